package linux

import (
	"encoding/binary"
	"strconv"
	"strings"

	"github.com/blockless/avs/scratchfs"
)

// The descriptor table. Every descriptor refers to an open file
// description (openFile) that dup, dup2 and F_DUPFD share, offsets
// included, as on Linux. Stdio are three descriptions over the task's
// in-memory stdin, stdout and stderr; the rest are the device files, pipes
// and files of the in-memory file system.

const (
	EPIPE     = 32
	ECHILD    = 10
	ENOEXEC   = 8
	sigPipe   = 13
	oWronly   = 1
	oRdwr     = 2
	oAppend   = 0o2000
	oNonblock = 0o4000
	oCloexec  = 0o2000000

	// pipeCapacity is Linux's default pipe buffer. With one thread a write
	// that does not fit could never complete, so it is cut short.
	pipeCapacity = 1 << 16
)

type fileKind uint8

const (
	kindStdin fileKind = iota
	kindStdout
	kindStderr
	kindNull    // /dev/null
	kindZero    // /dev/zero
	kindRandom  // /dev/urandom, /dev/random: the seeded stream
	kindFull    // /dev/full: reads zeros, writes fail with ENOSPC
	kindPipeIn  // read end of a pipe
	kindPipeOut // write end of a pipe
	kindFile    // a file of the file system
	kindDir     // a directory of the file system
)

// openFile is an open file description.
type openFile struct {
	kind  fileKind
	flags uint64          // O_ACCMODE | O_APPEND | O_NONBLOCK as opened
	refs  int             // descriptors referring to it
	path  string          // absolute path as opened (files, directories, devices)
	h     *scratchfs.File // kindFile, kindDir: the tree's handle
	pos   int64           // kindDir: the listing cookie
	pipe  *pipe
	ino   uint64
}

type pipe struct {
	buf              []byte
	readers, writers int
	ino              uint64
}

func (f *openFile) readable() bool { return f.flags&oAccMode != oWronly }
func (f *openFile) writable() bool { return f.flags&oAccMode != 0 }

// initFds installs stdin, stdout and stderr.
func (k *Kernel) initFds() {
	k.fds = make([]*openFile, 3, 16)
	k.fds[0] = &openFile{kind: kindStdin, refs: 1, ino: 1}
	k.fds[1] = &openFile{kind: kindStdout, flags: oWronly, refs: 1, ino: 2}
	k.fds[2] = &openFile{kind: kindStderr, flags: oWronly, refs: 1, ino: 3}
}

// fd returns the description open as fd, or nil.
func (k *Kernel) fd(fd uint64) *openFile {
	if fd >= uint64(len(k.fds)) {
		return nil
	}
	return k.fds[fd]
}

// install puts f at the lowest free descriptor >= from.
func (k *Kernel) install(f *openFile, from int) int64 {
	for n := from; n < maxOpen; n++ {
		if n >= len(k.fds) {
			k.fds = append(k.fds, make([]*openFile, n+1-len(k.fds))...)
		}
		if k.fds[n] == nil {
			k.fds[n] = f
			f.refs++
			return int64(n)
		}
	}
	return -EMFILE
}

// closeFd releases a descriptor; the description goes when its last
// descriptor does (a pipe then loses a reader or a writer).
func (k *Kernel) closeFd(fd uint64) int64 {
	f := k.fd(fd)
	if f == nil {
		return -EBADF
	}
	k.fds[fd] = nil
	f.refs--
	if f.refs == 0 && f.h != nil {
		f.h.Close()
	}
	if f.refs == 0 && f.pipe != nil {
		if f.kind == kindPipeIn {
			f.pipe.readers--
		} else {
			f.pipe.writers--
		}
	}
	return 0
}

// dup makes newfd refer to oldfd's description; newfd < 0 means the lowest
// free descriptor from -newfd-1 (dup and F_DUPFD).
func (k *Kernel) dup(oldfd uint64, newfd int64) int64 {
	f := k.fd(oldfd)
	if f == nil {
		return -EBADF
	}
	if newfd < 0 {
		return k.install(f, int(-newfd-1))
	}
	if newfd >= maxOpen {
		return -EBADF
	}
	if uint64(newfd) == oldfd {
		return newfd
	}
	k.closeFd(uint64(newfd))
	for int(newfd) >= len(k.fds) {
		k.fds = append(k.fds, nil)
	}
	k.fds[newfd] = f
	f.refs++
	return newfd
}

