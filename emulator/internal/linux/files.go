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

type dirent struct {
	name string
	ino  uint64
	dir  bool
}

// Mount makes files (absolute path → contents) readable by the guest,
// with every directory on their paths.
func (k *Kernel) Mount(files map[string][]byte) {
	if k.files == nil {
		k.files = map[string][]byte{}
	}
	for p, b := range files {
		k.files[path.Clean("/"+p)] = b
	}
	k.dirs = map[string][]string{"/": nil, "/dev": nil}
	for p := range k.files {
		for d := path.Dir(p); ; d = path.Dir(d) {
			if _, ok := k.dirs[d]; !ok {
				k.dirs[d] = nil
			}
			if d == "/" {
				break
			}
		}
	}
	// Inode numbers follow sorted path order so they never depend on map
	// iteration.
	names := make([]string, 0, len(k.files)+len(k.dirs))
	for p := range k.files {
		names = append(names, p)
	}
	for d := range k.dirs {
		names = append(names, d)
	}
	sort.Strings(names)
	k.inode = map[string]uint64{}
	for i, p := range names {
		k.inode[p] = uint64(100 + i)
		if p != "/" {
			parent := path.Dir(p)
			k.dirs[parent] = append(k.dirs[parent], path.Base(p))
		}
	}
	for d := range devices {
		k.dirs["/dev"] = append(k.dirs["/dev"], path.Base(d))
	}
	for _, d := range []string{"stdin", "stdout", "stderr", "fd"} {
		k.dirs["/dev"] = append(k.dirs["/dev"], d)
	}
	sort.Strings(k.dirs["/dev"])
}

// resolve turns a guest path (relative ones are relative to dirfd or to
// "/", the cwd) into a clean absolute path, and reports whether it names a
// mounted file or directory.
func (k *Kernel) resolve(dirfd int64, addr uint64) (string, bool) {
	p := k.Mem.ReadString(addr, 4096)
	if p == "" {
		return "", false
	}
	if p[0] != '/' {
		if dirfd != atFDCWD {
			f := k.fd(uint64(dirfd))
			if f == nil || f.kind != kindDir {
				return "", false
			}
			p = f.path + "/" + p
		} else {
			p = "/" + p
		}
	}
	p = path.Clean(p)
	if _, ok := k.files[p]; ok {
		return p, true
	}
	_, ok := k.dirs[p]
	return p, ok
}

func (k *Kernel) open(dirfd int64, pathAddr, flags uint64) int64 {
	p, ok := k.resolve(dirfd, pathAddr)
	if ret, special := k.openSpecial(p, flags); special {
		return ret
	}
	if !ok {
		if flags&oCreat != 0 {
			return -EACCES // mounts are read-only
		}
		return -ENOENT
	}
	if _, isDir := k.dirs[p]; isDir {
		if flags&oAccMode != 0 {
			return -EISDIR
		}
		return k.install(&openFile{kind: kindDir, path: p, ino: k.inode[p], dir: k.entries(p)}, 0)
	}
	if flags&oAccMode != 0 || flags&oCreat != 0 {
		return -EACCES // mounts are read-only
	}
	if flags&oDirectory != 0 {
		return -ENOTDIR
	}
	return k.install(&openFile{kind: kindFile, flags: flags & oNonblock, path: p, data: k.files[p], ino: k.inode[p]}, 0)
}

// entries lists directory p with "." and "..", in name order.
func (k *Kernel) entries(p string) []dirent {
	out := []dirent{{".", k.inode[p], true}, {"..", k.inode[path.Dir(p)], true}}
	for _, name := range k.dirs[p] {
		c := path.Join(p, name)
		_, isDir := k.dirs[c]
		ino := k.inode[c]
		if p == "/dev" {
			isDir, ino = name == "fd", 10+uint64(len(name))
			if kind, ok := devices[c]; ok {
				ino = devIno(kind)
			}
		}
		out = append(out, dirent{name, ino, isDir})
	}
	return out
}

// getdents64 fills buf with linux_dirent64 records from the directory's
// position.
func (k *Kernel) getdents64(fd, buf, count uint64) int64 {
	f := k.fd(fd)
	if f == nil {
		return -EBADF
	}
	if f.kind != kindDir {
		return -ENOTDIR
	}
	var out []byte
	for f.pos < int64(len(f.dir)) {
		e := f.dir[f.pos]
		reclen := (19 + len(e.name) + 1 + 7) &^ 7
		if uint64(len(out)+reclen) > count {
			if len(out) == 0 {
				return -EINVAL
			}
			break
		}
		rec := make([]byte, reclen)
		binary.LittleEndian.PutUint64(rec[0:], e.ino)
		binary.LittleEndian.PutUint64(rec[8:], uint64(f.pos+1)) // d_off: cookie of the next entry
		binary.LittleEndian.PutUint16(rec[16:], uint16(reclen))
		rec[18] = 8 // DT_REG
		if e.dir {
			rec[18] = 4 // DT_DIR
		}
		copy(rec[19:], e.name)
		out = append(out, rec...)
		f.pos++
	}
	k.Mem.WriteBytes(buf, out)
	return int64(len(out))
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

// statPath fills a struct stat for a mounted file or directory.
func (k *Kernel) statPath(p string, addr uint64) int64 {
	if kind, ok := devices[p]; ok {
		return k.fstatFd(&openFile{kind: kind, ino: devIno(kind)}, addr)
	}
	if _, ok := k.dirs[p]; ok {
		return k.statDir(p, addr)
	}
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

func (k *Kernel) statDir(p string, addr uint64) int64 {
	buf := make([]byte, 144)
	le := binary.LittleEndian
	le.PutUint64(buf[0:], 1)
	le.PutUint64(buf[8:], k.inode[p])
	le.PutUint64(buf[16:], 2)
	le.PutUint32(buf[24:], 0o40555) // S_IFDIR | 0555
	le.PutUint64(buf[48:], 4096)
	le.PutUint64(buf[56:], mem.PageSize)
	le.PutUint64(buf[64:], 8)
	for _, o := range []int{72, 88, 104} {
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
