package aggregator

import (
	"context"
	"errors"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/blockless/avs/faults"
	"github.com/blockless/avs/internal/backoff"
	"github.com/blockless/avs/protocol"
)

// finishReplaced ends a task the chain no longer has: no expireTask (it would revert with
// TaskMismatch), no retries.
func (s *Service) finishReplaced(t *task) {
	_ = s.finishExpired(t, "replaced on chain by another task with the same id (reorg)", common.Hash{})
}

// submission is one response of a task to send: a BLS certificate (respondToTask) or a
// verified zk proof (respondWithProof). Both go through submit, so they share its retry rules.
type submission struct {
	what   string      // the TaskManager function, for logs and expiry reasons
	digest common.Hash // the response digest recorded once mined
	// send sends the transaction once and waits for its receipt; prev, when set, is an earlier
	// attempt never mined, to be replaced (same nonce) rather than queued behind.
	send func(ctx context.Context, prev *types.Transaction) (*types.Transaction, *types.Receipt, error)
	// refused runs after the TaskManager refused the response for good (a revert) and the task
	// was marked stalled; nil does nothing more.
	refused func(err error)
}

// certificateSubmission is respondToTask with a BLS certificate.
func (s *Service) certificateSubmission(t *task, resp protocol.Response, digest common.Hash, cert protocol.Certificate) submission {
	task := t.rec.Task // immutable for a task's life (a reorg replaces the task struct)
	return submission{what: "respondToTask", digest: digest,
		send: func(ctx context.Context, prev *types.Transaction) (*types.Transaction, *types.Receipt, error) {
			return s.sub.respond(ctx, task, resp, cert, prev)
		}}
}

// submit sends a response until it lands, the task is settled some other way, the contract
// refuses it for good, or the deadline passes (then the task goes to expire, which calls
// expireTask). RPC trouble is retried with backoff, logged once per step. t.phase is
// phaseSubmitting when it starts.
func (s *Service) submit(ctx context.Context, t *task, sub submission) {
	log := s.log.With().Uint32("task", t.id).Str("tx", sub.what).Logger()
	var prev *types.Transaction
	retry := backoff.New(s.retryBase, 15*time.Second)
	for ctx.Err() == nil {
		if t.isDone() {
			return
		}
		tx, receipt, err := sub.send(ctx, prev)
		if tx != nil {
			prev = tx
			t.mu.Lock()
			t.rec.ResponseTx = tx.Hash()
			t.rec.UpdatedAt = time.Now().UTC()
			rec := t.rec
			t.mu.Unlock()
			if perr := s.store.UpdateTask(rec); perr != nil && !errors.Is(perr, ErrTaskReplaced) {
				log.Error().Err(perr).Msg("persist response tx")
			}
		}
		if err == nil {
			s.finishAnswered(ctx, t, receipt, sub.digest, 1)
			return
		}
		if ctx.Err() != nil {
			return // a restart finds the outcome on chain
		}
		switch outcomeOf(err) {
		case outcomeAlreadyDone:
			s.finishAnsweredElsewhere(ctx, t)
			return
		case outcomeTooLate:
			s.submitLate(ctx, t, "response not mined before the deadline: "+publicError(err))
			return
		case outcomeMismatch:
			// The chain holds other content under this id: retrying cannot help.
			log.Warn().Err(err).Msg("task replaced on chain (reorg)")
			s.finishReplaced(t)
			return
		case outcomePermanent:
			log.Error().Err(err).Msg("response refused by the TaskManager")
			t.mu.Lock()
			if t.phase == phaseSubmitting { // a reorg may have retired it meanwhile
				t.phase = phaseStalled
			}
			t.submitErr = sub.what + " refused: " + publicError(err)
			t.mu.Unlock()
			if sub.refused != nil {
				sub.refused(err)
			}
			return
		}
		wait := retry.Next()
		log.Warn().Err(err).Dur("retryIn", wait).Msg("response not sent or not mined; retrying")
		// A retry may follow a transaction that did land (e.g. "nonce too low" after a lost receipt).
		if rec, cerr := s.chain.GetTask(ctx, t.id); cerr == nil && s.settleIfDecided(ctx, t, rec) {
			return
		}
		// Past the deadline no respondToTask can land any more, pending replacement or not.
		if uint64(t.rec.Task.DeadlineBlock) <= s.head.Load() {
			// The error text (RPC addresses and all) stays in the logs.
			s.submitLate(ctx, t, "deadline passed while submitting: the last attempt failed (see the aggregator's logs)")
			return
		}
		if !backoff.Sleep(ctx, wait) {
			return
		}
	}
}

// submitLate hands a task whose submission missed the deadline to expire (expireTask refunds
// the requester), unless the head loop already did.
func (s *Service) submitLate(ctx context.Context, t *task, reason string) {
	t.mu.Lock()
	if t.phase == phaseDone || t.phase == phaseExpiring {
		t.mu.Unlock()
		return
	}
	t.phase, t.lateReason = phaseExpiring, reason
	t.mu.Unlock()
	s.expire(ctx, t)
}

