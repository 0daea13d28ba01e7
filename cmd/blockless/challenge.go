package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/blockless/avs/deployment"
	"github.com/blockless/avs/faults"
)

// challengeCommand submits a fault proof: anyone holding an operator's signed response that an
// honest operator would never have signed can have it slashed.
func challengeCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "challenge",
		Usage:     "prove an operator's fault on chain (equivocation, or contradicting a certified answer) so it is slashed",
		ArgsUsage: "EVIDENCE.json",
		Description: `EVIDENCE.json holds {"kind": "contradiction"|"equivocation", "operator": ADDRESS,
"signed": SIGNED_RESPONSE, "other": SIGNED_RESPONSE (equivocation only)}, where a signed response
is what operators send the aggregator (POST /v1/responses). The task, its certified answer and
batch membership are read from the chain.`,
		Flags: chainFlags(),
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return cli.Exit("usage: blockless challenge EVIDENCE.json", 2)
			}
			b, err := os.ReadFile(c.Args().First())
			if err != nil {
				return fmt.Errorf("read evidence: %w", err)
			}
			var ev faults.Evidence
			if err := json.Unmarshal(b, &ev); err != nil {
				return fmt.Errorf("parse evidence: %w", err)
			}
			return withDeployment(c, func(ctx context.Context, client *ethclient.Client, addrs *deployment.Addresses) error {
				return challenge(ctx, c, e, client, addrs, ev)
			})
		},
	}
}

func challenge(ctx context.Context, c *cli.Context, e *env, client *ethclient.Client, addrs *deployment.Addresses, ev faults.Evidence) error {
	if addrs.AVS.Slasher == ([20]byte{}) {
		return fmt.Errorf("this deployment has no slasher")
	}
	key, err := loadKey(c)
	if err != nil {
		return err
	}
	p, err := faults.NewProver(client, addrs.AVS.TaskManager, addrs.AVS.Slasher, addrs.AVS.RegistryCoordinator, addrs.DeployedAt)
	if err != nil {
		return err
	}
	r, err := p.Submit(ctx, key, ev)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%s of %s on task %d proven in tx %s (gas %d)\n", ev.Kind, ev.Operator.Hex(), ev.Signed.TaskID, r.TxHash.Hex(), r.GasUsed)
	return nil
}
