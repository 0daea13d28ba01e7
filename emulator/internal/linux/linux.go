// Package linux implements the Linux system calls a static x86-64 program
// makes, deterministically: stdio is in-memory buffers, time comes from the
// task and the retired-instruction count, randomness from a seed, files
// from an in-memory tree, and there is no network and one thread. Unknown
// calls return -ENOSYS and are counted.
package linux

import (
	"crypto/sha256"
	"encoding/binary"

	"github.com/blockless/avs/emulator/internal/cpu"
	"github.com/blockless/avs/emulator/internal/elf"
	"github.com/blockless/avs/emulator/internal/mem"
	"github.com/blockless/avs/scratchfs"
)

// Errno values returned (negated) to the guest.
const (
	ENOENT = 2
	ESRCH  = 3
	EBADF  = 9
	EAGAIN = 11
	ENOMEM = 12
	EFAULT = 14
	EINVAL = 22
	ENOTTY = 25
	ESPIPE = 29
	ENOSYS = 38
	ENODEV = 19
	EEXIST = 17
	EMFILE = 24
)

// NsPerInstruction advances the virtual clock per retired instruction.
const NsPerInstruction = 1

// Kernel is the system-call layer of one emulated process.
type Kernel struct {
	CPU *cpu.CPU
	Mem *mem.Memory

	Stdin     []byte
	stdinPos  int
	Stdout    []byte
	Stderr    []byte
	MaxOutput int // 0 = no limit on stdout+stderr

	BrkStart, Brk uint64
	Exe           string

	// Time is the task's wall-clock time in Unix seconds.
	Time    uint64
	sleptNs uint64

	umask   uint32
	seed    [32]byte
	rngCtr  uint64
	rngBuf  []byte
	sigmask uint64
	sigact  map[uint64][32]byte

	// Set when the process ends.
	Exited   bool
	ExitCode int
	Signal   int
	// OutputExceeded is set when a write went over MaxOutput.
	OutputExceeded bool

	Unknown map[uint64]int
	Calls   uint64

	// MaxMemory bounds memory pages and file system bytes together; 0 =
	// no bound.
	MaxMemory uint64

	fs      *scratchfs.FS
	cwd     *scratchfs.Node
	fds     []*openFile // by descriptor number; nil = free
	nextIno uint64      // for pipes
}

// New returns a kernel for a process loaded as p.
func New(c *cpu.CPU, p *elf.Process, seed [32]byte) *Kernel {
	k := &Kernel{CPU: c, Mem: c.Mem, BrkStart: p.Brk, Brk: p.Brk, seed: seed, umask: 0o022,
		sigact: map[uint64][32]byte{}, Unknown: map[uint64]int{}, nextIno: 1 << 20}
	k.initFds()
	return k
}

// Random returns n bytes of the seeded stream used for getrandom;
// domain separates independent uses (AT_RANDOM, getrandom).
func Random(seed [32]byte, domain string, ctr uint64) [32]byte {
	h := sha256.New()
	h.Write(seed[:])
	h.Write([]byte(domain))
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], ctr)
	h.Write(b[:])
	var out [32]byte
	copy(out[:], h.Sum(nil))
	return out
}

func (k *Kernel) random(n int) []byte {
	for len(k.rngBuf) < n {
		b := Random(k.seed, "getrandom", k.rngCtr)
		k.rngCtr++
		k.rngBuf = append(k.rngBuf, b[:]...)
	}
	out := k.rngBuf[:n:n]
	k.rngBuf = k.rngBuf[n:]
	return out
}

// nowNs is the virtual time in nanoseconds since the epoch.
func (k *Kernel) nowNs() uint64 {
	return k.Time*1e9 + k.CPU.Icount*NsPerInstruction + k.sleptNs
}

func pageUp(v uint64) uint64 { return (v + mem.PageSize - 1) &^ (mem.PageSize - 1) }

