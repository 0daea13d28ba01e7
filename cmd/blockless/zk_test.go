package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestZkCommandErrors(t *testing.T) {
	var out, errb bytes.Buffer
	if code := realMain([]string{"blockless", "zk", "deploy", t.TempDir()}, nil, &out, &errb); code == 0 ||
		!strings.Contains(errb.String(), "blockless zk build") {
		t.Fatalf("deploy of an empty dir: exit %d, stderr %q", code, errb.String())
	}
	errb.Reset()
	if code := realMain([]string{"blockless", "zk", "build", "./does/not/exist"}, nil, &out, &errb); code == 0 ||
		!strings.Contains(errb.String(), "go list") {
		t.Fatalf("build of a missing package: exit %d, stderr %q", code, errb.String())
	}
}
