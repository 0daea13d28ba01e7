package functions

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"flag"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/blockless/avs/engine"
)

// built is where TestMain has `make functions` write the functions: a
// temporary directory, because tests must not write into the source tree.
var built string

// TestMain builds the functions from the current sources with engine.mk's
// rules (FN_OUT pointed at the temporary directory), so the tests never run
// stale builds. A missing toolchain fails here with engine.mk's message
// instead of skipping.
//
// Under -short (make check) the package is left out: building every function with its
// toolchain takes about a minute. make test runs it.
func TestMain(m *testing.M) {
	flag.Parse()
	if testing.Short() {
		fmt.Println("functions: -short leaves out building every function with its toolchain (about a minute); make test runs these tests")
		os.Exit(0)
	}
	os.Exit(func() int {
		if err := buildFunctions(); err != nil {
			fmt.Fprintln(os.Stderr, "functions tests need the built functions:", err)
			return 1
		}
		defer os.RemoveAll(built)
		return m.Run()
	}())
}

func buildFunctions() error {
	root, err := filepath.Abs("..")
	if err != nil {
		return fmt.Errorf("repository root: %w", err)
	}
	if built, err = os.MkdirTemp("", "functions-test-"); err != nil {
		return fmt.Errorf("build directory: %w", err)
	}
	// The function sources are no Go dependency of this test binary: stat them so that go
	// test's result cache, which keys on the files a test looked at, sees them change.
	_ = filepath.WalkDir(".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			_, _ = os.Stat(p)
		}
		return nil
	})
	cmd := exec.Command("make", "--no-print-directory", "-C", root, "functions", "FN_OUT="+built)
	if out, err := cmd.CombinedOutput(); err != nil {
		os.RemoveAll(built)
		return fmt.Errorf("`make functions FN_OUT=%s` failed: %w\n%s", built, err, out)
	}
	return nil
}

func module(t testing.TB, rel string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(built, rel))
	if err != nil {
		t.Fatalf("%v (run `make functions`)", err)
	}
	return b
}

type runner struct {
	t testing.TB
	e *engine.Engine
}

func newRunner(t testing.TB) *runner {
	e, err := engine.New(engine.Config{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close() })
	return &runner{t, e}
}

func (r *runner) run(mod []byte, input string, args ...string) engine.Result {
	r.t.Helper()
	res, err := r.e.Run(context.Background(), engine.Request{Module: mod, Input: []byte(input), Args: args, TaskID: [32]byte{9}, Timestamp: 1_750_000_000})
	if err != nil {
		r.t.Fatal(err)
	}
	return res
}

func expect(t *testing.T, res engine.Result, status engine.Status, exit int32, out string) {
	t.Helper()
	if res.Status != status || res.ExitCode != exit || string(res.Output) != out {
		t.Fatalf("got %s exit %d output %q (stderr %q, %s); want %s exit %d output %q",
			res.Status, res.ExitCode, res.Output, res.Stderr, res.Message, status, exit, out)
	}
}

func TestOracleGoAndRustAgree(t *testing.T) {
	r := newRunner(t)
	goMod, rsMod := module(t, "go/oracle.wasm"), module(t, "rust/oracle.wasm")
	cases := []struct {
		name, input string
		args        []string
		status      engine.Status
		exit        int32
		out         string
	}{
		{"outlier", "100 feedA\n101 feedB\n# comment\n\n99 feedC\n5000 broken\n", nil, engine.StatusOK, 0, "100\n"},
		{"even", "10\n20\n30\n40\n", nil, engine.StatusOK, 0, "25\n"},
		{"negative", "-7\n-3\n-5\n", nil, engine.StatusOK, 0, "-5\n"},
		{"flat", "42\n42\n42\n41\n", nil, engine.StatusOK, 0, "42\n"},
		{"k1", "1\n2\n3\n4\n100\n", []string{"-k", "1"}, engine.StatusOK, 0, "3\n"},
		{"min", "1\n2\n1000000\n", []string{"-min", "3"}, engine.StatusExitNonZero, 2, ""},
		{"garbage", "abc\n", nil, engine.StatusExitNonZero, 1, ""},
		{"empty", "", nil, engine.StatusExitNonZero, 1, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			g := r.run(goMod, tc.input, tc.args...)
			expect(t, g, tc.status, tc.exit, tc.out)
			rs := r.run(rsMod, tc.input, tc.args...)
			expect(t, rs, tc.status, tc.exit, tc.out)
		})
	}
}

