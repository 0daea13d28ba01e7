package trigger

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/rs/zerolog"
)

// Config tunes the service; zero values take the defaults.
type Config struct {
	// Interval between ticks (default 2 s).
	Interval time.Duration
	// MaxFiringsPerTick bounds the firings of one trigger per tick (default
	// 32), so one trigger far behind does not starve the others.
	MaxFiringsPerTick int
	// MaxChecksPerTick bounds the indexes of one trigger looked up per tick
	// (default 1024): after a restart the service walks past fired firings.
	MaxChecksPerTick int
	// Confirmations: an event trigger fires on a log once it is this many
	// blocks deep (default 1).
	Confirmations uint64
}

// EventWindow is how far back an event can be fired: the registry checks a
// log's block hash, and the EVM knows the last 256.
const EventWindow = 256

func (c Config) withDefaults() Config {
	if c.Interval <= 0 {
		c.Interval = 2 * time.Second
	}
	if c.MaxFiringsPerTick <= 0 {
		c.MaxFiringsPerTick = 32
	}
	if c.MaxChecksPerTick <= 0 {
		c.MaxChecksPerTick = 1024
	}
	if c.Confirmations == 0 {
		c.Confirmations = 1
	}
	return c
}

// Service fires due firings. Its maps are caches of what the chain already
// says (the first index not known fired, the last block scanned for logs):
// losing them costs lookups, never a firing.
type Service struct {
	chain Chain
	cfg   Config
	log   zerolog.Logger

	next       map[uint64]uint64 // scheduled: every index below is fired
	scanned    map[uint64]uint64 // event: logs up to this block are fired
	outOfFunds map[uint64]bool   // logged once per episode
}

// New returns a service firing through chain.
func New(chain Chain, cfg Config, log zerolog.Logger) *Service {
	return &Service{chain: chain, cfg: cfg.withDefaults(), log: log.With().Str("component", "triggers").Logger(),
		next: map[uint64]uint64{}, scanned: map[uint64]uint64{}, outOfFunds: map[uint64]bool{}}
}

// Report counts one tick's work.
type Report struct {
	Fired      int // scheduled firings this service fired
	EventFired int // event firings this service fired
	Raced      int // firings another instance fired first
}

