package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"runtime"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/blockless/avs/chain"
	"github.com/blockless/avs/cmd/internal/chainflags"
	"github.com/blockless/avs/cmd/internal/cliapp"
	"github.com/blockless/avs/committee"
	"github.com/blockless/avs/committee/chainio"
	"github.com/blockless/avs/operator/capacity"
)

func benchmarkCommand() *cli.Command {
	return &cli.Command{
		Name:  "benchmark",
		Usage: "measure this machine's fuel rate (millions of fuel per second per core) on the operator's WASM engine",
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "cores", Usage: "cores to load in the parallel phase (default: all)"},
			&cli.DurationFlag{Name: "run-time", Value: 250 * time.Millisecond, Usage: "length of one run (3 alone, 3 rounds on every core)"},
			&cli.BoolFlag{Name: "json", Usage: "print the result as JSON"},
		},
		Action: func(c *cli.Context) error {
			if c.IsSet("cores") && c.Int("cores") < 1 {
				return fmt.Errorf("--cores: %d, want at least 1", c.Int("cores"))
			}
			ctx, cancel := cliapp.SignalContext(c)
			defer cancel()
			r, err := capacity.Benchmark(ctx, capacity.Options{Cores: c.Int("cores"), RunTime: c.Duration("run-time")})
			if err != nil {
				return err
			}
			if c.Bool("json") {
				enc := json.NewEncoder(os.Stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(r)
			}
			fmt.Printf("cores               %d\n", r.Cores)
			fmt.Printf("memory              %d MiB\n", r.MemoryMiB)
			fmt.Printf("fuel rate, 1 core   %.0f Mfuel/s\n", r.SingleCoreRate)
			fmt.Printf("fuel rate, %d cores  %.0f Mfuel/s per core\n", r.Cores, r.ParallelRate)
			fmt.Printf("declare             --cores %d --memory-mib %d --fuel-rate %d (units %d)\n",
				r.Cores, r.MemoryMiB, r.FuelRate, uint64(r.Cores)*uint64(r.FuelRate))
			return nil
		},
	}
}

// registryFlags name the committee registry a capacity command talks to.
func registryFlags() []cli.Flag {
	return []cli.Flag{chainflags.Addresses(), chainflags.RPCURL(), chainflags.ChainID(), chainflags.CommitteeRegistry(),
		&cli.DurationFlag{Name: "timeout", Value: 2 * time.Minute, Usage: "give up after this long"}}
}

func capacityCommand() *cli.Command {
	return &cli.Command{
		Name:  "capacity",
		Usage: "declare or clear the capacity committees weigh this operator by",
		Subcommands: []*cli.Command{
			{
				Name: "declare",
				Usage: "declare cores, memory, fuel rate and runtimes on the committee registry; omitted values come from " +
					"this machine (cores, memory) and `operator benchmark` (fuel rate)",
				Flags: append(append(keyFlags(), registryFlags()...),
					&cli.IntFlag{Name: "cores", Usage: "tasks executed at once (default: this machine's cores)"},
					&cli.Uint64Flag{Name: "memory-mib", Usage: "memory one task may use, MiB (default: this machine's memory)"},
					&cli.Uint64Flag{Name: "fuel-rate", Usage: "millions of fuel per second per core (default: measured now)"},
					&cli.StringFlag{Name: "runtimes", Value: capacity.DefaultRuntimes, Usage: "runtimes served: wasm, x86, zk, comma-separated"},
				),
				Action: func(c *cli.Context) error {
					var in capacityInput
					if c.IsSet("cores") {
						v := int64(c.Int("cores"))
						in.cores = &v
					}
					if c.IsSet("memory-mib") {
						v := c.Uint64("memory-mib")
						in.memoryMiB = &v
					}
					if c.IsSet("fuel-rate") {
						v := c.Uint64("fuel-rate")
						in.fuelRate = &v
					}
					in.runtimes = c.String("runtimes")
					ctx, cancel := capacityContext(c)
					defer cancel()
					capc, err := resolveCapacity(in, machine{cores: runtime.NumCPU(), memoryMiB: capacity.MachineMemoryMiB(),
						benchmark: func(cores int) (uint32, error) {
							fmt.Fprintln(os.Stderr, "measuring the fuel rate (operator benchmark)...")
							r, err := capacity.Benchmark(ctx, capacity.Options{Cores: cores})
							return r.FuelRate, err
						}})
					if err != nil {
						return err
					}
					w, err := dialWriter(ctx, c)
					if err != nil {
						return err
					}
					tx, err := w.DeclareCapacity(ctx, capc)
					if err != nil {
						return err
					}
					fmt.Printf("operator %s declared %s in tx %s\n", w.Address().Hex(), describeCapacity(capc), tx.Hex())
					return nil
				},
			},
			{
				Name:  "clear",
				Usage: "withdraw the declaration: tables built from now on leave this operator out",
				Flags: append(keyFlags(), registryFlags()...),
				Action: func(c *cli.Context) error {
					ctx, cancel := capacityContext(c)
					defer cancel()
					w, err := dialWriter(ctx, c)
					if err != nil {
						return err
					}
					tx, err := w.ClearCapacity(ctx)
					if err != nil {
						return err
					}
					fmt.Printf("operator %s cleared its capacity in tx %s\n", w.Address().Hex(), tx.Hex())
					return nil
				},
			},
		},
	}
}

