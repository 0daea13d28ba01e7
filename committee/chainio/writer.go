package chainio

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/blockless/avs/bindings/committeeregistry"
	"github.com/blockless/avs/chain"
	"github.com/blockless/avs/committee"
)

// AllRuntimes are the runtime bits the contract accepts.
const AllRuntimes = committee.RuntimeWasm | committee.RuntimeX86 | committee.RuntimeZK

// ErrInvalidCapacity is what CheckCapacity's errors wrap.
var ErrInvalidCapacity = errors.New("invalid capacity")

// CheckCapacity applies the contract's rule for declareCapacity before a transaction is sent:
// every field non-zero and only known runtime bits.
func CheckCapacity(c committee.Capacity) error {
	switch {
	case c.Cores == 0:
		return fmt.Errorf("%w: cores must be at least 1", ErrInvalidCapacity)
	case c.MemoryMiB == 0:
		return fmt.Errorf("%w: memory must be at least 1 MiB", ErrInvalidCapacity)
	case c.FuelRate == 0:
		return fmt.Errorf("%w: fuel rate must be at least 1 (million fuel per second per core)", ErrInvalidCapacity)
	case c.Runtimes == 0:
		return fmt.Errorf("%w: no runtime", ErrInvalidCapacity)
	case c.Runtimes&^AllRuntimes != 0:
		return fmt.Errorf("%w: unknown runtime bits %#x", ErrInvalidCapacity, c.Runtimes&^AllRuntimes)
	}
	return nil
}

// CapacityWriter changes the sender's capacity declaration. Writer implements it on chain,
// Fake.Writer in memory.
type CapacityWriter interface {
	// DeclareCapacity declares (or replaces) the sender's capacity; it returns the transaction.
	DeclareCapacity(ctx context.Context, c committee.Capacity) (common.Hash, error)
	// ClearCapacity withdraws the sender's declaration.
	ClearCapacity(ctx context.Context) (common.Hash, error)
}

// WriterBackend is what Writer needs from a client. *ethclient.Client implements it.
type WriterBackend interface {
	bind.ContractBackend
	chain.Backend
}

// Writer sends an operator's CommitteeRegistry transactions and waits for their receipts.
type Writer struct {
	backend WriterBackend
	reg     *committeeregistry.CommitteeRegistry
	key     *ecdsa.PrivateKey
	chainID *big.Int
	errABI  *abi.ABI
}

// NewWriter binds the CommitteeRegistry at registry for transactions signed by key.
func NewWriter(backend WriterBackend, registry common.Address, key *ecdsa.PrivateKey, chainID *big.Int) (*Writer, error) {
	if registry == (common.Address{}) {
		return nil, errors.New("committee registry: no address (the deployment has no committeeRegistry)")
	}
	reg, err := committeeregistry.NewCommitteeRegistry(registry, backend)
	if err != nil {
		return nil, fmt.Errorf("bind committee registry: %w", err)
	}
	a, err := committeeregistry.CommitteeRegistryMetaData.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("committee registry abi: %w", err)
	}
	return &Writer{backend: backend, reg: reg, key: key, chainID: chainID, errABI: a}, nil
}

// Address is the sender.
func (w *Writer) Address() common.Address { return crypto.PubkeyToAddress(w.key.PublicKey) }

// DeclareCapacity checks c (CheckCapacity), sends declareCapacity and waits for it.
func (w *Writer) DeclareCapacity(ctx context.Context, c committee.Capacity) (common.Hash, error) {
	if err := CheckCapacity(c); err != nil {
		return common.Hash{}, err
	}
	r, err := w.send(ctx, "declareCapacity", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return w.reg.DeclareCapacity(o, ToBinding(c))
	})
	if err != nil {
		return common.Hash{}, err
	}
	return r.TxHash, nil
}

// ClearCapacity sends clearCapacity and waits for it.
func (w *Writer) ClearCapacity(ctx context.Context) (common.Hash, error) {
	r, err := w.send(ctx, "clearCapacity", w.reg.ClearCapacity)
	if err != nil {
		return common.Hash{}, err
	}
	return r.TxHash, nil
}

// BuildTable sends buildTable for a class of a quorum (anyone may) and returns the new table's id
// from its TableBuilt event.
func (w *Writer) BuildTable(ctx context.Context, quorum uint8, class committee.Class) (uint64, error) {
	r, err := w.send(ctx, "buildTable", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return w.reg.BuildTable(o, quorum, class.Runtimes, class.MemClass)
	})
	if err != nil {
		return 0, err
	}
	for _, l := range r.Logs {
		if ev, err := w.reg.ParseTableBuilt(*l); err == nil {
			return ev.TableId, nil
		}
	}
	return 0, fmt.Errorf("buildTable: tx %s emitted no TableBuilt", r.TxHash.Hex())
}

func (w *Writer) send(ctx context.Context, what string, f func(*bind.TransactOpts) (*types.Transaction, error)) (*types.Receipt, error) {
	opts, err := chain.TransactOpts(ctx, w.key, w.chainID)
	if err != nil {
		return nil, err
	}
	tx, err := f(opts)
	if err != nil {
		return nil, fmt.Errorf("%s: %s", what, chain.DescribeError(err, w.errABI))
	}
	return chain.WaitMined(ctx, w.backend, tx, what, w.errABI)
}
