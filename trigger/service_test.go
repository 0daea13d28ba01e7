package trigger

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"
)

var (
	owner   = common.HexToAddress("0x0000000000000000000000000000000000000a11")
	other   = common.HexToAddress("0x0000000000000000000000000000000000000b22")
	emitter = common.HexToAddress("0x0000000000000000000000000000000000000e77")
	topic   = common.HexToHash("0x01")
)

func timeTrigger(id uint64, balance int64) Trigger {
	return Trigger{ID: id, Owner: owner, Kind: KindTime, Start: 1000, Period: 30, Fee: big.NewInt(10), Balance: big.NewInt(balance)}
}

func tick(t *testing.T, s *Service) Report {
	t.Helper()
	rep, err := s.Tick(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func onceEach(t *testing.T, f *Fake, id, n uint64) {
	t.Helper()
	for i := range n {
		if c := f.Count(id, i); c != 1 {
			t.Errorf("trigger %d index %d fired %d times", id, i, c)
		}
	}
	if c := f.Count(id, n); c != 0 {
		t.Errorf("trigger %d index %d (not due) fired %d times", id, n, c)
	}
}

// A time trigger fires each due period once, also across a restart (a new
// service with empty caches), and never ahead of time.
func TestTimeTriggerOncePerPeriodAcrossRestart(t *testing.T) {
	f := NewFake(999)
	f.Add(timeTrigger(1, 1000))
	s := New(f.As(owner), Config{}, zerolog.Nop())
	if rep := tick(t, s); rep.Fired != 0 {
		t.Fatalf("fired %d before start", rep.Fired)
	}
	f.Advance(1, 1) // t=1000: index 0 due
	if rep := tick(t, s); rep.Fired != 1 {
		t.Fatalf("fired %d, want 1", rep.Fired)
	}
	tick(t, s)
	f.Advance(29, 1) // t=1029: still only index 0
	tick(t, s)
	onceEach(t, f, 1, 1)
	f.Advance(61, 1) // t=1090: 0..3 due
	tick(t, s)
	onceEach(t, f, 1, 4)

	restarted := New(f.As(owner), Config{}, zerolog.Nop())
	if rep := tick(t, restarted); rep.Fired != 0 || f.Duplicates != 0 {
		t.Fatalf("after restart: fired %d, duplicate attempts %d", rep.Fired, f.Duplicates)
	}
	f.Advance(30, 1)
	tick(t, restarted)
	onceEach(t, f, 1, 5)
}

// A service down for many periods fires every missed one when it is back,
// at most MaxFiringsPerTick per tick, none skipped.
func TestMissedFiringsAreCaughtUp(t *testing.T) {
	f := NewFake(1000)
	f.Add(timeTrigger(1, 1_000_000))
	f.Add(Trigger{ID: 2, Owner: owner, Kind: KindBlocks, Start: 1, Period: 2, Fee: big.NewInt(1), Balance: big.NewInt(1000)})
	s := New(f.As(other), Config{MaxFiringsPerTick: 4}, zerolog.Nop())
	f.Advance(30*9, 19) // 10 time periods due; blocks 1..20: 10 block firings due
	total := 0
	for range 5 {
		total += tick(t, s).Fired
	}
	if total != 20 {
		t.Fatalf("fired %d, want 20", total)
	}
	onceEach(t, f, 1, 10)
	onceEach(t, f, 2, 10)
}

// Two instances (the aggregator and an operator as failover) tick at the
// same time: every firing happens exactly once.
func TestConcurrentServicesNeverDuplicate(t *testing.T) {
	f := NewFake(1000)
	f.Add(timeTrigger(1, 1_000_000))
	a, b := New(f.As(owner), Config{}, zerolog.Nop()), New(f.As(other), Config{}, zerolog.Nop())
	for range 20 {
		f.Advance(17, 1)
		var wg sync.WaitGroup
		for _, s := range []*Service{a, b} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if _, err := s.Tick(context.Background()); err != nil {
					t.Error(err)
				}
			}()
		}
		wg.Wait()
	}
	due := (17*20)/30 + 1
	onceEach(t, f, 1, uint64(due))
	if len(f.Firings) != due {
		t.Fatalf("%d firings, want %d", len(f.Firings), due)
	}
}

