// Package elftest builds minimal static x86-64 executables for tests of the emulator and of
// the engine's x86 path.
package elftest

import "encoding/binary"

// Tiny returns a static ET_EXEC whose only segment (R+X, at 0x400000) holds code, entered
// at its first byte.
func Tiny(code []byte) []byte {
	const base = 0x400000
	hdr := make([]byte, 64+56)
	copy(hdr, "\x7fELF\x02\x01\x01")
	le := binary.LittleEndian
	le.PutUint16(hdr[16:], 2)  // ET_EXEC
	le.PutUint16(hdr[18:], 62) // x86-64
	le.PutUint32(hdr[20:], 1)
	le.PutUint64(hdr[24:], base+uint64(len(hdr)))
	le.PutUint64(hdr[32:], 64)
	le.PutUint16(hdr[52:], 64)
	le.PutUint16(hdr[54:], 56)
	le.PutUint16(hdr[56:], 1)
	ph := hdr[64:]
	le.PutUint32(ph, 1)     // PT_LOAD
	le.PutUint32(ph[4:], 5) // R+X
	le.PutUint64(ph[16:], base)
	size := uint64(len(hdr) + len(code))
	le.PutUint64(ph[32:], size)
	le.PutUint64(ph[40:], size)
	le.PutUint64(ph[48:], 0x1000)
	return append(hdr, code...)
}
