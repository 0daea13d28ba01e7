package cpu

import "github.com/blockless/avs/emulator/internal/wasmgen"

// Flags whose producer the translator does not know statically (it is in
// another block, or an instruction that may leave the flags as they were)
// are computed at run time from the lazy-flag locals, exactly as
// CPU.Flags does, by a helper function in each region module.

// flagsFunc is the helper's function index in a region module.
const flagsFunc = 1

// Parameters of the helper, in the order of the lazy-flag state.
const (
	hFop = iota
	hFsize
	hFres
	hFs1
	hFs2
	hFcarry
	hFof
	hRflags
	hOut // locals
	hSB
)

// flagsType is the helper's signature: the lazy-flag state to the
// arithmetic RFLAGS bits.
var flagsType = wasmgen.FuncType{
	Params:  []wasmgen.ValType{wasmgen.I64, wasmgen.I64, wasmgen.I64, wasmgen.I64, wasmgen.I64, wasmgen.I64, wasmgen.I64, wasmgen.I64},
	Results: []wasmgen.ValType{wasmgen.I64},
}

// addSubFlags emits CF, OF and AF of the add and subtract kinds in the
// helper: CF is lt[0] < lt[1] (or, with a carry in, lt[0] == lt[1]); OF
// is the sign bit of (of[0]^of[1]) & (of[2]^of[3]); AF is bit 4 of
// s1^s2^res.
type addSubFlags struct {
	lt [2]uint32
	of [4]uint32
}

// orFlagIf ORs bit into the helper's result when the i32 on the stack is
// non-zero.
func orFlagIf(c *wasmgen.Code, bit int64) {
	c.If()
	c.LocalGet(hOut)
	c.I64Const(bit)
	c.Op(wasmgen.I64Or)
	c.LocalSet(hOut)
	c.End()
}

// nonZero turns the i64 on the stack into i32 (it != 0).
func nonZero(c *wasmgen.Code) {
	c.I64Const(0)
	c.Op(wasmgen.I64Ne)
}

func (a addSubFlags) emit(c *wasmgen.Code, carry bool) {
	orIf := func(bit int64) { orFlagIf(c, bit) }
	c.LocalGet(a.lt[0])
	c.LocalGet(a.lt[1])
	c.Op(wasmgen.I64LtU)
	if carry {
		c.LocalGet(hFcarry)
		nonZero(c)
		c.LocalGet(a.lt[0])
		c.LocalGet(a.lt[1])
		c.Op(wasmgen.I64Eq)
		c.Op(wasmgen.I32And)
		c.Op(wasmgen.I32Or)
	}
	orIf(FlagCF)
	c.LocalGet(a.of[0])
	c.LocalGet(a.of[1])
	c.Op(wasmgen.I64Xor)
	c.LocalGet(a.of[2])
	c.LocalGet(a.of[3])
	c.Op(wasmgen.I64Xor)
	c.Op(wasmgen.I64And)
	c.LocalGet(hSB)
	c.Op(wasmgen.I64And)
	nonZero(c)
	orIf(FlagOF)
	c.LocalGet(hFs1)
	c.LocalGet(hFs2)
	c.Op(wasmgen.I64Xor)
	c.LocalGet(hFres)
	c.Op(wasmgen.I64Xor)
	c.I64Const(0x10)
	c.Op(wasmgen.I64And)
	nonZero(c)
	orIf(FlagAF)
}

