package wasmgen

import "fmt"

// Opcodes used by the translator. Plain instructions without immediates
// are emitted with Code.Op.
const (
	opBlock   = 0x02
	opLoop    = 0x03
	opIf      = 0x04
	opElse    = 0x05
	opEnd     = 0x0b
	opBr      = 0x0c
	opBrIf    = 0x0d
	opBrTable = 0x0e

	opCall         = 0x10
	opCallIndirect = 0x11

	Unreachable = 0x00
	Return      = 0x0f
	Drop        = 0x1a
	Select      = 0x1b

	opLocalGet = 0x20
	opLocalSet = 0x21
	opLocalTee = 0x22

	I32Load    = 0x28
	I64Load    = 0x29
	I64Load8S  = 0x30
	I64Load8U  = 0x31
	I64Load16S = 0x32
	I64Load16U = 0x33
	I64Load32S = 0x34
	I64Load32U = 0x35
	I32Store   = 0x36
	I64Store   = 0x37
	I64Store8  = 0x3c
	I64Store16 = 0x3d
	I64Store32 = 0x3e

	opI32Const = 0x41
	opI64Const = 0x42

	I32Eqz = 0x45
	I32Eq  = 0x46
	I32Ne  = 0x47
	I32LtU = 0x49
	I32GtU = 0x4b

	I64Eqz = 0x50
	I64Eq  = 0x51
	I64Ne  = 0x52
	I64LtS = 0x53
	I64LtU = 0x54
	I64GtS = 0x55
	I64GtU = 0x56
	I64LeS = 0x57
	I64LeU = 0x58
	I64GeS = 0x59
	I64GeU = 0x5a

	I32Add  = 0x6a
	I32Sub  = 0x6b
	I32And  = 0x71
	I32Or   = 0x72
	I32Xor  = 0x73
	I32Shl  = 0x74
	I32Rotl = 0x77
	I32Rotr = 0x78

	I64Popcnt = 0x7b
	I64Add    = 0x7c
	I64Sub    = 0x7d
	I64Mul    = 0x7e
	I64DivS   = 0x7f
	I64DivU   = 0x80
	I64RemS   = 0x81
	I64RemU   = 0x82
	I64And    = 0x83
	I64Or     = 0x84
	I64Xor    = 0x85
	I64Shl    = 0x86
	I64ShrS   = 0x87
	I64ShrU   = 0x88
	I64Rotl   = 0x89
	I64Rotr   = 0x8a

	I32WrapI64    = 0xa7
	I64ExtendI32S = 0xac
	I64ExtendI32U = 0xad
	I64Extend8S   = 0xc2
	I64Extend16S  = 0xc3
	I64Extend32S  = 0xc4

	// Floating point (the translator keeps values as integer bits and
	// reinterprets them around these).
	F32Eq   = 0x5b
	F32Ne   = 0x5c
	F32Lt   = 0x5d
	F32Gt   = 0x5e
	F32Le   = 0x5f
	F32Ge   = 0x60
	F64Eq   = 0x61
	F64Ne   = 0x62
	F64Lt   = 0x63
	F64Gt   = 0x64
	F64Le   = 0x65
	F64Ge   = 0x66
	F32Sqrt = 0x91
	F32Add  = 0x92
	F32Sub  = 0x93
	F32Mul  = 0x94
	F32Div  = 0x95
	F64Sqrt = 0x9f
	F64Add  = 0xa0
	F64Sub  = 0xa1
	F64Mul  = 0xa2
	F64Div  = 0xa3

	F64Nearest = 0x9e
	F64Trunc   = 0x9d

	I64TruncF64S      = 0xb0
	F32ConvertI64S    = 0xb4
	F32DemoteF64      = 0xb6
	F64ConvertI64S    = 0xb9
	F64PromoteF32     = 0xbb
	I32ReinterpretF32 = 0xbc
	I64ReinterpretF64 = 0xbd
	F32ReinterpretI32 = 0xbe
	F64ReinterpretI64 = 0xbf
)

