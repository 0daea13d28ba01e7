package loadgen

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/rs/zerolog"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/protocol/onchain"
	"github.com/blockless/avs/requester"
)

// ChainTarget drives a TaskManager through a requester client.
type ChainTarget struct {
	Client *requester.Client
	// Request is the i-th request (from 0); vary the input so tasks are distinct.
	Request func(i int) taskmanager.ITaskManagerTaskRequest
	Fee     *big.Int      // per task; nil pays minTaskFee
	Poll    time.Duration // how often a task's state is read while it is pending
	Log     zerolog.Logger

	next int // requests made so far; Create is called by one goroutine
}

// Create sends one task with createTask, more with createTasks: a single task costs no more
// than a plain createTask, which is what a one-task-per-transaction user sends.
func (t *ChainTarget) Create(ctx context.Context, n int) ([]Task, uint64, error) {
	reqs := make([]taskmanager.ITaskManagerTaskRequest, n)
	for i := range reqs {
		reqs[i] = t.Request(t.next + i)
	}
	var created []requester.Created
	if n == 1 {
		c, err := t.Client.CreateTask(ctx, reqs[0], t.Fee)
		if err != nil {
			return nil, 0, err
		}
		created = []requester.Created{c}
	} else {
		var err error
		if created, err = t.Client.CreateTasks(ctx, reqs, t.Fee); err != nil {
			return nil, 0, err
		}
	}
	t.next += n
	out := make([]Task, len(created))
	for i, c := range created {
		out[i] = Task{ID: c.ID, Block: c.Block, Deadline: uint64(c.Task.DeadlineBlock)}
	}
	return out, created[0].TxGasUsed, nil
}

// Await polls the task until it is answered, expired, or pending past its deadline (nobody
// may answer it then; expireTask is the requester's business, not the benchmark's).
func (t *ChainTarget) Await(ctx context.Context, task Task) Outcome {
	poll := t.Poll
	if poll <= 0 {
		poll = 250 * time.Millisecond
	}
	var lastErr error
	for {
		// Head first: a task still pending at a state read after the head passed its deadline
		// can no longer be answered.
		head, herr := t.Client.BlockNumber(ctx)
		r, err := t.Client.Get(ctx, task.ID)
		switch {
		case err != nil:
			lastErr = err
			t.Log.Debug().Err(err).Uint32("task", task.ID).Msg("read task")
		case r.State == onchain.TaskResponded:
			return t.answered(ctx, r)
		case r.State == onchain.TaskExpired:
			return Outcome{Err: fmt.Errorf("expired (deadline block %d)", task.Deadline)}
		case herr == nil && head > task.Deadline:
			return Outcome{Err: fmt.Errorf("still pending at block %d, past its deadline block %d", head, task.Deadline)}
		}
		if err := (RealClock{}).Sleep(ctx, poll); err != nil {
			if lastErr != nil {
				return Outcome{Err: fmt.Errorf("waiting: %w (last error: %v)", err, lastErr)}
			}
			return Outcome{Err: fmt.Errorf("waiting: %w", err)}
		}
	}
}

func (t *ChainTarget) answered(ctx context.Context, r requester.Result) Outcome {
	o := Outcome{Answered: true, RespondedBlock: r.Block}
	gas, n, err := t.Client.ResponseGas(ctx, r.TxHash)
	if err != nil {
		t.Log.Warn().Err(err).Msg("gas of the answering transaction unknown")
		return o
	}
	o.RespondGas, o.RespondGasKnown = float64(gas)/float64(n), true
	return o
}
