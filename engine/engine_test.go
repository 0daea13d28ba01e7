package engine

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/blockless/avs/modstore"
)

// goGuest is the path of testdata/goguest built for wasip1 by TestMain.
var goGuest string

// sharedCache is a disk cache dir that newEngine gives engines without one,
// so the 3 MB Go guest is compiled once per test binary, not once per test.
var sharedCache string

func TestMain(m *testing.M) {
	os.Exit(func() int {
		dir, err := os.MkdirTemp("", "engine-test-")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		defer os.RemoveAll(dir)
		goGuest = filepath.Join(dir, "goguest.wasm")
		sharedCache = filepath.Join(dir, "cache")
		cmd := exec.Command("go", "build", "-o", goGuest, ".")
		cmd.Dir = filepath.Join("testdata", "goguest")
		cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm", "CGO_ENABLED=0", "GOWORK=off", "GOFLAGS=")
		if out, err := cmd.CombinedOutput(); err != nil {
			fmt.Fprintf(os.Stderr, "building the Go wasip1 test guest failed (needs the go toolchain on PATH): %v\n%s", err, out)
			return 1
		}
		return m.Run()
	}())
}

func newEngine(t testing.TB, cfg Config) *Engine {
	t.Helper()
	if cfg.CacheDir == "" {
		cfg.CacheDir = sharedCache
	}
	e, err := New(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close() })
	return e
}

func run(t testing.TB, e *Engine, req Request) Result {
	t.Helper()
	res, err := e.Run(context.Background(), req)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	return res
}

