// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package committeeregistry

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

// ICommitteeRegistryCapacity is an auto generated low-level Go binding around an user-defined struct.
type ICommitteeRegistryCapacity struct {
	Cores     uint16
	MemoryMiB uint32
	FuelRate  uint32
	Runtimes  uint8
}

// ICommitteeRegistryEntry is an auto generated low-level Go binding around an user-defined struct.
type ICommitteeRegistryEntry struct {
	OperatorId [32]byte
	Start      *big.Int
	End        *big.Int
}

// ICommitteeRegistryTableInfo is an auto generated low-level Go binding around an user-defined struct.
type ICommitteeRegistryTableInfo struct {
	Quorum      uint8
	Runtimes    uint8
	MemClass    uint8
	BuiltBlock  uint32
	Size        uint32
	TotalWeight *big.Int
}

// CommitteeRegistryMetaData contains all meta data concerning the CommitteeRegistry contract.
var CommitteeRegistryMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"coordinator\",\"type\":\"address\",\"internalType\":\"contractIRegistryCoordinatorViews\"},{\"name\":\"initialOwner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"epoch\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"cap\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"MAX_MEM_CLASS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"RUNTIME_WASM\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"RUNTIME_X86\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"RUNTIME_ZK\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"buildTable\",\"inputs\":[{\"name\":\"quorum\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"runtimes\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"memClass\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[{\"name\":\"tableId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"capacityCap\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"capacityOf\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structICommitteeRegistry.Capacity\",\"components\":[{\"name\":\"cores\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"memoryMiB\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fuelRate\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"runtimes\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"clearCapacity\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"committeeSeed\",\"inputs\":[{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"taskHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"countSeats\",\"inputs\":[{\"name\":\"tableId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"seed\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"window\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"positions\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"operatorIds\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[{\"name\":\"seats\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"countSeatsMany\",\"inputs\":[{\"name\":\"tableId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"seeds\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"},{\"name\":\"windows\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"positions\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"operatorIds\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[{\"name\":\"seats\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"currentTable\",\"inputs\":[{\"name\":\"quorum\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"runtimes\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"memClass\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[{\"name\":\"tableId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"declareCapacity\",\"inputs\":[{\"name\":\"capacity\",\"type\":\"tuple\",\"internalType\":\"structICommitteeRegistry.Capacity\",\"components\":[{\"name\":\"cores\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"memoryMiB\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fuelRate\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"runtimes\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"drawHolder\",\"inputs\":[{\"name\":\"tableId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"seed\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"draw\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"position\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"epochBlocks\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getEntries\",\"inputs\":[{\"name\":\"tableId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"from\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"count\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"list\",\"type\":\"tuple[]\",\"internalType\":\"structICommitteeRegistry.Entry[]\",\"components\":[{\"name\":\"operatorId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"start\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"end\",\"type\":\"uint128\",\"internalType\":\"uint128\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getTable\",\"inputs\":[{\"name\":\"tableId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"info\",\"type\":\"tuple\",\"internalType\":\"structICommitteeRegistry.TableInfo\",\"components\":[{\"name\":\"quorum\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"runtimes\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"memClass\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"builtBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"size\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"totalWeight\",\"type\":\"uint128\",\"internalType\":\"uint128\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"indexRegistry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIIndexRegistryViews\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"latestTable\",\"inputs\":[{\"name\":\"\",\"type\":\"uint24\",\"internalType\":\"uint24\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"memoryClass\",\"inputs\":[{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"c\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"nextTableId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"registryCoordinator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIRegistryCoordinatorViews\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setCapacityCap\",\"inputs\":[{\"name\":\"cap\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setEpochBlocks\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"stakeRegistry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIStakeRegistryViews\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"useTable\",\"inputs\":[{\"name\":\"quorum\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"runtimes\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"tableId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"CapacityCapChanged\",\"inputs\":[{\"name\":\"previous\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"current\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CapacityCleared\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CapacityDeclared\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"capacity\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structICommitteeRegistry.Capacity\",\"components\":[{\"name\":\"cores\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"memoryMiB\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fuelRate\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"runtimes\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EpochBlocksChanged\",\"inputs\":[{\"name\":\"previous\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"current\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TableBuilt\",\"inputs\":[{\"name\":\"tableId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"quorum\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"runtimes\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"memClass\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"size\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"totalWeight\",\"type\":\"uint128\",\"indexed\":false,\"internalType\":\"uint128\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"EmptyCommitteeWindow\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidCapacity\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidCapacityCap\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidClass\",\"inputs\":[{\"name\":\"runtimes\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"memClass\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"InvalidEpochBlocks\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NoEligibleOperators\",\"inputs\":[{\"name\":\"quorum\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"runtimes\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"memClass\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"NotCommitteeMember\",\"inputs\":[{\"name\":\"position\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"OwnableInvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SeedUnavailable\",\"inputs\":[{\"name\":\"seedBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"SignerNotInTable\",\"inputs\":[{\"name\":\"position\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"operatorId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"SignersLengthMismatch\",\"inputs\":[{\"name\":\"positions\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"operatorIds\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SignersNotSorted\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"TableWeightOverflow\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"UnknownTable\",\"inputs\":[{\"name\":\"tableId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}]",
	Bin: "0x60e0604052600180546001600160401b03191681179055348015610021575f5ffd5b506040516127b93803806127b98339810160408190526100409161031c565b826001600160a01b03811661006e57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b61007781610184565b506001600160a01b038416608081905260408051636830483560e01b815290516368304835916004808201926020929091908290030181865afa1580156100c0573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100e4919061038b565b6001600160a01b031660a0816001600160a01b031681525050836001600160a01b0316639e9923c26040518163ffffffff1660e01b8152600401602060405180830381865afa158015610139573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061015d919061038b565b6001600160a01b031660c052610172826101d3565b61017b81610268565b505050506103ad565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b8063ffffffff165f036101f95760405163ef6a59cb60e01b815260040160405180910390fd5b5f546040805163ffffffff600160a01b9093048316815291831660208301527f58004973619d3a0c4f890c85bd0b3c0bfe278f286a4f70bec5b30c6f6c9bb944910160405180910390a15f805463ffffffff909216600160a01b0263ffffffff60a01b19909216919091179055565b806001600160401b03165f0361029157604051631b91689360e31b815260040160405180910390fd5b5f54604080516001600160401b03600160c01b9093048316815291831660208301527f01aad1b8d3e2b07437be1d8cc756da99a4891e066416cecae759db0326a177b2910160405180910390a15f80546001600160401b03909216600160c01b026001600160c01b03909216919091179055565b6001600160a01b0381168114610319575f5ffd5b50565b5f5f5f5f6080858703121561032f575f5ffd5b845161033a81610305565b602086015190945061034b81610305565b604086015190935063ffffffff81168114610364575f5ffd5b60608601519092506001600160401b0381168114610380575f5ffd5b939692955090935050565b5f6020828403121561039b575f5ffd5b81516103a681610305565b9392505050565b60805160a05160c0516123cd6103ec5f395f81816104eb015261092201525f8181610335015261143c01525f818161037401526112a701526123cd5ff3fe608060405234801561000f575f5ffd5b50600436106101c6575f3560e01c806386ed9f9d116100fe578063bf9af8eb1161009e578063e9a4db751161006e578063e9a4db7514610576578063f2fde38b1461058f578063f8c4c69c146105a2578063fb26f106146105b5575f5ffd5b8063bf9af8eb14610520578063ccb0c79d14610533578063e62db2bf1461055b578063e678c08114610563575f5ffd5b80638da5cb5b116100d95780638da5cb5b146104ce578063920d2dfa146104de5780639e9923c2146104e6578063a99f7a431461050d575f5ffd5b806386ed9f9d146104885780638747f6d71461049b57806388a01cd7146104bb575f5ffd5b80634e4b3bef116101695780636d14a987116101445780636d14a9871461036f578063715018a6146103965780637f67a1e11461039e57806384e4146414610480575f5ffd5b80634e4b3bef146103055780635196c9941461031b5780636830483514610330575f5ffd5b806317d7efd9116101a457806317d7efd914610235578063213fd783146102565780633bb6e472146102815780634ca65fa0146102fd575f5ffd5b8063033099f7146101ca5780630d7472ed146101f35780630f4507db1461020d575b5f5ffd5b6101dd6101d8366004611bf2565b6105c8565b6040516101ea9190611c38565b60405180910390f35b6101fb601481565b60405160ff90911681526020016101ea565b61022061021b366004611ca8565b610777565b60405163ffffffff90911681526020016101ea565b610248610243366004611cd8565b61082e565b6040519081526020016101ea565b610269610264366004611d10565b6108af565b6040516001600160401b0390911681526020016101ea565b61029461028f366004611d4d565b610d3c565b6040516101ea91905f60c08201905060ff835116825260ff602084015116602083015260ff604084015116604083015263ffffffff606084015116606083015263ffffffff60808401511660808301526001600160801b0360a08401511660a083015292915050565b6101fb600181565b5f5461022090600160a01b900463ffffffff1681565b61032e610329366004611d66565b610e23565b005b6103577f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101ea565b6103577f000000000000000000000000000000000000000000000000000000000000000081565b61032e610e37565b6104366103ac366004611d95565b604080516080810182525f808252602082018190529181018290526060810191909152506001600160a01b03165f908152600260209081526040918290208251608081018452905461ffff8116825263ffffffff620100008204811693830193909352660100000000000081049092169281019290925260ff600160501b90910416606082015290565b6040516101ea91905f60808201905061ffff835116825263ffffffff602084015116602083015263ffffffff604084015116604083015260ff606084015116606083015292915050565b6101fb600281565b610269610496366004611d10565b610e4a565b6104ae6104a9366004611df7565b610ed1565b6040516101ea9190611ed3565b600154610269906001600160401b031681565b5f546001600160a01b0316610357565b61032e610f7d565b6103577f000000000000000000000000000000000000000000000000000000000000000081565b6101fb61051b366004611d4d565b610fc5565b61032e61052e366004611d4d565b611017565b610269610541366004611f0a565b60056020525f90815260409020546001600160401b031681565b6101fb600481565b610248610571366004611f2c565b611028565b5f5461026990600160c01b90046001600160401b031681565b61032e61059d366004611d95565b6110e1565b61032e6105b0366004611fbc565b61111b565b6102696105c3366004611fd5565b611218565b60605f6105d485610d3c565b6080015190508063ffffffff168463ffffffff161061063657604080515f808252602082019092529061062d565b604080516060810182525f80825260208083018290529282015282525f199092019101816106025790505b50915050610770565b6106408482612041565b63ffffffff168363ffffffff1611156106605761065d8482612041565b92505b8263ffffffff166001600160401b0381111561067e5761067e612019565b6040519080825280602002602001820160405280156106c757816020015b604080516060810182525f80825260208083018290529282015282525f1990920191018161069c5790505b5091505f5b8363ffffffff1681101561076d576001600160401b0386165f908152600460205260408120906107028363ffffffff891661205d565b815260208082019290925260409081015f208151606081018352815481526001909101546001600160801b0380821694830194909452600160801b900490921690820152835184908390811061075a5761075a612070565b60209081029190910101526001016106cc565b50505b9392505050565b5f5f61078285610d3c565b90505f61079d85858460a001516001600160801b0316611258565b6001600160401b0387165f90815260046020526040812060808501519293509163ffffffff165b60016107d08383612084565b1115610822575f60026107e3838561205d565b6107ed91906120ab565b5f818152602086905260409020600101549091506001600160801b031685106108185780925061081c565b8091505b506107c4565b50979650505050505050565b5f8061084163ffffffff8516600161205d565b4090508061087b576108548460016120be565b604051633df5edc160e11b815263ffffffff90911660048201526024015b60405180910390fd5b6040805160208101839052908101849052606001604051602081830303815290604052805190602001209150505b92915050565b5f60ff831615806108c35750600760ff8416115b806108d15750601460ff8316115b156108fc576040516376ec9e8b60e01b815260ff808516600483015283166024820152604401610872565b604051638902624560e01b815260ff8516600482015263ffffffff431660248201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906389026245906044015f60405180830381865afa15801561096e573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261099591908101906120da565b600180549192506001600160401b03909116905f6109b283612194565b82546101009290920a6001600160401b0381810219909316918316021790915581165f908152600460205260408120919350908190815b8451811015610aec575f610a18868381518110610a0857610a08612070565b60200260200101518b8b8b6112a0565b9050805f03610a275750610ae4565b5f610a32828761205d565b90506001600160801b03811115610a5c57604051634e1ab3bd60e11b815260040160405180910390fd5b6040518060600160405280888581518110610a7957610a79612070565b60209081029190910181015182526001600160801b039889168282015283891660409283015263ffffffff88165f908152878252829020835181559083015192909101518816600160801b0291909716176001909601959095558484610ade816121be565b95505050505b6001016109e9565b508163ffffffff165f03610b285760405163ba20bd7d60e01b815260ff808a166004830152808916602483015287166044820152606401610872565b6040518060c001604052808960ff1681526020018860ff1681526020018760ff1681526020014363ffffffff1681526020018363ffffffff168152602001846001600160801b031681525060035f876001600160401b03166001600160401b031681526020019081526020015f205f820151815f015f6101000a81548160ff021916908360ff1602179055506020820151815f0160016101000a81548160ff021916908360ff1602179055506040820151815f0160026101000a81548160ff021916908360ff1602179055506060820151815f0160036101000a81548163ffffffff021916908363ffffffff1602179055506080820151815f0160076101000a81548163ffffffff021916908363ffffffff16021790555060a0820151815f01600b6101000a8154816001600160801b0302191690836001600160801b031602179055509050508460055f610c998b8b8b62ff0000601084901b1661ff00600884901b161760ff8216179392505050565b62ffffff16815260208082019290925260409081015f20805467ffffffffffffffff19166001600160401b03948516179055805160ff808d168252808c16938201939093529189169082015263ffffffff841660608201526001600160801b0385166080820152908616907fb2cf6669e6360f5aeab7b68f4ff0e0623dc6bd44a6ecb99db21184626de1e8609060a00160405180910390a2505050509392505050565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152506001600160401b0381165f908152600360209081526040808320815160c081018352905460ff80821683526101008204811694830194909452620100008104909316918101919091526301000000820463ffffffff908116606083015267010000000000000083041660808201819052600160581b9092046001600160801b031660a08201529103610e1e57604051634fe98ac560e01b81526001600160401b0383166004820152602401610872565b919050565b610e2b6114d0565b610e34816114fc565b50565b610e3f6114d0565b610e485f611591565b565b62ff0000601084901b1661ff00600884901b161760ff8216175f908152600560205260409020546001600160401b03168015801590610ec357505f80546001600160401b03831682526003602052604090912054610ebf9163ffffffff600160a01b909104811691630100000090041661205d565b4310155b1561077057505f9392505050565b6060878614610efd5760405163e57cefe760e01b81526004810189905260248101879052604401610872565b610f6f8a8a8a808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525050604080516020808e0282810182019093528d82529093508d92508c9182918501908490808284375f920191909152508b92508a9150899050886115e0565b9a9950505050505050505050565b335f8181526002602052604080822080546affffffffffffffffffffff19169055517fde60bf8427041ae0ec8989c3755e0ca32ba6291fb9e93f5ab1424135f5a7bf0c9190a2565b5f8060146001610fe16001600160401b0386166210000061205d565b610feb9190612084565b901c90505b808260ff166001901b10156110115781611009816121d9565b925050610ff0565b50919050565b61101f6114d0565b610e3481611a40565b6040805160018082528183019092525f918291906020808301908036833750506040805160018082528183019092529293505f929150602080830190803683370190505090508888835f8151811061108257611082612070565b60200260200101835f8151811061109b5761109b612070565b6020908102919091010191909152526110b98a83838a8a8a8a6115e0565b5f815181106110ca576110ca612070565b602002602001015192505050979650505050505050565b6110e96114d0565b6001600160a01b03811661111257604051631e4fbdf760e01b81525f6004820152602401610872565b610e3481611591565b61112860208201826121fd565b61ffff16158061114b57506111436040820160208301611d66565b63ffffffff16155b8061116957506111616060820160408301611d66565b63ffffffff16155b80611184575061117f6080820160608301612218565b60ff16155b806111a15750600761119c6080830160608401612218565b60ff16115b156111bf576040516331278a8760e01b815260040160405180910390fd5b335f90815260026020526040902081906111d98282612233565b505060405133907f12a354eb36f5236c985bb04d69b542c1aca18b0c20898adc96ae0e1d1bd11e179061120d9084906122e0565b60405180910390a250565b5f5f61122383610fc5565b9050611230858583610e4a565b9150816001600160401b03165f036112505761124d8585836108af565b91505b509392505050565b5f818484604051602001611276929190918252602082015260400190565b604051602081830303815290604052805190602001205f1c6112989190612345565b949350505050565b5f5f60025f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663296bb064896040518263ffffffff1660e01b81526004016112f391815260200190565b602060405180830381865afa15801561130e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113329190612358565b6001600160a01b0316815260208082019290925260409081015f208151608081018352905461ffff8116825263ffffffff620100008204811694830194909452660100000000000081049093169181019190915260ff600160501b9092048281166060830152909250851681169085161415806113bf57508260ff166001901b816020015163ffffffff16105b156113cd575f915050611298565b5f816040015163ffffffff16825f015161ffff166113eb9190612373565b5f54909150600160c01b90046001600160401b031681111561141b57505f54600160c01b90046001600160401b03165b604051635401ed2760e01b81526004810188905260ff8716602482015281907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690635401ed2790604401602060405180830381865afa158015611489573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114ad919061238a565b6bffffffffffffffffffffffff166114c59190612373565b979650505050505050565b5f546001600160a01b03163314610e485760405163118cdaa760e01b8152336004820152602401610872565b8063ffffffff165f036115225760405163ef6a59cb60e01b815260040160405180910390fd5b5f546040805163ffffffff600160a01b9093048316815291831660208301527f58004973619d3a0c4f890c85bd0b3c0bfe278f286a4f70bec5b30c6f6c9bb944910160405180910390a15f805463ffffffff909216600160a01b0263ffffffff60a01b19909216919091179055565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b60608382811461160d5760405163e57cefe760e01b81526004810182905260248101849052604401610872565b5f6116178a610d3c565b90505f826001600160401b0381111561163257611632612019565b60405190808252806020026020018201604052801561165b578160200160208202803683370190505b5090505f836001600160401b0381111561167757611677612019565b6040519080825280602002602001820160405280156116a0578160200160208202803683370190505b506001600160401b038d165f9081526004602052604081209192505b85811015611873575f8b8b838181106116d7576116d7612070565b90506020020160208101906116ec9190611d66565b90505f8211801561173957508b8b611705600185612084565b81811061171457611714612070565b90506020020160208101906117299190611d66565b63ffffffff168163ffffffff1611155b156117575760405163a7781cbb60e01b815260040160405180910390fd5b856080015163ffffffff168163ffffffff16106117b157808a8a8481811061178157611781612070565b604051634791d74160e11b815263ffffffff90941660048501526020029190910135602483015250604401610872565b63ffffffff81165f9081526020849052604090208a8a848181106117d7576117d7612070565b90506020020135815f0154146117fa57818b8b8581811061178157611781612070565b600181015486516001600160801b039091169087908590811061181f5761181f612070565b6020026020010181815250508060010160109054906101000a90046001600160801b03166001600160801b031685848151811061185e5761185e612070565b602090810291909101015250506001016116bc565b505f856001600160401b0381111561188d5761188d612019565b6040519080825280602002602001820160405280156118b6578160200160208202803683370190505b5090508c516001600160401b038111156118d2576118d2612019565b6040519080825280602002602001820160405280156118fb578160200160208202803683370190505b5096505f5b8d518110156119b4578c818151811061191b5761191b612070565b60200260200101515f036119425760405163cfb92c7d60e01b815260040160405180910390fd5b61198f8e828151811061195757611957612070565b60200260200101518e838151811061197157611971612070565b60200260200101518860a001516001600160801b0316888887611add565b8882815181106119a1576119a1612070565b6020908102919091010152600101611900565b505f5b86811015611a2e578181815181106119d1576119d1612070565b6020026020010151611a26578b8b828181106119ef576119ef612070565b9050602002016020810190611a049190611d66565b604051632c0f4a5160e21b815263ffffffff9091166004820152602401610872565b6001016119b7565b50505050505050979650505050505050565b806001600160401b03165f03611a6957604051631b91689360e31b815260040160405180910390fd5b5f54604080516001600160401b03600160c01b9093048316815291831660208301527f01aad1b8d3e2b07437be1d8cc756da99a4891e066416cecae759db0326a177b2910160405180910390a15f80546001600160401b03909216600160c01b026001600160c01b03909216919091179055565b5f805b86811015611bc0575f611af4898389611258565b86519091505f905b80821015611bb5575f6002611b11838561205d565b611b1b91906120ab565b9050888181518110611b2f57611b2f612070565b6020026020010151841015611b4657809150611baf565b878181518110611b5857611b58612070565b60200260200101518410611b7857611b7181600161205d565b9250611baf565b85611b82816123b5565b9650506001878281518110611b9957611b99612070565b9115156020928302919091019091015250611bb5565b50611afc565b505050600101611ae0565b509695505050505050565b80356001600160401b0381168114610e1e575f5ffd5b63ffffffff81168114610e34575f5ffd5b5f5f5f60608486031215611c04575f5ffd5b611c0d84611bcb565b92506020840135611c1d81611be1565b91506040840135611c2d81611be1565b809150509250925092565b602080825282518282018190525f918401906040840190835b81811015611c9d578351805184526001600160801b0360208201511660208501526001600160801b03604082015116604085015250606083019250602084019350600181019050611c51565b509095945050505050565b5f5f5f60608486031215611cba575f5ffd5b611cc384611bcb565b95602085013595506040909401359392505050565b5f5f60408385031215611ce9575f5ffd5b8235611cf481611be1565b946020939093013593505050565b60ff81168114610e34575f5ffd5b5f5f5f60608486031215611d22575f5ffd5b8335611d2d81611d02565b92506020840135611d3d81611d02565b91506040840135611c2d81611d02565b5f60208284031215611d5d575f5ffd5b61077082611bcb565b5f60208284031215611d76575f5ffd5b813561077081611be1565b6001600160a01b0381168114610e34575f5ffd5b5f60208284031215611da5575f5ffd5b813561077081611d81565b5f5f83601f840112611dc0575f5ffd5b5081356001600160401b03811115611dd6575f5ffd5b6020830191508360208260051b8501011115611df0575f5ffd5b9250929050565b5f5f5f5f5f5f5f5f5f60a08a8c031215611e0f575f5ffd5b611e188a611bcb565b985060208a01356001600160401b03811115611e32575f5ffd5b611e3e8c828d01611db0565b90995097505060408a01356001600160401b03811115611e5c575f5ffd5b611e688c828d01611db0565b90975095505060608a01356001600160401b03811115611e86575f5ffd5b611e928c828d01611db0565b90955093505060808a01356001600160401b03811115611eb0575f5ffd5b611ebc8c828d01611db0565b915080935050809150509295985092959850929598565b602080825282518282018190525f918401906040840190835b81811015611c9d578351835260209384019390920191600101611eec565b5f60208284031215611f1a575f5ffd5b813562ffffff81168114610770575f5ffd5b5f5f5f5f5f5f5f60a0888a031215611f42575f5ffd5b611f4b88611bcb565b9650602088013595506040880135945060608801356001600160401b03811115611f73575f5ffd5b611f7f8a828b01611db0565b90955093505060808801356001600160401b03811115611f9d575f5ffd5b611fa98a828b01611db0565b989b979a50959850939692959293505050565b5f6080828403128015611fcd575f5ffd5b509092915050565b5f5f5f60608486031215611fe7575f5ffd5b8335611ff281611d02565b9250602084013561200281611d02565b915061201060408501611bcb565b90509250925092565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b63ffffffff82811682821603908111156108a9576108a961202d565b808201808211156108a9576108a961202d565b634e487b7160e01b5f52603260045260245ffd5b818103818111156108a9576108a961202d565b634e487b7160e01b5f52601260045260245ffd5b5f826120b9576120b9612097565b500490565b63ffffffff81811683821601908111156108a9576108a961202d565b5f602082840312156120ea575f5ffd5b81516001600160401b038111156120ff575f5ffd5b8201601f8101841361210f575f5ffd5b80516001600160401b0381111561212857612128612019565b8060051b604051601f19603f83011681018181106001600160401b038211171561215457612154612019565b604052918252602081840181019290810187841115612171575f5ffd5b6020850194505b83851015611bc057845180825260209586019590935001612178565b5f6001600160401b0382166001600160401b0381036121b5576121b561202d565b60010192915050565b5f63ffffffff821663ffffffff81036121b5576121b561202d565b5f60ff821660ff81036121b5576121b561202d565b61ffff81168114610e34575f5ffd5b5f6020828403121561220d575f5ffd5b8135610770816121ee565b5f60208284031215612228575f5ffd5b813561077081611d02565b813561223e816121ee565b61ffff8116905081548161ffff198216178355602084013561225f81611be1565b65ffffffff00008160101b169050808365ffffffffffff19841617178455604085013561228b81611be1565b69ffffffff0000000000008160301b168469ffffffffffffffffffff198516178317178555505050505f60608301356122c381611d02565b825460ff60501b191660509190911b60ff60501b16179091555050565b6080810182356122ef816121ee565b61ffff168252602083013561230381611be1565b63ffffffff166020830152604083013561231c81611be1565b63ffffffff166040830152606083013561233581611d02565b60ff811660608401525092915050565b5f8261235357612353612097565b500690565b5f60208284031215612368575f5ffd5b815161077081611d81565b80820281158282048414176108a9576108a961202d565b5f6020828403121561239a575f5ffd5b81516bffffffffffffffffffffffff81168114610770575f5ffd5b5f600182016123c6576123c661202d565b506001019056",
}

