// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package taskmanager

import (
	"errors"
	"math/big"
	"strings"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
)

// BLSSignatureCheckerNonSignerStakesAndSignature is an auto generated low-level Go binding around an user-defined struct.
type BLSSignatureCheckerNonSignerStakesAndSignature struct {
	NonSignerQuorumBitmapIndices []uint32
	NonSignerPubkeys             []BN254G1Point
	QuorumApks                   []BN254G1Point
	ApkG2                        BN254G2Point
	Sigma                        BN254G1Point
	QuorumApkIndices             []uint32
	TotalStakeIndices            []uint32
	NonSignerStakeIndices        [][]uint32
}

// BLSSignatureCheckerQuorumStakeTotals is an auto generated low-level Go binding around an user-defined struct.
type BLSSignatureCheckerQuorumStakeTotals struct {
	SignedStakeForQuorum []*big.Int
	TotalStakeForQuorum  []*big.Int
}

// BN254G1Point is an auto generated low-level Go binding around an user-defined struct.
type BN254G1Point struct {
	X *big.Int
	Y *big.Int
}

// BN254G2Point is an auto generated low-level Go binding around an user-defined struct.
type BN254G2Point struct {
	X [2]*big.Int
	Y [2]*big.Int
}

// TaskManagerFunctionRecord is an auto generated low-level Go binding around an user-defined struct.
type TaskManagerFunctionRecord struct {
	Owner  common.Address
	Active bool
	Spec   TaskManagerFunctionSpec
}

// TaskManagerFunctionSpec is an auto generated low-level Go binding around an user-defined struct.
type TaskManagerFunctionSpec struct {
	ModuleDigest       [32]byte
	Runtime            uint8
	Mode               uint8
	MinQuorumThreshold uint8
	ZkVerifier         common.Address
	Limits             TaskManagerResourceLimits
	Uris               []string
}

// TaskManagerResourceLimits is an auto generated low-level Go binding around an user-defined struct.
type TaskManagerResourceLimits struct {
	Fuel           uint64
	MemoryBytes    uint64
	WallTimeMs     uint32
	MaxOutputBytes uint32
}

// TaskManagerTask is an auto generated low-level Go binding around an user-defined struct.
type TaskManagerTask struct {
	FunctionId                uint64
	ModuleDigest              [32]byte
	Runtime                   uint8
	Environment               [32]byte
	Limits                    TaskManagerResourceLimits
	InputDigest               [32]byte
	QuorumNumbers             []byte
	QuorumThresholdPercentage uint8
	ReferenceBlock            uint32
	DeadlineBlock             uint32
	Requester                 common.Address
	Callback                  common.Address
	CallbackGasLimit          uint32
	Fee                       *big.Int
}

// TaskManagerTaskRecord is an auto generated low-level Go binding around an user-defined struct.
type TaskManagerTaskRecord struct {
	TaskHash       [32]byte
	ResponseDigest [32]byte
	State          uint8
	ResultStatus   uint8
	RespondedBlock uint32
	ZkVerifier     common.Address
}

// TaskManagerTaskRequest is an auto generated low-level Go binding around an user-defined struct.
type TaskManagerTaskRequest struct {
	FunctionId                uint64
	Input                     []byte
	InputDigest               [32]byte
	InputURI                  string
	QuorumNumbers             []byte
	QuorumThresholdPercentage uint8
	ResponseWindowBlocks      uint32
	Callback                  common.Address
	CallbackGasLimit          uint32
}

// TaskManagerTaskResponse is an auto generated low-level Go binding around an user-defined struct.
type TaskManagerTaskResponse struct {
	TaskId       uint32
	Status       uint8
	OutputDigest [32]byte
	Output       []byte
}

