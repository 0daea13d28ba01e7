package plan

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

var (
	opA = common.HexToAddress("0x00000000000000000000000000000000000000a1")
	opB = common.HexToAddress("0x00000000000000000000000000000000000000b2")
	opC = common.HexToAddress("0x00000000000000000000000000000000000000c3")
)

func share(op common.Address, stake int64) Share {
	return Share{Operator: op, Stake: big.NewInt(stake)}
}

func TestSplitByStake(t *testing.T) {
	p, err := Split(7, []PaidTask{
		{TaskID: 1, Fee: big.NewInt(1000), Earners: []Share{share(opB, 3), share(opA, 1)}},
		{TaskID: 2, Fee: big.NewInt(10), Earners: []Share{share(opA, 1), share(opB, 1), share(opC, 1)}},
		{TaskID: 3, Fee: big.NewInt(0)}, // a free task pays nobody and needs no earners
	})
	if err != nil {
		t.Fatal(err)
	}
	// Task 1: A 250, B 750. Task 2: 3 each, the 1 wei left to the lowest address among equals (A).
	want := map[common.Address]int64{opA: 254, opB: 753, opC: 3}
	if len(p.Operators) != 3 || p.Operators[0] != opA || p.Operators[1] != opB || p.Operators[2] != opC {
		t.Fatalf("operators %v, want A, B, C ascending", p.Operators)
	}
	for op, w := range want {
		if got := p.Amount(op); got.Int64() != w {
			t.Errorf("%s: %s, want %d", op.Hex(), got, w)
		}
	}
	if p.Total.Int64() != 1010 || p.Epoch != 7 || p.Tasks != 3 {
		t.Fatalf("plan %+v", p)
	}
}

func TestRemainderGoesToTheLargestStake(t *testing.T) {
	p, err := Split(0, []PaidTask{{TaskID: 1, Fee: big.NewInt(100), Earners: []Share{share(opA, 1), share(opB, 1), share(opC, 5)}}})
	if err != nil {
		t.Fatal(err)
	}
	// 100/7: A 14, B 14, C 71 + 1 remainder.
	if p.Amount(opA).Int64() != 14 || p.Amount(opB).Int64() != 14 || p.Amount(opC).Int64() != 72 {
		t.Fatalf("amounts %v", p.Amounts)
	}
}

// Whatever the fees and stakes, a plan pays out exactly the fees, to earners only, nothing zero.
func TestSplitAddsUpToTheFees(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	ops := []common.Address{opA, opB, opC, common.HexToAddress("0xd4"), common.HexToAddress("0xe5")}
	for round := 0; round < 500; round++ {
		var tasks []PaidTask
		want := new(big.Int)
		for i := 0; i < 1+rng.IntN(20); i++ {
			fee := new(big.Int).Mul(big.NewInt(rng.Int64N(1e9)), big.NewInt(rng.Int64N(1e9))) // also 0
			var earners []Share
			for _, op := range ops {
				if rng.IntN(2) == 0 {
					earners = append(earners, Share{Operator: op, Stake: big.NewInt(int64(rng.IntN(1000)))})
				}
			}
			if len(earners) == 0 {
				earners = append(earners, share(opA, 0))
			}
			tasks = append(tasks, PaidTask{TaskID: uint32(i), Fee: fee, Earners: earners})
			want.Add(want, fee)
		}
		p, err := Split(1, tasks)
		if err != nil {
			t.Fatal(err)
		}
		got := new(big.Int)
		for i, a := range p.Amounts {
			if a.Sign() <= 0 {
				t.Fatalf("round %d: zero amount for %s", round, p.Operators[i].Hex())
			}
			if i > 0 && p.Operators[i-1].Cmp(p.Operators[i]) >= 0 {
				t.Fatalf("round %d: operators not strictly ascending", round)
			}
			got.Add(got, a)
		}
		if got.Cmp(want) != 0 || p.Total.Cmp(want) != 0 {
			t.Fatalf("round %d: paid %s, total %s, fees %s", round, got, p.Total, want)
		}
	}
}

func TestSplitRejects(t *testing.T) {
	if _, err := Split(0, []PaidTask{{TaskID: 1, Fee: big.NewInt(5)}}); !errors.Is(err, ErrNoEarners) {
		t.Fatalf("fee without earners: %v", err)
	}
	if _, err := Split(0, []PaidTask{{TaskID: 1, Fee: big.NewInt(-1), Earners: []Share{share(opA, 1)}}}); err == nil {
		t.Fatal("negative fee accepted")
	}
	if _, err := Split(0, []PaidTask{{TaskID: 1, Fee: big.NewInt(1), Earners: []Share{share(opA, -1)}}}); err == nil {
		t.Fatal("negative stake accepted")
	}
}
