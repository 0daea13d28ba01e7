package builder

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
	"unicode"

	"github.com/blockless/avs/internal/progress"
	"github.com/blockless/avs/zk/artifacts"
	"github.com/blockless/avs/zk/proving"
	"github.com/blockless/avs/zk/solc"
)

// Options are the inputs of one build; only Circuit is required.
type Options struct {
	Circuit string // the circuit package, as `go list` takes it (e.g. ./zk/examples/threshold)
	Out     string // output directory; default build/zk/<name>
	Name    string // function name; default the package directory's name
	Witness string // prebuilt witness module (.wasm) instead of building <circuit>/witness
	Solc    string // solc (standard JSON) for the verifier's bytecode; default solc.Find
	// ProvingKey and VerifyingKey import keys (gnark WriteTo format, e.g. from an MPC ceremony)
	// instead of running the single-party setup; both or neither.
	ProvingKey, VerifyingKey string
	Log                      io.Writer // the go tool's output, and the stages without Progress; nil discards them
	// Progress, when set, shows the build's stages (give its Output as Log, so that the go
	// tool's output does not garble a live line); nil: the stages are lines on Log.
	Progress *progress.Line
}

// Result describes a finished build.
type Result struct {
	Name      string             // function name
	Dir       string             // absolute output directory
	Contract  string             // Solidity name of the verifier
	Manifest  artifacts.Manifest // as written to Dir
	SetupTime time.Duration      // compile + setup (or key import), including `go run`'s build
	Bytecode  int                // size of the verifier's creation bytecode; 0: not compiled (no solc found)
}

// Run builds the circuit package o.Circuit into o.Out.
func Run(ctx context.Context, o Options) (Result, error) {
	if (o.ProvingKey == "") != (o.VerifyingKey == "") {
		return Result{}, errors.New("zk build: a proving key and a verifying key go together")
	}
	logw := o.Log
	if logw == nil {
		logw = io.Discard
	}
	line := o.Progress
	if line == nil {
		// The stages as lines on Log (a live line when Log is a terminal, the go tool's output
		// passing through it).
		line = progress.New(logw, "")
		defer line.Done("")
		logw = line.Output()
	}
	pkg, err := listPackage(ctx, o.Circuit)
	if err != nil {
		return Result{}, err
	}
	r := Result{Name: o.Name, Dir: o.Out}
	if r.Name == "" {
		r.Name = filepath.Base(pkg.dir)
	}
	if r.Dir == "" {
		r.Dir = filepath.Join("build", "zk", r.Name)
	}
	if r.Dir, err = filepath.Abs(r.Dir); err != nil {
		return Result{}, fmt.Errorf("output directory: %w", err)
	}
	r.Contract = ContractName(r.Name)

	setup := proving.SetupSingleParty
	var keyFiles []string
	if o.ProvingKey != "" {
		pk, err1 := filepath.Abs(o.ProvingKey)
		vk, err2 := filepath.Abs(o.VerifyingKey)
		if err := errors.Join(err1, err2); err != nil {
			return Result{}, fmt.Errorf("key files: %w", err)
		}
		keyFiles = []string{pk, vk}
		setup = "imported keys (" + filepath.Base(o.ProvingKey) + ", " + filepath.Base(o.VerifyingKey) + ")"
		line.Stage("compiling %s and importing its keys", pkg.importPath)
	} else {
		line.Stage("compiling %s and running the Groth16 setup (single-party, devnet only)", pkg.importPath)
	}
	start := time.Now()
	if err := runSetup(ctx, pkg, r.Dir, r.Contract, keyFiles, logw); err != nil {
		return Result{}, fmt.Errorf("zk build %s: %w", o.Circuit, err)
	}
	r.SetupTime = time.Since(start)

	if o.Witness == "" {
		line.Stage("building the witness module %s/witness (wasip1)", pkg.importPath)
	}
	if err := witnessModule(ctx, pkg, o.Witness, filepath.Join(r.Dir, artifacts.FileWitnessModule), logw); err != nil {
		return Result{}, err
	}
	var keys artifacts.Keys
	if r.Manifest, keys, err = writeManifest(r.Dir, r.Name, setup); err != nil {
		return Result{}, err
	}

	solcPath := o.Solc
	if solcPath == "" {
		solcPath = solc.Find(pkg.moduleDir)
	}
	if solcPath != "" {
		line.Stage("compiling the verifier %s with %s", r.Contract, solcPath)
		code, err := solc.CompileSolidity(solcPath, keys.Solidity, r.Contract)
		if err != nil {
			return Result{}, err
		}
		if err := os.WriteFile(filepath.Join(r.Dir, artifacts.FileBytecode), []byte(hex.EncodeToString(code)+"\n"), 0o644); err != nil {
			return Result{}, fmt.Errorf("zk build: %w", err)
		}
		r.Bytecode = len(code)
	}
	return r, nil
}

// goPackage is what `go list` says about the circuit package.
type goPackage struct{ importPath, dir, moduleDir string }

func listPackage(ctx context.Context, path string) (goPackage, error) {
	out, err := exec.CommandContext(ctx, "go", "list", "-f", "{{.ImportPath}}|{{.Dir}}|{{.Module.Dir}}", path).Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return goPackage{}, fmt.Errorf("go list %s: %s", path, strings.TrimSpace(string(ee.Stderr)))
		}
		return goPackage{}, fmt.Errorf("go list %s: %w", path, err)
	}
	f := strings.Split(strings.TrimSpace(string(out)), "|")
	if len(f) != 3 || f[2] == "" {
		return goPackage{}, fmt.Errorf("go list %s: %q: not a package inside a Go module", path, out)
	}
	return goPackage{f[0], f[1], f[2]}, nil
}