func capacityContext(c *cli.Context) (context.Context, context.CancelFunc) {
	ctx, cancel := cliapp.SignalContext(c)
	ctx, cancelT := context.WithTimeout(ctx, c.Duration("timeout"))
	return ctx, func() { cancelT(); cancel() }
}

// capacityInput is what the operator gave; nil fields take the machine's values.
type capacityInput struct {
	cores               *int64
	memoryMiB, fuelRate *uint64
	runtimes            string
}

// machine supplies defaults: this machine's cores and memory, and the benchmark.
type machine struct {
	cores     int
	memoryMiB uint64
	benchmark func(cores int) (uint32, error)
}

// resolveCapacity checks the operator's values and fills the omitted ones from the machine. The
// benchmark runs only when no fuel rate is given, on the cores declared.
func resolveCapacity(in capacityInput, m machine) (committee.Capacity, error) {
	var c committee.Capacity
	runtimes, err := capacity.ParseRuntimes(in.runtimes)
	if err != nil {
		return c, fmt.Errorf("--runtimes: %w", err)
	}
	c.Runtimes = runtimes
	cores := int64(m.cores)
	if in.cores != nil {
		cores = *in.cores
	}
	if cores < 1 || cores > math.MaxUint16 {
		return c, fmt.Errorf("--cores: %d, want 1 to %d", cores, math.MaxUint16)
	}
	c.Cores = uint16(cores)
	mem := m.memoryMiB
	if in.memoryMiB != nil {
		mem = *in.memoryMiB
	} else if mem == 0 {
		return c, errors.New("cannot read this machine's memory: give --memory-mib")
	}
	if mem < 1 || mem > math.MaxUint32 {
		return c, fmt.Errorf("--memory-mib: %d, want 1 to %d", mem, uint64(math.MaxUint32))
	}
	c.MemoryMiB = uint32(mem)
	if in.fuelRate != nil {
		if *in.fuelRate < 1 || *in.fuelRate > math.MaxUint32 {
			return c, fmt.Errorf("--fuel-rate: %d, want 1 to %d (millions of fuel per second per core)", *in.fuelRate, uint64(math.MaxUint32))
		}
		c.FuelRate = uint32(*in.fuelRate)
	} else {
		rate, err := m.benchmark(int(c.Cores))
		if err != nil {
			return c, fmt.Errorf("benchmark: %w", err)
		}
		c.FuelRate = rate
	}
	return c, chainio.CheckCapacity(c)
}

// describeCapacity is one line for humans.
func describeCapacity(c committee.Capacity) string {
	if c == (committee.Capacity{}) {
		return "no capacity"
	}
	return fmt.Sprintf("%d cores, %d MiB, %d Mfuel/s per core, runtimes %s (%d units)",
		c.Cores, c.MemoryMiB, c.FuelRate, capacity.FormatRuntimes(c.Runtimes), uint64(c.Cores)*uint64(c.FuelRate))
}

// registryTarget is the endpoint and committee registry the flags name.
func registryTarget(c *cli.Context) (rpcURL string, chainID uint64, registry common.Address, err error) {
	d, err := chainflags.Load(c)
	if err != nil {
		return "", 0, common.Address{}, err
	}
	switch {
	case d.RPCURL == "":
		return "", 0, common.Address{}, errors.New("no RPC endpoint: give --rpc-url or --addresses")
	case d.CommitteeRegistry == (common.Address{}):
		return "", 0, common.Address{}, errors.New("no committee registry: give --committee-registry or an --addresses file that has one")
	}
	return d.RPCURL, d.ChainID, d.CommitteeRegistry, nil
}

// dialWriter loads the operator's ECDSA key and binds the committee registry for it.
func dialWriter(ctx context.Context, c *cli.Context) (*chainio.Writer, error) {
	url, wantID, registry, err := registryTarget(c)
	if err != nil {
		return nil, err
	}
	key, err := operatorKey(c)
	if err != nil {
		return nil, err
	}
	client, chainID, err := chain.Dial(ctx, url, wantID)
	if err != nil {
		return nil, err
	}
	return chainio.NewWriter(client, registry, key, chainID)
}
