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
		"body":        func(o *Observations) { o.Calls = httpcall.Transcript{o.Calls[0]}; o.Calls[0].Response.Body = []byte("43") },
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
