package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
	"unicode"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/zk"
)

func zkCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "zk",
		Usage: "zk-verified functions: build a gnark circuit into artifacts, deploy its verifier and register it",
		Subcommands: []*cli.Command{
			zkBuildCommand(e),
			zkDeployCommand(e),
		},
	}
}

func zkBuildCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "build",
		Usage: "compile a circuit package, run a single-party (devnet) Groth16 setup, build its witness module and Solidity verifier",
		Description: "The package must export `func Circuit() zk.Circuit` (a struct embedding zk.Binding first);\n" +
			"its witness module is built from the package's witness/ directory (GOOS=wasip1) unless --witness is given.\n" +
			"The setup's toxic waste is known to this process: fine for a devnet, not for production (see README).",
		ArgsUsage: "./path/to/circuit",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "out", Usage: "output directory (default build/zk/<name>)"},
			&cli.StringFlag{Name: "name", Usage: "function name (default: the package directory's name)"},
			&cli.StringFlag{Name: "witness", Usage: "prebuilt witness module (.wasm) instead of building <circuit>/witness"},
			&cli.StringFlag{Name: "proving-key", Usage: "import this proving key (gnark WriteTo format, e.g. from an MPC ceremony) instead of running the setup; needs --verifying-key"},
			&cli.StringFlag{Name: "verifying-key", Usage: "import this verifying key (with --proving-key)"},
			&cli.StringFlag{Name: "solc", EnvVars: []string{"BLOCKLESS_SOLC"}, Usage: "solc (standard JSON) for the verifier's bytecode (default: tools/solc/solc of the module, else solc on PATH)"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return cli.Exit("usage: blockless zk build [--out DIR] ./path/to/circuit", 2)
			}
			if (c.String("proving-key") == "") != (c.String("verifying-key") == "") {
				return cli.Exit("zk build: --proving-key and --verifying-key go together", 2)
			}
			return zkBuild(c.Context, e, c.Args().First(), c.String("out"), c.String("name"), c.String("witness"), c.String("solc"),
				c.String("proving-key"), c.String("verifying-key"))
		},
	}
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

