package protocol

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/blockless/avs/protocol/onchain"
)

// ProofResponse is what the selected prover of a zk task sends the aggregator
// (POST /v1/proofs, JSON). It needs no signature: the proof itself is bound to the task and the
// output (see package zk), so whoever sends it cannot change what it proves.
type ProofResponse struct {
	TaskID uint32 `json:"taskId"`
	// Output is the task's output: the circuit's public inputs after the binding, 32 bytes each.
	Output HexBytes `json:"output"`
	// Proof is the Groth16 proof in gnark's compressed encoding.
	Proof      HexBytes    `json:"proof"`
	OperatorID common.Hash `json:"operatorId"` // the prover, for logs and metrics
}

// MaxProofBytes bounds a proof: gnark's encoding with one commitment is well below this.
const MaxProofBytes = 1024

// MaxProofResponseBytes bounds a request body.
const MaxProofResponseBytes = 2*(MaxInlineOutput+MaxProofBytes) + 1024

// Validate checks sizes and shape.
func (p ProofResponse) Validate() error {
	switch {
	case len(p.Output) > MaxInlineOutput:
		return fmt.Errorf("output of %d bytes exceeds %d", len(p.Output), MaxInlineOutput)
	case len(p.Output)%32 != 0:
		return fmt.Errorf("output of %d bytes is not a whole number of 32-byte words", len(p.Output))
	case len(p.Proof) == 0 || len(p.Proof) > MaxProofBytes:
		return fmt.Errorf("proof of %d bytes (want 1..%d)", len(p.Proof), MaxProofBytes)
	case p.TaskID == 0:
		return errors.New("missing taskId")
	}
	return nil
}

// Response is the on-chain response a proof answers with: status ok (the only one a zk
// verifier accepts), output inline.
func (p ProofResponse) Response() Response {
	out := []byte(p.Output)
	if out == nil {
		out = []byte{}
	}
	return NewResponse(p.TaskID, onchain.StatusOK, out)
}
