package scratchfs

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// newFS returns a file system with a ticking clock: every call advances
// one nanosecond, so tests can tell which operation stamped a time.
func newFS(t testing.TB, budget int64, confine bool) *FS {
	t.Helper()
	var clock int64 = 1000
	f, err := New(Options{Budget: budget, Confine: confine, Clock: func() int64 { clock++; return clock }})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func wantErr(t *testing.T, err error, want Errno) {
	t.Helper()
	if Code(err) != want {
		t.Fatalf("error %v, want %v", err, want)
	}
}

func mustOK(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func writeFile(t *testing.T, f *FS, path, data string) {
	t.Helper()
	h, err := f.Open(f.Root(), path, OWrite|OCreate|OTrunc)
	mustOK(t, err)
	if _, err := h.Write([]byte(data)); err != nil {
		t.Fatal(err)
	}
	mustOK(t, h.Close())
}

func readFile(t *testing.T, f *FS, path string) string {
	t.Helper()
	h, err := f.Open(f.Root(), path, ORead)
	mustOK(t, err)
	defer h.Close()
	var out []byte
	buf := make([]byte, 3)
	for {
		n, err := h.Read(buf)
		mustOK(t, err)
		if n == 0 {
			return string(out)
		}
		out = append(out, buf[:n]...)
	}
}

func names(t *testing.T, f *FS, path string) []string {
	t.Helper()
	h, err := f.Open(f.Root(), path, ORead|ODirectory)
	mustOK(t, err)
	defer h.Close()
	ents, err := h.ReadDir(0)
	mustOK(t, err)
	var out []string
	for _, e := range ents {
		out = append(out, e.Name)
	}
	return out
}

func TestCreateWriteReadSeek(t *testing.T) {
	f := newFS(t, 1<<20, false)
	h, err := f.Open(f.Root(), "a.txt", ORead|OWrite|OCreate|OExcl)
	mustOK(t, err)
	if n, err := h.Write([]byte("hello world")); n != 11 || err != nil {
		t.Fatal(n, err)
	}
	if off, _ := h.Seek(0, SeekCurrent); off != 11 {
		t.Fatalf("offset %d", off)
	}
	if _, err := h.Seek(-5, SeekEnd); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 10)
	n, _ := h.Read(buf)
	if string(buf[:n]) != "world" {
		t.Fatalf("read %q", buf[:n])
	}
	n, _ = h.Read(buf)
	if n != 0 {
		t.Fatalf("read past end: %d", n)
	}
	_, err = h.Seek(-1, SeekStart)
	wantErr(t, err, ErrInvalid)
	_, err = h.Seek(0, 7)
	wantErr(t, err, ErrInvalid)

	// pwrite past the end zero-fills; pread does not move the offset.
	if _, err := h.WriteAt([]byte("!"), 15); err != nil {
		t.Fatal(err)
	}
	n, _ = h.ReadAt(buf, 9)
	if string(buf[:n]) != "ld\x00\x00\x00\x00!" {
		t.Fatalf("pread %q", buf[:n])
	}
	if h.Offset() != 11 {
		t.Fatalf("offset moved to %d", h.Offset())
	}
	_, err = h.ReadAt(buf, -1)
	wantErr(t, err, ErrInvalid)
	mustOK(t, h.Close())
	wantErr(t, h.Close(), ErrBadHandle)
	_, err = h.Read(buf)
	wantErr(t, err, ErrBadHandle)

	_, err = f.Open(f.Root(), "a.txt", OCreate|OExcl|OWrite)
	wantErr(t, err, ErrExist)
	_, err = f.Open(f.Root(), "missing", ORead)
	wantErr(t, err, ErrNotExist)
	if !errors.Is(err, fs.ErrNotExist) || !errors.Is(err, ErrNotExist) {
		t.Fatalf("%v is not fs.ErrNotExist", err)
	}
}

func TestAccessModes(t *testing.T) {
	f := newFS(t, 1<<20, false)
	writeFile(t, f, "f", "abc")
	r, err := f.Open(f.Root(), "f", ORead)
	mustOK(t, err)
	_, err = r.Write([]byte("x"))
	wantErr(t, err, ErrBadHandle)
	wantErr(t, r.Truncate(0), ErrBadHandle)
	w, err := f.Open(f.Root(), "f", OWrite)
	mustOK(t, err)
	_, err = w.Read(make([]byte, 1))
	wantErr(t, err, ErrBadHandle)
	_, err = f.Open(f.Root(), "f", ORead|ODirectory)
	wantErr(t, err, ErrNotDir)
	mustOK(t, f.Mkdir(f.Root(), "d"))
	_, err = f.Open(f.Root(), "d", OWrite)
	wantErr(t, err, ErrIsDir)
	d, err := f.Open(f.Root(), "d", ORead)
	mustOK(t, err)
	_, err = d.Read(make([]byte, 1))
	wantErr(t, err, ErrIsDir)
	_, err = f.Open(f.Root(), "new/", OCreate|OWrite)
	wantErr(t, err, ErrIsDir)
	_, err = f.Open(f.Root(), "f/", ORead)
	wantErr(t, err, ErrNotDir)
}

func TestTruncateAppend(t *testing.T) {
	f := newFS(t, 1<<20, false)
	writeFile(t, f, "f", "0123456789")
	h, err := f.Open(f.Root(), "f", ORead|OWrite|OAppend)
	mustOK(t, err)
	_, _ = h.Seek(0, SeekStart)
	_, _ = h.Write([]byte("AB"))
	if got := readFile(t, f, "f"); got != "0123456789AB" {
		t.Fatalf("append: %q", got)
	}
	mustOK(t, h.Truncate(4))
	mustOK(t, h.Truncate(6)) // the bytes cut off must not come back
	if got := readFile(t, f, "f"); got != "0123\x00\x00" {
		t.Fatalf("truncate: %q", got)
	}
	h.SetAppend(false)
	_, _ = h.Seek(0, SeekStart)
	_, _ = h.Write([]byte("x"))
	if got := readFile(t, f, "f"); got != "x123\x00\x00" {
		t.Fatalf("after SetAppend(false): %q", got)
	}
	wantErr(t, h.Truncate(-1), ErrInvalid)
	_, err = f.Open(f.Root(), "f", OWrite|OTrunc)
	mustOK(t, err)
	if st, _ := f.Stat(f.Root(), "f", true); st.Size != 0 {
		t.Fatalf("O_TRUNC left %d bytes", st.Size)
	}
	_, err = h.WriteAt([]byte("x"), MaxFileSize)
	wantErr(t, err, ErrFileTooBig)
}

func TestStatDeterministic(t *testing.T) {
	f := newFS(t, 1<<20, false)
	writeFile(t, f, "a", "xy")
	mustOK(t, f.Mkdir(f.Root(), "d"))
	mustOK(t, f.Mkdir(f.Root(), "d/e"))
	mustOK(t, f.Symlink("a", f.Root(), "l"))
	mustOK(t, f.Link(f.Root(), "a", false, f.Root(), "d/hard"))
	st, err := f.Stat(f.Root(), "a", true)
	mustOK(t, err)
	if st.Ino != 2 || st.Kind != KindFile || st.Size != 2 || st.Nlink != 2 {
		t.Fatalf("a: %+v", st)
	}
	if st.Mtime <= 1000 || st.Ctime < st.Mtime {
		t.Fatalf("times not from the clock: %+v", st)
	}
	if st, _ := f.Stat(f.Root(), "d", true); st.Ino != 3 || st.Nlink != 3 {
		t.Fatalf("d: %+v", st)
	}
	if st, _ := f.Stat(f.Root(), "l", false); st.Kind != KindSymlink || st.Size != 1 || st.Ino != 5 {
		t.Fatalf("l: %+v", st)
	}
	if st, _ := f.Stat(f.Root(), "l", true); st.Ino != 2 {
		t.Fatalf("l followed: %+v", st)
	}
	if st, _ := f.Stat(f.Root(), "/", true); st.Ino != 1 || st.Nlink != 3 {
		t.Fatalf("root: %+v", st)
	}
	mustOK(t, f.SetTimes(f.Root(), "a", true, 5, TimeOmit))
	st, _ = f.Stat(f.Root(), "a", true)
	if st.Atime != 5 || st.Mtime == 5 {
		t.Fatalf("utimes: %+v", st)
	}
	mustOK(t, f.SetTimes(f.Root(), "a", true, TimeOmit, TimeNow))
	st2, _ := f.Stat(f.Root(), "a", true)
	if st2.Atime != 5 || st2.Mtime <= st.Mtime {
		t.Fatalf("utimes now: %+v", st2)
	}
}

func TestDirectories(t *testing.T) {
	f := newFS(t, 1<<20, false)
	for _, n := range []string{"b", "a", "c", "B"} {
		mustOK(t, f.Mkdir(f.Root(), n))
	}
	writeFile(t, f, "a/x", "1")
	if got := names(t, f, "/"); !slices.Equal(got, []string{".", "..", "B", "a", "b", "c"}) {
		t.Fatalf("readdir: %v", got)
	}
	wantErr(t, f.Mkdir(f.Root(), "a"), ErrExist)
	wantErr(t, f.Mkdir(f.Root(), "."), ErrExist)
	wantErr(t, f.Mkdir(f.Root(), "zz/y"), ErrNotExist)
	wantErr(t, f.Rmdir(f.Root(), "a"), ErrNotEmpty)
	wantErr(t, f.Rmdir(f.Root(), "a/x"), ErrNotDir)
	wantErr(t, f.Rmdir(f.Root(), "a/.."), ErrNotEmpty)
	wantErr(t, f.Rmdir(f.Root(), "a/."), ErrInvalid)
	wantErr(t, f.Unlink(f.Root(), "a"), ErrIsDir)
	mustOK(t, f.Unlink(f.Root(), "a/x"))
	mustOK(t, f.Rmdir(f.Root(), "a/"))
	wantErr(t, f.Rmdir(f.Root(), "a"), ErrNotExist)

	// A removed directory still open accepts no new entries.
	d, err := f.MkdirAll(f.Root(), "p/q/r")
	mustOK(t, err)
	mustOK(t, f.Rmdir(f.Root(), "p/q/r"))
	_, err = f.Open(d, "new", OCreate|OWrite)
	wantErr(t, err, ErrNotExist)
	if st := d.Stat(); st.Nlink != 0 {
		t.Fatalf("removed dir nlink %d", st.Nlink)
	}
}

func TestReadDirCookiesStable(t *testing.T) {
	f := newFS(t, 1<<20, false)
	mustOK(t, f.Mkdir(f.Root(), "d"))
	for _, n := range []string{"e", "a", "d", "c", "b"} {
		writeFile(t, f, "d/"+n, n)
	}
	h, err := f.Open(f.Root(), "d", ORead|ODirectory)
	mustOK(t, err)
	ents, _ := h.ReadDir(0)
	if len(ents) != 7 {
		t.Fatalf("%d entries", len(ents))
	}
	// Remove entries between reads, as rm -r does: resuming from a cookie
	// still yields the rest of the original listing.
	var seen []string
	cookie := uint64(0)
	for {
		ents, err := h.ReadDir(cookie)
		mustOK(t, err)
		if len(ents) == 0 {
			break
		}
		e := ents[0]
		seen = append(seen, e.Name)
		if e.Name != "." && e.Name != ".." {
			mustOK(t, f.Unlink(f.Root(), "d/"+e.Name))
		}
		cookie = e.Next
	}
	if !slices.Equal(seen, []string{".", "..", "a", "b", "c", "d", "e"}) {
		t.Fatalf("listing while removing: %v", seen)
	}
	if got := names(t, f, "d"); len(got) != 2 {
		t.Fatalf("left: %v", got)
	}
	ents, _ = h.ReadDir(99)
	if len(ents) != 0 {
		t.Fatal("cookie past the end")
	}
}

func TestRename(t *testing.T) {
	f := newFS(t, 1<<20, false)
	writeFile(t, f, "a", "A")
	writeFile(t, f, "b", "B")
	mustOK(t, f.Rename(f.Root(), "a", f.Root(), "b"))
	if got := readFile(t, f, "b"); got != "A" {
		t.Fatalf("replaced: %q", got)
	}
	_, err := f.Stat(f.Root(), "a", false)
	wantErr(t, err, ErrNotExist)
	mustOK(t, f.Mkdir(f.Root(), "d"))
	mustOK(t, f.Mkdir(f.Root(), "d/sub"))
	mustOK(t, f.Mkdir(f.Root(), "empty"))
	mustOK(t, f.Mkdir(f.Root(), "full"))
	writeFile(t, f, "full/x", "")
	wantErr(t, f.Rename(f.Root(), "d", f.Root(), "d/sub/x"), ErrInvalid)
	wantErr(t, f.Rename(f.Root(), "d", f.Root(), "b"), ErrNotDir)
	wantErr(t, f.Rename(f.Root(), "b", f.Root(), "d"), ErrIsDir)
	wantErr(t, f.Rename(f.Root(), "d", f.Root(), "full"), ErrNotEmpty)
	wantErr(t, f.Rename(f.Root(), "nope", f.Root(), "x"), ErrNotExist)
	wantErr(t, f.Rename(f.Root(), "b/", f.Root(), "x"), ErrNotDir)
	mustOK(t, f.Rename(f.Root(), "d", f.Root(), "empty"))
	mustOK(t, f.Rename(f.Root(), "empty", f.Root(), "full/moved"))
	if st, _ := f.Stat(f.Root(), "full", true); st.Nlink != 3 {
		t.Fatalf("full nlink %d", st.Nlink)
	}
	if st, _ := f.Stat(f.Root(), "/", true); st.Nlink != 3 {
		t.Fatalf("root nlink %d", st.Nlink)
	}
	// ".." of the moved directory is its new parent.
	if _, err := f.Stat(f.Root(), "full/moved/sub/../../x", true); err != nil {
		t.Fatal(err)
	}
	// Renaming a name onto another link of the same file does nothing.
	mustOK(t, f.Link(f.Root(), "b", false, f.Root(), "c"))
	mustOK(t, f.Rename(f.Root(), "b", f.Root(), "c"))
	if st, _ := f.Stat(f.Root(), "b", true); st.Nlink != 2 {
		t.Fatalf("nlink %d", st.Nlink)
	}
}

func TestSymlinks(t *testing.T) {
	f := newFS(t, 1<<20, false)
	mustOK(t, f.Mkdir(f.Root(), "d"))
	writeFile(t, f, "d/f", "data")
	mustOK(t, f.Symlink("d/f", f.Root(), "rel"))
	mustOK(t, f.Symlink("/d", f.Root(), "abs"))
	mustOK(t, f.Symlink("../d/f", f.Root(), "d/up"))
	mustOK(t, f.Symlink("loop2", f.Root(), "loop1"))
	mustOK(t, f.Symlink("loop1", f.Root(), "loop2"))
	mustOK(t, f.Symlink("nowhere", f.Root(), "dangling"))
	for _, p := range []string{"rel", "abs/f", "d/up", "abs/up"} {
		if got := readFile(t, f, p); got != "data" {
			t.Fatalf("%s: %q", p, got)
		}
	}
	if got, err := f.Readlink(f.Root(), "d/up"); got != "../d/f" || err != nil {
		t.Fatal(got, err)
	}
	_, err := f.Readlink(f.Root(), "d/f")
	wantErr(t, err, ErrInvalid)
	_, err = f.Open(f.Root(), "loop1", ORead)
	wantErr(t, err, ErrLoop)
	_, err = f.Open(f.Root(), "rel", ORead|ONoFollow)
	wantErr(t, err, ErrLoop)
	_, err = f.Open(f.Root(), "dangling", ORead)
	wantErr(t, err, ErrNotExist)
	_, err = f.Open(f.Root(), "dangling", OWrite|OCreate|OExcl)
	wantErr(t, err, ErrExist)
	// O_CREAT through a dangling link creates its target, as open(2).
	_, err = f.Open(f.Root(), "dangling", OWrite|OCreate)
	mustOK(t, err)
	if st, err := f.Stat(f.Root(), "nowhere", false); err != nil || st.Kind != KindFile {
		t.Fatal(st, err)
	}
	wantErr(t, f.Symlink("x", f.Root(), "rel"), ErrExist)
	wantErr(t, f.Symlink("", f.Root(), "empty"), ErrNotExist)
	// unlink removes the link, not its target
	mustOK(t, f.Unlink(f.Root(), "rel"))
	if got := readFile(t, f, "d/f"); got != "data" {
		t.Fatal(got)
	}
	// a trailing slash follows a link to a directory
	if st, err := f.Stat(f.Root(), "abs/", false); err != nil || st.Kind != KindDir {
		t.Fatal(st, err)
	}
}

func TestConfined(t *testing.T) {
	f := newFS(t, 1<<20, true)
	base, err := f.MkdirAll(f.Root(), "pre")
	mustOK(t, err)
	mustOK(t, f.Mkdir(base, "sub"))
	writeFile2 := func(p string) {
		h, err := f.Open(base, p, OCreate|OWrite)
		mustOK(t, err)
		mustOK(t, h.Close())
	}
	writeFile2("sub/x")
	mustOK(t, f.Symlink("/etc", base, "abs"))
	mustOK(t, f.Symlink("../..", base, "sub/esc"))
	mustOK(t, f.Symlink("../sub/x", base, "sub/ok"))
	for _, p := range []string{"/pre", "..", "sub/../..", "abs", "sub/esc"} {
		_, err := f.Lookup(base, p, true)
		wantErr(t, err, ErrPerm)
	}
	if _, err := f.Lookup(base, "sub/../sub/ok", true); err != nil {
		t.Fatal(err)
	}
	// a handle opened below base confines to itself
	sub, _ := f.Lookup(base, "sub", true)
	_, err = f.Lookup(sub, "../sub", true)
	wantErr(t, err, ErrPerm)
}

func TestLimits(t *testing.T) {
	f, err := New(Options{Budget: 1 << 20, MaxName: 8, MaxPath: 32, MaxSymlinks: 2})
	mustOK(t, err)
	wantErr(t, f.Mkdir(f.Root(), "123456789"), ErrNameTooLong)
	_, err = f.Lookup(f.Root(), strings.Repeat("a/", 17), true)
	wantErr(t, err, ErrNameTooLong)
	mustOK(t, f.Symlink("b", f.Root(), "a"))
	mustOK(t, f.Symlink("c", f.Root(), "b"))
	mustOK(t, f.Symlink("d", f.Root(), "c"))
	mustOK(t, f.Mkdir(f.Root(), "d"))
	_, err = f.Lookup(f.Root(), "b", true)
	mustOK(t, err)
	_, err = f.Lookup(f.Root(), "a", true)
	wantErr(t, err, ErrLoop)
	_, err = New(Options{Budget: NodeOverhead - 1})
	wantErr(t, err, ErrNoSpace)
}

func TestHardLinks(t *testing.T) {
	f := newFS(t, 1<<20, false)
	writeFile(t, f, "a", "one")
	mustOK(t, f.Mkdir(f.Root(), "d"))
	mustOK(t, f.Link(f.Root(), "a", true, f.Root(), "b"))
	wantErr(t, f.Link(f.Root(), "d", true, f.Root(), "e"), ErrPerm)
	wantErr(t, f.Link(f.Root(), "a", true, f.Root(), "b"), ErrExist)
	writeFile(t, f, "b", "two")
	if got := readFile(t, f, "a"); got != "two" {
		t.Fatalf("link shares data: %q", got)
	}
	used := f.Used()
	mustOK(t, f.Unlink(f.Root(), "a"))
	if got := used - f.Used(); got != entryCost("a") {
		t.Fatalf("unlink of one link released %d", got)
	}
}

func TestBudget(t *testing.T) {
	const budget = 4096
	f := newFS(t, budget, false)
	start := f.Used()
	if start != NodeOverhead {
		t.Fatalf("empty fs uses %d", start)
	}
	h, err := f.Open(f.Root(), "f", OWrite|OCreate)
	mustOK(t, err)
	if f.Used() != start+NodeOverhead+entryCost("f")+HandleOverhead {
		t.Fatalf("file creation charged %d", f.Used()-start)
	}
	room := budget - f.Used()
	_, err = h.Write(make([]byte, room+1))
	wantErr(t, err, ErrNoSpace)
	if st, _ := h.Stat(); st.Size != 0 {
		t.Fatalf("failed write left %d bytes", st.Size)
	}
	if _, err := h.Write(make([]byte, room)); err != nil {
		t.Fatal(err)
	}
	if f.Used() != budget {
		t.Fatalf("used %d", f.Used())
	}
	wantErr(t, f.Mkdir(f.Root(), "d"), ErrNoSpace)
	wantErr(t, h.Truncate(room+1), ErrNoSpace)
	mustOK(t, h.Truncate(0))
	mustOK(t, f.Mkdir(f.Root(), "d"))

	// An unlinked file's bytes stay charged until its last handle closes.
	_, _ = h.Write(make([]byte, 100))
	before := f.Used()
	mustOK(t, f.Unlink(f.Root(), "f"))
	if f.Used() != before-entryCost("f") {
		t.Fatalf("unlink of an open file released %d", before-f.Used())
	}
	mustOK(t, h.Close())
	if f.Used() != start+NodeOverhead+entryCost("d") {
		t.Fatalf("after close used %d", f.Used())
	}
	// A listing counts while a handle holds it.
	d, err := f.Open(f.Root(), "/", ORead)
	mustOK(t, err)
	before = f.Used()
	_, err = d.ReadDir(0)
	mustOK(t, err)
	if f.Used() != before+3*SnapshotEntryCost {
		t.Fatalf("listing of 3 entries charged %d", f.Used()-before)
	}
	mustOK(t, d.Close())
	if f.Used() != start+NodeOverhead+entryCost("d") {
		t.Fatalf("after closing the listing used %d", f.Used())
	}
	if f.used+f.slack > budget+budget/8 {
		t.Fatalf("slack %d beyond the budget", f.slack)
	}
}

func TestReadOnlySeed(t *testing.T) {
	src := fstest.MapFS{
		"b.txt":        {Data: []byte("bee")},
		"a.txt":        {Data: []byte("ay")},
		"sub/deep.txt": {Data: []byte("deep")},
		"link":         {Data: []byte("a.txt"), Mode: fs.ModeSymlink},
	}
	f := newFS(t, 1<<20, false)
	ro, err := f.MkdirAll(f.Root(), "/ro/x")
	mustOK(t, err)
	mustOK(t, f.Seed(ro, src, true))
	if got := readFile(t, f, "ro/x/link"); got != "ay" {
		t.Fatalf("link: %q", got)
	}
	_, err = f.Open(ro, "a.txt", OWrite)
	wantErr(t, err, ErrReadOnly)
	_, err = f.Open(ro, "new", OWrite|OCreate)
	wantErr(t, err, ErrReadOnly)
	wantErr(t, f.Unlink(ro, "a.txt"), ErrReadOnly)
	wantErr(t, f.Rename(ro, "a.txt", f.Root(), "a"), ErrReadOnly)
	if !errors.Is(f.Unlink(ro, "a.txt"), fs.ErrPermission) {
		t.Fatal("ErrReadOnly is not fs.ErrPermission")
	}
	// inode numbers in lexical order: a.txt, b.txt, link, sub, sub/deep.txt
	var inos []uint64
	for _, p := range []string{"a.txt", "b.txt", "link", "sub", "sub/deep.txt"} {
		st, err := f.Stat(ro, p, false)
		mustOK(t, err)
		inos = append(inos, st.Ino)
	}
	if !slices.IsSorted(inos) {
		t.Fatalf("inodes %v", inos)
	}
}

func TestSeedHostDirCopyOnWrite(t *testing.T) {
	host := t.TempDir()
	mustOK(t, os.WriteFile(filepath.Join(host, "in.txt"), []byte("original"), 0o644))
	mustOK(t, os.Mkdir(filepath.Join(host, "d"), 0o755))
	mustOK(t, os.Symlink("../in.txt", filepath.Join(host, "d", "l")))
	f := newFS(t, 1<<20, true)
	mnt, err := f.MkdirAll(f.Root(), "data")
	mustOK(t, err)
	mustOK(t, f.Seed(mnt, os.DirFS(host), false))

	h, err := f.Open(mnt, "d/l", ORead|OWrite|OTrunc)
	mustOK(t, err)
	_, _ = h.Write([]byte("changed"))
	mustOK(t, h.Close())
	mustOK(t, f.Mkdir(mnt, "new"))
	mustOK(t, f.Unlink(mnt, "d/l"))
	if got := readFile(t, f, "data/in.txt"); got != "changed" {
		t.Fatalf("guest copy: %q", got)
	}
	if b, _ := os.ReadFile(filepath.Join(host, "in.txt")); string(b) != "original" {
		t.Fatalf("host file changed: %q", b)
	}
	if _, err := os.Lstat(filepath.Join(host, "d", "l")); err != nil {
		t.Fatal("host symlink removed")
	}
	if _, err := os.Stat(filepath.Join(host, "new")); err == nil {
		t.Fatal("host dir written")
	}

	// Too big for the budget: fails before reading.
	small := newFS(t, 400, false)
	err = small.Seed(small.Root(), os.DirFS(host), false)
	wantErr(t, err, ErrNoSpace)
}

// TestSeedDeterministic: the same tree seeded from two host directories
// with different times and creation order gives identical metadata.
func TestSeedDeterministic(t *testing.T) {
	snapshot := func(order []string) string {
		host := t.TempDir()
		for _, n := range order {
			mustOK(t, os.WriteFile(filepath.Join(host, n), []byte(n), 0o600))
		}
		f := newFS(t, 1<<20, true)
		mustOK(t, f.Seed(f.Root(), os.DirFS(host), false))
		var b bytes.Buffer
		h, err := f.OpenNode(f.Root(), ORead)
		mustOK(t, err)
		ents, _ := h.ReadDir(0)
		for _, e := range ents {
			st, _ := f.Stat(f.Root(), e.Name, false)
			b.WriteString(e.Name)
			b.WriteByte(' ')
			b.WriteString(strings.Repeat("*", int(st.Ino)))
			b.WriteString(string(rune('0' + st.Mtime%10)))
			b.WriteByte('\n')
		}
		return b.String()
	}
	a := snapshot([]string{"x", "y", "z"})
	b := snapshot([]string{"z", "x", "y"})
	if a != b {
		t.Fatalf("seeding depends on the host:\n%s\n%s", a, b)
	}
}

func TestPathOf(t *testing.T) {
	f := newFS(t, 1<<20, false)
	d, err := f.MkdirAll(f.Root(), "/a/b/c")
	mustOK(t, err)
	if p, err := f.PathOf(d); p != "/a/b/c" || err != nil {
		t.Fatal(p, err)
	}
	if p, _ := f.PathOf(f.Root()); p != "/" {
		t.Fatal(p)
	}
	mustOK(t, f.Rename(f.Root(), "/a/b", f.Root(), "/x"))
	if p, _ := f.PathOf(d); p != "/x/c" {
		t.Fatal(p)
	}
	mustOK(t, f.Rmdir(f.Root(), "/x/c"))
	_, err = f.PathOf(d)
	wantErr(t, err, ErrNotExist)
}

func TestErrnoMapping(t *testing.T) {
	seen := map[int]Errno{}
	for e := ErrNotExist; e <= ErrXDev; e++ {
		if e.Error() == "unknown error" || e.Linux() == 5 {
			t.Fatalf("errno %d lacks a text or a Linux number", e)
		}
		if prev, ok := seen[e.Linux()]; ok {
			t.Fatalf("%v and %v map to one Linux errno", prev, e)
		}
		seen[e.Linux()] = e
	}
	if ErrNotExist.Linux() != 2 || ErrNoSpace.Linux() != 28 || Errno(200).Linux() != 5 {
		t.Fatal("Linux numbers")
	}
	if Code(nil) != 0 || Code(&PathError{Op: "x", Path: "y", Err: ErrLoop}) != ErrLoop {
		t.Fatal("Code")
	}
}
