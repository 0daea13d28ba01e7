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

// zkCheckTimeout bounds the checks of one proof (the verifying key fetch included). They run
// detached from the request: a prover hanging up must not leave a failed fetch in the key cache.
const zkCheckTimeout = 45 * time.Second

// errStopping refuses a proof verified while the service shuts down: nothing would submit it.
var errStopping = errors.New("the aggregator is stopping")

// respondWithProof sends TaskManager.respondWithProof once and waits for its receipt. prev,
// when set, is an earlier attempt never mined: it is replaced (same nonce, fees raised).
func (s *submitter) respondWithProof(ctx context.Context, task protocol.Task, resp protocol.Response, proof []byte, prev *types.Transaction) (*types.Transaction, *types.Receipt, error) {
	tx, err := s.send(ctx, prev, func(o *bind.TransactOpts) (*types.Transaction, error) {
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

// verifiedProof is a proof that passed every check of POST /v1/proofs, on its way from the
// handler to proofLoop. Its task is in phaseSubmitting.
type verifiedProof struct {
	t        *task
	resp     protocol.Response
	digest   common.Hash
	solProof []byte   // the proof as the Solidity verifier takes it
	key      [32]byte // identifies the proof if the TaskManager refuses it (see refusedProofs)
}

// postProof is POST /v1/proofs (API.md): a zk task's output and proof from its prover. Cheap
// checks first (shape, task known, pending, zk, before its deadline, no other proof of the task
// in flight, not rate limited), then the verifying key (fetched once per function, cached),
// then the Groth16 verification behind the global proof semaphore. A verified proof is handed
// to proofLoop, which sends respondWithProof in the background, and answered 202: no chain
// transaction runs inside the request.
func (s *Service) postProof(w http.ResponseWriter, r *http.Request) {
	var pr protocol.ProofResponse
	if e := decodeBody(w, r, protocol.MaxProofResponseBytes, true, &pr, func() error { return pr.Validate() }, "invalid proof response"); e != nil {
		refuse(w, s.metrics.proofsRejected, e)
		return
	}
	if e := s.proof(r.Context(), pr); e != nil {
		s.log.Debug().Uint32("task", pr.TaskID).Str("prover", pr.OperatorID.Hex()).Int("status", e.status).Str("error", e.msg).Msg("proof rejected")
		refuse(w, s.metrics.proofsRejected, e)
		return
	}
	s.metrics.proofsAccepted.Inc()
	s.log.Info().Uint32("task", pr.TaskID).Str("prover", pr.OperatorID.Hex()).Msg("zk proof verified; submitting")
	writeJSON(w, http.StatusAccepted, map[string]any{"status": "accepted", "taskId": pr.TaskID})
}

// proof runs the checks of POST /v1/proofs after decoding and queues a verified proof for
// submission (the task is then in phaseSubmitting).
func (s *Service) proof(ctx context.Context, pr protocol.ProofResponse) *apiError {
	log := s.log.With().Uint32("task", pr.TaskID).Str("prover", pr.OperatorID.Hex()).Logger()
	t, e := s.openTask(pr.TaskID)
	if e != nil {
		return e
	}
	key := proofKey(pr)
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
	case t.refusedProofs[key]:
		// Sending it again would only burn gas on the same revert.
		e = reject(http.StatusUnprocessableEntity, rejectRefused, "the TaskManager refused this proof for task %d", t.id)
	}
	if e != nil {
		t.mu.Unlock()
		return e
	}
	t.proofBusy = true
	mode, task := t.zkMode, t.rec.Task
	t.mu.Unlock()
	defer func() {
		t.mu.Lock()
		t.proofBusy = false
		t.mu.Unlock()
	}()
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), zkCheckTimeout)
	defer cancel()

	if mode == 0 {
		rec, err := s.chain.GetTask(ctx, t.id)
		if err != nil {
			log.Warn().Err(err).Msg("zk proof: read task")
			return reject(http.StatusServiceUnavailable, rejectUnavailable, "the chain could not be read, retry shortly")
		}
		if replacedOnChain(t, rec) {
			return reject(http.StatusGone, rejectClosed, "task %d was replaced on chain (reorg)", t.id)
		}
		mode = zkNo
		if rec.ZkVerifier != (common.Address{}) {
			mode = zkYes
		}
		t.mu.Lock()
		t.zkMode = mode
		t.mu.Unlock()
		if mode == zkNo {
			return reject(http.StatusBadRequest, rejectNotZk, "task %d is not a zk task: it is answered by a certificate", t.id)
		}
	}
	vk, e := s.zkKeys.get(ctx, s, task)
	if e != nil {
		return e
	}
	taskHash, err := s.codec.TaskHash(task)
	if err != nil {
		log.Error().Err(err).Msg("zk proof: task hash")
		return reject(http.StatusInternalServerError, rejectInternalError, "internal error")
	}
	if !s.proofSem.acquire(ctx, queueWait) {
		return reject(http.StatusTooManyRequests, rejectBusy, "proof checks saturated, retry shortly")
	}
	s.metrics.proofChecks.Inc()
	solProof, err := proving.Verify(vk, taskHash, pr.Output, pr.Proof)
	s.proofSem.release()
	if err != nil {
		log.Info().Err(err).Msg("zk proof rejected off chain")
		t.mu.Lock()
		t.proofFails.fail(time.Now())
		t.mu.Unlock()
		return reject(http.StatusUnprocessableEntity, rejectBadProof, "proof does not verify for this task and output")
	}
	resp := pr.Response()
	digest, err := s.codec.ResponseDigest(s.chainID, s.cfg.TaskManager, task, resp)
	if err != nil {
		log.Error().Err(err).Msg("zk proof: response digest")
		return reject(http.StatusInternalServerError, rejectInternalError, "internal error")
	}

	t.mu.Lock()
	if t.phase.settling() {
		t.mu.Unlock()
		return reject(http.StatusConflict, rejectDuplicate, "a response for task %d is being submitted or the task is closed", t.id)
	}
	// Marked like a certified response being submitted: no expiry races it, no round forwards
	// to it, no other proof is checked.
	t.phase, t.submitErr = phaseSubmitting, ""
	t.mu.Unlock()
	if !s.proofs.push(verifiedProof{t: t, resp: resp, digest: digest, solProof: solProof, key: key}) {
		s.zkReopen(t)
		return reject(http.StatusServiceUnavailable, rejectUnavailable, "%s, retry shortly", errStopping)
	}
	return nil
}

