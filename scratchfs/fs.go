// Package scratchfs is a deterministic in-memory file system: a tree of
// directories, regular files and symbolic links that a sandboxed guest can
// read and write while nothing it observes comes from the host.
//
// Determinism is the point. Inode numbers count up in creation order,
// times come from a clock the caller supplies (a task's virtual clock),
// directories list their entries in byte order of their names, and the
// space available is a byte budget fixed at creation, not the host's free
// space. Two runs that perform the same operations see the same bytes.
//
// The package is pure Go with no cgo so that both the engine's WASI
// (engine/) and the x86 emulator's Linux syscalls (built for wasip1) can
// use it; errors are a small set of Errno values that map one to one onto
// WASI and Linux errnos.
//
// # Budget
//
// Every byte the guest can make the host hold is counted against the
// budget: file contents (their size), NodeOverhead per node, EntryOverhead
// plus the name's length per directory entry, a symlink's target,
// HandleOverhead per open File and SnapshotEntryCost per entry of the
// directory listings handles hold. An operation that would exceed it
// fails with ErrNoSpace and changes nothing: writes are all or nothing.
// Host memory beyond the budget is bounded too: a growing file keeps
// spare capacity of at most an eighth of its size (64 bytes for small
// files, which NodeOverhead covers), and only out of the unused budget,
// so appends stay amortised O(1) per byte while the bytes held stay
// within about 1.25 times the budget.
//
// # Paths
//
// Operations take a base directory and a path relative to it, like the
// *at system calls. In confined mode (Options.Confine, what WASI needs) a
// path may not leave its base: absolute paths, absolute symlink targets and
// ".." above the base fail with ErrPerm. Otherwise an absolute path starts
// at the root and ".." at the root stays there, as on Linux.
//
// An FS is not safe for concurrent use; a guest's calls are sequential.
package scratchfs

import (
	"slices"
	"strings"
)

// Kind is the type of a node.
type Kind uint8

// Node kinds.
const (
	KindDir Kind = iota + 1
	KindFile
	KindSymlink
)

// Accounting constants: what a node and a directory entry cost in the
// budget besides their contents. They approximate the Go structures that
// hold them, so that a guest creating millions of empty files runs out of
// budget rather than out of host memory.
const (
	NodeOverhead  = 256
	EntryOverhead = 64
)

// Defaults for the limits in Options.
const (
	DefaultMaxName     = 255  // bytes in one path component (NAME_MAX)
	DefaultMaxPath     = 4096 // bytes in a path or a symlink target (PATH_MAX)
	DefaultMaxSymlinks = 40   // symlinks followed in one resolution (Linux's limit)
)

// MaxFileSize bounds file offsets; writing or truncating beyond it fails
// with ErrFileTooBig (the budget normally stops a file much earlier).
const MaxFileSize = 1 << 40

// Options configure a new FS.
type Options struct {
	// Budget is the number of bytes the tree may account for (see the
	// package documentation); the empty root directory costs NodeOverhead.
	Budget int64
	// Clock returns the time, in nanoseconds since the Unix epoch, stamped
	// on created and modified nodes. nil stamps 0. It should be the guest's
	// virtual clock and must not advance it.
	Clock func() int64
	// Confine keeps paths inside their base directory (WASI semantics).
	Confine bool
	// Limits; zero takes the defaults.
	MaxName, MaxPath, MaxSymlinks int
}

// FS is one in-memory file system.
type FS struct {
	root    *Node
	budget  int64
	used    int64
	slack   int64 // spare capacity of file buffers, Σ cap-len
	work    uint64
	nextIno uint64
	clock   func() int64
	confine bool

	maxName, maxPath, maxLinks int
}

// Node is a directory, file or symlink. Its fields are private: use Stat.
type Node struct {
	ino                 uint64
	kind                Kind
	readOnly            bool
	nlink               uint32 // directory entries naming it (dirs: 1, 0 once removed)
	open                int    // open Files
	atime, mtime, ctime int64

	data   []byte // KindFile
	target string // KindSymlink

	parent  *Node // KindDir: the directory containing it (the root's is itself)
	entries map[string]*Node
	names   []string // sorted keys of entries
	subdirs int
}

