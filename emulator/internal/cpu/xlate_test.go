package cpu

import (
	"errors"
	"testing"
	"unsafe"

	"github.com/blockless/avs/emulator/elftest"
	"github.com/blockless/avs/emulator/internal/mem"
)

// Translated code addresses XState and the TLB entries by fixed offsets.
func TestXStateLayout(t *testing.T) {
	var s XState
	for _, c := range []struct {
		name      string
		got, want uintptr
	}{
		{"RIP", unsafe.Offsetof(s.RIP), xoRIP}, {"Icount", unsafe.Offsetof(s.Icount), xoIcount},
		{"Limit", unsafe.Offsetof(s.Limit), xoLimit}, {"Fres", unsafe.Offsetof(s.Fres), xoFres},
		{"Fs1", unsafe.Offsetof(s.Fs1), xoFs1}, {"Fs2", unsafe.Offsetof(s.Fs2), xoFs2},
		{"Fop", unsafe.Offsetof(s.Fop), xoFop}, {"Fsize", unsafe.Offsetof(s.Fsize), xoFsize},
		{"Fcarry", unsafe.Offsetof(s.Fcarry), xoFcarry}, {"Fof", unsafe.Offsetof(s.Fof), xoFof},
		{"RTLB", unsafe.Offsetof(s.RTLB), xoRTLB}, {"WTLB", unsafe.Offsetof(s.WTLB), xoWTLB},
		{"FSBase", unsafe.Offsetof(s.FSBase), xoFS}, {"GSBase", unsafe.Offsetof(s.GSBase), xoGS},
		{"Entry", unsafe.Offsetof(s.Entry), xoEntry}, {"Rflags", unsafe.Offsetof(s.Rflags), xoRflags},
		{"Handle", unsafe.Offsetof(s.Handle), xoHandle}, {"Map", unsafe.Offsetof(s.Map), xoMap},
		{"MapMask", unsafe.Offsetof(s.MapMask), xoMask}, {"Hops", unsafe.Offsetof(s.Hops), xoHops},
		{"XMM", unsafe.Offsetof(s.XMM), xoXMM}, {"MXCSR", unsafe.Offsetof(s.MXCSR), xoMXCSR},
		{"DF", unsafe.Offsetof(s.DF), xoDF},
		{"Win", unsafe.Offsetof(s.Win), xoWin},
	} {
		if c.got != c.want {
			t.Errorf("XState.%s at %d, translated code uses %d", c.name, c.got, c.want)
		}
	}
	var e mem.TLBEntry
	if unsafe.Offsetof(e.Tag) != 0 || unsafe.Offsetof(e.D) != 8 || unsafe.Sizeof(e) != 16 {
		t.Error("mem.TLBEntry layout differs from what translated code probes")
	}
	var w mem.FastWindow
	if unsafe.Offsetof(w.Lo) != 0 || unsafe.Offsetof(w.N) != 8 || unsafe.Offsetof(w.Base) != 16 || unsafe.Sizeof(w) != 24 {
		t.Error("mem.FastWindow layout differs from what translated code reads")
	}
}

