package aggregator

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"github.com/rs/zerolog"
	bolt "go.etcd.io/bbolt"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/fetch"
	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/protocol/onchain"
)

func (e *env) signatureChecks() int { return int(metricValue(e.s.metrics.signatureChecks)) }

func metricValue(c prometheus.Metric) float64 {
	var m dto.Metric
	if err := c.Write(&m); err != nil {
		return -1
	}
	if m.Counter != nil {
		return m.Counter.GetValue()
	}
	return m.Gauge.GetValue()
}

func wantStatus(t *testing.T, rec *httptest.ResponseRecorder, want int) {
	t.Helper()
	if rec.Code != want {
		t.Fatalf("status %d, want %d: %s", rec.Code, want, rec.Body.String())
	}
}

func TestResponsesReachThresholdAndAnswer(t *testing.T) {
	e := newEnv(t)
	task := testTask(1)
	e.create(1, task)
	wantStatus(t, e.postJSON("/v1/responses", e.signed(2, 1, task, "out")), http.StatusAccepted)
	wantStatus(t, e.postJSON("/v1/responses", e.signed(1, 1, task, "out")), http.StatusAccepted)
	e.waitFor(func() bool { return e.record(1).State == StateAnswered }, "task answered")
	if r, _, _ := e.sender.counts(); r != 1 {
		t.Fatalf("%d respondToTask, want 1", r)
	}
}

// A response from an operator that already has one stored is answered 409 before any pairing:
// anyone can send it, so it must not cost a BLS check.
func TestDuplicateAnsweredBeforePairing(t *testing.T) {
	e := newEnv(t)
	task := testTask(1)
	e.create(1, task)
	good := e.signed(0, 1, task, "out")
	wantStatus(t, e.postJSON("/v1/responses", good), http.StatusAccepted)
	forged := good
	forged.Signature = e.signed(1, 1, task, "out").Signature
	before := e.signatureChecks()
	wantStatus(t, e.postJSON("/v1/responses", forged), http.StatusConflict)
	wantStatus(t, e.postJSON("/v1/responses", e.signed(0, 1, task, "other")), http.StatusConflict)
	if n := e.signatureChecks() - before; n != 0 {
		t.Fatalf("%d pairings for duplicates, want 0", n)
	}
	// Unknown operators cost no pairing either.
	stranger := good
	stranger.OperatorID = common.Hash{0x55}
	wantStatus(t, e.postJSON("/v1/responses", stranger), http.StatusForbidden)
	if n := e.signatureChecks() - before; n != 0 {
		t.Fatalf("%d pairings for an unknown operator, want 0", n)
	}
}

// Forged signatures under a registered operator id: the first freeFailures cost a pairing each,
// then the pair (task, operator) is rate limited (429 + Retry-After) without pairings, and the
// honest operator gets through once the interval has passed.
func TestFailedSignatureChecksRateLimited(t *testing.T) {
	e := newEnv(t)
	task := testTask(1)
	e.create(1, task)
	forged := e.signed(0, 1, task, "out")
	forged.Signature = e.signed(1, 1, task, "out").Signature
	for i := 0; i < freeFailures; i++ {
		wantStatus(t, e.postJSON("/v1/responses", forged), http.StatusUnauthorized)
	}
	rec := e.postJSON("/v1/responses", forged)
	wantStatus(t, rec, http.StatusTooManyRequests)
	if rec.Header().Get("Retry-After") == "" {
		t.Fatal("429 without Retry-After")
	}
	if n := e.signatureChecks(); n != freeFailures {
		t.Fatalf("%d pairings, want %d", n, freeFailures)
	}
	// Other operators are not affected.
	wantStatus(t, e.postJSON("/v1/responses", e.signed(1, 1, task, "out")), http.StatusAccepted)
	tk := e.s.task(1)
	tk.mu.Lock()
	tk.fails[e.ops[0].id].next = time.Now().Add(-time.Millisecond)
	tk.mu.Unlock()
	wantStatus(t, e.postJSON("/v1/responses", e.signed(0, 1, task, "out")), http.StatusAccepted)
}

