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
	"unsafe"
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
	Data *[PageSize]byte
	Perm uint8
	// Code is set once instructions were decoded from this page. Such pages
	// are kept out of the write TLB so that every store to them reaches the
	// slow path, which tells the CPU to drop its decoded blocks.
	Code bool
}

// TLBEntry caches one page: Tag is the page number + 1 (0 means empty).
type TLBEntry struct {
	Tag uint64
	D   *[PageSize]byte
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
	win      [NumWindows]*window
	fast     [NumWindows]FastWindow
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
		if m.windowOf(pn) >= 0 {
			// The slot is reused when the page is allocated again.
			*p.Data = [PageSize]byte{}
			m.cutRuns(pn, pn+1)
		}
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
	m.cutRuns(start>>pageShift, end>>pageShift)
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
	p := &Page{Perm: m.regions[i].Perm, Data: m.pageData(pn)}
	m.pages[pn] = p
	if w := m.windowOf(pn); w >= 0 {
		m.extendRun(w, pn)
	}
	return p
}

// OOM is panicked when the guest touches more pages than MaxPages.
type OOM struct{ Pages int }

func (o *OOM) Error() string { return fmt.Sprintf("out of memory: %d pages", o.Pages) }

func (m *Memory) readPage(addr uint64) *[PageSize]byte {
	pn := addr >> pageShift
	e := &m.RTLB[pn&(TLBSize-1)]
	if e.Tag == pn+1 {
		return e.D
	}
	p := m.PageFor(addr)
	if p == nil || p.Perm&PermRead == 0 {
		panic(&Fault{Addr: addr})
	}
	if w := m.windowOf(pn); w >= 0 {
		m.extendRun(w, pn)
	}
	e.Tag, e.D = pn+1, p.Data
	return p.Data
}

