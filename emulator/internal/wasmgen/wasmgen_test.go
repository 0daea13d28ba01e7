package wasmgen

import (
	"bytes"
	"testing"
)

func TestLEB128(t *testing.T) {
	u := []struct {
		v    uint32
		want []byte
	}{{0, []byte{0}}, {127, []byte{0x7f}}, {128, []byte{0x80, 1}}, {624485, []byte{0xe5, 0x8e, 0x26}}, {1<<32 - 1, []byte{0xff, 0xff, 0xff, 0xff, 0x0f}}}
	for _, c := range u {
		if got := AppendU32(nil, c.v); !bytes.Equal(got, c.want) {
			t.Errorf("AppendU32(%d) = %x, want %x", c.v, got, c.want)
		}
	}
	s := []struct {
		v    int64
		want []byte
	}{{0, []byte{0}}, {-1, []byte{0x7f}}, {63, []byte{0x3f}}, {64, []byte{0xc0, 0}}, {-64, []byte{0x40}}, {-65, []byte{0xbf, 0x7f}}, {-123456, []byte{0xc0, 0xbb, 0x78}},
		{-1 << 63, []byte{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7f}}}
	for _, c := range s {
		if got := AppendS64(nil, c.v); !bytes.Equal(got, c.want) {
			t.Errorf("AppendS64(%d) = %x, want %x", c.v, got, c.want)
		}
	}
}

func TestEncodeMinimal(t *testing.T) {
	var c Code
	c.LocalGet(0)
	c.I32Const(1)
	c.Op(I32Add)
	m := Module{
		Types:   []FuncType{{Params: []ValType{I32}, Results: []ValType{I32}}},
		Funcs:   []Func{{Type: 0, Body: &c}},
		Exports: []Export{{Name: "inc", Func: 0}},
	}
	got, err := m.Encode()
	if err != nil {
		t.Fatal(err)
	}
	want := []byte{0, 'a', 's', 'm', 1, 0, 0, 0,
		1, 6, 1, 0x60, 1, 0x7f, 1, 0x7f, // type section
		3, 2, 1, 0, // function section
		7, 7, 1, 3, 'i', 'n', 'c', 0, 0, // export section
		10, 9, 1, 7, 0, 0x20, 0, 0x41, 1, 0x6a, 0x0b, // code section
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("Encode =\n%x\nwant\n%x", got, want)
	}
}

func TestUnbalanced(t *testing.T) {
	var c Code
	c.Block()
	m := Module{Types: []FuncType{{}}, Funcs: []Func{{Body: &c}}}
	if _, err := m.Encode(); err == nil {
		t.Fatal("Encode accepted an unclosed block")
	}
	defer func() {
		if recover() == nil {
			t.Fatal("branch to a closed label did not panic")
		}
	}()
	var d Code
	l := d.Block()
	d.End()
	d.Br(l)
}
