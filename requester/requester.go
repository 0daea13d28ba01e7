// Package requester is the Go client of function authors and requesters: publish a module,
// register a function, create a task, wait for its verified result. The `blockless` CLI, the
// demo and the tests use it.
package requester

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/chain"
	"github.com/blockless/avs/internal/backoff"
	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/protocol/onchain"
)

// Client talks to one TaskManager with one key.
type Client struct {
	chain   taskManagerChain
	canSend bool // a key was given
	tm      *taskmanager.TaskManager
	eth     *ethclient.Client // nil for a client not made by Dial
	close   func()
}

// Dial connects; chainID 0 skips the chain check; key may be nil for read-only use.
func Dial(ctx context.Context, rpcURL string, chainID uint64, taskManager common.Address, key *ecdsa.PrivateKey) (*Client, error) {
	eth, id, err := chain.Dial(ctx, rpcURL, chainID)
	if err != nil {
		return nil, err
	}
	tm, err := taskmanager.NewTaskManager(taskManager, eth)
	if err != nil {
		eth.Close()
		return nil, fmt.Errorf("bind task manager: %w", err)
	}
	a, err := taskmanager.TaskManagerMetaData.GetAbi()
	if err != nil {
		eth.Close()
		return nil, fmt.Errorf("task manager ABI: %w", err)
	}
	c := newClient(rpcTaskManager{eth: eth, chainID: id, tm: tm, tmABI: a, key: key}, key != nil)
	c.tm, c.eth, c.close = tm, eth, eth.Close
	return c, nil
}

// newClient works through tm; canSend says whether it may send transactions (tests give a
// fake TaskManager).
func newClient(tm taskManagerChain, canSend bool) *Client {
	return &Client{chain: tm, canSend: canSend}
}

// Close releases the connection.
func (c *Client) Close() {
	if c.close != nil {
		c.close()
	}
}

// TaskManager is the bound contract (nil for a client not made by Dial).
func (c *Client) TaskManager() *taskmanager.TaskManager { return c.tm }

// RegisterFunction registers spec and returns the function id.
func (c *Client) RegisterFunction(ctx context.Context, spec taskmanager.ITaskManagerFunctionSpec) (uint64, common.Hash, error) {
	if !c.canSend {
		return 0, common.Hash{}, errNoKey
	}
	return c.chain.RegisterFunction(ctx, Unpriced(spec))
}

// Unpriced fills a spec's unset prices with zero (no base fee, fuel free): the ABI encoder
// cannot pack a nil uint96, and a spec written without prices means an unpriced function.
func Unpriced(spec taskmanager.ITaskManagerFunctionSpec) taskmanager.ITaskManagerFunctionSpec {
	if spec.BaseFee == nil {
		spec.BaseFee = new(big.Int)
	}
	if spec.FuelPrice == nil {
		spec.FuelPrice = new(big.Int)
	}
	return spec
}

// Created is a task as created on chain.
type Created struct {
	ID     uint32
	Task   protocol.Task
	TxHash common.Hash
	Block  uint64
	// TxGasUsed is the gas of the transaction that created the task; TxTasks tasks share it
	// (more than one for createTasks).
	TxGasUsed uint64
	TxTasks   int
}

// MinTaskFee reads the smallest fee the TaskManager accepts for a task, in wei.
func (c *Client) MinTaskFee(ctx context.Context) (*big.Int, error) {
	m, err := c.chain.MinTaskFee(ctx)
	if err != nil {
		return nil, fmt.Errorf("read minTaskFee: %w", err)
	}
	return m, nil
}

// Quote is the least deposit a task of function fn needs: max(the function's base fee, the
// TaskManager's minTaskFee) + its fuel limit × fuel price. On the answer the fuel not used,
// (limit − used) × price, is refunded; an expired task refunds the whole deposit.
func (c *Client) Quote(ctx context.Context, fn uint64) (*big.Int, error) {
	m, err := c.MinTaskFee(ctx)
	if err != nil {
		return nil, err
	}
	rec, err := c.chain.GetFunction(ctx, fn)
	if err != nil {
		return nil, fmt.Errorf("read function %d: %w", fn, err)
	}
	base := rec.Spec.BaseFee
	if base == nil || base.Cmp(m) < 0 {
		base = m
	}
	price := rec.Spec.FuelPrice
	if price == nil {
		price = new(big.Int)
	}
	reserve := new(big.Int).Mul(new(big.Int).SetUint64(rec.Spec.Limits.Fuel), price)
	return reserve.Add(reserve, base), nil
}

// TaskFee is the deposit CreateTask pays for a requested amount: max(requested, Quote(fn)).
// A nil requested amount means zero, i.e. the quote. What is paid above the quote is not
// refunded: it raises the base the task pays (a tip).
func (c *Client) TaskFee(ctx context.Context, fn uint64, requested *big.Int) (*big.Int, error) {
	q, err := c.Quote(ctx, fn)
	if err != nil {
		return nil, err
	}
	if requested == nil || requested.Cmp(q) < 0 {
		return q, nil
	}
	return new(big.Int).Set(requested), nil
}

// CreateTask submits req paying TaskFee(req.FunctionId, fee) wei; the deposit paid is in
// Created.Task.Fee.
func (c *Client) CreateTask(ctx context.Context, req taskmanager.ITaskManagerTaskRequest, fee *big.Int) (Created, error) {
	if !c.canSend {
		return Created{}, errNoKey
	}
	paid, err := c.TaskFee(ctx, req.FunctionId, fee)
	if err != nil {
		return Created{}, err
	}
	return c.chain.CreateTask(ctx, req, paid)
}

