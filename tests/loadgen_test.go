package tests

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/devnet"
	"github.com/blockless/avs/protocol/onchain"
	"github.com/blockless/avs/requester/loadgen"
)

// recordingTarget remembers the tasks the generator created, to check them on chain.
type recordingTarget struct {
	*loadgen.ChainTarget
	mu    sync.Mutex
	tasks []loadgen.Task
}

func (r *recordingTarget) Create(ctx context.Context, n int) ([]loadgen.Task, uint64, error) {
	tasks, gas, err := r.ChainTarget.Create(ctx, n)
	r.mu.Lock()
	r.tasks = append(r.tasks, tasks...)
	r.mu.Unlock()
	return tasks, gas, err
}

// TestLoadgen runs the `blockless bench` logic for a few seconds at 4 tasks/s against a devnet
// mining a block a second, with three operators and the real aggregator: the sender then
// groups the tasks that come due while a block is mined into createTasks transactions. Every
// task must be answered, and the summary must agree with the chain.
func TestLoadgen(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	e := startEnvOpts(t, ctx, devnet.Options{Dir: t.TempDir(), BlockTime: time.Second})
	ops := e.registerOperators(10, 20, 30)
	storeURL := e.startStore()
	aggURL, stopAgg := e.startAggregator(t.TempDir())
	defer stopAgg()
	for _, op := range ops {
		defer e.startNode(op, aggURL, t.TempDir())()
	}
	rq, fn := e.deployOracle(storeURL)
	request := func(i int) taskmanager.ITaskManagerTaskRequest {
		return taskmanager.ITaskManagerTaskRequest{FunctionId: fn, Input: []byte(fmt.Sprintf("%d a\n%d b\n%d c\n", 100+i, 102+i, 101+i)),
			QuorumNumbers: []byte{0}, QuorumThresholdPercentage: 60, ResponseWindowBlocks: 100}
	}
	// Warm up: the operators fetch and compile the module on the first task (seconds), which
	// would otherwise be the run's latency tail.
	warm, err := rq.CreateTask(ctx, request(-1), nil)
	if err != nil {
		t.Fatal(err)
	}
	waitAnswered(t, ctx, rq, warm.ID, 2*time.Minute)

	sched, err := loadgen.NewSchedule(4, 4*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	target := &recordingTarget{ChainTarget: &loadgen.ChainTarget{Client: rq, Request: request, Poll: 200 * time.Millisecond, Log: e.log}}
	g, err := loadgen.New(loadgen.Config{Schedule: sched, Batch: 8}, target)
	if err != nil {
		t.Fatal(err)
	}
	sum := g.Run(ctx)
	var out strings.Builder
	if err := sum.Write(&out); err != nil {
		t.Fatal(err)
	}
	t.Logf("summary:\n%s", out.String())

	if !sum.OK() || sum.Counts != (loadgen.Counts{Submitted: 16, Answered: 16}) {
		t.Fatalf("counts %+v, submit error %v, failures %v", sum.Counts, sum.SubmitErr, sum.Failures)
	}
	if sum.Transactions >= sum.Counts.Submitted {
		t.Errorf("%d transactions for %d tasks: with 1 s blocks the tasks due during one should be grouped", sum.Transactions, sum.Counts.Submitted)
	}
	if sum.CreateGas <= 0 || sum.RespondGasTasks != sum.Counts.Answered || sum.RespondGas <= 0 {
		t.Errorf("gas: %.0f per created task, %.0f per answered task over %d", sum.CreateGas, sum.RespondGas, sum.RespondGasTasks)
	}
	if sum.LatencySec.N != 16 || sum.LatencyBlock.N != 16 || sum.LatencyBlock.P50 < 1 || sum.LatencySec.Max <= 0 {
		t.Errorf("latency %+v s, %+v blocks", sum.LatencySec, sum.LatencyBlock)
	}

	// The chain: exactly the tasks after the warm-up were created, all answered, in blocks
	// that give the summary's block latencies.
	next, err := e.tm.NextTaskId(&bind.CallOpts{Context: ctx})
	if err != nil {
		t.Fatal(err)
	}
	if created := int(next) - int(warm.ID) - 1; created != sum.Counts.Submitted || len(target.tasks) != created {
		t.Fatalf("chain created %d tasks after the warm-up, summary says %d, generator recorded %d", created, sum.Counts.Submitted, len(target.tasks))
	}
	var maxBlocks float64
	for i, task := range target.tasks {
		if task.ID != warm.ID+1+uint32(i) {
			t.Fatalf("task %d has id %d, want %d (ids in request order)", i, task.ID, warm.ID+1+uint32(i))
		}
		rec, err := e.tm.GetTask(&bind.CallOpts{Context: ctx}, task.ID)
		if err != nil {
			t.Fatal(err)
		}
		if onchain.TaskState(rec.State) != onchain.TaskResponded {
			t.Fatalf("task %d is %s on chain", task.ID, onchain.TaskState(rec.State))
		}
		maxBlocks = max(maxBlocks, float64(rec.RespondedBlock)-float64(task.Block))
	}
	if maxBlocks != sum.LatencyBlock.Max {
		t.Fatalf("chain: slowest task answered %v blocks after creation, summary says %v", maxBlocks, sum.LatencyBlock.Max)
	}
}
