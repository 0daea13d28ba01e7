package loadgen

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"
)

// Task is a task as created, with what the generator needs to follow it.
type Task struct {
	ID       uint32
	Block    uint64 // the block that created it
	Deadline uint64 // the last block in which it may be answered
}

// Outcome is how a task ended.
type Outcome struct {
	Answered       bool
	RespondedBlock uint64
	// RespondGas is this task's share of the answering transaction's gas (gas / tasks it
	// answered); RespondGasKnown is false when the receipt could not be read.
	RespondGas      float64
	RespondGasKnown bool
	Err             error // why it was not answered (expired, deadline passed, ctx ended)
}

// Target is the chain as the generator sees it.
type Target interface {
	// Create creates n tasks in one transaction and returns them and the transaction's gas.
	Create(ctx context.Context, n int) ([]Task, uint64, error)
	// Await blocks until t is answered, fails, or its deadline passes unanswered.
	Await(ctx context.Context, t Task) Outcome
}

// Config is one run.
type Config struct {
	Schedule Schedule
	// Batch is the most tasks per transaction. The sender has one transaction in flight at a
	// time; each carries every task that came due while the previous one was being mined (up
	// to Batch). So a rate the chain keeps up with one transaction per task is sent task by
	// task, and a higher one is grouped rather than falling behind.
	Batch int
	Clock Clock // nil: the wall clock
}

// Counts is a live view of a run.
type Counts struct {
	Submitted, Answered, Failed int
}

// InFlight is the tasks submitted and not yet settled.
func (c Counts) InFlight() int { return c.Submitted - c.Answered - c.Failed }

// Failure is a task that was not answered.
type Failure struct {
	ID  uint32
	Err error
}

// Summary is the result of a run.
type Summary struct {
	Planned      int // tasks the schedule asked for
	Counts       Counts
	Transactions int           // createTask(s) transactions sent
	Wall         time.Duration // from the first submission to the last task settled
	SendLag      time.Duration // how late the last submission was against the schedule
	Throughput   float64       // answered tasks per second of Wall
	LatencySec   Dist          // created (receipt seen) -> answer seen, seconds
	LatencyBlock Dist          // created block -> responded block
	// CreateGas is the createTask(s) gas per submitted task; RespondGas the respondToTask(s)
	// gas per answered task over RespondGasTasks answered tasks whose receipt was read.
	CreateGas       float64
	RespondGas      float64
	RespondGasTasks int
	Failures        []Failure
	SubmitErr       error // the submission that stopped the run early, if any
}

// OK is true when every planned task was submitted and answered.
func (s Summary) OK() bool {
	return s.SubmitErr == nil && s.Counts.Failed == 0 && s.Counts.Answered == s.Planned
}

// Generator runs one Config against one Target. Counts may be called while Run runs.
type Generator struct {
	cfg    Config
	target Target

	mu     sync.Mutex
	counts Counts
}

// New checks cfg.
func New(cfg Config, target Target) (*Generator, error) {
	if cfg.Schedule.Total < 1 || !(cfg.Schedule.Rate > 0) {
		return nil, errors.New("loadgen: empty schedule")
	}
	if cfg.Batch < 1 {
		return nil, fmt.Errorf("loadgen: batch %d, want at least 1", cfg.Batch)
	}
	if cfg.Clock == nil {
		cfg.Clock = RealClock{}
	}
	return &Generator{cfg: cfg, target: target}, nil
}

// Counts is a snapshot of the run so far.
func (g *Generator) Counts() Counts {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.counts
}

type settled struct {
	task    Task
	out     Outcome
	latency time.Duration
}

