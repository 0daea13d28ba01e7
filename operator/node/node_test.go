package node

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/bytecodealliance/wasmtime-go/v44"

	"github.com/blockless/avs/engine"
	"github.com/blockless/avs/modstore"
	"github.com/blockless/avs/taskwatch"
)

// A task the operator can never run (memory above its budget), one whose input URI is a tty
// and one whose module URI is refused by the fetch policy must neither hold the cursor nor
// keep a later, ordinary task from being executed.
func TestCursorDoesNotWaitOnFreeTasks(t *testing.T) {
	f := newFixture(t)
	n := f.node(t.TempDir(), nil)
	defer n.Close()
	ctx := context.Background()

	tooBig := f.task("a", 5000)
	tooBig.Limits.MemoryBytes = 128 << 20 // above the node's 64 MiB budget
	ev1 := f.event(1, tooBig, "a")
	ev2 := f.event(2, f.task("b", 5000), "")
	ev2.InputURI = "file:///dev/ptmx" // outside file_dirs: refused, never opened
	uncached := f.task("c", 5000)
	uncached.ModuleDigest = [32]byte{0xde, 0xad} // not in the module cache: must be fetched
	ev3 := f.event(3, uncached, "c")
	ev3.ModuleURIs = []string{"file:///dev/ptmx"}
	if err := n.handleRange(ctx, []taskwatch.Event{ev1, ev2, ev3}, 10); err != nil {
		t.Fatalf("handleRange: %v", err)
	}
	if next, _ := n.store.nextBlock(); next != 11 {
		t.Fatalf("cursor at %d after reading blocks up to 10, want 11", next)
	}
	// 2,100 blocks later, an ordinary task.
	f.chain.setHead(2200)
	ev4 := f.event(4, f.task("hello", 5000), "hello")
	ev4.Block = 2110
	if err := n.handleRange(ctx, []taskwatch.Event{ev4}, 2110); err != nil {
		t.Fatalf("handleRange: %v", err)
	}
	if next, _ := n.store.nextBlock(); next != 2111 {
		t.Fatalf("cursor at %d, want 2111", next)
	}
	runQueue(t, n)
	eventually(t, "task 4 signed and delivered", func() bool { return len(f.agg.rawFor(4)) == 1 })
	if r := f.agg.responses(); len(r) != 1 || string(r[0].Output) != "hello" {
		t.Fatalf("aggregator got %+v, want only task 4's \"hello\"", r)
	}
	eventually(t, "the three free tasks skipped", func() bool {
		return skippedCount(n, "caps") == 1 && skippedCount(n, "input") == 1 && skippedCount(n, "module") == 1
	})
	eventually(t, "queue empty", func() bool { return n.queue.pending() == 0 })
	if q, err := n.store.queued(); err != nil || len(q) != 0 {
		t.Fatalf("durable queue holds %d tasks (%v), want none", len(q), err)
	}
}

// A host error on one task is retried with backoff without holding others, and the task is
// dropped once its deadline has passed.
func TestHostErrorRetriedUntilDeadline(t *testing.T) {
	f := newFixture(t)
	n := f.node(t.TempDir(), nil)
	defer n.Close()
	failing := f.task("x", 150)
	failing.ReferenceBlock = 7
	f.chain.timeErrs[7] = errRPCDown
	evs := []taskwatch.Event{f.event(1, failing, "x"), f.event(2, f.task("y", 5000), "y")}
	if err := n.handleRange(context.Background(), evs, 10); err != nil {
		t.Fatal(err)
	}
	runQueue(t, n)
	eventually(t, "task 2 delivered", func() bool { return len(f.agg.rawFor(2)) == 1 })
	attempts := func() int {
		n.queue.mu.Lock()
		defer n.queue.mu.Unlock()
		for k, j := range n.queue.jobs {
			if k.ID == 1 {
				return j.attempts
			}
		}
		return -1
	}
	eventually(t, "task 1 retried", func() bool { return attempts() >= 3 })
	f.chain.setHead(151)
	eventually(t, "task 1 dropped at its deadline", func() bool { return skippedCount(n, "deadline") == 1 && n.queue.pending() == 0 })
	if len(f.agg.rawFor(1)) != 0 {
		t.Fatal("task 1 was signed although its reference block could not be read")
	}
}

// Tasks seen but not executed before a stop are executed after a restart.
func TestRestartResumesQueue(t *testing.T) {
	f := newFixture(t)
	dir := t.TempDir()
	n1 := f.node(dir, nil)
	if err := n1.handleRange(context.Background(), []taskwatch.Event{f.event(1, f.task("q", 5000), "q")}, 10); err != nil {
		t.Fatal(err)
	}
	n1.Close()

	n2 := f.node(dir, nil)
	defer n2.Close()
	from, err := n2.resume(context.Background())
	if err != nil || from != 11 {
		t.Fatalf("resume from %d (%v), want 11", from, err)
	}
	runQueue(t, n2)
	eventually(t, "task 1 delivered after the restart", func() bool { return len(f.agg.rawFor(1)) == 1 })
}

