package zk

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
)

// NbBindingInputs is how many public inputs every Blockless circuit starts with (Binding's fields).
const NbBindingInputs = 4

// WordSize is the size of one field element in witness-module output and in a zk task's output:
// 32 bytes, big-endian, below the BN254 scalar field modulus.
const WordSize = 32

// Binding ties a proof to one task and one output. Every Blockless circuit embeds it as its
// first field so that these are public inputs 0..3, in the order TaskManager.respondWithProof
// builds them:
//
//	TaskHashHi, TaskHashLo       = keccak256(abi.encode(task)) split into two 128-bit limbs
//	OutputDigestHi, OutputDigestLo = keccak256(output) split the same way
//
// A 256-bit digest does not fit the ~254-bit scalar field, and reducing it modulo r would make two
// digests collide on purpose-built inputs; two 128-bit limbs are exact. The circuit's own public
// inputs follow the binding and are exactly the words of the task's output, so the output (and
// hence its digest) is fixed by the statement the proof attests.
type Binding struct {
	TaskHashHi     frontend.Variable `gnark:",public"`
	TaskHashLo     frontend.Variable `gnark:",public"`
	OutputDigestHi frontend.Variable `gnark:",public"`
	OutputDigestLo frontend.Variable `gnark:",public"`
}

// ZkBinding gives the registry access to the embedded binding.
func (b *Binding) ZkBinding() *Binding { return b }

// Constrain puts every binding input into a constraint. A Groth16 public input that no constraint
// touches has a zero verifying-key point, and a proof would then verify for any value of it: the
// squares below make each input part of the statement (and keep gnark from rejecting the circuit
// for unconstrained inputs). They cost four constraints.
func (b *Binding) Constrain(api frontend.API) {
	for _, v := range []frontend.Variable{b.TaskHashHi, b.TaskHashLo, b.OutputDigestHi, b.OutputDigestLo} {
		api.Mul(v, v)
	}
}

// Limbs splits a 256-bit digest into its high and low 128-bit halves (big-endian), the way the
// TaskManager does: hi = uint256(d) >> 128, lo = uint256(d) & (2^128 - 1).
func Limbs(d [32]byte) (hi, lo *big.Int) {
	return new(big.Int).SetBytes(d[:16]), new(big.Int).SetBytes(d[16:])
}

// Words parses b as consecutive 32-byte big-endian field elements, each required to be canonical
// (below the modulus): the Solidity verifier rejects larger inputs, so accepting them here would
// let an output through off-chain that can never be proven on-chain.
func Words(b []byte) ([]fr.Element, error) {
	if len(b)%WordSize != 0 {
		return nil, fmt.Errorf("zk: %d bytes is not a whole number of %d-byte field elements", len(b), WordSize)
	}
	out := make([]fr.Element, len(b)/WordSize)
	for i := range out {
		e, err := fr.BigEndian.Element((*[32]byte)(b[i*WordSize : (i+1)*WordSize]))
		if err != nil {
			return nil, fmt.Errorf("zk: word %d: %w", i, err)
		}
		out[i] = e
	}
	return out, nil
}

// AppendWord appends v as one 32-byte big-endian word; witness modules use it to write their
// output.
func AppendWord(b []byte, v *fr.Element) []byte {
	w := v.Bytes()
	return append(b, w[:]...)
}
