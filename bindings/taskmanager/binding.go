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

// ITaskManagerFunctionRecord is an auto generated low-level Go binding around an user-defined struct.
type ITaskManagerFunctionRecord struct {
	Owner  common.Address
	Active bool
	Spec   ITaskManagerFunctionSpec
}

// ITaskManagerFunctionSpec is an auto generated low-level Go binding around an user-defined struct.
type ITaskManagerFunctionSpec struct {
	ModuleDigest       [32]byte
	Runtime            uint8
	Mode               uint8
	MinQuorumThreshold uint8
	ZkVerifier         common.Address
	Limits             ITaskManagerResourceLimits
	Uris               []string
}

// ITaskManagerResourceLimits is an auto generated low-level Go binding around an user-defined struct.
type ITaskManagerResourceLimits struct {
	Fuel           uint64
	MemoryBytes    uint64
	WallTimeMs     uint32
	MaxOutputBytes uint32
}

// ITaskManagerTask is an auto generated low-level Go binding around an user-defined struct.
type ITaskManagerTask struct {
	FunctionId                uint64
	ModuleDigest              [32]byte
	Runtime                   uint8
	Environment               [32]byte
	Limits                    ITaskManagerResourceLimits
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

// ITaskManagerTaskRecord is an auto generated low-level Go binding around an user-defined struct.
type ITaskManagerTaskRecord struct {
	TaskHash       [32]byte
	ResponseDigest [32]byte
	State          uint8
	ResultStatus   uint8
	RespondedBlock uint32
	ZkVerifier     common.Address
}

// ITaskManagerTaskRequest is an auto generated low-level Go binding around an user-defined struct.
type ITaskManagerTaskRequest struct {
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

// ITaskManagerTaskResponse is an auto generated low-level Go binding around an user-defined struct.
type ITaskManagerTaskResponse struct {
	TaskId       uint32
	Status       uint8
	OutputDigest [32]byte
	Output       []byte
}

// TaskManagerMetaData contains all meta data concerning the TaskManager contract.
var TaskManagerMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"coordinator\",\"type\":\"address\",\"internalType\":\"contractIRegistryCoordinatorViews\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"MAX_CALLBACK_GAS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_INLINE_INPUT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_INLINE_OUTPUT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"aggregator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"balances\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"blsApkRegistry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIBLSApkRegistryViews\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"createTask\",\"inputs\":[{\"name\":\"req\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.TaskRequest\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"input\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"inputURI\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"responseWindowBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"outputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"deactivateFunction\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"delegation\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIDelegationManagerViews\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"expireTask\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"task\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.Task\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"feeRecipient\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getFunction\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.FunctionRecord\",\"components\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"active\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"spec\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.FunctionSpec\",\"components\":[{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"mode\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.VerificationMode\"},{\"name\":\"minQuorumThreshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"zkVerifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"uris\",\"type\":\"string[]\",\"internalType\":\"string[]\"}]}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getTask\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.TaskRecord\",\"components\":[{\"name\":\"taskHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"responseDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"state\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.TaskState\"},{\"name\":\"resultStatus\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"respondedBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"zkVerifier\",\"type\":\"address\",\"internalType\":\"address\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"initialize\",\"inputs\":[{\"name\":\"initialOwner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"initialAggregator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"minWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"maxResponseWindow\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"minResponseWindow\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"minTaskFee\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint96\",\"internalType\":\"uint96\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"nextFunctionId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"nextTaskId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"paused\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pauser\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"registerFunction\",\"inputs\":[{\"name\":\"spec\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.FunctionSpec\",\"components\":[{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"mode\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.VerificationMode\"},{\"name\":\"minQuorumThreshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"zkVerifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"uris\",\"type\":\"string[]\",\"internalType\":\"string[]\"}]}],\"outputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"registryCoordinator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIRegistryCoordinatorViews\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"respondToTask\",\"inputs\":[{\"name\":\"task\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.Task\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]},{\"name\":\"response\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.TaskResponse\",\"components\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"outputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"name\":\"certificate\",\"type\":\"tuple\",\"internalType\":\"structBLSSignatureChecker.NonSignerStakesAndSignature\",\"components\":[{\"name\":\"nonSignerQuorumBitmapIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"nonSignerPubkeys\",\"type\":\"tuple[]\",\"internalType\":\"structBN254.G1Point[]\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"quorumApks\",\"type\":\"tuple[]\",\"internalType\":\"structBN254.G1Point[]\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"apkG2\",\"type\":\"tuple\",\"internalType\":\"structBN254.G2Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256[2]\",\"internalType\":\"uint256[2]\"},{\"name\":\"Y\",\"type\":\"uint256[2]\",\"internalType\":\"uint256[2]\"}]},{\"name\":\"sigma\",\"type\":\"tuple\",\"internalType\":\"structBN254.G1Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"quorumApkIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"totalStakeIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"nonSignerStakeIndices\",\"type\":\"uint32[][]\",\"internalType\":\"uint32[][]\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"respondWithProof\",\"inputs\":[{\"name\":\"task\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.Task\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]},{\"name\":\"response\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.TaskResponse\",\"components\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"outputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"name\":\"proof\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"responseDigest\",\"inputs\":[{\"name\":\"task\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.Task\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]},{\"name\":\"response\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.TaskResponse\",\"components\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"outputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"runtimeEnvironment\",\"inputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setAggregator\",\"inputs\":[{\"name\":\"newAggregator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setFeeRecipient\",\"inputs\":[{\"name\":\"newRecipient\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMinTaskFee\",\"inputs\":[{\"name\":\"newMinimum\",\"type\":\"uint96\",\"internalType\":\"uint96\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setPauser\",\"inputs\":[{\"name\":\"newPauser\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setResponseWindow\",\"inputs\":[{\"name\":\"minBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setRuntimeEnvironment\",\"inputs\":[{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setStaleStakesForbidden\",\"inputs\":[{\"name\":\"forbidden\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"stakeRegistry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIStakeRegistryViews\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"staleStakesForbidden\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"unpause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"updateFunction\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"spec\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.FunctionSpec\",\"components\":[{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"mode\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.VerificationMode\"},{\"name\":\"minQuorumThreshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"zkVerifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"uris\",\"type\":\"string[]\",\"internalType\":\"string[]\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"AggregatorChanged\",\"inputs\":[{\"name\":\"previous\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"current\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CallbackResult\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"callback\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"success\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FeeRecipientChanged\",\"inputs\":[{\"name\":\"previous\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"current\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FunctionDeactivated\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FunctionRegistered\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"spec\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structITaskManager.FunctionSpec\",\"components\":[{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"mode\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.VerificationMode\"},{\"name\":\"minQuorumThreshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"zkVerifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"uris\",\"type\":\"string[]\",\"internalType\":\"string[]\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FunctionUpdated\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"spec\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structITaskManager.FunctionSpec\",\"components\":[{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"mode\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.VerificationMode\"},{\"name\":\"minQuorumThreshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"zkVerifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"uris\",\"type\":\"string[]\",\"internalType\":\"string[]\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Initialized\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MinTaskFeeChanged\",\"inputs\":[{\"name\":\"previous\",\"type\":\"uint96\",\"indexed\":false,\"internalType\":\"uint96\"},{\"name\":\"current\",\"type\":\"uint96\",\"indexed\":false,\"internalType\":\"uint96\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferStarted\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Paused\",\"inputs\":[{\"name\":\"by\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PauserChanged\",\"inputs\":[{\"name\":\"previousPauser\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newPauser\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ResponseWindowChanged\",\"inputs\":[{\"name\":\"minBlocks\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"maxBlocks\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RuntimeEnvironmentSet\",\"inputs\":[{\"name\":\"runtime\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"StaleStakesForbiddenChanged\",\"inputs\":[{\"name\":\"forbidden\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TaskCreated\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"task\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structITaskManager.Task\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]},{\"name\":\"input\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"},{\"name\":\"inputURI\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"moduleURIs\",\"type\":\"string[]\",\"indexed\":false,\"internalType\":\"string[]\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TaskExpired\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TaskResponded\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"response\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structITaskManager.TaskResponse\",\"components\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"outputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"name\":\"responseDigest\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"signatoryRecordHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unpaused\",\"inputs\":[{\"name\":\"by\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Withdrawn\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"CallbackGasTooHigh\",\"inputs\":[{\"name\":\"requested\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maximum\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"ECAddFailed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ECMulFailed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"FeeBelowMinimum\",\"inputs\":[{\"name\":\"paid\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minimum\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"FeeTooLarge\",\"inputs\":[{\"name\":\"paid\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maximum\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InactiveFunction\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InputArrayLengthMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InputDigestMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InputEmptyQuorumNumbers\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InputNonSignerLengthMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InputTooLarge\",\"inputs\":[{\"name\":\"size\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InsufficientGasForCallback\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidBLSPairingKey\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidBLSSignature\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidFunctionSpec\",\"inputs\":[{\"name\":\"reason\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"InvalidInitialization\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidQuorumApkHash\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidReferenceBlocknumber\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"IsPaused\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"MissingInput\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ModExpFailed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NonSignerPubkeysNotSorted\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotAggregator\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotFunctionOwner\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"NotInitializing\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotOwner\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotPauser\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotPendingOwner\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NothingToWithdraw\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"OutputDigestMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"OutputTooLargeInline\",\"inputs\":[{\"name\":\"size\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ProofRejected\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"reason\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"type\":\"error\",\"name\":\"QuorumNumbersNotSortedOrUnknown\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ResponseWindowOutOfRange\",\"inputs\":[{\"name\":\"requested\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"minimum\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maximum\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"RuntimeNotEnabled\",\"inputs\":[{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"}]},{\"type\":\"error\",\"name\":\"StaleStakes\",\"inputs\":[{\"name\":\"quorumNumber\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"TaskAlreadyExpired\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"TaskAlreadyResponded\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"TaskDeadlinePassed\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"TaskMismatch\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"TaskNotYetExpired\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"ThresholdNotMet\",\"inputs\":[{\"name\":\"quorumNumber\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"signedStake\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"totalStake\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]},{\"type\":\"error\",\"name\":\"ThresholdOutOfRange\",\"inputs\":[{\"name\":\"requested\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"minimum\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"UnknownFunction\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"UnknownTask\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"WithdrawFailed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"WrongQuorumSet\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"WrongVerificationMode\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZkOutputMalformed\",\"inputs\":[{\"name\":\"size\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ZkStatusNotOk\",\"inputs\":[{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"ZkVerifierMissing\",\"inputs\":[{\"name\":\"verifier\",\"type\":\"address\",\"internalType\":\"address\"}]}]",
	Bin: "0x610100604052348015610010575f5ffd5b5060405161603138038061603183398101604081905261002f9161027f565b80806001600160a01b03166080816001600160a01b031681525050806001600160a01b031663683048356040518163ffffffff1660e01b8152600401602060405180830381865afa158015610086573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100aa919061027f565b6001600160a01b031660a0816001600160a01b031681525050806001600160a01b0316635df459466040518163ffffffff1660e01b8152600401602060405180830381865afa1580156100ff573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610123919061027f565b6001600160a01b031660c0816001600160a01b03168152505060a0516001600160a01b031663df5cf7236040518163ffffffff1660e01b8152600401602060405180830381865afa15801561017a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061019e919061027f565b6001600160a01b031660e052506101b36101b9565b506102a1565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156102095760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146102685780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b6001600160a01b0381168114610268575f5ffd5b5f6020828403121561028f575f5ffd5b815161029a8161026b565b9392505050565b60805160a05160c05160e051615d2561030c5f395f818161076701526133e601525f81816104f101526128a701525f8181610543015281816139790152613a4501525f818161057601528181610b830152818161272c015281816134bf01526136a00152615d255ff3fe60806040526004361061025f575f3560e01c806374d2e22f1161013f578063d0f69579116100b3578063e74b981b11610078578063e74b981b146107bd578063f292cc5b146107dc578063f2fde38b146107fb578063f9120af61461081a578063fdc3d8d714610839578063ff14f9531461085c575f5ffd5b8063d0f6957914610718578063d48ac5cf14610737578063df5cf72314610756578063e30c397814610789578063e4751f5e146107a8575f5ffd5b80639e882716116101045780639e882716146106485780639fd0506d1461066b578063a6cb07391461068a578063b96ed13e146106a9578063b98d0908146106d5578063c53c4596146106f5575f5ffd5b806374d2e22f146105cd57806379ba5097146105ec5780638456cb59146106005780638da5cb5b1461061457806391739e8c14610632575f5ffd5b806348d23564116101d65780635df459461161019b5780635df45946146104e0578063607c37771461051357806368304835146105325780636d14a987146105655780636d9809a0146105985780637006cbef146105ae575f5ffd5b806348d23564146103fc5780634a95a3941461041b5780634e5b38441461044657806357342d74146104845780635c975abb146104b0575f5ffd5b806334acd7a81161022757806334acd7a8146103585780633ccfd60b146103775780633f4ba83a1461038b578063416c7e5e1461039f5780634652d9ef146103be57806346904840146103dd575f5ffd5b806302b9db7b146102635780631b9a1f011461029f578063245a7bfc146102c757806327e235e3146102fe5780632d88af4a14610337575b5f5ffd5b34801561026e575f5ffd5b50606454610282906001600160401b031681565b6040516001600160401b0390911681526020015b60405180910390f35b6102b26102ad3660046143f6565b61087b565b60405163ffffffff9091168152602001610296565b3480156102d2575f5ffd5b506065546102e6906001600160a01b031681565b6040516001600160a01b039091168152602001610296565b348015610309575f5ffd5b50610329610318366004614453565b606a6020525f908152604090205481565b604051908152602001610296565b348015610342575f5ffd5b50610356610351366004614453565b611215565b005b348015610363575f5ffd5b50610356610372366004614495565b61129a565b348015610382575f5ffd5b5061035661155d565b348015610396575f5ffd5b50610356611642565b3480156103aa575f5ffd5b506103566103b9366004614527565b6116a5565b3480156103c9575f5ffd5b506103296103d8366004614546565b6116db565b3480156103e8575f5ffd5b506066546102e6906001600160a01b031681565b348015610407575f5ffd5b506102826104163660046145ba565b611715565b348015610426575f5ffd5b5061032961043536600461460a565b60676020525f908152604090205481565b348015610451575f5ffd5b5060645461046c90600160a01b90046001600160601b031681565b6040516001600160601b039091168152602001610296565b34801561048f575f5ffd5b506104a361049e366004614641565b611817565b6040516102969190614670565b3480156104bb575f5ffd5b506002546104d090600160a01b900460ff1681565b6040519015158152602001610296565b3480156104eb575f5ffd5b506102e67f000000000000000000000000000000000000000000000000000000000000000081565b34801561051e575f5ffd5b5061035661052d3660046146f3565b6118c4565b34801561053d575f5ffd5b506102e67f000000000000000000000000000000000000000000000000000000000000000081565b348015610570575f5ffd5b506102e67f000000000000000000000000000000000000000000000000000000000000000081565b3480156105a3575f5ffd5b506102b2621e848081565b3480156105b9575f5ffd5b506103566105c836600461470e565b611913565b3480156105d8575f5ffd5b506103566105e7366004614757565b6119bd565b3480156105f7575f5ffd5b50610356611a5d565b34801561060b575f5ffd5b50610356611ade565b34801561061f575f5ffd5b505f546102e6906001600160a01b031681565b34801561063d575f5ffd5b506103296201000081565b348015610653575f5ffd5b506064546102b290600160601b900463ffffffff1681565b348015610676575f5ffd5b506002546102e6906001600160a01b031681565b348015610695575f5ffd5b506103566106a4366004614772565b611b60565b3480156106b4575f5ffd5b506106c86106c33660046146f3565b611d84565b6040516102969190614915565b3480156106e0575f5ffd5b506065546104d090600160a01b900460ff1681565b348015610700575f5ffd5b506064546102b290600160801b900463ffffffff1681565b348015610723575f5ffd5b506103566107323660046149bd565b611fdc565b348015610742575f5ffd5b50610356610751366004614a16565b61218d565b348015610761575f5ffd5b506102e67f000000000000000000000000000000000000000000000000000000000000000081565b348015610794575f5ffd5b506001546102e6906001600160a01b031681565b3480156107b3575f5ffd5b5061032961200081565b3480156107c8575f5ffd5b506103566107d7366004614453565b6121c1565b3480156107e7575f5ffd5b506103566107f6366004614a4d565b61226d565b348015610806575f5ffd5b50610356610815366004614453565b612305565b348015610825575f5ffd5b50610356610834366004614453565b6123a6565b348015610844575f5ffd5b506064546102b290600160401b900463ffffffff1681565b348015610867575f5ffd5b50610356610876366004614a8f565b61242b565b6002545f90600160a01b900460ff16156108a857604051631309a56360e01b815260040160405180910390fd5b6001600160601b033411156108e457604051630d67e66360e21b81523460048201526001600160601b0360248201526044015b60405180910390fd5b606454600160a01b90046001600160601b0316341015610932576064546040516308d9f2ef60e41b8152346004820152600160a01b9091046001600160601b031660248201526044016108db565b5f60688161094360208601866146f3565b6001600160401b0316815260208101919091526040015f2080549091506001600160a01b031661099f5761097a60208401846146f3565b60405163af2c671160e01b81526001600160401b0390911660048201526024016108db565b8054600160a01b900460ff166109e1576109bc60208401846146f3565b6040516319679ec760e21b81526001600160401b0390911660048201526024016108db565b60028101545f90606790829060ff166001811115610a0157610a0161465c565b6001811115610a1257610a1261465c565b815260208101919091526040015f2054905080610a4b5760028201546040516318377c4560e01b81526108db9160ff1690600401614ad1565b5f80610a5a6020870187614ae4565b90501115610b105762010000610a736020870187614ae4565b90501115610ab057610a886020860186614ae4565b604051630693c11960e21b81526108db92506201000090600401918252602082015260400190565b610abd6020860186614ae4565b604051610acb929190614b26565b6040805191829003909120915085013515801590610aed575080856040013514155b15610b0b576040516347c9d91760e11b815260040160405180910390fd5b610b52565b60408501351580610b2d5750610b296060860186614ae4565b1590505b15610b4b57604051630eb02bfb60e01b815260040160405180910390fd5b5060408401355b610b5f6080860186614ae4565b90505f03610b8057604051630d38300960e01b815260040160405180910390fd5b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316639aa1653d6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610bdd573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c019190614b43565b90505f5b610c126080880188614ae4565b9050811015610cba575f610c296080890189614ae4565b83818110610c3957610c39614b5e565b919091013560f81c91505060ff831681101580610c9357505f82118015610c935750610c686080890189614ae4565b610c73600185614b86565b818110610c8257610c82614b5e565b919091013560f81c60ff8316111590505b15610cb157604051630d38300960e01b815260040160405180910390fd5b50600101610c05565b50600284015462010000900460ff1680610cda60c0890160a08a01614ba4565b60ff161080610cfb57506064610cf660c0890160a08a01614ba4565b60ff16115b15610d3757610d1060c0880160a08901614ba4565b60405163095f7c5f60e01b815260ff918216600482015290821660248201526044016108db565b606454600160601b900463ffffffff16610d5760e0890160c08a01614641565b63ffffffff161080610d8c5750606454600160801b900463ffffffff16610d8460e0890160c08a01614641565b63ffffffff16115b15610de357610da160e0880160c08901614641565b60648054604051633fdfa8df60e11b815263ffffffff9384166004820152600160601b820484166024820152600160801b9091049092166044830152016108db565b621e8480610df961012089016101008a01614641565b63ffffffff161115610e4257610e1761012088016101008901614641565b6040516302204a4b60e31b815263ffffffff9091166004820152621e848060248201526044016108db565b604080516101c081019091525f9080610e5e60208b018b6146f3565b6001600160401b031681526001808901546020830152600289015460409092019160ff1690811115610e9257610e9261465c565b81526020808201889052604080516080808201835260038c01546001600160401b038082168452600160401b8204169483019490945263ffffffff600160801b8504811683850152600160a01b90940490931660608083019190915291840152820187905290810190610f07908b018b614ae4565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250505090825250602001610f5060c08b0160a08c01614ba4565b60ff16815263ffffffff43166020820152604001610f7460e08b0160c08c01614641565b610f7e9043614bbf565b63ffffffff168152336020820152604001610fa06101008b0160e08c01614453565b6001600160a01b031681526020015f610fc06101008c0160e08d01614453565b6001600160a01b031614610fe557610fe06101208b016101008c01614641565b610fe7565b5f5b63ffffffff90811682526001600160601b03341660209092019190915260648054929350600160401b9092041690600861102083614bdb565b91906101000a81548163ffffffff021916908363ffffffff16021790555096506040518060c001604052808260405160200161105c9190614d0f565b60408051601f19818403018152918152815160209283012083525f9183019190915201600181525f60208201819052604082015260600160016002890154610100900460ff1660018111156110b3576110b361465c565b146110be575f6110d4565b6002880154630100000090046001600160a01b03165b6001600160a01b031681525060695f8963ffffffff1663ffffffff1681526020019081526020015f205f820151815f0155602082015181600101556040820151816002015f6101000a81548160ff021916908360038111156111385761113861465c565b0217905550606082015160029091018054608084015160a0909401516001600160a01b0316600160301b026601000000000000600160d01b031963ffffffff958616620100000265ffffffff00001960ff909616610100029590951665ffffffffff001990931692909217939093171691909117905587167f3f395cab20957f5b573c19c9c1b4e676a5c1ef2c3ab4b19aefd3b3ed4c09ed1a826111df60208c018c614ae4565b6111ec60608e018e614ae4565b60405161120295949392919060048f0190614d7b565b60405180910390a2505050505050919050565b5f546001600160a01b0316331461123f576040516330cd747160e01b815260040160405180910390fd5b6002546040516001600160a01b038084169216907f95bb211a5a393c4d30c3edc9a745825fba4e6ad3e3bb949e6bf8ccdfe431a811905f90a3600280546001600160a01b0319166001600160a01b0392909216919091179055565b600254600160a01b900460ff16156112c557604051631309a56360e01b815260040160405180910390fd5b5f6112d36020840184614641565b90505f5f6112e1838761255c565b60028201549193509150600160301b90046001600160a01b03161561132157604051632c2dd12760e01b815263ffffffff841660048201526024016108db565b6120006113316060870187614ae4565b90501115611364576113466060860186614ae4565b604051634095ed0160e01b81526108db925060040190815260200190565b5f6113726060870187614ae4565b90501180156113a75750604085013561138e6060870187614ae4565b60405161139c929190614b26565b604051809103902014155b156113c557604051631d964d8f60e21b815260040160405180910390fd5b5f6113d08287612614565b90505f8061143a836113e66101208c018c614ae4565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061142c925050506101808d016101608e01614641565b6114358b61514f565b61264a565b90925090505f5b826020015151811015611544575f835f0151828151811061146457611464614b5e565b602002602001015190505f8460200151838151811061148557611485614b5e565b60200260200101519050806001600160601b03165f14806114df57506114b36101608d016101408e01614ba4565b6114c99060ff166001600160601b03831661528b565b6114dd6001600160601b038416606461528b565b105b1561153a576114f26101208d018d614ae4565b8481811061150257611502614b5e565b6040516315ba38c760e31b815292013560f81c6004830152506001600160601b038084166024830152821660448201526064016108db565b5050600101611441565b50611552858a8a8685612b20565b505050505050505050565b335f908152606a60205260408120549081900361158d57604051630686827b60e51b815260040160405180910390fd5b335f818152606a602052604080822091909155517f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5906115d09084815260200190565b60405180910390a26040515f90339083908381818185875af1925050503d805f8114611617576040519150601f19603f3d011682016040523d82523d5f602084013e61161c565b606091505b505090508061163e57604051631d42c86760e21b815260040160405180910390fd5b5050565b5f546001600160a01b0316331461166c576040516330cd747160e01b815260040160405180910390fd5b6002805460ff60a01b1916905560405133907f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa905f90a2565b5f546001600160a01b031633146116cf576040516330cd747160e01b815260040160405180910390fd5b6116d881612c7c565b50565b5f61170c836040516020016116f0919061534d565b6040516020818303038152906040528051906020012083612614565b90505b92915050565b6002545f90600160a01b900460ff161561174257604051631309a56360e01b815260040160405180910390fd5b61174b82612cd4565b606480546001600160401b0316905f611763836154b5565b82546101009290920a6001600160401b0381810219909316918316021790915581165f9081526068602052604090208054600160a01b6001600160a81b03199091163360ff60a01b19161717815590915082600182016117c382826157e6565b905050336001600160a01b0316826001600160401b03167fdf0c672789cdc9e29250abe5b72cc2889bfaf0cdb0201116d345d7307a7b715885604051611809919061596b565b60405180910390a350919050565b61181f6142a9565b63ffffffff82165f90815260696020908152604091829020825160c081018452815481526001820154928101929092526002810154919290919083019060ff1660038111156118705761187061465c565b60038111156118815761188161465c565b815260029190910154610100810460ff16602083015262010000810463ffffffff166040830152600160301b90046001600160a01b031660609091015292915050565b5f6118ce82612fa1565b805460ff60a01b191681556040519091506001600160401b038316907fdbb20d1ec7b15598b1e2f4d880eafbb9f3718933ea418af3e03b40d48cb27e08905f90a25050565b5f546001600160a01b0316331461193d576040516330cd747160e01b815260040160405180910390fd5b8060675f8460018111156119535761195361465c565b60018111156119645761196461465c565b815260208101919091526040015f20558160018111156119865761198661465c565b6040518281527f8b9591d346906cd19ebf0158b53a0263537d9269330935100febb2637018905a9060200160405180910390a25050565b5f546001600160a01b031633146119e7576040516330cd747160e01b815260040160405180910390fd5b606454604080516001600160601b03600160a01b9093048316815291831660208301527fb524f2030f9c03f4f662b5015b391aee396f12a76ab1d9f2d04a14d27fc03f99910160405180910390a1606480546001600160601b03909216600160a01b026001600160a01b03909216919091179055565b6001546001600160a01b03163314611a8857604051630614e5c760e21b815260040160405180910390fd5b5f805460405133926001600160a01b03909216917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e091a35f80546001600160a01b03199081163317909155600180549091169055565b6002546001600160a01b03163314801590611b0357505f546001600160a01b03163314155b15611b215760405163492f678160e01b815260040160405180910390fd5b6002805460ff60a01b1916600160a01b17905560405133907f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258905f90a2565b600254600160a01b900460ff1615611b8b57604051631309a56360e01b815260040160405180910390fd5b5f611b996020850185614641565b90505f5f611ba7838861255c565b60028201549193509150600160301b90046001600160a01b031680611be757604051632c2dd12760e01b815263ffffffff851660048201526024016108db565b5f611bf86040890160208a01614ba4565b60ff1614611c2f57611c106040880160208901614ba4565b604051638e838b6360e01b815260ff90911660048201526024016108db565b612000611c3f6060890189614ae4565b90501115611c54576113466060880188614ae4565b6020611c636060890189614ae4565b611c6e929150615a37565b15611c9e57611c806060880188614ae4565b604051631a62c5c160e21b81526108db925060040190815260200190565b6040870135611cb06060890189614ae4565b604051611cbe929190614b26565b604051809103902014611ce457604051631d964d8f60e21b815260040160405180910390fd5b73__$d0a4d585c3b34d4c671830626c5d792137$__63240820c882868560408c0135611d1360608e018e614ae4565b8d8d6040518963ffffffff1660e01b8152600401611d38989796959493929190615a4a565b5f6040518083038186803b158015611d4e575f5ffd5b505af4158015611d60573d5f5f3e3d5ffd5b50505050611d7a838989611d74868c612614565b5f612b20565b5050505050505050565b611d8c6142ec565b6001600160401b0382165f908152606860209081526040808320815160608101835281546001600160a01b038116825260ff600160a01b9091048116151582860152835160e08101855260018085018054835260028601549497959688019592949093928501921690811115611e0457611e0461465c565b6001811115611e1557611e1561465c565b81526020016001820160019054906101000a900460ff166001811115611e3d57611e3d61465c565b6001811115611e4e57611e4e61465c565b8152600182015462010000810460ff1660208084019190915263010000009091046001600160a01b031660408084019190915280516080808201835260028601546001600160401b038082168452600160401b82041683860152600160801b810463ffffffff90811684860152600160a01b90910416606080840191909152850191909152600385018054835181860281018601909452808452919094019391925f9084015b82821015611f9c578382905f5260205f20018054611f1190614d49565b80601f0160208091040260200160405190810160405280929190818152602001828054611f3d90614d49565b8015611f885780601f10611f5f57610100808354040283529160200191611f88565b820191905f5260205f20905b815481529060010190602001808311611f6b57829003601f168201915b505050505081526020019060010190611ef4565b5050509152505090525080519091506001600160a01b031661170f5760405163af2c671160e01b81526001600160401b03841660048201526024016108db565b5f611fe5613059565b805490915060ff600160401b82041615906001600160401b03165f8115801561200b5750825b90505f826001600160401b031660011480156120265750303b155b905081158015612034575080155b156120525760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff19166001178555831561207c57845460ff60401b1916600160401b1785555b612086898a613081565b606480546bffffffffffffffffffffffff1916680100000000000000011790556120b08787613141565b606580546001600160a01b03808b166001600160a01b0319928316811790935560668054918d16919092161790556040515f907f130d4e632a6163e8dab92a952e84f85d90e06c320d7c56e3b942f6fc02b65558908290a36040516001600160a01b038a16905f907f0bc21fe5c3ab742ff1d15b5c4477ffbacf1167e618228078fa625edebe7f331d908290a3831561155257845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a1505050505050505050565b5f546001600160a01b031633146121b7576040516330cd747160e01b815260040160405180910390fd5b61163e8282613141565b5f546001600160a01b031633146121eb576040516330cd747160e01b815260040160405180910390fd5b6001600160a01b0381166122125760405163d92e233d60e01b815260040160405180910390fd5b6066546040516001600160a01b038084169216907f0bc21fe5c3ab742ff1d15b5c4477ffbacf1167e618228078fa625edebe7f331d905f90a3606680546001600160a01b0319166001600160a01b0392909216919091179055565b600254600160a01b900460ff161561229857604051631309a56360e01b815260040160405180910390fd5b5f6122a283612fa1565b90506122ad82612cd4565b81600182016122bc82826157e6565b905050826001600160401b03167f0d69f05f0bb09e6f24815377d6df595d269d196624b92f23c8096418274816b8836040516122f8919061596b565b60405180910390a2505050565b5f546001600160a01b0316331461232f576040516330cd747160e01b815260040160405180910390fd5b6001600160a01b0381166123565760405163d92e233d60e01b815260040160405180910390fd5b600180546001600160a01b0319166001600160a01b038381169182179092555f8054604051929316917f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227009190a350565b5f546001600160a01b031633146123d0576040516330cd747160e01b815260040160405180910390fd5b6065546040516001600160a01b038084169216907f130d4e632a6163e8dab92a952e84f85d90e06c320d7c56e3b942f6fc02b65558905f90a3606580546001600160a01b0319166001600160a01b0392909216919091179055565b5f6124368383613212565b50905061244b6101a083016101808401614641565b63ffffffff164311612493578261246a6101a084016101808501614641565b604051637a1b099360e01b815263ffffffff9283166004820152911660248201526044016108db565b60028101805460ff191660031790555f6124b561022084016102008501614757565b6001600160601b03161115612527576124d661022083016102008401614757565b6001600160601b0316606a5f6124f46101c086016101a08701614453565b6001600160a01b03166001600160a01b031681526020019081526020015f205f8282546125219190615aa5565b90915550505b60405163ffffffff8416907fec024f126fc5070b1c70b8836faae58ceb08d7a58b0601b80f38f8ca4c185bde905f90a2505050565b6065545f9081906001600160a01b03161580159061258557506065546001600160a01b03163314155b156125a3576040516312cf973160e01b815260040160405180910390fd5b6125ad8484613212565b90925090506125c46101a084016101808501614641565b63ffffffff1643111561260d57836125e46101a085016101808601614641565b6040516345581d2360e01b815263ffffffff9283166004820152911660248201526044016108db565b9250929050565b5f4630848460405160200161262c9493929190615b0e565b60405160208183030381529060405280519060200120905092915050565b604080518082019091526060808252602082015283515f908082036126815760405162f8202d60e51b815260040160405180910390fd5b8084604001515114158061269a5750808460a001515114155b806126aa5750808460c001515114155b806126ba5750808460e001515114155b156126d8576040516343714afd60e01b815260040160405180910390fd5b835151602085015151146126ff57604051635f832f4160e01b815260040160405180910390fd5b438563ffffffff161061272557604051634b874f4560e01b815260040160405180910390fd5b5f6127af877f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316639aa1653d6040518163ffffffff1660e01b8152600401602060405180830381865afa158015612786573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906127aa9190614b43565b61333e565b606554909150600160a01b900460ff16156127ce576127ce87876133e3565b5f6127da868884613564565b90505f6127ea8260400151613843565b9050836001600160401b0381111561280457612804614e8e565b60405190808252806020026020018201604052801561282d578160200160208202803683370190505b508652836001600160401b0381111561284857612848614e8e565b604051908082528060200260200182016040528015612871578160200160208202803683370190505b5060208701525f5b84811015612a8f575f8a828151811061289457612894614b5e565b602001015160f81c60f81b60f81c90505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166368bccaac838d8d60a0015187815181106128ec576128ec614b5e565b60209081029190910101516040516001600160e01b031960e086901b16815260ff909316600484015263ffffffff9182166024840152166044820152606401602060405180830381865afa158015612946573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061296a9190615b44565b90506129948a60400151848151811061298557612985614b5e565b60200260200101516040902090565b67ffffffffffffffff198281169116146129c15760405163e1310aed60e01b815260040160405180910390fd5b6129f18a6040015184815181106129da576129da614b5e565b6020026020010151856138d490919063ffffffff16565b9350612a3a828c8c60c001518681518110612a0e57612a0e614b5e565b60200260200101518d60e001518781518110612a2c57612a2c614b5e565b602002602001015189613941565b8a51805186908110612a4e57612a4e614b5e565b602002602001018b602001518681518110612a6b57612a6b614b5e565b6001600160601b039384166020918202929092010152911690525050600101612879565b505f5f612aa68c848b606001518c60800151613b78565b9150915081612ac8576040516367988d3360e01b815260040160405180910390fd5b80612ae65760405163ab1b236b60e01b815260040160405180910390fd5b8351604051612af9918c91602001615b6c565b60405160208183030381529060405280519060200120965050505050505094509492505050565b6002858101805460ff1916909117905560018501829055612b476040840160208501614ba4565b60028601805465ffffffffff00191661010060ff939093169290920265ffffffff0000191691909117620100004363ffffffff16021790555f612b9261022086016102008701614757565b6001600160601b03161115612bef57612bb361022085016102008601614757565b6066546001600160a01b03165f908152606a6020526040812080546001600160601b039390931692909190612be9908490615aa5565b90915550505b612bfc6020840184614641565b63ffffffff167fea2798b10954cc4b857a1dbdd3e91266b9d61b591201031ed4a4cb275f40067d848484604051612c3593929190615bb2565b60405180910390a25f612c506101e086016101c08701614453565b6001600160a01b031614612c7557612c75612c6e6020850185614641565b8585613cfa565b5050505050565b60658054821515600160a01b0260ff60a01b199091161790556040517f512552a88da47bab1d1fb1e361db2a4b32e41d2e5106b9ff864e6b2bd17670d790612cc990831515815260200190565b60405180910390a150565b60608135612d0e57506040805180820190915260158152746d6f64756c6520646967657374206973207a65726f60581b6020820152612f7f565b612d1c6101208301836155ba565b90505f03612d4d575060408051808201909152600c81526b6e6f2066657463682055524960a01b6020820152612f7f565b612d5d60c0830160a084016146f3565b6001600160401b03165f03612d9b57506040805180820190915260128152716675656c206c696d6974206973207a65726f60701b6020820152612f7f565b62010000612daf60e0840160c085016146f3565b6001600160401b03161015612df8575060408051808201909152601a81527f6d656d6f72792062656c6f77206f6e65207761736d20706167650000000000006020820152612f7f565b612e0a61012083016101008401614641565b63ffffffff165f03612e4757506040805180820190915260148152736f7574707574206c696d6974206973207a65726f60601b6020820152612f7f565b612e58610100830160e08401614641565b63ffffffff165f03612e92575060408051808201909152601181527077616c6c2074696d65206973207a65726f60781b6020820152612f7f565b5f612ea3606084016040850161460a565b6001811115612eb457612eb461465c565b03612f2a57612ec96080830160608401614ba4565b60ff161580612eea57506064612ee56080840160608501614ba4565b60ff16115b15612f25575060408051808201909152601f81527f71756f72756d207468726573686f6c64206d75737420626520312e2e3130300060208201525b612f7f565b5f612f3b60a0840160808501614453565b6001600160a01b031603612f7f575060408051808201909152601881527f7a6b206d6f6465206e656564732061207665726966696572000000000000000060208201525b80511561163e5780604051630dd8ccfb60e11b81526004016108db9190615bd6565b6001600160401b0381165f90815260686020526040902080546001600160a01b0316612feb5760405163af2c671160e01b81526001600160401b03831660048201526024016108db565b80546001600160a01b031633146130205760405163065e2c3d60e11b81526001600160401b03831660048201526024016108db565b8054600160a01b900460ff16613054576040516319679ec760e21b81526001600160401b03831660048201526024016108db565b919050565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a0061170f565b613089613e60565b6001600160a01b0382166130b05760405163d92e233d60e01b815260040160405180910390fd5b5f80546001600160a01b03199081166001600160a01b03858116918217845560028054909316908516179091556040519091907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a36040516001600160a01b038216905f907f95bb211a5a393c4d30c3edc9a745825fba4e6ad3e3bb949e6bf8ccdfe431a811908290a35050565b63ffffffff8216158061315f57508163ffffffff168163ffffffff16105b1561319557604051633fdfa8df60e11b815263ffffffff80831660048301819052908416602483015260448201526064016108db565b6064805467ffffffffffffffff60601b1916600160601b63ffffffff85811691820263ffffffff60801b191692909217600160801b928516928302179092556040805192835260208301919091527f91f2427424ad1adbffdb49baf280f6a98bf0ce59173be0956d90f98d4e9bbe4e910160405180910390a15050565b63ffffffff82165f908152606960209081526040808320905190929161323a9185910161534d565b60408051601f19818403018152919052805160209091012090505f600283015460ff16600381111561326e5761326e61465c565b036132945760405163d10cfe7560e01b815263ffffffff851660048201526024016108db565b815481146132bd576040516373934be360e01b815263ffffffff851660048201526024016108db565b60028083015460ff1660038111156132d7576132d761465c565b036132fd5760405163b800867160e01b815263ffffffff851660048201526024016108db565b6003600283015460ff1660038111156133185761331861465c565b0361260d5760405163063a996560e21b815263ffffffff851660048201526024016108db565b5f805b83518110156133dc575f84828151811061335d5761335d614b5e565b016020015160f81c905060ff8416811015806133a957505f821180156133a957508461338a600184614b86565b8151811061339a5761339a614b5e565b016020015160f81c60ff821611155b156133c757604051630bed095f60e41b815260040160405180910390fd5b600160ff90911681901b929092179101613341565b5092915050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663c448feb86040518163ffffffff1660e01b8152600401602060405180830381865afa158015613440573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906134649190615be8565b63ffffffff1690505f5b835181101561355e575f84828151811061348a5761348a614b5e565b016020015160405163124d062160e11b815260f89190911c60048201819052915063ffffffff85169084906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063249a0c4290602401602060405180830381865afa158015613504573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906135289190615c03565b6135329190615aa5565b116135555760405163998eddd560e01b815260ff821660048201526024016108db565b5060010161346e565b50505050565b61356c614366565b602084015151806001600160401b0381111561358a5761358a614e8e565b6040519080825280602002602001820160405280156135b3578160200160208202803683370190505b508252806001600160401b038111156135ce576135ce614e8e565b6040519080825280602002602001820160405280156135f7578160200160208202803683370190505b5060208301525f5b8181101561383a575f6136218760200151838151811061298557612985614b5e565b90505f8211801561365a5750835161363a600184614b86565b8151811061364a5761364a614b5e565b60200260200101515f1c815f1c11155b1561367b57604051600162239afb60e21b0319815260040160405180910390fd5b80845f0151838151811061369157613691614b5e565b6020026020010181815250505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166304ec635183898b5f015187815181106136e4576136e4614b5e565b60200260200101516040518463ffffffff1660e01b81526004016137219392919092835263ffffffff918216602084015216604082015260600190565b602060405180830381865afa15801561373c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906137609190615c1a565b6001600160c01b03169050808560200151848151811061378257613782614b5e565b6020026020010181815250505f61379a878316613e87565b9050806001036137e2576137d8896020015185815181106137bd576137bd614b5e565b602002602001015187604001516138d490919063ffffffff16565b604087015261382f565b600181111561382f5761382961381e828b60200151878151811061380857613808614b5e565b6020026020010151613eb090919063ffffffff16565b6040880151906138d4565b60408701525b5050506001016135ff565b50509392505050565b604080518082019091525f8082526020820152815115801561386757506020820151155b15613884575050604080518082019091525f808252602082015290565b6040518060400160405280835f015181526020015f516020615d055f395f51905f5284602001516138b59190615a37565b6138cc905f516020615d055f395f51905f52614b86565b905292915050565b604080518082019091525f808252602082015260408051608080820183528551825260208087015181840152855183850152850151606083015290915f9184908460065afa9050806139395760405163d4b68fd760e01b815260040160405180910390fd5b505092915050565b604051636414a62b60e11b815260ff8616600482015263ffffffff8086166024830152841660448201525f9081906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063c8294c5690606401602060405180830381865afa1580156139be573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906139e29190615c40565b91508190505f805b845151811015613b4b578860ff1685602001518281518110613a0e57613a0e614b5e565b6020026020010151901c6001165f0315613b435785518210613a43576040516343714afd60e01b815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663f2be94ae8a8a885f01518581518110613a8957613a89614b5e565b60200260200101518a8781518110613aa357613aa3614b5e565b60209081029190910101516040516001600160e01b031960e087901b16815260ff909416600485015263ffffffff92831660248501526044840191909152166064820152608401602060405180830381865afa158015613b05573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613b299190615c40565b613b339085615c5b565b935081613b3f81615c7a565b9250505b6001016139ea565b5084518114613b6d576040516343714afd60e01b815260040160405180910390fd5b509550959350505050565b5f5f5f7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000187875f01518860200151885f01515f60028110613bbb57613bbb614b5e565b60200201518951600160200201518a602001515f60028110613bdf57613bdf614b5e565b60200201518b60200151600160028110613bfb57613bfb614b5e565b602090810291909101518c518d830151604051613c589a99989796959401988952602089019790975260408801959095526060870193909352608086019190915260a085015260c084015260e08301526101008201526101200190565b604051602081830303815290604052805190602001205f1c613c7a9190615a37565b9050613cec613c93613c8c8884613eb0565b86906138d4565b613c9b613f0d565b613ce2613cd385613ccd6040805180820182525f80825260209182015281518083019092526001825260029082015290565b90613eb0565b613cdc8c613fcd565b906138d4565b886201d4c06140b9565b909890975095505050505050565b5f613d0d61020084016101e08501614641565b63ffffffff169050613a98603f613d2583604061528b565b613d2f9190615c92565b613d399190615aa5565b5a1015613d595760405163657989e960e01b815260040160405180910390fd5b5f84613d6860208601866146f3565b613d7a6101c087016101a08801614453565b8660200135866020016020810190613d929190614ba4565b6040880135613da460608a018a614ae4565b604051602401613dbb989796959493929190615ca5565b60408051601f198184030181529190526020810180516001600160e01b0316634d63ee6960e11b17905290505f613dfa6101e086016101c08701614453565b90505f5f5f8451602086015f8689f19050816001600160a01b03168763ffffffff167f492dee2089147e802e0a151910b45782543df141b7285faf1bf4a0548317ff7883604051613e4f911515815260200190565b60405180910390a350505050505050565b613e6861421e565b613e8557604051631afcd79f60e31b815260040160405180910390fd5b565b5f5b811561305457613e9a600183614b86565b9091169080613ea881615c7a565b915050613e89565b604080518082019091525f80825260208201526040805160608082018352855182526020808701519083015281830185905290915f9184908460075afa90508061393957604051632319df1960e11b815260040160405180910390fd5b613f1561439a565b50604080516080810182527f198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c28183019081527f1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed6060830152815281518083019092527f275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec82527f1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d60208381019190915281019190915290565b604080518082019091525f80825260208201525f613ff85f516020615d055f395f51905f5284615a37565b90505b5f5f516020615d055f395f51905f5260035f516020615d055f395f51905f52845f516020615d055f395f51905f52868709090890505f61406c82600461404f5f516020615d055f395f51905f526001615aa5565b6140599190615c92565b5f516020615d055f395f51905f52614237565b9050815f516020615d055f395f51905f528283090361409e576040805180820190915292835260208301525092915050565b5f516020615d055f395f51905f526001840892505050613ffb565b5f5f5f604051806101800160405280895f0151815260200189602001518152602001885f01515f600281106140f0576140f0614b5e565b60200201518152602001885f015160016002811061411057614110614b5e565b6020020151815260200188602001515f6002811061413057614130614b5e565b60200201518152602001886020015160016002811061415157614151614b5e565b60200201518152602001875f0151815260200187602001518152602001865f01515f6002811061418357614183614b5e565b60200201518152602001865f01516001600281106141a3576141a3614b5e565b6020020151815260200186602001515f600281106141c3576141c3614b5e565b6020020151815260200186602001516001600281106141e4576141e4614b5e565b6020020151905290506141f56143ba565b60208161018084600889fa9350838015614210575080516001145b925050509550959350505050565b5f614227613059565b54600160401b900460ff16919050565b5f5f6040518060c001604052806020815260200160208152602001602081526020018681526020018581526020018481525090506142736143ba565b5f60208260c08560055afa90508061429e576040516301f7ec5f60e41b815260040160405180910390fd5b505195945050505050565b6040518060c001604052805f81526020015f81526020015f60038111156142d2576142d261465c565b81525f602082018190526040820181905260609091015290565b604080516060810182525f80825260208201529081016143616040805160e081019091525f808252602082019081526020015f81525f60208083018290526040808401839052805160808101825283815291820183905281018290526060818101929092529101908152602001606081525090565b905290565b6040518060600160405280606081526020016060815260200161436160405180604001604052805f81526020015f81525090565b60405180604001604052806143ad6143d8565b81526020016143616143d8565b60405180602001604052806001906020820280368337509192915050565b60405180604001604052806002906020820280368337509192915050565b5f60208284031215614406575f5ffd5b81356001600160401b0381111561441b575f5ffd5b8201610120818503121561442d575f5ffd5b9392505050565b6001600160a01b03811681146116d8575f5ffd5b803561305481614434565b5f60208284031215614463575f5ffd5b813561442d81614434565b5f610220828403121561447f575f5ffd5b50919050565b5f6080828403121561447f575f5ffd5b5f5f5f606084860312156144a7575f5ffd5b83356001600160401b038111156144bc575f5ffd5b6144c88682870161446e565b93505060208401356001600160401b038111156144e3575f5ffd5b6144ef86828701614485565b92505060408401356001600160401b0381111561450a575f5ffd5b8401610180818703121561451c575f5ffd5b809150509250925092565b5f60208284031215614537575f5ffd5b8135801515811461442d575f5ffd5b5f5f60408385031215614557575f5ffd5b82356001600160401b0381111561456c575f5ffd5b6145788582860161446e565b92505060208301356001600160401b03811115614593575f5ffd5b61459f85828601614485565b9150509250929050565b5f610140828403121561447f575f5ffd5b5f602082840312156145ca575f5ffd5b81356001600160401b038111156145df575f5ffd5b6145eb848285016145a9565b949350505050565b600281106116d8575f5ffd5b8035613054816145f3565b5f6020828403121561461a575f5ffd5b813561442d816145f3565b63ffffffff811681146116d8575f5ffd5b803561305481614625565b5f60208284031215614651575f5ffd5b813561442d81614625565b634e487b7160e01b5f52602160045260245ffd5b8151815260208083015190820152604082015160c0820190600481106146985761469861465c565b604083015260608381015160ff169083015260808084015163ffffffff169083015260a0928301516001600160a01b0316929091019190915290565b6001600160401b03811681146116d8575f5ffd5b8035613054816146d4565b5f60208284031215614703575f5ffd5b813561442d816146d4565b5f5f6040838503121561471f575f5ffd5b823561472a816145f3565b946020939093013593505050565b6001600160601b03811681146116d8575f5ffd5b803561305481614738565b5f60208284031215614767575f5ffd5b813561442d81614738565b5f5f5f5f60608587031215614785575f5ffd5b84356001600160401b0381111561479a575f5ffd5b6147a68782880161446e565b94505060208501356001600160401b038111156147c1575f5ffd5b6147cd87828801614485565b93505060408501356001600160401b038111156147e8575f5ffd5b8501601f810187136147f8575f5ffd5b80356001600160401b0381111561480d575f5ffd5b87602082840101111561481e575f5ffd5b949793965060200194505050565b600281106116d8576116d861465c565b6148458161482c565b9052565b6001600160401b0381511682526001600160401b03602082015116602083015263ffffffff604082015116604083015263ffffffff60608201511660608301525050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f82825180855260208501945060208160051b830101602085015f5b8381101561490957601f198584030188526148f383835161488d565b60209889019890935091909101906001016148d7565b50909695505050505050565b6020815260018060a01b0382511660208201526020820151151560408201525f60408301516060808401528051608084015260208101516149558161482c565b60a084015260408101516149688161482c565b60c0840152606081015160ff1660e084015260808101516001600160a01b031661010084015260a08101516149a1610120850182614849565b5060c001516101406101a08401526145eb6101c08401826148bb565b5f5f5f5f608085870312156149d0575f5ffd5b84356149db81614434565b935060208501356149eb81614434565b925060408501356149fb81614625565b91506060850135614a0b81614625565b939692955090935050565b5f5f60408385031215614a27575f5ffd5b8235614a3281614625565b91506020830135614a4281614625565b809150509250929050565b5f5f60408385031215614a5e575f5ffd5b8235614a69816146d4565b915060208301356001600160401b03811115614a83575f5ffd5b61459f858286016145a9565b5f5f60408385031215614aa0575f5ffd5b8235614aab81614625565b915060208301356001600160401b03811115614ac5575f5ffd5b61459f8582860161446e565b60208101614ade8361482c565b91905290565b5f5f8335601e19843603018112614af9575f5ffd5b8301803591506001600160401b03821115614b12575f5ffd5b60200191503681900382131561260d575f5ffd5b818382375f9101908152919050565b60ff811681146116d8575f5ffd5b5f60208284031215614b53575f5ffd5b815161442d81614b35565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b8181038181111561170f5761170f614b72565b803561305481614b35565b5f60208284031215614bb4575f5ffd5b813561442d81614b35565b63ffffffff818116838216019081111561170f5761170f614b72565b5f63ffffffff821663ffffffff8103614bf657614bf6614b72565b60010192915050565b80516001600160401b03168252602081015160208301525f6040820151614c29604085018261483c565b50606082015160608401526080820151614c466080850182614849565b5060a082015161010084015260c0820151610220610120850152614c6e61022085018261488d565b905060e0830151614c8561014086018260ff169052565b5061010083015163ffffffff81166101608601525061012083015163ffffffff8116610180860152506101408301516001600160a01b0381166101a0860152506101608301516001600160a01b0381166101c08601525061018083015163ffffffff81166101e0860152506101a08301516001600160601b0381166102008601525b509392505050565b602081525f61170c6020830184614bff565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b600181811c90821680614d5d57607f821691505b60208210810361447f57634e487b7160e01b5f52602260045260245ffd5b608081525f614d8d6080830189614bff565b8281036020840152614da081888a614d21565b90508281036040840152614db5818688614d21565b9050828103606084015280845480835260208301915060208160051b840101865f5260205f205f5b83811015614e7c57601f198684030185525f8254614dfa81614d49565b808652600182168015614e145760018114614e3057614e64565b60ff1983166020880152602082151560051b8801019350614e64565b855f5260205f205f5b83811015614e5b5781546020828b010152600182019150602081019050614e39565b88016020019450505b50505060209590950194925060019182019101614ddd565b50909c9b505050505050505050505050565b634e487b7160e01b5f52604160045260245ffd5b604080519081016001600160401b0381118282101715614ec457614ec4614e8e565b60405290565b60405161010081016001600160401b0381118282101715614ec457614ec4614e8e565b604051601f8201601f191681016001600160401b0381118282101715614f1557614f15614e8e565b604052919050565b5f6001600160401b03821115614f3557614f35614e8e565b5060051b60200190565b5f82601f830112614f4e575f5ffd5b8135614f61614f5c82614f1d565b614eed565b8082825260208201915060208360051b860101925085831115614f82575f5ffd5b602085015b83811015614fa8578035614f9a81614625565b835260209283019201614f87565b5095945050505050565b5f60408284031215614fc2575f5ffd5b614fca614ea2565b823581526020928301359281019290925250919050565b5f82601f830112614ff0575f5ffd5b8135614ffe614f5c82614f1d565b8082825260208201915060208360061b86010192508583111561501f575f5ffd5b602085015b83811015614fa8576150368782614fb2565b8352602090920191604001615024565b5f82601f830112615055575f5ffd5b61505d614ea2565b80604084018581111561506e575f5ffd5b845b81811015615088578035845260209384019301615070565b509095945050505050565b5f608082840312156150a3575f5ffd5b6150ab614ea2565b90506150b78383615046565b81526150c68360408401615046565b602082015292915050565b5f82601f8301126150e0575f5ffd5b81356150ee614f5c82614f1d565b8082825260208201915060208360051b86010192508583111561510f575f5ffd5b602085015b83811015614fa85780356001600160401b03811115615131575f5ffd5b615140886020838a0101614f3f565b84525060209283019201615114565b5f6101808236031215615160575f5ffd5b615168614eca565b82356001600160401b0381111561517d575f5ffd5b61518936828601614f3f565b82525060208301356001600160401b038111156151a4575f5ffd5b6151b036828601614fe1565b60208301525060408301356001600160401b038111156151ce575f5ffd5b6151da36828601614fe1565b6040830152506151ed3660608501615093565b60608201526151ff3660e08501614fb2565b60808201526101208301356001600160401b0381111561521d575f5ffd5b61522936828601614f3f565b60a0830152506101408301356001600160401b03811115615248575f5ffd5b61525436828601614f3f565b60c0830152506101608301356001600160401b03811115615273575f5ffd5b61527f368286016150d1565b60e08301525092915050565b808202811582820484141761170f5761170f614b72565b80356152ad816146d4565b6001600160401b0316825260208101356152c6816146d4565b6001600160401b0316602083015260408101356152e281614625565b63ffffffff16604083015260608101356152fb81614625565b63ffffffff81166060840152505050565b5f5f8335601e19843603018112615321575f5ffd5b83016020810192503590506001600160401b0381111561533f575f5ffd5b80360382131561260d575f5ffd5b6020815261536e60208201615361846146e8565b6001600160401b03169052565b5f5f602084013590508060408401525061538a604084016145ff565b615397606084018261483c565b505f60608401359050806080840152506153b760a08301608085016152a2565b610100830135610120838101919091526153d39084018461530c565b6102206101408501526153eb61024085018284614d21565b9150506153fb6101408501614b99565b60ff8116610160850152506154136101608501614636565b63ffffffff81166101808501525061542e6101808501614636565b63ffffffff81166101a0850152506154496101a08501614448565b6001600160a01b0381166101c0850152506154676101c08501614448565b6001600160a01b0381166101e0850152506154856101e08501614636565b63ffffffff8116610200850152506154a0610200850161474c565b6001600160601b038116610220850152614d07565b5f6001600160401b0382166001600160401b038103614bf657614bf6614b72565b5f813561170f81614b35565b5f813561170f81614434565b81356154f9816146d4565b6001600160401b03811690508154816001600160401b031982161783556020840135615524816146d4565b6fffffffffffffffff0000000000000000604091821b166fffffffffffffffffffffffffffffffff1983168417811785559085013561556281614625565b6001600160a01b0319929092169092179190911760809190911b63ffffffff60801b161781555f606083013561559781614625565b825463ffffffff60a01b191660a09190911b63ffffffff60a01b16179091555050565b5f5f8335601e198436030181126155cf575f5ffd5b8301803591506001600160401b038211156155e8575f5ffd5b6020019150600581901b360382131561260d575f5ffd5b5b8181101561163e575f8155600101615600565b601f82111561564a57805f5260205f20601f840160051c810160208510156156385750805b612c75601f850160051c8301826155ff565b505050565b6001600160401b0383111561566657615666614e8e565b61567a836156748354614d49565b83615613565b5f601f8411600181146156ab575f85156156945750838201355b5f19600387901b1c1916600186901b178355612c75565b5f83815260208120601f198716915b828110156156da57868501358255602094850194600190920191016156ba565b50868210156156f6575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b600160401b83111561571c5761571c614e8e565b8054838255808410156157a0575f828152602090208481019082015b8082101561579d5761574a8254614d49565b801561579157601f811160018114615764575f845561578f565b5f84815260209020615781601f840160051c8201600183016155ff565b505f84815260208120818655555b505b50600182019150615738565b50505b505f8181526020812083915b858110156157de576157be8386614ae4565b6157c981838661564f565b505060209290920191600191820191016157ac565b505050505050565b813581556001810160208301356157fc816145f3565b6158058161482c565b60ff1982541660ff82168117835550505f6040840135615824816145f3565b8091506158308161482c565b825461ff00191660089190911b61ff00161782555061586c615854606085016154d6565b825462ff0000191660109190911b62ff000016178255565b6158a561587b608085016154e2565b8280546301000000600160b81b03191660189290921b6301000000600160b81b0316919091179055565b506158b660a08301600283016154ee565b6158c46101208301836155ba565b61355e818360038601615708565b5f5f8335601e198436030181126158e7575f5ffd5b83016020810192503590506001600160401b03811115615905575f5ffd5b8060051b360382131561260d575f5ffd5b5f8383855260208501945060208460051b820101835f5b8681101561490957838303601f19018852615948828761530c565b615953858284614d21565b60209a8b019a9095509390930192505060010161592d565b60208082528235828201525f90830135615984816145f3565b61598d8161482c565b8060408401525060408301356159a2816145f3565b6159ab8161482c565b8060608401525060608301356159c081614b35565b60ff81166080840152506159d660808401614448565b6001600160a01b03811660a0840152506159f660c0830160a085016152a2565b615a046101208401846158d2565b61014080850152615a1a61016085018284615916565b95945050505050565b634e487b7160e01b5f52601260045260245ffd5b5f82615a4557615a45615a23565b500690565b60018060a01b038916815263ffffffff8816602082015286604082015285606082015260c060808201525f615a8360c083018688614d21565b82810360a0840152615a96818587614d21565b9b9a5050505050505050505050565b8082018082111561170f5761170f614b72565b5f8135615ac481614625565b63ffffffff1683526020820135615ada81614b35565b60ff16602084015260408281013590840152615af9606083018361530c565b60806060860152615a1a608086018284614d21565b84815260018060a01b0384166020820152826040820152608060608201525f615b3a6080830184615ab8565b9695505050505050565b5f60208284031215615b54575f5ffd5b815167ffffffffffffffff198116811461442d575f5ffd5b63ffffffff60e01b8360e01b1681525f600482018351602085015f5b82811015615ba6578151845260209384019390910190600101615b88565b50919695505050505050565b606081525f615bc46060830186615ab8565b60208301949094525060400152919050565b602081525f61170c602083018461488d565b5f60208284031215615bf8575f5ffd5b815161442d81614625565b5f60208284031215615c13575f5ffd5b5051919050565b5f60208284031215615c2a575f5ffd5b81516001600160c01b038116811461442d575f5ffd5b5f60208284031215615c50575f5ffd5b815161442d81614738565b6001600160601b03828116828216039081111561170f5761170f614b72565b5f60018201615c8b57615c8b614b72565b5060010190565b5f82615ca057615ca0615a23565b500490565b63ffffffff891681526001600160401b038816602082015260018060a01b038716604082015285606082015260ff851660808201528360a082015260e060c08201525f615cf660e083018486614d21565b9a995050505050505050505056fe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47",
}

