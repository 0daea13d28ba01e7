package protocol

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/blockless/avs/bindings/taskmanager"
)

// ErrTaskNotCreated means no TaskCreated event names the task id.
var ErrTaskNotCreated = errors.New("no TaskCreated event")

// LastCreated reads the task last created under id (a reorganisation can reuse an id) from the
// TaskManager's TaskCreated events, searching from block from.
func LastCreated(ctx context.Context, tm *taskmanager.TaskManager, id uint32, from uint64) (Task, error) {
	it, err := tm.FilterTaskCreated(&bind.FilterOpts{Start: from, Context: ctx}, []uint32{id})
	if err != nil {
		return Task{}, fmt.Errorf("task %d: %w", id, err)
	}
	defer it.Close()
	var task *Task
	for it.Next() {
		if !it.Event.Raw.Removed {
			t := it.Event.Task
			task = &t
		}
	}
	if err := it.Error(); err != nil {
		return Task{}, fmt.Errorf("task %d: %w", id, err)
	}
	if task == nil {
		return Task{}, fmt.Errorf("task %d: %w", id, ErrTaskNotCreated)
	}
	return *task, nil
}
