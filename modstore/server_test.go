package modstore

import (
	"bytes"
	"context"
	"net/http"
	"testing"
	"time"
)

// runServer runs a Server on a free loopback port until the test ends.
func runServer(t *testing.T, cfg PublisherConfig) (url string, stop func() error) {
	t.Helper()
	if cfg.Dir == "" {
		cfg.Dir = t.TempDir()
	}
	s, err := NewServer("127.0.0.1:0", cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	var stopped bool
	var runErr error
	stop = func() error {
		if !stopped {
			stopped = true
			cancel()
			runErr = <-done
		}
		return runErr
	}
	t.Cleanup(func() { _ = stop() })
	return "http://" + s.Addr(), stop
}

func TestServerHealthz(t *testing.T) {
	url, stop := runServer(t, PublisherConfig{})
	r, body := send(t, "GET", url+"/healthz", "", nil)
	if r.StatusCode != http.StatusOK || body != "ok\n" {
		t.Fatalf("healthz: %d %q", r.StatusCode, body)
	}
	if r, _ := send(t, "GET", url+"/v1/tasks/1", "", nil); r.StatusCode != http.StatusNotFound {
		t.Fatalf("unknown route: %d", r.StatusCode)
	}
	if err := stop(); err != nil {
		t.Fatalf("shutdown: %v", err)
	}
	if _, err := http.Get(url + "/healthz"); err == nil {
		t.Fatal("still serving after shutdown")
	}
}

// Without upload tokens the store is read-only: anonymous and token-bearing uploads alike are
// refused, reads still work.
func TestServerReadOnlyWithoutTokens(t *testing.T) {
	url, _ := runServer(t, PublisherConfig{})
	for _, tok := range []string{"", aliceToken} {
		if r, _ := send(t, "POST", url+"/modules", tok, bytes.NewReader([]byte("module"))); r.StatusCode != http.StatusUnauthorized {
			t.Fatalf("upload with token %q: %d", tok, r.StatusCode)
		}
	}
	if r, _ := send(t, "GET", url+"/modules/"+Sum([]byte("module")).String(), "", nil); r.StatusCode != http.StatusNotFound {
		t.Fatalf("read: %d", r.StatusCode)
	}
}

// With tokens, an authenticated publisher uploads and everyone downloads; what the store holds
// survives a restart on the same directory.
func TestServerUploadsWithToken(t *testing.T) {
	dir := t.TempDir()
	tokens := map[string]string{aliceToken: "alice"}
	url, stop := runServer(t, PublisherConfig{Dir: dir, Tokens: tokens})
	mod := []byte("module")
	if r, body := send(t, "POST", url+"/modules", aliceToken, bytes.NewReader(mod)); r.StatusCode != http.StatusCreated {
		t.Fatalf("upload: %d %s", r.StatusCode, body)
	}
	u := "/modules/" + Sum(mod).String()
	if r, body := send(t, "GET", url+u, "", nil); r.StatusCode != http.StatusOK || body != "module" {
		t.Fatalf("download: %d %q", r.StatusCode, body)
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	url, _ = runServer(t, PublisherConfig{Dir: dir})
	if r, body := send(t, "GET", url+u, "", nil); r.StatusCode != http.StatusOK || body != "module" {
		t.Fatalf("download after restart: %d %q", r.StatusCode, body)
	}
}

// An upload longer than the server's ReadTimeout still completes: the publisher extends the
// deadline to its UploadTimeout, and the write deadline outlasts it.
func TestServerTimeoutsLeaveRoomForUploads(t *testing.T) {
	s, err := NewServer("127.0.0.1:0", PublisherConfig{Dir: t.TempDir(), UploadTimeout: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.srv.ReadHeaderTimeout <= 0 || s.srv.IdleTimeout <= 0 || s.srv.ReadTimeout <= 0 {
		t.Fatalf("timeouts unset: %+v", s.srv)
	}
	if s.srv.WriteTimeout <= time.Hour {
		t.Fatalf("write timeout %v shorter than the upload timeout", s.srv.WriteTimeout)
	}
}

func TestNewServerRefusesNegativeLimits(t *testing.T) {
	if _, err := NewServer("127.0.0.1:0", PublisherConfig{Dir: t.TempDir(), MaxConcurrentUploads: -1}); err == nil {
		t.Fatal("negative limit accepted")
	}
}
