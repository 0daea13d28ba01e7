package engine

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/bytecodealliance/wasmtime-go/v44"

	"github.com/blockless/avs/modstore"
)

// CacheHit says where a module's compiled code came from for one Run.
type CacheHit uint8

const (
	CacheCompiled CacheHit = iota // compiled now (cold)
	CacheMemory                   // in-memory LRU
	CacheDisk                     // deserialized from CacheDir
)

func (c CacheHit) String() string {
	switch c {
	case CacheCompiled:
		return "compiled"
	case CacheMemory:
		return "memory"
	case CacheDisk:
		return "disk"
	}
	return fmt.Sprintf("cache(%d)", uint8(c))
}

// compiled is a module after compilation and static checks. A module that
// failed them is cached too (mod == nil), so garbage submitted again costs
// a map lookup, not a compile.
type compiled struct {
	digest modstore.Digest
	mod    *wasmtime.Module
	status Status // StatusOK, StatusInvalidModule, StatusBadImports or StatusBadEntry
	msg    string
	memMin uint64 // bytes of the exported memory's initial size
}

// wasiP1 lists the functions of wasi_snapshot_preview1: the only imports a
// function may have. Filesystem and socket calls are linked but inert,
// because no directory is preopened and no socket is granted.
var wasiP1 = map[string]bool{
	"args_get": true, "args_sizes_get": true, "environ_get": true, "environ_sizes_get": true,
	"clock_res_get": true, "clock_time_get": true, "fd_advise": true, "fd_allocate": true,
	"fd_close": true, "fd_datasync": true, "fd_fdstat_get": true, "fd_fdstat_set_flags": true,
	"fd_fdstat_set_rights": true, "fd_filestat_get": true, "fd_filestat_set_size": true,
	"fd_filestat_set_times": true, "fd_pread": true, "fd_prestat_get": true,
	"fd_prestat_dir_name": true, "fd_pwrite": true, "fd_read": true, "fd_readdir": true,
	"fd_renumber": true, "fd_seek": true, "fd_sync": true, "fd_tell": true, "fd_write": true,
	"path_create_directory": true, "path_filestat_get": true, "path_filestat_set_times": true,
	"path_link": true, "path_open": true, "path_readlink": true, "path_remove_directory": true,
	"path_rename": true, "path_symlink": true, "path_unlink_file": true, "poll_oneoff": true,
	"proc_exit": true, "proc_raise": true, "sched_yield": true, "random_get": true,
	"sock_accept": true, "sock_recv": true, "sock_send": true, "sock_shutdown": true,
}

// check runs the static checks every operator applies identically. The
// operator's own x86 emulator (trusted) may also import the translator's
// host functions (x86jit.go), which RunX86 alone provides.
func check(d modstore.Digest, m *wasmtime.Module, trusted bool) *compiled {
	c := &compiled{digest: d, mod: m, status: StatusOK}
	for _, imp := range m.Imports() {
		name := ""
		if n := imp.Name(); n != nil {
			name = *n
		}
		if trusted && imp.Module() == x86JITModule && (name == "compile" || name == "run") && imp.Type().FuncType() != nil {
			continue
		}
		if imp.Module() == httpModule {
			if sig, ok := httpImports[name]; ok && allI32(imp.Type().FuncType(), sig) {
				continue
			}
			return &compiled{digest: d, status: StatusBadImports,
				msg: fmt.Sprintf("import %s.%s is not a blockless_http function of its type", imp.Module(), name)}
		}
		if imp.Module() != "wasi_snapshot_preview1" || !wasiP1[name] || imp.Type().FuncType() == nil {
			return &compiled{digest: d, status: StatusBadImports,
				msg: fmt.Sprintf("import %s.%s is not a WASI preview 1 function", imp.Module(), name)}
		}
	}
	hasStart := false
	for _, exp := range m.Exports() {
		switch exp.Name() {
		case "_start":
			ft := exp.Type().FuncType()
			if ft == nil || len(ft.Params()) != 0 || len(ft.Results()) != 0 {
				return &compiled{digest: d, status: StatusBadEntry, msg: "export _start is not a function of type () -> ()"}
			}
			hasStart = true
		case "memory":
			if mt := exp.Type().MemoryType(); mt != nil {
				c.memMin = mt.Minimum() * WasmPage
			}
		}
	}
	if !hasStart {
		return &compiled{digest: d, status: StatusBadEntry, msg: "no exported _start function (not a WASI command module)"}
	}
	return c
}

