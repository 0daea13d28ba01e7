package engine

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"strings"

	"github.com/blockless/avs/protocol/onchain"
)

// Runtime kinds (onchain.Runtime), re-exported for the engine's callers.
const (
	RuntimeWasm = onchain.RuntimeWasm // a WASI command module (Run)
	RuntimeX86  = onchain.RuntimeX86  // a static x86-64 Linux ELF in the emulator (RunX86)
)

// ErrNoEnvironment is returned by Environment for an engine configured
// away from the pinned determinism settings (fuel metering off, another
// wasm stack size): its results may differ from every other operator's,
// so it has no environment digest and must not sign.
var ErrNoEnvironment = errors.New("engine: configuration outside the pinned execution environment")

// wasiVersion numbers the deterministic WASI implementation (det.go,
// wasi.go, stdio.go, wasifs.go, wasifs_calls.go, wasiext.go, and the
// scratchfs package): bump it whenever anything a guest can observe
// through WASI changes (an answer, a fuel price, the clock), since that
// changes results for the same module and input. 2: the scratch file
// system (preopens, file calls).
const wasiVersion = 2

// rulesVersion numbers the engine's own result rules: the status
// precedence, the out-of-memory slack rule, the x86 status mapping. Bump
// it whenever one of them changes.
const rulesVersion = 1

// wasmConfig lists the wasmtime settings New applies that decide results.
// Keep it in step with New: a setting changed there and not here would let
// operators with different behaviour share a digest.
const wasmConfig = "fuel=on;epoch=on;nan-canonicalization=on;threads=off;relaxed-simd=off;simd=on;" +
	"memory64=off;multi-memory=off;gc=off;function-references=off;opt=speed"

// WasmEnvironment digests everything outside a module that decides a WASM
// task's result on this build: wasmtime version, the determinism-relevant
// configuration (fuel metering on, NaN canonicalisation, features,
// Cranelift target ISA baseline, stack limits), the deterministic WASI
// implementation's version, and GOARCH (stack depth is architecture
// dependent).
//
// It is a pure function of constants compiled into the binary, never of
// an operator's caps, cache or paths: operators whose digests are equal
// compute the same result for the same task, and a task pinned to a digest
// is refused (ErrEnvironmentMismatch) by an operator with another one.
func WasmEnvironment() [32]byte { return wasmEnvironment(runtime.GOOS, runtime.GOARCH) }

func wasmEnvironment(goos, goarch string) [32]byte {
	isa := "host" // Cranelift uses the host CPU's extensions (see doc.go)
	if goarch == "amd64" {
		isa = "x86-64-v2;off=" + strings.Join(baselineOffX86, ",")
	}
	return envDigest("blockless/env/wasm/v1",
		"wasmtime", WasmtimeVersion(),
		"config", wasmConfig,
		"isa", isa,
		"max-wasm-stack", strconv.Itoa(DefaultMaxWasmStack),
		"store", fmt.Sprintf("table-elements=%d;instances=%d;tables=%d;memories=%d",
			storeTableElements, storeInstances, storeTables, storeMemories),
		"wasi", fmt.Sprintf("v%d;clock-step=%d;fuel-call=%d;fuel-bytes=%d;fuel-sub=%d;random=%s",
			wasiVersion, ClockStep, fuelHostCall, fuelPerBytes, fuelPerSub, randomDomain),
		"rules", strconv.Itoa(rulesVersion),
		"platform", goos+"/"+goarch,
	)
}

// X86Environment is WasmEnvironment bound to the x86 emulator's sha256.
func X86Environment(emulatorDigest [32]byte) [32]byte {
	wasm := WasmEnvironment()
	return envDigest("blockless/env/x86/v1",
		"wasm", hex.EncodeToString(wasm[:]),
		"emulator", hex.EncodeToString(emulatorDigest[:]),
		"sandbox", fmt.Sprintf("overhead=%d;stderr-slack=%d;fuel=false;nancanon=false", x86WasmOverhead, x86StderrSlack),
	)
}

// envDigest is sha256 over a domain tag and key/value pairs, each
// length-prefixed so that no two different lists hash the same bytes.
func envDigest(domain string, kv ...string) [32]byte {
	h := sha256.New()
	put := func(s string) {
		var n [8]byte
		binary.BigEndian.PutUint64(n[:], uint64(len(s)))
		h.Write(n[:])
		h.Write([]byte(s))
	}
	put(domain)
	for _, s := range kv {
		put(s)
	}
	var out [32]byte
	copy(out[:], h.Sum(nil))
	return out
}

// Environment returns the digest for a runtime kind (wasm or x86); x86
// fails when no emulator is available. An engine configured away from the
// pinned settings (DisableFuel, a non-default MaxWasmStack) returns
// ErrNoEnvironment: it must not sign.
func (e *Engine) Environment(runtime onchain.Runtime) ([32]byte, error) {
	switch {
	case e.cfg.DisableFuel:
		return [32]byte{}, fmt.Errorf("%w: fuel metering is disabled", ErrNoEnvironment)
	case e.cfg.MaxWasmStack != DefaultMaxWasmStack:
		return [32]byte{}, fmt.Errorf("%w: wasm stack %d bytes, pinned %d", ErrNoEnvironment, e.cfg.MaxWasmStack, DefaultMaxWasmStack)
	}
	switch runtime {
	case RuntimeWasm:
		return WasmEnvironment(), nil
	case RuntimeX86:
		_, d, err := e.X86Emulator()
		if err != nil {
			return [32]byte{}, err
		}
		return X86Environment(d), nil
	}
	return [32]byte{}, fmt.Errorf("%w: unknown runtime kind %d", ErrInvalidRequest, uint8(runtime))
}

// checkEnvironment refuses a request pinned to an environment other than
// this engine's. An engine without an environment refuses every pinned
// request; a missing x86 emulator is host trouble, not a refusal.
func (e *Engine) checkEnvironment(runtime onchain.Runtime, want [32]byte) error {
	got, err := e.Environment(runtime)
	switch {
	case errors.Is(err, ErrNoEnvironment), errors.Is(err, ErrInvalidRequest):
		return fmt.Errorf("%w: %w", ErrEnvironmentMismatch, err)
	case err != nil:
		return fmt.Errorf("engine: execution environment: %w", err)
	case got != want:
		return fmt.Errorf("%w: task pins %x, this operator is %x", ErrEnvironmentMismatch, want[:], got[:])
	}
	return nil
}
