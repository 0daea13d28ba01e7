// Package zk is the circuit API of the zk verification mode of Blockless AVS: what a zk
// function's author writes against (gnark Groth16 circuits over BN254 whose proofs the
// TaskManager accepts instead of a BLS quorum certificate) and what its witness module encodes.
//
// A zk function is four artifacts, each fetched by sha256 like a module: the compiled constraint
// system, the proving key, the verifying key and a witness module (WASM, run by the engine under
// the task's limits) that turns the task input into the circuit's assignment. A JSON manifest
// names them; the manifest's own sha256 is the function's moduleDigest on chain, so an operator
// needs nothing but the manifest digest to prove any zk function (no operator upgrade per circuit).
//
// The witness module writes 32-byte big-endian field elements to stdout: the circuit's public
// inputs after the Binding (which become the task's output, byte for byte) followed by its secret
// inputs. The prover prepends the Binding (task hash and output digest limbs, see Binding) and
// proves; TaskManager.respondWithProof rebuilds the same public inputs from the task and the
// inline output and calls the function's gnark-exported verifier.
//
// The package follows gnark's own frontend/backend line: it holds the circuit definition and the
// word encoding only, because circuit packages are compiled into wasip1 witness modules and
// everything imported here ends up in every module an operator downloads and compiles. The rest
// lives beside it, one purpose per package:
//
//   - zk/proving: compilation to R1CS, Groth16 setup, key formats, proving and verification
//   - zk/artifacts: the manifest and the files of a built function
//   - zk/selection: which operator proves a task, and when
//   - zk/solc: compiling the exported verifier with solc
//   - zk/build: the `blockless zk build` pipeline
//   - zk/witness: the main function of a witness module
package zk

import (
	"errors"
	"fmt"
	"reflect"

	"github.com/consensys/gnark/frontend"
)

// Circuit is a gnark circuit usable as a zk function: it embeds Binding as its first field.
type Circuit interface {
	frontend.Circuit
	ZkBinding() *Binding
}

// CheckShape makes sure Binding comes first: gnark orders public inputs by field declaration, and
// the TaskManager puts the binding limbs at indices 0..3. Compilers of circuits (zk/proving)
// call it before compiling.
func CheckShape(c Circuit) error {
	t := reflect.TypeOf(c)
	if t == nil || t.Kind() != reflect.Pointer || t.Elem().Kind() != reflect.Struct {
		return errors.New("zk: a circuit must be a pointer to a struct")
	}
	s := t.Elem()
	if s.NumField() == 0 || !s.Field(0).Anonymous || s.Field(0).Type != reflect.TypeOf(Binding{}) {
		return fmt.Errorf("zk: circuit %s must embed zk.Binding (by value) as its first field", s.Name())
	}
	return nil
}
