package cpu

import (
	"math"
	"math/big"
)

// F80 is an x87 80-bit extended-precision value: explicit-integer-bit
// 64-bit mantissa and sign+15-bit biased exponent. Arithmetic is done
// exactly with math/big and rounded to the precision and rounding mode in
// the control word, so results match hardware bit for bit (musl's printf
// formats every floating-point value through long double).
type F80 struct {
	Mant uint64
	SE   uint16
}

var (
	f80Indefinite = F80{Mant: 0xc000000000000000, SE: 0xffff}
	f80One        = F80{Mant: 1 << 63, SE: 16383}
)

func (f F80) neg() bool   { return f.SE&0x8000 != 0 }
func (f F80) exp() int    { return int(f.SE & 0x7fff) }
func (f F80) isNaN() bool { return f.exp() == 0x7fff && f.Mant<<1 != 0 }
func (f F80) isInf() bool { return f.exp() == 0x7fff && f.Mant<<1 == 0 }
func (f F80) isZero() bool {
	return f.exp() == 0 && f.Mant == 0
}
func (f F80) chs() F80 { f.SE ^= 0x8000; return f }
func (f F80) abs() F80 { f.SE &^= 0x8000; return f }
func (f F80) quiet() F80 {
	f.Mant |= 1 << 62
	return f
}

func infF80(neg bool) F80 {
	f := F80{Mant: 1 << 63, SE: 0x7fff}
	if neg {
		f.SE |= 0x8000
	}
	return f
}

func zeroF80(neg bool) F80 {
	if neg {
		return F80{SE: 0x8000}
	}
	return F80{}
}

// toBig converts a finite value exactly.
func (f F80) toBig() *big.Float {
	x := new(big.Float).SetPrec(64).SetUint64(f.Mant)
	e := f.exp()
	if e == 0 {
		e = 1
	}
	x.SetMantExp(x, e-16383-63)
	if f.neg() {
		x.Neg(x)
	}
	return x
}

// fromBig rounds x to an F80 with precision prec and mode.
func fromBig(x *big.Float, prec uint, mode big.RoundingMode) F80 {
	r := new(big.Float).SetPrec(prec).SetMode(mode).Set(x)
	if r.Sign() == 0 {
		return zeroF80(r.Signbit())
	}
	neg := r.Signbit()
	mant := new(big.Float)
	e := r.MantExp(mant) // r = mant * 2^e, 0.5 <= |mant| < 1
	biased := e - 1 + 16383
	if biased >= 0x7fff {
		// Overflow: infinity, or the largest finite value when rounding
		// toward zero or away from the sign.
		if mode == big.ToZero || (mode == big.ToNegativeInf && !neg) || (mode == big.ToPositiveInf && neg) {
			f := F80{Mant: ^uint64(0), SE: 0x7ffe}
			if neg {
				f.SE |= 0x8000
			}
			return f
		}
		return infF80(neg)
	}
	if biased <= 0 {
		// Denormal: fewer mantissa bits are available.
		p := int(prec) - (1 - biased)
		if p < 1 {
			return zeroF80(neg)
		}
		r2 := new(big.Float).SetPrec(uint(p)).SetMode(mode).Set(x)
		m := new(big.Float).SetMantExp(r2, 16382+63)
		u, _ := m.Abs(m).Uint64()
		f := F80{Mant: u}
		if u>>63 != 0 {
			f.SE = 1
		}
		if neg {
			f.SE |= 0x8000
		}
		return f
	}
	m := new(big.Float).SetMantExp(mant, 64)
	u, _ := m.Abs(m).Uint64()
	f := F80{Mant: u, SE: uint16(biased)}
	if neg {
		f.SE |= 0x8000
	}
	return f
}

// F80FromFloat64 converts a double exactly.
func F80FromFloat64(v uint64) F80 {
	neg := v>>63 != 0
	e := int(v >> 52 & 0x7ff)
	m := v & (1<<52 - 1)
	var f F80
	switch {
	case e == 0x7ff:
		f = F80{Mant: 1<<63 | m<<11, SE: 0x7fff}
	case e == 0 && m == 0:
		f = F80{}
	default:
		f = fromBig(new(big.Float).SetFloat64(math.Float64frombits(v&^(1<<63))), 64, big.ToNearestEven)
	}
	if neg {
		f.SE |= 0x8000
	}
	return f
}

