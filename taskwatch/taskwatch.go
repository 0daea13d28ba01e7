// Package taskwatch follows the TaskManager's TaskCreated events in block order, for the
// operator and the aggregator alike. It polls by block range behind a confirmation depth and
// uses a websocket head subscription, when one is available, only as a wake-up: missing or
// broken websockets slow it down to the poll interval, never lose events.
//
// It remembers the hashes of the last blocks it read up to. When one of them is no longer on
// the chain (a reorganisation deeper than the confirmation depth), it reads again from the
// newest remembered block still on the chain: handlers see some events twice, and the events
// of the new branch, which may reuse task ids with other content.
package taskwatch

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/rs/zerolog"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/chain"
	"github.com/blockless/avs/internal/backoff"
	"github.com/blockless/avs/protocol"
)

// Event is one created task.
type Event struct {
	TaskID     uint32
	Task       protocol.Task
	Input      []byte
	InputURI   string
	ModuleURIs []string
	Block      uint64
	TxHash     common.Hash
}

// Config configures a watcher.
type Config struct {
	RPCURL        string
	WSURL         string // optional: wake-ups on new heads
	TaskManager   common.Address
	Confirmations uint64        // blocks behind the head an event must be
	PollInterval  time.Duration // default 1 s
	MaxRange      uint64        // blocks per log query, default 2000
	// ReorgDepth is how far before the oldest remembered block the watcher reads again when
	// none of the remembered blocks is on the chain any more. Default 64.
	ReorgDepth uint64
}

// chainLog is what the watcher reads from the chain: the head, headers (whose hashes reveal
// reorganisations) and the TaskCreated events of a block range. Behind an interface so that
// the cursor, confirmation and reorganisation logic is tested against an in-memory chain.
type chainLog interface {
	BlockNumber(ctx context.Context) (uint64, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	// TaskCreated returns the events of blocks [from, to] in log order.
	TaskCreated(ctx context.Context, from, to uint64) ([]Event, error)
}

// rpcChain reads through an RPC endpoint.
type rpcChain struct {
	client *ethclient.Client
	tm     *taskmanager.TaskManagerFilterer
}

func (c rpcChain) BlockNumber(ctx context.Context) (uint64, error) {
	return c.client.BlockNumber(ctx)
}

func (c rpcChain) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	return c.client.HeaderByNumber(ctx, number)
}

func (c rpcChain) TaskCreated(ctx context.Context, from, to uint64) ([]Event, error) {
	it, err := c.tm.FilterTaskCreated(&bind.FilterOpts{Start: from, End: &to, Context: ctx}, nil)
	if err != nil {
		return nil, fmt.Errorf("filter: %w", err)
	}
	defer it.Close()
	var events []Event
	for it.Next() {
		ev, err := eventOf(it.Event)
		if err != nil {
			// Only a broken RPC endpoint returns such a log: the caller reads the range
			// again rather than lose the task.
			return nil, err
		}
		events = append(events, ev)
	}
	if err := it.Error(); err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	return events, nil
}

// mark is the end of a block range the handler committed, as the chain was then.
type mark struct {
	num  uint64
	hash common.Hash
}

// maxMarks is how many range ends are remembered; polling every second, ranges are one or
// two blocks, so this covers several minutes of chain.
const maxMarks = 256

// Handler receives the events of blocks [from, to] in order; returning nil commits the range.
// An error makes the watcher retry the same range later, so a handler should only record the
// events (not wait for work on them). After a reorganisation a range may come again, with the
// same events or with others reusing their task ids: identify tasks by (id, task hash).
type Handler func(ctx context.Context, events []Event, to uint64) error

// Watcher follows TaskCreated from a starting block.
type Watcher struct {
	cfg   Config
	chain chainLog
	close func()
	log   zerolog.Logger
	marks []mark // oldest first; only Run's goroutine touches it
}

// New dials the RPC endpoint.
func New(ctx context.Context, cfg Config, log zerolog.Logger) (*Watcher, error) {
	c, err := chain.DialClient(ctx, cfg.RPCURL)
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", cfg.RPCURL, err)
	}
	f, err := taskmanager.NewTaskManagerFilterer(cfg.TaskManager, c)
	if err != nil {
		c.Close()
		return nil, fmt.Errorf("bind task manager: %w", err)
	}
	w := newWatcher(cfg, rpcChain{client: c, tm: f}, log)
	w.close = c.Close
	return w, nil
}

// newWatcher reads through c (cfg.RPCURL and cfg.TaskManager unused); tests give a fake chain.
func newWatcher(cfg Config, c chainLog, log zerolog.Logger) *Watcher {
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = time.Second
	}
	if cfg.MaxRange == 0 {
		cfg.MaxRange = 2000
	}
	if cfg.ReorgDepth == 0 {
		cfg.ReorgDepth = 64
	}
	return &Watcher{cfg: cfg, chain: c, log: log}
}

// Close releases the connection.
func (w *Watcher) Close() {
	if w.close != nil {
		w.close()
	}
}

// Run delivers events from block `from` on until ctx ends. It returns only ctx's error.
func (w *Watcher) Run(ctx context.Context, from uint64, handle Handler) error {
	wake := w.subscribeHeads(ctx)
	retry := backoff.New(w.cfg.PollInterval, 30*time.Second)
	if from > 0 {
		// The block before the first one read: a reorganisation replacing it is noticed.
		if h, err := w.chain.HeaderByNumber(ctx, new(big.Int).SetUint64(from-1)); err == nil {
			w.remember(from-1, h.Hash())
		}
	}
	for {
		// step's cursor counts even with an error: it may have moved back for a reorganisation.
		next, err := w.step(ctx, from, handle)
		moved := next != from
		from = next
		switch {
		case err != nil:
			wait := retry.Next()
			w.log.Warn().Err(err).Uint64("from", from).Dur("retryIn", wait).Msg("task watcher: retrying")
			if !backoff.Sleep(ctx, wait) {
				return ctx.Err()
			}
			continue
		case moved:
			retry.Reset()
			continue // catch up (or re-read after a reorganisation) without waiting
		}
		retry.Reset()
		if !backoff.SleepOrWake(ctx, w.cfg.PollInterval, wake) {
			return ctx.Err()
		}
	}
}