// CommitteeRegistryABI is the input ABI used to generate the binding from.
// Deprecated: Use CommitteeRegistryMetaData.ABI instead.
var CommitteeRegistryABI = CommitteeRegistryMetaData.ABI

// CommitteeRegistryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use CommitteeRegistryMetaData.Bin instead.
var CommitteeRegistryBin = CommitteeRegistryMetaData.Bin

// DeployCommitteeRegistry deploys a new Ethereum contract, binding an instance of CommitteeRegistry to it.
func DeployCommitteeRegistry(auth *bind.TransactOpts, backend bind.ContractBackend, coordinator common.Address, initialOwner common.Address, epoch uint32, cap uint64) (common.Address, *types.Transaction, *CommitteeRegistry, error) {
	parsed, err := CommitteeRegistryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(CommitteeRegistryBin), backend, coordinator, initialOwner, epoch, cap)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &CommitteeRegistry{CommitteeRegistryCaller: CommitteeRegistryCaller{contract: contract}, CommitteeRegistryTransactor: CommitteeRegistryTransactor{contract: contract}, CommitteeRegistryFilterer: CommitteeRegistryFilterer{contract: contract}}, nil
}

// CommitteeRegistry is an auto generated Go binding around an Ethereum contract.
type CommitteeRegistry struct {
	CommitteeRegistryCaller     // Read-only binding to the contract
	CommitteeRegistryTransactor // Write-only binding to the contract
	CommitteeRegistryFilterer   // Log filterer for contract events
}

