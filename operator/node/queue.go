package node

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/rs/zerolog"

	"github.com/blockless/avs/internal/backoff"
)

// job is a queued task in memory: the durable entry plus its retry state. The retry state is
// not persisted: after a restart a task starts its backoff afresh, still bounded by its
// deadline.
type job struct {
	entry      queueEntry
	attempts   int       // finished attempts
	notBefore  time.Time // next attempt
	fetchSince time.Time // first failed fetch: the fetch window runs from here
	lastErr    error     // last host error, reported when the task is dropped
	running    bool
}

// scheduler holds the queued tasks and picks the next one to run.
type scheduler struct {
	mu   sync.Mutex
	jobs map[taskKey]*job
	wake chan struct{}

	// Retry pacing of host errors and failed fetches: retryBase doubling up to retryMax.
	retryBase, retryMax time.Duration
}

func newScheduler() *scheduler {
	return &scheduler{jobs: map[taskKey]*job{}, wake: make(chan struct{}, 1), retryBase: time.Second, retryMax: 30 * time.Second}
}

// add queues entries not queued yet.
func (s *scheduler) add(es ...queueEntry) {
	if len(es) == 0 {
		return
	}
	s.mu.Lock()
	for _, e := range es {
		if _, ok := s.jobs[e.key()]; !ok {
			s.jobs[e.key()] = &job{entry: e}
		}
	}
	s.mu.Unlock()
	s.poke()
}

func (s *scheduler) poke() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// next takes the ready job with the earliest deadline (ties: lowest id) and marks it running;
// without one it returns how long until the next becomes ready.
func (s *scheduler) next(now time.Time) (*job, time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var best *job
	wait := time.Hour
	for _, j := range s.jobs {
		if j.running {
			continue
		}
		if d := j.notBefore.Sub(now); d > 0 {
			wait = min(wait, d)
			continue
		}
		if best == nil || earlier(j, best) {
			best = j
		}
	}
	if best != nil {
		best.running = true
	}
	return best, wait
}

func earlier(a, b *job) bool {
	da, db := a.entry.Event.Task.DeadlineBlock, b.entry.Event.Task.DeadlineBlock
	if da != db {
		return da < db
	}
	return a.entry.Event.TaskID < b.entry.Event.TaskID
}

func (s *scheduler) remove(k taskKey) {
	s.mu.Lock()
	delete(s.jobs, k)
	s.mu.Unlock()
}

// retry schedules j's next attempt after a backoff; it returns the backoff and the number of
// attempts so far (j may be running again as soon as the lock is released).
func (s *scheduler) retry(j *job, err error) (time.Duration, int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	j.attempts++
	j.lastErr = err
	d := backoff.Policy{Base: s.retryBase, Max: s.retryMax}.Delay(j.attempts)
	j.notBefore = time.Now().Add(d)
	j.running = false
	return d, j.attempts
}

// later schedules j's next attempt after d without counting an attempt: the task is waiting
// for a block, not failing.
func (s *scheduler) later(j *job, d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	j.notBefore = time.Now().Add(d)
	j.running = false
}

// pending is the number of queued tasks (running or waiting).
func (s *scheduler) pending() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.jobs)
}

// workers is how many tasks are processed at once. Twice the execution slots: a task
// waiting for its module or input (bounded by the fetch policy's timeouts) must not keep
// the engine idle; the engine itself admits MaxConcurrent executions.
func (n *Node) workers() int { return 2 * max(n.cfg.MaxConcurrent, 1) }

// runQueue processes queued tasks until ctx ends, then waits for the running ones.
func (n *Node) runQueue(ctx context.Context) {
	slots := make(chan struct{}, n.workers())
	var wg sync.WaitGroup
	defer wg.Wait()
	for {
		select {
		case slots <- struct{}{}:
		case <-ctx.Done():
			return
		}
		var j *job
		for {
			var wait time.Duration
			if j, wait = n.queue.next(time.Now()); j != nil {
				break
			}
			t := time.NewTimer(wait)
			select {
			case <-ctx.Done():
				t.Stop()
				return
			case <-n.queue.wake:
			case <-t.C:
			}
			t.Stop()
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-slots }()
			n.finish(ctx, j, n.process(ctx, j))
		}()
	}
}

// finish applies the outcome of one attempt at a task (see outcome.go).
func (n *Node) finish(ctx context.Context, j *job, err error) {
	k := j.entry.key()
	log := n.taskLog(j.entry)
	var skip *skipError
	var unav *unavailableError
	var notYet *notYetError
	switch {
	case err == nil:
		n.queue.remove(k)
	case errors.As(err, &notYet):
		n.queue.later(j, n.cfg.PollInterval)
	case errors.Is(err, errHandedOff):
		// Still running elsewhere; it reports back through finish.
	case ctx.Err() != nil:
		// Shutting down: the task stays in the store and the next run resumes it.
		n.queue.remove(k)
	case errors.As(err, &skip):
		n.drop(log, j, skip.reason, skip.err)
	case errors.As(err, &unav):
		now := time.Now()
		if j.fetchSince.IsZero() {
			j.fetchSince = now
		}
		if now.Sub(j.fetchSince) >= n.fetch.TotalTimeout {
			n.drop(log, j, unav.reason, unav)
			return
		}
		d, attempt := n.queue.retry(j, err)
		n.metrics.retries.WithLabelValues("fetch").Inc()
		log.Info().Err(err).Int("attempt", attempt).Dur("retryIn", d).Msg("fetch failed, retrying within the fetch window")
	default:
		d, attempt := n.queue.retry(j, err)
		n.metrics.retries.WithLabelValues("host").Inc()
		log.Warn().Err(err).Int("attempt", attempt).Dur("retryIn", d).Msg("host error, retrying until the task's deadline")
	}
	n.queue.poke()
}

// drop takes a task off the queue for good, with the reason logged and counted.
func (n *Node) drop(log zerolog.Logger, j *job, reason string, err error) {
	n.metrics.skipped.WithLabelValues(reason).Inc()
	n.skipped.add(j.entry.key())
	ev := log.Warn()
	switch reason {
	case "deadline", "settled":
		ev = log.Info() // routine when the operator was down or behind
	case "committee":
		ev = log.Debug() // routine: most operators sit on no given task's committee
	}
	ev.Err(err).Str("reason", reason).Msg("task not signed")
	if derr := n.store.dequeue(j.entry.key()); derr != nil {
		// It stays queued in the store: the next run tries it again, and skips it again.
		log.Error().Err(derr).Msg("dequeue skipped task")
	}
	n.queue.remove(j.entry.key())
}
