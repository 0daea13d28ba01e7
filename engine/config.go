package engine

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"runtime"
	"runtime/debug"
	"time"
)

// UnlimitedFuel as Limits.Fuel disables the fuel limit for one execution
// (blockless run --fuel 0). Fuel is still counted and reported.
const UnlimitedFuel uint64 = math.MaxInt64

// WasmPage is the size of one wasm linear-memory page.
const WasmPage = 64 << 10

// DefaultMaxWasmStack is the wasm stack size every signing engine uses
// (Config.MaxWasmStack): where unbounded recursion traps depends on it.
const DefaultMaxWasmStack = 1 << 20

// Limits bound one execution. Zero fields take Config.DefaultLimits.
type Limits struct {
	Fuel        uint64        // wasm instructions (wasmtime fuel units); UnlimitedFuel for none
	MemoryBytes uint64        // max size of the linear memory
	Timeout     time.Duration // wall-clock limit; operator protection only, never signed
	MaxOutput   int           // max stdout bytes
}

func (l Limits) withDefaults(d Limits) Limits {
	if l.Fuel == 0 {
		l.Fuel = d.Fuel
	}
	if l.MemoryBytes == 0 {
		l.MemoryBytes = d.MemoryBytes
	}
	if l.Timeout == 0 {
		l.Timeout = d.Timeout
	}
	if l.MaxOutput == 0 {
		l.MaxOutput = d.MaxOutput
	}
	return l
}

// Config configures an Engine. The zero value is usable: every zero field
// takes the default listed beside it.
type Config struct {
	// CacheDir holds serialized compiled modules between processes. Empty
	// disables the disk cache (the in-memory cache still works).
	CacheDir string
	// CacheMaxBytes caps CacheDir; the least recently used artifacts are
	// evicted past it. Default 2 GiB.
	CacheMaxBytes int64
	// MemoryCacheEntries is the number of compiled modules kept in memory
	// (LRU). Default 64.
	MemoryCacheEntries int

	// MaxConcurrent bounds simultaneous executions. Default GOMAXPROCS.
	MaxConcurrent int
	// MaxTotalMemory bounds the host memory reserved by the executions
	// running at once; Run waits for room. One execution reserves its
	// memory limit plus its output limit, MaxStderr and its input (for
	// x86 programs: the emulator's memory bound, stdout and stderr limits,
	// program and input), because all of these are held in host memory
	// while it runs. A request reserving more than MaxTotalMemory on its
	// own is refused with ErrLimitAboveCap (Reservation computes it).
	// Default 4 GiB.
	MaxTotalMemory uint64

	// DefaultLimits fill the zero fields of Request.Limits.
	// Defaults: 10e9 fuel, 256 MiB, 30 s, 1 MiB output.
	DefaultLimits Limits
	// MaxLimits are the operator's caps. A request asking more fuel, memory
	// or output than them is refused with ErrLimitAboveCap (IsRefusal: the
	// operator cannot run it the way others would); a Timeout above the cap
	// is lowered to it, because wall time only protects the operator and is
	// never part of a result. Zero fields mean no cap, which suits local
	// use only: an operator node must set all four, or a task can ask for
	// unlimited fuel with a 49-day timeout and occupy a slot for as long.
	MaxLimits Limits
	// MaxInput bounds stdin. Default 64 MiB.
	MaxInput int
	// MaxStderr bounds captured stderr; the rest is dropped. Default 64 KiB.
	MaxStderr int

	// DisableFuel compiles without fuel metering (a few tens of percent
	// faster, but no deterministic instruction limit). For local use and
	// benchmarks only: operators must meter.
	DisableFuel bool
	// EpochInterval is the timer resolution of wall-clock limits and of
	// cancellation (a cancelled run stops within about one interval).
	// Default 10 ms.
	EpochInterval time.Duration
	// MaxWasmStack is the wasm stack size in bytes; it decides where
	// unbounded recursion traps, so operators must agree on it: an engine
	// with another value has no Environment and must not sign.
	// Default DefaultMaxWasmStack (wasmtime's default is 512 KiB).
	MaxWasmStack int
	// ParallelCompile lets one compile use all cores. Default on; set
	// SerialCompile to turn it off.
	SerialCompile bool
	// CompileTimeout bounds how long a request waits for its module to
	// compile. wasmtime cannot interrupt a compile, so one that overruns
	// keeps running in the background (holding its compile slot) while the
	// request fails with ErrCompileTimeout, a host error. Default 60 s.
	// The operator's own x86 emulator module is exempt.
	CompileTimeout time.Duration
	// MaxConcurrentCompiles bounds the compiles running at once, abandoned
	// ones included, so modules that are slow to compile cannot take every
	// core. Default 1.
	MaxConcurrentCompiles int
	// MaxModuleBytes bounds the size of a module (or x86 program) this
	// operator accepts; a larger one is refused with ErrModuleTooLarge
	// (IsRefusal), not judged invalid. Default 64 MiB.
	MaxModuleBytes int

	// X86Emulator is the path of the x86-64 emulator's wasip1 build
	// (`make emulator-wasm` writes build/emulator/x86emu.wasm) that RunX86
	// runs. Empty: x86emu.wasm next to the executable, then
	// ../build/emulator/x86emu.wasm from the executable's directory, then
	// build/emulator/x86emu.wasm in the working directory or a parent of it.
	X86Emulator string
	// X86EmulatorDigest, if set, is the hex sha256 the emulator module must
	// have; RunX86 refuses to start with other bytes. Operators pin it so
	// that all of them run the same emulator (x86 results depend on it).
	X86EmulatorDigest string
	// X86Translate lets the emulator translate hot x86 code to wasm that
	// this engine compiles (x86jit.go) and keeps in its caches, CacheDir
	// included. Results, statuses and instruction counts are the same with
	// and without it; only speed differs. The operator and `blockless run`
	// set it unless told to interpret.
	X86Translate bool

	// x86Side marks the engine that runs the x86 emulator (Engine.x86Side):
	// no fuel metering and no NaN canonicalization, see newX86Side.
	x86Side bool
}

