package cpu

import (
	"encoding/binary"
	"math"
	"math/bits"

	"github.com/blockless/avs/emulator/internal/mem"
)

// execBlocks runs decoded blocks from b until a syscall, an illegal
// instruction or the budget. The whole interpreter is this one function:
// no call per instruction or per block (Go compiled to wasm pays heavily
// for calls), and the hit paths of the most frequent memory operands are
// written out here instead of calling into mem. c.curInsts and c.cur
// locate the executing instruction when a fault unwinds to Run.
func (c *CPU) execBlocks(b *block) Stop {
	m := c.Mem
	if !b.valid {
		b = c.lookup(c.RIP)
	}
	jit := c.JIT != nil && c.Trace == nil
	skip := false // the interpreter must run the next block (translated code asked)
	for {
		if jit {
			if skip {
				skip = false
			} else if (b.xr != nil && b.xr.valid) || c.hot(b) {
				r := c.runTranslated(b)
				if r < 0 {
					return StopInternal
				}
				b = c.lookup(c.RIP)
				skip = r == xExitInterp
				continue
			}
		}
		insts := b.insts
		n := uint64(len(insts))
		partial := false
		if c.Icount+n > c.Limit {
			if c.Icount >= c.Limit {
				return StopBudget
			}
			insts, n, partial = insts[:c.Limit-c.Icount], c.Limit-c.Icount, true
		}
		if c.Trace != nil {
			c.Trace(c, &insts[0]) // tracing decodes one-instruction blocks
		}
		// Only a block's last instruction can change RIP, so RIP is set once
		// per block; faults recompute it from the instruction.
		c.Icount += n
		c.RIP = insts[n-1].Next
		c.curInsts = insts
	insns:
		for i := range insts {
			in := &insts[i]
			c.cur = i
			switch in.Op {
			case OpMovGE:
				if !in.Mem {
					c.setReg(in.Reg, in.Size, c.reg(in.RM, in.Size))
					continue
				}
				a := c.ea(in)
				e := &m.RTLB[(a>>12)&(mem.TLBSize-1)]
				if (e.Tag^(a>>12+1))|((a&4095+8)>>12) == 0 {
					c.setReg(in.Reg, in.Size, binary.LittleEndian.Uint64(e.D[a&4095:])&sizeMask[in.Size&15])
					continue
				}
				c.setReg(in.Reg, in.Size, m.ReadN(a, in.Size))
			case OpMovEG:
				v := c.reg(in.Reg, in.Size)
				if !in.Mem {
					c.setReg(in.RM, in.Size, v)
					continue
				}
				a := c.ea(in)
				e := &m.WTLB[(a>>12)&(mem.TLBSize-1)]
				if (e.Tag^(a>>12+1))|((a&4095+8)>>12) == 0 {
					p := e.D[a&4095 : a&4095+8]
					mk := sizeMask[in.Size&15]
					binary.LittleEndian.PutUint64(p, binary.LittleEndian.Uint64(p)&^mk|v&mk)
					continue
				}
				m.WriteN(a, in.Size, v)
			case OpPush:
				var v uint64
				if in.Mem {
					ea := c.ea(in)
					if lv, ok := m.TryLoad(ea, in.Size); ok {
						v = lv
					} else {
						v = m.ReadN(ea, in.Size)
					}
				} else {
					v = c.reg(in.RM, in.Size)
				}
				sp := c.R[RSP] - uint64(in.Size)
				e := &m.WTLB[(sp>>12)&(mem.TLBSize-1)]
				if in.Size == 8 && (e.Tag^(sp>>12+1))|((sp&4095+8)>>12) == 0 {
					binary.LittleEndian.PutUint64(e.D[sp&4095:], v)
				} else {
					m.WriteN(sp, in.Size, v)
				}
				c.R[RSP] = sp
			case OpSSE:
				// Fast paths for scalar double arithmetic and moves (the bulk
				// of compiled floating-point code); everything else, and every
				// NaN result, goes through the general handler.
				if in.Rep == pfxF2 {
					g := &c.X[in.Reg&15]
					switch in.Sub {
					case 0x58, 0x59, 0x5c, 0x5e:
						var b uint64
						if in.Mem {
							ea := c.ea(in)
							if lv, ok := m.TryLoad(ea, 8); ok {
								b = lv
							} else {
								b = m.ReadN(ea, 8)
							}
						} else {
							b = c.X[in.RM&15][0]
						}
						fa, fb := math.Float64frombits(g[0]), math.Float64frombits(b)
						var r float64
						switch in.Sub {
						case 0x58:
							r = fa + fb
						case 0x59:
							r = fa * fb
						case 0x5c:
							r = fa - fb
						default:
							r = fa / fb
						}
						if r != r {
							g[0] = arith64(in.Sub, g[0], b)
						} else {
							g[0] = math.Float64bits(r)
						}
						continue
					case 0x10:
						if in.Mem {
							ea := c.ea(in)
							lv, ok := m.TryLoad(ea, 8)
							if !ok {
								lv = m.ReadN(ea, 8)
							}
							g[0], g[1] = lv, 0
						} else {
							g[0] = c.X[in.RM&15][0]
						}
						continue
					case 0x11:
						if in.Mem {
							if ea := c.ea(in); !m.TryStore(ea, 8, g[0]) {
								m.WriteN(ea, 8, g[0])
							}
						} else {
							c.X[in.RM&15][0] = g[0]
						}
						continue
					}
				} else if in.Rep != pfxF3 {
					// 128-bit moves (movaps/movapd/movups/movupd/movdqa) and
					// packed double arithmetic and unpacks.
					g := &c.X[in.Reg&15]
					switch in.Sub {
					case 0x28, 0x10, 0x6f:
						if in.Sub == 0x6f && in.Rep != pfx66 {
							break
						}
						if !in.Mem {
							*g = c.X[in.RM&15]
							continue
						}
						a := c.ea(in)
						lo, ok1 := m.TryLoad(a, 8)
						hi, ok2 := m.TryLoad(a+8, 8)
						if !ok1 || !ok2 {
							lo, hi = m.ReadN(a, 8), m.ReadN(a+8, 8)
						}
						g[0], g[1] = lo, hi
						continue
					case 0x29, 0x11:
						if !in.Mem {
							c.X[in.RM&15] = *g
							continue
						}
						a := c.ea(in)
						if !m.TryStore(a, 8, g[0]) || !m.TryStore(a+8, 8, g[1]) {
							m.WriteN(a, 8, g[0])
							m.WriteN(a+8, 8, g[1])
						}
						continue
					}
					if in.Rep == pfx66 {
						var b [2]uint64
						switch in.Sub {
						case 0xef, 0xeb, 0xdb, 0xfe, 0xfa, 0xd4, 0x58, 0x59, 0x5c, 0x5e, 0x14, 0x15:
							if in.Mem {
								a := c.ea(in)
								var ok1, ok2 bool
								b[0], ok1 = m.TryLoad(a, 8)
								b[1], ok2 = m.TryLoad(a+8, 8)
								if !ok1 || !ok2 {
									b[0], b[1] = m.ReadN(a, 8), m.ReadN(a+8, 8)
								}
							} else {
								b = c.X[in.RM&15]
							}
						}
						switch in.Sub {
						case 0xef:
							g[0], g[1] = g[0]^b[0], g[1]^b[1]
							continue
						case 0xeb:
							g[0], g[1] = g[0]|b[0], g[1]|b[1]
							continue
						case 0xdb:
							g[0], g[1] = g[0]&b[0], g[1]&b[1]
							continue
						case 0xd4:
							g[0], g[1] = g[0]+b[0], g[1]+b[1]
							continue
						case 0xfe, 0xfa:
							g[0], g[1] = swarAddSub(in.Sub, g[0], b[0]), swarAddSub(in.Sub, g[1], b[1])
							continue
						case 0x14:
							g[1] = b[0]
							continue
						case 0x15:
							g[0], g[1] = g[1], b[1]
							continue
						case 0x58, 0x59, 0x5c, 0x5e:
							for k := 0; k < 2; k++ {
								fa, fb := math.Float64frombits(g[k]), math.Float64frombits(b[k])
								var r float64
								switch in.Sub {
								case 0x58:
									r = fa + fb
								case 0x59:
									r = fa * fb
								case 0x5c:
									r = fa - fb
								default:
									r = fa / fb
								}
								if r != r {
									g[k] = arith64(in.Sub, g[k], b[k])
								} else {
									g[k] = math.Float64bits(r)
								}
							}
							continue
						}
					}
				}
				c.sse(in)
			case OpPop:
				sp := c.R[RSP]
				var v uint64
				e := &m.RTLB[(sp>>12)&(mem.TLBSize-1)]
				if in.Size == 8 && (e.Tag^(sp>>12+1))|((sp&4095+8)>>12) == 0 {
					v = binary.LittleEndian.Uint64(e.D[sp&4095:])
				} else {
					v = m.ReadN(sp, in.Size)
				}
				c.R[RSP] = sp + uint64(in.Size)
				// pop into memory addressed via rsp uses the incremented rsp.
				c.setE(in, v)
			case OpMovEI:
				c.setE(in, in.Imm)
			case OpALUEG, OpALUGE, OpALUEI:
				// Operands: dst is E (or G for ALUGE), src is G, E or Imm.
				var x, y, addr uint64
				if in.Op == OpALUGE {
					x = c.reg(in.Reg, in.Size)
					if in.Mem {
						ea := c.ea(in)
						if lv, ok := m.TryLoad(ea, in.Size); ok {
							y = lv
						} else {
							y = m.ReadN(ea, in.Size)
						}
					} else {
						y = c.reg(in.RM, in.Size)
					}
				} else {
					if in.Op == OpALUEI {
						y = in.Imm
					} else {
						y = c.reg(in.Reg, in.Size)
					}
					if in.Mem {
						addr = c.ea(in)
						if lv, ok := m.TryLoad(addr, in.Size); ok {
							x = lv
						} else {
							x = m.ReadN(addr, in.Size)
						}
					} else {
						x = c.reg(in.RM, in.Size)
					}
				}
				// The common ops inline; alu is the reference for all eight
				// and handles adc/sbb.
				var r uint64
				switch in.Sub {
				case 0:
					r = x + y
					c.setLazy(fAdd, in.Size, r, x, y)
				case 5:
					r = x - y
					c.setLazy(fSub, in.Size, r, x, y)
				case 7:
					c.setLazy(fSub, in.Size, x-y, x, y)
					if in.FuseJcc && i+1 < len(insts) {
						if c.fusedJcc(&insts[i+1]) {
							c.RIP = insts[i+1].Imm
						}
						break insns
					}
					continue
				case 4:
					r = x & y
					c.setLazy(fLogic, in.Size, r, 0, 0)
				case 1:
					r = x | y
					c.setLazy(fLogic, in.Size, r, 0, 0)
				case 6:
					r = x ^ y
					c.setLazy(fLogic, in.Size, r, 0, 0)
				default:
					r, _ = c.alu(in.Sub, in.Size, x, y)
				}
				switch {
				case in.Op == OpALUGE:
					c.setReg(in.Reg, in.Size, r)
				case in.Mem:
					if !m.TryStore(addr, in.Size, r) {
						m.WriteN(addr, in.Size, r)
					}
				default:
					c.setReg(in.RM, in.Size, r)
				}
				if in.FuseJcc && i+1 < len(insts) {
					if c.fusedJcc(&insts[i+1]) {
						c.RIP = insts[i+1].Imm
					}
					break insns
				}
			case OpTestEG, OpTestEI:
				y := in.Imm
				if in.Op == OpTestEG {
					y = c.reg(in.Reg, in.Size)
				}
				var x uint64
				if !in.Mem {
					x = c.reg(in.RM, in.Size)
				} else {
					ea := c.ea(in)
					if lv, ok := m.TryLoad(ea, in.Size); ok {
						x = lv
					} else {
						x = m.ReadN(ea, in.Size)
					}
				}
				c.setLazy(fLogic, in.Size, x&y, 0, 0)
				if in.FuseJcc && i+1 < len(insts) {
					if c.fusedJcc(&insts[i+1]) {
						c.RIP = insts[i+1].Imm
					}
					break insns
				}
			case OpJcc:
				var t bool
				if in.Sub == 4 || in.Sub == 5 {
					// je/jne: ZF is "result == 0" for every lazy kind but fRaw.
					t = c.fres == 0
					if c.fop == fRaw {
						t = c.rflags&FlagZF != 0
					}
					t = t != (in.Sub == 5)
				} else {
					t = c.cond(in.Sub)
				}
				if t {
					c.RIP = in.Imm
				}
			case OpJmp:
				c.RIP = in.Imm
			case OpCall:
				c.push(8, in.Next)
				c.RIP = in.Imm
			case OpRet:
				c.RIP = c.pop(8)
				c.R[RSP] += in.Imm
			case OpLea:
				c.setReg(in.Reg, in.Size, (uint64(in.Disp)+c.R[in.Base&31]+c.R[in.Index&31]<<in.Scale)&in.AMask)
			case OpMovzx:
				var v uint64
				if in.Mem {
					ea := c.ea(in)
					if lv, ok := m.TryLoad(ea, in.Size2); ok {
						v = lv
					} else {
						v = m.ReadN(ea, in.Size2)
					}
				} else {
					v = c.reg(in.RM, in.Size2)
				}
				c.setReg(in.Reg, in.Size, v)
			case OpMovsx:
				var v uint64
				if in.Mem {
					ea := c.ea(in)
					if lv, ok := m.TryLoad(ea, in.Size2); ok {
						v = lv
					} else {
						v = m.ReadN(ea, in.Size2)
					}
				} else {
					v = c.reg(in.RM, in.Size2)
				}
				sh := 64 - 8*uint(in.Size2)
				c.setReg(in.Reg, in.Size, uint64(int64(v<<sh)>>sh))
			case OpInc:
				v := c.getE(in)
				if in.NoFlags {
					c.setE(in, v+1)
					continue
				}
				c.fcarry = c.cf()
				r := v + 1
				c.setLazy(fInc, in.Size, r, v, 1)
				c.setE(in, r)
			case OpDec:
				v := c.getE(in)
				if in.NoFlags {
					c.setE(in, v-1)
					continue
				}
				c.fcarry = c.cf()
				r := v - 1
				c.setLazy(fDec, in.Size, r, v, 1)
				c.setE(in, r)
			case OpShift:
				if in.NoFlags && !in.Mem && in.Size2 == 0 && in.Size >= 4 {
					// Register shift by an immediate whose flags are dead: the
					// value-only path of shift, without the call.
					x, cnt := c.reg(in.RM, in.Size), in.Imm&uint64(in.Size*8-1)
					w := uint64(in.Size) * 8
					var r uint64
					switch in.Sub {
					case 4, 6:
						r = x << cnt
					case 5:
						r = x >> cnt
					case 7:
						r = uint64(sext(x, in.Size) >> cnt)
					case 0:
						r = x<<cnt | x>>((w-cnt)%w)
					case 1:
						r = x>>cnt | x<<((w-cnt)%w)
					default:
						c.shift(in)
						continue
					}
					c.setReg(in.RM, in.Size, r)
					continue
				}
				c.shift(in)
			default:
				// Less frequent ops: Go has no jump tables on wasm, so a switch
				// is a binary search; keeping the hot ops in a small first
				// switch saves several compares per instruction.
				switch in.Op {
				case OpPushI:
					c.push(in.Size, in.Imm)
				case OpJmpE:
					c.RIP = c.getE(in)
					if jit {
						b.noteTarget(c.RIP)
					}
				case OpCallE:
					t := c.getE(in)
					c.push(8, in.Next)
					c.RIP = t
					if jit {
						b.noteTarget(t)
					}
				case OpLeave:
					c.R[RSP] = c.R[RBP]
					c.setReg(RBP, in.Size, c.pop(in.Size))
				case OpXchg:
					if in.Mem {
						a := c.ea(in)
						v := c.Mem.LoadN(a, in.Size)
						c.Mem.WriteN(a, in.Size, c.reg(in.Reg, in.Size))
						c.setReg(in.Reg, in.Size, v)
						continue
					}
					v := c.reg(in.RM, in.Size)
					c.setReg(in.RM, in.Size, c.reg(in.Reg, in.Size))
					c.setReg(in.Reg, in.Size, v)
				case OpCmov:
					// The source is read (and may fault) even when the move is not done;
					// a 32-bit cmov zero-extends the destination either way.
					v := c.getE(in)
					if c.cond(in.Sub) {
						c.setReg(in.Reg, in.Size, v)
					} else if in.Size == 4 {
						c.setReg(in.Reg, 4, c.reg(in.Reg, 4))
					}
				case OpSetcc:
					var v uint64
					if c.cond(in.Sub) {
						v = 1
					}
					c.setE(in, v)
				case OpNop:
				case OpCbw:
					switch in.Size {
					case 2:
						c.setReg(RAX, 2, uint64(int64(int8(c.R[RAX]))))
					case 4:
						c.setReg(RAX, 4, uint64(int64(int16(c.R[RAX]))))
					default:
						c.R[RAX] = uint64(int64(int32(c.R[RAX])))
					}
				case OpCwd:
					sb := signBit[in.Size]
					var v uint64
					if c.R[RAX]&sb != 0 {
						v = ^uint64(0)
					}
					c.setReg(RDX, in.Size, v)
				case OpNot:
					c.setE(in, ^c.getE(in))
				case OpNeg:
					v := c.getE(in)
					r := -v
					c.setLazy(fSub, in.Size, r, 0, v)
					c.setE(in, r)
				case OpMul, OpImul1:
					c.mul1(in)
				case OpDiv, OpIdiv:
					c.div(in)
				case OpImulGE:
					c.imul(in, c.reg(in.Reg, in.Size), c.getE(in))
				case OpImulGEI:
					c.imul(in, c.getE(in), in.Imm)
				case OpMovs, OpStos, OpLods, OpCmps, OpScas:
					c.str(in)
				case OpBsf, OpBsr, OpTzcnt, OpLzcnt, OpPopcnt:
					c.bitscan(in)
				case OpBt, OpBtI:
					c.bt(in)
				case OpBswap:
					if in.Size == 8 {
						c.R[in.RM&15] = bits.ReverseBytes64(c.R[in.RM&15])
					} else if in.Size == 4 {
						c.setReg(in.RM, 4, uint64(bits.ReverseBytes32(uint32(c.R[in.RM&15]))))
					} else {
						c.setReg(in.RM, 2, 0) // bswap r16 is undefined; real CPUs give 0
					}
				case OpCmpxchg:
					acc := c.reg(RAX, in.Size)
					v := c.getE(in)
					c.setLazy(fSub, in.Size, acc-v, acc, v)
					if acc == v {
						c.setE(in, c.reg(in.Reg, in.Size))
					} else {
						// The destination is written back unchanged (a locked RMW).
						c.setE(in, v)
						c.setReg(RAX, in.Size, v)
					}
				case OpXadd:
					v := c.getE(in)
					s := c.reg(in.Reg, in.Size)
					r := v + s
					c.setLazy(fAdd, in.Size, r, v, s)
					c.setReg(in.Reg, in.Size, v)
					c.setE(in, r)
				case OpCmpxchg16:
					c.cmpxchg16(in)
				case OpShld, OpShrd:
					c.shd(in)
				case OpJrcxz:
					c.loop(in)
				case OpPushf:
					c.push(in.Size, c.Flags())
				case OpPopf:
					c.SetFlags(c.pop(in.Size))
				case OpSahf:
					f := c.Flags()&^0xff | (c.R[RAX]>>8)&(FlagCF|FlagPF|FlagAF|FlagZF|FlagSF)
					c.SetFlags(f)
				case OpLahf:
					c.R[RAX] = c.R[RAX]&^0xff00 | (c.Flags()&0xff)<<8
				case OpCmc:
					c.setCF(!c.cf())
				case OpClc:
					c.setCF(false)
				case OpStc:
					c.setCF(true)
				case OpCld:
					c.df = false
				case OpStd:
					c.df = true
				case OpSyscall:
					c.R[RCX] = in.Next
					c.R[R11] = c.Flags() | 0x200
				case OpCpuid:
					c.cpuid()
				case OpRdtsc, OpRdtscp:
					t := c.TSCBase + c.Icount*tscPerInstruction
					c.R[RAX], c.R[RDX] = t&0xffffffff, t>>32
					if in.Op == OpRdtscp {
						c.R[RCX] = 0
					}
				case OpXlat:
					a := c.R[RBX] + c.R[RAX]&0xff
					if in.Seg == SegFS {
						a += c.SegBase[SegFS]
					} else if in.Seg == SegGS {
						a += c.SegBase[SegGS]
					}
					c.setReg(RAX, 1, uint64(c.Mem.Read8(a)))
				case OpMovSeg:
					c.setE(in, 0)
				case OpHlt:
					panic(&cpuFault{stop: StopSegfault}) // privileged in ring 3: #GP -> SIGSEGV
				case OpUd2:
					panic(&cpuFault{stop: StopIllegal})
				case OpInt3:
					panic(&cpuFault{stop: StopTrap})
				case OpSSEImm:
					if in.Rep == pfx66 && !in.Mem {
						switch {
						case in.Sub == 0x70: // pshufd
							d := dwords(c.X[in.RM&15])
							imm := in.Imm
							c.X[in.Reg&15] = fromDwords([4]uint32{d[imm&3], d[imm>>2&3], d[imm>>4&3], d[imm>>6&3]})
							continue
						case in.Sub == 0x72 && (in.Reg&7 == 2 || in.Reg&7 == 6): // psrld/pslld imm
							op := uint8(0xd2)
							if in.Reg&7 == 6 {
								op = 0xf2
							}
							c.pshift(in.RM&15, op, in.Imm&0xff)
							continue
						}
					}
					c.sse(in)
				case OpLdmxcsr:
					c.MXCSR = c.Mem.Read32(c.ea(in))
				case OpStmxcsr:
					c.Mem.Write32(c.ea(in), c.MXCSR)
				case OpX87:
					c.x87(in)
				case OpIllegal, OpUndef:
					// Handled after the block.
				default:
					panic(&cpuFault{stop: StopIllegal})

				}
			}
		}
		c.curInsts = nil
		if partial {
			return StopBudget
		}
		if b.stops {
			switch last := &insts[n-1]; last.Op {
			case OpSyscall:
				return StopSyscall
			case OpIllegal, OpUndef:
				c.Icount--
				c.FaultRIP = last.Addr()
				c.RIP = c.FaultRIP
				return StopIllegal
			}
		}
		// Chain to the successor: the last taken one is checked inline.
		if nb := b.next[0]; nb != nil && nb.start == c.RIP && nb.valid {
			b = nb
		} else {
			b = c.next(b)
		}
	}
}

