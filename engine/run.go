package engine

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/bytecodealliance/wasmtime-go/v44"

	"github.com/blockless/avs/httpcall"
	"github.com/blockless/avs/modstore"
	"github.com/blockless/avs/protocol/onchain"
	"github.com/blockless/avs/scratchfs"
)

// Request is one execution of a WASI command module.
type Request struct {
	// Module holds the module bytes. If nil, Digest must name a module that
	// is already compiled, in the disk cache, or available from the
	// engine's ModuleSource.
	Module []byte
	// Digest, if set together with Module, must equal sha256(Module).
	Digest modstore.Digest
	// Input is the guest's stdin.
	Input []byte
	// Args are argv[1:].
	Args []string
	// Argv0 is the guest's argv[0]; empty: "function" for a WASM module and
	// "/prog" for an x86 program, what every operator shows a task's guest.
	// `blockless run` sets the program path as given, so multi-call
	// programs (busybox) find their applet.
	Argv0 string
	// Env is the environment as "KEY=VALUE" strings, in this order.
	Env []string
	// Mounts copy host directories into the guest's scratch file system
	// (a function manifest's data, or a Go test binary's testdata when run
	// locally): the guest can change its copy, the host directory is only
	// read, once, before the guest starts. Only names and contents reach
	// the guest (no host times, inode numbers or order: doc.go, "Files"),
	// so content identical on every operator keeps results deterministic.
	// The copy counts in Limits.MemoryBytes.
	Mounts []Mount
	// Limits bound the execution; zero fields take Config.DefaultLimits.
	Limits Limits
	// TaskID seeds random_get.
	TaskID [32]byte
	// Timestamp (unix seconds, normally the task's block timestamp) is the
	// guest's realtime clock at start.
	Timestamp uint64
	// Environment, if not zero, is the execution environment the task is
	// pinned to (WasmEnvironment for Run, X86Environment for RunX86). An
	// engine whose own Environment differs refuses the request with
	// ErrEnvironmentMismatch rather than compute a result others may not.
	Environment [32]byte
	// HTTP answers the function's blockless_http calls (http.go): the
	// agreed transcript replayed, live fetches beyond it. Nil: the function
	// declared no hosts, and every call is refused.
	HTTP *httpcall.Session
}

// Mount copies host directory HostDir into the guest's file system at
// GuestDir (absolute, or relative to the root), preopened under that name.
type Mount struct {
	HostDir  string
	GuestDir string
}

// Per-store limits besides the task's memory limit. They decide statuses
// (a module declaring five tables is invalid-module), so they are part of
// the Environment digest and never configurable.
const (
	storeTableElements = 1 << 20
	storeInstances     = 1
	storeTables        = 4
	storeMemories      = 1
)

// Argv0 is the program name every guest sees.
const Argv0 = "function"

// Result is the outcome of one execution. Status, ExitCode, Trap, Output
// and FuelUsed are deterministic for a given engine Fingerprint and may be
// signed when Status.Signable(); Stats and Message are host observations.
type Result struct {
	Status   Status
	Trap     TrapKind // set when Status == StatusTrap
	ExitCode int32    // the guest's proc_exit code (0 unless StatusExitNonZero)
	Output   []byte   // stdout; empty unless Status is OK or ExitNonZero
	Stderr   []byte   // first Config.MaxStderr bytes of stderr (diagnostics, not signed)
	// FuelUsed is the wasm fuel consumed (0 when the engine has fuel
	// disabled); for RunX86 it is the number of emulated x86 instructions.
	FuelUsed uint64
	// MemoryBytes is the final size of the guest's linear memory, which is
	// also its peak: wasm memories never shrink.
	MemoryBytes uint64
	// Message describes a failure for humans (wasmtime's text); never sign it.
	Message string
	Stats   Stats
}

