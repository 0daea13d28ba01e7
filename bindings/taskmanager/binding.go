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

// BLSCertificatesRegistries is an auto generated low-level Go binding around an user-defined struct.
type BLSCertificatesRegistries struct {
	RegistryCoordinator  common.Address
	StakeRegistry        common.Address
	BlsApkRegistry       common.Address
	Delegation           common.Address
	StaleStakesForbidden bool
}

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

// ITaskManagerBatchRecord is an auto generated low-level Go binding around an user-defined struct.
type ITaskManagerBatchRecord struct {
	RespondedBlock uint32
	Count          uint32
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
	CommitteeSize      uint16
	FailoverBlocks     uint32
	BaseFee            *big.Int
	FuelPrice          *big.Int
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
	CommitteeSize             uint16
	FailoverBlocks            uint32
	CommitteeTable            uint64
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
	FuelUsed     uint64
}

// BLSCertificatesMetaData contains all meta data concerning the BLSCertificates contract.
var BLSCertificatesMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"function\",\"name\":\"check\",\"inputs\":[{\"name\":\"reg\",\"type\":\"tuple\",\"internalType\":\"structBLSCertificates.Registries\",\"components\":[{\"name\":\"registryCoordinator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"stakeRegistry\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"blsApkRegistry\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"delegation\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"staleStakesForbidden\",\"type\":\"bool\",\"internalType\":\"bool\"}]},{\"name\":\"msgHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"referenceBlockNumber\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"params\",\"type\":\"tuple\",\"internalType\":\"structBLSSignatureChecker.NonSignerStakesAndSignature\",\"components\":[{\"name\":\"nonSignerQuorumBitmapIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"nonSignerPubkeys\",\"type\":\"tuple[]\",\"internalType\":\"structBN254.G1Point[]\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"quorumApks\",\"type\":\"tuple[]\",\"internalType\":\"structBN254.G1Point[]\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"apkG2\",\"type\":\"tuple\",\"internalType\":\"structBN254.G2Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256[2]\",\"internalType\":\"uint256[2]\"},{\"name\":\"Y\",\"type\":\"uint256[2]\",\"internalType\":\"uint256[2]\"}]},{\"name\":\"sigma\",\"type\":\"tuple\",\"internalType\":\"structBN254.G1Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"quorumApkIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"totalStakeIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"nonSignerStakeIndices\",\"type\":\"uint32[][]\",\"internalType\":\"uint32[][]\"}]}],\"outputs\":[{\"name\":\"totals\",\"type\":\"tuple\",\"internalType\":\"structBLSSignatureChecker.QuorumStakeTotals\",\"components\":[{\"name\":\"signedStakeForQuorum\",\"type\":\"uint96[]\",\"internalType\":\"uint96[]\"},{\"name\":\"totalStakeForQuorum\",\"type\":\"uint96[]\",\"internalType\":\"uint96[]\"}]},{\"name\":\"signatoryRecordHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"checkCommittee\",\"inputs\":[{\"name\":\"registry\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"tableId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"taskHashes\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"},{\"name\":\"params\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"msgHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"encoded\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"signatoryRecordHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"error\",\"name\":\"BatchLengthMismatch\",\"inputs\":[{\"name\":\"tasks\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"responses\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"CommitteeSeedUnavailable\",\"inputs\":[{\"name\":\"seedBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"CommitteeSignersMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"CommitteeThresholdNotMet\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"seats\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"window\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ECAddFailed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ECMulFailed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"FailoverRoundNotReached\",\"inputs\":[{\"name\":\"round\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"current\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InputArrayLengthMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InputEmptyQuorumNumbers\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InputNonSignerLengthMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidBLSPairingKey\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidBLSSignature\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidQuorumApkHash\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidReferenceBlocknumber\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ModExpFailed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NonSignerPubkeysNotSorted\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"QuorumNumbersNotSortedOrUnknown\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"StaleStakes\",\"inputs\":[{\"name\":\"quorumNumber\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]}]",
	Bin: "0x612666610034600b8282823980515f1a607314602857634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe730000000000000000000000000000000000000000301460806040526004361061003f575f3560e01c80630e2ded6f146100435780637d7606211461006d575b5f5ffd5b610056610051366004611b0d565b61008e565b604051610064929190611c46565b60405180910390f35b61008061007b366004611d1a565b6100fe565b604051908152602001610064565b60408051808201909152606080825260208201525f6100ef888888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a92506100ea9150899050611fe3565b610334565b91509150965096945050505050565b5f8061010c83850185612191565b90505f5f61011e8989855f01516107d0565b915091505f5f61012d85610a37565b915091505f8d6001600160a01b0316638747f6d78e87878a60200151886040518663ffffffff1660e01b815260040161016a9594939291906122da565b5f60405180830381865afa158015610184573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526101ab9190810190612365565b90505f5b815181101561029c5760508c82815181106101cc576101cc6123f5565b6020026020010151901c60ff168582815181106101eb576101eb6123f5565b60200260200101516101fd919061241d565b82828151811061020f5761020f6123f5565b60200260200101516064610223919061241d565b1015610294578082828151811061023c5761023c6123f5565b6020026020010151868381518110610256576102566123f5565b6020026020010151604051635c202ddf60e11b815260040161028b939291909283526020830191909152604082015260600190565b60405180910390fd5b6001016101af565b505f5f6102b38c858a606001518b60800151610b86565b91509150816102d5576040516367988d3360e01b815260040160405180910390fd5b806102f35760405163ab1b236b60e01b815260040160405180910390fd5b87516020808a0151604051610309939201612434565b6040516020818303038152906040528051906020012098505050505050505050979650505050505050565b604080518082019091526060808252602082015283515f9080820361036b5760405162f8202d60e51b815260040160405180910390fd5b808460400151511415806103845750808460a001515114155b806103945750808460c001515114155b806103a45750808460e001515114155b156103c2576040516343714afd60e01b815260040160405180910390fd5b835151602085015151146103e957604051635f832f4160e01b815260040160405180910390fd5b438563ffffffff161061040f57604051634b874f4560e01b815260040160405180910390fd5b5f61047c878a5f01516001600160a01b0316639aa1653d6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610453573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104779190612484565b610d08565b905088608001511561049357610493898888610dad565b5f6104a08a878985610ef4565b90505f6104b082604001516111b7565b9050836001600160401b038111156104ca576104ca6119cc565b6040519080825280602002602001820160405280156104f3578160200160208202803683370190505b508652836001600160401b0381111561050e5761050e6119cc565b604051908082528060200260200182016040528015610537578160200160208202803683370190505b5060208701525f5b8481101561073e575f8a828151811061055a5761055a6123f5565b602001015160f81c60f81b60f81c90505f8d604001516001600160a01b03166368bccaac838d8d60a001518781518110610596576105966123f5565b60209081029190910101516040516001600160e01b031960e086901b16815260ff909316600484015263ffffffff9182166024840152166044820152606401602060405180830381865afa1580156105f0573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061061491906124a6565b905061063e8a60400151848151811061062f5761062f6123f5565b60200260200101516040902090565b67ffffffffffffffff1982811691161461066b5760405163e1310aed60e01b815260040160405180910390fd5b61069b8a604001518481518110610684576106846123f5565b60200260200101518561124890919063ffffffff16565b93506106e98e60200151838d8d60c0015187815181106106bd576106bd6123f5565b60200260200101518e60e0015188815181106106db576106db6123f5565b60200260200101518a6112b5565b8a518051869081106106fd576106fd6123f5565b602002602001018b60200151868151811061071a5761071a6123f5565b6001600160601b03938416602091820292909201015291169052505060010161053f565b505f5f6107558c848b606001518c60800151610b86565b9150915081610777576040516367988d3360e01b815260040160405180910390fd5b806107955760405163ab1b236b60e01b815260040160405180910390fd5b83516040516107a8918c916020016124ce565b6040516020818303038152906040528051906020012096505050505050509550959350505050565b81518151606091829181146108055783516040516381b5b20760e01b815261028b918391600401918252602082015260400190565b806001600160401b0381111561081d5761081d6119cc565b604051908082528060200260200182016040528015610846578160200160208202803683370190505b509250806001600160401b03811115610861576108616119cc565b60405190808252806020026020018201604052801561088a578160200160208202803683370190505b5091505f5b81811015610a2d575f8682815181106108aa576108aa6123f5565b602002602001015190505f60308884815181106108c9576108c96123f5565b6020026020010151901c63ffffffff1690505f815f1461090357816108f463ffffffff851643612514565b6108fe919061253b565b610905565b5f5b90508088858151811061091a5761091a6123f5565b602002602001015160ff16111561096f5787848151811061093d5761093d6123f5565b60200260200101518160405163f6a2bdbb60e01b815260040161028b92919060ff929092168252602082015260400190565b878481518110610981576109816123f5565b602002602001015160ff166001610998919061254e565b60208a86815181106109ac576109ac6123f5565b6020026020010151901c61ffff166109c4919061241d565b8685815181106109d6576109d66123f5565b602002602001018181525050610a05838b86815181106109f8576109f86123f5565b60200260200101516114ad565b878581518110610a1757610a176123f5565b602090810291909101015250505060010161088f565b5050935093915050565b6060610a5460405180604001604052805f81526020015f81525090565b604083015151801580610a6c57508360200151518114155b15610a8a5760405163f9e1f5c560e01b815260040160405180910390fd5b806001600160401b03811115610aa257610aa26119cc565b604051908082528060200260200182016040528015610acb578160200160208202803683370190505b50925083604001515f81518110610ae457610ae46123f5565b60200260200101519150610af9826040902090565b835f81518110610b0b57610b0b6123f5565b602090810291909101015260015b81811015610b7f575f85604001518281518110610b3857610b386123f5565b60200260200101519050610b4d816040902090565b858381518110610b5f57610b5f6123f5565b6020908102919091010152610b748482611248565b935050600101610b19565b5050915091565b5f5f5f7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000187875f01518860200151885f01515f60028110610bc957610bc96123f5565b60200201518951600160200201518a602001515f60028110610bed57610bed6123f5565b60200201518b60200151600160028110610c0957610c096123f5565b602090810291909101518c518d830151604051610c669a99989796959401988952602089019790975260408801959095526060870193909352608086019190915260a085015260c084015260e08301526101008201526101200190565b604051602081830303815290604052805190602001205f1c610c889190612561565b9050610cfa610ca1610c9a8884611529565b8690611248565b610ca9611586565b610cf0610ce185610cdb6040805180820182525f80825260209182015281518083019092526001825260029082015290565b90611529565b610cea8c611646565b90611248565b886201d4c0611732565b909890975095505050505050565b5f805b8351811015610da6575f848281518110610d2757610d276123f5565b016020015160f81c905060ff841681101580610d7357505f82118015610d73575084610d54600184612514565b81518110610d6457610d646123f5565b016020015160f81c60ff821611155b15610d9157604051630bed095f60e41b815260040160405180910390fd5b600160ff90911681901b929092179101610d0b565b5092915050565b5f83606001516001600160a01b031663c448feb86040518163ffffffff1660e01b8152600401602060405180830381865afa158015610dee573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e129190612574565b63ffffffff1690505f5b8351811015610eed575f848281518110610e3857610e386123f5565b0160200151865160405163124d062160e11b815260f89290921c60048301819052925063ffffffff86169185916001600160a01b03169063249a0c4290602401602060405180830381865afa158015610e93573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610eb7919061258f565b610ec1919061254e565b11610ee45760405163998eddd560e01b815260ff8216600482015260240161028b565b50600101610e1c565b5050505050565b610efc611937565b602084015151806001600160401b03811115610f1a57610f1a6119cc565b604051908082528060200260200182016040528015610f43578160200160208202803683370190505b508252806001600160401b03811115610f5e57610f5e6119cc565b604051908082528060200260200182016040528015610f87578160200160208202803683370190505b5060208301525f5b818110156111ad575f610fb18760200151838151811061062f5761062f6123f5565b90505f82118015610fea57508351610fca600184612514565b81518110610fda57610fda6123f5565b60200260200101515f1c815f1c11155b1561100b57604051600162239afb60e21b0319815260040160405180910390fd5b80845f01518381518110611021576110216123f5565b6020026020010181815250505f885f01516001600160a01b03166304ec635183898b5f01518781518110611057576110576123f5565b60200260200101516040518463ffffffff1660e01b81526004016110949392919092835263ffffffff918216602084015216604082015260600190565b602060405180830381865afa1580156110af573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110d391906125a6565b6001600160c01b0316905080856020015184815181106110f5576110f56123f5565b6020026020010181815250505f61110d878316611897565b9050806001036111555761114b89602001518581518110611130576111306123f5565b6020026020010151876040015161124890919063ffffffff16565b60408701526111a2565b60018111156111a25761119c611191828b60200151878151811061117b5761117b6123f5565b602002602001015161152990919063ffffffff16565b604088015190611248565b60408701525b505050600101610f8f565b5050949350505050565b604080518082019091525f808252602082015281511580156111db57506020820151155b156111f8575050604080518082019091525f808252602082015290565b6040518060400160405280835f015181526020015f5160206126465f395f51905f5284602001516112299190612561565b611240905f5160206126465f395f51905f52612514565b905292915050565b604080518082019091525f808252602082015260408051608080820183528551825260208087015181840152855183850152850151606083015290915f9184908460065afa9050806112ad5760405163d4b68fd760e01b815260040160405180910390fd5b505092915050565b604051636414a62b60e11b815260ff8616600482015263ffffffff8086166024830152841660448201525f9081906001600160a01b0389169063c8294c5690606401602060405180830381865afa158015611312573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061133691906125cc565b91508190505f805b84515181101561147f578860ff1685602001518281518110611362576113626123f5565b6020026020010151901c6001165f03156114775785518210611397576040516343714afd60e01b815260040160405180910390fd5b896001600160a01b031663f2be94ae8a8a885f015185815181106113bd576113bd6123f5565b60200260200101518a87815181106113d7576113d76123f5565b60209081029190910101516040516001600160e01b031960e087901b16815260ff909416600485015263ffffffff92831660248501526044840191909152166064820152608401602060405180830381865afa158015611439573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061145d91906125cc565b61146790856125f2565b93508161147381612611565b9250505b60010161133e565b50845181146114a1576040516343714afd60e01b815260040160405180910390fd5b50965096945050505050565b5f806114c063ffffffff8516600161254e565b409050806114f5576114d3846001612629565b604051633f6c971b60e21b815263ffffffff909116600482015260240161028b565b6040805160208101839052908101849052606001604051602081830303815290604052805190602001209150505b92915050565b604080518082019091525f80825260208201526040805160608082018352855182526020808701519083015281830185905290915f9184908460075afa9050806112ad57604051632319df1960e11b815260040160405180910390fd5b61158e611970565b50604080516080810182527f198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c28183019081527f1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed6060830152815281518083019092527f275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec82527f1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d60208381019190915281019190915290565b604080518082019091525f80825260208201525f6116715f5160206126465f395f51905f5284612561565b90505b5f5f5160206126465f395f51905f5260035f5160206126465f395f51905f52845f5160206126465f395f51905f52868709090890505f6116e58260046116c85f5160206126465f395f51905f52600161254e565b6116d2919061253b565b5f5160206126465f395f51905f526118c5565b9050815f5160206126465f395f51905f5282830903611717576040805180820190915292835260208301525092915050565b5f5160206126465f395f51905f526001840892505050611674565b5f5f5f604051806101800160405280895f0151815260200189602001518152602001885f01515f60028110611769576117696123f5565b60200201518152602001885f0151600160028110611789576117896123f5565b6020020151815260200188602001515f600281106117a9576117a96123f5565b6020020151815260200188602001516001600281106117ca576117ca6123f5565b60200201518152602001875f0151815260200187602001518152602001865f01515f600281106117fc576117fc6123f5565b60200201518152602001865f015160016002811061181c5761181c6123f5565b6020020151815260200186602001515f6002811061183c5761183c6123f5565b60200201518152602001866020015160016002811061185d5761185d6123f5565b60200201519052905061186e611990565b60208161018084600889fa9350838015611889575080516001145b925050509550959350505050565b5f5b81156118c0576118aa600183612514565b90911690806118b881612611565b915050611899565b919050565b5f5f6040518060c00160405280602081526020016020815260200160208152602001868152602001858152602001848152509050611901611990565b5f60208260c08560055afa90508061192c576040516301f7ec5f60e41b815260040160405180910390fd5b505195945050505050565b6040518060600160405280606081526020016060815260200161196b60405180604001604052805f81526020015f81525090565b905290565b60405180604001604052806119836119ae565b815260200161196b6119ae565b60405180602001604052806001906020820280368337509192915050565b60405180604001604052806002906020820280368337509192915050565b634e487b7160e01b5f52604160045260245ffd5b60405160a081016001600160401b0381118282101715611a0257611a026119cc565b60405290565b604080519081016001600160401b0381118282101715611a0257611a026119cc565b60405161010081016001600160401b0381118282101715611a0257611a026119cc565b604051601f8201601f191681016001600160401b0381118282101715611a7557611a756119cc565b604052919050565b80356001600160a01b03811681146118c0575f5ffd5b5f5f83601f840112611aa3575f5ffd5b5081356001600160401b03811115611ab9575f5ffd5b602083019150836020828501011115611ad0575f5ffd5b9250929050565b63ffffffff81168114611ae8575f5ffd5b50565b80356118c081611ad7565b5f6101808284031215611b07575f5ffd5b50919050565b5f5f5f5f5f5f868803610120811215611b24575f5ffd5b60a0811215611b31575f5ffd5b50611b3a6119e0565b611b4388611a7d565b8152611b5160208901611a7d565b6020820152611b6260408901611a7d565b6040820152611b7360608901611a7d565b606082015260808801358015158114611b8a575f5ffd5b6080820152955060a0870135945060c08701356001600160401b03811115611bb0575f5ffd5b611bbc89828a01611a93565b9095509350611bcf905060e08801611aeb565b91506101008701356001600160401b03811115611bea575f5ffd5b611bf689828a01611af6565b9150509295509295509295565b5f8151808452602084019350602083015f5b82811015611c3c5781516001600160601b0316865260209586019590910190600101611c15565b5093949350505050565b604081525f8351604080840152611c606080840182611c03565b90506020850151603f19848303016060850152611c7d8282611c03565b925050508260208301529392505050565b5f6001600160401b03821115611ca657611ca66119cc565b5060051b60200190565b5f82601f830112611cbf575f5ffd5b8135611cd2611ccd82611c8e565b611a4d565b8082825260208201915060208360051b860101925085831115611cf3575f5ffd5b602085015b83811015611d10578035835260209283019201611cf8565b5095945050505050565b5f5f5f5f5f5f5f60c0888a031215611d30575f5ffd5b611d3988611a7d565b965060208801356001600160401b0381168114611d54575f5ffd5b955060408801356001600160401b03811115611d6e575f5ffd5b611d7a8a828b01611cb0565b95505060608801356001600160401b03811115611d95575f5ffd5b611da18a828b01611cb0565b9450506080880135925060a08801356001600160401b03811115611dc3575f5ffd5b611dcf8a828b01611a93565b989b979a50959850939692959293505050565b5f82601f830112611df1575f5ffd5b8135611dff611ccd82611c8e565b8082825260208201915060208360051b860101925085831115611e20575f5ffd5b602085015b83811015611d10578035611e3881611ad7565b835260209283019201611e25565b5f60408284031215611e56575f5ffd5b611e5e611a08565b823581526020928301359281019290925250919050565b5f82601f830112611e84575f5ffd5b8135611e92611ccd82611c8e565b8082825260208201915060208360061b860101925085831115611eb3575f5ffd5b602085015b83811015611d1057611eca8782611e46565b8352602090920191604001611eb8565b5f82601f830112611ee9575f5ffd5b611ef1611a08565b806040840185811115611f02575f5ffd5b845b81811015611f1c578035845260209384019301611f04565b509095945050505050565b5f60808284031215611f37575f5ffd5b611f3f611a08565b9050611f4b8383611eda565b8152611f5a8360408401611eda565b602082015292915050565b5f82601f830112611f74575f5ffd5b8135611f82611ccd82611c8e565b8082825260208201915060208360051b860101925085831115611fa3575f5ffd5b602085015b83811015611d105780356001600160401b03811115611fc5575f5ffd5b611fd4886020838a0101611de2565b84525060209283019201611fa8565b5f6101808236031215611ff4575f5ffd5b611ffc611a2a565b82356001600160401b03811115612011575f5ffd5b61201d36828601611de2565b82525060208301356001600160401b03811115612038575f5ffd5b61204436828601611e75565b60208301525060408301356001600160401b03811115612062575f5ffd5b61206e36828601611e75565b6040830152506120813660608501611f27565b60608201526120933660e08501611e46565b60808201526101208301356001600160401b038111156120b1575f5ffd5b6120bd36828601611de2565b60a0830152506101408301356001600160401b038111156120dc575f5ffd5b6120e836828601611de2565b60c0830152506101608301356001600160401b03811115612107575f5ffd5b61211336828601611f65565b60e08301525092915050565b60ff81168114611ae8575f5ffd5b5f82601f83011261213c575f5ffd5b813561214a611ccd82611c8e565b8082825260208201915060208360051b86010192508583111561216b575f5ffd5b602085015b83811015611d105780356121838161211f565b835260209283019201612170565b5f602082840312156121a1575f5ffd5b81356001600160401b038111156121b6575f5ffd5b820161012081850312156121c8575f5ffd5b6121d06119e0565b81356001600160401b038111156121e5575f5ffd5b6121f18682850161212d565b82525060208201356001600160401b0381111561220c575f5ffd5b61221886828501611de2565b60208301525060408201356001600160401b03811115612236575f5ffd5b61224286828501611e75565b6040830152506122558560608401611f27565b60608201526122678560e08401611e46565b6080820152949350505050565b5f8151808452602084019350602083015f5b82811015611c3c578151865260209586019590910190600101612286565b5f8151808452602084019350602083015f5b82811015611c3c57815163ffffffff168652602095860195909101906001016122b6565b6001600160401b038616815260a060208201525f6122fb60a0830187612274565b8281036040840152855180825260208088019201905f5b81811015612330578351835260209384019390920191600101612312565b5050838103606085015261234481876122a4565b91505082810360808401526123598185612274565b98975050505050505050565b5f60208284031215612375575f5ffd5b81516001600160401b0381111561238a575f5ffd5b8201601f8101841361239a575f5ffd5b80516123a8611ccd82611c8e565b8082825260208201915060208360051b8501019250868311156123c9575f5ffd5b6020840193505b828410156123eb5783518252602093840193909101906123d0565b9695505050505050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b808202811582820484141761152357611523612409565b604080825283519082018190525f9060208501906060840190835b8181101561247057835160ff1683526020938401939092019160010161244f565b505083810360208501526123eb81866122a4565b5f60208284031215612494575f5ffd5b815161249f8161211f565b9392505050565b5f602082840312156124b6575f5ffd5b815167ffffffffffffffff198116811461249f575f5ffd5b63ffffffff60e01b8360e01b1681525f600482018351602085015f5b828110156125085781518452602093840193909101906001016124ea565b50919695505050505050565b8181038181111561152357611523612409565b634e487b7160e01b5f52601260045260245ffd5b5f8261254957612549612527565b500490565b8082018082111561152357611523612409565b5f8261256f5761256f612527565b500690565b5f60208284031215612584575f5ffd5b815161249f81611ad7565b5f6020828403121561259f575f5ffd5b5051919050565b5f602082840312156125b6575f5ffd5b81516001600160c01b038116811461249f575f5ffd5b5f602082840312156125dc575f5ffd5b81516001600160601b038116811461249f575f5ffd5b6001600160601b03828116828216039081111561152357611523612409565b5f6001820161262257612622612409565b5060010190565b63ffffffff81811683821601908111156115235761152361240956fe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47",
}

