package node

import (
	"errors"
	"fmt"

	"github.com/blockless/avs/engine"
)

// How a task's processing ends decides what the queue does with it:
//   - nil: done (signed, or handed to the zk prover which reports back).
//   - skipError: the task's content rules it out for this operator (caps, runtime,
//     environment, deadline, refused module...). Logged, counted by reason, never retried.
//   - unavailableError: a module, artifact or input could not be fetched. Retried with
//     backoff within the fetch window (the fetch policy's total timeout, from the first
//     failure), then skipped: a URI that never answers costs each operator one window,
//     not its cursor.
//   - any other error: a host problem (RPC, disk, engine trouble). Retried with backoff until
//     the task's deadline has passed, then dropped with the last error logged.

// skipError is a task this operator will not sign, and why (the metric label).
type skipError struct {
	reason string
	err    error
}

func (e *skipError) Error() string { return fmt.Sprintf("%s: %v", e.reason, e.err) }
func (e *skipError) Unwrap() error { return e.err }

func skipErr(reason string, err error) error { return &skipError{reason: reason, err: err} }

// unavailableError is a fetch that failed; reason is the metric label if it is given up.
type unavailableError struct {
	reason string
	err    error
}

func (e *unavailableError) Error() string { return fmt.Sprintf("%s unavailable: %v", e.reason, e.err) }
func (e *unavailableError) Unwrap() error { return e.err }

func unavailable(reason string, err error) error { return &unavailableError{reason: reason, err: err} }

// errHandedOff means the task continues elsewhere (the zk prover) and will report back.
var errHandedOff = errors.New("handed off")

// isRefusal reports whether the engine refused a request because of what the task asks
// (limits above the operator's caps or budget, sizes, a pinned environment), as opposed to
// trouble of the host: running it again would be refused again.
func isRefusal(err error) bool { return engine.IsRefusal(err) }

// isSkip reports whether err already says the task is skipped.
func isSkip(err error) bool {
	var s *skipError
	return errors.As(err, &s)
}
