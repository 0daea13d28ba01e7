//go:build linux && amd64 && cgo

package emulator_test

import (
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bytecodealliance/wasmtime-go/v44"

	"github.com/blockless/avs/internal/built"
)

// wasmEngine compiles build/emulator/x86emu.wasm once per test binary run.
func wasmModule(tb testing.TB) (*wasmtime.Engine, *wasmtime.Module) {
	built.Require(tb, "emulator-wasm", filepath.Join(corpusDir, "x86emu.wasm"))
	wasm, err := os.ReadFile(filepath.Join(corpusDir, "x86emu.wasm"))
	if err != nil {
		tb.Fatalf("%v: run 'make emulator-wasm'", err)
	}
	cfg := wasmtime.NewConfig()
	cfg.SetEpochInterruption(true) // what the operator runs with
	eng := wasmtime.NewEngineWithConfig(cfg)
	mod, err := wasmtime.NewModule(eng, wasm)
	if err != nil {
		tb.Fatal(err)
	}
	return eng, mod
}

// runWasm runs x86emu.wasm -framed with img and stdin and returns stdout
// and the exit status, recovered from the status line for deaths by signal
// (WASI exit codes stop at 125).
func runWasm(tb testing.TB, eng *wasmtime.Engine, mod *wasmtime.Module, img []byte, args []string, stdin []byte) ([]byte, int, time.Duration) {
	dir := tb.TempDir()
	in, out, errf := filepath.Join(dir, "stdin"), filepath.Join(dir, "stdout"), filepath.Join(dir, "stderr")
	frame := binary.LittleEndian.AppendUint64(nil, uint64(len(img)))
	if err := os.WriteFile(in, append(append(frame, img...), stdin...), 0o600); err != nil {
		tb.Fatal(err)
	}
	wasi := wasmtime.NewWasiConfig()
	wasi.SetArgv(append([]string{"x86emu", "-framed"}, args...))
	if err := wasi.SetStdinFile(in); err != nil {
		tb.Fatal(err)
	}
	if err := wasi.SetStdoutFile(out); err != nil {
		tb.Fatal(err)
	}
	if err := wasi.SetStderrFile(errf); err != nil {
		tb.Fatal(err)
	}
	store := wasmtime.NewStore(eng)
	defer store.Close()
	store.SetEpochDeadline(1 << 40)
	store.SetWasi(wasi)
	linker := wasmtime.NewLinker(eng)
	if err := linker.DefineWasi(); err != nil {
		tb.Fatal(err)
	}
	// The translator's imports (blockless_x86) come from the engine; these
	// runs never pass -translate, so they are never called.
	if err := linker.DefineUnknownImportsAsTraps(mod); err != nil {
		tb.Fatal(err)
	}
	inst, err := linker.Instantiate(store, mod)
	if err != nil {
		tb.Fatal(err)
	}
	start := time.Now()
	_, err = inst.GetFunc(store, "_start").Call(store)
	elapsed := time.Since(start)
	code := 0
	if err != nil {
		werr, ok := err.(*wasmtime.Error)
		if !ok {
			tb.Fatal(err)
		}
		st, ok := werr.ExitStatus()
		if !ok {
			tb.Fatalf("wasm: %v", err)
		}
		code = int(st)
	}
	got, _ := os.ReadFile(out)
	if code == 125 {
		stderr, _ := os.ReadFile(errf)
		lines := strings.Split(strings.TrimSpace(string(stderr)), "\n")
		last := lines[len(lines)-1]
		i := strings.Index(last, " exit=")
		if i < 0 || !strings.HasPrefix(last, "x86emu: status=") {
			tb.Fatalf("no status line in stderr %q", stderr)
		}
		if _, err := fmt.Sscanf(last[i:], " exit=%d", &code); err != nil {
			tb.Fatalf("status line %q: %v", last, err)
		}
	}
	return got, code, elapsed
}

// TestWasmCorpus runs corpus binaries through the wasip1 build inside
// wasmtime and compares stdout and exit status with the native run.
func TestWasmCorpus(t *testing.T) {
	names := []string{"musl-O2/scanf_doubles", "gcc-O2/printf_doubles", "musl-Os/long_double", "gcc-O0/insn_flags",
		"musl-O2/sse_fp", "gcc-O2/x87_exact", "musl-O2/sigfpe", "gcc-Os/cpp_stl", "musl-O0/jit", "gcc-O2/wordfreq"}
	// Checked before compiling the emulator, which takes seconds.
	for _, name := range names {
		built.Require(t, "emulator-corpus", filepath.Dir(filepath.Join(corpusDir, name)))
	}
	eng, mod := wasmModule(t)
	for _, name := range names {
		path := filepath.Join(corpusDir, name)
		img, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v: run 'make emulator-corpus'", err)
		}
		stdin, _ := os.ReadFile(filepath.Join("testdata/corpus", filepath.Base(name)+".stdin"))
		want := runNative(t, path, corpusArgs, stdin)
		got, code, _ := runWasm(t, eng, mod, img, corpusArgs[1:], stdin)
		if string(got) != string(want.stdout) || code != want.exit {
			t.Errorf("%s: wasm exit %d, native %d; stdout equal: %v", name, code, want.exit, string(got) == string(want.stdout))
		}
	}
}

// BenchmarkWasm runs the wasip1 build of x86emu inside wasmtime (the
// operator's engine) on the same corpus programs as BenchmarkEmulator, and
// reports emulated MIPS there. Build the module first:
//
//	make emulator-wasm && go test ./emulator -run '^$' -bench Wasm -benchtime 1x
func BenchmarkWasm(b *testing.B) {
	eng, mod := wasmModule(b)
	cases := []struct{ name, arg string }{
		{"sha256", "300"},
		{"sieve", "2000000"},
		{"coremark_like", "200"},
		{"nbody", "30000"},
	}
	for _, tc := range cases {
		b.Run(tc.name, func(b *testing.B) {
			path := filepath.Join(corpusDir, "musl-O2", tc.name)
			img, err := os.ReadFile(path)
			if err != nil {
				b.Fatal(err)
			}
			args := []string{"prog", tc.arg}
			want := runNative(b, path, args, nil)
			_, res := runEmulated(b, img, args, nil)
			b.ResetTimer()
			var elapsed, cpuUsed time.Duration
			for i := 0; i < b.N; i++ {
				c0 := cpuTime()
				got, _, d := runWasm(b, eng, mod, img, args[1:], nil)
				cpuUsed += cpuTime() - c0
				elapsed += d
				if string(got) != string(want.stdout) {
					b.Fatalf("wasm output %q, native %q", got, want.stdout)
				}
			}
			per := elapsed / time.Duration(b.N)
			b.ReportMetric(float64(res.Instructions)/per.Seconds()/1e6, "wasm-emu-MIPS")
			b.ReportMetric(float64(res.Instructions)/(cpuUsed/time.Duration(b.N)).Seconds()/1e6, "wasm-emu-MIPS-cpu")
			b.ReportMetric(float64(res.Instructions)/1e6, "Minsns")
		})
	}
}
