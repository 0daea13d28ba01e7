package proving

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/constraint"

	"github.com/blockless/avs/zk/artifacts"
)

// SetupSingleParty names keys made by Setup (in-process toxic waste) in a manifest's Setup.
const SetupSingleParty = "single-party (devnet only: whoever ran the setup can forge proofs)"

// Setup compiles nothing: given a compiled constraint system it runs gnark's single-party Groth16
// setup and serialises everything. Whoever runs it knows the toxic waste; see the README for
// importing MPC-ceremony keys instead.
func Setup(ccs constraint.ConstraintSystem, contractName string) (artifacts.Keys, error) {
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		return artifacts.Keys{}, fmt.Errorf("zk: groth16 setup: %w", err)
	}
	return Serialise(ccs, pk, vk, contractName)
}

// Serialise writes a constraint system and its key pair in the artifact formats and exports the
// Solidity verifier. It is also the entry point for keys from an MPC ceremony (mpcsetup's
// VerifyPhase2 / Seal return the same pk and vk types).
func Serialise(ccs constraint.ConstraintSystem, pk groth16.ProvingKey, vk groth16.VerifyingKey, contractName string) (artifacts.Keys, error) {
	var k artifacts.Keys
	var buf bytes.Buffer
	if _, err := ccs.WriteTo(&buf); err != nil {
		return k, fmt.Errorf("zk: serialise constraint system: %w", err)
	}
	k.ConstraintSystem = bytes.Clone(buf.Bytes())
	buf.Reset()
	if _, err := pk.WriteRawTo(&buf); err != nil {
		return k, fmt.Errorf("zk: serialise proving key: %w", err)
	}
	k.ProvingKey = bytes.Clone(buf.Bytes())
	buf.Reset()
	if _, err := vk.WriteTo(&buf); err != nil {
		return k, fmt.Errorf("zk: serialise verifying key: %w", err)
	}
	k.VerifyingKey = bytes.Clone(buf.Bytes())
	sol, err := ExportSolidity(vk, contractName)
	if err != nil {
		return k, err
	}
	k.Solidity = sol
	return k, nil
}

// ExportSolidity exports vk's Groth16 verifier. gnark always names the contract `Verifier`; it is
// renamed so that several verifiers can live in one Foundry project.
func ExportSolidity(vk groth16.VerifyingKey, contractName string) ([]byte, error) {
	var sol bytes.Buffer
	if err := vk.ExportSolidity(&sol, solidity.WithPragmaVersion("^0.8.20")); err != nil {
		return nil, fmt.Errorf("zk: export solidity verifier: %w", err)
	}
	out := sol.Bytes()
	if contractName != "" && contractName != "Verifier" {
		out = bytes.Replace(out, []byte("contract Verifier {"), []byte("contract "+contractName+" {"), 1)
		if !bytes.Contains(out, []byte("contract "+contractName+" {")) {
			return nil, errors.New("zk: exported verifier has an unexpected shape: cannot rename its contract")
		}
	}
	return out, nil
}

// ImportKeys reads a key pair made elsewhere, typically by a Groth16 MPC ceremony for this exact
// circuit (gnark's backend/groth16/bn254/mpcsetup: VerifyPhase2 or Seal give pk and vk, saved
// with WriteTo), and serialises it like Setup's. Nothing vouches for these files yet, so they are
// read with full point checks, and they must take the compiled circuit's public inputs.
func ImportKeys(ccs constraint.ConstraintSystem, pkFile, vkFile, contractName string) (artifacts.Keys, error) {
	pk := groth16.NewProvingKey(ecc.BN254)
	if err := readKeyFile(pkFile, pk); err != nil {
		return artifacts.Keys{}, fmt.Errorf("zk: proving key %s: %w", pkFile, err)
	}
	vk := groth16.NewVerifyingKey(ecc.BN254)
	if err := readKeyFile(vkFile, vk); err != nil {
		return artifacts.Keys{}, fmt.Errorf("zk: verifying key %s: %w", vkFile, err)
	}
	if got, want := vkPublicInputs(vk), ccs.GetNbPublicVariables()-1; got != want {
		return artifacts.Keys{}, fmt.Errorf("zk: verifying key takes %d public inputs, the circuit has %d: keys of another circuit?", got, want)
	}
	return Serialise(ccs, pk, vk, contractName)
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

// ReadConstraintSystem parses a serialised constraint system.
func ReadConstraintSystem(b []byte) (constraint.ConstraintSystem, error) {
	ccs := groth16.NewCS(ecc.BN254)
	if _, err := ccs.ReadFrom(bytes.NewReader(b)); err != nil {
		return nil, fmt.Errorf("zk: read constraint system (%d bytes): %w", len(b), readErr(err))
	}
	return ccs, nil
}

// ReadProvingKey parses a raw proving key without point checks: callers must have checked its
// digest against a manifest first (LoadProver does), which is what makes skipping the (slow,
// seconds at 2^16) subgroup checks safe.
func ReadProvingKey(b []byte) (groth16.ProvingKey, error) {
	pk := groth16.NewProvingKey(ecc.BN254)
	if _, err := pk.UnsafeReadFrom(bytes.NewReader(b)); err != nil {
		return nil, fmt.Errorf("zk: read proving key (%d bytes): %w", len(b), readErr(err))
	}
	return pk, nil
}

// ReadVerifyingKey parses a compressed verifying key (with point checks: it is small).
func ReadVerifyingKey(b []byte) (groth16.VerifyingKey, error) {
	vk := groth16.NewVerifyingKey(ecc.BN254)
	if _, err := vk.ReadFrom(bytes.NewReader(b)); err != nil {
		return nil, fmt.Errorf("zk: read verifying key (%d bytes): %w", len(b), readErr(err))
	}
	return vk, nil
}

// readErr names the common case of a cut-off file.
func readErr(err error) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("file is truncated: %w", err)
	}
	return err
}
