package committee

import (
	"encoding/hex"
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

const testCap = 4096

var wasm64 = Class{Runtimes: RuntimeWasm, MemClass: 6}

func id(i int) [32]byte { return syntheticID("test", i) }

func eth(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

func capacity(cores uint16, memMiB, fuel uint32, runtimes uint8) Capacity {
	return Capacity{Cores: cores, MemoryMiB: memMiB, FuelRate: fuel, Runtimes: runtimes}
}

func TestMemoryClass(t *testing.T) {
	const MiB = 1 << 20
	cases := []struct {
		bytes uint64
		want  uint8
	}{
		{0, 0}, {1, 0}, {MiB, 0}, {MiB + 1, 1}, {2 * MiB, 1}, {2*MiB + 1, 2}, {3 * MiB, 2},
		{64 * MiB, 6}, {64*MiB + 1, 7}, {65 * MiB, 7}, {128 * MiB, 7}, {128*MiB + 1, 8},
		{math.MaxUint64, 44},
	}
	for _, c := range cases {
		if got := MemoryClass(c.bytes); got != c.want {
			t.Errorf("MemoryClass(%d) = %d, want %d", c.bytes, got, c.want)
		}
	}
}

func TestBuildTable(t *testing.T) {
	ops := []Operator{
		{ID: id(0), Stake: eth(1), Capacity: capacity(4, 1024, 100, RuntimeWasm)},                 // 400 units
		{ID: id(1), Stake: eth(5), Capacity: capacity(4, 1024, 100, RuntimeX86)},                  // no wasm
		{ID: id(2), Stake: eth(2), Capacity: capacity(4, 63, 100, RuntimeWasm)},                   // 63 MiB < 64
		{ID: id(3), Stake: big.NewInt(0), Capacity: capacity(4, 1024, 100, RuntimeWasm)},          // no stake
		{ID: id(4), Stake: nil, Capacity: capacity(4, 1024, 100, RuntimeWasm)},                    // no stake
		{ID: id(5), Stake: eth(3), Capacity: capacity(4, 1024, 0, RuntimeWasm)},                   // no fuel rate
		{ID: id(6), Stake: eth(3), Capacity: capacity(0, 1024, 100, RuntimeWasm)},                 // no cores
		{ID: id(7), Stake: eth(7), Capacity: capacity(64, 64, 300, RuntimeWasm|RuntimeX86)},       // 19200 → cap
		{ID: id(8), Stake: big.NewInt(3), Capacity: capacity(1, 1<<20, 1, RuntimeZK|RuntimeWasm)}, // 1 unit
	}
	tab, err := BuildTable(ops, wasm64, testCap)
	if err != nil {
		t.Fatal(err)
	}
	wantIndex := []int{0, 7, 8}
	wantWeight := []*big.Int{
		new(big.Int).Mul(eth(1), big.NewInt(400)),
		new(big.Int).Mul(eth(7), big.NewInt(testCap)),
		big.NewInt(3),
	}
	if tab.Len() != len(wantIndex) {
		t.Fatalf("table has %d entries, want %d", tab.Len(), len(wantIndex))
	}
	sum := new(big.Int)
	for p, e := range tab.Entries {
		if e.Index != wantIndex[p] || e.ID != ops[wantIndex[p]].ID {
			t.Errorf("entry %d is operator %d, want %d", p, e.Index, wantIndex[p])
		}
		if e.Weight.Cmp(wantWeight[p]) != 0 {
			t.Errorf("entry %d weight %s, want %s", p, e.Weight, wantWeight[p])
		}
		if e.Start.Cmp(sum) != 0 {
			t.Errorf("entry %d start %s, want %s", p, e.Start, sum)
		}
		sum.Add(sum, e.Weight)
		if e.End.Cmp(sum) != 0 {
			t.Errorf("entry %d end %s, want %s", p, e.End, sum)
		}
		if got, ok := tab.Position(e.ID); !ok || got != p {
			t.Errorf("Position(entry %d) = %d, %v", p, got, ok)
		}
	}
	if tab.Total.Cmp(sum) != 0 {
		t.Errorf("total %s, want %s", tab.Total, sum)
	}
	if _, ok := tab.Position(ops[1].ID); ok {
		t.Error("ineligible operator has a position")
	}

	// The x86 class takes operators 1 and 7; a 128 MiB class drops operator 7 (64 MiB).
	x86, err := BuildTable(ops, Class{Runtimes: RuntimeX86, MemClass: 6}, testCap)
	if err != nil || x86.Len() != 2 || x86.Entries[0].Index != 1 || x86.Entries[1].Index != 7 {
		t.Errorf("x86 table: %v, %+v", err, x86)
	}
	big7, err := BuildTable(ops, Class{Runtimes: RuntimeWasm, MemClass: 7}, testCap)
	if err != nil || big7.Len() != 2 || big7.Entries[1].Index != 8 {
		t.Errorf("128 MiB table: %v, %+v", err, big7)
	}

	if _, err := BuildTable(ops, Class{Runtimes: RuntimeWasm, MemClass: 40}, testCap); !errors.Is(err, ErrNoEligible) {
		t.Errorf("huge memory class: err = %v, want ErrNoEligible", err)
	}
	if _, err := BuildTable(nil, wasm64, testCap); !errors.Is(err, ErrNoEligible) {
		t.Errorf("empty list: err = %v, want ErrNoEligible", err)
	}
	if _, err := BuildTable(ops, wasm64, 0); !errors.Is(err, ErrNoEligible) {
		t.Errorf("zero cap: err = %v, want ErrNoEligible", err)
	}
	dup := append(slices.Clone(ops), ops[3])
	if _, err := BuildTable(dup, wasm64, testCap); err == nil || !strings.Contains(err.Error(), "duplicate") {
		t.Errorf("duplicate id: err = %v", err)
	}
	tooBig := slices.Clone(ops)
	tooBig[0].Stake = new(big.Int).Lsh(big.NewInt(1), 96)
	if _, err := BuildTable(tooBig, wasm64, testCap); err == nil || !strings.Contains(err.Error(), "uint96") {
		t.Errorf("stake 2^96: err = %v", err)
	}
}

// randomTable returns a table of n operators with uneven weights.
func randomTable(t *testing.T, rng *rand.Rand, n int) *Table {
	t.Helper()
	ops := make([]Operator, n)
	for i := range ops {
		ops[i] = Operator{
			ID:       id(i),
			Stake:    new(big.Int).Mul(big.NewInt(int64(1+rng.IntN(1000))), big.NewInt(int64(1+rng.IntN(1e9)))),
			Capacity: capacity(uint16(1+rng.IntN(32)), 1<<10, uint32(1+rng.IntN(300)), RuntimeWasm),
		}
	}
	tab, err := BuildTable(ops, wasm64, testCap)
	if err != nil {
		t.Fatal(err)
	}
	return tab
}

func seedN(i int) [32]byte { return Seed(id(i), id(-i)) }

func TestDrawMatchesLinearScan(t *testing.T) {
	tab := randomTable(t, rand.New(rand.NewPCG(1, 2)), 200)
	scan := func(r *big.Int) int {
		for p, e := range tab.Entries {
			if e.Start.Cmp(r) <= 0 && r.Cmp(e.End) < 0 {
				return p
			}
		}
		return -1
	}
	for i := range 20 {
		seed := seedN(i)
		for j := range uint32(100) {
			r := tab.DrawValue(seed, j)
			if r.Sign() < 0 || r.Cmp(tab.Total) >= 0 {
				t.Fatalf("draw value %s outside [0, %s)", r, tab.Total)
			}
			if got, want := tab.Draw(seed, j), scan(r); got != want {
				t.Fatalf("seed %d draw %d: Draw = %d, linear scan = %d", i, j, got, want)
			}
		}
	}
	// Interval edges, which random draws never hit: Start belongs to the entry, End to the next.
	one := big.NewInt(1)
	for p, e := range tab.Entries {
		last := new(big.Int).Sub(e.End, one)
		if tab.holder(e.Start) != p || tab.holder(last) != p {
			t.Fatalf("entry %d does not hold its own edges", p)
		}
	}
}

func TestSeatsAndCommittee(t *testing.T) {
	tab := randomTable(t, rand.New(rand.NewPCG(3, 4)), 30) // small, so seats repeat
	const k = 5
	for i := range 50 {
		seed := seedN(i)
		var prev []int
		for round := range uint32(6) {
			w := Window(k, round)
			seats := tab.Seats(seed, w)
			var sum uint32
			for _, n := range seats {
				sum += n
			}
			if sum != w {
				t.Fatalf("seats sum to %d, window %d", sum, w)
			}
			members := tab.Committee(seed, w)
			var want []int
			for j := range w {
				if p := tab.Draw(seed, j); !slices.Contains(want, p) {
					want = append(want, p)
				}
			}
			if !slices.Equal(members, want) {
				t.Fatalf("committee %v, first-draw order %v", members, want)
			}
			if len(members) != len(seats) {
				t.Fatalf("%d members but %d seat holders", len(members), len(seats))
			}
			if !slices.Equal(members[:len(prev)], prev) {
				t.Fatalf("round %d committee %v does not extend %v", round, members, prev)
			}
			prev = members
		}
	}
}

func TestFirstRoundWith(t *testing.T) {
	tab := randomTable(t, rand.New(rand.NewPCG(5, 6)), 40)
	const k, rounds = 3, 4
	for i := range 20 {
		seed := seedN(i)
		for p := range tab.Len() {
			want := -1
			for r := range uint32(rounds) {
				if slices.Contains(tab.Committee(seed, Window(k, r)), p) {
					want = int(r)
					break
				}
			}
			if got := tab.FirstRoundWith(seed, k, p, rounds); got != want {
				t.Fatalf("seed %d position %d: FirstRoundWith = %d, want %d", i, p, got, want)
			}
		}
	}
	if got := tab.FirstRoundWith(seedN(0), 0, 0, rounds); got != -1 {
		t.Errorf("k = 0: %d", got)
	}
}

func TestWindow(t *testing.T) {
	if Window(3, 0) != 3 || Window(3, 4) != 15 {
		t.Errorf("Window(3, 0), Window(3, 4) = %d, %d", Window(3, 0), Window(3, 4))
	}
	for _, c := range [][2]uint32{{1 << 16, 1 << 16}, {1, math.MaxUint32}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Window(%d, %d) did not panic", c[0], c[1])
				}
			}()
			Window(c[0], c[1])
		}()
	}
}

