package engine

import (
	"context"
	"errors"
	"fmt"
	"math"
	"runtime"
	"sync"
	"time"

	"github.com/bytecodealliance/wasmtime-go/v44"
	"golang.org/x/sync/semaphore"

	"github.com/blockless/avs/modstore"
)

// Errors returned by Run, never for guest behaviour. They are of two kinds
// (IsRefusal tells them apart): refusals, caused by the task itself, which
// this operator will never run, and host trouble, which may pass.
var (
	ErrClosed         = errors.New("engine: closed")
	ErrModuleNotFound = errors.New("engine: module not found")
	ErrDigestMismatch = errors.New("engine: module bytes do not match the requested digest")
	ErrNoModule       = errors.New("engine: request has neither module bytes nor a digest")
	// ErrCompileTimeout: the module did not compile within
	// Config.CompileTimeout. Host trouble (another operator's machine may
	// be faster), so never a result and never cached.
	ErrCompileTimeout = errors.New("engine: module compilation timed out")

	// Refusals (IsRefusal).
	ErrLimitAboveCap  = errors.New("engine: requested limit above the operator's cap")
	ErrInvalidRequest = errors.New("engine: invalid request")
	// ErrInputTooLarge, ErrMemoryAboveBudget and ErrModuleTooLarge come
	// wrapped together with ErrLimitAboveCap.
	ErrInputTooLarge     = errors.New("engine: input larger than the engine's MaxInput")
	ErrMemoryAboveBudget = errors.New("engine: request needs more memory than MaxTotalMemory")
	ErrModuleTooLarge    = errors.New("engine: module larger than the engine's MaxModuleBytes")
	// ErrEnvironmentMismatch: the task is pinned to an execution
	// environment (Environment) other than this build's, whose result could
	// differ from what this operator would compute.
	ErrEnvironmentMismatch = errors.New("engine: task pinned to another execution environment")
)

// IsRefusal reports whether err means that the task itself (its limits,
// sizes, request fields or pinned environment) is something this operator
// will never run: the caller skips the task, without retrying and without
// signing. Every other error from Run or RunX86 is host trouble (module
// unavailable, compile timeout, context cancelled, engine closed...): retry
// while the task's deadline allows, and never sign.
func IsRefusal(err error) bool {
	return errors.Is(err, ErrLimitAboveCap) || errors.Is(err, ErrInvalidRequest) ||
		errors.Is(err, ErrInputTooLarge) || errors.Is(err, ErrMemoryAboveBudget) ||
		errors.Is(err, ErrModuleTooLarge) || errors.Is(err, ErrEnvironmentMismatch)
}

// ModuleSource supplies module bytes by digest when Run is given only a
// digest that is not compiled yet. *modstore.Store implements it.
type ModuleSource interface {
	Get(ctx context.Context, d modstore.Digest) ([]byte, error)
}

// baselineOffX86 are the Cranelift x86 ISA extensions switched off so that
// code generation depends only on x86-64-v2 (SSE4.2, POPCNT, CMPXCHG16B).
var baselineOffX86 = []string{
	"has_avx", "has_avx2", "has_fma", "has_bmi1", "has_bmi2", "has_lzcnt",
	"has_avx512bitalg", "has_avx512dq", "has_avx512vl", "has_avx512vbmi", "has_avx512f",
}

// Engine runs WASI modules. Create one per process with New and share it:
// it owns the wasmtime engine, the epoch timer, the compiled-module caches
// and the concurrency budget. All methods are safe for concurrent use.
type Engine struct {
	cfg    Config
	fp     string
	wt     *wasmtime.Engine
	linker *wasmtime.Linker // our WASI; shared by all executions
	// x86Linker serves RunX86: our WASI plus the translator's imports
	// (x86jit.go), which plain modules must not see.
	x86Linker *wasmtime.Linker
	// x86Trampoline enters translated x86 code from the emulator without
	// leaving wasm (x86jit.go).
	x86Trampoline *wasmtime.Module
	x86mods       x86Modules
	mem           *lru
	disk          *diskCache
	source        ModuleSource

	slots    *semaphore.Weighted // concurrent executions
	budget   *semaphore.Weighted // bytes of memory reserved in flight
	compiles *semaphore.Weighted // compiles running, abandoned ones included

	compileMu sync.Mutex
	inflight  map[modstore.Digest]*compileCall

	x86 x86Emulator // the emulator module for RunX86, loaded on first use
	// x86Side is the engine RunX86 compiles and runs the emulator in:
	// this one's configuration without fuel metering and NaN
	// canonicalization (see newX86Side). Nil in the x86 side itself.
	x86Side *Engine

	stopTicker chan struct{}
	tickerDone chan struct{}
	closeOnce  sync.Once
	closed     chan struct{}
}

