package node

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/blockless/avs/bindings/secretregistry"
	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/opkeys"
	"github.com/blockless/avs/protocol"
)

// secretReader reads the SecretRegistry and operators' registered keys.
type secretReader struct {
	client *ethclient.Client
	reg    *secretregistry.SecretRegistry // nil: no registry configured
	keys   *opkeys.Reader                 // nil: no operator state retriever configured
}

func newSecretReader(ctx context.Context, client *ethclient.Client, tm *taskmanager.TaskManager, addr, stateRetriever common.Address) (*secretReader, error) {
	r := &secretReader{client: client}
	if stateRetriever != (common.Address{}) {
		rc, err := tm.RegistryCoordinator(&bind.CallOpts{Context: ctx})
		if err != nil {
			return nil, fmt.Errorf("read registry coordinator: %w", err)
		}
		if r.keys, err = opkeys.New(client, rc, stateRetriever); err != nil {
			return nil, err
		}
	}
	if addr == (common.Address{}) {
		return r, nil
	}
	var err error
	if r.reg, err = secretregistry.NewSecretRegistry(addr, client); err != nil {
		return nil, fmt.Errorf("bind secret registry: %w", err)
	}
	return r, nil
}

func (c ethChain) Secrets(ctx context.Context, functionID uint64, requester common.Address, block uint64) ([]secretRef, error) {
	if c.secrets == nil || c.secrets.reg == nil {
		return nil, nil
	}
	infos, err := c.secrets.reg.SecretsFor(&bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(block)}, functionID, requester)
	if err != nil {
		return nil, fmt.Errorf("read secrets of function %d at block %d: %w", functionID, block, err)
	}
	if len(infos) > protocol.MaxTaskEnvelopes-1 {
		return nil, fmt.Errorf("registry lists %d secrets for function %d, more than its caps", len(infos), functionID)
	}
	refs := make([]secretRef, len(infos))
	for i, s := range infos {
		refs[i] = secretRef{ID: s.Id, Name: nameString(s.Name), Owner: s.Owner, Digest: s.EnvelopeDigest, SetBlock: s.SetBlock}
	}
	return refs, nil
}

// nameString is a registry name (left-aligned ASCII, zero padded) as a string.
func nameString(b [32]byte) string {
	n := 0
	for n < len(b) && b[n] != 0 {
		n++
	}
	return string(b[:n])
}

func (c ethChain) SecretEnvelope(ctx context.Context, ref secretRef) ([]byte, error) {
	if c.secrets == nil || c.secrets.reg == nil {
		return nil, errors.New("no secret registry configured")
	}
	it, err := c.secrets.reg.FilterSecretSet(&bind.FilterOpts{Context: ctx, Start: ref.SetBlock, End: &ref.SetBlock}, [][32]byte{ref.ID}, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("read envelope of secret %s set at block %d: %w", ref.Name, ref.SetBlock, err)
	}
	defer it.Close()
	for it.Next() {
		if env := it.Event.Envelope; crypto.Keccak256Hash(env) == ref.Digest {
			return env, nil
		}
	}
	if err := it.Error(); err != nil {
		return nil, fmt.Errorf("read envelope of secret %s: %w", ref.Name, err)
	}
	return nil, fmt.Errorf("no SecretSet log of secret %s with its digest at block %d", ref.Name, ref.SetBlock)
}

func (c ethChain) QuorumMembers(ctx context.Context, quorum uint8, block uint32) ([]member, error) {
	if c.secrets == nil || c.secrets.keys == nil {
		return nil, errors.New("no operator state retriever address (addresses file or operator_state_retriever)")
	}
	ms, err := c.secrets.keys.Members(ctx, quorum, block)
	if err != nil {
		return nil, err
	}
	out := make([]member, len(ms))
	for i, m := range ms {
		out[i] = member{ID: m.ID, Pub: m.Pub}
	}
	return out, nil
}
