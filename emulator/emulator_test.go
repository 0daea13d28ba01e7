package emulator

import (
	"bytes"
	"context"
	"encoding/binary"
	"strings"
	"testing"

	"github.com/blockless/avs/emulator/elftest"
)

// exit(rdi) via syscall 60.
var exitCode = []byte{0xb8, 60, 0, 0, 0, 0x0f, 0x05}

func run(t *testing.T, cfg Config) Result {
	t.Helper()
	res, err := Run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestStatuses(t *testing.T) {
	cases := []struct {
		name   string
		code   []byte
		status Status
		exit   int
		msg    string
	}{
		{"exit", append([]byte{0xbf, 7, 0, 0, 0}, exitCode...), StatusExit, 7, ""},
		{"illegal", []byte{0x90, 0x0f, 0x38, 0x00, 0xc1}, StatusIllegal, 132, "illegal instruction at RIP 0x400079"},
		{"ud2", []byte{0x0f, 0x0b}, StatusIllegal, 132, "illegal instruction"},
		{"segfault", []byte{0x48, 0x8b, 0x04, 0x25, 0x10, 0, 0, 0}, StatusSegfault, 139, "accessing 0x10"},
		{"write to code", []byte{0xc6, 0x05, 0xf9, 0xff, 0xff, 0xff, 0x90}, StatusSegfault, 139, ""},
		{"divide", []byte{0x31, 0xc9, 0xf7, 0xf1}, StatusDivide, 136, "divide error"},
		{"hlt", []byte{0xf4}, StatusSegfault, 139, ""},
		{"budget", []byte{0xeb, 0xfe}, StatusBudget, 0, "budget"},
		{"int3", []byte{0xcc}, StatusTrap, 133, "trap"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, Config{ELF: elftest.Tiny(tc.code), InstructionBudget: 1000})
			if res.Status != tc.status || res.ExitCode != tc.exit || !strings.Contains(res.Message, tc.msg) {
				t.Fatalf("got %s exit %d %q, want %s exit %d %q", res.Status, res.ExitCode, res.Message, tc.status, tc.exit, tc.msg)
			}
		})
	}
}

func TestBudgetIsExact(t *testing.T) {
	// A loop of nops: the budget stops it after exactly that many instructions.
	code := []byte{0x90, 0x90, 0x90, 0xeb, 0xfb}
	for _, b := range []uint64{1, 2, 3, 4, 5, 99, 1000} {
		res := run(t, Config{ELF: elftest.Tiny(code), InstructionBudget: b})
		if res.Status != StatusBudget || res.Instructions != b {
			t.Fatalf("budget %d: status %s after %d instructions", b, res.Status, res.Instructions)
		}
	}
}

func TestUnknownSyscallCounted(t *testing.T) {
	// syscall 999 returns -ENOSYS into rax; exit(-rax) = 38.
	code := []byte{0xb8, 0xe7, 3, 0, 0, 0x0f, 0x05, 0x48, 0xf7, 0xd8, 0x48, 0x89, 0xc7}
	res := run(t, Config{ELF: elftest.Tiny(append(code, exitCode...))})
	if res.Status != StatusExit || res.ExitCode != 38 || res.UnknownSyscalls[999] != 1 {
		t.Fatalf("got %+v", res)
	}
}

func TestOutputLimit(t *testing.T) {
	// write(1, entry, 100) then exit(0).
	code := []byte{0xb8, 1, 0, 0, 0, 0xbf, 1, 0, 0, 0, 0xbe, 0x78, 0, 0x40, 0, 0xba, 100, 0, 0, 0, 0x0f, 0x05, 0x31, 0xff}
	elf := elftest.Tiny(append(code, exitCode...))
	if res := run(t, Config{ELF: elf}); res.Status != StatusExit || len(res.Stdout) != 100 {
		t.Fatalf("unlimited: %s %d bytes", res.Status, len(res.Stdout))
	}
	if res := run(t, Config{ELF: elf, MaxOutput: 50}); res.Status != StatusOutputLimit || len(res.Stdout) != 0 {
		t.Fatalf("limited: %s %d bytes", res.Status, len(res.Stdout))
	}
}

