package aggregator

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/blockless/avs/modstore"
	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/zk/artifacts"
	"github.com/blockless/avs/zk/proving"
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

// artifactFetcher fetches bytes named by URIs from chain data (a function's manifest and
// verifying key). fetch.Policy implements it: scheme, destination, redirect and size checks.
type artifactFetcher interface {
	First(ctx context.Context, uris []string, maxBytes int64, accept func([]byte) error) ([]byte, error)
}

// postProof is POST /v1/proofs (API.md): a zk task's output and proof from its prover. Cheap
// checks first (shape, task known, pending, zk, before its deadline, no other proof of the task
// in flight, not rate limited), then the verifying key (fetched once per function, cached),
// then the Groth16 verification behind the global proof semaphore, then respondWithProof.
func (s *Service) postProof(w http.ResponseWriter, r *http.Request) {
	var pr protocol.ProofResponse
	if e := decodeBody(w, r, protocol.MaxProofResponseBytes, true, &pr, func() error { return pr.Validate() }, "invalid proof response"); e != nil {
		refuse(w, s.metrics.proofsRejected, e)
		return
	}
	e, v := s.proof(r.Context(), pr)
	if e != nil {
		s.log.Debug().Uint32("task", pr.TaskID).Str("prover", pr.OperatorID.Hex()).Int("status", e.status).Str("error", e.msg).Msg("proof rejected")
		refuse(w, s.metrics.proofsRejected, e)
		return
	}
	writeJSON(w, http.StatusOK, v)
}

// proof runs the checks of POST /v1/proofs after decoding and submits a verified proof.
func (s *Service) proof(ctx context.Context, pr protocol.ProofResponse) (*apiError, map[string]any) {
	log := s.log.With().Uint32("task", pr.TaskID).Str("prover", pr.OperatorID.Hex()).Logger()
	t, e := s.openTask(pr.TaskID)
	if e != nil {
		return e, nil
	}
	t.mu.Lock()
	switch {
	case t.phase == phaseDone:
		e = closedError(t.rec)
	case t.phase == phaseSubmitting:
		e = reject(http.StatusConflict, rejectDuplicate, "a response for task %d is being submitted", t.id)
	case t.phase == phaseExpiring || uint64(t.rec.Task.DeadlineBlock) <= s.head.Load():
		e = reject(http.StatusGone, rejectClosed, "task %d is past its deadline block %d", t.id, t.rec.Task.DeadlineBlock)
	case t.zkMode == zkNo:
		e = reject(http.StatusBadRequest, rejectNotZk, "task %d is not a zk task: it is answered by a certificate", t.id)
	case t.proofBusy:
		e = reject(http.StatusTooManyRequests, rejectBusy, "a proof for task %d is being checked", t.id)
	case t.proofFails.wait(time.Now()) > 0:
		e = reject(http.StatusTooManyRequests, rejectRateLimited, "too many failed proofs for task %d", t.id)
	}
	if e != nil {
		t.mu.Unlock()
		return e, nil
	}
	t.proofBusy = true
	mode, task := t.zkMode, t.rec.Task
	t.mu.Unlock()
	defer func() {
		t.mu.Lock()
		t.proofBusy = false
		t.mu.Unlock()
	}()
	// The reply waits for the transaction: the prover's disconnect must not abandon it half way.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), zkSubmitTimeout)
	defer cancel()

	if mode == 0 {
		rec, err := s.chain.GetTask(ctx, t.id)
		if err != nil {
			log.Warn().Err(err).Msg("zk proof: read task")
			return reject(http.StatusServiceUnavailable, rejectUnavailable, "the chain could not be read, retry shortly"), nil
		}
		if replacedOnChain(t, rec) {
			return reject(http.StatusGone, rejectClosed, "task %d was replaced on chain (reorg)", t.id), nil
		}
		mode = zkNo
		if rec.ZkVerifier != (common.Address{}) {
			mode = zkYes
		}
		t.mu.Lock()
		t.zkMode = mode
		t.mu.Unlock()
		if mode == zkNo {
			return reject(http.StatusBadRequest, rejectNotZk, "task %d is not a zk task: it is answered by a certificate", t.id), nil
		}
	}
	vk, e := s.zkKeys.get(ctx, s, task)
	if e != nil {
		return e, nil
	}
	taskHash, err := s.codec.TaskHash(task)
	if err != nil {
		log.Error().Err(err).Msg("zk proof: task hash")
		return reject(http.StatusInternalServerError, rejectInternalError, "internal error"), nil
	}
	if !s.proofSem.acquire(ctx, queueWait) {
		return reject(http.StatusTooManyRequests, rejectBusy, "proof checks saturated, retry shortly"), nil
	}
	s.metrics.proofChecks.Inc()
	solProof, err := proving.Verify(vk, taskHash, pr.Output, pr.Proof)
	s.proofSem.release()
	if err != nil {
		log.Info().Err(err).Msg("zk proof rejected off chain")
		t.mu.Lock()
		t.proofFails.fail(time.Now())
		t.mu.Unlock()
		return reject(http.StatusUnprocessableEntity, rejectBadProof, "proof does not verify for this task and output"), nil
	}

	t.mu.Lock()
	if t.phase.settling() {
		t.mu.Unlock()
		return reject(http.StatusConflict, rejectDuplicate, "a response for task %d is being submitted or the task is closed", t.id), nil
	}
	// Marked like a certified response being submitted: no expiry races it, no round forwards to it.
	t.phase = phaseSubmitting
	t.mu.Unlock()
	resp := pr.Response()
	digest, err := s.codec.ResponseDigest(s.chainID, s.cfg.TaskManager, task, resp)
	if err != nil {
		s.zkUnmark(t, err)
		log.Error().Err(err).Msg("zk proof: response digest")
		return reject(http.StatusInternalServerError, rejectInternalError, "internal error"), nil
	}
	tx, receipt, err := s.sub.respondWithProof(ctx, task, resp, solProof)
	if tx != nil {
		t.mu.Lock()
		t.rec.ResponseTx = tx.Hash()
		t.mu.Unlock()
	}
	if err != nil {
		return s.proofSubmitFailed(ctx, t, err), nil
	}
	s.finishAnswered(ctx, t, receipt, digest)
	s.metrics.proofsAccepted.Inc()
	return nil, map[string]any{"status": "answered", "tx": receipt.TxHash, "gasUsed": receipt.GasUsed}
}

