package distribution

import (
	"errors"
	"fmt"
	"math/big"
	"math/rand"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Vectors from the RewardsCoordinator of eigensdk-go v0.3.0's anvil state (calculateTokenLeafHash
// and calculateEarnerLeafHash called with these leaves); the devnet test checks more live.
var (
	vecToken      = common.HexToAddress("0x51A1ceB83B83F1985a81C295d1fF28Afef186E02")
	vecEarner     = common.HexToAddress("0x70997970C51812dc3A010C7d01B50e0d17dc79C8")
	vecTokenLeaf  = common.HexToHash("0x453353e8aa545c56b3b7a72abd0f414feb9eb6536c1908f92980ab30253a459a") // (vecToken, 100)
	vecEarnerLeaf = common.HexToHash("0x548a8952cc53f8d729ca2e7cae0e48203f57465e5fde1fa3fb5063958f0e90c7") // (vecEarner, vecTokenLeaf)
)

func TestLeafHashes(t *testing.T) {
	tokenLeaf := TokenLeaf{Token: vecToken, CumulativeEarnings: big.NewInt(100)}
	// By hand: 1 byte salt, 20 bytes address, 32 bytes big-endian amount.
	pre := append([]byte{1}, vecToken.Bytes()...)
	amount := make([]byte, 32)
	amount[31] = 100
	pre = append(pre, amount...)
	if len(pre) != 53 {
		t.Fatalf("token preimage is %d bytes", len(pre))
	}
	want := common.BytesToHash(crypto.Keccak256(pre))
	if got := TokenLeafHash(tokenLeaf); got != want || got != vecTokenLeaf {
		t.Fatalf("token leaf = %x, by hand %x, contract %x", got, want, vecTokenLeaf)
	}

	earnerLeaf := EarnerLeaf{Earner: vecEarner, EarnerTokenRoot: vecTokenLeaf}
	pre = append(append([]byte{0}, vecEarner.Bytes()...), vecTokenLeaf.Bytes()...)
	want = common.BytesToHash(crypto.Keccak256(pre))
	if got := EarnerLeafHash(earnerLeaf); got != want || got != vecEarnerLeaf {
		t.Fatalf("earner leaf = %x, by hand %x, contract %x", got, want, vecEarnerLeaf)
	}

	// A large amount uses all 32 bytes.
	big1 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 255), big.NewInt(3))
	pre = append(append([]byte{1}, vecToken.Bytes()...), common.LeftPadBytes(big1.Bytes(), 32)...)
	if got := TokenLeafHash(TokenLeaf{Token: vecToken, CumulativeEarnings: big1}); got != common.BytesToHash(crypto.Keccak256(pre)) {
		t.Fatalf("large amount leaf differs")
	}
}

// TestRootByHand pins the tree shape: leaves sorted, zero padding to a power of two (at least 2).
func TestRootByHand(t *testing.T) {
	h := func(parts ...[]byte) []byte { return crypto.Keccak256(parts...) }
	zero := make([]byte, 32)
	token := addr(0x70)
	d := New()
	for _, e := range []int{3, 1, 2} {
		mustSet(t, d, addr(e), token, int64(e*10))
	}
	tokenRoot := func(e int) []byte {
		leaf := h([]byte{1}, token.Bytes(), common.LeftPadBytes(big.NewInt(int64(e*10)).Bytes(), 32))
		return h(leaf, zero) // one token: padded to two leaves
	}
	earnerLeaf := func(e int) []byte { return h([]byte{0}, addr(e).Bytes(), tokenRoot(e)) }
	want := h(h(earnerLeaf(1), earnerLeaf(2)), h(earnerLeaf(3), zero))
	tree, err := NewTree(d)
	if err != nil {
		t.Fatal(err)
	}
	if got := tree.Root(); common.BytesToHash(want) != got {
		t.Fatalf("root = %x, by hand %x", got, want)
	}
	c, err := tree.Claim(0, addr(3))
	if err != nil {
		t.Fatal(err)
	}
	wantProof := append(append([]byte{}, zero...), h(earnerLeaf(1), earnerLeaf(2))...)
	if c.EarnerIndex != 2 || string(c.EarnerTreeProof) != string(wantProof) {
		t.Fatalf("earner 3: index %d proof %x, want 2 %x", c.EarnerIndex, c.EarnerTreeProof, wantProof)
	}
	if len(c.TokenTreeProofs) != 1 || string(c.TokenTreeProofs[0]) != string(zero) || c.TokenIndices[0] != 0 {
		t.Fatalf("token proof %x index %v", c.TokenTreeProofs, c.TokenIndices)
	}
}

