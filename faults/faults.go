// Package faults builds and submits fault proofs to the Slasher: evidence that an operator
// signed something an honest operator never signs. An operator's signed response (what it sends
// the aggregator) is the evidence; the task, the certified answer and, for batch answers, the
// batch membership proof are read from the chain.
//
// Two faults are provable: equivocation (two signed responses to one task that differ) and
// contradiction (a signed response that differs from the task's certified or proven answer).
// Nothing else is: a missing, late or declined signature leaves no evidence.
package faults

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	regcoord "github.com/Layr-Labs/eigensdk-go/contracts/bindings/SlashingRegistryCoordinator"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/blockless/avs/bindings/slasher"
	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/chain"
	"github.com/blockless/avs/protocol"
)

// Kinds of evidence.
const (
	Contradiction = "contradiction"
	Equivocation  = "equivocation"
)

// Evidence is what a challenger holds: one operator's signed response(s) to a task.
type Evidence struct {
	Kind string `json:"kind"`
	// Operator is the signer's address; when zero it is looked up from Signed.OperatorID.
	Operator common.Address           `json:"operator"`
	Signed   protocol.SignedResponse  `json:"signed"`
	Other    *protocol.SignedResponse `json:"other,omitempty"` // equivocation: the second response
}

// ErrNotAnswered means a contradiction was asked for a task that has no certified answer yet.
var ErrNotAnswered = errors.New("task has no certified answer on chain")

// Answer is a task's certified answer as the chain recorded it.
type Answer struct {
	Task      protocol.Task
	Response  protocol.Response
	Digest    [32]byte
	BatchRoot [32]byte // zero: answered alone
	LeafIndex int
	Proof     [][32]byte
}

// Prover reads what proofs need from a deployment and sends them.
type Prover struct {
	client  *ethclient.Client
	tm      *taskmanager.TaskManager
	coord   *regcoord.ContractSlashingRegistryCoordinator
	sl      *slasher.Slasher
	slABI   *abi.ABI
	from    uint64 // first block to search events from (the deployment block)
	slasher common.Address
}

// NewProver binds the TaskManager, Slasher and registry coordinator of a deployment; events are
// searched from fromBlock.
func NewProver(client *ethclient.Client, taskManager, slasherAddr, registryCoordinator common.Address, fromBlock uint64) (*Prover, error) {
	tm, err := taskmanager.NewTaskManager(taskManager, client)
	if err != nil {
		return nil, fmt.Errorf("bind task manager: %w", err)
	}
	coord, err := regcoord.NewContractSlashingRegistryCoordinator(registryCoordinator, client)
	if err != nil {
		return nil, fmt.Errorf("bind registry coordinator: %w", err)
	}
	sl, err := slasher.NewSlasher(slasherAddr, client)
	if err != nil {
		return nil, fmt.Errorf("bind slasher: %w", err)
	}
	slABI, err := slasher.SlasherMetaData.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("slasher abi: %w", err)
	}
	return &Prover{client: client, tm: tm, coord: coord, sl: sl, slABI: slABI, from: fromBlock, slasher: slasherAddr}, nil
}

// Task reads the task last created with this id (TaskCreated).
func (p *Prover) Task(ctx context.Context, id uint32) (protocol.Task, error) {
	return protocol.LastCreated(ctx, p.tm, id, p.from)
}

// Answer reads a task's certified answer and, for a batch answer, the leaf's proof rebuilt from
// the batch transaction's TaskResponded events (they are emitted in leaf order).
func (p *Prover) Answer(ctx context.Context, id uint32) (Answer, error) {
	task, err := p.Task(ctx, id)
	if err != nil {
		return Answer{}, err
	}
	it, err := p.tm.FilterTaskResponded(&bind.FilterOpts{Start: p.from, Context: ctx}, []uint32{id})
	if err != nil {
		return Answer{}, fmt.Errorf("task %d answer: %w", id, err)
	}
	defer it.Close()
	var ev *taskmanager.TaskManagerTaskResponded
	for it.Next() {
		if !it.Event.Raw.Removed {
			e := *it.Event
			ev = &e
		}
	}
	if err := it.Error(); err != nil {
		return Answer{}, fmt.Errorf("task %d answer: %w", id, err)
	}
	if ev == nil {
		return Answer{}, fmt.Errorf("task %d: %w", id, ErrNotAnswered)
	}
	a := Answer{Task: task, Response: ev.Response, Digest: ev.ResponseDigest}
	receipt, err := p.client.TransactionReceipt(ctx, ev.Raw.TxHash)
	if err != nil {
		return Answer{}, fmt.Errorf("task %d answer receipt: %w", id, err)
	}
	var leaves [][32]byte
	for _, l := range receipt.Logs {
		if r, err := p.tm.ParseTaskResponded(*l); err == nil && l.Address == ev.Raw.Address {
			if r.TaskId == id {
				a.LeafIndex = len(leaves)
			}
			leaves = append(leaves, r.ResponseDigest)
		}
		if b, err := p.tm.ParseBatchResponded(*l); err == nil && l.Address == ev.Raw.Address {
			a.BatchRoot = b.Root
		}
	}
	if a.BatchRoot != ([32]byte{}) {
		if a.Proof, err = protocol.BatchProof(leaves, a.LeafIndex); err != nil {
			return Answer{}, fmt.Errorf("task %d batch proof: %w", id, err)
		}
	}
	return a, nil
}

