// Package updater plays EigenLayer's rewards updater on a devnet. On public networks EigenLayer's
// own off-chain service turns rewards submissions into cumulative distributions and posts their
// Merkle roots to the RewardsCoordinator; no such service exists here, so this package does the
// same for this AVS's operator-directed submissions, on a devnet whose RewardsCoordinator owner
// made its key the rewards updater. It is a stand-in for that service, not part of
// the protocol: operators claim from the roots it posts exactly as they would on mainnet. The devnet
// (package devnet) makes its owner key the rewards updater when it starts.
//
// The split it applies to each operator reward: the operator keeps its operator-set split (the
// RewardsCoordinator's getOperatorSetSplit, 10% by default) and the rest goes to the stakers
// delegated to it in proportion to their deposit shares in the submission's strategies times the
// strategies' multipliers. With no such shares the operator keeps everything (EigenLayer would
// return the stakers' part to the AVS instead).
package updater

import (
	"errors"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"

	"github.com/blockless/avs/rewards/distribution"
)

// Submission is one operator-directed rewards submission as the RewardsCoordinator recorded it.
type Submission struct {
	Token      common.Address
	Start      uint32
	Duration   uint32
	Strategies map[common.Address]*big.Int // strategy -> multiplier
	Rewards    []OperatorReward
}

// OperatorReward is one operator's amount in a submission.
type OperatorReward struct {
	Operator common.Address
	Amount   *big.Int
}

// End is the timestamp the submission's period ends at.
func (s Submission) End() uint32 { return s.Start + s.Duration }

// Stakes is what the split needs to know about an operator and its stakers.
type Stakes interface {
	// SplitBips is the operator's share of its rewards in basis points.
	SplitBips(operator common.Address) (uint16, error)
	// Stakers lists the stakers delegated to the operator (the operator itself when self-delegated).
	Stakers(operator common.Address) ([]common.Address, error)
	// Shares is a staker's deposit shares per strategy.
	Shares(staker common.Address) (map[common.Address]*big.Int, error)
}

// Compute adds every submission ending at or before cutoff into one cumulative distribution and
// returns the latest end among them (0 when none qualifies).
func Compute(subs []Submission, stakes Stakes, cutoff uint32) (*distribution.Distribution, uint32, error) {
	d := distribution.New()
	var end uint32
	for _, s := range subs {
		if s.End() > cutoff {
			continue
		}
		if s.End() > end {
			end = s.End()
		}
		for _, r := range s.Rewards {
			if err := addReward(d, s, r, stakes); err != nil {
				return nil, 0, fmt.Errorf("operator %s: %w", r.Operator.Hex(), err)
			}
		}
	}
	return d, end, nil
}

func addReward(d *distribution.Distribution, s Submission, r OperatorReward, stakes Stakes) error {
	if r.Amount == nil || r.Amount.Sign() <= 0 {
		return errors.New("reward amount must be positive")
	}
	bips, err := stakes.SplitBips(r.Operator)
	if err != nil {
		return err
	}
	if bips > 10000 {
		return fmt.Errorf("split %d bips above 100%%", bips)
	}
	operatorPart := new(big.Int).Mul(r.Amount, big.NewInt(int64(bips)))
	operatorPart.Quo(operatorPart, big.NewInt(10000))
	stakerPart := new(big.Int).Sub(r.Amount, operatorPart)

	stakers, err := stakes.Stakers(r.Operator)
	if err != nil {
		return err
	}
	weights := make(map[common.Address]*big.Int)
	total := new(big.Int)
	for _, st := range stakers {
		shares, err := stakes.Shares(st)
		if err != nil {
			return err
		}
		w := new(big.Int)
		for strategy, n := range shares {
			if m, ok := s.Strategies[strategy]; ok && n != nil && n.Sign() > 0 {
				w.Add(w, new(big.Int).Mul(n, m))
			}
		}
		if w.Sign() > 0 {
			weights[st] = w
			total.Add(total, w)
		}
	}
	if total.Sign() == 0 {
		return d.Add(r.Operator, s.Token, r.Amount)
	}
	ordered := make([]common.Address, 0, len(weights))
	for st := range weights {
		ordered = append(ordered, st)
	}
	sort.Slice(ordered, func(i, j int) bool { return ordered[i].Cmp(ordered[j]) < 0 })
	paid := new(big.Int)
	for _, st := range ordered {
		part := new(big.Int).Mul(stakerPart, weights[st])
		part.Quo(part, total)
		if part.Sign() > 0 {
			if err := d.Add(st, s.Token, part); err != nil {
				return err
			}
		}
		paid.Add(paid, part)
	}
	// The operator keeps its split and the rounding dust.
	operatorPart.Add(operatorPart, new(big.Int).Sub(stakerPart, paid))
	if operatorPart.Sign() > 0 {
		return d.Add(r.Operator, s.Token, operatorPart)
	}
	return nil
}
