package engine

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bytecodealliance/wasmtime-go/v44"
)

// The scratch file system seen from real guests: testdata/fsguest (C,
// wasi-libc) and the Go guest's "files" mode.

var fsGuest struct {
	once sync.Once
	wasm []byte
	err  string
}

// fsGuestWasm builds testdata/fsguest/main.c with clang for wasm32-wasi
// (the toolchain `make deps` installs, see mk/engine.mk), once per test
// binary; without that toolchain the tests skip.
func fsGuestWasm(t *testing.T) []byte {
	t.Helper()
	fsGuest.once.Do(func() {
		cc := os.Getenv("WASI_CC")
		if cc == "" {
			cc = "clang"
		}
		if _, err := exec.LookPath(cc); err != nil {
			fsGuest.err = cc + " not found"
			return
		}
		if _, err := os.Stat("/usr/include/wasm32-wasi"); err != nil {
			fsGuest.err = "wasi-libc (/usr/include/wasm32-wasi) missing"
			return
		}
		dir, err := os.MkdirTemp("", "fsguest-")
		if err != nil {
			fsGuest.err = err.Error()
			return
		}
		defer os.RemoveAll(dir)
		out := filepath.Join(dir, "fsguest.wasm")
		cmd := exec.Command(cc, "--target=wasm32-wasi", "-O2", "-Wall", "-Werror", "-o", out, filepath.Join("testdata", "fsguest", "main.c"))
		if b, err := cmd.CombinedOutput(); err != nil {
			fsGuest.err = "clang failed: " + err.Error() + "\n" + string(b)
			return
		}
		fsGuest.wasm, err = os.ReadFile(out)
		if err != nil {
			fsGuest.err = err.Error()
		}
	})
	if fsGuest.wasm == nil {
		if strings.HasPrefix(fsGuest.err, "clang failed") {
			t.Fatal(fsGuest.err)
		}
		t.Skipf("cannot build the C test guest: %s (run `make engine-toolchain-check`, `make deps`)", fsGuest.err)
	}
	return fsGuest.wasm
}

func fsLimits() Limits {
	return Limits{Fuel: 1 << 40, MemoryBytes: 8 << 20, Timeout: time.Minute, MaxOutput: 1 << 20}
}

func runFS(t *testing.T, e *Engine, mode string, mounts ...Mount) Result {
	t.Helper()
	res := run(t, e, Request{Module: fsGuestWasm(t), Args: []string{mode}, Mounts: mounts, Limits: fsLimits(), Timestamp: 1_700_000_000})
	if res.Status != StatusOK {
		t.Fatalf("%s: status %s (%s)\nstdout:\n%s\nstderr:\n%s", mode, res.Status, res.Message, res.Output, res.Stderr)
	}
	return res
}

// wantLines checks that every line of want appears in out, in order.
func wantLines(t *testing.T, out string, want ...string) {
	t.Helper()
	rest := out
	for _, w := range want {
		i := strings.Index(rest, w+"\n")
		if i < 0 {
			t.Fatalf("missing (or out of order) %q in output:\n%s", w, out)
		}
		rest = rest[i+len(w):]
	}
}

