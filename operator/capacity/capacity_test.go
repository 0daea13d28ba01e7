package capacity

import (
	"context"
	"strings"
	"testing"

	"github.com/blockless/avs/committee"
)

func TestBenchmark(t *testing.T) {
	r, err := Benchmark(context.Background(), Options{Fuel: 20_000_000, Runs: 1, Cores: 2})
	if err != nil {
		t.Fatal(err)
	}
	if r.SingleCoreRate <= 0 || r.ParallelRate <= 0 || r.FuelRate == 0 || r.Cores != 2 {
		t.Fatalf("result %+v: want positive rates on 2 cores", r)
	}
	if r.MemoryMiB == 0 {
		t.Errorf("memory 0 MiB")
	}
	c := r.Capacity(committee.RuntimeWasm)
	if c.Cores != 2 || c.FuelRate != r.FuelRate || uint64(c.MemoryMiB) != r.MemoryMiB {
		t.Errorf("capacity %+v from %+v", c, r)
	}
	t.Logf("single %.0f Mfuel/s, parallel %.0f Mfuel/s per core, %d MiB, %v", r.SingleCoreRate, r.ParallelRate, r.MemoryMiB, r.Elapsed)
}

func TestParseRuntimes(t *testing.T) {
	for in, want := range map[string]uint8{"wasm": 1, "wasm,x86": 3, " X86 , zk ": 6, "zk,wasm,x86": 7, "wasm,wasm": 1} {
		got, err := ParseRuntimes(in)
		if err != nil || got != want {
			t.Errorf("ParseRuntimes(%q) = %d, %v; want %d", in, got, err, want)
		}
		if back, _ := ParseRuntimes(FormatRuntimes(got)); back != got {
			t.Errorf("FormatRuntimes(%d) = %q does not parse back", got, FormatRuntimes(got))
		}
	}
	for in, want := range map[string]string{"": "no runtime", ",": "no runtime", "wasm,arm": `unknown runtime "arm"`} {
		if _, err := ParseRuntimes(in); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ParseRuntimes(%q): %v, want %q", in, err, want)
		}
	}
	if FormatRuntimes(0) != "none" || FormatRuntimes(3) != "wasm,x86" {
		t.Errorf("FormatRuntimes: %q %q", FormatRuntimes(0), FormatRuntimes(3))
	}
}
