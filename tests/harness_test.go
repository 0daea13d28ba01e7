package tests

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"flag"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/chainio/clients"
	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/Layr-Labs/eigensdk-go/logging"
	svcavsregistry "github.com/Layr-Labs/eigensdk-go/services/avsregistry"
	blsagg "github.com/Layr-Labs/eigensdk-go/services/bls_aggregation"
	"github.com/Layr-Labs/eigensdk-go/services/operatorsinfo"
	eigentypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/blockless/avs/aggregator"
	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/chain"
	"github.com/blockless/avs/devnet"
	"github.com/blockless/avs/engine"
	"github.com/blockless/avs/logs"
	"github.com/blockless/avs/operator/keys"
	"github.com/blockless/avs/operator/registration"
	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/protocol/onchain"
	"github.com/blockless/avs/requester"
)

// testOperator is an operator registered through the same code the CLI uses.
type testOperator struct {
	name    string
	key     *ecdsa.PrivateKey
	bls     *bls.KeyPair
	id      eigentypes.OperatorId
	deposit *big.Int
}

type env struct {
	t      testing.TB
	ctx    context.Context
	dn     *devnet.Devnet
	tm     *taskmanager.TaskManager
	tmABI  *abi.ABI
	codec  *protocol.Codec
	log    zerolog.Logger
	eigLog logging.Logger
}

// skipShort skips integration tests under -short (`make check`): a devnet takes anvil and
// seconds to start. `make test` runs them.
func skipShort(t testing.TB) {
	t.Helper()
	if testing.Short() {
		t.Skip("starts a devnet (anvil): skipped under -short; `make test` runs it")
	}
}

// slowTimeout is the -timeout `make test-go` gives this package (GO_TEST_FLAGS).
const slowTimeout = 25 * time.Minute

