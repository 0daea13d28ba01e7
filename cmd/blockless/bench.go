package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"sync"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/requester"
	"github.com/blockless/avs/requester/loadgen"
)

// benchExitFailed is the exit status when some task was not answered (as `task submit --wait`
// uses 3 for an expired task).
const benchExitFailed = 3

func benchCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "bench",
		Usage: "load generator: create tasks at a steady rate, wait for their answers, report latency, throughput and gas",
		Description: "Sends --rate tasks per second for --duration. One transaction is in flight at a time; each carries the\n" +
			"tasks that came due while the previous one was mined, up to --batch (createTasks), so a rate the chain\n" +
			"keeps up with is sent one createTask per task. Every task is then followed until it is answered or its\n" +
			"deadline block passes. Exit status 3 if any task was not answered.",
		Flags: append(chainFlags(),
			&cli.Uint64Flag{Name: "function", Required: true, Usage: "function id"},
			&cli.Float64Flag{Name: "rate", Required: true, Usage: "tasks per second"},
			&cli.DurationFlag{Name: "duration", Required: true, Usage: "how long to submit, e.g. 30s"},
			&cli.IntFlag{Name: "batch", Value: 16, Usage: fmt.Sprintf("most tasks per transaction (1..%d)", requester.MaxCreateTasks)},
			&cli.StringFlag{Name: "input", Usage: "input file every task gets (- for stdin); default: a distinct short text per task"},
			&cli.UintFlag{Name: "threshold", Value: 66, Usage: "stake percentage that must sign"},
			&cli.UintFlag{Name: "window", Value: 100, Usage: "response window, blocks"},
			&cli.StringFlag{Name: "fee", Value: "0", Usage: "fee per task in wei; less than minTaskFee pays the minimum"},
			&cli.DurationFlag{Name: "poll", Value: 250 * time.Millisecond, Usage: "how often a pending task is read (the resolution of latency in seconds)"},
		),
		Action: func(c *cli.Context) error {
			sched, err := loadgen.NewSchedule(c.Float64("rate"), c.Duration("duration"))
			if err != nil {
				return cli.Exit("blockless bench: "+err.Error(), 2)
			}
			if b := c.Int("batch"); b < 1 || b > requester.MaxCreateTasks {
				return cli.Exit(fmt.Sprintf("blockless bench: --batch %d: want 1..%d", b, requester.MaxCreateTasks), 2)
			}
			fee, ok := new(big.Int).SetString(c.String("fee"), 10)
			if !ok || fee.Sign() < 0 {
				return cli.Exit(fmt.Sprintf("blockless bench: --fee %q is not an amount of wei", c.String("fee")), 2)
			}
			input, err := e.benchInput(c.String("input"))
			if err != nil {
				return err
			}
			cl, err := dialRequester(c.Context, c, true)
			if err != nil {
				return err
			}
			defer cl.Close()
			fn, threshold, window := c.Uint64("function"), uint8(c.Uint("threshold")), uint32(c.Uint("window"))
			runTag := time.Now().UnixNano() // distinct inputs across runs too
			target := &loadgen.ChainTarget{Client: cl, Fee: fee, Poll: c.Duration("poll"), Log: e.log,
				Request: func(i int) taskmanager.ITaskManagerTaskRequest {
					in := input
					if in == nil {
						in = []byte(fmt.Sprintf("%d %d\n", runTag, i))
					}
					return taskmanager.ITaskManagerTaskRequest{FunctionId: fn, Input: in, QuorumNumbers: []byte{0},
						QuorumThresholdPercentage: threshold, ResponseWindowBlocks: window}
				}}
			g, err := loadgen.New(loadgen.Config{Schedule: sched, Batch: c.Int("batch")}, target)
			if err != nil {
				return err
			}
			stopProgress := e.showProgress(c.Context, g)
			sum := g.Run(c.Context)
			stopProgress()
			if err := sum.Write(e.stdout); err != nil {
				return fmt.Errorf("write summary: %w", err)
			}
			if sum.SubmitErr != nil {
				return sum.SubmitErr
			}
			if !sum.OK() {
				e.exitCode = benchExitFailed
			}
			return nil
		},
	}
}

// benchInput reads the shared input; nil when none was given.
func (e *env) benchInput(name string) ([]byte, error) {
	var b []byte
	var err error
	switch name {
	case "":
		return nil, nil
	case "-":
		b, err = io.ReadAll(io.LimitReader(e.stdin, 64<<10+1))
	default:
		b, err = os.ReadFile(name)
	}
	if err != nil {
		return nil, fmt.Errorf("read input: %w", err)
	}
	if len(b) == 0 {
		return nil, errors.New("read input: empty (a task needs an input)")
	}
	return b, nil
}

// showProgress refreshes a one-line count on stderr every 500 ms when stderr is a terminal
// (a log file or pipe gets the summary only); the returned func stops it and ends the line.
func (e *env) showProgress(ctx context.Context, g *loadgen.Generator) (stop func()) {
	if f, ok := e.stderr.(*os.File); !ok || !isTerminal(f) {
		return func() {}
	}
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(500 * time.Millisecond)
		defer t.Stop()
		for {
			fmt.Fprint(e.stderr, progressLine(g.Counts()))
			select {
			case <-ctx.Done():
				fmt.Fprintln(e.stderr)
				return
			case <-t.C:
			}
		}
	}()
	return func() { cancel(); wg.Wait() }
}

// progressLine overwrites the terminal line (\r, then clear to its end).
func progressLine(c loadgen.Counts) string {
	return fmt.Sprintf("\rsubmitted %d  answered %d  failed %d  in flight %d\x1b[K", c.Submitted, c.Answered, c.Failed, c.InFlight())
}