// Float64 rounds to a double (round to nearest even).
func (f F80) Float64() uint64 {
	switch {
	case f.isNaN():
		return uint64(f.SE>>15)<<63 | 0x7ff8000000000000 | f.Mant>>11&(1<<51-1)
	case f.isInf():
		if f.neg() {
			return math.Float64bits(math.Inf(-1))
		}
		return math.Float64bits(math.Inf(1))
	case f.Mant == 0:
		return uint64(f.SE>>15) << 63
	}
	d, _ := f.toBig().Float64()
	return math.Float64bits(d)
}

func (f F80) float32() uint32 {
	switch {
	case f.isNaN():
		return uint32(f.SE>>15)<<31 | 0x7fc00000 | uint32(f.Mant>>40)&(1<<22-1)
	case f.isInf():
		return uint32(f.SE>>15)<<31 | 0x7f800000
	case f.Mant == 0:
		return uint32(f.SE>>15) << 31
	}
	d, _ := f.toBig().Float32()
	return math.Float32bits(d)
}

func f80FromInt(i int64) F80 {
	if i == 0 {
		return F80{}
	}
	return fromBig(new(big.Float).SetInt64(i), 64, big.ToNearestEven)
}

// FPU is the x87 state.
type FPU struct {
	ST  [8]F80 // physical registers
	Top uint8
	Tag uint8 // bit i set: physical register i is empty
	CW  uint16
	SW  uint16 // condition codes and exception flags; TOP is kept in Top
}

func (f *FPU) reset() {
	*f = FPU{CW: 0x37f, Tag: 0xff}
}

func (f *FPU) st(i uint8) F80       { return f.ST[(f.Top+i)&7] }
func (f *FPU) setSt(i uint8, v F80) { f.ST[(f.Top+i)&7] = v; f.Tag &^= 1 << ((f.Top + i) & 7) }
func (f *FPU) push(v F80) {
	f.Top = (f.Top - 1) & 7
	f.ST[f.Top] = v
	f.Tag &^= 1 << f.Top
}
func (f *FPU) pop() {
	f.Tag |= 1 << f.Top
	f.Top = (f.Top + 1) & 7
}

func (f *FPU) prec() uint {
	switch f.CW >> 8 & 3 {
	case 0:
		return 24
	case 2:
		return 53
	}
	return 64
}

func (f *FPU) mode() big.RoundingMode {
	return [...]big.RoundingMode{big.ToNearestEven, big.ToNegativeInf, big.ToPositiveInf, big.ToZero}[f.CW>>10&3]
}

// status returns the status word with TOP filled in.
func (f *FPU) status() uint16 { return f.SW&^(7<<11) | uint16(f.Top)<<11 }

const (
	swC0 = 1 << 8
	swC1 = 1 << 9
	swC2 = 1 << 10
	swC3 = 1 << 14
)

