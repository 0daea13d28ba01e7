package engine

import (
	"fmt"
	"unsafe"

	"golang.org/x/sys/unix"
)

// hugePage is the size of an x86-64 transparent huge page.
const hugePage = 2 << 20

// maxLinearMemory is the most a 32-bit wasm memory can grow to. wasmtime
// reserves at least this much address space for each memory on 64-bit
// hosts, so advice up to here never reaches another mapping.
const maxLinearMemory = 4 << 30

// adviseHugePages asks the kernel to back the linear memory at base, up to
// limit bytes (what the guest may grow into, inside wasmtime's
// reservation), with transparent huge pages.
//
// Why: a run touches its memory once and then drops it, so every 4 KiB
// page it touches costs a page fault, and on a virtual machine a fault is
// expensive. An x86 program's run touches megabytes (the emulator's Go
// heap, the guest's pages, the input twice over): with 4 KiB pages the
// faults were most of the cost of a run's input (about 3–4 ms per MiB
// against under 1 ms with huge pages) and a large part of short runs.
// Only the host's memory management changes; what the guest sees, and so
// every result, stays the same. On kernels without transparent huge pages
// the call fails and nothing changes.
func adviseHugePages(base unsafe.Pointer, limit uint64) error {
	start := uintptr(base)
	end := start + uintptr(min(limit, maxLinearMemory))
	// Huge pages only fit whole aligned 2 MiB ranges; the part below the
	// first boundary keeps small pages.
	start = (start + hugePage - 1) &^ (hugePage - 1)
	if end <= start {
		return nil
	}
	b := unsafe.Slice((*byte)(unsafe.Add(base, start-uintptr(base))), end-start)
	if err := unix.Madvise(b, unix.MADV_HUGEPAGE); err != nil {
		return fmt.Errorf("engine: madvise huge pages: %w", err)
	}
	return nil
}
