package aggregator

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/committee"
	"github.com/blockless/avs/committee/chainio"
	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/protocol/onchain"
)

// chainState is the on-chain state of a task record (the binding carries it as a bare uint8).
func chainState(rec taskmanager.ITaskManagerTaskRecord) onchain.TaskState {
	return onchain.TaskState(rec.State)
}

// taskChain is what the aggregator reads from the chain. rpcChain implements it over JSON-RPC;
// unit tests use an in-memory fake, so every path that depends on the chain (RPC failures,
// reorgs, refusals) can be exercised in milliseconds.
type taskChain interface {
	BlockNumber(ctx context.Context) (uint64, error)
	GetTask(ctx context.Context, id uint32) (taskmanager.ITaskManagerTaskRecord, error)
	GetFunction(ctx context.Context, id uint64) (taskmanager.ITaskManagerFunctionRecord, error)
	// FindResponse returns the TaskResponded event of task id at or after block from.
	FindResponse(ctx context.Context, id uint32, from uint64) (tx common.Hash, block uint64, digest common.Hash, err error)
	// BlockTime is the timestamp of a block (latency metrics only).
	BlockTime(ctx context.Context, block uint64) (uint64, error)
	// BlockHash is the hash of the chain's block at a height (reorganisation checks).
	BlockHash(ctx context.Context, block uint64) (common.Hash, error)
	// CommitteeTable is a committee table of the CommitteeRegistry (tables never change).
	CommitteeTable(ctx context.Context, id uint64) (*committee.Table, error)
}

// txSender sends the aggregator's transactions; *submitter implements it.
type txSender interface {
	address() common.Address
	respond(ctx context.Context, task protocol.Task, resp protocol.Response, cert protocol.Certificate, prev *types.Transaction) (*types.Transaction, *types.Receipt, error)
	expire(ctx context.Context, id uint32, task protocol.Task) (*types.Transaction, *types.Receipt, error)
	// respondTasks sends respondToTasks: many tasks under one batch certificate.
	respondTasks(ctx context.Context, tasks []protocol.Task, resps []protocol.Response, referenceBlock uint32, cert protocol.Certificate, prev *types.Transaction) (*types.Transaction, *types.Receipt, error)
	respondWithProof(ctx context.Context, task protocol.Task, resp protocol.Response, proof []byte, prev *types.Transaction) (*types.Transaction, *types.Receipt, error)
	// respondCommittee sends respondToTasksByCommittee: one task, or a batch of one committee
	// table, under a committee certificate.
	respondCommittee(ctx context.Context, tasks []protocol.Task, resps []protocol.Response, cert protocol.CommitteeCertificate, prev *types.Transaction) (*types.Transaction, *types.Receipt, error)
}

// rpcChain is taskChain over an RPC endpoint.
type rpcChain struct {
	client     *ethclient.Client
	tm         *taskmanager.TaskManager
	committees *chainio.Chain // nil: the TaskManager has no committee registry
}

// committeeReader binds the TaskManager's committee registry, nil when it has none.
func committeeReader(ctx context.Context, client *ethclient.Client, tm *taskmanager.TaskManager) (*chainio.Chain, error) {
	reg, err := tm.CommitteeRegistry(callOpts(ctx))
	if err != nil {
		return nil, fmt.Errorf("read TaskManager.committeeRegistry: %w", err)
	}
	if reg == (common.Address{}) {
		return nil, nil
	}
	return chainio.NewChain(client, reg, chainio.ChainOptions{})
}

func (c *rpcChain) CommitteeTable(ctx context.Context, id uint64) (*committee.Table, error) {
	if c.committees == nil {
		return nil, errors.New("the TaskManager has no committee registry")
	}
	return c.committees.Table(ctx, id)
}

func (c *rpcChain) BlockNumber(ctx context.Context) (uint64, error) {
	n, err := c.client.BlockNumber(ctx)
	if err != nil {
		return 0, fmt.Errorf("block number: %w", err)
	}
	return n, nil
}

func (c *rpcChain) GetTask(ctx context.Context, id uint32) (taskmanager.ITaskManagerTaskRecord, error) {
	r, err := c.tm.GetTask(callOpts(ctx), id)
	if err != nil {
		return r, fmt.Errorf("getTask(%d): %w", id, err)
	}
	return r, nil
}

func (c *rpcChain) GetFunction(ctx context.Context, id uint64) (taskmanager.ITaskManagerFunctionRecord, error) {
	r, err := c.tm.GetFunction(callOpts(ctx), id)
	if err != nil {
		return r, fmt.Errorf("getFunction(%d): %w", id, err)
	}
	return r, nil
}

func (c *rpcChain) FindResponse(ctx context.Context, id uint32, from uint64) (common.Hash, uint64, common.Hash, error) {
	it, err := c.tm.FilterTaskResponded(&bind.FilterOpts{Start: from, Context: ctx}, []uint32{id})
	if err != nil {
		return common.Hash{}, 0, common.Hash{}, fmt.Errorf("filter TaskResponded(%d): %w", id, err)
	}
	defer it.Close()
	for it.Next() {
		return it.Event.Raw.TxHash, it.Event.Raw.BlockNumber, it.Event.ResponseDigest, nil
	}
	if err := it.Error(); err != nil {
		return common.Hash{}, 0, common.Hash{}, fmt.Errorf("read TaskResponded(%d): %w", id, err)
	}
	return common.Hash{}, 0, common.Hash{}, fmt.Errorf("no TaskResponded event for task %d", id)
}

func (c *rpcChain) BlockTime(ctx context.Context, block uint64) (uint64, error) {
	h, err := c.client.HeaderByNumber(ctx, new(big.Int).SetUint64(block))
	if err != nil {
		return 0, fmt.Errorf("header %d: %w", block, err)
	}
	return h.Time, nil
}

func (c *rpcChain) BlockHash(ctx context.Context, block uint64) (common.Hash, error) {
	h, err := c.client.HeaderByNumber(ctx, new(big.Int).SetUint64(block))
	if err != nil {
		return common.Hash{}, fmt.Errorf("header %d: %w", block, err)
	}
	return h.Hash(), nil
}