// Syscall handles the system call the CPU stopped at. It returns true when
// the process has ended.
func (k *Kernel) Syscall() bool {
	c := k.CPU
	nr := c.R[cpu.RAX]
	a1, a2, a3, a4, a5 := c.R[cpu.RDI], c.R[cpu.RSI], c.R[cpu.RDX], c.R[cpu.R10], c.R[cpu.R8]
	k.Calls++
	k.fsBudget()
	ret := k.guarded(nr, a1, a2, a3, a4, a5)
	k.memBudget()
	c.R[cpu.RAX] = uint64(ret)
	return k.Exited
}

// guarded dispatches a call; a pointer argument into memory the process
// cannot access fails the call with EFAULT, as the kernel's copy routines
// do, instead of ending the emulator.
func (k *Kernel) guarded(nr, a1, a2, a3, a4, a5 uint64) (ret int64) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(*mem.Fault); ok {
				ret = -EFAULT
				return
			}
			panic(r)
		}
	}()
	return k.dispatch(nr, a1, a2, a3, a4, a5)
}

func (k *Kernel) dispatch(nr, a1, a2, a3, a4, a5 uint64) int64 {
	m := k.Mem
	switch nr {
	case 0: // read
		return k.read(a1, a2, a3)
	case 1: // write
		return k.write(a1, a2, a3)
	case 19, 20: // readv, writev
		var total int64
		for i := uint64(0); i < a3; i++ {
			base, n := m.Read64(a2+16*i), m.Read64(a2+16*i+8)
			var r int64
			if nr == 19 {
				r = k.read(a1, base, n)
			} else {
				r = k.write(a1, base, n)
			}
			if r < 0 {
				if total > 0 {
					return total
				}
				return r
			}
			total += r
			if uint64(r) < n {
				break
			}
		}
		return total
	case 3: // close
		return k.closeFd(a1)
	case 32: // dup
		return k.dup(a1, -1)
	case 33, 292: // dup2, dup3
		if a1 == a2 && nr == 292 {
			return -EINVAL
		}
		if nr == 292 && a3&^oCloexec != 0 {
			return -EINVAL
		}
		return k.dup(a1, int64(a2))
	case 22: // pipe
		return k.pipe2(a1, 0)
	case 293: // pipe2
		return k.pipe2(a1, a2)
	case 8: // lseek
		f := k.fd(a1)
		switch {
		case f == nil:
			return -EBADF
		case f.kind == kindFile:
			return k.lseek(f, int64(a2), a3)
		case f.kind == kindNull || f.kind == kindZero || f.kind == kindRandom || f.kind == kindFull:
			return 0
		case f.kind == kindDir:
			if a3 != 0 || int64(a2) < 0 {
				return -EINVAL
			}
			f.pos = int64(a2) // a cookie from getdents64's d_off
			return f.pos
		}
		return -ESPIPE
	case 17, 18: // pread64, pwrite64
		f := k.fd(a1)
		switch {
		case f == nil:
			return -EBADF
		case int64(a4) < 0:
			return -EINVAL
		case f.kind == kindFile && nr == 17:
			if !f.readable() {
				return -EBADF
			}
			return k.fileRead(f, a2, a3, int64(a4))
		case f.kind == kindFile:
			if !f.writable() {
				return -EBADF
			}
			return k.fileWrite(f, a2, a3, int64(a4))
		case f.kind == kindDir:
			return -EISDIR
		case f.kind == kindNull || f.kind == kindZero || f.kind == kindRandom || f.kind == kindFull:
			if nr == 17 {
				return k.readFd(f, a2, a3)
			}
			return k.writeFd(f, a2, a3)
		}
		return -ESPIPE
	case 16: // ioctl
		if k.fd(a1) != nil {
			return -ENOTTY
		}
		return -EBADF
	case 72: // fcntl
		return k.fcntl(a1, a2, a3)
	case 7: // poll
		r := k.poll(a1, a2)
		if r == 0 && int32(a3) > 0 {
			k.sleptNs += uint64(int32(a3)) * 1e6
		}
		return r
	case 271: // ppoll
		r := k.poll(a1, a2)
		if r == 0 && a3 != 0 {
			k.sleptNs += m.Read64(a3)*1e9 + m.Read64(a3+8)
		}
		return r
	case 217: // getdents64
		return k.getdents64(a1, a2, a3)
	case 56, 57, 58: // clone, fork, vfork: one process, one thread
		return -EAGAIN
	case 435: // clone3: callers fall back to clone
		return -ENOSYS
	case 59, 322: // execve, execveat: the program cannot be replaced
		return -EACCES
	case 61, 247: // wait4, waitid: there are no children
		return -ECHILD
	case 5: // fstat
		return k.fstat(a1, a2)
	case 262: // newfstatat
		if a4&atEmptyPath != 0 && m.Read8(a2) == 0 {
			return k.fstat(a1, a3)
		}
		return k.stat(int64(int32(a1)), a2, a3, a4&atSymlinkNoFoll == 0)
	case 4, 6: // stat, lstat
		return k.stat(atFDCWD, a1, a2, nr == 4)
	case 2: // open
		return k.open(atFDCWD, a1, a2)
	case 257: // openat
		return k.open(int64(int32(a1)), a2, a3)
	case 21, 269, 439: // access, faccessat, faccessat2
		if nr == 21 {
			return k.access(atFDCWD, a1, a2)
		}
		return k.access(int64(int32(a1)), a2, a3)
	case 332: // statx: callers fall back to newfstatat on ENOSYS
		if a3&atEmptyPath != 0 && m.Read8(a2) == 0 {
			if k.fd(uint64(int64(int32(a1)))) == nil {
				return -EBADF
			}
			return -ENOSYS
		}
		base, p, abs, e := k.guestPath(int64(int32(a1)), a2)
		if e != 0 {
			return e
		}
		_, dev := devices[abs]
		_, alias := k.specialTarget(abs)
		if _, err := k.fs.Lookup(base, p, a3&atSymlinkNoFoll == 0); err != nil && !dev && !alias {
			return errno(err)
		}
		return -ENOSYS
	case 89: // readlink
		return k.readlinkAt(atFDCWD, a1, a2, a3)
	case 267: // readlinkat
		return k.readlinkAt(int64(int32(a1)), a2, a3, a4)
	case 9:
		return k.mmap(a1, a2, a3, a4, a5, k.CPU.R[cpu.R9])
	case 11: // munmap
		if a1&(mem.PageSize-1) != 0 || a2 == 0 {
			return -EINVAL
		}
		m.Unmap(a1, a1+pageUp(a2))
		return 0
	case 10: // mprotect
		if a1&(mem.PageSize-1) != 0 {
			return -EINVAL
		}
		end := a1 + pageUp(a2)
		if !m.Mapped(a1, end) {
			return -ENOMEM
		}
		m.Protect(a1, end, uint8(a3&7))
		return 0
	case 25:
		return k.mremap(a1, a2, a3, a4, a5)
	case 28: // madvise
		if a3 == 4 && a1&(mem.PageSize-1) == 0 { // MADV_DONTNEED zero-fills
			m.Discard(a1, a1+pageUp(a2))
		}
		return 0
	case 12:
		return k.brk(a1)
	case 13: // rt_sigaction
		if a1 == 0 || a1 > 64 || a1 == 9 || a1 == 19 {
			if a2 != 0 {
				return -EINVAL
			}
		}
		if a3 != 0 {
			old := k.sigact[a1]
			m.WriteBytes(a3, old[:])
		}
		if a2 != 0 {
			var act [32]byte
			m.ReadBytes(a2, act[:])
			k.sigact[a1] = act
		}
		return 0
	case 14: // rt_sigprocmask
		if a3 != 0 {
			m.Write64(a3, k.sigmask)
		}
		if a2 != 0 {
			set := m.Read64(a2)
			switch a1 {
			case 0:
				k.sigmask |= set
			case 1:
				k.sigmask &^= set
			case 2:
				k.sigmask = set
			default:
				return -EINVAL
			}
		}
		return 0
	case 131: // sigaltstack
		if a2 != 0 {
			m.WriteBytes(a2, make([]byte, 24))
			m.Write32(a2+8, 2) // SS_DISABLE
		}
		return 0
	case 62, 200, 234: // kill, tkill, tgkill
		sig := a2
		if nr == 234 {
			sig = a3
		}
		return k.kill(sig)
	case 60, 231: // exit, exit_group
		k.Exited, k.ExitCode = true, int(a1&0xff)
		return 0
	case 39, 186: // getpid, gettid
		return 1
	case 110: // getppid
		return 0
	case 102, 104, 107, 108: // getuid, getgid, geteuid, getegid
		return 0
	case 218: // set_tid_address
		return 1
	case 273: // set_robust_list
		return 0
	case 334: // rseq
		return -ENOSYS
	case 202: // futex
		switch a2 & 0x7f {
		case 0, 9: // FUTEX_WAIT, FUTEX_WAIT_BITSET: nobody can wake us
			if uint64(m.Read32(a1)) != a3&0xffffffff {
				return -EAGAIN
			}
			return -EAGAIN
		default:
			return 0
		}
	case 158: // arch_prctl
		switch a1 {
		case 0x1001:
			k.CPU.SegBase[cpu.SegGS] = a2
		case 0x1002:
			k.CPU.SegBase[cpu.SegFS] = a2
		case 0x1003:
			m.Write64(a2, k.CPU.SegBase[cpu.SegFS])
		case 0x1004:
			m.Write64(a2, k.CPU.SegBase[cpu.SegGS])
		default:
			return -EINVAL
		}
		return 0
	case 63: // uname
		fields := []string{"Linux", "blockless", "6.1.0", "#1 SMP PREEMPT_DYNAMIC", "x86_64", "(none)"}
		buf := make([]byte, 65*6)
		for i, f := range fields {
			copy(buf[65*i:], f)
		}
		m.WriteBytes(a1, buf)
		return 0
	case 228: // clock_gettime
		k.timespec(a2, k.clock(a1))
		return 0
	case 229: // clock_getres
		if a2 != 0 {
			m.Write64(a2, 0)
			m.Write64(a2+8, 1)
		}
		return 0
	case 96: // gettimeofday
		if a1 != 0 {
			ns := k.nowNs()
			m.Write64(a1, ns/1e9)
			m.Write64(a1+8, ns%1e9/1000)
		}
		if a2 != 0 {
			m.Write64(a2, 0)
		}
		return 0
	case 201: // time
		t := k.nowNs() / 1e9
		if a1 != 0 {
			m.Write64(a1, t)
		}
		return int64(t)
	case 35: // nanosleep: advance the virtual clock only
		k.sleptNs += m.Read64(a1)*1e9 + m.Read64(a1+8)
		return 0
	case 230: // clock_nanosleep
		ns := m.Read64(a3)*1e9 + m.Read64(a3+8)
		if a2&1 != 0 { // TIMER_ABSTIME
			if now := k.clock(a1); ns > now {
				k.sleptNs += ns - now
			}
		} else {
			k.sleptNs += ns
		}
		return 0
	case 24: // sched_yield
		return 0
	case 95: // umask: fixed 022 at start, like a login shell
		old := k.umask
		k.umask = uint32(a1 & 0o777)
		return int64(old)
	case 111, 121, 124: // getpgrp, getpgid, getsid
		return 1
	case 115: // getgroups: none
		return 0
	case 157: // prctl
		switch a1 {
		case 15: // PR_SET_NAME
			return 0
		case 16: // PR_GET_NAME
			m.WriteBytes(a2, append([]byte("prog"), make([]byte, 12)...))
			return 0
		case 3, 4, 36, 38, 39: // GET/SET_DUMPABLE, SET_CHILD_SUBREAPER, SET_NO_NEW_PRIVS, GET_NO_NEW_PRIVS
			return 0
		}
		return -EINVAL
	case 318: // getrandom
		n := min(a2, 1<<20)
		m.WriteBytes(a1, k.random(int(n)))
		return int64(n)
	case 204: // sched_getaffinity
		if a2 < 8 {
			return -EINVAL
		}
		m.Write64(a3, 1)
		return 8
	case 97: // getrlimit
		return k.rlimit(a1, a2)
	case 302: // prlimit64
		if a4 != 0 {
			return k.rlimit(a2, a4)
		}
		return 0
	case 98: // getrusage
		m.WriteBytes(a2, make([]byte, 144))
		return 0
	case 100: // times
		if a1 != 0 {
			m.WriteBytes(a1, make([]byte, 32))
		}
		return int64(k.nowNs() / 1e7)
	case 99: // sysinfo
		buf := make([]byte, 112)
		binary.LittleEndian.PutUint64(buf[32:], 1<<30) // totalram
		binary.LittleEndian.PutUint64(buf[40:], 1<<30) // freeram
		binary.LittleEndian.PutUint16(buf[80:], 1)     // procs
		binary.LittleEndian.PutUint32(buf[104:], 1)    // mem_unit
		m.WriteBytes(a1, buf)
		return 0
	}
	if ret, ok := k.fileCall(nr, a1, a2, a3, a4, a5); ok {
		return ret
	}
	k.Unknown[nr]++
	return -ENOSYS
}

