package plan

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"

	opstate "github.com/Layr-Labs/eigensdk-go/contracts/bindings/OperatorStateRetriever"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/deployment"
	"github.com/blockless/avs/protocol"
)

// Source is where an epoch's answered tasks and counted fees come from: ChainSource reads a
// deployment; tests use a slice.
type Source interface {
	// EpochSeconds is the length of a rewards epoch.
	EpochSeconds(ctx context.Context) (uint32, error)
	// CountedFees is what the TaskManager counted for the epoch (what a plan must add up to).
	CountedFees(ctx context.Context, epoch uint64) (*big.Int, error)
	// PaidTasks lists the tasks answered in the epoch with their fees and earners.
	PaidTasks(ctx context.Context, epoch uint64) ([]PaidTask, error)
}

// ErrFeesMismatch means the tasks found do not add up to the fees the TaskManager counted.
var ErrFeesMismatch = errors.New("answered tasks do not add up to the epoch's counted fees")

// Compute builds an epoch's plan from src and checks it pays exactly the counted fees.
func Compute(ctx context.Context, src Source, epoch uint64) (Plan, error) {
	tasks, err := src.PaidTasks(ctx, epoch)
	if err != nil {
		return Plan{}, err
	}
	p, err := Split(epoch, tasks)
	if err != nil {
		return Plan{}, err
	}
	counted, err := src.CountedFees(ctx, epoch)
	if err != nil {
		return Plan{}, err
	}
	if counted.Cmp(p.Total) != 0 {
		return Plan{}, fmt.Errorf("epoch %d: tasks paid %s wei, TaskManager counted %s: %w", epoch, p.Total, counted, ErrFeesMismatch)
	}
	return p, nil
}

// ChainSource reads answered tasks from a deployment: TaskResponded events in the epoch's blocks,
// the signers from each response transaction's calldata, stakes from the OperatorStateRetriever.
type ChainSource struct {
	client    *ethclient.Client
	addrs     *deployment.Addresses
	tm        *taskmanager.TaskManager
	tmABI     *abi.ABI
	osr       *opstate.ContractOperatorStateRetriever
	states    map[string][][]opstate.OperatorStateRetrieverOperator
	txs       map[common.Hash]*types.Transaction
	fromBlock uint64
	seconds   uint32 // REWARDS_EPOCH_SECONDS, an immutable: read once
}

// NewChainSource reads from the deployment at addrs.
func NewChainSource(client *ethclient.Client, addrs *deployment.Addresses) (*ChainSource, error) {
	tm, err := taskmanager.NewTaskManager(addrs.AVS.TaskManager, client)
	if err != nil {
		return nil, fmt.Errorf("bind task manager: %w", err)
	}
	tmABI, err := taskmanager.TaskManagerMetaData.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("task manager abi: %w", err)
	}
	osr, err := opstate.NewContractOperatorStateRetriever(addrs.AVS.OperatorStateRetriever, client)
	if err != nil {
		return nil, fmt.Errorf("bind operator state retriever: %w", err)
	}
	return &ChainSource{
		client: client, addrs: addrs, tm: tm, tmABI: tmABI, osr: osr, fromBlock: addrs.DeployedAt,
		states: make(map[string][][]opstate.OperatorStateRetrieverOperator), txs: make(map[common.Hash]*types.Transaction),
	}, nil
}

// EpochSeconds is the TaskManager's REWARDS_EPOCH_SECONDS.
func (s *ChainSource) EpochSeconds(ctx context.Context) (uint32, error) {
	if s.seconds != 0 {
		return s.seconds, nil
	}
	n, err := s.tm.REWARDSEPOCHSECONDS(&bind.CallOpts{Context: ctx})
	if err != nil {
		return 0, fmt.Errorf("rewards epoch length: %w", err)
	}
	s.seconds = n
	return n, nil
}

// CountedFees is the TaskManager's epochFees(epoch).
func (s *ChainSource) CountedFees(ctx context.Context, epoch uint64) (*big.Int, error) {
	f, err := s.tm.EpochFees(&bind.CallOpts{Context: ctx}, new(big.Int).SetUint64(epoch))
	if err != nil {
		return nil, fmt.Errorf("epoch %d fees: %w", epoch, err)
	}
	return f, nil
}