// TaskManagerABI is the input ABI used to generate the binding from.
// Deprecated: Use TaskManagerMetaData.ABI instead.
var TaskManagerABI = TaskManagerMetaData.ABI

// TaskManagerBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use TaskManagerMetaData.Bin instead.
var TaskManagerBin = TaskManagerMetaData.Bin

// DeployTaskManager deploys a new Ethereum contract, binding an instance of TaskManager to it.
func DeployTaskManager(auth *bind.TransactOpts, backend bind.ContractBackend, coordinator common.Address) (common.Address, *types.Transaction, *TaskManager, error) {
	parsed, err := TaskManagerMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	zkProofsAddr, _, _, _ := DeployZkProofs(auth, backend)
	TaskManagerBin = strings.ReplaceAll(TaskManagerBin, "__$d0a4d585c3b34d4c671830626c5d792137$__", zkProofsAddr.String()[2:])

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(TaskManagerBin), backend, coordinator)
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
func (_TaskManager *TaskManagerCaller) GetFunction(opts *bind.CallOpts, functionId uint64) (ITaskManagerFunctionRecord, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "getFunction", functionId)

	if err != nil {
		return *new(ITaskManagerFunctionRecord), err
	}

	out0 := *abi.ConvertType(out[0], new(ITaskManagerFunctionRecord)).(*ITaskManagerFunctionRecord)

	return out0, err

}

