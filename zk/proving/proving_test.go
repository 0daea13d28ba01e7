package proving_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/logger"

	"github.com/blockless/avs/zk"
	"github.com/blockless/avs/zk/artifacts"
	"github.com/blockless/avs/zk/examples/merkle"
	"github.com/blockless/avs/zk/examples/threshold"
	"github.com/blockless/avs/zk/proving"
)

type built struct {
	m    artifacts.Manifest
	keys artifacts.Keys
	p    *proving.Prover
}

func build(t *testing.T, c zk.Circuit, name string) built {
	t.Helper()
	logger.Disable()
	ccs, err := proving.Compile(c)
	if err != nil {
		t.Fatal(err)
	}
	keys, err := proving.Setup(ccs, "V")
	if err != nil {
		t.Fatal(err)
	}
	m := artifacts.NewManifest(name, ccs, keys, []byte("witness module"), proving.SetupSingleParty)
	p, err := proving.LoadProver(m, keys.ConstraintSystem, keys.ProvingKey, keys.VerifyingKey)
	if err != nil {
		t.Fatal(err)
	}
	return built{m, keys, p}
}

func TestThresholdProveVerifyAndBinding(t *testing.T) {
	b := build(t, threshold.Circuit(), "threshold")
	task := sha256.Sum256([]byte("task"))
	for _, tc := range []struct {
		input  string
		result byte
	}{
		{`{"value":"720","salt":"12345","bound":"650"}`, 1},
		{`{"value":"650","salt":"12345","bound":"650"}`, 1},
		{`{"value":"649","salt":"0x99","bound":"650"}`, 0},
	} {
		wit, err := threshold.Witness([]byte(tc.input))
		if err != nil {
			t.Fatal(err)
		}
		pr, err := b.p.Prove(task, wit)
		if err != nil {
			t.Fatalf("%s: %v", tc.input, err)
		}
		if len(pr.Output) != 3*zk.WordSize || pr.Output[95] != tc.result {
			t.Fatalf("%s: output %x, want result %d", tc.input, pr.Output, tc.result)
		}
		sol, err := proving.Verify(b.p.VerifyingKey(), task, pr.Output, pr.Proof)
		if err != nil {
			t.Fatalf("%s: %v", tc.input, err)
		}
		if len(sol) != 256 {
			t.Fatalf("solidity proof %d bytes", len(sol))
		}
		back, err := proving.ProofFromSolidity(sol)
		if err != nil || !bytes.Equal(back, pr.Proof) {
			t.Fatalf("solidity round trip: %v", err)
		}
		// Bound to the task ...
		other := sha256.Sum256([]byte("another task"))
		if _, err := proving.Verify(b.p.VerifyingKey(), other, pr.Output, pr.Proof); err == nil {
			t.Fatal("proof verified for another task")
		}
		// ... and to the output.
		forged := bytes.Clone(pr.Output)
		forged[95] ^= 1
		if _, err := proving.Verify(b.p.VerifyingKey(), task, forged, pr.Proof); err == nil {
			t.Fatal("proof verified for another output")
		}
	}
	// A witness that breaks the circuit (wrong commitment) cannot be proven.
	wit, _ := threshold.Witness([]byte(`{"value":"720","salt":"1","bound":"650"}`))
	wit[31] ^= 1
	if _, err := b.p.Prove(task, wit); err == nil {
		t.Fatal("proved a false statement")
	}
	// Witness module output of the wrong shape is a clear error.
	if _, err := b.p.Prove(task, wit[:64]); err == nil || !strings.Contains(err.Error(), "takes 3 public + 2 secret") {
		t.Fatalf("short witness: %v", err)
	}
}

