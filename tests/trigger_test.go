package tests

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/bindings/triggerregistry"
	"github.com/blockless/avs/bindings/wrappedether"
	"github.com/blockless/avs/requester"
	"github.com/blockless/avs/trigger"
)

// TestTriggers runs automation on the devnet with real operators answering every task:
//   - a time trigger (every 30 s) fires each period exactly once, across a restart of its
//     service and with a second service instance (another account, as an operator running
//     failover) ticking the same registry; periods missed while no service ran are caught up;
//   - an event trigger on the reward token's Deposit logs fires on each deposit, and not on
//     withdrawals or on deposits before it existed;
//   - every firing's task is answered with sha256(template input ‖ firing suffix): the function
//     sees which firing it runs for.
func TestTriggers(t *testing.T) {
	skipShort(t)
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	e := startEnv(t, ctx)
	ops := e.registerOperators(10, 20)
	storeURL := e.startStore()
	aggURL, stopAgg := e.startAggregator(t.TempDir())
	defer stopAgg()
	for _, op := range ops {
		defer e.startNode(op, aggURL, t.TempDir())()
	}
	digest, uri, err := testStore(storeURL).Publish(ctx, buildGoFunction(t, "hashutil"))
	if err != nil {
		t.Fatal(err)
	}
	rq, err := requester.Dial(ctx, e.dn.Addresses.RPCURL, e.dn.Addresses.ChainID, e.dn.Addresses.AVS.TaskManager, e.dn.Owner)
	if err != nil {
		t.Fatal(err)
	}
	defer rq.Close()
	fn, _, err := rq.RegisterFunction(ctx, taskmanager.ITaskManagerFunctionSpec{ModuleDigest: digest, MinQuorumThreshold: 50,
		Limits: taskmanager.ITaskManagerResourceLimits{Fuel: 1_000_000_000, MemoryBytes: 64 << 20, WallTimeMs: 10_000, MaxOutputBytes: 4096},
		Uris:   []string{uri}})
	if err != nil {
		t.Fatal(err)
	}
	quote, err := rq.Quote(ctx, fn)
	if err != nil {
		t.Fatal(err)
	}

	regAddr := e.dn.Addresses.AVS.TriggerRegistry
	reg, err := triggerregistry.NewTriggerRegistry(regAddr, e.dn.Client)
	if err != nil {
		t.Fatal(err)
	}
	regABI, err := triggerregistry.TriggerRegistryMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	create := func(input string, s triggerregistry.TriggerRegistrySchedule, firings uint64) uint64 {
		t.Helper()
		opts, err := bind.NewKeyedTransactorWithChainID(e.dn.Owner, e.dn.ChainID)
		if err != nil {
			t.Fatal(err)
		}
		opts.Context, opts.Value = ctx, new(big.Int).Mul(quote, big.NewInt(20))
		tx, err := reg.CreateTrigger(opts, triggerregistry.TriggerRegistryTriggerSpec{
			Task: triggerregistry.TriggerRegistryTaskTemplate{FunctionId: fn, Input: []byte(input), QuorumNumbers: []byte{0},
				QuorumThresholdPercentage: 60, ResponseWindowBlocks: 300},
			Schedule: s, FeePerTask: quote, MaxFirings: firings})
		if err != nil {
			t.Fatalf("create trigger: %v", err)
		}
		r, err := bind.WaitMined(ctx, e.dn.Client, tx)
		if err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("create trigger: %v status %d", err, r.Status)
		}
		for _, l := range r.Logs {
			if ev, err := reg.ParseTriggerCreated(*l); err == nil {
				return ev.Id
			}
		}
		t.Fatal("no TriggerCreated")
		return 0
	}
	service := func() (*trigger.Service, common.Address) {
		k := e.aggregatorKey() // a funded account of its own
		c, err := trigger.NewChainRegistry(e.dn.Client, regAddr, k, e.dn.ChainID)
		if err != nil {
			t.Fatal(err)
		}
		return trigger.New(c, trigger.Config{}, e.log.With().Str("svc", "triggers").Logger()), crypto.PubkeyToAddress(k.PublicKey)
	}
	tick := func(s *trigger.Service) trigger.Report {
		t.Helper()
		rep, err := s.Tick(ctx)
		if err != nil {
			t.Fatalf("tick: %v", err)
		}
		return rep
	}
	advance := func(seconds int) {
		t.Helper()
		if err := e.dn.Client.Client().CallContext(ctx, nil, "evm_increaseTime", seconds); err != nil {
			t.Fatal(err)
		}
		if err := e.dn.Client.Client().CallContext(ctx, nil, "evm_mine"); err != nil {
			t.Fatal(err)
		}
	}

	// Time trigger: firing 0 is due at creation.
	cron := create("cron", triggerregistry.TriggerRegistrySchedule{Kind: uint8(trigger.KindTime), Period: 30}, 0)
	first, _ := service()
	if rep := tick(first); rep.Fired != 1 {
		t.Fatalf("first tick fired %d, want 1", rep.Fired)
	}
	tick(first)
	advance(31)
	tick(first)
	// Restarted (a new instance, nothing carried over) and a failover instance on another
	// account, both ticking: nothing fires twice.
	restarted, _ := service()
	failover, _ := service()
	for _, s := range []*trigger.Service{restarted, failover, restarted} {
		if rep := tick(s); rep.Fired != 0 || rep.Raced != 0 {
			t.Fatalf("after restart: %+v, want nothing to fire", rep)
		}
	}
	// Two periods pass with no service running; the failover instance catches both up.
	advance(61)
	if rep := tick(failover); rep.Fired != 2 {
		t.Fatalf("catch-up fired %d, want 2", rep.Fired)
	}
	tick(restarted)

	// Event trigger on the reward token's deposits, fired by its service account.
	weth, err := wrappedether.NewWrappedEther(e.dn.Addresses.AVS.RewardToken, e.dn.Client)
	if err != nil {
		t.Fatal(err)
	}
	wethABI, err := wrappedether.WrappedEtherMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	depositTopic := wethABI.Events["Deposit"].ID
	deposit := func(wei int64) {
		e.send("deposit", func(o *bind.TransactOpts) (*types.Transaction, error) {
			o.Value = big.NewInt(wei)
			return weth.Deposit(o)
		})
	}
	deposit(1) // before the trigger exists: never fires
	evs, evAddr := service()
	ev := create("event", triggerregistry.TriggerRegistrySchedule{Kind: uint8(trigger.KindEvent),
		Emitter: e.dn.Addresses.AVS.RewardToken, Topic0: depositTopic}, 0)
	e.send("set service", func(o *bind.TransactOpts) (*types.Transaction, error) { return reg.SetService(o, ev, evAddr) })
	// The service starts scanning at the block it is first run, as a deployment would.
	if rep := tick(evs); rep.EventFired != 0 {
		t.Fatalf("fired %d events before any", rep.EventFired)
	}
	deposit(2)
	e.send("withdraw", func(o *bind.TransactOpts) (*types.Transaction, error) { return weth.Withdraw(o, big.NewInt(1)) })
	deposit(3)
	advance(1) // one confirmation
	if rep := tick(evs); rep.EventFired != 2 {
		t.Fatalf("fired %d events, want the 2 deposits", rep.EventFired)
	}
	if rep := tick(evs); rep.EventFired != 0 {
		t.Fatalf("refired %d events", rep.EventFired)
	}

	// On chain: each firing once, and each task answered with the hash of its input.
	fired := firedTasks(t, ctx, e, regABI, regAddr)
	if got := fired[cron]; len(got) != 4 || !slices.Equal(sortedKeys(got), []uint64{0, 1, 2, 3}) {
		t.Fatalf("time trigger fired indexes %v, want 0..3 once each", sortedKeys(got))
	}
	if got := fired[ev]; len(got) != 2 {
		t.Fatalf("event trigger fired %d times, want 2", len(got))
	}
	inputs := taskInputs(t, ctx, e)
	cronTrigger, err := reg.GetTrigger(&bind.CallOpts{Context: ctx}, cron)
	if err != nil {
		t.Fatal(err)
	}
	u64, _ := abi.NewType("uint64", "", nil)
	for id, byIndex := range fired {
		for index, taskID := range byIndex {
			r := waitAnswered(t, ctx, rq, taskID, 2*time.Minute)
			input, ok := inputs[taskID]
			if !ok {
				t.Fatalf("no TaskCreated for task %d", taskID)
			}
			want := sha256.Sum256(input)
			if strings.TrimSpace(string(r.Response.Output)) != hex.EncodeToString(want[:]) {
				t.Errorf("trigger %d firing %d task %d: output %q, want sha256 of its input", id, index, taskID, r.Response.Output)
			}
			if id != cron {
				if !strings.HasPrefix(string(input), "event") {
					t.Errorf("event firing input %x does not start with the template input", input)
				}
				continue
			}
			// The template input, then abi.encode(triggerId, index, scheduledAt).
			suffix, err := abi.Arguments{{Type: u64}, {Type: u64}, {Type: u64}}.Pack(cron, index,
				cronTrigger.Spec.Schedule.Start+index*cronTrigger.Spec.Schedule.Period)
			if err != nil {
				t.Fatal(err)
			}
			if string(input) != "cron"+string(suffix) {
				t.Errorf("time firing %d input %x, want %x", index, input, append([]byte("cron"), suffix...))
			}
		}
	}
}

