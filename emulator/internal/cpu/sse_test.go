package cpu

import (
	"math/rand"
	"testing"
)

// TestSWARMatchesLanes checks the SWAR fast paths against lane-by-lane
// reference arithmetic.
func TestSWARMatchesLanes(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	for i := 0; i < 20000; i++ {
		a, b := r.Uint64(), r.Uint64()
		if i%3 == 0 {
			b = a ^ (uint64(0xff) << (8 * uint(r.Intn(8))))
		}
		for _, op := range []uint8{0xfe, 0xfa, 0xfd, 0xf9, 0xfc, 0xf8, 0x74, 0x75, 0x76} {
			w := []uint{8, 16, 32}[laneKind(op)]
			var want uint64
			for k := uint(0); k < 64; k += w {
				m := uint64(1)<<w - 1
				x, y := a>>k&m, b>>k&m
				var v uint64
				switch op {
				case 0xfe, 0xfd, 0xfc:
					v = x + y
				case 0xfa, 0xf9, 0xf8:
					v = x - y
				default:
					if x == y {
						v = m
					}
				}
				want |= (v & m) << k
			}
			var got uint64
			if op >= 0xf8 {
				got = swarAddSub(op, a, b)
			} else {
				got = swarEq(op, a, b)
			}
			if got != want {
				t.Fatalf("op %#x a=%#x b=%#x: got %#x want %#x", op, a, b, got, want)
			}
		}
	}
}
