package tests

// Fault tests: the devnet, the operators and the aggregator under failures of the chain
// endpoint, chain reorganisations and crashes. Each asserts that no task is lost (every task
// ends answered on chain, or expired on chain with the aggregator giving the reason) and none
// is doubled (one TaskResponded per task; no operator signs two different responses to one
// task).

import (
	"context"
	"fmt"
	"math/big"
	"math/rand"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/blockless/avs/aggregator"
	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/chain"
	"github.com/blockless/avs/devnet"
	"github.com/blockless/avs/internal/backoff"
	"github.com/blockless/avs/operator/keys"
	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/protocol/onchain"
	"github.com/blockless/avs/requester"
)

// TestFaultRPC puts a loopback proxy between the operators + aggregator and anvil, and anvil
// under this test's control: the endpoint refuses connections for a while, then answers 503
// for a while, then anvil is SIGKILLed and restarted on the same port from its persisted state.
// Tasks created during each outage (by a requester that still reaches the chain) are answered
// after it; a task waiting for a signature when anvil dies is answered after the restart.
func TestFaultRPC(t *testing.T) {
	skipUnlessSlowTimeout(t)
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	e := startEnv(t, ctx)
	ops := e.registerOperators(10, 20, 30)
	module := buildOracle(t)
	anvil := takeOverAnvil(t, ctx, e)
	proxy := startRPCProxy(t, fmt.Sprintf("127.0.0.1:%d", anvil.port))
	pe := e.via(proxy.httpURL(), proxy.wsURL())

	ag := pe.runAggregator(t.TempDir(), e.aggregatorKey())
	dirs := []string{t.TempDir(), t.TempDir(), t.TempDir()}
	stops := make([]func(), 3)
	for i, op := range ops {
		stops[i] = pe.startNode(op, ag.url, dirs[i])
	}
	defer func() {
		for _, s := range stops {
			if s != nil {
				s()
			}
		}
	}()
	rq, err := requester.Dial(ctx, e.dn.Addresses.RPCURL, e.dn.Addresses.ChainID, e.dn.Addresses.AVS.TaskManager, e.dn.Owner)
	if err != nil {
		t.Fatal(err)
	}
	defer rq.Close()
	fn := e.oracleFunction(t, rq, module)

	want := map[uint32]string{}
	create := func(n int) uint32 {
		in, out := oracleInput(n)
		c := createOracleTask(t, ctx, rq, fn, in, 60, 100)
		want[c.ID] = out
		return c.ID
	}
	answered := func(what string, ids ...uint32) {
		t.Helper()
		for _, id := range ids {
			if rec, ok := e.waitChainState(t, id, 90*time.Second, onchain.TaskResponded, onchain.TaskExpired); !ok || onchain.TaskState(rec.State) != onchain.TaskResponded {
				v, code := aggView(ag.url, id)
				t.Fatalf("%s: task %d not answered: on-chain state %d, aggregator %d %+v", what, id, rec.State, code, v)
			}
		}
	}

	first := create(0)
	answered("before any fault", first)

	for _, mode := range []proxyMode{proxyRefuse, proxyUnavail} {
		before := proxy.refusals()
		proxy.set(mode)
		ids := []uint32{create(1), create(2)}
		time.Sleep(5 * time.Second)
		if proxy.refusals() == before {
			t.Fatalf("%s: nobody called the RPC endpoint during the outage", mode)
		}
		for _, id := range ids {
			if rec := e.taskOnChain(t, id); onchain.TaskState(rec.State) != onchain.TaskPending {
				t.Fatalf("%s: task %d left state pending (%d) while its operators could not reach the chain", mode, id, rec.State)
			}
		}
		proxy.set(proxyPass)
		answered("after the endpoint "+mode.String(), ids...)
	}

	// op3 down: 10+20 of 60 stake cannot reach 60%, so this task waits for op3 across the crash.
	stops[2]()
	stops[2] = nil
	waiting := create(3)
	waitAggregatorSigs(t, ctx, ag.url, waiting, 2)
	anvil.waitDumped(ctx, time.Now())
	anvil.kill()
	time.Sleep(2 * time.Second) // everyone's calls fail: connection refused behind the proxy
	anvil.start(ctx)
	if rec := e.taskOnChain(t, waiting); onchain.TaskState(rec.State) != onchain.TaskPending {
		t.Fatalf("task %d: state %d after the restart, want pending (persisted before the kill)", waiting, rec.State)
	}
	stops[2] = pe.startNode(ops[2], ag.url, dirs[2])
	after := []uint32{create(4), create(5)}
	answered("after anvil was killed and restarted", append([]uint32{waiting}, after...)...)

	events := e.respondedEvents(t)
	for id, out := range want {
		if state := e.checkEnded(t, ag.url, id, out, events); state != onchain.TaskResponded {
			t.Errorf("task %d: state %d, want answered", id, state)
		}
	}
}