// fusedJcc evaluates the condition of a jump that directly follows an ALU
// op or test (so the lazy flags are never fRaw); small enough to inline.
func (c *CPU) fusedJcc(j *Inst) bool {
	if j.Sub&^1 != 4 {
		return c.cond(j.Sub)
	}
	return (c.fres == 0) != (j.Sub == 5) // je/jne: ZF is "result == 0"
}

// tscPerInstruction scales the retired-instruction count into the
// deterministic time-stamp counter.
const tscPerInstruction = 1

// alu performs ALU op sub on a and b; w reports whether the result is stored.
func (c *CPU) alu(sub, size uint8, a, b uint64) (uint64, bool) {
	var r uint64
	switch sub {
	case 0:
		r = a + b
		c.setLazy(fAdd, size, r, a, b)
	case 1:
		r = a | b
		c.setLazy(fLogic, size, r, 0, 0)
	case 2:
		cin := c.cf()
		r = a + b
		if cin {
			r++
		}
		c.fcarry = cin
		c.setLazy(fAdc, size, r, a, b)
	case 3:
		cin := c.cf()
		r = a - b
		if cin {
			r--
		}
		c.fcarry = cin
		c.setLazy(fSbb, size, r, a, b)
	case 4:
		r = a & b
		c.setLazy(fLogic, size, r, 0, 0)
	case 5:
		r = a - b
		c.setLazy(fSub, size, r, a, b)
	case 6:
		r = a ^ b
		c.setLazy(fLogic, size, r, 0, 0)
	default:
		c.setLazy(fSub, size, a-b, a, b)
		return 0, false
	}
	return r, true
}

