package cpu

// Op is the semantic operation of a decoded instruction. Operand forms that
// only differ in where operands live (accumulator vs ModRM register, Ib vs
// Iz) are normalised by the decoder, so each Op has one handler.
type Op uint16

// Operations. Comments give the operand form after normalisation:
// E = ModRM r/m operand (register RM or memory), G = ModRM reg, I = Imm.
const (
	OpIllegal Op = iota // undecodable or unimplemented: stops the program
	OpNop               // also endbr64, pause, fences, prefetch, hint nops
	OpALUEG             // E = E op G   (Sub = 0 add,1 or,2 adc,3 sbb,4 and,5 sub,6 xor,7 cmp)
	OpALUGE             // G = G op E
	OpALUEI             // E = E op I
	OpTestEG            // E & G
	OpTestEI            // E & I
	OpXchg              // E <-> G
	OpMovEG             // E = G
	OpMovGE             // G = E
	OpMovEI             // E = I
	OpMovzx             // G(Size) = zero-extend E(Size2)
	OpMovsx             // G(Size) = sign-extend E(Size2)  (movsx, movsxd)
	OpLea               // G = effective address
	OpPush              // push E (Mem or register RM)
	OpPushI             // push Imm
	OpPop               // pop into E
	OpJcc               // Sub = condition, Imm = target
	OpJmp               // Imm = target
	OpJmpE              // jump to E
	OpCall              // Imm = target
	OpCallE             // call E
	OpRet               // Imm = extra bytes to pop
	OpLeave
	OpCbw // cbw/cwde/cdqe by Size
	OpCwd // cwd/cdq/cqo by Size
	OpPushf
	OpPopf
	OpSahf
	OpLahf
	OpMovs // string ops; Rep = 0, RepF3, RepF2
	OpCmps
	OpStos
	OpLods
	OpScas
	OpShift   // Sub = 0 rol,1 ror,2 rcl,3 rcr,4 shl,5 shr,6 sal,7 sar; count: Imm, or CL when Size2 == 1
	OpNot     // E = ^E
	OpNeg     // E = -E
	OpMul     // rDX:rAX = rAX * E (unsigned)
	OpImul1   // rDX:rAX = rAX * E (signed)
	OpDiv     // unsigned divide rDX:rAX by E
	OpIdiv    // signed divide
	OpImulGE  // G = G * E
	OpImulGEI // G = E * Imm
	OpInc     // E++
	OpDec     // E--
	OpHlt     // faults in user mode (SIGSEGV)
	OpCmc
	OpClc
	OpStc
	OpCld
	OpStd
	OpSyscall
	OpUd2
	OpInt3
	OpCpuid
	OpRdtsc
	OpRdtscp
	OpCmov  // Sub = condition; G = E if cond
	OpSetcc // Sub = condition; E(8) = cond
	OpBt    // Sub = 0 bt,1 bts,2 btr,3 btc; bit offset G (register form)
	OpBtI   // same with bit offset Imm
	OpShld  // E = shld(E, G, count) count Imm or CL (Size2 == 1)
	OpShrd
	OpCmpxchg
	OpXadd
	OpCmpxchg16 // cmpxchg8b / cmpxchg16b (Size 4 / 8)
	OpBsf
	OpBsr
	OpTzcnt
	OpLzcnt
	OpPopcnt
	OpBswap // register RM
	OpJrcxz // Imm = target; Sub: 0 jrcxz, 1 loop, 2 loope, 3 loopne
	OpXlat
	OpSSE    // Sub = second opcode byte of 0F xx, Rep = mandatory prefix (pfxNone/66/F3/F2)
	OpSSEImm // same, with Imm8
	OpLdmxcsr
	OpStmxcsr
	OpX87 // Sub = low 3 bits of D8..DF, Reg = ModRM reg, RM = ModRM rm
	OpMovSeg
	OpUndef // decoded but deliberately unimplemented (stop like illegal)
	numOps
)

// Prefix codes kept in Inst.Rep.
const (
	RepNone = 0
	RepF3   = 1 // rep / repe
	RepF2   = 2 // repne
)

