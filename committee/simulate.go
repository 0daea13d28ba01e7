package committee

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"sort"

	"github.com/ethereum/go-ethereum/crypto"
)

// machineType is one kind of machine in the synthetic operator population.
type machineType struct {
	capacity Capacity
	odds     float64 // probability of an operator running it
}

// machineTypes returns the machine mix of SyntheticOperators: many small wasm boxes, a few big
// zk provers whose units exceed any reasonable cap.
func machineTypes() []machineType {
	return []machineType{
		{Capacity{Cores: 2, MemoryMiB: 4 << 10, FuelRate: 120, Runtimes: RuntimeWasm}, 0.35},
		{Capacity{Cores: 4, MemoryMiB: 16 << 10, FuelRate: 180, Runtimes: RuntimeWasm | RuntimeX86}, 0.35},
		{Capacity{Cores: 16, MemoryMiB: 64 << 10, FuelRate: 220, Runtimes: RuntimeWasm | RuntimeX86}, 0.20},
		{Capacity{Cores: 32, MemoryMiB: 256 << 10, FuelRate: 250, Runtimes: RuntimeWasm | RuntimeX86 | RuntimeZK}, 0.10},
	}
}

// SyntheticOperators returns n operators with lognormal stakes (median 100 ETH, σ = 1.5 in log
// space, so the top few hold percents of the total) and capacities from a small machine mix.
// All run wasm with at least 4 GiB. The same rng state gives the same operators.
func SyntheticOperators(rng *rand.Rand, n int) []Operator {
	types := machineTypes()
	gwei := big.NewInt(1e9)
	ops := make([]Operator, n)
	for i := range ops {
		eth := math.Exp(math.Log(100) + 1.5*rng.NormFloat64())
		stake := new(big.Int).SetUint64(max(uint64(eth*1e9), 1))
		ops[i] = Operator{ID: syntheticID("operator", i), Stake: stake.Mul(stake, gwei)}
		u := rng.Float64()
		for _, mt := range types {
			ops[i].Capacity = mt.capacity
			if u < mt.odds {
				break
			}
			u -= mt.odds
		}
	}
	return ops
}

func syntheticID(kind string, i int) [32]byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], uint64(i))
	return [32]byte(crypto.Keccak256([]byte(kind), b[:]))
}

// WithAdversary returns honest plus sybils operators controlled by one adversary, spread evenly
// through the list, declaring the capacity cap and together holding about fraction f (0 < f < 1)
// of the class's weight. It also returns the adversary's ids; use Table.ShareOf for the exact f.
func WithAdversary(honest []Operator, class Class, capacityCap uint64, f float64, sybils int) ([]Operator, [][32]byte, error) {
	if f <= 0 || f >= 1 || sybils <= 0 {
		return nil, nil, fmt.Errorf("committee: adversary share %v with %d operators", f, sybils)
	}
	t, err := BuildTable(honest, class, capacityCap)
	if err != nil {
		return nil, nil, fmt.Errorf("committee: honest table: %w", err)
	}
	// Adversary weight A with A / (H + A) = f, split evenly, each at units = capacityCap.
	per := new(big.Float).SetInt(t.Total)
	per.Mul(per, big.NewFloat(f/(1-f)/float64(sybils)/float64(capacityCap)))
	stake, _ := per.Int(nil)
	if stake.Sign() <= 0 || stake.BitLen() > 96 {
		return nil, nil, fmt.Errorf("committee: adversary stake %s per operator out of range", stake)
	}
	capacity := Capacity{Cores: ^uint16(0), MemoryMiB: ^uint32(0), FuelRate: ^uint32(0), Runtimes: ^uint8(0)}
	ids := make([][32]byte, sybils)
	ops := make([]Operator, 0, len(honest)+sybils)
	gap := len(honest)/sybils + 1
	next := 0
	add := func() {
		ids[next] = syntheticID("adversary", next)
		ops = append(ops, Operator{ID: ids[next], Stake: new(big.Int).Set(stake), Capacity: capacity})
		next++
	}
	for i, op := range honest {
		if i%gap == 0 && next < sybils {
			add()
		}
		ops = append(ops, op)
	}
	for next < sybils {
		add()
	}
	return ops, ids, nil
}

// WeightShares returns each entry's weight / total.
func (t *Table) WeightShares() []float64 {
	total := new(big.Float).SetInt(t.Total)
	shares := make([]float64, len(t.Entries))
	for p, e := range t.Entries {
		shares[p], _ = new(big.Float).Quo(new(big.Float).SetInt(e.Weight), total).Float64()
	}
	return shares
}

// ShareOf returns the fraction of the total weight held by the operators with the given ids
// (ids not in the table hold none).
func (t *Table) ShareOf(ids [][32]byte) float64 {
	sum := new(big.Int)
	for _, id := range ids {
		if p, ok := t.Position(id); ok {
			sum.Add(sum, t.Entries[p].Weight)
		}
	}
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(sum), new(big.Float).SetInt(t.Total)).Float64()
	return f
}

