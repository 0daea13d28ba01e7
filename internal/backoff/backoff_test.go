package backoff

import (
	"context"
	"testing"
	"time"
)

// The loops this package replaced computed each delay from the previous one:
// first base, then min(2*previous, max). Delay and Next must give exactly that.
func reference(base, max time.Duration, n int) []time.Duration {
	out := []time.Duration{base}
	for len(out) < n {
		out = append(out, min(2*out[len(out)-1], max))
	}
	return out
}

func TestMatchesDoubling(t *testing.T) {
	for _, c := range []struct{ base, max time.Duration }{
		{time.Second, 30 * time.Second},
		{500 * time.Millisecond, 15 * time.Second},
		{100 * time.Millisecond, 2 * time.Second},
		{time.Second, time.Minute},
		{3 * time.Nanosecond, 7 * time.Nanosecond}, // an odd cap: reached exactly, not rounded
		{time.Minute, 30 * time.Second},            // a base above the cap: used once
		{0, time.Second},
	} {
		want := reference(c.base, c.max, 12)
		b := New(c.base, c.max)
		for i, w := range want {
			if got := b.Next(); got != w {
				t.Fatalf("New(%v, %v): retry %d waits %v, want %v", c.base, c.max, i+1, got, w)
			}
			if got := (Policy{Base: c.base, Max: c.max}).Delay(i + 1); got != w {
				t.Fatalf("Delay(%d) of %v..%v = %v, want %v", i+1, c.base, c.max, got, w)
			}
		}
		b.Reset()
		if got := b.Next(); got != c.base {
			t.Fatalf("after Reset: %v, want %v", got, c.base)
		}
	}
}

func TestDelayNoOverflow(t *testing.T) {
	p := Policy{Base: time.Second, Max: time.Duration(1<<63 - 1)}
	if d := p.Delay(1000); d <= 0 {
		t.Fatalf("Delay(1000) = %v", d)
	}
	if d := (Policy{Base: time.Second, Max: time.Hour}).Delay(1 << 30); d != time.Hour {
		t.Fatalf("Delay(2^30) = %v", d)
	}
}

func TestSleep(t *testing.T) {
	if !Sleep(context.Background(), time.Millisecond) {
		t.Fatal("Sleep ended early without a cancelled context")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	start := time.Now()
	if Sleep(ctx, time.Hour) || time.Since(start) > time.Second {
		t.Fatal("Sleep did not end with its context")
	}
	wake := make(chan struct{}, 1)
	wake <- struct{}{}
	start = time.Now()
	if !SleepOrWake(context.Background(), time.Hour, wake) || time.Since(start) > time.Second {
		t.Fatal("SleepOrWake did not end on wake")
	}
}
