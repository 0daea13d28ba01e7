package httpcall

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"time"
)

func w(n int64) *big.Int { return big.NewInt(n) }

func ok200(body string) Response { return Response{Status: 200, Body: []byte(body)} }

func ob(weight int64, r Response) Observation { return Observation{Weight: w(weight), Response: r} }

var (
	identical = Rule{Kind: RuleIdentical}
	majority  = Rule{Kind: RuleMajority}
)

func median(path string) Rule { return Rule{Kind: RuleMedian, Path: path} }

func noAgree(r Response) bool { return r.Error == ErrNoAgree && r.Status == 0 && r.Body == nil }

func sameResponse(a, b Response) bool { return ResponseDigest(a) == ResponseDigest(b) }

// agreeAnyOrder runs Agree on obs and on 20 shuffles of it, and fails when
// a shuffle changes the result.
func agreeAnyOrder(t *testing.T, rule Rule, obs []Observation, quorum *big.Int) Response {
	t.Helper()
	want := Agree(rule, obs, quorum)
	rng := rand.New(rand.NewSource(1))
	for range 20 {
		c := append([]Observation(nil), obs...)
		rng.Shuffle(len(c), func(i, j int) { c[i], c[j] = c[j], c[i] })
		if got := Agree(rule, c, quorum); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: order changes the result: %+v vs %+v", rule, got, want)
		}
	}
	return want
}

func TestAgreeIdentical(t *testing.T) {
	a, b := ok200(`{"v":1}`), ok200(`{"v":2}`)
	got := agreeAnyOrder(t, identical, []Observation{ob(3, a), ob(3, a), ob(2, b), ob(1, b)}, w(6))
	if !sameResponse(got, a) {
		t.Errorf("identical with a quorum: got %+v", got)
	}
	// A split: the top response holds 5 of the 6 needed.
	if got := agreeAnyOrder(t, identical, []Observation{ob(3, a), ob(2, a), ob(3, b), ob(1, b)}, w(6)); !noAgree(got) {
		t.Errorf("split: got %+v, want no agreement", got)
	}
	// Status is part of the response.
	if got := agreeAnyOrder(t, identical, []Observation{ob(3, a), ob(3, Response{Status: 500, Body: a.Body})}, w(4)); !noAgree(got) {
		t.Errorf("same body, different status: got %+v", got)
	}
	// Errors are values: every operator timing out agrees on it.
	to := Response{Error: ErrTimeout}
	if got := agreeAnyOrder(t, identical, []Observation{ob(2, to), ob(2, to), ob(1, a)}, w(4)); !reflect.DeepEqual(got, to) {
		t.Errorf("timeouts: got %+v", got)
	}
	// The rule kind "" is identical.
	if got := Agree(Rule{}, []Observation{ob(5, a)}, w(5)); !sameResponse(got, a) {
		t.Errorf("empty rule kind: got %+v", got)
	}
}

func TestAgreeTies(t *testing.T) {
	a, b := ok200("a"), ok200("b")
	small, large := a, b
	if da, db := ResponseDigest(a), ResponseDigest(b); bytes.Compare(da[:], db[:]) > 0 {
		small, large = b, a
	}
	for _, rule := range []Rule{identical, {}} {
		got := agreeAnyOrder(t, rule, []Observation{ob(2, large), ob(2, small)}, nil)
		if !sameResponse(got, small) {
			t.Errorf("%s tie: got %q, want the smallest digest %q", rule, got.Body, small.Body)
		}
	}
	// A median tie on value (1.10 == 1.1) also goes to the smallest digest.
	x, y := ok200(`{"p":1.10}`), ok200(`{"p":"1.1"}`)
	sx, lx := x, y
	if dx, dy := ResponseDigest(x), ResponseDigest(y); bytes.Compare(dx[:], dy[:]) > 0 {
		sx, lx = y, x
	}
	got := agreeAnyOrder(t, median("p"), []Observation{ob(1, lx), ob(1, sx), ob(3, ok200(`{"p":0.5}`)), ob(3, ok200(`{"p":5}`))}, w(8))
	if !sameResponse(got, sx) {
		t.Errorf("median value tie: got %s, want %s", got.Body, sx.Body)
	}
}

