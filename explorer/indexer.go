package explorer

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"

	"github.com/blockless/avs/bindings/slasher"
	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/internal/backoff"
	"github.com/blockless/avs/protocol/onchain"
	"github.com/blockless/avs/rewards/plan"
	"github.com/blockless/avs/sealed"
)

var taskManagerABI = func() *abi.ABI {
	a, err := taskmanager.TaskManagerMetaData.GetAbi()
	if err != nil {
		panic(fmt.Sprintf("explorer: task manager ABI: %v", err)) // generated code: cannot fail
	}
	return a
}()

// maxLogRange is the most blocks one eth_getLogs call covers.
const maxLogRange = 2000

// indexer reads the chain into the model: logs from the deployment block on, then every new
// block as it comes.
type indexer struct {
	chain   Chain
	m       *model
	tm      *taskmanager.TaskManagerFilterer
	slasher *slasher.SlasherFilterer
	log     zerolog.Logger
	times   map[uint64]uint64 // block times of the range being indexed
	quorums map[uint8]bool    // quorums seen in tasks: the operators page shows stake in each
	// answerFailures counts failed reads of a response transaction's signers.
	answerFailures map[common.Hash]int
}

// maxAnswerAttempts is how many times the signers of a response are read before the task is
// shown without them.
const maxAnswerAttempts = 5

func newIndexer(c Chain, m *model, from uint64, log zerolog.Logger) (*indexer, error) {
	tm, err := taskmanager.NewTaskManagerFilterer(common.Address{}, nil)
	if err != nil {
		return nil, err
	}
	sl, err := slasher.NewSlasherFilterer(common.Address{}, nil)
	if err != nil {
		return nil, err
	}
	if from > 0 {
		m.indexed = from - 1
	}
	return &indexer{chain: c, m: m, tm: tm, slasher: sl, log: log, quorums: map[uint8]bool{0: true}, answerFailures: map[common.Hash]int{}}, nil
}

// run indexes until ctx ends; an RPC failure is logged and retried on the next tick.
func (x *indexer) run(ctx context.Context, every time.Duration) {
	for {
		if err := x.step(ctx); err != nil && ctx.Err() == nil {
			x.log.Warn().Err(err).Msg("explorer: reading the chain (retrying)")
		}
		if !backoff.Sleep(ctx, every) {
			return
		}
	}
}

// step indexes up to the head (in ranges of maxLogRange) and refreshes the operators.
func (x *indexer) step(ctx context.Context) error {
	head, err := x.chain.Head(ctx)
	if err != nil {
		return fmt.Errorf("head: %w", err)
	}
	x.m.mu.Lock()
	from := x.m.indexed + 1
	x.m.head = head
	x.m.mu.Unlock()
	for from <= head {
		to := min(head, from+maxLogRange-1)
		logs, err := x.chain.Logs(ctx, from, to)
		if err != nil {
			return fmt.Errorf("logs %d-%d: %w", from, to, err)
		}
		if err := x.apply(ctx, logs); err != nil {
			return err
		}
		x.m.mu.Lock()
		x.m.indexed = to
		x.m.mu.Unlock()
		from = to + 1
	}
	return x.refreshOperators(ctx, head)
}

// apply adds one range's logs to the model. Everything read from the chain is read before the
// model is locked, so pages never wait on RPC.
func (x *indexer) apply(ctx context.Context, logs []types.Log) error {
	x.times = map[uint64]uint64{}
	answersPerTx := map[common.Hash]int{}
	refunds := map[common.Hash]map[uint32]*big.Int{}
	for _, l := range logs {
		if len(l.Topics) == 0 {
			continue
		}
		if x.is(l, "TaskResponded") {
			answersPerTx[l.TxHash]++
		} else if ev, err := x.tm.ParseFuelRefunded(l); err == nil && x.is(l, "FuelRefunded") {
			if refunds[l.TxHash] == nil {
				refunds[l.TxHash] = map[uint32]*big.Int{}
			}
			refunds[l.TxHash][ev.TaskId] = ev.Amount
		}
	}
	// Read everything first: a range that fails half-way changes nothing, and is read again
	// whole on the next tick (applying part of it twice would count tasks twice).
	gas := map[common.Hash]uint64{}
	var updates []func()
	for _, l := range logs {
		if l.Removed || len(l.Topics) == 0 {
			continue
		}
		t, err := x.blockTime(ctx, l.BlockNumber)
		if err != nil {
			return err
		}
		u, err := x.prepare(ctx, l, t, answersPerTx, refunds, gas)
		if err != nil {
			return err
		}
		if u != nil {
			updates = append(updates, u)
		}
	}
	for _, u := range updates {
		u()
	}
	return nil
}