// A response signed before a restart and not acknowledged is resent byte for byte after
// it, and the task is never signed a second time.
func TestRestartResendsSameBytes(t *testing.T) {
	f := newFixture(t)
	dir := t.TempDir()
	f.agg.setCode(http.StatusServiceUnavailable)
	ev := f.event(1, f.task("same", 5000), "same")
	n1 := f.node(dir, nil)
	if err := n1.handleRange(context.Background(), []taskwatch.Event{ev}, 10); err != nil {
		t.Fatal(err)
	}
	stop := runQueue(t, n1)
	var first signedRecord
	eventually(t, "task 1 signed", func() bool {
		r, ok, _ := n1.store.signed(taskKey{ID: 1, Hash: f.chain.tasks[1].TaskHash})
		first = r
		return ok
	})
	stop()
	n1.Close()

	f.agg.setCode(http.StatusAccepted)
	n2 := f.node(dir, nil)
	defer n2.Close()
	if _, err := n2.resume(context.Background()); err != nil {
		t.Fatal(err)
	}
	// The watcher reading the range again (after a crash before the cursor moved) must not re-sign.
	if err := n2.handleRange(context.Background(), []taskwatch.Event{ev}, 10); err != nil {
		t.Fatal(err)
	}
	runQueue(t, n2)
	eventually(t, "resent", func() bool { return len(f.agg.rawFor(1)) >= 1 })
	for _, r := range f.agg.responses() {
		if r.Signature != first.Response.Signature || string(r.Output) != string(first.Response.Output) {
			t.Fatalf("resent %+v, want the record signed before the restart %+v", r, first.Response)
		}
	}
	if err := n2.store.recordSigned(first); err == nil {
		t.Fatal("a second signature for the same task was recorded")
	}
}

// A reorg gives task id 1 to another task: the new task is executed and signed on its own,
// the old record stays, and a stale copy of a task the chain no longer holds is not signed.
func TestReorgReusesTaskID(t *testing.T) {
	f := newFixture(t)
	n := f.node(t.TempDir(), nil)
	defer n.Close()
	ctx := context.Background()
	runQueue(t, n)
	before := f.event(1, f.task("before", 5000), "before")
	h1 := f.chain.tasks[1].TaskHash
	if err := n.handleRange(ctx, []taskwatch.Event{before}, 10); err != nil {
		t.Fatal(err)
	}
	eventually(t, "first task 1 delivered", func() bool { return len(f.agg.rawFor(1)) == 1 })

	after := f.event(1, f.task("after", 5000), "after")
	h2 := f.chain.tasks[1].TaskHash
	if h1 == h2 {
		t.Fatal("test tasks have the same hash")
	}
	if err := n.handleRange(ctx, []taskwatch.Event{after}, 20); err != nil {
		t.Fatal(err)
	}
	eventually(t, "second task 1 delivered", func() bool { return len(f.agg.rawFor(1)) == 2 })
	got := f.agg.responses()
	if string(got[0].Output) != "before" || string(got[1].Output) != "after" {
		t.Fatalf("outputs %q, %q; want \"before\" then \"after\"", got[0].Output, got[1].Output)
	}
	for _, h := range [][32]byte{h1, h2} {
		if _, ok, err := n.store.signed(taskKey{ID: 1, Hash: h}); !ok || err != nil {
			t.Fatalf("no record for task 1 hash %x (%v)", h[:4], err)
		}
	}
	// A task under id 1 the chain does not hold (the loser of the reorg, seen late).
	stale := f.task("stale", 5000)
	evStale := before
	evStale.Task, evStale.Input = stale, []byte("stale")
	if err := n.handleRange(ctx, []taskwatch.Event{evStale}, 30); err != nil {
		t.Fatal(err)
	}
	eventually(t, "stale task skipped", func() bool { return skippedCount(n, "replaced") == 1 })
	if len(f.agg.rawFor(1)) != 2 {
		t.Fatal("the stale task was signed")
	}
}

// A response whose task is past its deadline is not retried forever while the aggregator
// is down.
func TestSenderStopsAfterDeadline(t *testing.T) {
	f := newFixture(t)
	f.agg.setCode(http.StatusServiceUnavailable)
	n := f.node(t.TempDir(), nil)
	defer n.Close()
	f.chain.setHead(100)
	rec := signedRecord{TaskHash: [32]byte{1}, DeadlineBlock: 50}
	rec.Response.TaskID = 9
	if err := n.store.recordSigned(rec); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { n.sender.loop(context.Background(), rec); close(done) }()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("sender still retrying a response whose task's deadline has passed")
	}
	if r, _, _ := n.store.signed(rec.key()); !r.Acknowledged {
		t.Fatal("record not marked as no longer needed")
	}
}

