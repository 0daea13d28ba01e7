package engine

import (
	"bytes"
	"encoding/binary"
	"strings"
	"testing"
)

// probeWAT calls WASI functions on stdio and on a descriptor that does not
// exist (9), records each errno as an i32 at 1000.., and writes memory
// [0, 1100) to stdout.
const probeWAT = `(module
  (import "wasi_snapshot_preview1" "fd_write" (func $w (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_fdstat_get" (func $st (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_filestat_get" (func $fst (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_prestat_get" (func $pst (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_seek" (func $seek (param i32 i64 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_fdstat_set_flags" (func $setfl (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_close" (func $close (param i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_open" (func $open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "sched_yield" (func $y (result i32)))
  (import "wasi_snapshot_preview1" "proc_raise" (func $raise (param i32) (result i32)))
  (import "wasi_snapshot_preview1" "sock_accept" (func $acc (param i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_read" (func $read (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $asz (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_get" (func $aget (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_sizes_get" (func $esz (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_get" (func $eget (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  (func $rec (param $at i32) (param $v i32) (i32.store (local.get $at) (local.get $v)))
  (func (export "_start")
    (call $rec (i32.const 1000) (call $st (i32.const 0) (i32.const 104)))
    (call $rec (i32.const 1004) (call $st (i32.const 1) (i32.const 128)))
    (call $rec (i32.const 1008) (call $st (i32.const 2) (i32.const 152)))
    (call $rec (i32.const 1012) (call $st (i32.const 9) (i32.const 176)))
    (call $rec (i32.const 1016) (call $fst (i32.const 0) (i32.const 200)))
    (call $rec (i32.const 1020) (call $fst (i32.const 1) (i32.const 264)))
    (call $rec (i32.const 1024) (call $pst (i32.const 9) (i32.const 336)))
    (call $rec (i32.const 1028) (call $seek (i32.const 0) (i64.const 0) (i32.const 1) (i32.const 344)))
    (call $rec (i32.const 1032) (call $setfl (i32.const 0) (i32.const 4)))
    (call $rec (i32.const 1036) (call $setfl (i32.const 1) (i32.const 4)))
    (call $rec (i32.const 1040) (call $open (i32.const 9) (i32.const 0) (i32.const 900) (i32.const 1) (i32.const 0) (i64.const 0) (i64.const 0) (i32.const 0) (i32.const 352)))
    (call $rec (i32.const 1044) (call $y))
    (call $rec (i32.const 1048) (call $raise (i32.const 1)))
    (call $rec (i32.const 1052) (call $acc (i32.const 0) (i32.const 0) (i32.const 360)))
    (call $rec (i32.const 1056) (call $close (i32.const 2)))
    (call $rec (i32.const 1060) (call $st (i32.const 2) (i32.const 400)))
    (call $rec (i32.const 1064) (call $close (i32.const 9)))
    ;; read stdin (4 bytes) into 500, via an iovec at 480
    (i32.store (i32.const 480) (i32.const 500)) (i32.store (i32.const 484) (i32.const 4))
    (call $rec (i32.const 1068) (call $read (i32.const 0) (i32.const 480) (i32.const 1) (i32.const 488)))
    (call $rec (i32.const 1072) (call $read (i32.const 1) (i32.const 480) (i32.const 1) (i32.const 488)))
    ;; args at 520.. (pointers) and 560.. (strings); env at 620.. and 660..
    (call $rec (i32.const 1076) (call $asz (i32.const 504) (i32.const 508)))
    (call $rec (i32.const 1080) (call $aget (i32.const 520) (i32.const 560)))
    (call $rec (i32.const 1084) (call $esz (i32.const 512) (i32.const 516)))
    (call $rec (i32.const 1088) (call $eget (i32.const 620) (i32.const 660)))
    (i32.store (i32.const 2000) (i32.const 0))
    (i32.store (i32.const 2004) (i32.const 1100))
    (drop (call $w (i32.const 1) (i32.const 2000) (i32.const 1) (i32.const 2008)))))`

// TestWASIAnswers pins what our WASI (no mounts) answers, and checks that
// wasmtime's WASI (used when a directory is mounted) answers the same, so a
// guest behaves alike on both paths.
func init() { fixtures["probe"] = probeWAT }

func TestWASIAnswers(t *testing.T) {
	e := newEngine(t, Config{})
	req := Request{Module: wasm(t, "probe"), Input: []byte("abcdef"), Args: []string{"x"}, Env: []string{"K=V"}}
	own := run(t, e, req)
	req.Mounts = []Mount{{HostDir: t.TempDir(), GuestDir: "/data"}}
	theirs := run(t, e, req)
	for _, r := range []Result{own, theirs} {
		if r.Status != StatusOK || len(r.Output) != 1100 {
			t.Fatalf("%s %s", r.Status, r.Message)
		}
	}
	errnos := func(o []byte) []uint32 {
		var out []uint32
		for i := 1000; i < 1092; i += 4 {
			out = append(out, binary.LittleEndian.Uint32(o[i:]))
		}
		return out
	}
	want := []uint32{0, 0, 0, 8, 0, 0, 8, 70, 8, 8, 8, 0, 58, 57, 0, 8, 8, 0, 8, 0, 0, 0, 0}
	if got := errnos(own.Output); !equalU32(got, want) {
		t.Fatalf("our errnos %v\nwant       %v", got, want)
	}
	if got := errnos(theirs.Output); !equalU32(got, want) {
		t.Fatalf("wasmtime errnos %v\nwant            %v", got, want)
	}
	// fdstat of 0, 1, 2 and filestat of 0, 1 are byte-identical.
	if !bytes.Equal(own.Output[104:176], theirs.Output[104:176]) || !bytes.Equal(own.Output[200:328], theirs.Output[200:328]) {
		t.Fatalf("stat structs differ:\n%x\n%x", own.Output[104:328], theirs.Output[104:328])
	}
	o := own.Output
	if string(o[500:504]) != "abcd" || binary.LittleEndian.Uint32(o[488:]) != 4 {
		t.Fatalf("stdin read %q", o[500:504])
	}
	if argc, size := binary.LittleEndian.Uint32(o[504:]), binary.LittleEndian.Uint32(o[508:]); argc != 2 || size != uint32(len(Argv0)+1+2) {
		t.Fatalf("args sizes %d %d", argc, size)
	}
	if p := binary.LittleEndian.Uint32(o[524:]); p != 560+uint32(len(Argv0))+1 || !strings.HasPrefix(string(o[560:]), Argv0+"\x00x\x00") {
		t.Fatalf("argv layout %d %q", p, o[560:580])
	}
	if !strings.HasPrefix(string(o[660:]), "K=V\x00") || binary.LittleEndian.Uint32(o[620:]) != 660 {
		t.Fatalf("environ layout %q", o[660:670])
	}
	if !bytes.Equal(own.Output[500:700], theirs.Output[500:700]) {
		t.Fatal("stdin/args/env differ between the two WASI implementations")
	}
}

func equalU32(a, b []uint32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
