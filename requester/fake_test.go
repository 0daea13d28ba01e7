package requester

import (
	"context"
	"errors"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/protocol/onchain"
)

// fakeTaskManager is an in-memory TaskManager: tasks by id, the events of answered tasks,
// a minimum fee, and failures to inject per method.
type fakeTaskManager struct {
	mu        sync.Mutex
	minFee    *big.Int
	tasks     map[uint32]taskmanager.ITaskManagerTaskRecord
	responded map[uint32][]responded
	functions map[uint64]taskmanager.ITaskManagerFunctionSpec // by id; RegisterFunction takes the next id
	created   []Created
	deployed  int
	head      uint64 // BlockNumber
	// dropCreatedEvent makes CreateTasks return one event fewer than requests (a broken node).
	dropCreatedEvent bool
	// fail maps a method to the error its next calls return; failCalls is how many.
	fail      map[string]error
	failCalls map[string]int
	calls     map[string]int
	// beforeGet runs (unlocked) before each GetTask: tests move a task along with it.
	beforeGet func(call int)
}

var errFakeRPC = errors.New("fake RPC failure")

func newFakeTaskManager(minFee int64) *fakeTaskManager {
	return &fakeTaskManager{minFee: big.NewInt(minFee), tasks: map[uint32]taskmanager.ITaskManagerTaskRecord{},
		functions: map[uint64]taskmanager.ITaskManagerFunctionSpec{},
		responded: map[uint32][]responded{}, fail: map[string]error{}, failCalls: map[string]int{}, calls: map[string]int{}}
}

// addFunction puts function id on the fake chain with a base fee, fuel price and fuel limit.
func (f *fakeTaskManager) addFunction(id uint64, base, price int64, fuel uint64) *fakeTaskManager {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.functions[id] = taskmanager.ITaskManagerFunctionSpec{BaseFee: big.NewInt(base), FuelPrice: big.NewInt(price),
		Limits: taskmanager.ITaskManagerResourceLimits{Fuel: fuel}}
	return f
}

// failNext makes the next n calls of method return err.
func (f *fakeTaskManager) failNext(method string, n int, err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.fail[method], f.failCalls[method] = err, n
}

// respond answers task id at block with resp; withEvent false leaves the event out, as a node
// whose log index lags its state does.
func (f *fakeTaskManager) respond(id uint32, block uint32, resp protocol.Response, withEvent bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	rec := f.tasks[id]
	rec.State, rec.RespondedBlock, rec.ResponseDigest = uint8(onchain.TaskResponded), block, common.HexToHash("0xd1")
	f.tasks[id] = rec
	if withEvent {
		f.responded[id] = append(f.responded[id], responded{Response: resp, TxHash: common.HexToHash("0xa1"), Block: uint64(block)})
	}
}

func (f *fakeTaskManager) setState(id uint32, s onchain.TaskState) {
	f.mu.Lock()
	defer f.mu.Unlock()
	rec := f.tasks[id]
	rec.State = uint8(s)
	f.tasks[id] = rec
}

// call counts a call and returns its injected failure; f.mu is held.
func (f *fakeTaskManager) call(method string) error {
	f.calls[method]++
	if f.failCalls[method] > 0 {
		f.failCalls[method]--
		return f.fail[method]
	}
	return nil
}

func (f *fakeTaskManager) MinTaskFee(context.Context) (*big.Int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.call("MinTaskFee"); err != nil {
		return nil, err
	}
	return new(big.Int).Set(f.minFee), nil
}

func (f *fakeTaskManager) GetFunction(_ context.Context, id uint64) (taskmanager.ITaskManagerFunctionRecord, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.call("GetFunction"); err != nil {
		return taskmanager.ITaskManagerFunctionRecord{}, err
	}
	spec, ok := f.functions[id]
	if !ok {
		return taskmanager.ITaskManagerFunctionRecord{}, errors.New("execution reverted: UnknownFunction")
	}
	return taskmanager.ITaskManagerFunctionRecord{Owner: common.Address{1}, Active: true, Spec: spec}, nil
}

