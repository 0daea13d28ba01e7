// Package builder is the `blockless zk build` pipeline: it turns a circuit package into the
// files of a zk function (constraint system, keys, witness module, manifest, Solidity verifier
// and its bytecode). cmd/blockless only parses flags and prints the result.
//
// Circuits are Go code, so the pipeline cannot load one into the running binary: it generates a
// tiny program that imports the circuit package and calls BuildDir or ImportDir, runs it with
// `go run` inside the circuit's module, then builds the witness module for wasip1, writes the
// manifest and compiles the verifier (see Run).
package builder

import (
	"github.com/blockless/avs/zk"
	"github.com/blockless/avs/zk/artifacts"
	"github.com/blockless/avs/zk/proving"
)

// BuildDir compiles c, runs the single-party setup and writes the constraint system, keys and
// Solidity verifier into dir. The witness module and manifest are added by Run.
func BuildDir(dir, contractName string, c zk.Circuit) (artifacts.Keys, error) {
	ccs, err := proving.Compile(c)
	if err != nil {
		return artifacts.Keys{}, err
	}
	keys, err := proving.Setup(ccs, contractName)
	if err != nil {
		return artifacts.Keys{}, err
	}
	return keys, artifacts.WriteKeys(dir, keys)
}

// ImportDir is BuildDir with keys from elsewhere, typically a Groth16 MPC ceremony for this exact
// circuit (see proving.ImportKeys): the keys are read with full point checks and must match the
// compiled circuit.
func ImportDir(dir, contractName string, c zk.Circuit, pkFile, vkFile string) (artifacts.Keys, error) {
	ccs, err := proving.Compile(c)
	if err != nil {
		return artifacts.Keys{}, err
	}
	keys, err := proving.ImportKeys(ccs, pkFile, vkFile, contractName)
	if err != nil {
		return keys, err
	}
	return keys, artifacts.WriteKeys(dir, keys)
}
