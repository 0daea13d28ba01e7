package fetch

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"gopkg.in/yaml.v3"
)

func TestAllowedIP(t *testing.T) {
	refused := []string{
		"10.0.0.1", "172.16.0.1", "172.31.255.255", "192.168.1.1", "127.0.0.1", "127.1.2.3",
		"169.254.169.254", "0.0.0.0", "0.1.2.3", "100.64.0.1", "100.127.255.254", "255.255.255.255",
		"224.0.0.1", "239.1.1.1", "192.0.2.1", "198.18.0.1", "240.0.0.1",
		"::1", "::", "fe80::1", "fe80::1%eth0", "fc00::1", "fd12:3456::1", "ff02::1", "ff05::2",
		"::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "::127.0.0.1",
		"64:ff9b::10.0.0.1", "64:ff9b::7f00:1", "2002:c0a8:0101::1", "2001:db8::1", "2001:0:4136:e378::1",
	}
	allowed := []string{
		"1.1.1.1", "8.8.8.8", "93.184.216.34", "172.32.0.1", "100.128.0.1", "192.169.0.1",
		"2606:4700:4700::1111", "2a00:1450:4001::1", "::ffff:8.8.8.8", "64:ff9b::808:808",
	}
	for _, s := range refused {
		ip := netip.MustParseAddr(s)
		if AllowedIP(ip, false) {
			t.Errorf("%s allowed by default", s)
		}
		if !AllowedIP(ip, true) {
			t.Errorf("%s refused with allowPrivate", s)
		}
	}
	for _, s := range allowed {
		if !AllowedIP(netip.MustParseAddr(s), false) {
			t.Errorf("%s refused", s)
		}
	}
	if AllowedIP(netip.Addr{}, true) {
		t.Error("invalid address allowed")
	}
}

// The dial decision, without dialling: the hook sees the resolved address.
func TestControlDecision(t *testing.T) {
	p := Policy{}
	for _, a := range []string{"10.0.0.1:80", "172.16.0.1:443", "192.168.1.1:80", "169.254.169.254:80", "[::1]:80", "[fe80::1]:80", "[::ffff:127.0.0.1]:80"} {
		if err := p.control(context.Background(), "tcp", a, nil); !errors.Is(err, ErrRefused) {
			t.Errorf("%s: %v", a, err)
		}
	}
	for _, a := range []string{"1.1.1.1:443", "[2606:4700:4700::1111]:443"} {
		if err := p.control(context.Background(), "tcp", a, nil); err != nil {
			t.Errorf("%s: %v", a, err)
		}
	}
	if err := p.control(context.Background(), "udp", "1.1.1.1:53", nil); !errors.Is(err, ErrRefused) {
		t.Errorf("udp: %v", err)
	}
	if err := (Policy{AllowPrivate: true}).control(context.Background(), "tcp", "10.0.0.1:80", nil); err != nil {
		t.Errorf("allow private: %v", err)
	}
}

func serve(t *testing.T, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	s := httptest.NewServer(h)
	t.Cleanup(s.Close)
	return s
}

func TestLoopbackRefusedByDefault(t *testing.T) {
	var hits atomic.Int32
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) { hits.Add(1); w.Write([]byte("ok")) })
	ctx := context.Background()
	// By IP literal (refused before dialling) and by name (refused by the dialer on the resolved IP).
	for _, u := range []string{srv.URL, strings.Replace(srv.URL, "127.0.0.1", "localhost", 1)} {
		if _, err := (Policy{}).Get(ctx, u, 10); !errors.Is(err, ErrRefused) {
			t.Fatalf("%s: want refused, got %v", u, err)
		}
	}
	if hits.Load() != 0 {
		t.Fatal("refused server was reached")
	}
	b, err := Policy{AllowPrivate: true}.Get(ctx, srv.URL, 10)
	if err != nil || string(b) != "ok" {
		t.Fatalf("allowed: %q %v", b, err)
	}
	// The exported client applies the same dialer.
	if _, err := (Policy{}).Client().Get(strings.Replace(srv.URL, "127.0.0.1", "localhost", 1)); !errors.Is(err, ErrRefused) {
		t.Fatalf("client: %v", err)
	}
}

