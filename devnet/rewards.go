package devnet

import (
	"context"
	"crypto/ecdsa"
	"fmt"

	rewardscoordinator "github.com/Layr-Labs/eigensdk-go/contracts/bindings/RewardsCoordinator"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/blockless/avs/chain"
)

// prepareRewardsUpdater makes owner (the RewardsCoordinator's owner on the devnet) the rewards updater and
// sets the activation delay to zero, so a posted root is claimable at once.
func prepareRewardsUpdater(ctx context.Context, client *ethclient.Client, owner *ecdsa.PrivateKey, rewardsCoordinator common.Address) error {
	rc, err := rewardscoordinator.NewContractRewardsCoordinator(rewardsCoordinator, client)
	if err != nil {
		return fmt.Errorf("bind rewards coordinator: %w", err)
	}
	opts, err := chain.Signer(ctx, client, owner)
	if err != nil {
		return err
	}
	tx, err := rc.SetRewardsUpdater(opts, opts.From)
	if err != nil {
		return fmt.Errorf("set rewards updater: %w", err)
	}
	if _, err := chain.WaitMined(ctx, client, tx, "set rewards updater"); err != nil {
		return err
	}
	if tx, err = rc.SetActivationDelay(opts, 0); err != nil {
		return fmt.Errorf("set activation delay: %w", err)
	}
	_, err = chain.WaitMined(ctx, client, tx, "set activation delay")
	return err
}
