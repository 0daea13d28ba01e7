package aggregator

import (
	"encoding/json"
	"net/http"
	"slices"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"

	"github.com/blockless/avs/protocol"
)

// batchDecline is operator op's signed decline of tasks ids of batch p, posted.
func (e *env) batchDecline(p protocol.BatchProposal, op int, ids ...uint32) int {
	e.t.Helper()
	msg := protocol.BatchDeclineMessage(e.s.chainID, e.s.cfg.TaskManager, p.Root, ids)
	d := protocol.BatchDecline{OperatorID: e.ops[op].id, TaskIDs: ids, Signature: protocol.G1JSONOf(e.ops[op].kp.SignMessage(msg).G1Point)}
	return e.postJSON("/v1/batches/"+itoa(p.Seq)+"/declines", d).Code
}

// waitReproposed waits for the one live batch that replaced withdrawn batch p.
func (e *env) waitReproposed(p protocol.BatchProposal) protocol.BatchProposal {
	e.t.Helper()
	var p2 protocol.BatchProposal
	e.waitFor(func() bool {
		ps := e.proposals(-1)
		if len(ps) == 1 && ps[0].Seq != p.Seq {
			p2 = ps[0]
			return true
		}
		return false
	}, "batch %d proposed again without the declined task", p.Seq)
	return p2
}

// Tasks certified by different signer sets of one quorum set make one batch, which the union
// of their signers is asked to sign.
func TestBatchGroupsBySignerUnion(t *testing.T) {
	e := batchEnv(t, 2, time.Hour)
	e.certify(1)                   // operators 1 and 2
	e.certifyBy([]int{0, 1, 2}, 2) // all three: certified with operator 0 among the signers
	p := e.waitProposal()
	if p.Count != 2 || len(p.Signers) != 3 {
		t.Fatalf("proposal of %d tasks to %d signers, want 2 tasks to 3", p.Count, len(p.Signers))
	}
	if got := e.proposals(0); len(got) != 1 {
		t.Fatal("operator 0 signed a leaf of the batch but is not offered it")
	}
	e.signBatch(p)
	e.waitAnswered(1, 2)
	if calls := e.sender.batchCalls(); len(calls) != 1 || len(calls[0]) != 2 {
		t.Fatalf("respondToTasks calls %v", calls)
	}
}

// A decline that leaves the batch short of its threshold withdraws it at once: the declined
// task is answered alone with its own certificate, the others are batched again without it.
func TestBatchDeclineWithdraws(t *testing.T) {
	e := batchEnv(t, 3, time.Hour)
	e.certify(1, 2, 3)
	p := e.waitProposal()
	if code := e.batchDecline(p, 2, 2); code != http.StatusAccepted {
		t.Fatalf("decline: %d", code)
	}
	p2 := e.waitReproposed(p)
	if !slices.Equal(taskIDs(p2), []uint32{1, 3}) {
		t.Fatalf("new batch holds %v, want [1 3]", taskIDs(p2))
	}
	e.waitAnswered(2)
	if rec := e.batchSig(p.Seq, 1, e.message(p)); rec.Code != http.StatusGone {
		t.Fatalf("signature for the withdrawn batch: %d %s", rec.Code, rec.Body)
	}
	e.signBatch(p2)
	e.waitAnswered(1, 3)
	r, _, _ := e.sender.counts()
	if calls := e.sender.batchCalls(); r != 1 || len(calls) != 1 || !slices.Equal(calls[0], []uint32{1, 3}) {
		t.Fatalf("respondToTask %d, respondToTasks %v; want 1 and [[1 3]]", r, calls)
	}
}