// pipe2 creates a pipe and writes its two descriptors to fds[2].
func (k *Kernel) pipe2(addr, flags uint64) int64 {
	if flags&^(oCloexec|oNonblock|0o40000) != 0 { // O_DIRECT is accepted
		return -EINVAL
	}
	k.nextIno++
	p := &pipe{readers: 1, writers: 1, ino: k.nextIno}
	r := &openFile{kind: kindPipeIn, flags: flags & oNonblock, pipe: p, ino: p.ino}
	w := &openFile{kind: kindPipeOut, flags: oWronly | flags&oNonblock, pipe: p, ino: p.ino}
	rfd := k.install(r, 0)
	if rfd < 0 {
		return rfd
	}
	wfd := k.install(w, 0)
	if wfd < 0 {
		k.closeFd(uint64(rfd))
		return wfd
	}
	k.Mem.Write32(addr, uint32(rfd))
	k.Mem.Write32(addr+4, uint32(wfd))
	return 0
}

// readFd reads up to n bytes from f at its offset.
func (k *Kernel) readFd(f *openFile, buf, n uint64) int64 {
	if !f.readable() {
		return -EBADF
	}
	switch f.kind {
	case kindStdin:
		rest := k.Stdin[k.stdinPos:]
		if uint64(len(rest)) > n {
			rest = rest[:n]
		}
		k.Mem.WriteBytes(buf, rest)
		k.stdinPos += len(rest)
		return int64(len(rest))
	case kindNull:
		return 0
	case kindZero, kindRandom, kindFull:
		n = min(n, 1<<20)
		if f.kind != kindRandom {
			k.Mem.WriteBytes(buf, make([]byte, n))
		} else {
			k.Mem.WriteBytes(buf, k.random(int(n)))
		}
		return int64(n)
	case kindPipeIn:
		p := f.pipe
		if len(p.buf) == 0 {
			if p.writers == 0 {
				return 0
			}
			// The only writer is this process: a blocking read would wait
			// forever, so it fails as a non-blocking one does.
			return -EAGAIN
		}
		b := p.buf
		if uint64(len(b)) > n {
			b = b[:n]
		}
		k.Mem.WriteBytes(buf, b)
		p.buf = p.buf[len(b):]
		return int64(len(b))
	case kindFile:
		off := f.h.Offset()
		r := k.fileRead(f, buf, n, off)
		if r > 0 {
			f.h.Seek(off+r, 0)
		}
		return r
	case kindDir:
		return -EISDIR
	}
	return -EBADF
}

// writeFd writes n bytes to f.
func (k *Kernel) writeFd(f *openFile, buf, n uint64) int64 {
	if !f.writable() {
		return -EBADF
	}
	if n > 1<<30 {
		return -EFAULT
	}
	switch f.kind {
	case kindStdout, kindStderr:
		if k.MaxOutput > 0 && len(k.Stdout)+len(k.Stderr)+int(n) > k.MaxOutput {
			k.OutputExceeded = true
			k.Exited = true
			return -EFAULT
		}
		b := make([]byte, n)
		k.Mem.ReadBytes(buf, b)
		if f.kind == kindStdout {
			k.Stdout = append(k.Stdout, b...)
		} else {
			k.Stderr = append(k.Stderr, b...)
		}
		return int64(n)
	case kindNull, kindZero, kindRandom:
		return int64(n)
	case kindFull:
		return -ENOSPC
	case kindFile:
		return k.fileWrite(f, buf, n, -1)
	case kindPipeOut:
		p := f.pipe
		if p.readers == 0 {
			k.kill(sigPipe)
			return -EPIPE
		}
		room := uint64(pipeCapacity - len(p.buf))
		if room == 0 {
			return -EAGAIN
		}
		n = min(n, room)
		b := make([]byte, n)
		k.Mem.ReadBytes(buf, b)
		p.buf = append(p.buf, b...)
		return int64(n)
	}
	return -EBADF
}

// devices are the character devices under /dev, with the descriptor
// number for the /dev/std* aliases.
var devices = map[string]fileKind{
	"/dev/null": kindNull, "/dev/zero": kindZero, "/dev/full": kindFull,
	"/dev/urandom": kindRandom, "/dev/random": kindRandom,
}

// openSpecial opens /dev devices and the descriptor aliases /dev/stdin,
// /dev/stdout, /dev/stderr, /dev/fd/N and /proc/self/fd/N (which reopen
// what N refers to). ok is false for any other path.
func (k *Kernel) openSpecial(p string, flags uint64) (ret int64, ok bool) {
	if kind, isDev := devices[p]; isDev {
		return k.install(&openFile{kind: kind, flags: flags & (oAccMode | oAppend | oNonblock), path: p, ino: k.devIno(p)}, 0), true
	}
	f, ok := k.specialTarget(p)
	if !ok {
		return 0, false
	}
	if f == nil {
		return -ENOENT, true
	}
	if (flags&oAccMode != oWronly && !f.readable()) || (flags&oAccMode != 0 && !f.writable()) {
		return -EACCES, true
	}
	return k.install(f, 0), true
}

