package tests

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	eigentypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/blockless/avs/aggregator"
	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/devnet"
	"github.com/blockless/avs/internal/backoff"
	"github.com/blockless/avs/operator/keys"
	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/protocol/onchain"
)

// TestAggregator runs the aggregator service in-process against a real devnet with three
// registered operators (stakes 10/20/30) posting real BLS-signed responses over HTTP.
func TestAggregator(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	e := startEnv(t, ctx)
	ops := e.registerOperators(10, 20, 30)
	fn := e.registerFunction(50)
	key := e.aggregatorKey()
	dataDir := t.TempDir()
	ag := e.runAggregator(dataDir, key)

	t.Run("happy path", func(t *testing.T) {
		id, task := e.createTask(fn, []byte("hello"), 60, 50)
		resp := protocol.NewResponse(id, onchain.StatusOK, []byte("HELLO"))
		for _, op := range ops {
			ag.postAccepted(t, e.signed(op, task, resp))
		}
		rec := e.waitOnChainState(t, id, onchain.TaskResponded)
		v := ag.waitState(t, id, aggregator.StateAnswered)
		digest := e.digest(task, resp)
		if rec.ResponseDigest != digest || v.ResponseDigest == nil || *v.ResponseDigest != digest || v.ResponseTx == nil || v.Signatures != 3 {
			t.Fatalf("answered task: on chain %+v, aggregator %+v", rec, v)
		}
	})

	t.Run("priced function refunds unused fuel", func(t *testing.T) {
		spec := taskmanager.ITaskManagerFunctionSpec{
			ModuleDigest: crypto.Keccak256Hash([]byte("priced module")), Runtime: uint8(onchain.RuntimeWasm), Mode: uint8(onchain.ModeQuorum), MinQuorumThreshold: 50,
			Limits:  taskmanager.ITaskManagerResourceLimits{Fuel: 1_000_000, MemoryBytes: 16 << 20, WallTimeMs: 1000, MaxOutputBytes: 4096},
			Uris:    []string{"http://127.0.0.1/modules/priced"},
			BaseFee: big.NewInt(1e12), FuelPrice: big.NewInt(3e6),
		}
		priced := e.registerSpec(spec)
		deposit := new(big.Int).Add(spec.BaseFee, new(big.Int).Mul(big.NewInt(int64(spec.Limits.Fuel)), spec.FuelPrice))
		if mf := e.minTaskFee(); mf.Cmp(spec.BaseFee) > 0 {
			deposit.Add(deposit, new(big.Int).Sub(mf, spec.BaseFee))
		}
		id, task := e.createTaskPaying(taskmanager.ITaskManagerTaskRequest{FunctionId: priced, Input: []byte("p"), QuorumNumbers: []byte{0},
			QuorumThresholdPercentage: 60, ResponseWindowBlocks: 50}, deposit)
		resp := protocol.NewResponse(id, onchain.StatusOK, []byte("P"))
		resp.FuelUsed = 250_000
		for _, op := range ops {
			ag.postAccepted(t, e.signed(op, task, resp))
		}
		e.waitOnChainState(t, id, onchain.TaskResponded)
		v := ag.waitState(t, id, aggregator.StateAnswered)
		receipt, err := e.dn.Client.TransactionReceipt(ctx, *v.ResponseTx)
		if err != nil {
			t.Fatal(err)
		}
		want := new(big.Int).Mul(big.NewInt(1_000_000-250_000), spec.FuelPrice)
		var refunded *taskmanager.TaskManagerFuelRefunded
		for _, l := range receipt.Logs {
			if ev, err := e.tm.ParseFuelRefunded(*l); err == nil && ev.TaskId == id {
				refunded = ev
			}
		}
		if refunded == nil || refunded.Amount.Cmp(want) != 0 || refunded.Requester != task.Requester {
			t.Fatalf("FuelRefunded %+v, want %v to %s", refunded, want, task.Requester)
		}
	})

	t.Run("wrong output is a non-signer", func(t *testing.T) {
		id, task := e.createTask(fn, []byte("x"), 60, 50)
		good, bad := protocol.NewResponse(id, onchain.StatusOK, []byte("right")), protocol.NewResponse(id, onchain.StatusOK, []byte("wrong"))
		ag.postAccepted(t, e.signed(ops[0], task, bad))
		ag.postAccepted(t, e.signed(ops[1], task, good))
		ag.postAccepted(t, e.signed(ops[2], task, good))
		rec := e.waitOnChainState(t, id, onchain.TaskResponded)
		if rec.ResponseDigest != e.digest(task, good) {
			t.Fatalf("on-chain digest %x, want the majority's %x", rec.ResponseDigest, e.digest(task, good))
		}
		v := ag.waitState(t, id, aggregator.StateAnswered)
		if len(v.Results) != 2 || v.Results[0].Signers != 2 {
			t.Fatalf("results: %+v", v.Results)
		}
	})

	t.Run("below threshold expires", func(t *testing.T) {
		id, task := e.createTask(fn, []byte("b"), 60, 10)
		resp := protocol.NewResponse(id, onchain.StatusOK, []byte("c"))
		ag.postAccepted(t, e.signed(ops[0], task, resp)) // 10 of 60
		if err := devnet.Mine(ctx, e.dn.Addresses.RPCURL, 11); err != nil {
			t.Fatal(err)
		}
		v := ag.waitState(t, id, aggregator.StateExpired)
		if !strings.Contains(v.Reason, "threshold not met: signed 10/60 in quorum 0") {
			t.Fatalf("expiry reason %q", v.Reason)
		}
		rec := e.waitOnChainState(t, id, onchain.TaskExpired) // the aggregator called expireTask
		if v.ExpireTx == nil || onchain.TaskState(rec.State) != onchain.TaskExpired {
			t.Fatalf("expireTask: view %+v, chain %+v", v, rec)
		}
		if code, msg := ag.post(e.signed(ops[2], task, resp)); code != http.StatusGone {
			t.Fatalf("response after expiry: %d %s, want 410", code, msg)
		}
	})

	t.Run("no responses expires", func(t *testing.T) {
		id, _ := e.createTask(fn, []byte("silence"), 60, 5)
		ag.waitSeen(t, id)
		if err := devnet.Mine(ctx, e.dn.Addresses.RPCURL, 6); err != nil {
			t.Fatal(err)
		}
		if v := ag.waitState(t, id, aggregator.StateExpired); v.Reason != "no responses" {
			t.Fatalf("expiry reason %q", v.Reason)
		}
	})

	t.Run("restart mid-task", func(t *testing.T) {
		id, task := e.createTask(fn, []byte("r"), 60, 50)
		resp := protocol.NewResponse(id, onchain.StatusOK, []byte("R"))
		ag.postAccepted(t, e.signed(ops[0], task, resp)) // 10 of 60
		ag.stop(t)
		ag = e.runAggregator(dataDir, key)
		// The stored signature survived: resending it is a duplicate...
		if code, msg := ag.postSeen(t, e.signed(ops[0], task, resp)); code != http.StatusConflict {
			t.Fatalf("resent signature after restart: %d %s, want 409", code, msg)
		}
		// ...and it counts: 10 + 30 of 60 passes 60%, 30 alone would not.
		ag.postAccepted(t, e.signed(ops[2], task, resp))
		e.waitOnChainState(t, id, onchain.TaskResponded)
		if v := ag.waitState(t, id, aggregator.StateAnswered); v.Signatures != 2 {
			t.Fatalf("after restart: %+v", v)
		}
	})

	t.Run("aggregation round renewed before the deadline", func(t *testing.T) {
		// An idle automine chain makes no blocks, so the wall-clock round of eigensdk-go ends
		// long before the deadline block: a new round must pick up the stored signature.
		ag.stop(t)
		ag = e.runAggregator(dataDir, key, func(c *aggregator.Config) { c.BlockTime, c.MinAggregationTTL = time.Millisecond, time.Nanosecond })
		id, task := e.createTask(fn, []byte("slow"), 60, 50)
		resp := protocol.NewResponse(id, onchain.StatusOK, []byte("SLOW"))
		ag.postAccepted(t, e.signed(ops[0], task, resp)) // 10 of 60
		for {
			v, _ := ag.view(t, id)
			if v.Rounds >= 2 {
				break
			}
			if !backoff.Sleep(ctx, 200*time.Millisecond) {
				t.Fatalf("no second aggregation round: %+v", v)
			}
		}
		ag.postAccepted(t, e.signed(ops[2], task, resp)) // 10 + 30 of 60 only with the replayed signature
		e.waitOnChainState(t, id, onchain.TaskResponded)
		ag.waitState(t, id, aggregator.StateAnswered)
	})

	t.Run("bad inputs", func(t *testing.T) {
		id, task := e.createTask(fn, []byte("bad"), 60, 50)
		resp := protocol.NewResponse(id, onchain.StatusOK, []byte("BAD"))
		ag.waitSeen(t, id)
		valid := e.signed(ops[0], task, resp)

		expect := func(what string, wantCode int, body []byte) {
			t.Helper()
			code, msg := ag.postRaw(body)
			if code != wantCode || msg == "" {
				t.Fatalf("%s: %d %q, want %d with an error message", what, code, msg, wantCode)
			}
		}
		mustJSON := func(v any) []byte {
			b, err := json.Marshal(v)
			if err != nil {
				t.Fatal(err)
			}
			return b
		}
		expect("garbage JSON", http.StatusBadRequest, []byte(`{"taskId": 1, "signature": `))
		expect("not an object", http.StatusBadRequest, []byte(`[1,2,3]`))
		expect("trailing data", http.StatusBadRequest, append(mustJSON(valid), []byte(`{}`)...))
		big := append([]byte(`{"taskId":1,"output":"0x`), bytes.Repeat([]byte("ab"), protocol.MaxSignedResponseBytes)...)
		expect("oversized body", http.StatusRequestEntityTooLarge, append(big, []byte(`"}`)...))
		offCurve := valid
		offCurve.Signature = protocol.G1JSON{X: "1", Y: "1"}
		expect("point not on the curve", http.StatusBadRequest, mustJSON(offCurve))
		mismatch := valid
		mismatch.Output = protocol.HexBytes("other")
		expect("output not matching its digest", http.StatusBadRequest, mustJSON(mismatch))
		unknownTask := e.signed(ops[0], task, protocol.NewResponse(999_999, onchain.StatusOK, []byte("BAD")))
		expect("unknown task", http.StatusNotFound, mustJSON(unknownTask))
		answered := valid
		answered.TaskID = 1 // answered in "happy path"
		expect("answered task", http.StatusGone, mustJSON(answered))
		stranger, err := bls.GenRandomBlsKeys()
		if err != nil {
			t.Fatal(err)
		}
		outsider := &testOperator{name: "outsider", bls: stranger, id: eigentypes.OperatorIdFromKeyPair(stranger)}
		expect("unknown operator", http.StatusForbidden, mustJSON(e.signed(outsider, task, resp)))
		forged := e.signed(ops[1], task, resp)
		forged.OperatorID = valid.OperatorID // op2's signature claimed as op1's
		expect("forged signature", http.StatusUnauthorized, mustJSON(forged))
		otherTask := e.signed(ops[0], task, resp)
		otherTask.Signature = e.signed(ops[0], task, protocol.NewResponse(id, onchain.StatusOK, []byte("ELSE"))).Signature
		expect("signature over another response", http.StatusUnauthorized, mustJSON(otherTask))

		if v, _ := ag.view(t, id); v.Signatures != 0 || v.State != aggregator.StatePending {
			t.Fatalf("rejected inputs changed the task: %+v", v)
		}
		ag.postAccepted(t, valid)
		expect("duplicate", http.StatusConflict, mustJSON(valid))
		expect("conflicting second response", http.StatusConflict, mustJSON(e.signed(ops[0], task, protocol.NewResponse(id, onchain.StatusOK, []byte("ELSE")))))

		// Rejections are counted by reason.
		r, err := http.Get(ag.metrics)
		if err != nil {
			t.Fatal(err)
		}
		exposition, _ := io.ReadAll(r.Body)
		r.Body.Close()
		for _, line := range []string{`blockless_aggregator_signatures_rejected_total{reason="bad_signature"} 2`,
			`blockless_aggregator_signatures_rejected_total{reason="unknown_operator"} 1`,
			`blockless_aggregator_signatures_rejected_total{reason="too_large"} 1`} {
			if !strings.Contains(string(exposition), line+"\n") {
				t.Fatalf("metrics lack %q", line)
			}
		}

		// Other endpoints refuse nonsense without harm.
		for path, want := range map[string]int{"/v1/tasks/x": 400, "/v1/tasks/4294967296": 400, "/v1/tasks/999999": 404, "/healthz": 200} {
			r, err := http.Get(ag.url + path)
			if err != nil {
				t.Fatal(err)
			}
			r.Body.Close()
			if r.StatusCode != want {
				t.Fatalf("GET %s: %d, want %d", path, r.StatusCode, want)
			}
		}

		// The task is still answerable: the rejected inputs left nothing behind.
		ag.postAccepted(t, e.signed(ops[2], task, resp))
		e.waitOnChainState(t, id, onchain.TaskResponded)
		if v := ag.waitState(t, id, aggregator.StateAnswered); v.Signatures != 2 || len(v.Results) != 1 {
			t.Fatalf("after bad inputs: %+v", v)
		}
		if code, _ := ag.post(e.signed(ops[1], task, resp)); code != http.StatusGone {
			t.Fatalf("late signature for an answered task: %d, want 410", code)
		}
	})
}

