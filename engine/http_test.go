package engine

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/blockless/avs/fetch"
	"github.com/blockless/avs/httpcall"
	"github.com/bytecodealliance/wasmtime-go/v44"
)

const (
	watHTTPRequest = `(import "blockless_http" "request" (func $request (param i32 i32 i32) (result i32)))`
	watHTTPRead    = `(import "blockless_http" "read_body" (func $read_body (param i32 i32 i32) (result i32)))`
)

// httpOnce makes the call stdin holds and writes: the errno as a letter
// ('A' + errno), the 8-byte out struct (status, body length), the body.
const httpOnce = `(module ` + watFdRead + watFdWrite + watHTTPRequest + watHTTPRead + `
  (memory (export "memory") 64)
  (func (export "_start") (local $n i32) (local $e i32)
    (i32.store (i32.const 0) (i32.const 65536))
    (i32.store (i32.const 4) (i32.const 65536))
    (drop (call $fd_read (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 8)))
    (local.set $n (i32.load (i32.const 8)))
    (local.set $e (call $request (i32.const 65536) (local.get $n) (i32.const 33)))
    (i32.store8 (i32.const 32) (i32.add (i32.const 65) (local.get $e)))
    (i32.store (i32.const 0) (i32.const 32))
    (i32.store (i32.const 4) (i32.const 9))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
    (if (i32.eqz (local.get $e)) (then
      (drop (call $read_body (i32.const 1048576) (i32.const 3145728) (i32.const 24)))
      (i32.store (i32.const 0) (i32.const 1048576))
      (i32.store (i32.const 4) (i32.load (i32.const 24)))
      (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))))`

// httpRepeat makes the call stdin holds 40 times and writes each errno as
// a letter.
const httpRepeat = `(module ` + watFdRead + watFdWrite + watHTTPRequest + `
  (memory (export "memory") 2)
  (func (export "_start") (local $n i32) (local $i i32)
    (i32.store (i32.const 0) (i32.const 1024))
    (i32.store (i32.const 4) (i32.const 60000))
    (drop (call $fd_read (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 8)))
    (local.set $n (i32.load (i32.const 8)))
    (loop $l
      (i32.store8 (i32.const 32) (i32.add (i32.const 65)
        (call $request (i32.const 1024) (local.get $n) (i32.const 40))))
      (i32.store (i32.const 0) (i32.const 32))
      (i32.store (i32.const 4) (i32.const 1))
      (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const 40))))))`

func watBytes(t testing.TB, src string) []byte {
	t.Helper()
	b, err := wasmtime.Wat2Wasm(src)
	if err != nil {
		t.Fatalf("wat2wasm: %v", err)
	}
	return b
}

// httpOut decodes httpOnce's output.
type httpOut struct {
	errno  httpcall.Errno
	status uint32
	body   []byte
}

func decodeHTTPOut(t *testing.T, res Result) httpOut {
	t.Helper()
	if res.Status != StatusOK || len(res.Output) < 9 {
		t.Fatalf("run: status %v %q, output %q", res.Status, res.Message, res.Output)
	}
	o := httpOut{errno: httpcall.Errno(res.Output[0] - 'A')}
	o.status = binary.LittleEndian.Uint32(res.Output[1:])
	if o.errno == 0 {
		if n := binary.LittleEndian.Uint32(res.Output[5:]); int(n) != len(res.Output)-9 {
			t.Fatalf("body length %d, got %d bytes", n, len(res.Output)-9)
		}
		o.body = res.Output[9:]
	}
	return o
}

// loopbackPolicy opens only loopback: the tests' servers, nothing else.
var loopbackPolicy = fetch.Policy{AllowPrefixes: []string{"127.0.0.0/8", "::1/128"}}