func TestScratchBasic(t *testing.T) {
	e := newEngine(t, Config{})
	res := runFS(t, e, "basic")
	out := string(res.Output)
	wantLines(t, out,
		"open excl: ok",
		"tell after write: 11",
		"seek end-5: 6",
		"read: 5 [world]",
		"read at eof: 0",
		"seek negative: errno 28",
		"pread: 7 6c 64 00 00 00 00 21",
		"tell after pread: 11",
		"ftruncate 6: ok",
		"open excl again: errno 20",
		"open missing: errno 44",
		"after append: 8 68 65 6c 6c 00 00 41 42",
		"write to read-only fd: errno 8",
		"cat /tmp/a.txt: 1 [h]",
		"mkdir d again: errno 20",
		"list /tmp/d: .(4,3) ..(2,3) Mid(7,4) _x(9,4) alpha(6,4) beta(8,4) sub(10,3) zeta(5,4)",
		"rmdir non-empty: errno 55",
		"rmdir file: errno 54",
		"unlink dir: errno 31",
		"rename replace: ok",
		"cat /tmp/d/omega: 4 [beta]",
		"rename dir into itself: errno 28",
		"rename dir over file: errno 54",
		"unlink again: errno 44",
		"list /tmp/d: .(4,3) ..(2,3) Mid(7,4) _x(9,4) omega(8,4)",
		"readlink: 7 [d/omega]",
		"cat /tmp/link: 4 [beta]",
		"open loop: errno 32",
		"open nofollow: errno 32",
		"cat /tmp/hard: 4 [beta]",
		"dangling: errno 44",
		"utimensat: ok",
	)
	// Times come from the virtual clock (Timestamp, plus 1 µs per clock read).
	if !strings.Contains(out, "mtime=200.000000007 atime=100.000000005") {
		t.Fatalf("utimensat times not read back:\n%s", out)
	}
	if !strings.Contains(out, "stat /tmp/a.txt: ino=3 mode=100000 nlink=1 size=6 mtime=1700000000.") {
		t.Fatalf("stat of a.txt:\n%s", out)
	}
	// Same request, same bytes and fuel.
	again := runFS(t, e, "basic")
	if !bytes.Equal(again.Output, res.Output) || again.FuelUsed != res.FuelUsed {
		t.Fatalf("two runs differ: fuel %d vs %d\n%s\n---\n%s", res.FuelUsed, again.FuelUsed, res.Output, again.Output)
	}
}

// makeMount writes the same tree into a fresh host directory, in the given
// order and with the given modification time.
func makeMount(t *testing.T, order []string, mtime time.Time) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{"in.txt": "mounted input", "sub/deep.txt": "deep", "a.txt": "a"}
	for _, name := range order {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(files[name]), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, mtime, mtime); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestScratchMount(t *testing.T) {
	e := newEngine(t, Config{})
	h1 := makeMount(t, []string{"in.txt", "sub/deep.txt", "a.txt"}, time.Unix(1_000_000, 0))
	h2 := makeMount(t, []string{"a.txt", "sub/deep.txt", "in.txt"}, time.Unix(2_000_000_000, 0))
	r1 := runFS(t, e, "mount", Mount{HostDir: h1, GuestDir: "/data"})
	r2 := runFS(t, e, "mount", Mount{HostDir: h2, GuestDir: "/data"})
	if !bytes.Equal(r1.Output, r2.Output) || r1.FuelUsed != r2.FuelUsed {
		t.Fatalf("host metadata leaked into the guest:\n%s\n---\n%s", r1.Output, r2.Output)
	}
	wantLines(t, string(r1.Output),
		"cat /data/in.txt: 13 [mounted input]",
		"cat /data/sub/deep.txt: 4 [deep]",
		"overwrite mounted file: ok",
		"create in mount: ok",
		"remove mounted file: ok",
		"cat /data/in.txt: 20 [changed by the guest]",
		"list /data/sub: .(5,3) ..(2,3)",
	)
	// The host directories are untouched.
	for _, h := range []string{h1, h2} {
		if b, err := os.ReadFile(filepath.Join(h, "in.txt")); err != nil || string(b) != "mounted input" {
			t.Fatalf("host file changed: %q %v", b, err)
		}
		if _, err := os.Stat(filepath.Join(h, "sub", "deep.txt")); err != nil {
			t.Fatalf("host file removed: %v", err)
		}
		if _, err := os.Stat(filepath.Join(h, "new.txt")); err == nil {
			t.Fatal("guest file written to the host")
		}
	}
}

func TestScratchTmpDiscarded(t *testing.T) {
	e := newEngine(t, Config{})
	for i := 0; i < 2; i++ {
		out := string(runFS(t, e, "tmp").Output)
		wantLines(t, out, "list /tmp: .(2,3) ..(1,3)", "cat /tmp/marker: errno 44", "leave marker: ok")
	}
	// With a mount, /tmp is still there and still empty, after the mount.
	out := string(runFS(t, e, "tmp", Mount{HostDir: t.TempDir(), GuestDir: "/data"}).Output)
	wantLines(t, out, "list /tmp: .(3,3) ..(1,3)", "cat /tmp/marker: errno 44")
}