// aggregatorKey creates the aggregator's keystore, funds it, and decrypts it as the CLI does.
func (e *env) aggregatorKey() *ecdsa.PrivateKey {
	e.t.Helper()
	store := keys.Store{Dir: e.t.TempDir()}
	addr, err := store.CreateECDSA("aggregator", "pw", keys.LightKDF)
	if err != nil {
		e.t.Fatal(err)
	}
	if err := e.dn.Fund(e.ctx, ether(1), addr); err != nil {
		e.t.Fatal(err)
	}
	k, err := keys.ReadECDSA(store.ECDSAPath("aggregator"), "pw")
	if err != nil {
		e.t.Fatal(err)
	}
	return k
}

func (e *env) digest(task protocol.Task, resp protocol.Response) [32]byte {
	e.t.Helper()
	d, err := e.codec.ResponseDigest(e.dn.ChainID, e.dn.Addresses.AVS.TaskManager, task, resp)
	if err != nil {
		e.t.Fatal(err)
	}
	return d
}

// signed is what `operator run` posts: the response signed with the operator's BLS key.
func (e *env) signed(op *testOperator, task protocol.Task, resp protocol.Response) protocol.SignedResponse {
	return protocol.NewSignedResponse(resp, e.digest(task, resp), op.bls, op.id)
}

