package httpcall

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strconv"
	"strings"
)

// Caps on what RuleMedian reads from a body. Like the other caps they are
// protocol constants: every party must accept and reject the same bodies.
const (
	// maxNumberLen caps the literal (JSON number or numeric string) at a
	// median path.
	maxNumberLen = 100
	// maxNumberExp caps the magnitude of a literal's decimal exponent, so
	// "1e999999999" cannot make an exact value of gigabytes.
	maxNumberExp = 1000
	// maxJSONDepth caps the nesting of a body RuleMedian reads. It is ours,
	// not encoding/json's (10000), so a library change cannot make parties
	// disagree on which bodies count.
	maxJSONDepth = 128
)

// ErrNoQuorum: no request at the next position of the transcript is backed
// by a quorum of stake, so a round adds nothing.
var ErrNoQuorum = errors.New("httpcall: the operators' next requests do not reach a quorum")

// Observation is one operator's response to a call, weighted by its stake.
type Observation struct {
	Weight   *big.Int
	Response Response
}

// Report is one operator's observations in a round: the calls its run made
// beyond the agreed prefix, in order (Calls[0] is call number len(prefix)).
type Report struct {
	Weight *big.Int
	Calls  []Entry
}

// Agree returns the agreed response for one call under rule, given the
// observations of the operators that made this exact call, and quorum (the
// stake that must back a result; nil or <= 0: any positive stake). It never
// fails: without agreement it returns Response{Error: ErrNoAgree}.
//
// Observations with a nil or non-positive weight, or a response that could
// not stand in a transcript (Entry.Validate), count as not made. Ties go to
// the smallest ResponseDigest, so the result does not depend on the order
// of obs. The returned body shares memory with the observation it came from.
func Agree(rule Rule, obs []Observation, quorum *big.Int) Response {
	switch rule.Kind {
	case RuleIdentical, "": // "" parses as identical (ParseRule)
		return agreeTally(false, obs, quorum)
	case RuleMajority:
		return agreeTally(true, obs, quorum)
	case RuleMedian:
		if _, err := ParseRule(rule.String()); err != nil {
			return noAgreement()
		}
		return agreeMedian(strings.Split(rule.Path, "."), obs, quorum)
	}
	return noAgreement()
}

func noAgreement() Response { return Response{Error: ErrNoAgree} }

// agreeTally is RuleIdentical and, with majority, RuleMajority.
func agreeTally(majority bool, obs []Observation, quorum *big.Int) Response {
	type tally struct {
		d [32]byte
		w *big.Int
		r Response
	}
	byDigest := map[[32]byte]*tally{}
	total := new(big.Int)
	for _, o := range obs {
		w := weightOf(o.Weight)
		if w == nil || !validResponse(o.Response) {
			continue
		}
		d := ResponseDigest(o.Response)
		t := byDigest[d]
		if t == nil {
			t = &tally{d: d, w: new(big.Int), r: o.Response}
			byDigest[d] = t
		}
		t.w.Add(t.w, w)
		total.Add(total, w)
	}
	var best *tally
	for _, t := range byDigest {
		if best == nil || t.w.Cmp(best.w) > 0 || (t.w.Cmp(best.w) == 0 && bytes.Compare(t.d[:], best.d[:]) < 0) {
			best = t
		}
	}
	if best == nil {
		return noAgreement()
	}
	if majority {
		// The reporting stake must be a quorum, and the top response more
		// than half of it.
		twice := new(big.Int).Lsh(best.w, 1)
		if !reaches(total, quorum) || twice.Cmp(total) <= 0 {
			return noAgreement()
		}
	} else if !reaches(best.w, quorum) {
		return noAgreement()
	}
	return normalResponse(best.r)
}

// agreeMedian is RuleMedian: the stake-weighted lower median of the number
// at path over 200 responses carrying one.
func agreeMedian(path []string, obs []Observation, quorum *big.Int) Response {
	type num struct {
		v *big.Rat
		d [32]byte
		w *big.Int
		r Response
	}
	// Honest operators mostly see the same bytes: read each body once.
	type parsed struct {
		v  *big.Rat
		ok bool
	}
	cache := map[[32]byte]parsed{}
	var nums []num
	total := new(big.Int)
	for _, o := range obs {
		w := weightOf(o.Weight)
		r := o.Response
		if w == nil || r.Error != OK || r.Status != 200 || !validResponse(r) {
			continue
		}
		d := ResponseDigest(r)
		p, seen := cache[d]
		if !seen {
			p.v, p.ok = numberAt(r.Body, path)
			cache[d] = p
		}
		if !p.ok {
			continue
		}
		nums = append(nums, num{v: p.v, d: d, w: w, r: r})
		total.Add(total, w)
	}
	if !reaches(total, quorum) {
		// No median without numbers; an outcome a quorum shares (all timed
		// out, all got the same 404) is still agreed, as under identical.
		return agreeTally(false, obs, quorum)
	}
	slices.SortFunc(nums, func(a, b num) int {
		if c := a.v.Cmp(b.v); c != 0 {
			return c
		}
		return bytes.Compare(a.d[:], b.d[:])
	})
	cum, twice := new(big.Int), new(big.Int)
	for _, n := range nums {
		cum.Add(cum, n.w)
		if twice.Lsh(cum, 1).Cmp(total) >= 0 {
			return normalResponse(n.r)
		}
	}
	return noAgreement() // unreachable: cum reaches total
}