func (k *Kernel) clock(id uint64) uint64 {
	switch id {
	case 1, 4, 7: // MONOTONIC, MONOTONIC_RAW, BOOTTIME
		return k.nowNs() - k.Time*1e9 + 1e9
	case 2, 3: // process/thread CPU time
		return k.CPU.Icount * NsPerInstruction
	}
	return k.nowNs()
}

func (k *Kernel) timespec(addr, ns uint64) {
	if addr != 0 {
		k.Mem.Write64(addr, ns/1e9)
		k.Mem.Write64(addr+8, ns%1e9)
	}
}

func (k *Kernel) read(fd, buf, n uint64) int64 {
	f := k.fd(fd)
	if f == nil {
		return -EBADF
	}
	return k.readFd(f, buf, n)
}

func (k *Kernel) write(fd, buf, n uint64) int64 {
	f := k.fd(fd)
	if f == nil {
		return -EBADF
	}
	return k.writeFd(f, buf, n)
}

func (k *Kernel) fstat(fd, addr uint64) int64 {
	f := k.fd(fd)
	if f == nil {
		return -EBADF
	}
	return k.fstatFd(f, addr)
}

func (k *Kernel) rlimit(res, addr uint64) int64 {
	cur, max := ^uint64(0), ^uint64(0)
	switch res {
	case 3: // RLIMIT_STACK
		cur = elf.StackSize
	case 7: // RLIMIT_NOFILE
		cur, max = 1024, 1024
	}
	k.Mem.Write64(addr, cur)
	k.Mem.Write64(addr+8, max)
	return 0
}

