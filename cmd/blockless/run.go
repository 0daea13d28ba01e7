package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/blockless/avs/engine"
	"github.com/blockless/avs/fetch"
	"github.com/blockless/avs/httpcall"
	"github.com/blockless/avs/modstore"
)

// Exit statuses of `blockless run` when the guest did not exit on its own:
// 100 + the engine Status (101 trap, 102 out-of-fuel, 103 out-of-memory,
// 104 output-too-large, 105 invalid module, 106 bad imports, 107 bad entry,
// 109 timeout). A guest's own exit code is passed through unchanged.
const statusExitBase = 100

func runCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "run",
		Usage:     "run a WASI module or a static x86-64 ELF locally exactly as an operator would",
		ArgsUsage: "FILE [ARGS...]",
		Description: `Runs FILE (a WASI preview 1 command module, e.g. built with
GOOS=wasip1 GOARCH=wasm go build / go test -c) in the operator's engine:
stdin is the task input, stdout the output, the exit status is the program's.
Arguments after FILE go to the program, flags included (e.g. -test.v).
Limits default to the engine's defaults; --fuel 0 means unlimited.

A static x86-64 Linux executable (detected by its ELF magic) runs in the x86
emulator inside the same engine. Then --fuel is the budget of emulated x86
instructions, --memory bounds the program's memory, --max-output its stdout
and stderr together, and --stats reports the instructions retired.

A WASM function may call the hosts given with --http-host (blockless_http):
each call is fetched live, as an operator does before the calls are agreed
on. Private, loopback and link-local addresses are refused unless
--http-allow-prefix opens a range (e.g. 127.0.0.0/8 for a local server).
--transcript FILE saves the calls and responses; --replay FILE answers them
from such a file without the network, and fails if the program's calls
differ. Either way the transcript digest an operator would sign is printed
to stderr.`,
		Flags: []cli.Flag{
			&cli.Uint64Flag{Name: "fuel", Value: engine.Config{}.Defaults().DefaultLimits.Fuel, Usage: "fuel limit (wasm instructions; emulated instructions for an ELF); 0 = unlimited"},
			&cli.StringFlag{Name: "memory", Value: "256MiB", Usage: "memory limit: linear memory plus the guest's files (bytes, or with KiB/MiB/GiB)"},
			&cli.DurationFlag{Name: "timeout", Value: 30 * time.Second, Usage: "wall-clock limit"},
			&cli.StringFlag{Name: "max-output", Value: "16MiB", Usage: "stdout size limit"},
			&cli.StringSliceFlag{Name: "env", Usage: "environment variable K=V for the program (repeatable)"},
			&cli.StringFlag{Name: "argv0", Usage: "the program's argv[0] (default: an ELF sees its path as given, so busybox finds its applet; a WASM module sees \"function\", as on operators)"},
			&cli.StringFlag{Name: "task-id", Usage: "32-byte hex task id seeding random_get (default: sha256 of module and input)"},
			&cli.Uint64Flag{Name: "timestamp", Usage: "guest clock start, unix seconds (default: now)"},
			&cli.StringSliceFlag{Name: "dir", Usage: "copy directory HOST[:GUEST] into the guest's in-memory files: writable, never written back (repeatable; GUEST defaults to HOST)"},
			&cli.StringSliceFlag{Name: "http-host", Usage: "host the function may call: HOST, HOST:PORT or *.DOMAIN (repeatable)"},
			&cli.StringSliceFlag{Name: "http-allow-prefix", Usage: "address range (CIDR) the function's calls may reach although private, e.g. 127.0.0.0/8 (repeatable)"},
			&cli.StringFlag{Name: "transcript", Usage: "write the function's HTTP calls and their responses to this file (JSON)"},
			&cli.StringFlag{Name: "replay", Usage: "answer the function's HTTP calls from this transcript file, offline"},
			&cli.BoolFlag{Name: "stats", Usage: "print fuel, peak memory and wall time to stderr"},
			&cli.StringFlag{Name: "cache-dir", Value: defaultCacheDir(), Usage: "compiled-module cache directory (empty: no disk cache)"},
			&cli.BoolFlag{Name: "x86-interpret", Usage: "run ELF files in the interpreter only, without translating hot code to wasm (same results, slower)"},
			&cli.StringFlag{Name: "x86-emulator", Usage: "the emulator's wasip1 build for ELF files (default: x86emu.wasm next to the binary, or build/emulator/x86emu.wasm)"},
		},
		Action: func(c *cli.Context) error { return runAction(c, e) },
	}
}

