// Package engine runs Blockless functions: WASI preview 1 command modules
// executed in wasmtime, sandboxed, metered and deterministic, so that every
// honest operator computes the same bytes for the same task.
//
// # Use
//
//	eng, err := engine.New(engine.Config{CacheDir: dir, MaxConcurrent: 4}, store) // once per process
//	defer eng.Close()
//	res, err := eng.Run(ctx, engine.Request{
//		Digest:    digest,          // or Module: wasmBytes
//		Input:     taskInput,       // the guest's stdin
//		Args:      args,            // argv[1:]; argv[0] is Argv0, by default "function"
//		Env:       []string{"K=V"}, // in this order
//		Limits:    engine.Limits{Fuel: f, MemoryBytes: m, Timeout: t, MaxOutput: o},
//		TaskID:    taskID,          // seeds random_get
//		Timestamp: blockTimestamp,  // unix seconds: the guest's clock at start
//	})
//	// err != nil: no result, sign nothing. engine.IsRefusal(err): the task
//	// itself is something this operator never runs (limits above its caps,
//	// module or input too large, more memory than MaxTotalMemory, pinned to
//	// another Environment): skip it, do not retry. Any other error is host
//	// trouble (module unavailable, compile timeout, ctx cancelled, engine
//	// closed): retry while the task's deadline allows.
//	// Otherwise sign (Status, ExitCode, Trap, Output) only if res.Status.Signable().
//
// # Statuses
//
// Status values are uint8 constants carried on-chain; they never change
// meaning and are only ever appended to.
//
//	0 ok               _start returned, or the guest called proc_exit(0). Output = stdout.
//	1 trap             a wasm trap; Result.Trap says which (TrapKind, also stable):
//	                   1 stack-overflow, 2 memory-out-of-bounds, 3 heap-misaligned,
//	                   4 table-out-of-bounds, 5 indirect-call-to-null, 6 bad-signature,
//	                   7 integer-overflow, 8 integer-division-by-zero,
//	                   9 bad-conversion-to-integer, 10 unreachable, 11 host, 12 other.
//	2 out-of-fuel      the fuel limit was consumed (FuelUsed == the limit).
//	3 out-of-memory    the module's initial memory, exported or not, exceeds the limit
//	                   (or a table exceeds 1M elements), or the run failed
//	                   (trap or non-zero exit) with its linear memory within
//	                   max(64 KiB, limit/16) of the limit: memory.grow was refused and
//	                   the guest gave up (Go exits 2, C's malloc returns NULL, ...).
//	4 output-too-large stdout exceeded Limits.MaxOutput; the guest's write failed with
//	                   EFBIG, and Output is empty whatever happened next.
//	5 invalid-module   not a valid module for this engine: wasmtime's parse or validation
//	                   errors (garbage, truncated, unknown opcodes, a component, disabled
//	                   features: threads, relaxed SIMD, memory64, multi-memory, GC,
//	                   exceptions, custom page sizes), Cranelift's translation limits, or
//	                   more than 4 tables (1 memory) per instance. Other compile failures
//	                   (timeout, host out of memory, unknown messages) are host errors,
//	                   never results and never cached.
//	6 bad-imports      imports anything but wasi_snapshot_preview1 functions, or one with
//	                   the wrong signature.
//	7 bad-entry        no exported `_start` of type () -> () (not a WASI command).
//	8 exit-nonzero     proc_exit(n), n != 0; ExitCode = n, Output = stdout so far.
//	9 timeout          the wall-clock limit hit. Depends on the host: NOT signable;
//	                   report it so the task can be reassigned, never slash for it.
//
// When several apply, the first in this order wins: timeout, output-too-large,
// out-of-fuel, out-of-memory, trap, exit-nonzero, ok.
//
// # Determinism
//
//   - Compilation: Cranelift with NaN canonicalization; threads and relaxed
//     SIMD off (SIMD itself is deterministic once NaNs are canonical).
//   - WASI: the whole of WASI preview 1 is implemented here (wasi.go,
//     stdio.go, wasifs.go; only proc_exit is wasmtime's): three in-memory
//     stdio descriptors and an in-memory scratch file system (below), no
//     sockets, answers mirroring wasmtime's call for call (tests run probes
//     through both), every call charged fuel.
//     clock_time_get returns Timestamp + elapsed for the realtime
//     clock and elapsed for the others, where elapsed is virtual: it advances
//     ClockStep (1 µs) per clock read and jumps to the deadline when the guest
//     sleeps (poll_oneoff on clocks returns at once; stdio fds are always
//     ready). random_get is ChaCha8 seeded with sha256(domain || TaskID).
//     With these overrides a Go guest's map order, math/rand seed, time.Now
//     and fuel figure are identical across runs and machines.
//   - Limits that decide a status are deterministic: fuel (counted in wasm
//     operators; our WASI functions also charge a fixed price per call and
//     per byte moved, so a guest spinning on a host call ends out-of-fuel
//     rather than timing out), memory (a store limiter on linear-memory
//     growth, shared with the scratch files), output
//     size, the wasm stack size (Config.MaxWasmStack, part of the
//     fingerprint). Only the timeout is not.
//   - FuelUsed and Status are comparable between operators only when their
//     engines have the same Environment (below); a task pins it.
//
// # Files
//
// Every execution gets a private file system in memory (package
// scratchfs), built before the guest starts and dropped when it ends:
//
//   - Preopens: each Request.Mounts entry in order (fd 3, 4, ...) at its
//     GuestDir, then /tmp (unless a mount sits there). A mount is a copy
//     of its host directory, read once at the start in name order (regular
//     files, directories and symlinks; other node types are skipped): the
//     guest may change, create and delete anything in it, and nothing is
//     ever written back to the host. /tmp starts empty. Nothing outlives
//     the run: the next run starts from the host directories again.
//   - Determinism: nothing host-specific reaches the guest. Inode numbers
//     count up in creation order (mount contents in name order), every
//     time is the virtual clock (Timestamp + elapsed) when the node was
//     created or changed (or what the guest set), directories list ".",
//     ".." and then their entries in byte order of the names with stable
//     cookies, the device number is 0, a directory's size 0. Two operators
//     mounting directories with the same names and contents (whatever their
//     times, inodes or order on disk) give a guest identical bytes.
//   - Limits: paths stay inside the descriptor they are resolved from
//     (absolute paths, ".." above it and absolute symlinks are EPERM, as in
//     wasmtime); names up to 255 bytes, paths 4096, 40 symlinks per lookup
//     (ELOOP).
//   - Memory: file contents plus a fixed overhead per node, per name, per
//     open descriptor and per entry of a directory listing in progress
//     (scratchfs.NodeOverhead, EntryOverhead, HandleOverhead,
//     SnapshotEntryCost) count in Limits.MemoryBytes, together with linear
//     memory; the empty skeleton (root, mount points, /tmp and the
//     preopened descriptors) is free, so a guest that uses no files keeps
//     the whole limit for linear memory. A call that would take the files past
//     the limit less the current linear memory fails with ENOSPC and
//     changes nothing; once files hold N bytes, memory.grow is refused
//     beyond the limit less N. Mounts count from the start: a mount larger
//     than the limit is StatusOutOfMemory without running the guest, and
//     the out-of-memory rule measures linear memory against the limit less
//     the files. The host reservation (Config.Reservation) is unchanged.
//   - Fuel: the file calls charge the same prices as the stdio calls (per
//     call and per byte moved), plus, at the per-byte price, the host work
//     scratchfs counts beyond that (path components walked, bytes
//     zero-filled or copied when a file grows or shrinks, directory entries
//     shifted or listed): no call costs the host much more than it costs
//     the guest.
//   - Answers follow wasmtime's WASI with a writable preopen (rights, fd
//     numbers: one above the highest open; EBADF for file calls on
//     directories; reads and writes move the first non-empty iovec; fd_pwrite
//     in append mode appends; fd_renumber moves stdio streams too), except
//     where POSIX and wasmtime disagree on trailing slashes (we follow
//     POSIX). The official WASI test suite's 72 preview 1 programs (its
//     prebuilt binaries, each directory mounted at /) pass through
//     `blockless run`.
//
// # Execution environment
//
// Everything outside a module that decides its result is digested by
// WasmEnvironment (and X86Environment, which adds the emulator's sha256):
// the wasmtime version, the determinism settings (fuel metering, NaN
// canonicalisation, enabled features, optimisation level, the Cranelift
// ISA baseline, the wasm stack size, the per-store table/memory/instance
// limits), the version of the deterministic WASI implementation and its
// fuel prices, the version of the engine's result rules, and GOOS/GOARCH.
// The digest is a domain-separated sha256 of constants compiled into the
// binary, never of an operator's caps, cache or paths. A task pinned to a
// digest (Request.Environment, from the chain) is refused with
// ErrEnvironmentMismatch by an operator whose digest differs: an operator
// on another architecture or wasmtime version refuses the task instead of
// signing a result that may differ from the quorum's. An engine configured
// away from the pinned settings (DisableFuel, a non-default MaxWasmStack)
// has no environment (ErrNoEnvironment) and must not sign.
//
// Why the platform is part of it: where unbounded recursion ends in
// stack-overflow depends on the native frame sizes Cranelift generates,
// which differ between x86-64 and aarch64 (and between calling
// conventions). What the engine fixes: the wasm stack size (max_wasm_stack
// is always set, DefaultMaxWasmStack), and on amd64 the ISA extensions
// Cranelift may use (x86-64-v2, whatever the CPU offers). What remains:
// on arm64 Cranelift still uses the host's optional extensions (LSE,
// pointer authentication, FP16), which could in principle change frame
// sizes between arm64 CPUs; and a wasmtime upgrade changes the digest even
// when results would not change. A stack-overflow status is therefore only
// comparable within one environment, which the pin guarantees.
//
// # Protecting the operator
//
// Nothing in a task may exhaust the operator or make it retry forever:
//
//   - Caps (Config.MaxLimits): fuel, memory and output above them are
//     refused (ErrLimitAboveCap); a timeout above the cap is lowered to it,
//     since wall time is never signed. Zero means no cap: an operator node
//     must set all four.
//   - Memory (Config.MaxTotalMemory): a run reserves its memory limit plus
//     its output limit, MaxStderr and its input, because stdout and stderr
//     are buffered in host memory; the stdout buffer never grows past
//     MaxOutput (the write that would cross it fails with EFBIG and the
//     status is output-too-large). The guest's files live inside its
//     memory limit (see Files), so they need no reservation of their own.
//     A request whose reservation alone exceeds MaxTotalMemory is refused
//     at once rather than queued forever; Config.Reservation computes it,
//     so an operator can size MaxTotalMemory to admit every task within
//     its caps.
//   - Time: the wall-clock limit and cancellation share one mechanism, an
//     epoch deadline callback per store (wasiext.c) checked every
//     EpochInterval: cancelling Run's ctx stops a running guest within
//     about one interval, and Run returns ctx.Err() wrapped.
//   - Compilation: modules above MaxModuleBytes are refused; a compile runs
//     at most CompileTimeout for the waiting request (wasmtime cannot stop
//     it, so it finishes in the background) and at most
//     MaxConcurrentCompiles run at once, abandoned ones included.
//
// # x86 programs
//
// RunX86 runs a static x86-64 Linux ELF (a function of runtime kind x86) in
// the x86 emulator's wasip1 build (emulator/cmd/x86emu) executed by this
// same engine: the same sandbox, deterministic WASI, wall-clock limit and
// compiled-module caches. The ELF and the task input reach the emulator as
// its -framed stdin (8-byte little-endian length, ELF, input); the guest's
// argv is Argv0 (default "/prog") + Args, its environment Env, its clock Timestamp + 1 ns
// per instruction, its randomness seeded by TaskID. Limits.Fuel is the
// budget of emulated instructions and Result.FuelUsed the instructions
// retired. The emulator's own wasm fuel would depend on how the emulator
// was compiled, so it is no limit: the emulator and the code it translates
// run in a second wasmtime engine of the same settings without fuel
// metering and without NaN canonicalization (the emulator picks the NaNs
// x86 code sees itself; Engine.x86Side explains why results stay the same
// on every operator). Limits.MemoryBytes bounds the guest's memory
// (the emulator's linear memory may reach 2×that + 128 MiB), MaxOutput its
// stdout and stderr together. Mounts are read into the emulator at start
// (regular files only; their bytes count towards the sandbox's memory) and
// seen read-only at their guest paths with deterministic stat results.
// The outcome comes from the status line x86emu
// writes last on stderr (removed from Result.Stderr):
//
//	exit 0                     ok
//	exit n != 0                exit-nonzero, ExitCode n
//	illegal instruction        trap x86-illegal-instruction (13), ExitCode 132
//	segfault                   trap x86-segfault (14), ExitCode 139
//	divide error               trap x86-divide-error (15), ExitCode 136
//	SIGTRAP (int3)             trap x86-breakpoint (16), ExitCode 133
//	other signal (abort...)    trap x86-signal (17), ExitCode 128+signal
//	emulator internal error    trap x86-emulator-error (18)
//	budget exhausted           out-of-fuel, FuelUsed == the budget
//	output limit               output-too-large
//	guest memory limit         out-of-memory
//	not a loadable static ELF  invalid-module
//
// The emulator module is read from Config.X86Emulator, by default
// x86emu.wasm next to the executable, then ../build/emulator/x86emu.wasm
// relative to it, then build/emulator/x86emu.wasm in the working directory
// or a parent (`make emulator-wasm`, part of `make build`, writes it). It is
// a file rather than embedded so that the Go packages build without a wasm
// step first. x86 results agree only between operators running the same
// emulator bytes: Engine.X86Emulator returns its sha256 (operators log it at
// start), Config.X86EmulatorDigest pins it locally, and X86Environment
// binds it into the environment digest a task pins on chain. The make target builds with
// -trimpath -buildvcs=false, so the digest depends only on the emulator's
// sources and the Go version.
//
// # Speed
//
// One Engine per process shares the wasmtime engine, the linker (store
// independent, so shared by all executions), an epoch ticker for timeouts
// and two caches of compiled code: an in-memory LRU keyed by module digest,
// and CacheDir, where serialized artifacts are named by digest and engine
// fingerprint and carry a header (digest, fingerprint, sha256 of the
// artifact) checked before wasmtime deserializes them. A cached small module
// starts (store + instance) in tens of microseconds. Runs are bounded by
// MaxConcurrent and by MaxTotalMemory (the host memory reserved by the runs
// in flight, see above).
//
// Stdio and files never touch the disk: every WASI call but proc_exit is
// a Go host function over in-memory buffers (stdio.go, wasifs.go),
// bypassing wasmtime's asynchronous WASI streams (~70 µs per call). The
// wasmtime WASI context that proc_exit needs is built through a small cgo
// shim (wasiext.c) over C API functions the Go binding does not expose.
//
// Pass Request.Digest whenever it is known: a compiled module is then found
// without hashing Request.Module.
package engine
