package artifacts

import (
	"reflect"
	"strings"
	"testing"

	"github.com/blockless/avs/zk"
)

// FuzzParseManifest: a zk function's manifest comes from the network (fetched by its digest,
// but parsed before anything else is trusted). Parsing arbitrary bytes never panics; whatever
// is accepted is a groth16/bn254 manifest of this kind with at least the binding inputs and
// four well-formed artifact digests; and its canonical encoding parses back to the same
// manifest, byte for byte the same encoding (the function digest is stable).
func FuzzParseManifest(f *testing.F) {
	h := strings.Repeat("ab", 32)
	valid := Manifest{Kind: ManifestKind, Name: "threshold", Curve: "bn254", Backend: "groth16", Constraints: 10,
		PublicInputs: zk.NbBindingInputs + 2, SecretInputs: 1, Setup: "single-party (devnet)",
		ConstraintSystem: Artifact{SHA256: h, Size: 1}, ProvingKey: Artifact{SHA256: "0x" + h, Size: 2, URIs: []string{"http://127.0.0.1/pk"}},
		VerifyingKey: Artifact{SHA256: h, Size: 3}, WitnessModule: Artifact{SHA256: h, Size: 4}}
	b, err := valid.Marshal()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add(b[:len(b)/2])
	f.Add([]byte(strings.Replace(string(b), ManifestKind, "blockless-zk/v0", 1)))
	f.Add([]byte(strings.Replace(string(b), `"bn254"`, `"bls12-381"`, 1)))
	f.Add([]byte(strings.Replace(string(b), h, "zz", 1)))
	f.Add([]byte(`{"kind":"blockless-zk/v1","curve":"bn254","backend":"groth16","publicInputs":-1}`))
	f.Add([]byte(`{"kind":"blockless-zk/v1","extra":1}`))
	f.Add([]byte(`{} {}`))
	f.Add([]byte(`null`))
	f.Add([]byte(strings.Replace(string(b), `"uris": [
      "http://127.0.0.1/pk"
    ]`, `"uris": []`, 1)))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ParseManifest(data)
		if err != nil {
			return
		}
		if m.Kind != ManifestKind || m.Curve != "bn254" || m.Backend != "groth16" {
			t.Fatalf("accepted kind %q curve %q backend %q", m.Kind, m.Curve, m.Backend)
		}
		if m.PublicInputs < zk.NbBindingInputs || m.AppPublicInputs() < 0 || m.SecretInputs < 0 {
			t.Fatalf("accepted %d public / %d secret inputs", m.PublicInputs, m.SecretInputs)
		}
		for _, a := range []Artifact{m.ConstraintSystem, m.ProvingKey, m.VerifyingKey, m.WitnessModule} {
			if _, err := a.Digest(); err != nil {
				t.Fatalf("accepted artifact %+v: %v", a, err)
			}
		}
		enc, err := m.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		m2, err := ParseManifest(enc)
		if err != nil {
			t.Fatalf("canonical encoding does not parse: %v\n%s", err, enc)
		}
		if !reflect.DeepEqual(m, m2) {
			t.Fatalf("manifest changed across its canonical encoding:\n%+v\n%+v", m, m2)
		}
		enc2, err := m2.Marshal()
		if err != nil || string(enc) != string(enc2) {
			t.Fatalf("canonical encoding is not stable: %v", err)
		}
	})
}
