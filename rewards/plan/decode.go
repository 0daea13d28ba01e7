package plan

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/protocol"
)

// answer is what a response transaction says about one task: the task, the block whose operator
// set counts, and who signed. Signers are named by operator id (the hash of the BLS public key).
type answer struct {
	task           taskmanager.ITaskManagerTask
	referenceBlock uint32
	// nonSigners: quorum certificates name who did not sign; everyone else in the quorums signed.
	nonSigners map[[32]byte]bool
	// signers: committee certificates name who signed (nil for the other kinds).
	signers map[[32]byte]bool
	// everyone: a zk proof (or an unreadable call): the fee goes to all of the quorums' operators.
	everyone bool
}

// errUnreadable marks a call the planner does not know; its task falls back to "everyone".
var errUnreadable = errors.New("not a TaskManager response call")

// operatorID is EigenLayer's operator id: keccak256 of the G1 public key's coordinates.
func operatorID(p taskmanager.BN254G1Point) [32]byte {
	var buf [64]byte
	p.X.FillBytes(buf[:32])
	p.Y.FillBytes(buf[32:])
	return crypto.Keccak256Hash(buf[:])
}

func idSet(points []taskmanager.BN254G1Point) map[[32]byte]bool {
	set := make(map[[32]byte]bool, len(points))
	for _, p := range points {
		set[operatorID(p)] = true
	}
	return set
}

// decodeAnswer reads the task with id taskID and its signers from the input of a TaskManager call
// (respondToTask, respondToTasks, respondToTasksByCommittee or respondWithProof).
func decodeAnswer(tmABI *abi.ABI, input []byte, taskID uint32) (answer, error) {
	if len(input) < 4 {
		return answer{}, errUnreadable
	}
	method, err := tmABI.MethodById(input[:4])
	if err != nil {
		return answer{}, errUnreadable
	}
	vals, err := method.Inputs.Unpack(input[4:])
	if err != nil {
		return answer{}, fmt.Errorf("decode %s: %w", method.Name, err)
	}
	switch method.Name {
	case "respondToTask", "respondWithProof":
		task := *abi.ConvertType(vals[0], new(taskmanager.ITaskManagerTask)).(*taskmanager.ITaskManagerTask)
		resp := *abi.ConvertType(vals[1], new(taskmanager.ITaskManagerTaskResponse)).(*taskmanager.ITaskManagerTaskResponse)
		if resp.TaskId != taskID {
			return answer{}, fmt.Errorf("%s answers task %d, not %d", method.Name, resp.TaskId, taskID)
		}
		a := answer{task: task, referenceBlock: task.ReferenceBlock}
		if method.Name == "respondWithProof" {
			a.everyone = true
			return a, nil
		}
		cert := *abi.ConvertType(vals[2], new(taskmanager.BLSSignatureCheckerNonSignerStakesAndSignature)).(*taskmanager.BLSSignatureCheckerNonSignerStakesAndSignature)
		a.nonSigners = idSet(cert.NonSignerPubkeys)
		return a, nil
	case "respondToTasks", "respondToTasksByCommittee":
		tasks := *abi.ConvertType(vals[0], new([]taskmanager.ITaskManagerTask)).(*[]taskmanager.ITaskManagerTask)
		resps := *abi.ConvertType(vals[1], new([]taskmanager.ITaskManagerTaskResponse)).(*[]taskmanager.ITaskManagerTaskResponse)
		if len(tasks) != len(resps) {
			return answer{}, fmt.Errorf("%s: %d tasks, %d responses", method.Name, len(tasks), len(resps))
		}
		i := -1
		for j, r := range resps {
			if r.TaskId == taskID {
				i = j
				break
			}
		}
		if i < 0 {
			return answer{}, fmt.Errorf("%s does not answer task %d", method.Name, taskID)
		}
		a := answer{task: tasks[i], referenceBlock: tasks[i].ReferenceBlock}
		if method.Name == "respondToTasks" {
			// A batch certificate is checked at the batch's reference block.
			a.referenceBlock = vals[2].(uint32)
			cert := *abi.ConvertType(vals[3], new(taskmanager.BLSSignatureCheckerNonSignerStakesAndSignature)).(*taskmanager.BLSSignatureCheckerNonSignerStakesAndSignature)
			a.nonSigners = idSet(cert.NonSignerPubkeys)
			return a, nil
		}
		cert, err := protocol.DecodeCommitteeCertificate(vals[2].([]byte))
		if err != nil {
			return answer{}, err
		}
		a.signers = idSet(cert.SignerPubkeys)
		return a, nil
	}
	return answer{}, errUnreadable
}

// collected is what an answered task paid: its deposit less the fuel refunded to its requester.
func collected(task taskmanager.ITaskManagerTask, refund *big.Int) *big.Int {
	fee := new(big.Int).Set(task.Fee)
	if refund != nil {
		fee.Sub(fee, refund)
	}
	return fee
}
