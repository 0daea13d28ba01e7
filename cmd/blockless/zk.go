package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/internal/progress"
	"github.com/blockless/avs/zk/artifacts"
	"github.com/blockless/avs/zk/builder"
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
			return zkBuild(c.Context, e, builder.Options{Circuit: c.Args().First(), Out: c.String("out"), Name: c.String("name"),
				Witness: c.String("witness"), Solc: c.String("solc"), ProvingKey: c.String("proving-key"), VerifyingKey: c.String("verifying-key")})
		},
	}
}

// zkBuild runs the build pipeline (zk/builder) and prints what it made. Its stages (compile and
// setup, witness module, verifier) and the go tool's output go to stderr.
func zkBuild(ctx context.Context, e *env, o builder.Options) error {
	line := progress.New(e.stderr, "")
	defer line.Done("")
	o.Log, o.Progress = line.Output(), line
	r, err := builder.Run(ctx, o)
	if err != nil {
		return err
	}
	line.Done("")
	m := r.Manifest
	bytecodeNote := "not compiled (no solc: give --solc)"
	if r.Bytecode > 0 {
		bytecodeNote = fmt.Sprintf("%d bytes", r.Bytecode)
	}
	fmt.Fprintf(e.stdout, "zk function %s built in %s\n", r.Name, r.Dir)
	fmt.Fprintf(e.stdout, "  constraints      %d (public inputs %d incl. 4 binding, secret %d), setup+compile %.1fs\n",
		m.Constraints, m.PublicInputs, m.SecretInputs, r.SetupTime.Seconds())
	fmt.Fprintf(e.stdout, "  constraints sha256 %s  (%d B)\n", m.ConstraintSystem.SHA256, m.ConstraintSystem.Size)
	fmt.Fprintf(e.stdout, "  proving key sha256 %s  (%d B)\n", m.ProvingKey.SHA256, m.ProvingKey.Size)
	fmt.Fprintf(e.stdout, "  verifying key sha256 %s  (%d B)\n", m.VerifyingKey.SHA256, m.VerifyingKey.Size)
	fmt.Fprintf(e.stdout, "  witness module sha256 %s  (%d B)\n", m.WitnessModule.SHA256, m.WitnessModule.Size)
	fmt.Fprintf(e.stdout, "  verifier %s (%s), bytecode %s\n", artifacts.FileSolidity, r.Contract, bytecodeNote)
	fmt.Fprintf(e.stdout, "next: blockless zk deploy %s\n", r.Dir)
	return nil
}

func zkDeployCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "deploy",
		Usage:     "publish a built zk function's artifacts, deploy its verifier and register the function in zk mode",
		ArgsUsage: "BUILD_DIR",
		Flags: append(chainFlags(),
			&cli.StringFlag{Name: "store-url", Value: "http://127.0.0.1:8091", EnvVars: []string{"BLOCKLESS_STORE_URL"}, Usage: "module store operators fetch artifacts from (bin/modstore serve; its default address)"},
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
			d, err := artifacts.ReadDir(c.Args().First())
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
			// Stages on stderr (uploads with their bytes on a terminal); stdout stays "function N".
			line := progress.New(e.stderr, "")
			defer line.Done("")
			store.Progress = line
			res, err := cl.DeployZkFunctionTo(ctx, store, d, verifier, taskmanager.ITaskManagerResourceLimits{
				Fuel: c.Uint64("fuel"), MemoryBytes: c.Uint64("memory"),
				WallTimeMs: uint32(c.Duration("timeout").Milliseconds()), MaxOutputBytes: uint32(c.Uint("max-output"))})
			if err != nil {
				return err
			}
			line.Done("")
			// Keep the published manifest (with URIs) beside the artifacts: its digest is the function's.
			mb, err := res.Manifest.Marshal()
			if err == nil {
				err = os.WriteFile(filepath.Join(d.Path, artifacts.FileManifest), mb, 0o644)
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
