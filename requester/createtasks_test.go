package requester

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/protocol"
)

func requests(n int) []taskmanager.ITaskManagerTaskRequest {
	out := make([]taskmanager.ITaskManagerTaskRequest, n)
	for i := range out {
		out[i] = taskmanager.ITaskManagerTaskRequest{FunctionId: 3, Input: []byte(fmt.Sprintf("input %d", i)),
			QuorumNumbers: []byte{0}, QuorumThresholdPercentage: 60, ResponseWindowBlocks: 100}
	}
	return out
}

func TestCreateTasksReturnsTasksInOrderAndPaysEachTheFee(t *testing.T) {
	ctx := context.Background()
	f := newFakeTaskManager(100).addFunction(3, 0, 0, 1000)
	c := newClient(f, true)
	if _, err := c.CreateTask(ctx, requests(1)[0], nil); err != nil { // ids need not start at 1
		t.Fatal(err)
	}
	reqs := requests(5)
	got, err := c.CreateTasks(ctx, reqs, big.NewInt(7)) // below the minimum: pays 100 each
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 5 {
		t.Fatalf("%d tasks, want 5", len(got))
	}
	for i, cr := range got {
		if cr.ID != uint32(i+2) || cr.Task.InputDigest != crypto.Keccak256Hash(reqs[i].Input) {
			t.Fatalf("task %d: id %d digest %x, want id %d and the digest of request %d", i, cr.ID, cr.Task.InputDigest, i+2, i)
		}
		if cr.Task.Fee.Int64() != 100 || cr.TxTasks != 5 || cr.TxGasUsed == 0 {
			t.Fatalf("task %d: fee %v, tx tasks %d, gas %d", i, cr.Task.Fee, cr.TxTasks, cr.TxGasUsed)
		}
	}
	more, err := c.CreateTasks(ctx, requests(3), big.NewInt(250))
	if err != nil || more[0].Task.Fee.Int64() != 250 {
		t.Fatalf("fee above the minimum: %v, %+v", err, more)
	}
}

func TestCreateTasksRefusesEmptyAndTooManyWithoutSending(t *testing.T) {
	ctx := context.Background()
	f := newFakeTaskManager(1).addFunction(3, 0, 0, 1000)
	c := newClient(f, true)
	if _, err := c.CreateTasks(ctx, nil, nil); err == nil || !strings.Contains(err.Error(), "no requests") {
		t.Fatalf("empty: %v", err)
	}
	_, err := c.CreateTasks(ctx, requests(MaxCreateTasks+1), nil)
	if err == nil || !strings.Contains(err.Error(), fmt.Sprint(MaxCreateTasks)) {
		t.Fatalf("too many: %v", err)
	}
	if f.calls["CreateTasks"] != 0 || f.calls["MinTaskFee"] != 0 {
		t.Fatalf("calls %v, want none", f.calls)
	}
	if got, err := c.CreateTasks(ctx, requests(MaxCreateTasks), nil); err != nil || len(got) != MaxCreateTasks {
		t.Fatalf("the maximum: %d tasks, %v", len(got), err)
	}
}

func TestCreateTasksErrors(t *testing.T) {
	ctx := context.Background()
	t.Run("no key", func(t *testing.T) {
		if _, err := newClient(newFakeTaskManager(1), false).CreateTasks(ctx, requests(1), nil); !errors.Is(err, errNoKey) {
			t.Fatalf("err = %v, want errNoKey", err)
		}
	})
	t.Run("fee read fails", func(t *testing.T) {
		f := newFakeTaskManager(1).addFunction(3, 0, 0, 1000)
		f.failNext("MinTaskFee", 1, errFakeRPC)
		_, err := newClient(f, true).CreateTasks(ctx, requests(2), nil)
		if !errors.Is(err, errFakeRPC) || f.calls["CreateTasks"] != 0 {
			t.Fatalf("err = %v, sent %d", err, f.calls["CreateTasks"])
		}
	})
	t.Run("transaction fails", func(t *testing.T) {
		f := newFakeTaskManager(1).addFunction(3, 0, 0, 1000)
		f.failNext("CreateTasks", 1, errFakeRPC)
		_, err := newClient(f, true).CreateTasks(ctx, requests(2), nil)
		if !errors.Is(err, errFakeRPC) || !strings.Contains(err.Error(), "create 2 tasks") {
			t.Fatalf("err = %v, want the failure wrapped with the count", err)
		}
	})
	t.Run("events missing", func(t *testing.T) {
		f := newFakeTaskManager(1).addFunction(3, 0, 0, 1000)
		f.dropCreatedEvent = true
		_, err := newClient(f, true).CreateTasks(ctx, requests(3), nil)
		if err == nil || !strings.Contains(err.Error(), "2 TaskCreated events for 3 requests") {
			t.Fatalf("err = %v", err)
		}
	})
}

func TestResponseGasCountsTheTasksOfTheTransaction(t *testing.T) {
	ctx := context.Background()
	f := newFakeTaskManager(1).addFunction(3, 0, 0, 1000)
	c := newClient(f, true)
	created, err := c.CreateTasks(ctx, requests(3), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, cr := range created[:2] {
		f.respond(cr.ID, 12, protocol.Response{}, true) // the fake answers with tx 0xa1
	}
	gas, n, err := c.ResponseGas(ctx, common.HexToHash("0xa1"))
	if err != nil || gas != 300_000 || n != 2 {
		t.Fatalf("gas %d over %d tasks, %v", gas, n, err)
	}
	if _, _, err := c.ResponseGas(ctx, common.HexToHash("0xbb")); err == nil {
		t.Fatal("a transaction without TaskResponded events has no gas per task")
	}
	f.failNext("TxGas", 1, errFakeRPC)
	if _, _, err := c.ResponseGas(ctx, common.HexToHash("0xa1")); !errors.Is(err, errFakeRPC) {
		t.Fatalf("err = %v", err)
	}
}

// createTasks splits the payment evenly: requests of differently priced functions all deposit
// the largest quote among them.
func TestCreateTasksPaysTheLargestQuote(t *testing.T) {
	f := newFakeTaskManager(100).addFunction(3, 0, 0, 1000).addFunction(4, 500, 2, 1000)
	c := newClient(f, true)
	reqs := requests(2)
	reqs[1].FunctionId = 4
	got, err := c.CreateTasks(context.Background(), reqs, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, cr := range got {
		if cr.Task.Fee.Int64() != 2500 {
			t.Fatalf("task %d deposited %v, want the quote of function 4: 500 + 1000×2", cr.ID, cr.Task.Fee)
		}
	}
}
