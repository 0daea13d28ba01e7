package engine

import (
	"encoding/binary"

	"github.com/bytecodealliance/wasmtime-go/v44"
)

// Our own WASI preview 1, for every execution.
//
// A guest has three stdio descriptors, stdin, stdout and stderr, all in
// memory, and the preopened directories of its scratch file system
// (wasifs.go), also in memory, so every WASI function is a small pure
// function of the execution's state. Implementing them here (rather than
// relying on wasmtime's WASI) buys three things:
//   - determinism by construction: results depend on the request only, not on
//     wasmtime's host-side WASI implementation;
//   - metering: every call charges fuel (wasmtime's WASI calls are free), so
//     a guest spinning on any of them ends out-of-fuel, deterministically,
//     rather than in a wall-clock timeout;
//   - speed: wasmtime's WASI goes through an async runtime, ~70 µs a call.
//
// The answers mirror what wasmtime 44's WASI gives for the same descriptors
// (probed call by call for stdio), so guests written against wasmtime work
// unchanged. Only proc_exit stays wasmtime's: it ends the guest with an
// exit status that a host function cannot raise through the Go binding.

const (
	errnoNotsock = 57
	errnoSpipe   = 70

	rightFdRead  = 1 << 1
	rightFdWrite = 1 << 6
)

// open reports whether fd holds a stdio stream.
func (s *detState) open(fd int32) bool { return s.stream(fd) >= 0 }

// stdioCall charges the base price and classifies fd: ok is false with the
// errno to return when fd is not an open stdio descriptor.
func stdioCall(c *wasmtime.Caller, fd int32) (s *detState, errno int32, ok bool) {
	s = stateOf(c)
	if s == nil {
		return nil, errnoFault, false
	}
	if !charge(c, fuelHostCall) {
		return nil, errnoSuccess, false // out of fuel: the guest traps next
	}
	if !s.open(fd) {
		return nil, errnoBadf, false
	}
	return s, errnoSuccess, true
}

// badfOr returns errno for an open stdio fd and EBADF otherwise.
func badfOr(c *wasmtime.Caller, fd int32, errno int32) int32 {
	if _, e, ok := stdioCall(c, fd); !ok {
		return e
	}
	return errno
}

// writeStrings implements args_get / environ_get: a pointer array at ptrs and
// the NUL-terminated strings packed at buf.
func writeStrings(c *wasmtime.Caller, list []string, ptrs, buf int32) int32 {
	mem := guestMem(c)
	size := 0
	for _, a := range list {
		size += len(a) + 1
	}
	if !charge(c, fuelHostCall+uint64(size)/fuelPerBytes) {
		return errnoSuccess
	}
	pa := span(mem, ptrs, int32(4*len(list)))
	ba := span(mem, buf, int32(size))
	if pa == nil || ba == nil {
		return errnoFault
	}
	off := 0
	for i, a := range list {
		binary.LittleEndian.PutUint32(pa[4*i:], uint32(buf)+uint32(off))
		off += copy(ba[off:], a)
		ba[off] = 0
		off++
	}
	return errnoSuccess
}

func writeSizes(c *wasmtime.Caller, list []string, countPtr, sizePtr int32) int32 {
	if !charge(c, fuelHostCall) {
		return errnoSuccess
	}
	mem := guestMem(c)
	cp, sp := span(mem, countPtr, 4), span(mem, sizePtr, 4)
	if cp == nil || sp == nil {
		return errnoFault
	}
	size := 0
	for _, a := range list {
		size += len(a) + 1
	}
	binary.LittleEndian.PutUint32(cp, uint32(len(list)))
	binary.LittleEndian.PutUint32(sp, uint32(size))
	return errnoSuccess
}

// defineStdioWASI shadows every WASI preview 1 function but proc_exit (and
// those defineDeterministicWASI defines) with the implementations above and
// the file calls of wasifs.go.
func defineStdioWASI(l *wasmtime.Linker) error {
	const mod = "wasi_snapshot_preview1"
	type I = int32
	type C = *wasmtime.Caller
	defs := map[string]interface{}{
		"args_get":          func(c C, ptrs, buf I) I { return writeStrings(c, stateOf(c).args, ptrs, buf) },
		"args_sizes_get":    func(c C, n, size I) I { return writeSizes(c, stateOf(c).args, n, size) },
		"environ_get":       func(c C, ptrs, buf I) I { return writeStrings(c, stateOf(c).env, ptrs, buf) },
		"environ_sizes_get": func(c C, n, size I) I { return writeSizes(c, stateOf(c).env, n, size) },

		"fd_fdstat_get": func(c C, fd, out I) I {
			if !isStdio(c, fd) {
				x, errno, ok := fsCall(c, fd, anyKind, 0)
				if !ok {
					return errno
				}
				dst := span(x.mem, out, 24)
				if dst == nil {
					return errnoFault
				}
				fsFdstat(x.e, dst)
				return errnoSuccess
			}
			if _, e, ok := stdioCall(c, fd); !ok {
				return e
			}
			dst := span(guestMem(c), out, 24)
			if dst == nil {
				return errnoFault
			}
			clear(dst) // filetype unknown, no flags
			rights := uint64(rightFdWrite)
			if stateOf(c).stream(fd) == 0 {
				rights = rightFdRead
			}
			binary.LittleEndian.PutUint64(dst[8:], rights)
			binary.LittleEndian.PutUint64(dst[16:], rights)
			return errnoSuccess
		},
		"fd_filestat_get": func(c C, fd, out I) I {
			if !isStdio(c, fd) {
				x, errno, ok := fsCall(c, fd, anyKind, 0)
				if !ok {
					return errno
				}
				dst := span(x.mem, out, 64)
				if dst == nil {
					return errnoFault
				}
				st, err := x.e.f.Stat()
				if err != nil {
					return fsErrno(err)
				}
				putFilestat(dst, st)
				return errnoSuccess
			}
			if _, e, ok := stdioCall(c, fd); !ok {
				return e
			}
			dst := span(guestMem(c), out, 64)
			if dst == nil {
				return errnoFault
			}
			clear(dst) // no device, inode, type, size or times: nothing host-specific
			return errnoSuccess
		},
		"fd_close": func(c C, fd I) I {
			if !isStdio(c, fd) {
				x, errno, ok := fsCall(c, fd, anyKind, 0)
				if !ok {
					return errno
				}
				x.s.dropFD(fd)
				return x.done(fsErrno(x.e.f.Close()))
			}
			s, e, ok := stdioCall(c, fd)
			if !ok {
				return e
			}
			if s.fds[fd] != nil {
				s.dropFD(fd) // a renumbered stream
			} else {
				s.closed[fd] = true
			}
			return errnoSuccess
		},
		"sock_accept":   func(c C, fd, _, _ I) I { return badfOr(c, fd, errnoNotsock) },
		"sock_recv":     func(c C, fd, _, _, _, _, _ I) I { return badfOr(c, fd, errnoNotsock) },
		"sock_send":     func(c C, fd, _, _, _, _ I) I { return badfOr(c, fd, errnoNotsock) },
		"sock_shutdown": func(c C, fd, _ I) I { return badfOr(c, fd, errnoNotsock) },

		"proc_raise": func(c C, _ I) I {
			if !charge(c, fuelHostCall) {
				return errnoSuccess
			}
			return errnoNotsup
		},
		"sched_yield": func(c C) I {
			charge(c, fuelHostCall)
			return errnoSuccess
		},
	}
	for name, f := range defs {
		if err := l.FuncWrap(mod, name, f); err != nil {
			return err
		}
	}
	return defineFSWASI(l)
}
