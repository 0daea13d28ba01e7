package engine

import (
	"bytes"
	"context"
	"testing"
)

// BenchmarkRunTrivial is the engine time of a trivial task whose module is already compiled:
// the per-task floor an operator pays (store, instance, WASI setup, run, teardown).
func BenchmarkRunTrivial(b *testing.B) {
	e := newEngine(b, Config{})
	req := Request{Module: wasm(b, "echo"), Input: []byte("hello\n"), Limits: Limits{Fuel: 1_000_000, MemoryBytes: 1 << 20}}
	res := run(b, e, req) // compile outside the timed loop
	if res.Status != StatusOK || !bytes.Equal(res.Output, req.Input) {
		b.Fatalf("echo: %s %q", res.Status, res.Output)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, err := e.Run(context.Background(), req); err != nil {
			b.Fatal(err)
		}
	}
}
