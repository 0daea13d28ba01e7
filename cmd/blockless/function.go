package main

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/functions"
	"github.com/blockless/avs/httpcall"
	"github.com/blockless/avs/internal/progress"
	"github.com/blockless/avs/protocol/onchain"
)

var elfMagic = []byte{0x7f, 'E', 'L', 'F'}

func functionCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "function",
		Usage: "create, publish and register functions",
		Subcommands: []*cli.Command{newFunctionCommand(e), {
			Name:      "deploy",
			Usage:     "publish a module to a module store and register it as a function",
			ArgsUsage: "MODULE.wasm|PROGRAM.elf",
			Flags: append(chainFlags(),
				&cli.StringFlag{Name: "store-url", Value: "http://127.0.0.1:8091", EnvVars: []string{"BLOCKLESS_STORE_URL"}, Usage: "module store operators fetch from (bin/modstore serve; its default address)"},
				storeTokenFlag(),
				&cli.Uint64Flag{Name: "fuel", Value: 10_000_000_000, Usage: "fuel limit per task"},
				&cli.Uint64Flag{Name: "memory", Value: 256 << 20, Usage: "memory limit per task, bytes"},
				&cli.DurationFlag{Name: "timeout", Value: 10 * time.Second, Usage: "wall-clock limit (operator protection; never signed)"},
				&cli.UintFlag{Name: "max-output", Value: 1 << 20, Usage: "output limit, bytes"},
				&cli.UintFlag{Name: "threshold", Value: 66, Usage: "minimum stake percentage a task must require (of the committee's seats for a committee function)"},
				&cli.UintFlag{Name: "committee-size", Usage: "replication factor k: each task runs on a committee of k seats drawn by stake × capacity (0: every operator runs every task; the AVS floor applies)"},
				&cli.UintFlag{Name: "failover-blocks", Usage: "blocks without an answer before the next k seats are drafted (0: the AVS default)"},
				&cli.StringFlag{Name: "base-fee", Value: "0", Usage: "wei every task pays (at least the TaskManager's minTaskFee is charged)"},
				&cli.StringSliceFlag{Name: "http-host", Usage: "host the function may call over HTTP: HOST, HOST:PORT or *.DOMAIN (repeatable; docs/http.md)"},
				&cli.StringFlag{Name: "fuel-price", Value: "0", Usage: "wei per unit of fuel used; fixed once registered (tasks deposit fuel limit × price, unused fuel is refunded)"},
			),
			Action: func(c *cli.Context) error {
				if c.NArg() != 1 {
					return cli.Exit("usage: blockless function deploy MODULE", 2)
				}
				if c.Uint("committee-size") > 64 {
					return cli.Exit("--committee-size: at most 64", 2)
				}
				baseFee, err := weiFlag(c, "base-fee")
				if err != nil {
					return err
				}
				fuelPrice, err := weiFlag(c, "fuel-price")
				if err != nil {
					return err
				}
				module, err := os.ReadFile(c.Args().First())
				if err != nil {
					return fmt.Errorf("read module: %w", err)
				}
				store, err := moduleStore(c)
				if err != nil {
					return err
				}
				// Operators refuse calls to malformed hosts: refuse them before paying gas.
				if _, err := httpcall.ParseHosts(c.StringSlice("http-host")); err != nil {
					return cli.Exit("blockless function deploy: --http-host: "+err.Error(), 2)
				}
				ctx, cancel := context.WithTimeout(c.Context, 2*time.Minute)
				defer cancel()
				cl, err := dialRequester(ctx, c, true)
				if err != nil {
					return err
				}
				defer cl.Close()
				// Stages on stderr, with the upload's bytes on a terminal; stdout stays "function N".
				line := progress.New(e.stderr, "")
				defer line.Done("")
				store.Progress = line
				digest, uri, err := store.PublishNamed(ctx, filepath.Base(c.Args().First()), module)
				if err != nil {
					return err
				}
				runtime := onchain.RuntimeWasm
				if bytes.HasPrefix(module, elfMagic) {
					runtime = onchain.RuntimeX86
				}
				line.Stage("registering the function (%s runtime)", runtime)
				id, tx, err := cl.RegisterFunction(ctx, taskmanager.ITaskManagerFunctionSpec{
					ModuleDigest: digest, Runtime: uint8(runtime), Mode: uint8(onchain.ModeQuorum), MinQuorumThreshold: uint8(c.Uint("threshold")),
					Limits: taskmanager.ITaskManagerResourceLimits{Fuel: c.Uint64("fuel"), MemoryBytes: c.Uint64("memory"),
						WallTimeMs: uint32(c.Duration("timeout").Milliseconds()), MaxOutputBytes: uint32(c.Uint("max-output"))},
					Uris:          []string{uri},
					CommitteeSize: uint16(c.Uint("committee-size")), FailoverBlocks: uint32(c.Uint("failover-blocks")),
					BaseFee: baseFee, FuelPrice: fuelPrice, HttpHosts: c.StringSlice("http-host"),
				})
				if err != nil {
					return err
				}
				line.Done("")
				fmt.Fprintf(e.stdout, "function %d\n", id)
				fmt.Fprintf(e.stderr, "module sha256 %s\nuri %s\nregistered in tx %s\n", digest, uri, tx.Hex())
				return nil
			},
		}},
	}
}

// weiFlag reads a non-negative amount of wei that fits the TaskManager's uint96 fee fields.
func weiFlag(c *cli.Context, name string) (*big.Int, error) {
	v, ok := new(big.Int).SetString(c.String(name), 10)
	if !ok || v.Sign() < 0 || v.BitLen() > 96 {
		return nil, cli.Exit(fmt.Sprintf("--%s %q is not an amount of wei below 2^96", name, c.String(name)), 2)
	}
	return v, nil
}

func newFunctionCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "new",
		Usage:     "create a function from a template: source, HTTP helper, Makefile (build, test, deploy), sample data",
		ArgsUsage: "NAME",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "template", Value: "oracle", Usage: "oracle (with a consumer contract), indexer or trigger"},
			&cli.StringFlag{Name: "lang", Value: "go", Usage: "go, rust, c, as (AssemblyScript), js (JavaScript), ts (TypeScript) or python"},
			&cli.StringFlag{Name: "dir", Usage: "directory to create (default: ./NAME)"},
		},
		Action: func(c *cli.Context) error {
			s := functions.Scaffold{Name: c.Args().First(), Template: c.String("template"), Lang: c.String("lang")}
			if err := s.Check(); err != nil {
				return cli.Exit("blockless function new: "+err.Error(), 2)
			}
			dir := c.String("dir")
			if dir == "" {
				dir = s.Name
			}
			files, err := s.Write(dir)
			if err != nil {
				return fmt.Errorf("function new: %w", err)
			}
			for _, f := range files {
				fmt.Fprintln(e.stdout, filepath.Join(dir, f))
			}
			fmt.Fprintf(e.stderr, "created %s: cd %s && make test\n", s.Name, dir)
			return nil
		},
	}
}
