package cpu

import (
	"fmt"
	"sort"
	"unsafe"

	"github.com/blockless/avs/emulator/internal/mem"
	"github.com/blockless/avs/emulator/internal/wasmgen"
)

// Translation of hot code to WebAssembly.
//
// When a block has run hotThreshold times, the blocks reachable from it by
// direct branches (among those already decoded, so forming a region has no
// side effect on guest memory) become one wasm function. The host compiles
// it (Backend) and runs it over an XState that mirrors the CPU: guest
// registers live in wasm locals, memory is reached through the same TLBs
// the interpreter uses, and every way out stores the complete state in the
// interpreter's format (registers, RIP, retired instructions, lazy flags).
//
// Exactness rules:
//   - A block is translated up to its first instruction the translator
//     does not handle; there the code exits to the interpreter, which runs
//     that instruction itself.
//   - Every block starts with a budget check: if its instructions would
//     pass Limit, the code exits before the block and the interpreter
//     finishes exactly, with its partial-block logic.
//   - A memory access that misses the TLB, crosses a page or writes a code
//     page (code pages are never in the write TLB) exits before the
//     instruction changes anything; the interpreter re-executes it (and
//     faults, fills the TLB or drops stale code).
//   - Flags: each flag-writing instruction whose flags may be read (per
//     Inst.NoFlags) sets the lazy-flag locals exactly as the interpreter's
//     setLazy would. A condition or an inc/dec that needs flags from an
//     unknown producer (one in another block) computes them at run time
//     from those locals (xlate_flags.go).
//
// Regions reach each other through the dispatcher (xdispatch.go), not
// through Go.

// Backend compiles and runs translated modules: in the wasip1 build the
// engine provides it through host imports.
type Backend interface {
	// Compile compiles a module exporting run(state i32) i32 and returns a
	// handle for Run.
	Compile(wasm []byte) (int32, error)
	// Run runs a compiled module over st and returns the exit reason
	// (xExit*) or a negative value when the code trapped.
	Run(handle int32, st *XState) int32
}

// XState is shared with translated code, which addresses its fields at the
// offsets xo* below (checked in tests against unsafe.Offsetof).
type XState struct {
	R                       [16]uint64
	RIP                     uint64
	Icount, Limit           uint64
	Fres, Fs1, Fs2          uint64
	Fop, Fsize, Fcarry, Fof uint64
	RTLB, WTLB              uint64 // linear-memory addresses of the TLB arrays
	FSBase, GSBase          uint64
	Entry                   uint64 // index of the region block to start at
	Rflags                  uint64 // CPU.rflags: the flags when Fop is fRaw (comisd/ucomisd write it)
	Handle                  uint64 // region to start in (the dispatcher's first call)
	Map, MapMask            uint64 // dispatch hash: linear address, entries-1
	Hops                    uint64 // region-to-region transitions (statistics)
	XMM                     uint64 // linear address of CPU.X (xmm registers)
	MXCSR                   uint64 // CPU.MXCSR (read only)
	DF                      uint64 // CPU.df (read only: std and cld are not translated)
	Win                     uint64 // linear address of the memory windows' fast runs (mem.FastWindow)
}

const (
	xoRIP    = 128
	xoIcount = 136
	xoLimit  = 144
	xoFres   = 152
	xoFs1    = 160
	xoFs2    = 168
	xoFop    = 176
	xoFsize  = 184
	xoFcarry = 192
	xoFof    = 200
	xoRTLB   = 208
	xoWTLB   = 216
	xoFS     = 224
	xoGS     = 232
	xoEntry  = 240
	xoRflags = 248
	xoHandle = 256
	xoMap    = 264
	xoMask   = 272
	xoHops   = 280
	xoXMM    = 288
	xoMXCSR  = 296
	xoDF     = 304
	xoWin    = 312
)

// Exit reasons of translated code.
const (
	// xExitJump: continue at RIP (another region may take over).
	xExitJump = 0
	// xExitInterp: the interpreter must run at least the block at RIP
	// (budget, slow memory path, untranslated instruction).
	xExitInterp = 1
)

// Tuning. A region is a bounded set of blocks; the number of regions is
// bounded so the host's resources per run are too.
const (
	hotThreshold    = 1024
	maxRegionBlocks = 192
	maxRegions      = 1024
	maxTries        = 3 // translations of a block whose regions were retired
)

type region struct {
	handle int32
	valid  bool
	pages  []uint64
	starts []uint64 // block addresses, as entered through the dispatch map
	blocks []*block
	// Entries and instructions retired in them, to retire regions whose
	// entries are too short to pay for copying the state in and out.
	entries, retired uint64
}

// A region is retired (left to the interpreter) when, after
// probeEntries entries from the interpreter, it retired fewer than
// minPerEntry instructions per entry on average: each entry copies the
// guest state in and out, worth a few dozen interpreted instructions. Its
// blocks may be translated again (maxTries) once the code around them is
// translated too, since the dispatcher then chains the regions without
// going back to the interpreter.
// Only speed depends on this.
const (
	probeEntries = 256
	minPerEntry  = 48
)

// XStats counts translator activity (for -stats and benchmarks).
type XStats struct {
	Regions, CompileErrors, Entries, Exits uint64
	// Hops counts direct region-to-region transitions in the dispatcher.
	Hops uint64
	// Instructions retired in translated code; regions retired for
	// being too short to pay for their entry.
	Instructions, Retired uint64
}

