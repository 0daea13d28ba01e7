package linux

import (
	"encoding/binary"
	"maps"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/blockless/avs/emulator/internal/mem"
	"github.com/blockless/avs/scratchfs"
)

// The file system: one in-memory tree per process (scratchfs), writable
// everywhere, discarded when the process ends. Mounted files are copied into
// it at start; /tmp starts empty. Inode numbers, times and directory order
// come from the tree and the task's virtual clock, never from the host, and
// every byte it holds counts in the process's memory limit together with
// its memory pages.

const (
	EACCES       = 13
	ENOTDIR      = 20
	EISDIR       = 21
	ENOSPC       = 28
	EROFS        = 30
	ENAMETOOLONG = 36
	ENOTEMPTY    = 39
	ELOOP        = 40

	atFDCWD         = -100
	atEmptyPath     = 0x1000
	atSymlinkNoFoll = 0x100
	atRemoveDir     = 0x200
	atSymlinkFollow = 0x400
	oAccMode        = 3
	oCreat          = 0o100
	oExcl           = 0o200
	oTrunc          = 0o1000
	oDirectory      = 0o200000
	oNofollow       = 0o400000
	maxOpen         = 1024
	maxPathLen      = 4096
)

// errno maps a file system error to a negated Linux errno.
func errno(err error) int64 {
	if err == nil {
		return 0
	}
	if code := scratchfs.Code(err); code != 0 {
		return -int64(code.Linux())
	}
	return -EINVAL
}

// initFS creates the tree: /, /tmp, and /dev with names for the devices
// (which openSpecial answers before the tree is asked).
func (k *Kernel) initFS() {
	fs, err := scratchfs.New(scratchfs.Options{Budget: 1 << 20, Clock: func() int64 { return int64(k.nowNs()) }})
	if err != nil {
		panic(err) // a 1 MiB budget always holds an empty root
	}
	k.fs, k.cwd = fs, fs.Root()
	for _, d := range []string{"/tmp", "/dev"} {
		if err := fs.Mkdir(fs.Root(), d); err != nil {
			panic(err)
		}
	}
	for _, name := range slices.Sorted(maps.Keys(devices)) {
		if h, err := fs.Open(fs.Root(), name, scratchfs.OCreate); err == nil {
			h.Close()
		}
	}
	for i, name := range []string{"stdin", "stdout", "stderr"} {
		_ = fs.Symlink("/proc/self/fd/"+string(rune('0'+i)), fs.Root(), "/dev/"+name)
	}
	_ = fs.Symlink("/proc/self/fd", fs.Root(), "/dev/fd")
	// The mount table, where programs (e2fsck, df) look for what is
	// mounted: one in-memory file system at /.
	if d, err := fs.MkdirAll(fs.Root(), "/proc/self"); err == nil {
		if h, err := fs.Open(d, "mounts", scratchfs.OCreate|scratchfs.OWrite); err == nil {
			_, _ = h.Write([]byte("scratchfs / tmpfs rw 0 0\n"))
			h.Close()
		}
	}
	_ = fs.Symlink("self/mounts", fs.Root(), "/proc/mounts")
	if _, err := fs.MkdirAll(fs.Root(), "/etc"); err == nil {
		_ = fs.Symlink("../proc/self/mounts", fs.Root(), "/etc/mtab")
	}
}

// Mount creates the tree, stamped with the start time (so call it once
// Time is set, before the first instruction), and copies files (absolute
// path → contents) into it with the directories on their paths, in path
// order so that inode numbers do not depend on map iteration. It fails
// when they do not fit in the memory limit.
func (k *Kernel) Mount(files map[string][]byte) error {
	k.initFS()
	k.fsBudget()
	for _, p := range slices.Sorted(maps.Keys(files)) {
		clean := path.Clean("/" + p)
		if _, err := k.fs.MkdirAll(k.fs.Root(), path.Dir(clean)); err != nil {
			return err
		}
		h, err := k.fs.Open(k.fs.Root(), clean, scratchfs.OCreate|scratchfs.OWrite|scratchfs.OTrunc)
		if err != nil {
			return err
		}
		_, err = h.Write(files[p])
		h.Close()
		if err != nil {
			return err
		}
	}
	k.memBudget()
	return nil
}

