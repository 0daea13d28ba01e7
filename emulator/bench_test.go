//go:build linux && amd64

package emulator_test

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// BenchmarkEmulator reports emulated instructions per second and the
// slowdown against running the same binary natively (measured in the same
// run, best of 3 to damp noise from other work on the machine).
//
//	go test ./emulator -run '^$' -bench Emulator -benchtime 1x
func BenchmarkEmulator(b *testing.B) {
	cases := []struct{ name, arg string }{
		{"sha256", "1000"},
		{"sieve", "10000000"},
		{"coremark_like", "1000"},
		{"nbody", "150000"},
	}
	for _, tc := range cases {
		path := filepath.Join(corpusDir, "musl-O2", tc.name)
		b.Run(tc.name, func(b *testing.B) {
			img, err := os.ReadFile(path)
			if err != nil {
				b.Fatalf("%v: run 'make emulator-corpus'", err)
			}
			args := []string{"prog", tc.arg}
			native := time.Duration(1 << 62)
			var want outcome
			for i := 0; i < 3; i++ {
				start := time.Now()
				want = runNative(b, path, args, nil)
				native = min(native, time.Since(start))
			}
			b.ResetTimer()
			var insns uint64
			cpu0 := cpuTime()
			start := time.Now()
			for i := 0; i < b.N; i++ {
				got, res := runEmulated(b, img, args, nil)
				if string(got.stdout) != string(want.stdout) {
					b.Fatalf("output differs: %q vs %q (%s)", got.stdout, want.stdout, res.Message)
				}
				insns = res.Instructions
			}
			per := time.Since(start) / time.Duration(b.N)
			cpuPer := (cpuTime() - cpu0) / time.Duration(b.N)
			b.ReportMetric(float64(insns)/per.Seconds()/1e6, "emu-MIPS")
			// CPU time is less disturbed than wall time when other work
			// shares the machine.
			b.ReportMetric(float64(insns)/cpuPer.Seconds()/1e6, "emu-MIPS-cpu")
			b.ReportMetric(float64(insns)/1e6, "Minsns")
			b.ReportMetric(float64(native.Microseconds())/1e3, "native-ms")
			b.ReportMetric(float64(per)/float64(native), "slowdown-x")
		})
	}
}

// cpuTime is the CPU time (user+system) used by this process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