// contractName turns a function name into a Solidity identifier: "my-circuit" -> MyCircuitVerifier.
func contractName(name string) string {
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

// buildMain is the program `zk build` generates and runs: circuits are Go code, so they are
// compiled into a throwaway binary rather than loaded by this one (no plugin or operator upgrade).
const buildMain = `package main

import (
	"fmt"
	"os"

	"github.com/consensys/gnark/logger"

	"github.com/blockless/avs/zk"
	circuit %q
)

func main() {
	logger.Disable()
	var err error
	if len(os.Args) == 5 {
		_, err = zk.ImportDir(os.Args[1], os.Args[2], circuit.Circuit(), os.Args[3], os.Args[4])
	} else {
		_, err = zk.BuildDir(os.Args[1], os.Args[2], circuit.Circuit())
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
`

func zkBuild(ctx context.Context, e *env, path, out, name, witnessFile, solc, pkFile, vkFile string) error {
	pkg, err := listPackage(ctx, path)
	if err != nil {
		return err
	}
	if name == "" {
		name = filepath.Base(pkg.dir)
	}
	if out == "" {
		out = filepath.Join("build", "zk", name)
	}
	if out, err = filepath.Abs(out); err != nil {
		return fmt.Errorf("output directory: %w", err)
	}
	contract := contractName(name)

	// The generated main lives inside the circuit's module so its imports resolve there; "_"
	// keeps it out of ./... patterns while it exists.
	var rnd [6]byte
	_, _ = rand.Read(rnd[:])
	tmp := filepath.Join(pkg.moduleDir, "_zkbuild-"+hex.EncodeToString(rnd[:]))
	if err := os.MkdirAll(tmp, 0o755); err != nil {
		return fmt.Errorf("zk build: %w", err)
	}
	defer os.RemoveAll(tmp)
	if err := os.WriteFile(filepath.Join(tmp, "main.go"), fmt.Appendf(nil, buildMain, pkg.importPath), 0o644); err != nil {
		return fmt.Errorf("zk build: %w", err)
	}
	args := []string{"run", "./" + filepath.Base(tmp), out, contract}
	setup := zk.SetupSingleParty
	if pkFile != "" {
		pk, err1 := filepath.Abs(pkFile)
		vk, err2 := filepath.Abs(vkFile)
		if err := errors.Join(err1, err2); err != nil {
			return fmt.Errorf("key files: %w", err)
		}
		args = append(args, pk, vk)
		setup = "imported keys (" + filepath.Base(pkFile) + ", " + filepath.Base(vkFile) + ")"
		fmt.Fprintf(e.stderr, "compiling %s and importing its keys...\n", pkg.importPath)
	} else {
		fmt.Fprintf(e.stderr, "compiling %s and running the Groth16 setup (single-party, devnet only)...\n", pkg.importPath)
	}
	start := time.Now()
	run := exec.CommandContext(ctx, "go", args...)
	run.Dir = pkg.moduleDir
	run.Stdout, run.Stderr = e.stderr, e.stderr
	if err := run.Run(); err != nil {
		return fmt.Errorf("zk build %s: compile/setup failed (error above; the package must export func Circuit() zk.Circuit): %w", path, err)
	}
	setupTime := time.Since(start)

	witnessPath := filepath.Join(out, zk.FileWitnessModule)
	if witnessFile != "" {
		b, err := os.ReadFile(witnessFile)
		if err != nil {
			return fmt.Errorf("witness module: %w", err)
		}
		if err := os.WriteFile(witnessPath, b, 0o644); err != nil {
			return fmt.Errorf("witness module: %w", err)
		}
	} else {
		if _, err := os.Stat(filepath.Join(pkg.dir, "witness")); err != nil {
			return fmt.Errorf("no witness module: %s/witness does not exist and --witness was not given", pkg.dir)
		}
		wb := exec.CommandContext(ctx, "go", "build", "-trimpath", "-o", witnessPath, pkg.importPath+"/witness")
		wb.Dir = pkg.moduleDir
		wb.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm", "CGO_ENABLED=0")
		wb.Stdout, wb.Stderr = e.stderr, e.stderr
		if err := wb.Run(); err != nil {
			return fmt.Errorf("build witness module %s/witness: %w", pkg.importPath, err)
		}
	}

	read := func(f string) ([]byte, error) { return os.ReadFile(filepath.Join(out, f)) }
	var keys zk.Keys
	var witness []byte
	for _, f := range []struct {
		name string
		dst  *[]byte
	}{{zk.FileConstraintSystem, &keys.ConstraintSystem}, {zk.FileProvingKey, &keys.ProvingKey},
		{zk.FileVerifyingKey, &keys.VerifyingKey}, {zk.FileSolidity, &keys.Solidity}, {zk.FileWitnessModule, &witness}} {
		if *f.dst, err = read(f.name); err != nil {
			return fmt.Errorf("zk build: %w", err)
		}
	}
	ccs, err := zk.ReadConstraintSystem(keys.ConstraintSystem)
	if err != nil {
		return err
	}
	m := zk.NewManifest(name, ccs, keys, witness, setup)
	mb, err := m.Marshal()
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, zk.FileManifest), mb, 0o644); err != nil {
		return fmt.Errorf("zk build: %w", err)
	}

	if solc == "" {
		solc = findSolc(pkg.moduleDir)
	}
	bytecodeNote := "not compiled (no solc: give --solc)"
	if solc != "" {
		code, err := zk.CompileSolidity(solc, keys.Solidity, contract)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(out, zk.FileBytecode), []byte(hex.EncodeToString(code)+"\n"), 0o644); err != nil {
			return fmt.Errorf("zk build: %w", err)
		}
		bytecodeNote = fmt.Sprintf("%d bytes", len(code))
	}
	fmt.Fprintf(e.stdout, "zk function %s built in %s\n", name, out)
	fmt.Fprintf(e.stdout, "  constraints      %d (public inputs %d incl. 4 binding, secret %d), setup+compile %.1fs\n",
		m.Constraints, m.PublicInputs, m.SecretInputs, setupTime.Seconds())
	fmt.Fprintf(e.stdout, "  constraints sha256 %s  (%d B)\n", m.ConstraintSystem.SHA256, m.ConstraintSystem.Size)
	fmt.Fprintf(e.stdout, "  proving key sha256 %s  (%d B)\n", m.ProvingKey.SHA256, m.ProvingKey.Size)
	fmt.Fprintf(e.stdout, "  verifying key sha256 %s  (%d B)\n", m.VerifyingKey.SHA256, m.VerifyingKey.Size)
	fmt.Fprintf(e.stdout, "  witness module sha256 %s  (%d B)\n", m.WitnessModule.SHA256, m.WitnessModule.Size)
	fmt.Fprintf(e.stdout, "  verifier %s (%s), bytecode %s\n", zk.FileSolidity, contract, bytecodeNote)
	fmt.Fprintf(e.stdout, "next: blockless zk deploy %s\n", out)
	return nil
}