// GetFunction is a free data retrieval call binding the contract method 0xb96ed13e.
//
// Solidity: function getFunction(uint64 functionId) view returns((address,bool,(bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[])))
func (_TaskManager *TaskManagerSession) GetFunction(functionId uint64) (ITaskManagerFunctionRecord, error) {
	return _TaskManager.Contract.GetFunction(&_TaskManager.CallOpts, functionId)
}

// GetFunction is a free data retrieval call binding the contract method 0xb96ed13e.
//
// Solidity: function getFunction(uint64 functionId) view returns((address,bool,(bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[])))
func (_TaskManager *TaskManagerCallerSession) GetFunction(functionId uint64) (ITaskManagerFunctionRecord, error) {
	return _TaskManager.Contract.GetFunction(&_TaskManager.CallOpts, functionId)
}

// GetTask is a free data retrieval call binding the contract method 0x57342d74.
//
// Solidity: function getTask(uint32 taskId) view returns((bytes32,bytes32,uint8,uint8,uint32,address))
func (_TaskManager *TaskManagerCaller) GetTask(opts *bind.CallOpts, taskId uint32) (ITaskManagerTaskRecord, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "getTask", taskId)

	if err != nil {
		return *new(ITaskManagerTaskRecord), err
	}

	out0 := *abi.ConvertType(out[0], new(ITaskManagerTaskRecord)).(*ITaskManagerTaskRecord)

	return out0, err

}

