package selection_test

import (
	"testing"

	"github.com/blockless/avs/zk/selection"
)

func TestProverOrder(t *testing.T) {
	a, b, c := [32]byte{1}, [32]byte{2}, [32]byte{3}
	var th [32]byte
	th[31] = 4 // 4 mod 3 = 1: starts at the second smallest id
	order := selection.ProverOrder([][32]byte{c, a, b, a}, th)
	if len(order) != 3 || order[0] != b || order[1] != c || order[2] != a {
		t.Fatalf("order %x", order)
	}
	if blk, rank, ok := selection.ProverTurn(order, a, 100, 5); !ok || rank != 2 || blk != 110 {
		t.Fatalf("turn of a: block %d rank %d ok %v", blk, rank, ok)
	}
	if _, _, ok := selection.ProverTurn(order, [32]byte{9}, 100, 5); ok {
		t.Fatal("a stranger has a turn")
	}
	if selection.ProverOrder(nil, th) != nil {
		t.Fatal("empty operator set has an order")
	}
}
