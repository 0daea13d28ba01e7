// Package committee computes which operators form a task's committee, bit for bit as the
// TaskManager contract does, so operators, the aggregator and tools agree with the chain
// without calling it.
//
// A committee table lists the operators eligible for a class of tasks (a runtime and a memory
// class) in the chain's operator order, each with weight stake × capacity units. A task's seed
// is keccak256(blockHash ‖ taskHash), where blockHash is the hash of the block after the one
// that created the task. Draw j picks the operator whose weight interval contains
// keccak256(seed ‖ j) mod total. The first k·(round+1) draws are the seats of failover round
// round; a certificate is valid when every signer holds a seat and the signers hold at least
// threshold percent of the seats.
package committee

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"math/bits"
	"sort"

	"github.com/ethereum/go-ethereum/crypto"
)

// Runtime bits of Capacity.Runtimes and Class.Runtimes.
const (
	RuntimeWasm uint8 = 1 // WebAssembly
	RuntimeX86  uint8 = 2 // x86 (native ELF)
	RuntimeZK   uint8 = 4 // zk proving
)

// mib is one mebibyte in bytes.
const mib = 1 << 20

// ErrNoEligible is returned by BuildTable when no operator qualifies for the class.
var ErrNoEligible = errors.New("no eligible operator")

// Capacity is what an operator declares about its machine. It is self-declared: the contract
// cannot check it, which is why units are capped (see Units).
type Capacity struct {
	Cores     uint16
	MemoryMiB uint32
	FuelRate  uint32 // millions of fuel per second per core, from `operator benchmark`
	Runtimes  uint8  // bitmask of RuntimeWasm, RuntimeX86, RuntimeZK
}

// Units returns the capacity units min(Cores × FuelRate, capacityCap).
func (c Capacity) Units(capacityCap uint64) uint64 {
	return min(uint64(c.Cores)*uint64(c.FuelRate), capacityCap)
}

// Operator is one entry of the chain's operator list.
type Operator struct {
	ID       [32]byte
	Stake    *big.Int // uint96 on chain
	Capacity Capacity
}

// Class is the kind of task a table is built for.
type Class struct {
	Runtimes uint8 // Runtime* bits an operator must serve, all of them (a zk function needs its runtime and RuntimeZK)
	MemClass uint8 // tasks need 2^MemClass MiB; see MemoryClass
}

func (c Class) String() string {
	return fmt.Sprintf("runtime %d, %d MiB class %d", c.Runtimes, uint64(1)<<min(c.MemClass, 63), c.MemClass)
}

// MemoryClass returns the smallest c ≥ 0 with 2^c MiB ≥ memoryBytes: 0 up to 1 MiB, 1 up to
// 2 MiB, 6 for 64 MiB, 7 for 64 MiB + 1 byte. Rounding up to a power of two keeps the number of
// tables small.
func MemoryClass(memoryBytes uint64) uint8 {
	// Ceiling division without the overflow of (memoryBytes + mib - 1).
	need := memoryBytes >> 20
	if memoryBytes&(mib-1) != 0 {
		need++
	}
	if need <= 1 {
		return 0
	}
	return uint8(bits.Len64(need - 1))
}

// Eligible reports whether an operator may sit on committees of class c.
func (o Operator) Eligible(c Class, capacityCap uint64) bool {
	if o.Stake == nil || o.Stake.Sign() <= 0 || o.Capacity.Units(capacityCap) == 0 {
		return false
	}
	if o.Capacity.Runtimes&c.Runtimes != c.Runtimes || c.Runtimes == 0 {
		return false
	}
	// A uint32 MemoryMiB never reaches 2^32 MiB; the guard also avoids Go's shift-to-zero.
	return c.MemClass < 32 && uint64(o.Capacity.MemoryMiB) >= uint64(1)<<c.MemClass
}

// Entry is one eligible operator of a table. Its draw interval is [Start, End).
type Entry struct {
	ID     [32]byte
	Index  int      // position in the operator list given to BuildTable
	Weight *big.Int // stake × units
	Start  *big.Int // sum of the weights before this entry
	End    *big.Int // Start + Weight
}

// Table is a committee table: the eligible operators in input order with cumulative weights.
// Its fields must not be modified.
type Table struct {
	Class   Class
	Entries []Entry
	Total   *big.Int // sum of all weights, > 0

	positions map[[32]byte]int
}

