package tests

import (
	"context"
	"encoding/binary"
	"math/big"
	"testing"
	"time"

	"github.com/bytecodealliance/wasmtime-go/v44"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/chain"
	"github.com/blockless/avs/committee"
	"github.com/blockless/avs/committee/chainio"
	"github.com/blockless/avs/devnet"
	"github.com/blockless/avs/operator/node"
	"github.com/blockless/avs/requester"
)

// spinWat reads an 8-byte little-endian iteration count from stdin, runs that many rounds of
// a multiply-add (a CPU-bound function whose cost the input sets) and writes the result.
const spinWat = `(module
  (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "_start") (local $n i64) (local $i i64) (local $acc i64)
    (i32.store (i32.const 0) (i32.const 64))
    (i32.store (i32.const 4) (i32.const 8))
    (drop (call $fd_read (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 16)))
    (local.set $n (i64.load (i32.const 64)))
    (local.set $acc (i64.const 7))
    (block $done
      (loop $l
        (br_if $done (i64.ge_u (local.get $i) (local.get $n)))
        (local.set $acc (i64.add (i64.mul (local.get $acc) (i64.const 6364136223846793005)) (local.get $i)))
        (local.set $i (i64.add (local.get $i) (i64.const 1)))
        (br $l)))
    (i64.store (i32.const 64) (local.get $acc))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 16)))))`

// spinIterations makes one execution a few hundred ms of CPU on the devnet machine.
const spinIterations = 300_000_000

// BenchmarkCommitteeThroughput: six operators (stakes 10..60, declared capacities) on a devnet
// mining a block a second, all on this machine's cores, answer a CPU-bound function. With
// "everyone" every operator runs every task (committee size 0: the quorum rule); with
// "committee-k2" only each task's committee of 2 seats does. Reported: tasks/s from the
// first createTasks to the last answer, executions per answered task (tasks the operators
// signed, read from their stores), and gas per task.
// go test ./tests -run '^$' -bench CommitteeThroughput -benchtime 60x
func BenchmarkCommitteeThroughput(b *testing.B) {
	b.Run("everyone", func(b *testing.B) { benchCommittee(b, 0) })
	b.Run("committee-k2", func(b *testing.B) { benchCommittee(b, 2) })
}

func benchCommittee(b *testing.B, k uint16) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	e := startEnvOpts(b, ctx, devnet.Options{Dir: b.TempDir()}) // automine for the set-up
	a := e.dn.Addresses
	ops := e.registerOperators(10, 20, 30, 40, 50, 60)
	for i, op := range ops {
		w, err := chainio.NewWriter(e.dn.Client, a.AVS.CommitteeRegistry, op.key, e.dn.ChainID)
		if err != nil {
			b.Fatal(err)
		}
		c := committee.Capacity{Cores: 1, MemoryMiB: 1024, FuelRate: uint32(6000 + 1000*i), Runtimes: committee.RuntimeWasm}
		if _, err := w.DeclareCapacity(ctx, c); err != nil {
			b.Fatal(err)
		}
	}
	if err := e.dn.MineEvery(ctx, time.Second); err != nil {
		b.Fatal(err)
	}
	storeURL := e.startStore()
	aggURL, stopAgg := e.startAggregator(b.TempDir())
	dirs := make([]string, len(ops))
	stops := make([]func(), len(ops))
	for i, op := range ops {
		dirs[i] = b.TempDir()
		// One execution at a time per operator, as declared: the machine is shared by six.
		stops[i] = e.startNode(op, aggURL, dirs[i], func(c *node.Config) { c.MaxConcurrent = 1 })
	}
	stopAll := func() {
		for _, s := range stops {
			s()
		}
		stopAgg()
	}
	defer stopAll()

	module, err := wasmtime.Wat2Wasm(spinWat)
	if err != nil {
		b.Fatal(err)
	}
	digest, uri, err := testStore(storeURL).Publish(ctx, module)
	if err != nil {
		b.Fatal(err)
	}
	rq, err := requester.Dial(ctx, a.RPCURL, a.ChainID, a.AVS.TaskManager, e.dn.Owner)
	if err != nil {
		b.Fatal(err)
	}
	defer rq.Close()
	fn, _, err := rq.RegisterFunction(ctx, taskmanager.ITaskManagerFunctionSpec{ModuleDigest: digest, MinQuorumThreshold: 50,
		Limits:        taskmanager.ITaskManagerResourceLimits{Fuel: 20_000_000_000, MemoryBytes: 1 << 20, WallTimeMs: 60_000, MaxOutputBytes: 64},
		Uris:          []string{uri},
		CommitteeSize: k, FailoverBlocks: 30})
	if err != nil {
		b.Fatal(err)
	}
	input := func(i int) []byte {
		in := make([]byte, 8)
		binary.LittleEndian.PutUint64(in, uint64(spinIterations+i))
		return in
	}
	req := func(i int) taskmanager.ITaskManagerTaskRequest {
		return taskmanager.ITaskManagerTaskRequest{FunctionId: fn, Input: input(i), QuorumNumbers: []byte{0},
			QuorumThresholdPercentage: 60, ResponseWindowBlocks: 250}
	}
	// Warm-up: every operator fetches and compiles the module (and the committee table is built).
	warm, err := rq.CreateTask(ctx, req(-1), big.NewInt(0))
	if err != nil {
		b.Fatal(err)
	}
	waitAnswered(b, ctx, rq, warm.ID, 3*time.Minute)

	opts, err := chain.TransactOpts(ctx, e.dn.Owner, e.dn.ChainID)
	if err != nil {
		b.Fatal(err)
	}
	fee, err := rq.MinTaskFee(ctx)
	if err != nil {
		b.Fatal(err)
	}
	first, err := rq.TaskManager().NextTaskId(&bind.CallOpts{Context: ctx})
	if err != nil {
		b.Fatal(err)
	}
	const perTx = 32
	b.ResetTimer()
	t0 := time.Now()
	for i := 0; i < b.N; i += perTx {
		reqs := make([]taskmanager.ITaskManagerTaskRequest, min(perTx, b.N-i))
		for j := range reqs {
			reqs[j] = req(i + j)
		}
		opts.GasLimit = 30_000_000
		opts.Value = new(big.Int).Mul(fee, big.NewInt(int64(len(reqs))))
		tx, err := rq.TaskManager().CreateTasks(opts, reqs)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := chain.WaitMined(ctx, e.dn.Client, tx, "createTasks", e.tmABI); err != nil {
			b.Fatal(err)
		}
	}
	var answers []requester.Result
	for id := first; id < first+uint32(b.N); id++ {
		answers = append(answers, waitAnswered(b, ctx, rq, id, 10*time.Minute))
	}
	elapsed := time.Since(t0)
	b.StopTimer()
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "tasks/s")

	txs := map[common.Hash]bool{}
	for _, r := range answers {
		txs[r.TxHash] = true
	}
	b.ReportMetric(float64(e.receiptsGas(ctx, b, txs))/float64(b.N), "gas/task")

	// Executions: what the operators signed for the run's tasks, from their stores (late
	// signers of an already certified task count too: they ran it).
	stopAll()
	executions := 0
	for _, dir := range dirs {
		st, err := node.ReadState(dir)
		if err != nil {
			b.Fatal(err)
		}
		for id := range st.Signed {
			if id >= first && id < first+uint32(b.N) {
				executions++
			}
		}
	}
	b.ReportMetric(float64(executions)/float64(b.N), "executions/task")
	b.Logf("%d tasks: %d executions by %d operators in %s", b.N, executions, len(ops), elapsed.Round(time.Millisecond))
}
