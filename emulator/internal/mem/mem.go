// Package mem is the guest address space of the x86-64 emulator: 4 KiB pages
// allocated on first touch inside mapped regions, page permissions, and a
// direct-mapped software TLB per access kind so the common access is one
// compare and one slice index.
//
// Faults are reported by panicking with a *Fault value. The CPU recovers it at
// the top of its run loop; this keeps the hot path free of error returns,
// and a fault always ends the guest program (there is no signal delivery).
package mem

import (
	"encoding/binary"
	"fmt"
	"sort"
)

// PageSize is the guest page size.
const PageSize = 4096

const (
	pageShift = 12
	pageMask  = PageSize - 1
	tlbBits   = 12
	TLBSize   = 1 << tlbBits
)

// Permission bits, the same values as PROT_* in Linux.
const (
	PermRead  = 1
	PermWrite = 2
	PermExec  = 4
)

// Page is one guest page.
type Page struct {
	Data [PageSize]byte
	Perm uint8
	// Code is set once instructions were decoded from this page. Such pages
	// are kept out of the write TLB so that every store to them reaches the
	// slow path, which tells the CPU to drop its decoded blocks.
	Code bool
}

// TLBEntry caches one page: Tag is the page number + 1 (0 means empty).
type TLBEntry struct {
	Tag uint64
	P   *Page
}

// Region is a mapped range [Start, End) with one permission set. Pages in a
// region that were never touched are not allocated and read as zero.
type Region struct {
	Start, End uint64
	Perm       uint8
}

// Fault describes an access the guest was not allowed to make.
type Fault struct {
	Addr  uint64
	Write bool
	Exec  bool
}

func (f *Fault) Error() string {
	kind := "read"
	if f.Write {
		kind = "write"
	} else if f.Exec {
		kind = "exec"
	}
	return fmt.Sprintf("segmentation fault: %s at 0x%x", kind, f.Addr)
}

// Memory is the guest address space.
type Memory struct {
	pages   map[uint64]*Page
	regions []Region // sorted by Start, non-overlapping
	// RTLB and WTLB are exported so the interpreter can inline the hit
	// path; only this package fills them.
	RTLB [TLBSize]TLBEntry
	WTLB [TLBSize]TLBEntry
	// OnCodeWrite is called with the page number when a page holding
	// decoded code is about to be written.
	OnCodeWrite func(pn uint64)
	// MaxPages bounds the number of allocated pages (guest RSS); 0 = no bound.
	MaxPages int
}

// New returns an empty address space.
func New() *Memory {
	return &Memory{pages: make(map[uint64]*Page)}
}

// Pages returns the number of allocated pages.
func (m *Memory) Pages() int { return len(m.pages) }

// FlushTLB empties both TLBs; needed after any permission or mapping change.
func (m *Memory) FlushTLB() {
	m.RTLB = [TLBSize]TLBEntry{}
	m.WTLB = [TLBSize]TLBEntry{}
}

// flushRange drops the TLB entries of pages in [start, end), or everything
// when the range is larger than the TLB (mmap/munmap are frequent in
// malloc-heavy programs, and a full flush of 2 x 4096 entries is not free).
func (m *Memory) flushRange(start, end uint64) {
	if end <= start {
		return
	}
	if (end-start)>>pageShift >= TLBSize {
		m.FlushTLB()
		return
	}
	for pn := start >> pageShift; pn < (end+pageMask)>>pageShift; pn++ {
		i := pn & (TLBSize - 1)
		if m.RTLB[i].Tag == pn+1 {
			m.RTLB[i] = TLBEntry{}
		}
		if m.WTLB[i].Tag == pn+1 {
			m.WTLB[i] = TLBEntry{}
		}
	}
}

// Regions returns a copy of the mapped regions.
func (m *Memory) Regions() []Region { return append([]Region(nil), m.regions...) }

func (m *Memory) findRegion(addr uint64) int {
	i := sort.Search(len(m.regions), func(i int) bool { return m.regions[i].End > addr })
	if i < len(m.regions) && m.regions[i].Start <= addr {
		return i
	}
	return -1
}