// genFlagsFunc encodes the helper's body.
func genFlagsFunc() wasmgen.Func {
	c := &wasmgen.Code{}
	get := c.LocalGet
	orIf := func(bit int64) { orFlagIf(c, bit) }
	eqConst := func(l uint32, v int64) {
		get(l)
		c.I64Const(v)
		c.Op(wasmgen.I64Eq)
	}

	eqConst(hFop, fRaw)
	c.If()
	get(hRflags)
	c.I64Const(arithFlags)
	c.Op(wasmgen.I64And)
	c.Op(wasmgen.Return)
	c.End()
	// sb = 1 << (8*fsize - 1)
	c.I64Const(1)
	get(hFsize)
	c.I64Const(3)
	c.Op(wasmgen.I64Shl)
	c.I64Const(1)
	c.Op(wasmgen.I64Sub)
	c.Op(wasmgen.I64Shl)
	c.LocalSet(hSB)
	// ZF, SF, PF from the result.
	get(hFres)
	c.Op(wasmgen.I64Eqz)
	orIf(FlagZF)
	get(hFres)
	get(hSB)
	c.Op(wasmgen.I64And)
	nonZero(c)
	orIf(FlagSF)
	get(hFres)
	c.I64Const(0xff)
	c.Op(wasmgen.I64And)
	c.Op(wasmgen.I64Popcnt)
	c.I64Const(1)
	c.Op(wasmgen.I64And)
	c.Op(wasmgen.I64Eqz)
	orIf(FlagPF)
	carryIn := func() { // fcarry != 0 (i32)
		get(hFcarry)
		nonZero(c)
	}
	for _, op := range []int64{fAdd, fAdc, fSub, fSbb, fInc, fDec, fRes} {
		eqConst(hFop, op)
		c.If()
		switch op {
		case fAdd, fAdc:
			// CF = res < s1 (or equal with a carry in); OF from the signs
			// of (s1^res) & (s2^res).
			g := addSubFlags{lt: [2]uint32{hFres, hFs1}, of: [4]uint32{hFs1, hFres, hFs2, hFres}}
			g.emit(c, op == fAdc)
		case fSub, fSbb:
			// CF = s1 < s2 (or equal with a borrow in); OF from the signs
			// of (s1^s2) & (s1^res).
			g := addSubFlags{lt: [2]uint32{hFs1, hFs2}, of: [4]uint32{hFs1, hFs2, hFs1, hFres}}
			g.emit(c, op == fSbb)
		case fInc, fDec:
			carryIn()
			orIf(FlagCF)
			get(hFres)
			get(hSB)
			if op == fDec {
				c.I64Const(1)
				c.Op(wasmgen.I64Sub)
			}
			c.Op(wasmgen.I64Eq)
			orIf(FlagOF)
			get(hFres)
			c.I64Const(0xf)
			c.Op(wasmgen.I64And)
			if op == fInc {
				c.Op(wasmgen.I64Eqz)
			} else {
				c.I64Const(0xf)
				c.Op(wasmgen.I64Eq)
			}
			orIf(FlagAF)
		case fRes:
			carryIn()
			orIf(FlagCF)
			get(hFof)
			nonZero(c)
			orIf(FlagOF)
		}
		c.End()
	}
	// fLogic: CF = OF = AF = 0.
	get(hOut)
	return wasmgen.Func{Type: 1, Locals: []wasmgen.ValType{wasmgen.I64, wasmgen.I64}, Body: c}
}

// flagsDyn pushes the arithmetic RFLAGS bits (i64) of the current lazy
// state.
func (g *gen) flagsDyn() {
	for _, l := range [...]uint32{lFop, lFsize, lFres, lFs1, lFs2, lFcarry, lFof} {
		g.c.LocalGet(l)
	}
	// Rflags lives in XState: translated comisd/ucomisd write it there.
	g.c.LocalGet(lState)
	g.c.Mem(wasmgen.I64Load, xoRflags)
	g.c.Call(flagsFunc)
}

// bitDyn pushes (i32) whether bit is set in the i64 flags in local l.
func (g *gen) bitDyn(l uint32, bit int64) {
	g.c.LocalGet(l)
	g.c.I64Const(bit)
	g.c.Op(wasmgen.I64And)
	g.c.I64Const(0)
	g.c.Op(wasmgen.I64Ne)
}

