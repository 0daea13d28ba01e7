package aggregator

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	opstateretriever "github.com/Layr-Labs/eigensdk-go/contracts/bindings/OperatorStateRetriever"
	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	eigentypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/committee"
	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/protocol/onchain"
	"github.com/blockless/avs/taskwatch"
)

// errRPCDown is what the fake chain answers while "down".
var errRPCDown = errors.New("dial tcp 10.1.2.3:8545: connect: connection refused")

// fakeChain is an in-memory TaskManager + head.
type fakeChain struct {
	mu        sync.Mutex
	head      uint64
	down      bool
	tasks     map[uint32]taskmanager.ITaskManagerTaskRecord
	functions map[uint64]taskmanager.ITaskManagerFunctionRecord
	getTask   int
	forks     map[uint64]int // blocks at and above a key were replaced that many times
	tables    map[uint64]*committee.Table
}

func newFakeChain() *fakeChain {
	return &fakeChain{head: 100, tasks: map[uint32]taskmanager.ITaskManagerTaskRecord{},
		functions: map[uint64]taskmanager.ITaskManagerFunctionRecord{}}
}

func (c *fakeChain) setDown(v bool) { c.mu.Lock(); c.down = v; c.mu.Unlock() }

func (c *fakeChain) BlockNumber(context.Context) (uint64, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.down {
		return 0, errRPCDown
	}
	return c.head, nil
}

func (c *fakeChain) GetTask(_ context.Context, id uint32) (taskmanager.ITaskManagerTaskRecord, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.getTask++
	if c.down {
		return taskmanager.ITaskManagerTaskRecord{}, errRPCDown
	}
	return c.tasks[id], nil
}

func (c *fakeChain) GetFunction(_ context.Context, id uint64) (taskmanager.ITaskManagerFunctionRecord, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.down {
		return taskmanager.ITaskManagerFunctionRecord{}, errRPCDown
	}
	return c.functions[id], nil
}

func (c *fakeChain) FindResponse(_ context.Context, id uint32, _ uint64) (common.Hash, uint64, common.Hash, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	r := c.tasks[id]
	if chainState(r) != onchain.TaskResponded {
		return common.Hash{}, 0, common.Hash{}, fmt.Errorf("no TaskResponded event for task %d", id)
	}
	return common.Hash{0xee}, uint64(r.RespondedBlock), r.ResponseDigest, nil
}

func (c *fakeChain) BlockTime(_ context.Context, block uint64) (uint64, error) { return block * 2, nil }

// BlockHash is derived from the height and the reorganisations that replaced it.
func (c *fakeChain) BlockHash(_ context.Context, block uint64) (common.Hash, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.down {
		return common.Hash{}, errRPCDown
	}
	if block > c.head {
		return common.Hash{}, fmt.Errorf("header %d: not found", block)
	}
	fork := 0
	for from, n := range c.forks {
		if block >= from {
			fork += n
		}
	}
	return crypto.Keccak256Hash([]byte(fmt.Sprintf("block %d fork %d", block, fork))), nil
}

func (c *fakeChain) CommitteeTable(_ context.Context, id uint64) (*committee.Table, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.down {
		return nil, errRPCDown
	}
	if t := c.tables[id]; t != nil {
		return t, nil
	}
	return nil, fmt.Errorf("committee table %d: unknown", id)
}

// reorg replaces every block from `from` on (their hashes change). c.mu held.
func (c *fakeChain) reorg(from uint64) {
	if c.forks == nil {
		c.forks = map[uint64]int{}
	}
	c.forks[from]++
}