// EpochBlocks is the block range whose timestamps fall in the epoch; ok is false when no block
// does (yet).
func (s *ChainSource) EpochBlocks(ctx context.Context, epoch uint64) (first, last uint64, ok bool, err error) {
	seconds, err := s.EpochSeconds(ctx)
	if err != nil {
		return 0, 0, false, err
	}
	start, end := epoch*uint64(seconds), (epoch+1)*uint64(seconds)
	head, err := s.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, 0, false, fmt.Errorf("latest block: %w", err)
	}
	firstAt := func(ts uint64) (uint64, error) { // first block at or after ts (head+1 when none)
		lo, hi := s.fromBlock, head.Number.Uint64()+1
		for lo < hi {
			mid := lo + (hi-lo)/2
			h, err := s.client.HeaderByNumber(ctx, new(big.Int).SetUint64(mid))
			if err != nil {
				return 0, fmt.Errorf("block %d: %w", mid, err)
			}
			if h.Time >= ts {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		return lo, nil
	}
	if first, err = firstAt(start); err != nil {
		return 0, 0, false, err
	}
	after, err := firstAt(end)
	if err != nil {
		return 0, 0, false, err
	}
	if after <= first {
		return 0, 0, false, nil
	}
	return first, after - 1, true, nil
}

// PaidTasks lists the tasks answered in the epoch, in answer order.
func (s *ChainSource) PaidTasks(ctx context.Context, epoch uint64) ([]PaidTask, error) {
	first, last, ok, err := s.EpochBlocks(ctx, epoch)
	if err != nil || !ok {
		return nil, err
	}
	opts := &bind.FilterOpts{Start: first, End: &last, Context: ctx}
	refunds := make(map[common.Hash]map[uint32]*big.Int)
	rit, err := s.tm.FilterFuelRefunded(opts, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("fuel refunds: %w", err)
	}
	for rit.Next() {
		ev := rit.Event
		if refunds[ev.Raw.TxHash] == nil {
			refunds[ev.Raw.TxHash] = make(map[uint32]*big.Int)
		}
		refunds[ev.Raw.TxHash][ev.TaskId] = ev.Amount
	}
	if err := rit.Error(); err != nil {
		return nil, fmt.Errorf("fuel refunds: %w", err)
	}
	it, err := s.tm.FilterTaskResponded(opts, nil)
	if err != nil {
		return nil, fmt.Errorf("answered tasks: %w", err)
	}
	var out []PaidTask
	for it.Next() {
		ev := it.Event
		if ev.Raw.Removed {
			continue
		}
		a, err := s.answerOf(ctx, ev.Raw.TxHash, ev.TaskId)
		if err != nil {
			return nil, fmt.Errorf("task %d: %w", ev.TaskId, err)
		}
		earners, err := s.earners(ctx, a)
		if err != nil {
			return nil, fmt.Errorf("task %d: %w", ev.TaskId, err)
		}
		out = append(out, PaidTask{TaskID: ev.TaskId, Fee: collected(a.task, refunds[ev.Raw.TxHash][ev.TaskId]), Earners: earners})
	}
	if err := it.Error(); err != nil {
		return nil, fmt.Errorf("answered tasks: %w", err)
	}
	return out, nil
}

// answerOf decodes the response transaction; a call it cannot read (sent through another contract)
// falls back to the task as created, paid to everyone in its quorums.
func (s *ChainSource) answerOf(ctx context.Context, txHash common.Hash, taskID uint32) (answer, error) {
	tx := s.txs[txHash]
	if tx == nil {
		var err error
		if tx, _, err = s.client.TransactionByHash(ctx, txHash); err != nil {
			return answer{}, fmt.Errorf("response transaction %s: %w", txHash.Hex(), err)
		}
		s.txs[txHash] = tx
	}
	if tx.To() != nil && *tx.To() == s.addrs.AVS.TaskManager {
		a, err := decodeAnswer(s.tmABI, tx.Data(), taskID)
		if !errors.Is(err, errUnreadable) {
			return a, err
		}
	}
	task, err := protocol.LastCreated(ctx, s.tm, taskID, s.fromBlock)
	if err != nil {
		return answer{}, err
	}
	return answer{task: task, referenceBlock: task.ReferenceBlock, everyone: true}, nil
}

// operatorState is the operators of the answer's quorums at its reference block (cached).
func (s *ChainSource) operatorState(ctx context.Context, a answer) ([][]opstate.OperatorStateRetrieverOperator, error) {
	key := fmt.Sprintf("%x@%d", a.task.QuorumNumbers, a.referenceBlock)
	if state, ok := s.states[key]; ok {
		return state, nil
	}
	state, err := s.osr.GetOperatorState(&bind.CallOpts{Context: ctx}, s.addrs.AVS.RegistryCoordinator, a.task.QuorumNumbers, a.referenceBlock)
	if err != nil {
		return nil, fmt.Errorf("operators at block %d: %w", a.referenceBlock, err)
	}
	s.states[key] = state
	return state, nil
}

// earners lists the operators the answer pays, with their stake summed over the task's quorums.
func (s *ChainSource) earners(ctx context.Context, a answer) ([]Share, error) {
	state, err := s.operatorState(ctx, a)
	if err != nil {
		return nil, err
	}
	stakes := make(map[common.Address]*big.Int)
	for _, quorum := range state {
		for _, op := range quorum {
			switch {
			case a.everyone:
			case a.signers != nil && !a.signers[op.OperatorId]:
				continue
			case a.nonSigners != nil && a.nonSigners[op.OperatorId]:
				continue
			}
			if stakes[op.Operator] == nil {
				stakes[op.Operator] = new(big.Int)
			}
			stakes[op.Operator].Add(stakes[op.Operator], op.Stake)
		}
	}
	shares := make([]Share, 0, len(stakes))
	for op, st := range stakes {
		shares = append(shares, Share{Operator: op, Stake: st})
	}
	sort.Slice(shares, func(i, j int) bool { return shares[i].Operator.Cmp(shares[j].Operator) < 0 })
	return shares, nil
}
