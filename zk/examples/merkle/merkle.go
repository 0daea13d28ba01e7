// Package merkle is a zk function: "this leaf is in the Merkle tree with this root", without
// revealing its position or the rest of the tree. Use it for allowlists, airdrop claims or
// membership in a published set where the set stays off chain.
//
// The tree is binary, depth Depth, over BN254 field elements, with node = MiMC(left, right) and
// empty leaves 0. Task input (JSON, read by the witness module): {"leaves": ["<field element>",
// ...], "index": <position of the leaf to prove>}. Output (two words): root, leaf.
package merkle

import (
	"encoding/json"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/mimc"
	"github.com/consensys/gnark/frontend"
	stdmimc "github.com/consensys/gnark/std/hash/mimc"

	"github.com/blockless/avs/zk"
)

// Depth is the tree depth: up to 2^16 leaves.
const Depth = 16

// Membership is the circuit.
type Membership struct {
	zk.Binding
	Root     frontend.Variable `gnark:",public"`
	Leaf     frontend.Variable `gnark:",public"`
	Siblings []frontend.Variable
	// Right[i] is 1 when the node on the path at level i is a right child.
	Right []frontend.Variable
}

// Circuit is the entry point `blockless zk build` looks for.
func Circuit() zk.Circuit { return New(Depth) }

// New allocates a circuit of the given depth.
func New(depth int) *Membership {
	return &Membership{Siblings: make([]frontend.Variable, depth), Right: make([]frontend.Variable, depth)}
}

// Define hashes the leaf up the path and compares with the root.
func (c *Membership) Define(api frontend.API) error {
	c.Binding.Constrain(api)
	h, err := stdmimc.NewMiMC(api)
	if err != nil {
		return fmt.Errorf("merkle: mimc: %w", err)
	}
	node := c.Leaf
	for i := range c.Siblings {
		api.AssertIsBoolean(c.Right[i])
		left := api.Select(c.Right[i], c.Siblings[i], node)
		right := api.Select(c.Right[i], node, c.Siblings[i])
		h.Reset()
		h.Write(left, right)
		node = h.Sum()
	}
	api.AssertIsEqual(node, c.Root)
	return nil
}

// Input is the task input.
type Input struct {
	Leaves []string `json:"leaves"`
	Index  int      `json:"index"`
}

// Hash2 is the node hash MiMC(left, right).
func Hash2(l, r *fr.Element) fr.Element {
	h := mimc.NewMiMC()
	lb, rb := l.Bytes(), r.Bytes()
	h.Write(lb[:])
	h.Write(rb[:])
	var out fr.Element
	out.SetBytes(h.Sum(nil))
	return out
}

// Path computes the root and the authentication path of leaves[index] in a tree of the given
// depth. Only the occupied part of each level is hashed; empty subtrees use precomputed hashes.
func Path(leaves []fr.Element, index, depth int) (root fr.Element, siblings []fr.Element, right []bool, err error) {
	if index < 0 || index >= len(leaves) {
		return root, nil, nil, fmt.Errorf("merkle: index %d outside %d leaves", index, len(leaves))
	}
	if len(leaves) > 1<<depth {
		return root, nil, nil, fmt.Errorf("merkle: %d leaves do not fit a depth-%d tree", len(leaves), depth)
	}
	var empty fr.Element // hash of an empty subtree at the current level
	level := append([]fr.Element(nil), leaves...)
	for d := 0; d < depth; d++ {
		sib := index ^ 1
		if sib < len(level) {
			siblings = append(siblings, level[sib])
		} else {
			siblings = append(siblings, empty)
		}
		right = append(right, index&1 == 1)
		next := make([]fr.Element, (len(level)+1)/2)
		for i := range next {
			r := empty
			if 2*i+1 < len(level) {
				r = level[2*i+1]
			}
			next[i] = Hash2(&level[2*i], &r)
		}
		empty = Hash2(&empty, &empty)
		level, index = next, index/2
	}
	return level[0], siblings, right, nil
}

// Witness is what the witness module computes: output words (root, leaf) then the secret words
// (siblings, then the right-child bits).
func Witness(input []byte) ([]byte, error) {
	var in Input
	if err := json.Unmarshal(input, &in); err != nil {
		return nil, fmt.Errorf("merkle: input: %w", err)
	}
	leaves := make([]fr.Element, len(in.Leaves))
	for i, s := range in.Leaves {
		if _, err := leaves[i].SetString(s); err != nil {
			return nil, fmt.Errorf("merkle: leaf %d: %w", i, err)
		}
	}
	root, sib, right, err := Path(leaves, in.Index, Depth)
	if err != nil {
		return nil, err
	}
	out := zk.AppendWord(zk.AppendWord(nil, &root), &leaves[in.Index])
	for i := range sib {
		out = zk.AppendWord(out, &sib[i])
	}
	for _, r := range right {
		var b fr.Element
		if r {
			b.SetOne()
		}
		out = zk.AppendWord(out, &b)
	}
	return out, nil
}
