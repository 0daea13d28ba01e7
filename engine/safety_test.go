package engine

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/bytecodealliance/wasmtime-go/v44"

	"github.com/blockless/avs/modstore"
)

// Tests that a task's content can neither hurt the operator (memory, time,
// retries forever) nor make honest operators disagree.

// patience bounds waits in these tests: far beyond anything the behaviour
// under test needs, so a failure means "never happens", not "slow".
const patience = 2 * time.Minute

// within runs f and fails the test if it has not returned after patience.
func within[T any](t *testing.T, f func() (T, error)) (T, error) {
	t.Helper()
	type out struct {
		v   T
		err error
	}
	ch := make(chan out, 1)
	go func() {
		v, err := f()
		ch <- out{v, err}
	}()
	select {
	case o := <-ch:
		return o.v, o.err
	case <-time.After(patience):
		t.Fatalf("no return after %s", patience)
	}
	panic("unreachable")
}

func watFixture(t *testing.T, src string) []byte {
	t.Helper()
	b, err := wasmtime.Wat2Wasm(src)
	if err != nil {
		t.Fatalf("wat2wasm: %v", err)
	}
	return b
}

// TestCancelInterruptsGuest: cancelling Run's context stops a guest that
// would otherwise run for an hour, returns context.Canceled (host trouble,
// not a result) and frees the slot for the next task.
func TestCancelInterruptsGuest(t *testing.T) {
	e := newEngine(t, Config{MaxConcurrent: 1})
	for name, mod := range map[string][]byte{
		"_start loops": wasm(t, "loop"),
		// The start section runs during instantiation.
		"start section loops": watFixture(t, `(module (memory (export "memory") 1)
  (func $spin (loop $l (br $l))) (start $spin) (func (export "_start")))`),
	} {
		t.Run(name, func(t *testing.T) {
			if _, st, err := e.Prepare(context.Background(), mod); err != nil || st != StatusOK {
				t.Fatalf("prepare: %s %v", st, err)
			}
			ctx, cancel := context.WithCancel(context.Background())
			time.AfterFunc(300*time.Millisecond, cancel)
			res, err := within(t, func() (Result, error) {
				return e.Run(ctx, Request{Module: mod, Limits: Limits{Fuel: UnlimitedFuel, Timeout: time.Hour}})
			})
			if !errors.Is(err, context.Canceled) || IsRefusal(err) {
				t.Fatalf("got %v (status %s), want context.Canceled, not a refusal", err, res.Status)
			}
			if !strings.Contains(err.Error(), "interrupted") {
				t.Fatalf("cancelled before the guest ran, so nothing was interrupted: %v", err)
			}
			// The only slot is free again.
			res, err = within(t, func() (Result, error) {
				return e.Run(context.Background(), Request{Module: wasm(t, "hello")})
			})
			if err != nil || res.Status != StatusOK {
				t.Fatalf("next task: %v %s", err, res.Status)
			}
		})
	}
}

// TestTimeoutClampedToCap: a task asking a longer wall-clock limit than the
// operator allows runs with the operator's cap (timeouts are never signed).
func TestTimeoutClampedToCap(t *testing.T) {
	e := newEngine(t, Config{MaxLimits: Limits{Timeout: 100 * time.Millisecond}})
	res, err := within(t, func() (Result, error) {
		return e.Run(context.Background(), Request{Module: wasm(t, "loop"),
			Limits: Limits{Fuel: UnlimitedFuel, Timeout: 49 * 24 * time.Hour}})
	})
	if err != nil || res.Status != StatusTimeout {
		t.Fatalf("got %v %s, want a timeout at the cap", err, res.Status)
	}
}

// TestCapsAreRefusals: fuel, memory and output above the operator's caps
// are refused, recognisably.
func TestCapsAreRefusals(t *testing.T) {
	e := newEngine(t, Config{MaxLimits: Limits{Fuel: 1e6, MemoryBytes: 8 << 20, MaxOutput: 1 << 20}})
	mod := wasm(t, "hello")
	for name, lim := range map[string]Limits{
		"fuel":           {Fuel: 2e6},
		"unlimited fuel": {Fuel: UnlimitedFuel},
		"memory":         {Fuel: 1e6, MemoryBytes: 16 << 20},
		"output":         {Fuel: 1e6, MaxOutput: 4 << 30},
	} {
		_, err := e.Run(context.Background(), Request{Module: mod, Limits: lim})
		if !errors.Is(err, ErrLimitAboveCap) || !IsRefusal(err) {
			t.Errorf("%s: %v, want a refusal", name, err)
		}
	}
	if res := run(t, e, Request{Module: mod, Limits: Limits{Fuel: 1e6, MemoryBytes: 1 << 20}}); res.Status != StatusOK {
		t.Fatalf("within caps: %s", res.Status)
	}
}

