package protocol

import "github.com/ethereum/go-ethereum/common"

// Batch proposals and signatures between the aggregator and operators (aggregator/API.md):
// GET /v1/batches lists proposals, POST /v1/batches/{seq}/signatures takes an operator's BLS
// signature of BatchMessage(chainId, taskManager, root, count).

// MaxBatchListBytes bounds a GET /v1/batches answer an operator reads.
const MaxBatchListBytes = 4 << 20

// MaxBatchSignatureBytes bounds a POST /v1/batches/{seq}/signatures body.
const MaxBatchSignatureBytes = 1024

// BatchLeaf is one leaf of a proposed batch: the task and the response digest its operators
// signed (the leaf).
type BatchLeaf struct {
	TaskID   uint32      `json:"taskId"`
	TaskHash common.Hash `json:"taskHash"`
	Leaf     common.Hash `json:"leaf"`
	// CommitteeRound is set in a committee batch: the failover round whose committee (the
	// holders of its window of draws) certifies the task. A signer's seats count for the task
	// only when it holds one in that window, so only such an operator vouches for this leaf.
	CommitteeRound *uint8 `json:"committeeRound,omitempty"`
}

// BatchProposal is a batch waiting for signatures. An operator signs it only when every leaf
// is a response it signed itself and the root is BatchRoot of the leaves; in a committee
// batch (leaves with CommitteeRound), every leaf of a task in whose round window it sits.
type BatchProposal struct {
	Seq            uint64        `json:"seq"`
	ReferenceBlock uint32        `json:"referenceBlock"`
	QuorumNumbers  []int         `json:"quorumNumbers"`
	Root           common.Hash   `json:"root"`
	Count          int           `json:"count"`
	Tasks          []BatchLeaf   `json:"tasks"`
	Signers        []common.Hash `json:"signers"` // the operators asked to sign
}

// BatchList is the body of GET /v1/batches.
type BatchList struct {
	Batches []BatchProposal `json:"batches"`
}

// BatchSignature is the body of POST /v1/batches/{seq}/signatures.
type BatchSignature struct {
	OperatorID common.Hash `json:"operatorId"`
	Signature  G1JSON      `json:"signature"`
}

// MaxBatchDeclineBytes bounds a POST /v1/batches/{seq}/declines body (a task id is at most
// 11 bytes of JSON; a batch has at most a few hundred leaves).
const MaxBatchDeclineBytes = 64 << 10

// BatchDecline is the body of POST /v1/batches/{seq}/declines: an operator names the leaves of
// a proposal it computed differently (or failed to compute), signed with its BLS key over
// BatchDeclineMessage, so the aggregator can take those tasks out at once instead of waiting
// for the proposal to time out. Only registered operators can decline, and a decline only
// moves the named tasks to single answers.
type BatchDecline struct {
	OperatorID common.Hash `json:"operatorId"`
	TaskIDs    []uint32    `json:"taskIds"`
	Signature  G1JSON      `json:"signature"`
}
