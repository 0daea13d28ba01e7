package tests

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	blsagg "github.com/Layr-Labs/eigensdk-go/services/bls_aggregation"
	eigentypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/blockless/avs/aggregator"
	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/chain"
	"github.com/blockless/avs/devnet"
	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/protocol/onchain"
)

// TestBatchOnChain drives TaskManager.respondToTasks directly on the devnet, without
// aggregator or operator nodes: the test's registered operators BLS-sign
// protocol.BatchMessage(chainID, taskManager, root, count) with their real keys, eigensdk-go's
// aggregation service turns the signatures into a certificate (as aggregator/batch.go does),
// and every sub-test checks what the chain did: reverts by custom error, task records,
// TaskResponded / BatchResponded / CallbackResult events and the fee recipient's balance.
func TestBatchOnChain(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	e := startEnv(t, ctx)
	ops := e.registerOperators(10, 20, 30)
	agg := e.newBatchAggregator()
	fn := e.registerFunction(50)

	// newTasks creates n pending tasks (window blocks each) and their responses, outputs
	// distinct per task so that every leaf differs.
	newTasks := func(t *testing.T, tag string, windows ...uint32) ([]protocol.Task, []protocol.Response) {
		t.Helper()
		var tasks []protocol.Task
		var resps []protocol.Response
		for i, w := range windows {
			id, task := e.createTask(fn, []byte(fmt.Sprintf("%s in %d", tag, i)), 60, w)
			tasks = append(tasks, task)
			resps = append(resps, protocol.NewResponse(id, onchain.StatusOK, []byte(fmt.Sprintf("%s out %d (task %d)", tag, i, id))))
		}
		return tasks, resps
	}

	var first *signedBatch // answered by the valid batch, replayed next
	var firstReceipt *types.Receipt

	t.Run("valid batch of three", func(t *testing.T) {
		tasks, resps := newTasks(t, "valid", 100, 100, 100)
		b := e.signBatch(t, agg, tasks, resps, ops...)
		before := e.feeBalance(t)
		r, err := e.respondBatch(b.tasks, b.resps, b.ref, b.cert)
		if err != nil {
			t.Fatalf("respondToTasks: %s", chain.DescribeError(err, e.tmABI))
		}
		t.Logf("respondToTasks gas, 3 tasks: %d", r.GasUsed)
		e.checkBatchAnswered(t, b, r)
		var fees big.Int
		for _, task := range tasks {
			fees.Add(&fees, task.Fee)
		}
		if got := new(big.Int).Sub(e.feeBalance(t), before); got.Cmp(&fees) != 0 {
			t.Fatalf("fee recipient credited %v, want the batch's fees %v", got, &fees)
		}
		first, firstReceipt = b, r
	})

	t.Run("replay", func(t *testing.T) {
		if first == nil {
			t.Skip("the valid batch was not answered")
		}
		before := e.feeBalance(t)
		_, err := e.respondBatch(first.tasks, first.resps, first.ref, first.cert)
		// The first task is no longer Pending: the whole batch reverts on it.
		e.wantRevert(t, err, "TaskAlreadyResponded", first.ids[0])
		for i, id := range first.ids {
			rec := e.taskOnChain(t, id)
			if onchain.TaskState(rec.State) != onchain.TaskResponded || uint64(rec.RespondedBlock) != firstReceipt.BlockNumber.Uint64() {
				t.Fatalf("task %d (leaf %d) after the replay: %+v, want Responded in block %v", id, i, rec, firstReceipt.BlockNumber)
			}
		}
		events := e.respondedEvents(t)
		for _, id := range first.ids {
			if len(events[id]) != 1 {
				t.Fatalf("task %d has %d TaskResponded events after the replay, want 1", id, len(events[id]))
			}
		}
		if got := e.feeBalance(t); got.Cmp(before) != 0 {
			t.Fatalf("fee balance %v after the replay, want unchanged %v", got, before)
		}
		if n := e.batchEventCount(t, first.root); n != 1 {
			t.Fatalf("%d BatchResponded events for the root, want 1", n)
		}
	})

	t.Run("reordered leaves", func(t *testing.T) {
		tasks, resps := newTasks(t, "reorder", 100, 100, 100)
		b := e.signBatch(t, agg, tasks, resps, ops...)
		// Pairs (task, response) swapped: every leaf is valid, but the root differs from the
		// signed one.
		swTasks := []protocol.Task{tasks[1], tasks[0], tasks[2]}
		swResps := []protocol.Response{resps[1], resps[0], resps[2]}
		_, err := e.respondBatch(swTasks, swResps, b.ref, b.cert)
		e.wantRevert(t, err, "InvalidBLSSignature")
		// Responses alone swapped against the tasks: a response names another task.
		_, err = e.respondBatch(tasks, []protocol.Response{resps[1], resps[0], resps[2]}, b.ref, b.cert)
		e.wantRevert(t, err, "TaskMismatch", b.ids[1])
		e.checkPending(t, b.ids...)
		// The certificate was good for the signed order all along.
		r, err := e.respondBatch(b.tasks, b.resps, b.ref, b.cert)
		if err != nil {
			t.Fatalf("respondToTasks in the signed order: %s", chain.DescribeError(err, e.tmABI))
		}
		e.checkBatchAnswered(t, b, r)
	})

	t.Run("forged leaf", func(t *testing.T) {
		tasks, resps := newTasks(t, "forge", 100, 100, 100)
		b := e.signBatch(t, agg, tasks, resps, ops...)
		forged := append([]protocol.Response(nil), resps...)
		// A consistent forgery: another output with its own digest, so the leaf checks pass
		// and only the certificate can catch it.
		forged[1] = protocol.NewResponse(resps[1].TaskId, onchain.StatusOK, []byte("forged output"))
		_, err := e.respondBatch(tasks, forged, b.ref, b.cert)
		e.wantRevert(t, err, "InvalidBLSSignature")
		// An inconsistent one: output changed, digest left as signed.
		inconsistent := append([]protocol.Response(nil), resps...)
		inconsistent[1].Output = []byte("forged output")
		_, err = e.respondBatch(tasks, inconsistent, b.ref, b.cert)
		e.wantRevert(t, err, "OutputDigestMismatch")
		e.checkPending(t, b.ids...)
		events := e.respondedEvents(t)
		for _, id := range b.ids {
			if len(events[id]) != 0 {
				t.Fatalf("task %d has %d TaskResponded events after forged batches, want 0", id, len(events[id]))
			}
		}
	})

	t.Run("one task past its deadline", func(t *testing.T) {
		tasks, resps := newTasks(t, "deadline", 100, 5, 200)
		if tasks[1].DeadlineBlock >= tasks[0].DeadlineBlock || tasks[0].DeadlineBlock >= tasks[2].DeadlineBlock {
			t.Fatalf("deadlines %d, %d, %d: want three different, the middle one first", tasks[0].DeadlineBlock, tasks[1].DeadlineBlock, tasks[2].DeadlineBlock)
		}
		b := e.signBatch(t, agg, tasks, resps, ops...)
		head, err := e.dn.Client.BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		// Mine until the next block (the one a transaction lands in) is past the short deadline.
		if n := int(tasks[1].DeadlineBlock) - int(head) + 1; n > 0 {
			if err := devnet.Mine(ctx, e.dn.Addresses.RPCURL, n); err != nil {
				t.Fatal(err)
			}
		}
		_, err = e.respondBatch(b.tasks, b.resps, b.ref, b.cert)
		e.wantRevert(t, err, "TaskDeadlinePassed", b.ids[1], tasks[1].DeadlineBlock)
		e.checkPending(t, b.ids...)

		// The others, in a batch of their own signed anew (its root and count differ).
		rest := e.signBatch(t, agg, []protocol.Task{tasks[0], tasks[2]}, []protocol.Response{resps[0], resps[2]}, ops...)
		// The old certificate does not cover the smaller batch.
		_, err = e.respondBatch(rest.tasks, rest.resps, b.ref, b.cert)
		e.wantRevert(t, err, "InvalidBLSSignature")
		r, err := e.respondBatch(rest.tasks, rest.resps, rest.ref, rest.cert)
		if err != nil {
			t.Fatalf("respondToTasks without the late task: %s", chain.DescribeError(err, e.tmABI))
		}
		e.checkBatchAnswered(t, rest, r)
		e.checkPending(t, b.ids[1])
		// The late task can only expire now.
		e.send("expireTask", func(o *bind.TransactOpts) (*types.Transaction, error) { return e.tm.ExpireTask(o, b.ids[1], tasks[1]) })
		if rec := e.taskOnChain(t, b.ids[1]); onchain.TaskState(rec.State) != onchain.TaskExpired {
			t.Fatalf("late task %d after expireTask: %+v, want Expired", b.ids[1], rec)
		}
	})

	t.Run("certificate for another chain or TaskManager", func(t *testing.T) {
		tasks, resps := newTasks(t, "domain", 100, 100, 100)
		leaves, root := e.batchLeaves(t, tasks, resps)
		ref := batchReferenceBlock(tasks)
		tm := e.dn.Addresses.AVS.TaskManager
		otherChain := new(big.Int).Add(e.dn.ChainID, big.NewInt(1))
		otherTM := e.dn.Addresses.AVS.ServiceManager // a real contract of this AVS, not the TaskManager
		for _, c := range []struct {
			name    string
			chainID *big.Int
			tm      common.Address
			count   uint64
		}{
			{"other chain id", otherChain, tm, uint64(len(leaves))},
			{"other TaskManager", e.dn.ChainID, otherTM, uint64(len(leaves))},
			{"other count", e.dn.ChainID, tm, uint64(len(leaves)) + 1},
		} {
			cert := e.aggregateBatch(t, agg, ref, protocol.BatchMessage(c.chainID, c.tm, root, c.count), 100, ops...)
			_, err := e.respondBatch(tasks, resps, ref, cert)
			if err == nil {
				t.Fatalf("%s: respondToTasks accepted a certificate signed for another domain", c.name)
			}
			e.wantRevert(t, err, "InvalidBLSSignature")
		}
		ids := make([]uint32, len(tasks))
		for i, r := range resps {
			ids[i] = r.TaskId
		}
		e.checkPending(t, ids...)
		// Control: the same tasks and responses signed for this chain and TaskManager are accepted.
		b := e.signBatch(t, agg, tasks, resps, ops...)
		r, err := e.respondBatch(b.tasks, b.resps, b.ref, b.cert)
		if err != nil {
			t.Fatalf("respondToTasks with the certificate for this domain: %s", chain.DescribeError(err, e.tmABI))
		}
		e.checkBatchAnswered(t, b, r)
	})

	t.Run("reverting consumer in the middle", func(t *testing.T) {
		consumers := compileSolidityFile(t, ctx, "contracts/test/doubles/Consumers.sol", "RecordingConsumer", "RevertingConsumer")
		recA := e.deployCompiled(t, consumers["RecordingConsumer"], "RecordingConsumer")
		reverting := e.deployCompiled(t, consumers["RevertingConsumer"], "RevertingConsumer")
		recB := e.deployCompiled(t, consumers["RecordingConsumer"], "RecordingConsumer")
		callbacks := []common.Address{recA.addr, reverting.addr, recB.addr}
		var tasks []protocol.Task
		var resps []protocol.Response
		for i, cb := range callbacks {
			id, task := e.createTaskReq(taskmanager.ITaskManagerTaskRequest{FunctionId: fn, Input: []byte(fmt.Sprintf("callback in %d", i)),
				QuorumNumbers: []byte{0}, QuorumThresholdPercentage: 60, ResponseWindowBlocks: 100, Callback: cb, CallbackGasLimit: 300_000})
			tasks = append(tasks, task)
			resps = append(resps, protocol.NewResponse(id, onchain.StatusOK, []byte(fmt.Sprintf("callback out %d", i))))
		}
		b := e.signBatch(t, agg, tasks, resps, ops...)
		r, err := e.respondBatch(b.tasks, b.resps, b.ref, b.cert)
		if err != nil {
			t.Fatalf("respondToTasks with a reverting consumer: %s", chain.DescribeError(err, e.tmABI))
		}
		e.checkBatchAnswered(t, b, r)
		results := map[uint32]*taskmanager.TaskManagerCallbackResult{}
		for _, l := range r.Logs {
			if ev, err := e.tm.ParseCallbackResult(*l); err == nil {
				results[ev.TaskId] = ev
			}
		}
		for i, id := range b.ids {
			ev, ok := results[id]
			if !ok {
				t.Fatalf("task %d: no CallbackResult event", id)
			}
			if want := i != 1; ev.Success != want || ev.Callback != callbacks[i] {
				t.Fatalf("task %d: CallbackResult(%s, success %v), want (%s, success %v)", id, ev.Callback, ev.Success, callbacks[i], want)
			}
		}
		for _, c := range []struct {
			rec  deployedContract
			leaf int
		}{{recA, 0}, {recB, 2}} {
			var got uint32
			c.rec.call(t, ctx, &got, "lastTaskId")
			var out []byte
			c.rec.call(t, ctx, &out, "lastOutput")
			if got != b.ids[c.leaf] || !bytes.Equal(out, resps[c.leaf].Output) {
				t.Fatalf("consumer %s recorded task %d output %q, want task %d output %q", c.rec.addr, got, out, b.ids[c.leaf], resps[c.leaf].Output)
			}
		}
	})
}

