package engine

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/blockless/avs/emulator/elftest"
	"github.com/blockless/avs/internal/built"
)

// x86Engines returns an engine that interprets x86 code and one that
// translates it; both run the same emulator module.
func x86Engines(t testing.TB) (interp, xlate *Engine) {
	t.Helper()
	emu, err := x86EmulatorPath()
	if err != nil {
		t.Fatal(err)
	}
	for _, tr := range []bool{false, true} {
		e, err := New(Config{MaxConcurrent: 2, SerialCompile: true, X86Emulator: emu, X86Translate: tr}, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { e.Close() })
		if _, _, err := e.X86Emulator(); err != nil {
			t.Fatalf("%v (run 'make emulator-wasm')", err)
		}
		if tr {
			xlate = e
		} else {
			interp = e
		}
	}
	return interp, xlate
}

// sameX86 reports how two results of one request differ, or "".
func sameX86(a, b Result) string {
	switch {
	case a.Status != b.Status:
		return "status " + string(a.Status) + " vs " + string(b.Status)
	case a.ExitCode != b.ExitCode:
		return "exit code"
	case a.Trap != b.Trap:
		return "trap kind"
	case a.FuelUsed != b.FuelUsed:
		return "instruction count"
	case !bytes.Equal(a.Output, b.Output):
		return "stdout"
	case !bytes.Equal(a.Stderr, b.Stderr):
		return "stderr"
	case a.Message != b.Message:
		return "message " + a.Message + " vs " + b.Message
	}
	return ""
}

// TestX86TranslateCorpus is the translator's differential test: every
// corpus program, interpreted and translated inside the engine, must give
// the same stdout, stderr, status, exit code, message and instruction
// count. -short runs the musl -O2 build only.
func TestX86TranslateCorpus(t *testing.T) {
	variants := []string{"musl-O2", "gcc-O2", "musl-O0", "musl-Os", "gcc-O0", "gcc-Os"}
	if testing.Short() {
		variants = variants[:1]
	}
	var bins []string
	for _, v := range variants {
		dir := filepath.Join("..", "build", "emulator", v)
		built.Require(t, "emulator-corpus", dir)
		names, err := filepath.Glob(filepath.Join(dir, "*"))
		if err != nil {
			t.Fatal(err)
		}
		bins = append(bins, names...)
	}
	interp, xlate := x86Engines(t)
	var mu sync.Mutex
	same, translated := 0, 0
	t.Run("bin", func(t *testing.T) {
		for _, path := range bins {
			name := filepath.Base(filepath.Dir(path)) + "/" + filepath.Base(path)
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				elf, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				stdin, _ := os.ReadFile(filepath.Join("..", "emulator", "testdata", "corpus", filepath.Base(path)+".stdin"))
				req := Request{Module: elf, Args: []string{"alpha", "beta"}, Input: stdin}
				want, err := interp.RunX86(context.Background(), req)
				if err != nil {
					t.Fatal(err)
				}
				got, err := xlate.RunX86(context.Background(), req)
				if err != nil {
					t.Fatal(err)
				}
				if d := sameX86(want, got); d != "" {
					t.Errorf("translated run differs: %s\ninterpreted: %s %q insns=%d\ntranslated:  %s %q insns=%d", d,
						want.Status, want.Message, want.FuelUsed, got.Status, got.Message, got.FuelUsed)
					return
				}
				mu.Lock()
				same++
				if got.Stats.X86Translations > 0 {
					translated++
				}
				mu.Unlock()
			})
		}
	})
	t.Logf("%d of %d corpus binaries identical interpreted and translated (%d with translated regions)", same, len(bins), translated)
	if translated == 0 {
		t.Error("no run translated anything")
	}
}

