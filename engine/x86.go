package engine

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/blockless/avs/modstore"
)

// x86 runner: a static x86-64 Linux ELF runs inside the emulator's wasip1
// build (emulator/cmd/x86emu), which this engine executes like any other
// WASI command. So an x86 program gets exactly the wasm sandbox, the same
// memory, output and wall-clock limits and the same deterministic WASI; the
// only difference is what bounds it deterministically: the emulated
// instruction budget (Limits.Fuel), counted by the emulator, rather than the
// emulator's own wasm fuel, which depends on how the emulator was compiled.

// x86EmulatorFile is the name `make emulator-wasm` gives the wasip1 build.
const x86EmulatorFile = "x86emu.wasm"

// x86StatusPrefix starts the line x86emu writes last on stderr when run
// with -stats (always, here): the program's outcome.
const x86StatusPrefix = "x86emu: status="

// x86StderrSlack is the stderr room beyond the program's own output (bounded
// by the emulator's -max-output) for the emulator's trailing lines: the
// unknown-syscall counts and the status line must never be cut off.
const x86StderrSlack = 64 << 10

// x86WasmOverhead is added to twice the guest memory limit to size the
// emulator's own linear memory: the Go runtime, the decoded-block cache and
// the garbage collector's headroom (GOGC=100 lets the heap reach twice the
// live guest pages). The guest's limit is enforced by the emulator itself.
const x86WasmOverhead = 128 << 20

// x86SandboxMemory is the emulator's linear-memory limit for a guest
// memory limit: 2×guest + x86WasmOverhead, at most wasm32's 4 GiB.
func x86SandboxMemory(guest uint64) uint64 {
	if guest >= 1<<32 { // and 2×guest could wrap around
		return 1 << 32
	}
	return min(2*guest+x86WasmOverhead, 1<<32)
}

// x86Emulator holds the emulator module bytes, loaded once per Engine.
type x86Emulator struct {
	once   sync.Once
	path   string
	wasm   []byte
	digest modstore.Digest
	err    error
}

// X86Emulator loads (once) and returns the path and sha256 of the emulator
// module RunX86 uses. Operators log the digest at start: x86 results agree
// only between operators running the same emulator bytes.
func (e *Engine) X86Emulator() (path string, digest modstore.Digest, err error) {
	x := &e.x86
	x.once.Do(func() {
		x.path, x.err = findX86Emulator(e.cfg.X86Emulator)
		if x.err != nil {
			return
		}
		if x.wasm, x.err = os.ReadFile(x.path); x.err != nil {
			x.err = fmt.Errorf("engine: read x86 emulator: %w", x.err)
			return
		}
		x.digest = modstore.Sum(x.wasm)
		if want := e.cfg.X86EmulatorDigest; want != "" && !strings.EqualFold(strings.TrimPrefix(want, "0x"), hex.EncodeToString(x.digest[:])) {
			x.err = fmt.Errorf("engine: x86 emulator %s has sha256 %x, configuration pins %s", x.path, x.digest[:], want)
		}
	})
	return x.path, x.digest, x.err
}

// findX86Emulator resolves Config.X86Emulator or searches the default places.
func findX86Emulator(configured string) (string, error) {
	if configured != "" {
		if _, err := os.Stat(configured); err != nil {
			return "", fmt.Errorf("engine: x86 emulator (Config.X86Emulator): %w", err)
		}
		return configured, nil
	}
	var tried []string
	if exe, err := os.Executable(); err == nil {
		dir := filepath.Dir(exe)
		tried = append(tried, filepath.Join(dir, x86EmulatorFile), filepath.Join(dir, "..", "build", "emulator", x86EmulatorFile))
	}
	// Tests and `go run` start in the repository (or a package inside it).
	if wd, err := os.Getwd(); err == nil {
		for dir := wd; ; dir = filepath.Dir(dir) {
			tried = append(tried, filepath.Join(dir, "build", "emulator", x86EmulatorFile))
			if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil || filepath.Dir(dir) == dir {
				break
			}
		}
	}
	seen := map[string]bool{}
	for _, p := range tried {
		p = filepath.Clean(p)
		if seen[p] {
			continue
		}
		seen[p] = true
		if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() {
			return p, nil
		}
	}
	return "", fmt.Errorf("engine: x86 emulator not found (build it with `make emulator-wasm` or configure its path); tried %s", strings.Join(slices.Sorted(maps.Keys(seen)), ", "))
}

