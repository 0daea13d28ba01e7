package builder_test

import (
	"crypto/sha256"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/logger"

	"github.com/blockless/avs/zk/artifacts"
	"github.com/blockless/avs/zk/builder"
	"github.com/blockless/avs/zk/examples/merkle"
	"github.com/blockless/avs/zk/examples/threshold"
	"github.com/blockless/avs/zk/proving"
)

// TestImportDir stands in for MPC-ceremony keys: keys made elsewhere, saved in gnark's format,
// imported instead of running the setup.
func TestImportDir(t *testing.T) {
	logger.Disable()
	ccs, err := proving.Compile(threshold.Circuit())
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	pkf, vkf := filepath.Join(dir, "ceremony.pk"), filepath.Join(dir, "ceremony.vk")
	f, _ := os.Create(pkf)
	if _, err := pk.WriteTo(f); err != nil {
		t.Fatal(err)
	}
	f.Close()
	f, _ = os.Create(vkf)
	if _, err := vk.WriteTo(f); err != nil {
		t.Fatal(err)
	}
	f.Close()

	out := filepath.Join(dir, "out")
	keys, err := builder.ImportDir(out, "ThresholdVerifier", threshold.Circuit(), pkf, vkf)
	if err != nil {
		t.Fatal(err)
	}
	m := artifacts.NewManifest("threshold", ccs, keys, []byte("w"), "imported")
	p, err := proving.LoadProver(m, keys.ConstraintSystem, keys.ProvingKey, keys.VerifyingKey)
	if err != nil {
		t.Fatal(err)
	}
	wit, _ := threshold.Witness([]byte(`{"value":"3","salt":"1","bound":"2"}`))
	th := sha256.Sum256([]byte("t"))
	pr, err := p.Prove(th, wit)
	if err != nil {
		t.Fatal(err)
	}
	// The imported verifying key is the one that checks it.
	if _, err := proving.Verify(vk, th, pr.Output, pr.Proof); err != nil {
		t.Fatal(err)
	}
	// Keys of another circuit are refused.
	if _, err := builder.ImportDir(filepath.Join(dir, "bad"), "MerkleVerifier", merkle.New(2), pkf, vkf); err == nil ||
		!strings.Contains(err.Error(), "another circuit") {
		t.Fatalf("mismatched keys: %v", err)
	}
	// A truncated key file is a clear error.
	b, _ := os.ReadFile(pkf)
	if err := os.WriteFile(pkf, b[:len(b)/2], 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := builder.ImportDir(filepath.Join(dir, "cut"), "ThresholdVerifier", threshold.Circuit(), pkf, vkf); err == nil ||
		!strings.Contains(err.Error(), "truncated") {
		t.Fatalf("truncated key: %v", err)
	}
}
