package distribution

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	rewardscoordinator "github.com/Layr-Labs/eigensdk-go/contracts/bindings/RewardsCoordinator"
)

// The binding's types, under shorter names. They are aliases: values pass straight to the
// binding's CheckClaim and ProcessClaim.
type (
	Claim      = rewardscoordinator.IRewardsCoordinatorTypesRewardsMerkleClaim
	EarnerLeaf = rewardscoordinator.IRewardsCoordinatorTypesEarnerTreeMerkleLeaf
	TokenLeaf  = rewardscoordinator.IRewardsCoordinatorTypesTokenTreeMerkleLeaf
)

// Leaf salts: the first byte of every leaf preimage.
const (
	earnerLeafSalt = 0
	tokenLeafSalt  = 1
)

// EarnerLeafHash is keccak256(0x00 ‖ earner ‖ earnerTokenRoot), the contract's
// calculateEarnerLeafHash.
func EarnerLeafHash(leaf EarnerLeaf) [32]byte {
	return crypto.Keccak256Hash([]byte{earnerLeafSalt}, leaf.Earner[:], leaf.EarnerTokenRoot[:])
}

// TokenLeafHash is keccak256(0x01 ‖ token ‖ uint256 cumulativeEarnings), the contract's
// calculateTokenLeafHash. The amount must be a valid uint256 (non-nil, 0 ≤ amount < 2^256);
// callers check it first.
func TokenLeafHash(leaf TokenLeaf) [32]byte {
	return crypto.Keccak256Hash([]byte{tokenLeafSalt}, leaf.Token[:], common.BigToHash(leaf.CumulativeEarnings).Bytes())
}

func hashPair(left, right [32]byte) [32]byte {
	return crypto.Keccak256Hash(left[:], right[:])
}

// merkle is a complete binary tree kept level by level: levels[0] holds the leaves (padded with
// zero hashes to a power of two, at least two), the last level the root alone.
type merkle struct {
	levels [][][32]byte
}

func newMerkle(leaves [][32]byte) merkle {
	width := 2
	for width < len(leaves) {
		width *= 2
	}
	level := make([][32]byte, width)
	copy(level, leaves)
	m := merkle{levels: [][][32]byte{level}}
	for len(level) > 1 {
		next := make([][32]byte, len(level)/2)
		for i := range next {
			next[i] = hashPair(level[2*i], level[2*i+1])
		}
		m.levels = append(m.levels, next)
		level = next
	}
	return m
}

func (m merkle) root() [32]byte { return m.levels[len(m.levels)-1][0] }

// proof is the siblings of leaf index from the bottom up, 32 bytes each.
func (m merkle) proof(index int) []byte {
	out := make([]byte, 0, 32*(len(m.levels)-1))
	for _, level := range m.levels[:len(m.levels)-1] {
		sibling := level[index^1]
		out = append(out, sibling[:]...)
		index >>= 1
	}
	return out
}
