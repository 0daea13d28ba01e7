package tests

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/logger"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/blockless/avs/aggregator"
	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/devnet"
	"github.com/blockless/avs/internal/backoff"
	"github.com/blockless/avs/operator/node"
	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/protocol/onchain"
	"github.com/blockless/avs/requester"
	"github.com/blockless/avs/zk"
	"github.com/blockless/avs/zk/artifacts"
	"github.com/blockless/avs/zk/builder"
	"github.com/blockless/avs/zk/examples/threshold"
	"github.com/blockless/avs/zk/proving"
	"github.com/blockless/avs/zk/selection"
	"github.com/blockless/avs/zk/solc"
)

// buildZkThreshold builds the threshold example as `blockless zk build` does (circuit, single-party
// setup, witness module, manifest, verifier bytecode through the repository's solc-js adapter)
// into a temporary directory.
func buildZkThreshold(t testing.TB) *artifacts.Dir {
	t.Helper()
	logger.Disable()
	dir := t.TempDir()
	keys, err := builder.BuildDir(dir, "ThresholdVerifier", threshold.Circuit())
	if err != nil {
		t.Fatal(err)
	}
	// make's TEST_PREREQS builds the witness module; build it here when run without make.
	witness, err := os.ReadFile("../build/zk/threshold/witness.wasm")
	if err != nil {
		out := filepath.Join(dir, artifacts.FileWitnessModule)
		cmd := exec.Command("go", "build", "-trimpath", "-o", out, "../zk/examples/threshold/witness")
		cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm", "CGO_ENABLED=0")
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("build witness module: %v\n%s", err, b)
		}
		if witness, err = os.ReadFile(out); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, artifacts.FileWitnessModule), witness, 0o644); err != nil {
		t.Fatal(err)
	}
	ccs, err := proving.ReadConstraintSystem(keys.ConstraintSystem)
	if err != nil {
		t.Fatal(err)
	}
	mb, err := artifacts.NewManifest("threshold", ccs, keys, witness, proving.SetupSingleParty).Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, artifacts.FileManifest), mb, 0o644); err != nil {
		t.Fatal(err)
	}
	code, err := solc.CompileSolidity("../tools/solc/solc", keys.Solidity, "ThresholdVerifier")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, artifacts.FileBytecode), []byte(fmt.Sprintf("%x\n", code)), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := artifacts.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestZkEndToEnd: a zk function deployed like `blockless zk deploy`, proven by the operator the
