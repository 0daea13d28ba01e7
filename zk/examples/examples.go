// Package examples is the registry of the example zk functions: each circuit with its witness
// function (the logic its witness module runs) and a sample input. The fixture generator, the
// benchmarks and tests take the list from here, so a new example is added in one place.
package examples

import (
	"github.com/blockless/avs/zk"
	"github.com/blockless/avs/zk/examples/hashchain"
	"github.com/blockless/avs/zk/examples/merkle"
	"github.com/blockless/avs/zk/examples/threshold"
)

// Example is one registered zk function.
type Example struct {
	Name     string                       // function name, also the directory under zk/examples
	Contract string                       // Solidity name of its verifier
	Circuit  func() zk.Circuit            // the circuit as `blockless zk build` compiles it
	Witness  func([]byte) ([]byte, error) // task input -> witness words (what witness/main.go runs)
	Sample   []byte                       // a task input that proves
}

// All lists the examples in a fixed order (the forge fixtures depend on it).
func All() []Example {
	return []Example{
		{"threshold", "ThresholdVerifier", threshold.Circuit, threshold.Witness,
			[]byte(`{"value":"720","salt":"0x2a2b2c2d2e2f","bound":"650"}`)},
		{"merkle", "MerkleVerifier", merkle.Circuit, merkle.Witness,
			[]byte(`{"leaves":["11","22","33","44","55"],"index":3}`)},
		// The synthetic 2^16-constraint circuit of the benchmarks, kept here so the forge tests
		// measure a real proof of that size too.
		{"hashchain", "HashchainVerifier", hashchain.Circuit, hashchain.Witness, []byte(`{"seed":"12345"}`)},
	}
}
