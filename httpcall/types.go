package httpcall

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/textproto"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
)

// Per-task caps. They are protocol constants, not operator settings: a call
// refused for a cap must be refused by every operator alike.
const (
	// MaxCalls is the number of HTTP calls one task may make.
	MaxCalls = 32
	// MaxResponseBytes caps one response body; a larger one is the
	// observation "too-large", never truncated.
	MaxResponseBytes = 2 << 20
	// MaxRequestBytes caps the encoded request a function passes.
	MaxRequestBytes = 256 << 10
	// MaxTranscriptBytes caps the bodies of one transcript together.
	MaxTranscriptBytes = 8 << 20
	// MaxHeaders caps the request headers of one call.
	MaxHeaders = 32
)

// Rule says how operators agree on the response to one call.
type Rule struct {
	// Kind is RuleIdentical, RuleMajority or RuleMedian.
	Kind string
	// Path names the numeric field RuleMedian takes, dot-separated through
	// JSON objects and arrays ("data.0.price"); empty for the others.
	Path string
}

// Rule kinds.
const (
	// RuleIdentical: one response (status and body, byte for byte) seen by
	// a quorum of stake. The default.
	RuleIdentical = "identical"
	// RuleMajority: the response seen by more than half of the stake that
	// reported this call, which itself must be a quorum.
	RuleMajority = "majority"
	// RuleMedian: the stake-weighted lower median of a numeric JSON field,
	// over responses with HTTP status 200 carrying it, which must come from
	// a quorum; the agreed entry is the whole response of that operator.
	// When too few responses carry a number, the call is agreed as under
	// RuleIdentical (a quorum that timed out agrees on "timeout").
	RuleMedian = "median"
)

// String is the rule as functions write it: "identical", "majority" or
// "median:PATH".
func (r Rule) String() string {
	if r.Kind == RuleMedian {
		return RuleMedian + ":" + r.Path
	}
	return r.Kind
}

// ParseRule reads a rule as functions write it; empty is RuleIdentical.
func ParseRule(s string) (Rule, error) {
	switch {
	case s == "" || s == RuleIdentical:
		return Rule{Kind: RuleIdentical}, nil
	case s == RuleMajority:
		return Rule{Kind: RuleMajority}, nil
	case strings.HasPrefix(s, RuleMedian+":"):
		p := strings.TrimPrefix(s, RuleMedian+":")
		if p == "" || len(p) > 256 || slices.Contains(strings.Split(p, "."), "") {
			return Rule{}, fmt.Errorf("rule %q: median needs a dot-separated field path", trim(s))
		}
		return Rule{Kind: RuleMedian, Path: p}, nil
	}
	return Rule{}, fmt.Errorf("unknown agreement rule %q (want identical, majority or median:PATH)", trim(s))
}

// MarshalText and UnmarshalText encode a rule as its string.
func (r Rule) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText parses a rule written by String.
func (r *Rule) UnmarshalText(b []byte) error {
	v, err := ParseRule(string(b))
	*r = v
	return err
}

// Request is one call as a function made it, normalized: method upper-case,
// header names canonical and sorted, so equal calls encode equally on every
// operator.
type Request struct {
	Method  string      `json:"method"`
	URL     string      `json:"url"`
	Headers [][2]string `json:"headers,omitempty"`
	Body    []byte      `json:"body,omitempty"`
	Rule    Rule        `json:"rule"`
}

// guestRequest is the JSON a function passes to blockless_http.request.
// Headers is an object of name to value; a body is text ("body") or
// base64 ("body_base64"), not both.
type guestRequest struct {
	Method     string            `json:"method"`
	URL        string            `json:"url"`
	Headers    map[string]string `json:"headers"`
	Body       *string           `json:"body"`
	BodyBase64 []byte            `json:"body_base64"`
	Rule       string            `json:"rule"`
}