// translated runs the region b belongs to. It returns the exit reason, or
// sets c.Err and returns -1 when the translated code trapped.
func (c *CPU) runTranslated(b *block) int32 {
	s := c.xs
	if s == nil {
		s = new(XState) // on the heap: translated code addresses it
		c.xs = s
	}
	s.R = [16]uint64(c.R[:16])
	s.Icount, s.Limit = c.Icount, c.Limit
	s.Fres, s.Fs1, s.Fs2 = c.fres, c.fs1, c.fs2
	s.Fop, s.Fsize, s.Fcarry, s.Fof = uint64(c.fop), uint64(c.fsize), b2u(c.fcarry), b2u(c.fof)
	s.RTLB = uint64(uintptr(unsafe.Pointer(&c.Mem.RTLB)))
	s.WTLB = uint64(uintptr(unsafe.Pointer(&c.Mem.WTLB)))
	s.FSBase, s.GSBase = c.SegBase[SegFS], c.SegBase[SegGS]
	s.Entry = uint64(b.xi)
	s.Rflags = c.rflags
	s.XMM = uint64(uintptr(unsafe.Pointer(&c.X)))
	s.MXCSR = uint64(c.MXCSR)
	s.DF = b2u(c.df)
	s.Win = uint64(uintptr(unsafe.Pointer(c.Mem.FastAddr())))
	s.Handle = uint64(b.xr.handle)
	s.Map, s.MapMask = c.xmap.addr(), c.xmap.slots()-1
	s.Hops = 0
	c.XStats.Entries++
	var r int32
	if c.xdisp > 0 {
		r = c.JIT.Run(c.xdisp-1, s)
	} else {
		r = c.JIT.Run(b.xr.handle, s)
	}
	c.XStats.Hops += s.Hops
	if r < 0 {
		c.Err = fmt.Sprintf("translated code for block 0x%x trapped (%d)", b.start, r)
		return -1
	}
	c.XStats.Exits++
	rg := b.xr
	rg.entries++
	rg.retired += s.Icount - c.Icount
	c.XStats.Instructions += s.Icount - c.Icount
	if rg.entries == probeEntries && rg.retired < probeEntries*minPerEntry {
		c.XStats.Retired++
		c.retire(rg)
	}
	copy(c.R[:16], s.R[:])
	c.RIP, c.Icount = s.RIP, s.Icount
	c.fres, c.fs1, c.fs2 = s.Fres, s.Fs1, s.Fs2
	c.fop, c.fsize, c.fcarry, c.fof = uint8(s.Fop), uint8(s.Fsize), s.Fcarry != 0, s.Fof != 0
	c.rflags = s.Rflags // written by translated comisd/ucomisd
	return r
}

// hot counts an execution of b and translates its region at the threshold.
// It reports whether b can now be entered as translated code.
func (c *CPU) hot(b *block) bool {
	b.hits++
	if b.hits != hotThreshold || c.xcount >= maxRegions {
		return false
	}
	c.translate(b)
	return b.xr != nil
}

// dropRegions invalidates the translated regions that cover page pn.
func (c *CPU) dropRegions(pn uint64) {
	for _, r := range c.xpages[pn] {
		c.retire(r)
	}
	delete(c.xpages, pn)
}

// retire stops r from being entered, by the interpreter or the dispatcher.
func (c *CPU) retire(r *region) {
	if !r.valid {
		return
	}
	r.valid = false
	for _, a := range r.starts {
		c.xmap.drop(a, r.handle)
	}
	// Its blocks may form a better region later, once the code around
	// them is decoded and translated too (a few times each at most).
	for _, b := range r.blocks {
		if b.valid && b.xr == r && b.tries < maxTries {
			b.tries++
			b.hits = 0
		}
	}
}

// xflags is what the translator knows statically about the lazy flags:
// whether the last producer is in the current block, its kind and size.
type xflags struct {
	known    bool
	op, size uint8
}

// xstep reports whether the translator handles in, given what is known
// about the flags before it, and updates that knowledge. The generator
// follows exactly these decisions.
func xstep(in *Inst, fl *xflags) bool {
	memOK := !in.Mem || in.Seg <= SegGS
	if !memOK {
		return false
	}
	set := func(op uint8) {
		if in.NoFlags {
			// The locals are not written; nothing reads them before the
			// next producer.
			*fl = xflags{}
		} else {
			*fl = xflags{known: true, op: op, size: in.Size}
		}
	}
	switch in.Op {
	case OpNop:
	case OpMovGE, OpMovEG, OpMovEI, OpMovzx, OpMovsx, OpLea:
	case OpALUEG, OpALUGE, OpALUEI:
		switch in.Sub {
		case 0:
			set(fAdd)
		case 5, 7:
			set(fSub)
		case 1, 4, 6:
			set(fLogic)
		default: // adc/sbb: their flags are computed at run time
			*fl = xflags{}
		}
	case OpTestEG, OpTestEI:
		set(fLogic)
	case OpNeg:
		set(fSub)
	case OpNot:
	case OpInc, OpDec:
		if in.Op == OpInc {
			set(fInc)
		} else {
			set(fDec)
		}
	case OpShift:
		if in.Size2 != 0 { // count in CL, maybe 0 (flags unchanged)
			switch {
			case in.Sub >= 4:
			case in.Sub <= 1 && in.NoFlags:
			default:
				return false
			}
			if !in.NoFlags {
				*fl = xflags{}
			}
			return true
		}
		if shiftCount(in) == 0 {
			return true // no effect on flags (or memory)
		}
		switch in.Sub {
		case 4, 5, 6, 7:
			set(fRes)
		case 0, 1:
			if !in.NoFlags {
				return false
			}
			*fl = xflags{}
		default:
			return false
		}
	case OpImulGE, OpImulGEI:
		if in.Size == 8 && !in.NoFlags {
			return false // the overflow flag needs the high half
		}
		set(fRes)
	case OpPush, OpPushI, OpPop, OpLeave:
		if in.Size != 8 || (in.Op == OpPop && in.Mem) {
			return false
		}
	case OpCbw, OpCwd:
	case OpXchg:
		if in.Mem {
			return false
		}
	case OpCmov, OpSetcc, OpJcc:
	case OpMul, OpImul1:
		set(fRes)
	case OpDiv, OpIdiv:
		if in.Size < 4 {
			return false
		}
	case OpBswap:
	case OpMovs, OpStos:
		// rep movs and rep stos, forward with 64-bit addresses, as the
		// interpreter's fast paths run them (xlate_str.go); flags stay.
		return in.Rep != RepNone && !in.Addr32 && (in.Op == OpStos || in.Sub == segNone)
	case OpJmp, OpCall, OpRet:
		if in.Op == OpRet {
			*fl = xflags{}
		}
	case OpJmpE, OpCallE:
		if in.Size != 8 {
			return false
		}
	case OpSSE, OpSSEImm:
		return xstepSSE(in, fl)
	default:
		return false
	}
	return true
}

func shiftCount(in *Inst) uint64 {
	if in.Size == 8 {
		return in.Imm & 63
	}
	return in.Imm & 31
}

// xprefix returns how many leading instructions of insts are translated.
func xprefix(insts []Inst) int {
	var fl xflags
	for i := range insts {
		if !xstep(&insts[i], &fl) {
			return i
		}
	}
	return len(insts)
}

