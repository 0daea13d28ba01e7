// Package proving is the proving system of zk functions, gnark's backend side of package zk:
// compiling a circuit to R1CS, the Groth16 setup over BN254 and its key formats, proving a task
// from a witness module's output, and verifying a proof the way the Solidity verifier does.
//
// It is kept apart from package zk because it links gnark's Groth16 backends and the R1CS
// builder (constraint systems for every curve gnark supports): operators, the aggregator and
// the build tooling need them, the wasip1 witness modules compiled from circuit packages must
// not carry them.
package proving

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/blockless/avs/zk"
)

// Compile checks the circuit's shape and compiles it to an R1CS over BN254, the constraint
// form Groth16 proves (which is why compiling belongs to the backend side).
func Compile(c zk.Circuit) (constraint.ConstraintSystem, error) {
	if err := zk.CheckShape(c); err != nil {
		return nil, err
	}
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		return nil, fmt.Errorf("zk: compile circuit: %w", err)
	}
	if ccs.GetNbPublicVariables()-1 < zk.NbBindingInputs {
		return nil, fmt.Errorf("zk: circuit has %d public inputs, fewer than the binding's %d", ccs.GetNbPublicVariables()-1, zk.NbBindingInputs)
	}
	return ccs, nil
}
