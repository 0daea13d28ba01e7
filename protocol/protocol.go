// Package protocol is what operators, the aggregator and the CLI must agree on bit for bit:
// the task and response types as the TaskManager ABI-encodes them, and the digest operators
// BLS-sign. TaskManager.responseDigest computes the same on chain; a test keeps them equal.
// The TaskManager's enums (task state, runtime, verification mode, result status) are in
// package onchain, which the engine shares. Building certificates from eigensdk-go's
// aggregation is the aggregator's business: linking it here would put the aggregation service
// into every binary.
package protocol

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/protocol/onchain"
)

// Task is a task exactly as TaskCreated emits it.
type Task = taskmanager.ITaskManagerTask

// Response is the result operators sign.
type Response = taskmanager.ITaskManagerTaskResponse

// Certificate is the stake-weighted BLS certificate respondToTask takes.
type Certificate = taskmanager.BLSSignatureCheckerNonSignerStakesAndSignature

// MaxInlineOutput is the largest output carried in the response itself (TaskManager.MAX_INLINE_OUTPUT);
// larger outputs are represented by their digest only.
const MaxInlineOutput = 8 * 1024

// Codec ABI-encodes tasks and responses with the TaskManager's own type definitions.
type Codec struct {
	task     abi.Arguments
	response abi.Arguments
	digest   abi.Arguments
}

// NewCodec builds the encoders from the generated TaskManager ABI.
func NewCodec() (*Codec, error) {
	parsed, err := taskmanager.TaskManagerMetaData.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("task manager abi: %w", err)
	}
	m, ok := parsed.Methods["responseDigest"]
	if !ok || len(m.Inputs) != 2 {
		return nil, fmt.Errorf("task manager abi: responseDigest(Task, TaskResponse) not found")
	}
	u256, _ := abi.NewType("uint256", "", nil)
	addr, _ := abi.NewType("address", "", nil)
	b32, _ := abi.NewType("bytes32", "", nil)
	return &Codec{
		task:     abi.Arguments{{Type: m.Inputs[0].Type}},
		response: abi.Arguments{{Type: m.Inputs[1].Type}},
		digest:   abi.Arguments{{Type: u256}, {Type: addr}, {Type: b32}, {Type: m.Inputs[1].Type}},
	}, nil
}

// TaskHash is keccak256(abi.encode(task)), the hash the TaskManager stores.
func (c *Codec) TaskHash(t Task) ([32]byte, error) {
	enc, err := c.task.Pack(t)
	if err != nil {
		return [32]byte{}, fmt.Errorf("encode task: %w", err)
	}
	return crypto.Keccak256Hash(enc), nil
}

// ResponseDigest is the digest operators sign:
// keccak256(abi.encode(chainId, taskManager, taskHash, response)).
func (c *Codec) ResponseDigest(chainID *big.Int, taskManager common.Address, t Task, r Response) ([32]byte, error) {
	th, err := c.TaskHash(t)
	if err != nil {
		return [32]byte{}, err
	}
	enc, err := c.digest.Pack(chainID, taskManager, th, r)
	if err != nil {
		return [32]byte{}, fmt.Errorf("encode response: %w", err)
	}
	return crypto.Keccak256Hash(enc), nil
}

// NewResponse builds the response for an output: the digest always, the bytes when they fit inline.
func NewResponse(taskID uint32, status onchain.Status, output []byte) Response {
	r := Response{TaskId: taskID, Status: uint8(status), OutputDigest: crypto.Keccak256Hash(output), Output: []byte{}}
	if len(output) <= MaxInlineOutput {
		r.Output = output
	}
	return r
}