// TaskManagerMetaData contains all meta data concerning the TaskManager contract.
var TaskManagerMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"coordinator\",\"type\":\"address\",\"internalType\":\"contractIRegistryCoordinatorViews\"},{\"name\":\"initialOwner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"initialAggregator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"minWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"MAX_CALLBACK_GAS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_INLINE_INPUT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_INLINE_OUTPUT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"aggregator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"balances\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"blsApkRegistry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIBLSApkRegistryViews\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"checkSignatures\",\"inputs\":[{\"name\":\"msgHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"referenceBlockNumber\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"params\",\"type\":\"tuple\",\"internalType\":\"structBLSSignatureChecker.NonSignerStakesAndSignature\",\"components\":[{\"name\":\"nonSignerQuorumBitmapIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"nonSignerPubkeys\",\"type\":\"tuple[]\",\"internalType\":\"structBN254.G1Point[]\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"quorumApks\",\"type\":\"tuple[]\",\"internalType\":\"structBN254.G1Point[]\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"apkG2\",\"type\":\"tuple\",\"internalType\":\"structBN254.G2Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256[2]\",\"internalType\":\"uint256[2]\"},{\"name\":\"Y\",\"type\":\"uint256[2]\",\"internalType\":\"uint256[2]\"}]},{\"name\":\"sigma\",\"type\":\"tuple\",\"internalType\":\"structBN254.G1Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"quorumApkIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"totalStakeIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"nonSignerStakeIndices\",\"type\":\"uint32[][]\",\"internalType\":\"uint32[][]\"}]}],\"outputs\":[{\"name\":\"totals\",\"type\":\"tuple\",\"internalType\":\"structBLSSignatureChecker.QuorumStakeTotals\",\"components\":[{\"name\":\"signedStakeForQuorum\",\"type\":\"uint96[]\",\"internalType\":\"uint96[]\"},{\"name\":\"totalStakeForQuorum\",\"type\":\"uint96[]\",\"internalType\":\"uint96[]\"}]},{\"name\":\"signatoryRecordHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"createTask\",\"inputs\":[{\"name\":\"req\",\"type\":\"tuple\",\"internalType\":\"structTaskManager.TaskRequest\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"input\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"inputURI\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"responseWindowBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"outputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"deactivateFunction\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"delegation\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIDelegationManagerViews\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"expireTask\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"task\",\"type\":\"tuple\",\"internalType\":\"structTaskManager.Task\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumTaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structTaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"feeRecipient\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getFunction\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structTaskManager.FunctionRecord\",\"components\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"active\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"spec\",\"type\":\"tuple\",\"internalType\":\"structTaskManager.FunctionSpec\",\"components\":[{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumTaskManager.RuntimeKind\"},{\"name\":\"mode\",\"type\":\"uint8\",\"internalType\":\"enumTaskManager.VerificationMode\"},{\"name\":\"minQuorumThreshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"zkVerifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structTaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"uris\",\"type\":\"string[]\",\"internalType\":\"string[]\"}]}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getTask\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structTaskManager.TaskRecord\",\"components\":[{\"name\":\"taskHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"responseDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"state\",\"type\":\"uint8\",\"internalType\":\"enumTaskManager.TaskState\"},{\"name\":\"resultStatus\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"respondedBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"zkVerifier\",\"type\":\"address\",\"internalType\":\"address\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"maxResponseWindow\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"minResponseWindow\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"minTaskFee\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint96\",\"internalType\":\"uint96\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"nextFunctionId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"nextTaskId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"paused\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pauser\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"registerFunction\",\"inputs\":[{\"name\":\"spec\",\"type\":\"tuple\",\"internalType\":\"structTaskManager.FunctionSpec\",\"components\":[{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumTaskManager.RuntimeKind\"},{\"name\":\"mode\",\"type\":\"uint8\",\"internalType\":\"enumTaskManager.VerificationMode\"},{\"name\":\"minQuorumThreshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"zkVerifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structTaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"uris\",\"type\":\"string[]\",\"internalType\":\"string[]\"}]}],\"outputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"registryCoordinator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIRegistryCoordinatorViews\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"respondToTask\",\"inputs\":[{\"name\":\"task\",\"type\":\"tuple\",\"internalType\":\"structTaskManager.Task\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumTaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structTaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]},{\"name\":\"response\",\"type\":\"tuple\",\"internalType\":\"structTaskManager.TaskResponse\",\"components\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"outputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"name\":\"certificate\",\"type\":\"tuple\",\"internalType\":\"structBLSSignatureChecker.NonSignerStakesAndSignature\",\"components\":[{\"name\":\"nonSignerQuorumBitmapIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"nonSignerPubkeys\",\"type\":\"tuple[]\",\"internalType\":\"structBN254.G1Point[]\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"quorumApks\",\"type\":\"tuple[]\",\"internalType\":\"structBN254.G1Point[]\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"apkG2\",\"type\":\"tuple\",\"internalType\":\"structBN254.G2Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256[2]\",\"internalType\":\"uint256[2]\"},{\"name\":\"Y\",\"type\":\"uint256[2]\",\"internalType\":\"uint256[2]\"}]},{\"name\":\"sigma\",\"type\":\"tuple\",\"internalType\":\"structBN254.G1Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"quorumApkIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"totalStakeIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"nonSignerStakeIndices\",\"type\":\"uint32[][]\",\"internalType\":\"uint32[][]\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"respondWithProof\",\"inputs\":[{\"name\":\"task\",\"type\":\"tuple\",\"internalType\":\"structTaskManager.Task\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumTaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structTaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]},{\"name\":\"response\",\"type\":\"tuple\",\"internalType\":\"structTaskManager.TaskResponse\",\"components\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"outputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"name\":\"proof\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"responseDigest\",\"inputs\":[{\"name\":\"task\",\"type\":\"tuple\",\"internalType\":\"structTaskManager.Task\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumTaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structTaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]},{\"name\":\"response\",\"type\":\"tuple\",\"internalType\":\"structTaskManager.TaskResponse\",\"components\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"outputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"runtimeEnvironment\",\"inputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumTaskManager.RuntimeKind\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setAggregator\",\"inputs\":[{\"name\":\"newAggregator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setFeeRecipient\",\"inputs\":[{\"name\":\"newRecipient\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMinTaskFee\",\"inputs\":[{\"name\":\"newMinimum\",\"type\":\"uint96\",\"internalType\":\"uint96\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setPauser\",\"inputs\":[{\"name\":\"newPauser\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setResponseWindow\",\"inputs\":[{\"name\":\"minBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setRuntimeEnvironment\",\"inputs\":[{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumTaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setStaleStakesForbidden\",\"inputs\":[{\"name\":\"forbidden\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"stakeRegistry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIStakeRegistryViews\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"staleStakesForbidden\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"trySignatureAndApkVerification\",\"inputs\":[{\"name\":\"msgHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"apk\",\"type\":\"tuple\",\"internalType\":\"structBN254.G1Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"apkG2\",\"type\":\"tuple\",\"internalType\":\"structBN254.G2Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256[2]\",\"internalType\":\"uint256[2]\"},{\"name\":\"Y\",\"type\":\"uint256[2]\",\"internalType\":\"uint256[2]\"}]},{\"name\":\"sigma\",\"type\":\"tuple\",\"internalType\":\"structBN254.G1Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"outputs\":[{\"name\":\"pairingSuccessful\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"signatureIsValid\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"unpause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"updateFunction\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"spec\",\"type\":\"tuple\",\"internalType\":\"structTaskManager.FunctionSpec\",\"components\":[{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumTaskManager.RuntimeKind\"},{\"name\":\"mode\",\"type\":\"uint8\",\"internalType\":\"enumTaskManager.VerificationMode\"},{\"name\":\"minQuorumThreshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"zkVerifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structTaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"uris\",\"type\":\"string[]\",\"internalType\":\"string[]\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"AggregatorChanged\",\"inputs\":[{\"name\":\"previous\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"current\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CallbackResult\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"callback\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"success\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FeeRecipientChanged\",\"inputs\":[{\"name\":\"previous\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"current\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FunctionDeactivated\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FunctionRegistered\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"spec\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structTaskManager.FunctionSpec\",\"components\":[{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumTaskManager.RuntimeKind\"},{\"name\":\"mode\",\"type\":\"uint8\",\"internalType\":\"enumTaskManager.VerificationMode\"},{\"name\":\"minQuorumThreshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"zkVerifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structTaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"uris\",\"type\":\"string[]\",\"internalType\":\"string[]\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FunctionUpdated\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"spec\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structTaskManager.FunctionSpec\",\"components\":[{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumTaskManager.RuntimeKind\"},{\"name\":\"mode\",\"type\":\"uint8\",\"internalType\":\"enumTaskManager.VerificationMode\"},{\"name\":\"minQuorumThreshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"zkVerifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structTaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"uris\",\"type\":\"string[]\",\"internalType\":\"string[]\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MinTaskFeeChanged\",\"inputs\":[{\"name\":\"previous\",\"type\":\"uint96\",\"indexed\":false,\"internalType\":\"uint96\"},{\"name\":\"current\",\"type\":\"uint96\",\"indexed\":false,\"internalType\":\"uint96\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferStarted\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Paused\",\"inputs\":[{\"name\":\"by\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PauserChanged\",\"inputs\":[{\"name\":\"previousPauser\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newPauser\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ResponseWindowChanged\",\"inputs\":[{\"name\":\"minBlocks\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"maxBlocks\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RuntimeEnvironmentSet\",\"inputs\":[{\"name\":\"runtime\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumTaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"StaleStakesForbiddenChanged\",\"inputs\":[{\"name\":\"forbidden\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TaskCreated\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"task\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structTaskManager.Task\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumTaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structTaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]},{\"name\":\"input\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"},{\"name\":\"inputURI\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"moduleURIs\",\"type\":\"string[]\",\"indexed\":false,\"internalType\":\"string[]\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TaskExpired\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TaskResponded\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"response\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structTaskManager.TaskResponse\",\"components\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"outputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"name\":\"responseDigest\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"signatoryRecordHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unpaused\",\"inputs\":[{\"name\":\"by\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Withdrawn\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"CallbackGasTooHigh\",\"inputs\":[{\"name\":\"requested\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maximum\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"ECAddFailed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ECMulFailed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"FeeBelowMinimum\",\"inputs\":[{\"name\":\"paid\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minimum\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"FeeTooLarge\",\"inputs\":[{\"name\":\"paid\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maximum\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InactiveFunction\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InputArrayLengthMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InputDigestMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InputEmptyQuorumNumbers\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InputNonSignerLengthMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InputTooLarge\",\"inputs\":[{\"name\":\"size\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InsufficientGasForCallback\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidBLSPairingKey\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidBLSSignature\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidFunctionSpec\",\"inputs\":[{\"name\":\"reason\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"InvalidQuorumApkHash\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidReferenceBlocknumber\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"IsPaused\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"MissingInput\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ModExpFailed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NonSignerPubkeysNotSorted\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotAggregator\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotFunctionOwner\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"NotOwner\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotPauser\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotPendingOwner\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NothingToWithdraw\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"OutputDigestMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"OutputTooLargeInline\",\"inputs\":[{\"name\":\"size\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ProofRejected\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"reason\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"type\":\"error\",\"name\":\"QuorumNumbersNotSortedOrUnknown\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ResponseWindowOutOfRange\",\"inputs\":[{\"name\":\"requested\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"minimum\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maximum\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"RuntimeNotEnabled\",\"inputs\":[{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumTaskManager.RuntimeKind\"}]},{\"type\":\"error\",\"name\":\"StaleStakes\",\"inputs\":[{\"name\":\"quorumNumber\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"TaskAlreadyExpired\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"TaskAlreadyResponded\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"TaskDeadlinePassed\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"TaskMismatch\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"TaskNotYetExpired\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"ThresholdNotMet\",\"inputs\":[{\"name\":\"quorumNumber\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"signedStake\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"totalStake\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]},{\"type\":\"error\",\"name\":\"ThresholdOutOfRange\",\"inputs\":[{\"name\":\"requested\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"minimum\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"UnknownFunction\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"UnknownTask\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"WithdrawFailed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"WrongQuorumSet\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"WrongVerificationMode\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZkOutputMalformed\",\"inputs\":[{\"name\":\"size\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ZkStatusNotOk\",\"inputs\":[{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"ZkVerifierMissing\",\"inputs\":[{\"name\":\"verifier\",\"type\":\"address\",\"internalType\":\"address\"}]}]",
	Bin: "0x61010060405260028054600160b01b600160f01b031916600160b01b1790556003805463ffffffff19166001179055348015610039575f5ffd5b5060405161675138038061675183398101604081905261005891610428565b8484806001600160a01b0381166100825760405163d92e233d60e01b815260040160405180910390fd5b5f80546001600160a01b03199081166001600160a01b03858116918217845560028054909316908516179091556040519091907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a36040516001600160a01b038216905f907f95bb211a5a393c4d30c3edc9a745825fba4e6ad3e3bb949e6bf8ccdfe431a811908290a350506001600160a01b038116608081905260408051636830483560e01b815290516368304835916004808201926020929091908290030181865afa158015610159573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061017d9190610491565b6001600160a01b031660a0816001600160a01b031681525050806001600160a01b0316635df459466040518163ffffffff1660e01b8152600401602060405180830381865afa1580156101d2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101f69190610491565b6001600160a01b031660c0816001600160a01b03168152505060a0516001600160a01b031663df5cf7236040518163ffffffff1660e01b8152600401602060405180830381865afa15801561024d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102719190610491565b6001600160a01b031660e05250610288828261031f565b600480546001600160a01b038086166001600160a01b0319928316811790935560058054918816919092161790556040515f907f130d4e632a6163e8dab92a952e84f85d90e06c320d7c56e3b942f6fc02b65558908290a36040516001600160a01b038516905f907f0bc21fe5c3ab742ff1d15b5c4477ffbacf1167e618228078fa625edebe7f331d908290a350505050506104b3565b63ffffffff8216158061033d57508163ffffffff168163ffffffff16105b1561037757604051633fdfa8df60e11b815263ffffffff808316600483018190529084166024830152604482015260640160405180910390fd5b60038054600160201b600160601b03191664010000000063ffffffff85811691820263ffffffff60401b19169290921768010000000000000000928516928302179092556040805192835260208301919091527f91f2427424ad1adbffdb49baf280f6a98bf0ce59173be0956d90f98d4e9bbe4e910160405180910390a15050565b6001600160a01b038116811461040d575f5ffd5b50565b805163ffffffff81168114610423575f5ffd5b919050565b5f5f5f5f5f60a0868803121561043c575f5ffd5b8551610447816103f9565b6020870151909550610458816103f9565b6040870151909450610469816103f9565b925061047760608701610410565b915061048560808701610410565b90509295509295909350565b5f602082840312156104a1575f5ffd5b81516104ac816103f9565b9392505050565b60805160a05160c05160e05161623361051e5f395f81816107be015261374f01525f81816105390152611d8801525f818161058b01528181613c750152613d4101525f81816105be01528181610d5501528181611c0d015281816138280152613a0901526162335ff3fe60806040526004361061026a575f3560e01c80636efb46361161014a578063b98d0908116100be578063e74b981b11610078578063e74b981b14610814578063f292cc5b14610833578063f2fde38b14610852578063f9120af614610871578063fdc3d8d714610890578063ff14f953146108ac575f5ffd5b8063b98d09081461074b578063c53c45961461076b578063d48ac5cf1461078e578063df5cf723146107ad578063e30c3978146107e0578063e4751f5e146107ff575f5ffd5b80638da5cb5b1161010f5780638da5cb5b1461068957806391739e8c146106a75780639e882716146106bd5780639fd0506d146106e1578063a6cb073914610700578063b96ed13e1461071f575f5ffd5b80636efb4636146105f65780637006cbef1461062357806374d2e22f1461064257806379ba5097146106615780638456cb5914610675575f5ffd5b806346904840116101e15780635c975abb116101a65780635c975abb146104f85780635df4594614610528578063607c37771461055b578063683048351461057a5780636d14a987146105ad5780636d9809a0146105e0575f5ffd5b8063469048401461042557806348d23564146104445780634a95a394146104635780634e5b38441461048e57806357342d74146104cc575f5ffd5b80632d88af4a116102325780632d88af4a1461037f57806334acd7a8146103a05780633ccfd60b146103bf5780633f4ba83a146103d3578063416c7e5e146103e75780634652d9ef14610406575f5ffd5b806302b9db7b1461026e578063171f1d5b146102b15780631b9a1f01146102e7578063245a7bfc1461030f57806327e235e314610346575b5f5ffd5b348015610279575f5ffd5b5060025461029490600160b01b90046001600160401b031681565b6040516001600160401b0390911681526020015b60405180910390f35b3480156102bc575f5ffd5b506102d06102cb36600461481e565b6108cb565b6040805192151583529015156020830152016102a8565b6102fa6102f536600461486c565b610a4d565b60405163ffffffff90911681526020016102a8565b34801561031a575f5ffd5b5060045461032e906001600160a01b031681565b6040516001600160a01b0390911681526020016102a8565b348015610351575f5ffd5b506103716103603660046148c9565b60096020525f908152604090205481565b6040519081526020016102a8565b34801561038a575f5ffd5b5061039e6103993660046148c9565b6113e2565b005b3480156103ab575f5ffd5b5061039e6103ba36600461490b565b611467565b3480156103ca575f5ffd5b5061039e61174a565b3480156103de575f5ffd5b5061039e61182f565b3480156103f2575f5ffd5b5061039e61040136600461499d565b611892565b348015610411575f5ffd5b506103716104203660046149bc565b6118c8565b348015610430575f5ffd5b5060055461032e906001600160a01b031681565b34801561044f575f5ffd5b5061029461045e366004614a30565b611925565b34801561046e575f5ffd5b5061037161047d366004614a80565b60066020525f908152604090205481565b348015610499575f5ffd5b506003546104b490600160601b90046001600160601b031681565b6040516001600160601b0390911681526020016102a8565b3480156104d7575f5ffd5b506104eb6104e6366004614ab7565b611a2f565b6040516102a89190614ae6565b348015610503575f5ffd5b5060025461051890600160a01b900460ff1681565b60405190151581526020016102a8565b348015610533575f5ffd5b5061032e7f000000000000000000000000000000000000000000000000000000000000000081565b348015610566575f5ffd5b5061039e610575366004614b69565b611adc565b348015610585575f5ffd5b5061032e7f000000000000000000000000000000000000000000000000000000000000000081565b3480156105b8575f5ffd5b5061032e7f000000000000000000000000000000000000000000000000000000000000000081565b3480156105eb575f5ffd5b506102fa621e848081565b348015610601575f5ffd5b50610615610610366004614e3a565b611b2b565b6040516102a8929190614f52565b34801561062e575f5ffd5b5061039e61063d366004614f9a565b612001565b34801561064d575f5ffd5b5061039e61065c366004614fe3565b6120ab565b34801561066c575f5ffd5b5061039e612154565b348015610680575f5ffd5b5061039e6121d5565b348015610694575f5ffd5b505f5461032e906001600160a01b031681565b3480156106b2575f5ffd5b506103716201000081565b3480156106c8575f5ffd5b506003546102fa90640100000000900463ffffffff1681565b3480156106ec575f5ffd5b5060025461032e906001600160a01b031681565b34801561070b575f5ffd5b5061039e61071a366004614ffe565b612257565b34801561072a575f5ffd5b5061073e610739366004614b69565b612427565b6040516102a891906151a1565b348015610756575f5ffd5b5060025461051890600160a81b900460ff1681565b348015610776575f5ffd5b506003546102fa90600160401b900463ffffffff1681565b348015610799575f5ffd5b5061039e6107a8366004615249565b61267f565b3480156107b8575f5ffd5b5061032e7f000000000000000000000000000000000000000000000000000000000000000081565b3480156107eb575f5ffd5b5060015461032e906001600160a01b031681565b34801561080a575f5ffd5b5061037161200081565b34801561081f575f5ffd5b5061039e61082e3660046148c9565b6126b3565b34801561083e575f5ffd5b5061039e61084d366004615280565b61275f565b34801561085d575f5ffd5b5061039e61086c3660046148c9565b6127f7565b34801561087c575f5ffd5b5061039e61088b3660046148c9565b612898565b34801561089b575f5ffd5b506003546102fa9063ffffffff1681565b3480156108b7575f5ffd5b5061039e6108c63660046152c2565b61291d565b5f5f5f7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000187875f01518860200151885f01515f6002811061090e5761090e615304565b60200201518951600160200201518a602001515f6002811061093257610932615304565b60200201518b6020015160016002811061094e5761094e615304565b602090810291909101518c518d8301516040516109ab9a99989796959401988952602089019790975260408801959095526060870193909352608086019190915260a085015260c084015260e08301526101008201526101200190565b604051602081830303815290604052805190602001205f1c6109cd919061532c565b9050610a3f6109e66109df8884612b66565b8690612bcb565b6109ee612c30565b610a35610a2685610a206040805180820182525f80825260209182015281518083019092526001825260029082015290565b90612b66565b610a2f8c612cf0565b90612bcb565b886201d4c0612ddc565b909890975095505050505050565b6002545f90600160a01b900460ff1615610a7a57604051631309a56360e01b815260040160405180910390fd5b6001600160601b03341115610ab657604051630d67e66360e21b81523460048201526001600160601b0360248201526044015b60405180910390fd5b600354600160601b90046001600160601b0316341015610b04576003546040516308d9f2ef60e41b8152346004820152600160601b9091046001600160601b03166024820152604401610aad565b5f600781610b156020860186614b69565b6001600160401b0316815260208101919091526040015f2080549091506001600160a01b0316610b7157610b4c6020840184614b69565b60405163af2c671160e01b81526001600160401b039091166004820152602401610aad565b8054600160a01b900460ff16610bb357610b8e6020840184614b69565b6040516319679ec760e21b81526001600160401b039091166004820152602401610aad565b60028101545f90600690829060ff166001811115610bd357610bd3614ad2565b6001811115610be457610be4614ad2565b815260208101919091526040015f2054905080610c1d5760028201546040516318377c4560e01b8152610aad9160ff169060040161533f565b5f80610c2c6020870187615352565b90501115610ce25762010000610c456020870187615352565b90501115610c8257610c5a6020860186615352565b604051630693c11960e21b8152610aad92506201000090600401918252602082015260400190565b610c8f6020860186615352565b604051610c9d929190615394565b6040805191829003909120915085013515801590610cbf575080856040013514155b15610cdd576040516347c9d91760e11b815260040160405180910390fd5b610d24565b60408501351580610cff5750610cfb6060860186615352565b1590505b15610d1d57604051630eb02bfb60e01b815260040160405180910390fd5b5060408401355b610d316080860186615352565b90505f03610d5257604051630d38300960e01b815260040160405180910390fd5b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316639aa1653d6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610daf573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610dd391906153b1565b90505f5b610de46080880188615352565b9050811015610e8c575f610dfb6080890189615352565b83818110610e0b57610e0b615304565b919091013560f81c91505060ff831681101580610e6557505f82118015610e655750610e3a6080890189615352565b610e456001856153e0565b818110610e5457610e54615304565b919091013560f81c60ff8316111590505b15610e8357604051630d38300960e01b815260040160405180910390fd5b50600101610dd7565b50600284015462010000900460ff1680610eac60c0890160a08a016153fe565b60ff161080610ecd57506064610ec860c0890160a08a016153fe565b60ff16115b15610f0957610ee260c0880160a089016153fe565b60405163095f7c5f60e01b815260ff91821660048201529082166024820152604401610aad565b600354640100000000900463ffffffff16610f2a60e0890160c08a01614ab7565b63ffffffff161080610f5f5750600354600160401b900463ffffffff16610f5760e0890160c08a01614ab7565b63ffffffff16115b15610fb857610f7460e0880160c08901614ab7565b600354604051633fdfa8df60e11b815263ffffffff9283166004820152640100000000820483166024820152600160401b9091049091166044820152606401610aad565b621e8480610fce61012089016101008a01614ab7565b63ffffffff16111561101757610fec61012088016101008901614ab7565b6040516302204a4b60e31b815263ffffffff9091166004820152621e84806024820152604401610aad565b604080516101c081019091525f908061103360208b018b614b69565b6001600160401b031681526001808901546020830152600289015460409092019160ff169081111561106757611067614ad2565b81526020808201889052604080516080808201835260038c01546001600160401b038082168452600160401b8204169483019490945263ffffffff600160801b8504811683850152600160a01b909404909316606080830191909152918401528201879052908101906110dc908b018b615352565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050509082525060200161112560c08b0160a08c016153fe565b60ff16815263ffffffff4316602082015260400161114960e08b0160c08c01614ab7565b6111539043615419565b63ffffffff1681523360208201526040016111756101008b0160e08c016148c9565b6001600160a01b031681526020015f6111956101008c0160e08d016148c9565b6001600160a01b0316146111ba576111b56101208b016101008c01614ab7565b6111bc565b5f5b63ffffffff90811682526001600160601b033416602090920191909152600380549293509116905f6111ed83615435565b91906101000a81548163ffffffff021916908363ffffffff16021790555096506040518060c00160405280826040516020016112299190615569565b60408051601f19818403018152918152815160209283012083525f9183019190915201600181525f60208201819052604082015260600160016002890154610100900460ff16600181111561128057611280614ad2565b1461128b575f6112a1565b6002880154630100000090046001600160a01b03165b6001600160a01b031681525060085f8963ffffffff1663ffffffff1681526020019081526020015f205f820151815f0155602082015181600101556040820151816002015f6101000a81548160ff0219169083600381111561130557611305614ad2565b0217905550606082015160029091018054608084015160a0909401516001600160a01b0316600160301b026601000000000000600160d01b031963ffffffff958616620100000265ffffffff00001960ff909616610100029590951665ffffffffff001990931692909217939093171691909117905587167f3f395cab20957f5b573c19c9c1b4e676a5c1ef2c3ab4b19aefd3b3ed4c09ed1a826113ac60208c018c615352565b6113b960608e018e615352565b6040516113cf95949392919060048f01906155d5565b60405180910390a2505050505050919050565b5f546001600160a01b0316331461140c576040516330cd747160e01b815260040160405180910390fd5b6002546040516001600160a01b038084169216907f95bb211a5a393c4d30c3edc9a745825fba4e6ad3e3bb949e6bf8ccdfe431a811905f90a3600280546001600160a01b0319166001600160a01b0392909216919091179055565b600254600160a01b900460ff161561149257604051631309a56360e01b815260040160405180910390fd5b5f6114a06020840184614ab7565b90505f5f6114ae8387612f41565b60028201549193509150600160301b90046001600160a01b0316156114ee57604051632c2dd12760e01b815263ffffffff84166004820152602401610aad565b6120006114fe6060870187615352565b90501115611531576115136060860186615352565b604051634095ed0160e01b8152610aad925060040190815260200190565b5f61153f6060870187615352565b90501180156115745750604085013561155b6060870187615352565b604051611569929190615394565b604051809103902014155b1561159257604051631d964d8f60e21b815260040160405180910390fd5b5f463083886040516020016115aa9493929190615788565b60408051601f19818403018152919052805160209091012090505f80611627836115d86101208c018c615352565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061161e925050506101808d016101608e01614ab7565b6106108b6157be565b90925090505f5b826020015151811015611731575f835f0151828151811061165157611651615304565b602002602001015190505f8460200151838151811061167257611672615304565b60200260200101519050806001600160601b03165f14806116cc57506116a06101608d016101408e016153fe565b6116b69060ff166001600160601b0383166157c9565b6116ca6001600160601b03841660646157c9565b105b15611727576116df6101208d018d615352565b848181106116ef576116ef615304565b6040516315ba38c760e31b815292013560f81c6004830152506001600160601b03808416602483015282166044820152606401610aad565b505060010161162e565b5061173f858a8a8685613117565b505050505050505050565b335f908152600960205260408120549081900361177a57604051630686827b60e51b815260040160405180910390fd5b335f8181526009602052604080822091909155517f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5906117bd9084815260200190565b60405180910390a26040515f90339083908381818185875af1925050503d805f8114611804576040519150601f19603f3d011682016040523d82523d5f602084013e611809565b606091505b505090508061182b57604051631d42c86760e21b815260040160405180910390fd5b5050565b5f546001600160a01b03163314611859576040516330cd747160e01b815260040160405180910390fd5b6002805460ff60a01b1916905560405133907f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa905f90a2565b5f546001600160a01b031633146118bc576040516330cd747160e01b815260040160405180910390fd5b6118c581613273565b50565b5f4630846040516020016118dc919061584a565b60405160208183030381529060405280519060200120846040516020016119069493929190615788565b6040516020818303038152906040528051906020012090505b92915050565b6002545f90600160a01b900460ff161561195257604051631309a56360e01b815260040160405180910390fd5b61195b826132cb565b60028054600160b01b90046001600160401b031690601661197b836159b2565b82546101009290920a6001600160401b0381810219909316918316021790915581165f9081526007602052604090208054600160a01b6001600160a81b03199091163360ff60a01b19161717815590915082600182016119db8282615ce3565b905050336001600160a01b0316826001600160401b03167fdf0c672789cdc9e29250abe5b72cc2889bfaf0cdb0201116d345d7307a7b715885604051611a219190615e68565b60405180910390a350919050565b611a37614588565b63ffffffff82165f90815260086020908152604091829020825160c081018452815481526001820154928101929092526002810154919290919083019060ff166003811115611a8857611a88614ad2565b6003811115611a9957611a99614ad2565b815260029190910154610100810460ff16602083015262010000810463ffffffff166040830152600160301b90046001600160a01b031660609091015292915050565b5f611ae6826135ef565b805460ff60a01b191681556040519091506001600160401b038316907fdbb20d1ec7b15598b1e2f4d880eafbb9f3718933ea418af3e03b40d48cb27e08905f90a25050565b604080518082019091526060808252602082015283515f90808203611b625760405162f8202d60e51b815260040160405180910390fd5b80846040015151141580611b7b5750808460a001515114155b80611b8b5750808460c001515114155b80611b9b5750808460e001515114155b15611bb9576040516343714afd60e01b815260040160405180910390fd5b83515160208501515114611be057604051635f832f4160e01b815260040160405180910390fd5b438563ffffffff1610611c0657604051634b874f4560e01b815260040160405180910390fd5b5f611c90877f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316639aa1653d6040518163ffffffff1660e01b8152600401602060405180830381865afa158015611c67573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611c8b91906153b1565b6136a7565b600254909150600160a81b900460ff1615611caf57611caf878761374c565b5f611cbb8688846138cd565b90505f611ccb8260400151613bac565b9050836001600160401b03811115611ce557611ce56146d5565b604051908082528060200260200182016040528015611d0e578160200160208202803683370190505b508652836001600160401b03811115611d2957611d296146d5565b604051908082528060200260200182016040528015611d52578160200160208202803683370190505b5060208701525f5b84811015611f70575f8a8281518110611d7557611d75615304565b602001015160f81c60f81b60f81c90505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166368bccaac838d8d60a001518781518110611dcd57611dcd615304565b60209081029190910101516040516001600160e01b031960e086901b16815260ff909316600484015263ffffffff9182166024840152166044820152606401602060405180830381865afa158015611e27573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611e4b9190615f17565b9050611e758a604001518481518110611e6657611e66615304565b60200260200101516040902090565b67ffffffffffffffff19828116911614611ea25760405163e1310aed60e01b815260040160405180910390fd5b611ed28a604001518481518110611ebb57611ebb615304565b602002602001015185612bcb90919063ffffffff16565b9350611f1b828c8c60c001518681518110611eef57611eef615304565b60200260200101518d60e001518781518110611f0d57611f0d615304565b602002602001015189613c3d565b8a51805186908110611f2f57611f2f615304565b602002602001018b602001518681518110611f4c57611f4c615304565b6001600160601b039384166020918202929092010152911690525050600101611d5a565b505f5f611f878c848b606001518c608001516108cb565b9150915081611fa9576040516367988d3360e01b815260040160405180910390fd5b80611fc75760405163ab1b236b60e01b815260040160405180910390fd5b8351604051611fda918c91602001615f3f565b60405160208183030381529060405280519060200120965050505050505094509492505050565b5f546001600160a01b0316331461202b576040516330cd747160e01b815260040160405180910390fd5b8060065f84600181111561204157612041614ad2565b600181111561205257612052614ad2565b815260208101919091526040015f205581600181111561207457612074614ad2565b6040518281527f8b9591d346906cd19ebf0158b53a0263537d9269330935100febb2637018905a9060200160405180910390a25050565b5f546001600160a01b031633146120d5576040516330cd747160e01b815260040160405180910390fd5b600354604080516001600160601b03600160601b9093048316815291831660208301527fb524f2030f9c03f4f662b5015b391aee396f12a76ab1d9f2d04a14d27fc03f99910160405180910390a1600380546001600160601b03909216600160601b026bffffffffffffffffffffffff60601b19909216919091179055565b6001546001600160a01b0316331461217f57604051630614e5c760e21b815260040160405180910390fd5b5f805460405133926001600160a01b03909216917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e091a35f80546001600160a01b03199081163317909155600180549091169055565b6002546001600160a01b031633148015906121fa57505f546001600160a01b03163314155b156122185760405163492f678160e01b815260040160405180910390fd5b6002805460ff60a01b1916600160a01b17905560405133907f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258905f90a2565b600254600160a01b900460ff161561228257604051631309a56360e01b815260040160405180910390fd5b5f6122906020850185614ab7565b90505f5f61229e8388612f41565b60028201549193509150600160301b90046001600160a01b0316806122de57604051632c2dd12760e01b815263ffffffff85166004820152602401610aad565b6122ee60408801602089016153fe565b60ff16156123255761230660408801602089016153fe565b604051638e838b6360e01b815260ff9091166004820152602401610aad565b6120006123356060890189615352565b9050111561234a576115136060880188615352565b60206123596060890189615352565b61236492915061532c565b15612394576123766060880188615352565b604051631a62c5c160e21b8152610aad925060040190815260200190565b60408701356123a66060890189615352565b6040516123b4929190615394565b6040518091039020146123da57604051631d964d8f60e21b815260040160405180910390fd5b6123e88185848a8a8a613e74565b5f4630848a6040516020016124009493929190615788565b60405160208183030381529060405280519060200120905061173f848a8a845f5f1b613117565b61242f6145cb565b6001600160401b0382165f908152600760209081526040808320815160608101835281546001600160a01b038116825260ff600160a01b9091048116151582860152835160e081018552600180850180548352600286015494979596880195929490939285019216908111156124a7576124a7614ad2565b60018111156124b8576124b8614ad2565b81526020016001820160019054906101000a900460ff1660018111156124e0576124e0614ad2565b60018111156124f1576124f1614ad2565b8152600182015462010000810460ff1660208084019190915263010000009091046001600160a01b031660408084019190915280516080808201835260028601546001600160401b038082168452600160401b82041683860152600160801b810463ffffffff90811684860152600160a01b90910416606080840191909152850191909152600385018054835181860281018601909452808452919094019391925f9084015b8282101561263f578382905f5260205f200180546125b4906155a3565b80601f01602080910402602001604051908101604052809291908181526020018280546125e0906155a3565b801561262b5780601f106126025761010080835404028352916020019161262b565b820191905f5260205f20905b81548152906001019060200180831161260e57829003601f168201915b505050505081526020019060010190612597565b5050509152505090525080519091506001600160a01b031661191f5760405163af2c671160e01b81526001600160401b0384166004820152602401610aad565b5f546001600160a01b031633146126a9576040516330cd747160e01b815260040160405180910390fd5b61182b82826141c2565b5f546001600160a01b031633146126dd576040516330cd747160e01b815260040160405180910390fd5b6001600160a01b0381166127045760405163d92e233d60e01b815260040160405180910390fd5b6005546040516001600160a01b038084169216907f0bc21fe5c3ab742ff1d15b5c4477ffbacf1167e618228078fa625edebe7f331d905f90a3600580546001600160a01b0319166001600160a01b0392909216919091179055565b600254600160a01b900460ff161561278a57604051631309a56360e01b815260040160405180910390fd5b5f612794836135ef565b905061279f826132cb565b81600182016127ae8282615ce3565b905050826001600160401b03167f0d69f05f0bb09e6f24815377d6df595d269d196624b92f23c8096418274816b8836040516127ea9190615e68565b60405180910390a2505050565b5f546001600160a01b03163314612821576040516330cd747160e01b815260040160405180910390fd5b6001600160a01b0381166128485760405163d92e233d60e01b815260040160405180910390fd5b600180546001600160a01b0319166001600160a01b038381169182179092555f8054604051929316917f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227009190a350565b5f546001600160a01b031633146128c2576040516330cd747160e01b815260040160405180910390fd5b6004546040516001600160a01b038084169216907f130d4e632a6163e8dab92a952e84f85d90e06c320d7c56e3b942f6fc02b65558905f90a3600480546001600160a01b0319166001600160a01b0392909216919091179055565b63ffffffff82165f90815260086020526040812090600282015460ff16600381111561294b5761294b614ad2565b036129715760405163d10cfe7560e01b815263ffffffff84166004820152602401610aad565b81604051602001612982919061584a565b60405160208183030381529060405280519060200120815f0154146129c2576040516373934be360e01b815263ffffffff84166004820152602401610aad565b60028082015460ff1660038111156129dc576129dc614ad2565b03612a025760405163b800867160e01b815263ffffffff84166004820152602401610aad565b6003600282015460ff166003811115612a1d57612a1d614ad2565b03612a435760405163063a996560e21b815263ffffffff84166004820152602401610aad565b612a556101a083016101808401614ab7565b63ffffffff164311612a9d5782612a746101a084016101808501614ab7565b604051637a1b099360e01b815263ffffffff928316600482015291166024820152604401610aad565b60028101805460ff191660031790555f612abf61022084016102008501614fe3565b6001600160601b03161115612b3157612ae061022083016102008401614fe3565b6001600160601b031660095f612afe6101c086016101a087016148c9565b6001600160a01b03166001600160a01b031681526020019081526020015f205f828254612b2b9190615f85565b90915550505b60405163ffffffff8416907fec024f126fc5070b1c70b8836faae58ceb08d7a58b0601b80f38f8ca4c185bde905f90a2505050565b604080518082019091525f80825260208201526040805160608082018352855182526020808701519083015281830185905290915f9184908460075afa905080612bc357604051632319df1960e11b815260040160405180910390fd5b505092915050565b604080518082019091525f808252602082015260408051608080820183528551825260208087015181840152855183850152850151606083015290915f9184908460065afa905080612bc35760405163d4b68fd760e01b815260040160405180910390fd5b612c38614645565b50604080516080810182527f198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c28183019081527f1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed6060830152815281518083019092527f275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec82527f1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d60208381019190915281019190915290565b604080518082019091525f80825260208201525f612d1b5f5160206162135f395f51905f528461532c565b90505b5f5f5160206162135f395f51905f5260035f5160206162135f395f51905f52845f5160206162135f395f51905f52868709090890505f612d8f826004612d725f5160206162135f395f51905f526001615f85565b612d7c9190615f98565b5f5160206162135f395f51905f5261429a565b9050815f5160206162135f395f51905f5282830903612dc1576040805180820190915292835260208301525092915050565b5f5160206162135f395f51905f526001840892505050612d1e565b5f5f5f604051806101800160405280895f0151815260200189602001518152602001885f01515f60028110612e1357612e13615304565b60200201518152602001885f0151600160028110612e3357612e33615304565b6020020151815260200188602001515f60028110612e5357612e53615304565b602002015181526020018860200151600160028110612e7457612e74615304565b60200201518152602001875f0151815260200187602001518152602001865f01515f60028110612ea657612ea6615304565b60200201518152602001865f0151600160028110612ec657612ec6615304565b6020020151815260200186602001515f60028110612ee657612ee6615304565b602002015181526020018660200151600160028110612f0757612f07615304565b602002015190529050612f18614665565b60208161018084600889fa9350838015612f33575080516001145b925050509550959350505050565b6004545f9081906001600160a01b031615801590612f6a57506004546001600160a01b03163314155b15612f88576040516312cf973160e01b815260040160405180910390fd5b63ffffffff84165f908152600860209081526040918290209151919350612fb19185910161584a565b60408051601f19818403018152919052805160209091012090505f600283015460ff166003811115612fe557612fe5614ad2565b0361300b5760405163d10cfe7560e01b815263ffffffff85166004820152602401610aad565b81548114613034576040516373934be360e01b815263ffffffff85166004820152602401610aad565b60028083015460ff16600381111561304e5761304e614ad2565b036130745760405163b800867160e01b815263ffffffff85166004820152602401610aad565b6003600283015460ff16600381111561308f5761308f614ad2565b036130b55760405163063a996560e21b815263ffffffff85166004820152602401610aad565b6130c76101a084016101808501614ab7565b63ffffffff1643111561311057836130e76101a085016101808601614ab7565b6040516345581d2360e01b815263ffffffff928316600482015291166024820152604401610aad565b9250929050565b6002858101805460ff191690911790556001850182905561313e60408401602085016153fe565b60028601805465ffffffffff00191661010060ff939093169290920265ffffffff0000191691909117620100004363ffffffff16021790555f61318961022086016102008701614fe3565b6001600160601b031611156131e6576131aa61022085016102008601614fe3565b6005546001600160a01b03165f90815260096020526040812080546001600160601b0393909316929091906131e0908490615f85565b90915550505b6131f36020840184614ab7565b63ffffffff167fea2798b10954cc4b857a1dbdd3e91266b9d61b591201031ed4a4cb275f40067d84848460405161322c93929190615fab565b60405180910390a25f6132476101e086016101c087016148c9565b6001600160a01b03161461326c5761326c6132656020850185614ab7565b858561430c565b5050505050565b60028054821515600160a81b0260ff60a81b199091161790556040517f512552a88da47bab1d1fb1e361db2a4b32e41d2e5106b9ff864e6b2bd17670d7906132c090831515815260200190565b60405180910390a150565b803561331257604051630dd8ccfb60e11b81526020600482015260156024820152746d6f64756c6520646967657374206973207a65726f60581b6044820152606401610aad565b613320610120820182615ab7565b90505f0361336057604051630dd8ccfb60e11b815260206004820152600c60248201526b6e6f2066657463682055524960a01b6044820152606401610aad565b61337060c0820160a08301614b69565b6001600160401b03165f036133bd57604051630dd8ccfb60e11b81526020600482015260126024820152716675656c206c696d6974206973207a65726f60701b6044820152606401610aad565b620100006133d160e0830160c08401614b69565b6001600160401b0316101561342957604051630dd8ccfb60e11b815260206004820152601a60248201527f6d656d6f72792062656c6f77206f6e65207761736d20706167650000000000006044820152606401610aad565b61343b61012082016101008301614ab7565b63ffffffff165f0361348757604051630dd8ccfb60e11b81526020600482015260146024820152736f7574707574206c696d6974206973207a65726f60601b6044820152606401610aad565b613498610100820160e08301614ab7565b63ffffffff165f036134e157604051630dd8ccfb60e11b815260206004820152601160248201527077616c6c2074696d65206973207a65726f60781b6044820152606401610aad565b5f6134f26060830160408401614a80565b600181111561350357613503614ad2565b036135875761351860808201606083016153fe565b60ff1615806135395750606461353460808301606084016153fe565b60ff16115b156118c557604051630dd8ccfb60e11b815260206004820152601f60248201527f71756f72756d207468726573686f6c64206d75737420626520312e2e313030006044820152606401610aad565b5f61359860a08301608084016148c9565b6001600160a01b0316036118c557604051630dd8ccfb60e11b815260206004820152601860248201527f7a6b206d6f6465206e65656473206120766572696669657200000000000000006044820152606401610aad565b6001600160401b0381165f90815260076020526040902080546001600160a01b03166136395760405163af2c671160e01b81526001600160401b0383166004820152602401610aad565b80546001600160a01b0316331461366e5760405163065e2c3d60e11b81526001600160401b0383166004820152602401610aad565b8054600160a01b900460ff166136a2576040516319679ec760e21b81526001600160401b0383166004820152602401610aad565b919050565b5f805b8351811015613745575f8482815181106136c6576136c6615304565b016020015160f81c905060ff84168110158061371257505f821180156137125750846136f36001846153e0565b8151811061370357613703615304565b016020015160f81c60ff821611155b1561373057604051630bed095f60e41b815260040160405180910390fd5b600160ff90911681901b9290921791016136aa565b5092915050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663c448feb86040518163ffffffff1660e01b8152600401602060405180830381865afa1580156137a9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906137cd9190615fcf565b63ffffffff1690505f5b83518110156138c7575f8482815181106137f3576137f3615304565b016020015160405163124d062160e11b815260f89190911c60048201819052915063ffffffff85169084906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063249a0c4290602401602060405180830381865afa15801561386d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906138919190615fea565b61389b9190615f85565b116138be5760405163998eddd560e01b815260ff82166004820152602401610aad565b506001016137d7565b50505050565b6138d5614683565b602084015151806001600160401b038111156138f3576138f36146d5565b60405190808252806020026020018201604052801561391c578160200160208202803683370190505b508252806001600160401b03811115613937576139376146d5565b604051908082528060200260200182016040528015613960578160200160208202803683370190505b5060208301525f5b81811015613ba3575f61398a87602001518381518110611e6657611e66615304565b90505f821180156139c3575083516139a36001846153e0565b815181106139b3576139b3615304565b60200260200101515f1c815f1c11155b156139e457604051600162239afb60e21b0319815260040160405180910390fd5b80845f015183815181106139fa576139fa615304565b6020026020010181815250505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166304ec635183898b5f01518781518110613a4d57613a4d615304565b60200260200101516040518463ffffffff1660e01b8152600401613a8a9392919092835263ffffffff918216602084015216604082015260600190565b602060405180830381865afa158015613aa5573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613ac99190616001565b6001600160c01b031690508085602001518481518110613aeb57613aeb615304565b6020026020010181815250505f613b03878316614472565b905080600103613b4b57613b4189602001518581518110613b2657613b26615304565b60200260200101518760400151612bcb90919063ffffffff16565b6040870152613b98565b6001811115613b9857613b92613b87828b602001518781518110613b7157613b71615304565b6020026020010151612b6690919063ffffffff16565b604088015190612bcb565b60408701525b505050600101613968565b50509392505050565b604080518082019091525f80825260208201528151158015613bd057506020820151155b15613bed575050604080518082019091525f808252602082015290565b6040518060400160405280835f015181526020015f5160206162135f395f51905f528460200151613c1e919061532c565b613c35905f5160206162135f395f51905f526153e0565b905292915050565b604051636414a62b60e11b815260ff8616600482015263ffffffff8086166024830152841660448201525f9081906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063c8294c5690606401602060405180830381865afa158015613cba573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613cde9190616027565b91508190505f805b845151811015613e47578860ff1685602001518281518110613d0a57613d0a615304565b6020026020010151901c6001165f0315613e3f5785518210613d3f576040516343714afd60e01b815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663f2be94ae8a8a885f01518581518110613d8557613d85615304565b60200260200101518a8781518110613d9f57613d9f615304565b60209081029190910101516040516001600160e01b031960e087901b16815260ff909416600485015263ffffffff92831660248501526044840191909152166064820152608401602060405180830381865afa158015613e01573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613e259190616027565b613e2f9085616042565b935081613e3b81616061565b9250505b600101613ce6565b5084518114613e69576040516343714afd60e01b815260040160405180910390fd5b509550959350505050565b856001600160a01b03163b5f03613ea957604051633f975e6160e21b81526001600160a01b0387166004820152602401610aad565b5f6020613eb96060860186615352565b613ec4929150615f98565b90505f613ed2826004615f85565b90505f816001600160401b03811115613eed57613eed6146d5565b604051908082528060200260200182016040528015613f16578160200160208202803683370190505b5090506080875f1c901c815f81518110613f3257613f32615304565b602090810291909101015280516001600160801b0388169082906001908110613f5d57613f5d615304565b602002602001018181525050608086604001355f1c901c81600281518110613f8757613f87615304565b6020908102919091010152805160408701356001600160801b03169082906003908110613fb657613fb6615304565b60209081029190910101525f5b8381101561403f57613fd86060880188615352565b613fe38360206157c9565b90613fef846001615f85565b613ffa9060206157c9565b9261400793929190616079565b614010916160a0565b8261401c836004615f85565b8151811061402c5761402c615304565b6020908102919091010152600101613fc3565b505f61404a8361449b565b60405160200161405a91906160d4565b6040516020818303038152906040528051906020012090505f818460016140819190615f85565b61408c9060206157c9565b84888a81602061409c818361532c565b6140a79060206153e0565b6140b1919061532c565b6001600160401b038111156140c8576140c86146d5565b6040519080825280601f01601f1916602001820160405280156140f2576020820181803683370190505b506040516020016141099796959493929190616117565b60408051601f1981840301815291905290505f806001600160a01b038d16614133612710886157c9565b6141409062061a80615f85565b8460405161414e9190616183565b5f604051808303818686fa925050503d805f8114614187576040519150601f19603f3d011682016040523d82523d5f602084013e61418c565b606091505b5091509150816141b3578b8160405163510b4fd560e01b8152600401610aad92919061618e565b50505050505050505050505050565b63ffffffff821615806141e057508163ffffffff168163ffffffff16105b1561421657604051633fdfa8df60e11b815263ffffffff8083166004830181905290841660248301526044820152606401610aad565b600380546bffffffffffffffff00000000191664010000000063ffffffff8581169182026bffffffff0000000000000000191692909217600160401b928516928302179092556040805192835260208301919091527f91f2427424ad1adbffdb49baf280f6a98bf0ce59173be0956d90f98d4e9bbe4e910160405180910390a15050565b5f5f6040518060c001604052806020815260200160208152602001602081526020018681526020018581526020018481525090506142d6614665565b5f60208260c08560055afa905080614301576040516301f7ec5f60e41b815260040160405180910390fd5b505195945050505050565b5f61431f61020084016101e08501614ab7565b63ffffffff169050613a98603f6143378360406157c9565b6143419190615f98565b61434b9190615f85565b5a101561436b5760405163657989e960e01b815260040160405180910390fd5b5f8461437a6020860186614b69565b61438c6101c087016101a088016148c9565b86602001358660200160208101906143a491906153fe565b60408801356143b660608a018a615352565b6040516024016143cd9897969594939291906161ac565b60408051601f198184030181529190526020810180516001600160e01b0316634d63ee6960e11b17905290505f61440c6101e086016101c087016148c9565b90505f5f5f8451602086015f8689f19050816001600160a01b03168763ffffffff167f492dee2089147e802e0a151910b45782543df141b7285faf1bf4a0548317ff7883604051614461911515815260200190565b60405180910390a350505050505050565b5f5b81156136a2576144856001836153e0565b909116908061449381616061565b915050614474565b60606001825b600a81106144c957816144b381616061565b92506144c29050600a82615f98565b90506144a1565b50806001600160401b038111156144e2576144e26146d5565b6040519080825280601f01601f19166020018201604052801561450c576020820181803683370190505b509150805b801561458157614522600a8561532c565b61452d906030615f85565b60f81b8361453c6001846153e0565b8151811061454c5761454c615304565b60200101906001600160f81b03191690815f1a90535061456d600a85615f98565b935080614579816161fd565b915050614511565b5050919050565b6040518060c001604052805f81526020015f81526020015f60038111156145b1576145b1614ad2565b81525f602082018190526040820181905260609091015290565b604080516060810182525f80825260208201529081016146406040805160e081019091525f808252602082019081526020015f81525f60208083018290526040808401839052805160808101825283815291820183905281018290526060818101929092529101908152602001606081525090565b905290565b60405180604001604052806146586146b7565b81526020016146406146b7565b60405180602001604052806001906020820280368337509192915050565b6040518060600160405280606081526020016060815260200161464060405180604001604052805f81526020015f81525090565b60405180604001604052806002906020820280368337509192915050565b634e487b7160e01b5f52604160045260245ffd5b604080519081016001600160401b038111828210171561470b5761470b6146d5565b60405290565b60405161010081016001600160401b038111828210171561470b5761470b6146d5565b604051601f8201601f191681016001600160401b038111828210171561475c5761475c6146d5565b604052919050565b5f60408284031215614774575f5ffd5b61477c6146e9565b823581526020928301359281019290925250919050565b5f82601f8301126147a2575f5ffd5b6147aa6146e9565b8060408401858111156147bb575f5ffd5b845b818110156147d55780358452602093840193016147bd565b509095945050505050565b5f608082840312156147f0575f5ffd5b6147f86146e9565b90506148048383614793565b81526148138360408401614793565b602082015292915050565b5f5f5f5f6101208587031215614832575f5ffd5b843593506148438660208701614764565b925061485286606087016147e0565b91506148618660e08701614764565b905092959194509250565b5f6020828403121561487c575f5ffd5b81356001600160401b03811115614891575f5ffd5b820161012081850312156148a3575f5ffd5b9392505050565b6001600160a01b03811681146118c5575f5ffd5b80356136a2816148aa565b5f602082840312156148d9575f5ffd5b81356148a3816148aa565b5f61022082840312156148f5575f5ffd5b50919050565b5f608082840312156148f5575f5ffd5b5f5f5f6060848603121561491d575f5ffd5b83356001600160401b03811115614932575f5ffd5b61493e868287016148e4565b93505060208401356001600160401b03811115614959575f5ffd5b614965868287016148fb565b92505060408401356001600160401b03811115614980575f5ffd5b84016101808187031215614992575f5ffd5b809150509250925092565b5f602082840312156149ad575f5ffd5b813580151581146148a3575f5ffd5b5f5f604083850312156149cd575f5ffd5b82356001600160401b038111156149e2575f5ffd5b6149ee858286016148e4565b92505060208301356001600160401b03811115614a09575f5ffd5b614a15858286016148fb565b9150509250929050565b5f61014082840312156148f5575f5ffd5b5f60208284031215614a40575f5ffd5b81356001600160401b03811115614a55575f5ffd5b614a6184828501614a1f565b949350505050565b600281106118c5575f5ffd5b80356136a281614a69565b5f60208284031215614a90575f5ffd5b81356148a381614a69565b63ffffffff811681146118c5575f5ffd5b80356136a281614a9b565b5f60208284031215614ac7575f5ffd5b81356148a381614a9b565b634e487b7160e01b5f52602160045260245ffd5b8151815260208083015190820152604082015160c082019060048110614b0e57614b0e614ad2565b604083015260608381015160ff169083015260808084015163ffffffff169083015260a0928301516001600160a01b0316929091019190915290565b6001600160401b03811681146118c5575f5ffd5b80356136a281614b4a565b5f60208284031215614b79575f5ffd5b81356148a381614b4a565b5f6001600160401b03821115614b9c57614b9c6146d5565b5060051b60200190565b5f82601f830112614bb5575f5ffd5b8135614bc8614bc382614b84565b614734565b8082825260208201915060208360051b860101925085831115614be9575f5ffd5b602085015b83811015614c0f578035614c0181614a9b565b835260209283019201614bee565b5095945050505050565b5f82601f830112614c28575f5ffd5b8135614c36614bc382614b84565b8082825260208201915060208360061b860101925085831115614c57575f5ffd5b602085015b83811015614c0f57614c6e8782614764565b8352602090920191604001614c5c565b5f82601f830112614c8d575f5ffd5b8135614c9b614bc382614b84565b8082825260208201915060208360051b860101925085831115614cbc575f5ffd5b602085015b83811015614c0f5780356001600160401b03811115614cde575f5ffd5b614ced886020838a0101614ba6565b84525060209283019201614cc1565b5f6101808284031215614d0d575f5ffd5b614d15614711565b905081356001600160401b03811115614d2c575f5ffd5b614d3884828501614ba6565b82525060208201356001600160401b03811115614d53575f5ffd5b614d5f84828501614c19565b60208301525060408201356001600160401b03811115614d7d575f5ffd5b614d8984828501614c19565b604083015250614d9c83606084016147e0565b6060820152614dae8360e08401614764565b60808201526101208201356001600160401b03811115614dcc575f5ffd5b614dd884828501614ba6565b60a0830152506101408201356001600160401b03811115614df7575f5ffd5b614e0384828501614ba6565b60c0830152506101608201356001600160401b03811115614e22575f5ffd5b614e2e84828501614c7e565b60e08301525092915050565b5f5f5f5f60808587031215614e4d575f5ffd5b8435935060208501356001600160401b03811115614e69575f5ffd5b8501601f81018713614e79575f5ffd5b80356001600160401b03811115614e9257614e926146d5565b614ea5601f8201601f1916602001614734565b818152886020838501011115614eb9575f5ffd5b816020840160208301375f60208383010152809550505050614edd60408601614aac565b915060608501356001600160401b03811115614ef7575f5ffd5b614f0387828801614cfc565b91505092959194509250565b5f8151808452602084019350602083015f5b82811015614f485781516001600160601b0316865260209586019590910190600101614f21565b5093949350505050565b604081525f8351604080840152614f6c6080840182614f0f565b90506020850151603f19848303016060850152614f898282614f0f565b925050508260208301529392505050565b5f5f60408385031215614fab575f5ffd5b8235614fb681614a69565b946020939093013593505050565b6001600160601b03811681146118c5575f5ffd5b80356136a281614fc4565b5f60208284031215614ff3575f5ffd5b81356148a381614fc4565b5f5f5f5f60608587031215615011575f5ffd5b84356001600160401b03811115615026575f5ffd5b615032878288016148e4565b94505060208501356001600160401b0381111561504d575f5ffd5b615059878288016148fb565b93505060408501356001600160401b03811115615074575f5ffd5b8501601f81018713615084575f5ffd5b80356001600160401b03811115615099575f5ffd5b8760208284010111156150aa575f5ffd5b949793965060200194505050565b600281106118c5576118c5614ad2565b6150d1816150b8565b9052565b6001600160401b0381511682526001600160401b03602082015116602083015263ffffffff604082015116604083015263ffffffff60608201511660608301525050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f82825180855260208501945060208160051b830101602085015f5b8381101561519557601f1985840301885261517f838351615119565b6020988901989093509190910190600101615163565b50909695505050505050565b6020815260018060a01b0382511660208201526020820151151560408201525f60408301516060808401528051608084015260208101516151e1816150b8565b60a084015260408101516151f4816150b8565b60c0840152606081015160ff1660e084015260808101516001600160a01b031661010084015260a081015161522d6101208501826150d5565b5060c001516101406101a0840152614a616101c0840182615147565b5f5f6040838503121561525a575f5ffd5b823561526581614a9b565b9150602083013561527581614a9b565b809150509250929050565b5f5f60408385031215615291575f5ffd5b823561529c81614b4a565b915060208301356001600160401b038111156152b6575f5ffd5b614a1585828601614a1f565b5f5f604083850312156152d3575f5ffd5b82356152de81614a9b565b915060208301356001600160401b038111156152f8575f5ffd5b614a15858286016148e4565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601260045260245ffd5b5f8261533a5761533a615318565b500690565b6020810161534c836150b8565b91905290565b5f5f8335601e19843603018112615367575f5ffd5b8301803591506001600160401b03821115615380575f5ffd5b602001915036819003821315613110575f5ffd5b818382375f9101908152919050565b60ff811681146118c5575f5ffd5b5f602082840312156153c1575f5ffd5b81516148a3816153a3565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561191f5761191f6153cc565b80356136a2816153a3565b5f6020828403121561540e575f5ffd5b81356148a3816153a3565b63ffffffff818116838216019081111561191f5761191f6153cc565b5f63ffffffff821663ffffffff8103615450576154506153cc565b60010192915050565b80516001600160401b03168252602081015160208301525f604082015161548360408501826150c8565b506060820151606084015260808201516154a060808501826150d5565b5060a082015161010084015260c08201516102206101208501526154c8610220850182615119565b905060e08301516154df61014086018260ff169052565b5061010083015163ffffffff81166101608601525061012083015163ffffffff8116610180860152506101408301516001600160a01b0381166101a0860152506101608301516001600160a01b0381166101c08601525061018083015163ffffffff81166101e0860152506101a08301516001600160601b0381166102008601525b509392505050565b602081525f6148a36020830184615459565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b600181811c908216806155b757607f821691505b6020821081036148f557634e487b7160e01b5f52602260045260245ffd5b608081525f6155e76080830189615459565b82810360208401526155fa81888a61557b565b9050828103604084015261560f81868861557b565b9050828103606084015280845480835260208301915060208160051b840101865f5260205f205f5b838110156156d657601f198684030185525f8254615654816155a3565b80865260018216801561566e576001811461568a576156be565b60ff1983166020880152602082151560051b88010193506156be565b855f5260205f205f5b838110156156b55781546020828b010152600182019150602081019050615693565b88016020019450505b50505060209590950194925060019182019101615637565b50909c9b505050505050505050505050565b5f5f8335601e198436030181126156fd575f5ffd5b83016020810192503590506001600160401b0381111561571b575f5ffd5b803603821315613110575f5ffd5b5f813561573581614a9b565b63ffffffff168352602082013561574b816153a3565b60ff1660208401526040828101359084015261576a60608301836156e8565b6080606086015261577f60808601828461557b565b95945050505050565b84815260018060a01b0384166020820152826040820152608060608201525f6157b46080830184615729565b9695505050505050565b5f61191f3683614cfc565b808202811582820484141761191f5761191f6153cc565b80356157eb81614b4a565b6001600160401b03168252602081013561580481614b4a565b6001600160401b03166020830152604081013561582081614a9b565b63ffffffff166040830152606081013561583981614a9b565b63ffffffff81166060840152505050565b6020815261586b6020820161585e84614b5e565b6001600160401b03169052565b5f5f602084013590508060408401525061588760408401614a75565b61589460608401826150c8565b505f60608401359050806080840152506158b460a08301608085016157e0565b610100830135610120838101919091526158d0908401846156e8565b6102206101408501526158e86102408501828461557b565b9150506158f861014085016153f3565b60ff8116610160850152506159106101608501614aac565b63ffffffff81166101808501525061592b6101808501614aac565b63ffffffff81166101a0850152506159466101a085016148be565b6001600160a01b0381166101c0850152506159646101c085016148be565b6001600160a01b0381166101e0850152506159826101e08501614aac565b63ffffffff81166102008501525061599d6102008501614fd8565b6001600160601b038116610220850152615561565b5f6001600160401b0382166001600160401b038103615450576154506153cc565b5f813561191f816153a3565b5f813561191f816148aa565b81356159f681614b4a565b6001600160401b03811690508154816001600160401b031982161783556020840135615a2181614b4a565b6fffffffffffffffff0000000000000000604091821b166fffffffffffffffffffffffffffffffff19831684178117855590850135615a5f81614a9b565b6001600160a01b0319929092169092179190911760809190911b63ffffffff60801b161781555f6060830135615a9481614a9b565b825463ffffffff60a01b191660a09190911b63ffffffff60a01b16179091555050565b5f5f8335601e19843603018112615acc575f5ffd5b8301803591506001600160401b03821115615ae5575f5ffd5b6020019150600581901b3603821315613110575f5ffd5b5b8181101561182b575f8155600101615afd565b601f821115615b4757805f5260205f20601f840160051c81016020851015615b355750805b61326c601f850160051c830182615afc565b505050565b6001600160401b03831115615b6357615b636146d5565b615b7783615b7183546155a3565b83615b10565b5f601f841160018114615ba8575f8515615b915750838201355b5f19600387901b1c1916600186901b17835561326c565b5f83815260208120601f198716915b82811015615bd75786850135825560209485019460019092019101615bb7565b5086821015615bf3575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b600160401b831115615c1957615c196146d5565b805483825580841015615c9d575f828152602090208481019082015b80821015615c9a57615c4782546155a3565b8015615c8e57601f811160018114615c61575f8455615c8c565b5f84815260209020615c7e601f840160051c820160018301615afc565b505f84815260208120818655555b505b50600182019150615c35565b50505b505f8181526020812083915b85811015615cdb57615cbb8386615352565b615cc6818386615b4c565b50506020929092019160019182019101615ca9565b505050505050565b81358155600181016020830135615cf981614a69565b615d02816150b8565b60ff1982541660ff82168117835550505f6040840135615d2181614a69565b809150615d2d816150b8565b825461ff00191660089190911b61ff001617825550615d69615d51606085016159d3565b825462ff0000191660109190911b62ff000016178255565b615da2615d78608085016159df565b8280546301000000600160b81b03191660189290921b6301000000600160b81b0316919091179055565b50615db360a08301600283016159eb565b615dc1610120830183615ab7565b6138c7818360038601615c05565b5f5f8335601e19843603018112615de4575f5ffd5b83016020810192503590506001600160401b03811115615e02575f5ffd5b8060051b3603821315613110575f5ffd5b5f8383855260208501945060208460051b820101835f5b8681101561519557838303601f19018852615e4582876156e8565b615e5085828461557b565b60209a8b019a90955093909301925050600101615e2a565b60208082528235828201525f90830135615e8181614a69565b615e8a816150b8565b806040840152506040830135615e9f81614a69565b615ea8816150b8565b806060840152506060830135615ebd816153a3565b60ff8116608084015250615ed3608084016148be565b6001600160a01b03811660a084015250615ef360c0830160a085016157e0565b615f01610120840184615dcf565b6101408085015261577f61016085018284615e13565b5f60208284031215615f27575f5ffd5b815167ffffffffffffffff19811681146148a3575f5ffd5b63ffffffff60e01b8360e01b1681525f600482018351602085015f5b82811015615f79578151845260209384019390910190600101615f5b565b50919695505050505050565b8082018082111561191f5761191f6153cc565b5f82615fa657615fa6615318565b500490565b606081525f615fbd6060830186615729565b60208301949094525060400152919050565b5f60208284031215615fdf575f5ffd5b81516148a381614a9b565b5f60208284031215615ffa575f5ffd5b5051919050565b5f60208284031215616011575f5ffd5b81516001600160c01b03811681146148a3575f5ffd5b5f60208284031215616037575f5ffd5b81516148a381614fc4565b6001600160601b03828116828216039081111561191f5761191f6153cc565b5f60018201616072576160726153cc565b5060010190565b5f5f85851115616087575f5ffd5b83861115616093575f5ffd5b5050820193919092039150565b8035602083101561191f575f19602084900360031b1b1692915050565b5f81518060208401855e5f93019283525090919050565b7f76657269667950726f6f662862797465732c75696e743235365b00000000000081525f616105601a8301846160bd565b615d2960f01b81526002019392505050565b63ffffffff60e01b881681528660048201525f602482018751602089015f5b82811015616154578151845260209384019390910190600101616136565b505050868152848660208301375f90850160200190815261617581856160bd565b9a9950505050505050505050565b5f6148a382846160bd565b63ffffffff83168152604060208201525f614a616040830184615119565b63ffffffff891681526001600160401b038816602082015260018060a01b038716604082015285606082015260ff851660808201528360a082015260e060c08201525f61617560e08301848661557b565b5f8161620b5761620b6153cc565b505f19019056fe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47",
}

