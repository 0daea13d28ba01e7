package updater

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	delegation "github.com/Layr-Labs/eigensdk-go/contracts/bindings/DelegationManager"
	rewardscoordinator "github.com/Layr-Labs/eigensdk-go/contracts/bindings/RewardsCoordinator"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/blockless/avs/chain"
	"github.com/blockless/avs/deployment"
	"github.com/blockless/avs/rewards/distribution"
)

// Updater computes this AVS's distribution from the chain and posts its root.
type Updater struct {
	client *ethclient.Client
	addrs  *deployment.Addresses
	rc     *rewardscoordinator.ContractRewardsCoordinator
	dm     *delegation.ContractDelegationManager
}

// New binds an updater to a deployment.
func New(client *ethclient.Client, addrs *deployment.Addresses) (*Updater, error) {
	rc, err := rewardscoordinator.NewContractRewardsCoordinator(addrs.EigenLayer.RewardsCoordinator, client)
	if err != nil {
		return nil, fmt.Errorf("bind rewards coordinator: %w", err)
	}
	dm, err := delegation.NewContractDelegationManager(addrs.EigenLayer.DelegationManager, client)
	if err != nil {
		return nil, fmt.Errorf("bind delegation manager: %w", err)
	}
	return &Updater{client: client, addrs: addrs, rc: rc, dm: dm}, nil
}

// Submissions lists the operator-directed operator-set submissions this AVS's ServiceManager made.
func (u *Updater) Submissions(ctx context.Context) ([]Submission, error) {
	it, err := u.rc.FilterOperatorDirectedOperatorSetRewardsSubmissionCreated(
		&bind.FilterOpts{Start: u.addrs.DeployedAt, Context: ctx}, []common.Address{u.addrs.AVS.ServiceManager}, nil)
	if err != nil {
		return nil, fmt.Errorf("rewards submissions: %w", err)
	}
	defer it.Close()
	var out []Submission
	for it.Next() {
		ev := it.Event
		if ev.Raw.Removed || ev.OperatorSet.Avs != u.addrs.AVS.ServiceManager {
			continue
		}
		s := ev.OperatorDirectedRewardsSubmission
		sub := Submission{Token: s.Token, Start: s.StartTimestamp, Duration: s.Duration, Strategies: map[common.Address]*big.Int{}}
		for _, sm := range s.StrategiesAndMultipliers {
			sub.Strategies[sm.Strategy] = sm.Multiplier
		}
		for _, r := range s.OperatorRewards {
			sub.Rewards = append(sub.Rewards, OperatorReward{Operator: r.Operator, Amount: r.Amount})
		}
		out = append(out, sub)
	}
	if err := it.Error(); err != nil {
		return nil, fmt.Errorf("rewards submissions: %w", err)
	}
	return out, nil
}

// chainStakes reads Stakes from EigenLayer's contracts at the latest block.
type chainStakes struct {
	ctx context.Context
	u   *Updater
}

func (c chainStakes) SplitBips(operator common.Address) (uint16, error) {
	bips, err := c.u.rc.GetOperatorSetSplit(&bind.CallOpts{Context: c.ctx}, operator,
		rewardscoordinator.OperatorSet{Avs: c.u.addrs.AVS.ServiceManager, Id: 0})
	if err != nil {
		return 0, fmt.Errorf("operator split: %w", err)
	}
	return bips, nil
}

func (c chainStakes) Stakers(operator common.Address) ([]common.Address, error) {
	it, err := c.u.dm.FilterStakerDelegated(&bind.FilterOpts{Context: c.ctx}, nil, []common.Address{operator})
	if err != nil {
		return nil, fmt.Errorf("stakers of %s: %w", operator.Hex(), err)
	}
	defer it.Close()
	seen := map[common.Address]bool{}
	var out []common.Address
	for it.Next() {
		st := it.Event.Staker
		if seen[st] {
			continue
		}
		seen[st] = true
		// Only stakers still delegated to the operator count.
		to, err := c.u.dm.DelegatedTo(&bind.CallOpts{Context: c.ctx}, st)
		if err != nil {
			return nil, fmt.Errorf("delegation of %s: %w", st.Hex(), err)
		}
		if to == operator {
			out = append(out, st)
		}
	}
	if err := it.Error(); err != nil {
		return nil, fmt.Errorf("stakers of %s: %w", operator.Hex(), err)
	}
	return out, nil
}

func (c chainStakes) Shares(staker common.Address) (map[common.Address]*big.Int, error) {
	strategies, shares, err := c.u.dm.GetDepositedShares(&bind.CallOpts{Context: c.ctx}, staker)
	if err != nil {
		return nil, fmt.Errorf("shares of %s: %w", staker.Hex(), err)
	}
	out := make(map[common.Address]*big.Int, len(strategies))
	for i, s := range strategies {
		out[s] = shares[i]
	}
	return out, nil
}

// Result is what Update did.
type Result struct {
	Distribution *distribution.Distribution
	Root         [32]byte
	RootIndex    uint32
	End          uint32
	Posted       bool // false: no submission ended after the last posted root
}

// Update computes the cumulative distribution of every submission that ended before the latest
// block and, when it covers a period the RewardsCoordinator has no root for yet, posts its root
// with key (the rewards updater's) and writes the distribution to path (for operators' claims).
func (u *Updater) Update(ctx context.Context, key *ecdsa.PrivateKey, path string) (Result, error) {
	subs, err := u.Submissions(ctx)
	if err != nil {
		return Result{}, err
	}
	head, err := u.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return Result{}, fmt.Errorf("latest block: %w", err)
	}
	// The contract takes only periods that ended before the block the root lands in.
	d, end, err := Compute(subs, chainStakes{ctx: ctx, u: u}, uint32(head.Time-1))
	if err != nil {
		return Result{}, err
	}
	res := Result{Distribution: d, End: end}
	last, err := u.rc.CurrRewardsCalculationEndTimestamp(&bind.CallOpts{Context: ctx})
	if err != nil {
		return Result{}, fmt.Errorf("last calculated period: %w", err)
	}
	if end == 0 || end <= last || d.Len() == 0 {
		return res, nil
	}
	tree, err := distribution.NewTree(d)
	if err != nil {
		return Result{}, err
	}
	res.Root = tree.Root()
	if err := d.WriteFile(path); err != nil {
		return Result{}, err
	}
	opts, err := chain.Signer(ctx, u.client, key)
	if err != nil {
		return Result{}, err
	}
	if res.RootIndex, err = distribution.PostRoot(ctx, opts, u.rc, u.client, res.Root, end); err != nil {
		return Result{}, err
	}
	res.Posted = true
	return res, nil
}
