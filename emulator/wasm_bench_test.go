//go:build wasmtime && linux && amd64

package emulator_test

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/bytecodealliance/wasmtime-go/v44"
)

// BenchmarkWasm runs the wasip1 build of x86emu inside wasmtime (the
// operator's engine) on the same corpus programs as BenchmarkEmulator, and
// reports emulated MIPS there. Build the module first:
//
//	make emulator-wasm && go test -tags wasmtime ./emulator -run '^$' -bench Wasm -benchtime 1x
func BenchmarkWasm(b *testing.B) {
	wasmPath := filepath.Join(corpusDir, "x86emu.wasm")
	wasm, err := os.ReadFile(wasmPath)
	if err != nil {
		b.Fatalf("%v: run 'make emulator-wasm'", err)
	}
	cfg := wasmtime.NewConfig()
	cfg.SetEpochInterruption(true) // what the operator runs with
	eng := wasmtime.NewEngineWithConfig(cfg)
	mod, err := wasmtime.NewModule(eng, wasm)
	if err != nil {
		b.Fatal(err)
	}
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
			dir := b.TempDir()
			in := filepath.Join(dir, "stdin")
			frame := binary.LittleEndian.AppendUint64(nil, uint64(len(img)))
			if err := os.WriteFile(in, append(frame, img...), 0o600); err != nil {
				b.Fatal(err)
			}
			out := filepath.Join(dir, "stdout")
			b.ResetTimer()
			var elapsed, cpuUsed time.Duration
			for i := 0; i < b.N; i++ {
				wasi := wasmtime.NewWasiConfig()
				wasi.SetArgv([]string{"x86emu", "-framed", tc.arg})
				if err := wasi.SetStdinFile(in); err != nil {
					b.Fatal(err)
				}
				if err := wasi.SetStdoutFile(out); err != nil {
					b.Fatal(err)
				}
				store := wasmtime.NewStore(eng)
				store.SetEpochDeadline(1 << 40)
				store.SetWasi(wasi)
				linker := wasmtime.NewLinker(eng)
				if err := linker.DefineWasi(); err != nil {
					b.Fatal(err)
				}
				inst, err := linker.Instantiate(store, mod)
				if err != nil {
					b.Fatal(err)
				}
				start, c0 := time.Now(), cpuTime()
				_, err = inst.GetFunc(store, "_start").Call(store)
				elapsed += time.Since(start)
				cpuUsed += cpuTime() - c0
				if err != nil {
					if werr, ok := err.(*wasmtime.Error); !ok {
						b.Fatal(err)
					} else if st, ok := werr.ExitStatus(); !ok || st != 0 {
						b.Fatalf("exit: %v", err)
					}
				}
				store.Close()
				got, _ := os.ReadFile(out)
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
