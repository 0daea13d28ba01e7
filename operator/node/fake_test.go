package node

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"maps"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/bytecodealliance/wasmtime-go/v44"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	dto "github.com/prometheus/client_model/go"
	"github.com/rs/zerolog"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/committee/chainio"
	"github.com/blockless/avs/engine"
	"github.com/blockless/avs/modstore"
	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/protocol/onchain"
	"github.com/blockless/avs/taskwatch"
)

// fakeChain is an in-memory chain: a head, task records, block times, injectable errors.
type fakeChain struct {
	*chainio.Fake // committee tables, capacities, block hashes
	mu            sync.Mutex
	head          uint64
	tasks         map[uint32]taskmanager.ITaskManagerTaskRecord
	headErr       error
	timeErrs      map[uint64]error         // BlockTime fails for these blocks
	hosts         map[uint64][]string      // declared HTTP hosts per function
	stakes        map[common.Hash]*big.Int // operator stakes in every quorum
	secretRefs    []secretRef              // what Secrets lists for every task
	envelopes     map[[32]byte][]byte      // secret envelopes by secret id
	members       []member                 // quorum members with their keys; nil: unknown
}

func (c *fakeChain) FunctionHosts(_ context.Context, fn uint64, _ uint64) ([]string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.hosts[fn], nil
}

func (c *fakeChain) QuorumStakes(context.Context, uint8, uint32) (map[common.Hash]*big.Int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return maps.Clone(c.stakes), nil
}

// Secrets are whatever a test put in secretRefs/envelopes (none by default).
func (c *fakeChain) Secrets(context.Context, uint64, common.Address, uint64) ([]secretRef, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.secretRefs, nil
}

func (c *fakeChain) SecretEnvelope(_ context.Context, ref secretRef) ([]byte, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if b, ok := c.envelopes[ref.ID]; ok {
		return b, nil
	}
	return nil, errors.New("fake chain: no such envelope")
}

func (c *fakeChain) QuorumMembers(context.Context, uint8, uint32) ([]member, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.members == nil {
		return nil, errors.New("fake chain: no registry of keys")
	}
	return c.members, nil
}

func newFakeChain(head uint64) *fakeChain {
	return &fakeChain{Fake: chainio.NewFake(), head: head, tasks: map[uint32]taskmanager.ITaskManagerTaskRecord{}, timeErrs: map[uint64]error{},
		hosts: map[uint64][]string{}, stakes: map[common.Hash]*big.Int{}}
}

func (c *fakeChain) BlockNumber(context.Context) (uint64, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.head, c.headErr
}

func (c *fakeChain) BlockTime(_ context.Context, b uint64) (uint64, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.timeErrs[b]; err != nil {
		return 0, err
	}
	return 1_700_000_000 + b, nil
}

func (c *fakeChain) Task(_ context.Context, id uint32) (taskmanager.ITaskManagerTaskRecord, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.tasks[id], nil
}

func (c *fakeChain) setHead(h uint64) {
	c.mu.Lock()
	c.head = h
	c.mu.Unlock()
}

// put records task t as pending under id (replacing what the id held: a reorg).
func (c *fakeChain) put(t *testing.T, id uint32, task protocol.Task) [32]byte {
	t.Helper()
	codec, err := protocol.NewCodec()
	if err != nil {
		t.Fatal(err)
	}
	h, err := codec.TaskHash(task)
	if err != nil {
		t.Fatal(err)
	}
	c.mu.Lock()
	c.tasks[id] = taskmanager.ITaskManagerTaskRecord{TaskHash: h, State: uint8(onchain.TaskPending)}
	c.mu.Unlock()
	return h
}

// fakeAggregator records the signed responses posted to it.
type fakeAggregator struct {
	srv  *httptest.Server
	mu   sync.Mutex
	got  []protocol.SignedResponse
	raw  [][]byte
	code int // reply status; 202 by default
}

func newFakeAggregator(t *testing.T) *fakeAggregator {
	a := &fakeAggregator{code: http.StatusAccepted}
	a.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		var sr protocol.SignedResponse
		if err := json.Unmarshal(b, &sr); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		a.mu.Lock()
		code := a.code
		if code == http.StatusAccepted {
			a.got = append(a.got, sr)
			a.raw = append(a.raw, b)
		}
		a.mu.Unlock()
		w.WriteHeader(code)
	}))
	t.Cleanup(a.srv.Close)
	return a
}

func (a *fakeAggregator) setCode(c int) {
	a.mu.Lock()
	a.code = c
	a.mu.Unlock()
}

