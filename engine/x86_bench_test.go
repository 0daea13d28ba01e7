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
// as operators run it; with and without fuel metering of the emulator) and
// through the emulator compiled natively. Run:
//
//	go test ./engine -run '^$' -bench X86 -benchtime 3x
func BenchmarkX86(b *testing.B) {
	const prog, rounds = "sha256", "400"
	elf := readCorpus(b, prog)
	report := func(b *testing.B, insns uint64, exec time.Duration) {
		b.ReportMetric(float64(insns)/1e6, "Minsn/op")
		b.ReportMetric(float64(insns)*float64(b.N)/exec.Seconds()/1e6, "Minsn/s")
	}
	for _, fuel := range []bool{true, false} {
		b.Run(fmt.Sprintf("engine/metered=%t", fuel), func(b *testing.B) {
			e, err := New(Config{DisableFuel: !fuel}, nil)
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
	}
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
