//go:build cgo && (amd64 || arm64)

package wasmgen

import (
	"math"
	"testing"

	"github.com/bytecodealliance/wasmtime-go/v44"
)

// TestRunInWasmtime validates and runs a module using every control
// construct and memory op kind the translator emits: a loop summing the
// bytes 1..n it first stores into an imported memory.
func TestRunInWasmtime(t *testing.T) {
	var c Code
	const n, i, sum = 0, 1, 2 // param, locals
	// for i = 0; i < n; i++ { mem[i] = i+1 }
	exit := c.Block()
	top := c.Loop()
	c.LocalGet(i)
	c.LocalGet(n)
	c.Op(I32Eq)
	c.BrIf(exit)
	c.LocalGet(i)
	c.LocalGet(i)
	c.I32Const(1)
	c.Op(I32Add)
	c.Op(I64ExtendI32U)
	c.Mem(I64Store8, 0)
	c.LocalGet(i)
	c.I32Const(1)
	c.Op(I32Add)
	c.LocalSet(i)
	c.Br(top)
	c.End()
	c.End()
	// sum with a br_table dispatch: odd/even bytes go through different arms.
	c.I32Const(0)
	c.LocalSet(i)
	exit = c.Block()
	top = c.Loop()
	c.LocalGet(i)
	c.LocalGet(n)
	c.Op(I32Eq)
	c.BrIf(exit)
	odd := c.Block()
	even := c.Block()
	c.LocalGet(i)
	c.I32Const(1)
	c.Op(I32And)
	c.BrTable([]Label{even, odd}, exit)
	c.End() // even
	c.LocalGet(sum)
	c.LocalGet(i)
	c.Mem(I64Load8U, 0)
	c.Op(I64Add)
	c.LocalSet(sum)
	c.End() // odd falls here too; odd adds again with a shift of 0 (same value)
	c.LocalGet(i)
	c.I32Const(1)
	c.Op(I32And)
	c.If()
	c.LocalGet(sum)
	c.LocalGet(i)
	c.Mem(I64Load8U, 0)
	c.Op(I64Add)
	c.LocalSet(sum)
	c.End()
	c.LocalGet(i)
	c.I32Const(1)
	c.Op(I32Add)
	c.LocalSet(i)
	c.Br(top)
	c.End()
	c.End()
	c.LocalGet(sum)
	m := Module{
		Types:     []FuncType{{Params: []ValType{I32}, Results: []ValType{I64}}},
		MemModule: "env", MemName: "memory",
		Funcs:   []Func{{Type: 0, Locals: []ValType{I32, I64}, Body: &c}},
		Exports: []Export{{Name: "run", Func: 0}},
	}
	wasm, err := m.Encode()
	if err != nil {
		t.Fatal(err)
	}
	eng := wasmtime.NewEngine()
	mod, err := wasmtime.NewModule(eng, wasm)
	if err != nil {
		t.Fatalf("wasmtime rejects the module: %v", err)
	}
	store := wasmtime.NewStore(eng)
	mt, err := wasmtime.NewMemoryType(1, false, 0, false)
	if err != nil {
		t.Fatal(err)
	}
	mem, err := wasmtime.NewMemory(store, mt)
	if err != nil {
		t.Fatal(err)
	}
	inst, err := wasmtime.NewInstance(store, mod, []wasmtime.AsExtern{mem})
	if err != nil {
		t.Fatal(err)
	}
	got, err := inst.GetFunc(store, "run").Call(store, int32(100))
	if err != nil {
		t.Fatal(err)
	}
	if got.(int64) != 5050 {
		t.Fatalf("run(100) = %v, want 5050", got)
	}
}

