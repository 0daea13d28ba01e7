package zk

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/constraint"
)

// ManifestKind identifies a zk function manifest (and its format version).
const ManifestKind = "blockless-zk/v1"

// Artifact names one file of a zk function by digest. URIs are hints; the digest is what is trusted.
type Artifact struct {
	SHA256 string   `json:"sha256"`
	Size   int64    `json:"size"`
	URIs   []string `json:"uris,omitempty"`
}

// Digest parses the artifact's sha256.
func (a Artifact) Digest() ([32]byte, error) {
	var d [32]byte
	s := strings.TrimPrefix(a.SHA256, "0x")
	if len(s) != 64 {
		return d, fmt.Errorf("sha256 %q: want 64 hex characters", a.SHA256)
	}
	if _, err := hex.Decode(d[:], []byte(s)); err != nil {
		return d, fmt.Errorf("sha256 %q: %w", a.SHA256, err)
	}
	return d, nil
}

// Check verifies b against the artifact's digest and size.
func (a Artifact) Check(what string, b []byte) error {
	want, err := a.Digest()
	if err != nil {
		return fmt.Errorf("zk: %s: %w", what, err)
	}
	if got := sha256.Sum256(b); got != want {
		return fmt.Errorf("zk: %s: sha256 mismatch: manifest says %x, got %x (%d bytes)", what, want, got, len(b))
	}
	return nil
}

func artifactOf(b []byte) Artifact {
	d := sha256.Sum256(b)
	return Artifact{SHA256: hex.EncodeToString(d[:]), Size: int64(len(b))}
}

// Manifest describes a zk function. Its sha256 is the function's moduleDigest on chain.
type Manifest struct {
	Kind         string `json:"kind"`
	Name         string `json:"name"`
	Curve        string `json:"curve"`
	Backend      string `json:"backend"`
	Constraints  int    `json:"constraints"`
	PublicInputs int    `json:"publicInputs"` // including the 4 binding inputs
	SecretInputs int    `json:"secretInputs"`
	// Setup says where the keys came from: "single-party (devnet)" for `zk build`, or what the
	// importer wrote (e.g. an MPC ceremony transcript id).
	Setup            string   `json:"setup"`
	ConstraintSystem Artifact `json:"constraintSystem"`
	ProvingKey       Artifact `json:"provingKey"`
	VerifyingKey     Artifact `json:"verifyingKey"`
	WitnessModule    Artifact `json:"witnessModule"`
}

// AppPublicInputs is the number of output words: public inputs after the binding.
func (m Manifest) AppPublicInputs() int { return m.PublicInputs - NbBindingInputs }

// ParseManifest decodes and sanity-checks a manifest.
func ParseManifest(b []byte) (Manifest, error) {
	var m Manifest
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		return m, fmt.Errorf("zk: manifest: %w", err)
	}
	if m.Kind != ManifestKind {
		return m, fmt.Errorf("zk: manifest kind %q, want %q", m.Kind, ManifestKind)
	}
	if m.Curve != "bn254" || m.Backend != "groth16" {
		return m, fmt.Errorf("zk: manifest: unsupported %s/%s (only groth16 over bn254)", m.Backend, m.Curve)
	}
	if m.PublicInputs < NbBindingInputs || m.SecretInputs < 0 {
		return m, fmt.Errorf("zk: manifest: %d public inputs, need at least the %d binding inputs", m.PublicInputs, NbBindingInputs)
	}
	for name, a := range map[string]Artifact{"constraintSystem": m.ConstraintSystem, "provingKey": m.ProvingKey,
		"verifyingKey": m.VerifyingKey, "witnessModule": m.WitnessModule} {
		if _, err := a.Digest(); err != nil {
			return m, fmt.Errorf("zk: manifest %s: %w", name, err)
		}
	}
	return m, nil
}

// Marshal encodes the manifest canonically (indented JSON with a trailing newline) so that the
// same artifacts always give the same function digest.
func (m Manifest) Marshal() ([]byte, error) {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("zk: encode manifest: %w", err)
	}
	return append(b, '\n'), nil
}

// Keys are the serialised artifacts of a built circuit.
type Keys struct {
	ConstraintSystem []byte // gnark CBOR (ccs.WriteTo)
	ProvingKey       []byte // uncompressed points (pk.WriteRawTo): ~100x faster to load than compressed
	VerifyingKey     []byte // compressed (vk.WriteTo)
	Solidity         []byte // gnark's exported verifier, contract renamed to ContractName
}

// SetupSingleParty names keys made by Setup (in-process toxic waste).
const SetupSingleParty = "single-party (devnet only: whoever ran the setup can forge proofs)"