func TestMerkleSmallTree(t *testing.T) {
	const depth = 4
	b := build(t, merkle.New(depth), "merkle4")
	leaves := make([]fr.Element, 5)
	for i := range leaves {
		leaves[i].SetUint64(uint64(100 + i))
	}
	task := sha256.Sum256([]byte("t"))
	for _, idx := range []int{0, 3, 4} {
		root, sib, right, err := merkle.Path(leaves, idx, depth)
		if err != nil {
			t.Fatal(err)
		}
		wit := zk.AppendWord(zk.AppendWord(nil, &root), &leaves[idx])
		for i := range sib {
			wit = zk.AppendWord(wit, &sib[i])
		}
		for _, r := range right {
			var e fr.Element
			if r {
				e.SetOne()
			}
			wit = zk.AppendWord(wit, &e)
		}
		pr, err := b.p.Prove(task, wit)
		if err != nil {
			t.Fatalf("leaf %d: %v", idx, err)
		}
		if _, err := proving.Verify(b.p.VerifyingKey(), task, pr.Output, pr.Proof); err != nil {
			t.Fatalf("leaf %d: %v", idx, err)
		}
	}
	// The full-depth witness module computes the same root as a straightforward tree.
	out, err := merkle.Witness([]byte(`{"leaves":["1","2","3"],"index":2}`))
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != (2+2*merkle.Depth)*zk.WordSize {
		t.Fatalf("merkle witness: %d bytes", len(out))
	}
}

func TestBadArtifacts(t *testing.T) {
	b := build(t, threshold.Circuit(), "threshold")
	k := b.keys
	// Wrong digest: a key that is not the one the manifest names.
	other := bytes.Clone(k.ProvingKey)
	other[len(other)/2] ^= 0xff
	_, err := proving.LoadProver(b.m, k.ConstraintSystem, other, k.VerifyingKey)
	if err == nil || !strings.Contains(err.Error(), "proving key: sha256 mismatch") {
		t.Fatalf("wrong digest: %v", err)
	}
	// Truncated key whose digest matches (a manifest written for a cut-off file).
	cut := k.ProvingKey[:len(k.ProvingKey)/3]
	m := b.m
	d := sha256.Sum256(cut)
	m.ProvingKey.SHA256 = hex.EncodeToString(d[:])
	_, err = proving.LoadProver(m, k.ConstraintSystem, cut, k.VerifyingKey)
	if err == nil || !strings.Contains(err.Error(), "read proving key") || !strings.Contains(err.Error(), "truncated") {
		t.Fatalf("truncated key: %v", err)
	}
	if _, err := proving.ReadVerifyingKey(k.VerifyingKey[:10]); err == nil || !strings.Contains(err.Error(), "truncated") {
		t.Fatalf("truncated vk: %v", err)
	}
	if _, err := proving.ReadConstraintSystem(k.ConstraintSystem[:100]); err == nil {
		t.Fatal("truncated constraint system accepted")
	}
	// Manifests: kind and digests are checked.
	mb, _ := b.m.Marshal()
	if _, err := artifacts.ParseManifest(mb); err != nil {
		t.Fatal(err)
	}
	if _, err := artifacts.ParseManifest(bytes.Replace(mb, []byte(artifacts.ManifestKind), []byte("x"), 1)); err == nil {
		t.Fatal("wrong kind accepted")
	}
	// Proof bytes: garbage and trailing data are rejected.
	task := sha256.Sum256([]byte("t"))
	wit, _ := threshold.Witness([]byte(`{"value":"1","salt":"1","bound":"0"}`))
	pr, err := b.p.Prove(task, wit)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := proving.Verify(b.p.VerifyingKey(), task, pr.Output, append(bytes.Clone(pr.Proof), 0)); err == nil {
		t.Fatal("trailing proof bytes accepted")
	}
	if _, err := proving.Verify(b.p.VerifyingKey(), task, pr.Output, pr.Proof[:20]); err == nil {
		t.Fatal("truncated proof accepted")
	}
	if _, err := proving.Verify(b.p.VerifyingKey(), task, pr.Output[:64], pr.Proof); err == nil || !strings.Contains(err.Error(), "circuit takes 3") {
		t.Fatalf("short output: %v", err)
	}
}

func TestCircuitShape(t *testing.T) {
	if _, err := proving.Compile(&noBindingCircuit{}); err == nil {
		t.Fatal("circuit without a leading Binding accepted")
	}
}

type noBindingCircuit struct {
	A frontend.Variable `gnark:",public"`
	zk.Binding
}

func (c *noBindingCircuit) Define(api frontend.API) error {
	c.Binding.Constrain(api)
	api.Mul(c.A, c.A)
	return nil
}