// New returns an empty file system: a root directory costing NodeOverhead.
// It fails with ErrNoSpace when the budget cannot hold even that.
func New(o Options) (*FS, error) {
	f := &FS{
		budget:   o.Budget,
		clock:    o.Clock,
		confine:  o.Confine,
		maxName:  o.MaxName,
		maxPath:  o.MaxPath,
		maxLinks: o.MaxSymlinks,
	}
	if f.maxName <= 0 {
		f.maxName = DefaultMaxName
	}
	if f.maxPath <= 0 {
		f.maxPath = DefaultMaxPath
	}
	if f.maxLinks <= 0 {
		f.maxLinks = DefaultMaxSymlinks
	}
	if err := f.reserve(NodeOverhead); err != nil {
		return nil, pathErr("new", "/", err)
	}
	f.root = f.newNode(KindDir)
	f.root.parent = f.root
	f.root.nlink = 1
	return f, nil
}

// Root returns the root directory.
func (f *FS) Root() *Node { return f.root }

// Used returns the bytes currently accounted against the budget.
func (f *FS) Used() int64 { return f.used }

// Work returns a deterministic count of the work done so far beyond moving
// the bytes a caller passes in or out: path components and symlink targets
// scanned, bytes zeroed or copied when a file grows or shrinks, directory
// entries shifted or listed (counted as 16 bytes each). A sandbox charges
// its guest for the difference across a call, so that no call costs the
// host much more than the guest pays (a guest truncating a file between 0
// and 100 MB in a loop pays for the zeroing).
func (f *FS) Work() uint64 { return f.work }

// entryWork is what shifting or listing one directory entry counts.
const entryWork = 16

// Budget returns the current budget.
func (f *FS) Budget() int64 { return f.budget }

// SetBudget changes the budget, for a caller that shares one limit between
// the file system and other memory (the engine: a task's memory limit less
// its linear memory). A budget below Used makes every growth fail; nothing
// already stored is dropped.
func (f *FS) SetBudget(n int64) { f.budget = n }

func (f *FS) now() int64 {
	if f.clock == nil {
		return 0
	}
	return f.clock()
}

func (f *FS) reserve(n int64) error {
	if n > f.budget-f.used {
		return ErrNoSpace
	}
	f.used += n
	return nil
}

func (f *FS) release(n int64) { f.used -= n }

func (f *FS) newNode(k Kind) *Node {
	f.nextIno++
	t := f.now()
	n := &Node{ino: f.nextIno, kind: k, atime: t, mtime: t, ctime: t}
	if k == KindDir {
		n.entries = map[string]*Node{}
	}
	return n
}

func entryCost(name string) int64 { return EntryOverhead + int64(len(name)) }

// addEntry links n into dir under name; the caller has reserved its cost.
func (f *FS) addEntry(dir *Node, name string, n *Node) {
	i, _ := slices.BinarySearch(dir.names, name)
	f.work += entryWork * uint64(len(dir.names)-i+1)
	dir.names = slices.Insert(dir.names, i, name)
	dir.entries[name] = n
	if n.kind == KindDir {
		dir.subdirs++
		n.parent = dir
	}
	t := f.now()
	dir.mtime, dir.ctime = t, t
}

// dropEntry unlinks name from dir without touching the node's link count.
func (f *FS) dropEntry(dir *Node, name string) {
	n := dir.entries[name]
	if i, ok := slices.BinarySearch(dir.names, name); ok {
		f.work += entryWork * uint64(len(dir.names)-i)
		dir.names = slices.Delete(dir.names, i, i+1)
	}
	delete(dir.entries, name)
	if n.kind == KindDir {
		dir.subdirs--
	}
	t := f.now()
	dir.mtime, dir.ctime = t, t
}

// unlink removes name from dir, releases the entry and, once the node has
// neither links nor open handles, the node itself.
func (f *FS) unlink(dir *Node, name string) {
	n := dir.entries[name]
	f.dropEntry(dir, name)
	f.release(entryCost(name))
	n.nlink--
	n.ctime = f.now()
	f.maybeFree(n)
}