// fakeSender records transactions; the funcs decide the outcomes.
type fakeSender struct {
	mu         sync.Mutex
	responds   int
	expires    int
	proofs     int
	respondErr func(n int) error // nil: mined
	expireErr  func(n int) error
	proofErr   func(n int) error
	batches    [][]uint32                      // task ids of every respondToTasks call
	committee  []protocol.CommitteeCertificate // every respondToTasksByCommittee's certificate
	// committeeTasks holds the task ids of every respondToTasksByCommittee call.
	committeeTasks [][]uint32
	batchErr       func(n int) error // nil: mined
	// proofGate, when set, holds every respondWithProof until a value is received from it (the
	// transaction "being mined").
	proofGate chan struct{}
}

func (f *fakeSender) address() common.Address { return common.Address{0xa9} }

func receipt() *types.Receipt {
	return &types.Receipt{TxHash: common.Hash{0x70}, BlockNumber: big.NewInt(105), GasUsed: 300_000, Status: 1}
}

func (f *fakeSender) respond(context.Context, protocol.Task, protocol.Response, protocol.Certificate, *types.Transaction) (*types.Transaction, *types.Receipt, error) {
	f.mu.Lock()
	f.responds++
	n, fn := f.responds, f.respondErr
	f.mu.Unlock()
	if fn != nil {
		if err := fn(n); err != nil {
			return nil, nil, err
		}
	}
	return nil, receipt(), nil
}

func (f *fakeSender) respondCommittee(_ context.Context, _ []protocol.Task, resps []protocol.Response, cert protocol.CommitteeCertificate, _ *types.Transaction) (*types.Transaction, *types.Receipt, error) {
	ids := make([]uint32, len(resps))
	for i, r := range resps {
		ids[i] = r.TaskId
	}
	f.mu.Lock()
	f.committee = append(f.committee, cert)
	f.committeeTasks = append(f.committeeTasks, ids)
	f.mu.Unlock()
	return nil, receipt(), nil
}

func (f *fakeSender) expire(context.Context, uint32, protocol.Task) (*types.Transaction, *types.Receipt, error) {
	f.mu.Lock()
	f.expires++
	n, fn := f.expires, f.expireErr
	f.mu.Unlock()
	if fn != nil {
		if err := fn(n); err != nil {
			return nil, nil, err
		}
	}
	tx := types.NewTx(&types.LegacyTx{Nonce: uint64(n)})
	return tx, &types.Receipt{TxHash: tx.Hash(), BlockNumber: big.NewInt(151), Status: 1}, nil
}

func (f *fakeSender) respondWithProof(ctx context.Context, _ protocol.Task, _ protocol.Response, _ []byte, _ *types.Transaction) (*types.Transaction, *types.Receipt, error) {
	f.mu.Lock()
	f.proofs++
	n, fn, gate := f.proofs, f.proofErr, f.proofGate
	f.mu.Unlock()
	if gate != nil {
		select {
		case <-gate:
		case <-ctx.Done():
			return nil, nil, ctx.Err()
		}
	}
	if fn != nil {
		if err := fn(n); err != nil {
			return nil, nil, err
		}
	}
	return nil, receipt(), nil
}

func (f *fakeSender) respondTasks(_ context.Context, tasks []protocol.Task, resps []protocol.Response, _ uint32, _ protocol.Certificate, _ *types.Transaction) (*types.Transaction, *types.Receipt, error) {
	ids := make([]uint32, len(resps))
	for i, r := range resps {
		ids[i] = r.TaskId
	}
	f.mu.Lock()
	f.batches = append(f.batches, ids)
	n, fn := len(f.batches), f.batchErr
	f.mu.Unlock()
	if fn != nil {
		if err := fn(n); err != nil {
			return nil, nil, err
		}
	}
	return nil, receipt(), nil
}

func (f *fakeSender) batchCalls() [][]uint32 {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([][]uint32(nil), f.batches...)
}

func (f *fakeSender) counts() (responds, expires, proofs int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.responds, f.expires, f.proofs
}

// fakeRegistry serves a fixed operator set (real BLS keys) at every block.
type fakeRegistry struct {
	ops map[eigentypes.OperatorId]eigentypes.OperatorAvsState
}

