package functions

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strings"
	"testing"

	"github.com/blockless/avs/engine"
)

// Python functions: CPython for WASI with the standard library frozen in.
// The stats example computes with json, decimal, statistics and hashlib;
// an uncaught exception exits 1 with its traceback; sys.exit sets the
// status; the interpreter is deterministic (same output and fuel twice).
func TestPythonStats(t *testing.T) {
	r := newRunner(t)
	mod := module(t, "python/stats.wasm")
	values := []string{"0.1", "0.2", "3", "10.50", "-2"}
	in, _ := json.Marshal(map[string]any{"values": []any{"0.1", 0.2, 3, "10.50", "-2"}})
	res := r.run(mod, string(in))
	if res.Status != engine.StatusOK {
		t.Fatalf("status %s exit %d stderr %s", res.Status, res.ExitCode, res.Stderr)
	}
	var got map[string]any
	if err := json.Unmarshal(res.Output, &got); err != nil {
		t.Fatalf("output %q: %v", res.Output, err)
	}
	// Decimal sums exactly (a float would give 11.799999...); canonical
	// values drop trailing zeros (10.50 -> 10.5).
	sum := sha256.Sum256([]byte(strings.Join([]string{"0.1", "0.2", "3", "10.5", "-2"}, ",")))
	want := map[string]any{"count": float64(len(values)), "sum": "11.80", "mean": "2.36", "median": "0.2",
		"sha256": hex.EncodeToString(sum[:])}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %v, want %v (output %s)", k, got[k], v, res.Output)
		}
	}
	again := r.run(mod, string(in))
	if string(again.Output) != string(res.Output) || again.FuelUsed != res.FuelUsed {
		t.Errorf("second run differs: %q fuel %d, first %q fuel %d", again.Output, again.FuelUsed, res.Output, res.FuelUsed)
	}

	res = r.run(mod, `{"values": []}`)
	expect(t, res, engine.StatusExitNonZero, 2, "")
	if !strings.Contains(string(res.Stderr), "stats: no values") {
		t.Errorf("stderr %q", res.Stderr)
	}
	res = r.run(mod, `{"values": [1,`)
	expect(t, res, engine.StatusExitNonZero, 1, "")
	for _, s := range []string{"Traceback (most recent call last)", `File "stats.py", line`, "JSONDecodeError"} {
		if !strings.Contains(string(res.Stderr), s) {
			t.Errorf("stderr %q lacks %q", res.Stderr, s)
		}
	}
}
