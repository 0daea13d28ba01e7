package distribution

import (
	"errors"
	"fmt"
	"math/big"
)

// Errors returned by VerifyClaim; their names follow the contract's custom errors.
var (
	ErrLengthMismatch = errors.New("token indices, proofs and leaves differ in length")
	ErrProofLength    = errors.New("proof length is not a multiple of 32")
	ErrEarnerIndex    = errors.New("earner index too large for the proof")
	ErrTokenIndex     = errors.New("token index too large for the proof")
	ErrInvalidProof   = errors.New("proof does not lead to the root")
)

// VerifyClaim checks claim against root as the RewardsCoordinator's checkClaim checks it against
// the root stored at claim.RootIndex. What needs the chain is left out: that the root index
// exists, is not disabled and has been activated; and processClaim's own checks (the caller is
// the earner or its claimer, each token raises the claimed total). Like the contract, it accepts
// a claim with no tokens, and an empty proof for a one-leaf tree (which this package never builds).
func VerifyClaim(root [32]byte, claim Claim) error {
	if len(claim.TokenIndices) != len(claim.TokenTreeProofs) || len(claim.TokenTreeProofs) != len(claim.TokenLeaves) {
		return fmt.Errorf("verify claim: %w (%d, %d, %d)", ErrLengthMismatch,
			len(claim.TokenIndices), len(claim.TokenTreeProofs), len(claim.TokenLeaves))
	}
	earner := claim.EarnerLeaf.Earner.Hex()
	if err := checkIndex(claim.EarnerIndex, claim.EarnerTreeProof, ErrEarnerIndex); err != nil {
		return fmt.Errorf("verify claim for %s: %w", earner, err)
	}
	got, err := processProof(claim.EarnerTreeProof, EarnerLeafHash(claim.EarnerLeaf), claim.EarnerIndex)
	if err != nil {
		return fmt.Errorf("verify claim for %s: earner proof: %w", earner, err)
	}
	if got != root {
		return fmt.Errorf("verify claim for %s: earner proof: %w", earner, ErrInvalidProof)
	}
	for i, leaf := range claim.TokenLeaves {
		token := leaf.Token.Hex()
		if !amountOK(leaf.CumulativeEarnings) {
			return fmt.Errorf("verify claim for %s: token %s: %w: %v", earner, token, ErrInvalidAmount, leaf.CumulativeEarnings)
		}
		if err := checkIndex(claim.TokenIndices[i], claim.TokenTreeProofs[i], ErrTokenIndex); err != nil {
			return fmt.Errorf("verify claim for %s: token %s: %w", earner, token, err)
		}
		got, err := processProof(claim.TokenTreeProofs[i], TokenLeafHash(leaf), claim.TokenIndices[i])
		if err != nil {
			return fmt.Errorf("verify claim for %s: token %s: %w", earner, token, err)
		}
		if got != claim.EarnerLeaf.EarnerTokenRoot {
			return fmt.Errorf("verify claim for %s: token %s: %w", earner, token, ErrInvalidProof)
		}
	}
	return nil
}

// checkIndex rejects an index with bits beyond the proof's depth: otherwise the same proof would
// also verify under index + k·2^depth. (In Solidity 1 << depth is 0 from depth 256 on, so such
// long proofs never pass; a uint32 index always fits below 2^32.)
func checkIndex(index uint32, proof []byte, sentinel error) error {
	depth := len(proof) / 32
	if depth >= 256 || (depth < 32 && uint64(index) >= uint64(1)<<depth) {
		return fmt.Errorf("%w: index %d, %d proof levels", sentinel, index, depth)
	}
	return nil
}

// processProof hashes leaf up the tree along proof.
func processProof(proof []byte, leaf [32]byte, index uint32) ([32]byte, error) {
	if len(proof)%32 != 0 {
		return [32]byte{}, fmt.Errorf("%w: %d bytes", ErrProofLength, len(proof))
	}
	node := leaf
	for off := 0; off < len(proof); off += 32 {
		var sibling [32]byte
		copy(sibling[:], proof[off:off+32])
		if index%2 == 0 {
			node = hashPair(node, sibling)
		} else {
			node = hashPair(sibling, node)
		}
		index /= 2
	}
	return node, nil
}

// amountOK reports whether v fits a token leaf.
func amountOK(v *big.Int) bool { return v != nil && v.Sign() >= 0 && v.Cmp(maxUint256) <= 0 }