// proofSubmitFailed settles or unmarks a zk task whose respondWithProof failed and says what
// the prover is told.
func (s *Service) proofSubmitFailed(ctx context.Context, t *task, err error) *apiError {
	log := s.log.With().Uint32("task", t.id).Logger()
	switch outcomeOf(err) {
	case outcomeAlreadyDone:
		s.finishAnsweredElsewhere(ctx, t)
		return reject(http.StatusGone, rejectClosed, "task %d already answered", t.id)
	case outcomeTooLate:
		s.zkUnmark(t, err)
		return reject(http.StatusGone, rejectClosed, "task %d is past its deadline", t.id)
	case outcomeMismatch:
		s.finishReplaced(t)
		return reject(http.StatusGone, rejectClosed, "task %d was replaced on chain (reorg)", t.id)
	case outcomePermanent:
		log.Error().Err(err).Msg("respondWithProof refused")
		s.zkUnmark(t, err)
		return reject(http.StatusUnprocessableEntity, rejectRefused, "the TaskManager refused the transaction")
	default:
		log.Warn().Err(err).Msg("respondWithProof")
		s.zkUnmark(t, err)
		return reject(http.StatusBadGateway, rejectUnavailable, "the transaction could not be sent or mined in time, retry")
	}
}

func (s *Service) zkUnmark(t *task, err error) {
	t.mu.Lock()
	if t.phase == phaseSubmitting { // a reorg may have retired it meanwhile
		t.phase = phaseStalled
	}
	t.submitErr = publicError(err)
	t.mu.Unlock()
}

// maxVKEntries bounds the verifying key cache (keys are small; functions are few).
const maxVKEntries = 256

// vkCache holds the verifying key of each zk function by manifest digest: fetched once (one
// fetch in flight per digest, the others wait for it), failures remembered for negativeTTL.
type vkCache struct {
	mu sync.Mutex
	m  map[modstore.Digest]*vkEntry
}

type vkEntry struct {
	ready chan struct{} // closed once vk or fail is set
	vk    groth16.VerifyingKey
	fail  *apiError
	until time.Time // when a failure is forgotten
}

func newVKCache() *vkCache { return &vkCache{m: map[modstore.Digest]*vkEntry{}} }