// The pairing runs behind a bounded semaphore: saturated, the request gets a 429 and no pairing.
func TestSignatureChecksBounded(t *testing.T) {
	e := newEnv(t)
	task := testTask(1)
	e.create(1, task)
	for i := 0; i < cap(e.s.sigSem); i++ {
		e.s.sigSem <- struct{}{}
	}
	rec := e.postJSON("/v1/responses", e.signed(0, 1, task, "out"))
	wantStatus(t, rec, http.StatusTooManyRequests)
	if rec.Header().Get("Retry-After") != "1" || e.signatureChecks() != 0 {
		t.Fatalf("Retry-After %q, %d pairings", rec.Header().Get("Retry-After"), e.signatureChecks())
	}
	for i := 0; i < cap(e.s.sigSem); i++ {
		e.s.sigSem.release()
	}
	wantStatus(t, e.postJSON("/v1/responses", e.signed(0, 1, task, "out")), http.StatusAccepted)
}

// At most one check is in flight per (task, operator).
func TestOneCheckInFlightPerOperator(t *testing.T) {
	e := newEnv(t)
	task := testTask(1)
	e.create(1, task)
	tk := e.s.task(1)
	tk.mu.Lock()
	tk.verifying[e.ops[0].id] = true
	tk.mu.Unlock()
	wantStatus(t, e.postJSON("/v1/responses", e.signed(0, 1, task, "out")), http.StatusTooManyRequests)
	wantStatus(t, e.postJSON("/v1/responses", e.signed(1, 1, task, "out")), http.StatusAccepted)
	if e.signatureChecks() != 1 {
		t.Fatalf("%d pairings, want 1", e.signatureChecks())
	}
}

// A reorg re-uses task id 1 for other content: the new task replaces the old one, responses
// signed for the old task are dropped and no longer verify, responses for the new one count.
func TestReorgReplacesPendingTask(t *testing.T) {
	e := newEnv(t)
	oldTask, newTask := testTask(1), testTask(2)
	e.create(1, oldTask)
	wantStatus(t, e.postJSON("/v1/responses", e.signed(0, 1, oldTask, "out")), http.StatusAccepted)
	e.create(1, newTask)
	newHash, _ := e.s.codec.TaskHash(newTask)
	if rec := e.record(1); rec.TaskHash != newHash || rec.State != StatePending {
		t.Fatalf("stored task not replaced: %+v", rec)
	}
	if rs, _ := e.s.store.Responses(1); len(rs) != 0 {
		t.Fatalf("%d responses of the old task kept", len(rs))
	}
	wantStatus(t, e.postJSON("/v1/responses", e.signed(1, 1, oldTask, "out")), http.StatusUnauthorized)
	wantStatus(t, e.postJSON("/v1/responses", e.signed(0, 1, newTask, "out")), http.StatusAccepted)
	wantStatus(t, e.postJSON("/v1/responses", e.signed(2, 1, newTask, "out")), http.StatusAccepted)
	e.waitFor(func() bool { return e.record(1).State == StateAnswered }, "new task answered")
	e.waitFor(func() bool { return metricValue(e.s.metrics.pending) == 0 }, "pending gauge back to 0")
}

// respondToTask reverting with TaskMismatch (the chain holds other content under the id) ends
// the task at once: no retries, no expireTask.
func TestTaskMismatchNotRetried(t *testing.T) {
	e := newEnv(t)
	task := testTask(1)
	e.create(1, task)
	e.sender.respondErr = func(int) error {
		return &submitError{outcomeMismatch, errors.New("execution reverted: TaskMismatch(1)")}
	}
	e.chain.mu.Lock()
	e.chain.tasks[1] = taskmanager.ITaskManagerTaskRecord{TaskHash: [32]byte{0xde}, State: uint8(onchain.TaskPending)}
	e.chain.mu.Unlock()
	wantStatus(t, e.postJSON("/v1/responses", e.signed(2, 1, task, "out")), http.StatusAccepted)
	wantStatus(t, e.postJSON("/v1/responses", e.signed(1, 1, task, "out")), http.StatusAccepted)
	e.waitFor(func() bool { return e.record(1).State == StateExpired }, "task settled")
	time.Sleep(50 * time.Millisecond)
	r, x, _ := e.sender.counts()
	if r != 1 || x != 0 || !strings.Contains(e.record(1).Reason, "replaced") {
		t.Fatalf("respondToTask %d times, expireTask %d times, reason %q", r, x, e.record(1).Reason)
	}
}