// testDistribution gives earners 1..n tokens 100..(100+k-1) (k = 1 + e%3), amounts that differ.
func testDistribution(t *testing.T, earners int) *Distribution {
	d := New()
	for e := 1; e <= earners; e++ {
		for k := 0; k < 1+e%3; k++ {
			mustSet(t, d, addr(e*0x1111), addr(100+k), int64(1000*e+k+1))
		}
	}
	return d
}

func TestClaimsVerify(t *testing.T) {
	for _, n := range []int{1, 2, 3, 5} {
		t.Run(fmt.Sprintf("%d earners", n), func(t *testing.T) {
			d := testDistribution(t, n)
			tree, err := NewTree(d)
			if err != nil {
				t.Fatal(err)
			}
			if got := len(tree.Earners()); got != n {
				t.Fatalf("tree has %d earners", got)
			}
			for _, earner := range d.Earners() {
				tokens := d.Tokens(earner)
				c, err := tree.Claim(7, earner)
				if err != nil {
					t.Fatal(err)
				}
				if c.RootIndex != 7 || c.EarnerLeaf.Earner != earner || len(c.TokenLeaves) != len(tokens) {
					t.Fatalf("claim header %+v", c)
				}
				depth := 1
				for 1<<depth < n {
					depth++
				}
				if len(c.EarnerTreeProof) != 32*depth {
					t.Fatalf("earner proof %d bytes for %d earners", len(c.EarnerTreeProof), n)
				}
				for i, leaf := range c.TokenLeaves {
					if leaf.Token != tokens[i] || leaf.CumulativeEarnings.Cmp(d.Get(earner, tokens[i])) != 0 {
						t.Fatalf("token leaf %d = %s %s", i, leaf.Token.Hex(), leaf.CumulativeEarnings)
					}
				}
				if err := VerifyClaim(tree.Root(), c); err != nil {
					t.Fatalf("claim for %s: %v", earner.Hex(), err)
				}
				// Each token alone, and the tokens in reverse order.
				for _, token := range tokens {
					one, err := tree.Claim(7, earner, token)
					if err != nil || len(one.TokenLeaves) != 1 {
						t.Fatal(err)
					}
					if err := VerifyClaim(tree.Root(), one); err != nil {
						t.Fatalf("single-token claim: %v", err)
					}
				}
				rev := append([]common.Address{}, tokens...)
				for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
					rev[i], rev[j] = rev[j], rev[i]
				}
				if c, err := tree.Claim(7, earner, rev...); err != nil || VerifyClaim(tree.Root(), c) != nil {
					t.Fatalf("reversed claim: %v", err)
				}
			}
		})
	}
}

func TestVerifyClaimRejectsTampering(t *testing.T) {
	d := testDistribution(t, 5)
	tree, err := NewTree(d)
	if err != nil {
		t.Fatal(err)
	}
	earner := addr(2 * 0x1111) // three tokens: token proofs two levels deep
	good, err := tree.Claim(0, earner)
	if err != nil {
		t.Fatal(err)
	}
	if err := VerifyClaim(tree.Root(), good); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name   string
		tamper func(c *Claim)
		want   error
	}{
		{"amount +1", func(c *Claim) {
			c.TokenLeaves[1].CumulativeEarnings.Add(c.TokenLeaves[1].CumulativeEarnings, big.NewInt(1))
		}, ErrInvalidProof},
		{"token swapped", func(c *Claim) { c.TokenLeaves[0].Token = addr(999) }, ErrInvalidProof},
		{"earner swapped", func(c *Claim) { c.EarnerLeaf.Earner = addr(3 * 0x1111) }, ErrInvalidProof},
		{"token root", func(c *Claim) { c.EarnerLeaf.EarnerTokenRoot[0] ^= 1 }, ErrInvalidProof},
		{"earner proof byte", func(c *Claim) { c.EarnerTreeProof[40] ^= 0x80 }, ErrInvalidProof},
		{"token proof byte", func(c *Claim) { c.TokenTreeProofs[2][0] ^= 1 }, ErrInvalidProof},
		{"earner index", func(c *Claim) { c.EarnerIndex = 0 }, ErrInvalidProof},
		{"token index", func(c *Claim) { c.TokenIndices[0] = 1 }, ErrInvalidProof},
		{"earner index beyond depth", func(c *Claim) { c.EarnerIndex += 8 }, ErrEarnerIndex},
		{"token index beyond depth", func(c *Claim) { c.TokenIndices[1] += 4 }, ErrTokenIndex},
		{"earner proof cut", func(c *Claim) { c.EarnerTreeProof = c.EarnerTreeProof[:len(c.EarnerTreeProof)-1] }, ErrProofLength},
		{"earner proof level dropped", func(c *Claim) { c.EarnerTreeProof = c.EarnerTreeProof[:64] }, ErrInvalidProof},
		{"token proof cut", func(c *Claim) { c.TokenTreeProofs[0] = c.TokenTreeProofs[0][1:] }, ErrProofLength},
		{"lengths differ", func(c *Claim) { c.TokenIndices = c.TokenIndices[:2] }, ErrLengthMismatch},
		{"nil amount", func(c *Claim) { c.TokenLeaves[0].CumulativeEarnings = nil }, ErrInvalidAmount},
	}
	for _, tc := range cases {
		c, _ := tree.Claim(0, earner)
		tc.tamper(&c)
		if err := VerifyClaim(tree.Root(), c); !errors.Is(err, tc.want) {
			t.Errorf("%s: err = %v, want %v", tc.name, err, tc.want)
		}
	}
	other := tree.Root()
	other[31] ^= 1
	if err := VerifyClaim(other, good); !errors.Is(err, ErrInvalidProof) {
		t.Errorf("other root: err = %v", err)
	}
	// Like the contract: a claim for no tokens only proves the earner leaf.
	bare := good
	bare.TokenIndices, bare.TokenTreeProofs, bare.TokenLeaves = nil, nil, nil
	if err := VerifyClaim(tree.Root(), bare); err != nil {
		t.Errorf("claim with no tokens: %v", err)
	}
}

