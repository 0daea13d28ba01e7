// Package trigger fires the TriggerRegistry's automation triggers: every
// due firing of a time or block schedule, and every matching log of an
// event trigger, exactly once. The registry enforces "at most once" (each
// firing has an id it refuses to see twice); this service supplies "at
// least once": it keeps no state that a restart could lose, re-deriving
// what is due and not yet fired from the chain on every tick, so it can be
// run by the aggregator and by any number of operators as failover without
// skipping or duplicating a firing.
//
// The service talks to the registry through Chain, a small interface:
// ChainRegistry is the real contract, Fake an in-memory registry with the
// contract's rules for unit tests.
package trigger

import (
	"context"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// Kind is a trigger's schedule kind, in the contract's enum order.
type Kind uint8

const (
	KindTime   Kind = iota // every Period seconds from Start (unix time)
	KindBlocks             // every Period blocks from block Start
	KindEvent              // on each log of Emitter with topic Topic0
)

func (k Kind) String() string {
	switch k {
	case KindTime:
		return "time"
	case KindBlocks:
		return "blocks"
	case KindEvent:
		return "event"
	}
	return "unknown"
}

// Trigger is what the service needs of a stored trigger.
type Trigger struct {
	ID         uint64
	Owner      common.Address
	Service    common.Address // may fire an event trigger besides the owner
	Kind       Kind
	Start      uint64 // time: unix time of firing 0; blocks: its block; event: the creation block
	Period     uint64
	Emitter    common.Address
	Topic0     common.Hash
	Fee        *big.Int // paid per firing
	Balance    *big.Int // prepaid wei left
	MaxFirings uint64   // 0: unlimited
	Firings    uint64   // fired so far
	Cancelled  bool
}

// Exhausted reports whether the trigger can fire no more: cancelled, at its
// firing limit, or without the fee for one more firing.
func (t Trigger) Exhausted() bool {
	return t.Cancelled || (t.MaxFirings != 0 && t.Firings >= t.MaxFirings) || t.Balance.Cmp(t.Fee) < 0
}

// Log is one log of an event trigger's emitter.
type Log struct {
	BlockNumber uint64
	BlockHash   common.Hash
	Index       uint32 // the log's index in its block
	Topics      []common.Hash
	Data        []byte
}

// LogQuery selects the logs of one emitter and topic 0 in blocks From..To.
type LogQuery struct {
	Emitter  common.Address
	Topic0   common.Hash
	From, To uint64
}

// ErrAlreadyFired is a firing the registry has already seen (another
// service instance was first). It is success for the service.
var ErrAlreadyFired = errors.New("trigger: already fired")

// Chain is the registry and the chain around it as the service uses them.
type Chain interface {
	// Head is the latest block number.
	Head(ctx context.Context) (uint64, error)
	// TriggerIDs lists every trigger id ever created (ids are never reused).
	TriggerIDs(ctx context.Context) ([]uint64, error)
	Trigger(ctx context.Context, id uint64) (Trigger, error)
	// DueCount is how many firings of a scheduled trigger are due: 0..n-1.
	DueCount(ctx context.Context, id uint64) (uint64, error)
	IsFired(ctx context.Context, id, index uint64) (bool, error)
	// Fire fires the given due firings of a scheduled trigger in one
	// transaction; all or nothing.
	Fire(ctx context.Context, id uint64, indexes []uint64) error
	Logs(ctx context.Context, q LogQuery) ([]Log, error)
	IsEventFired(ctx context.Context, id uint64, blockHash common.Hash, logIndex uint32) (bool, error)
	FireEvent(ctx context.Context, id uint64, l Log) error
	// Sender is the address the service's transactions come from.
	Sender() common.Address
}
