// Package plan computes who earned an epoch's task fees: the rule by which the fees a TaskManager
// counted in one rewards epoch are split among the operators whose signatures answered the tasks.
// The ServiceManager pays a plan out as an EigenLayer operator-directed rewards submission; anyone
// can recompute it from the chain (see ChainSource) and compare.
//
// The rule, per answered task: the fee it paid (deposit less the fuel refund) goes to the operators
// that signed its answer, in proportion to their stake in the task's quorums at its reference block.
// Integer division leaves at most (signers - 1) wei; that remainder goes to the signer with the
// largest stake (the lowest address among equals), so a plan adds up to exactly the fees. Tasks
// answered by a zk proof, or by a transaction the planner cannot read the signers from, split their
// fee over every operator of their quorums at the reference block, by stake.
package plan

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
)

// Share is one operator's part in a task: its stake (the weight of its share).
type Share struct {
	Operator common.Address
	Stake    *big.Int
}

// PaidTask is an answered task, the fee it paid and the operators that earned it.
type PaidTask struct {
	TaskID  uint32
	Fee     *big.Int
	Earners []Share
}

// Plan is one epoch's rewards: operators in ascending address order, each with a non-zero amount.
type Plan struct {
	Epoch     uint64
	Total     *big.Int
	Tasks     int
	Operators []common.Address
	Amounts   []*big.Int
}

// Amount is what the plan pays operator (zero when it pays it nothing).
func (p Plan) Amount(operator common.Address) *big.Int {
	for i, op := range p.Operators {
		if op == operator {
			return new(big.Int).Set(p.Amounts[i])
		}
	}
	return new(big.Int)
}

// ErrNoEarners is returned for a task with a fee and no operator to pay it to.
var ErrNoEarners = errors.New("task fee has no earners")

// Split applies the rule to an epoch's answered tasks.
func Split(epoch uint64, tasks []PaidTask) (Plan, error) {
	owed := make(map[common.Address]*big.Int)
	total := new(big.Int)
	for _, t := range tasks {
		if t.Fee == nil || t.Fee.Sign() < 0 {
			return Plan{}, fmt.Errorf("task %d: invalid fee %v", t.TaskID, t.Fee)
		}
		if t.Fee.Sign() == 0 {
			continue
		}
		parts, err := splitTask(t)
		if err != nil {
			return Plan{}, err
		}
		for op, amount := range parts {
			if owed[op] == nil {
				owed[op] = new(big.Int)
			}
			owed[op].Add(owed[op], amount)
		}
		total.Add(total, t.Fee)
	}
	p := Plan{Epoch: epoch, Total: total, Tasks: len(tasks)}
	for op, amount := range owed {
		if amount.Sign() > 0 {
			p.Operators = append(p.Operators, op)
		}
	}
	sort.Slice(p.Operators, func(i, j int) bool { return bytes.Compare(p.Operators[i][:], p.Operators[j][:]) < 0 })
	for _, op := range p.Operators {
		p.Amounts = append(p.Amounts, owed[op])
	}
	return p, nil
}

// splitTask divides one task's fee among its earners by stake; an operator listed twice counts
// once with its stakes added. Earners without stake share equally only when nobody has stake.
func splitTask(t PaidTask) (map[common.Address]*big.Int, error) {
	stakes := make(map[common.Address]*big.Int)
	for _, s := range t.Earners {
		if s.Stake == nil || s.Stake.Sign() < 0 {
			return nil, fmt.Errorf("task %d: operator %s: invalid stake %v", t.TaskID, s.Operator, s.Stake)
		}
		if stakes[s.Operator] == nil {
			stakes[s.Operator] = new(big.Int)
		}
		stakes[s.Operator].Add(stakes[s.Operator], s.Stake)
	}
	if len(stakes) == 0 {
		return nil, fmt.Errorf("task %d: %w", t.TaskID, ErrNoEarners)
	}
	ops := make([]common.Address, 0, len(stakes))
	weight := new(big.Int)
	for op, s := range stakes {
		ops = append(ops, op)
		weight.Add(weight, s)
	}
	sort.Slice(ops, func(i, j int) bool { return bytes.Compare(ops[i][:], ops[j][:]) < 0 })
	if weight.Sign() == 0 {
		for _, op := range ops {
			stakes[op] = big.NewInt(1)
		}
		weight.SetInt64(int64(len(ops)))
	}
	parts := make(map[common.Address]*big.Int, len(ops))
	paid := new(big.Int)
	largest := ops[0]
	for _, op := range ops {
		part := new(big.Int).Mul(t.Fee, stakes[op])
		part.Quo(part, weight)
		parts[op] = part
		paid.Add(paid, part)
		if stakes[op].Cmp(stakes[largest]) > 0 {
			largest = op
		}
	}
	parts[largest].Add(parts[largest], new(big.Int).Sub(t.Fee, paid))
	return parts, nil
}
