package protocol

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	eigentypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/blockless/avs/httpcall"
)

// Observations are what an operator's run fetched beyond the agreed
// transcript of a task (POST /v1/observations): the fetch phase of a
// function that makes HTTP calls (package httpcall). They are signed, so
// that every operator can recompute the transcript the aggregator derives
// from them instead of trusting it.
type Observations struct {
	TaskID   uint32      `json:"taskId"`
	TaskHash common.Hash `json:"taskHash"`
	// PrefixLen and PrefixDigest name the agreed prefix the run replayed.
	PrefixLen    uint32      `json:"prefixLen"`
	PrefixDigest common.Hash `json:"prefixDigest"`
	// Calls are the calls made beyond the prefix, in order, with what this
	// operator got.
	Calls      httpcall.Transcript `json:"calls"`
	OperatorID common.Hash         `json:"operatorId"`
	// PubkeyG1 and PubkeyG2 are the operator's registered BLS keys, so that
	// another operator can check the signature with one chain read for the
	// stakes (the id is keccak256 of the G1 key).
	PubkeyG1  G1JSON `json:"pubkeyG1"`
	PubkeyG2  G2JSON `json:"pubkeyG2"`
	Signature G1JSON `json:"signature"`
}

// MaxObservationsBytes bounds a POST /v1/observations body: the response
// bodies a transcript may hold and the largest requests of every call, in
// base64, plus JSON overhead.
const MaxObservationsBytes = (httpcall.MaxTranscriptBytes+httpcall.MaxCalls*httpcall.MaxRequestBytes)*4/3 + 1<<20

// ObservationsDigest is what an operator signs: the chain, the
// TaskManager, the task, the prefix and the calls.
func ObservationsDigest(chainID *big.Int, taskManager common.Address, o Observations) [32]byte {
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], o.PrefixLen)
	calls := o.Calls.Digest()
	return crypto.Keccak256Hash([]byte("blockless-observations-v1"), common.LeftPadBytes(chainID.Bytes(), 32),
		taskManager.Bytes(), o.TaskHash.Bytes(), n[:], o.PrefixDigest.Bytes(), calls[:])
}

// Validate checks shape and sizes; Verify checks the signature.
func (o Observations) Validate() error {
	if o.OperatorID == (common.Hash{}) {
		return errors.New("missing operatorId")
	}
	if len(o.Calls) == 0 {
		return errors.New("no calls")
	}
	if int(o.PrefixLen)+len(o.Calls) > httpcall.MaxCalls {
		return fmt.Errorf("prefix of %d and %d calls exceed %d", o.PrefixLen, len(o.Calls), httpcall.MaxCalls)
	}
	if err := o.Calls.Validate(); err != nil {
		return err
	}
	if _, err := o.Signature.Point(); err != nil {
		return fmt.Errorf("signature: %w", err)
	}
	return nil
}

// Verify checks that the keys belong to OperatorID and sign the digest
// (two pairings: the key pair, then the signature).
func (o Observations) Verify(chainID *big.Int, taskManager common.Address) error {
	return verifyOperatorSignature(o.OperatorID, o.PubkeyG1, o.PubkeyG2, o.Signature, ObservationsDigest(chainID, taskManager, o))
}

// OperatorIDOf is an operator's id: keccak256 of its G1 public key's coordinates.
func OperatorIDOf(g1 *bls.G1Point) common.Hash {
	return common.Hash(eigentypes.OperatorIdFromG1Pubkey(g1))
}

// NewObservations signs the calls a run made beyond a prefix.
func NewObservations(chainID *big.Int, taskManager common.Address, taskID uint32, taskHash [32]byte,
	prefix httpcall.Transcript, calls []httpcall.Entry, kp *bls.KeyPair) Observations {
	o := Observations{TaskID: taskID, TaskHash: taskHash, PrefixLen: uint32(len(prefix)), PrefixDigest: prefix.Digest(),
		Calls: calls, OperatorID: OperatorIDOf(kp.PubKey), PubkeyG1: G1JSONOf(kp.PubKey), PubkeyG2: G2JSONOf(kp.GetPubKeyG2())}
	o.Signature = G1JSONOf(kp.SignMessage(ObservationsDigest(chainID, taskManager, o)).G1Point)
	return o
}

// TranscriptRound is one extension of a task's agreed transcript: the
// signed observations it was derived from (httpcall.Extend over them,
// weighted by stake at the task's reference block in its first quorum).
type TranscriptRound struct {
	PrefixLen uint32         `json:"prefixLen"`
	Added     uint32         `json:"added"`
	Reports   []Observations `json:"reports"`
}

// TaskTranscript is GET /v1/transcripts/{id}: a task's agreed transcript so
// far with the rounds that justify it.
type TaskTranscript struct {
	TaskID     uint32              `json:"taskId"`
	TaskHash   common.Hash         `json:"taskHash"`
	Transcript httpcall.Transcript `json:"transcript"`
	Digest     common.Hash         `json:"digest"`
	Rounds     []TranscriptRound   `json:"rounds"`
}