// fsBudget gives the tree what the memory pages leave of the limit, and
// memBudget gives the pages what the tree leaves: together they never
// exceed MaxMemory. Syscall calls both around every system call.
func (k *Kernel) fsBudget() {
	if k.MaxMemory == 0 {
		k.fs.SetBudget(1 << 62)
		return
	}
	pages := uint64(k.Mem.Pages()) * mem.PageSize
	k.fs.SetBudget(int64(k.MaxMemory - min(pages, k.MaxMemory)))
}

func (k *Kernel) memBudget() {
	if k.MaxMemory == 0 {
		return
	}
	free := k.MaxMemory - min(uint64(k.fs.Used()), k.MaxMemory)
	k.Mem.MaxPages = max(1, int(free/mem.PageSize))
}

// guestPath reads a path argument and the directory it is relative to:
// the directory open as dirfd, or the working directory for AT_FDCWD. abs
// is its lexically cleaned absolute form, which recognises /dev and /proc
// names.
func (k *Kernel) guestPath(dirfd int64, addr uint64) (base *scratchfs.Node, p, abs string, err int64) {
	p = k.Mem.ReadString(addr, maxPathLen+1)
	if len(p) > maxPathLen {
		return nil, "", "", -ENAMETOOLONG
	}
	base = k.cwd
	if !strings.HasPrefix(p, "/") && dirfd != atFDCWD {
		f := k.fd(uint64(dirfd))
		if f == nil {
			return nil, "", "", -EBADF
		}
		if f.kind != kindDir {
			return nil, "", "", -ENOTDIR
		}
		base = f.h.Node()
	}
	abs = p
	if !strings.HasPrefix(p, "/") {
		// Only /dev and /proc names depend on abs, so the directory's path
		// (a walk up the tree) is looked up only when p could reach them.
		dir := "/"
		if base != k.fs.Root() && (strings.Contains(p, "dev") || strings.Contains(p, "proc")) {
			if d, err := k.fs.PathOf(base); err == nil {
				dir = d
			}
		}
		abs = dir + "/" + p
	}
	return base, p, path.Clean(abs), 0
}

func (k *Kernel) open(dirfd int64, pathAddr, flags uint64) int64 {
	base, p, abs, e := k.guestPath(dirfd, pathAddr)
	if e != 0 {
		return e
	}
	if p == "" {
		return -ENOENT
	}
	if ret, special := k.openSpecial(abs, flags); special {
		return ret
	}
	var of scratchfs.OpenFlag
	switch flags & oAccMode {
	case 0:
		of = scratchfs.ORead
	case oWronly:
		of = scratchfs.OWrite
	default:
		of = scratchfs.ORead | scratchfs.OWrite
	}
	if flags&oCreat != 0 {
		of |= scratchfs.OCreate
		if flags&oExcl != 0 {
			of |= scratchfs.OExcl
		}
	}
	if flags&oTrunc != 0 && flags&oAccMode != 0 {
		of |= scratchfs.OTrunc
	}
	if flags&oAppend != 0 {
		of |= scratchfs.OAppend
	}
	if flags&oDirectory != 0 {
		of |= scratchfs.ODirectory
	}
	if flags&oNofollow != 0 {
		of |= scratchfs.ONoFollow
	}
	n, err := k.fs.Lookup(base, p, flags&oNofollow == 0)
	if err == nil && n.Kind() == scratchfs.KindDir {
		of &^= scratchfs.ORead // a directory handle only lists
	}
	h, err := k.fs.Open(base, p, of)
	if err != nil {
		return errno(err)
	}
	kind := kindFile
	if h.Node().Kind() == scratchfs.KindDir {
		kind = kindDir
	}
	f := &openFile{kind: kind, flags: flags & (oAccMode | oAppend | oNonblock), path: abs, h: h, ino: h.Node().Stat().Ino}
	fd := k.install(f, 0)
	if fd < 0 {
		h.Close()
	}
	return fd
}

// fileRead reads up to n bytes of f at off into guest memory.
func (k *Kernel) fileRead(f *openFile, buf, n uint64, at int64) int64 {
	st := f.h.Node().Stat()
	if at >= st.Size {
		return 0
	}
	b := make([]byte, min(n, uint64(st.Size-at)))
	r, err := f.h.ReadAt(b, at)
	if err != nil {
		return errno(err)
	}
	k.Mem.WriteBytes(buf, b[:r])
	return int64(r)
}

