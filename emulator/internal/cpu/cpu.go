// Package cpu interprets x86-64 user-mode code. Instructions are decoded once
// into Inst values grouped in basic blocks (cached per start address and
// invalidated when their code page is written); one handler per Op holds
// the semantics, so a later translator can reuse the decoder and use the
// interpreter as its oracle. Arithmetic flags are computed lazily from the
// last flag-setting operation.
package cpu

import (
	"fmt"
	"runtime"

	"github.com/blockless/avs/emulator/internal/mem"
)

// Register numbers.
const (
	RAX = iota
	RCX
	RDX
	RBX
	RSP
	RBP
	RSI
	RDI
	R8
	R9
	R10
	R11
	R12
	R13
	R14
	R15
)

// Stop says why Run returned.
type Stop int

// Stop reasons.
const (
	StopNone     Stop = iota
	StopSyscall       // a syscall instruction executed; RIP is past it
	StopBudget        // the instruction budget is used up
	StopIllegal       // undecodable/unimplemented instruction at FaultRIP (SIGILL)
	StopSegfault      // bad memory access (SIGSEGV); FaultAddr says where
	StopDivide        // divide error (SIGFPE)
	StopTrap          // int3 (SIGTRAP)
	StopOOM           // guest memory limit reached
	StopInternal      // emulator bug caught by recover; Err says what
)

func (s Stop) String() string {
	return [...]string{"none", "syscall", "budget-exhausted", "illegal-instruction", "segfault",
		"divide-error", "trap", "out-of-memory", "internal-error"}[s]
}

// Lazy flag kinds: how to derive CF/PF/AF/ZF/SF/OF from fres/fs1/fs2.
const (
	fRaw   = iota // flags are in rflags
	fAdd          // res = s1 + s2
	fAdc          // res = s1 + s2 + fcarry
	fSub          // res = s1 - s2
	fSbb          // res = s1 - s2 - fcarry
	fLogic        // CF = OF = AF = 0
	fInc          // res = s1 + 1, CF = fcarry
	fDec          // res = s1 - 1, CF = fcarry
	fRes          // ZF/SF/PF from res, CF = fcarry, OF = fof, AF = 0
)

// RFLAGS bits.
const (
	FlagCF = 1 << 0
	FlagPF = 1 << 2
	FlagAF = 1 << 4
	FlagZF = 1 << 6
	FlagSF = 1 << 7
	FlagDF = 1 << 10
	FlagOF = 1 << 11
	FlagID = 1 << 21

	arithFlags = FlagCF | FlagPF | FlagAF | FlagZF | FlagSF | FlagOF
)

var sizeMask = [16]uint64{1: 0xff, 2: 0xffff, 4: 0xffffffff, 8: ^uint64(0)}
var signBit = [16]uint64{1: 0x80, 2: 0x8000, 4: 0x80000000, 8: 1 << 63}

// CPU is the architectural state plus the decoded-block cache.
type CPU struct {
	// R[0..15] are the general registers (RAX..R15). R[16..31] always read
	// as zero: the decoder encodes an absent base or index register as 16
	// so effective addresses need no branches.
	R   [32]uint64
	RIP uint64
	// SegBase[SegFS] and SegBase[SegGS] are the FS and GS bases (arch_prctl);
	// SegBase[0] is the zero base of every other segment.
	SegBase [4]uint64
	X       [16][2]uint64 // xmm registers, low quadword first
	MXCSR   uint32
	FPU     FPU

	// Lazy flags.
	fop    uint8
	fsize  uint8
	fcarry bool
	fof    bool
	fres   uint64
	fs1    uint64
	fs2    uint64
	rflags uint64 // arithmetic flags when fop == fRaw, plus ID
	df     bool

	Mem *mem.Memory

	// Icount is the number of guest instructions retired (rep iterations
	// count one each).
	Icount uint64
	// Limit is the Icount at which Run stops with StopBudget.
	Limit uint64
	// TSCBase is added to Icount for rdtsc.
	TSCBase uint64

	FaultRIP  uint64
	FaultAddr uint64
	Err       string

	// Trace, when set before the first Run, is called before each
	// instruction (debugging; blocks are then one instruction long).
	Trace func(c *CPU, in *Inst)

	// JIT, when set before the first Run, translates hot code to wasm
	// and runs it through the host (xlate.go).
	JIT Backend
	// XStats counts translator activity.
	XStats XStats
	xs     *XState
	xcount int
	xpages map[uint64][]*region
	xmap   xmap  // the dispatcher's address-to-entry map
	xdisp  int32 // dispatcher handle+1; 0 not compiled yet, -1 failed

	blocks    map[uint64]*block
	dm        [1 << 12]*block
	pageIndex map[uint64][]*block
	buf       [16]byte
	cur       int    // index of the executing instruction in curInsts
	curInsts  []Inst // the executing block (nil between blocks)
}

