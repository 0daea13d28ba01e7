package engine

import (
	"crypto/sha256"
	"fmt"
	"sync"

	"github.com/bytecodealliance/wasmtime-go/v44"
)

// Host side of the x86 emulator's translator. With -translate, x86emu
// translates hot guest code to small wasm modules and hands them to these
// two imports: compile validates and compiles the bytes with this engine's
// wasmtime (so the same Cranelift settings and determinism rules apply)
// and instantiates them in the emulator's own store over its memory; run
// calls one of them. Translated code only ever computes what the
// interpreter would, so whether a compile succeeds never changes a result,
// only its speed.

// x86JITModule is the import module name the emulator uses.
const x86JITModule = "blockless_x86"

// x86MaxTranslations bounds the translated instances in one run (the
// emulator stops translating at its own, lower, bound).
const x86MaxTranslations = 2048

// x86StoreInstances is the store's instance limit for x86 runs: the
// emulator plus its translations.
const x86StoreInstances = storeInstances + x86MaxTranslations

// x86ModuleCacheEntries bounds the per-engine cache of compiled
// translations; the same program produces the same modules on every run.
const x86ModuleCacheEntries = 8192

// Errors returned to the emulator (negative handles or reasons).
const (
	x86JITNoState  = -1 // not an x86 run
	x86JITBadSpan  = -2 // bytes or state outside linear memory
	x86JITTooMany  = -3
	x86JITInvalid  = -4 // wasmtime rejected the module
	x86JITNoHandle = -5
	x86JITTrapped  = -6 // the translated code trapped (an emulator bug)
)

// x86JIT is the per-execution table of instantiated translations.
type x86JIT struct {
	funcs []*wasmtime.Func
	w     *watch // to tell a wall-clock stop from a trap of the code
}

// x86Modules caches compiled translations by sha256 of their bytes.
type x86Modules struct {
	mu sync.Mutex
	m  map[[32]byte]*wasmtime.Module
}

func (e *Engine) x86Module(wasm []byte) (*wasmtime.Module, error) {
	key := sha256.Sum256(wasm)
	c := &e.x86mods
	c.mu.Lock()
	mod := c.m[key]
	c.mu.Unlock()
	if mod != nil {
		return mod, nil
	}
	mod, err := wasmtime.NewModule(e.wt, wasm)
	if err != nil {
		return nil, fmt.Errorf("engine: compile x86 translation: %w", err)
	}
	c.mu.Lock()
	if c.m == nil || len(c.m) >= x86ModuleCacheEntries {
		c.m = map[[32]byte]*wasmtime.Module{}
	}
	c.m[key] = mod
	c.mu.Unlock()
	return mod, nil
}

// defineX86JIT adds the blockless_x86 imports to l.
func (e *Engine) defineX86JIT(l *wasmtime.Linker) error {
	if err := l.FuncWrap(x86JITModule, "compile", func(c *wasmtime.Caller, ptr, n int32) int32 {
		s := stateOf(c)
		if s == nil || s.jit == nil {
			return x86JITNoState
		}
		if len(s.jit.funcs) >= x86MaxTranslations {
			return x86JITTooMany
		}
		ext := c.GetExport("memory")
		if ext == nil || ext.Memory() == nil {
			return x86JITBadSpan
		}
		b := span(guestMem(c), ptr, n)
		if b == nil {
			return x86JITBadSpan
		}
		mod, err := e.x86Module(b)
		if err != nil {
			return x86JITInvalid
		}
		inst, err := wasmtime.NewInstance(c, mod, []wasmtime.AsExtern{ext.Memory()})
		if err != nil {
			return x86JITInvalid
		}
		f := inst.GetFunc(c, "run")
		if f == nil {
			return x86JITInvalid
		}
		s.jit.funcs = append(s.jit.funcs, f)
		return int32(len(s.jit.funcs) - 1)
	}); err != nil {
		return fmt.Errorf("engine: define %s.compile: %w", x86JITModule, err)
	}
	if err := l.FuncWrap(x86JITModule, "run", func(c *wasmtime.Caller, h, state int32) (int32, *wasmtime.Trap) {
		s := stateOf(c)
		if s == nil || s.jit == nil {
			return x86JITNoState, nil
		}
		if h < 0 || int(h) >= len(s.jit.funcs) {
			return x86JITNoHandle, nil
		}
		v, err := s.jit.funcs[h].Call(c, state)
		if err != nil {
			// A timeout or cancellation interrupts translated code like
			// any wasm: pass it on so the whole execution stops as usual.
			if s.jit.w != nil && s.jit.w.stopped() != watchNone {
				return 0, wasmtime.NewTrap(err.Error())
			}
			// Anything else is a bug of the translator: the emulator
			// reports it as its internal error, the host carries on.
			return x86JITTrapped, nil
		}
		r, ok := v.(int32)
		if !ok {
			return x86JITTrapped, nil
		}
		return r, nil
	}); err != nil {
		return fmt.Errorf("engine: define %s.run: %w", x86JITModule, err)
	}
	return nil
}
