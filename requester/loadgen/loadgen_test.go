package loadgen

import (
	"context"
	"errors"
	"math"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestPercentileNearestRank(t *testing.T) {
	s := []float64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	for _, tc := range []struct{ p, want float64 }{{0, 1}, {10, 1}, {11, 2}, {50, 5}, {95, 10}, {100, 10}} {
		if got := Percentile(s, tc.p); got != tc.want {
			t.Errorf("p%v = %v, want %v", tc.p, got, tc.want)
		}
	}
	if Percentile(nil, 50) != 0 || Percentile([]float64{7}, 95) != 7 {
		t.Fatal("empty or single-value sample")
	}
	twenty := make([]float64, 20)
	for i := range twenty {
		twenty[i] = float64(i + 1)
	}
	if got := Percentile(twenty, 95); got != 19 { // rank ceil(0.95*20) = 19
		t.Fatalf("p95 of 1..20 = %v, want 19", got)
	}
}

func TestSummarizeDoesNotReorderItsInput(t *testing.T) {
	in := []float64{3, 1, 2}
	d := Summarize(in)
	if d != (Dist{N: 3, P50: 2, P95: 3, Max: 3}) || !reflect.DeepEqual(in, []float64{3, 1, 2}) {
		t.Fatalf("%+v, input now %v", d, in)
	}
	if Summarize(nil) != (Dist{}) {
		t.Fatal("empty sample")
	}
}

func TestNewSchedule(t *testing.T) {
	for _, tc := range []struct {
		rate float64
		d    time.Duration
		want int
	}{{2, 5 * time.Second, 10}, {0.1, 30 * time.Second, 3}, {0.1, time.Second, 1}, {3, 1500 * time.Millisecond, 4}} {
		s, err := NewSchedule(tc.rate, tc.d)
		if err != nil || s.Total != tc.want {
			t.Errorf("NewSchedule(%v, %v) = %d tasks, %v; want %d", tc.rate, tc.d, s.Total, err, tc.want)
		}
	}
	for _, bad := range []struct {
		rate float64
		d    time.Duration
	}{{0, time.Second}, {-1, time.Second}, {math.NaN(), time.Second}, {math.Inf(1), time.Second}, {1, 0}, {1e6, time.Hour}} {
		if _, err := NewSchedule(bad.rate, bad.d); err == nil {
			t.Errorf("NewSchedule(%v, %v) accepted", bad.rate, bad.d)
		}
	}
}

func TestScheduleDueAgreesWithAt(t *testing.T) {
	for _, rate := range []float64{1, 3, 7, 0.3, 1000} {
		s := Schedule{Rate: rate, Total: 50}
		for i := 0; i < s.Total; i++ {
			if s.Due(s.At(i)) != i+1 {
				t.Fatalf("rate %v: Due(At(%d)) = %d, want %d", rate, i, s.Due(s.At(i)), i+1)
			}
			if i > 0 && s.Due(s.At(i)-1) != i {
				t.Fatalf("rate %v: Due(At(%d)-1ns) = %d, want %d", rate, i, s.Due(s.At(i)-1), i)
			}
		}
		if s.Due(-time.Second) != 0 || s.Due(time.Hour*1000) != s.Total {
			t.Fatalf("rate %v: before the start or long after", rate)
		}
	}
}

// fakeClock advances only when slept on or told to.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

func (c *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	c.advance(d)
	return nil
}

// fakeTarget mines each transaction in txTime of the fake clock and answers every task at
// once, two blocks later, except those in fail.
type fakeTarget struct {
	clock  *fakeClock
	txTime time.Duration
	fail   map[uint32]bool
	failAt int // the Create call (from 1) that fails; 0 never

	mu      sync.Mutex
	batches []int
	sentAt  []time.Duration
	start   time.Time
	nextID  uint32
}

func (f *fakeTarget) Create(_ context.Context, n int) ([]Task, uint64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.failAt == len(f.batches)+1 {
		return nil, 0, errors.New("node down")
	}
	f.batches = append(f.batches, n)
	f.sentAt = append(f.sentAt, f.clock.Now().Sub(f.start))
	f.clock.advance(f.txTime)
	out := make([]Task, n)
	for i := range out {
		f.nextID++
		out[i] = Task{ID: f.nextID, Block: uint64(100 + len(f.batches)), Deadline: 1000}
	}
	return out, 50_000 + 20_000*uint64(n), nil
}

func (f *fakeTarget) Await(_ context.Context, t Task) Outcome {
	if f.fail[t.ID] {
		return Outcome{Err: errors.New("expired")}
	}
	return Outcome{Answered: true, RespondedBlock: t.Block + 2 + uint64(t.ID%3), RespondGas: 90_000, RespondGasKnown: t.ID != 1}
}

func run(t *testing.T, rate float64, d time.Duration, batch int, target *fakeTarget) Summary {
	t.Helper()
	s, err := NewSchedule(rate, d)
	if err != nil {
		t.Fatal(err)
	}
	target.start = target.clock.Now()
	g, err := New(Config{Schedule: s, Batch: batch, Clock: target.clock}, target)
	if err != nil {
		t.Fatal(err)
	}
	return g.Run(context.Background())
}

func TestPacingOneTaskPerTransactionWhenTheChainKeepsUp(t *testing.T) {
	f := &fakeTarget{clock: &fakeClock{now: time.Unix(1000, 0)}, txTime: 10 * time.Millisecond}
	sum := run(t, 4, time.Second, 8, f)
	if !reflect.DeepEqual(f.batches, []int{1, 1, 1, 1}) {
		t.Fatalf("batches %v, want four single tasks", f.batches)
	}
	want := []time.Duration{0, 250 * time.Millisecond, 500 * time.Millisecond, 750 * time.Millisecond}
	if !reflect.DeepEqual(f.sentAt, want) {
		t.Fatalf("sent at %v, want %v", f.sentAt, want)
	}
	if !sum.OK() || sum.Transactions != 4 || sum.Counts != (Counts{Submitted: 4, Answered: 4}) {
		t.Fatalf("summary %+v", sum)
	}
}

func TestPacingGroupsTasksThatCameDueDuringATransaction(t *testing.T) {
	for _, tc := range []struct {
		batch int
		want  []int
	}{
		// 10 tasks/s, a transaction takes 250 ms: 2.5 tasks come due per transaction.
		{4, []int{1, 2, 3, 2, 2}},
		{2, []int{1, 2, 2, 2, 2, 1}},
		{1, []int{1, 1, 1, 1, 1, 1, 1, 1, 1, 1}},
	} {
		f := &fakeTarget{clock: &fakeClock{now: time.Unix(1000, 0)}, txTime: 250 * time.Millisecond}
		sum := run(t, 10, time.Second, tc.batch, f)
		if !reflect.DeepEqual(f.batches, tc.want) {
			t.Errorf("batch %d: batches %v, want %v", tc.batch, f.batches, tc.want)
		}
		if sum.Counts.Submitted != 10 || sum.Transactions != len(tc.want) {
			t.Errorf("batch %d: %+v", tc.batch, sum)
		}
	}
}

func TestSummaryFigures(t *testing.T) {
	f := &fakeTarget{clock: &fakeClock{now: time.Unix(1000, 0)}, txTime: 250 * time.Millisecond, fail: map[uint32]bool{5: true}}
	sum := run(t, 10, time.Second, 4, f) // batches 1,2,3,2,2: blocks 101..105
	if sum.OK() || sum.Counts != (Counts{Submitted: 10, Answered: 9, Failed: 1}) {
		t.Fatalf("counts %+v ok %v", sum.Counts, sum.OK())
	}
	if len(sum.Failures) != 1 || sum.Failures[0].ID != 5 {
		t.Fatalf("failures %+v", sum.Failures)
	}
	// Responded 2 + id%3 blocks after creation, ids 1..10 without 5: 2,3,4,2,3,(4),2,3,4,2 blocks.
	if sum.LatencyBlock != (Dist{N: 9, P50: 3, P95: 4, Max: 4}) {
		t.Fatalf("latency in blocks %+v", sum.LatencyBlock)
	}
	// 5 transactions: 5·50000 + 10·20000 gas over 10 tasks.
	if sum.CreateGas != 45_000 {
		t.Fatalf("gas per created task %v", sum.CreateGas)
	}
	if sum.RespondGas != 90_000 || sum.RespondGasTasks != 8 { // task 1's receipt "unreadable"
		t.Fatalf("respond gas %v over %d", sum.RespondGas, sum.RespondGasTasks)
	}
	// The fake answers at once: the run lasts as long as its five transactions.
	if sum.Wall != 1250*time.Millisecond || sum.Throughput != 9/1.25 {
		t.Fatalf("wall %v throughput %v", sum.Wall, sum.Throughput)
	}
	var b strings.Builder
	if err := sum.Write(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"submitted    10 in 5 transactions", "answered           9", "expired/failed     1",
		"latency blocks     p50 3  p95 4  max 4", "gas/created task   45000", "gas/answered task  90000 (over 8 tasks)", "task 5: expired"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, b.String())
		}
	}
}

