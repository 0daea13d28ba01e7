package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/blockless/avs/bindings/wrappedether"
	"github.com/blockless/avs/chain"
	"github.com/blockless/avs/cmd/internal/chainflags"
	"github.com/blockless/avs/cmd/internal/cliapp"
	"github.com/blockless/avs/deployment"
	"github.com/blockless/avs/rewards/claim"
	"github.com/blockless/avs/rewards/distribution"
)

func distributionFlag() cli.Flag {
	return &cli.StringFlag{Name: "distribution", EnvVars: []string{"BLOCKLESS_REWARDS_DISTRIBUTION"},
		Usage: "the posted rewards distribution (JSON; the devnet's `blockless rewards post-root` writes .devnet/rewards-distribution.json)"}
}

func rewardsCommand() *cli.Command {
	return &cli.Command{
		Name:  "rewards",
		Usage: "rewards earned for answered tasks, paid by EigenLayer's RewardsCoordinator",
		Subcommands: []*cli.Command{{
			Name:  "claim",
			Usage: "claim everything the current distribution pays this operator",
			Flags: append(append(keyFlags(), chainFlags()...), distributionFlag(),
				&cli.StringFlag{Name: "recipient", Usage: "address receiving the tokens (default: the operator)"},
				&cli.BoolFlag{Name: "unwrap", Usage: "unwrap the claimed reward tokens into ETH (only when the operator receives them)"},
			),
			Action: func(c *cli.Context) error {
				if c.String("distribution") == "" {
					return cli.Exit("operator rewards claim: give --distribution", 2)
				}
				var recipient common.Address
				if r := c.String("recipient"); r != "" {
					if !common.IsHexAddress(r) {
						return cli.Exit("--recipient: not an address", 2)
					}
					recipient = common.HexToAddress(r)
				}
				if c.Bool("unwrap") && recipient != (common.Address{}) {
					return cli.Exit("--unwrap: only without --recipient", 2)
				}
				return withOperatorRewards(c, func(ctx context.Context, r rewardsTarget) error {
					d, err := distribution.ReadFile(c.String("distribution"))
					if err != nil {
						return err
					}
					weth, err := wrappedether.NewWrappedEther(r.addrs.AVS.RewardToken, r.client)
					if err != nil {
						return fmt.Errorf("bind reward token: %w", err)
					}
					before, err := weth.BalanceOf(nil, r.addr)
					if err != nil {
						return fmt.Errorf("reward token balance: %w", err)
					}
					receipt, err := claim.Claim(ctx, r.client, r.addrs, r.key, d, recipient)
					if err != nil {
						return err
					}
					fmt.Printf("claimed in tx %s (gas %d)\n", receipt.TxHash.Hex(), receipt.GasUsed)
					if !c.Bool("unwrap") {
						return nil
					}
					after, err := weth.BalanceOf(nil, r.addr)
					if err != nil {
						return fmt.Errorf("reward token balance: %w", err)
					}
					got := new(big.Int).Sub(after, before)
					opts, err := chain.TransactOpts(ctx, r.key, r.chainID)
					if err != nil {
						return err
					}
					tx, err := weth.Withdraw(opts, got)
					if err != nil {
						return fmt.Errorf("unwrap: %w", err)
					}
					if _, err := chain.WaitMined(ctx, r.client, tx, "unwrap reward tokens"); err != nil {
						return err
					}
					fmt.Printf("unwrapped %s wei into ETH\n", got)
					return nil
				})
			},
		}},
	}
}

// rewardsTarget is what the rewards commands work with.
type rewardsTarget struct {
	addrs   *deployment.Addresses
	client  *ethclient.Client
	chainID *big.Int
	key     *ecdsa.PrivateKey
	addr    common.Address
}

func withOperatorRewards(c *cli.Context, f func(context.Context, rewardsTarget) error) error {
	key, err := operatorKey(c)
	if err != nil {
		return err
	}
	ctx, cancel := cliapp.SignalContext(c)
	defer cancel()
	client, chainID, addrs, err := chainflags.DialAddresses(ctx, c)
	if err != nil {
		return err
	}
	defer client.Close()
	if err := addrs.RequireRewardToken(); err != nil {
		return err
	}
	return f(ctx, rewardsTarget{addrs: addrs, client: client, chainID: chainID, key: key, addr: crypto.PubkeyToAddress(key.PublicKey)})
}

// printRewards adds the rewards lines to `operator status` (skipped without an addresses file).
func printRewards(ctx context.Context, c *cli.Context, operator common.Address) error {
	if c.String(chainflags.AddressesName) == "" {
		fmt.Printf("rewards             (give --addresses to see them)\n")
		return nil
	}
	client, _, addrs, err := chainflags.DialAddresses(ctx, c)
	if err != nil {
		return err
	}
	defer client.Close()
	if addrs.RequireRewardToken() != nil {
		fmt.Printf("rewards             (the deployment has no reward token)\n")
		return nil
	}
	var d *distribution.Distribution
	if p := c.String("distribution"); p != "" {
		if d, err = distribution.ReadFile(p); err != nil {
			return err
		}
	}
	st, err := claim.Read(ctx, client, addrs, operator, d)
	if err != nil {
		return err
	}
	fmt.Printf("rewards earned      %s wei (reward token %s)\n", st.Earned, st.Token.Hex())
	fmt.Printf("rewards claimed     %s wei\n", st.Claimed)
	if st.Claimable != nil {
		fmt.Printf("rewards claimable   %s wei\n", st.Claimable)
	} else {
		fmt.Printf("rewards claimable   (give --distribution)\n")
	}
	return nil
}