type block struct {
	start uint64
	insts []Inst
	valid bool
	stops bool // the last instruction ends execution (syscall, illegal)
	next  [2]*block
	slot  uint8
	hits  uint32  // executions while not translated
	tries uint8   // regions of this block retired so far
	xr    *region // translated region holding this block, if any
	xi    int32   // index of this block in xr
	// targets are the first addresses an indirect jump or call ending
	// this block went to while interpreted (at most maxTargets): a region
	// formed around the block includes them, so a switch's jump table
	// stays inside the region instead of leaving through the dispatcher.
	targets []uint64
}

// maxTargets bounds the indirect-branch targets kept per block.
const maxTargets = 32

// noteTarget records an indirect branch from b to t.
func (b *block) noteTarget(t uint64) {
	if len(b.targets) >= maxTargets {
		return
	}
	for _, x := range b.targets {
		if x == t {
			return
		}
	}
	b.targets = append(b.targets, t)
}

// New returns a CPU over m with Linux's initial register state.
func New(m *mem.Memory) *CPU {
	c := &CPU{Mem: m, MXCSR: 0x1f80, blocks: make(map[uint64]*block), pageIndex: make(map[uint64][]*block)}
	c.FPU.reset()
	c.rflags = 0x202 &^ 0x200 // IF is not modelled; bit 1 is added when read
	m.OnCodeWrite = c.invalidatePage
	return c
}

func (c *CPU) invalidatePage(pn uint64) {
	for _, b := range c.pageIndex[pn] {
		if b.valid {
			b.valid = false
			delete(c.blocks, b.start)
			if c.dm[dmIndex(b.start)] == b {
				c.dm[dmIndex(b.start)] = nil
			}
		}
	}
	delete(c.pageIndex, pn)
	if c.xpages != nil {
		c.dropRegions(pn)
	}
}

func dmIndex(a uint64) uint64 { return (a ^ a>>12) & (1<<12 - 1) }

// lookup returns the decoded block starting at addr, decoding it if needed.
func (c *CPU) lookup(addr uint64) *block {
	i := dmIndex(addr)
	if b := c.dm[i]; b != nil && b.start == addr {
		return b
	}
	b := c.blocks[addr]
	if b == nil {
		b = c.decodeBlock(addr)
	}
	c.dm[i] = b
	return b
}

const maxBlockInsts = 64

func (c *CPU) decodeBlock(addr uint64) *block {
	b := &block{start: addr, valid: true}
	a := addr
	pages := map[uint64]bool{}
	limit := maxBlockInsts
	if c.Trace != nil {
		limit = 1 // so that Trace, called per block, sees every instruction
	}
	for len(b.insts) < limit {
		n := c.Mem.Fetch(a, c.buf[:15])
		pages[a>>12] = true
		in, ok := Decode(c.buf[:n], a)
		if !ok {
			in = Inst{Op: OpIllegal, Len: 0, Next: a, Base: NoReg, Index: NoReg, AMask: ^uint64(0)}
		} else if in.Next-1>>12 != a>>12 {
			pages[(in.Next-1)>>12] = true
		}
		b.insts = append(b.insts, in)
		if in.terminator() {
			break
		}
		a = in.Next
	}
	markDeadFlags(b.insts)
	if k := len(b.insts); k >= 2 && b.insts[k-1].Op == OpJcc {
		switch p := &b.insts[k-2]; p.Op {
		case OpALUEG, OpALUGE, OpALUEI, OpTestEG, OpTestEI:
			p.FuseJcc = true
		}
	}
	switch b.insts[len(b.insts)-1].Op {
	case OpSyscall, OpIllegal, OpUndef:
		b.stops = true
	}
	c.blocks[addr] = b
	for pn := range pages {
		c.pageIndex[pn] = append(c.pageIndex[pn], b)
	}
	return b
}

