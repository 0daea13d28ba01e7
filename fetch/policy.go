package fetch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/netip"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// Errors, for errors.Is.
var (
	// ErrRefused: the scheme, destination, redirect or file path is not allowed by the policy.
	ErrRefused = errors.New("fetch: refused")
	// ErrTooLarge: the content is larger than the caller's cap (it is never truncated).
	ErrTooLarge = errors.New("fetch: content larger than the size cap")
)

// Defaults applied by WithDefaults.
const (
	DefaultMaxRedirects  = 3
	DefaultPerURITimeout = 30 * time.Second
	DefaultTotalTimeout  = 60 * time.Second
)

// Policy says what may be fetched from URIs that come from untrusted data.
// The zero value is usable: see WithDefaults. The yaml tags let a config
// file embed it (durations as "30s").
type Policy struct {
	// Schemes allowed; default {"https", "http"}, plus "file" when FileDirs is
	// set. "file" is only honoured when FileDirs is non-empty.
	Schemes []string `yaml:"schemes"`
	// FileDirs are the directories file:// URIs may read from (after symlink
	// resolution, regular files only). Empty: file:// is refused.
	FileDirs []string `yaml:"file_dirs"`
	// AllowPrivate allows loopback, private (RFC 1918, ULA), link-local,
	// CGNAT, unspecified and multicast destinations. Default false.
	AllowPrivate bool `yaml:"allow_private"`
	// AllowPrefixes allows these ranges (CIDR, e.g. "127.0.0.0/8" for a
	// devnet's own servers) even when AllowPrivate is false, so one
	// internal range can be opened without opening all of them.
	AllowPrefixes []string `yaml:"allow_prefixes"`
	// MaxRedirects followed per URI, each hop re-checked; default 3, negative: none.
	MaxRedirects int `yaml:"max_redirects"`
	// PerURITimeout bounds one URI (connect, headers and body); default 30 s.
	PerURITimeout time.Duration `yaml:"per_uri_timeout"`
	// TotalTimeout bounds one First call over all its URIs; default 60 s, and
	// never below PerURITimeout (else a long per-URI timeout would be moot).
	TotalTimeout time.Duration `yaml:"total_timeout"`
}

// WithDefaults returns p with zero fields set to their defaults.
func (p Policy) WithDefaults() Policy {
	if len(p.Schemes) == 0 {
		p.Schemes = []string{"https", "http"}
		if len(p.FileDirs) > 0 {
			p.Schemes = append(p.Schemes, "file")
		}
	}
	if p.MaxRedirects == 0 {
		p.MaxRedirects = DefaultMaxRedirects
	}
	if p.PerURITimeout == 0 {
		p.PerURITimeout = DefaultPerURITimeout
	}
	if p.TotalTimeout == 0 {
		p.TotalTimeout = max(DefaultTotalTimeout, p.PerURITimeout)
	}
	return p
}

// Validate reports a policy that cannot be applied as written.
func (p Policy) Validate() error {
	for _, s := range p.Schemes {
		switch s {
		case "http", "https", "file":
		default:
			return fmt.Errorf("fetch policy: unsupported scheme %q (want http, https or file)", s)
		}
	}
	for _, d := range p.FileDirs {
		if !filepath.IsAbs(d) {
			return fmt.Errorf("fetch policy: file directory %q is not absolute", d)
		}
	}
	for _, c := range p.AllowPrefixes {
		if _, err := netip.ParsePrefix(c); err != nil {
			return fmt.Errorf("fetch policy: allowed prefix %q is not CIDR: %w", c, err)
		}
	}
	if p.PerURITimeout < 0 || p.TotalTimeout < 0 {
		return errors.New("fetch policy: negative timeout")
	}
	return nil
}

func (p Policy) allows(scheme string) bool {
	if scheme == "file" && len(p.FileDirs) == 0 {
		return false
	}
	return slices.Contains(p.Schemes, scheme)
}