// Mandatory-prefix codes for SSE ops, kept in Inst.Rep.
const (
	pfxNone = 0
	pfx66   = 1
	pfxF3   = 2
	pfxF2   = 3
)

// NoReg marks an absent base or index register; CPU.R[NoReg] is always 0.
const NoReg = 16

// Segment overrides that matter in 64-bit mode.
const (
	segNone = 0
	SegFS   = 1
	SegGS   = 2
)

// Inst is a decoded instruction.
type Inst struct {
	Op     Op
	Size   uint8 // operand size in bytes: 1, 2, 4, 8 (16 for some SSE)
	Size2  uint8 // source size for movzx/movsx; CL-count flag for shifts
	Len    uint8
	Reg    uint8 // ModRM reg field with REX.R; 16..19 = AH, CH, DH, BH
	RM     uint8 // register operand when !Mem (same encoding as Reg)
	Mem    bool
	Base   uint8 // NoReg when absent
	Index  uint8 // NoReg when absent
	Scale  uint8 // shift amount 0..3
	Seg    uint8
	Addr32 bool
	// AMask is the address-size mask (all ones, or 32 bits with a 67
	// prefix), so effective addresses need no branch.
	AMask uint64
	Sub   uint8
	Rep   uint8
	// NoFlags is set when no later instruction can observe the flags this
	// one writes (they are overwritten first), so the handler may skip
	// computing them.
	NoFlags bool
	// FuseJcc is set on a cmp/test directly followed by the block's final
	// conditional jump: the interpreter evaluates the jump in the same
	// dispatch.
	FuseJcc bool
	Disp    int64 // displacement; absolute address for RIP-relative operands
	Imm     uint64
	Next    uint64 // address of the following instruction
}

// Addr returns the instruction's own address.
func (in *Inst) Addr() uint64 { return in.Next - uint64(in.Len) }

// terminator reports whether the instruction ends a basic block.
func (in *Inst) terminator() bool {
	switch in.Op {
	case OpJcc, OpJmp, OpJmpE, OpCall, OpCallE, OpRet, OpSyscall, OpIllegal, OpUndef,
		OpHlt, OpUd2, OpInt3, OpJrcxz:
		return true
	}
	return false
}

type decoder struct {
	b       []byte
	p       int
	trunc   bool
	rex     uint8
	hasRex  bool
	osz16   bool
	addr32  bool
	rep     uint8
	lastPfx uint8 // last of 66/F2/F3 seen, for SSE mandatory prefixes
	ripRel  bool
}

func (d *decoder) u8() uint8 {
	if d.p >= len(d.b) {
		d.trunc = true
		return 0
	}
	v := d.b[d.p]
	d.p++
	return v
}

func (d *decoder) u16() uint16 { return uint16(d.u8()) | uint16(d.u8())<<8 }
func (d *decoder) u32() uint32 { return uint32(d.u16()) | uint32(d.u16())<<16 }
func (d *decoder) u64() uint64 { return uint64(d.u32()) | uint64(d.u32())<<32 }

// imm reads an immediate of n bytes, sign-extended to 64 bits.
func (d *decoder) imm(n int) uint64 {
	switch n {
	case 1:
		return uint64(int64(int8(d.u8())))
	case 2:
		return uint64(int64(int16(d.u16())))
	case 4:
		return uint64(int64(int32(d.u32())))
	}
	return d.u64()
}

// modrm decodes a ModRM byte (and SIB/displacement) into in.
func (d *decoder) modrm(in *Inst) {
	m := d.u8()
	mod, reg, rm := m>>6, (m>>3)&7, m&7
	in.Reg = reg | (d.rex&4)<<1
	in.Base, in.Index = NoReg, NoReg
	if mod == 3 {
		in.RM = rm | (d.rex&1)<<3
		return
	}
	in.Mem = true
	in.Addr32 = d.addr32
	if rm == 4 {
		sib := d.u8()
		scale, idx, base := sib>>6, (sib>>3)&7, sib&7
		idx |= (d.rex & 2) << 2
		if idx != 4 {
			in.Index = idx
			in.Scale = scale
		}
		if base == 5 && mod == 0 {
			in.Disp = int64(int32(d.u32()))
		} else {
			in.Base = base | (d.rex&1)<<3
		}
	} else if rm == 5 && mod == 0 {
		in.Disp = int64(int32(d.u32()))
		d.ripRel = true
	} else {
		in.Base = rm | (d.rex&1)<<3
	}
	switch mod {
	case 1:
		in.Disp += int64(int8(d.u8()))
	case 2:
		in.Disp += int64(int32(d.u32()))
	}
}