// Stats are host-side measurements of one Run.
type Stats struct {
	Cache   CacheHit
	Compile time.Duration // compile or deserialize time (0 on a memory hit)
	Queue   time.Duration // waiting for a slot in the concurrency/memory budget
	Start   time.Duration // store setup + instantiation
	Exec    time.Duration // running _start
	Wall    time.Duration // whole Run call
	// X86Translations counts the regions of x86 code the emulator had
	// this engine compile (RunX86 with Config.X86Translate).
	X86Translations int
	// X86Compiled counts those that wasmtime compiled during this run
	// (the others came from the engine's memory or disk cache), and
	// X86Compile is the time spent compiling or loading them.
	X86Compiled int
	X86Compile  time.Duration
}

// Run executes one request. Guest failures of every kind come back as a
// Result with a non-OK Status and a nil error. An error means no result:
// IsRefusal(err) for requests this operator will never run (limits above
// its caps, a module or input too large, a request needing more memory
// than MaxTotalMemory, an invalid request, another pinned environment);
// otherwise host trouble (engine closed, module unavailable, compile timed
// out, ctx cancelled). A deadline on ctx shortens the wall-clock limit (the
// run then ends as StatusTimeout); cancelling ctx stops a guest that is
// already running within about one Config.EpochInterval, and Run then
// returns ctx.Err(), wrapped.
func (e *Engine) Run(ctx context.Context, req Request) (Result, error) {
	t0 := time.Now()
	var res Result
	lim, env, err := e.checkRequest(ctx, &req, RuntimeWasm)
	if err != nil {
		return res, err
	}
	need := e.cfg.Reservation(RuntimeWasm, lim, len(req.Module), len(req.Input))
	if err := e.checkBudget(need); err != nil {
		return res, err
	}

	c, hit, compileTime, err := e.module(ctx, req.Module, req.Digest, false)
	if err != nil {
		return res, err
	}
	res.Stats.Cache, res.Stats.Compile = hit, compileTime
	if c.status != StatusOK {
		res.Status, res.Message = c.status, c.msg
		res.Stats.Wall = time.Since(t0)
		return res, nil
	}
	if c.memMin > lim.MemoryBytes {
		res.Status = StatusOutOfMemory
		res.Message = fmt.Sprintf("initial memory %d bytes exceeds the limit of %d", c.memMin, lim.MemoryBytes)
		res.Stats.Wall = time.Since(t0)
		return res, nil
	}

	q0 := time.Now()
	release, err := e.acquire(ctx, need)
	if err != nil {
		return res, err
	}
	defer release()
	res.Stats.Queue = time.Since(q0)

	if err := e.execute(ctx, c, &req, lim, env, e.cfg.MaxStderr, false, &res); err != nil {
		return Result{}, err
	}
	res.Stats.Wall = time.Since(t0)
	return res, nil
}

// checkRequest is what Run and RunX86 check before doing any work: the
// engine is open, ctx is live, the limits are within the operator's caps
// (the timeout is lowered to its cap), module and input sizes are within
// the engine's bounds, input, env and args are valid, and a pinned
// environment is this engine's. It returns the effective limits and the
// parsed environment.
func (e *Engine) checkRequest(ctx context.Context, req *Request, runtime onchain.Runtime) (Limits, [][2]string, error) {
	select {
	case <-e.closed:
		return Limits{}, nil, ErrClosed
	default:
	}
	if err := ctx.Err(); err != nil {
		return Limits{}, nil, err
	}
	lim, err := e.checkCaps(req.Limits.withDefaults(e.cfg.DefaultLimits))
	if err != nil {
		return Limits{}, nil, err
	}
	if len(req.Input) > e.cfg.MaxInput {
		return Limits{}, nil, fmt.Errorf("%w: %w: %d > %d bytes", ErrLimitAboveCap, ErrInputTooLarge, len(req.Input), e.cfg.MaxInput)
	}
	if err := e.checkModuleSize(len(req.Module)); err != nil {
		return Limits{}, nil, err
	}
	env, err := parseEnv(req.Env)
	if err != nil {
		return Limits{}, nil, err
	}
	if err := checkMounts(req.Mounts); err != nil {
		return Limits{}, nil, err
	}
	for _, a := range append([]string{req.Argv0}, req.Args...) {
		// WASI passes C strings (a NUL would silently cut the argument) and
		// wasmtime requires UTF-8.
		if strings.IndexByte(a, 0) >= 0 || !utf8.ValidString(a) {
			return Limits{}, nil, fmt.Errorf("%w: argument %q is not NUL-free UTF-8", ErrInvalidRequest, a)
		}
	}
	if req.Environment != ([32]byte{}) {
		if err := e.checkEnvironment(runtime, req.Environment); err != nil {
			return Limits{}, nil, err
		}
	}
	return lim, env, nil
}

