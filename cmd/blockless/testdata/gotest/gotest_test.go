// Package gotest is compiled with `GOOS=wasip1 GOARCH=wasm go test -c` by
// the blockless CLI tests: a real WASI program nobody wrote for this engine
// (the Go testing framework), run through `blockless run`.
package gotest

import (
	"os"
	"sort"
	"strings"
	"testing"
	"time"
)

func TestSort(t *testing.T) {
	s := []int{3, 1, 2}
	sort.Ints(s)
	if s[0] != 1 || s[2] != 3 {
		t.Fatal(s)
	}
}

func TestEnv(t *testing.T) {
	if v := os.Getenv("GREETING"); v != "" && !strings.HasPrefix(v, "hello") {
		t.Fatalf("GREETING=%q", v)
	}
}

func TestSleep(t *testing.T) {
	t0 := time.Now()
	time.Sleep(10 * time.Millisecond)
	if time.Since(t0) < 10*time.Millisecond {
		t.Fatal("clock did not advance")
	}
}

func TestFails(t *testing.T) {
	if os.Getenv("MAKE_IT_FAIL") != "" {
		t.Fatal("failing as asked")
	}
}