// get returns the verifying key of task's function.
func (c *vkCache) get(ctx context.Context, s *Service, task protocol.Task) (groth16.VerifyingKey, *apiError) {
	md := modstore.Digest(task.ModuleDigest)
	now := time.Now()
	c.mu.Lock()
	e := c.m[md]
	if e != nil && e.fail != nil && !now.Before(e.until) {
		delete(c.m, md)
		e = nil
	}
	owner := e == nil
	if owner {
		if len(c.m) >= maxVKEntries {
			for k, old := range c.m { // drop finished entries, failures first
				select {
				case <-old.ready:
					if old.fail != nil || len(c.m) >= maxVKEntries {
						delete(c.m, k)
					}
				default:
				}
			}
		}
		e = &vkEntry{ready: make(chan struct{})}
		c.m[md] = e
	}
	c.mu.Unlock()
	if owner {
		vk, fail := s.loadVerifyingKey(ctx, task)
		c.mu.Lock()
		e.vk, e.fail, e.until = vk, fail, time.Now().Add(negativeTTL)
		c.mu.Unlock()
		close(e.ready)
	}
	select {
	case <-e.ready:
	case <-ctx.Done():
		return nil, reject(http.StatusServiceUnavailable, rejectUnavailable, "the function's verifying key is being fetched, retry shortly")
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return e.vk, e.fail
}

// loadVerifyingKey loads the verifying key of a zk task's function: its manifest (the task's
// moduleDigest) and then the key the manifest names. Only these two artifacts are fetched, each
// under a tight size cap, through the fetch policy, into the private cache.
func (s *Service) loadVerifyingKey(ctx context.Context, task protocol.Task) (groth16.VerifyingKey, *apiError) {
	log := s.log.With().Uint64("function", task.FunctionId).Logger()
	unavailable := reject(http.StatusServiceUnavailable, rejectUnavailable, "the function's manifest or verifying key could not be fetched, retry later")
	malformed := reject(http.StatusUnprocessableEntity, rejectBadArtifacts, "the function's zk artifacts are malformed")
	md := modstore.Digest(task.ModuleDigest)
	var uris []string
	if !s.cache.Has(md) {
		fn, err := s.chain.GetFunction(ctx, task.FunctionId)
		if err != nil {
			log.Warn().Err(err).Msg("zk: read function")
			return nil, unavailable
		}
		uris = fn.Spec.Uris
	}
	mb, err := s.artifact(ctx, md, uris, maxManifestBytes)
	if err != nil {
		log.Warn().Err(err).Msg("zk: fetch manifest")
		return nil, unavailable
	}
	m, err := artifacts.ParseManifest(mb)
	if err != nil {
		log.Warn().Err(err).Msg("zk: manifest")
		return nil, malformed
	}
	vd, err := m.VerifyingKey.Digest()
	if err != nil || m.VerifyingKey.Size > maxVerifyingKeyBytes {
		log.Warn().Err(err).Int64("size", m.VerifyingKey.Size).Msg("zk: verifying key entry of the manifest")
		return nil, malformed
	}
	vkb, err := s.artifact(ctx, vd, m.VerifyingKey.URIs, maxVerifyingKeyBytes)
	if err != nil {
		log.Warn().Err(err).Msg("zk: fetch verifying key")
		return nil, unavailable
	}
	vk, err := proving.ReadVerifyingKey(vkb)
	if err != nil {
		log.Warn().Err(err).Msg("zk: verifying key")
		return nil, malformed
	}
	return vk, nil
}

// artifact returns the bytes with sha256 d: from the private fetch cache, or the first of uris
// whose content hashes to d (then kept in the private cache, which is never served: fetched
// bytes must never become downloadable).
func (s *Service) artifact(ctx context.Context, d modstore.Digest, uris []string, maxBytes int64) ([]byte, error) {
	if b, err := s.cache.Get(ctx, d); err == nil && int64(len(b)) <= maxBytes {
		return b, nil
	}
	if len(uris) == 0 {
		return nil, fmt.Errorf("artifact %s: not stored and no URI", d)
	}
	b, err := s.fetcher.First(ctx, uris, maxBytes, func(b []byte) error {
		if sha256.Sum256(b) != d {
			return errors.New("content does not match the digest")
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("artifact %s: %w", d, err)
	}
	if _, err := s.cache.Put(b); err != nil {
		s.log.Warn().Err(err).Msg("zk: keep artifact in the fetch cache")
	}
	return b, nil
}
