package httpcall

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"strconv"
	"strings"
)

// Errno is what a function sees from blockless_http.request: 0 when it got
// an HTTP response (of any status), else why not. The values are ABI.
type Errno int32

// Errno values of blockless_http.request and read_body.
const (
	ErrnoOK          Errno = 0
	ErrnoInvalid     Errno = 1  // malformed request JSON, method or URL
	ErrnoHost        Errno = 2  // host not declared by the function (or a redirect left them)
	ErrnoRefused     Errno = 3  // destination refused: private address, bad redirect
	ErrnoQuota       Errno = 4  // more than MaxCalls calls
	ErrnoTooLarge    Errno = 5  // response body over MaxResponseBytes
	ErrnoTimeout     Errno = 6  // no complete response in time
	ErrnoNetwork     Errno = 7  // connection or protocol failure
	ErrnoNoAgreement Errno = 8  // operators saw different responses
	ErrnoNoResponse  Errno = 9  // read_body without a response to read
	ErrnoFault       Errno = 10 // a pointer outside the function's memory
)

// ErrnoOf maps an outcome class to what the function sees.
func ErrnoOf(r Response) Errno {
	switch r.Error {
	case OK:
		return ErrnoOK
	case ErrHost:
		return ErrnoHost
	case ErrRefused:
		return ErrnoRefused
	case ErrTooLarge:
		return ErrnoTooLarge
	case ErrTimeout:
		return ErrnoTimeout
	case ErrNoAgree:
		return ErrnoNoAgreement
	default:
		return ErrnoNetwork
	}
}

// Fetcher performs one live call. It never fails: every failure is an
// outcome class in the Response, which operators then agree on like a body.
type Fetcher interface {
	Fetch(ctx context.Context, r Request) Response
}

// Errors a run can end with; the engine turns them into a trap.
var (
	// ErrDiverged: the function's request differs from the agreed one at
	// the same position. Every honest operator computes the same requests
	// from the same prefix, so an agreed prefix that the function does not
	// follow was not derived from honest reports.
	ErrDiverged = errors.New("httpcall: request differs from the agreed transcript")
	// ErrBeyondTranscript: an offline run (replay) made a call the
	// transcript does not hold.
	ErrBeyondTranscript = errors.New("httpcall: call beyond the transcript in an offline run")
)

// Session answers one execution's calls: from the agreed prefix first, then
// live through Fetcher (nil: offline, for replay). It is used by one
// execution at a time.
type Session struct {
	hosts  []HostPattern
	prefix Transcript
	live   Fetcher

	seen Transcript // every call this run made, in order
	err  error
}

// NewSession prepares the calls of one execution. hosts are the function's
// declared hosts (ParseHosts); prefix the agreed calls to replay; live
// fetches beyond the prefix, or nil to run offline.
func NewSession(hosts []HostPattern, prefix Transcript, live Fetcher) *Session {
	return &Session{hosts: hosts, prefix: prefix, live: live}
}

// Call answers one request as the function encoded it. A non-nil error
// ends the run (ErrDiverged, ErrBeyondTranscript, or ctx's error when the
// execution was cancelled).
func (s *Session) Call(ctx context.Context, raw []byte) (Response, Errno, error) {
	if s.err != nil {
		return Response{}, 0, s.err
	}
	r, err := ParseGuestRequest(raw)
	if err != nil {
		return Response{}, ErrnoInvalid, nil
	}
	// Deterministic refusals need no agreement and use no call.
	if !Allowed(s.hosts, r.URL) {
		return Response{}, ErrnoHost, nil
	}
	n := len(s.seen)
	if n >= MaxCalls {
		return Response{}, ErrnoQuota, nil
	}
	var resp Response
	switch {
	case n < len(s.prefix):
		if RequestDigest(s.prefix[n].Request) != RequestDigest(r) {
			s.err = fmt.Errorf("%w: call %d is %s %s", ErrDiverged, n, r.Method, trim(r.URL))
			return Response{}, 0, s.err
		}
		resp = s.prefix[n].Response
	case s.live == nil:
		s.err = fmt.Errorf("%w: call %d (%s %s), transcript has %d", ErrBeyondTranscript, n, r.Method, trim(r.URL), len(s.prefix))
		return Response{}, 0, s.err
	default:
		resp = s.live.Fetch(ctx, r)
		if err := ctx.Err(); err != nil {
			s.err = fmt.Errorf("httpcall: execution cancelled during a call: %w", err)
			return Response{}, 0, s.err
		}
		// The transcript's byte budget: what the agreed calls before this
		// one left (the same for every operator that saw the same calls).
		if s.bodyBytes()+len(resp.Body) > MaxTranscriptBytes {
			resp = Response{Error: ErrTooLarge}
		}
	}
	s.seen = append(s.seen, Entry{Request: r, Response: resp})
	return resp, ErrnoOf(resp), nil
}

