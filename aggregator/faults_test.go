package aggregator

import (
	"net/http"
	"sync"
	"testing"

	"github.com/blockless/avs/faults"
)

// faultRecorder is an in-memory FaultReporter.
type faultRecorder struct {
	mu  sync.Mutex
	got []faults.Evidence
}

func (f *faultRecorder) ReportFault(ev faults.Evidence) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.got = append(f.got, ev)
}

func (f *faultRecorder) evidence() []faults.Evidence {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]faults.Evidence(nil), f.got...)
}

// An operator whose verified response differs from the answer that lands is reported with its
// own signed response as evidence; the operators that signed the answer are not.
func TestContradictingSignatureReported(t *testing.T) {
	rec := &faultRecorder{}
	e := newEnv(t, func(c *Config) { c.Faults = rec })
	task := testTask(1)
	e.create(1, task)
	liar := e.signed(0, 1, task, "other")
	wantStatus(t, e.postJSON("/v1/responses", liar), http.StatusAccepted)
	wantStatus(t, e.postJSON("/v1/responses", e.signed(1, 1, task, "out")), http.StatusAccepted)
	wantStatus(t, e.postJSON("/v1/responses", e.signed(2, 1, task, "out")), http.StatusAccepted)
	e.waitFor(func() bool { return e.record(1).State == StateAnswered }, "task answered")
	e.waitFor(func() bool { return len(rec.evidence()) > 0 }, "fault reported")
	got := rec.evidence()
	if len(got) != 1 || got[0].Kind != faults.Contradiction || got[0].Signed.OperatorID != e.ops[0].id ||
		got[0].Signed.Signature != liar.Signature || got[0].Signed.TaskID != 1 {
		t.Fatalf("evidence %+v, want one contradiction by operator 0 with its signed response", got)
	}
}

// Without a reporter configured, nothing is reported (and nothing breaks).
func TestNoFaultReporter(t *testing.T) {
	e := newEnv(t)
	task := testTask(1)
	e.create(1, task)
	wantStatus(t, e.postJSON("/v1/responses", e.signed(0, 1, task, "other")), http.StatusAccepted)
	wantStatus(t, e.postJSON("/v1/responses", e.signed(1, 1, task, "out")), http.StatusAccepted)
	wantStatus(t, e.postJSON("/v1/responses", e.signed(2, 1, task, "out")), http.StatusAccepted)
	e.waitFor(func() bool { return e.record(1).State == StateAnswered }, "task answered")
}