func sext(v uint64, size uint8) int64 {
	sh := 64 - 8*uint(size)
	return int64(v<<sh) >> sh
}

func (c *CPU) shift(in *Inst) {
	var cnt uint64
	if in.Size2 == 1 {
		cnt = c.R[RCX] & 0xff
	} else {
		cnt = in.Imm
	}
	if in.Size == 8 {
		cnt &= 63
	} else {
		cnt &= 31
	}
	if cnt == 0 {
		// Flags are unchanged, but a 32-bit register operand is still
		// zero-extended.
		if !in.Mem && in.Size == 4 {
			c.setE(in, c.getE(in))
		}
		return
	}
	var a uint64
	var addr uint64
	if in.Mem {
		addr = c.ea(in)
		a = c.Mem.ReadN(addr, in.Size)
	} else {
		a = c.reg(in.RM, in.Size)
	}
	bitsz := uint64(in.Size) * 8
	m := sizeMask[in.Size]
	sb := signBit[in.Size]
	var r uint64
	if in.NoFlags && in.Sub != 2 && in.Sub != 3 {
		// Nobody reads the flags: compute the value only.
		switch in.Sub {
		case 4, 6:
			r = (a << cnt) & m
		case 5:
			r = a >> cnt
		case 7:
			r = uint64(sext(a, in.Size)>>cnt) & m
		case 0:
			rc := cnt % bitsz
			r = (a<<rc | a>>((bitsz-rc)%bitsz)) & m
		case 1:
			rc := cnt % bitsz
			r = (a>>rc | a<<((bitsz-rc)%bitsz)) & m
		}
		if in.Mem {
			c.Mem.WriteN(addr, in.Size, r)
		} else {
			c.setReg(in.RM, in.Size, r)
		}
		return
	}
	switch in.Sub {
	case 4, 6: // shl/sal
		var cf bool
		if cnt <= bitsz {
			cf = (a>>(bitsz-cnt))&1 != 0
		}
		if cnt >= 64 {
			r = 0
		} else {
			r = (a << cnt) & m
		}
		c.fcarry, c.fof = cf, (r&sb != 0) != cf
		c.setLazy(fRes, in.Size, r, 0, 0)
	case 5: // shr
		cf := cnt <= 64 && (a>>(cnt-1))&1 != 0
		if cnt >= 64 {
			r = 0
		} else {
			r = a >> cnt
		}
		c.fcarry, c.fof = cf, a&sb != 0
		c.setLazy(fRes, in.Size, r, 0, 0)
	case 7: // sar
		sa := sext(a, in.Size)
		sc := cnt
		if sc > 63 {
			sc = 63
		}
		cf := (sa>>(sc-1))&1 != 0
		r = uint64(sa>>sc) & m
		c.fcarry, c.fof = cf, false
		c.setLazy(fRes, in.Size, r, 0, 0)
	case 0, 1: // rol, ror
		rc := cnt % bitsz
		if in.Sub == 0 {
			r = (a<<rc | a>>((bitsz-rc)%bitsz)) & m
			if rc == 0 {
				r = a
			}
			cf := r&1 != 0
			c.setCFOF(cf, (r&sb != 0) != cf)
		} else {
			r = (a>>rc | a<<((bitsz-rc)%bitsz)) & m
			if rc == 0 {
				r = a
			}
			msb := r&sb != 0
			c.setCFOF(msb, msb != (r&(sb>>1) != 0))
		}
	case 2, 3: // rcl, rcr: rotate through carry, one bit at a time
		n := cnt
		if in.Size < 4 {
			n = cnt % (bitsz + 1)
		}
		cf := c.cf()
		r = a
		for i := uint64(0); i < n; i++ {
			if in.Sub == 2 {
				out := r&sb != 0
				r = (r<<1)&m | b2u(cf)
				cf = out
			} else {
				out := r&1 != 0
				r = r>>1 | b2u(cf)*sb
				cf = out
			}
		}
		var of bool
		if in.Sub == 2 {
			of = (r&sb != 0) != cf
		} else {
			of = (r&sb != 0) != (r&(sb>>1) != 0)
		}
		c.setCFOF(cf, of)
	}
	if in.Mem {
		c.Mem.WriteN(addr, in.Size, r)
	} else {
		c.setReg(in.RM, in.Size, r)
	}
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// setCFOF sets CF and OF and keeps the other flags.
func (c *CPU) setCFOF(cf, of bool) {
	f := c.Flags() &^ (FlagCF | FlagOF)
	if cf {
		f |= FlagCF
	}
	if of {
		f |= FlagOF
	}
	c.SetFlags(f)
}

func (c *CPU) mul1(in *Inst) {
	src := c.getE(in)
	signed := in.Op == OpImul1
	var hi, lo uint64
	var overflow bool
	switch in.Size {
	case 8:
		a := c.R[RAX]
		hi, lo = bits.Mul64(a, src)
		if signed {
			if int64(a) < 0 {
				hi -= src
			}
			if int64(src) < 0 {
				hi -= a
			}
			overflow = hi != uint64(int64(lo)>>63)
		} else {
			overflow = hi != 0
		}
		c.R[RAX], c.R[RDX] = lo, hi
	default:
		a := c.reg(RAX, in.Size)
		var p uint64
		if signed {
			p = uint64(sext(a, in.Size) * sext(src, in.Size))
			overflow = sext(p, in.Size) != int64(p)
		} else {
			p = a * src
			overflow = p>>(8*in.Size) != 0
		}
		lo = p & sizeMask[in.Size]
		switch in.Size {
		case 1:
			c.setReg(RAX, 2, p)
		case 2:
			c.setReg(RAX, 2, p)
			c.setReg(RDX, 2, p>>16)
		case 4:
			c.setReg(RAX, 4, p)
			c.setReg(RDX, 4, p>>32)
		}
	}
	c.fcarry, c.fof = overflow, overflow
	c.setLazy(fRes, in.Size, lo, 0, 0)
}

func (c *CPU) imul(in *Inst, a, b uint64) {
	var r uint64
	var overflow bool
	if in.Size == 8 {
		hi, lo := bits.Mul64(a, b)
		if int64(a) < 0 {
			hi -= b
		}
		if int64(b) < 0 {
			hi -= a
		}
		r = lo
		overflow = hi != uint64(int64(lo)>>63)
	} else {
		p := sext(a, in.Size) * sext(b, in.Size)
		r = uint64(p)
		overflow = sext(r, in.Size) != p
	}
	c.fcarry, c.fof = overflow, overflow
	c.setLazy(fRes, in.Size, r, 0, 0)
	c.setReg(in.Reg, in.Size, r)
}

func divFault() { panic(&cpuFault{stop: StopDivide}) }

func (c *CPU) div(in *Inst) {
	d := c.getE(in)
	if d == 0 {
		divFault()
	}
	if in.Op == OpDiv {
		switch in.Size {
		case 8:
			if c.R[RDX] >= d {
				divFault()
			}
			q, r := bits.Div64(c.R[RDX], c.R[RAX], d)
			c.R[RAX], c.R[RDX] = q, r
		case 4:
			n := c.R[RDX]<<32 | c.R[RAX]&0xffffffff
			q := n / d
			if q > 0xffffffff {
				divFault()
			}
			c.setReg(RAX, 4, q)
			c.setReg(RDX, 4, n%d)
		case 2:
			n := (c.R[RDX]&0xffff)<<16 | c.R[RAX]&0xffff
			q := n / d
			if q > 0xffff {
				divFault()
			}
			c.setReg(RAX, 2, q)
			c.setReg(RDX, 2, n%d)
		default:
			n := c.R[RAX] & 0xffff
			q := n / d
			if q > 0xff {
				divFault()
			}
			c.setReg(RAX, 2, (n%d)<<8|q)
		}
		return
	}
	sd := sext(d, in.Size)
	switch in.Size {
	case 8:
		hi, lo := c.R[RDX], c.R[RAX]
		neg := int64(hi) < 0
		if neg {
			lo = -lo
			hi = ^hi
			if lo == 0 {
				hi++
			}
		}
		ud := uint64(sd)
		if sd < 0 {
			ud = uint64(-sd)
		}
		if hi >= ud {
			divFault()
		}
		q, r := bits.Div64(hi, lo, ud)
		qneg := neg != (sd < 0)
		if qneg {
			if q > 1<<63 {
				divFault()
			}
			q = -q
		} else if q >= 1<<63 {
			divFault()
		}
		if neg {
			r = -r
		}
		c.R[RAX], c.R[RDX] = q, r
	case 4:
		n := int64(c.R[RDX]<<32 | c.R[RAX]&0xffffffff)
		q := n / sd
		if q != int64(int32(q)) || (n == -1<<63 && sd == -1) {
			divFault()
		}
		c.setReg(RAX, 4, uint64(q))
		c.setReg(RDX, 4, uint64(n%sd))
	case 2:
		n := int64(int32(uint32((c.R[RDX]&0xffff)<<16 | c.R[RAX]&0xffff)))
		q := n / sd
		if q != int64(int16(q)) {
			divFault()
		}
		c.setReg(RAX, 2, uint64(q))
		c.setReg(RDX, 2, uint64(n%sd))
	default:
		n := int64(int16(c.R[RAX]))
		q := n / sd
		if q != int64(int8(q)) {
			divFault()
		}
		c.setReg(RAX, 2, uint64(n%sd)<<8|uint64(q)&0xff)
	}
}

func (c *CPU) bitscan(in *Inst) {
	v := c.getE(in)
	n := uint(in.Size) * 8
	switch in.Op {
	case OpBsf, OpBsr:
		f := c.Flags() &^ FlagZF
		if v == 0 {
			// Destination unchanged (AMD and Intel in practice); ZF set.
			c.SetFlags(f | FlagZF)
			return
		}
		var r uint64
		if in.Op == OpBsf {
			r = uint64(bits.TrailingZeros64(v))
		} else {
			r = uint64(63 - bits.LeadingZeros64(v))
		}
		c.SetFlags(f)
		c.setReg(in.Reg, in.Size, r)
	case OpTzcnt, OpLzcnt:
		var r uint64
		if in.Op == OpTzcnt {
			r = uint64(bits.TrailingZeros64(v))
			if r > uint64(n) {
				r = uint64(n)
			}
		} else {
			r = uint64(bits.LeadingZeros64(v)) - uint64(64-n)
		}
		f := c.Flags() &^ (FlagCF | FlagZF)
		if v == 0 {
			f |= FlagCF
		}
		if r == 0 {
			f |= FlagZF
		}
		c.SetFlags(f)
		c.setReg(in.Reg, in.Size, r)
	case OpPopcnt:
		r := uint64(bits.OnesCount64(v))
		var f uint64
		if v == 0 {
			f = FlagZF
		}
		c.SetFlags(c.Flags()&^arithFlags | f)
		c.setReg(in.Reg, in.Size, r)
	}
}

func (c *CPU) bt(in *Inst) {
	n := uint64(in.Size) * 8
	var off int64
	if in.Op == OpBtI {
		off = int64(in.Imm % n)
	} else {
		off = sext(c.reg(in.Reg, in.Size), in.Size)
	}
	var v, addr uint64
	if in.Mem {
		addr = c.ea(in)
		if in.Op == OpBt {
			// A register bit offset addresses memory beyond the operand.
			addr += uint64(off>>3) &^ (uint64(in.Size) - 1)
			off &= int64(n - 1)
		}
		v = c.Mem.ReadN(addr, in.Size)
	} else {
		off &= int64(n - 1)
		v = c.reg(in.RM, in.Size)
	}
	bit := uint64(1) << uint(off)
	if !in.NoFlags {
		f := c.Flags() &^ FlagCF
		if v&bit != 0 {
			f |= FlagCF
		}
		c.SetFlags(f)
	}
	switch in.Sub {
	case 0:
		return
	case 1:
		v |= bit
	case 2:
		v &^= bit
	case 3:
		v ^= bit
	}
	if in.Mem {
		c.Mem.WriteN(addr, in.Size, v)
	} else {
		c.setReg(in.RM, in.Size, v)
	}
}

func (c *CPU) cmpxchg16(in *Inst) {
	a := c.ea(in)
	f := c.Flags() &^ FlagZF
	if in.Size == 8 {
		lo, hi := c.Mem.Read64(a), c.Mem.Read64(a+8)
		if lo == c.R[RAX] && hi == c.R[RDX] {
			c.Mem.Write64(a, c.R[RBX])
			c.Mem.Write64(a+8, c.R[RCX])
			f |= FlagZF
		} else {
			c.R[RAX], c.R[RDX] = lo, hi
		}
	} else {
		v := c.Mem.Read64(a)
		if v == c.R[RDX]<<32|c.R[RAX]&0xffffffff {
			c.Mem.Write64(a, c.R[RCX]<<32|c.R[RBX]&0xffffffff)
			f |= FlagZF
		} else {
			c.R[RAX], c.R[RDX] = v&0xffffffff, v>>32
		}
	}
	c.SetFlags(f)
}

func (c *CPU) shd(in *Inst) {
	var cnt uint64
	if in.Size2 == 1 {
		cnt = c.R[RCX]
	} else {
		cnt = in.Imm
	}
	if in.Size == 8 {
		cnt &= 63
	} else {
		cnt &= 31
	}
	if cnt == 0 {
		if !in.Mem && in.Size == 4 {
			c.setE(in, c.getE(in))
		}
		return
	}
	n := uint64(in.Size) * 8
	a := c.getE(in)
	b := c.reg(in.Reg, in.Size)
	m := sizeMask[in.Size]
	var r uint64
	var cf bool
	if in.Size == 2 && cnt > 16 {
		// Undefined result on hardware; model as a 32-bit-wide funnel.
		cnt &= 15
		if cnt == 0 {
			return
		}
	}
	if in.Op == OpShld {
		r = (a<<cnt | b>>(n-cnt)) & m
		cf = (a>>(n-cnt))&1 != 0
	} else {
		r = (a>>cnt | b<<(n-cnt)) & m
		cf = (a>>(cnt-1))&1 != 0
	}
	c.fcarry = cf
	c.fof = (r^a)&signBit[in.Size] != 0
	c.setLazy(fRes, in.Size, r, 0, 0)
	c.setE(in, r)
}

func (c *CPU) loop(in *Inst) {
	cnt := c.R[RCX]
	if in.Addr32 {
		cnt &= 0xffffffff
	}
	if in.Sub == 0 {
		if cnt == 0 {
			c.RIP = in.Imm
		}
		return
	}
	cnt--
	if in.Addr32 {
		c.setReg(RCX, 4, cnt)
	} else {
		c.R[RCX] = cnt
	}
	take := cnt != 0
	switch in.Sub {
	case 2:
		take = take && c.zf()
	case 3:
		take = take && !c.zf()
	}
	if take {
		c.RIP = in.Imm
	}
}

// str runs one string instruction, including its rep loop.
func (c *CPU) str(in *Inst) {
	size := uint64(in.Size)
	step := size
	if c.df {
		step = -size
	}
	mask := ^uint64(0)
	if in.Addr32 {
		mask = 0xffffffff
	}
	var srcSeg uint64
	switch in.Sub {
	case SegFS:
		srcSeg = c.SegBase[SegFS]
	case SegGS:
		srcSeg = c.SegBase[SegGS]
	}
	rep := in.Rep != RepNone
	if rep && c.R[RCX]&mask == 0 {
		return
	}
	switch in.Op {
	case OpMovs:
		if rep && !c.df && in.Sub == segNone && !in.Addr32 {
			c.repMovsFast(size)
			return
		}
		for {
			v := c.Mem.ReadN(c.R[RSI]&mask+srcSeg, in.Size)
			c.Mem.WriteN(c.R[RDI]&mask, in.Size, v)
			c.R[RSI] = c.R[RSI]&^mask | (c.R[RSI]+step)&mask
			c.R[RDI] = c.R[RDI]&^mask | (c.R[RDI]+step)&mask
			if !rep || c.repDone(mask) {
				return
			}
		}
	case OpStos:
		if rep && !c.df && !in.Addr32 {
			c.repStosFast(size)
			return
		}
		v := c.R[RAX]
		for {
			c.Mem.WriteN(c.R[RDI]&mask, in.Size, v)
			c.R[RDI] = c.R[RDI]&^mask | (c.R[RDI]+step)&mask
			if !rep || c.repDone(mask) {
				return
			}
		}
	case OpLods:
		for {
			c.setReg(RAX, in.Size, c.Mem.ReadN(c.R[RSI]&mask+srcSeg, in.Size))
			c.R[RSI] = c.R[RSI]&^mask | (c.R[RSI]+step)&mask
			if !rep || c.repDone(mask) {
				return
			}
		}
	case OpCmps:
		for {
			a := c.Mem.ReadN(c.R[RSI]&mask+srcSeg, in.Size)
			b := c.Mem.ReadN(c.R[RDI]&mask, in.Size)
			c.setLazy(fSub, in.Size, a-b, a, b)
			c.R[RSI] = c.R[RSI]&^mask | (c.R[RSI]+step)&mask
			c.R[RDI] = c.R[RDI]&^mask | (c.R[RDI]+step)&mask
			if !rep || c.repDone(mask) || (in.Rep == RepF3) != (a == b) {
				return
			}
		}
	case OpScas:
		a := c.reg(RAX, in.Size)
		for {
			b := c.Mem.ReadN(c.R[RDI]&mask, in.Size)
			c.setLazy(fSub, in.Size, a-b, a, b)
			c.R[RDI] = c.R[RDI]&^mask | (c.R[RDI]+step)&mask
			if !rep || c.repDone(mask) || (in.Rep == RepF3) != (a == b) {
				return
			}
		}
	}
}

// repDone decrements rCX for one rep iteration and reports whether it hit 0.
// Each iteration is metered; when the budget runs out mid-instruction the
// rep is interrupted as hardware interrupts it (registers describe the
// remaining work, RIP stays on the instruction) and resumes on the next Run.
func (c *CPU) repDone(mask uint64) bool {
	n := (c.R[RCX] - 1) & mask
	c.R[RCX] = c.R[RCX]&^mask | n
	c.Icount++
	if n != 0 && c.Icount >= c.Limit {
		panic(&cpuFault{stop: StopBudget})
	}
	return n == 0
}

// repMovsFast copies forward in page-sized chunks when that is equivalent to
// the element-by-element copy (no destination byte is read after written).
func (c *CPU) repMovsFast(size uint64) {
	for c.R[RCX] != 0 {
		if c.Icount >= c.Limit {
			panic(&cpuFault{stop: StopBudget})
		}
		src, dst := c.R[RSI], c.R[RDI]
		total := min(c.R[RCX], c.Limit-c.Icount) * size
		if c.R[RCX] > 1<<40 || (dst > src && dst < src+total) {
			v := c.Mem.ReadN(src, uint8(size))
			c.Mem.WriteN(dst, uint8(size), v)
			c.R[RSI] += size
			c.R[RDI] += size
			c.R[RCX]--
			c.Icount++
			continue
		}
		// Largest chunk that stays inside one source and one destination page.
		n := min(total, 4096-src&4095, 4096-dst&4095)
		n -= n % size
		if n == 0 {
			n = size
			v := c.Mem.ReadN(src, uint8(size))
			c.Mem.WriteN(dst, uint8(size), v)
		} else {
			var tmp [4096]byte
			c.Mem.ReadBytes(src, tmp[:n])
			c.Mem.WriteBytes(dst, tmp[:n])
		}
		c.R[RSI] += n
		c.R[RDI] += n
		c.R[RCX] -= n / size
		c.Icount += n / size
	}
	c.Icount-- // the first iteration was counted by Run
}

func (c *CPU) repStosFast(size uint64) {
	var tmp [4096]byte
	v := c.R[RAX]
	for i := uint64(0); i < 4096; i++ {
		tmp[i] = byte(v >> (8 * (i % size)))
	}
	for c.R[RCX] != 0 {
		if c.Icount >= c.Limit {
			panic(&cpuFault{stop: StopBudget})
		}
		dst := c.R[RDI]
		total := min(c.R[RCX], c.Limit-c.Icount, 1<<40) * size
		n := min(total, 4096-dst&4095)
		n -= n % size
		if n == 0 {
			c.Mem.WriteN(dst, uint8(size), v)
			n = size
		} else {
			c.Mem.WriteBytes(dst, tmp[:n])
		}
		c.R[RDI] += n
		c.R[RCX] -= n / size
		c.Icount += n / size
	}
	c.Icount--
}

// CPUID feature bits reported: only what this emulator implements.
const (
	cpuid1EDX = 1<<0 | 1<<4 | 1<<8 | 1<<15 | 1<<23 | 1<<24 | 1<<25 | 1<<26 // fpu tsc cx8 cmov mmx fxsr sse sse2
	cpuid1ECX = 1<<13 | 1<<23                                              // cx16 popcnt
	// HWCAP is what Linux puts in AT_HWCAP (cpuid 1 edx).
	HWCAP = cpuid1EDX
)

func (c *CPU) cpuid() {
	leaf, sub := uint32(c.R[RAX]), uint32(c.R[RCX])
	var a, b, cx, d uint32
	str := func(s string) (uint32, uint32, uint32, uint32) {
		var w [4]uint32
		for i := 0; i < 16 && i < len(s); i++ {
			w[i/4] |= uint32(s[i]) << (8 * (i % 4))
		}
		return w[0], w[1], w[2], w[3]
	}
	switch leaf {
	case 0:
		a, b, d, cx = 7, 0x756e6547, 0x49656e69, 0x6c65746e // "GenuineIntel"
	case 1:
		a, b, cx, d = 0x000506e3, 0x00010800, cpuid1ECX, cpuid1EDX
	case 2:
		a = 0x0000ff01 // "use leaf 4 for cache parameters"
	case 4:
		// Deterministic cache parameters: 32K L1d/L1i, 1M L2, 32M L3.
		caches := [][4]uint32{
			{1 | 1<<5 | 1<<8, 7<<22 | 63, 63, 0},
			{2 | 1<<5 | 1<<8, 7<<22 | 63, 63, 0},
			{3 | 2<<5 | 1<<8, 15<<22 | 63, 1023, 0},
			{3 | 3<<5 | 1<<8, 15<<22 | 63, 32767, 0},
		}
		if int(sub) < len(caches) {
			a, b, cx, d = caches[sub][0], caches[sub][1], caches[sub][2], caches[sub][3]
		}
	case 7:
		if sub == 0 {
			b = 1 << 9 // erms: rep movsb/stosb are fast here too
		}
	case 0x80000000:
		a = 0x80000008
	case 0x80000001:
		cx = 1<<0 | 1<<5 // lahf/sahf in 64-bit mode, lzcnt
		d = 1<<11 | 1<<20 | 1<<29
	case 0x80000002:
		a, b, cx, d = str("Blockless x86-64")
	case 0x80000003:
		a, b, cx, d = str(" emulator")
	case 0x80000006:
		cx = 1024<<16 | 6<<12 | 64
	case 0x80000008:
		a = 0x3030
	}
	c.R[RAX], c.R[RBX], c.R[RCX], c.R[RDX] = uint64(a), uint64(b), uint64(cx), uint64(d)
}