// RPC down while submitting: retried with backoff until it lands.
func TestSubmitRetriesThroughRPCOutage(t *testing.T) {
	e := newEnv(t)
	task := testTask(1)
	e.create(1, task)
	e.sender.respondErr = func(n int) error {
		if n <= 3 {
			return &submitError{outcomeRetry, errRPCDown}
		}
		return nil
	}
	e.chain.setDown(true)
	wantStatus(t, e.postJSON("/v1/responses", e.signed(2, 1, task, "out")), http.StatusAccepted)
	wantStatus(t, e.postJSON("/v1/responses", e.signed(1, 1, task, "out")), http.StatusAccepted)
	e.waitFor(func() bool { r, _, _ := e.sender.counts(); return r >= 2 }, "retries")
	e.chain.setDown(false)
	e.waitFor(func() bool { return e.record(1).State == StateAnswered }, "task answered")
	if r, _, _ := e.sender.counts(); r != 4 {
		t.Fatalf("%d respondToTask attempts, want 4", r)
	}
}

// The deadline passes while the RPC refuses respondToTask: the task is expired with expireTask
// (retried until the RPC accepts it), not dropped locally.
func TestDeadlinePassesDuringOutage(t *testing.T) {
	e := newEnv(t)
	task := testTask(1)
	e.create(1, task)
	e.sender.respondErr = func(int) error {
		e.s.head.Store(200)
		return &submitError{outcomeRetry, errRPCDown}
	}
	e.sender.expireErr = func(n int) error {
		if n <= 2 {
			return &submitError{outcomeRetry, errRPCDown}
		}
		return nil
	}
	wantStatus(t, e.postJSON("/v1/responses", e.signed(2, 1, task, "out")), http.StatusAccepted)
	wantStatus(t, e.postJSON("/v1/responses", e.signed(1, 1, task, "out")), http.StatusAccepted)
	e.waitFor(func() bool { return e.record(1).State == StateExpired }, "task expired")
	rec := e.record(1)
	if _, x, _ := e.sender.counts(); x != 3 || rec.ExpireTx == (common.Hash{}) {
		t.Fatalf("expireTask %d times, expireTx %s", x, rec.ExpireTx)
	}
	if strings.Contains(rec.Reason, "10.1.2.3") || !strings.Contains(rec.Reason, "deadline") {
		t.Fatalf("reason %q", rec.Reason)
	}
}

// An expiry that meets a refusing RPC is retried, never given up locally.
func TestExpireRetriesUntilRPCAccepts(t *testing.T) {
	e := newEnv(t)
	e.create(1, testTask(1))
	e.sender.expireErr = func(n int) error {
		if n <= 3 {
			return &submitError{outcomeRetry, errRPCDown}
		}
		return nil
	}
	e.s.expireDue(e.ctx, 200)
	e.waitFor(func() bool { return e.record(1).State == StateExpired }, "task expired")
	if _, x, _ := e.sender.counts(); x != 4 || e.record(1).Reason != "no responses" {
		t.Fatalf("expireTask %d times, reason %q", x, e.record(1).Reason)
	}
}

type lineCounter struct{ n int }

func (c *lineCounter) Write(p []byte) (int, error) {
	c.n += bytes.Count(p, []byte("\n"))
	return len(p), nil
}

// A failing poll logs once per backoff step, not once per poll, and once when it recovers.
func TestBackoffLogOncePerStep(t *testing.T) {
	var lines lineCounter
	log := zerolog.New(&lines)
	b := newBackoffLog(100*time.Millisecond, time.Second)
	t0 := time.Unix(1000, 0)
	for i := 0; i < 1000; i++ { // 10 s of polls every 10 ms
		b.failed(log, t0.Add(time.Duration(i)*10*time.Millisecond), errRPCDown, "chain head")
	}
	if lines.n < 5 || lines.n > 20 {
		t.Fatalf("%d log lines for 1000 failed polls", lines.n)
	}
	n := lines.n
	b.ok(log, "recovered")
	b.ok(log, "recovered")
	if lines.n != n+1 {
		t.Fatalf("%d recovery lines, want 1", lines.n-n)
	}
}