// task selects, verified off chain by the aggregator and on chain by the gnark verifier through
// respondWithProof; then failover when the selected prover is down, and a bad proof refused.
func TestZkEndToEnd(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	// Interval mining: failover is counted in blocks.
	e := startEnvOpts(t, ctx, devnet.Options{Dir: t.TempDir(), BlockTime: time.Second})
	ops := e.registerOperators(10, 20, 30)
	storeURL := e.startStore()
	aggURL, stopAgg := e.startAggregator(t.TempDir())
	defer stopAgg()

	d := buildZkThreshold(t)
	rq, err := requester.Dial(ctx, e.dn.Addresses.RPCURL, e.dn.Addresses.ChainID, e.dn.Addresses.AVS.TaskManager, e.dn.Owner)
	if err != nil {
		t.Fatal(err)
	}
	defer rq.Close()
	dep, err := rq.DeployZkFunctionTo(ctx, testStore(storeURL), d, common.Address{}, taskmanager.ITaskManagerResourceLimits{
		Fuel: 2_000_000_000, MemoryBytes: 128 << 20, WallTimeMs: 20_000, MaxOutputBytes: 4096})
	if err != nil {
		t.Fatal(err)
	}
	fn, err := rq.TaskManager().GetFunction(&bind.CallOpts{Context: ctx}, dep.FunctionID)
	if err != nil || onchain.Mode(fn.Spec.Mode) != onchain.ModeZk || fn.Spec.ZkVerifier != dep.Verifier || fn.Spec.ModuleDigest != dep.ManifestDigest {
		t.Fatalf("registered function %+v (err %v), want zk mode with verifier %s", fn.Spec, err, dep.Verifier.Hex())
	}

	submit := func(value, bound uint64) requester.Created {
		t.Helper()
		in := fmt.Sprintf(`{"value":"%d","salt":"0x5eed","bound":"%d"}`, value, bound)
		c, err := rq.CreateTask(ctx, taskmanager.ITaskManagerTaskRequest{FunctionId: dep.FunctionID, Input: []byte(in),
			QuorumNumbers: []byte{0}, ResponseWindowBlocks: 60}, big.NewInt(1e15))
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	wait := func(id uint32) requester.Result {
		t.Helper()
		return waitAnswered(t, ctx, rq, id, 3*time.Minute)
	}
	checkOutput := func(r requester.Result, value, bound uint64) {
		t.Helper()
		var salt fr.Element
		salt.SetUint64(0x5eed)
		com := threshold.Commit(value, &salt)
		var b, res fr.Element
		b.SetUint64(bound)
		if value >= bound {
			res.SetOne()
		}
		want := zk.AppendWord(zk.AppendWord(zk.AppendWord(nil, &com), &b), &res)
		if onchain.Status(r.Response.Status) != onchain.StatusOK || !bytes.Equal(r.Response.Output, want) {
			t.Fatalf("output %x status %d, want %x", r.Response.Output, r.Response.Status, want)
		}
	}
	opIDs := [][32]byte{ops[0].id, ops[1].id, ops[2].id}
	dirs := []string{t.TempDir(), t.TempDir(), t.TempDir()}

	t.Run("selected operator proves", func(t *testing.T) {
		stops := []func(){e.startNode(ops[0], aggURL, dirs[0]), e.startNode(ops[1], aggURL, dirs[1]), e.startNode(ops[2], aggURL, dirs[2])}
		defer func() {
			for _, s := range stops {
				s()
			}
		}()
		c := submit(720, 650)
		r := wait(c.ID)
		checkOutput(r, 720, 650)
		ev := respondedEvent(t, ctx, e, c.ID)
		if ev.SignatoryRecordHash != ([32]byte{}) {
			t.Fatalf("zk response has signatory record %x, want zero", ev.SignatoryRecordHash)
		}
		// Answered by the first operator in the order, well before any failover.
		if ev.Raw.BlockNumber >= uint64(c.Task.ReferenceBlock)+5 {
			t.Logf("note: answered at block %d (reference %d): slow prover?", ev.Raw.BlockNumber, c.Task.ReferenceBlock)
		}
		c2 := submit(10, 650) // false statements are proven too: result 0
		checkOutput(wait(c2.ID), 10, 650)
	})

	t.Run("failover when the selected prover is down", func(t *testing.T) {
		c := submit(1000, 999)
		th, err := e.codec.TaskHash(c.Task)
		if err != nil {
			t.Fatal(err)
		}
		order := selection.ProverOrder(opIDs, th)
		var stops []func()
		for i, op := range ops {
			if op.id != order[0] {
				stops = append(stops, e.startNode(op, aggURL, dirs[i]))
			}
		}
		defer func() {
			for _, s := range stops {
				s()
			}
		}()
		r := wait(c.ID)
		checkOutput(r, 1000, 999)
		ev := respondedEvent(t, ctx, e, c.ID)
		if ev.Raw.BlockNumber < uint64(c.Task.ReferenceBlock)+node.DefaultZkFailoverBlocks {
			t.Fatalf("answered at block %d, before the first prover's %d blocks ran out (reference %d)",
				ev.Raw.BlockNumber, node.DefaultZkFailoverBlocks, c.Task.ReferenceBlock)
		}
	})

	t.Run("aggregator refuses a proof for another output", func(t *testing.T) {
		c := submit(5, 6)
		waitAggregatorKnows(t, ctx, aggURL, c.ID)
		// A real proof, for this very task, but of a different witness (value 7 >= 6 instead of 5).
		p, err := proving.LoadProver(d.Manifest, d.Files[artifacts.FileConstraintSystem], d.Files[artifacts.FileProvingKey], d.Files[artifacts.FileVerifyingKey])
		if err != nil {
			t.Fatal(err)
		}
		th, _ := e.codec.TaskHash(c.Task)
		wit, err := threshold.Witness([]byte(`{"value":"7","salt":"0x5eed","bound":"6"}`))
		if err != nil {
			t.Fatal(err)
		}
		pr, err := p.Prove(th, wit)
		if err != nil {
			t.Fatal(err)
		}
		// Claim the honest output (result 0) with the proof of result 1: refused off chain.
		honest, err := threshold.Witness([]byte(`{"value":"5","salt":"0x5eed","bound":"6"}`))
		if err != nil {
			t.Fatal(err)
		}
		code, msg := postProof(t, aggURL, protocol.ProofResponse{TaskID: c.ID, Output: honest[:96], Proof: pr.Proof, OperatorID: common.Hash(ops[0].id)})
		if code != http.StatusUnprocessableEntity {
			t.Fatalf("mismatched proof: HTTP %d %s, want 422", code, msg)
		}
		// The proof for this task is refused for another pending task with the same input.
		other := submit(5, 6)
		waitAggregatorKnows(t, ctx, aggURL, other.ID)
		code, msg = postProof(t, aggURL, protocol.ProofResponse{TaskID: other.ID, Output: pr.Output, Proof: pr.Proof, OperatorID: common.Hash(ops[0].id)})
		if code != http.StatusUnprocessableEntity {
			t.Fatalf("proof for another task: HTTP %d %s, want 422", code, msg)
		}
		// The (true) proven statement itself is taken (202: the aggregator submits it in the
		// background, the reply carries no transaction) and lands on chain.
		code, msg = postProof(t, aggURL, protocol.ProofResponse{TaskID: c.ID, Output: pr.Output, Proof: pr.Proof, OperatorID: common.Hash(ops[0].id)})
		if code != http.StatusAccepted || !strings.Contains(msg, `"accepted"`) {
			t.Fatalf("valid proof: HTTP %d %s, want 202 accepted", code, msg)
		}
		checkOutput(wait(c.ID), 7, 6)
		if v := waitAggregatorState(t, ctx, aggURL, c.ID, aggregator.StateAnswered); v.ResponseTx == nil {
			t.Fatalf("aggregator's view of the answered task has no response tx: %+v", v)
		}
	})
}

func postProof(t *testing.T, aggURL string, pr protocol.ProofResponse) (int, string) {
	t.Helper()
	body, _ := json.Marshal(pr)
	resp, err := http.Post(aggURL+"/v1/proofs", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	msg, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(msg)
}

// waitAggregatorState polls GET /v1/tasks/{id} until the aggregator records the task in state:
// a proof taken with 202 is submitted in the background, so its outcome shows up here later.
func waitAggregatorState(t *testing.T, ctx context.Context, aggURL string, id uint32, state aggregator.RecordState) aggregator.TaskView {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for {
		v, code := aggView(aggURL, id)
		if code == http.StatusOK && v.State == state {
			return v
		}
		if time.Now().After(deadline) || !backoff.Sleep(ctx, 100*time.Millisecond) {
			t.Fatalf("task %d: aggregator view %+v (HTTP %d), want state %s", id, v, code, state)
		}
	}
}
