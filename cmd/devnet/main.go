// Command devnet starts a local chain with EigenLayer core and this AVS deployed, writes the
// addresses file, and keeps the chain up until interrupted.
package main

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/blockless/avs/cmd/internal/cliapp"
	"github.com/blockless/avs/deployment"
	"github.com/blockless/avs/devnet"
	"github.com/blockless/avs/engine"
	"github.com/blockless/avs/internal/progress"
	"github.com/blockless/avs/logs"
)

func main() {
	app := &cli.App{
		Name:  "devnet",
		Usage: "local anvil chain with EigenLayer and Blockless AVS deployed",
		Commands: []*cli.Command{{
			Name:  "up",
			Usage: "start the devnet and keep it running until Ctrl-C",
			Flags: []cli.Flag{
				&cli.StringFlag{Name: "dir", Value: ".devnet", Usage: "run directory (addresses.json, anvil.log)"},
				&cli.IntFlag{Name: "port", Value: 8545, Usage: "RPC port on 127.0.0.1 (0 = any free port)"},
				&cli.DurationFlag{Name: "block-time", Usage: "mine a block every interval (default: on every transaction)"},
				&cli.StringFlag{Name: "x86-emulator", Usage: "the x86 emulator operators run, pinned for x86 tasks (default: x86emu.wasm next to the binary, ../build/emulator/x86emu.wasm from it, or build/emulator/x86emu.wasm; none found: no x86 tasks)"},
			},
			Action: up,
		}},
	}
	cliapp.Main(app)
}

func up(c *cli.Context) error {
	log := logs.Stderr("info", true)
	dir := c.String("dir")
	addrFile := filepath.Join(dir, devnet.AddressesFile)
	// Idempotent: a devnet already answering on its recorded endpoint is left alone.
	if a, err := deployment.LoadAddresses(addrFile); err == nil && devnet.Alive(c.Context, a) {
		log.Info().Str("rpc", a.RPCURL).Str("addresses", addrFile).Msg("devnet already running")
		return nil
	}
	ctx, stop := cliapp.SignalContext(c)
	defer stop()
	start := time.Now()
	startCtx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	opts := devnet.Options{Dir: dir, Port: c.Int("port"), BlockTime: c.Duration("block-time"), WasmEnvironment: engine.WasmEnvironment()}
	if path, digest, err := x86Emulator(c.String("x86-emulator")); err != nil {
		return err
	} else if path != "" {
		opts.X86Environment = engine.X86Environment(digest)
		log.Info().Str("path", path).Hex("sha256", digest[:]).Msg("x86 emulator pinned")
	} else {
		log.Warn().Msg("no x86 emulator found (make emulator-wasm): the devnet takes no x86 tasks")
	}
	// Start's stages on stderr: a live line on a terminal, one line per stage otherwise.
	line := progress.New(os.Stderr, "devnet")
	opts.Progress = line
	dn, err := devnet.Start(startCtx, opts)
	line.Done("")
	if err != nil {
		return fmt.Errorf("start devnet: %w", err)
	}
	defer func() {
		dn.Stop()
		_ = os.Remove(addrFile)
	}()
	log.Info().Str("rpc", dn.Addresses.RPCURL).Str("addresses", addrFile).Dur("took", time.Since(start)).
		Str("taskManager", dn.Addresses.AVS.TaskManager.Hex()).Msg("devnet up; Ctrl-C stops it")
	<-ctx.Done()
	if errors.Is(ctx.Err(), context.Canceled) {
		log.Info().Msg("stopping devnet")
	}
	return nil
}

// x86Emulator reads the emulator module operators will run: the configured path, else the first of
// the places operators look by default. Empty path: none found.
func x86Emulator(configured string) (path string, digest [32]byte, err error) {
	candidates := []string{configured}
	if configured == "" {
		candidates = nil
		if exe, err := os.Executable(); err == nil {
			dir := filepath.Dir(exe)
			candidates = append(candidates, filepath.Join(dir, "x86emu.wasm"), filepath.Join(dir, "..", "build", "emulator", "x86emu.wasm"))
		}
		candidates = append(candidates, filepath.Join("build", "emulator", "x86emu.wasm"))
	}
	for _, p := range candidates {
		b, err := os.ReadFile(p)
		if err == nil {
			return p, sha256.Sum256(b), nil
		}
		if configured != "" {
			return "", digest, fmt.Errorf("x86 emulator: %w", err)
		}
	}
	return "", digest, nil
}