// skipUnlessSlowTimeout skips a test that takes minutes of devnet time when the test binary's
// -timeout is shorter than slowTimeout: with go test's default of 10 minutes, the package as a
// whole would time out. It reads the flag, not the time left, so which tests run does not
// depend on how fast the machine is.
func skipUnlessSlowTimeout(t *testing.T) {
	t.Helper()
	if f := flag.Lookup("test.timeout"); f != nil {
		if d, ok := f.Value.(flag.Getter).Get().(time.Duration); ok && d != 0 && d < slowTimeout {
			t.Skipf("takes minutes: needs -timeout %v or more (`make test-go` gives it), not %v", slowTimeout, d)
		}
	}
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

func startEnv(t *testing.T, ctx context.Context) *env {
	t.Helper()
	return startEnvOpts(t, ctx, devnet.Options{Dir: t.TempDir()})
}

// startEnvOpts starts a devnet with the given options (benchmarks use interval mining). Unless
// the options say otherwise, the devnet pins this build's WASM environment and, when
// build/emulator/x86emu.wasm exists, the x86 environment of that emulator: what the operators
// started by the tests compute for themselves.
func startEnvOpts(t testing.TB, ctx context.Context, o devnet.Options) *env {
	t.Helper()
	skipShort(t)
	if o.WasmEnvironment == ([32]byte{}) {
		o.WasmEnvironment = engine.WasmEnvironment()
	}
	if o.X86Environment == ([32]byte{}) {
		if emu, err := os.ReadFile(filepath.Join("..", "build", "emulator", "x86emu.wasm")); err == nil {
			o.X86Environment = engine.X86Environment(sha256.Sum256(emu))
		}
	}
	dn, err := devnet.Start(ctx, o)
	if err != nil {
		t.Fatalf("start devnet: %v", err)
	}
	t.Cleanup(dn.Stop)
	tm, err := taskmanager.NewTaskManager(dn.Addresses.AVS.TaskManager, dn.Client)
	if err != nil {
		t.Fatal(err)
	}
	tmABI, err := taskmanager.TaskManagerMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	codec, err := protocol.NewCodec()
	if err != nil {
		t.Fatal(err)
	}
	// BLOCKLESS_TEST_LOG=info (or debug) shows what the services do while debugging a test.
	level := os.Getenv("BLOCKLESS_TEST_LOG")
	if level == "" {
		level = "warn"
	}
	log := logs.Stderr(level, false)
	return &env{t: t, ctx: ctx, dn: dn, tm: tm, tmABI: tmABI, codec: codec, log: log, eigLog: logs.Eigen(log)}
}

func (e *env) registrationConfig() registration.Config {
	a := e.dn.Addresses
	return registration.Config{RPCURL: a.RPCURL, WSURL: a.WSURL, ChainID: a.ChainID,
		RegistryCoordinator: a.AVS.RegistryCoordinator, OperatorStateRetriever: a.AVS.OperatorStateRetriever,
		ServiceManager: a.AVS.ServiceManager, Quorums: []uint8{0}, Socket: "127.0.0.1:0", MetadataURL: "https://example.invalid/op.json"}
}

// registerOperators creates keystores, funds the accounts and registers each operator with
// the given deposit, exactly as `operator keys create` + `operator register --deposit --mint` do.
func (e *env) registerOperators(deposits ...int64) []*testOperator {
	e.t.Helper()
	store := keys.Store{Dir: e.t.TempDir()}
	var ops []*testOperator
	for i, d := range deposits {
		name := fmt.Sprintf("op%d", i+1)
		addr, err := store.CreateECDSA(name, "pw", keys.LightKDF)
		if err != nil {
			e.t.Fatal(err)
		}
		if _, err := store.CreateBLS(name, "pw", keys.LightKDF); err != nil {
			e.t.Fatal(err)
		}
		if err := e.dn.Fund(e.ctx, ether(1), addr); err != nil {
			e.t.Fatal(err)
		}
		key, err := store.LoadECDSA(name, "pw")
		if err != nil {
			e.t.Fatal(err)
		}
		kp, err := store.LoadBLS(name, "pw")
		if err != nil {
			e.t.Fatal(err)
		}
		c, err := registration.Dial(e.ctx, e.registrationConfig(), key, e.log)
		if err != nil {
			e.t.Fatalf("%s: dial: %v", name, err)
		}
		steps, err := c.Register(e.ctx, kp, &registration.DepositRequest{Strategy: e.dn.Addresses.EigenLayer.Strategy, Amount: ether(d), Mint: true})
		c.Close()
		if err != nil {
			e.t.Fatalf("%s: register: %v (steps %v)", name, err, steps)
		}
		ops = append(ops, &testOperator{name: name, key: key, bls: kp, id: eigentypes.OperatorIdFromKeyPair(kp), deposit: ether(d)})
	}
	return ops
}

// sdkAggregator wraps eigensdk-go's BLS aggregation service over this devnet's registries.
type sdkAggregator struct {
	svc   *blsagg.BlsAggregatorService
	codec *protocol.Codec
}

// signedTask is what operators sign: the digest binds chain, TaskManager, task and response.
type signedTask struct {
	task     protocol.Task
	response protocol.Response
}

// avsRegistryService is eigensdk-go's AVS registry service on the devnet, for a BLS
// aggregation service of the tests' own.
func (e *env) avsRegistryService() *svcavsregistry.AvsRegistryServiceChainCaller {
	e.t.Helper()
	a := e.dn.Addresses
	rc, err := clients.BuildReadClients(clients.BuildAllConfig{EthHttpUrl: a.RPCURL, EthWsUrl: a.WSURL, AvsName: "blockless",
		PromMetricsIpPortAddress: "127.0.0.1:0", RegistryCoordinatorAddr: a.AVS.RegistryCoordinator.Hex(),
		OperatorStateRetrieverAddr: a.AVS.OperatorStateRetriever.Hex(), ServiceManagerAddress: a.AVS.ServiceManager.Hex()}, e.eigLog)
	if err != nil {
		e.t.Fatalf("aggregator read clients: %v", err)
	}
	info := operatorsinfo.NewOperatorsInfoServiceInMemory(e.ctx, rc.AvsRegistryChainSubscriber, rc.AvsRegistryChainReader, nil,
		operatorsinfo.Opts{}, e.eigLog)
	return svcavsregistry.NewAvsRegistryServiceChainCaller(rc.AvsRegistryChainReader, info, e.eigLog)
}

func (e *env) newAggregator() *sdkAggregator {
	e.t.Helper()
	avsSvc := e.avsRegistryService()
	a := e.dn.Addresses
	chainID := e.dn.ChainID
	tmAddr := a.AVS.TaskManager
	hash := func(r eigentypes.TaskResponse) (eigentypes.TaskResponseDigest, error) {
		st, ok := r.(signedTask)
		if !ok {
			return eigentypes.TaskResponseDigest{}, fmt.Errorf("unexpected response type %T", r)
		}
		return e.codec.ResponseDigest(chainID, tmAddr, st.task, st.response)
	}
	return &sdkAggregator{svc: blsagg.NewBlsAggregatorService(avsSvc, hash, e.eigLog), codec: e.codec}
}

// aggregate collects signatures from signers for (task, response) and returns the certificate.
// threshold is the off-chain threshold the aggregation waits for.
func (e *env) aggregate(agg *sdkAggregator, taskID uint32, task protocol.Task, resp protocol.Response, threshold uint8, signers ...*testOperator) protocol.Certificate {
	e.t.Helper()
	// The task's own quorums (every test task but the slashable-quorum ones uses quorum 0).
	var quorums eigentypes.QuorumNums
	var thresholds eigentypes.QuorumThresholdPercentages
	for _, q := range task.QuorumNumbers {
		quorums = append(quorums, eigentypes.QuorumNum(q))
		thresholds = append(thresholds, eigentypes.QuorumThresholdPercentage(threshold))
	}
	meta := blsagg.NewTaskMetadata(taskID, task.ReferenceBlock, quorums, thresholds, 30*time.Second)
	if err := agg.svc.InitializeNewTask(meta); err != nil {
		e.t.Fatalf("initialize aggregation: %v", err)
	}
	st := signedTask{task: task, response: resp}
	digest, err := e.codec.ResponseDigest(e.dn.ChainID, e.dn.Addresses.AVS.TaskManager, task, resp)
	if err != nil {
		e.t.Fatal(err)
	}
	done := make(chan blsagg.BlsAggregationServiceResponse, 1)
	go func() { done <- <-agg.svc.GetResponseChannel() }()
	for _, op := range signers {
		sig := op.bls.SignMessage(digest)
		if err := agg.svc.ProcessNewSignature(e.ctx, blsagg.NewTaskSignature(taskID, st, sig, op.id)); err != nil {
			e.t.Fatalf("%s signature rejected: %v", op.name, err)
		}
	}
	select {
	case r := <-done:
		cert, err := aggregator.CertificateFromAggregation(r)
		if err != nil {
			e.t.Fatalf("aggregation of task %d: %v", taskID, err)
		}
		return cert
	case <-time.After(60 * time.Second):
		e.t.Fatalf("no aggregation result for task %d", taskID)
	}
	return protocol.Certificate{}
}

// registerFunction registers a function and returns its id.
func (e *env) registerFunction(minThreshold uint8) uint64 {
	e.t.Helper()
	spec := taskmanager.ITaskManagerFunctionSpec{
		ModuleDigest: crypto.Keccak256Hash([]byte("module")), Runtime: uint8(onchain.RuntimeWasm), Mode: uint8(onchain.ModeQuorum), MinQuorumThreshold: minThreshold,
		Limits: taskmanager.ITaskManagerResourceLimits{Fuel: 1_000_000, MemoryBytes: 16 << 20, WallTimeMs: 1000, MaxOutputBytes: 4096},
		Uris:   []string{"http://127.0.0.1/modules/x"},
	}
	return e.registerSpec(spec)
}

// registerSpec registers a function spec and returns its id.
func (e *env) registerSpec(spec taskmanager.ITaskManagerFunctionSpec) uint64 {
	e.t.Helper()
	r := e.send("registerFunction", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.tm.RegisterFunction(o, requester.Unpriced(spec))
	})
	for _, l := range r.Logs {
		if ev, err := e.tm.ParseFunctionRegistered(*l); err == nil {
			return ev.FunctionId
		}
	}
	e.t.Fatal("no FunctionRegistered event")
	return 0
}

