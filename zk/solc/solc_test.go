package solc_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/blockless/avs/zk/solc"
)

// fakeSolc writes a solc that checks it was asked for standard JSON and prints reply.
func fakeSolc(t *testing.T, reply string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "solc")
	script := "#!/bin/sh\n[ \"$1\" = --standard-json ] || { echo \"unexpected arguments: $*\" >&2; exit 2; }\n" +
		"grep -q '\"evmVersion\":\"prague\"' || { echo 'not prague' >&2; exit 3; }\ncat <<'EOF'\n" + reply + "\nEOF\n"
	if err := os.WriteFile(p, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestCompileSolidity(t *testing.T) {
	src := []byte("contract V {}")
	ok := fakeSolc(t, `{"contracts":{"Verifier.sol":{"V":{"evm":{"bytecode":{"object":"6080"}}}}}}`)
	code, err := solc.CompileSolidity(ok, src, "V")
	if err != nil || !bytes.Equal(code, []byte{0x60, 0x80}) {
		t.Fatalf("bytecode %x, %v", code, err)
	}
	for _, tc := range []struct{ name, solc, contract, want string }{
		{"other contract", ok, "W", "no bytecode for W"},
		{"compile error", fakeSolc(t, `{"errors":[{"severity":"warning","formattedMessage":"w"},{"severity":"error","formattedMessage":"ParserError: x"}]}`), "V", "ParserError: x"},
		{"garbage output", fakeSolc(t, `not json`), "V", "solc output"},
		{"bad hex", fakeSolc(t, `{"contracts":{"Verifier.sol":{"V":{"evm":{"bytecode":{"object":"zz"}}}}}}`), "V", "solc bytecode"},
		{"missing solc", filepath.Join(t.TempDir(), "nope"), "V", "run "},
	} {
		if _, err := solc.CompileSolidity(tc.solc, src, tc.contract); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want an error containing %q", tc.name, err, tc.want)
		}
	}
}

func TestFindSolc(t *testing.T) {
	dir := t.TempDir()
	adapter := filepath.Join(dir, "tools", "solc", "solc")
	if err := os.MkdirAll(filepath.Dir(adapter), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(adapter, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	if got := solc.Find(dir); got != adapter {
		t.Fatalf("Find = %q, want the module's adapter %q", got, adapter)
	}
	t.Setenv("PATH", t.TempDir())
	if got := solc.Find(t.TempDir()); got != "" {
		t.Fatalf("Find without adapter or PATH solc = %q", got)
	}
}
