// Package selection is the prover selection policy of zk tasks: which operator proves a task,
// and from which block the next one takes over. It depends on nothing but the operator ids and
// the task, so every operator (and the tests) computes the same order from on-chain data alone.
package selection

import (
	"bytes"
	"math/big"
	"slices"
)

// ProverOrder is the order in which operators are asked to prove a zk task: the operators of the
// task's quorums at its reference block, deduplicated and sorted by operator id, rotated so that
// it starts at index uint256(taskHash) mod n. Everyone computes it from on-chain data alone.
func ProverOrder(operators [][32]byte, taskHash [32]byte) [][32]byte {
	ids := slices.Clone(operators)
	slices.SortFunc(ids, func(a, b [32]byte) int { return bytes.Compare(a[:], b[:]) })
	ids = slices.Compact(ids)
	if len(ids) == 0 {
		return nil
	}
	start := new(big.Int).Mod(new(big.Int).SetBytes(taskHash[:]), big.NewInt(int64(len(ids)))).Int64()
	return append(ids[start:], ids[:start]...)
}

// ProverTurn is the first block at which operator may prove: the r-th operator in ProverOrder
// takes over after r*failoverBlocks blocks without an answer. ok is false when operator is not
// in the order.
func ProverTurn(order [][32]byte, operator [32]byte, referenceBlock, failoverBlocks uint64) (block uint64, rank int, ok bool) {
	for i, id := range order {
		if id == operator {
			return referenceBlock + uint64(i)*failoverBlocks, i, true
		}
	}
	return 0, -1, false
}
