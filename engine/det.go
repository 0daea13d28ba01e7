package engine

import (
	"crypto/sha256"
	"encoding/binary"
	"math/rand/v2"

	"github.com/bytecodealliance/wasmtime-go/v44"

	"github.com/blockless/avs/scratchfs"
)

// WASI preview 1 errno values the deterministic host functions return.
const (
	errnoSuccess = 0
	errnoFault   = 21
	errnoInval   = 28
	errnoNotsup  = 58
)

// WASI clock ids.
const (
	clockRealtime  = 0
	clockMonotonic = 1
	clockProcess   = 2
	clockThread    = 3
)

// ClockStep is how far the virtual clock advances on every clock_time_get
// call, in nanoseconds. Guests that measure elapsed time (Go's runtime does,
// for its scheduler) need a clock that moves; tying the movement to calls
// rather than to the host keeps it identical on every operator.
const ClockStep = 1000

// randomDomain separates the random_get stream from any other use of the
// task id, so the seed cannot be confused with, e.g., a signing nonce.
const randomDomain = "blockless-avs/engine/random_get/v1"

// detState is the per-execution state behind the deterministic WASI
// overrides. It hangs off the wasmtime Store (Store.Data) so the shared,
// store-independent linker can reach it from any execution.
type detState struct {
	baseNanos uint64 // task timestamp (unix seconds) in ns: realtime at elapsed 0
	elapsed   uint64 // virtual ns since the start of the execution
	rng       *rand.ChaCha8

	metered bool // the engine meters fuel: host calls are charged

	// Stdio and process state for our WASI (stdio.go, wasi.go).
	args, env      []string // env as "K=V"
	closed         [3]bool  // stdio descriptors the guest closed
	input          []byte
	inOff          int
	stdout, stderr *capWriter

	// The scratch file system (wasifs.go): the tree, descriptors 3 and up,
	// the memory limit it shares with linear memory, the store whose
	// memory limit follows its size, and its size when last published.
	fs       *scratchfs.FS
	fds      map[int32]*fdEntry
	maxFD    int32 // the highest open descriptor (2 when only stdio is)
	memLimit uint64
	store    *wasmtime.Store
	fsUsed   int64
	fsBase   int64   // the empty skeleton's share of fsUsed, not charged
	jit      *x86JIT // RunX86 only: the emulator's translated code (x86jit.go)
	http     httpState
	// instances is the store's instance limit, kept when the memory limit
	// is republished (the emulator's translations are instances too).
	instances int64
}

func newDetState(taskID [32]byte, timestamp uint64) *detState {
	h := sha256.New()
	h.Write([]byte(randomDomain))
	h.Write(taskID[:])
	var seed [32]byte
	copy(seed[:], h.Sum(nil))
	return &detState{
		baseNanos: timestamp * 1_000_000_000,
		rng:       rand.NewChaCha8(seed),
	}
}

// guestMem returns the caller's exported linear memory, or nil.
func guestMem(c *wasmtime.Caller) []byte {
	ext := c.GetExport("memory")
	if ext == nil {
		return nil
	}
	m := ext.Memory()
	if m == nil {
		return nil
	}
	return m.UnsafeData(c)
}

// span bounds-checks a guest pointer/length pair (both are u32 on wasm32).
func span(mem []byte, ptr, n int32) []byte {
	p, l := uint64(uint32(ptr)), uint64(uint32(n))
	if p+l > uint64(len(mem)) {
		return nil
	}
	return mem[p : p+l]
}

func stateOf(c *wasmtime.Caller) *detState {
	s, _ := c.Data().(*detState)
	return s
}

