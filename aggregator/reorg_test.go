package aggregator

import (
	"net/http"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/blockless/avs/protocol/onchain"
)

// setChainState sets the fake chain's view of task id.
func (e *env) setChainState(id uint32, state onchain.TaskState) {
	e.chain.mu.Lock()
	defer e.chain.mu.Unlock()
	r := e.chain.tasks[id]
	r.State = uint8(state)
	e.chain.tasks[id] = r
}

// waitWatched waits until n outcomes are watched: a task is stored as settled just before its
// outcome's block joins the watch list.
func (e *env) waitWatched(n int) {
	e.t.Helper()
	e.waitFor(func() bool {
		e.s.settled.mu.Lock()
		defer e.s.settled.mu.Unlock()
		return len(e.s.settled.entries) == n
	}, "%d outcomes watched", n)
}

// A reorganisation that removes the block of our respondToTask leaves the task pending on
// chain: the aggregator notices through the block hash, reopens the task and answers it again
// from the signatures it stored; no operator has to sign again.
func TestReorgRemovingResponseReopensTask(t *testing.T) {
	e := newEnv(t)
	e.chain.mu.Lock()
	e.chain.head = 110 // the fake receipt lands in block 105
	e.chain.mu.Unlock()
	e.s.head.Store(110)
	task := testTask(1)
	e.create(1, task)
	wantStatus(t, e.postJSON("/v1/responses", e.signed(2, 1, task, "out")), http.StatusAccepted)
	wantStatus(t, e.postJSON("/v1/responses", e.signed(1, 1, task, "out")), http.StatusAccepted)
	e.waitFor(func() bool { return e.record(1).State == StateAnswered }, "task answered")
	e.waitWatched(1)
	e.setChainState(1, onchain.TaskResponded)

	// No reorganisation: checking changes nothing and reads no task.
	e.chain.mu.Lock()
	reads := e.chain.getTask
	e.chain.mu.Unlock()
	e.s.checkSettled(e.ctx, 110)
	e.chain.mu.Lock()
	if e.chain.getTask != reads {
		t.Fatalf("getTask called %d times without a reorganisation", e.chain.getTask-reads)
	}
	e.chain.mu.Unlock()
	if e.record(1).State != StateAnswered {
		t.Fatal("task reopened without a reorganisation")
	}

	// Blocks from 104 on are replaced; the response is gone, the task pending again.
	e.chain.mu.Lock()
	e.chain.reorg(104)
	e.chain.mu.Unlock()
	e.setChainState(1, onchain.TaskPending)
	e.s.checkSettled(e.ctx, 110)
	e.waitFor(func() bool {
		r, _, _ := e.sender.counts()
		return r == 2 && e.record(1).State == StateAnswered
	}, "task answered a second time")
	if got := e.record(1); got.ResponseTx == (common.Hash{}) || got.RespondedBlock != 105 {
		t.Fatalf("record after the second answer: %+v", got)
	}
}

// A task whose outcome is still on the chain after a reorganisation of later blocks is left
// alone; one whose outcome was re-included elsewhere is recorded there, not reopened.
func TestReorgAboveOrMovingOutcomeKeepsTaskSettled(t *testing.T) {
	e := newEnv(t)
	e.chain.mu.Lock()
	e.chain.head = 120
	e.chain.mu.Unlock()
	task := testTask(1)
	e.create(1, task)
	wantStatus(t, e.postJSON("/v1/responses", e.signed(2, 1, task, "out")), http.StatusAccepted)
	wantStatus(t, e.postJSON("/v1/responses", e.signed(1, 1, task, "out")), http.StatusAccepted)
	e.waitFor(func() bool { return e.record(1).State == StateAnswered }, "task answered")
	e.waitWatched(1)

	e.chain.mu.Lock()
	e.chain.reorg(110) // above block 105
	r := e.chain.tasks[1]
	r.State, r.RespondedBlock = uint8(onchain.TaskResponded), 105
	e.chain.tasks[1] = r
	e.chain.mu.Unlock()
	e.s.checkSettled(e.ctx, 120)
	if n, _, _ := e.sender.counts(); n != 1 || e.record(1).State != StateAnswered {
		t.Fatalf("respondToTask %d times, state %s", n, e.record(1).State)
	}

	e.chain.mu.Lock()
	e.chain.reorg(100)
	r = e.chain.tasks[1]
	r.RespondedBlock = 107 // the same transaction, mined again two blocks later
	e.chain.tasks[1] = r
	e.chain.mu.Unlock()
	e.s.checkSettled(e.ctx, 120)
	if n, _, _ := e.sender.counts(); n != 1 {
		t.Fatalf("respondToTask %d times after the response moved", n)
	}
	if got := e.record(1); got.State != StateAnswered || got.RespondedBlock != 107 {
		t.Fatalf("record after the response moved: %+v", got)
	}
	// Still watched at its new block.
	if len(e.s.settled.snapshot(120, 64)) != 1 {
		t.Fatal("moved outcome not watched")
	}
}