// MaxCreateTasks is the most requests CreateTasks sends in one transaction: with inline inputs
// a larger batch nears a block's gas limit, and a revert would lose the whole batch's gas.
const MaxCreateTasks = 256

// CreateTasks submits reqs in one createTasks transaction and returns the created tasks in
// request order. The TaskManager splits the payment evenly, so every task deposits the largest
// TaskFee of the requests' functions (the same for requests of one function).
func (c *Client) CreateTasks(ctx context.Context, reqs []taskmanager.ITaskManagerTaskRequest, fee *big.Int) ([]Created, error) {
	if !c.canSend {
		return nil, errNoKey
	}
	if len(reqs) == 0 {
		return nil, errors.New("createTasks: no requests")
	}
	if len(reqs) > MaxCreateTasks {
		return nil, fmt.Errorf("createTasks: %d requests, at most %d per transaction", len(reqs), MaxCreateTasks)
	}
	var each *big.Int
	quoted := map[uint64]bool{}
	for _, r := range reqs {
		if quoted[r.FunctionId] {
			continue
		}
		quoted[r.FunctionId] = true
		f, err := c.TaskFee(ctx, r.FunctionId, fee)
		if err != nil {
			return nil, err
		}
		if each == nil || f.Cmp(each) > 0 {
			each = f
		}
	}
	// The contract splits msg.value evenly, so paying each*n always divides exactly.
	total := new(big.Int).Mul(each, big.NewInt(int64(len(reqs))))
	created, err := c.chain.CreateTasks(ctx, reqs, total)
	if err != nil {
		return nil, fmt.Errorf("create %d tasks: %w", len(reqs), err)
	}
	if len(created) != len(reqs) {
		return created, fmt.Errorf("createTasks: %d TaskCreated events for %d requests", len(created), len(reqs))
	}
	return created, nil
}

// BlockNumber reads the chain head.
func (c *Client) BlockNumber(ctx context.Context) (uint64, error) {
	n, err := c.chain.BlockNumber(ctx)
	if err != nil {
		return 0, fmt.Errorf("read block number: %w", err)
	}
	return n, nil
}

// ResponseGas reads the gas of the transaction that answered a task and how many tasks it
// answered (respondToTasks answers many), so that the gas per answered task is gas/tasks.
func (c *Client) ResponseGas(ctx context.Context, tx common.Hash) (gas uint64, tasks int, err error) {
	gas, tasks, err = c.chain.TxGas(ctx, tx)
	if err != nil {
		return 0, 0, fmt.Errorf("receipt of %s: %w", tx.Hex(), err)
	}
	if tasks == 0 {
		return gas, 0, fmt.Errorf("tx %s has no TaskResponded event", tx.Hex())
	}
	return gas, tasks, nil
}

// Result is a task's state and, once answered, its verified response.
type Result struct {
	State          onchain.TaskState
	TaskHash       common.Hash // the task's hash (a sealed response is bound to it)
	Response       *protocol.Response
	ResponseDigest common.Hash
	TxHash         common.Hash // the respondToTask transaction
	Block          uint64
}

// Get reads a task's state and, when answered, its response from the TaskResponded event.
func (c *Client) Get(ctx context.Context, id uint32) (Result, error) {
	rec, err := c.chain.GetTask(ctx, id)
	if err != nil {
		return Result{}, fmt.Errorf("getTask %d: %w", id, err)
	}
	state := onchain.TaskState(rec.State)
	if state == onchain.TaskNone {
		return Result{}, fmt.Errorf("task %d does not exist", id)
	}
	res := Result{State: state, TaskHash: rec.TaskHash, ResponseDigest: rec.ResponseDigest}
	if state != onchain.TaskResponded {
		return res, nil
	}
	// The node may answer eth_call from a block its log index does not serve yet: retry briefly.
	var lastErr error
	for attempt := 0; attempt < 20; attempt++ {
		if attempt > 0 && !backoff.Sleep(ctx, 100*time.Millisecond) {
			return res, ctx.Err()
		}
		if lastErr = c.readResponse(ctx, id, uint64(rec.RespondedBlock), &res); lastErr == nil {
			return res, nil
		}
	}
	return res, lastErr
}

func (c *Client) readResponse(ctx context.Context, id uint32, block uint64, res *Result) error {
	evs, err := c.chain.TaskResponded(ctx, id, block)
	if err != nil {
		return fmt.Errorf("read TaskResponded: %w", err)
	}
	for _, ev := range evs {
		resp := ev.Response
		res.Response, res.TxHash, res.Block = &resp, ev.TxHash, ev.Block
	}
	if res.Response == nil {
		return fmt.Errorf("task %d answered at block %d but no TaskResponded event found", id, block)
	}
	return nil
}

// Wait polls until the task is answered or expired (or ctx ends).
func (c *Client) Wait(ctx context.Context, id uint32, every time.Duration) (Result, error) {
	for {
		r, err := c.Get(ctx, id)
		if err == nil && r.State != onchain.TaskPending {
			return r, nil
		}
		if !backoff.Sleep(ctx, every) {
			if err != nil {
				return r, fmt.Errorf("waiting for task %d: %w (last error: %v)", id, ctx.Err(), err)
			}
			return r, fmt.Errorf("waiting for task %d: %w", id, ctx.Err())
		}
	}
}
