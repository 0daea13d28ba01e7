// Command operator runs a Blockless AVS operator: key management, EigenLayer and AVS
// registration, status, benchmark and capacity declaration, and `operator run`, the node that executes and signs tasks.
package main

import (
	"github.com/urfave/cli/v2"

	"github.com/blockless/avs/cmd/internal/cliapp"
)

func main() {
	app := &cli.App{
		Name:  "operator",
		Usage: "Blockless AVS operator node",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "log-level", Value: "info", EnvVars: []string{"BLOCKLESS_LOG_LEVEL"}, Usage: "debug, info, warn, error"},
		},
		Commands: []*cli.Command{keysCommand(), registerCommand(), statusCommand(), benchmarkCommand(), capacityCommand(), allocateCommand(), rewardsCommand(), runCommand()},
	}
	cliapp.Main(app)
}
