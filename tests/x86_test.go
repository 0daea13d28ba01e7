package tests

import (
	"bytes"
	"context"
	"math/big"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/engine"
	"github.com/blockless/avs/internal/built"
	"github.com/blockless/avs/protocol/onchain"
	"github.com/blockless/avs/requester"
)

// TestX86EndToEnd deploys unmodified static x86-64 programs from the
// emulator's corpus (TEST_PREREQS: make emulator-corpus emulator-wasm) as
// functions of runtime kind x86, and has three real operator nodes run them
// in the emulator inside their engines and answer on chain.
func TestX86EndToEnd(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	const corpus = "../build/emulator/musl-O2/"
	built.Require(t, "emulator-corpus", corpus+"wordfreq", corpus+"abort")
	// The operators find the emulator there (engine.Config.X86Emulator's default).
	built.Require(t, "emulator-wasm", "../build/emulator/x86emu.wasm")
	wordfreq, err := os.ReadFile(corpus + "wordfreq")
	if err != nil {
		t.Fatalf("%v: run 'make emulator-corpus'", err)
	}
	abort, err := os.ReadFile(corpus + "abort")
	if err != nil {
		t.Fatal(err)
	}
	input := strings.Repeat("the quick brown fox jumps over the lazy dog\nthe end\n", 20)
	native := exec.Command(corpus + "wordfreq")
	native.Stdin = strings.NewReader(input)
	want, err := native.Output()
	if err != nil {
		t.Fatalf("native wordfreq: %v", err)
	}

	e := startEnv(t, ctx)
	ops := e.registerOperators(10, 20, 30)
	storeURL := e.startStore()
	aggURL, stopAgg := e.startAggregator(t.TempDir())
	defer stopAgg()
	rq, err := requester.Dial(ctx, e.dn.Addresses.RPCURL, e.dn.Addresses.ChainID, e.dn.Addresses.AVS.TaskManager, e.dn.Owner)
	if err != nil {
		t.Fatal(err)
	}
	defer rq.Close()
	deploy := func(prog []byte) uint64 {
		t.Helper()
		digest, uri, err := testStore(storeURL).Publish(ctx, prog)
		if err != nil {
			t.Fatal(err)
		}
		fn, _, err := rq.RegisterFunction(ctx, taskmanager.ITaskManagerFunctionSpec{ModuleDigest: digest, Runtime: uint8(onchain.RuntimeX86),
			MinQuorumThreshold: 50,
			// Fuel is the emulated instruction budget of an x86 function.
			Limits: taskmanager.ITaskManagerResourceLimits{Fuel: 100_000_000, MemoryBytes: 64 << 20, WallTimeMs: 20_000, MaxOutputBytes: 4096},
			Uris:   []string{uri}})
		if err != nil {
			t.Fatal(err)
		}
		return fn
	}
	submit := func(fn uint64, in string) uint32 {
		t.Helper()
		c, err := rq.CreateTask(ctx, taskmanager.ITaskManagerTaskRequest{FunctionId: fn, Input: []byte(in), QuorumNumbers: []byte{0},
			QuorumThresholdPercentage: 60, ResponseWindowBlocks: 200}, big.NewInt(0))
		if err != nil {
			t.Fatal(err)
		}
		return c.ID
	}
	wait := func(id uint32) requester.Result {
		t.Helper()
		return waitAnswered(t, ctx, rq, id, 2*time.Minute)
	}

	wordTask := submit(deploy(wordfreq), input)
	abortTask := submit(deploy(abort), "-") // a task needs some input
	for _, op := range ops {
		defer e.startNode(op, aggURL, t.TempDir())()
	}

	r := wait(wordTask)
	if r.Response.Status != uint8(engine.StatusOK) || !bytes.Equal(r.Response.Output, want) {
		t.Fatalf("verified status %d output %q, want ok and the native run's %q", r.Response.Status, r.Response.Output, want)
	}
	// A program that dies of SIGABRT is a deterministic result too: the
	// operators agree on the trap status with empty output.
	r = wait(abortTask)
	if r.Response.Status != uint8(engine.StatusTrap) || len(r.Response.Output) != 0 {
		t.Fatalf("abort: verified status %d output %q, want trap", r.Response.Status, r.Response.Output)
	}
}
