//go:build wasip1

package emulator

import (
	"fmt"
	"unsafe"

	"github.com/blockless/avs/emulator/internal/cpu"
)

// The engine (engine/x86jit.go) provides these imports to the emulator
// module: compile turns wasm bytes in linear memory into a handle (or a
// negative error); run calls the compiled function over a cpu.XState and
// returns its exit reason. run is itself wasm (a call through the table of
// translations), so entering translated code never leaves wasmtime, and a
// trap in translated code ends the whole run as a trap. A runtime without
// them must not be asked to translate (x86emu -translate).

//go:wasmimport blockless_x86 compile
func hostCompile(p unsafe.Pointer, n int32) int32

//go:wasmimport blockless_x86 run
func hostRun(h int32, st unsafe.Pointer) int32

type hostBackend struct{}

func (hostBackend) Compile(wasm []byte) (int32, error) {
	h := hostCompile(unsafe.Pointer(unsafe.SliceData(wasm)), int32(len(wasm)))
	if h < 0 {
		return 0, fmt.Errorf("emulator: host compile failed (%d)", h)
	}
	return h, nil
}

func (hostBackend) Run(h int32, st *cpu.XState) int32 {
	return hostRun(h, unsafe.Pointer(st))
}

func translator() cpu.Backend { return hostBackend{} }