func (r *fakeRegistry) GetOperatorsAvsStateAtBlock(_ context.Context, _ eigentypes.QuorumNums, _ eigentypes.BlockNum) (map[eigentypes.OperatorId]eigentypes.OperatorAvsState, error) {
	return r.ops, nil
}

func (r *fakeRegistry) GetQuorumsAvsStateAtBlock(_ context.Context, quorums eigentypes.QuorumNums, block eigentypes.BlockNum) (map[eigentypes.QuorumNum]eigentypes.QuorumAvsState, error) {
	return nil, errors.New("fake registry: not pinned")
}

func (r *fakeRegistry) GetCheckSignaturesIndices(*bind.CallOpts, eigentypes.BlockNum, eigentypes.QuorumNums, []eigentypes.OperatorId) (opstateretriever.OperatorStateRetrieverCheckSignaturesIndices, error) {
	return opstateretriever.OperatorStateRetrieverCheckSignaturesIndices{}, nil
}

// fakeFetcher serves URIs from a map and counts fetches.
type fakeFetcher struct {
	mu    sync.Mutex
	data  map[string][]byte
	calls int
}

func (f *fakeFetcher) First(_ context.Context, uris []string, maxBytes int64, accept func([]byte) error) ([]byte, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls++
	for _, u := range uris {
		if b, ok := f.data[u]; ok && int64(len(b)) <= maxBytes && accept(b) == nil {
			return b, nil
		}
	}
	return nil, errors.New("fetch: nothing acceptable")
}

type testOperator struct {
	kp *bls.KeyPair
	id common.Hash
}

// env is a Service on fakes, with three operators of stake 10, 20 and 30 in quorum 0.
type env struct {
	t       testing.TB
	s       *Service
	chain   *fakeChain
	sender  *fakeSender
	fetcher *fakeFetcher
	ops     []testOperator
	ctx     context.Context
	stop    func() // stops the service and closes its store (a restart test opens it again)
}

func newEnv(t testing.TB, mutate ...func(*Config)) *env {
	t.Helper()
	key, err := crypto.HexToECDSA("4f3edf983ac636a65a842ce7c78d9aa706d3b113bce9c46f30d7d21715b23b1d")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	cfg := Config{RPCURL: "http://unused", WSURL: "ws://unused", TaskManager: common.Address{0x7a},
		RegistryCoordinator: common.Address{1}, OperatorStateRetriever: common.Address{2}, ServiceManager: common.Address{3},
		Key: key, DataDir: dir, ExpireTasks: true, PollInterval: 10 * time.Millisecond, BlockTime: time.Second}
	for _, m := range mutate {
		m(&cfg)
	}
	cfg.applyDefaults()
	if err := cfg.validate(); err != nil {
		t.Fatal(err)
	}
	reg := &fakeRegistry{ops: map[eigentypes.OperatorId]eigentypes.OperatorAvsState{}}
	e := &env{t: t, chain: newFakeChain(), sender: &fakeSender{}, fetcher: &fakeFetcher{data: map[string][]byte{}}}
	for i, stake := range []int64{10, 20, 30} {
		kp, err := bls.NewKeyPairFromString(fmt.Sprint(1000 + i))
		if err != nil {
			t.Fatal(err)
		}
		id := eigentypes.OperatorIdFromG1Pubkey(kp.GetPubKeyG1())
		reg.ops[id] = eigentypes.OperatorAvsState{OperatorId: id,
			OperatorInfo:   eigentypes.OperatorInfo{Pubkeys: eigentypes.OperatorPubkeys{G1Pubkey: kp.GetPubKeyG1(), G2Pubkey: kp.GetPubKeyG2()}},
			StakePerQuorum: map[eigentypes.QuorumNum]*big.Int{0: new(big.Int).Mul(big.NewInt(stake), big.NewInt(1e18))}}
		e.ops = append(e.ops, testOperator{kp: kp, id: common.Hash(id)})
	}
	e.s, err = newService(cfg, zerolog.Nop(), deps{chainID: big.NewInt(31337), chain: e.chain, sub: e.sender, registry: reg, fetcher: e.fetcher})
	if err != nil {
		t.Fatal(err)
	}
	e.s.retryBase = 5 * time.Millisecond
	e.s.head.Store(e.chain.head)
	ctx, cancel := context.WithCancel(context.Background())
	e.ctx = ctx
	done := make(chan struct{})
	go e.s.drain(done)
	e.s.wg.Go(func() { e.s.resultLoop(ctx) })
	e.s.wg.Go(func() { e.s.proofLoop(ctx) })
	e.s.wg.Go(func() { e.s.batchLoop(ctx) })
	var once sync.Once
	e.stop = func() {
		once.Do(func() {
			cancel()
			e.s.wg.Wait()
			close(done)
			e.s.close()
		})
	}
	t.Cleanup(e.stop)
	return e
}

