package capacity

import (
	"context"
	"os"
	"testing"
)

// TestBenchmarkDefault runs the benchmark as `operator benchmark` does; only with
// BLOCKLESS_BENCHMARK=1 (it takes seconds and wants idle cores).
func TestBenchmarkDefault(t *testing.T) {
	if os.Getenv("BLOCKLESS_BENCHMARK") == "" {
		t.Skip("set BLOCKLESS_BENCHMARK=1")
	}
	r, err := Benchmark(context.Background(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%+v", r)
}