type compileCall struct {
	done chan struct{}
	mod  *compiled
	err  error
}

// New creates an Engine. src may be nil; it is only consulted for requests
// that carry a digest without bytes.
func New(cfg Config, src ModuleSource) (*Engine, error) {
	cfg = cfg.withDefaults()
	if err := checkStoreLayout(); err != nil {
		return nil, err
	}
	switch {
	case cfg.MaxConcurrent < 0, cfg.MaxConcurrentCompiles < 0, cfg.MaxModuleBytes < 0,
		cfg.CompileTimeout < 0, cfg.MaxInput < 0, cfg.MaxStderr < 0, cfg.MaxTotalMemory > math.MaxInt64:
		return nil, fmt.Errorf("engine: invalid configuration: negative or out-of-range bounds")
	}
	wc := wasmtime.NewConfig()
	// Determinism: the same bits on every operator.
	wc.SetCraneliftNanCanonicalization(!cfg.x86Side) // see newX86Side
	wc.SetWasmThreads(false)
	wc.SetWasmRelaxedSIMD(false)
	wc.SetWasmSIMD(true) // deterministic once NaNs are canonical
	wc.SetConsumeFuel(!cfg.DisableFuel)
	// Wall-clock protection for the operator.
	wc.SetEpochInterruption(true)
	wc.SetMaxWasmStack(cfg.MaxWasmStack)
	wc.SetCraneliftOptLevel(wasmtime.OptLevelSpeed)
	wc.SetParallelCompilation(!cfg.SerialCompile)
	// Features whose semantics we have not reviewed for determinism or
	// bounded host memory stay off; modules using them are invalid.
	wc.SetWasmMemory64(false)
	wc.SetWasmMultiMemory(false)
	wc.SetWasmGC(false)
	wc.SetWasmFunctionReferences(false)
	if runtime.GOARCH == "amd64" {
		// Same machine code on every x86-64 operator: without this, Cranelift
		// uses whatever the host CPU offers (AVX, BMI, ...), which changes
		// register allocation and so native frame sizes, and with them the
		// recursion depth at which a guest hits stack-overflow. Pinning the
		// ISA to a common baseline keeps that status deterministic across
		// CPUs; scalar integer code (most guests) loses next to nothing.
		for _, f := range baselineOffX86 {
			wc.SetCraneliftFlag(f, "false")
		}
	}
	wt := wasmtime.NewEngineWithConfig(wc)

	linker, err := newLinker(wt)
	if err != nil {
		wt.Close()
		return nil, err
	}

	e := &Engine{
		cfg:        cfg,
		fp:         cfg.fingerprint(),
		wt:         wt,
		linker:     linker,
		mem:        newLRU(cfg.MemoryCacheEntries),
		source:     src,
		slots:      semaphore.NewWeighted(int64(cfg.MaxConcurrent)),
		budget:     semaphore.NewWeighted(int64(cfg.MaxTotalMemory)),
		compiles:   semaphore.NewWeighted(int64(cfg.MaxConcurrentCompiles)),
		inflight:   map[modstore.Digest]*compileCall{},
		stopTicker: make(chan struct{}),
		tickerDone: make(chan struct{}),
		closed:     make(chan struct{}),
	}
	if cfg.CacheDir != "" {
		dc, err := newDiskCache(cfg.CacheDir, cfg.CacheMaxBytes, e.fp)
		if err != nil {
			wt.Close()
			return nil, err
		}
		e.disk = dc
	}
	if e.x86Linker, err = newLinker(wt); err != nil {
		wt.Close()
		return nil, err
	}
	if err := e.defineX86JIT(e.x86Linker); err != nil {
		wt.Close()
		return nil, err
	}
	if e.x86Trampoline, err = newX86Trampoline(wt); err != nil {
		wt.Close()
		return nil, err
	}
	if !cfg.x86Side {
		if e.x86Side, err = e.newX86Side(src); err != nil {
			wt.Close()
			return nil, err
		}
	}
	go e.tick()
	return e, nil
}

