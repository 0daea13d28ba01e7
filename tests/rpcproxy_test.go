package tests

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
	"testing"
	"time"
)

// proxyMode is what rpcProxy does with connections.
type proxyMode int

const (
	proxyPass    proxyMode = iota // forward bytes both ways
	proxyRefuse                   // close every connection at once (the endpoint is down)
	proxyUnavail                  // answer every HTTP request (and websocket upgrade) with 503
)

func (m proxyMode) String() string {
	return [...]string{"pass", "refuse", "503"}[m]
}

// rpcProxy is a loopback TCP proxy in front of a JSON-RPC endpoint (HTTP and websocket share
// the port). Switching it to refuse or 503 also cuts the connections already open, so that
// keep-alive HTTP connections and websocket subscriptions see the outage too.
type rpcProxy struct {
	t      testing.TB
	ln     net.Listener
	target string

	mu      sync.Mutex
	mode    proxyMode
	conns   map[net.Conn]struct{}
	refused int // connections refused or answered 503
	wg      sync.WaitGroup
}

func startRPCProxy(t testing.TB, target string) *rpcProxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &rpcProxy{t: t, ln: ln, target: target, conns: map[net.Conn]struct{}{}}
	p.wg.Add(1)
	go p.serve()
	t.Cleanup(p.close)
	return p
}

func (p *rpcProxy) httpURL() string { return "http://" + p.ln.Addr().String() }
func (p *rpcProxy) wsURL() string   { return "ws://" + p.ln.Addr().String() }

// set switches the mode and cuts every open connection.
func (p *rpcProxy) set(m proxyMode) {
	p.mu.Lock()
	p.mode = m
	for c := range p.conns {
		_ = c.Close()
	}
	p.mu.Unlock()
}

func (p *rpcProxy) refusals() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.refused
}

func (p *rpcProxy) close() {
	_ = p.ln.Close()
	p.set(proxyRefuse)
	p.wg.Wait()
}

func (p *rpcProxy) track(c net.Conn) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.mode != proxyPass {
		return false
	}
	p.conns[c] = struct{}{}
	return true
}

func (p *rpcProxy) untrack(cs ...net.Conn) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range cs {
		delete(p.conns, c)
		_ = c.Close()
	}
}

func (p *rpcProxy) serve() {
	defer p.wg.Done()
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		p.wg.Add(1)
		go func() {
			defer p.wg.Done()
			p.handle(c)
		}()
	}
}

func (p *rpcProxy) handle(c net.Conn) {
	p.mu.Lock()
	mode := p.mode
	if mode != proxyPass {
		p.refused++
	}
	p.mu.Unlock()
	switch mode {
	case proxyRefuse:
		_ = c.Close()
		return
	case proxyUnavail:
		// Read the request head, then answer 503 and close.
		_ = c.SetDeadline(time.Now().Add(5 * time.Second))
		if req, err := http.ReadRequest(bufio.NewReader(c)); err == nil {
			_ = req.Body.Close()
			body := `{"jsonrpc":"2.0","id":null,"error":{"code":-32000,"message":"service unavailable"}}`
			_, _ = fmt.Fprintf(c, "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nRetry-After: 1\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s", len(body), body)
		}
		_ = c.Close()
		return
	}
	up, err := net.DialTimeout("tcp", p.target, 5*time.Second)
	if err != nil {
		_ = c.Close()
		return
	}
	if !p.track(c) || !p.track(up) {
		p.untrack(c, up)
		return
	}
	done := make(chan struct{}, 2)
	pipe := func(dst, src net.Conn) {
		_, _ = io.Copy(dst, src)
		done <- struct{}{}
	}
	go pipe(up, c)
	go pipe(c, up)
	<-done
	p.untrack(c, up)
	<-done
}

// TestRPCProxyModes checks the helper itself against a real HTTP server: requests pass, are
// refused, or get 503, and open keep-alive connections are cut by a switch.
func TestRPCProxyModes(t *testing.T) {
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { _, _ = io.WriteString(w, "ok") })}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = srv.Serve(ln) }()
	defer srv.Close()
	p := startRPCProxy(t, ln.Addr().String())
	client := &http.Client{Timeout: 5 * time.Second}
	get := func() (int, error) {
		r, err := client.Get(p.httpURL())
		if err != nil {
			return 0, err
		}
		defer r.Body.Close()
		_, _ = io.ReadAll(r.Body)
		return r.StatusCode, nil
	}
	if code, err := get(); err != nil || code != 200 {
		t.Fatalf("pass: %d %v", code, err)
	}
	p.set(proxyRefuse)
	if code, err := get(); err == nil {
		t.Fatalf("refuse: got %d, want a connection error", code)
	}
	p.set(proxyUnavail)
	if code, err := get(); err != nil || code != http.StatusServiceUnavailable {
		t.Fatalf("503 mode: %d %v", code, err)
	}
	p.set(proxyPass)
	if code, err := get(); err != nil || code != 200 {
		t.Fatalf("pass again: %d %v", code, err)
	}
	if p.refusals() < 2 {
		t.Fatalf("refusals %d, want at least 2", p.refusals())
	}
}