// waitAggregatorSigs waits until the aggregator has stored n signatures for a task.
func waitAggregatorSigs(t testing.TB, ctx context.Context, aggURL string, id uint32, n int) aggregator.TaskView {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		v, code := aggView(aggURL, id)
		if code == http.StatusOK && v.Signatures >= n {
			return v
		}
		if time.Now().After(deadline) || !backoff.Sleep(ctx, 100*time.Millisecond) {
			t.Fatalf("task %d: aggregator has %d signatures (code %d), want %d: %+v", id, v.Signatures, code, n, v)
		}
	}
}

func anvilCall(t testing.TB, ctx context.Context, url string, result any, method string, args ...any) {
	t.Helper()
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.CallContext(ctx, result, method, args...); err != nil {
		t.Fatalf("%s: %v", method, err)
	}
}

// TestFaultReorg runs operators with confirmations 0 on purpose, so they act on blocks that a
// reorganisation then removes.
//
// First the block with a TaskCreated is rolled back after two operators signed that task, and a
// different task takes the same id: it must be answered with the new content's result, by a
// certificate the TaskManager accepts, and no operator may send a signature for the old content
// once the new task exists. Then the block with a respondToTask is rolled back: the aggregator
// must notice the task is pending again and answer it again, or let it expire with a reason;
// it must never stay pending.
func TestFaultReorg(t *testing.T) {
	skipUnlessSlowTimeout(t)
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	e := startEnv(t, ctx)
	ops := e.registerOperators(10, 20, 30)
	module := buildOracle(t)
	ag := e.runAggregator(t.TempDir(), e.aggregatorKey())
	dirs := []string{t.TempDir(), t.TempDir(), t.TempDir()}
	stop1, stop2 := e.startNode(ops[0], ag.url, dirs[0]), e.startNode(ops[1], ag.url, dirs[1])
	defer stop1()
	defer stop2()
	rq, err := requester.Dial(ctx, e.dn.Addresses.RPCURL, e.dn.Addresses.ChainID, e.dn.Addresses.AVS.TaskManager, e.dn.Owner)
	if err != nil {
		t.Fatal(err)
	}
	defer rq.Close()
	fn := e.oracleFunction(t, rq, module)
	rpcURL := e.dn.Addresses.RPCURL
	var stop3 func()
	startOp3 := func() {
		if stop3 == nil {
			stop3 = e.startNode(ops[2], ag.url, dirs[2])
		}
	}
	defer func() {
		if stop3 != nil {
			stop3()
		}
	}()

	t.Run("TaskCreated removed, id reused by another task", func(t *testing.T) {
		oldIn, _ := oracleInput(10)
		old := createOracleTask(t, ctx, rq, fn, oldIn, 60, 50)
		// ops 1 and 2 (30 of 60 stake, below 60%) sign the old content; it cannot be certified.
		waitAggregatorSigs(t, ctx, ag.url, old.ID, 2)
		head, err := e.dn.Client.BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		anvilCall(t, ctx, rpcURL, nil, "anvil_rollback", head-old.Block+1)
		if rec := e.taskOnChain(t, old.ID); onchain.TaskState(rec.State) != onchain.TaskNone {
			t.Fatalf("rollback left task %d in state %d", old.ID, rec.State)
		}
		badBefore := rejected(t, ag.metrics, "bad_signature")
		newIn, newOut := oracleInput(20)
		nw := createOracleTask(t, ctx, rq, fn, newIn, 60, 50)
		if nw.ID != old.ID {
			t.Fatalf("the new task got id %d, not the removed task's %d", nw.ID, old.ID)
		}
		oldHash, _ := e.codec.TaskHash(old.Task)
		newHash, _ := e.codec.TaskHash(nw.Task)
		if oldHash == newHash {
			t.Fatal("old and new task have the same hash")
		}
		startOp3()
		rec, ok := e.waitChainState(t, nw.ID, 60*time.Second, onchain.TaskResponded, onchain.TaskExpired)
		v, code := aggView(ag.url, nw.ID)
		if !ok || onchain.TaskState(rec.State) != onchain.TaskResponded {
			t.Fatalf("task %d (new content) not answered: on-chain state %d; aggregator %d %+v", nw.ID, rec.State, code, v)
		}
		events := e.respondedEvents(t)
		e.checkEnded(t, ag.url, nw.ID, newOut, events)
		v, _ = aggView(ag.url, nw.ID)
		// Operators sign the fuel they metered; take it from the answer (it is checked against the
		// limit on chain) so the digest comparison is about the new task's content and output.
		want := protocol.NewResponse(nw.ID, onchain.StatusOK, []byte(newOut))
		if evs := events[nw.ID]; len(evs) > 0 {
			want.FuelUsed = evs[len(evs)-1].Response.FuelUsed
		}
		if want.FuelUsed == 0 {
			t.Fatalf("task %d answered without metered fuel", nw.ID)
		}
		wantDigest := e.digest(nw.Task, want)
		if rec.ResponseDigest != wantDigest {
			t.Fatalf("on-chain response digest %x, want the new task's %x", rec.ResponseDigest, wantDigest)
		}
		if v.ResponseDigest == nil || *v.ResponseDigest != wantDigest {
			t.Fatalf("aggregator view %+v, want response digest %x", v, wantDigest)
		}
		for _, r := range v.Results {
			if r.Digest != wantDigest {
				t.Errorf("aggregator holds signatures over digest %x (not the new task's) for task %d: %+v", r.Digest, nw.ID, v.Results)
			}
		}
		if bad := rejected(t, ag.metrics, "bad_signature"); bad != badBefore {
			t.Errorf("%d signatures rejected as bad after the new task existed: an operator resent its signature for the removed content", bad-badBefore)
		}
	})

	t.Run("respondToTask removed", func(t *testing.T) {
		startOp3()
		in, out := oracleInput(30)
		c := createOracleTask(t, ctx, rq, fn, in, 60, 50)
		rec, ok := e.waitChainState(t, c.ID, 60*time.Second, onchain.TaskResponded, onchain.TaskExpired)
		if !ok || onchain.TaskState(rec.State) != onchain.TaskResponded {
			v, code := aggView(ag.url, c.ID)
			t.Fatalf("task %d not answered before the reorg: state %d; aggregator %d %+v", c.ID, rec.State, code, v)
		}
		ag.waitState(t, c.ID, aggregator.StateAnswered)
		head, err := e.dn.Client.BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		depth := head - uint64(rec.RespondedBlock) + 1
		anvilCall(t, ctx, rpcURL, nil, "anvil_rollback", depth)
		if rec := e.taskOnChain(t, c.ID); onchain.TaskState(rec.State) != onchain.TaskPending {
			t.Fatalf("rollback of %d blocks left task %d in state %d, want pending", depth, c.ID, rec.State)
		}
		// Answered again while the deadline is ahead...
		rec, ok = e.waitChainState(t, c.ID, 30*time.Second, onchain.TaskResponded, onchain.TaskExpired)
		if !ok {
			// ...or, once the deadline passes, expired with a reason. Never stuck.
			h, _ := e.dn.Client.BlockNumber(ctx)
			if d := uint64(c.Task.DeadlineBlock); h <= d {
				if err := devnet.Mine(ctx, rpcURL, int(d-h+1)); err != nil {
					t.Fatal(err)
				}
			}
			rec, ok = e.waitChainState(t, c.ID, 30*time.Second, onchain.TaskResponded, onchain.TaskExpired)
		}
		v, code := aggView(ag.url, c.ID)
		if !ok {
			t.Fatalf("task %d stuck after its respondToTask was removed: on-chain state %d past the deadline; aggregator %d %+v", c.ID, rec.State, code, v)
		}
		events := e.respondedEvents(t)
		e.checkEnded(t, ag.url, c.ID, out, events)
		if onchain.TaskState(rec.State) == onchain.TaskResponded && v.ResponseTx != nil {
			r, err := e.dn.Client.TransactionReceipt(ctx, *v.ResponseTx)
			if err != nil || r.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("aggregator's responseTx %s is not a successful transaction on the chain: %v", v.ResponseTx.Hex(), err)
			}
		}
	})
}

