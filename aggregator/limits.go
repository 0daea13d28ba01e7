package aggregator

import (
	"context"
	"time"

	"github.com/rs/zerolog"

	"github.com/blockless/avs/internal/backoff"
)

// Limits on work that unauthenticated callers can trigger (API.md, "Limits").
const (
	// freeFailures is how many failed signature (or proof) checks a (task, operator) pair (or
	// a zk task) gets before further checks are rate limited to one per failedCheckInterval.
	// Why not a hard ban: anyone can claim any operator id, so a ban would let an attacker lock
	// an honest operator out of a task with a few forged requests.
	freeFailures        = 3
	failedCheckInterval = time.Second
	// queueWait is how long a request waits for a verification slot before it gets a 429.
	queueWait = 500 * time.Millisecond
	// negativeTTL is how long a failed zk artifact fetch is remembered, so repeated proofs for
	// a function whose artifacts are unavailable do not refetch each time.
	negativeTTL = 30 * time.Second
	// maxManifestBytes and maxVerifyingKeyBytes cap what is fetched for a zk function. A
	// manifest is a few hundred bytes of JSON; a gnark BN254 verifying key is ~64 bytes per
	// public input (at most 4+256 of them here) plus a few hundred.
	maxManifestBytes     = 64 << 10
	maxVerifyingKeyBytes = 1 << 20
)

// semaphore bounds concurrent expensive checks (BLS pairings, Groth16 verifications).
type semaphore chan struct{}

func newSemaphore(n int) semaphore { return make(semaphore, max(n, 1)) }

// acquire takes a slot, waiting at most wait (or until ctx ends); false means saturated.
func (s semaphore) acquire(ctx context.Context, wait time.Duration) bool {
	select {
	case s <- struct{}{}:
		return true
	default:
	}
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case s <- struct{}{}:
		return true
	case <-ctx.Done():
		return false
	case <-t.C:
		return false
	}
}

func (s semaphore) release() { <-s }

// failures counts failed checks of one (task, operator) pair or zk task and rate limits
// further checks once freeFailures is exceeded.
type failures struct {
	n    int
	next time.Time
}

// wait is how long the caller must wait before the next check (0: go ahead).
func (f *failures) wait(now time.Time) time.Duration {
	if f == nil || f.n < freeFailures || !now.Before(f.next) {
		return 0
	}
	return f.next.Sub(now)
}

func (f *failures) fail(now time.Time) {
	f.n++
	if f.n >= freeFailures {
		f.next = now.Add(failedCheckInterval)
	}
}

// backoffLog logs a failing background step once per backoff step instead of on every poll,
// and once when it recovers: an RPC outage must not flood the logs.
type backoffLog struct {
	steps   *backoff.Backoff
	next    time.Time
	failing bool
}

func newBackoffLog(min, max time.Duration) *backoffLog {
	return &backoffLog{steps: backoff.New(min, max)}
}

// failed logs err if this failure starts a new backoff step.
func (b *backoffLog) failed(log zerolog.Logger, now time.Time, err error, msg string) {
	if b.failing && now.Before(b.next) {
		return
	}
	if !b.failing {
		b.steps.Reset()
	}
	delay := b.steps.Next()
	b.failing, b.next = true, now.Add(delay)
	log.Warn().Err(err).Dur("nextLogIn", delay).Msg(msg)
}

// ok logs the recovery after failures.
func (b *backoffLog) ok(log zerolog.Logger, msg string) {
	if b.failing {
		log.Info().Msg(msg)
	}
	b.failing = false
}