// module returns the compiled module for a request, compiling at most once
// per digest even under concurrent requests. trusted marks the operator's
// own modules (the x86 emulator): exempt from MaxModuleBytes and
// CompileTimeout.
func (e *Engine) module(ctx context.Context, wasm []byte, want modstore.Digest, trusted bool) (*compiled, CacheHit, time.Duration, error) {
	// A digest already compiled needs no hashing of the bytes: the digest is
	// the module's identity, and hashing a multi-megabyte module would cost
	// more than starting it.
	if !want.IsZero() {
		if c := e.mem.get(want); c != nil {
			return c, CacheMemory, 0, nil
		}
	}
	var d modstore.Digest
	switch {
	case wasm != nil:
		d = modstore.Sum(wasm)
		if !want.IsZero() && d != want {
			return nil, 0, 0, fmt.Errorf("%w: got %s, want %s", ErrDigestMismatch, d, want)
		}
	case !want.IsZero():
		d = want
	default:
		return nil, 0, 0, ErrNoModule
	}
	if c := e.mem.get(d); c != nil {
		return c, CacheMemory, 0, nil
	}

	var call *compileCall
	for call == nil {
		e.compileMu.Lock()
		if other, ok := e.inflight[d]; ok {
			e.compileMu.Unlock()
			select {
			case <-other.done:
			case <-ctx.Done():
				return nil, 0, 0, ctx.Err()
			}
			switch {
			case other.err == nil:
				return other.mod, CacheMemory, 0, nil
			case ctx.Err() == nil && (errors.Is(other.err, context.Canceled) || errors.Is(other.err, context.DeadlineExceeded)):
				// The request that was compiling gave up; that says
				// nothing about this one, which takes over.
				continue
			}
			return nil, 0, 0, other.err
		}
		call = &compileCall{done: make(chan struct{})}
		e.inflight[d] = call
		e.compileMu.Unlock()
	}

	start := time.Now()
	var hit CacheHit
	call.mod, hit, call.err = e.load(ctx, d, wasm, trusted)
	took := time.Since(start)
	if call.err == nil {
		e.mem.put(call.mod)
	}
	e.compileMu.Lock()
	delete(e.inflight, d)
	e.compileMu.Unlock()
	close(call.done)
	return call.mod, hit, took, call.err
}

func (e *Engine) load(ctx context.Context, d modstore.Digest, wasm []byte, trusted bool) (*compiled, CacheHit, error) {
	if e.disk != nil {
		if blob := e.disk.load(d); blob != nil {
			m, err := wasmtime.NewModuleDeserialize(e.wt, blob)
			if err == nil {
				return check(d, m, trusted), CacheDisk, nil
			}
			// Incompatible host CPU features or similar: recompile below.
			e.disk.remove(d)
		}
	}
	if wasm == nil {
		if e.source == nil {
			return nil, 0, fmt.Errorf("%w: %s (no module source configured)", ErrModuleNotFound, d)
		}
		b, err := e.source.Get(ctx, d)
		if err != nil {
			return nil, 0, fmt.Errorf("engine: fetch module %s: %w", d, err)
		}
		if modstore.Sum(b) != d {
			return nil, 0, fmt.Errorf("%w: module source returned other bytes for %s", ErrDigestMismatch, d)
		}
		if !trusted {
			if err := e.checkModuleSize(len(b)); err != nil {
				return nil, 0, err
			}
		}
		wasm = b
	}
	c, err := e.compile(ctx, d, wasm, trusted)
	if err != nil {
		return nil, 0, err
	}
	return c, CacheCompiled, nil
}