// rejected reads blockless_aggregator_signatures_rejected_total{reason=...} (0 when absent).
func rejected(t testing.TB, metricsURL, reason string) int {
	t.Helper()
	r, err := http.Get(metricsURL)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Body.Close()
	var b strings.Builder
	buf := make([]byte, 32<<10)
	for {
		n, err := r.Body.Read(buf)
		b.Write(buf[:n])
		if err != nil {
			break
		}
	}
	prefix := `blockless_aggregator_signatures_rejected_total{reason="` + reason + `"} `
	for _, line := range strings.Split(b.String(), "\n") {
		if strings.HasPrefix(line, prefix) {
			n, _ := strconv.ParseFloat(strings.TrimPrefix(line, prefix), 64)
			return int(n)
		}
	}
	return 0
}

// TestFaultKills runs three operators and the aggregator as separate processes (the current
// sources built with go build) and SIGKILLs them at random points (seeded; the seed is logged,
// FAULT_SEED replays one) while 200 tasks are created, restarting each with the same data dir.
// At the end: every task answered (one TaskResponded, the right output) or expired with a
// reason, and no operator sent two different signed responses for one task (every response
// operators sent passed through a recording relay in front of the aggregator).
func TestFaultKills(t *testing.T) {
	skipUnlessSlowTimeout(t)
	const tasks = 200
	const window = 200
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	seed := time.Now().UnixNano()
	if s := os.Getenv("FAULT_SEED"); s != "" {
		var err error
		if seed, err = strconv.ParseInt(s, 10, 64); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("kill schedule seed %d (FAULT_SEED=%d replays it)", seed, seed)
	rng := rand.New(rand.NewSource(seed))

	binDir := t.TempDir()
	operatorBin, aggregatorBin := buildBinaries(t, binDir)
	e := startEnv(t, ctx)
	ops := e.registerOperators(10, 20, 30)
	module := buildOracle(t)

	run := t.TempDir()
	keysDir := filepath.Join(run, "keys")
	store := keys.Store{Dir: keysDir}
	for _, op := range ops {
		if _, err := store.ImportECDSA(op.name, op.key, "pw", keys.LightKDF); err != nil {
			t.Fatal(err)
		}
		if err := store.ImportBLS(op.name, op.bls, "pw", keys.LightKDF); err != nil {
			t.Fatal(err)
		}
	}
	aggAddr, err := store.CreateECDSA("aggregator", "pw", keys.LightKDF)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.dn.Fund(ctx, ether(10), aggAddr); err != nil {
		t.Fatal(err)
	}
	addrFile := filepath.Join(run, "addresses.json")
	if err := e.dn.Addresses.Save(addrFile); err != nil {
		t.Fatal(err)
	}

	aggPort := freeLoopbackPort(t)
	aggURL := fmt.Sprintf("http://127.0.0.1:%d", aggPort)
	aggArgs := []string{"--addresses", addrFile, "--listen", fmt.Sprintf("127.0.0.1:%d", aggPort), "--data-dir", filepath.Join(run, "aggregator"),
		"--ecdsa-keystore", store.ECDSAPath("aggregator"), "--block-time", "1s", "--poll-interval", "200ms", "--log-level", "info"}
	if supportsFlag(aggregatorBin, "--fetch-allow-private") {
		aggArgs = append(aggArgs, "--fetch-allow-private")
	}
	agg := &proc{t: t, name: "aggregator", bin: aggregatorBin, args: aggArgs, env: []string{"BLOCKLESS_AGGREGATOR_PASSWORD=pw"},
		logPath: filepath.Join(run, "aggregator.log")}
	t.Cleanup(agg.kill)
	agg.start()
	if !waitHealthy(ctx, aggURL, 90*time.Second) {
		t.Fatalf("aggregator did not come up:\n%s", agg.logTail(30))
	}
	relay := startRelay(t, aggURL)

	opAllowPrivate := supportsFlag(operatorBin, "--fetch-allow-private", "run")
	procs := []*proc{agg}
	for _, op := range ops {
		cfg := filepath.Join(run, op.name+".yaml")
		if err := os.WriteFile(cfg, []byte("poll_interval: 200ms\nmax_concurrent: 2\nconfirmations: 0\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		args := []string{"run", "--config", cfg, "--name", op.name, "--addresses", addrFile, "--aggregator-url", relay.url,
			"--data-dir", filepath.Join(run, op.name), "--keys-dir", keysDir}
		if opAllowPrivate {
			args = append(args, "--fetch-allow-private")
		}
		p := &proc{t: t, name: op.name, bin: operatorBin, args: args,
			env: []string{"BLOCKLESS_ECDSA_PASSWORD=pw", "BLOCKLESS_BLS_PASSWORD=pw"}, logPath: filepath.Join(run, op.name+".log")}
		t.Cleanup(p.kill)
		p.start()
		procs = append(procs, p)
	}

	rq, err := requester.Dial(ctx, e.dn.Addresses.RPCURL, e.dn.Addresses.ChainID, e.dn.Addresses.AVS.TaskManager, e.dn.Owner)
	if err != nil {
		t.Fatal(err)
	}
	defer rq.Close()
	fn := e.oracleFunction(t, rq, module)
	// One task answered before the chaos starts: every process is up and working.
	in, out := oracleInput(0)
	c0 := createOracleTask(t, ctx, rq, fn, in, 60, window)
	if rec, ok := e.waitChainState(t, c0.ID, 2*time.Minute, onchain.TaskResponded, onchain.TaskExpired); !ok || onchain.TaskState(rec.State) != onchain.TaskResponded {
		t.Fatalf("first task not answered (state %d):\n%s", rec.State, agg.logTail(30))
	}
	want := map[uint32]string{c0.ID: out}

	// Chaos: kill a random process every 0.3-1.5 s and restart it 0.2-1 s later, while the
	// tasks are created (pipelined, one every ~40 ms) and for 20 s after the last one.
	chaosDone := make(chan []string)
	stopChaos := make(chan struct{})
	go func() {
		var log []string
		for {
			select {
			case <-stopChaos:
				chaosDone <- log
				return
			case <-time.After(time.Duration(300+rng.Intn(1200)) * time.Millisecond):
			}
			p := procs[rng.Intn(len(procs))]
			down := time.Duration(200+rng.Intn(800)) * time.Millisecond
			p.kill()
			time.Sleep(down)
			p.start()
			log = append(log, fmt.Sprintf("%s down %s", p.name, down))
		}
	}()
	for id, out := range createPipelined(t, ctx, e, rq, fn, tasks-1, window) {
		want[id] = out
	}
	time.Sleep(20 * time.Second)
	close(stopChaos)
	kills := <-chaosDone
	t.Logf("%d kills: %s", len(kills), strings.Join(kills, ", "))
	for _, p := range procs {
		if !p.running() {
			p.start()
		}
	}
	if !waitHealthy(ctx, aggURL, 90*time.Second) {
		t.Fatalf("aggregator did not come back:\n%s", agg.logTail(30))
	}

	// Let the last tasks be answered, then push every deadline past so the rest expire.
	var last uint32
	for id := range want {
		last = max(last, id)
	}
	lastTask, _ := e.waitChainState(t, last, 90*time.Second, onchain.TaskResponded, onchain.TaskExpired)
	t.Logf("last task %d: state %d", last, lastTask.State)
	if err := devnet.Mine(ctx, e.dn.Addresses.RPCURL, window+1); err != nil {
		t.Fatal(err)
	}
	for id := range want {
		if rec, ok := e.waitChainState(t, id, 60*time.Second, onchain.TaskResponded, onchain.TaskExpired); !ok {
			v, code := aggView(aggURL, id)
			t.Errorf("task %d never ended: on-chain state %d, aggregator %d %+v", id, rec.State, code, v)
		}
	}

	events := e.respondedEvents(t)
	var answeredN, expiredN int
	for id, out := range want {
		switch e.checkEnded(t, aggURL, id, out, events) {
		case onchain.TaskResponded:
			answeredN++
		case onchain.TaskExpired:
			expiredN++
		}
	}
	for id := range events {
		if _, ok := want[id]; !ok {
			t.Errorf("TaskResponded for task %d, which this test never created", id)
		}
	}
	sent := relay.responses()
	for _, c := range conflictingSignatures(sent) {
		t.Errorf("operator signed two different responses: %s", c)
	}
	signedBy := map[common.Hash]int{}
	for _, s := range sent {
		signedBy[s.sr.OperatorID]++
	}
	for _, p := range procs {
		if ex := p.unexpectedExits(); len(ex) > 0 {
			t.Errorf("%s exited on its own %d times: %v\n%s", p.name, len(ex), ex, p.logTail(20))
		}
	}
	batches, inBatches := e.batchesAnswered(t)
	t.Logf("%d tasks: %d answered (%d of them in %d batches), %d expired; %d responses sent by operators (%d operators); process starts: %s",
		len(want), answeredN, inBatches, batches, expiredN, len(sent), len(signedBy), startsSummary(procs))
	if answeredN == 0 {
		t.Errorf("no task answered under the kills")
	}
	if batches == 0 {
		t.Errorf("no batch answered: the kills never hit the batch path (batching is on by default)")
	}
}

// batchesAnswered counts the BatchResponded events and the tasks they answered.
func (e *env) batchesAnswered(t testing.TB) (batches, tasks int) {
	t.Helper()
	it, err := e.tm.FilterBatchResponded(&bind.FilterOpts{Context: e.ctx}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	for it.Next() {
		batches++
		tasks += int(it.Event.Count.Int64())
	}
	return batches, tasks
}

func startsSummary(ps []*proc) string {
	var parts []string
	for _, p := range ps {
		p.mu.Lock()
		parts = append(parts, fmt.Sprintf("%s %d", p.name, p.starts))
		p.mu.Unlock()
	}
	return strings.Join(parts, ", ")
}

// createPipelined sends n createTask transactions without waiting for each receipt (as a busy
// requester would), then reads the receipts; it returns each task id with its expected output.
func createPipelined(t testing.TB, ctx context.Context, e *env, rq *requester.Client, fn uint64, n int, window uint32) map[uint32]string {
	t.Helper()
	opts, err := chain.TransactOpts(ctx, e.dn.Owner, e.dn.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	nonce, err := e.dn.Client.PendingNonceAt(ctx, opts.From)
	if err != nil {
		t.Fatal(err)
	}
	if opts.Value, err = rq.MinTaskFee(ctx); err != nil {
		t.Fatal(err)
	}
	opts.GasLimit = 2_000_000
	outputs := map[common.Hash]string{}
	var txs []*types.Transaction
	for i := 0; i < n; i++ {
		in, out := oracleInput(1000 + i)
		opts.Nonce = new(big.Int).SetUint64(nonce + uint64(i))
		tx, err := rq.TaskManager().CreateTask(opts, taskmanager.ITaskManagerTaskRequest{FunctionId: fn, Input: []byte(in),
			QuorumNumbers: []byte{0}, QuorumThresholdPercentage: 60, ResponseWindowBlocks: window})
		if err != nil {
			t.Fatalf("createTask %d: %v", i, err)
		}
		txs = append(txs, tx)
		outputs[tx.Hash()] = out
		time.Sleep(40 * time.Millisecond)
	}
	ids := map[uint32]string{}
	for _, tx := range txs {
		r, err := chain.WaitMined(ctx, e.dn.Client, tx, "createTask", e.tmABI)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range r.Logs {
			if ev, err := e.tm.ParseTaskCreated(*l); err == nil {
				ids[ev.TaskId] = outputs[tx.Hash()]
			}
		}
	}
	if len(ids) != n {
		t.Fatalf("%d createTask transactions created %d tasks", n, len(ids))
	}
	return ids
}
