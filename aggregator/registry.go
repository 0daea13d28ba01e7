package aggregator

import (
	"context"
	"fmt"
	"math/big"
	"sync"

	opstateretriever "github.com/Layr-Labs/eigensdk-go/contracts/bindings/OperatorStateRetriever"
	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	svcavsregistry "github.com/Layr-Labs/eigensdk-go/services/avsregistry"
	eigentypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
)

// operatorSet is the registry state a task is judged against: operators (with pubkeys and
// stake per quorum) and total stake per quorum at the task's reference block.
type operatorSet struct {
	ops    map[eigentypes.OperatorId]eigentypes.OperatorAvsState
	totals map[eigentypes.QuorumNum]*big.Int
}

// pinnedRegistry is the AvsRegistryService handed to eigensdk-go's BLS aggregation. It serves
// operator state the aggregator already fetched for a task instead of fetching it again.
//
// Why: blsagg fetches the state inside the task goroutine; if that fetch fails, the goroutine
// exits while the service keeps routing signatures to it, and the next signature for that task
// blocks blsagg's single dispatch loop for every task. Pinning the state we already hold makes
// initialisation unable to fail. Unpinned requests fall through to the chain caller.
type pinnedRegistry struct {
	chain registryChain

	mu     sync.Mutex
	pinned map[string]*pinnedState
}

type pinnedState struct {
	set  operatorSet
	refs int
}

var _ svcavsregistry.AvsRegistryService = (*pinnedRegistry)(nil)

// registryChain reads operator state from the chain (eigensdk-go's chain caller; a fake in
// unit tests).
type registryChain = svcavsregistry.AvsRegistryService

func newPinnedRegistry(chain registryChain) *pinnedRegistry {
	return &pinnedRegistry{chain: chain, pinned: map[string]*pinnedState{}}
}

func stateKey(quorums eigentypes.QuorumNums, block eigentypes.BlockNum) string {
	return fmt.Sprintf("%d/%x", block, quorums.UnderlyingType())
}

// fetch reads the operator set from the chain (not pinned).
func (p *pinnedRegistry) fetch(ctx context.Context, quorums eigentypes.QuorumNums, block eigentypes.BlockNum) (operatorSet, error) {
	ops, err := p.chain.GetOperatorsAvsStateAtBlock(ctx, quorums, block)
	if err != nil {
		return operatorSet{}, fmt.Errorf("operator state at block %d: %w", block, err)
	}
	totals := map[eigentypes.QuorumNum]*big.Int{}
	for _, q := range quorums {
		totals[q] = new(big.Int)
	}
	for _, op := range ops {
		for q, stake := range op.StakePerQuorum {
			if t, ok := totals[q]; ok {
				t.Add(t, stake)
			}
		}
	}
	return operatorSet{ops: ops, totals: totals}, nil
}

// pin makes set the answer for (quorums, block) until a matching unpin.
func (p *pinnedRegistry) pin(quorums eigentypes.QuorumNums, block eigentypes.BlockNum, set operatorSet) {
	p.mu.Lock()
	defer p.mu.Unlock()
	k := stateKey(quorums, block)
	if e, ok := p.pinned[k]; ok {
		e.refs++
		return
	}
	p.pinned[k] = &pinnedState{set: set, refs: 1}
}

func (p *pinnedRegistry) unpin(quorums eigentypes.QuorumNums, block eigentypes.BlockNum) {
	p.mu.Lock()
	defer p.mu.Unlock()
	k := stateKey(quorums, block)
	if e, ok := p.pinned[k]; ok {
		if e.refs--; e.refs <= 0 {
			delete(p.pinned, k)
		}
	}
}

func (p *pinnedRegistry) lookup(quorums eigentypes.QuorumNums, block eigentypes.BlockNum) (operatorSet, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	e, ok := p.pinned[stateKey(quorums, block)]
	if !ok {
		return operatorSet{}, false
	}
	return e.set, true
}

// GetOperatorsAvsStateAtBlock implements AvsRegistryService. blsagg only reads the map.
func (p *pinnedRegistry) GetOperatorsAvsStateAtBlock(ctx context.Context, quorums eigentypes.QuorumNums, block eigentypes.BlockNum) (map[eigentypes.OperatorId]eigentypes.OperatorAvsState, error) {
	if s, ok := p.lookup(quorums, block); ok {
		return s.ops, nil
	}
	return p.chain.GetOperatorsAvsStateAtBlock(ctx, quorums, block)
}

// GetQuorumsAvsStateAtBlock implements AvsRegistryService. Aggregate keys are built fresh on
// every call so no caller can alias another's points.
func (p *pinnedRegistry) GetQuorumsAvsStateAtBlock(ctx context.Context, quorums eigentypes.QuorumNums, block eigentypes.BlockNum) (map[eigentypes.QuorumNum]eigentypes.QuorumAvsState, error) {
	s, ok := p.lookup(quorums, block)
	if !ok {
		return p.chain.GetQuorumsAvsStateAtBlock(ctx, quorums, block)
	}
	out := map[eigentypes.QuorumNum]eigentypes.QuorumAvsState{}
	for _, q := range quorums {
		apk := bls.NewG1Point(big.NewInt(0), big.NewInt(0))
		for _, op := range s.ops {
			if _, in := op.StakePerQuorum[q]; in {
				apk.Add(op.OperatorInfo.Pubkeys.G1Pubkey)
			}
		}
		out[q] = eigentypes.QuorumAvsState{QuorumNumber: q, AggPubkeyG1: apk, TotalStake: new(big.Int).Set(s.totals[q]), BlockNumber: block}
	}
	return out, nil
}

// GetCheckSignaturesIndices implements AvsRegistryService (always from the chain).
func (p *pinnedRegistry) GetCheckSignaturesIndices(opts *bind.CallOpts, block eigentypes.BlockNum, quorums eigentypes.QuorumNums, nonSigners []eigentypes.OperatorId) (opstateretriever.OperatorStateRetrieverCheckSignaturesIndices, error) {
	return p.chain.GetCheckSignaturesIndices(opts, block, quorums, nonSigners)
}