// waitOnChainState polls the TaskManager until the task reaches state.
func (e *env) waitOnChainState(t *testing.T, id uint32, state onchain.TaskState) taskmanager.ITaskManagerTaskRecord {
	t.Helper()
	for {
		rec, err := e.tm.GetTask(&bind.CallOpts{Context: e.ctx}, id)
		if err == nil && onchain.TaskState(rec.State) == state {
			return rec
		}
		if !backoff.Sleep(e.ctx, 100*time.Millisecond) {
			t.Fatalf("task %d never reached on-chain state %d (last %+v, %v)", id, state, rec, err)
		}
	}
}

// runningAggregator is an in-process aggregator service on a free loopback port.
type runningAggregator struct {
	url     string
	metrics string
	ctx     context.Context
	stop    func(t testing.TB)
}

func (e *env) runAggregator(dataDir string, key *ecdsa.PrivateKey, tweaks ...func(*aggregator.Config)) *runningAggregator {
	e.t.Helper()
	cfg := aggregator.ConfigFromAddresses(e.dn.Addresses)
	cfg.Key, cfg.DataDir, cfg.Listen, cfg.MetricsAddr = key, dataDir, "127.0.0.1:0", "127.0.0.1:0"
	cfg.PollInterval, cfg.BlockTime = 100*time.Millisecond, time.Second
	e.devnetFetch(&cfg)
	for _, f := range tweaks {
		f(&cfg)
	}
	svc, err := aggregator.New(e.ctx, cfg, e.log)
	if err != nil {
		e.t.Fatalf("start aggregator: %v", err)
	}
	ctx, cancel := context.WithCancel(e.ctx)
	done := make(chan error, 1)
	go func() { done <- svc.Run(ctx) }()
	stopped := false
	stop := func(t testing.TB) {
		if stopped {
			return
		}
		stopped = true
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("aggregator Run: %v", err)
			}
		case <-time.After(30 * time.Second):
			t.Fatal("aggregator did not stop")
		}
	}
	e.t.Cleanup(func() { stop(e.t) })
	return &runningAggregator{url: "http://" + svc.Addr(), metrics: "http://" + svc.MetricsAddr() + "/metrics", ctx: e.ctx, stop: stop}
}