// regionBlocks lists the blocks of the region around b (b first, then
// breadth first along branches, among blocks already decoded), each with
// its translated length, and the index of each start in the list.
func (c *CPU) regionBlocks(b *block) (list []*block, ks []int, index map[uint64]int) {
	index = map[uint64]int{}
	queue := []uint64{b.start}
	// Targets of indirect branches seen by the interpreter come after
	// the code reached by direct branches: they may be many (a switch in
	// a printf), and the region's size budget goes to the direct code
	// around b first.
	var later []uint64
	for (len(queue) > 0 || len(later) > 0) && len(list) < maxRegionBlocks {
		if len(queue) == 0 {
			queue, later = later, nil
		}
		a := queue[0]
		queue = queue[1:]
		if _, ok := index[a]; ok {
			continue
		}
		bb := c.blocks[a]
		if bb == nil || !bb.valid {
			continue
		}
		k := xprefix(bb.insts)
		if k == 0 {
			continue
		}
		index[a] = len(list)
		list = append(list, bb)
		ks = append(ks, k)
		if k < len(bb.insts) {
			continue
		}
		last := &bb.insts[k-1]
		switch last.Op {
		case OpJcc, OpCall:
			queue = append(queue, last.Imm, last.Next)
		case OpJmp:
			queue = append(queue, last.Imm)
		case OpJmpE:
			later = append(later, bb.targets...)
		case OpCallE:
			later = append(later, bb.targets...)
			queue = append(queue, last.Next)
		default:
			if !last.terminator() {
				queue = append(queue, last.Next)
			}
		}
	}
	return list, ks, index
}

// translate forms the region around b, has it compiled and marks its
// blocks as entries. Failures only mean b stays interpreted.
func (c *CPU) translate(b *block) {
	list, ks, index := c.regionBlocks(b)
	if len(list) == 0 || list[0] != b {
		return
	}
	// Blocks in address order: most branches of compiled code go forward,
	// and a forward branch inside a region is a plain wasm branch.
	order := make([]int, len(list))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(i, j int) bool { return list[order[i]].start < list[order[j]].start })
	sortedList, sortedKs := make([]*block, len(list)), make([]int, len(list))
	for i, o := range order {
		sortedList[i], sortedKs[i] = list[o], ks[o]
		index[list[o].start] = i
	}
	list, ks = sortedList, sortedKs
	if c.xdisp == 0 {
		c.xdisp = -1
		if d, err := genDispatcher(); err == nil {
			if h, err := c.JIT.Compile(d); err == nil {
				c.xdisp = h + 1
			}
		}
	}
	wasm, err := genRegion(list, ks, index)
	c.xcount++
	if err != nil {
		c.XStats.CompileErrors++
		return
	}
	h, err := c.JIT.Compile(wasm)
	if err != nil {
		c.XStats.CompileErrors++
		return
	}
	c.XStats.Regions++
	r := &region{handle: h, valid: true}
	pages := map[uint64]bool{}
	for i, bb := range list {
		bb.xr, bb.xi = r, int32(i)
		r.starts = append(r.starts, bb.start)
		r.blocks = append(r.blocks, bb)
		c.xmap.put(bb.start, h, int32(i))
		for _, in := range bb.insts[:ks[i]] {
			pages[in.Addr()>>12] = true
			pages[(in.Next-1)>>12] = true
		}
	}
	if c.xpages == nil {
		c.xpages = map[uint64][]*region{}
	}
	for pn := range pages {
		r.pages = append(r.pages, pn)
		c.xpages[pn] = append(c.xpages[pn], r)
	}
}

// Wasm locals of the region function.
const (
	lState  = 0
	lR      = 1  // 16 registers
	lIcount = 17 // scratch at the exit (the count is derived from lRem)
	lRem    = 18 // instructions left before the budget's limit
	lFres   = 19
	lFs1    = 20
	lFs2    = 21
	lFop    = 22
	lFsize  = 23
	lFcarry = 24
	lFof    = 25
	lXrip   = 26
	lXback  = 27
	lA      = 28 // address
	lV      = 29 // value
	lX      = 30
	lY      = 31
	lRes    = 32
	lP      = 33 // unused (kept so the local numbering stays)
	lT      = 34 // indirect target
	numI64  = 34
	lBlk    = 35
	lReason = 36
	lRTLB   = 37
	lWTLB   = 38
	lE      = 39 // TLB entry address
	lXMM    = 40 // linear address of CPU.X
	lXA     = 41 // linear address of an xmm memory operand
	numI32  = 7
	lF      = 42 // run-time flags (flagsDyn)
	lT1     = 43 // scratch
	lT2     = 44
	lT3     = 45
	lT4     = 46
	lOff    = 47 // offset into a memory window
	lWLo    = 48 // the windows' Lo and N (3 each)
	numI64b = 12
	lWin    = 54 // linear address of the windows' fast runs
	lWBase  = 55 // the windows' Base (3)
	numI32b = 4
	lXQ     = 58 // the xmm registers' quadwords (xlate_sse.go)
	numXQ   = 32
)

var flagLocals = [...]struct {
	local, off uint32
}{{lFres, xoFres}, {lFs1, xoFs1}, {lFs2, xoFs2}, {lFop, xoFop}, {lFsize, xoFsize}, {lFcarry, xoFcarry}, {lFof, xoFof}}

type gen struct {
	c      *wasmgen.Code
	exit   wasmgen.Label
	top    wasmgen.Label
	index  map[uint64]int
	sorted []uint64 // region block starts, ascending
	// labels[j] ends just before block j's code: while block cur is
	// emitted, the labels of the blocks after it are open, so a branch
	// to one of those is a plain br (no trip through the br_table).
	labels []wasmgen.Label
	cur    int
	self   wasmgen.Label // the loop around block cur, or -1
	// The instruction being translated, its index and the block's
	// translated length (for the icount correction of mid-block exits).
	in   *Inst
	i, k int
	n    int // the block's length, translated or not (the interpreter counts it whole)
	// flagsLive[j][i]: whether the flags may be read from before
	// instruction i of block j on (regionFlagLiveness).
	flagsLive [][]bool
}

