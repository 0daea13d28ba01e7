package mem

import (
	"encoding/binary"
	"errors"
	"math/rand"
	"testing"
	"unsafe"
)

// Window layout of the tests: an upward window, a downward one, and a
// downward one whose reach the slab budget cuts short.
const (
	upLo   = 0x100000
	downHi = 0x800000
	topHi  = 0x4000000
)

func windowed(maxPages int) *Memory {
	m := New()
	m.MaxPages = maxPages
	m.SetWindow(0, downHi, 1<<20, true)
	m.SetWindow(1, upLo, 1<<20, false)
	m.SetWindow(2, topHi, 1<<24, true)
	return m
}

// fastWrite stores v at a the way translated code does: through the
// first window whose fast run holds the 8 bytes. It reports false when no
// run does (translated code would then probe the TLB).
func fastWrite(m *Memory, a, v uint64) bool {
	if b := fastBytes(m, a); b != nil {
		binary.LittleEndian.PutUint64(b, v)
		return true
	}
	return false
}

func fastRead(m *Memory, a uint64) (uint64, bool) {
	if b := fastBytes(m, a); b != nil {
		return binary.LittleEndian.Uint64(b), true
	}
	return 0, false
}

// fastBytes returns the 8 host bytes translated code would access at a
// (Base + a - Lo of the first run holding them), or nil.
func fastBytes(m *Memory, a uint64) []byte {
	for k, f := range m.FastAddr() {
		if off := a - f.Lo; off < f.N {
			slab := m.win[k].slab
			i := f.Base + off - uint64(uintptr(unsafe.Pointer(&slab[0])))
			return slab[i : i+8]
		}
	}
	return nil
}

// checkRuns verifies the invariant translated code relies on: every page
// of every published fast run is allocated, readable, writable, holds no
// decoded code, and its bytes are the ones at Base.
func checkRuns(t *testing.T, m *Memory) {
	t.Helper()
	for k, f := range m.FastAddr() {
		if f.N == 0 {
			continue
		}
		n := f.N + FastWindowAccess - 1
		if f.Lo%PageSize != 0 || n%PageSize != 0 {
			t.Fatalf("window %d: run %#x+%#x not page aligned", k, f.Lo, n)
		}
		for a := f.Lo; a < f.Lo+n; a += PageSize {
			p, ok := m.pages[a>>pageShift]
			if !ok || p.Perm&(PermRead|PermWrite) != PermRead|PermWrite || p.Code {
				t.Fatalf("window %d: page %#x in the fast run does not qualify (allocated %v)", k, a, ok)
			}
			if uintptr(unsafe.Pointer(p.Data)) != uintptr(f.Base+(a-f.Lo)) {
				t.Fatalf("window %d: page %#x is not where the run says", k, a)
			}
		}
	}
}

// try runs f and returns the fault or OOM it panicked with, if any.
func try(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			switch e := r.(type) {
			case *Fault:
				err = e
			case *OOM:
				err = e
			default:
				panic(r)
			}
		}
	}()
	f()
	return nil
}

// TestWindowsMatchPlainMemory drives a windowed and a plain address space
// through the same random mix of mappings, protections, code marks,
// discards, moves, slow-path accesses and fast-run stores, and demands
// the same bytes, faults and page counts throughout.
func TestWindowsMatchPlainMemory(t *testing.T) {
	fastHits := 0
	for seed := int64(1); seed <= 40; seed++ {
		rng := rand.New(rand.NewSource(seed))
		maxPages := 0
		if seed%4 == 0 {
			maxPages = 300 // also exercises the slab budget and OOM
		}
		win, plain := windowed(maxPages), New()
		plain.MaxPages = maxPages
		// Mostly near the windows' anchors, where runs form; also across
		// a slab's growth and outside every window.
		bases := []uint64{upLo, downHi - 1<<18, topHi - 1<<18, downHi - 1<<20, 0x2000000}
		addr := func() uint64 {
			b := bases[rng.Intn(len(bases))]
			return b + uint64(rng.Intn(1<<18))&^7 + uint64(rng.Intn(2))*7
		}
		span := func() (uint64, uint64) {
			s := addr() &^ pageMask
			return s, s + uint64(1+rng.Intn(40))*PageSize
		}
		for step := 0; step < 3000; step++ {
			var ew, ep error
			switch op := rng.Intn(20); {
			case op < 3:
				s, e := span()
				perm := uint8(PermRead | PermWrite)
				if rng.Intn(4) == 0 {
					perm = uint8(rng.Intn(8))
				}
				win.Map(s, e, perm)
				plain.Map(s, e, perm)
			case op < 4:
				s, e := span()
				win.Unmap(s, e)
				plain.Unmap(s, e)
			case op < 5:
				s, e := span()
				if win.Mapped(s, e) {
					perm := uint8(rng.Intn(8))
					win.Protect(s, e, perm)
					plain.Protect(s, e, perm)
				}
			case op < 6:
				a := addr()
				ew = try(func() { win.CodePage(a) })
				ep = try(func() { plain.CodePage(a) })
			case op < 7:
				s, e := span()
				win.Discard(s, e)
				plain.Discard(s, e)
			case op < 8:
				s, e := span()
				to := addr() &^ pageMask
				if win.Mapped(s, e) && win.Free(to, to+e-s) {
					r, _ := win.RegionAt(s)
					win.Move(s, to, e-s, r.Perm)
					plain.Move(s, to, e-s, r.Perm)
				}
			case op < 9:
				// Touch a span page by page, as a growing stack or heap does.
				s, e := span()
				for a := s; a < e && ew == nil; a += PageSize {
					ew = try(func() { win.Write8(a, 1) })
					ep = try(func() { plain.Write8(a, 1) })
				}
			case op < 13:
				a, v := addr(), rng.Uint64()
				if fastWrite(win, a, v) {
					fastHits++
					// A fast store must be a store the slow path allows.
					if err := try(func() { plain.Write64(a, v) }); err != nil {
						t.Fatalf("seed %d step %d: fast store at %#x, plain memory says %v", seed, step, a, err)
					}
					continue
				}
				ew = try(func() { win.Write64(a, v) })
				ep = try(func() { plain.Write64(a, v) })
			default:
				a := addr()
				var vw, vp uint64
				if v, ok := fastRead(win, a); ok {
					vw = v
				} else {
					ew = try(func() { vw = win.Read64(a) })
				}
				ep = try(func() { vp = plain.Read64(a) })
				if vw != vp {
					t.Fatalf("seed %d step %d: read %#x: windowed %#x, plain %#x", seed, step, a, vw, vp)
				}
			}
			if (ew == nil) != (ep == nil) || ew != nil && ew.Error() != ep.Error() {
				t.Fatalf("seed %d step %d: windowed %v, plain %v", seed, step, ew, ep)
			}
			if win.Pages() != plain.Pages() {
				t.Fatalf("seed %d step %d: %d pages windowed, %d plain", seed, step, win.Pages(), plain.Pages())
			}
			checkRuns(t, win)
		}
		// Every allocated page holds the same bytes.
		for pn, p := range plain.pages {
			if *win.pages[pn].Data != *p.Data {
				t.Fatalf("seed %d: page %#x differs", seed, pn<<pageShift)
			}
		}
	}
	if fastHits < 500 {
		t.Fatalf("only %d stores went through a fast run", fastHits)
	}
	t.Logf("%d stores through fast runs", fastHits)
}

