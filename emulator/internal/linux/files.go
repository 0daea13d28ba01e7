package linux

import (
	"encoding/binary"
	"path"
	"sort"

	"github.com/blockless/avs/emulator/internal/mem"
)

// Read-only files mounted into the process (Kernel.Mount). They are the
// only file system the guest sees: every other path is ENOENT.

const (
	EACCES  = 13
	ENOTDIR = 20
	EISDIR  = 21
	EMFILE  = 24

	atFDCWD     = -100
	atEmptyPath = 0x1000
	oAccMode    = 3
	oCreat      = 0o100
	oDirectory  = 0o200000
	maxOpen     = 1024
)

type openFile struct {
	path string
	data []byte
	pos  int64
}

// Mount makes files (absolute path → contents) readable by the guest.
func (k *Kernel) Mount(files map[string][]byte) {
	if k.files == nil {
		k.files = map[string][]byte{}
	}
	for p, b := range files {
		k.files[path.Clean("/"+p)] = b
	}
	// Inode numbers follow sorted path order so they never depend on map
	// iteration.
	names := make([]string, 0, len(k.files))
	for p := range k.files {
		names = append(names, p)
	}
	sort.Strings(names)
	k.inode = map[string]uint64{}
	for i, p := range names {
		k.inode[p] = uint64(100 + i)
	}
}

// resolve turns a guest path (relative ones are relative to "/", the cwd)
// into a mounted path.
func (k *Kernel) resolve(dirfd int64, addr uint64) (string, bool) {
	p := k.Mem.ReadString(addr, 4096)
	if p == "" {
		return "", false
	}
	if p[0] != '/' {
		if dirfd != atFDCWD {
			f := k.fd(uint64(dirfd))
			if f == nil {
				return "", false
			}
			p = path.Dir(f.path) + "/" + p
		} else {
			p = "/" + p
		}
	}
	p = path.Clean(p)
	_, ok := k.files[p]
	return p, ok
}

// fd returns the mounted file open as fd (0..2 only after a dup2 onto
// them), or nil.
func (k *Kernel) fd(fd uint64) *openFile {
	if fd >= maxOpen {
		return nil
	}
	return k.fds[fd]
}

// dup makes newfd refer to the same open file as oldfd (sharing its
// offset); newfd < 0 means the lowest free descriptor from 3.
func (k *Kernel) dup(oldfd uint64, newfd int64) int64 {
	f := k.fd(oldfd)
	if f == nil {
		return -EBADF
	}
	if newfd >= maxOpen {
		return -EBADF
	}
	if newfd < 0 {
		for n := int64(3); n < maxOpen; n++ {
			if k.fds[uint64(n)] == nil {
				newfd = n
				break
			}
		}
		if newfd < 0 {
			return -EMFILE
		}
	}
	k.fds[uint64(newfd)] = f
	return newfd
}

func (k *Kernel) open(dirfd int64, pathAddr, flags uint64) int64 {
	p, ok := k.resolve(dirfd, pathAddr)
	if !ok {
		return -ENOENT
	}
	if flags&oAccMode != 0 || flags&oCreat != 0 {
		return -EACCES // mounts are read-only
	}
	if flags&oDirectory != 0 {
		return -ENOTDIR
	}
	if k.fds == nil {
		k.fds = map[uint64]*openFile{}
	}
	for fd := uint64(3); fd < maxOpen; fd++ {
		if k.fds[fd] == nil {
			k.fds[fd] = &openFile{path: p, data: k.files[p]}
			return int64(fd)
		}
	}
	return -EMFILE
}

func (k *Kernel) fileRead(f *openFile, buf, n uint64, at int64) int64 {
	if at >= int64(len(f.data)) {
		return 0
	}
	rest := f.data[at:]
	if uint64(len(rest)) > n {
		rest = rest[:n]
	}
	k.Mem.WriteBytes(buf, rest)
	return int64(len(rest))
}

func (k *Kernel) lseek(f *openFile, off int64, whence uint64) int64 {
	var base int64
	switch whence {
	case 0:
	case 1:
		base = f.pos
	case 2:
		base = int64(len(f.data))
	default:
		return -EINVAL
	}
	if base+off < 0 {
		return -EINVAL
	}
	f.pos = base + off
	return f.pos
}

// statFile fills a struct stat for a mounted file.
func (k *Kernel) statFile(p string, addr uint64) int64 {
	size := uint64(len(k.files[p]))
	buf := make([]byte, 144)
	le := binary.LittleEndian
	le.PutUint64(buf[0:], 1)             // st_dev
	le.PutUint64(buf[8:], k.inode[p])    // st_ino
	le.PutUint64(buf[16:], 1)            // st_nlink
	le.PutUint32(buf[24:], 0o100444)     // S_IFREG | 0444
	le.PutUint64(buf[48:], size)         // st_size
	le.PutUint64(buf[56:], mem.PageSize) // st_blksize
	le.PutUint64(buf[64:], (size+511)/512)
	for _, o := range []int{72, 88, 104} { // atime, mtime, ctime
		le.PutUint64(buf[o:], k.Time)
	}
	k.Mem.WriteBytes(addr, buf)
	return 0
}

// mmapFile maps a private, read-only copy of a mounted file.
func (k *Kernel) mmapFile(f *openFile, a, size, prot, off uint64) {
	m := k.Mem
	m.Map(a, a+size, mem.PermRead|mem.PermWrite)
	if off < uint64(len(f.data)) {
		end := min(uint64(len(f.data)), off+size)
		_ = m.Poke(a, f.data[off:end])
	}
	m.Protect(a, a+size, uint8(prot&7))
}