// minTaskFee reads the TaskManager's minimum task fee.
func (e *env) minTaskFee() *big.Int {
	e.t.Helper()
	fee, err := e.tm.MinTaskFee(&bind.CallOpts{Context: e.ctx})
	if err != nil {
		e.t.Fatalf("minTaskFee: %v", err)
	}
	return fee
}

// createTask creates a task paying the minimum fee and returns its id and the Task as emitted.
func (e *env) createTask(functionID uint64, input []byte, threshold uint8, window uint32) (uint32, protocol.Task) {
	e.t.Helper()
	return e.createTaskReq(taskmanager.ITaskManagerTaskRequest{FunctionId: functionID, Input: input, QuorumNumbers: []byte{0},
		QuorumThresholdPercentage: threshold, ResponseWindowBlocks: window})
}

// createTaskReq creates a task from a full request (callback included) paying the minimum fee.
func (e *env) createTaskReq(req taskmanager.ITaskManagerTaskRequest) (uint32, protocol.Task) {
	e.t.Helper()
	return e.createTaskPaying(req, e.minTaskFee())
}

// createTaskPaying creates a task from a full request with the given deposit.
func (e *env) createTaskPaying(req taskmanager.ITaskManagerTaskRequest, fee *big.Int) (uint32, protocol.Task) {
	e.t.Helper()
	r := e.send("createTask", func(o *bind.TransactOpts) (*types.Transaction, error) {
		o.Value = fee
		return e.tm.CreateTask(o, req)
	})
	for _, l := range r.Logs {
		if ev, err := e.tm.ParseTaskCreated(*l); err == nil {
			return ev.TaskId, ev.Task
		}
	}
	e.t.Fatal("no TaskCreated event")
	return 0, protocol.Task{}
}

