// Package elf loads static x86-64 Linux executables (ET_EXEC and static-PIE
// ET_DYN) into guest memory and builds the initial process stack the way the
// Linux kernel does (argc, argv, envp, auxv). Headers are parsed by hand
// rather than with debug/elf so that arbitrary input can never panic and only
// the fields the loader needs are trusted.
package elf

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/blockless/avs/emulator/internal/mem"
)

// Fixed layout (no ASLR): every run of the same program sees the same
// addresses, which is part of determinism.
const (
	PIEBase  = 0x555555554000 // where Linux puts PIE executables without ASLR
	StackTop = 0x7ffffffff000
	// StackSize is the size of the mapped stack region.
	StackSize = 8 << 20
	// MmapTop is where top-down anonymous mmap placement starts.
	MmapTop = 0x7ffff7fff000
)

const (
	ptLoad   = 1
	ptInterp = 3
	ptPhdr   = 6
	etExec   = 2
	etDyn    = 3
)

// Auxiliary vector tags.
const (
	atNull   = 0
	atPhdr   = 3
	atPhent  = 4
	atPhnum  = 5
	atPagesz = 6
	atBase   = 7
	atFlags  = 8
	atEntry  = 9
	atUID    = 11
	atEUID   = 12
	atGID    = 13
	atEGID   = 14
	atPlat   = 15
	atHwcap  = 16
	atClktck = 17
	atSecure = 23
	atRandom = 25
	atHwcap2 = 26
	atExecfn = 31
)

// Header is what the loader needs from an ELF file.
type Header struct {
	Type   uint16
	Entry  uint64
	Phoff  uint64
	Phnum  int
	Progs  []Prog
	Interp bool
}

// Prog is one program header.
type Prog struct {
	Type, Flags               uint32
	Off, Vaddr, Filesz, Memsz uint64
	Align                     uint64
}

// Parse validates and decodes the ELF header and program headers.
func Parse(img []byte) (*Header, error) {
	if len(img) < 64 || string(img[:4]) != "\x7fELF" {
		return nil, errors.New("elf: not an ELF file")
	}
	if img[4] != 2 || img[5] != 1 {
		return nil, errors.New("elf: not a little-endian ELF64 file")
	}
	le := binary.LittleEndian
	h := &Header{Type: le.Uint16(img[16:]), Entry: le.Uint64(img[24:]), Phoff: le.Uint64(img[32:])}
	if m := le.Uint16(img[18:]); m != 62 {
		return nil, fmt.Errorf("elf: machine %d is not x86-64", m)
	}
	if h.Type != etExec && h.Type != etDyn {
		return nil, fmt.Errorf("elf: type %d is not an executable", h.Type)
	}
	phentsize := le.Uint16(img[54:])
	h.Phnum = int(le.Uint16(img[56:]))
	if phentsize != 56 {
		return nil, fmt.Errorf("elf: program header size %d", phentsize)
	}
	if h.Phoff > uint64(len(img)) || uint64(h.Phnum)*56 > uint64(len(img))-h.Phoff {
		return nil, errors.New("elf: program headers out of file")
	}
	for i := 0; i < h.Phnum; i++ {
		b := img[h.Phoff+uint64(i)*56:]
		p := Prog{Type: le.Uint32(b), Flags: le.Uint32(b[4:]), Off: le.Uint64(b[8:]), Vaddr: le.Uint64(b[16:]),
			Filesz: le.Uint64(b[32:]), Memsz: le.Uint64(b[40:]), Align: le.Uint64(b[48:])}
		if p.Type == ptInterp {
			h.Interp = true
		}
		if p.Type == ptLoad {
			if p.Filesz > p.Memsz || p.Off > uint64(len(img)) || p.Filesz > uint64(len(img))-p.Off {
				return nil, fmt.Errorf("elf: segment %d out of file", i)
			}
			if p.Vaddr >= 1<<46 || p.Memsz >= 1<<32 {
				return nil, fmt.Errorf("elf: segment %d address out of range", i)
			}
		}
		h.Progs = append(h.Progs, p)
	}
	if h.Interp {
		return nil, errors.New("elf: dynamically linked executables are not supported (PT_INTERP); link with -static")
	}
	return h, nil
}

// Process is the initial state of a loaded program.
type Process struct {
	Entry uint64
	SP    uint64
	Brk   uint64 // initial program break (page aligned end of the image)
	Base  uint64 // load bias (0 for ET_EXEC)
	Phdr  uint64
	Data  uint64 // first page of the lowest writable segment (0: none)
}

// Options are the inputs that shape the initial stack.
type Options struct {
	Args   []string
	Env    []string
	Random [16]byte // AT_RANDOM bytes
	Hwcap  uint64
	Execfn string
}

