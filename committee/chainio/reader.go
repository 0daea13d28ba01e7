// Package chainio reads committee tables and declared capacities from the CommitteeRegistry and
// sends capacity declarations. Consumers depend on the small Reader interface; Chain implements
// it over JSON-RPC and Fake in memory, so logic built on committees can be tested without a
// chain.
package chainio

import (
	"container/list"
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/blockless/avs/bindings/committeeregistry"
	"github.com/blockless/avs/chain"
	"github.com/blockless/avs/committee"
	"github.com/blockless/avs/protocol"
)

// ErrSeedUnavailable means the block whose hash a task's seed uses (the one after the task's
// reference block) is not on the chain yet.
var ErrSeedUnavailable = errors.New("committee seed block not mined yet")

// Reader is what consumers of committees read from the chain.
type Reader interface {
	// Table is committee table id as the CommitteeRegistry built it. Tables never change once
	// built, so implementations may cache them.
	Table(ctx context.Context, id uint64) (*committee.Table, error)
	// Capacity is an operator's declared capacity; the zero value when it declared none.
	Capacity(ctx context.Context, operator common.Address) (committee.Capacity, error)
	// BlockHash is the hash of the canonical block at a height; it wraps ethereum.NotFound when
	// the chain is not that high yet.
	BlockHash(ctx context.Context, number uint64) ([32]byte, error)
}

// Seed returns a committee task's seed as TaskManager.committeeSeed computes it:
// committee.Seed(hash of block referenceBlock+1, keccak256(abi.encode(task))). It fails with
// ErrSeedUnavailable while that block does not exist.
func Seed(ctx context.Context, r Reader, codec *protocol.Codec, task protocol.Task) ([32]byte, error) {
	taskHash, err := codec.TaskHash(task)
	if err != nil {
		return [32]byte{}, err
	}
	n := uint64(task.ReferenceBlock) + 1
	h, err := r.BlockHash(ctx, n)
	if errors.Is(err, ethereum.NotFound) {
		return [32]byte{}, fmt.Errorf("%w: block %d", ErrSeedUnavailable, n)
	}
	if err != nil {
		return [32]byte{}, err
	}
	return committee.Seed(h, taskHash), nil
}

// FromBinding converts the contract's capacity struct.
func FromBinding(c committeeregistry.ICommitteeRegistryCapacity) committee.Capacity {
	return committee.Capacity{Cores: c.Cores, MemoryMiB: c.MemoryMiB, FuelRate: c.FuelRate, Runtimes: c.Runtimes}
}

// ToBinding converts a capacity to the contract's struct.
func ToBinding(c committee.Capacity) committeeregistry.ICommitteeRegistryCapacity {
	return committeeregistry.ICommitteeRegistryCapacity{Cores: c.Cores, MemoryMiB: c.MemoryMiB, FuelRate: c.FuelRate, Runtimes: c.Runtimes}
}

// registryCaller is the part of the CommitteeRegistry binding Chain reads
// (*committeeregistry.CommitteeRegistryCaller implements it); tests substitute their own.
type registryCaller interface {
	GetTable(opts *bind.CallOpts, tableID uint64) (committeeregistry.ICommitteeRegistryTableInfo, error)
	GetEntries(opts *bind.CallOpts, tableID uint64, from, count uint32) ([]committeeregistry.ICommitteeRegistryEntry, error)
	CapacityOf(opts *bind.CallOpts, operator common.Address) (committeeregistry.ICommitteeRegistryCapacity, error)
}

// headerReader reads block headers (*ethclient.Client implements it).
type headerReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Backend is what Chain needs from a client: contract calls and headers. *ethclient.Client
// implements it.
type Backend interface {
	bind.ContractCaller
	headerReader
}

// Defaults of ChainOptions.
const (
	DefaultPageSize   = 500
	DefaultCacheSize  = 64
	maxTableEntryRead = 1 << 20 // a table larger than this is refused rather than read
)

// ChainOptions tunes Chain. Zero fields take the defaults.
type ChainOptions struct {
	PageSize  uint32 // entries per getEntries call; default DefaultPageSize
	CacheSize int    // tables kept in memory (least recently used evicted); default DefaultCacheSize
}

// Chain is Reader over a CommitteeRegistry at an RPC endpoint. It caches tables by id (they are
// immutable once built) in a bounded LRU. A table is read at one block (header and all pages),
// so a table built concurrently with the read is never seen half-way. Safe for concurrent use.
type Chain struct {
	caller   registryCaller
	headers  headerReader
	errABI   *abi.ABI
	pageSize uint32

	mu    sync.Mutex
	cap   int
	order *list.List // of uint64 ids, most recently used at the front
	cache map[uint64]*list.Element
	vals  map[uint64]*committee.Table
}