// genRegion encodes the wasm module for a region.
func genRegion(list []*block, ks []int, index map[uint64]int) ([]byte, error) {
	c := &wasmgen.Code{}
	g := &gen{c: c, index: index, flagsLive: regionFlagLiveness(list, ks, index)}
	for a := range index {
		g.sorted = append(g.sorted, a)
	}
	sort.Slice(g.sorted, func(i, j int) bool { return g.sorted[i] < g.sorted[j] })

	for r := uint32(0); r < 16; r++ {
		g.loadState(8*r, lR+r)
	}
	g.remaining()
	c.LocalSet(lRem)
	for _, f := range flagLocals {
		g.loadState(f.off, f.local)
	}
	for _, x := range [...][2]uint32{{xoRTLB, lRTLB}, {xoWTLB, lWTLB}, {xoEntry, lBlk}, {xoXMM, lXMM}, {xoWin, lWin}} {
		c.LocalGet(lState)
		c.Mem(wasmgen.I32Load, x[0])
		c.LocalSet(x[1])
	}

	for k := uint32(0); k < mem.NumWindows; k++ {
		c.LocalGet(lWin)
		c.Mem(wasmgen.I64Load, 24*k)
		c.LocalSet(lWLo + 2*k)
		c.LocalGet(lWin)
		c.Mem(wasmgen.I64Load, 24*k+8)
		c.LocalSet(lWLo + 2*k + 1)
		c.LocalGet(lWin)
		c.Mem(wasmgen.I32Load, 24*k+16)
		c.LocalSet(lWBase + k)
	}

	xmm := xmmUsed(list, ks)
	g.xmmState(xmm, false)

	g.exit = c.Block()
	g.top = c.Loop()
	g.labels = make([]wasmgen.Label, len(list))
	for j := len(list) - 1; j >= 0; j-- {
		g.labels[j] = c.Block()
	}
	c.LocalGet(lBlk)
	c.BrTable(g.labels, g.labels[0])
	for j, b := range list {
		c.End()
		g.cur = j
		g.block(b, ks[j])
	}
	c.End() // loop
	c.End() // exit block

	for r := uint32(0); r < 16; r++ {
		g.storeState(8*r, lR+r)
	}
	// Icount = the entry's Icount + the instructions retired since, less
	// those of a block left in the middle.
	g.remaining()
	c.LocalGet(lIcount)
	c.Op(wasmgen.I64Add)
	c.LocalGet(lRem)
	c.Op(wasmgen.I64Sub)
	c.LocalGet(lXback)
	c.Op(wasmgen.I64Sub)
	c.LocalSet(lIcount)
	g.storeState(xoIcount, lIcount)
	g.storeState(xoRIP, lXrip)
	for _, f := range flagLocals {
		g.storeState(f.off, f.local)
	}
	g.xmmState(xmm, true)
	c.LocalGet(lReason)

	locals := make([]wasmgen.ValType, 0, numI64+numI32)
	for i := 0; i < numI64; i++ {
		locals = append(locals, wasmgen.I64)
	}
	for i := 0; i < numI32; i++ {
		locals = append(locals, wasmgen.I32)
	}
	for i := 0; i < numI64b; i++ {
		locals = append(locals, wasmgen.I64)
	}
	for i := 0; i < numI32b; i++ {
		locals = append(locals, wasmgen.I32)
	}
	for i := 0; i < numXQ; i++ {
		locals = append(locals, wasmgen.I64)
	}
	m := wasmgen.Module{
		Types:     []wasmgen.FuncType{{Params: []wasmgen.ValType{wasmgen.I32}, Results: []wasmgen.ValType{wasmgen.I32}}, flagsType},
		MemModule: "env", MemName: "memory",
		Funcs:   []wasmgen.Func{{Type: 0, Locals: locals, Body: c}, genFlagsFunc()},
		Exports: []wasmgen.Export{{Name: "run", Func: 0}},
	}
	return m.Encode()
}

// xmmState loads the xmm registers in the set used from CPU.X into their
// locals, or stores them back.
func (g *gen) xmmState(used uint16, store bool) {
	c := g.c
	for r := uint32(0); r < 16; r++ {
		if used&(1<<r) == 0 {
			continue
		}
		for h := uint32(0); h < 2; h++ {
			c.LocalGet(lXMM)
			if store {
				c.LocalGet(lXQ + 2*r + h)
				c.Mem(wasmgen.I64Store, 16*r+8*h)
			} else {
				c.Mem(wasmgen.I64Load, 16*r+8*h)
				c.LocalSet(lXQ + 2*r + h)
			}
		}
	}
}

// remaining pushes the instructions the budget allows from the entry's
// state: Limit - Icount, or 0 when Icount is already past Limit. The body
// keeps only this count (lRem), one live value instead of the count and
// the limit, and checks a block's n instructions as lRem < n. It leaves
// the entry's Icount in lIcount and its Limit in lT, both free at entry
// and at the exit, where this is called.
func (g *gen) remaining() {
	c := g.c
	g.loadState(xoIcount, lIcount)
	g.loadState(xoLimit, lT)
	c.LocalGet(lT)
	c.LocalGet(lIcount)
	c.Op(wasmgen.I64Sub)
	c.I64Const(0)
	c.LocalGet(lIcount)
	c.LocalGet(lT)
	c.Op(wasmgen.I64LeU)
	c.Op(wasmgen.Select)
}

func (g *gen) loadState(off, local uint32) {
	g.c.LocalGet(lState)
	g.c.Mem(wasmgen.I64Load, off)
	g.c.LocalSet(local)
}

func (g *gen) storeState(off, local uint32) {
	g.c.LocalGet(lState)
	g.c.LocalGet(local)
	g.c.Mem(wasmgen.I64Store, off)
}

// exitAt leaves the region: RIP = rip, k-i instructions un-retired.
func (g *gen) exitAt(rip uint64, back int, reason int32) {
	c := g.c
	c.I64Const(int64(rip))
	c.LocalSet(lXrip)
	g.exitRest(back, reason)
}

func (g *gen) exitRest(back int, reason int32) {
	c := g.c
	c.I64Const(int64(back))
	c.LocalSet(lXback)
	c.I32Const(reason)
	c.LocalSet(lReason)
	c.Br(g.exit)
}

// slow exits to the interpreter at the current instruction.
func (g *gen) slow() {
	if !g.flagsLive[g.cur][g.i] {
		g.dropFlags()
	}
	g.exitAt(g.in.Addr(), g.k-g.i, xExitInterp)
}

func (g *gen) goTo(target uint64) {
	if j, ok := g.index[target]; ok {
		if j > g.cur {
			g.c.Br(g.labels[j])
			return
		}
		if j == g.cur && g.self >= 0 {
			g.c.Br(g.self)
			return
		}
		g.c.I32Const(int32(j))
		g.c.LocalSet(lBlk)
		g.c.Br(g.top)
		return
	}
	g.exitAt(target, 0, xExitJump)
}

// indirect continues at the address in local lT.
func (g *gen) indirect() {
	g.search(0, len(g.sorted))
	g.c.LocalGet(lT)
	g.c.LocalSet(lXrip)
	g.exitRest(0, xExitJump)
}