func defaultCacheDir() string {
	if d, err := os.UserCacheDir(); err == nil {
		return filepath.Join(d, "blockless", "modules")
	}
	return ""
}

func runAction(c *cli.Context, e *env) error {
	if c.NArg() < 1 {
		return cli.Exit("blockless run: missing FILE (see --help)", 2)
	}
	file := c.Args().First()
	wasm, err := os.ReadFile(file)
	if err != nil {
		return cli.Exit(fmt.Sprintf("blockless run: %v", err), 2)
	}
	// A static x86-64 ELF runs in the x86 emulator inside the same engine,
	// as an operator runs a function of runtime kind x86.
	isELF := engine.IsELF(wasm)
	mem, err := parseSize(c.String("memory"))
	if err != nil {
		return cli.Exit("blockless run: --memory: "+err.Error(), 2)
	}
	maxOut, err := parseSize(c.String("max-output"))
	if err != nil {
		return cli.Exit("blockless run: --max-output: "+err.Error(), 2)
	}
	// A terminal on stdin means no input was piped in: run with empty input
	// rather than wait for an EOF the user never meant to type.
	var input []byte
	if !isTerminal(e.stdin) {
		if input, err = io.ReadAll(e.stdin); err != nil {
			return fmt.Errorf("reading stdin: %w", err)
		}
	}
	fuel := c.Uint64("fuel")
	if fuel == 0 {
		fuel = engine.UnlimitedFuel
	}
	lim := engine.Limits{Fuel: fuel, MemoryBytes: mem, Timeout: c.Duration("timeout"), MaxOutput: int(maxOut)}

	var taskID [32]byte
	if s := c.String("task-id"); s != "" {
		b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
		if err != nil || len(b) != 32 {
			return cli.Exit("blockless run: --task-id must be 32 bytes of hex", 2)
		}
		copy(taskID[:], b)
	} else {
		d := modstore.Sum(wasm)
		taskID = sha256.Sum256(append(d[:], input...))
	}
	ts := c.Uint64("timestamp")
	if !c.IsSet("timestamp") {
		ts = uint64(time.Now().Unix())
	}

	var mounts []engine.Mount
	for _, d := range c.StringSlice("dir") {
		host, guest, ok := strings.Cut(d, ":")
		if !ok {
			guest = host
		}
		mounts = append(mounts, engine.Mount{HostDir: host, GuestDir: guest})
	}

	eng, err := engine.New(engine.Config{
		CacheDir:  c.String("cache-dir"),
		MaxInput:  max(len(input), 64<<20),
		MaxStderr: 4 << 20,
		// One local run: the engine's memory budget (which also counts the
		// output and stderr buffers) and module-size cap must never refuse
		// what the user asked for; the limits themselves still apply.
		MaxTotalMemory: math.MaxInt64,
		MaxModuleBytes: max(len(wasm), 64<<20),
		MaxConcurrent:  1,
		X86Emulator:    c.String("x86-emulator"),
		X86Translate:   !c.Bool("x86-interpret"),
	}, nil)
	if err != nil {
		return fmt.Errorf("starting engine: %w", err)
	}
	defer eng.Close()

	session, err := httpSession(c)
	if err != nil {
		return cli.Exit("blockless run: "+err.Error(), 2)
	}
	if session != nil && isELF {
		return cli.Exit("blockless run: --http-host and --replay are for WASM functions (an x86 program has no blockless_http)", 2)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	run := eng.Run
	if isELF {
		run = eng.RunX86
	}
	argv0 := c.String("argv0")
	if argv0 == "" && isELF {
		argv0 = file
	}
	res, err := run(ctx, engine.Request{
		Module:    wasm,
		Input:     input,
		Argv0:     argv0,
		Args:      c.Args().Slice()[1:],
		Env:       c.StringSlice("env"),
		Mounts:    mounts,
		Limits:    lim,
		TaskID:    taskID,
		Timestamp: ts,
		HTTP:      session,
	})
	if err != nil {
		return fmt.Errorf("run %s: %w", file, err)
	}
	if session != nil {
		if err := reportTranscript(c, e, session.Transcript()); err != nil {
			return err
		}
	}
	e.log.Debug().Str("module", modstore.Sum(wasm).String()).Str("cache", res.Stats.Cache.String()).
		Dur("compile", res.Stats.Compile).Msg("module ready")
	e.stdout.Write(res.Output)
	e.stderr.Write(res.Stderr)
	if c.Bool("stats") && isELF {
		_, emu, _ := eng.X86Emulator()
		fmt.Fprintf(e.stderr, "blockless: status=%s exit=%d instructions=%d peak_memory=%d wall=%s compile=%s cache=%s exec=%s emulator=%s\n",
			res.Status, res.ExitCode, res.FuelUsed, res.MemoryBytes, res.Stats.Wall.Round(time.Microsecond),
			res.Stats.Compile.Round(time.Microsecond), res.Stats.Cache, res.Stats.Exec.Round(time.Microsecond), emu)
	} else if c.Bool("stats") {
		fmt.Fprintf(e.stderr, "blockless: status=%s exit=%d fuel=%d peak_memory=%d wall=%s compile=%s cache=%s exec=%s\n",
			res.Status, res.ExitCode, res.FuelUsed, res.MemoryBytes, res.Stats.Wall.Round(time.Microsecond),
			res.Stats.Compile.Round(time.Microsecond), res.Stats.Cache, res.Stats.Exec.Round(time.Microsecond))
	}
	switch res.Status {
	case engine.StatusOK:
		e.exitCode = 0
	case engine.StatusExitNonZero:
		e.exitCode = int(res.ExitCode)
	default:
		msg := res.Status.String()
		if res.Status == engine.StatusTrap {
			msg += " (" + res.Trap.String() + ")"
		}
		fmt.Fprintf(e.stderr, "blockless: %s: %s\n", msg, firstLine(res.Message))
		e.exitCode = statusExitBase + int(res.Status)
	}
	return nil
}

// httpSession builds the HTTP answers of a local run from the flags: nil
// when none is given (calls are refused as undeclared, as on an operator
// for a function without hosts).
func httpSession(c *cli.Context) (*httpcall.Session, error) {
	hosts, err := httpcall.ParseHosts(c.StringSlice("http-host"))
	if err != nil {
		return nil, fmt.Errorf("--http-host: %w", err)
	}
	if f := c.String("replay"); f != "" {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("--replay: %w", err)
		}
		var t httpcall.Transcript
		if err := json.Unmarshal(b, &t); err != nil {
			return nil, fmt.Errorf("--replay %s: not a transcript: %w", f, err)
		}
		if err := t.Validate(); err != nil {
			return nil, fmt.Errorf("--replay %s: %w", f, err)
		}
		return httpcall.NewSession(hosts, t, nil), nil
	}
	if len(hosts) == 0 {
		return nil, nil
	}
	fetcher, err := httpcall.NewNetFetcher(fetch.Policy{AllowPrefixes: c.StringSlice("http-allow-prefix")}, hosts)
	if err != nil {
		return nil, fmt.Errorf("--http-allow-prefix: %w", err)
	}
	return httpcall.NewSession(hosts, nil, fetcher), nil
}