func (k *Kernel) kill(sig uint64) int64 {
	if sig == 0 {
		return 0
	}
	if sig > 64 {
		return -EINVAL
	}
	act := k.sigact[sig]
	handler := binary.LittleEndian.Uint64(act[:])
	if handler == 1 { // SIG_IGN
		return 0
	}
	switch sig {
	case 17, 23, 28: // SIGCHLD, SIGURG, SIGWINCH: ignored by default
		return 0
	}
	// Handlers are not run (no asynchronous delivery); a signal sent to
	// itself ends the process as the default action would.
	k.Exited, k.Signal = true, int(sig)
	return 0
}

func (k *Kernel) brk(addr uint64) int64 {
	if addr < k.BrkStart {
		return int64(k.Brk)
	}
	oldEnd, newEnd := pageUp(k.Brk), pageUp(addr)
	switch {
	case newEnd > oldEnd:
		if !k.Mem.Free(oldEnd, newEnd) || newEnd > elf.MmapTop {
			return int64(k.Brk)
		}
		k.Mem.Map(oldEnd, newEnd, mem.PermRead|mem.PermWrite)
	case newEnd < oldEnd:
		k.Mem.Unmap(newEnd, oldEnd)
	}
	k.Brk = addr
	return int64(addr)
}

const (
	mapFixed          = 0x10
	mapAnonymous      = 0x20
	mapFixedNoreplace = 0x100000
	mmapFloor         = 0x10000
)

