package witness_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/blockless/avs/zk/witness"
)

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("stdout closed") }

func TestWitnessRun(t *testing.T) {
	double := func(in []byte) ([]byte, error) { return append(bytes.Clone(in), in...), nil }
	var out, errb bytes.Buffer
	if code := witness.Run(strings.NewReader("ab"), &out, &errb, double); code != 0 || out.String() != "abab" || errb.Len() != 0 {
		t.Fatalf("success: exit %d, stdout %q, stderr %q", code, out.String(), errb.String())
	}

	// A bad input is an exit status with the reason on stderr, and nothing on stdout.
	out.Reset()
	bad := func([]byte) ([]byte, error) { return nil, errors.New("threshold: input: unexpected end of JSON input") }
	if code := witness.Run(strings.NewReader("{"), &out, &errb, bad); code != 1 || out.Len() != 0 ||
		errb.String() != "threshold: input: unexpected end of JSON input\n" {
		t.Fatalf("bad input: exit %d, stdout %q, stderr %q", code, out.String(), errb.String())
	}

	// So is output that cannot be written.
	errb.Reset()
	if code := witness.Run(strings.NewReader("ab"), failingWriter{}, &errb, double); code != 1 || !strings.Contains(errb.String(), "stdout closed") {
		t.Fatalf("write error: exit %d, stderr %q", code, errb.String())
	}
}
