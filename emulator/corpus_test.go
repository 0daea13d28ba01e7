//go:build linux && amd64

package emulator_test

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"

	"github.com/blockless/avs/emulator"
	"github.com/blockless/avs/internal/built"
)

// corpusDir is where mk/emulator.mk builds the corpus (make emulator-corpus).
const corpusDir = "../build/emulator"

var (
	corpusArgs = []string{"prog", "alpha", "beta"}
	corpusEnv  = []string{"CORPUS=1", "LC_ALL=C"}
)

type outcome struct {
	stdout, stderr []byte
	exit           int // exit status, or 128+signal
}

func runNative(t testing.TB, path string, args []string, stdin []byte) outcome {
	cmd := exec.Command(path, args[1:]...)
	cmd.Args[0] = args[0]
	cmd.Env = corpusEnv
	cmd.Stdin = bytes.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		t.Fatalf("native %s: %v", path, err)
	}
	o := outcome{stdout: out.Bytes(), stderr: errb.Bytes()}
	ws := cmd.ProcessState.Sys().(syscall.WaitStatus)
	if ws.Signaled() {
		o.exit = 128 + int(ws.Signal())
	} else {
		o.exit = ws.ExitStatus()
	}
	return o
}

func runEmulated(t testing.TB, elf []byte, args []string, stdin []byte) (outcome, emulator.Result) {
	res, err := emulator.Run(context.Background(), emulator.Config{
		ELF: elf, Args: args, Env: corpusEnv, Stdin: stdin, InstructionBudget: 5e9,
	})
	if err != nil {
		t.Fatalf("emulator: %v", err)
	}
	// An unimplemented syscall can change output silently (busybox once
	// printed a wrong file mode because umask was missing), so none may
	// occur in these programs.
	if len(res.UnknownSyscalls) > 0 {
		t.Errorf("unknown syscalls (number: calls): %v", res.UnknownSyscalls)
	}
	return outcome{stdout: res.Stdout, stderr: res.Stderr, exit: res.ExitCode}, res
}

// readList reads a file of names, one per line, # comments allowed.
func readList(t *testing.T, path string) map[string]bool {
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer f.Close()
	m := map[string]bool{}
	s := bufio.NewScanner(f)
	for s.Scan() {
		line := strings.TrimSpace(s.Text())
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line != "" {
			m[line] = true
		}
	}
	return m
}

// TestCorpus runs every corpus binary natively and through the emulator and
// compares stdout, stderr and exit status byte for byte. Binaries listed in
// testdata/expected-pass.txt must match; the rest are reported.
func TestCorpus(t *testing.T) {
	srcs, _ := filepath.Glob("testdata/corpus/*.c")
	if len(srcs) == 0 {
		t.Fatal("no corpus sources in testdata/corpus")
	}
	variants := []string{"musl-O0", "musl-O2", "musl-Os", "gcc-O0", "gcc-O2", "gcc-Os"}
	for _, v := range variants {
		built.Require(t, "emulator-corpus", filepath.Join(corpusDir, v))
	}
	expected := readList(t, "testdata/expected-pass.txt")
	type verdict struct {
		name string
		ok   bool
		why  string
	}
	cxx, _ := filepath.Glob("testdata/corpus/*.cc")
	results := make(chan verdict, (len(srcs)+len(cxx))*len(variants))
	t.Run("bin", func(t *testing.T) {
		for _, v := range variants {
			vsrcs := srcs
			if strings.HasPrefix(v, "gcc-") {
				vsrcs = append(append([]string(nil), srcs...), cxx...) // C++ has no musl build
			}
			for _, src := range vsrcs {
				base := strings.TrimSuffix(strings.TrimSuffix(filepath.Base(src), ".cc"), ".c")
				name := v + "/" + base
				path := filepath.Join(corpusDir, v, base)
				t.Run(name, func(t *testing.T) {
					t.Parallel()
					elf, err := os.ReadFile(path)
					if err != nil {
						t.Fatalf("%v: run 'make emulator-corpus'", err)
					}
					stdin, _ := os.ReadFile(strings.TrimSuffix(strings.TrimSuffix(src, ".cc"), ".c") + ".stdin")
					want := runNative(t, path, corpusArgs, stdin)
					got, res := runEmulated(t, elf, corpusArgs, stdin)
					var why string
					switch {
					case got.exit != want.exit:
						why = "exit status differs"
					case !bytes.Equal(got.stdout, want.stdout):
						why = "stdout differs"
					case !bytes.Equal(got.stderr, want.stderr):
						why = "stderr differs"
					}
					results <- verdict{name, why == "", why}
					if why == "" {
						return
					}
					msg := []any{name, why, "status", res.Status, res.Message, "exit", got.exit, "want", want.exit,
						"\n got stdout:", clip(got.stdout), "\nwant stdout:", clip(want.stdout), "\n got stderr:", clip(got.stderr)}
					if expected[name] {
						t.Error(msg...)
					} else {
						t.Log(msg...)
					}
				})
			}
		}
	})
	close(results)
	var pass, fail []string
	for r := range results {
		if r.ok {
			pass = append(pass, r.name)
		} else {
			fail = append(fail, r.name+" ("+r.why+")")
		}
	}
	sort.Strings(pass)
	sort.Strings(fail)
	t.Logf("corpus: %d of %d binaries match native (%d listed as expected to pass)", len(pass), len(pass)+len(fail), len(expected))
	perVariant := map[string]int{}
	for _, p := range pass {
		perVariant[strings.Split(p, "/")[0]]++
	}
	for _, v := range variants {
		n := len(srcs)
		if strings.HasPrefix(v, "gcc-") {
			n += len(cxx)
		}
		t.Logf("  %-8s %d/%d", v, perVariant[v], n)
	}
	for _, f := range fail {
		t.Logf("  mismatch: %s", f)
	}
	for name := range expected {
		if !strings.Contains(name, "/") {
			continue
		}
		if _, err := os.Stat(filepath.Join(corpusDir, name)); err != nil {
			t.Errorf("expected-pass entry %s has no binary: %v", name, err)
		}
	}
}

func clip(b []byte) string {
	if len(b) > 400 {
		return string(b[:400]) + "..."
	}
	return string(b)
}
