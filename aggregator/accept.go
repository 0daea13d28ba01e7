package aggregator

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	eigentypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum/common"

	"github.com/blockless/avs/protocol"
)

// accept runs the checks of POST /v1/responses after decoding, in the documented order:
// everything cheap first (shape, task known and open, operator registered, not a duplicate),
// the BLS pairing last, behind the verification semaphore, at most one at a time per
// (task, operator) and rate limited after repeated failures. Nothing is stored or forwarded
// unless every check passed.
func (s *Service) accept(ctx context.Context, sr protocol.SignedResponse) *apiError {
	if err := sr.Validate(); err != nil {
		return reject(http.StatusBadRequest, rejectMalformed, "invalid response: %v", err)
	}
	t, e := s.openTask(sr.TaskID)
	if e != nil {
		return e
	}
	if sr.TaskHash != (common.Hash{}) && sr.TaskHash != t.hash {
		// The operator executed other content under this id: a reorganisation that one of us
		// has not followed yet. Its signature cannot verify against this task, and a 409 would
		// end its delivery for good; once this aggregator reads the new task it is accepted.
		return reject(http.StatusServiceUnavailable, rejectNotReady,
			"task %d: this aggregator holds other content under this id (a reorganisation not followed yet), retry shortly", t.id)
	}
	op := sr.OperatorID
	digest, err := s.codec.ResponseDigest(s.chainID, s.cfg.TaskManager, t.rec.Task, sr.Response())
	if err != nil {
		return reject(http.StatusBadRequest, rejectMalformed, "response cannot be encoded")
	}
	t.mu.Lock()
	info, e := s.checkOperator(t, op, digest)
	if e == nil {
		if t.verifying[op] {
			e = reject(http.StatusTooManyRequests, rejectBusy, "a response of operator %s for task %d is being checked", op.Hex(), t.id)
		} else if wait := t.fails[op].wait(time.Now()); wait > 0 {
			e = reject(http.StatusTooManyRequests, rejectRateLimited, "too many failed signature checks for operator %s on task %d", op.Hex(), t.id)
		}
	}
	if e != nil {
		t.mu.Unlock()
		return e
	}
	t.verifying[op] = true
	t.mu.Unlock()
	defer func() {
		t.mu.Lock()
		delete(t.verifying, op)
		t.mu.Unlock()
	}()

	if !s.sigSem.acquire(ctx, queueWait) {
		return reject(http.StatusTooManyRequests, rejectBusy, "signature checks saturated, retry shortly")
	}
	s.metrics.signatureChecks.Inc()
	p, perr := sr.Signature.Point()
	valid := false
	if perr == nil {
		valid, err = (&bls.Signature{G1Point: p}).Verify(info.OperatorInfo.Pubkeys.G2Pubkey, digest)
	}
	s.sigSem.release()
	if perr != nil || err != nil || !valid {
		t.mu.Lock()
		f := t.fails[op]
		if f == nil {
			f = &failures{}
			t.fails[op] = f
		}
		f.fail(time.Now())
		t.mu.Unlock()
		return reject(http.StatusUnauthorized, rejectBadSignature,
			"signature does not verify under operator %s's registered key for this task and response", op.Hex())
	}

	t.mu.Lock()
	defer t.mu.Unlock()
	// The task may have closed (or been replaced by a reorg) during the check.
	if _, e := s.checkOperator(t, op, digest); e != nil {
		return e
	}
	stored := StoredResponse{Response: sr, Digest: digest, ReceivedAt: time.Now().UTC()}
	existing, err := s.store.AddResponse(t.id, t.hash, stored)
	switch {
	case errors.Is(err, ErrDuplicateResponse):
		return duplicateError(t.id, op, existing != nil && existing.Digest != digest)
	case errors.Is(err, ErrTaskReplaced):
		return reject(http.StatusGone, rejectClosed, "task %d was replaced on chain (reorg)", t.id)
	case err != nil:
		s.log.Error().Err(err).Uint32("task", t.id).Msg("store response")
		return reject(http.StatusInternalServerError, rejectInternalError, "internal error")
	}
	t.responses = append(t.responses, stored)
	t.byOp[op] = digest
	s.forward(t, stored)
	return nil
}