func (f *FS) maybeFree(n *Node) {
	if n.nlink > 0 || n.open > 0 {
		return
	}
	f.release(NodeOverhead + int64(len(n.data)) + int64(len(n.target)))
	f.slack -= int64(cap(n.data) - len(n.data))
	n.data, n.target = nil, ""
}

// resize sets a file's size, zero-filling growth, within the budget.
func (f *FS) resize(n *Node, size int64) error {
	if size < 0 {
		return ErrInvalid
	}
	if size > MaxFileSize {
		return ErrFileTooBig
	}
	old := int64(len(n.data))
	if size > old {
		if err := f.reserve(size - old); err != nil {
			return err
		}
	} else {
		f.release(old - size)
	}
	before := int64(cap(n.data)) - old
	switch {
	case size <= int64(cap(n.data)):
		if size > old {
			clear(n.data[old:size]) // bytes past len may hold data from before a shrink
			f.work += uint64(size - old)
		}
		n.data = n.data[:size]
		if c := int64(cap(n.data)); c > size+max(size/8, 64) {
			// Give back a buffer that shrank: spare capacity stays within
			// the bound growth keeps.
			n.data = slices.Clip(slices.Clone(n.data))
			f.work += uint64(size)
		}
	default:
		// Geometric growth by an eighth (amortised O(1) per byte), and
		// spare capacity only from the unused budget.
		spare := min(max(size/8, 64), max(f.budget-f.used-f.slack, 0))
		buf := make([]byte, size, size+spare)
		copy(buf, n.data)
		n.data = buf
		f.work += uint64(size + spare)
	}
	f.slack += int64(cap(n.data)-len(n.data)) - before
	return nil
}

// checkName validates a single path component for creation.
func (f *FS) checkName(name string) error {
	switch {
	case name == "" || name == "." || name == "..":
		return ErrExist
	case len(name) > f.maxName:
		return ErrNameTooLong
	}
	return nil
}

// walk resolves path from base and returns the node. followLast says
// whether a symlink in the last component is followed (a trailing slash
// always follows it).
func (f *FS) walk(base *Node, path string, followLast bool) (*Node, error) {
	return f.walkFrom(base, base, path, followLast, new(int))
}

// walkFrom resolves path starting at cur; base is the confinement root and
// links counts symlinks followed so far across nested resolutions.
func (f *FS) walkFrom(base, cur *Node, path string, followLast bool, links *int) (*Node, error) {
	if len(path) > f.maxPath {
		return nil, ErrNameTooLong
	}
	if path == "" {
		return nil, ErrNotExist
	}
	if base == nil || cur == nil || base.kind != KindDir {
		return nil, ErrNotDir
	}
	if path[0] == '/' {
		if f.confine {
			return nil, ErrPerm
		}
		cur = f.root
	}
	rest := path
	for {
		rest = strings.TrimLeft(rest, "/")
		if rest == "" {
			break
		}
		comp := rest
		if i := strings.IndexByte(rest, '/'); i >= 0 {
			comp, rest = rest[:i], rest[i:]
		} else {
			rest = ""
		}
		last := strings.TrimLeft(rest, "/") == ""
		f.work += uint64(len(comp)) + 1
		if cur.kind != KindDir {
			return nil, ErrNotDir
		}
		switch comp {
		case ".":
			continue
		case "..":
			if f.confine && cur == base {
				return nil, ErrPerm
			}
			cur = cur.parent
			continue
		}
		if len(comp) > f.maxName {
			return nil, ErrNameTooLong
		}
		child := cur.entries[comp]
		if child == nil {
			return nil, ErrNotExist
		}
		if child.kind == KindSymlink && (!last || followLast || rest != "") {
			*links++
			if *links > f.maxLinks {
				return nil, ErrLoop
			}
			t := child.target
			f.work += uint64(len(t))
			if t[0] == '/' {
				if f.confine {
					return nil, ErrPerm
				}
				cur = f.root
			}
			rest = t + rest
			if len(rest) > f.maxPath*2 {
				return nil, ErrNameTooLong
			}
			continue
		}
		cur = child
	}
	if path[len(path)-1] == '/' && cur.kind != KindDir {
		return nil, ErrNotDir
	}
	return cur, nil
}