func (a *runningAggregator) postRaw(body []byte) (int, string) {
	r, err := http.Post(a.url+"/v1/responses", "application/json", bytes.NewReader(body))
	if err != nil {
		return 0, err.Error()
	}
	defer r.Body.Close()
	b, _ := io.ReadAll(r.Body)
	var m map[string]string
	_ = json.Unmarshal(b, &m)
	if m["error"] != "" {
		return r.StatusCode, m["error"]
	}
	return r.StatusCode, m["status"]
}

func (a *runningAggregator) post(sr protocol.SignedResponse) (int, string) {
	b, err := json.Marshal(sr)
	if err != nil {
		return 0, err.Error()
	}
	return a.postRaw(b)
}

// postSeen posts, retrying while the aggregator has not seen or prepared the task yet (404/503),
// as operators do.
func (a *runningAggregator) postSeen(t *testing.T, sr protocol.SignedResponse) (int, string) {
	t.Helper()
	for {
		code, msg := a.post(sr)
		if code != http.StatusNotFound && code != http.StatusServiceUnavailable && code != 0 {
			return code, msg
		}
		if !backoff.Sleep(a.ctx, 100*time.Millisecond) {
			t.Fatalf("task %d: aggregator kept answering %d %s", sr.TaskID, code, msg)
		}
	}
}

