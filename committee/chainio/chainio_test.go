package chainio

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/blockless/avs/bindings/committeeregistry"
	"github.com/blockless/avs/committee"
	"github.com/blockless/avs/protocol"
)

// fakeRegistry serves getTable/getEntries/capacityOf from a table built in Go, counting calls.
type fakeRegistry struct {
	mu        sync.Mutex
	infos     map[uint64]committeeregistry.ICommitteeRegistryTableInfo
	entries   map[uint64][]committeeregistry.ICommitteeRegistryEntry
	caps      map[common.Address]committeeregistry.ICommitteeRegistryCapacity
	getTables int
	pages     []uint32 // counts asked, in order
	blocks    []*big.Int
}

func newFakeRegistry() *fakeRegistry {
	return &fakeRegistry{infos: map[uint64]committeeregistry.ICommitteeRegistryTableInfo{},
		entries: map[uint64][]committeeregistry.ICommitteeRegistryEntry{}, caps: map[common.Address]committeeregistry.ICommitteeRegistryCapacity{}}
}

func (r *fakeRegistry) put(id uint64, t *committee.Table) {
	r.infos[id] = committeeregistry.ICommitteeRegistryTableInfo{Runtimes: t.Class.Runtimes, MemClass: t.Class.MemClass,
		Size: uint32(t.Len()), TotalWeight: t.Total}
	var es []committeeregistry.ICommitteeRegistryEntry
	for _, e := range t.Entries {
		es = append(es, committeeregistry.ICommitteeRegistryEntry{OperatorId: e.ID, Start: e.Start, End: e.End})
	}
	r.entries[id] = es
}

func (r *fakeRegistry) GetTable(opts *bind.CallOpts, id uint64) (committeeregistry.ICommitteeRegistryTableInfo, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.getTables++
	r.blocks = append(r.blocks, opts.BlockNumber)
	info, ok := r.infos[id]
	if !ok {
		return info, errors.New("execution reverted: UnknownTable")
	}
	return info, nil
}

func (r *fakeRegistry) GetEntries(opts *bind.CallOpts, id uint64, from, count uint32) ([]committeeregistry.ICommitteeRegistryEntry, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.pages = append(r.pages, count)
	r.blocks = append(r.blocks, opts.BlockNumber)
	es := r.entries[id]
	if int(from) >= len(es) {
		return nil, nil
	}
	return es[from:min(int(from+count), len(es))], nil
}

func (r *fakeRegistry) CapacityOf(_ *bind.CallOpts, op common.Address) (committeeregistry.ICommitteeRegistryCapacity, error) {
	return r.caps[op], nil
}

type fakeHeaders struct{ head int64 }

func (h fakeHeaders) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	if n == nil {
		n = big.NewInt(h.head)
	}
	if n.Int64() > h.head {
		return nil, ethereum.NotFound
	}
	return &types.Header{Number: n, Extra: []byte("fake")}, nil
}

func testTable(t *testing.T, n int) *committee.Table {
	t.Helper()
	var ops []committee.Operator
	for i := range n {
		ops = append(ops, committee.Operator{ID: [32]byte{byte(i + 1)}, Stake: big.NewInt(int64(10 + i)),
			Capacity: committee.Capacity{Cores: uint16(1 + i%4), MemoryMiB: 1024, FuelRate: uint32(100 + 50*i), Runtimes: committee.RuntimeWasm}})
	}
	tb, err := committee.BuildTable(ops, committee.Class{Runtimes: committee.RuntimeWasm, MemClass: 8}, 4096)
	if err != nil {
		t.Fatal(err)
	}
	return tb
}

func TestChainTablePagesAndCaches(t *testing.T) {
	reg := newFakeRegistry()
	want := testTable(t, 7)
	reg.put(3, want)
	c := newChain(reg, fakeHeaders{head: 42}, ChainOptions{PageSize: 3})
	got, err := c.Table(context.Background(), 3)
	if err != nil {
		t.Fatal(err)
	}
	if got.Len() != 7 || got.Total.Cmp(want.Total) != 0 || got.Class != want.Class {
		t.Fatalf("table: len %d total %s class %v", got.Len(), got.Total, got.Class)
	}
	for p, e := range got.Entries {
		if e.ID != want.Entries[p].ID || e.Weight.Cmp(want.Entries[p].Weight) != 0 {
			t.Errorf("entry %d differs", p)
		}
	}
	if len(reg.pages) != 3 || reg.pages[0] != 3 || reg.pages[1] != 3 || reg.pages[2] != 1 {
		t.Errorf("pages asked %v, want [3 3 1]", reg.pages)
	}
	for _, b := range reg.blocks {
		if b == nil || b.Int64() != 42 {
			t.Errorf("call at block %v, want every call pinned at the head 42", b)
		}
	}
	if again, err := c.Table(context.Background(), 3); err != nil || again != got || reg.getTables != 1 {
		t.Errorf("second read: %v, same %v, getTable calls %d (want the cached table, 1 call)", err, again == got, reg.getTables)
	}
}

