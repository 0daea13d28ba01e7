package aggregator

import (
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"slices"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/protocol/onchain"
)

// batchEnv is an env with batching on: batches of up to maxTasks, flushed after wait.
func batchEnv(t testing.TB, maxTasks int, wait time.Duration, mutate ...func(*Config)) *env {
	return newEnv(t, append([]func(*Config){func(c *Config) {
		c.BatchMaxTasks, c.BatchMaxWait, c.BatchSignTimeout = maxTasks, wait, 5*time.Second
		c.BatchHoldIdle = true // the tests certify tasks one after another
	}}, mutate...)...)
}

// certify creates tasks ids and has operators 1 and 2 (50 of 60 stake) sign output "ok" for
// each: every task reaches its 60% threshold with the same signer set.
func (e *env) certify(ids ...uint32) {
	e.t.Helper()
	e.certifyBy([]int{1, 2}, ids...)
}

// certifyBy creates tasks ids and has operators ops sign output "ok" for each.
func (e *env) certifyBy(ops []int, ids ...uint32) {
	e.t.Helper()
	for _, id := range ids {
		task := testTask(byte(id))
		e.create(id, task)
		for _, op := range ops {
			if rec := e.postJSON("/v1/responses", e.signed(op, id, task, "ok")); rec.Code != http.StatusAccepted {
				e.t.Fatalf("task %d operator %d: %d %s", id, op, rec.Code, rec.Body)
			}
		}
	}
}

// proposals is GET /v1/batches for operator op (or every live batch when op < 0).
func (e *env) proposals(op int) []protocol.BatchProposal {
	e.t.Helper()
	path := "/v1/batches"
	if op >= 0 {
		path += "?operator=" + e.ops[op].id.Hex()
	}
	rec := httptest.NewRecorder()
	e.s.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	if rec.Code != http.StatusOK {
		e.t.Fatalf("GET %s: %d %s", path, rec.Code, rec.Body)
	}
	var l protocol.BatchList
	if err := json.Unmarshal(rec.Body.Bytes(), &l); err != nil {
		e.t.Fatal(err)
	}
	return l.Batches
}

// waitProposal waits for a live batch and returns the first one.
func (e *env) waitProposal() protocol.BatchProposal {
	e.t.Helper()
	var ps []protocol.BatchProposal
	e.waitFor(func() bool { ps = e.proposals(-1); return len(ps) > 0 }, "a batch proposal")
	return ps[0]
}

// batchSig is operator op's signature of message msg, posted for batch seq.
func (e *env) batchSig(seq uint64, op int, msg [32]byte) *httptest.ResponseRecorder {
	e.t.Helper()
	sig := e.ops[op].kp.SignMessage(msg)
	return e.postJSON("/v1/batches/"+itoa(seq)+"/signatures", protocol.BatchSignature{OperatorID: e.ops[op].id, Signature: protocol.G1JSONOf(sig.G1Point)})
}

func itoa(v uint64) string { b, _ := json.Marshal(v); return string(b) }

func (e *env) message(p protocol.BatchProposal) [32]byte {
	return protocol.BatchMessage(e.s.chainID, e.s.cfg.TaskManager, p.Root, uint64(p.Count))
}

// signBatch has operators 1 and 2 sign the proposal.
func (e *env) signBatch(p protocol.BatchProposal) {
	e.t.Helper()
	for _, op := range []int{1, 2} {
		if rec := e.batchSig(p.Seq, op, e.message(p)); rec.Code != http.StatusAccepted {
			e.t.Fatalf("batch %d operator %d: %d %s", p.Seq, op, rec.Code, rec.Body)
		}
	}
}

func (e *env) waitAnswered(ids ...uint32) {
	e.t.Helper()
	for _, id := range ids {
		e.waitFor(func() bool {
			rec, ok, _ := e.s.store.Task(id)
			return ok && rec.State == StateAnswered
		}, "task %d answered", id)
	}
}

func taskIDs(p protocol.BatchProposal) []uint32 {
	var ids []uint32
	for _, l := range p.Tasks {
		ids = append(ids, l.TaskID)
	}
	return ids
}

