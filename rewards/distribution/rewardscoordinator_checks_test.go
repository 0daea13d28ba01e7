package distribution

import (
	"crypto/ecdsa"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// checkLeafHashes compares the Go leaf hashes with calculateTokenLeafHash and
// calculateEarnerLeafHash, for every leaf of tree and a few edge amounts.
func checkLeafHashes(t *testing.T, e *rcEnv, tree *Tree, token common.Address) {
	t.Helper()
	for _, earner := range tree.Earners() {
		c, err := tree.Claim(0, earner)
		if err != nil {
			t.Fatal(err)
		}
		for _, leaf := range c.TokenLeaves {
			got, err := e.rc.CalculateTokenLeafHash(e.call(), leaf)
			if err != nil || got != TokenLeafHash(leaf) {
				t.Fatalf("token leaf (%s, %s): contract %x (%v), Go %x", leaf.Token.Hex(), leaf.CumulativeEarnings, got, err, TokenLeafHash(leaf))
			}
		}
		got, err := e.rc.CalculateEarnerLeafHash(e.call(), c.EarnerLeaf)
		if err != nil || got != EarnerLeafHash(c.EarnerLeaf) {
			t.Fatalf("earner leaf %s: contract %x (%v), Go %x", earner.Hex(), got, err, EarnerLeafHash(c.EarnerLeaf))
		}
	}
	for _, amount := range []*big.Int{big.NewInt(0), big.NewInt(1), new(big.Int).Lsh(big.NewInt(1), 255), maxUint256} {
		leaf := TokenLeaf{Token: token, CumulativeEarnings: amount}
		if got, err := e.rc.CalculateTokenLeafHash(e.call(), leaf); err != nil || got != TokenLeafHash(leaf) {
			t.Fatalf("token leaf amount %s: contract %x (%v), Go %x", amount, got, err, TokenLeafHash(leaf))
		}
	}
}

// checkStoredRoot checks what the contract recorded for the root PostRoot reported at idx.
func checkStoredRoot(t *testing.T, e *rcEnv, idx uint32, root [32]byte, end uint32) {
	t.Helper()
	n, err := e.rc.GetDistributionRootsLength(e.call())
	if err != nil || n.Uint64() != uint64(idx)+1 {
		t.Fatalf("distribution roots length = %v, %v; want %d", n, err, idx+1)
	}
	stored, err := e.rc.GetDistributionRootAtIndex(e.call(), new(big.Int).SetUint64(uint64(idx)))
	if err != nil {
		t.Fatal(err)
	}
	head := e.headTime() // automine: the submitRoot block
	if stored.Root != root || stored.RewardsCalculationEndTimestamp != end || stored.ActivatedAt != head || stored.Disabled {
		t.Fatalf("stored root %+v; want %x end %d activated at %d (head)", stored, root, end, head)
	}
	if got, err := e.rc.GetRootIndexFromHash(e.call(), root); err != nil || got != idx {
		t.Fatalf("getRootIndexFromHash = %d, %v; want %d", got, err, idx)
	}
	if cur, err := e.rc.CurrRewardsCalculationEndTimestamp(e.call()); err != nil || cur != end {
		t.Fatalf("currRewardsCalculationEndTimestamp = %d, %v; want %d", cur, err, end)
	}
	if claimable, err := e.rc.GetCurrentClaimableDistributionRoot(e.call()); err != nil || claimable.Root != root {
		t.Fatalf("current claimable root = %x, %v; want the new root at once (delay 0)", claimable.Root, err)
	}
}

// checkTamperedClaims checks that VerifyClaim and the contract's checkClaim reject the same
// tampered claims, and name the same fault.
func checkTamperedClaims(t *testing.T, e *rcEnv, tree *Tree, idx uint32, earner common.Address) {
	t.Helper()
	cases := []struct {
		name     string
		tamper   func(c *Claim)
		goErr    error // nil: not visible without the chain
		contract string
	}{
		{"amount +1", func(c *Claim) {
			c.TokenLeaves[0].CumulativeEarnings.Add(c.TokenLeaves[0].CumulativeEarnings, big.NewInt(1))
		}, ErrInvalidProof, "InvalidClaimProof"},
		{"earner proof byte", func(c *Claim) { c.EarnerTreeProof[0] ^= 1 }, ErrInvalidProof, "InvalidClaimProof"},
		{"token proof byte", func(c *Claim) { c.TokenTreeProofs[1][31] ^= 1 }, ErrInvalidProof, "InvalidClaimProof"},
		{"earner index", func(c *Claim) { c.EarnerIndex ^= 1 }, ErrInvalidProof, "InvalidClaimProof"},
		{"earner swapped", func(c *Claim) { c.EarnerLeaf.Earner[19] ^= 1 }, ErrInvalidProof, "InvalidClaimProof"},
		{"earner index beyond depth", func(c *Claim) { c.EarnerIndex += 4 }, ErrEarnerIndex, "InvalidEarnerLeafIndex"},
		{"token index beyond depth", func(c *Claim) { c.TokenIndices[0] += 2 }, ErrTokenIndex, "InvalidTokenLeafIndex"},
		{"earner proof padded", func(c *Claim) { c.EarnerTreeProof = append(c.EarnerTreeProof, 0) }, ErrProofLength, "InvalidProofLength"},
		// Cut to 63 bytes, the proof has one level, too few for index 2: the index check comes first.
		{"earner proof cut", func(c *Claim) { c.EarnerTreeProof = c.EarnerTreeProof[:63] }, ErrEarnerIndex, "InvalidEarnerLeafIndex"},
		{"token proof cut", func(c *Claim) { c.TokenTreeProofs[0] = c.TokenTreeProofs[0][:31] }, ErrProofLength, "InvalidProofLength"},
		{"token proof padded", func(c *Claim) { c.TokenTreeProofs[0] = append(c.TokenTreeProofs[0], 0) }, ErrProofLength, "InvalidProofLength"},
		{"lengths differ", func(c *Claim) { c.TokenIndices = c.TokenIndices[:1] }, ErrLengthMismatch, "InputArrayLengthMismatch"},
		{"root index unknown", func(c *Claim) { c.RootIndex = idx + 5 }, nil, "out-of-bounds"},
	}
	for _, tc := range cases {
		c, err := tree.Claim(idx, earner)
		if err != nil {
			t.Fatal(err)
		}
		tc.tamper(&c)
		goErr := VerifyClaim(tree.Root(), c)
		if tc.goErr == nil && goErr != nil || tc.goErr != nil && !errors.Is(goErr, tc.goErr) {
			t.Errorf("%s: VerifyClaim = %v, want %v", tc.name, goErr, tc.goErr)
		}
		err = CheckClaim(e.ctx, e.rc, c)
		if err == nil || !strings.Contains(err.Error(), tc.contract) {
			t.Errorf("%s: checkClaim = %v, want %s", tc.name, err, tc.contract)
		}
	}
}

// postAndClaimInOneBlock stops mining, sends submitRoot(tree's root) and the earner's claim
// against it (root index idx), mines one block and checks both succeeded there.
func postAndClaimInOneBlock(t *testing.T, e *rcEnv, tree *Tree, end, idx uint32, earnerKey *ecdsa.PrivateKey) {
	t.Helper()
	earner := e.address(earnerKey)
	claim, err := tree.Claim(idx, earner)
	if err != nil {
		t.Fatal(err)
	}
	e.rpc("evm_setAutomine", false)
	defer e.rpc("evm_setAutomine", true)
	// Fixed gas limits skip estimation (the claim would fail against the current state); the
	// larger tip puts submitRoot first in the block.
	post := e.opts(e.updater)
	post.GasLimit, post.GasTipCap, post.GasFeeCap = 300_000, big.NewInt(2e9), big.NewInt(4e9)
	postTx, err := e.rc.SubmitRoot(post, tree.Root(), end)
	if err != nil {
		t.Fatalf("submitRoot: %v", describe(err))
	}
	claimOpts := e.opts(earnerKey)
	claimOpts.GasLimit, claimOpts.GasTipCap, claimOpts.GasFeeCap = 1_000_000, big.NewInt(1e9), big.NewInt(4e9)
	claimTx, err := e.rc.ProcessClaim(claimOpts, claim, earner)
	if err != nil {
		t.Fatalf("processClaim: %v", describe(err))
	}
	e.rpc("evm_mine")
	postR, err := bind.WaitMined(e.ctx, e.client, postTx)
	if err != nil {
		t.Fatal(err)
	}
	claimR, err := bind.WaitMined(e.ctx, e.client, claimTx)
	if err != nil {
		t.Fatal(err)
	}
	if postR.Status != 1 || postR.BlockNumber.Cmp(claimR.BlockNumber) != 0 || postR.TransactionIndex > claimR.TransactionIndex {
		t.Fatalf("submitRoot status %d block %s index %d; claim block %s index %d", postR.Status, postR.BlockNumber,
			postR.TransactionIndex, claimR.BlockNumber, claimR.TransactionIndex)
	}
	if claimR.Status != 1 {
		t.Fatalf("a claim in the block that posts its root (delay 0) reverted: %v",
			describe(replay(e, claimTx, earner, claimR.BlockNumber)))
	}
	stored, err := e.rc.GetDistributionRootAtIndex(e.call(), new(big.Int).SetUint64(uint64(idx)))
	if err != nil {
		t.Fatal(err)
	}
	block, err := e.client.HeaderByNumber(e.ctx, claimR.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	if uint64(stored.ActivatedAt) != block.Time {
		t.Fatalf("activatedAt %d, block time %d", stored.ActivatedAt, block.Time)
	}
	t.Logf("root index %d claimed in the block that posted it, %s (activatedAt = block.timestamp = %d)", idx, claimR.BlockNumber, block.Time)
}

// replay re-runs tx from from as a call on the state after block n, to recover its revert.
func replay(e *rcEnv, tx *types.Transaction, from common.Address, n *big.Int) error {
	_, err := e.client.CallContract(e.ctx, ethereum.CallMsg{From: from, To: tx.To(), Gas: tx.Gas(), Data: tx.Data()}, n)
	return err
}

// checkOneLeafRoot posts a root that is a single earner leaf over a single token leaf, and asks
// the contract whether a claim with empty proofs passes: the reason this package pads every
// tree to two leaves is that some releases of the contract refuse empty proofs.
func checkOneLeafRoot(t *testing.T, e *rcEnv, end uint32, token common.Address) {
	t.Helper()
	earner := common.HexToAddress("0x00000000000000000000000000000000000000e2")
	leaf := TokenLeaf{Token: token, CumulativeEarnings: big.NewInt(5)}
	earnerLeaf := EarnerLeaf{Earner: earner, EarnerTokenRoot: TokenLeafHash(leaf)}
	root := EarnerLeafHash(earnerLeaf)
	idx, err := PostRoot(e.ctx, e.opts(e.updater), e.rc, e.client, root, end)
	if err != nil {
		t.Fatal(err)
	}
	c := Claim{RootIndex: idx, EarnerIndex: 0, EarnerTreeProof: []byte{}, EarnerLeaf: earnerLeaf,
		TokenIndices: []uint32{0}, TokenTreeProofs: [][]byte{{}}, TokenLeaves: []TokenLeaf{leaf}}
	if err := VerifyClaim(root, c); err != nil {
		t.Fatalf("VerifyClaim, one-leaf tree: %v", err)
	}
	if err := CheckClaim(e.ctx, e.rc, c); err != nil {
		t.Fatalf("this RewardsCoordinator rejects empty proofs (the package doc says it accepts them): %v", err)
	}
	t.Logf("the RewardsCoordinator accepts empty proofs for a one-leaf tree")
}
