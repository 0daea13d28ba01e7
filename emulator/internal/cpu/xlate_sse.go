package cpu

import (
	"fmt"
	"math"

	"github.com/blockless/avs/emulator/internal/wasmgen"
)

// Translation of SSE/SSE2 instructions. Within a region, each xmm register
// the region names lives in two i64 locals (lXQ+2r the low quadword,
// lXQ+2r+1 the high one), loaded from CPU.X (through lXMM) on entry and
// stored back on every exit, so SSE code keeps its registers in machine
// registers instead of a load and a store per operand. Results are
// bit-exact with the interpreter (sse.go): floating
// point values travel as integer bits and every wasm result that may be a
// NaN (whose payload wasm leaves open) is replaced by the interpreter's
// NaN before it reaches guest state. Memory operands are probed before
// the first write of the instruction, so an exit leaves it unexecuted.

// xstepSSE reports whether the translator handles the SSE instruction in.
// SSE instructions other than comisd/ucomisd leave the arithmetic flags
// alone, so the flag knowledge is unchanged; those two set them as the
// interpreter's SetFlags does: Fop = fRaw with the flags in XState.Rflags
// (which runTranslated copies back), a producer known to cond and cf.
func xstepSSE(in *Inst, fl *xflags) bool {
	if in.Op == OpSSE && (in.Sub == 0x2e || in.Sub == 0x2f) {
		*fl = xflags{known: true, op: fRaw}
		return true
	}
	if in.Op == OpSSEImm {
		switch in.Sub {
		case 0xc2:
			return true
		case 0xc6:
			return in.Rep == pfx66 || in.Rep == pfxNone
		case 0x70:
			return in.Rep == pfx66
		case 0x71, 0x72, 0x73:
			// Shifts by an immediate of the E register (no memory form).
			if in.Mem {
				return false
			}
			switch in.Reg & 7 {
			case 2, 6:
				return true
			case 4:
				return in.Sub != 0x73
			case 3, 7:
				return in.Sub == 0x73
			}
		}
		return false
	}
	switch in.Sub {
	case 0x10, 0x11, 0x28, 0x29, 0x2b, 0x6f, 0x7f, 0xe7,
		0x12, 0x13, 0x16, 0x17, 0x14, 0x15, 0x6e, 0x7e, 0xd6,
		0x54, 0x55, 0x56, 0x57, 0xdb, 0xdf, 0xeb, 0xef,
		0x51, 0x58, 0x59, 0x5c, 0x5d, 0x5e, 0x5f,
		0x2a, 0x2c, 0x2d, 0x5a,
		0x6c, 0x6d, 0xd4, 0xfb, 0xfe, 0xfa, 0xfd, 0xf9, 0xfc, 0xf8, 0x74, 0x75, 0x76,
		0x60, 0x61, 0x62, 0x68, 0x69, 0x6a, 0x63, 0x67, 0x6b, 0xf4:
		return true
	case 0xd7, 0x50:
		return !in.Mem
	}
	_, ok := laneOps[in.Sub]
	return ok
}

// ---- operand access ----

// xq is the local holding the quadword of xmm r at byte offset off, and
// the bit position of off within it. An access never straddles the two
// quadwords (every caller reads or writes within one).
func xq(r uint8, off uint32, size uint8) (uint32, int64) {
	if off%8+uint32(size) > 8 {
		panic(fmt.Sprintf("translator: xmm access of %d bytes at %d straddles a quadword", size, off))
	}
	return lXQ + 2*uint32(r&15) + off/8, int64(off%8) * 8
}

// xload pushes size bytes (zero-extended) at offset off of xmm register r.
func (g *gen) xload(r uint8, off uint32, size uint8) {
	q, sh := xq(r, off, size)
	g.c.LocalGet(q)
	if sh > 0 {
		g.c.I64Const(sh)
		g.c.Op(wasmgen.I64ShrU)
	}
	if size < 8 {
		g.c.I64Const(mask(size))
		g.c.Op(wasmgen.I64And)
	}
}

// xloadS pushes size bytes at offset off of xmm register r, sign-extended.
func (g *gen) xloadS(r uint8, off uint32, size uint8) {
	q, sh := xq(r, off, size)
	g.c.LocalGet(q)
	if size == 8 {
		return
	}
	if up := 64 - sh - 8*int64(size); up > 0 {
		g.c.I64Const(up)
		g.c.Op(wasmgen.I64Shl)
	}
	g.c.I64Const(64 - 8*int64(size))
	g.c.Op(wasmgen.I64ShrS)
}

// xstore writes the low size bytes of local v at offset off of xmm r.
func (g *gen) xstore(r uint8, off uint32, size uint8, v uint32) {
	c := g.c
	q, sh := xq(r, off, size)
	if size == 8 {
		c.LocalGet(v)
		c.LocalSet(q)
		return
	}
	g.merge(q, v, size, sh)
	c.LocalSet(q)
}

// xzeroHigh clears the high quadword of xmm r.
func (g *gen) xzeroHigh(r uint8) {
	g.c.I64Const(0)
	g.c.LocalSet(lXQ + 2*uint32(r&15) + 1)
}

// xmmUsed is the set of xmm registers the translated instructions of a
// region name (as bits): the ones its prologue loads and its exits store.
func xmmUsed(list []*block, ks []int) uint16 {
	var used uint16
	for j, b := range list {
		for i := range b.insts[:ks[j]] {
			in := &b.insts[i]
			if in.Op != OpSSE && in.Op != OpSSEImm {
				continue
			}
			used |= 1 << (in.Reg & 15)
			if !in.Mem {
				used |= 1 << (in.RM & 15)
			}
		}
	}
	return used
}

// xmemE prepares a width-byte memory E operand: it probes the read (or
// write) TLB, which may exit, and keeps the linear address in lXA.
func (g *gen) xmemE(in *Inst, width uint8, write bool) {
	if !in.Mem {
		return
	}
	g.ea(in, true)
	g.c.LocalSet(lA)
	tlb := uint32(lRTLB)
	if write {
		tlb = lWTLB
	}
	g.probe(tlb, width)
	g.c.LocalSet(lXA)
}