// parent resolves all but the last component of path. It returns the
// directory, the last component ("." or ".." when the path ends so) and
// whether the path had a trailing slash.
func (f *FS) parent(base *Node, path string) (dir *Node, name string, slash bool, err error) {
	return f.parentFrom(base, base, path, new(int))
}

// parentFrom is parent for a path relative to start, confined to base.
func (f *FS) parentFrom(base, start *Node, path string, links *int) (dir *Node, name string, slash bool, err error) {
	if len(path) > f.maxPath {
		return nil, "", false, ErrNameTooLong
	}
	trimmed := strings.TrimRight(path, "/")
	slash = len(trimmed) < len(path)
	if trimmed == "" {
		if path == "" {
			return nil, "", false, ErrNotExist
		}
		// "/": the root itself, named ".".
		if f.confine {
			return nil, "", false, ErrPerm
		}
		return f.root, ".", true, nil
	}
	i := strings.LastIndexByte(trimmed, '/')
	if i < 0 {
		dir, name = start, trimmed
		if start == nil || start.kind != KindDir {
			return nil, "", false, ErrNotDir
		}
	} else {
		name = trimmed[i+1:]
		if dir, err = f.walkFrom(base, start, trimmed[:i+1], true, links); err != nil {
			return nil, "", false, err
		}
	}
	if len(name) > f.maxName {
		return nil, "", false, ErrNameTooLong
	}
	return dir, name, slash, nil
}

// Lookup resolves path from base.
func (f *FS) Lookup(base *Node, path string, follow bool) (*Node, error) {
	n, err := f.walk(base, path, follow)
	return n, pathErr("lookup", path, err)
}

// Mkdir creates a directory.
func (f *FS) Mkdir(base *Node, path string) error {
	_, err := f.mkdir(base, path)
	return pathErr("mkdir", path, err)
}

func (f *FS) mkdir(base *Node, path string) (*Node, error) {
	dir, name, _, err := f.parent(base, path)
	if err != nil {
		return nil, err
	}
	if err := f.canCreate(dir, name); err != nil {
		return nil, err
	}
	if err := f.reserve(NodeOverhead + entryCost(name)); err != nil {
		return nil, err
	}
	n := f.newNode(KindDir)
	n.nlink = 1
	f.addEntry(dir, name, n)
	return n, nil
}

// canCreate checks that name can be added to dir.
func (f *FS) canCreate(dir *Node, name string) error {
	if err := f.checkName(name); err != nil {
		return err
	}
	if dir.entries[name] != nil {
		return ErrExist
	}
	if dir.nlink == 0 {
		return ErrNotExist // a removed directory accepts no new entries
	}
	if dir.readOnly {
		return ErrReadOnly
	}
	return nil
}

// MkdirAll creates path and any missing parents, returning the directory.
func (f *FS) MkdirAll(base *Node, path string) (*Node, error) {
	cur := base
	if strings.HasPrefix(path, "/") && !f.confine {
		cur = f.root
	}
	for _, comp := range strings.Split(path, "/") {
		if comp == "" || comp == "." {
			continue
		}
		n, err := f.walk(cur, comp, true)
		if Code(err) == ErrNotExist {
			n, err = f.mkdir(cur, comp)
		}
		if err != nil {
			return nil, pathErr("mkdir", path, err)
		}
		if n.kind != KindDir {
			return nil, pathErr("mkdir", path, ErrNotDir)
		}
		cur = n
	}
	return cur, nil
}

// Rmdir removes an empty directory.
func (f *FS) Rmdir(base *Node, path string) error {
	return pathErr("rmdir", path, f.rmdir(base, path))
}

func (f *FS) rmdir(base *Node, path string) error {
	dir, name, _, err := f.parent(base, path)
	if err != nil {
		return err
	}
	switch name {
	case ".":
		if dir == f.root {
			return ErrBusy
		}
		return ErrInvalid
	case "..":
		return ErrNotEmpty
	}
	n := dir.entries[name]
	switch {
	case n == nil:
		return ErrNotExist
	case n.kind != KindDir:
		return ErrNotDir
	case len(n.names) > 0:
		return ErrNotEmpty
	case dir.readOnly:
		return ErrReadOnly
	}
	f.unlink(dir, name)
	return nil
}

