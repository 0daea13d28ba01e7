// Package hashchain is a zk function and the synthetic circuit of the benchmarks: "out is the
// result of applying MiMC Steps times to a secret seed whose MiMC hash is seedHash". Its size is
// set by the number of steps (330 constraints each), which is what makes it a good yardstick; as a
// function it proves a long sequential computation over a committed secret without redoing it.
//
// Task input (JSON): {"seed": "<field element>"}. Output (two words): seedHash, out.
package hashchain

import (
	"encoding/json"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/mimc"
	"github.com/consensys/gnark/frontend"
	stdmimc "github.com/consensys/gnark/std/hash/mimc"

	"github.com/blockless/avs/zk"
)

// Steps16 and Steps18 are the largest step counts whose circuits fit 2^16 and 2^18 constraints
// (the FFT domain is the next power of two at or above constraints + public inputs).
const (
	Steps16 = (1<<16 - 400) / 330
	Steps18 = (1<<18 - 400) / 330
)

// Chain is the circuit.
type Chain struct {
	zk.Binding
	SeedHash frontend.Variable `gnark:",public"`
	Out      frontend.Variable `gnark:",public"`
	Seed     frontend.Variable
	Steps    int `gnark:"-"`
}

// Circuit is the entry point `blockless zk build` looks for: the 2^16 variant.
func Circuit() zk.Circuit { return &Chain{Steps: Steps16} }

// Define hashes the seed once for the commitment and Steps times for the result.
func (c *Chain) Define(api frontend.API) error {
	c.Binding.Constrain(api)
	h, err := stdmimc.NewMiMC(api)
	if err != nil {
		return fmt.Errorf("hashchain: mimc: %w", err)
	}
	h.Write(c.Seed)
	api.AssertIsEqual(h.Sum(), c.SeedHash)
	x := c.Seed
	for i := 0; i < c.Steps; i++ {
		h.Reset()
		h.Write(x)
		x = h.Sum()
	}
	api.AssertIsEqual(x, c.Out)
	return nil
}

func hash1(x *fr.Element) fr.Element {
	h := mimc.NewMiMC()
	b := x.Bytes()
	h.Write(b[:])
	var out fr.Element
	out.SetBytes(h.Sum(nil))
	return out
}

// Run computes (seedHash, out) for a seed and a number of steps.
func Run(seed *fr.Element, steps int) (seedHash, out fr.Element) {
	seedHash = hash1(seed)
	out = *seed
	for i := 0; i < steps; i++ {
		out = hash1(&out)
	}
	return seedHash, out
}

// WitnessSteps is Witness for a circuit of the given number of steps.
func WitnessSteps(input []byte, steps int) ([]byte, error) {
	var in struct {
		Seed string `json:"seed"`
	}
	if err := json.Unmarshal(input, &in); err != nil {
		return nil, fmt.Errorf("hashchain: input: %w", err)
	}
	var seed fr.Element
	if _, err := seed.SetString(in.Seed); err != nil {
		return nil, fmt.Errorf("hashchain: seed: %w", err)
	}
	sh, out := Run(&seed, steps)
	return zk.AppendWord(zk.AppendWord(zk.AppendWord(nil, &sh), &out), &seed), nil
}

// Witness is what the witness module computes for Circuit(): seedHash, out, then the seed.
func Witness(input []byte) ([]byte, error) { return WitnessSteps(input, Steps16) }