func TestScratchBudget(t *testing.T) {
	e := newEngine(t, Config{})
	res := runFS(t, e, "fill")
	out := string(res.Output)
	wantLines(t, out, "truncate frees: ok", "write at the old offset: errno 51", "write after truncate: ok", "malloc 1 MiB with the files full: NULL")
	if !strings.Contains(out, "errno 51 (ENOSPC=51)") {
		t.Fatalf("no ENOSPC:\n%s", out)
	}
	// Linear memory plus files stayed within the limit.
	if res.MemoryBytes >= fsLimits().MemoryBytes-6<<20 {
		t.Fatalf("linear memory %d although the files held most of the limit", res.MemoryBytes)
	}
	again := runFS(t, e, "fill")
	if !bytes.Equal(again.Output, res.Output) || again.FuelUsed != res.FuelUsed {
		t.Fatal("filling the budget is not deterministic")
	}

	// A mount larger than the memory limit: out-of-memory, deterministically.
	big := t.TempDir()
	if err := os.WriteFile(filepath.Join(big, "blob"), make([]byte, 9<<20), 0o644); err != nil {
		t.Fatal(err)
	}
	r := run(t, e, Request{Module: fsGuestWasm(t), Args: []string{"tmp"}, Mounts: []Mount{{HostDir: big, GuestDir: "/data"}}, Limits: fsLimits()})
	if r.Status != StatusOutOfMemory {
		t.Fatalf("oversized mount: %s %s", r.Status, r.Message)
	}
}

func TestScratchGoGuest(t *testing.T) {
	e := newEngine(t, Config{})
	host := makeMount(t, []string{"in.txt", "sub/deep.txt", "a.txt"}, time.Unix(5, 0))
	req := Request{Module: readGoGuest(t), Args: []string{"files"}, Mounts: []Mount{{HostDir: host, GuestDir: "/data"}},
		Limits: Limits{Fuel: 1 << 40, MemoryBytes: 256 << 20, Timeout: time.Minute, MaxOutput: 1 << 20}}
	res := run(t, e, req)
	if res.Status != StatusOK {
		t.Fatalf("%s %s\n%s\n%s", res.Status, res.Message, res.Output, res.Stderr)
	}
	wantLines(t, string(res.Output),
		"walk /data: . a.txt in.txt sub sub/deep.txt <nil>",
		"read /data/in.txt: mounted input",
		"tmp: [b c d]",
		"renamed: hello",
		"readlink: c/x",
		"stat: 5 -rw------- 1970-01-01T00:00:00.000006Z",
		"appended: hello world",
		"many: 300 f000 f299",
		"removeall: ok",
		"tmp after: []",
	)
	again := run(t, e, req)
	if !bytes.Equal(again.Output, res.Output) || again.FuelUsed != res.FuelUsed {
		t.Fatal("Go guest's file use is not deterministic")
	}
}

// TestScratchMirrorsWasmtime runs the C guest's probe (errnos, rights and
// sizes of edge cases: file calls on directories, trailing slashes, links
// escaping the preopen, dangling links, read-only descriptors, ...) on our
// WASI and on wasmtime's own, given a writable preopen, and compares them
// line by line. The differences that remain are deliberate.
func TestScratchMirrorsWasmtime(t *testing.T) {
	wasm := fsGuestWasm(t)
	deliberate := map[string]string{
		"filestat f/":         "wasmtime stats a file named with a trailing slash; POSIX (and we) say ENOTDIR",
		"nlink e":             "a directory's size is the host's in wasmtime, 0 here",
		"readdir":             "wasmtime lists in host order, we in name order",
		"readdir from cookie": "follows from the order",
	}
	lines := func(out []byte) map[string]string {
		m := map[string]string{}
		for _, l := range strings.Split(string(out), "\n") {
			if k, v, ok := strings.Cut(l, ":"); ok {
				m[k] = v
			}
		}
		return m
	}

	eng := wasmtime.NewEngine()
	defer eng.Close()
	mod, err := wasmtime.NewModule(eng, wasm)
	if err != nil {
		t.Fatal(err)
	}
	l := wasmtime.NewLinker(eng)
	if err := l.DefineWasi(); err != nil {
		t.Fatal(err)
	}
	store := wasmtime.NewStore(eng)
	wc := wasmtime.NewWasiConfig()
	wc.SetArgv([]string{"fsguest", "probe", "/data"})
	if err := wc.PreopenDir(t.TempDir(), "/data", wasmtime.DIR_READ|wasmtime.DIR_WRITE, wasmtime.FILE_READ|wasmtime.FILE_WRITE); err != nil {
		t.Fatal(err)
	}
	outFile := filepath.Join(t.TempDir(), "stdout")
	if err := wc.SetStdoutFile(outFile); err != nil {
		t.Fatal(err)
	}
	store.SetWasi(wc)
	inst, err := l.Instantiate(store, mod)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := inst.GetFunc(store, "_start").Call(store); err != nil {
		var we *wasmtime.Error
		if code, ok := exitStatus(err, &we); !ok || code != 0 {
			t.Fatalf("wasmtime run: %v", err)
		}
	}
	store.Close()
	theirsOut, err := os.ReadFile(outFile)
	if err != nil {
		t.Fatal(err)
	}
	theirs := lines(theirsOut)
	if len(theirs) < 100 {
		t.Fatalf("wasmtime's probe output is short:\n%s", theirsOut)
	}

	e := newEngine(t, Config{})
	res := runFS(t, e, "probe", Mount{HostDir: t.TempDir(), GuestDir: "/data"})
	ours := lines(res.Output)
	for k, want := range theirs {
		if _, ok := deliberate[k]; ok {
			continue
		}
		if got, ok := ours[k]; !ok || got != want {
			t.Errorf("%s: ours %q, wasmtime %q", k, got, want)
		}
	}
	for k := range ours {
		if _, ok := theirs[k]; !ok && deliberate[k] == "" {
			t.Errorf("%s: only in our output", k)
		}
	}
}