// Unlink removes a directory entry naming a file or symlink.
func (f *FS) Unlink(base *Node, path string) error {
	return pathErr("unlink", path, f.unlinkPath(base, path))
}

func (f *FS) unlinkPath(base *Node, path string) error {
	dir, name, slash, err := f.parent(base, path)
	if err != nil {
		return err
	}
	if name == "." || name == ".." {
		return ErrIsDir
	}
	n := dir.entries[name]
	switch {
	case n == nil:
		return ErrNotExist
	case n.kind == KindDir:
		return ErrIsDir
	case slash:
		return ErrNotDir
	case dir.readOnly:
		return ErrReadOnly
	}
	f.unlink(dir, name)
	return nil
}

// Symlink creates a symbolic link at path holding target. The target is
// not checked: dangling links are allowed.
func (f *FS) Symlink(target string, base *Node, path string) error {
	return pathErr("symlink", path, f.symlink(target, base, path))
}

func (f *FS) symlink(target string, base *Node, path string) error {
	if target == "" {
		return ErrNotExist
	}
	if len(target) > f.maxPath {
		return ErrNameTooLong
	}
	dir, name, slash, err := f.parent(base, path)
	if err != nil {
		return err
	}
	if err := f.canCreate(dir, name); err != nil {
		return err
	}
	if slash {
		return ErrNotExist
	}
	if err := f.reserve(NodeOverhead + entryCost(name) + int64(len(target))); err != nil {
		return err
	}
	n := f.newNode(KindSymlink)
	n.target, n.nlink = target, 1
	f.addEntry(dir, name, n)
	return nil
}

// Readlink returns a symlink's target.
func (f *FS) Readlink(base *Node, path string) (string, error) {
	n, err := f.walk(base, path, false)
	if err == nil && n.kind != KindSymlink {
		err = ErrInvalid
	}
	if err != nil {
		return "", pathErr("readlink", path, err)
	}
	n.atime = f.now()
	return n.target, nil
}

// Link creates a hard link newPath to the file or symlink at oldPath
// (followed when follow is set). Directories cannot be linked.
func (f *FS) Link(oldBase *Node, oldPath string, follow bool, newBase *Node, newPath string) error {
	return pathErr("link", newPath, f.link(oldBase, oldPath, follow, newBase, newPath))
}

func (f *FS) link(oldBase *Node, oldPath string, follow bool, newBase *Node, newPath string) error {
	src, err := f.walk(oldBase, oldPath, follow)
	if err != nil {
		return err
	}
	if src.kind == KindDir {
		return ErrPerm
	}
	dir, name, slash, err := f.parent(newBase, newPath)
	if err != nil {
		return err
	}
	if err := f.canCreate(dir, name); err != nil {
		return err
	}
	if slash {
		return ErrNotExist
	}
	if src.nlink == 0 {
		return ErrNotExist
	}
	if err := f.reserve(entryCost(name)); err != nil {
		return err
	}
	src.nlink++
	src.ctime = f.now()
	f.addEntry(dir, name, src)
	return nil
}

// Rename moves oldPath to newPath, replacing a file, symlink or empty
// directory there (directories only replace directories, and a directory
// cannot move into its own subtree).
func (f *FS) Rename(oldBase *Node, oldPath string, newBase *Node, newPath string) error {
	return pathErr("rename", oldPath, f.rename(oldBase, oldPath, newBase, newPath))
}