// TestOutputCountsInMemoryBudget: stdout and stderr buffers live in host
// memory, so they are reserved against MaxTotalMemory with the linear
// memory; a request that can never fit is refused at once, not queued
// forever and not run.
func TestOutputCountsInMemoryBudget(t *testing.T) {
	e := newEngine(t, Config{MaxTotalMemory: 8 << 20})
	for name, lim := range map[string]Limits{
		"tiny memory, 1 GiB output": {Fuel: 1e6, MemoryBytes: 128 << 10, MaxOutput: 1 << 30},
		"memory above the budget":   {Fuel: 1e6, MemoryBytes: 16 << 20},
		"memory + output above":     {Fuel: 1e6, MemoryBytes: 6 << 20, MaxOutput: 3 << 20},
	} {
		res, err := within(t, func() (Result, error) {
			return e.Run(context.Background(), Request{Module: wasm(t, "bigout"), Limits: lim})
		})
		if !errors.Is(err, ErrLimitAboveCap) || !errors.Is(err, ErrMemoryAboveBudget) || !IsRefusal(err) {
			t.Errorf("%s: %v (status %s), want a refusal", name, err, res.Status)
		}
	}
	res := run(t, e, Request{Module: wasm(t, "bigout"), Limits: Limits{Fuel: 1e6, MemoryBytes: 2 << 20, MaxOutput: 1 << 20}})
	if res.Status != StatusOutputTooLarge {
		t.Fatalf("within the budget: %s", res.Status)
	}
}

// TestCapWriterNeverExceedsLimit: the output buffer's capacity, not only
// its length, stays within the limit that was reserved for it.
func TestCapWriterNeverExceedsLimit(t *testing.T) {
	const limit = 100_000
	w := &capWriter{limit: limit, failOnOverflow: true}
	chunk := make([]byte, 30_000)
	for i := 0; i < 3; i++ {
		if n := w.write(chunk); n != len(chunk) {
			t.Fatalf("write %d: %d", i, n)
		}
	}
	if n := w.writev([][]byte{chunk[:5_000], chunk[:5_000]}, 10_000); n != 10_000 {
		t.Fatalf("writev: %d", n)
	}
	if n := w.write([]byte{1}); n != -errnoFbig {
		t.Fatalf("write past the limit: %d", n)
	}
	if len(w.buf) != limit || cap(w.buf) > limit {
		t.Fatalf("len %d cap %d, limit %d", len(w.buf), cap(w.buf), limit)
	}
	stderr := &capWriter{limit: limit}
	for i := 0; i < 5; i++ {
		stderr.write(chunk)
	}
	if len(stderr.buf) != limit || cap(stderr.buf) > limit {
		t.Fatalf("stderr len %d cap %d, limit %d", len(stderr.buf), cap(stderr.buf), limit)
	}
}

// TestInstantiationFaultsAreResults: modules that wasmtime compiles but the
// engine's fixed store limits refuse to instantiate get a signable status,
// the same on every operator, instead of a host error retried forever.
func TestInstantiationFaultsAreResults(t *testing.T) {
	e := newEngine(t, Config{})
	cases := []struct {
		name string
		wat  string
		want Status
		trap TrapKind
	}{
		{"five tables", `(module (memory (export "memory") 1)
  (table 1 funcref) (table 1 funcref) (table 1 funcref) (table 1 funcref) (table 1 funcref)
  (func (export "_start")))`, StatusInvalidModule, TrapNone},
		{"unexported memory above the limit", `(module (memory 1000) (func (export "_start")))`, StatusOutOfMemory, TrapNone},
		{"table above the element limit", `(module (memory (export "memory") 1) (table 2000000 funcref) (func (export "_start")))`, StatusOutOfMemory, TrapNone},
		{"data segment out of bounds", `(module (memory (export "memory") 1) (data (i32.const 70000) "x") (func (export "_start")))`, StatusTrap, TrapMemoryOutOfBounds},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res, err := e.Run(context.Background(), Request{Module: watFixture(t, tc.wat), Limits: Limits{MemoryBytes: 4 << 20}})
			if err != nil {
				t.Fatalf("host error %v, want status %s", err, tc.want)
			}
			if res.Status != tc.want || res.Trap != tc.trap || !res.Status.Signable() {
				t.Fatalf("got %s/%s (%s), want %s/%s", res.Status, res.Trap, res.Message, tc.want, tc.trap)
			}
		})
	}
}