// TaskManagerABI is the input ABI used to generate the binding from.
// Deprecated: Use TaskManagerMetaData.ABI instead.
var TaskManagerABI = TaskManagerMetaData.ABI

// TaskManagerBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use TaskManagerMetaData.Bin instead.
var TaskManagerBin = TaskManagerMetaData.Bin

// DeployTaskManager deploys a new Ethereum contract, binding an instance of TaskManager to it.
func DeployTaskManager(auth *bind.TransactOpts, backend bind.ContractBackend, coordinator common.Address, initialOwner common.Address, initialAggregator common.Address, minWindow uint32, maxWindow uint32) (common.Address, *types.Transaction, *TaskManager, error) {
	parsed, err := TaskManagerMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(TaskManagerBin), backend, coordinator, initialOwner, initialAggregator, minWindow, maxWindow)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &TaskManager{TaskManagerCaller: TaskManagerCaller{contract: contract}, TaskManagerTransactor: TaskManagerTransactor{contract: contract}, TaskManagerFilterer: TaskManagerFilterer{contract: contract}}, nil
}

// TaskManager is an auto generated Go binding around an Ethereum contract.
type TaskManager struct {
	TaskManagerCaller     // Read-only binding to the contract
	TaskManagerTransactor // Write-only binding to the contract
	TaskManagerFilterer   // Log filterer for contract events
}