// ContractName turns a function name into a Solidity identifier: "my-circuit" -> MyCircuitVerifier.
func ContractName(name string) string {
	var b strings.Builder
	up := true
	for _, r := range name {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			up = true
			continue
		}
		if up {
			r = unicode.ToUpper(r)
			up = false
		}
		b.WriteRune(r)
	}
	s := b.String()
	if s == "" || unicode.IsDigit(rune(s[0])) {
		s = "Zk" + s
	}
	return s + "Verifier"
}

// mainSource is the program runSetup generates for the circuit package circuitImport. Its
// arguments are the output directory and contract name, then optionally the key files to import.
func mainSource(circuitImport string) []byte {
	return fmt.Appendf(nil, `package main

import (
	"fmt"
	"os"

	"github.com/consensys/gnark/logger"

	"github.com/blockless/avs/zk/builder"
	circuit %q
)

func main() {
	logger.Disable()
	var err error
	if len(os.Args) == 5 {
		_, err = builder.ImportDir(os.Args[1], os.Args[2], circuit.Circuit(), os.Args[3], os.Args[4])
	} else {
		_, err = builder.BuildDir(os.Args[1], os.Args[2], circuit.Circuit())
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
`, circuitImport)
}

// runSetup compiles the circuit and makes (or imports) its keys into out by running the generated
// program inside the circuit's module, so that its imports resolve there.
func runSetup(ctx context.Context, pkg goPackage, out, contract string, keyFiles []string, logw io.Writer) error {
	// "_" keeps the generated main out of ./... patterns while it exists.
	var rnd [6]byte
	_, _ = rand.Read(rnd[:])
	tmp := filepath.Join(pkg.moduleDir, "_zkbuild-"+hex.EncodeToString(rnd[:]))
	if err := os.MkdirAll(tmp, 0o755); err != nil {
		return fmt.Errorf("generated program: %w", err)
	}
	defer os.RemoveAll(tmp)
	if err := os.WriteFile(filepath.Join(tmp, "main.go"), mainSource(pkg.importPath), 0o644); err != nil {
		return fmt.Errorf("generated program: %w", err)
	}
	args := append([]string{"run", "./" + filepath.Base(tmp), out, contract}, keyFiles...)
	run := exec.CommandContext(ctx, "go", args...)
	run.Dir = pkg.moduleDir
	run.Stdout, run.Stderr = logw, logw
	if err := run.Run(); err != nil {
		return fmt.Errorf("compile/setup failed (error above; the package must export func Circuit() zk.Circuit): %w", err)
	}
	return nil
}

// witnessModule copies the prebuilt module prebuilt to dst, or builds <circuit>/witness for
// wasip1 into dst when prebuilt is "".
func witnessModule(ctx context.Context, pkg goPackage, prebuilt, dst string, logw io.Writer) error {
	if prebuilt != "" {
		b, err := os.ReadFile(prebuilt)
		if err != nil {
			return fmt.Errorf("witness module: %w", err)
		}
		if err := os.WriteFile(dst, b, 0o644); err != nil {
			return fmt.Errorf("witness module: %w", err)
		}
		return nil
	}
	if _, err := os.Stat(filepath.Join(pkg.dir, "witness")); err != nil {
		return fmt.Errorf("no witness module: %s/witness does not exist and --witness was not given", pkg.dir)
	}
	wb := exec.CommandContext(ctx, "go", "build", "-trimpath", "-o", dst, pkg.importPath+"/witness")
	wb.Dir = pkg.moduleDir
	wb.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm", "CGO_ENABLED=0")
	wb.Stdout, wb.Stderr = logw, logw
	if err := wb.Run(); err != nil {
		return fmt.Errorf("build witness module %s/witness: %w", pkg.importPath, err)
	}
	return nil
}

// writeManifest describes the files in dir and writes the manifest beside them.
func writeManifest(dir, name, setup string) (artifacts.Manifest, artifacts.Keys, error) {
	var keys artifacts.Keys
	var witness []byte
	for _, f := range []struct {
		name string
		dst  *[]byte
	}{{artifacts.FileConstraintSystem, &keys.ConstraintSystem}, {artifacts.FileProvingKey, &keys.ProvingKey},
		{artifacts.FileVerifyingKey, &keys.VerifyingKey}, {artifacts.FileSolidity, &keys.Solidity}, {artifacts.FileWitnessModule, &witness}} {
		b, err := os.ReadFile(filepath.Join(dir, f.name))
		if err != nil {
			return artifacts.Manifest{}, keys, fmt.Errorf("zk build: %w", err)
		}
		*f.dst = b
	}
	ccs, err := proving.ReadConstraintSystem(keys.ConstraintSystem)
	if err != nil {
		return artifacts.Manifest{}, keys, err
	}
	m := artifacts.NewManifest(name, ccs, keys, witness, setup)
	mb, err := m.Marshal()
	if err != nil {
		return m, keys, err
	}
	if err := os.WriteFile(filepath.Join(dir, artifacts.FileManifest), mb, 0o644); err != nil {
		return m, keys, fmt.Errorf("zk build: %w", err)
	}
	return m, keys, nil
}
