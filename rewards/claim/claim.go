// Package claim is the operator's side of EigenLayer rewards for this AVS: what it earned from
// the ServiceManager's submissions, what it claimed, and claiming from a posted distribution.
package claim

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	rewardscoordinator "github.com/Layr-Labs/eigensdk-go/contracts/bindings/RewardsCoordinator"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/blockless/avs/chain"
	"github.com/blockless/avs/deployment"
	"github.com/blockless/avs/rewards/distribution"
	"github.com/blockless/avs/rewards/updater"
)

// ErrStaleDistribution means the distribution given is not the one whose root is claimable now.
var ErrStaleDistribution = errors.New("distribution does not match the current claimable root")

// ErrNothingToClaim means every token of the distribution is already claimed.
var ErrNothingToClaim = errors.New("nothing to claim")

// Status is an earner's rewards in the AVS's reward token.
type Status struct {
	Token common.Address
	// Earned is the sum of the operator's amounts in the ServiceManager's submissions (before
	// EigenLayer splits them with its stakers).
	Earned *big.Int
	// Claimed is what the earner has claimed from the RewardsCoordinator so far.
	Claimed *big.Int
	// Claimable is what the given distribution still pays (nil: no distribution given).
	Claimable *big.Int
}

// Read reports earner's rewards; d (optional) is the posted distribution, checked against the
// chain's current claimable root.
func Read(ctx context.Context, client *ethclient.Client, addrs *deployment.Addresses, earner common.Address, d *distribution.Distribution) (Status, error) {
	token := addrs.AVS.RewardToken
	if token == (common.Address{}) {
		return Status{}, errors.New("the deployment has no reward token")
	}
	u, err := updater.New(client, addrs)
	if err != nil {
		return Status{}, err
	}
	subs, err := u.Submissions(ctx)
	if err != nil {
		return Status{}, err
	}
	st := Status{Token: token, Earned: new(big.Int)}
	for _, s := range subs {
		for _, r := range s.Rewards {
			if r.Operator == earner && s.Token == token {
				st.Earned.Add(st.Earned, r.Amount)
			}
		}
	}
	rc, err := rewardscoordinator.NewContractRewardsCoordinator(addrs.EigenLayer.RewardsCoordinator, client)
	if err != nil {
		return Status{}, fmt.Errorf("bind rewards coordinator: %w", err)
	}
	if st.Claimed, err = rc.CumulativeClaimed(&bind.CallOpts{Context: ctx}, earner, token); err != nil {
		return Status{}, fmt.Errorf("claimed so far: %w", err)
	}
	if d == nil {
		return st, nil
	}
	if _, _, err := currentRoot(ctx, rc, d); err != nil {
		return Status{}, err
	}
	st.Claimable = new(big.Int)
	if total := d.Get(earner, token); total != nil && total.Cmp(st.Claimed) > 0 {
		st.Claimable.Sub(total, st.Claimed)
	}
	return st, nil
}

// currentRoot builds d's tree and checks it is the RewardsCoordinator's current claimable root.
func currentRoot(ctx context.Context, rc *rewardscoordinator.ContractRewardsCoordinator, d *distribution.Distribution) (*distribution.Tree, uint32, error) {
	tree, err := distribution.NewTree(d)
	if err != nil {
		return nil, 0, err
	}
	cur, err := rc.GetCurrentClaimableDistributionRoot(&bind.CallOpts{Context: ctx})
	if err != nil {
		return nil, 0, fmt.Errorf("current claimable root: %w", err)
	}
	if cur.Root != tree.Root() {
		return nil, 0, fmt.Errorf("%w: file root %x, chain root %x", ErrStaleDistribution, tree.Root(), cur.Root)
	}
	index, err := rc.GetRootIndexFromHash(&bind.CallOpts{Context: ctx}, cur.Root)
	if err != nil {
		return nil, 0, fmt.Errorf("root index: %w", err)
	}
	return tree, index, nil
}

// Claim claims everything d still pays key's account, to recipient (zero: the account itself).
func Claim(ctx context.Context, client *ethclient.Client, addrs *deployment.Addresses, key *ecdsa.PrivateKey, d *distribution.Distribution, recipient common.Address) (*types.Receipt, error) {
	earner := crypto.PubkeyToAddress(key.PublicKey)
	if recipient == (common.Address{}) {
		recipient = earner
	}
	rc, err := rewardscoordinator.NewContractRewardsCoordinator(addrs.EigenLayer.RewardsCoordinator, client)
	if err != nil {
		return nil, fmt.Errorf("bind rewards coordinator: %w", err)
	}
	tree, index, err := currentRoot(ctx, rc, d)
	if err != nil {
		return nil, err
	}
	tokens, err := distribution.ClaimableTokens(ctx, rc, tree, earner)
	if err != nil {
		return nil, err
	}
	if len(tokens) == 0 {
		return nil, fmt.Errorf("%s: %w", earner.Hex(), ErrNothingToClaim)
	}
	c, err := tree.Claim(index, earner, tokens...)
	if err != nil {
		return nil, err
	}
	opts, err := chain.Signer(ctx, client, key)
	if err != nil {
		return nil, err
	}
	return distribution.ProcessClaim(ctx, opts, rc, client, c, recipient)
}
