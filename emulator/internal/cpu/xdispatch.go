package cpu

import (
	"unsafe"

	"github.com/blockless/avs/emulator/internal/wasmgen"
)

// Chaining of translated regions.
//
// A region that leaves for an address outside itself returns xExitJump.
// Returning to Go for that costs two host transitions (3-5 µs), more than
// a thousand translated instructions, and compiled code crosses regions
// on most calls and returns. So translated code runs under a dispatcher,
// one more small wasm function: it calls the region, and while the region
// exits with xExitJump to an address that starts a block of a live
// region, it calls that region directly through a funcref table that the
// host fills with every compiled module (slot = handle). Go sees the
// state only when the code needs the interpreter.
//
// The address-to-block map is an open-addressing hash table in linear
// memory that Go owns and the dispatcher only reads: pairs of (guest
// address, handle<<32 | block index+1), key 0 meaning an empty slot and
// value 0 an address that must not be entered (its region was dropped).

// xmap is the dispatcher's address-to-entry map.
type xmap struct {
	e    []uint64 // 2 words per slot
	used int
}

const xmapMinSlots = 1 << 12

func xhash(addr uint64, mask uint64) uint64 { return (addr * 0x9e3779b97f4a7c15 >> 32) & mask }

func (m *xmap) slots() uint64 { return uint64(len(m.e) / 2) }

// find returns the slot of addr, or the empty slot where it would go.
func (m *xmap) find(addr uint64) uint64 {
	mask := m.slots() - 1
	for i := xhash(addr, mask); ; i = (i + 1) & mask {
		if k := m.e[2*i]; k == addr || k == 0 {
			return i
		}
	}
}

// put maps addr to a region block; address 0 is never entered.
func (m *xmap) put(addr uint64, handle int32, idx int32) {
	if addr == 0 {
		return
	}
	if m.e == nil || 2*(m.used+1) > int(m.slots()) {
		m.grow()
	}
	i := m.find(addr)
	if m.e[2*i] == 0 {
		m.e[2*i] = addr
		m.used++
	}
	m.e[2*i+1] = uint64(uint32(handle))<<32 | uint64(idx+1)
}

// drop makes addr not enterable if it still leads into region handle.
func (m *xmap) drop(addr uint64, handle int32) {
	if m.e == nil || addr == 0 {
		return
	}
	i := m.find(addr)
	if m.e[2*i] == addr && m.e[2*i+1]>>32 == uint64(uint32(handle)) {
		m.e[2*i+1] = 0
	}
}

func (m *xmap) grow() {
	old := m.e
	n := uint64(xmapMinSlots)
	if old != nil {
		n = 2 * uint64(len(old)/2)
	}
	m.e = make([]uint64, 2*n)
	m.used = 0
	for i := 0; i < len(old); i += 2 {
		if old[i] != 0 && old[i+1] != 0 {
			j := m.find(old[i])
			m.e[2*j], m.e[2*j+1] = old[i], old[i+1]
			m.used++
		}
	}
}

// addr and mask are what the dispatcher reads from XState.
func (m *xmap) addr() uint64 { return uint64(uintptr(unsafe.Pointer(unsafe.SliceData(m.e)))) }

// Locals of the dispatcher.
const (
	dState = 0 // param
	dH     = 1 // i32 handle
	dR     = 2 // i32 exit reason
	dI     = 3 // i32 slot
	dE     = 4 // i32 slot address
	dMap   = 5 // i32
	dMask  = 6 // i32
	dRIP   = 7 // i64
	dV     = 8 // i64
)

// genDispatcher encodes the dispatcher module: run(state) calls region
// XState.Handle at block XState.Entry and follows xExitJump exits through
// the map; it returns the first other exit reason, or xExitJump when the
// target is not translated.
func genDispatcher() ([]byte, error) {
	c := &wasmgen.Code{}
	ld32 := func(off, local uint32) {
		c.LocalGet(dState)
		c.Mem(wasmgen.I32Load, off)
		c.LocalSet(local)
	}
	ld32(xoMap, dMap)
	ld32(xoMask, dMask)
	ld32(xoHandle, dH)
	call := c.Loop()
	c.LocalGet(dState)
	c.LocalGet(dH)
	c.CallIndirect(0)
	c.LocalTee(dR)
	c.If()
	c.LocalGet(dR)
	c.Op(wasmgen.Return)
	c.End()
	c.LocalGet(dState)
	c.Mem(wasmgen.I64Load, xoRIP)
	c.LocalSet(dRIP)
	// slot = (rip * golden >> 32) & mask
	c.LocalGet(dRIP)
	c.I64Const(-0x61c8864680b583eb) // 0x9e3779b97f4a7c15
	c.Op(wasmgen.I64Mul)
	c.I64Const(32)
	c.Op(wasmgen.I64ShrU)
	c.Op(wasmgen.I32WrapI64)
	c.LocalGet(dMask)
	c.Op(wasmgen.I32And)
	c.LocalSet(dI)
	// notTranslated returns xExitJump when the i64 on the stack is 0 (an
	// empty slot, or an address that must not be entered).
	notTranslated := func() {
		c.Op(wasmgen.I64Eqz)
		c.If()
		c.I32Const(xExitJump)
		c.Op(wasmgen.Return)
		c.End()
	}
	probe := c.Loop()
	c.LocalGet(dI)
	c.I32Const(4)
	c.Op(wasmgen.I32Shl)
	c.LocalGet(dMap)
	c.Op(wasmgen.I32Add)
	c.LocalTee(dE)
	c.Mem(wasmgen.I64Load, 0)
	c.LocalTee(dV)
	c.LocalGet(dRIP)
	c.Op(wasmgen.I64Eq)
	c.If()
	{
		c.LocalGet(dE)
		c.Mem(wasmgen.I64Load, 8)
		c.LocalTee(dV)
		notTranslated()
		c.LocalGet(dV)
		c.I64Const(32)
		c.Op(wasmgen.I64ShrU)
		c.Op(wasmgen.I32WrapI64)
		c.LocalSet(dH)
		c.LocalGet(dState)
		c.LocalGet(dV)
		c.I64Const(0xffffffff)
		c.Op(wasmgen.I64And)
		c.I64Const(1)
		c.Op(wasmgen.I64Sub)
		c.Mem(wasmgen.I64Store, xoEntry)
		c.LocalGet(dState)
		c.LocalGet(dState)
		c.Mem(wasmgen.I64Load, xoHops)
		c.I64Const(1)
		c.Op(wasmgen.I64Add)
		c.Mem(wasmgen.I64Store, xoHops)
		c.Br(call)
	}
	c.End()
	c.LocalGet(dV)
	notTranslated()
	c.LocalGet(dI)
	c.I32Const(1)
	c.Op(wasmgen.I32Add)
	c.LocalGet(dMask)
	c.Op(wasmgen.I32And)
	c.LocalSet(dI)
	c.Br(probe)
	c.End() // probe loop
	c.End() // call loop
	c.Op(wasmgen.Unreachable)
	i32, i64 := wasmgen.I32, wasmgen.I64
	m := wasmgen.Module{
		Types:     []wasmgen.FuncType{{Params: []wasmgen.ValType{i32}, Results: []wasmgen.ValType{i32}}},
		MemModule: "env", MemName: "memory",
		TableModule: "env", TableName: "regions",
		Funcs:   []wasmgen.Func{{Type: 0, Locals: []wasmgen.ValType{i32, i32, i32, i32, i32, i32, i64, i64}, Body: c}},
		Exports: []wasmgen.Export{{Name: "run", Func: 0}},
	}
	return m.Encode()
}