// The head loop survives an RPC outage and expires tasks once the chain is readable again.
func TestHeadLoopSurvivesOutage(t *testing.T) {
	e := newEnv(t)
	e.create(1, testTask(1))
	e.chain.setDown(true)
	e.s.wg.Go(func() { e.s.headLoop(e.ctx) })
	time.Sleep(50 * time.Millisecond)
	e.chain.mu.Lock()
	e.chain.head = 200
	e.chain.mu.Unlock()
	e.chain.setDown(false)
	e.waitFor(func() bool { return e.record(1).State == StateExpired }, "task expired")
}

func TestMinFeeSkipsTask(t *testing.T) {
	e := newEnv(t, func(c *Config) { c.MinFee = big.NewInt(10) })
	task := testTask(1) // fee 5
	e.create(1, task)
	rec := e.record(1)
	if rec.State != StateSkipped || !strings.Contains(rec.Reason, "below") || e.s.task(1) != nil {
		t.Fatalf("task not skipped: %+v", rec)
	}
	wantStatus(t, e.postJSON("/v1/responses", e.signed(0, 1, task, "out")), http.StatusGone)
	rich := testTask(2)
	rich.Fee = big.NewInt(10)
	e.create(2, rich)
	wantStatus(t, e.postJSON("/v1/responses", e.signed(0, 2, rich, "out")), http.StatusAccepted)
}

func proofBody(id uint32) protocol.ProofResponse {
	return protocol.ProofResponse{TaskID: id, Output: make([]byte, 32), Proof: []byte{1, 2, 3}, OperatorID: common.Hash{9}}
}

func (e *env) makeZk(id uint32, uris ...string) {
	e.chain.mu.Lock()
	defer e.chain.mu.Unlock()
	r := e.chain.tasks[id]
	r.ZkVerifier = common.Address{0x2c}
	e.chain.tasks[id] = r
	e.chain.functions[1] = taskmanager.ITaskManagerFunctionRecord{Active: true, Spec: taskmanager.ITaskManagerFunctionSpec{Uris: uris}}
}

// Proofs are only checked for zk tasks: anything else is refused before any fetch.
func TestProofOnlyForZkTasks(t *testing.T) {
	e := newEnv(t)
	e.create(1, testTask(1))
	wantStatus(t, e.postJSON("/v1/proofs", proofBody(1)), http.StatusBadRequest)
	wantStatus(t, e.postJSON("/v1/proofs", proofBody(1)), http.StatusBadRequest)
	if e.fetcher.calls != 0 {
		t.Fatalf("%d fetches for a non-zk task", e.fetcher.calls)
	}
}

// Artifacts are fetched once per function: a failure is remembered, so a stream of proofs does
// not refetch; replies carry no digest.
func TestProofArtifactFetchCached(t *testing.T) {
	e := newEnv(t)
	task := testTask(1)
	e.create(1, task)
	e.makeZk(1, "https://example.invalid/manifest")
	for i := 0; i < 3; i++ {
		rec := e.postJSON("/v1/proofs", proofBody(1))
		wantStatus(t, rec, http.StatusServiceUnavailable)
		if strings.Contains(rec.Body.String(), hex.EncodeToString(task.ModuleDigest[:])) {
			t.Fatalf("reply names a digest: %s", rec.Body.String())
		}
	}
	if e.fetcher.calls != 1 {
		t.Fatalf("%d fetches, want 1", e.fetcher.calls)
	}
}

// One proof check in flight per task.
func TestOneProofInFlightPerTask(t *testing.T) {
	e := newEnv(t)
	e.create(1, testTask(1))
	e.makeZk(1)
	tk := e.s.task(1)
	tk.mu.Lock()
	tk.proofBusy = true
	tk.mu.Unlock()
	wantStatus(t, e.postJSON("/v1/proofs", proofBody(1)), http.StatusTooManyRequests)
}

