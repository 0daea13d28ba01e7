package node

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/blockless/avs/committee"
	"github.com/blockless/avs/operator/keys"
	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/taskwatch"
)

// committeeFixture puts table 3 on the fake chain: this node's operator and two others, equal
// stake and capacity, and the hash of every block up to 200.
func (f *fixture) committeeTable() *committee.Table {
	f.t.Helper()
	capy := committee.Capacity{Cores: 2, MemoryMiB: 1024, FuelRate: 100, Runtimes: committee.RuntimeWasm}
	ops := []committee.Operator{
		{ID: keys.OperatorID(f.key), Stake: big.NewInt(1e18), Capacity: capy},
		{ID: [32]byte{0xb1}, Stake: big.NewInt(1e18), Capacity: capy},
		{ID: [32]byte{0xb2}, Stake: big.NewInt(1e18), Capacity: capy},
	}
	table, err := committee.BuildTable(ops, committee.Class{Runtimes: committee.RuntimeWasm}, 1<<20)
	if err != nil {
		f.t.Fatal(err)
	}
	f.chain.SetTable(3, table)
	for b := uint64(0); b <= 200; b++ {
		f.chain.SetBlockHash(b, crypto.Keccak256Hash([]byte{byte(b), byte(b >> 8)}))
	}
	return table
}

// committeeTask finds a committee task (k 1) whose first round with this node is `want`
// (-1: never within `rounds` rounds).
func (f *fixture) committeeTask(table *committee.Table, want int, failover uint32, salt string) (protocol.Task, string) {
	f.t.Helper()
	codec, err := protocol.NewCodec()
	if err != nil {
		f.t.Fatal(err)
	}
	self, _ := table.Position(keys.OperatorID(f.key))
	for i := 0; i < 1000; i++ {
		input := salt + string(rune('a'+i%26)) + string(rune('a'+i/26))
		task := f.task(input, 100)
		task.CommitteeSize, task.FailoverBlocks, task.CommitteeTable = 1, failover, 3
		h, err := codec.TaskHash(task)
		if err != nil {
			f.t.Fatal(err)
		}
		bh, _ := f.chain.BlockHash(context.Background(), uint64(task.ReferenceBlock)+1)
		if table.FirstRoundWith(committee.Seed(bh, h), 1, self, committeeRounds(task)) == want {
			return task, input
		}
	}
	f.t.Fatalf("no task with first round %d found", want)
	return protocol.Task{}, ""
}

// Only a committee member executes: a task this operator is not drawn for is skipped, one it
// is drawn for is signed.
func TestCommitteeOnlyMembersExecute(t *testing.T) {
	f := newFixture(t)
	table := f.committeeTable()
	n := f.node(t.TempDir(), nil)
	defer n.Close()
	member, in1 := f.committeeTask(table, 0, 0, "m")
	other, in2 := f.committeeTask(table, -1, 0, "o")
	runQueue(t, n)
	evs := []taskwatch.Event{f.event(1, member, in1), f.event(2, other, in2)}
	if err := n.handleRange(context.Background(), evs, 10); err != nil {
		t.Fatal(err)
	}
	eventually(t, "member task signed", func() bool { return len(f.agg.rawFor(1)) == 1 })
	eventually(t, "non-member task skipped", func() bool { return skippedCount(n, "committee") == 1 })
	if len(f.agg.rawFor(2)) != 0 {
		t.Fatal("a task this operator was not drawn for was signed")
	}
	// The batch signer learns which committee windows it sits in from these.
	for id, want := range map[uint32]int{1: 0, 2: -1} {
		h, _ := n.codec.TaskHash([]protocol.Task{member, other}[id-1])
		if got, ok := n.rounds.get(taskKey{ID: id, Hash: h}); !ok || got != want {
			t.Fatalf("task %d: recorded round %d (known %v), want %d", id, got, ok, want)
		}
	}
}

// A drafted operator (first drawn in failover round 1) executes only once its round opens.
func TestCommitteeFailoverWaitsForRound(t *testing.T) {
	f := newFixture(t)
	table := f.committeeTable()
	f.chain.setHead(3)
	n := f.node(t.TempDir(), nil)
	defer n.Close()
	task, in := f.committeeTask(table, 1, 20, "f") // round 1 opens at block 1+20
	runQueue(t, n)
	if err := n.handleRange(context.Background(), []taskwatch.Event{f.event(1, task, in)}, 3); err != nil {
		t.Fatal(err)
	}
	time.Sleep(200 * time.Millisecond) // twenty polls: still waiting, never skipped
	if len(f.agg.rawFor(1)) != 0 || skippedCount(n, "committee") != 0 {
		t.Fatal("a drafted operator executed (or gave up) before its failover round opened")
	}
	f.chain.setHead(21)
	eventually(t, "drafted operator signs once its round opens", func() bool { return len(f.agg.rawFor(1)) == 1 })
}

