package protocol

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// ShareBundle is one operator's decryption shares for a task (POST /v1/shares): for every
// sealed envelope the task uses (its function's secrets, an encrypted input) that the
// operator holds a share of, that share wrapped (encrypted) to each other operator executing
// the task. The aggregator only relays them: it cannot unwrap a share, and the recipient
// checks every share against the envelope's commitments (package sealed), so the aggregator
// cannot forge one either. The bundle is signed so that the relay only stores bundles of
// operators of the task (its memory is bounded by the operator set).
type ShareBundle struct {
	TaskID     uint32         `json:"taskId"`
	TaskHash   common.Hash    `json:"taskHash"`
	OperatorID common.Hash    `json:"operatorId"`
	Shares     []WrappedShare `json:"shares"`
	PubkeyG1   G1JSON         `json:"pubkeyG1"`
	PubkeyG2   G2JSON         `json:"pubkeyG2"`
	Signature  G1JSON         `json:"signature"`
}

// WrappedShare is one share of one envelope, encrypted to one operator.
type WrappedShare struct {
	Envelope common.Hash `json:"envelope"` // the envelope's digest
	To       common.Hash `json:"to"`       // recipient operator id
	Box      HexBytes    `json:"box"`      // sealed.WrapShare output
}

// RelayedShare is a share as GET /v1/shares/{id}?to=OPERATOR returns it.
type RelayedShare struct {
	From     common.Hash `json:"from"`
	Envelope common.Hash `json:"envelope"`
	Box      HexBytes    `json:"box"`
}

// TaskShares is the body of GET /v1/shares/{id}.
type TaskShares struct {
	TaskID   uint32         `json:"taskId"`
	TaskHash common.Hash    `json:"taskHash"`
	Shares   []RelayedShare `json:"shares"`
}

// Bounds of a bundle: a task uses at most MaxTaskEnvelopes envelopes (the registry's caps:
// 32 function secrets, 8 requester secrets, and the input), each wrapped to at most
// MaxShareRecipients operators.
const (
	MaxTaskEnvelopes   = 41
	MaxShareRecipients = 64
	MaxShareBox        = 256
	MaxShareBundle     = MaxTaskEnvelopes * MaxShareRecipients
	// MaxShareBundleBytes bounds a POST /v1/shares body.
	MaxShareBundleBytes = MaxShareBundle*(3*66+MaxShareBox*2+64) + 1<<16
)

// ShareBundleDigest is what the sender signs: chain, TaskManager, task and every share.
func ShareBundleDigest(chainID *big.Int, taskManager common.Address, b ShareBundle) [32]byte {
	h := crypto.NewKeccakState()
	h.Write([]byte("blockless-shares-v1"))
	h.Write(common.LeftPadBytes(chainID.Bytes(), 32))
	h.Write(taskManager.Bytes())
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], b.TaskID)
	h.Write(n[:])
	h.Write(b.TaskHash.Bytes())
	h.Write(b.OperatorID.Bytes())
	for _, s := range b.Shares {
		h.Write(s.Envelope.Bytes())
		h.Write(s.To.Bytes())
		binary.BigEndian.PutUint32(n[:], uint32(len(s.Box)))
		h.Write(n[:])
		h.Write(s.Box)
	}
	var d [32]byte
	h.Read(d[:])
	return d
}

// Validate checks shape and sizes; Verify checks the signature.
func (b ShareBundle) Validate() error {
	if b.OperatorID == (common.Hash{}) {
		return errors.New("missing operatorId")
	}
	if len(b.Shares) > MaxShareBundle {
		return fmt.Errorf("%d shares, at most %d", len(b.Shares), MaxShareBundle)
	}
	type key struct{ env, to common.Hash }
	seen := make(map[key]bool, len(b.Shares))
	for i, s := range b.Shares {
		if len(s.Box) == 0 || len(s.Box) > MaxShareBox {
			return fmt.Errorf("share %d: box of %d bytes", i, len(s.Box))
		}
		if s.To == b.OperatorID {
			return fmt.Errorf("share %d: addressed to its sender", i)
		}
		k := key{s.Envelope, s.To}
		if seen[k] {
			return fmt.Errorf("share %d: a second share of envelope %x for %x", i, s.Envelope[:4], s.To[:4])
		}
		seen[k] = true
	}
	if _, err := b.Signature.Point(); err != nil {
		return fmt.Errorf("signature: %w", err)
	}
	return nil
}

// Verify checks that the keys belong to OperatorID and sign the bundle.
func (b ShareBundle) Verify(chainID *big.Int, taskManager common.Address) error {
	return verifyOperatorSignature(b.OperatorID, b.PubkeyG1, b.PubkeyG2, b.Signature, ShareBundleDigest(chainID, taskManager, b))
}

// NewShareBundle signs shares.
func NewShareBundle(chainID *big.Int, taskManager common.Address, taskID uint32, taskHash [32]byte,
	shares []WrappedShare, kp *bls.KeyPair) ShareBundle {
	b := ShareBundle{TaskID: taskID, TaskHash: taskHash, OperatorID: OperatorIDOf(kp.PubKey), Shares: shares,
		PubkeyG1: G1JSONOf(kp.PubKey), PubkeyG2: G2JSONOf(kp.GetPubKeyG2())}
	b.Signature = G1JSONOf(kp.SignMessage(ShareBundleDigest(chainID, taskManager, b)).G1Point)
	return b
}

// verifyOperatorSignature checks that g1 is the key of id, that g2 matches it and that sig
// signs digest (two pairings).
func verifyOperatorSignature(id common.Hash, g1J G1JSON, g2J G2JSON, sigJ G1JSON, digest [32]byte) error {
	g1, err := g1J.Point()
	if err != nil {
		return fmt.Errorf("pubkeyG1: %w", err)
	}
	g2, err := g2J.Point()
	if err != nil {
		return fmt.Errorf("pubkeyG2: %w", err)
	}
	if OperatorIDOf(g1) != id {
		return errors.New("pubkeyG1 is not the operator's key")
	}
	if ok, err := g1.VerifyEquivalence(g2); err != nil || !ok {
		return errors.New("pubkeyG2 does not match pubkeyG1")
	}
	sig, err := sigJ.Point()
	if err != nil {
		return fmt.Errorf("signature: %w", err)
	}
	ok, err := (&bls.Signature{G1Point: sig}).Verify(g2, digest)
	if err != nil || !ok {
		return errors.New("signature does not verify")
	}
	return nil
}