// CommitteeRegistryCaller is an auto generated read-only Go binding around an Ethereum contract.
type CommitteeRegistryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CommitteeRegistryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type CommitteeRegistryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CommitteeRegistryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type CommitteeRegistryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CommitteeRegistrySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type CommitteeRegistrySession struct {
	Contract     *CommitteeRegistry // Generic contract binding to set the session for
	CallOpts     bind.CallOpts      // Call options to use throughout this session
	TransactOpts bind.TransactOpts  // Transaction auth options to use throughout this session
}

// CommitteeRegistryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type CommitteeRegistryCallerSession struct {
	Contract *CommitteeRegistryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts            // Call options to use throughout this session
}

// CommitteeRegistryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type CommitteeRegistryTransactorSession struct {
	Contract     *CommitteeRegistryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts            // Transaction auth options to use throughout this session
}

// CommitteeRegistryRaw is an auto generated low-level Go binding around an Ethereum contract.
type CommitteeRegistryRaw struct {
	Contract *CommitteeRegistry // Generic contract binding to access the raw methods on
}

// CommitteeRegistryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type CommitteeRegistryCallerRaw struct {
	Contract *CommitteeRegistryCaller // Generic read-only contract binding to access the raw methods on
}

// CommitteeRegistryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type CommitteeRegistryTransactorRaw struct {
	Contract *CommitteeRegistryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewCommitteeRegistry creates a new instance of CommitteeRegistry, bound to a specific deployed contract.
