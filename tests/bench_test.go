package tests

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/blockless/avs/aggregator"
	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/chain"
	"github.com/blockless/avs/devnet"
	"github.com/blockless/avs/internal/built"
	"github.com/blockless/avs/protocol/onchain"
	"github.com/blockless/avs/requester"
)

// benchSystem is a devnet with three operator nodes, the aggregator (batching on, its
// default) and one function: the Go oracle unless a module is given.
type benchSystem struct {
	e     *env
	rq    *requester.Client
	fn    uint64
	input func(i int) []byte
	stops []func()
}

// benchSetup picks the function's module (nil: the Go oracle) and tweaks the aggregator.
type benchSetup struct {
	module []byte
	agg    []func(*aggregator.Config)
}

func startBenchSystem(b *testing.B, ctx context.Context, blockTime time.Duration, setup benchSetup) *benchSystem {
	b.Helper()
	e := startEnvOpts(b, ctx, devnet.Options{Dir: b.TempDir(), BlockTime: blockTime})
	ops := e.registerOperators(10, 20, 30)
	storeURL := e.startStore()
	aggURL, stopAgg := e.startAggregator(b.TempDir(), setup.agg...)
	s := &benchSystem{e: e, stops: []func(){stopAgg}, input: func(i int) []byte {
		return []byte(fmt.Sprintf("%d a\n%d b\n%d c\n", 100+i, 101+i, 102+i))
	}}
	for _, op := range ops {
		s.stops = append(s.stops, e.startNode(op, aggURL, b.TempDir()))
	}
	wasm := setup.module
	if wasm == nil {
		wasm = buildOracle(b)
	}
	digest, uri, err := testStore(storeURL).Publish(ctx, wasm)
	if err != nil {
		b.Fatal(err)
	}
	if s.rq, err = requester.Dial(ctx, e.dn.Addresses.RPCURL, e.dn.Addresses.ChainID, e.dn.Addresses.AVS.TaskManager, e.dn.Owner); err != nil {
		b.Fatal(err)
	}
	if s.fn, _, err = s.rq.RegisterFunction(ctx, taskmanager.ITaskManagerFunctionSpec{ModuleDigest: digest, MinQuorumThreshold: 50,
		Limits: taskmanager.ITaskManagerResourceLimits{Fuel: 1_000_000_000, MemoryBytes: 64 << 20, WallTimeMs: 10_000, MaxOutputBytes: 4096},
		Uris:   []string{uri}}); err != nil {
		b.Fatal(err)
	}
	return s
}

// warmUp runs one task so that every operator has fetched and compiled the module (a cold
// compile of the 2.8 MB Go module takes seconds and would otherwise dominate the tail).
func (s *benchSystem) warmUp(ctx context.Context, b *testing.B) {
	c := s.submit(ctx, b, -1)
	if r, err := s.rq.Wait(ctx, c.ID, 50*time.Millisecond); err != nil || r.State != onchain.TaskResponded {
		b.Fatalf("warm-up task: %v", err)
	}
}

func (s *benchSystem) stop() {
	for i := len(s.stops) - 1; i >= 0; i-- {
		s.stops[i]()
	}
	s.rq.Close()
}

func (s *benchSystem) submit(ctx context.Context, b *testing.B, i int) requester.Created {
	c, err := s.rq.CreateTask(ctx, taskmanager.ITaskManagerTaskRequest{FunctionId: s.fn,
		Input: s.input(i), QuorumNumbers: []byte{0},
		QuorumThresholdPercentage: 60, ResponseWindowBlocks: 500}, big.NewInt(0))
	if err != nil {
		b.Fatal(err)
	}
	return c
}