func TestSchemes(t *testing.T) {
	ctx := context.Background()
	for _, u := range []string{"ftp://example.org/x", "gopher://x/", "file:///etc/passwd", "data:,hello", "/relative", "javascript:alert(1)"} {
		if _, err := (Policy{}).Get(ctx, u, 10); !errors.Is(err, ErrRefused) {
			t.Errorf("%s: %v", u, err)
		}
	}
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) })
	if _, err := (Policy{Schemes: []string{"https"}, AllowPrivate: true}).Get(ctx, srv.URL, 10); !errors.Is(err, ErrRefused) {
		t.Errorf("http with https only: %v", err)
	}
	// "file" in Schemes without FileDirs is still refused.
	if _, err := (Policy{Schemes: []string{"file"}}).Get(ctx, "file:///etc/hostname", 10); !errors.Is(err, ErrRefused) {
		t.Errorf("file without dirs: %v", err)
	}
	if err := (Policy{Schemes: []string{"ftp"}}).Validate(); err == nil {
		t.Error("ftp validated")
	}
	if err := (Policy{FileDirs: []string{"rel"}}).Validate(); err == nil {
		t.Error("relative dir validated")
	}
}

func TestRedirects(t *testing.T) {
	ctx := context.Background()
	p := Policy{AllowPrivate: true, MaxRedirects: 2}
	final := serve(t, func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("final")) })
	var hop *httptest.Server
	hop = serve(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/ok":
			http.Redirect(w, r, final.URL, http.StatusFound)
		case "/file":
			http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
		case "/loop":
			http.Redirect(w, r, hop.URL+"/loop", http.StatusFound)
		}
	})
	if b, err := p.Get(ctx, hop.URL+"/ok", 10); err != nil || string(b) != "final" {
		t.Fatalf("allowed redirect: %q %v", b, err)
	}
	for _, path := range []string{"/file", "/loop"} {
		if _, err := p.Get(ctx, hop.URL+path, 10); !errors.Is(err, ErrRefused) {
			t.Errorf("%s: want refused, got %v", path, err)
		}
	}
	// A public-only policy refuses a redirect to a private or metadata host. Only
	// loopback servers may be reached in tests, so check the redirect decision
	// itself (never dialled).
	c := Policy{}.Client()
	req := httptestRequest(t, "http://1.1.1.1/x")
	for _, u := range []string{"http://127.0.0.1:1/x", "http://169.254.169.254/latest/meta-data/", "http://[::ffff:10.0.0.1]/", "file:///etc/passwd"} {
		if err := c.CheckRedirect(httptestRequest(t, u), []*http.Request{req}); !errors.Is(err, ErrRefused) {
			t.Errorf("redirect to %s: %v", u, err)
		}
	}
	if err := (Policy{Schemes: []string{"https"}}).Client().CheckRedirect(httptestRequest(t, "http://1.1.1.1/"), []*http.Request{req}); !errors.Is(err, ErrRefused) {
		t.Errorf("https to http downgrade: %v", err)
	}
	if err := (Policy{MaxRedirects: -1}).Client().CheckRedirect(httptestRequest(t, "http://1.1.1.1/"), []*http.Request{req}); !errors.Is(err, ErrRefused) {
		t.Errorf("no redirects: %v", err)
	}
}

func httptestRequest(t *testing.T, u string) *http.Request {
	t.Helper()
	r, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestSizeCap(t *testing.T) {
	ctx := context.Background()
	p := Policy{AllowPrivate: true}
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/chunked" {
			w.Write(bytes.Repeat([]byte("x"), 5))
			w.(http.Flusher).Flush()
			w.Write(bytes.Repeat([]byte("x"), 5))
			return
		}
		w.Write(bytes.Repeat([]byte("x"), 10))
	})
	if b, err := p.Get(ctx, srv.URL, 10); err != nil || len(b) != 10 {
		t.Fatalf("exact cap: %d %v", len(b), err)
	}
	for _, u := range []string{srv.URL, srv.URL + "/chunked"} {
		if b, err := p.Get(ctx, u, 9); !errors.Is(err, ErrTooLarge) || b != nil {
			t.Fatalf("%s over cap: %d %v", u, len(b), err)
		}
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "f"), []byte("0123456789"), 0o644)
	if _, err := (Policy{FileDirs: []string{dir}}).Get(ctx, "file://"+filepath.Join(dir, "f"), 9); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("file over cap: %v", err)
	}
}

