package requester

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/protocol/onchain"
)

// The quote is max(base fee, minTaskFee) + fuel limit × price; a larger request is paid as is.
func TestTaskFeeIsAtLeastTheQuote(t *testing.T) {
	ctx := context.Background()
	f := newFakeTaskManager(100).addFunction(1, 0, 0, 1000).addFunction(2, 150, 3, 1000)
	c := newClient(f, true)
	for _, tc := range []struct {
		fn        uint64
		requested *big.Int
		want      int64
	}{{1, nil, 100}, {1, big.NewInt(0), 100}, {1, big.NewInt(99), 100}, {1, big.NewInt(250), 250},
		{2, nil, 3150}, {2, big.NewInt(3149), 3150}, {2, big.NewInt(4000), 4000}} {
		got, err := c.TaskFee(ctx, tc.fn, tc.requested)
		if err != nil {
			t.Fatal(err)
		}
		if got.Cmp(big.NewInt(tc.want)) != 0 {
			t.Fatalf("TaskFee(%d, %v) = %v, want %d", tc.fn, tc.requested, got, tc.want)
		}
		if tc.requested != nil && got == tc.requested {
			t.Fatalf("TaskFee(%v) returned the caller's big.Int: a later change would alter it", tc.requested)
		}
	}
	if _, err := c.TaskFee(ctx, 9, nil); err == nil || !strings.Contains(err.Error(), "function 9") {
		t.Fatalf("quote of an unknown function: %v", err)
	}
}

func TestCreateTaskPaysMaxOfFeeAndMinimum(t *testing.T) {
	ctx := context.Background()
	f := newFakeTaskManager(100).addFunction(7, 0, 0, 1000)
	c := newClient(f, true)
	req := taskmanager.ITaskManagerTaskRequest{FunctionId: 7, QuorumThresholdPercentage: 60}
	low, err := c.CreateTask(ctx, req, big.NewInt(5))
	if err != nil {
		t.Fatal(err)
	}
	high, err := c.CreateTask(ctx, req, big.NewInt(300))
	if err != nil {
		t.Fatal(err)
	}
	if low.Task.Fee.Int64() != 100 || high.Task.Fee.Int64() != 300 {
		t.Fatalf("paid %v and %v, want 100 and 300", low.Task.Fee, high.Task.Fee)
	}
	if low.ID == high.ID || low.Task.FunctionId != 7 {
		t.Fatalf("created %+v and %+v", low, high)
	}
}

func TestCreateTaskFeeReadErrorSendsNothing(t *testing.T) {
	f := newFakeTaskManager(100)
	f.failNext("MinTaskFee", 1, errFakeRPC)
	c := newClient(f, true)
	_, err := c.CreateTask(context.Background(), taskmanager.ITaskManagerTaskRequest{}, nil)
	if !errors.Is(err, errFakeRPC) || !strings.Contains(err.Error(), "minTaskFee") {
		t.Fatalf("err = %v, want the RPC failure wrapped with minTaskFee", err)
	}
	if f.calls["CreateTask"] != 0 {
		t.Fatal("a task was sent without a fee")
	}
}

func TestWritersNeedAKey(t *testing.T) {
	ctx := context.Background()
	f := newFakeTaskManager(1)
	c := newClient(f, false)
	if _, err := c.CreateTask(ctx, taskmanager.ITaskManagerTaskRequest{}, nil); !errors.Is(err, errNoKey) {
		t.Fatalf("CreateTask: %v, want errNoKey", err)
	}
	if _, _, err := c.RegisterFunction(ctx, taskmanager.ITaskManagerFunctionSpec{}); !errors.Is(err, errNoKey) {
		t.Fatalf("RegisterFunction: %v, want errNoKey", err)
	}
	if _, _, err := c.DeployContract(ctx, "verifier", []byte{1}); !errors.Is(err, errNoKey) {
		t.Fatalf("DeployContract: %v, want errNoKey", err)
	}
	if n := f.calls["CreateTask"] + f.calls["RegisterFunction"] + f.calls["DeployContract"]; n != 0 {
		t.Fatalf("%d transactions attempted without a key", n)
	}
	// Reads work without a key.
	if _, err := c.MinTaskFee(ctx); err != nil {
		t.Fatal(err)
	}
}

func TestRegisterFunctionAndDeploy(t *testing.T) {
	ctx := context.Background()
	f := newFakeTaskManager(1)
	c := newClient(f, true)
	id, tx, err := c.RegisterFunction(ctx, taskmanager.ITaskManagerFunctionSpec{Uris: []string{"u"}})
	if err != nil || id != 1 || tx == ([32]byte{}) {
		t.Fatalf("RegisterFunction = %d, %s, %v", id, tx, err)
	}
	if _, _, err := c.DeployContract(ctx, "verifier", nil); err == nil || f.deployed != 0 {
		t.Fatalf("empty bytecode: err %v, %d deployed", err, f.deployed)
	}
	f.failNext("RegisterFunction", 1, errFakeRPC)
	if _, _, err := c.RegisterFunction(ctx, taskmanager.ITaskManagerFunctionSpec{}); !errors.Is(err, errFakeRPC) {
		t.Fatalf("err = %v, want the chain's error", err)
	}
}