// arith computes a op b: 0 add, 1 mul, 4 sub, 5 subr, 6 div, 7 divr.
func (f *FPU) arith(op uint8, a, b F80) F80 {
	if op == 5 || op == 7 {
		a, b = b, a
		op--
	}
	if a.isNaN() || b.isNaN() {
		// Larger significand wins between two NaNs, as on hardware.
		if a.isNaN() && (!b.isNaN() || a.Mant >= b.Mant) {
			return a.quiet()
		}
		return b.quiet()
	}
	sx := a.neg() != b.neg()
	switch op {
	case 0, 4:
		if op == 4 {
			b = b.chs()
		}
		if a.isInf() || b.isInf() {
			if a.isInf() && b.isInf() && a.neg() != b.neg() {
				return f80Indefinite
			}
			if a.isInf() {
				return a
			}
			return b
		}
		if a.isZero() && b.isZero() {
			if a.neg() == b.neg() {
				return a
			}
			return zeroF80(f.mode() == big.ToNegativeInf)
		}
		if b.isZero() {
			return fromBig(a.toBig(), f.prec(), f.mode())
		}
		if a.isZero() {
			return fromBig(b.toBig(), f.prec(), f.mode())
		}
		z := new(big.Float).SetPrec(f.prec()).SetMode(f.mode())
		z.Add(a.toBig(), b.toBig())
		if z.Sign() == 0 {
			return zeroF80(f.mode() == big.ToNegativeInf)
		}
		return fromBig(z, f.prec(), f.mode())
	case 1:
		if a.isInf() || b.isInf() {
			if a.isZero() || b.isZero() {
				return f80Indefinite
			}
			return infF80(sx)
		}
		if a.isZero() || b.isZero() {
			return zeroF80(sx)
		}
		z := new(big.Float).SetPrec(f.prec()).SetMode(f.mode())
		z.Mul(a.toBig(), b.toBig())
		return fromBig(z, f.prec(), f.mode())
	default: // 6: div
		switch {
		case a.isInf() && b.isInf(), a.isZero() && b.isZero():
			return f80Indefinite
		case a.isInf():
			return infF80(sx)
		case b.isInf():
			return zeroF80(sx)
		case b.isZero():
			f.SW |= 4 // zero-divide
			return infF80(sx)
		case a.isZero():
			return zeroF80(sx)
		}
		z := new(big.Float).SetPrec(f.prec()).SetMode(f.mode())
		z.Quo(a.toBig(), b.toBig())
		return fromBig(z, f.prec(), f.mode())
	}
}

// compare returns -1, 0, 1, or 2 for unordered.
func f80Compare(a, b F80) int {
	if a.isNaN() || b.isNaN() {
		return 2
	}
	if a.isZero() && b.isZero() {
		return 0
	}
	if a.isInf() || b.isInf() {
		av, bv := 0, 0
		if a.isInf() {
			av = 1
			if a.neg() {
				av = -1
			}
		}
		if b.isInf() {
			bv = 1
			if b.neg() {
				bv = -1
			}
		}
		if av != bv || av != 0 {
			switch {
			case av < bv:
				return -1
			case av > bv:
				return 1
			}
			return 0
		}
	}
	return a.toBig().Cmp(b.toBig())
}

func (f *FPU) setCC(r int) {
	f.SW &^= swC0 | swC2 | swC3
	switch r {
	case -1:
		f.SW |= swC0
	case 0:
		f.SW |= swC3
	case 2:
		f.SW |= swC0 | swC2 | swC3
	}
}

func (c *CPU) setFcomiFlags(r int) {
	var fl uint64
	switch r {
	case -1:
		fl = FlagCF
	case 0:
		fl = FlagZF
	case 2:
		fl = FlagZF | FlagPF | FlagCF
	}
	c.SetFlags(c.Flags()&^arithFlags | fl)
}

// roundInt rounds a finite value to an integer value with mode rc.
func (f *FPU) roundInt(v F80, rc uint16) F80 {
	if v.isNaN() || v.isInf() || v.isZero() || v.exp() >= 16383+63 {
		return v
	}
	x := v.toBig()
	i, acc := x.Int(nil) // truncates toward zero
	if acc != big.Exact {
		t := new(big.Float).SetInt(i)
		frac := new(big.Float).Sub(x, t) // exact: x has 64 significant bits
		switch rc {
		case 0:
			half := big.NewFloat(0.5)
			fa := new(big.Float).Abs(frac)
			cmp := fa.Cmp(half)
			if cmp > 0 || (cmp == 0 && i.Bit(0) == 1) {
				if x.Sign() > 0 {
					i.Add(i, big.NewInt(1))
				} else {
					i.Sub(i, big.NewInt(1))
				}
			}
		case 1:
			if x.Sign() < 0 {
				i.Sub(i, big.NewInt(1))
			}
		case 2:
			if x.Sign() > 0 {
				i.Add(i, big.NewInt(1))
			}
		}
	}
	if i.Sign() == 0 {
		return zeroF80(v.neg())
	}
	return fromBig(new(big.Float).SetInt(i), 64, big.ToNearestEven)
}