// eload pushes size bytes at offset off of the E operand (xmm register or
// the memory prepared by xmemE).
func (g *gen) eload(in *Inst, off uint32, size uint8) {
	if !in.Mem {
		g.xload(in.RM, off, size)
		return
	}
	g.c.LocalGet(lXA)
	g.c.Mem(loadOp[size], off)
}

// estore writes local v (size bytes) at offset off of the E operand.
func (g *gen) estore(in *Inst, off uint32, size uint8, v uint32) {
	if !in.Mem {
		g.xstore(in.RM, off, size, v)
		return
	}
	g.c.LocalGet(lXA)
	g.c.LocalGet(v)
	g.c.Mem(storeOp[size], off)
}

// ecopyTo copies size bytes at offset off of E into xmm register r.
func (g *gen) ecopyTo(in *Inst, r uint8, off uint32, size uint8) {
	g.eload(in, off, size)
	g.c.LocalSet(lV)
	g.xstore(r, off, size, lV)
}

// ---- floating-point helpers (values as bits in i64 locals) ----

// isNaN pushes (i32) whether the i64 on the stack is a NaN of the width.
func (g *gen) isNaN(w uint8) {
	c := g.c
	if w == 8 {
		c.I64Const(0x7fffffffffffffff)
		c.Op(wasmgen.I64And)
		c.I64Const(0x7ff0000000000000)
	} else {
		c.I64Const(0x7fffffff)
		c.Op(wasmgen.I64And)
		c.I64Const(0x7f800000)
	}
	c.Op(wasmgen.I64GtU)
}

// toF pushes local v as a float of width w.
func (g *gen) toF(v uint32, w uint8) {
	g.c.LocalGet(v)
	if w == 8 {
		g.c.Op(wasmgen.F64ReinterpretI64)
	} else {
		g.c.Op(wasmgen.I32WrapI64, wasmgen.F32ReinterpretI32)
	}
}

// fromF turns the float of width w on the stack into zero-extended bits.
func (g *gen) fromF(w uint8) {
	if w == 8 {
		g.c.Op(wasmgen.I64ReinterpretF64)
	} else {
		g.c.Op(wasmgen.I32ReinterpretF32, wasmgen.I64ExtendI32U)
	}
}

func fops(w uint8) (add, sub, mul, div, lt, gt byte) {
	if w == 8 {
		return wasmgen.F64Add, wasmgen.F64Sub, wasmgen.F64Mul, wasmgen.F64Div, wasmgen.F64Lt, wasmgen.F64Gt
	}
	return wasmgen.F32Add, wasmgen.F32Sub, wasmgen.F32Mul, wasmgen.F32Div, wasmgen.F32Lt, wasmgen.F32Gt
}

// quiet pushes v with its quiet bit set.
func (g *gen) quiet(v uint32, w uint8) {
	g.c.LocalGet(v)
	if w == 8 {
		g.c.I64Const(quiet64)
	} else {
		g.c.I64Const(quiet32)
	}
	g.c.Op(wasmgen.I64Or)
}

func defaultNaN(w uint8) int64 {
	if w == 8 {
		return -0x8000000000000 // 0xfff8000000000000
	}
	return defaultNaN32
}

// farith computes arith64/arith32 (by width w) of op on the bits in lX
// and lY into lRes (zero-extended for w 4).
func (g *gen) farith(op uint8, w uint8) {
	c := g.c
	add, sub, mul, div, lt, gt := fops(w)
	switch op {
	case 0x5d, 0x5f:
		c.LocalGet(lX)
		c.LocalGet(lY)
		g.toF(lX, w)
		g.toF(lY, w)
		if op == 0x5d {
			c.Op(lt)
		} else {
			c.Op(gt)
		}
		c.Op(wasmgen.Select)
		c.LocalSet(lRes)
		return
	case 0x51:
		if w == 8 {
			g.toF(lY, 8)
			c.Op(wasmgen.F64Sqrt)
		} else {
			// float32(math.Sqrt(float64(b))), as the interpreter.
			g.toF(lY, 4)
			c.Op(wasmgen.F64PromoteF32, wasmgen.F64Sqrt, wasmgen.F32DemoteF64)
		}
		g.fromF(w)
		c.LocalTee(lRes)
		g.isNaN(w)
		c.If()
		// sqrt is NaN only for a NaN (kept, quieted) or a negative b.
		g.quiet(lY, w)
		c.I64Const(defaultNaN(w))
		c.LocalGet(lY)
		g.isNaN(w)
		c.Op(wasmgen.Select)
		c.LocalSet(lRes)
		c.End()
		return
	}
	g.toF(lX, w)
	g.toF(lY, w)
	switch op {
	case 0x58:
		c.Op(add)
	case 0x59:
		c.Op(mul)
	case 0x5c:
		c.Op(sub)
	case 0x5e:
		c.Op(div)
	default:
		panic(fmt.Sprintf("translator: farith op %#x", op))
	}
	g.fromF(w)
	c.LocalTee(lRes)
	g.isNaN(w)
	c.If()
	// a's NaN quieted, else b's, else the default NaN.
	g.quiet(lX, w)
	g.quiet(lY, w)
	c.I64Const(defaultNaN(w))
	c.LocalGet(lY)
	g.isNaN(w)
	c.Op(wasmgen.Select)
	c.LocalGet(lX)
	g.isNaN(w)
	c.Op(wasmgen.Select)
	c.LocalSet(lRes)
	c.End()
}