// A decline that leaves enough stake keeps the batch: the others' signatures certify it, and
// the declining operator is no longer offered it.
func TestBatchDeclineWithinThreshold(t *testing.T) {
	e := batchEnv(t, 2, time.Hour)
	e.certifyBy([]int{0, 1, 2}, 1, 2)
	p := e.waitProposal()
	if code := e.batchDecline(p, 0, 1); code != http.StatusAccepted {
		t.Fatalf("decline: %d", code)
	}
	if got := e.proposals(0); len(got) != 0 {
		t.Fatal("a batch the operator declined is still offered to it")
	}
	if rec := e.batchSig(p.Seq, 0, e.message(p)); rec.Code != http.StatusConflict {
		t.Fatalf("signature after a decline: %d %s", rec.Code, rec.Body)
	}
	e.signBatch(p)
	e.waitAnswered(1, 2)
	if calls := e.sender.batchCalls(); len(calls) != 1 || len(calls[0]) != 2 {
		t.Fatalf("respondToTasks calls %v", calls)
	}
}

// Declines are refused unless signed by an operator asked to sign the batch, over the decline
// message of tasks in the batch, each named once; nothing refused withdraws the batch.
func TestBatchDeclineChecks(t *testing.T) {
	e := batchEnv(t, 2, time.Hour)
	e.certify(1, 2)
	p := e.waitProposal()
	if code := e.batchDecline(p, 0, 1); code != http.StatusForbidden {
		t.Fatalf("operator outside the signer set: %d", code)
	}
	if code := e.batchDecline(p, 1, 9); code != http.StatusBadRequest {
		t.Fatalf("task not in the batch: %d", code)
	}
	if code := e.batchDecline(p, 1, 1, 1); code != http.StatusBadRequest {
		t.Fatalf("task named twice: %d", code)
	}
	if code := e.batchDecline(p, 1); code != http.StatusBadRequest {
		t.Fatalf("no tasks: %d", code)
	}
	// Operator 2's key under operator 1's id, and a signature over other task ids.
	msg := protocol.BatchDeclineMessage(e.s.chainID, e.s.cfg.TaskManager, p.Root, []uint32{1})
	forged := protocol.BatchDecline{OperatorID: e.ops[1].id, TaskIDs: []uint32{1}, Signature: protocol.G1JSONOf(e.ops[2].kp.SignMessage(msg).G1Point)}
	if rec := e.postJSON("/v1/batches/"+itoa(p.Seq)+"/declines", forged); rec.Code != http.StatusUnauthorized {
		t.Fatalf("forged: %d %s", rec.Code, rec.Body)
	}
	other := protocol.BatchDecline{OperatorID: e.ops[1].id, TaskIDs: []uint32{2}, Signature: protocol.G1JSONOf(e.ops[1].kp.SignMessage(msg).G1Point)}
	if rec := e.postJSON("/v1/batches/"+itoa(p.Seq)+"/declines", other); rec.Code != http.StatusUnauthorized {
		t.Fatalf("signature over other tasks: %d %s", rec.Code, rec.Body)
	}
	if rec := e.post("/v1/batches/"+itoa(p.Seq+5)+"/declines", []byte(`{}`)); rec.Code != http.StatusBadRequest {
		t.Fatalf("malformed: %d %s", rec.Code, rec.Body)
	}
	if ps := e.proposals(-1); len(ps) != 1 || ps[0].Seq != p.Seq {
		t.Fatal("a refused decline changed the batch")
	}
	e.signBatch(p)
	e.waitAnswered(1, 2)
	if r, _, _ := e.sender.counts(); r != 0 {
		t.Fatalf("%d tasks answered alone after refused declines", r)
	}
}