// A full group is proposed at once; its leaves are the tasks' response digests, the root and
// message are protocol's, and once signed the tasks are answered by one respondToTasks.
func TestBatchFlushBySize(t *testing.T) {
	e := batchEnv(t, 3, time.Hour)
	e.certify(1, 2, 3)
	p := e.waitProposal()
	if p.Count != 3 || len(p.Signers) != 2 {
		t.Fatalf("proposal %+v", p)
	}
	leaves := make([][32]byte, len(p.Tasks))
	for i, l := range p.Tasks {
		task := testTask(byte(l.TaskID))
		d, err := e.s.codec.ResponseDigest(e.s.chainID, e.s.cfg.TaskManager, task, protocol.NewResponse(l.TaskID, 0, []byte("ok")))
		if err != nil || common.Hash(d) != l.Leaf {
			t.Fatalf("leaf %d: %x, want the response digest %x (%v)", i, l.Leaf, d, err)
		}
		leaves[i] = l.Leaf
	}
	if root, _ := protocol.BatchRoot(leaves); common.Hash(root) != p.Root {
		t.Fatal("root is not BatchRoot of the leaves")
	}
	if got := e.proposals(0); len(got) != 0 {
		t.Fatalf("operator 0 signed no leaf but is offered %d batches", len(got))
	}
	if v, _, _ := e.s.TaskView(1); v.Phase != "batched" {
		t.Fatalf("phase %q, want batched", v.Phase)
	}
	e.signBatch(p)
	e.waitAnswered(1, 2, 3)
	calls := e.sender.batchCalls()
	if len(calls) != 1 || !slices.Equal(calls[0], taskIDs(p)) {
		t.Fatalf("respondToTasks calls %v", calls)
	}
	if r, _, _ := e.sender.counts(); r != 0 {
		t.Fatalf("%d respondToTask calls, want none", r)
	}
	if rec := e.record(2); rec.ResponseDigest != p.Tasks[1].Leaf {
		t.Fatalf("recorded digest %x, want the leaf", rec.ResponseDigest)
	}
	if bs, _ := e.s.store.Batches(); len(bs) != 0 {
		t.Fatalf("%d batches still stored after submission", len(bs))
	}
}

// A group that does not fill up is proposed once its oldest task has waited BatchMaxWait.
func TestBatchFlushByTime(t *testing.T) {
	e := batchEnv(t, 64, 50*time.Millisecond)
	e.certify(1, 2)
	p := e.waitProposal()
	if p.Count != 2 {
		t.Fatalf("proposal of %d tasks, want 2", p.Count)
	}
	e.signBatch(p)
	e.waitAnswered(1, 2)
}

// A task whose deadline is within the margin is never held: it goes alone.
func TestBatchNearDeadlineGoesAlone(t *testing.T) {
	e := batchEnv(t, 2, time.Hour, func(c *Config) { c.BatchDeadlineMargin = 10 })
	task := testTask(1)
	task.DeadlineBlock = 105 // head is 100
	e.create(1, task)
	for _, op := range []int{1, 2} {
		if rec := e.postJSON("/v1/responses", e.signed(op, 1, task, "ok")); rec.Code != http.StatusAccepted {
			t.Fatalf("%d %s", rec.Code, rec.Body)
		}
	}
	e.waitAnswered(1)
	if r, _, _ := e.sender.counts(); r != 1 || len(e.sender.batchCalls()) != 0 {
		t.Fatalf("respondToTask %d, respondToTasks %v", r, e.sender.batchCalls())
	}
}

// A batch nobody signs gives its tasks back to respondToTask with their own certificates.
func TestBatchUnsignedFallsBackToSingles(t *testing.T) {
	e := batchEnv(t, 2, time.Hour, func(c *Config) { c.BatchSignTimeout = 100 * time.Millisecond })
	e.certify(1, 2)
	p := e.waitProposal()
	e.waitAnswered(1, 2)
	if r, _, _ := e.sender.counts(); r != 2 || len(e.sender.batchCalls()) != 0 {
		t.Fatalf("respondToTask %d, respondToTasks %v", r, e.sender.batchCalls())
	}
	if rec := e.batchSig(p.Seq, 1, e.message(p)); rec.Code != http.StatusGone {
		t.Fatalf("signature for a batch given up: %d %s", rec.Code, rec.Body)
	}
}