// compile compiles wasm in wasmtime, bounded in time and in concurrency,
// and returns the checked module; or, for a module every operator with this
// Environment rejects the same way, an invalid-module verdict (a result);
// or a host error, which must be neither signed nor cached: a compile
// timeout, ctx ending, or a failure that is not recognisably the module's
// own (host out of memory, a compiler bug).
func (e *Engine) compile(ctx context.Context, d modstore.Digest, wasm []byte, trusted bool) (*compiled, error) {
	if err := e.compiles.Acquire(ctx, 1); err != nil {
		return nil, fmt.Errorf("engine: waiting for a compile slot for %s: %w", d, err)
	}
	// An abandoned compile of the same module may have finished while we
	// waited for its slot.
	if c := e.mem.get(d); c != nil {
		e.compiles.Release(1)
		return c, nil
	}
	if !trusted {
		// An abandoned compile outlives this call; the caller may reuse
		// its buffer meanwhile.
		wasm = bytes.Clone(wasm)
	}
	type outcome struct {
		c   *compiled
		err error
	}
	var (
		mu        sync.Mutex
		abandoned bool
		done      = make(chan outcome, 1)
	)
	// adopt caches what an abandoned compile produced, so the retry that
	// follows finds it instead of compiling again. Host errors are dropped.
	adopt := func(o outcome) {
		if o.err == nil {
			e.mem.put(o.c)
		}
	}
	go func() {
		// wasmtime cannot interrupt a compile, so the slot is held until it
		// really ends: abandoned compiles still count against
		// MaxConcurrentCompiles.
		defer e.compiles.Release(1)
		m, err := wasmtime.NewModule(e.wt, wasm)
		c, err := e.verdict(d, m, err, trusted)
		mu.Lock()
		defer mu.Unlock()
		if abandoned {
			adopt(outcome{c, err})
			return
		}
		done <- outcome{c, err}
	}()
	giveUp := func() {
		mu.Lock()
		defer mu.Unlock()
		abandoned = true
		select {
		case o := <-done: // finished just as we gave up
			adopt(o)
		default:
		}
	}
	var expired <-chan time.Time
	if !trusted {
		t := time.NewTimer(e.cfg.CompileTimeout)
		defer t.Stop()
		expired = t.C
	}
	select {
	case o := <-done:
		return o.c, o.err
	case <-expired:
		giveUp()
		return nil, fmt.Errorf("%w: %s after %s", ErrCompileTimeout, d, e.cfg.CompileTimeout)
	case <-ctx.Done():
		giveUp()
		return nil, fmt.Errorf("engine: waiting for %s to compile: %w", d, ctx.Err())
	}
}

// verdict turns wasmtime's compile outcome into the engine's: a checked
// module (serialized to the disk cache when usable), an invalid-module
// verdict for the module's own faults, or a host error.
func (e *Engine) verdict(d modstore.Digest, m *wasmtime.Module, err error, trusted bool) (*compiled, error) {
	if err != nil {
		if msg := err.Error(); moduleFault(msg) {
			return &compiled{digest: d, status: StatusInvalidModule, msg: msg}, nil
		}
		return nil, fmt.Errorf("engine: compile %s: %w", d, err)
	}
	c := check(d, m, trusted)
	if c.status == StatusOK && e.disk != nil {
		if blob, err := m.Serialize(); err == nil {
			// A failed cache write only costs a recompile next time.
			_ = e.disk.store(d, blob)
		}
	}
	return c, nil
}

// moduleFault reports whether a wasmtime compile error is a property of
// the module's bytes under the engine's fixed configuration (Environment),
// so that every honest operator gets it: wasmparser's parse and validation
// errors (garbage, truncation, unknown opcodes, features switched off such
// as threads, memory64, multi-memory, GC, exceptions, relaxed SIMD, or a
// component instead of a module), and Cranelift's limits on what it can
// translate. Anything else is treated as the host's trouble.
func moduleFault(msg string) bool {
	switch {
	case strings.HasPrefix(msg, "failed to parse WebAssembly module"):
		return true
	case strings.Contains(msg, "WebAssembly translation error") &&
		(strings.Contains(msg, "Invalid input WebAssembly code") || strings.Contains(msg, "Unsupported feature")):
		return true
	case strings.Contains(msg, "Implementation limit exceeded"), strings.Contains(msg, "Code for function is too large"):
		return true
	}
	return false
}

// Prepare compiles and checks a module ahead of its first task (e.g. when
// an operator sees a function registered) and reports its static status:
// StatusOK, StatusInvalidModule, StatusBadImports or StatusBadEntry.
func (e *Engine) Prepare(ctx context.Context, wasm []byte) (modstore.Digest, Status, error) {
	if err := e.checkModuleSize(len(wasm)); err != nil {
		return modstore.Digest{}, 0, err
	}
	c, _, _, err := e.module(ctx, wasm, modstore.Digest{}, false)
	if err != nil {
		return modstore.Digest{}, 0, err
	}
	return c.digest, c.status, nil
}

// Cached reports whether the compiled module for d is in memory.
func (e *Engine) Cached(d modstore.Digest) bool { return e.mem.get(d) != nil }

// allI32 reports whether ft takes sig[0] and returns sig[1] i32 values.
func allI32(ft *wasmtime.FuncType, sig [2]int) bool {
	if ft == nil || len(ft.Params()) != sig[0] || len(ft.Results()) != sig[1] {
		return false
	}
	for _, v := range append(ft.Params(), ft.Results()...) {
		if v.Kind() != wasmtime.KindI32 {
			return false
		}
	}
	return true
}
