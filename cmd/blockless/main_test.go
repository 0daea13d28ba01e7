package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bytecodealliance/wasmtime-go/v44"
)

// goTestWasm is testdata/gotest compiled with GOOS=wasip1 go test -c.
var goTestWasm string

func TestMain(m *testing.M) {
	os.Exit(func() int {
		dir, err := os.MkdirTemp("", "blockless-cli-test-")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		defer os.RemoveAll(dir)
		goTestWasm = filepath.Join(dir, "gotest.wasm")
		cmd := exec.Command("go", "test", "-c", "-o", goTestWasm, ".")
		cmd.Dir = filepath.Join("testdata", "gotest")
		cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm", "CGO_ENABLED=0", "GOWORK=off", "GOFLAGS=")
		if out, err := cmd.CombinedOutput(); err != nil {
			fmt.Fprintf(os.Stderr, "building the wasip1 go test binary failed (needs the go toolchain): %v\n%s", err, out)
			return 1
		}
		return m.Run()
	}())
}

func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var o, e bytes.Buffer
	code = realMain(append([]string{"blockless"}, args...), strings.NewReader(stdin), &o, &e)
	return code, o.String(), e.String()
}

func watFile(t *testing.T, src string) string {
	t.Helper()
	b, err := wasmtime.Wat2Wasm(src)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "m.wasm")
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRunGoTestBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles a Go test binary for wasip1 and runs it (tens of seconds): -short (make check) leaves it to make test")
	}
	cache := t.TempDir()
	code, out, errOut := runCLI(t, "", "run", "--cache-dir", cache, "--stats", goTestWasm, "-test.v")
	if code != 0 || !strings.Contains(out, "--- PASS: TestSleep") || !strings.HasSuffix(out, "PASS\n") {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
	if !strings.Contains(errOut, "status=ok") || !strings.Contains(errOut, "fuel=") || !strings.Contains(errOut, "peak_memory=") {
		t.Fatalf("--stats missing: %s", errOut)
	}
	// The program's own exit status comes back, and --env reaches it.
	code, out, _ = runCLI(t, "", "run", "--cache-dir", cache, "--env", "MAKE_IT_FAIL=1", goTestWasm, "-test.run", "TestFails")
	if code != 1 || !strings.Contains(out, "failing as asked") {
		t.Fatalf("exit %d, stdout:\n%s", code, out)
	}
}

// TestRunStdlibTestBinary runs the Go standard library's own strings tests,
// compiled for wasip1: a real program nobody here wrote, with its testdata
// copied in as the guest's root directory.
func TestRunStdlibTestBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles the standard library strings tests for wasip1 and runs them (tens of seconds): -short (make check) leaves it to make test")
	}
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatalf("go env GOROOT: %v", err)
	}
	src := filepath.Join(strings.TrimSpace(string(goroot)), "src", "strings")
	bin := filepath.Join(t.TempDir(), "strings.test.wasm")
	cmd := exec.Command("go", "test", "-c", "-o", bin, "strings")
	cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm", "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go test -c strings: %v\n%s", err, out)
	}
	// Tests, fuzz seed corpora and examples (which write temporary files,
	// in the guest's in-memory /tmp).
	code, out, errOut := runCLI(t, "", "run", "--cache-dir", "", "--fuel", "0", "--dir", src+":/", bin, "-test.short")
	if code != 0 || !strings.HasSuffix(out, "PASS\n") {
		t.Fatalf("exit %d\nstdout tail: %s\nstderr: %s", code, tail(out, 2000), tail(errOut, 2000))
	}
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

func TestRunStdinStdoutAndStatuses(t *testing.T) {
	echo := watFile(t, `(module
  (import "wasi_snapshot_preview1" "fd_read" (func $r (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $w (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "_start")
    (i32.store (i32.const 0) (i32.const 64)) (i32.store (i32.const 4) (i32.const 1000))
    (drop (call $r (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 8)))
    (i32.store (i32.const 4) (i32.load (i32.const 8)))
    (drop (call $w (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))`)
	code, out, errOut := runCLI(t, "ping", "run", "--cache-dir", "", echo)
	if code != 0 || out != "ping" {
		t.Fatalf("exit %d out %q err %q", code, out, errOut)
	}

	loop := watFile(t, `(module (memory (export "memory") 1) (func (export "_start") (loop (br 0))))`)
	code, _, errOut = runCLI(t, "", "run", "--cache-dir", "", "--fuel", "1000", loop)
	if code != statusExitBase+2 || !strings.Contains(errOut, "out-of-fuel") {
		t.Fatalf("exit %d err %q", code, errOut)
	}
	code, _, errOut = runCLI(t, "", "run", "--cache-dir", "", "--fuel", "0", "--timeout", "30ms", loop)
	if code != statusExitBase+9 || !strings.Contains(errOut, "timeout") {
		t.Fatalf("exit %d err %q", code, errOut)
	}

	exit5 := watFile(t, `(module (import "wasi_snapshot_preview1" "proc_exit" (func $e (param i32)))
  (memory (export "memory") 1) (func (export "_start") (call $e (i32.const 5))))`)
	if code, _, _ := runCLI(t, "", "run", "--cache-dir", "", exit5); code != 5 {
		t.Fatalf("exit %d, want 5", code)
	}

	if code, _, errOut := runCLI(t, "", "run"); code != 2 || !strings.Contains(errOut, "missing FILE") {
		t.Fatalf("no file: %d %q", code, errOut)
	}
	if code, _, _ := runCLI(t, "", "run", "--memory", "lots", echo); code != 2 {
		t.Fatalf("bad size: %d", code)
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]uint64{"123": 123, "64KiB": 64 << 10, "256MiB": 256 << 20, "1GiB": 1 << 30, "2M": 2 << 20} {
		if got, err := parseSize(in); err != nil || got != want {
			t.Errorf("%s: %d %v", in, got, err)
		}
	}
	if _, err := parseSize("x"); err == nil {
		t.Error("accepted x")
	}
}