// search emits a binary search of lT among sorted[lo:hi] that enters the
// matching block; it falls through when there is none.
func (g *gen) search(lo, hi int) {
	c := g.c
	if hi-lo <= 4 {
		for _, a := range g.sorted[lo:hi] {
			c.LocalGet(lT)
			c.I64Const(int64(a))
			c.Op(wasmgen.I64Eq)
			c.If()
			g.goTo(a)
			c.End()
		}
		return
	}
	mid := (lo + hi) / 2
	c.LocalGet(lT)
	c.I64Const(int64(g.sorted[mid]))
	c.Op(wasmgen.I64LtU)
	c.If()
	g.search(lo, mid)
	c.Else()
	g.search(mid, hi)
	c.End()
}

func (g *gen) block(b *block, k int) {
	c := g.c
	// A block that branches back to its own start (a one-block loop) is
	// wrapped in a wasm loop, so that branch skips the br_table too.
	g.self = -1
	if last := &b.insts[k-1]; k == len(b.insts) && (last.Op == OpJcc || last.Op == OpJmp) && last.Imm == b.start {
		g.self = c.Loop()
		defer c.End()
	}
	// Budget: exit before a block that would pass the limit.
	c.LocalGet(lRem)
	c.I64Const(int64(k))
	c.Op(wasmgen.I64LtU)
	c.If()
	if !g.flagsLive[g.cur][0] {
		g.dropFlags()
	}
	g.exitAt(b.start, 0, xExitInterp)
	c.End()
	c.LocalGet(lRem)
	c.I64Const(int64(k))
	c.Op(wasmgen.I64Sub)
	c.LocalSet(lRem)
	g.k, g.n = k, len(b.insts)
	var fl xflags
	for i := 0; i < k; i++ {
		in := &b.insts[i]
		prev := fl
		xstep(in, &fl)
		g.in, g.i = in, i
		g.inst(in, prev)
	}
	if k < len(b.insts) {
		g.exitAt(b.insts[k].Addr(), 0, xExitInterp)
		return
	}
	if last := &b.insts[k-1]; !last.terminator() {
		g.goTo(last.Next)
	}
}

// ---- operands ----

func mask(size uint8) int64 { return int64(sizeMask[size&15]) }

// reg pushes register operand r at size (zero-extended).
func (g *gen) reg(r, size uint8) {
	c := g.c
	c.LocalGet(lR + uint32(r&15))
	if r >= 16 {
		c.I64Const(8)
		c.Op(wasmgen.I64ShrU)
	}
	g.truncate(size)
}

// truncate zero-extends the low size bytes of the i64 on the stack. The
// 32-bit case goes through i32 (wrap, extend), which Cranelift lowers to
// one 32-bit move instead of an and with a 64-bit constant from memory.
func (g *gen) truncate(size uint8) {
	switch size {
	case 8:
	case 4:
		g.c.Op(wasmgen.I32WrapI64)
		g.c.Op(wasmgen.I64ExtendI32U)
	default:
		g.c.I64Const(mask(size))
		g.c.Op(wasmgen.I64And)
	}
}

// setReg writes register operand r from local v with the interpreter's
// merge and zero-extension rules.
func (g *gen) setReg(r, size uint8, v uint32) {
	c := g.c
	dst := lR + uint32(r&15)
	switch size {
	case 8:
		c.LocalGet(v)
	case 4:
		c.LocalGet(v)
		g.truncate(4)
	default:
		g.merge(dst, v, size, int64(r>>4)<<3)
	}
	c.LocalSet(dst)
}

// merge pushes local dst with its size bytes at bit sh replaced by the low
// size bytes of local v.
func (g *gen) merge(dst, v uint32, size uint8, sh int64) {
	c := g.c
	c.LocalGet(dst)
	c.I64Const(^(mask(size) << sh))
	c.Op(wasmgen.I64And)
	c.LocalGet(v)
	c.I64Const(mask(size))
	c.Op(wasmgen.I64And)
	if sh != 0 {
		c.I64Const(sh)
		c.Op(wasmgen.I64Shl)
	}
	c.Op(wasmgen.I64Or)
}

// ea pushes the effective address of the memory operand (with segment
// base when seg is set).
func (g *gen) ea(in *Inst, seg bool) {
	c := g.c
	c.I64Const(in.Disp)
	if in.Base&31 < 16 {
		c.LocalGet(lR + uint32(in.Base&15))
		c.Op(wasmgen.I64Add)
	}
	if in.Index&31 < 16 {
		c.LocalGet(lR + uint32(in.Index&15))
		if in.Scale != 0 {
			c.I64Const(int64(in.Scale))
			c.Op(wasmgen.I64Shl)
		}
		c.Op(wasmgen.I64Add)
	}
	if in.AMask != ^uint64(0) {
		c.I64Const(int64(in.AMask))
		c.Op(wasmgen.I64And)
	}
	if seg {
		switch in.Seg {
		case SegFS:
			c.LocalGet(lState)
			c.Mem(wasmgen.I64Load, xoFS)
			c.Op(wasmgen.I64Add)
		case SegGS:
			c.LocalGet(lState)
			c.Mem(wasmgen.I64Load, xoGS)
			c.Op(wasmgen.I64Add)
		}
	}
}

// probe pushes the i32 linear address of the size bytes at the guest
// address in lA, exiting to the interpreter unless the TLB (rtlb or wtlb
// local) holds the page and the access stays inside it. One compare does
// both: the entry at slot (a>>12)%TLBSize matches the page number of the
// access's last byte only if that is the page of its first byte (a page
// one further has another slot). Near 2^64, a+size-1 wraps to page 0,
// whose tag never sits in the last slot, so the probe still exits.
//
// Before the TLB, the access is checked against the fast run of each
// memory window (mem.FastWindow): inside one, the address is the run's
// base plus the offset, with no load on the way.
func (g *gen) probe(tlb uint32, size uint8) {
	c := g.c
	done := c.BlockResult(wasmgen.I32)
	for _, k := range g.windowOrder() {
		g.windowHit(done, k, nil)
	}
	g.probeTo(tlb, func() {
		if size > 1 {
			c.I64Const(int64(size) - 1)
			c.Op(wasmgen.I64Add)
		}
	})
	c.End()
}

// windowHit branches to done with the i32 linear address of the guest
// address in lA when it is inside window k's fast run: lA - Lo < N, and
// whatever condition more (an i32) adds, with the offset in lOff.
func (g *gen) windowHit(done wasmgen.Label, k uint32, more func()) {
	c := g.c
	c.LocalGet(lA)
	c.LocalGet(lWLo + 2*k)
	c.Op(wasmgen.I64Sub)
	c.LocalTee(lOff)
	c.LocalGet(lWLo + 2*k + 1)
	c.Op(wasmgen.I64LtU)
	if more != nil {
		more()
		c.Op(wasmgen.I32And)
	}
	c.If()
	c.LocalGet(lOff)
	c.Op(wasmgen.I32WrapI64)
	c.LocalGet(lWBase + k)
	c.Op(wasmgen.I32Add)
	c.Br(done)
	c.End()
}

