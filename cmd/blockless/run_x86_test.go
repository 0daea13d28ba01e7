package main

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/blockless/avs/internal/built"
)

// TestRunELF runs corpus programs (TEST_PREREQS: make emulator-corpus
// emulator-wasm) through `blockless run`, which detects the ELF magic and
// uses the x86 emulator inside the engine, as an operator does.
func TestRunELF(t *testing.T) {
	corpus := filepath.Join("..", "..", "build", "emulator", "musl-O2")
	sha := filepath.Join(corpus, "sha256")
	built.Require(t, "emulator-corpus", sha, filepath.Join(corpus, "args"))
	built.Require(t, "emulator-wasm", filepath.Join("..", "..", "build", "emulator", "x86emu.wasm"))
	native, err := exec.Command(sha, "2").Output()
	if err != nil {
		t.Fatalf("native %s: %v (run 'make emulator-corpus')", sha, err)
	}
	cache := t.TempDir()
	code, out, errOut := runCLI(t, "", "run", "--cache-dir", cache, "--stats", sha, "2")
	if code != 0 || out != string(native) {
		t.Fatalf("exit %d\nstdout %q\nnative %q\nstderr %s", code, out, native, errOut)
	}
	if !strings.Contains(errOut, "status=ok") || !strings.Contains(errOut, "instructions=") || strings.Contains(errOut, "x86emu:") {
		t.Fatalf("--stats: %s", errOut)
	}

	// The program's exit status, its arguments (flags included) and --env.
	code, out, _ = runCLI(t, "", "run", "--cache-dir", cache, "--env", "CORPUS=yes", filepath.Join(corpus, "args"), "-v", "x")
	if code != 13 || !strings.Contains(out, "argv[1]=-v") || !strings.Contains(out, "CORPUS=yes") {
		t.Fatalf("args: exit %d out %q", code, out)
	}
	// A value with commas is passed whole, not split into several variables.
	code, out, errOut = runCLI(t, "", "run", "--cache-dir", cache, "--env", "CORPUS=a,b", filepath.Join(corpus, "args"))
	if code != 11 || !strings.Contains(out, "CORPUS=a,b") {
		t.Fatalf("--env with commas: exit %d out %q stderr %q", code, out, errOut)
	}

	// A multi-call program finds its applet by argv[0]: the path as given, or --argv0.
	if _, err := os.Stat("/bin/busybox"); err != nil {
		t.Fatalf("%v: install busybox-static ('make deps')", err)
	}
	code, out, errOut = runCLI(t, "", "run", "--cache-dir", cache, "/bin/busybox", "echo", "hi")
	if code != 0 || out != "hi\n" {
		t.Fatalf("busybox echo: exit %d out %q stderr %q", code, out, errOut)
	}
	code, out, errOut = runCLI(t, "", "run", "--cache-dir", cache, "--argv0", "basename", "/bin/busybox", "/a/b")
	if code != 0 || out != "b\n" {
		t.Fatalf("--argv0 basename: exit %d out %q stderr %q", code, out, errOut)
	}

	// --dir: the program reads the files it is given.
	data := t.TempDir()
	if err := os.MkdirAll(filepath.Join(data, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	content := strings.Repeat("blockless\n", 1000)
	if err := os.WriteFile(filepath.Join(data, "sub", "f.txt"), []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256([]byte(content))
	code, out, errOut = runCLI(t, "", "run", "--cache-dir", cache, "--dir", data+":/data", "/bin/busybox", "sha256sum", "/data/sub/f.txt")
	if code != 0 || out != hex.EncodeToString(sum[:])+"  /data/sub/f.txt\n" {
		t.Fatalf("--dir sha256sum: exit %d out %q stderr %q", code, out, errOut)
	}
	code, out, errOut = runCLI(t, "", "run", "--cache-dir", cache, "--dir", data+":/data", "/bin/busybox", "ls", "-R", "/data")
	if code != 0 || out != "/data:\nsub\n\n/data/sub:\nf.txt\n" {
		t.Fatalf("--dir ls: exit %d out %q stderr %q", code, out, errOut)
	}
	// The program may change its copy and write scratch files; the host
	// directory never changes.
	code, out, errOut = runCLI(t, "", "run", "--cache-dir", cache, "--dir", data+":/data", "/bin/busybox", "sh", "-c",
		"echo x > /data/sub/f.txt; echo y > /tmp/new; read a < /data/sub/f.txt; read b < /tmp/new; echo $a$b")
	if code != 0 || out != "xy\n" {
		t.Fatalf("--dir write: exit %d out %q stderr %q", code, out, errOut)
	}
	if b, _ := os.ReadFile(filepath.Join(data, "sub", "f.txt")); string(b) != content {
		t.Fatal("the host file changed")
	}

	// --fuel is the emulated instruction budget.
	if code, _, errOut = runCLI(t, "", "run", "--cache-dir", cache, "--fuel", "1000", sha, "2"); code != statusExitBase+2 || !strings.Contains(errOut, "out-of-fuel") {
		t.Fatalf("budget: exit %d %s", code, errOut)
	}

	// Something with the ELF magic that is no executable.
	p := filepath.Join(t.TempDir(), "a.out")
	if err := os.WriteFile(p, []byte("\x7fELF\x02\x01\x01"), 0o755); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut = runCLI(t, "", "run", "--cache-dir", cache, p); code != statusExitBase+5 || !strings.Contains(errOut, "invalid-module") {
		t.Fatalf("garbage ELF: exit %d %q", code, errOut)
	}
}