// byteRegs rewrites Reg/RM for byte operands without REX: 4..7 are AH..BH.
func (d *decoder) byteReg(r uint8) uint8 {
	if !d.hasRex && r >= 4 && r < 8 {
		return r + 12
	}
	return r
}

// Decode decodes one instruction from b, which holds the bytes at addr.
// ok is false for bytes that are not an instruction the emulator knows;
// the returned Inst then has Op == OpIllegal and a best-effort Len.
func Decode(b []byte, addr uint64) (in Inst, ok bool) {
	if len(b) > 15 {
		b = b[:15]
	}
	d := decoder{b: b}
	in = d.decode(addr)
	if d.trunc || d.p > 15 {
		return Inst{Op: OpIllegal, Len: 1, Next: addr + 1, Base: NoReg, Index: NoReg}, false
	}
	in.Len = uint8(d.p)
	in.Next = addr + uint64(d.p)
	in.AMask = ^uint64(0)
	if in.Addr32 {
		in.AMask = 0xffffffff
	}
	if d.ripRel {
		in.Disp += int64(in.Next)
		if d.addr32 {
			in.Disp = int64(uint32(in.Disp))
		}
	}
	switch in.Op {
	case OpJcc, OpJmp, OpCall, OpJrcxz:
		in.Imm += in.Next
	}
	if in.Op == OpIllegal {
		return in, false
	}
	return in, true
}

