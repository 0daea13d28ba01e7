// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package triggerregistry

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
	CommitteeSize             uint16
	FailoverBlocks            uint32
	CommitteeTable            uint64
}

// ITaskManagerTaskResponse is an auto generated low-level Go binding around an user-defined struct.
type ITaskManagerTaskResponse struct {
	TaskId           uint32
	Status           uint8
	OutputDigest     [32]byte
	Output           []byte
	FuelUsed         uint64
	TranscriptDigest [32]byte
}

// TriggerRegistrySchedule is an auto generated low-level Go binding around an user-defined struct.
type TriggerRegistrySchedule struct {
	Kind    uint8
	Start   uint64
	Period  uint64
	Emitter common.Address
	Topic0  [32]byte
}

// TriggerRegistryTaskTemplate is an auto generated low-level Go binding around an user-defined struct.
type TriggerRegistryTaskTemplate struct {
	FunctionId                uint64
	Input                     []byte
	QuorumNumbers             []byte
	QuorumThresholdPercentage uint8
	ResponseWindowBlocks      uint32
	Callback                  common.Address
	CallbackGasLimit          uint32
}

// TriggerRegistryTrigger is an auto generated low-level Go binding around an user-defined struct.
type TriggerRegistryTrigger struct {
	Owner     common.Address
	Firings   uint64
	Cancelled bool
	Service   common.Address
	Balance   *big.Int
	Spec      TriggerRegistryTriggerSpec
}

// TriggerRegistryTriggerSpec is an auto generated low-level Go binding around an user-defined struct.
type TriggerRegistryTriggerSpec struct {
	Task       TriggerRegistryTaskTemplate
	Schedule   TriggerRegistrySchedule
	FeePerTask *big.Int
	MaxFirings uint64
}

