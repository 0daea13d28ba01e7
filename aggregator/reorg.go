package aggregator

import (
	"context"
	"errors"
	"sort"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/blockless/avs/protocol/onchain"
)

// defaultReorgDepth is how many blocks an outcome stays watched after the block it landed in.
const defaultReorgDepth = 64

// settledOutcome is an outcome this aggregator recorded from a block that a reorganisation
// could still remove: a respondToTask (ours or another account's) or an expireTask.
type settledOutcome struct {
	seq       uint64 // unique per entry
	id        uint32
	taskHash  common.Hash
	block     uint64
	blockHash common.Hash
}

// settledWatch holds recent outcomes, oldest block first. When a reorganisation removes the
// block of one, the chain holds the task pending again while the aggregator has it settled: it
// would never be answered or expired. Watching the newest outcome's block hash costs one
// header read per poll whatever the number of outcomes (a block off the chain takes every
// later block with it); only after a mismatch are the affected tasks read again.
type settledWatch struct {
	mu      sync.Mutex
	entries []settledOutcome
	seq     uint64
}

func (w *settledWatch) add(o settledOutcome) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.seq++
	o.seq = w.seq
	i := sort.Search(len(w.entries), func(i int) bool { return w.entries[i].block > o.block })
	w.entries = append(w.entries, settledOutcome{})
	copy(w.entries[i+1:], w.entries[i:])
	w.entries[i] = o
}

// snapshot drops outcomes at least depth blocks below head and returns the rest.
func (w *settledWatch) snapshot(head, depth uint64) []settledOutcome {
	w.mu.Lock()
	defer w.mu.Unlock()
	n := 0
	for n < len(w.entries) && w.entries[n].block+depth <= head {
		n++
	}
	w.entries = w.entries[n:]
	return append([]settledOutcome(nil), w.entries...)
}

// remove stops watching the given entries (by seq).
func (w *settledWatch) remove(done map[uint64]bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	kept := w.entries[:0]
	for _, e := range w.entries {
		if !done[e.seq] {
			kept = append(kept, e)
		}
	}
	w.entries = kept
}

// watchOutcome starts watching the block an outcome of t landed in. blockHash may be zero
// (an outcome found through its event): it is read now.
func (s *Service) watchOutcome(ctx context.Context, t *task, block uint64, blockHash common.Hash) {
	if block == 0 {
		return
	}
	if blockHash == (common.Hash{}) {
		h, err := s.chain.BlockHash(ctx, block)
		if err != nil {
			s.log.Warn().Err(err).Uint32("task", t.id).Msg("block of the outcome unreadable; a reorganisation removing it goes unnoticed")
			return
		}
		blockHash = h
	}
	s.settled.add(settledOutcome{id: t.id, taskHash: t.hash, block: block, blockHash: blockHash})
}

// checkSettled reopens tasks whose outcome a reorganisation removed from the chain. It is
// called by the head loop; RPC errors leave everything watched for the next poll.
func (s *Service) checkSettled(ctx context.Context, head uint64) {
	entries := s.settled.snapshot(head, s.cfg.ReorgDepth)
	if len(entries) == 0 {
		return
	}
	hashes := map[uint64]common.Hash{}
	onChain := func(e settledOutcome) (bool, error) {
		if e.block > head {
			return false, nil
		}
		h, ok := hashes[e.block]
		if !ok {
			var err error
			if h, err = s.chain.BlockHash(ctx, e.block); err != nil {
				return false, err
			}
			hashes[e.block] = h
		}
		return h == e.blockHash, nil
	}
	// Newest first: the first outcome still on the chain vouches for every older one.
	var suspects []settledOutcome
	for i := len(entries) - 1; i >= 0; i-- {
		ok, err := onChain(entries[i])
		if err != nil {
			return
		}
		if ok {
			break
		}
		suspects = append(suspects, entries[i])
	}
	done := map[uint64]bool{}
	for _, e := range suspects {
		if s.recheckSettled(ctx, e) {
			done[e.seq] = true
		} // else unreadable now: checked again at the next poll
	}
	s.settled.remove(done)
}

// recheckSettled reads a task whose outcome's block left the chain. A task pending again is
// reopened: stored as pending and tracked, so its stored signatures are aggregated and sent
// again (or it expires at its deadline as usual). It returns false when the chain could not
// be read.
func (s *Service) recheckSettled(ctx context.Context, e settledOutcome) bool {
	log := s.log.With().Uint32("task", e.id).Uint64("block", e.block).Logger()
	rec, ok, err := s.store.Task(e.id)
	if err != nil {
		log.Error().Err(err).Msg("read settled task")
		return false
	}
	if !ok || rec.TaskHash != e.taskHash || rec.State == StatePending {
		return true // replaced or already reopened: the watcher and the task's own work handle it
	}
	onChain, err := s.chain.GetTask(ctx, e.id)
	if err != nil {
		return false
	}
	switch {
	case chainState(onChain) == onchain.TaskNone || common.Hash(onChain.TaskHash) != e.taskHash:
		// The task itself left the chain (or was replaced): the task watcher handles that.
		return true
	case chainState(onChain) == onchain.TaskResponded:
		// Answered in another block (re-included, or by someone else): record where, keep watching.
		txh, block, digest, err := s.chain.FindResponse(ctx, e.id, rec.CreatedBlock)
		if err != nil {
			return false
		}
		h, err := s.chain.BlockHash(ctx, block)
		if err != nil {
			return false
		}
		if rec.State == StateAnswered && (rec.RespondedBlock != block || rec.ResponseTx != txh) {
			rec.ResponseTx, rec.RespondedBlock, rec.ResponseDigest = txh, block, digest
			if err := s.store.UpdateTask(rec); err != nil && !errors.Is(err, ErrTaskReplaced) {
				log.Error().Err(err).Msg("persist moved response")
			}
		}
		s.settled.add(settledOutcome{id: e.id, taskHash: e.taskHash, block: block, blockHash: h})
		return true
	case chainState(onChain) != onchain.TaskPending:
		return true // expired on chain (again, or by someone else): settled either way
	}
	was := rec.State
	rec.State = StatePending
	rec.Reason = "its outcome's block was removed by a chain reorganisation; working on it again"
	rec.ResponseTx, rec.ResponseDigest, rec.RespondedBlock, rec.ExpireTx = common.Hash{}, common.Hash{}, 0, common.Hash{}
	if err := s.store.UpdateTask(rec); err != nil {
		if errors.Is(err, ErrTaskReplaced) {
			return true
		}
		log.Error().Err(err).Msg("persist reopened task")
		return false
	}
	s.metrics.tasksReopened.Inc()
	log.Warn().Str("was", string(was)).Msg("outcome removed by a reorganisation: task pending on chain again, reopened")
	s.track(ctx, rec)
	return true
}
