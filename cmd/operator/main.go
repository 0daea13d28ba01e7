// Command operator runs a Blockless AVS operator: key management, EigenLayer and AVS
// registration, status, and `operator run`, the node that executes and signs tasks.
package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/urfave/cli/v2"
)

func main() {
	app := &cli.App{
		Name:  "operator",
		Usage: "Blockless AVS operator node",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "log-level", Value: "info", EnvVars: []string{"BLOCKLESS_LOG_LEVEL"}, Usage: "debug, info, warn, error"},
		},
		Commands: []*cli.Command{keysCommand(), registerCommand(), statusCommand(), runCommand()},
		// Errors are printed once, plainly, by main: never a stack trace.
		ExitErrHandler: func(*cli.Context, error) {},
	}
	if err := app.Run(os.Args); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		var ec cli.ExitCoder
		if errors.As(err, &ec) {
			os.Exit(ec.ExitCode())
		}
		os.Exit(1)
	}
}