// Setup compiles nothing: given a compiled constraint system it runs gnark's single-party Groth16
// setup and serialises everything. Whoever runs it knows the toxic waste; see the README for
// importing MPC-ceremony keys instead.
func Setup(ccs constraint.ConstraintSystem, contractName string) (Keys, error) {
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		return Keys{}, fmt.Errorf("zk: groth16 setup: %w", err)
	}
	return Serialise(ccs, pk, vk, contractName)
}

// Serialise writes a constraint system and its key pair in the artifact formats and exports the
// Solidity verifier. It is also the entry point for keys from an MPC ceremony (mpcsetup's
// VerifyPhase2 / Seal return the same pk and vk types).
func Serialise(ccs constraint.ConstraintSystem, pk groth16.ProvingKey, vk groth16.VerifyingKey, contractName string) (Keys, error) {
	var k Keys
	var buf bytes.Buffer
	if _, err := ccs.WriteTo(&buf); err != nil {
		return k, fmt.Errorf("zk: serialise constraint system: %w", err)
	}
	k.ConstraintSystem = bytes.Clone(buf.Bytes())
	buf.Reset()
	if _, err := pk.WriteRawTo(&buf); err != nil {
		return k, fmt.Errorf("zk: serialise proving key: %w", err)
	}
	k.ProvingKey = bytes.Clone(buf.Bytes())
	buf.Reset()
	if _, err := vk.WriteTo(&buf); err != nil {
		return k, fmt.Errorf("zk: serialise verifying key: %w", err)
	}
	k.VerifyingKey = bytes.Clone(buf.Bytes())
	sol, err := ExportSolidity(vk, contractName)
	if err != nil {
		return k, err
	}
	k.Solidity = sol
	return k, nil
}

// ExportSolidity exports vk's Groth16 verifier. gnark always names the contract `Verifier`; it is
// renamed so that several verifiers can live in one Foundry project.
func ExportSolidity(vk groth16.VerifyingKey, contractName string) ([]byte, error) {
	var sol bytes.Buffer
	if err := vk.ExportSolidity(&sol, solidity.WithPragmaVersion("^0.8.20")); err != nil {
		return nil, fmt.Errorf("zk: export solidity verifier: %w", err)
	}
	out := sol.Bytes()
	if contractName != "" && contractName != "Verifier" {
		out = bytes.Replace(out, []byte("contract Verifier {"), []byte("contract "+contractName+" {"), 1)
		if !bytes.Contains(out, []byte("contract "+contractName+" {")) {
			return nil, errors.New("zk: exported verifier has an unexpected shape: cannot rename its contract")
		}
	}
	return out, nil
}

// NewManifest describes built keys plus a witness module.
func NewManifest(name string, ccs constraint.ConstraintSystem, k Keys, witnessModule []byte, setup string) Manifest {
	return Manifest{
		Kind: ManifestKind, Name: name, Curve: "bn254", Backend: "groth16",
		Constraints:      ccs.GetNbConstraints(),
		PublicInputs:     ccs.GetNbPublicVariables() - 1,
		SecretInputs:     ccs.GetNbSecretVariables(),
		Setup:            setup,
		ConstraintSystem: artifactOf(k.ConstraintSystem),
		ProvingKey:       artifactOf(k.ProvingKey),
		VerifyingKey:     artifactOf(k.VerifyingKey),
		WitnessModule:    artifactOf(witnessModule),
	}
}

// ReadConstraintSystem parses a serialised constraint system.
func ReadConstraintSystem(b []byte) (constraint.ConstraintSystem, error) {
	ccs := groth16.NewCS(ecc.BN254)
	if _, err := ccs.ReadFrom(bytes.NewReader(b)); err != nil {
		return nil, fmt.Errorf("zk: read constraint system (%d bytes): %w", len(b), readErr(err))
	}
	return ccs, nil
}

// ReadProvingKey parses a raw proving key without point checks: callers must have checked its
// digest against a manifest first (LoadProver does), which is what makes skipping the (slow,
// seconds at 2^16) subgroup checks safe.
func ReadProvingKey(b []byte) (groth16.ProvingKey, error) {
	pk := groth16.NewProvingKey(ecc.BN254)
	if _, err := pk.UnsafeReadFrom(bytes.NewReader(b)); err != nil {
		return nil, fmt.Errorf("zk: read proving key (%d bytes): %w", len(b), readErr(err))
	}
	return pk, nil
}

// ReadVerifyingKey parses a compressed verifying key (with point checks: it is small).
func ReadVerifyingKey(b []byte) (groth16.VerifyingKey, error) {
	vk := groth16.NewVerifyingKey(ecc.BN254)
	if _, err := vk.ReadFrom(bytes.NewReader(b)); err != nil {
		return nil, fmt.Errorf("zk: read verifying key (%d bytes): %w", len(b), readErr(err))
	}
	return vk, nil
}

// readErr names the common case of a cut-off file.
func readErr(err error) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("file is truncated: %w", err)
	}
	return err
}