// fileWrite writes n bytes of guest memory to f at off (at < 0: at the
// handle's offset, or the end in append mode).
func (k *Kernel) fileWrite(f *openFile, buf, n uint64, at int64) int64 {
	if int64(n) > k.fs.Budget()-k.fs.Used() {
		return -ENOSPC // before allocating a buffer the tree could not hold
	}
	b := make([]byte, n)
	k.Mem.ReadBytes(buf, b)
	var r int
	var err error
	if at < 0 {
		r, err = f.h.Write(b)
	} else {
		r, err = f.h.WriteAt(b, at)
	}
	if err != nil {
		return errno(err)
	}
	return int64(r)
}

func (k *Kernel) lseek(f *openFile, off int64, whence uint64) int64 {
	if whence > 2 {
		return -EINVAL
	}
	pos, err := f.h.Seek(off, int(whence))
	if err != nil {
		return errno(err)
	}
	return pos
}

// getdents64 fills buf with linux_dirent64 records from the directory's
// position (a scratchfs cookie).
func (k *Kernel) getdents64(fd, buf, count uint64) int64 {
	f := k.fd(fd)
	if f == nil {
		return -EBADF
	}
	if f.kind != kindDir {
		return -ENOTDIR
	}
	ents, err := f.h.ReadDir(uint64(f.pos))
	if err != nil {
		return errno(err)
	}
	var out []byte
	for _, e := range ents {
		reclen := (19 + len(e.Name) + 1 + 7) &^ 7
		if uint64(len(out)+reclen) > count {
			if len(out) == 0 {
				return -EINVAL
			}
			break
		}
		rec := make([]byte, reclen)
		binary.LittleEndian.PutUint64(rec[0:], e.Ino)
		binary.LittleEndian.PutUint64(rec[8:], e.Next)
		binary.LittleEndian.PutUint16(rec[16:], uint16(reclen))
		rec[18] = direntType(e.Kind)
		copy(rec[19:], e.Name)
		out = append(out, rec...)
		f.pos = int64(e.Next)
	}
	k.Mem.WriteBytes(buf, out)
	return int64(len(out))
}

func direntType(kind scratchfs.Kind) byte {
	switch kind {
	case scratchfs.KindDir:
		return 4
	case scratchfs.KindSymlink:
		return 10
	}
	return 8
}

// writeStat fills a struct stat from a tree node's metadata.
func (k *Kernel) writeStat(st scratchfs.Stat, addr uint64) int64 {
	buf := make([]byte, 144)
	le := binary.LittleEndian
	mode := uint32(0o100644)
	switch st.Kind {
	case scratchfs.KindDir:
		mode = 0o40755
	case scratchfs.KindSymlink:
		mode = 0o120777
	}
	if st.ReadOnly {
		mode &^= 0o222
	}
	le.PutUint64(buf[0:], 1) // st_dev
	le.PutUint64(buf[8:], st.Ino)
	le.PutUint64(buf[16:], st.Nlink)
	le.PutUint32(buf[24:], mode)
	size := uint64(st.Size)
	if st.Kind == scratchfs.KindDir {
		size = 4096
	}
	le.PutUint64(buf[48:], size)
	le.PutUint64(buf[56:], mem.PageSize)
	le.PutUint64(buf[64:], (uint64(st.Size)+511)/512)
	for i, t := range []int64{st.Atime, st.Mtime, st.Ctime} {
		le.PutUint64(buf[72+16*i:], uint64(t/1e9))
		le.PutUint64(buf[80+16*i:], uint64(t%1e9))
	}
	k.Mem.WriteBytes(addr, buf)
	return 0
}

