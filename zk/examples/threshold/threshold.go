// Package threshold is a zk function: "the value hidden behind this commitment is at least this
// bound" (or "is below it"), without revealing the value. Use it for solvency, age, credit-score
// or balance checks where the data owner publishes a MiMC commitment once and consumers learn a
// single bit per bound they ask about.
//
// Task input (JSON, read by the witness module): {"value": "<uint64>", "salt": "<field element>",
// "bound": "<uint64>"}. The input travels to the prover (by URI for privacy from the chain); the
// output, which the chain sees, is three words: commitment = MiMC(value, salt), bound, and
// result (1 if value >= bound, else 0). A consumer checks that the commitment is the one it
// trusts and reads the result.
package threshold

import (
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/mimc"
	"github.com/consensys/gnark/frontend"
	stdmimc "github.com/consensys/gnark/std/hash/mimc"

	"github.com/blockless/avs/zk"
)

// Bits is the width of value and bound.
const Bits = 64

// Threshold is the circuit.
type Threshold struct {
	zk.Binding
	Commitment frontend.Variable `gnark:",public"`
	Bound      frontend.Variable `gnark:",public"`
	Result     frontend.Variable `gnark:",public"`
	Value      frontend.Variable
	Salt       frontend.Variable
}

// Circuit is the entry point `blockless zk build` looks for.
func Circuit() zk.Circuit { return &Threshold{} }

// Define: commitment opens to (value, salt); both numbers fit in 64 bits; result is the top bit
// of value - bound + 2^64, which is 1 exactly when value >= bound.
func (c *Threshold) Define(api frontend.API) error {
	c.Binding.Constrain(api)
	h, err := stdmimc.NewMiMC(api)
	if err != nil {
		return fmt.Errorf("threshold: mimc: %w", err)
	}
	h.Write(c.Value, c.Salt)
	api.AssertIsEqual(h.Sum(), c.Commitment)
	api.ToBinary(c.Value, Bits)
	api.ToBinary(c.Bound, Bits)
	shifted := api.Add(api.Sub(c.Value, c.Bound), new(big.Int).Lsh(big.NewInt(1), Bits))
	bits := api.ToBinary(shifted, Bits+1)
	api.AssertIsEqual(c.Result, bits[Bits])
	return nil
}

// Input is the task input.
type Input struct {
	Value uint64 `json:"value,string"`
	Salt  string `json:"salt"`
	Bound uint64 `json:"bound,string"`
}

// Commit is MiMC(value, salt), the commitment a data owner publishes.
func Commit(value uint64, salt *fr.Element) fr.Element {
	var v fr.Element
	v.SetUint64(value)
	h := mimc.NewMiMC()
	vb, sb := v.Bytes(), salt.Bytes()
	h.Write(vb[:])
	h.Write(sb[:])
	var out fr.Element
	out.SetBytes(h.Sum(nil))
	return out
}

// Witness is what the witness module computes: output words (commitment, bound, result) then the
// secret words (value, salt).
func Witness(input []byte) ([]byte, error) {
	var in Input
	if err := json.Unmarshal(input, &in); err != nil {
		return nil, fmt.Errorf("threshold: input: %w", err)
	}
	var salt fr.Element
	if _, err := salt.SetString(in.Salt); err != nil {
		return nil, fmt.Errorf("threshold: salt: %w", err)
	}
	com := Commit(in.Value, &salt)
	var bound, result, value fr.Element
	bound.SetUint64(in.Bound)
	value.SetUint64(in.Value)
	if in.Value >= in.Bound {
		result.SetOne()
	}
	var out []byte
	for _, e := range []*fr.Element{&com, &bound, &result, &value, &salt} {
		out = zk.AppendWord(out, e)
	}
	return out, nil
}
