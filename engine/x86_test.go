package engine

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/blockless/avs/emulator"
	"github.com/blockless/avs/emulator/elftest"
	"github.com/blockless/avs/internal/built"
)

// The corpus is a TEST_PREREQ (make emulator-corpus); the tests that run its
// programs skip without it (see internal/built).
const x86Corpus = "../build/emulator/musl-O2/"

func readCorpus(t testing.TB, name string) []byte {
	t.Helper()
	built.Require(t, "emulator-corpus", filepath.Join(x86Corpus, name))
	b, err := os.ReadFile(filepath.Join(x86Corpus, name))
	if err != nil {
		t.Fatalf("%v: run 'make emulator-corpus'", err)
	}
	return b
}

// x86EmulatorPath is the Config.X86Emulator of x86Engine: empty (the default
// search, which finds build/emulator/x86emu.wasm) after `make emulator-wasm`,
// else the emulator built here as that target builds it, so that these tests
// need no make on a fresh clone. Built once per test binary: the Go build
// cache makes it a link step after the first time.
var x86EmulatorPath = sync.OnceValues(func() (string, error) {
	if _, err := findX86Emulator(""); err == nil {
		return "", nil
	}
	out := filepath.Join(filepath.Dir(goGuest), x86EmulatorFile)
	cmd := exec.Command("go", "build", "-trimpath", "-buildvcs=false", "-o", out, "../emulator/cmd/x86emu")
	cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm", "CGO_ENABLED=0", "GOFLAGS=")
	if b, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("building the emulator for wasip1 (what `make emulator-wasm` does): %w\n%s", err, b)
	}
	return out, nil
})

// x86Engine is an engine with the emulator compiled; tests share one per
// test function because compiling the emulator takes seconds.
func x86Engine(t testing.TB) *Engine {
	t.Helper()
	emu, err := x86EmulatorPath()
	if err != nil {
		t.Fatal(err)
	}
	e, err := New(Config{MaxConcurrent: 2, SerialCompile: true, X86Emulator: emu}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close() })
	if _, _, err := e.X86Emulator(); err != nil {
		t.Fatalf("%v (run 'make emulator-wasm')", err)
	}
	return e
}