func liveSession(t *testing.T, policy fetch.Policy, prefix httpcall.Transcript, hosts ...string) *httpcall.Session {
	t.Helper()
	hp, err := httpcall.ParseHosts(hosts)
	if err != nil {
		t.Fatal(err)
	}
	f, err := httpcall.NewNetFetcher(policy, hp)
	if err != nil {
		t.Fatal(err)
	}
	return httpcall.NewSession(hp, prefix, f)
}

func hostOf(t *testing.T, raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	return u.Host
}

func TestHTTPLiveThenReplay(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := hits.Add(1)
		if r.Header.Get("X-Key") != "k1" || r.Method != http.MethodPost {
			http.Error(w, "bad request", 400)
			return
		}
		fmt.Fprintf(w, `{"price": %d}`, 100+n) // a different body per fetch
	}))
	defer srv.Close()
	e := newEngine(t, Config{})
	mod := watBytes(t, httpOnce)
	call := fmt.Sprintf(`{"method":"post","url":%q,"headers":{"x-key":"k1"},"body":"q","rule":"median:price"}`, srv.URL+"/p")

	live := liveSession(t, loopbackPolicy, nil, hostOf(t, srv.URL))
	o := decodeHTTPOut(t, run(t, e, Request{Module: mod, Input: []byte(call), HTTP: live}))
	if o.errno != 0 || o.status != 200 || string(o.body) != `{"price": 101}` {
		t.Fatalf("live: %+v %q", o, o.body)
	}
	if live.Final() || len(live.Observations()) != 1 {
		t.Fatalf("live run: final %v, %d observations", live.Final(), len(live.Observations()))
	}
	tr := live.Transcript()
	if tr[0].Request.Rule.String() != "median:price" || tr[0].Request.Headers[0] != [2]string{"X-Key", "k1"} {
		t.Fatalf("recorded request %+v", tr[0].Request)
	}

	// Replayed offline: the same answer without touching the server, and a
	// result that may be signed.
	replay := liveSessionOffline(t, tr, hostOf(t, srv.URL))
	o2 := decodeHTTPOut(t, run(t, e, Request{Module: mod, Input: []byte(call), HTTP: replay}))
	if !bytes.Equal(o2.body, o.body) || hits.Load() != 1 {
		t.Fatalf("replay: body %q (live %q), server hits %d", o2.body, o.body, hits.Load())
	}
	if !replay.Final() || replay.Transcript().Digest() != tr.Digest() || tr.Digest() == [32]byte{} {
		t.Fatalf("replay final %v digest mismatch", replay.Final())
	}

	// A prefix the function does not follow is no result at all.
	bad := append(httpcall.Transcript(nil), tr...)
	bad[0].Request.URL += "x"
	_, err := e.Run(context.Background(), Request{Module: mod, Input: []byte(call), HTTP: liveSessionOffline(t, bad, hostOf(t, srv.URL))})
	if !errors.Is(err, httpcall.ErrDiverged) {
		t.Fatalf("diverged prefix: err %v", err)
	}
	// Offline and beyond the transcript: no result either.
	_, err = e.Run(context.Background(), Request{Module: mod, Input: []byte(call), HTTP: liveSessionOffline(t, nil, hostOf(t, srv.URL))})
	if !errors.Is(err, httpcall.ErrBeyondTranscript) {
		t.Fatalf("offline beyond transcript: err %v", err)
	}
}

func liveSessionOffline(t *testing.T, prefix httpcall.Transcript, hosts ...string) *httpcall.Session {
	hp, err := httpcall.ParseHosts(hosts)
	if err != nil {
		t.Fatal(err)
	}
	return httpcall.NewSession(hp, prefix, nil)
}

