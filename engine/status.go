package engine

import "fmt"

// Status is the outcome class of one execution. The numeric values are part
// of the on-chain ABI (task responses carry them as uint8), so they are
// append-only: never renumber or reuse a value.
type Status uint8

// Status values. See doc.go for the meaning and precedence of each.
const (
	StatusOK             Status = 0  // _start returned or proc_exit(0)
	StatusTrap           Status = 1  // wasm trap; Result.Trap says which kind
	StatusOutOfFuel      Status = 2  // the fuel limit was consumed
	StatusOutOfMemory    Status = 3  // the run failed after its linear memory hit the limit
	StatusOutputTooLarge Status = 4  // stdout exceeded Limits.MaxOutput
	StatusInvalidModule  Status = 5  // bytes are not a valid module for this engine's feature set
	StatusBadImports     Status = 6  // imports something other than the allowed WASI preview 1 functions
	StatusBadEntry       Status = 7  // no exported `_start` of type () -> ()
	StatusExitNonZero    Status = 8  // proc_exit with a non-zero code; Result.ExitCode has it
	StatusTimeout        Status = 9  // wall-clock limit hit: NOT deterministic, never sign
	statusCount                 = 10 // keep last: number of defined statuses
)

var statusNames = [statusCount]string{
	"ok", "trap", "out-of-fuel", "out-of-memory", "output-too-large",
	"invalid-module", "bad-imports", "bad-entry", "exit-nonzero", "timeout",
}

func (s Status) String() string {
	if int(s) < len(statusNames) {
		return statusNames[s]
	}
	return fmt.Sprintf("status(%d)", uint8(s))
}

// Signable reports whether every honest operator running the same task on
// the same engine version computes this status (and the output that comes
// with it) bit for bit. Only wall-clock timeouts are not: they depend on the
// host's speed and load, so an operator reports them but never signs them.
func (s Status) Signable() bool {
	return s < statusCount && s != StatusTimeout
}

// ParseStatus maps a String() name back to its Status.
func ParseStatus(name string) (Status, error) {
	for i, n := range statusNames {
		if n == name {
			return Status(i), nil
		}
	}
	return 0, fmt.Errorf("engine: unknown status %q", name)
}

// TrapKind refines StatusTrap. Values are stable like Status values; they are
// our own numbering, not wasmtime's, so a wasmtime upgrade that renumbers its
// trap codes does not change what operators sign.
type TrapKind uint8

// TrapKind values.
const (
	TrapNone                   TrapKind = 0
	TrapStackOverflow          TrapKind = 1
	TrapMemoryOutOfBounds      TrapKind = 2
	TrapHeapMisaligned         TrapKind = 3
	TrapTableOutOfBounds       TrapKind = 4
	TrapIndirectCallToNull     TrapKind = 5
	TrapBadSignature           TrapKind = 6
	TrapIntegerOverflow        TrapKind = 7
	TrapIntegerDivisionByZero  TrapKind = 8
	TrapBadConversionToInteger TrapKind = 9
	TrapUnreachable            TrapKind = 10
	TrapHost                   TrapKind = 11 // raised by a host (WASI) function, e.g. proc_exit with an invalid code
	TrapOther                  TrapKind = 12 // any trap code wasmtime adds later
	// x86 programs (RunX86) die of CPU faults and signals rather than wasm
	// traps; Result.ExitCode is then 128+signal, as a shell reports it.
	TrapX86IllegalInstruction TrapKind = 13 // undefined or unimplemented instruction (SIGILL)
	TrapX86Segfault           TrapKind = 14 // access outside the mapped memory or against its protection (SIGSEGV)
	TrapX86DivideError        TrapKind = 15 // divide by zero or quotient overflow (#DE, SIGFPE)
	TrapX86Breakpoint         TrapKind = 16 // int3 and other debug traps (SIGTRAP)
	TrapX86Signal             TrapKind = 17 // any other fatal signal, e.g. abort() (SIGABRT)
	TrapX86Emulator           TrapKind = 18 // the emulator failed internally (its bug, the same on every operator)
	trapKindCount                      = 19
)

var trapNames = [trapKindCount]string{
	"none", "stack-overflow", "memory-out-of-bounds", "heap-misaligned",
	"table-out-of-bounds", "indirect-call-to-null", "bad-signature",
	"integer-overflow", "integer-division-by-zero", "bad-conversion-to-integer",
	"unreachable", "host", "other",
	"x86-illegal-instruction", "x86-segfault", "x86-divide-error", "x86-breakpoint",
	"x86-signal", "x86-emulator-error",
}

func (k TrapKind) String() string {
	if int(k) < len(trapNames) {
		return trapNames[k]
	}
	return fmt.Sprintf("trap(%d)", uint8(k))
}
