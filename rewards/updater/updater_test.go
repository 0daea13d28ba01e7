package updater

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// fakeStakes is an in-memory Stakes.
type fakeStakes struct {
	split   map[common.Address]uint16
	stakers map[common.Address][]common.Address
	shares  map[common.Address]map[common.Address]*big.Int
}

func (f fakeStakes) SplitBips(op common.Address) (uint16, error) { return f.split[op], nil }
func (f fakeStakes) Stakers(op common.Address) ([]common.Address, error) {
	return f.stakers[op], nil
}
func (f fakeStakes) Shares(st common.Address) (map[common.Address]*big.Int, error) {
	return f.shares[st], nil
}

var (
	token    = common.HexToAddress("0x70")
	strategy = common.HexToAddress("0x51")
	other    = common.HexToAddress("0x52")
	op1      = common.HexToAddress("0x01")
	op2      = common.HexToAddress("0x02")
	staker   = common.HexToAddress("0x0a")
)

func TestComputeSplitsBetweenOperatorAndStakers(t *testing.T) {
	st := fakeStakes{
		split: map[common.Address]uint16{op1: 1000, op2: 1000},
		stakers: map[common.Address][]common.Address{
			op1: {op1, staker}, // self-delegated plus one staker
			op2: {op2},         // shares only in a strategy the submission does not count
		},
		shares: map[common.Address]map[common.Address]*big.Int{
			op1:    {strategy: big.NewInt(1)},
			staker: {strategy: big.NewInt(3)},
			op2:    {other: big.NewInt(5)},
		},
	}
	subs := []Submission{
		{Token: token, Start: 100, Duration: 100, Strategies: map[common.Address]*big.Int{strategy: big.NewInt(1)},
			Rewards: []OperatorReward{{Operator: op1, Amount: big.NewInt(1000)}, {Operator: op2, Amount: big.NewInt(77)}}},
		{Token: token, Start: 200, Duration: 100, Strategies: map[common.Address]*big.Int{strategy: big.NewInt(1)},
			Rewards: []OperatorReward{{Operator: op1, Amount: big.NewInt(5000)}}}, // ends after the cutoff
	}
	d, end, err := Compute(subs, st, 250)
	if err != nil {
		t.Fatal(err)
	}
	if end != 200 {
		t.Fatalf("end %d, want 200", end)
	}
	// op1: 100 split + 900 * 1/4 as a staker = 325; staker 675; op2 keeps everything (no counted shares).
	for who, want := range map[common.Address]int64{op1: 325, staker: 675, op2: 77} {
		if got := d.Get(who, token); got == nil || got.Int64() != want {
			t.Errorf("%s: %v, want %d", who.Hex(), got, want)
		}
	}
	d, end, err = Compute(subs, st, 300)
	if err != nil || end != 300 {
		t.Fatal(end, err)
	}
	if got := d.Get(op1, token).Int64(); got != 325+500+1125 {
		t.Fatalf("cumulative op1 %d", got)
	}
}

func TestComputeRejectsBadSplit(t *testing.T) {
	st := fakeStakes{split: map[common.Address]uint16{op1: 10001}}
	subs := []Submission{{Token: token, Start: 0, Duration: 1, Rewards: []OperatorReward{{Operator: op1, Amount: big.NewInt(1)}}}}
	if _, _, err := Compute(subs, st, 10); err == nil {
		t.Fatal("split above 100% accepted")
	}
}
