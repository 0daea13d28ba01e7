package tests

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/blockless/avs/aggregator"
	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/protocol"
)

// batching turns batching on in an aggregator's configuration.
func batching(cfg *aggregator.Config) {
	// The wait covers the spread of the tasks' certificates; they are grouped by signer set.
	cfg.BatchMaxTasks, cfg.BatchMaxWait, cfg.BatchSignTimeout = 64, 5*time.Second, 60*time.Second
}

// TestBatch: three real operator nodes and the aggregator answer 20 tasks created by one
// createTasks call; the tasks that share a signer set are answered in batches (BatchResponded),
// every task is Responded with its TaskResponded event, and a consumer proves one batch-answered
// result with protocol.BatchProof and TaskManager.verifyBatchLeaf.
func TestBatch(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	e := startEnv(t, ctx)
	ops := e.registerOperators(10, 20, 30)
	storeURL := e.startStore()
	aggURL, stopAgg := e.startAggregator(t.TempDir(), batching)
	defer stopAgg()

	rq, fn := e.deployOracle(storeURL)
	for _, op := range ops {
		stop := e.startNode(op, aggURL, t.TempDir())
		defer stop()
	}

	const n = 20
	reqs := make([]taskmanager.ITaskManagerTaskRequest, n)
	for i := range reqs {
		reqs[i] = taskmanager.ITaskManagerTaskRequest{FunctionId: fn, Input: []byte(fmt.Sprintf("%d a\n%d b\n%d c\n", i, i+2, i+1)),
			QuorumNumbers: []byte{0}, QuorumThresholdPercentage: 60, ResponseWindowBlocks: 200}
	}
	fee := new(big.Int).Mul(e.minTaskFee(), big.NewInt(n))
	r := e.send("createTasks", func(o *bind.TransactOpts) (*types.Transaction, error) {
		o.Value = fee
		return e.tm.CreateTasks(o, reqs)
	})
	tasks := map[uint32]protocol.Task{}
	var ids []uint32
	for _, l := range r.Logs {
		if ev, err := e.tm.ParseTaskCreated(*l); err == nil {
			tasks[ev.TaskId] = ev.Task
			ids = append(ids, ev.TaskId)
		}
	}
	if len(ids) != n {
		t.Fatalf("%d TaskCreated events, want %d", len(ids), n)
	}
	for i, id := range ids {
		res := waitAnswered(t, ctx, rq, id, 3*time.Minute)
		if want := fmt.Sprintf("%d\n", i+1); string(res.Response.Output) != want {
			t.Fatalf("task %d output %q, want %q", id, res.Response.Output, want)
		}
	}

	it, err := e.tm.FilterBatchResponded(&bind.FilterOpts{Context: ctx}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var batches []taskmanager.TaskManagerBatchResponded
	for it.Next() {
		batches = append(batches, *it.Event)
	}
	it.Close()
	if len(batches) == 0 {
		t.Fatal("no BatchResponded event: no task was answered in a batch")
	}
	inBatches := 0
	for _, b := range batches {
		inBatches += int(b.Count.Int64())
	}
	t.Logf("%d batches answered %d of %d tasks", len(batches), inBatches, n)

	// Consumer side: rebuild a batch's leaves from its transaction's TaskResponded events (in
	// batch order), check each against the task and response, and prove one with the contract.
	b := batches[0]
	receipt, err := e.dn.Client.TransactionReceipt(ctx, b.Raw.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	type leafEv struct {
		idx  uint
		ev   *taskmanager.TaskManagerTaskResponded
		leaf [32]byte
	}
	var evs []leafEv
	for _, l := range receipt.Logs {
		ev, err := e.tm.ParseTaskResponded(*l)
		if err != nil {
			continue
		}
		want, err := e.codec.ResponseDigest(e.dn.ChainID, e.dn.Addresses.AVS.TaskManager, tasks[ev.TaskId], ev.Response)
		if err != nil || common.Hash(want) != common.Hash(ev.ResponseDigest) {
			t.Fatalf("task %d: event leaf %x, want its response digest %x (%v)", ev.TaskId, ev.ResponseDigest, want, err)
		}
		evs = append(evs, leafEv{idx: l.Index, ev: ev, leaf: ev.ResponseDigest})
	}
	sort.Slice(evs, func(i, j int) bool { return evs[i].idx < evs[j].idx })
	if len(evs) != int(b.Count.Int64()) {
		t.Fatalf("%d TaskResponded events in the batch transaction, want %d", len(evs), b.Count)
	}
	leaves := make([][32]byte, len(evs))
	for i, le := range evs {
		leaves[i] = le.leaf
	}
	root, err := protocol.BatchRoot(leaves)
	if err != nil || root != b.Root {
		t.Fatalf("root of the events' leaves %x, want %x (%v)", root, b.Root, err)
	}
	idx := len(leaves) - 1
	proof, err := protocol.BatchProof(leaves, idx)
	if err != nil {
		t.Fatal(err)
	}
	ok, err := e.tm.VerifyBatchLeaf(&bind.CallOpts{Context: ctx}, b.Root, leaves[idx], big.NewInt(int64(idx)), proof)
	if err != nil || !ok {
		t.Fatalf("verifyBatchLeaf(task %d) = %v, %v", evs[idx].ev.TaskId, ok, err)
	}
	rec, err := e.tm.GetTask(&bind.CallOpts{Context: ctx}, evs[idx].ev.TaskId)
	if err != nil || rec.ResponseDigest != ([32]byte{}) {
		t.Fatalf("batch-answered task's record digest %x, want zero (%v)", rec.ResponseDigest, err)
	}
}
