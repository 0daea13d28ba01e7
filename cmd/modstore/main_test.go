package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/blockless/avs/modstore"
)

const testToken = "0123456789abcdef0123"

// parse runs the serve flags over args and returns the configuration they give.
func parse(t *testing.T, args ...string) (modstore.PublisherConfig, error) {
	t.Helper()
	var cfg modstore.PublisherConfig
	var cerr error
	app := &cli.App{Flags: flags(), Action: func(c *cli.Context) error {
		cfg, cerr = config(c)
		return nil
	}, ExitErrHandler: func(*cli.Context, error) {}}
	if err := app.Run(append([]string{"modstore"}, args...)); err != nil {
		return cfg, err
	}
	return cfg, cerr
}

func writeTokens(t *testing.T) string {
	t.Helper()
	f := filepath.Join(t.TempDir(), "tokens")
	if err := os.WriteFile(f, []byte("# deployers\nci:"+testToken+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return f
}

func TestFlags(t *testing.T) {
	cfg, err := parse(t)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Tokens != nil || cfg.QuotaBytes != modstore.DefaultQuotaBytes || cfg.MaxBytes != modstore.DefaultMaxBytes ||
		cfg.MaxModuleSize != modstore.DefaultMaxModuleSize || cfg.MaxConcurrentUploads != modstore.DefaultMaxConcurrentUploads ||
		cfg.UploadTimeout != modstore.DefaultUploadTimeout || cfg.Dir == "" {
		t.Fatalf("defaults: %+v", cfg)
	}
	cfg, err = parse(t, "--dir", "d", "--tokens-file", writeTokens(t), "--quota-bytes", "10", "--max-bytes", "20",
		"--max-module-size", "5", "--max-concurrent-uploads", "1", "--upload-timeout", "3s")
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Dir != "d" || cfg.Tokens[testToken] != "ci" || cfg.QuotaBytes != 10 || cfg.MaxBytes != 20 || cfg.MaxModuleSize != 5 ||
		cfg.MaxConcurrentUploads != 1 || cfg.UploadTimeout != 3*time.Second {
		t.Fatalf("flags: %+v", cfg)
	}
	for _, bad := range [][]string{{"--tokens-file", filepath.Join(t.TempDir(), "missing")}, {"--dir", ""},
		{"--quota-bytes", "0"}, {"--max-concurrent-uploads", "-1"}, {"--upload-timeout", "0s"}} {
		if _, err := parse(t, bad...); err == nil || strings.Contains(err.Error(), testToken) {
			t.Fatalf("%v: %v", bad, err)
		}
	}
}

// The serve command over a real listener: healthz, an authenticated upload, a download, and a
// clean exit when its context ends (as on SIGINT/SIGTERM).
func TestServe(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	app := &cli.App{Flags: flags(), Action: func(c *cli.Context) error { return serve(ctx, c) }, ExitErrHandler: func(*cli.Context, error) {}}
	done := make(chan error, 1)
	go func() {
		done <- app.Run([]string{"modstore", "--listen", addr, "--dir", t.TempDir(), "--tokens-file", writeTokens(t), "--log-level", "error"})
	}()
	url := "http://" + addr
	deadline := time.Now().Add(10 * time.Second)
	for {
		if r, err := http.Get(url + "/healthz"); err == nil {
			r.Body.Close()
			if r.StatusCode == http.StatusOK {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatal("store did not come up")
		}
		time.Sleep(50 * time.Millisecond)
	}
	req, _ := http.NewRequest(http.MethodPost, url+"/modules", bytes.NewReader([]byte("module")))
	req.Header.Set("Authorization", "Bearer "+testToken)
	r, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	r.Body.Close()
	if r.StatusCode != http.StatusCreated {
		t.Fatalf("upload: %d", r.StatusCode)
	}
	r, err = http.Get(fmt.Sprintf("%s/modules/%s", url, modstore.Sum([]byte("module"))))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(r.Body)
	r.Body.Close()
	if r.StatusCode != http.StatusOK || string(b) != "module" {
		t.Fatalf("download: %d %q", r.StatusCode, b)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop")
	}
}
