// Package opkeys reads the operators of a quorum with their registered BLS G1 keys: the
// keys sealed envelopes are encrypted to (package sealed). Both the operator (who wraps its
// shares to the other operators of a task) and the CLI (which seals secrets to the current
// operator set) use it.
package opkeys

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"

	blsapkreg "github.com/Layr-Labs/eigensdk-go/contracts/bindings/BLSApkRegistry"
	opstateretriever "github.com/Layr-Labs/eigensdk-go/contracts/bindings/OperatorStateRetriever"
	regcoord "github.com/Layr-Labs/eigensdk-go/contracts/bindings/RegistryCoordinator"
	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	eigentypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
)

// Member is an operator with stake in a quorum, with its registered G1 key.
type Member struct {
	ID      common.Hash // keccak256 of the key's coordinates, as EigenLayer defines it
	Address common.Address
	Stake   *big.Int
	Pub     bn254.G1Affine
}

// Reader reads members; it caches keys (registrations are permanent, so a key once read
// stays right).
type Reader struct {
	backend             bind.ContractCaller
	registryCoordinator common.Address
	stateRetriever      common.Address

	mu   sync.Mutex
	apk  common.Address
	keys map[common.Address]bn254.G1Affine
}

// New binds the registry coordinator and operator state retriever of a deployment.
func New(backend bind.ContractCaller, registryCoordinator, stateRetriever common.Address) (*Reader, error) {
	if registryCoordinator == (common.Address{}) || stateRetriever == (common.Address{}) {
		return nil, errors.New("opkeys: registry coordinator and operator state retriever addresses are required")
	}
	return &Reader{backend: backend, registryCoordinator: registryCoordinator, stateRetriever: stateRetriever,
		keys: map[common.Address]bn254.G1Affine{}}, nil
}

// Members are the operators with stake in quorum at block, in the registry's order.
func (r *Reader) Members(ctx context.Context, quorum uint8, block uint32) ([]Member, error) {
	osr, err := opstateretriever.NewContractOperatorStateRetrieverCaller(r.stateRetriever, r.backend)
	if err != nil {
		return nil, err
	}
	state, err := osr.GetOperatorState(&bind.CallOpts{Context: ctx}, r.registryCoordinator, []byte{quorum}, block)
	if err != nil {
		return nil, fmt.Errorf("read operators of quorum %d at block %d: %w", quorum, block, err)
	}
	var out []Member
	for _, ops := range state {
		for _, o := range ops {
			if o.Stake == nil || o.Stake.Sign() == 0 {
				continue
			}
			pub, err := r.pubkey(ctx, o.Operator)
			if err != nil {
				return nil, err
			}
			if eigentypes.OperatorIdFromG1Pubkey(&bls.G1Point{G1Affine: &pub}) != o.OperatorId {
				return nil, fmt.Errorf("operator %s: registered key does not hash to its id", o.Operator.Hex())
			}
			out = append(out, Member{ID: o.OperatorId, Address: o.Operator, Stake: o.Stake, Pub: pub})
		}
	}
	return out, nil
}

// pubkey is an operator's registered G1 key (the BLSApkRegistry's record).
func (r *Reader) pubkey(ctx context.Context, operator common.Address) (bn254.G1Affine, error) {
	r.mu.Lock()
	k, ok := r.keys[operator]
	apkAddr := r.apk
	r.mu.Unlock()
	if ok {
		return k, nil
	}
	opts := &bind.CallOpts{Context: ctx}
	if apkAddr == (common.Address{}) {
		rc, err := regcoord.NewContractRegistryCoordinatorCaller(r.registryCoordinator, r.backend)
		if err != nil {
			return k, err
		}
		if apkAddr, err = rc.BlsApkRegistry(opts); err != nil {
			return k, fmt.Errorf("read BLS key registry address: %w", err)
		}
	}
	apk, err := blsapkreg.NewContractBLSApkRegistryCaller(apkAddr, r.backend)
	if err != nil {
		return k, err
	}
	p, _, err := apk.GetRegisteredPubkey(opts, operator)
	if err != nil {
		return k, fmt.Errorf("read registered key of operator %s: %w", operator.Hex(), err)
	}
	k.X.SetBigInt(p.X)
	k.Y.SetBigInt(p.Y)
	r.mu.Lock()
	r.apk = apkAddr
	r.keys[operator] = k
	r.mu.Unlock()
	return k, nil
}
