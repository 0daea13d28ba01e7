// Package loadgen drives a steady stream of tasks at a TaskManager and measures what comes back:
// the pacing of submissions, the outcome of every task, and the summary statistics (latency
// percentiles in seconds and blocks, throughput, gas). `blockless bench` and the devnet tests
// use it; the clock and the chain are interfaces so the logic is tested without either.
package loadgen

import (
	"context"
	"fmt"
	"math"
	"time"
)

// Schedule spaces Total tasks evenly at Rate per second: task i is due at i/Rate after the start.
type Schedule struct {
	Rate  float64
	Total int
}

// NewSchedule plans rate tasks per second for d: floor(rate·d) tasks, at least one.
func NewSchedule(rate float64, d time.Duration) (Schedule, error) {
	if !(rate > 0) || math.IsInf(rate, 0) {
		return Schedule{}, fmt.Errorf("rate %v: want a positive number of tasks per second", rate)
	}
	if d <= 0 {
		return Schedule{}, fmt.Errorf("duration %v: want a positive duration", d)
	}
	n := math.Floor(rate*d.Seconds() + 1e-9) // 1e-9: 0.1/s for 30s is 3 tasks, not 2.9999
	if n > 1_000_000 {
		return Schedule{}, fmt.Errorf("%v tasks/s for %v is %.0f tasks: at most 1000000", rate, d, n)
	}
	return Schedule{Rate: rate, Total: max(1, int(n))}, nil
}

// At is when task i is due, after the start (rounded up to the nanosecond).
func (s Schedule) At(i int) time.Duration {
	return time.Duration(math.Ceil(float64(i) * float64(time.Second) / s.Rate))
}

// Due is how many tasks are due elapsed after the start: the i with At(i) <= elapsed. It is
// computed from At itself so that sleeping until At(i) always makes task i due.
func (s Schedule) Due(elapsed time.Duration) int {
	if elapsed < 0 {
		return 0
	}
	k := int(math.Min(float64(s.Total), math.Floor(elapsed.Seconds()*s.Rate)+1))
	for k < s.Total && s.At(k) <= elapsed {
		k++
	}
	for k > 0 && s.At(k-1) > elapsed {
		k--
	}
	return k
}

// Clock is the time source of a run; tests give a fake one.
type Clock interface {
	Now() time.Time
	// Sleep waits d or until ctx ends, returning ctx's error then.
	Sleep(ctx context.Context, d time.Duration) error
}

// RealClock is the wall clock.
type RealClock struct{}

func (RealClock) Now() time.Time { return time.Now() }

func (RealClock) Sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