// Mapped reports whether every byte of [start, end) is inside a region.
func (m *Memory) Mapped(start, end uint64) bool {
	for a := start; a < end; {
		i := m.findRegion(a)
		if i < 0 {
			return false
		}
		a = m.regions[i].End
	}
	return true
}

// Free reports whether no byte of [start, end) is mapped.
func (m *Memory) Free(start, end uint64) bool {
	i := sort.Search(len(m.regions), func(i int) bool { return m.regions[i].End > start })
	return i >= len(m.regions) || m.regions[i].Start >= end
}

// Map maps [start, end) (page aligned) with perm, replacing whatever was
// there; the replaced bytes become zero.
func (m *Memory) Map(start, end uint64, perm uint8) {
	m.Unmap(start, end)
	r := Region{start, end, perm}
	i := sort.Search(len(m.regions), func(i int) bool { return m.regions[i].Start > start })
	m.regions = append(m.regions, Region{})
	copy(m.regions[i+1:], m.regions[i:])
	m.regions[i] = r
	m.flushRange(start, end)
}

// Unmap removes [start, end) (page aligned) and frees its pages.
func (m *Memory) Unmap(start, end uint64) {
	m.carve(start, end, func(r Region) []Region { return nil })
	// Delete allocated pages; iterate the smaller of the range or the map.
	if (end-start)>>pageShift < uint64(len(m.pages)) {
		for pn := start >> pageShift; pn < end>>pageShift; pn++ {
			m.dropPage(pn)
		}
	} else {
		for pn := range m.pages {
			if pn >= start>>pageShift && pn < end>>pageShift {
				m.dropPage(pn)
			}
		}
	}
	m.flushRange(start, end)
}

func (m *Memory) dropPage(pn uint64) {
	if p, ok := m.pages[pn]; ok {
		if p.Code && m.OnCodeWrite != nil {
			m.OnCodeWrite(pn)
		}
		delete(m.pages, pn)
	}
}

// Protect changes the permission of [start, end) (page aligned, mapped).
func (m *Memory) Protect(start, end uint64, perm uint8) {
	m.carve(start, end, func(r Region) []Region { r.Perm = perm; return []Region{r} })
	for pn := start >> pageShift; pn < end>>pageShift; pn++ {
		if p, ok := m.pages[pn]; ok {
			p.Perm = perm
		}
	}
	m.flushRange(start, end)
}

// carve splits regions at start and end and replaces each piece inside
// [start, end) with f(piece).
func (m *Memory) carve(start, end uint64, f func(Region) []Region) {
	var out []Region
	for _, r := range m.regions {
		if r.End <= start || r.Start >= end {
			out = append(out, r)
			continue
		}
		if r.Start < start {
			out = append(out, Region{r.Start, start, r.Perm})
		}
		in := Region{max(r.Start, start), min(r.End, end), r.Perm}
		out = append(out, f(in)...)
		if r.End > end {
			out = append(out, Region{end, r.End, r.Perm})
		}
	}
	m.regions = out
}

// FindFree returns the highest page-aligned address a with [a, a+size) free
// and below limit and above floor; ok is false when there is none.
// Top-down first fit, like Linux's default mmap layout.
func (m *Memory) FindFree(size, floor, limit uint64) (uint64, bool) {
	top := limit
	for i := len(m.regions) - 1; i >= -1; i-- {
		var lo uint64 = floor
		if i >= 0 {
			r := m.regions[i]
			if r.Start >= top {
				continue
			}
			lo = max(r.End, floor)
		}
		if top >= size && top-size >= lo {
			return top - size, true
		}
		if i >= 0 {
			top = m.regions[i].Start
		}
		if top <= floor {
			break
		}
	}
	return 0, false
}

