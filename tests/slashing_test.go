package tests

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"strings"
	"testing"
	"time"

	regcoord "github.com/Layr-Labs/eigensdk-go/contracts/bindings/SlashingRegistryCoordinator"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/blockless/avs/aggregator"
	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/faults"
	"github.com/blockless/avs/operator/registration"
	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/protocol/onchain"
)

// TestSlashing proves faults on the devnet's real AllocationManager: a byzantine operator that
// signs a wrong output, or two different outputs, loses slashWad of its allocated magnitude (read
// back through eigensdk-go); honest operators, an operator that was down, a replayed proof and a
// proof against an honest signature change nothing.
func TestSlashing(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	e := startEnv(t, ctx)
	ops := e.registerOperators(10, 20, 30)
	byz, down := ops[0], ops[1]

	// EigenLayer takes allocations once the operator's allocation delay is in effect: 1200 blocks
	// after registering (the devnet's ALLOCATION_CONFIGURATION_DELAY).
	clients := make([]*registration.Client, len(ops))
	for i, op := range ops {
		c, err := registration.Dial(ctx, e.registrationConfig(), op.key, e.log)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		clients[i] = c
	}
	if _, err := clients[0].Allocate(ctx, 50, byz.bls); err == nil || !strings.Contains(err.Error(), "not in effect yet") {
		t.Fatalf("allocation before the delay: %v, want a clear refusal", err)
	}
	if err := e.dn.Anvil.Mine(ctx, 1201); err != nil {
		t.Fatal(err)
	}
	for i, c := range clients {
		if _, err := c.Allocate(ctx, 50, ops[i].bls); err != nil {
			t.Fatalf("%s allocate: %v", ops[i].name, err)
		}
	}
	if err := e.dn.Anvil.Mine(ctx, 1); err != nil {
		t.Fatal(err)
	}
	magnitude := func(c *registration.Client) uint64 {
		t.Helper()
		allocs, err := c.Allocations(ctx)
		if err != nil || len(allocs) != 1 {
			t.Fatalf("allocations: %+v, %v", allocs, err)
		}
		return allocs[0].Magnitude
	}
	// The slashable quorum weighs each operator by what it allocated: half its deposit.
	slashableStake := func(i int) *big.Int {
		t.Helper()
		st, err := clients[i].Status(ctx, common.Address{})
		if err != nil {
			t.Fatal(err)
		}
		if st.StakeByQuorum[1] == nil {
			t.Fatalf("%s has no stake in the slashable quorum: %v", ops[i].name, st.StakeByQuorum)
		}
		return st.StakeByQuorum[1]
	}
	for i, c := range clients {
		if m := magnitude(c); m != 5e17 {
			t.Fatalf("%s allocated magnitude %d, want 5e17", ops[i].name, m)
		}
		if s, want := slashableStake(i), new(big.Int).Div(ops[i].deposit, big.NewInt(2)); s.Cmp(want) != 0 {
			t.Fatalf("%s slashable-quorum stake %s, want %s", ops[i].name, s, want)
		}
	}

	agg := e.newAggregator()
	fn := e.registerFunction(50)

	// A task on the slashable quorum is certified by slashable stake alone.
	idS, taskS := e.createTaskReq(taskmanager.ITaskManagerTaskRequest{FunctionId: fn, Input: []byte("secured by slashable stake"),
		QuorumNumbers: []byte{1}, QuorumThresholdPercentage: 60, ResponseWindowBlocks: 50})
	respS := protocol.NewResponse(idS, onchain.StatusOK, []byte("ok"))
	if _, err := e.respond(taskS, respS, e.aggregate(agg, idS, taskS, respS, 100, ops...)); err != nil {
		t.Fatalf("certificate over the slashable quorum: %v", err)
	}
	prover, err := faults.NewProver(e.dn.Client, e.dn.Addresses.AVS.TaskManager, e.dn.Addresses.AVS.Slasher, e.dn.Addresses.AVS.RegistryCoordinator, e.dn.Addresses.DeployedAt)
	if err != nil {
		t.Fatal(err)
	}
	challenger, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	if err := e.dn.Fund(ctx, ether(1), crypto.PubkeyToAddress(challenger.PublicKey)); err != nil {
		t.Fatal(err)
	}
	signed := func(op *testOperator, task protocol.Task, resp protocol.Response) protocol.SignedResponse {
		digest, err := e.codec.ResponseDigest(e.dn.ChainID, e.dn.Addresses.AVS.TaskManager, task, resp)
		if err != nil {
			t.Fatal(err)
		}
		return protocol.NewSignedResponse(resp, digest, op.bls, op.id)
	}
	addr := func(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }
	submit := func(ev faults.Evidence) error {
		_, err := prover.Submit(ctx, challenger, ev)
		return err
	}

	// Task 1: op2 is down; op3 (30 of 60) and the byzantine op1 answer; the certified answer is
	// op3's, op1 signed another output.
	id, task := e.createTask(fn, []byte("in"), 50, 50)
	right := protocol.NewResponse(id, onchain.StatusOK, []byte("right"))
	cert := e.aggregate(agg, id, task, right, 50, ops[2])
	if _, err := e.respond(task, right, cert); err != nil {
		t.Fatal(err)
	}
	wrong := protocol.NewResponse(id, onchain.StatusOK, []byte("wrong"))

	// Evidence against honest work is refused: op3's own signature on the certified answer, and a
	// "signature" of the absent op2 (it signed nothing; the byzantine signature is not its).
	if err := submit(faults.Evidence{Kind: faults.Contradiction, Operator: addr(ops[2].key), Signed: signed(ops[2], task, right)}); err == nil || !strings.Contains(err.Error(), "NotAContradiction") {
		t.Fatalf("contradiction against the certified signer: %v", err)
	}
	forged := signed(byz, task, wrong)
	if err := submit(faults.Evidence{Kind: faults.Contradiction, Operator: addr(down.key), Signed: forged}); err == nil || !strings.Contains(err.Error(), "InvalidSignature") {
		t.Fatalf("contradiction against the absent operator: %v", err)
	}

	r, err := prover.Submit(ctx, challenger, faults.Evidence{Kind: faults.Contradiction, Operator: addr(byz.key), Signed: forged})
	if err != nil {
		t.Fatalf("contradiction proof: %v", err)
	}
	t.Logf("proveContradiction gas (real AllocationManager): %d", r.GasUsed)
	if m := magnitude(clients[0]); m != 45e16 {
		t.Fatalf("byzantine magnitude after one fault: %d, want 4.5e17 (10%% slashed)", m)
	}
	for i := 1; i < 3; i++ {
		if m := magnitude(clients[i]); m != 5e17 {
			t.Fatalf("%s magnitude %d after another operator's fault, want 5e17", ops[i].name, m)
		}
	}
	if err := submit(faults.Evidence{Kind: faults.Contradiction, Operator: addr(byz.key), Signed: forged}); err == nil || !strings.Contains(err.Error(), "FaultAlreadyProven") {
		t.Fatalf("replayed proof: %v", err)
	}

	// Task 2: equivocation, provable even before the task is answered.
	id2, task2 := e.createTask(fn, []byte("in2"), 50, 50)
	one := signed(byz, task2, protocol.NewResponse(id2, onchain.StatusOK, []byte("one")))
	two := signed(byz, task2, protocol.NewResponse(id2, onchain.StatusOK, []byte("two")))
	if err := submit(faults.Evidence{Kind: faults.Equivocation, Operator: addr(byz.key), Signed: one, Other: &one}); err == nil || !strings.Contains(err.Error(), "SameResponse") {
		t.Fatalf("equivocation with one response: %v", err)
	}
	r, err = prover.Submit(ctx, challenger, faults.Evidence{Kind: faults.Equivocation, Operator: addr(byz.key), Signed: one, Other: &two})
	if err != nil {
		t.Fatalf("equivocation proof: %v", err)
	}
	t.Logf("proveEquivocation gas (real AllocationManager): %d", r.GasUsed)
	if m := magnitude(clients[0]); m != 405e15 {
		t.Fatalf("byzantine magnitude after two faults: %d, want 4.05e17", m)
	}

	// Task 3 answered in a batch: a contradiction is proven against the batch leaf.
	id3, task3 := e.createTask(fn, []byte("in3"), 50, 50)
	id4, task4 := e.createTask(fn, []byte("in4"), 50, 50)
	resps := []protocol.Response{protocol.NewResponse(id3, onchain.StatusOK, []byte("r3")), protocol.NewResponse(id4, onchain.StatusOK, []byte("r4"))}
	b := e.signBatch(t, e.newBatchAggregator(), []protocol.Task{task3, task4}, resps, ops...)
	if _, err := e.respondBatch(b.tasks, b.resps, b.ref, b.cert); err != nil {
		t.Fatalf("respondToTasks: %v", err)
	}
	if _, err := prover.Submit(ctx, challenger, faults.Evidence{Kind: faults.Contradiction, Operator: addr(byz.key),
		Signed: signed(byz, task4, protocol.NewResponse(id4, onchain.StatusOK, []byte("not r4")))}); err != nil {
		t.Fatalf("contradiction of a batch answer: %v", err)
	}
	if m := magnitude(clients[0]); m != 3645e14 {
		t.Fatalf("byzantine magnitude after three faults: %d, want 3.645e17", m)
	}
	// The aggregator proves, by itself, a contradiction among the signatures it verified.
	aggKey := e.aggregatorKey()
	reporter := faults.NewReporter(prover, aggKey, e.log)
	rctx, stopReporter := context.WithCancel(ctx)
	defer stopReporter()
	go reporter.Run(rctx)
	ag := e.runAggregator(t.TempDir(), aggKey, func(c *aggregator.Config) { c.BatchMaxTasks, c.Faults = 0, reporter })
	id5, task5 := e.createTask(fn, []byte("in5"), 50, 50)
	ag.waitSeen(t, id5)
	ag.postAccepted(t, e.signed(byz, task5, protocol.NewResponse(id5, onchain.StatusOK, []byte("lie"))))
	ag.postAccepted(t, e.signed(ops[2], task5, protocol.NewResponse(id5, onchain.StatusOK, []byte("truth"))))
	e.waitOnChainState(t, id5, onchain.TaskResponded)
	deadline := time.Now().Add(60 * time.Second)
	for magnitude(clients[0]) != 32805e13 {
		if time.Now().After(deadline) {
			t.Fatalf("byzantine magnitude %d: the aggregator did not prove its contradiction (want 3.2805e17)", magnitude(clients[0]))
		}
		time.Sleep(250 * time.Millisecond)
	}

	// The absent operator was never slashed.
	if m := magnitude(clients[1]); m != 5e17 {
		t.Fatalf("absent operator's magnitude %d, want 5e17", m)
	}
	// Once the stakes are brought up to date (updateOperators, anyone may call it), the slashable
	// quorum weighs the byzantine operator by what is left: 10 ether × 0.32805.
	coord, err := regcoord.NewContractSlashingRegistryCoordinator(e.dn.Addresses.AVS.RegistryCoordinator, e.dn.Client)
	if err != nil {
		t.Fatal(err)
	}
	e.send("updateOperators", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return coord.UpdateOperators(o, []common.Address{addr(byz.key), addr(down.key)})
	})
	// EigenLayer's slashing-factor arithmetic rounds down: a few wei below the exact product.
	want := new(big.Int).Mul(big.NewInt(32805), big.NewInt(1e14))
	if s := slashableStake(0); s.Cmp(want) > 0 || new(big.Int).Sub(want, s).Cmp(big.NewInt(10)) > 0 {
		t.Fatalf("byzantine slashable-quorum stake %s after the slashes, want %s (within 10 wei below)", s, want)
	}
	if s, want := slashableStake(1), new(big.Int).Div(down.deposit, big.NewInt(2)); s.Cmp(want) != 0 {
		t.Fatalf("absent operator's slashable-quorum stake %s, want %s", s, want)
	}
}
