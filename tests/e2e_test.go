package tests

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/blockless/avs/aggregator"
	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/modstore"
	"github.com/blockless/avs/operator/node"
	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/protocol/onchain"
	"github.com/blockless/avs/requester"
)

// buildOracle compiles the Go oracle example to wasip1, as `make functions` does.
func buildOracle(t testing.TB) []byte { return buildGoFunction(t, "oracle") }

// buildGoFunction compiles the Go example function functions/go/NAME to wasip1.
func buildGoFunction(t testing.TB, name string) []byte {
	t.Helper()
	out := filepath.Join(t.TempDir(), name+".wasm")
	cmd := exec.Command("go", "build", "-trimpath", "-o", out, "../functions/go/"+name)
	cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm", "CGO_ENABLED=0")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build %s.wasm: %v\n%s", name, err, b)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// deployOracle publishes the Go oracle example to the module store at storeURL and registers
// it as a function (threshold floor 50%, each mutate adjusting the spec) with the devnet
// owner's requester client, which is closed when the test ends.
func (e *env) deployOracle(storeURL string, mutate ...func(*taskmanager.ITaskManagerFunctionSpec)) (rq *requester.Client, fn uint64) {
	e.t.Helper()
	digest, uri, err := testStore(storeURL).Publish(e.ctx, buildOracle(e.t))
	if err != nil {
		e.t.Fatal(err)
	}
	rq, err = requester.Dial(e.ctx, e.dn.Addresses.RPCURL, e.dn.Addresses.ChainID, e.dn.Addresses.AVS.TaskManager, e.dn.Owner)
	if err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(rq.Close)
	spec := taskmanager.ITaskManagerFunctionSpec{ModuleDigest: digest, MinQuorumThreshold: 50,
		Limits: taskmanager.ITaskManagerResourceLimits{Fuel: 1_000_000_000, MemoryBytes: 64 << 20, WallTimeMs: 10_000, MaxOutputBytes: 4096},
		Uris:   []string{uri}}
	for _, m := range mutate {
		m(&spec)
	}
	fn, _, err = rq.RegisterFunction(e.ctx, spec)
	if err != nil {
		e.t.Fatal(err)
	}
	return rq, fn
}

// testStoreToken is the upload token of the tests' module stores.
const testStoreToken = "tests-upload-token-0123456789"

// testStore is a module store started by startStore as the tests' function authors see it.
func testStore(storeURL string) requester.ModuleStore {
	return requester.ModuleStore{URL: storeURL, Token: testStoreToken}
}

// startStore runs the module store in-process on a free loopback port, with the server code
// bin/modstore runs, taking uploads with testStoreToken. It stops when the test ends.
func (e *env) startStore() (url string) {
	e.t.Helper()
	srv, err := modstore.NewServer("127.0.0.1:0", modstore.PublisherConfig{Dir: e.t.TempDir(),
		Tokens: map[string]string{testStoreToken: "tests"}})
	if err != nil {
		e.t.Fatalf("start module store: %v", err)
	}
	ctx, cancel := context.WithCancel(e.ctx)
	done := make(chan struct{})
	go func() { defer close(done); _ = srv.Run(ctx) }()
	e.t.Cleanup(func() { cancel(); <-done })
	return "http://" + srv.Addr()
}

// devnetFetch lets the aggregator fetch chain-data URIs (zk artifacts) from loopback, where the
// devnet's module store lives.
func (e *env) devnetFetch(cfg *aggregator.Config) {
	cfg.Fetch.AllowPrivate = true
}