func TestHashutilGo(t *testing.T) {
	r := newRunner(t)
	mod := module(t, "go/hashutil.wasm")
	in := strings.Repeat("the quick brown fox ", 5000)
	expect(t, r.run(mod, in), engine.StatusOK, 0, fmt.Sprintf("%x\n", sha256.Sum256([]byte(in))))
	expect(t, r.run(mod, in, "crc32"), engine.StatusOK, 0, fmt.Sprintf("%08x\n", crc32.ChecksumIEEE([]byte(in))))

	gz := r.run(mod, in, "gzip")
	if gz.Status != engine.StatusOK || len(gz.Output) >= len(in)/10 {
		t.Fatalf("gzip: %s, %d bytes", gz.Status, len(gz.Output))
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz.Output))
	if err != nil {
		t.Fatal(err)
	}
	if plain, _ := io.ReadAll(zr); string(plain) != in {
		t.Fatal("gzip output does not decompress to the input")
	}
	expect(t, r.run(mod, string(gz.Output), "gunzip"), engine.StatusOK, 0, in)
	if res := r.run(mod, "", "md5"); res.Status != engine.StatusExitNonZero || res.ExitCode != 1 {
		t.Fatalf("unknown mode: %s %d", res.Status, res.ExitCode)
	}
}

func TestSHA256C(t *testing.T) {
	r := newRunner(t)
	mod := module(t, "c/sha256sum.wasm")
	for _, n := range []int{0, 1, 55, 56, 63, 64, 65, 1000, 1 << 17} {
		in := strings.Repeat("x", n)
		expect(t, r.run(mod, in), engine.StatusOK, 0, fmt.Sprintf("%x\n", sha256.Sum256([]byte(in))))
	}
}

func TestLogFilterC(t *testing.T) {
	r := newRunner(t)
	mod := module(t, "c/logfilter.wasm")
	logs := "# block address topic0 data\n" +
		"100 0xAAAA 0x01 0xdead\n" +
		"101 0xbbbb 0x01 0xbeef\n" +
		"102 0xaaaa 0x02\n" +
		"200 0xaaaa 0x01 0x00\n"
	expect(t, r.run(mod, logs, "address=0xaaaa"), engine.StatusOK, 0,
		"100 0xAAAA 0x01 0xdead\n102 0xaaaa 0x02\n200 0xaaaa 0x01 0x00\n")
	expect(t, r.run(mod, logs, "address=0xaaaa", "topic=0x01", "to=150"), engine.StatusOK, 0, "100 0xAAAA 0x01 0xdead\n")
	expect(t, r.run(mod, logs, "topic=0x02", "topic=0x01", "from=101", "to=101"), engine.StatusOK, 0, "101 0xbbbb 0x01 0xbeef\n")
	expect(t, r.run(mod, "x y\n"), engine.StatusExitNonZero, 1, "")
	expect(t, r.run(mod, logs, "color=red"), engine.StatusExitNonZero, 1, "")
}

func TestTriggerAssemblyScript(t *testing.T) {
	r := newRunner(t)
	mod := module(t, "as/trigger.wasm")
	in := "price=1499.5\nvolume=12\n# comment\n"
	expect(t, r.run(mod, in, "price<1500", "volume>=10"), engine.StatusOK, 0, "true\n")
	expect(t, r.run(mod, in, "price<1500", "volume>12"), engine.StatusOK, 0, "false\n")
	expect(t, r.run(mod, in, "price!=1499.5"), engine.StatusOK, 0, "false\n")
	expect(t, r.run(mod, in), engine.StatusOK, 0, "true\n")
	expect(t, r.run(mod, in, "gas<10"), engine.StatusExitNonZero, 2, "")
	expect(t, r.run(mod, in, "price~1"), engine.StatusExitNonZero, 1, "")
	expect(t, r.run(mod, "price=abc\n", "price<1"), engine.StatusExitNonZero, 1, "")
}

// TestFunctionsDeterministic: every template, run twice in one engine and
// once in another, gives identical status, output and fuel.
func TestFunctionsDeterministic(t *testing.T) {
	r1, r2 := newRunner(t), newRunner(t)
	for _, c := range []struct{ mod, input, arg string }{
		{"go/oracle.wasm", "1\n2\n3\n", ""},
		{"rust/oracle.wasm", "1\n2\n3\n", ""},
		{"go/hashutil.wasm", "abc", "gzip"},
		{"c/sha256sum.wasm", "abc", ""},
		{"c/logfilter.wasm", "1 0xa 0xb\n", ""},
		{"as/trigger.wasm", "a=1\n", "a<2"},
	} {
		mod := module(t, c.mod)
		var args []string
		if c.arg != "" {
			args = []string{c.arg}
		}
		a, b, d := r1.run(mod, c.input, args...), r1.run(mod, c.input, args...), r2.run(mod, c.input, args...)
		if a.Status != engine.StatusOK || !bytes.Equal(a.Output, b.Output) || !bytes.Equal(a.Output, d.Output) ||
			a.FuelUsed != b.FuelUsed || a.FuelUsed != d.FuelUsed || a.FuelUsed == 0 {
			t.Errorf("%s: %s %q/%q/%q fuel %d/%d/%d", c.mod, a.Status, a.Output, b.Output, d.Output, a.FuelUsed, b.FuelUsed, d.FuelUsed)
		}
	}
}