func (d *decoder) decode(addr uint64) (in Inst) {
	in.Base, in.Index = NoReg, NoReg
	// Legacy prefixes, then REX (only when immediately before the opcode).
	var op uint8
	for {
		op = d.u8()
		if d.trunc {
			return
		}
		switch op {
		case 0x66:
			d.osz16 = true
			d.lastPfx = op
		case 0x67:
			d.addr32 = true
		case 0xf2:
			d.rep = RepF2
			d.lastPfx = op
		case 0xf3:
			d.rep = RepF3
			d.lastPfx = op
		case 0x64:
			in.Seg = SegFS
		case 0x65:
			in.Seg = SegGS
		case 0x26, 0x2e, 0x36, 0x3e, 0xf0:
			// es/cs/ss/ds overrides do nothing in 64-bit mode; lock is
			// meaningless with a single thread.
		default:
			goto opcode
		}
		d.hasRex, d.rex = false, 0
		if d.p >= 15 {
			d.trunc = true
			return
		}
	}
opcode:
	if op >= 0x40 && op <= 0x4f {
		d.rex, d.hasRex = op, true
		op = d.u8()
		if op >= 0x40 && op <= 0x4f || op == 0x66 || op == 0x67 || op == 0xf2 || op == 0xf3 || op == 0xf0 {
			// A prefix after REX: REX is ignored by hardware; rare enough
			// to treat as illegal rather than model.
			in.Op = OpIllegal
			return
		}
	}
	osz := uint8(4)
	if d.rex&8 != 0 {
		osz = 8
	} else if d.osz16 {
		osz = 2
	}
	// Operand size of instructions that default to 64 bits (push/pop/branches).
	osz64 := uint8(8)
	if d.osz16 {
		osz64 = 2
	}
	in.Size = osz
	in.Rep = d.rep
	izLen := 4
	if osz == 2 {
		izLen = 2
	}

	if op < 0x40 && op&7 < 6 {
		in.Sub = op >> 3
		switch op & 7 {
		case 0:
			in.Op, in.Size = OpALUEG, 1
			d.modrm(&in)
			in.Reg, in.RM = d.byteReg(in.Reg), d.byteReg(in.RM)
		case 1:
			in.Op = OpALUEG
			d.modrm(&in)
		case 2:
			in.Op, in.Size = OpALUGE, 1
			d.modrm(&in)
			in.Reg, in.RM = d.byteReg(in.Reg), d.byteReg(in.RM)
		case 3:
			in.Op = OpALUGE
			d.modrm(&in)
		case 4:
			in.Op, in.Size, in.RM = OpALUEI, 1, 0
			in.Imm = d.imm(1)
		case 5:
			in.Op, in.RM = OpALUEI, 0
			in.Imm = d.imm(izLen)
		}
		return
	}
	switch {
	case op >= 0x50 && op <= 0x57:
		in.Op, in.Size, in.RM = OpPush, osz64, op&7|(d.rex&1)<<3
		return
	case op >= 0x58 && op <= 0x5f:
		in.Op, in.Size, in.RM = OpPop, osz64, op&7|(d.rex&1)<<3
		return
	case op >= 0x70 && op <= 0x7f:
		in.Op, in.Sub = OpJcc, op&15
		in.Imm = d.imm(1)
		return
	case op >= 0x91 && op <= 0x97:
		in.Op, in.RM, in.Reg = OpXchg, op&7|(d.rex&1)<<3, 0
		return
	case op >= 0xb0 && op <= 0xb7:
		in.Op, in.Size, in.RM = OpMovEI, 1, d.byteReg(op&7|(d.rex&1)<<3)
		in.Imm = d.imm(1)
		return
	case op >= 0xb8 && op <= 0xbf:
		in.Op, in.RM = OpMovEI, op&7|(d.rex&1)<<3
		if osz == 8 {
			in.Imm = d.u64()
		} else {
			in.Imm = d.imm(izLen)
		}
		return
	case op >= 0xd8 && op <= 0xdf:
		in.Op, in.Sub = OpX87, op&7
		d.modrm(&in)
		if !in.Mem {
			in.RM &= 7
		}
		in.Reg &= 7
		return
	}
	switch op {
	case 0x0f:
		d.decode0F(&in, osz, osz64, izLen)
	case 0x63:
		in.Op, in.Size2 = OpMovsx, 4
		d.modrm(&in)
	case 0x68:
		in.Op, in.Size = OpPushI, osz64
		in.Imm = d.imm(izLen)
	case 0x6a:
		in.Op, in.Size = OpPushI, osz64
		in.Imm = d.imm(1)
	case 0x69:
		in.Op = OpImulGEI
		d.modrm(&in)
		in.Imm = d.imm(izLen)
	case 0x6b:
		in.Op = OpImulGEI
		d.modrm(&in)
		in.Imm = d.imm(1)
	case 0x80, 0x81, 0x83:
		in.Op = OpALUEI
		d.modrm(&in)
		in.Sub = in.Reg & 7
		switch op {
		case 0x80:
			in.Size = 1
			in.RM = d.byteReg(in.RM)
			in.Imm = d.imm(1)
		case 0x81:
			in.Imm = d.imm(izLen)
		default:
			in.Imm = d.imm(1)
		}
	case 0x84, 0x86, 0x88, 0x8a:
		in.Op = [...]Op{OpTestEG, OpXchg, OpMovEG, OpMovGE}[(op-0x84)/2]
		in.Size = 1
		d.modrm(&in)
		in.Reg, in.RM = d.byteReg(in.Reg), d.byteReg(in.RM)
	case 0x85, 0x87, 0x89, 0x8b:
		in.Op = [...]Op{OpTestEG, OpXchg, OpMovEG, OpMovGE}[(op-0x85)/2]
		d.modrm(&in)
	case 0x8c:
		// mov r/m, sreg: only reads of segment selectors (all zero here).
		in.Op = OpMovSeg
		d.modrm(&in)
		if in.Mem {
			in.Size = 2
		}
	case 0x8d:
		in.Op = OpLea
		d.modrm(&in)
		if !in.Mem {
			in.Op = OpIllegal
		}
	case 0x8f:
		in.Op, in.Size = OpPop, osz64
		d.modrm(&in)
		if in.Reg&7 != 0 {
			in.Op = OpIllegal
		}
	case 0x90:
		if d.rex&1 != 0 {
			in.Op, in.RM, in.Reg = OpXchg, 8, 0
		} else {
			in.Op = OpNop // nop and pause (f3 90)
		}
	case 0x98:
		in.Op = OpCbw
	case 0x99:
		in.Op = OpCwd
	case 0x9b:
		in.Op = OpNop // fwait: x87 exceptions are never unmasked here
	case 0x9c:
		in.Op, in.Size = OpPushf, osz64
	case 0x9d:
		in.Op, in.Size = OpPopf, osz64
	case 0x9e:
		in.Op = OpSahf
	case 0x9f:
		in.Op = OpLahf
	case 0xa0, 0xa1, 0xa2, 0xa3:
		in.Mem, in.Addr32 = true, d.addr32
		if d.addr32 {
			in.Disp = int64(d.u32())
		} else {
			in.Disp = int64(d.u64())
		}
		in.Reg = 0
		if op&1 == 0 {
			in.Size = 1
		}
		if op < 0xa2 {
			in.Op = OpMovGE
		} else {
			in.Op = OpMovEG
		}
	case 0xa4, 0xa5, 0xa6, 0xa7, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf:
		switch op &^ 1 {
		case 0xa4:
			in.Op = OpMovs
		case 0xa6:
			in.Op = OpCmps
		case 0xaa:
			in.Op = OpStos
		case 0xac:
			in.Op = OpLods
		default:
			in.Op = OpScas
		}
		if op&1 == 0 {
			in.Size = 1
		}
		in.Addr32 = d.addr32
		in.Sub = in.Seg
	case 0xa8:
		in.Op, in.Size, in.RM = OpTestEI, 1, 0
		in.Imm = d.imm(1)
	case 0xa9:
		in.Op, in.RM = OpTestEI, 0
		in.Imm = d.imm(izLen)
	case 0xc0, 0xc1, 0xd0, 0xd1, 0xd2, 0xd3:
		in.Op = OpShift
		d.modrm(&in)
		in.Sub = in.Reg & 7
		if op&1 == 0 {
			in.Size = 1
			in.RM = d.byteReg(in.RM)
		}
		switch op {
		case 0xc0, 0xc1:
			in.Imm = uint64(d.u8())
		case 0xd0, 0xd1:
			in.Imm = 1
		default:
			in.Size2 = 1
		}
	case 0xc2:
		in.Op, in.Imm = OpRet, uint64(d.u16())
	case 0xc3:
		in.Op = OpRet
	case 0xc6:
		in.Op, in.Size = OpMovEI, 1
		d.modrm(&in)
		in.RM = d.byteReg(in.RM)
		in.Imm = d.imm(1)
		if in.Reg&7 != 0 {
			in.Op = OpIllegal
		}
	case 0xc7:
		in.Op = OpMovEI
		d.modrm(&in)
		in.Imm = d.imm(izLen)
		if in.Reg&7 != 0 {
			in.Op = OpIllegal
		}
	case 0xc9:
		in.Op, in.Size = OpLeave, osz64
	case 0xcc:
		in.Op = OpInt3
	case 0xd7:
		in.Op, in.Size = OpXlat, 1
	case 0xe0, 0xe1, 0xe2, 0xe3:
		in.Op = OpJrcxz
		in.Sub = [...]uint8{3, 2, 1, 0}[op-0xe0]
		in.Addr32 = d.addr32
		in.Imm = d.imm(1)
	case 0xe8:
		in.Op = OpCall
		in.Imm = d.imm(4)
	case 0xe9:
		in.Op = OpJmp
		in.Imm = d.imm(4)
	case 0xeb:
		in.Op = OpJmp
		in.Imm = d.imm(1)
	case 0xf4:
		in.Op = OpHlt
	case 0xf5:
		in.Op = OpCmc
	case 0xf6, 0xf7:
		d.modrm(&in)
		if op == 0xf6 {
			in.Size = 1
			in.RM = d.byteReg(in.RM)
		}
		sub := in.Reg & 7
		in.Op = [...]Op{OpTestEI, OpTestEI, OpNot, OpNeg, OpMul, OpImul1, OpDiv, OpIdiv}[sub]
		if sub < 2 {
			if op == 0xf6 {
				in.Imm = d.imm(1)
			} else {
				in.Imm = d.imm(izLen)
			}
		}
	case 0xf8:
		in.Op = OpClc
	case 0xf9:
		in.Op = OpStc
	case 0xfc:
		in.Op = OpCld
	case 0xfd:
		in.Op = OpStd
	case 0xfe:
		in.Size = 1
		d.modrm(&in)
		in.RM = d.byteReg(in.RM)
		switch in.Reg & 7 {
		case 0:
			in.Op = OpInc
		case 1:
			in.Op = OpDec
		default:
			in.Op = OpIllegal
		}
	case 0xff:
		d.modrm(&in)
		switch in.Reg & 7 {
		case 0:
			in.Op = OpInc
		case 1:
			in.Op = OpDec
		case 2:
			in.Op, in.Size = OpCallE, 8
		case 4:
			in.Op, in.Size = OpJmpE, 8
		case 6:
			in.Op, in.Size = OpPush, osz64
		default:
			in.Op = OpIllegal // far call/jmp
		}
	default:
		in.Op = OpIllegal
	}
	return
}