// Whatever the body, POST /v1/batches/{seq}/declines answers one of its documented statuses
// and takes (202) only a valid decline of an operator asked to sign the batch.
func FuzzPostBatchDecline(f *testing.F) {
	e := batchEnv(f, 2, time.Hour, func(c *Config) { c.BatchSignTimeout = time.Hour })
	e.certify(1, 2)
	p := e.waitProposal()
	sign := func(op int, ids ...uint32) []byte {
		msg := protocol.BatchDeclineMessage(e.s.chainID, e.s.cfg.TaskManager, p.Root, ids)
		b, _ := json.Marshal(protocol.BatchDecline{OperatorID: e.ops[op].id, TaskIDs: ids, Signature: protocol.G1JSONOf(e.ops[op].kp.SignMessage(msg).G1Point)})
		return b
	}
	for _, seed := range [][]byte{sign(1, 1), sign(2, 2), sign(0, 1), sign(1, 9), sign(1, 1, 1), sign(1), []byte(`{}`), []byte(`null`), []byte(``),
		[]byte(`{"operatorId":"0x01","taskIds":[1],"signature":{"x":"1","y":"1"}}`), []byte(`{"taskIds":[-1]}`)} {
		f.Add(seed, uint8(0))
	}
	allowed := map[int]bool{400: true, 413: true, 404: true, 410: true, 403: true, 409: true, 429: true, 401: true, 202: true}
	f.Fuzz(func(t *testing.T, body []byte, seqDelta uint8) {
		seq := p.Seq + uint64(seqDelta%3)
		rec := e.post("/v1/batches/"+itoa(seq)+"/declines", body)
		if !allowed[rec.Code] {
			t.Fatalf("status %d for %q", rec.Code, body)
		}
		if rec.Code != http.StatusAccepted {
			return
		}
		var d protocol.BatchDecline
		if err := json.Unmarshal(body, &d); err != nil || seq != p.Seq || (d.OperatorID != e.ops[1].id && d.OperatorID != e.ops[2].id) {
			t.Fatalf("accepted %q for batch %d", body, seq)
		}
		pt, err := d.Signature.Point()
		if err != nil {
			t.Fatalf("accepted an invalid point: %v", err)
		}
		kp := e.ops[1].kp
		if d.OperatorID == e.ops[2].id {
			kp = e.ops[2].kp
		}
		msg := protocol.BatchDeclineMessage(e.s.chainID, e.s.cfg.TaskManager, p.Root, d.TaskIDs)
		if ok, err := (&bls.Signature{G1Point: pt}).Verify(kp.GetPubKeyG2(), msg); !ok || err != nil {
			t.Fatalf("accepted a decline that does not verify: %q", body)
		}
	})
}

// Without BatchHoldIdle a certified task waits only while another task of its quorum set is
// still being certified: alone at low load, batched with the tasks still in flight.
func TestBatchIdleFlush(t *testing.T) {
	e := batchEnv(t, 64, time.Hour, func(c *Config) { c.BatchHoldIdle = false })
	e.certify(1)
	e.waitAnswered(1)
	if r, _, _ := e.sender.counts(); r != 1 || len(e.sender.batchCalls()) != 0 {
		t.Fatalf("lone task: respondToTask %d, respondToTasks %v", r, e.sender.batchCalls())
	}
	t2, t3 := testTask(2), testTask(3)
	e.create(2, t2)
	e.create(3, t3)
	if rec := e.postJSON("/v1/responses", e.signed(1, 3, t3, "ok")); rec.Code != http.StatusAccepted {
		t.Fatalf("%d %s", rec.Code, rec.Body)
	}
	for _, op := range []int{1, 2} {
		if rec := e.postJSON("/v1/responses", e.signed(op, 2, t2, "ok")); rec.Code != http.StatusAccepted {
			t.Fatalf("%d %s", rec.Code, rec.Body)
		}
	}
	e.waitFor(func() bool { v, _, _ := e.s.TaskView(2); return v.Phase == "batched" }, "task 2 certified")
	time.Sleep(100 * time.Millisecond) // several batch ticks: task 3 is in flight, task 2 waits for it
	if ps := e.proposals(-1); len(ps) != 0 {
		t.Fatalf("proposed %v while task 3 was still being certified", taskIDs(ps[0]))
	}
	if rec := e.postJSON("/v1/responses", e.signed(2, 3, t3, "ok")); rec.Code != http.StatusAccepted {
		t.Fatalf("%d %s", rec.Code, rec.Body)
	}
	p := e.waitProposal()
	if !slices.Equal(taskIDs(p), []uint32{2, 3}) {
		t.Fatalf("batch %v, want [2 3]", taskIDs(p))
	}
}