// checkCaps refuses limits above the operator's caps and lowers the
// timeout to its cap: the timeout only protects the operator, so running
// for less time than asked changes no signed result.
func (e *Engine) checkCaps(l Limits) (Limits, error) {
	m := e.cfg.MaxLimits
	switch {
	case m.Fuel != 0 && l.Fuel > m.Fuel:
		return l, fmt.Errorf("%w: fuel %d > %d", ErrLimitAboveCap, l.Fuel, m.Fuel)
	case m.MemoryBytes != 0 && l.MemoryBytes > m.MemoryBytes:
		return l, fmt.Errorf("%w: memory %d > %d", ErrLimitAboveCap, l.MemoryBytes, m.MemoryBytes)
	case m.MaxOutput != 0 && l.MaxOutput > m.MaxOutput:
		return l, fmt.Errorf("%w: output %d > %d", ErrLimitAboveCap, l.MaxOutput, m.MaxOutput)
	case l.MemoryBytes < WasmPage || l.MaxOutput < 0 || l.Timeout < 0:
		return l, fmt.Errorf("%w: limits %+v", ErrInvalidRequest, l)
	}
	if m.Timeout > 0 && l.Timeout > m.Timeout {
		l.Timeout = m.Timeout
	}
	return l, nil
}

// checkModuleSize refuses modules above MaxModuleBytes before any hashing
// or compiling: their size is the task's choice, not a host accident.
func (e *Engine) checkModuleSize(n int) error {
	if n > e.cfg.MaxModuleBytes {
		return fmt.Errorf("%w: %w: %d > %d bytes", ErrLimitAboveCap, ErrModuleTooLarge, n, e.cfg.MaxModuleBytes)
	}
	return nil
}

// Reservation is the host memory one run reserves against MaxTotalMemory,
// given its effective limits and the sizes of its module and input: what
// it holds besides the engine's own bookkeeping. For WASM (runtime 0) that
// is the linear memory limit, the stdout and stderr buffers (capped at
// MaxOutput and MaxStderr, capWriter) and the input; the module's own
// bytes belong to the caller and its compiled code to the cache. For x86
// (runtime 1) it is the emulator's memory limit (2×MemoryBytes + 128 MiB,
// at most 4 GiB), stdout and stderr buffers (MaxOutput each, stderr plus
// the emulator's 64 KiB of reports) and the framed program and input.
// An operator sizes MaxTotalMemory with it: a request whose reservation
// exceeds MaxTotalMemory is refused.
func (c Config) Reservation(runtime onchain.Runtime, l Limits, moduleBytes, inputBytes int) uint64 {
	c = c.withDefaults()
	out := uint64(max(l.MaxOutput, 0))
	if runtime == RuntimeX86 {
		return addSat(x86SandboxMemory(l.MemoryBytes), out, out, x86StderrSlack,
			8, uint64(max(moduleBytes, 0)), uint64(max(inputBytes, 0)))
	}
	return addSat(l.MemoryBytes, out, uint64(c.MaxStderr), uint64(max(inputBytes, 0)))
}

// checkBudget refuses a run that would reserve more than MaxTotalMemory on
// its own: waiting for that much room would wait forever.
func (e *Engine) checkBudget(need uint64) error {
	if need > e.cfg.MaxTotalMemory {
		return fmt.Errorf("%w: %w: needs %d bytes (memory, output, stderr and input buffers), budget %d",
			ErrLimitAboveCap, ErrMemoryAboveBudget, need, e.cfg.MaxTotalMemory)
	}
	return nil
}

