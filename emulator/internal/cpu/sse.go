package cpu

import (
	"math"
)

// x86 floating-point results are computed explicitly where Go (and wasm)
// could differ: NaN propagation (first operand's payload wins, quieted),
// the default NaN for invalid operations, and float-to-integer overflow.

const (
	defaultNaN64 = 0xfff8000000000000
	defaultNaN32 = 0xffc00000
	quiet64      = 1 << 51
	quiet32      = 1 << 22
)

func isNaN64(v uint64) bool { return v&0x7ff0000000000000 == 0x7ff0000000000000 && v&(1<<52-1) != 0 }
func isNaN32(v uint32) bool { return v&0x7f800000 == 0x7f800000 && v&(1<<23-1) != 0 }

// arith64 computes op (0x58 add, 0x59 mul, 0x5c sub, 0x5d min, 0x5e div,
// 0x5f max, 0x51 sqrt of b) on doubles with SSE semantics.
func arith64(op uint8, a, b uint64) uint64 {
	fa, fb := math.Float64frombits(a), math.Float64frombits(b)
	switch op {
	case 0x5d:
		if fa < fb {
			return a
		}
		return b
	case 0x5f:
		if fa > fb {
			return a
		}
		return b
	case 0x51:
		if isNaN64(b) {
			return b | quiet64
		}
		if fb < 0 {
			return defaultNaN64
		}
		return math.Float64bits(math.Sqrt(fb))
	}
	if isNaN64(a) {
		return a | quiet64
	}
	if isNaN64(b) {
		return b | quiet64
	}
	var r float64
	switch op {
	case 0x58:
		r = fa + fb
	case 0x59:
		r = fa * fb
	case 0x5c:
		r = fa - fb
	case 0x5e:
		r = fa / fb
	}
	if r != r {
		return defaultNaN64
	}
	return math.Float64bits(r)
}

func arith32(op uint8, a, b uint32) uint32 {
	fa, fb := math.Float32frombits(a), math.Float32frombits(b)
	switch op {
	case 0x5d:
		if fa < fb {
			return a
		}
		return b
	case 0x5f:
		if fa > fb {
			return a
		}
		return b
	case 0x51:
		if isNaN32(b) {
			return b | quiet32
		}
		if fb < 0 {
			return defaultNaN32
		}
		// sqrt of a float32 via float64 is exact before the final rounding
		// (double has more than 2*24+2 bits), so this is correctly rounded.
		return math.Float32bits(float32(math.Sqrt(float64(fb))))
	}
	if isNaN32(a) {
		return a | quiet32
	}
	if isNaN32(b) {
		return b | quiet32
	}
	var r float32
	switch op {
	case 0x58:
		r = fa + fb
	case 0x59:
		r = fa * fb
	case 0x5c:
		r = fa - fb
	case 0x5e:
		r = fa / fb
	}
	if r != r {
		return defaultNaN32
	}
	return math.Float32bits(r)
}

func cmpPred(pred uint8, lt, eq, unord bool) bool {
	switch pred & 7 {
	case 0:
		return eq && !unord
	case 1:
		return lt && !unord
	case 2:
		return (lt || eq) && !unord
	case 3:
		return unord
	case 4:
		return !eq || unord
	case 5:
		return !lt || unord
	case 6:
		return !(lt || eq) || unord
	}
	return !unord
}

func cmp64(pred uint8, a, b uint64) uint64 {
	fa, fb := math.Float64frombits(a), math.Float64frombits(b)
	if cmpPred(pred, fa < fb, fa == fb, fa != fa || fb != fb) {
		return ^uint64(0)
	}
	return 0
}

func cmp32(pred uint8, a, b uint32) uint32 {
	fa, fb := math.Float32frombits(a), math.Float32frombits(b)
	if cmpPred(pred, fa < fb, fa == fb, fa != fa || fb != fb) {
		return ^uint32(0)
	}
	return 0
}