// fcmp computes cmp64/cmp32 with predicate p of lX and lY into lRes (all
// ones of the width or zero).
func (g *gen) fcmp(p uint8, w uint8) {
	c := g.c
	eq, ne, lt, le := byte(wasmgen.F64Eq), byte(wasmgen.F64Ne), byte(wasmgen.F64Lt), byte(wasmgen.F64Le)
	if w == 4 {
		eq, ne, lt, le = wasmgen.F32Eq, wasmgen.F32Ne, wasmgen.F32Lt, wasmgen.F32Le
	}
	two := func(op byte) {
		g.toF(lX, w)
		g.toF(lY, w)
		c.Op(op)
	}
	self := func(v uint32, op byte) {
		g.toF(v, w)
		g.toF(v, w)
		c.Op(op)
	}
	switch p & 7 {
	case 0:
		two(eq)
	case 1:
		two(lt)
	case 2:
		two(le)
	case 3: // unordered
		self(lX, ne)
		self(lY, ne)
		c.Op(wasmgen.I32Or)
	case 4:
		two(ne)
	case 5:
		two(lt)
		c.Op(wasmgen.I32Eqz)
	case 6:
		two(le)
		c.Op(wasmgen.I32Eqz)
	case 7: // ordered
		self(lX, eq)
		self(lY, eq)
		c.Op(wasmgen.I32And)
	}
	c.Op(wasmgen.I64ExtendI32U)
	c.LocalSet(lRes)
	c.I64Const(0)
	c.LocalGet(lRes)
	c.Op(wasmgen.I64Sub)
	if w == 4 {
		c.I64Const(0xffffffff)
		c.Op(wasmgen.I64And)
	}
	c.LocalSet(lRes)
}

// cvtF pushes the conversion of the bits in local v from width from to
// the other width (f32to64 / f64to32 semantics).
func (g *gen) cvtF(v uint32, from uint8) {
	c := g.c
	if from == 4 {
		// f32to64: NaN keeps sign and payload, quieted.
		g.toF(v, 4)
		c.Op(wasmgen.F64PromoteF32, wasmgen.I64ReinterpretF64)
		c.LocalGet(v)
		c.I64Const(31)
		c.Op(wasmgen.I64ShrU)
		c.I64Const(63)
		c.Op(wasmgen.I64Shl)
		c.I64Const(0x7ff8000000000000)
		c.Op(wasmgen.I64Or)
		c.LocalGet(v)
		c.I64Const(1<<22 - 1)
		c.Op(wasmgen.I64And)
		c.I64Const(29)
		c.Op(wasmgen.I64Shl)
		c.Op(wasmgen.I64Or)
		c.LocalGet(v)
		g.isNaN(4)
	} else {
		g.toF(v, 8)
		c.Op(wasmgen.F32DemoteF64)
		g.fromF(4)
		c.LocalGet(v)
		c.I64Const(63)
		c.Op(wasmgen.I64ShrU)
		c.I64Const(31)
		c.Op(wasmgen.I64Shl)
		c.I64Const(0x7fc00000)
		c.Op(wasmgen.I64Or)
		c.LocalGet(v)
		c.I64Const(29)
		c.Op(wasmgen.I64ShrU)
		c.I64Const(1<<22 - 1)
		c.Op(wasmgen.I64And)
		c.Op(wasmgen.I64Or)
		c.LocalGet(v)
		g.isNaN(8)
	}
	// Stack: plain conversion, NaN form, isNaN: keep the plain one unless
	// the operand is a NaN.
	c.Op(wasmgen.I32Eqz)
	c.Op(wasmgen.Select)
}

// ---- instructions ----

