package engine

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/blockless/avs/emulator"
)

// BenchmarkX86 compares emulated instructions per second of a compute-bound
// corpus program through RunX86 (the emulator's wasip1 build in wasmtime,
// as operators run it: interpreted, without wasm fuel metering, see
// Engine.x86Side) and through the emulator compiled natively. Run:
//
//	go test ./engine -run '^$' -bench X86 -benchtime 3x
func BenchmarkX86(b *testing.B) {
	const prog, rounds = "sha256", "400"
	elf := readCorpus(b, prog)
	report := func(b *testing.B, insns uint64, exec time.Duration) {
		b.ReportMetric(float64(insns)/1e6, "Minsn/op")
		b.ReportMetric(float64(insns)*float64(b.N)/exec.Seconds()/1e6, "Minsn/s")
	}
	b.Run("engine", func(b *testing.B) {
		e, err := New(Config{}, nil)
		if err != nil {
			b.Fatal(err)
		}
		defer e.Close()
		req := Request{Module: elf, Args: []string{rounds}}
		if _, err := e.RunX86(context.Background(), req); err != nil { // compile outside the timing
			b.Fatal(err)
		}
		var insns uint64
		var exec time.Duration
		b.ResetTimer()
		for range b.N {
			res, err := e.RunX86(context.Background(), req)
			if err != nil || res.Status != StatusOK {
				b.Fatalf("%v %s %s", err, res.Status, res.Message)
			}
			insns, exec = res.FuelUsed, exec+res.Stats.Exec
		}
		report(b, insns, exec)
	})
	b.Run("native-emulator", func(b *testing.B) {
		var insns uint64
		t0 := time.Now()
		for range b.N {
			res, err := emulator.Run(context.Background(), emulator.Config{ELF: elf, Args: []string{"/prog", rounds}})
			if err != nil || res.Status != emulator.StatusExit {
				b.Fatalf("%v %s", err, res.Status)
			}
			insns = res.Instructions
		}
		report(b, insns, time.Since(t0))
	})
}

// BenchmarkX86Translate compares interpreted and translated runs of corpus
// programs inside the engine (emulated instructions per second of
// execution; the first, untimed run fills the engine's cache of compiled
// translations, as repeated tasks would). Run:
//
//	go test ./engine -run '^$' -bench X86Translate -benchtime 2x
func BenchmarkX86Translate(b *testing.B) {
	progs := []struct{ name, arg string }{{"sha256", "300"}, {"sieve", "2000000"}, {"coremark_like", "200"}, {"nbody", "30000"}}
	for _, p := range progs {
		elf := readCorpus(b, p.name)
		for _, tr := range []bool{false, true} {
			b.Run(fmt.Sprintf("%s/translate=%t", p.name, tr), func(b *testing.B) {
				emu, err := x86EmulatorPath()
				if err != nil {
					b.Fatal(err)
				}
				e, err := New(Config{X86Emulator: emu, X86Translate: tr}, nil)
				if err != nil {
					b.Fatal(err)
				}
				defer e.Close()
				req := Request{Module: elf, Args: []string{p.arg}}
				first, err := e.RunX86(context.Background(), req)
				if err != nil || first.Status != StatusOK {
					b.Fatalf("%v %s %s", err, first.Status, first.Message)
				}
				var exec time.Duration
				b.ResetTimer()
				for range b.N {
					res, err := e.RunX86(context.Background(), req)
					if err != nil || res.Status != StatusOK || res.FuelUsed != first.FuelUsed {
						b.Fatalf("%v %s %s", err, res.Status, res.Message)
					}
					exec += res.Stats.Exec
				}
				b.ReportMetric(float64(first.FuelUsed)/1e6, "Minsn/op")
				b.ReportMetric(float64(first.FuelUsed)*float64(b.N)/exec.Seconds()/1e6, "Minsn/s")
				b.ReportMetric(float64(first.Stats.X86Translations), "regions")
				b.ReportMetric(first.Stats.Exec.Seconds(), "first-exec-s")
			})
		}
	}
}

// BenchmarkX86Input measures what a task's input costs an x86 run before
// the program reads any of it (the framed ELF and input handed to the
// emulator): a program that ignores stdin, with no input and with 4 MiB.
// The ms-per-MiB figure is the difference per MiB, measured in the same
// run. Run:
//
//	go test ./engine -run '^$' -bench X86Input -benchtime 10x
func BenchmarkX86Input(b *testing.B) {
	elf := readCorpus(b, "sieve")
	emu, err := x86EmulatorPath()
	if err != nil {
		b.Fatal(err)
	}
	e, err := New(Config{X86Emulator: emu}, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer e.Close()
	const mib = 4
	exec := map[int]time.Duration{}
	for _, size := range []int{0, mib << 20} {
		b.Run(fmt.Sprintf("input=%dMiB", size>>20), func(b *testing.B) {
			req := Request{Module: elf, Args: []string{"10"}, Input: make([]byte, size)}
			if _, err := e.RunX86(context.Background(), req); err != nil { // compile outside the timing
				b.Fatal(err)
			}
			var total time.Duration
			b.ResetTimer()
			for range b.N {
				res, err := e.RunX86(context.Background(), req)
				if err != nil || res.Status != StatusOK {
					b.Fatalf("%v %s %s", err, res.Status, res.Message)
				}
				total += res.Stats.Exec
			}
			exec[size] = total / time.Duration(b.N)
			b.ReportMetric(exec[size].Seconds()*1000, "exec-ms")
		})
	}
	if base, big := exec[0], exec[mib<<20]; base > 0 && big > 0 {
		b.Logf("input costs %.2f ms per MiB (%v with none, %v with %d MiB)", (big-base).Seconds()*1000/mib, base, big, mib)
	}
}