func (x *indexer) blockTime(ctx context.Context, block uint64) (uint64, error) {
	if t, ok := x.times[block]; ok {
		return t, nil
	}
	t, err := x.chain.BlockTime(ctx, block)
	if err != nil {
		return 0, err
	}
	x.times[block] = t
	return t, nil
}

// prepare reads what log l needs from the chain and returns the model update it makes (nil
// for a log the explorer does not show).
func (x *indexer) prepare(ctx context.Context, l types.Log, at uint64, answersPerTx map[common.Hash]int,
	refunds map[common.Hash]map[uint32]*big.Int, gas map[common.Hash]uint64) (func(), error) {
	step := Step{Block: l.BlockNumber, Time: at, Tx: l.TxHash}
	switch {
	case x.is(l, "TaskCreated"):
		ev, err := x.tm.ParseTaskCreated(l)
		if err != nil {
			return nil, fmt.Errorf("decode TaskCreated: %w", err)
		}
		return func() { x.created(ev, step) }, nil
	case x.is(l, "TaskResponded"):
		ev, err := x.tm.ParseTaskResponded(l)
		if err != nil {
			return nil, fmt.Errorf("decode TaskResponded: %w", err)
		}
		if _, ok := gas[l.TxHash]; !ok {
			g, err := x.chain.TxGas(ctx, l.TxHash)
			if err != nil {
				return nil, err
			}
			gas[l.TxHash] = g
		}
		var problem string
		ans, err := x.chain.Answer(ctx, l.TxHash, ev.TaskId, refunds[l.TxHash][ev.TaskId])
		if err != nil {
			// Most often the RPC: read the range again. A transaction that keeps failing is shown
			// without its signers rather than stopping the explorer.
			x.answerFailures[l.TxHash]++
			if x.answerFailures[l.TxHash] < maxAnswerAttempts {
				return nil, fmt.Errorf("signers of task %d: %w", ev.TaskId, err)
			}
			problem = fmt.Sprintf("signers unreadable after %d attempts: %v", maxAnswerAttempts, err)
		}
		delete(x.answerFailures, l.TxHash)
		perTask := gas[l.TxHash] / uint64(max(answersPerTx[l.TxHash], 1))
		return func() { x.responded(ev, step, perTask, ans, problem) }, nil
	case x.is(l, "TaskExpired"):
		ev, err := x.tm.ParseTaskExpired(l)
		if err != nil {
			return nil, fmt.Errorf("decode TaskExpired: %w", err)
		}
		step.Kind, step.Detail = "expired", "deadline passed unanswered; the fee was credited back to the requester"
		return func() { x.taskStep(ev.TaskId, step, func(t *Task) { t.State = onchain.TaskExpired.String() }) }, nil
	case x.is(l, "CallbackResult"):
		ev, err := x.tm.ParseCallbackResult(l)
		if err != nil {
			return nil, fmt.Errorf("decode CallbackResult: %w", err)
		}
		ok := ev.Success
		step.Kind, step.Detail = "callback", fmt.Sprintf("callback %s: %s", ev.Callback.Hex(), map[bool]string{true: "succeeded", false: "reverted"}[ok])
		return func() { x.taskStep(ev.TaskId, step, func(t *Task) { t.Callback, t.CallbackOK = ev.Callback, &ok }) }, nil
	case x.is(l, "FuelRefunded"):
		ev, err := x.tm.ParseFuelRefunded(l)
		if err != nil {
			return nil, fmt.Errorf("decode FuelRefunded: %w", err)
		}
		step.Kind, step.Detail = "refund", fmt.Sprintf("%s wei of unused fuel refunded to %s", ev.Amount, ev.Requester.Hex())
		return func() { x.taskStep(ev.TaskId, step, nil) }, nil
	case x.is(l, "FunctionRegistered"), x.is(l, "FunctionUpdated"), x.is(l, "FunctionDeactivated"):
		if len(l.Topics) < 2 {
			return nil, nil
		}
		id := new(big.Int).SetBytes(l.Topics[1].Bytes()).Uint64()
		rec, err := x.chain.Function(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("function %d: %w", id, err)
		}
		return func() { x.function(id, rec, l) }, nil
	}
	return x.slashing(l), nil
}

// is reports whether l is the TaskManager event name.
func (x *indexer) is(l types.Log, name string) bool {
	ev, ok := taskManagerABI.Events[name]
	return ok && l.Topics[0] == ev.ID
}