// TaskManagerCaller is an auto generated read-only Go binding around an Ethereum contract.
type TaskManagerCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TaskManagerTransactor is an auto generated write-only Go binding around an Ethereum contract.
type TaskManagerTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TaskManagerFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type TaskManagerFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TaskManagerSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type TaskManagerSession struct {
	Contract     *TaskManager      // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// TaskManagerCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type TaskManagerCallerSession struct {
	Contract *TaskManagerCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts      // Call options to use throughout this session
}

// TaskManagerTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type TaskManagerTransactorSession struct {
	Contract     *TaskManagerTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts      // Transaction auth options to use throughout this session
}

// TaskManagerRaw is an auto generated low-level Go binding around an Ethereum contract.
type TaskManagerRaw struct {
	Contract *TaskManager // Generic contract binding to access the raw methods on
}

// TaskManagerCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type TaskManagerCallerRaw struct {
	Contract *TaskManagerCaller // Generic read-only contract binding to access the raw methods on
}

// TaskManagerTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type TaskManagerTransactorRaw struct {
	Contract *TaskManagerTransactor // Generic write-only contract binding to access the raw methods on
}

// NewTaskManager creates a new instance of TaskManager, bound to a specific deployed contract.
func NewTaskManager(address common.Address, backend bind.ContractBackend) (*TaskManager, error) {
	contract, err := bindTaskManager(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &TaskManager{TaskManagerCaller: TaskManagerCaller{contract: contract}, TaskManagerTransactor: TaskManagerTransactor{contract: contract}, TaskManagerFilterer: TaskManagerFilterer{contract: contract}}, nil
}

// NewTaskManagerCaller creates a new read-only instance of TaskManager, bound to a specific deployed contract.
func NewTaskManagerCaller(address common.Address, caller bind.ContractCaller) (*TaskManagerCaller, error) {
	contract, err := bindTaskManager(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &TaskManagerCaller{contract: contract}, nil
}

// NewTaskManagerTransactor creates a new write-only instance of TaskManager, bound to a specific deployed contract.
func NewTaskManagerTransactor(address common.Address, transactor bind.ContractTransactor) (*TaskManagerTransactor, error) {
	contract, err := bindTaskManager(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &TaskManagerTransactor{contract: contract}, nil
}

// NewTaskManagerFilterer creates a new log filterer instance of TaskManager, bound to a specific deployed contract.
func NewTaskManagerFilterer(address common.Address, filterer bind.ContractFilterer) (*TaskManagerFilterer, error) {
	contract, err := bindTaskManager(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &TaskManagerFilterer{contract: contract}, nil
}

// bindTaskManager binds a generic wrapper to an already deployed contract.
func bindTaskManager(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := TaskManagerMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_TaskManager *TaskManagerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _TaskManager.Contract.TaskManagerCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_TaskManager *TaskManagerRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TaskManager.Contract.TaskManagerTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_TaskManager *TaskManagerRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _TaskManager.Contract.TaskManagerTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_TaskManager *TaskManagerCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _TaskManager.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_TaskManager *TaskManagerTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TaskManager.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_TaskManager *TaskManagerTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _TaskManager.Contract.contract.Transact(opts, method, params...)
}

// MAXCALLBACKGAS is a free data retrieval call binding the contract method 0x6d9809a0.
//
// Solidity: function MAX_CALLBACK_GAS() view returns(uint32)
func (_TaskManager *TaskManagerCaller) MAXCALLBACKGAS(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "MAX_CALLBACK_GAS")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// MAXCALLBACKGAS is a free data retrieval call binding the contract method 0x6d9809a0.
//
// Solidity: function MAX_CALLBACK_GAS() view returns(uint32)
func (_TaskManager *TaskManagerSession) MAXCALLBACKGAS() (uint32, error) {
	return _TaskManager.Contract.MAXCALLBACKGAS(&_TaskManager.CallOpts)
}

// MAXCALLBACKGAS is a free data retrieval call binding the contract method 0x6d9809a0.
//
// Solidity: function MAX_CALLBACK_GAS() view returns(uint32)
func (_TaskManager *TaskManagerCallerSession) MAXCALLBACKGAS() (uint32, error) {
	return _TaskManager.Contract.MAXCALLBACKGAS(&_TaskManager.CallOpts)
}

// MAXINLINEINPUT is a free data retrieval call binding the contract method 0x91739e8c.
//
// Solidity: function MAX_INLINE_INPUT() view returns(uint256)
func (_TaskManager *TaskManagerCaller) MAXINLINEINPUT(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "MAX_INLINE_INPUT")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXINLINEINPUT is a free data retrieval call binding the contract method 0x91739e8c.
//
// Solidity: function MAX_INLINE_INPUT() view returns(uint256)
func (_TaskManager *TaskManagerSession) MAXINLINEINPUT() (*big.Int, error) {
	return _TaskManager.Contract.MAXINLINEINPUT(&_TaskManager.CallOpts)
}

// MAXINLINEINPUT is a free data retrieval call binding the contract method 0x91739e8c.
//
// Solidity: function MAX_INLINE_INPUT() view returns(uint256)
func (_TaskManager *TaskManagerCallerSession) MAXINLINEINPUT() (*big.Int, error) {
	return _TaskManager.Contract.MAXINLINEINPUT(&_TaskManager.CallOpts)
}

// MAXINLINEOUTPUT is a free data retrieval call binding the contract method 0xe4751f5e.
//
// Solidity: function MAX_INLINE_OUTPUT() view returns(uint256)
func (_TaskManager *TaskManagerCaller) MAXINLINEOUTPUT(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "MAX_INLINE_OUTPUT")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXINLINEOUTPUT is a free data retrieval call binding the contract method 0xe4751f5e.
//
// Solidity: function MAX_INLINE_OUTPUT() view returns(uint256)
func (_TaskManager *TaskManagerSession) MAXINLINEOUTPUT() (*big.Int, error) {
	return _TaskManager.Contract.MAXINLINEOUTPUT(&_TaskManager.CallOpts)
}

// MAXINLINEOUTPUT is a free data retrieval call binding the contract method 0xe4751f5e.
//
// Solidity: function MAX_INLINE_OUTPUT() view returns(uint256)
func (_TaskManager *TaskManagerCallerSession) MAXINLINEOUTPUT() (*big.Int, error) {
	return _TaskManager.Contract.MAXINLINEOUTPUT(&_TaskManager.CallOpts)
}

// Aggregator is a free data retrieval call binding the contract method 0x245a7bfc.
//
// Solidity: function aggregator() view returns(address)
func (_TaskManager *TaskManagerCaller) Aggregator(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "aggregator")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Aggregator is a free data retrieval call binding the contract method 0x245a7bfc.
//
// Solidity: function aggregator() view returns(address)
func (_TaskManager *TaskManagerSession) Aggregator() (common.Address, error) {
	return _TaskManager.Contract.Aggregator(&_TaskManager.CallOpts)
}

// Aggregator is a free data retrieval call binding the contract method 0x245a7bfc.
//
// Solidity: function aggregator() view returns(address)
func (_TaskManager *TaskManagerCallerSession) Aggregator() (common.Address, error) {
	return _TaskManager.Contract.Aggregator(&_TaskManager.CallOpts)
}

// Balances is a free data retrieval call binding the contract method 0x27e235e3.
//
// Solidity: function balances(address ) view returns(uint256)
func (_TaskManager *TaskManagerCaller) Balances(opts *bind.CallOpts, arg0 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "balances", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Balances is a free data retrieval call binding the contract method 0x27e235e3.
//
// Solidity: function balances(address ) view returns(uint256)
func (_TaskManager *TaskManagerSession) Balances(arg0 common.Address) (*big.Int, error) {
	return _TaskManager.Contract.Balances(&_TaskManager.CallOpts, arg0)
}

// Balances is a free data retrieval call binding the contract method 0x27e235e3.
//
// Solidity: function balances(address ) view returns(uint256)
func (_TaskManager *TaskManagerCallerSession) Balances(arg0 common.Address) (*big.Int, error) {
	return _TaskManager.Contract.Balances(&_TaskManager.CallOpts, arg0)
}

// BlsApkRegistry is a free data retrieval call binding the contract method 0x5df45946.
//
// Solidity: function blsApkRegistry() view returns(address)
func (_TaskManager *TaskManagerCaller) BlsApkRegistry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "blsApkRegistry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// BlsApkRegistry is a free data retrieval call binding the contract method 0x5df45946.
//
// Solidity: function blsApkRegistry() view returns(address)
func (_TaskManager *TaskManagerSession) BlsApkRegistry() (common.Address, error) {
	return _TaskManager.Contract.BlsApkRegistry(&_TaskManager.CallOpts)
}

// BlsApkRegistry is a free data retrieval call binding the contract method 0x5df45946.
//
// Solidity: function blsApkRegistry() view returns(address)
func (_TaskManager *TaskManagerCallerSession) BlsApkRegistry() (common.Address, error) {
	return _TaskManager.Contract.BlsApkRegistry(&_TaskManager.CallOpts)
}

// CheckSignatures is a free data retrieval call binding the contract method 0x6efb4636.
//
// Solidity: function checkSignatures(bytes32 msgHash, bytes quorumNumbers, uint32 referenceBlockNumber, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) params) view returns((uint96[],uint96[]) totals, bytes32 signatoryRecordHash)
func (_TaskManager *TaskManagerCaller) CheckSignatures(opts *bind.CallOpts, msgHash [32]byte, quorumNumbers []byte, referenceBlockNumber uint32, params BLSSignatureCheckerNonSignerStakesAndSignature) (struct {
	Totals              BLSSignatureCheckerQuorumStakeTotals
	SignatoryRecordHash [32]byte
}, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "checkSignatures", msgHash, quorumNumbers, referenceBlockNumber, params)

	outstruct := new(struct {
		Totals              BLSSignatureCheckerQuorumStakeTotals
		SignatoryRecordHash [32]byte
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Totals = *abi.ConvertType(out[0], new(BLSSignatureCheckerQuorumStakeTotals)).(*BLSSignatureCheckerQuorumStakeTotals)
	outstruct.SignatoryRecordHash = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)

	return *outstruct, err

}

// CheckSignatures is a free data retrieval call binding the contract method 0x6efb4636.
//
// Solidity: function checkSignatures(bytes32 msgHash, bytes quorumNumbers, uint32 referenceBlockNumber, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) params) view returns((uint96[],uint96[]) totals, bytes32 signatoryRecordHash)
func (_TaskManager *TaskManagerSession) CheckSignatures(msgHash [32]byte, quorumNumbers []byte, referenceBlockNumber uint32, params BLSSignatureCheckerNonSignerStakesAndSignature) (struct {
	Totals              BLSSignatureCheckerQuorumStakeTotals
	SignatoryRecordHash [32]byte
}, error) {
	return _TaskManager.Contract.CheckSignatures(&_TaskManager.CallOpts, msgHash, quorumNumbers, referenceBlockNumber, params)
}

// CheckSignatures is a free data retrieval call binding the contract method 0x6efb4636.
//
// Solidity: function checkSignatures(bytes32 msgHash, bytes quorumNumbers, uint32 referenceBlockNumber, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) params) view returns((uint96[],uint96[]) totals, bytes32 signatoryRecordHash)
func (_TaskManager *TaskManagerCallerSession) CheckSignatures(msgHash [32]byte, quorumNumbers []byte, referenceBlockNumber uint32, params BLSSignatureCheckerNonSignerStakesAndSignature) (struct {
	Totals              BLSSignatureCheckerQuorumStakeTotals
	SignatoryRecordHash [32]byte
}, error) {
	return _TaskManager.Contract.CheckSignatures(&_TaskManager.CallOpts, msgHash, quorumNumbers, referenceBlockNumber, params)
}

// Delegation is a free data retrieval call binding the contract method 0xdf5cf723.
//
// Solidity: function delegation() view returns(address)
func (_TaskManager *TaskManagerCaller) Delegation(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "delegation")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Delegation is a free data retrieval call binding the contract method 0xdf5cf723.
//
// Solidity: function delegation() view returns(address)
func (_TaskManager *TaskManagerSession) Delegation() (common.Address, error) {
	return _TaskManager.Contract.Delegation(&_TaskManager.CallOpts)
}

// Delegation is a free data retrieval call binding the contract method 0xdf5cf723.
//
// Solidity: function delegation() view returns(address)
func (_TaskManager *TaskManagerCallerSession) Delegation() (common.Address, error) {
	return _TaskManager.Contract.Delegation(&_TaskManager.CallOpts)
}

// FeeRecipient is a free data retrieval call binding the contract method 0x46904840.
//
// Solidity: function feeRecipient() view returns(address)
func (_TaskManager *TaskManagerCaller) FeeRecipient(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "feeRecipient")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// FeeRecipient is a free data retrieval call binding the contract method 0x46904840.
//
// Solidity: function feeRecipient() view returns(address)
func (_TaskManager *TaskManagerSession) FeeRecipient() (common.Address, error) {
	return _TaskManager.Contract.FeeRecipient(&_TaskManager.CallOpts)
}

// FeeRecipient is a free data retrieval call binding the contract method 0x46904840.
//
// Solidity: function feeRecipient() view returns(address)
func (_TaskManager *TaskManagerCallerSession) FeeRecipient() (common.Address, error) {
	return _TaskManager.Contract.FeeRecipient(&_TaskManager.CallOpts)
}

// GetFunction is a free data retrieval call binding the contract method 0xb96ed13e.
//
// Solidity: function getFunction(uint64 functionId) view returns((address,bool,(bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[])))
func (_TaskManager *TaskManagerCaller) GetFunction(opts *bind.CallOpts, functionId uint64) (TaskManagerFunctionRecord, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "getFunction", functionId)

	if err != nil {
		return *new(TaskManagerFunctionRecord), err
	}

	out0 := *abi.ConvertType(out[0], new(TaskManagerFunctionRecord)).(*TaskManagerFunctionRecord)

	return out0, err

}

// GetFunction is a free data retrieval call binding the contract method 0xb96ed13e.
//
// Solidity: function getFunction(uint64 functionId) view returns((address,bool,(bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[])))
func (_TaskManager *TaskManagerSession) GetFunction(functionId uint64) (TaskManagerFunctionRecord, error) {
	return _TaskManager.Contract.GetFunction(&_TaskManager.CallOpts, functionId)
}

// GetFunction is a free data retrieval call binding the contract method 0xb96ed13e.
//
// Solidity: function getFunction(uint64 functionId) view returns((address,bool,(bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[])))
func (_TaskManager *TaskManagerCallerSession) GetFunction(functionId uint64) (TaskManagerFunctionRecord, error) {
	return _TaskManager.Contract.GetFunction(&_TaskManager.CallOpts, functionId)
}

// GetTask is a free data retrieval call binding the contract method 0x57342d74.
//
// Solidity: function getTask(uint32 taskId) view returns((bytes32,bytes32,uint8,uint8,uint32,address))
func (_TaskManager *TaskManagerCaller) GetTask(opts *bind.CallOpts, taskId uint32) (TaskManagerTaskRecord, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "getTask", taskId)

	if err != nil {
		return *new(TaskManagerTaskRecord), err
	}

	out0 := *abi.ConvertType(out[0], new(TaskManagerTaskRecord)).(*TaskManagerTaskRecord)

	return out0, err

}

// GetTask is a free data retrieval call binding the contract method 0x57342d74.
//
// Solidity: function getTask(uint32 taskId) view returns((bytes32,bytes32,uint8,uint8,uint32,address))
func (_TaskManager *TaskManagerSession) GetTask(taskId uint32) (TaskManagerTaskRecord, error) {
	return _TaskManager.Contract.GetTask(&_TaskManager.CallOpts, taskId)
}

// GetTask is a free data retrieval call binding the contract method 0x57342d74.
//
// Solidity: function getTask(uint32 taskId) view returns((bytes32,bytes32,uint8,uint8,uint32,address))
func (_TaskManager *TaskManagerCallerSession) GetTask(taskId uint32) (TaskManagerTaskRecord, error) {
	return _TaskManager.Contract.GetTask(&_TaskManager.CallOpts, taskId)
}

// MaxResponseWindow is a free data retrieval call binding the contract method 0xc53c4596.
//
// Solidity: function maxResponseWindow() view returns(uint32)
func (_TaskManager *TaskManagerCaller) MaxResponseWindow(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "maxResponseWindow")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// MaxResponseWindow is a free data retrieval call binding the contract method 0xc53c4596.
//
// Solidity: function maxResponseWindow() view returns(uint32)
func (_TaskManager *TaskManagerSession) MaxResponseWindow() (uint32, error) {
	return _TaskManager.Contract.MaxResponseWindow(&_TaskManager.CallOpts)
}

// MaxResponseWindow is a free data retrieval call binding the contract method 0xc53c4596.
//
// Solidity: function maxResponseWindow() view returns(uint32)
func (_TaskManager *TaskManagerCallerSession) MaxResponseWindow() (uint32, error) {
	return _TaskManager.Contract.MaxResponseWindow(&_TaskManager.CallOpts)
}

// MinResponseWindow is a free data retrieval call binding the contract method 0x9e882716.
//
// Solidity: function minResponseWindow() view returns(uint32)
func (_TaskManager *TaskManagerCaller) MinResponseWindow(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "minResponseWindow")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// MinResponseWindow is a free data retrieval call binding the contract method 0x9e882716.
//
// Solidity: function minResponseWindow() view returns(uint32)
func (_TaskManager *TaskManagerSession) MinResponseWindow() (uint32, error) {
	return _TaskManager.Contract.MinResponseWindow(&_TaskManager.CallOpts)
}

// MinResponseWindow is a free data retrieval call binding the contract method 0x9e882716.
//
// Solidity: function minResponseWindow() view returns(uint32)
func (_TaskManager *TaskManagerCallerSession) MinResponseWindow() (uint32, error) {
	return _TaskManager.Contract.MinResponseWindow(&_TaskManager.CallOpts)
}

// MinTaskFee is a free data retrieval call binding the contract method 0x4e5b3844.
//
// Solidity: function minTaskFee() view returns(uint96)
func (_TaskManager *TaskManagerCaller) MinTaskFee(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "minTaskFee")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MinTaskFee is a free data retrieval call binding the contract method 0x4e5b3844.
//
// Solidity: function minTaskFee() view returns(uint96)
func (_TaskManager *TaskManagerSession) MinTaskFee() (*big.Int, error) {
	return _TaskManager.Contract.MinTaskFee(&_TaskManager.CallOpts)
}

// MinTaskFee is a free data retrieval call binding the contract method 0x4e5b3844.
//
// Solidity: function minTaskFee() view returns(uint96)
func (_TaskManager *TaskManagerCallerSession) MinTaskFee() (*big.Int, error) {
	return _TaskManager.Contract.MinTaskFee(&_TaskManager.CallOpts)
}

// NextFunctionId is a free data retrieval call binding the contract method 0x02b9db7b.
//
// Solidity: function nextFunctionId() view returns(uint64)
func (_TaskManager *TaskManagerCaller) NextFunctionId(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "nextFunctionId")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// NextFunctionId is a free data retrieval call binding the contract method 0x02b9db7b.
//
// Solidity: function nextFunctionId() view returns(uint64)
func (_TaskManager *TaskManagerSession) NextFunctionId() (uint64, error) {
	return _TaskManager.Contract.NextFunctionId(&_TaskManager.CallOpts)
}

// NextFunctionId is a free data retrieval call binding the contract method 0x02b9db7b.
//
// Solidity: function nextFunctionId() view returns(uint64)
func (_TaskManager *TaskManagerCallerSession) NextFunctionId() (uint64, error) {
	return _TaskManager.Contract.NextFunctionId(&_TaskManager.CallOpts)
}

// NextTaskId is a free data retrieval call binding the contract method 0xfdc3d8d7.
//
// Solidity: function nextTaskId() view returns(uint32)
func (_TaskManager *TaskManagerCaller) NextTaskId(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "nextTaskId")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// NextTaskId is a free data retrieval call binding the contract method 0xfdc3d8d7.
//
// Solidity: function nextTaskId() view returns(uint32)
func (_TaskManager *TaskManagerSession) NextTaskId() (uint32, error) {
	return _TaskManager.Contract.NextTaskId(&_TaskManager.CallOpts)
}

// NextTaskId is a free data retrieval call binding the contract method 0xfdc3d8d7.
//
// Solidity: function nextTaskId() view returns(uint32)
func (_TaskManager *TaskManagerCallerSession) NextTaskId() (uint32, error) {
	return _TaskManager.Contract.NextTaskId(&_TaskManager.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_TaskManager *TaskManagerCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_TaskManager *TaskManagerSession) Owner() (common.Address, error) {
	return _TaskManager.Contract.Owner(&_TaskManager.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_TaskManager *TaskManagerCallerSession) Owner() (common.Address, error) {
	return _TaskManager.Contract.Owner(&_TaskManager.CallOpts)
}

// Paused is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (_TaskManager *TaskManagerCaller) Paused(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "paused")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Paused is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (_TaskManager *TaskManagerSession) Paused() (bool, error) {
	return _TaskManager.Contract.Paused(&_TaskManager.CallOpts)
}

// Paused is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (_TaskManager *TaskManagerCallerSession) Paused() (bool, error) {
	return _TaskManager.Contract.Paused(&_TaskManager.CallOpts)
}

// Pauser is a free data retrieval call binding the contract method 0x9fd0506d.
//
// Solidity: function pauser() view returns(address)
func (_TaskManager *TaskManagerCaller) Pauser(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "pauser")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Pauser is a free data retrieval call binding the contract method 0x9fd0506d.
//
// Solidity: function pauser() view returns(address)
func (_TaskManager *TaskManagerSession) Pauser() (common.Address, error) {
	return _TaskManager.Contract.Pauser(&_TaskManager.CallOpts)
}

// Pauser is a free data retrieval call binding the contract method 0x9fd0506d.
//
// Solidity: function pauser() view returns(address)
func (_TaskManager *TaskManagerCallerSession) Pauser() (common.Address, error) {
	return _TaskManager.Contract.Pauser(&_TaskManager.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_TaskManager *TaskManagerCaller) PendingOwner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "pendingOwner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_TaskManager *TaskManagerSession) PendingOwner() (common.Address, error) {
	return _TaskManager.Contract.PendingOwner(&_TaskManager.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_TaskManager *TaskManagerCallerSession) PendingOwner() (common.Address, error) {
	return _TaskManager.Contract.PendingOwner(&_TaskManager.CallOpts)
}

// RegistryCoordinator is a free data retrieval call binding the contract method 0x6d14a987.
//
// Solidity: function registryCoordinator() view returns(address)
func (_TaskManager *TaskManagerCaller) RegistryCoordinator(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "registryCoordinator")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// RegistryCoordinator is a free data retrieval call binding the contract method 0x6d14a987.
//
// Solidity: function registryCoordinator() view returns(address)
func (_TaskManager *TaskManagerSession) RegistryCoordinator() (common.Address, error) {
	return _TaskManager.Contract.RegistryCoordinator(&_TaskManager.CallOpts)
}

// RegistryCoordinator is a free data retrieval call binding the contract method 0x6d14a987.
//
// Solidity: function registryCoordinator() view returns(address)
func (_TaskManager *TaskManagerCallerSession) RegistryCoordinator() (common.Address, error) {
	return _TaskManager.Contract.RegistryCoordinator(&_TaskManager.CallOpts)
}

// ResponseDigest is a free data retrieval call binding the contract method 0x4652d9ef.
//
// Solidity: function responseDigest((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96) task, (uint32,uint8,bytes32,bytes) response) view returns(bytes32)
func (_TaskManager *TaskManagerCaller) ResponseDigest(opts *bind.CallOpts, task TaskManagerTask, response TaskManagerTaskResponse) ([32]byte, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "responseDigest", task, response)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ResponseDigest is a free data retrieval call binding the contract method 0x4652d9ef.
//
// Solidity: function responseDigest((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96) task, (uint32,uint8,bytes32,bytes) response) view returns(bytes32)
func (_TaskManager *TaskManagerSession) ResponseDigest(task TaskManagerTask, response TaskManagerTaskResponse) ([32]byte, error) {
	return _TaskManager.Contract.ResponseDigest(&_TaskManager.CallOpts, task, response)
}

// ResponseDigest is a free data retrieval call binding the contract method 0x4652d9ef.
//
// Solidity: function responseDigest((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96) task, (uint32,uint8,bytes32,bytes) response) view returns(bytes32)
func (_TaskManager *TaskManagerCallerSession) ResponseDigest(task TaskManagerTask, response TaskManagerTaskResponse) ([32]byte, error) {
	return _TaskManager.Contract.ResponseDigest(&_TaskManager.CallOpts, task, response)
}

// RuntimeEnvironment is a free data retrieval call binding the contract method 0x4a95a394.
//
// Solidity: function runtimeEnvironment(uint8 ) view returns(bytes32)
func (_TaskManager *TaskManagerCaller) RuntimeEnvironment(opts *bind.CallOpts, arg0 uint8) ([32]byte, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "runtimeEnvironment", arg0)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// RuntimeEnvironment is a free data retrieval call binding the contract method 0x4a95a394.
//
// Solidity: function runtimeEnvironment(uint8 ) view returns(bytes32)
func (_TaskManager *TaskManagerSession) RuntimeEnvironment(arg0 uint8) ([32]byte, error) {
	return _TaskManager.Contract.RuntimeEnvironment(&_TaskManager.CallOpts, arg0)
}

// RuntimeEnvironment is a free data retrieval call binding the contract method 0x4a95a394.
//
// Solidity: function runtimeEnvironment(uint8 ) view returns(bytes32)
func (_TaskManager *TaskManagerCallerSession) RuntimeEnvironment(arg0 uint8) ([32]byte, error) {
	return _TaskManager.Contract.RuntimeEnvironment(&_TaskManager.CallOpts, arg0)
}

// StakeRegistry is a free data retrieval call binding the contract method 0x68304835.
//
// Solidity: function stakeRegistry() view returns(address)
func (_TaskManager *TaskManagerCaller) StakeRegistry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "stakeRegistry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// StakeRegistry is a free data retrieval call binding the contract method 0x68304835.
//
// Solidity: function stakeRegistry() view returns(address)
func (_TaskManager *TaskManagerSession) StakeRegistry() (common.Address, error) {
	return _TaskManager.Contract.StakeRegistry(&_TaskManager.CallOpts)
}

// StakeRegistry is a free data retrieval call binding the contract method 0x68304835.
//
// Solidity: function stakeRegistry() view returns(address)
func (_TaskManager *TaskManagerCallerSession) StakeRegistry() (common.Address, error) {
	return _TaskManager.Contract.StakeRegistry(&_TaskManager.CallOpts)
}

// StaleStakesForbidden is a free data retrieval call binding the contract method 0xb98d0908.
//
// Solidity: function staleStakesForbidden() view returns(bool)
func (_TaskManager *TaskManagerCaller) StaleStakesForbidden(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "staleStakesForbidden")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// StaleStakesForbidden is a free data retrieval call binding the contract method 0xb98d0908.
//
// Solidity: function staleStakesForbidden() view returns(bool)
func (_TaskManager *TaskManagerSession) StaleStakesForbidden() (bool, error) {
	return _TaskManager.Contract.StaleStakesForbidden(&_TaskManager.CallOpts)
}

// StaleStakesForbidden is a free data retrieval call binding the contract method 0xb98d0908.
//
// Solidity: function staleStakesForbidden() view returns(bool)
func (_TaskManager *TaskManagerCallerSession) StaleStakesForbidden() (bool, error) {
	return _TaskManager.Contract.StaleStakesForbidden(&_TaskManager.CallOpts)
}

// TrySignatureAndApkVerification is a free data retrieval call binding the contract method 0x171f1d5b.
//
// Solidity: function trySignatureAndApkVerification(bytes32 msgHash, (uint256,uint256) apk, (uint256[2],uint256[2]) apkG2, (uint256,uint256) sigma) view returns(bool pairingSuccessful, bool signatureIsValid)
func (_TaskManager *TaskManagerCaller) TrySignatureAndApkVerification(opts *bind.CallOpts, msgHash [32]byte, apk BN254G1Point, apkG2 BN254G2Point, sigma BN254G1Point) (struct {
	PairingSuccessful bool
	SignatureIsValid  bool
}, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "trySignatureAndApkVerification", msgHash, apk, apkG2, sigma)

	outstruct := new(struct {
		PairingSuccessful bool
		SignatureIsValid  bool
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.PairingSuccessful = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.SignatureIsValid = *abi.ConvertType(out[1], new(bool)).(*bool)

	return *outstruct, err

}

// TrySignatureAndApkVerification is a free data retrieval call binding the contract method 0x171f1d5b.
//
// Solidity: function trySignatureAndApkVerification(bytes32 msgHash, (uint256,uint256) apk, (uint256[2],uint256[2]) apkG2, (uint256,uint256) sigma) view returns(bool pairingSuccessful, bool signatureIsValid)
func (_TaskManager *TaskManagerSession) TrySignatureAndApkVerification(msgHash [32]byte, apk BN254G1Point, apkG2 BN254G2Point, sigma BN254G1Point) (struct {
	PairingSuccessful bool
	SignatureIsValid  bool
}, error) {
	return _TaskManager.Contract.TrySignatureAndApkVerification(&_TaskManager.CallOpts, msgHash, apk, apkG2, sigma)
}

// TrySignatureAndApkVerification is a free data retrieval call binding the contract method 0x171f1d5b.
//
// Solidity: function trySignatureAndApkVerification(bytes32 msgHash, (uint256,uint256) apk, (uint256[2],uint256[2]) apkG2, (uint256,uint256) sigma) view returns(bool pairingSuccessful, bool signatureIsValid)
func (_TaskManager *TaskManagerCallerSession) TrySignatureAndApkVerification(msgHash [32]byte, apk BN254G1Point, apkG2 BN254G2Point, sigma BN254G1Point) (struct {
	PairingSuccessful bool
	SignatureIsValid  bool
}, error) {
	return _TaskManager.Contract.TrySignatureAndApkVerification(&_TaskManager.CallOpts, msgHash, apk, apkG2, sigma)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_TaskManager *TaskManagerTransactor) AcceptOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "acceptOwnership")
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_TaskManager *TaskManagerSession) AcceptOwnership() (*types.Transaction, error) {
	return _TaskManager.Contract.AcceptOwnership(&_TaskManager.TransactOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_TaskManager *TaskManagerTransactorSession) AcceptOwnership() (*types.Transaction, error) {
	return _TaskManager.Contract.AcceptOwnership(&_TaskManager.TransactOpts)
}

// CreateTask is a paid mutator transaction binding the contract method 0x1b9a1f01.
//
// Solidity: function createTask((uint64,bytes,bytes32,string,bytes,uint8,uint32,address,uint32) req) payable returns(uint32 taskId)
func (_TaskManager *TaskManagerTransactor) CreateTask(opts *bind.TransactOpts, req TaskManagerTaskRequest) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "createTask", req)
}

// CreateTask is a paid mutator transaction binding the contract method 0x1b9a1f01.
//
// Solidity: function createTask((uint64,bytes,bytes32,string,bytes,uint8,uint32,address,uint32) req) payable returns(uint32 taskId)
func (_TaskManager *TaskManagerSession) CreateTask(req TaskManagerTaskRequest) (*types.Transaction, error) {
	return _TaskManager.Contract.CreateTask(&_TaskManager.TransactOpts, req)
}

// CreateTask is a paid mutator transaction binding the contract method 0x1b9a1f01.
//
// Solidity: function createTask((uint64,bytes,bytes32,string,bytes,uint8,uint32,address,uint32) req) payable returns(uint32 taskId)
func (_TaskManager *TaskManagerTransactorSession) CreateTask(req TaskManagerTaskRequest) (*types.Transaction, error) {
	return _TaskManager.Contract.CreateTask(&_TaskManager.TransactOpts, req)
}

// DeactivateFunction is a paid mutator transaction binding the contract method 0x607c3777.
//
// Solidity: function deactivateFunction(uint64 functionId) returns()
func (_TaskManager *TaskManagerTransactor) DeactivateFunction(opts *bind.TransactOpts, functionId uint64) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "deactivateFunction", functionId)
}

