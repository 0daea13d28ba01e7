// Package onchain numbers the TaskManager's enums exactly as the contract does
// (contracts/src/TaskManager.sol) and names them for logs and command output. The generated
// bindings carry every enum as a bare uint8; converting at the boundary to these types keeps
// the numbers in one place. The package has no dependencies so that the engine, which must not
// link go-ethereum, shares it with the operator, the aggregator and the CLI.
//
// The numbers are part of the ABI: never renumber or reuse one.
package onchain

import "fmt"

// TaskState is TaskManager.TaskState, the state of a task record (getTask).
type TaskState uint8

// TaskState values.
const (
	TaskNone      TaskState = 0 // no task under this id (never created, or removed by a reorganisation)
	TaskPending   TaskState = 1 // created, neither answered nor expired
	TaskResponded TaskState = 2 // answered: respondToTask (or a zk proof) accepted a result
	TaskExpired   TaskState = 3 // expireTask after the deadline; the requester was refunded
)

// Settled reports whether the task can no longer be answered: responded or expired.
func (s TaskState) Settled() bool { return s == TaskResponded || s == TaskExpired }

// String names the state the way the CLI and the aggregator's API report it ("answered" for
// Responded).
func (s TaskState) String() string {
	switch s {
	case TaskNone:
		return "none"
	case TaskPending:
		return "pending"
	case TaskResponded:
		return "answered"
	case TaskExpired:
		return "expired"
	}
	return fmt.Sprintf("state(%d)", uint8(s))
}

// Runtime is TaskManager.RuntimeKind: what a function's module is and what runs it.
type Runtime uint8

// Runtime values.
const (
	RuntimeWasm Runtime = 0 // a WASI command module
	RuntimeX86  Runtime = 1 // a static x86-64 Linux ELF, run in the emulator
)

func (r Runtime) String() string {
	switch r {
	case RuntimeWasm:
		return "wasm"
	case RuntimeX86:
		return "x86"
	}
	return fmt.Sprintf("runtime(%d)", uint8(r))
}

// Mode is TaskManager.VerificationMode: how a function's results are verified on chain.
type Mode uint8

// Mode values.
const (
	ModeQuorum Mode = 0 // a stake-weighted BLS certificate of the operators' signatures
	ModeZk     Mode = 1 // a Groth16 proof checked by the function's verifier
)

func (m Mode) String() string {
	switch m {
	case ModeQuorum:
		return "quorum"
	case ModeZk:
		return "zk"
	}
	return fmt.Sprintf("mode(%d)", uint8(m))
}

// Status is the outcome class of one execution, the TaskResponse.status every result carries
// (a uint8 on chain; the contract itself only singles out 0, which zk responses must have).
type Status uint8

// Status values. See the engine's documentation for the meaning and precedence of each.
const (
	StatusOK             Status = 0  // _start returned or proc_exit(0)
	StatusTrap           Status = 1  // wasm trap (or x86 fault); the engine's Result.Trap says which kind
	StatusOutOfFuel      Status = 2  // the fuel limit was consumed
	StatusOutOfMemory    Status = 3  // the run failed after its linear memory hit the limit
	StatusOutputTooLarge Status = 4  // stdout exceeded the output limit
	StatusInvalidModule  Status = 5  // bytes are not a valid module for the engine's feature set
	StatusBadImports     Status = 6  // imports something other than the allowed WASI preview 1 functions
	StatusBadEntry       Status = 7  // no exported `_start` of type () -> ()
	StatusExitNonZero    Status = 8  // proc_exit with a non-zero code
	StatusTimeout        Status = 9  // wall-clock limit hit: NOT deterministic, never signed
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

// Signable reports whether every honest operator running the same task on the same engine
// version computes this status (and the output that comes with it) bit for bit. Only
// wall-clock timeouts are not: they depend on the host's speed and load, so an operator
// reports them but never signs them.
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
	return 0, fmt.Errorf("unknown status %q", name)
}