// f64ToInt converts with x86 rules: NaN and out-of-range give the
// "integer indefinite" value 1<<(bits-1). rc is the rounding control (0
// nearest-even, 1 down, 2 up, 3 truncate).
func f64ToInt(f float64, rc uint32, size uint8) uint64 {
	switch rc {
	case 0:
		f = math.RoundToEven(f)
	case 1:
		f = math.Floor(f)
	case 2:
		f = math.Ceil(f)
	default:
		f = math.Trunc(f)
	}
	if size == 8 {
		if f >= -9223372036854775808.0 && f < 9223372036854775808.0 {
			return uint64(int64(f))
		}
		return 1 << 63
	}
	if f >= -2147483648.0 && f < 2147483648.0 {
		return uint64(uint32(int32(f)))
	}
	return 1 << 31
}

func f32to64(v uint32) uint64 {
	if isNaN32(v) {
		return uint64(v>>31)<<63 | 0x7ff8000000000000 | uint64(v&(1<<22-1))<<29
	}
	return math.Float64bits(float64(math.Float32frombits(v)))
}

func f64to32(v uint64) uint32 {
	if isNaN64(v) {
		return uint32(v>>63)<<31 | 0x7fc00000 | uint32(v>>29)&(1<<22-1)
	}
	return math.Float32bits(float32(math.Float64frombits(v)))
}

func (c *CPU) xmmE(in *Inst, width int) [2]uint64 {
	if !in.Mem {
		return c.X[in.RM&15]
	}
	a := c.ea(in)
	switch width {
	case 4:
		return [2]uint64{uint64(c.Mem.Read32(a)), 0}
	case 8:
		return [2]uint64{c.Mem.Read64(a), 0}
	}
	return [2]uint64{c.Mem.Read64(a), c.Mem.Read64(a + 8)}
}

func (c *CPU) xmmStore(in *Inst, v [2]uint64, width int) {
	if !in.Mem {
		switch width {
		case 4:
			c.X[in.RM&15][0] = c.X[in.RM&15][0]&^0xffffffff | v[0]&0xffffffff
		case 8:
			c.X[in.RM&15][0] = v[0]
		default:
			c.X[in.RM&15] = v
		}
		return
	}
	a := c.ea(in)
	switch width {
	case 4:
		c.Mem.Write32(a, uint32(v[0]))
	case 8:
		c.Mem.Write64(a, v[0])
	default:
		c.Mem.Write64(a, v[0])
		c.Mem.Write64(a+8, v[1])
	}
}

func lo32(v uint64) uint32 { return uint32(v) }
func hi32(v uint64) uint32 { return uint32(v >> 32) }
func pack32(lo, hi uint32) uint64 {
	return uint64(lo) | uint64(hi)<<32
}

// dwords splits an xmm value into 4 dwords.
func dwords(v [2]uint64) [4]uint32 {
	return [4]uint32{lo32(v[0]), hi32(v[0]), lo32(v[1]), hi32(v[1])}
}

func fromDwords(d [4]uint32) [2]uint64 {
	return [2]uint64{pack32(d[0], d[1]), pack32(d[2], d[3])}
}

