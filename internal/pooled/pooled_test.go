package pooled

import (
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
)

// Concurrent requests to one host reuse their connections: rounds of N parallel requests
// need about N connections in all (a dial that loses the race to a returned connection adds one), as no idle connection is dropped (the default
// transport keeps two, so each round opens most of them anew).
func TestReusesConnectionsUnderConcurrency(t *testing.T) {
	var conns atomic.Int64
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { _, _ = io.WriteString(w, "ok") }))
	srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			conns.Add(1)
		}
	}
	srv.Start()
	defer srv.Close()
	c := Client(0)
	const n = 16
	round := func() {
		var wg sync.WaitGroup
		start := make(chan struct{})
		for range n {
			wg.Go(func() {
				<-start
				resp, err := c.Get(srv.URL)
				if err != nil {
					t.Error(err)
					return
				}
				_, _ = io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
			})
		}
		close(start)
		wg.Wait()
	}
	for range 4 {
		round()
	}
	if got := conns.Load(); got >= 2*n {
		t.Fatalf("4 rounds of %d parallel requests opened %d connections, want fewer than %d", n, got, 2*n)
	}
}