func TestAgreeMajority(t *testing.T) {
	a, b, c := ok200("a"), ok200("b"), ok200("c")
	if got := agreeAnyOrder(t, majority, []Observation{ob(4, a), ob(2, b), ob(1, c)}, w(7)); !sameResponse(got, a) {
		t.Errorf("4 of 7: got %+v, want a", got)
	}
	// The top response needs strictly more than half of the reporting stake.
	if got := agreeAnyOrder(t, majority, []Observation{ob(3, a), ob(2, b), ob(1, c)}, w(5)); !noAgree(got) {
		t.Errorf("3 of 6: got %+v, want no agreement", got)
	}
	if got := agreeAnyOrder(t, majority, []Observation{ob(3, a), ob(3, b)}, w(5)); !noAgree(got) {
		t.Errorf("exactly half: got %+v, want no agreement", got)
	}
	// The reporting stake must be a quorum, even when unanimous.
	if got := agreeAnyOrder(t, majority, []Observation{ob(2, a), ob(2, a)}, w(5)); !noAgree(got) {
		t.Errorf("unanimous below quorum: got %+v, want no agreement", got)
	}
	// Majority is looser than identical: 4 of 7 is not a quorum of 5.
	obs := []Observation{ob(4, a), ob(3, b)}
	if got := Agree(majority, obs, w(5)); !sameResponse(got, a) {
		t.Errorf("majority 4 of 7: got %+v", got)
	}
	if got := Agree(identical, obs, w(5)); !noAgree(got) {
		t.Errorf("identical 4 of 5 needed: got %+v", got)
	}
}

func TestAgreeWeights(t *testing.T) {
	a, b := ok200("a"), ok200("b")
	obs := []Observation{{Weight: nil, Response: b}, {Weight: w(-5), Response: b}, {Weight: w(0), Response: b}, ob(1, a)}
	for _, rule := range []Rule{identical, majority} {
		for _, q := range []*big.Int{nil, w(0), w(-1), w(1)} {
			if got := agreeAnyOrder(t, rule, obs, q); !sameResponse(got, a) {
				t.Errorf("%s quorum %v: got %+v, want a (zero weights ignored)", rule, q, got)
			}
		}
	}
	zero := []Observation{{Weight: nil, Response: a}, {Weight: w(0), Response: a}}
	for _, rule := range []Rule{identical, majority, median("v")} {
		if got := Agree(rule, zero, nil); !noAgree(got) {
			t.Errorf("%s without stake: got %+v", rule, got)
		}
		if got := Agree(rule, nil, nil); !noAgree(got) {
			t.Errorf("%s without observations: got %+v", rule, got)
		}
	}
	// The inputs are not modified.
	q := w(3)
	in := []Observation{ob(2, a), ob(2, a)}
	Agree(identical, in, q)
	Agree(median("x"), in, q)
	if q.Int64() != 3 || in[0].Weight.Int64() != 2 || in[1].Weight.Int64() != 2 {
		t.Error("Agree changed its inputs")
	}
}

func TestAgreeInvalid(t *testing.T) {
	a := ok200("a")
	bad := []Response{
		{Error: "bogus"},
		{Error: ErrTimeout, Status: 200},
		{Error: ErrNetwork, Body: []byte("x")},
		{Status: 99, Body: []byte("a")},
		{Status: 1000},
		{Status: 200, Body: make([]byte, MaxResponseBytes+1)},
	}
	for _, r := range bad {
		obs := []Observation{ob(5, r), ob(5, r), ob(1, a)}
		if got := agreeAnyOrder(t, identical, obs, w(1)); !sameResponse(got, a) {
			t.Errorf("invalid response %q/%d counted: got %+v", r.Error, r.Status, got)
		}
	}
	for _, rule := range []Rule{{Kind: "bogus"}, {Kind: RuleMedian}, {Kind: RuleMedian, Path: "a..b"}} {
		if got := Agree(rule, []Observation{ob(5, ok200(`{"a":{"b":1}}`))}, nil); !noAgree(got) {
			t.Errorf("rule %q: got %+v", rule, got)
		}
	}
}

