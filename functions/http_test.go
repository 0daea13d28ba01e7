package functions

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/blockless/avs/engine"
	"github.com/blockless/avs/fetch"
	"github.com/blockless/avs/httpcall"
)

// priceServer answers {"data":{"price":"P"}} with P from price(n), n counting
// its requests from 1.
func priceServer(t *testing.T, price func(n int) int64) (*httptest.Server, string) {
	n := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n++
		fmt.Fprintf(w, `{"data":{"price":"%d"}}`, price(n))
	}))
	t.Cleanup(srv.Close)
	u, _ := url.Parse(srv.URL)
	return srv, u.Host
}

// The fetching oracle against three local sources, one lying: live, every
// source is fetched; replayed from the transcript, the same output offline.
func TestPriceOracleFetches(t *testing.T) {
	r := newRunner(t)
	mod := module(t, "go/priceoracle.wasm")
	a, ha := priceServer(t, func(int) int64 { return 250_000 })
	b, hb := priceServer(t, func(n int) int64 { return 250_010 + int64(n) })
	liar, hl := priceServer(t, func(int) int64 { return 1 })
	hosts, err := httpcall.ParseHosts([]string{ha, hb, hl})
	if err != nil {
		t.Fatal(err)
	}
	fetcher, err := httpcall.NewNetFetcher(fetch.Policy{AllowPrefixes: []string{"127.0.0.0/8"}}, hosts)
	if err != nil {
		t.Fatal(err)
	}
	input := strings.Join([]string{a.URL + "/p", b.URL + "/p", liar.URL + "/p", "http://undeclared.example/p"}, "\n")
	run := func(s *httpcall.Session) engine.Result {
		res, err := r.e.Run(context.Background(), engine.Request{Module: mod, Input: []byte(input), Args: []string{"-path", "data.price"}, HTTP: s})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	live := httpcall.NewSession(hosts, nil, fetcher)
	res := run(live)
	expect(t, res, engine.StatusOK, 0, "250005\n") // median of 250000 and 250011; the liar rejected
	if !strings.Contains(string(res.Stderr), "undeclared.example/p: blockless_http: host not declared") {
		t.Errorf("stderr %q does not name the undeclared host", res.Stderr)
	}
	tr := live.Transcript()
	if len(tr) != 3 || tr[0].Request.Rule.String() != "median:data.price" {
		t.Fatalf("transcript %d calls, rule %v", len(tr), tr[0].Request.Rule)
	}
	replay := httpcall.NewSession(hosts, tr, nil)
	expect(t, run(replay), engine.StatusOK, 0, "250005\n")
	if !replay.Final() || replay.Transcript().Digest() != tr.Digest() {
		t.Fatal("replay is not final or its digest differs")
	}
	// Without the hosts declared nothing is fetched and too few sources remain.
	res = run(httpcall.NewSession(nil, nil, fetcher))
	expect(t, res, engine.StatusExitNonZero, 2, "")
}

// The fetch example in C, Rust, AssemblyScript, JavaScript, TypeScript and Python: the same
// request, the same output, through each language's helper; refusals reach
// the function.
func TestHTTPGetTemplates(t *testing.T) {
	r := newRunner(t)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		if req.URL.Path == "/missing" {
			http.NotFound(w, req)
			return
		}
		fmt.Fprintf(w, `{"quote":"say \"hi\"","path":%q}`, req.URL.Path)
	}))
	defer srv.Close()
	u, _ := url.Parse(srv.URL)
	hosts, err := httpcall.ParseHosts([]string{u.Host})
	if err != nil {
		t.Fatal(err)
	}
	fetcher, err := httpcall.NewNetFetcher(fetch.Policy{AllowPrefixes: []string{"127.0.0.0/8"}}, hosts)
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"c", "rust", "as", "js", "ts", "python"} {
		t.Run(lang, func(t *testing.T) {
			mod := module(t, lang+"/httpget.wasm")
			call := func(in string, declared []httpcall.HostPattern, args ...string) engine.Result {
				res, err := r.e.Run(context.Background(), engine.Request{Module: mod, Input: []byte(in), Args: args,
					HTTP: httpcall.NewSession(declared, nil, fetcher)})
				if err != nil {
					t.Fatal(err)
				}
				return res
			}
			expect(t, call(srv.URL+"/a?x=\"1\"\n", hosts), engine.StatusOK, 0, "200\n{\"quote\":\"say \\\"hi\\\"\",\"path\":\"/a\"}")
			expect(t, call(srv.URL+"/missing\n", hosts, "majority"), engine.StatusOK, 0, "404\n404 page not found\n")
			res := call(srv.URL+"/a\n", nil)
			expect(t, res, engine.StatusExitNonZero, 3, "")
			if !strings.Contains(string(res.Stderr), "host not declared by the function") {
				t.Errorf("stderr %q", res.Stderr)
			}
			res = call(srv.URL+"/a\n", hosts, "mean")
			expect(t, res, engine.StatusExitNonZero, 3, "")
			if !strings.Contains(string(res.Stderr), "invalid request") {
				t.Errorf("stderr %q", res.Stderr)
			}
		})
	}
}
