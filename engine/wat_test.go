package engine

import (
	"testing"

	"github.com/bytecodealliance/wasmtime-go/v44"
)

// Crafted modules, one per behaviour under test. Each imports only what it
// needs from wasi_snapshot_preview1.
const (
	watFdWrite  = `(import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))`
	watFdRead   = `(import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))`
	watProcExit = `(import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))`
)

var fixtures = map[string]string{
	"hello": `(module ` + watFdWrite + `
  (memory (export "memory") 1)
  (data (i32.const 16) "hello\n")
  (func (export "_start")
    (i32.store (i32.const 0) (i32.const 16))
    (i32.store (i32.const 4) (i32.const 6))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))`,

	// echo copies stdin to stdout in 4 KiB chunks.
	"echo": `(module ` + watFdWrite + watFdRead + `
  (memory (export "memory") 1)
  (func (export "_start") (local $n i32)
    (loop $l
      (i32.store (i32.const 0) (i32.const 1024))
      (i32.store (i32.const 4) (i32.const 4096))
      (drop (call $fd_read (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 8)))
      (local.set $n (i32.load (i32.const 8)))
      (if (i32.gt_u (local.get $n) (i32.const 0))
        (then
          (i32.store (i32.const 4) (local.get $n))
          (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
          (br $l))))))`,

	"loop": `(module (memory (export "memory") 1) (func (export "_start") (loop $l (br $l))))`,

	// membomb grows memory a page at a time until refused, then traps.
	"membomb": `(module (memory (export "memory") 1)
  (func (export "_start")
    (loop $l (br_if $l (i32.ne (memory.grow (i32.const 1)) (i32.const -1))))
    unreachable))`,

	"recurse": `(module (memory (export "memory") 1)
  (func $f (param i64) (result i64) (i64.add (call $f (i64.add (local.get 0) (i64.const 1))) (i64.const 1)))
  (func (export "_start") (drop (call $f (i64.const 0)))))`,

	// bigout writes 64 KiB of zeros forever, ignoring errors.
	"bigout": `(module ` + watFdWrite + `
  (memory (export "memory") 2)
  (func (export "_start")
    (i32.store (i32.const 0) (i32.const 1024))
    (i32.store (i32.const 4) (i32.const 65536))
    (loop $l (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8))) (br $l))))`,

	"unknownimport": `(module (import "env" "launch_missiles" (func))
  (memory (export "memory") 1) (func (export "_start") (call 0)))`,

	"badsig": `(module (import "wasi_snapshot_preview1" "fd_write" (func (param i32)))
  (memory (export "memory") 1) (func (export "_start")))`,

	"nostart": `(module (memory (export "memory") 1) (func (export "main")))`,

	"exit3": `(module ` + watProcExit + `
  (memory (export "memory") 1) (func (export "_start") (call $proc_exit (i32.const 3))))`,

	"exit0": `(module ` + watProcExit + `
  (memory (export "memory") 1) (func (export "_start") (call $proc_exit (i32.const 0))))`,

	"divzero": `(module (memory (export "memory") 1)
  (func (export "_start") (drop (i32.div_u (i32.const 1) (i32.const 0)))))`,

	"oob": `(module (memory (export "memory") 1)
  (func (export "_start") (drop (i32.load (i32.const 70000)))))`,

	// entropy writes 32 random bytes, then realtime and monotonic clock
	// readings, then the result of a 1 s sleep measured on the monotonic
	// clock (via poll_oneoff), to stdout.
	"entropy": `(module ` + watFdWrite + `
  (import "wasi_snapshot_preview1" "random_get" (func $random_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "clock_time_get" (func $clock (param i32 i64 i32) (result i32)))
  (import "wasi_snapshot_preview1" "poll_oneoff" (func $poll (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "_start")
    (drop (call $random_get (i32.const 100) (i32.const 32)))
    (drop (call $clock (i32.const 0) (i64.const 1) (i32.const 132)))
    (drop (call $clock (i32.const 1) (i64.const 1) (i32.const 140)))
    ;; subscription at 200: userdata 7, tag clock, id monotonic, timeout 1e9 relative
    (i64.store (i32.const 200) (i64.const 7))
    (i32.store8 (i32.const 208) (i32.const 0))
    (i32.store (i32.const 216) (i32.const 1))
    (i64.store (i32.const 224) (i64.const 1000000000))
    (drop (call $poll (i32.const 200) (i32.const 300) (i32.const 1) (i32.const 148)))
    (drop (call $clock (i32.const 1) (i64.const 1) (i32.const 152)))
    (i32.store (i32.const 0) (i32.const 100))
    (i32.store (i32.const 4) (i32.const 60))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))`,

	// nan divides 0.0 by 0.0 and writes the f32 and f64 bit patterns.
	"nan": `(module ` + watFdWrite + `
  (memory (export "memory") 1)
  (func $z32 (result f32) (f32.const 0))
  (func $z64 (result f64) (f64.const 0))
  (func (export "_start")
    (f32.store (i32.const 100) (f32.div (call $z32) (call $z32)))
    (f64.store (i32.const 104) (f64.sqrt (f64.sub (call $z64) (f64.const 1))))
    (i32.store (i32.const 0) (i32.const 100))
    (i32.store (i32.const 4) (i32.const 12))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))`,

	// hostspin reads the clock forever: host calls must cost fuel, or this
	// would end in a (non-deterministic) timeout instead of out-of-fuel.
	"hostspin": `(module
  (import "wasi_snapshot_preview1" "clock_time_get" (func $clock (param i32 i64 i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "_start") (loop $l (drop (call $clock (i32.const 1) (i64.const 1) (i32.const 0))) (br $l))))`,

	// statspin asks fd_fdstat_get forever: every WASI call must cost fuel.
	"statspin": `(module
  (import "wasi_snapshot_preview1" "fd_fdstat_get" (func $st (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "_start") (loop $l (drop (call $st (i32.const 1) (i32.const 64))) (br $l))))`,

	"bigtable": `(module (memory (export "memory") 1) (table 2000000 funcref) (func (export "_start")))`,

	"bigmem": `(module (memory (export "memory") 1000) (func (export "_start")))`,
}

func wasm(t testing.TB, name string) []byte {
	t.Helper()
	src, ok := fixtures[name]
	if !ok {
		t.Fatalf("no fixture %q", name)
	}
	b, err := wasmtime.Wat2Wasm(src)
	if err != nil {
		t.Fatalf("wat2wasm %s: %v", name, err)
	}
	return b
}
