package engine

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestZZXStats(t *testing.T) {
	emu := "/tmp/x86emu-diag.wasm"
	e, err := New(Config{X86Emulator: emu, X86Translate: true}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	for _, w := range x86Workloads(t) {
		if os.Getenv("ZZ") != "" && os.Getenv("ZZ") != w.name {
			continue
		}
		elf, _ := os.ReadFile(w.path)
		req := Request{Module: elf, Args: w.args, Argv0: filepath.Base(w.path), Input: w.stdin,
			Limits: Limits{Fuel: 1 << 40, Timeout: 10 * time.Minute, MaxOutput: 16 << 20}}
		if w.name != "busybox-gzip" && w.name != "busybox-sha256sum" {
			req.Args = []string{map[string]string{"coremark_like": "200", "sha256": "300", "nbody": "30000", "sieve": "2000000", "branchy-O0": "100"}[w.name]}
		} else {
			req.Input = req.Input[:300000]
		}
		res, err := e.RunX86(context.Background(), req)
		if err != nil {
			t.Fatal(err)
		}
		first := res.Stats.Exec
		res, err = e.RunX86(context.Background(), req)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("first %v", first)
		t.Logf("%s: %s %v insn=%d stderr=%s", w.name, res.Status, res.Stats.Exec, res.FuelUsed, res.Stderr)
	}
}
