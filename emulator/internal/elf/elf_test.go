package elf

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/blockless/avs/emulator/internal/mem"
	"github.com/blockless/avs/internal/built"
)

func TestLoadCorpusBinary(t *testing.T) {
	built.Require(t, "emulator-corpus", "../../../build/emulator/musl-O2/args")
	bins, _ := filepath.Glob("../../../build/emulator/musl-O2/args")
	if len(bins) == 0 {
		t.Fatal("corpus not built: run 'make emulator-corpus'")
	}
	img, err := os.ReadFile(bins[0])
	if err != nil {
		t.Fatal(err)
	}
	m := mem.New()
	p, err := Load(m, img, Options{Args: []string{"prog", "x"}, Env: []string{"A=B"}})
	if err != nil {
		t.Fatal(err)
	}
	if p.SP%16 != 0 || m.Read64(p.SP) != 2 {
		t.Fatalf("bad initial stack: sp=%#x argc=%d", p.SP, m.Read64(p.SP))
	}
	if got := m.ReadString(m.Read64(p.SP+16), 10); got != "x" {
		t.Fatalf("argv[1] = %q", got)
	}
	if p.Entry == 0 || p.Brk == 0 || p.Phdr == 0 {
		t.Fatalf("process %+v", p)
	}
}

func FuzzLoadELF(f *testing.F) {
	if img, err := os.ReadFile("../../../build/emulator/musl-Os/args"); err == nil {
		f.Add(img)
	}
	hdr := make([]byte, 64+56)
	copy(hdr, "\x7fELF\x02\x01\x01")
	hdr[16], hdr[18], hdr[32], hdr[54], hdr[56] = 2, 62, 64, 56, 1
	hdr[64] = 1 // PT_LOAD
	f.Add(hdr)
	f.Add([]byte("\x7fELF"))
	f.Fuzz(func(t *testing.T, img []byte) {
		m := mem.New()
		m.MaxPages = 1 << 12
		defer func() {
			if r := recover(); r != nil {
				if _, ok := r.(*mem.OOM); ok {
					return // huge segments hit the page limit; that is a clean stop
				}
				t.Fatalf("panic: %v", r)
			}
		}()
		_, _ = Load(m, img, Options{Args: []string{"p"}})
	})
}
