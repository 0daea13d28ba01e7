package cpu

import (
	"github.com/blockless/avs/emulator/internal/mem"
	"github.com/blockless/avs/emulator/internal/wasmgen"
)

// repString translates rep movs and rep stos in the forms xstep admits:
// 64-bit addresses, no source segment override (the interpreter's fast
// paths cover the same forms).
//
// Compiled code uses them for memcpy and memset of small blocks (gcc -Os
// inlines memcpy as rep movsb; musl's memcpy ends in rep movsq), often
// once per call of a hot function, so leaving them to the interpreter cost
// a round trip through Go per call.
//
// With RCX = 0 the instruction does nothing (it is counted with its
// block). Otherwise the code exits to the interpreter, before changing
// anything, unless all of these hold:
//   - DF is clear;
//   - each range lies in the fast run of a memory window (then RCX*size
//     may be up to maxRepBytes), or in one page present in its TLB (read
//     for the source, write for the destination);
//   - for movs, the destination does not start inside the source (there
//     the forward element copy differs from memmove);
//   - the budget lets the whole instruction run. The interpreter counts
//     the whole block first and stops a rep when Icount reaches Limit with
//     RCX left, so it finishes iff Icount + (n-k) + RCX <= Limit here,
//     where the translated count holds only the block's k translated
//     instructions of n: in terms of the instructions left (lRem), iff
//     (n-k) + RCX <= lRem.
//
// Then one memory.copy or memory.fill (for stos wider than a byte, a fill
// when RAX repeats one byte, else an element loop); RSI and RDI advance,
// RCX becomes 0 and the RCX-1 iterations beyond the first are taken from
// lRem (added to Icount), as repDone counts them.
func (g *gen) repString(in *Inst) {
	c := g.c
	size := int64(in.Size)
	rcx, rsi, rdi := uint32(lR+RCX), uint32(lR+RSI), uint32(lR+RDI)

	c.LocalGet(rcx)
	c.I64Const(0)
	c.Op(wasmgen.I64Ne)
	c.If()

	// DF set, more than maxRepBytes, or a budget that ends inside it.
	c.LocalGet(lState)
	c.Mem(wasmgen.I64Load, xoDF)
	c.I64Const(0)
	c.Op(wasmgen.I64Ne)
	c.LocalGet(rcx)
	c.I64Const(maxRepBytes / size)
	c.Op(wasmgen.I64GtU)
	c.Op(wasmgen.I32Or)
	c.LocalGet(lRem)
	c.I64Const(int64(g.n - g.k))
	c.LocalGet(rcx)
	c.Op(wasmgen.I64Add)
	c.Op(wasmgen.I64LtU)
	c.Op(wasmgen.I32Or)
	c.If()
	g.slow()
	c.End()

	// lT1 = bytes, lT2 = bytes-1 (for the last byte's page).
	c.LocalGet(rcx)
	if size > 1 {
		c.I64Const(size)
		c.Op(wasmgen.I64Mul)
	}
	c.LocalTee(lT1)
	c.I64Const(1)
	c.Op(wasmgen.I64Sub)
	c.LocalSet(lT2)

	if in.Op == OpMovs {
		// The destination starts inside the source: 0 < rdi-rsi < bytes.
		c.LocalGet(rdi)
		c.LocalGet(rsi)
		c.Op(wasmgen.I64Sub)
		c.I64Const(1)
		c.Op(wasmgen.I64Sub)
		c.LocalGet(lT2)
		c.Op(wasmgen.I64LtU)
		c.If()
		g.slow()
		c.End()
	}

	// Both probes before any write: an exit leaves the instruction undone.
	c.LocalGet(rdi)
	c.LocalSet(lA)
	g.probeRange(lWTLB, lT2)
	c.LocalSet(lXA)
	if in.Op == OpMovs {
		c.LocalGet(rsi)
		c.LocalSet(lA)
		g.probeRange(lRTLB, lT2)
		c.LocalSet(lE)
		c.LocalGet(lXA)
		c.LocalGet(lE)
		c.LocalGet(lT1)
		c.Op(wasmgen.I32WrapI64)
		c.Op(0xfc, 10, 0, 0) // memory.copy
		c.LocalGet(rsi)
		c.LocalGet(lT1)
		c.Op(wasmgen.I64Add)
		c.LocalSet(rsi)
	} else if size == 1 {
		g.fillRAX()
	} else {
		// The low size bytes of RAX all equal its low byte: one fill.
		c.LocalGet(lR + RAX)
		c.I64Const(int64(mask(uint8(size))))
		c.Op(wasmgen.I64And)
		c.LocalGet(lR + RAX)
		c.I64Const(0xff)
		c.Op(wasmgen.I64And)
		c.I64Const(int64(0x0101010101010101 & mask(uint8(size))))
		c.Op(wasmgen.I64Mul)
		c.Op(wasmgen.I64Eq)
		c.If()
		g.fillRAX()
		c.Else()
		// One store of the low size bytes of RAX per element; lT3 counts.
		c.LocalGet(rcx)
		c.LocalSet(lT3)
		l := c.Loop()
		c.LocalGet(lXA)
		c.LocalGet(lR + RAX)
		c.Mem(storeOp[in.Size], 0)
		c.LocalGet(lXA)
		c.I32Const(int32(size))
		c.Op(wasmgen.I32Add)
		c.LocalSet(lXA)
		c.LocalGet(lT3)
		c.I64Const(1)
		c.Op(wasmgen.I64Sub)
		c.LocalTee(lT3)
		c.I64Const(0)
		c.Op(wasmgen.I64Ne)
		c.BrIf(l)
		c.End()
		c.End()
	}
	c.LocalGet(rdi)
	c.LocalGet(lT1)
	c.Op(wasmgen.I64Add)
	c.LocalSet(rdi)
	c.LocalGet(lRem)
	c.LocalGet(rcx)
	c.Op(wasmgen.I64Sub)
	c.I64Const(1)
	c.Op(wasmgen.I64Add)
	c.LocalSet(lRem)
	c.I64Const(0)
	c.LocalSet(rcx)

	c.End()
}

