package aggregator

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/blockless/avs/internal/backoff"
	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/protocol/onchain"
)

// submitBatch sends respondToTasks with the batch certificate. Its tasks move to submitting
// together (the phase machine the single path uses), so nothing else answers them meanwhile.
// RPC trouble is retried with backoff while every task is clear of its deadline margin; then,
// or when the TaskManager refuses the batch for another reason than a stale task, the tasks go
// alone. A task no longer Pending is dropped and the rest proposed again.
func (s *Service) submitBatch(ctx context.Context, lb *liveBatch, send batchSend) {
	log := s.log.With().Uint64("batch", lb.rec.Seq).Logger()
	if stale := s.claimBatchTasks(lb); len(stale) > 0 {
		log.Info().Int("stale", len(stale)).Msg("tasks of the batch settled meanwhile; proposing the rest again")
		s.repropose(ctx, lb, stale)
		return
	}
	tasks := make([]protocol.Task, len(lb.entries))
	resps := make([]protocol.Response, len(lb.entries))
	for i, e := range lb.entries {
		tasks[i], resps[i] = e.t.rec.Task, e.resp
	}
	var prev *types.Transaction
	retry := backoff.New(s.retryBase, 15*time.Second)
	for ctx.Err() == nil {
		tx, receipt, err := send(ctx, tasks, resps, prev)
		if tx != nil {
			prev = tx
		}
		if err == nil {
			s.settleBatch(lb)
			s.metrics.batches.WithLabelValues("submitted").Inc()
			s.metrics.batchTasks.Observe(float64(len(lb.entries)))
			s.metrics.batchGas.Observe(float64(receipt.GasUsed))
			log.Info().Str("tx", receipt.TxHash.Hex()).Int("tasks", len(lb.entries)).Uint64("gas", receipt.GasUsed).Msg("batch answered")
			for _, e := range lb.entries {
				s.finishAnswered(ctx, e.t, receipt, e.leaf, len(lb.entries))
			}
			return
		}
		if ctx.Err() != nil {
			return // stored: a restart proposes it again (or finds its tasks answered)
		}
		switch outcomeOf(err) {
		case outcomeAlreadyDone, outcomeTooLate, outcomeMismatch:
			log.Info().Err(err).Msg("batch refused: a task is no longer pending")
			s.repropose(ctx, lb, s.staleOnChain(ctx, lb))
			return
		case outcomePermanent:
			log.Error().Err(err).Msg("batch refused by the TaskManager; answering its tasks alone")
			s.fallBack(ctx, lb)
			return
		}
		near := false
		for _, e := range lb.entries {
			near = near || s.nearDeadline(e.t)
		}
		if near {
			log.Warn().Err(err).Msg("batch not mined before a task's deadline margin; answering its tasks alone")
			s.fallBack(ctx, lb)
			return
		}
		wait := retry.Next()
		log.Warn().Err(err).Dur("retryIn", wait).Msg("batch not sent or not mined; retrying")
		if !backoff.Sleep(ctx, wait) {
			return
		}
	}
}

// batchSend sends a batch's transaction once (respondToTasks or respondToTasksByCommittee, with
// its certificate) and waits for the receipt; prev as in submitter.respond.
type batchSend func(ctx context.Context, tasks []protocol.Task, resps []protocol.Response, prev *types.Transaction) (*types.Transaction, *types.Receipt, error)

// claimBatchTasks moves every task of the batch to submitting; it returns (and leaves alone)
// the tasks that something else settled meanwhile (answered, expired, replaced by a reorg).
func (s *Service) claimBatchTasks(lb *liveBatch) (stale []*batchEntry) {
	for _, e := range lb.entries {
		e.t.mu.Lock()
		if e.t.phase.settling() && e.t.phase != phaseBatched {
			stale = append(stale, e)
		}
		e.t.mu.Unlock()
	}
	if len(stale) > 0 {
		return stale
	}
	for _, e := range lb.entries {
		e.t.mu.Lock()
		// A restored task may still be aggregating: its round's report is ignored from now on.
		e.t.phase, e.t.reached = phaseSubmitting, true
		e.t.mu.Unlock()
	}
	return nil
}

// staleOnChain reads every task of a refused batch and settles those no longer Pending.
func (s *Service) staleOnChain(ctx context.Context, lb *liveBatch) (stale []*batchEntry) {
	for _, e := range lb.entries {
		rec, err := s.chain.GetTask(ctx, e.t.id)
		if err != nil {
			continue // kept: if it is stale, the next batch is refused again
		}
		switch {
		case s.settleIfDecided(ctx, e.t, rec):
		case chainState(rec) == onchain.TaskExpired:
			s.finishExpired(e.t, "expired on chain", common.Hash{})
		default:
			continue
		}
		stale = append(stale, e)
	}
	return stale
}

// repropose drops the stale tasks of a batch and proposes the others as a new batch (the
// operators sign its new root). Without any stale task found it falls back to single answers.
func (s *Service) repropose(ctx context.Context, lb *liveBatch, stale []*batchEntry) {
	if len(stale) == 0 {
		s.fallBack(ctx, lb)
		return
	}
	s.settleBatch(lb)
	s.metrics.batches.WithLabelValues("reproposed").Inc()
	drop := map[*batchEntry]bool{}
	for _, e := range stale {
		drop[e] = true
	}
	var rest []*batchEntry
	for _, e := range lb.entries {
		if drop[e] {
			continue
		}
		e.t.mu.Lock()
		if e.t.phase == phaseSubmitting || e.t.phase == phaseBatched {
			e.t.phase = phaseBatched
			rest = append(rest, e)
		}
		e.t.mu.Unlock()
	}
	if len(rest) > 0 && !rest[0].certified() {
		// Restored without certificates: their own rounds decide (alone, since noBatch).
		for _, e := range rest {
			s.sendAlone(ctx, e)
		}
		return
	}
	s.propose(ctx, rest)
}

// fallBack gives every task of a batch back to respondToTask.
func (s *Service) fallBack(ctx context.Context, lb *liveBatch) {
	s.settleBatch(lb)
	s.metrics.batches.WithLabelValues("fallback").Inc()
	for _, e := range lb.entries {
		s.sendAlone(ctx, e)
	}
}

// settleBatch forgets a batch that is done (sent, refused or replaced), in memory and in the store.
func (s *Service) settleBatch(lb *liveBatch) {
	s.batcher.mu.Lock()
	if s.batcher.live[lb.rec.Seq] == lb {
		s.dropLive(lb.rec.Seq)
	}
	s.batcher.mu.Unlock()
	s.forgetBatch(lb)
}