// startAggregator runs the real aggregator service in-process on a free loopback port; each
// tweak adjusts its configuration before it starts.
func (e *env) startAggregator(dataDir string, tweaks ...func(*aggregator.Config)) (url string, stop func()) {
	e.t.Helper()
	cfg := aggregator.ConfigFromAddresses(e.dn.Addresses)
	cfg.Key = e.aggregatorKey() // its own account: sharing the requester's would race on nonces
	cfg.Listen = "127.0.0.1:0"
	cfg.DataDir = dataDir
	cfg.PollInterval = 200 * time.Millisecond
	cfg.BlockTime = time.Second
	e.devnetFetch(&cfg)
	for _, tweak := range tweaks {
		tweak(&cfg)
	}
	ctx, cancel := context.WithCancel(e.ctx)
	svc, err := aggregator.New(ctx, cfg, e.log.With().Str("svc", "aggregator").Logger())
	if err != nil {
		cancel()
		e.t.Fatalf("start aggregator: %v", err)
	}
	done := make(chan struct{})
	go func() { defer close(done); _ = svc.Run(ctx) }()
	return "http://" + svc.Addr(), func() { cancel(); <-done; svc.Close() }
}

// startNode runs a real operator node in-process; tweaks adjust its configuration.
func (e *env) startNode(op *testOperator, aggURL, dataDir string, tweaks ...func(*node.Config)) (stop func()) {
	e.t.Helper()
	a := e.dn.Addresses
	cfg := node.Config{RPCURL: a.RPCURL, WSURL: a.WSURL, ChainID: a.ChainID, TaskManager: a.AVS.TaskManager,
		AggregatorURL: aggURL, DataDir: dataDir, StartBlock: a.DeployedAt, PollInterval: 200 * time.Millisecond,
		MaxConcurrent: 2, KeysDir: "unused", KeyName: op.name,
		OperatorStateRetriever: a.AVS.OperatorStateRetriever, SecretRegistry: a.AVS.SecretRegistry,
		Fetch: node.FetchConfig{AllowPrivate: true}} // the devnet serves modules on 127.0.0.1
	for _, tweak := range tweaks {
		tweak(&cfg)
	}
	if err := cfg.Resolve(); err != nil {
		e.t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(e.ctx)
	n, err := node.New(ctx, cfg, node.Keys{ECDSA: op.key, BLS: op.bls}, e.log.With().Str("op", op.name).Logger())
	if err != nil {
		cancel()
		e.t.Fatalf("start %s: %v", op.name, err)
	}
	done := make(chan struct{})
	go func() { defer close(done); _ = n.Run(ctx) }()
	var once sync.Once // stop may be called early and deferred too
	return func() { once.Do(func() { cancel(); <-done; n.Close() }) }
}

// readOpState reads a stopped operator's data_dir (a running node holds its store's lock).
func readOpState(t *testing.T, dir string) node.StateSummary {
	t.Helper()
	s, err := node.ReadState(dir)
	if err != nil {
		t.Fatalf("operator state: %v", err)
	}
	return s
}

// TestEndToEnd runs requester → chain → operator nodes (WASM engine) → aggregator → chain with
// every component real: anvil devnet, EigenLayer registries, wasmtime, BLS keys, HTTP.
func TestEndToEnd(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	e := startEnv(t, ctx)
	ops := e.registerOperators(10, 20, 30)
	storeURL := e.startStore()
	aggURL, stopAgg := e.startAggregator(t.TempDir())
	defer stopAgg()

	rq, fn := e.deployOracle(storeURL)
	submit := func(input string) requester.Created {
		t.Helper()
		c, err := rq.CreateTask(ctx, taskmanager.ITaskManagerTaskRequest{FunctionId: fn, Input: []byte(input), QuorumNumbers: []byte{0},
			QuorumThresholdPercentage: 60, ResponseWindowBlocks: 200}, big.NewInt(0))
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	wait := func(id uint32) requester.Result {
		t.Helper()
		return waitAnswered(t, ctx, rq, id, 2*time.Minute)
	}
	dirs := []string{t.TempDir(), t.TempDir(), t.TempDir()}

	t.Run("happy path", func(t *testing.T) {
		stops := []func(){e.startNode(ops[0], aggURL, dirs[0]), e.startNode(ops[1], aggURL, dirs[1]), e.startNode(ops[2], aggURL, dirs[2])}
		defer func() {
			for _, s := range stops {
				s()
			}
		}()
		c := submit("100 a\n102 b\n101 c\n")
		r := wait(c.ID)
		if string(r.Response.Output) != "101\n" || onchain.Status(r.Response.Status) != onchain.StatusOK {
			t.Fatalf("verified output %q status %d, want \"101\\n\" ok", r.Response.Output, r.Response.Status)
		}
	})

	t.Run("one operator returns a wrong output", func(t *testing.T) {
		c := submit("7 x\n9 y\n8 z\n")
		waitAggregatorKnows(t, ctx, aggURL, c.ID)
		// ops[0] is byzantine: it signs a different output with its real key and sends it first.
		wrong := protocol.NewResponse(c.ID, 0, []byte("666\n"))
		d, err := e.codec.ResponseDigest(e.dn.ChainID, e.dn.Addresses.AVS.TaskManager, c.Task, wrong)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := json.Marshal(protocol.NewSignedResponse(wrong, d, ops[0].bls, ops[0].id))
		resp, err := http.Post(aggURL+"/v1/responses", "application/json", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusAccepted {
			t.Fatalf("aggregator answered %d to a well-formed (if wrong) signed response", resp.StatusCode)
		}
		// Then the two honest operators run it.
		stops := []func(){e.startNode(ops[1], aggURL, dirs[1]), e.startNode(ops[2], aggURL, dirs[2])}
		defer func() {
			for _, s := range stops {
				s()
			}
		}()
		r := wait(c.ID)
		if string(r.Response.Output) != "8\n" {
			t.Fatalf("verified output %q, want the honest majority's \"8\\n\"", r.Response.Output)
		}
		// The byzantine operator is the certificate's only non-signer.
		rec := respondedEvent(t, ctx, e, c.ID)
		want := crypto.Keccak256Hash(append(uint32Bytes(c.Task.ReferenceBlock), ops[0].id[:]...))
		if rec.SignatoryRecordHash != want {
			t.Fatalf("signatory record %x, want non-signers [%s]", rec.SignatoryRecordHash, ops[0].name)
		}
	})

	t.Run("operator restarted resumes without re-signing", func(t *testing.T) {
		stop1, stop2 := e.startNode(ops[0], aggURL, dirs[0]), e.startNode(ops[1], aggURL, dirs[1])
		defer stop1()
		defer stop2()
		before := readOpState(t, dirs[2])
		first, ok := before.Signed[1]
		if !ok {
			t.Fatal("op3 has no record of task 1")
		}
		// While op3 is down, 10+20 of 60 ether cannot reach the 60% threshold.
		c := submit("5 a\n6 b\n7 c\n")
		stop3 := e.startNode(ops[2], aggURL, dirs[2])
		defer stop3()
		r := wait(c.ID)
		if string(r.Response.Output) != "6\n" {
			t.Fatalf("verified output %q, want \"6\\n\"", r.Response.Output)
		}
		stop3()
		after := readOpState(t, dirs[2])
		if after.Signed[1].Signature != first.Signature || !bytes.Equal(after.Signed[1].Output, first.Output) {
			t.Fatal("op3's signature for task 1 changed across the restart")
		}
		if _, ok := after.Signed[c.ID]; !ok || after.NextBlock <= before.NextBlock {
			t.Fatalf("op3 did not resume: next block %d -> %d, signed task %d: %v", before.NextBlock, after.NextBlock, c.ID, ok)
		}
	})
}

// waitAggregatorKnows polls GET /v1/tasks/{id} until the aggregator has picked the task up.
func waitAggregatorKnows(t *testing.T, ctx context.Context, aggURL string, id uint32) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) {
		resp, err := http.Get(fmt.Sprintf("%s/v1/tasks/%d", aggURL, id))
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
		}
		select {
		case <-ctx.Done():
			t.Fatal(ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
	t.Fatalf("aggregator never saw task %d", id)
}

func uint32Bytes(v uint32) []byte { return []byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)} }

func respondedEvent(t *testing.T, ctx context.Context, e *env, id uint32) *taskmanager.TaskManagerTaskResponded {
	t.Helper()
	it, err := e.tm.FilterTaskResponded(&bind.FilterOpts{Context: ctx}, []uint32{id})
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	for it.Next() {
		return it.Event
	}
	t.Fatalf("no TaskResponded for task %d", id)
	return nil
}
