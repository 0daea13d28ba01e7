package fetch

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"
)

// refusedPrefixes are ranges that are never a legitimate public content
// server: "this network", CGNAT, IETF protocol assignments, documentation,
// benchmarking, reserved/broadcast, and their IPv6 counterparts.
var refusedPrefixes = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),
	netip.MustParsePrefix("100.64.0.0/10"),
	netip.MustParsePrefix("192.0.0.0/24"),
	netip.MustParsePrefix("192.0.2.0/24"),
	netip.MustParsePrefix("198.18.0.0/15"),
	netip.MustParsePrefix("198.51.100.0/24"),
	netip.MustParsePrefix("203.0.113.0/24"),
	netip.MustParsePrefix("240.0.0.0/4"), // includes 255.255.255.255
	netip.MustParsePrefix("::/96"),       // unspecified, loopback, deprecated IPv4-compatible
	netip.MustParsePrefix("100::/64"),    // discard
	netip.MustParsePrefix("2001::/32"),   // Teredo: tunnels to arbitrary IPv4
	netip.MustParsePrefix("2001:db8::/32"),
	netip.MustParsePrefix("fec0::/10"), // deprecated site-local
}

// Prefixes that embed an IPv4 address a gateway will forward to: the
// embedded address must be allowed too.
var (
	nat64    = netip.MustParsePrefix("64:ff9b::/96")
	nat64Loc = netip.MustParsePrefix("64:ff9b:1::/48")
	sixToFou = netip.MustParsePrefix("2002::/16")
)

// AllowedIP is the destination decision: with allowPrivate false it refuses
// loopback, private (RFC 1918, ULA), link-local, CGNAT, unspecified,
// multicast, broadcast, reserved and documentation addresses, including
// their IPv4-mapped and IPv4-embedding IPv6 forms. With allowPrivate true
// every valid address is allowed.
func AllowedIP(ip netip.Addr, allowPrivate bool) bool {
	if !ip.IsValid() {
		return false
	}
	if allowPrivate {
		return true
	}
	ip = ip.WithZone("").Unmap()
	if ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified() {
		return false
	}
	for _, p := range refusedPrefixes {
		if p.Contains(ip) {
			return false
		}
	}
	if ip.Is6() {
		b := ip.As16()
		switch {
		case nat64.Contains(ip), nat64Loc.Contains(ip):
			return AllowedIP(netip.AddrFrom4([4]byte(b[12:16])), false)
		case sixToFou.Contains(ip):
			return AllowedIP(netip.AddrFrom4([4]byte(b[2:6])), false)
		}
	}
	return true
}

// allowedIP is the policy's destination decision: AllowedIP, or one of
// the explicitly allowed prefixes (malformed ones, refused by Validate,
// allow nothing).
func (p Policy) allowedIP(ip netip.Addr) bool {
	if AllowedIP(ip, p.AllowPrivate) {
		return true
	}
	ip = ip.WithZone("").Unmap()
	for _, c := range p.AllowPrefixes {
		if pre, err := netip.ParsePrefix(c); err == nil && pre.Contains(ip) {
			return true
		}
	}
	return false
}

// checkHost refuses URLs without a host and IP-literal hosts the policy
// refuses, before any connection (names are checked again on the resolved
// address by the dialer).
func (p Policy) checkHost(u *url.URL) error {
	host := u.Hostname()
	if host == "" {
		return fmt.Errorf("%w: no host in %s", ErrRefused, quote(u.String()))
	}
	if ip, err := netip.ParseAddr(host); err == nil && !p.allowedIP(ip) {
		return fmt.Errorf("%w: destination %s", ErrRefused, ip)
	}
	return nil
}

// control runs after name resolution and before connect: address is the
// IP:port about to be dialled, so the decision is on what DNS answered now.
func (p Policy) control(_ context.Context, network, address string, _ syscall.RawConn) error {
	if !strings.HasPrefix(network, "tcp") {
		return fmt.Errorf("%w: network %s", ErrRefused, network)
	}
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: destination %q", ErrRefused, address)
	}
	if !p.allowedIP(ap.Addr()) {
		return fmt.Errorf("%w: destination %s", ErrRefused, ap.Addr())
	}
	return nil
}

// Client returns an *http.Client whose dialer refuses disallowed
// destinations (on the resolved IP at connect time) and whose CheckRedirect
// re-checks every hop's scheme and host. It ignores proxy environment
// variables: a proxy would make the destination check moot. It has no
// overall timeout of its own; bound requests with a context.
func (p Policy) Client() *http.Client { return p.WithDefaults().client(true) }

func (p Policy) client(keepAlive bool) *http.Client {
	d := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second, ControlContext: p.control}
	tr := &http.Transport{
		Proxy:                  nil,
		DialContext:            d.DialContext,
		ForceAttemptHTTP2:      true,
		TLSHandshakeTimeout:    10 * time.Second,
		MaxIdleConns:           16,
		IdleConnTimeout:        30 * time.Second,
		MaxResponseHeaderBytes: 64 << 10,
		DisableKeepAlives:      !keepAlive,
	}
	return &http.Client{
		Transport: tr,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > p.MaxRedirects {
				return fmt.Errorf("%w: more than %d redirects", ErrRefused, max(p.MaxRedirects, 0))
			}
			if s := req.URL.Scheme; s != "http" && s != "https" || !p.allows(s) {
				return fmt.Errorf("%w: redirect to scheme %q", ErrRefused, s)
			}
			return p.checkHost(req.URL)
		},
	}
}
