package trigger

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/blockless/avs/bindings/triggerregistry"
	"github.com/blockless/avs/chain"
)

// Client is what ChainRegistry needs of an Ethereum client (ethclient.Client is one).
type Client interface {
	bind.ContractBackend
	chain.Backend
	BlockNumber(ctx context.Context) (uint64, error)
}

// ChainRegistry is the deployed TriggerRegistry as a Chain: views at the
// latest block, transactions signed by key and waited for. Transactions
// are sent one at a time (one nonce sequence per key).
type ChainRegistry struct {
	client  Client
	reg     *triggerregistry.TriggerRegistry
	abi     *abi.ABI
	key     *ecdsa.PrivateKey
	sender  common.Address
	chainID *big.Int
	send    sync.Mutex
}

// NewChainRegistry binds the registry at addr. key signs firings; it may be
// nil for a read-only registry (Fire and FireEvent then fail).
func NewChainRegistry(client Client, addr common.Address, key *ecdsa.PrivateKey, chainID *big.Int) (*ChainRegistry, error) {
	reg, err := triggerregistry.NewTriggerRegistry(addr, client)
	if err != nil {
		return nil, fmt.Errorf("bind trigger registry: %w", err)
	}
	parsed, err := triggerregistry.TriggerRegistryMetaData.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("trigger registry abi: %w", err)
	}
	r := &ChainRegistry{client: client, reg: reg, abi: parsed, key: key, chainID: chainID}
	if key != nil {
		r.sender = crypto.PubkeyToAddress(key.PublicKey)
	}
	return r, nil
}

// Sender implements Chain.
func (r *ChainRegistry) Sender() common.Address { return r.sender }

func (r *ChainRegistry) call(ctx context.Context) *bind.CallOpts { return &bind.CallOpts{Context: ctx} }

// Head implements Chain.
func (r *ChainRegistry) Head(ctx context.Context) (uint64, error) { return r.client.BlockNumber(ctx) }

// TriggerIDs implements Chain: ids run from 1 to nextTriggerId-1.
func (r *ChainRegistry) TriggerIDs(ctx context.Context) ([]uint64, error) {
	next, err := r.reg.NextTriggerId(r.call(ctx))
	if err != nil {
		return nil, fmt.Errorf("next trigger id: %w", err)
	}
	ids := make([]uint64, 0, next)
	for id := uint64(1); id < next; id++ {
		ids = append(ids, id)
	}
	return ids, nil
}

// Trigger implements Chain.
func (r *ChainRegistry) Trigger(ctx context.Context, id uint64) (Trigger, error) {
	t, err := r.reg.GetTrigger(r.call(ctx), id)
	if err != nil {
		return Trigger{}, fmt.Errorf("get trigger %d: %s", id, chain.DescribeError(err, r.abi))
	}
	return FromBinding(id, t), nil
}

// FromBinding converts the contract's Trigger.
func FromBinding(id uint64, t triggerregistry.TriggerRegistryTrigger) Trigger {
	s := t.Spec.Schedule
	return Trigger{ID: id, Owner: t.Owner, Service: t.Service, Kind: Kind(s.Kind), Start: s.Start, Period: s.Period,
		Emitter: s.Emitter, Topic0: s.Topic0, Fee: new(big.Int).Set(t.Spec.FeePerTask), Balance: new(big.Int).Set(t.Balance),
		MaxFirings: t.Spec.MaxFirings, Firings: t.Firings, Cancelled: t.Cancelled}
}

// DueCount implements Chain.
func (r *ChainRegistry) DueCount(ctx context.Context, id uint64) (uint64, error) {
	return r.reg.DueCount(r.call(ctx), id)
}

// IsFired implements Chain.
func (r *ChainRegistry) IsFired(ctx context.Context, id, index uint64) (bool, error) {
	return r.reg.IsFired(r.call(ctx), id, index)
}