// taskInputs maps every task to its inline input, from the TaskCreated events.
func taskInputs(t *testing.T, ctx context.Context, e *env) map[uint32][]byte {
	t.Helper()
	it, err := e.tm.FilterTaskCreated(&bind.FilterOpts{Context: ctx}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	out := map[uint32][]byte{}
	for it.Next() {
		out[it.Event.TaskId] = it.Event.Input
	}
	if err := it.Error(); err != nil {
		t.Fatal(err)
	}
	return out
}

// firedTasks reads TriggerFired and EventFired logs: trigger id -> firing key -> task id (the
// key is the index for scheduled firings, the order of the event firing otherwise). It fails
// the test when a firing key appears twice.
func firedTasks(t *testing.T, ctx context.Context, e *env, regABI *abi.ABI, reg common.Address) map[uint64]map[uint64]uint32 {
	t.Helper()
	logs, err := e.dn.Client.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{reg}})
	if err != nil {
		t.Fatal(err)
	}
	b, err := triggerregistry.NewTriggerRegistry(reg, e.dn.Client)
	if err != nil {
		t.Fatal(err)
	}
	out := map[uint64]map[uint64]uint32{}
	add := func(id, key uint64, task uint32) {
		if out[id] == nil {
			out[id] = map[uint64]uint32{}
		}
		if _, dup := out[id][key]; dup {
			t.Fatalf("trigger %d firing %d happened twice", id, key)
		}
		out[id][key] = task
	}
	for _, l := range logs {
		if f, err := b.ParseTriggerFired(l); err == nil && l.Topics[0] == regABI.Events["TriggerFired"].ID {
			add(f.Id, f.Index, f.TaskId)
		} else if f, err := b.ParseEventFired(l); err == nil && l.Topics[0] == regABI.Events["EventFired"].ID {
			add(f.Id, uint64(len(out[f.Id])), f.TaskId)
		}
	}
	return out
}

func sortedKeys(m map[uint64]uint32) []uint64 {
	var ks []uint64
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}