// reportTranscript prints the digest an operator would sign and saves the
// transcript when asked.
func reportTranscript(c *cli.Context, e *env, t httpcall.Transcript) error {
	d := t.Digest()
	fmt.Fprintf(e.stderr, "blockless: %d HTTP calls, transcript digest 0x%x\n", len(t), d)
	f := c.String("transcript")
	if f == "" {
		return nil
	}
	if t == nil {
		t = httpcall.Transcript{}
	}
	b, err := json.MarshalIndent(t, "", "  ")
	if err != nil {
		return fmt.Errorf("encoding the transcript: %w", err)
	}
	if err := os.WriteFile(f, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("--transcript: %w", err)
	}
	return nil
}

func firstLine(s string) string {
	if i := strings.LastIndex(strings.TrimSpace(s), "\n"); i >= 0 {
		return strings.TrimSpace(s[i+1:])
	}
	return s
}

// parseSize reads "1048576", "64KiB", "256MiB", "1GiB" (also KB/MB/GB as
// binary units, since memory is counted in 64 KiB pages anyway).
func parseSize(s string) (uint64, error) {
	s = strings.TrimSpace(s)
	mult := uint64(1)
	for _, u := range []struct {
		suffix string
		m      uint64
	}{{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"KB", 1 << 10}, {"MB", 1 << 20}, {"GB", 1 << 30}, {"K", 1 << 10}, {"M", 1 << 20}, {"G", 1 << 30}} {
		if strings.HasSuffix(s, u.suffix) {
			s, mult = strings.TrimSuffix(s, u.suffix), u.m
			break
		}
	}
	n, err := strconv.ParseUint(strings.TrimSpace(s), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("bad size %q", s)
	}
	return n * mult, nil
}

func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