// TestCompileErrorsClassified: wasmtime's parse and validation errors for
// features this engine switches off are invalid-module results; messages
// that are not recognisably the module's fault are host errors.
func TestCompileErrorsClassified(t *testing.T) {
	e := newEngine(t, Config{})
	mods := map[string][]byte{
		"unknown opcode": {0, 'a', 's', 'm', 1, 0, 0, 0, 1, 4, 1, 0x60, 0, 0, 3, 2, 1, 0, 10, 5, 1, 3, 0, 0xff, 0x0b},
		"bad version":    {0, 'a', 's', 'm', 2, 0, 0, 0},
		"component":      {0, 'a', 's', 'm', 0x0d, 0, 1, 0},
	}
	for name, src := range map[string]string{
		"shared memory": `(module (memory 1 1 shared) (func (export "_start")))`,
		"atomics":       `(module (memory 1 1) (func (export "_start") (drop (i32.atomic.load (i32.const 0)))))`,
		"memory64":      `(module (memory i64 1) (func (export "_start")))`,
		"two memories":  `(module (memory 1) (memory 1) (func (export "_start")))`,
		"gc":            `(module (type (struct)) (func (export "_start")))`,
		"typed funcref": `(module (type $t (func)) (func (export "_start") (drop (ref.null $t))))`,
		"exceptions":    `(module (tag) (func (export "_start")))`,
		"relaxed simd":  `(module (func (export "_start") (drop (i32x4.relaxed_trunc_f32x4_s (v128.const i32x4 0 0 0 0)))))`,
		"custom pages":  `(module (memory 1 (pagesize 1)) (func (export "_start")))`,
	} {
		mods[name] = watFixture(t, src)
	}
	for name, mod := range mods {
		res, err := e.Run(context.Background(), Request{Module: mod})
		if err != nil || res.Status != StatusInvalidModule {
			t.Errorf("%s: %v %s (%s), want invalid-module", name, err, res.Status, res.Message)
		}
	}
	for _, msg := range []string{
		"", "failed to allocate executable memory",
		"failed to compile: wasm[0]::function[0]\n\nCaused by:\n    Compilation error: Regalloc validation error",
		"compilation cancelled",
	} {
		if moduleFault(msg) {
			t.Errorf("%q taken for the module's fault", msg)
		}
	}
}

// TestCompileTimeoutIsHostError: a compile that overruns CompileTimeout is
// a host error (not a refusal, not invalid-module, not cached), and the
// abandoned compile keeps its slot until it really ends.
func TestCompileTimeoutIsHostError(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles a large module without the disk cache (seconds): -short (make check) leaves it to make test")
	}
	e, err := New(Config{CompileTimeout: time.Millisecond}, nil) // no disk cache: a real compile
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	mod := readGoGuest(t) // megabytes of code: seconds to compile
	_, err = e.Run(context.Background(), Request{Module: mod})
	if !errors.Is(err, ErrCompileTimeout) || IsRefusal(err) {
		t.Fatalf("got %v, want ErrCompileTimeout", err)
	}
	if e.compiles.TryAcquire(1) {
		t.Fatal("the abandoned compile released its slot while still running")
	}
	if e.Cached(modstore.Sum(mod)) {
		t.Fatal("a timed-out compile was cached")
	}
	// Cancelled while waiting for the busy slot: host trouble, nothing cached.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := e.Run(ctx, Request{Module: wasm(t, "hello")}); !errors.Is(err, context.Canceled) || IsRefusal(err) {
		t.Fatalf("cancelled: %v", err)
	}
	if e.Cached(modstore.Sum(wasm(t, "hello"))) {
		t.Fatal("cached after a cancelled compile")
	}
	// Once the abandoned compile ends, the slot is free again and its
	// module is kept, so the retry does not compile it again.
	ctx, cancel = context.WithTimeout(context.Background(), patience)
	defer cancel()
	if err := e.compiles.Acquire(ctx, 1); err != nil {
		t.Fatalf("compile slot never released: %v", err)
	}
	e.compiles.Release(1)
	for !e.Cached(modstore.Sum(mod)) {
		if ctx.Err() != nil {
			t.Fatal("the abandoned compile's module was not kept")
		}
		time.Sleep(10 * time.Millisecond)
	}
	res, err := e.Run(context.Background(), Request{Module: mod, Args: []string{"sha"}, Limits: Limits{MemoryBytes: 64 << 20}})
	if err != nil || res.Status != StatusOK || res.Stats.Cache != CacheMemory {
		t.Fatalf("retry: %v %s %s", err, res.Status, res.Stats.Cache)
	}
}