// cmpOp is the i64 comparison of the operands of a cmp that gives
// condition cc, where one exists.
var cmpOp = [16]byte{2: wasmgen.I64LtU, 3: wasmgen.I64GeU, 4: wasmgen.I64Eq, 5: wasmgen.I64Ne,
	6: wasmgen.I64LeU, 7: wasmgen.I64GtU, 12: wasmgen.I64LtS, 13: wasmgen.I64GeS, 14: wasmgen.I64LeS, 15: wasmgen.I64GtS}

// condDyn pushes condition cc (i32 0/1) from the run-time flags. Like
// CPU.cond, it compares the operands directly when the producer was a
// cmp or sub (fSub, whose operands and result are stored masked to its
// size); ZF is the zero result for every producer but fRaw. Only the
// other cases call the helper.
func (g *gen) condDyn(cc uint8) {
	c := g.c
	if cmpOp[cc] == 0 && cc>>1 != 2 {
		g.condHelper(cc)
		return
	}
	// lF = fast ? condition : helper's condition, as i64.
	c.LocalGet(lFop)
	if cc>>1 == 2 {
		c.I64Const(fRaw)
		c.Op(wasmgen.I64Ne)
	} else {
		c.I64Const(fSub)
		c.Op(wasmgen.I64Eq)
	}
	c.If()
	switch {
	case cc>>1 == 2:
		c.LocalGet(lFres)
		c.Op(wasmgen.I64Eqz)
		if cc&1 != 0 {
			c.Op(wasmgen.I32Eqz)
		}
	case cc >= 12: // signed: compare the operands sign-extended from fsize
		for _, l := range [...]uint32{lFs1, lFs2} {
			c.LocalGet(l)
			g.fsizeShift()
			c.Op(wasmgen.I64Shl)
			g.fsizeShift()
			c.Op(wasmgen.I64ShrS)
		}
		c.Op(cmpOp[cc])
	default:
		c.LocalGet(lFs1)
		c.LocalGet(lFs2)
		c.Op(cmpOp[cc])
	}
	c.Op(wasmgen.I64ExtendI32U)
	c.LocalSet(lF)
	c.Else()
	g.condHelper(cc)
	c.Op(wasmgen.I64ExtendI32U)
	c.LocalSet(lF)
	c.End()
	c.LocalGet(lF)
	c.Op(wasmgen.I32WrapI64)
}

// fsizeShift pushes 64 - 8*fsize (i64).
func (g *gen) fsizeShift() {
	g.c.I64Const(64)
	g.c.LocalGet(lFsize)
	g.c.I64Const(3)
	g.c.Op(wasmgen.I64Shl)
	g.c.Op(wasmgen.I64Sub)
}

// condHelper pushes condition cc (i32 0/1) from the flags the helper
// computes.
func (g *gen) condHelper(cc uint8) {
	c := g.c
	g.flagsDyn()
	c.LocalSet(lF)
	switch cc >> 1 {
	case 0:
		g.bitDyn(lF, FlagOF)
	case 1:
		g.bitDyn(lF, FlagCF)
	case 2:
		g.bitDyn(lF, FlagZF)
	case 3:
		g.bitDyn(lF, FlagCF|FlagZF)
	case 4:
		g.bitDyn(lF, FlagSF)
	case 5:
		g.bitDyn(lF, FlagPF)
	case 6:
		g.bitDyn(lF, FlagSF)
		g.bitDyn(lF, FlagOF)
		c.Op(wasmgen.I32Xor)
	case 7:
		g.bitDyn(lF, FlagZF)
		g.bitDyn(lF, FlagSF)
		g.bitDyn(lF, FlagOF)
		c.Op(wasmgen.I32Xor)
		c.Op(wasmgen.I32Or)
	}
	if cc&1 != 0 {
		c.Op(wasmgen.I32Eqz)
	}
}

