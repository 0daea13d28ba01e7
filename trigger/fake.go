package trigger

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

// Fake is an in-memory TriggerRegistry with the contract's firing rules
// (due, at most once, balance, limit, owner or service for events), for
// unit tests of the service. Several services may share one Fake, as
// several instances share the real registry. Safe for concurrent use.
type Fake struct {
	mu       sync.Mutex
	now      uint64 // block timestamp
	head     uint64
	triggers map[uint64]*Trigger
	fired    map[string]bool
	logs     []fakeLog
	// Firings in the order they happened, for tests to inspect.
	Firings []Firing
	// Duplicates counts fire attempts refused as already fired.
	Duplicates int
	// Down makes every call fail, as an RPC that is unreachable.
	Down bool
}

type fakeLog struct {
	emitter common.Address
	log     Log
}

// Firing is one firing the Fake recorded.
type Firing struct {
	Trigger uint64
	Index   uint64 // scheduled firings
	Log     Log    // event firings
	By      common.Address
}

// ErrFakeDown is what a Fake answers while Down.
var ErrFakeDown = errors.New("fake registry: RPC down")

// NewFake returns an empty registry at block 1, time now.
func NewFake(now uint64) *Fake {
	return &Fake{now: now, head: 1, triggers: map[uint64]*Trigger{}, fired: map[string]bool{}}
}

// As returns a view of the same registry whose transactions come from sender.
func (f *Fake) As(sender common.Address) Chain { return &fakeView{f, sender} }

// Add stores a trigger (ID must be unique) and returns it.
func (f *Fake) Add(t Trigger) {
	f.mu.Lock()
	defer f.mu.Unlock()
	c := t
	c.Fee, c.Balance = new(big.Int).Set(t.Fee), new(big.Int).Set(t.Balance)
	f.triggers[t.ID] = &c
}

// Advance moves time by seconds and mines blocks.
func (f *Fake) Advance(seconds, blocks uint64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.now += seconds
	f.head += blocks
}

// Fund adds wei to a trigger's balance.
func (f *Fake) Fund(id uint64, wei int64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.triggers[id].Balance.Add(f.triggers[id].Balance, big.NewInt(wei))
}

// Emit adds a log of emitter in the head block.
func (f *Fake) Emit(emitter common.Address, topics []common.Hash, data []byte) Log {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := uint32(0)
	for _, l := range f.logs {
		if l.log.BlockNumber == f.head {
			n++
		}
	}
	l := Log{BlockNumber: f.head, BlockHash: common.BigToHash(big.NewInt(int64(f.head) + 1_000_000)), Index: n,
		Topics: topics, Data: data}
	f.logs = append(f.logs, fakeLog{emitter, l})
	return l
}

// Count is how many times (trigger, index) fired.
func (f *Fake) Count(id, index uint64) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := 0
	for _, x := range f.Firings {
		if x.Trigger == id && x.Index == index && x.Log.BlockHash == (common.Hash{}) {
			n++
		}
	}
	return n
}

type fakeView struct {
	f      *Fake
	sender common.Address
}

func (v *fakeView) Sender() common.Address { return v.sender }

func (v *fakeView) lock() (*Fake, error) {
	v.f.mu.Lock()
	if v.f.Down {
		v.f.mu.Unlock()
		return nil, ErrFakeDown
	}
	return v.f, nil
}

func (v *fakeView) Head(context.Context) (uint64, error) {
	f, err := v.lock()
	if err != nil {
		return 0, err
	}
	defer f.mu.Unlock()
	return f.head, nil
}