// Submit sends the evidence to the Slasher with key (any account) and waits for it.
func (p *Prover) Submit(ctx context.Context, key *ecdsa.PrivateKey, ev Evidence) (*types.Receipt, error) {
	opts, err := chain.Signer(ctx, p.client, key)
	if err != nil {
		return nil, err
	}
	sig := func(s protocol.SignedResponse) (slasher.BN254G1Point, error) {
		g, err := s.Signature.Point()
		if err != nil {
			return slasher.BN254G1Point{}, fmt.Errorf("signature: %w", err)
		}
		return slasher.BN254G1Point{X: g.X.BigInt(new(big.Int)), Y: g.Y.BigInt(new(big.Int))}, nil
	}
	sigA, err := sig(ev.Signed)
	if err != nil {
		return nil, err
	}
	if ev.Operator == (common.Address{}) {
		if ev.Operator, err = p.coord.GetOperatorFromId(&bind.CallOpts{Context: ctx}, ev.Signed.OperatorID); err != nil {
			return nil, fmt.Errorf("operator of id %s: %w", ev.Signed.OperatorID.Hex(), err)
		}
		if ev.Operator == (common.Address{}) {
			return nil, fmt.Errorf("operator id %s is not registered", ev.Signed.OperatorID.Hex())
		}
	}
	var tx *types.Transaction
	switch ev.Kind {
	case Contradiction:
		a, err := p.Answer(ctx, ev.Signed.TaskID)
		if err != nil {
			return nil, err
		}
		// The Slasher reads the certified response only for a batch answer (a task answered alone
		// has its digest on chain): an empty one saves the calldata.
		certified := slasher.ITaskManagerTaskResponse(a.Response)
		if a.BatchRoot == ([32]byte{}) {
			certified = slasher.ITaskManagerTaskResponse{Output: []byte{}}
		}
		tx, err = p.sl.ProveContradiction(opts, toSlasherTask(a.Task), slasher.ITaskManagerTaskResponse(ev.Signed.Response()),
			sigA, ev.Operator, certified, a.BatchRoot, big.NewInt(int64(a.LeafIndex)), a.Proof)
		if err != nil {
			return nil, fmt.Errorf("prove contradiction: %s", chain.DescribeError(err, p.slABI))
		}
	case Equivocation:
		if ev.Other == nil {
			return nil, errors.New("equivocation needs two signed responses")
		}
		sigB, err := sig(*ev.Other)
		if err != nil {
			return nil, err
		}
		task, err := p.Task(ctx, ev.Signed.TaskID)
		if err != nil {
			return nil, err
		}
		tx, err = p.sl.ProveEquivocation(opts, toSlasherTask(task), slasher.ITaskManagerTaskResponse(ev.Signed.Response()), sigA,
			slasher.ITaskManagerTaskResponse(ev.Other.Response()), sigB, ev.Operator)
		if err != nil {
			return nil, fmt.Errorf("prove equivocation: %s", chain.DescribeError(err, p.slABI))
		}
	default:
		return nil, fmt.Errorf("unknown evidence kind %q (want %s or %s)", ev.Kind, Contradiction, Equivocation)
	}
	return chain.WaitMined(ctx, p.client, tx, "fault proof", p.slABI)
}

// toSlasherTask converts the TaskManager binding's task to the Slasher binding's (same ABI type).
func toSlasherTask(t protocol.Task) slasher.ITaskManagerTask {
	return *abi.ConvertType(t, new(slasher.ITaskManagerTask)).(*slasher.ITaskManagerTask)
}