func (s *Session) bodyBytes() int {
	n := 0
	for _, e := range s.seen {
		n += len(e.Response.Body)
	}
	return n
}

// Err is the error that ended the run, if any.
func (s *Session) Err() error { return s.err }

// Transcript is every call the run made with the response it saw.
func (s *Session) Transcript() Transcript { return s.seen }

// Final reports that the run made no call beyond the prefix, so its result
// depends on the agreed transcript alone and may be signed, with
// Transcript().Digest().
func (s *Session) Final() bool { return s.err == nil && len(s.seen) <= len(s.prefix) }

// Observations are the calls made beyond the prefix: what an operator
// reports to the aggregator when the run is not Final.
func (s *Session) Observations() []Entry {
	if len(s.seen) <= len(s.prefix) {
		return nil
	}
	return s.seen[len(s.prefix):]
}

// HostPattern is one host a function may call: "example.com" (any port),
// "example.com:8443", or "*.example.com" (its subdomains, not itself).
type HostPattern struct {
	Host string // lower-case, without "*." for a wildcard
	Port string // empty: any
	Sub  bool   // wildcard: subdomains of Host
}

// MaxHosts caps a function's declared hosts.
const MaxHosts = 32

// ParseHosts validates a function's declared hosts.
func ParseHosts(list []string) ([]HostPattern, error) {
	if len(list) > MaxHosts {
		return nil, fmt.Errorf("%d hosts exceed %d", len(list), MaxHosts)
	}
	out := make([]HostPattern, 0, len(list))
	for _, h := range list {
		p, err := parseHost(h)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}

func parseHost(s string) (HostPattern, error) {
	bad := fmt.Errorf("host %q is not HOST, HOST:PORT or *.DOMAIN", trim(s))
	if s == "" || len(s) > 253+6 || strings.ContainsAny(s, "/?#@ \t\r\n") {
		return HostPattern{}, bad
	}
	var p HostPattern
	host := s
	if h, port, err := net.SplitHostPort(s); err == nil {
		n, perr := strconv.Atoi(port)
		if perr != nil || n < 1 || n > 65535 || strconv.Itoa(n) != port {
			return HostPattern{}, bad
		}
		host, p.Port = h, port
	} else if strings.Count(s, ":") > 1 {
		host = strings.Trim(s, "[]") // a bare IPv6 literal
	}
	host = strings.ToLower(host)
	if strings.HasPrefix(host, "*.") {
		p.Sub, host = true, host[2:]
	}
	if host == "" || strings.Contains(host, "*") || strings.HasPrefix(host, ".") || strings.HasSuffix(host, ".") {
		return HostPattern{}, bad
	}
	p.Host = host
	return p, nil
}

// Allowed reports whether raw's host is one of hosts.
func Allowed(hosts []HostPattern, raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	return allowedURL(hosts, u)
}

func allowedURL(hosts []HostPattern, u *url.URL) bool {
	host := strings.ToLower(u.Hostname())
	port := u.Port()
	if port == "" {
		switch u.Scheme {
		case "http":
			port = "80"
		case "https":
			port = "443"
		}
	}
	for _, p := range hosts {
		if p.Port != "" && p.Port != port {
			continue
		}
		if p.Sub && strings.HasSuffix(host, "."+p.Host) || !p.Sub && host == p.Host {
			return true
		}
	}
	return false
}
