package engine

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"os"
	"path"
	"strings"
	"unicode/utf8"

	"github.com/bytecodealliance/wasmtime-go/v44"

	"github.com/blockless/avs/scratchfs"
)

// The scratch file system behind our WASI's file calls.
//
// Every execution gets an in-memory scratchfs tree: each mount is seeded
// from its host directory (read once, before the guest starts) and is
// writable by the guest, and /tmp starts empty; nothing is ever written
// back and the tree is dropped with the store. Descriptors 0-2 stay the
// stdio streams of stdio.go; 3.. are the preopens, mounts first in request
// order, then /tmp, and then whatever the guest opens.
//
// Memory: the tree shares the task's memory limit with linear memory.
// Before a call that may grow the tree its budget is set to the limit less
// the current linear memory, and after the tree changed the store's memory
// limit is lowered to the limit less the tree, so that linear memory plus
// the tree never exceed Limits.MemoryBytes, both quantities being
// deterministic.
//
// The answers (errnos, rights, directory listings with "." and "..") mirror
// wasmtime 44's WASI preview 1 where a guest or the WASI test suite can tell
// the difference; what wasmtime takes from the host (inode numbers, times,
// directory order, device numbers) comes from scratchfs instead.

// tmpDir is the empty scratch directory every guest gets.
const tmpDir = "/tmp"

// WASI preview 1 constants used below.
const (
	errnoExist       = 20
	errnoFbigWASI    = 22
	errnoIlseq       = 25
	errnoIsdir       = 31
	errnoLoop        = 32
	errnoNametoolong = 37
	errnoNoent       = 44
	errnoNospc       = 51
	errnoNotdir      = 54
	errnoNotempty    = 55
	errnoPerm        = 63
	errnoRofs        = 69
	errnoBusy        = 10
	errnoXdev        = 75
	errnoIO          = 29

	filetypeDir     = 3
	filetypeRegular = 4
	filetypeSymlink = 7

	oflagCreat     = 1
	oflagDirectory = 2
	oflagExcl      = 4
	oflagTrunc     = 8

	fdflagAppend   = 1
	fdflagDsync    = 2
	fdflagNonblock = 4
	fdflagRsync    = 8
	fdflagSync     = 16

	lookupFollow = 1

	fstAtim    = 1
	fstAtimNow = 2
	fstMtim    = 4
	fstMtimNow = 8

	rightFdDatasync        = 1 << 0
	rightFdSeek            = 1 << 2
	rightFdFdstatSetFlags  = 1 << 3
	rightFdSync            = 1 << 4
	rightFdTell            = 1 << 5
	rightFdAdvise          = 1 << 7
	rightFdAllocate        = 1 << 8
	rightPathCreateDir     = 1 << 9
	rightPathCreateFile    = 1 << 10
	rightPathLinkSource    = 1 << 11
	rightPathLinkTarget    = 1 << 12
	rightPathOpen          = 1 << 13
	rightFdReaddir         = 1 << 14
	rightPathReadlink      = 1 << 15
	rightPathRenameSource  = 1 << 16
	rightPathRenameTarget  = 1 << 17
	rightPathFilestatGet   = 1 << 18
	rightPathFilestatSetSz = 1 << 19
	rightPathFilestatSetTm = 1 << 20
	rightFdFilestatGet     = 1 << 21
	rightFdFilestatSetSize = 1 << 22
	rightFdFilestatSetTime = 1 << 23
	rightPathSymlink       = 1 << 24
	rightPathRemoveDir     = 1 << 25
	rightPathUnlinkFile    = 1 << 26
	rightPollFdReadwrite   = 1 << 27
	rightsAll              = 1<<30 - 1

	// What wasmtime reports for a preopened directory.
	preopenRightsBase = rightPathCreateDir | rightPathCreateFile | rightPathLinkSource |
		rightPathLinkTarget | rightPathOpen | rightFdReaddir | rightPathReadlink |
		rightPathRenameSource | rightPathRenameTarget | rightPathSymlink |
		rightPathRemoveDir | rightPathUnlinkFile | rightPathFilestatGet |
		rightPathFilestatSetTm | rightFdFilestatGet | rightFdFilestatSetTime
	preopenRightsInheriting = preopenRightsBase | rightFdDatasync | rightFdRead |
		rightFdSeek | rightFdFdstatSetFlags | rightFdSync | rightFdTell | rightFdWrite |
		rightFdAdvise | rightFdAllocate | rightFdFilestatGet | rightFdFilestatSetSize |
		rightFdFilestatSetTime | rightPollFdReadwrite
)

