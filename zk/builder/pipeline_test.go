package builder

import (
	"context"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/blockless/avs/zk/artifacts"
	"github.com/blockless/avs/zk/proving"
)

func TestZkContractName(t *testing.T) {
	for in, want := range map[string]string{"threshold": "ThresholdVerifier", "my-circuit_v2": "MyCircuitV2Verifier", "2fa": "Zk2faVerifier", "": "ZkVerifier"} {
		if got := ContractName(in); got != want {
			t.Errorf("ContractName(%q) = %q, want %q", in, got, want)
		}
	}
}

// The generated program is valid Go importing the circuit package and this one.
func TestBuildMainSource(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "main.go", mainSource(`example.com/m/circuit"x`), parser.ImportsOnly)
	if err != nil {
		t.Fatal(err)
	}
	imports := map[string]string{}
	for _, im := range f.Imports {
		path, err := strconv.Unquote(im.Path.Value)
		if err != nil {
			t.Fatal(err)
		}
		name := ""
		if im.Name != nil {
			name = im.Name.Name
		}
		imports[path] = name
	}
	if name, ok := imports[`example.com/m/circuit"x`]; !ok || name != "circuit" {
		t.Fatalf("circuit import missing or misnamed: %v", imports)
	}
	if _, ok := imports["github.com/blockless/avs/zk/builder"]; !ok {
		t.Fatalf("builder import missing: %v", imports)
	}
}

func TestBuildErrors(t *testing.T) {
	ctx := context.Background()
	if _, err := Run(ctx, Options{Circuit: "../examples/threshold", ProvingKey: "pk"}); err == nil || !strings.Contains(err.Error(), "go together") {
		t.Fatalf("proving key without verifying key: %v", err)
	}
	if _, err := Run(ctx, Options{Circuit: "./does/not/exist"}); err == nil || !strings.Contains(err.Error(), "go list") {
		t.Fatalf("missing package: %v", err)
	}
}

// fakeSolc is a solc that answers every standard-JSON request with the bytecode 0x6080 for
// contract.
func fakeSolc(t *testing.T, contract string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "solc")
	script := "#!/bin/sh\ncat >/dev/null\necho '{\"contracts\":{\"Verifier.sol\":{\"" + contract + "\":{\"evm\":{\"bytecode\":{\"object\":\"6080\"}}}}}}'\n"
	if err := os.WriteFile(p, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestBuildThreshold builds the threshold example end to end (generated program, single-party setup,
// manifest, bytecode) with a prebuilt witness module and a stand-in solc, and reads it back as
// `zk deploy` does.
func TestBuildThreshold(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs a gnark program")
	}
	dir := t.TempDir()
	wasm := filepath.Join(dir, "prebuilt.wasm")
	if err := os.WriteFile(wasm, []byte("\x00asm witness"), 0o644); err != nil {
		t.Fatal(err)
	}
	var log strings.Builder
	out := filepath.Join(dir, "out")
	r, err := Run(context.Background(), Options{Circuit: "../examples/threshold", Out: out, Name: "my-threshold",
		Witness: wasm, Solc: fakeSolc(t, "MyThresholdVerifier"), Log: &log})
	if err != nil {
		t.Fatalf("%v\n%s", err, log.String())
	}
	if r.Name != "my-threshold" || r.Dir != out || r.Contract != "MyThresholdVerifier" || r.Bytecode != 2 {
		t.Fatalf("result %+v", r)
	}
	if !strings.Contains(log.String(), "running the Groth16 setup") {
		t.Fatalf("log %q", log.String())
	}
	d, err := artifacts.ReadDir(out)
	if err != nil {
		t.Fatal(err)
	}
	if d.Manifest.Name != "my-threshold" || d.Manifest.Setup != proving.SetupSingleParty || d.Manifest.PublicInputs != 7 ||
		d.Manifest.SecretInputs != 2 || d.Manifest.WitnessModule.Size != int64(len("\x00asm witness")) {
		t.Fatalf("manifest %+v", d.Manifest)
	}
	if string(d.Files[artifacts.FileBytecode]) != "6080\n" ||
		!strings.Contains(string(d.Files[artifacts.FileSolidity]), "contract MyThresholdVerifier {") {
		t.Fatalf("verifier files: bytecode %q", d.Files[artifacts.FileBytecode])
	}
	if _, err := proving.LoadProver(d.Manifest, d.Files[artifacts.FileConstraintSystem], d.Files[artifacts.FileProvingKey],
		d.Files[artifacts.FileVerifyingKey]); err != nil {
		t.Fatal(err)
	}
	// The generated program is gone from the module.
	left, err := filepath.Glob(filepath.Join("..", "..", "_zkbuild-*"))
	if err != nil || len(left) != 0 {
		t.Fatalf("left behind: %v %v", left, err)
	}
}
