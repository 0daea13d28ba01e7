package distribution

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	mockerc20 "github.com/Layr-Labs/eigensdk-go/contracts/bindings/MockERC20"

	"github.com/blockless/avs/devnet"
)

// TestRewardsCoordinatorDevnet checks the package against the real RewardsCoordinator of
// eigensdk-go v0.3.0's anvil state: leaf hashes, roots and proofs, tampered claims, payouts of
// cumulative roots, and when a root becomes claimable.
func TestRewardsCoordinatorDevnet(t *testing.T) {
	if testing.Short() {
		t.Skip("starts anvil: skipped under -short like the other devnet tests")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	start := time.Now()
	e := startRewardsDevnet(t, ctx)
	t.Logf("anvil up and configured in %s", time.Since(start).Round(time.Millisecond))

	// Two tokens held by the RewardsCoordinator: the devnet's mock and a second one deployed here.
	earner1, earner2 := mustKey(t, account1Key), mustKey(t, account2Key)
	addrA := e.token
	tokenA, err := mockerc20.NewContractMockERC20(addrA, e.client)
	if err != nil {
		t.Fatal(err)
	}
	addrB, txB, tokenB, err := mockerc20.DeployContractMockERC20(e.opts(e.owner), e.client)
	e.mined("deploy second MockERC20")(txB, err)
	for _, tok := range []*mockerc20.ContractMockERC20{tokenA, tokenB} {
		e.mined("mint to RewardsCoordinator")(tok.Mint(e.opts(e.owner), e.rcAddr, ether(1000)))
	}
	if err := devnet.Fund(ctx, e.client, e.owner, ether(1), e.address(earner1), e.address(earner2)); err != nil {
		t.Fatal(err)
	}

	// Root 1: three earners x two tokens. Sorted, earner 1 (0x7099…) comes last, at index 2 of
	// four leaves (the fourth is padding): its proof goes up once as a left child (sibling: the
	// padding) and once as a right child.
	third := common.HexToAddress("0x00000000000000000000000000000000000000e1")
	d1 := New()
	for i, earner := range []common.Address{e.address(earner1), e.address(earner2), third} {
		if err := d1.Set(earner, addrA, big.NewInt(int64(1000+i))); err != nil {
			t.Fatal(err)
		}
		if err := d1.Set(earner, addrB, new(big.Int).Add(ether(int64(i+1)), big.NewInt(7))); err != nil {
			t.Fatal(err)
		}
	}
	tree1, err := NewTree(d1)
	if err != nil {
		t.Fatal(err)
	}
	checkLeafHashes(t, e, tree1, addrA)

	// submitRoot's timestamp rules, seen through PostRoot's errors.
	if _, err := PostRoot(ctx, e.opts(e.updater), e.rc, e.client, tree1.Root(), e.headTime()+3600); err == nil ||
		!strings.Contains(err.Error(), "RewardsEndTimestampNotElapsed") {
		t.Fatalf("root for a future period: err = %v", err)
	}
	if _, err := PostRoot(ctx, e.opts(e.owner), e.rc, e.client, tree1.Root(), e.headTime()-100); err == nil ||
		!strings.Contains(err.Error(), "UnauthorizedCaller") {
		t.Fatalf("root from the owner (not the updater): err = %v", err)
	}
	end1 := e.headTime() - 100
	idx1, err := PostRoot(ctx, e.opts(e.updater), e.rc, e.client, tree1.Root(), end1)
	if err != nil {
		t.Fatal(err)
	}
	checkStoredRoot(t, e, idx1, tree1.Root(), end1)
	if _, err := PostRoot(ctx, e.opts(e.updater), e.rc, e.client, tree1.Root(), end1); err == nil ||
		!strings.Contains(err.Error(), "NewRootMustBeForNewCalculatedPeriod") {
		t.Fatalf("second root for the same period: err = %v", err)
	}

	// Every claim passes checkClaim, and the Go check agrees.
	for _, earner := range tree1.Earners() {
		c, err := tree1.Claim(idx1, earner)
		if err != nil {
			t.Fatal(err)
		}
		if err := VerifyClaim(tree1.Root(), c); err != nil {
			t.Fatal(err)
		}
		if err := CheckClaim(ctx, e.rc, c); err != nil {
			t.Fatalf("contract rejects the claim for %s: %v", earner.Hex(), err)
		}
	}
	checkTamperedClaims(t, e, tree1, idx1, e.address(earner1))

	// Earner 1 claims everything to itself, and is paid exactly its totals.
	claim1, err := tree1.Claim(idx1, e.address(earner1))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ProcessClaim(ctx, e.opts(earner2), e.rc, e.client, claim1, e.address(earner2)); err == nil ||
		!strings.Contains(err.Error(), "UnauthorizedCaller") {
		t.Fatalf("claim sent by another earner: err = %v", err)
	}
	before := balances(t, e, e.address(earner1), tokenA, tokenB)
	if _, err := ProcessClaim(ctx, e.opts(earner1), e.rc, e.client, claim1, e.address(earner1)); err != nil {
		t.Fatal(err)
	}
	after := balances(t, e, e.address(earner1), tokenA, tokenB)
	for i, tok := range []common.Address{addrA, addrB} {
		paid := new(big.Int).Sub(after[i], before[i])
		if want := d1.Get(e.address(earner1), tok); paid.Cmp(want) != 0 {
			t.Fatalf("token %s: paid %s, want %s", tok.Hex(), paid, want)
		}
		if claimed, err := e.rc.CumulativeClaimed(e.call(), e.address(earner1), tok); err != nil || claimed.Cmp(d1.Get(e.address(earner1), tok)) != 0 {
			t.Fatalf("cumulativeClaimed = %v, %v", claimed, err)
		}
	}
	if _, err := ProcessClaim(ctx, e.opts(earner1), e.rc, e.client, claim1, e.address(earner1)); err == nil ||
		!strings.Contains(err.Error(), "EarningsNotGreaterThanClaimed") {
		t.Fatalf("claiming the same root twice: err = %v", err)
	}

	// Root 2 raises earner 1's token A by 500 and earner 2's token B by 300. It is posted in the
	// same block as earner 2's claim against it, to see whether a root with no activation delay
	// is claimable in its own block.
	d2 := d1.Clone()
	if err := d2.Add(e.address(earner1), addrA, big.NewInt(500)); err != nil {
		t.Fatal(err)
	}
	if err := d2.Add(e.address(earner2), addrB, big.NewInt(300)); err != nil {
		t.Fatal(err)
	}
	if err := CheckCumulative(d1, d2); err != nil {
		t.Fatal(err)
	}
	tree2, err := NewTree(d2)
	if err != nil {
		t.Fatal(err)
	}
	idx2 := idx1 + 1
	before2 := balances(t, e, e.address(earner2), tokenA, tokenB)
	postAndClaimInOneBlock(t, e, tree2, end1+1, idx2, earner2)
	after2 := balances(t, e, e.address(earner2), tokenA, tokenB)
	for i, tok := range []common.Address{addrA, addrB} {
		if paid := new(big.Int).Sub(after2[i], before2[i]); paid.Cmp(d2.Get(e.address(earner2), tok)) != 0 {
			t.Fatalf("earner 2 token %s: paid %s, want %s", tok.Hex(), paid, d2.Get(e.address(earner2), tok))
		}
	}

	// Earner 1: token B did not grow, so a claim for both tokens reverts as a whole; the claim for
	// what ClaimableTokens lists pays only the difference.
	all, err := tree2.Claim(idx2, e.address(earner1))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ProcessClaim(ctx, e.opts(earner1), e.rc, e.client, all, e.address(earner1)); err == nil ||
		!strings.Contains(err.Error(), "EarningsNotGreaterThanClaimed") {
		t.Fatalf("claim including a token with nothing new: err = %v", err)
	}
	claimable, err := ClaimableTokens(ctx, e.rc, tree2, e.address(earner1))
	if err != nil || len(claimable) != 1 || claimable[0] != addrA {
		t.Fatalf("claimable tokens = %v, %v; want [%s]", claimable, err, addrA.Hex())
	}
	claim2, err := tree2.Claim(idx2, e.address(earner1), claimable...)
	if err != nil {
		t.Fatal(err)
	}
	before = balances(t, e, e.address(earner1), tokenA, tokenB)
	if _, err := ProcessClaim(ctx, e.opts(earner1), e.rc, e.client, claim2, e.address(earner1)); err != nil {
		t.Fatal(err)
	}
	after = balances(t, e, e.address(earner1), tokenA, tokenB)
	if paid := new(big.Int).Sub(after[0], before[0]); paid.Int64() != 500 {
		t.Fatalf("second root paid %s of token A, want 500", paid)
	}
	if after[1].Cmp(before[1]) != 0 {
		t.Fatalf("second root paid token B")
	}
	// The old root still verifies, but pays nothing more.
	if err := CheckClaim(ctx, e.rc, claim1); err != nil {
		t.Fatalf("root 1 claim after root 2: %v", err)
	}

	checkOneLeafRoot(t, e, end1+2, addrA)
	t.Logf("devnet test body took %s", time.Since(start).Round(time.Millisecond))
}

func balances(t *testing.T, e *rcEnv, who common.Address, tokens ...*mockerc20.ContractMockERC20) []*big.Int {
	t.Helper()
	out := make([]*big.Int, len(tokens))
	for i, tok := range tokens {
		b, err := tok.BalanceOf(e.call(), who)
		if err != nil {
			t.Fatal(err)
		}
		out[i] = b
	}
	return out
}
