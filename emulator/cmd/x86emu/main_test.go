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

// -stdin-size reads stdin into one buffer; a stream shorter than declared is
// an error, one longer is still read whole.
func TestReadStdinSized(t *testing.T) {
	data := bytes.Repeat([]byte("0123456789"), 100_000)
	for _, size := range []int64{-1, 0, int64(len(data)), 10} {
		got, err := readStdin(bytes.NewReader(data), size)
		if err != nil || !bytes.Equal(got, data) {
			t.Fatalf("size %d: %d bytes, %v; want all %d", size, len(got), err, len(data))
		}
	}
	if _, err := readStdin(bytes.NewReader(data), int64(len(data))+1); err == nil || !strings.Contains(err.Error(), "stdin ended after 1000000 of the 1000001 bytes") {
		t.Fatalf("short stdin: %v", err)
	}
	if _, err := readStdin(bytes.NewReader(nil), 1<<33); err == nil {
		t.Fatal("a size beyond 4 GiB was accepted")
	}
	// Through run: a frame shorter than -stdin-size fails cleanly.
	var out, errb bytes.Buffer
	frame := binary.LittleEndian.AppendUint64(nil, 3)
	if code := run([]string{"-framed", "-stdin-size", "100"}, bytes.NewReader(frame), &out, &errb); code != 125 || !strings.Contains(errb.String(), "stdin ended") {
		t.Fatalf("short framed stdin: exit %d, %q", code, errb.String())
	}
}