func TestAgreeMedian(t *testing.T) {
	p := func(v string) Response { return ok200(`{"price":` + v + `}`) }
	obs := []Observation{ob(1, p("10")), ob(1, p("12")), ob(1, p(`"11.5"`)), ob(1, p("1e1")), ob(1, p("13"))}
	if got := agreeAnyOrder(t, median("price"), obs, w(5)); !sameResponse(got, p(`"11.5"`)) {
		t.Errorf("median of 10,12,11.5,10,13: got %s", got.Body)
	}
	// Lower median: with 1 and 2 at equal weight, 1.
	if got := agreeAnyOrder(t, median("price"), []Observation{ob(1, p("2")), ob(1, p("1"))}, nil); !sameResponse(got, p("1")) {
		t.Errorf("lower median: got %s", got.Body)
	}
	// Stake-weighted: 3 at weight 5 outweighs 1 and 2.
	if got := agreeAnyOrder(t, median("price"), []Observation{ob(1, p("1")), ob(1, p("2")), ob(5, p("3"))}, nil); !sameResponse(got, p("3")) {
		t.Errorf("weighted median: got %s", got.Body)
	}
	// Exact, not float64: these differ only past float64's precision.
	lo, hi := p(`"0.30000000000000000001"`), p(`"0.30000000000000000002"`)
	if got := agreeAnyOrder(t, median("price"), []Observation{ob(1, hi), ob(1, lo)}, nil); !sameResponse(got, lo) {
		t.Errorf("exact comparison: got %s", got.Body)
	}
	// Below quorum of numeric stake.
	if got := agreeAnyOrder(t, median("price"), obs, w(6)); !noAgree(got) {
		t.Errorf("numeric stake 5 of 6: got %s", got.Body)
	}
}

func TestAgreeMedianPaths(t *testing.T) {
	bodies := []string{
		`{"data":[{"price":"101.5"}]}`,
		`{"data":[{"price":99},{"price":1}]}`,
		`{"data":[{"price":100,"x":[1,2,{"y":"z"}]}],"other":{"price":7}}`,
	}
	var obs []Observation
	for _, b := range bodies {
		obs = append(obs, ob(1, ok200(b)))
	}
	if got := agreeAnyOrder(t, median("data.0.price"), obs, w(3)); string(got.Body) != bodies[2] {
		t.Errorf("data.0.price: got %s", got.Body)
	}
	// An object's key "0" is a key, not an index.
	if v, ok := numberAt([]byte(`{"a":{"0":5}}`), []string{"a", "0"}); !ok || v.Cmp(big.NewRat(5, 1)) != 0 {
		t.Errorf("object key 0: %v %v", v, ok)
	}
	// Escaped keys compare by their value.
	if v, ok := numberAt([]byte(`{"pr\u0069ce":5}`), []string{"price"}); !ok || v.Cmp(big.NewRat(5, 1)) != 0 {
		t.Errorf("escaped key: %v %v", v, ok)
	}
	cases := map[string]bool{
		`{"a":[1,2,{"b":-0.25e-1}]}`:      true,
		`{"a":[1,2,{"b":"3"}],"z":1}`:     true,
		`{"a":[1,2]}`:                     false, // index out of range
		`{"a":{"2":{"b":1}}}`:             true,
		`{"a":[1,2,{"b":1}]} x`:           false, // not one JSON value
		`{"a":[1,2,{"b":1}]`:              false,
		`{"a":[1,2,{"b":[1]}]}`:           false,
		`{"a":[1,2,{"b":null}]}`:          false,
		`{"a":[1,2,{"b":true}]}`:          false,
		`{"a":[1,2,{"b":1,"b":1}]}`:       false, // duplicate key on the path
		`{"a":[1,2,{"b":1}],"a":2}`:       false,
		`{"x":1,"x":2,"a":[0,0,{"b":1}]}`: true, // duplicates off the path do not matter
	}
	for body, want := range cases {
		if _, got := numberAt([]byte(body), []string{"a", "2", "b"}); got != want {
			t.Errorf("numberAt(%s) = %v, want %v", body, got, want)
		}
	}
	for _, seg := range []string{"-1", "+1", "1.0", "x", "99999999999"} {
		if _, ok := numberAt([]byte(`[1,2,3]`), []string{seg}); ok {
			t.Errorf("index %q accepted", seg)
		}
	}
}