// Batch signatures are refused unless they come from an operator of the signer set, over the
// batch's message, with its own key; nothing refused counts.
func TestBatchSignatureChecks(t *testing.T) {
	e := batchEnv(t, 2, time.Hour)
	e.certify(1, 2)
	p := e.waitProposal()
	msg := e.message(p)
	if rec := e.batchSig(p.Seq, 0, msg); rec.Code != http.StatusForbidden {
		t.Fatalf("operator outside the signer set: %d %s", rec.Code, rec.Body)
	}
	other := protocol.BatchMessage(e.s.chainID, e.s.cfg.TaskManager, p.Root, uint64(p.Count)+1)
	if rec := e.batchSig(p.Seq, 1, other); rec.Code != http.StatusUnauthorized {
		t.Fatalf("wrong message: %d %s", rec.Code, rec.Body)
	}
	forged := e.ops[2].kp.SignMessage(msg) // operator 2's key under operator 1's id
	rec := e.postJSON("/v1/batches/"+itoa(p.Seq)+"/signatures", protocol.BatchSignature{OperatorID: e.ops[1].id, Signature: protocol.G1JSONOf(forged.G1Point)})
	if rec.Code != http.StatusUnauthorized {
		t.Fatalf("forged: %d %s", rec.Code, rec.Body)
	}
	if rec := e.batchSig(p.Seq+10, 1, msg); rec.Code != http.StatusNotFound {
		t.Fatalf("unknown batch: %d %s", rec.Code, rec.Body)
	}
	if rec := e.post("/v1/batches/"+itoa(p.Seq)+"/signatures", []byte(`{"operatorId":"0x01","signature":{"x":"1","y":"1"},"extra":1}`)); rec.Code != http.StatusBadRequest {
		t.Fatalf("malformed: %d %s", rec.Code, rec.Body)
	}
	if rec := e.batchSig(p.Seq, 1, msg); rec.Code != http.StatusAccepted {
		t.Fatalf("good signature: %d %s", rec.Code, rec.Body)
	}
	if rec := e.batchSig(p.Seq, 1, msg); rec.Code != http.StatusConflict {
		t.Fatalf("duplicate: %d %s", rec.Code, rec.Body)
	}
	if got := e.proposals(1); len(got) != 0 {
		t.Fatal("a batch the operator signed is still offered to it")
	}
	if len(e.sender.batchCalls()) != 0 {
		t.Fatal("submitted before the threshold")
	}
	if rec := e.batchSig(p.Seq, 2, msg); rec.Code != http.StatusAccepted {
		t.Fatalf("good signature: %d %s", rec.Code, rec.Body)
	}
	e.waitAnswered(1, 2)
}

// A batch reverted because one task is no longer pending drops that task and proposes the
// rest again; the operators sign the new root.
func TestBatchRevertDropsStaleTask(t *testing.T) {
	e := batchEnv(t, 3, time.Hour)
	e.sender.batchErr = func(n int) error {
		if n == 1 {
			return &submitError{outcomeAlreadyDone, errors.New("execution reverted: TaskAlreadyResponded")}
		}
		return nil
	}
	e.certify(1, 2, 3)
	p := e.waitProposal()
	e.chain.mu.Lock()
	r := e.chain.tasks[2]
	r.State, r.RespondedBlock, r.ResponseDigest = uint8(onchain.TaskResponded), 104, [32]byte{0xd2}
	e.chain.tasks[2] = r
	e.chain.mu.Unlock()
	e.signBatch(p)
	var p2 protocol.BatchProposal
	e.waitFor(func() bool {
		ps := e.proposals(-1)
		if len(ps) == 0 || ps[0].Seq == p.Seq {
			return false
		}
		p2 = ps[0]
		return true
	}, "a new proposal")
	if !slices.Equal(taskIDs(p2), []uint32{1, 3}) || p2.Root == p.Root {
		t.Fatalf("re-proposed %v root %x", taskIDs(p2), p2.Root)
	}
	e.signBatch(p2)
	e.waitAnswered(1, 2, 3)
	if rec := e.record(2); rec.Reason == "" {
		t.Fatal("task 2 should be recorded as answered elsewhere")
	}
	if calls := e.sender.batchCalls(); len(calls) != 2 {
		t.Fatalf("respondToTasks calls %v", calls)
	}
}