// ----------------------------------------------------------------- batch signing

// batchMessage is what the batch aggregation service's tasks sign: the message itself.
type batchMessage [32]byte

// batchAggregator is eigensdk-go's BLS aggregation service over batch messages, as the real
// aggregator's (aggregator/service.go: a batch's message is its own digest).
type batchAggregator struct {
	svc  *blsagg.BlsAggregatorService
	next uint32
}

func (e *env) newBatchAggregator() *batchAggregator {
	e.t.Helper()
	avsSvc := e.avsRegistryService()
	hash := func(r eigentypes.TaskResponse) (eigentypes.TaskResponseDigest, error) {
		m, ok := r.(batchMessage)
		if !ok {
			return eigentypes.TaskResponseDigest{}, fmt.Errorf("unexpected response type %T", r)
		}
		return eigentypes.TaskResponseDigest(m), nil
	}
	return &batchAggregator{svc: blsagg.NewBlsAggregatorService(avsSvc, hash, e.eigLog), next: 1}
}

// aggregateBatch has signers BLS-sign message and returns the certificate eigensdk-go
// aggregates for it, checked against the operator set at referenceBlock.
func (e *env) aggregateBatch(t *testing.T, agg *batchAggregator, referenceBlock uint32, message [32]byte, threshold uint8, signers ...*testOperator) protocol.Certificate {
	t.Helper()
	id := agg.next
	agg.next++
	meta := blsagg.NewTaskMetadata(id, referenceBlock, eigentypes.QuorumNums{0},
		eigentypes.QuorumThresholdPercentages{eigentypes.QuorumThresholdPercentage(threshold)}, 30*time.Second)
	if err := agg.svc.InitializeNewTask(meta); err != nil {
		t.Fatalf("initialize batch aggregation: %v", err)
	}
	done := make(chan blsagg.BlsAggregationServiceResponse, 1)
	go func() { done <- <-agg.svc.GetResponseChannel() }()
	for _, op := range signers {
		sig := op.bls.SignMessage(message)
		if err := agg.svc.ProcessNewSignature(e.ctx, blsagg.NewTaskSignature(id, batchMessage(message), sig, op.id)); err != nil {
			t.Fatalf("%s batch signature rejected: %v", op.name, err)
		}
	}
	select {
	case r := <-done:
		if r.TaskIndex != id {
			t.Fatalf("aggregation result for batch %d, want %d", r.TaskIndex, id)
		}
		cert, err := aggregator.CertificateFromAggregation(r)
		if err != nil {
			t.Fatalf("aggregation of batch %d: %v", id, err)
		}
		return cert
	case <-time.After(60 * time.Second):
		t.Fatalf("no aggregation result for batch %d", id)
	}
	return protocol.Certificate{}
}

