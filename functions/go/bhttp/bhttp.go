// Package bhttp lets a Go function (GOOS=wasip1) make HTTP calls through
// the operator's blockless_http host module.
//
// Operators each fetch on their own and then agree on one response per
// call, by the rule the call names: Identical (the default: the same bytes
// for a quorum of stake), Majority, or Median("path.to.number") for values
// that legitimately differ between fetches, such as prices. The function
// then runs once more on the agreed responses, so every operator computes
// the same result. Only hosts the function declared when it was registered
// can be called; a call is refused, never silently dropped.
package bhttp

import (
	"encoding/json"
	"fmt"
)

// Agreement rules.
const (
	Identical = "identical"
	Majority  = "majority"
)

// Median is the rule for a numeric JSON field: the agreed response is the
// one whose field is the stake-weighted median of what operators saw.
func Median(path string) string { return "median:" + path }

// Request is one call.
type Request struct {
	Method  string            // default GET
	URL     string            // http or https
	Headers map[string]string // Host, Content-Length and hop-by-hop headers are the host's
	Body    []byte
	Rule    string // Identical (default), Majority or Median(path)
}

// Response is the agreed response: any HTTP status, and its body.
type Response struct {
	Status int
	Body   []byte
}

// Errno is why a call got no response.
type Errno int32

// Errno values (the host module's ABI).
const (
	ErrInvalid     Errno = 1  // malformed request
	ErrHost        Errno = 2  // host not declared by the function
	ErrRefused     Errno = 3  // destination refused (private address, bad redirect)
	ErrQuota       Errno = 4  // too many calls in this task
	ErrTooLarge    Errno = 5  // response body too large
	ErrTimeout     Errno = 6  // no response in time
	ErrNetwork     Errno = 7  // connection failed
	ErrNoAgreement Errno = 8  // operators saw different responses
	ErrNoResponse  Errno = 9  // internal: no body to read
	ErrFault       Errno = 10 // internal: bad pointer
)

var names = map[Errno]string{
	ErrInvalid: "invalid request", ErrHost: "host not declared by the function",
	ErrRefused: "destination refused", ErrQuota: "too many HTTP calls",
	ErrTooLarge: "response too large", ErrTimeout: "timeout", ErrNetwork: "network error",
	ErrNoAgreement: "operators saw different responses", ErrNoResponse: "no response",
	ErrFault: "bad pointer",
}

func (e Errno) Error() string {
	if s, ok := names[e]; ok {
		return "blockless_http: " + s
	}
	return fmt.Sprintf("blockless_http: errno %d", int32(e))
}

type wireRequest struct {
	Method     string            `json:"method,omitempty"`
	URL        string            `json:"url"`
	Headers    map[string]string `json:"headers,omitempty"`
	BodyBase64 []byte            `json:"body_base64,omitempty"`
	Rule       string            `json:"rule,omitempty"`
}

// Do makes one call. The error is an Errno.
func Do(r Request) (Response, error) {
	b, err := json.Marshal(wireRequest{Method: r.Method, URL: r.URL, Headers: r.Headers, BodyBase64: r.Body, Rule: r.Rule})
	if err != nil {
		return Response{}, err
	}
	return call(b)
}

// Get fetches url under rule.
func Get(url, rule string) (Response, error) { return Do(Request{URL: url, Rule: rule}) }