// GetTask is a free data retrieval call binding the contract method 0x57342d74.
//
// Solidity: function getTask(uint32 taskId) view returns((bytes32,bytes32,uint8,uint8,uint32,address))
func (_TaskManager *TaskManagerSession) GetTask(taskId uint32) (ITaskManagerTaskRecord, error) {
	return _TaskManager.Contract.GetTask(&_TaskManager.CallOpts, taskId)
}

// GetTask is a free data retrieval call binding the contract method 0x57342d74.
//
// Solidity: function getTask(uint32 taskId) view returns((bytes32,bytes32,uint8,uint8,uint32,address))
func (_TaskManager *TaskManagerCallerSession) GetTask(taskId uint32) (ITaskManagerTaskRecord, error) {
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
func (_TaskManager *TaskManagerCaller) ResponseDigest(opts *bind.CallOpts, task ITaskManagerTask, response ITaskManagerTaskResponse) ([32]byte, error) {
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
func (_TaskManager *TaskManagerSession) ResponseDigest(task ITaskManagerTask, response ITaskManagerTaskResponse) ([32]byte, error) {
	return _TaskManager.Contract.ResponseDigest(&_TaskManager.CallOpts, task, response)
}

// ResponseDigest is a free data retrieval call binding the contract method 0x4652d9ef.
//
// Solidity: function responseDigest((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96) task, (uint32,uint8,bytes32,bytes) response) view returns(bytes32)
func (_TaskManager *TaskManagerCallerSession) ResponseDigest(task ITaskManagerTask, response ITaskManagerTaskResponse) ([32]byte, error) {
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
func (_TaskManager *TaskManagerTransactor) CreateTask(opts *bind.TransactOpts, req ITaskManagerTaskRequest) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "createTask", req)
}

// CreateTask is a paid mutator transaction binding the contract method 0x1b9a1f01.
//
// Solidity: function createTask((uint64,bytes,bytes32,string,bytes,uint8,uint32,address,uint32) req) payable returns(uint32 taskId)
func (_TaskManager *TaskManagerSession) CreateTask(req ITaskManagerTaskRequest) (*types.Transaction, error) {
	return _TaskManager.Contract.CreateTask(&_TaskManager.TransactOpts, req)
}

// CreateTask is a paid mutator transaction binding the contract method 0x1b9a1f01.
//
// Solidity: function createTask((uint64,bytes,bytes32,string,bytes,uint8,uint32,address,uint32) req) payable returns(uint32 taskId)
func (_TaskManager *TaskManagerTransactorSession) CreateTask(req ITaskManagerTaskRequest) (*types.Transaction, error) {
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
func (_TaskManager *TaskManagerTransactor) ExpireTask(opts *bind.TransactOpts, taskId uint32, task ITaskManagerTask) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "expireTask", taskId, task)
}