// acquire takes an execution slot and need bytes of the memory budget
// (checkBudget has bounded need), waiting while ctx allows.
func (e *Engine) acquire(ctx context.Context, need uint64) (release func(), err error) {
	if err := e.slots.Acquire(ctx, 1); err != nil {
		return nil, fmt.Errorf("engine: waiting for an execution slot: %w", err)
	}
	if err := e.budget.Acquire(ctx, int64(need)); err != nil {
		e.slots.Release(1)
		return nil, fmt.Errorf("engine: waiting for memory budget: %w", err)
	}
	return func() {
		e.budget.Release(int64(need))
		e.slots.Release(1)
	}, nil
}

// addSat adds without wrapping around: limits come from tasks, and an
// overflow would turn a huge reservation into a small one.
func addSat(xs ...uint64) uint64 {
	var sum uint64
	for _, x := range xs {
		if sum+x < sum {
			return math.MaxUint64
		}
		sum += x
	}
	return sum
}

func parseEnv(kvs []string) ([][2]string, error) {
	out := make([][2]string, 0, len(kvs))
	for i, kv := range kvs {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" || strings.IndexByte(kv, 0) >= 0 || !utf8.ValidString(kv) {
			// The entry is not quoted: values can be secrets (docs/secrets.md).
			return nil, fmt.Errorf("%w: environment entry %d is not KEY=VALUE in NUL-free UTF-8", ErrInvalidRequest, i)
		}
		out = append(out, [2]string{k, v})
	}
	return out, nil
}

