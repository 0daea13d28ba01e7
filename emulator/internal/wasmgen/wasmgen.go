// Package wasmgen encodes WebAssembly binary modules: LEB128 numbers,
// sections, and a function-body builder with structured-control labels.
// It covers what the x86 translator emits (i32/i64 integer code, f32/f64 arithmetic, one
// imported memory, exported functions), nothing more, so its output is a
// pure function of the calls made.
package wasmgen

import "fmt"

// ValType is a WebAssembly value type.
type ValType byte

// Value types.
const (
	I32 ValType = 0x7f
	I64 ValType = 0x7e
	F32 ValType = 0x7d
	F64 ValType = 0x7c
)

// AppendU32 appends v as unsigned LEB128.
func AppendU32(b []byte, v uint32) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v == 0 {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}

// AppendS64 appends v as signed LEB128 (also used for i32 immediates).
func AppendS64(b []byte, v int64) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if (v == 0 && c&0x40 == 0) || (v == -1 && c&0x40 != 0) {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}

func appendName(b []byte, s string) []byte {
	return append(AppendU32(b, uint32(len(s))), s...)
}

// FuncType is a function signature.
type FuncType struct {
	Params, Results []ValType
}

// Func is a defined function: its type index, its locals beyond the
// parameters, and its body (without the locals header; End is appended).
type Func struct {
	Type   uint32
	Locals []ValType
	Body   *Code
}

// Module is a module with at most one imported memory and at most one
// imported funcref table.
type Module struct {
	Types []FuncType
	// MemModule/MemName name the imported memory (min 0 pages, no
	// maximum, so any unshared memory satisfies it); empty means none.
	MemModule, MemName string
	// TableModule/TableName name the imported funcref table (min 0, no
	// maximum), table 0 of CallIndirect; empty means none.
	TableModule, TableName string
	Funcs                  []Func
	// Exports maps export names to function indices, in this order.
	Exports []Export
}

// Export is one exported function.
type Export struct {
	Name string
	Func uint32
}

func section(out []byte, id byte, body []byte) []byte {
	out = append(out, id)
	out = AppendU32(out, uint32(len(body)))
	return append(out, body...)
}

// Encode returns the binary module. It fails on unbalanced bodies.
func (m *Module) Encode() ([]byte, error) {
	out := []byte{0, 'a', 's', 'm', 1, 0, 0, 0}
	var s []byte
	s = AppendU32(s, uint32(len(m.Types)))
	for _, t := range m.Types {
		s = append(s, 0x60)
		s = AppendU32(s, uint32(len(t.Params)))
		for _, p := range t.Params {
			s = append(s, byte(p))
		}
		s = AppendU32(s, uint32(len(t.Results)))
		for _, r := range t.Results {
			s = append(s, byte(r))
		}
	}
	out = section(out, 1, s)
	var imports [][]byte
	if m.MemName != "" {
		b := appendName(appendName(nil, m.MemModule), m.MemName)
		imports = append(imports, append(b, 0x02, 0x00, 0x00)) // memory, limits: min 0, no max
	}
	if m.TableName != "" {
		b := appendName(appendName(nil, m.TableModule), m.TableName)
		imports = append(imports, append(b, 0x01, 0x70, 0x00, 0x00)) // table, funcref, min 0, no max
	}
	if len(imports) > 0 {
		s = AppendU32(s[:0], uint32(len(imports)))
		for _, b := range imports {
			s = append(s, b...)
		}
		out = section(out, 2, s)
	}
	s = AppendU32(s[:0], uint32(len(m.Funcs)))
	for _, f := range m.Funcs {
		s = AppendU32(s, f.Type)
	}
	out = section(out, 3, s)
	s = AppendU32(s[:0], uint32(len(m.Exports)))
	for _, e := range m.Exports {
		s = appendName(s, e.Name)
		s = append(s, 0x00)
		s = AppendU32(s, e.Func)
	}
	out = section(out, 7, s)
	s = AppendU32(s[:0], uint32(len(m.Funcs)))
	for i, f := range m.Funcs {
		if f.Body.depth != 0 {
			return nil, fmt.Errorf("wasmgen: function %d: %d unclosed blocks", i, f.Body.depth)
		}
		var body []byte
		// Locals are run-length encoded by type.
		var groups [][2]uint32
		for _, l := range f.Locals {
			if n := len(groups); n > 0 && groups[n-1][1] == uint32(l) {
				groups[n-1][0]++
			} else {
				groups = append(groups, [2]uint32{1, uint32(l)})
			}
		}
		body = AppendU32(body, uint32(len(groups)))
		for _, g := range groups {
			body = AppendU32(body, g[0])
			body = append(body, byte(g[1]))
		}
		body = append(body, f.Body.b...)
		body = append(body, opEnd)
		s = AppendU32(s, uint32(len(body)))
		s = append(s, body...)
	}
	out = section(out, 10, s)
	return out, nil
}