// The seed block not mined yet: the task waits, then runs.
func TestCommitteeWaitsForSeedBlock(t *testing.T) {
	f := newFixture(t)
	table := f.committeeTable()
	f.chain.setHead(1) // the reference block: block 2 (the seed block) does not exist yet
	n := f.node(t.TempDir(), nil)
	defer n.Close()
	task, in := f.committeeTask(table, 0, 0, "s")
	runQueue(t, n)
	if err := n.handleRange(context.Background(), []taskwatch.Event{f.event(1, task, in)}, 1); err != nil {
		t.Fatal(err)
	}
	time.Sleep(100 * time.Millisecond) // ten polls
	if len(f.agg.rawFor(1)) != 0 || n.queue.pending() != 1 {
		t.Fatal("signed (or dropped) before the seed block existed")
	}
	f.chain.setHead(2)
	eventually(t, "signed once the seed block exists", func() bool { return len(f.agg.rawFor(1)) == 1 })
}

// A task needing more memory than the operator declared is declined, not run.
func TestCapacityGateDeclinesBiggerTasks(t *testing.T) {
	f := newFixture(t)
	n := f.node(t.TempDir(), nil)
	defer n.Close()
	n.capacity = capacityGate{declared: true, cap: committee.Capacity{Cores: 1, MemoryMiB: 1, FuelRate: 1, Runtimes: committee.RuntimeWasm}}
	big := f.task("big", 5000)
	big.Limits.MemoryBytes = 2 << 20
	runQueue(t, n)
	evs := []taskwatch.Event{f.event(1, big, "big"), f.event(2, f.task("small", 5000), "small")}
	if err := n.handleRange(context.Background(), evs, 10); err != nil {
		t.Fatal(err)
	}
	eventually(t, "small task signed", func() bool { return len(f.agg.rawFor(2)) == 1 })
	eventually(t, "big task declined", func() bool { return skippedCount(n, "capacity") == 1 })
	if len(f.agg.rawFor(1)) != 0 {
		t.Fatal("a task above the declared memory was signed")
	}
}

// narrow lowers the node's concurrency and task memory to the declaration, never raises them.
func TestCapacityNarrowsLimits(t *testing.T) {
	g := capacityGate{declared: true, cap: committee.Capacity{Cores: 2, MemoryMiB: 256}}
	cfg := Config{MaxConcurrent: 8, MaxTaskMemory: 1 << 30}
	g.narrow(&cfg)
	if cfg.MaxConcurrent != 2 || cfg.MaxTaskMemory != 256<<20 {
		t.Fatalf("narrowed to %d tasks, %d bytes; want 2, 256 MiB", cfg.MaxConcurrent, cfg.MaxTaskMemory)
	}
	cfg = Config{MaxConcurrent: 1, MaxTaskMemory: 1 << 20}
	g.narrow(&cfg)
	if cfg.MaxConcurrent != 1 || cfg.MaxTaskMemory != 1<<20 {
		t.Fatal("narrow raised a limit")
	}
}

// A zk committee task's prover order is its committee's: this operator's turn is the block its
// first failover round opens, not the quorum-wide prover order.
func TestZkProverTurnFollowsCommittee(t *testing.T) {
	f := newFixture(t)
	table := f.committeeTable()
	n := f.node(t.TempDir(), nil)
	defer n.Close()
	for want := 0; want <= 2; want++ {
		task, in := f.committeeTask(table, want, 7, fmt.Sprintf("z%d", want))
		ev := f.event(uint32(10+want), task, in)
		h, err := n.codec.TaskHash(task)
		if err != nil {
			t.Fatal(err)
		}
		turn, rank, err := n.zk.turn(context.Background(), ev, h)
		if err != nil {
			t.Fatal(err)
		}
		if rank != want || turn != uint64(task.ReferenceBlock)+uint64(want)*7 {
			t.Fatalf("round %d: turn %d rank %d, want block %d", want, turn, rank, uint64(task.ReferenceBlock)+uint64(want)*7)
		}
	}
	// Not drawn in any round before the deadline: a skip, never a proof.
	task, in := f.committeeTask(table, -1, 7, "zn")
	h, _ := n.codec.TaskHash(task)
	if _, _, err := n.zk.turn(context.Background(), f.event(20, task, in), h); err == nil {
		t.Fatal("an operator drawn in no round got a prover turn")
	}
}