// sseForms lists, per 0F opcode, which mandatory prefixes are valid
// (bit 0 none, 1 66, 2 F3, 3 F2) for the SSE/SSE2 instructions implemented.
var sseForms = func() (t [256]uint8) {
	const n, o, s, f = 1, 2, 4, 8 // none, 66, f3, f2
	set := func(v uint8, ops ...uint8) {
		for _, op := range ops {
			t[op] = v
		}
	}
	set(n|o|s|f, 0x10, 0x11, 0x51, 0x58, 0x59, 0x5a, 0x5c, 0x5d, 0x5e, 0x5f, 0xc2)
	set(n|o, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x28, 0x29, 0x2b, 0x2e, 0x2f, 0x50, 0x54, 0x55, 0x56, 0x57, 0xc6)
	set(s|f, 0x2a, 0x2c, 0x2d)
	set(n|o|s, 0x5b)
	for op := 0x60; op <= 0x6d; op++ {
		t[op] = o
	}
	set(o, 0x6e, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0xd6, 0xd7, 0xe7)
	set(o|s, 0x6f, 0x7e, 0x7f)
	set(o|s|f, 0x70, 0xe6)
	for _, op := range []uint8{0xd1, 0xd2, 0xd3, 0xd4, 0xd5, 0xd8, 0xd9, 0xda, 0xdb, 0xdc, 0xdd, 0xde, 0xdf,
		0xe0, 0xe1, 0xe2, 0xe3, 0xe4, 0xe5, 0xe8, 0xe9, 0xea, 0xeb, 0xec, 0xed, 0xee, 0xef,
		0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf8, 0xf9, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe} {
		t[op] = o
	}
	return
}()