// windowOrder is the order probe checks the windows in: the stack
// first for push/pop/call/ret and operands based on rsp or rbp, else the
// data and heap windows first. A guess from the code alone, so that
// translation stays a function of the code; a wrong guess costs one
// compare.
func (g *gen) windowOrder() *[mem.NumWindows]uint32 {
	if in := g.in; in == nil || !in.Mem || in.Base == RSP || in.Base == RBP {
		return &stackFirst
	}
	return &dataFirst
}

// Window orders: the stack window is 0, data and brk 1, mmap 2 (see
// emulator.setWindows).
var (
	stackFirst = [mem.NumWindows]uint32{0, 1, 2}
	dataFirst  = [mem.NumWindows]uint32{1, 2, 0}
)

// probeTo is probe with the access's last byte at lA plus what toLast
// adds to the i64 on the stack.
func (g *gen) probeTo(tlb uint32, toLast func()) {
	c := g.c
	c.LocalGet(lA)
	c.I64Const(12)
	c.Op(wasmgen.I64ShrU)
	c.Op(wasmgen.I32WrapI64)
	c.I32Const(4095)
	c.Op(wasmgen.I32And)
	c.I32Const(4)
	c.Op(wasmgen.I32Shl)
	c.LocalGet(tlb)
	c.Op(wasmgen.I32Add)
	c.LocalTee(lE)
	c.Mem(wasmgen.I64Load, 0) // Tag: page number + 1
	c.LocalGet(lA)
	toLast()
	c.I64Const(12)
	c.Op(wasmgen.I64ShrU)
	c.I64Const(1)
	c.Op(wasmgen.I64Add)
	c.Op(wasmgen.I64Ne)
	c.If()
	g.slow()
	c.End()
	c.LocalGet(lE)
	c.Mem(wasmgen.I64Load, 8) // P: the page, whose Data is at offset 0
	c.Op(wasmgen.I32WrapI64)
	c.LocalGet(lA)
	c.Op(wasmgen.I32WrapI64)
	c.I32Const(4095)
	c.Op(wasmgen.I32And)
	c.Op(wasmgen.I32Add)
}

var loadOp = [9]byte{1: wasmgen.I64Load8U, 2: wasmgen.I64Load16U, 4: wasmgen.I64Load32U, 8: wasmgen.I64Load}
var storeOp = [9]byte{1: wasmgen.I64Store8, 2: wasmgen.I64Store16, 4: wasmgen.I64Store32, 8: wasmgen.I64Store}

// load pushes the size-byte value at the guest address in lA.
func (g *gen) load(size uint8) {
	g.probe(lRTLB, size)
	g.c.Mem(loadOp[size], 0)
}

// store writes local v (size bytes) at the guest address in lA.
func (g *gen) store(size uint8, v uint32) {
	g.probe(lWTLB, size)
	g.c.LocalGet(v)
	g.c.Mem(storeOp[size], 0)
}

// getE pushes the E operand at size; a memory operand's address is left
// in lA.
func (g *gen) getE(in *Inst, size uint8) {
	if !in.Mem {
		g.reg(in.RM, size)
		return
	}
	g.ea(in, true)
	g.c.LocalSet(lA)
	g.load(size)
}

// setFlags records a flag producer in the lazy-flag locals. The operands
// s1 and s2 are already zero-extended from size bytes (every producer reads
// them with reg, getE or a masked constant), and so is the result of a
// logic op on them; only other results are truncated here. Masking a value
// that is already narrow again cost an and on the path from a load to the
// compare that reads it, which Cranelift does not remove.
func (g *gen) setFlags(op uint8, size uint8, res, s1, s2 uint32) {
	c := g.c
	c.I64Const(int64(op))
	c.LocalSet(lFop)
	c.I64Const(int64(size))
	c.LocalSet(lFsize)
	for _, x := range [...][2]uint32{{res, lFres}, {s1, lFs1}, {s2, lFs2}} {
		if x[0] == noLocal {
			c.I64Const(0)
		} else {
			c.LocalGet(x[0])
			if x[0] == res && op != fLogic {
				g.truncate(size)
			}
		}
		c.LocalSet(x[1])
	}
}

const noLocal = ^uint32(0)

// sext sign-extends the i64 on the stack from size bytes.
func (g *gen) sext(size uint8) {
	switch size {
	case 1:
		g.c.Op(wasmgen.I64Extend8S)
	case 2:
		g.c.Op(wasmgen.I64Extend16S)
	case 4:
		g.c.Op(wasmgen.I64Extend32S)
	}
}

// ---- flags ----

func (g *gen) flagBit(sb int64) {
	g.c.I64Const(sb)
	g.c.Op(wasmgen.I64And)
	g.c.I64Const(0)
	g.c.Op(wasmgen.I64Ne)
}

// cf pushes CF (i32 0/1) of the known producer fl.
func (g *gen) cf(fl xflags) {
	c := g.c
	switch fl.op {
	case fRaw:
		g.rawFlag(FlagCF)
	case fAdd:
		c.LocalGet(lFres)
		c.LocalGet(lFs1)
		c.Op(wasmgen.I64LtU)
	case fSub:
		c.LocalGet(lFs1)
		c.LocalGet(lFs2)
		c.Op(wasmgen.I64LtU)
	case fLogic:
		c.I32Const(0)
	default: // fInc, fDec, fRes
		c.LocalGet(lFcarry)
		c.Op(wasmgen.I32WrapI64)
	}
}

func (g *gen) of(fl xflags) {
	c := g.c
	sb := int64(signBit[fl.size])
	switch fl.op {
	case fAdd:
		c.LocalGet(lFs1)
		c.LocalGet(lFres)
		c.Op(wasmgen.I64Xor)
		c.LocalGet(lFs2)
		c.LocalGet(lFres)
		c.Op(wasmgen.I64Xor)
		c.Op(wasmgen.I64And)
		g.flagBit(sb)
	case fSub:
		c.LocalGet(lFs1)
		c.LocalGet(lFs2)
		c.Op(wasmgen.I64Xor)
		c.LocalGet(lFs1)
		c.LocalGet(lFres)
		c.Op(wasmgen.I64Xor)
		c.Op(wasmgen.I64And)
		g.flagBit(sb)
	case fLogic:
		c.I32Const(0)
	case fInc:
		c.LocalGet(lFres)
		c.I64Const(sb)
		c.Op(wasmgen.I64Eq)
	case fDec:
		c.LocalGet(lFres)
		c.I64Const(sb - 1)
		c.Op(wasmgen.I64Eq)
	default:
		c.LocalGet(lFof)
		c.Op(wasmgen.I32WrapI64)
	}
}