// TestWindowRunLifecycle follows one window's fast run through the events
// that must shrink it: a page turning into code, a read-only protection,
// an unmap; and back.
func TestWindowRunLifecycle(t *testing.T) {
	m := windowed(0)
	m.Map(upLo, upLo+16*PageSize, PermRead|PermWrite)
	for a := uint64(upLo); a < upLo+16*PageSize; a += PageSize {
		m.Write8(a, 1)
	}
	run := func() (uint64, uint64) {
		f := m.FastAddr()[1]
		if f.N == 0 {
			return 0, 0
		}
		return f.Lo, f.Lo + f.N + FastWindowAccess - 1
	}
	if lo, hi := run(); lo != upLo || hi != upLo+16*PageSize {
		t.Fatalf("run %#x-%#x after touching 16 pages", lo, hi)
	}
	// Decoding code on page 3 keeps it out of the run: stores there must
	// reach the slow path, which drops the decoded code.
	m.Protect(upLo+3*PageSize, upLo+4*PageSize, PermRead|PermWrite|PermExec)
	m.CodePage(upLo + 3*PageSize)
	if lo, hi := run(); lo != upLo+4*PageSize || hi != upLo+16*PageSize {
		t.Fatalf("run %#x-%#x after a code page at 3", lo, hi)
	}
	var dropped []uint64
	m.OnCodeWrite = func(pn uint64) { dropped = append(dropped, pn) }
	m.Write8(upLo+3*PageSize, 2)
	if len(dropped) != 1 {
		t.Fatalf("store to the code page: %d invalidations", len(dropped))
	}
	if lo, hi := run(); lo != upLo || hi != upLo+16*PageSize {
		t.Fatalf("run %#x-%#x once page 3 is data again", lo, hi)
	}
	// Read-only pages leave the run; a store there faults.
	m.Protect(upLo+10*PageSize, upLo+16*PageSize, PermRead)
	if lo, hi := run(); lo != upLo || hi != upLo+10*PageSize {
		t.Fatalf("run %#x-%#x after protecting 10-16", lo, hi)
	}
	var f *Fault
	if err := try(func() { m.Write8(upLo+12*PageSize, 1) }); !errors.As(err, &f) {
		t.Fatalf("store to a read-only page: %v", err)
	}
	// Unmapped pages read as zero when mapped again, although their slab
	// bytes were written.
	m.Unmap(upLo, upLo+10*PageSize)
	if lo, hi := run(); lo != 0 || hi != 0 {
		t.Fatalf("run %#x-%#x after unmapping it", lo, hi)
	}
	m.Map(upLo, upLo+10*PageSize, PermRead|PermWrite)
	for a := uint64(upLo); a < upLo+10*PageSize; a += 512 {
		if v := m.Read64(a); v != 0 {
			t.Fatalf("%#x reads %#x after unmap and map", a, v)
		}
	}
}

// TestWindowSlabGrowth touches pages ever further from a window's anchor:
// the slab doubles, pages keep their bytes, and beyond the budget pages
// are ordinary ones.
func TestWindowSlabGrowth(t *testing.T) {
	m := windowed(1024) // budget: 256 pages of slab for all windows
	m.Map(downHi-(1<<20), downHi, PermRead|PermWrite)
	for i := uint64(1); i <= 256; i++ {
		m.Write64(downHi-i*PageSize, i)
	}
	for i := uint64(1); i <= 256; i++ {
		if v := m.Read64(downHi - i*PageSize); v != i {
			t.Fatalf("page %d reads %d", i, v)
		}
	}
	w := m.win[0]
	if got := len(w.slab); got > 256*PageSize {
		t.Fatalf("slab of %d bytes exceeds the budget", got)
	}
	if w.hi-w.lo != 256 {
		t.Fatalf("slab covers %d pages, want 256 (the budget)", w.hi-w.lo)
	}
	f := m.FastAddr()[0]
	if f.Lo != downHi-256*PageSize || f.N+FastWindowAccess-1 != 256*PageSize {
		t.Fatalf("fast run %#x+%#x", f.Lo, f.N)
	}
}