func TestGetMapsStates(t *testing.T) {
	ctx := context.Background()
	f := newFakeTaskManager(1).addFunction(0, 0, 0, 1000)
	c := newClient(f, true)
	if _, err := c.Get(ctx, 9); err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Fatalf("unknown task: %v, want does not exist", err)
	}
	cr, err := c.CreateTask(ctx, taskmanager.ITaskManagerTaskRequest{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	r, err := c.Get(ctx, cr.ID)
	if err != nil || r.State != onchain.TaskPending || r.Response != nil {
		t.Fatalf("pending task: %+v, %v", r, err)
	}
	resp := protocol.Response{TaskId: cr.ID, Status: uint8(onchain.StatusTrap), Output: []byte("out")}
	f.respond(cr.ID, 12, resp, true)
	r, err = c.Get(ctx, cr.ID)
	if err != nil || r.State != onchain.TaskResponded || r.Response == nil || string(r.Response.Output) != "out" ||
		r.Block != 12 || r.ResponseDigest == ([32]byte{}) {
		t.Fatalf("answered task: %+v, %v", r, err)
	}
	f.failNext("GetTask", 1, errFakeRPC)
	if _, err := c.Get(ctx, cr.ID); !errors.Is(err, errFakeRPC) || !strings.Contains(err.Error(), "getTask") {
		t.Fatalf("read error: %v, want the RPC failure wrapped with getTask", err)
	}
}

// A node may serve the answered state before its log index has the TaskResponded event:
// Get retries the event for a while, then reports it missing.
func TestGetRetriesTheResponseEvent(t *testing.T) {
	ctx := context.Background()
	f := newFakeTaskManager(1).addFunction(0, 0, 0, 1000)
	c := newClient(f, true)
	cr, _ := c.CreateTask(ctx, taskmanager.ITaskManagerTaskRequest{}, nil)
	f.respond(cr.ID, 12, protocol.Response{TaskId: cr.ID}, true)
	f.failNext("TaskResponded", 2, errFakeRPC)
	r, err := c.Get(ctx, cr.ID)
	if err != nil || r.Response == nil || f.calls["TaskResponded"] != 3 {
		t.Fatalf("after two failed reads: %+v, %v (%d reads)", r, err, f.calls["TaskResponded"])
	}

	cr, _ = c.CreateTask(ctx, taskmanager.ITaskManagerTaskRequest{}, nil)
	f.respond(cr.ID, 13, protocol.Response{TaskId: cr.ID}, false)
	if _, err := c.Get(ctx, cr.ID); err == nil || !strings.Contains(err.Error(), "no TaskResponded event") {
		t.Fatalf("answered task without its event: %v, want no TaskResponded event", err)
	}
}

func TestWaitUntilSettled(t *testing.T) {
	ctx := context.Background()
	f := newFakeTaskManager(1).addFunction(0, 0, 0, 1000)
	c := newClient(f, true)
	answered, _ := c.CreateTask(ctx, taskmanager.ITaskManagerTaskRequest{}, nil)
	expired, _ := c.CreateTask(ctx, taskmanager.ITaskManagerTaskRequest{}, nil)
	// Pending for a few polls, with a read error among them, then answered.
	f.beforeGet = func(n int) {
		switch n {
		case 1:
			f.failNext("GetTask", 1, errFakeRPC)
		case 3:
			f.respond(answered.ID, 20, protocol.Response{TaskId: answered.ID, Output: []byte("ok")}, true)
		}
	}
	r, err := c.Wait(ctx, answered.ID, time.Millisecond)
	if err != nil || r.State != onchain.TaskResponded || string(r.Response.Output) != "ok" {
		t.Fatalf("Wait = %+v, %v", r, err)
	}
	f.beforeGet = nil
	f.setState(expired.ID, onchain.TaskExpired)
	if r, err := c.Wait(ctx, expired.ID, time.Millisecond); err != nil || r.State != onchain.TaskExpired || r.Response != nil {
		t.Fatalf("expired: %+v, %v", r, err)
	}
}

func TestWaitGivesUpWithTheContext(t *testing.T) {
	f := newFakeTaskManager(1).addFunction(0, 0, 0, 1000)
	c := newClient(f, true)
	cr, _ := c.CreateTask(context.Background(), taskmanager.ITaskManagerTaskRequest{}, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, err := c.Wait(ctx, cr.ID, time.Millisecond); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("pending task: %v, want the context's error", err)
	}
	f.failNext("GetTask", 1<<30, errFakeRPC)
	ctx2, cancel2 := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel2()
	_, err := c.Wait(ctx2, cr.ID, time.Millisecond)
	if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), errFakeRPC.Error()) {
		t.Fatalf("failing reads: %v, want the context's error naming the last read error", err)
	}
}