func (g *gen) zf() {
	g.c.LocalGet(lFres)
	g.c.Op(wasmgen.I64Eqz)
}

func (g *gen) sf(fl xflags) {
	g.c.LocalGet(lFres)
	g.flagBit(int64(signBit[fl.size]))
}

// cond pushes condition cc (i32 0/1) from the known producer fl.
func (g *gen) cond(cc uint8, fl xflags) {
	c := g.c
	if !fl.known {
		g.condDyn(cc)
		return
	}
	if fl.op == fRaw {
		g.rawCond(cc)
		return
	}
	if op := cmpOp[cc]; fl.op == fSub && op != 0 {
		// Compare the operands directly, like the interpreter's fast path.
		signed := cc >= 12
		c.LocalGet(lFs1)
		if signed {
			g.sext(fl.size)
		}
		c.LocalGet(lFs2)
		if signed {
			g.sext(fl.size)
		}
		c.Op(op)
		return
	}
	switch cc >> 1 {
	case 0:
		g.of(fl)
	case 1:
		g.cf(fl)
	case 2:
		g.zf()
	case 3:
		g.cf(fl)
		g.zf()
		c.Op(wasmgen.I32Or)
	case 4:
		g.sf(fl)
	case 5:
		c.LocalGet(lFres)
		c.I64Const(0xff)
		c.Op(wasmgen.I64And)
		c.Op(wasmgen.I64Popcnt)
		c.I64Const(1)
		c.Op(wasmgen.I64And)
		c.Op(wasmgen.I64Eqz)
	case 6:
		g.sf(fl)
		g.of(fl)
		c.Op(wasmgen.I32Xor)
	case 7:
		g.zf()
		g.sf(fl)
		g.of(fl)
		c.Op(wasmgen.I32Xor)
		c.Op(wasmgen.I32Or)
	}
	if cc&1 != 0 {
		c.Op(wasmgen.I32Eqz)
	}
}

// ---- instructions ----

