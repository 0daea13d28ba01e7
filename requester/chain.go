package requester

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/chain"
	"github.com/blockless/avs/protocol"
)

// taskManagerChain is what the client asks of the chain: TaskManager reads, and
// transactions sent and waited for. Behind an interface so that the client's own logic (fees,
// result states, retries, errors) is tested against an in-memory TaskManager.
type taskManagerChain interface {
	MinTaskFee(ctx context.Context) (*big.Int, error)
	// GetFunction reads a function's record (an error for an unknown id).
	GetFunction(ctx context.Context, id uint64) (taskmanager.ITaskManagerFunctionRecord, error)
	GetTask(ctx context.Context, id uint32) (taskmanager.ITaskManagerTaskRecord, error)
	// TaskResponded returns the TaskResponded events of task id in one block.
	TaskResponded(ctx context.Context, id uint32, block uint64) ([]responded, error)
	// The writers send a transaction, wait until it is mined and read its event.
	RegisterFunction(ctx context.Context, spec taskmanager.ITaskManagerFunctionSpec) (uint64, common.Hash, error)
	CreateTask(ctx context.Context, req taskmanager.ITaskManagerTaskRequest, fee *big.Int) (Created, error)
	// CreateTasks sends createTasks paying total wei and returns the TaskCreated events in order.
	CreateTasks(ctx context.Context, reqs []taskmanager.ITaskManagerTaskRequest, total *big.Int) ([]Created, error)
	// BlockNumber is the chain head.
	BlockNumber(ctx context.Context) (uint64, error)
	// TxGas reads a mined transaction's gas used and how many TaskResponded events it holds.
	TxGas(ctx context.Context, tx common.Hash) (gasUsed uint64, responded int, err error)
	DeployContract(ctx context.Context, what string, bytecode []byte) (common.Address, common.Hash, error)
}

// responded is a TaskResponded event.
type responded struct {
	Response protocol.Response
	TxHash   common.Hash
	Block    uint64
}

var errNoKey = errors.New("no key: this operation sends a transaction")

// rpcTaskManager talks to the TaskManager through an RPC endpoint, signing with key.
type rpcTaskManager struct {
	eth     *ethclient.Client
	chainID *big.Int
	tm      *taskmanager.TaskManager
	tmABI   *abi.ABI
	key     *ecdsa.PrivateKey
}

func (r rpcTaskManager) MinTaskFee(ctx context.Context) (*big.Int, error) {
	return r.tm.MinTaskFee(&bind.CallOpts{Context: ctx})
}

func (r rpcTaskManager) GetFunction(ctx context.Context, id uint64) (taskmanager.ITaskManagerFunctionRecord, error) {
	return r.tm.GetFunction(&bind.CallOpts{Context: ctx}, id)
}

func (r rpcTaskManager) GetTask(ctx context.Context, id uint32) (taskmanager.ITaskManagerTaskRecord, error) {
	return r.tm.GetTask(&bind.CallOpts{Context: ctx}, id)
}

func (r rpcTaskManager) TaskResponded(ctx context.Context, id uint32, block uint64) ([]responded, error) {
	it, err := r.tm.FilterTaskResponded(&bind.FilterOpts{Start: block, End: &block, Context: ctx}, []uint32{id})
	if err != nil {
		return nil, err
	}
	defer it.Close()
	var out []responded
	for it.Next() {
		out = append(out, responded{Response: it.Event.Response, TxHash: it.Event.Raw.TxHash, Block: it.Event.Raw.BlockNumber})
	}
	if err := it.Error(); err != nil {
		return nil, err
	}
	return out, nil
}

func (r rpcTaskManager) send(ctx context.Context, what string, f func(*bind.TransactOpts) (*types.Transaction, error), value *big.Int) (*types.Receipt, error) {
	if r.key == nil {
		return nil, errNoKey
	}
	opts, err := chain.TransactOpts(ctx, r.key, r.chainID)
	if err != nil {
		return nil, err
	}
	opts.Value = value
	tx, err := f(opts)
	if err != nil {
		return nil, fmt.Errorf("%s: %s", what, chain.DescribeError(err, r.tmABI))
	}
	return chain.WaitMined(ctx, r.eth, tx, what, r.tmABI)
}

func (r rpcTaskManager) RegisterFunction(ctx context.Context, spec taskmanager.ITaskManagerFunctionSpec) (uint64, common.Hash, error) {
	rc, err := r.send(ctx, "registerFunction", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return r.tm.RegisterFunction(o, spec)
	}, nil)
	if err != nil {
		return 0, common.Hash{}, err
	}
	for _, l := range rc.Logs {
		if ev, err := r.tm.ParseFunctionRegistered(*l); err == nil {
			return ev.FunctionId, rc.TxHash, nil
		}
	}
	return 0, rc.TxHash, errors.New("registerFunction: no FunctionRegistered event")
}

func (r rpcTaskManager) CreateTask(ctx context.Context, req taskmanager.ITaskManagerTaskRequest, fee *big.Int) (Created, error) {
	rc, err := r.send(ctx, "createTask", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return r.tm.CreateTask(o, req)
	}, fee)
	if err != nil {
		return Created{}, err
	}
	for _, l := range rc.Logs {
		if ev, err := r.tm.ParseTaskCreated(*l); err == nil {
			return Created{ID: ev.TaskId, Task: ev.Task, TxHash: rc.TxHash, Block: rc.BlockNumber.Uint64(), TxGasUsed: rc.GasUsed, TxTasks: 1}, nil
		}
	}
	return Created{}, errors.New("createTask: no TaskCreated event")
}

func (r rpcTaskManager) CreateTasks(ctx context.Context, reqs []taskmanager.ITaskManagerTaskRequest, total *big.Int) ([]Created, error) {
	rc, err := r.send(ctx, "createTasks", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return r.tm.CreateTasks(o, reqs)
	}, total)
	if err != nil {
		return nil, err
	}
	var out []Created
	for _, l := range rc.Logs {
		if ev, err := r.tm.ParseTaskCreated(*l); err == nil {
			out = append(out, Created{ID: ev.TaskId, Task: ev.Task, TxHash: rc.TxHash, Block: rc.BlockNumber.Uint64(),
				TxGasUsed: rc.GasUsed, TxTasks: len(reqs)})
		}
	}
	return out, nil
}

func (r rpcTaskManager) BlockNumber(ctx context.Context) (uint64, error) {
	return r.eth.BlockNumber(ctx)
}

func (r rpcTaskManager) TxGas(ctx context.Context, tx common.Hash) (uint64, int, error) {
	rc, err := r.eth.TransactionReceipt(ctx, tx)
	if err != nil {
		return 0, 0, err
	}
	n := 0
	for _, l := range rc.Logs {
		if _, err := r.tm.ParseTaskResponded(*l); err == nil {
			n++
		}
	}
	return rc.GasUsed, n, nil
}

func (r rpcTaskManager) DeployContract(ctx context.Context, what string, bytecode []byte) (common.Address, common.Hash, error) {
	rc, err := r.send(ctx, "deploy "+what, func(o *bind.TransactOpts) (*types.Transaction, error) {
		_, tx, _, err := bind.DeployContract(o, abi.ABI{}, bytecode, r.eth)
		return tx, err
	}, nil)
	if err != nil {
		return common.Address{}, common.Hash{}, err
	}
	if rc.ContractAddress == (common.Address{}) {
		return common.Address{}, rc.TxHash, fmt.Errorf("deploy %s: no contract address in receipt", what)
	}
	return rc.ContractAddress, rc.TxHash, nil
}