// IsELF reports whether b starts with the ELF magic: `blockless run` and
// operators send such files to RunX86.
func IsELF(b []byte) bool { return len(b) >= 4 && string(b[:4]) == "\x7fELF" }

// RunX86 runs req.Module, a static x86-64 Linux executable, in the x86
// emulator inside this engine. Request and Result mean what they mean for
// Run, except:
//   - Limits.Fuel is the budget of emulated x86 instructions (UnlimitedFuel:
//     none), and Result.FuelUsed the instructions retired (== the budget
//     when the status is out-of-fuel). The emulator's own wasm fuel is not
//     limited; the wall-clock limit still applies.
//   - Limits.MemoryBytes bounds the guest's touched memory; the emulator's
//     linear memory may grow to 2×that + 128 MiB (MemoryBytes reports it),
//     and that, with the output buffers and the program, is what the run
//     reserves against MaxTotalMemory.
//   - Limits.MaxOutput bounds stdout and stderr together (the emulator
//     counts both): past it the status is output-too-large.
//   - argv[0] is Argv0, else "/prog"; the clock starts at Timestamp and advances 1 ns
//     per instruction; getrandom and AT_RANDOM derive from TaskID.
//   - Deaths by signal are StatusTrap with a TrapX86* kind and ExitCode
//     128+signal; a file that is not a loadable static x86-64 ELF is
//     StatusInvalidModule.
//   - Mounts are read into the emulator at start (regular files only, in
//     lexical order) and seen read-only at their guest paths; their bytes
//     count in the sandbox's memory.
func (e *Engine) RunX86(ctx context.Context, req Request) (Result, error) {
	t0 := time.Now()
	var res Result
	lim, _, err := e.checkRequest(ctx, &req, RuntimeX86)
	if err != nil {
		return res, err
	}
	mountBytes, err := mountedBytes(req.Mounts)
	if err != nil {
		return res, err
	}
	if mountBytes > lim.MemoryBytes {
		return res, fmt.Errorf("%w: mounted files (%d bytes) exceed the memory limit (%d bytes)", ErrInvalidRequest, mountBytes, lim.MemoryBytes)
	}
	elf := req.Module
	if elf == nil {
		if req.Digest.IsZero() {
			return res, ErrNoModule
		}
		if e.source == nil {
			return res, fmt.Errorf("%w: %s (no module source configured)", ErrModuleNotFound, req.Digest)
		}
		b, err := e.source.Get(ctx, req.Digest)
		if err != nil {
			return res, fmt.Errorf("engine: fetch x86 program %s: %w", req.Digest, err)
		}
		if err := e.checkModuleSize(len(b)); err != nil {
			return res, err
		}
		elf = b
	}
	if !req.Digest.IsZero() && modstore.Sum(elf) != req.Digest {
		return res, fmt.Errorf("%w: x86 program for %s", ErrDigestMismatch, req.Digest)
	}
	if !IsELF(elf) {
		res.Status, res.Message = StatusInvalidModule, "not an ELF executable"
		res.Stats.Wall = time.Since(t0)
		return res, nil
	}

	// The sandbox around the emulator: generous memory for the Go runtime
	// that runs it, no wasm fuel limit (the instruction budget is the
	// deterministic bound), the task's wall-clock limit. Its host memory:
	// the emulator's linear memory, the stdout and stderr buffers, and
	// the framed stdin (ELF and input).
	need := addSat(e.cfg.Reservation(RuntimeX86, lim, len(elf), len(req.Input)), 2*mountBytes)
	if err := e.checkBudget(need); err != nil {
		return res, err
	}
	// need <= MaxTotalMemory <= MaxInt64 bounds these, so they cannot wrap.
	// The emulator holds the mounted files in its heap (twice, with the
	// collector's headroom).
	wasmMem := min(x86SandboxMemory(lim.MemoryBytes)+2*mountBytes, 1<<32)
	frameLen := 8 + len(elf) + len(req.Input)
	stderrLimit := lim.MaxOutput + x86StderrSlack

	_, emuDigest, err := e.X86Emulator()
	if err != nil {
		return res, err
	}
	h := e.x86Host()
	c, hit, compileTime, err := h.module(ctx, e.x86.wasm, emuDigest, true)
	if err != nil {
		return res, fmt.Errorf("engine: x86 emulator module: %w", err)
	}
	res.Stats.Cache, res.Stats.Compile = hit, compileTime
	if c.status != StatusOK {
		return res, fmt.Errorf("engine: x86 emulator module is unusable (%s): %s", c.status, c.msg)
	}

	inner := Limits{Fuel: UnlimitedFuel, MemoryBytes: wasmMem, Timeout: lim.Timeout, MaxOutput: lim.MaxOutput}
	if c.memMin > wasmMem {
		return res, fmt.Errorf("engine: x86 emulator needs %d bytes of initial memory, more than %d", c.memMin, wasmMem)
	}
	frame := make([]byte, 0, frameLen)
	frame = binary.LittleEndian.AppendUint64(frame, uint64(len(elf)))
	frame = append(append(frame, elf...), req.Input...)
	args := []string{"-framed", "-stats", "-stdin-size", strconv.Itoa(frameLen),
		"-budget", strconv.FormatUint(lim.Fuel, 10),
		"-max-output", strconv.Itoa(lim.MaxOutput),
		"-max-memory", strconv.FormatUint(lim.MemoryBytes, 10),
		"-seed", hex.EncodeToString(req.TaskID[:]),
		"-time", strconv.FormatUint(req.Timestamp, 10),
	}
	for _, kv := range req.Env {
		args = append(args, "-env", kv)
	}
	if req.Argv0 != "" {
		args = append(args, "-argv0", req.Argv0)
	}
	for _, m := range req.Mounts {
		// Inside the emulator's sandbox the directory is preopened at its
		// guest path.
		args = append(args, "-mount", m.GuestDir)
	}
	if e.cfg.X86Translate {
		args = append(args, "-translate")
	}
	// "--" so that a program argument starting with '-' is not an emulator flag.
	args = append(append(args, "--"), req.Args...)
	emuReq := Request{Input: frame, Args: args, TaskID: req.TaskID, Timestamp: req.Timestamp, Mounts: req.Mounts}

	q0 := time.Now()
	release, err := h.acquire(ctx, need)
	if err != nil {
		return res, err
	}
	defer release()
	res.Stats.Queue = time.Since(q0)

	if err := h.execute(ctx, c, &emuReq, inner, nil, stderrLimit, true, &res); err != nil {
		return Result{}, fmt.Errorf("engine: x86 emulator: %w", err)
	}
	if err := x86Outcome(&res, e.cfg.MaxStderr); err != nil {
		return Result{}, err
	}
	res.Stats.Wall = time.Since(t0)
	return res, nil
}

