// Package zk is the zk verification mode of Blockless AVS: gnark Groth16 circuits over BN254 whose
// proofs the TaskManager accepts instead of a BLS quorum certificate.
//
// A zk function is four artifacts, each fetched by sha256 like a module: the compiled constraint
// system, the proving key, the verifying key and a witness module (WASM, run by the engine under
// the task's limits) that turns the task input into the circuit's assignment. A JSON Manifest names
// them; the manifest's own sha256 is the function's moduleDigest on chain, so an operator needs
// nothing but the manifest digest to prove any zk function (no operator upgrade per circuit).
//
// The witness module writes 32-byte big-endian field elements to stdout: the circuit's public
// inputs after the Binding (which become the task's output, byte for byte) followed by its secret
// inputs. The prover prepends the Binding (task hash and output digest limbs, see Binding) and
// proves; TaskManager.respondWithProof rebuilds the same public inputs from the task and the
// inline output and calls the function's gnark-exported verifier.
package zk

import (
	"errors"
	"fmt"
	"reflect"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
)

// Circuit is a gnark circuit usable as a zk function: it embeds Binding as its first field.
type Circuit interface {
	frontend.Circuit
	ZkBinding() *Binding
}

// Compile checks the circuit's shape and compiles it to an R1CS over BN254.
func Compile(c Circuit) (constraint.ConstraintSystem, error) {
	if err := checkShape(c); err != nil {
		return nil, err
	}
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		return nil, fmt.Errorf("zk: compile circuit: %w", err)
	}
	if ccs.GetNbPublicVariables()-1 < NbBindingInputs {
		return nil, fmt.Errorf("zk: circuit has %d public inputs, fewer than the binding's %d", ccs.GetNbPublicVariables()-1, NbBindingInputs)
	}
	return ccs, nil
}

// checkShape makes sure Binding comes first: gnark orders public inputs by field declaration, and
// the TaskManager puts the binding limbs at indices 0..3.
func checkShape(c Circuit) error {
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
