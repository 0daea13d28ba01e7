package protocol

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// A batch answers many tasks under one certificate (TaskManager.respondToTasks). Its leaves are
// the tasks' single-task response digests (Codec.ResponseDigest) in batch order; the tree and
// the signed message below mirror contracts/src/libraries/BatchMerkle.sol and
// TaskManager.batchMessage, and docs/batching.md describes both.

// BatchTag is TaskManager.BATCH_TAG: it separates batch messages from every other signed digest.
var BatchTag = crypto.Keccak256Hash([]byte("BlocklessAVS.TaskManager.respondToTasks.v1"))

// ErrEmptyBatch is returned for a batch without leaves: it has no root.
var ErrEmptyBatch = errors.New("batch has no leaves")

// batchLeafNode is a leaf's bottom node, keccak256(0x00 ‖ leaf).
func batchLeafNode(leaf [32]byte) [32]byte {
	return crypto.Keccak256Hash([]byte{0x00}, leaf[:])
}

// batchInnerNode is a pair's node, keccak256(0x01 ‖ left ‖ right).
func batchInnerNode(left, right [32]byte) [32]byte {
	return crypto.Keccak256Hash([]byte{0x01}, left[:], right[:])
}

// batchLevels returns every level of the tree, bottom nodes first and the root level last.
// A level with an odd number of nodes moves its last node up unchanged.
func batchLevels(leaves [][32]byte) [][][32]byte {
	level := make([][32]byte, len(leaves))
	for i, l := range leaves {
		level[i] = batchLeafNode(l)
	}
	levels := [][][32]byte{level}
	for len(level) > 1 {
		next := make([][32]byte, 0, (len(level)+1)/2)
		for i := 0; i+1 < len(level); i += 2 {
			next = append(next, batchInnerNode(level[i], level[i+1]))
		}
		if len(level)%2 == 1 {
			next = append(next, level[len(level)-1])
		}
		levels = append(levels, next)
		level = next
	}
	return levels
}

// BatchRoot is the root respondToTasks recomputes from the batch's leaves.
func BatchRoot(leaves [][32]byte) ([32]byte, error) {
	if len(leaves) == 0 {
		return [32]byte{}, ErrEmptyBatch
	}
	levels := batchLevels(leaves)
	return levels[len(levels)-1][0], nil
}

// BatchProof is the proof TaskManager.verifyBatchLeaf takes for leaf number index: the siblings
// from the bottom up, none for a level where the node is the odd last one.
func BatchProof(leaves [][32]byte, index int) ([][32]byte, error) {
	if len(leaves) == 0 {
		return nil, ErrEmptyBatch
	}
	if index < 0 || index >= len(leaves) {
		return nil, fmt.Errorf("batch proof: index %d outside a batch of %d", index, len(leaves))
	}
	var proof [][32]byte
	for _, level := range batchLevels(leaves) {
		if len(level) == 1 {
			break
		}
		switch {
		case index%2 == 1:
			proof = append(proof, level[index-1])
		case index+1 < len(level):
			proof = append(proof, level[index+1])
		}
		index /= 2
	}
	return proof, nil
}

// VerifyBatchLeaf reports whether leaf is leaf number index of a batch of count leaves with the
// given root, by the rule of TaskManager.verifyBatchLeaf (the proof must be used up exactly).
func VerifyBatchLeaf(root [32]byte, count int, leaf [32]byte, index int, proof [][32]byte) bool {
	if index < 0 || index >= count {
		return false
	}
	node, used := batchLeafNode(leaf), 0
	for width := count; width > 1; width = (width + 1) / 2 {
		switch {
		case index%2 == 1:
			if used == len(proof) {
				return false
			}
			node = batchInnerNode(proof[used], node)
			used++
		case index+1 < width:
			if used == len(proof) {
				return false
			}
			node = batchInnerNode(node, proof[used])
			used++
		}
		index /= 2
	}
	return used == len(proof) && node == root
}

// BatchMessage is the digest a batch certificate signs:
// keccak256(abi.encode(BATCH_TAG, chainId, taskManager, root, count)), all static words.
func BatchMessage(chainID *big.Int, taskManager common.Address, root [32]byte, count uint64) [32]byte {
	return crypto.Keccak256Hash(
		BatchTag[:],
		common.BigToHash(chainID).Bytes(),
		common.BytesToHash(taskManager.Bytes()).Bytes(),
		root[:],
		common.BigToHash(new(big.Int).SetUint64(count)).Bytes(),
	)
}

// BatchDeclineTag separates decline messages from batch messages and task responses.
var BatchDeclineTag = crypto.Keccak256Hash([]byte("BlocklessAVS.aggregator.declineBatchLeaves.v1"))

// BatchDeclineMessage is the digest an operator signs to decline leaves of a proposed batch:
// keccak256(DECLINE_TAG, chainId, taskManager, root, id_0, ..., id_n-1), each a 32-byte word.
// It is never sent on chain; binding it to the root keeps one decline from applying to another
// proposal.
func BatchDeclineMessage(chainID *big.Int, taskManager common.Address, root [32]byte, taskIDs []uint32) [32]byte {
	parts := [][]byte{BatchDeclineTag[:], common.BigToHash(chainID).Bytes(), common.BytesToHash(taskManager.Bytes()).Bytes(), root[:]}
	for _, id := range taskIDs {
		parts = append(parts, common.BigToHash(new(big.Int).SetUint64(uint64(id))).Bytes())
	}
	return crypto.Keccak256Hash(parts...)
}