func (a *runningAggregator) postAccepted(t *testing.T, sr protocol.SignedResponse) {
	t.Helper()
	if code, msg := a.postSeen(t, sr); code != http.StatusAccepted || msg != "accepted" {
		t.Fatalf("task %d, operator %s: %d %s, want 202 accepted", sr.TaskID, sr.OperatorID.Hex(), code, msg)
	}
}

func (a *runningAggregator) view(t *testing.T, id uint32) (aggregator.TaskView, int) {
	t.Helper()
	r, err := http.Get(fmt.Sprintf("%s/v1/tasks/%d", a.url, id))
	if err != nil {
		t.Fatal(err)
	}
	defer r.Body.Close()
	var v aggregator.TaskView
	if r.StatusCode == http.StatusOK {
		if err := json.NewDecoder(r.Body).Decode(&v); err != nil {
			t.Fatal(err)
		}
	}
	return v, r.StatusCode
}

// waitSeen waits until the aggregator knows the task and has its operator set.
func (a *runningAggregator) waitSeen(t *testing.T, id uint32) {
	t.Helper()
	for {
		if _, code := a.view(t, id); code == http.StatusOK {
			return
		}
		if !backoff.Sleep(a.ctx, 100*time.Millisecond) {
			t.Fatalf("aggregator never saw task %d", id)
		}
	}
}

func (a *runningAggregator) waitState(t *testing.T, id uint32, state aggregator.RecordState) aggregator.TaskView {
	t.Helper()
	for {
		v, code := a.view(t, id)
		if code == http.StatusOK && v.State == state {
			return v
		}
		if !backoff.Sleep(a.ctx, 100*time.Millisecond) {
			t.Fatalf("task %d never reached %s in the aggregator (last %+v)", id, state, v)
		}
	}
}
