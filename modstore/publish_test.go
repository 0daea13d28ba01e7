package modstore

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const (
	aliceToken = "alice-token-0123456789"
	bobToken   = "bob-token-0123456789ab"
)

func newPublisher(t *testing.T, cfg PublisherConfig) (*Publisher, *httptest.Server) {
	t.Helper()
	if cfg.Dir == "" {
		cfg.Dir = t.TempDir()
	}
	if cfg.Tokens == nil {
		cfg.Tokens = map[string]string{aliceToken: "alice", bobToken: "bob"}
	}
	p, err := NewPublisher(cfg)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(p)
	t.Cleanup(srv.Close)
	return p, srv
}

func send(t *testing.T, method, url, token string, body io.Reader) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(method, url, body)
	if err != nil {
		t.Fatal(err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

// gen yields n bytes without holding them: the test must not allocate what
// it asks the server not to allocate either.
type gen struct{ n int64 }

func (g *gen) Read(p []byte) (int, error) {
	if g.n <= 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > g.n {
		p = p[:g.n]
	}
	for i := range p {
		p[i] = 'g'
	}
	g.n -= int64(len(p))
	return len(p), nil
}

func TestPublisherAuth(t *testing.T) {
	p, srv := newPublisher(t, PublisherConfig{})
	mod := []byte("module")
	u := srv.URL + "/modules/" + Sum(mod).String()
	for _, tok := range []string{"", "wrong-token-0123456789", strings.ToUpper(aliceToken)} {
		if r, _ := send(t, "PUT", u, tok, bytes.NewReader(mod)); r.StatusCode != http.StatusUnauthorized {
			t.Fatalf("token %q: %d", tok, r.StatusCode)
		}
		if r, _ := send(t, "POST", srv.URL+"/modules", tok, bytes.NewReader(mod)); r.StatusCode != http.StatusUnauthorized {
			t.Fatalf("post token %q: %d", tok, r.StatusCode)
		}
	}
	if p.Has(Sum(mod)) {
		t.Fatal("anonymous upload stored")
	}
	if r, _ := send(t, "PUT", u, aliceToken, bytes.NewReader(mod)); r.StatusCode != http.StatusCreated {
		t.Fatalf("authenticated: %d", r.StatusCode)
	}
	// Deletion: only the uploader.
	if r, _ := send(t, "DELETE", u, "", nil); r.StatusCode != http.StatusUnauthorized {
		t.Fatalf("anonymous delete: %d", r.StatusCode)
	}
	if r, _ := send(t, "DELETE", u, bobToken, nil); r.StatusCode != http.StatusForbidden {
		t.Fatalf("other uploader's delete: %d", r.StatusCode)
	}
	if r, _ := send(t, "DELETE", u, aliceToken, nil); r.StatusCode != http.StatusNoContent || p.Has(Sum(mod)) {
		t.Fatalf("delete: %d", r.StatusCode)
	}
	if mine, total := p.Usage("alice"); mine != 0 || total != 0 {
		t.Fatalf("usage after delete: %d %d", mine, total)
	}
}

func TestPublisherRoundTrip(t *testing.T) {
	p, srv := newPublisher(t, PublisherConfig{})
	mod := bytes.Repeat([]byte("\x00asm module bytes "), 1000)
	d := Sum(mod)
	u := srv.URL + "/modules/" + d.String()
	if r, _ := send(t, "GET", u, "", nil); r.StatusCode != 404 {
		t.Fatalf("absent: %d", r.StatusCode)
	}
	if r, body := send(t, "PUT", u, aliceToken, bytes.NewReader([]byte("not it"))); r.StatusCode != http.StatusBadRequest || !strings.Contains(body, "does not match") {
		t.Fatalf("mismatch: %d %s", r.StatusCode, body)
	}
	if p.Has(d) || p.Has(Sum([]byte("not it"))) {
		t.Fatal("mismatched upload kept")
	}
	if r, _ := send(t, "PUT", u, aliceToken, bytes.NewReader(mod)); r.StatusCode != http.StatusCreated {
		t.Fatalf("put: %d", r.StatusCode)
	}
	// Re-upload: idempotent, not charged twice, even by someone else.
	if r, _ := send(t, "PUT", u, bobToken, bytes.NewReader(mod)); r.StatusCode != http.StatusOK {
		t.Fatalf("again: %d", r.StatusCode)
	}
	if mine, total := p.Usage("alice"); mine != int64(len(mod)) || total != int64(len(mod)) {
		t.Fatalf("usage: %d %d", mine, total)
	}
	r, body := send(t, "GET", u, "", nil)
	if r.StatusCode != 200 || body != string(mod) || r.Header.Get("Content-Type") != "application/wasm" {
		t.Fatalf("get: %d %d bytes", r.StatusCode, len(body))
	}
	if r, _ := send(t, "HEAD", u, "", nil); r.StatusCode != 200 || r.ContentLength != int64(len(mod)) {
		t.Fatalf("head: %d %d", r.StatusCode, r.ContentLength)
	}
	r, body = send(t, "POST", srv.URL+"/modules", bobToken, strings.NewReader("posted"))
	var js map[string]string
	json.Unmarshal([]byte(body), &js)
	if r.StatusCode != 201 || js["digest"] != Sum([]byte("posted")).String() {
		t.Fatalf("post: %d %v", r.StatusCode, js)
	}
	if b, err := p.Get(context.Background(), Sum([]byte("posted"))); err != nil || string(b) != "posted" {
		t.Fatalf("Get: %q %v", b, err)
	}
	if r, _ := send(t, "GET", srv.URL+"/modules/nothex", "", nil); r.StatusCode != 400 {
		t.Fatalf("bad digest: %d", r.StatusCode)
	}
}

func TestPublisherTooLarge(t *testing.T) {
	const max = 64 << 10
	p, srv := newPublisher(t, PublisherConfig{MaxModuleSize: max})
	// Announced length: refused before reading.
	req, _ := http.NewRequest("POST", srv.URL+"/modules", &gen{n: max + 1})
	req.ContentLength = max + 1
	req.Header.Set("Authorization", "Bearer "+aliceToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Fatalf("announced: %d", resp.StatusCode)
	}
	// Unannounced (chunked): cut while streaming.
	if r, _ := send(t, "POST", srv.URL+"/modules", aliceToken, io.MultiReader(&gen{n: max + 1})); r.StatusCode != http.StatusRequestEntityTooLarge {
		t.Fatalf("chunked: %d", r.StatusCode)
	}
	if _, total := p.Usage("alice"); total != 0 {
		t.Fatalf("stored %d bytes", total)
	}
	assertNoTemp(t, p)
	// Exactly the cap is fine.
	if r, _ := send(t, "POST", srv.URL+"/modules", aliceToken, io.MultiReader(&gen{n: max})); r.StatusCode != http.StatusCreated {
		t.Fatalf("at cap: %d", r.StatusCode)
	}
}

func assertNoTemp(t *testing.T, p *Publisher) {
	t.Helper()
	des, _ := os.ReadDir(p.cfg.Dir)
	for _, de := range des {
		if strings.HasPrefix(de.Name(), ".upload-") {
			t.Fatalf("temporary file left: %s", de.Name())
		}
	}
}

func TestPublisherQuotaAndCap(t *testing.T) {
	dir := t.TempDir()
	p, srv := newPublisher(t, PublisherConfig{Dir: dir, QuotaBytes: 100, MaxBytes: 150})
	put := func(tok string, body []byte, chunked bool) int {
		var r io.Reader = bytes.NewReader(body)
		if chunked {
			r = io.MultiReader(r) // no length announced: checked after streaming
		}
		resp, _ := send(t, "PUT", srv.URL+"/modules/"+Sum(body).String(), tok, r)
		return resp.StatusCode
	}
	a1 := bytes.Repeat([]byte("a"), 80)
	if c := put(aliceToken, a1, false); c != 201 {
		t.Fatalf("a1: %d", c)
	}
	for _, chunked := range []bool{false, true} {
		a2 := bytes.Repeat([]byte("A"), 30)
		if c := put(aliceToken, a2, chunked); c != http.StatusInsufficientStorage || p.Has(Sum(a2)) {
			t.Fatalf("over alice's quota (chunked %t): %d", chunked, c)
		}
	}
	b1 := bytes.Repeat([]byte("b"), 60)
	if c := put(bobToken, b1, false); c != 201 {
		t.Fatalf("b1: %d", c)
	}
	// Bob is within his quota, but the store is full: refused, and nothing
	// published is evicted to make room.
	for _, chunked := range []bool{false, true} {
		b2 := bytes.Repeat([]byte("B"), 20)
		if c := put(bobToken, b2, chunked); c != http.StatusInsufficientStorage || p.Has(Sum(b2)) {
			t.Fatalf("over total cap (chunked %t): %d", chunked, c)
		}
	}
	if !p.Has(Sum(a1)) || !p.Has(Sum(b1)) {
		t.Fatal("published module evicted")
	}
	assertNoTemp(t, p)

	// Restart: index reloaded, quotas still apply, modules still served.
	srv.Close()
	p2, srv2 := newPublisher(t, PublisherConfig{Dir: dir, QuotaBytes: 100, MaxBytes: 150})
	if mine, total := p2.Usage("alice"); mine != 80 || total != 140 {
		t.Fatalf("usage after restart: %d %d", mine, total)
	}
	r, body := send(t, "GET", srv2.URL+"/modules/"+Sum(a1).String(), "", nil)
	if r.StatusCode != 200 || body != string(a1) {
		t.Fatalf("after restart: %d", r.StatusCode)
	}
	a3 := bytes.Repeat([]byte("3"), 25)
	if resp, _ := send(t, "PUT", srv2.URL+"/modules/"+Sum(a3).String(), aliceToken, bytes.NewReader(a3)); resp.StatusCode != http.StatusInsufficientStorage {
		t.Fatalf("quota forgotten on restart: %d", resp.StatusCode)
	}
}

// A module file put in the directory by other means (for instance a fetch
// cache sharing it) is not published.
func TestPublisherServesOnlyIndexed(t *testing.T) {
	dir := t.TempDir()
	stray := []byte("stray")
	os.WriteFile(filepath.Join(dir, Sum(stray).String()+".wasm"), stray, 0o644)
	_, srv := newPublisher(t, PublisherConfig{Dir: dir})
	if r, _ := send(t, "GET", srv.URL+"/modules/"+Sum(stray).String(), "", nil); r.StatusCode != 404 {
		t.Fatalf("stray served: %d", r.StatusCode)
	}
}

func TestPublisherConcurrentUploads(t *testing.T) {
	p, srv := newPublisher(t, PublisherConfig{MaxConcurrentUploads: 1})
	pr, pw := io.Pipe()
	first := make(chan int, 1)
	go func() {
		req, _ := http.NewRequest("POST", srv.URL+"/modules", pr)
		req.Header.Set("Authorization", "Bearer "+aliceToken)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			first <- 0
			return
		}
		resp.Body.Close()
		first <- resp.StatusCode
	}()
	pw.Write([]byte("slow upload, part 1"))
	// The first upload holds the only slot once its temporary file exists.
	deadline := time.Now().Add(10 * time.Second)
	for !hasTemp(p) {
		if time.Now().After(deadline) {
			t.Fatal("first upload never started")
		}
		time.Sleep(5 * time.Millisecond)
	}
	if r, _ := send(t, "POST", srv.URL+"/modules", bobToken, strings.NewReader("second")); r.StatusCode != http.StatusServiceUnavailable {
		t.Fatalf("second upload: %d", r.StatusCode)
	}
	pw.Close()
	if c := <-first; c != http.StatusCreated {
		t.Fatalf("first upload: %d", c)
	}
	if r, _ := send(t, "POST", srv.URL+"/modules", bobToken, strings.NewReader("second")); r.StatusCode != http.StatusCreated {
		t.Fatalf("slot not released: %d", r.StatusCode)
	}
}

func hasTemp(p *Publisher) bool {
	des, _ := os.ReadDir(p.cfg.Dir)
	for _, de := range des {
		if strings.HasPrefix(de.Name(), ".upload-") {
			return true
		}
	}
	return false
}

func TestLoadTokens(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "tokens")
	os.WriteFile(good, []byte("# uploaders\n\nalice: "+aliceToken+"\nbob:"+bobToken+"\nalice:"+"alice-second-token-xyz\n"), 0o600)
	toks, err := LoadTokens(good)
	if err != nil || len(toks) != 3 || toks[aliceToken] != "alice" || toks[bobToken] != "bob" {
		t.Fatalf("%v %v", toks, err)
	}
	for name, content := range map[string]string{
		"short":   "alice:short\n",
		"noname":  ":" + aliceToken + "\n",
		"nocolon": aliceToken + "\n",
		"dup":     "a:" + aliceToken + "\nb:" + aliceToken + "\n",
	} {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(content), 0o600)
		_, err := LoadTokens(p)
		if err == nil {
			t.Errorf("%s accepted", name)
		} else if strings.Contains(err.Error(), aliceToken) || strings.Contains(err.Error(), "short\n") {
			t.Errorf("%s: error shows the token: %v", name, err)
		}
	}
	if _, err := LoadTokens(filepath.Join(dir, "absent")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("absent: %v", err)
	}
	if _, err := NewPublisher(PublisherConfig{Dir: dir, Tokens: map[string]string{"short": "x"}}); err == nil {
		t.Error("short token accepted by NewPublisher")
	}
	// Map given the wrong way round (name -> token): refused, without showing the token.
	if _, err := NewPublisher(PublisherConfig{Dir: dir, Tokens: map[string]string{"alice": aliceToken}}); err == nil || strings.Contains(err.Error(), aliceToken) {
		t.Errorf("swapped map: %v", err)
	}
}