func TestParseDecimal(t *testing.T) {
	good := map[string]string{
		"0": "0", "-0": "0", "12.34": "1234/100", "1e2": "100", "1E+2": "100", "-2.5e-1": "-1/4",
		"0.000001": "1/1000000", "1e007": "10000000",
	}
	for s, want := range good {
		v, ok := parseDecimal(s)
		w, _ := new(big.Rat).SetString(want)
		if !ok || v.Cmp(w) != 0 {
			t.Errorf("parseDecimal(%q) = %v, %v; want %s", s, v, ok, want)
		}
	}
	bad := []string{"", "NaN", "nan", "Infinity", "-Infinity", "inf", "0x10", "0b1", "1/2", "+1", " 1", "1 ", "01",
		"1.", ".5", "1e", "1e+", "--1", "1_000", "1,5", "١", "1e1001", "1e-1001", "1e999999999999999999999",
		strings.Repeat("1", 101)}
	for _, s := range bad {
		if v, ok := parseDecimal(s); ok {
			t.Errorf("parseDecimal(%q) = %v, want rejected", s, v)
		}
	}
	if _, ok := parseDecimal(strings.Repeat("9", 100)); !ok {
		t.Error("a 100-digit literal is rejected")
	}
}

func TestAgreeMedianIgnoresNonNumeric(t *testing.T) {
	good := ok200(`{"p":5}`)
	ignored := []Response{
		{Status: 500, Body: []byte(`{"p":1}`)},
		{Status: 201, Body: []byte(`{"p":1}`)},
		{Error: ErrTimeout},
		ok200(`not json`),
		ok200(``),
		ok200(`{"p":"abc"}`),
		ok200(`{"p":"NaN"}`),
		ok200(`{"p":"0x1"}`),
		ok200(`{"q":1}`),
		ok200(`{"p":{"v":1}}`),
		ok200(`[1]`),
	}
	var obs []Observation
	for _, r := range ignored {
		obs = append(obs, ob(10, r))
	}
	obs = append(obs, ob(1, good))
	if got := agreeAnyOrder(t, median("p"), obs, w(1)); !sameResponse(got, good) {
		t.Errorf("got %+v, want the only numeric response", got)
	}
	// Numbers short of the quorum: the identical rule decides, and no
	// single other response has the quorum either.
	if got := Agree(median("p"), obs, w(11)); !noAgree(got) {
		t.Errorf("numeric stake 1 of 11: got %+v", got)
	}
	// An outcome a quorum shares is agreed without numbers.
	timeouts := []Observation{ob(5, Response{Error: ErrTimeout}), ob(6, Response{Error: ErrTimeout}), ob(1, good)}
	if got := agreeAnyOrder(t, median("p"), timeouts, w(11)); got.Error != ErrTimeout {
		t.Errorf("a quorum timed out: got %+v", got)
	}
}

// A liar with less stake than the honest operators cannot move the median
// outside the honest values, whatever it reports.
func TestAgreeMedianLiar(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	lies := []string{"-1e1000", "1e1000", "0", `"-99999999999999999999"`, "1000000"}
	for range 300 {
		var obs []Observation
		honest := new(big.Int)
		lo, hi := big.NewRat(1<<62, 1), big.NewRat(-1, 1)
		for range 1 + rng.Intn(6) {
			wt := int64(1 + rng.Intn(10))
			v := big.NewRat(int64(100+rng.Intn(20)), 1)
			if v.Cmp(lo) < 0 {
				lo = v
			}
			if v.Cmp(hi) > 0 {
				hi = v
			}
			honest.Add(honest, w(wt))
			obs = append(obs, ob(wt, ok200(fmt.Sprintf(`{"p":%s}`, v.FloatString(0)))))
		}
		liar := rng.Int63n(honest.Int64()) // strictly less than the honest stake
		for liar > 0 {
			part := 1 + rng.Int63n(liar)
			liar -= part
			obs = append(obs, ob(part, ok200(`{"p":`+lies[rng.Intn(len(lies))]+`}`)))
		}
		got := agreeAnyOrder(t, median("p"), obs, nil)
		v, ok := numberAt(got.Body, []string{"p"})
		if !ok || v.Cmp(lo) < 0 || v.Cmp(hi) > 0 {
			t.Fatalf("median %s outside honest [%s, %s]", got.Body, lo.FloatString(0), hi.FloatString(0))
		}
	}
}