// DeactivateFunction is a paid mutator transaction binding the contract method 0x607c3777.
//
// Solidity: function deactivateFunction(uint64 functionId) returns()
func (_TaskManager *TaskManagerSession) DeactivateFunction(functionId uint64) (*types.Transaction, error) {
	return _TaskManager.Contract.DeactivateFunction(&_TaskManager.TransactOpts, functionId)
}

// DeactivateFunction is a paid mutator transaction binding the contract method 0x607c3777.
//
// Solidity: function deactivateFunction(uint64 functionId) returns()
func (_TaskManager *TaskManagerTransactorSession) DeactivateFunction(functionId uint64) (*types.Transaction, error) {
	return _TaskManager.Contract.DeactivateFunction(&_TaskManager.TransactOpts, functionId)
}

// ExpireTask is a paid mutator transaction binding the contract method 0xff14f953.
//
// Solidity: function expireTask(uint32 taskId, (uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96) task) returns()
func (_TaskManager *TaskManagerTransactor) ExpireTask(opts *bind.TransactOpts, taskId uint32, task TaskManagerTask) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "expireTask", taskId, task)
}

// ExpireTask is a paid mutator transaction binding the contract method 0xff14f953.
//
// Solidity: function expireTask(uint32 taskId, (uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96) task) returns()
func (_TaskManager *TaskManagerSession) ExpireTask(taskId uint32, task TaskManagerTask) (*types.Transaction, error) {
	return _TaskManager.Contract.ExpireTask(&_TaskManager.TransactOpts, taskId, task)
}

// ExpireTask is a paid mutator transaction binding the contract method 0xff14f953.
//
// Solidity: function expireTask(uint32 taskId, (uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96) task) returns()
func (_TaskManager *TaskManagerTransactorSession) ExpireTask(taskId uint32, task TaskManagerTask) (*types.Transaction, error) {
	return _TaskManager.Contract.ExpireTask(&_TaskManager.TransactOpts, taskId, task)
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_TaskManager *TaskManagerTransactor) Pause(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "pause")
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_TaskManager *TaskManagerSession) Pause() (*types.Transaction, error) {
	return _TaskManager.Contract.Pause(&_TaskManager.TransactOpts)
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_TaskManager *TaskManagerTransactorSession) Pause() (*types.Transaction, error) {
	return _TaskManager.Contract.Pause(&_TaskManager.TransactOpts)
}

// RegisterFunction is a paid mutator transaction binding the contract method 0x48d23564.
//
// Solidity: function registerFunction((bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[]) spec) returns(uint64 functionId)
func (_TaskManager *TaskManagerTransactor) RegisterFunction(opts *bind.TransactOpts, spec TaskManagerFunctionSpec) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "registerFunction", spec)
}

// RegisterFunction is a paid mutator transaction binding the contract method 0x48d23564.
//
// Solidity: function registerFunction((bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[]) spec) returns(uint64 functionId)
func (_TaskManager *TaskManagerSession) RegisterFunction(spec TaskManagerFunctionSpec) (*types.Transaction, error) {
	return _TaskManager.Contract.RegisterFunction(&_TaskManager.TransactOpts, spec)
}

