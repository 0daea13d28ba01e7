package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestRunDirMount: `blockless run --dir HOST:GUEST` gives the guest a copy
// of HOST at GUEST (preopened as fd 3, /tmp being fd 4) that it can read
// and change, while HOST stays as it was.
func TestRunDirMount(t *testing.T) {
	// Opens in.txt in fd 3 and copies it to stdout, then creates out.txt
	// next to it and writes to it; records both errnos after the data.
	mod := watFile(t, `(module
  (import "wasi_snapshot_preview1" "path_open" (func $open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_read" (func $read (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 100) "in.txt")
  (data (i32.const 120) "out.txt")
  (func (export "_start")
    (local $fd i32)
    ;; open in.txt read-only (rights: fd_read)
    (drop (call $open (i32.const 3) (i32.const 1) (i32.const 100) (i32.const 6) (i32.const 0)
      (i64.const 2) (i64.const 0) (i32.const 0) (i32.const 200)))
    (local.set $fd (i32.load (i32.const 200)))
    (i32.store (i32.const 300) (i32.const 1000)) (i32.store (i32.const 304) (i32.const 1000))
    (drop (call $read (local.get $fd) (i32.const 300) (i32.const 1) (i32.const 308)))
    (i32.store (i32.const 304) (i32.load (i32.const 308)))
    (drop (call $write (i32.const 1) (i32.const 300) (i32.const 1) (i32.const 308)))
    ;; create out.txt (oflags creat, rights fd_write) and write the same bytes
    (drop (call $open (i32.const 3) (i32.const 1) (i32.const 120) (i32.const 7) (i32.const 1)
      (i64.const 64) (i64.const 0) (i32.const 0) (i32.const 200)))
    (drop (call $write (i32.load (i32.const 200)) (i32.const 300) (i32.const 1) (i32.const 308)))
    (i32.store (i32.const 300) (i32.const 308)) (i32.store (i32.const 304) (i32.const 4))
    (drop (call $write (i32.const 1) (i32.const 300) (i32.const 1) (i32.const 312)))))`)
	host := t.TempDir()
	if err := os.WriteFile(filepath.Join(host, "in.txt"), []byte("mounted"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, "", "run", "--cache-dir", "", "--dir", host+":/data", mod)
	// "mounted" then the 4-byte count of the write to out.txt (7).
	if code != 0 || out != "mounted\x07\x00\x00\x00" {
		t.Fatalf("exit %d out %q err %q", code, out, errOut)
	}
	if _, err := os.Stat(filepath.Join(host, "out.txt")); err == nil {
		t.Fatal("the guest's write reached the host directory")
	}
	if b, _ := os.ReadFile(filepath.Join(host, "in.txt")); string(b) != "mounted" {
		t.Fatalf("host file changed: %q", b)
	}
}