func (v *fakeView) TriggerIDs(context.Context) ([]uint64, error) {
	f, err := v.lock()
	if err != nil {
		return nil, err
	}
	defer f.mu.Unlock()
	var ids []uint64
	for id := range f.triggers {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids, nil
}

func (v *fakeView) Trigger(_ context.Context, id uint64) (Trigger, error) {
	f, err := v.lock()
	if err != nil {
		return Trigger{}, err
	}
	defer f.mu.Unlock()
	t, ok := f.triggers[id]
	if !ok {
		return Trigger{}, fmt.Errorf("unknown trigger %d", id)
	}
	c := *t
	c.Fee, c.Balance = new(big.Int).Set(t.Fee), new(big.Int).Set(t.Balance)
	return c, nil
}

func (f *Fake) dueCount(t *Trigger) uint64 {
	clock := f.now
	if t.Kind == KindBlocks {
		clock = f.head
	}
	if t.Kind == KindEvent || clock < t.Start {
		return 0
	}
	n := (clock-t.Start)/t.Period + 1
	if t.MaxFirings != 0 && n > t.MaxFirings {
		n = t.MaxFirings
	}
	return n
}

func (v *fakeView) DueCount(_ context.Context, id uint64) (uint64, error) {
	f, err := v.lock()
	if err != nil {
		return 0, err
	}
	defer f.mu.Unlock()
	t, ok := f.triggers[id]
	if !ok {
		return 0, fmt.Errorf("unknown trigger %d", id)
	}
	return f.dueCount(t), nil
}

func scheduledKey(id, index uint64) string { return fmt.Sprintf("s/%d/%d", id, index) }

func eventKey(id uint64, h common.Hash, i uint32) string { return fmt.Sprintf("e/%d/%x/%d", id, h, i) }

func (v *fakeView) IsFired(_ context.Context, id, index uint64) (bool, error) {
	f, err := v.lock()
	if err != nil {
		return false, err
	}
	defer f.mu.Unlock()
	return f.fired[scheduledKey(id, index)], nil
}

func (v *fakeView) IsEventFired(_ context.Context, id uint64, h common.Hash, i uint32) (bool, error) {
	f, err := v.lock()
	if err != nil {
		return false, err
	}
	defer f.mu.Unlock()
	return f.fired[eventKey(id, h, i)], nil
}

// pay is the checks every firing shares; the caller holds the lock.
func (f *Fake) pay(t *Trigger) error {
	if t.Cancelled {
		return fmt.Errorf("trigger %d not active", t.ID)
	}
	if t.MaxFirings != 0 && t.Firings >= t.MaxFirings {
		return fmt.Errorf("trigger %d reached its limit", t.ID)
	}
	if t.Balance.Cmp(t.Fee) < 0 {
		return fmt.Errorf("trigger %d: insufficient balance", t.ID)
	}
	t.Balance.Sub(t.Balance, t.Fee)
	t.Firings++
	return nil
}

func (v *fakeView) Fire(_ context.Context, id uint64, indexes []uint64) error {
	f, err := v.lock()
	if err != nil {
		return err
	}
	defer f.mu.Unlock()
	t, ok := f.triggers[id]
	if !ok || t.Kind == KindEvent {
		return fmt.Errorf("trigger %d is not scheduled", id)
	}
	// All or nothing, as one transaction.
	saved := *t
	saved.Balance = new(big.Int).Set(t.Balance)
	due := f.dueCount(t)
	var keys []string
	for _, idx := range indexes {
		k := scheduledKey(id, idx)
		if f.fired[k] || slices.Contains(keys, k) {
			*t = saved
			f.Duplicates++
			return fmt.Errorf("firing %d: %w", idx, ErrAlreadyFired)
		}
		if idx >= due {
			*t = saved
			return fmt.Errorf("firing %d not due", idx)
		}
		if err := f.pay(t); err != nil {
			*t = saved
			return err
		}
		keys = append(keys, k)
	}
	for i, k := range keys {
		f.fired[k] = true
		f.Firings = append(f.Firings, Firing{Trigger: id, Index: indexes[i], By: v.sender})
	}
	return nil
}

func (v *fakeView) Logs(_ context.Context, q LogQuery) ([]Log, error) {
	f, err := v.lock()
	if err != nil {
		return nil, err
	}
	defer f.mu.Unlock()
	var out []Log
	for _, l := range f.logs {
		if l.emitter == q.Emitter && len(l.log.Topics) > 0 && l.log.Topics[0] == q.Topic0 &&
			l.log.BlockNumber >= q.From && l.log.BlockNumber <= q.To {
			out = append(out, l.log)
		}
	}
	return out, nil
}

func (v *fakeView) FireEvent(_ context.Context, id uint64, l Log) error {
	f, err := v.lock()
	if err != nil {
		return err
	}
	defer f.mu.Unlock()
	t, ok := f.triggers[id]
	if !ok || t.Kind != KindEvent {
		return fmt.Errorf("trigger %d is not an event trigger", id)
	}
	if v.sender != t.Owner && v.sender != t.Service {
		return fmt.Errorf("%s is neither owner nor service of trigger %d", v.sender, id)
	}
	if l.BlockNumber+EventWindow < f.head+1 || l.BlockNumber > f.head { // blockhash of the last 256 blocks
		return fmt.Errorf("block %d hash unavailable", l.BlockNumber)
	}
	if l.BlockNumber < t.Start {
		return fmt.Errorf("log at block %d is before trigger %d was created (block %d)", l.BlockNumber, id, t.Start)
	}
	k := eventKey(id, l.BlockHash, l.Index)
	if f.fired[k] {
		f.Duplicates++
		return ErrAlreadyFired
	}
	if err := f.pay(t); err != nil {
		return err
	}
	f.fired[k] = true
	f.Firings = append(f.Firings, Firing{Trigger: id, Log: l, By: v.sender})
	return nil
}