func readGoGuest(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile(goGuest)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestStatusOutcomes(t *testing.T) {
	e := newEngine(t, Config{})
	small := Limits{Fuel: 5_000_000, MemoryBytes: 4 << 20, Timeout: time.Minute, MaxOutput: 1 << 20}
	cases := []struct {
		fixture string
		input   string
		want    Status
		trap    TrapKind
		exit    int32
		out     string
	}{
		{"hello", "", StatusOK, TrapNone, 0, "hello\n"},
		{"echo", "some input bytes", StatusOK, TrapNone, 0, "some input bytes"},
		{"exit0", "", StatusOK, TrapNone, 0, ""},
		{"exit3", "", StatusExitNonZero, TrapNone, 3, ""},
		{"loop", "", StatusOutOfFuel, TrapNone, 0, ""},
		{"hostspin", "", StatusOutOfFuel, TrapNone, 0, ""},
		{"statspin", "", StatusOutOfFuel, TrapNone, 0, ""},
		{"membomb", "", StatusOutOfMemory, TrapNone, 0, ""},
		{"recurse", "", StatusTrap, TrapStackOverflow, 0, ""},
		{"divzero", "", StatusTrap, TrapIntegerDivisionByZero, 0, ""},
		{"oob", "", StatusTrap, TrapMemoryOutOfBounds, 0, ""},
		{"bigout", "", StatusOutputTooLarge, TrapNone, 0, ""},
		{"unknownimport", "", StatusBadImports, TrapNone, 0, ""},
		{"badsig", "", StatusBadImports, TrapNone, 0, ""},
		{"nostart", "", StatusBadEntry, TrapNone, 0, ""},
		{"bigmem", "", StatusOutOfMemory, TrapNone, 0, ""},
		{"bigtable", "", StatusOutOfMemory, TrapNone, 0, ""},
	}
	for _, tc := range cases {
		t.Run(tc.fixture, func(t *testing.T) {
			lim := small
			if tc.fixture == "recurse" {
				lim.Fuel = UnlimitedFuel // must hit the stack, not the fuel limit
			}
			res := run(t, e, Request{Module: wasm(t, tc.fixture), Input: []byte(tc.input), Limits: lim})
			if res.Status != tc.want || res.Trap != tc.trap || res.ExitCode != tc.exit {
				t.Fatalf("got %s/%s/exit %d (%s), want %s/%s/exit %d", res.Status, res.Trap, res.ExitCode, res.Message, tc.want, tc.trap, tc.exit)
			}
			if string(res.Output) != tc.out {
				t.Fatalf("output %q, want %q", res.Output, tc.out)
			}
			if tc.want == StatusOutOfFuel && res.FuelUsed != lim.Fuel {
				t.Fatalf("fuel used %d, want the whole limit %d", res.FuelUsed, lim.Fuel)
			}
			if !tc.want.Signable() {
				t.Fatalf("%s must be signable", tc.want)
			}
		})
	}
}

func TestInvalidModules(t *testing.T) {
	e := newEngine(t, Config{})
	for name, b := range map[string][]byte{
		"empty":     {},
		"garbage":   []byte("definitely not a wasm module"),
		"magiconly": {0, 'a', 's', 'm', 1, 0, 0, 0, 0xff},
		"truncated": wasm(t, "hello")[:20],
	} {
		t.Run(name, func(t *testing.T) {
			if len(b) == 0 {
				// Empty bytes are "no module" for Request.Module == nil
				// semantics only when nil; an empty slice is a module.
				b = []byte{}
			}
			res := run(t, e, Request{Module: b})
			if res.Status != StatusInvalidModule {
				t.Fatalf("got %s (%s), want invalid-module", res.Status, res.Message)
			}
		})
	}
}

func TestTimeoutIsNotSignable(t *testing.T) {
	e := newEngine(t, Config{})
	res := run(t, e, Request{Module: wasm(t, "loop"), Limits: Limits{Fuel: UnlimitedFuel, Timeout: 50 * time.Millisecond}})
	if res.Status != StatusTimeout || res.Status.Signable() {
		t.Fatalf("got %s signable=%t", res.Status, res.Status.Signable())
	}
}

// TestContextDeadline: the caller's deadline shortens the wall-clock limit,
// including one that passes while the request waits.
func TestContextDeadline(t *testing.T) {
	e := newEngine(t, Config{})
	mod := wasm(t, "loop")
	if _, _, err := e.Prepare(context.Background(), mod); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	res, err := e.Run(ctx, Request{Module: mod, Limits: Limits{Fuel: UnlimitedFuel, Timeout: time.Hour}})
	if err != nil || res.Status != StatusTimeout {
		t.Fatalf("%v %s", err, res.Status)
	}
}

func TestDeterministicWASI(t *testing.T) {
	mod := wasm(t, "entropy")
	task := sha256.Sum256([]byte("task-1"))
	req := Request{Module: mod, TaskID: task, Timestamp: 1_700_000_000}
	e1 := newEngine(t, Config{})
	e2 := newEngine(t, Config{})
	a, b, c := run(t, e1, req), run(t, e1, req), run(t, e2, req)
	for _, r := range []Result{a, b, c} {
		if r.Status != StatusOK || len(r.Output) != 60 {
			t.Fatalf("status %s output %d bytes: %s", r.Status, len(r.Output), r.Message)
		}
	}
	if !bytes.Equal(a.Output, b.Output) || !bytes.Equal(a.Output, c.Output) || a.FuelUsed != b.FuelUsed || a.FuelUsed != c.FuelUsed {
		t.Fatalf("same task differs:\n%x\n%x\n%x", a.Output, b.Output, c.Output)
	}
	out := a.Output
	if rt := binary.LittleEndian.Uint64(out[32:]); rt != 1_700_000_000*1e9+ClockStep {
		t.Fatalf("realtime clock %d", rt)
	}
	mono0, mono1 := binary.LittleEndian.Uint64(out[40:]), binary.LittleEndian.Uint64(out[52:])
	if nev := binary.LittleEndian.Uint32(out[48:]); nev != 1 {
		t.Fatalf("poll_oneoff reported %d events, want 1", nev)
	}
	if mono1-mono0 < 1e9 {
		t.Fatalf("sleep of 1s advanced the monotonic clock by only %d ns", mono1-mono0)
	}
	other := req
	other.TaskID = sha256.Sum256([]byte("task-2"))
	if d := run(t, e1, other); bytes.Equal(d.Output[:32], out[:32]) {
		t.Fatal("random_get does not depend on the task id")
	}
}

func TestNaNCanonical(t *testing.T) {
	e := newEngine(t, Config{})
	res := run(t, e, Request{Module: wasm(t, "nan")})
	if res.Status != StatusOK {
		t.Fatal(res.Status, res.Message)
	}
	f32 := binary.LittleEndian.Uint32(res.Output)
	f64 := binary.LittleEndian.Uint64(res.Output[4:])
	if f32 != 0x7fc00000 || f64 != 0x7ff8000000000000 {
		t.Fatalf("NaNs not canonical: %#x %#x", f32, f64)
	}
	if !math.IsNaN(float64(math.Float32frombits(f32))) {
		t.Fatal("not a NaN")
	}
}

func TestGoGuest(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles a multi-megabyte Go guest with Cranelift (seconds): -short (make check) leaves it to make test")
	}
	e := newEngine(t, Config{})
	mod := readGoGuest(t)
	in := bytes.Repeat([]byte("blockless "), 100000)
	res := run(t, e, Request{Module: mod, Args: []string{"sha"}, Input: in})
	if res.Status != StatusOK {
		t.Fatalf("%s: %s\n%s", res.Status, res.Message, res.Stderr)
	}
	if want := fmt.Sprintf("%x\n", sha256.Sum256(in)); string(res.Output) != want {
		t.Fatalf("got %q want %q", res.Output, want)
	}
	if res.FuelUsed == 0 || res.MemoryBytes == 0 {
		t.Fatalf("fuel %d memory %d", res.FuelUsed, res.MemoryBytes)
	}

	res = run(t, e, Request{Module: mod, Args: []string{"env", "x y"}, Env: []string{"B=2", "A=1"}})
	if want := "function env x y\nA=1 B=2\n"; string(res.Output) != want {
		t.Fatalf("got %q want %q", res.Output, want)
	}

	res = run(t, e, Request{Module: mod, Args: []string{"exit"}})
	if res.Status != StatusExitNonZero || res.ExitCode != 7 || string(res.Output) != "bye\n" {
		t.Fatalf("exit: %s %d %q", res.Status, res.ExitCode, res.Output)
	}

	res = run(t, e, Request{Module: mod, Args: []string{"panic"}})
	if res.Status != StatusExitNonZero || res.ExitCode != 2 || !bytes.Contains(res.Stderr, []byte("panic: boom")) {
		t.Fatalf("panic: %s %d %q", res.Status, res.ExitCode, res.Stderr)
	}

	res = run(t, e, Request{Module: mod, Args: []string{"oom"}, Limits: Limits{MemoryBytes: 64 << 20}})
	if res.Status != StatusOutOfMemory {
		t.Fatalf("oom: %s %d %s %q", res.Status, res.ExitCode, res.Message, res.Stderr)
	}
}

