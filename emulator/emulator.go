// Package emulator runs static x86-64 Linux executables deterministically:
// the same Config always gives the same Result, on any host, natively or
// compiled to wasip1. See README.md for the model and its limits.
package emulator

import (
	"context"
	"fmt"
	"path"
	"runtime/debug"
	"strings"

	"github.com/blockless/avs/emulator/internal/cpu"
	"github.com/blockless/avs/emulator/internal/elf"
	"github.com/blockless/avs/emulator/internal/linux"
	"github.com/blockless/avs/emulator/internal/mem"
)

// Config describes one run.
type Config struct {
	ELF   []byte   // static x86-64 executable (ET_EXEC or static-PIE)
	Args  []string // argv, including argv[0]
	Env   []string
	Stdin []byte
	Seed  [32]byte // AT_RANDOM and getrandom
	Time  uint64   // wall clock at start, Unix seconds
	// InstructionBudget bounds retired instructions; 0 means DefaultBudget.
	InstructionBudget uint64
	// MaxOutput bounds stdout+stderr bytes; 0 means no bound.
	MaxOutput int
	// MaxMemory bounds touched guest memory in bytes; 0 means DefaultMaxMemory.
	MaxMemory uint64
	// Files are read-only files the guest can open, by absolute path (a
	// relative path is taken from "/", the guest's working directory).
	// Every other path is ENOENT.
	Files map[string][]byte
	// Translate runs hot code as WebAssembly compiled by the host. It takes
	// effect only in the wasip1 build run by an engine that provides the
	// blockless_x86 imports (see translate_wasip1.go); results are the same
	// either way.
	Translate bool
}

// Defaults for zero Config limits.
const (
	DefaultBudget    = 1 << 40
	DefaultMaxMemory = 1 << 30
)

// Status is how a run ended.
type Status string

// Statuses. StatusExit is a normal exit (see ExitCode); StatusSignal is a
// signal the program sent itself (abort, raise); the others are faults or
// limits and also set Signal where Linux would deliver one.
const (
	StatusExit        Status = "exit"
	StatusSignal      Status = "signal"
	StatusIllegal     Status = "illegal-instruction"
	StatusSegfault    Status = "segfault"
	StatusDivide      Status = "divide-error"
	StatusTrap        Status = "trap"
	StatusBudget      Status = "budget-exhausted"
	StatusOutputLimit Status = "output-limit"
	StatusOOM         Status = "out-of-memory"
	StatusInternal    Status = "internal-error"
	StatusCanceled    Status = "canceled"
)

// Result is the outcome of a run.
type Result struct {
	Status       Status
	ExitCode     int // exit status for StatusExit; 128+Signal when killed by a signal
	Signal       int // signal number when the process died of one, else 0
	Stdout       []byte
	Stderr       []byte
	Instructions uint64
	Syscalls     uint64
	// UnknownSyscalls counts calls that returned -ENOSYS, by number.
	UnknownSyscalls map[uint64]int
	// TranslatedRegions is how many regions of guest code were translated
	// (0 unless Config.Translate took effect); it is not part of the
	// deterministic outcome.
	TranslatedRegions uint64
	// Translator counts what translated code did (zero without
	// Config.Translate); like TranslatedRegions, not part of the outcome.
	Translator TranslatorStats
	FaultRIP   uint64
	FaultAddr  uint64
	Message    string // human-readable detail, e.g. "illegal instruction at RIP 0x401000"
}

// TranslatorStats describes a run's translated code: regions compiled,
// entries from the interpreter, direct region-to-region transitions,
// instructions retired in translated code, and regions retired for being
// too short per entry.
type TranslatorStats struct {
	Regions, Entries, Hops, Instructions, Retired uint64
}

// sliceInstructions is how often Run checks ctx.
const sliceInstructions = 1 << 24