// stat implements stat, lstat and newfstatat of a path.
func (k *Kernel) stat(dirfd int64, pathAddr, addr uint64, follow bool) int64 {
	base, p, abs, e := k.guestPath(dirfd, pathAddr)
	if e != 0 {
		return e
	}
	if p == "" {
		return -ENOENT
	}
	if kind, ok := devices[abs]; ok {
		return k.fstatFd(&openFile{kind: kind, path: abs, ino: k.devIno(abs)}, addr)
	}
	if f, alias := k.specialTarget(abs); alias && (follow || !strings.HasPrefix(abs, "/dev/")) {
		if f == nil {
			return -ENOENT
		}
		return k.fstatFd(f, addr)
	}
	st, err := k.fs.Stat(base, p, follow)
	if err != nil {
		return errno(err)
	}
	return k.writeStat(st, addr)
}

// pathCall runs a tree operation on one path argument.
func (k *Kernel) pathCall(dirfd int64, addr uint64, op func(base *scratchfs.Node, p string) error) int64 {
	base, p, _, e := k.guestPath(dirfd, addr)
	if e != 0 {
		return e
	}
	if p == "" {
		return -ENOENT
	}
	return errno(op(base, p))
}

// twoPaths runs a tree operation on two path arguments (rename, link).
func (k *Kernel) twoPaths(dirfd1 int64, addr1 uint64, dirfd2 int64, addr2 uint64, op func(b1 *scratchfs.Node, p1 string, b2 *scratchfs.Node, p2 string) error) int64 {
	b1, p1, _, e := k.guestPath(dirfd1, addr1)
	if e != 0 {
		return e
	}
	b2, p2, _, e := k.guestPath(dirfd2, addr2)
	if e != 0 {
		return e
	}
	if p1 == "" || p2 == "" {
		return -ENOENT
	}
	return errno(op(b1, p1, b2, p2))
}