func TestAgreeMedianHostile(t *testing.T) {
	deep := bytes.Repeat([]byte("["), 1<<20)
	deepObj := []byte(strings.Repeat(`{"p":`, 200) + "1" + strings.Repeat("}", 200))
	hugeNum := []byte(`{"p":` + strings.Repeat("9", MaxResponseBytes-10) + `}`)
	hugeExp := []byte(`{"p":1e999999999}`)
	hugeStr := []byte(`{"p":"` + strings.Repeat("1", 1<<20) + `"}`)
	manyKeys := []byte(`{` + strings.Repeat(`"k":1,`, 300000) + `"p":3}`)
	bracketsInStrings := []byte(`{"s":"` + strings.Repeat("[", 1000) + `","p":4}`)
	start := time.Now()
	for _, b := range [][]byte{deep, deepObj, hugeNum, hugeExp, hugeStr} {
		if _, ok := numberAt(b, []string{"p"}); ok {
			t.Errorf("hostile body of %d bytes read as a number", len(b))
		}
		// Two operators with different hostile bodies: no number, no shared body.
		other := append([]byte(" "), b...)
		if got := Agree(median("p"), []Observation{ob(1, ok200(string(b))), ob(1, ok200(string(other)))}, w(2)); !noAgree(got) {
			t.Errorf("hostile body of %d bytes agreed", len(b))
		}
	}
	if got := Agree(median("p"), []Observation{ob(1, ok200(string(manyKeys)))}, nil); string(got.Body) != string(manyKeys) {
		t.Error("a large flat body is not read")
	}
	if got := Agree(median("p"), []Observation{ob(1, ok200(string(bracketsInStrings)))}, nil); got.Error != OK {
		t.Error("brackets inside strings count as nesting")
	}
	// 129 levels is over the cap, 128 is not.
	at := func(n int) []byte { return []byte(strings.Repeat("[", n) + "1" + strings.Repeat("]", n)) }
	if _, ok := numberAt(at(128), strings.Split(strings.Repeat("0.", 128)[:255], ".")); !ok {
		t.Error("128 levels rejected")
	}
	if _, ok := numberAt(at(129), strings.Split(strings.Repeat("0.", 129)[:257], ".")); ok {
		t.Error("129 levels accepted")
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("hostile bodies took %v", d)
	}
}

// entries of one operator: calls to /0, /1, ... with the given bodies.
func calls(rule Rule, bodies ...string) []Entry {
	var out []Entry
	for i, b := range bodies {
		out = append(out, Entry{
			Request:  Request{Method: "GET", URL: fmt.Sprintf("https://api.example/%d", i), Rule: rule},
			Response: ok200(b),
		})
	}
	return out
}

// extendAnyOrder is agreeAnyOrder for Extend.
func extendAnyOrder(t *testing.T, reports []Report, quorum *big.Int) ([]Entry, error) {
	t.Helper()
	want, wantErr := Extend(reports, quorum)
	rng := rand.New(rand.NewSource(3))
	for range 20 {
		c := append([]Report(nil), reports...)
		rng.Shuffle(len(c), func(i, j int) { c[i], c[j] = c[j], c[i] })
		got, err := Extend(c, quorum)
		if !reflect.DeepEqual(got, want) || (err == nil) != (wantErr == nil) {
			t.Fatalf("order changes Extend: %v %v vs %v %v", got, err, want, wantErr)
		}
	}
	return want, wantErr
}

func TestExtendIdentical(t *testing.T) {
	bodies := make([]string, 10)
	for i := range bodies {
		bodies[i] = fmt.Sprintf(`{"block":%d}`, i)
	}
	reports := []Report{
		{Weight: w(1), Calls: calls(identical, bodies...)},
		{Weight: w(1), Calls: calls(identical, bodies...)},
		{Weight: w(1), Calls: calls(identical, bodies...)},
		{Weight: w(1), Calls: calls(identical, bodies[:4]...)}, // stopped early (e.g. a slower run)
	}
	got, err := extendAnyOrder(t, reports, w(3))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 10 {
		t.Fatalf("extended by %d calls, want 10", len(got))
	}
	for i, e := range got {
		if EntryDigest(e) != EntryDigest(reports[0].Calls[i]) {
			t.Errorf("call %d: %+v", i, e)
		}
	}
	if err := Transcript(got).Validate(); err != nil {
		t.Errorf("extension does not validate: %v", err)
	}
}

