package node

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	opstateretriever "github.com/Layr-Labs/eigensdk-go/contracts/bindings/OperatorStateRetriever"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/committee"
	"github.com/blockless/avs/committee/chainio"
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
	// Table, Capacity and BlockHash read committee tables, declared capacities and the seed
	// blocks of committee tasks (the CommitteeRegistry; see committee.go).
	chainio.Reader
	// FunctionHosts are the hosts a function declared for HTTP calls, as
	// of block (a task's reference block: every operator reads the same).
	FunctionHosts(ctx context.Context, functionID uint64, block uint64) ([]string, error)
	// QuorumStakes are the operators' stakes in quorum at block, by id.
	QuorumStakes(ctx context.Context, quorum uint8, block uint32) (map[common.Hash]*big.Int, error)
	// Secrets, SecretEnvelope and QuorumMembers read what sealed envelopes need (secrets.go,
	// secretchain.go): the secrets a task receives as of its reference block, an envelope's
	// bytes (checked against its digest), and the operators with stake in a quorum at a block
	// with their registered G1 keys.
	Secrets(ctx context.Context, functionID uint64, requester common.Address, block uint64) ([]secretRef, error)
	SecretEnvelope(ctx context.Context, ref secretRef) ([]byte, error)
	QuorumMembers(ctx context.Context, quorum uint8, block uint32) ([]member, error)
}

// ethChain reads through an RPC endpoint.
type ethChain struct {
	client *ethclient.Client
	tm     *taskmanager.TaskManager
	chainio.Reader
	// stateRetriever reads operator stakes (zero: not configured, and
	// functions with HTTP calls cannot be checked, so are not run).
	stateRetriever common.Address
	secrets        *secretReader
}

// newEthChain binds the TaskManager's committee registry. A deployment without one (zero
// address) gets a reader that refuses: its committee functions take no tasks anyway.
func newEthChain(ctx context.Context, client *ethclient.Client, tm *taskmanager.TaskManager) (ethChain, error) {
	c := ethChain{client: client, tm: tm, Reader: noCommittees{}}
	reg, err := tm.CommitteeRegistry(&bind.CallOpts{Context: ctx})
	if err != nil {
		return c, fmt.Errorf("read committee registry address: %w", err)
	}
	if reg != (common.Address{}) {
		if c.Reader, err = chainio.NewChain(client, reg, chainio.ChainOptions{}); err != nil {
			return c, err
		}
	}
	return c, nil
}

// noCommittees is the Reader of a deployment without a committee registry.
type noCommittees struct{}

var errNoCommittees = errors.New("the TaskManager has no committee registry")

func (noCommittees) Table(context.Context, uint64) (*committee.Table, error) {
	return nil, errNoCommittees
}
func (noCommittees) Capacity(context.Context, common.Address) (committee.Capacity, error) {
	return committee.Capacity{}, nil
}
func (noCommittees) BlockHash(context.Context, uint64) ([32]byte, error) {
	return [32]byte{}, errNoCommittees
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

func (c ethChain) FunctionHosts(ctx context.Context, functionID uint64, block uint64) ([]string, error) {
	f, err := c.tm.GetFunction(&bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(block)}, functionID)
	if err != nil {
		return nil, fmt.Errorf("read function %d at block %d: %w", functionID, block, err)
	}
	return f.Spec.HttpHosts, nil
}

func (c ethChain) QuorumStakes(ctx context.Context, quorum uint8, block uint32) (map[common.Hash]*big.Int, error) {
	if c.stateRetriever == (common.Address{}) {
		return nil, errors.New("no operator state retriever address (addresses file or operator_state_retriever)")
	}
	opts := &bind.CallOpts{Context: ctx}
	reg, err := c.tm.RegistryCoordinator(opts)
	if err != nil {
		return nil, fmt.Errorf("read registry coordinator: %w", err)
	}
	osr, err := opstateretriever.NewContractOperatorStateRetrieverCaller(c.stateRetriever, c.client)
	if err != nil {
		return nil, err
	}
	state, err := osr.GetOperatorState(opts, reg, []byte{quorum}, block)
	if err != nil {
		return nil, fmt.Errorf("read operator stakes in quorum %d at block %d: %w", quorum, block, err)
	}
	out := map[common.Hash]*big.Int{}
	for _, ops := range state {
		for _, o := range ops {
			out[common.Hash(o.OperatorId)] = o.Stake
		}
	}
	return out, nil
}