// fileCall dispatches the file system calls; ok is false for any other.
func (k *Kernel) fileCall(nr, a1, a2, a3, a4, a5 uint64) (ret int64, ok bool) {
	fs := k.fs
	at := func(a uint64) int64 { return int64(int32(a)) }
	switch nr {
	case 83, 258: // mkdir, mkdirat
		dirfd, p := int64(atFDCWD), a1
		if nr == 258 {
			dirfd, p = at(a1), a2
		}
		return k.pathCall(dirfd, p, fs.Mkdir), true
	case 84: // rmdir
		return k.pathCall(atFDCWD, a1, fs.Rmdir), true
	case 87: // unlink
		return k.pathCall(atFDCWD, a1, fs.Unlink), true
	case 263: // unlinkat
		if a3&atRemoveDir != 0 {
			return k.pathCall(at(a1), a2, fs.Rmdir), true
		}
		return k.pathCall(at(a1), a2, fs.Unlink), true
	case 82: // rename
		return k.twoPaths(atFDCWD, a1, atFDCWD, a2, fs.Rename), true
	case 264, 316: // renameat, renameat2
		if nr == 316 && a5 != 0 {
			if a5 != 1 { // only RENAME_NOREPLACE
				return -EINVAL, true
			}
			b2, p2, _, e := k.guestPath(at(a3), a4)
			if e != 0 {
				return e, true
			}
			if _, err := fs.Lookup(b2, p2, false); err == nil {
				return -EEXIST, true
			}
		}
		return k.twoPaths(at(a1), a2, at(a3), a4, fs.Rename), true
	case 88, 266: // symlink, symlinkat
		target := k.Mem.ReadString(a1, maxPathLen+1)
		if len(target) > maxPathLen {
			return -ENAMETOOLONG, true
		}
		dirfd, p := int64(atFDCWD), a2
		if nr == 266 {
			dirfd, p = at(a2), a3
		}
		return k.pathCall(dirfd, p, func(b *scratchfs.Node, p string) error { return fs.Symlink(target, b, p) }), true
	case 86: // link
		return k.twoPaths(atFDCWD, a1, atFDCWD, a2, func(b1 *scratchfs.Node, p1 string, b2 *scratchfs.Node, p2 string) error {
			return fs.Link(b1, p1, false, b2, p2)
		}), true
	case 265: // linkat
		return k.twoPaths(at(a1), a2, at(a3), a4, func(b1 *scratchfs.Node, p1 string, b2 *scratchfs.Node, p2 string) error {
			return fs.Link(b1, p1, a5&atSymlinkFollow != 0, b2, p2)
		}), true
	case 76: // truncate
		return k.pathCall(atFDCWD, a1, func(b *scratchfs.Node, p string) error {
			h, err := fs.Open(b, p, scratchfs.OWrite)
			if err != nil {
				return err
			}
			defer h.Close()
			return h.Truncate(int64(a2))
		}), true
	case 77, 285: // ftruncate, fallocate (mode 0: grow to offset+len)
		f := k.fd(a1)
		if f == nil {
			return -EBADF, true
		}
		if f.kind != kindFile || !f.writable() {
			return -EINVAL, true
		}
		size := int64(a2)
		if nr == 285 {
			if a2 != 0 {
				return -95, true // EOPNOTSUPP: no keep-size or hole punching
			}
			end := int64(a3 + a4)
			if end <= f.h.Node().Stat().Size {
				return 0, true
			}
			size = end
		}
		if size < 0 {
			return -EINVAL, true
		}
		return errno(f.h.Truncate(size)), true
	case 280: // utimensat
		return k.utimensat(at(a1), a2, a3, a4), true
	case 235, 132: // utimes, utime: set both times to now or the values given
		if a2 != 0 {
			var atime, mtime int64
			if nr == 235 { // struct timeval[2]
				atime = int64(k.Mem.Read64(a2))*1e9 + int64(k.Mem.Read64(a2+8))*1e3
				mtime = int64(k.Mem.Read64(a2+16))*1e9 + int64(k.Mem.Read64(a2+24))*1e3
			} else { // struct utimbuf
				atime, mtime = int64(k.Mem.Read64(a2))*1e9, int64(k.Mem.Read64(a2+8))*1e9
			}
			return k.pathCall(atFDCWD, a1, func(b *scratchfs.Node, p string) error { return fs.SetTimes(b, p, true, atime, mtime) }), true
		}
		return k.pathCall(atFDCWD, a1, func(b *scratchfs.Node, p string) error {
			return fs.SetTimes(b, p, true, scratchfs.TimeNow, scratchfs.TimeNow)
		}), true
	case 90, 92, 94: // chmod, chown, lchown: no permissions are kept
		return k.pathCall(atFDCWD, a1, func(b *scratchfs.Node, p string) error { _, err := fs.Lookup(b, p, nr != 94); return err }), true
	case 268, 260: // fchmodat, fchownat
		return k.pathCall(at(a1), a2, func(b *scratchfs.Node, p string) error { _, err := fs.Lookup(b, p, true); return err }), true
	case 91, 93, 74, 75, 277: // fchmod, fchown, fsync, fdatasync, sync_file_range
		if k.fd(a1) == nil {
			return -EBADF, true
		}
		return 0, true
	case 162, 306: // sync, syncfs
		return 0, true
	case 80: // chdir
		base, p, _, e := k.guestPath(atFDCWD, a1)
		if e != 0 {
			return e, true
		}
		n, err := fs.Lookup(base, p, true)
		if err != nil {
			return errno(err), true
		}
		if n.Kind() != scratchfs.KindDir {
			return -ENOTDIR, true
		}
		k.cwd = n
		return 0, true
	case 81: // fchdir
		f := k.fd(a1)
		if f == nil {
			return -EBADF, true
		}
		if f.kind != kindDir {
			return -ENOTDIR, true
		}
		k.cwd = f.h.Node()
		return 0, true
	case 79: // getcwd: the directory's path now (it may have been renamed)
		cwd, err := fs.PathOf(k.cwd)
		if err != nil {
			return errno(err), true
		}
		if a2 < uint64(len(cwd)+1) {
			return -34, true // ERANGE
		}
		k.Mem.WriteBytes(a1, append([]byte(cwd), 0))
		return int64(len(cwd) + 1), true
	case 137, 138: // statfs, fstatfs: a tmpfs the size of the memory limit
		if nr == 138 && k.fd(a1) == nil {
			return -EBADF, true
		}
		buf := make([]byte, 120)
		le := binary.LittleEndian
		total, free := uint64(k.fs.Budget()), uint64(max(0, k.fs.Budget()-k.fs.Used()))
		le.PutUint64(buf[0:], 0x01021994) // TMPFS_MAGIC
		le.PutUint64(buf[8:], mem.PageSize)
		le.PutUint64(buf[16:], total/mem.PageSize)
		le.PutUint64(buf[24:], free/mem.PageSize)
		le.PutUint64(buf[32:], free/mem.PageSize)
		le.PutUint64(buf[40:], 1<<20)
		le.PutUint64(buf[48:], 1<<20)
		le.PutUint64(buf[64:], 255) // f_namelen
		le.PutUint64(buf[72:], mem.PageSize)
		k.Mem.WriteBytes(a2, buf)
		return 0, true
	}
	return 0, false
}