// BuildTable keeps the operators eligible for class, in the given order, and lays out their
// weight intervals. It fails when no operator is eligible, when a stake is not a uint96, or
// when an operator id repeats (the chain's list never repeats one).
func BuildTable(ops []Operator, class Class, capacityCap uint64) (*Table, error) {
	t := &Table{Class: class, Total: new(big.Int), positions: make(map[[32]byte]int)}
	seen := make(map[[32]byte]bool, len(ops))
	for i, op := range ops {
		if op.Stake != nil && (op.Stake.Sign() < 0 || op.Stake.BitLen() > 96) {
			return nil, fmt.Errorf("committee: operator %d (%x): stake %s is not a uint96", i, op.ID, op.Stake)
		}
		if seen[op.ID] {
			return nil, fmt.Errorf("committee: operator %d: duplicate id %x", i, op.ID)
		}
		seen[op.ID] = true
		if !op.Eligible(class, capacityCap) {
			continue
		}
		units := new(big.Int).SetUint64(op.Capacity.Units(capacityCap))
		w := units.Mul(units, op.Stake)
		start := new(big.Int).Set(t.Total)
		t.Total.Add(t.Total, w)
		t.positions[op.ID] = len(t.Entries)
		t.Entries = append(t.Entries, Entry{ID: op.ID, Index: i, Weight: w, Start: start, End: new(big.Int).Set(t.Total)})
	}
	if len(t.Entries) == 0 {
		return nil, fmt.Errorf("committee: table for %v: %w", class, ErrNoEligible)
	}
	return t, nil
}

// Len returns the number of entries.
func (t *Table) Len() int { return len(t.Entries) }

// Position returns the position of the operator with the given id, if it is in the table.
func (t *Table) Position(id [32]byte) (int, bool) {
	p, ok := t.positions[id]
	return p, ok
}

// Seed returns keccak256(blockHash ‖ taskHash), the abi.encode of two bytes32. blockHash is the
// hash of the block after the task's creation block, so the requester cannot know it when it
// creates the task.
func Seed(blockHash, taskHash [32]byte) [32]byte {
	return [32]byte(crypto.Keccak256(blockHash[:], taskHash[:]))
}

// DrawValue returns keccak256(seed ‖ uint256(j)) mod Total, the point draw j lands on.
func (t *Table) DrawValue(seed [32]byte, j uint32) *big.Int {
	var idx [32]byte
	binary.BigEndian.PutUint32(idx[28:], j)
	r := new(big.Int).SetBytes(crypto.Keccak256(seed[:], idx[:]))
	return r.Mod(r, t.Total)
}

// Draw returns the position holding draw j: the p with Start_p ≤ r_j < End_p.
func (t *Table) Draw(seed [32]byte, j uint32) int {
	return t.holder(t.DrawValue(seed, j))
}

// holder returns the position whose interval contains r (0 ≤ r < Total). Weights are positive,
// so the ends strictly increase and the first end above r is the holder.
func (t *Table) holder(r *big.Int) int {
	return sort.Search(len(t.Entries), func(p int) bool { return t.Entries[p].End.Cmp(r) > 0 })
}

// Rounds is how many failover rounds of a task open before its deadline (at least 1): round r
// opens at reference + r×failover and must open before the deadline block; failover 0 has
// only round 0.
func Rounds(reference, deadline, failover uint32) uint32 {
	if failover == 0 || deadline <= reference {
		return 1
	}
	return (deadline-reference-1)/failover + 1
}

// Window returns the number of draws, k × (round + 1), that make up failover round round's
// committee. Each round adds k draws; earlier seats stay. It panics if the result does not fit
// in a uint32, where the contract reverts.
func Window(k, round uint32) uint32 {
	hi, lo := bits.Mul32(k, round+1)
	if hi != 0 || round == ^uint32(0) {
		panic(fmt.Sprintf("committee: window %d × (%d + 1) overflows uint32", k, round))
	}
	return lo
}

// Seats returns, for each position holding at least one of draws 0..window-1, how many it holds.
func (t *Table) Seats(seed [32]byte, window uint32) map[int]uint32 {
	seats := make(map[int]uint32)
	for j := uint32(0); j < window; j++ {
		seats[t.Draw(seed, j)]++
	}
	return seats
}