func (a *fakeAggregator) responses() []protocol.SignedResponse {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]protocol.SignedResponse(nil), a.got...)
}

func (a *fakeAggregator) rawFor(id uint32) [][]byte {
	a.mu.Lock()
	defer a.mu.Unlock()
	var out [][]byte
	for i, r := range a.got {
		if r.TaskID == id {
			out = append(out, a.raw[i])
		}
	}
	return out
}

// echoWat copies stdin to stdout.
const echoWat = `(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "_start") (local $n i32)
    (loop $l
      (i32.store (i32.const 0) (i32.const 1024))
      (i32.store (i32.const 4) (i32.const 4096))
      (drop (call $fd_read (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 8)))
      (local.set $n (i32.load (i32.const 8)))
      (if (i32.gt_u (local.get $n) (i32.const 0))
        (then
          (i32.store (i32.const 4) (local.get $n))
          (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
          (br $l))))))`

// fixture is what the node tests share: a module directory with the echo module, a fake
// chain and aggregator, and a BLS key.
type fixture struct {
	t      *testing.T
	modDir string
	module []byte
	uri    string
	chain  *fakeChain
	agg    *fakeAggregator
	key    *bls.KeyPair
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	mod, err := wasmtime.Wat2Wasm(echoWat)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "echo.wasm")
	if err := os.WriteFile(p, mod, 0o644); err != nil {
		t.Fatal(err)
	}
	kp, err := bls.GenRandomBlsKeys()
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{t: t, modDir: dir, module: mod, uri: "file://" + p, chain: newFakeChain(100), agg: newFakeAggregator(t), key: kp}
}

var testTaskManager = common.HexToAddress("0x00000000000000000000000000000000000000aa")

// node builds a node on dataDir against the fixture's chain and aggregator.
func (f *fixture) node(dataDir string, mod func(*Config)) *Node {
	f.t.Helper()
	cfg := Config{DataDir: dataDir, AggregatorURL: f.agg.srv.URL, TaskManager: testTaskManager, MaxConcurrent: 2,
		MaxMemoryBytes: 64 << 20, PollInterval: 10 * time.Millisecond,
		Fetch: FetchConfig{FileDirs: []string{f.modDir}, PerURITimeout: time.Second, TotalTimeout: time.Second}}
	if mod != nil {
		mod(&cfg)
	}
	n, err := build(cfg, f.chain, big.NewInt(31337), Keys{BLS: f.key}, zerolog.Nop())
	if err != nil {
		f.t.Fatal(err)
	}
	n.queue.retryBase, n.queue.retryMax = 5*time.Millisecond, 50*time.Millisecond
	return n
}

// task is a task running the echo module on input, due at deadline.
func (f *fixture) task(input string, deadline uint32) protocol.Task {
	return protocol.Task{FunctionId: 1, ModuleDigest: modstore.Sum(f.module), Runtime: uint8(onchain.RuntimeWasm), Environment: engine.WasmEnvironment(),
		Limits:      taskmanager.ITaskManagerResourceLimits{Fuel: 10_000_000, MemoryBytes: 1 << 20, WallTimeMs: 10_000, MaxOutputBytes: 4096},
		InputDigest: crypto.Keccak256Hash([]byte(input)), QuorumNumbers: []byte{0}, QuorumThresholdPercentage: 60,
		ReferenceBlock: 1, DeadlineBlock: deadline, Fee: big.NewInt(0)}
}

// event is a TaskCreated for task under id, recorded on the fake chain.
func (f *fixture) event(id uint32, task protocol.Task, input string) taskwatch.Event {
	f.chain.put(f.t, id, task)
	return taskwatch.Event{TaskID: id, Task: task, Input: []byte(input), ModuleURIs: []string{f.uri}, Block: uint64(task.ReferenceBlock)}
}

// runQueue runs n's workers until the test ends.
func runQueue(t *testing.T, n *Node) (stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); n.runQueue(ctx) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			<-done
			n.sender.wait()
			n.zk.wait()
		})
	}
	t.Cleanup(stop)
	return stop
}

// eventually waits for cond; the timeout only bounds a broken test, it measures nothing.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func skippedCount(n *Node, reason string) float64 {
	var m dto.Metric
	if err := n.metrics.skipped.WithLabelValues(reason).Write(&m); err != nil {
		return -1
	}
	return m.GetCounter().GetValue()
}

var errRPCDown = errors.New("rpc down")
