package tests

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"testing"
	"time"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/devnet"
	"github.com/blockless/avs/requester"
)

// benchSystem is a devnet with three operator nodes, the aggregator and the oracle function.
type benchSystem struct {
	e     *env
	rq    *requester.Client
	fn    uint64
	stops []func()
}

func startBenchSystem(b *testing.B, ctx context.Context, blockTime time.Duration) *benchSystem {
	b.Helper()
	e := startEnvOpts(b, ctx, devnet.Options{Dir: b.TempDir(), BlockTime: blockTime})
	ops := e.registerOperators(10, 20, 30)
	aggURL, stopAgg := e.startAggregator(b.TempDir())
	s := &benchSystem{e: e, stops: []func(){stopAgg}}
	for _, op := range ops {
		s.stops = append(s.stops, e.startNode(op, aggURL, b.TempDir()))
	}
	module := buildOracle(b)
	digest, uri, err := requester.PublishModule(ctx, aggURL, module)
	if err != nil {
		b.Fatal(err)
	}
	if s.rq, err = requester.Dial(ctx, e.dn.Addresses.RPCURL, e.dn.Addresses.ChainID, e.dn.Addresses.AVS.TaskManager, e.dn.Owner); err != nil {
		b.Fatal(err)
	}
	if s.fn, _, err = s.rq.RegisterFunction(ctx, taskmanager.TaskManagerFunctionSpec{ModuleDigest: digest, MinQuorumThreshold: 50,
		Limits: taskmanager.TaskManagerResourceLimits{Fuel: 1_000_000_000, MemoryBytes: 64 << 20, WallTimeMs: 10_000, MaxOutputBytes: 4096},
		Uris:   []string{uri}}); err != nil {
		b.Fatal(err)
	}
	return s
}

func (s *benchSystem) stop() {
	for i := len(s.stops) - 1; i >= 0; i-- {
		s.stops[i]()
	}
	s.rq.Close()
}

func (s *benchSystem) submit(ctx context.Context, b *testing.B, i int) requester.Created {
	c, err := s.rq.CreateTask(ctx, taskmanager.TaskManagerTaskRequest{FunctionId: s.fn,
		Input: []byte(fmt.Sprintf("%d a\n%d b\n%d c\n", 100+i, 101+i, 102+i)), QuorumNumbers: []byte{0},
		QuorumThresholdPercentage: 60, ResponseWindowBlocks: 500}, big.NewInt(0))
	if err != nil {
		b.Fatal(err)
	}
	return c
}

func (s *benchSystem) gasOf(ctx context.Context, b *testing.B, r requester.Result) uint64 {
	rc, err := s.e.dn.Client.TransactionReceipt(ctx, r.TxHash)
	if err != nil {
		b.Fatal(err)
	}
	return rc.GasUsed
}

// BenchmarkTaskLatency measures, one task at a time, the wall time from createTask mined to
// the response mined (seen by a requester polling every 20 ms), with automine and 1 s blocks.
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
			s := startBenchSystem(b, ctx, bt)
			defer s.stop()
			lat := make([]time.Duration, 0, b.N)
			var gas uint64
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				c := s.submit(ctx, b, i)
				t0 := time.Now()
				r, err := s.rq.Wait(ctx, c.ID, 20*time.Millisecond)
				if err != nil || r.State != requester.StateResponded {
					b.Fatalf("task %d: %v (state %d)", c.ID, err, r.State)
				}
				lat = append(lat, time.Since(t0))
				gas += s.gasOf(ctx, b, r)
			}
			b.StopTimer()
			sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
			b.ReportMetric(float64(lat[len(lat)/2].Milliseconds()), "p50-ms")
			b.ReportMetric(float64(lat[(len(lat)*95)/100].Milliseconds()), "p95-ms")
			b.ReportMetric(float64(gas)/float64(b.N), "gas/task")
		})
	}
}

// BenchmarkThroughput submits b.N tasks back to back (automine) and measures how many are
// answered per second with three operators and a trivial function.
// go test ./tests -run '^$' -bench Throughput -benchtime 50x
func BenchmarkThroughput(b *testing.B) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()
	s := startBenchSystem(b, ctx, 0)
	defer s.stop()
	b.ResetTimer()
	t0 := time.Now()
	ids := make([]uint32, b.N)
	for i := range ids {
		ids[i] = s.submit(ctx, b, i).ID
	}
	for _, id := range ids {
		if r, err := s.rq.Wait(ctx, id, 50*time.Millisecond); err != nil || r.State != requester.StateResponded {
			b.Fatalf("task %d: %v", id, err)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/time.Since(t0).Seconds(), "tasks/s")
}