func (x *indexer) created(ev *taskmanager.TaskManagerTaskCreated, step Step) {
	task := ev.Task
	mode := "quorum"
	if task.CommitteeSize > 0 {
		mode = "committee"
	}
	t := &Task{ID: ev.TaskId, FunctionID: task.FunctionId, Requester: task.Requester, State: onchain.TaskPending.String(), Mode: mode,
		Fee: task.Fee.String(), Runtime: onchain.Runtime(task.Runtime).String(), QuorumNumbers: quorumList(task.QuorumNumbers),
		Threshold: task.QuorumThresholdPercentage, CommitteeSize: task.CommitteeSize, ReferenceBlock: task.ReferenceBlock,
		DeadlineBlock: task.DeadlineBlock, CreatedBlock: step.Block, CreatedTime: step.Time, CreatedTx: step.Tx,
		InputBytes: len(ev.Input), Sealed: sealed.IsSealed(ev.Input), Callback: task.Callback}
	step.Kind = "created"
	step.Detail = fmt.Sprintf("function %d, %d-byte input%s, deadline block %d, deposit %s wei", task.FunctionId, len(ev.Input),
		map[bool]string{true: " (sealed)", false: ""}[t.Sealed], task.DeadlineBlock, task.Fee)
	t.Steps = []Step{step}
	x.m.mu.Lock()
	defer x.m.mu.Unlock()
	for _, q := range task.QuorumNumbers {
		x.quorums[q] = true
	}
	if old, ok := x.m.tasks[ev.TaskId]; ok {
		// An id reused after a reorganisation: the newer creation is the task.
		if f := x.m.functions[old.FunctionID]; f != nil {
			f.Tasks--
		}
	} else {
		x.m.order = append(x.m.order, ev.TaskId)
	}
	x.m.tasks[ev.TaskId] = t
	if f := x.m.functions[task.FunctionId]; f != nil {
		f.Tasks++
	}
}

func (x *indexer) responded(ev *taskmanager.TaskManagerTaskResponded, step Step, gas uint64, ans plan.Answer, problem string) {
	r := ev.Response
	x.m.mu.Lock()
	defer x.m.mu.Unlock()
	t := x.m.tasks[ev.TaskId]
	if t == nil {
		return // created before the indexed range
	}
	t.State = onchain.TaskResponded.String()
	t.RespondedBlock, t.RespondedTime, t.RespondTx = step.Block, step.Time, step.Tx
	t.LatencyBlocks = step.Block - min(step.Block, t.CreatedBlock)
	t.LatencySeconds = step.Time - min(step.Time, t.CreatedTime)
	t.Gas, t.Status, t.FuelUsed, t.TranscriptDigest = gas, onchain.Status(r.Status).String(), r.FuelUsed, r.TranscriptDigest
	t.setOutput(r.Output, r.OutputDigest)
	t.Problem = problem
	if ans.Kind != "" {
		t.Mode = ans.Kind
		if ans.Fee != nil {
			t.Paid = ans.Fee.String()
		}
		signed, total := new(big.Int), new(big.Int)
		t.Signers, t.NonSigners = nil, nil
		for _, o := range ans.Signers {
			t.Signers = append(t.Signers, OperatorRef{ID: o.ID, Address: o.Address, Stake: o.Stake.String()})
			signed.Add(signed, o.Stake)
			x.m.operator(o.ID, o.Address).Signed++
		}
		total.Add(total, signed)
		for _, o := range ans.NonSigners {
			t.NonSigners = append(t.NonSigners, OperatorRef{ID: o.ID, Address: o.Address, Stake: o.Stake.String()})
			total.Add(total, o.Stake)
			x.m.operator(o.ID, o.Address).Missed++
		}
		if total.Sign() > 0 {
			pct, _ := new(big.Float).Quo(new(big.Float).SetInt(new(big.Int).Mul(signed, big.NewInt(10000))), new(big.Float).SetInt(total)).Float64()
			t.SignedStakePct = float64(int64(pct)) / 100
		}
		for addr, amount := range ans.Earned {
			if o := x.m.operatorByAddress(addr); o != nil {
				o.earned.Add(o.earned, amount)
			}
		}
	}
	how := map[string]string{plan.AnsweredByQuorum: "quorum certificate", plan.AnsweredByCommittee: "committee certificate", plan.AnsweredByProof: "zk proof"}[t.Mode]
	step.Kind = "answered"
	step.Detail = fmt.Sprintf("%s: %d signed, %d did not; status %s, fuel %d, output %d bytes (digest %s)", how, len(t.Signers), len(t.NonSigners),
		t.Status, r.FuelUsed, len(r.Output), shortHash(r.OutputDigest))
	t.Steps = append(t.Steps, step)
	if f := x.m.functions[t.FunctionID]; f != nil {
		f.Answered++
	}
}

func (x *indexer) taskStep(id uint32, step Step, update func(*Task)) {
	x.m.mu.Lock()
	defer x.m.mu.Unlock()
	t := x.m.tasks[id]
	if t == nil {
		return
	}
	if update != nil {
		update(t)
	}
	t.Steps = append(t.Steps, step)
}