// NewChain binds the CommitteeRegistry at registry.
func NewChain(backend Backend, registry common.Address, o ChainOptions) (*Chain, error) {
	if registry == (common.Address{}) {
		return nil, errors.New("committee registry: no address (the deployment has no committeeRegistry)")
	}
	caller, err := committeeregistry.NewCommitteeRegistryCaller(registry, backend)
	if err != nil {
		return nil, fmt.Errorf("bind committee registry: %w", err)
	}
	return newChain(caller, backend, o), nil
}

func newChain(caller registryCaller, headers headerReader, o ChainOptions) *Chain {
	if o.PageSize == 0 {
		o.PageSize = DefaultPageSize
	}
	if o.CacheSize <= 0 {
		o.CacheSize = DefaultCacheSize
	}
	a, _ := committeeregistry.CommitteeRegistryMetaData.GetAbi()
	return &Chain{caller: caller, headers: headers, errABI: a, pageSize: o.PageSize, cap: o.CacheSize,
		order: list.New(), cache: make(map[uint64]*list.Element), vals: make(map[uint64]*committee.Table)}
}

// Table reads table id (getTable, then getEntries in pages) or returns it from the cache.
func (c *Chain) Table(ctx context.Context, id uint64) (*committee.Table, error) {
	if t := c.cached(id); t != nil {
		return t, nil
	}
	t, err := c.read(ctx, id)
	if err != nil {
		return nil, err
	}
	c.store(id, t)
	return t, nil
}

func (c *Chain) read(ctx context.Context, id uint64) (*committee.Table, error) {
	head, err := c.headers.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("committee table %d: head block: %w", id, err)
	}
	opts := &bind.CallOpts{Context: ctx, BlockNumber: head.Number}
	info, err := c.caller.GetTable(opts, id)
	if err != nil {
		return nil, fmt.Errorf("committee table %d: getTable: %s", id, chain.DescribeError(err, c.errABI))
	}
	if info.Size == 0 || info.Size > maxTableEntryRead {
		return nil, fmt.Errorf("committee table %d: implausible size %d", id, info.Size)
	}
	entries := make([]committee.Entry, 0, info.Size)
	for from := uint32(0); from < info.Size; {
		page, err := c.caller.GetEntries(opts, id, from, min(c.pageSize, info.Size-from))
		if err != nil {
			return nil, fmt.Errorf("committee table %d: getEntries(%d): %s", id, from, chain.DescribeError(err, c.errABI))
		}
		if len(page) == 0 {
			return nil, fmt.Errorf("committee table %d: getEntries(%d) returned nothing of %d entries", id, from, info.Size)
		}
		for _, e := range page {
			entries = append(entries, committee.Entry{ID: e.OperatorId, Start: e.Start, End: e.End})
		}
		from += uint32(len(page))
	}
	if len(entries) != int(info.Size) {
		return nil, fmt.Errorf("committee table %d: read %d entries, header says %d", id, len(entries), info.Size)
	}
	t, err := committee.NewTable(committee.Class{Runtimes: info.Runtimes, MemClass: info.MemClass}, entries)
	if err != nil {
		return nil, fmt.Errorf("committee table %d: %w", id, err)
	}
	if info.TotalWeight == nil || t.Total.Cmp(info.TotalWeight) != 0 {
		return nil, fmt.Errorf("committee table %d: entries sum to %s, header says %v", id, t.Total, info.TotalWeight)
	}
	return t, nil
}

func (c *Chain) cached(id uint64) *committee.Table {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.cache[id]
	if !ok {
		return nil
	}
	c.order.MoveToFront(el)
	return c.vals[id]
}

func (c *Chain) store(id uint64, t *committee.Table) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.cache[id]; ok { // read twice concurrently: keep the first
		c.order.MoveToFront(el)
		return
	}
	c.cache[id] = c.order.PushFront(id)
	c.vals[id] = t
	for c.order.Len() > c.cap {
		old := c.order.Back()
		c.order.Remove(old)
		delete(c.cache, old.Value.(uint64))
		delete(c.vals, old.Value.(uint64))
	}
}

// Capacity reads capacityOf(operator).
func (c *Chain) Capacity(ctx context.Context, operator common.Address) (committee.Capacity, error) {
	v, err := c.caller.CapacityOf(&bind.CallOpts{Context: ctx}, operator)
	if err != nil {
		return committee.Capacity{}, fmt.Errorf("capacity of %s: %s", operator.Hex(), chain.DescribeError(err, c.errABI))
	}
	return FromBinding(v), nil
}

// BlockHash reads the header at number.
func (c *Chain) BlockHash(ctx context.Context, number uint64) ([32]byte, error) {
	h, err := c.headers.HeaderByNumber(ctx, new(big.Int).SetUint64(number))
	if err != nil {
		return [32]byte{}, fmt.Errorf("header of block %d: %w", number, err)
	}
	return h.Hash(), nil
}