// signedBatch is a batch and the certificate its signers gave it.
type signedBatch struct {
	tasks  []protocol.Task
	resps  []protocol.Response
	ids    []uint32
	ref    uint32
	leaves [][32]byte
	root   [32]byte
	cert   protocol.Certificate
}

// batchReferenceBlock is the reference block the aggregator gives a batch: the latest of its
// tasks' (respondToTasks refuses one before any task's).
func batchReferenceBlock(tasks []protocol.Task) uint32 {
	var ref uint32
	for _, task := range tasks {
		ref = max(ref, task.ReferenceBlock)
	}
	return ref
}

// batchLeaves returns the batch's leaves (the single-task response digests) and root.
func (e *env) batchLeaves(t *testing.T, tasks []protocol.Task, resps []protocol.Response) ([][32]byte, [32]byte) {
	t.Helper()
	leaves := make([][32]byte, len(tasks))
	for i := range tasks {
		d, err := e.codec.ResponseDigest(e.dn.ChainID, e.dn.Addresses.AVS.TaskManager, tasks[i], resps[i])
		if err != nil {
			t.Fatal(err)
		}
		leaves[i] = d
	}
	root, err := protocol.BatchRoot(leaves)
	if err != nil {
		t.Fatal(err)
	}
	return leaves, root
}