func (f *fakeTaskManager) GetTask(_ context.Context, id uint32) (taskmanager.ITaskManagerTaskRecord, error) {
	f.mu.Lock()
	n := f.calls["GetTask"]
	hook := f.beforeGet
	f.mu.Unlock()
	if hook != nil {
		hook(n)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.call("GetTask"); err != nil {
		return taskmanager.ITaskManagerTaskRecord{}, err
	}
	return f.tasks[id], nil
}

func (f *fakeTaskManager) TaskResponded(_ context.Context, id uint32, block uint64) ([]responded, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.call("TaskResponded"); err != nil {
		return nil, err
	}
	var out []responded
	for _, r := range f.responded[id] {
		if r.Block == block {
			out = append(out, r)
		}
	}
	return out, nil
}

func (f *fakeTaskManager) RegisterFunction(_ context.Context, spec taskmanager.ITaskManagerFunctionSpec) (uint64, common.Hash, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.call("RegisterFunction"); err != nil {
		return 0, common.Hash{}, err
	}
	id := uint64(len(f.functions) + 1)
	f.functions[id] = spec
	return id, common.HexToHash("0xf1"), nil
}

func (f *fakeTaskManager) CreateTask(_ context.Context, req taskmanager.ITaskManagerTaskRequest, fee *big.Int) (Created, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.call("CreateTask"); err != nil {
		return Created{}, err
	}
	if fee.Cmp(f.minFee) < 0 {
		return Created{}, errors.New("createTask: execution reverted: FeeTooLow")
	}
	id := uint32(len(f.created) + 1)
	c := Created{ID: id, TxHash: common.HexToHash("0xc1"), Block: 10,
		Task: protocol.Task{FunctionId: req.FunctionId, Fee: new(big.Int).Set(fee), QuorumThresholdPercentage: req.QuorumThresholdPercentage}}
	f.created = append(f.created, c)
	f.tasks[id] = taskmanager.ITaskManagerTaskRecord{State: uint8(onchain.TaskPending), TaskHash: common.HexToHash("0x7a")}
	return c, nil
}

func (f *fakeTaskManager) CreateTasks(_ context.Context, reqs []taskmanager.ITaskManagerTaskRequest, total *big.Int) ([]Created, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.call("CreateTasks"); err != nil {
		return nil, err
	}
	n := big.NewInt(int64(len(reqs)))
	each, rem := new(big.Int).QuoRem(total, n, new(big.Int))
	if rem.Sign() != 0 {
		return nil, errors.New("createTasks: execution reverted: FeeNotDivisible")
	}
	if each.Cmp(f.minFee) < 0 {
		return nil, errors.New("createTasks: execution reverted: FeeBelowMinimum")
	}
	out := make([]Created, 0, len(reqs))
	for _, req := range reqs {
		id := uint32(len(f.created) + 1)
		c := Created{ID: id, TxHash: common.HexToHash("0xc2"), Block: 11, TxGasUsed: 100_000, TxTasks: len(reqs),
			Task: protocol.Task{FunctionId: req.FunctionId, Fee: new(big.Int).Set(each), QuorumThresholdPercentage: req.QuorumThresholdPercentage,
				InputDigest: crypto.Keccak256Hash(req.Input)}}
		f.created = append(f.created, c)
		f.tasks[id] = taskmanager.ITaskManagerTaskRecord{State: uint8(onchain.TaskPending), TaskHash: common.HexToHash("0x7a")}
		out = append(out, c)
	}
	if f.dropCreatedEvent && len(out) > 0 {
		out = out[:len(out)-1]
	}
	return out, nil
}

func (f *fakeTaskManager) BlockNumber(context.Context) (uint64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.call("BlockNumber"); err != nil {
		return 0, err
	}
	return f.head, nil
}

func (f *fakeTaskManager) TxGas(_ context.Context, tx common.Hash) (uint64, int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.call("TxGas"); err != nil {
		return 0, 0, err
	}
	n := 0
	for _, rs := range f.responded {
		for _, r := range rs {
			if r.TxHash == tx {
				n++
			}
		}
	}
	return 300_000, n, nil
}

func (f *fakeTaskManager) DeployContract(_ context.Context, what string, bytecode []byte) (common.Address, common.Hash, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.call("DeployContract"); err != nil {
		return common.Address{}, common.Hash{}, err
	}
	f.deployed++
	return common.HexToAddress("0xde"), common.HexToHash("0xd2"), nil
}
