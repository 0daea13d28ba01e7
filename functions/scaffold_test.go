package functions

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// Every template in every language: scaffolded, built with its own
// Makefile, and its `make test` (the sample input, the HTTP calls replayed
// from the sample transcript through `blockless run --replay`) passes; the
// four languages print the same bytes. The oracle's consumer contract
// passes its forge tests.
func TestScaffoldTemplates(t *testing.T) {
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	blockless := filepath.Join(dir, "blockless")
	if out, err := exec.Command("go", "build", "-o", blockless, "../cmd/blockless").CombinedOutput(); err != nil {
		t.Fatalf("build blockless: %v\n%s", err, out)
	}
	vars := []string{"BLOCKLESS=" + blockless, "ASC=node_modules/.bin/asc", "BLOCKLESS_SRC=" + root}
	for _, tmpl := range Templates {
		var outputs [][]byte
		for _, lang := range Languages {
			t.Run(tmpl+"/"+lang, func(t *testing.T) {
				s := Scaffold{Name: "my_" + tmpl, Template: tmpl, Lang: lang}
				fdir := filepath.Join(dir, tmpl+"-"+lang)
				files, err := s.Write(fdir)
				if err != nil {
					t.Fatal(err)
				}
				if len(files) < 5 {
					t.Fatalf("only %v", files)
				}
				if lang == "as" {
					// What `npm install` gives a user: the compiler and the WASI shim.
					if err := os.Symlink(filepath.Join(root, "node_modules"), filepath.Join(fdir, "node_modules")); err != nil {
						t.Fatal(err)
					}
				}
				cmd := exec.Command("make", append([]string{"--no-print-directory", "-C", fdir, "test"}, vars...)...)
				cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
				if out, err := cmd.CombinedOutput(); err != nil {
					t.Fatalf("make test: %v\n%s", err, out)
				}
				out, err := os.ReadFile(filepath.Join(fdir, "build", "output"))
				if err != nil {
					t.Fatal(err)
				}
				outputs = append(outputs, out)
				if _, err := s.Write(fdir); err == nil || !strings.Contains(err.Error(), "exists") {
					t.Errorf("writing over an existing directory: %v", err)
				}
			})
		}
		for i := 1; i < len(outputs); i++ {
			if !bytes.Equal(outputs[i], outputs[0]) {
				t.Errorf("%s: %s prints %q, %s prints %q", tmpl, Languages[i], outputs[i], Languages[0], outputs[0])
			}
		}
	}
	t.Run("oracle contract", func(t *testing.T) {
		forge := filepath.Join(root, "node_modules/@foundry-rs/forge-"+runtime.GOOS+"-amd64/bin/forge")
		if _, err := os.Stat(forge); err != nil {
			t.Fatalf("forge not installed (make deps): %v", err)
		}
		fdir := filepath.Join(dir, "oracle-go")
		// Offline, with the project's solc adapter: a user's machine uses its own solc.
		cmd := exec.Command(forge, "test", "--root", fdir)
		cmd.Env = append(os.Environ(), "FOUNDRY_SOLC="+filepath.Join(root, "tools/solc/solc"), "FOUNDRY_OFFLINE=true")
		out, err := cmd.CombinedOutput()
		if err != nil || !strings.Contains(string(out), "4 passed") {
			t.Fatalf("forge test: %v\n%s", err, out)
		}
	})
	for _, bad := range []Scaffold{{Name: "Bad", Template: "oracle", Lang: "go"}, {Name: "ok", Template: "cron", Lang: "go"},
		{Name: "ok", Template: "oracle", Lang: "cobol"}, {Name: "../x", Template: "oracle", Lang: "go"}} {
		if _, err := bad.Write(filepath.Join(dir, "bad")); err == nil {
			t.Errorf("%+v accepted", bad)
		}
	}
}
