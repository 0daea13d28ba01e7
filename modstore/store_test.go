package modstore

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/blockless/avs/fetch"
)

func newStore(t *testing.T, cfg Config) *Store {
	t.Helper()
	if cfg.Dir == "" {
		cfg.Dir = t.TempDir()
	}
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestDigestForms(t *testing.T) {
	d := Sum(nil)
	if d.String() != "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" {
		t.Fatal(d)
	}
	// The well-known CIDv1 (raw, sha2-256) of empty content.
	if got := d.CIDv1(); got != "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku" {
		t.Fatalf("CIDv1 %s", got)
	}
	for _, s := range []string{d.String(), "0x" + d.String(), "sha256:" + d.String()} {
		if p, err := ParseDigest(s); err != nil || p != d {
			t.Fatalf("%s: %v", s, err)
		}
	}
	for _, s := range []string{"", "abc", strings.Repeat("z", 64)} {
		if _, err := ParseDigest(s); err == nil {
			t.Fatalf("accepted %q", s)
		}
	}
}

func TestPutGetAndCorruption(t *testing.T) {
	s := newStore(t, Config{})
	ctx := context.Background()
	d, err := s.Put([]byte("module"))
	if err != nil || d != Sum([]byte("module")) {
		t.Fatal(d, err)
	}
	if b, err := s.Get(ctx, d); err != nil || string(b) != "module" {
		t.Fatal(b, err)
	}
	os.WriteFile(s.path(d), []byte("tampered"), 0o644)
	if _, err := s.Get(ctx, d); !errors.Is(err, ErrNotFound) {
		t.Fatalf("tampered copy served: %v", err)
	}
	if err := s.PutExpect(d, []byte("other")); !errors.Is(err, ErrDigestMismatch) {
		t.Fatal(err)
	}
	if _, err := newStore(t, Config{MaxModuleSize: 3}).Put([]byte("four")); !errors.Is(err, ErrTooLarge) {
		t.Fatal(err)
	}
}

func TestFetchFileAndHTTP(t *testing.T) {
	ctx := context.Background()
	mod := []byte("\x00asm fetched module")
	d := Sum(mod)
	dir := t.TempDir()
	p := filepath.Join(dir, "m.wasm")
	os.WriteFile(p, mod, 0o644)

	s := newStore(t, Config{Fetch: fetch.Policy{FileDirs: []string{dir}}})
	b, err := s.Fetch(ctx, d, "file://"+p)
	if err != nil || !bytes.Equal(b, mod) || !s.Has(d) {
		t.Fatalf("file fetch: %v", err)
	}

	// The first URI lies, the second works.
	liar := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("evil")) }))
	defer liar.Close()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write(mod) }))
	defer srv.Close()
	loopback := fetch.Policy{AllowPrivate: true} // the test servers are on 127.0.0.1
	s2 := newStore(t, Config{Fetch: loopback})
	b, err = s2.Fetch(ctx, d, liar.URL+"/x", srv.URL+"/modules/"+d.String())
	if err != nil || !bytes.Equal(b, mod) {
		t.Fatalf("http fetch: %v", err)
	}
	// Only liars: digest mismatch, nothing stored.
	s3 := newStore(t, Config{Fetch: loopback})
	if _, err := s3.Fetch(ctx, d, liar.URL); !errors.Is(err, ErrDigestMismatch) || s3.Has(d) {
		t.Fatalf("liar accepted: %v", err)
	}
	if _, err := s3.Fetch(ctx, d, "ftp://x/y"); !errors.Is(err, ErrNoSource) {
		t.Fatal(err)
	}
	// Size cap.
	small := newStore(t, Config{MaxModuleSize: 4, Fetch: loopback})
	if _, err := small.Fetch(ctx, d, srv.URL+"/modules/"+d.String()); !errors.Is(err, ErrTooLarge) || !errors.Is(err, fetch.ErrTooLarge) {
		t.Fatalf("cap: %v", err)
	}
}

// A store built as callers build it (only Dir) applies the safe default
// policy: no file://, no loopback or private destinations.
func TestFetchDefaultPolicyRefuses(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	secret := filepath.Join(dir, "secret")
	os.WriteFile(secret, []byte("password"), 0o600)
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1); w.Write([]byte("password")) }))
	defer srv.Close()
	s := newStore(t, Config{})
	d := Sum([]byte("password"))
	for _, u := range []string{"file://" + secret, "file:///proc/self/environ", srv.URL, strings.Replace(srv.URL, "127.0.0.1", "localhost", 1)} {
		_, err := s.Fetch(ctx, d, u)
		if !errors.Is(err, fetch.ErrRefused) || !errors.Is(err, ErrNoSource) {
			t.Fatalf("%s: want refused, got %v", u, err)
		}
	}
	if hits.Load() != 0 || s.Has(d) {
		t.Fatalf("refused source used: hits=%d", hits.Load())
	}
}

// Mismatch errors must not carry the digest of what a URI served: for a file
// it would be an oracle on content the store was never meant to read.
func TestFetchMismatchDoesNotLeakDigest(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "other")
	os.WriteFile(p, []byte("other content"), 0o644)
	s := newStore(t, Config{Fetch: fetch.Policy{FileDirs: []string{dir}}})
	_, err := s.Fetch(context.Background(), Sum([]byte("wanted")), "file://"+p)
	if !errors.Is(err, ErrDigestMismatch) || strings.Contains(err.Error(), Sum([]byte("other content")).String()) {
		t.Fatalf("%v", err)
	}
}

func TestFetchTimeouts(t *testing.T) {
	release := make(chan struct{})
	var hits atomic.Int32
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer slow.Close()
	defer close(release)
	s := newStore(t, Config{Fetch: fetch.Policy{AllowPrivate: true, PerURITimeout: 50 * time.Millisecond}})
	_, err := s.Fetch(context.Background(), Sum([]byte("x")), slow.URL)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("want deadline exceeded, got %v", err)
	}
	// One deadline over all URIs, however long each may take alone.
	hits.Store(0)
	s = newStore(t, Config{Fetch: fetch.Policy{AllowPrivate: true, PerURITimeout: time.Hour, TotalTimeout: 100 * time.Millisecond}})
	if _, err := s.Fetch(context.Background(), Sum([]byte("x")), slow.URL+"/1", slow.URL+"/2", slow.URL+"/3"); !errors.Is(err, context.DeadlineExceeded) || hits.Load() != 1 {
		t.Fatalf("total: %d hits, %v", hits.Load(), err)
	}
}

func TestEviction(t *testing.T) {
	s := newStore(t, Config{MaxBytes: 10})
	a, _ := s.Put([]byte("aaaaaa"))
	old := time.Now().Add(-time.Hour)
	os.Chtimes(s.path(a), old, old)
	b, _ := s.Put([]byte("bbbbbb"))
	if s.Has(a) || !s.Has(b) {
		t.Fatalf("has a=%t b=%t", s.Has(a), s.Has(b))
	}
}

func FuzzParseDigest(f *testing.F) {
	f.Add(Sum(nil).String())
	f.Add("0x00")
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDigest(s)
		if err != nil {
			return
		}
		if d2, err := ParseDigest(d.String()); err != nil || d2 != d {
			t.Fatalf("round trip %q: %v", s, err)
		}
	})
}