// TriggerRegistryMetaData contains all meta data concerning the TriggerRegistry contract.
var TriggerRegistryMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"taskManager_\",\"type\":\"address\",\"internalType\":\"contractITaskManager\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"receive\",\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"EVENT_SUFFIX\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MIN_TIME_PERIOD\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"SCHEDULED_SUFFIX\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"cancel\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"claimExpiredRefund\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"claimFuelRefund\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"task\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.Task\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"committeeTable\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"name\":\"response\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.TaskResponse\",\"components\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"outputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"fuelUsed\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"transcriptDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"name\":\"batchRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"leafIndex\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"createTrigger\",\"inputs\":[{\"name\":\"spec\",\"type\":\"tuple\",\"internalType\":\"structTriggerRegistry.TriggerSpec\",\"components\":[{\"name\":\"task\",\"type\":\"tuple\",\"internalType\":\"structTriggerRegistry.TaskTemplate\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"input\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"responseWindowBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"schedule\",\"type\":\"tuple\",\"internalType\":\"structTriggerRegistry.Schedule\",\"components\":[{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumTriggerRegistry.ScheduleKind\"},{\"name\":\"start\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"period\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"emitter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"topic0\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"name\":\"feePerTask\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"maxFirings\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}],\"outputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"credits\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"dueCount\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"eventFiringId\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"blockHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"logIndex\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"fire\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"index\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"fireEvent\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"blockHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"blockNumber\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"logIndex\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"logData\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"fireMany\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"indexes\",\"type\":\"uint64[]\",\"internalType\":\"uint64[]\"}],\"outputs\":[{\"name\":\"taskIds\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"firedTask\",\"inputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"firingId\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"index\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"fund\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"getTrigger\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structTriggerRegistry.Trigger\",\"components\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"firings\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"cancelled\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"service\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"balance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"spec\",\"type\":\"tuple\",\"internalType\":\"structTriggerRegistry.TriggerSpec\",\"components\":[{\"name\":\"task\",\"type\":\"tuple\",\"internalType\":\"structTriggerRegistry.TaskTemplate\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"input\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"responseWindowBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"schedule\",\"type\":\"tuple\",\"internalType\":\"structTriggerRegistry.Schedule\",\"components\":[{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumTriggerRegistry.ScheduleKind\"},{\"name\":\"start\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"period\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"emitter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"topic0\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"name\":\"feePerTask\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"maxFirings\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isEventFired\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"blockHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"logIndex\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isFired\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"index\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"maxCallbackGas\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"maxInlineInput\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"nextTriggerId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"reclaim\",\"inputs\":[],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"refundPool\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setService\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"service\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"taskLinks\",\"inputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"triggerId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"refunded\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"taskManager\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractITaskManager\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"Credited\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EventFired\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"firingId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"blockHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"blockNumber\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"logIndex\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"taskId\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RefundAttributed\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"taskId\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RefundsReclaimed\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ServiceChanged\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"service\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TriggerCancelled\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"refund\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TriggerCreated\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"spec\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structTriggerRegistry.TriggerSpec\",\"components\":[{\"name\":\"task\",\"type\":\"tuple\",\"internalType\":\"structTriggerRegistry.TaskTemplate\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"input\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"responseWindowBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"schedule\",\"type\":\"tuple\",\"internalType\":\"structTriggerRegistry.Schedule\",\"components\":[{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumTriggerRegistry.ScheduleKind\"},{\"name\":\"start\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"period\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"emitter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"topic0\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"name\":\"feePerTask\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"maxFirings\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"name\":\"start\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"balance\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TriggerFired\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"index\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"firingId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"taskId\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TriggerFunded\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"from\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"balance\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TriggerOutOfFunds\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"balance\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"feePerTask\",\"type\":\"uint96\",\"indexed\":false,\"internalType\":\"uint96\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Withdrawn\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AlreadyFired\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"firingId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"BlockHashMismatch\",\"inputs\":[{\"name\":\"blockNumber\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"expected\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"given\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"BlockHashUnavailable\",\"inputs\":[{\"name\":\"blockNumber\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"EventBeforeTrigger\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"blockNumber\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"createdBlock\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"FeeBelowQuote\",\"inputs\":[{\"name\":\"fee\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"quote\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"FiringLimitReached\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxFirings\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"FunctionNotActive\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InputTooLarge\",\"inputs\":[{\"name\":\"size\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InsufficientBalance\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"balance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"fee\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidTriggerSpec\",\"inputs\":[{\"name\":\"reason\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"NotDue\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"index\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"dueAt\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotOwnerOrService\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotTaskManager\",\"inputs\":[{\"name\":\"sender\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotTriggerOwner\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"NotTriggerTask\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"NothingToWithdraw\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"RefundAlreadyClaimed\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"RefundNotDue\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"ResponseNotRecorded\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"TaskMismatch\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"TriggerNotActive\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"UnknownTrigger\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"WithdrawFailed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"WrongScheduleKind\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumTriggerRegistry.ScheduleKind\"}]},{\"type\":\"error\",\"name\":\"ZeroAmount\",\"inputs\":[]}]",
	Bin: "0x60e06040525f80546001600160401b0319166001179055348015610021575f5ffd5b5060405161478538038061478583398101604081905261004091610122565b6001600160a01b03811660808190526040805163245ce7a360e21b815290516391739e8c916004808201926020929091908290030181865afa158015610088573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100ac919061014f565b60a08181525050806001600160a01b0316636d9809a06040518163ffffffff1660e01b8152600401602060405180830381865afa1580156100ef573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101139190610166565b63ffffffff1660c05250610189565b5f60208284031215610132575f5ffd5b81516001600160a01b0381168114610148575f5ffd5b9392505050565b5f6020828403121561015f575f5ffd5b5051919050565b5f60208284031215610176575f5ffd5b815163ffffffff81168114610148575f5ffd5b60805160a05160c0516145546102315f395f8181610571015261284601525f81816104f301528181611ba10152611c0f01525f81816101c2015281816105260152818161081c01528181610b8201528181610cd301528181610d6e01528181610e2a015281816110b40152818161117e015281816118f601528181611a3901528181611d4801528181611eaa015281816124bd015281816126de015261277201526145545ff3fe6080604052600436106101b2575f3560e01c80636d788e6c116100e7578063a50a640e11610087578063e328ed7711610062578063e328ed77146105bf578063eaa4a30f146105eb578063fa945a221461060a578063fe5ff46814610629575f5ffd5b8063a50a640e14610515578063a8e224a414610560578063de66222114610593575f5ffd5b806380e9071b116100c257806380e9071b1461047e5780639fae46b714610492578063a350ecd0146104c3578063a4878684146104e2575f5ffd5b80636d788e6c1461039b5780636e8dbe21146103ca5780637cbc5406146103fe575f5ffd5b80633ccfd60b116101525780634f9c09cc1161012d5780634f9c09cc146103365780636551255714610349578063664457db1461036857806366efb33e1461037c575f5ffd5b80633ccfd60b146102e557806342227fa4146102f95780634c125e7914610317575f5ffd5b80631be45cdd1161018d5780631be45cdd14610275578063243428d61461028857806331538f2a146102a757806332d339c8146102c6575f5ffd5b8063058d10971461020d5780631a21d94b146102355780631abea6f514610249575f5ffd5b3661020957336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146102075760405163293f230760e21b81523360048201526024015b60405180910390fd5b005b5f5ffd5b348015610218575f5ffd5b5061022260015481565b6040519081526020015b60405180910390f35b348015610240575f5ffd5b50610222606081565b348015610254575f5ffd5b5061025d601e81565b6040516001600160401b03909116815260200161022c565b61025d610283366004612c2e565b610654565b348015610293575f5ffd5b506102226102a2366004612c87565b61074d565b3480156102b2575f5ffd5b506102226102c1366004612cda565b61079a565b3480156102d1575f5ffd5b506102076102e0366004612d19565b6107f3565b3480156102f0575f5ffd5b506102076108eb565b348015610304575f5ffd5b505f5461025d906001600160401b031681565b348015610322575f5ffd5b50610207610331366004612d34565b6109cc565b610207610344366004612d34565b610a88565b348015610354575f5ffd5b50610207610363366004612dac565b610b50565b348015610373575f5ffd5b5061022260c081565b348015610387575f5ffd5b5061025d610396366004612d34565b610f56565b3480156103a6575f5ffd5b506103ba6103b5366004612cda565b61105a565b604051901515815260200161022c565b3480156103d5575f5ffd5b506103e96103e4366004612c87565b611089565b60405163ffffffff909116815260200161022c565b348015610409575f5ffd5b5061044f610418366004612d19565b60046020525f90815260409020546001600160401b03811690600160401b81046001600160601b031690600160a01b900460ff1683565b604080516001600160401b0390941684526001600160601b03909216602084015215159082015260600161022c565b348015610489575f5ffd5b5061022261109d565b34801561049d575f5ffd5b506103e96104ac366004612e67565b60036020525f908152604090205463ffffffff1681565b3480156104ce575f5ffd5b506103ba6104dd366004612c87565b6111ed565b3480156104ed575f5ffd5b506102227f000000000000000000000000000000000000000000000000000000000000000081565b348015610520575f5ffd5b506105487f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161022c565b34801561056b575f5ffd5b506103e97f000000000000000000000000000000000000000000000000000000000000000081565b34801561059e575f5ffd5b506105b26105ad366004612e7e565b61121a565b60405161022c9190612ece565b3480156105ca575f5ffd5b506105de6105d9366004612d34565b6112df565b60405161022c9190612fbd565b3480156105f6575f5ffd5b5061020761060536600461312c565b6115ab565b348015610615575f5ffd5b506103e9610624366004613158565b611617565b348015610634575f5ffd5b50610222610643366004613204565b60056020525f908152604090205481565b5f5f61065f836118dd565b5f80549192506001600160401b03909116908061067b83613233565b82546101009290920a6001600160401b0381810219909316918316021790915581165f9081526002602081905260409091208054336001600160a01b0319909116178155349181019190915590925083600382016106d98282613554565b50506007810180546001600160401b038085166101000268ffffffffffffffff00199092169190911790915560405133918516907f926fb00727a58d67eddbd8c19592c749d53cc7f7899db0c29496e19f9f3c1c219061073e908890879034906138a9565b60405180910390a35050919050565b6040805146602082015230918101919091526001600160401b038084166060830152821660808201525f9060a0016040516020818303038152906040528051906020012090505b92915050565b6040805146602082015230918101919091526001600160401b03841660608201526080810183905263ffffffff821660a08201525f9060c0016040516020818303038152906040528051906020012090505b9392505050565b5f6107fd82611c95565b905060036040516315cd0b5d60e21b815263ffffffff841660048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906357342d749060240160c060405180830381865afa158015610869573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061088d9190613ac2565b6040015160038111156108a2576108a2612f44565b146108c8576040516352fde67f60e01b815263ffffffff831660048201526024016101fe565b80546108e79082908490600160401b90046001600160601b0316611d16565b5050565b335f908152600560205260408120549081900361091b57604051630686827b60e51b815260040160405180910390fd5b335f8181526005602052604080822091909155517f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59061095e9084815260200190565b60405180910390a26040515f90339083908381818185875af1925050503d805f81146109a5576040519150601f19603f3d011682016040523d82523d5f602084013e6109aa565b606091505b50509050806108e757604051631d42c86760e21b815260040160405180910390fd5b5f6109d682611f20565b8054909150600160e01b900460ff1615610a0e57604051635a49ee2360e11b81526001600160401b03831660048201526024016101fe565b600281018054825460ff60e01b1916600160e01b1783555f9091556040516001600160401b038416907fdce5b3af0c59f02bea7fe20d1a4cbb82eabe9e7cacc305ea3105525009a66eb790610a669084815260200190565b60405180910390a28154610a83906001600160a01b031682611f62565b505050565b5f610a9282611fd4565b8054909150600160e01b900460ff1615610aca57604051635a49ee2360e11b81526001600160401b03831660048201526024016101fe565b345f03610aea57604051631f2a200560e01b815260040160405180910390fd5b5f348260020154610afb9190613b40565b60028301819055604080513481526020810183905291925033916001600160401b038616917f1fb96c92eadb83cff345ad3206aa662db685f7edc0a05eb46dcca7dc13468559910160405180910390a3505050565b5f610b5a88611c95565b6040516315cd0b5d60e21b815263ffffffff8a1660048201529091505f906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906357342d749060240160c060405180830381865afa158015610bc7573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610beb9190613ac2565b9050600281604001516003811115610c0557610c05612f44565b141580610c1e575060a08101516001600160a01b031615155b15610c44576040516352fde67f60e01b815263ffffffff8a1660048201526024016101fe565b63ffffffff8916610c586020890189612d19565b63ffffffff16141580610c94575087604051602001610c779190613d96565b60405160208183030381529060405280519060200120815f015114155b15610cba576040516373934be360e01b815263ffffffff8a1660048201526024016101fe565b60405163a4391e3160e01b81525f906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063a4391e3190610d0a908c908c90600401613da8565b602060405180830381865afa158015610d25573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d499190613e4c565b60208301519091505f90610def576040516324c3ed1560e21b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063930fb45490610dab908b9086908c908c908c90600401613e63565b602060405180830381865afa158015610dc6573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610dea9190613ebd565b610df7565b818360200151145b905080610e1f576040516329e8448760e11b815263ffffffff8c1660048201526024016101fe565b5f6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663b96ed13e610e5c60208e018e612d34565b6040516001600160e01b031960e084901b1681526001600160401b0390911660048201526024015f60405180830381865afa158015610e9d573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610ec4919081019061407c565b6040015161014001516001600160601b0316610ee660a08c0160808d01612d34565b610ef660a08e0160808f01612d34565b610f009190614216565b6001600160401b0316610f139190614235565b9050805f03610f3d576040516352fde67f60e01b815263ffffffff8d1660048201526024016101fe565b610f48858d83611d16565b505050505050505050505050565b5f5f610f6183611fd4565b9050600781016002815460ff166002811115610f7f57610f7f612f44565b03610f8d57505f9392505050565b5f80825460ff166002811115610fa557610fa5612f44565b14610fb05743610fb2565b425b825490915061010090046001600160401b0316811015610fd657505f949350505050565b81545f906001600160401b03600160481b8204811691610ffd91610100909104168461424c565b611007919061425f565b611012906001613b40565b600a850154909150600160601b90046001600160401b031680158015906110415750806001600160401b031682115b15611050579695505050505050565b5095945050505050565b5f60035f61106986868661079a565b815260208101919091526040015f205463ffffffff161515949350505050565b5f6107ec61109684611fd4565b848461201e565b6040516327e235e360e01b81523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906327e235e390602401602060405180830381865afa158015611101573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906111259190613e4c565b9050805f0361113357505f90565b8060015f8282546111449190613b40565b90915550506040518181527f560dd8dc464510d38696b95f61c67ca9ae96574d84be1b1ce5d2aecc440b83879060200160405180910390a17f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316633ccfd60b6040518163ffffffff1660e01b81526004015f604051808303815f87803b1580156111d4575f5ffd5b505af11580156111e6573d5f5f3e3d5ffd5b5050505090565b5f60035f6111fb858561074d565b815260208101919091526040015f205463ffffffff1615159392505050565b60605f61122685611fd4565b9050826001600160401b03811115611240576112406132c9565b604051908082528060200260200182016040528015611269578160200160208202803683370190505b5091505f5b838110156112d6576112a7828787878581811061128d5761128d61427e565b90506020020160208101906112a29190612d34565b61201e565b8382815181106112b9576112b961427e565b63ffffffff9092166020928302919091019091015260010161126e565b50509392505050565b6112e7612b67565b6112f082611fd4565b6040805160c08101825282546001600160a01b038082168352600160a01b82046001600160401b039081166020850152600160e01b90920460ff16151583850152600185015416606083015260028401546080808401919091528351610160810190945260038501805490921690840190815260048501805493959460a08088019591949385939092859285019190611388906132dd565b80601f01602080910402602001604051908101604052809291908181526020018280546113b4906132dd565b80156113ff5780601f106113d6576101008083540402835291602001916113ff565b820191905f5260205f20905b8154815290600101906020018083116113e257829003601f168201915b50505050508152602001600282018054611418906132dd565b80601f0160208091040260200160405190810160405280929190818152602001828054611444906132dd565b801561148f5780601f106114665761010080835404028352916020019161148f565b820191905f5260205f20905b81548152906001019060200180831161147257829003601f168201915b50505091835250506003919091015460ff80821660208085019190915263ffffffff610100840481166040808701919091526001600160a01b03650100000000008604166060870152600160c81b90940416608090940193909352928452805160a0810190915260048501805494909201939092839116600281111561151757611517612f44565b600281111561152857611528612f44565b815281546001600160401b0361010082048116602080850191909152600160481b909204811660408085019190915260018501546001600160a01b03166060850152600290940154608090930192909252928452600794909401546001600160601b03811692840192909252600160601b90910490921691015290525092915050565b806115b583611f20565b60010180546001600160a01b0319166001600160a01b0392831617905560405190821681526001600160401b038316907f2f6fd3229712f3e15a747281094b7eaa9398f475df826a18c4c5e4ef2283c7b7906020015b60405180910390a25050565b5f5f61162288611fd4565b80549091506001600160a01b0316331480159061164c575060018101546001600160a01b03163314155b1561167b57604051632b9097a960e21b81526001600160401b03891660048201523360248201526044016101fe565b8054600160e01b900460ff16156116b057604051635a49ee2360e11b81526001600160401b03891660048201526024016101fe565b600781015460ff1660028160028111156116cc576116cc612f44565b146116ee578881604051630ce1d40560e11b81526004016101fe929190614292565b600a820154600160601b90046001600160401b03168015801590611726575082546001600160401b03808316600160a01b9092041610155b1561175757604051630373f6f960e21b81526001600160401b03808c166004830152821660248201526044016101fe565b60078301546001600160401b03610100909104811690891610156117b557600783015460405163cf27744f60e01b81526001600160401b03808d166004830152808b16602483015261010090920490911660448201526064016101fe565b6001600160401b03881640806117e957604051631fa98c9760e11b81526001600160401b038a1660048201526024016101fe565b89811461182257604051634b53adcb60e01b81526001600160401b038a16600482015260248101829052604481018b90526064016101fe565b5f61182e8c8c8b61079a565b9050611865858d838f8f8f8f8f8f604051602001611851969594939291906142af565b60405160208183030381529060405261223f565b604080518d81526001600160401b038d8116602083015263ffffffff8d8116838501528416606083015291519298508392918f16917f741e1c561c6e4379fa7558624b46216f5c037c687ac5d8fb501ebfbf62eb10799181900360800190a36118ce858d6125e8565b50505050509695505050505050565b5f366118e9838061325d565b90505f6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663b96ed13e6119286020850185612d34565b6040516001600160e01b031960e084901b1681526001600160401b0390911660048201526024015f60405180830381865afa158015611969573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052611990919081019061407c565b905080602001516119cd576119a86020830183612d34565b604051633218381f60e21b81526001600160401b0390911660048201526024016101fe565b6119dd60e0850160c086016142fe565b6001600160601b03165f03611a2057604051630bacb02960e31b81526020600482015260086024820152677a65726f2066656560c01b60448201526064016101fe565b5f816040015161012001516001600160601b031690505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316634e5b38446040518163ffffffff1660e01b8152600401602060405180830381865afa158015611a93573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611ab79190614319565b6001600160601b0316905081811115611ace578091505b5f836040015161014001516001600160601b0316846040015160a001515f01516001600160401b0316611b019190614235565b611b0b9084613b40565b905080611b1e60e0890160c08a016142fe565b6001600160601b03161015611b6957611b3d60e0880160c089016142fe565b60405163a70c084760e01b81526001600160601b039091166004820152602481018290526044016101fe565b602087015f6002611b7d6020840184614334565b6002811115611b8e57611b8e612f44565b14611b9a576060611b9d565b60c05b90507f000000000000000000000000000000000000000000000000000000000000000081611bce60208a018a613287565b611bd9929150613b40565b1115611c3b5780611bed6020890189613287565b611bf8929150613b40565b604051630693c11960e21b815260048101919091527f000000000000000000000000000000000000000000000000000000000000000060248201526044016101fe565b5f611c4e8888604001516060015161265b565b905080515f03611c6657611c61836128cb565b995090505b805115611c885780604051630bacb02960e31b81526004016101fe919061434f565b5050505050505050919050565b63ffffffff81165f908152600460205260408120805490916001600160401b039091169003611cdf5760405163f1deb00f60e01b815263ffffffff831660048201526024016101fe565b8054600160a01b900460ff1615611d115760405163da4a137f60e01b815263ffffffff831660048201526024016101fe565b919050565b825460ff60a01b1916600160a01b1783556001545f82821015611dc8576040516327e235e360e01b81523060048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906327e235e390602401602060405180830381865afa158015611d95573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611db99190613e4c565b9050611dc58183613b40565b91505b611dd2838361424c565b60015584546001600160401b03165f81815260026020908152604091829020915186815263ffffffff88169184917ff0e5fcd2b7d76c9373ab78336762c7debbff58ddd16462bb51f321e739f1124d910160405180910390a38054600160e01b900460ff1615611e56578054611e51906001600160a01b031686611f62565b611e6f565b84816002015f828254611e699190613b40565b90915550505b8215611f17576040518381527f560dd8dc464510d38696b95f61c67ca9ae96574d84be1b1ce5d2aecc440b83879060200160405180910390a17f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316633ccfd60b6040518163ffffffff1660e01b81526004015f604051808303815f87803b158015611f00575f5ffd5b505af1158015611f12573d5f5f3e3d5ffd5b505050505b50505050505050565b5f611f2a82611fd4565b80549091506001600160a01b03163314611d1157604051634f9af33f60e01b81526001600160401b03831660048201526024016101fe565b805f03611f6d575050565b6001600160a01b0382165f9081526005602052604081208054839290611f94908490613b40565b90915550506040518181526001600160a01b038316907f9c9e0cdb1670e88302408e5b941dc636f63a3293204694bb68910fcf3d9305f39060200161160b565b6001600160401b0381165f90815260026020526040902080546001600160a01b0316611d1157604051636c3d96e560e11b81526001600160401b03831660048201526024016101fe565b82545f90600160e01b900460ff161561205557604051635a49ee2360e11b81526001600160401b03841660048201526024016101fe565b60078401805460ff16600281600281111561207257612072612f44565b03612094578481604051630ce1d40560e11b81526004016101fe929190614292565b600a860154600160601b90046001600160401b031680158015906120ca5750806001600160401b0316856001600160401b031610155b156120fb57604051630373f6f960e21b81526001600160401b038088166004830152821660248201526044016101fe565b82545f9061211d906001600160401b03600160481b9091048116908816614235565b8454612137919061010090046001600160401b0316613b40565b9050805f84600281111561214d5761214d612f44565b14612158574361215a565b425b1015612193576040516338facdd960e21b81526001600160401b03808916600483015287166024820152604481018290526064016101fe565b5f61219e888861074d565b90506121d98989838b8b87604051602001611851939291906001600160401b0393841681529183166020830152909116604082015260600190565b604080516001600160401b038a8116825263ffffffff8416602083015292985083928b16917f3d8cc01d14e24ac08bea64d2eb91e7bf98d6784df9c42c154888166770932c6a910160405180910390a361223389896125e8565b50505050509392505050565b5f8281526003602052604081205463ffffffff161561228357604051633b4fa42b60e11b81526001600160401b0385166004820152602481018490526044016101fe565b600a85015460028601546001600160601b0390911690818110156122db5760405163691b672f60e11b81526001600160401b0387166004820152602481018290526001600160601b03831660448201526064016101fe565b5f858152600360205260409020805463ffffffff191663ffffffff17905561230c6001600160601b0383168261424c565b600288015586546001908890601490612336908490600160a01b90046001600160401b0316614361565b82546001600160401b0391821661010093840a908102920219161790915560408051610120810182525f808252606060208301819052928201819052828201839052608082019290925260a0810182905260c0810182905260e081018290529182015260038901915081546001600160401b031681526040516123c29060018401908890602001614380565b60408051601f1981840301815291905260208201526002820180546123e6906132dd565b80601f0160208091040260200160405190810160405280929190818152602001828054612412906132dd565b801561245d5780601f106124345761010080835404028352916020019161245d565b820191905f5260205f20905b81548152906001019060200180831161244057829003601f168201915b50505050506080820152600382015460ff811660a083015261010080820463ffffffff90811660c08501526501000000000083046001600160a01b0390811660e0860152600160c81b9093041690830152604051631b9a1f0160e01b81527f000000000000000000000000000000000000000000000000000000000000000090911690631b9a1f01906001600160601b038716906124ff908590600401614400565b60206040518083038185885af115801561251b573d5f5f3e3d5ffd5b50505050506040513d601f19601f8201168201806040525081019061254091906144d3565b5f978852600360209081526040808a20805463ffffffff851663ffffffff19909116811790915581516060810183526001600160401b039c8d1681526001600160601b039889168185019081528184018d8152928d52600490945291909a209051815492519a511515600160a01b0260ff60a01b199b909816600160401b026001600160a01b03199093169b169a909a17179790971693909317909655509295945050505050565b600a82015460028301546001600160601b0390911690811115610a83576002830154604080519182526001600160601b03831660208301526001600160401b038416917fb28e0e2465eeea435ed454c4a303161e8ee8476995ae6267194ff5a10f25beaf910160405180910390a2505050565b606060ff8216612670608085018584016144ee565b60ff1610806126915750606461268c60808501606086016144ee565b60ff16115b156126c957506040805180820190915260168152757468726573686f6c64206f7574206f662072616e676560501b6020820152610794565b5f6126da60a0850160808601612d19565b90507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316639e8827166040518163ffffffff1660e01b8152600401602060405180830381865afa158015612738573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061275c91906144d3565b63ffffffff168163ffffffff1610806127ff57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663c53c45966040518163ffffffff1660e01b8152600401602060405180830381865afa1580156127cc573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906127f091906144d3565b63ffffffff168163ffffffff16115b1561283f57505060408051808201909152601c81527f726573706f6e73652077696e646f77206f7574206f662072616e6765000000006020820152610794565b63ffffffff7f00000000000000000000000000000000000000000000000000000000000000001661287660e0860160c08701612d19565b63ffffffff1611156128b55750506040805180820190915260158152740c6c2d8d8c4c2c6d640cec2e640e8dede40d0d2ced605b1b6020820152610794565b505060408051602081019091525f815292915050565b60605f60026128dd6020850185614334565b60028111156128ee576128ee612f44565b036129b8575f6129046080850160608601613204565b6001600160a01b03160361293d57505060408051808201909152600c81526b3d32b9379032b6b4ba3a32b960a11b6020820152915f9150565b61294d6040840160208501612d34565b6001600160401b031615158061297a575061296e6060840160408501612d34565b6001600160401b031615155b156129a2575f60405180606001604052806023815260200161450a6023913994909350915050565b505060408051602081019091525f815291439150565b5f6129c96080850160608601613204565b6001600160a01b03161415806129e25750608083013515155b15612a0a575f60405180606001604052806027815260200161452d6027913994909350915050565b5f80612a196020860186614334565b6002811115612a2a57612a2a612f44565b14905080612a5157612a426060850160408601612d34565b6001600160401b031615612a6e565b601e612a636060860160408701612d34565b6001600160401b0316105b15612aa457505060408051808201909152601081526f1c195c9a5bd9081d1bdbc81cda1bdc9d60821b6020820152925f92509050565b5f81612ab05743612ab2565b425b9050612ac46040860160208701612d34565b6001600160401b03165f03612aeb5760408051602081019091525f81529590945092505050565b80612afc6040870160208801612d34565b6001600160401b03161015612b3e5750506040805180820190915260118152701cdd185c9d081a5b881d1a19481c185cdd607a1b6020820152935f9350915050565b612b4e6040860160208701612d34565b60408051602081019091525f8152969095509350505050565b6040805160c0810182525f8082526020820181905291810182905260608101829052608081019190915260a08101612b9d612ba2565b905290565b6040805161016081019091525f60808201818152606060a0840181905260c084015260e0830182905261010083018290526101208301829052610140830191909152815260208101612c1b6040805160a08101909152805f81525f60208201819052604082018190526060820181905260809091015290565b81525f6020820181905260409091015290565b5f60208284031215612c3e575f5ffd5b81356001600160401b03811115612c53575f5ffd5b820161010081850312156107ec575f5ffd5b6001600160401b0381168114612c79575f5ffd5b50565b8035611d1181612c65565b5f5f60408385031215612c98575f5ffd5b8235612ca381612c65565b91506020830135612cb381612c65565b809150509250929050565b63ffffffff81168114612c79575f5ffd5b8035611d1181612cbe565b5f5f5f60608486031215612cec575f5ffd5b8335612cf781612c65565b9250602084013591506040840135612d0e81612cbe565b809150509250925092565b5f60208284031215612d29575f5ffd5b81356107ec81612cbe565b5f60208284031215612d44575f5ffd5b81356107ec81612c65565b5f60c08284031215612d5f575f5ffd5b50919050565b5f5f83601f840112612d75575f5ffd5b5081356001600160401b03811115612d8b575f5ffd5b6020830191508360208260051b8501011115612da5575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a031215612dc2575f5ffd5b8735612dcd81612cbe565b965060208801356001600160401b03811115612de7575f5ffd5b8801610280818b031215612df9575f5ffd5b955060408801356001600160401b03811115612e13575f5ffd5b612e1f8a828b01612d4f565b955050606088013593506080880135925060a08801356001600160401b03811115612e48575f5ffd5b612e548a828b01612d65565b989b979a50959850939692959293505050565b5f60208284031215612e77575f5ffd5b5035919050565b5f5f5f60408486031215612e90575f5ffd5b8335612e9b81612c65565b925060208401356001600160401b03811115612eb5575f5ffd5b612ec186828701612d65565b9497909650939450505050565b602080825282518282018190525f918401906040840190835b81811015612f0b57835163ffffffff16835260209384019390920191600101612ee7565b509095945050505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b634e487b7160e01b5f52602160045260245ffd5b60038110612f6857612f68612f44565b9052565b612f77828251612f58565b6001600160401b0360208201511660208301526001600160401b03604082015116604083015260018060a01b036060820151166060830152608081015160808301525050565b6020815260018060a01b0382511660208201526001600160401b03602083015116604082015260408201511515606082015260018060a01b036060830151166080820152608082015160a08201525f60a083015160c080840152805161010060e08501526001600160401b038151166101e0850152602081015160e061020086015261304d6102c0860182612f16565b905060408201516101df198683030161022087015261306c8282612f16565b91505060ff60608301511661024086015263ffffffff60808301511661026086015260a08201516130a96102808701826001600160a01b03169052565b5060c082015191506130c46102a086018363ffffffff169052565b602083015191506130d9610100860183612f6c565b60408301516001600160601b03166101a08601526060909201516001600160401b03166101c0909401939093529392505050565b6001600160a01b0381168114612c79575f5ffd5b8035611d118161310d565b5f5f6040838503121561313d575f5ffd5b823561314881612c65565b91506020830135612cb38161310d565b5f5f5f5f5f5f60a0878903121561316d575f5ffd5b863561317881612c65565b955060208701359450604087013561318f81612c65565b9350606087013561319f81612cbe565b925060808701356001600160401b038111156131b9575f5ffd5b8701601f810189136131c9575f5ffd5b80356001600160401b038111156131de575f5ffd5b8960208284010111156131ef575f5ffd5b60208201935080925050509295509295509295565b5f60208284031215613214575f5ffd5b81356107ec8161310d565b634e487b7160e01b5f52601160045260245ffd5b5f6001600160401b0382166001600160401b0381036132545761325461321f565b60010192915050565b5f823560de19833603018112613271575f5ffd5b9190910192915050565b5f813561079481612c65565b5f5f8335601e1984360301811261329c575f5ffd5b8301803591506001600160401b038211156132b5575f5ffd5b602001915036819003821315612da5575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806132f157607f821691505b602082108103612d5f57634e487b7160e01b5f52602260045260245ffd5b601f821115610a8357805f5260205f20601f840160051c810160208510156133345750805b601f840160051c820191505b81811015613353575f8155600101613340565b5050505050565b6001600160401b03831115613371576133716132c9565b6133858361337f83546132dd565b8361330f565b5f601f8411600181146133b6575f851561339f5750838201355b5f19600387901b1c1916600186901b178355613353565b5f83815260208120601f198716915b828110156133e557868501358255602094850194600190920191016133c5565b5086821015613401575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b60ff81168114612c79575f5ffd5b5f813561079481613413565b5f813561079481612cbe565b5f81356107948161310d565b60038110612c79575f5ffd5b813561345c81613445565b6003811061346c5761346c612f44565b815460ff821691508160ff198216178355602084013561348b81612c65565b68ffffffffffffffff008160081b168368ffffffffffffffffff198416171784555050505f60408301356134be81612c65565b825470ffffffffffffffff0000000000000000001916604882901b70ffffffffffffffff0000000000000000001617835590505061352561350160608401613439565b6001830180546001600160a01b0319166001600160a01b0392909216919091179055565b60809190910135600290910155565b6001600160601b0381168114612c79575f5ffd5b5f813561079481613534565b813560de19833603018112613567575f5ffd5b8201803561357481612c65565b6001600160401b0381166001600160401b0319845416178355506001820161359f6020830183613287565b6001600160401b038111156135b6576135b66132c9565b6135ca816135c485546132dd565b8561330f565b5f601f8211600181146135fb575f83156135e45750838201355b5f19600385901b1c1916600184901b178555613652565b5f85815260208120601f198516915b8281101561362a578685013582556020948501946001909201910161360a565b5084821015613646575f1960f88660031b161c19848701351681555b505060018360011b0185555b50505050506136646040820182613287565b61367281836002870161335a565b50506003820161369861368760608401613421565b825460ff191660ff91909116178255565b6136c36136a76080840161342d565b825464ffffffff00191660089190911b64ffffffff0016178255565b6137006136d260a08401613439565b82805465010000000000600160c81b03191660289290921b65010000000000600160c81b0316919091179055565b61373361370f60c0840161342d565b82805463ffffffff60c81b191660c89290921b63ffffffff60c81b16919091179055565b50506137456020830160048301613451565b6007810161377a61375860c08501613548565b82546bffffffffffffffffffffffff19166001600160601b0391909116178255565b610a8361378960e0850161327b565b82805467ffffffffffffffff60601b191660609290921b67ffffffffffffffff60601b16919091179055565b5f5f8335601e198436030181126137ca575f5ffd5b83016020810192503590506001600160401b038111156137e8575f5ffd5b803603821315612da5575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b8035611d1181613413565b803561383481613445565b61383e8382612f58565b50602081013561384d81612c65565b6001600160401b03166020830152604081013561386981612c65565b6001600160401b0316604083015260608101356138858161310d565b6001600160a01b03166060830152608090810135910152565b8035611d1181613534565b606081525f843560de198636030181126138c1575f5ffd5b6101006060840152850180356138d681612c65565b6001600160401b03166101608401526138f260208201826137b5565b60e0610180860152613909610240860182846137f6565b91505061391960408301836137b5565b85830361015f19016101a08701526139328382846137f6565b92505050606082013561394481613413565b60ff166101c085015261395960808301612ccf565b63ffffffff166101e085015261397160a08301613121565b6001600160a01b031661020085015261398c60c08301612ccf565b63ffffffff811661022086015291506139ab6080850160208901613829565b6139b760c0880161389e565b6001600160601b03811661012086015291506139d560e08801612c7c565b6001600160401b039081166101408601528616602085015291506139f69050565b826040830152949350505050565b60405160c081016001600160401b0381118282101715613a2657613a266132c9565b60405290565b604051606081016001600160401b0381118282101715613a2657613a266132c9565b60405161018081016001600160401b0381118282101715613a2657613a266132c9565b604051601f8201601f191681016001600160401b0381118282101715613a9957613a996132c9565b604052919050565b8051611d1181613413565b8051611d1181612cbe565b8051611d118161310d565b5f60c0828403128015613ad3575f5ffd5b50613adc613a04565b8251815260208084015190820152604083015160048110613afb575f5ffd5b60408201526060830151613b0e81613413565b60608201526080830151613b2181612cbe565b608082015260a0830151613b348161310d565b60a08201529392505050565b808201808211156107945761079461321f565b60028110612c79575f5ffd5b8035611d1181613b53565b60028110612f6857612f68612f44565b8035613b8581612c65565b6001600160401b031682526020810135613b9e81612c65565b6001600160401b031660208301526040810135613bba81612cbe565b63ffffffff1660408301526060810135613bd381612cbe565b63ffffffff81166060840152505050565b61ffff81168114612c79575f5ffd5b8035611d1181613be4565b613c1882613c0b83612c7c565b6001600160401b03169052565b602081810135908301525f613c2f60408301613b5f565b613c3c6040850182613b6a565b5060608281013590840152613c576080808501908401613b7a565b6101008281013590840152613c706101208301836137b5565b610280610120860152613c88610280860182846137f6565b915050613c98610140840161381e565b60ff16610140850152613cae6101608401612ccf565b63ffffffff16610160850152613cc76101808401612ccf565b63ffffffff16610180850152613ce06101a08401613121565b6001600160a01b03166101a0850152613cfc6101c08401613121565b6001600160a01b03166101c0850152613d186101e08401612ccf565b63ffffffff166101e0850152613d31610200840161389e565b6001600160601b0316610200850152613d4d6102208401613bf3565b61ffff16610220850152613d646102408401612ccf565b63ffffffff16610240850152613d7d6102608401612c7c565b6001600160401b0381166102608601525b509392505050565b602081525f6107ec6020830184613bfe565b604081525f613dba6040830185613bfe565b82810360208401528335613dcd81612cbe565b63ffffffff1681526020840135613de381613413565b60ff16602082015260408481013590820152613e0260608501856137b5565b60c06060840152613e1760c0840182846137f6565b9150506080850135613e2881612c65565b6001600160401b0316608083015260a0948501359490910193909352509092915050565b5f60208284031215613e5c575f5ffd5b5051919050565b858152846020820152836040820152608060608201528160808201525f60018060fb1b03831115613e92575f5ffd5b8260051b808560a08501379190910160a0019695505050505050565b80518015158114611d11575f5ffd5b5f60208284031215613ecd575f5ffd5b6107ec82613eae565b8051611d1181613b53565b5f60808284031215613ef1575f5ffd5b604051608081016001600160401b0381118282101715613f1357613f136132c9565b80604052508091508251613f2681612c65565b81526020830151613f3681612c65565b60208201526040830151613f4981612cbe565b60408201526060830151613f5c81612cbe565b6060919091015292915050565b5f82601f830112613f78575f5ffd5b81516001600160401b03811115613f9157613f916132c9565b8060051b613fa160208201613a71565b91825260208185018101929081019086841115613fbc575f5ffd5b6020860192505b8383101561405c5782516001600160401b03811115613fe0575f5ffd5b8601603f81018813613ff0575f5ffd5b60208101516001600160401b0381111561400c5761400c6132c9565b61401f601f8201601f1916602001613a71565b8181526040838301018a1015614033575f5ffd5b8160408401602083015e5f60208383010152808552505050602082019150602083019250613fc3565b9695505050505050565b8051611d1181613be4565b8051611d1181613534565b5f6020828403121561408c575f5ffd5b81516001600160401b038111156140a1575f5ffd5b8201606081850312156140b2575f5ffd5b6140ba613a2c565b81516140c58161310d565b81526140d360208301613eae565b602082015260408201516001600160401b038111156140f0575f5ffd5b91909101906101e08286031215614105575f5ffd5b61410d613a4e565b8251815261411d60208401613ed6565b602082015261412e60408401613ed6565b604082015261413f60608401613aa1565b606082015261415060808401613ab7565b60808201526141628660a08501613ee1565b60a08201526101208301516001600160401b03811115614180575f5ffd5b61418c87828601613f69565b60c08301525061419f6101408401614066565b60e08201526141b16101608401613aac565b6101008201526141c46101808401614071565b6101208201526141d76101a08401614071565b6101408201526101c08301516001600160401b038111156141f6575f5ffd5b61420287828601613f69565b610160830152506040820152949350505050565b6001600160401b0382811682821603908111156107945761079461321f565b80820281158282048414176107945761079461321f565b818103818111156107945761079461321f565b5f8261427957634e487b7160e01b5f52601260045260245ffd5b500490565b634e487b7160e01b5f52603260045260245ffd5b6001600160401b0383168152604081016107ec6020830184612f58565b6001600160401b03871681528560208201526001600160401b038516604082015263ffffffff8416606082015260a060808201525f6142f260a0830184866137f6565b98975050505050505050565b5f6020828403121561430e575f5ffd5b81356107ec81613534565b5f60208284031215614329575f5ffd5b81516107ec81613534565b5f60208284031215614344575f5ffd5b81356107ec81613445565b602081525f6107ec6020830184612f16565b6001600160401b0381811683821601908111156107945761079461321f565b5f5f845461438d816132dd565b6001821680156143a457600181146143b9576143e6565b60ff19831686528115158202860193506143e6565b875f5260205f205f5b838110156143de578154888201526001909101906020016143c2565b505081860193505b50505083518060208601835e5f9101908152949350505050565b6020815261441a6020820183516001600160401b03169052565b5f60208301516101206040840152614436610140840182612f16565b9050604084015160608401526060840151601f1984830301608085015261445d8282612f16565b9150506080840151601f198483030160a085015261447b8282612f16565b91505060a084015161449260c085018260ff169052565b5060c084015163ffffffff811660e08501525060e08401516001600160a01b0381166101008501525061010084015163ffffffff8116610120850152613d8e565b5f602082840312156144e3575f5ffd5b81516107ec81612cbe565b5f602082840312156144fe575f5ffd5b81356107ec8161341356fe7374617274206f7220706572696f64206f6e20616e206576656e742074726967676572656d6974746572206f7220746f706963206f6e2061207363686564756c65642074726967676572",
}

