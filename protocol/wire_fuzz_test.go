package protocol

import (
	"bytes"
	"encoding/json"
	"math/big"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/protocol/onchain"
)

// fuzzTask is a task as TaskCreated emits it; the digest of any decoded response is computed
// against it, as the aggregator does with its own copy of the task.
func fuzzTask() Task {
	return Task{FunctionId: 1, ModuleDigest: common.HexToHash("0xaa"), InputDigest: common.HexToHash("0xbb"),
		QuorumNumbers: []byte{0}, QuorumThresholdPercentage: 60, ReferenceBlock: 10, DeadlineBlock: 60,
		Requester: common.HexToAddress("0x01"), Fee: big.NewInt(0),
		Limits: taskmanager.ITaskManagerResourceLimits{Fuel: 1, MemoryBytes: 1, WallTimeMs: 1, MaxOutputBytes: 1}}
}

// FuzzSignedResponse decodes arbitrary bytes as the body of POST /v1/responses the way the
// aggregator reads it: decoding and Validate never panic; whatever Validate accepts has a
// signature point on the curve and in the subgroup, an inline output within the limit that
// hashes to outputDigest, a non-zero operator id, and a response that ABI-encodes into a
// digest; and it survives a JSON round trip unchanged.
func FuzzSignedResponse(f *testing.F) {
	codec, err := NewCodec()
	if err != nil {
		f.Fatal(err)
	}
	kp, err := bls.NewKeyPairFromString("12345")
	if err != nil {
		f.Fatal(err)
	}
	task := fuzzTask()
	chainID, tm := big.NewInt(31337), common.HexToAddress("0x1234")
	for _, out := range [][]byte{[]byte("HELLO"), {}, bytes.Repeat([]byte{7}, MaxInlineOutput+1)} {
		resp := NewResponse(1, onchain.StatusOK, out)
		d, err := codec.ResponseDigest(chainID, tm, task, resp)
		if err != nil {
			f.Fatal(err)
		}
		b, err := json.Marshal(NewSignedResponse(resp, d, kp, [32]byte{1}))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"taskId": 1, "signature": `))
	f.Add([]byte(`{"taskId":1,"output":"0xzz","signature":{"x":"1","y":"2"}}`))
	f.Add([]byte(`{"taskId":4294967296}`))
	f.Add([]byte(`{"signature":{"x":"-1","y":"0"},"operatorId":"0x01"}`))
	f.Add([]byte(`{"signature":{"x":"0","y":"0"},"operatorId":"0x01"}`))
	f.Add([]byte(`[1,2,3]`))
	f.Fuzz(func(t *testing.T, body []byte) {
		var sr SignedResponse
		dec := json.NewDecoder(bytes.NewReader(body))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&sr); err != nil {
			return
		}
		if err := sr.Validate(); err != nil {
			return
		}
		if len(sr.Output) > MaxInlineOutput {
			t.Fatalf("accepted %d bytes of inline output", len(sr.Output))
		}
		if len(sr.Output) > 0 && crypto.Keccak256Hash(sr.Output) != sr.OutputDigest {
			t.Fatal("accepted an output that does not match its digest")
		}
		if sr.OperatorID == (common.Hash{}) {
			t.Fatal("accepted a zero operator id")
		}
		p, err := sr.Signature.Point()
		if err != nil || !p.IsOnCurve() || !p.IsInSubGroup() {
			t.Fatalf("accepted signature %+v: %v", sr.Signature, err)
		}
		resp := sr.Response()
		if resp.Output == nil || resp.TaskId != sr.TaskID || resp.OutputDigest != sr.OutputDigest {
			t.Fatalf("response %+v from %+v", resp, sr)
		}
		d1, err := codec.ResponseDigest(chainID, tm, task, resp)
		if err != nil {
			t.Fatalf("accepted response does not encode: %v", err)
		}
		b, err := json.Marshal(sr)
		if err != nil {
			t.Fatal(err)
		}
		var again SignedResponse
		if err := json.Unmarshal(b, &again); err != nil {
			t.Fatalf("re-encoded response does not decode: %v\n%s", err, b)
		}
		if err := again.Validate(); err != nil {
			t.Fatalf("re-encoded response no longer valid: %v", err)
		}
		d2, err := codec.ResponseDigest(chainID, tm, task, again.Response())
		if err != nil || d1 != d2 {
			t.Fatalf("digest changed across a JSON round trip: %x vs %x (%v)", d1, d2, err)
		}
		p2, _ := again.Signature.Point()
		if !p.G1Affine.Equal(p2.G1Affine) {
			t.Fatal("signature changed across a JSON round trip")
		}
	})
}

// FuzzProofResponse decodes arbitrary bytes as the body of POST /v1/proofs: decoding and
// Validate never panic, and whatever Validate accepts has a task id, a proof within bounds and
// an output of whole 32-byte words that becomes a status-0 response with that output inline.
func FuzzProofResponse(f *testing.F) {
	f.Add([]byte(`{"taskId":7,"output":"0x` + string(bytes.Repeat([]byte("00"), 64)) + `","proof":"0x0102","operatorId":"0x01"}`))
	f.Add([]byte(`{"taskId":0,"output":"0x","proof":"0x"}`))
	f.Add([]byte(`{"taskId":7,"output":"0x00","proof":"0x01"}`))
	f.Add([]byte(`nonsense`))
	f.Fuzz(func(t *testing.T, body []byte) {
		var p ProofResponse
		dec := json.NewDecoder(bytes.NewReader(body))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&p); err != nil {
			return
		}
		if err := p.Validate(); err != nil {
			return
		}
		if p.TaskID == 0 || len(p.Proof) == 0 || len(p.Proof) > MaxProofBytes || len(p.Output)%32 != 0 || len(p.Output) > MaxInlineOutput {
			t.Fatalf("accepted %+v", p)
		}
		r := p.Response()
		if r.TaskId != p.TaskID || onchain.Status(r.Status) != onchain.StatusOK || !bytes.Equal(r.Output, p.Output) || r.OutputDigest != crypto.Keccak256Hash(p.Output) {
			t.Fatalf("response %+v from %+v", r, p)
		}
	})
}

// FuzzG1Point: any decimal pair either is rejected or is a point of G1's prime-order subgroup
// whose encoding decodes back to the same point.
func FuzzG1Point(f *testing.F) {
	g := bls.NewG1Point(big.NewInt(1), big.NewInt(2))
	f.Add(g.X.String(), g.Y.String())
	f.Add("0", "0")
	f.Add("1", "1")
	f.Add("21888242871839275222246405745257275088696311157297823662689037894645226208583", "2")
	f.Add("-1", "2")
	f.Add("0x1", "2")
	f.Add("", "")
	f.Fuzz(func(t *testing.T, x, y string) {
		p, err := G1JSON{X: x, Y: y}.Point()
		if err != nil {
			return
		}
		if !p.IsOnCurve() || !p.IsInSubGroup() {
			t.Fatalf("accepted (%s, %s) off the curve or subgroup", x, y)
		}
		q, err := G1JSONOf(p).Point()
		if err != nil || !p.G1Affine.Equal(q.G1Affine) {
			t.Fatalf("(%s, %s) does not survive re-encoding: %v", x, y, err)
		}
	})
}