// TestGoGuestDeterministic: what a default WASI host makes differ between
// runs (time, sleeping, math/rand's seed, map order) is identical here, in
// one engine and across engines, and sleeping costs no wall time.
func TestGoGuestDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles a multi-megabyte Go guest with Cranelift (seconds): -short (make check) leaves it to make test")
	}
	mod := readGoGuest(t)
	req := Request{Module: mod, Args: []string{"nondet"}, TaskID: [32]byte{1}, Timestamp: 1_800_000_000}
	e1 := newEngine(t, Config{})
	e2, err := New(Config{}, nil) // no disk cache: compiles on its own
	if err != nil {
		t.Fatal(err)
	}
	defer e2.Close()
	a, b, c := run(t, e1, req), run(t, e1, req), run(t, e2, req)
	if a.Status != StatusOK {
		t.Fatal(a.Status, a.Message, string(a.Stderr))
	}
	if !bytes.Equal(a.Output, b.Output) || !bytes.Equal(a.Output, c.Output) || a.FuelUsed != b.FuelUsed || a.FuelUsed != c.FuelUsed {
		t.Fatalf("differ:\n%s%s%s fuel %d %d %d", a.Output, b.Output, c.Output, a.FuelUsed, b.FuelUsed, c.FuelUsed)
	}
	if !strings.HasPrefix(string(a.Output), "2027-01-15T08:00:00") || !strings.Contains(string(a.Output), " true ") {
		t.Fatalf("clock not from the task: %s", a.Output)
	}
	req.TaskID = [32]byte{2}
	if d := run(t, e1, req); bytes.Equal(d.Output, a.Output) {
		t.Fatal("output independent of the task id")
	}
}

func TestDiskCache(t *testing.T) {
	dir := t.TempDir()
	mod := wasm(t, "hello")
	e1 := newEngine(t, Config{CacheDir: dir})
	if r := run(t, e1, Request{Module: mod}); r.Stats.Cache != CacheCompiled || r.Status != StatusOK {
		t.Fatalf("first run: %s %s", r.Stats.Cache, r.Status)
	}
	if r := run(t, e1, Request{Module: mod}); r.Stats.Cache != CacheMemory {
		t.Fatalf("second run: %s", r.Stats.Cache)
	}
	e2 := newEngine(t, Config{CacheDir: dir})
	// Digest only: the bytes are not needed once the artifact is on disk.
	r := run(t, e2, Request{Digest: modstore.Sum(mod)})
	if r.Stats.Cache != CacheDisk || string(r.Output) != "hello\n" {
		t.Fatalf("from disk: %s %q %s", r.Stats.Cache, r.Output, r.Message)
	}

	// A corrupted artifact is detected, removed and rebuilt.
	files, _ := filepath.Glob(filepath.Join(dir, "*.cwasm"))
	if len(files) != 1 {
		t.Fatalf("cache files: %v", files)
	}
	b, _ := os.ReadFile(files[0])
	b[len(b)-100] ^= 0xff
	os.WriteFile(files[0], b, 0o644)
	e3 := newEngine(t, Config{CacheDir: dir})
	if r := run(t, e3, Request{Module: mod}); r.Stats.Cache != CacheCompiled || r.Status != StatusOK {
		t.Fatalf("corrupt artifact: %s %s", r.Stats.Cache, r.Status)
	}
	// A different engine configuration does not use the artifact.
	e4 := newEngine(t, Config{CacheDir: dir, DisableFuel: true})
	if r := run(t, e4, Request{Module: mod}); r.Stats.Cache != CacheCompiled {
		t.Fatalf("other config: %s", r.Stats.Cache)
	}
	if _, err := e4.Run(context.Background(), Request{Digest: modstore.Sum([]byte("nope"))}); !errors.Is(err, ErrModuleNotFound) {
		t.Fatalf("missing module: %v", err)
	}
}