// ParseGuestRequest decodes and normalizes what a function passed. It
// checks form only (method, http/https URL with a host, header names and
// values, sizes); the host allow-list and destination checks come later.
func ParseGuestRequest(b []byte) (Request, error) {
	if len(b) > MaxRequestBytes {
		return Request{}, fmt.Errorf("request of %d bytes exceeds %d", len(b), MaxRequestBytes)
	}
	var g guestRequest
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&g); err != nil {
		return Request{}, fmt.Errorf("request is not the expected JSON: %w", err)
	}
	if dec.More() {
		return Request{}, errors.New("request has data after its JSON object")
	}
	r := Request{Method: strings.ToUpper(g.Method), URL: g.URL}
	if r.Method == "" {
		r.Method = http.MethodGet
	}
	switch r.Method {
	case http.MethodGet, http.MethodPost, http.MethodHead, http.MethodPut, http.MethodPatch, http.MethodDelete:
	default:
		return Request{}, fmt.Errorf("method %q not supported", trim(r.Method))
	}
	u, err := url.Parse(g.URL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" || u.User != nil {
		return Request{}, fmt.Errorf("url %q is not an http(s) URL with a host and no credentials", trim(g.URL))
	}
	if len(g.Headers) > MaxHeaders {
		return Request{}, fmt.Errorf("%d headers exceed %d", len(g.Headers), MaxHeaders)
	}
	for k, v := range g.Headers {
		if !validHeaderName(k) || strings.ContainsAny(v, "\r\n\x00") {
			return Request{}, fmt.Errorf("header %q is not a valid header", trim(k))
		}
		switch textproto.CanonicalMIMEHeaderKey(k) {
		case "Host", "Content-Length", "Transfer-Encoding", "Connection", "Upgrade", "Te", "Trailer":
			return Request{}, fmt.Errorf("header %q is set by the host", trim(k))
		}
		r.Headers = append(r.Headers, [2]string{textproto.CanonicalMIMEHeaderKey(k), v})
	}
	slices.SortFunc(r.Headers, func(a, b [2]string) int { return strings.Compare(a[0], b[0]) })
	for i := 1; i < len(r.Headers); i++ {
		if r.Headers[i][0] == r.Headers[i-1][0] {
			return Request{}, fmt.Errorf("header %q given twice", r.Headers[i][0])
		}
	}
	switch {
	case g.Body != nil && g.BodyBase64 != nil:
		return Request{}, errors.New("request has both body and body_base64")
	case g.Body != nil:
		r.Body = []byte(*g.Body)
	case g.BodyBase64 != nil:
		r.Body = g.BodyBase64
	}
	if len(r.Body) == 0 {
		r.Body = nil
	}
	if r.Rule, err = ParseRule(g.Rule); err != nil {
		return Request{}, err
	}
	return r, nil
}

func validHeaderName(k string) bool {
	if k == "" || len(k) > 128 {
		return false
	}
	for _, c := range []byte(k) {
		if c <= ' ' || c >= 0x7f || strings.IndexByte("()<>@,;:\\\"/[]?={}", c) >= 0 {
			return false
		}
	}
	return true
}

// Outcome classes of a call, as the function sees them (blockless_http
// errno) and as the transcript records them. Messages differ between
// operators; classes do not, so only classes are agreed and signed.
const (
	OK          = ""             // an HTTP response, any status
	ErrRefused  = "refused"      // destination refused: private address, bad redirect
	ErrHost     = "host"         // a redirect left the function's declared hosts
	ErrTooLarge = "too-large"    // body over MaxResponseBytes
	ErrTimeout  = "timeout"      // no complete response in time
	ErrNetwork  = "network"      // connection or protocol failure
	ErrNoAgree  = "no-agreement" // operators saw different responses
)

// Response is what one operator observed for a call, or the agreed result.
type Response struct {
	// Error is the outcome class; OK (empty) when Status and Body hold a response.
	Error  string `json:"error,omitempty"`
	Status int    `json:"status,omitempty"`
	Body   []byte `json:"body,omitempty"`
}

// Entry is one call of a transcript.
type Entry struct {
	Request  Request  `json:"request"`
	Response Response `json:"response"`
}

// Transcript is the ordered list of a task's calls and agreed responses.
type Transcript []Entry