func (c *CPU) sse(in *Inst) {
	g := in.Reg & 15
	op, pfx := in.Sub, in.Rep
	switch op {
	case 0x10:
		switch pfx {
		case pfxF3:
			v := c.xmmE(in, 4)
			if in.Mem {
				c.X[g] = v
			} else {
				c.X[g][0] = c.X[g][0]&^0xffffffff | v[0]&0xffffffff
			}
		case pfxF2:
			v := c.xmmE(in, 8)
			if in.Mem {
				c.X[g] = v
			} else {
				c.X[g][0] = v[0]
			}
		default:
			c.X[g] = c.xmmE(in, 16)
		}
	case 0x11:
		switch pfx {
		case pfxF3:
			c.xmmStore(in, c.X[g], 4)
		case pfxF2:
			c.xmmStore(in, c.X[g], 8)
		default:
			c.xmmStore(in, c.X[g], 16)
		}
	case 0x28, 0x6f:
		c.X[g] = c.xmmE(in, 16)
	case 0x29, 0x2b, 0x7f, 0xe7:
		c.xmmStore(in, c.X[g], 16)
	case 0x12:
		if in.Mem {
			c.X[g][0] = c.xmmE(in, 8)[0]
		} else if pfx == pfxNone {
			c.X[g][0] = c.X[in.RM&15][1] // movhlps
		} else {
			c.X[g][0] = c.X[in.RM&15][0]
		}
	case 0x13:
		c.xmmStore(in, c.X[g], 8)
	case 0x16:
		if in.Mem {
			c.X[g][1] = c.xmmE(in, 8)[0]
		} else {
			c.X[g][1] = c.X[in.RM&15][0] // movlhps
		}
	case 0x17:
		c.xmmStore(in, [2]uint64{c.X[g][1]}, 8)
	case 0x14, 0x15:
		a, b := c.X[g], c.xmmE(in, 16)
		if pfx == pfx66 {
			if op == 0x14 {
				c.X[g] = [2]uint64{a[0], b[0]}
			} else {
				c.X[g] = [2]uint64{a[1], b[1]}
			}
			return
		}
		da, db := dwords(a), dwords(b)
		if op == 0x14 {
			c.X[g] = fromDwords([4]uint32{da[0], db[0], da[1], db[1]})
		} else {
			c.X[g] = fromDwords([4]uint32{da[2], db[2], da[3], db[3]})
		}
	case 0x6e:
		var v uint64
		if in.Mem {
			v = c.Mem.ReadN(c.ea(in), in.Size)
		} else {
			v = c.reg(in.RM&15, in.Size)
		}
		c.X[g] = [2]uint64{v, 0}
	case 0x7e:
		if pfx == pfxF3 {
			c.X[g] = [2]uint64{c.xmmE(in, 8)[0], 0}
			return
		}
		v := c.X[g][0] & sizeMask[in.Size]
		if in.Mem {
			c.Mem.WriteN(c.ea(in), in.Size, v)
		} else {
			c.setReg(in.RM&15, in.Size, v)
		}
	case 0xd6:
		if in.Mem {
			c.Mem.Write64(c.ea(in), c.X[g][0])
		} else {
			c.X[in.RM&15] = [2]uint64{c.X[g][0], 0}
		}
	case 0x50:
		v := c.X[in.RM&15]
		var m uint64
		if pfx == pfx66 {
			m = v[0]>>63 | v[1]>>63<<1
		} else {
			d := dwords(v)
			for i := 0; i < 4; i++ {
				m |= uint64(d[i]>>31) << i
			}
		}
		c.setReg(in.Reg, 8, m)
	case 0xd7:
		v := c.X[in.RM&15]
		var m uint64
		for i := 0; i < 8; i++ {
			m |= (v[0] >> (8*i + 7) & 1) << i
			m |= (v[1] >> (8*i + 7) & 1) << (i + 8)
		}
		c.setReg(in.Reg, 8, m)
	case 0x54, 0x55, 0x56, 0x57, 0xdb, 0xdf, 0xeb, 0xef:
		a, b := c.X[g], c.xmmE(in, 16)
		switch op {
		case 0x54, 0xdb:
			a[0], a[1] = a[0]&b[0], a[1]&b[1]
		case 0x55, 0xdf:
			a[0], a[1] = ^a[0]&b[0], ^a[1]&b[1]
		case 0x56, 0xeb:
			a[0], a[1] = a[0]|b[0], a[1]|b[1]
		default:
			a[0], a[1] = a[0]^b[0], a[1]^b[1]
		}
		c.X[g] = a
	case 0x51, 0x58, 0x59, 0x5c, 0x5d, 0x5e, 0x5f:
		c.sseArith(in, g)
	case 0xc2:
		c.sseCmp(in, g)
	case 0x2e, 0x2f:
		var lt, eq, un bool
		if pfx == pfx66 {
			a, b := math.Float64frombits(c.X[g][0]), math.Float64frombits(c.xmmE(in, 8)[0])
			lt, eq, un = a < b, a == b, a != a || b != b
		} else {
			a, b := math.Float32frombits(uint32(c.X[g][0])), math.Float32frombits(uint32(c.xmmE(in, 4)[0]))
			lt, eq, un = a < b, a == b, a != a || b != b
		}
		var f uint64
		switch {
		case un:
			f = FlagZF | FlagPF | FlagCF
		case lt:
			f = FlagCF
		case eq:
			f = FlagZF
		}
		c.SetFlags(c.Flags()&^arithFlags | f)
	case 0x2a:
		var v uint64
		if in.Mem {
			v = c.Mem.ReadN(c.ea(in), in.Size)
		} else {
			v = c.reg(in.RM&15, in.Size)
		}
		i := sext(v, in.Size)
		if pfx == pfxF2 {
			c.X[g][0] = math.Float64bits(float64(i))
		} else {
			c.X[g][0] = c.X[g][0]&^0xffffffff | uint64(math.Float32bits(float32(i)))
		}
	case 0x2c, 0x2d:
		rc := uint32(3)
		if op == 0x2d {
			rc = c.MXCSR >> 13 & 3
		}
		var f float64
		if pfx == pfxF2 {
			f = math.Float64frombits(c.xmmE(in, 8)[0])
		} else {
			f = float64(math.Float32frombits(uint32(c.xmmE(in, 4)[0])))
		}
		c.setReg(in.Reg, in.Size, f64ToInt(f, rc, in.Size))
	case 0x5a:
		switch pfx {
		case pfxF3: // cvtss2sd
			c.X[g][0] = f32to64(uint32(c.xmmE(in, 4)[0]))
		case pfxF2: // cvtsd2ss
			c.X[g][0] = c.X[g][0]&^0xffffffff | uint64(f64to32(c.xmmE(in, 8)[0]))
		case pfxNone: // cvtps2pd
			v := c.xmmE(in, 8)
			c.X[g] = [2]uint64{f32to64(lo32(v[0])), f32to64(hi32(v[0]))}
		default: // cvtpd2ps
			v := c.xmmE(in, 16)
			c.X[g] = [2]uint64{pack32(f64to32(v[0]), f64to32(v[1])), 0}
		}
	case 0x5b:
		v := dwords(c.xmmE(in, 16))
		var r [4]uint32
		for i := range r {
			switch pfx {
			case pfxNone: // cvtdq2ps
				r[i] = math.Float32bits(float32(int32(v[i])))
			case pfx66: // cvtps2dq
				r[i] = uint32(f64ToInt(float64(math.Float32frombits(v[i])), c.MXCSR>>13&3, 4))
			default: // cvttps2dq
				r[i] = uint32(f64ToInt(float64(math.Float32frombits(v[i])), 3, 4))
			}
		}
		c.X[g] = fromDwords(r)
	case 0xe6:
		switch pfx {
		case pfxF3: // cvtdq2pd
			v := c.xmmE(in, 8)
			c.X[g] = [2]uint64{math.Float64bits(float64(int32(lo32(v[0])))), math.Float64bits(float64(int32(hi32(v[0]))))}
		default: // cvttpd2dq (66), cvtpd2dq (f2)
			v := c.xmmE(in, 16)
			rc := uint32(3)
			if pfx == pfxF2 {
				rc = c.MXCSR >> 13 & 3
			}
			a := f64ToInt(math.Float64frombits(v[0]), rc, 4)
			b := f64ToInt(math.Float64frombits(v[1]), rc, 4)
			c.X[g] = [2]uint64{uint64(uint32(a)) | uint64(uint32(b))<<32, 0}
		}
	case 0x70:
		v := c.xmmE(in, 16)
		imm := in.Imm
		switch pfx {
		case pfx66:
			d := dwords(v)
			c.X[g] = fromDwords([4]uint32{d[imm&3], d[imm>>2&3], d[imm>>4&3], d[imm>>6&3]})
		case pfxF3, pfxF2:
			idx := 1
			if pfx == pfxF2 {
				idx = 0
			}
			q := v[idx]
			var r uint64
			for i := uint(0); i < 4; i++ {
				r |= (q >> (16 * (imm >> (2 * i) & 3)) & 0xffff) << (16 * i)
			}
			v[idx] = r
			c.X[g] = v
		}
	case 0xc6:
		a, b := c.X[g], c.xmmE(in, 16)
		imm := in.Imm
		if pfx == pfx66 {
			c.X[g] = [2]uint64{a[imm&1], b[imm>>1&1]}
			return
		}
		da, db := dwords(a), dwords(b)
		c.X[g] = fromDwords([4]uint32{da[imm&3], da[imm>>2&3], db[imm>>4&3], db[imm>>6&3]})
	case 0x71, 0x72, 0x73:
		c.pshiftImm(in)
	default:
		c.packedInt(in, g)
	}
}

