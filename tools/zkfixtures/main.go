// Command zkfixtures writes the zk example verifiers (contracts/src/zk/*Verifier.sol) and the real
// proofs the forge tests check them with (contracts/test/fixtures/zk/*.json), or with -check
// verifies that the committed ones still match the circuits.
//
// Groth16 setup is randomised, so regenerating gives different keys; "stale" therefore means: the
// circuit's constraint system no longer hashes to what the fixture recorded, the committed Solidity
// is not what the committed verifying key exports, the fixture's task hash is not what the Go
// codec computes for the task the forge test creates, or the fixture proof does not verify.
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"os"
	"path/filepath"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/logger"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/protocol/onchain"
	"github.com/blockless/avs/zk/artifacts"
	"github.com/blockless/avs/zk/examples"
	"github.com/blockless/avs/zk/proving"
)

// example is one registered example with its function id in TaskManagerZk.t.sol's setUp
// (registration order: the registry's order, starting at 1).
type example struct {
	examples.Example
	functionID uint64
}

func exampleList() []example {
	var out []example
	for i, e := range examples.All() {
		out = append(out, example{e, uint64(i + 1)})
	}
	return out
}

// fixture is what the forge test reads.
type fixture struct {
	Name              string   `json:"name"`
	ConstraintsSHA256 string   `json:"constraintSystemSha256"`
	Constraints       int      `json:"constraints"`
	VerifyingKey      string   `json:"verifyingKey"`
	ModuleDigest      string   `json:"moduleDigest"`
	FunctionID        uint64   `json:"functionId"`
	Input             string   `json:"input"`
	TaskHash          string   `json:"taskHash"`
	Output            string   `json:"output"`
	Proof             string   `json:"proof"`
	PublicInputs      []string `json:"publicInputs"`
	// The same task with a consumer callback (fixtureCallback, 300k gas: the consumer stores 96
	// bytes): another task hash, another proof; the forge test etches a consumer at that address.
	CallbackTaskHash string `json:"callbackTaskHash"`
	CallbackProof    string `json:"callbackProof"`
}

// fixtureCallback is where TaskManagerZk.t.sol etches its recording consumer.
var fixtureCallback = common.HexToAddress("0x000000000000000000000000000000000000c0de")

// fixtureTask is the task TaskManagerZk.t.sol creates: TaskManagerBase's limits and requester,
// block 100, window 50, threshold 0, quorum 0, fee 1 ether, no callback (or fixtureCallback).
func fixtureTask(e example, withCallback bool) protocol.Task {
	t := protocol.Task{
		FunctionId:    e.functionID,
		ModuleDigest:  sha256.Sum256([]byte("blockless zk fixture " + e.Name)),
		Runtime:       uint8(onchain.RuntimeWasm),
		Environment:   crypto.Keccak256Hash([]byte("blockless test wasm environment")), // TaskManagerBase.WASM_ENV
		Limits:        taskmanager.ITaskManagerResourceLimits{Fuel: 1e9, MemoryBytes: 64 << 20, WallTimeMs: 2000, MaxOutputBytes: 1 << 20},
		InputDigest:   crypto.Keccak256Hash(e.Sample),
		QuorumNumbers: []byte{0}, QuorumThresholdPercentage: 0,
		ReferenceBlock: 100, DeadlineBlock: 150,
		Requester: makeAddr("requester"),
		Callback:  common.Address{}, CallbackGasLimit: 0,
		Fee: new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil),
	}
	if withCallback {
		t.Callback, t.CallbackGasLimit = fixtureCallback, 300_000
	}
	return t
}

func main() {
	out := flag.String("sol", "contracts/src/zk", "directory of the verifier contracts")
	fix := flag.String("fixtures", "contracts/test/fixtures/zk", "directory of the proof fixtures")
	check := flag.Bool("check", false, "check the committed files instead of writing new ones")
	flag.Parse()
	logger.Disable()
	codec, err := protocol.NewCodec()
	if err == nil {
		for _, e := range exampleList() {
			if *check {
				err = checkOne(codec, e, *out, *fix)
			} else {
				err = writeOne(codec, e, *out, *fix)
			}
			if err != nil {
				break
			}
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "zkfixtures:", err)
		os.Exit(1)
	}
}