// execute runs one instance to completion and fills res. Whatever the guest
// does is a Status; the error is for failures of the host (setting up the
// store or WASI context, or an instantiation failure that is not the
// module's fault), which must not be signed as a result. stderrLimit bounds
// the captured stderr (the x86 runner needs the emulator's status line,
// written after the program's own stderr).
//
// x86 selects the x86 emulator's linker, with the translator's imports.
func (e *Engine) execute(ctx context.Context, c *compiled, req *Request, lim Limits, env [][2]string, stderrLimit int, x86 bool, res *Result) (err error) {
	// wasmtime-go re-raises a Go panic from a host function once the guest
	// call returns; a bug of ours must fail this request, not the operator.
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("engine: host function panicked: %v", r)
		}
	}()
	s0 := time.Now()
	stdout := &capWriter{limit: lim.MaxOutput, failOnOverflow: true}
	stderr := &capWriter{limit: stderrLimit}
	st := newDetState(req.TaskID, req.Timestamp)
	st.input, st.stdout, st.stderr = req.Input, stdout, stderr
	st.metered = !e.cfg.DisableFuel
	st.http = httpState{ctx: ctx, session: req.HTTP}
	argv0 := req.Argv0
	if argv0 == "" {
		argv0 = Argv0
	}
	st.args = append([]string{argv0}, req.Args...)
	for _, kv := range env {
		st.env = append(st.env, kv[0]+"="+kv[1])
	}
	// The scratch file system: the mounts copied into memory, and /tmp.
	// A tree larger than the memory limit is the task's fault, the same on
	// every operator given the same mounted content.
	if err := st.newScratch(req.Mounts, lim.MemoryBytes); err != nil {
		if scratchfs.Code(err) == scratchfs.ErrNoSpace {
			res.Status, res.Message = StatusOutOfMemory, err.Error()
			return nil
		}
		return err
	}
	linker, instances := e.linker, int64(storeInstances)
	if x86 {
		linker, instances = e.x86Linker, x86StoreInstances
		st.jit = &x86JIT{}
	}
	st.instances = instances
	store := wasmtime.NewStoreWithData(e.wt, st)
	st.store = store
	var w *watch
	var stopCancel func() bool
	cancelled := make(chan struct{})
	defer func() {
		// The cancel hook must not touch the watch once it is freed, and
		// wasmtime must not call the watch once it is freed: hook first,
		// store next, watch last.
		if stopCancel != nil && !stopCancel() {
			<-cancelled
		}
		store.Close()
		if w != nil {
			w.free()
		}
	}()
	// Memory is the only growable resource a guest controls besides
	// tables and its scratch files; bound tables too so a table.grow bomb
	// cannot eat host memory. Linear memory gets what the seeded mounts
	// leave of the limit, and follows the file system's size from then on
	// (wasifs.go).
	store.Limiter(int64(lim.MemoryBytes)-st.fsCharged(), storeTableElements, instances, storeTables, storeMemories)

	fuel := lim.Fuel
	if fuel > UnlimitedFuel {
		fuel = UnlimitedFuel
	}
	if !e.cfg.DisableFuel {
		if err := store.SetFuel(fuel); err != nil {
			return fmt.Errorf("engine: set fuel: %w", err)
		}
	}
	// The timeout is the smaller of the task's and the caller's deadline.
	timeout := lim.Timeout
	if dl, ok := ctx.Deadline(); ok {
		timeout = max(0, min(timeout, time.Until(dl))) // a passed deadline must not wrap to "forever"
	}
	ticks := uint64(timeout/e.cfg.EpochInterval) + 1
	if w, err = installWatch(store, ticks); err != nil {
		return err
	}
	// Cancelling ctx must stop a running guest: a task the node gave up on
	// would otherwise hold its slot and memory until its own timeout.
	stopCancel = context.AfterFunc(ctx, func() {
		w.cancel()
		close(cancelled)
	})

	ws := wasiSetup{
		args:   st.args,
		env:    env,
		stdout: stdout,
		stderr: stderr,
	}
	if err := ws.install(store); err != nil {
		return err
	}

	var runErr error
	var inst *wasmtime.Instance
	if x86 {
		inst, err = e.instantiateX86(store, st.jit, c.mod)
	} else {
		inst, err = linker.Instantiate(store, c.mod)
	}
	var memory *wasmtime.Memory // the guest's exported linear memory, if any
	if err == nil {
		if m := inst.GetExport(store, "memory"); m != nil {
			memory = m.Memory()
		}
		if memory != nil {
			// Best effort; only the host's page faults depend on it.
			_ = adviseHugePages(memory.Data(store), lim.MemoryBytes)
		}
	}
	res.Stats.Start = time.Since(s0)
	if err != nil {
		runErr = err
	} else {
		x0 := time.Now()
		start := inst.GetFunc(store, "_start")
		if start == nil {
			res.Status, res.Message = StatusBadEntry, "no _start"
			return nil
		}
		_, runErr = start.Call(store)
		res.Stats.Exec = time.Since(x0)
		if req.HTTP != nil && req.HTTP.Err() != nil {
			// Not the function's doing: the transcript it was given does not
			// fit it, or the caller gave up during a fetch. No result.
			return fmt.Errorf("engine: %w", req.HTTP.Err())
		}
		if memory != nil {
			res.MemoryBytes = uint64(memory.DataSize(store))
		}
	}
	if st.jit != nil {
		res.Stats.X86Translations = len(st.jit.funcs)
		res.Stats.X86Compiled, res.Stats.X86Compile = st.jit.compiled, st.jit.compileTime
	}
	if !e.cfg.DisableFuel {
		if left, err := store.GetFuel(); err == nil {
			res.FuelUsed = fuel - left
		}
	}
	out, overflow := stdout.bytes()
	res.Stderr, _ = stderr.bytes()
	switch w.stopped() {
	case watchCancelled:
		if !errors.Is(ctx.Err(), context.DeadlineExceeded) {
			// The caller gave up: no result at all, not even a timeout.
			return fmt.Errorf("engine: execution interrupted: %w", ctx.Err())
		}
		// The caller's deadline is part of the wall-clock limit.
		res.Status, res.Message = StatusTimeout, runErr.Error()
	case watchTimeout:
		res.Status, res.Message = StatusTimeout, runErr.Error()
	default:
		// The out-of-memory rule measures linear memory against what the
		// scratch files left of the limit.
		memLim := lim
		memLim.MemoryBytes -= uint64(min(max(st.fsCharged(), 0), int64(lim.MemoryBytes)))
		if err := e.classify(runErr, err != nil, memLim, res); err != nil {
			return err
		}
	}
	switch {
	case overflow && res.Status != StatusTimeout:
		// The guest saw its write fail; however it ended afterwards, the
		// cause was the output cap.
		res.Status, res.Trap, res.ExitCode = StatusOutputTooLarge, TrapNone, 0
		res.Message = fmt.Sprintf("output exceeded %d bytes", lim.MaxOutput)
	case res.Status == StatusOK || res.Status == StatusExitNonZero:
		res.Output = out
	}
	return nil
}

