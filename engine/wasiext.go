package engine

// #include <stdlib.h>
// #include "wasiext.h"
import "C"

import (
	"errors"
	"reflect"
	"runtime/cgo"
	"sync"
	"unsafe"

	"github.com/bytecodealliance/wasmtime-go/v44"
)

// errnoFbig is what a stdout write returns to the guest once the output cap is
// hit. wasmtime treats a negative return as a host OS error code and maps it
// to the matching WASI errno (EFBIG: "file too large"), so the guest sees a
// failed write instead of silently losing data.
const errnoFbig = 27

// capWriter collects one guest stream in memory, up to a byte limit.
// wasmtime may call it from a thread other than the one running the guest,
// hence the mutex.
type capWriter struct {
	mu       sync.Mutex
	buf      []byte
	limit    int
	overflow bool
	// failOnOverflow makes writes past the limit fail (stdout: the output is
	// the result, so exceeding it is a status). Without it the stream is
	// silently truncated (stderr: diagnostics only, never signed).
	failOnOverflow bool
}

// add appends p, which the caller has checked fits under the limit. The
// buffer's capacity never exceeds the limit: the engine reserves exactly
// the limit against MaxTotalMemory, and append's doubling could otherwise
// hold up to twice that.
func (w *capWriter) add(p []byte) {
	if need := len(w.buf) + len(p); need > cap(w.buf) {
		grown := make([]byte, len(w.buf), min(w.limit, max(need, 2*cap(w.buf), 4096)))
		copy(grown, w.buf)
		w.buf = grown
	}
	w.buf = append(w.buf, p...)
}

func (w *capWriter) write(p []byte) int {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.overflow && w.failOnOverflow {
		return -errnoFbig
	}
	room := w.limit - len(w.buf)
	if len(p) <= room {
		w.add(p)
		return len(p)
	}
	w.overflow = true
	if w.failOnOverflow {
		return -errnoFbig
	}
	if room > 0 {
		w.add(p[:room])
	}
	return len(p)
}

// writev writes bufs (total bytes) as one write: a write crossing the cap
// fails whole, like a single large write would, and nothing is copied once
// the stream has overflowed.
func (w *capWriter) writev(bufs [][]byte, total int) int {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.overflow && w.failOnOverflow {
		return -errnoFbig
	}
	room := w.limit - len(w.buf)
	if total > room {
		w.overflow = true
		if w.failOnOverflow {
			return -errnoFbig
		}
	}
	for _, b := range bufs {
		w.add(b[:min(len(b), w.limit-len(w.buf))])
	}
	return total
}

func (w *capWriter) bytes() ([]byte, bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf, w.overflow
}

//export blsWasiWrite
func blsWasiWrite(h C.uintptr_t, buf *C.uchar, n C.size_t) C.ptrdiff_t {
	w, ok := cgo.Handle(h).Value().(*capWriter)
	if !ok {
		return -5 // EIO: cannot happen unless the handle table is corrupt
	}
	if n == 0 {
		return 0
	}
	p := unsafe.Slice((*byte)(unsafe.Pointer(buf)), int(n))
	return C.ptrdiff_t(w.write(p))
}

//export blsWasiFinalize
func blsWasiFinalize(h C.uintptr_t) {
	cgo.Handle(h).Delete()
}

// watch is the wall-clock guard of one store (wasiext.c): it stops the
// guest when the limit passes or when the host cancels the run. It lives in
// C memory because wasmtime keeps a pointer to it for the store's lifetime.
type watch struct{ c *C.blsext_watch_t }

// watchStop says why a watch stopped a guest.
type watchStop int

const (
	watchNone      watchStop = 0
	watchTimeout   watchStop = 1
	watchCancelled watchStop = 2
)

// errStoreLayout is returned by New when the wasmtime binding's Store is not
// laid out as storePtr expects (a binding upgrade): failing to start beats
// corrupting memory.
var errStoreLayout = errors.New("engine: wasmtime.Store layout changed: cannot install the epoch callback")

// checkStoreLayout verifies that the binding's Store starts with its
// wasmtime_store_t pointer, which the Go API does not expose but the epoch
// deadline callback (the only way to interrupt one store) needs.
func checkStoreLayout() error {
	f, ok := reflect.TypeOf(wasmtime.Store{}).FieldByName("_ptr")
	if !ok || f.Offset != 0 || f.Type.Kind() != reflect.Pointer {
		return errStoreLayout
	}
	return nil
}

