package engine

import (
	"crypto/sha256"
	"fmt"
	"sync"
	"time"

	"github.com/blockless/avs/modstore"
	"github.com/bytecodealliance/wasmtime-go/v44"
)

// Host side of the x86 emulator's translator. With -translate, x86emu
// translates hot guest code to small wasm modules and hands them to the
// compile import, which validates and compiles the bytes with this engine's
// wasmtime (so the same Cranelift settings and determinism rules apply) and
// instantiates them in the emulator's own store over its memory, each in
// one slot of a funcref table. The emulator enters translated code through
// its run import, which is not a host function but a one-instruction wasm
// trampoline calling through that table: entering and leaving translated
// code never crosses into Go or C, which used to cost more than the
// translated code itself. Translated code only ever computes what the
// interpreter would, so whether a compile succeeds never changes a result,
// only its speed; a trap in translated code (a translator bug) ends the run
// as a trap like any other, inside wasmtime's checks.

// x86JITModule is the import module name the emulator uses.
const x86JITModule = "blockless_x86"

// x86MaxTranslations bounds the translated instances in one run (the
// emulator stops translating at its own, lower, bound).
const x86MaxTranslations = 2048

// x86StoreInstances is the store's instance limit for x86 runs: the
// emulator, the trampoline and the translations.
const x86StoreInstances = storeInstances + 1 + x86MaxTranslations

// x86ModuleCacheEntries bounds the per-engine cache of compiled
// translations; the same program produces the same modules on every run.
const x86ModuleCacheEntries = 8192

// Errors returned to the emulator as negative handles.
const (
	x86JITNoState = -1 // not an x86 run
	x86JITBadSpan = -2 // bytes or state outside linear memory
	x86JITTooMany = -3
	x86JITInvalid = -4 // wasmtime rejected the module
)

// x86TrampolineWAT is the emulator's run(handle, state) import: it calls
// the translation in slot handle of the table of translations with state.
// An empty slot or a handle out of range traps.
const x86TrampolineWAT = `(module
  (type $region (func (param i32) (result i32)))
  (import "env" "regions" (table 0 funcref))
  (func (export "run") (param $handle i32) (param $state i32) (result i32)
    local.get $state
    local.get $handle
    call_indirect (type $region)))`

func newX86Trampoline(wt *wasmtime.Engine) (*wasmtime.Module, error) {
	b, err := wasmtime.Wat2Wasm(x86TrampolineWAT)
	if err != nil {
		return nil, fmt.Errorf("engine: x86 trampoline: %w", err)
	}
	m, err := wasmtime.NewModule(wt, b)
	if err != nil {
		return nil, fmt.Errorf("engine: x86 trampoline: %w", err)
	}
	return m, nil
}

// x86JIT is the per-execution table of instantiated translations.
type x86JIT struct {
	funcs []*wasmtime.Func
	// table holds funcs[i] at slot i: the trampoline calls through it,
	// and so does the emulator's dispatcher (it imports it as
	// env.regions).
	table *wasmtime.Table
	// compiled counts translations compiled (not found in a cache);
	// compileTime is the time spent getting all of them.
	compiled    int
	compileTime time.Duration
}

// instantiateX86 instantiates the emulator module mod in store: the table
// of translations and the trampoline first, then mod with the x86 linker's
// definitions and the trampoline as its blockless_x86.run import.
func (e *Engine) instantiateX86(store *wasmtime.Store, j *x86JIT, mod *wasmtime.Module) (*wasmtime.Instance, error) {
	tt := wasmtime.NewTableType(wasmtime.NewValType(wasmtime.KindFuncref), x86MaxTranslations, true, x86MaxTranslations)
	t, err := wasmtime.NewTable(store, tt, wasmtime.ValFuncref(nil))
	if err != nil {
		return nil, fmt.Errorf("engine: table of x86 translations: %w", err)
	}
	j.table = t
	tramp, err := wasmtime.NewInstance(store, e.x86Trampoline, []wasmtime.AsExtern{t})
	if err != nil {
		return nil, fmt.Errorf("engine: x86 trampoline: %w", err)
	}
	run := tramp.GetFunc(store, "run")
	var ext []wasmtime.AsExtern
	for _, im := range mod.Imports() {
		name := importName(im)
		if im.Module() == x86JITModule && name == "run" {
			ext = append(ext, run)
			continue
		}
		x := e.x86Linker.Get(store, im.Module(), name)
		if x == nil {
			return nil, fmt.Errorf("engine: x86 emulator imports unknown %s.%s", im.Module(), name)
		}
		ext = append(ext, x)
	}
	return wasmtime.NewInstance(store, mod, ext)
}