func TestDiskCacheEviction(t *testing.T) {
	dir := t.TempDir()
	e := newEngine(t, Config{CacheDir: dir, CacheMaxBytes: 1})
	run(t, e, Request{Module: wasm(t, "hello")})
	run(t, e, Request{Module: wasm(t, "echo")})
	files, _ := filepath.Glob(filepath.Join(dir, "*.cwasm"))
	if len(files) != 0 {
		t.Fatalf("eviction left %v", files)
	}
}

func TestHostErrors(t *testing.T) {
	e := newEngine(t, Config{MaxLimits: Limits{MemoryBytes: 8 << 20}, MaxInput: 10})
	mod := wasm(t, "hello")
	if _, err := e.Run(context.Background(), Request{Module: mod, Limits: Limits{MemoryBytes: 16 << 20}}); !errors.Is(err, ErrLimitAboveCap) {
		t.Fatalf("cap: %v", err)
	}
	if _, err := e.Run(context.Background(), Request{Module: mod, Input: make([]byte, 11), Limits: Limits{MemoryBytes: 1 << 20}}); !errors.Is(err, ErrInputTooLarge) {
		t.Fatalf("input: %v", err)
	}
	if _, err := e.Run(context.Background(), Request{Module: mod, Digest: modstore.Sum([]byte("x")), Limits: Limits{MemoryBytes: 1 << 20}}); !errors.Is(err, ErrDigestMismatch) {
		t.Fatalf("digest: %v", err)
	}
	if _, err := e.Run(context.Background(), Request{Limits: Limits{MemoryBytes: 1 << 20}}); !errors.Is(err, ErrNoModule) {
		t.Fatalf("no module: %v", err)
	}
	if _, err := e.Run(context.Background(), Request{Module: mod, Env: []string{"NOEQUALS"}, Limits: Limits{MemoryBytes: 1 << 20}}); err == nil {
		t.Fatal("bad env accepted")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := e.Run(ctx, Request{Module: mod, Limits: Limits{MemoryBytes: 1 << 20}}); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled: %v", err)
	}
	e.Close()
	if _, err := e.Run(context.Background(), Request{Module: mod}); !errors.Is(err, ErrClosed) {
		t.Fatalf("closed: %v", err)
	}
}

func TestConcurrentRuns(t *testing.T) {
	// Room for two runs: each reserves its 32 MiB memory limit plus the
	// default output and stderr buffers.
	e := newEngine(t, Config{MaxConcurrent: 2, MaxTotalMemory: 72 << 20})
	mod := readGoGuest(t)
	var wg sync.WaitGroup
	outs := make([]Result, 8)
	for i := range outs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := e.Run(context.Background(), Request{Module: mod, Args: []string{"sha"}, Input: []byte("abc"), Limits: Limits{MemoryBytes: 32 << 20}})
			if err != nil {
				t.Error(err)
			}
			outs[i] = res
		}()
	}
	wg.Wait()
	for _, r := range outs {
		if r.Status != StatusOK || !bytes.Equal(r.Output, outs[0].Output) || r.FuelUsed != outs[0].FuelUsed {
			t.Fatalf("%s %q fuel %d vs %d", r.Status, r.Output, r.FuelUsed, outs[0].FuelUsed)
		}
	}
}

// The statuses themselves are tested in package onchain; the engine re-exports them.
func TestParseStatus(t *testing.T) {
	for s := StatusOK; s <= StatusTimeout; s++ {
		p, err := ParseStatus(s.String())
		if err != nil || p != s {
			t.Fatalf("%d: %v", s, err)
		}
	}
	if _, err := ParseStatus("nonsense"); err == nil || !strings.HasPrefix(err.Error(), "engine: ") {
		t.Fatalf("ParseStatus(nonsense): %v", err)
	}
}
