package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// Malformed trigger flags are refused with exit 2 and a message naming the flag, before any
// connection is attempted (the addresses file does not exist).
func TestTriggerCreateRefusesBadFlagsBeforeDialing(t *testing.T) {
	base := []string{"trigger", "create", "--addresses", filepath.Join(t.TempDir(), "none.json"), "--function", "1", "--fund", "100"}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{nil, "exactly one of --every, --every-blocks and --on-event"},
		{[]string{"--every", "30s", "--every-blocks", "2"}, "exactly one of"},
		{[]string{"--every", "29s"}, "--every: whole seconds, at least 30s"},
		{[]string{"--every", "30500ms"}, "--every: whole seconds"},
		{[]string{"--every-blocks", "0"}, "--every-blocks: at least 1"},
		{[]string{"--on-event", "0x1234"}, "--on-event: EMITTER:TOPIC0"},
		{[]string{"--on-event", "0x0000000000000000000000000000000000000001:0x12"}, "--on-event"},
		{[]string{"--on-event", "0x0000000000000000000000000000000000000001:" + strings.Repeat("ab", 32), "--start", "5"}, "--start applies"},
		{[]string{"--every", "60s", "--service", "0x0000000000000000000000000000000000000001"}, "--service"},
		{[]string{"--every", "60s", "--callback", "nope"}, "--callback: not an address"},
		{[]string{"--every", "60s", "--fund", "-1"}, "--fund"},
	} {
		code, _, stderr := runCLI(t, "", append(base, tc.args...)...)
		if code != 2 || !strings.Contains(stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", tc.args, code, stderr, tc.want)
		}
	}
}

func TestTriggerCommandsNeedARegistry(t *testing.T) {
	// An explicit RPC and no registry address: a clear error, not a zero-address call.
	code, _, stderr := runCLI(t, "", "trigger", "list", "--addresses", "", "--rpc-url", "http://127.0.0.1:1")
	if code != 1 || !strings.Contains(stderr, "no trigger registry") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	code, _, stderr = runCLI(t, "", "trigger", "fund", "--amount", "1", "x")
	if code != 2 || !strings.Contains(stderr, "usage: blockless trigger fund ID") {
		t.Fatalf("fund x: exit %d, stderr %q", code, stderr)
	}
}