// TriggerRegistryABI is the input ABI used to generate the binding from.
// Deprecated: Use TriggerRegistryMetaData.ABI instead.
var TriggerRegistryABI = TriggerRegistryMetaData.ABI

// TriggerRegistryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use TriggerRegistryMetaData.Bin instead.
var TriggerRegistryBin = TriggerRegistryMetaData.Bin

// DeployTriggerRegistry deploys a new Ethereum contract, binding an instance of TriggerRegistry to it.
func DeployTriggerRegistry(auth *bind.TransactOpts, backend bind.ContractBackend, taskManager_ common.Address) (common.Address, *types.Transaction, *TriggerRegistry, error) {
	parsed, err := TriggerRegistryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(TriggerRegistryBin), backend, taskManager_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &TriggerRegistry{TriggerRegistryCaller: TriggerRegistryCaller{contract: contract}, TriggerRegistryTransactor: TriggerRegistryTransactor{contract: contract}, TriggerRegistryFilterer: TriggerRegistryFilterer{contract: contract}}, nil
}

// TriggerRegistry is an auto generated Go binding around an Ethereum contract.
type TriggerRegistry struct {
	TriggerRegistryCaller     // Read-only binding to the contract
	TriggerRegistryTransactor // Write-only binding to the contract
	TriggerRegistryFilterer   // Log filterer for contract events
}