// utimensat sets times from a struct timespec[2] (UTIME_NOW, UTIME_OMIT
// honoured); a null path with a descriptor sets the descriptor's times.
func (k *Kernel) utimensat(dirfd int64, pathAddr, times, flags uint64) int64 {
	atime, mtime := scratchfs.TimeNow, scratchfs.TimeNow
	if times != 0 {
		conv := func(a uint64) int64 {
			switch ns := k.Mem.Read64(a + 8); ns {
			case 1<<30 - 1: // UTIME_NOW
				return scratchfs.TimeNow
			case 1<<30 - 2: // UTIME_OMIT
				return scratchfs.TimeOmit
			default:
				return int64(k.Mem.Read64(a))*1e9 + int64(ns)
			}
		}
		atime, mtime = conv(times), conv(times+16)
	}
	if pathAddr == 0 {
		f := k.fd(uint64(dirfd))
		if f == nil {
			return -EBADF
		}
		if f.h == nil {
			return 0
		}
		return errno(f.h.SetTimes(atime, mtime))
	}
	return k.pathCall(dirfd, pathAddr, func(b *scratchfs.Node, p string) error {
		return k.fs.SetTimes(b, p, flags&atSymlinkNoFoll == 0, atime, mtime)
	})
}

// readlinkAt implements readlink(at): /proc/self/exe is the program's
// path, /proc/self/fd/N the path of descriptor N; other paths are the
// tree's symlinks.
func (k *Kernel) readlinkAt(dirfd int64, pathAddr, buf, size uint64) int64 {
	if int64(size) <= 0 {
		return -EINVAL
	}
	base, p, abs, e := k.guestPath(dirfd, pathAddr)
	if e != 0 {
		return e
	}
	var target string
	switch f, alias := k.specialTarget(abs); {
	case abs == "/proc/self/exe":
		target = k.Exe
	case alias && strings.HasPrefix(abs, "/proc/self/fd/"):
		if f == nil {
			return -ENOENT
		}
		target = f.path
		if target == "" {
			target = "pipe:[" + strconv.FormatUint(f.ino, 10) + "]"
		}
	default:
		t, err := k.fs.Readlink(base, p)
		if err != nil {
			return errno(err)
		}
		target = t
	}
	b := []byte(target)
	if uint64(len(b)) > size {
		b = b[:size]
	}
	k.Mem.WriteBytes(buf, b)
	return int64(len(b))
}

// access checks existence (the process runs as root, so every mode is
// granted for what exists, except execute, granted for no file).
func (k *Kernel) access(dirfd int64, pathAddr, mode uint64) int64 {
	base, p, abs, e := k.guestPath(dirfd, pathAddr)
	if e != 0 {
		return e
	}
	if _, dev := devices[abs]; dev {
		return 0
	}
	if f, alias := k.specialTarget(abs); alias {
		if f == nil {
			return -ENOENT
		}
		return 0
	}
	n, err := k.fs.Lookup(base, p, true)
	if err != nil {
		return errno(err)
	}
	st := n.Stat()
	if mode&2 != 0 && st.ReadOnly {
		return -EROFS
	}
	if mode&1 != 0 && n.Kind() != scratchfs.KindDir {
		return -EACCES // nothing here can be executed: there is no exec
	}
	return 0
}

// mmapFile maps a private copy of a file's pages.
func (k *Kernel) mmapFile(f *openFile, a, size, prot, off uint64) {
	m := k.Mem
	m.Map(a, a+size, mem.PermRead|mem.PermWrite)
	st := f.h.Node().Stat()
	if off < uint64(st.Size) {
		b := make([]byte, min(uint64(st.Size)-off, size))
		n, _ := f.h.ReadAt(b, int64(off))
		_ = m.Poke(a, b[:n])
	}
	m.Protect(a, a+size, uint8(prot&7))
}
