package protocol

import (
	"math/big"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"

	"github.com/blockless/avs/httpcall"
)

func TestObservationsSignVerify(t *testing.T) {
	kp, err := bls.NewKeyPairFromString("12345")
	if err != nil {
		t.Fatal(err)
	}
	other, _ := bls.NewKeyPairFromString("777")
	chainID, tm := big.NewInt(31337), common.Address{7}
	calls := httpcall.Transcript{{
		Request:  httpcall.Request{Method: "GET", URL: "http://a.example/p", Rule: httpcall.Rule{Kind: httpcall.RuleIdentical}},
		Response: httpcall.Response{Status: 200, Body: []byte("42")},
	}}
	o := NewObservations(chainID, tm, 3, [32]byte{1}, nil, calls, kp)
	if err := o.Validate(); err != nil {
		t.Fatal(err)
	}
	if err := o.Verify(chainID, tm); err != nil {
		t.Fatalf("valid observations: %v", err)
	}
	tamper := map[string]func(o *Observations){
		"body": func(o *Observations) {
			o.Calls = httpcall.Transcript{o.Calls[0]}
			o.Calls[0].Response.Body = []byte("43")
		},
		"chain":       func(o *Observations) { o.TaskHash[0] ^= 1 },
		"prefix":      func(o *Observations) { o.PrefixLen++ },
		"other id":    func(o *Observations) { o.OperatorID = OperatorIDOf(other.PubKey) },
		"other keys":  func(o *Observations) { o.PubkeyG2 = G2JSONOf(other.GetPubKeyG2()) },
		"both keys":   func(o *Observations) { o.PubkeyG1, o.PubkeyG2 = G1JSONOf(other.PubKey), G2JSONOf(other.GetPubKeyG2()) },
		"bad G2":      func(o *Observations) { o.PubkeyG2.X[0] = "1" },
		"field bound": func(o *Observations) { o.PubkeyG2.Y[1] = "-1" },
	}
	for name, f := range tamper {
		c := o
		c.Calls = append(httpcall.Transcript(nil), o.Calls...)
		f(&c)
		if err := c.Verify(chainID, tm); err == nil {
			t.Errorf("%s: tampered observations verify", name)
		}
	}
	if err := o.Verify(big.NewInt(1), tm); err == nil {
		t.Error("observations verify for another chain")
	}
	if OperatorIDOf(kp.PubKey) != o.OperatorID || o.OperatorID == (common.Hash{}) {
		t.Error("operator id")
	}
}

// Three operators fetch a price that differs between them; the transcript
// derived from their signed reports verifies, and every kind of tampering
// by the party that assembled it is caught.
func TestVerifyTaskTranscript(t *testing.T) {
	chainID, tm, taskHash := big.NewInt(31337), common.Address{7}, common.Hash{9}
	var keys []*bls.KeyPair
	stakes := map[common.Hash]*big.Int{}
	for i, sk := range []string{"11", "22", "33"} {
		kp, err := bls.NewKeyPairFromString(sk)
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, kp)
		stakes[OperatorIDOf(kp.PubKey)] = big.NewInt(int64(10 + i))
	}
	quorum := FetchQuorum(big.NewInt(33), 67) // 23
	req := httpcall.Request{Method: "GET", URL: "http://p.example/x", Rule: httpcall.Rule{Kind: httpcall.RuleMedian, Path: "p"}}
	var reports []Observations
	var hc []httpcall.Report
	for i, kp := range keys {
		calls := httpcall.Transcript{{Request: req, Response: httpcall.Response{Status: 200, Body: []byte(`{"p":` + string(rune('1'+i)) + `}`)}}}
		o := NewObservations(chainID, tm, 5, taskHash, nil, calls, kp)
		reports = append(reports, o)
		hc = append(hc, httpcall.Report{Weight: stakes[o.OperatorID], Calls: o.Calls})
	}
	added, err := httpcall.Extend(hc, quorum)
	if err != nil || len(added) != 1 || string(added[0].Response.Body) != `{"p":2}` {
		t.Fatalf("extend: %v %+v", err, added)
	}
	tr := httpcall.Transcript(added)
	good := TaskTranscript{TaskID: 5, TaskHash: taskHash, Transcript: tr, Digest: tr.Digest(),
		Rounds: []TranscriptRound{{PrefixLen: 0, Added: 1, Reports: reports}}}
	if err := VerifyTaskTranscript(good, chainID, tm, taskHash, stakes, quorum); err != nil {
		t.Fatalf("honest transcript: %v", err)
	}
	clone := func() TaskTranscript {
		c := good
		c.Transcript = append(httpcall.Transcript(nil), good.Transcript...)
		c.Rounds = []TranscriptRound{good.Rounds[0]}
		c.Rounds[0].Reports = append([]Observations(nil), reports...)
		return c
	}
	tamper := map[string]func(*TaskTranscript){
		"another body": func(c *TaskTranscript) {
			c.Transcript[0].Response.Body = []byte(`{"p":3}`)
			c.Digest = c.Transcript.Digest()
		},
		"digest":          func(c *TaskTranscript) { c.Digest[0] ^= 1 },
		"dropped report":  func(c *TaskTranscript) { c.Rounds[0].Reports = c.Rounds[0].Reports[:1] },
		"repeated report": func(c *TaskTranscript) { c.Rounds[0].Reports[1] = c.Rounds[0].Reports[0] },
		"no round":        func(c *TaskTranscript) { c.Rounds = nil },
		"unjustified call": func(c *TaskTranscript) {
			c.Transcript = append(c.Transcript, c.Transcript[0])
			c.Digest = c.Transcript.Digest()
		},
		"forged report": func(c *TaskTranscript) {
			c.Rounds[0].Reports[2].Calls = httpcall.Transcript{{Request: req, Response: httpcall.Response{Status: 200, Body: []byte(`{"p":2}`)}}}
		},
		"other task": func(c *TaskTranscript) { c.TaskHash = common.Hash{1} },
	}
	for name, f := range tamper {
		c := clone()
		f(&c)
		if err := VerifyTaskTranscript(c, chainID, tm, taskHash, stakes, quorum); err == nil {
			t.Errorf("%s: tampered transcript verifies", name)
		}
	}
	// An operator without stake does not count.
	delete(stakes, reports[0].OperatorID)
	if err := VerifyTaskTranscript(good, chainID, tm, taskHash, stakes, quorum); err == nil {
		t.Error("a report of an operator without stake counted")
	}
}
