// Package capacity measures what this machine can offer the AVS's committees and turns it into
// the Capacity an operator declares on chain: Benchmark runs a CPU-bound WebAssembly loop on the
// operator's own engine (with fuel metering, as tasks run) and reports the fuel rate in millions
// of fuel per second per core; MachineMemoryMiB reads the physical memory; ParseRuntimes and
// FormatRuntimes convert runtime names to the contract's bitmask.
package capacity

import (
	"context"
	"errors"
	"fmt"
	"math"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/bytecodealliance/wasmtime-go/v44"

	"github.com/blockless/avs/committee"
	"github.com/blockless/avs/engine"
)

// runtimeNames maps the names operators type to the contract's runtime bits.
var runtimeNames = []struct {
	name string
	bit  uint8
}{{"wasm", committee.RuntimeWasm}, {"x86", committee.RuntimeX86}, {"zk", committee.RuntimeZK}}

// DefaultRuntimes is what an operator serves unless it says otherwise: WebAssembly and x86
// (emulated in WebAssembly by the same engine). zk proving needs the prover and is opt-in.
const DefaultRuntimes = "wasm,x86"

// ParseRuntimes parses a comma-separated list of runtime names (wasm, x86, zk) into the bitmask.
func ParseRuntimes(s string) (uint8, error) {
	var bits uint8
	for _, part := range strings.Split(s, ",") {
		part = strings.ToLower(strings.TrimSpace(part))
		if part == "" {
			continue
		}
		found := false
		for _, r := range runtimeNames {
			if r.name == part {
				bits |= r.bit
				found = true
			}
		}
		if !found {
			return 0, fmt.Errorf("unknown runtime %q (known: wasm, x86, zk)", part)
		}
	}
	if bits == 0 {
		return 0, errors.New("no runtime given (known: wasm, x86, zk)")
	}
	return bits, nil
}

// FormatRuntimes names the bits of a runtime bitmask ("wasm,x86"), "none" for zero.
func FormatRuntimes(bits uint8) string {
	var names []string
	for _, r := range runtimeNames {
		if bits&r.bit != 0 {
			names = append(names, r.name)
		}
	}
	if rest := bits &^ (committee.RuntimeWasm | committee.RuntimeX86 | committee.RuntimeZK); rest != 0 {
		names = append(names, fmt.Sprintf("%#x", rest))
	}
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, ",")
}

// MachineMemoryMiB is the machine's physical memory in MiB (0 when it cannot be read).
func MachineMemoryMiB() uint64 { return machineMemory() >> 20 }

// Options tunes Benchmark. Zero fields take the defaults.
type Options struct {
	// Fuel is the fuel one run of the loop burns. Default: what a run alone burns in RunTime,
	// from a calibration run of CalibrationFuel.
	Fuel uint64
	// RunTime is how long one run should take when Fuel is not given. Default 250 ms, so the
	// default benchmark (3 runs alone, 3 rounds on every core) takes about 1.5 s.
	RunTime time.Duration
	// Runs is the number of runs per core in each phase; the fastest counts. Default 3.
	Runs int
	// Cores is the number of runs at once in the parallel phase. Default runtime.NumCPU().
	Cores int
}

// CalibrationFuel is the fuel of the run that sizes the others (a few to a few tens of ms).
const CalibrationFuel = 50_000_000

// Result is a benchmark's outcome.
type Result struct {
	Cores     int    `json:"cores"`     // cores used in the parallel phase
	MemoryMiB uint64 `json:"memoryMiB"` // physical memory
	// SingleCoreRate is millions of fuel per second of one run alone.
	SingleCoreRate float64 `json:"singleCoreRate"`
	// ParallelRate is millions of fuel per second per core with every core busy.
	ParallelRate float64 `json:"parallelRate"`
	// FuelRate is what to declare: the parallel rate per core, rounded down (at least 1). Under
	// load every core runs a task, so the loaded rate is the honest one.
	FuelRate uint32        `json:"fuelRate"`
	Fuel     uint64        `json:"fuelPerRun"`
	Elapsed  time.Duration `json:"elapsedNs"`
}

// Capacity is the capacity this result supports for the given runtimes, with all memory.
func (r Result) Capacity(runtimes uint8) committee.Capacity {
	return committee.Capacity{Cores: uint16(min(r.Cores, math.MaxUint16)), MemoryMiB: uint32(min(r.MemoryMiB, math.MaxUint32)),
		FuelRate: r.FuelRate, Runtimes: runtimes}
}