// Committee returns the distinct positions holding draws 0..window-1, in the order of their
// first draw. Extending the window only appends, so failover keeps the earlier members.
func (t *Table) Committee(seed [32]byte, window uint32) []int {
	seen := make(map[int]bool)
	var members []int
	for j := uint32(0); j < window; j++ {
		if p := t.Draw(seed, j); !seen[p] {
			seen[p] = true
			members = append(members, p)
		}
	}
	return members
}

// FirstRoundWith returns the first failover round, among rounds 0..maxRounds-1, whose committee
// includes position, or -1. An operator can use it to decide when to start executing.
func (t *Table) FirstRoundWith(seed [32]byte, k uint32, position int, maxRounds uint32) int {
	if k == 0 || maxRounds == 0 {
		return -1
	}
	n := Window(k, maxRounds-1)
	for j := uint32(0); j < n; j++ {
		if t.Draw(seed, j) == position {
			return int(j / k)
		}
	}
	return -1
}

// SeatsNeeded returns ceil(threshold × window / 100), the fewest seats that meet the threshold.
func SeatsNeeded(window uint32, threshold uint8) uint32 {
	return uint32((uint64(threshold)*uint64(window) + 99) / 100)
}

// Meets reports whether signedSeats of window seats meet threshold percent:
// signedSeats × 100 ≥ threshold × window, in integers as on chain.
func Meets(signedSeats, window uint32, threshold uint8) bool {
	return uint64(signedSeats)*100 >= uint64(threshold)*uint64(window)
}

// CheckSigners checks a certificate's signers against the committee of a window: each signer
// must be in the table, appear once and hold a seat, and together they must meet threshold. It
// returns the seats they hold.
func (t *Table) CheckSigners(seed [32]byte, window uint32, threshold uint8, signers [][32]byte) (uint32, error) {
	seats := t.Seats(seed, window)
	seen := make(map[[32]byte]bool, len(signers))
	var signed uint32
	for _, id := range signers {
		if seen[id] {
			return 0, fmt.Errorf("committee: signer %x listed twice", id)
		}
		seen[id] = true
		p, ok := t.Position(id)
		if !ok {
			return 0, fmt.Errorf("committee: signer %x is not in the table", id)
		}
		if seats[p] == 0 {
			return 0, fmt.Errorf("committee: signer %x holds no seat in a window of %d", id, window)
		}
		signed += seats[p]
	}
	if !Meets(signed, window, threshold) {
		return signed, fmt.Errorf("committee: %d of %d seats signed, %d%% needs %d", signed, window, threshold, SeatsNeeded(window, threshold))
	}
	return signed, nil
}

// NewTable builds a table from entries laid out elsewhere (the CommitteeRegistry's getEntries):
// each entry's ID, Start and End are taken as given, and Weight is set to End − Start. The
// intervals must be contiguous from zero (Start_0 = 0, Start_{i+1} = End_i), each non-empty,
// and the ids distinct. Index is set to -1: such a table does not know the operator list it was
// built from. The entries are copied.
func NewTable(class Class, entries []Entry) (*Table, error) {
	if len(entries) == 0 {
		return nil, fmt.Errorf("committee: table for %v: %w", class, ErrNoEligible)
	}
	t := &Table{Class: class, Entries: make([]Entry, len(entries)), Total: new(big.Int), positions: make(map[[32]byte]int, len(entries))}
	for i, e := range entries {
		if e.Start == nil || e.End == nil {
			return nil, fmt.Errorf("committee: entry %d (%x): missing start or end", i, e.ID)
		}
		if e.Start.Cmp(t.Total) != 0 {
			return nil, fmt.Errorf("committee: entry %d (%x): starts at %s, want %s (entries must be contiguous from 0)", i, e.ID, e.Start, t.Total)
		}
		if e.End.Cmp(e.Start) <= 0 {
			return nil, fmt.Errorf("committee: entry %d (%x): empty interval [%s, %s)", i, e.ID, e.Start, e.End)
		}
		if _, dup := t.positions[e.ID]; dup {
			return nil, fmt.Errorf("committee: entry %d: duplicate id %x", i, e.ID)
		}
		t.positions[e.ID] = i
		t.Entries[i] = Entry{ID: e.ID, Index: -1, Weight: new(big.Int).Sub(e.End, e.Start),
			Start: new(big.Int).Set(e.Start), End: new(big.Int).Set(e.End)}
		t.Total.Set(e.End)
	}
	return t, nil
}
