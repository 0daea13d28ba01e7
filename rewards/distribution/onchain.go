package distribution

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	rewardscoordinator "github.com/Layr-Labs/eigensdk-go/contracts/bindings/RewardsCoordinator"

	"github.com/blockless/avs/chain"
)

// PostRoot submits root for the period ending at endTimestamp (unix seconds), waits for the
// transaction and returns the index the contract gave the root, the rootIndex of its claims.
// opts must be the rewards updater's. The contract wants endTimestamp after the previous root's
// and before the current block's timestamp; the root is claimable from activatedAt, the block's
// timestamp plus the activation delay (inclusive: with no delay, in the very block it lands in).
func PostRoot(ctx context.Context, opts *bind.TransactOpts, rc *rewardscoordinator.ContractRewardsCoordinator,
	backend bind.DeployBackend, root [32]byte, endTimestamp uint32) (uint32, error) {
	what := fmt.Sprintf("submit distribution root %s", common.Hash(root).Hex())
	o := *opts
	o.Context = ctx
	tx, err := rc.SubmitRoot(&o, root, endTimestamp)
	if err != nil {
		return 0, fmt.Errorf("%s (end %d): %w", what, endTimestamp, describe(err))
	}
	receipt, err := waitMined(ctx, backend, tx, what)
	if err != nil {
		return 0, err
	}
	for _, l := range receipt.Logs {
		if tx.To() == nil || l.Address != *tx.To() {
			continue
		}
		ev, err := rc.ParseDistributionRootSubmitted(*l)
		if err != nil || ev.Root != root {
			continue
		}
		return ev.RootIndex, nil
	}
	return 0, fmt.Errorf("%s: tx %s has no DistributionRootSubmitted event", what, tx.Hash().Hex())
}

// ProcessClaim sends claim, paying to recipient, and waits for it. opts must be the earner's
// (or the claimer it set with setClaimerFor).
func ProcessClaim(ctx context.Context, opts *bind.TransactOpts, rc *rewardscoordinator.ContractRewardsCoordinator,
	backend bind.DeployBackend, claim Claim, recipient common.Address) (*types.Receipt, error) {
	what := fmt.Sprintf("claim for %s from root %d", claim.EarnerLeaf.Earner.Hex(), claim.RootIndex)
	o := *opts
	o.Context = ctx
	tx, err := rc.ProcessClaim(&o, claim, recipient)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, describe(err))
	}
	return waitMined(ctx, backend, tx, what)
}

// CheckClaim asks the contract whether claim is valid now (checkClaim: root index, root
// enabled and activated, proofs); a failing check comes back with the contract's error named.
func CheckClaim(ctx context.Context, rc *rewardscoordinator.ContractRewardsCoordinator, claim Claim) error {
	ok, err := rc.CheckClaim(&bind.CallOpts{Context: ctx}, claim)
	if err != nil {
		return fmt.Errorf("check claim for %s against root %d: %w", claim.EarnerLeaf.Earner.Hex(), claim.RootIndex, describe(err))
	}
	if !ok {
		return fmt.Errorf("check claim for %s against root %d: contract returned false", claim.EarnerLeaf.Earner.Hex(), claim.RootIndex)
	}
	return nil
}

// ClaimableTokens lists, in ascending order, the tokens whose total in t exceeds what earner has
// already claimed: exactly the tokens a claim against t may hold without reverting.
func ClaimableTokens(ctx context.Context, rc *rewardscoordinator.ContractRewardsCoordinator, t *Tree,
	earner common.Address) ([]common.Address, error) {
	i, ok := t.byAddr[earner]
	if !ok {
		return nil, fmt.Errorf("claimable tokens: %w: %s", ErrUnknownEarner, earner.Hex())
	}
	var out []common.Address
	for _, leaf := range t.earners[i].leaves {
		claimed, err := rc.CumulativeClaimed(&bind.CallOpts{Context: ctx}, earner, leaf.Token)
		if err != nil {
			return nil, fmt.Errorf("claimable tokens: cumulativeClaimed(%s, %s): %w", earner.Hex(), leaf.Token.Hex(), err)
		}
		if leaf.CumulativeEarnings.Cmp(claimed) > 0 {
			out = append(out, leaf.Token)
		}
	}
	return out, nil
}

// waitMined waits for tx and fails when it reverted; through a full client (chain.Backend) the
// revert reason is replayed and named.
func waitMined(ctx context.Context, backend bind.DeployBackend, tx *types.Transaction, what string) (*types.Receipt, error) {
	if full, ok := backend.(chain.Backend); ok {
		return chain.WaitMined(ctx, full, tx, what, rcABI())
	}
	receipt, err := bind.WaitMined(ctx, backend, tx)
	if err != nil {
		return nil, fmt.Errorf("%s: waiting for tx %s: %w", what, tx.Hash().Hex(), err)
	}
	if receipt.Status != types.ReceiptStatusSuccessful {
		return receipt, fmt.Errorf("%s: tx %s reverted", what, tx.Hash().Hex())
	}
	return receipt, nil
}

// describe names the RewardsCoordinator custom error carried by err, keeping err wrapped.
func describe(err error) error {
	if err == nil {
		return nil
	}
	if name := chain.DescribeError(err, rcABI()); name != err.Error() {
		return fmt.Errorf("%s: %w", name, err)
	}
	return err
}

func rcABI() *abi.ABI {
	a, err := rewardscoordinator.ContractRewardsCoordinatorMetaData.GetAbi()
	if err != nil {
		return nil // the binding's own ABI: cannot fail to parse; errors then stay undecoded
	}
	return a
}