func (k *Kernel) mmap(addr, length, prot, flags, fd, off uint64) int64 {
	m := k.Mem
	if length == 0 || length > 1<<40 {
		return -EINVAL
	}
	var file *openFile
	if flags&mapAnonymous == 0 {
		if file = k.fd(fd); file == nil {
			return -EBADF
		}
		if file.kind != kindFile {
			return -ENODEV
		}
		// MAP_PRIVATE, or MAP_SHARED without write access: a shared
		// writable mapping would have to write back to the file.
		if flags&0x3 != 2 && (flags&0x3 != 1 || prot&2 != 0) {
			return -EACCES
		}
		if off&(mem.PageSize-1) != 0 {
			return -EINVAL
		}
	}
	size := pageUp(length)
	mapIt := func(a uint64) int64 {
		if file != nil {
			k.mmapFile(file, a, size, prot, off)
		} else {
			m.Map(a, a+size, uint8(prot&7))
		}
		return int64(a)
	}
	if flags&(mapFixed|mapFixedNoreplace) != 0 {
		if addr&(mem.PageSize-1) != 0 || addr+size > 1<<47 {
			return -EINVAL
		}
		if flags&mapFixedNoreplace != 0 && !m.Free(addr, addr+size) {
			return -EEXIST
		}
		return mapIt(addr)
	}
	if addr != 0 {
		addr &^= mem.PageSize - 1
		if addr >= mmapFloor && addr+size <= elf.MmapTop && m.Free(addr, addr+size) {
			return mapIt(addr)
		}
	}
	a, ok := m.FindFree(size, pageUp(k.Brk)+64<<20, elf.MmapTop)
	if !ok {
		return -ENOMEM
	}
	return mapIt(a)
}

