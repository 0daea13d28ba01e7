package aggregator

import (
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/zk/examples/threshold"
)

// view is GET /v1/tasks/{id} through the real handler.
func (e *env) view(id uint32) TaskView {
	e.t.Helper()
	rec := httptest.NewRecorder()
	e.s.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/v1/tasks/"+strconv.FormatUint(uint64(id), 10), nil))
	if rec.Code != http.StatusOK {
		e.t.Fatalf("GET task %d: %d %s", id, rec.Code, rec.Body.String())
	}
	var v TaskView
	if err := json.Unmarshal(rec.Body.Bytes(), &v); err != nil {
		e.t.Fatal(err)
	}
	return v
}

// proveFor proves the threshold statement of input for task id.
func (e *env) proveFor(fx zkFixture, task protocol.Task, id uint32, input string) protocol.ProofResponse {
	e.t.Helper()
	h, err := e.s.codec.TaskHash(task)
	if err != nil {
		e.t.Fatal(err)
	}
	wit, err := threshold.Witness([]byte(input))
	if err != nil {
		e.t.Fatal(err)
	}
	pf, err := fx.prover.Prove(h, wit)
	if err != nil {
		e.t.Fatal(err)
	}
	return protocol.ProofResponse{TaskID: id, Output: pf.Output, Proof: pf.Proof}
}

// The handler answers 202 before the transaction is mined: the fake holds respondWithProof
// until the test releases it, and the reply has arrived long before. Meanwhile the task shows
// as submitting and takes no other proof.
func TestProofAcceptedBeforeMined(t *testing.T) {
	fx := buildZk(t)
	e := newEnv(t)
	gate := make(chan struct{})
	e.sender.proofGate = gate
	task := e.zkTask(1, fx)
	pr := e.proveFor(fx, task, 1, `{"value":"720","salt":"0x2a","bound":"650"}`)

	replied := make(chan *httptest.ResponseRecorder, 1)
	go func() { replied <- e.postJSON("/v1/proofs", pr) }()
	var rec *httptest.ResponseRecorder
	select {
	case rec = <-replied:
	case <-time.After(10 * time.Second):
		close(gate) // let the handler finish so the test can end
		t.Fatal("no reply while the transaction is not mined: the handler waits for the chain")
	}
	wantStatus(t, rec, http.StatusAccepted)
	var body map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || body["status"] != "accepted" || body["taskId"] != float64(1) {
		t.Fatalf("body %s (%v)", rec.Body.String(), err)
	}
	e.waitFor(func() bool { _, _, n := e.sender.counts(); return n == 1 }, "respondWithProof sent")
	if v := e.view(1); v.State != StatePending || v.Phase != phaseSubmitting.String() {
		t.Fatalf("while mining: state %s phase %q", v.State, v.Phase)
	}
	wantStatus(t, e.postJSON("/v1/proofs", pr), http.StatusConflict)

	gate <- struct{}{}
	e.waitFor(func() bool { return e.record(1).State == StateAnswered }, "task answered")
	if v := e.view(1); v.State != StateAnswered || v.ResponseTx == nil {
		t.Fatalf("after mining: %+v", v)
	}
	if n := metricValue(e.s.metrics.proofsAccepted); n != 1 {
		t.Fatalf("proofs_accepted_total %v, want 1", n)
	}
}

// RPC down while the proof is submitted in the background: retried with backoff until it lands.
func TestProofSubmitRetriesThroughRPCOutage(t *testing.T) {
	fx := buildZk(t)
	e := newEnv(t)
	e.sender.proofErr = func(n int) error {
		if n <= 3 {
			return &submitError{outcomeRetry, errRPCDown}
		}
		return nil
	}
	task := e.zkTask(1, fx)
	wantStatus(t, e.postJSON("/v1/proofs", e.proveFor(fx, task, 1, `{"value":"720","salt":"0x2a","bound":"650"}`)), http.StatusAccepted)
	e.chain.setDown(true)
	e.waitFor(func() bool { _, _, n := e.sender.counts(); return n >= 2 }, "retries")
	if v := e.view(1); v.State != StatePending || v.Phase != phaseSubmitting.String() {
		t.Fatalf("during the outage: state %s phase %q", v.State, v.Phase)
	}
	e.chain.setDown(false)
	e.waitFor(func() bool { return e.record(1).State == StateAnswered }, "task answered")
	if _, _, n := e.sender.counts(); n != 4 {
		t.Fatalf("%d respondWithProof attempts, want 4", n)
	}
}

// A verified proof the TaskManager reverts re-opens the task: the refusal is counted and shown
// by GET /v1/tasks/{id}, the same proof is not sent again, and another prover's proof answers
// the task.
func TestProofRevertedOnChainReopensTask(t *testing.T) {
	fx := buildZk(t)
	e := newEnv(t)
	e.sender.proofErr = func(n int) error {
		if n == 1 {
			return &submitError{outcomePermanent, errors.New("execution reverted: ProofRejected(1, 0x)")}
		}
		return nil
	}
	task := e.zkTask(1, fx)
	first := e.proveFor(fx, task, 1, `{"value":"720","salt":"0x2a","bound":"650"}`)
	wantStatus(t, e.postJSON("/v1/proofs", first), http.StatusAccepted)
	e.waitFor(func() bool { return metricValue(e.s.metrics.proofsRefused) == 1 }, "refusal counted")
	v := e.view(1)
	if v.State != StatePending || v.Phase != phaseStalled.String() || !strings.Contains(v.SubmitError, "respondWithProof refused") {
		t.Fatalf("after the revert: state %s phase %q submitError %q", v.State, v.Phase, v.SubmitError)
	}
	wantStatus(t, e.postJSON("/v1/proofs", first), http.StatusUnprocessableEntity)
	if _, _, n := e.sender.counts(); n != 1 {
		t.Fatalf("%d respondWithProof, want 1: a refused proof was sent again", n)
	}

	second := e.proveFor(fx, task, 1, `{"value":"720","salt":"0x2b","bound":"650"}`)
	second.OperatorID[0] = 2 // another prover
	wantStatus(t, e.postJSON("/v1/proofs", second), http.StatusAccepted)
	e.waitFor(func() bool { return e.record(1).State == StateAnswered }, "task answered by the second proof")
	if _, _, n := e.sender.counts(); n != 2 {
		t.Fatalf("%d respondWithProof, want 2", n)
	}
}

// A proof verified once the service is stopping is refused (503) rather than taken and dropped;
// the task is not left marked as submitting.
func TestProofRefusedWhileStopping(t *testing.T) {
	fx := buildZk(t)
	e := newEnv(t)
	task := e.zkTask(1, fx)
	e.s.proofs.close() // what proofLoop does when the Service's context ends
	rec := e.postJSON("/v1/proofs", e.proveFor(fx, task, 1, `{"value":"720","salt":"0x2a","bound":"650"}`))
	wantStatus(t, rec, http.StatusServiceUnavailable)
	if _, _, n := e.sender.counts(); n != 0 {
		t.Fatalf("%d respondWithProof after the loop stopped", n)
	}
	if v := e.view(1); v.Phase == phaseSubmitting.String() {
		t.Fatalf("task left submitting: %+v", v)
	}
}
