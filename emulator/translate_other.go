//go:build !wasip1

package emulator

import "github.com/blockless/avs/emulator/internal/cpu"

// translator returns nil outside wasip1: translated code runs only inside
// the engine's wasm sandbox, so native builds always interpret.
func translator() cpu.Backend { return nil }