func (f *FS) rename(oldBase *Node, oldPath string, newBase *Node, newPath string) error {
	od, on, oslash, err := f.parent(oldBase, oldPath)
	if err != nil {
		return err
	}
	nd, nn, nslash, err := f.parent(newBase, newPath)
	if err != nil {
		return err
	}
	if on == "." || on == ".." || nn == "." || nn == ".." {
		if od == f.root && on == "." {
			return ErrBusy
		}
		return ErrInvalid
	}
	src := od.entries[on]
	if src == nil {
		return ErrNotExist
	}
	if (oslash || nslash) && src.kind != KindDir {
		return ErrNotDir
	}
	dst := nd.entries[nn]
	if dst == src {
		return nil
	}
	if src.kind == KindDir {
		for d := nd; ; d = d.parent {
			f.work += entryWork
			if d == src {
				return ErrInvalid
			}
			if d == d.parent {
				break
			}
		}
	}
	if dst != nil {
		switch {
		case src.kind == KindDir && dst.kind != KindDir:
			return ErrNotDir
		case src.kind != KindDir && dst.kind == KindDir:
			return ErrIsDir
		case dst.kind == KindDir && len(dst.names) > 0:
			return ErrNotEmpty
		}
	}
	if nd.nlink == 0 {
		return ErrNotExist
	}
	if od.readOnly || nd.readOnly {
		return ErrReadOnly
	}
	if d := int64(len(nn)) - int64(len(on)); d > 0 {
		if err := f.reserve(d); err != nil {
			return err
		}
	} else {
		f.release(-d)
	}
	if dst != nil {
		f.unlink(nd, nn) // releases dst's entry: src's, renamed above, takes its place
	}
	f.dropEntry(od, on)
	f.addEntry(nd, nn, src)
	src.ctime = f.now()
	return nil
}

// Time values for SetTimes besides a time in nanoseconds.
const (
	TimeOmit int64 = -1 << 63   // leave the time unchanged
	TimeNow  int64 = -1<<63 + 1 // the clock's current time
)

// SetTimes sets the access and modification times of the node at path.
func (f *FS) SetTimes(base *Node, path string, follow bool, atime, mtime int64) error {
	n, err := f.walk(base, path, follow)
	if err == nil {
		err = f.setTimes(n, atime, mtime)
	}
	return pathErr("utimes", path, err)
}

func (f *FS) setTimes(n *Node, atime, mtime int64) error {
	if n.readOnly {
		return ErrReadOnly
	}
	now := f.now()
	pick := func(t, old int64) int64 {
		switch t {
		case TimeOmit:
			return old
		case TimeNow:
			return now
		}
		return t
	}
	n.atime, n.mtime, n.ctime = pick(atime, n.atime), pick(mtime, n.mtime), now
	return nil
}

// Stat describes a node. Nothing in it comes from the host.
type Stat struct {
	Ino      uint64
	Kind     Kind
	Nlink    uint64
	Size     int64 // file: bytes; symlink: target length; directory: 0
	Atime    int64 // nanoseconds since the Unix epoch, from Options.Clock
	Mtime    int64
	Ctime    int64
	ReadOnly bool
}

// Stat returns the node's metadata.
func (n *Node) Stat() Stat {
	s := Stat{Ino: n.ino, Kind: n.kind, Nlink: uint64(n.nlink), Atime: n.atime, Mtime: n.mtime, Ctime: n.ctime, ReadOnly: n.readOnly}
	switch n.kind {
	case KindFile:
		s.Size = int64(len(n.data))
	case KindSymlink:
		s.Size = int64(len(n.target))
	case KindDir:
		if n.nlink > 0 {
			s.Nlink = uint64(2 + n.subdirs)
		}
	}
	return s
}

// Kind returns the node's kind.
func (n *Node) Kind() Kind { return n.kind }

// Stat returns the metadata of the node at path.
func (f *FS) Stat(base *Node, path string, follow bool) (Stat, error) {
	n, err := f.walk(base, path, follow)
	if err != nil {
		return Stat{}, pathErr("stat", path, err)
	}
	return n.Stat(), nil
}

// PathOf returns the absolute path of directory n (getcwd), or ErrNotExist
// when it was removed. Files have no single path (hard links): ErrNotDir.
func (f *FS) PathOf(n *Node) (string, error) {
	if n.kind != KindDir {
		return "", ErrNotDir
	}
	var names []string
	for d := n; d != f.root; d = d.parent {
		if d.nlink == 0 {
			return "", ErrNotExist
		}
		p := d.parent
		f.work += entryWork * uint64(len(p.names))
		found := false
		for _, name := range p.names {
			if p.entries[name] == d {
				names = append(names, name)
				found = true
				break
			}
		}
		if !found {
			return "", ErrNotExist
		}
	}
	slices.Reverse(names)
	return "/" + strings.Join(names, "/"), nil
}