// step processes one range; it returns the next block to read.
func (w *Watcher) step(ctx context.Context, from uint64, handle Handler) (uint64, error) {
	head, err := w.chain.BlockNumber(ctx)
	if err != nil {
		return from, fmt.Errorf("head: %w", err)
	}
	back, err := w.rewind(ctx, from, head)
	if err != nil {
		return from, err
	}
	if back < from {
		w.log.Warn().Uint64("from", from).Uint64("rereadFrom", back).Uint64("head", head).
			Msg("task watcher: chain reorganised below the cursor, reading again")
		from = back
	}
	if head < w.cfg.Confirmations || head-w.cfg.Confirmations < from {
		return from, nil
	}
	to := min(head-w.cfg.Confirmations, from+w.cfg.MaxRange-1)
	// The hash of `to` is taken before the logs are read: if a reorganisation lands between
	// the two, the next step sees the mark off the chain and reads again.
	toHeader, err := w.chain.HeaderByNumber(ctx, new(big.Int).SetUint64(to))
	if err != nil {
		return from, fmt.Errorf("header %d: %w", to, err)
	}
	events, err := w.chain.TaskCreated(ctx, from, to)
	if err != nil {
		return from, fmt.Errorf("TaskCreated %d-%d: %w", from, to, err)
	}
	if err := handle(ctx, events, to); err != nil {
		return from, fmt.Errorf("handle blocks %d-%d: %w", from, to, err)
	}
	w.remember(to, toHeader.Hash())
	return to + 1, nil
}

func (w *Watcher) remember(num uint64, hash common.Hash) {
	for len(w.marks) > 0 && w.marks[len(w.marks)-1].num >= num {
		w.marks = w.marks[:len(w.marks)-1] // a re-read replaces what it covers
	}
	w.marks = append(w.marks, mark{num: num, hash: hash})
	if len(w.marks) > maxMarks {
		w.marks = w.marks[len(w.marks)-maxMarks:]
	}
}

// rewind returns where to read from: from itself while the last range read is still on the
// chain, else the block after the newest remembered block that is (or ReorgDepth before the
// oldest one when none is). A head below the last range read (a rollback, or an endpoint
// behind its peers) is checked the same way.
func (w *Watcher) rewind(ctx context.Context, from, head uint64) (uint64, error) {
	if len(w.marks) == 0 {
		return from, nil
	}
	last := w.marks[len(w.marks)-1]
	if last.num+1 != from {
		w.marks = nil // Run was given another start: the marks say nothing about it
		return from, nil
	}
	if last.num <= head {
		h, err := w.chain.HeaderByNumber(ctx, new(big.Int).SetUint64(last.num))
		if err != nil {
			return from, fmt.Errorf("header %d: %w", last.num, err)
		}
		if h.Hash() == last.hash {
			return from, nil
		}
	}
	for i := len(w.marks) - 1; i >= 0; i-- {
		m := w.marks[i]
		if m.num > head {
			continue
		}
		h, err := w.chain.HeaderByNumber(ctx, new(big.Int).SetUint64(m.num))
		if err != nil {
			return from, fmt.Errorf("header %d: %w", m.num, err)
		}
		if h.Hash() == m.hash {
			w.marks = w.marks[:i+1]
			return m.num + 1, nil
		}
	}
	oldest := w.marks[0].num
	w.marks = nil
	return oldest - min(oldest, w.cfg.ReorgDepth), nil
}

// eventOf maps a decoded TaskCreated onto an Event. The binding decodes a log without data
// into a zero task without complaint; the TaskManager never emits one.
func eventOf(ev *taskmanager.TaskManagerTaskCreated) (Event, error) {
	if len(ev.Raw.Data) == 0 {
		return Event{}, fmt.Errorf("log %s#%d of task %d has no data", ev.Raw.TxHash, ev.Raw.Index, ev.TaskId)
	}
	return Event{TaskID: ev.TaskId, Task: ev.Task, Input: ev.Input, InputURI: ev.InputURI,
		ModuleURIs: ev.ModuleURIs, Block: ev.Raw.BlockNumber, TxHash: ev.Raw.TxHash}, nil
}

// subscribeHeads returns a channel that ticks on new heads, or nil without a websocket.
func (w *Watcher) subscribeHeads(ctx context.Context) <-chan struct{} {
	if w.cfg.WSURL == "" {
		return nil
	}
	wake := make(chan struct{}, 1)
	go func() {
		for ctx.Err() == nil {
			c, err := ethclient.DialContext(ctx, w.cfg.WSURL)
			if err == nil {
				heads := make(chan *types.Header, 16)
				sub, serr := c.SubscribeNewHead(ctx, heads)
				if serr == nil {
					w.forward(ctx, sub.Err(), heads, wake)
					sub.Unsubscribe()
				}
				c.Close()
			}
			if !backoff.Sleep(ctx, 5*time.Second) {
				return
			}
		}
	}()
	return wake
}

func (w *Watcher) forward(ctx context.Context, errs <-chan error, heads <-chan *types.Header, wake chan<- struct{}) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-errs:
			return
		case <-heads:
			select {
			case wake <- struct{}{}:
			default:
			}
		}
	}
}