func (x *indexer) function(id uint64, rec taskmanager.ITaskManagerFunctionRecord, l types.Log) {
	s := rec.Spec
	x.m.mu.Lock()
	defer x.m.mu.Unlock()
	f := x.m.functions[id]
	if f == nil {
		f = &Function{ID: id, RegisteredTx: l.TxHash}
		for _, t := range x.m.tasks {
			if t.FunctionID == id {
				f.Tasks++
				if t.State == onchain.TaskResponded.String() {
					f.Answered++
				}
			}
		}
		x.m.functions[id] = f
	}
	f.Owner, f.Active, f.ModuleDigest = rec.Owner, rec.Active, s.ModuleDigest
	f.Runtime, f.Mode = onchain.Runtime(s.Runtime).String(), onchain.Mode(s.Mode).String()
	if s.Mode == uint8(onchain.ModeQuorum) && s.CommitteeSize > 0 {
		f.Mode = "committee"
	}
	f.CommitteeSize, f.Fuel, f.MemoryBytes, f.WallTimeMs, f.MaxOutputBytes = s.CommitteeSize, s.Limits.Fuel, s.Limits.MemoryBytes, s.Limits.WallTimeMs, s.Limits.MaxOutputBytes
	f.BaseFee, f.FuelPrice, f.HTTPHosts = bigString(s.BaseFee), bigString(s.FuelPrice), append([]string{}, s.HttpHosts...)
}

func bigString(b *big.Int) string {
	if b == nil {
		return "0"
	}
	return b.String()
}

// slashing is the update of a Slasher event about an operator (nil for other logs).
func (x *indexer) slashing(l types.Log) func() {
	ev := SlashingEvent{Block: l.BlockNumber, Tx: l.TxHash}
	var operator common.Address
	if e, err := x.slasher.ParseFaultProven(l); err == nil {
		operator, ev.Kind, ev.Detail = e.Operator, "fault-proven", fmt.Sprintf("fault %d on task %d (request %s)", e.Fault, e.TaskId, e.RequestId)
	} else if e, err := x.slasher.ParseSlashingRequested(l); err == nil {
		operator, ev.Kind, ev.Detail = e.Operator, "slashing-requested", fmt.Sprintf("request %s: %d wad, after block %d", e.RequestId, e.Wad, e.FulfilAfterBlock)
	} else if e, err := x.slasher.ParseOperatorSlashed(l); err == nil {
		operator, ev.Kind, ev.Detail = e.Operator, "slashed", fmt.Sprintf("request %s: %d wad", e.RequestId, e.Wad)
	} else {
		return nil
	}
	return func() {
		x.m.mu.Lock()
		defer x.m.mu.Unlock()
		if o := x.m.operatorByAddress(operator); o != nil {
			o.Slashings = append(o.Slashings, ev)
		} else {
			x.m.pendingSlashings[operator] = append(x.m.pendingSlashings[operator], ev)
		}
	}
}

// refreshOperators reads every seen quorum's operators at the head, with their capacity.
func (x *indexer) refreshOperators(ctx context.Context, head uint64) error {
	x.m.mu.RLock()
	var quorums []uint8
	for q := range x.quorums {
		quorums = append(quorums, q)
	}
	x.m.mu.RUnlock()
	type seen struct {
		op    plan.Operator
		stake map[uint8]*big.Int
	}
	ops := map[common.Hash]*seen{}
	for _, q := range quorums {
		list, err := x.chain.Operators(ctx, q, head)
		if err != nil {
			return err
		}
		for _, o := range list {
			if ops[o.ID] == nil {
				ops[o.ID] = &seen{op: o, stake: map[uint8]*big.Int{}}
			}
			ops[o.ID].stake[q] = o.Stake
		}
	}
	caps := map[common.Hash][3]uint64{}
	for id, s := range ops {
		c, err := x.chain.Capacity(ctx, s.op.Address)
		if err != nil {
			return err
		}
		caps[id] = [3]uint64{uint64(c.Cores), uint64(c.MemoryMiB), uint64(c.FuelRate)}
	}
	x.m.mu.Lock()
	defer x.m.mu.Unlock()
	for id, s := range ops {
		o := x.m.operator(id, s.op.Address)
		o.Stakes = map[uint8]string{}
		for q, st := range s.stake {
			o.Stakes[q] = st.String()
		}
		c := caps[id]
		o.Cores, o.MemoryMiB, o.FuelRate = uint16(c[0]), uint32(c[1]), uint32(c[2])
		if p := x.m.pendingSlashings[s.op.Address]; len(p) > 0 {
			o.Slashings = append(o.Slashings, p...)
			delete(x.m.pendingSlashings, s.op.Address)
		}
	}
	return nil
}

func quorumList(b []byte) []int {
	out := make([]int, len(b))
	for i, q := range b {
		out[i] = int(q)
	}
	return out
}