// cpuFault is panicked by handlers for faults that end execution.
type cpuFault struct {
	stop Stop
	addr uint64
}

// Run executes until a syscall, a fault, or the budget; see Stop.
func (c *CPU) Run() (stop Stop) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		var in *Inst
		if c.curInsts != nil {
			in = &c.curInsts[c.cur]
			c.FaultRIP = in.Addr()
			c.RIP = c.FaultRIP
			// The block's instructions were counted up front; the faulting
			// one and those after it did not retire. A rep instruction
			// interrupted by the budget did (part of) its work and stays
			// counted, so metering always makes progress.
			undo := uint64(len(c.curInsts) - c.cur)
			if f, ok := r.(*cpuFault); ok && f.stop == StopBudget {
				undo--
			}
			c.Icount -= undo
			c.curInsts = nil
		}
		switch f := r.(type) {
		case *mem.Fault:
			stop, c.FaultAddr = StopSegfault, f.Addr
			if f.Exec && in == nil {
				c.FaultRIP = f.Addr
			}
		case *mem.OOM:
			stop = StopOOM
		case *cpuFault:
			stop, c.FaultAddr = f.stop, f.addr
		case runtime.Error:
			stop, c.Err = StopInternal, f.Error()
		default:
			stop, c.Err = StopInternal, fmt.Sprint(r)
		}
	}()
	return c.execBlocks(c.lookup(c.RIP))
}

// next returns the block at c.RIP, following the chain of recently taken
// successors of b before the caches.
func (c *CPU) next(b *block) *block {
	rip := c.RIP
	nb := b.next[0]
	if nb == nil || nb.start != rip || !nb.valid {
		nb = b.next[1]
		if nb == nil || nb.start != rip || !nb.valid {
			nb = c.lookup(rip)
			b.next[b.slot] = nb
			b.slot ^= 1
		}
	}
	return nb
}

// ---- registers ----

// reg reads register operand r (0..15, or 16..19 for AH, CH, DH, BH) at
// size bytes, without branches: high-byte registers are register r&15
// shifted right by 8.
func (c *CPU) reg(r, size uint8) uint64 {
	return (c.R[r&15] >> ((r >> 4) << 3)) & sizeMask[size&15]
}

// setReg writes register operand r: 32-bit writes zero-extend to 64 bits,
// 8- and 16-bit writes merge (clearMask says which bits are replaced).
func (c *CPU) setReg(r, size uint8, v uint64) {
	sh := (r >> 4) << 3
	c.R[r&15] = c.R[r&15]&^(clearMask[size&15]<<sh) | (v&sizeMask[size&15])<<sh
}

var clearMask = [16]uint64{1: 0xff, 2: 0xffff, 4: ^uint64(0), 8: ^uint64(0)}

func (c *CPU) ea(in *Inst) uint64 {
	a := (uint64(in.Disp) + c.R[in.Base&31] + c.R[in.Index&31]<<in.Scale) & in.AMask
	return a + c.SegBase[in.Seg&3]
}

// getE reads the E operand at the instruction's size.
func (c *CPU) getE(in *Inst) uint64 {
	if in.Mem {
		a := c.ea(in)
		if v, ok := c.Mem.TryLoad(a, in.Size); ok {
			return v
		}
		return c.Mem.ReadN(a, in.Size)
	}
	return c.reg(in.RM, in.Size)
}

func (c *CPU) setE(in *Inst, v uint64) {
	if in.Mem {
		if a := c.ea(in); !c.Mem.TryStore(a, in.Size, v) {
			c.Mem.WriteN(a, in.Size, v)
		}
		return
	}
	c.setReg(in.RM, in.Size, v)
}

func (c *CPU) push(size uint8, v uint64) {
	sp := c.R[RSP] - uint64(size)
	c.Mem.WriteN(sp, size, v)
	c.R[RSP] = sp
}

func (c *CPU) pop(size uint8) uint64 {
	v := c.Mem.ReadN(c.R[RSP], size)
	c.R[RSP] += uint64(size)
	return v
}

// ---- flags ----

func (c *CPU) setLazy(op, size uint8, res, s1, s2 uint64) {
	m := sizeMask[size]
	c.fop, c.fsize, c.fres, c.fs1, c.fs2 = op, size, res&m, s1&m, s2&m
}

