package taskwatch

import (
	"context"
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/rs/zerolog"
)

// recorder is a handler that keeps what it was given; failNext makes its next calls fail.
type recorder struct {
	ids      []uint32
	calls    []call
	failNext int
}

type call struct {
	ids []uint32
	to  uint64
}

var errHandler = errors.New("handler refused")

func (r *recorder) handle(_ context.Context, events []Event, to uint64) error {
	var ids []uint32
	for _, ev := range events {
		ids = append(ids, ev.TaskID)
	}
	r.calls = append(r.calls, call{ids: ids, to: to})
	if r.failNext > 0 {
		r.failNext--
		return errHandler
	}
	r.ids = append(r.ids, ids...)
	return nil
}

// drain steps until the cursor stops moving, as Run does between polls, and returns it.
// Errors fail the test unless tolerate is set, in which case the step is retried.
func drain(t *testing.T, w *Watcher, from uint64, r *recorder, tolerate bool) (uint64, int) {
	t.Helper()
	errs := 0
	for i := 0; i < 1000; i++ {
		next, err := w.step(context.Background(), from, r.handle)
		if err != nil {
			if !tolerate {
				t.Fatalf("step from %d: %v", from, err)
			}
			errs++
			from = next
			continue
		}
		if next == from {
			return from, errs
		}
		from = next
	}
	t.Fatal("watcher never caught up")
	return 0, 0
}

func TestDeliversEventsInOrderOnce(t *testing.T) {
	c := newFakeChain()
	c.add(1)
	c.add(2, 3)
	c.addEmpty(2)
	c.add(4)
	w := newWatcher(Config{MaxRange: 2}, c, zerolog.Nop())
	r := &recorder{}
	from, _ := drain(t, w, 0, r, false)
	if want := []uint32{1, 2, 3, 4}; !reflect.DeepEqual(r.ids, want) {
		t.Fatalf("delivered %v, want %v", r.ids, want)
	}
	if from != 6 {
		t.Fatalf("cursor %d, want 6", from)
	}
	var ends []uint64
	for _, cl := range r.calls {
		ends = append(ends, cl.to)
	}
	if want := []uint64{1, 3, 5}; !reflect.DeepEqual(ends, want) {
		t.Fatalf("ranges ended at %v, want %v (MaxRange 2)", ends, want)
	}
	c.add(5)
	drain(t, w, from, r, false)
	if want := []uint32{1, 2, 3, 4, 5}; !reflect.DeepEqual(r.ids, want) {
		t.Fatalf("after a new block delivered %v, want %v", r.ids, want)
	}
}

func TestConfirmations(t *testing.T) {
	c := newFakeChain()
	c.add(1) // block 1
	w := newWatcher(Config{Confirmations: 3}, c, zerolog.Nop())
	r := &recorder{}
	from, _ := drain(t, w, 1, r, false)
	if len(r.ids) != 0 || from != 1 {
		t.Fatalf("head 1 with 3 confirmations: delivered %v up to %d, want nothing", r.ids, from)
	}
	c.addEmpty(2) // head 3: block 0 confirmed, block 1 not yet
	if from, _ = drain(t, w, from, r, false); len(r.ids) != 0 {
		t.Fatalf("head 3: delivered %v, want nothing", r.ids)
	}
	c.add(2)      // head 4: block 1 confirmed
	c.addEmpty(1) // head 5: block 2 confirmed, block 4 (task 2) not
	if from, _ = drain(t, w, from, r, false); !reflect.DeepEqual(r.ids, []uint32{1}) || from != 3 {
		t.Fatalf("head 5: delivered %v up to %d, want [1] up to 2", r.ids, from-1)
	}
	c.addEmpty(2) // head 7: block 4 confirmed
	if from, _ = drain(t, w, from, r, false); !reflect.DeepEqual(r.ids, []uint32{1, 2}) || from != 5 {
		t.Fatalf("head 7: delivered %v up to %d, want [1 2] up to 4", r.ids, from-1)
	}
}