// ExpireTask is a paid mutator transaction binding the contract method 0xff14f953.
//
// Solidity: function expireTask(uint32 taskId, (uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96) task) returns()
func (_TaskManager *TaskManagerSession) ExpireTask(taskId uint32, task ITaskManagerTask) (*types.Transaction, error) {
	return _TaskManager.Contract.ExpireTask(&_TaskManager.TransactOpts, taskId, task)
}

// ExpireTask is a paid mutator transaction binding the contract method 0xff14f953.
//
// Solidity: function expireTask(uint32 taskId, (uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96) task) returns()
func (_TaskManager *TaskManagerTransactorSession) ExpireTask(taskId uint32, task ITaskManagerTask) (*types.Transaction, error) {
	return _TaskManager.Contract.ExpireTask(&_TaskManager.TransactOpts, taskId, task)
}

// Initialize is a paid mutator transaction binding the contract method 0xd0f69579.
//
// Solidity: function initialize(address initialOwner, address initialAggregator, uint32 minWindow, uint32 maxWindow) returns()
func (_TaskManager *TaskManagerTransactor) Initialize(opts *bind.TransactOpts, initialOwner common.Address, initialAggregator common.Address, minWindow uint32, maxWindow uint32) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "initialize", initialOwner, initialAggregator, minWindow, maxWindow)
}