// installWatch arms a watch of ticks epoch ticks on store. The caller frees
// it with free, after the store is closed.
func installWatch(store *wasmtime.Store, ticks uint64) (*watch, error) {
	w := C.blsext_watch_new(C.uint64_t(ticks))
	if w == nil {
		return nil, errors.New("engine: allocate the wall-clock watch")
	}
	// Store's first field is its wasmtime_store_t (checkStoreLayout).
	sp := *(**C.wasmtime_store_t)(unsafe.Pointer(store))
	ctx := (*C.wasmtime_context_t)(unsafe.Pointer(store.Context()))
	C.blsext_watch_install(sp, ctx, w)
	return &watch{c: w}, nil
}

// cancel makes the guest stop at its next epoch check; safe from any goroutine.
func (w *watch) cancel() { C.blsext_watch_cancel(w.c) }

// stopped reports why the watch stopped the guest, once the call returned.
func (w *watch) stopped() watchStop { return watchStop(C.blsext_watch_reason(w.c)) }

func (w *watch) free() { C.blsext_watch_free(w.c) }

// wasiSetup describes wasmtime's WASI context of one execution, which only
// proc_exit uses now (every other call is ours: wasi.go, wasifs.go): argv,
// env and the stdout/stderr writers, so that anything wasmtime itself
// might print lands in the same buffers. No directories, no stdin, never
// sockets.
type wasiSetup struct {
	args   []string
	env    [][2]string
	stdout *capWriter
	stderr *capWriter
}

// install builds a wasi_config_t in C and moves it into the store. The Go
// binding's WasiConfig cannot do in-memory stdio, and temp files would cost
// syscalls and disk on every task.
func (s *wasiSetup) install(store *wasmtime.Store) error {
	cfg := C.wasi_config_new()
	if cfg == nil {
		return errors.New("engine: wasi_config_new returned NULL")
	}
	consumed := false
	defer func() {
		if !consumed {
			C.wasi_config_delete(cfg)
		}
	}()

	var toFree []unsafe.Pointer
	defer func() {
		for _, p := range toFree {
			C.free(p)
		}
	}()
	cstr := func(s string) *C.char {
		p := C.CString(s)
		toFree = append(toFree, unsafe.Pointer(p))
		return p
	}
	// The argv/env pointer arrays are allocated in C, so wasmtime (which
	// copies them) is never handed Go-managed memory.
	carray := func(n int) []*C.char {
		if n == 0 {
			return nil
		}
		p := C.calloc(C.size_t(n), C.size_t(unsafe.Sizeof((*C.char)(nil))))
		toFree = append(toFree, p)
		return unsafe.Slice((**C.char)(p), n)
	}
	argv := carray(len(s.args))
	for i, a := range s.args {
		argv[i] = cstr(a)
	}
	var argp **C.char
	if len(argv) > 0 {
		argp = &argv[0]
	}
	if !C.wasi_config_set_argv(cfg, C.size_t(len(argv)), argp) {
		return errors.New("engine: wasi_config_set_argv failed")
	}
	names, values := carray(len(s.env)), carray(len(s.env))
	for i, kv := range s.env {
		names[i], values[i] = cstr(kv[0]), cstr(kv[1])
	}
	var np, vp **C.char
	if len(names) > 0 {
		np, vp = &names[0], &values[0]
	}
	if !C.wasi_config_set_env(cfg, C.size_t(len(names)), np, vp) {
		return errors.New("engine: wasi_config_set_env failed")
	}

	C.blsext_set_stdout(cfg, C.uintptr_t(cgo.NewHandle(s.stdout)))
	C.blsext_set_stderr(cfg, C.uintptr_t(cgo.NewHandle(s.stderr)))

	ctx := (*C.wasmtime_context_t)(unsafe.Pointer(store.Context()))
	consumed = true
	if C.blsext_set_wasi(ctx, cfg) != 0 {
		return errors.New("engine: wasmtime_context_set_wasi failed")
	}
	return nil
}

// Fuel prices of the host functions we implement. Wasm code pays fuel per
// operator, host calls pay nothing by default, so a guest spinning on a cheap
// host call (a failing write, a clock read) would run into the wall-clock
// timeout, which is not deterministic, instead of out-of-fuel, which is.
// Prices are pure functions of the arguments, so they are deterministic too.
const (
	fuelHostCall = 100 // per call
	fuelPerBytes = 16  // one unit per this many bytes moved
	fuelPerSub   = 20  // per poll_oneoff subscription
)

// charge takes cost fuel from the calling store; false means the guest ran
// out (its fuel is now 0 and it traps with out-of-fuel at its next check).
func charge(c *wasmtime.Caller, cost uint64) bool {
	if s := stateOf(c); s == nil || !s.metered {
		return true
	}
	ctx := (*C.wasmtime_context_t)(unsafe.Pointer(c.Context()))
	return C.blsext_charge(ctx, C.uint64_t(cost)) == 1
}
