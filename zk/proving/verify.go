package proving

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
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/blockless/avs/zk"
)

// PublicInputs is the full public-input vector of a proof for task taskHash with output: the
// binding limbs followed by the output's words. It is what the Solidity verifier receives.
func PublicInputs(taskHash [32]byte, output []byte) ([]*big.Int, error) {
	words, err := zk.Words(output)
	if err != nil {
		return nil, err
	}
	th, tl := zk.Limbs(taskHash)
	oh, ol := zk.Limbs(crypto.Keccak256Hash(output))
	in := []*big.Int{th, tl, oh, ol}
	for _, w := range words {
		in = append(in, w.BigInt(new(big.Int)))
	}
	return in, nil
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
		return nil, fmt.Errorf("zk: output has %d words, the circuit takes %d", len(pub)-zk.NbBindingInputs, want-zk.NbBindingInputs)
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
