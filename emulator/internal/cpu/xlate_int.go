package cpu

import "github.com/blockless/avs/emulator/internal/wasmgen"

// Integer instructions whose translation needs more than a line or two:
// shifts, one-operand multiplies and divides. Each follows the
// interpreter's function of the same name (exec.go) exactly.

// shift emits shl/shr/sar (flags kept) and rol/ror (flags dead) by an
// immediate count or by CL (Size2 == 1).
func (g *gen) shift(in *Inst) {
	c := g.c
	sz := in.Size
	if in.Size2 == 0 {
		cnt := shiftCount(in)
		if cnt == 0 {
			g.zeroShift(in)
			return
		}
		g.getE(in, sz)
		c.LocalSet(lX)
		c.I64Const(int64(cnt))
		c.LocalSet(lT1)
		g.shiftBy(in)
		return
	}
	cmask := int64(31)
	if sz == 8 {
		cmask = 63
	}
	c.LocalGet(lR + RCX)
	c.I64Const(cmask) // also drops CL's upper bits
	c.Op(wasmgen.I64And)
	c.LocalSet(lT1)
	g.getE(in, sz)
	c.LocalSet(lX)
	c.LocalGet(lT1)
	c.Op(wasmgen.I64Eqz)
	c.If()
	g.zeroShift(in)
	c.Else()
	g.shiftBy(in)
	c.End()
}

// zeroShift emits a shift by 0: it changes nothing, but a 32-bit register
// is still zero-extended.
func (g *gen) zeroShift(in *Inst) {
	if !in.Mem && in.Size == 4 {
		g.reg(in.RM, 4)
		g.c.LocalSet(lV)
		g.setReg(in.RM, 4, lV)
	}
}