// RegisterFunction is a paid mutator transaction binding the contract method 0x48d23564.
//
// Solidity: function registerFunction((bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[]) spec) returns(uint64 functionId)
func (_TaskManager *TaskManagerTransactorSession) RegisterFunction(spec TaskManagerFunctionSpec) (*types.Transaction, error) {
	return _TaskManager.Contract.RegisterFunction(&_TaskManager.TransactOpts, spec)
}

// RespondToTask is a paid mutator transaction binding the contract method 0x34acd7a8.
//
// Solidity: function respondToTask((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96) task, (uint32,uint8,bytes32,bytes) response, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) certificate) returns()
func (_TaskManager *TaskManagerTransactor) RespondToTask(opts *bind.TransactOpts, task TaskManagerTask, response TaskManagerTaskResponse, certificate BLSSignatureCheckerNonSignerStakesAndSignature) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "respondToTask", task, response, certificate)
}

// RespondToTask is a paid mutator transaction binding the contract method 0x34acd7a8.
//
// Solidity: function respondToTask((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96) task, (uint32,uint8,bytes32,bytes) response, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) certificate) returns()
func (_TaskManager *TaskManagerSession) RespondToTask(task TaskManagerTask, response TaskManagerTaskResponse, certificate BLSSignatureCheckerNonSignerStakesAndSignature) (*types.Transaction, error) {
	return _TaskManager.Contract.RespondToTask(&_TaskManager.TransactOpts, task, response, certificate)
}

// RespondToTask is a paid mutator transaction binding the contract method 0x34acd7a8.
//
// Solidity: function respondToTask((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96) task, (uint32,uint8,bytes32,bytes) response, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) certificate) returns()
func (_TaskManager *TaskManagerTransactorSession) RespondToTask(task TaskManagerTask, response TaskManagerTaskResponse, certificate BLSSignatureCheckerNonSignerStakesAndSignature) (*types.Transaction, error) {
	return _TaskManager.Contract.RespondToTask(&_TaskManager.TransactOpts, task, response, certificate)
}

// RespondWithProof is a paid mutator transaction binding the contract method 0xa6cb0739.
//
// Solidity: function respondWithProof((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96) task, (uint32,uint8,bytes32,bytes) response, bytes proof) returns()
func (_TaskManager *TaskManagerTransactor) RespondWithProof(opts *bind.TransactOpts, task TaskManagerTask, response TaskManagerTaskResponse, proof []byte) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "respondWithProof", task, response, proof)
}

// RespondWithProof is a paid mutator transaction binding the contract method 0xa6cb0739.
//
// Solidity: function respondWithProof((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96) task, (uint32,uint8,bytes32,bytes) response, bytes proof) returns()
func (_TaskManager *TaskManagerSession) RespondWithProof(task TaskManagerTask, response TaskManagerTaskResponse, proof []byte) (*types.Transaction, error) {
	return _TaskManager.Contract.RespondWithProof(&_TaskManager.TransactOpts, task, response, proof)
}

// RespondWithProof is a paid mutator transaction binding the contract method 0xa6cb0739.
//
// Solidity: function respondWithProof((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96) task, (uint32,uint8,bytes32,bytes) response, bytes proof) returns()
func (_TaskManager *TaskManagerTransactorSession) RespondWithProof(task TaskManagerTask, response TaskManagerTaskResponse, proof []byte) (*types.Transaction, error) {
	return _TaskManager.Contract.RespondWithProof(&_TaskManager.TransactOpts, task, response, proof)
}

// SetAggregator is a paid mutator transaction binding the contract method 0xf9120af6.
//
// Solidity: function setAggregator(address newAggregator) returns()
func (_TaskManager *TaskManagerTransactor) SetAggregator(opts *bind.TransactOpts, newAggregator common.Address) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "setAggregator", newAggregator)
}

// SetAggregator is a paid mutator transaction binding the contract method 0xf9120af6.
//
// Solidity: function setAggregator(address newAggregator) returns()
func (_TaskManager *TaskManagerSession) SetAggregator(newAggregator common.Address) (*types.Transaction, error) {
	return _TaskManager.Contract.SetAggregator(&_TaskManager.TransactOpts, newAggregator)
}

// SetAggregator is a paid mutator transaction binding the contract method 0xf9120af6.
//
// Solidity: function setAggregator(address newAggregator) returns()
func (_TaskManager *TaskManagerTransactorSession) SetAggregator(newAggregator common.Address) (*types.Transaction, error) {
	return _TaskManager.Contract.SetAggregator(&_TaskManager.TransactOpts, newAggregator)
}

// SetFeeRecipient is a paid mutator transaction binding the contract method 0xe74b981b.
//
// Solidity: function setFeeRecipient(address newRecipient) returns()
func (_TaskManager *TaskManagerTransactor) SetFeeRecipient(opts *bind.TransactOpts, newRecipient common.Address) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "setFeeRecipient", newRecipient)
}

// SetFeeRecipient is a paid mutator transaction binding the contract method 0xe74b981b.
//
// Solidity: function setFeeRecipient(address newRecipient) returns()
func (_TaskManager *TaskManagerSession) SetFeeRecipient(newRecipient common.Address) (*types.Transaction, error) {
	return _TaskManager.Contract.SetFeeRecipient(&_TaskManager.TransactOpts, newRecipient)
}

// SetFeeRecipient is a paid mutator transaction binding the contract method 0xe74b981b.
//
// Solidity: function setFeeRecipient(address newRecipient) returns()
func (_TaskManager *TaskManagerTransactorSession) SetFeeRecipient(newRecipient common.Address) (*types.Transaction, error) {
	return _TaskManager.Contract.SetFeeRecipient(&_TaskManager.TransactOpts, newRecipient)
}

// SetMinTaskFee is a paid mutator transaction binding the contract method 0x74d2e22f.
//
// Solidity: function setMinTaskFee(uint96 newMinimum) returns()
func (_TaskManager *TaskManagerTransactor) SetMinTaskFee(opts *bind.TransactOpts, newMinimum *big.Int) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "setMinTaskFee", newMinimum)
}

// SetMinTaskFee is a paid mutator transaction binding the contract method 0x74d2e22f.
//
// Solidity: function setMinTaskFee(uint96 newMinimum) returns()
func (_TaskManager *TaskManagerSession) SetMinTaskFee(newMinimum *big.Int) (*types.Transaction, error) {
	return _TaskManager.Contract.SetMinTaskFee(&_TaskManager.TransactOpts, newMinimum)
}

// SetMinTaskFee is a paid mutator transaction binding the contract method 0x74d2e22f.
//
// Solidity: function setMinTaskFee(uint96 newMinimum) returns()
func (_TaskManager *TaskManagerTransactorSession) SetMinTaskFee(newMinimum *big.Int) (*types.Transaction, error) {
	return _TaskManager.Contract.SetMinTaskFee(&_TaskManager.TransactOpts, newMinimum)
}

// SetPauser is a paid mutator transaction binding the contract method 0x2d88af4a.
//
// Solidity: function setPauser(address newPauser) returns()
func (_TaskManager *TaskManagerTransactor) SetPauser(opts *bind.TransactOpts, newPauser common.Address) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "setPauser", newPauser)
}

// SetPauser is a paid mutator transaction binding the contract method 0x2d88af4a.
//
// Solidity: function setPauser(address newPauser) returns()
func (_TaskManager *TaskManagerSession) SetPauser(newPauser common.Address) (*types.Transaction, error) {
	return _TaskManager.Contract.SetPauser(&_TaskManager.TransactOpts, newPauser)
}

// SetPauser is a paid mutator transaction binding the contract method 0x2d88af4a.
//
// Solidity: function setPauser(address newPauser) returns()
func (_TaskManager *TaskManagerTransactorSession) SetPauser(newPauser common.Address) (*types.Transaction, error) {
	return _TaskManager.Contract.SetPauser(&_TaskManager.TransactOpts, newPauser)
}

// SetResponseWindow is a paid mutator transaction binding the contract method 0xd48ac5cf.
//
// Solidity: function setResponseWindow(uint32 minBlocks, uint32 maxBlocks) returns()
func (_TaskManager *TaskManagerTransactor) SetResponseWindow(opts *bind.TransactOpts, minBlocks uint32, maxBlocks uint32) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "setResponseWindow", minBlocks, maxBlocks)
}

// SetResponseWindow is a paid mutator transaction binding the contract method 0xd48ac5cf.
//
// Solidity: function setResponseWindow(uint32 minBlocks, uint32 maxBlocks) returns()
func (_TaskManager *TaskManagerSession) SetResponseWindow(minBlocks uint32, maxBlocks uint32) (*types.Transaction, error) {
	return _TaskManager.Contract.SetResponseWindow(&_TaskManager.TransactOpts, minBlocks, maxBlocks)
}

// SetResponseWindow is a paid mutator transaction binding the contract method 0xd48ac5cf.
//
// Solidity: function setResponseWindow(uint32 minBlocks, uint32 maxBlocks) returns()
func (_TaskManager *TaskManagerTransactorSession) SetResponseWindow(minBlocks uint32, maxBlocks uint32) (*types.Transaction, error) {
	return _TaskManager.Contract.SetResponseWindow(&_TaskManager.TransactOpts, minBlocks, maxBlocks)
}

// SetRuntimeEnvironment is a paid mutator transaction binding the contract method 0x7006cbef.
//
// Solidity: function setRuntimeEnvironment(uint8 runtime, bytes32 environment) returns()
func (_TaskManager *TaskManagerTransactor) SetRuntimeEnvironment(opts *bind.TransactOpts, runtime uint8, environment [32]byte) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "setRuntimeEnvironment", runtime, environment)
}

// SetRuntimeEnvironment is a paid mutator transaction binding the contract method 0x7006cbef.
//
// Solidity: function setRuntimeEnvironment(uint8 runtime, bytes32 environment) returns()
func (_TaskManager *TaskManagerSession) SetRuntimeEnvironment(runtime uint8, environment [32]byte) (*types.Transaction, error) {
	return _TaskManager.Contract.SetRuntimeEnvironment(&_TaskManager.TransactOpts, runtime, environment)
}

// SetRuntimeEnvironment is a paid mutator transaction binding the contract method 0x7006cbef.
//
// Solidity: function setRuntimeEnvironment(uint8 runtime, bytes32 environment) returns()
func (_TaskManager *TaskManagerTransactorSession) SetRuntimeEnvironment(runtime uint8, environment [32]byte) (*types.Transaction, error) {
	return _TaskManager.Contract.SetRuntimeEnvironment(&_TaskManager.TransactOpts, runtime, environment)
}

// SetStaleStakesForbidden is a paid mutator transaction binding the contract method 0x416c7e5e.
//
// Solidity: function setStaleStakesForbidden(bool forbidden) returns()
func (_TaskManager *TaskManagerTransactor) SetStaleStakesForbidden(opts *bind.TransactOpts, forbidden bool) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "setStaleStakesForbidden", forbidden)
}

// SetStaleStakesForbidden is a paid mutator transaction binding the contract method 0x416c7e5e.
//
// Solidity: function setStaleStakesForbidden(bool forbidden) returns()
func (_TaskManager *TaskManagerSession) SetStaleStakesForbidden(forbidden bool) (*types.Transaction, error) {
	return _TaskManager.Contract.SetStaleStakesForbidden(&_TaskManager.TransactOpts, forbidden)
}

// SetStaleStakesForbidden is a paid mutator transaction binding the contract method 0x416c7e5e.
//
// Solidity: function setStaleStakesForbidden(bool forbidden) returns()
func (_TaskManager *TaskManagerTransactorSession) SetStaleStakesForbidden(forbidden bool) (*types.Transaction, error) {
	return _TaskManager.Contract.SetStaleStakesForbidden(&_TaskManager.TransactOpts, forbidden)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_TaskManager *TaskManagerTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_TaskManager *TaskManagerSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _TaskManager.Contract.TransferOwnership(&_TaskManager.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_TaskManager *TaskManagerTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _TaskManager.Contract.TransferOwnership(&_TaskManager.TransactOpts, newOwner)
}

// Unpause is a paid mutator transaction binding the contract method 0x3f4ba83a.
//
// Solidity: function unpause() returns()
func (_TaskManager *TaskManagerTransactor) Unpause(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "unpause")
}

// Unpause is a paid mutator transaction binding the contract method 0x3f4ba83a.
//
// Solidity: function unpause() returns()
func (_TaskManager *TaskManagerSession) Unpause() (*types.Transaction, error) {
	return _TaskManager.Contract.Unpause(&_TaskManager.TransactOpts)
}

// Unpause is a paid mutator transaction binding the contract method 0x3f4ba83a.
//
// Solidity: function unpause() returns()
func (_TaskManager *TaskManagerTransactorSession) Unpause() (*types.Transaction, error) {
	return _TaskManager.Contract.Unpause(&_TaskManager.TransactOpts)
}

// UpdateFunction is a paid mutator transaction binding the contract method 0xf292cc5b.
//
// Solidity: function updateFunction(uint64 functionId, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[]) spec) returns()
func (_TaskManager *TaskManagerTransactor) UpdateFunction(opts *bind.TransactOpts, functionId uint64, spec TaskManagerFunctionSpec) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "updateFunction", functionId, spec)
}

// UpdateFunction is a paid mutator transaction binding the contract method 0xf292cc5b.
//
// Solidity: function updateFunction(uint64 functionId, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[]) spec) returns()
func (_TaskManager *TaskManagerSession) UpdateFunction(functionId uint64, spec TaskManagerFunctionSpec) (*types.Transaction, error) {
	return _TaskManager.Contract.UpdateFunction(&_TaskManager.TransactOpts, functionId, spec)
}

