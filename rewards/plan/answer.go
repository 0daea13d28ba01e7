package plan

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// Answer kinds: how a task's response was certified.
const (
	AnsweredByQuorum    = "quorum"    // a quorum certificate: it names the non-signers
	AnsweredByCommittee = "committee" // a committee certificate: it names the signers
	AnsweredByProof     = "proof"     // a zk proof, or a call this reader cannot decode
)

// Operator is an operator of a task's quorums at the block its certificate was checked at.
type Operator struct {
	ID      common.Hash
	Address common.Address
	Stake   *big.Int // summed over the task's quorums
}

// Answer is what a task's response transaction says about who answered it and what each of
// them earned by the rewards rule.
type Answer struct {
	Kind           string
	ReferenceBlock uint32
	Signers        []Operator // empty for proofs
	NonSigners     []Operator // operators of the quorums that did not sign
	Fee            *big.Int   // what the task paid (deposit less fuel refund)
	Earned         map[common.Address]*big.Int
}

// AnswerOf reads who answered taskID in the response transaction txHash; refund is the fuel
// refunded to its requester (nil: none).
func (s *ChainSource) AnswerOf(ctx context.Context, txHash common.Hash, taskID uint32, refund *big.Int) (Answer, error) {
	a, err := s.answerOf(ctx, txHash, taskID)
	if err != nil {
		return Answer{}, err
	}
	out := Answer{Kind: AnsweredByQuorum, ReferenceBlock: a.referenceBlock, Fee: collected(a.task, refund)}
	switch {
	case a.everyone:
		out.Kind = AnsweredByProof
	case a.signers != nil:
		out.Kind = AnsweredByCommittee
	}
	state, err := s.operatorState(ctx, a)
	if err != nil {
		return Answer{}, err
	}
	byID := map[common.Hash]*Operator{}
	var order []common.Hash
	for _, quorum := range state {
		for _, op := range quorum {
			id := common.Hash(op.OperatorId)
			if byID[id] == nil {
				byID[id] = &Operator{ID: id, Address: op.Operator, Stake: new(big.Int)}
				order = append(order, id)
			}
			byID[id].Stake.Add(byID[id].Stake, op.Stake)
		}
	}
	for _, id := range order {
		op := *byID[id]
		signed := !a.everyone && (a.signers == nil || a.signers[id]) && !a.nonSigners[id]
		if signed {
			out.Signers = append(out.Signers, op)
		} else if !a.everyone {
			out.NonSigners = append(out.NonSigners, op)
		}
	}
	earners, err := s.earners(ctx, a)
	if err != nil {
		return Answer{}, err
	}
	if out.Fee.Sign() > 0 {
		if out.Earned, err = splitTask(PaidTask{TaskID: taskID, Fee: out.Fee, Earners: earners}); err != nil {
			return Answer{}, fmt.Errorf("split task %d: %w", taskID, err)
		}
	}
	return out, nil
}
