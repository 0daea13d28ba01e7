package engine

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
	"unsafe"

	"golang.org/x/sys/unix"
)

// TestAdviseHugePages reserves address space the way wasmtime reserves a
// linear memory (anonymous, inaccessible beyond what is committed) and
// checks that the advice marks exactly the 2 MiB-aligned part of the
// range it is given, and nothing past the limit.
func TestAdviseHugePages(t *testing.T) {
	const size = 16 << 20
	mem, err := unix.Mmap(-1, 0, size, unix.PROT_NONE, unix.MAP_PRIVATE|unix.MAP_ANONYMOUS)
	if err != nil {
		t.Fatal(err)
	}
	defer unix.Munmap(mem)
	if err := unix.Mprotect(mem[:4<<20], unix.PROT_READ|unix.PROT_WRITE); err != nil {
		t.Fatal(err)
	}
	// Start one 4 KiB page past a 2 MiB boundary, as a memory may.
	base := uintptr(unsafe.Pointer(&mem[0]))
	aligned := (base + hugePage - 1) &^ (hugePage - 1)
	start := aligned + hugePage + 4096
	limit := uint64(8 << 20)
	err = adviseHugePages(unsafe.Pointer(&mem[start-base]), limit)
	if _, statErr := os.Stat("/sys/kernel/mm/transparent_hugepage/enabled"); statErr != nil {
		// A kernel without transparent huge pages refuses the advice;
		// the engine ignores the error and runs as before.
		if err == nil {
			t.Fatal("advice accepted on a kernel without transparent huge pages")
		}
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	first := (start + hugePage - 1) &^ (hugePage - 1)
	end := start + uintptr(limit)
	for _, c := range []struct {
		addr uintptr
		want bool
	}{
		{start, false},        // below the first 2 MiB boundary: small pages
		{first, true},         // committed part
		{first + 4<<20, true}, // still reserved, advised for when it grows
		{end - 4096, true},    // last page of the limit
		{end, false},          // past the limit
		{base + size - 4096, false},
	} {
		if got := vmaHasFlag(t, c.addr, "hg"); got != c.want {
			t.Errorf("address %#x (start %+d): huge-page advice %v, want %v", c.addr, int64(c.addr)-int64(start), got, c.want)
		}
	}
}

// vmaHasFlag reports whether the mapping holding addr carries flag in its
// VmFlags line of /proc/self/smaps.
func vmaHasFlag(t *testing.T, addr uintptr, flag string) bool {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	in := false
	for sc.Scan() {
		line := sc.Text()
		var lo, hi uintptr
		if n, _ := fmt.Sscanf(line, "%x-%x ", &lo, &hi); n == 2 && !strings.Contains(strings.SplitN(line, " ", 2)[0], ":") {
			in = lo <= addr && addr < hi
			continue
		}
		if in && strings.HasPrefix(line, "VmFlags:") {
			for _, f := range strings.Fields(strings.TrimPrefix(line, "VmFlags:")) {
				if f == flag {
					return true
				}
			}
			return false
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Fatalf("no mapping holds %#x", addr)
	return false
}