// Label names an enclosing block, loop or if by its nesting level, so a
// branch can be encoded relative to wherever it is emitted.
type Label int

// Code is a function body under construction.
type Code struct {
	b     []byte
	depth int
}

// Len returns the number of bytes emitted so far.
func (c *Code) Len() int { return len(c.b) }

// Op emits instructions without immediates.
func (c *Code) Op(ops ...byte) { c.b = append(c.b, ops...) }

// I32Const emits i32.const v.
func (c *Code) I32Const(v int32) { c.b = AppendS64(append(c.b, opI32Const), int64(v)) }

// I64Const emits i64.const v.
func (c *Code) I64Const(v int64) { c.b = AppendS64(append(c.b, opI64Const), v) }

// LocalGet emits local.get i.
func (c *Code) LocalGet(i uint32) { c.b = AppendU32(append(c.b, opLocalGet), i) }

// LocalSet emits local.set i.
func (c *Code) LocalSet(i uint32) { c.b = AppendU32(append(c.b, opLocalSet), i) }

// LocalTee emits local.tee i.
func (c *Code) LocalTee(i uint32) { c.b = AppendU32(append(c.b, opLocalTee), i) }

// Mem emits a load or store op with alignment hint 0 and a constant offset.
func (c *Code) Mem(op byte, offset uint32) {
	c.b = AppendU32(append(c.b, op, 0), offset)
}

func (c *Code) open(op byte) Label { return c.openTyped(op, 0x40) } // empty block type

// openTyped opens a block, loop or if of block type bt.
func (c *Code) openTyped(op, bt byte) Label {
	c.b = append(c.b, op, bt)
	l := Label(c.depth)
	c.depth++
	return l
}

// Block opens a block; a branch to its label continues after its End.
func (c *Code) Block() Label { return c.open(opBlock) }

// BlockResult opens a block whose end (and every branch to it) leaves
// one value of type t.
func (c *Code) BlockResult(t ValType) Label { return c.openTyped(opBlock, byte(t)) }

// Loop opens a loop; a branch to its label continues at its start.
func (c *Code) Loop() Label { return c.open(opLoop) }

// If opens an if on the i32 on the stack.
func (c *Code) If() Label { return c.open(opIf) }

// Else starts the else arm of the innermost if.
func (c *Code) Else() { c.b = append(c.b, opElse) }

// End closes the innermost block, loop or if.
func (c *Code) End() {
	if c.depth == 0 {
		panic("wasmgen: End without an open block")
	}
	c.depth--
	c.b = append(c.b, opEnd)
}

func (c *Code) rel(l Label) uint32 {
	d := c.depth - 1 - int(l)
	if d < 0 || int(l) < 0 {
		panic(fmt.Sprintf("wasmgen: branch to label %d not enclosing (depth %d)", l, c.depth))
	}
	return uint32(d)
}

// Br emits br to l.
func (c *Code) Br(l Label) { c.b = AppendU32(append(c.b, opBr), c.rel(l)) }

// BrIf emits br_if to l.
func (c *Code) BrIf(l Label) { c.b = AppendU32(append(c.b, opBrIf), c.rel(l)) }

// Call emits a call of function index f.
func (c *Code) Call(f uint32) { c.b = AppendU32(append(c.b, opCall), f) }

// CallIndirect emits call_indirect of type index typ through table 0
// (the callee's index is on top of the stack, above its arguments).
func (c *Code) CallIndirect(typ uint32) {
	c.b = append(AppendU32(append(c.b, opCallIndirect), typ), 0x00)
}

// BrTable emits br_table over targets with default def.
func (c *Code) BrTable(targets []Label, def Label) {
	c.b = AppendU32(append(c.b, opBrTable), uint32(len(targets)))
	for _, t := range targets {
		c.b = AppendU32(c.b, c.rel(t))
	}
	c.b = AppendU32(c.b, c.rel(def))
}