// UpdateFunction is a paid mutator transaction binding the contract method 0xf292cc5b.
//
// Solidity: function updateFunction(uint64 functionId, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[]) spec) returns()
func (_TaskManager *TaskManagerTransactorSession) UpdateFunction(functionId uint64, spec TaskManagerFunctionSpec) (*types.Transaction, error) {
	return _TaskManager.Contract.UpdateFunction(&_TaskManager.TransactOpts, functionId, spec)
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns()
func (_TaskManager *TaskManagerTransactor) Withdraw(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "withdraw")
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns()
func (_TaskManager *TaskManagerSession) Withdraw() (*types.Transaction, error) {
	return _TaskManager.Contract.Withdraw(&_TaskManager.TransactOpts)
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns()
func (_TaskManager *TaskManagerTransactorSession) Withdraw() (*types.Transaction, error) {
	return _TaskManager.Contract.Withdraw(&_TaskManager.TransactOpts)
}

// TaskManagerAggregatorChangedIterator is returned from FilterAggregatorChanged and is used to iterate over the raw logs and unpacked data for AggregatorChanged events raised by the TaskManager contract.
type TaskManagerAggregatorChangedIterator struct {
	Event *TaskManagerAggregatorChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *TaskManagerAggregatorChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TaskManagerAggregatorChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(TaskManagerAggregatorChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *TaskManagerAggregatorChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TaskManagerAggregatorChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TaskManagerAggregatorChanged represents a AggregatorChanged event raised by the TaskManager contract.
type TaskManagerAggregatorChanged struct {
	Previous common.Address
	Current  common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterAggregatorChanged is a free log retrieval operation binding the contract event 0x130d4e632a6163e8dab92a952e84f85d90e06c320d7c56e3b942f6fc02b65558.
//
// Solidity: event AggregatorChanged(address indexed previous, address indexed current)
func (_TaskManager *TaskManagerFilterer) FilterAggregatorChanged(opts *bind.FilterOpts, previous []common.Address, current []common.Address) (*TaskManagerAggregatorChangedIterator, error) {

	var previousRule []interface{}
	for _, previousItem := range previous {
		previousRule = append(previousRule, previousItem)
	}
	var currentRule []interface{}
	for _, currentItem := range current {
		currentRule = append(currentRule, currentItem)
	}

	logs, sub, err := _TaskManager.contract.FilterLogs(opts, "AggregatorChanged", previousRule, currentRule)
	if err != nil {
		return nil, err
	}
	return &TaskManagerAggregatorChangedIterator{contract: _TaskManager.contract, event: "AggregatorChanged", logs: logs, sub: sub}, nil
}

// WatchAggregatorChanged is a free log subscription operation binding the contract event 0x130d4e632a6163e8dab92a952e84f85d90e06c320d7c56e3b942f6fc02b65558.
//
// Solidity: event AggregatorChanged(address indexed previous, address indexed current)
func (_TaskManager *TaskManagerFilterer) WatchAggregatorChanged(opts *bind.WatchOpts, sink chan<- *TaskManagerAggregatorChanged, previous []common.Address, current []common.Address) (event.Subscription, error) {

	var previousRule []interface{}
	for _, previousItem := range previous {
		previousRule = append(previousRule, previousItem)
	}
	var currentRule []interface{}
	for _, currentItem := range current {
		currentRule = append(currentRule, currentItem)
	}

	logs, sub, err := _TaskManager.contract.WatchLogs(opts, "AggregatorChanged", previousRule, currentRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TaskManagerAggregatorChanged)
				if err := _TaskManager.contract.UnpackLog(event, "AggregatorChanged", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseAggregatorChanged is a log parse operation binding the contract event 0x130d4e632a6163e8dab92a952e84f85d90e06c320d7c56e3b942f6fc02b65558.
//
// Solidity: event AggregatorChanged(address indexed previous, address indexed current)
func (_TaskManager *TaskManagerFilterer) ParseAggregatorChanged(log types.Log) (*TaskManagerAggregatorChanged, error) {
	event := new(TaskManagerAggregatorChanged)
	if err := _TaskManager.contract.UnpackLog(event, "AggregatorChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TaskManagerCallbackResultIterator is returned from FilterCallbackResult and is used to iterate over the raw logs and unpacked data for CallbackResult events raised by the TaskManager contract.
type TaskManagerCallbackResultIterator struct {
	Event *TaskManagerCallbackResult // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *TaskManagerCallbackResultIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TaskManagerCallbackResult)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(TaskManagerCallbackResult)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *TaskManagerCallbackResultIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TaskManagerCallbackResultIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TaskManagerCallbackResult represents a CallbackResult event raised by the TaskManager contract.
type TaskManagerCallbackResult struct {
	TaskId   uint32
	Callback common.Address
	Success  bool
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterCallbackResult is a free log retrieval operation binding the contract event 0x492dee2089147e802e0a151910b45782543df141b7285faf1bf4a0548317ff78.
//
// Solidity: event CallbackResult(uint32 indexed taskId, address indexed callback, bool success)
func (_TaskManager *TaskManagerFilterer) FilterCallbackResult(opts *bind.FilterOpts, taskId []uint32, callback []common.Address) (*TaskManagerCallbackResultIterator, error) {

	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var callbackRule []interface{}
	for _, callbackItem := range callback {
		callbackRule = append(callbackRule, callbackItem)
	}

	logs, sub, err := _TaskManager.contract.FilterLogs(opts, "CallbackResult", taskIdRule, callbackRule)
	if err != nil {
		return nil, err
	}
	return &TaskManagerCallbackResultIterator{contract: _TaskManager.contract, event: "CallbackResult", logs: logs, sub: sub}, nil
}

// WatchCallbackResult is a free log subscription operation binding the contract event 0x492dee2089147e802e0a151910b45782543df141b7285faf1bf4a0548317ff78.
//
// Solidity: event CallbackResult(uint32 indexed taskId, address indexed callback, bool success)
func (_TaskManager *TaskManagerFilterer) WatchCallbackResult(opts *bind.WatchOpts, sink chan<- *TaskManagerCallbackResult, taskId []uint32, callback []common.Address) (event.Subscription, error) {

	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var callbackRule []interface{}
	for _, callbackItem := range callback {
		callbackRule = append(callbackRule, callbackItem)
	}

	logs, sub, err := _TaskManager.contract.WatchLogs(opts, "CallbackResult", taskIdRule, callbackRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TaskManagerCallbackResult)
				if err := _TaskManager.contract.UnpackLog(event, "CallbackResult", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseCallbackResult is a log parse operation binding the contract event 0x492dee2089147e802e0a151910b45782543df141b7285faf1bf4a0548317ff78.
//
// Solidity: event CallbackResult(uint32 indexed taskId, address indexed callback, bool success)
func (_TaskManager *TaskManagerFilterer) ParseCallbackResult(log types.Log) (*TaskManagerCallbackResult, error) {
	event := new(TaskManagerCallbackResult)
	if err := _TaskManager.contract.UnpackLog(event, "CallbackResult", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TaskManagerFeeRecipientChangedIterator is returned from FilterFeeRecipientChanged and is used to iterate over the raw logs and unpacked data for FeeRecipientChanged events raised by the TaskManager contract.
type TaskManagerFeeRecipientChangedIterator struct {
	Event *TaskManagerFeeRecipientChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *TaskManagerFeeRecipientChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TaskManagerFeeRecipientChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(TaskManagerFeeRecipientChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *TaskManagerFeeRecipientChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TaskManagerFeeRecipientChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TaskManagerFeeRecipientChanged represents a FeeRecipientChanged event raised by the TaskManager contract.
type TaskManagerFeeRecipientChanged struct {
	Previous common.Address
	Current  common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterFeeRecipientChanged is a free log retrieval operation binding the contract event 0x0bc21fe5c3ab742ff1d15b5c4477ffbacf1167e618228078fa625edebe7f331d.
//
// Solidity: event FeeRecipientChanged(address indexed previous, address indexed current)
func (_TaskManager *TaskManagerFilterer) FilterFeeRecipientChanged(opts *bind.FilterOpts, previous []common.Address, current []common.Address) (*TaskManagerFeeRecipientChangedIterator, error) {

	var previousRule []interface{}
	for _, previousItem := range previous {
		previousRule = append(previousRule, previousItem)
	}
	var currentRule []interface{}
	for _, currentItem := range current {
		currentRule = append(currentRule, currentItem)
	}

	logs, sub, err := _TaskManager.contract.FilterLogs(opts, "FeeRecipientChanged", previousRule, currentRule)
	if err != nil {
		return nil, err
	}
	return &TaskManagerFeeRecipientChangedIterator{contract: _TaskManager.contract, event: "FeeRecipientChanged", logs: logs, sub: sub}, nil
}

// WatchFeeRecipientChanged is a free log subscription operation binding the contract event 0x0bc21fe5c3ab742ff1d15b5c4477ffbacf1167e618228078fa625edebe7f331d.
//
// Solidity: event FeeRecipientChanged(address indexed previous, address indexed current)
func (_TaskManager *TaskManagerFilterer) WatchFeeRecipientChanged(opts *bind.WatchOpts, sink chan<- *TaskManagerFeeRecipientChanged, previous []common.Address, current []common.Address) (event.Subscription, error) {

	var previousRule []interface{}
	for _, previousItem := range previous {
		previousRule = append(previousRule, previousItem)
	}
	var currentRule []interface{}
	for _, currentItem := range current {
		currentRule = append(currentRule, currentItem)
	}

	logs, sub, err := _TaskManager.contract.WatchLogs(opts, "FeeRecipientChanged", previousRule, currentRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TaskManagerFeeRecipientChanged)
				if err := _TaskManager.contract.UnpackLog(event, "FeeRecipientChanged", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseFeeRecipientChanged is a log parse operation binding the contract event 0x0bc21fe5c3ab742ff1d15b5c4477ffbacf1167e618228078fa625edebe7f331d.
//
// Solidity: event FeeRecipientChanged(address indexed previous, address indexed current)
func (_TaskManager *TaskManagerFilterer) ParseFeeRecipientChanged(log types.Log) (*TaskManagerFeeRecipientChanged, error) {
	event := new(TaskManagerFeeRecipientChanged)
	if err := _TaskManager.contract.UnpackLog(event, "FeeRecipientChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TaskManagerFunctionDeactivatedIterator is returned from FilterFunctionDeactivated and is used to iterate over the raw logs and unpacked data for FunctionDeactivated events raised by the TaskManager contract.
type TaskManagerFunctionDeactivatedIterator struct {
	Event *TaskManagerFunctionDeactivated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *TaskManagerFunctionDeactivatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TaskManagerFunctionDeactivated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(TaskManagerFunctionDeactivated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *TaskManagerFunctionDeactivatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TaskManagerFunctionDeactivatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TaskManagerFunctionDeactivated represents a FunctionDeactivated event raised by the TaskManager contract.
type TaskManagerFunctionDeactivated struct {
	FunctionId uint64
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterFunctionDeactivated is a free log retrieval operation binding the contract event 0xdbb20d1ec7b15598b1e2f4d880eafbb9f3718933ea418af3e03b40d48cb27e08.
//
// Solidity: event FunctionDeactivated(uint64 indexed functionId)
func (_TaskManager *TaskManagerFilterer) FilterFunctionDeactivated(opts *bind.FilterOpts, functionId []uint64) (*TaskManagerFunctionDeactivatedIterator, error) {

	var functionIdRule []interface{}
	for _, functionIdItem := range functionId {
		functionIdRule = append(functionIdRule, functionIdItem)
	}

	logs, sub, err := _TaskManager.contract.FilterLogs(opts, "FunctionDeactivated", functionIdRule)
	if err != nil {
		return nil, err
	}
	return &TaskManagerFunctionDeactivatedIterator{contract: _TaskManager.contract, event: "FunctionDeactivated", logs: logs, sub: sub}, nil
}

// WatchFunctionDeactivated is a free log subscription operation binding the contract event 0xdbb20d1ec7b15598b1e2f4d880eafbb9f3718933ea418af3e03b40d48cb27e08.
//
// Solidity: event FunctionDeactivated(uint64 indexed functionId)
func (_TaskManager *TaskManagerFilterer) WatchFunctionDeactivated(opts *bind.WatchOpts, sink chan<- *TaskManagerFunctionDeactivated, functionId []uint64) (event.Subscription, error) {

	var functionIdRule []interface{}
	for _, functionIdItem := range functionId {
		functionIdRule = append(functionIdRule, functionIdItem)
	}

	logs, sub, err := _TaskManager.contract.WatchLogs(opts, "FunctionDeactivated", functionIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TaskManagerFunctionDeactivated)
				if err := _TaskManager.contract.UnpackLog(event, "FunctionDeactivated", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseFunctionDeactivated is a log parse operation binding the contract event 0xdbb20d1ec7b15598b1e2f4d880eafbb9f3718933ea418af3e03b40d48cb27e08.
//
// Solidity: event FunctionDeactivated(uint64 indexed functionId)
func (_TaskManager *TaskManagerFilterer) ParseFunctionDeactivated(log types.Log) (*TaskManagerFunctionDeactivated, error) {
	event := new(TaskManagerFunctionDeactivated)
	if err := _TaskManager.contract.UnpackLog(event, "FunctionDeactivated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TaskManagerFunctionRegisteredIterator is returned from FilterFunctionRegistered and is used to iterate over the raw logs and unpacked data for FunctionRegistered events raised by the TaskManager contract.
type TaskManagerFunctionRegisteredIterator struct {
	Event *TaskManagerFunctionRegistered // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *TaskManagerFunctionRegisteredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TaskManagerFunctionRegistered)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(TaskManagerFunctionRegistered)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *TaskManagerFunctionRegisteredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TaskManagerFunctionRegisteredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TaskManagerFunctionRegistered represents a FunctionRegistered event raised by the TaskManager contract.
type TaskManagerFunctionRegistered struct {
	FunctionId uint64
	Owner      common.Address
	Spec       TaskManagerFunctionSpec
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterFunctionRegistered is a free log retrieval operation binding the contract event 0xdf0c672789cdc9e29250abe5b72cc2889bfaf0cdb0201116d345d7307a7b7158.
//
// Solidity: event FunctionRegistered(uint64 indexed functionId, address indexed owner, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[]) spec)
func (_TaskManager *TaskManagerFilterer) FilterFunctionRegistered(opts *bind.FilterOpts, functionId []uint64, owner []common.Address) (*TaskManagerFunctionRegisteredIterator, error) {

	var functionIdRule []interface{}
	for _, functionIdItem := range functionId {
		functionIdRule = append(functionIdRule, functionIdItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _TaskManager.contract.FilterLogs(opts, "FunctionRegistered", functionIdRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return &TaskManagerFunctionRegisteredIterator{contract: _TaskManager.contract, event: "FunctionRegistered", logs: logs, sub: sub}, nil
}

// WatchFunctionRegistered is a free log subscription operation binding the contract event 0xdf0c672789cdc9e29250abe5b72cc2889bfaf0cdb0201116d345d7307a7b7158.
//
// Solidity: event FunctionRegistered(uint64 indexed functionId, address indexed owner, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[]) spec)
func (_TaskManager *TaskManagerFilterer) WatchFunctionRegistered(opts *bind.WatchOpts, sink chan<- *TaskManagerFunctionRegistered, functionId []uint64, owner []common.Address) (event.Subscription, error) {

	var functionIdRule []interface{}
	for _, functionIdItem := range functionId {
		functionIdRule = append(functionIdRule, functionIdItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _TaskManager.contract.WatchLogs(opts, "FunctionRegistered", functionIdRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TaskManagerFunctionRegistered)
				if err := _TaskManager.contract.UnpackLog(event, "FunctionRegistered", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseFunctionRegistered is a log parse operation binding the contract event 0xdf0c672789cdc9e29250abe5b72cc2889bfaf0cdb0201116d345d7307a7b7158.
//
// Solidity: event FunctionRegistered(uint64 indexed functionId, address indexed owner, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[]) spec)
func (_TaskManager *TaskManagerFilterer) ParseFunctionRegistered(log types.Log) (*TaskManagerFunctionRegistered, error) {
	event := new(TaskManagerFunctionRegistered)
	if err := _TaskManager.contract.UnpackLog(event, "FunctionRegistered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TaskManagerFunctionUpdatedIterator is returned from FilterFunctionUpdated and is used to iterate over the raw logs and unpacked data for FunctionUpdated events raised by the TaskManager contract.
type TaskManagerFunctionUpdatedIterator struct {
	Event *TaskManagerFunctionUpdated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *TaskManagerFunctionUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TaskManagerFunctionUpdated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(TaskManagerFunctionUpdated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *TaskManagerFunctionUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TaskManagerFunctionUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TaskManagerFunctionUpdated represents a FunctionUpdated event raised by the TaskManager contract.
type TaskManagerFunctionUpdated struct {
	FunctionId uint64
	Spec       TaskManagerFunctionSpec
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterFunctionUpdated is a free log retrieval operation binding the contract event 0x0d69f05f0bb09e6f24815377d6df595d269d196624b92f23c8096418274816b8.
//
// Solidity: event FunctionUpdated(uint64 indexed functionId, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[]) spec)
func (_TaskManager *TaskManagerFilterer) FilterFunctionUpdated(opts *bind.FilterOpts, functionId []uint64) (*TaskManagerFunctionUpdatedIterator, error) {

	var functionIdRule []interface{}
	for _, functionIdItem := range functionId {
		functionIdRule = append(functionIdRule, functionIdItem)
	}

	logs, sub, err := _TaskManager.contract.FilterLogs(opts, "FunctionUpdated", functionIdRule)
	if err != nil {
		return nil, err
	}
	return &TaskManagerFunctionUpdatedIterator{contract: _TaskManager.contract, event: "FunctionUpdated", logs: logs, sub: sub}, nil
}

// WatchFunctionUpdated is a free log subscription operation binding the contract event 0x0d69f05f0bb09e6f24815377d6df595d269d196624b92f23c8096418274816b8.
//
// Solidity: event FunctionUpdated(uint64 indexed functionId, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[]) spec)
func (_TaskManager *TaskManagerFilterer) WatchFunctionUpdated(opts *bind.WatchOpts, sink chan<- *TaskManagerFunctionUpdated, functionId []uint64) (event.Subscription, error) {

	var functionIdRule []interface{}
	for _, functionIdItem := range functionId {
		functionIdRule = append(functionIdRule, functionIdItem)
	}

	logs, sub, err := _TaskManager.contract.WatchLogs(opts, "FunctionUpdated", functionIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TaskManagerFunctionUpdated)
				if err := _TaskManager.contract.UnpackLog(event, "FunctionUpdated", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseFunctionUpdated is a log parse operation binding the contract event 0x0d69f05f0bb09e6f24815377d6df595d269d196624b92f23c8096418274816b8.
//
// Solidity: event FunctionUpdated(uint64 indexed functionId, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[]) spec)
func (_TaskManager *TaskManagerFilterer) ParseFunctionUpdated(log types.Log) (*TaskManagerFunctionUpdated, error) {
	event := new(TaskManagerFunctionUpdated)
	if err := _TaskManager.contract.UnpackLog(event, "FunctionUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TaskManagerMinTaskFeeChangedIterator is returned from FilterMinTaskFeeChanged and is used to iterate over the raw logs and unpacked data for MinTaskFeeChanged events raised by the TaskManager contract.
type TaskManagerMinTaskFeeChangedIterator struct {
	Event *TaskManagerMinTaskFeeChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *TaskManagerMinTaskFeeChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TaskManagerMinTaskFeeChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(TaskManagerMinTaskFeeChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *TaskManagerMinTaskFeeChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TaskManagerMinTaskFeeChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TaskManagerMinTaskFeeChanged represents a MinTaskFeeChanged event raised by the TaskManager contract.
type TaskManagerMinTaskFeeChanged struct {
	Previous *big.Int
	Current  *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterMinTaskFeeChanged is a free log retrieval operation binding the contract event 0xb524f2030f9c03f4f662b5015b391aee396f12a76ab1d9f2d04a14d27fc03f99.
//
// Solidity: event MinTaskFeeChanged(uint96 previous, uint96 current)
func (_TaskManager *TaskManagerFilterer) FilterMinTaskFeeChanged(opts *bind.FilterOpts) (*TaskManagerMinTaskFeeChangedIterator, error) {

	logs, sub, err := _TaskManager.contract.FilterLogs(opts, "MinTaskFeeChanged")
	if err != nil {
		return nil, err
	}
	return &TaskManagerMinTaskFeeChangedIterator{contract: _TaskManager.contract, event: "MinTaskFeeChanged", logs: logs, sub: sub}, nil
}

// WatchMinTaskFeeChanged is a free log subscription operation binding the contract event 0xb524f2030f9c03f4f662b5015b391aee396f12a76ab1d9f2d04a14d27fc03f99.
//
// Solidity: event MinTaskFeeChanged(uint96 previous, uint96 current)
func (_TaskManager *TaskManagerFilterer) WatchMinTaskFeeChanged(opts *bind.WatchOpts, sink chan<- *TaskManagerMinTaskFeeChanged) (event.Subscription, error) {

	logs, sub, err := _TaskManager.contract.WatchLogs(opts, "MinTaskFeeChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TaskManagerMinTaskFeeChanged)
				if err := _TaskManager.contract.UnpackLog(event, "MinTaskFeeChanged", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseMinTaskFeeChanged is a log parse operation binding the contract event 0xb524f2030f9c03f4f662b5015b391aee396f12a76ab1d9f2d04a14d27fc03f99.
//
// Solidity: event MinTaskFeeChanged(uint96 previous, uint96 current)
func (_TaskManager *TaskManagerFilterer) ParseMinTaskFeeChanged(log types.Log) (*TaskManagerMinTaskFeeChanged, error) {
	event := new(TaskManagerMinTaskFeeChanged)
	if err := _TaskManager.contract.UnpackLog(event, "MinTaskFeeChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TaskManagerOwnershipTransferStartedIterator is returned from FilterOwnershipTransferStarted and is used to iterate over the raw logs and unpacked data for OwnershipTransferStarted events raised by the TaskManager contract.
type TaskManagerOwnershipTransferStartedIterator struct {
	Event *TaskManagerOwnershipTransferStarted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *TaskManagerOwnershipTransferStartedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TaskManagerOwnershipTransferStarted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(TaskManagerOwnershipTransferStarted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *TaskManagerOwnershipTransferStartedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TaskManagerOwnershipTransferStartedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TaskManagerOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the TaskManager contract.
type TaskManagerOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferStarted is a free log retrieval operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_TaskManager *TaskManagerFilterer) FilterOwnershipTransferStarted(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*TaskManagerOwnershipTransferStartedIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _TaskManager.contract.FilterLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &TaskManagerOwnershipTransferStartedIterator{contract: _TaskManager.contract, event: "OwnershipTransferStarted", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferStarted is a free log subscription operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_TaskManager *TaskManagerFilterer) WatchOwnershipTransferStarted(opts *bind.WatchOpts, sink chan<- *TaskManagerOwnershipTransferStarted, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _TaskManager.contract.WatchLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TaskManagerOwnershipTransferStarted)
				if err := _TaskManager.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferStarted is a log parse operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_TaskManager *TaskManagerFilterer) ParseOwnershipTransferStarted(log types.Log) (*TaskManagerOwnershipTransferStarted, error) {
	event := new(TaskManagerOwnershipTransferStarted)
	if err := _TaskManager.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TaskManagerOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the TaskManager contract.
type TaskManagerOwnershipTransferredIterator struct {
	Event *TaskManagerOwnershipTransferred // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *TaskManagerOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TaskManagerOwnershipTransferred)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(TaskManagerOwnershipTransferred)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *TaskManagerOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TaskManagerOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TaskManagerOwnershipTransferred represents a OwnershipTransferred event raised by the TaskManager contract.
type TaskManagerOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_TaskManager *TaskManagerFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*TaskManagerOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _TaskManager.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &TaskManagerOwnershipTransferredIterator{contract: _TaskManager.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_TaskManager *TaskManagerFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *TaskManagerOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _TaskManager.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TaskManagerOwnershipTransferred)
				if err := _TaskManager.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferred is a log parse operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_TaskManager *TaskManagerFilterer) ParseOwnershipTransferred(log types.Log) (*TaskManagerOwnershipTransferred, error) {
	event := new(TaskManagerOwnershipTransferred)
	if err := _TaskManager.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TaskManagerPausedIterator is returned from FilterPaused and is used to iterate over the raw logs and unpacked data for Paused events raised by the TaskManager contract.
type TaskManagerPausedIterator struct {
	Event *TaskManagerPaused // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *TaskManagerPausedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TaskManagerPaused)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(TaskManagerPaused)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *TaskManagerPausedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TaskManagerPausedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TaskManagerPaused represents a Paused event raised by the TaskManager contract.
type TaskManagerPaused struct {
	By  common.Address
	Raw types.Log // Blockchain specific contextual infos
}

// FilterPaused is a free log retrieval operation binding the contract event 0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258.
//
// Solidity: event Paused(address indexed by)
func (_TaskManager *TaskManagerFilterer) FilterPaused(opts *bind.FilterOpts, by []common.Address) (*TaskManagerPausedIterator, error) {

	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _TaskManager.contract.FilterLogs(opts, "Paused", byRule)
	if err != nil {
		return nil, err
	}
	return &TaskManagerPausedIterator{contract: _TaskManager.contract, event: "Paused", logs: logs, sub: sub}, nil
}

// WatchPaused is a free log subscription operation binding the contract event 0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258.
//
// Solidity: event Paused(address indexed by)
func (_TaskManager *TaskManagerFilterer) WatchPaused(opts *bind.WatchOpts, sink chan<- *TaskManagerPaused, by []common.Address) (event.Subscription, error) {

	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _TaskManager.contract.WatchLogs(opts, "Paused", byRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TaskManagerPaused)
				if err := _TaskManager.contract.UnpackLog(event, "Paused", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParsePaused is a log parse operation binding the contract event 0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258.
//
// Solidity: event Paused(address indexed by)
func (_TaskManager *TaskManagerFilterer) ParsePaused(log types.Log) (*TaskManagerPaused, error) {
	event := new(TaskManagerPaused)
	if err := _TaskManager.contract.UnpackLog(event, "Paused", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TaskManagerPauserChangedIterator is returned from FilterPauserChanged and is used to iterate over the raw logs and unpacked data for PauserChanged events raised by the TaskManager contract.
type TaskManagerPauserChangedIterator struct {
	Event *TaskManagerPauserChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *TaskManagerPauserChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TaskManagerPauserChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(TaskManagerPauserChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *TaskManagerPauserChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TaskManagerPauserChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TaskManagerPauserChanged represents a PauserChanged event raised by the TaskManager contract.
type TaskManagerPauserChanged struct {
	PreviousPauser common.Address
	NewPauser      common.Address
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterPauserChanged is a free log retrieval operation binding the contract event 0x95bb211a5a393c4d30c3edc9a745825fba4e6ad3e3bb949e6bf8ccdfe431a811.
//
// Solidity: event PauserChanged(address indexed previousPauser, address indexed newPauser)
func (_TaskManager *TaskManagerFilterer) FilterPauserChanged(opts *bind.FilterOpts, previousPauser []common.Address, newPauser []common.Address) (*TaskManagerPauserChangedIterator, error) {

	var previousPauserRule []interface{}
	for _, previousPauserItem := range previousPauser {
		previousPauserRule = append(previousPauserRule, previousPauserItem)
	}
	var newPauserRule []interface{}
	for _, newPauserItem := range newPauser {
		newPauserRule = append(newPauserRule, newPauserItem)
	}

	logs, sub, err := _TaskManager.contract.FilterLogs(opts, "PauserChanged", previousPauserRule, newPauserRule)
	if err != nil {
		return nil, err
	}
	return &TaskManagerPauserChangedIterator{contract: _TaskManager.contract, event: "PauserChanged", logs: logs, sub: sub}, nil
}

// WatchPauserChanged is a free log subscription operation binding the contract event 0x95bb211a5a393c4d30c3edc9a745825fba4e6ad3e3bb949e6bf8ccdfe431a811.
//
// Solidity: event PauserChanged(address indexed previousPauser, address indexed newPauser)
func (_TaskManager *TaskManagerFilterer) WatchPauserChanged(opts *bind.WatchOpts, sink chan<- *TaskManagerPauserChanged, previousPauser []common.Address, newPauser []common.Address) (event.Subscription, error) {

	var previousPauserRule []interface{}
	for _, previousPauserItem := range previousPauser {
		previousPauserRule = append(previousPauserRule, previousPauserItem)
	}
	var newPauserRule []interface{}
	for _, newPauserItem := range newPauser {
		newPauserRule = append(newPauserRule, newPauserItem)
	}

	logs, sub, err := _TaskManager.contract.WatchLogs(opts, "PauserChanged", previousPauserRule, newPauserRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TaskManagerPauserChanged)
				if err := _TaskManager.contract.UnpackLog(event, "PauserChanged", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParsePauserChanged is a log parse operation binding the contract event 0x95bb211a5a393c4d30c3edc9a745825fba4e6ad3e3bb949e6bf8ccdfe431a811.
//
// Solidity: event PauserChanged(address indexed previousPauser, address indexed newPauser)
func (_TaskManager *TaskManagerFilterer) ParsePauserChanged(log types.Log) (*TaskManagerPauserChanged, error) {
	event := new(TaskManagerPauserChanged)
	if err := _TaskManager.contract.UnpackLog(event, "PauserChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TaskManagerResponseWindowChangedIterator is returned from FilterResponseWindowChanged and is used to iterate over the raw logs and unpacked data for ResponseWindowChanged events raised by the TaskManager contract.
type TaskManagerResponseWindowChangedIterator struct {
	Event *TaskManagerResponseWindowChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *TaskManagerResponseWindowChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TaskManagerResponseWindowChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(TaskManagerResponseWindowChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *TaskManagerResponseWindowChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TaskManagerResponseWindowChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TaskManagerResponseWindowChanged represents a ResponseWindowChanged event raised by the TaskManager contract.
type TaskManagerResponseWindowChanged struct {
	MinBlocks uint32
	MaxBlocks uint32
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterResponseWindowChanged is a free log retrieval operation binding the contract event 0x91f2427424ad1adbffdb49baf280f6a98bf0ce59173be0956d90f98d4e9bbe4e.
//
// Solidity: event ResponseWindowChanged(uint32 minBlocks, uint32 maxBlocks)
func (_TaskManager *TaskManagerFilterer) FilterResponseWindowChanged(opts *bind.FilterOpts) (*TaskManagerResponseWindowChangedIterator, error) {

	logs, sub, err := _TaskManager.contract.FilterLogs(opts, "ResponseWindowChanged")
	if err != nil {
		return nil, err
	}
	return &TaskManagerResponseWindowChangedIterator{contract: _TaskManager.contract, event: "ResponseWindowChanged", logs: logs, sub: sub}, nil
}

// WatchResponseWindowChanged is a free log subscription operation binding the contract event 0x91f2427424ad1adbffdb49baf280f6a98bf0ce59173be0956d90f98d4e9bbe4e.
//
// Solidity: event ResponseWindowChanged(uint32 minBlocks, uint32 maxBlocks)
func (_TaskManager *TaskManagerFilterer) WatchResponseWindowChanged(opts *bind.WatchOpts, sink chan<- *TaskManagerResponseWindowChanged) (event.Subscription, error) {

	logs, sub, err := _TaskManager.contract.WatchLogs(opts, "ResponseWindowChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TaskManagerResponseWindowChanged)
				if err := _TaskManager.contract.UnpackLog(event, "ResponseWindowChanged", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseResponseWindowChanged is a log parse operation binding the contract event 0x91f2427424ad1adbffdb49baf280f6a98bf0ce59173be0956d90f98d4e9bbe4e.
//
// Solidity: event ResponseWindowChanged(uint32 minBlocks, uint32 maxBlocks)
func (_TaskManager *TaskManagerFilterer) ParseResponseWindowChanged(log types.Log) (*TaskManagerResponseWindowChanged, error) {
	event := new(TaskManagerResponseWindowChanged)
	if err := _TaskManager.contract.UnpackLog(event, "ResponseWindowChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TaskManagerRuntimeEnvironmentSetIterator is returned from FilterRuntimeEnvironmentSet and is used to iterate over the raw logs and unpacked data for RuntimeEnvironmentSet events raised by the TaskManager contract.
type TaskManagerRuntimeEnvironmentSetIterator struct {
	Event *TaskManagerRuntimeEnvironmentSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *TaskManagerRuntimeEnvironmentSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TaskManagerRuntimeEnvironmentSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(TaskManagerRuntimeEnvironmentSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *TaskManagerRuntimeEnvironmentSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TaskManagerRuntimeEnvironmentSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TaskManagerRuntimeEnvironmentSet represents a RuntimeEnvironmentSet event raised by the TaskManager contract.
type TaskManagerRuntimeEnvironmentSet struct {
	Runtime     uint8
	Environment [32]byte
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterRuntimeEnvironmentSet is a free log retrieval operation binding the contract event 0x8b9591d346906cd19ebf0158b53a0263537d9269330935100febb2637018905a.
//
// Solidity: event RuntimeEnvironmentSet(uint8 indexed runtime, bytes32 environment)
func (_TaskManager *TaskManagerFilterer) FilterRuntimeEnvironmentSet(opts *bind.FilterOpts, runtime []uint8) (*TaskManagerRuntimeEnvironmentSetIterator, error) {

	var runtimeRule []interface{}
	for _, runtimeItem := range runtime {
		runtimeRule = append(runtimeRule, runtimeItem)
	}

	logs, sub, err := _TaskManager.contract.FilterLogs(opts, "RuntimeEnvironmentSet", runtimeRule)
	if err != nil {
		return nil, err
	}
	return &TaskManagerRuntimeEnvironmentSetIterator{contract: _TaskManager.contract, event: "RuntimeEnvironmentSet", logs: logs, sub: sub}, nil
}

// WatchRuntimeEnvironmentSet is a free log subscription operation binding the contract event 0x8b9591d346906cd19ebf0158b53a0263537d9269330935100febb2637018905a.
//
// Solidity: event RuntimeEnvironmentSet(uint8 indexed runtime, bytes32 environment)
func (_TaskManager *TaskManagerFilterer) WatchRuntimeEnvironmentSet(opts *bind.WatchOpts, sink chan<- *TaskManagerRuntimeEnvironmentSet, runtime []uint8) (event.Subscription, error) {

	var runtimeRule []interface{}
	for _, runtimeItem := range runtime {
		runtimeRule = append(runtimeRule, runtimeItem)
	}

	logs, sub, err := _TaskManager.contract.WatchLogs(opts, "RuntimeEnvironmentSet", runtimeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TaskManagerRuntimeEnvironmentSet)
				if err := _TaskManager.contract.UnpackLog(event, "RuntimeEnvironmentSet", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRuntimeEnvironmentSet is a log parse operation binding the contract event 0x8b9591d346906cd19ebf0158b53a0263537d9269330935100febb2637018905a.
//
// Solidity: event RuntimeEnvironmentSet(uint8 indexed runtime, bytes32 environment)
func (_TaskManager *TaskManagerFilterer) ParseRuntimeEnvironmentSet(log types.Log) (*TaskManagerRuntimeEnvironmentSet, error) {
	event := new(TaskManagerRuntimeEnvironmentSet)
	if err := _TaskManager.contract.UnpackLog(event, "RuntimeEnvironmentSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TaskManagerStaleStakesForbiddenChangedIterator is returned from FilterStaleStakesForbiddenChanged and is used to iterate over the raw logs and unpacked data for StaleStakesForbiddenChanged events raised by the TaskManager contract.
type TaskManagerStaleStakesForbiddenChangedIterator struct {
	Event *TaskManagerStaleStakesForbiddenChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *TaskManagerStaleStakesForbiddenChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TaskManagerStaleStakesForbiddenChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(TaskManagerStaleStakesForbiddenChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *TaskManagerStaleStakesForbiddenChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TaskManagerStaleStakesForbiddenChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TaskManagerStaleStakesForbiddenChanged represents a StaleStakesForbiddenChanged event raised by the TaskManager contract.
type TaskManagerStaleStakesForbiddenChanged struct {
	Forbidden bool
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterStaleStakesForbiddenChanged is a free log retrieval operation binding the contract event 0x512552a88da47bab1d1fb1e361db2a4b32e41d2e5106b9ff864e6b2bd17670d7.
//
// Solidity: event StaleStakesForbiddenChanged(bool forbidden)
func (_TaskManager *TaskManagerFilterer) FilterStaleStakesForbiddenChanged(opts *bind.FilterOpts) (*TaskManagerStaleStakesForbiddenChangedIterator, error) {

	logs, sub, err := _TaskManager.contract.FilterLogs(opts, "StaleStakesForbiddenChanged")
	if err != nil {
		return nil, err
	}
	return &TaskManagerStaleStakesForbiddenChangedIterator{contract: _TaskManager.contract, event: "StaleStakesForbiddenChanged", logs: logs, sub: sub}, nil
}

// WatchStaleStakesForbiddenChanged is a free log subscription operation binding the contract event 0x512552a88da47bab1d1fb1e361db2a4b32e41d2e5106b9ff864e6b2bd17670d7.
//
// Solidity: event StaleStakesForbiddenChanged(bool forbidden)
func (_TaskManager *TaskManagerFilterer) WatchStaleStakesForbiddenChanged(opts *bind.WatchOpts, sink chan<- *TaskManagerStaleStakesForbiddenChanged) (event.Subscription, error) {

	logs, sub, err := _TaskManager.contract.WatchLogs(opts, "StaleStakesForbiddenChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TaskManagerStaleStakesForbiddenChanged)
				if err := _TaskManager.contract.UnpackLog(event, "StaleStakesForbiddenChanged", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseStaleStakesForbiddenChanged is a log parse operation binding the contract event 0x512552a88da47bab1d1fb1e361db2a4b32e41d2e5106b9ff864e6b2bd17670d7.
//
// Solidity: event StaleStakesForbiddenChanged(bool forbidden)
func (_TaskManager *TaskManagerFilterer) ParseStaleStakesForbiddenChanged(log types.Log) (*TaskManagerStaleStakesForbiddenChanged, error) {
	event := new(TaskManagerStaleStakesForbiddenChanged)
	if err := _TaskManager.contract.UnpackLog(event, "StaleStakesForbiddenChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TaskManagerTaskCreatedIterator is returned from FilterTaskCreated and is used to iterate over the raw logs and unpacked data for TaskCreated events raised by the TaskManager contract.
type TaskManagerTaskCreatedIterator struct {
	Event *TaskManagerTaskCreated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *TaskManagerTaskCreatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TaskManagerTaskCreated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(TaskManagerTaskCreated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *TaskManagerTaskCreatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TaskManagerTaskCreatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TaskManagerTaskCreated represents a TaskCreated event raised by the TaskManager contract.
type TaskManagerTaskCreated struct {
	TaskId     uint32
	Task       TaskManagerTask
	Input      []byte
	InputURI   string
	ModuleURIs []string
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterTaskCreated is a free log retrieval operation binding the contract event 0x3f395cab20957f5b573c19c9c1b4e676a5c1ef2c3ab4b19aefd3b3ed4c09ed1a.
//
// Solidity: event TaskCreated(uint32 indexed taskId, (uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96) task, bytes input, string inputURI, string[] moduleURIs)
func (_TaskManager *TaskManagerFilterer) FilterTaskCreated(opts *bind.FilterOpts, taskId []uint32) (*TaskManagerTaskCreatedIterator, error) {

	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}

	logs, sub, err := _TaskManager.contract.FilterLogs(opts, "TaskCreated", taskIdRule)
	if err != nil {
		return nil, err
	}
	return &TaskManagerTaskCreatedIterator{contract: _TaskManager.contract, event: "TaskCreated", logs: logs, sub: sub}, nil
}

// WatchTaskCreated is a free log subscription operation binding the contract event 0x3f395cab20957f5b573c19c9c1b4e676a5c1ef2c3ab4b19aefd3b3ed4c09ed1a.
//
// Solidity: event TaskCreated(uint32 indexed taskId, (uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96) task, bytes input, string inputURI, string[] moduleURIs)
func (_TaskManager *TaskManagerFilterer) WatchTaskCreated(opts *bind.WatchOpts, sink chan<- *TaskManagerTaskCreated, taskId []uint32) (event.Subscription, error) {

	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}

	logs, sub, err := _TaskManager.contract.WatchLogs(opts, "TaskCreated", taskIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TaskManagerTaskCreated)
				if err := _TaskManager.contract.UnpackLog(event, "TaskCreated", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTaskCreated is a log parse operation binding the contract event 0x3f395cab20957f5b573c19c9c1b4e676a5c1ef2c3ab4b19aefd3b3ed4c09ed1a.
//
// Solidity: event TaskCreated(uint32 indexed taskId, (uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96) task, bytes input, string inputURI, string[] moduleURIs)
func (_TaskManager *TaskManagerFilterer) ParseTaskCreated(log types.Log) (*TaskManagerTaskCreated, error) {
	event := new(TaskManagerTaskCreated)
	if err := _TaskManager.contract.UnpackLog(event, "TaskCreated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TaskManagerTaskExpiredIterator is returned from FilterTaskExpired and is used to iterate over the raw logs and unpacked data for TaskExpired events raised by the TaskManager contract.
type TaskManagerTaskExpiredIterator struct {
	Event *TaskManagerTaskExpired // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *TaskManagerTaskExpiredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TaskManagerTaskExpired)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(TaskManagerTaskExpired)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *TaskManagerTaskExpiredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TaskManagerTaskExpiredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TaskManagerTaskExpired represents a TaskExpired event raised by the TaskManager contract.
type TaskManagerTaskExpired struct {
	TaskId uint32
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterTaskExpired is a free log retrieval operation binding the contract event 0xec024f126fc5070b1c70b8836faae58ceb08d7a58b0601b80f38f8ca4c185bde.
//
// Solidity: event TaskExpired(uint32 indexed taskId)
func (_TaskManager *TaskManagerFilterer) FilterTaskExpired(opts *bind.FilterOpts, taskId []uint32) (*TaskManagerTaskExpiredIterator, error) {

	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}

	logs, sub, err := _TaskManager.contract.FilterLogs(opts, "TaskExpired", taskIdRule)
	if err != nil {
		return nil, err
	}
	return &TaskManagerTaskExpiredIterator{contract: _TaskManager.contract, event: "TaskExpired", logs: logs, sub: sub}, nil
}

// WatchTaskExpired is a free log subscription operation binding the contract event 0xec024f126fc5070b1c70b8836faae58ceb08d7a58b0601b80f38f8ca4c185bde.
//
// Solidity: event TaskExpired(uint32 indexed taskId)
func (_TaskManager *TaskManagerFilterer) WatchTaskExpired(opts *bind.WatchOpts, sink chan<- *TaskManagerTaskExpired, taskId []uint32) (event.Subscription, error) {

	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}

	logs, sub, err := _TaskManager.contract.WatchLogs(opts, "TaskExpired", taskIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TaskManagerTaskExpired)
				if err := _TaskManager.contract.UnpackLog(event, "TaskExpired", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTaskExpired is a log parse operation binding the contract event 0xec024f126fc5070b1c70b8836faae58ceb08d7a58b0601b80f38f8ca4c185bde.
//
// Solidity: event TaskExpired(uint32 indexed taskId)
func (_TaskManager *TaskManagerFilterer) ParseTaskExpired(log types.Log) (*TaskManagerTaskExpired, error) {
	event := new(TaskManagerTaskExpired)
	if err := _TaskManager.contract.UnpackLog(event, "TaskExpired", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TaskManagerTaskRespondedIterator is returned from FilterTaskResponded and is used to iterate over the raw logs and unpacked data for TaskResponded events raised by the TaskManager contract.
type TaskManagerTaskRespondedIterator struct {
	Event *TaskManagerTaskResponded // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *TaskManagerTaskRespondedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TaskManagerTaskResponded)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(TaskManagerTaskResponded)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *TaskManagerTaskRespondedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TaskManagerTaskRespondedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TaskManagerTaskResponded represents a TaskResponded event raised by the TaskManager contract.
type TaskManagerTaskResponded struct {
	TaskId              uint32
	Response            TaskManagerTaskResponse
	ResponseDigest      [32]byte
	SignatoryRecordHash [32]byte
	Raw                 types.Log // Blockchain specific contextual infos
}

// FilterTaskResponded is a free log retrieval operation binding the contract event 0xea2798b10954cc4b857a1dbdd3e91266b9d61b591201031ed4a4cb275f40067d.
//
// Solidity: event TaskResponded(uint32 indexed taskId, (uint32,uint8,bytes32,bytes) response, bytes32 responseDigest, bytes32 signatoryRecordHash)
func (_TaskManager *TaskManagerFilterer) FilterTaskResponded(opts *bind.FilterOpts, taskId []uint32) (*TaskManagerTaskRespondedIterator, error) {

	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}

	logs, sub, err := _TaskManager.contract.FilterLogs(opts, "TaskResponded", taskIdRule)
	if err != nil {
		return nil, err
	}
	return &TaskManagerTaskRespondedIterator{contract: _TaskManager.contract, event: "TaskResponded", logs: logs, sub: sub}, nil
}

// WatchTaskResponded is a free log subscription operation binding the contract event 0xea2798b10954cc4b857a1dbdd3e91266b9d61b591201031ed4a4cb275f40067d.
//
// Solidity: event TaskResponded(uint32 indexed taskId, (uint32,uint8,bytes32,bytes) response, bytes32 responseDigest, bytes32 signatoryRecordHash)
func (_TaskManager *TaskManagerFilterer) WatchTaskResponded(opts *bind.WatchOpts, sink chan<- *TaskManagerTaskResponded, taskId []uint32) (event.Subscription, error) {

	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}

	logs, sub, err := _TaskManager.contract.WatchLogs(opts, "TaskResponded", taskIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TaskManagerTaskResponded)
				if err := _TaskManager.contract.UnpackLog(event, "TaskResponded", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTaskResponded is a log parse operation binding the contract event 0xea2798b10954cc4b857a1dbdd3e91266b9d61b591201031ed4a4cb275f40067d.
//
// Solidity: event TaskResponded(uint32 indexed taskId, (uint32,uint8,bytes32,bytes) response, bytes32 responseDigest, bytes32 signatoryRecordHash)
func (_TaskManager *TaskManagerFilterer) ParseTaskResponded(log types.Log) (*TaskManagerTaskResponded, error) {
	event := new(TaskManagerTaskResponded)
	if err := _TaskManager.contract.UnpackLog(event, "TaskResponded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TaskManagerUnpausedIterator is returned from FilterUnpaused and is used to iterate over the raw logs and unpacked data for Unpaused events raised by the TaskManager contract.
type TaskManagerUnpausedIterator struct {
	Event *TaskManagerUnpaused // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *TaskManagerUnpausedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TaskManagerUnpaused)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(TaskManagerUnpaused)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *TaskManagerUnpausedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TaskManagerUnpausedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TaskManagerUnpaused represents a Unpaused event raised by the TaskManager contract.
type TaskManagerUnpaused struct {
	By  common.Address
	Raw types.Log // Blockchain specific contextual infos
}

// FilterUnpaused is a free log retrieval operation binding the contract event 0x5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa.
//
// Solidity: event Unpaused(address indexed by)
func (_TaskManager *TaskManagerFilterer) FilterUnpaused(opts *bind.FilterOpts, by []common.Address) (*TaskManagerUnpausedIterator, error) {

	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _TaskManager.contract.FilterLogs(opts, "Unpaused", byRule)
	if err != nil {
		return nil, err
	}
	return &TaskManagerUnpausedIterator{contract: _TaskManager.contract, event: "Unpaused", logs: logs, sub: sub}, nil
}

// WatchUnpaused is a free log subscription operation binding the contract event 0x5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa.
//
// Solidity: event Unpaused(address indexed by)
func (_TaskManager *TaskManagerFilterer) WatchUnpaused(opts *bind.WatchOpts, sink chan<- *TaskManagerUnpaused, by []common.Address) (event.Subscription, error) {

	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _TaskManager.contract.WatchLogs(opts, "Unpaused", byRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TaskManagerUnpaused)
				if err := _TaskManager.contract.UnpackLog(event, "Unpaused", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseUnpaused is a log parse operation binding the contract event 0x5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa.
//
// Solidity: event Unpaused(address indexed by)
func (_TaskManager *TaskManagerFilterer) ParseUnpaused(log types.Log) (*TaskManagerUnpaused, error) {
	event := new(TaskManagerUnpaused)
	if err := _TaskManager.contract.UnpackLog(event, "Unpaused", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TaskManagerWithdrawnIterator is returned from FilterWithdrawn and is used to iterate over the raw logs and unpacked data for Withdrawn events raised by the TaskManager contract.
type TaskManagerWithdrawnIterator struct {
	Event *TaskManagerWithdrawn // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *TaskManagerWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TaskManagerWithdrawn)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(TaskManagerWithdrawn)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *TaskManagerWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TaskManagerWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TaskManagerWithdrawn represents a Withdrawn event raised by the TaskManager contract.
type TaskManagerWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterWithdrawn is a free log retrieval operation binding the contract event 0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (_TaskManager *TaskManagerFilterer) FilterWithdrawn(opts *bind.FilterOpts, account []common.Address) (*TaskManagerWithdrawnIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _TaskManager.contract.FilterLogs(opts, "Withdrawn", accountRule)
	if err != nil {
		return nil, err
	}
	return &TaskManagerWithdrawnIterator{contract: _TaskManager.contract, event: "Withdrawn", logs: logs, sub: sub}, nil
}

// WatchWithdrawn is a free log subscription operation binding the contract event 0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (_TaskManager *TaskManagerFilterer) WatchWithdrawn(opts *bind.WatchOpts, sink chan<- *TaskManagerWithdrawn, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _TaskManager.contract.WatchLogs(opts, "Withdrawn", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TaskManagerWithdrawn)
				if err := _TaskManager.contract.UnpackLog(event, "Withdrawn", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseWithdrawn is a log parse operation binding the contract event 0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (_TaskManager *TaskManagerFilterer) ParseWithdrawn(log types.Log) (*TaskManagerWithdrawn, error) {
	event := new(TaskManagerWithdrawn)
	if err := _TaskManager.contract.UnpackLog(event, "Withdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