// finishAnswered records our mined response; the receipt's transaction answered tasksInTx
// tasks, whose gas it shares.
func (s *Service) finishAnswered(ctx context.Context, t *task, r *types.Receipt, digest common.Hash, tasksInTx int) {
	t.mu.Lock()
	if t.phase == phaseDone {
		t.mu.Unlock()
		return
	}
	t.rec.State, t.rec.Reason = StateAnswered, ""
	t.rec.ResponseTx, t.rec.ResponseDigest = r.TxHash, digest
	t.rec.RespondedBlock = r.BlockNumber.Uint64()
	created := t.rec.CreatedBlock
	t.mu.Unlock()
	if !s.settle(t) {
		return
	}
	s.watchOutcome(ctx, t, r.BlockNumber.Uint64(), r.BlockHash)
	s.metrics.tasksAnswered.Inc()
	s.metrics.respondGas.Observe(float64(r.GasUsed) / float64(max(tasksInTx, 1)))
	s.observeLatency(ctx, created, r.BlockNumber.Uint64())
	s.log.Info().Uint32("task", t.id).Str("tx", r.TxHash.Hex()).Uint64("block", r.BlockNumber.Uint64()).Uint64("gas", r.GasUsed).Msg("task answered")
}

// finishAnsweredElsewhere records a response found on chain (sent by another submitter, or
// by this aggregator before a restart).
func (s *Service) finishAnsweredElsewhere(ctx context.Context, t *task) {
	t.mu.Lock()
	created, ours := t.rec.CreatedBlock, t.rec.ResponseTx
	t.mu.Unlock()
	txh, block, digest, err := s.chain.FindResponse(ctx, t.id, created)
	t.mu.Lock()
	if t.phase == phaseDone {
		t.mu.Unlock()
		return
	}
	t.rec.State = StateAnswered
	switch {
	case err != nil:
		s.log.Warn().Err(err).Uint32("task", t.id).Msg("TaskResponded event")
		t.rec.Reason = "answered on chain (response transaction not found)"
	case txh == ours:
		t.rec.Reason = ""
	default:
		t.rec.Reason = "answered on chain by another transaction"
	}
	if err == nil {
		t.rec.ResponseTx, t.rec.RespondedBlock, t.rec.ResponseDigest = txh, block, digest
	}
	t.mu.Unlock()
	if !s.settle(t) {
		return
	}
	s.metrics.tasksAnswered.Inc()
	if err == nil {
		s.watchOutcome(ctx, t, block, common.Hash{})
		s.observeLatency(ctx, created, block)
	}
	s.log.Info().Uint32("task", t.id).Str("tx", txh.Hex()).Msg("task found answered on chain")
}

// finishExpired records an expiry; it reports whether this call settled the task.
func (s *Service) finishExpired(t *task, reason string, expireTx common.Hash) bool {
	t.mu.Lock()
	if t.phase == phaseDone {
		t.mu.Unlock()
		return false
	}
	t.rec.State, t.rec.Reason, t.rec.ExpireTx = StateExpired, reason, expireTx
	t.mu.Unlock()
	if !s.settle(t) {
		return false
	}
	s.metrics.tasksExpired.Inc()
	s.log.Info().Uint32("task", t.id).Str("reason", reason).Msg("task expired")
	return true
}

// settle persists a final record and forgets the task. It returns false when the task was
// already settled or retired (a reorg replaced it): then nothing is written, so an outcome of
// the old task never overwrites the new one.
func (s *Service) settle(t *task) bool {
	t.mu.Lock()
	if t.phase == phaseDone {
		t.mu.Unlock()
		return false
	}
	t.phase = phaseDone
	t.rec.UpdatedAt = time.Now().UTC()
	rec := t.rec
	contradicting := s.contradictions(t)
	if t.pinned {
		s.registry.unpin(t.quorums, t.rec.Task.ReferenceBlock)
		t.pinned = false
	}
	t.mu.Unlock()
	if err := s.store.UpdateTask(rec); errors.Is(err, ErrTaskReplaced) {
		s.log.Info().Uint32("task", t.id).Msg("outcome of a task replaced by a reorg not recorded")
	} else if err != nil {
		s.log.Error().Err(err).Uint32("task", t.id).Msg("persist final task state")
	}
	s.mu.Lock()
	current := s.tasks[t.id] == t
	if current {
		delete(s.tasks, t.id)
	}
	s.mu.Unlock()
	if current {
		s.metrics.pending.Dec()
	}
	for _, ev := range contradicting {
		s.cfg.Faults.ReportFault(ev)
	}
	return true
}

// contradictions lists, for an answered task, the verified responses whose digest is not the
// answer's: each is an operator's signature on a contradicting response, provable on chain.
// Called with t.mu held.
func (s *Service) contradictions(t *task) []faults.Evidence {
	if s.cfg.Faults == nil || t.rec.State != StateAnswered || t.rec.ResponseDigest == (common.Hash{}) {
		return nil
	}
	var out []faults.Evidence
	for _, r := range t.responses {
		if r.Digest != t.rec.ResponseDigest {
			out = append(out, faults.Evidence{Kind: faults.Contradiction, Signed: r.Response})
			s.log.Warn().Uint32("task", t.id).Str("operatorId", r.Response.OperatorID.Hex()).
				Msg("operator signed a response contradicting the answer on chain: reporting the fault")
		}
	}
	return out
}

func (s *Service) observeLatency(ctx context.Context, created, mined uint64) {
	if mined < created {
		return
	}
	s.metrics.latencyBlocks.Observe(float64(mined - created))
	t1, err1 := s.chain.BlockTime(ctx, created)
	t2, err2 := s.chain.BlockTime(ctx, mined)
	if err1 == nil && err2 == nil && t2 >= t1 {
		s.metrics.latencySeconds.Observe(float64(t2 - t1))
	}
}