// BLSCertificatesABI is the input ABI used to generate the binding from.
// Deprecated: Use BLSCertificatesMetaData.ABI instead.
var BLSCertificatesABI = BLSCertificatesMetaData.ABI

// BLSCertificatesBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use BLSCertificatesMetaData.Bin instead.
var BLSCertificatesBin = BLSCertificatesMetaData.Bin

// DeployBLSCertificates deploys a new Ethereum contract, binding an instance of BLSCertificates to it.
func DeployBLSCertificates(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *BLSCertificates, error) {
	parsed, err := BLSCertificatesMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(BLSCertificatesBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &BLSCertificates{BLSCertificatesCaller: BLSCertificatesCaller{contract: contract}, BLSCertificatesTransactor: BLSCertificatesTransactor{contract: contract}, BLSCertificatesFilterer: BLSCertificatesFilterer{contract: contract}}, nil
}

// BLSCertificates is an auto generated Go binding around an Ethereum contract.
type BLSCertificates struct {
	BLSCertificatesCaller     // Read-only binding to the contract
	BLSCertificatesTransactor // Write-only binding to the contract
	BLSCertificatesFilterer   // Log filterer for contract events
}

// BLSCertificatesCaller is an auto generated read-only Go binding around an Ethereum contract.
type BLSCertificatesCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BLSCertificatesTransactor is an auto generated write-only Go binding around an Ethereum contract.
type BLSCertificatesTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BLSCertificatesFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type BLSCertificatesFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BLSCertificatesSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type BLSCertificatesSession struct {
	Contract     *BLSCertificates  // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// BLSCertificatesCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type BLSCertificatesCallerSession struct {
	Contract *BLSCertificatesCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts          // Call options to use throughout this session
}

// BLSCertificatesTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type BLSCertificatesTransactorSession struct {
	Contract     *BLSCertificatesTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts          // Transaction auth options to use throughout this session
}

// BLSCertificatesRaw is an auto generated low-level Go binding around an Ethereum contract.
type BLSCertificatesRaw struct {
	Contract *BLSCertificates // Generic contract binding to access the raw methods on
}

// BLSCertificatesCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type BLSCertificatesCallerRaw struct {
	Contract *BLSCertificatesCaller // Generic read-only contract binding to access the raw methods on
}

// BLSCertificatesTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type BLSCertificatesTransactorRaw struct {
	Contract *BLSCertificatesTransactor // Generic write-only contract binding to access the raw methods on
}