// testTask is a task of function 1 in quorum 0, deadline 150, fee 5.
func testTask(salt byte) protocol.Task {
	return protocol.Task{FunctionId: 1, ModuleDigest: [32]byte{0xab}, InputDigest: [32]byte{salt}, QuorumNumbers: []byte{0},
		QuorumThresholdPercentage: 60, ReferenceBlock: 99, DeadlineBlock: 150, Fee: big.NewInt(5)}
}

// create delivers TaskCreated for task id (registering it on the fake chain) and waits until
// the aggregator has loaded its operator set.
func (e *env) create(id uint32, task protocol.Task) {
	e.t.Helper()
	h, err := e.s.codec.TaskHash(task)
	if err != nil {
		e.t.Fatal(err)
	}
	e.chain.mu.Lock()
	e.chain.tasks[id] = taskmanager.ITaskManagerTaskRecord{TaskHash: h, State: uint8(onchain.TaskPending)}
	e.chain.mu.Unlock()
	if err := e.s.handleEvents(e.ctx, []taskwatch.Event{{TaskID: id, Task: task, Block: 100}}, 100); err != nil {
		e.t.Fatal(err)
	}
	if task.Fee != nil && e.s.cfg.MinFee != nil && task.Fee.Cmp(e.s.cfg.MinFee) < 0 {
		return
	}
	e.waitFor(func() bool {
		t := e.s.task(id)
		if t == nil {
			return false
		}
		t.mu.Lock()
		defer t.mu.Unlock()
		return t.set != nil && t.hash == h
	}, "task %d loaded", id)
}

func (e *env) waitFor(cond func() bool, format string, args ...any) {
	e.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			e.t.Fatalf("timed out waiting for: "+format, args...)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// signed is operator i's response to task with output out.
func (e *env) signed(i int, id uint32, task protocol.Task, out string) protocol.SignedResponse {
	e.t.Helper()
	resp := protocol.NewResponse(id, 0, []byte(out))
	d, err := e.s.codec.ResponseDigest(e.s.chainID, e.s.cfg.TaskManager, task, resp)
	if err != nil {
		e.t.Fatal(err)
	}
	return protocol.NewSignedResponse(resp, d, e.ops[i].kp, e.ops[i].id)
}

// post sends a body to path through the real handler.
func (e *env) post(path string, body []byte) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodPost, path, bytes.NewReader(body))
	rec := httptest.NewRecorder()
	e.s.Handler().ServeHTTP(rec, req)
	return rec
}

func (e *env) postJSON(path string, v any) *httptest.ResponseRecorder {
	e.t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		e.t.Fatal(err)
	}
	return e.post(path, b)
}

func (e *env) record(id uint32) TaskRecord {
	e.t.Helper()
	rec, ok, err := e.s.store.Task(id)
	if err != nil || !ok {
		e.t.Fatalf("task %d: %v %v", id, ok, err)
	}
	return rec
}
