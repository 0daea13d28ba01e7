package httpcall

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/blockless/avs/fetch"
)

// Time caps of live calls. Unlike the count and size caps these cannot be
// deterministic; a call that runs out of time is the observation "timeout",
// which operators agree on like any other.
const (
	// CallTimeout bounds one call: connect, headers, body.
	CallTimeout = 10 * time.Second
	// RunTimeout bounds all the live calls of one execution together;
	// calls after it are "timeout" at once.
	RunTimeout = 30 * time.Second
)

// errHostRedirect marks a redirect to a host the function did not declare.
var errHostRedirect = errors.New("redirect to an undeclared host")

// NetFetcher fetches live over the network under the operator's fetch
// policy (which refuses private, loopback and link-local destinations unless
// the operator allows them, checked on the resolved address at connect time
// and on every redirect) and the function's declared hosts (checked on
// every redirect too).
type NetFetcher struct {
	client *http.Client
	start  time.Time
	once   sync.Once
}

// NewNetFetcher returns a fetcher for one execution.
func NewNetFetcher(policy fetch.Policy, hosts []HostPattern) (*NetFetcher, error) {
	policy.Schemes = []string{"http", "https"}
	policy.FileDirs = nil
	if err := policy.Validate(); err != nil {
		return nil, err
	}
	c := policy.Client()
	check := c.CheckRedirect
	c.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if err := check(req, via); err != nil {
			return err
		}
		if !allowedURL(hosts, req.URL) {
			return fmt.Errorf("%w: %s", errHostRedirect, req.URL.Host)
		}
		return nil
	}
	return &NetFetcher{client: c}, nil
}

// Fetch performs r and classifies the outcome.
func (f *NetFetcher) Fetch(ctx context.Context, r Request) Response {
	f.once.Do(func() { f.start = time.Now() })
	left := RunTimeout - time.Since(f.start)
	if left <= 0 {
		return Response{Error: ErrTimeout}
	}
	ctx, cancel := context.WithTimeout(ctx, min(left, CallTimeout))
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, r.Method, r.URL, bytes.NewReader(r.Body))
	if err != nil {
		return Response{Error: ErrNetwork}
	}
	if r.Body == nil {
		req.Body, req.ContentLength = http.NoBody, 0
	}
	for _, kv := range r.Headers {
		req.Header.Set(kv[0], kv[1])
	}
	if req.Header.Get("User-Agent") == "" {
		req.Header.Set("User-Agent", "blockless-function")
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return Response{Error: classify(ctx, err)}
	}
	defer resp.Body.Close()
	if resp.ContentLength > MaxResponseBytes {
		return Response{Error: ErrTooLarge}
	}
	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.LimitReader(resp.Body, MaxResponseBytes+1))
	if err != nil {
		return Response{Error: classify(ctx, err)}
	}
	if n > MaxResponseBytes {
		return Response{Error: ErrTooLarge}
	}
	out := Response{Status: resp.StatusCode}
	if n > 0 {
		out.Body = buf.Bytes()
	}
	return out
}

func classify(ctx context.Context, err error) string {
	var ne net.Error
	switch {
	case errors.Is(err, errHostRedirect):
		return ErrHost
	case errors.Is(err, fetch.ErrRefused):
		return ErrRefused
	case ctx.Err() != nil, errors.Is(err, context.DeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return ErrTimeout
	}
	return ErrNetwork
}