// loopWat is the workload: an endless xorshift loop that also reads and writes its memory, so
// both arithmetic and loads/stores are metered. It ends when its fuel runs out.
const loopWat = `(module
  (memory 1)
  (func (export "_start")
    (local $x i64) (local $i i32)
    (local.set $x (i64.const 88172645463325252))
    (loop $l
      (local.set $x (i64.xor (local.get $x) (i64.shl (local.get $x) (i64.const 13))))
      (local.set $x (i64.xor (local.get $x) (i64.shr_u (local.get $x) (i64.const 7))))
      (local.set $x (i64.xor (local.get $x) (i64.shl (local.get $x) (i64.const 17))))
      (local.set $i (i32.and (i32.wrap_i64 (local.get $x)) (i32.const 0xfff8)))
      (i64.store (local.get $i) (i64.add (i64.load (local.get $i)) (local.get $x)))
      (br $l))))`

// Module returns the benchmark's WebAssembly module.
func Module() ([]byte, error) {
	b, err := wasmtime.Wat2Wasm(loopWat)
	if err != nil {
		return nil, fmt.Errorf("benchmark module: %w", err)
	}
	return b, nil
}

// Benchmark measures the fuel rate of this machine: Runs runs of the loop alone, then Runs
// rounds of Cores runs at once, each burning Fuel (about RunTime alone) on a metered engine with the operator's
// settings (no disk cache). Rates are fuel burnt over execution time (Result.Stats.Exec), the
// fastest run of each phase.
func Benchmark(ctx context.Context, o Options) (Result, error) {
	t0 := time.Now()
	if o.RunTime <= 0 {
		o.RunTime = 250 * time.Millisecond
	}
	if o.Runs <= 0 {
		o.Runs = 3
	}
	if o.Cores <= 0 {
		o.Cores = runtime.NumCPU()
	}
	mod, err := Module()
	if err != nil {
		return Result{}, err
	}
	eng, err := engine.New(engine.Config{MaxConcurrent: o.Cores}, nil)
	if err != nil {
		return Result{}, fmt.Errorf("benchmark engine: %w", err)
	}
	defer eng.Close()
	req := engine.Request{Module: mod, Limits: engine.Limits{Fuel: o.Fuel, MemoryBytes: 1 << 20, Timeout: 10 * time.Minute}}
	// Compile once outside the measurement.
	warm := req
	warm.Limits.Fuel = 1000
	if _, err := runOnce(ctx, eng, warm); err != nil {
		return Result{}, err
	}
	if o.Fuel == 0 {
		cal := req
		cal.Limits.Fuel = CalibrationFuel
		rate, err := runOnce(ctx, eng, cal)
		if err != nil {
			return Result{}, err
		}
		o.Fuel = uint64(max(CalibrationFuel, rate*1e6*o.RunTime.Seconds()))
		req.Limits.Fuel = o.Fuel
	}
	res := Result{Cores: o.Cores, MemoryMiB: MachineMemoryMiB(), Fuel: o.Fuel}
	for range o.Runs {
		rate, err := runOnce(ctx, eng, req)
		if err != nil {
			return Result{}, err
		}
		res.SingleCoreRate = max(res.SingleCoreRate, rate)
	}
	for range o.Runs {
		rates := make([]float64, o.Cores)
		errs := make([]error, o.Cores)
		var wg sync.WaitGroup
		for i := range o.Cores {
			wg.Add(1)
			go func() {
				defer wg.Done()
				rates[i], errs[i] = runOnce(ctx, eng, req)
			}()
		}
		wg.Wait()
		if err := errors.Join(errs...); err != nil {
			return Result{}, err
		}
		// The round's per-core rate is its slowest run's: the cores shared the machine.
		sort.Float64s(rates)
		res.ParallelRate = max(res.ParallelRate, rates[0])
	}
	res.FuelRate = uint32(max(1, min(math.Floor(res.ParallelRate), math.MaxUint32)))
	res.Elapsed = time.Since(t0)
	return res, nil
}

// runOnce runs req and returns its rate in millions of fuel per second of execution.
func runOnce(ctx context.Context, eng *engine.Engine, req engine.Request) (float64, error) {
	r, err := eng.Run(ctx, req)
	if err != nil {
		return 0, fmt.Errorf("benchmark run: %w", err)
	}
	if r.Status != engine.StatusOutOfFuel {
		return 0, fmt.Errorf("benchmark run ended %s, want out of fuel: %s", r.Status, r.Message)
	}
	if r.Stats.Exec <= 0 || r.FuelUsed == 0 {
		return 0, fmt.Errorf("benchmark run: no execution measured (%v, fuel %d)", r.Stats.Exec, r.FuelUsed)
	}
	return float64(r.FuelUsed) / r.Stats.Exec.Seconds() / 1e6, nil
}