// x86Outcome replaces the emulator process's outcome in res with the x86
// program's, read from the status line x86emu writes last on stderr, and
// leaves the program's own stderr (cut to maxStderr) in res.Stderr.
func x86Outcome(res *Result, maxStderr int) error {
	stderr := bytes.TrimSuffix(res.Stderr, []byte("\n"))
	// The status line is the last line, but the program's stderr need not
	// end with a newline, so the line may start mid-line.
	at := bytes.LastIndex(stderr, []byte(x86StatusPrefix))
	if at < 0 || bytes.IndexByte(stderr[at:], '\n') >= 0 {
		// No status line: the emulator did not get to report. What the
		// sandbox saw decides, deterministically, except for an emulator
		// that ended by itself without a report, which is a host problem.
		line := stderr[bytes.LastIndexByte(stderr, '\n')+1:]
		res.Stderr = res.Stderr[:min(len(res.Stderr), maxStderr)]
		switch {
		case res.Status == StatusExitNonZero && res.ExitCode == 126,
			res.Status == StatusTrap && res.Trap == TrapHost && strings.Contains(res.Message, "invalid exit status"):
			// x86emu could not load the ELF (dynamic, not x86-64,
			// truncated...) and exits 126, which wasmtime's proc_exit
			// (0..125 only) turns into a host trap.
			res.Status, res.Trap, res.ExitCode, res.Output = StatusInvalidModule, TrapNone, 0, nil
			res.Message = strings.TrimSpace(string(line))
		case res.Status == StatusOK || res.Status == StatusExitNonZero:
			return fmt.Errorf("engine: x86 emulator ended (exit %d) without a status line: %q", res.ExitCode, line)
		}
		return nil
	}
	line, rest := stderr[at:], stderr[:at]
	// The emulator's notes on unknown syscalls precede the status line.
	const notePrefix = "x86emu: unknown syscall "
	var notes []string
	for len(rest) > 0 && rest[len(rest)-1] == '\n' {
		j := bytes.LastIndex(rest[:len(rest)-1], []byte(notePrefix))
		if j < 0 || bytes.IndexByte(rest[j:len(rest)-1], '\n') >= 0 {
			break
		}
		notes = append(notes, string(rest[j+len("x86emu: "):len(rest)-1]))
		rest = rest[:j]
	}
	res.Stderr = rest[:min(len(rest), maxStderr)]

	fields := strings.SplitN(strings.TrimPrefix(string(line), "x86emu: "), " ", 6)
	kv := map[string]string{}
	for _, f := range fields[:min(len(fields), 5)] {
		k, v, _ := strings.Cut(f, "=")
		kv[k] = v
	}
	num := func(k string) (int64, error) {
		n, err := strconv.ParseInt(kv[k], 10, 64)
		if err != nil {
			return 0, fmt.Errorf("engine: x86 emulator status line %q: field %s: %w", line, k, err)
		}
		return n, nil
	}
	exit, err := num("exit")
	if err != nil {
		return err
	}
	signal, err := num("signal")
	if err != nil {
		return err
	}
	insns, err := strconv.ParseUint(kv["instructions"], 10, 64)
	if err != nil {
		return fmt.Errorf("engine: x86 emulator status line %q: instructions: %w", line, err)
	}
	res.FuelUsed = insns
	res.Message = ""
	if len(fields) == 6 {
		res.Message = fields[5]
	}
	if len(notes) > 0 {
		res.Message = strings.TrimSpace(res.Message + " (" + strings.Join(notes, "; ") + ")")
	}
	switch res.Status {
	case StatusTimeout, StatusOutputTooLarge:
		// The sandbox's verdicts come first (doc.go's precedence); the
		// emulator buffers output, so stdout past the cap ends here too.
		res.Output, res.Trap, res.ExitCode = nil, TrapNone, 0
		return nil
	}
	out := res.Output
	res.Status, res.Trap, res.ExitCode, res.Output = StatusOK, TrapNone, 0, nil
	trap := func(k TrapKind) {
		res.Status, res.Trap, res.ExitCode = StatusTrap, k, int32(128+signal)
	}
	switch st := kv["status"]; st {
	case "exit":
		if exit != 0 {
			res.Status, res.ExitCode = StatusExitNonZero, int32(exit)
		}
		res.Output = out
	case "illegal-instruction":
		trap(TrapX86IllegalInstruction)
	case "segfault":
		trap(TrapX86Segfault)
	case "divide-error":
		trap(TrapX86DivideError)
	case "trap":
		trap(TrapX86Breakpoint)
	case "signal":
		trap(TrapX86Signal)
	case "internal-error":
		res.Status, res.Trap = StatusTrap, TrapX86Emulator
	case "budget-exhausted":
		res.Status = StatusOutOfFuel
	case "output-limit":
		res.Status = StatusOutputTooLarge
	case "out-of-memory":
		res.Status = StatusOutOfMemory
	default:
		// "canceled" cannot happen inside the sandbox; anything else is an
		// emulator this engine does not understand.
		return fmt.Errorf("engine: x86 emulator reported unknown status %q", st)
	}
	return nil
}

// mountedBytes checks that every mount is a directory and sums the sizes
// of the regular files under them.
func mountedBytes(mounts []Mount) (uint64, error) {
	var total uint64
	for _, m := range mounts {
		if !path.IsAbs(m.GuestDir) {
			return 0, fmt.Errorf("%w: mount guest path %q is not absolute", ErrInvalidRequest, m.GuestDir)
		}
		err := filepath.WalkDir(m.HostDir, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if p == m.HostDir && !d.IsDir() {
				return fmt.Errorf("not a directory")
			}
			if d.Type().IsRegular() {
				info, err := d.Info()
				if err != nil {
					return err
				}
				total += uint64(info.Size())
			}
			return nil
		})
		if err != nil {
			return 0, fmt.Errorf("%w: mount %s: %v", ErrInvalidRequest, m.HostDir, err)
		}
	}
	return total, nil
}
