package engine

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// x86Workload is one program of the x86 speed suite, sized so that the
// native run takes about a tenth of a second on this project's machines.
type x86Workload struct {
	name  string
	path  string // the ELF, relative to the repository root
	args  []string
	stdin []byte
}

func x86Workloads(tb testing.TB) []x86Workload {
	root := filepath.Join("..", "build", "emulator")
	// A few MB of text that compresses like source code, for busybox.
	var text bytes.Buffer
	for i := 0; text.Len() < 3<<20; i++ {
		fmt.Fprintf(&text, "line %d: value=%d name=%s\n", i, (i*7919)%100003, strings.Repeat(string(rune('a'+i%26)), i%17))
	}
	return []x86Workload{
		{"coremark_like", filepath.Join(root, "musl-O2", "coremark_like"), []string{"6000"}, nil},
		{"sha256", filepath.Join(root, "musl-O2", "sha256"), []string{"6000"}, nil},
		{"nbody", filepath.Join(root, "musl-O2", "nbody"), []string{"600000"}, nil},
		{"sieve", filepath.Join(root, "musl-O2", "sieve"), []string{"10000000"}, nil},
		{"branchy-O0", filepath.Join(root, "gcc-O0", "branchy"), []string{"1500"}, nil},
		{"busybox-gzip", "/bin/busybox", []string{"gzip", "-c"}, text.Bytes()},
		{"busybox-sha256sum", "/bin/busybox", []string{"sha256sum"}, text.Bytes()},
	}
}

// x86Mode is one way of running a workload; it returns the program's
// stdout and the time spent running it (for the engine: execution only,
// the emulator module being compiled before).
type x86Mode struct {
	name string
	run  func(tb testing.TB, w x86Workload) ([]byte, time.Duration)
}

func hostRun(tb testing.TB, argv []string, w x86Workload) ([]byte, time.Duration) {
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Stdin = bytes.NewReader(w.stdin)
	var out bytes.Buffer
	cmd.Stdout = &out
	t0 := time.Now()
	if err := cmd.Run(); err != nil {
		tb.Fatalf("%s: %v", strings.Join(argv, " "), err)
	}
	return out.Bytes(), time.Since(t0)
}

// How an engine mode treats the translations of earlier runs.
type x86Warmth int

const (
	x86Cold x86Warmth = iota // no translations cached: the first run's cost
	x86Warm                  // translations cached by an untimed run before
)

// engineMode runs workloads in an engine made with cfg, closed with b.
func engineMode(b *testing.B, name string, cfg Config, warmth x86Warmth) x86Mode {
	emu, err := x86EmulatorPath()
	if err != nil {
		b.Fatal(err)
	}
	cfg.X86Emulator = emu
	e, err := New(cfg, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { e.Close() })
	return x86Mode{name, func(tb testing.TB, w x86Workload) ([]byte, time.Duration) {
		elf, err := os.ReadFile(w.path)
		if err != nil {
			tb.Fatal(err)
		}
		req := Request{Module: elf, Args: w.args, Argv0: filepath.Base(w.path), Input: w.stdin,
			Limits: Limits{Fuel: 1 << 40, Timeout: 10 * time.Minute, MaxOutput: 16 << 20}}
		x := &e.x86Host().x86mods
		x.mu.Lock()
		x.m = nil // no engine disk cache here, so nothing else holds them
		x.mu.Unlock()
		if warmth == x86Warm {
			if _, err := e.RunX86(context.Background(), req); err != nil {
				tb.Fatal(err)
			}
		}
		res, err := e.RunX86(context.Background(), req)
		if err != nil || res.Status != StatusOK {
			tb.Fatalf("%s: %v %s %s %s", w.name, err, res.Status, res.Message, res.Stderr)
		}
		return res.Output, res.Stats.Exec
	}}
}

// BenchmarkX86Suite runs each workload natively, under qemu-x86_64 (user
// mode, if installed) and in this engine's x86 emulator, checks that all
// print the same, and reports each mode's time as a ratio to native in the
// same run, plus the median ratio per mode. One run each (`make
// emulator-bench`):
//
//	go test ./engine -run '^$' -bench X86Suite -benchtime 1x
func BenchmarkX86Suite(b *testing.B) {
	modes := []x86Mode{
		{"native", func(tb testing.TB, w x86Workload) ([]byte, time.Duration) {
			return hostRun(tb, append([]string{w.path}, w.args...), w)
		}},
	}
	if q, err := exec.LookPath("qemu-x86_64"); err == nil {
		modes = append(modes, x86Mode{"qemu-user", func(tb testing.TB, w x86Workload) ([]byte, time.Duration) {
			return hostRun(tb, append([]string{q, w.path}, w.args...), w)
		}})
	} else {
		b.Log("qemu-x86_64 not installed (make emulator-bench installs qemu-user): no qemu column")
	}
	// The translator is timed twice: on a program's first run, which
	// compiles its translations, and on later runs, which find them in
	// the engine's caches (an operator pays the first once per program).
	modes = append(modes, engineMode(b, "interpreter", Config{}, x86Cold),
		engineMode(b, "xlate-first-run", Config{X86Translate: true}, x86Cold),
		engineMode(b, "translator", Config{X86Translate: true}, x86Warm))

	ratios := map[string][]float64{}
	var table strings.Builder
	fmt.Fprintf(&table, "%-18s", "workload")
	for _, m := range modes {
		fmt.Fprintf(&table, " %16s", m.name)
	}
	table.WriteString("\n")
	for _, w := range x86Workloads(b) {
		if _, err := os.Stat(w.path); err != nil {
			b.Fatalf("%v: run 'make emulator-corpus' (busybox: 'make deps')", err)
		}
		fmt.Fprintf(&table, "%-18s", w.name)
		var native time.Duration
		var want []byte
		for _, m := range modes {
			var out []byte
			var took time.Duration
			if !b.Run(w.name+"/"+m.name, func(b *testing.B) {
				for range b.N {
					out, took = m.run(b, w)
				}
				b.ReportMetric(took.Seconds(), "s/run")
			}) || took == 0 {
				// Left out by -bench (e.g. -bench 'X86Suite/.*/(native|translator)$').
				fmt.Fprintf(&table, " %16s", "-")
				continue
			}
			if m.name == "native" {
				native, want = took, out
				fmt.Fprintf(&table, " %15.3fs", took.Seconds())
				continue
			}
			if native == 0 {
				b.Fatal("the native run is the baseline of every ratio: keep it in -bench")
			}
			if !bytes.Equal(out, want) {
				b.Fatalf("%s under %s printed %d bytes, natively %d: outputs differ", w.name, m.name, len(out), len(want))
			}
			r := took.Seconds() / native.Seconds()
			ratios[m.name] = append(ratios[m.name], r)
			fmt.Fprintf(&table, " %15.1f×", r)
		}
		table.WriteString("\n")
	}
	fmt.Fprintf(&table, "%-18s %16s", "median", "")
	for _, m := range modes[1:] {
		rs := ratios[m.name]
		if len(rs) == 0 {
			fmt.Fprintf(&table, " %16s", "-")
			continue
		}
		slices.Sort(rs)
		med := rs[len(rs)/2]
		if len(rs)%2 == 0 {
			med = (rs[len(rs)/2-1] + rs[len(rs)/2]) / 2
		}
		fmt.Fprintf(&table, " %15.1f×", med)
	}
	b.Logf("time per run, and as a ratio to the native run:\n%s", table.String())
}