// PageFor returns the page holding addr, allocating it inside a region;
// nil when addr is unmapped.
func (m *Memory) PageFor(addr uint64) *Page {
	pn := addr >> pageShift
	if p, ok := m.pages[pn]; ok {
		return p
	}
	i := m.findRegion(addr)
	if i < 0 {
		return nil
	}
	if m.MaxPages > 0 && len(m.pages) >= m.MaxPages {
		panic(&OOM{Pages: len(m.pages)})
	}
	p := &Page{Perm: m.regions[i].Perm}
	m.pages[pn] = p
	return p
}

// OOM is panicked when the guest touches more pages than MaxPages.
type OOM struct{ Pages int }

func (o *OOM) Error() string { return fmt.Sprintf("out of memory: %d pages", o.Pages) }

func (m *Memory) readPage(addr uint64) *Page {
	pn := addr >> pageShift
	e := &m.RTLB[pn&(TLBSize-1)]
	if e.Tag == pn+1 {
		return e.P
	}
	p := m.PageFor(addr)
	if p == nil || p.Perm&PermRead == 0 {
		panic(&Fault{Addr: addr})
	}
	e.Tag, e.P = pn+1, p
	return p
}

func (m *Memory) writePage(addr uint64) *Page {
	pn := addr >> pageShift
	e := &m.WTLB[pn&(TLBSize-1)]
	if e.Tag == pn+1 {
		return e.P
	}
	p := m.PageFor(addr)
	if p == nil || p.Perm&PermWrite == 0 {
		panic(&Fault{Addr: addr, Write: true})
	}
	if p.Code {
		// Decoded code on this page is stale now; after this the page is
		// plain data again until it is executed.
		p.Code = false
		if m.OnCodeWrite != nil {
			m.OnCodeWrite(pn)
		}
	}
	e.Tag, e.P = pn+1, p
	return p
}

// CodePage returns the page at addr for instruction fetch and marks it as
// holding code.
func (m *Memory) CodePage(addr uint64) *Page {
	p := m.PageFor(addr)
	if p == nil || p.Perm&PermExec == 0 {
		panic(&Fault{Addr: addr, Exec: true})
	}
	if !p.Code {
		p.Code = true
		pn := addr >> pageShift
		e := &m.WTLB[pn&(TLBSize-1)]
		if e.Tag == pn+1 {
			e.Tag, e.P = 0, nil
		}
	}
	return p
}

// Fetch copies up to len(buf) instruction bytes at addr; it stops early at
// the first byte that is not executable and returns how many it copied.
func (m *Memory) Fetch(addr uint64, buf []byte) int {
	n := 0
	for n < len(buf) {
		a := addr + uint64(n)
		p := m.PageFor(a)
		if p == nil || p.Perm&PermExec == 0 {
			if n == 0 {
				panic(&Fault{Addr: a, Exec: true})
			}
			return n
		}
		if !p.Code {
			m.CodePage(a)
		}
		off := a & pageMask
		n += copy(buf[n:], p.Data[off:])
	}
	return n
}

// Read8 reads a byte.
func (m *Memory) Read8(addr uint64) uint8 {
	return m.readPage(addr).Data[addr&pageMask]
}

// Read16 reads a little-endian 16-bit value.
func (m *Memory) Read16(addr uint64) uint16 {
	off := addr & pageMask
	if off <= PageSize-2 {
		return binary.LittleEndian.Uint16(m.readPage(addr).Data[off:])
	}
	return uint16(m.readSlow(addr, 2))
}

// Read32 reads a little-endian 32-bit value.
func (m *Memory) Read32(addr uint64) uint32 {
	off := addr & pageMask
	if off <= PageSize-4 {
		return binary.LittleEndian.Uint32(m.readPage(addr).Data[off:])
	}
	return uint32(m.readSlow(addr, 4))
}

// Read64 reads a little-endian 64-bit value.
func (m *Memory) Read64(addr uint64) uint64 {
	off := addr & pageMask
	if off <= PageSize-8 {
		return binary.LittleEndian.Uint64(m.readPage(addr).Data[off:])
	}
	return m.readSlow(addr, 8)
}

