package main

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/blockless/avs/aggregator"
)

// parse runs the aggregator's flags over args and returns the configuration they give.
func parse(t *testing.T, args ...string) (aggregator.Config, error) {
	t.Helper()
	var cfg aggregator.Config
	var cerr error
	app := &cli.App{Flags: flags(), Action: func(c *cli.Context) error {
		cfg, cerr = config(c)
		return nil
	}, ExitErrHandler: func(*cli.Context, error) {}}
	base := []string{"aggregator", "--ecdsa-keystore", "k", "--rpc-url", "http://127.0.0.1:8545"}
	if err := app.Run(append(base, args...)); err != nil {
		return cfg, err
	}
	return cfg, cerr
}

func TestSecurityFlags(t *testing.T) {
	dir := t.TempDir()
	cfg, err := parse(t)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Fetch.AllowPrivate || len(cfg.Fetch.FileDirs) != 0 || cfg.MinFee != nil {
		t.Fatalf("defaults are not the safe ones: %+v %v", cfg.Fetch, cfg.MinFee)
	}
	cfg, err = parse(t, "--fetch-allow-private", "--fetch-file-dir", dir, "--fetch-file-dir", "rel", "--min-fee", "1000")
	if err != nil {
		t.Fatal(err)
	}
	if !cfg.Fetch.AllowPrivate || len(cfg.Fetch.FileDirs) != 2 || !filepath.IsAbs(cfg.Fetch.FileDirs[1]) {
		t.Fatalf("fetch policy %+v", cfg.Fetch)
	}
	if cfg.MinFee.String() != "1000" {
		t.Fatalf("min fee %v", cfg.MinFee)
	}
	// The module store moved to its own binary: its flags are unknown here.
	for _, bad := range [][]string{{"--min-fee", "-1"}, {"--min-fee", "1e18"}, {"--store-tokens-file", "tokens"}, {"--modules-dir", dir}} {
		if _, err := parse(t, bad...); err == nil {
			t.Fatalf("%v: accepted", bad)
		}
	}
}

// Batching is on by default (64 tasks), 0 turns it off; its flags reach the configuration.
func TestBatchFlags(t *testing.T) {
	cfg, err := parse(t)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.BatchMaxTasks != aggregator.DefaultBatchMaxTasks || aggregator.DefaultBatchMaxTasks < 2 {
		t.Fatalf("batch size by default %d, want %d (on)", cfg.BatchMaxTasks, aggregator.DefaultBatchMaxTasks)
	}
	if cfg, err = parse(t, "--batch-max-tasks", "0"); err != nil || cfg.BatchMaxTasks != 0 {
		t.Fatalf("--batch-max-tasks 0: %d, %v", cfg.BatchMaxTasks, err)
	}
	cfg, err = parse(t, "--batch-max-tasks", "32", "--batch-max-wait", "2s", "--batch-deadline-margin", "7", "--batch-sign-timeout", "20s")
	if err != nil {
		t.Fatal(err)
	}
	if cfg.BatchMaxTasks != 32 || cfg.BatchMaxWait != 2*time.Second || cfg.BatchDeadlineMargin != 7 || cfg.BatchSignTimeout != 20*time.Second {
		t.Fatalf("batch config %+v", cfg)
	}
	if _, err := parse(t, "--batch-max-tasks", "-1"); err == nil {
		t.Fatal("negative batch size accepted")
	}
}
