package main

import (
	"bytes"
	"encoding/binary"
	"os"
	"strings"
	"testing"

	"github.com/blockless/avs/internal/built"
)

const testProg = "../../../build/emulator/musl-O2/args"

func TestFramedAndFile(t *testing.T) {
	built.Require(t, "emulator-corpus", testProg)
	img, err := os.ReadFile(testProg)
	if err != nil {
		t.Fatalf("%v: run 'make emulator-corpus'", err)
	}
	// File form.
	var out, errb bytes.Buffer
	code := run([]string{"-env", "CORPUS=yes", testProg, "one"}, strings.NewReader(""), &out, &errb)
	if code != 12 || !strings.Contains(out.String(), "argv[1]=one") || !strings.Contains(out.String(), "CORPUS=yes") {
		t.Fatalf("file form: exit %d out %q err %q", code, out.String(), errb.String())
	}
	// Framed form: length, ELF, then the program's stdin.
	frame := binary.LittleEndian.AppendUint64(nil, uint64(len(img)))
	frame = append(append(frame, img...), "ignored stdin"...)
	out.Reset()
	errb.Reset()
	code = run([]string{"-framed", "a", "b"}, bytes.NewReader(frame), &out, &errb)
	if code != 13 || !strings.Contains(out.String(), "argv[2]=b") {
		t.Fatalf("framed form: exit %d out %q err %q", code, out.String(), errb.String())
	}
	// Bad frames fail cleanly.
	for _, bad := range [][]byte{nil, {1, 2, 3}, binary.LittleEndian.AppendUint64(nil, 1<<40)} {
		if code := run([]string{"-framed"}, bytes.NewReader(bad), &out, &errb); code != 125 {
			t.Fatalf("bad frame %x: exit %d", bad, code)
		}
	}
}
