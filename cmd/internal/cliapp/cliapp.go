// Package cliapp holds what every long-running command of the project does the same way: the
// error of a failed command is printed once, plainly (never a stack trace, never urfave/cli's
// own os.Exit), serving commands stop on SIGINT or SIGTERM through their context, and they
// share one definition of the logging flags.
package cliapp

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/rs/zerolog"
	"github.com/urfave/cli/v2"

	"github.com/blockless/avs/logs"
)

// Main runs app with the process arguments and exits with its status.
func Main(app *cli.App) {
	os.Exit(Run(app, os.Args, os.Stderr))
}

// Run runs app with args and returns the exit status: 0 on success, the code of a
// cli.ExitCoder, else 1. The error goes to stderr as one "error: ..." line.
func Run(app *cli.App, args []string, stderr io.Writer) int {
	app.ExitErrHandler = func(*cli.Context, error) {}
	err := app.Run(args)
	if err == nil {
		return 0
	}
	fmt.Fprintln(stderr, "error:", err)
	var ec cli.ExitCoder
	if errors.As(err, &ec) {
		return ec.ExitCode()
	}
	return 1
}

// SignalContext returns c's context, cancelled on SIGINT or SIGTERM; call stop when done.
func SignalContext(c *cli.Context) (ctx context.Context, stop context.CancelFunc) {
	return signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
}

// UntilSignal adapts a serving action to cli: run gets a context cancelled on SIGINT or SIGTERM.
func UntilSignal(run func(ctx context.Context, c *cli.Context) error) cli.ActionFunc {
	return func(c *cli.Context) error {
		ctx, stop := SignalContext(c)
		defer stop()
		return run(ctx, c)
	}
}

// LogFlags are the logging flags of the serving commands; Logger reads them.
func LogFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "log-level", Value: "info", EnvVars: []string{"BLOCKLESS_LOG_LEVEL"}, Usage: "debug, info, warn, error"},
		&cli.BoolFlag{Name: "log-pretty", EnvVars: []string{"BLOCKLESS_LOG_PRETTY"}, Usage: "human-readable logs instead of JSON lines"},
	}
}

// Logger is the stderr logger that LogFlags configure.
func Logger(c *cli.Context) (zerolog.Logger, error) {
	return logs.New(os.Stderr, c.String("log-level"), c.Bool("log-pretty"))
}