// NewBLSCertificates creates a new instance of BLSCertificates, bound to a specific deployed contract.
func NewBLSCertificates(address common.Address, backend bind.ContractBackend) (*BLSCertificates, error) {
	contract, err := bindBLSCertificates(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &BLSCertificates{BLSCertificatesCaller: BLSCertificatesCaller{contract: contract}, BLSCertificatesTransactor: BLSCertificatesTransactor{contract: contract}, BLSCertificatesFilterer: BLSCertificatesFilterer{contract: contract}}, nil
}

// NewBLSCertificatesCaller creates a new read-only instance of BLSCertificates, bound to a specific deployed contract.
func NewBLSCertificatesCaller(address common.Address, caller bind.ContractCaller) (*BLSCertificatesCaller, error) {
	contract, err := bindBLSCertificates(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &BLSCertificatesCaller{contract: contract}, nil
}

// NewBLSCertificatesTransactor creates a new write-only instance of BLSCertificates, bound to a specific deployed contract.
func NewBLSCertificatesTransactor(address common.Address, transactor bind.ContractTransactor) (*BLSCertificatesTransactor, error) {
	contract, err := bindBLSCertificates(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &BLSCertificatesTransactor{contract: contract}, nil
}

// NewBLSCertificatesFilterer creates a new log filterer instance of BLSCertificates, bound to a specific deployed contract.
func NewBLSCertificatesFilterer(address common.Address, filterer bind.ContractFilterer) (*BLSCertificatesFilterer, error) {
	contract, err := bindBLSCertificates(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &BLSCertificatesFilterer{contract: contract}, nil
}

// bindBLSCertificates binds a generic wrapper to an already deployed contract.
func bindBLSCertificates(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := BLSCertificatesMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_BLSCertificates *BLSCertificatesRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _BLSCertificates.Contract.BLSCertificatesCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_BLSCertificates *BLSCertificatesRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _BLSCertificates.Contract.BLSCertificatesTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_BLSCertificates *BLSCertificatesRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _BLSCertificates.Contract.BLSCertificatesTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_BLSCertificates *BLSCertificatesCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _BLSCertificates.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_BLSCertificates *BLSCertificatesTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _BLSCertificates.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_BLSCertificates *BLSCertificatesTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _BLSCertificates.Contract.contract.Transact(opts, method, params...)
}

// Check is a free data retrieval call binding the contract method 0x8f315c11.
//
// Solidity: function check((address,address,address,address,bool) reg, bytes32 msgHash, bytes quorumNumbers, uint32 referenceBlockNumber, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) params) view returns((uint96[],uint96[]) totals, bytes32 signatoryRecordHash)
func (_BLSCertificates *BLSCertificatesCaller) Check(opts *bind.CallOpts, reg BLSCertificatesRegistries, msgHash [32]byte, quorumNumbers []byte, referenceBlockNumber uint32, params BLSSignatureCheckerNonSignerStakesAndSignature) (struct {
	Totals              BLSSignatureCheckerQuorumStakeTotals
	SignatoryRecordHash [32]byte
}, error) {
	var out []interface{}
	err := _BLSCertificates.contract.Call(opts, &out, "check", reg, msgHash, quorumNumbers, referenceBlockNumber, params)

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

// Check is a free data retrieval call binding the contract method 0x8f315c11.
//
// Solidity: function check((address,address,address,address,bool) reg, bytes32 msgHash, bytes quorumNumbers, uint32 referenceBlockNumber, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) params) view returns((uint96[],uint96[]) totals, bytes32 signatoryRecordHash)
func (_BLSCertificates *BLSCertificatesSession) Check(reg BLSCertificatesRegistries, msgHash [32]byte, quorumNumbers []byte, referenceBlockNumber uint32, params BLSSignatureCheckerNonSignerStakesAndSignature) (struct {
	Totals              BLSSignatureCheckerQuorumStakeTotals
	SignatoryRecordHash [32]byte
}, error) {
	return _BLSCertificates.Contract.Check(&_BLSCertificates.CallOpts, reg, msgHash, quorumNumbers, referenceBlockNumber, params)
}

// Check is a free data retrieval call binding the contract method 0x8f315c11.
//
// Solidity: function check((address,address,address,address,bool) reg, bytes32 msgHash, bytes quorumNumbers, uint32 referenceBlockNumber, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) params) view returns((uint96[],uint96[]) totals, bytes32 signatoryRecordHash)
func (_BLSCertificates *BLSCertificatesCallerSession) Check(reg BLSCertificatesRegistries, msgHash [32]byte, quorumNumbers []byte, referenceBlockNumber uint32, params BLSSignatureCheckerNonSignerStakesAndSignature) (struct {
	Totals              BLSSignatureCheckerQuorumStakeTotals
	SignatoryRecordHash [32]byte
}, error) {
	return _BLSCertificates.Contract.Check(&_BLSCertificates.CallOpts, reg, msgHash, quorumNumbers, referenceBlockNumber, params)
}

// CheckCommittee is a free data retrieval call binding the contract method 0x7d760621.
//
// Solidity: function checkCommittee(address registry, uint64 tableId, bytes32[] taskHashes, uint256[] params, bytes32 msgHash, bytes encoded) view returns(bytes32 signatoryRecordHash)
func (_BLSCertificates *BLSCertificatesCaller) CheckCommittee(opts *bind.CallOpts, registry common.Address, tableId uint64, taskHashes [][32]byte, params []*big.Int, msgHash [32]byte, encoded []byte) ([32]byte, error) {
	var out []interface{}
	err := _BLSCertificates.contract.Call(opts, &out, "checkCommittee", registry, tableId, taskHashes, params, msgHash, encoded)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// CheckCommittee is a free data retrieval call binding the contract method 0x7d760621.
//
// Solidity: function checkCommittee(address registry, uint64 tableId, bytes32[] taskHashes, uint256[] params, bytes32 msgHash, bytes encoded) view returns(bytes32 signatoryRecordHash)
func (_BLSCertificates *BLSCertificatesSession) CheckCommittee(registry common.Address, tableId uint64, taskHashes [][32]byte, params []*big.Int, msgHash [32]byte, encoded []byte) ([32]byte, error) {
	return _BLSCertificates.Contract.CheckCommittee(&_BLSCertificates.CallOpts, registry, tableId, taskHashes, params, msgHash, encoded)
}

// CheckCommittee is a free data retrieval call binding the contract method 0x7d760621.
//
// Solidity: function checkCommittee(address registry, uint64 tableId, bytes32[] taskHashes, uint256[] params, bytes32 msgHash, bytes encoded) view returns(bytes32 signatoryRecordHash)
func (_BLSCertificates *BLSCertificatesCallerSession) CheckCommittee(registry common.Address, tableId uint64, taskHashes [][32]byte, params []*big.Int, msgHash [32]byte, encoded []byte) ([32]byte, error) {
	return _BLSCertificates.Contract.CheckCommittee(&_BLSCertificates.CallOpts, registry, tableId, taskHashes, params, msgHash, encoded)
}

// FunctionRegistryMetaData contains all meta data concerning the FunctionRegistry contract.
var FunctionRegistryMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"event\",\"name\":\"FunctionDeactivated\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FunctionRegistered\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"spec\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structITaskManager.FunctionSpec\",\"components\":[{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"mode\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.VerificationMode\"},{\"name\":\"minQuorumThreshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"zkVerifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"uris\",\"type\":\"string[]\",\"internalType\":\"string[]\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"baseFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"fuelPrice\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FunctionUpdated\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"spec\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structITaskManager.FunctionSpec\",\"components\":[{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"mode\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.VerificationMode\"},{\"name\":\"minQuorumThreshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"zkVerifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"uris\",\"type\":\"string[]\",\"internalType\":\"string[]\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"baseFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"fuelPrice\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"CommitteeNeedsOneQuorum\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"CommitteeWindowTooLong\",\"inputs\":[{\"name\":\"requested\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maximum\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"CommitteesNotEnabled\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"FuelPriceImmutable\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InactiveFunction\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InvalidFunctionSpec\",\"inputs\":[{\"name\":\"reason\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"NotFunctionOwner\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"UnknownFunction\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}]",
	Bin: "0x611abe610034600b8282823980515f1a607314602857634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe7300000000000000000000000000000000000000003014608060405260043610610060575f3560e01c80630dd47e73146100645780634b22b062146100b65780634f752af8146100d7578063f614b7ff146100f6578063f8e45c4614610115575b5f5ffd5b81801561006f575f5ffd5b5061008361007e366004610dae565b610135565b6040805161ffff909416845263ffffffff90921660208401526001600160401b0316908201526060015b60405180910390f35b8180156100c1575f5ffd5b506100d56100d0366004610e78565b610341565b005b8180156100e2575f5ffd5b506100d56100f1366004610ea6565b61039d565b818015610101575f5ffd5b506100d5610110366004610ea6565b61043f565b610128610123366004610e78565b610507565b6040516100ad9190610fc6565b5f80806001600160a01b0386166101625760405160016230af6560e11b0319815260040160405180910390fd5b6001881461018357604051637a95c38760e01b815260040160405180910390fd5b60ff63ffffffff881611156101bf576040516317fd0e7760e21b815263ffffffff8816600482015260ff60248201526044015b60405180910390fd5b60048a015461ffff8087169116106101df5760048a015461ffff166101e1565b845b60048b015490935062010000900463ffffffff16156102105760048a015462010000900463ffffffff16610212565b835b91505f806001808d015460ff169081111561022f5761022f610f01565b1461023b57600261023e565b60015b90506001808c810154610100900460ff169081111561025f5761025f610f01565b03610268576004175b866001600160a01b031663fb26f1068b8b5f818110610289576102896110f7565b9050013560f81c60f81b60f81c838e6002015f0160089054906101000a90046001600160401b03166040518463ffffffff1660e01b81526004016102f19392919060ff93841681529190921660208201526001600160401b0391909116604082015260600190565b6020604051808303815f875af115801561030d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610331919061110b565b9150509750975097945050505050565b5f61034c83836107b0565b8054911515600160a01b0260ff60a01b199092169190911790556040516001600160401b038216907fdbb20d1ec7b15598b1e2f4d880eafbb9f3718933ea418af3e03b40d48cb27e08905f90a25050565b6103a681610863565b6001600160401b0382165f908152602084905260409020805460ff60a01b1933166001600160a81b031990911617600160a01b17815581600182016103eb828261159b565b905050336001600160a01b0316836001600160401b03167f77ff7c8dad6a3f8c1edd8d570edf23f1fb323a6adbce8ea710cf4ebed799b2788460405161043191906118ba565b60405180910390a350505050565b5f61044a84846107b0565b905061045582610863565b6005810154600160901b90046001600160601b031661047c6101c084016101a085016119dc565b6001600160601b0316146104ae576040516310a8ecf160e01b81526001600160401b03841660048201526024016101b6565b81600182016104bd828261159b565b905050826001600160401b03167f547fd45cab743d130d56cb392ef26ad6d575a3b105127c07e79d0b10d70fa7b7836040516104f991906118ba565b60405180910390a250505050565b61050f610cba565b6001600160401b0382165f9081526020848152604091829020825160608101845281546001600160a01b038116825260ff600160a01b9091048116151582850152845161016081018652600180850180548352600286015494979596958801959294909392850192169081111561058857610588610f01565b600181111561059957610599610f01565b81526020016001820160019054906101000a900460ff1660018111156105c1576105c1610f01565b60018111156105d2576105d2610f01565b8152600182015462010000810460ff1660208084019190915263010000009091046001600160a01b031660408084019190915280516080808201835260028601546001600160401b038082168452600160401b82041683860152600160801b810463ffffffff90811684860152600160a01b90910416606080840191909152850191909152600385018054835181860281018601909452808452919094019391925f9084015b82821015610720578382905f5260205f200180546106959061134d565b80601f01602080910402602001604051908101604052809291908181526020018280546106c19061134d565b801561070c5780601f106106e35761010080835404028352916020019161070c565b820191905f5260205f20905b8154815290600101906020018083116106ef57829003601f168201915b505050505081526020019060010190610678565b505050908252506004919091015461ffff8116602083015263ffffffff6201000082041660408301526001600160601b036601000000000000820481166060840152600160901b9091041660809091015290525080519091506001600160a01b03166107aa5760405163af2c671160e01b81526001600160401b03831660048201526024016101b6565b92915050565b6001600160401b0381165f90815260208390526040902080546001600160a01b03166107fa5760405163af2c671160e01b81526001600160401b03831660048201526024016101b6565b80546001600160a01b0316331461082f5760405163065e2c3d60e11b81526001600160401b03831660048201526024016101b6565b8054600160a01b900460ff166107aa576040516319679ec760e21b81526001600160401b03831660048201526024016101b6565b6060813561089d57506040805180820190915260158152746d6f64756c6520646967657374206973207a65726f60581b6020820152610c94565b6108ab610120830183611280565b90505f036108dc575060408051808201909152600c81526b6e6f2066657463682055524960a01b6020820152610c94565b6108ec60c0830160a084016119f7565b6001600160401b03165f0361092a57506040805180820190915260128152716675656c206c696d6974206973207a65726f60701b6020820152610c94565b6201000061093e60e0840160c085016119f7565b6001600160401b03161015610987575060408051808201909152601a81527f6d656d6f72792062656c6f77206f6e65207761736d20706167650000000000006020820152610c94565b61099961012083016101008401611a12565b63ffffffff165f036109d657506040805180820190915260148152736f7574707574206c696d6974206973207a65726f60601b6020820152610c94565b6109e7610100830160e08401611a12565b63ffffffff165f03610a21575060408051808201909152601181527077616c6c2074696d65206973207a65726f60781b6020820152610c94565b6001600160601b03610a3b6101c084016101a085016119dc565b6001600160601b0316610a5460c0850160a086016119f7565b6001600160401b0316610a679190611336565b610a796101a0850161018086016119dc565b6001600160601b0316610a8c9190611a2d565b1115610acf576040518060400160405280602081526020017f70726963652061626f7665207468652075696e74393620666565206669656c648152509050610c94565b6040610ae361016084016101408501611a40565b61ffff161115610b27575060408051808201909152601781527f636f6d6d69747465652073697a652061626f76652036340000000000000000006020820152610c94565b610b3961016083016101408401611a40565b61ffff1615801590610b68575065010000000000610b5d60e0840160c085016119f7565b6001600160401b0316115b15610ba7575060408051808201909152601c81527f636f6d6d6974746565206d656d6f72792061626f7665203120546942000000006020820152610c94565b5f610bb86060840160408501611a5b565b6001811115610bc957610bc9610f01565b03610c3f57610bde6080830160608401611a76565b60ff161580610bff57506064610bfa6080840160608501611a76565b60ff16115b15610c3a575060408051808201909152601f81527f71756f72756d207468726573686f6c64206d75737420626520312e2e3130300060208201525b610c94565b5f610c5060a0840160808501611a91565b6001600160a01b031603610c94575060408051808201909152601881527f7a6b206d6f6465206e656564732061207665726966696572000000000000000060208201525b805115610cb65780604051630dd8ccfb60e11b81526004016101b69190611aac565b5050565b604080516060810182525f8082526020820152908101610d4c60408051610160810182525f8082526020808301829052828401829052606080840183905260808085018490528551908101865283815291820183905293810182905280840182905260a083015260c082019290925260e081018290526101008101829052610120810182905261014081019190915290565b905290565b63ffffffff81168114610d62575f5ffd5b50565b8035610d7081610d51565b919050565b6001600160a01b0381168114610d62575f5ffd5b8035610d7081610d75565b61ffff81168114610d62575f5ffd5b8035610d7081610d94565b5f5f5f5f5f5f5f60c0888a031215610dc4575f5ffd5b8735965060208801356001600160401b03811115610de0575f5ffd5b8801601f81018a13610df0575f5ffd5b80356001600160401b03811115610e05575f5ffd5b8a6020828401011115610e16575f5ffd5b60209190910196509450610e2c60408901610d65565b9350610e3a60608901610d89565b9250610e4860808901610da3565b9150610e5660a08901610d65565b905092959891949750929550565b6001600160401b0381168114610d62575f5ffd5b5f5f60408385031215610e89575f5ffd5b823591506020830135610e9b81610e64565b809150509250929050565b5f5f5f60608486031215610eb8575f5ffd5b833592506020840135610eca81610e64565b915060408401356001600160401b03811115610ee4575f5ffd5b84016101c08187031215610ef6575f5ffd5b809150509250925092565b634e487b7160e01b5f52602160045260245ffd5b60028110610d6257634e487b7160e01b5f52602160045260245ffd5b610f3a81610f15565b9052565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f82825180855260208501945060208160051b830101602085015f5b83811015610fba57601f19858403018852610fa4838351610f3e565b6020988901989093509190910190600101610f88565b50909695505050505050565b6020815260018060a01b0382511660208201526020820151151560408201525f604083015160608084015280516080840152602081015161100a60a0850182610f31565b50604081015161101d60c0850182610f31565b5060608181015160ff1660e085015260808201516001600160a01b031661010085015260a082015180516001600160401b03908116610120870152602082015116610140860152604081015163ffffffff9081166101608701529101511661018084015260c08101516101c06101a085015261109d610240850182610f6c565b905060e08201516110b56101c086018261ffff169052565b5061010082015163ffffffff166101e08501526101208201516001600160601b0390811661020086015261014090920151918216610220850152949350505050565b634e487b7160e01b5f52603260045260245ffd5b5f6020828403121561111b575f5ffd5b815161112681610e64565b9392505050565b60028110610d62575f5ffd5b5f81356107aa8161112d565b61114e82610f15565b60ff1981541660ff831681178255505050565b61116a82610f15565b805461ff008360081b1661ff00198216178255505050565b60ff81168114610d62575f5ffd5b5f81356107aa81611182565b5f81356107aa81610d75565b5f81356107aa81610d51565b81356111bf81610e64565b6001600160401b03811690508154816001600160401b0319821617835560208401356111ea81610e64565b6fffffffffffffffff0000000000000000604091821b166fffffffffffffffffffffffffffffffff1983168417811785559085013561122881610d51565b6001600160a01b0319929092169092179190911760809190911b63ffffffff60801b161781555f606083013561125d81610d51565b825463ffffffff60a01b191660a09190911b63ffffffff60a01b16179091555050565b5f5f8335601e19843603018112611295575f5ffd5b8301803591506001600160401b038211156112ae575f5ffd5b6020019150600581901b36038213156112c5575f5ffd5b9250929050565b5f5f8335601e198436030181126112e1575f5ffd5b8301803591506001600160401b038211156112fa575f5ffd5b6020019150368190038213156112c5575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b80820281158282048414176107aa576107aa611322565b600181811c9082168061136157607f821691505b60208210810361137f57634e487b7160e01b5f52602260045260245ffd5b50919050565b5b81811015610cb6575f8155600101611386565b601f8211156113d357805f5260205f20601f840160051c810160208510156113be5750805b6113d0601f850160051c830182611385565b50505b505050565b6001600160401b038311156113ef576113ef61130e565b611403836113fd835461134d565b83611399565b5f601f841160018114611434575f851561141d5750838201355b5f19600387901b1c1916600186901b1783556113d0565b5f83815260208120601f198716915b828110156114635786850135825560209485019460019092019101611443565b508682101561147f575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b600160401b8311156114a5576114a561130e565b805483825580841015611529575f828152602090208481019082015b80821015611526576114d3825461134d565b801561151a57601f8111600181146114ed575f8455611518565b5f8481526020902061150a601f840160051c820160018301611385565b505f84815260208120818655555b505b506001820191506114c1565b50505b505f8181526020812083915b858110156115675761154783866112cc565b6115528183866113d8565b50506020929092019160019182019101611535565b505050505050565b5f81356107aa81610d94565b6001600160601b0381168114610d62575f5ffd5b5f81356107aa8161157b565b81358155600181016115b86115b260208501611139565b82611145565b6115cd6115c760408501611139565b82611161565b6115f46115dc60608501611190565b825462ff0000191660109190911b62ff000016178255565b61162d6116036080850161119c565b8280546301000000600160b81b03191660189290921b6301000000600160b81b0316919091179055565b5061163e60a08301600283016111b4565b61164c610120830183611280565b61165a818360038601611491565b505060048101611683611670610140850161156f565b825461ffff191661ffff91909116178255565b6116b161169361016085016111a8565b825465ffffffff0000191660109190911b65ffffffff000016178255565b6116f76116c1610180850161158f565b825471ffffffffffffffffffffffff000000000000191660309190911b71ffffffffffffffffffffffff00000000000016178255565b6113d36117076101a0850161158f565b8280546bffffffffffffffffffffffff60901b191660909290921b6bffffffffffffffffffffffff60901b16919091179055565b8035610d708161112d565b8035610d7081611182565b803561175c81610e64565b6001600160401b03168252602081013561177581610e64565b6001600160401b03166020830152604081013561179181610d51565b63ffffffff16604083015260608101356117aa81610d51565b63ffffffff81166060840152505050565b5f5f8335601e198436030181126117d0575f5ffd5b83016020810192503590506001600160401b038111156117ee575f5ffd5b8060051b36038213156112c5575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b5f8383855260208501945060208460051b820101835f5b86811015610fba57838303601f19018852813536879003601e19018112611863575f5ffd5b86016020810190356001600160401b0381111561187e575f5ffd5b80360382131561188c575f5ffd5b6118978582846117ff565b60209a8b019a9095509390930192505060010161183e565b8035610d708161157b565b60208082528235828201525f906118d290840161173b565b6118df6040840182610f31565b506118ec6040840161173b565b6118f96060840182610f31565b5061190660608401611746565b60ff811660808401525061191c60808401610d89565b6001600160a01b03811660a08401525061193c60c0830160a08501611751565b61194a6101208401846117bb565b6101c06101408501526119626101e085018284611827565b9150506119726101408501610da3565b61ffff81166101608501525061198b6101608501610d65565b63ffffffff8116610180850152506119a661018085016118af565b6001600160601b0381166101a0850152506119c46101a085016118af565b6001600160601b0381166101c0850152509392505050565b5f602082840312156119ec575f5ffd5b81356111268161157b565b5f60208284031215611a07575f5ffd5b813561112681610e64565b5f60208284031215611a22575f5ffd5b813561112681610d51565b808201808211156107aa576107aa611322565b5f60208284031215611a50575f5ffd5b813561112681610d94565b5f60208284031215611a6b575f5ffd5b81356111268161112d565b5f60208284031215611a86575f5ffd5b813561112681611182565b5f60208284031215611aa1575f5ffd5b813561112681610d75565b602081525f6111266020830184610f3e56",
}

// FunctionRegistryABI is the input ABI used to generate the binding from.
// Deprecated: Use FunctionRegistryMetaData.ABI instead.
var FunctionRegistryABI = FunctionRegistryMetaData.ABI

// FunctionRegistryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use FunctionRegistryMetaData.Bin instead.
var FunctionRegistryBin = FunctionRegistryMetaData.Bin

// DeployFunctionRegistry deploys a new Ethereum contract, binding an instance of FunctionRegistry to it.
func DeployFunctionRegistry(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *FunctionRegistry, error) {
	parsed, err := FunctionRegistryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(FunctionRegistryBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &FunctionRegistry{FunctionRegistryCaller: FunctionRegistryCaller{contract: contract}, FunctionRegistryTransactor: FunctionRegistryTransactor{contract: contract}, FunctionRegistryFilterer: FunctionRegistryFilterer{contract: contract}}, nil
}

// FunctionRegistry is an auto generated Go binding around an Ethereum contract.
type FunctionRegistry struct {
	FunctionRegistryCaller     // Read-only binding to the contract
	FunctionRegistryTransactor // Write-only binding to the contract
	FunctionRegistryFilterer   // Log filterer for contract events
}

// FunctionRegistryCaller is an auto generated read-only Go binding around an Ethereum contract.
type FunctionRegistryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// FunctionRegistryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type FunctionRegistryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// FunctionRegistryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type FunctionRegistryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// FunctionRegistrySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type FunctionRegistrySession struct {
	Contract     *FunctionRegistry // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// FunctionRegistryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type FunctionRegistryCallerSession struct {
	Contract *FunctionRegistryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts           // Call options to use throughout this session
}

// FunctionRegistryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type FunctionRegistryTransactorSession struct {
	Contract     *FunctionRegistryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts           // Transaction auth options to use throughout this session
}

// FunctionRegistryRaw is an auto generated low-level Go binding around an Ethereum contract.
type FunctionRegistryRaw struct {
	Contract *FunctionRegistry // Generic contract binding to access the raw methods on
}

// FunctionRegistryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type FunctionRegistryCallerRaw struct {
	Contract *FunctionRegistryCaller // Generic read-only contract binding to access the raw methods on
}

// FunctionRegistryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type FunctionRegistryTransactorRaw struct {
	Contract *FunctionRegistryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewFunctionRegistry creates a new instance of FunctionRegistry, bound to a specific deployed contract.
func NewFunctionRegistry(address common.Address, backend bind.ContractBackend) (*FunctionRegistry, error) {
	contract, err := bindFunctionRegistry(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &FunctionRegistry{FunctionRegistryCaller: FunctionRegistryCaller{contract: contract}, FunctionRegistryTransactor: FunctionRegistryTransactor{contract: contract}, FunctionRegistryFilterer: FunctionRegistryFilterer{contract: contract}}, nil
}

// NewFunctionRegistryCaller creates a new read-only instance of FunctionRegistry, bound to a specific deployed contract.
func NewFunctionRegistryCaller(address common.Address, caller bind.ContractCaller) (*FunctionRegistryCaller, error) {
	contract, err := bindFunctionRegistry(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &FunctionRegistryCaller{contract: contract}, nil
}

// NewFunctionRegistryTransactor creates a new write-only instance of FunctionRegistry, bound to a specific deployed contract.
func NewFunctionRegistryTransactor(address common.Address, transactor bind.ContractTransactor) (*FunctionRegistryTransactor, error) {
	contract, err := bindFunctionRegistry(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &FunctionRegistryTransactor{contract: contract}, nil
}

// NewFunctionRegistryFilterer creates a new log filterer instance of FunctionRegistry, bound to a specific deployed contract.
func NewFunctionRegistryFilterer(address common.Address, filterer bind.ContractFilterer) (*FunctionRegistryFilterer, error) {
	contract, err := bindFunctionRegistry(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &FunctionRegistryFilterer{contract: contract}, nil
}

// bindFunctionRegistry binds a generic wrapper to an already deployed contract.
func bindFunctionRegistry(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := FunctionRegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_FunctionRegistry *FunctionRegistryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _FunctionRegistry.Contract.FunctionRegistryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_FunctionRegistry *FunctionRegistryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _FunctionRegistry.Contract.FunctionRegistryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_FunctionRegistry *FunctionRegistryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _FunctionRegistry.Contract.FunctionRegistryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_FunctionRegistry *FunctionRegistryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _FunctionRegistry.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_FunctionRegistry *FunctionRegistryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _FunctionRegistry.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_FunctionRegistry *FunctionRegistryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _FunctionRegistry.Contract.contract.Transact(opts, method, params...)
}

// FunctionRegistryFunctionDeactivatedIterator is returned from FilterFunctionDeactivated and is used to iterate over the raw logs and unpacked data for FunctionDeactivated events raised by the FunctionRegistry contract.
type FunctionRegistryFunctionDeactivatedIterator struct {
	Event *FunctionRegistryFunctionDeactivated // Event containing the contract specifics and raw log

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
func (it *FunctionRegistryFunctionDeactivatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FunctionRegistryFunctionDeactivated)
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
		it.Event = new(FunctionRegistryFunctionDeactivated)
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
func (it *FunctionRegistryFunctionDeactivatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FunctionRegistryFunctionDeactivatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FunctionRegistryFunctionDeactivated represents a FunctionDeactivated event raised by the FunctionRegistry contract.
type FunctionRegistryFunctionDeactivated struct {
	FunctionId uint64
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterFunctionDeactivated is a free log retrieval operation binding the contract event 0xdbb20d1ec7b15598b1e2f4d880eafbb9f3718933ea418af3e03b40d48cb27e08.
//
// Solidity: event FunctionDeactivated(uint64 indexed functionId)
func (_FunctionRegistry *FunctionRegistryFilterer) FilterFunctionDeactivated(opts *bind.FilterOpts, functionId []uint64) (*FunctionRegistryFunctionDeactivatedIterator, error) {

	var functionIdRule []interface{}
	for _, functionIdItem := range functionId {
		functionIdRule = append(functionIdRule, functionIdItem)
	}

	logs, sub, err := _FunctionRegistry.contract.FilterLogs(opts, "FunctionDeactivated", functionIdRule)
	if err != nil {
		return nil, err
	}
	return &FunctionRegistryFunctionDeactivatedIterator{contract: _FunctionRegistry.contract, event: "FunctionDeactivated", logs: logs, sub: sub}, nil
}

// WatchFunctionDeactivated is a free log subscription operation binding the contract event 0xdbb20d1ec7b15598b1e2f4d880eafbb9f3718933ea418af3e03b40d48cb27e08.
//
// Solidity: event FunctionDeactivated(uint64 indexed functionId)
func (_FunctionRegistry *FunctionRegistryFilterer) WatchFunctionDeactivated(opts *bind.WatchOpts, sink chan<- *FunctionRegistryFunctionDeactivated, functionId []uint64) (event.Subscription, error) {

	var functionIdRule []interface{}
	for _, functionIdItem := range functionId {
		functionIdRule = append(functionIdRule, functionIdItem)
	}

	logs, sub, err := _FunctionRegistry.contract.WatchLogs(opts, "FunctionDeactivated", functionIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FunctionRegistryFunctionDeactivated)
				if err := _FunctionRegistry.contract.UnpackLog(event, "FunctionDeactivated", log); err != nil {
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
func (_FunctionRegistry *FunctionRegistryFilterer) ParseFunctionDeactivated(log types.Log) (*FunctionRegistryFunctionDeactivated, error) {
	event := new(FunctionRegistryFunctionDeactivated)
	if err := _FunctionRegistry.contract.UnpackLog(event, "FunctionDeactivated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FunctionRegistryFunctionRegisteredIterator is returned from FilterFunctionRegistered and is used to iterate over the raw logs and unpacked data for FunctionRegistered events raised by the FunctionRegistry contract.
type FunctionRegistryFunctionRegisteredIterator struct {
	Event *FunctionRegistryFunctionRegistered // Event containing the contract specifics and raw log

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
func (it *FunctionRegistryFunctionRegisteredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FunctionRegistryFunctionRegistered)
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
		it.Event = new(FunctionRegistryFunctionRegistered)
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
func (it *FunctionRegistryFunctionRegisteredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FunctionRegistryFunctionRegisteredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FunctionRegistryFunctionRegistered represents a FunctionRegistered event raised by the FunctionRegistry contract.
type FunctionRegistryFunctionRegistered struct {
	FunctionId uint64
	Owner      common.Address
	Spec       ITaskManagerFunctionSpec
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterFunctionRegistered is a free log retrieval operation binding the contract event 0x77ff7c8dad6a3f8c1edd8d570edf23f1fb323a6adbce8ea710cf4ebed799b278.
//
// Solidity: event FunctionRegistered(uint64 indexed functionId, address indexed owner, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96) spec)
func (_FunctionRegistry *FunctionRegistryFilterer) FilterFunctionRegistered(opts *bind.FilterOpts, functionId []uint64, owner []common.Address) (*FunctionRegistryFunctionRegisteredIterator, error) {

	var functionIdRule []interface{}
	for _, functionIdItem := range functionId {
		functionIdRule = append(functionIdRule, functionIdItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _FunctionRegistry.contract.FilterLogs(opts, "FunctionRegistered", functionIdRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return &FunctionRegistryFunctionRegisteredIterator{contract: _FunctionRegistry.contract, event: "FunctionRegistered", logs: logs, sub: sub}, nil
}

// WatchFunctionRegistered is a free log subscription operation binding the contract event 0x77ff7c8dad6a3f8c1edd8d570edf23f1fb323a6adbce8ea710cf4ebed799b278.
//
// Solidity: event FunctionRegistered(uint64 indexed functionId, address indexed owner, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96) spec)
func (_FunctionRegistry *FunctionRegistryFilterer) WatchFunctionRegistered(opts *bind.WatchOpts, sink chan<- *FunctionRegistryFunctionRegistered, functionId []uint64, owner []common.Address) (event.Subscription, error) {

	var functionIdRule []interface{}
	for _, functionIdItem := range functionId {
		functionIdRule = append(functionIdRule, functionIdItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _FunctionRegistry.contract.WatchLogs(opts, "FunctionRegistered", functionIdRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FunctionRegistryFunctionRegistered)
				if err := _FunctionRegistry.contract.UnpackLog(event, "FunctionRegistered", log); err != nil {
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

// ParseFunctionRegistered is a log parse operation binding the contract event 0x77ff7c8dad6a3f8c1edd8d570edf23f1fb323a6adbce8ea710cf4ebed799b278.
//
// Solidity: event FunctionRegistered(uint64 indexed functionId, address indexed owner, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96) spec)
func (_FunctionRegistry *FunctionRegistryFilterer) ParseFunctionRegistered(log types.Log) (*FunctionRegistryFunctionRegistered, error) {
	event := new(FunctionRegistryFunctionRegistered)
	if err := _FunctionRegistry.contract.UnpackLog(event, "FunctionRegistered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FunctionRegistryFunctionUpdatedIterator is returned from FilterFunctionUpdated and is used to iterate over the raw logs and unpacked data for FunctionUpdated events raised by the FunctionRegistry contract.
type FunctionRegistryFunctionUpdatedIterator struct {
	Event *FunctionRegistryFunctionUpdated // Event containing the contract specifics and raw log

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
func (it *FunctionRegistryFunctionUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FunctionRegistryFunctionUpdated)
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
		it.Event = new(FunctionRegistryFunctionUpdated)
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
func (it *FunctionRegistryFunctionUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FunctionRegistryFunctionUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FunctionRegistryFunctionUpdated represents a FunctionUpdated event raised by the FunctionRegistry contract.
type FunctionRegistryFunctionUpdated struct {
	FunctionId uint64
	Spec       ITaskManagerFunctionSpec
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterFunctionUpdated is a free log retrieval operation binding the contract event 0x547fd45cab743d130d56cb392ef26ad6d575a3b105127c07e79d0b10d70fa7b7.
//
// Solidity: event FunctionUpdated(uint64 indexed functionId, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96) spec)
func (_FunctionRegistry *FunctionRegistryFilterer) FilterFunctionUpdated(opts *bind.FilterOpts, functionId []uint64) (*FunctionRegistryFunctionUpdatedIterator, error) {

	var functionIdRule []interface{}
	for _, functionIdItem := range functionId {
		functionIdRule = append(functionIdRule, functionIdItem)
	}

	logs, sub, err := _FunctionRegistry.contract.FilterLogs(opts, "FunctionUpdated", functionIdRule)
	if err != nil {
		return nil, err
	}
	return &FunctionRegistryFunctionUpdatedIterator{contract: _FunctionRegistry.contract, event: "FunctionUpdated", logs: logs, sub: sub}, nil
}

// WatchFunctionUpdated is a free log subscription operation binding the contract event 0x547fd45cab743d130d56cb392ef26ad6d575a3b105127c07e79d0b10d70fa7b7.
//
// Solidity: event FunctionUpdated(uint64 indexed functionId, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96) spec)
func (_FunctionRegistry *FunctionRegistryFilterer) WatchFunctionUpdated(opts *bind.WatchOpts, sink chan<- *FunctionRegistryFunctionUpdated, functionId []uint64) (event.Subscription, error) {

	var functionIdRule []interface{}
	for _, functionIdItem := range functionId {
		functionIdRule = append(functionIdRule, functionIdItem)
	}

	logs, sub, err := _FunctionRegistry.contract.WatchLogs(opts, "FunctionUpdated", functionIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FunctionRegistryFunctionUpdated)
				if err := _FunctionRegistry.contract.UnpackLog(event, "FunctionUpdated", log); err != nil {
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

// ParseFunctionUpdated is a log parse operation binding the contract event 0x547fd45cab743d130d56cb392ef26ad6d575a3b105127c07e79d0b10d70fa7b7.
//
// Solidity: event FunctionUpdated(uint64 indexed functionId, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96) spec)
func (_FunctionRegistry *FunctionRegistryFilterer) ParseFunctionUpdated(log types.Log) (*FunctionRegistryFunctionUpdated, error) {
	event := new(FunctionRegistryFunctionUpdated)
	if err := _FunctionRegistry.contract.UnpackLog(event, "FunctionUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TaskManagerMetaData contains all meta data concerning the TaskManager contract.
var TaskManagerMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"coordinator\",\"type\":\"address\",\"internalType\":\"contractIRegistryCoordinatorViews\"},{\"name\":\"rewardsEpochSeconds\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"BATCH_TAG\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_CALLBACK_GAS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_INLINE_INPUT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_INLINE_OUTPUT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"REWARDS_EPOCH_SECONDS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"aggregator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"balances\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"batchMessage\",\"inputs\":[{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"blsApkRegistry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIBLSApkRegistryViews\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"committeeRegistry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"createTask\",\"inputs\":[{\"name\":\"req\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.TaskRequest\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"input\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"inputURI\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"responseWindowBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"outputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"createTasks\",\"inputs\":[{\"name\":\"requests\",\"type\":\"tuple[]\",\"internalType\":\"structITaskManager.TaskRequest[]\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"input\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"inputURI\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"responseWindowBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"outputs\":[{\"name\":\"taskIds\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"}],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"deactivateFunction\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"delegation\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIDelegationManagerViews\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"epochFees\",\"inputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"expireTask\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"task\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.Task\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"committeeTable\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"feeRecipient\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getBatch\",\"inputs\":[{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.BatchRecord\",\"components\":[{\"name\":\"respondedBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"count\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getFunction\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.FunctionRecord\",\"components\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"active\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"spec\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.FunctionSpec\",\"components\":[{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"mode\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.VerificationMode\"},{\"name\":\"minQuorumThreshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"zkVerifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"uris\",\"type\":\"string[]\",\"internalType\":\"string[]\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"baseFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"fuelPrice\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getTask\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.TaskRecord\",\"components\":[{\"name\":\"taskHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"responseDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"state\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.TaskState\"},{\"name\":\"resultStatus\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"respondedBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"zkVerifier\",\"type\":\"address\",\"internalType\":\"address\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"initialize\",\"inputs\":[{\"name\":\"initialOwner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"initialAggregator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"minWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"maxResponseWindow\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"minResponseWindow\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"minTaskFee\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint96\",\"internalType\":\"uint96\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"nextFunctionId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"nextTaskId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"paused\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pauser\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"registerFunction\",\"inputs\":[{\"name\":\"spec\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.FunctionSpec\",\"components\":[{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"mode\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.VerificationMode\"},{\"name\":\"minQuorumThreshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"zkVerifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"uris\",\"type\":\"string[]\",\"internalType\":\"string[]\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"baseFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"fuelPrice\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]}],\"outputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"registryCoordinator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIRegistryCoordinatorViews\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"respondToTask\",\"inputs\":[{\"name\":\"task\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.Task\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"committeeTable\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"name\":\"response\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.TaskResponse\",\"components\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"outputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"fuelUsed\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"name\":\"certificate\",\"type\":\"tuple\",\"internalType\":\"structBLSSignatureChecker.NonSignerStakesAndSignature\",\"components\":[{\"name\":\"nonSignerQuorumBitmapIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"nonSignerPubkeys\",\"type\":\"tuple[]\",\"internalType\":\"structBN254.G1Point[]\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"quorumApks\",\"type\":\"tuple[]\",\"internalType\":\"structBN254.G1Point[]\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"apkG2\",\"type\":\"tuple\",\"internalType\":\"structBN254.G2Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256[2]\",\"internalType\":\"uint256[2]\"},{\"name\":\"Y\",\"type\":\"uint256[2]\",\"internalType\":\"uint256[2]\"}]},{\"name\":\"sigma\",\"type\":\"tuple\",\"internalType\":\"structBN254.G1Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"quorumApkIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"totalStakeIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"nonSignerStakeIndices\",\"type\":\"uint32[][]\",\"internalType\":\"uint32[][]\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"respondToTasks\",\"inputs\":[{\"name\":\"batchTasks\",\"type\":\"tuple[]\",\"internalType\":\"structITaskManager.Task[]\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"committeeTable\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"name\":\"responses\",\"type\":\"tuple[]\",\"internalType\":\"structITaskManager.TaskResponse[]\",\"components\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"outputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"fuelUsed\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"certificate\",\"type\":\"tuple\",\"internalType\":\"structBLSSignatureChecker.NonSignerStakesAndSignature\",\"components\":[{\"name\":\"nonSignerQuorumBitmapIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"nonSignerPubkeys\",\"type\":\"tuple[]\",\"internalType\":\"structBN254.G1Point[]\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"quorumApks\",\"type\":\"tuple[]\",\"internalType\":\"structBN254.G1Point[]\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"apkG2\",\"type\":\"tuple\",\"internalType\":\"structBN254.G2Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256[2]\",\"internalType\":\"uint256[2]\"},{\"name\":\"Y\",\"type\":\"uint256[2]\",\"internalType\":\"uint256[2]\"}]},{\"name\":\"sigma\",\"type\":\"tuple\",\"internalType\":\"structBN254.G1Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"quorumApkIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"totalStakeIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"nonSignerStakeIndices\",\"type\":\"uint32[][]\",\"internalType\":\"uint32[][]\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"respondToTasksByCommittee\",\"inputs\":[{\"name\":\"batchTasks\",\"type\":\"tuple[]\",\"internalType\":\"structITaskManager.Task[]\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"committeeTable\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"name\":\"responses\",\"type\":\"tuple[]\",\"internalType\":\"structITaskManager.TaskResponse[]\",\"components\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"outputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"fuelUsed\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"name\":\"certificate\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"respondWithProof\",\"inputs\":[{\"name\":\"task\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.Task\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"committeeTable\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"name\":\"response\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.TaskResponse\",\"components\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"outputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"fuelUsed\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"name\":\"proof\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"responseDigest\",\"inputs\":[{\"name\":\"task\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.Task\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"committeeTable\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"name\":\"response\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.TaskResponse\",\"components\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"outputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"fuelUsed\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"runtimeEnvironment\",\"inputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setAggregator\",\"inputs\":[{\"name\":\"newAggregator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setCommitteeConfig\",\"inputs\":[{\"name\":\"registry\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"minSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setFeeRecipient\",\"inputs\":[{\"name\":\"newRecipient\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMinTaskFee\",\"inputs\":[{\"name\":\"newMinimum\",\"type\":\"uint96\",\"internalType\":\"uint96\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setPauser\",\"inputs\":[{\"name\":\"newPauser\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setResponseWindow\",\"inputs\":[{\"name\":\"minBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setRuntimeEnvironment\",\"inputs\":[{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setStaleStakesForbidden\",\"inputs\":[{\"name\":\"forbidden\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"stakeRegistry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIStakeRegistryViews\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"staleStakesForbidden\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"unpause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"updateFunction\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"spec\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.FunctionSpec\",\"components\":[{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"mode\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.VerificationMode\"},{\"name\":\"minQuorumThreshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"zkVerifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"uris\",\"type\":\"string[]\",\"internalType\":\"string[]\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"baseFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"fuelPrice\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"verifyBatchLeaf\",\"inputs\":[{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"leaf\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"AggregatorChanged\",\"inputs\":[{\"name\":\"previous\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"current\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"BatchResponded\",\"inputs\":[{\"name\":\"root\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"count\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CallbackResult\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"callback\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"success\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CommitteeConfigChanged\",\"inputs\":[{\"name\":\"registry\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"minCommitteeSize\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"defaultFailoverBlocks\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FeeRecipientChanged\",\"inputs\":[{\"name\":\"previous\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"current\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FuelRefunded\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"requester\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FunctionDeactivated\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FunctionRegistered\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"spec\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structITaskManager.FunctionSpec\",\"components\":[{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"mode\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.VerificationMode\"},{\"name\":\"minQuorumThreshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"zkVerifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"uris\",\"type\":\"string[]\",\"internalType\":\"string[]\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"baseFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"fuelPrice\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FunctionUpdated\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"spec\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structITaskManager.FunctionSpec\",\"components\":[{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"mode\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.VerificationMode\"},{\"name\":\"minQuorumThreshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"zkVerifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"uris\",\"type\":\"string[]\",\"internalType\":\"string[]\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"baseFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"fuelPrice\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Initialized\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MinTaskFeeChanged\",\"inputs\":[{\"name\":\"previous\",\"type\":\"uint96\",\"indexed\":false,\"internalType\":\"uint96\"},{\"name\":\"current\",\"type\":\"uint96\",\"indexed\":false,\"internalType\":\"uint96\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferStarted\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Paused\",\"inputs\":[{\"name\":\"by\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PauserChanged\",\"inputs\":[{\"name\":\"previousPauser\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newPauser\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ResponseWindowChanged\",\"inputs\":[{\"name\":\"minBlocks\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"maxBlocks\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RuntimeEnvironmentSet\",\"inputs\":[{\"name\":\"runtime\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"StaleStakesForbiddenChanged\",\"inputs\":[{\"name\":\"forbidden\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TaskCreated\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"task\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structITaskManager.Task\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"committeeTable\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"name\":\"input\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"},{\"name\":\"inputURI\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"moduleURIs\",\"type\":\"string[]\",\"indexed\":false,\"internalType\":\"string[]\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TaskExpired\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TaskResponded\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"response\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structITaskManager.TaskResponse\",\"components\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"outputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"fuelUsed\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"name\":\"responseDigest\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"signatoryRecordHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unpaused\",\"inputs\":[{\"name\":\"by\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Withdrawn\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"BatchLengthMismatch\",\"inputs\":[{\"name\":\"tasks\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"responses\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"BatchQuorumMismatch\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"BatchReferenceBlockBeforeTask\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"taskReferenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"BatchTableMismatch\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"BatchThresholdNotMet\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"quorumNumber\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"signedStake\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"totalStake\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]},{\"type\":\"error\",\"name\":\"CallbackGasTooHigh\",\"inputs\":[{\"name\":\"requested\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maximum\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"CommitteeNeedsOneQuorum\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"CommitteeSeedUnavailable\",\"inputs\":[{\"name\":\"seedBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"CommitteeSignersMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"CommitteeTask\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"CommitteeThresholdNotMet\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"seats\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"window\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"CommitteeWindowTooLong\",\"inputs\":[{\"name\":\"requested\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maximum\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"CommitteesNotEnabled\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"EmptyBatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"FailoverRoundNotReached\",\"inputs\":[{\"name\":\"round\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"current\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"FeeBelowMinimum\",\"inputs\":[{\"name\":\"paid\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minimum\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"FeeNotDivisible\",\"inputs\":[{\"name\":\"paid\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"FeeTooLarge\",\"inputs\":[{\"name\":\"paid\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maximum\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"FuelAboveLimit\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fuelUsed\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"limit\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"FuelPriceImmutable\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InactiveFunction\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InputArrayLengthMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InputDigestMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InputEmptyQuorumNumbers\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InputNonSignerLengthMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InputTooLarge\",\"inputs\":[{\"name\":\"size\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InsufficientGasForCallback\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidBLSPairingKey\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidBLSSignature\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidFunctionSpec\",\"inputs\":[{\"name\":\"reason\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"InvalidInitialization\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidQuorumApkHash\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidReferenceBlocknumber\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidRewardsEpoch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"IsPaused\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"MissingInput\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NonSignerPubkeysNotSorted\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotAggregator\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotCommitteeTask\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"NotFunctionOwner\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"NotInitializing\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotOwner\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotPauser\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotPendingOwner\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NothingToWithdraw\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"OutputDigestMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"OutputTooLargeInline\",\"inputs\":[{\"name\":\"size\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ProofRejected\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"reason\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"type\":\"error\",\"name\":\"QuorumNumbersNotSortedOrUnknown\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ResponseWindowOutOfRange\",\"inputs\":[{\"name\":\"requested\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"minimum\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maximum\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"RuntimeNotEnabled\",\"inputs\":[{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"}]},{\"type\":\"error\",\"name\":\"StaleStakes\",\"inputs\":[{\"name\":\"quorumNumber\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"TaskAlreadyExpired\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"TaskAlreadyResponded\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"TaskDeadlinePassed\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"TaskMismatch\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"TaskNotYetExpired\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"ThresholdNotMet\",\"inputs\":[{\"name\":\"quorumNumber\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"signedStake\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"totalStake\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]},{\"type\":\"error\",\"name\":\"ThresholdOutOfRange\",\"inputs\":[{\"name\":\"requested\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"minimum\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"UnknownFunction\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"UnknownTask\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"WithdrawFailed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"WrongQuorumSet\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"WrongVerificationMode\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZkOutputMalformed\",\"inputs\":[{\"name\":\"size\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ZkStatusNotOk\",\"inputs\":[{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"ZkVerifierMissing\",\"inputs\":[{\"name\":\"verifier\",\"type\":\"address\",\"internalType\":\"address\"}]}]",
	Bin: "0x610120604052348015610010575f5ffd5b5060405161632e38038061632e83398101604081905261002f916102b1565b81806001600160a01b03166080816001600160a01b031681525050806001600160a01b031663683048356040518163ffffffff1660e01b8152600401602060405180830381865afa158015610086573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100aa91906102f1565b6001600160a01b031660a0816001600160a01b031681525050806001600160a01b0316635df459466040518163ffffffff1660e01b8152600401602060405180830381865afa1580156100ff573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061012391906102f1565b6001600160a01b031660c0816001600160a01b03168152505060a0516001600160a01b031663df5cf7236040518163ffffffff1660e01b8152600401602060405180830381865afa15801561017a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061019e91906102f1565b6001600160a01b031660e0525063ffffffff81165f036101d157604051639124389560e01b815260040160405180910390fd5b63ffffffff8116610100526101e46101eb565b5050610313565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161561023b5760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161461029a5780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b6001600160a01b038116811461029a575f5ffd5b5f5f604083850312156102c2575f5ffd5b82516102cd8161029d565b602084015190925063ffffffff811681146102e6575f5ffd5b809150509250929050565b5f60208284031215610301575f5ffd5b815161030c8161029d565b9392505050565b60805160a05160c05160e05161010051615fad6103815f395f81816105380152612e5901525f81816109d201526130a001525f8181610605015261307101525f8181610657015261304201525f81816106a901528181610b82015281816114d201526130130152615fad5ff3fe608060405260043610610340575f3560e01c806383e74c98116101bd578063c53c4596116100f2578063e4751f5e11610092578063f1d378271161006d578063f1d3782714610ace578063f2fde38b14610aed578063f9120af614610b0c578063fdc3d8d714610b2b575f5ffd5b8063e4751f5e14610a13578063e74b981b14610a28578063ed42136f14610a47575f5ffd5b8063d1a57d3b116100cd578063d1a57d3b14610983578063d48ac5cf146109a2578063df5cf723146109c1578063e30c3978146109f4575f5ffd5b8063c53c459614610922578063c79ec0d314610945578063d0f6957914610964575f5ffd5b80639fd0506d1161015d578063acca8b6711610138578063acca8b6714610898578063b96ed13e146108b7578063b98d0908146108e3578063c328e5bd14610903575f5ffd5b80639fd0506d1461082f578063a6cc826e1461084e578063a7c263c11461086d575f5ffd5b806391739e8c1161019857806391739e8c146107b8578063930fb454146107ce57806393bc4590146107ed5780639e8827161461080c575f5ffd5b806383e74c98146107535780638456cb59146107865780638da5cb5b1461079a575f5ffd5b80634bebc5c6116102935780636b7be448116102335780637006cbef1161020e5780637006cbef146106e157806374d2e22f1461070057806379501aca1461071f57806379ba50971461073f575f5ffd5b80636b7be448146106795780636d14a987146106985780636d9809a0146106cb575f5ffd5b80635c975abb1161026e5780635c975abb146105c45780635df45946146105f4578063607c3777146106275780636830483514610646575f5ffd5b80634bebc5c6146105275780634e5b38441461055a57806357342d7414610598575f5ffd5b80632d88af4a116102fe578063416c7e5e116102d9578063416c7e5e1461049f57806346904840146104be5780634825aa3f146104dd5780634a95a394146104fc575f5ffd5b80632d88af4a146104585780633ccfd60b146104775780633f4ba83a1461048b575f5ffd5b80629955601461034457806302b9db7b146103805780631b9a1f01146103b7578063245a7bfc146103df57806327e235e3146103fe5780632d67527f14610437575b5f5ffd5b34801561034f575f5ffd5b50606c54610363906001600160a01b031681565b6040516001600160a01b0390911681526020015b60405180910390f35b34801561038b575f5ffd5b5060645461039f906001600160401b031681565b6040516001600160401b039091168152602001610377565b6103ca6103c53660046146ce565b610b4e565b60405163ffffffff9091168152602001610377565b3480156103ea575f5ffd5b50606554610363906001600160a01b031681565b348015610409575f5ffd5b50610429610418366004614722565b606a6020525f908152604090205481565b604051908152602001610377565b348015610442575f5ffd5b506104566104513660046147b8565b610c0d565b005b348015610463575f5ffd5b50610456610472366004614722565b610ddf565b348015610482575f5ffd5b50610456610e64565b348015610496575f5ffd5b50610456610f49565b3480156104aa575f5ffd5b506104566104b9366004614854565b610fac565b3480156104c9575f5ffd5b50606654610363906001600160a01b031681565b3480156104e8575f5ffd5b506104566104f736600461489e565b610fe2565b348015610507575f5ffd5b50610429610516366004614901565b60676020525f908152604090205481565b348015610532575f5ffd5b506103ca7f000000000000000000000000000000000000000000000000000000000000000081565b348015610565575f5ffd5b5060645461058090600160a01b90046001600160601b031681565b6040516001600160601b039091168152602001610377565b3480156105a3575f5ffd5b506105b76105b2366004614938565b611079565b6040516103779190614967565b3480156105cf575f5ffd5b506002546105e490600160a01b900460ff1681565b6040519015158152602001610377565b3480156105ff575f5ffd5b506103637f000000000000000000000000000000000000000000000000000000000000000081565b348015610632575f5ffd5b506104566106413660046149cb565b611126565b348015610651575f5ffd5b506103637f000000000000000000000000000000000000000000000000000000000000000081565b348015610684575f5ffd5b50610456610693366004614a18565b611197565b3480156106a3575f5ffd5b506103637f000000000000000000000000000000000000000000000000000000000000000081565b3480156106d6575f5ffd5b506103ca621e848081565b3480156106ec575f5ffd5b506104566106fb366004614aa3565b6112f6565b34801561070b575f5ffd5b5061045661071a366004614aec565b6113a0565b61073261072d366004614b07565b611440565b6040516103779190614b45565b34801561074a575f5ffd5b50610456611622565b34801561075e575f5ffd5b506104297f641da3562b2f9afe9b4b6eb6978539b901c6af38a871fb4bdef46f93523b59bc81565b348015610791575f5ffd5b506104566116a3565b3480156107a5575f5ffd5b505f54610363906001600160a01b031681565b3480156107c3575f5ffd5b506104296201000081565b3480156107d9575f5ffd5b506105e46107e8366004614b8d565b611725565b3480156107f8575f5ffd5b50610456610807366004614be8565b611764565b348015610817575f5ffd5b506064546103ca90600160601b900463ffffffff1681565b34801561083a575f5ffd5b50600254610363906001600160a01b031681565b348015610859575f5ffd5b5061039f610868366004614c2a565b611895565b348015610878575f5ffd5b50610429610887366004614c5b565b606d6020525f908152604090205481565b3480156108a3575f5ffd5b506104566108b2366004614c8c565b61196d565b3480156108c2575f5ffd5b506108d66108d13660046149cb565b611a2b565b6040516103779190614dbb565b3480156108ee575f5ffd5b506065546105e490600160a01b900460ff1681565b34801561090e575f5ffd5b5061042961091d366004614ebb565b611a4f565b34801561092d575f5ffd5b506064546103ca90600160801b900463ffffffff1681565b348015610950575f5ffd5b5061042961095f366004614edb565b611a63565b34801561096f575f5ffd5b5061045661097e366004614f34565b611a76565b34801561098e575f5ffd5b5061045661099d366004614f89565b611c28565b3480156109ad575f5ffd5b506104566109bc366004615017565b611d8f565b3480156109cc575f5ffd5b506103637f000000000000000000000000000000000000000000000000000000000000000081565b3480156109ff575f5ffd5b50600154610363906001600160a01b031681565b348015610a1e575f5ffd5b5061042961200081565b348015610a33575f5ffd5b50610456610a42366004614722565b611dc3565b348015610a52575f5ffd5b50610aaa610a61366004614c5b565b604080518082019091525f8082526020820152505f908152606b602090815260409182902082518084019093525463ffffffff8082168452640100000000909104169082015290565b60408051825163ffffffff9081168252602093840151169281019290925201610377565b348015610ad9575f5ffd5b50610456610ae836600461504e565b611e6f565b348015610af8575f5ffd5b50610456610b07366004614722565b612065565b348015610b17575f5ffd5b50610456610b26366004614722565b612106565b348015610b36575f5ffd5b506064546103ca90600160401b900463ffffffff1681565b6002545f90600160a01b900460ff1615610b7b57604051631309a56360e01b815260040160405180910390fd5b610c0582347f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316639aa1653d6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610bdc573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c009190615103565b61218b565b90505b919050565b600254600160a01b900460ff1615610c3857604051631309a56360e01b815260040160405180910390fd5b610c40612b2a565b845f819003610c625760405163c2e5347d60e01b815260040160405180910390fd5b808414610c91576040516381b5b20760e01b815260048101829052602481018590526044015b60405180910390fd5b5f5f5f5f610ca38b8b8b8b8b8b612b6c565b93509350935093506001851115610d4b5760408051808201825263ffffffff438116825287811660208084019182525f888152606b90915284812093518454925184166401000000000267ffffffffffffffff1990931693169290921717909155905184917f0820267312e6a5f019f92a38ecab830a53cbb00bb1f8569ce8ad57babc1b4a2591610d429189825263ffffffff16602082015260400190565b60405180910390a25b610d5482612e12565b5f5b85811015610dd157610dc98c8c83818110610d7357610d7361511e565b9050602002810190610d859190615132565b8b8b84818110610d9757610d9761511e565b9050602002810190610da99190615151565b878481518110610dbb57610dbb61511e565b602002602001015185612ea2565b600101610d56565b505050505050505050505050565b5f546001600160a01b03163314610e09576040516330cd747160e01b815260040160405180910390fd5b6002546040516001600160a01b038084169216907f95bb211a5a393c4d30c3edc9a745825fba4e6ad3e3bb949e6bf8ccdfe431a811905f90a3600280546001600160a01b0319166001600160a01b0392909216919091179055565b335f908152606a602052604081205490819003610e9457604051630686827b60e51b815260040160405180910390fd5b335f818152606a602052604080822091909155517f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d590610ed79084815260200190565b60405180910390a26040515f90339083908381818185875af1925050503d805f8114610f1e576040519150601f19603f3d011682016040523d82523d5f602084013e610f23565b606091505b5050905080610f4557604051631d42c86760e21b815260040160405180910390fd5b5050565b5f546001600160a01b03163314610f73576040516330cd747160e01b815260040160405180910390fd5b6002805460ff60a01b1916905560405133907f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa905f90a2565b5f546001600160a01b03163314610fd6576040516330cd747160e01b815260040160405180910390fd5b610fdf81612f2e565b50565b600254600160a01b900460ff161561100d57604051631309a56360e01b815260040160405180910390fd5b60405163f614b7ff60e01b815273__$471cae8fcc9a82a21c2b48d6c788af9f49$__9063f614b7ff9061104990606890869086906004016152dc565b5f6040518083038186803b15801561105f575f5ffd5b505af4158015611071573d5f5f3e3d5ffd5b505050505050565b6110816145f4565b63ffffffff82165f90815260696020908152604091829020825160c081018452815481526001820154928101929092526002810154919290919083019060ff1660038111156110d2576110d2614953565b60038111156110e3576110e3614953565b815260029190910154610100810460ff16602083015262010000810463ffffffff166040830152600160301b90046001600160a01b031660609091015292915050565b604051632591583160e11b8152606860048201526001600160401b038216602482015273__$471cae8fcc9a82a21c2b48d6c788af9f49$__90634b22b062906044015f6040518083038186803b15801561117e575f5ffd5b505af4158015611190573d5f5f3e3d5ffd5b5050505050565b600254600160a01b900460ff16156111c257604051631309a56360e01b815260040160405180910390fd5b6111ca612b2a565b5f6111d784846001612f86565b90505f80611205836111ed610120890189615411565b6111ff6101808b016101608c01614938565b88612ff0565b90925090505f80611227846112226101608b016101408c01615453565b613179565b91509150816112ce5761123e610120890189615411565b8281811061124e5761124e61511e565b9050013560f81c60f81b60f81c845f015182815181106112705761127061511e565b60200260200101518560200151838151811061128e5761128e61511e565b60209081029190910101516040516315ba38c760e31b815260ff90931660048401526001600160601b039182166024840152166044820152606401610c88565b6112e06112db8989613236565b612e12565b6112ec88888786612ea2565b5050505050505050565b5f546001600160a01b03163314611320576040516330cd747160e01b815260040160405180910390fd5b8060675f84600181111561133657611336614953565b600181111561134757611347614953565b815260208101919091526040015f205581600181111561136957611369614953565b6040518281527f8b9591d346906cd19ebf0158b53a0263537d9269330935100febb2637018905a9060200160405180910390a25050565b5f546001600160a01b031633146113ca576040516330cd747160e01b815260040160405180910390fd5b606454604080516001600160601b03600160a01b9093048316815291831660208301527fb524f2030f9c03f4f662b5015b391aee396f12a76ab1d9f2d04a14d27fc03f99910160405180910390a1606480546001600160601b03909216600160a01b026001600160a01b03909216919091179055565b600254606090600160a01b900460ff161561146e57604051631309a56360e01b815260040160405180910390fd5b815f8190036114905760405163c2e5347d60e01b815260040160405180910390fd5b5f61149b8234615496565b9050346114a883836154a9565b146114cf57604051639d8924bd60e01b815234600482015260248101839052604401610c88565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316639aa1653d6040518163ffffffff1660e01b8152600401602060405180830381865afa15801561152c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115509190615103565b9050826001600160401b0381111561156a5761156a6154c0565b604051908082528060200260200182016040528015611593578160200160208202803683370190505b5093505f5b83811015611618575f6115aa60405190565b90506115da8888848181106115c1576115c161511e565b90506020028101906115d391906154d4565b858561218b565b8683815181106115ec576115ec61511e565b602002602001019063ffffffff16908163ffffffff168152505061160f81604052565b50600101611598565b5050505092915050565b6001546001600160a01b0316331461164d57604051630614e5c760e21b815260040160405180910390fd5b5f805460405133926001600160a01b03909216917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e091a35f80546001600160a01b03199081163317909155600180549091169055565b6002546001600160a01b031633148015906116c857505f546001600160a01b03163314155b156116e65760405163492f678160e01b815260040160405180910390fd5b6002805460ff60a01b1916600160a01b17905560405133907f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258905f90a2565b5f858152606b6020526040812054640100000000900463ffffffff1680158015906117595750611759878288888888613425565b979650505050505050565b5f61176f838361353f565b5090506117846101a083016101808401614938565b63ffffffff1643116117cc57826117a36101a084016101808501614938565b604051637a1b099360e01b815263ffffffff928316600482015291166024820152604401610c88565b60028101805460ff191660031790555f6117ee61022084016102008501614aec565b6001600160601b031611156118605761180f61022083016102008401614aec565b6001600160601b0316606a5f61182d6101c086016101a08701614722565b6001600160a01b03166001600160a01b031681526020019081526020015f205f82825461185a91906154e9565b90915550505b60405163ffffffff8416907fec024f126fc5070b1c70b8836faae58ceb08d7a58b0601b80f38f8ca4c185bde905f90a2505050565b6002545f90600160a01b900460ff16156118c257604051631309a56360e01b815260040160405180910390fd5b606480546001600160401b0316905f6118da836154fc565b91906101000a8154816001600160401b0302191690836001600160401b03160217905550905073__$471cae8fcc9a82a21c2b48d6c788af9f49$__634f752af8606883856040518463ffffffff1660e01b815260040161193c939291906152dc565b5f6040518083038186803b158015611952575f5ffd5b505af4158015611964573d5f5f3e3d5ffd5b50505050919050565b5f546001600160a01b03163314611997576040516330cd747160e01b815260040160405180910390fd5b606c80546001600160a01b0385166001600160b01b03199091168117600160a01b61ffff86169081029190911763ffffffff60b01b1916600160b01b63ffffffff8616908102919091179093556040805192835260208301919091528101919091527f086c83c04d2815a06cba210c5e575c81d69f5a8b5cda6a9ac6a7ae6ee7c3bafa9060600160405180910390a1505050565b611a33614637565b613649805f611a458563ffffffff8416565b9050805160208201f35b5f611a5a838361371a565b90505b92915050565b5f611a5a611a7084613784565b836137be565b5f611a7f6137d6565b805490915060ff600160401b82041615906001600160401b03165f81158015611aa55750825b90505f826001600160401b03166001148015611ac05750303b155b905081158015611ace575080155b15611aec5760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff191660011785558315611b1657845460ff60401b1916600160401b1785555b611b20898a6137fe565b606480546bffffffffffffffffffffffff191668010000000000000001179055611b4a87876138be565b606580546001600160a01b03808b166001600160a01b0319928316811790935560668054918d16919092161790556040515f907f130d4e632a6163e8dab92a952e84f85d90e06c320d7c56e3b942f6fc02b65558908290a36040516001600160a01b038a16905f907f0bc21fe5c3ab742ff1d15b5c4477ffbacf1167e618228078fa625edebe7f331d908290a38315611c1d57845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050505050565b600254600160a01b900460ff1615611c5357604051631309a56360e01b815260040160405180910390fd5b611c5b612b2a565b5f611c696020850185614938565b90505f5f611c77838861398f565b60028201549193509150600160301b90046001600160a01b031680611cb757604051632c2dd12760e01b815263ffffffff85166004820152602401610c88565b73__$d0a4d585c3b34d4c671830626c5d792137$__63bab43b8c828685611ce460408d0160208e01615453565b60408d0135611cf660608f018f615411565b8e8e6040518a63ffffffff1660e01b8152600401611d1c99989796959493929190615526565b5f6040518083038186803b158015611d32575f5ffd5b505af4158015611d44573d5f5f3e3d5ffd5b505050505f611d5383896137be565b9050611d608489836139fb565b611d83611d756102208b016102008c01614aec565b6001600160601b0316612e12565b611c1d8989835f612ea2565b5f546001600160a01b03163314611db9576040516330cd747160e01b815260040160405180910390fd5b610f4582826138be565b5f546001600160a01b03163314611ded576040516330cd747160e01b815260040160405180910390fd5b6001600160a01b038116611e145760405163d92e233d60e01b815260040160405180910390fd5b6066546040516001600160a01b038084169216907f0bc21fe5c3ab742ff1d15b5c4477ffbacf1167e618228078fa625edebe7f331d905f90a3606680546001600160a01b0319166001600160a01b0392909216919091179055565b600254600160a01b900460ff1615611e9a57604051631309a56360e01b815260040160405180910390fd5b611ea2612b2a565b845f819003611ec45760405163c2e5347d60e01b815260040160405180910390fd5b808414611eee576040516381b5b20760e01b81526004810182905260248101859052604401610c88565b5f5f5f611efe8a8a8a8a8a613a66565b9250925092505f611f0e84613cab565b90505f611f288c8c611f20858a61371a565b8b8b88613e80565b60408051808201825263ffffffff438116825289811660208084019182525f888152606b9091529390932091518254935182166401000000000267ffffffffffffffff199094169116179190911790559050611f8384612e12565b6040805187815263ffffffff8a16602082015283917f0820267312e6a5f019f92a38ecab830a53cbb00bb1f8569ce8ad57babc1b4a25910160405180910390a25f5b86811015612056575f611fd760405190565b90506120448e8e84818110611fee57611fee61511e565b90506020028101906120009190615132565b8d8d858181106120125761201261511e565b90506020028101906120249190615151565b8985815181106120365761203661511e565b602002602001015186612ea2565b61204d81604052565b50600101611fc5565b50505050505050505050505050565b5f546001600160a01b0316331461208f576040516330cd747160e01b815260040160405180910390fd5b6001600160a01b0381166120b65760405163d92e233d60e01b815260040160405180910390fd5b600180546001600160a01b0319166001600160a01b038381169182179092555f8054604051929316917f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227009190a350565b5f546001600160a01b03163314612130576040516330cd747160e01b815260040160405180910390fd5b6065546040516001600160a01b038084169216907f130d4e632a6163e8dab92a952e84f85d90e06c320d7c56e3b942f6fc02b65558905f90a3606580546001600160a01b0319166001600160a01b0392909216919091179055565b5f6001600160601b038311156121c457604051630d67e66360e21b8152600481018490526001600160601b036024820152604401610c88565b5f6068816121d560208801886149cb565b6001600160401b0316815260208101919091526040015f2080549091506001600160a01b03166122315761220c60208601866149cb565b60405163af2c671160e01b81526001600160401b039091166004820152602401610c88565b8054600160a01b900460ff166122735761224e60208601866149cb565b6040516319679ec760e21b81526001600160401b039091166004820152602401610c88565b60645460058201545f916001600160601b03600160a01b9091048116600160301b90920416116122b557606454600160a01b90046001600160601b03166122cb565b6005820154600160301b90046001600160601b03165b600583015460038401546001600160601b0392831693505f926122ff92600160901b900416906001600160401b03166154a9565b61230990836154e9565b905080861015612336576040516308d9f2ef60e41b81526004810187905260248101829052604401610c88565b60028301545f90606790829060ff16600181111561235657612356614953565b600181111561236757612367614953565b815260208101919091526040015f20549050806123a05760028401546040516318377c4560e01b8152610c889160ff169060040161558b565b5f806123af60208b018b615411565b9050111561246557620100006123c860208b018b615411565b90501115612405576123dd60208a018a615411565b604051630693c11960e21b8152610c8892506201000090600401918252602082015260400190565b61241260208a018a615411565b60405161242092919061559e565b6040805191829003909120915089013515801590612442575080896040013514155b15612460576040516347c9d91760e11b815260040160405180910390fd5b6124a7565b60408901351580612482575061247e60608a018a615411565b1590505b156124a057604051630eb02bfb60e01b815260040160405180910390fd5b5060408801355b6124b460808a018a615411565b90505f036124d557604051630d38300960e01b815260040160405180910390fd5b5f5b6124e460808b018b615411565b905081101561258c575f6124fb60808c018c615411565b8381811061250b5761250b61511e565b919091013560f81c91505060ff89168110158061256557505f82118015612565575061253a60808c018c615411565b6125456001856155ad565b8181106125545761255461511e565b919091013560f81c60ff8316111590505b1561258357604051630d38300960e01b815260040160405180910390fd5b506001016124d7565b50600285015462010000900460ff16806125ac60c08c0160a08d01615453565b60ff1610806125cd575060646125c860c08c0160a08d01615453565b60ff16115b15612609576125e260c08b0160a08c01615453565b60405163095f7c5f60e01b815260ff91821660048201529082166024820152604401610c88565b606454600160601b900463ffffffff1661262960e08c0160c08d01614938565b63ffffffff16108061265e5750606454600160801b900463ffffffff1661265660e08c0160c08d01614938565b63ffffffff16115b156126b55761267360e08b0160c08c01614938565b60648054604051633fdfa8df60e11b815263ffffffff9384166004820152600160601b820484166024820152600160801b909104909216604483015201610c88565b621e84806126cb6101208c016101008d01614938565b63ffffffff161115612714576126e96101208b016101008c01614938565b6040516302204a4b60e31b815263ffffffff9091166004820152621e84806024820152604401610c88565b6040805161022081019091525f908061273060208e018e6149cb565b6001600160401b031681526001808a0154602083015260028a015460409092019160ff169081111561276457612764614953565b81526020808201879052604080516080808201835260038d01546001600160401b038082168452600160401b8204169483019490945263ffffffff600160801b8504811683850152600160a01b909404909316606080830191909152918401528201869052908101906127d9908e018e615411565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050509082525060200161282260c08e0160a08f01615453565b60ff16815263ffffffff4316602082015260400161284660e08e0160c08f01614938565b61285090436155c0565b63ffffffff1681523360208201526040016128726101008e0160e08f01614722565b6001600160a01b031681526020015f6001600160a01b03168d60e001602081019061289d9190614722565b6001600160a01b0316146128c2576128bd6101208e016101008f01614938565b6128c4565b5f5b63ffffffff1681526001600160601b038c1660208201525f6040820181905260608201819052608090910152600588015490915061ffff161561290f5761290f876001018c8361402e565b60648054600160401b900463ffffffff1690600861292c836155dc565b91906101000a81548163ffffffff021916908363ffffffff16021790555097506040518060c00160405280826040516020016129689190615743565b60408051601f19818403018152918152815160209283012083525f9183019190915201600181525f602082018190526040820152606001600160028a0154610100900460ff1660018111156129bf576129bf614953565b146129ca575f6129e0565b6002890154630100000090046001600160a01b03165b6001600160a01b031681525060695f8a63ffffffff1663ffffffff1681526020019081526020015f205f820151815f0155602082015181600101556040820151816002015f6101000a81548160ff02191690836003811115612a4457612a44614953565b0217905550606082015160029091018054608084015160a0909401516001600160a01b0316600160301b026601000000000000600160d01b031963ffffffff958616620100000265ffffffff00001960ff909616610100029590951665ffffffffff001990931692909217939093171691909117905588167ff62631fa488beda588ea9541801bc1130c7c8d5cf695f5fb80f43cfdccb0874b82612aeb60208f018f615411565b8f8060600190612afb9190615411565b8d600101600301604051612b1496959493929190615755565b60405180910390a2505050505050509392505050565b6065546001600160a01b03168015801590612b4e5750336001600160a01b03821614155b15610fdf576040516312cf973160e01b815260040160405180910390fd5b60605f808088806001600160401b03811115612b8a57612b8a6154c0565b604051908082528060200260200182016040528015612bb3578160200160208202803683370190505b5094505f816001600160401b03811115612bcf57612bcf6154c0565b604051908082528060200260200182016040528015612bf8578160200160208202803683370190505b5090505f826001600160401b03811115612c1457612c146154c0565b604051908082528060200260200182016040528015612c3d578160200160208202803683370190505b5090505f5b83811015612db657368e8e83818110612c5d57612c5d61511e565b9050602002810190612c6f9190615132565b90508e8e5f818110612c8357612c8361511e565b9050602002810190612c959190615132565b612ca890610280810190610260016149cb565b6001600160401b0316612cc3610280830161026084016149cb565b6001600160401b031614612ced576040516309a9f4e760e31b815260048101839052602401610c88565b612d1e818e8e85818110612d0357612d0361511e565b9050602002810190612d159190615151565b8760011461411b565b8b8581518110612d3057612d3061511e565b60200260200101878681518110612d4957612d4961511e565b60200260200101878781518110612d6257612d6261511e565b602090810291909101019290925291905252612da1818e8e85818110612d8a57612d8a61511e565b9050602002810190612d9c9190615151565b613236565b612dab90886154e9565b965050600101612c42565b50612dfb8d8d5f818110612dcc57612dcc61511e565b9050602002810190612dde9190615132565b612df190610280810190610260016149cb565b83838a8d8d614224565b979e909d50949b5095995092975050505050505050565b805f03612e1c5750565b6066546001600160a01b03165f908152606a602052604081208054839290612e459084906154e9565b90915550819050606d5f612e7f63ffffffff7f00000000000000000000000000000000000000000000000000000000000000001642615496565b81526020019081526020015f205f828254612e9a91906154e9565b909155505050565b612eaf6020840184614938565b63ffffffff167f34ddec5eb5e43ca71e4167036a19d26457cbcd0c4146a53af5f46da7c31cd4fc848484604051612ee893929190615909565b60405180910390a25f612f036101e086016101c08701614722565b6001600160a01b031614612f2857612f28612f216020850185614938565b8585614301565b50505050565b60658054821515600160a01b0260ff60a01b199091161790556040517f512552a88da47bab1d1fb1e361db2a4b32e41d2e5106b9ff864e6b2bd17670d790612f7b90831515815260200190565b60405180910390a150565b5f80612f956020850185614938565b90505f5f612fa3838861398f565b9092509050612fba6102408801610220890161592d565b61ffff1615612fe457604051630f8d62bd60e01b815263ffffffff84166004820152602401610c88565b61175982828888614467565b60408051808201909152606080825260208201525f5f6040518060a001604052807f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020016130e160655460ff600160a01b9091041690565b15159052604051630e2ded6f60e01b815290915073__$f67e1a8949bb391e6e7f6e05ec5faf70d5$__90630e2ded6f906131299084908c908c908c908c908c90600401615b70565b5f60405180830381865af4158015613143573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261316a9190810190615c9d565b92509250509550959350505050565b5f80805b846020015151811015613226575f855f015182815181106131a0576131a061511e565b602002602001015190505f866020015183815181106131c1576131c161511e565b60200260200101519050806001600160601b03165f148061320957506131f360ff87166001600160601b0383166154a9565b6132076001600160601b03841660646154a9565b105b1561321c575f839450945050505061322f565b505060010161317d565b5060015f915091505b9250929050565b5f8061324860a08501608086016149cb565b90505f61325b60a08501608086016149cb565b9050816001600160401b0316816001600160401b031611156132bd576132846020850185614938565b604051631923bef960e11b815263ffffffff90911660048201526001600160401b03808316602483015283166044820152606401610c88565b5f6068816132ce60208901896149cb565b6001600160401b0316815260208101919091526040015f2060050154600160901b90046001600160601b03166133048385615d5b565b6001600160401b031661331791906154a9565b9050805f036133455761333261022087016102008801614aec565b6001600160601b03169350505050611a5d565b80606a5f61335b6101c08a016101a08b01614722565b6001600160a01b03166001600160a01b031681526020019081526020015f205f82825461338891906154e9565b909155506133a090506101c087016101a08801614722565b6001600160a01b03166133b66020870187614938565b63ffffffff167f310fe357cc6acd8477518319f136b9a0e9b455b898eb039b2eb81c28c2be0af6836040516133ed91815260200190565b60405180910390a38061340861022088016102008901614aec565b6001600160601b031661341b91906155ad565b9695505050505050565b5f85841061343457505f61341b565b5f61343e86614580565b90505f875b600181111561352357613457600288615d7a565b6001036134a457848203613470575f935050505061341b565b61349d86868461347f81615d8d565b95508181106134905761349061511e565b9050602002013584614597565b92506134f8565b806134b08860016154e9565b10156134f8578482036134c8575f935050505061341b565b6134f5838787856134d881615d8d565b96508181106134e9576134e961511e565b90506020020135614597565b92505b613503600288615496565b965060026135128260016154e9565b61351c9190615496565b9050613443565b50808414801561353257508882145b9998505050505050505050565b63ffffffff82165f9081526069602052604081209061355d83613784565b90505f600283015460ff16600381111561357957613579614953565b0361359f5760405163d10cfe7560e01b815263ffffffff85166004820152602401610c88565b815481146135c8576040516373934be360e01b815263ffffffff85166004820152602401610c88565b60028083015460ff1660038111156135e2576135e2614953565b036136085760405163b800867160e01b815263ffffffff85166004820152602401610c88565b6003600283015460ff16600381111561362357613623614953565b0361322f5760405163063a996560e21b815263ffffffff85166004820152602401610c88565b604080516068602482018190526001600160401b03841660448084019190915283518084039091018152606490920183526020820180516001600160e01b0316637c722e2360e11b1790529151606092915f9173__$471cae8fcc9a82a21c2b48d6c788af9f49$__6001600160a01b0316916136c491615da5565b5f60405180830381855af49150503d805f81146136fc576040519150601f19603f3d011682016040523d82523d5f602084013e613701565b606091505b50935090508061371357825160208401fd5b5050919050565b604080517f641da3562b2f9afe9b4b6eb6978539b901c6af38a871fb4bdef46f93523b59bc602082015246918101919091523060608201526080810183905260a081018290525f9060c0015b60405160208183030381529060405280519060200120905092915050565b5f80613794610120840184615411565b90509050604051601f19601f8301166102a001602082528085602084013760200190209392505050565b5f463084846040516020016137669493929190615dbb565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00611a5d565b6138066145b4565b6001600160a01b03821661382d5760405163d92e233d60e01b815260040160405180910390fd5b5f80546001600160a01b03199081166001600160a01b03858116918217845560028054909316908516179091556040519091907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a36040516001600160a01b038216905f907f95bb211a5a393c4d30c3edc9a745825fba4e6ad3e3bb949e6bf8ccdfe431a811908290a35050565b63ffffffff821615806138dc57508163ffffffff168163ffffffff16105b1561391257604051633fdfa8df60e11b815263ffffffff8083166004830181905290841660248301526044820152606401610c88565b6064805467ffffffffffffffff60601b1916600160601b63ffffffff85811691820263ffffffff60801b191692909217600160801b928516928302179092556040805192835260208301919091527f91f2427424ad1adbffdb49baf280f6a98bf0ce59173be0956d90f98d4e9bbe4e910160405180910390a15050565b5f5f61399b848461353f565b90925090506139b26101a084016101808501614938565b63ffffffff1643111561322f57836139d26101a085016101808601614938565b6040516345581d2360e01b815263ffffffff928316600482015291166024820152604401610c88565b6002838101805460ff19169091179055613a1b6040830160208401615453565b60028401805465ffffffffff00191661010060ff939093169290920265ffffffff0000191691909117620100004363ffffffff16021790558015613a6157600183018190555b505050565b60605f8086806001600160401b03811115613a8357613a836154c0565b604051908082528060200260200182016040528015613aac578160200160208202803683370190505b5093505f89895f818110613ac257613ac261511e565b9050602002810190613ad49190615132565b613ae390610120810190615411565b604051613af192919061559e565b60405190819003902090505f5b82811015613c9d575f613b1060405190565b9050368c8c84818110613b2557613b2561511e565b9050602002810190613b379190615132565b905083613b48610120830183615411565b604051613b5692919061559e565b604051809103902014613b7f57604051630c6a41e960e31b815260048101849052602401610c88565b63ffffffff8916613b9861018083016101608401614938565b63ffffffff161115613be85782613bb761018083016101608401614938565b604051631adfe8e960e01b8152600481019290925263ffffffff90811660248301528a166044820152606401610c88565b613c16818c8c86818110613bfe57613bfe61511e565b9050602002810190613c109190615151565b5f612f86565b888481518110613c2857613c2861511e565b602002602001018181525050613c4a818c8c86818110612d8a57612d8a61511e565b613c5490886154e9565b965060ff8616613c6c61016083016101408401615453565b60ff161115613c8a57613c8761016082016101408301615453565b95505b613c9382604052565b5050600101613afe565b505050955095509592505050565b80515f9081816001600160401b03811115613cc857613cc86154c0565b604051908082528060200260200182016040528015613cf1578160200160208202803683370190505b5090505f5b82811015613d4557613d20858281518110613d1357613d1361511e565b6020026020010151614580565b828281518110613d3257613d3261511e565b6020908102919091010152600101613cf6565b505b6001821115613e5d575f613d5c600284615496565b90505f5b81811015613dea57613dc583613d778360026154a9565b81518110613d8757613d8761511e565b602002602001015184836002613d9d91906154a9565b613da89060016154e9565b81518110613db857613db861511e565b6020026020010151614597565b838281518110613dd757613dd761511e565b6020908102919091010152600101613d60565b50613df6600284615d7a565b600103613e405781613e096001856155ad565b81518110613e1957613e1961511e565b6020026020010151828281518110613e3357613e3361511e565b6020026020010181815250505b613e4b600284615d7a565b613e5590826154e9565b925050613d47565b805f81518110613e6f57613e6f61511e565b602002602001015192505050919050565b5f613e9e604051806040016040528060608152602001606081525090565b613edc8689895f818110613eb457613eb461511e565b9050602002810190613ec69190615132565b613ed590610120810190615411565b8888612ff0565b925090505f613eeb8285613179565b5090508015613efb57505061341b565b5f5b88811015614021575f5f613f42858d8d86818110613f1d57613f1d61511e565b9050602002810190613f2f9190615132565b6112229061016081019061014001615453565b915091508161401757828c8c85818110613f5e57613f5e61511e565b9050602002810190613f709190615132565b613f7f90610120810190615411565b83818110613f8f57613f8f61511e565b9050013560f81c60f81b60f81c865f01518381518110613fb157613fb161511e565b602002602001015187602001518481518110613fcf57613fcf61511e565b602090810291909101015160405163feffdcc760e01b8152600481019490945260ff90921660248401526001600160601b039081166044840152166064820152608401610c88565b5050600101613efd565b5050509695505050505050565b73__$471cae8fcc9a82a21c2b48d6c788af9f49$__630dd47e73846140566080860186615411565b61406660e0880160c08901614938565b606c5460405160e087901b6001600160e01b03191681526140b295949392916001600160a01b03811691600160a01b820461ffff1691600160b01b900463ffffffff1690600401615de7565b606060405180830381865af41580156140cd573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906140f19190615e3e565b6001600160401b031661020084015263ffffffff166101e083015261ffff166101c0909101525050565b5f80808061413561412f6020880188614938565b8861398f565b9350905061414b6102408801610220890161592d565b61ffff165f03614184576141626020870187614938565b6040516304cca84b60e31b815263ffffffff9091166004820152602401610c88565b61419081848888614467565b93506142186141a761018089016101608a01614938565b6141b96102408a016102208b0161592d565b6141cb6102608b016102408c01614938565b6141dd6101608c016101408d01615453565b63ffffffff841665ffff00000000602085901b161769ffffffff000000000000603084901b161760ff60501b605083901b1617949350505050565b91505093509350939050565b5f5f5f855f815181106142395761423961511e565b602002602001015190506001865111156142665761425686613cab565b925061426383875161371a565b90505b606c54604051637d76062160e01b815273__$f67e1a8949bb391e6e7f6e05ec5faf70d5$__91637d760621916142b4916001600160a01b0316908d908d908d9088908d908d90600401615ead565b602060405180830381865af41580156142cf573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906142f39190615f45565b915050965096945050505050565b5f61431461020084016101e08501614938565b63ffffffff169050613a98603f61432c8360406154a9565b6143369190615496565b61434091906154e9565b5a10156143605760405163657989e960e01b815260040160405180910390fd5b5f8461436f60208601866149cb565b6143816101c087016101a08801614722565b86602001358660200160208101906143999190615453565b60408801356143ab60608a018a615411565b6040516024016143c2989796959493929190615f5c565b60408051601f198184030181529190526020810180516001600160e01b0316634d63ee6960e11b17905290505f6144016101e086016101c08701614722565b90505f5f5f8451602086015f8689f19050816001600160a01b03168763ffffffff167f492dee2089147e802e0a151910b45782543df141b7285faf1bf4a0548317ff7883604051614456911515815260200190565b60405180910390a350505050505050565b60028401545f90600160301b90046001600160a01b0316156144b2576144906020840184614938565b604051632c2dd12760e01b815263ffffffff9091166004820152602401610c88565b6120006144c26060850185615411565b905011156144f5576144d76060840184615411565b604051634095ed0160e01b8152610c88925060040190815260200190565b5f6145036060850185615411565b90501180156145385750604083013561451f6060850185615411565b60405161452d92919061559e565b604051809103902014155b1561455657604051631d964d8f60e21b815260040160405180910390fd5b61456084846137be565b9050614578858484614572575f6139fb565b836139fb565b949350505050565b5f6040515f81536001810192909252506021902090565b5f6040516001815360018101939093525060218201526041902090565b6145bc6145db565b6145d957604051631afcd79f60e31b815260040160405180910390fd5b565b5f6145e46137d6565b54600160401b900460ff16919050565b6040518060c001604052805f81526020015f81526020015f600381111561461d5761461d614953565b81525f602082018190526040820181905260609091015290565b604080516060810182525f80825260208201529081016146c960408051610160810182525f8082526020808301829052828401829052606080840183905260808085018490528551908101865283815291820183905293810182905280840182905260a083015260c082019290925260e081018290526101008101829052610120810182905261014081019190915290565b905290565b5f602082840312156146de575f5ffd5b81356001600160401b038111156146f3575f5ffd5b82016101208185031215614705575f5ffd5b9392505050565b80356001600160a01b0381168114610c08575f5ffd5b5f60208284031215614732575f5ffd5b611a5a8261470c565b5f5f83601f84011261474b575f5ffd5b5081356001600160401b03811115614761575f5ffd5b6020830191508360208260051b850101111561322f575f5ffd5b5f5f83601f84011261478b575f5ffd5b5081356001600160401b038111156147a1575f5ffd5b60208301915083602082850101111561322f575f5ffd5b5f5f5f5f5f5f606087890312156147cd575f5ffd5b86356001600160401b038111156147e2575f5ffd5b6147ee89828a0161473b565b90975095505060208701356001600160401b0381111561480c575f5ffd5b61481889828a0161473b565b90955093505060408701356001600160401b03811115614836575f5ffd5b61484289828a0161477b565b979a9699509497509295939492505050565b5f60208284031215614864575f5ffd5b81358015158114614705575f5ffd5b6001600160401b0381168114610fdf575f5ffd5b5f6101c08284031215614898575f5ffd5b50919050565b5f5f604083850312156148af575f5ffd5b82356148ba81614873565b915060208301356001600160401b038111156148d4575f5ffd5b6148e085828601614887565b9150509250929050565b60028110610fdf575f5ffd5b8035610c08816148ea565b5f60208284031215614911575f5ffd5b8135614705816148ea565b63ffffffff81168114610fdf575f5ffd5b8035610c088161491c565b5f60208284031215614948575f5ffd5b81356147058161491c565b634e487b7160e01b5f52602160045260245ffd5b8151815260208083015190820152604082015160c08201906004811061498f5761498f614953565b604083015260608381015160ff169083015260808084015163ffffffff169083015260a0928301516001600160a01b0316929091019190915290565b5f602082840312156149db575f5ffd5b813561470581614873565b5f6102808284031215614898575f5ffd5b5f60a08284031215614898575f5ffd5b5f6101808284031215614898575f5ffd5b5f5f5f60608486031215614a2a575f5ffd5b83356001600160401b03811115614a3f575f5ffd5b614a4b868287016149e6565b93505060208401356001600160401b03811115614a66575f5ffd5b614a72868287016149f7565b92505060408401356001600160401b03811115614a8d575f5ffd5b614a9986828701614a07565b9150509250925092565b5f5f60408385031215614ab4575f5ffd5b8235614abf816148ea565b946020939093013593505050565b6001600160601b0381168114610fdf575f5ffd5b8035610c0881614acd565b5f60208284031215614afc575f5ffd5b813561470581614acd565b5f5f60208385031215614b18575f5ffd5b82356001600160401b03811115614b2d575f5ffd5b614b398582860161473b565b90969095509350505050565b602080825282518282018190525f918401906040840190835b81811015614b8257835163ffffffff16835260209384019390920191600101614b5e565b509095945050505050565b5f5f5f5f5f60808688031215614ba1575f5ffd5b85359450602086013593506040860135925060608601356001600160401b03811115614bcb575f5ffd5b614bd78882890161473b565b969995985093965092949392505050565b5f5f60408385031215614bf9575f5ffd5b8235614c048161491c565b915060208301356001600160401b03811115614c1e575f5ffd5b6148e0858286016149e6565b5f60208284031215614c3a575f5ffd5b81356001600160401b03811115614c4f575f5ffd5b61457884828501614887565b5f60208284031215614c6b575f5ffd5b5035919050565b61ffff81168114610fdf575f5ffd5b8035610c0881614c72565b5f5f5f60608486031215614c9e575f5ffd5b614ca78461470c565b92506020840135614cb781614c72565b91506040840135614cc78161491c565b809150509250925092565b60028110610fdf57610fdf614953565b614ceb81614cd2565b9052565b6001600160401b0381511682526001600160401b03602082015116602083015263ffffffff604082015116604083015263ffffffff60608201511660608301525050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f82825180855260208501945060208160051b830101602085015f5b83811015614daf57601f19858403018852614d99838351614d33565b6020988901989093509190910190600101614d7d565b50909695505050505050565b6020815260018060a01b0382511660208201526020820151151560408201525f6040830151606080840152805160808401526020810151614dff60a0850182614ce2565b506040810151614e1260c0850182614ce2565b50606081015160ff1660e084015260808101516001600160a01b031661010084015260a0810151614e47610120850182614cef565b5060c08101516101c06101a0850152614e64610240850182614d61565b905060e0820151614e7c6101c086018261ffff169052565b5061010082015163ffffffff166101e08501526101208201516001600160601b0390811661020086015261014090920151918216610220850152614578565b5f5f60408385031215614ecc575f5ffd5b50508035926020909101359150565b5f5f60408385031215614eec575f5ffd5b82356001600160401b03811115614f01575f5ffd5b614f0d858286016149e6565b92505060208301356001600160401b03811115614f28575f5ffd5b6148e0858286016149f7565b5f5f5f5f60808587031215614f47575f5ffd5b614f508561470c565b9350614f5e6020860161470c565b92506040850135614f6e8161491c565b91506060850135614f7e8161491c565b939692955090935050565b5f5f5f5f60608587031215614f9c575f5ffd5b84356001600160401b03811115614fb1575f5ffd5b614fbd878288016149e6565b94505060208501356001600160401b03811115614fd8575f5ffd5b614fe4878288016149f7565b93505060408501356001600160401b03811115614fff575f5ffd5b61500b8782880161477b565b95989497509550505050565b5f5f60408385031215615028575f5ffd5b82356150338161491c565b915060208301356150438161491c565b809150509250929050565b5f5f5f5f5f5f60808789031215615063575f5ffd5b86356001600160401b03811115615078575f5ffd5b61508489828a0161473b565b90975095505060208701356001600160401b038111156150a2575f5ffd5b6150ae89828a0161473b565b90955093505060408701356150c28161491c565b915060608701356001600160401b038111156150dc575f5ffd5b6150e889828a01614a07565b9150509295509295509295565b60ff81168114610fdf575f5ffd5b5f60208284031215615113575f5ffd5b8151614705816150f5565b634e487b7160e01b5f52603260045260245ffd5b5f823561027e19833603018112615147575f5ffd5b9190910192915050565b5f8235609e19833603018112615147575f5ffd5b8035610c08816150f5565b803561517b81614873565b6001600160401b03168252602081013561519481614873565b6001600160401b0316602083015260408101356151b08161491c565b63ffffffff16604083015260608101356151c98161491c565b63ffffffff81166060840152505050565b5f5f8335601e198436030181126151ef575f5ffd5b83016020810192503590506001600160401b0381111561520d575f5ffd5b8060051b360382131561322f575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b5f5f8335601e1984360301811261525b575f5ffd5b83016020810192503590506001600160401b03811115615279575f5ffd5b80360382131561322f575f5ffd5b5f8383855260208501945060208460051b820101835f5b86811015614daf57838303601f190188526152b98287615246565b6152c485828461521e565b60209a8b019a9095509390930192505060010161529e565b8381526001600160401b0383166020820152606060408201525f5f833590508060608401525061530e602084016148f6565b61531b6080840182614ce2565b50615328604084016148f6565b61533560a0840182614ce2565b5061534260608401615165565b60ff1660c08301526153566080840161470c565b6001600160a01b031660e0830152615375610100830160a08501615170565b6153836101208401846151da565b6101c061018085015261539b61022085018284615287565b9150506153ab6101408501614c81565b61ffff166101a08401526153c2610160850161492d565b63ffffffff166101c08401526153db6101808501614ae1565b6001600160601b03166101e08401526153f76101a08501614ae1565b6001600160601b0381166102008501525095945050505050565b5f5f8335601e19843603018112615426575f5ffd5b8301803591506001600160401b0382111561543f575f5ffd5b60200191503681900382131561322f575f5ffd5b5f60208284031215615463575f5ffd5b8135614705816150f5565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f826154a4576154a461546e565b500490565b8082028115828204841417611a5d57611a5d615482565b634e487b7160e01b5f52604160045260245ffd5b5f823561011e19833603018112615147575f5ffd5b80820180821115611a5d57611a5d615482565b5f6001600160401b0382166001600160401b03810361551d5761551d615482565b60010192915050565b60018060a01b038a16815263ffffffff8916602082015287604082015260ff8716606082015285608082015260e060a08201525f61556860e08301868861521e565b82810360c084015261557b81858761521e565b9c9b505050505050505050505050565b6020810161559883614cd2565b91905290565b818382375f9101908152919050565b81810381811115611a5d57611a5d615482565b63ffffffff8181168382160190811115611a5d57611a5d615482565b5f63ffffffff821663ffffffff810361551d5761551d615482565b80516001600160401b03168252602081015160208301525f60408201516156216040850182614ce2565b5060608201516060840152608082015161563e6080850182614cef565b5060a082015161010084015260c0820151610280610120850152615666610280850182614d33565b905060e083015161567d61014086018260ff169052565b5061010083015163ffffffff81166101608601525061012083015163ffffffff8116610180860152506101408301516001600160a01b0381166101a0860152506101608301516001600160a01b0381166101c08601525061018083015163ffffffff81166101e0860152506101a08301516001600160601b038116610200860152506101c083015161ffff8116610220860152506101e083015163ffffffff8116610240860152506102008301516001600160401b038116610260860152509392505050565b602081525f611a5a60208301846155f7565b608081525f61576760808301896155f7565b828103602084015261577a81888a61521e565b9050828103604084015261578f81868861521e565b9050828103606084015280845480835260208301915060208160051b840101865f5260205f205f5b8381101561587657858303601f1901855281545f90600181811c908216806157e057607f821691505b6020821081036157fe57634e487b7160e01b5f52602260045260245ffd5b81875260208701818015615819576001811461582f5761585b565b60ff198516825283151560051b8201955061585b565b5f888152602090205f5b8581101561585557815484820152600190910190602001615839565b83019650505b505050602097909701965090935050600191820191016157b7565b50909c9b505050505050505050505050565b5f81356158948161491c565b63ffffffff16835260208201356158aa816150f5565b60ff166020840152604082810135908401526158c96060830183615246565b60a060608601526158de60a08601828461521e565b91505060808301356158ef81614873565b6001600160401b0381166080860152508091505092915050565b606081525f61591b6060830186615888565b60208301949094525060400152919050565b5f6020828403121561593d575f5ffd5b813561470581614c72565b8183526020830192505f815f5b848110156159835781356159688161491c565b63ffffffff1686526020958601959190910190600101615955565b5093949350505050565b5f5f8335601e198436030181126159a2575f5ffd5b83016020810192503590506001600160401b038111156159c0575f5ffd5b8060061b360382131561322f575f5ffd5b8183526020830192505f815f5b84811015615983578135865260208083013590870152604095860195909101906001016159de565b6040818337604080820160408401375050565b5f8383855260208501945060208460051b820101835f5b86811015614daf57838303601f19018852615a4b82876151da565b615a56858284615948565b60209a8b019a90955093909301925050600101615a30565b5f615a7982836151da565b6101808552615a8d61018086018284615948565b915050615a9d602084018461598d565b8583036020870152615ab08382846159d1565b92505050615ac1604084018461598d565b8583036040870152615ad48382846159d1565b92505050615ae86060850160608501615a06565b615b0260e0850160e0850180358252602090810135910152565b615b106101208401846151da565b858303610120870152615b24838284615948565b92505050615b366101408401846151da565b858303610140870152615b4a838284615948565b92505050615b5c6101608401846151da565b85830361016087015261341b838284615a19565b86516001600160a01b0390811682526020808901518216908301526040808901518216908301526060808901519091169082015260808088015115159082015260a0810186905261012060c082018190525f90615bd0908301868861521e565b63ffffffff851660e08401528281036101008401526135328185615a6e565b604051601f8201601f191681016001600160401b0381118282101715615c1757615c176154c0565b604052919050565b5f82601f830112615c2e575f5ffd5b81516001600160401b03811115615c4757615c476154c0565b8060051b615c5760208201615bef565b91825260208185018101929081019086841115615c72575f5ffd5b6020860192505b8383101561341b578251615c8c81614acd565b825260209283019290910190615c79565b5f5f60408385031215615cae575f5ffd5b82516001600160401b03811115615cc3575f5ffd5b830160408186031215615cd4575f5ffd5b604080519081016001600160401b0381118282101715615cf657615cf66154c0565b60405281516001600160401b03811115615d0e575f5ffd5b615d1a87828501615c1f565b82525060208201516001600160401b03811115615d35575f5ffd5b615d4187828501615c1f565b602083810191909152959095015190969095509350505050565b6001600160401b038281168282160390811115611a5d57611a5d615482565b5f82615d8857615d8861546e565b500690565b5f60018201615d9e57615d9e615482565b5060010190565b5f82518060208501845e5f920191825250919050565b84815260018060a01b0384166020820152826040820152608060608201525f61341b6080830184615888565b87815260c060208201525f615e0060c08301888a61521e565b63ffffffff96871660408401526001600160a01b039590951660608301525061ffff92909216608083015290921660a0909201919091529392505050565b5f5f5f60608486031215615e50575f5ffd5b8351615e5b81614c72565b6020850151909350615e6c8161491c565b6040850151909250614cc781614873565b5f8151808452602084019350602083015f5b82811015615983578151865260209586019590910190600101615e8f565b6001600160a01b03881681526001600160401b03871660208083019190915260c06040830181905287519083018190525f9188019060e0840190835b81811015615f07578351835260209384019390920191600101615ee9565b50508381036060850152615f1b8189615e7d565b91505085608084015282810360a0840152615f3781858761521e565b9a9950505050505050505050565b5f60208284031215615f55575f5ffd5b5051919050565b63ffffffff891681526001600160401b038816602082015260018060a01b038716604082015285606082015260ff851660808201528360a082015260e060c08201525f615f3760e08301848661521e56",
}

// TaskManagerABI is the input ABI used to generate the binding from.
// Deprecated: Use TaskManagerMetaData.ABI instead.
var TaskManagerABI = TaskManagerMetaData.ABI

// TaskManagerBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use TaskManagerMetaData.Bin instead.
var TaskManagerBin = TaskManagerMetaData.Bin

// DeployTaskManager deploys a new Ethereum contract, binding an instance of TaskManager to it.
func DeployTaskManager(auth *bind.TransactOpts, backend bind.ContractBackend, coordinator common.Address, rewardsEpochSeconds uint32) (common.Address, *types.Transaction, *TaskManager, error) {
	parsed, err := TaskManagerMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	functionRegistryAddr, _, _, _ := DeployFunctionRegistry(auth, backend)
	TaskManagerBin = strings.ReplaceAll(TaskManagerBin, "__$471cae8fcc9a82a21c2b48d6c788af9f49$__", functionRegistryAddr.String()[2:])

	zkProofsAddr, _, _, _ := DeployZkProofs(auth, backend)
	TaskManagerBin = strings.ReplaceAll(TaskManagerBin, "__$d0a4d585c3b34d4c671830626c5d792137$__", zkProofsAddr.String()[2:])

	bLSCertificatesAddr, _, _, _ := DeployBLSCertificates(auth, backend)
	TaskManagerBin = strings.ReplaceAll(TaskManagerBin, "__$f67e1a8949bb391e6e7f6e05ec5faf70d5$__", bLSCertificatesAddr.String()[2:])

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(TaskManagerBin), backend, coordinator, rewardsEpochSeconds)
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

// BATCHTAG is a free data retrieval call binding the contract method 0x83e74c98.
//
// Solidity: function BATCH_TAG() view returns(bytes32)
func (_TaskManager *TaskManagerCaller) BATCHTAG(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "BATCH_TAG")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// BATCHTAG is a free data retrieval call binding the contract method 0x83e74c98.
//
// Solidity: function BATCH_TAG() view returns(bytes32)
func (_TaskManager *TaskManagerSession) BATCHTAG() ([32]byte, error) {
	return _TaskManager.Contract.BATCHTAG(&_TaskManager.CallOpts)
}

// BATCHTAG is a free data retrieval call binding the contract method 0x83e74c98.
//
// Solidity: function BATCH_TAG() view returns(bytes32)
func (_TaskManager *TaskManagerCallerSession) BATCHTAG() ([32]byte, error) {
	return _TaskManager.Contract.BATCHTAG(&_TaskManager.CallOpts)
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

// REWARDSEPOCHSECONDS is a free data retrieval call binding the contract method 0x4bebc5c6.
//
// Solidity: function REWARDS_EPOCH_SECONDS() view returns(uint32)
func (_TaskManager *TaskManagerCaller) REWARDSEPOCHSECONDS(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "REWARDS_EPOCH_SECONDS")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// REWARDSEPOCHSECONDS is a free data retrieval call binding the contract method 0x4bebc5c6.
//
// Solidity: function REWARDS_EPOCH_SECONDS() view returns(uint32)
func (_TaskManager *TaskManagerSession) REWARDSEPOCHSECONDS() (uint32, error) {
	return _TaskManager.Contract.REWARDSEPOCHSECONDS(&_TaskManager.CallOpts)
}

// REWARDSEPOCHSECONDS is a free data retrieval call binding the contract method 0x4bebc5c6.
//
// Solidity: function REWARDS_EPOCH_SECONDS() view returns(uint32)
func (_TaskManager *TaskManagerCallerSession) REWARDSEPOCHSECONDS() (uint32, error) {
	return _TaskManager.Contract.REWARDSEPOCHSECONDS(&_TaskManager.CallOpts)
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

// BatchMessage is a free data retrieval call binding the contract method 0xc328e5bd.
//
// Solidity: function batchMessage(bytes32 root, uint256 count) view returns(bytes32)
func (_TaskManager *TaskManagerCaller) BatchMessage(opts *bind.CallOpts, root [32]byte, count *big.Int) ([32]byte, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "batchMessage", root, count)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// BatchMessage is a free data retrieval call binding the contract method 0xc328e5bd.
//
// Solidity: function batchMessage(bytes32 root, uint256 count) view returns(bytes32)
func (_TaskManager *TaskManagerSession) BatchMessage(root [32]byte, count *big.Int) ([32]byte, error) {
	return _TaskManager.Contract.BatchMessage(&_TaskManager.CallOpts, root, count)
}

// BatchMessage is a free data retrieval call binding the contract method 0xc328e5bd.
//
// Solidity: function batchMessage(bytes32 root, uint256 count) view returns(bytes32)
func (_TaskManager *TaskManagerCallerSession) BatchMessage(root [32]byte, count *big.Int) ([32]byte, error) {
	return _TaskManager.Contract.BatchMessage(&_TaskManager.CallOpts, root, count)
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

// CommitteeRegistry is a free data retrieval call binding the contract method 0x00995560.
//
// Solidity: function committeeRegistry() view returns(address)
func (_TaskManager *TaskManagerCaller) CommitteeRegistry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "committeeRegistry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// CommitteeRegistry is a free data retrieval call binding the contract method 0x00995560.
//
// Solidity: function committeeRegistry() view returns(address)
func (_TaskManager *TaskManagerSession) CommitteeRegistry() (common.Address, error) {
	return _TaskManager.Contract.CommitteeRegistry(&_TaskManager.CallOpts)
}

// CommitteeRegistry is a free data retrieval call binding the contract method 0x00995560.
//
// Solidity: function committeeRegistry() view returns(address)
func (_TaskManager *TaskManagerCallerSession) CommitteeRegistry() (common.Address, error) {
	return _TaskManager.Contract.CommitteeRegistry(&_TaskManager.CallOpts)
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

// EpochFees is a free data retrieval call binding the contract method 0xa7c263c1.
//
// Solidity: function epochFees(uint256 ) view returns(uint256)
func (_TaskManager *TaskManagerCaller) EpochFees(opts *bind.CallOpts, arg0 *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "epochFees", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// EpochFees is a free data retrieval call binding the contract method 0xa7c263c1.
//
// Solidity: function epochFees(uint256 ) view returns(uint256)
func (_TaskManager *TaskManagerSession) EpochFees(arg0 *big.Int) (*big.Int, error) {
	return _TaskManager.Contract.EpochFees(&_TaskManager.CallOpts, arg0)
}

// EpochFees is a free data retrieval call binding the contract method 0xa7c263c1.
//
// Solidity: function epochFees(uint256 ) view returns(uint256)
func (_TaskManager *TaskManagerCallerSession) EpochFees(arg0 *big.Int) (*big.Int, error) {
	return _TaskManager.Contract.EpochFees(&_TaskManager.CallOpts, arg0)
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

// GetBatch is a free data retrieval call binding the contract method 0xed42136f.
//
// Solidity: function getBatch(bytes32 root) view returns((uint32,uint32))
func (_TaskManager *TaskManagerCaller) GetBatch(opts *bind.CallOpts, root [32]byte) (ITaskManagerBatchRecord, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "getBatch", root)

	if err != nil {
		return *new(ITaskManagerBatchRecord), err
	}

	out0 := *abi.ConvertType(out[0], new(ITaskManagerBatchRecord)).(*ITaskManagerBatchRecord)

	return out0, err

}

// GetBatch is a free data retrieval call binding the contract method 0xed42136f.
//
// Solidity: function getBatch(bytes32 root) view returns((uint32,uint32))
func (_TaskManager *TaskManagerSession) GetBatch(root [32]byte) (ITaskManagerBatchRecord, error) {
	return _TaskManager.Contract.GetBatch(&_TaskManager.CallOpts, root)
}

// GetBatch is a free data retrieval call binding the contract method 0xed42136f.
//
// Solidity: function getBatch(bytes32 root) view returns((uint32,uint32))
func (_TaskManager *TaskManagerCallerSession) GetBatch(root [32]byte) (ITaskManagerBatchRecord, error) {
	return _TaskManager.Contract.GetBatch(&_TaskManager.CallOpts, root)
}

// GetFunction is a free data retrieval call binding the contract method 0xb96ed13e.
//
// Solidity: function getFunction(uint64 functionId) view returns((address,bool,(bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96)))
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
// Solidity: function getFunction(uint64 functionId) view returns((address,bool,(bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96)))
func (_TaskManager *TaskManagerSession) GetFunction(functionId uint64) (ITaskManagerFunctionRecord, error) {
	return _TaskManager.Contract.GetFunction(&_TaskManager.CallOpts, functionId)
}

// GetFunction is a free data retrieval call binding the contract method 0xb96ed13e.
//
// Solidity: function getFunction(uint64 functionId) view returns((address,bool,(bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96)))
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

// ResponseDigest is a free data retrieval call binding the contract method 0xc79ec0d3.
//
// Solidity: function responseDigest((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task, (uint32,uint8,bytes32,bytes,uint64) response) view returns(bytes32)
func (_TaskManager *TaskManagerCaller) ResponseDigest(opts *bind.CallOpts, task ITaskManagerTask, response ITaskManagerTaskResponse) ([32]byte, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "responseDigest", task, response)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ResponseDigest is a free data retrieval call binding the contract method 0xc79ec0d3.
//
// Solidity: function responseDigest((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task, (uint32,uint8,bytes32,bytes,uint64) response) view returns(bytes32)
func (_TaskManager *TaskManagerSession) ResponseDigest(task ITaskManagerTask, response ITaskManagerTaskResponse) ([32]byte, error) {
	return _TaskManager.Contract.ResponseDigest(&_TaskManager.CallOpts, task, response)
}

// ResponseDigest is a free data retrieval call binding the contract method 0xc79ec0d3.
//
// Solidity: function responseDigest((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task, (uint32,uint8,bytes32,bytes,uint64) response) view returns(bytes32)
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

// VerifyBatchLeaf is a free data retrieval call binding the contract method 0x930fb454.
//
// Solidity: function verifyBatchLeaf(bytes32 root, bytes32 leaf, uint256 index, bytes32[] proof) view returns(bool)
func (_TaskManager *TaskManagerCaller) VerifyBatchLeaf(opts *bind.CallOpts, root [32]byte, leaf [32]byte, index *big.Int, proof [][32]byte) (bool, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "verifyBatchLeaf", root, leaf, index, proof)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// VerifyBatchLeaf is a free data retrieval call binding the contract method 0x930fb454.
//
// Solidity: function verifyBatchLeaf(bytes32 root, bytes32 leaf, uint256 index, bytes32[] proof) view returns(bool)
func (_TaskManager *TaskManagerSession) VerifyBatchLeaf(root [32]byte, leaf [32]byte, index *big.Int, proof [][32]byte) (bool, error) {
	return _TaskManager.Contract.VerifyBatchLeaf(&_TaskManager.CallOpts, root, leaf, index, proof)
}

// VerifyBatchLeaf is a free data retrieval call binding the contract method 0x930fb454.
//
// Solidity: function verifyBatchLeaf(bytes32 root, bytes32 leaf, uint256 index, bytes32[] proof) view returns(bool)
func (_TaskManager *TaskManagerCallerSession) VerifyBatchLeaf(root [32]byte, leaf [32]byte, index *big.Int, proof [][32]byte) (bool, error) {
	return _TaskManager.Contract.VerifyBatchLeaf(&_TaskManager.CallOpts, root, leaf, index, proof)
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

// CreateTasks is a paid mutator transaction binding the contract method 0x79501aca.
//
// Solidity: function createTasks((uint64,bytes,bytes32,string,bytes,uint8,uint32,address,uint32)[] requests) payable returns(uint32[] taskIds)
func (_TaskManager *TaskManagerTransactor) CreateTasks(opts *bind.TransactOpts, requests []ITaskManagerTaskRequest) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "createTasks", requests)
}

// CreateTasks is a paid mutator transaction binding the contract method 0x79501aca.
//
// Solidity: function createTasks((uint64,bytes,bytes32,string,bytes,uint8,uint32,address,uint32)[] requests) payable returns(uint32[] taskIds)
func (_TaskManager *TaskManagerSession) CreateTasks(requests []ITaskManagerTaskRequest) (*types.Transaction, error) {
	return _TaskManager.Contract.CreateTasks(&_TaskManager.TransactOpts, requests)
}

// CreateTasks is a paid mutator transaction binding the contract method 0x79501aca.
//
// Solidity: function createTasks((uint64,bytes,bytes32,string,bytes,uint8,uint32,address,uint32)[] requests) payable returns(uint32[] taskIds)
func (_TaskManager *TaskManagerTransactorSession) CreateTasks(requests []ITaskManagerTaskRequest) (*types.Transaction, error) {
	return _TaskManager.Contract.CreateTasks(&_TaskManager.TransactOpts, requests)
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

// ExpireTask is a paid mutator transaction binding the contract method 0x93bc4590.
//
// Solidity: function expireTask(uint32 taskId, (uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task) returns()
func (_TaskManager *TaskManagerTransactor) ExpireTask(opts *bind.TransactOpts, taskId uint32, task ITaskManagerTask) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "expireTask", taskId, task)
}

// ExpireTask is a paid mutator transaction binding the contract method 0x93bc4590.
//
// Solidity: function expireTask(uint32 taskId, (uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task) returns()
func (_TaskManager *TaskManagerSession) ExpireTask(taskId uint32, task ITaskManagerTask) (*types.Transaction, error) {
	return _TaskManager.Contract.ExpireTask(&_TaskManager.TransactOpts, taskId, task)
}

// ExpireTask is a paid mutator transaction binding the contract method 0x93bc4590.
//
// Solidity: function expireTask(uint32 taskId, (uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task) returns()
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

// RegisterFunction is a paid mutator transaction binding the contract method 0xa6cc826e.
//
// Solidity: function registerFunction((bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96) spec) returns(uint64 functionId)
func (_TaskManager *TaskManagerTransactor) RegisterFunction(opts *bind.TransactOpts, spec ITaskManagerFunctionSpec) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "registerFunction", spec)
}

// RegisterFunction is a paid mutator transaction binding the contract method 0xa6cc826e.
//
// Solidity: function registerFunction((bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96) spec) returns(uint64 functionId)
func (_TaskManager *TaskManagerSession) RegisterFunction(spec ITaskManagerFunctionSpec) (*types.Transaction, error) {
	return _TaskManager.Contract.RegisterFunction(&_TaskManager.TransactOpts, spec)
}

// RegisterFunction is a paid mutator transaction binding the contract method 0xa6cc826e.
//
// Solidity: function registerFunction((bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96) spec) returns(uint64 functionId)
func (_TaskManager *TaskManagerTransactorSession) RegisterFunction(spec ITaskManagerFunctionSpec) (*types.Transaction, error) {
	return _TaskManager.Contract.RegisterFunction(&_TaskManager.TransactOpts, spec)
}

// RespondToTask is a paid mutator transaction binding the contract method 0x6b7be448.
//
// Solidity: function respondToTask((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task, (uint32,uint8,bytes32,bytes,uint64) response, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) certificate) returns()
func (_TaskManager *TaskManagerTransactor) RespondToTask(opts *bind.TransactOpts, task ITaskManagerTask, response ITaskManagerTaskResponse, certificate BLSSignatureCheckerNonSignerStakesAndSignature) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "respondToTask", task, response, certificate)
}

// RespondToTask is a paid mutator transaction binding the contract method 0x6b7be448.
//
// Solidity: function respondToTask((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task, (uint32,uint8,bytes32,bytes,uint64) response, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) certificate) returns()
func (_TaskManager *TaskManagerSession) RespondToTask(task ITaskManagerTask, response ITaskManagerTaskResponse, certificate BLSSignatureCheckerNonSignerStakesAndSignature) (*types.Transaction, error) {
	return _TaskManager.Contract.RespondToTask(&_TaskManager.TransactOpts, task, response, certificate)
}

// RespondToTask is a paid mutator transaction binding the contract method 0x6b7be448.
//
// Solidity: function respondToTask((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task, (uint32,uint8,bytes32,bytes,uint64) response, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) certificate) returns()
func (_TaskManager *TaskManagerTransactorSession) RespondToTask(task ITaskManagerTask, response ITaskManagerTaskResponse, certificate BLSSignatureCheckerNonSignerStakesAndSignature) (*types.Transaction, error) {
	return _TaskManager.Contract.RespondToTask(&_TaskManager.TransactOpts, task, response, certificate)
}

// RespondToTasks is a paid mutator transaction binding the contract method 0xf1d37827.
//
// Solidity: function respondToTasks((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64)[] batchTasks, (uint32,uint8,bytes32,bytes,uint64)[] responses, uint32 referenceBlock, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) certificate) returns()
func (_TaskManager *TaskManagerTransactor) RespondToTasks(opts *bind.TransactOpts, batchTasks []ITaskManagerTask, responses []ITaskManagerTaskResponse, referenceBlock uint32, certificate BLSSignatureCheckerNonSignerStakesAndSignature) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "respondToTasks", batchTasks, responses, referenceBlock, certificate)
}

// RespondToTasks is a paid mutator transaction binding the contract method 0xf1d37827.
//
// Solidity: function respondToTasks((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64)[] batchTasks, (uint32,uint8,bytes32,bytes,uint64)[] responses, uint32 referenceBlock, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) certificate) returns()
func (_TaskManager *TaskManagerSession) RespondToTasks(batchTasks []ITaskManagerTask, responses []ITaskManagerTaskResponse, referenceBlock uint32, certificate BLSSignatureCheckerNonSignerStakesAndSignature) (*types.Transaction, error) {
	return _TaskManager.Contract.RespondToTasks(&_TaskManager.TransactOpts, batchTasks, responses, referenceBlock, certificate)
}

// RespondToTasks is a paid mutator transaction binding the contract method 0xf1d37827.
//
// Solidity: function respondToTasks((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64)[] batchTasks, (uint32,uint8,bytes32,bytes,uint64)[] responses, uint32 referenceBlock, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) certificate) returns()
func (_TaskManager *TaskManagerTransactorSession) RespondToTasks(batchTasks []ITaskManagerTask, responses []ITaskManagerTaskResponse, referenceBlock uint32, certificate BLSSignatureCheckerNonSignerStakesAndSignature) (*types.Transaction, error) {
	return _TaskManager.Contract.RespondToTasks(&_TaskManager.TransactOpts, batchTasks, responses, referenceBlock, certificate)
}

// RespondToTasksByCommittee is a paid mutator transaction binding the contract method 0x2d67527f.
//
// Solidity: function respondToTasksByCommittee((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64)[] batchTasks, (uint32,uint8,bytes32,bytes,uint64)[] responses, bytes certificate) returns()
func (_TaskManager *TaskManagerTransactor) RespondToTasksByCommittee(opts *bind.TransactOpts, batchTasks []ITaskManagerTask, responses []ITaskManagerTaskResponse, certificate []byte) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "respondToTasksByCommittee", batchTasks, responses, certificate)
}

// RespondToTasksByCommittee is a paid mutator transaction binding the contract method 0x2d67527f.
//
// Solidity: function respondToTasksByCommittee((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64)[] batchTasks, (uint32,uint8,bytes32,bytes,uint64)[] responses, bytes certificate) returns()
func (_TaskManager *TaskManagerSession) RespondToTasksByCommittee(batchTasks []ITaskManagerTask, responses []ITaskManagerTaskResponse, certificate []byte) (*types.Transaction, error) {
	return _TaskManager.Contract.RespondToTasksByCommittee(&_TaskManager.TransactOpts, batchTasks, responses, certificate)
}

// RespondToTasksByCommittee is a paid mutator transaction binding the contract method 0x2d67527f.
//
// Solidity: function respondToTasksByCommittee((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64)[] batchTasks, (uint32,uint8,bytes32,bytes,uint64)[] responses, bytes certificate) returns()
func (_TaskManager *TaskManagerTransactorSession) RespondToTasksByCommittee(batchTasks []ITaskManagerTask, responses []ITaskManagerTaskResponse, certificate []byte) (*types.Transaction, error) {
	return _TaskManager.Contract.RespondToTasksByCommittee(&_TaskManager.TransactOpts, batchTasks, responses, certificate)
}

// RespondWithProof is a paid mutator transaction binding the contract method 0xd1a57d3b.
//
// Solidity: function respondWithProof((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task, (uint32,uint8,bytes32,bytes,uint64) response, bytes proof) returns()
func (_TaskManager *TaskManagerTransactor) RespondWithProof(opts *bind.TransactOpts, task ITaskManagerTask, response ITaskManagerTaskResponse, proof []byte) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "respondWithProof", task, response, proof)
}

// RespondWithProof is a paid mutator transaction binding the contract method 0xd1a57d3b.
//
// Solidity: function respondWithProof((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task, (uint32,uint8,bytes32,bytes,uint64) response, bytes proof) returns()
func (_TaskManager *TaskManagerSession) RespondWithProof(task ITaskManagerTask, response ITaskManagerTaskResponse, proof []byte) (*types.Transaction, error) {
	return _TaskManager.Contract.RespondWithProof(&_TaskManager.TransactOpts, task, response, proof)
}

// RespondWithProof is a paid mutator transaction binding the contract method 0xd1a57d3b.
//
// Solidity: function respondWithProof((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task, (uint32,uint8,bytes32,bytes,uint64) response, bytes proof) returns()
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

// SetCommitteeConfig is a paid mutator transaction binding the contract method 0xacca8b67.
//
// Solidity: function setCommitteeConfig(address registry, uint16 minSize, uint32 failoverBlocks) returns()
func (_TaskManager *TaskManagerTransactor) SetCommitteeConfig(opts *bind.TransactOpts, registry common.Address, minSize uint16, failoverBlocks uint32) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "setCommitteeConfig", registry, minSize, failoverBlocks)
}

// SetCommitteeConfig is a paid mutator transaction binding the contract method 0xacca8b67.
//
// Solidity: function setCommitteeConfig(address registry, uint16 minSize, uint32 failoverBlocks) returns()
func (_TaskManager *TaskManagerSession) SetCommitteeConfig(registry common.Address, minSize uint16, failoverBlocks uint32) (*types.Transaction, error) {
	return _TaskManager.Contract.SetCommitteeConfig(&_TaskManager.TransactOpts, registry, minSize, failoverBlocks)
}

// SetCommitteeConfig is a paid mutator transaction binding the contract method 0xacca8b67.
//
// Solidity: function setCommitteeConfig(address registry, uint16 minSize, uint32 failoverBlocks) returns()
func (_TaskManager *TaskManagerTransactorSession) SetCommitteeConfig(registry common.Address, minSize uint16, failoverBlocks uint32) (*types.Transaction, error) {
	return _TaskManager.Contract.SetCommitteeConfig(&_TaskManager.TransactOpts, registry, minSize, failoverBlocks)
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

// UpdateFunction is a paid mutator transaction binding the contract method 0x4825aa3f.
//
// Solidity: function updateFunction(uint64 functionId, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96) spec) returns()
func (_TaskManager *TaskManagerTransactor) UpdateFunction(opts *bind.TransactOpts, functionId uint64, spec ITaskManagerFunctionSpec) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "updateFunction", functionId, spec)
}

// UpdateFunction is a paid mutator transaction binding the contract method 0x4825aa3f.
//
// Solidity: function updateFunction(uint64 functionId, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96) spec) returns()
func (_TaskManager *TaskManagerSession) UpdateFunction(functionId uint64, spec ITaskManagerFunctionSpec) (*types.Transaction, error) {
	return _TaskManager.Contract.UpdateFunction(&_TaskManager.TransactOpts, functionId, spec)
}

// UpdateFunction is a paid mutator transaction binding the contract method 0x4825aa3f.
//
// Solidity: function updateFunction(uint64 functionId, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96) spec) returns()
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

// TaskManagerBatchRespondedIterator is returned from FilterBatchResponded and is used to iterate over the raw logs and unpacked data for BatchResponded events raised by the TaskManager contract.
type TaskManagerBatchRespondedIterator struct {
	Event *TaskManagerBatchResponded // Event containing the contract specifics and raw log

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
func (it *TaskManagerBatchRespondedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TaskManagerBatchResponded)
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
		it.Event = new(TaskManagerBatchResponded)
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
func (it *TaskManagerBatchRespondedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TaskManagerBatchRespondedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TaskManagerBatchResponded represents a BatchResponded event raised by the TaskManager contract.
type TaskManagerBatchResponded struct {
	Root           [32]byte
	Count          *big.Int
	ReferenceBlock uint32
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterBatchResponded is a free log retrieval operation binding the contract event 0x0820267312e6a5f019f92a38ecab830a53cbb00bb1f8569ce8ad57babc1b4a25.
//
// Solidity: event BatchResponded(bytes32 indexed root, uint256 count, uint32 referenceBlock)
func (_TaskManager *TaskManagerFilterer) FilterBatchResponded(opts *bind.FilterOpts, root [][32]byte) (*TaskManagerBatchRespondedIterator, error) {

	var rootRule []interface{}
	for _, rootItem := range root {
		rootRule = append(rootRule, rootItem)
	}

	logs, sub, err := _TaskManager.contract.FilterLogs(opts, "BatchResponded", rootRule)
	if err != nil {
		return nil, err
	}
	return &TaskManagerBatchRespondedIterator{contract: _TaskManager.contract, event: "BatchResponded", logs: logs, sub: sub}, nil
}

// WatchBatchResponded is a free log subscription operation binding the contract event 0x0820267312e6a5f019f92a38ecab830a53cbb00bb1f8569ce8ad57babc1b4a25.
//
// Solidity: event BatchResponded(bytes32 indexed root, uint256 count, uint32 referenceBlock)
func (_TaskManager *TaskManagerFilterer) WatchBatchResponded(opts *bind.WatchOpts, sink chan<- *TaskManagerBatchResponded, root [][32]byte) (event.Subscription, error) {

	var rootRule []interface{}
	for _, rootItem := range root {
		rootRule = append(rootRule, rootItem)
	}

	logs, sub, err := _TaskManager.contract.WatchLogs(opts, "BatchResponded", rootRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TaskManagerBatchResponded)
				if err := _TaskManager.contract.UnpackLog(event, "BatchResponded", log); err != nil {
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

// ParseBatchResponded is a log parse operation binding the contract event 0x0820267312e6a5f019f92a38ecab830a53cbb00bb1f8569ce8ad57babc1b4a25.
//
// Solidity: event BatchResponded(bytes32 indexed root, uint256 count, uint32 referenceBlock)
func (_TaskManager *TaskManagerFilterer) ParseBatchResponded(log types.Log) (*TaskManagerBatchResponded, error) {
	event := new(TaskManagerBatchResponded)
	if err := _TaskManager.contract.UnpackLog(event, "BatchResponded", log); err != nil {
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

// TaskManagerCommitteeConfigChangedIterator is returned from FilterCommitteeConfigChanged and is used to iterate over the raw logs and unpacked data for CommitteeConfigChanged events raised by the TaskManager contract.
type TaskManagerCommitteeConfigChangedIterator struct {
	Event *TaskManagerCommitteeConfigChanged // Event containing the contract specifics and raw log

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
func (it *TaskManagerCommitteeConfigChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TaskManagerCommitteeConfigChanged)
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
		it.Event = new(TaskManagerCommitteeConfigChanged)
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
func (it *TaskManagerCommitteeConfigChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TaskManagerCommitteeConfigChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TaskManagerCommitteeConfigChanged represents a CommitteeConfigChanged event raised by the TaskManager contract.
type TaskManagerCommitteeConfigChanged struct {
	Registry              common.Address
	MinCommitteeSize      uint16
	DefaultFailoverBlocks uint32
	Raw                   types.Log // Blockchain specific contextual infos
}

// FilterCommitteeConfigChanged is a free log retrieval operation binding the contract event 0x086c83c04d2815a06cba210c5e575c81d69f5a8b5cda6a9ac6a7ae6ee7c3bafa.
//
// Solidity: event CommitteeConfigChanged(address registry, uint16 minCommitteeSize, uint32 defaultFailoverBlocks)
func (_TaskManager *TaskManagerFilterer) FilterCommitteeConfigChanged(opts *bind.FilterOpts) (*TaskManagerCommitteeConfigChangedIterator, error) {

	logs, sub, err := _TaskManager.contract.FilterLogs(opts, "CommitteeConfigChanged")
	if err != nil {
		return nil, err
	}
	return &TaskManagerCommitteeConfigChangedIterator{contract: _TaskManager.contract, event: "CommitteeConfigChanged", logs: logs, sub: sub}, nil
}

// WatchCommitteeConfigChanged is a free log subscription operation binding the contract event 0x086c83c04d2815a06cba210c5e575c81d69f5a8b5cda6a9ac6a7ae6ee7c3bafa.
//
// Solidity: event CommitteeConfigChanged(address registry, uint16 minCommitteeSize, uint32 defaultFailoverBlocks)
func (_TaskManager *TaskManagerFilterer) WatchCommitteeConfigChanged(opts *bind.WatchOpts, sink chan<- *TaskManagerCommitteeConfigChanged) (event.Subscription, error) {

	logs, sub, err := _TaskManager.contract.WatchLogs(opts, "CommitteeConfigChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TaskManagerCommitteeConfigChanged)
				if err := _TaskManager.contract.UnpackLog(event, "CommitteeConfigChanged", log); err != nil {
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

// ParseCommitteeConfigChanged is a log parse operation binding the contract event 0x086c83c04d2815a06cba210c5e575c81d69f5a8b5cda6a9ac6a7ae6ee7c3bafa.
//
// Solidity: event CommitteeConfigChanged(address registry, uint16 minCommitteeSize, uint32 defaultFailoverBlocks)
func (_TaskManager *TaskManagerFilterer) ParseCommitteeConfigChanged(log types.Log) (*TaskManagerCommitteeConfigChanged, error) {
	event := new(TaskManagerCommitteeConfigChanged)
	if err := _TaskManager.contract.UnpackLog(event, "CommitteeConfigChanged", log); err != nil {
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

// TaskManagerFuelRefundedIterator is returned from FilterFuelRefunded and is used to iterate over the raw logs and unpacked data for FuelRefunded events raised by the TaskManager contract.
type TaskManagerFuelRefundedIterator struct {
	Event *TaskManagerFuelRefunded // Event containing the contract specifics and raw log

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
func (it *TaskManagerFuelRefundedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TaskManagerFuelRefunded)
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
		it.Event = new(TaskManagerFuelRefunded)
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
func (it *TaskManagerFuelRefundedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TaskManagerFuelRefundedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TaskManagerFuelRefunded represents a FuelRefunded event raised by the TaskManager contract.
type TaskManagerFuelRefunded struct {
	TaskId    uint32
	Requester common.Address
	Amount    *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterFuelRefunded is a free log retrieval operation binding the contract event 0x310fe357cc6acd8477518319f136b9a0e9b455b898eb039b2eb81c28c2be0af6.
//
// Solidity: event FuelRefunded(uint32 indexed taskId, address indexed requester, uint256 amount)
func (_TaskManager *TaskManagerFilterer) FilterFuelRefunded(opts *bind.FilterOpts, taskId []uint32, requester []common.Address) (*TaskManagerFuelRefundedIterator, error) {

	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var requesterRule []interface{}
	for _, requesterItem := range requester {
		requesterRule = append(requesterRule, requesterItem)
	}

	logs, sub, err := _TaskManager.contract.FilterLogs(opts, "FuelRefunded", taskIdRule, requesterRule)
	if err != nil {
		return nil, err
	}
	return &TaskManagerFuelRefundedIterator{contract: _TaskManager.contract, event: "FuelRefunded", logs: logs, sub: sub}, nil
}

// WatchFuelRefunded is a free log subscription operation binding the contract event 0x310fe357cc6acd8477518319f136b9a0e9b455b898eb039b2eb81c28c2be0af6.
//
// Solidity: event FuelRefunded(uint32 indexed taskId, address indexed requester, uint256 amount)
func (_TaskManager *TaskManagerFilterer) WatchFuelRefunded(opts *bind.WatchOpts, sink chan<- *TaskManagerFuelRefunded, taskId []uint32, requester []common.Address) (event.Subscription, error) {

	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var requesterRule []interface{}
	for _, requesterItem := range requester {
		requesterRule = append(requesterRule, requesterItem)
	}

	logs, sub, err := _TaskManager.contract.WatchLogs(opts, "FuelRefunded", taskIdRule, requesterRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TaskManagerFuelRefunded)
				if err := _TaskManager.contract.UnpackLog(event, "FuelRefunded", log); err != nil {
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

// ParseFuelRefunded is a log parse operation binding the contract event 0x310fe357cc6acd8477518319f136b9a0e9b455b898eb039b2eb81c28c2be0af6.
//
// Solidity: event FuelRefunded(uint32 indexed taskId, address indexed requester, uint256 amount)
func (_TaskManager *TaskManagerFilterer) ParseFuelRefunded(log types.Log) (*TaskManagerFuelRefunded, error) {
	event := new(TaskManagerFuelRefunded)
	if err := _TaskManager.contract.UnpackLog(event, "FuelRefunded", log); err != nil {
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

// FilterFunctionRegistered is a free log retrieval operation binding the contract event 0x77ff7c8dad6a3f8c1edd8d570edf23f1fb323a6adbce8ea710cf4ebed799b278.
//
// Solidity: event FunctionRegistered(uint64 indexed functionId, address indexed owner, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96) spec)
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

// WatchFunctionRegistered is a free log subscription operation binding the contract event 0x77ff7c8dad6a3f8c1edd8d570edf23f1fb323a6adbce8ea710cf4ebed799b278.
//
// Solidity: event FunctionRegistered(uint64 indexed functionId, address indexed owner, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96) spec)
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

// ParseFunctionRegistered is a log parse operation binding the contract event 0x77ff7c8dad6a3f8c1edd8d570edf23f1fb323a6adbce8ea710cf4ebed799b278.
//
// Solidity: event FunctionRegistered(uint64 indexed functionId, address indexed owner, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96) spec)
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

// FilterFunctionUpdated is a free log retrieval operation binding the contract event 0x547fd45cab743d130d56cb392ef26ad6d575a3b105127c07e79d0b10d70fa7b7.
//
// Solidity: event FunctionUpdated(uint64 indexed functionId, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96) spec)
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

// WatchFunctionUpdated is a free log subscription operation binding the contract event 0x547fd45cab743d130d56cb392ef26ad6d575a3b105127c07e79d0b10d70fa7b7.
//
// Solidity: event FunctionUpdated(uint64 indexed functionId, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96) spec)
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

// ParseFunctionUpdated is a log parse operation binding the contract event 0x547fd45cab743d130d56cb392ef26ad6d575a3b105127c07e79d0b10d70fa7b7.
//
// Solidity: event FunctionUpdated(uint64 indexed functionId, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96) spec)
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

// FilterTaskCreated is a free log retrieval operation binding the contract event 0xf62631fa488beda588ea9541801bc1130c7c8d5cf695f5fb80f43cfdccb0874b.
//
// Solidity: event TaskCreated(uint32 indexed taskId, (uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task, bytes input, string inputURI, string[] moduleURIs)
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

// WatchTaskCreated is a free log subscription operation binding the contract event 0xf62631fa488beda588ea9541801bc1130c7c8d5cf695f5fb80f43cfdccb0874b.
//
// Solidity: event TaskCreated(uint32 indexed taskId, (uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task, bytes input, string inputURI, string[] moduleURIs)
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

// ParseTaskCreated is a log parse operation binding the contract event 0xf62631fa488beda588ea9541801bc1130c7c8d5cf695f5fb80f43cfdccb0874b.
//
// Solidity: event TaskCreated(uint32 indexed taskId, (uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task, bytes input, string inputURI, string[] moduleURIs)
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

// FilterTaskResponded is a free log retrieval operation binding the contract event 0x34ddec5eb5e43ca71e4167036a19d26457cbcd0c4146a53af5f46da7c31cd4fc.
//
// Solidity: event TaskResponded(uint32 indexed taskId, (uint32,uint8,bytes32,bytes,uint64) response, bytes32 responseDigest, bytes32 signatoryRecordHash)
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

// WatchTaskResponded is a free log subscription operation binding the contract event 0x34ddec5eb5e43ca71e4167036a19d26457cbcd0c4146a53af5f46da7c31cd4fc.
//
// Solidity: event TaskResponded(uint32 indexed taskId, (uint32,uint8,bytes32,bytes,uint64) response, bytes32 responseDigest, bytes32 signatoryRecordHash)
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

// ParseTaskResponded is a log parse operation binding the contract event 0x34ddec5eb5e43ca71e4167036a19d26457cbcd0c4146a53af5f46da7c31cd4fc.
//
// Solidity: event TaskResponded(uint32 indexed taskId, (uint32,uint8,bytes32,bytes,uint64) response, bytes32 responseDigest, bytes32 signatoryRecordHash)
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
	ABI: "[{\"type\":\"function\",\"name\":\"verify\",\"inputs\":[{\"name\":\"verifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"taskHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"outputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"proof\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"view\"},{\"type\":\"error\",\"name\":\"OutputDigestMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"OutputTooLargeInline\",\"inputs\":[{\"name\":\"size\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ProofRejected\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"reason\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"type\":\"error\",\"name\":\"ZkOutputMalformed\",\"inputs\":[{\"name\":\"size\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ZkStatusNotOk\",\"inputs\":[{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"ZkVerifierMissing\",\"inputs\":[{\"name\":\"verifier\",\"type\":\"address\",\"internalType\":\"address\"}]}]",
	Bin: "0x6108a3610034600b8282823980515f1a607314602857634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe7300000000000000000000000000000000000000003014608060405260043610610034575f3560e01c8063bab43b8c14610038575b5f5ffd5b61004b61004636600461058f565b61004d565b005b60ff86161561007957604051638e838b6360e01b815260ff871660048201526024015b60405180910390fd5b61200083111561009f57604051634095ed0160e01b815260048101849052602401610070565b6100aa602084610664565b156100cb57604051631a62c5c160e21b815260048101849052602401610070565b8484846040516100dc929190610677565b60405180910390201461010257604051631d964d8f60e21b815260040160405180910390fd5b886001600160a01b03163b5f0361013757604051633f975e6160e21b81526001600160a01b038a166004820152602401610070565b5f61014360208561069a565b90505f6101518260046106ad565b90505f8167ffffffffffffffff81111561016d5761016d6106c6565b604051908082528060200260200182016040528015610196578160200160208202803683370190505b50905060808a5f1c901c815f815181106101b2576101b26106da565b602090810291909101015280516001600160801b038b1690829060019081106101dd576101dd6106da565b6020026020010181815250506080885f1c901c81600281518110610203576102036106da565b602090810291909101015280516001600160801b038916908290600390811061022e5761022e6106da565b60209081029190910101525f5b838110156102ac5787876102508360206106ee565b9061025c8460016106ad565b6102679060206106ee565b9261027493929190610705565b61027d9161072c565b826102898360046106ad565b81518110610299576102996106da565b602090810291909101015260010161023b565b505f6102b783610434565b6040516020016102c79190610760565b6040516020818303038152906040528051906020012090505f818460016102ee91906106ad565b6102f99060206106ee565b84888a8160206103098183610664565b6103149060206107a3565b61031e9190610664565b67ffffffffffffffff811115610336576103366106c6565b6040519080825280601f01601f191660200182016040528015610360576020820181803683370190505b5060405160200161037797969594939291906107b6565b60405160208183030381529060405290505f5f8f6001600160a01b0316612710876103a291906106ee565b6103af9062061a806106ad565b846040516103bd9190610822565b5f604051808303818686fa925050503d805f81146103f6576040519150601f19603f3d011682016040523d82523d5f602084013e6103fb565b606091505b509150915081610422578e8160405163510b4fd560e01b8152600401610070929190610834565b50505050505050505050505050505050565b60606001825b600a8110610462578161044c81610876565b925061045b9050600a8261069a565b905061043a565b508067ffffffffffffffff81111561047c5761047c6106c6565b6040519080825280601f01601f1916602001820160405280156104a6576020820181803683370190505b509150805b801561051b576104bc600a85610664565b6104c79060306106ad565b60f81b836104d66001846107a3565b815181106104e6576104e66106da565b60200101906001600160f81b03191690815f1a905350610507600a8561069a565b9350806105138161088e565b9150506104ab565b5050919050565b803563ffffffff81168114610535575f5ffd5b919050565b803560ff81168114610535575f5ffd5b5f5f83601f84011261055a575f5ffd5b50813567ffffffffffffffff811115610571575f5ffd5b602083019150836020828501011115610588575f5ffd5b9250929050565b5f5f5f5f5f5f5f5f5f60e08a8c0312156105a7575f5ffd5b89356001600160a01b03811681146105bd575f5ffd5b98506105cb60208b01610522565b975060408a013596506105e060608b0161053a565b955060808a0135945060a08a013567ffffffffffffffff811115610602575f5ffd5b61060e8c828d0161054a565b90955093505060c08a013567ffffffffffffffff81111561062d575f5ffd5b6106398c828d0161054a565b915080935050809150509295985092959850929598565b634e487b7160e01b5f52601260045260245ffd5b5f8261067257610672610650565b500690565b818382375f9101908152919050565b634e487b7160e01b5f52601160045260245ffd5b5f826106a8576106a8610650565b500490565b808201808211156106c0576106c0610686565b92915050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b80820281158282048414176106c0576106c0610686565b5f5f85851115610713575f5ffd5b8386111561071f575f5ffd5b5050820193919092039150565b803560208310156106c0575f19602084900360031b1b1692915050565b5f81518060208401855e5f93019283525090919050565b7f76657269667950726f6f662862797465732c75696e743235365b00000000000081525f610791601a830184610749565b615d2960f01b81526002019392505050565b818103818111156106c0576106c0610686565b63ffffffff60e01b881681528660048201525f602482018751602089015f5b828110156107f35781518452602093840193909101906001016107d5565b505050868152848660208301375f9085016020019081526108148185610749565b9a9950505050505050505050565b5f61082d8284610749565b9392505050565b63ffffffff83168152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b5f6001820161088757610887610686565b5060010190565b5f8161089c5761089c610686565b505f19019056",
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

// Verify is a free data retrieval call binding the contract method 0xbab43b8c.
//
// Solidity: function verify(address verifier, uint32 taskId, bytes32 taskHash, uint8 status, bytes32 outputDigest, bytes output, bytes proof) view returns()
func (_ZkProofs *ZkProofsCaller) Verify(opts *bind.CallOpts, verifier common.Address, taskId uint32, taskHash [32]byte, status uint8, outputDigest [32]byte, output []byte, proof []byte) error {
	var out []interface{}
	err := _ZkProofs.contract.Call(opts, &out, "verify", verifier, taskId, taskHash, status, outputDigest, output, proof)

	if err != nil {
		return err
	}

	return err

}

// Verify is a free data retrieval call binding the contract method 0xbab43b8c.
//
// Solidity: function verify(address verifier, uint32 taskId, bytes32 taskHash, uint8 status, bytes32 outputDigest, bytes output, bytes proof) view returns()
func (_ZkProofs *ZkProofsSession) Verify(verifier common.Address, taskId uint32, taskHash [32]byte, status uint8, outputDigest [32]byte, output []byte, proof []byte) error {
	return _ZkProofs.Contract.Verify(&_ZkProofs.CallOpts, verifier, taskId, taskHash, status, outputDigest, output, proof)
}

// Verify is a free data retrieval call binding the contract method 0xbab43b8c.
//
// Solidity: function verify(address verifier, uint32 taskId, bytes32 taskHash, uint8 status, bytes32 outputDigest, bytes output, bytes proof) view returns()
func (_ZkProofs *ZkProofsCallerSession) Verify(verifier common.Address, taskId uint32, taskHash [32]byte, status uint8, outputDigest [32]byte, output []byte, proof []byte) error {
	return _ZkProofs.Contract.Verify(&_ZkProofs.CallOpts, verifier, taskId, taskHash, status, outputDigest, output, proof)
}