// G2JSON is a G2 point as decimal coordinates (A0, A1 of each).
type G2JSON struct {
	X [2]string `json:"x"`
	Y [2]string `json:"y"`
}

// G2JSONOf encodes a point.
func G2JSONOf(p *bls.G2Point) G2JSON {
	return G2JSON{X: [2]string{p.X.A0.String(), p.X.A1.String()}, Y: [2]string{p.Y.A0.String(), p.Y.A1.String()}}
}

// Point decodes and validates the point: coordinates in the field, on the
// curve, in the prime-order subgroup.
func (g G2JSON) Point() (*bls.G2Point, error) {
	var c [4]*big.Int
	for i, s := range []string{g.X[0], g.X[1], g.Y[0], g.Y[1]} {
		v, ok := new(big.Int).SetString(s, 10)
		if !ok || v.Sign() < 0 || v.Cmp(fp.Modulus()) >= 0 {
			return nil, errors.New("coordinates must be decimal integers in the field")
		}
		c[i] = v
	}
	p := bls.NewZeroG2Point()
	p.X.A0.SetBigInt(c[0])
	p.X.A1.SetBigInt(c[1])
	p.Y.A0.SetBigInt(c[2])
	p.Y.A1.SetBigInt(c[3])
	if !p.IsOnCurve() || !p.IsInSubGroup() {
		return nil, errors.New("point is not on the curve")
	}
	return p, nil
}

// FetchQuorum is the stake the fetch phase needs behind a request or an
// agreed response: the task's threshold percentage of the total stake,
// rounded up, in the task's first quorum (the stake unit the fetch phase
// weighs operators by; the certificate still needs the threshold in every
// quorum of the task).
func FetchQuorum(total *big.Int, thresholdPercent uint8) *big.Int {
	q := new(big.Int).Mul(total, big.NewInt(int64(thresholdPercent)))
	q.Add(q, big.NewInt(99))
	return q.Div(q, big.NewInt(100))
}

// VerifyTaskTranscript recomputes a task's agreed transcript from the
// signed reports of its rounds, so an operator need not trust the
// aggregator that derived it: every report must be a valid signature of a
// distinct operator with stake, over the prefix of its round, and each
// round must add exactly what httpcall.Extend derives from its reports.
// stakes are the operators' stakes at the task's reference block in its
// first quorum; quorum is FetchQuorum of their total.
func VerifyTaskTranscript(tt TaskTranscript, chainID *big.Int, taskManager common.Address, taskHash common.Hash,
	stakes map[common.Hash]*big.Int, quorum *big.Int) error {
	if tt.TaskHash != taskHash {
		return errors.New("transcript of another task")
	}
	if err := tt.Transcript.Validate(); err != nil {
		return err
	}
	if common.Hash(tt.Transcript.Digest()) != tt.Digest {
		return errors.New("transcript digest does not match its entries")
	}
	n := 0
	for i, r := range tt.Rounds {
		if int(r.PrefixLen) != n || r.Added == 0 || n+int(r.Added) > len(tt.Transcript) {
			return fmt.Errorf("round %d: prefix %d+%d does not follow the transcript", i, r.PrefixLen, r.Added)
		}
		prefix := tt.Transcript[:n]
		seen := map[common.Hash]bool{}
		var reports []httpcall.Report
		for _, o := range r.Reports {
			if seen[o.OperatorID] {
				return fmt.Errorf("round %d: operator %s reports twice", i, o.OperatorID.Hex())
			}
			seen[o.OperatorID] = true
			stake := stakes[o.OperatorID]
			if stake == nil || stake.Sign() <= 0 {
				return fmt.Errorf("round %d: operator %s has no stake", i, o.OperatorID.Hex())
			}
			if o.TaskID != tt.TaskID || o.TaskHash != taskHash || o.PrefixLen != r.PrefixLen || o.PrefixDigest != common.Hash(prefix.Digest()) {
				return fmt.Errorf("round %d: operator %s reports on another task or prefix", i, o.OperatorID.Hex())
			}
			if err := o.Validate(); err != nil {
				return fmt.Errorf("round %d: operator %s: %w", i, o.OperatorID.Hex(), err)
			}
			if err := o.Verify(chainID, taskManager); err != nil {
				return fmt.Errorf("round %d: operator %s: %w", i, o.OperatorID.Hex(), err)
			}
			reports = append(reports, httpcall.Report{Weight: stake, Calls: o.Calls})
		}
		added, err := httpcall.Extend(reports, quorum)
		if err != nil {
			return fmt.Errorf("round %d: %w", i, err)
		}
		if len(added) != int(r.Added) {
			return fmt.Errorf("round %d: the reports add %d calls, the transcript %d", i, len(added), r.Added)
		}
		for j, e := range added {
			if httpcall.EntryDigest(e) != httpcall.EntryDigest(tt.Transcript[n+j]) {
				return fmt.Errorf("round %d: call %d is not what the reports agree on", i, n+j)
			}
		}
		n += len(added)
	}
	if n != len(tt.Transcript) {
		return fmt.Errorf("%d calls of the transcript are not justified by a round", len(tt.Transcript)-n)
	}
	return nil
}