func TestDeterministicRandomAndTime(t *testing.T) {
	// getrandom(rsp-32, 16, 0); write(1, rsp-32, 16); clock_gettime(0, rsp-64); write(1, rsp-64, 16); exit(0)
	code := []byte{
		0x48, 0x8d, 0x7c, 0x24, 0xe0, 0xbe, 16, 0, 0, 0, 0x31, 0xd2, 0xb8, 0x3e, 1, 0, 0, 0x0f, 0x05,
		0xbf, 1, 0, 0, 0, 0x48, 0x8d, 0x74, 0x24, 0xe0, 0xba, 16, 0, 0, 0, 0xb8, 1, 0, 0, 0, 0x0f, 0x05,
		0x31, 0xff, 0x48, 0x8d, 0x74, 0x24, 0xc0, 0xb8, 228, 0, 0, 0, 0x0f, 0x05,
		0xbf, 1, 0, 0, 0, 0x48, 0x8d, 0x74, 0x24, 0xc0, 0xba, 16, 0, 0, 0, 0xb8, 1, 0, 0, 0, 0x0f, 0x05,
		0x31, 0xff,
	}
	elf := elftest.Tiny(append(code, exitCode...))
	a := run(t, Config{ELF: elf, Seed: [32]byte{1}, Time: 1700000000})
	b := run(t, Config{ELF: elf, Seed: [32]byte{1}, Time: 1700000000})
	c := run(t, Config{ELF: elf, Seed: [32]byte{2}, Time: 1700000000})
	if a.Status != StatusExit || len(a.Stdout) != 32 {
		t.Fatalf("run: %s %q", a.Status, a.Message)
	}
	if !bytes.Equal(a.Stdout, b.Stdout) || a.Instructions != b.Instructions {
		t.Fatal("same config gave different results")
	}
	if bytes.Equal(a.Stdout[:16], c.Stdout[:16]) {
		t.Fatal("different seeds gave the same random bytes")
	}
	if sec := binary.LittleEndian.Uint64(a.Stdout[16:]); sec != 1700000000 {
		t.Fatalf("clock_gettime seconds = %d", sec)
	}
}

func TestNotELF(t *testing.T) {
	if _, err := Run(context.Background(), Config{ELF: []byte("\x00asm")}); err == nil {
		t.Fatal("want an error for a non-ELF input")
	}
	if IsELF([]byte("\x00asm")) || !IsELF(elftest.Tiny(nil)) {
		t.Fatal("IsELF")
	}
}

func TestCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	res, err := Run(ctx, Config{ELF: elftest.Tiny([]byte{0xeb, 0xfe})})
	if err != nil || res.Status != StatusCanceled {
		t.Fatalf("got %v %s", err, res.Status)
	}
}

// FuzzRun executes arbitrary bytes as code: whatever they do, the emulator
// must end with a status, never an internal error (a Go panic).
func FuzzRun(f *testing.F) {
	f.Add([]byte{0x90, 0xeb, 0xfe})
	f.Add([]byte{0x48, 0x0f, 0xc7, 0x0c, 0x24})                   // cmpxchg16b [rsp]
	f.Add([]byte{0xd9, 0xe8, 0xd9, 0xfa, 0xdb, 0x3c, 0x24})       // fld1; fsqrt; fstp m80
	f.Add([]byte{0x66, 0x0f, 0x73, 0xd8, 0x03, 0x0f, 0x0b})       // psrldq; ud2
	f.Add([]byte{0xf3, 0x48, 0xa5, 0x48, 0xf7, 0xf1, 0xd3, 0xe0}) // rep movsq; div; shl
	f.Fuzz(func(t *testing.T, code []byte) {
		res, err := Run(context.Background(), Config{ELF: elftest.Tiny(code), InstructionBudget: 2000, MaxMemory: 64 << 20})
		if err != nil {
			t.Fatal(err)
		}
		if res.Status == StatusInternal {
			t.Fatalf("% x: %s", code, res.Message)
		}
	})
}

// TestRepIsMetered: a rep string instruction is metered per iteration and
// stops (and resumes across budget slices) exactly like other code.
func TestRepIsMetered(t *testing.T) {
	// mov rdi, rsp; sub rdi, 0x200000; mov ecx, 1000000; rep stosb; exit(0)
	code := []byte{0x48, 0x89, 0xe7, 0x48, 0x81, 0xef, 0, 0, 0x20, 0, 0xb9, 0x40, 0x42, 0x0f, 0, 0xf3, 0xaa, 0x31, 0xff}
	elf := elftest.Tiny(append(code, exitCode...))
	res := run(t, Config{ELF: elf, InstructionBudget: 5000})
	if res.Status != StatusBudget || res.Instructions > 5001 {
		t.Fatalf("small budget: %s after %d instructions", res.Status, res.Instructions)
	}
	res = run(t, Config{ELF: elf, InstructionBudget: 1 << 30})
	if res.Status != StatusExit || res.Instructions < 1000000 {
		t.Fatalf("large budget: %s after %d instructions", res.Status, res.Instructions)
	}
}

// TestSyscallBadPointer: a system call given a pointer the process cannot
// access fails with EFAULT, as on Linux; the program goes on.
func TestSyscallBadPointer(t *testing.T) {
	// write(1, 0x10, 5); exit(-rax) — exits with EFAULT (14)
	code := []byte{0xb8, 1, 0, 0, 0, 0xbf, 1, 0, 0, 0, 0xbe, 0x10, 0, 0, 0, 0xba, 5, 0, 0, 0, 0x0f, 0x05,
		0x48, 0xf7, 0xd8, 0x89, 0xc7, 0xb8, 60, 0, 0, 0, 0x0f, 0x05}
	res := run(t, Config{ELF: elftest.Tiny(code)})
	if res.Status != StatusExit || res.ExitCode != 14 {
		t.Fatalf("status %s exit %d (%s), want exit 14 (EFAULT)", res.Status, res.ExitCode, res.Message)
	}
}
