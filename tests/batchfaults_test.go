package tests

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/blockless/avs/aggregator"
	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/operator/node"
	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/protocol/onchain"
)

// TestBatchFaults: real nodes and aggregator, batching on, one createTasks of eight tasks:
//   - task X needs more fuel than operator 2 allows and task Y more memory than operator 1
//     allows: each of them drops one task unsigned (its module never runs there) while the
//     other two operators certify it (threshold 50% of stakes 10/20/30);
//   - operator 0's response to one plain task is tampered with on its way (re-signed with its
//     key over a wrong output): a wrong-output operator, a non-signer of that task.
//
// The batch holding all eight is declined by operators 2 (X) and 1 (Y), which leaves operator
// 0 alone, short of the threshold: the aggregator withdraws it, answers X and Y alone with
// their own certificates and batches the six plain tasks again, so they are answered by one
// respondToTasks long before the batch signing timeout, every task with the right output.
func TestBatchFaults(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	e := startEnv(t, ctx)
	ops := e.registerOperators(10, 20, 30)
	storeURL := e.startStore()
	// The signing timeout is far above the test's waits: only declines can make X and Y go alone
	// while the rest is batched.
	aggURL, stopAgg := e.startAggregator(t.TempDir(), func(c *aggregator.Config) { c.BatchSignTimeout, c.BatchMaxWait = 5*time.Minute, 30*time.Second })
	defer stopAgg()

	rq, plain := e.deployOracle(storeURL)
	digest, uri, err := testStore(storeURL).Publish(ctx, buildOracle(t))
	if err != nil {
		t.Fatal(err)
	}
	register := func(fuel, memory uint64) uint64 {
		fn, _, err := rq.RegisterFunction(ctx, taskmanager.ITaskManagerFunctionSpec{ModuleDigest: digest, MinQuorumThreshold: 50,
			Limits: taskmanager.ITaskManagerResourceLimits{Fuel: fuel, MemoryBytes: memory, WallTimeMs: 10_000, MaxOutputBytes: 4096},
			Uris:   []string{uri}})
		if err != nil {
			t.Fatal(err)
		}
		return fn
	}
	fuelHungry, memoryHungry := register(3_000_000_000, 64<<20), register(1_000_000_000, 256<<20)

	tamper := newTamperRelay(t, e, aggURL)
	caps := map[int]func(*node.Config){
		1: func(c *node.Config) { c.MaxTaskMemory = 128 << 20 }, // below memoryHungry's limit
		2: func(c *node.Config) { c.MaxFuel = 2_000_000_000 },   // below fuelHungry's limit
	}
	for i, op := range ops {
		url := aggURL
		if i == 0 {
			url = tamper.url
		}
		var tweaks []func(*node.Config)
		if c := caps[i]; c != nil {
			tweaks = append(tweaks, c)
		}
		stop := e.startNode(op, url, t.TempDir(), tweaks...)
		defer stop()
	}

	fns := []uint64{plain, plain, plain, plain, plain, plain, fuelHungry, memoryHungry}
	reqs := make([]taskmanager.ITaskManagerTaskRequest, len(fns))
	for i, fn := range fns {
		in, _ := oracleInput(i)
		reqs[i] = taskmanager.ITaskManagerTaskRequest{FunctionId: fn, Input: []byte(in), QuorumNumbers: []byte{0},
			QuorumThresholdPercentage: 50, ResponseWindowBlocks: 300}
	}
	fee := new(big.Int).Mul(e.minTaskFee(), big.NewInt(int64(len(fns))))
	r := e.send("createTasks", func(o *bind.TransactOpts) (*types.Transaction, error) {
		o.Value = fee
		return e.tm.CreateTasks(o, reqs)
	})
	var ids []uint32
	tasks := map[uint32]protocol.Task{}
	for _, l := range r.Logs {
		if ev, err := e.tm.ParseTaskCreated(*l); err == nil {
			ids = append(ids, ev.TaskId)
			tasks[ev.TaskId] = ev.Task
		}
	}
	if len(ids) != len(fns) {
		t.Fatalf("%d TaskCreated events, want %d", len(ids), len(fns))
	}
	victim, x, y := ids[0], ids[6], ids[7]
	tamper.arm(victim, tasks[victim], ops[0])

	for i, id := range ids {
		res := waitAnswered(t, ctx, rq, id, 3*time.Minute)
		if _, want := oracleInput(i); string(res.Response.Output) != want {
			t.Fatalf("task %d output %q, want %q", id, res.Response.Output, want)
		}
	}
	if !tamper.tampered() {
		t.Fatal("operator 0's response to the victim task never passed the relay")
	}

	// Which transaction answered each task, and which of them were batches.
	answeredBy := map[uint32]common.Hash{}
	it, err := e.tm.FilterTaskResponded(&bind.FilterOpts{Context: ctx}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for it.Next() {
		answeredBy[it.Event.TaskId] = it.Event.Raw.TxHash
	}
	it.Close()
	batchTx := map[common.Hash]int{}
	bit, err := e.tm.FilterBatchResponded(&bind.FilterOpts{Context: ctx}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for bit.Next() {
		batchTx[bit.Event.Raw.TxHash] = int(bit.Event.Count.Int64())
	}
	bit.Close()
	for _, id := range []uint32{x, y} {
		if _, inBatch := batchTx[answeredBy[id]]; inBatch {
			t.Errorf("task %d, dropped by one operator, was answered in a batch; want alone after the decline", id)
		}
	}
	plainTx := answeredBy[ids[0]]
	for _, id := range ids[:6] {
		if answeredBy[id] != plainTx {
			t.Errorf("plain task %d answered by %s, task %d by %s: want one respondToTasks for the six", id, answeredBy[id].Hex(), ids[0], plainTx.Hex())
		}
	}
	if batchTx[plainTx] != 6 {
		t.Errorf("the plain tasks' transaction answered a batch of %d, want 6", batchTx[plainTx])
	}

	// The wrong output, when it came before the task was certified (operator 2 alone meets
	// 50%, so it may come after), is on record at the aggregator as a result operator 0 alone
	// signed; it never reached the chain (the outputs above are right).
	tamperedDigest := crypto.Keccak256Hash([]byte(fmt.Sprintf("tampered %d\n", victim)))
	v, code := aggView(aggURL, victim)
	if code != http.StatusOK {
		t.Errorf("victim task at the aggregator: %d", code)
	}
	for _, res := range v.Results {
		if res.OutputDigest == tamperedDigest && (len(res.Operators) != 1 || res.Operators[0] != common.Hash(ops[0].id)) {
			t.Errorf("tampered result %+v, want it signed by operator 0 alone", res)
		}
	}
	for id, dropper := range map[uint32]int{x: 2, y: 1} {
		v, _ := aggView(aggURL, id)
		for _, res := range v.Results {
			if slices.Contains(res.Operators, common.Hash(ops[dropper].id)) {
				t.Errorf("task %d: operator %d, which dropped it, signed result %+v", id, dropper, res)
			}
		}
	}
}

// tamperRelay forwards one operator's traffic to the aggregator and rewrites its response to
// one task: a wrong output, validly signed with the operator's own key.
type tamperRelay struct {
	url   string
	ready chan struct{}
	mu    sync.Mutex
	id    uint32
	task  protocol.Task
	op    *testOperator
	done  bool
	e     *env
}

func newTamperRelay(t *testing.T, e *env, target string) *tamperRelay {
	t.Helper()
	u, err := url.Parse(target)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	r := &tamperRelay{url: "http://" + ln.Addr().String(), ready: make(chan struct{}), e: e}
	proxy := httputil.NewSingleHostReverseProxy(u)
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		if req.Method == http.MethodPost && req.URL.Path == "/v1/responses" {
			body, _ := io.ReadAll(io.LimitReader(req.Body, 1<<20))
			body = r.rewrite(req.Context(), body)
			req.Body = io.NopCloser(bytes.NewReader(body))
			req.ContentLength = int64(len(body))
		}
		proxy.ServeHTTP(w, req)
	})}
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { _ = srv.Close() })
	return r
}

// arm names the task whose response is rewritten; responses wait for it.
func (r *tamperRelay) arm(id uint32, task protocol.Task, op *testOperator) {
	r.mu.Lock()
	r.id, r.task, r.op = id, task, op
	r.mu.Unlock()
	close(r.ready)
}

func (r *tamperRelay) tampered() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.done
}

func (r *tamperRelay) rewrite(ctx context.Context, body []byte) []byte {
	select {
	case <-r.ready:
	case <-ctx.Done():
		return body
	}
	var sr protocol.SignedResponse
	if json.Unmarshal(body, &sr) != nil {
		return body
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if sr.TaskID != r.id {
		return body
	}
	wrong := protocol.NewResponse(r.id, onchain.StatusOK, []byte(fmt.Sprintf("tampered %d\n", r.id)))
	d, err := r.e.codec.ResponseDigest(r.e.dn.ChainID, r.e.dn.Addresses.AVS.TaskManager, r.task, wrong)
	if err != nil {
		return body
	}
	out := protocol.NewSignedResponse(wrong, d, r.op.bls, r.op.id)
	out.TaskHash = sr.TaskHash
	b, err := json.Marshal(out)
	if err != nil {
		return body
	}
	r.done = true
	return b
}
