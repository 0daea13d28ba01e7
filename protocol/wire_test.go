package protocol

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"

	"github.com/blockless/avs/protocol/onchain"
)

// The aggregator verifies a signature against the response it rebuilds from the wire, so every
// signed field, the metered fuel included, must survive the JSON round trip.
func TestSignedResponseRoundTripKeepsSignedFields(t *testing.T) {
	kp, err := bls.GenRandomBlsKeys()
	if err != nil {
		t.Fatal(err)
	}
	resp := NewResponse(7, onchain.StatusOK, []byte("out"))
	resp.FuelUsed = 123_456
	raw, err := json.Marshal(NewSignedResponse(resp, [32]byte{1}, kp, [32]byte{2}))
	if err != nil {
		t.Fatal(err)
	}
	var got SignedResponse
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatal(err)
	}
	if back := got.Response(); !reflect.DeepEqual(back, resp) {
		t.Fatalf("round trip: got %+v, want %+v", back, resp)
	}
}