// fdEntry is a descriptor other than the stdio streams in their places:
// a scratchfs handle, or a stdio stream the guest renumbered elsewhere.
type fdEntry struct {
	f        *scratchfs.File
	preopen  string // the guest path of a preopened directory, else ""
	nonblock bool   // only reported back by fd_fdstat_get
	std      int    // 1 + the stdio stream this descriptor holds; 0 for a file
}

// newScratch builds the execution's file system: the mounts seeded from
// their host directories, then an empty /tmp, each a preopen. A mount that
// does not fit in the memory limit is scratchfs.ErrNoSpace (the caller
// turns it into out-of-memory); a host directory that cannot be read is a
// host error.
func (s *detState) newScratch(mounts []Mount, memLimit uint64) error {
	fsys, err := scratchfs.New(scratchfs.Options{
		Budget:  int64(min(memLimit, 1<<62)) + 1<<20, // the skeleton is free (below)
		Clock:   func() int64 { return int64(s.baseNanos + s.elapsed) },
		Confine: true,
	})
	if err != nil {
		return err
	}
	s.fs, s.memLimit, s.fds, s.maxFD = fsys, memLimit, map[int32]*fdEntry{}, 2
	preopen := func(dir *scratchfs.Node, name string) error {
		f, err := fsys.OpenNode(dir, scratchfs.ORead|scratchfs.ODirectory)
		if err != nil {
			return fmt.Errorf("engine: preopen %s: %w", name, err)
		}
		s.addFD(&fdEntry{f: f, preopen: name})
		return nil
	}
	haveTmp, seeded := false, int64(0)
	for _, m := range mounts {
		dir, err := fsys.MkdirAll(fsys.Root(), m.GuestDir)
		if err != nil {
			// A mount point inside an earlier mount, where that mount has a
			// file: the request's mounts do not fit together.
			return fmt.Errorf("%w: mount %s: %w", ErrInvalidRequest, m.GuestDir, err)
		}
		before := fsys.Used()
		if err := fsys.Seed(dir, os.DirFS(m.HostDir), false); err != nil {
			switch scratchfs.Code(err) {
			case scratchfs.ErrNoSpace:
				return fmt.Errorf("engine: mount %s: %w", m.GuestDir, err)
			case scratchfs.ErrExist:
				return fmt.Errorf("%w: mount %s overlaps another mount: %w", ErrInvalidRequest, m.GuestDir, err)
			}
			return fmt.Errorf("engine: cannot mount %s as %s: %w", m.HostDir, m.GuestDir, err)
		}
		seeded += fsys.Used() - before
		if err := preopen(dir, m.GuestDir); err != nil {
			return err
		}
		haveTmp = haveTmp || path.Clean("/"+m.GuestDir) == tmpDir
	}
	if !haveTmp {
		dir, err := fsys.MkdirAll(fsys.Root(), tmpDir)
		if err != nil {
			if scratchfs.Code(err) == scratchfs.ErrNoSpace {
				return err
			}
			// A mount at / holding a file named tmp.
			return fmt.Errorf("%w: %s: %w", ErrInvalidRequest, tmpDir, err)
		}
		if err := preopen(dir, tmpDir); err != nil {
			return err
		}
	}
	// The skeleton (root, mount points, /tmp, the preopened handles) is
	// free: a guest that touches no file keeps exactly the memory limit it
	// had before files existed. The mounts' contents count.
	s.fsUsed = fsys.Used()
	s.fsBase = s.fsUsed - seeded
	return nil
}

// fsCharged is what the files take from the memory limit.
func (s *detState) fsCharged() int64 { return s.fsUsed - s.fsBase }

