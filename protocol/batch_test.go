package protocol

import (
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

func testLeaves(n int) [][32]byte {
	out := make([][32]byte, n)
	for i := range out {
		out[i] = crypto.Keccak256Hash([]byte{byte(i), byte(i >> 8)})
	}
	return out
}

// TestBatchRootShape checks the tree against its definition on small batches computed by hand.
func TestBatchRootShape(t *testing.T) {
	l := testLeaves(3)
	n0, n1, n2 := batchLeafNode(l[0]), batchLeafNode(l[1]), batchLeafNode(l[2])
	cases := []struct {
		leaves [][32]byte
		want   [32]byte
	}{
		{l[:1], n0},
		{l[:2], batchInnerNode(n0, n1)},
		{l[:3], batchInnerNode(batchInnerNode(n0, n1), n2)}, // the odd last node moves up unchanged
	}
	for i, c := range cases {
		got, err := BatchRoot(c.leaves)
		if err != nil || got != c.want {
			t.Fatalf("case %d: root %x, %v; want %x", i, got, err, c.want)
		}
	}
	if n0 == l[0] || batchInnerNode(l[0], l[1]) == batchLeafNode(l[0]) {
		t.Fatal("leaf and inner nodes are not domain-separated")
	}
	if _, err := BatchRoot(nil); err != ErrEmptyBatch {
		t.Fatalf("empty batch: %v", err)
	}
}

// TestBatchProofsVerify proves every leaf of batches of 1..70 and checks that a wrong leaf,
// index, count, root or proof length is refused.
func TestBatchProofsVerify(t *testing.T) {
	for n := 1; n <= 70; n++ {
		leaves := testLeaves(n)
		root, err := BatchRoot(leaves)
		if err != nil {
			t.Fatal(err)
		}
		for i := range leaves {
			proof, err := BatchProof(leaves, i)
			if err != nil {
				t.Fatal(err)
			}
			if !VerifyBatchLeaf(root, n, leaves[i], i, proof) {
				t.Fatalf("n=%d i=%d: valid proof refused", n, i)
			}
			other := leaves[(i+1)%n]
			if n > 1 && VerifyBatchLeaf(root, n, other, i, proof) {
				t.Fatalf("n=%d i=%d: another leaf accepted", n, i)
			}
			if n > 1 && VerifyBatchLeaf(root, n, leaves[i], (i+1)%n, proof) {
				t.Fatalf("n=%d i=%d: wrong index accepted", n, i)
			}
			if VerifyBatchLeaf(root, n, leaves[i], i, append(proof, root)) {
				t.Fatalf("n=%d i=%d: over-long proof accepted", n, i)
			}
			if VerifyBatchLeaf(root, n+1, leaves[i], i, proof) && n > 1 && (n&(n-1)) == 0 {
				// For a power of two, n+1 leaves add a level: the same proof cannot reach the root.
				t.Fatalf("n=%d i=%d: wrong count accepted", n, i)
			}
			if VerifyBatchLeaf(crypto.Keccak256Hash(root[:]), n, leaves[i], i, proof) {
				t.Fatalf("n=%d i=%d: wrong root accepted", n, i)
			}
		}
	}
	if _, err := BatchProof(testLeaves(3), 3); err == nil {
		t.Fatal("index past the batch accepted")
	}
}
