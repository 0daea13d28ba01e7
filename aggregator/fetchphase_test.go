package aggregator

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/httpcall"
	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/protocol/onchain"
)

// fetchEnv is newEnv (operators of stake 10, 20 and 30 in quorum 0, threshold 60%: the fetch
// quorum is 36) with a short fetch grace and the extension goroutines under the env's context.
func fetchEnv(t *testing.T, mutate ...func(*Config)) *env {
	t.Helper()
	e := newEnv(t, append([]func(*Config){func(c *Config) { c.FetchGrace = 10 * time.Millisecond }}, mutate...)...)
	e.s.runCtx = e.ctx
	return e
}

func withGrace(d time.Duration) func(*Config) { return func(c *Config) { c.FetchGrace = d } }

// priceCall is a median call of a price API whose body carries price.
func priceCall(url, price string) httpcall.Entry {
	return httpcall.Entry{
		Request:  httpcall.Request{Method: http.MethodGet, URL: url, Rule: httpcall.Rule{Kind: httpcall.RuleMedian, Path: "price"}},
		Response: httpcall.Response{Status: 200, Body: []byte(`{"price":` + price + `}`)},
	}
}

const priceURL = "https://prices.example/btc"

// observe is operator i's signed report on task id beyond prefix.
func (e *env) observe(i int, id uint32, task protocol.Task, prefix httpcall.Transcript, calls ...httpcall.Entry) protocol.Observations {
	e.t.Helper()
	h, err := e.s.codec.TaskHash(task)
	if err != nil {
		e.t.Fatal(err)
	}
	return protocol.NewObservations(e.s.chainID, e.s.cfg.TaskManager, id, h, prefix, calls, e.ops[i].kp)
}

func (e *env) get(path string) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	e.s.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	return rec
}

// transcriptOf is GET /v1/transcripts/{id}, which must answer 200.
func (e *env) transcriptOf(id uint32) protocol.TaskTranscript {
	e.t.Helper()
	rec := e.get("/v1/transcripts/" + itoa(uint64(id)))
	if rec.Code != http.StatusOK {
		e.t.Fatalf("GET transcript: %d %s", rec.Code, rec.Body.String())
	}
	var tt protocol.TaskTranscript
	if err := json.Unmarshal(rec.Body.Bytes(), &tt); err != nil {
		e.t.Fatal(err)
	}
	return tt
}

func (e *env) waitCalls(id uint32, n int) protocol.TaskTranscript {
	e.t.Helper()
	var tt protocol.TaskTranscript
	e.waitFor(func() bool { tt = e.transcriptOf(id); return len(tt.Transcript) >= n }, "transcript of task %d with %d calls", id, n)
	return tt
}

// verify checks tt as an operator does, with the stakes of the fake registry.
func (e *env) verify(tt protocol.TaskTranscript, task protocol.Task) {
	e.t.Helper()
	stakes, total := map[common.Hash]*big.Int{}, new(big.Int)
	for i, s := range []int64{10, 20, 30} {
		stakes[e.ops[i].id] = new(big.Int).Mul(big.NewInt(s), big.NewInt(1e18))
		total.Add(total, stakes[e.ops[i].id])
	}
	h, _ := e.s.codec.TaskHash(task)
	if err := protocol.VerifyTaskTranscript(tt, e.s.chainID, e.s.cfg.TaskManager, h, stakes, protocol.FetchQuorum(total, task.QuorumThresholdPercentage)); err != nil {
		e.t.Fatalf("transcript does not verify: %v", err)
	}
}

func reportsBy(r protocol.TranscriptRound) []common.Hash {
	var out []common.Hash
	for _, o := range r.Reports {
		out = append(out, o.OperatorID)
	}
	return out
}