// shiftBy emits the shift of the E operand in lX by the count in lT1
// (1..63, already masked): the result, written back, and the flags as the
// interpreter's shift sets them. With a constant count Cranelift folds the
// count arithmetic.
func (g *gen) shiftBy(in *Inst) {
	c := g.c
	sz := in.Size
	bits := int64(sz) * 8
	switch in.Sub {
	case 4, 6:
		c.LocalGet(lX)
		c.LocalGet(lT1)
		c.Op(wasmgen.I64Shl)
	case 5:
		c.LocalGet(lX)
		c.LocalGet(lT1)
		c.Op(wasmgen.I64ShrU)
	case 7:
		c.LocalGet(lX)
		g.sext(sz)
		c.LocalGet(lT1)
		c.Op(wasmgen.I64ShrS)
	case 0, 1:
		// The wasm rotates take the count modulo the width, as x86
		// does for 32 and 64 bits.
		switch sz {
		case 8:
			c.LocalGet(lX)
			c.LocalGet(lT1)
			if in.Sub == 0 {
				c.Op(wasmgen.I64Rotl)
			} else {
				c.Op(wasmgen.I64Rotr)
			}
		case 4:
			c.LocalGet(lX)
			c.Op(wasmgen.I32WrapI64)
			c.LocalGet(lT1)
			c.Op(wasmgen.I32WrapI64)
			if in.Sub == 0 {
				c.Op(wasmgen.I32Rotl)
			} else {
				c.Op(wasmgen.I32Rotr)
			}
			c.Op(wasmgen.I64ExtendI32U)
		}
		if sz >= 4 {
			break
		}
		// rc = cnt % bits; x<<rc | x>>((bits-rc)%bits) for rol.
		c.LocalGet(lT1)
		c.I64Const(bits - 1)
		c.Op(wasmgen.I64And)
		c.LocalSet(lT2)
		c.I64Const(bits)
		c.LocalGet(lT2)
		c.Op(wasmgen.I64Sub)
		c.I64Const(bits - 1)
		c.Op(wasmgen.I64And)
		c.LocalSet(lT3)
		var l, r uint32 = lT2, lT3
		if in.Sub == 1 {
			l, r = r, l
		}
		c.LocalGet(lX)
		c.LocalGet(l)
		c.Op(wasmgen.I64Shl)
		c.LocalGet(lX)
		c.LocalGet(r)
		c.Op(wasmgen.I64ShrU)
		c.Op(wasmgen.I64Or)
	}
	g.truncate(sz)
	c.LocalSet(lRes)
	g.setE(in, sz, lRes)
	if !in.NoFlags && in.Sub >= 4 {
		switch in.Sub {
		case 4, 6: // CF = cnt <= bits ? x>>(bits-cnt)&1 : 0; OF = MSB(r) ^ CF
			c.LocalGet(lX)
			c.I64Const(bits)
			c.LocalGet(lT1)
			c.Op(wasmgen.I64Sub)
			c.Op(wasmgen.I64ShrU)
			c.I64Const(1)
			c.Op(wasmgen.I64And)
			c.I64Const(0)
			c.LocalGet(lT1)
			c.I64Const(bits)
			c.Op(wasmgen.I64LeU)
			c.Op(wasmgen.Select)
			c.LocalTee(lFcarry)
			c.LocalGet(lRes)
			c.I64Const(bits - 1)
			c.Op(wasmgen.I64ShrU)
			c.I64Const(1)
			c.Op(wasmgen.I64And)
			c.Op(wasmgen.I64Xor)
			c.LocalSet(lFof)
		case 5: // CF = x>>(cnt-1)&1; OF = MSB(x)
			c.LocalGet(lX)
			c.LocalGet(lT1)
			c.I64Const(1)
			c.Op(wasmgen.I64Sub)
			c.Op(wasmgen.I64ShrU)
			c.I64Const(1)
			c.Op(wasmgen.I64And)
			c.LocalSet(lFcarry)
			c.LocalGet(lX)
			c.I64Const(bits - 1)
			c.Op(wasmgen.I64ShrU)
			c.I64Const(1)
			c.Op(wasmgen.I64And)
			c.LocalSet(lFof)
		case 7: // CF = sext(x)>>(cnt-1)&1; OF = 0
			c.LocalGet(lX)
			g.sext(sz)
			c.LocalGet(lT1)
			c.I64Const(1)
			c.Op(wasmgen.I64Sub)
			c.Op(wasmgen.I64ShrS)
			c.I64Const(1)
			c.Op(wasmgen.I64And)
			c.LocalSet(lFcarry)
			c.I64Const(0)
			c.LocalSet(lFof)
		}
		g.setFlags(fRes, sz, lRes, noLocal, noLocal)
	}
}