// importName is an import's field name ("" when it has none).
func importName(im *wasmtime.ImportType) string {
	if n := im.Name(); n != nil {
		return *n
	}
	return ""
}

// imports resolves a translation's imports by name: the emulator's
// memory and the table of translations; anything else is refused.
func (j *x86JIT) imports(mod *wasmtime.Module, memory *wasmtime.Memory) ([]wasmtime.AsExtern, error) {
	var ext []wasmtime.AsExtern
	for _, im := range mod.Imports() {
		name := importName(im)
		switch {
		case im.Module() == "env" && name == "memory":
			ext = append(ext, memory)
		case im.Module() == "env" && name == "regions":
			ext = append(ext, j.table)
		default:
			return nil, fmt.Errorf("engine: x86 translation imports %s.%s", im.Module(), name)
		}
	}
	return ext, nil
}

// x86Modules caches compiled translations by sha256 of their bytes.
type x86Modules struct {
	mu sync.Mutex
	m  map[[32]byte]*wasmtime.Module
}

// x86TranslationKey names a translation in the disk cache: a digest of
// its bytes, kept apart from module digests by a prefix. The bytes are a
// pure function of the guest code and the emulator build, so this is the
// cache per (program, emulator) the translator needs, shared by every
// program that contains the same hot code.
func x86TranslationKey(wasm []byte) modstore.Digest {
	h := sha256.New()
	h.Write([]byte("blockless x86 translation\x00"))
	h.Write(wasm)
	var d modstore.Digest
	h.Sum(d[:0])
	return d
}

// x86Module returns the compiled translation: from memory, from the disk
// cache (so a function pays for compiling its hot code once per operator,
// not once per task), or compiled now and stored in both.
func (e *Engine) x86Module(wasm []byte) (mod *wasmtime.Module, compiled bool, err error) {
	key := x86TranslationKey(wasm)
	c := &e.x86mods
	c.mu.Lock()
	mod = c.m[key]
	c.mu.Unlock()
	if mod != nil {
		return mod, false, nil
	}
	if e.disk != nil {
		if blob := e.disk.load(key); blob != nil {
			if m, err := wasmtime.NewModuleDeserialize(e.wt, blob); err == nil {
				mod = m
			} else {
				e.disk.remove(key)
			}
		}
	}
	if mod == nil {
		m, err := wasmtime.NewModule(e.wt, wasm)
		if err != nil {
			return nil, false, fmt.Errorf("engine: compile x86 translation: %w", err)
		}
		mod, compiled = m, true
		if e.disk != nil {
			if blob, err := m.Serialize(); err == nil {
				// A failed cache write only costs a compile next time.
				_ = e.disk.store(key, blob)
			}
		}
	}
	c.mu.Lock()
	if c.m == nil || len(c.m) >= x86ModuleCacheEntries {
		c.m = map[[32]byte]*wasmtime.Module{}
	}
	c.m[key] = mod
	c.mu.Unlock()
	return mod, compiled, nil
}

// defineX86JIT adds the blockless_x86 compile import to l (run is the
// trampoline, instantiated per store by instantiateX86).
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
		t0 := time.Now()
		mod, compiled, err := e.x86Module(b)
		s.jit.compileTime += time.Since(t0)
		if err != nil {
			return x86JITInvalid
		}
		if compiled {
			s.jit.compiled++
		}
		imports, err := s.jit.imports(mod, ext.Memory())
		if err != nil {
			return x86JITInvalid
		}
		inst, err := wasmtime.NewInstance(c, mod, imports)
		if err != nil {
			return x86JITInvalid
		}
		f := inst.GetFunc(c, "run")
		if f == nil {
			return x86JITInvalid
		}
		h := len(s.jit.funcs)
		// Slot h only ever holds this function: a call through an empty
		// or foreign slot traps (the emulator's internal error).
		if err := s.jit.table.Set(c, uint64(h), wasmtime.ValFuncref(f)); err != nil {
			return x86JITInvalid
		}
		s.jit.funcs = append(s.jit.funcs, f)
		return int32(h)
	}); err != nil {
		return fmt.Errorf("engine: define %s.compile: %w", x86JITModule, err)
	}
	return nil
}
