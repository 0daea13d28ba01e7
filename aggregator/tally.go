package aggregator

import (
	"math/big"

	eigentypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum/common"
)

// tally is the stake that signed one response digest, per quorum, and how many operators
// signed it.
type tally struct {
	stake   map[eigentypes.QuorumNum]*big.Int
	signers int
}

// tallies holds a task's tallies by response digest. The same type counts the current round's
// forwards (to stop feeding blsagg once a digest is certified) and every stored response (to
// explain an expiry), so both sides apply one rule to the same numbers.
type tallies map[common.Hash]*tally

// add counts one signer of digest with its stake per quorum and returns the digest's tally.
func (ts tallies) add(digest common.Hash, stake map[eigentypes.QuorumNum]*big.Int) *tally {
	tl := ts[digest]
	if tl == nil {
		tl = &tally{stake: map[eigentypes.QuorumNum]*big.Int{}}
		ts[digest] = tl
	}
	tl.signers++
	for q, v := range stake {
		if tl.stake[q] == nil {
			tl.stake[q] = new(big.Int)
		}
		tl.stake[q].Add(tl.stake[q], v)
	}
	return tl
}

// best is the tally with the most stake in quorum q (nil when there is none). Ties keep the
// first one met in map order: the expiry reason only needs a representative result.
func (ts tallies) best(q eigentypes.QuorumNum) *tally {
	var best *tally
	for _, tl := range ts {
		if best == nil || tl.stakeIn(q).Cmp(best.stakeIn(q)) > 0 {
			best = tl
		}
	}
	return best
}

// stakeIn is the stake signed in quorum q, zero when no signer has stake there.
func (tl *tally) stakeIn(q eigentypes.QuorumNum) *big.Int {
	if v := tl.stake[q]; v != nil {
		return v
	}
	return new(big.Int)
}

// thresholdRule is the rule a task's certificate must meet. It is blsagg's rule, and the
// TaskManager's: signed*100 >= total*percentage in every quorum of the task, with the task's
// one percentage applied to each quorum.
type thresholdRule struct {
	quorums     eigentypes.QuorumNums
	percentages eigentypes.QuorumThresholdPercentages
	totals      map[eigentypes.QuorumNum]*big.Int
}

// shortIn returns the index (in quorums) of the first quorum tl falls short in, or -1 when tl
// meets the threshold. A quorum where no signer has stake, or whose total stake is unknown,
// falls short: blsagg cannot certify it either.
func (th thresholdRule) shortIn(tl *tally) int {
	for i, q := range th.quorums {
		signed, total := tl.stake[q], th.totals[q]
		if signed == nil || total == nil {
			return i
		}
		lhs := new(big.Int).Mul(signed, big.NewInt(100))
		rhs := new(big.Int).Mul(total, big.NewInt(int64(th.percentages[i])))
		if lhs.Cmp(rhs) < 0 {
			return i
		}
	}
	return -1
}

// met reports whether tl meets the threshold in every quorum.
func (th thresholdRule) met(tl *tally) bool { return th.shortIn(tl) < 0 }