// Run ticks until ctx ends. A failing tick (RPC down, a reverted
// transaction) is logged and retried on the next one.
func (s *Service) Run(ctx context.Context) error {
	t := time.NewTicker(s.cfg.Interval)
	defer t.Stop()
	for {
		if _, err := s.Tick(ctx); err != nil && ctx.Err() == nil {
			s.log.Warn().Err(err).Msg("trigger tick failed; retrying")
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// Tick fires what is due now. An error on one trigger does not stop the
// others; the first error is returned after all were tried.
func (s *Service) Tick(ctx context.Context) (Report, error) {
	var rep Report
	ids, err := s.chain.TriggerIDs(ctx)
	if err != nil {
		return rep, fmt.Errorf("list triggers: %w", err)
	}
	var head uint64
	var headErr error
	headRead := false
	var errs []error
	for _, id := range ids {
		if ctx.Err() != nil {
			return rep, ctx.Err()
		}
		t, err := s.chain.Trigger(ctx, id)
		if err != nil {
			errs = append(errs, fmt.Errorf("trigger %d: %w", id, err))
			continue
		}
		if t.Cancelled || (t.MaxFirings != 0 && t.Firings >= t.MaxFirings) {
			continue
		}
		if t.Balance.Cmp(t.Fee) < 0 {
			if !s.outOfFunds[id] {
				s.log.Warn().Uint64("trigger", id).Str("balance", t.Balance.String()).Str("fee", t.Fee.String()).
					Msg("trigger out of funds: not firing until it is funded")
				s.outOfFunds[id] = true
			}
			continue
		}
		delete(s.outOfFunds, id)
		if t.Kind == KindEvent {
			if t.Owner != s.chain.Sender() && t.Service != s.chain.Sender() {
				continue // only the owner and its service may fire an event trigger
			}
			if !headRead {
				head, headErr = s.chain.Head(ctx)
				headRead = true
			}
			if headErr != nil {
				errs = append(errs, fmt.Errorf("head: %w", headErr))
				continue
			}
			if err := s.fireEvents(ctx, t, head, &rep); err != nil {
				errs = append(errs, fmt.Errorf("event trigger %d: %w", id, err))
			}
			continue
		}
		if err := s.fireScheduled(ctx, t, &rep); err != nil {
			errs = append(errs, fmt.Errorf("trigger %d: %w", id, err))
		}
	}
	return rep, errors.Join(errs...)
}

// fireScheduled fires the due, unfired indexes from next[id] on, as many as
// the balance and the per-tick bounds allow.
func (s *Service) fireScheduled(ctx context.Context, t Trigger, rep *Report) error {
	due, err := s.chain.DueCount(ctx, t.ID)
	if err != nil {
		return fmt.Errorf("due count: %w", err)
	}
	budget := s.budget(t)
	var batch []uint64
	contiguous := true // every index below i is fired
	checks := 0
	i := s.next[t.ID]
	for ; i < due && len(batch) < budget && checks < s.cfg.MaxChecksPerTick; i++ {
		checks++
		fired, err := s.chain.IsFired(ctx, t.ID, i)
		if err != nil {
			return fmt.Errorf("is fired %d: %w", i, err)
		}
		if fired {
			if contiguous {
				s.next[t.ID] = i + 1
			}
			continue
		}
		contiguous = false
		batch = append(batch, i)
	}
	if len(batch) == 0 {
		return nil
	}
	if err := s.chain.Fire(ctx, t.ID, batch); err == nil {
		rep.Fired += len(batch)
		s.log.Info().Uint64("trigger", t.ID).Uints64("indexes", batch).Msg("trigger fired")
		s.advance(t.ID, batch)
		return nil
	} else if !errors.Is(err, ErrAlreadyFired) {
		s.log.Debug().Err(err).Uint64("trigger", t.ID).Msg("batch firing failed; firing one by one")
	}
	// The batch is all or nothing: another instance may have fired one of
	// it meanwhile. One by one, counting those as done.
	for _, idx := range batch {
		err := s.chain.Fire(ctx, t.ID, []uint64{idx})
		switch {
		case err == nil:
			rep.Fired++
			s.log.Info().Uint64("trigger", t.ID).Uint64("index", idx).Msg("trigger fired")
		case errors.Is(err, ErrAlreadyFired):
			rep.Raced++
		default:
			fired, ferr := s.chain.IsFired(ctx, t.ID, idx)
			if ferr != nil || !fired {
				return fmt.Errorf("fire %d: %w", idx, err)
			}
			rep.Raced++
		}
		s.advance(t.ID, []uint64{idx})
	}
	return nil
}

// budget is how many firings of t one tick may send: the per-tick bound,
// or fewer when the balance pays for fewer.
func (s *Service) budget(t Trigger) int {
	n := s.cfg.MaxFiringsPerTick
	if affordable := new(big.Int).Div(t.Balance, t.Fee); affordable.IsInt64() && affordable.Int64() < int64(n) {
		n = int(affordable.Int64())
	}
	return n
}

// advance moves next[id] over a fired prefix.
func (s *Service) advance(id uint64, fired []uint64) {
	for _, idx := range fired {
		if idx == s.next[id] {
			s.next[id] = idx + 1
		}
	}
}

// fireEvents fires the trigger's logs in the blocks the registry can still
// check, from where the last tick stopped to head - Confirmations.
func (s *Service) fireEvents(ctx context.Context, t Trigger, head uint64, rep *Report) error {
	if head < s.cfg.Confirmations {
		return nil
	}
	to := head - s.cfg.Confirmations
	// The oldest block whose hash the registry can still check when the
	// transaction lands (a block later than head).
	var oldest uint64
	if head+1 > EventWindow {
		oldest = head + 1 - EventWindow + 1
	}
	from := max(oldest, t.Start) // Start: the block the trigger was created in
	if last, ok := s.scanned[t.ID]; ok && last+1 > from {
		from = last + 1
	}
	if from > to {
		return nil
	}
	logs, err := s.chain.Logs(ctx, LogQuery{Emitter: t.Emitter, Topic0: t.Topic0, From: from, To: to})
	if err != nil {
		return fmt.Errorf("logs %d..%d: %w", from, to, err)
	}
	budget := s.budget(t)
	fired := 0
	for _, l := range logs {
		if l.BlockNumber < from || l.BlockNumber > to || len(l.Topics) == 0 || l.Topics[0] != t.Topic0 {
			continue // not what was asked for: never fire on it
		}
		done, err := s.chain.IsEventFired(ctx, t.ID, l.BlockHash, l.Index)
		if err != nil {
			return fmt.Errorf("is event fired: %w", err)
		}
		if done {
			continue
		}
		if fired == budget {
			// Resume at this log's block next tick (its earlier logs are fired).
			s.resumeAt(t.ID, l.BlockNumber)
			return nil
		}
		switch err := s.chain.FireEvent(ctx, t.ID, l); {
		case err == nil:
			fired++
			rep.EventFired++
			s.log.Info().Uint64("trigger", t.ID).Uint64("block", l.BlockNumber).Uint32("log", l.Index).Msg("event trigger fired")
		case errors.Is(err, ErrAlreadyFired):
			rep.Raced++
		default:
			s.resumeAt(t.ID, l.BlockNumber)
			return fmt.Errorf("fire event at block %d log %d: %w", l.BlockNumber, l.Index, err)
		}
	}
	s.scanned[t.ID] = to
	return nil
}

// resumeAt makes the next scan of trigger id start at block (no earlier
// than the trigger's start, which fireEvents applies).
func (s *Service) resumeAt(id, block uint64) {
	if block == 0 {
		delete(s.scanned, id)
		return
	}
	s.scanned[id] = block - 1
}