func (k *Kernel) mremap(old, oldSize, newSize, flags, newAddr uint64) int64 {
	m := k.Mem
	if old&(mem.PageSize-1) != 0 || newSize == 0 {
		return -EINVAL
	}
	oldSize, newSize = pageUp(oldSize), pageUp(newSize)
	r, ok := m.RegionAt(old)
	if !ok || !m.Mapped(old, old+oldSize) {
		return -EFAULT
	}
	if flags&2 != 0 { // MREMAP_FIXED
		if flags&1 == 0 || newAddr&(mem.PageSize-1) != 0 {
			return -EINVAL
		}
		m.Unmap(newAddr, newAddr+newSize)
		m.Move(old, newAddr, min(oldSize, newSize), r.Perm)
		if newSize > oldSize {
			m.Map(newAddr+oldSize, newAddr+newSize, r.Perm)
		}
		return int64(newAddr)
	}
	if newSize <= oldSize {
		if newSize < oldSize {
			m.Unmap(old+newSize, old+oldSize)
		}
		return int64(old)
	}
	if m.Free(old+oldSize, old+newSize) {
		m.Map(old+oldSize, old+newSize, r.Perm)
		return int64(old)
	}
	if flags&1 == 0 { // MREMAP_MAYMOVE
		return -ENOMEM
	}
	a, ok := m.FindFree(newSize, pageUp(k.Brk)+64<<20, elf.MmapTop)
	if !ok {
		return -ENOMEM
	}
	m.Move(old, a, oldSize, r.Perm)
	m.Map(a+oldSize, a+newSize, r.Perm)
	return int64(a)
}