func (m *Memory) readSlow(addr uint64, n int) uint64 {
	var v uint64
	for i := 0; i < n; i++ {
		v |= uint64(m.Read8(addr+uint64(i))) << (8 * i)
	}
	return v
}

// Write8 writes a byte.
func (m *Memory) Write8(addr uint64, v uint8) {
	m.writePage(addr).Data[addr&pageMask] = v
}

// Write16 writes a little-endian 16-bit value.
func (m *Memory) Write16(addr uint64, v uint16) {
	off := addr & pageMask
	if off <= PageSize-2 {
		binary.LittleEndian.PutUint16(m.writePage(addr).Data[off:], v)
		return
	}
	m.writeSlow(addr, uint64(v), 2)
}

// Write32 writes a little-endian 32-bit value.
func (m *Memory) Write32(addr uint64, v uint32) {
	off := addr & pageMask
	if off <= PageSize-4 {
		binary.LittleEndian.PutUint32(m.writePage(addr).Data[off:], v)
		return
	}
	m.writeSlow(addr, uint64(v), 4)
}

// Write64 writes a little-endian 64-bit value.
func (m *Memory) Write64(addr uint64, v uint64) {
	off := addr & pageMask
	if off <= PageSize-8 {
		binary.LittleEndian.PutUint64(m.writePage(addr).Data[off:], v)
		return
	}
	m.writeSlow(addr, v, 8)
}

func (m *Memory) writeSlow(addr, v uint64, n int) {
	// Probe both pages first so a faulting store changes nothing.
	m.writePage(addr)
	m.writePage(addr + uint64(n) - 1)
	for i := 0; i < n; i++ {
		m.Write8(addr+uint64(i), uint8(v>>(8*i)))
	}
}

// ReadN reads a value of n bytes (1, 2, 4 or 8).
func (m *Memory) ReadN(addr uint64, n uint8) uint64 {
	switch n {
	case 1:
		return uint64(m.Read8(addr))
	case 2:
		return uint64(m.Read16(addr))
	case 4:
		return uint64(m.Read32(addr))
	}
	return m.Read64(addr)
}

// WriteN writes the low n bytes (1, 2, 4 or 8) of v.
func (m *Memory) WriteN(addr uint64, n uint8, v uint64) {
	switch n {
	case 1:
		m.Write8(addr, uint8(v))
	case 2:
		m.Write16(addr, uint16(v))
	case 4:
		m.Write32(addr, uint32(v))
	default:
		m.Write64(addr, v)
	}
}

// ReadBytes copies guest memory at addr into buf.
func (m *Memory) ReadBytes(addr uint64, buf []byte) {
	for n := 0; n < len(buf); {
		a := addr + uint64(n)
		p := m.readPage(a)
		n += copy(buf[n:], p.Data[a&pageMask:])
	}
}

// WriteBytes copies buf into guest memory at addr.
func (m *Memory) WriteBytes(addr uint64, buf []byte) {
	for n := 0; n < len(buf); {
		a := addr + uint64(n)
		p := m.writePage(a)
		n += copy(p.Data[a&pageMask:], buf[n:])
	}
}

// Poke writes buf ignoring write permission (loader use: filling read-only
// segments).
func (m *Memory) Poke(addr uint64, buf []byte) error {
	for n := 0; n < len(buf); {
		a := addr + uint64(n)
		p := m.PageFor(a)
		if p == nil {
			return &Fault{Addr: a, Write: true}
		}
		n += copy(p.Data[a&pageMask:], buf[n:])
	}
	return nil
}

// ReadString reads a NUL-terminated string of at most max bytes.
func (m *Memory) ReadString(addr uint64, max int) string {
	var b []byte
	for i := 0; i < max; i++ {
		c := m.Read8(addr + uint64(i))
		if c == 0 {
			break
		}
		b = append(b, c)
	}
	return string(b)
}

// RegionAt returns the region containing addr.
func (m *Memory) RegionAt(addr uint64) (Region, bool) {
	i := m.findRegion(addr)
	if i < 0 {
		return Region{}, false
	}
	return m.regions[i], true
}