func NewCommitteeRegistry(address common.Address, backend bind.ContractBackend) (*CommitteeRegistry, error) {
	contract, err := bindCommitteeRegistry(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &CommitteeRegistry{CommitteeRegistryCaller: CommitteeRegistryCaller{contract: contract}, CommitteeRegistryTransactor: CommitteeRegistryTransactor{contract: contract}, CommitteeRegistryFilterer: CommitteeRegistryFilterer{contract: contract}}, nil
}

// NewCommitteeRegistryCaller creates a new read-only instance of CommitteeRegistry, bound to a specific deployed contract.
func NewCommitteeRegistryCaller(address common.Address, caller bind.ContractCaller) (*CommitteeRegistryCaller, error) {
	contract, err := bindCommitteeRegistry(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &CommitteeRegistryCaller{contract: contract}, nil
}

// NewCommitteeRegistryTransactor creates a new write-only instance of CommitteeRegistry, bound to a specific deployed contract.
func NewCommitteeRegistryTransactor(address common.Address, transactor bind.ContractTransactor) (*CommitteeRegistryTransactor, error) {
	contract, err := bindCommitteeRegistry(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &CommitteeRegistryTransactor{contract: contract}, nil
}

// NewCommitteeRegistryFilterer creates a new log filterer instance of CommitteeRegistry, bound to a specific deployed contract.
func NewCommitteeRegistryFilterer(address common.Address, filterer bind.ContractFilterer) (*CommitteeRegistryFilterer, error) {
	contract, err := bindCommitteeRegistry(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &CommitteeRegistryFilterer{contract: contract}, nil
}

// bindCommitteeRegistry binds a generic wrapper to an already deployed contract.
func bindCommitteeRegistry(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := CommitteeRegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_CommitteeRegistry *CommitteeRegistryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _CommitteeRegistry.Contract.CommitteeRegistryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_CommitteeRegistry *CommitteeRegistryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _CommitteeRegistry.Contract.CommitteeRegistryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_CommitteeRegistry *CommitteeRegistryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _CommitteeRegistry.Contract.CommitteeRegistryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_CommitteeRegistry *CommitteeRegistryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _CommitteeRegistry.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_CommitteeRegistry *CommitteeRegistryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _CommitteeRegistry.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_CommitteeRegistry *CommitteeRegistryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _CommitteeRegistry.Contract.contract.Transact(opts, method, params...)
}

// MAXMEMCLASS is a free data retrieval call binding the contract method 0x0d7472ed.
//
// Solidity: function MAX_MEM_CLASS() view returns(uint8)
func (_CommitteeRegistry *CommitteeRegistryCaller) MAXMEMCLASS(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _CommitteeRegistry.contract.Call(opts, &out, "MAX_MEM_CLASS")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// MAXMEMCLASS is a free data retrieval call binding the contract method 0x0d7472ed.
//
// Solidity: function MAX_MEM_CLASS() view returns(uint8)
func (_CommitteeRegistry *CommitteeRegistrySession) MAXMEMCLASS() (uint8, error) {
	return _CommitteeRegistry.Contract.MAXMEMCLASS(&_CommitteeRegistry.CallOpts)
}

// MAXMEMCLASS is a free data retrieval call binding the contract method 0x0d7472ed.
//
// Solidity: function MAX_MEM_CLASS() view returns(uint8)
func (_CommitteeRegistry *CommitteeRegistryCallerSession) MAXMEMCLASS() (uint8, error) {
	return _CommitteeRegistry.Contract.MAXMEMCLASS(&_CommitteeRegistry.CallOpts)
}

// RUNTIMEWASM is a free data retrieval call binding the contract method 0x4ca65fa0.
//
// Solidity: function RUNTIME_WASM() view returns(uint8)
func (_CommitteeRegistry *CommitteeRegistryCaller) RUNTIMEWASM(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _CommitteeRegistry.contract.Call(opts, &out, "RUNTIME_WASM")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// RUNTIMEWASM is a free data retrieval call binding the contract method 0x4ca65fa0.
//
// Solidity: function RUNTIME_WASM() view returns(uint8)
func (_CommitteeRegistry *CommitteeRegistrySession) RUNTIMEWASM() (uint8, error) {
	return _CommitteeRegistry.Contract.RUNTIMEWASM(&_CommitteeRegistry.CallOpts)
}

// RUNTIMEWASM is a free data retrieval call binding the contract method 0x4ca65fa0.
//
// Solidity: function RUNTIME_WASM() view returns(uint8)
func (_CommitteeRegistry *CommitteeRegistryCallerSession) RUNTIMEWASM() (uint8, error) {
	return _CommitteeRegistry.Contract.RUNTIMEWASM(&_CommitteeRegistry.CallOpts)
}

// RUNTIMEX86 is a free data retrieval call binding the contract method 0x84e41464.
//
// Solidity: function RUNTIME_X86() view returns(uint8)
func (_CommitteeRegistry *CommitteeRegistryCaller) RUNTIMEX86(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _CommitteeRegistry.contract.Call(opts, &out, "RUNTIME_X86")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// RUNTIMEX86 is a free data retrieval call binding the contract method 0x84e41464.
//
// Solidity: function RUNTIME_X86() view returns(uint8)
func (_CommitteeRegistry *CommitteeRegistrySession) RUNTIMEX86() (uint8, error) {
	return _CommitteeRegistry.Contract.RUNTIMEX86(&_CommitteeRegistry.CallOpts)
}

// RUNTIMEX86 is a free data retrieval call binding the contract method 0x84e41464.
//
// Solidity: function RUNTIME_X86() view returns(uint8)
func (_CommitteeRegistry *CommitteeRegistryCallerSession) RUNTIMEX86() (uint8, error) {
	return _CommitteeRegistry.Contract.RUNTIMEX86(&_CommitteeRegistry.CallOpts)
}

// RUNTIMEZK is a free data retrieval call binding the contract method 0xe62db2bf.
//
// Solidity: function RUNTIME_ZK() view returns(uint8)
func (_CommitteeRegistry *CommitteeRegistryCaller) RUNTIMEZK(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _CommitteeRegistry.contract.Call(opts, &out, "RUNTIME_ZK")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// RUNTIMEZK is a free data retrieval call binding the contract method 0xe62db2bf.
//
// Solidity: function RUNTIME_ZK() view returns(uint8)
func (_CommitteeRegistry *CommitteeRegistrySession) RUNTIMEZK() (uint8, error) {
	return _CommitteeRegistry.Contract.RUNTIMEZK(&_CommitteeRegistry.CallOpts)
}

// RUNTIMEZK is a free data retrieval call binding the contract method 0xe62db2bf.
//
// Solidity: function RUNTIME_ZK() view returns(uint8)
func (_CommitteeRegistry *CommitteeRegistryCallerSession) RUNTIMEZK() (uint8, error) {
	return _CommitteeRegistry.Contract.RUNTIMEZK(&_CommitteeRegistry.CallOpts)
}

// CapacityCap is a free data retrieval call binding the contract method 0xe9a4db75.
//
// Solidity: function capacityCap() view returns(uint64)
func (_CommitteeRegistry *CommitteeRegistryCaller) CapacityCap(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _CommitteeRegistry.contract.Call(opts, &out, "capacityCap")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// CapacityCap is a free data retrieval call binding the contract method 0xe9a4db75.
//
// Solidity: function capacityCap() view returns(uint64)
func (_CommitteeRegistry *CommitteeRegistrySession) CapacityCap() (uint64, error) {
	return _CommitteeRegistry.Contract.CapacityCap(&_CommitteeRegistry.CallOpts)
}

// CapacityCap is a free data retrieval call binding the contract method 0xe9a4db75.
//
// Solidity: function capacityCap() view returns(uint64)
func (_CommitteeRegistry *CommitteeRegistryCallerSession) CapacityCap() (uint64, error) {
	return _CommitteeRegistry.Contract.CapacityCap(&_CommitteeRegistry.CallOpts)
}

// CapacityOf is a free data retrieval call binding the contract method 0x7f67a1e1.
//
// Solidity: function capacityOf(address operator) view returns((uint16,uint32,uint32,uint8))
func (_CommitteeRegistry *CommitteeRegistryCaller) CapacityOf(opts *bind.CallOpts, operator common.Address) (ICommitteeRegistryCapacity, error) {
	var out []interface{}
	err := _CommitteeRegistry.contract.Call(opts, &out, "capacityOf", operator)

	if err != nil {
		return *new(ICommitteeRegistryCapacity), err
	}

	out0 := *abi.ConvertType(out[0], new(ICommitteeRegistryCapacity)).(*ICommitteeRegistryCapacity)

	return out0, err

}

// CapacityOf is a free data retrieval call binding the contract method 0x7f67a1e1.
//
// Solidity: function capacityOf(address operator) view returns((uint16,uint32,uint32,uint8))
func (_CommitteeRegistry *CommitteeRegistrySession) CapacityOf(operator common.Address) (ICommitteeRegistryCapacity, error) {
	return _CommitteeRegistry.Contract.CapacityOf(&_CommitteeRegistry.CallOpts, operator)
}

// CapacityOf is a free data retrieval call binding the contract method 0x7f67a1e1.
//
// Solidity: function capacityOf(address operator) view returns((uint16,uint32,uint32,uint8))
func (_CommitteeRegistry *CommitteeRegistryCallerSession) CapacityOf(operator common.Address) (ICommitteeRegistryCapacity, error) {
	return _CommitteeRegistry.Contract.CapacityOf(&_CommitteeRegistry.CallOpts, operator)
}

// CommitteeSeed is a free data retrieval call binding the contract method 0x17d7efd9.
//
// Solidity: function committeeSeed(uint32 referenceBlock, bytes32 taskHash) view returns(bytes32)
func (_CommitteeRegistry *CommitteeRegistryCaller) CommitteeSeed(opts *bind.CallOpts, referenceBlock uint32, taskHash [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _CommitteeRegistry.contract.Call(opts, &out, "committeeSeed", referenceBlock, taskHash)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// CommitteeSeed is a free data retrieval call binding the contract method 0x17d7efd9.
//
// Solidity: function committeeSeed(uint32 referenceBlock, bytes32 taskHash) view returns(bytes32)
func (_CommitteeRegistry *CommitteeRegistrySession) CommitteeSeed(referenceBlock uint32, taskHash [32]byte) ([32]byte, error) {
	return _CommitteeRegistry.Contract.CommitteeSeed(&_CommitteeRegistry.CallOpts, referenceBlock, taskHash)
}

// CommitteeSeed is a free data retrieval call binding the contract method 0x17d7efd9.
//
// Solidity: function committeeSeed(uint32 referenceBlock, bytes32 taskHash) view returns(bytes32)
func (_CommitteeRegistry *CommitteeRegistryCallerSession) CommitteeSeed(referenceBlock uint32, taskHash [32]byte) ([32]byte, error) {
	return _CommitteeRegistry.Contract.CommitteeSeed(&_CommitteeRegistry.CallOpts, referenceBlock, taskHash)
}

// CountSeats is a free data retrieval call binding the contract method 0xe678c081.
//
// Solidity: function countSeats(uint64 tableId, bytes32 seed, uint256 window, uint32[] positions, bytes32[] operatorIds) view returns(uint256 seats)
func (_CommitteeRegistry *CommitteeRegistryCaller) CountSeats(opts *bind.CallOpts, tableId uint64, seed [32]byte, window *big.Int, positions []uint32, operatorIds [][32]byte) (*big.Int, error) {
	var out []interface{}
	err := _CommitteeRegistry.contract.Call(opts, &out, "countSeats", tableId, seed, window, positions, operatorIds)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// CountSeats is a free data retrieval call binding the contract method 0xe678c081.
//
// Solidity: function countSeats(uint64 tableId, bytes32 seed, uint256 window, uint32[] positions, bytes32[] operatorIds) view returns(uint256 seats)
func (_CommitteeRegistry *CommitteeRegistrySession) CountSeats(tableId uint64, seed [32]byte, window *big.Int, positions []uint32, operatorIds [][32]byte) (*big.Int, error) {
	return _CommitteeRegistry.Contract.CountSeats(&_CommitteeRegistry.CallOpts, tableId, seed, window, positions, operatorIds)
}

// CountSeats is a free data retrieval call binding the contract method 0xe678c081.
//
// Solidity: function countSeats(uint64 tableId, bytes32 seed, uint256 window, uint32[] positions, bytes32[] operatorIds) view returns(uint256 seats)
func (_CommitteeRegistry *CommitteeRegistryCallerSession) CountSeats(tableId uint64, seed [32]byte, window *big.Int, positions []uint32, operatorIds [][32]byte) (*big.Int, error) {
	return _CommitteeRegistry.Contract.CountSeats(&_CommitteeRegistry.CallOpts, tableId, seed, window, positions, operatorIds)
}

// CountSeatsMany is a free data retrieval call binding the contract method 0x8747f6d7.
//
// Solidity: function countSeatsMany(uint64 tableId, bytes32[] seeds, uint256[] windows, uint32[] positions, bytes32[] operatorIds) view returns(uint256[] seats)
func (_CommitteeRegistry *CommitteeRegistryCaller) CountSeatsMany(opts *bind.CallOpts, tableId uint64, seeds [][32]byte, windows []*big.Int, positions []uint32, operatorIds [][32]byte) ([]*big.Int, error) {
	var out []interface{}
	err := _CommitteeRegistry.contract.Call(opts, &out, "countSeatsMany", tableId, seeds, windows, positions, operatorIds)

	if err != nil {
		return *new([]*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)

	return out0, err

}

// CountSeatsMany is a free data retrieval call binding the contract method 0x8747f6d7.
//
// Solidity: function countSeatsMany(uint64 tableId, bytes32[] seeds, uint256[] windows, uint32[] positions, bytes32[] operatorIds) view returns(uint256[] seats)
func (_CommitteeRegistry *CommitteeRegistrySession) CountSeatsMany(tableId uint64, seeds [][32]byte, windows []*big.Int, positions []uint32, operatorIds [][32]byte) ([]*big.Int, error) {
	return _CommitteeRegistry.Contract.CountSeatsMany(&_CommitteeRegistry.CallOpts, tableId, seeds, windows, positions, operatorIds)
}

// CountSeatsMany is a free data retrieval call binding the contract method 0x8747f6d7.
//
// Solidity: function countSeatsMany(uint64 tableId, bytes32[] seeds, uint256[] windows, uint32[] positions, bytes32[] operatorIds) view returns(uint256[] seats)
func (_CommitteeRegistry *CommitteeRegistryCallerSession) CountSeatsMany(tableId uint64, seeds [][32]byte, windows []*big.Int, positions []uint32, operatorIds [][32]byte) ([]*big.Int, error) {
	return _CommitteeRegistry.Contract.CountSeatsMany(&_CommitteeRegistry.CallOpts, tableId, seeds, windows, positions, operatorIds)
}

// CurrentTable is a free data retrieval call binding the contract method 0x86ed9f9d.
//
// Solidity: function currentTable(uint8 quorum, uint8 runtimes, uint8 memClass) view returns(uint64 tableId)
func (_CommitteeRegistry *CommitteeRegistryCaller) CurrentTable(opts *bind.CallOpts, quorum uint8, runtimes uint8, memClass uint8) (uint64, error) {
	var out []interface{}
	err := _CommitteeRegistry.contract.Call(opts, &out, "currentTable", quorum, runtimes, memClass)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// CurrentTable is a free data retrieval call binding the contract method 0x86ed9f9d.
//
// Solidity: function currentTable(uint8 quorum, uint8 runtimes, uint8 memClass) view returns(uint64 tableId)
func (_CommitteeRegistry *CommitteeRegistrySession) CurrentTable(quorum uint8, runtimes uint8, memClass uint8) (uint64, error) {
	return _CommitteeRegistry.Contract.CurrentTable(&_CommitteeRegistry.CallOpts, quorum, runtimes, memClass)
}

// CurrentTable is a free data retrieval call binding the contract method 0x86ed9f9d.
//
// Solidity: function currentTable(uint8 quorum, uint8 runtimes, uint8 memClass) view returns(uint64 tableId)
func (_CommitteeRegistry *CommitteeRegistryCallerSession) CurrentTable(quorum uint8, runtimes uint8, memClass uint8) (uint64, error) {
	return _CommitteeRegistry.Contract.CurrentTable(&_CommitteeRegistry.CallOpts, quorum, runtimes, memClass)
}

// DrawHolder is a free data retrieval call binding the contract method 0x0f4507db.
//
// Solidity: function drawHolder(uint64 tableId, bytes32 seed, uint256 draw) view returns(uint32 position)
func (_CommitteeRegistry *CommitteeRegistryCaller) DrawHolder(opts *bind.CallOpts, tableId uint64, seed [32]byte, draw *big.Int) (uint32, error) {
	var out []interface{}
	err := _CommitteeRegistry.contract.Call(opts, &out, "drawHolder", tableId, seed, draw)

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// DrawHolder is a free data retrieval call binding the contract method 0x0f4507db.
//
// Solidity: function drawHolder(uint64 tableId, bytes32 seed, uint256 draw) view returns(uint32 position)
func (_CommitteeRegistry *CommitteeRegistrySession) DrawHolder(tableId uint64, seed [32]byte, draw *big.Int) (uint32, error) {
	return _CommitteeRegistry.Contract.DrawHolder(&_CommitteeRegistry.CallOpts, tableId, seed, draw)
}

// DrawHolder is a free data retrieval call binding the contract method 0x0f4507db.
//
// Solidity: function drawHolder(uint64 tableId, bytes32 seed, uint256 draw) view returns(uint32 position)
func (_CommitteeRegistry *CommitteeRegistryCallerSession) DrawHolder(tableId uint64, seed [32]byte, draw *big.Int) (uint32, error) {
	return _CommitteeRegistry.Contract.DrawHolder(&_CommitteeRegistry.CallOpts, tableId, seed, draw)
}

// EpochBlocks is a free data retrieval call binding the contract method 0x4e4b3bef.
//
// Solidity: function epochBlocks() view returns(uint32)
func (_CommitteeRegistry *CommitteeRegistryCaller) EpochBlocks(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _CommitteeRegistry.contract.Call(opts, &out, "epochBlocks")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// EpochBlocks is a free data retrieval call binding the contract method 0x4e4b3bef.
//
// Solidity: function epochBlocks() view returns(uint32)
func (_CommitteeRegistry *CommitteeRegistrySession) EpochBlocks() (uint32, error) {
	return _CommitteeRegistry.Contract.EpochBlocks(&_CommitteeRegistry.CallOpts)
}

// EpochBlocks is a free data retrieval call binding the contract method 0x4e4b3bef.
//
// Solidity: function epochBlocks() view returns(uint32)
func (_CommitteeRegistry *CommitteeRegistryCallerSession) EpochBlocks() (uint32, error) {
	return _CommitteeRegistry.Contract.EpochBlocks(&_CommitteeRegistry.CallOpts)
}

// GetEntries is a free data retrieval call binding the contract method 0x033099f7.
//
// Solidity: function getEntries(uint64 tableId, uint32 from, uint32 count) view returns((bytes32,uint128,uint128)[] list)
func (_CommitteeRegistry *CommitteeRegistryCaller) GetEntries(opts *bind.CallOpts, tableId uint64, from uint32, count uint32) ([]ICommitteeRegistryEntry, error) {
	var out []interface{}
	err := _CommitteeRegistry.contract.Call(opts, &out, "getEntries", tableId, from, count)

	if err != nil {
		return *new([]ICommitteeRegistryEntry), err
	}

	out0 := *abi.ConvertType(out[0], new([]ICommitteeRegistryEntry)).(*[]ICommitteeRegistryEntry)

	return out0, err

}

// GetEntries is a free data retrieval call binding the contract method 0x033099f7.
//
// Solidity: function getEntries(uint64 tableId, uint32 from, uint32 count) view returns((bytes32,uint128,uint128)[] list)
func (_CommitteeRegistry *CommitteeRegistrySession) GetEntries(tableId uint64, from uint32, count uint32) ([]ICommitteeRegistryEntry, error) {
	return _CommitteeRegistry.Contract.GetEntries(&_CommitteeRegistry.CallOpts, tableId, from, count)
}

// GetEntries is a free data retrieval call binding the contract method 0x033099f7.
//
// Solidity: function getEntries(uint64 tableId, uint32 from, uint32 count) view returns((bytes32,uint128,uint128)[] list)
func (_CommitteeRegistry *CommitteeRegistryCallerSession) GetEntries(tableId uint64, from uint32, count uint32) ([]ICommitteeRegistryEntry, error) {
	return _CommitteeRegistry.Contract.GetEntries(&_CommitteeRegistry.CallOpts, tableId, from, count)
}

// GetTable is a free data retrieval call binding the contract method 0x3bb6e472.
//
// Solidity: function getTable(uint64 tableId) view returns((uint8,uint8,uint8,uint32,uint32,uint128) info)
func (_CommitteeRegistry *CommitteeRegistryCaller) GetTable(opts *bind.CallOpts, tableId uint64) (ICommitteeRegistryTableInfo, error) {
	var out []interface{}
	err := _CommitteeRegistry.contract.Call(opts, &out, "getTable", tableId)

	if err != nil {
		return *new(ICommitteeRegistryTableInfo), err
	}

	out0 := *abi.ConvertType(out[0], new(ICommitteeRegistryTableInfo)).(*ICommitteeRegistryTableInfo)

	return out0, err

}

// GetTable is a free data retrieval call binding the contract method 0x3bb6e472.
//
// Solidity: function getTable(uint64 tableId) view returns((uint8,uint8,uint8,uint32,uint32,uint128) info)
func (_CommitteeRegistry *CommitteeRegistrySession) GetTable(tableId uint64) (ICommitteeRegistryTableInfo, error) {
	return _CommitteeRegistry.Contract.GetTable(&_CommitteeRegistry.CallOpts, tableId)
}

// GetTable is a free data retrieval call binding the contract method 0x3bb6e472.
//
// Solidity: function getTable(uint64 tableId) view returns((uint8,uint8,uint8,uint32,uint32,uint128) info)
func (_CommitteeRegistry *CommitteeRegistryCallerSession) GetTable(tableId uint64) (ICommitteeRegistryTableInfo, error) {
	return _CommitteeRegistry.Contract.GetTable(&_CommitteeRegistry.CallOpts, tableId)
}

// IndexRegistry is a free data retrieval call binding the contract method 0x9e9923c2.
//
// Solidity: function indexRegistry() view returns(address)
func (_CommitteeRegistry *CommitteeRegistryCaller) IndexRegistry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _CommitteeRegistry.contract.Call(opts, &out, "indexRegistry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// IndexRegistry is a free data retrieval call binding the contract method 0x9e9923c2.
//
// Solidity: function indexRegistry() view returns(address)
func (_CommitteeRegistry *CommitteeRegistrySession) IndexRegistry() (common.Address, error) {
	return _CommitteeRegistry.Contract.IndexRegistry(&_CommitteeRegistry.CallOpts)
}

// IndexRegistry is a free data retrieval call binding the contract method 0x9e9923c2.
//
// Solidity: function indexRegistry() view returns(address)
func (_CommitteeRegistry *CommitteeRegistryCallerSession) IndexRegistry() (common.Address, error) {
	return _CommitteeRegistry.Contract.IndexRegistry(&_CommitteeRegistry.CallOpts)
}

// LatestTable is a free data retrieval call binding the contract method 0xccb0c79d.
//
// Solidity: function latestTable(uint24 ) view returns(uint64)
func (_CommitteeRegistry *CommitteeRegistryCaller) LatestTable(opts *bind.CallOpts, arg0 *big.Int) (uint64, error) {
	var out []interface{}
	err := _CommitteeRegistry.contract.Call(opts, &out, "latestTable", arg0)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// LatestTable is a free data retrieval call binding the contract method 0xccb0c79d.
//
// Solidity: function latestTable(uint24 ) view returns(uint64)
func (_CommitteeRegistry *CommitteeRegistrySession) LatestTable(arg0 *big.Int) (uint64, error) {
	return _CommitteeRegistry.Contract.LatestTable(&_CommitteeRegistry.CallOpts, arg0)
}

// LatestTable is a free data retrieval call binding the contract method 0xccb0c79d.
//
// Solidity: function latestTable(uint24 ) view returns(uint64)
func (_CommitteeRegistry *CommitteeRegistryCallerSession) LatestTable(arg0 *big.Int) (uint64, error) {
	return _CommitteeRegistry.Contract.LatestTable(&_CommitteeRegistry.CallOpts, arg0)
}

// MemoryClass is a free data retrieval call binding the contract method 0xa99f7a43.
//
// Solidity: function memoryClass(uint64 memoryBytes) pure returns(uint8 c)
func (_CommitteeRegistry *CommitteeRegistryCaller) MemoryClass(opts *bind.CallOpts, memoryBytes uint64) (uint8, error) {
	var out []interface{}
	err := _CommitteeRegistry.contract.Call(opts, &out, "memoryClass", memoryBytes)

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// MemoryClass is a free data retrieval call binding the contract method 0xa99f7a43.
//
// Solidity: function memoryClass(uint64 memoryBytes) pure returns(uint8 c)
func (_CommitteeRegistry *CommitteeRegistrySession) MemoryClass(memoryBytes uint64) (uint8, error) {
	return _CommitteeRegistry.Contract.MemoryClass(&_CommitteeRegistry.CallOpts, memoryBytes)
}

// MemoryClass is a free data retrieval call binding the contract method 0xa99f7a43.
//
// Solidity: function memoryClass(uint64 memoryBytes) pure returns(uint8 c)
func (_CommitteeRegistry *CommitteeRegistryCallerSession) MemoryClass(memoryBytes uint64) (uint8, error) {
	return _CommitteeRegistry.Contract.MemoryClass(&_CommitteeRegistry.CallOpts, memoryBytes)
}

// NextTableId is a free data retrieval call binding the contract method 0x88a01cd7.
//
// Solidity: function nextTableId() view returns(uint64)
func (_CommitteeRegistry *CommitteeRegistryCaller) NextTableId(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _CommitteeRegistry.contract.Call(opts, &out, "nextTableId")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// NextTableId is a free data retrieval call binding the contract method 0x88a01cd7.
//
// Solidity: function nextTableId() view returns(uint64)
func (_CommitteeRegistry *CommitteeRegistrySession) NextTableId() (uint64, error) {
	return _CommitteeRegistry.Contract.NextTableId(&_CommitteeRegistry.CallOpts)
}

// NextTableId is a free data retrieval call binding the contract method 0x88a01cd7.
//
// Solidity: function nextTableId() view returns(uint64)
func (_CommitteeRegistry *CommitteeRegistryCallerSession) NextTableId() (uint64, error) {
	return _CommitteeRegistry.Contract.NextTableId(&_CommitteeRegistry.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_CommitteeRegistry *CommitteeRegistryCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _CommitteeRegistry.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_CommitteeRegistry *CommitteeRegistrySession) Owner() (common.Address, error) {
	return _CommitteeRegistry.Contract.Owner(&_CommitteeRegistry.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_CommitteeRegistry *CommitteeRegistryCallerSession) Owner() (common.Address, error) {
	return _CommitteeRegistry.Contract.Owner(&_CommitteeRegistry.CallOpts)
}

// RegistryCoordinator is a free data retrieval call binding the contract method 0x6d14a987.
//
// Solidity: function registryCoordinator() view returns(address)
func (_CommitteeRegistry *CommitteeRegistryCaller) RegistryCoordinator(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _CommitteeRegistry.contract.Call(opts, &out, "registryCoordinator")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// RegistryCoordinator is a free data retrieval call binding the contract method 0x6d14a987.
//
// Solidity: function registryCoordinator() view returns(address)
func (_CommitteeRegistry *CommitteeRegistrySession) RegistryCoordinator() (common.Address, error) {
	return _CommitteeRegistry.Contract.RegistryCoordinator(&_CommitteeRegistry.CallOpts)
}

// RegistryCoordinator is a free data retrieval call binding the contract method 0x6d14a987.
//
// Solidity: function registryCoordinator() view returns(address)
func (_CommitteeRegistry *CommitteeRegistryCallerSession) RegistryCoordinator() (common.Address, error) {
	return _CommitteeRegistry.Contract.RegistryCoordinator(&_CommitteeRegistry.CallOpts)
}

// StakeRegistry is a free data retrieval call binding the contract method 0x68304835.
//
// Solidity: function stakeRegistry() view returns(address)
func (_CommitteeRegistry *CommitteeRegistryCaller) StakeRegistry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _CommitteeRegistry.contract.Call(opts, &out, "stakeRegistry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// StakeRegistry is a free data retrieval call binding the contract method 0x68304835.
//
// Solidity: function stakeRegistry() view returns(address)
func (_CommitteeRegistry *CommitteeRegistrySession) StakeRegistry() (common.Address, error) {
	return _CommitteeRegistry.Contract.StakeRegistry(&_CommitteeRegistry.CallOpts)
}

// StakeRegistry is a free data retrieval call binding the contract method 0x68304835.
//
// Solidity: function stakeRegistry() view returns(address)
func (_CommitteeRegistry *CommitteeRegistryCallerSession) StakeRegistry() (common.Address, error) {
	return _CommitteeRegistry.Contract.StakeRegistry(&_CommitteeRegistry.CallOpts)
}

// BuildTable is a paid mutator transaction binding the contract method 0x213fd783.
//
// Solidity: function buildTable(uint8 quorum, uint8 runtimes, uint8 memClass) returns(uint64 tableId)
func (_CommitteeRegistry *CommitteeRegistryTransactor) BuildTable(opts *bind.TransactOpts, quorum uint8, runtimes uint8, memClass uint8) (*types.Transaction, error) {
	return _CommitteeRegistry.contract.Transact(opts, "buildTable", quorum, runtimes, memClass)
}

// BuildTable is a paid mutator transaction binding the contract method 0x213fd783.
//
// Solidity: function buildTable(uint8 quorum, uint8 runtimes, uint8 memClass) returns(uint64 tableId)
func (_CommitteeRegistry *CommitteeRegistrySession) BuildTable(quorum uint8, runtimes uint8, memClass uint8) (*types.Transaction, error) {
	return _CommitteeRegistry.Contract.BuildTable(&_CommitteeRegistry.TransactOpts, quorum, runtimes, memClass)
}

// BuildTable is a paid mutator transaction binding the contract method 0x213fd783.
//
// Solidity: function buildTable(uint8 quorum, uint8 runtimes, uint8 memClass) returns(uint64 tableId)
func (_CommitteeRegistry *CommitteeRegistryTransactorSession) BuildTable(quorum uint8, runtimes uint8, memClass uint8) (*types.Transaction, error) {
	return _CommitteeRegistry.Contract.BuildTable(&_CommitteeRegistry.TransactOpts, quorum, runtimes, memClass)
}

// ClearCapacity is a paid mutator transaction binding the contract method 0x920d2dfa.
//
// Solidity: function clearCapacity() returns()
func (_CommitteeRegistry *CommitteeRegistryTransactor) ClearCapacity(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _CommitteeRegistry.contract.Transact(opts, "clearCapacity")
}

// ClearCapacity is a paid mutator transaction binding the contract method 0x920d2dfa.
//
// Solidity: function clearCapacity() returns()
func (_CommitteeRegistry *CommitteeRegistrySession) ClearCapacity() (*types.Transaction, error) {
	return _CommitteeRegistry.Contract.ClearCapacity(&_CommitteeRegistry.TransactOpts)
}

// ClearCapacity is a paid mutator transaction binding the contract method 0x920d2dfa.
//
// Solidity: function clearCapacity() returns()
func (_CommitteeRegistry *CommitteeRegistryTransactorSession) ClearCapacity() (*types.Transaction, error) {
	return _CommitteeRegistry.Contract.ClearCapacity(&_CommitteeRegistry.TransactOpts)
}

// DeclareCapacity is a paid mutator transaction binding the contract method 0xf8c4c69c.
//
// Solidity: function declareCapacity((uint16,uint32,uint32,uint8) capacity) returns()
func (_CommitteeRegistry *CommitteeRegistryTransactor) DeclareCapacity(opts *bind.TransactOpts, capacity ICommitteeRegistryCapacity) (*types.Transaction, error) {
	return _CommitteeRegistry.contract.Transact(opts, "declareCapacity", capacity)
}

// DeclareCapacity is a paid mutator transaction binding the contract method 0xf8c4c69c.
//
// Solidity: function declareCapacity((uint16,uint32,uint32,uint8) capacity) returns()
func (_CommitteeRegistry *CommitteeRegistrySession) DeclareCapacity(capacity ICommitteeRegistryCapacity) (*types.Transaction, error) {
	return _CommitteeRegistry.Contract.DeclareCapacity(&_CommitteeRegistry.TransactOpts, capacity)
}

// DeclareCapacity is a paid mutator transaction binding the contract method 0xf8c4c69c.
//
// Solidity: function declareCapacity((uint16,uint32,uint32,uint8) capacity) returns()
func (_CommitteeRegistry *CommitteeRegistryTransactorSession) DeclareCapacity(capacity ICommitteeRegistryCapacity) (*types.Transaction, error) {
	return _CommitteeRegistry.Contract.DeclareCapacity(&_CommitteeRegistry.TransactOpts, capacity)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_CommitteeRegistry *CommitteeRegistryTransactor) RenounceOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _CommitteeRegistry.contract.Transact(opts, "renounceOwnership")
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_CommitteeRegistry *CommitteeRegistrySession) RenounceOwnership() (*types.Transaction, error) {
	return _CommitteeRegistry.Contract.RenounceOwnership(&_CommitteeRegistry.TransactOpts)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_CommitteeRegistry *CommitteeRegistryTransactorSession) RenounceOwnership() (*types.Transaction, error) {
	return _CommitteeRegistry.Contract.RenounceOwnership(&_CommitteeRegistry.TransactOpts)
}

// SetCapacityCap is a paid mutator transaction binding the contract method 0xbf9af8eb.
//
// Solidity: function setCapacityCap(uint64 cap) returns()
func (_CommitteeRegistry *CommitteeRegistryTransactor) SetCapacityCap(opts *bind.TransactOpts, cap uint64) (*types.Transaction, error) {
	return _CommitteeRegistry.contract.Transact(opts, "setCapacityCap", cap)
}

// SetCapacityCap is a paid mutator transaction binding the contract method 0xbf9af8eb.
//
// Solidity: function setCapacityCap(uint64 cap) returns()
func (_CommitteeRegistry *CommitteeRegistrySession) SetCapacityCap(cap uint64) (*types.Transaction, error) {
	return _CommitteeRegistry.Contract.SetCapacityCap(&_CommitteeRegistry.TransactOpts, cap)
}

// SetCapacityCap is a paid mutator transaction binding the contract method 0xbf9af8eb.
//
// Solidity: function setCapacityCap(uint64 cap) returns()
func (_CommitteeRegistry *CommitteeRegistryTransactorSession) SetCapacityCap(cap uint64) (*types.Transaction, error) {
	return _CommitteeRegistry.Contract.SetCapacityCap(&_CommitteeRegistry.TransactOpts, cap)
}

// SetEpochBlocks is a paid mutator transaction binding the contract method 0x5196c994.
//
// Solidity: function setEpochBlocks(uint32 epoch) returns()
func (_CommitteeRegistry *CommitteeRegistryTransactor) SetEpochBlocks(opts *bind.TransactOpts, epoch uint32) (*types.Transaction, error) {
	return _CommitteeRegistry.contract.Transact(opts, "setEpochBlocks", epoch)
}

// SetEpochBlocks is a paid mutator transaction binding the contract method 0x5196c994.
//
// Solidity: function setEpochBlocks(uint32 epoch) returns()
func (_CommitteeRegistry *CommitteeRegistrySession) SetEpochBlocks(epoch uint32) (*types.Transaction, error) {
	return _CommitteeRegistry.Contract.SetEpochBlocks(&_CommitteeRegistry.TransactOpts, epoch)
}

// SetEpochBlocks is a paid mutator transaction binding the contract method 0x5196c994.
//
// Solidity: function setEpochBlocks(uint32 epoch) returns()
func (_CommitteeRegistry *CommitteeRegistryTransactorSession) SetEpochBlocks(epoch uint32) (*types.Transaction, error) {
	return _CommitteeRegistry.Contract.SetEpochBlocks(&_CommitteeRegistry.TransactOpts, epoch)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_CommitteeRegistry *CommitteeRegistryTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _CommitteeRegistry.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_CommitteeRegistry *CommitteeRegistrySession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _CommitteeRegistry.Contract.TransferOwnership(&_CommitteeRegistry.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_CommitteeRegistry *CommitteeRegistryTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _CommitteeRegistry.Contract.TransferOwnership(&_CommitteeRegistry.TransactOpts, newOwner)
}

// UseTable is a paid mutator transaction binding the contract method 0xfb26f106.
//
// Solidity: function useTable(uint8 quorum, uint8 runtimes, uint64 memoryBytes) returns(uint64 tableId)
func (_CommitteeRegistry *CommitteeRegistryTransactor) UseTable(opts *bind.TransactOpts, quorum uint8, runtimes uint8, memoryBytes uint64) (*types.Transaction, error) {
	return _CommitteeRegistry.contract.Transact(opts, "useTable", quorum, runtimes, memoryBytes)
}

// UseTable is a paid mutator transaction binding the contract method 0xfb26f106.
//
// Solidity: function useTable(uint8 quorum, uint8 runtimes, uint64 memoryBytes) returns(uint64 tableId)
func (_CommitteeRegistry *CommitteeRegistrySession) UseTable(quorum uint8, runtimes uint8, memoryBytes uint64) (*types.Transaction, error) {
	return _CommitteeRegistry.Contract.UseTable(&_CommitteeRegistry.TransactOpts, quorum, runtimes, memoryBytes)
}

// UseTable is a paid mutator transaction binding the contract method 0xfb26f106.
//
// Solidity: function useTable(uint8 quorum, uint8 runtimes, uint64 memoryBytes) returns(uint64 tableId)
func (_CommitteeRegistry *CommitteeRegistryTransactorSession) UseTable(quorum uint8, runtimes uint8, memoryBytes uint64) (*types.Transaction, error) {
	return _CommitteeRegistry.Contract.UseTable(&_CommitteeRegistry.TransactOpts, quorum, runtimes, memoryBytes)
}

// CommitteeRegistryCapacityCapChangedIterator is returned from FilterCapacityCapChanged and is used to iterate over the raw logs and unpacked data for CapacityCapChanged events raised by the CommitteeRegistry contract.
type CommitteeRegistryCapacityCapChangedIterator struct {
	Event *CommitteeRegistryCapacityCapChanged // Event containing the contract specifics and raw log

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
func (it *CommitteeRegistryCapacityCapChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CommitteeRegistryCapacityCapChanged)
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
		it.Event = new(CommitteeRegistryCapacityCapChanged)
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
func (it *CommitteeRegistryCapacityCapChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CommitteeRegistryCapacityCapChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CommitteeRegistryCapacityCapChanged represents a CapacityCapChanged event raised by the CommitteeRegistry contract.
type CommitteeRegistryCapacityCapChanged struct {
	Previous uint64
	Current  uint64
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterCapacityCapChanged is a free log retrieval operation binding the contract event 0x01aad1b8d3e2b07437be1d8cc756da99a4891e066416cecae759db0326a177b2.
//
// Solidity: event CapacityCapChanged(uint64 previous, uint64 current)
func (_CommitteeRegistry *CommitteeRegistryFilterer) FilterCapacityCapChanged(opts *bind.FilterOpts) (*CommitteeRegistryCapacityCapChangedIterator, error) {

	logs, sub, err := _CommitteeRegistry.contract.FilterLogs(opts, "CapacityCapChanged")
	if err != nil {
		return nil, err
	}
	return &CommitteeRegistryCapacityCapChangedIterator{contract: _CommitteeRegistry.contract, event: "CapacityCapChanged", logs: logs, sub: sub}, nil
}

// WatchCapacityCapChanged is a free log subscription operation binding the contract event 0x01aad1b8d3e2b07437be1d8cc756da99a4891e066416cecae759db0326a177b2.
//
// Solidity: event CapacityCapChanged(uint64 previous, uint64 current)
func (_CommitteeRegistry *CommitteeRegistryFilterer) WatchCapacityCapChanged(opts *bind.WatchOpts, sink chan<- *CommitteeRegistryCapacityCapChanged) (event.Subscription, error) {

	logs, sub, err := _CommitteeRegistry.contract.WatchLogs(opts, "CapacityCapChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CommitteeRegistryCapacityCapChanged)
				if err := _CommitteeRegistry.contract.UnpackLog(event, "CapacityCapChanged", log); err != nil {
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

// ParseCapacityCapChanged is a log parse operation binding the contract event 0x01aad1b8d3e2b07437be1d8cc756da99a4891e066416cecae759db0326a177b2.
//
// Solidity: event CapacityCapChanged(uint64 previous, uint64 current)
func (_CommitteeRegistry *CommitteeRegistryFilterer) ParseCapacityCapChanged(log types.Log) (*CommitteeRegistryCapacityCapChanged, error) {
	event := new(CommitteeRegistryCapacityCapChanged)
	if err := _CommitteeRegistry.contract.UnpackLog(event, "CapacityCapChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CommitteeRegistryCapacityClearedIterator is returned from FilterCapacityCleared and is used to iterate over the raw logs and unpacked data for CapacityCleared events raised by the CommitteeRegistry contract.
type CommitteeRegistryCapacityClearedIterator struct {
	Event *CommitteeRegistryCapacityCleared // Event containing the contract specifics and raw log

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
func (it *CommitteeRegistryCapacityClearedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CommitteeRegistryCapacityCleared)
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
		it.Event = new(CommitteeRegistryCapacityCleared)
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
func (it *CommitteeRegistryCapacityClearedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CommitteeRegistryCapacityClearedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CommitteeRegistryCapacityCleared represents a CapacityCleared event raised by the CommitteeRegistry contract.
type CommitteeRegistryCapacityCleared struct {
	Operator common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterCapacityCleared is a free log retrieval operation binding the contract event 0xde60bf8427041ae0ec8989c3755e0ca32ba6291fb9e93f5ab1424135f5a7bf0c.
//
// Solidity: event CapacityCleared(address indexed operator)
func (_CommitteeRegistry *CommitteeRegistryFilterer) FilterCapacityCleared(opts *bind.FilterOpts, operator []common.Address) (*CommitteeRegistryCapacityClearedIterator, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _CommitteeRegistry.contract.FilterLogs(opts, "CapacityCleared", operatorRule)
	if err != nil {
		return nil, err
	}
	return &CommitteeRegistryCapacityClearedIterator{contract: _CommitteeRegistry.contract, event: "CapacityCleared", logs: logs, sub: sub}, nil
}

// WatchCapacityCleared is a free log subscription operation binding the contract event 0xde60bf8427041ae0ec8989c3755e0ca32ba6291fb9e93f5ab1424135f5a7bf0c.
//
// Solidity: event CapacityCleared(address indexed operator)
func (_CommitteeRegistry *CommitteeRegistryFilterer) WatchCapacityCleared(opts *bind.WatchOpts, sink chan<- *CommitteeRegistryCapacityCleared, operator []common.Address) (event.Subscription, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _CommitteeRegistry.contract.WatchLogs(opts, "CapacityCleared", operatorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CommitteeRegistryCapacityCleared)
				if err := _CommitteeRegistry.contract.UnpackLog(event, "CapacityCleared", log); err != nil {
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

// ParseCapacityCleared is a log parse operation binding the contract event 0xde60bf8427041ae0ec8989c3755e0ca32ba6291fb9e93f5ab1424135f5a7bf0c.
//
// Solidity: event CapacityCleared(address indexed operator)
func (_CommitteeRegistry *CommitteeRegistryFilterer) ParseCapacityCleared(log types.Log) (*CommitteeRegistryCapacityCleared, error) {
	event := new(CommitteeRegistryCapacityCleared)
	if err := _CommitteeRegistry.contract.UnpackLog(event, "CapacityCleared", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CommitteeRegistryCapacityDeclaredIterator is returned from FilterCapacityDeclared and is used to iterate over the raw logs and unpacked data for CapacityDeclared events raised by the CommitteeRegistry contract.
type CommitteeRegistryCapacityDeclaredIterator struct {
	Event *CommitteeRegistryCapacityDeclared // Event containing the contract specifics and raw log

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
func (it *CommitteeRegistryCapacityDeclaredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CommitteeRegistryCapacityDeclared)
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
		it.Event = new(CommitteeRegistryCapacityDeclared)
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
func (it *CommitteeRegistryCapacityDeclaredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CommitteeRegistryCapacityDeclaredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CommitteeRegistryCapacityDeclared represents a CapacityDeclared event raised by the CommitteeRegistry contract.
type CommitteeRegistryCapacityDeclared struct {
	Operator common.Address
	Capacity ICommitteeRegistryCapacity
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterCapacityDeclared is a free log retrieval operation binding the contract event 0x12a354eb36f5236c985bb04d69b542c1aca18b0c20898adc96ae0e1d1bd11e17.
//
// Solidity: event CapacityDeclared(address indexed operator, (uint16,uint32,uint32,uint8) capacity)
func (_CommitteeRegistry *CommitteeRegistryFilterer) FilterCapacityDeclared(opts *bind.FilterOpts, operator []common.Address) (*CommitteeRegistryCapacityDeclaredIterator, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _CommitteeRegistry.contract.FilterLogs(opts, "CapacityDeclared", operatorRule)
	if err != nil {
		return nil, err
	}
	return &CommitteeRegistryCapacityDeclaredIterator{contract: _CommitteeRegistry.contract, event: "CapacityDeclared", logs: logs, sub: sub}, nil
}

// WatchCapacityDeclared is a free log subscription operation binding the contract event 0x12a354eb36f5236c985bb04d69b542c1aca18b0c20898adc96ae0e1d1bd11e17.
//
// Solidity: event CapacityDeclared(address indexed operator, (uint16,uint32,uint32,uint8) capacity)
func (_CommitteeRegistry *CommitteeRegistryFilterer) WatchCapacityDeclared(opts *bind.WatchOpts, sink chan<- *CommitteeRegistryCapacityDeclared, operator []common.Address) (event.Subscription, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _CommitteeRegistry.contract.WatchLogs(opts, "CapacityDeclared", operatorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CommitteeRegistryCapacityDeclared)
				if err := _CommitteeRegistry.contract.UnpackLog(event, "CapacityDeclared", log); err != nil {
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

// ParseCapacityDeclared is a log parse operation binding the contract event 0x12a354eb36f5236c985bb04d69b542c1aca18b0c20898adc96ae0e1d1bd11e17.
//
// Solidity: event CapacityDeclared(address indexed operator, (uint16,uint32,uint32,uint8) capacity)
func (_CommitteeRegistry *CommitteeRegistryFilterer) ParseCapacityDeclared(log types.Log) (*CommitteeRegistryCapacityDeclared, error) {
	event := new(CommitteeRegistryCapacityDeclared)
	if err := _CommitteeRegistry.contract.UnpackLog(event, "CapacityDeclared", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CommitteeRegistryEpochBlocksChangedIterator is returned from FilterEpochBlocksChanged and is used to iterate over the raw logs and unpacked data for EpochBlocksChanged events raised by the CommitteeRegistry contract.
type CommitteeRegistryEpochBlocksChangedIterator struct {
	Event *CommitteeRegistryEpochBlocksChanged // Event containing the contract specifics and raw log

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
func (it *CommitteeRegistryEpochBlocksChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CommitteeRegistryEpochBlocksChanged)
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
		it.Event = new(CommitteeRegistryEpochBlocksChanged)
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
func (it *CommitteeRegistryEpochBlocksChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CommitteeRegistryEpochBlocksChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CommitteeRegistryEpochBlocksChanged represents a EpochBlocksChanged event raised by the CommitteeRegistry contract.
type CommitteeRegistryEpochBlocksChanged struct {
	Previous uint32
	Current  uint32
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterEpochBlocksChanged is a free log retrieval operation binding the contract event 0x58004973619d3a0c4f890c85bd0b3c0bfe278f286a4f70bec5b30c6f6c9bb944.
//
// Solidity: event EpochBlocksChanged(uint32 previous, uint32 current)
func (_CommitteeRegistry *CommitteeRegistryFilterer) FilterEpochBlocksChanged(opts *bind.FilterOpts) (*CommitteeRegistryEpochBlocksChangedIterator, error) {

	logs, sub, err := _CommitteeRegistry.contract.FilterLogs(opts, "EpochBlocksChanged")
	if err != nil {
		return nil, err
	}
	return &CommitteeRegistryEpochBlocksChangedIterator{contract: _CommitteeRegistry.contract, event: "EpochBlocksChanged", logs: logs, sub: sub}, nil
}

// WatchEpochBlocksChanged is a free log subscription operation binding the contract event 0x58004973619d3a0c4f890c85bd0b3c0bfe278f286a4f70bec5b30c6f6c9bb944.
//
// Solidity: event EpochBlocksChanged(uint32 previous, uint32 current)
func (_CommitteeRegistry *CommitteeRegistryFilterer) WatchEpochBlocksChanged(opts *bind.WatchOpts, sink chan<- *CommitteeRegistryEpochBlocksChanged) (event.Subscription, error) {

	logs, sub, err := _CommitteeRegistry.contract.WatchLogs(opts, "EpochBlocksChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CommitteeRegistryEpochBlocksChanged)
				if err := _CommitteeRegistry.contract.UnpackLog(event, "EpochBlocksChanged", log); err != nil {
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

// ParseEpochBlocksChanged is a log parse operation binding the contract event 0x58004973619d3a0c4f890c85bd0b3c0bfe278f286a4f70bec5b30c6f6c9bb944.
//
// Solidity: event EpochBlocksChanged(uint32 previous, uint32 current)
func (_CommitteeRegistry *CommitteeRegistryFilterer) ParseEpochBlocksChanged(log types.Log) (*CommitteeRegistryEpochBlocksChanged, error) {
	event := new(CommitteeRegistryEpochBlocksChanged)
	if err := _CommitteeRegistry.contract.UnpackLog(event, "EpochBlocksChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CommitteeRegistryOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the CommitteeRegistry contract.
type CommitteeRegistryOwnershipTransferredIterator struct {
	Event *CommitteeRegistryOwnershipTransferred // Event containing the contract specifics and raw log

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
func (it *CommitteeRegistryOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CommitteeRegistryOwnershipTransferred)
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
		it.Event = new(CommitteeRegistryOwnershipTransferred)
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
func (it *CommitteeRegistryOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CommitteeRegistryOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CommitteeRegistryOwnershipTransferred represents a OwnershipTransferred event raised by the CommitteeRegistry contract.
type CommitteeRegistryOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_CommitteeRegistry *CommitteeRegistryFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*CommitteeRegistryOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _CommitteeRegistry.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &CommitteeRegistryOwnershipTransferredIterator{contract: _CommitteeRegistry.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_CommitteeRegistry *CommitteeRegistryFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *CommitteeRegistryOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _CommitteeRegistry.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CommitteeRegistryOwnershipTransferred)
				if err := _CommitteeRegistry.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
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
func (_CommitteeRegistry *CommitteeRegistryFilterer) ParseOwnershipTransferred(log types.Log) (*CommitteeRegistryOwnershipTransferred, error) {
	event := new(CommitteeRegistryOwnershipTransferred)
	if err := _CommitteeRegistry.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CommitteeRegistryTableBuiltIterator is returned from FilterTableBuilt and is used to iterate over the raw logs and unpacked data for TableBuilt events raised by the CommitteeRegistry contract.
type CommitteeRegistryTableBuiltIterator struct {
	Event *CommitteeRegistryTableBuilt // Event containing the contract specifics and raw log

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
func (it *CommitteeRegistryTableBuiltIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CommitteeRegistryTableBuilt)
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
		it.Event = new(CommitteeRegistryTableBuilt)
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
func (it *CommitteeRegistryTableBuiltIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CommitteeRegistryTableBuiltIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CommitteeRegistryTableBuilt represents a TableBuilt event raised by the CommitteeRegistry contract.
type CommitteeRegistryTableBuilt struct {
	TableId     uint64
	Quorum      uint8
	Runtimes    uint8
	MemClass    uint8
	Size        uint32
	TotalWeight *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterTableBuilt is a free log retrieval operation binding the contract event 0xb2cf6669e6360f5aeab7b68f4ff0e0623dc6bd44a6ecb99db21184626de1e860.
//
// Solidity: event TableBuilt(uint64 indexed tableId, uint8 quorum, uint8 runtimes, uint8 memClass, uint32 size, uint128 totalWeight)
func (_CommitteeRegistry *CommitteeRegistryFilterer) FilterTableBuilt(opts *bind.FilterOpts, tableId []uint64) (*CommitteeRegistryTableBuiltIterator, error) {

	var tableIdRule []interface{}
	for _, tableIdItem := range tableId {
		tableIdRule = append(tableIdRule, tableIdItem)
	}

	logs, sub, err := _CommitteeRegistry.contract.FilterLogs(opts, "TableBuilt", tableIdRule)
	if err != nil {
		return nil, err
	}
	return &CommitteeRegistryTableBuiltIterator{contract: _CommitteeRegistry.contract, event: "TableBuilt", logs: logs, sub: sub}, nil
}

// WatchTableBuilt is a free log subscription operation binding the contract event 0xb2cf6669e6360f5aeab7b68f4ff0e0623dc6bd44a6ecb99db21184626de1e860.
//
// Solidity: event TableBuilt(uint64 indexed tableId, uint8 quorum, uint8 runtimes, uint8 memClass, uint32 size, uint128 totalWeight)
func (_CommitteeRegistry *CommitteeRegistryFilterer) WatchTableBuilt(opts *bind.WatchOpts, sink chan<- *CommitteeRegistryTableBuilt, tableId []uint64) (event.Subscription, error) {

	var tableIdRule []interface{}
	for _, tableIdItem := range tableId {
		tableIdRule = append(tableIdRule, tableIdItem)
	}

	logs, sub, err := _CommitteeRegistry.contract.WatchLogs(opts, "TableBuilt", tableIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CommitteeRegistryTableBuilt)
				if err := _CommitteeRegistry.contract.UnpackLog(event, "TableBuilt", log); err != nil {
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

// ParseTableBuilt is a log parse operation binding the contract event 0xb2cf6669e6360f5aeab7b68f4ff0e0623dc6bd44a6ecb99db21184626de1e860.
//
// Solidity: event TableBuilt(uint64 indexed tableId, uint8 quorum, uint8 runtimes, uint8 memClass, uint32 size, uint128 totalWeight)
func (_CommitteeRegistry *CommitteeRegistryFilterer) ParseTableBuilt(log types.Log) (*CommitteeRegistryTableBuilt, error) {
	event := new(CommitteeRegistryTableBuilt)
	if err := _CommitteeRegistry.contract.UnpackLog(event, "TableBuilt", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