// IsEventFired implements Chain.
func (r *ChainRegistry) IsEventFired(ctx context.Context, id uint64, h common.Hash, i uint32) (bool, error) {
	return r.reg.IsEventFired(r.call(ctx), id, h, i)
}

// Logs implements Chain; logs removed by a reorg are left out.
func (r *ChainRegistry) Logs(ctx context.Context, q LogQuery) ([]Log, error) {
	raw, err := r.client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(q.From),
		ToBlock: new(big.Int).SetUint64(q.To), Addresses: []common.Address{q.Emitter}, Topics: [][]common.Hash{{q.Topic0}}})
	if err != nil {
		return nil, fmt.Errorf("filter logs: %w", err)
	}
	out := make([]Log, 0, len(raw))
	for _, l := range raw {
		if l.Removed || l.Address != q.Emitter || l.Index > 1<<32-1 {
			continue
		}
		out = append(out, Log{BlockNumber: l.BlockNumber, BlockHash: l.BlockHash, Index: uint32(l.Index), Topics: l.Topics, Data: l.Data})
	}
	return out, nil
}

// EncodeLogData is the logData an event firing hands the function:
// abi.encode(bytes32[] topics, bytes data).
func EncodeLogData(topics []common.Hash, data []byte) ([]byte, error) {
	b32s, _ := abi.NewType("bytes32[]", "", nil)
	bs, _ := abi.NewType("bytes", "", nil)
	ts := make([][32]byte, len(topics))
	for i, t := range topics {
		ts[i] = t
	}
	return abi.Arguments{{Type: b32s}, {Type: bs}}.Pack(ts, data)
}

// Fire implements Chain with fireMany (fire for one index).
func (r *ChainRegistry) Fire(ctx context.Context, id uint64, indexes []uint64) error {
	return r.transact(ctx, fmt.Sprintf("fire trigger %d %v", id, indexes), func(o *bind.TransactOpts) (*types.Transaction, error) {
		if len(indexes) == 1 {
			return r.reg.Fire(o, id, indexes[0])
		}
		return r.reg.FireMany(o, id, indexes)
	})
}

// FireEvent implements Chain.
func (r *ChainRegistry) FireEvent(ctx context.Context, id uint64, l Log) error {
	data, err := EncodeLogData(l.Topics, l.Data)
	if err != nil {
		return fmt.Errorf("encode log: %w", err)
	}
	return r.transact(ctx, fmt.Sprintf("fire event trigger %d at block %d log %d", id, l.BlockNumber, l.Index),
		func(o *bind.TransactOpts) (*types.Transaction, error) {
			return r.reg.FireEvent(o, id, l.BlockHash, l.BlockNumber, l.Index, data)
		})
}

// transact sends one transaction and waits for it. A revert with
// AlreadyFired, at estimation or on chain, is ErrAlreadyFired.
func (r *ChainRegistry) transact(ctx context.Context, what string, send func(*bind.TransactOpts) (*types.Transaction, error)) error {
	if r.key == nil {
		return errors.New("trigger registry: no key to sign with")
	}
	r.send.Lock()
	defer r.send.Unlock()
	opts, err := chain.TransactOpts(ctx, r.key, r.chainID)
	if err != nil {
		return err
	}
	tx, err := send(opts)
	if err != nil {
		if r.alreadyFired(err) {
			return fmt.Errorf("%s: %w", what, ErrAlreadyFired)
		}
		return fmt.Errorf("%s: %s", what, chain.DescribeError(err, r.abi))
	}
	if _, err := chain.WaitMined(ctx, r.client, tx, what, r.abi); err != nil {
		return err
	}
	return nil
}

func (r *ChainRegistry) alreadyFired(err error) bool {
	data, ok := chain.RevertData(err)
	e, known := r.abi.Errors["AlreadyFired"]
	return ok && known && len(data) >= 4 && bytes.Equal(data[:4], e.ID[:4])
}
