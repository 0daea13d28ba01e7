package linux

import (
	"testing"

	"github.com/blockless/avs/emulator/internal/cpu"
	"github.com/blockless/avs/emulator/internal/elf"
	"github.com/blockless/avs/emulator/internal/mem"
)

// fuzzPaths are the path arguments the fuzzer picks from: files, dirs,
// devices, aliases, dots, trailing slashes, the empty path, a missing one.
var fuzzPaths = []string{"/tmp/a", "/tmp/d", "/tmp/d/x", "a", "..", ".", "/dev/null", "/dev/stdin", "/dev/fd/3",
	"/proc/self/fd/0", "/proc/self/exe", "/tmp/l", "", "/tmp/a/", "/none/x", "/etc/mtab", "/", "/data/f", "/data", "/dev/full"}

// fuzzCalls are the system calls the fuzzer makes (files, descriptors,
// pipes, poll, processes, memory mappings of files).
var fuzzCalls = []uint64{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 16, 17, 18, 19, 20, 21, 22, 32, 33, 56, 57, 59, 72, 76, 77, 79, 80, 81,
	82, 83, 84, 86, 87, 88, 89, 90, 137, 138, 217, 257, 258, 262, 263, 264, 265, 266, 267, 268, 269, 271, 280, 285, 292, 293, 316, 332}

const (
	fuzzPathBase = 0x10000 // fuzzPaths, 256 bytes apart
	fuzzBuf      = 0x20000 // a 64 KiB scratch buffer
	fuzzBadPtr   = 0x10    // unmapped
)

// FuzzSyscalls makes sequences of system calls with arguments drawn from
// the input. Whatever they are, no call may panic (a bad pointer is
// EFAULT), and the file system never holds more than the memory limit.
func FuzzSyscalls(f *testing.F) {
	f.Add([]byte{2, 0, 0x41, 1, 0, 0, 3, 2, 0, 0, 0, 0})
	f.Add([]byte{39, 1, 0, 0, 0, 0, 40, 0, 7, 0x40, 0, 0, 1, 3, 8, 2, 0, 0})
	f.Add([]byte{22, 8, 0, 0, 0, 0, 1, 4, 8, 3, 0, 0, 0, 3, 8, 3, 0, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		m := mem.New()
		m.Map(fuzzPathBase, fuzzPathBase+0x2000, mem.PermRead|mem.PermWrite)
		m.Map(fuzzBuf, fuzzBuf+0x10000, mem.PermRead|mem.PermWrite)
		for i, p := range fuzzPaths {
			m.WriteBytes(fuzzPathBase+uint64(i)*256, append([]byte(p), 0))
		}
		c := cpu.New(m)
		k := New(c, &elf.Process{Brk: 0x400000}, [32]byte{})
		k.MaxMemory, k.Time = 8<<20, 1_700_000_000
		k.Stdin = []byte("input")
		if err := k.Mount(map[string][]byte{"/data/f": []byte("hello")}); err != nil {
			t.Fatal(err)
		}
		m.MaxPages = int(k.MaxMemory / mem.PageSize)
		arg := func(b byte, v byte) uint64 {
			switch b % 8 {
			case 0: // a descriptor or small number
				return uint64(v % 8)
			case 1: // a path
				return fuzzPathBase + uint64(int(v)%len(fuzzPaths))*256
			case 2: // the buffer
				return fuzzBuf + uint64(v)*16
			case 3: // open flags: access mode, create, excl, trunc, append, directory, nofollow
				return uint64(v&3) | uint64(v&4)<<4 | uint64(v&8)<<4 | uint64(v&16)<<5 | uint64(v&32)<<5 | uint64(v&64)<<10 | uint64(v&128)<<10
			case 4:
				return fuzzBadPtr
			case 5: // a size
				return uint64(v) * 97
			case 6: // AT_FDCWD
				return 0xffffff9c
			default:
				return ^uint64(0) - uint64(v)
			}
		}
		for step := 0; len(data) >= 6 && step < 48 && !k.Exited; step++ {
			c.R[cpu.RAX] = fuzzCalls[int(data[0])%len(fuzzCalls)]
			regs := []int{cpu.RDI, cpu.RSI, cpu.RDX, cpu.R10, cpu.R8}
			for i, r := range regs {
				kind := data[1+i]
				val := byte(0)
				if 6+i < len(data) {
					val = data[6+i]
				}
				c.R[r] = arg(kind, val)
			}
			data = data[6:]
			k.Syscall()
			if used := uint64(k.fs.Used()); used > k.MaxMemory {
				t.Fatalf("file system holds %d bytes, limit %d", used, k.MaxMemory)
			}
		}
	})
}