// Initialize is a paid mutator transaction binding the contract method 0xd0f69579.
//
// Solidity: function initialize(address initialOwner, address initialAggregator, uint32 minWindow, uint32 maxWindow) returns()
func (_TaskManager *TaskManagerSession) Initialize(initialOwner common.Address, initialAggregator common.Address, minWindow uint32, maxWindow uint32) (*types.Transaction, error) {
	return _TaskManager.Contract.Initialize(&_TaskManager.TransactOpts, initialOwner, initialAggregator, minWindow, maxWindow)
}

// Initialize is a paid mutator transaction binding the contract method 0xd0f69579.
//
// Solidity: function initialize(address initialOwner, address initialAggregator, uint32 minWindow, uint32 maxWindow) returns()
func (_TaskManager *TaskManagerTransactorSession) Initialize(initialOwner common.Address, initialAggregator common.Address, minWindow uint32, maxWindow uint32) (*types.Transaction, error) {
	return _TaskManager.Contract.Initialize(&_TaskManager.TransactOpts, initialOwner, initialAggregator, minWindow, maxWindow)
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
func (_TaskManager *TaskManagerTransactor) RegisterFunction(opts *bind.TransactOpts, spec ITaskManagerFunctionSpec) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "registerFunction", spec)
}

// RegisterFunction is a paid mutator transaction binding the contract method 0x48d23564.
//
// Solidity: function registerFunction((bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[]) spec) returns(uint64 functionId)
func (_TaskManager *TaskManagerSession) RegisterFunction(spec ITaskManagerFunctionSpec) (*types.Transaction, error) {
	return _TaskManager.Contract.RegisterFunction(&_TaskManager.TransactOpts, spec)
}