// newX86Side makes the engine that runs the x86 emulator and the code it
// translates: this engine's configuration with two settings changed, in a
// second wasmtime engine that shares this one's concurrency, memory and
// compile budgets.
//
//   - No fuel metering. An x86 run has no wasm fuel limit (its budget is
//     the emulator's count of x86 instructions), so metering only costs
//     time: wasmtime counts fuel in every wasm basic block, and translated
//     x86 code is mostly small blocks (each budget check and memory window
//     test is one), where the counter also takes a register. The emulator
//     never reads its fuel, so results do not change.
//   - No NaN canonicalization. Wasm leaves the bits of a NaN result open,
//     and canonicalization fixes them at the cost of a compare and a blend
//     after every float operation. The emulator picks every NaN x86 code
//     can observe itself, bit by bit: the interpreter's SSE and x87
//     arithmetic check their operands and results (sse.go, x87.go), and
//     translated code replaces each NaN result by the interpreter's. What
//     is left (x87 transcendentals, which go through float64 and are not
//     bit-exact with hardware anyway) is computed by the same machine code
//     on every operator of an environment (same wasmtime, architecture and
//     pinned ISA baseline), where x86-64's NaN rules are architectural.
//     X86Environment records the setting.
//
// emulator/README.md ("The x86 side of the engine") has the measurements.
func (e *Engine) newX86Side(src ModuleSource) (*Engine, error) {
	cfg := e.cfg
	cfg.DisableFuel, cfg.x86Side = true, true
	x, err := New(cfg, src)
	if err != nil {
		return nil, fmt.Errorf("engine: x86 side: %w", err)
	}
	x.slots, x.budget, x.compiles = e.slots, e.budget, e.compiles
	return x, nil
}

// x86Host is the engine whose wasmtime engine runs x86 emulations.
func (e *Engine) x86Host() *Engine {
	if e.x86Side != nil {
		return e.x86Side
	}
	return e
}

// newLinker defines WASI preview 1 with the deterministic overrides. The
// result holds no store-specific items, so all executions share it.
func newLinker(wt *wasmtime.Engine) (*wasmtime.Linker, error) {
	l := wasmtime.NewLinker(wt)
	if err := l.DefineWasi(); err != nil {
		return nil, fmt.Errorf("engine: define WASI: %w", err)
	}
	l.AllowShadowing(true)
	if err := defineDeterministicWASI(l); err != nil {
		return nil, fmt.Errorf("engine: define deterministic WASI: %w", err)
	}
	l.AllowShadowing(false)
	if err := defineHTTP(l); err != nil {
		return nil, fmt.Errorf("engine: define blockless_http: %w", err)
	}
	return l, nil
}

// tick advances wasmtime's epoch; stores set their deadline in ticks.
func (e *Engine) tick() {
	defer close(e.tickerDone)
	t := time.NewTicker(e.cfg.EpochInterval)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			e.wt.IncrementEpoch()
		case <-e.stopTicker:
			return
		}
	}
}

// Close stops the epoch timer. Executions still running are not waited for;
// call Close only after they have returned.
func (e *Engine) Close() error {
	e.closeOnce.Do(func() {
		close(e.closed)
		close(e.stopTicker)
		<-e.tickerDone
		if e.x86Side != nil {
			e.x86Side.Close()
		}
	})
	return nil
}

// Fingerprint identifies the engine configuration and wasmtime version.
// Fuel figures and cached artifacts are comparable only between engines
// with equal fingerprints.
func (e *Engine) Fingerprint() string { return e.fp }

// Config returns the effective configuration (defaults filled in).
func (e *Engine) Config() Config { return e.cfg }

// The operator passes its module store straight to New.
var _ ModuleSource = (*modstore.Store)(nil)
