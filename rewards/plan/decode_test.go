package plan

import (
	"errors"
	"math/big"
	"testing"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/protocol"
)

func g1(x, y int64) taskmanager.BN254G1Point {
	return taskmanager.BN254G1Point{X: big.NewInt(x), Y: big.NewInt(y)}
}

func emptyCert(nonSigners ...taskmanager.BN254G1Point) taskmanager.BLSSignatureCheckerNonSignerStakesAndSignature {
	return taskmanager.BLSSignatureCheckerNonSignerStakesAndSignature{
		NonSignerQuorumBitmapIndices: []uint32{}, NonSignerPubkeys: nonSigners, QuorumApks: []taskmanager.BN254G1Point{},
		ApkG2: taskmanager.BN254G2Point{X: [2]*big.Int{big.NewInt(0), big.NewInt(0)}, Y: [2]*big.Int{big.NewInt(0), big.NewInt(0)}},
		Sigma: g1(0, 0), QuorumApkIndices: []uint32{}, TotalStakeIndices: []uint32{}, NonSignerStakeIndices: [][]uint32{},
	}
}

func task(ref uint32, fee int64) taskmanager.ITaskManagerTask {
	return taskmanager.ITaskManagerTask{QuorumNumbers: []byte{0}, ReferenceBlock: ref, Fee: big.NewInt(fee), Limits: taskmanager.ITaskManagerResourceLimits{}}
}

func resp(id uint32) taskmanager.ITaskManagerTaskResponse {
	return taskmanager.ITaskManagerTaskResponse{TaskId: id, Output: []byte{}}
}

func TestDecodeAnswer(t *testing.T) {
	tmABI, err := taskmanager.TaskManagerMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	pack := func(method string, args ...any) []byte {
		b, err := tmABI.Pack(method, args...)
		if err != nil {
			t.Fatalf("pack %s: %v", method, err)
		}
		return b
	}

	in := pack("respondToTask", task(10, 99), resp(4), emptyCert(g1(1, 2)))
	a, err := decodeAnswer(tmABI, in, 4)
	if err != nil {
		t.Fatal(err)
	}
	if a.referenceBlock != 10 || a.task.Fee.Int64() != 99 || !a.nonSigners[operatorID(g1(1, 2))] || len(a.nonSigners) != 1 || a.everyone || a.signers != nil {
		t.Fatalf("respondToTask: %+v", a)
	}
	if _, err := decodeAnswer(tmABI, in, 5); err == nil {
		t.Fatal("respondToTask decoded for another task id")
	}

	in = pack("respondToTasks", []taskmanager.ITaskManagerTask{task(10, 1), task(11, 2)}, []taskmanager.ITaskManagerTaskResponse{resp(7), resp(8)}, uint32(12), emptyCert())
	if a, err = decodeAnswer(tmABI, in, 8); err != nil {
		t.Fatal(err)
	}
	// A batch certificate counts the operators at the batch's reference block, not the task's.
	if a.referenceBlock != 12 || a.task.Fee.Int64() != 2 || len(a.nonSigners) != 0 || a.signers != nil {
		t.Fatalf("respondToTasks: %+v", a)
	}

	cert, err := protocol.CommitteeCertificate{
		Rounds: []uint8{0}, SignerPositions: []uint32{3, 5}, SignerPubkeys: []taskmanager.BN254G1Point{g1(3, 4), g1(5, 6)},
		ApkG2: taskmanager.BN254G2Point{X: [2]*big.Int{big.NewInt(0), big.NewInt(0)}, Y: [2]*big.Int{big.NewInt(0), big.NewInt(0)}}, Sigma: g1(0, 0),
	}.Encode()
	if err != nil {
		t.Fatal(err)
	}
	in = pack("respondToTasksByCommittee", []taskmanager.ITaskManagerTask{task(20, 3)}, []taskmanager.ITaskManagerTaskResponse{resp(9)}, cert)
	if a, err = decodeAnswer(tmABI, in, 9); err != nil {
		t.Fatal(err)
	}
	if a.referenceBlock != 20 || len(a.signers) != 2 || !a.signers[operatorID(g1(5, 6))] || a.nonSigners != nil {
		t.Fatalf("respondToTasksByCommittee: %+v", a)
	}

	in = pack("respondWithProof", task(30, 4), resp(11), []byte{1, 2})
	if a, err = decodeAnswer(tmABI, in, 11); err != nil || !a.everyone || a.referenceBlock != 30 {
		t.Fatalf("respondWithProof: %+v, %v", a, err)
	}

	if _, err := decodeAnswer(tmABI, []byte{1, 2, 3, 4, 5}, 1); !errors.Is(err, errUnreadable) {
		t.Fatalf("unknown selector: %v", err)
	}
	if _, err := decodeAnswer(tmABI, pack("respondToTask", task(10, 99), resp(4), emptyCert())[:40], 4); err == nil || errors.Is(err, errUnreadable) {
		t.Fatalf("truncated call: %v", err)
	}
}
