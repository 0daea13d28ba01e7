package engine

import (
	"context"
	"errors"
	"testing"

	"github.com/blockless/avs/modstore"
)

// TestModuleSource: a request naming only a digest is served from the
// engine's ModuleSource (the operator's module store), verified by digest.
func TestModuleSource(t *testing.T) {
	store, err := modstore.New(modstore.Config{Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	d, err := store.Put(wasm(t, "hello"))
	if err != nil {
		t.Fatal(err)
	}
	e, err := New(Config{}, store)
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	res, err := e.Run(context.Background(), Request{Digest: d})
	if err != nil || res.Status != StatusOK || string(res.Output) != "hello\n" {
		t.Fatalf("%v %s %q", err, res.Status, res.Output)
	}
	if !e.Cached(d) {
		t.Fatal("module not cached after the run")
	}
	if _, err := e.Run(context.Background(), Request{Digest: modstore.Sum([]byte("absent"))}); !errors.Is(err, modstore.ErrNotFound) {
		t.Fatalf("absent module: %v", err)
	}
}

func TestPrepareAndNegativeCache(t *testing.T) {
	e := newEngine(t, Config{})
	ctx := context.Background()
	for name, want := range map[string]Status{"hello": StatusOK, "unknownimport": StatusBadImports, "nostart": StatusBadEntry} {
		d, st, err := e.Prepare(ctx, wasm(t, name))
		if err != nil || st != want || d != modstore.Sum(wasm(t, name)) {
			t.Fatalf("%s: %v %s", name, err, st)
		}
	}
	garbage := []byte("not wasm at all")
	if _, st, _ := e.Prepare(ctx, garbage); st != StatusInvalidModule {
		t.Fatal(st)
	}
	// The verdict on garbage is cached: no second compile attempt.
	res := run(t, e, Request{Module: garbage})
	if res.Status != StatusInvalidModule || res.Stats.Cache != CacheMemory {
		t.Fatalf("%s %s", res.Status, res.Stats.Cache)
	}
}
