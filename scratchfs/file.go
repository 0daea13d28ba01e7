package scratchfs

// OpenFlag selects the access and behaviour of Open.
type OpenFlag uint32

// Open flags. Neither ORead nor OWrite opens for neither (a directory
// handle, or a file used only for Stat).
const (
	ORead      OpenFlag = 1 << iota
	OWrite              // write access
	OAppend             // every Write appends
	OCreate             // create a regular file if missing
	OExcl               // with OCreate: fail with ErrExist if present
	OTrunc              // truncate a regular file to 0
	ODirectory          // fail with ErrNotDir unless a directory
	ONoFollow           // fail with ErrLoop if the last component is a symlink
)

// File is an open node: a file or directory handle with an offset.
type File struct {
	fs       *FS
	node     *Node
	off      int64
	flags    OpenFlag
	closed   bool
	snap     []Dirent // directory listing taken at cookie 0
	snapCost int64    // what snap is charged in the budget
}

// HandleOverhead is what an open File costs in the budget, and
// SnapshotEntryCost what each entry of a directory listing it holds costs
// (ReadDir): a guest holding many handles or listings of large directories
// runs out of budget, not the host out of memory.
const (
	HandleOverhead    = 128
	SnapshotEntryCost = 48
)

// Open opens or creates the node at path.
func (f *FS) Open(base *Node, path string, flags OpenFlag) (*File, error) {
	if err := f.reserve(HandleOverhead); err != nil {
		return nil, pathErr("open", path, err)
	}
	h, err := f.open(base, path, flags)
	if err != nil {
		f.release(HandleOverhead)
	}
	return h, pathErr("open", path, err)
}

func (f *FS) open(base *Node, path string, flags OpenFlag) (*File, error) {
	n, err := f.walk(base, path, flags&ONoFollow == 0)
	if Code(err) == ErrNotExist && flags&OCreate != 0 {
		return f.create(base, path, flags)
	}
	if err != nil {
		return nil, err
	}
	switch {
	case flags&(OCreate|OExcl) == OCreate|OExcl:
		return nil, ErrExist
	case n.kind == KindSymlink:
		return nil, ErrLoop // ONoFollow: the only way to reach a symlink here
	case n.kind == KindDir && flags&(OWrite|OTrunc|OAppend|OCreate) != 0:
		return nil, ErrIsDir
	case n.kind != KindDir && flags&ODirectory != 0:
		return nil, ErrNotDir
	case n.readOnly && flags&(OWrite|OTrunc|OAppend) != 0:
		return nil, ErrReadOnly
	}
	if flags&OTrunc != 0 && len(n.data) > 0 {
		if err := f.resize(n, 0); err != nil {
			return nil, err
		}
		t := f.now()
		n.mtime, n.ctime = t, t
	}
	return f.handle(n, flags), nil
}

func (f *FS) create(base *Node, path string, flags OpenFlag) (*File, error) {
	if flags&ODirectory != 0 {
		return nil, ErrNotExist
	}
	start, links := base, 0
	for {
		dir, name, slash, err := f.parentFrom(base, start, path, &links)
		if err != nil {
			return nil, err
		}
		if slash {
			return nil, ErrIsDir
		}
		if e := dir.entries[name]; e != nil {
			// Only a dangling symlink gets here: as open(2), create the
			// file it names, unless the caller wanted a new name.
			if e.kind != KindSymlink || flags&(OExcl|ONoFollow) != 0 {
				return nil, ErrExist
			}
			if links++; links > f.maxLinks {
				return nil, ErrLoop
			}
			start, path = dir, e.target
			continue
		}
		if err := f.canCreate(dir, name); err != nil {
			return nil, err
		}
		if err := f.reserve(NodeOverhead + entryCost(name)); err != nil {
			return nil, err
		}
		n := f.newNode(KindFile)
		n.nlink = 1
		f.addEntry(dir, name, n)
		return f.handle(n, flags), nil
	}
}

// handle makes a File; the caller has reserved HandleOverhead.
func (f *FS) handle(n *Node, flags OpenFlag) *File {
	n.open++
	return &File{fs: f, node: n, flags: flags}
}

// OpenNode opens a node already resolved (a preopened directory).
func (f *FS) OpenNode(n *Node, flags OpenFlag) (*File, error) {
	if err := f.reserve(HandleOverhead); err != nil {
		return nil, err
	}
	return f.handle(n, flags), nil
}

// Node returns the handle's node.
func (h *File) Node() *Node { return h.node }

// Flags returns the flags the handle was opened with (OAppend as last set).
func (h *File) Flags() OpenFlag { return h.flags }

// SetAppend switches append mode, as fcntl(F_SETFL, O_APPEND) does.
func (h *File) SetAppend(on bool) {
	if on {
		h.flags |= OAppend
	} else {
		h.flags &^= OAppend
	}
}

// Close releases the handle; an unlinked node's bytes are released with
// its last handle.
func (h *File) Close() error {
	if h.closed {
		return ErrBadHandle
	}
	h.closed = true
	h.dropSnap()
	h.fs.release(HandleOverhead)
	h.node.open--
	h.fs.maybeFree(h.node)
	return nil
}

func (h *File) check(need OpenFlag) error {
	switch {
	case h.closed:
		return ErrBadHandle
	case h.node.kind == KindDir && need != 0:
		return ErrIsDir
	case h.flags&need != need:
		return ErrBadHandle
	}
	return nil
}