func (c *CPU) sseArith(in *Inst, g uint8) {
	op := in.Sub
	switch in.Rep {
	case pfxF2:
		b := c.xmmE(in, 8)[0]
		c.X[g][0] = arith64(op, c.X[g][0], b)
	case pfxF3:
		b := uint32(c.xmmE(in, 4)[0])
		c.X[g][0] = c.X[g][0]&^0xffffffff | uint64(arith32(op, uint32(c.X[g][0]), b))
	case pfx66:
		b := c.xmmE(in, 16)
		c.X[g] = [2]uint64{arith64(op, c.X[g][0], b[0]), arith64(op, c.X[g][1], b[1])}
	default:
		a, b := dwords(c.X[g]), dwords(c.xmmE(in, 16))
		for i := range a {
			a[i] = arith32(op, a[i], b[i])
		}
		c.X[g] = fromDwords(a)
	}
}

func (c *CPU) sseCmp(in *Inst, g uint8) {
	p := uint8(in.Imm)
	switch in.Rep {
	case pfxF2:
		c.X[g][0] = cmp64(p, c.X[g][0], c.xmmE(in, 8)[0])
	case pfxF3:
		c.X[g][0] = c.X[g][0]&^0xffffffff | uint64(cmp32(p, uint32(c.X[g][0]), uint32(c.xmmE(in, 4)[0])))
	case pfx66:
		b := c.xmmE(in, 16)
		c.X[g] = [2]uint64{cmp64(p, c.X[g][0], b[0]), cmp64(p, c.X[g][1], b[1])}
	default:
		a, b := dwords(c.X[g]), dwords(c.xmmE(in, 16))
		for i := range a {
			a[i] = cmp32(p, a[i], b[i])
		}
		c.X[g] = fromDwords(a)
	}
}