func (m *Memory) writePage(addr uint64) *[PageSize]byte {
	pn := addr >> pageShift
	e := &m.WTLB[pn&(TLBSize-1)]
	if e.Tag == pn+1 {
		return e.D
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
	if w := m.windowOf(pn); w >= 0 {
		m.extendRun(w, pn)
	}
	e.Tag, e.D = pn+1, p.Data
	return p.Data
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
		m.cutRuns(pn, pn+1)
		e := &m.WTLB[pn&(TLBSize-1)]
		if e.Tag == pn+1 {
			e.Tag, e.D = 0, nil
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
	return m.readPage(addr)[addr&pageMask]
}

// Read16 reads a little-endian 16-bit value.
func (m *Memory) Read16(addr uint64) uint16 {
	off := addr & pageMask
	if off <= PageSize-2 {
		return binary.LittleEndian.Uint16(m.readPage(addr)[off:])
	}
	return uint16(m.readSlow(addr, 2))
}

// Read32 reads a little-endian 32-bit value.
func (m *Memory) Read32(addr uint64) uint32 {
	off := addr & pageMask
	if off <= PageSize-4 {
		return binary.LittleEndian.Uint32(m.readPage(addr)[off:])
	}
	return uint32(m.readSlow(addr, 4))
}

// Read64 reads a little-endian 64-bit value.
func (m *Memory) Read64(addr uint64) uint64 {
	off := addr & pageMask
	if off <= PageSize-8 {
		return binary.LittleEndian.Uint64(m.readPage(addr)[off:])
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
	m.writePage(addr)[addr&pageMask] = v
}

// Write16 writes a little-endian 16-bit value.
func (m *Memory) Write16(addr uint64, v uint16) {
	off := addr & pageMask
	if off <= PageSize-2 {
		binary.LittleEndian.PutUint16(m.writePage(addr)[off:], v)
		return
	}
	m.writeSlow(addr, uint64(v), 2)
}

// Write32 writes a little-endian 32-bit value.
func (m *Memory) Write32(addr uint64, v uint32) {
	off := addr & pageMask
	if off <= PageSize-4 {
		binary.LittleEndian.PutUint32(m.writePage(addr)[off:], v)
		return
	}
	m.writeSlow(addr, uint64(v), 4)
}

// Write64 writes a little-endian 64-bit value.
func (m *Memory) Write64(addr uint64, v uint64) {
	off := addr & pageMask
	if off <= PageSize-8 {
		binary.LittleEndian.PutUint64(m.writePage(addr)[off:], v)
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
		n += copy(buf[n:], p[a&pageMask:])
	}
}

// WriteBytes copies buf into guest memory at addr.
func (m *Memory) WriteBytes(addr uint64, buf []byte) {
	for n := 0; n < len(buf); {
		a := addr + uint64(n)
		p := m.writePage(a)
		n += copy(p[a&pageMask:], buf[n:])
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
			if m.windowOf(pn) >= 0 {
				// Take the bytes out of the slab, whose slot must read
				// as zero again.
				d := new([PageSize]byte)
				*d, *p.Data = *p.Data, [PageSize]byte{}
				p.Data = d
			}
			moved[pn-from>>pageShift] = p
			delete(m.pages, pn)
			m.cutRuns(pn, pn+1)
		}
	}
	m.Unmap(from, from+size)
	m.Map(to, to+size, perm)
	for off, p := range moved {
		pn := to>>pageShift + off
		p.Perm = perm
		if d := m.slot(pn); d != nil {
			*d = *p.Data
			p.Data = d
		}
		m.pages[pn] = p
		if w := m.windowOf(pn); w >= 0 {
			m.extendRun(w, pn)
		}
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
		return binary.LittleEndian.Uint64(e.D[off:]) & sizeMasks[size&15]
	}
	return m.ReadN(addr, size)
}

// StoreN writes the low size bytes of v at addr; the fast path merges into
// the surrounding 64 bits (single-threaded, so read-modify-write is safe).
func (m *Memory) StoreN(addr uint64, size uint8, v uint64) {
	e := &m.WTLB[(addr>>pageShift)&(TLBSize-1)]
	off := addr & pageMask
	if e.Tag == addr>>pageShift+1 && off <= PageSize-8 {
		p := e.D[off : off+8]
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
		return binary.LittleEndian.Uint64(e.D[addr&pageMask:]) & sizeMasks[size&15], true
	}
	return 0, false
}

// TryStore is StoreN's TLB-hit path alone; false means nothing was written.
func (m *Memory) TryStore(addr uint64, size uint8, v uint64) bool {
	e := &m.WTLB[(addr>>pageShift)&(TLBSize-1)]
	if (e.Tag^(addr>>pageShift+1))|((addr&pageMask+8)>>pageShift) == 0 {
		p := e.D[addr&pageMask : addr&pageMask+8]
		mask := sizeMasks[size&15]
		binary.LittleEndian.PutUint64(p, binary.LittleEndian.Uint64(p)&^mask|v&mask)
		return true
	}
	return false
}

// Windows let translated code reach the hottest guest memory (the stack,
// the program's data and heap, the mmap area) without a TLB probe. A
// window is a guest range whose pages live in one contiguous host buffer
// (a slab) instead of one Go object each. Inside it, the "fast run" is
// the longest known stretch of pages that are allocated, readable and
// writable and hold no decoded code: an access there is the same access
// the TLB path would make, so translated code may turn it into a
// subtract, one bounds compare and the load or store. Everything else
// (other pages, code, read-only data, faults) still goes through the TLB.
//
// Windows change only where guest data lives on the host, never what the
// guest sees: slab bytes of pages that are not allocated stay zero, as a
// fresh page would be.

// NumWindows is the number of windows; translated code checks each.
const NumWindows = 3

// FastWindow is one window's fast run as translated code reads it
// (layout fixed: translated code addresses the fields at 0, 8 and 16).
type FastWindow struct {
	// Lo is the guest address of the run's first byte.
	Lo uint64
	// N: an access of at most 16 bytes at guest address a is inside the
	// run when a-Lo < N (unsigned); 0 when the run is empty.
	N uint64
	// Base is the linear-memory address of the byte at Lo.
	Base uint64
}

// FastWindowAccess is the widest access the N bound allows for.
const FastWindowAccess = 16

type window struct {
	anchor uint64 // the fixed end: lowest page of an upward window, end of a downward one (page numbers)
	down   bool
	max    uint64 // largest span in pages
	lo, hi uint64 // page numbers the slab covers
	slab   []byte
	run    [2]uint64 // fast run [lo, hi) in page numbers
}

// initialWindowPages is a new slab's size; slabs double as the guest
// touches pages further from the anchor.
const initialWindowPages = 64

// SetWindow makes window i cover up to maxSize bytes starting at anchor
// (page aligned) and growing up, or ending at anchor and growing down.
// Pages already allocated there move into the window's slab.
func (m *Memory) SetWindow(i int, anchor, maxSize uint64, down bool) {
	w := &window{anchor: anchor >> pageShift, down: down, max: maxSize >> pageShift}
	w.lo, w.hi = w.anchor, w.anchor
	m.win[i] = w
	m.publish(i)
	pns := make([]uint64, 0, len(m.pages))
	for pn := range m.pages {
		if w.reach(pn) {
			pns = append(pns, pn)
		}
	}
	sort.Slice(pns, func(a, b int) bool { return pns[a] < pns[b] })
	for _, pn := range pns {
		m.grow(i, pn)
	}
	for _, pn := range pns {
		m.extendRun(i, pn)
	}
}

// FastAddr returns the address of the windows' fast-run descriptors.
func (m *Memory) FastAddr() *[NumWindows]FastWindow { return &m.fast }

// reach reports whether page pn is in the range the window may cover.
func (w *window) reach(pn uint64) bool {
	if w.down {
		return pn < w.anchor && w.anchor-pn <= w.max
	}
	return pn >= w.anchor && pn-w.anchor < w.max
}

// span returns the pages [lo, hi) a slab of size pages covers.
func (w *window) span(size uint64) (lo, hi uint64) {
	if w.down {
		return w.anchor - size, w.anchor
	}
	return w.anchor, w.anchor + size
}

// windowOf returns the window whose slab holds page pn, or -1.
func (m *Memory) windowOf(pn uint64) int {
	for i, w := range m.win {
		if w != nil && pn >= w.lo && pn < w.hi {
			return i
		}
	}
	return -1
}

// pageData returns the storage for a newly allocated page pn: its slot
// in a window's slab (growing the slab to reach it when the budget
// allows), or a page of its own.
func (m *Memory) pageData(pn uint64) *[PageSize]byte {
	if d := m.slot(pn); d != nil {
		return d
	}
	return new([PageSize]byte)
}

// slot returns page pn's storage in a window's slab, growing the slab to
// reach it when the budget allows; nil when pn has no slot.
func (m *Memory) slot(pn uint64) *[PageSize]byte {
	for i, w := range m.win {
		if w != nil && w.reach(pn) {
			if pn < w.lo || pn >= w.hi {
				m.grow(i, pn)
			}
			if pn >= w.lo && pn < w.hi {
				off := (pn - w.lo) << pageShift
				return (*[PageSize]byte)(w.slab[off : off+PageSize])
			}
		}
	}
	return nil
}

// slabBudget bounds the bytes of all slabs together: a slab also holds
// the untouched pages between touched ones, so it must stay well inside
// the room the emulator's own heap has.
func (m *Memory) slabBudget() uint64 {
	if m.MaxPages > 0 {
		return uint64(m.MaxPages) * PageSize / 4
	}
	return 1 << 30
}

// grow enlarges window i's slab (doubling) until it covers pn, if the
// budget allows; pages already allocated in the new range move into it.
func (m *Memory) grow(i int, pn uint64) {
	w := m.win[i]
	size := max(w.hi-w.lo, initialWindowPages)
	for {
		if lo, hi := w.span(min(size, w.max)); pn >= lo && pn < hi {
			break
		}
		if size >= w.max {
			return
		}
		size *= 2
	}
	size = min(size, w.max)
	var total uint64
	for j, o := range m.win {
		if o != nil && j != i {
			total += uint64(len(o.slab))
		}
	}
	if total+size<<pageShift > m.slabBudget() {
		return
	}
	lo, _ := w.span(size)
	slab := make([]byte, size<<pageShift)
	// Move the allocated pages of the new range into the slab. Pages of
	// the old slab are among them; its other bytes were zero.
	for pn := lo; pn < lo+size; pn++ {
		p, ok := m.pages[pn]
		if !ok {
			continue
		}
		d := (*[PageSize]byte)(slab[(pn-lo)<<pageShift:])
		*d = *p.Data
		p.Data = d
	}
	w.lo, w.hi, w.slab = lo, lo+size, slab
	// TLB entries point at the old storage.
	m.FlushTLB()
	m.publish(i)
}

// qualifies reports whether page pn may be in a fast run.
func (m *Memory) qualifies(pn uint64) bool {
	p, ok := m.pages[pn]
	return ok && p.Perm&(PermRead|PermWrite) == PermRead|PermWrite && !p.Code
}

// extendRun grows window i's fast run over page pn and the qualifying
// pages around it, when pn qualifies and is in the run or next to it;
// a page away from the run starts a new one if that is longer.
func (m *Memory) extendRun(i int, pn uint64) {
	w := m.win[i]
	if pn < w.lo || pn >= w.hi || !m.qualifies(pn) {
		return
	}
	lo, hi := w.run[0], w.run[1]
	if lo == hi || pn+1 < lo || pn > hi {
		// Away from the run: the run around pn replaces it if longer
		// (data pages and the heap after them are often split by
		// untouched bss pages).
		cur := hi - lo
		lo, hi = pn, pn+1
		for hi-lo <= cur && lo > w.lo && m.qualifies(lo-1) {
			lo--
		}
		for hi-lo <= cur && hi < w.hi && m.qualifies(hi) {
			hi++
		}
		if hi-lo <= cur {
			return
		}
	}
	for lo > w.lo && m.qualifies(lo-1) {
		lo--
	}
	for hi < w.hi && m.qualifies(hi) {
		hi++
	}
	if lo != w.run[0] || hi != w.run[1] {
		w.run = [2]uint64{lo, hi}
		m.publish(i)
	}
}

// cutRuns removes pages [s, e) from every fast run, keeping the larger
// side, then lets the runs grow back over whatever still qualifies.
func (m *Memory) cutRuns(s, e uint64) {
	for i, w := range m.win {
		if w == nil || e <= w.run[0] || s >= w.run[1] {
			continue
		}
		left := [2]uint64{w.run[0], max(w.run[0], s)}
		right := [2]uint64{min(w.run[1], e), w.run[1]}
		if left[1]-left[0] >= right[1]-right[0] {
			w.run = left
		} else {
			w.run = right
		}
		if w.run[0] == w.run[1] {
			w.run = [2]uint64{}
		}
		m.publish(i)
		if w.run[0] != w.run[1] {
			m.extendRun(i, w.run[0])
		}
	}
}

// publish writes window i's fast run where translated code reads it.
func (m *Memory) publish(i int) {
	w := m.win[i]
	f := &m.fast[i]
	n := (w.run[1] - w.run[0]) << pageShift
	if w.slab == nil || n < FastWindowAccess {
		*f = FastWindow{}
		return
	}
	*f = FastWindow{
		Lo:   w.run[0] << pageShift,
		N:    n - (FastWindowAccess - 1),
		Base: uint64(uintptr(unsafe.Pointer(&w.slab[(w.run[0]-w.lo)<<pageShift]))),
	}
}
