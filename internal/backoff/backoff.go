// Package backoff paces retries: an exponential delay that starts at a base and doubles up to
// a cap, and a sleep that ends early when the context does. Every retry loop of the services
// uses it, so that they all pace the same way and stop promptly on shutdown.
package backoff

import (
	"context"
	"time"
)

// Policy is an exponential backoff: Base before the first retry, doubling before each next
// one, capped at Max. A Base above Max is used once, as it is, then Max.
type Policy struct {
	Base, Max time.Duration
}

// Delay is the wait before retry n (1 is the first), for callers that count attempts
// themselves (a persisted or shared job, say).
func (p Policy) Delay(n int) time.Duration {
	d := p.Base
	if d <= 0 {
		return d
	}
	for i := 1; i < n; i++ {
		if d > p.Max-d {
			return p.Max // doubling would pass the cap (checked without computing 2d: no overflow)
		}
		d *= 2
	}
	return d
}

// Backoff is the state of one retry loop.
type Backoff struct {
	p Policy
	n int
}

// New starts a retry loop that waits base first and doubles up to max.
func New(base, max time.Duration) *Backoff {
	return &Backoff{p: Policy{Base: base, Max: max}}
}

// Next is the wait before the next retry; each call counts one.
func (b *Backoff) Next() time.Duration {
	b.n++
	return b.p.Delay(b.n)
}

// Reset starts over at Base: the operation succeeded.
func (b *Backoff) Reset() { b.n = 0 }

// Sleep waits d; false when ctx ended first.
func Sleep(ctx context.Context, d time.Duration) bool {
	return SleepOrWake(ctx, d, nil)
}

// SleepOrWake waits d, or less when wake ticks first (a new block, say); false when ctx ended
// first. A nil wake never ticks.
func SleepOrWake(ctx context.Context, d time.Duration, wake <-chan struct{}) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
	case <-wake:
	}
	return true
}
