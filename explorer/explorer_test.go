package explorer

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/internal/browsertest"
	"github.com/blockless/avs/rewards/plan"
)

var (
	alice = common.HexToAddress("0x00000000000000000000000000000000000a11ce")
	bob   = common.HexToAddress("0x0000000000000000000000000000000000000b0b")
	opA   = plan.Operator{ID: common.Hash{0xa}, Address: common.HexToAddress("0xa0"), Stake: big.NewInt(30)}
	opB   = plan.Operator{ID: common.Hash{0xb}, Address: common.HexToAddress("0xb0"), Stake: big.NewInt(10)}
)

// indexed is an explorer whose model holds function 1 and tasks made by the indexer's own
// event handlers (no chain: these tests are about what is shown, the devnet test reads a chain).
func indexed(t *testing.T) *Explorer {
	t.Helper()
	x, err := New(nil, Config{}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	ix := x.x
	ix.function(1, taskmanager.ITaskManagerFunctionRecord{Owner: alice, Active: true, Spec: taskmanager.ITaskManagerFunctionSpec{
		ModuleDigest: [32]byte{1}, Limits: taskmanager.ITaskManagerResourceLimits{Fuel: 1000, MemoryBytes: 1 << 20, WallTimeMs: 1000, MaxOutputBytes: 64},
		BaseFee: big.NewInt(5), FuelPrice: big.NewInt(1)}}, typesLog(1))
	create := func(id uint32, requester common.Address, block uint64) {
		ix.created(&taskmanager.TaskManagerTaskCreated{TaskId: id, Input: []byte("in"), Task: taskmanager.ITaskManagerTask{
			FunctionId: 1, Requester: requester, QuorumNumbers: []byte{0}, QuorumThresholdPercentage: 60, ReferenceBlock: uint32(block - 1),
			DeadlineBlock: uint32(block + 50), Fee: big.NewInt(100)}}, Step{Block: block, Time: block * 2, Tx: common.Hash{byte(id)}})
	}
	answer := func(id uint32, block uint64, out string, signers, nonSigners []plan.Operator, gas uint64) {
		r := taskmanager.TaskManagerTaskResponded{TaskId: id, Response: taskmanager.ITaskManagerTaskResponse{TaskId: id, FuelUsed: 77,
			Output: []byte(out), OutputDigest: crypto.Keccak256Hash([]byte(out))}}
		ix.responded(&r, Step{Block: block, Time: block * 2, Tx: common.Hash{0xee, byte(id)}}, gas,
			plan.Answer{Kind: plan.AnsweredByQuorum, Signers: signers, NonSigners: nonSigners, Fee: big.NewInt(100),
				Earned: map[common.Address]*big.Int{opA.Address: big.NewInt(75), opB.Address: big.NewInt(25)}}, "")
	}
	ix.m.mu.Lock()
	ix.m.operator(opA.ID, opA.Address)
	ix.m.operator(opB.ID, opB.Address)
	ix.m.mu.Unlock()
	create(1, alice, 10)
	create(2, bob, 11)
	create(3, alice, 12)
	answer(1, 12, "42\n", []plan.Operator{opA, opB}, nil, 100_000)
	answer(2, 15, `<img src=x onerror="document.title='pwned'">`, []plan.Operator{opA}, []plan.Operator{opB}, 200_000)
	ix.m.mu.Lock()
	ix.m.head, ix.m.indexed = 20, 20
	ix.m.mu.Unlock()
	return x
}

func TestModelCountsAndFilters(t *testing.T) {
	x := indexed(t)
	m := x.m
	one := uint64(1)
	if got := len(m.Tasks(Filter{Function: &one})); got != 3 {
		t.Fatalf("function 1 has %d tasks, want 3", got)
	}
	if got := m.Tasks(Filter{Requester: &bob}); len(got) != 1 || got[0].ID != 2 {
		t.Fatalf("bob's tasks %+v", got)
	}
	if got := m.Tasks(Filter{State: "pending"}); len(got) != 1 || got[0].ID != 3 {
		t.Fatalf("pending tasks %+v", got)
	}
	if got := m.Tasks(Filter{Limit: 2}); len(got) != 2 || got[0].ID != 3 {
		t.Fatalf("newest first, limited: %+v", got)
	}
	t1, _ := m.Task(1)
	if !t1.OutputChecked || t1.OutputText != "42\n" || t1.LatencyBlocks != 2 || t1.LatencySeconds != 4 || t1.SignedStakePct != 100 {
		t.Fatalf("task 1 %+v", t1)
	}
	t2, _ := m.Task(2)
	if t2.SignedStakePct != 75 || len(t2.NonSigners) != 1 {
		t.Fatalf("task 2 signed %.2f%% with non-signers %v", t2.SignedStakePct, t2.NonSigners)
	}
	f := m.Functions()
	if len(f) != 1 || f[0].Tasks != 3 || f[0].Answered != 2 || f[0].BaseFee != "5" {
		t.Fatalf("functions %+v", f)
	}
	ops := m.Operators()
	byAddr := map[common.Address]Operator{}
	for _, o := range ops {
		byAddr[o.Address] = o
	}
	if a := byAddr[opA.Address]; a.Signed != 2 || a.Missed != 0 || a.Earned != "150" {
		t.Fatalf("operator A %+v", a)
	}
	if b := byAddr[opB.Address]; b.Signed != 1 || b.Missed != 1 || b.Earned != "50" {
		t.Fatalf("operator B %+v", b)
	}
	s := m.Stats(4)
	if s.Tasks != 3 || s.Answered != 2 || s.Pending != 1 || s.LatencyP50 != 2 || s.LatencyP99 != 4 || s.GasPerTask != 150_000 {
		t.Fatalf("stats %+v", s)
	}
	created, answered := 0, 0
	for _, b := range s.Buckets {
		created += b.Created
		answered += b.Answered
	}
	if created != 3 || answered != 2 || len(s.Buckets) > 4 {
		t.Fatalf("buckets %+v", s.Buckets)
	}
}

func TestOutputDigestChecked(t *testing.T) {
	var task Task
	task.setOutput([]byte("x"), crypto.Keccak256Hash([]byte("y")))
	if task.OutputChecked {
		t.Fatal("an output that does not hash to its digest was marked checked")
	}
	task.setOutput(nil, crypto.Keccak256Hash([]byte("long output kept off chain")))
	if task.OutputChecked || task.OutputInline {
		t.Fatal("an output kept off chain was marked checked")
	}
	task.setOutput([]byte{0, 1, 2}, crypto.Keccak256Hash([]byte{0, 1, 2}))
	if !task.OutputChecked || task.OutputText != "" || task.OutputHex != "000102" {
		t.Fatalf("binary output: %+v", task)
	}
}

func TestPercentile(t *testing.T) {
	xs := []float64{5, 1, 4, 2, 3}
	for p, want := range map[int]float64{50: 3, 90: 5, 99: 5, 1: 1} {
		if got := percentile(xs, p); got != want {
			t.Errorf("p%d = %v, want %v", p, got, want)
		}
	}
	if percentile(nil, 50) != 0 {
		t.Error("percentile of nothing")
	}
}

func TestAPIRefusesBadQueries(t *testing.T) {
	h := indexed(t).Handler()
	for path, want := range map[string]int{
		"/api/tasks?state=bogus":                http.StatusBadRequest,
		"/api/tasks?function=x":                 http.StatusBadRequest,
		"/api/tasks?requester=0x12":             http.StatusBadRequest,
		"/api/tasks?limit=100000":               http.StatusBadRequest,
		"/api/tasks/abc":                        http.StatusBadRequest,
		"/api/tasks/999":                        http.StatusNotFound,
		"/api/stats?buckets=0":                  http.StatusBadRequest,
		"/api/tasks?function=1":                 http.StatusOK,
		"/api/tx/0x12":                          http.StatusBadRequest,
		"/api/tx/" + common.Hash{0x99}.Hex():    http.StatusNotFound,
		"/api/tx/" + common.Hash{0xee, 2}.Hex(): http.StatusOK,
		"/api/tasks/2":                          http.StatusOK,
		"/api/operators":                        http.StatusOK,
		"/api/functions":                        http.StatusOK,
		"/":                                     http.StatusOK,
		"/app.js":                               http.StatusOK,
		"/api/tasks?requester=" + bob.Hex():     http.StatusOK,
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		if rec.Code != want {
			t.Errorf("GET %s: %d, want %d (%s)", path, rec.Code, want, rec.Body.String())
		}
		if !strings.Contains(rec.Header().Get("Content-Security-Policy"), "default-src 'self'") {
			t.Errorf("GET %s: no content security policy", path)
		}
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/api/tasks/1", nil))
	var page taskPage
	if err := json.Unmarshal(rec.Body.Bytes(), &page); err != nil {
		t.Fatal(err)
	}
	if len(page.Verify) != 2 || !strings.Contains(page.Verify[0], "task get 1") || len(page.Steps) != 2 {
		t.Fatalf("task page %+v", page)
	}
}

// TestPagesRender loads every page in Chromium. Outputs are written by anyone who can create
// a task: one that is HTML must show as text.
func TestPagesRender(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Chromium: skipped under -short; `make test` runs it")
	}
	x := indexed(t)
	srv := httptest.NewServer(x.Handler())
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	p := browsertest.Page{T: t, Ctx: browsertest.Start(t, ctx)}

	p.Do("task list", chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(chromedp.CSS(`tr.task[data-task="3"]`)))
	if n := p.Count("#tasks tr.task"); n != 3 {
		t.Fatalf("%d task rows, want 3", n)
	}
	if s := p.Text(`tr.task[data-task="1"] td.state`); s != "answered" {
		t.Fatalf("task 1 state %q", s)
	}
	p.Do("filtered list", chromedp.Navigate(srv.URL+"/#/?requester="+bob.Hex()), chromedp.Sleep(200*time.Millisecond), chromedp.WaitVisible(chromedp.CSS(`tr.task[data-task="2"]`)))
	if n := p.Count("#tasks tr.task"); n != 1 {
		t.Fatalf("bob's filter shows %d rows", n)
	}
	p.Do("task page", chromedp.Navigate(srv.URL+"/#/task/2"), chromedp.WaitVisible(chromedp.CSS("#task-output")))
	if out := p.Text("#task-output"); !strings.Contains(out, "<img") {
		t.Fatalf("output shown as %q", out)
	}
	if n := p.Count("img"); n != 0 || browsertest.Eval[string](p, "document.title") == "pwned" {
		t.Fatal("a task's output was rendered as HTML")
	}
	if p.Count("#task-operators tr.signed") != 1 || p.Count("#task-operators tr.did-not-sign") != 1 {
		t.Fatal("signers of task 2")
	}
	if v := p.Text("#task-verify"); !strings.Contains(v, "bin/blockless task get 2") {
		t.Fatalf("verify command %q", v)
	}
	if n := p.Count(`#task-steps li[data-kind="answered"]`); n != 1 {
		t.Fatalf("%d answered steps", n)
	}
	p.Do("response transaction", chromedp.Click(chromedp.CSS("#task-respond-tx")), chromedp.WaitVisible(chromedp.CSS("#tx-answered")))
	if s := p.Text("#tx-answered"); !strings.Contains(s, "#2") || strings.Contains(s, "#1") {
		t.Fatalf("the response transaction of task 2 lists %q", s)
	}
	p.Do("functions", chromedp.Navigate(srv.URL+"/#/functions"), chromedp.WaitVisible(chromedp.CSS(`tr.function[data-function="1"]`)))
	if s := p.Text(`tr.function[data-function="1"] td.answered`); s != "2" {
		t.Fatalf("function 1 answered %q", s)
	}
	p.Do("operators", chromedp.Navigate(srv.URL+"/#/operators"), chromedp.WaitVisible(chromedp.CSS(fmt.Sprintf(`tr.operator[data-operator="%s"]`, strings.ToLower(opB.Address.Hex())))))
	if s := p.Text(fmt.Sprintf(`tr.operator[data-operator="%s"] td.missed`, strings.ToLower(opB.Address.Hex()))); s != "1" {
		t.Fatalf("operator B missed %q", s)
	}
	p.Do("network", chromedp.Navigate(srv.URL+"/#/network"), chromedp.WaitVisible(chromedp.CSS("#chart-latency svg polyline")))
	if n := p.Count(".chart svg polyline"); n != 7 {
		t.Fatalf("%d chart series", n)
	}
	p.Do("unknown task", chromedp.Navigate(srv.URL+"/#/task/999"), chromedp.WaitVisible(chromedp.CSS("#error")))
}

func typesLog(tx byte) types.Log { return types.Log{TxHash: common.Hash{tx}} }
