package modstore

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
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
	p := filepath.Join(t.TempDir(), "m.wasm")
	os.WriteFile(p, mod, 0o644)

	s := newStore(t, Config{})
	b, err := s.Fetch(ctx, d, "file://"+p)
	if err != nil || !bytes.Equal(b, mod) || !s.Has(d) {
		t.Fatalf("file fetch: %v", err)
	}

	// Serve from another store over HTTP; the first URI lies, the second works.
	origin := newStore(t, Config{})
	origin.Put(mod)
	liar := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("evil")) }))
	defer liar.Close()
	srv := httptest.NewServer(Handler(origin))
	defer srv.Close()
	s2 := newStore(t, Config{})
	b, err = s2.Fetch(ctx, d, liar.URL+"/x", srv.URL+"/modules/"+d.String())
	if err != nil || !bytes.Equal(b, mod) {
		t.Fatalf("http fetch: %v", err)
	}
	// Only liars: digest mismatch, nothing stored.
	s3 := newStore(t, Config{})
	if _, err := s3.Fetch(ctx, d, liar.URL); !errors.Is(err, ErrDigestMismatch) || s3.Has(d) {
		t.Fatalf("liar accepted: %v", err)
	}
	if _, err := s3.Fetch(ctx, d, "ftp://x/y"); !errors.Is(err, ErrNoSource) {
		t.Fatal(err)
	}
	// Size cap.
	small := newStore(t, Config{MaxModuleSize: 4})
	if _, err := small.Fetch(ctx, d, srv.URL+"/modules/"+d.String()); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("cap: %v", err)
	}
}

func TestFetchTimeout(t *testing.T) {
	release := make(chan struct{})
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer slow.Close()
	defer close(release)
	s := newStore(t, Config{FetchTimeout: 50 * time.Millisecond})
	_, err := s.Fetch(context.Background(), Sum([]byte("x")), slow.URL)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("want deadline exceeded, got %v", err)
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

func TestHandler(t *testing.T) {
	s := newStore(t, Config{MaxModuleSize: 1 << 10})
	srv := httptest.NewServer(Handler(s))
	defer srv.Close()
	mod := []byte("uploaded module")
	d := Sum(mod)

	do := func(method, path string, body []byte) *http.Response {
		req, _ := http.NewRequest(method, srv.URL+path, bytes.NewReader(body))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		return resp
	}
	if r := do("GET", "/modules/"+d.String(), nil); r.StatusCode != 404 {
		t.Fatalf("absent: %d", r.StatusCode)
	}
	if r := do("PUT", "/modules/"+d.String(), []byte("not it")); r.StatusCode != 400 {
		t.Fatalf("mismatch: %d", r.StatusCode)
	}
	if r := do("PUT", "/modules/"+d.String(), mod); r.StatusCode != 201 {
		t.Fatalf("put: %d", r.StatusCode)
	}
	r := do("GET", "/modules/"+d.String(), nil)
	got := new(bytes.Buffer)
	got.ReadFrom(r.Body)
	if r.StatusCode != 200 || got.String() != string(mod) || r.Header.Get("Content-Type") != "application/wasm" {
		t.Fatalf("get: %d %q", r.StatusCode, got)
	}
	if r := do("HEAD", "/modules/"+d.String(), nil); r.StatusCode != 200 || r.ContentLength != int64(len(mod)) {
		t.Fatalf("head: %d %d", r.StatusCode, r.ContentLength)
	}
	r = do("POST", "/modules", []byte("posted"))
	var js map[string]string
	json.NewDecoder(r.Body).Decode(&js)
	if r.StatusCode != 201 || js["digest"] != Sum([]byte("posted")).String() {
		t.Fatalf("post: %d %v", r.StatusCode, js)
	}
	if r := do("POST", "/modules", make([]byte, 2<<10)); r.StatusCode != http.StatusRequestEntityTooLarge {
		t.Fatalf("too large: %d", r.StatusCode)
	}
	if r := do("GET", "/modules/nothex", nil); r.StatusCode != 400 {
		t.Fatalf("bad digest: %d", r.StatusCode)
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