// Extend derives the entries to append to the agreed prefix from a round's
// reports. Call by call, the request backed by the most stake (ties: the
// smallest RequestDigest) must reach quorum; its rule then picks the
// response among the observations of the operators that made it (Agree).
// Only those operators whose response was exactly the agreed one stay for
// the next call: their later requests were computed from the data the
// function will see, the others' may not have been.
//
// A report's calls count up to its first invalid entry (Entry.Validate),
// and at most MaxCalls of them; reports with a nil or non-positive weight
// count as not made. At most MaxCalls entries are returned; the caller
// checks that the prefix and the returned entries together respect the
// transcript's caps. Without any entry it returns an error wrapping
// ErrNoQuorum.
func Extend(reports []Report, quorum *big.Int) ([]Entry, error) {
	type member struct {
		w     *big.Int
		calls []Entry
	}
	var eligible []*member
	for _, r := range reports {
		w := weightOf(r.Weight)
		if w == nil {
			continue
		}
		calls := r.Calls[:min(len(r.Calls), MaxCalls)]
		n := 0
		for n < len(calls) && calls[n].Validate() == nil {
			n++
		}
		if n > 0 {
			eligible = append(eligible, &member{w: w, calls: calls[:n]})
		}
	}
	if len(eligible) == 0 {
		return nil, fmt.Errorf("%w: no report with stake holds a valid call", ErrNoQuorum)
	}

	type group struct {
		d       [32]byte
		w       *big.Int
		members []*member
	}
	var out []Entry
	for i := 0; i < MaxCalls && len(eligible) > 0; i++ {
		groups := map[[32]byte]*group{}
		for _, m := range eligible {
			if i >= len(m.calls) {
				continue
			}
			d := RequestDigest(m.calls[i].Request)
			g := groups[d]
			if g == nil {
				g = &group{d: d, w: new(big.Int)}
				groups[d] = g
			}
			g.w.Add(g.w, m.w)
			g.members = append(g.members, m)
		}
		var best *group
		for _, g := range groups {
			if best == nil || g.w.Cmp(best.w) > 0 || (g.w.Cmp(best.w) == 0 && bytes.Compare(g.d[:], best.d[:]) < 0) {
				best = g
			}
		}
		if best == nil || !reaches(best.w, quorum) {
			if len(out) == 0 {
				w := new(big.Int)
				if best != nil {
					w = best.w
				}
				return nil, fmt.Errorf("%w: the best-backed first request has stake %s of %s needed", ErrNoQuorum, w, quorumString(quorum))
			}
			break
		}
		obs := make([]Observation, len(best.members))
		for j, m := range best.members {
			obs[j] = Observation{Weight: m.w, Response: m.calls[i].Response}
		}
		req := best.members[0].calls[i].Request
		agreed := Agree(req.Rule, obs, quorum)
		out = append(out, Entry{Request: normalRequest(req), Response: agreed})

		ad := ResponseDigest(agreed)
		var next []*member
		for _, m := range best.members {
			if ResponseDigest(m.calls[i].Response) == ad {
				next = append(next, m)
			}
		}
		eligible = next
	}
	return out, nil
}