// signBatch has signers sign the batch (tasks[i] answered by resps[i]) for this chain and
// TaskManager, threshold 100% off chain so every signer is in the certificate.
func (e *env) signBatch(t *testing.T, agg *batchAggregator, tasks []protocol.Task, resps []protocol.Response, signers ...*testOperator) *signedBatch {
	t.Helper()
	leaves, root := e.batchLeaves(t, tasks, resps)
	b := &signedBatch{tasks: tasks, resps: resps, ref: batchReferenceBlock(tasks), leaves: leaves, root: root}
	for _, r := range resps {
		b.ids = append(b.ids, r.TaskId)
	}
	msg := protocol.BatchMessage(e.dn.ChainID, e.dn.Addresses.AVS.TaskManager, root, uint64(len(leaves)))
	onChain, err := e.tm.BatchMessage(&bind.CallOpts{Context: e.ctx}, root, big.NewInt(int64(len(leaves))))
	if err != nil || onChain != msg {
		t.Fatalf("batch message: contract %x (%v), Go %x", onChain, err, msg)
	}
	b.cert = e.aggregateBatch(t, agg, b.ref, msg, 100, signers...)
	if len(b.cert.NonSignerPubkeys) != 0 {
		t.Fatalf("batch certificate has %d non-signers, want 0", len(b.cert.NonSignerPubkeys))
	}
	return b
}