// Move transfers the mapping [from, from+size) to [to, to+size) with perm,
// moving the allocated pages instead of copying them (mremap). The
// destination must be free.
func (m *Memory) Move(from, to, size uint64, perm uint8) {
	moved := map[uint64]*Page{}
	for pn := from >> pageShift; pn < (from+size)>>pageShift; pn++ {
		if p, ok := m.pages[pn]; ok {
			if p.Code && m.OnCodeWrite != nil {
				m.OnCodeWrite(pn)
			}
			p.Code = false
			moved[pn-from>>pageShift] = p
			delete(m.pages, pn)
		}
	}
	m.Unmap(from, from+size)
	m.Map(to, to+size, perm)
	for off, p := range moved {
		p.Perm = perm
		m.pages[to>>pageShift+off] = p
	}
}

// Discard drops the contents of [start, end) (page aligned) but keeps the
// mapping: the pages read as zero afterwards (madvise MADV_DONTNEED).
func (m *Memory) Discard(start, end uint64) {
	for pn := start >> pageShift; pn < end>>pageShift; pn++ {
		if _, ok := m.pages[pn]; ok {
			m.dropPage(pn)
		}
	}
	m.flushRange(start, end)
}

// LoadN reads size bytes (1, 2, 4 or 8) at addr. The fast path is small
// enough to inline into the interpreter: a TLB hit on a page with 8 bytes
// left loads 64 bits and masks (reading past the operand inside one page
// has no side effects).
func (m *Memory) LoadN(addr uint64, size uint8) uint64 {
	e := &m.RTLB[(addr>>pageShift)&(TLBSize-1)]
	off := addr & pageMask
	if e.Tag == addr>>pageShift+1 && off <= PageSize-8 {
		return binary.LittleEndian.Uint64(e.P.Data[off:]) & sizeMasks[size&15]
	}
	return m.ReadN(addr, size)
}

// StoreN writes the low size bytes of v at addr; the fast path merges into
// the surrounding 64 bits (single-threaded, so read-modify-write is safe).
func (m *Memory) StoreN(addr uint64, size uint8, v uint64) {
	e := &m.WTLB[(addr>>pageShift)&(TLBSize-1)]
	off := addr & pageMask
	if e.Tag == addr>>pageShift+1 && off <= PageSize-8 {
		p := e.P.Data[off : off+8]
		mask := sizeMasks[size&15]
		binary.LittleEndian.PutUint64(p, binary.LittleEndian.Uint64(p)&^mask|v&mask)
		return
	}
	m.WriteN(addr, size, v)
}

var sizeMasks = [16]uint64{1: 0xff, 2: 0xffff, 4: 0xffffffff, 8: ^uint64(0)}

// TryLoad is LoadN's TLB-hit path alone: it reports false on a miss, so it
// inlines into the interpreter and the caller pays a call only on a miss.
func (m *Memory) TryLoad(addr uint64, size uint8) (uint64, bool) {
	e := &m.RTLB[(addr>>pageShift)&(TLBSize-1)]
	// One branch for "TLB hit and 8 bytes left in the page".
	if (e.Tag^(addr>>pageShift+1))|((addr&pageMask+8)>>pageShift) == 0 {
		return binary.LittleEndian.Uint64(e.P.Data[addr&pageMask:]) & sizeMasks[size&15], true
	}
	return 0, false
}

// TryStore is StoreN's TLB-hit path alone; false means nothing was written.
func (m *Memory) TryStore(addr uint64, size uint8, v uint64) bool {
	e := &m.WTLB[(addr>>pageShift)&(TLBSize-1)]
	if (e.Tag^(addr>>pageShift+1))|((addr&pageMask+8)>>pageShift) == 0 {
		p := e.P.Data[addr&pageMask : addr&pageMask+8]
		mask := sizeMasks[size&15]
		binary.LittleEndian.PutUint64(p, binary.LittleEndian.Uint64(p)&^mask|v&mask)
		return true
	}
	return false
}
