package aggregator

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/consensys/gnark/logger"

	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/zk/artifacts"
	"github.com/blockless/avs/zk/examples/threshold"
	"github.com/blockless/avs/zk/proving"
)

// zkFixture is a built threshold circuit: its manifest and keys.
type zkFixture struct {
	manifest, vk []byte
	prover       *proving.Prover
}

func buildZk(t testing.TB) zkFixture {
	t.Helper()
	logger.Disable()
	ccs, err := proving.Compile(threshold.Circuit())
	if err != nil {
		t.Fatal(err)
	}
	keys, err := proving.Setup(ccs, "V")
	if err != nil {
		t.Fatal(err)
	}
	m := artifacts.NewManifest("threshold", ccs, keys, []byte("witness module"), proving.SetupSingleParty)
	// Only the manifest and the verifying key are reachable: the aggregator must not need the
	// proving key or the constraint system.
	m.VerifyingKey.URIs = []string{"https://artifacts.example/vk"}
	m.ProvingKey.URIs = []string{"https://artifacts.example/pk"}
	m.ConstraintSystem.URIs = []string{"https://artifacts.example/ccs"}
	mb, err := m.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	p, err := proving.LoadProver(m, keys.ConstraintSystem, keys.ProvingKey, keys.VerifyingKey)
	if err != nil {
		t.Fatal(err)
	}
	return zkFixture{manifest: mb, vk: keys.VerifyingKey, prover: p}
}

// zkTask registers task id as a zk task of the fixture's function (artifacts served by the
// fake fetcher) and returns it.
func (e *env) zkTask(id uint32, fx zkFixture) protocol.Task {
	e.fetcher.mu.Lock()
	e.fetcher.data["https://artifacts.example/manifest"] = fx.manifest
	e.fetcher.data["https://artifacts.example/vk"] = fx.vk
	e.fetcher.mu.Unlock()
	task := testTask(byte(id))
	task.ModuleDigest = sha256.Sum256(fx.manifest)
	e.create(id, task)
	e.makeZk(id, "https://artifacts.example/manifest")
	return task
}

// A valid proof is verified off chain with only the manifest and verifying key fetched, taken
// (202) and submitted in the background; a second zk task of the same function fetches nothing
// more.
func TestProofVerifiedAndSubmitted(t *testing.T) {
	fx := buildZk(t)
	e := newEnv(t)
	task := e.zkTask(1, fx)
	h, _ := e.s.codec.TaskHash(task)
	wit, err := threshold.Witness([]byte(`{"value":"720","salt":"0x2a","bound":"650"}`))
	if err != nil {
		t.Fatal(err)
	}
	pf, err := fx.prover.Prove(h, wit)
	if err != nil {
		t.Fatal(err)
	}
	bad := protocol.ProofResponse{TaskID: 1, Output: pf.Output, Proof: pf.Proof}
	bad.Output = append([]byte(nil), pf.Output...)
	bad.Output[len(bad.Output)-1] ^= 1
	wantStatus(t, e.postJSON("/v1/proofs", bad), http.StatusUnprocessableEntity)
	wantStatus(t, e.postJSON("/v1/proofs", protocol.ProofResponse{TaskID: 1, Output: pf.Output, Proof: pf.Proof}), http.StatusAccepted)
	e.waitFor(func() bool { return e.record(1).State == StateAnswered }, "task 1 answered")
	task2 := e.zkTask(2, fx)
	h2, _ := e.s.codec.TaskHash(task2)
	pf2, err := fx.prover.Prove(h2, wit)
	if err != nil {
		t.Fatal(err)
	}
	wantStatus(t, e.postJSON("/v1/proofs", protocol.ProofResponse{TaskID: 2, Output: pf2.Output, Proof: pf2.Proof}), http.StatusAccepted)
	e.waitFor(func() bool { return e.record(2).State == StateAnswered }, "task 2 answered")
	if _, _, n := e.sender.counts(); n != 2 {
		t.Fatalf("%d respondWithProof, want 2", n)
	}
	if e.fetcher.calls != 2 { // manifest + verifying key, once
		t.Fatalf("%d fetches, want 2 (manifest and verifying key)", e.fetcher.calls)
	}
}