// respondBatch sends respondToTasks from the devnet owner (the TaskManager's submitter). The
// error is the raw one, carrying the revert data when the call reverts.
func (e *env) respondBatch(tasks []protocol.Task, resps []protocol.Response, referenceBlock uint32, cert protocol.Certificate) (*types.Receipt, error) {
	opts, err := chain.TransactOpts(e.ctx, e.dn.Owner, e.dn.ChainID)
	if err != nil {
		return nil, err
	}
	tx, err := e.tm.RespondToTasks(opts, tasks, resps, referenceBlock, cert)
	if err != nil {
		return nil, err
	}
	return chain.WaitMined(e.ctx, e.dn.Client, tx, "respondToTasks", e.tmABI)
}

// wantRevert fails unless err is a revert with exactly the TaskManager's custom error name(args).
func (e *env) wantRevert(t *testing.T, err error, name string, args ...any) {
	t.Helper()
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = fmt.Sprint(a)
	}
	wantName := name + "(" + strings.Join(parts, ", ") + ")"
	if err == nil {
		t.Fatalf("call succeeded, want revert %s", wantName)
	}
	ce, ok := e.tmABI.Errors[name]
	if !ok {
		t.Fatalf("the TaskManager ABI has no error %s", name)
	}
	packed, perr := ce.Inputs.Pack(args...)
	if perr != nil {
		t.Fatalf("pack %s: %v", wantName, perr)
	}
	want := append(append([]byte(nil), ce.ID[:4]...), packed...)
	data, ok := chain.RevertData(err)
	if !ok {
		t.Fatalf("error without revert data: %v; want %s", err, wantName)
	}
	if !bytes.Equal(data, want) {
		t.Fatalf("reverted with %s, want %s", chain.DescribeError(err, e.tmABI), wantName)
	}
}

