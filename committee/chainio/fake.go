package chainio

import (
	"context"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/blockless/avs/committee"
)

// Fake is an in-memory Reader for tests of code that reads committees. Its zero value is not
// usable; call NewFake. Safe for concurrent use.
type Fake struct {
	mu         sync.Mutex
	tables     map[uint64]*committee.Table
	capacities map[common.Address]committee.Capacity
	hashes     map[uint64][32]byte
	txs        uint64
}

// NewFake returns an empty fake chain.
func NewFake() *Fake {
	return &Fake{tables: make(map[uint64]*committee.Table), capacities: make(map[common.Address]committee.Capacity),
		hashes: make(map[uint64][32]byte)}
}

// SetTable makes id name t.
func (f *Fake) SetTable(id uint64, t *committee.Table) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.tables[id] = t
}

// SetBlockHash sets the hash of block number.
func (f *Fake) SetBlockHash(number uint64, h [32]byte) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.hashes[number] = h
}

// Table returns the table set for id; an unknown id is an error, as on chain (UnknownTable).
func (f *Fake) Table(_ context.Context, id uint64) (*committee.Table, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	t, ok := f.tables[id]
	if !ok {
		return nil, fmt.Errorf("committee table %d: UnknownTable(%d)", id, id)
	}
	return t, nil
}

// Capacity returns the operator's declaration, zero when none.
func (f *Fake) Capacity(_ context.Context, operator common.Address) (committee.Capacity, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.capacities[operator], nil
}

// BlockHash returns the hash set for number, or an error wrapping ethereum.NotFound.
func (f *Fake) BlockHash(_ context.Context, number uint64) ([32]byte, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	h, ok := f.hashes[number]
	if !ok {
		return [32]byte{}, fmt.Errorf("header of block %d: %w", number, ethereum.NotFound)
	}
	return h, nil
}

// Writer returns a CapacityWriter sending as operator.
func (f *Fake) Writer(operator common.Address) CapacityWriter { return fakeWriter{f, operator} }

type fakeWriter struct {
	f  *Fake
	op common.Address
}

func (w fakeWriter) tx() common.Hash {
	w.f.txs++
	return crypto.Keccak256Hash(w.op[:], []byte{byte(w.f.txs >> 8), byte(w.f.txs)})
}

func (w fakeWriter) DeclareCapacity(_ context.Context, c committee.Capacity) (common.Hash, error) {
	if err := CheckCapacity(c); err != nil {
		return common.Hash{}, err
	}
	w.f.mu.Lock()
	defer w.f.mu.Unlock()
	w.f.capacities[w.op] = c
	return w.tx(), nil
}

func (w fakeWriter) ClearCapacity(context.Context) (common.Hash, error) {
	w.f.mu.Lock()
	defer w.f.mu.Unlock()
	delete(w.f.capacities, w.op)
	return w.tx(), nil
}

var (
	_ Reader         = (*Fake)(nil)
	_ Reader         = (*Chain)(nil)
	_ CapacityWriter = (*Writer)(nil)
	_ CapacityWriter = fakeWriter{}
)