// proofKey identifies a proof of a task's output.
func proofKey(pr protocol.ProofResponse) [32]byte {
	h := sha256.New()
	h.Write(pr.Output)
	h.Write([]byte{0})
	h.Write(pr.Proof)
	return [32]byte(h.Sum(nil))
}

// proofLoop owns the submission of verified proofs: each is sent by submit (the retry rules of
// certificates) in a goroutine of the Service's wait group, under the Service's context. When
// ctx ends it stops taking proofs; any still queued are given up (their tasks stay pending in
// the store, so a restart picks them up).
func (s *Service) proofLoop(ctx context.Context) {
	defer func() {
		for _, p := range s.proofs.close() {
			s.zkReopen(p.t)
		}
	}()
	for {
		p, ok := s.proofs.pop(ctx)
		if !ok {
			return
		}
		s.wg.Go(func() { s.submit(ctx, p.t, s.proofSubmission(p)) })
	}
}

// proofSubmission is respondWithProof with a verified proof. A proof the TaskManager refuses
// (a revert: retrying cannot help) re-opens the task for another proof, and this proof is
// remembered so that it is not sent again.
func (s *Service) proofSubmission(p verifiedProof) submission {
	task := p.t.rec.Task // immutable for a task's life
	return submission{what: "respondWithProof", digest: p.digest,
		send: func(ctx context.Context, prev *types.Transaction) (*types.Transaction, *types.Receipt, error) {
			return s.sub.respondWithProof(ctx, task, p.resp, p.solProof, prev)
		},
		refused: func(err error) {
			t := p.t
			t.mu.Lock()
			if t.refusedProofs == nil {
				t.refusedProofs = map[[32]byte]bool{}
			}
			t.refusedProofs[p.key] = true
			t.mu.Unlock()
			s.metrics.proofsRefused.Inc()
			s.log.Warn().Uint32("task", t.id).Err(err).Msg("verified zk proof refused on chain; the task is open for another proof")
		}}
}

// zkReopen gives up a proof that was never sent: the task takes proofs again.
func (s *Service) zkReopen(t *task) {
	t.mu.Lock()
	if t.phase == phaseSubmitting { // a reorg may have retired it meanwhile
		t.phase = phaseStalled
	}
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