func findSolc(moduleDir string) string {
	if p := filepath.Join(moduleDir, "tools", "solc", "solc"); fileExists(p) {
		return p
	}
	if p, err := exec.LookPath("solc"); err == nil {
		return p
	}
	return ""
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }

func zkDeployCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "deploy",
		Usage:     "publish a built zk function's artifacts, deploy its verifier and register the function in zk mode",
		ArgsUsage: "BUILD_DIR",
		Flags: append(chainFlags(),
			&cli.StringFlag{Name: "store-url", Value: "http://127.0.0.1:8090", EnvVars: []string{"BLOCKLESS_STORE_URL"}, Usage: "module store operators fetch artifacts from"},
			storeTokenFlag(),
			&cli.StringFlag{Name: "verifier", Usage: "use an already deployed verifier at this address instead of deploying Verifier.bin"},
			&cli.Uint64Flag{Name: "fuel", Value: 10_000_000_000, Usage: "fuel limit of the witness module per task"},
			&cli.Uint64Flag{Name: "memory", Value: 256 << 20, Usage: "memory limit of the witness module, bytes"},
			&cli.DurationFlag{Name: "timeout", Value: 10 * time.Second, Usage: "wall-clock limit of the witness module"},
			&cli.UintFlag{Name: "max-output", Value: 1 << 20, Usage: "witness module output limit, bytes"},
		),
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return cli.Exit("usage: blockless zk deploy BUILD_DIR", 2)
			}
			d, err := zk.ReadDir(c.Args().First())
			if err != nil {
				return err
			}
			store, err := moduleStore(c)
			if err != nil {
				return err
			}
			ctx, cancel := context.WithTimeout(c.Context, 5*time.Minute)
			defer cancel()
			cl, err := dialRequester(ctx, c, true)
			if err != nil {
				return err
			}
			defer cl.Close()
			var verifier common.Address
			if v := c.String("verifier"); v != "" {
				if !common.IsHexAddress(v) {
					return fmt.Errorf("--verifier %q is not an address", v)
				}
				verifier = common.HexToAddress(v)
			}
			res, err := cl.DeployZkFunctionTo(ctx, store, d, verifier, taskmanager.ITaskManagerResourceLimits{
				Fuel: c.Uint64("fuel"), MemoryBytes: c.Uint64("memory"),
				WallTimeMs: uint32(c.Duration("timeout").Milliseconds()), MaxOutputBytes: uint32(c.Uint("max-output"))})
			if err != nil {
				return err
			}
			// Keep the published manifest (with URIs) beside the artifacts: its digest is the function's.
			mb, err := res.Manifest.Marshal()
			if err == nil {
				err = os.WriteFile(filepath.Join(d.Path, zk.FileManifest), mb, 0o644)
			}
			if err != nil {
				return fmt.Errorf("update manifest: %w", err)
			}
			fmt.Fprintf(e.stdout, "function %d\n", res.FunctionID)
			fmt.Fprintf(e.stderr, "manifest sha256 %s\nuri %s\nverifier %s\nregistered in tx %s\n",
				res.ManifestDigest, res.ManifestURI, res.Verifier.Hex(), res.TxHash.Hex())
			return nil
		},
	}
}