// classify maps wasmtime's outcome onto a Status. Precedence, highest first:
// timeout, output-too-large (applied by the caller), out-of-fuel,
// out-of-memory, trap, non-zero exit, ok.
func (e *Engine) classify(runErr error, duringInstantiate bool, lim Limits, res *Result) error {
	if runErr == nil {
		res.Status = StatusOK
		return nil
	}
	res.Message = runErr.Error()
	var trap *wasmtime.Trap
	var werr *wasmtime.Error
	switch {
	case errors.As(runErr, &trap):
		code := trap.Code()
		switch {
		case code != nil && *code == wasmtime.Interrupt:
			res.Status = StatusTimeout
			return nil
		case code != nil && *code == wasmtime.OutOfFuel:
			res.Status = StatusOutOfFuel
			return nil
		}
		res.Status, res.Trap = StatusTrap, trapKind(code)
	case errors.As(runErr, &werr):
		if status, ok := werr.ExitStatus(); ok {
			if status == 0 {
				res.Status, res.Message = StatusOK, ""
				return nil
			}
			res.Status, res.ExitCode = StatusExitNonZero, status
		} else if duringInstantiate {
			// The module's own faults, the same on every operator because
			// the store limits are fixed (Environment): an allowed import
			// with the wrong signature; initial tables/memories beyond the
			// limits ("memory minimum size of N pages exceeds memory
			// limits"); more tables, memories or instances than a store
			// allows ("resource limit exceeded: table count too high at 5").
			// Anything else (e.g. the host failing to map memory) is ours.
			switch msg := res.Message; {
			case strings.Contains(msg, "incompatible import type"), strings.Contains(msg, "unknown import"):
				res.Status = StatusBadImports
			case strings.Contains(msg, "resource limit exceeded") && strings.Contains(msg, "count too high"):
				res.Status = StatusInvalidModule
			case strings.Contains(msg, "exceeds") && strings.Contains(msg, "limit"):
				res.Status = StatusOutOfMemory
			default:
				return fmt.Errorf("engine: instantiate: %w", runErr)
			}
			return nil
		} else {
			res.Status, res.Trap = StatusTrap, TrapHost
		}
	default:
		res.Status, res.Trap = StatusTrap, TrapHost
	}
	// A guest that dies right after its memory reached the limit ran out of
	// memory: memory.grow returned -1 and the guest gave up (Go exits 2 with
	// "out of memory", C's malloc returns NULL, ...). wasmtime does not tell
	// us that a grow was refused, so the rule is stated on deterministic
	// quantities only: the run failed and the final memory is within
	// max(one page, limit/16) of the limit.
	slack := max(uint64(WasmPage), lim.MemoryBytes/16)
	if res.MemoryBytes+slack > lim.MemoryBytes && res.Status != StatusOK {
		res.Status, res.Trap, res.ExitCode = StatusOutOfMemory, TrapNone, 0
	}
	return nil
}

func trapKind(code *wasmtime.TrapCode) TrapKind {
	if code == nil {
		return TrapHost
	}
	switch *code {
	case wasmtime.StackOverflow:
		return TrapStackOverflow
	case wasmtime.MemoryOutOfBounds:
		return TrapMemoryOutOfBounds
	case wasmtime.HeapMisaligned:
		return TrapHeapMisaligned
	case wasmtime.TableOutOfBounds:
		return TrapTableOutOfBounds
	case wasmtime.IndirectCallToNull:
		return TrapIndirectCallToNull
	case wasmtime.BadSignature:
		return TrapBadSignature
	case wasmtime.IntegerOverflow:
		return TrapIntegerOverflow
	case wasmtime.IntegerDivisionByZero:
		return TrapIntegerDivisionByZero
	case wasmtime.BadConversionToInteger:
		return TrapBadConversionToInteger
	case wasmtime.UnreachableCodeReached:
		return TrapUnreachable
	}
	return TrapOther
}
