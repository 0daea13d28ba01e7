package node

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

// The operator always has caps and a fetch policy, with or without a config file.
func TestConfigDefaults(t *testing.T) {
	var c Config
	c.setDefaults()
	if c.MaxFuel != DefaultMaxFuel || c.MaxTaskMemory != DefaultMaxTaskMemory || c.MaxWallTime != DefaultMaxWallTime ||
		c.MaxOutputBytes != DefaultMaxOutputBytes || c.MaxMemoryBytes < c.MaxTaskMemory {
		t.Fatalf("caps without config: %+v", c)
	}
	if c.MaxConcurrent != runtime.NumCPU() {
		t.Fatalf("max_concurrent default %d, want one per core (%d)", c.MaxConcurrent, runtime.NumCPU())
	}
	p := c.Fetch.Policy()
	if p.AllowPrivate || len(p.FileDirs) != 0 || p.TotalTimeout == 0 || p.PerURITimeout == 0 {
		t.Fatalf("default fetch policy %+v", p)
	}
	for _, s := range p.Schemes {
		if s != "http" && s != "https" {
			t.Fatalf("default fetch policy allows %q", s)
		}
	}
}

func TestConfigFetchSection(t *testing.T) {
	p := filepath.Join(t.TempDir(), "c.yaml")
	yml := "fetch:\n  schemes: [https, file]\n  file_dirs: [/srv/modules]\n  allow_private: true\n  per_uri_timeout: 5s\n  total_timeout: 20s\n" +
		"max_wall_time: 1m\nmax_output_bytes: 1024\n"
	if err := os.WriteFile(p, []byte(yml), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := LoadConfig(p)
	if err != nil {
		t.Fatal(err)
	}
	pol := c.Fetch.Policy()
	if !pol.AllowPrivate || len(pol.Schemes) != 2 || pol.FileDirs[0] != "/srv/modules" || pol.PerURITimeout != 5*time.Second ||
		pol.TotalTimeout != 20*time.Second || c.MaxWallTime != time.Minute || c.MaxOutputBytes != 1024 {
		t.Fatalf("parsed %+v / %+v", c, pol)
	}
}

// The documented example must load as written (a misspelt key is an error).
func TestExampleConfigLoads(t *testing.T) {
	if _, err := LoadConfig("../config.example.yaml"); err != nil {
		t.Fatal(err)
	}
}
