package node

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/blockless/avs/committee"
	"github.com/blockless/avs/protocol"
)

// Committee tasks (Task.CommitteeSize > 0) are executed only by their committee: the holders
// of the first CommitteeSize×(round+1) draws of the task's committee table under the task's
// seed (package committee; the TaskManager checks the same). An operator computes its own first
// round; round 0 members execute at once, later rounds (failover) once round×FailoverBlocks
// blocks have passed since the reference block and only if the task is still unanswered.
// Not being drawn, or being drawn too late to matter, is a skip like any other: nobody is
// penalised for not running a task it was not asked to run.

// notYetError means the task cannot be decided before block `until` (the seed block is not
// mined yet, or this operator's failover round has not opened): the queue looks again
// after a poll interval without counting an attempt.
type notYetError struct{ until uint64 }

func (e *notYetError) Error() string { return fmt.Sprintf("waiting for block %d", e.until) }

// committeeRound returns the failover round in which this operator joins task's committee
// and the block from which it may execute, or a skip when it is not drawn before the
// deadline, or a notYetError while the seed block is not mined.
func (n *Node) committeeRound(ctx context.Context, id uint32, task protocol.Task, taskHash [32]byte, head uint64) (round int, turn uint64, err error) {
	seedBlock := uint64(task.ReferenceBlock) + 1
	if head < seedBlock {
		return 0, 0, &notYetError{until: seedBlock}
	}
	bh, err := n.chain.BlockHash(ctx, seedBlock)
	if err != nil {
		return 0, 0, err
	}
	table, err := n.chain.Table(ctx, task.CommitteeTable)
	if err != nil {
		return 0, 0, err
	}
	key := taskKey{ID: id, Hash: taskHash}
	pos, ok := table.Position(n.operatorID)
	if !ok {
		n.rounds.put(key, -1)
		return 0, 0, skipErr("committee", fmt.Errorf("not in committee table %d (no capacity declared for this class, or not registered when it was built)", task.CommitteeTable))
	}
	seed := committee.Seed(bh, taskHash)
	rounds := committeeRounds(task)
	round = table.FirstRoundWith(seed, uint32(task.CommitteeSize), pos, rounds)
	n.rounds.put(key, round)
	if round < 0 {
		return 0, 0, skipErr("committee", fmt.Errorf("not drawn in the task's %d committee round(s)", rounds))
	}
	return round, uint64(task.ReferenceBlock) + uint64(round)*uint64(task.FailoverBlocks), nil
}

// firstRound is this operator's first failover round in committee task k (-1: not drawn), for
// the batch signer. A task still queued here (the node has not reached it: one execution at a
// time under load) is drawn now from its queued event, so a batch naming it waits only on the
// tasks this operator really must compute. known is false for a task this node never queued
// or whose seed cannot be read yet.
func (n *Node) firstRound(ctx context.Context, k taskKey) (round int, known bool) {
	if r, ok := n.rounds.get(k); ok {
		return r, true
	}
	n.queue.mu.Lock()
	j := n.queue.jobs[k]
	var task protocol.Task
	if j != nil {
		task = j.entry.Event.Task
	}
	n.queue.mu.Unlock()
	if j == nil || task.CommitteeSize == 0 {
		return 0, false
	}
	head, err := n.chain.BlockNumber(ctx)
	if err != nil {
		return 0, false
	}
	r, _, err := n.committeeRound(ctx, k.ID, task, k.Hash, head)
	var skip *skipError
	switch {
	case err == nil:
		return r, true
	case errors.As(err, &skip):
		return -1, true // recorded as -1 by committeeRound
	}
	return 0, false
}

// committeeRounds is how many failover rounds of task open before its deadline.
func committeeRounds(task protocol.Task) uint32 {
	return committee.Rounds(task.ReferenceBlock, task.DeadlineBlock, task.FailoverBlocks)
}

// capacityGate is what this operator declared on chain; tasks beyond it are not accepted.
type capacityGate struct {
	declared bool
	cap      committee.Capacity
}

// admits explains why a task is beyond the declared capacity, or returns nil.
func (g capacityGate) admits(runtimeBit uint8, memoryBytes uint64) error {
	if !g.declared {
		return nil
	}
	if g.cap.Runtimes&runtimeBit == 0 {
		return fmt.Errorf("runtime bit %d not in the declared runtimes %d", runtimeBit, g.cap.Runtimes)
	}
	if memoryBytes > uint64(g.cap.MemoryMiB)<<20 {
		return fmt.Errorf("task memory %d bytes above the declared %d MiB", memoryBytes, g.cap.MemoryMiB)
	}
	return nil
}

// readCapacity reads an operator's declaration (declared false when there is none).
func readCapacity(ctx context.Context, r chainReader, operator common.Address) (capacityGate, error) {
	c, err := r.Capacity(ctx, operator)
	if err != nil {
		return capacityGate{}, err
	}
	return capacityGate{declared: c.Cores != 0, cap: c}, nil
}

// narrow lowers the node's limits to the declaration: the node never runs more tasks at once,
// or bigger ones, than it told the network it would.
func (g capacityGate) narrow(cfg *Config) {
	if !g.declared {
		return
	}
	if cfg.MaxConcurrent <= 0 || cfg.MaxConcurrent > int(g.cap.Cores) {
		cfg.MaxConcurrent = int(g.cap.Cores)
	}
	if m := uint64(g.cap.MemoryMiB) << 20; cfg.MaxTaskMemory == 0 || cfg.MaxTaskMemory > m {
		cfg.MaxTaskMemory = m
	}
}