func TestHTTPRefusals(t *testing.T) {
	big := strings.Repeat("x", httpcall.MaxResponseBytes+1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/big":
			w.Write([]byte(big))
		case "/private":
			http.Redirect(w, r, "http://10.1.2.3/x", http.StatusFound)
		case "/elsewhere":
			http.Redirect(w, r, "http://localhost:1/x", http.StatusFound)
		default:
			w.Write([]byte("ok"))
		}
	}))
	defer srv.Close()
	e := newEngine(t, Config{})
	mod := watBytes(t, httpOnce)
	host := hostOf(t, srv.URL)
	get := func(u string) string { return fmt.Sprintf(`{"url":%q}`, u) }
	cases := []struct {
		name    string
		session *httpcall.Session
		call    string
		want    httpcall.Errno
		status  uint32
	}{
		{"ok", liveSession(t, loopbackPolicy, nil, host), get(srv.URL), httpcall.ErrnoOK, 200},
		{"no session", nil, get(srv.URL), httpcall.ErrnoHost, 0},
		{"undeclared host", liveSession(t, loopbackPolicy, nil, "example.com"), get(srv.URL), httpcall.ErrnoHost, 0},
		{"loopback refused by default", liveSession(t, fetch.Policy{}, nil, host), get(srv.URL), httpcall.ErrnoRefused, 0},
		{"huge body", liveSession(t, loopbackPolicy, nil, host), get(srv.URL + "/big"), httpcall.ErrnoTooLarge, 0},
		{"redirect to private", liveSession(t, loopbackPolicy, nil, host, "10.1.2.3"), get(srv.URL + "/private"), httpcall.ErrnoRefused, 0},
		{"redirect to undeclared", liveSession(t, loopbackPolicy, nil, host), get(srv.URL + "/elsewhere"), httpcall.ErrnoHost, 0},
		{"malformed", liveSession(t, loopbackPolicy, nil, host), `{"url":`, httpcall.ErrnoInvalid, 0},
		{"ftp", liveSession(t, loopbackPolicy, nil, host), get("ftp://" + host + "/"), httpcall.ErrnoInvalid, 0},
		{"bad rule", liveSession(t, loopbackPolicy, nil, host), fmt.Sprintf(`{"url":%q,"rule":"mean"}`, srv.URL), httpcall.ErrnoInvalid, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			o := decodeHTTPOut(t, run(t, e, Request{Module: mod, Input: []byte(c.call), HTTP: c.session}))
			if o.errno != c.want || (c.want == 0 && o.status != c.status) {
				t.Fatalf("errno %d status %d, want errno %d status %d", o.errno, o.status, c.want, c.status)
			}
		})
	}
}

func TestHTTPQuota(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Write([]byte("ok"))
	}))
	defer srv.Close()
	e := newEngine(t, Config{})
	s := liveSession(t, loopbackPolicy, nil, hostOf(t, srv.URL))
	res := run(t, e, Request{Module: watBytes(t, httpRepeat), Input: []byte(fmt.Sprintf(`{"url":%q}`, srv.URL)), HTTP: s})
	want := strings.Repeat("A", httpcall.MaxCalls) + strings.Repeat(string(rune('A'+httpcall.ErrnoQuota)), 40-httpcall.MaxCalls)
	if res.Status != StatusOK || string(res.Output) != want {
		t.Fatalf("status %v output %q, want %q", res.Status, res.Output, want)
	}
	if int(hits.Load()) != httpcall.MaxCalls || len(s.Transcript()) != httpcall.MaxCalls {
		t.Fatalf("server hits %d, transcript %d, want %d", hits.Load(), len(s.Transcript()), httpcall.MaxCalls)
	}
}

func TestHTTPImportTypeChecked(t *testing.T) {
	e := newEngine(t, Config{})
	for _, src := range []string{
		`(module (import "blockless_http" "request" (func (param i32 i32) (result i32))) (memory (export "memory") 1) (func (export "_start")))`,
		`(module (import "blockless_http" "socket" (func (param i32 i32 i32) (result i32))) (memory (export "memory") 1) (func (export "_start")))`,
	} {
		res := run(t, e, Request{Module: watBytes(t, src)})
		if res.Status != StatusBadImports {
			t.Fatalf("status %v (%s), want bad imports", res.Status, res.Message)
		}
	}
}