func TestChainTableCacheBounded(t *testing.T) {
	reg := newFakeRegistry()
	for id := uint64(1); id <= 3; id++ {
		reg.put(id, testTable(t, int(id)+1))
	}
	c := newChain(reg, fakeHeaders{head: 1}, ChainOptions{CacheSize: 2})
	ctx := context.Background()
	for _, id := range []uint64{1, 2, 1, 3} { // 3 evicts 2, the least recently used
		if _, err := c.Table(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	if reg.getTables != 3 || len(c.vals) != 2 {
		t.Fatalf("getTable calls %d, cached %d; want 3 and 2", reg.getTables, len(c.vals))
	}
	if _, err := c.Table(ctx, 1); err != nil || reg.getTables != 3 {
		t.Errorf("table 1 should still be cached (calls %d)", reg.getTables)
	}
	if _, err := c.Table(ctx, 2); err != nil || reg.getTables != 4 {
		t.Errorf("table 2 should have been evicted (calls %d)", reg.getTables)
	}
}

func TestChainTableRejectsInconsistentReads(t *testing.T) {
	ctx := context.Background()
	reg := newFakeRegistry()
	reg.put(1, testTable(t, 3))
	info := reg.infos[1]
	info.TotalWeight = new(big.Int).Add(info.TotalWeight, big.NewInt(1))
	reg.infos[1] = info
	reg.put(2, testTable(t, 3))
	reg.entries[2][1].Start = new(big.Int).Add(reg.entries[2][1].Start, big.NewInt(1))
	reg.put(3, testTable(t, 3))
	info = reg.infos[3]
	info.Size = 5 // header claims more entries than getEntries returns
	reg.infos[3] = info
	c := newChain(reg, fakeHeaders{head: 1}, ChainOptions{})
	for id, want := range map[uint64]string{1: "header says", 2: "contiguous", 3: "returned nothing", 9: "UnknownTable"} {
		if _, err := c.Table(ctx, id); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("table %d: err %v, want %q", id, err, want)
		}
	}
	if len(c.vals) != 0 {
		t.Errorf("cached %d failed reads", len(c.vals))
	}
}

func TestChainCapacityAndBlockHash(t *testing.T) {
	ctx := context.Background()
	reg := newFakeRegistry()
	op := common.HexToAddress("0x1234")
	reg.caps[op] = committeeregistry.ICommitteeRegistryCapacity{Cores: 4, MemoryMiB: 2048, FuelRate: 900, Runtimes: 3}
	c := newChain(reg, fakeHeaders{head: 10}, ChainOptions{})
	got, err := c.Capacity(ctx, op)
	if err != nil || got != (committee.Capacity{Cores: 4, MemoryMiB: 2048, FuelRate: 900, Runtimes: 3}) {
		t.Errorf("capacity %+v, %v", got, err)
	}
	h, err := c.BlockHash(ctx, 5)
	want := (&types.Header{Number: big.NewInt(5), Extra: []byte("fake")}).Hash()
	if err != nil || h != want {
		t.Errorf("block hash %x, %v", h, err)
	}
	if _, err := c.BlockHash(ctx, 11); !errors.Is(err, ethereum.NotFound) {
		t.Errorf("future block: %v, want NotFound", err)
	}
}

func TestSeed(t *testing.T) {
	ctx := context.Background()
	codec, err := protocol.NewCodec()
	if err != nil {
		t.Fatal(err)
	}
	f := NewFake()
	task := protocol.Task{FunctionId: 7, QuorumNumbers: []byte{0}, ReferenceBlock: 99, Fee: big.NewInt(1), CommitteeSize: 3, CommitteeTable: 2}
	if _, err := Seed(ctx, f, codec, task); !errors.Is(err, ErrSeedUnavailable) {
		t.Fatalf("seed before block 100: %v, want ErrSeedUnavailable", err)
	}
	bh := [32]byte{0xab}
	f.SetBlockHash(100, bh)
	got, err := Seed(ctx, f, codec, task)
	if err != nil {
		t.Fatal(err)
	}
	th, _ := codec.TaskHash(task)
	if got != committee.Seed(bh, th) {
		t.Errorf("seed %x, want committee.Seed(hash of block 100, task hash)", got)
	}
}

func TestCheckCapacity(t *testing.T) {
	ok := committee.Capacity{Cores: 1, MemoryMiB: 1, FuelRate: 1, Runtimes: committee.RuntimeWasm}
	if err := CheckCapacity(ok); err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]committee.Capacity{
		"cores":   {MemoryMiB: 1, FuelRate: 1, Runtimes: 1},
		"memory":  {Cores: 1, FuelRate: 1, Runtimes: 1},
		"fuel":    {Cores: 1, MemoryMiB: 1, Runtimes: 1},
		"runtime": {Cores: 1, MemoryMiB: 1, FuelRate: 1},
		"unknown": {Cores: 1, MemoryMiB: 1, FuelRate: 1, Runtimes: 8},
	} {
		err := CheckCapacity(c)
		if !errors.Is(err, ErrInvalidCapacity) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func TestFake(t *testing.T) {
	ctx := context.Background()
	f := NewFake()
	op := common.HexToAddress("0x99")
	w := f.Writer(op)
	if _, err := w.DeclareCapacity(ctx, committee.Capacity{Cores: 0, MemoryMiB: 1, FuelRate: 1, Runtimes: 1}); !errors.Is(err, ErrInvalidCapacity) {
		t.Errorf("cores 0: %v", err)
	}
	c := committee.Capacity{Cores: 2, MemoryMiB: 512, FuelRate: 300, Runtimes: committee.RuntimeWasm | committee.RuntimeX86}
	h1, err := w.DeclareCapacity(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := f.Capacity(ctx, op); got != c {
		t.Errorf("capacity %+v, want %+v", got, c)
	}
	h2, err := w.ClearCapacity(ctx)
	if err != nil || h1 == h2 {
		t.Errorf("clear: %v, tx hashes %x %x", err, h1, h2)
	}
	if got, _ := f.Capacity(ctx, op); got != (committee.Capacity{}) {
		t.Errorf("after clear: %+v", got)
	}
	tb := testTable(t, 2)
	f.SetTable(5, tb)
	if got, err := f.Table(ctx, 5); err != nil || got != tb {
		t.Errorf("table 5: %v", err)
	}
	if _, err := f.Table(ctx, 6); err == nil {
		t.Error("unknown table: no error")
	}
}