// sse emits an instruction xstepSSE accepted.
func (g *gen) sse(in *Inst) {
	c := g.c
	r := in.Reg & 15
	op, pfx := in.Sub, in.Rep
	if in.Op == OpSSEImm {
		g.sseImm(in)
		return
	}
	switch op {
	case 0x10:
		switch {
		case pfx == pfxF3 && !in.Mem:
			g.ecopyTo(in, r, 0, 4)
		case pfx == pfxF2 && !in.Mem:
			g.ecopyTo(in, r, 0, 8)
		case pfx == pfxF3 || pfx == pfxF2:
			w := uint8(4)
			if pfx == pfxF2 {
				w = 8
			}
			g.xmemE(in, w, false)
			g.eload(in, 0, w)
			c.LocalSet(lV)
			g.xstore(r, 0, 8, lV)
			g.xzeroHigh(r)
		default:
			g.load16(in, r)
		}
	case 0x11:
		w := uint8(16)
		switch pfx {
		case pfxF3:
			w = 4
		case pfxF2:
			w = 8
		}
		g.store16(in, r, w)
	case 0x28, 0x6f:
		g.load16(in, r)
	case 0x29, 0x2b, 0x7f, 0xe7:
		g.store16(in, r, 16)
	case 0x12, 0x16:
		dst := uint32(0)
		if op == 0x16 {
			dst = 8
		}
		switch {
		case in.Mem:
			g.xmemE(in, 8, false)
			g.eload(in, 0, 8)
		case op == 0x12 && pfx == pfxNone:
			g.xload(in.RM, 8, 8) // movhlps
		default:
			g.xload(in.RM, 0, 8) // movlhps (and 66 0f 12 reg)
		}
		c.LocalSet(lV)
		g.xstore(r, dst, 8, lV)
	case 0x13, 0x17:
		src := uint32(0)
		if op == 0x17 {
			src = 8
		}
		g.xmemE(in, 8, true)
		g.xload(r, src, 8)
		c.LocalSet(lV)
		g.estore(in, 0, 8, lV)
	case 0x14, 0x15:
		g.xmemE(in, 16, false)
		if pfx == pfx66 {
			off := uint32(0)
			if op == 0x15 {
				off = 8
			}
			g.xload(r, off, 8)
			c.LocalSet(lX)
			g.eload(in, off, 8)
			c.LocalSet(lY)
			g.xstore(r, 0, 8, lX)
			g.xstore(r, 8, 8, lY)
			return
		}
		// unpcklps/unpckhps: a0 b0 a1 b1 of the low (high) halves.
		off := uint32(0)
		if op == 0x15 {
			off = 8
		}
		g.xload(r, off, 8)
		c.LocalSet(lX)
		g.eload(in, off, 8)
		c.LocalSet(lY)
		for k, sh := range [2]int64{0, 32} {
			c.LocalGet(lX)
			if sh != 0 {
				c.I64Const(sh)
				c.Op(wasmgen.I64ShrU)
			}
			c.I64Const(0xffffffff)
			c.Op(wasmgen.I64And)
			c.LocalGet(lY)
			if sh != 0 {
				c.I64Const(sh)
				c.Op(wasmgen.I64ShrU)
			}
			c.I64Const(32)
			c.Op(wasmgen.I64Shl)
			c.Op(wasmgen.I64Or)
			if k == 0 {
				c.LocalSet(lV)
			} else {
				c.LocalSet(lT)
			}
		}
		g.xstore(r, 0, 8, lV)
		g.xstore(r, 8, 8, lT)
	case 0x6e:
		if in.Mem {
			g.ea(in, true)
			c.LocalSet(lA)
			g.load(in.Size)
		} else {
			g.reg(in.RM&15, in.Size)
		}
		c.LocalSet(lV)
		g.xstore(r, 0, 8, lV)
		g.xzeroHigh(r)
	case 0x7e:
		if pfx == pfxF3 {
			g.xmemE(in, 8, false)
			g.eload(in, 0, 8)
			c.LocalSet(lV)
			g.xstore(r, 0, 8, lV)
			g.xzeroHigh(r)
			return
		}
		g.xload(r, 0, in.Size)
		c.LocalSet(lV)
		if in.Mem {
			g.ea(in, true)
			c.LocalSet(lA)
			g.store(in.Size, lV)
		} else {
			g.setReg(in.RM&15, in.Size, lV)
		}
	case 0xd6:
		g.xmemE(in, 8, true)
		g.xload(r, 0, 8)
		c.LocalSet(lV)
		g.estore(in, 0, 8, lV)
		if !in.Mem {
			g.xzeroHigh(in.RM)
		}
	case 0x54, 0x55, 0x56, 0x57, 0xdb, 0xdf, 0xeb, 0xef, 0xd4, 0xfb,
		0xfe, 0xfa, 0xfd, 0xf9, 0xfc, 0xf8, 0x74, 0x75, 0x76:
		g.xmemE(in, 16, false)
		for _, off := range [2]uint32{0, 8} {
			g.xload(r, off, 8)
			c.LocalSet(lX)
			g.eload(in, off, 8)
			c.LocalSet(lY)
			g.intOp(op)
			g.xstore(r, off, 8, lRes)
		}
	case 0x60, 0x61, 0x62, 0x68, 0x69, 0x6a: // punpckl/h bw, wd, dq
		g.xmemE(in, 16, false)
		size := uint8(1) << (op & 3)
		n := 8 / int(size) // lanes per quadword
		o := 0
		if op >= 0x68 {
			o = n
		}
		for q, dst := range [2]uint32{lX, lY} {
			g.buildQ(dst, size, func(i int) {
				k := q*n + i
				off := uint32((k/2 + o) * int(size))
				if k&1 == 0 {
					g.xload(r, off, size)
				} else {
					g.eload(in, off, size)
				}
			})
		}
		g.xstore(r, 0, 8, lX)
		g.xstore(r, 8, 8, lY)
	case 0x63, 0x67, 0x6b: // packsswb, packuswb, packssdw
		g.xmemE(in, 16, false)
		src, lo, hi := uint8(2), int64(-128), int64(127)
		switch op {
		case 0x67:
			lo, hi = 0, 255
		case 0x6b:
			src, lo, hi = 4, -32768, 32767
		}
		size := src / 2
		for q, dst := range [2]uint32{lX, lY} {
			// The low quadword packs the destination's lanes, the high
			// one the source's.
			g.buildQ(dst, size, func(i int) {
				off := uint32(i * int(src))
				if q == 0 {
					g.xloadS(r, off, src)
				} else if in.Mem {
					g.c.LocalGet(lXA)
					g.c.Mem(loadSOp[src], off)
				} else {
					g.xloadS(in.RM, off, src)
				}
				g.clamp(lo, hi)
			})
		}
		g.xstore(r, 0, 8, lX)
		g.xstore(r, 8, 8, lY)
	case 0x64, 0x65, 0x66, 0xda, 0xde, 0xea, 0xee, 0xd5, 0xe4, 0xe5, 0xe0, 0xe3,
		0xd8, 0xd9, 0xdc, 0xdd, 0xe8, 0xe9, 0xec, 0xed:
		g.laneOp(in, r, op)
	case 0xf4: // pmuludq
		g.xmemE(in, 16, false)
		for _, off := range [2]uint32{0, 8} {
			g.xload(r, off, 4)
			g.eload(in, off, 4)
			c.Op(wasmgen.I64Mul)
			c.LocalSet(lV)
			g.xstore(r, off, 8, lV)
		}
	case 0x6c, 0x6d:
		g.xmemE(in, 16, false)
		off := uint32(0)
		if op == 0x6d {
			off = 8
		}
		g.xload(r, off, 8)
		c.LocalSet(lX)
		g.eload(in, off, 8)
		c.LocalSet(lY)
		g.xstore(r, 0, 8, lX)
		g.xstore(r, 8, 8, lY)
	case 0x51, 0x58, 0x59, 0x5c, 0x5d, 0x5e, 0x5f:
		w, lanes := uint8(8), 2
		switch pfx {
		case pfxF2:
			lanes = 1
		case pfxF3:
			w, lanes = 4, 1
		case pfxNone:
			w, lanes = 4, 4
		}
		g.xmemE(in, w*uint8(lanes), false)
		for k := 0; k < lanes; k++ {
			off := uint32(k) * uint32(w)
			g.xload(r, off, w)
			c.LocalSet(lX)
			g.eload(in, off, w)
			c.LocalSet(lY)
			g.farith(op, w)
			g.xstore(r, off, w, lRes)
		}
	case 0x2a:
		if in.Mem {
			g.ea(in, true)
			c.LocalSet(lA)
			g.load(in.Size)
		} else {
			g.reg(in.RM&15, in.Size)
		}
		g.sext(in.Size)
		if pfx == pfxF2 {
			c.Op(wasmgen.F64ConvertI64S)
			g.fromF(8)
			c.LocalSet(lV)
			g.xstore(r, 0, 8, lV)
		} else {
			c.Op(wasmgen.F32ConvertI64S)
			g.fromF(4)
			c.LocalSet(lV)
			g.xstore(r, 0, 4, lV)
		}
	case 0x2c, 0x2d:
		if op == 0x2d {
			// Rounding per MXCSR.RC: only round-to-nearest is translated.
			c.LocalGet(lState)
			c.Mem(wasmgen.I32Load, xoMXCSR)
			c.I32Const(0x6000)
			c.Op(wasmgen.I32And)
			c.If()
			g.slow()
			c.End()
		}
		w := uint8(8)
		if pfx == pfxF3 {
			w = 4
		}
		g.xmemE(in, w, false)
		g.eload(in, 0, w)
		c.LocalSet(lY)
		lo, hi := -9223372036854775808.0, 9223372036854775808.0
		ind := int64(-1 << 63)
		if in.Size == 4 {
			lo, hi, ind = -2147483648.0, 2147483648.0, 1<<31
		}
		f := func() {
			g.toF(lY, w)
			if w == 4 {
				c.Op(wasmgen.F64PromoteF32)
			}
			if op == 0x2d {
				c.Op(wasmgen.F64Nearest)
			} else {
				c.Op(wasmgen.F64Trunc)
			}
		}
		c.I64Const(ind)
		c.LocalSet(lV)
		f()
		g.f64Const(lo)
		c.Op(wasmgen.F64Ge)
		f()
		g.f64Const(hi)
		c.Op(wasmgen.F64Lt)
		c.Op(wasmgen.I32And)
		c.If()
		f()
		c.Op(wasmgen.I64TruncF64S)
		c.LocalSet(lV)
		c.End()
		g.setReg(in.Reg, in.Size, lV)
	case 0x5a:
		switch pfx {
		case pfxF3: // cvtss2sd
			g.xmemE(in, 4, false)
			g.eload(in, 0, 4)
			c.LocalSet(lY)
			g.cvtF(lY, 4)
			c.LocalSet(lV)
			g.xstore(r, 0, 8, lV)
		case pfxF2: // cvtsd2ss
			g.xmemE(in, 8, false)
			g.eload(in, 0, 8)
			c.LocalSet(lY)
			g.cvtF(lY, 8)
			c.LocalSet(lV)
			g.xstore(r, 0, 4, lV)
		case pfxNone: // cvtps2pd
			g.xmemE(in, 8, false)
			g.eload(in, 0, 4)
			c.LocalSet(lX)
			g.eload(in, 4, 4)
			c.LocalSet(lY)
			g.cvtF(lX, 4)
			c.LocalSet(lV)
			g.cvtF(lY, 4)
			c.LocalSet(lT)
			g.xstore(r, 0, 8, lV)
			g.xstore(r, 8, 8, lT)
		default: // cvtpd2ps
			g.xmemE(in, 16, false)
			g.eload(in, 0, 8)
			c.LocalSet(lX)
			g.eload(in, 8, 8)
			c.LocalSet(lY)
			g.cvtF(lX, 8)
			g.cvtF(lY, 8)
			c.I64Const(32)
			c.Op(wasmgen.I64Shl)
			c.Op(wasmgen.I64Or)
			c.LocalSet(lV)
			g.xstore(r, 0, 8, lV)
			g.xzeroHigh(r)
		}
	case 0xd7: // pmovmskb
		for k, off := range [2]uint32{0, 8} {
			g.xload(in.RM, off, 8)
			g.msb8()
			if k == 0 {
				c.LocalSet(lV)
			} else {
				c.I64Const(8)
				c.Op(wasmgen.I64Shl)
				c.LocalGet(lV)
				c.Op(wasmgen.I64Or)
				c.LocalSet(lV)
			}
		}
		g.setReg(in.Reg, 8, lV)
	case 0x2e, 0x2f: // ucomisd/comisd (66), ucomiss/comiss
		w := uint8(8)
		if pfx == pfxNone {
			w = 4
		}
		g.xmemE(in, w, false)
		g.xload(r, 0, w)
		c.LocalSet(lX)
		g.eload(in, 0, w)
		c.LocalSet(lY)
		eq, ne, lt := byte(wasmgen.F64Eq), byte(wasmgen.F64Ne), byte(wasmgen.F64Lt)
		if w == 4 {
			eq, ne, lt = wasmgen.F32Eq, wasmgen.F32Ne, wasmgen.F32Lt
		}
		// rflags = rflags&ID | (unordered: ZF|PF|CF, less: CF, equal: ZF);
		// the three cases exclude each other.
		c.LocalGet(lState)
		c.LocalGet(lState)
		c.Mem(wasmgen.I64Load, xoRflags)
		c.I64Const(FlagID)
		c.Op(wasmgen.I64And)
		g.toF(lX, w)
		g.toF(lX, w)
		c.Op(ne)
		g.toF(lY, w)
		g.toF(lY, w)
		c.Op(ne)
		c.Op(wasmgen.I32Or)
		c.Op(wasmgen.I64ExtendI32U)
		c.I64Const(FlagZF | FlagPF | FlagCF)
		c.Op(wasmgen.I64Mul)
		c.Op(wasmgen.I64Or)
		g.toF(lX, w)
		g.toF(lY, w)
		c.Op(lt)
		c.Op(wasmgen.I64ExtendI32U)
		c.Op(wasmgen.I64Or)
		g.toF(lX, w)
		g.toF(lY, w)
		c.Op(eq)
		c.Op(wasmgen.I64ExtendI32U)
		c.I64Const(6)
		c.Op(wasmgen.I64Shl)
		c.Op(wasmgen.I64Or)
		c.Mem(wasmgen.I64Store, xoRflags)
		c.I64Const(fRaw)
		c.LocalSet(lFop)
	case 0x50: // movmskpd / movmskps
		if pfx == pfx66 {
			g.xload(in.RM, 0, 8)
			c.I64Const(63)
			c.Op(wasmgen.I64ShrU)
			g.xload(in.RM, 8, 8)
			c.I64Const(63)
			c.Op(wasmgen.I64ShrU)
			c.I64Const(1)
			c.Op(wasmgen.I64Shl)
			c.Op(wasmgen.I64Or)
		} else {
			c.I64Const(0)
			for i := uint32(0); i < 4; i++ {
				g.xload(in.RM, 4*i, 4)
				c.I64Const(31)
				c.Op(wasmgen.I64ShrU)
				if i != 0 {
					c.I64Const(int64(i))
					c.Op(wasmgen.I64Shl)
				}
				c.Op(wasmgen.I64Or)
			}
		}
		c.LocalSet(lV)
		g.setReg(in.Reg, 8, lV)
	default:
		panic(fmt.Sprintf("translator: sse op %#x accepted but not generated", op))
	}
}