// TestGenRegionEncodes translates every block a small program decodes
// (with all the supported forms: flags, memory, calls) and checks the
// module encodes; the engine's tests run such modules in wasmtime.
func TestGenRegionEncodes(t *testing.T) {
	code := []byte{
		0x48, 0x83, 0xc0, 0x01, // add rax, 1
		0x48, 0x8b, 0x1c, 0x24, // mov rbx, [rsp]
		0x0f, 0x44, 0xc3, // cmove eax, ebx
		0x0f, 0x9c, 0xc1, // setl cl
		0x48, 0xc1, 0xe0, 0x03, // shl rax, 3
		0x48, 0x6b, 0xc0, 0x07, // imul rax, rax, 7
		0x48, 0x39, 0xd8, // cmp rax, rbx
		0x75, 0xe5, // jne 0
		0xc3, // ret
	}
	m := mem.New()
	m.Map(0x1000, 0x2000, mem.PermRead|mem.PermExec|mem.PermWrite)
	if err := m.Poke(0x1000, code); err != nil {
		t.Fatal(err)
	}
	c := New(m)
	b := c.lookup(0x1000)
	k := xprefix(b.insts)
	if k != len(b.insts) {
		t.Fatalf("translated %d of %d instructions", k, len(b.insts))
	}
	ret := c.lookup(b.insts[len(b.insts)-1].Next)
	wasm, err := genRegion([]*block{b, ret}, []int{k, xprefix(ret.insts)}, map[uint64]int{b.start: 0, ret.start: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(wasm) < 8 || string(wasm[:4]) != "\x00asm" {
		t.Fatalf("not a wasm module: % x", wasm[:min(len(wasm), 8)])
	}
}

// TestXmap checks the dispatcher's map as the generated lookup reads it:
// every live address is found from its hash slot by linear probing
// before an empty slot, dropped addresses read as not enterable, and
// growth keeps what is live.
func TestXmap(t *testing.T) {
	var m xmap
	lookup := func(addr uint64) uint64 {
		mask := m.slots() - 1
		for i := xhash(addr, mask); ; i = (i + 1) & mask {
			switch m.e[2*i] {
			case addr:
				return m.e[2*i+1]
			case 0:
				return 0
			}
		}
	}
	const n = 20000 // several growths
	for i := uint64(0); i < n; i++ {
		m.put(0x400000+i*7, int32(i%5), int32(i%192))
	}
	m.put(0, 1, 1) // never entered
	for i := uint64(0); i < n; i++ {
		if got, want := lookup(0x400000+i*7), (i%5)<<32|(i%192+1); got != want {
			t.Fatalf("entry %d = %#x, want %#x", i, got, want)
		}
	}
	if lookup(0) != 0 || lookup(0x400001) != 0 {
		t.Fatal("absent addresses found")
	}
	// Drop only removes an entry of the named region.
	m.drop(0x400000, 3)
	if lookup(0x400000) == 0 {
		t.Fatal("dropped an entry of another region")
	}
	m.drop(0x400000, 0)
	if lookup(0x400000) != 0 {
		t.Fatal("dropped entry still enterable")
	}
	m.put(0x400000, 4, 9)
	if got := lookup(0x400000); got != 4<<32|10 {
		t.Fatalf("re-added entry = %#x", got)
	}
	if 2*m.used > int(m.slots()) {
		t.Fatalf("%d used of %d slots", m.used, m.slots())
	}
}

// TestXlateSSECoverage checks that the whole SSE loop of elftest.SSE
// (which the engine's tests run interpreted and translated) is translated
// and that the region encodes.
func TestXlateSSECoverage(t *testing.T) {
	elf := elftest.SSE()
	const base = 0x400000
	m := mem.New()
	m.Map(base, base+0x2000, mem.PermRead|mem.PermExec)
	if err := m.Poke(base, elf); err != nil {
		t.Fatal(err)
	}
	c := New(m)
	var list []*block
	var ks []int
	index := map[uint64]int{}
	loop := uint64(base + 120 + elftest.SSELoop)
	for a := loop; ; {
		b := c.lookup(a)
		k := xprefix(b.insts)
		if k != len(b.insts) {
			in := &b.insts[k]
			t.Fatalf("block 0x%x: translated %d of %d instructions; first untranslated at 0x%x: op %d sub %#x rep %d",
				b.start, k, len(b.insts), in.Addr(), in.Op, in.Sub, in.Rep)
		}
		index[b.start] = len(list)
		list, ks = append(list, b), append(ks, k)
		last := &b.insts[len(b.insts)-1]
		if last.Op == OpJcc && last.Imm == loop {
			break
		}
		a = last.Next
	}
	wasm, err := genRegion(list, ks, index)
	if err != nil {
		t.Fatal(err)
	}
	if len(wasm) < 8 || string(wasm[:4]) != "\x00asm" {
		t.Fatal("not a wasm module")
	}
}

// noBackend refuses every module: the interpreter runs as it does with
// translation on (recording what regions are formed from) while nothing
// is compiled, since wasm runs only in the engine.
type noBackend struct{}

func (noBackend) Compile([]byte) (int32, error) { return 0, errors.New("no wasm backend in this test") }
func (noBackend) Run(int32, *XState) int32      { return -1 }

// TestRegionFollowsIndirectJumps: the targets a jmp rax went to while
// interpreted join the region formed around its block, so a switch's
// cases do not leave the region through the dispatcher.
func TestRegionFollowsIndirectJumps(t *testing.T) {
	code := map[uint64][]byte{
		0x1000: {0x31, 0xc9}, // xor ecx, ecx
		0x1002: {
			0x89, 0xc8, // mov eax, ecx
			0x83, 0xe0, 0x01, // and eax, 1
			0xc1, 0xe0, 0x08, // shl eax, 8
			0x05, 0x00, 0x11, 0x00, 0x00, // add eax, 0x1100
			0xff, 0xe0, // jmp rax: 0x1100 or 0x1200
		},
		0x1100: {0xff, 0xc1, 0xe9, 0xfb, 0xfe, 0xff, 0xff}, // inc ecx; jmp 0x1002
		0x1200: {0xff, 0xc1, 0xe9, 0xfb, 0xfd, 0xff, 0xff}, // inc ecx; jmp 0x1002
	}
	m := mem.New()
	m.Map(0x1000, 0x2000, mem.PermRead|mem.PermExec|mem.PermWrite)
	for a, b := range code {
		if err := m.Poke(a, b); err != nil {
			t.Fatal(err)
		}
	}
	c := New(m)
	c.JIT = noBackend{}
	c.RIP, c.Limit = 0x1000, 20000
	if stop := c.Run(); stop != StopBudget {
		t.Fatalf("stopped with %v (%s), want the budget", stop, c.Err)
	}
	if c.XStats.CompileErrors == 0 {
		t.Fatal("no region was formed")
	}
	list, _, index := c.regionBlocks(c.blocks[0x1002])
	for _, a := range []uint64{0x1002, 0x1100, 0x1200} {
		if _, ok := index[a]; !ok {
			t.Errorf("block 0x%x is not in the region of the jmp rax block (%d blocks)", a, len(list))
		}
	}
}