// TriggerRegistryCaller is an auto generated read-only Go binding around an Ethereum contract.
type TriggerRegistryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TriggerRegistryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type TriggerRegistryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TriggerRegistryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type TriggerRegistryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TriggerRegistrySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type TriggerRegistrySession struct {
	Contract     *TriggerRegistry  // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// TriggerRegistryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type TriggerRegistryCallerSession struct {
	Contract *TriggerRegistryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts          // Call options to use throughout this session
}

// TriggerRegistryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type TriggerRegistryTransactorSession struct {
	Contract     *TriggerRegistryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts          // Transaction auth options to use throughout this session
}

// TriggerRegistryRaw is an auto generated low-level Go binding around an Ethereum contract.
type TriggerRegistryRaw struct {
	Contract *TriggerRegistry // Generic contract binding to access the raw methods on
}

// TriggerRegistryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type TriggerRegistryCallerRaw struct {
	Contract *TriggerRegistryCaller // Generic read-only contract binding to access the raw methods on
}

// TriggerRegistryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type TriggerRegistryTransactorRaw struct {
	Contract *TriggerRegistryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewTriggerRegistry creates a new instance of TriggerRegistry, bound to a specific deployed contract.
func NewTriggerRegistry(address common.Address, backend bind.ContractBackend) (*TriggerRegistry, error) {
	contract, err := bindTriggerRegistry(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &TriggerRegistry{TriggerRegistryCaller: TriggerRegistryCaller{contract: contract}, TriggerRegistryTransactor: TriggerRegistryTransactor{contract: contract}, TriggerRegistryFilterer: TriggerRegistryFilterer{contract: contract}}, nil
}

// NewTriggerRegistryCaller creates a new read-only instance of TriggerRegistry, bound to a specific deployed contract.
func NewTriggerRegistryCaller(address common.Address, caller bind.ContractCaller) (*TriggerRegistryCaller, error) {
	contract, err := bindTriggerRegistry(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &TriggerRegistryCaller{contract: contract}, nil
}

// NewTriggerRegistryTransactor creates a new write-only instance of TriggerRegistry, bound to a specific deployed contract.
func NewTriggerRegistryTransactor(address common.Address, transactor bind.ContractTransactor) (*TriggerRegistryTransactor, error) {
	contract, err := bindTriggerRegistry(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &TriggerRegistryTransactor{contract: contract}, nil
}

// NewTriggerRegistryFilterer creates a new log filterer instance of TriggerRegistry, bound to a specific deployed contract.
func NewTriggerRegistryFilterer(address common.Address, filterer bind.ContractFilterer) (*TriggerRegistryFilterer, error) {
	contract, err := bindTriggerRegistry(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &TriggerRegistryFilterer{contract: contract}, nil
}

// bindTriggerRegistry binds a generic wrapper to an already deployed contract.
func bindTriggerRegistry(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := TriggerRegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_TriggerRegistry *TriggerRegistryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _TriggerRegistry.Contract.TriggerRegistryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_TriggerRegistry *TriggerRegistryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TriggerRegistry.Contract.TriggerRegistryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_TriggerRegistry *TriggerRegistryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _TriggerRegistry.Contract.TriggerRegistryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_TriggerRegistry *TriggerRegistryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _TriggerRegistry.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_TriggerRegistry *TriggerRegistryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TriggerRegistry.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_TriggerRegistry *TriggerRegistryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _TriggerRegistry.Contract.contract.Transact(opts, method, params...)
}

// EVENTSUFFIX is a free data retrieval call binding the contract method 0x664457db.
//
// Solidity: function EVENT_SUFFIX() view returns(uint256)
func (_TriggerRegistry *TriggerRegistryCaller) EVENTSUFFIX(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _TriggerRegistry.contract.Call(opts, &out, "EVENT_SUFFIX")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// EVENTSUFFIX is a free data retrieval call binding the contract method 0x664457db.
//
// Solidity: function EVENT_SUFFIX() view returns(uint256)
func (_TriggerRegistry *TriggerRegistrySession) EVENTSUFFIX() (*big.Int, error) {
	return _TriggerRegistry.Contract.EVENTSUFFIX(&_TriggerRegistry.CallOpts)
}

// EVENTSUFFIX is a free data retrieval call binding the contract method 0x664457db.
//
// Solidity: function EVENT_SUFFIX() view returns(uint256)
func (_TriggerRegistry *TriggerRegistryCallerSession) EVENTSUFFIX() (*big.Int, error) {
	return _TriggerRegistry.Contract.EVENTSUFFIX(&_TriggerRegistry.CallOpts)
}

// MINTIMEPERIOD is a free data retrieval call binding the contract method 0x1abea6f5.
//
// Solidity: function MIN_TIME_PERIOD() view returns(uint64)
func (_TriggerRegistry *TriggerRegistryCaller) MINTIMEPERIOD(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _TriggerRegistry.contract.Call(opts, &out, "MIN_TIME_PERIOD")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// MINTIMEPERIOD is a free data retrieval call binding the contract method 0x1abea6f5.
//
// Solidity: function MIN_TIME_PERIOD() view returns(uint64)
func (_TriggerRegistry *TriggerRegistrySession) MINTIMEPERIOD() (uint64, error) {
	return _TriggerRegistry.Contract.MINTIMEPERIOD(&_TriggerRegistry.CallOpts)
}

// MINTIMEPERIOD is a free data retrieval call binding the contract method 0x1abea6f5.
//
// Solidity: function MIN_TIME_PERIOD() view returns(uint64)
func (_TriggerRegistry *TriggerRegistryCallerSession) MINTIMEPERIOD() (uint64, error) {
	return _TriggerRegistry.Contract.MINTIMEPERIOD(&_TriggerRegistry.CallOpts)
}

// SCHEDULEDSUFFIX is a free data retrieval call binding the contract method 0x1a21d94b.
//
// Solidity: function SCHEDULED_SUFFIX() view returns(uint256)
func (_TriggerRegistry *TriggerRegistryCaller) SCHEDULEDSUFFIX(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _TriggerRegistry.contract.Call(opts, &out, "SCHEDULED_SUFFIX")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SCHEDULEDSUFFIX is a free data retrieval call binding the contract method 0x1a21d94b.
//
// Solidity: function SCHEDULED_SUFFIX() view returns(uint256)
func (_TriggerRegistry *TriggerRegistrySession) SCHEDULEDSUFFIX() (*big.Int, error) {
	return _TriggerRegistry.Contract.SCHEDULEDSUFFIX(&_TriggerRegistry.CallOpts)
}

// SCHEDULEDSUFFIX is a free data retrieval call binding the contract method 0x1a21d94b.
//
// Solidity: function SCHEDULED_SUFFIX() view returns(uint256)
func (_TriggerRegistry *TriggerRegistryCallerSession) SCHEDULEDSUFFIX() (*big.Int, error) {
	return _TriggerRegistry.Contract.SCHEDULEDSUFFIX(&_TriggerRegistry.CallOpts)
}

// Credits is a free data retrieval call binding the contract method 0xfe5ff468.
//
// Solidity: function credits(address ) view returns(uint256)
func (_TriggerRegistry *TriggerRegistryCaller) Credits(opts *bind.CallOpts, arg0 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _TriggerRegistry.contract.Call(opts, &out, "credits", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Credits is a free data retrieval call binding the contract method 0xfe5ff468.
//
// Solidity: function credits(address ) view returns(uint256)
func (_TriggerRegistry *TriggerRegistrySession) Credits(arg0 common.Address) (*big.Int, error) {
	return _TriggerRegistry.Contract.Credits(&_TriggerRegistry.CallOpts, arg0)
}

// Credits is a free data retrieval call binding the contract method 0xfe5ff468.
//
// Solidity: function credits(address ) view returns(uint256)
func (_TriggerRegistry *TriggerRegistryCallerSession) Credits(arg0 common.Address) (*big.Int, error) {
	return _TriggerRegistry.Contract.Credits(&_TriggerRegistry.CallOpts, arg0)
}

// DueCount is a free data retrieval call binding the contract method 0x66efb33e.
//
// Solidity: function dueCount(uint64 id) view returns(uint64)
func (_TriggerRegistry *TriggerRegistryCaller) DueCount(opts *bind.CallOpts, id uint64) (uint64, error) {
	var out []interface{}
	err := _TriggerRegistry.contract.Call(opts, &out, "dueCount", id)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// DueCount is a free data retrieval call binding the contract method 0x66efb33e.
//
// Solidity: function dueCount(uint64 id) view returns(uint64)
func (_TriggerRegistry *TriggerRegistrySession) DueCount(id uint64) (uint64, error) {
	return _TriggerRegistry.Contract.DueCount(&_TriggerRegistry.CallOpts, id)
}

// DueCount is a free data retrieval call binding the contract method 0x66efb33e.
//
// Solidity: function dueCount(uint64 id) view returns(uint64)
func (_TriggerRegistry *TriggerRegistryCallerSession) DueCount(id uint64) (uint64, error) {
	return _TriggerRegistry.Contract.DueCount(&_TriggerRegistry.CallOpts, id)
}

// EventFiringId is a free data retrieval call binding the contract method 0x31538f2a.
//
// Solidity: function eventFiringId(uint64 id, bytes32 blockHash, uint32 logIndex) view returns(bytes32)
func (_TriggerRegistry *TriggerRegistryCaller) EventFiringId(opts *bind.CallOpts, id uint64, blockHash [32]byte, logIndex uint32) ([32]byte, error) {
	var out []interface{}
	err := _TriggerRegistry.contract.Call(opts, &out, "eventFiringId", id, blockHash, logIndex)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// EventFiringId is a free data retrieval call binding the contract method 0x31538f2a.
//
// Solidity: function eventFiringId(uint64 id, bytes32 blockHash, uint32 logIndex) view returns(bytes32)
func (_TriggerRegistry *TriggerRegistrySession) EventFiringId(id uint64, blockHash [32]byte, logIndex uint32) ([32]byte, error) {
	return _TriggerRegistry.Contract.EventFiringId(&_TriggerRegistry.CallOpts, id, blockHash, logIndex)
}

// EventFiringId is a free data retrieval call binding the contract method 0x31538f2a.
//
// Solidity: function eventFiringId(uint64 id, bytes32 blockHash, uint32 logIndex) view returns(bytes32)
func (_TriggerRegistry *TriggerRegistryCallerSession) EventFiringId(id uint64, blockHash [32]byte, logIndex uint32) ([32]byte, error) {
	return _TriggerRegistry.Contract.EventFiringId(&_TriggerRegistry.CallOpts, id, blockHash, logIndex)
}

// FiredTask is a free data retrieval call binding the contract method 0x9fae46b7.
//
// Solidity: function firedTask(bytes32 ) view returns(uint32)
func (_TriggerRegistry *TriggerRegistryCaller) FiredTask(opts *bind.CallOpts, arg0 [32]byte) (uint32, error) {
	var out []interface{}
	err := _TriggerRegistry.contract.Call(opts, &out, "firedTask", arg0)

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// FiredTask is a free data retrieval call binding the contract method 0x9fae46b7.
//
// Solidity: function firedTask(bytes32 ) view returns(uint32)
func (_TriggerRegistry *TriggerRegistrySession) FiredTask(arg0 [32]byte) (uint32, error) {
	return _TriggerRegistry.Contract.FiredTask(&_TriggerRegistry.CallOpts, arg0)
}

// FiredTask is a free data retrieval call binding the contract method 0x9fae46b7.
//
// Solidity: function firedTask(bytes32 ) view returns(uint32)
func (_TriggerRegistry *TriggerRegistryCallerSession) FiredTask(arg0 [32]byte) (uint32, error) {
	return _TriggerRegistry.Contract.FiredTask(&_TriggerRegistry.CallOpts, arg0)
}

// FiringId is a free data retrieval call binding the contract method 0x243428d6.
//
// Solidity: function firingId(uint64 id, uint64 index) view returns(bytes32)
func (_TriggerRegistry *TriggerRegistryCaller) FiringId(opts *bind.CallOpts, id uint64, index uint64) ([32]byte, error) {
	var out []interface{}
	err := _TriggerRegistry.contract.Call(opts, &out, "firingId", id, index)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// FiringId is a free data retrieval call binding the contract method 0x243428d6.
//
// Solidity: function firingId(uint64 id, uint64 index) view returns(bytes32)
func (_TriggerRegistry *TriggerRegistrySession) FiringId(id uint64, index uint64) ([32]byte, error) {
	return _TriggerRegistry.Contract.FiringId(&_TriggerRegistry.CallOpts, id, index)
}

// FiringId is a free data retrieval call binding the contract method 0x243428d6.
//
// Solidity: function firingId(uint64 id, uint64 index) view returns(bytes32)
func (_TriggerRegistry *TriggerRegistryCallerSession) FiringId(id uint64, index uint64) ([32]byte, error) {
	return _TriggerRegistry.Contract.FiringId(&_TriggerRegistry.CallOpts, id, index)
}

// GetTrigger is a free data retrieval call binding the contract method 0xe328ed77.
//
// Solidity: function getTrigger(uint64 id) view returns((address,uint64,bool,address,uint256,((uint64,bytes,bytes,uint8,uint32,address,uint32),(uint8,uint64,uint64,address,bytes32),uint96,uint64)))
func (_TriggerRegistry *TriggerRegistryCaller) GetTrigger(opts *bind.CallOpts, id uint64) (TriggerRegistryTrigger, error) {
	var out []interface{}
	err := _TriggerRegistry.contract.Call(opts, &out, "getTrigger", id)

	if err != nil {
		return *new(TriggerRegistryTrigger), err
	}

	out0 := *abi.ConvertType(out[0], new(TriggerRegistryTrigger)).(*TriggerRegistryTrigger)

	return out0, err

}

// GetTrigger is a free data retrieval call binding the contract method 0xe328ed77.
//
// Solidity: function getTrigger(uint64 id) view returns((address,uint64,bool,address,uint256,((uint64,bytes,bytes,uint8,uint32,address,uint32),(uint8,uint64,uint64,address,bytes32),uint96,uint64)))
func (_TriggerRegistry *TriggerRegistrySession) GetTrigger(id uint64) (TriggerRegistryTrigger, error) {
	return _TriggerRegistry.Contract.GetTrigger(&_TriggerRegistry.CallOpts, id)
}

// GetTrigger is a free data retrieval call binding the contract method 0xe328ed77.
//
// Solidity: function getTrigger(uint64 id) view returns((address,uint64,bool,address,uint256,((uint64,bytes,bytes,uint8,uint32,address,uint32),(uint8,uint64,uint64,address,bytes32),uint96,uint64)))
func (_TriggerRegistry *TriggerRegistryCallerSession) GetTrigger(id uint64) (TriggerRegistryTrigger, error) {
	return _TriggerRegistry.Contract.GetTrigger(&_TriggerRegistry.CallOpts, id)
}

// IsEventFired is a free data retrieval call binding the contract method 0x6d788e6c.
//
// Solidity: function isEventFired(uint64 id, bytes32 blockHash, uint32 logIndex) view returns(bool)
func (_TriggerRegistry *TriggerRegistryCaller) IsEventFired(opts *bind.CallOpts, id uint64, blockHash [32]byte, logIndex uint32) (bool, error) {
	var out []interface{}
	err := _TriggerRegistry.contract.Call(opts, &out, "isEventFired", id, blockHash, logIndex)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsEventFired is a free data retrieval call binding the contract method 0x6d788e6c.
//
// Solidity: function isEventFired(uint64 id, bytes32 blockHash, uint32 logIndex) view returns(bool)
func (_TriggerRegistry *TriggerRegistrySession) IsEventFired(id uint64, blockHash [32]byte, logIndex uint32) (bool, error) {
	return _TriggerRegistry.Contract.IsEventFired(&_TriggerRegistry.CallOpts, id, blockHash, logIndex)
}

// IsEventFired is a free data retrieval call binding the contract method 0x6d788e6c.
//
// Solidity: function isEventFired(uint64 id, bytes32 blockHash, uint32 logIndex) view returns(bool)
func (_TriggerRegistry *TriggerRegistryCallerSession) IsEventFired(id uint64, blockHash [32]byte, logIndex uint32) (bool, error) {
	return _TriggerRegistry.Contract.IsEventFired(&_TriggerRegistry.CallOpts, id, blockHash, logIndex)
}

// IsFired is a free data retrieval call binding the contract method 0xa350ecd0.
//
// Solidity: function isFired(uint64 id, uint64 index) view returns(bool)
func (_TriggerRegistry *TriggerRegistryCaller) IsFired(opts *bind.CallOpts, id uint64, index uint64) (bool, error) {
	var out []interface{}
	err := _TriggerRegistry.contract.Call(opts, &out, "isFired", id, index)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsFired is a free data retrieval call binding the contract method 0xa350ecd0.
//
// Solidity: function isFired(uint64 id, uint64 index) view returns(bool)
func (_TriggerRegistry *TriggerRegistrySession) IsFired(id uint64, index uint64) (bool, error) {
	return _TriggerRegistry.Contract.IsFired(&_TriggerRegistry.CallOpts, id, index)
}

// IsFired is a free data retrieval call binding the contract method 0xa350ecd0.
//
// Solidity: function isFired(uint64 id, uint64 index) view returns(bool)
func (_TriggerRegistry *TriggerRegistryCallerSession) IsFired(id uint64, index uint64) (bool, error) {
	return _TriggerRegistry.Contract.IsFired(&_TriggerRegistry.CallOpts, id, index)
}

// MaxCallbackGas is a free data retrieval call binding the contract method 0xa8e224a4.
//
// Solidity: function maxCallbackGas() view returns(uint32)
func (_TriggerRegistry *TriggerRegistryCaller) MaxCallbackGas(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _TriggerRegistry.contract.Call(opts, &out, "maxCallbackGas")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// MaxCallbackGas is a free data retrieval call binding the contract method 0xa8e224a4.
//
// Solidity: function maxCallbackGas() view returns(uint32)
func (_TriggerRegistry *TriggerRegistrySession) MaxCallbackGas() (uint32, error) {
	return _TriggerRegistry.Contract.MaxCallbackGas(&_TriggerRegistry.CallOpts)
}

// MaxCallbackGas is a free data retrieval call binding the contract method 0xa8e224a4.
//
// Solidity: function maxCallbackGas() view returns(uint32)
func (_TriggerRegistry *TriggerRegistryCallerSession) MaxCallbackGas() (uint32, error) {
	return _TriggerRegistry.Contract.MaxCallbackGas(&_TriggerRegistry.CallOpts)
}

// MaxInlineInput is a free data retrieval call binding the contract method 0xa4878684.
//
// Solidity: function maxInlineInput() view returns(uint256)
func (_TriggerRegistry *TriggerRegistryCaller) MaxInlineInput(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _TriggerRegistry.contract.Call(opts, &out, "maxInlineInput")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MaxInlineInput is a free data retrieval call binding the contract method 0xa4878684.
//
// Solidity: function maxInlineInput() view returns(uint256)
func (_TriggerRegistry *TriggerRegistrySession) MaxInlineInput() (*big.Int, error) {
	return _TriggerRegistry.Contract.MaxInlineInput(&_TriggerRegistry.CallOpts)
}

// MaxInlineInput is a free data retrieval call binding the contract method 0xa4878684.
//
// Solidity: function maxInlineInput() view returns(uint256)
func (_TriggerRegistry *TriggerRegistryCallerSession) MaxInlineInput() (*big.Int, error) {
	return _TriggerRegistry.Contract.MaxInlineInput(&_TriggerRegistry.CallOpts)
}

// NextTriggerId is a free data retrieval call binding the contract method 0x42227fa4.
//
// Solidity: function nextTriggerId() view returns(uint64)
func (_TriggerRegistry *TriggerRegistryCaller) NextTriggerId(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _TriggerRegistry.contract.Call(opts, &out, "nextTriggerId")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// NextTriggerId is a free data retrieval call binding the contract method 0x42227fa4.
//
// Solidity: function nextTriggerId() view returns(uint64)
func (_TriggerRegistry *TriggerRegistrySession) NextTriggerId() (uint64, error) {
	return _TriggerRegistry.Contract.NextTriggerId(&_TriggerRegistry.CallOpts)
}

// NextTriggerId is a free data retrieval call binding the contract method 0x42227fa4.
//
// Solidity: function nextTriggerId() view returns(uint64)
func (_TriggerRegistry *TriggerRegistryCallerSession) NextTriggerId() (uint64, error) {
	return _TriggerRegistry.Contract.NextTriggerId(&_TriggerRegistry.CallOpts)
}

// RefundPool is a free data retrieval call binding the contract method 0x058d1097.
//
// Solidity: function refundPool() view returns(uint256)
func (_TriggerRegistry *TriggerRegistryCaller) RefundPool(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _TriggerRegistry.contract.Call(opts, &out, "refundPool")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// RefundPool is a free data retrieval call binding the contract method 0x058d1097.
//
// Solidity: function refundPool() view returns(uint256)
func (_TriggerRegistry *TriggerRegistrySession) RefundPool() (*big.Int, error) {
	return _TriggerRegistry.Contract.RefundPool(&_TriggerRegistry.CallOpts)
}

// RefundPool is a free data retrieval call binding the contract method 0x058d1097.
//
// Solidity: function refundPool() view returns(uint256)
func (_TriggerRegistry *TriggerRegistryCallerSession) RefundPool() (*big.Int, error) {
	return _TriggerRegistry.Contract.RefundPool(&_TriggerRegistry.CallOpts)
}

// TaskLinks is a free data retrieval call binding the contract method 0x7cbc5406.
//
// Solidity: function taskLinks(uint32 ) view returns(uint64 triggerId, uint96 fee, bool refunded)
func (_TriggerRegistry *TriggerRegistryCaller) TaskLinks(opts *bind.CallOpts, arg0 uint32) (struct {
	TriggerId uint64
	Fee       *big.Int
	Refunded  bool
}, error) {
	var out []interface{}
	err := _TriggerRegistry.contract.Call(opts, &out, "taskLinks", arg0)

	outstruct := new(struct {
		TriggerId uint64
		Fee       *big.Int
		Refunded  bool
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.TriggerId = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Fee = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.Refunded = *abi.ConvertType(out[2], new(bool)).(*bool)

	return *outstruct, err

}

// TaskLinks is a free data retrieval call binding the contract method 0x7cbc5406.
//
// Solidity: function taskLinks(uint32 ) view returns(uint64 triggerId, uint96 fee, bool refunded)
func (_TriggerRegistry *TriggerRegistrySession) TaskLinks(arg0 uint32) (struct {
	TriggerId uint64
	Fee       *big.Int
	Refunded  bool
}, error) {
	return _TriggerRegistry.Contract.TaskLinks(&_TriggerRegistry.CallOpts, arg0)
}

// TaskLinks is a free data retrieval call binding the contract method 0x7cbc5406.
//
// Solidity: function taskLinks(uint32 ) view returns(uint64 triggerId, uint96 fee, bool refunded)
func (_TriggerRegistry *TriggerRegistryCallerSession) TaskLinks(arg0 uint32) (struct {
	TriggerId uint64
	Fee       *big.Int
	Refunded  bool
}, error) {
	return _TriggerRegistry.Contract.TaskLinks(&_TriggerRegistry.CallOpts, arg0)
}

// TaskManager is a free data retrieval call binding the contract method 0xa50a640e.
//
// Solidity: function taskManager() view returns(address)
func (_TriggerRegistry *TriggerRegistryCaller) TaskManager(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _TriggerRegistry.contract.Call(opts, &out, "taskManager")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// TaskManager is a free data retrieval call binding the contract method 0xa50a640e.
//
// Solidity: function taskManager() view returns(address)
func (_TriggerRegistry *TriggerRegistrySession) TaskManager() (common.Address, error) {
	return _TriggerRegistry.Contract.TaskManager(&_TriggerRegistry.CallOpts)
}

// TaskManager is a free data retrieval call binding the contract method 0xa50a640e.
//
// Solidity: function taskManager() view returns(address)
func (_TriggerRegistry *TriggerRegistryCallerSession) TaskManager() (common.Address, error) {
	return _TriggerRegistry.Contract.TaskManager(&_TriggerRegistry.CallOpts)
}

// Cancel is a paid mutator transaction binding the contract method 0x4c125e79.
//
// Solidity: function cancel(uint64 id) returns()
func (_TriggerRegistry *TriggerRegistryTransactor) Cancel(opts *bind.TransactOpts, id uint64) (*types.Transaction, error) {
	return _TriggerRegistry.contract.Transact(opts, "cancel", id)
}

// Cancel is a paid mutator transaction binding the contract method 0x4c125e79.
//
// Solidity: function cancel(uint64 id) returns()
func (_TriggerRegistry *TriggerRegistrySession) Cancel(id uint64) (*types.Transaction, error) {
	return _TriggerRegistry.Contract.Cancel(&_TriggerRegistry.TransactOpts, id)
}

// Cancel is a paid mutator transaction binding the contract method 0x4c125e79.
//
// Solidity: function cancel(uint64 id) returns()
func (_TriggerRegistry *TriggerRegistryTransactorSession) Cancel(id uint64) (*types.Transaction, error) {
	return _TriggerRegistry.Contract.Cancel(&_TriggerRegistry.TransactOpts, id)
}

// ClaimExpiredRefund is a paid mutator transaction binding the contract method 0x32d339c8.
//
// Solidity: function claimExpiredRefund(uint32 taskId) returns()
func (_TriggerRegistry *TriggerRegistryTransactor) ClaimExpiredRefund(opts *bind.TransactOpts, taskId uint32) (*types.Transaction, error) {
	return _TriggerRegistry.contract.Transact(opts, "claimExpiredRefund", taskId)
}

// ClaimExpiredRefund is a paid mutator transaction binding the contract method 0x32d339c8.
//
// Solidity: function claimExpiredRefund(uint32 taskId) returns()
func (_TriggerRegistry *TriggerRegistrySession) ClaimExpiredRefund(taskId uint32) (*types.Transaction, error) {
	return _TriggerRegistry.Contract.ClaimExpiredRefund(&_TriggerRegistry.TransactOpts, taskId)
}

// ClaimExpiredRefund is a paid mutator transaction binding the contract method 0x32d339c8.
//
// Solidity: function claimExpiredRefund(uint32 taskId) returns()
func (_TriggerRegistry *TriggerRegistryTransactorSession) ClaimExpiredRefund(taskId uint32) (*types.Transaction, error) {
	return _TriggerRegistry.Contract.ClaimExpiredRefund(&_TriggerRegistry.TransactOpts, taskId)
}

// ClaimFuelRefund is a paid mutator transaction binding the contract method 0x65512557.
//
// Solidity: function claimFuelRefund(uint32 taskId, (uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task, (uint32,uint8,bytes32,bytes,uint64,bytes32) response, bytes32 batchRoot, uint256 leafIndex, bytes32[] proof) returns()
func (_TriggerRegistry *TriggerRegistryTransactor) ClaimFuelRefund(opts *bind.TransactOpts, taskId uint32, task ITaskManagerTask, response ITaskManagerTaskResponse, batchRoot [32]byte, leafIndex *big.Int, proof [][32]byte) (*types.Transaction, error) {
	return _TriggerRegistry.contract.Transact(opts, "claimFuelRefund", taskId, task, response, batchRoot, leafIndex, proof)
}

// ClaimFuelRefund is a paid mutator transaction binding the contract method 0x65512557.
//
// Solidity: function claimFuelRefund(uint32 taskId, (uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task, (uint32,uint8,bytes32,bytes,uint64,bytes32) response, bytes32 batchRoot, uint256 leafIndex, bytes32[] proof) returns()
func (_TriggerRegistry *TriggerRegistrySession) ClaimFuelRefund(taskId uint32, task ITaskManagerTask, response ITaskManagerTaskResponse, batchRoot [32]byte, leafIndex *big.Int, proof [][32]byte) (*types.Transaction, error) {
	return _TriggerRegistry.Contract.ClaimFuelRefund(&_TriggerRegistry.TransactOpts, taskId, task, response, batchRoot, leafIndex, proof)
}

// ClaimFuelRefund is a paid mutator transaction binding the contract method 0x65512557.
//
// Solidity: function claimFuelRefund(uint32 taskId, (uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task, (uint32,uint8,bytes32,bytes,uint64,bytes32) response, bytes32 batchRoot, uint256 leafIndex, bytes32[] proof) returns()
func (_TriggerRegistry *TriggerRegistryTransactorSession) ClaimFuelRefund(taskId uint32, task ITaskManagerTask, response ITaskManagerTaskResponse, batchRoot [32]byte, leafIndex *big.Int, proof [][32]byte) (*types.Transaction, error) {
	return _TriggerRegistry.Contract.ClaimFuelRefund(&_TriggerRegistry.TransactOpts, taskId, task, response, batchRoot, leafIndex, proof)
}

// CreateTrigger is a paid mutator transaction binding the contract method 0x1be45cdd.
//
// Solidity: function createTrigger(((uint64,bytes,bytes,uint8,uint32,address,uint32),(uint8,uint64,uint64,address,bytes32),uint96,uint64) spec) payable returns(uint64 id)
func (_TriggerRegistry *TriggerRegistryTransactor) CreateTrigger(opts *bind.TransactOpts, spec TriggerRegistryTriggerSpec) (*types.Transaction, error) {
	return _TriggerRegistry.contract.Transact(opts, "createTrigger", spec)
}

// CreateTrigger is a paid mutator transaction binding the contract method 0x1be45cdd.
//
// Solidity: function createTrigger(((uint64,bytes,bytes,uint8,uint32,address,uint32),(uint8,uint64,uint64,address,bytes32),uint96,uint64) spec) payable returns(uint64 id)
func (_TriggerRegistry *TriggerRegistrySession) CreateTrigger(spec TriggerRegistryTriggerSpec) (*types.Transaction, error) {
	return _TriggerRegistry.Contract.CreateTrigger(&_TriggerRegistry.TransactOpts, spec)
}

// CreateTrigger is a paid mutator transaction binding the contract method 0x1be45cdd.
//
// Solidity: function createTrigger(((uint64,bytes,bytes,uint8,uint32,address,uint32),(uint8,uint64,uint64,address,bytes32),uint96,uint64) spec) payable returns(uint64 id)
func (_TriggerRegistry *TriggerRegistryTransactorSession) CreateTrigger(spec TriggerRegistryTriggerSpec) (*types.Transaction, error) {
	return _TriggerRegistry.Contract.CreateTrigger(&_TriggerRegistry.TransactOpts, spec)
}

// Fire is a paid mutator transaction binding the contract method 0x6e8dbe21.
//
// Solidity: function fire(uint64 id, uint64 index) returns(uint32 taskId)
func (_TriggerRegistry *TriggerRegistryTransactor) Fire(opts *bind.TransactOpts, id uint64, index uint64) (*types.Transaction, error) {
	return _TriggerRegistry.contract.Transact(opts, "fire", id, index)
}

// Fire is a paid mutator transaction binding the contract method 0x6e8dbe21.
//
// Solidity: function fire(uint64 id, uint64 index) returns(uint32 taskId)
func (_TriggerRegistry *TriggerRegistrySession) Fire(id uint64, index uint64) (*types.Transaction, error) {
	return _TriggerRegistry.Contract.Fire(&_TriggerRegistry.TransactOpts, id, index)
}

// Fire is a paid mutator transaction binding the contract method 0x6e8dbe21.
//
// Solidity: function fire(uint64 id, uint64 index) returns(uint32 taskId)
func (_TriggerRegistry *TriggerRegistryTransactorSession) Fire(id uint64, index uint64) (*types.Transaction, error) {
	return _TriggerRegistry.Contract.Fire(&_TriggerRegistry.TransactOpts, id, index)
}

// FireEvent is a paid mutator transaction binding the contract method 0xfa945a22.
//
// Solidity: function fireEvent(uint64 id, bytes32 blockHash, uint64 blockNumber, uint32 logIndex, bytes logData) returns(uint32 taskId)
func (_TriggerRegistry *TriggerRegistryTransactor) FireEvent(opts *bind.TransactOpts, id uint64, blockHash [32]byte, blockNumber uint64, logIndex uint32, logData []byte) (*types.Transaction, error) {
	return _TriggerRegistry.contract.Transact(opts, "fireEvent", id, blockHash, blockNumber, logIndex, logData)
}

// FireEvent is a paid mutator transaction binding the contract method 0xfa945a22.
//
// Solidity: function fireEvent(uint64 id, bytes32 blockHash, uint64 blockNumber, uint32 logIndex, bytes logData) returns(uint32 taskId)
func (_TriggerRegistry *TriggerRegistrySession) FireEvent(id uint64, blockHash [32]byte, blockNumber uint64, logIndex uint32, logData []byte) (*types.Transaction, error) {
	return _TriggerRegistry.Contract.FireEvent(&_TriggerRegistry.TransactOpts, id, blockHash, blockNumber, logIndex, logData)
}

// FireEvent is a paid mutator transaction binding the contract method 0xfa945a22.
//
// Solidity: function fireEvent(uint64 id, bytes32 blockHash, uint64 blockNumber, uint32 logIndex, bytes logData) returns(uint32 taskId)
func (_TriggerRegistry *TriggerRegistryTransactorSession) FireEvent(id uint64, blockHash [32]byte, blockNumber uint64, logIndex uint32, logData []byte) (*types.Transaction, error) {
	return _TriggerRegistry.Contract.FireEvent(&_TriggerRegistry.TransactOpts, id, blockHash, blockNumber, logIndex, logData)
}

// FireMany is a paid mutator transaction binding the contract method 0xde662221.
//
// Solidity: function fireMany(uint64 id, uint64[] indexes) returns(uint32[] taskIds)
func (_TriggerRegistry *TriggerRegistryTransactor) FireMany(opts *bind.TransactOpts, id uint64, indexes []uint64) (*types.Transaction, error) {
	return _TriggerRegistry.contract.Transact(opts, "fireMany", id, indexes)
}

// FireMany is a paid mutator transaction binding the contract method 0xde662221.
//
// Solidity: function fireMany(uint64 id, uint64[] indexes) returns(uint32[] taskIds)
func (_TriggerRegistry *TriggerRegistrySession) FireMany(id uint64, indexes []uint64) (*types.Transaction, error) {
	return _TriggerRegistry.Contract.FireMany(&_TriggerRegistry.TransactOpts, id, indexes)
}

// FireMany is a paid mutator transaction binding the contract method 0xde662221.
//
// Solidity: function fireMany(uint64 id, uint64[] indexes) returns(uint32[] taskIds)
func (_TriggerRegistry *TriggerRegistryTransactorSession) FireMany(id uint64, indexes []uint64) (*types.Transaction, error) {
	return _TriggerRegistry.Contract.FireMany(&_TriggerRegistry.TransactOpts, id, indexes)
}

// Fund is a paid mutator transaction binding the contract method 0x4f9c09cc.
//
// Solidity: function fund(uint64 id) payable returns()
func (_TriggerRegistry *TriggerRegistryTransactor) Fund(opts *bind.TransactOpts, id uint64) (*types.Transaction, error) {
	return _TriggerRegistry.contract.Transact(opts, "fund", id)
}

// Fund is a paid mutator transaction binding the contract method 0x4f9c09cc.
//
// Solidity: function fund(uint64 id) payable returns()
func (_TriggerRegistry *TriggerRegistrySession) Fund(id uint64) (*types.Transaction, error) {
	return _TriggerRegistry.Contract.Fund(&_TriggerRegistry.TransactOpts, id)
}

// Fund is a paid mutator transaction binding the contract method 0x4f9c09cc.
//
// Solidity: function fund(uint64 id) payable returns()
func (_TriggerRegistry *TriggerRegistryTransactorSession) Fund(id uint64) (*types.Transaction, error) {
	return _TriggerRegistry.Contract.Fund(&_TriggerRegistry.TransactOpts, id)
}

// Reclaim is a paid mutator transaction binding the contract method 0x80e9071b.
//
// Solidity: function reclaim() returns(uint256 amount)
func (_TriggerRegistry *TriggerRegistryTransactor) Reclaim(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TriggerRegistry.contract.Transact(opts, "reclaim")
}

// Reclaim is a paid mutator transaction binding the contract method 0x80e9071b.
//
// Solidity: function reclaim() returns(uint256 amount)
func (_TriggerRegistry *TriggerRegistrySession) Reclaim() (*types.Transaction, error) {
	return _TriggerRegistry.Contract.Reclaim(&_TriggerRegistry.TransactOpts)
}

// Reclaim is a paid mutator transaction binding the contract method 0x80e9071b.
//
// Solidity: function reclaim() returns(uint256 amount)
func (_TriggerRegistry *TriggerRegistryTransactorSession) Reclaim() (*types.Transaction, error) {
	return _TriggerRegistry.Contract.Reclaim(&_TriggerRegistry.TransactOpts)
}

// SetService is a paid mutator transaction binding the contract method 0xeaa4a30f.
//
// Solidity: function setService(uint64 id, address service) returns()
func (_TriggerRegistry *TriggerRegistryTransactor) SetService(opts *bind.TransactOpts, id uint64, service common.Address) (*types.Transaction, error) {
	return _TriggerRegistry.contract.Transact(opts, "setService", id, service)
}

// SetService is a paid mutator transaction binding the contract method 0xeaa4a30f.
//
// Solidity: function setService(uint64 id, address service) returns()
func (_TriggerRegistry *TriggerRegistrySession) SetService(id uint64, service common.Address) (*types.Transaction, error) {
	return _TriggerRegistry.Contract.SetService(&_TriggerRegistry.TransactOpts, id, service)
}

// SetService is a paid mutator transaction binding the contract method 0xeaa4a30f.
//
// Solidity: function setService(uint64 id, address service) returns()
func (_TriggerRegistry *TriggerRegistryTransactorSession) SetService(id uint64, service common.Address) (*types.Transaction, error) {
	return _TriggerRegistry.Contract.SetService(&_TriggerRegistry.TransactOpts, id, service)
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns()
func (_TriggerRegistry *TriggerRegistryTransactor) Withdraw(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TriggerRegistry.contract.Transact(opts, "withdraw")
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns()
func (_TriggerRegistry *TriggerRegistrySession) Withdraw() (*types.Transaction, error) {
	return _TriggerRegistry.Contract.Withdraw(&_TriggerRegistry.TransactOpts)
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns()
func (_TriggerRegistry *TriggerRegistryTransactorSession) Withdraw() (*types.Transaction, error) {
	return _TriggerRegistry.Contract.Withdraw(&_TriggerRegistry.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_TriggerRegistry *TriggerRegistryTransactor) Receive(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TriggerRegistry.contract.RawTransact(opts, nil) // calldata is disallowed for receive function
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_TriggerRegistry *TriggerRegistrySession) Receive() (*types.Transaction, error) {
	return _TriggerRegistry.Contract.Receive(&_TriggerRegistry.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_TriggerRegistry *TriggerRegistryTransactorSession) Receive() (*types.Transaction, error) {
	return _TriggerRegistry.Contract.Receive(&_TriggerRegistry.TransactOpts)
}

// TriggerRegistryCreditedIterator is returned from FilterCredited and is used to iterate over the raw logs and unpacked data for Credited events raised by the TriggerRegistry contract.
type TriggerRegistryCreditedIterator struct {
	Event *TriggerRegistryCredited // Event containing the contract specifics and raw log

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
func (it *TriggerRegistryCreditedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TriggerRegistryCredited)
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
		it.Event = new(TriggerRegistryCredited)
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
func (it *TriggerRegistryCreditedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TriggerRegistryCreditedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TriggerRegistryCredited represents a Credited event raised by the TriggerRegistry contract.
type TriggerRegistryCredited struct {
	Account common.Address
	Amount  *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterCredited is a free log retrieval operation binding the contract event 0x9c9e0cdb1670e88302408e5b941dc636f63a3293204694bb68910fcf3d9305f3.
//
// Solidity: event Credited(address indexed account, uint256 amount)
func (_TriggerRegistry *TriggerRegistryFilterer) FilterCredited(opts *bind.FilterOpts, account []common.Address) (*TriggerRegistryCreditedIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _TriggerRegistry.contract.FilterLogs(opts, "Credited", accountRule)
	if err != nil {
		return nil, err
	}
	return &TriggerRegistryCreditedIterator{contract: _TriggerRegistry.contract, event: "Credited", logs: logs, sub: sub}, nil
}

// WatchCredited is a free log subscription operation binding the contract event 0x9c9e0cdb1670e88302408e5b941dc636f63a3293204694bb68910fcf3d9305f3.
//
// Solidity: event Credited(address indexed account, uint256 amount)
func (_TriggerRegistry *TriggerRegistryFilterer) WatchCredited(opts *bind.WatchOpts, sink chan<- *TriggerRegistryCredited, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _TriggerRegistry.contract.WatchLogs(opts, "Credited", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TriggerRegistryCredited)
				if err := _TriggerRegistry.contract.UnpackLog(event, "Credited", log); err != nil {
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

// ParseCredited is a log parse operation binding the contract event 0x9c9e0cdb1670e88302408e5b941dc636f63a3293204694bb68910fcf3d9305f3.
//
// Solidity: event Credited(address indexed account, uint256 amount)
func (_TriggerRegistry *TriggerRegistryFilterer) ParseCredited(log types.Log) (*TriggerRegistryCredited, error) {
	event := new(TriggerRegistryCredited)
	if err := _TriggerRegistry.contract.UnpackLog(event, "Credited", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TriggerRegistryEventFiredIterator is returned from FilterEventFired and is used to iterate over the raw logs and unpacked data for EventFired events raised by the TriggerRegistry contract.
type TriggerRegistryEventFiredIterator struct {
	Event *TriggerRegistryEventFired // Event containing the contract specifics and raw log

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
func (it *TriggerRegistryEventFiredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TriggerRegistryEventFired)
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
		it.Event = new(TriggerRegistryEventFired)
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
func (it *TriggerRegistryEventFiredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TriggerRegistryEventFiredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TriggerRegistryEventFired represents a EventFired event raised by the TriggerRegistry contract.
type TriggerRegistryEventFired struct {
	Id          uint64
	FiringId    [32]byte
	BlockHash   [32]byte
	BlockNumber uint64
	LogIndex    uint32
	TaskId      uint32
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterEventFired is a free log retrieval operation binding the contract event 0x741e1c561c6e4379fa7558624b46216f5c037c687ac5d8fb501ebfbf62eb1079.
//
// Solidity: event EventFired(uint64 indexed id, bytes32 indexed firingId, bytes32 blockHash, uint64 blockNumber, uint32 logIndex, uint32 taskId)
func (_TriggerRegistry *TriggerRegistryFilterer) FilterEventFired(opts *bind.FilterOpts, id []uint64, firingId [][32]byte) (*TriggerRegistryEventFiredIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var firingIdRule []interface{}
	for _, firingIdItem := range firingId {
		firingIdRule = append(firingIdRule, firingIdItem)
	}

	logs, sub, err := _TriggerRegistry.contract.FilterLogs(opts, "EventFired", idRule, firingIdRule)
	if err != nil {
		return nil, err
	}
	return &TriggerRegistryEventFiredIterator{contract: _TriggerRegistry.contract, event: "EventFired", logs: logs, sub: sub}, nil
}

// WatchEventFired is a free log subscription operation binding the contract event 0x741e1c561c6e4379fa7558624b46216f5c037c687ac5d8fb501ebfbf62eb1079.
//
// Solidity: event EventFired(uint64 indexed id, bytes32 indexed firingId, bytes32 blockHash, uint64 blockNumber, uint32 logIndex, uint32 taskId)
func (_TriggerRegistry *TriggerRegistryFilterer) WatchEventFired(opts *bind.WatchOpts, sink chan<- *TriggerRegistryEventFired, id []uint64, firingId [][32]byte) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var firingIdRule []interface{}
	for _, firingIdItem := range firingId {
		firingIdRule = append(firingIdRule, firingIdItem)
	}

	logs, sub, err := _TriggerRegistry.contract.WatchLogs(opts, "EventFired", idRule, firingIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TriggerRegistryEventFired)
				if err := _TriggerRegistry.contract.UnpackLog(event, "EventFired", log); err != nil {
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

// ParseEventFired is a log parse operation binding the contract event 0x741e1c561c6e4379fa7558624b46216f5c037c687ac5d8fb501ebfbf62eb1079.
//
// Solidity: event EventFired(uint64 indexed id, bytes32 indexed firingId, bytes32 blockHash, uint64 blockNumber, uint32 logIndex, uint32 taskId)
func (_TriggerRegistry *TriggerRegistryFilterer) ParseEventFired(log types.Log) (*TriggerRegistryEventFired, error) {
	event := new(TriggerRegistryEventFired)
	if err := _TriggerRegistry.contract.UnpackLog(event, "EventFired", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TriggerRegistryRefundAttributedIterator is returned from FilterRefundAttributed and is used to iterate over the raw logs and unpacked data for RefundAttributed events raised by the TriggerRegistry contract.
type TriggerRegistryRefundAttributedIterator struct {
	Event *TriggerRegistryRefundAttributed // Event containing the contract specifics and raw log

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
func (it *TriggerRegistryRefundAttributedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TriggerRegistryRefundAttributed)
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
		it.Event = new(TriggerRegistryRefundAttributed)
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
func (it *TriggerRegistryRefundAttributedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TriggerRegistryRefundAttributedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TriggerRegistryRefundAttributed represents a RefundAttributed event raised by the TriggerRegistry contract.
type TriggerRegistryRefundAttributed struct {
	Id     uint64
	TaskId uint32
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterRefundAttributed is a free log retrieval operation binding the contract event 0xf0e5fcd2b7d76c9373ab78336762c7debbff58ddd16462bb51f321e739f1124d.
//
// Solidity: event RefundAttributed(uint64 indexed id, uint32 indexed taskId, uint256 amount)
func (_TriggerRegistry *TriggerRegistryFilterer) FilterRefundAttributed(opts *bind.FilterOpts, id []uint64, taskId []uint32) (*TriggerRegistryRefundAttributedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}

	logs, sub, err := _TriggerRegistry.contract.FilterLogs(opts, "RefundAttributed", idRule, taskIdRule)
	if err != nil {
		return nil, err
	}
	return &TriggerRegistryRefundAttributedIterator{contract: _TriggerRegistry.contract, event: "RefundAttributed", logs: logs, sub: sub}, nil
}

// WatchRefundAttributed is a free log subscription operation binding the contract event 0xf0e5fcd2b7d76c9373ab78336762c7debbff58ddd16462bb51f321e739f1124d.
//
// Solidity: event RefundAttributed(uint64 indexed id, uint32 indexed taskId, uint256 amount)
func (_TriggerRegistry *TriggerRegistryFilterer) WatchRefundAttributed(opts *bind.WatchOpts, sink chan<- *TriggerRegistryRefundAttributed, id []uint64, taskId []uint32) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}

	logs, sub, err := _TriggerRegistry.contract.WatchLogs(opts, "RefundAttributed", idRule, taskIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TriggerRegistryRefundAttributed)
				if err := _TriggerRegistry.contract.UnpackLog(event, "RefundAttributed", log); err != nil {
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

// ParseRefundAttributed is a log parse operation binding the contract event 0xf0e5fcd2b7d76c9373ab78336762c7debbff58ddd16462bb51f321e739f1124d.
//
// Solidity: event RefundAttributed(uint64 indexed id, uint32 indexed taskId, uint256 amount)
func (_TriggerRegistry *TriggerRegistryFilterer) ParseRefundAttributed(log types.Log) (*TriggerRegistryRefundAttributed, error) {
	event := new(TriggerRegistryRefundAttributed)
	if err := _TriggerRegistry.contract.UnpackLog(event, "RefundAttributed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TriggerRegistryRefundsReclaimedIterator is returned from FilterRefundsReclaimed and is used to iterate over the raw logs and unpacked data for RefundsReclaimed events raised by the TriggerRegistry contract.
type TriggerRegistryRefundsReclaimedIterator struct {
	Event *TriggerRegistryRefundsReclaimed // Event containing the contract specifics and raw log

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
func (it *TriggerRegistryRefundsReclaimedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TriggerRegistryRefundsReclaimed)
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
		it.Event = new(TriggerRegistryRefundsReclaimed)
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
func (it *TriggerRegistryRefundsReclaimedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TriggerRegistryRefundsReclaimedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TriggerRegistryRefundsReclaimed represents a RefundsReclaimed event raised by the TriggerRegistry contract.
type TriggerRegistryRefundsReclaimed struct {
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterRefundsReclaimed is a free log retrieval operation binding the contract event 0x560dd8dc464510d38696b95f61c67ca9ae96574d84be1b1ce5d2aecc440b8387.
//
// Solidity: event RefundsReclaimed(uint256 amount)
func (_TriggerRegistry *TriggerRegistryFilterer) FilterRefundsReclaimed(opts *bind.FilterOpts) (*TriggerRegistryRefundsReclaimedIterator, error) {

	logs, sub, err := _TriggerRegistry.contract.FilterLogs(opts, "RefundsReclaimed")
	if err != nil {
		return nil, err
	}
	return &TriggerRegistryRefundsReclaimedIterator{contract: _TriggerRegistry.contract, event: "RefundsReclaimed", logs: logs, sub: sub}, nil
}

// WatchRefundsReclaimed is a free log subscription operation binding the contract event 0x560dd8dc464510d38696b95f61c67ca9ae96574d84be1b1ce5d2aecc440b8387.
//
// Solidity: event RefundsReclaimed(uint256 amount)
func (_TriggerRegistry *TriggerRegistryFilterer) WatchRefundsReclaimed(opts *bind.WatchOpts, sink chan<- *TriggerRegistryRefundsReclaimed) (event.Subscription, error) {

	logs, sub, err := _TriggerRegistry.contract.WatchLogs(opts, "RefundsReclaimed")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TriggerRegistryRefundsReclaimed)
				if err := _TriggerRegistry.contract.UnpackLog(event, "RefundsReclaimed", log); err != nil {
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

// ParseRefundsReclaimed is a log parse operation binding the contract event 0x560dd8dc464510d38696b95f61c67ca9ae96574d84be1b1ce5d2aecc440b8387.
//
// Solidity: event RefundsReclaimed(uint256 amount)
func (_TriggerRegistry *TriggerRegistryFilterer) ParseRefundsReclaimed(log types.Log) (*TriggerRegistryRefundsReclaimed, error) {
	event := new(TriggerRegistryRefundsReclaimed)
	if err := _TriggerRegistry.contract.UnpackLog(event, "RefundsReclaimed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TriggerRegistryServiceChangedIterator is returned from FilterServiceChanged and is used to iterate over the raw logs and unpacked data for ServiceChanged events raised by the TriggerRegistry contract.
type TriggerRegistryServiceChangedIterator struct {
	Event *TriggerRegistryServiceChanged // Event containing the contract specifics and raw log

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
func (it *TriggerRegistryServiceChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TriggerRegistryServiceChanged)
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
		it.Event = new(TriggerRegistryServiceChanged)
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
func (it *TriggerRegistryServiceChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TriggerRegistryServiceChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TriggerRegistryServiceChanged represents a ServiceChanged event raised by the TriggerRegistry contract.
type TriggerRegistryServiceChanged struct {
	Id      uint64
	Service common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterServiceChanged is a free log retrieval operation binding the contract event 0x2f6fd3229712f3e15a747281094b7eaa9398f475df826a18c4c5e4ef2283c7b7.
//
// Solidity: event ServiceChanged(uint64 indexed id, address service)
func (_TriggerRegistry *TriggerRegistryFilterer) FilterServiceChanged(opts *bind.FilterOpts, id []uint64) (*TriggerRegistryServiceChangedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _TriggerRegistry.contract.FilterLogs(opts, "ServiceChanged", idRule)
	if err != nil {
		return nil, err
	}
	return &TriggerRegistryServiceChangedIterator{contract: _TriggerRegistry.contract, event: "ServiceChanged", logs: logs, sub: sub}, nil
}

// WatchServiceChanged is a free log subscription operation binding the contract event 0x2f6fd3229712f3e15a747281094b7eaa9398f475df826a18c4c5e4ef2283c7b7.
//
// Solidity: event ServiceChanged(uint64 indexed id, address service)
func (_TriggerRegistry *TriggerRegistryFilterer) WatchServiceChanged(opts *bind.WatchOpts, sink chan<- *TriggerRegistryServiceChanged, id []uint64) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _TriggerRegistry.contract.WatchLogs(opts, "ServiceChanged", idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TriggerRegistryServiceChanged)
				if err := _TriggerRegistry.contract.UnpackLog(event, "ServiceChanged", log); err != nil {
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

// ParseServiceChanged is a log parse operation binding the contract event 0x2f6fd3229712f3e15a747281094b7eaa9398f475df826a18c4c5e4ef2283c7b7.
//
// Solidity: event ServiceChanged(uint64 indexed id, address service)
func (_TriggerRegistry *TriggerRegistryFilterer) ParseServiceChanged(log types.Log) (*TriggerRegistryServiceChanged, error) {
	event := new(TriggerRegistryServiceChanged)
	if err := _TriggerRegistry.contract.UnpackLog(event, "ServiceChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TriggerRegistryTriggerCancelledIterator is returned from FilterTriggerCancelled and is used to iterate over the raw logs and unpacked data for TriggerCancelled events raised by the TriggerRegistry contract.
type TriggerRegistryTriggerCancelledIterator struct {
	Event *TriggerRegistryTriggerCancelled // Event containing the contract specifics and raw log

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
func (it *TriggerRegistryTriggerCancelledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TriggerRegistryTriggerCancelled)
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
		it.Event = new(TriggerRegistryTriggerCancelled)
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
func (it *TriggerRegistryTriggerCancelledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TriggerRegistryTriggerCancelledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TriggerRegistryTriggerCancelled represents a TriggerCancelled event raised by the TriggerRegistry contract.
type TriggerRegistryTriggerCancelled struct {
	Id     uint64
	Refund *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterTriggerCancelled is a free log retrieval operation binding the contract event 0xdce5b3af0c59f02bea7fe20d1a4cbb82eabe9e7cacc305ea3105525009a66eb7.
//
// Solidity: event TriggerCancelled(uint64 indexed id, uint256 refund)
func (_TriggerRegistry *TriggerRegistryFilterer) FilterTriggerCancelled(opts *bind.FilterOpts, id []uint64) (*TriggerRegistryTriggerCancelledIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _TriggerRegistry.contract.FilterLogs(opts, "TriggerCancelled", idRule)
	if err != nil {
		return nil, err
	}
	return &TriggerRegistryTriggerCancelledIterator{contract: _TriggerRegistry.contract, event: "TriggerCancelled", logs: logs, sub: sub}, nil
}

// WatchTriggerCancelled is a free log subscription operation binding the contract event 0xdce5b3af0c59f02bea7fe20d1a4cbb82eabe9e7cacc305ea3105525009a66eb7.
//
// Solidity: event TriggerCancelled(uint64 indexed id, uint256 refund)
func (_TriggerRegistry *TriggerRegistryFilterer) WatchTriggerCancelled(opts *bind.WatchOpts, sink chan<- *TriggerRegistryTriggerCancelled, id []uint64) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _TriggerRegistry.contract.WatchLogs(opts, "TriggerCancelled", idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TriggerRegistryTriggerCancelled)
				if err := _TriggerRegistry.contract.UnpackLog(event, "TriggerCancelled", log); err != nil {
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

// ParseTriggerCancelled is a log parse operation binding the contract event 0xdce5b3af0c59f02bea7fe20d1a4cbb82eabe9e7cacc305ea3105525009a66eb7.
//
// Solidity: event TriggerCancelled(uint64 indexed id, uint256 refund)
func (_TriggerRegistry *TriggerRegistryFilterer) ParseTriggerCancelled(log types.Log) (*TriggerRegistryTriggerCancelled, error) {
	event := new(TriggerRegistryTriggerCancelled)
	if err := _TriggerRegistry.contract.UnpackLog(event, "TriggerCancelled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TriggerRegistryTriggerCreatedIterator is returned from FilterTriggerCreated and is used to iterate over the raw logs and unpacked data for TriggerCreated events raised by the TriggerRegistry contract.
type TriggerRegistryTriggerCreatedIterator struct {
	Event *TriggerRegistryTriggerCreated // Event containing the contract specifics and raw log

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
func (it *TriggerRegistryTriggerCreatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TriggerRegistryTriggerCreated)
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
		it.Event = new(TriggerRegistryTriggerCreated)
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
func (it *TriggerRegistryTriggerCreatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TriggerRegistryTriggerCreatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TriggerRegistryTriggerCreated represents a TriggerCreated event raised by the TriggerRegistry contract.
type TriggerRegistryTriggerCreated struct {
	Id      uint64
	Owner   common.Address
	Spec    TriggerRegistryTriggerSpec
	Start   uint64
	Balance *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterTriggerCreated is a free log retrieval operation binding the contract event 0x926fb00727a58d67eddbd8c19592c749d53cc7f7899db0c29496e19f9f3c1c21.
//
// Solidity: event TriggerCreated(uint64 indexed id, address indexed owner, ((uint64,bytes,bytes,uint8,uint32,address,uint32),(uint8,uint64,uint64,address,bytes32),uint96,uint64) spec, uint64 start, uint256 balance)
func (_TriggerRegistry *TriggerRegistryFilterer) FilterTriggerCreated(opts *bind.FilterOpts, id []uint64, owner []common.Address) (*TriggerRegistryTriggerCreatedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _TriggerRegistry.contract.FilterLogs(opts, "TriggerCreated", idRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return &TriggerRegistryTriggerCreatedIterator{contract: _TriggerRegistry.contract, event: "TriggerCreated", logs: logs, sub: sub}, nil
}

// WatchTriggerCreated is a free log subscription operation binding the contract event 0x926fb00727a58d67eddbd8c19592c749d53cc7f7899db0c29496e19f9f3c1c21.
//
// Solidity: event TriggerCreated(uint64 indexed id, address indexed owner, ((uint64,bytes,bytes,uint8,uint32,address,uint32),(uint8,uint64,uint64,address,bytes32),uint96,uint64) spec, uint64 start, uint256 balance)
func (_TriggerRegistry *TriggerRegistryFilterer) WatchTriggerCreated(opts *bind.WatchOpts, sink chan<- *TriggerRegistryTriggerCreated, id []uint64, owner []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _TriggerRegistry.contract.WatchLogs(opts, "TriggerCreated", idRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TriggerRegistryTriggerCreated)
				if err := _TriggerRegistry.contract.UnpackLog(event, "TriggerCreated", log); err != nil {
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

// ParseTriggerCreated is a log parse operation binding the contract event 0x926fb00727a58d67eddbd8c19592c749d53cc7f7899db0c29496e19f9f3c1c21.
//
// Solidity: event TriggerCreated(uint64 indexed id, address indexed owner, ((uint64,bytes,bytes,uint8,uint32,address,uint32),(uint8,uint64,uint64,address,bytes32),uint96,uint64) spec, uint64 start, uint256 balance)
func (_TriggerRegistry *TriggerRegistryFilterer) ParseTriggerCreated(log types.Log) (*TriggerRegistryTriggerCreated, error) {
	event := new(TriggerRegistryTriggerCreated)
	if err := _TriggerRegistry.contract.UnpackLog(event, "TriggerCreated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TriggerRegistryTriggerFiredIterator is returned from FilterTriggerFired and is used to iterate over the raw logs and unpacked data for TriggerFired events raised by the TriggerRegistry contract.
type TriggerRegistryTriggerFiredIterator struct {
	Event *TriggerRegistryTriggerFired // Event containing the contract specifics and raw log

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
func (it *TriggerRegistryTriggerFiredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TriggerRegistryTriggerFired)
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
		it.Event = new(TriggerRegistryTriggerFired)
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
func (it *TriggerRegistryTriggerFiredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TriggerRegistryTriggerFiredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TriggerRegistryTriggerFired represents a TriggerFired event raised by the TriggerRegistry contract.
type TriggerRegistryTriggerFired struct {
	Id       uint64
	Index    uint64
	FiringId [32]byte
	TaskId   uint32
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterTriggerFired is a free log retrieval operation binding the contract event 0x3d8cc01d14e24ac08bea64d2eb91e7bf98d6784df9c42c154888166770932c6a.
//
// Solidity: event TriggerFired(uint64 indexed id, uint64 index, bytes32 indexed firingId, uint32 taskId)
func (_TriggerRegistry *TriggerRegistryFilterer) FilterTriggerFired(opts *bind.FilterOpts, id []uint64, firingId [][32]byte) (*TriggerRegistryTriggerFiredIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	var firingIdRule []interface{}
	for _, firingIdItem := range firingId {
		firingIdRule = append(firingIdRule, firingIdItem)
	}

	logs, sub, err := _TriggerRegistry.contract.FilterLogs(opts, "TriggerFired", idRule, firingIdRule)
	if err != nil {
		return nil, err
	}
	return &TriggerRegistryTriggerFiredIterator{contract: _TriggerRegistry.contract, event: "TriggerFired", logs: logs, sub: sub}, nil
}

// WatchTriggerFired is a free log subscription operation binding the contract event 0x3d8cc01d14e24ac08bea64d2eb91e7bf98d6784df9c42c154888166770932c6a.
//
// Solidity: event TriggerFired(uint64 indexed id, uint64 index, bytes32 indexed firingId, uint32 taskId)
func (_TriggerRegistry *TriggerRegistryFilterer) WatchTriggerFired(opts *bind.WatchOpts, sink chan<- *TriggerRegistryTriggerFired, id []uint64, firingId [][32]byte) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	var firingIdRule []interface{}
	for _, firingIdItem := range firingId {
		firingIdRule = append(firingIdRule, firingIdItem)
	}

	logs, sub, err := _TriggerRegistry.contract.WatchLogs(opts, "TriggerFired", idRule, firingIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TriggerRegistryTriggerFired)
				if err := _TriggerRegistry.contract.UnpackLog(event, "TriggerFired", log); err != nil {
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

// ParseTriggerFired is a log parse operation binding the contract event 0x3d8cc01d14e24ac08bea64d2eb91e7bf98d6784df9c42c154888166770932c6a.
//
// Solidity: event TriggerFired(uint64 indexed id, uint64 index, bytes32 indexed firingId, uint32 taskId)
func (_TriggerRegistry *TriggerRegistryFilterer) ParseTriggerFired(log types.Log) (*TriggerRegistryTriggerFired, error) {
	event := new(TriggerRegistryTriggerFired)
	if err := _TriggerRegistry.contract.UnpackLog(event, "TriggerFired", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TriggerRegistryTriggerFundedIterator is returned from FilterTriggerFunded and is used to iterate over the raw logs and unpacked data for TriggerFunded events raised by the TriggerRegistry contract.
type TriggerRegistryTriggerFundedIterator struct {
	Event *TriggerRegistryTriggerFunded // Event containing the contract specifics and raw log

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
func (it *TriggerRegistryTriggerFundedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TriggerRegistryTriggerFunded)
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
		it.Event = new(TriggerRegistryTriggerFunded)
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
func (it *TriggerRegistryTriggerFundedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TriggerRegistryTriggerFundedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TriggerRegistryTriggerFunded represents a TriggerFunded event raised by the TriggerRegistry contract.
type TriggerRegistryTriggerFunded struct {
	Id      uint64
	From    common.Address
	Amount  *big.Int
	Balance *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterTriggerFunded is a free log retrieval operation binding the contract event 0x1fb96c92eadb83cff345ad3206aa662db685f7edc0a05eb46dcca7dc13468559.
//
// Solidity: event TriggerFunded(uint64 indexed id, address indexed from, uint256 amount, uint256 balance)
func (_TriggerRegistry *TriggerRegistryFilterer) FilterTriggerFunded(opts *bind.FilterOpts, id []uint64, from []common.Address) (*TriggerRegistryTriggerFundedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}

	logs, sub, err := _TriggerRegistry.contract.FilterLogs(opts, "TriggerFunded", idRule, fromRule)
	if err != nil {
		return nil, err
	}
	return &TriggerRegistryTriggerFundedIterator{contract: _TriggerRegistry.contract, event: "TriggerFunded", logs: logs, sub: sub}, nil
}

// WatchTriggerFunded is a free log subscription operation binding the contract event 0x1fb96c92eadb83cff345ad3206aa662db685f7edc0a05eb46dcca7dc13468559.
//
// Solidity: event TriggerFunded(uint64 indexed id, address indexed from, uint256 amount, uint256 balance)
func (_TriggerRegistry *TriggerRegistryFilterer) WatchTriggerFunded(opts *bind.WatchOpts, sink chan<- *TriggerRegistryTriggerFunded, id []uint64, from []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}

	logs, sub, err := _TriggerRegistry.contract.WatchLogs(opts, "TriggerFunded", idRule, fromRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TriggerRegistryTriggerFunded)
				if err := _TriggerRegistry.contract.UnpackLog(event, "TriggerFunded", log); err != nil {
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

// ParseTriggerFunded is a log parse operation binding the contract event 0x1fb96c92eadb83cff345ad3206aa662db685f7edc0a05eb46dcca7dc13468559.
//
// Solidity: event TriggerFunded(uint64 indexed id, address indexed from, uint256 amount, uint256 balance)
func (_TriggerRegistry *TriggerRegistryFilterer) ParseTriggerFunded(log types.Log) (*TriggerRegistryTriggerFunded, error) {
	event := new(TriggerRegistryTriggerFunded)
	if err := _TriggerRegistry.contract.UnpackLog(event, "TriggerFunded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TriggerRegistryTriggerOutOfFundsIterator is returned from FilterTriggerOutOfFunds and is used to iterate over the raw logs and unpacked data for TriggerOutOfFunds events raised by the TriggerRegistry contract.
type TriggerRegistryTriggerOutOfFundsIterator struct {
	Event *TriggerRegistryTriggerOutOfFunds // Event containing the contract specifics and raw log

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
func (it *TriggerRegistryTriggerOutOfFundsIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TriggerRegistryTriggerOutOfFunds)
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
		it.Event = new(TriggerRegistryTriggerOutOfFunds)
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
func (it *TriggerRegistryTriggerOutOfFundsIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TriggerRegistryTriggerOutOfFundsIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TriggerRegistryTriggerOutOfFunds represents a TriggerOutOfFunds event raised by the TriggerRegistry contract.
type TriggerRegistryTriggerOutOfFunds struct {
	Id         uint64
	Balance    *big.Int
	FeePerTask *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterTriggerOutOfFunds is a free log retrieval operation binding the contract event 0xb28e0e2465eeea435ed454c4a303161e8ee8476995ae6267194ff5a10f25beaf.
//
// Solidity: event TriggerOutOfFunds(uint64 indexed id, uint256 balance, uint96 feePerTask)
func (_TriggerRegistry *TriggerRegistryFilterer) FilterTriggerOutOfFunds(opts *bind.FilterOpts, id []uint64) (*TriggerRegistryTriggerOutOfFundsIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _TriggerRegistry.contract.FilterLogs(opts, "TriggerOutOfFunds", idRule)
	if err != nil {
		return nil, err
	}
	return &TriggerRegistryTriggerOutOfFundsIterator{contract: _TriggerRegistry.contract, event: "TriggerOutOfFunds", logs: logs, sub: sub}, nil
}

// WatchTriggerOutOfFunds is a free log subscription operation binding the contract event 0xb28e0e2465eeea435ed454c4a303161e8ee8476995ae6267194ff5a10f25beaf.
//
// Solidity: event TriggerOutOfFunds(uint64 indexed id, uint256 balance, uint96 feePerTask)
func (_TriggerRegistry *TriggerRegistryFilterer) WatchTriggerOutOfFunds(opts *bind.WatchOpts, sink chan<- *TriggerRegistryTriggerOutOfFunds, id []uint64) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _TriggerRegistry.contract.WatchLogs(opts, "TriggerOutOfFunds", idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TriggerRegistryTriggerOutOfFunds)
				if err := _TriggerRegistry.contract.UnpackLog(event, "TriggerOutOfFunds", log); err != nil {
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

// ParseTriggerOutOfFunds is a log parse operation binding the contract event 0xb28e0e2465eeea435ed454c4a303161e8ee8476995ae6267194ff5a10f25beaf.
//
// Solidity: event TriggerOutOfFunds(uint64 indexed id, uint256 balance, uint96 feePerTask)
func (_TriggerRegistry *TriggerRegistryFilterer) ParseTriggerOutOfFunds(log types.Log) (*TriggerRegistryTriggerOutOfFunds, error) {
	event := new(TriggerRegistryTriggerOutOfFunds)
	if err := _TriggerRegistry.contract.UnpackLog(event, "TriggerOutOfFunds", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TriggerRegistryWithdrawnIterator is returned from FilterWithdrawn and is used to iterate over the raw logs and unpacked data for Withdrawn events raised by the TriggerRegistry contract.
type TriggerRegistryWithdrawnIterator struct {
	Event *TriggerRegistryWithdrawn // Event containing the contract specifics and raw log

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
func (it *TriggerRegistryWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TriggerRegistryWithdrawn)
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
		it.Event = new(TriggerRegistryWithdrawn)
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
func (it *TriggerRegistryWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TriggerRegistryWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TriggerRegistryWithdrawn represents a Withdrawn event raised by the TriggerRegistry contract.
type TriggerRegistryWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterWithdrawn is a free log retrieval operation binding the contract event 0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (_TriggerRegistry *TriggerRegistryFilterer) FilterWithdrawn(opts *bind.FilterOpts, account []common.Address) (*TriggerRegistryWithdrawnIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _TriggerRegistry.contract.FilterLogs(opts, "Withdrawn", accountRule)
	if err != nil {
		return nil, err
	}
	return &TriggerRegistryWithdrawnIterator{contract: _TriggerRegistry.contract, event: "Withdrawn", logs: logs, sub: sub}, nil
}

// WatchWithdrawn is a free log subscription operation binding the contract event 0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (_TriggerRegistry *TriggerRegistryFilterer) WatchWithdrawn(opts *bind.WatchOpts, sink chan<- *TriggerRegistryWithdrawn, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _TriggerRegistry.contract.WatchLogs(opts, "Withdrawn", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TriggerRegistryWithdrawn)
				if err := _TriggerRegistry.contract.UnpackLog(event, "Withdrawn", log); err != nil {
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
func (_TriggerRegistry *TriggerRegistryFilterer) ParseWithdrawn(log types.Log) (*TriggerRegistryWithdrawn, error) {
	event := new(TriggerRegistryWithdrawn)
	if err := _TriggerRegistry.contract.UnpackLog(event, "Withdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