// RegisterFunction is a paid mutator transaction binding the contract method 0x48d23564.
//
// Solidity: function registerFunction((bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[]) spec) returns(uint64 functionId)
func (_TaskManager *TaskManagerTransactorSession) RegisterFunction(spec ITaskManagerFunctionSpec) (*types.Transaction, error) {
	return _TaskManager.Contract.RegisterFunction(&_TaskManager.TransactOpts, spec)
}

// RespondToTask is a paid mutator transaction binding the contract method 0x34acd7a8.
//
// Solidity: function respondToTask((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96) task, (uint32,uint8,bytes32,bytes) response, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) certificate) returns()
func (_TaskManager *TaskManagerTransactor) RespondToTask(opts *bind.TransactOpts, task ITaskManagerTask, response ITaskManagerTaskResponse, certificate BLSSignatureCheckerNonSignerStakesAndSignature) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "respondToTask", task, response, certificate)
}

// RespondToTask is a paid mutator transaction binding the contract method 0x34acd7a8.
//
// Solidity: function respondToTask((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96) task, (uint32,uint8,bytes32,bytes) response, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) certificate) returns()
func (_TaskManager *TaskManagerSession) RespondToTask(task ITaskManagerTask, response ITaskManagerTaskResponse, certificate BLSSignatureCheckerNonSignerStakesAndSignature) (*types.Transaction, error) {
	return _TaskManager.Contract.RespondToTask(&_TaskManager.TransactOpts, task, response, certificate)
}

// RespondToTask is a paid mutator transaction binding the contract method 0x34acd7a8.
//
// Solidity: function respondToTask((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96) task, (uint32,uint8,bytes32,bytes) response, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) certificate) returns()
func (_TaskManager *TaskManagerTransactorSession) RespondToTask(task ITaskManagerTask, response ITaskManagerTaskResponse, certificate BLSSignatureCheckerNonSignerStakesAndSignature) (*types.Transaction, error) {
	return _TaskManager.Contract.RespondToTask(&_TaskManager.TransactOpts, task, response, certificate)
}

// RespondWithProof is a paid mutator transaction binding the contract method 0xa6cb0739.
//
// Solidity: function respondWithProof((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96) task, (uint32,uint8,bytes32,bytes) response, bytes proof) returns()
func (_TaskManager *TaskManagerTransactor) RespondWithProof(opts *bind.TransactOpts, task ITaskManagerTask, response ITaskManagerTaskResponse, proof []byte) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "respondWithProof", task, response, proof)
}

// RespondWithProof is a paid mutator transaction binding the contract method 0xa6cb0739.
//
// Solidity: function respondWithProof((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96) task, (uint32,uint8,bytes32,bytes) response, bytes proof) returns()
func (_TaskManager *TaskManagerSession) RespondWithProof(task ITaskManagerTask, response ITaskManagerTaskResponse, proof []byte) (*types.Transaction, error) {
	return _TaskManager.Contract.RespondWithProof(&_TaskManager.TransactOpts, task, response, proof)
}

// RespondWithProof is a paid mutator transaction binding the contract method 0xa6cb0739.
//
// Solidity: function respondWithProof((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96) task, (uint32,uint8,bytes32,bytes) response, bytes proof) returns()
func (_TaskManager *TaskManagerTransactorSession) RespondWithProof(task ITaskManagerTask, response ITaskManagerTaskResponse, proof []byte) (*types.Transaction, error) {
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
func (_TaskManager *TaskManagerTransactor) UpdateFunction(opts *bind.TransactOpts, functionId uint64, spec ITaskManagerFunctionSpec) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "updateFunction", functionId, spec)
}

// UpdateFunction is a paid mutator transaction binding the contract method 0xf292cc5b.
//
// Solidity: function updateFunction(uint64 functionId, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[]) spec) returns()
func (_TaskManager *TaskManagerSession) UpdateFunction(functionId uint64, spec ITaskManagerFunctionSpec) (*types.Transaction, error) {
	return _TaskManager.Contract.UpdateFunction(&_TaskManager.TransactOpts, functionId, spec)
}