// toInt converts with rounding control rc to a size-byte integer; out of
// range and NaN give the integer indefinite value.
func (f *FPU) toInt(v F80, rc uint16, size uint8) uint64 {
	indef := uint64(1) << (8*size - 1)
	if v.isNaN() || v.isInf() {
		return indef
	}
	if v.isZero() {
		return 0
	}
	r := f.roundInt(v, rc)
	i, _ := r.toBig().Int(nil)
	if !i.IsInt64() {
		return indef
	}
	n := i.Int64()
	if size < 8 && n != sext(uint64(n), size) {
		return indef
	}
	return uint64(n) & sizeMask[size]
}

func (c *CPU) x87(in *Inst) {
	f := &c.FPU
	op := in.Sub // D8+op
	r := in.Reg
	if in.Mem {
		a := c.ea(in)
		switch op {
		case 0, 2, 4, 6: // arithmetic with m32fp, m32int, m64fp, m16int
			var v F80
			switch op {
			case 0:
				v = F80FromFloat64(f32to64(c.Mem.Read32(a)))
			case 2:
				v = f80FromInt(int64(int32(c.Mem.Read32(a))))
			case 4:
				v = F80FromFloat64(c.Mem.Read64(a))
			default:
				v = f80FromInt(int64(int16(c.Mem.Read16(a))))
			}
			switch r {
			case 2, 3:
				f.setCC(f80Compare(f.st(0), v))
				if r == 3 {
					f.pop()
				}
			default:
				f.setSt(0, f.arith(r, f.st(0), v))
			}
			return
		case 1:
			switch r {
			case 0:
				f.push(F80FromFloat64(f32to64(c.Mem.Read32(a))))
			case 2, 3:
				c.Mem.Write32(a, f.st(0).float32())
				if r == 3 {
					f.pop()
				}
			case 4:
				c.fldenv(a)
			case 5:
				f.CW = c.Mem.Read16(a)
			case 6:
				c.fnstenv(a)
			case 7:
				c.Mem.Write16(a, f.CW)
			default:
				panic(&cpuFault{stop: StopIllegal})
			}
		case 3:
			switch r {
			case 0:
				f.push(f80FromInt(int64(int32(c.Mem.Read32(a)))))
			case 1:
				c.Mem.Write32(a, uint32(f.toInt(f.st(0), 3, 4)))
				f.pop()
			case 2, 3:
				c.Mem.Write32(a, uint32(f.toInt(f.st(0), f.CW>>10&3, 4)))
				if r == 3 {
					f.pop()
				}
			case 5:
				f.push(F80{Mant: c.Mem.Read64(a), SE: c.Mem.Read16(a + 8)})
			case 7:
				v := f.st(0)
				c.Mem.Write64(a, v.Mant)
				c.Mem.Write16(a+8, v.SE)
				f.pop()
			default:
				panic(&cpuFault{stop: StopIllegal})
			}
		case 5:
			switch r {
			case 0:
				f.push(F80FromFloat64(c.Mem.Read64(a)))
			case 1:
				c.Mem.Write64(a, f.toInt(f.st(0), 3, 8))
				f.pop()
			case 2, 3:
				c.Mem.Write64(a, f.st(0).Float64())
				if r == 3 {
					f.pop()
				}
			case 7:
				c.Mem.Write16(a, f.status())
			default:
				panic(&cpuFault{stop: StopIllegal})
			}
		case 7:
			switch r {
			case 0:
				f.push(f80FromInt(int64(int16(c.Mem.Read16(a)))))
			case 1:
				c.Mem.Write16(a, uint16(f.toInt(f.st(0), 3, 2)))
				f.pop()
			case 2, 3:
				c.Mem.Write16(a, uint16(f.toInt(f.st(0), f.CW>>10&3, 2)))
				if r == 3 {
					f.pop()
				}
			case 5:
				f.push(f80FromInt(int64(c.Mem.Read64(a))))
			case 7:
				c.Mem.Write64(a, f.toInt(f.st(0), f.CW>>10&3, 8))
				f.pop()
			default:
				panic(&cpuFault{stop: StopIllegal})
			}
		}
		return
	}
	i := in.RM & 7
	switch op {
	case 0: // D8: st0 = st0 op st(i)
		switch r {
		case 2, 3:
			f.setCC(f80Compare(f.st(0), f.st(i)))
			if r == 3 {
				f.pop()
			}
		default:
			f.setSt(0, f.arith(r, f.st(0), f.st(i)))
		}
	case 4, 6: // DC / DE: st(i) = st(i) op st0 (sub/div reversed naming)
		if op == 6 && r == 3 {
			if i != 1 {
				panic(&cpuFault{stop: StopIllegal})
			}
			f.setCC(f80Compare(f.st(0), f.st(1))) // fcompp
			f.pop()
			f.pop()
			return
		}
		if r == 2 || r == 3 {
			f.setCC(f80Compare(f.st(0), f.st(i)))
			if r == 3 {
				f.pop()
			}
			return
		}
		// Map to arith(op, st(i), st0): r=4 (fsubr) st0-st(i) -> 5, r=5 (fsub) st(i)-st0 -> 4.
		ar := r
		switch r {
		case 4:
			ar = 5
		case 5:
			ar = 4
		case 6:
			ar = 7
		case 7:
			ar = 6
		}
		f.setSt(i, f.arith(ar, f.st(i), f.st(0)))
		if op == 6 {
			f.pop()
		}
	case 1:
		c.x87D9(in, i)
	case 2: // DA: fcmov*, fucompp
		if r == 5 && i == 1 {
			f.setCC(f80Compare(f.st(0), f.st(1)))
			f.pop()
			f.pop()
			return
		}
		var cond bool
		switch r {
		case 0:
			cond = c.cf()
		case 1:
			cond = c.zf()
		case 2:
			cond = c.cf() || c.zf()
		case 3:
			cond = c.pf()
		default:
			panic(&cpuFault{stop: StopIllegal})
		}
		if cond {
			f.setSt(0, f.st(i))
		}
	case 3: // DB
		switch r {
		case 0, 1, 2, 3:
			var cond bool
			switch r {
			case 0:
				cond = !c.cf()
			case 1:
				cond = !c.zf()
			case 2:
				cond = !c.cf() && !c.zf()
			case 3:
				cond = !c.pf()
			}
			if cond {
				f.setSt(0, f.st(i))
			}
		case 4:
			switch i {
			case 2: // fnclex
				f.SW &^= 0x80ff
			case 3: // fninit
				f.reset()
			default:
				panic(&cpuFault{stop: StopIllegal})
			}
		case 5, 6: // fucomi, fcomi
			c.setFcomiFlags(f80Compare(f.st(0), f.st(i)))
		default:
			panic(&cpuFault{stop: StopIllegal})
		}
	case 5: // DD
		switch r {
		case 0: // ffree
			f.Tag |= 1 << ((f.Top + i) & 7)
		case 2:
			f.setSt(i, f.st(0))
		case 3:
			f.setSt(i, f.st(0))
			f.pop()
		case 4, 5:
			f.setCC(f80Compare(f.st(0), f.st(i)))
			if r == 5 {
				f.pop()
			}
		default:
			panic(&cpuFault{stop: StopIllegal})
		}
	case 7: // DF
		switch {
		case r == 4 && i == 0:
			c.setReg(RAX, 2, uint64(f.status()))
		case r == 5 || r == 6:
			c.setFcomiFlags(f80Compare(f.st(0), f.st(i)))
			f.pop()
		default:
			panic(&cpuFault{stop: StopIllegal})
		}
	}
}