// Run executes cfg.ELF. The error is non-nil only when the program cannot
// be started (not a loadable static x86-64 ELF); everything that happens
// after the first instruction is reported in Result.
func Run(ctx context.Context, cfg Config) (res Result, err error) {
	defer func() {
		// Last resort: an emulator bug must not take the host down.
		if r := recover(); r != nil {
			res.Status = StatusInternal
			res.Message = fmt.Sprintf("internal error: %v\n%s", r, debug.Stack())
			err = nil
		}
	}()
	m := mem.New()
	maxMem := cfg.MaxMemory
	if maxMem == 0 {
		maxMem = DefaultMaxMemory
	}
	m.MaxPages = int(maxMem / mem.PageSize)
	args := cfg.Args
	if len(args) == 0 {
		args = []string{"/prog"}
	}
	rnd := linux.Random(cfg.Seed, "AT_RANDOM", 0)
	var at [16]byte
	copy(at[:], rnd[:])
	proc, err := elf.Load(m, cfg.ELF, elf.Options{Args: args, Env: cfg.Env, Random: at, Hwcap: cpu.HWCAP, Execfn: args[0]})
	if err != nil {
		return Result{}, fmt.Errorf("emulator: load: %w", err)
	}
	c := cpu.New(m)
	c.RIP, c.R[cpu.RSP] = proc.Entry, proc.SP
	if cfg.Translate {
		c.JIT = translator()
		setWindows(m, proc)
	}
	k := linux.New(c, proc, cfg.Seed)
	k.Stdin, k.MaxOutput, k.Time, k.MaxMemory = cfg.Stdin, cfg.MaxOutput, cfg.Time, maxMem
	if err := k.Mount(cfg.Files); err != nil {
		return Result{}, fmt.Errorf("emulator: mount: %w", err)
	}
	// readlink("/proc/self/exe") must be absolute (glibc asserts it).
	k.Exe = args[0]
	if !strings.HasPrefix(k.Exe, "/") {
		k.Exe = "/" + path.Base(k.Exe)
	}
	budget := cfg.InstructionBudget
	if budget == 0 {
		budget = DefaultBudget
	}
	res = Result{Status: StatusInternal}
loop:
	for {
		if err := ctx.Err(); err != nil {
			res.Status, res.Message = StatusCanceled, err.Error()
			break loop
		}
		c.Limit = min(budget, c.Icount+sliceInstructions)
		stop := c.Run()
		if stop == cpu.StopSyscall {
			if k.Syscall() {
				switch {
				case k.OutputExceeded:
					res.Status, res.Message = StatusOutputLimit, fmt.Sprintf("output exceeds %d bytes", cfg.MaxOutput)
				case k.Signal != 0:
					res.Status, res.Signal = StatusSignal, k.Signal
					res.Message = fmt.Sprintf("killed by signal %d", k.Signal)
				default:
					res.Status, res.ExitCode = StatusExit, k.ExitCode
				}
				break loop
			}
			continue
		}
		if stop == cpu.StopBudget && c.Icount < budget {
			continue
		}
		res.FaultRIP, res.FaultAddr = c.FaultRIP, c.FaultAddr
		switch stop {
		case cpu.StopBudget:
			res.Status, res.Message = StatusBudget, fmt.Sprintf("instruction budget of %d exhausted", budget)
		case cpu.StopIllegal:
			res.Status, res.Signal = StatusIllegal, 4
			res.Message = fmt.Sprintf("illegal instruction at RIP 0x%x", c.FaultRIP)
			var b [16]byte
			if n := safeFetch(m, c.FaultRIP, b[:]); n > 0 {
				res.Message += fmt.Sprintf(" (bytes % x)", b[:n])
			}
		case cpu.StopSegfault:
			res.Status, res.Signal = StatusSegfault, 11
			res.Message = fmt.Sprintf("segmentation fault at RIP 0x%x accessing 0x%x", c.FaultRIP, c.FaultAddr)
		case cpu.StopDivide:
			res.Status, res.Signal = StatusDivide, 8
			res.Message = fmt.Sprintf("divide error at RIP 0x%x", c.FaultRIP)
		case cpu.StopTrap:
			res.Status, res.Signal = StatusTrap, 5
			res.Message = fmt.Sprintf("breakpoint trap at RIP 0x%x", c.FaultRIP)
		case cpu.StopOOM:
			res.Status, res.Message = StatusOOM, fmt.Sprintf("guest memory exceeds %d bytes", maxMem)
		default:
			res.Status, res.Message = StatusInternal, fmt.Sprintf("internal error at RIP 0x%x: %s", c.FaultRIP, c.Err)
		}
		break loop
	}
	if res.Signal != 0 {
		res.ExitCode = 128 + res.Signal
	}
	res.Stdout, res.Stderr = k.Stdout, k.Stderr
	res.Instructions, res.Syscalls = c.Icount, k.Calls
	res.UnknownSyscalls = k.Unknown
	res.TranslatedRegions = c.XStats.Regions
	x := c.XStats
	res.Translator = TranslatorStats{Regions: x.Regions, Entries: x.Entries, Hops: x.Hops,
		Instructions: x.Instructions, Retired: x.Retired}
	return res, nil
}

func safeFetch(m *mem.Memory, addr uint64, b []byte) (n int) {
	defer func() {
		if recover() != nil {
			n = 0
		}
	}()
	return m.Fetch(addr, b)
}

// IsELF reports whether b starts with the ELF magic; callers use it to
// choose between the WASM engine and this emulator.
func IsELF(b []byte) bool {
	return len(b) >= 4 && string(b[:4]) == "\x7fELF"
}

// setWindows gives translated code direct access to the memory a program
// uses most: its stack, its data segment with the brk heap after it, and
// the mmap area (where musl's allocator puts its heap). Each grows from
// its fixed end as the program touches pages there; the ranges do not
// overlap.
func setWindows(m *mem.Memory, proc *elf.Process) {
	m.SetWindow(0, elf.StackTop, elf.StackSize, true)
	data := proc.Data
	if data == 0 {
		data = proc.Brk
	}
	m.SetWindow(1, data, min(1<<30, elf.MmapTop/2-data), false)
	m.SetWindow(2, elf.MmapTop, 1<<30, true)
}
