package protocol

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// SignedResponse is what an operator sends the aggregator (POST /v1/responses, JSON).
// The aggregator recomputes the digest from its own copy of the task, so a response cannot
// smuggle in a different task: a signature over anything else simply fails to verify.
type SignedResponse struct {
	TaskID       uint32      `json:"taskId"`
	Status       uint8       `json:"status"`
	OutputDigest common.Hash `json:"outputDigest"`
	// FuelUsed is the metered fuel the operator signed; the contract refunds the rest of the
	// reservation to the requester, so it is part of the signed response.
	FuelUsed uint64 `json:"fuelUsed"`
	// Output is the inline output (at most MaxInlineOutput bytes), hex; empty when larger.
	Output HexBytes `json:"output"`
	// TranscriptDigest is the digest of the agreed transcript of the
	// function's HTTP calls the result was computed on (zero: none).
	TranscriptDigest common.Hash `json:"transcriptDigest"`
	OperatorID       common.Hash `json:"operatorId"`
	Signature        G1JSON      `json:"signature"`
	// TaskHash is the hash of the task content the operator executed (optional). The signature
	// covers it already (through the response digest); sent in clear, it lets the aggregator
	// tell a reorganisation it has not followed yet (retry later) from a conflicting answer.
	TaskHash common.Hash `json:"taskHash"` // zero: not given
}

// MaxSignedResponseBytes bounds a request body: inline output plus JSON overhead.
const MaxSignedResponseBytes = 4*MaxInlineOutput + 4096

// Response rebuilds the on-chain response the operator signed.
func (s SignedResponse) Response() Response {
	out := []byte(s.Output)
	if out == nil {
		out = []byte{}
	}
	return Response{TaskId: s.TaskID, Status: s.Status, OutputDigest: s.OutputDigest, FuelUsed: s.FuelUsed, Output: out,
		TranscriptDigest: s.TranscriptDigest}
}

// Validate checks what can be checked without the task: sizes and the inline output's digest.
func (s SignedResponse) Validate() error {
	if len(s.Output) > MaxInlineOutput {
		return fmt.Errorf("inline output of %d bytes exceeds %d", len(s.Output), MaxInlineOutput)
	}
	if len(s.Output) > 0 && crypto.Keccak256Hash(s.Output) != s.OutputDigest {
		return errors.New("output does not match outputDigest")
	}
	if s.OperatorID == (common.Hash{}) {
		return errors.New("missing operatorId")
	}
	if _, err := s.Signature.Point(); err != nil {
		return fmt.Errorf("signature: %w", err)
	}
	return nil
}

// NewSignedResponse signs resp's digest with kp.
func NewSignedResponse(resp Response, digest [32]byte, kp *bls.KeyPair, operatorID [32]byte) SignedResponse {
	sig := kp.SignMessage(digest)
	return SignedResponse{TaskID: resp.TaskId, Status: resp.Status, OutputDigest: resp.OutputDigest, FuelUsed: resp.FuelUsed,
		Output: HexBytes(resp.Output), TranscriptDigest: resp.TranscriptDigest, OperatorID: operatorID, Signature: G1JSONOf(sig.G1Point)}
}

// HexBytes is a byte slice in JSON as 0x-hex.
type HexBytes []byte

// MarshalJSON encodes as 0x-hex.
func (h HexBytes) MarshalJSON() ([]byte, error) { return json.Marshal("0x" + hex.EncodeToString(h)) }

// UnmarshalJSON decodes 0x-hex.
func (h *HexBytes) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("hex bytes: %w", err)
	}
	d, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil {
		return fmt.Errorf("hex bytes: %w", err)
	}
	*h = d
	return nil
}

// G1JSON is a G1 point as decimal coordinates.
type G1JSON struct {
	X string `json:"x"`
	Y string `json:"y"`
}

// G1JSONOf encodes a point.
func G1JSONOf(p *bls.G1Point) G1JSON {
	return G1JSON{X: p.X.String(), Y: p.Y.String()}
}

// Point decodes and validates the point: coordinates in the field and on the curve, in the
// prime-order subgroup. Network input is untrusted; an invalid point never reaches pairing code.
func (g G1JSON) Point() (*bls.G1Point, error) {
	x, okx := new(big.Int).SetString(g.X, 10)
	y, oky := new(big.Int).SetString(g.Y, 10)
	if !okx || !oky {
		return nil, errors.New("coordinates must be decimal integers")
	}
	if x.Cmp(fp.Modulus()) >= 0 || y.Cmp(fp.Modulus()) >= 0 || x.Sign() < 0 || y.Sign() < 0 {
		return nil, errors.New("coordinate out of field")
	}
	p := bls.NewG1Point(x, y)
	if !p.IsOnCurve() || !p.IsInSubGroup() {
		return nil, errors.New("point is not on the curve")
	}
	return p, nil
}
