package main

import (
	"os"
	"strings"
	"testing"

	"github.com/blockless/avs/modstore"
)

// The demo's token files must be what bin/modstore (LoadTokens) and
// `blockless --store-token-file` read.
func TestWriteStoreTokens(t *testing.T) {
	list, own, err := writeStoreTokens(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	toks, err := modstore.LoadTokens(list)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(own)
	if err != nil {
		t.Fatal(err)
	}
	if tok := strings.TrimSpace(string(b)); len(toks) != 1 || toks[tok] != "demo" {
		t.Fatalf("token files disagree: %d tokens", len(toks))
	}
	for _, p := range []string{list, own} {
		if st, _ := os.Stat(p); st.Mode().Perm()&0o077 != 0 {
			t.Fatalf("%s readable by others: %v", p, st.Mode())
		}
	}
}