// UpdateFunction is a paid mutator transaction binding the contract method 0xf292cc5b.
//
// Solidity: function updateFunction(uint64 functionId, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[]) spec) returns()
func (_TaskManager *TaskManagerTransactorSession) UpdateFunction(functionId uint64, spec ITaskManagerFunctionSpec) (*types.Transaction, error) {
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
	Spec       ITaskManagerFunctionSpec
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
	Spec       ITaskManagerFunctionSpec
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

// TaskManagerInitializedIterator is returned from FilterInitialized and is used to iterate over the raw logs and unpacked data for Initialized events raised by the TaskManager contract.
type TaskManagerInitializedIterator struct {
	Event *TaskManagerInitialized // Event containing the contract specifics and raw log

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
func (it *TaskManagerInitializedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TaskManagerInitialized)
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
		it.Event = new(TaskManagerInitialized)
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
func (it *TaskManagerInitializedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TaskManagerInitializedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TaskManagerInitialized represents a Initialized event raised by the TaskManager contract.
type TaskManagerInitialized struct {
	Version uint64
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterInitialized is a free log retrieval operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_TaskManager *TaskManagerFilterer) FilterInitialized(opts *bind.FilterOpts) (*TaskManagerInitializedIterator, error) {

	logs, sub, err := _TaskManager.contract.FilterLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return &TaskManagerInitializedIterator{contract: _TaskManager.contract, event: "Initialized", logs: logs, sub: sub}, nil
}

// WatchInitialized is a free log subscription operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_TaskManager *TaskManagerFilterer) WatchInitialized(opts *bind.WatchOpts, sink chan<- *TaskManagerInitialized) (event.Subscription, error) {

	logs, sub, err := _TaskManager.contract.WatchLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TaskManagerInitialized)
				if err := _TaskManager.contract.UnpackLog(event, "Initialized", log); err != nil {
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

// ParseInitialized is a log parse operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_TaskManager *TaskManagerFilterer) ParseInitialized(log types.Log) (*TaskManagerInitialized, error) {
	event := new(TaskManagerInitialized)
	if err := _TaskManager.contract.UnpackLog(event, "Initialized", log); err != nil {
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
	Task       ITaskManagerTask
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
	Response            ITaskManagerTaskResponse
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

// ZkProofsMetaData contains all meta data concerning the ZkProofs contract.
var ZkProofsMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"function\",\"name\":\"verify\",\"inputs\":[{\"name\":\"verifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"taskHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"outputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"proof\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"view\"},{\"type\":\"error\",\"name\":\"ProofRejected\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"reason\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"type\":\"error\",\"name\":\"ZkVerifierMissing\",\"inputs\":[{\"name\":\"verifier\",\"type\":\"address\",\"internalType\":\"address\"}]}]",
	Bin: "0x6107b2610034600b8282823980515f1a607314602857634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe7300000000000000000000000000000000000000003014608060405260043610610034575f3560e01c8063240820c814610038575b5f5ffd5b61004b6100463660046104b5565b61004d565b005b876001600160a01b03163b5f0361008757604051633f975e6160e21b81526001600160a01b03891660048201526024015b60405180910390fd5b5f610093602085610596565b90505f6100a18260046105a9565b90505f8167ffffffffffffffff8111156100bd576100bd6105c2565b6040519080825280602002602001820160405280156100e6578160200160208202803683370190505b5090506080895f1c901c815f81518110610102576101026105d6565b602090810291909101015280516001600160801b038a16908290600190811061012d5761012d6105d6565b6020026020010181815250506080885f1c901c81600281518110610153576101536105d6565b602090810291909101015280516001600160801b038916908290600390811061017e5761017e6105d6565b60209081029190910101525f5b838110156101fc5787876101a08360206105ea565b906101ac8460016105a9565b6101b79060206105ea565b926101c493929190610601565b6101cd91610628565b826101d98360046105a9565b815181106101e9576101e96105d6565b602090810291909101015260010161018b565b505f61020783610382565b604051602001610217919061065c565b6040516020818303038152906040528051906020012090505f8184600161023e91906105a9565b6102499060206105ea565b84888a816020610259818361069f565b6102649060206106b2565b61026e919061069f565b67ffffffffffffffff811115610286576102866105c2565b6040519080825280601f01601f1916602001820160405280156102b0576020820181803683370190505b506040516020016102c797969594939291906106c5565b60408051601f1981840301815291905290505f806001600160a01b038f166102f1612710886105ea565b6102fe9062061a806105a9565b8460405161030c9190610731565b5f604051808303818686fa925050503d805f8114610345576040519150601f19603f3d011682016040523d82523d5f602084013e61034a565b606091505b509150915081610371578d8160405163510b4fd560e01b815260040161007e929190610743565b505050505050505050505050505050565b60606001825b600a81106103b0578161039a81610785565b92506103a99050600a82610596565b9050610388565b508067ffffffffffffffff8111156103ca576103ca6105c2565b6040519080825280601f01601f1916602001820160405280156103f4576020820181803683370190505b509150805b80156104695761040a600a8561069f565b6104159060306105a9565b60f81b836104246001846106b2565b81518110610434576104346105d6565b60200101906001600160f81b03191690815f1a905350610455600a85610596565b9350806104618161079d565b9150506103f9565b5050919050565b5f5f83601f840112610480575f5ffd5b50813567ffffffffffffffff811115610497575f5ffd5b6020830191508360208285010111156104ae575f5ffd5b9250929050565b5f5f5f5f5f5f5f5f60c0898b0312156104cc575f5ffd5b88356001600160a01b03811681146104e2575f5ffd5b9750602089013563ffffffff811681146104fa575f5ffd5b96506040890135955060608901359450608089013567ffffffffffffffff811115610523575f5ffd5b61052f8b828c01610470565b90955093505060a089013567ffffffffffffffff81111561054e575f5ffd5b61055a8b828c01610470565b999c989b5096995094979396929594505050565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f826105a4576105a461056e565b500490565b808201808211156105bc576105bc610582565b92915050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b80820281158282048414176105bc576105bc610582565b5f5f8585111561060f575f5ffd5b8386111561061b575f5ffd5b5050820193919092039150565b803560208310156105bc575f19602084900360031b1b1692915050565b5f81518060208401855e5f93019283525090919050565b7f76657269667950726f6f662862797465732c75696e743235365b00000000000081525f61068d601a830184610645565b615d2960f01b81526002019392505050565b5f826106ad576106ad61056e565b500690565b818103818111156105bc576105bc610582565b63ffffffff60e01b881681528660048201525f602482018751602089015f5b828110156107025781518452602093840193909101906001016106e4565b505050868152848660208301375f9085016020019081526107238185610645565b9a9950505050505050505050565b5f61073c8284610645565b9392505050565b63ffffffff83168152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b5f6001820161079657610796610582565b5060010190565b5f816107ab576107ab610582565b505f19019056",
}

// ZkProofsABI is the input ABI used to generate the binding from.
// Deprecated: Use ZkProofsMetaData.ABI instead.
var ZkProofsABI = ZkProofsMetaData.ABI

// ZkProofsBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ZkProofsMetaData.Bin instead.
var ZkProofsBin = ZkProofsMetaData.Bin

// DeployZkProofs deploys a new Ethereum contract, binding an instance of ZkProofs to it.
func DeployZkProofs(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *ZkProofs, error) {
	parsed, err := ZkProofsMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ZkProofsBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ZkProofs{ZkProofsCaller: ZkProofsCaller{contract: contract}, ZkProofsTransactor: ZkProofsTransactor{contract: contract}, ZkProofsFilterer: ZkProofsFilterer{contract: contract}}, nil
}

// ZkProofs is an auto generated Go binding around an Ethereum contract.
type ZkProofs struct {
	ZkProofsCaller     // Read-only binding to the contract
	ZkProofsTransactor // Write-only binding to the contract
	ZkProofsFilterer   // Log filterer for contract events
}

// ZkProofsCaller is an auto generated read-only Go binding around an Ethereum contract.
type ZkProofsCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ZkProofsTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ZkProofsTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ZkProofsFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ZkProofsFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ZkProofsSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ZkProofsSession struct {
	Contract     *ZkProofs         // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ZkProofsCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ZkProofsCallerSession struct {
	Contract *ZkProofsCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts   // Call options to use throughout this session
}

// ZkProofsTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ZkProofsTransactorSession struct {
	Contract     *ZkProofsTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts   // Transaction auth options to use throughout this session
}

// ZkProofsRaw is an auto generated low-level Go binding around an Ethereum contract.
type ZkProofsRaw struct {
	Contract *ZkProofs // Generic contract binding to access the raw methods on
}

// ZkProofsCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ZkProofsCallerRaw struct {
	Contract *ZkProofsCaller // Generic read-only contract binding to access the raw methods on
}

// ZkProofsTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ZkProofsTransactorRaw struct {
	Contract *ZkProofsTransactor // Generic write-only contract binding to access the raw methods on
}

// NewZkProofs creates a new instance of ZkProofs, bound to a specific deployed contract.
func NewZkProofs(address common.Address, backend bind.ContractBackend) (*ZkProofs, error) {
	contract, err := bindZkProofs(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ZkProofs{ZkProofsCaller: ZkProofsCaller{contract: contract}, ZkProofsTransactor: ZkProofsTransactor{contract: contract}, ZkProofsFilterer: ZkProofsFilterer{contract: contract}}, nil
}

// NewZkProofsCaller creates a new read-only instance of ZkProofs, bound to a specific deployed contract.
func NewZkProofsCaller(address common.Address, caller bind.ContractCaller) (*ZkProofsCaller, error) {
	contract, err := bindZkProofs(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ZkProofsCaller{contract: contract}, nil
}

// NewZkProofsTransactor creates a new write-only instance of ZkProofs, bound to a specific deployed contract.
func NewZkProofsTransactor(address common.Address, transactor bind.ContractTransactor) (*ZkProofsTransactor, error) {
	contract, err := bindZkProofs(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ZkProofsTransactor{contract: contract}, nil
}

// NewZkProofsFilterer creates a new log filterer instance of ZkProofs, bound to a specific deployed contract.
func NewZkProofsFilterer(address common.Address, filterer bind.ContractFilterer) (*ZkProofsFilterer, error) {
	contract, err := bindZkProofs(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ZkProofsFilterer{contract: contract}, nil
}

// bindZkProofs binds a generic wrapper to an already deployed contract.
func bindZkProofs(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ZkProofsMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ZkProofs *ZkProofsRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ZkProofs.Contract.ZkProofsCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ZkProofs *ZkProofsRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ZkProofs.Contract.ZkProofsTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ZkProofs *ZkProofsRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ZkProofs.Contract.ZkProofsTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ZkProofs *ZkProofsCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ZkProofs.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ZkProofs *ZkProofsTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ZkProofs.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ZkProofs *ZkProofsTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ZkProofs.Contract.contract.Transact(opts, method, params...)
}

// Verify is a free data retrieval call binding the contract method 0x240820c8.
//
// Solidity: function verify(address verifier, uint32 taskId, bytes32 taskHash, bytes32 outputDigest, bytes output, bytes proof) view returns()
func (_ZkProofs *ZkProofsCaller) Verify(opts *bind.CallOpts, verifier common.Address, taskId uint32, taskHash [32]byte, outputDigest [32]byte, output []byte, proof []byte) error {
	var out []interface{}
	err := _ZkProofs.contract.Call(opts, &out, "verify", verifier, taskId, taskHash, outputDigest, output, proof)

	if err != nil {
		return err
	}

	return err

}

// Verify is a free data retrieval call binding the contract method 0x240820c8.
//
// Solidity: function verify(address verifier, uint32 taskId, bytes32 taskHash, bytes32 outputDigest, bytes output, bytes proof) view returns()
func (_ZkProofs *ZkProofsSession) Verify(verifier common.Address, taskId uint32, taskHash [32]byte, outputDigest [32]byte, output []byte, proof []byte) error {
	return _ZkProofs.Contract.Verify(&_ZkProofs.CallOpts, verifier, taskId, taskHash, outputDigest, output, proof)
}

// Verify is a free data retrieval call binding the contract method 0x240820c8.
//
// Solidity: function verify(address verifier, uint32 taskId, bytes32 taskHash, bytes32 outputDigest, bytes output, bytes proof) view returns()
func (_ZkProofs *ZkProofsCallerSession) Verify(verifier common.Address, taskId uint32, taskHash [32]byte, outputDigest [32]byte, output []byte, proof []byte) error {
	return _ZkProofs.Contract.Verify(&_ZkProofs.CallOpts, verifier, taskId, taskHash, outputDigest, output, proof)
}