// rawFlag pushes (i32) whether any of the flags in mask is set in the
// XState.Rflags of a fRaw producer.
func (g *gen) rawFlag(mask int64) {
	c := g.c
	c.LocalGet(lState)
	c.Mem(wasmgen.I64Load, xoRflags)
	c.I64Const(mask)
	c.Op(wasmgen.I64And)
	c.I64Const(0)
	c.Op(wasmgen.I64Ne)
}

// rawCond pushes condition cc (i32 0/1) of a fRaw producer, as the
// interpreter's cond reads rflags.
func (g *gen) rawCond(cc uint8) {
	c := g.c
	switch cc >> 1 {
	case 0:
		g.rawFlag(FlagOF)
	case 1:
		g.rawFlag(FlagCF)
	case 2:
		g.rawFlag(FlagZF)
	case 3:
		g.rawFlag(FlagCF | FlagZF)
	case 4:
		g.rawFlag(FlagSF)
	case 5:
		g.rawFlag(FlagPF)
	case 6:
		g.rawFlag(FlagSF)
		g.rawFlag(FlagOF)
		c.Op(wasmgen.I32Xor)
	case 7:
		g.rawFlag(FlagZF)
		g.rawFlag(FlagSF)
		g.rawFlag(FlagOF)
		c.Op(wasmgen.I32Xor)
		c.Op(wasmgen.I32Or)
	}
	if cc&1 != 0 {
		c.Op(wasmgen.I32Eqz)
	}
}