func writeOne(codec *protocol.Codec, e example, solDir, fixDir string) error {
	ccs, err := proving.Compile(e.Circuit())
	if err != nil {
		return err
	}
	keys, err := proving.Setup(ccs, e.Contract)
	if err != nil {
		return err
	}
	pk, err := proving.ReadProvingKey(keys.ProvingKey)
	if err != nil {
		return err
	}
	vk, err := proving.ReadVerifyingKey(keys.VerifyingKey)
	if err != nil {
		return err
	}
	m := artifacts.NewManifest(e.Name, ccs, keys, nil, proving.SetupSingleParty)
	wit, err := e.Witness(e.Sample)
	if err != nil {
		return err
	}
	prover := proving.NewProver(m, ccs, pk, vk)
	prove := func(task protocol.Task) (th [32]byte, output, solProof []byte, err error) {
		if th, err = codec.TaskHash(task); err != nil {
			return th, nil, nil, err
		}
		p, err := prover.Prove(th, wit)
		if err != nil {
			return th, nil, nil, err
		}
		solProof, err = proving.Verify(vk, th, p.Output, p.Proof)
		return th, p.Output, solProof, err
	}
	task := fixtureTask(e, false)
	th, output, solProof, err := prove(task)
	if err != nil {
		return err
	}
	cbTh, _, cbProof, err := prove(fixtureTask(e, true))
	if err != nil {
		return err
	}
	pub, err := proving.PublicInputs(th, output)
	if err != nil {
		return err
	}
	f := fixture{Name: e.Name, ConstraintsSHA256: m.ConstraintSystem.SHA256, Constraints: m.Constraints,
		VerifyingKey: hexOf(keys.VerifyingKey), ModuleDigest: hexOf(task.ModuleDigest[:]), FunctionID: e.functionID,
		Input: hexOf(e.Sample), TaskHash: hexOf(th[:]), Output: hexOf(output), Proof: hexOf(solProof),
		PublicInputs: proving.BigInts(pub), CallbackTaskHash: hexOf(cbTh[:]), CallbackProof: hexOf(cbProof)}
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return fmt.Errorf("%s: encode fixture: %w", e.Name, err)
	}
	if err := os.WriteFile(filepath.Join(fixDir, e.Name+".json"), append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("%s: %w", e.Name, err)
	}
	return os.WriteFile(filepath.Join(solDir, e.Contract+".sol"), keys.Solidity, 0o644)
}

func checkOne(codec *protocol.Codec, e example, solDir, fixDir string) error {
	stale := func(format string, a ...any) error {
		return fmt.Errorf("%s is stale (%s): run 'make zk-fixtures' and commit", e.Name, fmt.Sprintf(format, a...))
	}
	b, err := os.ReadFile(filepath.Join(fixDir, e.Name+".json"))
	if err != nil {
		return stale("%v", err)
	}
	var f fixture
	if err := json.Unmarshal(b, &f); err != nil {
		return stale("fixture: %v", err)
	}
	ccs, err := proving.Compile(e.Circuit())
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if _, err := ccs.WriteTo(&buf); err != nil {
		return fmt.Errorf("%s: serialise constraint system: %w", e.Name, err)
	}
	if d := sha256.Sum256(buf.Bytes()); hex.EncodeToString(d[:]) != f.ConstraintsSHA256 {
		return stale("circuit changed")
	}
	vkb, err := unhex(f.VerifyingKey)
	if err != nil {
		return stale("verifying key: %v", err)
	}
	vk, err := proving.ReadVerifyingKey(vkb)
	if err != nil {
		return stale("%v", err)
	}
	sol, err := proving.ExportSolidity(vk, e.Contract)
	if err != nil {
		return err
	}
	if have, err := os.ReadFile(filepath.Join(solDir, e.Contract+".sol")); err != nil || !bytes.Equal(have, sol) {
		return stale("%s.sol does not match the fixture's verifying key", e.Contract)
	}
	out, err := unhex(f.Output)
	if err != nil {
		return stale("%v", err)
	}
	for _, c := range []struct {
		withCallback    bool
		taskHash, proof string
	}{{false, f.TaskHash, f.Proof}, {true, f.CallbackTaskHash, f.CallbackProof}} {
		th, err := codec.TaskHash(fixtureTask(e, c.withCallback))
		if err != nil {
			return err
		}
		if hexOf(th[:]) != c.taskHash {
			return stale("task hash: the Task encoding changed")
		}
		proof, err := unhex(c.proof)
		if err != nil {
			return stale("%v", err)
		}
		if err := verifySolidityProof(vk, th, out, proof); err != nil {
			return stale("%v", err)
		}
	}
	return nil
}

// verifySolidityProof checks a MarshalSolidity proof natively by re-encoding it in gnark's format.
func verifySolidityProof(vk groth16.VerifyingKey, th [32]byte, output, solProof []byte) error {
	gp, err := proving.ProofFromSolidity(solProof)
	if err != nil {
		return err
	}
	again, err := proving.Verify(vk, th, output, gp)
	if err != nil {
		return err
	}
	if !bytes.Equal(again, solProof) {
		return errors.New("proof does not round-trip")
	}
	return nil
}

// makeAddr is forge-std's makeAddr: the address of the private key keccak256(name).
func makeAddr(name string) common.Address {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(name)))
	if err != nil {
		panic(err) // keccak of a fixed name is a valid key with overwhelming probability
	}
	return crypto.PubkeyToAddress(k.PublicKey)
}

func hexOf(b []byte) string { return "0x" + hex.EncodeToString(b) }

func unhex(s string) ([]byte, error) {
	if len(s) < 2 || s[:2] != "0x" {
		return nil, fmt.Errorf("%q is not 0x-hex", s)
	}
	return hex.DecodeString(s[2:])
}