// ReadAt reads from off without moving the offset. At or past the end of
// the file it returns 0 and no error, like pread(2).
func (h *File) ReadAt(p []byte, off int64) (int, error) {
	if err := h.check(ORead); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, ErrInvalid
	}
	d := h.node.data
	if off >= int64(len(d)) {
		return 0, nil
	}
	return copy(p, d[off:]), nil
}

// Read reads at the offset and advances it.
func (h *File) Read(p []byte) (int, error) {
	n, err := h.ReadAt(p, h.off)
	h.off += int64(n)
	return n, err
}

// WriteAt writes p at off, growing the file (zero-filled) as needed. It
// writes all of p or nothing.
func (h *File) WriteAt(p []byte, off int64) (int, error) {
	if err := h.check(OWrite); err != nil {
		return 0, err
	}
	return h.writeAt(p, off)
}

func (h *File) writeAt(p []byte, off int64) (int, error) {
	n := h.node
	if off < 0 {
		return 0, ErrInvalid
	}
	if off > MaxFileSize || int64(len(p)) > MaxFileSize-off {
		return 0, ErrFileTooBig
	}
	if end := off + int64(len(p)); end > int64(len(n.data)) {
		if err := h.fs.resize(n, end); err != nil {
			return 0, err
		}
	}
	copy(n.data[off:], p)
	if len(p) > 0 {
		t := h.fs.now()
		n.mtime, n.ctime = t, t
	}
	return len(p), nil
}

// Write writes at the offset (at the end in append mode) and advances it.
func (h *File) Write(p []byte) (int, error) {
	if err := h.check(OWrite); err != nil {
		return 0, err
	}
	if h.flags&OAppend != 0 {
		h.off = int64(len(h.node.data))
	}
	n, err := h.writeAt(p, h.off)
	h.off += int64(n)
	return n, err
}

// Seek whence values, as in io.
const (
	SeekStart   = 0
	SeekCurrent = 1
	SeekEnd     = 2
)

// Seek sets the offset; a negative result fails with ErrInvalid. Offsets
// past the end are allowed (a later write fills the gap with zeros).
func (h *File) Seek(off int64, whence int) (int64, error) {
	if h.closed {
		return 0, ErrBadHandle
	}
	var base int64
	switch whence {
	case SeekStart:
	case SeekCurrent:
		base = h.off
	case SeekEnd:
		base = int64(len(h.node.data))
	default:
		return 0, ErrInvalid
	}
	n := base + off
	if (off > 0 && n < base) || n < 0 {
		return 0, ErrInvalid
	}
	h.off = n
	h.dropSnap()
	return n, nil
}

// Offset returns the current offset.
func (h *File) Offset() int64 { return h.off }

// Truncate sets the file's size; growth is zero-filled and counted in the
// budget.
func (h *File) Truncate(size int64) error {
	if err := h.check(OWrite); err != nil {
		return err
	}
	if size < 0 {
		return ErrInvalid
	}
	if err := h.fs.resize(h.node, size); err != nil {
		return err
	}
	t := h.fs.now()
	h.node.mtime, h.node.ctime = t, t
	return nil
}

// Stat returns the node's metadata.
func (h *File) Stat() (Stat, error) {
	if h.closed {
		return Stat{}, ErrBadHandle
	}
	return h.node.Stat(), nil
}

// SetTimes sets the node's access and modification times (TimeNow,
// TimeOmit or nanoseconds).
func (h *File) SetTimes(atime, mtime int64) error {
	if h.closed {
		return ErrBadHandle
	}
	return h.fs.setTimes(h.node, atime, mtime)
}

// Dirent is one directory entry.
type Dirent struct {
	Name string
	Ino  uint64
	Kind Kind
	// Next is the cookie that resumes the listing after this entry.
	Next uint64
}

// dropSnap releases the handle's directory listing.
func (h *File) dropSnap() {
	h.fs.release(h.snapCost)
	h.snap, h.snapCost = nil, 0
}

// ReadDir lists the directory from cookie on: ".", "..", then the entries
// in byte order of their names. Cookie 0 takes a snapshot that later
// cookies read, so a guest removing entries while it lists them (rm -r)
// neither skips nor repeats any. The snapshot counts in the budget
// (SnapshotEntryCost per entry) until the next cookie 0, Seek or Close;
// taking one fails with ErrNoSpace when the budget cannot hold it. The
// returned slice must not be modified and is valid until then.
func (h *File) ReadDir(cookie uint64) ([]Dirent, error) {
	if h.closed {
		return nil, ErrBadHandle
	}
	d := h.node
	if d.kind != KindDir {
		return nil, ErrNotDir
	}
	if cookie == 0 || h.snap == nil {
		h.dropSnap()
		cost := SnapshotEntryCost * int64(len(d.names)+2)
		if err := h.fs.reserve(cost); err != nil {
			return nil, err
		}
		h.snapCost = cost
		h.fs.work += entryWork * uint64(len(d.names)+2)
		h.snap = make([]Dirent, 0, len(d.names)+2)
		h.snap = append(h.snap,
			Dirent{Name: ".", Ino: d.ino, Kind: KindDir, Next: 1},
			Dirent{Name: "..", Ino: d.parent.ino, Kind: KindDir, Next: 2})
		for i, name := range d.names {
			c := d.entries[name]
			h.snap = append(h.snap, Dirent{Name: name, Ino: c.ino, Kind: c.kind, Next: uint64(i + 3)})
		}
	}
	if cookie >= uint64(len(h.snap)) {
		return nil, nil
	}
	return h.snap[cookie:], nil
}
