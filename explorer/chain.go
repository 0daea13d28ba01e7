package explorer

import (
	"context"
	"fmt"
	"math/big"

	opstate "github.com/Layr-Labs/eigensdk-go/contracts/bindings/OperatorStateRetriever"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/committee"
	"github.com/blockless/avs/committee/chainio"
	"github.com/blockless/avs/deployment"
	"github.com/blockless/avs/rewards/plan"
)

// Chain is what the explorer reads from the chain. EthChain reads a deployment over RPC.
type Chain interface {
	Head(ctx context.Context) (uint64, error)
	// Logs are the TaskManager's and the Slasher's logs in [from, to], in chain order.
	Logs(ctx context.Context, from, to uint64) ([]types.Log, error)
	BlockTime(ctx context.Context, block uint64) (uint64, error)
	// TxGas is the gas a transaction used.
	TxGas(ctx context.Context, tx common.Hash) (uint64, error)
	// Answer is who answered a task in its response transaction and what they earned.
	Answer(ctx context.Context, tx common.Hash, taskID uint32, refund *big.Int) (plan.Answer, error)
	Function(ctx context.Context, id uint64) (taskmanager.ITaskManagerFunctionRecord, error)
	// Operators is a quorum's operators with stake at a block.
	Operators(ctx context.Context, quorum uint8, block uint64) ([]plan.Operator, error)
	// Capacity is an operator's declared capacity (zero: none declared).
	Capacity(ctx context.Context, operator common.Address) (committee.Capacity, error)
}

// EthChain is Chain over an RPC endpoint.
type EthChain struct {
	client   *ethclient.Client
	addrs    deployment.Addresses
	tm       *taskmanager.TaskManager
	osr      *opstate.ContractOperatorStateRetriever
	answers  *plan.ChainSource
	capacity *chainio.Chain // nil: the deployment has no committee registry
	logAddrs []common.Address
}

// NewEthChain reads the deployment at addrs through client.
func NewEthChain(client *ethclient.Client, addrs deployment.Addresses) (*EthChain, error) {
	tm, err := taskmanager.NewTaskManager(addrs.AVS.TaskManager, client)
	if err != nil {
		return nil, fmt.Errorf("bind task manager: %w", err)
	}
	osr, err := opstate.NewContractOperatorStateRetriever(addrs.AVS.OperatorStateRetriever, client)
	if err != nil {
		return nil, fmt.Errorf("bind operator state retriever: %w", err)
	}
	answers, err := plan.NewChainSource(client, &addrs)
	if err != nil {
		return nil, err
	}
	c := &EthChain{client: client, addrs: addrs, tm: tm, osr: osr, answers: answers, logAddrs: []common.Address{addrs.AVS.TaskManager}}
	if addrs.AVS.Slasher != (common.Address{}) {
		c.logAddrs = append(c.logAddrs, addrs.AVS.Slasher)
	}
	if addrs.AVS.CommitteeRegistry != (common.Address{}) {
		if c.capacity, err = chainio.NewChain(client, addrs.AVS.CommitteeRegistry, chainio.ChainOptions{}); err != nil {
			return nil, err
		}
	}
	return c, nil
}

func (c *EthChain) Head(ctx context.Context) (uint64, error) { return c.client.BlockNumber(ctx) }

func (c *EthChain) Logs(ctx context.Context, from, to uint64) ([]types.Log, error) {
	return c.client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to), Addresses: c.logAddrs})
}

func (c *EthChain) BlockTime(ctx context.Context, block uint64) (uint64, error) {
	h, err := c.client.HeaderByNumber(ctx, new(big.Int).SetUint64(block))
	if err != nil {
		return 0, fmt.Errorf("header %d: %w", block, err)
	}
	return h.Time, nil
}

func (c *EthChain) TxGas(ctx context.Context, tx common.Hash) (uint64, error) {
	r, err := c.client.TransactionReceipt(ctx, tx)
	if err != nil {
		return 0, fmt.Errorf("receipt %s: %w", tx.Hex(), err)
	}
	return r.GasUsed, nil
}

func (c *EthChain) Answer(ctx context.Context, tx common.Hash, taskID uint32, refund *big.Int) (plan.Answer, error) {
	return c.answers.AnswerOf(ctx, tx, taskID, refund)
}

func (c *EthChain) Function(ctx context.Context, id uint64) (taskmanager.ITaskManagerFunctionRecord, error) {
	return c.tm.GetFunction(&bind.CallOpts{Context: ctx}, id)
}

func (c *EthChain) Operators(ctx context.Context, quorum uint8, block uint64) ([]plan.Operator, error) {
	state, err := c.osr.GetOperatorState(&bind.CallOpts{Context: ctx}, c.addrs.AVS.RegistryCoordinator, []byte{quorum}, uint32(block))
	if err != nil {
		return nil, fmt.Errorf("operators of quorum %d at block %d: %w", quorum, block, err)
	}
	var out []plan.Operator
	for _, q := range state {
		for _, o := range q {
			out = append(out, plan.Operator{ID: o.OperatorId, Address: o.Operator, Stake: o.Stake})
		}
	}
	return out, nil
}

func (c *EthChain) Capacity(ctx context.Context, operator common.Address) (committee.Capacity, error) {
	if c.capacity == nil {
		return committee.Capacity{}, nil
	}
	return c.capacity.Capacity(ctx, operator)
}
