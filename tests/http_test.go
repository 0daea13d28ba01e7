package tests

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/engine"
	"github.com/blockless/avs/fetch"
	"github.com/blockless/avs/httpcall"
	"github.com/blockless/avs/operator/node"
	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/requester"
)

// source is one local HTTP server of the oracle test; it remembers what it served.
type source struct {
	srv  *httptest.Server
	host string
	mu   sync.Mutex
	n    int
}

func newSource(t *testing.T, h func(s *source, w http.ResponseWriter, r *http.Request, n int)) *source {
	s := &source{}
	s.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.n++
		n := s.n
		s.mu.Unlock()
		h(s, w, r, n)
	}))
	t.Cleanup(s.srv.Close)
	u, _ := url.Parse(s.srv.URL)
	s.host = u.Host
	return s
}

// TestHTTPOracle runs the fetching price oracle on the devnet: three operators each fetch
// every source, agree on what was fetched, and sign a result computed on the agreed
// transcript, whose digest is certified on chain; the task is then replayed offline.
// The sources: two honest servers (one answering every fetch with another price, so the
// operators see different bodies), one lying consistently, one giving every operator a
// different non-numeric body, a slow one, a huge body, a redirect to a private address, and
// a host the function did not declare.
func TestHTTPOracle(t *testing.T) {
	skipShort(t)
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	e := startEnv(t, ctx)
	ops := e.registerOperators(10, 20, 30)
	storeURL := e.startStore()
	aggURL, stopAgg := e.startAggregator(t.TempDir())
	defer stopAgg()

	price := func(v func(n int) int64) func(*source, http.ResponseWriter, *http.Request, int) {
		return func(_ *source, w http.ResponseWriter, _ *http.Request, n int) {
			// Top-level "price": the field priceoracle reads by default (a task has no args).
			fmt.Fprintf(w, `{"price":"%d"}`, v(n))
		}
	}
	honest := newSource(t, price(func(int) int64 { return 250_000 }))
	moving := newSource(t, price(func(n int) int64 { return 250_010 + int64(n) }))
	liar := newSource(t, price(func(int) int64 { return 1 }))
	split := newSource(t, func(_ *source, w http.ResponseWriter, _ *http.Request, n int) {
		fmt.Fprintf(w, "operator number %d, no price here", n)
	})
	slow := newSource(t, func(_ *source, w http.ResponseWriter, r *http.Request, _ int) {
		select { // longer than a call may take: every operator times out
		case <-time.After(httpcall.CallTimeout + 5*time.Second):
		case <-r.Context().Done():
		}
	})
	huge := newSource(t, func(_ *source, w http.ResponseWriter, _ *http.Request, _ int) {
		w.Write([]byte(strings.Repeat("9", httpcall.MaxResponseBytes+1)))
	})
	private := newSource(t, func(_ *source, w http.ResponseWriter, r *http.Request, _ int) {
		// Refused before any packet: the fetch policy checks the literal address.
		http.Redirect(w, r, "http://10.20.30.40/price", http.StatusFound)
	})
	sources := []*source{slow, huge, private, honest, liar, moving, split}
	var hosts []string
	var input strings.Builder
	for _, s := range sources {
		hosts = append(hosts, s.host)
		input.WriteString(s.srv.URL + "/price\n")
	}
	input.WriteString("http://undeclared.invalid/price\n")

	digest, uri, err := testStore(storeURL).Publish(ctx, buildGoFunction(t, "priceoracle"))
	if err != nil {
		t.Fatal(err)
	}
	rq, err := requester.Dial(ctx, e.dn.Addresses.RPCURL, e.dn.Addresses.ChainID, e.dn.Addresses.AVS.TaskManager, e.dn.Owner)
	if err != nil {
		t.Fatal(err)
	}
	defer rq.Close()
	fn, _, err := rq.RegisterFunction(ctx, taskmanager.ITaskManagerFunctionSpec{ModuleDigest: digest, MinQuorumThreshold: 50,
		Limits: taskmanager.ITaskManagerResourceLimits{Fuel: 2_000_000_000, MemoryBytes: 64 << 20, WallTimeMs: 60_000, MaxOutputBytes: 4096},
		Uris:   []string{uri}, HttpHosts: hosts})
	if err != nil {
		t.Fatal(err)
	}
	// The operators reach the devnet's servers on loopback, and nothing else private.
	loopbackOnly := func(c *node.Config) {
		c.Fetch = node.FetchConfig{AllowPrefixes: []string{"127.0.0.0/8"}}
		c.OperatorStateRetriever = e.dn.Addresses.AVS.OperatorStateRetriever
	}
	for _, op := range ops {
		defer e.startNode(op, aggURL, t.TempDir(), loopbackOnly)()
	}
	created, err := rq.CreateTask(ctx, taskmanager.ITaskManagerTaskRequest{FunctionId: fn, Input: []byte(input.String()),
		QuorumNumbers: []byte{0}, QuorumThresholdPercentage: 60, ResponseWindowBlocks: 300}, big.NewInt(0))
	if err != nil {
		t.Fatal(err)
	}
	r := waitAnswered(t, ctx, rq, created.ID, 4*time.Minute)
	// The aggregator serves the transcript with the signed reports it follows from.
	tt := getTranscript(t, ctx, aggURL, created.ID)
	outcomes := map[string]string{}
	for i, c := range tt.Transcript {
		u, _ := url.Parse(c.Request.URL)
		o := c.Response.Error
		if o == "" {
			o = string(c.Response.Body)
		}
		outcomes[u.Host] = o
		t.Logf("call %d: %s %s -> %.80q", i, c.Request.Method, c.Request.URL, o)
	}
	if r.Response.Status != uint8(engine.StatusOK) {
		for i, rd := range tt.Rounds {
			for _, o := range rd.Reports {
				c := o.Calls[0]
				t.Logf("round %d op %x: %s rule %s -> err %q status %d body %.60q", i, o.OperatorID[:4], c.Request.URL, c.Request.Rule, c.Response.Error, c.Response.Status, c.Response.Body)
			}
		}
		t.Fatalf("status %d, want ok", r.Response.Status)
	}
	got, err := strconv.ParseInt(strings.TrimSpace(string(r.Response.Output)), 10, 64)
	if err != nil {
		t.Fatalf("output %q", r.Response.Output)
	}
	// The moving source answered every fetch with another price; the agreed one is the
	// operators' stake-weighted median, one of the bodies it served. The liar is rejected as an
	// outlier, so the result is the midpoint of the honest price and the agreed moving one.
	var moved int64
	if _, err := fmt.Sscanf(outcomes[moving.host], `{"price":"%d"}`, &moved); err != nil || moved <= 250_010 || moved > 250_010+int64(moving.served()) {
		t.Fatalf("moving source agreed %q, want one of the %d prices it served", outcomes[moving.host], moving.served())
	}
	if want := 250_000 + (moved-250_000)/2; got != want {
		t.Fatalf("agreed price %d, want %d", got, want)
	}
	if r.Response.TranscriptDigest == ([32]byte{}) {
		t.Fatal("no transcript digest certified")
	}

	if tt.Digest != r.Response.TranscriptDigest || tt.Transcript.Digest() != r.Response.TranscriptDigest {
		t.Fatalf("aggregator transcript digest %x, certified %x", tt.Digest, r.Response.TranscriptDigest)
	}
	// Every operator timed out on the slow source, got too much from the huge one and was
	// refused the redirect: outcomes agreed like bodies, which the oracle skips.
	want := map[string]string{slow.host: httpcall.ErrTimeout, huge.host: httpcall.ErrTooLarge, private.host: httpcall.ErrRefused,
		honest.host: `{"price":"250000"}`, liar.host: `{"price":"1"}`, split.host: httpcall.ErrNoAgree}
	for h, w := range want {
		if outcomes[h] != w {
			t.Errorf("transcript: %s agreed %q, want %q", h, outcomes[h], w)
		}
	}
	if len(tt.Transcript) != len(sources) {
		t.Errorf("transcript has %d calls, want %d (the undeclared host is refused without a call)", len(tt.Transcript), len(sources))
	}
	if len(tt.Rounds) < 2 {
		t.Errorf("%d rounds: a median call that operators saw differently ends a round", len(tt.Rounds))
	}

	// Replayed offline from the aggregator's transcript: the certified response, byte for byte,
	// without a single fetch.
	before := countServed(sources)
	rep, err := rq.Replay(ctx, created.ID, requester.ReplayOptions{Fetch: fetch.Policy{AllowPrivate: true}.WithDefaults(), AggregatorURL: aggURL})
	if err != nil {
		t.Fatal(err)
	}
	if !rep.Match || string(rep.Replayed.Output) != string(r.Response.Output) {
		t.Fatalf("replay: match %v, output %q, certified %q", rep.Match, rep.Replayed.Output, r.Response.Output)
	}
	if countServed(sources) != before {
		t.Fatal("the replay fetched from the sources")
	}
	// A transcript with one body changed does not pass for the certified one.
	forged := append(httpcall.Transcript(nil), tt.Transcript...)
	forged[3].Response.Body = []byte(`{"price":"999999"}`)
	if _, err := rq.Replay(ctx, created.ID, requester.ReplayOptions{Fetch: fetch.Policy{AllowPrivate: true}.WithDefaults(), Transcript: forged}); err == nil ||
		!strings.Contains(err.Error(), "digest") {
		t.Fatalf("replay of a forged transcript: %v", err)
	}
}

func (s *source) served() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.n
}

func countServed(ss []*source) int {
	n := 0
	for _, s := range ss {
		s.mu.Lock()
		n += s.n
		s.mu.Unlock()
	}
	return n
}

func getTranscript(t *testing.T, ctx context.Context, aggURL string, id uint32) protocol.TaskTranscript {
	t.Helper()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s/v1/transcripts/%d", aggURL, id), nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var tt protocol.TaskTranscript
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET transcript: HTTP %d", resp.StatusCode)
	}
	if err := json.NewDecoder(resp.Body).Decode(&tt); err != nil {
		t.Fatal(err)
	}
	return tt
}