// TestCompileLeaderCancelled: when the request compiling a module gives
// up, another request waiting for the same module takes over instead of
// failing with the first one's cancellation.
func TestCompileLeaderCancelled(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles a large module without the disk cache (seconds): -short (make check) leaves it to make test")
	}
	e, err := New(Config{}, nil) // no disk cache: a real compile
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	mod := readGoGuest(t)
	leaderCtx, cancelLeader := context.WithCancel(context.Background())
	leader := make(chan error, 1)
	go func() {
		_, err := e.Run(leaderCtx, Request{Module: mod, Args: []string{"sha"}, Limits: Limits{MemoryBytes: 64 << 20}})
		leader <- err
	}()
	for {
		e.compileMu.Lock()
		n := len(e.inflight)
		e.compileMu.Unlock()
		if n > 0 {
			break
		}
		time.Sleep(time.Millisecond)
	}
	follower := make(chan error, 1)
	go func() {
		res, err := e.Run(context.Background(), Request{Module: mod, Args: []string{"sha"}, Limits: Limits{MemoryBytes: 64 << 20}})
		if err == nil && res.Status != StatusOK {
			err = fmt.Errorf("status %s", res.Status)
		}
		follower <- err
	}()
	time.Sleep(200 * time.Millisecond) // let the follower start waiting for the leader
	cancelLeader()
	if err := <-leader; !errors.Is(err, context.Canceled) {
		t.Fatalf("leader: %v", err)
	}
	if _, err := within(t, func() (struct{}, error) { return struct{}{}, <-follower }); err != nil {
		t.Fatalf("follower: %v", err)
	}
}

