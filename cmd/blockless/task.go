package main

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"os"
	"strconv"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/protocol/onchain"
	"github.com/blockless/avs/requester"
)

func taskCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "task",
		Usage: "submit tasks and read their verified results",
		Subcommands: []*cli.Command{
			{
				Name:  "submit",
				Usage: "ask for a function to run on an input; with --wait, print the verified output",
				Flags: append(chainFlags(),
					&cli.Uint64Flag{Name: "function", Required: true, Usage: "function id"},
					&cli.StringFlag{Name: "input", Value: "-", Usage: "input file, - for stdin"},
					&cli.UintFlag{Name: "threshold", Value: 66, Usage: "stake percentage that must sign"},
					&cli.UintFlag{Name: "window", Value: 100, Usage: "response window, blocks"},
					&cli.StringFlag{Name: "fee", Value: "0", Usage: "deposit in wei; less than the quote (max(base fee, minTaskFee) + fuel limit × fuel price) pays the quote, unused fuel is refunded on the answer"},
					&cli.BoolFlag{Name: "wait", Usage: "wait for the verified result and print its output"},
					&cli.DurationFlag{Name: "wait-timeout", Value: 5 * time.Minute},
				),
				Action: func(c *cli.Context) error {
					var input []byte
					var err error
					if c.String("input") == "-" {
						input, err = io.ReadAll(io.LimitReader(e.stdin, 64<<10+1))
					} else {
						input, err = os.ReadFile(c.String("input"))
					}
					if err != nil {
						return fmt.Errorf("read input: %w", err)
					}
					fee, ok := new(big.Int).SetString(c.String("fee"), 10)
					if !ok || fee.Sign() < 0 {
						return fmt.Errorf("--fee %q is not an amount of wei", c.String("fee"))
					}
					ctx, cancel := context.WithTimeout(c.Context, c.Duration("wait-timeout")+time.Minute)
					defer cancel()
					cl, err := dialRequester(ctx, c, true)
					if err != nil {
						return err
					}
					defer cl.Close()
					created, err := cl.CreateTask(ctx, taskmanager.ITaskManagerTaskRequest{
						FunctionId: c.Uint64("function"), Input: input, QuorumNumbers: []byte{0},
						QuorumThresholdPercentage: uint8(c.Uint("threshold")), ResponseWindowBlocks: uint32(c.Uint("window")),
					}, fee)
					if err != nil {
						return err
					}
					fmt.Fprintf(e.stderr, "task %d created in tx %s (block %d), deposit %s wei, environment %x\n",
						created.ID, created.TxHash.Hex(), created.Block, created.Task.Fee, created.Task.Environment)
					if !c.Bool("wait") {
						fmt.Fprintf(e.stdout, "%d\n", created.ID)
						return nil
					}
					wctx, wcancel := context.WithTimeout(ctx, c.Duration("wait-timeout"))
					defer wcancel()
					res, err := cl.Wait(wctx, created.ID, 500*time.Millisecond)
					if err != nil {
						return err
					}
					return e.printResult(created.ID, res)
				},
			},
			{
				Name:      "get",
				Usage:     "print a task's state and, once answered, its verified output",
				ArgsUsage: "TASK_ID",
				Flags:     chainFlags(),
				Action: func(c *cli.Context) error {
					id, err := strconv.ParseUint(c.Args().First(), 10, 32)
					if err != nil {
						return cli.Exit("usage: blockless task get TASK_ID", 2)
					}
					cl, err := dialRequester(c.Context, c, false)
					if err != nil {
						return err
					}
					defer cl.Close()
					res, err := cl.Get(c.Context, uint32(id))
					if err != nil {
						return err
					}
					return e.printResult(uint32(id), res)
				},
			},
		},
	}
}

// printResult writes the output bytes to stdout and the facts about them to stderr, so
// `blockless task submit --wait > out.bin` captures exactly the function's output.
func (e *env) printResult(id uint32, r requester.Result) error {
	fmt.Fprintf(e.stderr, "task %d: %s\n", id, r.State)
	if r.Response == nil {
		if r.State == onchain.TaskExpired {
			e.exitCode = 3
		}
		return nil
	}
	fmt.Fprintf(e.stderr, "status %d, fuel used %d, output keccak256 %x, %d bytes inline\nverified in tx %s (block %d), certificate digest %s\n",
		r.Response.Status, r.Response.FuelUsed, r.Response.OutputDigest, len(r.Response.Output), r.TxHash.Hex(), r.Block, r.ResponseDigest.Hex())
	if r.Response.TranscriptDigest != ([32]byte{}) {
		fmt.Fprintf(e.stderr, "computed on the agreed HTTP transcript %x (blockless replay %d re-runs it)\n", r.Response.TranscriptDigest, id)
	}
	_, err := e.stdout.Write(r.Response.Output)
	return err
}
