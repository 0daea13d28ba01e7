package engine

import (
	"encoding/binary"

	"github.com/bytecodealliance/wasmtime-go/v44"
)

// Stdio fast path. wasmtime's WASI routes every fd_read/fd_write through its
// async runtime, about 70 µs per call measured here: a Go guest printing
// line by line through unbuffered os.Stdout would spend most of its time
// there. Stdio is plain memory for us, so the calls are answered directly.
//
// fd_read and fd_write on descriptors 0-2 are answered here; on 3 and above
// they go to the scratch file system (wasifs.go).

const (
	errnoBadf = 8
	maxIovs   = 1024 // WASI's IOV_MAX
)

// iovecs resolves a guest iovec array into slices of guest memory.
func iovecs(mem []byte, iovs, n int32) ([][]byte, int32) {
	if n < 0 || n > maxIovs {
		return nil, errnoInval
	}
	raw := span(mem, iovs, n*8)
	if raw == nil {
		return nil, errnoFault
	}
	out := make([][]byte, n)
	for i := range out {
		p := int32(binary.LittleEndian.Uint32(raw[i*8:]))
		l := int32(binary.LittleEndian.Uint32(raw[i*8+4:]))
		if out[i] = span(mem, p, l); out[i] == nil && l != 0 {
			return nil, errnoFault
		}
	}
	return out, errnoSuccess
}

func fdWrite(c *wasmtime.Caller, fd, iovs, n, nwritten int32) int32 {
	if !isStdio(c, fd) {
		return fsWrite(c, fd, iovs, n, 0, false, nwritten)
	}
	s := stateOf(c)
	mem := guestMem(c)
	if s == nil || mem == nil {
		return errnoFault
	}
	var w *capWriter
	switch s.stream(fd) {
	case 1:
		w = s.stdout
	case 2:
		w = s.stderr
	default:
		return errnoBadf
	}
	bufs, errno := iovecs(mem, iovs, n)
	if errno != errnoSuccess {
		return errno
	}
	dst := span(mem, nwritten, 4)
	if dst == nil {
		return errnoFault
	}
	var total int
	for _, b := range bufs {
		total += len(b)
	}
	if !charge(c, fuelHostCall+uint64(total)/fuelPerBytes) {
		return errnoSuccess // out of fuel: the guest traps next
	}
	if r := w.writev(bufs, total); r < 0 {
		return int32(-r) // EFBIG: WASI errno values equal Linux ones here
	}
	binary.LittleEndian.PutUint32(dst, uint32(total))
	return errnoSuccess
}

func fdRead(c *wasmtime.Caller, fd, iovs, n, nread int32) int32 {
	if !isStdio(c, fd) {
		return fsRead(c, fd, iovs, n, 0, false, nread)
	}
	s := stateOf(c)
	mem := guestMem(c)
	if s == nil || mem == nil {
		return errnoFault
	}
	if s.stream(fd) != 0 {
		return errnoBadf
	}
	bufs, errno := iovecs(mem, iovs, n)
	if errno != errnoSuccess {
		return errno
	}
	dst := span(mem, nread, 4)
	if dst == nil {
		return errnoFault
	}
	var want int
	for _, b := range bufs {
		want += len(b)
	}
	if !charge(c, fuelHostCall+uint64(want)/fuelPerBytes) {
		return errnoSuccess
	}
	var got int
	for _, b := range bufs {
		k := copy(b, s.input[s.inOff:])
		s.inOff += k
		got += k
		if k < len(b) {
			break
		}
	}
	binary.LittleEndian.PutUint32(dst, uint32(got))
	return errnoSuccess
}