// The wall time of a task is cut to the operator's cap, never refused: it is no part of a result.
func TestWallTimeClampedToCap(t *testing.T) {
	f := newFixture(t)
	n := f.node(t.TempDir(), func(c *Config) { c.MaxWallTime = time.Second })
	defer n.Close()
	task := f.task("slow", 5000)
	task.Limits.WallTimeMs = 3_600_000
	if got := n.limits(task).Timeout; got != time.Second {
		t.Fatalf("timeout %s, want the 1s cap", got)
	}
	runQueue(t, n)
	if err := n.handleRange(context.Background(), []taskwatch.Event{f.event(1, task, "slow")}, 10); err != nil {
		t.Fatal(err)
	}
	eventually(t, "task with a long wall time signed", func() bool { return len(f.agg.rawFor(1)) == 1 })
}

// A task pinned to another execution environment is skipped, never signed.
func TestEnvironmentMismatchSkipped(t *testing.T) {
	f := newFixture(t)
	n := f.node(t.TempDir(), nil)
	defer n.Close()
	other := f.task("e", 5000)
	other.Environment = [32]byte{1}
	runQueue(t, n)
	evs := []taskwatch.Event{f.event(1, other, "e"), f.event(2, f.task("ok", 5000), "ok")}
	if err := n.handleRange(context.Background(), evs, 10); err != nil {
		t.Fatal(err)
	}
	eventually(t, "task 2 delivered", func() bool { return len(f.agg.rawFor(2)) == 1 })
	eventually(t, "task 1 skipped", func() bool { return skippedCount(n, "environment") == 1 })
	if len(f.agg.rawFor(1)) != 0 {
		t.Fatal("a task pinned to another environment was signed")
	}
}

// A response signed for a task that a reorg replaced is not sent once the chain holds the
// new task, not even as a resend after a restart.
func TestNoResendForReplacedTask(t *testing.T) {
	f := newFixture(t)
	dir := t.TempDir()
	// The first run talks to an aggregator of its own that never accepts: a request it gave up
	// on may still reach a server after it stopped, and must not be counted as a resend.
	down := newFakeAggregator(t)
	down.setCode(http.StatusServiceUnavailable)
	old := f.event(1, f.task("old", 5000), "old")
	n1 := f.node(dir, func(c *Config) { c.AggregatorURL = down.srv.URL })
	if err := n1.handleRange(context.Background(), []taskwatch.Event{old}, 10); err != nil {
		t.Fatal(err)
	}
	stop := runQueue(t, n1)
	eventually(t, "old task signed", func() bool {
		un, _ := n1.store.unacknowledged()
		return len(un) == 1
	})
	stop()
	n1.Close()

	f.event(1, f.task("new", 5000), "new") // the chain now holds another task under id 1
	n2 := f.node(dir, nil)
	defer n2.Close()
	if _, err := n2.resume(context.Background()); err != nil {
		t.Fatal(err)
	}
	n2.sender.wait()
	if got := f.agg.rawFor(1); len(got) != 0 {
		t.Fatalf("the response for the replaced task was sent: %s", got[0])
	}
}

// Tasks of one function whose module server never answers cost one fetch timeout together,
// not one each.
func TestSlowModuleServerFetchedOnce(t *testing.T) {
	f := newFixture(t)
	var mu sync.Mutex
	requests := 0
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		requests++
		mu.Unlock()
		<-r.Context().Done() // never answers
	}))
	defer slow.Close()
	n := f.node(t.TempDir(), func(c *Config) { c.Fetch.AllowPrivate = true })
	defer n.Close()
	var evs []taskwatch.Event
	for id := uint32(1); id <= 3; id++ {
		task := f.task(fmt.Sprint(id), 5000)
		task.ModuleDigest = [32]byte{0xbe, 0xef}
		ev := f.event(id, task, fmt.Sprint(id))
		ev.ModuleURIs = []string{slow.URL + "/m.wasm"}
		evs = append(evs, ev)
	}
	runQueue(t, n)
	if err := n.handleRange(context.Background(), evs, 10); err != nil {
		t.Fatal(err)
	}
	eventually(t, "the three tasks skipped", func() bool { return skippedCount(n, "module") == 3 })
	mu.Lock()
	defer mu.Unlock()
	if requests != 1 {
		t.Fatalf("%d requests to the module server, want 1", requests)
	}
}

// A module the engine refuses to instantiate (no _start) is a signed result, not a host
// error retried until the deadline.
func TestBadModuleIsSignedResult(t *testing.T) {
	f := newFixture(t)
	mod, err := wasmtime.Wat2Wasm(`(module (memory (export "memory") 1))`)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(f.modDir, "noentry.wasm")
	if err := os.WriteFile(p, mod, 0o644); err != nil {
		t.Fatal(err)
	}
	n := f.node(t.TempDir(), nil)
	defer n.Close()
	task := f.task("", 5000)
	task.ModuleDigest = modstore.Sum(mod)
	ev := f.event(1, task, "")
	ev.ModuleURIs = []string{"file://" + p}
	runQueue(t, n)
	if err := n.handleRange(context.Background(), []taskwatch.Event{ev}, 10); err != nil {
		t.Fatal(err)
	}
	eventually(t, "signed", func() bool { return len(f.agg.rawFor(1)) == 1 })
	if st := f.agg.responses()[0].Status; engine.Status(st) != engine.StatusBadEntry {
		t.Fatalf("status %d, want %d (bad entry)", st, engine.StatusBadEntry)
	}
}