// checkMounts refuses mounts the scratch tree cannot lay out: two mounts
// at one guest directory would merge two host trees.
func checkMounts(mounts []Mount) error {
	seen := map[string]bool{}
	for _, m := range mounts {
		g := path.Clean("/" + m.GuestDir)
		if m.GuestDir == "" || m.HostDir == "" || strings.IndexByte(m.GuestDir, 0) >= 0 || !utf8.ValidString(m.GuestDir) {
			return fmt.Errorf("%w: mount %q:%q", ErrInvalidRequest, m.HostDir, m.GuestDir)
		}
		if seen[g] {
			return fmt.Errorf("%w: two mounts at %s", ErrInvalidRequest, m.GuestDir)
		}
		seen[g] = true
	}
	return nil
}

// addFD installs e at wasmtime's choice of a new descriptor: one above
// the highest open one.
func (s *detState) addFD(e *fdEntry) int32 {
	s.maxFD++
	s.fds[s.maxFD] = e
	return s.maxFD
}

// dropFD removes fd, keeping maxFD the highest open descriptor (at least
// 2, stdio). Lowering it costs one step per descriptor ever allocated, so
// it adds at most a constant per open.
func (s *detState) dropFD(fd int32) {
	delete(s.fds, fd)
	for s.maxFD > 2 && s.fds[s.maxFD] == nil {
		s.maxFD--
	}
}

// isStdio reports whether fd is answered by the stdio code (stdio.go,
// wasi.go): it holds a stdio stream, possibly renumbered, or it is one of
// 0-2 and holds no file (closed stdio: EBADF there, as before files).
func isStdio(c *wasmtime.Caller, fd int32) bool {
	s := stateOf(c)
	if s == nil {
		return fd >= 0 && fd <= 2
	}
	if e := s.fds[fd]; e != nil {
		return e.std != 0
	}
	return fd >= 0 && fd <= 2
}

// stream returns the stdio stream (0 stdin, 1 stdout, 2 stderr) that fd
// holds, or -1.
func (s *detState) stream(fd int32) int {
	if e := s.fds[fd]; e != nil {
		return e.std - 1
	}
	if fd >= 0 && fd <= 2 && !s.closed[fd] {
		return int(fd)
	}
	return -1
}

// fsErrno maps a scratchfs error to its WASI errno.
func fsErrno(err error) int32 {
	switch scratchfs.Code(err) {
	case 0:
		if err == nil {
			return errnoSuccess
		}
		return errnoIO
	case scratchfs.ErrNotExist:
		return errnoNoent
	case scratchfs.ErrExist:
		return errnoExist
	case scratchfs.ErrNotDir:
		return errnoNotdir
	case scratchfs.ErrIsDir:
		return errnoIsdir
	case scratchfs.ErrNotEmpty:
		return errnoNotempty
	case scratchfs.ErrNoSpace:
		return errnoNospc
	case scratchfs.ErrLoop:
		return errnoLoop
	case scratchfs.ErrNameTooLong:
		return errnoNametoolong
	case scratchfs.ErrInvalid:
		return errnoInval
	case scratchfs.ErrBadHandle:
		return errnoBadf
	case scratchfs.ErrReadOnly:
		return errnoRofs
	case scratchfs.ErrPerm:
		return errnoPerm
	case scratchfs.ErrFileTooBig:
		return errnoFbigWASI
	case scratchfs.ErrBusy:
		return errnoBusy
	case scratchfs.ErrXDev:
		return errnoXdev
	}
	return errnoIO
}

// fsCtx is what a file call works with once fsCall has resolved its
// descriptor.
type fsCtx struct {
	s    *detState
	c    *wasmtime.Caller
	mem  []byte
	e    *fdEntry
	work uint64 // the file system's work count when the call started
}

const (
	anyKind = iota
	fileOnly
	dirOnly
)