// midBlockELF loops to 1000 adding into rbx (a hot, translated loop), then
// jumps 199 times into the middle of that loop's block, at the add, with
// rax = 986, and exits with rbx & 0xff.
func midBlockELF() []byte {
	return elftest.Tiny([]byte{
		0x31, 0xc0, // xor eax, eax
		0x31, 0xdb, // xor ebx, ebx
		0x45, 0x31, 0xe4, // xor r12d, r12d
		0x48, 0xff, 0xc0, // 7: inc rax
		0x48, 0x01, 0xc3, // 10: add rbx, rax
		0x48, 0x3d, 0xe8, 0x03, 0x00, 0x00, // 13: cmp rax, 1000
		0x75, 0xf2, // 19: jne 7
		0x49, 0xff, 0xc4, // 21: inc r12
		0x49, 0x81, 0xfc, 0xc8, 0x00, 0x00, 0x00, // 24: cmp r12, 200
		0x74, 0x07, // 31: je 40
		0xb8, 0xda, 0x03, 0x00, 0x00, // 33: mov eax, 986
		0xeb, 0xe2, // 38: jmp 10
		0x89, 0xdf, // 40: mov edi, ebx
		0xb8, 0x3c, 0x00, 0x00, 0x00, // mov eax, 60
		0x0f, 0x05, // syscall
	})
}

// TestX86TranslateEdges covers what the corpus may not: a jump into the
// middle of a translated block, the instruction budget running out at
// many points inside translated regions, and self-modifying code under a
// budget.
func TestX86TranslateEdges(t *testing.T) {
	interp, xlate := x86Engines(t)
	same := func(t *testing.T, req Request) Result {
		t.Helper()
		want, err := interp.RunX86(context.Background(), req)
		if err != nil {
			t.Fatal(err)
		}
		got, err := xlate.RunX86(context.Background(), req)
		if err != nil {
			t.Fatal(err)
		}
		if d := sameX86(want, got); d != "" {
			t.Fatalf("fuel %d: translated run differs: %s\ninterpreted: %s %q insns=%d\ntranslated:  %s %q insns=%d", req.Limits.Fuel, d,
				want.Status, want.Message, want.FuelUsed, got.Status, got.Message, got.FuelUsed)
		}
		return got
	}
	t.Run("mid-block", func(t *testing.T) {
		res := same(t, Request{Module: midBlockELF()})
		if res.Stats.X86Translations == 0 {
			t.Error("nothing was translated")
		}
		// rbx = sum(1..1000) + 200 * sum(986..1000) over the re-entries.
		want := (500500 + 199*(14*(987+1000)/2+986)) & 0xff
		if res.Status != StatusExitNonZero || res.ExitCode != int32(want) {
			t.Errorf("status %s exit %d, want exit %d", res.Status, res.ExitCode, want)
		}
	})
	t.Run("budget", func(t *testing.T) {
		// Budgets that end in the middle of the loop blocks, at their
		// edges and around the re-entries.
		for _, fuel := range []uint64{1, 5, 200, 640, 641, 642, 643, 2001, 3998, 4003, 4004, 4005, 4006, 4007, 4010, 4999, 5003, 9001, 10007} {
			req := Request{Module: midBlockELF()}
			req.Limits.Fuel = fuel
			res := same(t, req)
			if res.Status != StatusOutOfFuel || res.FuelUsed != fuel {
				t.Fatalf("fuel %d: status %s after %d instructions", fuel, res.Status, res.FuelUsed)
			}
		}
	})
	for _, prog := range []string{"jit", "sha256"} {
		t.Run(prog+"-budget", func(t *testing.T) {
			elf := readCorpus(t, prog)
			full := same(t, Request{Module: elf, Args: []string{"20"}})
			if full.Stats.X86Translations == 0 {
				t.Error("nothing was translated")
			}
			for _, div := range []uint64{2, 3, 7, 11, 101} {
				req := Request{Module: elf, Args: []string{"20"}}
				req.Limits.Fuel = full.FuelUsed/div + div
				if res := same(t, req); res.Status != StatusOutOfFuel {
					t.Fatalf("fuel %d: status %s", req.Limits.Fuel, res.Status)
				}
			}
		})
	}
}