func (c *CPU) x87D9(in *Inst, i uint8) {
	f := &c.FPU
	switch in.Reg {
	case 0:
		f.push(f.st(i))
		return
	case 1:
		a, b := f.st(0), f.st(i)
		f.setSt(0, b)
		f.setSt(i, a)
		return
	case 2:
		if i == 0 {
			return // fnop
		}
	case 4:
		switch i {
		case 0:
			f.setSt(0, f.st(0).chs())
		case 1:
			f.setSt(0, f.st(0).abs())
		case 4:
			f.setCC(f80Compare(f.st(0), F80{}))
		case 5:
			c.fxam()
		default:
			panic(&cpuFault{stop: StopIllegal})
		}
		return
	case 5:
		consts := [...]F80{
			f80One,
			{Mant: 0xd49a784bcd1b8afe, SE: 16384}, // log2(10)
			{Mant: 0xb8aa3b295c17f0bc, SE: 16383}, // log2(e)
			{Mant: 0xc90fdaa22168c235, SE: 16384}, // pi
			{Mant: 0x9a209a84fbcff799, SE: 16381}, // log10(2)
			{Mant: 0xb17217f7d1cf79ac, SE: 16382}, // ln(2)
			{},
		}
		if i < 7 {
			f.push(consts[i])
			return
		}
	case 6, 7:
		c.x87Math(in.Reg, i)
		return
	}
	panic(&cpuFault{stop: StopIllegal})
}

