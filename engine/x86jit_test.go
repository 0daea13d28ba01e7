package engine

import (
	"bytes"
	"context"
	"encoding/binary"
	"math/bits"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

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

// midBlockELF loops to 10000 adding into rbx (a hot, translated loop),
// then jumps 199 times into the middle of that loop's block, at the add,
// with rax = 9986, and exits with rbx & 0xff.
func midBlockELF() []byte {
	return elftest.Tiny([]byte{
		0x31, 0xc0, // xor eax, eax
		0x31, 0xdb, // xor ebx, ebx
		0x45, 0x31, 0xe4, // xor r12d, r12d
		0x48, 0xff, 0xc0, // 7: inc rax
		0x48, 0x01, 0xc3, // 10: add rbx, rax
		0x48, 0x3d, 0x10, 0x27, 0x00, 0x00, // 13: cmp rax, 10000
		0x75, 0xf2, // 19: jne 7
		0x49, 0xff, 0xc4, // 21: inc r12
		0x49, 0x81, 0xfc, 0xc8, 0x00, 0x00, 0x00, // 24: cmp r12, 200
		0x74, 0x07, // 31: je 40
		0xb8, 0x02, 0x27, 0x00, 0x00, // 33: mov eax, 9986
		0xeb, 0xe2, // 38: jmp 10
		0x89, 0xdf, // 40: mov edi, ebx
		0xb8, 0x3c, 0x00, 0x00, 0x00, // mov eax, 60
		0x0f, 0x05, // syscall
	})
}

// smcELF calls f(i) = lea eax, [rdi + imm] for i in 0..19999 and sums the
// results; at i = 7000 and i = 14000 it first rewrites f's immediate
// (1000 → 2000 → 3000) with a store into its own code page, while the loop
// and f are translated. It exits with the sum & 0xff.
func smcELF() []byte {
	elf := elftest.Tiny([]byte{
		0x31, 0xdb, // 0: xor ebx, ebx
		0x31, 0xff, // 2: xor edi, edi
		0x81, 0xff, 0x58, 0x1b, 0x00, 0x00, // 4: cmp edi, 7000
		0x75, 0x0a, // 10: jne 22
		0xc7, 0x05, 0x2e, 0x00, 0x00, 0x00, 0xd0, 0x07, 0x00, 0x00, // 12: mov dword [rip+46], 2000 (f's imm)
		0x81, 0xff, 0xb0, 0x36, 0x00, 0x00, // 22: cmp edi, 14000
		0x75, 0x0a, // 28: jne 40
		0xc7, 0x05, 0x1c, 0x00, 0x00, 0x00, 0xb8, 0x0b, 0x00, 0x00, // 30: mov dword [rip+28], 3000
		0xe8, 0x15, 0x00, 0x00, 0x00, // 40: call 66
		0x01, 0xc3, // 45: add ebx, eax
		0xff, 0xc7, // 47: inc edi
		0x81, 0xff, 0x20, 0x4e, 0x00, 0x00, // 49: cmp edi, 20000
		0x75, 0xcb, // 55: jne 4
		0x89, 0xdf, // 57: mov edi, ebx
		0xb8, 0x3c, 0x00, 0x00, 0x00, // 59: mov eax, 60
		0x0f, 0x05, // 64: syscall
		0x8d, 0x87, 0xe8, 0x03, 0x00, 0x00, // 66: f: lea eax, [rdi + 1000]
		0xc3, // 72: ret
	})
	elf[64+4] = 7 // the segment is writable too: PF_R|PF_W|PF_X
	return elf
}

// mmapAnonCode is code that maps pages (at most 15) private anonymous pages with
// protection prot (PROT_* bits) anywhere; the address ends in rax.
func mmapAnonCode(pages, prot byte) []byte {
	return []byte{
		0x31, 0xff, // xor edi, edi
		0xbe, 0x00, pages << 4, 0x00, 0x00, // mov esi, pages*4096
		0xba, prot, 0x00, 0x00, 0x00, // mov edx, prot
		0x41, 0xba, 0x22, 0x00, 0x00, 0x00, // mov r10d, 0x22 (private, anonymous)
		0x49, 0xc7, 0xc0, 0xff, 0xff, 0xff, 0xff, // mov r8, -1
		0x45, 0x31, 0xc9, // xor r9d, r9d
		0xb8, 0x09, 0x00, 0x00, 0x00, // mov eax, 9 (mmap)
		0x0f, 0x05, // syscall
	}
}

// smcMmapELF runs f (return edi + imm) from an anonymous RWX mapping:
// f is written as data first (so its page is in the mmap memory window's
// fast run before it holds code), and every 4096 iterations a store from
// the loop sets f's immediate to 1000 + i/4096. The store's block runs
// at i = 0, before the loop turns hot, so it is part of the translated
// region and the later patches are translated stores: a page that holds
// decoded code must leave the fast run, or they would bypass the
// invalidation and f would keep its old immediate.
func smcMmapELF() []byte {
	code := append(mmapAnonCode(1, 7), // rwx
		0x49, 0x89, 0xc4, // mov r12, rax
		0x41, 0xc7, 0x04, 0x24, 0x8d, 0x87, 0xe8, 0x03, // mov dword [r12], lea eax, [rdi+1000]...
		0x41, 0xc7, 0x44, 0x24, 0x04, 0x00, 0x00, 0xc3, 0x00, // mov dword [r12+4], ...; ret
		0x31, 0xdb, // xor ebx, ebx
		0x31, 0xff, // xor edi, edi
	)
	loop := len(code)
	code = append(code,
		0xf7, 0xc7, 0xff, 0x0f, 0x00, 0x00, // test edi, 4095
		0x75, 0x0f, // jnz +15
		0x89, 0xf8, // mov eax, edi
		0xc1, 0xe8, 0x0c, // shr eax, 12
		0x05, 0xe8, 0x03, 0x00, 0x00, // add eax, 1000
		0x41, 0x89, 0x44, 0x24, 0x02, // mov [r12+2], eax
		0x41, 0xff, 0xd4, // call r12
		0x01, 0xc3, // add ebx, eax
		0xff, 0xc7, // inc edi
		0x81, 0xff, 0x20, 0x4e, 0x00, 0x00, // cmp edi, 20000
		0x75, 0x00, // jne loop
	)
	code[len(code)-1] = byte(loop - len(code))
	code = append(code,
		0x89, 0xdf, // mov edi, ebx
		0xb8, 0x3c, 0x00, 0x00, 0x00, // mov eax, 60
		0x0f, 0x05, // syscall
	)
	return elftest.Tiny(code)
}

// repFaultELF has a hot loop of rep stosb of i bytes (i = 0, 1, 2, ...)
// ending i-3000 bytes into the third page of an anonymous mapping whose
// three pages it touched first and whose third page it then made
// read-only: the first two pages are the mmap memory window's fast run.
// Once i passes 3000 (long after the loop is translated) the rep reaches
// past the run into the read-only page and must fault there, at the same
// instruction as interpreted, not write through the window's slab.
func repFaultELF() []byte {
	code := append(mmapAnonCode(3, 3), // rw
		0x48, 0x89, 0xc3, // mov rbx, rax
		0xc6, 0x03, 0x01, // mov byte [rbx], 1
		0xc6, 0x83, 0x00, 0x10, 0x00, 0x00, 0x01, // mov byte [rbx+0x1000], 1
		0xc6, 0x83, 0x00, 0x20, 0x00, 0x00, 0x01, // mov byte [rbx+0x2000], 1
		0x48, 0x8d, 0xbb, 0x00, 0x20, 0x00, 0x00, // lea rdi, [rbx+0x2000]
		0xbe, 0x00, 0x10, 0x00, 0x00, // mov esi, 0x1000
		0xba, 0x01, 0x00, 0x00, 0x00, // mov edx, 1 (read-only)
		0xb8, 0x0a, 0x00, 0x00, 0x00, // mov eax, 10 (mprotect)
		0x0f, 0x05, // syscall
		0x31, 0xd2, // xor edx, edx
	)
	loop := len(code)
	code = append(code,
		0x48, 0x8d, 0xbb, 0x48, 0x14, 0x00, 0x00, // lea rdi, [rbx+0x2000-3000]
		0x89, 0xd1, // mov ecx, edx
		0x89, 0xd0, // mov eax, edx
		0xf3, 0xaa, // rep stosb
		0x83, 0xc2, 0x01, // add edx, 1
		0xeb, 0x00, // jmp loop
	)
	code[len(code)-1] = byte(loop - len(code))
	return elftest.Tiny(code)
}

// repStringsCode is the body of a hot loop (r15 counts down) of rep movs and rep stos over
// two stack pages: copies that cross the page boundary or not with the counter, stosq, a
// forward overlap (the destination 1-7 bytes into what stosq wrote) or a copy onto itself,
// stosb followed by an instruction left to the interpreter (bt) in the same block, and
// movsq; the results are folded into r12-r14.
var repStringsCode = []byte{
	0x48, 0x89, 0xe3, // mov rbx, rsp
	0x48, 0x81, 0xe3, 0x00, 0xf0, 0xff, 0xff, // and rbx, -4096
	0x4c, 0x89, 0xf9, // mov rcx, r15
	0x48, 0x83, 0xe1, 0x7f, // and rcx, 127
	0x48, 0x8d, 0xb3, 0x9c, 0xef, 0xff, 0xff, // lea rsi, [rbx-4196]
	0x4c, 0x89, 0xf8, // mov rax, r15
	0x48, 0x83, 0xe0, 0x7f, // and rax, 127
	0x48, 0x01, 0xc6, // add rsi, rax
	0x48, 0x8d, 0xbb, 0x00, 0xf8, 0xff, 0xff, // lea rdi, [rbx-2048]
	0x48, 0x01, 0xc7, // add rdi, rax
	0xf3, 0xa4, // rep movsb: 0-127 bytes, crossing rbx-4096 for some
	0x4c, 0x89, 0xf9, // mov rcx, r15
	0x48, 0x83, 0xe1, 0x0f, // and rcx, 15
	0x48, 0x8d, 0xbb, 0xd8, 0xef, 0xff, 0xff, // lea rdi, [rbx-4136]
	0x49, 0x69, 0xc7, 0x01, 0x01, 0x01, 0x01, // imul rax, r15, 0x01010101
	0xf3, 0x48, 0xab, // rep stosq: 0-15 qwords, crossing for 6 and more
	0x4c, 0x89, 0xf8, // mov rax, r15
	0x48, 0x83, 0xe0, 0x07, // and rax, 7
	0x48, 0x8d, 0xb3, 0xd8, 0xef, 0xff, 0xff, // lea rsi, [rbx-4136]
	0x48, 0x8d, 0x3c, 0x06, // lea rdi, [rsi+rax]
	0xb9, 0x10, 0x00, 0x00, 0x00, // mov ecx, 16
	0xf3, 0xa4, // rep movsb: overlapping forward, or onto itself
	0x44, 0x89, 0xf8, // mov eax, r15d
	0x48, 0x8d, 0xbb, 0x00, 0xf0, 0xff, 0xff, // lea rdi, [rbx-4096]
	0xb9, 0x21, 0x00, 0x00, 0x00, // mov ecx, 33
	0xf3, 0xaa, // rep stosb
	0x0f, 0xba, 0xe0, 0x03, // bt eax, 3 (not translated: the block's translation ends here)
	0xb9, 0x05, 0x00, 0x00, 0x00, // mov ecx, 5
	0x48, 0x8d, 0xb3, 0xe4, 0xf3, 0xff, 0xff, // lea rsi, [rbx-3100]
	0x48, 0x8d, 0xbb, 0x18, 0xfc, 0xff, 0xff, // lea rdi, [rbx-1000]
	0xf3, 0x48, 0xa5, // rep movsq
	0x4c, 0x03, 0xb3, 0x00, 0xf8, 0xff, 0xff, // add r14, [rbx-2048]
	0x4c, 0x33, 0xb3, 0xd8, 0xef, 0xff, 0xff, // xor r14, [rbx-4136]
	0x4c, 0x03, 0xab, 0xe0, 0xef, 0xff, 0xff, // add r13, [rbx-4128]: bytes the overlapping copy wrote
	0x4c, 0x03, 0xa3, 0x18, 0xfc, 0xff, 0xff, // add r12, [rbx-1000]
	0x49, 0xc1, 0xc6, 0x07, // rol r14, 7
}

// repLongCode is the body of a hot loop of rep stos and rep movs longer
// than a page on the stack (pages the stack's memory window covers once
// touched): stosq of a repeated byte (one fill), movsq from it, and stosq
// of a value whose bytes differ (an element loop); the results are folded
// into r12-r14.
var repLongCode = []byte{
	0x48, 0x89, 0xe3, // mov rbx, rsp
	0x48, 0x81, 0xe3, 0x00, 0xf0, 0xff, 0xff, // and rbx, -4096
	0x48, 0x8d, 0xbb, 0x00, 0xa0, 0xff, 0xff, // lea rdi, [rbx-24576]
	0x4c, 0x89, 0xf9, // mov rcx, r15
	0x48, 0x81, 0xe1, 0xff, 0x00, 0x00, 0x00, // and rcx, 255
	0x48, 0x81, 0xc1, 0x00, 0x04, 0x00, 0x00, // add rcx, 1024
	0x4c, 0x89, 0xf8, // mov rax, r15
	0x48, 0x25, 0xff, 0x00, 0x00, 0x00, // and rax, 255
	0x48, 0xba, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, // mov rdx, 0x0101010101010101
	0x48, 0x0f, 0xaf, 0xc2, // imul rax, rdx
	0xf3, 0x48, 0xab, // rep stosq: 8-10 KB of one byte
	0x48, 0x8d, 0xb3, 0x00, 0xa0, 0xff, 0xff, // lea rsi, [rbx-24576]
	0x4c, 0x89, 0xf8, // mov rax, r15
	0x48, 0x83, 0xe0, 0x07, // and rax, 7
	0x48, 0x8d, 0x34, 0xc6, // lea rsi, [rsi+rax*8]
	0x48, 0x8d, 0xbb, 0x00, 0xd0, 0xff, 0xff, // lea rdi, [rbx-12288]
	0xb9, 0x4c, 0x04, 0x00, 0x00, // mov ecx, 1100
	0xf3, 0x48, 0xa5, // rep movsq: 8800 bytes
	0x49, 0x69, 0xc7, 0x01, 0x00, 0x01, 0x00, // imul rax, r15, 0x10001
	0x48, 0xff, 0xc0, // inc rax
	0x48, 0x8d, 0xbb, 0x00, 0xc0, 0xff, 0xff, // lea rdi, [rbx-16384]
	0xb9, 0xbc, 0x02, 0x00, 0x00, // mov ecx, 700
	0xf3, 0x48, 0xab, // rep stosq: 5600 bytes, not one repeated byte
	0x4c, 0x03, 0xb3, 0x00, 0xd0, 0xff, 0xff, // add r14, [rbx-12288]
	0x4c, 0x33, 0xb3, 0xf8, 0xdd, 0xff, 0xff, // xor r14, [rbx-8712]
	0x4c, 0x03, 0xab, 0x00, 0xc0, 0xff, 0xff, // add r13, [rbx-16384]
	0x4c, 0x03, 0xa3, 0xd8, 0xea, 0xff, 0xff, // add r12, [rbx-5416]
	0x49, 0xc1, 0xc6, 0x07, // rol r14, 7
}

// TestX86TranslateEdges covers what the corpus may not: a jump into the
// middle of a translated block, the instruction budget running out at
// many points inside translated regions, and code that rewrites itself
// while translated, under budgets too.
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
		// rbx = sum(1..10000) + 199 * sum(9986..10000) over the re-entries.
		want := (50005000 + 199*(14*(9987+10000)/2+9986)) & 0xff
		if res.Status != StatusExitNonZero || res.ExitCode != int32(want) {
			t.Errorf("status %s exit %d, want exit %d", res.Status, res.ExitCode, want)
		}
	})
	t.Run("budget", func(t *testing.T) {
		// Budgets that end in the middle of the loop blocks, at their
		// edges and around the re-entries.
		// The loop block turns hot on its 1024th run (after 4095
		// instructions); the program ends after 52745.
		for _, fuel := range []uint64{1, 5, 4094, 4095, 4096, 4097, 4098, 4099, 4100, 4103, 4107,
			16386, 16387, 16388, 16389, 16390, 16391, 16399, 20001, 20002, 20003, 39998,
			40001, 40002, 40003, 40004, 40005, 40006, 40013, 40061, 41234, 45001, 50001, 52744} {
			req := Request{Module: midBlockELF()}
			req.Limits.Fuel = fuel
			res := same(t, req)
			if res.Status != StatusOutOfFuel || res.FuelUsed != fuel {
				t.Fatalf("fuel %d: status %s after %d instructions", fuel, res.Status, res.FuelUsed)
			}
		}
	})
	t.Run("self-modifying", func(t *testing.T) {
		full := same(t, Request{Module: smcELF()})
		if full.Stats.X86Translations < 2 {
			t.Errorf("%d regions translated, want the loop translated before and after each patch", full.Stats.X86Translations)
		}
		if want := int32(238990000 & 0xff); full.Status != StatusExitNonZero || full.ExitCode != want {
			t.Errorf("status %s exit %d, want exit %d", full.Status, full.ExitCode, want)
		}
		for _, fuel := range []uint64{20000, 28001, 28006, 40003, 56001, 56002, 56003, 56004, 56005, 56006, 56007, 70001, full.FuelUsed - 1} {
			req := Request{Module: smcELF()}
			req.Limits.Fuel = fuel
			if res := same(t, req); res.Status != StatusOutOfFuel {
				t.Fatalf("fuel %d: status %s", fuel, res.Status)
			}
		}
	})
	t.Run("self-modifying in a memory window", func(t *testing.T) {
		full := same(t, Request{Module: smcMmapELF()})
		if full.Stats.X86Translations == 0 {
			t.Error("nothing was translated")
		}
		var sum uint32
		for i := uint32(0); i < 20000; i++ {
			sum += i + 1000 + i>>12
		}
		if want := int32(sum & 0xff); full.Status != StatusExitNonZero || full.ExitCode != want {
			t.Errorf("status %s exit %d, want exit %d", full.Status, full.ExitCode, want)
		}
	})
	t.Run("rep string into a read-only page", func(t *testing.T) {
		full := same(t, Request{Module: repFaultELF()})
		if full.Stats.X86Translations == 0 {
			t.Error("nothing was translated")
		}
		if full.Status == StatusOK || !strings.Contains(full.Message, "segmentation fault") {
			t.Errorf("status %s %q, want the guest's segmentation fault", full.Status, full.Message)
		}
	})
	t.Run("sse", func(t *testing.T) {
		// SSE arithmetic, conversions, compares and moves over NaNs,
		// infinities, signed zeros and overflowing conversions; the loop
		// turns hot and translated long before its last results.
		full := same(t, Request{Module: elftest.SSE()})
		if full.Stats.X86Translations == 0 {
			t.Error("nothing was translated")
		}
		if full.Status != StatusOK || len(full.Output) != 32768 {
			t.Fatalf("status %s, %d bytes of output", full.Status, len(full.Output))
		}
		// A few results the interpreter's rules fix (operand pair j's
		// results start at 2048*j).
		le := binary.LittleEndian
		for _, c := range []struct {
			j, off int
			want   uint64
		}{
			{0, 0, 0x400e000000000000},   // 1.5 + 2.25
			{1, 0, 0x7ff8000000000001},   // sNaN + 1: the first operand's NaN, quieted
			{2, 8, 0xfff8000000000abc},   // 1 - sNaN: the second's
			{3, 16, 0x7ff8000000000123},  // qNaN * sNaN: the first's
			{4, 0, 0xfff8000000000000},   // inf + -inf: the default NaN
			{5, 24, 0xfff8000000000000},  // 0 / -0
			{5, 40, 0x8000000000000000},  // minsd 0, -0: the second
			{6, 48, 0x0000000000000000},  // maxsd -0, 0: the second
			{7, 32, 0xfff8000000000000},  // sqrt(-4)
			{7, 56, 0xfffffffffffffffc},  // cvttsd2si -4.0
			{7, 64, 0x80000000},          // cvttsd2si 2^63 to a dword: indefinite
			{8, 56, 0x8000000000000000},  // cvttsd2si -2^63
			{8, 72, 0x8000000000000000},  // cvtsd2si -2^63-2048: indefinite
			{14, 72, 0x0000000000000002}, // cvtsd2si 2.5 rounds to even
		} {
			if got := le.Uint64(full.Output[2048*c.j+c.off:]); got != c.want {
				t.Errorf("pair %d offset %d: %#x, want %#x", c.j, c.off, got, c.want)
			}
		}
		// Every bit of it as the real CPU computes it. The engine runs the
		// emulator without NaN canonicalization, so a NaN that wasm left
		// open and the emulator did not pick itself would show here.
		if runtime.GOARCH == "amd64" && runtime.GOOS == "linux" {
			exe := filepath.Join(t.TempDir(), "sse")
			if err := os.WriteFile(exe, elftest.SSE(), 0o755); err != nil {
				t.Fatal(err)
			}
			native, err := exec.Command(exe).Output()
			if err != nil {
				t.Fatalf("the SSE program natively: %v", err)
			}
			if !bytes.Equal(native, full.Output) {
				for i := 0; i+8 <= len(native) && i+8 <= len(full.Output); i += 8 {
					if a, b := binary.LittleEndian.Uint64(native[i:]), binary.LittleEndian.Uint64(full.Output[i:]); a != b {
						t.Errorf("offset %d: native %#x, emulated %#x", i, a, b)
					}
				}
				t.Fatalf("the emulated SSE results differ from the CPU's (%d and %d bytes)", len(native), len(full.Output))
			}
		}
		for _, fuel := range []uint64{20001, 100003, 500001, 1000003, full.FuelUsed - 1} {
			req := Request{Module: elftest.SSE()}
			req.Limits.Fuel = fuel
			if res := same(t, req); res.Status != StatusOutOfFuel {
				t.Fatalf("fuel %d: status %s", fuel, res.Status)
			}
		}
	})
	t.Run("rep strings", func(t *testing.T) {
		full := same(t, Request{Module: x86LoopELF(repStringsCode)})
		if full.Status != StatusOK || full.Stats.X86Translations == 0 {
			t.Fatalf("status %s, %d regions", full.Status, full.Stats.X86Translations)
		}
		// Budgets all over the run, most of them inside a rep (its
		// iterations are most of the instructions), and at the ends.
		budgets := []uint64{1, 45, 46, 47, full.FuelUsed - 1}
		for i := uint64(0); i < 40; i++ {
			budgets = append(budgets, 20011+i*(full.FuelUsed/41))
		}
		// Budgets 7 apart across two iterations of the loop once it runs
		// translated (it turns hot after about 170,000 instructions).
		for fuel := uint64(250_000); fuel < 250_350; fuel += 7 {
			budgets = append(budgets, fuel)
		}
		for _, fuel := range budgets {
			req := Request{Module: x86LoopELF(repStringsCode)}
			req.Limits.Fuel = fuel
			if res := same(t, req); res.Status != StatusOutOfFuel || res.FuelUsed != fuel {
				t.Fatalf("fuel %d: status %s after %d instructions", fuel, res.Status, res.FuelUsed)
			}
		}
	})
	t.Run("rep strings longer than a page", func(t *testing.T) {
		full := same(t, Request{Module: x86LoopELF(repLongCode)})
		if full.Status != StatusOK || full.Stats.X86Translations == 0 {
			t.Fatalf("status %s, %d regions", full.Status, full.Stats.X86Translations)
		}
		// Budgets inside the reps of translated iterations.
		for fuel := full.FuelUsed - 3*3100; fuel < full.FuelUsed; fuel += 997 {
			req := Request{Module: x86LoopELF(repLongCode)}
			req.Limits.Fuel = fuel
			if res := same(t, req); res.Status != StatusOutOfFuel || res.FuelUsed != fuel {
				t.Fatalf("fuel %d: status %s after %d instructions", fuel, res.Status, res.FuelUsed)
			}
		}
	})
	t.Run("page-crossing accesses", func(t *testing.T) {
		// A hot loop storing and loading 8 and 4 bytes across a page
		// boundary of the stack, and reading the stored upper half back
		// from the upper page alone: the translated probe must leave the
		// crossing accesses to the interpreter, which splits them across
		// the two pages.
		elf := elftest.Tiny([]byte{
			0x48, 0x89, 0xe3, // mov rbx, rsp
			0x48, 0x81, 0xe3, 0x00, 0xf0, 0xff, 0xff, // and rbx, -4096
			0x31, 0xc9, // xor ecx, ecx
			0x31, 0xf6, // xor esi, esi
			0x48, 0x69, 0xd1, 0x01, 0x01, 0x01, 0x01, // 14: imul rdx, rcx, 0x01010101
			0x48, 0x89, 0x53, 0xf0, // mov [rbx-16], rdx: the lower page in both TLBs
			0x48, 0x03, 0x73, 0xf0, // add rsi, [rbx-16]
			0x48, 0x89, 0x53, 0xfc, // mov [rbx-4], rdx
			0x48, 0x03, 0x73, 0xfc, // add rsi, [rbx-4]
			0x8b, 0x43, 0xfe, // mov eax, [rbx-2]
			0x48, 0x01, 0xc6, // add rsi, rax
			0x8b, 0x03, // mov eax, [rbx]: the upper half, from the page above
			0x48, 0x01, 0xc6, // add rsi, rax
			0x48, 0xc1, 0xc6, 0x05, // rol rsi, 5: every term reaches the exit code
			0x48, 0xff, 0xc1, // inc rcx
			0x48, 0x81, 0xf9, 0x88, 0x13, 0x00, 0x00, // cmp rcx, 5000
			0x75, 0xce, // jne 14
			0x48, 0x89, 0xf7, // mov rdi, rsi
			0x48, 0xc1, 0xef, 0x18, // shr rdi, 24
			0xb8, 0x3c, 0x00, 0x00, 0x00, // mov eax, 60
			0x0f, 0x05, // syscall
		})
		var sum uint64
		for c := uint64(0); c < 5000; c++ {
			d := c * 0x01010101
			sum = bits.RotateLeft64(sum+2*d+(d>>16)&0xffffffff+d>>32, 5)
		}
		res := same(t, Request{Module: elf})
		if res.Stats.X86Translations == 0 {
			t.Error("nothing was translated")
		}
		if want := int32(sum >> 24 & 0xff); res.Status != StatusExitNonZero || res.ExitCode != want {
			t.Errorf("status %s exit %d, want exit %d", res.Status, res.ExitCode, want)
		}
	})
	t.Run("flags read after an exit", func(t *testing.T) {
		// A compare ends one block and setb reads its CF in the next,
		// after a load that every eighth iteration crosses into the
		// second page of a read-only mapping (so through the TLB, not a
		// memory window), which translated code leaves to the interpreter. The flags are live at that exit
		// (read before being overwritten), so it must hand over the
		// compare's flags, not the fixed state exits at dead points use.
		code := append(mmapAnonCode(2, 3), // PROT_READ|PROT_WRITE
			0x48, 0x89, 0xc3, // mov rbx, rax
			0xc6, 0x03, 0x01, // mov byte [rbx], 1
			0xc6, 0x83, 0x00, 0x10, 0x00, 0x00, 0x01, // mov byte [rbx+4096], 1: both pages allocated
			0x48, 0x89, 0xdf, // mov rdi, rbx
			0xbe, 0x00, 0x20, 0x00, 0x00, // mov esi, 8192
			0xba, 0x01, 0x00, 0x00, 0x00, // mov edx, 1 (PROT_READ)
			0xb8, 0x0a, 0x00, 0x00, 0x00, // mov eax, 10 (mprotect): out of the memory window, reads through the TLB
			0x0f, 0x05, // syscall
			0x31, 0xc9, // xor ecx, ecx
			0x31, 0xf6, // xor esi, esi
			0x89, 0xca, // 72: mov edx, ecx
			0x83, 0xe2, 0x07, // and edx, 7
			0xf7, 0xda, // neg edx
			0x8d, 0x14, 0xd5, 0xfe, 0x0f, 0x00, 0x00, // lea edx, [rdx*8+4094]: crosses when ecx%8 == 0
			0x81, 0xf9, 0xc4, 0x09, 0x00, 0x00, // cmp ecx, 2500
			0x75, 0x00, // jne +0: the next block reads the compare's CF
			0x8b, 0x14, 0x13, // mov edx, [rbx+rdx]
			0x0f, 0x92, 0xc0, // setb al
			0x0f, 0xb6, 0xc0, // movzx eax, al
			0x01, 0xc6, // add esi, eax
			0xc1, 0xc6, 0x05, // rol esi, 5
			0xff, 0xc1, // inc ecx
			0x81, 0xf9, 0x88, 0x13, 0x00, 0x00, // cmp ecx, 5000
			0x75, 0xd2, // jne 72
			0x89, 0xf7, // mov edi, esi
			0xb8, 0x3c, 0x00, 0x00, 0x00, // mov eax, 60
			0x0f, 0x05, // syscall
		)
		var esi uint32
		for c := 0; c < 5000; c++ {
			if c < 2500 {
				esi++
			}
			esi = bits.RotateLeft32(esi, 5)
		}
		res := same(t, Request{Module: elftest.Tiny(code)})
		if res.Stats.X86Translations == 0 {
			t.Error("nothing was translated")
		}
		if want := int32(esi & 0xff); res.Status != StatusExitNonZero || res.ExitCode != want {
			t.Errorf("status %s exit %d, want exit %d", res.Status, res.ExitCode, want)
		}
	})
	t.Run("timeout stops translated code", func(t *testing.T) {
		// jmp . turns hot and then runs in translated code, entered
		// through the wasm trampoline: the epoch interrupt must stop it
		// there, and the engine must run the next request as usual.
		spin := elftest.Tiny([]byte{0xeb, 0xfe})
		res, err := within(t, func() (Result, error) {
			return xlate.RunX86(context.Background(), Request{Module: spin,
				Limits: Limits{Fuel: UnlimitedFuel, Timeout: 300 * time.Millisecond}})
		})
		if err != nil || res.Status != StatusTimeout {
			t.Fatalf("spin: %v, status %s (%s)", err, res.Status, res.Message)
		}
		if res.Stats.X86Translations == 0 {
			t.Fatal("the loop was not translated, so translated code was not interrupted")
		}
		if again := same(t, Request{Module: midBlockELF()}); again.Status != StatusExitNonZero {
			t.Fatalf("after the timeout: status %s", again.Status)
		}
	})
	t.Run("sha256-budget", func(t *testing.T) {
		elf := readCorpus(t, "sha256")
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

// TestX86TranslationDiskCache: translations go to the engine's disk cache,
// so a second engine (another operator process) over the same directory
// compiles none of them, and its results are the same.
func TestX86TranslationDiskCache(t *testing.T) {
	elf := readCorpus(t, "sieve")
	emu, err := x86EmulatorPath()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	run := func() Result {
		e, err := New(Config{X86Emulator: emu, X86Translate: true, CacheDir: dir}, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer e.Close()
		res, err := e.RunX86(context.Background(), Request{Module: elf, Args: []string{"alpha", "beta"}})
		if err != nil || res.Status != StatusOK {
			t.Fatalf("run: %v %s %s", err, res.Status, res.Message)
		}
		return res
	}
	first := run()
	if first.Stats.X86Translations == 0 || first.Stats.X86Compiled != first.Stats.X86Translations {
		t.Fatalf("first run: %d translations, %d compiled; want all compiled", first.Stats.X86Translations, first.Stats.X86Compiled)
	}
	second := run()
	if second.Stats.X86Compiled != 0 || second.Stats.X86Translations != first.Stats.X86Translations {
		t.Fatalf("second run: %d translations, %d compiled; want %d from the disk cache",
			second.Stats.X86Translations, second.Stats.X86Compiled, first.Stats.X86Translations)
	}
	if d := sameX86(first, second); d != "" {
		t.Fatalf("cached translations changed the result: %s", d)
	}
	t.Logf("%d translations: %v compiling, %v from disk", first.Stats.X86Translations, first.Stats.X86Compile, second.Stats.X86Compile)
}

// x86LoopELF runs code as the body of a loop of 5000 iterations (counted
// in r15), enough to translate it, then writes RFLAGS and the sixteen
// registers to stdout and exits. Whatever code does (jump away, clobber
// r15 or rsp, fault), the outcome is compared.
func x86LoopELF(code []byte) []byte {
	p := []byte{0x41, 0xbf, 0x88, 0x13, 0x00, 0x00} // mov r15d, 5000
	p = append(p, code...)
	p = append(p, 0x49, 0xff, 0xcf) // dec r15
	rel := 6 - (len(p) + 6)
	p = append(p, 0x0f, 0x85, byte(rel), byte(rel>>8), byte(rel>>16), byte(rel>>24)) // jnz body
	p = append(p, 0x9c)                                                              // pushfq
	for r := byte(0); r < 16; r++ {                                                  // push rax..r15
		if r >= 8 {
			p = append(p, 0x41)
		}
		p = append(p, 0x50+r&7)
	}
	p = append(p,
		0xb8, 0x01, 0x00, 0x00, 0x00, // mov eax, 1
		0xbf, 0x01, 0x00, 0x00, 0x00, // mov edi, 1
		0x48, 0x89, 0xe6, // mov rsi, rsp
		0xba, 0x88, 0x00, 0x00, 0x00, // mov edx, 136
		0x0f, 0x05, // syscall
		0xb8, 0x3c, 0x00, 0x00, 0x00, // mov eax, 60
		0x31, 0xff, // xor edi, edi
		0x0f, 0x05, // syscall
	)
	return elftest.Tiny(p)
}

// FuzzX86Translate: any code, run hot enough to be translated, gives the
// same outcome (status, output with the final registers and flags,
// instruction count) interpreted and translated.
func FuzzX86Translate(f *testing.F) {
	for _, seed := range [][]byte{
		{0x48, 0x01, 0xd8, 0x48, 0x11, 0xc1, 0x48, 0x19, 0xca},                   // add rax, rbx; adc rcx, rax; sbb rdx, rcx
		{0x48, 0xd3, 0xe0, 0x48, 0xd3, 0xfb, 0xd3, 0xea, 0x48, 0xd3, 0xc6},       // shl rax, cl; sar rbx, cl; shr edx, cl; rol rsi, cl
		{0x48, 0xf7, 0xe3, 0x48, 0xf7, 0xeb, 0xf7, 0xe1, 0x66, 0xf7, 0xeb},       // mul rbx; imul rbx; mul ecx; imul bx
		{0x48, 0x83, 0xcb, 0x01, 0x31, 0xd2, 0x48, 0xf7, 0xf3, 0x99, 0xf7, 0xfb}, // or rbx, 1; xor edx, edx; div rbx; cdq; idiv ebx
		{0x48, 0xff, 0xc0, 0x0f, 0x42, 0xd9, 0x0f, 0x9c, 0xc1, 0x48, 0xff, 0xca}, // inc rax; cmovb ebx, ecx; setl cl; dec rdx
		{0x48, 0x83, 0xc1, 0x07, 0x48, 0xc1, 0xc9, 0x03, 0x48, 0x0f, 0xaf, 0xc1}, // add rcx, 7; ror rcx, 3; imul rax, rcx
		{0xc1, 0xc0, 0x07, 0xc1, 0xcb, 0x21, 0xd3, 0xc2, 0xd3, 0xce, 0x01, 0xd8}, // rol eax, 7; ror ebx, 33; rol edx, cl; ror esi, cl; add eax, ebx
		// jne +0 ends a block: the conditions and inc/dec after it read
		// flags of a producer in another block (fSub, fAdd, fLogic, fSbb);
		// imul and r15 (the loop counter) vary the operands, edi mixes
		// the results of every iteration.
		{0x44, 0x01, 0xf8, 0x44, 0x39, 0xf8, 0x75, 0x00, 0x0f, 0x9c, 0xc1, 0x0f, 0x92, 0xc2, 0x48, 0xff, 0xc6, 0x0f, 0x92, 0xc3,
			0xc1, 0xc7, 0x05, 0x31, 0xcf, 0x31, 0xd7, 0x31, 0xdf}, // add eax, r15d; cmp eax, r15d; jne; setl cl; setb dl; inc rsi; setb bl; mix
		{0x69, 0xc0, 0xb1, 0x79, 0x37, 0x9e, 0x44, 0x01, 0xf8, 0x75, 0x00, 0xff, 0xc9, 0x0f, 0x92, 0xc2, 0x21, 0xc3, 0x75, 0x00,
			0xff, 0xc6, 0x0f, 0x92, 0xc1, 0xc1, 0xc7, 0x05, 0x31, 0xcf, 0x31, 0xd7}, // imul; add eax, r15d; jne; dec ecx; setb dl; and ebx, eax; jne; inc esi; setb cl; mix
		{0x69, 0xc0, 0xb1, 0x79, 0x37, 0x9e, 0x4c, 0x01, 0xf8, 0x48, 0x19, 0xf8, 0x75, 0x00, 0xff, 0xc1, 0x0f, 0x9f, 0xc2,
			0x85, 0xc3, 0x75, 0x00, 0x0f, 0x94, 0xc1, 0xc1, 0xc7, 0x05, 0x31, 0xcf, 0x31, 0xd7}, // imul; add rax, r15; sbb rax, rdi; jne; inc ecx; setg dl; test ebx, eax; jne; sete cl; mix
		{0x48, 0x8b, 0x04, 0x24, 0x48, 0x89, 0x44, 0x24, 0xf8, 0x50, 0x58},
		repStringsCode,
		{0x48, 0x01, 0xc3, 0x0f, 0xc8, 0x48, 0x0f, 0xcb, 0x66, 0x0f, 0xc9}, // add rbx, rax; bswap eax; bswap rbx; bswap cx       // mov rax, [rsp]; mov [rsp-8], rax; push rax; pop rax
	} {
		f.Add(seed)
	}
	interp, xlate := x86Engines(f)
	// Compile the emulator in both engines now: a fuzz worker gives each
	// input 10 s.
	for _, e := range []*Engine{interp, xlate} {
		if _, err := e.RunX86(context.Background(), Request{Module: x86LoopELF(nil)}); err != nil {
			f.Fatal(err)
		}
	}
	f.Fuzz(func(t *testing.T, code []byte) {
		if len(code) > 256 {
			return
		}
		req := Request{Module: x86LoopELF(code)}
		req.Limits.Fuel = 2_000_000
		want, err := interp.RunX86(context.Background(), req)
		if err != nil {
			t.Fatal(err)
		}
		got, err := xlate.RunX86(context.Background(), req)
		if err != nil {
			t.Fatal(err)
		}
		if d := sameX86(want, got); d != "" {
			t.Fatalf("% x: translated run differs: %s\ninterpreted: %s %q %x\ntranslated:  %s %q %x", code, d,
				want.Status, want.Message, want.Output, got.Status, got.Message, got.Output)
		}
	})
}