// feeBalance is the withdrawable balance of the TaskManager's fee recipient.
func (e *env) feeBalance(t *testing.T) *big.Int {
	t.Helper()
	opts := &bind.CallOpts{Context: e.ctx}
	to, err := e.tm.FeeRecipient(opts)
	if err != nil {
		t.Fatal(err)
	}
	b, err := e.tm.Balances(opts, to)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// checkPending fails unless every task is still Pending.
func (e *env) checkPending(t *testing.T, ids ...uint32) {
	t.Helper()
	for _, id := range ids {
		if rec := e.taskOnChain(t, id); onchain.TaskState(rec.State) != onchain.TaskPending {
			t.Fatalf("task %d: %+v, want still Pending", id, rec)
		}
	}
}

// batchEventCount counts the BatchResponded events for root.
func (e *env) batchEventCount(t *testing.T, root [32]byte) int {
	t.Helper()
	it, err := e.tm.FilterBatchResponded(&bind.FilterOpts{Context: e.ctx, Start: e.dn.Addresses.DeployedAt}, [][32]byte{root})
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	n := 0
	for it.Next() {
		if it.Event.Root == root {
			n++
		}
	}
	if err := it.Error(); err != nil {
		t.Fatal(err)
	}
	return n
}

// checkBatchAnswered checks what an accepted respondToTasks must leave: one BatchResponded
// with the batch's root, count and reference block; one TaskResponded per task in batch order
// with its leaf; every task Responded in that block with the digest left unstored; the root
// recorded and every leaf provable with verifyBatchLeaf.
func (e *env) checkBatchAnswered(t *testing.T, b *signedBatch, r *types.Receipt) {
	t.Helper()
	var batches []*taskmanager.TaskManagerBatchResponded
	var responded []*taskmanager.TaskManagerTaskResponded
	for _, l := range r.Logs {
		if ev, err := e.tm.ParseBatchResponded(*l); err == nil {
			batches = append(batches, ev)
		} else if ev, err := e.tm.ParseTaskResponded(*l); err == nil {
			responded = append(responded, ev)
		}
	}
	if len(batches) != 1 {
		t.Fatalf("%d BatchResponded events, want 1", len(batches))
	}
	if ev := batches[0]; ev.Root != b.root || ev.Count.Cmp(big.NewInt(int64(len(b.tasks)))) != 0 || ev.ReferenceBlock != b.ref {
		t.Fatalf("BatchResponded(%x, %v, %d), want (%x, %d, %d)", ev.Root, ev.Count, ev.ReferenceBlock, b.root, len(b.tasks), b.ref)
	}
	if len(responded) != len(b.tasks) {
		t.Fatalf("%d TaskResponded events, want %d", len(responded), len(b.tasks))
	}
	opts := &bind.CallOpts{Context: e.ctx}
	for i, ev := range responded {
		if ev.TaskId != b.ids[i] || ev.ResponseDigest != b.leaves[i] || !bytes.Equal(ev.Response.Output, b.resps[i].Output) {
			t.Fatalf("TaskResponded %d: task %d digest %x output %q, want task %d leaf %x output %q",
				i, ev.TaskId, ev.ResponseDigest, ev.Response.Output, b.ids[i], b.leaves[i], b.resps[i].Output)
		}
		rec := e.taskOnChain(t, b.ids[i])
		if onchain.TaskState(rec.State) != onchain.TaskResponded || uint64(rec.RespondedBlock) != r.BlockNumber.Uint64() ||
			rec.ResultStatus != b.resps[i].Status || rec.ResponseDigest != ([32]byte{}) {
			t.Fatalf("task %d record %+v, want Responded in block %v, status %d, digest unstored", b.ids[i], rec, r.BlockNumber, b.resps[i].Status)
		}
		proof, err := protocol.BatchProof(b.leaves, i)
		if err != nil {
			t.Fatal(err)
		}
		ok, err := e.tm.VerifyBatchLeaf(opts, b.root, b.leaves[i], big.NewInt(int64(i)), proof)
		if err != nil || !ok {
			t.Fatalf("verifyBatchLeaf(leaf %d) = %v, %v", i, ok, err)
		}
	}
	rec, err := e.tm.GetBatch(opts, b.root)
	if err != nil || uint64(rec.RespondedBlock) != r.BlockNumber.Uint64() || int(rec.Count) != len(b.tasks) {
		t.Fatalf("getBatch: %+v, %v; want block %v, count %d", rec, err, r.BlockNumber, len(b.tasks))
	}
}

// ----------------------------------------------------------------- test doubles from Solidity

// compiledContract is a contract's ABI and creation bytecode.
type compiledContract struct {
	abi  abi.ABI
	code []byte
}

// compileSolidityFile compiles one of the repository's Solidity files (imports resolved from
// the repository root) with its solc-js adapter, the compiler forge uses, with foundry.toml's
// settings, and returns the named contracts. Nothing is written to the tree.
func compileSolidityFile(t *testing.T, ctx context.Context, file string, names ...string) map[string]compiledContract {
	t.Helper()
	root, err := devnet.RepoRoot(".")
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(filepath.Join(root, file))
	if err != nil {
		t.Fatal(err)
	}
	in, err := json.Marshal(map[string]any{
		"language": "Solidity",
		"sources":  map[string]any{file: map[string]any{"content": string(src)}},
		"settings": map[string]any{
			"optimizer":       map[string]any{"enabled": true, "runs": 200},
			"evmVersion":      "prague",
			"metadata":        map[string]any{"bytecodeHash": "none", "appendCBOR": false},
			"outputSelection": map[string]any{"*": map[string]any{"*": []string{"abi", "evm.bytecode.object"}}},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.CommandContext(ctx, filepath.Join(root, "tools", "solc", "solc"), "--standard-json")
	cmd.Dir = root
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("solc %s: %v: %s", file, err, strings.TrimSpace(stderr.String()))
	}
	var res struct {
		Errors []struct {
			Severity         string `json:"severity"`
			FormattedMessage string `json:"formattedMessage"`
		} `json:"errors"`
		Contracts map[string]map[string]struct {
			ABI json.RawMessage `json:"abi"`
			EVM struct {
				Bytecode struct {
					Object string `json:"object"`
				} `json:"bytecode"`
			} `json:"evm"`
		} `json:"contracts"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("solc output: %v", err)
	}
	for _, e := range res.Errors {
		if e.Severity == "error" {
			t.Fatalf("solc %s: %s", file, e.FormattedMessage)
		}
	}
	got := map[string]compiledContract{}
	for _, name := range names {
		c, ok := res.Contracts[file][name]
		if !ok || c.EVM.Bytecode.Object == "" {
			t.Fatalf("solc produced no bytecode for %s in %s", name, file)
		}
		parsed, err := abi.JSON(bytes.NewReader(c.ABI))
		if err != nil {
			t.Fatalf("%s ABI: %v", name, err)
		}
		code, err := hex.DecodeString(c.EVM.Bytecode.Object)
		if err != nil {
			t.Fatalf("%s bytecode: %v", name, err)
		}
		got[name] = compiledContract{abi: parsed, code: code}
	}
	return got
}

// deployedContract is a contract deployed by the test and bound to its ABI.
type deployedContract struct {
	addr  common.Address
	bound *bind.BoundContract
}

// call reads one value from a view function.
func (d deployedContract) call(t *testing.T, ctx context.Context, out any, method string) {
	t.Helper()
	var res []any
	if err := d.bound.Call(&bind.CallOpts{Context: ctx}, &res, method); err != nil {
		t.Fatalf("%s.%s: %v", d.addr, method, err)
	}
	if len(res) != 1 {
		t.Fatalf("%s.%s returned %d values, want 1", d.addr, method, len(res))
	}
	switch o := out.(type) {
	case *uint32:
		v, ok := res[0].(uint32)
		if !ok {
			t.Fatalf("%s.%s returned %T, want uint32", d.addr, method, res[0])
		}
		*o = v
	case *[]byte:
		v, ok := res[0].([]byte)
		if !ok {
			t.Fatalf("%s.%s returned %T, want bytes", d.addr, method, res[0])
		}
		*o = v
	default:
		t.Fatalf("call: unsupported output %T", out)
	}
}

// deployCompiled deploys a compiled contract without constructor arguments from the devnet owner.
func (e *env) deployCompiled(t *testing.T, c compiledContract, what string) deployedContract {
	t.Helper()
	opts, err := chain.TransactOpts(e.ctx, e.dn.Owner, e.dn.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	addr, tx, bound, err := bind.DeployContract(opts, c.abi, c.code, e.dn.Client)
	if err != nil {
		t.Fatalf("deploy %s: %v", what, err)
	}
	if _, err := chain.WaitMined(e.ctx, e.dn.Client, tx, "deploy "+what); err != nil {
		t.Fatal(err)
	}
	return deployedContract{addr: addr, bound: bound}
}
