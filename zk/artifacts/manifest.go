// Package artifacts is the packaging of a zk function: the manifest that names its files by
// sha256 (the manifest's own sha256 is the function's moduleDigest on chain) and the directory
// layout `blockless zk build` writes and `blockless zk deploy` reads. It checks digests but never
// parses the files themselves (zk/proving does), so code that only moves artifacts around (the
// requester, the module store) does not link a proving backend.
package artifacts

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/blockless/avs/zk"
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
func (m Manifest) AppPublicInputs() int { return m.PublicInputs - zk.NbBindingInputs }

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
	if m.PublicInputs < zk.NbBindingInputs || m.SecretInputs < 0 {
		return m, fmt.Errorf("zk: manifest: %d public inputs, need at least the %d binding inputs", m.PublicInputs, zk.NbBindingInputs)
	}
	// An empty "uris": [] and an absent one are the same manifest; keep one form so a parsed
	// manifest equals its canonical re-encoding.
	for _, a := range []*Artifact{&m.ConstraintSystem, &m.ProvingKey, &m.VerifyingKey, &m.WitnessModule} {
		if len(a.URIs) == 0 {
			a.URIs = nil
		}
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

// Keys are the serialised artifacts of a built circuit (zk/proving writes and reads them).
type Keys struct {
	ConstraintSystem []byte // gnark CBOR (ccs.WriteTo)
	ProvingKey       []byte // uncompressed points (pk.WriteRawTo): ~100x faster to load than compressed
	VerifyingKey     []byte // compressed (vk.WriteTo)
	Solidity         []byte // gnark's exported verifier, contract renamed to the function's
}

// ConstraintCounts is what a manifest records of a compiled constraint system. gnark's
// constraint.ConstraintSystem has these methods; asking for no more keeps this package free of
// gnark.
type ConstraintCounts interface {
	GetNbConstraints() int
	GetNbPublicVariables() int // including gnark's constant one
	GetNbSecretVariables() int
}

// NewManifest describes built keys plus a witness module.
func NewManifest(name string, ccs ConstraintCounts, k Keys, witnessModule []byte, setup string) Manifest {
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
