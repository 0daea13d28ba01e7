package zk

import (
	"bufio"
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
)

// Files of a built zk function in its output directory (`blockless zk build --out DIR`).
const (
	FileConstraintSystem = "circuit.ccs"
	FileProvingKey       = "proving.key"
	FileVerifyingKey     = "verifying.key"
	FileWitnessModule    = "witness.wasm"
	FileSolidity         = "Verifier.sol"
	FileBytecode         = "Verifier.bin" // creation bytecode, hex
	FileManifest         = "manifest.json"
)

// BuildDir compiles c, runs the single-party setup and writes the constraint system, keys and
// Solidity verifier into dir. The witness module and manifest are added by WriteManifest.
func BuildDir(dir, contractName string, c Circuit) (Keys, error) {
	ccs, err := Compile(c)
	if err != nil {
		return Keys{}, err
	}
	keys, err := Setup(ccs, contractName)
	if err != nil {
		return Keys{}, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return keys, fmt.Errorf("zk: %w", err)
	}
	for name, b := range map[string][]byte{FileConstraintSystem: keys.ConstraintSystem, FileProvingKey: keys.ProvingKey,
		FileVerifyingKey: keys.VerifyingKey, FileSolidity: keys.Solidity} {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			return keys, fmt.Errorf("zk: write %s: %w", name, err)
		}
	}
	return keys, nil
}

// Dir is a built zk function read back from its directory.
type Dir struct {
	Path     string
	Manifest Manifest
	Files    map[string][]byte // by File* name
}

// ReadDir loads a build directory and checks every artifact against the manifest.
func ReadDir(dir string) (*Dir, error) {
	mb, err := os.ReadFile(filepath.Join(dir, FileManifest))
	if err != nil {
		return nil, fmt.Errorf("zk: %w (build the circuit first: blockless zk build)", err)
	}
	m, err := ParseManifest(mb)
	if err != nil {
		return nil, err
	}
	d := &Dir{Path: dir, Manifest: m, Files: map[string][]byte{}}
	for name, a := range map[string]Artifact{FileConstraintSystem: m.ConstraintSystem, FileProvingKey: m.ProvingKey,
		FileVerifyingKey: m.VerifyingKey, FileWitnessModule: m.WitnessModule} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return nil, fmt.Errorf("zk: %w", err)
		}
		if err := a.Check(name, b); err != nil {
			return nil, err
		}
		d.Files[name] = b
	}
	for _, name := range []string{FileSolidity, FileBytecode} {
		if b, err := os.ReadFile(filepath.Join(dir, name)); err == nil {
			d.Files[name] = b
		}
	}
	return d, nil
}

// CompileSolidity compiles a verifier with solc's standard-JSON interface (a native solc, or the
// repository's solc-js adapter tools/solc/solc) and returns its creation bytecode. The settings
// match foundry.toml (optimizer 200 runs, prague) so gas figures agree with the forge tests.
func CompileSolidity(solc string, source []byte, contractName string) ([]byte, error) {
	in := map[string]any{
		"language": "Solidity",
		"sources":  map[string]any{"Verifier.sol": map[string]any{"content": string(source)}},
		"settings": map[string]any{
			"optimizer":       map[string]any{"enabled": true, "runs": 200},
			"evmVersion":      "prague",
			"metadata":        map[string]any{"bytecodeHash": "none", "appendCBOR": false},
			"outputSelection": map[string]any{"*": map[string]any{"*": []string{"evm.bytecode.object"}}},
		},
	}
	inb, err := json.Marshal(in)
	if err != nil {
		return nil, fmt.Errorf("zk: solc input: %w", err)
	}
	cmd := exec.Command(solc, "--standard-json")
	cmd.Stdin = bytes.NewReader(inb)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("zk: run %s: %w: %s", solc, err, strings.TrimSpace(stderr.String()))
	}
	var res struct {
		Errors []struct {
			Severity         string `json:"severity"`
			FormattedMessage string `json:"formattedMessage"`
		} `json:"errors"`
		Contracts map[string]map[string]struct {
			EVM struct {
				Bytecode struct {
					Object string `json:"object"`
				} `json:"bytecode"`
			} `json:"evm"`
		} `json:"contracts"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		return nil, fmt.Errorf("zk: solc output: %w", err)
	}
	var errs []error
	for _, e := range res.Errors {
		if e.Severity == "error" {
			errs = append(errs, errors.New(e.FormattedMessage))
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("zk: solc: %w", errors.Join(errs...))
	}
	obj := res.Contracts["Verifier.sol"][contractName].EVM.Bytecode.Object
	if obj == "" {
		return nil, fmt.Errorf("zk: solc produced no bytecode for %s", contractName)
	}
	code, err := hex.DecodeString(obj)
	if err != nil {
		return nil, fmt.Errorf("zk: solc bytecode: %w", err)
	}
	return code, nil
}

// ImportDir is BuildDir with keys from elsewhere, typically a Groth16 MPC ceremony for this exact
// circuit (gnark's backend/groth16/bn254/mpcsetup: VerifyPhase2 or Seal give pk and vk, saved
// with WriteTo). The keys are read with full point checks and must match the compiled circuit.
func ImportDir(dir, contractName string, c Circuit, pkFile, vkFile string) (Keys, error) {
	ccs, err := Compile(c)
	if err != nil {
		return Keys{}, err
	}
	pk := groth16.NewProvingKey(ecc.BN254)
	if err := readKeyFile(pkFile, pk); err != nil {
		return Keys{}, fmt.Errorf("zk: proving key %s: %w", pkFile, err)
	}
	vk := groth16.NewVerifyingKey(ecc.BN254)
	if err := readKeyFile(vkFile, vk); err != nil {
		return Keys{}, fmt.Errorf("zk: verifying key %s: %w", vkFile, err)
	}
	if got, want := vkPublicInputs(vk), ccs.GetNbPublicVariables()-1; got != want {
		return Keys{}, fmt.Errorf("zk: verifying key takes %d public inputs, the circuit has %d: keys of another circuit?", got, want)
	}
	keys, err := Serialise(ccs, pk, vk, contractName)
	if err != nil {
		return keys, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return keys, fmt.Errorf("zk: %w", err)
	}
	for name, b := range map[string][]byte{FileConstraintSystem: keys.ConstraintSystem, FileProvingKey: keys.ProvingKey,
		FileVerifyingKey: keys.VerifyingKey, FileSolidity: keys.Solidity} {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			return keys, fmt.Errorf("zk: write %s: %w", name, err)
		}
	}
	return keys, nil
}

func readKeyFile(path string, into io.ReaderFrom) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if _, err := into.ReadFrom(bufio.NewReader(f)); err != nil {
		return readErr(err)
	}
	return nil
}
