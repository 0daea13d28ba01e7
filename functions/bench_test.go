package functions

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/blockless/avs/engine"
	"github.com/blockless/avs/modstore"
)

// benchInput is 16 MiB of xorshift bytes: incompressible, reproducible.
func benchInput() []byte {
	b := make([]byte, 16<<20)
	x := uint64(0x9e3779b97f4a7c15)
	for i := 0; i < len(b); i += 8 {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		binary.LittleEndian.PutUint64(b[i:], x)
	}
	return b
}

func newBenchEngine(b *testing.B, cfg engine.Config) *engine.Engine {
	e, err := engine.New(cfg, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { e.Close() })
	return e
}

func medianDur(d []time.Duration) time.Duration {
	s := slices.Clone(d)
	slices.Sort(s)
	return s[len(s)/2]
}

// BenchmarkSHA256_16MiB hashes the same 16 MiB with the C and Go templates,
// natively (a process reading stdin) and as wasm in the engine with fuel on
// and off, and reports each median in ms plus the ratios to native from the
// same run. Wasm timings include instantiation and, for Go, runtime start;
// native ones include process start. Run with -benchtime 3x or more.
func BenchmarkSHA256_16MiB(b *testing.B) {
	input := benchInput()
	want := fmt.Sprintf("%x\n", sha256.Sum256(input))
	fuelOn := newBenchEngine(b, engine.Config{})
	fuelOff := newBenchEngine(b, engine.Config{DisableFuel: true})
	lim := engine.Limits{Fuel: engine.UnlimitedFuel, MemoryBytes: 512 << 20, Timeout: time.Minute}

	native := func(bin string, args ...string) func() ([]byte, error) {
		path := filepath.Join(built, "native", bin)
		return func() ([]byte, error) {
			cmd := exec.Command(path, args...)
			cmd.Stdin = bytes.NewReader(input)
			return cmd.Output()
		}
	}
	wasm := func(e *engine.Engine, rel string, args ...string) func() ([]byte, error) {
		mod := module(b, rel)
		return func() ([]byte, error) {
			res, err := e.Run(context.Background(), engine.Request{Module: mod, Input: input, Args: args, Limits: lim})
			if err == nil && res.Status != engine.StatusOK {
				err = fmt.Errorf("%s: %s", res.Status, res.Message)
			}
			return res.Output, err
		}
	}
	variants := []struct {
		name string
		run  func() ([]byte, error)
	}{
		{"c-native", native("sha256sum")},
		{"c-wasm-fuel", wasm(fuelOn, "c/sha256sum.wasm")},
		{"c-wasm-nofuel", wasm(fuelOff, "c/sha256sum.wasm")},
		{"go-native", native("hashutil", "sha256")},
		{"go-native-purego", native("hashutil-purego", "sha256")},
		{"go-wasm-fuel", wasm(fuelOn, "go/hashutil.wasm", "sha256")},
		{"go-wasm-nofuel", wasm(fuelOff, "go/hashutil.wasm", "sha256")},
	}
	// Warm-up: compile every module and fault in every binary once.
	for _, v := range variants {
		out, err := v.run()
		if err != nil || string(out) != want {
			b.Fatalf("%s: %v %q", v.name, err, out)
		}
	}
	times := make(map[string][]time.Duration)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, v := range variants {
			t0 := time.Now()
			if _, err := v.run(); err != nil {
				b.Fatal(err)
			}
			times[v.name] = append(times[v.name], time.Since(t0))
		}
	}
	b.StopTimer()
	ms := func(name string) float64 { return float64(medianDur(times[name]).Microseconds()) / 1000 }
	for _, v := range variants {
		b.ReportMetric(ms(v.name), v.name+"-ms")
	}
	b.ReportMetric(ms("c-wasm-fuel")/ms("c-native"), "c-wasm-fuel/native")
	b.ReportMetric(ms("c-wasm-nofuel")/ms("c-native"), "c-wasm-nofuel/native")
	b.ReportMetric(ms("go-wasm-fuel")/ms("go-native"), "go-wasm-fuel/native")
	b.ReportMetric(ms("go-wasm-nofuel")/ms("go-native"), "go-wasm-nofuel/native")
	b.ReportMetric(ms("go-wasm-fuel")/ms("go-native-purego"), "go-wasm-fuel/purego")
	b.ReportMetric(ms("go-wasm-nofuel")/ms("go-native-purego"), "go-wasm-nofuel/purego")
}

