package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/blockless/avs/cmd/internal/chainflags"
	"github.com/blockless/avs/deployment"
	"github.com/blockless/avs/rewards/plan"
	"github.com/blockless/avs/rewards/updater"
)

// rewardsCommand plans and pays out operator rewards, and (on a devnet) posts their roots.
func rewardsCommand(e *env) *cli.Command {
	epochFlag := func() cli.Flag {
		return &cli.Int64Flag{Name: "epoch", Value: -1, Usage: "rewards epoch (block time / epoch length); default: the last finished one"}
	}
	return &cli.Command{
		Name:  "rewards",
		Usage: "operator rewards: who earned an epoch's fees, paying them through EigenLayer",
		Subcommands: []*cli.Command{{
			Name:  "plan",
			Usage: "compute an epoch's rewards from the chain (anyone can, to check a submission)",
			Flags: append(chainFlags(), epochFlag()),
			Action: func(c *cli.Context) error {
				return withRewards(c, func(ctx context.Context, client *ethclient.Client, addrs *deployment.Addresses) error {
					p, err := planEpoch(ctx, c, client, addrs)
					if err != nil {
						return err
					}
					printPlan(e, p)
					return nil
				})
			},
		}, {
			Name:  "submit",
			Usage: "pay an epoch's fees to its operators (the ServiceManager's rewards initiator signs)",
			Flags: append(chainFlags(), epochFlag()),
			Action: func(c *cli.Context) error {
				return withRewards(c, func(ctx context.Context, client *ethclient.Client, addrs *deployment.Addresses) error {
					key, err := loadKey(c)
					if err != nil {
						return err
					}
					p, err := planEpoch(ctx, c, client, addrs)
					if err != nil {
						return err
					}
					printPlan(e, p)
					r, err := plan.Submit(ctx, client, key, addrs.AVS.ServiceManager, p)
					if err != nil {
						return err
					}
					fmt.Fprintf(e.stdout, "submitted in tx %s (block %d, gas %d)\n", r.TxHash.Hex(), r.BlockNumber, r.GasUsed)
					return nil
				})
			},
		}, {
			Name: "post-root",
			Usage: "devnet only: act as EigenLayer's rewards updater, post the cumulative distribution's root " +
				"and write the distribution operators claim from",
			Flags: append(chainFlags(), &cli.StringFlag{Name: "out", Value: ".devnet/rewards-distribution.json", Usage: "where to write the distribution"}),
			Action: func(c *cli.Context) error {
				return withRewards(c, func(ctx context.Context, client *ethclient.Client, addrs *deployment.Addresses) error {
					key, err := loadKey(c)
					if err != nil {
						return err
					}
					u, err := updater.New(client, addrs)
					if err != nil {
						return err
					}
					res, err := u.Update(ctx, key, c.String("out"))
					if err != nil {
						return err
					}
					if !res.Posted {
						fmt.Fprintln(e.stdout, "no rewards submission ended since the last root: nothing posted")
						return nil
					}
					fmt.Fprintf(e.stdout, "root %x (index %d, period up to %s), %d earners, written to %s\n",
						res.Root, res.RootIndex, time.Unix(int64(res.End), 0).UTC().Format(time.RFC3339),
						len(res.Distribution.Earners()), c.String("out"))
					return nil
				})
			},
		}},
	}
}

// withDeployment dials the deployment named by --addresses (its whole address book).
func withDeployment(c *cli.Context, f func(context.Context, *ethclient.Client, *deployment.Addresses) error) error {
	ctx, cancel := context.WithTimeout(c.Context, 2*time.Minute)
	defer cancel()
	client, _, addrs, err := chainflags.DialAddresses(ctx, c)
	if err != nil {
		return err
	}
	defer client.Close()
	return f(ctx, client, addrs)
}

// withRewards is withDeployment for a deployment that pays rewards.
func withRewards(c *cli.Context, f func(context.Context, *ethclient.Client, *deployment.Addresses) error) error {
	return withDeployment(c, func(ctx context.Context, client *ethclient.Client, addrs *deployment.Addresses) error {
		if err := addrs.RequireRewardToken(); err != nil {
			return err
		}
		return f(ctx, client, addrs)
	})
}

func planEpoch(ctx context.Context, c *cli.Context, client *ethclient.Client, addrs *deployment.Addresses) (plan.Plan, error) {
	src, err := plan.NewChainSource(client, addrs)
	if err != nil {
		return plan.Plan{}, err
	}
	epoch := c.Int64("epoch")
	if epoch < 0 {
		seconds, err := src.EpochSeconds(ctx)
		if err != nil {
			return plan.Plan{}, err
		}
		head, err := client.HeaderByNumber(ctx, nil)
		if err != nil {
			return plan.Plan{}, fmt.Errorf("latest block: %w", err)
		}
		if head.Time/uint64(seconds) == 0 {
			return plan.Plan{}, errors.New("no finished epoch yet")
		}
		epoch = int64(head.Time/uint64(seconds)) - 1
	}
	return plan.Compute(ctx, src, uint64(epoch))
}

func printPlan(e *env, p plan.Plan) {
	fmt.Fprintf(e.stdout, "epoch %d: %d tasks, %s wei to %d operators\n", p.Epoch, p.Tasks, p.Total, len(p.Operators))
	for i, op := range p.Operators {
		fmt.Fprintf(e.stdout, "  %s  %s\n", op.Hex(), p.Amounts[i])
	}
}