// Status codes each endpoint may answer (API.md).
var (
	responseStatuses = map[int]bool{400: true, 413: true, 404: true, 410: true, 503: true, 403: true, 401: true, 409: true, 429: true, 202: true}
	proofStatuses    = map[int]bool{400: true, 413: true, 404: true, 410: true, 409: true, 429: true, 422: true, 503: true, 202: true}
)

// snapshot is the state a rejected request must leave untouched.
func (e *env) snapshot(t testing.TB) string {
	var b strings.Builder
	for _, id := range []uint32{1, 2, 3} {
		rec, _, _ := e.s.store.Task(id)
		rs, _ := e.s.store.Responses(id)
		json.NewEncoder(&b).Encode(struct {
			S RecordState
			R string
			N int
		}{rec.State, rec.Reason, len(rs)})
		if tk := e.s.task(id); tk != nil {
			tk.mu.Lock()
			json.NewEncoder(&b).Encode(struct {
				N          int
				Sub, Done  bool
				ProofBusy  bool
				VerifyBusy int
			}{len(tk.responses), tk.phase == phaseSubmitting, tk.phase == phaseDone, tk.proofBusy, len(tk.verifying)})
			tk.mu.Unlock()
		}
	}
	return b.String()
}

func fuzzRequest(path string, body []byte, contentType string) *http.Request {
	req := httptest.NewRequest(http.MethodPost, path, bytes.NewReader(body))
	if contentType != "" && !strings.ContainsAny(contentType, "\r\n\x00") {
		req.Header.Set("Content-Type", contentType)
	}
	return req
}

// fuzzEnv is a service with a pending task 1 (zk when fx is given), a pending certificate
// task 2 and an expired task 3.
func fuzzEnv(f *testing.F, fx *zkFixture) (*env, protocol.Task) {
	e := newEnv(f)
	var task protocol.Task
	if fx != nil {
		task = e.zkTask(1, *fx)
	} else {
		task = testTask(1)
		e.create(1, task)
	}
	e.create(2, testTask(2))
	e.create(3, testTask(3))
	e.s.finishExpired(e.s.task(3), "no responses", [32]byte{})
	return e, task
}

// fuzzCheck runs one request and checks the invariants: documented status (a 500 would be a
// caught panic or an internal error), state unchanged unless accepted.
func fuzzCheck(t *testing.T, e *env, path string, body []byte, contentType string, allowed map[int]bool, accepted int) {
	for _, id := range []uint32{1, 2} { // keep the deep checks reachable: no rate limit carries over
		if tk := e.s.task(id); tk != nil {
			tk.mu.Lock()
			clear(tk.fails)
			tk.proofFails = failures{}
			tk.mu.Unlock()
		}
	}
	before := e.snapshot(t)
	rec := httptest.NewRecorder()
	e.s.Handler().ServeHTTP(rec, fuzzRequest(path, body, contentType))
	if !allowed[rec.Code] {
		t.Fatalf("status %d not documented for %s: %s (body %q)", rec.Code, path, rec.Body.String(), body)
	}
	if rec.Code != accepted {
		if after := e.snapshot(t); after != before {
			t.Fatalf("rejected request (%d) changed state:\n%s\n->\n%s", rec.Code, before, after)
		}
	}
}

