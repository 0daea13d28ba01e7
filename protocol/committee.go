package protocol

import (
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"

	"github.com/blockless/avs/bindings/taskmanager"
)

// CommitteeCertificate is ITaskManager.CommitteeCertificate: what respondToTasksByCommittee takes,
// ABI-encoded, as its certificate argument (the TaskManager passes the bytes through to the
// library that checks them). Rounds holds the failover round claimed for each task; signers
// are named by their position in the tasks' committee table, increasing.
type CommitteeCertificate struct {
	Rounds          []uint8
	SignerPositions []uint32
	SignerPubkeys   []taskmanager.BN254G1Point
	ApkG2           taskmanager.BN254G2Point
	Sigma           taskmanager.BN254G1Point
}

var committeeCertType = sync.OnceValues(func() (abi.Arguments, error) {
	g1 := []abi.ArgumentMarshaling{{Name: "X", Type: "uint256"}, {Name: "Y", Type: "uint256"}}
	t, err := abi.NewType("tuple", "", []abi.ArgumentMarshaling{
		{Name: "rounds", Type: "uint8[]"},
		{Name: "signerPositions", Type: "uint32[]"},
		{Name: "signerPubkeys", Type: "tuple[]", Components: g1},
		{Name: "apkG2", Type: "tuple", Components: []abi.ArgumentMarshaling{{Name: "X", Type: "uint256[2]"}, {Name: "Y", Type: "uint256[2]"}}},
		{Name: "sigma", Type: "tuple", Components: g1},
	})
	if err != nil {
		return nil, fmt.Errorf("committee certificate abi type: %w", err)
	}
	return abi.Arguments{{Type: t}}, nil
})

// Encode is abi.encode(certificate), the bytes respondToTasksByCommittee takes.
func (c CommitteeCertificate) Encode() ([]byte, error) {
	args, err := committeeCertType()
	if err != nil {
		return nil, err
	}
	if len(c.SignerPositions) != len(c.SignerPubkeys) {
		return nil, errors.New("committee certificate: positions and keys differ in length")
	}
	b, err := args.Pack(c)
	if err != nil {
		return nil, fmt.Errorf("encode committee certificate: %w", err)
	}
	return b, nil
}

// DecodeCommitteeCertificate reverses Encode (e.g. to read a certificate from a transaction).
func DecodeCommitteeCertificate(b []byte) (CommitteeCertificate, error) {
	args, err := committeeCertType()
	if err != nil {
		return CommitteeCertificate{}, err
	}
	vals, err := args.Unpack(b)
	if err != nil {
		return CommitteeCertificate{}, fmt.Errorf("decode committee certificate: %w", err)
	}
	c, ok := abi.ConvertType(vals[0], new(CommitteeCertificate)).(*CommitteeCertificate)
	if !ok {
		return CommitteeCertificate{}, errors.New("decode committee certificate: unexpected shape")
	}
	return *c, nil
}