// laneOps are the packed integer ops computed lane by lane: lane size,
// whether lanes load sign-extended, and the operation on a (lV) and b
// (lT), leaving the lane (low size bytes significant) on the stack.
var laneOps = map[uint8]struct {
	size   uint8
	signed bool
}{
	0x64: {1, true}, 0x65: {2, true}, 0x66: {4, true}, // pcmpgt
	0xda: {1, false}, 0xde: {1, false}, // pminub, pmaxub
	0xea: {2, true}, 0xee: {2, true}, // pminsw, pmaxsw
	0xd5: {2, false}, 0xe4: {2, false}, 0xe5: {2, true}, // pmullw, pmulhuw, pmulhw
	0xe0: {1, false}, 0xe3: {2, false}, // pavgb, pavgw
	0xd8: {1, false}, 0xd9: {2, false}, 0xdc: {1, false}, 0xdd: {2, false}, // psubus, paddus
	0xe8: {1, true}, 0xe9: {2, true}, 0xec: {1, true}, 0xed: {2, true}, // psubs, padds
}

// laneOp emits a laneOps instruction as packedInt computes it.
func (g *gen) laneOp(in *Inst, r, op uint8) {
	c := g.c
	lo := laneOps[op]
	size := lo.size
	ld := loadOp[size]
	if lo.signed {
		ld = loadSOp[size]
	}
	g.xmemE(in, 16, false)
	ab := func() {
		c.LocalGet(lV)
		c.LocalGet(lT)
	}
	for q, dst := range [2]uint32{lX, lY} {
		g.buildQ(dst, size, func(i int) {
			off := uint32(8*q + i*int(size))
			xld := g.xload
			if lo.signed {
				xld = g.xloadS
			}
			xld(r, off, size)
			c.LocalSet(lV)
			if in.Mem {
				c.LocalGet(lXA)
				c.Mem(ld, off)
			} else {
				xld(in.RM, off, size)
			}
			c.LocalSet(lT)
			switch op {
			case 0x64, 0x65, 0x66:
				c.I64Const(0)
				ab()
				c.Op(wasmgen.I64GtS, wasmgen.I64ExtendI32U, wasmgen.I64Sub)
			case 0xda, 0xea:
				ab()
				ab()
				c.Op(wasmgen.I64LtS, wasmgen.Select)
			case 0xde, 0xee:
				ab()
				ab()
				c.Op(wasmgen.I64GtS, wasmgen.Select)
			case 0xd5:
				ab()
				c.Op(wasmgen.I64Mul)
			case 0xe4, 0xe5:
				ab()
				c.Op(wasmgen.I64Mul)
				c.I64Const(16)
				c.Op(wasmgen.I64ShrS)
			case 0xe0, 0xe3:
				ab()
				c.Op(wasmgen.I64Add)
				c.I64Const(1)
				c.Op(wasmgen.I64Add)
				c.I64Const(1)
				c.Op(wasmgen.I64ShrU)
			default: // saturating add/sub
				ab()
				if op == 0xd8 || op == 0xd9 || op == 0xe8 || op == 0xe9 {
					c.Op(wasmgen.I64Sub)
				} else {
					c.Op(wasmgen.I64Add)
				}
				switch {
				case !lo.signed && size == 1:
					g.clamp(0, 255)
				case !lo.signed:
					g.clamp(0, 65535)
				case size == 1:
					g.clamp(-128, 127)
				default:
					g.clamp(-32768, 32767)
				}
			}
		})
	}
	g.xstore(r, 0, 8, lX)
	g.xstore(r, 8, 8, lY)
}

var loadSOp = [9]byte{1: wasmgen.I64Load8S, 2: wasmgen.I64Load16S, 4: wasmgen.I64Load32S, 8: wasmgen.I64Load}

// buildQ sets local dst to the quadword of 8/size lanes of size bytes,
// lane i (low first) pushed by push(i) as an i64 whose low size bytes are
// the lane.
func (g *gen) buildQ(dst uint32, size uint8, push func(i int)) {
	c := g.c
	for i := 0; i < 8/int(size); i++ {
		push(i)
		if size < 8 {
			c.I64Const(mask(size))
			c.Op(wasmgen.I64And)
		}
		if i > 0 {
			c.I64Const(int64(i) * int64(size) * 8)
			c.Op(wasmgen.I64Shl)
			c.Op(wasmgen.I64Or)
		}
	}
	c.LocalSet(dst)
}

