package cpu

import (
	"bytes"
	"debug/elf"
	"math/rand"
	"path/filepath"
	"testing"

	"golang.org/x/arch/x86/x86asm"

	"github.com/blockless/avs/internal/built"
)

// agree checks our decoder against x86asm on one byte sequence: when both
// accept it, the instruction lengths must be equal. It returns whether the
// comparison happened.
func agree(t testing.TB, b []byte) bool {
	in, ok := Decode(b, 0x400000)
	if !ok {
		return false
	}
	// x86asm decodes endbr64 (f3 0f 1e fa) as a bare one-byte rep prefix.
	if bytes.HasPrefix(b, []byte{0xf3, 0x0f, 0x1e}) {
		return false
	}
	ref, err := x86asm.Decode(b, 64)
	if err != nil || ref.Op == 0 {
		// Op 0 is x86asm's "lone prefix" answer for encodings it does not
		// know behind a prefix (CET hints, endbr64, fnsetpm).
		return false
	}
	if int(in.Len) != ref.Len {
		t.Errorf("% x: length %d, x86asm %d (%v)", b[:max(int(in.Len), ref.Len)], in.Len, ref.Len, ref)
		return true
	}
	checkMemOperand(t, b[:in.Len], &in, ref)
	return true
}

// regNum maps an x86asm general register (any width) to 0..15.
func regNum(r x86asm.Reg) (uint8, bool) {
	for _, base := range []x86asm.Reg{x86asm.RAX, x86asm.EAX} {
		if r >= base && r < base+16 {
			return uint8(r - base), true
		}
	}
	return 0, false
}

// checkMemOperand compares the decoded memory operand (base, index, scale,
// displacement, segment) with x86asm's.
func checkMemOperand(t testing.TB, b []byte, in *Inst, ref x86asm.Inst) {
	switch in.Op {
	case OpMovs, OpCmps, OpStos, OpLods, OpScas, OpXlat:
		return // implicit rSI/rDI operands are not ModRM operands here
	}
	for _, a := range ref.Args {
		m, ok := a.(x86asm.Mem)
		if !ok {
			continue
		}
		if !in.Mem {
			t.Errorf("% x (%v): x86asm has a memory operand, decoder has none", b, ref)
			return
		}
		wantDisp, wantBase := m.Disp, uint8(NoReg)
		switch m.Base {
		case 0:
		case x86asm.RIP, x86asm.EIP:
			wantDisp = int64(in.Next) + m.Disp
			if m.Base == x86asm.EIP {
				wantDisp = int64(uint32(wantDisp))
			}
		default:
			n, ok := regNum(m.Base)
			if !ok {
				t.Errorf("% x (%v): unexpected base %v", b, ref, m.Base)
				return
			}
			wantBase = n
		}
		wantIndex, wantScale := uint8(NoReg), uint8(0)
		if m.Index != 0 {
			n, _ := regNum(m.Index)
			wantIndex = n
			for m.Scale > 1<<wantScale {
				wantScale++
			}
		}
		wantSeg := uint8(segNone)
		switch m.Segment {
		case x86asm.FS:
			wantSeg = SegFS
		case x86asm.GS:
			wantSeg = SegGS
		}
		if in.Base != wantBase || in.Index != wantIndex || (in.Index != NoReg && in.Scale != wantScale) ||
			in.Disp != wantDisp || in.Seg != wantSeg {
			t.Errorf("% x (%v): mem base %d index %d scale %d disp %#x seg %d; x86asm base %d index %d scale %d disp %#x seg %d",
				b, ref, in.Base, in.Index, in.Scale, in.Disp, in.Seg, wantBase, wantIndex, wantScale, wantDisp, wantSeg)
		}
		return
	}
}

// TestDecodeAgainstX86asmCorpus sweeps the .text of corpus binaries.
func TestDecodeAgainstX86asmCorpus(t *testing.T) {
	built.Require(t, "emulator-corpus", "../../../build/emulator/musl-O2", "../../../build/emulator/gcc-O2")
	bins, _ := filepath.Glob("../../../build/emulator/*-O2/*")
	if len(bins) == 0 {
		t.Fatal("corpus not built: run 'make emulator-corpus'")
	}
	compared := 0
	for _, bin := range bins[:min(len(bins), 12)] {
		f, err := elf.Open(bin)
		if err != nil {
			t.Fatal(err)
		}
		text, err := f.Section(".text").Data()
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		for off := 0; off < len(text); {
			end := min(off+15, len(text))
			in, ok := Decode(text[off:end], 0x400000)
			if agree(t, text[off:end]) {
				compared++
			}
			if ok {
				off += int(in.Len)
			} else {
				off++
			}
		}
		if t.Failed() {
			return
		}
	}
	if compared < 10000 {
		t.Fatalf("only %d instructions compared", compared)
	}
	t.Logf("%d instructions agree with x86asm", compared)
}

// TestDecodeAgainstX86asmRandom compares on random byte strings biased
// toward the opcodes the emulator implements.
func TestDecodeAgainstX86asmRandom(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	prefixes := []byte{0x66, 0x67, 0xf2, 0xf3, 0x64, 0x65, 0x48, 0x41, 0x4c, 0x0f}
	compared := 0
	var b [15]byte
	for i := 0; i < 200000; i++ {
		r.Read(b[:])
		for j := 0; j < r.Intn(3); j++ {
			b[j] = prefixes[r.Intn(len(prefixes))]
		}
		if agree(t, b[:]) {
			compared++
		}
		if t.Failed() {
			return
		}
	}
	t.Logf("%d random instructions agree with x86asm", compared)
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte{0x48, 0x8b, 0x44, 0x24, 0x08})
	f.Add([]byte{0x66, 0x0f, 0xef, 0xc0})
	f.Add([]byte{0xf3, 0x0f, 0x1e, 0xfa})
	f.Add([]byte{0xdd, 0x04, 0x25, 0, 0, 0, 0})
	f.Add([]byte{0xf3, 0x48, 0xab})
	f.Fuzz(func(t *testing.T, b []byte) {
		in, ok := Decode(b, 0x1000)
		if ok && (in.Len == 0 || int(in.Len) > len(b) || in.Len > 15) {
			t.Fatalf("% x: bad length %d", b, in.Len)
		}
		if len(b) >= 15 {
			agree(t, b[:15])
		}
	})
}