// TestCallIndirectThroughImportedTable runs the dispatch pattern of the
// translator: a module calls functions of other modules through an
// imported funcref table.
func TestCallIndirectThroughImportedTable(t *testing.T) {
	eng := wasmtime.NewEngine()
	store := wasmtime.NewStore(eng)
	tt := wasmtime.NewTableType(wasmtime.NewValType(wasmtime.KindFuncref), 4, false, 0)
	table, err := wasmtime.NewTable(store, tt, wasmtime.ValFuncref(nil))
	if err != nil {
		t.Fatal(err)
	}
	sig := []FuncType{{Params: []ValType{I32}, Results: []ValType{I32}}}
	instantiate := func(m Module, imports ...wasmtime.AsExtern) *wasmtime.Func {
		t.Helper()
		wasm, err := m.Encode()
		if err != nil {
			t.Fatal(err)
		}
		mod, err := wasmtime.NewModule(eng, wasm)
		if err != nil {
			t.Fatalf("wasmtime rejects the module: %v", err)
		}
		inst, err := wasmtime.NewInstance(store, mod, imports)
		if err != nil {
			t.Fatal(err)
		}
		return inst.GetFunc(store, "run")
	}
	// Callees: x -> x*k for k = 3 and 5, in table slots 1 and 2.
	for slot, k := range map[uint64]int32{1: 3, 2: 5} {
		var c Code
		c.LocalGet(0)
		c.I32Const(k)
		c.Op(0x6c) // i32.mul
		f := instantiate(Module{Types: sig, Funcs: []Func{{Type: 0, Body: &c}}, Exports: []Export{{Name: "run", Func: 0}}})
		if err := table.Set(store, slot, wasmtime.ValFuncref(f)); err != nil {
			t.Fatal(err)
		}
	}
	// Caller: run(x) = table[1](x) + table[2](x).
	var c Code
	c.LocalGet(0)
	c.I32Const(1)
	c.CallIndirect(0)
	c.LocalGet(0)
	c.I32Const(2)
	c.CallIndirect(0)
	c.Op(I32Add)
	f := instantiate(Module{Types: sig, TableModule: "env", TableName: "t", Funcs: []Func{{Type: 0, Body: &c}},
		Exports: []Export{{Name: "run", Func: 0}}}, table)
	got, err := f.Call(store, int32(7))
	if err != nil {
		t.Fatal(err)
	}
	if got.(int32) != 56 {
		t.Fatalf("run(7) = %v, want 56", got)
	}
	// An empty slot traps instead of running anything.
	var e Code
	e.LocalGet(0)
	e.I32Const(3)
	e.CallIndirect(0)
	f = instantiate(Module{Types: sig, TableModule: "env", TableName: "t", Funcs: []Func{{Type: 0, Body: &e}},
		Exports: []Export{{Name: "run", Func: 0}}}, table)
	if _, err := f.Call(store, int32(1)); err == nil {
		t.Fatal("call through an empty slot did not trap")
	}
}

// TestRunFloat runs the float ops the translator emits on integer bits:
// run(a, b) = bits(sqrt(a*b) + float64(float32(a/b)) - trunc(a) + nearest(b)
// + float64(int64(b))), min-by-compare(a, b) + (a < b) + (a >= b)
// + float32(i) for i = a's integer part.
func TestRunFloat(t *testing.T) {
	var c Code
	const a, b = 0, 1
	f := func(l uint32) { c.LocalGet(l); c.Op(F64ReinterpretI64) }
	f(a)
	f(b)
	c.Op(F64Mul, F64Sqrt)
	f(a)
	f(b)
	c.Op(F64Div, F32DemoteF64, F64PromoteF32, F64Add)
	f(a)
	c.Op(F64Trunc, F64Sub)
	f(b)
	c.Op(F64Nearest, F64Add)
	f(b)
	c.Op(I64TruncF64S, F64ConvertI64S, F64Add)
	// select(a, b, a < b) as a float
	c.LocalGet(a)
	c.LocalGet(b)
	f(a)
	f(b)
	c.Op(F64Lt, Select, F64ReinterpretI64, F64Add)
	f(a)
	f(b)
	c.Op(F64Lt, I64ExtendI32U, F64ConvertI64S, F64Add)
	f(a)
	f(b)
	c.Op(F64Ge, I64ExtendI32U, F64ConvertI64S, F64Add)
	f(a)
	c.Op(I64TruncF64S, F32ConvertI64S, I32ReinterpretF32, F32ReinterpretI32, F64PromoteF32, F64Add)
	c.Op(I64ReinterpretF64)
	m := Module{
		Types:   []FuncType{{Params: []ValType{I64, I64}, Results: []ValType{I64}}},
		Funcs:   []Func{{Type: 0, Locals: []ValType{F64, F32}, Body: &c}},
		Exports: []Export{{Name: "run", Func: 0}},
	}
	wasm, err := m.Encode()
	if err != nil {
		t.Fatal(err)
	}
	eng := wasmtime.NewEngine()
	mod, err := wasmtime.NewModule(eng, wasm)
	if err != nil {
		t.Fatalf("wasmtime rejects the module: %v", err)
	}
	store := wasmtime.NewStore(eng)
	inst, err := wasmtime.NewInstance(store, mod, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range [][2]float64{{3.7, 2.5}, {-1e10, 7.25}, {123456789.123, -0.5}} {
		fa, fb := x[0], x[1]
		want := math.Sqrt(fa*fb) + float64(float32(fa/fb)) - math.Trunc(fa) + math.RoundToEven(fb) + float64(int64(fb))
		want += min(fa, fb) + float64(b2f(fa < fb)) + float64(b2f(fa >= fb)) + float64(float32(int64(fa)))
		got, err := inst.GetFunc(store, "run").Call(store, int64(math.Float64bits(fa)), int64(math.Float64bits(fb)))
		if err != nil {
			t.Fatal(err)
		}
		if uint64(got.(int64)) != math.Float64bits(want) && !(math.IsNaN(want) && math.IsNaN(math.Float64frombits(uint64(got.(int64))))) {
			t.Errorf("run(%v, %v) = %v, want %v", fa, fb, math.Float64frombits(uint64(got.(int64))), want)
		}
	}
}

func b2f(v bool) int {
	if v {
		return 1
	}
	return 0
}
