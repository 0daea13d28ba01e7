package main

import (
	"fmt"
	"net"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/blockless/avs/cmd/internal/chainflags"
	"github.com/blockless/avs/explorer"
)

func explorerCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "explorer",
		Usage: "serve a live web explorer of the deployment: tasks, functions, operators, network charts",
		Description: `Reads the deployment named by --addresses (any RPC: --rpc-url) from its deployment block on,
then follows new blocks, and serves the pages and their JSON API (/api/...) at --listen.
Nothing is loaded from outside the binary.`,
		Flags: append(chainFlags(),
			&cli.StringFlag{Name: "listen", Value: "127.0.0.1:8088", Usage: "address to serve on (the aggregator defaults to 8090, the module store to 8091)"},
			&cli.DurationFlag{Name: "poll", Value: time.Second, Usage: "how often the chain is read"},
		),
		Action: func(c *cli.Context) error {
			client, _, addrs, err := chainflags.DialAddresses(c.Context, c)
			if err != nil {
				return err
			}
			defer client.Close()
			ch, err := explorer.NewEthChain(client, *addrs)
			if err != nil {
				return err
			}
			x, err := explorer.New(ch, explorer.Config{FromBlock: addrs.DeployedAt, PollInterval: c.Duration("poll"), Addresses: c.String(chainflags.AddressesName)}, e.log)
			if err != nil {
				return err
			}
			l, err := net.Listen("tcp", c.String("listen"))
			if err != nil {
				return fmt.Errorf("explorer: %w", err)
			}
			fmt.Fprintf(e.stderr, "explorer: http://%s/\n", l.Addr())
			return x.Serve(c.Context, l)
		},
	}
}
