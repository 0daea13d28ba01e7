package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestStoreToken(t *testing.T) {
	dir := t.TempDir()
	file := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	if tok, err := storeToken(file("ok", "secret-token-0123456789\n"), "from-env"); err != nil || tok != "secret-token-0123456789" {
		t.Fatalf("file: %q %v", tok, err)
	}
	if tok, err := storeToken("", " from-env\n"); err != nil || tok != "from-env" {
		t.Fatalf("env: %q %v", tok, err)
	}
	if tok, err := storeToken("", ""); err != nil || tok != "" {
		t.Fatalf("none: %q %v", tok, err)
	}
	for name, content := range map[string]string{"empty": "\n", "list": "me:secret-token-0123456789\nyou:other-token-0123456789\n"} {
		_, err := storeToken(file(name, content), "")
		if err == nil || strings.Contains(err.Error(), "secret-token") {
			t.Fatalf("%s: %v", name, err)
		}
	}
	if _, err := storeToken(filepath.Join(dir, "absent"), "from-env"); err == nil {
		t.Fatal("absent file accepted")
	}
}