// lanes views an xmm value as bytes for the packed-integer ops.
type lanes [16]byte

func toLanes(v [2]uint64) (l lanes) {
	for i := 0; i < 8; i++ {
		l[i] = byte(v[0] >> (8 * i))
		l[i+8] = byte(v[1] >> (8 * i))
	}
	return
}

func (l *lanes) xmm() [2]uint64 {
	var v [2]uint64
	for i := 0; i < 8; i++ {
		v[0] |= uint64(l[i]) << (8 * i)
		v[1] |= uint64(l[i+8]) << (8 * i)
	}
	return v
}

func (l *lanes) w(i int) uint16       { return uint16(l[2*i]) | uint16(l[2*i+1])<<8 }
func (l *lanes) setW(i int, v uint16) { l[2*i], l[2*i+1] = byte(v), byte(v>>8) }
func (l *lanes) d(i int) uint32 {
	return uint32(l.w(2*i)) | uint32(l.w(2*i+1))<<16
}
func (l *lanes) setD(i int, v uint32) { l.setW(2*i, uint16(v)); l.setW(2*i+1, uint16(v>>16)) }

func satS8(v int) byte {
	return byte(int8(max(-128, min(127, v))))
}
func satU8(v int) byte { return byte(max(0, min(255, v))) }
func satS16(v int) uint16 {
	return uint16(int16(max(-32768, min(32767, v))))
}
func satU16(v int) uint16 { return uint16(max(0, min(65535, v))) }