func (d *decoder) decode0F(in *Inst, osz, osz64 uint8, izLen int) {
	op := d.u8()
	switch {
	case op >= 0x80 && op <= 0x8f:
		in.Op, in.Sub = OpJcc, op&15
		in.Imm = d.imm(4)
		return
	case op >= 0x40 && op <= 0x4f:
		in.Op, in.Sub = OpCmov, op&15
		d.modrm(in)
		return
	case op >= 0x90 && op <= 0x9f:
		in.Op, in.Sub, in.Size = OpSetcc, op&15, 1
		d.modrm(in)
		in.RM = d.byteReg(in.RM)
		return
	case op >= 0xc8 && op <= 0xcf:
		in.Op, in.RM = OpBswap, op&7|(d.rex&1)<<3
		return
	case op >= 0x18 && op <= 0x1f:
		in.Op = OpNop // prefetch hints, nopl, endbr64 (f3 0f 1e fa)
		d.modrm(in)
		return
	}
	if v := sseForms[op]; v != 0 {
		pfx := uint8(pfxNone)
		switch d.lastPfx {
		case 0x66:
			pfx = pfx66
		case 0xf3:
			pfx = pfxF3
		case 0xf2:
			pfx = pfxF2
		}
		// f2/f3 take precedence over 66 as the mandatory prefix.
		if d.rep == RepF3 {
			pfx = pfxF3
		} else if d.rep == RepF2 {
			pfx = pfxF2
		}
		in.Op, in.Sub, in.Rep = OpSSE, op, pfx
		d.modrm(in)
		if v&(1<<pfx) == 0 {
			in.Op = OpIllegal
		}
		switch op {
		case 0x70, 0x71, 0x72, 0x73, 0xc2, 0xc6:
			in.Op = OpSSEImm
			in.Imm = uint64(d.u8())
			if v&(1<<pfx) == 0 {
				in.Op = OpIllegal
			}
		}
		in.Size = 4
		if d.rex&8 != 0 {
			in.Size = 8
		}
		return
	}
	switch op {
	case 0x05:
		in.Op = OpSyscall
	case 0x0b:
		in.Op = OpUd2
	case 0x0d:
		in.Op = OpNop // prefetchw
		d.modrm(in)
	case 0x31:
		in.Op = OpRdtsc
	case 0xa2:
		in.Op = OpCpuid
	case 0xa3, 0xab, 0xb3, 0xbb:
		in.Op = OpBt
		in.Sub = [...]uint8{0, 1, 2, 3}[(op>>3)&3]
		d.modrm(in)
	case 0xba:
		d.modrm(in)
		in.Op = OpBtI
		in.Imm = uint64(d.u8())
		if in.Reg&7 < 4 {
			in.Op = OpIllegal
		}
		in.Sub = in.Reg&7 - 4
	case 0xa4, 0xa5, 0xac, 0xad:
		in.Op = OpShld
		if op >= 0xac {
			in.Op = OpShrd
		}
		d.modrm(in)
		if op&1 == 0 {
			in.Imm = uint64(d.u8())
		} else {
			in.Size2 = 1
		}
	case 0xaf:
		in.Op = OpImulGE
		d.modrm(in)
	case 0xb0, 0xb1:
		in.Op = OpCmpxchg
		d.modrm(in)
		if op == 0xb0 {
			in.Size = 1
			in.Reg, in.RM = d.byteReg(in.Reg), d.byteReg(in.RM)
		}
	case 0xc0, 0xc1:
		in.Op = OpXadd
		d.modrm(in)
		if op == 0xc0 {
			in.Size = 1
			in.Reg, in.RM = d.byteReg(in.Reg), d.byteReg(in.RM)
		}
	case 0xc7:
		d.modrm(in)
		in.Op = OpCmpxchg16
		if in.Reg&7 != 1 || !in.Mem {
			in.Op = OpIllegal
		}
	case 0xb6, 0xb7, 0xbe, 0xbf:
		in.Op = OpMovzx
		if op >= 0xbe {
			in.Op = OpMovsx
		}
		d.modrm(in)
		if op&1 == 0 {
			in.Size2 = 1
			in.RM = d.byteReg(in.RM)
		} else {
			in.Size2 = 2
		}
	case 0xb8:
		in.Op = OpPopcnt
		d.modrm(in)
		if d.rep != RepF3 {
			in.Op = OpIllegal
		}
	case 0xbc:
		in.Op = OpBsf
		if d.rep == RepF3 {
			in.Op = OpTzcnt
		}
		d.modrm(in)
	case 0xbd:
		in.Op = OpBsr
		if d.rep == RepF3 {
			in.Op = OpLzcnt
		}
		d.modrm(in)
	case 0xae:
		d.modrm(in)
		switch {
		case !in.Mem && in.Reg&7 >= 5:
			in.Op = OpNop // lfence, mfence, sfence
		case in.Mem && in.Reg&7 == 2:
			in.Op = OpLdmxcsr
		case in.Mem && in.Reg&7 == 3:
			in.Op = OpStmxcsr
		default:
			in.Op = OpIllegal
		}
	case 0x01:
		// 0f 01 f9 is rdtscp; the rest of group 7 is system instructions.
		m := d.u8()
		in.Op = OpIllegal
		if m == 0xf9 {
			in.Op = OpRdtscp
		}
	default:
		in.Op = OpIllegal
	}
}
