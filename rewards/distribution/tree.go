package distribution

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// Errors returned by NewTree and Tree.Claim.
var (
	ErrEmpty         = errors.New("distribution has no non-zero earnings")
	ErrUnknownEarner = errors.New("earner not in the distribution")
	ErrUnknownToken  = errors.New("token not in the earner's distribution")
	ErrDuplicate     = errors.New("token listed twice")
)

// Tree is the two-level Merkle tree of a distribution (see the package documentation). It is
// immutable once built and safe for concurrent use.
type Tree struct {
	earners []earnerTree // ascending by address
	byAddr  map[common.Address]int
	top     merkle
}

type earnerTree struct {
	earner common.Address
	leaves []TokenLeaf // ascending by token
	byAddr map[common.Address]int
	tree   merkle
}

// NewTree builds the tree of d's non-zero entries.
func NewTree(d *Distribution) (*Tree, error) {
	t := &Tree{byAddr: make(map[common.Address]int)}
	var tops [][32]byte
	for _, earner := range d.Earners() {
		et := earnerTree{earner: earner, byAddr: make(map[common.Address]int)}
		var hashes [][32]byte
		for _, token := range d.Tokens(earner) {
			amount := d.earnings[earner][token]
			if amount.Sign() == 0 {
				continue
			}
			leaf := TokenLeaf{Token: token, CumulativeEarnings: new(big.Int).Set(amount)}
			et.byAddr[token] = len(et.leaves)
			et.leaves = append(et.leaves, leaf)
			hashes = append(hashes, TokenLeafHash(leaf))
		}
		if len(et.leaves) == 0 {
			continue
		}
		et.tree = newMerkle(hashes)
		t.byAddr[earner] = len(t.earners)
		t.earners = append(t.earners, et)
		tops = append(tops, EarnerLeafHash(EarnerLeaf{Earner: earner, EarnerTokenRoot: et.tree.root()}))
	}
	if len(t.earners) == 0 {
		return nil, fmt.Errorf("build tree: %w", ErrEmpty)
	}
	t.top = newMerkle(tops)
	return t, nil
}

// Root is the distribution root to submit.
func (t *Tree) Root() [32]byte { return t.top.root() }

// Earners lists the earners in the tree (those with some non-zero amount), ascending.
func (t *Tree) Earners() []common.Address {
	out := make([]common.Address, len(t.earners))
	for i, et := range t.earners {
		out[i] = et.earner
	}
	return out
}

// Tokens lists earner's tokens in the tree (those with a non-zero amount), ascending; nil for an
// earner not in the tree.
func (t *Tree) Tokens(earner common.Address) []common.Address {
	i, ok := t.byAddr[earner]
	if !ok {
		return nil
	}
	out := make([]common.Address, len(t.earners[i].leaves))
	for j, leaf := range t.earners[i].leaves {
		out[j] = leaf.Token
	}
	return out
}

// Claim builds earner's claim against this tree, posted as distribution root rootIndex, for the
// given tokens in the given order, or for all the earner's tokens (ascending) when none are given.
//
// The contract pays a claim only if every token in it raises the earner's claimed total; after a
// partial claim, pass only the tokens ClaimableTokens returns.
func (t *Tree) Claim(rootIndex uint32, earner common.Address, tokens ...common.Address) (Claim, error) {
	i, ok := t.byAddr[earner]
	if !ok {
		return Claim{}, fmt.Errorf("claim: %w: %s", ErrUnknownEarner, earner.Hex())
	}
	et := &t.earners[i]
	if len(tokens) == 0 {
		tokens = t.Tokens(earner)
	}
	c := Claim{
		RootIndex:       rootIndex,
		EarnerIndex:     uint32(i),
		EarnerTreeProof: t.top.proof(i),
		EarnerLeaf:      EarnerLeaf{Earner: earner, EarnerTokenRoot: et.tree.root()},
		TokenIndices:    make([]uint32, 0, len(tokens)),
		TokenTreeProofs: make([][]byte, 0, len(tokens)),
		TokenLeaves:     make([]TokenLeaf, 0, len(tokens)),
	}
	seen := make(map[common.Address]bool, len(tokens))
	for _, token := range tokens {
		if seen[token] {
			return Claim{}, fmt.Errorf("claim for %s: %w: %s", earner.Hex(), ErrDuplicate, token.Hex())
		}
		seen[token] = true
		j, ok := et.byAddr[token]
		if !ok {
			return Claim{}, fmt.Errorf("claim for %s: %w: %s", earner.Hex(), ErrUnknownToken, token.Hex())
		}
		leaf := et.leaves[j]
		c.TokenIndices = append(c.TokenIndices, uint32(j))
		c.TokenTreeProofs = append(c.TokenTreeProofs, et.tree.proof(j))
		c.TokenLeaves = append(c.TokenLeaves, TokenLeaf{Token: leaf.Token, CumulativeEarnings: new(big.Int).Set(leaf.CumulativeEarnings)})
	}
	return c, nil
}