// withCustomSection appends a custom section so that each iteration sees a
// new digest: a real cold compile, not a cache hit.
func withCustomSection(mod []byte, n int) []byte {
	payload := append([]byte{5}, []byte(fmt.Sprintf("b%04d", n%10000))...)
	out := append(slices.Clone(mod), 0, byte(len(payload)))
	return append(out, payload...)
}

// BenchmarkStart compares a cold compile with cached starts for a small C
// module (logfilter, 140 KB) and for the 2-3 MB Go oracle. Each op is
// one whole Run on a one-line input; start-us is the instantiation alone.
func BenchmarkStart(b *testing.B) {
	input := []byte("1 0xa 0xb\n")
	for _, m := range []string{"c/logfilter.wasm", "go/oracle.wasm"} {
		mod := module(b, m)
		in := input
		if m == "go/oracle.wasm" {
			in = []byte("1\n")
		}
		d := modstore.Sum(mod)
		report := func(b *testing.B, starts []time.Duration) {
			b.ReportMetric(float64(medianDur(starts).Nanoseconds())/1000, "start-us")
		}
		b.Run(m+"/cold-compile", func(b *testing.B) {
			e := newBenchEngine(b, engine.Config{MemoryCacheEntries: 1})
			var starts []time.Duration
			for i := 0; i < b.N; i++ {
				res, err := e.Run(context.Background(), engine.Request{Module: withCustomSection(mod, i), Input: in})
				if err != nil || res.Status != engine.StatusOK || res.Stats.Cache != engine.CacheCompiled {
					b.Fatalf("%v %s %s", err, res.Status, res.Stats.Cache)
				}
				starts = append(starts, res.Stats.Start)
			}
			report(b, starts)
		})
		b.Run(m+"/disk-cached", func(b *testing.B) {
			dir := b.TempDir()
			warm := newBenchEngine(b, engine.Config{CacheDir: dir})
			if _, err := warm.Run(context.Background(), engine.Request{Module: mod, Input: in}); err != nil {
				b.Fatal(err)
			}
			var starts []time.Duration
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				// A fresh engine (as in a new process), its creation not timed.
				b.StopTimer()
				e, err := engine.New(engine.Config{CacheDir: dir}, nil)
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				res, err := e.Run(context.Background(), engine.Request{Module: mod, Digest: d, Input: in})
				b.StopTimer()
				e.Close()
				b.StartTimer()
				if err != nil || res.Status != engine.StatusOK || res.Stats.Cache != engine.CacheDisk {
					b.Fatalf("%v %s %s", err, res.Status, res.Stats.Cache)
				}
				starts = append(starts, res.Stats.Start)
			}
			report(b, starts)
		})
		b.Run(m+"/memory-cached", func(b *testing.B) {
			e := newBenchEngine(b, engine.Config{})
			if _, err := e.Run(context.Background(), engine.Request{Module: mod, Input: in}); err != nil {
				b.Fatal(err)
			}
			var starts []time.Duration
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				res, err := e.Run(context.Background(), engine.Request{Module: mod, Digest: d, Input: in})
				if err != nil || res.Status != engine.StatusOK || res.Stats.Cache != engine.CacheMemory {
					b.Fatalf("%v %s %s", err, res.Status, res.Stats.Cache)
				}
				starts = append(starts, res.Stats.Start)
			}
			report(b, starts)
		})
	}
}

// BenchmarkThroughput runs a trivial task from all cores at once (engine
// MaxConcurrent = GOMAXPROCS) and reports tasks per second.
func BenchmarkThroughput(b *testing.B) {
	for _, c := range []struct{ mod, input string }{
		{"c/logfilter.wasm", "1 0xa 0xb\n"},
		{"as/trigger.wasm", "a=1\n"},
		{"go/oracle.wasm", "1\n2\n3\n"},
	} {
		b.Run(c.mod, func(b *testing.B) {
			mod := module(b, c.mod)
			e := newBenchEngine(b, engine.Config{})
			// As an operator would: the digest is known, so a compiled module
			// is found without hashing the bytes.
			req := engine.Request{Module: mod, Digest: modstore.Sum(mod), Input: []byte(c.input)}
			if _, err := e.Run(context.Background(), req); err != nil {
				b.Fatal(err)
			}
			b.SetParallelism(1) // GOMAXPROCS goroutines: one per core
			t0 := time.Now()
			b.ResetTimer()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					res, err := e.Run(context.Background(), req)
					if err != nil || res.Status != engine.StatusOK {
						b.Errorf("%v %s", err, res.Status)
						return
					}
				}
			})
			b.ReportMetric(float64(b.N)/time.Since(t0).Seconds(), "tasks/s")
			b.ReportMetric(float64(runtime.GOMAXPROCS(0)), "cores")
		})
	}
}
