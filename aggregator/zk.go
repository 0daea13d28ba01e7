package aggregator

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/blockless/avs/modstore"
	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/zk"
)

// zkSubmitTimeout bounds verifying and mining one respondWithProof inside the request: the
// prover learns the outcome in its reply.
const zkSubmitTimeout = 45 * time.Second

// respondWithProof sends TaskManager.respondWithProof once and waits for its receipt.
func (s *submitter) respondWithProof(ctx context.Context, task protocol.Task, resp protocol.Response, proof []byte) (*types.Transaction, *types.Receipt, error) {
	tx, err := s.send(ctx, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return s.tm.RespondWithProof(o, task, resp, proof)
	})
	if err != nil {
		return nil, nil, err
	}
	r, err := s.wait(ctx, tx, "respondWithProof")
	return tx, r, err
}

// postProof is POST /v1/proofs (API.md): a zk task's output and proof from its prover. The proof
// is checked off chain with the function's verifying key (so a bad proof costs no gas), then
// submitted with respondWithProof; the reply says how that went.
func (s *Service) postProof(w http.ResponseWriter, r *http.Request) {
	body := http.MaxBytesReader(w, r.Body, protocol.MaxProofResponseBytes)
	dec := json.NewDecoder(body)
	dec.DisallowUnknownFields()
	var pr protocol.ProofResponse
	err := dec.Decode(&pr)
	if err == nil && dec.Decode(&struct{}{}) != io.EOF {
		err = errors.New("trailing data after the JSON object")
	}
	if err == nil {
		err = pr.Validate()
	}
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			writeJSON(w, http.StatusRequestEntityTooLarge, map[string]string{"error": fmt.Sprintf("body larger than %d bytes", protocol.MaxProofResponseBytes)})
			return
		}
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "invalid proof response: " + err.Error()})
		return
	}
	log := s.log.With().Uint32("task", pr.TaskID).Str("prover", pr.OperatorID.Hex()).Logger()
	t := s.task(pr.TaskID)
	if t == nil {
		if rec, ok, err := s.store.Task(pr.TaskID); err == nil && ok && rec.State != StatePending {
			writeJSON(w, http.StatusGone, map[string]string{"error": fmt.Sprintf("task %d is %s", pr.TaskID, rec.State)})
			return
		}
		writeJSON(w, http.StatusNotFound, map[string]string{"error": fmt.Sprintf("unknown task %d (not seen yet?)", pr.TaskID)})
		return
	}
	t.mu.Lock()
	task, done, busy := t.rec.Task, t.done, t.submitting
	t.mu.Unlock()
	if done {
		writeJSON(w, http.StatusGone, map[string]string{"error": "task already settled"})
		return
	}
	if busy {
		writeJSON(w, http.StatusConflict, map[string]string{"error": "a response for this task is being submitted"})
		return
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), zkSubmitTimeout)
	defer cancel()
	vk, status, err := s.zkVerifyingKey(ctx, pr.TaskID, task)
	if err != nil {
		log.Warn().Err(err).Msg("zk proof: verifying key")
		writeJSON(w, status, map[string]string{"error": err.Error()})
		return
	}
	taskHash, err := s.codec.TaskHash(task)
	if err != nil {
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": err.Error()})
		return
	}
	solProof, err := zk.Verify(vk, taskHash, pr.Output, pr.Proof)
	if err != nil {
		log.Warn().Err(err).Msg("zk proof rejected off chain")
		writeJSON(w, http.StatusUnprocessableEntity, map[string]string{"error": err.Error()})
		return
	}
	t.mu.Lock()
	if t.done || t.submitting {
		t.mu.Unlock()
		writeJSON(w, http.StatusConflict, map[string]string{"error": "a response for this task is being submitted"})
		return
	}
	// Marked like a certified response being submitted: no expiry races it, no round forwards to it.
	t.submitting, t.live = true, false
	t.mu.Unlock()
	resp := pr.Response()
	digest, err := s.codec.ResponseDigest(s.chainID, s.cfg.TaskManager, task, resp)
	if err != nil {
		s.zkUnmark(t, err)
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": err.Error()})
		return
	}
	tx, receipt, err := s.sub.respondWithProof(ctx, task, resp, solProof)
	if tx != nil {
		t.mu.Lock()
		t.rec.ResponseTx = tx.Hash()
		t.mu.Unlock()
	}
	switch {
	case err == nil:
		s.finishAnswered(ctx, t, receipt, digest)
		writeJSON(w, http.StatusOK, map[string]any{"status": "answered", "tx": receipt.TxHash, "gasUsed": receipt.GasUsed})
	case outcomeOf(err) == outcomeAlreadyDone:
		s.finishAnsweredElsewhere(ctx, t)
		writeJSON(w, http.StatusGone, map[string]string{"error": "task already answered"})
	case outcomeOf(err) == outcomeTooLate:
		s.zkUnmark(t, err)
		writeJSON(w, http.StatusGone, map[string]string{"error": err.Error()})
	case outcomeOf(err) == outcomePermanent:
		log.Error().Err(err).Msg("respondWithProof refused")
		s.zkUnmark(t, err)
		writeJSON(w, http.StatusUnprocessableEntity, map[string]string{"error": err.Error()})
	default:
		log.Warn().Err(err).Msg("respondWithProof")
		s.zkUnmark(t, err)
		writeJSON(w, http.StatusBadGateway, map[string]string{"error": err.Error()})
	}
}

func (s *Service) zkUnmark(t *task, err error) {
	t.mu.Lock()
	t.submitting, t.submitErr = false, err.Error()
	t.mu.Unlock()
}

// zkVerifyingKey loads the verifying key of a zk task's function: the manifest by the task's
// moduleDigest (from this aggregator's module store, where `blockless zk deploy` publishes, else
// the function's URIs), then the key it names. The HTTP status says whether retrying can help.
func (s *Service) zkVerifyingKey(ctx context.Context, id uint32, task protocol.Task) (groth16.VerifyingKey, int, error) {
	rec, err := s.tm.GetTask(callOpts(ctx), id)
	if err != nil {
		return nil, http.StatusServiceUnavailable, fmt.Errorf("read task %d: %w", id, err)
	}
	if rec.ZkVerifier == (common.Address{}) {
		return nil, http.StatusBadRequest, fmt.Errorf("task %d is not a zk task: it is answered by a certificate", id)
	}
	md := modstore.Digest(task.ModuleDigest)
	var uris []string
	if !s.modules.Has(md) {
		if fn, err := s.tm.GetFunction(callOpts(ctx), task.FunctionId); err == nil {
			uris = fn.Spec.Uris
		}
	}
	mb, err := s.modules.Fetch(ctx, md, uris...)
	if err != nil {
		return nil, http.StatusServiceUnavailable, fmt.Errorf("zk manifest %s: %w", md, err)
	}
	m, err := zk.ParseManifest(mb)
	if err != nil {
		return nil, http.StatusUnprocessableEntity, err
	}
	vd, err := m.VerifyingKey.Digest()
	if err != nil {
		return nil, http.StatusUnprocessableEntity, err
	}
	vkb, err := s.modules.Fetch(ctx, vd, m.VerifyingKey.URIs...)
	if err != nil {
		return nil, http.StatusServiceUnavailable, fmt.Errorf("zk verifying key: %w", err)
	}
	vk, err := zk.ReadVerifyingKey(vkb)
	if err != nil {
		return nil, http.StatusUnprocessableEntity, err
	}
	return vk, 0, nil
}