// randomSeed draws a task seed from random block and task hashes.
func randomSeed(rng *rand.Rand) [32]byte {
	var block, task [32]byte
	for i := 0; i < 32; i += 8 {
		binary.BigEndian.PutUint64(block[i:], rng.Uint64())
		binary.BigEndian.PutUint64(task[i:], rng.Uint64())
	}
	return Seed(block, task)
}

// ShareStats counts, per table position, the seats and executions over simulated tasks. An
// execution is being a distinct member of a task's committee: an operator holding several seats
// of a task still runs it once.
type ShareStats struct {
	K           uint32
	Tasks       int
	WeightShare []float64
	Seats       []uint64
	Executions  []uint64
}

// SimulateShares runs tasks round-0 committees of k draws with random seeds.
func SimulateShares(t *Table, k uint32, tasks int, rng *rand.Rand) ShareStats {
	s := ShareStats{
		K:           k,
		Tasks:       tasks,
		WeightShare: t.WeightShares(),
		Seats:       make([]uint64, t.Len()),
		Executions:  make([]uint64, t.Len()),
	}
	for range tasks {
		seed := randomSeed(rng)
		for j := range k {
			s.Seats[t.Draw(seed, j)]++
		}
		for _, p := range t.Committee(seed, k) {
			s.Executions[p]++
		}
	}
	return s
}

// MemberShares returns each position's expected share of executions, (1 − (1 − s)^k)
// normalised: what work share converges to once large operators saturate.
func (s ShareStats) MemberShares() []float64 {
	out := make([]float64, len(s.WeightShare))
	total := ExpectedMembers(s.WeightShare, s.K)
	for p, w := range s.WeightShare {
		out[p] = ExpectedMembers([]float64{w}, s.K) / total
	}
	return out
}

// DecileRow summarises one tenth of the operators, ranked by weight share (decile 1 smallest).
// Shares are sums over the decile. SeatsWithin and WorkWithin are the fractions of the decile's
// weight held by operators whose seat share (work share) is within the tolerance of their
// weight share.
type DecileRow struct {
	Decile            int
	Operators         int
	WeightShare       float64
	SeatShare         float64
	WorkShare         float64
	MemberShare       float64
	MeanExpectedSeats float64
	SeatsWithin       float64
	WorkWithin        float64
}

// Deciles groups the operators by weight-share decile; tolerance is relative (0.1 for ±10%).
func (s ShareStats) Deciles(tolerance float64) []DecileRow {
	n := len(s.WeightShare)
	order := make([]int, n)
	for p := range order {
		order[p] = p
	}
	sort.SliceStable(order, func(a, b int) bool { return s.WeightShare[order[a]] < s.WeightShare[order[b]] })
	var seats, execs uint64
	for p := range n {
		seats += s.Seats[p]
		execs += s.Executions[p]
	}
	member := s.MemberShares()
	within := func(got, want float64) bool { return math.Abs(got-want) <= tolerance*want }
	rows := make([]DecileRow, 0, 10)
	for d := range 10 {
		group := order[d*n/10 : (d+1)*n/10]
		row := DecileRow{Decile: d + 1, Operators: len(group)}
		var seatsWithin, workWithin float64
		for _, p := range group {
			w := s.WeightShare[p]
			seatShare := float64(s.Seats[p]) / float64(seats)
			workShare := float64(s.Executions[p]) / float64(execs)
			row.WeightShare += w
			row.SeatShare += seatShare
			row.WorkShare += workShare
			row.MemberShare += member[p]
			row.MeanExpectedSeats += w * float64(seats)
			if within(seatShare, w) {
				seatsWithin += w
			}
			if within(workShare, w) {
				workWithin += w
			}
		}
		if len(group) > 0 {
			row.MeanExpectedSeats /= float64(len(group))
			row.SeatsWithin = seatsWithin / row.WeightShare
			row.WorkWithin = workWithin / row.WeightShare
		}
		rows = append(rows, row)
	}
	return rows
}

// SimulateCapture returns, for each window, in how many of trials random tasks the adversary
// (the given positions) held at least SeatsNeeded(window, threshold) seats. The windows of a
// trial share its draws, as failover rounds do.
func SimulateCapture(t *Table, adversary []int, windows []uint32, threshold uint8, trials int, rng *rand.Rand) []int {
	bad := make([]bool, t.Len())
	for _, p := range adversary {
		bad[p] = true
	}
	var longest uint32
	for _, w := range windows {
		longest = max(longest, w)
	}
	captured := make([]int, len(windows))
	held := make([]uint32, longest+1) // held[j]: adversary seats among draws 0..j-1
	for range trials {
		seed := randomSeed(rng)
		for j := range longest {
			held[j+1] = held[j]
			if bad[t.Draw(seed, j)] {
				held[j+1]++
			}
		}
		for i, w := range windows {
			if held[w] >= SeatsNeeded(w, threshold) {
				captured[i]++
			}
		}
	}
	return captured
}