func TestMeets(t *testing.T) {
	cases := []struct {
		signed, window uint32
		threshold      uint8
		want           bool
	}{
		{3, 3, 67, true},  // 300 ≥ 201
		{2, 3, 67, false}, // 200 < 201
		{2, 3, 66, true},  // 200 ≥ 198
		{7, 10, 67, true},
		{6, 10, 67, false}, // 600 < 670
		{1, 2, 50, true},
		{0, 2, 1, false},
		{1, 100, 1, true},
		{100, 100, 100, true},
		{99, 100, 100, false},
		{math.MaxUint32, math.MaxUint32, 100, true}, // no overflow
	}
	for _, c := range cases {
		if got := Meets(c.signed, c.window, c.threshold); got != c.want {
			t.Errorf("Meets(%d, %d, %d) = %v, want %v", c.signed, c.window, c.threshold, got, c.want)
		}
		// SeatsNeeded is the least count that meets.
		need := SeatsNeeded(c.window, c.threshold)
		if !Meets(need, c.window, c.threshold) || (need > 0 && Meets(need-1, c.window, c.threshold)) {
			t.Errorf("SeatsNeeded(%d, %d) = %d is not the least count that meets", c.window, c.threshold, need)
		}
	}
}

func TestCheckSigners(t *testing.T) {
	tab := randomTable(t, rand.New(rand.NewPCG(7, 8)), 100)
	seed := seedN(1)
	const w = 10
	seats := tab.Seats(seed, w)
	var all [][32]byte
	for _, p := range tab.Committee(seed, w) {
		all = append(all, tab.Entries[p].ID)
	}
	if n, err := tab.CheckSigners(seed, w, 67, all); err != nil || n != w {
		t.Fatalf("whole committee: %d seats, %v", n, err)
	}
	// Drop members until the threshold is missed.
	signers := slices.Clone(all)
	held := uint32(w)
	for Meets(held, w, 67) {
		p, _ := tab.Position(signers[len(signers)-1])
		held -= seats[p]
		signers = signers[:len(signers)-1]
	}
	if n, err := tab.CheckSigners(seed, w, 67, signers); err == nil || n != held {
		t.Errorf("%d of %d seats: %d, %v; want an error", held, w, n, err)
	}
	outsider := -1
	for p := range tab.Len() {
		if seats[p] == 0 {
			outsider = p
			break
		}
	}
	if _, err := tab.CheckSigners(seed, w, 67, append(slices.Clone(all), tab.Entries[outsider].ID)); err == nil {
		t.Error("a signer without a seat was accepted")
	}
	if _, err := tab.CheckSigners(seed, w, 67, append(slices.Clone(all), id(-1))); err == nil {
		t.Error("an unknown signer was accepted")
	}
	if _, err := tab.CheckSigners(seed, w, 67, append(slices.Clone(all), all[0])); err == nil {
		t.Error("a repeated signer was accepted")
	}
}

