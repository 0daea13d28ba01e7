package proving

import (
	"bytes"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"

	"github.com/blockless/avs/zk"
	"github.com/blockless/avs/zk/artifacts"
)

// Prover proves one zk function. Safe for concurrent use (gnark's Prove does not mutate its keys).
type Prover struct {
	m   artifacts.Manifest
	ccs constraint.ConstraintSystem
	pk  groth16.ProvingKey
	vk  groth16.VerifyingKey
}

// LoadProver checks each artifact against the manifest's digest, then parses it.
func LoadProver(m artifacts.Manifest, ccsBytes, pkBytes, vkBytes []byte) (*Prover, error) {
	if err := m.ConstraintSystem.Check("constraint system", ccsBytes); err != nil {
		return nil, err
	}
	if err := m.ProvingKey.Check("proving key", pkBytes); err != nil {
		return nil, err
	}
	if err := m.VerifyingKey.Check("verifying key", vkBytes); err != nil {
		return nil, err
	}
	ccs, err := ReadConstraintSystem(ccsBytes)
	if err != nil {
		return nil, err
	}
	if got := ccs.GetNbPublicVariables() - 1; got != m.PublicInputs {
		return nil, fmt.Errorf("zk: constraint system has %d public inputs, manifest says %d", got, m.PublicInputs)
	}
	pk, err := ReadProvingKey(pkBytes)
	if err != nil {
		return nil, err
	}
	vk, err := ReadVerifyingKey(vkBytes)
	if err != nil {
		return nil, err
	}
	return &Prover{m: m, ccs: ccs, pk: pk, vk: vk}, nil
}

// NewProver wraps in-memory objects (tests, benchmarks, `zk build`'s self-check).
func NewProver(m artifacts.Manifest, ccs constraint.ConstraintSystem, pk groth16.ProvingKey, vk groth16.VerifyingKey) *Prover {
	return &Prover{m: m, ccs: ccs, pk: pk, vk: vk}
}

// Manifest is the function's manifest.
func (p *Prover) Manifest() artifacts.Manifest { return p.m }

// VerifyingKey is the function's verifying key.
func (p *Prover) VerifyingKey() groth16.VerifyingKey { return p.vk }

// Proof is a proof for one task.
type Proof struct {
	Output []byte // the task's output: the circuit's public inputs after the binding
	Proof  []byte // gnark's compressed encoding (proof.WriteTo): what travels to the aggregator
}

// Prove turns a witness module's output into the task output and a proof bound to taskHash.
// witnessOut is app-public words followed by secret words (see package zk).
func (p *Prover) Prove(taskHash [32]byte, witnessOut []byte) (Proof, error) {
	words, err := zk.Words(witnessOut)
	if err != nil {
		return Proof{}, fmt.Errorf("zk: witness module output: %w", err)
	}
	nApp, nSecret := p.m.AppPublicInputs(), p.m.SecretInputs
	if len(words) != nApp+nSecret {
		return Proof{}, fmt.Errorf("zk: witness module wrote %d field elements, circuit %q takes %d public + %d secret",
			len(words), p.m.Name, nApp, nSecret)
	}
	output := bytes.Clone(witnessOut[:nApp*zk.WordSize])
	pub, err := PublicInputs(taskHash, output)
	if err != nil {
		return Proof{}, err
	}
	values := make([]any, 0, len(pub)+nSecret)
	for _, v := range pub {
		values = append(values, v)
	}
	for _, w := range words[nApp:] {
		values = append(values, w)
	}
	full, err := fillWitness(len(pub), nSecret, values)
	if err != nil {
		return Proof{}, err
	}
	proof, err := groth16.Prove(p.ccs, p.pk, full, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
	if err != nil {
		return Proof{}, fmt.Errorf("zk: prove %q: %w", p.m.Name, err)
	}
	var buf bytes.Buffer
	if _, err := proof.WriteTo(&buf); err != nil {
		return Proof{}, fmt.Errorf("zk: serialise proof: %w", err)
	}
	return Proof{Output: output, Proof: buf.Bytes()}, nil
}

func fillWitness(nPub, nSecret int, values []any) (witness.Witness, error) {
	w, err := witness.New(ecc.BN254.ScalarField())
	if err != nil {
		return nil, fmt.Errorf("zk: new witness: %w", err)
	}
	ch := make(chan any, len(values))
	for _, v := range values {
		ch <- v
	}
	close(ch)
	if err := w.Fill(nPub, nSecret, ch); err != nil {
		return nil, fmt.Errorf("zk: fill witness: %w", err)
	}
	return w, nil
}