func TestSubmissionFailureStopsSendingButWaitsForCreatedTasks(t *testing.T) {
	f := &fakeTarget{clock: &fakeClock{now: time.Unix(1000, 0)}, txTime: 10 * time.Millisecond, failAt: 3}
	sum := run(t, 4, time.Second, 8, f)
	if sum.SubmitErr == nil || !strings.Contains(sum.SubmitErr.Error(), "node down") || sum.OK() {
		t.Fatalf("submit error %v", sum.SubmitErr)
	}
	if sum.Counts != (Counts{Submitted: 2, Answered: 2}) || sum.Planned != 4 {
		t.Fatalf("counts %+v planned %d", sum.Counts, sum.Planned)
	}
}

func TestCancelledRunReportsWhatItSent(t *testing.T) {
	f := &fakeTarget{clock: &fakeClock{now: time.Unix(1000, 0)}, txTime: 10 * time.Millisecond}
	s, _ := NewSchedule(4, time.Second)
	g, err := New(Config{Schedule: s, Batch: 1, Clock: f.clock}, f)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	sum := g.Run(ctx)
	if !errors.Is(sum.SubmitErr, context.Canceled) || sum.Counts.Submitted != 0 {
		t.Fatalf("%+v", sum)
	}
}

func TestNewRefusesABadConfig(t *testing.T) {
	if _, err := New(Config{Schedule: Schedule{Rate: 1, Total: 1}}, &fakeTarget{}); err == nil {
		t.Fatal("batch 0 accepted")
	}
	if _, err := New(Config{Batch: 1}, &fakeTarget{}); err == nil {
		t.Fatal("empty schedule accepted")
	}
}