// specialTarget resolves the descriptor aliases: ok reports whether p is
// one, f is the description it names (nil: no such descriptor).
func (k *Kernel) specialTarget(p string) (f *openFile, ok bool) {
	n := -1
	switch p {
	case "/dev/stdin":
		n = 0
	case "/dev/stdout":
		n = 1
	case "/dev/stderr":
		n = 2
	default:
		for _, dir := range []string{"/dev/fd/", "/proc/self/fd/"} {
			if rest, found := strings.CutPrefix(p, dir); found {
				v, err := strconv.Atoi(rest)
				if err != nil || v < 0 {
					return nil, true
				}
				n = v
			}
		}
	}
	if n < 0 {
		return nil, false
	}
	return k.fd(uint64(n)), true
}

// devIno is the inode number of a device: its node's in the tree.
func (k *Kernel) devIno(p string) uint64 {
	if n, err := k.fs.Lookup(k.fs.Root(), p, false); err == nil {
		return n.Stat().Ino
	}
	return 0
}

// fstatFd fills a struct stat for a descriptor.
func (k *Kernel) fstatFd(f *openFile, addr uint64) int64 {
	switch f.kind {
	case kindFile, kindDir:
		st, err := f.h.Stat()
		if err != nil {
			return errno(err)
		}
		return k.writeStat(st, addr)
	}
	buf := make([]byte, 144)
	le := binary.LittleEndian
	le.PutUint64(buf[8:], f.ino)
	le.PutUint64(buf[16:], 1)
	le.PutUint64(buf[56:], 4096)
	switch f.kind {
	case kindNull, kindZero, kindRandom, kindFull:
		le.PutUint64(buf[0:], 6)        // st_dev of devtmpfs
		le.PutUint32(buf[24:], 0o20666) // S_IFCHR | 0666
		minor := map[fileKind]uint64{kindNull: 3, kindZero: 5, kindRandom: 9, kindFull: 7}[f.kind]
		if f.path == "/dev/random" {
			minor = 8
		}
		le.PutUint64(buf[40:], 1<<8|minor) // st_rdev: major 1
	default: // stdio and pipes are FIFOs, as for a function run by an operator
		le.PutUint64(buf[0:], 12)
		le.PutUint32(buf[24:], 0o10600) // S_IFIFO | 0600
	}
	for _, o := range []int{72, 88, 104} {
		le.PutUint64(buf[o:], k.Time)
	}
	k.Mem.WriteBytes(addr, buf)
	return 0
}

// fcntl implements the descriptor commands.
func (k *Kernel) fcntl(fd, cmd, arg uint64) int64 {
	f := k.fd(fd)
	if f == nil {
		return -EBADF
	}
	switch cmd {
	case 0, 1030: // F_DUPFD, F_DUPFD_CLOEXEC
		if arg >= maxOpen {
			return -EINVAL
		}
		return k.dup(fd, -int64(arg)-1)
	case 1: // F_GETFD
		return 0
	case 2: // F_SETFD
		return 0
	case 3: // F_GETFL
		return int64(f.flags)
	case 4: // F_SETFL: only O_APPEND and O_NONBLOCK change
		f.flags = f.flags&^(oAppend|oNonblock) | arg&(oAppend|oNonblock)
		if f.h != nil && f.kind == kindFile {
			f.h.SetAppend(arg&oAppend != 0)
		}
		return 0
	case 5, 6, 7: // F_GETLK, F_SETLK, F_SETLKW: one process holds every lock
		return 0
	case 1032: // F_GETPIPE_SZ
		if f.pipe != nil {
			return pipeCapacity
		}
		return -EBADF
	}
	return -EINVAL
}

// poll reports readiness without waiting: with one thread nothing can
// change while the process waits, so a descriptor that is not ready now
// never will be, and a timeout is spent at once on the virtual clock.
func (k *Kernel) poll(fds, nfds uint64) int64 {
	if nfds > maxOpen {
		return -EINVAL
	}
	const (
		pollIn   = 0x1
		pollOut  = 0x4
		pollHup  = 0x10
		pollNval = 0x20
	)
	var ready int64
	for i := uint64(0); i < nfds; i++ {
		a := fds + 8*i
		fd := int32(k.Mem.Read32(a))
		events := k.Mem.Read16(a + 4)
		var rev uint16
		if fd >= 0 {
			f := k.fd(uint64(fd))
			switch {
			case f == nil:
				rev = pollNval
			case f.kind == kindPipeIn:
				if len(f.pipe.buf) > 0 {
					rev |= pollIn
				}
				if f.pipe.writers == 0 {
					rev |= pollHup
				}
			case f.kind == kindPipeOut:
				if f.pipe.readers == 0 {
					rev |= 0x8 // POLLERR
				} else if len(f.pipe.buf) < pipeCapacity {
					rev |= pollOut
				}
			default:
				if f.readable() {
					rev |= pollIn
				}
				if f.writable() {
					rev |= pollOut
				}
			}
			rev &= events | pollHup | pollNval | 0x8
		}
		k.Mem.Write16(a+6, rev)
		if rev != 0 {
			ready++
		}
	}
	return ready
}
