package zk

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc"
	bn254 "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	"github.com/ethereum/go-ethereum/crypto"
)

// Prover proves one zk function. Safe for concurrent use (gnark's Prove does not mutate its keys).
type Prover struct {
	m   Manifest
	ccs constraint.ConstraintSystem
	pk  groth16.ProvingKey
	vk  groth16.VerifyingKey
}

// LoadProver checks each artifact against the manifest's digest, then parses it.
func LoadProver(m Manifest, ccsBytes, pkBytes, vkBytes []byte) (*Prover, error) {
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
func NewProver(m Manifest, ccs constraint.ConstraintSystem, pk groth16.ProvingKey, vk groth16.VerifyingKey) *Prover {
	return &Prover{m: m, ccs: ccs, pk: pk, vk: vk}
}

// Manifest is the function's manifest.
func (p *Prover) Manifest() Manifest { return p.m }

// VerifyingKey is the function's verifying key.
func (p *Prover) VerifyingKey() groth16.VerifyingKey { return p.vk }

// Proof is a proof for one task.
type Proof struct {
	Output []byte // the task's output: the circuit's public inputs after the binding
	Proof  []byte // gnark's compressed encoding (proof.WriteTo): what travels to the aggregator
}

// Prove turns a witness module's output into the task output and a proof bound to taskHash.
// witnessOut is app-public words followed by secret words (see the package doc).
func (p *Prover) Prove(taskHash [32]byte, witnessOut []byte) (Proof, error) {
	words, err := Words(witnessOut)
	if err != nil {
		return Proof{}, fmt.Errorf("zk: witness module output: %w", err)
	}
	nApp, nSecret := p.m.AppPublicInputs(), p.m.SecretInputs
	if len(words) != nApp+nSecret {
		return Proof{}, fmt.Errorf("zk: witness module wrote %d field elements, circuit %q takes %d public + %d secret",
			len(words), p.m.Name, nApp, nSecret)
	}
	output := bytes.Clone(witnessOut[:nApp*WordSize])
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

// Verify checks a proof (gnark encoding) for task taskHash and output against vk, with the
// options the Solidity verifier uses, and returns the proof as the verifier's `bytes proof`
// argument. Proof points are decoded with subgroup checks: proofs come from the network.
func Verify(vk groth16.VerifyingKey, taskHash [32]byte, output, proof []byte) (solidityProof []byte, err error) {
	pub, err := PublicInputs(taskHash, output)
	if err != nil {
		return nil, err
	}
	if want := vkPublicInputs(vk); want >= 0 && want != len(pub) {
		return nil, fmt.Errorf("zk: output has %d words, the circuit takes %d", len(pub)-NbBindingInputs, want-NbBindingInputs)
	}
	pr := groth16.NewProof(ecc.BN254)
	n, err := pr.ReadFrom(bytes.NewReader(proof))
	if err != nil {
		return nil, fmt.Errorf("zk: decode proof: %w", readErr(err))
	}
	if n != int64(len(proof)) {
		return nil, fmt.Errorf("zk: decode proof: %d trailing bytes", int64(len(proof))-n)
	}
	values := make([]any, len(pub))
	for i, v := range pub {
		values[i] = v
	}
	w, err := fillWitness(len(pub), 0, values)
	if err != nil {
		return nil, err
	}
	if err := groth16.Verify(pr, vk, w, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)); err != nil {
		return nil, fmt.Errorf("zk: proof rejected: %w", err)
	}
	bp, ok := pr.(*groth16bn254.Proof)
	if !ok {
		return nil, errors.New("zk: proof is not a BN254 Groth16 proof")
	}
	return bp.MarshalSolidity(), nil
}

// vkPublicInputs is the number of public inputs vk expects, or -1 when it cannot tell.
func vkPublicInputs(vk groth16.VerifyingKey) int {
	if v, ok := vk.(*groth16bn254.VerifyingKey); ok {
		return len(v.G1.K) - 1
	}
	return -1
}

// TaskOutputDigest is keccak256(output), the response's outputDigest.
func TaskOutputDigest(output []byte) [32]byte { return crypto.Keccak256Hash(output) }

// BigInts renders public inputs as decimal strings (fixtures, logs).
func BigInts(in []*big.Int) []string {
	out := make([]string, len(in))
	for i, v := range in {
		out[i] = v.String()
	}
	return out
}

// ProofFromSolidity converts a proof in the Solidity verifier's layout (MarshalSolidity:
// Ar | Bs (imaginary part first) | Krs [| commitments | commitment PoK], 32-byte big-endian
// coordinates) back to gnark's encoding. Points are checked when Verify decodes the result.
func ProofFromSolidity(b []byte) ([]byte, error) {
	if len(b) < 256 || len(b)%64 != 0 || (len(b) > 256 && len(b) < 384) {
		return nil, fmt.Errorf("zk: solidity proof of %d bytes: want 256, or 256 + 64*(commitments+1)", len(b))
	}
	word := func(i int) (fp.Element, error) {
		return fp.BigEndian.Element((*[32]byte)(b[32*i : 32*i+32]))
	}
	var p groth16bn254.Proof
	dst := []*fp.Element{&p.Ar.X, &p.Ar.Y, &p.Bs.X.A1, &p.Bs.X.A0, &p.Bs.Y.A1, &p.Bs.Y.A0, &p.Krs.X, &p.Krs.Y}
	if len(b) > 256 {
		p.Commitments = make([]bn254.G1Affine, (len(b)-256)/64-1)
		for i := range p.Commitments {
			dst = append(dst, &p.Commitments[i].X, &p.Commitments[i].Y)
		}
		dst = append(dst, &p.CommitmentPok.X, &p.CommitmentPok.Y)
	}
	for i, d := range dst {
		e, err := word(i)
		if err != nil {
			return nil, fmt.Errorf("zk: solidity proof word %d: %w", i, err)
		}
		*d = e
	}
	var buf bytes.Buffer
	if _, err := p.WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("zk: encode proof: %w", err)
	}
	return buf.Bytes(), nil
}