func (c *CPU) fxam() {
	f := &c.FPU
	v := f.st(0)
	var cc uint16
	switch {
	case f.Tag&(1<<f.Top) != 0:
		cc = swC3 | swC0
	case v.isNaN():
		cc = swC0
	case v.isInf():
		cc = swC2 | swC0
	case v.isZero():
		cc = swC3
	case v.exp() == 0:
		cc = swC3 | swC2
	default:
		cc = swC2
	}
	if v.neg() {
		cc |= swC1
	}
	f.SW = f.SW&^(swC0|swC1|swC2|swC3) | cc
}

// x87Math implements D9 F0..FF. The transcendental functions go through
// float64 and are therefore not bit-exact with hardware; see README.
func (c *CPU) x87Math(reg, i uint8) {
	f := &c.FPU
	st0, st1 := f.st(0), f.st(1)
	d := func(v F80) float64 { return math.Float64frombits(v.Float64()) }
	e := func(x float64) F80 { return F80FromFloat64(math.Float64bits(x)) }
	switch reg<<3 | i {
	//lint:ignore SA4016 the cases spell the (reg, rm) pair of the encoding, rm 0 included
	case 6<<3 | 0: // f2xm1
		f.setSt(0, e(math.Exp2(d(st0))-1))
	case 6<<3 | 1: // fyl2x
		f.setSt(1, e(d(st1)*math.Log2(d(st0))))
		f.pop()
	case 6<<3 | 2: // fptan
		f.setSt(0, e(math.Tan(d(st0))))
		f.push(f80One)
		f.SW &^= swC2
	case 6<<3 | 3: // fpatan
		f.setSt(1, e(math.Atan2(d(st1), d(st0))))
		f.pop()
	case 6<<3 | 4: // fxtract
		if st0.isZero() || st0.isNaN() || st0.isInf() {
			panic(&cpuFault{stop: StopIllegal})
		}
		x := st0.toBig()
		mant := new(big.Float)
		ex := x.MantExp(mant)
		f.setSt(0, f80FromInt(int64(ex-1)))
		f.push(fromBig(mant.SetMantExp(mant, 1), 64, big.ToNearestEven))
	//lint:ignore SA4016 the cases spell the (reg, rm) pair of the encoding, rm 0 included
	case 6<<3 | 5, 7<<3 | 0: // fprem1, fprem
		c.fprem(reg == 6)
	case 6<<3 | 6: // fdecstp
		f.Top = (f.Top - 1) & 7
	case 6<<3 | 7: // fincstp
		f.Top = (f.Top + 1) & 7
	case 7<<3 | 1: // fyl2xp1
		f.setSt(1, e(d(st1)*math.Log1p(d(st0))/math.Ln2))
		f.pop()
	case 7<<3 | 2: // fsqrt
		switch {
		case st0.isNaN():
			f.setSt(0, st0.quiet())
		case st0.isZero():
		case st0.neg():
			f.setSt(0, f80Indefinite)
		case st0.isInf():
		default:
			// A square root of a p-bit value is never closer than about
			// 2^-(2p+2) to a rounding midpoint unless exact, so computing
			// with 2p+16 bits and rounding once is correctly rounded.
			z := new(big.Float).SetPrec(2*f.prec() + 16)
			z.Sqrt(st0.toBig())
			f.setSt(0, fromBig(z, f.prec(), f.mode()))
		}
	case 7<<3 | 3: // fsincos
		x := d(st0)
		f.setSt(0, e(math.Sin(x)))
		f.push(e(math.Cos(x)))
		f.SW &^= swC2
	case 7<<3 | 4: // frndint
		f.setSt(0, f.roundInt(st0, f.CW>>10&3))
	case 7<<3 | 5: // fscale
		if st0.isZero() || st0.isNaN() || st0.isInf() || st1.isNaN() || st1.isInf() {
			return
		}
		n, _ := st1.toBig().Int64()
		n = max(-40000, min(40000, n))
		x := st0.toBig()
		x.SetMantExp(x, int(n))
		f.setSt(0, fromBig(x, 64, f.mode()))
	case 7<<3 | 6: // fsin
		f.setSt(0, e(math.Sin(d(st0))))
		f.SW &^= swC2
	case 7<<3 | 7: // fcos
		f.setSt(0, e(math.Cos(d(st0))))
		f.SW &^= swC2
	default:
		panic(&cpuFault{stop: StopIllegal})
	}
}