// numberAt reads the number at path in a JSON body, as RuleMedian does:
// each segment is an object key or, in an array, a decimal index; the value
// is a JSON number or a string holding one (parseDecimal). The whole body
// must be valid JSON nested at most maxJSONDepth deep, and no object on the
// path may repeat the key the path takes (parsers disagree on which one
// counts, so the value a function reads could differ from the one agreed).
// It streams: memory stays small whatever the body holds off the path.
func numberAt(body []byte, path []string) (*big.Rat, bool) {
	if len(path) == 0 || !shallow(body, maxJSONDepth) || !json.Valid(body) {
		return nil, false
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	lit, ok := walk(dec, path)
	if !ok {
		return nil, false
	}
	return parseDecimal(lit)
}

// walk consumes the next value of dec and returns the literal at path in
// it. A value on the path is read to its end, so that its parent can still
// check its own keys for duplicates.
func walk(dec *json.Decoder, path []string) (string, bool) {
	tok, err := dec.Token()
	if err != nil {
		return "", false
	}
	if len(path) == 0 {
		switch t := tok.(type) {
		case json.Number:
			return string(t), true
		case string:
			return t, true
		}
		return "", false
	}
	var lit string
	found := false
	switch tok {
	case json.Delim('{'):
		for dec.More() {
			kt, err := dec.Token()
			k, isKey := kt.(string)
			if err != nil || !isKey {
				return "", false
			}
			if k != path[0] {
				if dec.Decode(&skipValue{}) != nil {
					return "", false
				}
				continue
			}
			if found {
				return "", false
			}
			if lit, found = walk(dec, path[1:]); !found {
				return "", false
			}
		}
	case json.Delim('['):
		idx, ok := arrayIndex(path[0])
		if !ok {
			return "", false
		}
		for n := 0; dec.More(); n++ {
			if n != idx {
				if dec.Decode(&skipValue{}) != nil {
					return "", false
				}
				continue
			}
			if lit, found = walk(dec, path[1:]); !found {
				return "", false
			}
		}
	default:
		return "", false
	}
	if _, err := dec.Token(); err != nil || !found { // the closing delimiter
		return "", false
	}
	return lit, true
}

// skipValue consumes a JSON value without keeping it.
type skipValue struct{}

func (*skipValue) UnmarshalJSON([]byte) error { return nil }

// arrayIndex reads a path segment as an array index: decimal digits only.
func arrayIndex(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// shallow reports that body's arrays and objects nest at most limit deep.
// It only counts brackets outside strings; json.Valid checks the rest.
func shallow(body []byte, limit int) bool {
	depth, inString, escaped := 0, false, false
	for _, c := range body {
		switch {
		case inString:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
		case c == '"':
			inString = true
		case c == '[' || c == '{':
			if depth++; depth > limit {
				return false
			}
		case c == ']' || c == '}':
			depth--
		}
	}
	return true
}

// parseDecimal reads a decimal number in JSON's number grammar
// (-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?) exactly: no NaN,
// infinities, hex, signs other than a leading minus, or spaces; at most
// maxNumberLen characters and an exponent of at most maxNumberExp.
// (big.Rat.SetString alone would also take "1/2", "0x1p4" and exponents
// that cost gigabytes.)
func parseDecimal(s string) (*big.Rat, bool) {
	if s == "" || len(s) > maxNumberLen {
		return nil, false
	}
	digits := func(i int) int {
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		return i
	}
	i, neg := 0, false
	if s[0] == '-' {
		i, neg = 1, true
	}
	j := digits(i)
	intPart := s[i:j]
	if intPart == "" || (len(intPart) > 1 && intPart[0] == '0') {
		return nil, false
	}
	i = j
	frac := ""
	if i < len(s) && s[i] == '.' {
		j = digits(i + 1)
		if frac = s[i+1 : j]; frac == "" {
			return nil, false
		}
		i = j
	}
	exp := 0
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		expNeg := false
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			expNeg = s[i] == '-'
			i++
		}
		j = digits(i)
		if j == i {
			return nil, false
		}
		for _, c := range []byte(s[i:j]) {
			if exp = exp*10 + int(c-'0'); exp > maxNumberExp {
				return nil, false
			}
		}
		if expNeg {
			exp = -exp
		}
		i = j
	}
	if i != len(s) {
		return nil, false
	}
	mant, ok := new(big.Int).SetString(intPart+frac, 10)
	if !ok {
		return nil, false
	}
	if neg {
		mant.Neg(mant)
	}
	// value = mant * 10^e, |e| <= maxNumberExp+maxNumberLen.
	e := exp - len(frac)
	pow := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(max(e, -e))), nil)
	if e >= 0 {
		return new(big.Rat).SetInt(mant.Mul(mant, pow)), true
	}
	return new(big.Rat).SetFrac(mant, pow), true
}

// weightOf is w when positive, else nil (not counted).
func weightOf(w *big.Int) *big.Int {
	if w == nil || w.Sign() <= 0 {
		return nil
	}
	return w
}

// reaches reports that stake w is positive and at least quorum (any
// positive stake when quorum is nil or not positive).
func reaches(w, quorum *big.Int) bool {
	if w == nil || w.Sign() <= 0 {
		return false
	}
	return quorum == nil || quorum.Sign() <= 0 || w.Cmp(quorum) >= 0
}

func quorumString(q *big.Int) string {
	if q == nil || q.Sign() <= 0 {
		return "any positive stake"
	}
	return q.String()
}

// probeRequest is a well-formed request, so that validResponse applies
// exactly Entry.Validate's rules for responses.
var probeRequest = Request{Method: "GET", URL: "http://probe", Rule: Rule{Kind: RuleIdentical}}

// validResponse reports that r may stand in a transcript: a known outcome
// class, a status in range, a body within MaxResponseBytes.
func validResponse(r Response) bool {
	return Entry{Request: probeRequest, Response: r}.Validate() == nil
}

// normalResponse and normalRequest pick one representation of values with
// equal digests (nil for empty slices, no path on rules that ignore it),
// so the entries Extend returns do not depend on whose copy was taken.
func normalResponse(r Response) Response {
	if len(r.Body) == 0 {
		r.Body = nil
	}
	return r
}

func normalRequest(r Request) Request {
	if len(r.Headers) == 0 {
		r.Headers = nil
	}
	if len(r.Body) == 0 {
		r.Body = nil
	}
	if r.Rule.Kind != RuleMedian {
		r.Rule.Path = ""
	}
	return r
}
