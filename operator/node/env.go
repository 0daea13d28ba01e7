package node

import (
	"errors"
	"fmt"

	"github.com/blockless/avs/engine"
	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/protocol/onchain"
)

// checkEnvironment skips a task pinned to an execution environment other than the one this
// operator's engine provides for the task's runtime: its result could differ from what this
// operator computes, so signing it would risk a wrong signature. The engine checks the
// request's environment again; checking here first keeps the reason ("environment") and both
// digests in the log, and spares fetching the module.
func (n *Node) checkEnvironment(t protocol.Task) error {
	have, err := n.engine.Environment(onchain.Runtime(t.Runtime))
	switch {
	case errors.Is(err, engine.ErrNoEnvironment) || errors.Is(err, engine.ErrInvalidRequest):
		return skipErr("environment", fmt.Errorf("task pins environment %x; this operator has none: %w", t.Environment[:], err))
	case err != nil:
		return fmt.Errorf("execution environment: %w", err)
	case have != t.Environment:
		return skipErr("environment", fmt.Errorf("task pins environment %x, this operator's is %x", t.Environment[:], have[:]))
	}
	return nil
}