func stallServer(t *testing.T, hits *atomic.Int32) *httptest.Server {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	t.Cleanup(func() { close(release); srv.Close() })
	return srv
}

func TestPerURITimeout(t *testing.T) {
	var hits atomic.Int32
	srv := stallServer(t, &hits)
	p := Policy{AllowPrivate: true, PerURITimeout: 50 * time.Millisecond}
	if _, err := p.Get(context.Background(), srv.URL, 10); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("want deadline exceeded, got %v", err)
	}
}

func TestTotalTimeout(t *testing.T) {
	var hits atomic.Int32
	srv := stallServer(t, &hits)
	// Each URI alone could take an hour: only the overall bound can stop this.
	p := Policy{AllowPrivate: true, PerURITimeout: time.Hour, TotalTimeout: 100 * time.Millisecond}
	uris := []string{srv.URL + "/1", srv.URL + "/2", srv.URL + "/3"}
	_, err := p.First(context.Background(), uris, 10, nil)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("want deadline exceeded, got %v", err)
	}
	if n := hits.Load(); n != 1 {
		t.Fatalf("%d URIs tried after the deadline", n)
	}
	// The caller's context bounds it too.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := p.First(ctx, uris, 10, nil); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled: %v", err)
	}
}

func TestFirstAccept(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(r.URL.Path)) })
	p := Policy{AllowPrivate: true}
	bad := errors.New("not it")
	b, err := p.First(context.Background(), []string{"ftp://x/", srv.URL + "/a", srv.URL + "/b"}, 10, func(b []byte) error {
		if string(b) != "/b" {
			return bad
		}
		return nil
	})
	if err != nil || string(b) != "/b" {
		t.Fatalf("%q %v", b, err)
	}
	_, err = p.First(context.Background(), []string{"ftp://x/", srv.URL + "/a"}, 10, func([]byte) error { return bad })
	if !errors.Is(err, bad) || !errors.Is(err, ErrRefused) {
		t.Fatalf("joined errors: %v", err)
	}
	if _, err := p.First(context.Background(), nil, 10, nil); err == nil {
		t.Fatal("no URIs accepted")
	}
}

func TestFileAllowed(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "m.wasm"), []byte("module"), 0o644)
	p := Policy{FileDirs: []string{dir}}
	for _, u := range []string{"file://" + filepath.Join(dir, "m.wasm"), "file://localhost" + filepath.Join(dir, "m.wasm")} {
		if b, err := p.Get(context.Background(), u, 10); err != nil || string(b) != "module" {
			t.Fatalf("%s: %q %v", u, b, err)
		}
	}
	// A symlink that stays inside the allowed directory is fine.
	os.Symlink(filepath.Join(dir, "m.wasm"), filepath.Join(dir, "link"))
	if b, err := p.Get(context.Background(), "file://"+filepath.Join(dir, "link"), 10); err != nil || string(b) != "module" {
		t.Fatalf("inner symlink: %q %v", b, err)
	}
}

func TestFileRefusals(t *testing.T) {
	ctx := context.Background()
	root := t.TempDir()
	allowed := filepath.Join(root, "allowed")
	os.Mkdir(allowed, 0o755)
	secret := filepath.Join(root, "secret")
	os.WriteFile(secret, []byte("TOP-SECRET-CONTENT"), 0o600)
	os.Symlink(secret, filepath.Join(allowed, "escape"))
	os.Symlink(root, filepath.Join(allowed, "dirlink"))
	p := Policy{FileDirs: []string{allowed}}
	cases := []string{
		"file://" + secret,
		"file://" + allowed + "/../secret",
		"file://" + allowed + "/escape",
		"file://" + allowed + "/dirlink/secret",
		"file:///proc/self/environ",
		"file:///etc/passwd",
		"file://" + allowed + "/../../../../etc/passwd",
		"file://" + allowed + "/%2e%2e/secret",
		"file://evil.example/" + secret,
		"file:relative/path",
		"file:///no/such/file/outside", // refused, not "no such file": no existence oracle
	}
	for _, u := range cases {
		b, err := p.Get(ctx, u, 1<<20)
		if !errors.Is(err, ErrRefused) || b != nil {
			t.Errorf("%s: want refused, got %v", u, err)
			continue
		}
		if strings.Contains(err.Error(), "TOP-SECRET") {
			t.Errorf("%s: error leaks content: %v", u, err)
		}
	}
	// A directory is not a regular file.
	if _, err := p.Get(ctx, "file://"+allowed, 10); !errors.Is(err, ErrRefused) {
		t.Errorf("directory: %v", err)
	}
}