func TestHandlerErrorRereadsTheSameRange(t *testing.T) {
	c := newFakeChain()
	c.add(1)
	c.add(2)
	w := newWatcher(Config{}, c, zerolog.Nop())
	r := &recorder{failNext: 1}
	next, err := w.step(context.Background(), 0, r.handle)
	if !errors.Is(err, errHandler) || next != 0 {
		t.Fatalf("step = %d, %v; want 0 and the handler's error", next, err)
	}
	c.add(3) // the retry may cover more blocks, never fewer
	if next, err = w.step(context.Background(), next, r.handle); err != nil {
		t.Fatal(err)
	}
	if len(r.calls) != 2 || !reflect.DeepEqual(r.calls[0].ids, []uint32{1, 2}) ||
		!reflect.DeepEqual(r.calls[1].ids, []uint32{1, 2, 3}) {
		t.Fatalf("handler calls %+v, want [1 2] refused then [1 2 3]", r.calls)
	}
	if !reflect.DeepEqual(r.ids, []uint32{1, 2, 3}) || next != 4 {
		t.Fatalf("committed %v up to %d, want [1 2 3] up to 3", r.ids, next-1)
	}
}

func TestReorgBelowCursorRereadsFromNewestBlockOnChain(t *testing.T) {
	c := newFakeChain()
	w := newWatcher(Config{}, c, zerolog.Nop())
	r := &recorder{}
	c.add(1) // block 1
	from, _ := drain(t, w, 0, r, false)
	c.add(2) // block 2
	c.add(3) // block 3
	from, _ = drain(t, w, from, r, false)
	c.add(4) // block 4
	from, _ = drain(t, w, from, r, false)
	if from != 5 {
		t.Fatalf("cursor %d, want 5", from)
	}
	// Blocks 3 and 4 are replaced: the newest remembered block still on the chain is 1
	// (ranges ended at 1, 3 and 4), so blocks 2 on are read again.
	c.reorg(3)
	c.add(30)
	c.add(40)
	c.add(5)
	from, _ = drain(t, w, from, r, false)
	if want := []uint32{1, 2, 3, 4, 2, 30, 40, 5}; !reflect.DeepEqual(r.ids, want) {
		t.Fatalf("delivered %v, want %v", r.ids, want)
	}
	if from != 6 {
		t.Fatalf("cursor %d, want 6", from)
	}
	// The new branch is remembered: no further re-reading.
	c.add(6)
	drain(t, w, from, r, false)
	if want := []uint32{1, 2, 3, 4, 2, 30, 40, 5, 6}; !reflect.DeepEqual(r.ids, want) {
		t.Fatalf("delivered %v, want %v", r.ids, want)
	}
}

func TestRPCErrorsRetriedWithoutLosingEvents(t *testing.T) {
	for _, method := range []string{"BlockNumber", "HeaderByNumber", "TaskCreated"} {
		t.Run(method, func(t *testing.T) {
			c := newFakeChain()
			w := newWatcher(Config{MaxRange: 2}, c, zerolog.Nop())
			r := &recorder{}
			c.add(1)
			c.add(2)
			from, _ := drain(t, w, 0, r, false) // remember a range, so rewind reads headers too
			c.add(3)
			c.add(4, 5)
			c.add(6)
			c.failNext(method, 3)
			from, errs := drain(t, w, from, r, true)
			if errs != 3 {
				t.Fatalf("%d failed steps, want 3", errs)
			}
			if want := []uint32{1, 2, 3, 4, 5, 6}; !reflect.DeepEqual(r.ids, want) || from != 6 {
				t.Fatalf("delivered %v up to %d, want %v up to 5", r.ids, from-1, want)
			}
		})
	}
}

// TestRunRetries drives Run itself: failures back off and retry, events still arrive once and
// in order, and blocks added while it runs are picked up.
func TestRunRetries(t *testing.T) {
	c := newFakeChain()
	c.add(1)
	c.add(2, 3)
	c.failNext("TaskCreated", 2)
	w := newWatcher(Config{PollInterval: time.Millisecond}, c, zerolog.Nop())
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	got := make(chan uint32, 16)
	done := make(chan error, 1)
	go func() {
		done <- w.Run(ctx, 1, func(_ context.Context, events []Event, _ uint64) error {
			for _, ev := range events {
				got <- ev.TaskID
			}
			return nil
		})
	}()
	expect := func(want ...uint32) {
		t.Helper()
		for _, id := range want {
			select {
			case g := <-got:
				if g != id {
					t.Fatalf("got task %d, want %d", g, id)
				}
			case <-time.After(10 * time.Second):
				t.Fatalf("task %d never delivered", id)
			}
		}
	}
	expect(1, 2, 3)
	c.failNext("", 3)
	c.add(4)
	expect(4)
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Fatalf("Run returned %v, want context.Canceled", err)
	}
	select {
	case g := <-got:
		t.Fatalf("task %d delivered twice", g)
	default:
	}
}