func runX86(t *testing.T, e *Engine, req Request) Result {
	t.Helper()
	res, err := e.RunX86(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestRunX86(t *testing.T) {
	sha := readCorpus(t, "sha256") // before compiling the emulator: without the corpus the test skips
	e := x86Engine(t)
	taskID := [32]byte{1, 2, 3}

	t.Run("ok matches native and the emulator", func(t *testing.T) {
		res := runX86(t, e, Request{Module: sha, Args: []string{"3"}, TaskID: taskID, Timestamp: 1_700_000_000})
		if res.Status != StatusOK || res.ExitCode != 0 {
			t.Fatalf("status %s exit %d: %s %s", res.Status, res.ExitCode, res.Message, res.Stderr)
		}
		native, err := exec.Command(filepath.Join(x86Corpus, "sha256"), "3").Output()
		if err != nil {
			t.Fatalf("native run: %v", err)
		}
		if !bytes.Equal(res.Output, native) {
			t.Fatalf("output %q, native %q", res.Output, native)
		}
		// The instruction count is the emulator's, exactly as a native
		// emulator run with the same configuration counts it.
		want, err := emulator.Run(context.Background(), emulator.Config{ELF: sha, Args: []string{"/prog", "3"},
			Seed: taskID, Time: 1_700_000_000})
		if err != nil {
			t.Fatal(err)
		}
		if res.FuelUsed != want.Instructions || res.FuelUsed == 0 {
			t.Fatalf("instructions %d, native emulator %d", res.FuelUsed, want.Instructions)
		}
		if len(res.Stderr) != 0 {
			t.Fatalf("stderr %q: the status line must not reach the program's stderr", res.Stderr)
		}
	})

	t.Run("exit code, args and env", func(t *testing.T) {
		res := runX86(t, e, Request{Module: readCorpus(t, "args"), Args: []string{"one", "-two"}, Env: []string{"CORPUS=yes"}})
		if res.Status != StatusExitNonZero || res.ExitCode != 13 {
			t.Fatalf("status %s exit %d: %s", res.Status, res.ExitCode, res.Message)
		}
		for _, s := range []string{"argv[1]=one", "argv[2]=-two", "CORPUS=yes"} {
			if !strings.Contains(string(res.Output), s) {
				t.Fatalf("output %q lacks %q", res.Output, s)
			}
		}
	})

	t.Run("budget exhausted", func(t *testing.T) {
		res := runX86(t, e, Request{Module: sha, Args: []string{"3"}, Limits: Limits{Fuel: 10_000}})
		if res.Status != StatusOutOfFuel || res.FuelUsed != 10_000 || len(res.Output) != 0 {
			t.Fatalf("status %s instructions %d output %q", res.Status, res.FuelUsed, res.Output)
		}
	})

	t.Run("illegal instruction", func(t *testing.T) {
		res := runX86(t, e, Request{Module: elftest.Tiny([]byte{0x90, 0x0f, 0x0b})}) // nop; ud2
		if res.Status != StatusTrap || res.Trap != TrapX86IllegalInstruction || res.ExitCode != 128+4 || res.FuelUsed != 1 {
			t.Fatalf("status %s trap %s exit %d instructions %d: %s", res.Status, res.Trap, res.ExitCode, res.FuelUsed, res.Message)
		}
		if !strings.Contains(res.Message, "illegal instruction") {
			t.Fatalf("message %q", res.Message)
		}
	})

	t.Run("signals keep the program's stderr", func(t *testing.T) {
		res := runX86(t, e, Request{Module: readCorpus(t, "abort")})
		if res.Status != StatusTrap || res.Trap != TrapX86Signal || res.ExitCode != 128+6 {
			t.Fatalf("abort: status %s trap %s exit %d", res.Status, res.Trap, res.ExitCode)
		}
		if string(res.Stderr) != "about to abort\n" {
			t.Fatalf("abort stderr %q", res.Stderr)
		}
		res = runX86(t, e, Request{Module: readCorpus(t, "sigfpe")})
		if res.Status != StatusTrap || res.Trap != TrapX86DivideError || res.ExitCode != 128+8 || len(res.Output) != 0 {
			t.Fatalf("sigfpe: status %s trap %s exit %d output %q", res.Status, res.Trap, res.ExitCode, res.Output)
		}
	})

	t.Run("output limit", func(t *testing.T) {
		res := runX86(t, e, Request{Module: sha, Args: []string{"3"}, Limits: Limits{MaxOutput: 8}})
		if res.Status != StatusOutputTooLarge || len(res.Output) != 0 {
			t.Fatalf("status %s output %q", res.Status, res.Output)
		}
	})

	t.Run("wall-clock limit", func(t *testing.T) {
		res := runX86(t, e, Request{Module: sha, Args: []string{"1000000"}, Limits: Limits{Timeout: 100 * time.Millisecond}})
		if res.Status != StatusTimeout || res.Status.Signable() || len(res.Output) != 0 {
			t.Fatalf("status %s output %q", res.Status, res.Output)
		}
	})

	t.Run("guest memory limit", func(t *testing.T) {
		res := runX86(t, e, Request{Module: readCorpus(t, "malloc_heavy"), Limits: Limits{MemoryBytes: 1 << 20}})
		if res.Status != StatusOutOfMemory || len(res.Output) != 0 {
			t.Fatalf("status %s output %q: %s", res.Status, res.Output, res.Message)
		}
	})

	t.Run("garbage is an invalid module", func(t *testing.T) {
		for _, b := range [][]byte{[]byte("\x7fELF but not really an executable"), []byte("hello"), elftest.Tiny(nil)[:70]} {
			res := runX86(t, e, Request{Module: b})
			if res.Status != StatusInvalidModule {
				t.Fatalf("%q: status %s: %s", b, res.Status, res.Message)
			}
		}
	})

	t.Run("deterministic", func(t *testing.T) {
		// rand_stats reads getrandom and the clock: both must come from the task.
		prog := readCorpus(t, "rand_stats")
		req := Request{Module: prog, Input: []byte("some input"), TaskID: taskID, Timestamp: 42}
		a, b := runX86(t, e, req), runX86(t, e, req)
		if a.Status != b.Status || a.ExitCode != b.ExitCode || a.FuelUsed != b.FuelUsed || !bytes.Equal(a.Output, b.Output) || !bytes.Equal(a.Stderr, b.Stderr) {
			t.Fatalf("runs differ:\n%s %d %d %q\n%s %d %d %q", a.Status, a.ExitCode, a.FuelUsed, a.Output, b.Status, b.ExitCode, b.FuelUsed, b.Output)
		}
		if a.Status != StatusOK || len(a.Output) == 0 {
			t.Fatalf("status %s output %q: %s", a.Status, a.Output, a.Message)
		}
	})

	t.Run("caps", func(t *testing.T) {
		capped, err := New(Config{MaxLimits: Limits{Fuel: 1000}}, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer capped.Close()
		if _, err := capped.RunX86(context.Background(), Request{Module: sha, Limits: Limits{Fuel: 2000}}); !IsRefusal(err) {
			t.Fatal("a budget above the cap must be refused")
		}
	})
}

// TestX86Safety: the x86 path honours cancellation, the environment pin
// and the memory budget like Run. Needs only the emulator, not the corpus.
func TestX86Safety(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles the x86 emulator with Cranelift (about 15 s): -short (make check) leaves it to make test")
	}
	e := x86Engine(t)
	spin := elftest.Tiny([]byte{0xeb, 0xfe}) // jmp .

	t.Run("environment binds the emulator", func(t *testing.T) {
		_, emu, err := e.X86Emulator()
		if err != nil {
			t.Fatal(err)
		}
		env, err := e.Environment(RuntimeX86)
		if err != nil || env != X86Environment(emu) || env == WasmEnvironment() {
			t.Fatalf("Environment(x86) = %x, %v", env, err)
		}
		res := runX86(t, e, Request{Module: elftest.Tiny([]byte{0x90, 0x0f, 0x0b}), Environment: env})
		if res.Status != StatusTrap {
			t.Fatalf("pinned to this environment: %s", res.Status)
		}
		// A wasm environment is not an x86 one.
		if _, err := e.RunX86(context.Background(), Request{Module: spin, Environment: WasmEnvironment()}); !errors.Is(err, ErrEnvironmentMismatch) || !IsRefusal(err) {
			t.Fatalf("wasm pin on an x86 task: %v", err)
		}
	})

	t.Run("cancel interrupts the emulator", func(t *testing.T) {
		// The emulator is compiled by now (previous subtest), so the
		// cancel reaches a running guest.
		ctx, cancel := context.WithCancel(context.Background())
		time.AfterFunc(500*time.Millisecond, cancel)
		res, err := within(t, func() (Result, error) {
			return e.RunX86(ctx, Request{Module: spin, Limits: Limits{Fuel: UnlimitedFuel, Timeout: time.Hour}})
		})
		if !errors.Is(err, context.Canceled) || IsRefusal(err) {
			t.Fatalf("got %v (status %s), want context.Canceled", err, res.Status)
		}
		if !strings.Contains(err.Error(), "interrupted") {
			t.Fatalf("cancelled before the emulator ran: %v", err)
		}
	})

	t.Run("more than the memory budget is refused", func(t *testing.T) {
		// The emulator may use 2x the guest memory + 128 MiB of host memory.
		small, err := New(Config{MaxTotalMemory: 512 << 20}, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer small.Close()
		// 1<<63: twice that must not wrap around to a small reservation.
		for _, mem := range []uint64{256 << 20, 1 << 63} {
			_, err = within(t, func() (Result, error) {
				return small.RunX86(context.Background(), Request{Module: spin, Limits: Limits{MemoryBytes: mem}})
			})
			if !errors.Is(err, ErrMemoryAboveBudget) || !IsRefusal(err) {
				t.Fatalf("memory %d: got %v, want a refusal", mem, err)
			}
		}
	})
}

func TestX86Outcome(t *testing.T) {
	// The program's stderr without a final newline: the status line follows
	// on the same line and must still be found and removed.
	res := Result{Status: StatusExitNonZero, ExitCode: 125, Stderr: []byte("partial" +
		"x86emu: unknown syscall 999 called 2 times\n" +
		"x86emu: status=signal exit=134 signal=6 instructions=77 syscalls=3 killed by signal 6\n")}
	if err := x86Outcome(&res, 1<<10); err != nil {
		t.Fatal(err)
	}
	if string(res.Stderr) != "partial" || res.Status != StatusTrap || res.Trap != TrapX86Signal || res.FuelUsed != 77 || res.ExitCode != 134 {
		t.Fatalf("%+v", res)
	}
	if !strings.Contains(res.Message, "unknown syscall 999") {
		t.Fatalf("message %q", res.Message)
	}
	// Without a status line an ordinary exit is a host problem, not a result.
	res = Result{Status: StatusOK, Stderr: []byte("x86emu: -framed: ELF length exceeds stdin\n")}
	if err := x86Outcome(&res, 1<<10); err == nil {
		t.Fatal("missing status line accepted")
	}
}

// TestX86Mounts: an x86 program reads mounted directories at their guest
// paths; bad mounts are refused before anything runs.
func TestX86Mounts(t *testing.T) {
	img, err := os.ReadFile("/bin/busybox")
	if err != nil {
		t.Fatalf("%v: install busybox-static ('make deps')", err)
	}
	e := x86Engine(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "in.txt"), []byte("3\n1\n2\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	req := Request{Module: img, Args: []string{"sort", "-n", "/in/in.txt"}, Argv0: "busybox",
		Mounts: []Mount{{HostDir: dir, GuestDir: "/in"}}}
	res := runX86(t, e, req)
	if res.Status != StatusOK || string(res.Output) != "1\n2\n3\n" {
		t.Fatalf("status %s output %q stderr %q", res.Status, res.Output, res.Stderr)
	}
	// stat is deterministic: inode, times and mode never come from the host.
	req.Args = []string{"stat", "-c", "%i %Y %a %F", "/in/in.txt", "/in"}
	req.Timestamp = 1_700_000_000
	first := runX86(t, e, req)
	if err := os.Chtimes(filepath.Join(dir, "in.txt"), time.Unix(1, 0), time.Unix(1, 0)); err != nil {
		t.Fatal(err)
	}
	if again := runX86(t, e, req); string(again.Output) != string(first.Output) || !strings.Contains(string(first.Output), "1700000000 644 regular file") {
		t.Fatalf("stat: %q then %q", first.Output, again.Output)
	}

	for name, m := range map[string]Mount{
		"missing dir":   {HostDir: filepath.Join(dir, "nope"), GuestDir: "/in"},
		"file not dir":  {HostDir: filepath.Join(dir, "in.txt"), GuestDir: "/in"},
		"relative path": {HostDir: dir, GuestDir: "in"},
	} {
		bad := req
		bad.Mounts = []Mount{m}
		if _, err := e.RunX86(context.Background(), bad); !errors.Is(err, ErrInvalidRequest) {
			t.Errorf("%s: err %v, want ErrInvalidRequest", name, err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "big"), make([]byte, 2*WasmPage), 0o644); err != nil {
		t.Fatal(err)
	}
	big := req
	big.Limits = Limits{MemoryBytes: WasmPage}
	if _, err := e.RunX86(context.Background(), big); !errors.Is(err, ErrInvalidRequest) || !strings.Contains(err.Error(), "exceed the memory limit") {
		t.Errorf("mount over the memory limit: err %v", err)
	}
}

// TestX86SideUnmetered: x86 runs go to a second wasmtime engine without
// fuel metering (the x86 budget is the emulator's instruction count) and
// NaN canonicalization (the emulator picks its NaNs itself), which
// shares the engine's concurrency, memory and compile budgets, keeps the
// engine's x86 environment and closes with it.
func TestX86SideUnmetered(t *testing.T) {
	e := newEngine(t, Config{})
	x := e.x86Host()
	if x == e || !x.cfg.DisableFuel || e.cfg.DisableFuel {
		t.Fatalf("x86 host: same engine %t, its fuel off %t, the engine's fuel off %t", x == e, x.cfg.DisableFuel, e.cfg.DisableFuel)
	}
	if x.slots != e.slots || x.budget != e.budget || x.compiles != e.compiles {
		t.Fatal("the x86 side has budgets of its own: x86 runs would not count against the engine's limits")
	}
	if x.Fingerprint() == e.Fingerprint() {
		t.Fatal("the x86 side shares the engine's fingerprint: its cached artifacts would be loaded by the metered engine")
	}
	if _, err := e.Environment(RuntimeWasm); err != nil {
		t.Fatalf("the metered engine lost its environment: %v", err)
	}
	if x.x86Host() != x {
		t.Fatal("the x86 side made a side of its own")
	}
	e.Close()
	select {
	case <-x.closed:
	default:
		t.Fatal("closing the engine left its x86 side open")
	}
}