// exitStatus reports the proc_exit code inside err, if any.
func exitStatus(err error, we **wasmtime.Error) (int32, bool) {
	if errors.As(err, we) {
		return (*we).ExitStatus()
	}
	return 0, false
}

// fsspin creates and removes a directory in /tmp (fd 3) forever: the file
// calls cost fuel, so it ends out-of-fuel, never in a timeout.
func init() {
	fixtures["fsspin"] = `(module
  (import "wasi_snapshot_preview1" "path_create_directory" (func $mk (param i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_remove_directory" (func $rm (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "d")
  (func (export "_start")
    (loop $l
      (drop (call $mk (i32.const 3) (i32.const 16) (i32.const 1)))
      (drop (call $rm (i32.const 3) (i32.const 16) (i32.const 1)))
      (br $l))))`
}

func TestScratchFuelAndMounts(t *testing.T) {
	e := newEngine(t, Config{})
	lim := Limits{Fuel: 1_000_000, MemoryBytes: 1 << 20, Timeout: time.Minute, MaxOutput: 1 << 10}
	r1 := run(t, e, Request{Module: wasm(t, "fsspin"), Limits: lim})
	r2 := run(t, e, Request{Module: wasm(t, "fsspin"), Limits: lim})
	if r1.Status != StatusOutOfFuel || r1.FuelUsed != lim.Fuel || r2.Status != r1.Status {
		t.Fatalf("fsspin: %s fuel %d, %s", r1.Status, r1.FuelUsed, r2.Status)
	}

	// Mounts the scratch tree cannot lay out are refused, not run.
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "x"), []byte("file"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, ms := range [][]Mount{
		{{HostDir: dir, GuestDir: "/data"}, {HostDir: dir, GuestDir: "data/"}},
		{{HostDir: dir, GuestDir: "/data"}, {HostDir: dir, GuestDir: "/data/x/y"}},
		{{HostDir: dir, GuestDir: "/x"}, {HostDir: dir, GuestDir: "/"}},
		{{HostDir: dir, GuestDir: ""}},
	} {
		_, err := e.Run(context.Background(), Request{Module: wasm(t, "hello"), Mounts: ms, Limits: lim})
		if !IsRefusal(err) {
			t.Fatalf("mounts %v: %v, want a refusal", ms, err)
		}
	}
	// A host directory that cannot be read is host trouble, not a result.
	_, err := e.Run(context.Background(), Request{Module: wasm(t, "hello"), Mounts: []Mount{{HostDir: filepath.Join(dir, "missing"), GuestDir: "/d"}}, Limits: lim})
	if err == nil || IsRefusal(err) {
		t.Fatalf("missing host dir: %v", err)
	}
}