func (c Config) withDefaults() Config {
	if c.CacheMaxBytes == 0 {
		c.CacheMaxBytes = 2 << 30
	}
	if c.MemoryCacheEntries == 0 {
		c.MemoryCacheEntries = 64
	}
	if c.MaxConcurrent == 0 {
		c.MaxConcurrent = runtime.GOMAXPROCS(0)
	}
	if c.MaxTotalMemory == 0 {
		c.MaxTotalMemory = 4 << 30
	}
	c.DefaultLimits = c.DefaultLimits.withDefaults(Limits{
		Fuel:        10_000_000_000,
		MemoryBytes: 256 << 20,
		Timeout:     30 * time.Second,
		MaxOutput:   1 << 20,
	})
	if c.MaxInput == 0 {
		c.MaxInput = 64 << 20
	}
	if c.MaxStderr == 0 {
		c.MaxStderr = 64 << 10
	}
	if c.EpochInterval == 0 {
		c.EpochInterval = 10 * time.Millisecond
	}
	if c.MaxWasmStack == 0 {
		c.MaxWasmStack = DefaultMaxWasmStack
	}
	if c.CompileTimeout == 0 {
		c.CompileTimeout = 60 * time.Second
	}
	if c.MaxConcurrentCompiles == 0 {
		c.MaxConcurrentCompiles = 1
	}
	if c.MaxModuleBytes == 0 {
		c.MaxModuleBytes = 64 << 20
	}
	return c
}

// wasmtimeModule is the Go module whose bundled libwasmtime we link.
const wasmtimeModule = "github.com/bytecodealliance/wasmtime-go/v44"

// WasmtimeVersion is the wasmtime-go module version linked into this binary
// (the bundled C library has the same version number).
func WasmtimeVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, m := range bi.Deps {
			if m.Path == wasmtimeModule {
				if m.Replace != nil {
					return m.Replace.Version
				}
				return m.Version
			}
		}
	}
	// Test binaries of this package and some build modes carry no module
	// info; fall back to the version go.mod pins.
	return "v44.0.0"
}

// fingerprint names everything that changes the compiled code or what a
// guest observes, so cached artifacts and reported fuel are only ever
// reused or compared under identical settings.
func (c Config) fingerprint() string {
	s := fmt.Sprintf("wasmtime=%s;fuel=%t;epoch=true;nancanon=%t;simd=true;relaxedsimd=false;threads=false;stack=%d;opt=speed;clockstep=%d;goos=%s;goarch=%s;isa=x86-64-v2;abi=1",
		WasmtimeVersion(), !c.DisableFuel, !c.x86Side, c.MaxWasmStack, ClockStep, runtime.GOOS, runtime.GOARCH)
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// Defaults returns c with every zero field set to its default.
func (c Config) Defaults() Config { return c.withDefaults() }
