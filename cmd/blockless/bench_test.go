package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/blockless/avs/requester/loadgen"
)

func TestBenchRefusesBadFlagsBeforeDialing(t *testing.T) {
	// No devnet: a flag error must come before any connection attempt.
	base := []string{"bench", "--addresses", filepath.Join(t.TempDir(), "none.json"), "--function", "1"}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--rate", "0", "--duration", "5s"}, "rate"},
		{[]string{"--rate", "2", "--duration", "0s"}, "duration"},
		{[]string{"--rate", "2", "--duration", "5s", "--batch", "0"}, "--batch 0"},
		{[]string{"--rate", "2", "--duration", "5s", "--batch", "257"}, "--batch 257"},
		{[]string{"--rate", "2", "--duration", "5s", "--fee", "-1"}, "--fee"},
	} {
		code, _, stderr := runCLI(t, "", append(base, tc.args...)...)
		if code != 2 || !strings.Contains(stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", tc.args, code, stderr, tc.want)
		}
	}
}

func TestBenchInput(t *testing.T) {
	e := &env{stdin: strings.NewReader("from stdin")}
	if b, err := e.benchInput(""); err != nil || b != nil {
		t.Fatalf("no input: %q %v", b, err)
	}
	if b, err := e.benchInput("-"); err != nil || string(b) != "from stdin" {
		t.Fatalf("stdin: %q %v", b, err)
	}
	f := filepath.Join(t.TempDir(), "in")
	if err := os.WriteFile(f, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := e.benchInput(f); err == nil || !strings.Contains(err.Error(), "empty") {
		t.Fatalf("empty file: %v", err)
	}
}

func TestBenchProgressOnlyOnATerminal(t *testing.T) {
	var buf bytes.Buffer
	e := &env{stderr: &buf}
	g, err := loadgen.New(loadgen.Config{Schedule: loadgen.Schedule{Rate: 1, Total: 1}, Batch: 1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	e.showProgress(t.Context(), g)()
	if buf.Len() != 0 {
		t.Fatalf("progress written to a non-terminal: %q", buf.String())
	}
	got := progressLine(loadgen.Counts{Submitted: 10, Answered: 6, Failed: 1})
	if got != "\rsubmitted 10  answered 6  failed 1  in flight 3\x1b[K" {
		t.Fatalf("progress line %q", got)
	}
}