// truncspin grows a file in /tmp to 4 MiB and back to 0 forever: the
// zero-filling is host work the guest must pay for, so it ends out-of-fuel
// after a bounded number of rounds.
func init() {
	fixtures["truncspin"] = `(module
  (import "wasi_snapshot_preview1" "path_open" (func $open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_filestat_set_size" (func $size (param i32 i64) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "f")
  (func (export "_start")
    (local $fd i32)
    (drop (call $open (i32.const 3) (i32.const 0) (i32.const 16) (i32.const 1) (i32.const 1)
      (i64.const 0x400000) (i64.const 0) (i32.const 0) (i32.const 32)))
    (local.set $fd (i32.load (i32.const 32)))
    (loop $l
      (drop (call $size (local.get $fd) (i64.const 0x400000)))
      (drop (call $size (local.get $fd) (i64.const 0)))
      (br $l))))`
}

func TestScratchHostWorkIsCharged(t *testing.T) {
	e := newEngine(t, Config{})
	// 1e6 fuel pays for about 16 MB of zeroing: a handful of rounds.
	lim := Limits{Fuel: 1_000_000, MemoryBytes: 8 << 20, Timeout: time.Minute, MaxOutput: 1 << 10}
	r := run(t, e, Request{Module: wasm(t, "truncspin"), Limits: lim})
	if r.Status != StatusOutOfFuel {
		t.Fatalf("truncspin: %s %s", r.Status, r.Message)
	}
}

// growall grows memory to exactly 32 pages (2 MiB) and writes memory.grow's
// result as one byte: 1 (the old size) when granted.
func init() {
	fixtures["growall"] = `(module
  (import "wasi_snapshot_preview1" "fd_write" (func $w (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "_start")
    (i32.store8 (i32.const 100) (memory.grow (i32.const 31)))
    (i32.store (i32.const 0) (i32.const 100)) (i32.store (i32.const 4) (i32.const 1))
    (drop (call $w (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))`
}

// TestScratchSkeletonIsFree: the empty file system (root, /tmp, its handle)
// takes nothing from the memory limit, so a guest that uses no files can
// still grow its memory to exactly the limit, as before files existed.
func TestScratchSkeletonIsFree(t *testing.T) {
	e := newEngine(t, Config{})
	r := run(t, e, Request{Module: wasm(t, "growall"), Limits: Limits{Fuel: 1 << 20, MemoryBytes: 2 << 20, Timeout: time.Minute, MaxOutput: 16}})
	if r.Status != StatusOK || string(r.Output) != "\x01" || r.MemoryBytes != 2<<20 {
		t.Fatalf("%s %q memory %d", r.Status, r.Output, r.MemoryBytes)
	}
}

// stdiomove renumbers stdout onto a file's descriptor in /tmp, writes
// "ok" through the new number, then the errno of a write to fd 1 (now
// closed) as one byte.
func init() {
	fixtures["stdiomove"] = `(module
  (import "wasi_snapshot_preview1" "path_open" (func $open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_renumber" (func $renumber (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $w (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "f")
  (data (i32.const 32) "ok")
  (func (export "_start")
    (local $fd i32)
    (drop (call $open (i32.const 3) (i32.const 0) (i32.const 16) (i32.const 1) (i32.const 1)
      (i64.const 64) (i64.const 0) (i32.const 0) (i32.const 200)))
    (local.set $fd (i32.load (i32.const 200)))
    (drop (call $renumber (i32.const 1) (local.get $fd)))
    (i32.store (i32.const 0) (i32.const 32)) (i32.store (i32.const 4) (i32.const 2))
    (drop (call $w (local.get $fd) (i32.const 0) (i32.const 1) (i32.const 8)))
    (i32.store8 (i32.const 40) (call $w (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
    (i32.store (i32.const 0) (i32.const 40)) (i32.store (i32.const 4) (i32.const 1))
    (drop (call $w (local.get $fd) (i32.const 0) (i32.const 1) (i32.const 8)))))`
}

func TestScratchRenumberStdio(t *testing.T) {
	e := newEngine(t, Config{})
	r := run(t, e, Request{Module: wasm(t, "stdiomove"), Limits: Limits{Fuel: 1 << 20, MemoryBytes: 1 << 20, Timeout: time.Minute, MaxOutput: 16}})
	if r.Status != StatusOK || string(r.Output) != "ok\x08" {
		t.Fatalf("%s %q", r.Status, r.Output)
	}
}