// defineDeterministicWASI shadows every WASI preview 1 function but
// proc_exit: stdio and files (stdio.go, wasi.go, wasifs.go), and here the
// ones whose results would otherwise depend on the host: clocks,
// randomness and poll_oneoff (which sleeps in real time and reports real
// elapsed time).
func defineDeterministicWASI(l *wasmtime.Linker) error {
	const mod = "wasi_snapshot_preview1"
	if err := l.FuncWrap(mod, "fd_write", fdWrite); err != nil {
		return err
	}
	if err := l.FuncWrap(mod, "fd_read", fdRead); err != nil {
		return err
	}
	if err := defineStdioWASI(l); err != nil {
		return err
	}
	if err := l.FuncWrap(mod, "clock_time_get", func(c *wasmtime.Caller, id int32, _ int64, out int32) int32 {
		s := stateOf(c)
		if s == nil {
			return errnoFault
		}
		dst := span(guestMem(c), out, 8)
		if dst == nil {
			return errnoFault
		}
		if !charge(c, fuelHostCall) {
			return errnoSuccess
		}
		s.elapsed += ClockStep
		var v uint64
		switch id {
		case clockRealtime:
			v = s.baseNanos + s.elapsed
		case clockMonotonic, clockProcess, clockThread:
			v = s.elapsed
		default:
			return errnoInval
		}
		binary.LittleEndian.PutUint64(dst, v)
		return errnoSuccess
	}); err != nil {
		return err
	}
	if err := l.FuncWrap(mod, "clock_res_get", func(c *wasmtime.Caller, id int32, out int32) int32 {
		if id < clockRealtime || id > clockThread {
			return errnoInval
		}
		dst := span(guestMem(c), out, 8)
		if dst == nil {
			return errnoFault
		}
		binary.LittleEndian.PutUint64(dst, ClockStep)
		return errnoSuccess
	}); err != nil {
		return err
	}
	if err := l.FuncWrap(mod, "random_get", func(c *wasmtime.Caller, buf, n int32) int32 {
		s := stateOf(c)
		if s == nil {
			return errnoFault
		}
		dst := span(guestMem(c), buf, n)
		if dst == nil {
			return errnoFault
		}
		if !charge(c, fuelHostCall+uint64(len(dst))/fuelPerBytes) {
			return errnoSuccess
		}
		_, _ = s.rng.Read(dst) // ChaCha8.Read never fails
		return errnoSuccess
	}); err != nil {
		return err
	}
	return l.FuncWrap(mod, "poll_oneoff", pollOneoff)
}

// Layout of WASI preview 1 subscription (48 bytes) and event (32 bytes).
const (
	subSize        = 48
	evSize         = 32
	eventClock     = 0
	subClockAbstim = 1
)

// pollOneoff answers without blocking and without the host clock: stdio is
// in memory, so every fd subscription is ready at once; when only clocks are
// awaited, the virtual clock jumps to the earliest deadline and the clocks
// due by then fire. time.Sleep in a guest thus costs no wall time and
// advances guest time by exactly what was asked.
func pollOneoff(c *wasmtime.Caller, in, out, nsubs, neventsPtr int32) int32 {
	s := stateOf(c)
	mem := guestMem(c)
	if s == nil || mem == nil {
		return errnoFault
	}
	if nsubs <= 0 || nsubs > 1<<16 { // bound the work and keep the products below in int32
		return errnoInval
	}
	if !charge(c, fuelHostCall+uint64(nsubs)*fuelPerSub) {
		return errnoSuccess
	}
	subs := span(mem, in, nsubs*subSize)
	evs := span(mem, out, nsubs*evSize)
	nev := span(mem, neventsPtr, 4)
	if subs == nil || evs == nil || nev == nil {
		return errnoFault
	}
	type clockSub struct {
		idx      int
		deadline uint64 // in elapsed-ns
	}
	var clocks []clockSub
	written := 0
	emit := func(i int, typ byte, errno uint16) {
		sub := subs[i*subSize:]
		ev := evs[written*evSize : (written+1)*evSize]
		clear(ev)
		copy(ev[0:8], sub[0:8]) // userdata
		binary.LittleEndian.PutUint16(ev[8:], errno)
		ev[10] = typ
		written++
	}
	for i := 0; i < int(nsubs); i++ {
		sub := subs[i*subSize:]
		switch tag := sub[8]; tag {
		case eventClock:
			id := binary.LittleEndian.Uint32(sub[16:])
			timeout := binary.LittleEndian.Uint64(sub[24:])
			flags := binary.LittleEndian.Uint16(sub[40:])
			var dl uint64
			switch {
			case flags&subClockAbstim == 0:
				dl = s.elapsed + timeout
			case id == clockRealtime:
				if timeout > s.baseNanos {
					dl = timeout - s.baseNanos
				}
			default:
				dl = timeout
			}
			clocks = append(clocks, clockSub{i, dl})
		case 1, 2: // fd_read, fd_write: stdio and files are in memory, always ready
			fd := int32(binary.LittleEndian.Uint32(sub[16:]))
			if s.open(fd) || s.fds[fd] != nil {
				emit(i, tag, errnoSuccess)
			} else {
				emit(i, tag, errnoBadf)
			}
			// nbytes stays 0: "ready, size unknown", which WASI allows.
		default:
			emit(i, tag, errnoNotsup)
		}
	}
	if written == 0 && len(clocks) > 0 {
		earliest := clocks[0].deadline
		for _, cs := range clocks[1:] {
			earliest = min(earliest, cs.deadline)
		}
		if earliest > s.elapsed {
			s.elapsed = earliest
		}
		for _, cs := range clocks {
			if cs.deadline <= s.elapsed {
				emit(cs.idx, eventClock, errnoSuccess)
			}
		}
	}
	binary.LittleEndian.PutUint32(nev, uint32(written))
	return errnoSuccess
}