func TestExtendStopsAfterMedian(t *testing.T) {
	m := median("price")
	mk := func(price string) []Entry {
		c := calls(m, `{"price":`+price+`}`)
		// The next call depends on the price the run saw.
		return append(c, Entry{Request: Request{Method: "GET", URL: "https://api.example/next?p=" + price, Rule: identical}, Response: ok200("ok")})
	}
	reports := []Report{{Weight: w(1), Calls: mk("10")}, {Weight: w(1), Calls: mk("11")}, {Weight: w(1), Calls: mk("12")}}
	got, err := extendAnyOrder(t, reports, w(2))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || string(got[0].Response.Body) != `{"price":11}` {
		t.Fatalf("got %+v, want the median call alone", got)
	}
	// When a quorum saw the agreed body exactly, the round goes on.
	reports = append(reports, Report{Weight: w(1), Calls: mk("11")})
	got, err = extendAnyOrder(t, reports, w(2))
	if err != nil || len(got) != 2 || got[1].Request.URL != "https://api.example/next?p=11" {
		t.Fatalf("got %+v %v, want two calls", got, err)
	}
}

func TestExtendNoAgreementEndsRound(t *testing.T) {
	reports := []Report{
		{Weight: w(1), Calls: calls(identical, "a", "x")},
		{Weight: w(1), Calls: calls(identical, "b", "x")},
		{Weight: w(1), Calls: calls(identical, "c", "x")},
	}
	got, err := extendAnyOrder(t, reports, w(2))
	if err != nil || len(got) != 1 || !noAgree(got[0].Response) {
		t.Fatalf("got %+v %v, want one no-agreement entry", got, err)
	}
	if err := Transcript(got).Validate(); err != nil {
		t.Errorf("no-agreement entry does not validate: %v", err)
	}
}

func TestExtendNoQuorum(t *testing.T) {
	diverge := []Report{
		{Weight: w(1), Calls: calls(identical, "a")},
		{Weight: w(1), Calls: []Entry{{Request: Request{Method: "GET", URL: "https://other.example/", Rule: identical}, Response: ok200("a")}}},
		{Weight: w(1), Calls: calls(majority, "a")}, // the rule is part of the request
	}
	for name, c := range map[string]struct {
		reports []Report
		quorum  *big.Int
	}{
		"diverging requests": {diverge, w(2)},
		"no reports":         {nil, w(1)},
		"no calls":           {[]Report{{Weight: w(5)}, {Weight: w(5), Calls: []Entry{}}}, w(1)},
		"no stake":           {[]Report{{Weight: nil, Calls: calls(identical, "a")}, {Weight: w(-1), Calls: calls(identical, "a")}}, nil},
		"below quorum":       {[]Report{{Weight: w(4), Calls: calls(identical, "a")}}, w(5)},
	} {
		got, err := extendAnyOrder(t, c.reports, c.quorum)
		if !errors.Is(err, ErrNoQuorum) || got != nil {
			t.Errorf("%s: got %v, %v; want ErrNoQuorum", name, got, err)
		}
	}
	// Equal requests pool their stake; the rule then picks among their observations.
	reports := append(diverge, Report{Weight: w(5), Calls: calls(majority, "b")})
	got, err := extendAnyOrder(t, reports, w(6))
	if err != nil || len(got) != 1 || got[0].Request.Rule != majority || string(got[0].Response.Body) != "b" {
		t.Errorf("got %+v %v", got, err)
	}
}

func TestExtendRequestTie(t *testing.T) {
	a := calls(identical, "a")
	b := []Entry{{Request: Request{Method: "POST", URL: a[0].Request.URL, Rule: identical}, Response: ok200("b")}}
	want := a
	if da, db := RequestDigest(a[0].Request), RequestDigest(b[0].Request); bytes.Compare(db[:], da[:]) < 0 {
		want = b
	}
	got, err := extendAnyOrder(t, []Report{{Weight: w(2), Calls: a}, {Weight: w(2), Calls: b}}, nil)
	if err != nil || len(got) != 1 || EntryDigest(got[0]) != EntryDigest(want[0]) {
		t.Errorf("got %+v %v, want the smallest request digest", got, err)
	}
}