// clamp saturates the signed i64 on the stack to [lo, hi] (local lT).
func (g *gen) clamp(lo, hi int64) {
	c := g.c
	c.LocalSet(lT)
	c.I64Const(lo)
	c.I64Const(hi)
	c.LocalGet(lT)
	c.LocalGet(lT)
	c.I64Const(hi)
	c.Op(wasmgen.I64GtS)
	c.Op(wasmgen.Select)
	c.LocalGet(lT)
	c.I64Const(lo)
	c.Op(wasmgen.I64LtS)
	c.Op(wasmgen.Select)
}

// pshiftImm emits the shifts by an immediate of xmm E (0x71-0x73), as
// the interpreter's pshift.
func (g *gen) pshiftImm(in *Inst) {
	c := g.c
	r := in.RM & 15
	cnt := in.Imm & 0xff
	sub := in.Reg & 7
	w := uint64(16) << (in.Sub - 0x71) // lane bits: 16, 32, 64
	zero := func() {
		c.I64Const(0)
		c.LocalSet(lV)
		g.xstore(r, 0, 8, lV)
		g.xstore(r, 8, 8, lV)
	}
	if in.Sub == 0x73 && (sub == 3 || sub == 7) {
		// psrldq / pslldq: the whole register by n bytes.
		n := min(cnt, 16)
		if n >= 16 {
			zero()
			return
		}
		if n == 0 {
			return
		}
		g.xload(r, 0, 8)
		c.LocalSet(lX)
		g.xload(r, 8, 8)
		c.LocalSet(lY)
		lo, hi := uint32(lX), uint32(lY)
		if sub == 7 {
			lo, hi = lY, lX // mirror: shift left moves toward the high quadword
		}
		shr, shl := byte(wasmgen.I64ShrU), byte(wasmgen.I64Shl)
		if sub == 7 {
			shr, shl = shl, shr
		}
		// new lo = lo>>8n | hi<<(64-8n) (n < 8), or hi>>8(n-8); new hi = hi>>8n.
		if n < 8 {
			c.LocalGet(lo)
			c.I64Const(int64(8 * n))
			c.Op(shr)
			c.LocalGet(hi)
			c.I64Const(int64(64 - 8*n))
			c.Op(shl)
			c.Op(wasmgen.I64Or)
			c.LocalSet(lV)
			c.LocalGet(hi)
			c.I64Const(int64(8 * n))
			c.Op(shr)
			c.LocalSet(lT)
		} else {
			c.LocalGet(hi)
			c.I64Const(int64(8 * (n - 8)))
			c.Op(shr)
			c.LocalSet(lV)
			c.I64Const(0)
			c.LocalSet(lT)
		}
		loOff, hiOff := uint32(0), uint32(8)
		if sub == 7 {
			loOff, hiOff = 8, 0
		}
		g.xstore(r, loOff, 8, lV)
		g.xstore(r, hiOff, 8, lT)
		return
	}
	if sub == 4 { // psraw / psrad: lanes of the sign, shifted by at most w-1
		n := min(cnt, w-1)
		size := uint8(w / 8)
		for q, dst := range [2]uint32{lX, lY} {
			g.buildQ(dst, size, func(i int) {
				g.xloadS(r, uint32(8*q+i*int(size)), size)
				c.I64Const(int64(n))
				c.Op(wasmgen.I64ShrS)
			})
		}
		g.xstore(r, 0, 8, lX)
		g.xstore(r, 8, 8, lY)
		return
	}
	// Logical shifts: zero past the lane width, else shift the quadwords
	// and mask off what crossed a lane.
	if cnt >= w {
		zero()
		return
	}
	lane := uint64(1)<<w - 1
	if w == 64 {
		lane = ^uint64(0)
	}
	var m uint64
	op := byte(wasmgen.I64ShrU)
	if sub == 2 {
		m = lane >> cnt
	} else {
		m = (lane << cnt) & lane
		op = wasmgen.I64Shl
	}
	for k := w; k < 64; k *= 2 {
		m |= m << k
	}
	for _, off := range [2]uint32{0, 8} {
		g.xload(r, off, 8)
		c.I64Const(int64(cnt))
		c.Op(op)
		if m != ^uint64(0) {
			c.I64Const(int64(m))
			c.Op(wasmgen.I64And)
		}
		c.LocalSet(lV)
		g.xstore(r, off, 8, lV)
	}
}

// msb8 turns the i64 on the stack into the 8-bit mask of its bytes' top
// bits (byte i's bit 7 to bit i).
func (g *gen) msb8() {
	c := g.c
	c.I64Const(7)
	c.Op(wasmgen.I64ShrU)
	c.I64Const(0x0101010101010101)
	c.Op(wasmgen.I64And)
	c.I64Const(0x0102040810204080)
	c.Op(wasmgen.I64Mul)
	c.I64Const(56)
	c.Op(wasmgen.I64ShrU)
}

func (g *gen) f64Const(f float64) {
	// f64.const is not in wasmgen: reinterpret the bits.
	g.c.I64Const(int64(math.Float64bits(f)))
	g.c.Op(wasmgen.F64ReinterpretI64)
}