// Devices and FIFOs must fail promptly even inside an allowed directory: an
// open or read of them could block forever, past every timeout.
func TestFileSpecialFilesDoNotBlock(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	os.Symlink("/dev/ptmx", filepath.Join(dir, "ptmx"))
	os.Symlink("/dev/zero", filepath.Join(dir, "zero"))
	p := Policy{FileDirs: []string{dir, "/dev"}, PerURITimeout: time.Hour}
	for _, path := range []string{fifo, "/dev/ptmx", "/dev/zero", filepath.Join(dir, "ptmx"), filepath.Join(dir, "zero")} {
		done := make(chan error, 1)
		go func() {
			_, err := p.Get(context.Background(), "file://"+path, 10)
			done <- err
		}()
		select {
		case err := <-done:
			if !errors.Is(err, ErrRefused) {
				t.Errorf("%s: want refused, got %v", path, err)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: blocked", path)
		}
	}
}

func TestErrorsDoNotLeakContent(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "SECRET-BODY-0123456789") })
	_, err := Policy{AllowPrivate: true}.Get(context.Background(), srv.URL, 5)
	if err == nil || strings.Contains(err.Error(), "SECRET") {
		t.Fatalf("%v", err)
	}
}

// FuzzParseURI exercises the pre-dial decision and the dial hook on arbitrary
// input. No network: parse never dials and control only decides.
func FuzzParseURI(f *testing.F) {
	for _, s := range []string{"http://1.1.1.1/x", "https://[::1]:443/", "file:///etc/passwd", "http://0x7f.1/",
		"http://[::ffff:127.0.0.1]/", "HTTP://EXAMPLE.org", "http://a@127.0.0.1@evil/", "file://localhost/x/../y", "ftp://x"} {
		f.Add(s)
	}
	p := Policy{}.WithDefaults()
	f.Fuzz(func(t *testing.T, raw string) {
		u, err := p.parse(raw)
		if err != nil {
			if u != nil {
				t.Fatal("URL returned with error")
			}
			return
		}
		if u.Scheme != "http" && u.Scheme != "https" {
			t.Fatalf("%q: scheme %q accepted", raw, u.Scheme)
		}
		if u.Hostname() == "" {
			t.Fatalf("%q: empty host accepted", raw)
		}
		if ip, err := netip.ParseAddr(u.Hostname()); err == nil {
			if !AllowedIP(ip, false) {
				t.Fatalf("%q: refused IP %s accepted", raw, ip)
			}
			if perr := p.control(context.Background(), "tcp", netip.AddrPortFrom(ip, 80).String(), nil); perr != nil {
				t.Fatalf("%q: parse and dial decisions disagree: %v", raw, perr)
			}
		}
	})
}

func TestPolicyYAML(t *testing.T) {
	var cfg struct {
		Fetch Policy `yaml:"fetch"`
	}
	src := "fetch:\n  allow_private: true\n  schemes: [https]\n  file_dirs: [/srv/modules]\n  max_redirects: 1\n  per_uri_timeout: 5s\n  total_timeout: 1m\n"
	if err := yaml.Unmarshal([]byte(src), &cfg); err != nil {
		t.Fatal(err)
	}
	p := cfg.Fetch
	if !p.AllowPrivate || len(p.Schemes) != 1 || p.FileDirs[0] != "/srv/modules" || p.MaxRedirects != 1 ||
		p.PerURITimeout != 5*time.Second || p.TotalTimeout != time.Minute || p.Validate() != nil {
		t.Fatalf("%+v", p)
	}
}