// The host-file disclosure: a zk function naming file:// URIs. With the default policy the file
// is never read; with a directory allowed, bytes fetched are kept in the private cache only:
// never served (the aggregator has no /modules/ at all), never named in a reply.
func TestFetchedFilesNeverServed(t *testing.T) {
	dir := t.TempDir()
	secret := []byte("BLOCKLESS_BLS_PASSWORD=hunter2\n")
	path := filepath.Join(dir, "environ")
	if err := os.WriteFile(path, secret, 0o600); err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(secret)
	digest := hex.EncodeToString(sum[:])
	for _, tc := range []struct {
		name   string
		policy fetch.Policy
		want   int
	}{
		{"default policy", fetch.Policy{}, http.StatusServiceUnavailable},
		{"file dir allowed", fetch.Policy{FileDirs: []string{dir}}, http.StatusUnprocessableEntity},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, func(c *Config) { c.Fetch = tc.policy })
			e.s.fetcher = e.s.cfg.Fetch
			task := testTask(1)
			task.ModuleDigest = sum // a function naming the file's digest as its manifest
			e.create(1, task)
			e.makeZk(1, "file://"+path)
			rec := e.postJSON("/v1/proofs", proofBody(1))
			wantStatus(t, rec, tc.want)
			body := rec.Body.String()
			if strings.Contains(body, digest) || strings.Contains(body, "hunter2") || strings.Contains(body, dir) {
				t.Fatalf("reply discloses the file: %s", body)
			}
			get := httptest.NewRecorder()
			e.s.Handler().ServeHTTP(get, httptest.NewRequest(http.MethodGet, "/modules/"+digest, nil))
			wantStatus(t, get, http.StatusNotFound)
		})
	}
}

// The aggregator serves no module store: bytes it fetched into its private cache are not
// downloadable, and uploads find no route.
func TestNoModuleStoreRoutes(t *testing.T) {
	e := newEnv(t)
	fetched := []byte("fetched from chain data")
	if _, err := e.s.cache.Put(fetched); err != nil {
		t.Fatal(err)
	}
	fsum := sha256.Sum256(fetched)
	for _, r := range []*http.Request{
		httptest.NewRequest(http.MethodGet, "/modules/"+hex.EncodeToString(fsum[:]), nil),
		httptest.NewRequest(http.MethodHead, "/modules/"+hex.EncodeToString(fsum[:]), nil),
		httptest.NewRequest(http.MethodPost, "/modules", bytes.NewReader([]byte("module"))),
	} {
		rec := httptest.NewRecorder()
		e.s.Handler().ServeHTTP(rec, r)
		wantStatus(t, rec, http.StatusNotFound)
	}
}

func TestPublicTextStripsURLsAndPaths(t *testing.T) {
	in := `Post "https://mainnet.example/v3/SECRETKEY": dial tcp 10.0.0.7:8545: open /var/lib/agg/fetch-cache/x: refused`
	out := publicText(in)
	if strings.Contains(out, "SECRETKEY") || strings.Contains(out, "/var/lib") || strings.Contains(out, "10.0.0.7") || !strings.Contains(out, "refused") {
		t.Fatalf("publicText(%q) = %q", in, out)
	}
}

// A pending task stored before records carried their task hash is resumed after an upgrade:
// its responses are accepted, not mistaken for a replaced task's.
func TestLegacyRecordWithoutHashResumes(t *testing.T) {
	e := newEnv(t)
	task := testTask(1)
	h, _ := e.s.codec.TaskHash(task)
	e.chain.tasks[1] = taskmanager.ITaskManagerTaskRecord{TaskHash: h, State: uint8(onchain.TaskPending)}
	rec := TaskRecord{ID: 1, Task: task, State: StatePending, CreatedBlock: 100}
	if err := e.s.store.db.Update(func(tx *bolt.Tx) error {
		return putTask(tx.Bucket(bucketTasks), tx.Bucket(bucketPending), rec)
	}); err != nil {
		t.Fatal(err)
	}
	pending, err := e.s.store.PendingTasks()
	if err != nil || len(pending) != 1 || pending[0].TaskHash != (common.Hash{}) {
		t.Fatalf("legacy record: %v %+v", err, pending)
	}
	e.s.track(e.ctx, pending[0])
	e.waitFor(func() bool {
		tk := e.s.task(1)
		tk.mu.Lock()
		defer tk.mu.Unlock()
		return tk.set != nil
	}, "task loaded")
	wantStatus(t, e.postJSON("/v1/responses", e.signed(0, 1, task, "out")), http.StatusAccepted)
}