// A batch stored and not submitted before a restart is published again by the next run and
// answered once signed.
func TestBatchRestoredAfterRestart(t *testing.T) {
	dir := t.TempDir()
	withDir := func(c *Config) { c.DataDir = dir }
	e := batchEnv(t, 2, time.Hour, withDir)
	e.certify(1, 2)
	p := e.waitProposal()
	e.stop()

	e2 := batchEnv(t, 2, time.Hour, withDir)
	for _, id := range []uint32{1, 2} {
		h, _ := e2.s.codec.TaskHash(testTask(byte(id)))
		e2.chain.tasks[id] = taskmanager.ITaskManagerTaskRecord{TaskHash: h, State: uint8(onchain.TaskPending)}
	}
	// What Run does at startup.
	stored, err := e2.s.claimStoredBatches()
	if err != nil || len(stored) != 1 {
		t.Fatalf("stored batches %v %v", stored, err)
	}
	pending, err := e2.s.store.PendingTasks()
	if err != nil {
		t.Fatal(err)
	}
	for _, rec := range pending {
		e2.s.track(e2.ctx, rec)
	}
	e2.s.restoreBatches(e2.ctx, stored)
	p2 := e2.waitProposal()
	if p2.Seq != p.Seq || p2.Root != p.Root {
		t.Fatalf("restored %+v, want %+v", p2, p)
	}
	e2.signBatch(p2)
	e2.waitAnswered(1, 2)
	if calls := e2.sender.batchCalls(); len(calls) != 1 {
		t.Fatalf("respondToTasks calls %v", calls)
	}
	if r, _, _ := e2.sender.counts(); r != 0 {
		t.Fatalf("%d single responses after the restart", r)
	}
}

// Whatever the body, POST /v1/batches/{seq}/signatures answers one of its documented statuses
// and takes (202) only a valid signature of an operator asked to sign the batch.
func FuzzPostBatchSignature(f *testing.F) {
	e := batchEnv(f, 2, time.Hour)
	e.certify(1, 2)
	p := e.waitProposal()
	msg := e.message(p)
	good, _ := json.Marshal(protocol.BatchSignature{OperatorID: e.ops[1].id, Signature: protocol.G1JSONOf(e.ops[1].kp.SignMessage(msg).G1Point)})
	outsider, _ := json.Marshal(protocol.BatchSignature{OperatorID: e.ops[0].id, Signature: protocol.G1JSONOf(e.ops[0].kp.SignMessage(msg).G1Point)})
	forged, _ := json.Marshal(protocol.BatchSignature{OperatorID: e.ops[2].id, Signature: protocol.G1JSONOf(e.ops[1].kp.SignMessage(msg).G1Point)})
	for _, seed := range [][]byte{good, outsider, forged, []byte(`{}`), []byte(`null`), []byte(``), []byte(`{"operatorId":"0x01"}`),
		[]byte(`{"operatorId":"0x01","signature":{"x":"1","y":"1"}}`), []byte(`{"signature":{"x":"-1","y":"2"}}`), append(good, ' ', '{', '}')} {
		f.Add(seed, uint8(0))
	}
	allowed := map[int]bool{400: true, 413: true, 404: true, 410: true, 403: true, 409: true, 429: true, 401: true, 202: true}
	f.Fuzz(func(t *testing.T, body []byte, seqDelta uint8) {
		seq := p.Seq + uint64(seqDelta%3)
		rec := e.post("/v1/batches/"+itoa(seq)+"/signatures", body)
		if !allowed[rec.Code] {
			t.Fatalf("status %d for %q", rec.Code, body)
		}
		if rec.Code != http.StatusAccepted {
			return
		}
		var bs protocol.BatchSignature
		if err := json.Unmarshal(body, &bs); err != nil || seq != p.Seq || (bs.OperatorID != e.ops[1].id && bs.OperatorID != e.ops[2].id) {
			t.Fatalf("accepted %q for batch %d", body, seq)
		}
		pt, err := bs.Signature.Point()
		if err != nil {
			t.Fatalf("accepted an invalid point: %v", err)
		}
		kp := e.ops[1].kp
		if bs.OperatorID == e.ops[2].id {
			kp = e.ops[2].kp
		}
		if ok, err := (&bls.Signature{G1Point: pt}).Verify(kp.GetPubKeyG2(), msg); !ok || err != nil {
			t.Fatalf("accepted a signature that does not verify: %q", body)
		}
	})
}
