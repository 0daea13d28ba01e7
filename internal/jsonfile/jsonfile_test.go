package jsonfile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	dir := t.TempDir()
	good, bad := filepath.Join(dir, "good.json"), filepath.Join(dir, "bad.json")
	if err := os.WriteFile(good, []byte(`{"a": 1}`), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte(`{"a": `), 0o600); err != nil {
		t.Fatal(err)
	}
	var v struct{ A int }
	if err := Read(good, &v); err != nil || v.A != 1 {
		t.Fatalf("%+v %v", v, err)
	}
	if err := Read(bad, &v); err == nil || !strings.Contains(err.Error(), "parse "+bad) {
		t.Fatalf("bad JSON: %v", err)
	}
	if err := Read(filepath.Join(dir, "missing"), &v); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("missing file: %v", err)
	}
}