// Run submits the schedule, waits for every task to settle and summarises. It stops
// submitting at the first failed submission (a broken chain would fail them all) but still
// waits for the tasks already created; that error is in Summary.SubmitErr.
func (g *Generator) Run(ctx context.Context) Summary {
	clk, sched := g.cfg.Clock, g.cfg.Schedule
	sum := Summary{Planned: sched.Total}
	start := clk.Now()
	var (
		wg      sync.WaitGroup
		resMu   sync.Mutex
		results []settled
		txGas   uint64
	)
	sent := 0
	for sent < sched.Total && ctx.Err() == nil {
		due := sched.Due(clk.Now().Sub(start))
		if due <= sent {
			if err := clk.Sleep(ctx, sched.At(sent)-clk.Now().Sub(start)); err != nil {
				break
			}
			continue
		}
		n := min(due-sent, g.cfg.Batch)
		sum.SendLag = clk.Now().Sub(start) - sched.At(sent+n-1)
		tasks, gas, err := g.target.Create(ctx, n)
		createdAt := clk.Now()
		if err != nil {
			sum.SubmitErr = fmt.Errorf("submitting tasks %d..%d: %w", sent+1, sent+n, err)
			break
		}
		sent += n
		sum.Transactions++
		txGas += gas
		g.mu.Lock()
		g.counts.Submitted += len(tasks)
		g.mu.Unlock()
		for _, t := range tasks {
			wg.Add(1)
			go func(t Task) {
				defer wg.Done()
				out := g.target.Await(ctx, t)
				lat := clk.Now().Sub(createdAt)
				g.mu.Lock()
				if out.Answered {
					g.counts.Answered++
				} else {
					g.counts.Failed++
				}
				g.mu.Unlock()
				resMu.Lock()
				results = append(results, settled{task: t, out: out, latency: lat})
				resMu.Unlock()
			}(t)
		}
	}
	if sum.SubmitErr == nil && sent < sched.Total && ctx.Err() != nil {
		sum.SubmitErr = fmt.Errorf("stopped after %d of %d tasks: %w", sent, sched.Total, ctx.Err())
	}
	wg.Wait()
	sum.Wall = clk.Now().Sub(start)
	sum.Counts = g.Counts()
	var secs, blocks []float64
	var respondGas float64
	for _, r := range results {
		if !r.out.Answered {
			sum.Failures = append(sum.Failures, Failure{ID: r.task.ID, Err: r.out.Err})
			continue
		}
		secs = append(secs, r.latency.Seconds())
		blocks = append(blocks, float64(r.out.RespondedBlock)-float64(r.task.Block))
		if r.out.RespondGasKnown {
			respondGas += r.out.RespondGas
			sum.RespondGasTasks++
		}
	}
	sum.LatencySec, sum.LatencyBlock = Summarize(secs), Summarize(blocks)
	if sum.Counts.Submitted > 0 {
		sum.CreateGas = float64(txGas) / float64(sum.Counts.Submitted)
	}
	if sum.RespondGasTasks > 0 {
		sum.RespondGas = respondGas / float64(sum.RespondGasTasks)
	}
	if sum.Wall > 0 {
		sum.Throughput = float64(sum.Counts.Answered) / sum.Wall.Seconds()
	}
	return sum
}

// Write prints the summary for people, one figure a line.
func (s Summary) Write(w io.Writer) error {
	c := s.Counts
	respondGas := "n/a"
	if s.RespondGasTasks > 0 {
		respondGas = fmt.Sprintf("%.0f (over %d tasks)", s.RespondGas, s.RespondGasTasks)
	}
	_, err := fmt.Fprintf(w, `tasks planned      %d
tasks submitted    %d in %d transactions
answered           %d
expired/failed     %d
wall time          %.1f s
answered tasks/s   %.2f
latency s          p50 %.2f  p95 %.2f  max %.2f
latency blocks     p50 %.0f  p95 %.0f  max %.0f
gas/created task   %.0f
gas/answered task  %s
`, s.Planned, c.Submitted, s.Transactions, c.Answered, c.Failed, s.Wall.Seconds(), s.Throughput,
		s.LatencySec.P50, s.LatencySec.P95, s.LatencySec.Max, s.LatencyBlock.P50, s.LatencyBlock.P95, s.LatencyBlock.Max,
		s.CreateGas, respondGas)
	if err != nil {
		return err
	}
	if s.SendLag > time.Second {
		if _, err := fmt.Fprintf(w, "submissions ran %.1f s behind schedule: raise --batch or lower --rate\n", s.SendLag.Seconds()); err != nil {
			return err
		}
	}
	for i, f := range s.Failures {
		if i == 10 {
			_, err = fmt.Fprintf(w, "... and %d more failures\n", len(s.Failures)-i)
			return err
		}
		if _, err := fmt.Fprintf(w, "task %d: %v\n", f.ID, f.Err); err != nil {
			return err
		}
	}
	if s.SubmitErr != nil {
		_, err = fmt.Fprintf(w, "stopped: %v\n", s.SubmitErr)
	}
	return err
}