func parity(v uint64) bool {
	v &= 0xff
	v ^= v >> 4
	v ^= v >> 2
	v ^= v >> 1
	return v&1 == 0
}

func (c *CPU) cf() bool {
	switch c.fop {
	case fAdd:
		return c.fres < c.fs1
	case fAdc:
		return c.fres < c.fs1 || (c.fcarry && c.fres == c.fs1)
	case fSub:
		return c.fs1 < c.fs2
	case fSbb:
		return c.fs1 < c.fs2 || (c.fcarry && c.fs1 == c.fs2)
	case fLogic:
		return false
	case fInc, fDec, fRes:
		return c.fcarry
	}
	return c.rflags&FlagCF != 0
}

func (c *CPU) zf() bool {
	if c.fop == fRaw {
		return c.rflags&FlagZF != 0
	}
	return c.fres == 0
}

func (c *CPU) sf() bool {
	if c.fop == fRaw {
		return c.rflags&FlagSF != 0
	}
	return c.fres&signBit[c.fsize] != 0
}

func (c *CPU) pf() bool {
	if c.fop == fRaw {
		return c.rflags&FlagPF != 0
	}
	return parity(c.fres)
}

func (c *CPU) of() bool {
	sb := signBit[c.fsize]
	switch c.fop {
	case fAdd, fAdc:
		return (c.fs1^c.fres)&(c.fs2^c.fres)&sb != 0
	case fSub, fSbb:
		return (c.fs1^c.fs2)&(c.fs1^c.fres)&sb != 0
	case fLogic:
		return false
	case fInc:
		return c.fres == sb
	case fDec:
		return c.fres == sb-1
	case fRes:
		return c.fof
	}
	return c.rflags&FlagOF != 0
}

func (c *CPU) af() bool {
	switch c.fop {
	case fAdd, fAdc, fSub, fSbb:
		return (c.fs1^c.fs2^c.fres)&0x10 != 0
	case fInc:
		return c.fres&0xf == 0
	case fDec:
		return c.fres&0xf == 0xf
	case fLogic, fRes:
		return false
	}
	return c.rflags&FlagAF != 0
}

// Flags returns RFLAGS.
func (c *CPU) Flags() uint64 {
	f := c.rflags&^arithFlags | 2
	if c.cf() {
		f |= FlagCF
	}
	if c.pf() {
		f |= FlagPF
	}
	if c.af() {
		f |= FlagAF
	}
	if c.zf() {
		f |= FlagZF
	}
	if c.sf() {
		f |= FlagSF
	}
	if c.of() {
		f |= FlagOF
	}
	if c.df {
		f |= FlagDF
	}
	return f
}

// SetFlags sets RFLAGS (arithmetic flags, DF and ID; the rest is not modelled).
func (c *CPU) SetFlags(f uint64) {
	c.fop = fRaw
	c.rflags = f & (arithFlags | FlagID)
	c.df = f&FlagDF != 0
}

func (c *CPU) setCF(v bool) {
	f := c.Flags()
	if v {
		f |= FlagCF
	} else {
		f &^= FlagCF
	}
	c.SetFlags(f)
}

// cond evaluates condition code cc (the low nibble of Jcc/SETcc/CMOVcc).
func (c *CPU) cond(cc uint8) bool {
	if c.fop == fSub {
		// Fast path for cmp/sub: compare the operands directly.
		s1, s2 := c.fs1, c.fs2
		switch cc {
		case 2:
			return s1 < s2
		case 3:
			return s1 >= s2
		case 4:
			return s1 == s2
		case 5:
			return s1 != s2
		case 6:
			return s1 <= s2
		case 7:
			return s1 > s2
		case 12, 13, 14, 15:
			sh := 64 - 8*uint(c.fsize)
			a, b := int64(s1<<sh)>>sh, int64(s2<<sh)>>sh
			switch cc {
			case 12:
				return a < b
			case 13:
				return a >= b
			case 14:
				return a <= b
			}
			return a > b
		}
	}
	var r bool
	switch cc >> 1 {
	case 0:
		r = c.of()
	case 1:
		r = c.cf()
	case 2:
		r = c.zf()
	case 3:
		r = c.cf() || c.zf()
	case 4:
		r = c.sf()
	case 5:
		r = c.pf()
	case 6:
		r = c.sf() != c.of()
	case 7:
		r = c.zf() || c.sf() != c.of()
	}
	return r != (cc&1 != 0)
}
