package engine

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"
)

// fuzzEngine is shared by all iterations of a fuzz target: creating an
// engine per input would measure engine start-up, not module loading.
func fuzzEngine(f *testing.F) *Engine {
	e, err := New(Config{MemoryCacheEntries: 8}, nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { e.Close() })
	return e
}

var fuzzLimits = Limits{Fuel: 2_000_000, MemoryBytes: 16 << 20, Timeout: 5 * time.Second, MaxOutput: 64 << 10}

// FuzzModuleLoad: any bytes as a module yield a Result (a status), never a
// host error or a crash, and the same bytes always yield the same outcome.
func FuzzModuleLoad(f *testing.F) {
	for _, name := range []string{"hello", "echo", "loop", "membomb", "exit3", "unknownimport", "nostart", "nan", "divzero"} {
		b := wasm(f, name)
		f.Add(b)
		f.Add(b[:len(b)/2])
	}
	f.Add([]byte{})
	f.Add([]byte("\x00asm\x01\x00\x00\x00"))
	f.Add([]byte("\x00asm\x01\x00\x00\x00\x01\xff\xff\xff\xff\x0f"))
	e := fuzzEngine(f)
	f.Fuzz(func(t *testing.T, mod []byte) {
		if mod == nil {
			mod = []byte{}
		}
		req := Request{Module: mod, Input: []byte("in"), Limits: fuzzLimits}
		a, err := e.Run(context.Background(), req)
		if err != nil {
			t.Fatalf("host error for guest bytes: %v", err)
		}
		b, err := e.Run(context.Background(), req)
		if err != nil {
			t.Fatal(err)
		}
		if a.Status == StatusTimeout || b.Status == StatusTimeout {
			return // wall clock: allowed to differ
		}
		if a.Status != b.Status || a.Trap != b.Trap || a.ExitCode != b.ExitCode || !bytes.Equal(a.Output, b.Output) || a.FuelUsed != b.FuelUsed {
			t.Fatalf("nondeterministic: %s/%s/%d/%d vs %s/%s/%d/%d", a.Status, a.Trap, a.ExitCode, a.FuelUsed, b.Status, b.Trap, b.ExitCode, b.FuelUsed)
		}
	})
}

// FuzzWASIInput drives the WASI input path (stdin, argv, env) with arbitrary
// bytes: the WAT echo guest must return stdin unchanged, and the Go guest
// must see argv and env exactly as given.
func FuzzWASIInput(f *testing.F) {
	if testing.Short() {
		f.Skip("compiles a multi-megabyte Go guest with Cranelift (seconds): -short (make check) leaves it to make test and make fuzz")
	}
	f.Add([]byte(""), "", "")
	f.Add([]byte("hello\n"), "arg with spaces", "V=1")
	f.Add(bytes.Repeat([]byte{0, 0xff, '\n'}, 5000), "ünïcödé", "EMPTY=")
	f.Add([]byte(strings.Repeat("x", 70000)), "-flag=1", "A=B=C")
	e := fuzzEngine(f)
	echo := wasm(f, "echo")
	var once sync.Once
	var goMod []byte
	f.Fuzz(func(t *testing.T, input []byte, arg, env string) {
		res, err := e.Run(context.Background(), Request{Module: echo, Input: input, Limits: fuzzLimits})
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case len(input) > fuzzLimits.MaxOutput:
			if res.Status != StatusOutputTooLarge {
				t.Fatalf("%d bytes: %s", len(input), res.Status)
			}
		case res.Status == StatusOutOfFuel:
			// Long inputs may need more fuel than the fuzz limit.
		case res.Status != StatusOK || !bytes.Equal(res.Output, input):
			t.Fatalf("echo: %s (%s), %d bytes in, %d out", res.Status, res.Message, len(input), len(res.Output))
		}

		once.Do(func() { goMod = readGoGuest(t) })
		req := Request{Module: goMod, Args: []string{"env", arg}, Env: []string{env}, Limits: Limits{MemoryBytes: 64 << 20}}
		res, err = e.Run(context.Background(), req)
		k, _, ok := strings.Cut(env, "=")
		badEnv := !ok || k == "" || strings.ContainsRune(env, 0) || !utf8.ValidString(env)
		badArg := strings.ContainsRune(arg, 0) || !utf8.ValidString(arg)
		if badEnv || badArg {
			if !errors.Is(err, ErrInvalidRequest) {
				t.Fatalf("accepted arg %q env %q", arg, env)
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		want := "function env " + arg + "\n" + env + "\n"
		if res.Status != StatusOK || string(res.Output) != want {
			t.Fatalf("%s: got %q want %q", res.Status, res.Output, want)
		}
	})
}