func TestExtendInvalidEntries(t *testing.T) {
	good := calls(identical, "a", "b", "c")
	broken := calls(identical, "a", "b", "c")
	broken[1].Response = Response{Error: "made-up"}
	noMethod := calls(identical, "a", "b", "c")
	noMethod[2].Request.Method = ""
	reports := []Report{{Weight: w(1), Calls: good}, {Weight: w(1), Calls: broken}, {Weight: w(1), Calls: noMethod}}
	got, err := extendAnyOrder(t, reports, w(2))
	// Call 0: all three; call 1: good and noMethod; call 2: good alone.
	if err != nil || len(got) != 2 {
		t.Fatalf("got %+v %v, want two calls", got, err)
	}
	got, err = extendAnyOrder(t, reports, w(3))
	if err != nil || len(got) != 1 {
		t.Fatalf("got %+v %v, want one call", got, err)
	}
	bad := calls(Rule{Kind: "bogus"}, "a")
	if _, err := Extend([]Report{{Weight: w(9), Calls: bad}}, nil); !errors.Is(err, ErrNoQuorum) {
		t.Errorf("invalid rule extended: %v", err)
	}
}

func TestExtendCap(t *testing.T) {
	bodies := make([]string, 3*MaxCalls)
	for i := range bodies {
		bodies[i] = "x"
	}
	got, err := Extend([]Report{{Weight: w(1), Calls: calls(identical, bodies...)}}, nil)
	if err != nil || len(got) != MaxCalls {
		t.Errorf("got %d calls, %v; want %d", len(got), err, MaxCalls)
	}
}

func FuzzAgree(f *testing.F) {
	f.Add([]byte(`{"a":[{"b":1}]}`), []byte(`{"a":[{"b":"2.5"}]}`), []byte(`{"a":[{"b":1e3}]}`), uint8(1), uint8(2), uint8(3), "a.0.b")
	f.Add([]byte(`[[[[`), []byte(`{"a":"NaN"}`), []byte(``), uint8(0), uint8(1), uint8(1), "a")
	f.Fuzz(func(t *testing.T, a, b, c []byte, wa, wb, wc uint8, path string) {
		obs := []Observation{
			{Weight: big.NewInt(int64(wa)), Response: Response{Status: 200, Body: a}},
			{Weight: big.NewInt(int64(wb)), Response: Response{Status: 200, Body: b}},
			{Weight: big.NewInt(int64(wc)), Response: Response{Status: 200, Body: c}},
			{Weight: big.NewInt(int64(wa)), Response: Response{Status: 200, Body: a}},
		}
		rules := []Rule{identical, majority, median("a.0.b"), median("a")}
		if r, err := ParseRule("median:" + path); err == nil {
			rules = append(rules, r)
		}
		for _, rule := range rules {
			for _, q := range []*big.Int{nil, big.NewInt(3)} {
				want := Agree(rule, obs, q)
				if want.Error != OK && want.Error != ErrNoAgree {
					t.Fatalf("unexpected outcome %q", want.Error)
				}
				for _, perm := range [][]int{{3, 2, 1, 0}, {1, 2, 0, 3}, {2, 0, 3, 1}} {
					p := make([]Observation, len(obs))
					for i, j := range perm {
						p[i] = obs[j]
					}
					if got := Agree(rule, p, q); !reflect.DeepEqual(got, want) {
						t.Fatalf("%s: order changes the result", rule)
					}
				}
			}
		}
	})
}

func BenchmarkAgreeMedian(b *testing.B) {
	var obs []Observation
	for i := range 100 {
		var sb strings.Builder
		sb.WriteString(`{"meta":{"source":"bench","items":[`)
		for j := range 20 {
			if j > 0 {
				sb.WriteByte(',')
			}
			fmt.Fprintf(&sb, `{"id":%d,"name":"item-%d","tags":["a","b"]}`, j, j)
		}
		fmt.Fprintf(&sb, `]},"data":[{"symbol":"ETH","price":"%d.%02d"}]}`, 3000+i%7, i)
		obs = append(obs, Observation{Weight: big.NewInt(int64(1 + i%5)), Response: ok200(sb.String())})
	}
	b.SetBytes(int64(len(obs) * len(obs[0].Response.Body)))
	rule := median("data.0.price")
	b.ReportAllocs()
	for b.Loop() {
		if r := Agree(rule, obs, big.NewInt(100)); r.Error != OK {
			b.Fatal("no agreement")
		}
	}
}