// FuzzPostResponse drives POST /v1/responses with arbitrary bodies and headers against a
// service on a fake chain. Only operator 0 (too little stake to reach the threshold alone) can
// be accepted, so every state change is synchronous with its request.
func FuzzPostResponse(f *testing.F) {
	e, task := fuzzEnv(f, nil)
	good, err := json.Marshal(e.signed(0, 1, task, "out"))
	if err != nil {
		f.Fatal(err)
	}
	forged := e.signed(0, 1, task, "out")
	forged.Signature = e.signed(1, 1, task, "out").Signature
	fb, _ := json.Marshal(forged)
	other, _ := json.Marshal(e.signed(0, 2, testTask(2), "x"))
	settled, _ := json.Marshal(e.signed(0, 3, testTask(3), "x"))
	// The malformed inputs of the devnet test (tests/aggregator_test.go), as seeds.
	offCurve := e.signed(0, 1, task, "out")
	offCurve.Signature = protocol.G1JSON{X: "1", Y: "1"}
	oc, _ := json.Marshal(offCurve)
	mismatch := e.signed(0, 1, task, "out")
	mismatch.Output = protocol.HexBytes("other")
	mm, _ := json.Marshal(mismatch)
	unknown, _ := json.Marshal(e.signed(0, 999_999, task, "BAD"))
	elsewhere := e.signed(0, 1, task, "out")
	elsewhere.Signature = e.signed(0, 1, task, "ELSE").Signature
	ew, _ := json.Marshal(elsewhere)
	big := append([]byte(`{"taskId":1,"output":"0x`), bytes.Repeat([]byte("ab"), protocol.MaxSignedResponseBytes)...)
	for _, seed := range [][]byte{good, fb, other, settled, oc, mm, unknown, ew, append(big, `"}`...),
		[]byte(`{"taskId": 1, "signature": `), []byte(`[1,2,3]`), append(append([]byte(nil), good...), `{}`...),
		[]byte(`{}`), []byte(`[]`), []byte(`null`), []byte(``), []byte(`{"taskId":1}`), []byte(`{"taskId":1}{"taskId":1}`),
		[]byte(`{"taskId":"1"}`), []byte(`{"taskId":4294967296}`), []byte(`{"taskId":99,"operatorId":"0x01"}`),
		[]byte(`{"taskId":1,"output":"0xzz"}`), []byte(`{"taskId":1,"signature":{"x":"-1","y":"2"}}`),
		[]byte(`{"taskId":1,"signature":{"x":"1","y":"2"},"operatorId":"0x0000000000000000000000000000000000000000000000000000000000000001"}`),
		bytes.Repeat([]byte(" "), protocol.MaxSignedResponseBytes+1)} {
		f.Add(seed, "application/json")
	}
	f.Add(good, "text/plain")
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		fuzzCheck(t, e, "/v1/responses", body, contentType, responseStatuses, http.StatusAccepted)
	})
}

// FuzzPostProof drives POST /v1/proofs likewise, with zk task 1 whose verifying key is
// available, so near-valid inputs reach the Groth16 verification. Only a valid proof (which the
// fuzzer cannot forge) is taken, and only it starts a background submission.
func FuzzPostProof(f *testing.F) {
	fx := buildZk(f)
	e, task := fuzzEnv(f, &fx)
	h, _ := e.s.codec.TaskHash(task)
	wit, err := threshold.Witness([]byte(`{"value":"720","salt":"0x2a","bound":"650"}`))
	if err != nil {
		f.Fatal(err)
	}
	pf, err := fx.prover.Prove(h, wit)
	if err != nil {
		f.Fatal(err)
	}
	out := append([]byte(nil), pf.Output...)
	out[len(out)-1] ^= 1 // verifies for nothing: the fuzzer starts one bit away from a valid proof
	near, _ := json.Marshal(protocol.ProofResponse{TaskID: 1, Output: out, Proof: pf.Proof})
	nonZk, _ := json.Marshal(protocol.ProofResponse{TaskID: 2, Output: pf.Output, Proof: pf.Proof})
	settled, _ := json.Marshal(protocol.ProofResponse{TaskID: 3, Output: pf.Output, Proof: pf.Proof})
	for _, seed := range [][]byte{near, nonZk, settled,
		[]byte(`{}`), []byte(`{"taskId":1}`), []byte(`{"taskId":1,"proof":"0x01"}`), []byte(`{"taskId":1,"output":"0x01","proof":"0x01"}`),
		[]byte(`{"taskId":1,"proof":"0x01","extra":1}`), []byte(`{"taskId":7,"proof":"0x01"}`), []byte(`{"taskId":1,"proof":"0x01"} x`),
		bytes.Repeat([]byte("a"), protocol.MaxProofResponseBytes+1)} {
		f.Add(seed, "application/json")
	}
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		fuzzCheck(t, e, "/v1/proofs", body, contentType, proofStatuses, http.StatusAccepted)
	})
}