// RequestDigest identifies a request (with its rule): two operators made
// the same call when their digests are equal.
func RequestDigest(r Request) [32]byte {
	h := crypto.NewKeccakState()
	h.Write([]byte("blockless-http-request-v1"))
	writeField(h, []byte(r.Method))
	writeField(h, []byte(r.URL))
	writeUint(h, uint64(len(r.Headers)))
	for _, kv := range r.Headers {
		writeField(h, []byte(kv[0]))
		writeField(h, []byte(kv[1]))
	}
	writeField(h, r.Body)
	writeField(h, []byte(r.Rule.String()))
	var d [32]byte
	h.Read(d[:])
	return d
}

// ResponseDigest identifies a response: two observations agree
// byte-for-byte when their digests are equal.
func ResponseDigest(r Response) [32]byte {
	h := crypto.NewKeccakState()
	h.Write([]byte("blockless-http-response-v1"))
	writeField(h, []byte(r.Error))
	writeUint(h, uint64(r.Status))
	writeField(h, r.Body)
	var d [32]byte
	h.Read(d[:])
	return d
}

// EntryDigest binds a request to its response.
func EntryDigest(e Entry) [32]byte {
	rq, rs := RequestDigest(e.Request), ResponseDigest(e.Response)
	return crypto.Keccak256Hash(rq[:], rs[:])
}

// Digest is the transcript digest operators sign: zero for a task that
// made no call, else keccak256 over the entry digests in order.
func (t Transcript) Digest() [32]byte {
	if len(t) == 0 {
		return [32]byte{}
	}
	h := crypto.NewKeccakState()
	h.Write([]byte("blockless-http-transcript-v1"))
	writeUint(h, uint64(len(t)))
	for _, e := range t {
		d := EntryDigest(e)
		h.Write(d[:])
	}
	var d [32]byte
	h.Read(d[:])
	return d
}

// Validate checks a transcript received from the network: well-formed
// requests, known outcome classes, caps.
func (t Transcript) Validate() error {
	if len(t) > MaxCalls {
		return fmt.Errorf("transcript of %d calls exceeds %d", len(t), MaxCalls)
	}
	total := 0
	for i, e := range t {
		if err := e.Validate(); err != nil {
			return fmt.Errorf("transcript call %d: %w", i, err)
		}
		total += len(e.Response.Body)
	}
	if total > MaxTranscriptBytes {
		return fmt.Errorf("transcript bodies of %d bytes exceed %d", total, MaxTranscriptBytes)
	}
	return nil
}

// Validate checks one entry received from the network.
func (e Entry) Validate() error {
	r := e.Request
	if _, err := ParseRule(r.Rule.String()); err != nil {
		return err
	}
	if r.Method == "" || r.URL == "" || len(r.Headers) > MaxHeaders || len(r.Body) > MaxRequestBytes {
		return errors.New("malformed request")
	}
	switch e.Response.Error {
	case OK:
		if e.Response.Status < 100 || e.Response.Status > 999 {
			return fmt.Errorf("HTTP status %d out of range", e.Response.Status)
		}
	case ErrRefused, ErrHost, ErrTooLarge, ErrTimeout, ErrNetwork, ErrNoAgree:
		if e.Response.Status != 0 || len(e.Response.Body) != 0 {
			return fmt.Errorf("error %q with a status or body", e.Response.Error)
		}
	default:
		return fmt.Errorf("unknown outcome %q", trim(e.Response.Error))
	}
	if len(e.Response.Body) > MaxResponseBytes {
		return fmt.Errorf("body of %d bytes exceeds %d", len(e.Response.Body), MaxResponseBytes)
	}
	return nil
}

type hashWriter interface{ Write([]byte) (int, error) }

func writeUint(h hashWriter, v uint64) {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], v)
	h.Write(b[:])
}

func writeField(h hashWriter, b []byte) {
	writeUint(h, uint64(len(b)))
	h.Write(b)
}

// trim keeps attacker-chosen strings short in errors.
func trim(s string) string {
	if len(s) > 80 {
		return s[:80] + "..."
	}
	return strconv.Quote(s)[1 : len(strconv.Quote(s))-1]
}