func (c *CPU) fprem(ieee bool) {
	f := &c.FPU
	a, b := f.st(0), f.st(1)
	if a.isNaN() || b.isNaN() || a.isInf() || b.isZero() {
		f.setSt(0, f80Indefinite)
		f.SW &^= swC2
		return
	}
	if b.isInf() || a.isZero() {
		f.SW &^= swC0 | swC1 | swC2 | swC3
		return
	}
	// Exact: a = ma*2^ea, b = mb*2^eb with integer mantissas.
	ea, eb := max(a.exp(), 1), max(b.exp(), 1)
	ma, mb := new(big.Int).SetUint64(a.Mant), new(big.Int).SetUint64(b.Mant)
	var q, rem *big.Int
	if ea < eb {
		q = new(big.Int)
		rem = ma
		if ieee {
			// |a| < |b|: quotient may round to 1 when |a| > |b|/2.
			twoA := new(big.Int).Lsh(ma, 1)
			mbs := new(big.Int).Lsh(mb, uint(eb-ea))
			if twoA.Cmp(mbs) > 0 {
				q.SetInt64(1)
				rem = new(big.Int).Sub(ma, mbs)
			}
		}
	} else {
		num := new(big.Int).Lsh(ma, uint(ea-eb))
		q, rem = new(big.Int).QuoRem(num, mb, new(big.Int))
		if ieee {
			twice := new(big.Int).Lsh(rem, 1)
			if cmp := twice.Cmp(mb); cmp > 0 || (cmp == 0 && q.Bit(0) == 1) {
				q.Add(q, big.NewInt(1))
				rem.Sub(rem, mb)
			}
		}
		ea = eb
	}
	x := new(big.Float).SetInt(rem)
	x.SetMantExp(x, ea-16383-63)
	if a.neg() {
		x.Neg(x)
	}
	var res F80
	if x.Sign() == 0 {
		res = zeroF80(a.neg())
	} else {
		res = fromBig(x, 64, big.ToNearestEven)
	}
	f.setSt(0, res)
	ql := q.Uint64()
	f.SW &^= swC0 | swC1 | swC2 | swC3
	if ql&1 != 0 {
		f.SW |= swC1
	}
	if ql&2 != 0 {
		f.SW |= swC3
	}
	if ql&4 != 0 {
		f.SW |= swC0
	}
}

func (c *CPU) fnstenv(a uint64) {
	f := &c.FPU
	var tw uint32
	for i := uint(0); i < 8; i++ {
		if f.Tag&(1<<i) != 0 {
			tw |= 3 << (2 * i)
		}
	}
	c.Mem.Write32(a, uint32(f.CW)|0xffff0000)
	c.Mem.Write32(a+4, uint32(f.status())|0xffff0000)
	c.Mem.Write32(a+8, tw|0xffff0000)
	for o := uint64(12); o < 28; o += 4 {
		c.Mem.Write32(a+o, 0)
	}
	// fnstenv masks all exceptions afterwards.
	f.CW |= 0x3f
}

func (c *CPU) fldenv(a uint64) {
	f := &c.FPU
	f.CW = c.Mem.Read16(a)
	sw := c.Mem.Read16(a + 4)
	f.Top = uint8(sw >> 11 & 7)
	f.SW = sw &^ (7 << 11)
	tw := c.Mem.Read16(a + 8)
	f.Tag = 0
	for i := uint(0); i < 8; i++ {
		if tw>>(2*i)&3 == 3 {
			f.Tag |= 1 << i
		}
	}
}
