package tests

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	rewardscoordinator "github.com/Layr-Labs/eigensdk-go/contracts/bindings/RewardsCoordinator"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/blockless/avs/bindings/servicemanager"
	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/bindings/wrappedether"
	"github.com/blockless/avs/chain"
	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/protocol/onchain"
	"github.com/blockless/avs/rewards/claim"
	"github.com/blockless/avs/rewards/distribution"
	"github.com/blockless/avs/rewards/plan"
	"github.com/blockless/avs/rewards/updater"
)

// TestRewardsLoop runs the whole fee → reward loop on the devnet: paid tasks answered by real BLS
// certificates, the epoch's plan computed from the chain, the ServiceManager's operator-directed
// submission to EigenLayer's RewardsCoordinator, the devnet rewards updater's root, and operators'
// claims growing their balances by exactly what they earned.
func TestRewardsLoop(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	e := startEnv(t, ctx)
	ops := e.registerOperators(10, 20, 30)
	agg := e.newAggregator()
	call := &bind.CallOpts{Context: ctx}
	addrs := e.dn.Addresses

	// Three paid tasks: all sign; op1 does not sign; a metered one refunding unused fuel.
	flat := e.registerFunction(50)
	// The aggregation waits for exactly the signers given: it stops at the off-chain threshold.
	answer := func(id uint32, task protocol.Task, resp protocol.Response, signers ...*testOperator) {
		t.Helper()
		signed := new(big.Int)
		for _, op := range signers {
			signed.Add(signed, op.deposit)
		}
		threshold := uint8(new(big.Int).Quo(new(big.Int).Mul(signed, big.NewInt(100)), ether(60)).Int64())
		cert := e.aggregate(agg, id, task, resp, threshold, signers...)
		if _, err := e.respond(task, resp, cert); err != nil {
			t.Fatalf("task %d: %v", id, err)
		}
	}
	feeA, feeB := big.NewInt(3e15), big.NewInt(6e15)
	idA, taskA := e.createTaskPaying(taskmanager.ITaskManagerTaskRequest{FunctionId: flat, Input: []byte("a"), QuorumNumbers: []byte{0},
		QuorumThresholdPercentage: 50, ResponseWindowBlocks: 50}, feeA)
	answer(idA, taskA, protocol.NewResponse(idA, onchain.StatusOK, []byte("A")), ops...)
	idB, taskB := e.createTaskPaying(taskmanager.ITaskManagerTaskRequest{FunctionId: flat, Input: []byte("b"), QuorumNumbers: []byte{0},
		QuorumThresholdPercentage: 50, ResponseWindowBlocks: 50}, feeB)
	answer(idB, taskB, protocol.NewResponse(idB, onchain.StatusOK, []byte("B")), ops[1], ops[2])

	spec := taskmanager.ITaskManagerFunctionSpec{
		ModuleDigest: crypto.Keccak256Hash([]byte("metered")), Runtime: uint8(onchain.RuntimeWasm), Mode: uint8(onchain.ModeQuorum), MinQuorumThreshold: 50,
		Limits:  taskmanager.ITaskManagerResourceLimits{Fuel: 1_000_000, MemoryBytes: 16 << 20, WallTimeMs: 1000, MaxOutputBytes: 4096},
		Uris:    []string{"http://127.0.0.1/modules/m"},
		BaseFee: big.NewInt(1e15), FuelPrice: big.NewInt(1e9),
	}
	metered := e.registerSpec(spec)
	quote := new(big.Int).Add(spec.BaseFee, new(big.Int).Mul(big.NewInt(1_000_000), spec.FuelPrice)) // 2e15
	idC, taskC := e.createTaskPaying(taskmanager.ITaskManagerTaskRequest{FunctionId: metered, Input: []byte("c"), QuorumNumbers: []byte{0},
		QuorumThresholdPercentage: 50, ResponseWindowBlocks: 50}, quote)
	respC := protocol.NewResponse(idC, onchain.StatusOK, []byte("C"))
	respC.FuelUsed = 250_000
	answer(idC, taskC, respC, ops...)
	feeC := new(big.Int).Sub(quote, big.NewInt(750_000*1e9))

	// The rule, computed here from the deposits (stake = deposited shares at multiplier 1e18).
	want := map[common.Address]*big.Int{}
	shareOf := func(fee *big.Int, signers ...*testOperator) {
		total := new(big.Int)
		for _, op := range signers {
			total.Add(total, op.deposit)
		}
		paid := new(big.Int)
		for _, op := range signers {
			a := crypto.PubkeyToAddress(op.key.PublicKey)
			part := new(big.Int).Quo(new(big.Int).Mul(fee, op.deposit), total)
			if want[a] == nil {
				want[a] = new(big.Int)
			}
			want[a].Add(want[a], part)
			paid.Add(paid, part)
		}
		largest := crypto.PubkeyToAddress(signers[len(signers)-1].key.PublicKey) // deposits ascend
		want[largest].Add(want[largest], new(big.Int).Sub(fee, paid))
	}
	shareOf(feeA, ops...)
	shareOf(feeB, ops[1], ops[2])
	shareOf(feeC, ops...)

	src, err := plan.NewChainSource(e.dn.Client, addrs)
	if err != nil {
		t.Fatal(err)
	}
	seconds, err := src.EpochSeconds(ctx)
	if err != nil {
		t.Fatal(err)
	}
	head, err := e.dn.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	epoch := head.Time / uint64(seconds)
	p, err := plan.Compute(ctx, src, epoch)
	if err != nil {
		t.Fatalf("plan: %v", err)
	}
	total := new(big.Int).Add(new(big.Int).Add(feeA, feeB), feeC)
	if p.Total.Cmp(total) != 0 || len(p.Operators) != 3 {
		t.Fatalf("plan %+v, want 3 operators sharing %s", p, total)
	}
	for a, w := range want {
		if got := p.Amount(a); got.Cmp(w) != 0 {
			t.Errorf("plan pays %s %s, want %s", a.Hex(), got, w)
		}
	}

	// The epoch cannot be paid while it runs.
	if _, err := plan.Submit(ctx, e.dn.Client, e.dn.Owner, addrs.AVS.ServiceManager, p); err == nil || !strings.Contains(err.Error(), "EpochNotOver") {
		t.Fatalf("submission during the epoch: %v, want EpochNotOver", err)
	}
	// A week later (the RewardsCoordinator's interval on the devnet) it can, once.
	warpTo(t, ctx, e.dn.Anvil.RPCURL, (epoch+1)*uint64(seconds)+60)
	rcpt, err := plan.Submit(ctx, e.dn.Client, e.dn.Owner, addrs.AVS.ServiceManager, p)
	if err != nil {
		t.Fatalf("submit: %v", err)
	}
	t.Logf("submitEpochRewards gas, 3 operators: %d", rcpt.GasUsed)
	sm, err := servicemanager.NewServiceManager(addrs.AVS.ServiceManager, e.dn.Client)
	if err != nil {
		t.Fatal(err)
	}
	if done, err := sm.EpochRewarded(call, epoch); err != nil || !done {
		t.Fatalf("epochRewarded(%d) = %v, %v", epoch, done, err)
	}
	if _, err := plan.Submit(ctx, e.dn.Client, e.dn.Owner, addrs.AVS.ServiceManager, p); err == nil || !strings.Contains(err.Error(), "EpochAlreadyRewarded") {
		t.Fatalf("second submission: %v, want EpochAlreadyRewarded", err)
	}
	weth, err := wrappedether.NewWrappedEther(addrs.AVS.RewardToken, e.dn.Client)
	if err != nil {
		t.Fatal(err)
	}
	if held, err := weth.BalanceOf(call, addrs.EigenLayer.RewardsCoordinator); err != nil || held.Cmp(total) != 0 {
		t.Fatalf("RewardsCoordinator holds %v reward tokens (%v), want %s", held, err, total)
	}

	// The devnet's rewards updater posts the cumulative distribution.
	u, err := updater.New(e.dn.Client, addrs)
	if err != nil {
		t.Fatal(err)
	}
	distPath := filepath.Join(t.TempDir(), "distribution.json")
	res, err := u.Update(ctx, e.dn.Owner, distPath)
	if err != nil || !res.Posted {
		t.Fatalf("update: %+v, %v", res, err)
	}
	if res.Distribution.Len() != 3 {
		t.Fatalf("distribution has %d entries, want one per operator", res.Distribution.Len())
	}
	if again, err := u.Update(ctx, e.dn.Owner, distPath); err != nil || again.Posted {
		t.Fatalf("second update with nothing new: %+v, %v; want nothing posted", again, err)
	}
	dist, err := distribution.ReadFile(distPath)
	if err != nil {
		t.Fatal(err)
	}

	for i, op := range ops {
		a := crypto.PubkeyToAddress(op.key.PublicKey)
		st, err := claim.Read(ctx, e.dn.Client, addrs, a, dist)
		if err != nil {
			t.Fatal(err)
		}
		// Each operator is its only staker: it gets its 10% split and the stakers' 90%.
		if st.Earned.Cmp(want[a]) != 0 || st.Claimed.Sign() != 0 || st.Claimable.Cmp(want[a]) != 0 {
			t.Fatalf("%s status %+v, want earned = claimable = %s", op.name, st, want[a])
		}
		if i == 2 {
			continue // op3 leaves its rewards unclaimed
		}
		before, err := weth.BalanceOf(call, a)
		if err != nil {
			t.Fatal(err)
		}
		r, err := claim.Claim(ctx, e.dn.Client, addrs, op.key, dist, common.Address{})
		if err != nil {
			t.Fatalf("%s claim: %v", op.name, err)
		}
		t.Logf("processClaim gas, one token: %d", r.GasUsed)
		after, err := weth.BalanceOf(call, a)
		if err != nil {
			t.Fatal(err)
		}
		if grown := new(big.Int).Sub(after, before); grown.Cmp(want[a]) != 0 {
			t.Fatalf("%s balance grew by %s, want %s", op.name, grown, want[a])
		}
		if _, err := claim.Claim(ctx, e.dn.Client, addrs, op.key, dist, common.Address{}); !errors.Is(err, claim.ErrNothingToClaim) {
			t.Fatalf("%s second claim: %v, want nothing to claim", op.name, err)
		}
	}
	// A distribution that is not the posted one is refused before any transaction.
	forged := dist.Clone()
	if err := forged.Add(crypto.PubkeyToAddress(ops[2].key.PublicKey), addrs.AVS.RewardToken, big.NewInt(1)); err != nil {
		t.Fatal(err)
	}
	if _, err := claim.Claim(ctx, e.dn.Client, addrs, ops[2].key, forged, common.Address{}); !errors.Is(err, claim.ErrStaleDistribution) {
		t.Fatalf("claim from a forged distribution: %v", err)
	}
	// Someone else cannot claim an operator's rewards.
	rc, err := rewardscoordinator.NewContractRewardsCoordinator(addrs.EigenLayer.RewardsCoordinator, e.dn.Client)
	if err != nil {
		t.Fatal(err)
	}
	tree, err := distribution.NewTree(dist)
	if err != nil {
		t.Fatal(err)
	}
	index, err := rc.GetRootIndexFromHash(call, tree.Root())
	if err != nil {
		t.Fatal(err)
	}
	c, err := tree.Claim(index, crypto.PubkeyToAddress(ops[2].key.PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	opts, err := chain.TransactOpts(ctx, e.dn.Owner, e.dn.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := distribution.ProcessClaim(ctx, opts, rc, e.dn.Client, c, e.dn.Addresses.Owner); err == nil {
		t.Fatal("the owner claimed op3's rewards")
	}
}

// warpTo moves the devnet's clock to ts and mines a block there.
func warpTo(t *testing.T, ctx context.Context, url string, ts uint64) {
	t.Helper()
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.CallContext(ctx, nil, "evm_setNextBlockTimestamp", ts); err != nil {
		t.Fatalf("set next block timestamp: %v", err)
	}
	if err := c.CallContext(ctx, nil, "evm_mine"); err != nil {
		t.Fatalf("mine: %v", err)
	}
}