// mul1 emits mul/imul with one operand: rDX:rAX = rAX * E.
func (g *gen) mul1(in *Inst) {
	c := g.c
	sz := in.Size
	signed := in.Op == OpImul1
	g.getE(in, sz)
	c.LocalSet(lX)
	g.reg(RAX, sz)
	c.LocalSet(lY)
	const m32 = 0xffffffff
	if sz == 8 {
		half := func(l uint32, high bool) {
			c.LocalGet(l)
			if high {
				c.I64Const(32)
				c.Op(wasmgen.I64ShrU)
			} else {
				c.I64Const(m32)
				c.Op(wasmgen.I64And)
			}
		}
		// The high 64 bits of the unsigned product, from 32-bit halves.
		half(lY, false)
		half(lX, false)
		c.Op(wasmgen.I64Mul)
		c.LocalSet(lT2) // t = alo*blo
		half(lY, true)
		half(lX, false)
		c.Op(wasmgen.I64Mul)
		c.LocalGet(lT2)
		c.I64Const(32)
		c.Op(wasmgen.I64ShrU)
		c.Op(wasmgen.I64Add)
		c.LocalSet(lT3) // u = ahi*blo + t>>32
		half(lY, false)
		half(lX, true)
		c.Op(wasmgen.I64Mul)
		c.LocalGet(lT3)
		c.I64Const(m32)
		c.Op(wasmgen.I64And)
		c.Op(wasmgen.I64Add)
		c.LocalSet(lT4) // w = alo*bhi + u&m32
		half(lY, true)
		half(lX, true)
		c.Op(wasmgen.I64Mul)
		c.LocalGet(lT3)
		c.I64Const(32)
		c.Op(wasmgen.I64ShrU)
		c.Op(wasmgen.I64Add)
		c.LocalGet(lT4)
		c.I64Const(32)
		c.Op(wasmgen.I64ShrU)
		c.Op(wasmgen.I64Add)
		c.LocalSet(lT1) // hi
		if signed {
			// hi -= (a<0 ? b : 0) + (b<0 ? a : 0)
			for _, p := range [2][2]uint32{{lY, lX}, {lX, lY}} {
				c.LocalGet(lT1)
				c.LocalGet(p[1])
				c.I64Const(0)
				c.LocalGet(p[0])
				c.I64Const(0)
				c.Op(wasmgen.I64LtS)
				c.Op(wasmgen.Select)
				c.Op(wasmgen.I64Sub)
				c.LocalSet(lT1)
			}
		}
		c.LocalGet(lY)
		c.LocalGet(lX)
		c.Op(wasmgen.I64Mul)
		c.LocalSet(lRes) // lo
		c.LocalGet(lT1)
		if signed {
			c.LocalGet(lRes)
			c.I64Const(63)
			c.Op(wasmgen.I64ShrS)
		} else {
			c.I64Const(0)
		}
		c.Op(wasmgen.I64Ne)
		c.Op(wasmgen.I64ExtendI32U)
		c.LocalSet(lV) // overflow
		g.setReg(RAX, 8, lRes)
		g.setReg(RDX, 8, lT1)
	} else {
		c.LocalGet(lY)
		if signed {
			g.sext(sz)
		}
		c.LocalGet(lX)
		if signed {
			g.sext(sz)
		}
		c.Op(wasmgen.I64Mul)
		c.LocalSet(lT1) // p
		c.LocalGet(lT1)
		if signed {
			g.sext(sz)
			c.LocalGet(lT1)
			c.Op(wasmgen.I64Ne)
		} else {
			c.I64Const(int64(sz) * 8)
			c.Op(wasmgen.I64ShrU)
			c.I64Const(0)
			c.Op(wasmgen.I64Ne)
		}
		c.Op(wasmgen.I64ExtendI32U)
		c.LocalSet(lV)
		c.LocalGet(lT1)
		g.truncate(sz)
		c.LocalSet(lRes) // lo
		switch sz {
		case 1:
			g.setReg(RAX, 2, lT1)
		case 2, 4:
			c.LocalGet(lT1)
			c.I64Const(int64(sz) * 8)
			c.Op(wasmgen.I64ShrU)
			c.LocalSet(lT2)
			g.setReg(RAX, sz, lT1)
			g.setReg(RDX, sz, lT2)
		}
	}
	if !in.NoFlags {
		c.LocalGet(lV)
		c.LocalTee(lFcarry)
		c.LocalSet(lFof)
		g.setFlags(fRes, sz, lRes, noLocal, noLocal)
	}
}