// A trigger without the fee for one more firing stops cleanly, and goes on
// once funded; a cancelled trigger and one at its limit never fire.
func TestOutOfFundsCancelledAndLimit(t *testing.T) {
	f := NewFake(1000)
	f.Add(timeTrigger(1, 25)) // two firings of 10
	cancelled := timeTrigger(2, 1000)
	cancelled.Cancelled = true
	f.Add(cancelled)
	limited := timeTrigger(3, 1000)
	limited.MaxFirings = 2
	f.Add(limited)
	s := New(f.As(owner), Config{}, zerolog.Nop())
	f.Advance(120, 1) // 5 due
	tick(t, s)
	tick(t, s)
	onceEach(t, f, 1, 2)
	onceEach(t, f, 3, 2)
	if c := f.Count(2, 0); c != 0 {
		t.Fatal("a cancelled trigger fired")
	}
	if !s.outOfFunds[1] {
		t.Error("out of funds not noticed")
	}
	f.Fund(1, 30)
	tick(t, s)
	onceEach(t, f, 1, 5)
}

// An event trigger fires on every matching log once, on no other log (nor
// on one before it was created), only
// by its owner or service, and not again after a restart.
func TestEventTrigger(t *testing.T) {
	f := NewFake(1000)
	f.Emit(emitter, []common.Hash{topic}, []byte("before the trigger existed"))
	f.Advance(12, 1)
	f.Add(Trigger{ID: 1, Owner: owner, Service: other, Kind: KindEvent, Emitter: emitter, Topic0: topic,
		Start: 2, Fee: big.NewInt(1), Balance: big.NewInt(100)})
	stranger := common.HexToAddress("0x0000000000000000000000000000000000000c33")
	want := []Log{f.Emit(emitter, []common.Hash{topic}, []byte("a"))}
	f.Emit(emitter, []common.Hash{common.HexToHash("0x02")}, []byte("other topic"))
	f.Emit(common.HexToAddress("0x0000000000000000000000000000000000000f88"), []common.Hash{topic}, []byte("other emitter"))
	want = append(want, f.Emit(emitter, []common.Hash{topic}, []byte("b")))
	f.Advance(12, 1)
	want = append(want, f.Emit(emitter, []common.Hash{topic, common.HexToHash("0x99")}, []byte("c")))

	if rep := tick(t, New(f.As(stranger), Config{}, zerolog.Nop())); rep.EventFired != 0 {
		t.Fatal("a stranger's service fired an event trigger")
	}
	s := New(f.As(other), Config{}, zerolog.Nop())
	tick(t, s) // head 3: block 3 not yet confirmed
	if len(f.Firings) != 2 {
		t.Fatalf("%d firings before confirmation, want 2", len(f.Firings))
	}
	f.Advance(12, 1)
	tick(t, s)
	tick(t, New(f.As(owner), Config{}, zerolog.Nop())) // restart, as the owner
	if len(f.Firings) != 3 || f.Duplicates != 0 {
		t.Fatalf("%d firings, %d duplicate attempts; want 3, 0", len(f.Firings), f.Duplicates)
	}
	for i, x := range f.Firings {
		if x.Log.BlockHash != want[i].BlockHash || x.Log.Index != want[i].Index || string(x.Log.Data) != string(want[i].Data) {
			t.Errorf("firing %d on %+v, want %+v", i, x.Log, want[i])
		}
	}
}

// An unreachable RPC fails the tick with an error and fires nothing; the
// next tick after it recovers fires what is due.
func TestRPCDown(t *testing.T) {
	f := NewFake(1000)
	f.Add(timeTrigger(1, 1000))
	s := New(f.As(owner), Config{}, zerolog.Nop())
	f.Down = true
	if _, err := s.Tick(context.Background()); !errors.Is(err, ErrFakeDown) {
		t.Fatalf("tick with RPC down: %v", err)
	}
	f.Down = false
	tick(t, s)
	onceEach(t, f, 1, 1)
}

// More matching logs than one tick may fire: the rest fire on later ticks,
// each once, none skipped.
func TestEventBacklogAcrossTicks(t *testing.T) {
	f := NewFake(1000)
	f.Add(Trigger{ID: 1, Owner: owner, Kind: KindEvent, Emitter: emitter, Topic0: topic, Start: 1,
		Fee: big.NewInt(1), Balance: big.NewInt(100)})
	for b := range 3 {
		for i := range 2 {
			f.Emit(emitter, []common.Hash{topic}, []byte{byte(b), byte(i)})
		}
		f.Advance(12, 1)
	}
	s := New(f.As(owner), Config{MaxFiringsPerTick: 2}, zerolog.Nop())
	for range 4 {
		tick(t, s)
	}
	if len(f.Firings) != 6 || f.Duplicates != 0 {
		t.Fatalf("%d firings, %d duplicate attempts; want 6, 0", len(f.Firings), f.Duplicates)
	}
	seen := map[string]bool{}
	for _, x := range f.Firings {
		seen[string(x.Log.Data)] = true
	}
	if len(seen) != 6 {
		t.Fatalf("%d distinct logs fired, want 6", len(seen))
	}
}
