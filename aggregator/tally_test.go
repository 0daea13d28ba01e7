package aggregator

import (
	"math/big"
	"testing"

	eigentypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum/common"
)

func stakes(kv ...int64) map[eigentypes.QuorumNum]*big.Int {
	m := map[eigentypes.QuorumNum]*big.Int{}
	for i := 0; i < len(kv); i += 2 {
		m[eigentypes.QuorumNum(kv[i])] = big.NewInt(kv[i+1])
	}
	return m
}

// The rule is signed*100 >= total*percentage in every quorum: exactly at the threshold is
// enough, one unit below is not, and a quorum without signed stake falls short.
func TestThresholdRule(t *testing.T) {
	rule := thresholdRule{
		quorums:     eigentypes.QuorumNums{0, 1},
		percentages: eigentypes.QuorumThresholdPercentages{60, 60},
		totals:      stakes(0, 100, 1, 50),
	}
	cases := []struct {
		name  string
		stake []map[eigentypes.QuorumNum]*big.Int
		short int
	}{
		{"nobody", nil, 0},
		{"exactly at threshold", []map[eigentypes.QuorumNum]*big.Int{stakes(0, 60, 1, 30)}, -1},
		{"one unit short in quorum 0", []map[eigentypes.QuorumNum]*big.Int{stakes(0, 59, 1, 50)}, 0},
		{"short in quorum 1", []map[eigentypes.QuorumNum]*big.Int{stakes(0, 100, 1, 29)}, 1},
		{"no stake in quorum 1", []map[eigentypes.QuorumNum]*big.Int{stakes(0, 100)}, 1},
		{"summed over signers", []map[eigentypes.QuorumNum]*big.Int{stakes(0, 30, 1, 10), stakes(0, 30, 1, 20)}, -1},
	}
	for _, c := range cases {
		ts := tallies{}
		tl := &tally{stake: map[eigentypes.QuorumNum]*big.Int{}}
		for _, s := range c.stake {
			tl = ts.add(common.Hash{1}, s)
		}
		if got := rule.shortIn(tl); got != c.short {
			t.Errorf("%s: shortIn = %d, want %d", c.name, got, c.short)
		}
		if got := rule.met(tl); got != (c.short < 0) {
			t.Errorf("%s: met = %v", c.name, got)
		}
	}
	// A quorum whose total is unknown cannot be certified.
	if (thresholdRule{quorums: eigentypes.QuorumNums{2}, percentages: eigentypes.QuorumThresholdPercentages{1}, totals: rule.totals}).met(&tally{stake: stakes(2, 1)}) {
		t.Error("met without a total for the quorum")
	}
}

// expiryReason explains an expiry with the same rule and tally: the best-supported digest, in
// the first quorum it falls short in.
func TestExpiryReasonUsesRule(t *testing.T) {
	e18 := func(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }
	op := func(b byte) eigentypes.OperatorId { return eigentypes.OperatorId{b} }
	set := &operatorSet{
		ops: map[eigentypes.OperatorId]eigentypes.OperatorAvsState{
			op(1): {StakePerQuorum: map[eigentypes.QuorumNum]*big.Int{0: e18(10), 1: e18(10)}},
			op(2): {StakePerQuorum: map[eigentypes.QuorumNum]*big.Int{0: e18(20), 1: e18(1)}},
			op(3): {StakePerQuorum: map[eigentypes.QuorumNum]*big.Int{0: e18(40), 1: e18(5)}},
		},
		totals: map[eigentypes.QuorumNum]*big.Int{0: e18(60), 1: e18(41)},
	}
	tk := &task{quorums: eigentypes.QuorumNums{0, 1}, thresholds: eigentypes.QuorumThresholdPercentages{50, 50}, set: set}
	resp := func(b byte, digest byte) StoredResponse {
		var r StoredResponse
		r.Digest = common.Hash{digest}
		r.Response.OperatorID = common.Hash(op(b))
		return r
	}
	// Operators 1 and 2 agree: 30/60 in quorum 0 meets 50%, 11/41 in quorum 1 does not.
	tk.responses = []StoredResponse{resp(1, 0xa), resp(2, 0xa)}
	got := tk.expiryReason()
	want := "threshold not met: signed 11/41 in quorum 1 (26%, needs 50%) by 2 of 3 operators"
	if got != want {
		t.Fatalf("reason = %q, want %q", got, want)
	}
	// A third operator disagrees with more stake in quorum 0: its result is reported, in
	// quorum 1 where it falls short (it meets quorum 0).
	tk.responses = append(tk.responses, resp(3, 0xb))
	got = tk.expiryReason()
	want = "threshold not met: signed 5/41 in quorum 1 (12%, needs 50%) by 1 of 3 operators; operators disagreed: 2 different results"
	if got != want {
		t.Fatalf("reason = %q, want %q", got, want)
	}
}