// respond submits a response; it returns the receipt or the decoded revert.
func (e *env) respond(task protocol.Task, resp protocol.Response, cert protocol.Certificate) (*types.Receipt, error) {
	opts, err := chain.TransactOpts(e.ctx, e.dn.Owner, e.dn.ChainID)
	if err != nil {
		return nil, err
	}
	tx, err := e.tm.RespondToTask(opts, task, resp, cert)
	if err != nil {
		return nil, fmt.Errorf("%s", chain.DescribeError(err, e.tmABI))
	}
	return chain.WaitMined(e.ctx, e.dn.Client, tx, "respondToTask", e.tmABI)
}

func (e *env) send(what string, f func(*bind.TransactOpts) (*types.Transaction, error)) *types.Receipt {
	e.t.Helper()
	opts, err := chain.TransactOpts(e.ctx, e.dn.Owner, e.dn.ChainID)
	if err != nil {
		e.t.Fatal(err)
	}
	tx, err := f(opts)
	if err != nil {
		e.t.Fatalf("%s: %s", what, chain.DescribeError(err, e.tmABI))
	}
	r, err := chain.WaitMined(e.ctx, e.dn.Client, tx, what, e.tmABI)
	if err != nil {
		e.t.Fatal(err)
	}
	return r
}

// waitAnswered waits for a task to be answered on chain and fails the test when it ends
// otherwise or does not end within timeout.
func waitAnswered(t testing.TB, ctx context.Context, rq *requester.Client, id uint32, timeout time.Duration) requester.Result {
	t.Helper()
	wctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	r, err := rq.Wait(wctx, id, 250*time.Millisecond)
	if err != nil {
		t.Fatalf("task %d: %v", id, err)
	}
	if r.State != onchain.TaskResponded {
		t.Fatalf("task %d ended %s, want answered", id, r.State)
	}
	return r
}