// An expireTask removed by a reorganisation is sent again.
func TestReorgRemovingExpiryExpiresAgain(t *testing.T) {
	e := newEnv(t)
	e.chain.mu.Lock()
	e.chain.head = 200 // past the deadline (150); the fake expiry lands in block 151
	e.chain.mu.Unlock()
	e.create(1, testTask(1))
	e.s.expireDue(e.ctx, 200)
	e.waitFor(func() bool { return e.record(1).State == StateExpired }, "task expired")
	e.waitWatched(1)
	e.setChainState(1, onchain.TaskExpired)

	e.chain.mu.Lock()
	e.chain.reorg(151)
	e.chain.mu.Unlock()
	e.setChainState(1, onchain.TaskPending)
	e.s.checkSettled(e.ctx, 200)
	if e.s.task(1) == nil || e.record(1).State != StatePending {
		t.Fatalf("task not reopened: %+v", e.record(1))
	}
	e.s.expireDue(e.ctx, 200)
	e.waitFor(func() bool {
		_, x, _ := e.sender.counts()
		return x == 2 && e.record(1).State == StateExpired
	}, "expireTask sent again")
}

// An outcome deeper than ReorgDepth is no longer watched.
func TestSettledWatchForgetsDeepOutcomes(t *testing.T) {
	var w settledWatch
	w.add(settledOutcome{id: 1, block: 10})
	w.add(settledOutcome{id: 2, block: 30})
	w.add(settledOutcome{id: 3, block: 20})
	got := w.snapshot(83, 64) // 10+64 <= 83: gone; 20+64 > 83: kept
	if len(got) != 2 || got[0].id != 3 || got[1].id != 2 {
		t.Fatalf("watched %+v", got)
	}
}

// An operator that follows a reorganisation before the aggregator does posts its response for
// the new content while the aggregator still holds the old task under that id, for which the
// same operator already has a response stored. That is not a conflict (409 would end the
// operator's delivery for good): the aggregator answers 503 until it holds the new task, then
// accepts the same body.
func TestResponseForContentNotYetSeenIsRetryable(t *testing.T) {
	e := newEnv(t)
	oldTask, newTask := testTask(1), testTask(2)
	e.create(1, oldTask)
	old := e.signed(0, 1, oldTask, "out")
	old.TaskHash, _ = e.s.codec.TaskHash(oldTask)
	wantStatus(t, e.postJSON("/v1/responses", old), http.StatusAccepted)

	early := e.signed(0, 1, newTask, "out")
	early.TaskHash, _ = e.s.codec.TaskHash(newTask)
	wantStatus(t, e.postJSON("/v1/responses", early), http.StatusServiceUnavailable)
	if rs, _ := e.s.store.Responses(1); len(rs) != 1 {
		t.Fatalf("%d responses stored, want the old one only", len(rs))
	}

	e.create(1, newTask)
	wantStatus(t, e.postJSON("/v1/responses", early), http.StatusAccepted)
}