// TestModuleTooLargeIsRefusal: a module above the operator's size cap is
// refused, whichever way it arrives, rather than judged invalid.
func TestModuleTooLargeIsRefusal(t *testing.T) {
	store, err := modstore.New(modstore.Config{Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	mod := wasm(t, "hello")
	d, err := store.Put(mod)
	if err != nil {
		t.Fatal(err)
	}
	e, err := New(Config{MaxModuleBytes: len(mod) - 1}, store)
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	_, err1 := e.Run(context.Background(), Request{Module: mod})
	_, err2 := e.Run(context.Background(), Request{Digest: d})
	_, _, err3 := e.Prepare(context.Background(), mod)
	_, err4 := e.RunX86(context.Background(), Request{Module: mod})
	for i, err := range []error{err1, err2, err3, err4} {
		if !errors.Is(err, ErrModuleTooLarge) || !IsRefusal(err) {
			t.Errorf("%d: %v, want ErrModuleTooLarge", i, err)
		}
	}
	if e.Cached(d) {
		t.Fatal("an oversized module was compiled")
	}
}

// TestEnvironment: the digest depends only on what decides results, and a
// pinned task is refused by an engine with another environment.
func TestEnvironment(t *testing.T) {
	env := WasmEnvironment()
	if env == ([32]byte{}) || env != WasmEnvironment() {
		t.Fatal("WasmEnvironment is zero or unstable")
	}
	if wasmEnvironment("linux", "amd64") == wasmEnvironment("linux", "arm64") {
		t.Fatal("the architecture does not change the digest")
	}
	a, b := X86Environment([32]byte{1}), X86Environment([32]byte{2})
	if a == b || a == env {
		t.Fatal("X86Environment ignores the emulator digest or equals the wasm one")
	}
	// Operator caps, cache and concurrency are not part of it.
	e1 := newEngine(t, Config{})
	e2 := newEngine(t, Config{CacheDir: t.TempDir(), MaxConcurrent: 1, MaxTotalMemory: 1 << 30,
		MaxLimits: Limits{Fuel: 1e9, MemoryBytes: 64 << 20, Timeout: time.Second, MaxOutput: 1 << 10}})
	for _, e := range []*Engine{e1, e2} {
		got, err := e.Environment(RuntimeWasm)
		if err != nil || got != env {
			t.Fatalf("Environment(wasm) = %x, %v", got, err)
		}
	}
	if _, err := e1.Environment(9); !errors.Is(err, ErrInvalidRequest) {
		t.Fatalf("unknown runtime: %v", err)
	}
	// Engines that would compute other results have no environment.
	for name, cfg := range map[string]Config{
		"fuel off":    {DisableFuel: true},
		"other stack": {MaxWasmStack: 2 << 20},
	} {
		e := newEngine(t, cfg)
		if _, err := e.Environment(RuntimeWasm); !errors.Is(err, ErrNoEnvironment) {
			t.Errorf("%s: %v, want ErrNoEnvironment", name, err)
		}
		if _, err := e.Run(context.Background(), Request{Module: wasm(t, "hello"), Environment: env}); !errors.Is(err, ErrEnvironmentMismatch) || !IsRefusal(err) {
			t.Errorf("%s: pinned request: %v, want a refusal", name, err)
		}
	}
	// Pinned requests: this engine's environment runs, any other is refused.
	if res, err := e1.Run(context.Background(), Request{Module: wasm(t, "hello"), Environment: env}); err != nil || res.Status != StatusOK {
		t.Fatalf("matching pin: %v %s", err, res.Status)
	}
	other := env
	other[0] ^= 1
	if _, err := e1.Run(context.Background(), Request{Module: wasm(t, "hello"), Environment: other}); !errors.Is(err, ErrEnvironmentMismatch) || !IsRefusal(err) {
		t.Fatalf("other pin: %v", err)
	}
}

// TestIsRefusal: one predicate separates "skip this task" from "retry".
func TestIsRefusal(t *testing.T) {
	wrap := func(err error) error { return fmt.Errorf("node: %w", err) }
	for _, err := range []error{ErrLimitAboveCap, ErrInvalidRequest, ErrInputTooLarge, ErrMemoryAboveBudget,
		ErrModuleTooLarge, ErrEnvironmentMismatch, wrap(ErrLimitAboveCap)} {
		if !IsRefusal(err) {
			t.Errorf("%v is not a refusal", err)
		}
	}
	for _, err := range []error{nil, ErrClosed, ErrModuleNotFound, ErrDigestMismatch, ErrCompileTimeout,
		context.Canceled, wrap(context.DeadlineExceeded), errors.New("disk full")} {
		if IsRefusal(err) {
			t.Errorf("%v is a refusal", err)
		}
	}
	// Input above MaxInput comes from the task: a refusal.
	e := newEngine(t, Config{MaxInput: 4})
	if _, err := e.Run(context.Background(), Request{Module: wasm(t, "hello"), Input: []byte("12345")}); !IsRefusal(err) {
		t.Fatalf("input: %v", err)
	}
}

// TestReservation: Config.Reservation is exactly what Run reserves, so an
// operator can size MaxTotalMemory from its caps.
func TestReservation(t *testing.T) {
	lim := Limits{Fuel: 1e6, MemoryBytes: 1 << 20, MaxOutput: 1000}
	input := []byte("0123456789")
	need := Config{}.Reservation(RuntimeWasm, lim, 0, len(input))
	if want := uint64(1<<20 + 1000 + 64<<10 + 10); need != want {
		t.Fatalf("wasm reservation %d, want %d", need, want)
	}
	fits := newEngine(t, Config{MaxTotalMemory: need})
	if res := run(t, fits, Request{Module: wasm(t, "echo"), Input: input, Limits: lim}); res.Status != StatusOK {
		t.Fatalf("exactly the budget: %s", res.Status)
	}
	short := newEngine(t, Config{MaxTotalMemory: need - 1})
	if _, err := short.Run(context.Background(), Request{Module: wasm(t, "echo"), Input: input, Limits: lim}); !errors.Is(err, ErrMemoryAboveBudget) {
		t.Fatalf("one byte short: %v", err)
	}
	x86 := Config{}.Reservation(RuntimeX86, Limits{MemoryBytes: 1 << 20, MaxOutput: 1000}, 100, 10)
	if want := uint64(2<<20 + x86WasmOverhead + 2*1000 + x86StderrSlack + 8 + 100 + 10); x86 != want {
		t.Fatalf("x86 reservation %d, want %d", x86, want)
	}
	if got := (Config{}).Reservation(RuntimeX86, Limits{MemoryBytes: 1 << 63}, 0, 0); got < 1<<32 {
		t.Fatalf("huge guest memory reserves %d", got)
	}
}
