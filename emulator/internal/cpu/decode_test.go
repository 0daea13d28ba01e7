package cpu

import (
	"testing"
)

func TestDecodeBasics(t *testing.T) {
	cases := []struct {
		b   []byte
		op  Op
		len uint8
	}{
		{[]byte{0x66, 0x0f, 0xef, 0xc0}, OpSSE, 4},
		{[]byte{0x41, 0x57}, OpPush, 2},
		{[]byte{0x48, 0x39, 0xc2}, OpALUEG, 3},
		{[]byte{0x0f, 0x29, 0x00}, OpSSE, 3},
		{[]byte{0xf3, 0x0f, 0x1e, 0xfa}, OpNop, 4},
		{[]byte{0x66, 0x2e, 0x0f, 0x1f, 0x84, 0, 0, 0, 0, 0}, OpNop, 10},
	}
	for _, tc := range cases {
		in, ok := Decode(tc.b, 0x1000)
		if !ok || in.Op != tc.op || in.Len != tc.len {
			t.Errorf("% x: got op %d len %d ok %v, want op %d len %d", tc.b, in.Op, in.Len, ok, tc.op, tc.len)
		}
	}
}
