package engine

import (
	"fmt"

	"github.com/blockless/avs/protocol/onchain"
)

// Status is the outcome class of one execution. Its numbers are part of the on-chain ABI (task
// responses carry them as uint8), so the type lives with the TaskManager's other enums in
// package onchain; the engine re-exports it so that callers of Run need no other import.
type Status = onchain.Status

// Status values. See doc.go for the meaning and precedence of each.
const (
	StatusOK             = onchain.StatusOK
	StatusTrap           = onchain.StatusTrap
	StatusOutOfFuel      = onchain.StatusOutOfFuel
	StatusOutOfMemory    = onchain.StatusOutOfMemory
	StatusOutputTooLarge = onchain.StatusOutputTooLarge
	StatusInvalidModule  = onchain.StatusInvalidModule
	StatusBadImports     = onchain.StatusBadImports
	StatusBadEntry       = onchain.StatusBadEntry
	StatusExitNonZero    = onchain.StatusExitNonZero
	StatusTimeout        = onchain.StatusTimeout
)

// ParseStatus maps a Status.String() name back to its Status.
func ParseStatus(name string) (Status, error) {
	st, err := onchain.ParseStatus(name)
	if err != nil {
		return 0, fmt.Errorf("engine: %w", err)
	}
	return st, nil
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
