// Package pooled gives HTTP clients that keep enough idle connections per host for the
// concurrent calls operators and the aggregator make to one RPC node or one aggregator.
// net/http's default transport keeps two per host: under load every call beyond two opens
// (and closes) a new TCP connection, which costs both ends CPU.
package pooled

import (
	"net/http"
	"time"
)

// IdlePerHost is how many idle connections to one host are kept for reuse.
const IdlePerHost = 64

// Transport is a fresh transport with net/http's defaults but IdlePerHost idle connections
// per host.
func Transport() *http.Transport {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConns = 4 * IdlePerHost
	t.MaxIdleConnsPerHost = IdlePerHost
	return t
}

// Client is an HTTP client on a Transport, with a whole-request timeout (0: none).
func Client(timeout time.Duration) *http.Client {
	return &http.Client{Transport: Transport(), Timeout: timeout}
}