// fillRAX fills lT1 bytes at linear address lXA with RAX's low byte.
func (g *gen) fillRAX() {
	c := g.c
	c.LocalGet(lXA)
	c.LocalGet(lR + RAX)
	c.Op(wasmgen.I32WrapI64)
	c.LocalGet(lT1)
	c.Op(wasmgen.I32WrapI64)
	c.Op(0xfc, 11, 0) // memory.fill
}

// maxRepBytes bounds the bytes of a translated rep movs or stos (the
// interpreter runs longer ones), so RCX*size cannot wrap.
const maxRepBytes = 1 << 24

// probeRange is probe for the bytes lA .. lA+local(last), last <
// maxRepBytes: all of them in the fast run of one memory window, or
// both ends in the page of one entry of tlb.
func (g *gen) probeRange(tlb, last uint32) {
	c := g.c
	done := c.BlockResult(wasmgen.I32)
	for _, k := range dataFirst {
		// off < N (so off < 2^32) and off+last < N+15, the run's length.
		g.windowHit(done, k, func() {
			c.LocalGet(lOff)
			c.LocalGet(last)
			c.Op(wasmgen.I64Add)
			c.LocalGet(lWLo + 2*k + 1)
			c.I64Const(mem.FastWindowAccess - 1)
			c.Op(wasmgen.I64Add)
			c.Op(wasmgen.I64LtU)
		})
	}
	// Through the TLB only within a page: with a longer range, lA+last
	// could wrap around 2^64 onto a page in the same TLB slot.
	c.LocalGet(last)
	c.I64Const(mem.PageSize)
	c.Op(wasmgen.I64GeU)
	c.If()
	g.slow()
	c.End()
	g.probeTo(tlb, func() {
		c.LocalGet(last)
		c.Op(wasmgen.I64Add)
	})
	c.End()
}
