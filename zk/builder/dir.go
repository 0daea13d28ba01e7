// Package builder makes the files of a zk function from its circuit: BuildDir with a
// single-party setup, ImportDir with keys from a ceremony. `blockless zk build` runs them in a
// program it generates inside the circuit's module, because circuits are Go code and cannot be
// loaded into the running binary.
package builder

import (
	"github.com/blockless/avs/zk"
	"github.com/blockless/avs/zk/artifacts"
	"github.com/blockless/avs/zk/proving"
)

// BuildDir compiles c, runs the single-party setup and writes the constraint system, keys and
// Solidity verifier into dir. The witness module and manifest are added by `zk build`.
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
