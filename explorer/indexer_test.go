package explorer

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/committee"
	"github.com/blockless/avs/rewards/plan"
)

// fakeChain is an in-memory Chain: fixed logs, and an Answer that fails while failAnswers > 0.
type fakeChain struct {
	head        uint64
	logs        []types.Log
	failAnswers int
	answers     int
}

func (f *fakeChain) Head(context.Context) (uint64, error) { return f.head, nil }
func (f *fakeChain) Logs(_ context.Context, from, to uint64) ([]types.Log, error) {
	var out []types.Log
	for _, l := range f.logs {
		if l.BlockNumber >= from && l.BlockNumber <= to {
			out = append(out, l)
		}
	}
	return out, nil
}
func (f *fakeChain) BlockTime(_ context.Context, b uint64) (uint64, error) { return 1000 + b*2, nil }
func (f *fakeChain) TxGas(context.Context, common.Hash) (uint64, error)    { return 90_000, nil }
func (f *fakeChain) Answer(context.Context, common.Hash, uint32, *big.Int) (plan.Answer, error) {
	f.answers++
	if f.failAnswers != 0 {
		f.failAnswers--
		return plan.Answer{}, errors.New("connection refused")
	}
	return plan.Answer{Kind: plan.AnsweredByQuorum, Signers: []plan.Operator{opA}, NonSigners: []plan.Operator{opB}, Fee: big.NewInt(100),
		Earned: map[common.Address]*big.Int{opA.Address: big.NewInt(100)}}, nil
}
func (f *fakeChain) Function(context.Context, uint64) (taskmanager.ITaskManagerFunctionRecord, error) {
	return taskmanager.ITaskManagerFunctionRecord{Owner: alice, Active: true}, nil
}
func (f *fakeChain) Operators(context.Context, uint8, uint64) ([]plan.Operator, error) {
	return []plan.Operator{opA, opB}, nil
}
func (f *fakeChain) Capacity(context.Context, common.Address) (committee.Capacity, error) {
	return committee.Capacity{Cores: 4, MemoryMiB: 2048, FuelRate: 300}, nil
}

// eventLog ABI-encodes a TaskManager event as the chain would log it.
func eventLog(t *testing.T, name string, block uint64, tx common.Hash, topics []common.Hash, args ...any) types.Log {
	t.Helper()
	ev := taskManagerABI.Events[name]
	data, err := ev.Inputs.NonIndexed().Pack(args...)
	if err != nil {
		t.Fatalf("pack %s: %v", name, err)
	}
	return types.Log{Topics: append([]common.Hash{ev.ID}, topics...), Data: data, BlockNumber: block, TxHash: tx}
}

func taskTopic(id uint32) common.Hash { return common.BigToHash(big.NewInt(int64(id))) }

// chainWithOneAnsweredTask holds function 1 registered, task 1 created at block 5 and answered
// at block 7.
func chainWithOneAnsweredTask(t *testing.T) *fakeChain {
	out := []byte("done")
	task := taskmanager.ITaskManagerTask{FunctionId: 1, Requester: alice, QuorumNumbers: []byte{0}, ReferenceBlock: 4, DeadlineBlock: 60, Fee: big.NewInt(100)}
	return &fakeChain{head: 10, logs: []types.Log{
		eventLog(t, "FunctionRegistered", 3, common.Hash{3}, []common.Hash{common.BigToHash(big.NewInt(1)), common.BytesToHash(alice.Bytes())},
			taskmanager.ITaskManagerFunctionSpec{BaseFee: big.NewInt(0), FuelPrice: big.NewInt(0)}),
		eventLog(t, "TaskCreated", 5, common.Hash{5}, []common.Hash{taskTopic(1)}, task, []byte("input"), "", []string{"file:///m"}),
		eventLog(t, "TaskResponded", 7, common.Hash{7}, []common.Hash{taskTopic(1)},
			taskmanager.ITaskManagerTaskResponse{TaskId: 1, FuelUsed: 12, Output: out, OutputDigest: crypto.Keccak256Hash(out)}, [32]byte{1}, [32]byte{2}),
	}}
}

func newTestIndexer(t *testing.T, c Chain) (*indexer, *model) {
	m := newModel()
	x, err := newIndexer(c, m, 1, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	return x, m
}

func TestIndexerReadsEvents(t *testing.T) {
	c := chainWithOneAnsweredTask(t)
	x, m := newTestIndexer(t, c)
	if err := x.step(context.Background()); err != nil {
		t.Fatal(err)
	}
	task, ok := m.Task(1)
	if !ok || task.State != "answered" || task.FuelUsed != 12 || !task.OutputChecked || task.OutputText != "done" ||
		task.LatencyBlocks != 2 || task.LatencySeconds != 4 || task.Gas != 90_000 || len(task.Steps) != 2 || task.CreatedTx != (common.Hash{5}) {
		t.Fatalf("task %+v", task)
	}
	if f := m.Functions(); len(f) != 1 || f[0].Tasks != 1 || f[0].Answered != 1 || f[0].Owner != alice {
		t.Fatalf("functions %+v", f)
	}
	for _, o := range m.Operators() {
		if o.Cores != 4 || o.Stakes[0] == "" {
			t.Fatalf("operator without stake or capacity: %+v", o)
		}
	}
	if s := m.Stats(1); s.Indexed != 10 || s.Head != 10 {
		t.Fatalf("indexed to %d of %d", s.Indexed, s.Head)
	}
}

// A range whose signers cannot be read changes nothing and is read again whole: nothing is
// counted twice.
func TestIndexerRetriesAFailedRangeWhole(t *testing.T) {
	c := chainWithOneAnsweredTask(t)
	c.failAnswers = 2
	x, m := newTestIndexer(t, c)
	for i := 0; i < 2; i++ {
		if err := x.step(context.Background()); err == nil || !strings.Contains(err.Error(), "connection refused") {
			t.Fatalf("step %d: %v, want the RPC error", i, err)
		}
		if _, ok := m.Task(1); ok || m.Stats(1).Indexed != 0 {
			t.Fatal("a failed range changed the model")
		}
	}
	if err := x.step(context.Background()); err != nil {
		t.Fatal(err)
	}
	ops := map[common.Hash]Operator{}
	for _, o := range m.Operators() {
		ops[o.ID] = o
	}
	if ops[opA.ID].Signed != 1 || ops[opB.ID].Missed != 1 || ops[opA.ID].Earned != "100" || m.Functions()[0].Tasks != 1 {
		t.Fatalf("counted more than once: %+v %+v", ops, m.Functions())
	}
}

func TestIndexerShowsTaskWhoseSignersStayUnreadable(t *testing.T) {
	c := chainWithOneAnsweredTask(t)
	c.failAnswers = -1 // always
	x, m := newTestIndexer(t, c)
	var err error
	for i := 0; i < maxAnswerAttempts; i++ {
		err = x.step(context.Background())
	}
	if err != nil {
		t.Fatalf("the indexer is still stuck after %d attempts: %v", maxAnswerAttempts, err)
	}
	task, ok := m.Task(1)
	if !ok || task.State != "answered" || !strings.Contains(task.Problem, "signers unreadable") || len(task.Signers) != 0 {
		t.Fatalf("task %+v", task)
	}
}