func (c *CPU) packedInt(in *Inst, g uint8) {
	av, bv := c.X[g], c.xmmE(in, 16)
	op := in.Sub
	// Whole-register and 64-bit lane ops first, then SWAR fast paths for
	// the lane ops compilers emit most (sha/hash loops, memchr/strlen).
	switch op {
	case 0xfe, 0xfa, 0xfd, 0xf9, 0xfc, 0xf8:
		for i := range av {
			av[i] = swarAddSub(op, av[i], bv[i])
		}
		c.X[g] = av
		return
	case 0x74, 0x75, 0x76:
		for i := range av {
			av[i] = swarEq(op, av[i], bv[i])
		}
		c.X[g] = av
		return
	case 0x6c:
		c.X[g] = [2]uint64{av[0], bv[0]}
		return
	case 0x6d:
		c.X[g] = [2]uint64{av[1], bv[1]}
		return
	case 0xd4:
		c.X[g] = [2]uint64{av[0] + bv[0], av[1] + bv[1]}
		return
	case 0xfb:
		c.X[g] = [2]uint64{av[0] - bv[0], av[1] - bv[1]}
		return
	case 0xf4:
		c.X[g] = [2]uint64{uint64(lo32(av[0])) * uint64(lo32(bv[0])), uint64(lo32(av[1])) * uint64(lo32(bv[1]))}
		return
	case 0xd1, 0xd2, 0xd3, 0xe1, 0xe2, 0xf1, 0xf2, 0xf3:
		cnt := bv[0]
		if bv[1] != 0 {
			cnt = 1 << 20
		}
		c.pshift(g, op, cnt)
		return
	case 0xf6: // psadbw
		a, b := toLanes(av), toLanes(bv)
		var r [2]uint64
		for h := 0; h < 2; h++ {
			s := 0
			for i := 0; i < 8; i++ {
				d := int(a[8*h+i]) - int(b[8*h+i])
				if d < 0 {
					d = -d
				}
				s += d
			}
			r[h] = uint64(s)
		}
		c.X[g] = r
		return
	}
	a, b := toLanes(av), toLanes(bv)
	var r lanes
	switch op {
	case 0x60, 0x68: // punpcklbw / punpckhbw
		o := 0
		if op == 0x68 {
			o = 8
		}
		for i := 0; i < 8; i++ {
			r[2*i], r[2*i+1] = a[o+i], b[o+i]
		}
	case 0x61, 0x69:
		o := 0
		if op == 0x69 {
			o = 4
		}
		for i := 0; i < 4; i++ {
			r.setW(2*i, a.w(o+i))
			r.setW(2*i+1, b.w(o+i))
		}
	case 0x62, 0x6a:
		o := 0
		if op == 0x6a {
			o = 2
		}
		for i := 0; i < 2; i++ {
			r.setD(2*i, a.d(o+i))
			r.setD(2*i+1, b.d(o+i))
		}
	case 0x63, 0x67: // packsswb, packuswb
		for i := 0; i < 8; i++ {
			x, y := int(int16(a.w(i))), int(int16(b.w(i)))
			if op == 0x63 {
				r[i], r[i+8] = satS8(x), satS8(y)
			} else {
				r[i], r[i+8] = satU8(x), satU8(y)
			}
		}
	case 0x6b: // packssdw
		for i := 0; i < 4; i++ {
			r.setW(i, satS16(int(int32(a.d(i)))))
			r.setW(i+4, satS16(int(int32(b.d(i)))))
		}
	case 0x64, 0x74, 0xda, 0xde, 0xe0, 0xf8, 0xfc, 0xd8, 0xdc, 0xe8, 0xec: // byte lanes
		for i := 0; i < 16; i++ {
			x, y := a[i], b[i]
			var v byte
			switch op {
			case 0x64:
				v = byte(-b2i(int8(x) > int8(y)))
			case 0x74:
				v = byte(-b2i(x == y))
			case 0xda:
				v = min(x, y)
			case 0xde:
				v = max(x, y)
			case 0xe0:
				v = byte((int(x) + int(y) + 1) >> 1)
			case 0xf8:
				v = x - y
			case 0xfc:
				v = x + y
			case 0xd8:
				v = satU8(int(x) - int(y))
			case 0xdc:
				v = satU8(int(x) + int(y))
			case 0xe8:
				v = satS8(int(int8(x)) - int(int8(y)))
			case 0xec:
				v = satS8(int(int8(x)) + int(int8(y)))
			}
			r[i] = v
		}
	case 0x65, 0x75, 0xd5, 0xd9, 0xdd, 0xe3, 0xe4, 0xe5, 0xe9, 0xea, 0xed, 0xee, 0xf9, 0xfd: // word lanes
		for i := 0; i < 8; i++ {
			x, y := a.w(i), b.w(i)
			var v uint16
			switch op {
			case 0x65:
				v = uint16(-b2i(int16(x) > int16(y)))
			case 0x75:
				v = uint16(-b2i(x == y))
			case 0xd5:
				v = x * y
			case 0xd9:
				v = satU16(int(x) - int(y))
			case 0xdd:
				v = satU16(int(x) + int(y))
			case 0xe3:
				v = uint16((int(x) + int(y) + 1) >> 1)
			case 0xe4:
				v = uint16(uint32(x) * uint32(y) >> 16)
			case 0xe5:
				v = uint16(int32(int16(x)) * int32(int16(y)) >> 16)
			case 0xe9:
				v = satS16(int(int16(x)) - int(int16(y)))
			case 0xea:
				v = uint16(min(int16(x), int16(y)))
			case 0xed:
				v = satS16(int(int16(x)) + int(int16(y)))
			case 0xee:
				v = uint16(max(int16(x), int16(y)))
			case 0xf9:
				v = x - y
			case 0xfd:
				v = x + y
			}
			r.setW(i, v)
		}
	case 0x66, 0x76, 0xfa, 0xfe, 0xf5: // dword lanes
		for i := 0; i < 4; i++ {
			x, y := a.d(i), b.d(i)
			var v uint32
			switch op {
			case 0x66:
				v = uint32(-b2i(int32(x) > int32(y)))
			case 0x76:
				v = uint32(-b2i(x == y))
			case 0xfa:
				v = x - y
			case 0xfe:
				v = x + y
			case 0xf5: // pmaddwd
				v = uint32(int32(int16(a.w(2*i)))*int32(int16(b.w(2*i))) + int32(int16(a.w(2*i+1)))*int32(int16(b.w(2*i+1))))
			}
			r.setD(i, v)
		}
	default:
		panic(&cpuFault{stop: StopIllegal})
	}
	c.X[g] = r.xmm()
}

