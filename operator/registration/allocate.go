package registration

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/Layr-Labs/eigensdk-go/chainio/clients/elcontracts"
	"github.com/Layr-Labs/eigensdk-go/crypto/bls"

	allocationmanager "github.com/Layr-Labs/eigensdk-go/contracts/bindings/AllocationManager"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/blockless/avs/bindings/servicemanager"
)

// ErrAllocationDelayPending means EigenLayer does not take allocations from the operator yet: an
// operator's allocation delay takes effect ALLOCATION_CONFIGURATION_DELAY blocks after it was set
// (at EigenLayer operator registration).
var ErrAllocationDelayPending = errors.New("allocation delay not in effect yet")

// fullMagnitude is EigenLayer's magnitude of a whole strategy (1e18).
const fullMagnitude uint64 = 1e18

// SlashableSet is the AVS's operator set weighed by slashable stake (deployment.SlashableQuorum):
// allocations go there, and the Slasher slashes them.
const SlashableSet uint32 = 1

// Allocation is the operator's magnitude allocated to the AVS's slashable operator set in one strategy.
type Allocation struct {
	Strategy    common.Address
	Magnitude   uint64 // current, out of 1e18
	Pending     *big.Int
	EffectBlock uint32
}

func (c *Client) allocationManager(ctx context.Context) (*allocationmanager.ContractAllocationManager, error) {
	sm, err := servicemanager.NewServiceManager(c.cfg.ServiceManager, c.clients.EthHttpClient)
	if err != nil {
		return nil, fmt.Errorf("bind service manager: %w", err)
	}
	addr, err := sm.AllocationManager(&bind.CallOpts{Context: ctx})
	if err != nil {
		return nil, fmt.Errorf("read allocation manager: %w", err)
	}
	am, err := allocationmanager.NewContractAllocationManager(addr, c.clients.EthHttpClient)
	if err != nil {
		return nil, fmt.Errorf("bind allocation manager: %w", err)
	}
	return am, nil
}

// Allocate makes the operator's magnitude allocated to the AVS's slashable operator set percent%
// (0-100) of each of the set's strategies, then registers the operator in that set (its quorum
// weighs operators by exactly that stake) with blsKey. That stake is what a proven fault can
// slash (docs/slashing.md). What is already done is not done again.
func (c *Client) Allocate(ctx context.Context, percent uint8, blsKey *bls.KeyPair) ([]Step, error) {
	am, err := c.allocationManager(ctx)
	if err != nil {
		return nil, err
	}
	st, err := c.allocate(ctx, am, percent)
	if err != nil {
		return nil, err
	}
	steps := []Step{st}
	set := allocationmanager.OperatorSet{Avs: c.cfg.ServiceManager, Id: SlashableSet}
	member, err := am.IsMemberOfOperatorSet(&bind.CallOpts{Context: ctx}, c.address, set)
	if err != nil {
		return steps, fmt.Errorf("check slashable set registration: %w", err)
	}
	if member {
		return append(steps, Step{Name: "slashable quorum registration", Already: true}), nil
	}
	r, err := c.clients.ElChainWriter.RegisterForOperatorSets(ctx, c.cfg.RegistryCoordinator, elcontracts.RegistrationRequest{
		OperatorAddress: c.address, AVSAddress: c.cfg.ServiceManager, OperatorSetIds: []uint32{SlashableSet},
		WaitForReceipt: true, BlsKeyPair: blsKey, Socket: c.cfg.Socket,
	})
	if err := c.txResult("register in the slashable quorum", r, err); err != nil {
		return steps, err
	}
	return append(steps, Step{Name: "slashable quorum registration", Tx: r.TxHash}), nil
}

func (c *Client) allocate(ctx context.Context, am *allocationmanager.ContractAllocationManager, percent uint8) (Step, error) {
	if percent > 100 {
		return Step{}, fmt.Errorf("allocate %d%%: at most 100", percent)
	}
	call := &bind.CallOpts{Context: ctx}
	isSet, _, err := am.GetAllocationDelay(call, c.address)
	if err != nil {
		return Step{}, fmt.Errorf("read allocation delay: %w", err)
	}
	if !isSet {
		return Step{}, fmt.Errorf("%w: EigenLayer takes allocations %s", ErrAllocationDelayPending,
			c.configDelayNote(ctx, am))
	}
	set := allocationmanager.OperatorSet{Avs: c.cfg.ServiceManager, Id: SlashableSet}
	strategies, err := am.GetStrategiesInOperatorSet(call, set)
	if err != nil {
		return Step{}, fmt.Errorf("read operator set strategies: %w", err)
	}
	want := fullMagnitude / 100 * uint64(percent)
	params := allocationmanager.IAllocationManagerTypesAllocateParams{OperatorSet: set}
	for _, s := range strategies {
		a, err := am.GetAllocation(call, c.address, set, s)
		if err != nil {
			return Step{}, fmt.Errorf("read allocation: %w", err)
		}
		if a.CurrentMagnitude == want && a.PendingDiff.Sign() == 0 {
			continue
		}
		params.Strategies = append(params.Strategies, s)
		params.NewMagnitudes = append(params.NewMagnitudes, want)
	}
	detail := fmt.Sprintf("%d%% of %d strategies", percent, len(strategies))
	if len(params.Strategies) == 0 {
		return Step{Name: "allocation", Already: true, Detail: detail}, nil
	}
	if err := c.requireFunds(ctx); err != nil {
		return Step{}, err
	}
	r, err := c.clients.ElChainWriter.ModifyAllocations(ctx, c.address, []allocationmanager.IAllocationManagerTypesAllocateParams{params}, true)
	if err := c.txResult("allocate magnitude", r, err); err != nil {
		return Step{}, err
	}
	return Step{Name: "allocation", Tx: r.TxHash, Detail: detail}, nil
}

// configDelayNote says from when allocations are possible.
func (c *Client) configDelayNote(ctx context.Context, am *allocationmanager.ContractAllocationManager) string {
	d, err := am.ALLOCATIONCONFIGURATIONDELAY(&bind.CallOpts{Context: ctx})
	if err != nil {
		return "after its configuration delay"
	}
	return fmt.Sprintf("%d blocks after registering as an EigenLayer operator; run `operator allocate` then", d)
}

// Allocations reads the operator's allocations to the AVS's slashable operator set through eigensdk-go.
func (c *Client) Allocations(ctx context.Context) ([]Allocation, error) {
	am, err := c.allocationManager(ctx)
	if err != nil {
		return nil, err
	}
	strategies, err := am.GetStrategiesInOperatorSet(&bind.CallOpts{Context: ctx}, allocationmanager.OperatorSet{Avs: c.cfg.ServiceManager, Id: SlashableSet})
	if err != nil {
		return nil, fmt.Errorf("read operator set strategies: %w", err)
	}
	var out []Allocation
	for _, s := range strategies {
		infos, err := c.clients.ElChainReader.GetAllocationInfo(ctx, c.address, s)
		if err != nil {
			return nil, fmt.Errorf("read allocations in %s: %w", s.Hex(), err)
		}
		a := Allocation{Strategy: s, Pending: new(big.Int)}
		for _, in := range infos {
			if in.AvsAddress == c.cfg.ServiceManager && in.OperatorSetId == SlashableSet {
				a.Magnitude, a.Pending, a.EffectBlock = in.CurrentMagnitude.Uint64(), in.PendingDiff, in.EffectBlock
			}
		}
		out = append(out, a)
	}
	return out, nil
}