// inst emits one instruction that xstep accepted; fl is the flag
// knowledge before it. Every possible exit comes before the first change
// of a register or flag local, so an exit leaves the state as it was at
// the start of the instruction.
func (g *gen) inst(in *Inst, fl xflags) {
	c := g.c
	sz := in.Size
	switch in.Op {
	case OpNop:
	case OpMovGE:
		g.getE(in, sz)
		c.LocalSet(lV)
		g.setReg(in.Reg, sz, lV)
	case OpMovEG, OpMovEI:
		if in.Op == OpMovEG {
			g.reg(in.Reg, sz)
		} else {
			c.I64Const(int64(in.Imm))
		}
		c.LocalSet(lV)
		g.setE(in, sz, lV)
	case OpMovzx, OpMovsx:
		g.getE(in, in.Size2)
		if in.Op == OpMovsx {
			g.sext(in.Size2)
		}
		c.LocalSet(lV)
		g.setReg(in.Reg, sz, lV)
	case OpLea:
		g.ea(in, false)
		c.LocalSet(lV)
		g.setReg(in.Reg, sz, lV)
	case OpALUEG, OpALUGE, OpALUEI:
		if in.Op == OpALUGE {
			g.reg(in.Reg, sz)
			c.LocalSet(lX)
			g.getE(in, sz)
			c.LocalSet(lY)
		} else {
			if in.Op == OpALUEI {
				c.I64Const(int64(in.Imm) & mask(sz))
			} else {
				g.reg(in.Reg, sz)
			}
			c.LocalSet(lY)
			g.getE(in, sz)
			c.LocalSet(lX)
		}
		if in.Sub == 2 || in.Sub == 3 {
			g.carryIn(fl)
			c.Op(wasmgen.I64ExtendI32U)
			c.LocalSet(lT1)
		}
		c.LocalGet(lX)
		c.LocalGet(lY)
		var op uint8
		switch in.Sub {
		case 0:
			c.Op(wasmgen.I64Add)
			op = fAdd
		case 2:
			c.Op(wasmgen.I64Add)
			c.LocalGet(lT1)
			c.Op(wasmgen.I64Add)
			op = fAdc
		case 3:
			c.Op(wasmgen.I64Sub)
			c.LocalGet(lT1)
			c.Op(wasmgen.I64Sub)
			op = fSbb
		case 5, 7:
			c.Op(wasmgen.I64Sub)
			op = fSub
		case 1:
			c.Op(wasmgen.I64Or)
			op = fLogic
		case 4:
			c.Op(wasmgen.I64And)
			op = fLogic
		case 6:
			c.Op(wasmgen.I64Xor)
			op = fLogic
		}
		c.LocalSet(lRes)
		if in.Sub != 7 {
			switch {
			case in.Op == OpALUGE:
				g.setReg(in.Reg, sz, lRes)
			case in.Mem:
				g.store(sz, lRes)
			default:
				g.setReg(in.RM, sz, lRes)
			}
		}
		if !in.NoFlags {
			if op == fAdc || op == fSbb {
				c.LocalGet(lT1)
				c.LocalSet(lFcarry)
			}
			if op == fLogic {
				g.setFlags(op, sz, lRes, noLocal, noLocal)
			} else {
				g.setFlags(op, sz, lRes, lX, lY)
			}
		}
	case OpTestEG, OpTestEI:
		if in.Op == OpTestEI {
			c.I64Const(int64(in.Imm) & mask(sz))
		} else {
			g.reg(in.Reg, sz)
		}
		c.LocalSet(lY)
		g.getE(in, sz)
		c.LocalGet(lY)
		c.Op(wasmgen.I64And)
		c.LocalSet(lRes)
		if !in.NoFlags {
			g.setFlags(fLogic, sz, lRes, noLocal, noLocal)
		}
	case OpNeg, OpNot, OpInc, OpDec:
		g.getE(in, sz)
		c.LocalSet(lX)
		switch in.Op {
		case OpNeg:
			c.I64Const(0)
			c.LocalGet(lX)
			c.Op(wasmgen.I64Sub)
		case OpNot:
			c.LocalGet(lX)
			c.I64Const(-1)
			c.Op(wasmgen.I64Xor)
		case OpInc:
			c.LocalGet(lX)
			c.I64Const(1)
			c.Op(wasmgen.I64Add)
		case OpDec:
			c.LocalGet(lX)
			c.I64Const(1)
			c.Op(wasmgen.I64Sub)
		}
		c.LocalSet(lRes)
		g.setE(in, sz, lRes)
		if in.NoFlags || in.Op == OpNot {
			return
		}
		switch in.Op {
		case OpNeg:
			c.I64Const(0)
			c.LocalSet(lY)
			g.setFlags(fSub, sz, lRes, lY, lX)
		case OpInc, OpDec:
			g.carryIn(fl)
			c.Op(wasmgen.I64ExtendI32U)
			c.LocalSet(lFcarry)
			c.I64Const(1)
			c.LocalSet(lY)
			op := uint8(fInc)
			if in.Op == OpDec {
				op = fDec
			}
			g.setFlags(op, sz, lRes, lX, lY)
		}
	case OpShift:
		g.shift(in)
	case OpMul, OpImul1:
		g.mul1(in)
	case OpDiv, OpIdiv:
		g.div(in)
	case OpBswap:
		g.bswap(in)
	case OpMovs, OpStos:
		g.repString(in)
	case OpImulGE, OpImulGEI:
		if in.Op == OpImulGE {
			g.reg(in.Reg, sz)
			c.LocalSet(lX)
			g.getE(in, sz)
			c.LocalSet(lY)
		} else {
			g.getE(in, sz)
			c.LocalSet(lX)
			c.I64Const(int64(in.Imm))
			c.LocalSet(lY)
		}
		c.LocalGet(lX)
		g.sext(sz)
		c.LocalGet(lY)
		g.sext(sz)
		c.Op(wasmgen.I64Mul)
		c.LocalSet(lRes)
		g.setReg(in.Reg, sz, lRes)
		if !in.NoFlags {
			// sz < 8 here: overflow = sext(r) != r.
			c.LocalGet(lRes)
			g.sext(sz)
			c.LocalGet(lRes)
			c.Op(wasmgen.I64Ne)
			c.Op(wasmgen.I64ExtendI32U)
			c.LocalTee(lFcarry)
			c.LocalSet(lFof)
			g.setFlags(fRes, sz, lRes, noLocal, noLocal)
		}
	case OpPush, OpPushI:
		if in.Op == OpPushI {
			c.I64Const(int64(in.Imm))
		} else {
			g.getE(in, 8)
		}
		c.LocalSet(lV)
		g.pushV()
	case OpPop:
		c.LocalGet(lR + RSP)
		c.LocalSet(lA)
		g.load(8)
		c.LocalSet(lV)
		c.LocalGet(lR + RSP)
		c.I64Const(8)
		c.Op(wasmgen.I64Add)
		c.LocalSet(lR + RSP)
		g.setReg(in.RM, 8, lV)
	case OpLeave:
		c.LocalGet(lR + RBP)
		c.LocalSet(lA)
		g.load(8)
		c.LocalSet(lV)
		c.LocalGet(lR + RBP)
		c.I64Const(8)
		c.Op(wasmgen.I64Add)
		c.LocalSet(lR + RSP)
		c.LocalGet(lV)
		c.LocalSet(lR + RBP)
	case OpCbw:
		switch sz {
		case 8:
			c.LocalGet(lR + RAX)
			g.sext(4)
			c.LocalSet(lV)
		case 4:
			c.LocalGet(lR + RAX)
			g.sext(2)
			c.LocalSet(lV)
		default:
			c.LocalGet(lR + RAX)
			g.sext(1)
			c.LocalSet(lV)
		}
		g.setReg(RAX, sz, lV)
	case OpCwd:
		c.LocalGet(lR + RAX)
		g.sext(sz)
		c.I64Const(63)
		c.Op(wasmgen.I64ShrS)
		c.LocalSet(lV)
		g.setReg(RDX, sz, lV)
	case OpXchg:
		g.reg(in.RM, sz)
		c.LocalSet(lX)
		g.reg(in.Reg, sz)
		c.LocalSet(lY)
		g.setReg(in.RM, sz, lY)
		g.setReg(in.Reg, sz, lX)
	case OpCmov:
		g.getE(in, sz)
		c.LocalSet(lV)
		g.cond(in.Sub, fl)
		c.If()
		g.setReg(in.Reg, sz, lV)
		if sz == 4 {
			c.Else()
			g.reg(in.Reg, 4)
			c.LocalSet(lV)
			g.setReg(in.Reg, 4, lV)
		}
		c.End()
	case OpSetcc:
		g.cond(in.Sub, fl)
		c.Op(wasmgen.I64ExtendI32U)
		c.LocalSet(lV)
		g.setE(in, 1, lV)
	case OpJcc:
		g.cond(in.Sub, fl)
		c.If()
		g.goTo(in.Imm)
		c.End()
		g.goTo(in.Next)
	case OpJmp:
		g.goTo(in.Imm)
	case OpCall:
		c.I64Const(int64(in.Next))
		c.LocalSet(lV)
		g.pushV()
		g.goTo(in.Imm)
	case OpRet:
		c.LocalGet(lR + RSP)
		c.LocalSet(lA)
		g.load(8)
		c.LocalSet(lT)
		c.LocalGet(lR + RSP)
		c.I64Const(int64(8 + in.Imm))
		c.Op(wasmgen.I64Add)
		c.LocalSet(lR + RSP)
		g.indirect()
	case OpJmpE:
		g.getE(in, 8)
		c.LocalSet(lT)
		g.indirect()
	case OpCallE:
		g.getE(in, 8)
		c.LocalSet(lT)
		c.I64Const(int64(in.Next))
		c.LocalSet(lV)
		g.pushV()
		g.indirect()
	case OpSSE, OpSSEImm:
		g.sse(in)
	default:
		panic(fmt.Sprintf("translator: op %d accepted but not generated", in.Op))
	}
}

// setE writes local v to the E operand (the address is recomputed).
func (g *gen) setE(in *Inst, size uint8, v uint32) {
	if !in.Mem {
		g.setReg(in.RM, size, v)
		return
	}
	g.ea(in, true)
	g.c.LocalSet(lA)
	g.store(size, v)
}

// pushV pushes local lV (8 bytes): the store may exit, so RSP changes after.
func (g *gen) pushV() {
	c := g.c
	c.LocalGet(lR + RSP)
	c.I64Const(8)
	c.Op(wasmgen.I64Sub)
	c.LocalSet(lA)
	g.store(8, lV)
	c.LocalGet(lA)
	c.LocalSet(lR + RSP)
}