func TestDeterminism(t *testing.T) {
	ops := SyntheticOperators(rand.New(rand.NewPCG(9, 9)), 300)
	again := SyntheticOperators(rand.New(rand.NewPCG(9, 9)), 300)
	a, err := BuildTable(ops, wasm64, testCap)
	if err != nil {
		t.Fatal(err)
	}
	b, err := BuildTable(again, wasm64, testCap)
	if err != nil {
		t.Fatal(err)
	}
	if a.Total.Cmp(b.Total) != 0 {
		t.Fatal("same operators, different totals")
	}
	for i := range 20 {
		if !slices.Equal(a.Committee(seedN(i), 20), b.Committee(seedN(i), 20)) {
			t.Fatalf("seed %d: committees differ", i)
		}
	}
}

// TestKnownAnswer pins the encoding the contract must reproduce, computed without the package.
func TestKnownAnswer(t *testing.T) {
	var block, task [32]byte
	for i := range 32 {
		block[i] = byte(i)
		task[i] = byte(0xff - i)
	}
	// Three operators: 1 ETH × 400 units, 2 ETH × 1000 units, 3 ETH × 4096 units (capped).
	ops := []Operator{
		{ID: id(0), Stake: eth(1), Capacity: capacity(4, 1024, 100, RuntimeWasm)},
		{ID: id(1), Stake: eth(2), Capacity: capacity(10, 1024, 100, RuntimeWasm)},
		{ID: id(2), Stake: eth(3), Capacity: capacity(64, 1024, 100, RuntimeWasm)},
	}
	tab, err := BuildTable(ops, wasm64, testCap)
	if err != nil {
		t.Fatal(err)
	}

	seed := crypto.Keccak256(append(block[:], task[:]...))
	const wantSeed = "65f04d3ae1079ff053c1bdb62fc7ff7ef3985255cfb2b128783c89b11dd245e4"
	if got := Seed(block, task); hex.EncodeToString(got[:]) != hex.EncodeToString(seed) {
		t.Fatalf("Seed = %x, keccak256(block ‖ task) = %x", got, seed)
	}
	if hex.EncodeToString(seed) != wantSeed {
		t.Errorf("seed = %x, pinned %s", seed, wantSeed)
	}

	j := make([]byte, 32)
	j[31] = 1 // draw 1
	r := new(big.Int).SetBytes(crypto.Keccak256(seed, j))
	total := big.NewInt(400 + 2*1000 + 3*testCap)
	total.Mul(total, big.NewInt(1e18))
	r.Mod(r, total)
	want := 0
	for acc, w := new(big.Int), []int64{400, 2000, 3 * testCap}; want < 3; want++ {
		acc.Add(acc, new(big.Int).Mul(big.NewInt(w[want]), big.NewInt(1e18)))
		if r.Cmp(acc) < 0 {
			break
		}
	}
	const wantR, wantPos = "9516185635947279100731", 2 // also checked with js-sha3
	if got := tab.DrawValue([32]byte(seed), 1); got.Cmp(r) != 0 {
		t.Fatalf("DrawValue(seed, 1) = %s, independent %s", got, r)
	}
	if got := tab.Draw([32]byte(seed), 1); got != want {
		t.Fatalf("Draw(seed, 1) = %d, independent %d", got, want)
	}
	if r.String() != wantR || want != wantPos {
		t.Errorf("draw 1: r = %s at position %d, pinned %s at %d", r, want, wantR, wantPos)
	}
}

func TestRounds(t *testing.T) {
	for _, c := range []struct{ ref, deadline, failover, want uint32 }{
		{100, 150, 0, 1},  // no failover: round 0 only
		{100, 100, 5, 1},  // no room at all
		{100, 105, 5, 1},  // round 1 would open at the deadline block
		{100, 106, 5, 2},  // round 1 opens at 105 < 106
		{100, 160, 4, 15}, // rounds 0..14 open at 100..156
	} {
		if got := Rounds(c.ref, c.deadline, c.failover); got != c.want {
			t.Errorf("Rounds(%d, %d, %d) = %d, want %d", c.ref, c.deadline, c.failover, got, c.want)
		}
	}
}
