package artifacts

import (
	"fmt"
	"os"
	"path/filepath"
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

// WriteKeys writes the key files of a build directory (everything but the witness module,
// manifest and bytecode), creating the directory.
func WriteKeys(dir string, k Keys) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("zk: %w", err)
	}
	for name, b := range map[string][]byte{FileConstraintSystem: k.ConstraintSystem, FileProvingKey: k.ProvingKey,
		FileVerifyingKey: k.VerifyingKey, FileSolidity: k.Solidity} {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			return fmt.Errorf("zk: write %s: %w", name, err)
		}
	}
	return nil
}