// submitTimed sends createTask and returns when its receipt is first seen (polled every 5 ms;
// bind's own wait polls once a second, too coarse to time a pipeline that takes ~1 s).
func (s *benchSystem) submitTimed(ctx context.Context, b *testing.B, i int) (uint32, uint64, time.Time) {
	opts, err := chain.TransactOpts(ctx, s.e.dn.Owner, s.e.dn.ChainID)
	if err != nil {
		b.Fatal(err)
	}
	if opts.Value, err = s.rq.MinTaskFee(ctx); err != nil {
		b.Fatal(err)
	}
	tx, err := s.rq.TaskManager().CreateTask(opts, taskmanager.ITaskManagerTaskRequest{FunctionId: s.fn,
		Input: s.input(i), QuorumNumbers: []byte{0},
		QuorumThresholdPercentage: 60, ResponseWindowBlocks: 500})
	if err != nil {
		b.Fatal(err)
	}
	for {
		rc, err := s.e.dn.Client.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			mined := time.Now()
			for _, l := range rc.Logs {
				if ev, err := s.rq.TaskManager().ParseTaskCreated(*l); err == nil {
					return ev.TaskId, rc.BlockNumber.Uint64(), mined
				}
			}
			b.Fatal("no TaskCreated in receipt")
			return 0, 0, mined
		}
		if ctx.Err() != nil {
			b.Fatal(ctx.Err())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// waitTimed returns when the task is first seen answered (polled every 5 ms).
func (s *benchSystem) waitTimed(ctx context.Context, b *testing.B, id uint32) time.Time {
	for {
		rec, err := s.rq.TaskManager().GetTask(&bind.CallOpts{Context: ctx}, id)
		if err == nil && onchain.TaskState(rec.State) == onchain.TaskResponded {
			return time.Now()
		}
		if err == nil && onchain.TaskState(rec.State) == onchain.TaskExpired {
			b.Fatalf("task %d expired", id)
		}
		if ctx.Err() != nil {
			b.Fatal(ctx.Err())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func (s *benchSystem) gasOf(ctx context.Context, b *testing.B, r requester.Result) uint64 {
	for attempt := 0; ; attempt++ {
		rc, err := s.e.dn.Client.TransactionReceipt(ctx, r.TxHash)
		if err == nil {
			return rc.GasUsed
		}
		if attempt == 20 {
			b.Fatalf("receipt of %s: %v", r.TxHash.Hex(), err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// BenchmarkTaskLatency measures, one task at a time, the wall time from createTask mined to
// the response mined (seen by a requester polling every 5 ms) and the blocks from the task's
// block to its response's, with automine and 1 s blocks (batching on: a lone task is not held).
// go test ./tests -run '^$' -bench TaskLatency -benchtime 20x
func BenchmarkTaskLatency(b *testing.B) {
	for _, bt := range []time.Duration{0, time.Second} {
		name := "automine"
		if bt > 0 {
			name = "blocks=" + bt.String()
		}
		b.Run(name, func(b *testing.B) {
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
			defer cancel()
			s := startBenchSystem(b, ctx, bt, benchSetup{})
			defer s.stop()
			lat := make([]time.Duration, 0, b.N)
			blocks := make([]uint64, 0, b.N)
			var gas uint64
			s.warmUp(ctx, b)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				id, created, mined := s.submitTimed(ctx, b, i)
				answered := s.waitTimed(ctx, b, id)
				lat = append(lat, answered.Sub(mined))
				r, err := s.rq.Wait(ctx, id, 50*time.Millisecond)
				if err != nil || r.Response == nil {
					b.Fatalf("task %d: %v", id, err)
				}
				gas += s.gasOf(ctx, b, r)
				blocks = append(blocks, r.Block-created)
			}
			b.StopTimer()
			sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
			b.ReportMetric(float64(lat[len(lat)/2].Milliseconds()), "p50-ms")
			b.ReportMetric(float64(lat[(len(lat)*95)/100].Milliseconds()), "p95-ms")
			slices.Sort(blocks)
			b.ReportMetric(float64(blocks[len(blocks)/2]), "p50-blocks")
			b.ReportMetric(float64(blocks[(len(blocks)*95)/100]), "p95-blocks")
			b.ReportMetric(float64(gas)/float64(b.N), "gas/task")
		})
	}
}

// BenchmarkThroughput sends b.N tasks in createTasks transactions of up to 64 (explicit
// nonces, no waiting), then measures how many tasks per second are answered on chain (from
// the first send to the last answer seen), with three operator nodes, the aggregator
// (batching on) and anvil on one machine, automine. Sub-benchmarks: a trivial C function
// (sha256 of a short input), with batching and with every task answered alone (the baseline),
// and the Go oracle (a 2.8 MB module). Also reported: the gas of the answering transactions
// per task and the mean tasks per answering transaction.
// go test ./tests -run '^$' -bench Throughput -benchtime 600x
func BenchmarkThroughput(b *testing.B) {
	off := func(c *aggregator.Config) { c.BatchMaxTasks = 0 }
	b.Run("c-sha256", func(b *testing.B) {
		path := filepath.Join("..", "build", "functions", "c", "sha256sum.wasm")
		built.Require(b, "functions", path)
		module, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		b.Run("batching", func(b *testing.B) { benchThroughput(b, benchSetup{module: module}) })
		b.Run("single", func(b *testing.B) {
			benchThroughput(b, benchSetup{module: module, agg: []func(*aggregator.Config){off}})
		})
	})
	b.Run("go-oracle", func(b *testing.B) {
		b.Run("batching", func(b *testing.B) { benchThroughput(b, benchSetup{}) })
	})
}

func benchThroughput(b *testing.B, setup benchSetup) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()
	s := startBenchSystem(b, ctx, 0, setup)
	defer s.stop()
	s.warmUp(ctx, b)
	opts, err := chain.TransactOpts(ctx, s.e.dn.Owner, s.e.dn.ChainID)
	if err != nil {
		b.Fatal(err)
	}
	nonce, err := s.e.dn.Client.PendingNonceAt(ctx, opts.From)
	if err != nil {
		b.Fatal(err)
	}
	first, err := s.rq.TaskManager().NextTaskId(&bind.CallOpts{Context: ctx})
	if err != nil {
		b.Fatal(err)
	}
	fee, err := s.rq.MinTaskFee(ctx)
	if err != nil {
		b.Fatal(err)
	}
	const perTx = 64
	b.ResetTimer()
	t0 := time.Now()
	for i := 0; i < b.N; i += perTx {
		reqs := make([]taskmanager.ITaskManagerTaskRequest, min(perTx, b.N-i))
		for j := range reqs {
			reqs[j] = taskmanager.ITaskManagerTaskRequest{FunctionId: s.fn, Input: s.input(i + j), QuorumNumbers: []byte{0},
				QuorumThresholdPercentage: 60, ResponseWindowBlocks: 5000} // automine: each single answer is a block
		}
		opts.Nonce = new(big.Int).SetUint64(nonce)
		nonce++
		opts.GasLimit = 30_000_000
		opts.Value = new(big.Int).Mul(fee, big.NewInt(int64(len(reqs))))
		if _, err := s.rq.TaskManager().CreateTasks(opts, reqs); err != nil {
			b.Fatal(err)
		}
	}
	for id := first; id < first+uint32(b.N); id++ {
		s.waitTimed(ctx, b, id)
	}
	elapsed := time.Since(t0)
	b.StopTimer()
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "tasks/s")

	// The answering transactions: every TaskResponded of the run's tasks names one.
	it, err := s.rq.TaskManager().FilterTaskResponded(&bind.FilterOpts{Context: ctx}, nil)
	if err != nil {
		b.Fatal(err)
	}
	txs := map[common.Hash]bool{}
	for it.Next() {
		if id := it.Event.TaskId; id >= first && id < first+uint32(b.N) {
			txs[it.Event.Raw.TxHash] = true
		}
	}
	it.Close()
	b.ReportMetric(float64(s.e.receiptsGas(ctx, b, txs))/float64(b.N), "gas/task")
	b.ReportMetric(float64(b.N)/float64(len(txs)), "tasks/tx")
}

// receiptsGas is the gas used by the transactions txs.
func (e *env) receiptsGas(ctx context.Context, b *testing.B, txs map[common.Hash]bool) uint64 {
	b.Helper()
	var gas uint64
	for h := range txs {
		rc, err := e.dn.Client.TransactionReceipt(ctx, h)
		if err != nil {
			b.Fatal(err)
		}
		gas += rc.GasUsed
	}
	return gas
}
