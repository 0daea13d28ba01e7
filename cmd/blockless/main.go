// Command blockless is the user CLI of Blockless AVS: run functions locally
// exactly as operators do, and (in other files of this package) deploy them
// and submit tasks.
//
// Adding a subcommand: write a func returning *cli.Command in its own file
// and list it in commands() below. Commands get the shared *env (stdio,
// logger, exit code) through their closure rather than globals.
package main

import (
	"io"
	"os"

	"github.com/rs/zerolog"
	"github.com/urfave/cli/v2"
)

// env is what every subcommand shares: the process's stdio (swappable in
// tests), the logger, and the exit status the action decided on.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	log            zerolog.Logger
	exitCode       int
}

// commands lists the subcommands; add new ones here.
func commands(e *env) []*cli.Command {
	return []*cli.Command{
		runCommand(e),
		functionCommand(e),
		taskCommand(e),
		benchCommand(e),
		zkCommand(e),
		rewardsCommand(e),
		challengeCommand(e),
		replayCommand(e),
		triggerCommand(e),
		secretCommand(e),
		explorerCommand(e),
	}
}

func newApp(e *env) *cli.App {
	return &cli.App{
		Name:      "blockless",
		Usage:     "verifiable serverless functions on EigenLayer: run, deploy, submit",
		Reader:    e.stdin,
		Writer:    e.stdout,
		ErrWriter: e.stderr,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "log-level", Value: "warn", Usage: "log level (trace, debug, info, warn, error)", EnvVars: []string{"BLOCKLESS_LOG_LEVEL"}},
		},
		Before: func(c *cli.Context) error {
			lvl, err := zerolog.ParseLevel(c.String("log-level"))
			if err != nil {
				return cli.Exit("blockless: bad --log-level: "+err.Error(), 2)
			}
			e.log = zerolog.New(zerolog.ConsoleWriter{Out: e.stderr, NoColor: true}).Level(lvl).With().Timestamp().Logger()
			return nil
		},
		Commands: commands(e),
		// Slice flags are repeated, never split at commas: `--env 'A=x,y'` is one variable and a
		// --dir path may hold a comma.
		DisableSliceFlagSeparator: true,
		// Exit codes are decided by the actions (the guest's own status);
		// keep urfave/cli from calling os.Exit behind our back.
		ExitErrHandler: func(*cli.Context, error) {},
	}
}

// realMain runs the CLI and returns the process exit status.
func realMain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, log: zerolog.New(stderr)}
	if err := newApp(e).Run(args); err != nil {
		if ec, ok := err.(cli.ExitCoder); ok {
			if msg := err.Error(); msg != "" {
				io.WriteString(stderr, msg+"\n")
			}
			return ec.ExitCode()
		}
		io.WriteString(stderr, "blockless: "+err.Error()+"\n")
		return 1
	}
	return e.exitCode
}

func main() {
	os.Exit(realMain(os.Args, os.Stdin, os.Stdout, os.Stderr))
}