// fsCall is the prologue of every file call on a descriptor holding a
// file: it charges the base price plus extra bytes, and resolves fd.
// dirOnly and fileOnly reproduce wasmtime's classification: file
// operations on a directory are EBADF, directory operations on a file
// ENOTDIR.
func fsCall(c *wasmtime.Caller, fd int32, kind int, extra int) (x fsCtx, errno int32, ok bool) {
	s := stateOf(c)
	mem := guestMem(c)
	if s == nil || mem == nil {
		return x, errnoFault, false
	}
	if !charge(c, fuelHostCall+uint64(max(extra, 0))/fuelPerBytes) {
		return x, errnoSuccess, false
	}
	e := s.fds[fd]
	if e == nil || e.std != 0 {
		return x, errnoBadf, false
	}
	isDir := e.f.Node().Kind() == scratchfs.KindDir
	switch {
	case kind == fileOnly && isDir:
		return x, errnoBadf, false
	case kind == dirOnly && !isDir:
		return x, errnoNotdir, false
	}
	// The tree may use what linear memory leaves of the limit.
	s.fs.SetBudget(int64(s.memLimit) - int64(len(mem)) + s.fsBase)
	return fsCtx{s: s, c: c, mem: mem, e: e, work: s.fs.Work()}, errnoSuccess, true
}

// done charges the work the file system did beyond the bytes already paid
// for (scratchfs.FS.Work: path walking, zero-filling, shifting directory
// entries), publishes a change of the tree's size to the store's memory
// limit, and returns errno.
func (x fsCtx) done(errno int32) int32 {
	s := x.s
	if w := s.fs.Work() - x.work; w > 0 {
		charge(x.c, w/fuelPerBytes) // when short of fuel, the guest traps at its next check
	}
	if u := s.fs.Used(); u != s.fsUsed && s.store != nil {
		s.fsUsed = u
		// Setting the limiter from inside a host call replaces the store's
		// limits struct, which wasmtime reads at the next memory.grow (the
		// C API applies limits "to the creation/growth of resources in the
		// future"); TestScratchBudget checks that a grow is then refused.
		s.store.Limiter(max(int64(s.memLimit)-s.fsCharged(), 0), storeTableElements, s.instances, storeTables, storeMemories)
	}
	return errno
}

// path reads a guest path: EFAULT outside memory, EILSEQ when not UTF-8
// (wasmtime's strings are), EINVAL with a NUL.
func (x fsCtx) path(ptr, n int32) (string, int32) {
	b := span(x.mem, ptr, n)
	switch {
	case b == nil:
		return "", errnoFault
	case !utf8.Valid(b):
		return "", errnoIlseq
	case bytes.IndexByte(b, 0) >= 0:
		return "", errnoInval
	}
	return string(b), errnoSuccess
}

func putFilestat(dst []byte, st scratchfs.Stat) {
	clear(dst)
	binary.LittleEndian.PutUint64(dst[8:], st.Ino) // dev stays 0: one device
	dst[16] = filetype(st.Kind)
	binary.LittleEndian.PutUint64(dst[24:], st.Nlink)
	binary.LittleEndian.PutUint64(dst[32:], uint64(st.Size))
	binary.LittleEndian.PutUint64(dst[40:], uint64(st.Atime))
	binary.LittleEndian.PutUint64(dst[48:], uint64(st.Mtime))
	binary.LittleEndian.PutUint64(dst[56:], uint64(st.Ctime))
}

func filetype(k scratchfs.Kind) byte {
	switch k {
	case scratchfs.KindDir:
		return filetypeDir
	case scratchfs.KindFile:
		return filetypeRegular
	case scratchfs.KindSymlink:
		return filetypeSymlink
	}
	return 0
}

// times converts fd/path_filestat_set_times arguments.
func times(atim, mtim int64, fst int32) (int64, int64, int32) {
	if fst&^(fstAtim|fstAtimNow|fstMtim|fstMtimNow) != 0 ||
		fst&(fstAtim|fstAtimNow) == fstAtim|fstAtimNow || fst&(fstMtim|fstMtimNow) == fstMtim|fstMtimNow {
		return 0, 0, errnoInval
	}
	pick := func(v int64, set, now int32) int64 {
		switch {
		case fst&set != 0:
			if v < 0 {
				return scratchfs.TimeOmit // unrepresentable: keep, as WASI times are u64
			}
			return v
		case fst&now != 0:
			return scratchfs.TimeNow
		}
		return scratchfs.TimeOmit
	}
	return pick(atim, fstAtim, fstAtimNow), pick(mtim, fstMtim, fstMtimNow), errnoSuccess
}
