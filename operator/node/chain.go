package node

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/protocol/onchain"
)

// chainReader is what the node reads from the chain while executing and delivering tasks
// (the watcher reads the logs). Behind an interface so that the scheduling logic can be
// tested against an in-memory chain.
type chainReader interface {
	BlockNumber(ctx context.Context) (uint64, error)
	// BlockTime is the timestamp of a block (the guest's clock for a task).
	BlockTime(ctx context.Context, block uint64) (uint64, error)
	// Task is the TaskManager's record of a task.
	Task(ctx context.Context, id uint32) (taskmanager.ITaskManagerTaskRecord, error)
}

// ethChain reads through an RPC endpoint.
type ethChain struct {
	client *ethclient.Client
	tm     *taskmanager.TaskManager
}

func (c ethChain) BlockNumber(ctx context.Context) (uint64, error) {
	h, err := c.client.BlockNumber(ctx)
	if err != nil {
		return 0, fmt.Errorf("head block: %w", err)
	}
	return h, nil
}

func (c ethChain) BlockTime(ctx context.Context, block uint64) (uint64, error) {
	h, err := c.client.HeaderByNumber(ctx, new(big.Int).SetUint64(block))
	if err != nil {
		return 0, fmt.Errorf("header of block %d: %w", block, err)
	}
	return h.Time, nil
}

func (c ethChain) Task(ctx context.Context, id uint32) (taskmanager.ITaskManagerTaskRecord, error) {
	r, err := c.tm.GetTask(&bind.CallOpts{Context: ctx}, id)
	if err != nil {
		return r, fmt.Errorf("read task %d: %w", id, err)
	}
	return r, nil
}

// settled reports whether a response for k is no longer needed: the task is answered or
// expired on chain, its deadline has passed, or the chain now holds a different task under
// this id (a reorg). Read errors count as "still needed": the caller retries.
func settled(ctx context.Context, c chainReader, k taskKey, deadline uint32) bool {
	if head, err := c.BlockNumber(ctx); err == nil && head > uint64(deadline) {
		return true
	}
	rec, err := c.Task(ctx, k.ID)
	if err != nil {
		return false
	}
	state := onchain.TaskState(rec.State)
	if k.Hash != ([32]byte{}) && state != onchain.TaskNone && rec.TaskHash != k.Hash {
		return true
	}
	return state.Settled()
}
