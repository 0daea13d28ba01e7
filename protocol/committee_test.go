package protocol

import (
	"math/big"
	"reflect"
	"testing"

	"github.com/blockless/avs/bindings/taskmanager"
)

func TestCommitteeCertificateRoundTrip(t *testing.T) {
	n := func(v int64) *big.Int { return big.NewInt(v) }
	c := CommitteeCertificate{Rounds: []uint8{0, 2}, SignerPositions: []uint32{1, 5},
		SignerPubkeys: []taskmanager.BN254G1Point{{X: n(1), Y: n(2)}, {X: n(3), Y: n(4)}},
		ApkG2:         taskmanager.BN254G2Point{X: [2]*big.Int{n(5), n(6)}, Y: [2]*big.Int{n(7), n(8)}},
		Sigma:         taskmanager.BN254G1Point{X: n(9), Y: n(10)}}
	b, err := c.Encode()
	if err != nil {
		t.Fatal(err)
	}
	// abi.encode of a dynamic tuple starts with its offset, 0x20.
	if len(b) < 64 || b[31] != 0x20 {
		t.Fatalf("encoding does not start with the tuple offset: %x", b[:32])
	}
	got, err := DecodeCommitteeCertificate(b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, c) {
		t.Fatalf("round trip: %+v, want %+v", got, c)
	}
	c.SignerPubkeys = c.SignerPubkeys[:1]
	if _, err := c.Encode(); err == nil {
		t.Fatal("encoded a certificate whose positions and keys differ in length")
	}
	if _, err := DecodeCommitteeCertificate(b[:40]); err == nil {
		t.Fatal("decoded truncated bytes")
	}
}