// Load maps the program into m and builds its stack.
func Load(m *mem.Memory, img []byte, o Options) (*Process, error) {
	h, err := Parse(img)
	if err != nil {
		return nil, err
	}
	var bias uint64
	if h.Type == etDyn {
		bias = PIEBase
	}
	var end, data uint64
	phdr := uint64(0)
	loaded := false
	for _, p := range h.Progs {
		switch p.Type {
		case ptPhdr:
			phdr = p.Vaddr + bias
		case ptLoad:
			if p.Memsz == 0 {
				continue
			}
			start := (p.Vaddr + bias) &^ (mem.PageSize - 1)
			stop := (p.Vaddr + bias + p.Memsz + mem.PageSize - 1) &^ (mem.PageSize - 1)
			perm := uint8(0)
			if p.Flags&4 != 0 {
				perm |= mem.PermRead
			}
			if p.Flags&2 != 0 {
				perm |= mem.PermWrite
			}
			if p.Flags&1 != 0 {
				perm |= mem.PermExec | mem.PermRead
			}
			// Segments may share a page at their boundary; keep the union
			// of permissions and the bytes already copied there.
			lo, hi := start, stop
			merge := func(a uint64) {
				r, _ := m.RegionAt(a)
				m.Protect(a, a+mem.PageSize, perm|r.Perm)
			}
			if !m.Free(lo, lo+mem.PageSize) {
				merge(lo)
				lo += mem.PageSize
			}
			if hi > lo && !m.Free(hi-mem.PageSize, hi) {
				merge(hi - mem.PageSize)
				hi -= mem.PageSize
			}
			if hi > lo {
				if !m.Free(lo, hi) {
					return nil, errors.New("elf: overlapping segments")
				}
				m.Map(lo, hi, perm)
			}
			if perm&mem.PermWrite != 0 && (data == 0 || start < data) {
				data = start
			}
			if err := m.Poke(p.Vaddr+bias, img[p.Off:p.Off+p.Filesz]); err != nil {
				return nil, fmt.Errorf("elf: copy segment: %w", err)
			}
			if phdr == 0 && p.Off <= h.Phoff && h.Phoff < p.Off+p.Filesz {
				phdr = p.Vaddr + bias + (h.Phoff - p.Off)
			}
			end = max(end, stop)
			loaded = true
		}
	}
	if !loaded {
		return nil, errors.New("elf: no loadable segments")
	}
	proc := &Process{Entry: h.Entry + bias, Brk: end, Base: bias, Phdr: phdr, Data: data}
	m.Map(StackTop-StackSize, StackTop, mem.PermRead|mem.PermWrite)
	sp, err := buildStack(m, h, proc, o)
	if err != nil {
		return nil, err
	}
	proc.SP = sp
	return proc, nil
}

func buildStack(m *mem.Memory, h *Header, p *Process, o Options) (sp uint64, err error) {
	defer func() {
		if r := recover(); r != nil {
			if f, ok := r.(*mem.Fault); ok {
				err = fmt.Errorf("elf: arguments do not fit the stack: %w", f)
				return
			}
			panic(r)
		}
	}()
	sp = StackTop
	push := func(b []byte) uint64 {
		sp -= uint64(len(b))
		m.WriteBytes(sp, b)
		return sp
	}
	pushStr := func(s string) uint64 { return push(append([]byte(s), 0)) }
	execfn := pushStr(o.Execfn)
	var envp, argv []uint64
	for _, s := range o.Env {
		envp = append(envp, pushStr(s))
	}
	for _, s := range o.Args {
		argv = append(argv, pushStr(s))
	}
	plat := pushStr("x86_64")
	sp &^= 15
	rnd := push(o.Random[:])
	sp &^= 15
	aux := [][2]uint64{
		{atPhdr, p.Phdr}, {atPhent, 56}, {atPhnum, uint64(h.Phnum)}, {atPagesz, mem.PageSize},
		{atBase, 0}, {atFlags, 0}, {atEntry, p.Entry}, {atUID, 0}, {atEUID, 0}, {atGID, 0}, {atEGID, 0},
		{atPlat, plat}, {atHwcap, o.Hwcap}, {atClktck, 100}, {atSecure, 0}, {atRandom, rnd},
		{atHwcap2, 0}, {atExecfn, execfn}, {atNull, 0},
	}
	words := 1 + len(argv) + 1 + len(envp) + 1 + 2*len(aux)
	if words%2 == 1 {
		sp -= 8 // keep the final rsp 16-byte aligned, as the ABI requires
	}
	sp -= uint64(words) * 8
	w := sp
	put := func(v uint64) { m.Write64(w, v); w += 8 }
	put(uint64(len(argv)))
	for _, a := range argv {
		put(a)
	}
	put(0)
	for _, e := range envp {
		put(e)
	}
	put(0)
	for _, a := range aux {
		put(a[0])
		put(a[1])
	}
	return sp, nil
}