// carryIn pushes CF (i32) before the current instruction.
func (g *gen) carryIn(fl xflags) {
	if fl.known {
		g.cf(fl)
		return
	}
	// CF is a compare or a local for every kind but fRaw, fAdc and fSbb
	// (rare as the last producer of another block), which go to the
	// helper; the others are selected without a call.
	c := g.c
	c.I64Const(1<<fRaw | 1<<fAdc | 1<<fSbb)
	c.LocalGet(lFop)
	c.Op(wasmgen.I64ShrU)
	c.I64Const(1)
	c.Op(wasmgen.I64And)
	c.Op(wasmgen.I32WrapI64)
	c.If()
	g.flagsDyn()
	c.I64Const(FlagCF)
	c.Op(wasmgen.I64And)
	c.LocalSet(lF)
	c.Else()
	kind := func(op int64) {
		c.LocalGet(lFop)
		c.I64Const(op)
		c.Op(wasmgen.I64Eq)
	}
	// select(a, b, cond) is cond ? a : b; nested: fLogic ? 0 : fAdd ?
	// res < s1 : fSub ? s1 < s2 : fcarry (fInc, fDec, fRes), each the
	// static CF of its kind.
	for _, op := range [...]uint8{fLogic, fAdd, fSub, fInc} {
		g.cf(xflags{known: true, op: op})
	}
	kind(fSub)
	c.Op(wasmgen.Select)
	kind(fAdd)
	c.Op(wasmgen.Select)
	kind(fLogic)
	c.Op(wasmgen.Select)
	c.Op(wasmgen.I64ExtendI32U)
	c.LocalSet(lF)
	c.End()
	c.LocalGet(lF)
	c.Op(wasmgen.I32WrapI64)
}

// Flag liveness across a region. Inst.NoFlags looks at one block and
// assumes the flags live at its end; a region knows the blocks that
// follow. When every path from a point in the region overwrites the six
// arithmetic flags before reading them (and never leaves the region
// first), the flags there are dead: nothing the program does can observe
// them (signal handlers are not run, pushf and every condition count as
// reads), so an exit to the interpreter at that point may hand over any
// consistent flag state. Exits at dead points hand over a fixed one
// (dropFlags), which is what lets the lazy-flag locals of a compare die
// at the conditional jump that reads them instead of staying live, and
// spilled, until the next producer. Producers are generated exactly as
// before, so flags that are read are always exact.

// regionFlagLiveness returns, for each block of a region, whether the
// flags may be read from before each of its first ks[j] instructions
// onward (live[j][i]), and after them (live[j][ks[j]]).
func regionFlagLiveness(list []*block, ks []int, index map[uint64]int) [][]bool {
	live := make([][]bool, len(list))
	for j := range list {
		live[j] = make([]bool, ks[j]+1)
	}
	liveAt := func(target uint64) bool {
		j, ok := index[target]
		return !ok || live[j][0]
	}
	// A least fixpoint: start from all dead and add liveness until
	// nothing changes (each pass only turns entries on).
	for changed := true; changed; {
		changed = false
		for j, b := range list {
			k := ks[j]
			out := true // the interpreter takes over after a partial block
			if k == len(b.insts) {
				last := &b.insts[k-1]
				switch {
				case last.Op == OpJcc:
					out = liveAt(last.Imm) || liveAt(last.Next)
				case last.Op == OpJmp:
					out = liveAt(last.Imm)
				case !last.terminator():
					out = liveAt(last.Next)
				}
			}
			l := out
			next := live[j]
			if next[k] != l {
				next[k], changed = l, true
			}
			for i := k - 1; i >= 0; i-- {
				l = flagsLiveBefore(&b.insts[i], i == len(b.insts)-1, l)
				if next[i] != l {
					next[i], changed = l, true
				}
			}
		}
	}
	return live
}

// dropFlags sets the lazy-flag locals to a fixed state (flags taken from
// XState.Rflags as they are) before an exit at a point where the flags
// are dead.
func (g *gen) dropFlags() {
	for _, f := range flagLocals {
		v := int64(0)
		if f.local == lFop {
			v = fRaw
		}
		g.c.I64Const(v)
		g.c.LocalSet(f.local)
	}
}