// intOp computes a quadword of a packed integer or logic op from lX
// (destination) and lY into lRes.
func (g *gen) intOp(op uint8) {
	c := g.c
	switch op {
	case 0x54, 0xdb:
		c.LocalGet(lX)
		c.LocalGet(lY)
		c.Op(wasmgen.I64And)
	case 0x55, 0xdf:
		c.LocalGet(lX)
		c.I64Const(-1)
		c.Op(wasmgen.I64Xor)
		c.LocalGet(lY)
		c.Op(wasmgen.I64And)
	case 0x56, 0xeb:
		c.LocalGet(lX)
		c.LocalGet(lY)
		c.Op(wasmgen.I64Or)
	case 0x57, 0xef:
		c.LocalGet(lX)
		c.LocalGet(lY)
		c.Op(wasmgen.I64Xor)
	case 0xd4:
		c.LocalGet(lX)
		c.LocalGet(lY)
		c.Op(wasmgen.I64Add)
	case 0xfb:
		c.LocalGet(lX)
		c.LocalGet(lY)
		c.Op(wasmgen.I64Sub)
	case 0xfe, 0xfd, 0xfc: // swarAddSub
		h := int64(swarHigh[laneKind(op)])
		c.LocalGet(lX)
		c.I64Const(^h)
		c.Op(wasmgen.I64And)
		c.LocalGet(lY)
		c.I64Const(^h)
		c.Op(wasmgen.I64And)
		c.Op(wasmgen.I64Add)
		c.LocalGet(lX)
		c.LocalGet(lY)
		c.Op(wasmgen.I64Xor)
		c.I64Const(h)
		c.Op(wasmgen.I64And)
		c.Op(wasmgen.I64Xor)
	case 0xfa, 0xf9, 0xf8:
		h := int64(swarHigh[laneKind(op)])
		c.LocalGet(lX)
		c.I64Const(h)
		c.Op(wasmgen.I64Or)
		c.LocalGet(lY)
		c.I64Const(^h)
		c.Op(wasmgen.I64And)
		c.Op(wasmgen.I64Sub)
		c.LocalGet(lX)
		c.LocalGet(lY)
		c.I64Const(-1)
		c.Op(wasmgen.I64Xor)
		c.Op(wasmgen.I64Xor)
		c.I64Const(h)
		c.Op(wasmgen.I64And)
		c.Op(wasmgen.I64Xor)
	case 0x74, 0x75, 0x76: // swarEq
		k := laneKind(op)
		h := int64(swarHigh[k])
		low := ^h
		c.LocalGet(lX)
		c.LocalGet(lY)
		c.Op(wasmgen.I64Xor)
		c.LocalTee(lRes)
		c.I64Const(low)
		c.Op(wasmgen.I64And)
		c.I64Const(low)
		c.Op(wasmgen.I64Add)
		c.LocalGet(lRes)
		c.Op(wasmgen.I64Or)
		c.I64Const(-1)
		c.Op(wasmgen.I64Xor)
		c.I64Const(h)
		c.Op(wasmgen.I64And)
		sh, m := int64(7), int64(0xff)
		switch k {
		case 1:
			sh, m = 15, 0xffff
		case 2:
			sh, m = 31, 0xffffffff
		}
		c.I64Const(sh)
		c.Op(wasmgen.I64ShrU)
		c.I64Const(m)
		c.Op(wasmgen.I64Mul)
	default:
		panic(fmt.Sprintf("translator: sse int op %#x", op))
	}
	c.LocalSet(lRes)
}

// load16 sets xmm r to the 16-byte E operand.
func (g *gen) load16(in *Inst, r uint8) {
	c := g.c
	g.xmemE(in, 16, false)
	g.eload(in, 0, 8)
	c.LocalSet(lX)
	g.eload(in, 8, 8)
	c.LocalSet(lY)
	g.xstore(r, 0, 8, lX)
	g.xstore(r, 8, 8, lY)
}

// store16 writes the low w bytes of xmm r to E (xmmStore).
func (g *gen) store16(in *Inst, r uint8, w uint8) {
	c := g.c
	g.xmemE(in, w, true)
	if w == 16 {
		g.xload(r, 0, 8)
		c.LocalSet(lX)
		g.xload(r, 8, 8)
		c.LocalSet(lY)
		g.estore(in, 0, 8, lX)
		g.estore(in, 8, 8, lY)
		return
	}
	g.xload(r, 0, w)
	c.LocalSet(lX)
	g.estore(in, 0, w, lX)
}

// sseImm emits cmpps/cmppd/cmpss/cmpsd, shufpd/shufps and pshufd.
func (g *gen) sseImm(in *Inst) {
	c := g.c
	r := in.Reg & 15
	imm := uint32(in.Imm)
	switch in.Sub {
	case 0xc2:
		w, lanes := uint8(8), 2
		switch in.Rep {
		case pfxF2:
			lanes = 1
		case pfxF3:
			w, lanes = 4, 1
		case pfxNone:
			w, lanes = 4, 4
		}
		g.xmemE(in, w*uint8(lanes), false)
		for k := 0; k < lanes; k++ {
			off := uint32(k) * uint32(w)
			g.xload(r, off, w)
			c.LocalSet(lX)
			g.eload(in, off, w)
			c.LocalSet(lY)
			g.fcmp(uint8(imm), w)
			g.xstore(r, off, w, lRes)
		}
	case 0xc6:
		g.xmemE(in, 16, false)
		if in.Rep == pfx66 {
			g.xload(r, 8*(imm&1), 8)
			c.LocalSet(lX)
			g.eload(in, 8*(imm>>1&1), 8)
			c.LocalSet(lY)
			g.xstore(r, 0, 8, lX)
			g.xstore(r, 8, 8, lY)
			return
		}
		// shufps: two dwords of the destination, then two of the source.
		g.xload(r, 4*(imm&3), 4)
		g.xload(r, 4*(imm>>2&3), 4)
		c.I64Const(32)
		c.Op(wasmgen.I64Shl)
		c.Op(wasmgen.I64Or)
		c.LocalSet(lX)
		g.eload(in, 4*(imm>>4&3), 4)
		g.eload(in, 4*(imm>>6&3), 4)
		c.I64Const(32)
		c.Op(wasmgen.I64Shl)
		c.Op(wasmgen.I64Or)
		c.LocalSet(lY)
		g.xstore(r, 0, 8, lX)
		g.xstore(r, 8, 8, lY)
	case 0x71, 0x72, 0x73:
		g.pshiftImm(in)
	case 0x70: // pshufd
		g.xmemE(in, 16, false)
		for k, l := range [2]uint32{lX, lY} {
			sh := uint32(4 * k)
			g.eload(in, 4*(imm>>sh&3), 4)
			g.eload(in, 4*(imm>>(sh+2)&3), 4)
			c.I64Const(32)
			c.Op(wasmgen.I64Shl)
			c.Op(wasmgen.I64Or)
			c.LocalSet(l)
		}
		g.xstore(r, 0, 8, lX)
		g.xstore(r, 8, 8, lY)
	}
}