// openTask finds the tracked task for id, or the answer for a task that is not tracked.
func (s *Service) openTask(id uint32) (*task, *apiError) {
	if t := s.task(id); t != nil {
		return t, nil
	}
	rec, ok, err := s.store.Task(id)
	switch {
	case err != nil:
		s.log.Error().Err(err).Uint32("task", id).Msg("read task")
		return nil, reject(http.StatusInternalServerError, rejectInternalError, "internal error")
	case !ok:
		return nil, reject(http.StatusNotFound, rejectUnknownTask, "unknown task %d (not created, or not seen by the aggregator yet)", id)
	case rec.State == StatePending:
		// Stored but not loaded: the service is starting up.
		return nil, reject(http.StatusServiceUnavailable, rejectNotReady, "task %d is being loaded, retry shortly", id)
	}
	return nil, closedError(rec)
}

// checkOperator runs the cheap checks that need the task's state: open, before its deadline,
// operator set loaded, operator registered, no response of this operator stored. t.mu held.
func (s *Service) checkOperator(t *task, op common.Hash, digest common.Hash) (eigentypes.OperatorAvsState, *apiError) {
	info, e := s.checkRegistered(t, op)
	if e != nil {
		return info, e
	}
	if prev, dup := t.byOp[op]; dup {
		return info, duplicateError(t.id, op, prev != digest)
	}
	return info, nil
}

// checkRegistered is checkOperator without the duplicate check (shared with POST
// /v1/observations, fetchphase.go): open, before its deadline, operator set loaded, operator
// registered (and drawn, for a committee task). t.mu held.
func (s *Service) checkRegistered(t *task, op common.Hash) (eigentypes.OperatorAvsState, *apiError) {
	switch head := s.head.Load(); {
	case t.phase == phaseDone:
		return eigentypes.OperatorAvsState{}, closedError(t.rec)
	case t.phase == phaseSubmitting || t.phase == phaseBatched || t.reached:
		return eigentypes.OperatorAvsState{}, reject(http.StatusGone, rejectClosed, "task %d already has a certificate (threshold reached); no more signatures needed", t.id)
	case t.phase == phaseExpiring || uint64(t.rec.Task.DeadlineBlock) <= head:
		return eigentypes.OperatorAvsState{}, reject(http.StatusGone, rejectClosed, "task %d is past its deadline block %d", t.id, t.rec.Task.DeadlineBlock)
	case t.set == nil:
		return eigentypes.OperatorAvsState{}, reject(http.StatusServiceUnavailable, rejectNotReady, "task %d: operator set not loaded yet, retry shortly", t.id)
	}
	info, ok := t.set.ops[eigentypes.OperatorId(op)]
	if !ok || info.OperatorInfo.Pubkeys.G2Pubkey == nil {
		return info, reject(http.StatusForbidden, rejectUnknownOp, "operator %s is not registered in quorums %v of task %d at reference block %d",
			op.Hex(), t.quorums, t.id, t.rec.Task.ReferenceBlock)
	}
	if e := t.checkMember(op); e != nil {
		return info, e
	}
	return info, nil
}

func duplicateError(id uint32, op common.Hash, different bool) *apiError {
	if different {
		return reject(http.StatusConflict, rejectDuplicate, "operator %s already sent a different response for task %d", op.Hex(), id)
	}
	return reject(http.StatusConflict, rejectDuplicate, "duplicate: response of operator %s for task %d already received", op.Hex(), id)
}

func closedError(rec TaskRecord) *apiError {
	msg := fmt.Sprintf("task %d is %s", rec.ID, rec.State)
	if rec.Reason != "" {
		msg += ": " + rec.Reason
	}
	return reject(http.StatusGone, rejectClosed, "%s", msg)
}