// Lane masks for SWAR arithmetic: high bit and low bits of each lane.
var swarHigh = [3]uint64{0x8080808080808080, 0x8000800080008000, 0x8000000080000000}

func laneKind(op uint8) int {
	switch op {
	case 0xfc, 0xf8, 0x74:
		return 0
	case 0xfd, 0xf9, 0x75:
		return 1
	}
	return 2
}

// swarAddSub adds or subtracts lanes packed in a uint64 without carries
// crossing lane boundaries.
func swarAddSub(op uint8, a, b uint64) uint64 {
	h := swarHigh[laneKind(op)]
	switch op {
	case 0xfe, 0xfd, 0xfc:
		return ((a &^ h) + (b &^ h)) ^ ((a ^ b) & h)
	}
	return ((a | h) - (b &^ h)) ^ ((a ^ ^b) & h)
}

// swarEq sets each lane to all ones where a and b are equal.
func swarEq(op uint8, a, b uint64) uint64 {
	k := laneKind(op)
	h := swarHigh[k]
	x := a ^ b
	// Lane is non-zero iff (low bits + all-ones-low) carries into the high
	// bit, or the high bit is set.
	low := ^h
	t := ((x & low) + low) | x
	eq := ^t & h // high bit set in lanes that are equal
	// Spread the high bit over the whole lane.
	switch k {
	case 0:
		return (eq >> 7) * 0xff
	case 1:
		return (eq >> 15) * 0xffff
	}
	return (eq >> 31) * 0xffffffff
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// pshift shifts xmm g by cnt; op is the register-count opcode.
func (c *CPU) pshift(g, op uint8, cnt uint64) {
	v := c.X[g]
	switch op {
	case 0xd2, 0xf2, 0xd1, 0xf1: // logical d/w shifts on both halves with lane masks
		w := uint64(32)
		if op == 0xd1 || op == 0xf1 {
			w = 16
		}
		if cnt >= w {
			c.X[g] = [2]uint64{}
			return
		}
		lane := uint64(1)<<w - 1
		var m uint64
		if op == 0xd2 || op == 0xd1 {
			m = lane >> cnt
		} else {
			m = (lane << cnt) & lane
		}
		for k := uint64(w); k < 64; k *= 2 {
			m |= m << k
		}
		for i := range v {
			if op == 0xd2 || op == 0xd1 {
				v[i] = (v[i] >> cnt) & m
			} else {
				v[i] = (v[i] << cnt) & m
			}
		}
		c.X[g] = v
		return
	case 0xe2:
		n := min(cnt, 31)
		for i := range v {
			v[i] = uint64(uint32(int32(v[i])>>n)) | uint64(uint32(int32(v[i]>>32)>>n))<<32
		}
		c.X[g] = v
		return
	}
	l := toLanes(v)
	switch op {
	case 0xd3, 0xf3: // q
		for i := range v {
			if cnt > 63 {
				v[i] = 0
			} else if op == 0xd3 {
				v[i] >>= cnt
			} else {
				v[i] <<= cnt
			}
		}
		c.X[g] = v
		return
	case 0xd2, 0xe2, 0xf2: // d
		for i := 0; i < 4; i++ {
			x := l.d(i)
			switch {
			case op == 0xe2:
				x = uint32(int32(x) >> min(cnt, 31))
			case cnt > 31:
				x = 0
			case op == 0xd2:
				x >>= cnt
			default:
				x <<= cnt
			}
			l.setD(i, x)
		}
	default: // w: d1 e1 f1
		for i := 0; i < 8; i++ {
			x := l.w(i)
			switch {
			case op == 0xe1:
				x = uint16(int16(x) >> min(cnt, 15))
			case cnt > 15:
				x = 0
			case op == 0xd1:
				x >>= cnt
			default:
				x <<= cnt
			}
			l.setW(i, x)
		}
	}
	c.X[g] = l.xmm()
}

func (c *CPU) pshiftImm(in *Inst) {
	r := in.RM & 15
	cnt := in.Imm & 0xff
	sub := in.Reg & 7
	switch in.Sub {
	case 0x71:
		switch sub {
		case 2:
			c.pshift(r, 0xd1, cnt)
		case 4:
			c.pshift(r, 0xe1, cnt)
		case 6:
			c.pshift(r, 0xf1, cnt)
		default:
			panic(&cpuFault{stop: StopIllegal})
		}
	case 0x72:
		switch sub {
		case 2:
			c.pshift(r, 0xd2, cnt)
		case 4:
			c.pshift(r, 0xe2, cnt)
		case 6:
			c.pshift(r, 0xf2, cnt)
		default:
			panic(&cpuFault{stop: StopIllegal})
		}
	default:
		switch sub {
		case 2:
			c.pshift(r, 0xd3, cnt)
		case 6:
			c.pshift(r, 0xf3, cnt)
		case 3, 7: // psrldq, pslldq: byte shifts of the whole register
			l := toLanes(c.X[r])
			var o lanes
			n := int(min(cnt, 16))
			for i := 0; i < 16; i++ {
				if sub == 3 && i+n < 16 {
					o[i] = l[i+n]
				} else if sub == 7 && i-n >= 0 {
					o[i] = l[i-n]
				}
			}
			c.X[r] = o.xmm()
		default:
			panic(&cpuFault{stop: StopIllegal})
		}
	}
}