func sortedIDs(ids ...common.Hash) []common.Hash {
	out := append([]common.Hash(nil), ids...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if bytes.Compare(out[j][:], out[i][:]) < 0 {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

func sameIDs(a, b []common.Hash) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Three operators report different prices for a median call; every operator with stake
// reported, so the round extends at once (the grace is an hour) and the agreed entry is the
// stake-weighted median. The round holds exactly the three reports, sorted by operator id,
// and the transcript verifies as operators check it. A report on the old prefix is then
// stale; one report per operator per round.
func TestObservationsExtendTranscript(t *testing.T) {
	e := fetchEnv(t, withGrace(time.Hour))
	task := testTask(1)
	e.create(1, task)

	rec := e.get("/v1/transcripts/1")
	wantStatus(t, rec, http.StatusOK)
	if !strings.Contains(rec.Body.String(), `"transcript":[]`) || !strings.Contains(rec.Body.String(), `"rounds":[]`) {
		t.Fatalf("empty transcript body %s", rec.Body.String())
	}
	if tt := e.transcriptOf(1); tt.TaskID != 1 || tt.Digest != (common.Hash{}) || len(tt.Transcript)+len(tt.Rounds) != 0 {
		t.Fatalf("empty transcript %+v", tt)
	}

	for i, price := range []string{"10", "20", "30"} {
		wantStatus(t, e.postJSON("/v1/observations", e.observe(i, 1, task, nil, priceCall(priceURL, price))), http.StatusAccepted)
	}
	tt := e.waitCalls(1, 1)
	h, _ := e.s.codec.TaskHash(task)
	if tt.TaskHash != h || len(tt.Transcript) != 1 || tt.Digest != common.Hash(tt.Transcript.Digest()) {
		t.Fatalf("transcript %+v", tt)
	}
	// Weights 10, 20, 30 at prices 10, 20, 30: the lower weighted median is 20.
	if got := string(tt.Transcript[0].Response.Body); got != `{"price":20}` {
		t.Fatalf("agreed body %s, want the median's", got)
	}
	if len(tt.Rounds) != 1 || tt.Rounds[0].PrefixLen != 0 || tt.Rounds[0].Added != 1 ||
		!sameIDs(reportsBy(tt.Rounds[0]), sortedIDs(e.ops[0].id, e.ops[1].id, e.ops[2].id)) {
		t.Fatalf("round %+v", tt.Rounds)
	}
	e.verify(tt, task)
	if n := metricValue(e.s.metrics.transcriptRounds); n != 1 {
		t.Fatalf("%v rounds counted", n)
	}

	// The old prefix is stale: the reply says where to look.
	rec = e.postJSON("/v1/observations", e.observe(0, 1, task, nil, priceCall(priceURL, "11")))
	wantStatus(t, rec, http.StatusConflict)
	if !strings.Contains(rec.Body.String(), "GET /v1/transcripts/1") {
		t.Fatalf("stale reply %s", rec.Body.String())
	}

	// Next round: one report per operator.
	next := priceCall("https://prices.example/eth", "3")
	first := e.observe(2, 1, task, tt.Transcript, next)
	wantStatus(t, e.postJSON("/v1/observations", first), http.StatusAccepted)
	wantStatus(t, e.postJSON("/v1/observations", first), http.StatusConflict)
	rec = e.postJSON("/v1/observations", e.observe(2, 1, task, tt.Transcript, priceCall("https://prices.example/eth", "4")))
	wantStatus(t, rec, http.StatusConflict)
	if !strings.Contains(rec.Body.String(), "different") {
		t.Fatalf("conflicting report reply %s", rec.Body.String())
	}
	if got := metricValue(e.s.metrics.observationsAccepted); got != 4 {
		t.Fatalf("%v observations accepted, want 4", got)
	}
}

// Reports holding the quorum (20+30 of 60, quorum 36) extend after the grace without the
// third operator; fewer (30 alone) never do. The median is then over the two that reported.
func TestObservationsGraceWithQuorum(t *testing.T) {
	e := fetchEnv(t)
	task := testTask(1)
	e.create(1, task)
	wantStatus(t, e.postJSON("/v1/observations", e.observe(2, 1, task, nil, priceCall(priceURL, "30"))), http.StatusAccepted)
	time.Sleep(50 * time.Millisecond)
	if tt := e.transcriptOf(1); len(tt.Transcript) != 0 {
		t.Fatalf("extended without a quorum: %+v", tt)
	}
	wantStatus(t, e.postJSON("/v1/observations", e.observe(1, 1, task, nil, priceCall(priceURL, "20"))), http.StatusAccepted)
	tt := e.waitCalls(1, 1)
	// Weights 20 and 30 at prices 20 and 30: the lower weighted median is 30.
	if got := string(tt.Transcript[0].Response.Body); got != `{"price":30}` {
		t.Fatalf("agreed body %s", got)
	}
	if len(tt.Rounds) != 1 || !sameIDs(reportsBy(tt.Rounds[0]), sortedIDs(e.ops[1].id, e.ops[2].id)) {
		t.Fatalf("round %+v", tt.Rounds)
	}
	e.verify(tt, task)
	wantStatus(t, e.postJSON("/v1/observations", e.observe(0, 1, task, nil, priceCall(priceURL, "10"))), http.StatusConflict)
	if st, err := e.s.store.Transcript(1); err != nil || len(st.Pending) != 0 || len(st.Rounds) != 1 {
		t.Fatalf("stored state %+v %v", st, err)
	}
}

// Every refusal of POST /v1/observations, in the documented order; none changes anything.
func TestObservationsRejected(t *testing.T) {
	e := fetchEnv(t, withGrace(time.Hour))
	task := testTask(1)
	e.create(1, task)
	call := priceCall(priceURL, "10")
	checks := func() int { return int(metricValue(e.s.metrics.observationChecks)) }

	for _, body := range []string{`{`, `{"taskId":1,"bogus":1}`, `[]`, `{"taskId":1} {}`} {
		wantStatus(t, e.post("/v1/observations", []byte(body)), http.StatusBadRequest)
	}
	noCalls := e.observe(0, 1, task, nil, call)
	noCalls.Calls = nil
	wantStatus(t, e.postJSON("/v1/observations", noCalls), http.StatusBadRequest)
	zeroHash := protocol.NewObservations(e.s.chainID, e.s.cfg.TaskManager, 1, [32]byte{}, nil, []httpcall.Entry{call}, e.ops[0].kp)
	wantStatus(t, e.postJSON("/v1/observations", zeroHash), http.StatusBadRequest)
	badCall := e.observe(0, 1, task, nil, call)
	badCall.Calls[0].Response.Status = 42
	wantStatus(t, e.postJSON("/v1/observations", badCall), http.StatusBadRequest)

	huge := []byte(`{"taskId":1,"calls":"` + strings.Repeat("a", protocol.MaxObservationsBytes) + `"}`)
	wantStatus(t, e.post("/v1/observations", huge), http.StatusRequestEntityTooLarge)

	wantStatus(t, e.postJSON("/v1/observations", e.observe(0, 9, task, nil, call)), http.StatusNotFound)
	rec := e.postJSON("/v1/observations", e.observe(0, 1, testTask(2), nil, call))
	wantStatus(t, rec, http.StatusServiceUnavailable)
	if rec.Header().Get("Retry-After") != "1" {
		t.Fatal("503 without Retry-After")
	}

	stranger, err := bls.NewKeyPairFromString("4242")
	if err != nil {
		t.Fatal(err)
	}
	h, _ := e.s.codec.TaskHash(task)
	wantStatus(t, e.postJSON("/v1/observations", protocol.NewObservations(e.s.chainID, e.s.cfg.TaskManager, 1, h, nil,
		[]httpcall.Entry{call}, stranger)), http.StatusForbidden)

	wantStatus(t, e.postJSON("/v1/observations", e.observe(1, 1, task, httpcall.Transcript{call}, call)), http.StatusConflict)
	if checks() != 0 {
		t.Fatalf("%d pairings before the signature check", checks())
	}

	// Operator 0's id with operator 1's keys (validly signed by operator 1): refused on the
	// registered key, without a pairing.
	theirs := e.observe(1, 1, task, nil, call)
	theirs.OperatorID = e.ops[0].id
	wantStatus(t, e.postJSON("/v1/observations", theirs), http.StatusUnauthorized)
	if checks() != 0 {
		t.Fatalf("%d pairings for another operator's key", checks())
	}
	// Operator 0's keys, operator 1's signature.
	forged := e.observe(0, 1, task, nil, call)
	forged.Signature = e.observe(1, 1, task, nil, call).Signature
	wantStatus(t, e.postJSON("/v1/observations", forged), http.StatusUnauthorized)
	if checks() != 1 {
		t.Fatalf("%d pairings, want 1", checks())
	}
	// Signed over another prefix than it claims.
	lying := e.observe(0, 1, task, nil, call)
	lying.Calls = httpcall.Transcript{priceCall(priceURL, "99")}
	wantStatus(t, e.postJSON("/v1/observations", lying), http.StatusUnauthorized)
	// Three failures: operator 0 is rate limited on this task, the others are not.
	rec = e.postJSON("/v1/observations", e.observe(0, 1, task, nil, call))
	wantStatus(t, rec, http.StatusTooManyRequests)
	if rec.Header().Get("Retry-After") == "" || checks() != 2 {
		t.Fatalf("rate limit: Retry-After %q, %d pairings", rec.Header().Get("Retry-After"), checks())
	}
	if st, err := e.s.store.Transcript(1); err != nil || len(st.Pending) != 0 {
		t.Fatalf("a refused report was stored: %+v %v", st.Pending, err)
	}

	wantStatus(t, e.postJSON("/v1/observations", e.observe(1, 1, task, nil, call)), http.StatusAccepted)
	wantStatus(t, e.postJSON("/v1/observations", e.observe(1, 1, task, nil, call)), http.StatusConflict)
	tk := e.s.task(1)
	tk.mu.Lock()
	tk.fetch.fails[e.ops[0].id].next = time.Now().Add(-time.Millisecond)
	tk.mu.Unlock()
	wantStatus(t, e.postJSON("/v1/observations", e.observe(0, 1, task, nil, call)), http.StatusAccepted)
	if st, err := e.s.store.Transcript(1); err != nil || len(st.Pending) != 2 {
		t.Fatalf("%d reports stored, want 2 (%v)", len(st.Pending), err)
	}

	// A checked response of the same operator does not make its report a duplicate, nor
	// the other way round.
	wantStatus(t, e.postJSON("/v1/responses", e.signed(2, 1, task, "out")), http.StatusAccepted)
	wantStatus(t, e.postJSON("/v1/observations", e.observe(2, 1, task, nil, call)), http.StatusAccepted)

	e.s.head.Store(200)
	wantStatus(t, e.postJSON("/v1/observations", e.observe(1, 1, task, nil, call)), http.StatusGone)
}

// A restart (store reopened, new Service) keeps the transcript, its rounds and the current
// round's reports; the round goes on from them.
func TestObservationsReloadedAfterRestart(t *testing.T) {
	dir := t.TempDir()
	withDir := func(c *Config) { c.DataDir = dir }
	e := fetchEnv(t, withDir, withGrace(time.Hour))
	task := testTask(1)
	e.create(1, task)
	for i, price := range []string{"10", "20", "30"} {
		wantStatus(t, e.postJSON("/v1/observations", e.observe(i, 1, task, nil, priceCall(priceURL, price))), http.StatusAccepted)
	}
	tt := e.waitCalls(1, 1)
	next := priceCall("https://prices.example/eth", "3")
	wantStatus(t, e.postJSON("/v1/observations", e.observe(2, 1, task, tt.Transcript, next)), http.StatusAccepted)
	e.stop()

	e2 := fetchEnv(t, withDir, withGrace(time.Hour))
	h, _ := e2.s.codec.TaskHash(task)
	e2.chain.tasks[1] = taskmanager.ITaskManagerTaskRecord{TaskHash: h, State: uint8(onchain.TaskPending)}
	// A report stored just before the stop, with nothing in memory yet.
	if err := e2.s.store.AddObservations(1, h, e2.observe(1, 1, task, tt.Transcript, next)); err != nil {
		t.Fatal(err)
	}
	if err := e2.s.store.AddObservations(1, h, e2.observe(0, 1, task, nil, next)); !errors.Is(err, ErrStalePrefix) {
		t.Fatalf("report on an old prefix stored: %v", err)
	}
	// Before the task is loaded, GET answers from the store.
	if got := e2.transcriptOf(1); got.Digest != tt.Digest || len(got.Rounds) != 1 {
		t.Fatalf("stored transcript %+v", got)
	}
	pending, err := e2.s.store.PendingTasks()
	if err != nil || len(pending) != 1 {
		t.Fatalf("pending %v %v", pending, err)
	}
	e2.s.track(e2.ctx, pending[0])
	e2.waitFor(func() bool {
		tk := e2.s.task(1)
		tk.mu.Lock()
		defer tk.mu.Unlock()
		return tk.fetch.loaded
	}, "fetch phase loaded")
	if got := e2.transcriptOf(1); got.Digest != tt.Digest || len(got.Transcript) != 1 || len(got.Rounds) != 1 {
		t.Fatalf("reloaded transcript %+v", got)
	}
	wantStatus(t, e2.postJSON("/v1/observations", e2.observe(2, 1, task, tt.Transcript, next)), http.StatusConflict)
	wantStatus(t, e2.postJSON("/v1/observations", e2.observe(1, 1, task, tt.Transcript, next)), http.StatusConflict)
	wantStatus(t, e2.postJSON("/v1/observations", e2.observe(0, 1, task, tt.Transcript, next)), http.StatusAccepted)
	got := e2.waitCalls(1, 2)
	if len(got.Rounds) != 2 || got.Rounds[1].PrefixLen != 1 || len(got.Rounds[1].Reports) != 3 {
		t.Fatalf("second round %+v", got.Rounds)
	}
	e2.verify(got, task)
}

// A restart finding stored reports that hold the quorum extends after the grace.
func TestObservationsResumeRoundAfterRestart(t *testing.T) {
	e := fetchEnv(t)
	task := testTask(1)
	h, _ := e.s.codec.TaskHash(task)
	if _, _, err := e.s.store.AddTasks([]TaskRecord{{ID: 1, Task: task, TaskHash: h, State: StatePending}}, 101); err != nil {
		t.Fatal(err)
	}
	for _, i := range []int{1, 2} {
		if err := e.s.store.AddObservations(1, h, e.observe(i, 1, task, nil, priceCall(priceURL, "5"))); err != nil {
			t.Fatal(err)
		}
	}
	e.chain.tasks[1] = taskmanager.ITaskManagerTaskRecord{TaskHash: h, State: uint8(onchain.TaskPending)}
	rec, _, _ := e.s.store.Task(1)
	e.s.track(e.ctx, rec)
	tt := e.waitCalls(1, 1)
	e.verify(tt, task)
}

// Answered tasks keep their transcript (blockless replay reads it later), served from the store.
func TestTranscriptKeptAfterAnswer(t *testing.T) {
	e := fetchEnv(t)
	task := testTask(1)
	e.create(1, task)
	for i, price := range []string{"10", "20", "30"} {
		wantStatus(t, e.postJSON("/v1/observations", e.observe(i, 1, task, nil, priceCall(priceURL, price))), http.StatusAccepted)
	}
	tt := e.waitCalls(1, 1)
	wantStatus(t, e.postJSON("/v1/responses", e.signed(2, 1, task, "out")), http.StatusAccepted)
	wantStatus(t, e.postJSON("/v1/responses", e.signed(1, 1, task, "out")), http.StatusAccepted)
	e.waitFor(func() bool { return e.record(1).State == StateAnswered && e.s.task(1) == nil }, "task answered")
	got := e.transcriptOf(1)
	if got.Digest != tt.Digest || len(got.Rounds) != 1 || got.TaskHash != tt.TaskHash {
		t.Fatalf("transcript after the answer %+v", got)
	}
	e.verify(got, task)
	wantStatus(t, e.postJSON("/v1/observations", e.observe(0, 1, task, tt.Transcript, priceCall(priceURL, "1"))), http.StatusGone)

	wantStatus(t, e.get("/v1/transcripts/x"), http.StatusBadRequest)
	wantStatus(t, e.get("/v1/transcripts/4294967296"), http.StatusBadRequest)
	wantStatus(t, e.get("/v1/transcripts/77"), http.StatusNotFound)
}

// A reorg that replaces the task drops its transcript and reports with its responses.
func TestTranscriptDroppedOnReorg(t *testing.T) {
	e := fetchEnv(t)
	oldTask, newTask := testTask(1), testTask(2)
	e.create(1, oldTask)
	for i, price := range []string{"10", "20", "30"} {
		wantStatus(t, e.postJSON("/v1/observations", e.observe(i, 1, oldTask, nil, priceCall(priceURL, price))), http.StatusAccepted)
	}
	tt := e.waitCalls(1, 1)
	wantStatus(t, e.postJSON("/v1/observations", e.observe(2, 1, oldTask, tt.Transcript, priceCall(priceURL, "1"))), http.StatusAccepted)
	e.create(1, newTask)
	h, _ := e.s.codec.TaskHash(newTask)
	e.waitFor(func() bool {
		got := e.transcriptOf(1)
		return got.TaskHash == h && len(got.Transcript) == 0 && len(got.Rounds) == 0
	}, "transcript of the new task")
	if st, err := e.s.store.Transcript(1); err != nil || len(st.Rounds)+len(st.Pending)+len(st.Transcript) != 0 {
		t.Fatalf("state of the replaced task kept: %+v %v", st, err)
	}
	wantStatus(t, e.postJSON("/v1/observations", e.observe(2, 1, newTask, nil, priceCall(priceURL, "1"))), http.StatusAccepted)
}

// Every operator reported and no request has a quorum: nothing is agreed, and the task's
// expiry says why.
func TestDivergedRequestsExpire(t *testing.T) {
	e := fetchEnv(t)
	task := testTask(1)
	e.create(1, task)
	for i, url := range []string{"https://a.example/", "https://b.example/", "https://c.example/"} {
		wantStatus(t, e.postJSON("/v1/observations", e.observe(i, 1, task, nil, priceCall(url, "1"))), http.StatusAccepted)
	}
	tk := e.s.task(1)
	e.waitFor(func() bool {
		tk.mu.Lock()
		defer tk.mu.Unlock()
		return tk.fetch.diverged
	}, "divergence noticed")
	if tt := e.transcriptOf(1); len(tt.Transcript) != 0 {
		t.Fatalf("extended without a quorum: %+v", tt)
	}
	e.s.expireDue(e.ctx, 200)
	e.waitFor(func() bool { return e.record(1).State == StateExpired }, "task expired")
	if r := e.record(1).Reason; !strings.Contains(r, "operators' HTTP requests diverge") {
		t.Fatalf("expiry reason %q", r)
	}
}

// A pending grace timer neither outlives the Service nor extends a task that closed.
func TestGraceTimerBoundToServiceAndTask(t *testing.T) {
	e := fetchEnv(t, withGrace(100*time.Millisecond))
	task := testTask(1)
	e.create(1, task)
	for _, i := range []int{1, 2} {
		wantStatus(t, e.postJSON("/v1/observations", e.observe(i, 1, task, nil, priceCall(priceURL, "5"))), http.StatusAccepted)
	}
	e.s.expireDue(e.ctx, 200)
	e.waitFor(func() bool { return e.record(1).State == StateExpired }, "task expired")
	time.Sleep(200 * time.Millisecond)
	if st, err := e.s.store.Transcript(1); err != nil || len(st.Rounds) != 0 || len(st.Pending) != 2 {
		t.Fatalf("a closed task was extended: %+v %v", st, err)
	}

	e2 := fetchEnv(t, withGrace(time.Hour))
	e2.create(1, task)
	for _, i := range []int{1, 2} {
		wantStatus(t, e2.postJSON("/v1/observations", e2.observe(i, 1, task, nil, priceCall(priceURL, "5"))), http.StatusAccepted)
	}
	start := time.Now()
	e2.stop()
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("stop waited %v for a grace timer", d)
	}
}
