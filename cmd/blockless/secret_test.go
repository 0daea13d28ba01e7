package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Bad `secret set` requests are refused before any connection (the addresses file does not
// exist), and no message repeats the value.
func TestSecretSetRefusesBadRequestsBeforeDialing(t *testing.T) {
	const value = "sk_live_do_not_print_me"
	dir := t.TempDir()
	valueFile := filepath.Join(dir, "v")
	if err := os.WriteFile(valueFile, []byte(value+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	nul := filepath.Join(dir, "nul")
	if err := os.WriteFile(nul, []byte("a\x00b"), 0o600); err != nil {
		t.Fatal(err)
	}
	base := []string{"secret", "set", "--addresses", filepath.Join(dir, "none.json"), "--function", "1"}
	for _, tc := range []struct {
		stdin string
		args  []string
		want  string
	}{
		{value, []string{"--name", "api_key"}, "secret name"},
		{value, []string{"--name", "1KEY"}, "secret name"},
		{value, []string{"--name", "BLOCKLESS_KEY"}, "secret name"},
		{value, []string{"--name", strings.Repeat("A", 33)}, "secret name"},
		{value, []string{"--name", "KEY", "--mine", "--requester", "0x0000000000000000000000000000000000000001"}, "not both"},
		{value, []string{"--name", "KEY", "--requester", "nope"}, "not an address"},
		{"", []string{"--name", "KEY"}, "empty secret value"},
		{"", []string{"--name", "KEY", "--value-file", valueFile, "--value-env", "HOME"}, "not both"},
		{"", []string{"--name", "KEY", "--value-env", "BLOCKLESS_TEST_SURELY_UNSET"}, "is not set"},
		{"", []string{"--name", "KEY", "--value-file", nul}, "NUL"},
		{strings.Repeat("x", 64<<10+1), []string{"--name", "KEY"}, "over"},
		{value, []string{"--name", "KEY"}, "none.json"}, // valid: fails only at reading the deployment
	} {
		code, stdout, stderr := runCLI(t, tc.stdin, append(base, tc.args...)...)
		if code == 0 || !strings.Contains(stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want a failure naming %q", tc.args, code, stderr, tc.want)
		}
		if strings.Contains(stdout+stderr, value) {
			t.Errorf("%v: the secret value was printed", tc.args)
		}
	}
}
