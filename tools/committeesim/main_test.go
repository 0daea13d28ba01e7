package main

import (
	"strings"
	"testing"
)

func TestRunSmall(t *testing.T) {
	var out strings.Builder
	c := config{operators: 200, tasks: 500, trials: 200, sybils: 3, k: 3, threshold: 67, capacityCap: 4096, seed: 1}
	if err := run(&out, c); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"| 10 |", "| all |", "| 0.33 | 50 | 34 |"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	c.threshold = 0
	if err := run(&out, c); err == nil {
		t.Error("threshold 0 accepted")
	}
}
