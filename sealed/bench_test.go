package sealed

import (
	"crypto/rand"
	"fmt"
	"testing"
)

// BenchmarkSeal seals a 1 KiB value to n operators (a majority threshold): the requester's
// cost of `secret set` or `task submit --seal`.
func BenchmarkSeal(b *testing.B) {
	value := make([]byte, 1024)
	for _, n := range []int{3, 16, 64} {
		ops := operators(b, n)
		b.Run(fmt.Sprintf("holders=%d", n), func(b *testing.B) {
			for b.Loop() {
				if _, _, err := Seal(rand.Reader, KindSecret, 0, testBinding, value, holdersOf(ops), n/2+1); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkOperatorOpen is one operator's work per envelope per task: open its own share, wrap
// it to the n-1 others, unwrap and verify the t-1 it needs, combine and decrypt.
func BenchmarkOperatorOpen(b *testing.B) {
	value := make([]byte, 1024)
	for _, n := range []int{3, 16, 64} {
		ops := operators(b, n)
		t := n/2 + 1
		e, _, err := Seal(rand.Reader, KindSecret, 0, testBinding, value, holdersOf(ops), t)
		if err != nil {
			b.Fatal(err)
		}
		var boxes [][]byte
		for _, o := range ops[1:t] {
			s, _ := e.OpenShare(*o.kp.PrivKey, o.ID)
			box, _ := WrapShare(rand.Reader, s, ops[0].Pub, []byte("ctx"))
			boxes = append(boxes, box)
		}
		b.Run(fmt.Sprintf("holders=%d/threshold=%d", n, t), func(b *testing.B) {
			for b.Loop() {
				own, err := e.OpenShare(*ops[0].kp.PrivKey, ops[0].ID)
				if err != nil {
					b.Fatal(err)
				}
				for _, o := range ops[1:] {
					if _, err := WrapShare(rand.Reader, own, o.Pub, []byte("ctx")); err != nil {
						b.Fatal(err)
					}
				}
				shares := []Share{own}
				for _, box := range boxes {
					s, err := UnwrapShare(box, *ops[0].kp.PrivKey, []byte("ctx"))
					if err == nil {
						err = e.VerifyShare(s)
					}
					if err != nil {
						b.Fatal(err)
					}
					shares = append(shares, s)
				}
				if _, _, err := e.Open(shares); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