// div emits 32- and 64-bit div/idiv. Divisions that fault, and 64-bit
// ones whose dividend needs RDX (128 bits), exit to the interpreter.
func (g *gen) div(in *Inst) {
	c := g.c
	sz := in.Size
	signed := in.Op == OpIdiv
	g.getE(in, sz)
	c.LocalSet(lX) // divisor
	slowIf := func() {
		c.If()
		g.slow()
		c.End()
	}
	const m32 = 0xffffffff
	if sz == 8 {
		c.LocalGet(lX)
		c.Op(wasmgen.I64Eqz)
		c.LocalGet(lR + RDX)
		if signed {
			c.LocalGet(lR + RAX)
			c.I64Const(63)
			c.Op(wasmgen.I64ShrS)
			c.Op(wasmgen.I64Ne)
			c.Op(wasmgen.I32Or)
			c.LocalGet(lR + RAX)
			c.I64Const(-1 << 63)
			c.Op(wasmgen.I64Eq)
			c.LocalGet(lX)
			c.I64Const(-1)
			c.Op(wasmgen.I64Eq)
			c.Op(wasmgen.I32And)
		} else {
			c.I64Const(0)
			c.Op(wasmgen.I64Ne)
		}
		c.Op(wasmgen.I32Or)
		slowIf()
		for _, op := range [2]byte{wasmgen.I64DivU, wasmgen.I64RemU} {
			c.LocalGet(lR + RAX)
			c.LocalGet(lX)
			if signed {
				op-- // the signed op precedes the unsigned one
			}
			c.Op(op)
		}
		c.LocalSet(lR + RDX)
		c.LocalSet(lR + RAX)
		return
	}
	// 32 bits: the dividend is EDX:EAX.
	c.LocalGet(lR + RDX)
	c.I64Const(32)
	c.Op(wasmgen.I64Shl)
	c.LocalGet(lR + RAX)
	c.I64Const(m32)
	c.Op(wasmgen.I64And)
	c.Op(wasmgen.I64Or)
	c.LocalSet(lT1)
	if signed {
		c.LocalGet(lX)
		g.sext(4)
		c.LocalSet(lX)
	}
	c.LocalGet(lX)
	c.Op(wasmgen.I64Eqz)
	if signed {
		c.LocalGet(lT1)
		c.I64Const(-1 << 63)
		c.Op(wasmgen.I64Eq)
		c.LocalGet(lX)
		c.I64Const(-1)
		c.Op(wasmgen.I64Eq)
		c.Op(wasmgen.I32And)
		c.Op(wasmgen.I32Or)
	}
	slowIf()
	c.LocalGet(lT1)
	c.LocalGet(lX)
	if signed {
		c.Op(wasmgen.I64DivS)
	} else {
		c.Op(wasmgen.I64DivU)
	}
	c.LocalTee(lT2)
	if signed {
		g.sext(4)
		c.LocalGet(lT2)
		c.Op(wasmgen.I64Ne)
	} else {
		c.I64Const(m32)
		c.Op(wasmgen.I64GtU)
	}
	slowIf()
	c.LocalGet(lT1)
	c.LocalGet(lX)
	if signed {
		c.Op(wasmgen.I64RemS)
	} else {
		c.Op(wasmgen.I64RemU)
	}
	c.LocalSet(lT3)
	g.setReg(RAX, 4, lT2)
	g.setReg(RDX, 4, lT3)
}

// bswap emits bswap r32/r64 by swapping bytes, then 16-bit halves, then
// 32-bit halves; bswap r16 gives 0 like the interpreter.
func (g *gen) bswap(in *Inst) {
	c := g.c
	if in.Size == 2 {
		c.I64Const(0)
		c.LocalSet(lV)
		g.setReg(in.RM, 2, lV)
		return
	}
	g.reg(in.RM, in.Size)
	c.LocalSet(lV)
	swap := func(m int64, sh int64) {
		c.LocalGet(lV)
		c.I64Const(sh)
		c.Op(wasmgen.I64ShrU)
		c.I64Const(m)
		c.Op(wasmgen.I64And)
		c.LocalGet(lV)
		c.I64Const(m)
		c.Op(wasmgen.I64And)
		c.I64Const(sh)
		c.Op(wasmgen.I64Shl)
		c.Op(wasmgen.I64Or)
		c.LocalSet(lV)
	}
	if in.Size == 8 {
		swap(0x00ff00ff00ff00ff, 8)
		swap(0x0000ffff0000ffff, 16)
		swap(0x00000000ffffffff, 32)
	} else {
		swap(0x00ff00ff, 8)
		swap(0x0000ffff, 16)
	}
	g.setReg(in.RM, in.Size, lV)
}