// parse checks a URI against the policy without touching the network or the
// file system: scheme allowed, host present, and an IP-literal host allowed.
func (p Policy) parse(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("fetch: bad URI %s", quote(raw))
	}
	scheme := strings.ToLower(u.Scheme)
	if !p.allows(scheme) {
		return nil, fmt.Errorf("%w: scheme %q (%s)", ErrRefused, scheme, quote(raw))
	}
	u.Scheme = scheme
	switch scheme {
	case "file":
		if u.Host != "" && u.Host != "localhost" {
			return nil, fmt.Errorf("%w: file URI with host %s", ErrRefused, quote(raw))
		}
		if !filepath.IsAbs(u.Path) {
			return nil, fmt.Errorf("%w: file URI without an absolute path %s", ErrRefused, quote(raw))
		}
	default:
		if err := p.checkHost(u); err != nil {
			return nil, err
		}
	}
	return u, nil
}

// Get fetches one URI: at most maxBytes (ErrTooLarge beyond, never
// truncated), within ctx and PerURITimeout.
func (p Policy) Get(ctx context.Context, uri string, maxBytes int64) ([]byte, error) {
	p = p.WithDefaults()
	if err := p.Validate(); err != nil {
		return nil, err
	}
	u, err := p.parse(uri)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, p.PerURITimeout)
	defer cancel()
	if u.Scheme == "file" {
		return p.readFile(ctx, u.Path, maxBytes)
	}
	return p.getHTTP(ctx, u, maxBytes)
}

func (p Policy) getHTTP(ctx context.Context, u *url.URL, maxBytes int64) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", quote(u.String()), err)
	}
	// One-shot client without keep-alive: nothing lingers after the call.
	resp, err := p.client(false).Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", quote(u.String()), err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("fetch %s: HTTP %s", quote(u.String()), resp.Status)
	}
	if resp.ContentLength > maxBytes {
		return nil, fmt.Errorf("fetch %s: %w: announces %d bytes, cap %d", quote(u.String()), ErrTooLarge, resp.ContentLength, maxBytes)
	}
	b, err := readCapped(resp.Body, maxBytes)
	if err != nil {
		if ctx.Err() != nil {
			err = ctx.Err()
		}
		return nil, fmt.Errorf("fetch %s: %w", quote(u.String()), err)
	}
	return b, nil
}

// First tries uris in order under one TotalTimeout deadline and returns the
// first body for which accept(body) is nil (accept may be nil: any body).
// The error joins every attempt's failure.
func (p Policy) First(ctx context.Context, uris []string, maxBytes int64, accept func([]byte) error) ([]byte, error) {
	p = p.WithDefaults()
	if len(uris) == 0 {
		return nil, errors.New("fetch: no URIs")
	}
	ctx, cancel := context.WithTimeout(ctx, p.TotalTimeout)
	defer cancel()
	var errs []error
	for _, u := range uris {
		b, err := p.Get(ctx, u, maxBytes)
		if err == nil && accept != nil {
			if err = accept(b); err != nil {
				err = fmt.Errorf("%s: %w", quote(u), err)
			}
		}
		if err == nil {
			return b, nil
		}
		errs = append(errs, err)
		if ctx.Err() != nil {
			errs = append(errs, fmt.Errorf("fetch: stopped after %d of %d URIs: %w", len(errs), len(uris), ctx.Err()))
			break
		}
	}
	return nil, errors.Join(errs...)
}

// readCapped reads at most max bytes, failing rather than truncating.
func readCapped(r io.Reader, max int64) ([]byte, error) {
	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if n > max {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)
	}
	return buf.Bytes(), nil
}

// quote keeps attacker-chosen URIs short and printable in errors and logs.
func quote(s string) string {
	const limit = 200
	if len(s) > limit {
		s = s[:limit] + "..."
	}
	return fmt.Sprintf("%q", s)
}