func TestClaimErrors(t *testing.T) {
	d := testDistribution(t, 3)
	mustSet(t, d, addr(0x1111), addr(555), 0) // a zero entry stays out of the tree
	mustSet(t, d, addr(0xdead), addr(100), 0) // so does an earner with nothing
	tree, err := NewTree(d)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tree.Claim(0, addr(0xdead)); !errors.Is(err, ErrUnknownEarner) {
		t.Errorf("zero-only earner: %v", err)
	}
	if _, err := tree.Claim(0, addr(42)); !errors.Is(err, ErrUnknownEarner) {
		t.Errorf("unknown earner: %v", err)
	}
	if _, err := tree.Claim(0, addr(0x1111), addr(555)); !errors.Is(err, ErrUnknownToken) {
		t.Errorf("zero token: %v", err)
	}
	if _, err := tree.Claim(0, addr(0x1111), addr(77)); !errors.Is(err, ErrUnknownToken) {
		t.Errorf("unknown token: %v", err)
	}
	if _, err := tree.Claim(0, addr(0x1111), addr(100), addr(100)); !errors.Is(err, ErrDuplicate) {
		t.Errorf("duplicate token: %v", err)
	}
	if len(tree.Tokens(addr(0x1111))) != 2 || tree.Tokens(addr(42)) != nil {
		t.Errorf("tokens: %v", tree.Tokens(addr(0x1111)))
	}
	withZeros, _ := NewTree(testDistribution(t, 3))
	if tree.Root() != withZeros.Root() {
		t.Errorf("zero entries changed the root")
	}
	if _, err := NewTree(New()); !errors.Is(err, ErrEmpty) {
		t.Errorf("empty distribution: %v", err)
	}
}

func TestRootIndependentOfInsertionOrder(t *testing.T) {
	type entry struct {
		earner, token common.Address
		amount        int64
	}
	var entries []entry
	for e := 1; e <= 6; e++ {
		for k := 0; k < 3; k++ {
			entries = append(entries, entry{common.BytesToAddress(crypto.Keccak256([]byte{byte(e)})[:20]), addr(200 + k*7), int64(e*31 + k)})
		}
	}
	rng := rand.New(rand.NewSource(1))
	var first [32]byte
	for round := 0; round < 10; round++ {
		rng.Shuffle(len(entries), func(i, j int) { entries[i], entries[j] = entries[j], entries[i] })
		d := New()
		for _, e := range entries {
			// Half as one Set, half as two Adds: the same totals.
			if e.amount%2 == 0 {
				mustSet(t, d, e.earner, e.token, e.amount)
			} else if d.Add(e.earner, e.token, big.NewInt(1)) != nil || d.Add(e.earner, e.token, big.NewInt(e.amount-1)) != nil {
				t.Fatal("add")
			}
		}
		tree, err := NewTree(d)
		if err != nil {
			t.Fatal(err)
		}
		if round == 0 {
			first = tree.Root()
		} else if tree.Root() != first {
			t.Fatalf("round %d: root %x, first %x", round, tree.Root(), first)
		}
	}
}
