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
	HttpHosts          []string
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
	TaskId           uint32
	Status           uint8
	OutputDigest     [32]byte
	Output           []byte
	FuelUsed         uint64
	TranscriptDigest [32]byte
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
	ABI: "[{\"type\":\"event\",\"name\":\"FunctionDeactivated\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FunctionRegistered\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"spec\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structITaskManager.FunctionSpec\",\"components\":[{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"mode\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.VerificationMode\"},{\"name\":\"minQuorumThreshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"zkVerifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"uris\",\"type\":\"string[]\",\"internalType\":\"string[]\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"baseFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"fuelPrice\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"httpHosts\",\"type\":\"string[]\",\"internalType\":\"string[]\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FunctionUpdated\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"spec\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structITaskManager.FunctionSpec\",\"components\":[{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"mode\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.VerificationMode\"},{\"name\":\"minQuorumThreshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"zkVerifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"uris\",\"type\":\"string[]\",\"internalType\":\"string[]\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"baseFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"fuelPrice\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"httpHosts\",\"type\":\"string[]\",\"internalType\":\"string[]\"}]}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"CommitteeNeedsOneQuorum\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"CommitteeWindowTooLong\",\"inputs\":[{\"name\":\"requested\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maximum\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"CommitteesNotEnabled\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"FuelPriceImmutable\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InactiveFunction\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InvalidFunctionSpec\",\"inputs\":[{\"name\":\"reason\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"NotFunctionOwner\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"UnknownFunction\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}]",
	Bin: "0x611e62610034600b8282823980515f1a607314602857634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe7300000000000000000000000000000000000000003014608060405260043610610060575f3560e01c80630dd47e73146100645780634b22b062146100b65780634f752af8146100d7578063f614b7ff146100f6578063f8e45c4614610115575b5f5ffd5b81801561006f575f5ffd5b5061008361007e3660046110c0565b610135565b6040805161ffff909416845263ffffffff90921660208401526001600160401b0316908201526060015b60405180910390f35b8180156100c1575f5ffd5b506100d56100d036600461118a565b610341565b005b8180156100e2575f5ffd5b506100d56100f13660046111b8565b61039d565b818015610101575f5ffd5b506100d56101103660046111b8565b61043f565b61012861012336600461118a565b610507565b6040516100ad91906112d8565b5f80806001600160a01b0386166101625760405160016230af6560e11b0319815260040160405180910390fd5b6001881461018357604051637a95c38760e01b815260040160405180910390fd5b60ff63ffffffff881611156101bf576040516317fd0e7760e21b815263ffffffff8816600482015260ff60248201526044015b60405180910390fd5b60048a015461ffff8087169116106101df5760048a015461ffff166101e1565b845b60048b015490935062010000900463ffffffff16156102105760048a015462010000900463ffffffff16610212565b835b91505f806001808d015460ff169081111561022f5761022f611213565b1461023b57600261023e565b60015b90506001808c810154610100900460ff169081111561025f5761025f611213565b03610268576004175b866001600160a01b031663fb26f1068b8b5f81811061028957610289611426565b9050013560f81c60f81b60f81c838e6002015f0160089054906101000a90046001600160401b03166040518463ffffffff1660e01b81526004016102f19392919060ff93841681529190921660208201526001600160401b0391909116604082015260600190565b6020604051808303815f875af115801561030d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610331919061143a565b9150509750975097945050505050565b5f61034c8383610888565b8054911515600160a01b0260ff60a01b199092169190911790556040516001600160401b038216907fdbb20d1ec7b15598b1e2f4d880eafbb9f3718933ea418af3e03b40d48cb27e08905f90a25050565b6103a68161093b565b6001600160401b0382165f908152602084905260409020805460ff60a01b1933166001600160a81b031990911617600160a01b17815581600182016103eb82826118ca565b905050336001600160a01b0316836001600160401b03167f1e15d9023e56ddbb24e595ee087319f4239e28117d98336ba1d2044f7c6b301e846040516104319190611c0c565b60405180910390a350505050565b5f61044a8484610888565b90506104558261093b565b6005810154600160901b90046001600160601b031661047c6101c084016101a08501611d57565b6001600160601b0316146104ae576040516310a8ecf160e01b81526001600160401b03841660048201526024016101b6565b81600182016104bd82826118ca565b905050826001600160401b03167f41473b07aa3777ae7b5adebdb52ca5d9037aeee4676bbf6503e7ef4fbb3b113d836040516104f99190611c0c565b60405180910390a250505050565b61050f610fc7565b6001600160401b0382165f9081526020848152604091829020825160608101845281546001600160a01b038116825260ff600160a01b9091048116151582850152845161018081018652600180850180548352600286015494979596958801959294909392850192169081111561058857610588611213565b600181111561059957610599611213565b81526020016001820160019054906101000a900460ff1660018111156105c1576105c1611213565b60018111156105d2576105d2611213565b8152600182015462010000810460ff1660208084019190915263010000009091046001600160a01b031660408084019190915280516080808201835260028601546001600160401b038082168452600160401b82041683860152600160801b810463ffffffff90811684860152600160a01b90910416606080840191909152850191909152600385018054835181860281018601909452808452919094019391925f9084015b82821015610720578382905f5260205f200180546106959061167c565b80601f01602080910402602001604051908101604052809291908181526020018280546106c19061167c565b801561070c5780601f106106e35761010080835404028352916020019161070c565b820191905f5260205f20905b8154815290600101906020018083116106ef57829003601f168201915b505050505081526020019060010190610678565b50505090825250600482015461ffff811660208084019190915263ffffffff620100008304166040808501919091526001600160601b036601000000000000840481166060860152600160901b909304909216608084015260058401805483518184028101840190945280845260a09094019390915f9084015b82821015610842578382905f5260205f200180546107b79061167c565b80601f01602080910402602001604051908101604052809291908181526020018280546107e39061167c565b801561082e5780601f106108055761010080835404028352916020019161082e565b820191905f5260205f20905b81548152906001019060200180831161081157829003601f168201915b50505050508152602001906001019061079a565b5050509152505090525080519091506001600160a01b03166108825760405163af2c671160e01b81526001600160401b03831660048201526024016101b6565b92915050565b6001600160401b0381165f90815260208390526040902080546001600160a01b03166108d25760405163af2c671160e01b81526001600160401b03831660048201526024016101b6565b80546001600160a01b031633146109075760405163065e2c3d60e11b81526001600160401b03831660048201526024016101b6565b8054600160a01b900460ff16610882576040516319679ec760e21b81526001600160401b03831660048201526024016101b6565b6060813561097557506040805180820190915260158152746d6f64756c6520646967657374206973207a65726f60581b6020820152610d6c565b6109836101208301836115af565b90505f036109b4575060408051808201909152600c81526b6e6f2066657463682055524960a01b6020820152610d6c565b6109c460c0830160a08401611d72565b6001600160401b03165f03610a0257506040805180820190915260128152716675656c206c696d6974206973207a65726f60701b6020820152610d6c565b62010000610a1660e0840160c08501611d72565b6001600160401b03161015610a5f575060408051808201909152601a81527f6d656d6f72792062656c6f77206f6e65207761736d20706167650000000000006020820152610d6c565b610a7161012083016101008401611d8d565b63ffffffff165f03610aae57506040805180820190915260148152736f7574707574206c696d6974206973207a65726f60601b6020820152610d6c565b610abf610100830160e08401611d8d565b63ffffffff165f03610af9575060408051808201909152601181527077616c6c2074696d65206973207a65726f60781b6020820152610d6c565b6001600160601b03610b136101c084016101a08501611d57565b6001600160601b0316610b2c60c0850160a08601611d72565b6001600160401b0316610b3f9190611665565b610b516101a085016101808601611d57565b6001600160601b0316610b649190611da8565b1115610ba7576040518060400160405280602081526020017f70726963652061626f7665207468652075696e74393620666565206669656c648152509050610d6c565b6040610bbb61016084016101408501611dbb565b61ffff161115610bff575060408051808201909152601781527f636f6d6d69747465652073697a652061626f76652036340000000000000000006020820152610d6c565b610c1161016083016101408401611dbb565b61ffff1615801590610c40575065010000000000610c3560e0840160c08501611d72565b6001600160401b0316115b15610c7f575060408051808201909152601c81527f636f6d6d6974746565206d656d6f72792061626f7665203120546942000000006020820152610d6c565b5f610c906060840160408501611dd6565b6001811115610ca157610ca1611213565b03610d1757610cb66080830160608401611df1565b60ff161580610cd757506064610cd26080840160608501611df1565b60ff16115b15610d12575060408051808201909152601f81527f71756f72756d207468726573686f6c64206d75737420626520312e2e3130300060208201525b610d6c565b5f610d2860a0840160808501611e0c565b6001600160a01b031603610d6c575060408051808201909152601881527f7a6b206d6f6465206e656564732061207665726966696572000000000000000060208201525b8051158015610d8957505f610d856101c08401846115af565b9050115b15610d9a57610d9782610dc0565b90505b805115610dbc5780604051630dd8ccfb60e11b81526004016101b69190611e27565b5050565b60606020610dd26101c08401846115af565b90501115610e1357505060408051808201909152601781527f6d6f7265207468616e203332204854545020686f737473000000000000000000602082015290565b5f610e246060840160408501611dd6565b6001811115610e3557610e35611213565b14610e7357505060408051808201909152601b81527f4854545020686f737473206e6565642071756f72756d206d6f64650000000000602082015290565b5f610e846040840160208501611dd6565b6001811115610e9557610e95611213565b14610ed35750506040805180820190915260208082527f4854545020686f737473206e65656420746865207761736d2072756e74696d659082015290565b610ee561016083016101408401611dbb565b61ffff1615610f0d57604051806060016040528060288152602001611e3a6028913992915050565b5f5b610f1d6101c08401846115af565b9050811015610fb2575f610f356101c08501856115af565b83818110610f4557610f45611426565b9050602002810190610f5791906115fb565b915050801580610f68575061010581115b15610fa957505060408051808201909152601b81527f4854545020686f737420656d707479206f7220746f6f206c6f6e670000000000602082015292915050565b50600101610f0f565b505060408051602081019091525f8152919050565b604080516060810182525f808252602082015290810161105e60408051610180810182525f8082526020808301829052828401829052606080840183905260808085018490528551908101865283815291820183905293810182905280840182905260a083015260c0820183905260e082018190526101008201819052610120820181905261014082015261016081019190915290565b905290565b63ffffffff81168114611074575f5ffd5b50565b803561108281611063565b919050565b6001600160a01b0381168114611074575f5ffd5b803561108281611087565b61ffff81168114611074575f5ffd5b8035611082816110a6565b5f5f5f5f5f5f5f60c0888a0312156110d6575f5ffd5b8735965060208801356001600160401b038111156110f2575f5ffd5b8801601f81018a13611102575f5ffd5b80356001600160401b03811115611117575f5ffd5b8a6020828401011115611128575f5ffd5b6020919091019650945061113e60408901611077565b935061114c6060890161109b565b925061115a608089016110b5565b915061116860a08901611077565b905092959891949750929550565b6001600160401b0381168114611074575f5ffd5b5f5f6040838503121561119b575f5ffd5b8235915060208301356111ad81611176565b809150509250929050565b5f5f5f606084860312156111ca575f5ffd5b8335925060208401356111dc81611176565b915060408401356001600160401b038111156111f6575f5ffd5b84016101e08187031215611208575f5ffd5b809150509250925092565b634e487b7160e01b5f52602160045260245ffd5b6002811061107457634e487b7160e01b5f52602160045260245ffd5b61124c81611227565b9052565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f82825180855260208501945060208160051b830101602085015f5b838110156112cc57601f198584030188526112b6838351611250565b602098890198909350919091019060010161129a565b50909695505050505050565b6020815260018060a01b0382511660208201526020820151151560408201525f604083015160608084015280516080840152602081015161131c60a0850182611243565b50604081015161132f60c0850182611243565b5060608181015160ff1660e085015260808201516001600160a01b031661010085015260a082015180516001600160401b03908116610120870152602082015116610140860152604081015163ffffffff9081166101608701529101511661018084015260c08101516101e06101a08501526113af61026085018261127e565b905060e08201516113c76101c086018261ffff169052565b5061010082015163ffffffff166101e08501526101208201516001600160601b039081166102008601526101408301511661022085015261016090910151838203607f19016102408501529061141d818361127e565b95945050505050565b634e487b7160e01b5f52603260045260245ffd5b5f6020828403121561144a575f5ffd5b815161145581611176565b9392505050565b60028110611074575f5ffd5b5f81356108828161145c565b61147d82611227565b60ff1981541660ff831681178255505050565b61149982611227565b805461ff008360081b1661ff00198216178255505050565b60ff81168114611074575f5ffd5b5f8135610882816114b1565b5f813561088281611087565b5f813561088281611063565b81356114ee81611176565b6001600160401b03811690508154816001600160401b03198216178355602084013561151981611176565b6fffffffffffffffff0000000000000000604091821b166fffffffffffffffffffffffffffffffff1983168417811785559085013561155781611063565b6001600160a01b0319929092169092179190911760809190911b63ffffffff60801b161781555f606083013561158c81611063565b825463ffffffff60a01b191660a09190911b63ffffffff60a01b16179091555050565b5f5f8335601e198436030181126115c4575f5ffd5b8301803591506001600160401b038211156115dd575f5ffd5b6020019150600581901b36038213156115f4575f5ffd5b9250929050565b5f5f8335601e19843603018112611610575f5ffd5b8301803591506001600160401b03821115611629575f5ffd5b6020019150368190038213156115f4575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b808202811582820484141761088257610882611651565b600181811c9082168061169057607f821691505b6020821081036116ae57634e487b7160e01b5f52602260045260245ffd5b50919050565b5b81811015610dbc575f81556001016116b5565b601f82111561170257805f5260205f20601f840160051c810160208510156116ed5750805b6116ff601f850160051c8301826116b4565b50505b505050565b6001600160401b0383111561171e5761171e61163d565b6117328361172c835461167c565b836116c8565b5f601f841160018114611763575f851561174c5750838201355b5f19600387901b1c1916600186901b1783556116ff565b5f83815260208120601f198716915b828110156117925786850135825560209485019460019092019101611772565b50868210156117ae575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b600160401b8311156117d4576117d461163d565b805483825580841015611858575f828152602090208481019082015b8082101561185557611802825461167c565b801561184957601f81116001811461181c575f8455611847565b5f84815260209020611839601f840160051c8201600183016116b4565b505f84815260208120818655555b505b506001820191506117f0565b50505b505f8181526020812083915b858110156118965761187683866115fb565b611881818386611707565b50506020929092019160019182019101611864565b505050505050565b5f8135610882816110a6565b6001600160601b0381168114611074575f5ffd5b5f8135610882816118aa565b81358155600181016118e76118e160208501611468565b82611474565b6118fc6118f660408501611468565b82611490565b61192361190b606085016114bf565b825462ff0000191660109190911b62ff000016178255565b61195c611932608085016114cb565b8280546301000000600160b81b03191660189290921b6301000000600160b81b0316919091179055565b5061196d60a08301600283016114e3565b61197b6101208301836115af565b6119898183600386016117c0565b5050600481016119b261199f610140850161189e565b825461ffff191661ffff91909116178255565b6119e06119c261016085016114d7565b825465ffffffff0000191660109190911b65ffffffff000016178255565b611a266119f061018085016118be565b825471ffffffffffffffffffffffff000000000000191660309190911b71ffffffffffffffffffffffff00000000000016178255565b611a6a611a366101a085016118be565b8280546bffffffffffffffffffffffff60901b191660909290921b6bffffffffffffffffffffffff60901b16919091179055565b50611a796101c08301836115af565b611a878183600586016117c0565b50505050565b80356110828161145c565b8035611082816114b1565b8035611aae81611176565b6001600160401b031682526020810135611ac781611176565b6001600160401b031660208301526040810135611ae381611063565b63ffffffff1660408301526060810135611afc81611063565b63ffffffff81166060840152505050565b5f5f8335601e19843603018112611b22575f5ffd5b83016020810192503590506001600160401b03811115611b40575f5ffd5b8060051b36038213156115f4575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b5f8383855260208501945060208460051b820101835f5b868110156112cc57838303601f19018852813536879003601e19018112611bb5575f5ffd5b86016020810190356001600160401b03811115611bd0575f5ffd5b803603821315611bde575f5ffd5b611be9858284611b51565b60209a8b019a90955093909301925050600101611b90565b8035611082816118aa565b60208082528235828201525f90611c24908401611a8d565b611c316040840182611243565b50611c3e60408401611a8d565b611c4b6060840182611243565b50611c5860608401611a98565b60ff8116608084015250611c6e6080840161109b565b6001600160a01b03811660a084015250611c8e60c0830160a08501611aa3565b611c9c610120840184611b0d565b6101e0610140850152611cb461020085018284611b79565b915050611cc461014085016110b5565b61ffff811661016085015250611cdd6101608501611077565b63ffffffff811661018085015250611cf86101808501611c01565b6001600160601b0381166101a085015250611d166101a08501611c01565b6001600160601b0381166101c085015250611d356101c0850185611b0d565b848303601f19016101e0860152611d4d838284611b79565b9695505050505050565b5f60208284031215611d67575f5ffd5b8135611455816118aa565b5f60208284031215611d82575f5ffd5b813561145581611176565b5f60208284031215611d9d575f5ffd5b813561145581611063565b8082018082111561088257610882611651565b5f60208284031215611dcb575f5ffd5b8135611455816110a6565b5f60208284031215611de6575f5ffd5b81356114558161145c565b5f60208284031215611e01575f5ffd5b8135611455816114b1565b5f60208284031215611e1c575f5ffd5b813561145581611087565b602081525f611455602083018461125056fe4854545020686f737473206e6565642061206e6f6e2d636f6d6d69747465652066756e6374696f6e",
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

// FilterFunctionRegistered is a free log retrieval operation binding the contract event 0x1e15d9023e56ddbb24e595ee087319f4239e28117d98336ba1d2044f7c6b301e.
//
// Solidity: event FunctionRegistered(uint64 indexed functionId, address indexed owner, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96,string[]) spec)
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

// WatchFunctionRegistered is a free log subscription operation binding the contract event 0x1e15d9023e56ddbb24e595ee087319f4239e28117d98336ba1d2044f7c6b301e.
//
// Solidity: event FunctionRegistered(uint64 indexed functionId, address indexed owner, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96,string[]) spec)
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

// ParseFunctionRegistered is a log parse operation binding the contract event 0x1e15d9023e56ddbb24e595ee087319f4239e28117d98336ba1d2044f7c6b301e.
//
// Solidity: event FunctionRegistered(uint64 indexed functionId, address indexed owner, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96,string[]) spec)
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

// FilterFunctionUpdated is a free log retrieval operation binding the contract event 0x41473b07aa3777ae7b5adebdb52ca5d9037aeee4676bbf6503e7ef4fbb3b113d.
//
// Solidity: event FunctionUpdated(uint64 indexed functionId, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96,string[]) spec)
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

// WatchFunctionUpdated is a free log subscription operation binding the contract event 0x41473b07aa3777ae7b5adebdb52ca5d9037aeee4676bbf6503e7ef4fbb3b113d.
//
// Solidity: event FunctionUpdated(uint64 indexed functionId, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96,string[]) spec)
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

// ParseFunctionUpdated is a log parse operation binding the contract event 0x41473b07aa3777ae7b5adebdb52ca5d9037aeee4676bbf6503e7ef4fbb3b113d.
//
// Solidity: event FunctionUpdated(uint64 indexed functionId, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96,string[]) spec)
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
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"coordinator\",\"type\":\"address\",\"internalType\":\"contractIRegistryCoordinatorViews\"},{\"name\":\"rewardsEpochSeconds\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"BATCH_TAG\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_CALLBACK_GAS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_INLINE_INPUT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_INLINE_OUTPUT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"REWARDS_EPOCH_SECONDS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"aggregator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"balances\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"batchMessage\",\"inputs\":[{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"blsApkRegistry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIBLSApkRegistryViews\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"committeeRegistry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"createTask\",\"inputs\":[{\"name\":\"req\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.TaskRequest\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"input\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"inputURI\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"responseWindowBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"outputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"createTasks\",\"inputs\":[{\"name\":\"requests\",\"type\":\"tuple[]\",\"internalType\":\"structITaskManager.TaskRequest[]\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"input\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"inputURI\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"responseWindowBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"outputs\":[{\"name\":\"taskIds\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"}],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"deactivateFunction\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"delegation\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIDelegationManagerViews\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"epochFees\",\"inputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"expireTask\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"task\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.Task\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"committeeTable\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"feeRecipient\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getBatch\",\"inputs\":[{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.BatchRecord\",\"components\":[{\"name\":\"respondedBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"count\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getFunction\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.FunctionRecord\",\"components\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"active\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"spec\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.FunctionSpec\",\"components\":[{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"mode\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.VerificationMode\"},{\"name\":\"minQuorumThreshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"zkVerifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"uris\",\"type\":\"string[]\",\"internalType\":\"string[]\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"baseFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"fuelPrice\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"httpHosts\",\"type\":\"string[]\",\"internalType\":\"string[]\"}]}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getTask\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.TaskRecord\",\"components\":[{\"name\":\"taskHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"responseDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"state\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.TaskState\"},{\"name\":\"resultStatus\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"respondedBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"zkVerifier\",\"type\":\"address\",\"internalType\":\"address\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"initialize\",\"inputs\":[{\"name\":\"initialOwner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"initialAggregator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"minWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"maxResponseWindow\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"minResponseWindow\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"minTaskFee\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint96\",\"internalType\":\"uint96\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"nextFunctionId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"nextTaskId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"paused\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pauser\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"registerFunction\",\"inputs\":[{\"name\":\"spec\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.FunctionSpec\",\"components\":[{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"mode\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.VerificationMode\"},{\"name\":\"minQuorumThreshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"zkVerifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"uris\",\"type\":\"string[]\",\"internalType\":\"string[]\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"baseFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"fuelPrice\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"httpHosts\",\"type\":\"string[]\",\"internalType\":\"string[]\"}]}],\"outputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"registryCoordinator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIRegistryCoordinatorViews\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"respondToTask\",\"inputs\":[{\"name\":\"task\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.Task\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"committeeTable\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"name\":\"response\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.TaskResponse\",\"components\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"outputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"fuelUsed\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"transcriptDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"name\":\"certificate\",\"type\":\"tuple\",\"internalType\":\"structBLSSignatureChecker.NonSignerStakesAndSignature\",\"components\":[{\"name\":\"nonSignerQuorumBitmapIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"nonSignerPubkeys\",\"type\":\"tuple[]\",\"internalType\":\"structBN254.G1Point[]\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"quorumApks\",\"type\":\"tuple[]\",\"internalType\":\"structBN254.G1Point[]\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"apkG2\",\"type\":\"tuple\",\"internalType\":\"structBN254.G2Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256[2]\",\"internalType\":\"uint256[2]\"},{\"name\":\"Y\",\"type\":\"uint256[2]\",\"internalType\":\"uint256[2]\"}]},{\"name\":\"sigma\",\"type\":\"tuple\",\"internalType\":\"structBN254.G1Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"quorumApkIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"totalStakeIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"nonSignerStakeIndices\",\"type\":\"uint32[][]\",\"internalType\":\"uint32[][]\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"respondToTasks\",\"inputs\":[{\"name\":\"batchTasks\",\"type\":\"tuple[]\",\"internalType\":\"structITaskManager.Task[]\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"committeeTable\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"name\":\"responses\",\"type\":\"tuple[]\",\"internalType\":\"structITaskManager.TaskResponse[]\",\"components\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"outputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"fuelUsed\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"transcriptDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"certificate\",\"type\":\"tuple\",\"internalType\":\"structBLSSignatureChecker.NonSignerStakesAndSignature\",\"components\":[{\"name\":\"nonSignerQuorumBitmapIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"nonSignerPubkeys\",\"type\":\"tuple[]\",\"internalType\":\"structBN254.G1Point[]\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"quorumApks\",\"type\":\"tuple[]\",\"internalType\":\"structBN254.G1Point[]\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"apkG2\",\"type\":\"tuple\",\"internalType\":\"structBN254.G2Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256[2]\",\"internalType\":\"uint256[2]\"},{\"name\":\"Y\",\"type\":\"uint256[2]\",\"internalType\":\"uint256[2]\"}]},{\"name\":\"sigma\",\"type\":\"tuple\",\"internalType\":\"structBN254.G1Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"quorumApkIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"totalStakeIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"nonSignerStakeIndices\",\"type\":\"uint32[][]\",\"internalType\":\"uint32[][]\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"respondToTasksByCommittee\",\"inputs\":[{\"name\":\"batchTasks\",\"type\":\"tuple[]\",\"internalType\":\"structITaskManager.Task[]\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"committeeTable\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"name\":\"responses\",\"type\":\"tuple[]\",\"internalType\":\"structITaskManager.TaskResponse[]\",\"components\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"outputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"fuelUsed\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"transcriptDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"name\":\"certificate\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"respondWithProof\",\"inputs\":[{\"name\":\"task\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.Task\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"committeeTable\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"name\":\"response\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.TaskResponse\",\"components\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"outputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"fuelUsed\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"transcriptDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"name\":\"proof\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"responseDigest\",\"inputs\":[{\"name\":\"task\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.Task\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"committeeTable\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"name\":\"response\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.TaskResponse\",\"components\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"outputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"fuelUsed\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"transcriptDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"runtimeEnvironment\",\"inputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setAggregator\",\"inputs\":[{\"name\":\"newAggregator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setCommitteeConfig\",\"inputs\":[{\"name\":\"registry\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"minSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setFeeRecipient\",\"inputs\":[{\"name\":\"newRecipient\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMinTaskFee\",\"inputs\":[{\"name\":\"newMinimum\",\"type\":\"uint96\",\"internalType\":\"uint96\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setPauser\",\"inputs\":[{\"name\":\"newPauser\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setResponseWindow\",\"inputs\":[{\"name\":\"minBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setRuntimeEnvironment\",\"inputs\":[{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setStaleStakesForbidden\",\"inputs\":[{\"name\":\"forbidden\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"stakeRegistry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIStakeRegistryViews\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"staleStakesForbidden\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"unpause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"updateFunction\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"spec\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.FunctionSpec\",\"components\":[{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"mode\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.VerificationMode\"},{\"name\":\"minQuorumThreshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"zkVerifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"uris\",\"type\":\"string[]\",\"internalType\":\"string[]\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"baseFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"fuelPrice\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"httpHosts\",\"type\":\"string[]\",\"internalType\":\"string[]\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"verifyBatchLeaf\",\"inputs\":[{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"leaf\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"AggregatorChanged\",\"inputs\":[{\"name\":\"previous\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"current\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"BatchResponded\",\"inputs\":[{\"name\":\"root\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"count\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CallbackResult\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"callback\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"success\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CommitteeConfigChanged\",\"inputs\":[{\"name\":\"registry\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"minCommitteeSize\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"defaultFailoverBlocks\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FeeRecipientChanged\",\"inputs\":[{\"name\":\"previous\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"current\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FuelRefunded\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"requester\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FunctionDeactivated\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FunctionRegistered\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"spec\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structITaskManager.FunctionSpec\",\"components\":[{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"mode\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.VerificationMode\"},{\"name\":\"minQuorumThreshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"zkVerifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"uris\",\"type\":\"string[]\",\"internalType\":\"string[]\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"baseFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"fuelPrice\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"httpHosts\",\"type\":\"string[]\",\"internalType\":\"string[]\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FunctionUpdated\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"spec\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structITaskManager.FunctionSpec\",\"components\":[{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"mode\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.VerificationMode\"},{\"name\":\"minQuorumThreshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"zkVerifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"uris\",\"type\":\"string[]\",\"internalType\":\"string[]\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"baseFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"fuelPrice\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"httpHosts\",\"type\":\"string[]\",\"internalType\":\"string[]\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Initialized\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MinTaskFeeChanged\",\"inputs\":[{\"name\":\"previous\",\"type\":\"uint96\",\"indexed\":false,\"internalType\":\"uint96\"},{\"name\":\"current\",\"type\":\"uint96\",\"indexed\":false,\"internalType\":\"uint96\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferStarted\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Paused\",\"inputs\":[{\"name\":\"by\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PauserChanged\",\"inputs\":[{\"name\":\"previousPauser\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newPauser\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ResponseWindowChanged\",\"inputs\":[{\"name\":\"minBlocks\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"maxBlocks\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RuntimeEnvironmentSet\",\"inputs\":[{\"name\":\"runtime\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"StaleStakesForbiddenChanged\",\"inputs\":[{\"name\":\"forbidden\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TaskCreated\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"task\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structITaskManager.Task\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"committeeTable\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"name\":\"input\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"},{\"name\":\"inputURI\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"moduleURIs\",\"type\":\"string[]\",\"indexed\":false,\"internalType\":\"string[]\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TaskExpired\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TaskResponded\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"response\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structITaskManager.TaskResponse\",\"components\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"outputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"fuelUsed\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"transcriptDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"name\":\"responseDigest\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"signatoryRecordHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unpaused\",\"inputs\":[{\"name\":\"by\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Withdrawn\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"BatchLengthMismatch\",\"inputs\":[{\"name\":\"tasks\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"responses\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"BatchQuorumMismatch\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"BatchReferenceBlockBeforeTask\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"taskReferenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"BatchTableMismatch\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"BatchThresholdNotMet\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"quorumNumber\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"signedStake\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"totalStake\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]},{\"type\":\"error\",\"name\":\"CallbackGasTooHigh\",\"inputs\":[{\"name\":\"requested\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maximum\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"CommitteeNeedsOneQuorum\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"CommitteeSeedUnavailable\",\"inputs\":[{\"name\":\"seedBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"CommitteeSignersMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"CommitteeTask\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"CommitteeThresholdNotMet\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"seats\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"window\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"CommitteeWindowTooLong\",\"inputs\":[{\"name\":\"requested\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maximum\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"CommitteesNotEnabled\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"EmptyBatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"FailoverRoundNotReached\",\"inputs\":[{\"name\":\"round\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"current\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"FeeBelowMinimum\",\"inputs\":[{\"name\":\"paid\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minimum\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"FeeNotDivisible\",\"inputs\":[{\"name\":\"paid\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"FeeTooLarge\",\"inputs\":[{\"name\":\"paid\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maximum\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"FuelAboveLimit\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fuelUsed\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"limit\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"FuelPriceImmutable\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InactiveFunction\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InputArrayLengthMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InputDigestMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InputEmptyQuorumNumbers\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InputNonSignerLengthMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InputTooLarge\",\"inputs\":[{\"name\":\"size\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InsufficientGasForCallback\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidBLSPairingKey\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidBLSSignature\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidFunctionSpec\",\"inputs\":[{\"name\":\"reason\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"InvalidInitialization\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidQuorumApkHash\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidReferenceBlocknumber\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidRewardsEpoch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"IsPaused\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"MissingInput\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NonSignerPubkeysNotSorted\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotAggregator\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotCommitteeTask\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"NotFunctionOwner\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"NotInitializing\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotOwner\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotPauser\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotPendingOwner\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NothingToWithdraw\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"OutputDigestMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"OutputTooLargeInline\",\"inputs\":[{\"name\":\"size\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ProofRejected\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"reason\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"type\":\"error\",\"name\":\"QuorumNumbersNotSortedOrUnknown\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ResponseWindowOutOfRange\",\"inputs\":[{\"name\":\"requested\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"minimum\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maximum\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"RuntimeNotEnabled\",\"inputs\":[{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"}]},{\"type\":\"error\",\"name\":\"StaleStakes\",\"inputs\":[{\"name\":\"quorumNumber\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"TaskAlreadyExpired\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"TaskAlreadyResponded\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"TaskDeadlinePassed\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"TaskMismatch\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"TaskNotYetExpired\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"ThresholdNotMet\",\"inputs\":[{\"name\":\"quorumNumber\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"signedStake\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"totalStake\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]},{\"type\":\"error\",\"name\":\"ThresholdOutOfRange\",\"inputs\":[{\"name\":\"requested\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"minimum\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"UnknownFunction\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"UnknownTask\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"WithdrawFailed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"WrongQuorumSet\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"WrongVerificationMode\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZkOutputMalformed\",\"inputs\":[{\"name\":\"size\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ZkStatusNotOk\",\"inputs\":[{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"ZkTranscript\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZkVerifierMissing\",\"inputs\":[{\"name\":\"verifier\",\"type\":\"address\",\"internalType\":\"address\"}]}]",
	Bin: "0x610120604052348015610010575f5ffd5b506040516162eb3803806162eb83398101604081905261002f916102b1565b81806001600160a01b03166080816001600160a01b031681525050806001600160a01b031663683048356040518163ffffffff1660e01b8152600401602060405180830381865afa158015610086573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100aa91906102f1565b6001600160a01b031660a0816001600160a01b031681525050806001600160a01b0316635df459466040518163ffffffff1660e01b8152600401602060405180830381865afa1580156100ff573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061012391906102f1565b6001600160a01b031660c0816001600160a01b03168152505060a0516001600160a01b031663df5cf7236040518163ffffffff1660e01b8152600401602060405180830381865afa15801561017a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061019e91906102f1565b6001600160a01b031660e0525063ffffffff81165f036101d157604051639124389560e01b815260040160405180910390fd5b63ffffffff8116610100526101e46101eb565b5050610313565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161561023b5760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161461029a5780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b6001600160a01b038116811461029a575f5ffd5b5f5f604083850312156102c2575f5ffd5b82516102cd8161029d565b602084015190925063ffffffff811681146102e6575f5ffd5b809150509250929050565b5f60208284031215610301575f5ffd5b815161030c8161029d565b9392505050565b60805160a05160c05160e05161010051615f6a6103815f395f8181610493015261310a01525f818161094c01526135ce01525f8181610560015261359f01525f81816105b2015261357001525f81816105e501528181610adc015281816112f501526135410152615f6a5ff3fe60806040526004361061029b575f3560e01c80638456cb5911610163578063c328e5bd116100c5578063c328e5bd1461087d578063c53c45961461089c578063cdfa49f2146108bf578063d0f69579146108de578063d48ac5cf146108fd578063d98545751461091c578063df5cf7231461093b578063e30c39781461096e578063e4751f5e1461098d578063e74b981b146109a2578063ed42136f146109c1578063f2fde38b14610a47578063f9120af614610a66578063fdc3d8d714610a85575f5ffd5b80638456cb59146106c25780638da5cb5b146106d657806391739e8c146106f4578063930fb4541461070a57806393bc4590146107295780639e882716146107485780639fd0506d1461076b578063a4391e311461078a578063a768dfe7146107a9578063a7c263c1146107c8578063acca8b67146107f3578063b3f5ab5314610812578063b96ed13e14610831578063b98d09081461085d575f5ffd5b80634bebc5c61161020c5780634bebc5c6146104825780634e5b3844146104b557806357342d74146104f35780635c975abb1461051f5780635df459461461054f578063607c37771461058257806368304835146105a15780636d14a987146105d45780636d9809a0146106075780637006cbef1461061d57806374d2e22f1461063c57806379501aca1461065b57806379ba50971461067b57806383e74c981461068f575f5ffd5b80629955601461029f57806302b9db7b146102db5780631b9a1f0114610312578063245a7bfc1461033a57806327e235e3146103595780632d88af4a146103925780632d925283146103b35780633ccfd60b146103d25780633f4ba83a146103e6578063416c7e5e146103fa5780634662df781461041957806346904840146104385780634a95a39414610457575b5f5ffd5b3480156102aa575f5ffd5b50606c546102be906001600160a01b031681565b6040516001600160a01b0390911681526020015b60405180910390f35b3480156102e6575f5ffd5b506064546102fa906001600160401b031681565b6040516001600160401b0390911681526020016102d2565b6103256103203660046145c5565b610aa8565b60405163ffffffff90911681526020016102d2565b348015610345575f5ffd5b506065546102be906001600160a01b031681565b348015610364575f5ffd5b50610384610373366004614619565b606a6020525f908152604090205481565b6040519081526020016102d2565b34801561039d575f5ffd5b506103b16103ac366004614619565b610b67565b005b3480156103be575f5ffd5b506103b16103cd3660046146a5565b610bec565b3480156103dd575f5ffd5b506103b1610de6565b3480156103f1575f5ffd5b506103b1610ecb565b348015610405575f5ffd5b506103b161041436600461474c565b610f2e565b348015610424575f5ffd5b506103b1610433366004614790565b610f64565b348015610443575f5ffd5b506066546102be906001600160a01b031681565b348015610462575f5ffd5b506103846104713660046147f3565b60676020525f908152604090205481565b34801561048d575f5ffd5b506103257f000000000000000000000000000000000000000000000000000000000000000081565b3480156104c0575f5ffd5b506064546104db90600160a01b90046001600160601b031681565b6040516001600160601b0390911681526020016102d2565b3480156104fe575f5ffd5b5061051261050d36600461480e565b610ffb565b6040516102d2919061483d565b34801561052a575f5ffd5b5060025461053f90600160a01b900460ff1681565b60405190151581526020016102d2565b34801561055a575f5ffd5b506102be7f000000000000000000000000000000000000000000000000000000000000000081565b34801561058d575f5ffd5b506103b161059c3660046148a1565b6110a8565b3480156105ac575f5ffd5b506102be7f000000000000000000000000000000000000000000000000000000000000000081565b3480156105df575f5ffd5b506102be7f000000000000000000000000000000000000000000000000000000000000000081565b348015610612575f5ffd5b50610325621e848081565b348015610628575f5ffd5b506103b16106373660046148bc565b611119565b348015610647575f5ffd5b506103b1610656366004614905565b6111c3565b61066e610669366004614920565b611263565b6040516102d2919061495e565b348015610686575f5ffd5b506103b1611445565b34801561069a575f5ffd5b506103847f641da3562b2f9afe9b4b6eb6978539b901c6af38a871fb4bdef46f93523b59bc81565b3480156106cd575f5ffd5b506103b16114c6565b3480156106e1575f5ffd5b505f546102be906001600160a01b031681565b3480156106ff575f5ffd5b506103846201000081565b348015610715575f5ffd5b5061053f6107243660046149a6565b611548565b348015610734575f5ffd5b506103b1610743366004614a12565b611586565b348015610753575f5ffd5b5060645461032590600160601b900463ffffffff1681565b348015610776575f5ffd5b506002546102be906001600160a01b031681565b348015610795575f5ffd5b506103846107a4366004614a64565b6116a9565b3480156107b4575f5ffd5b506103b16107c3366004614abd565b6116c5565b3480156107d3575f5ffd5b506103846107e2366004614b48565b606d6020525f908152604090205481565b3480156107fe575f5ffd5b506103b161080d366004614b79565b611824565b34801561081d575f5ffd5b506103b161082c366004614bfc565b6118e2565b34801561083c575f5ffd5b5061085061084b3660046148a1565b611aae565b6040516102d29190614d81565b348015610868575f5ffd5b5060655461053f90600160a01b900460ff1681565b348015610888575f5ffd5b50610384610897366004614ea1565b611ad2565b3480156108a7575f5ffd5b5060645461032590600160801b900463ffffffff1681565b3480156108ca575f5ffd5b506103b16108d9366004614ec1565b611add565b3480156108e9575f5ffd5b506103b16108f8366004614f4f565b611c29565b348015610908575f5ffd5b506103b1610917366004614fa4565b611dd5565b348015610927575f5ffd5b506102fa610936366004614fdb565b611e09565b348015610946575f5ffd5b506102be7f000000000000000000000000000000000000000000000000000000000000000081565b348015610979575f5ffd5b506001546102be906001600160a01b031681565b348015610998575f5ffd5b5061038461200081565b3480156109ad575f5ffd5b506103b16109bc366004614619565b611ee1565b3480156109cc575f5ffd5b50610a236109db366004614b48565b604080518082019091525f8082526020820152505f908152606b602090815260409182902082518084019093525463ffffffff8082168452600160201b909104169082015290565b60408051825163ffffffff90811682526020938401511692810192909252016102d2565b348015610a52575f5ffd5b506103b1610a61366004614619565b611f8d565b348015610a71575f5ffd5b506103b1610a80366004614619565b61202e565b348015610a90575f5ffd5b5060645461032590600160401b900463ffffffff1681565b6002545f90600160a01b900460ff1615610ad557604051631309a56360e01b815260040160405180910390fd5b610b5f82347f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316639aa1653d6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610b36573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b5a919061501a565b6120b3565b90505b919050565b5f546001600160a01b03163314610b91576040516330cd747160e01b815260040160405180910390fd5b6002546040516001600160a01b038084169216907f95bb211a5a393c4d30c3edc9a745825fba4e6ad3e3bb949e6bf8ccdfe431a811905f90a3600280546001600160a01b0319166001600160a01b0392909216919091179055565b600254600160a01b900460ff1615610c1757604051631309a56360e01b815260040160405180910390fd5b610c1f612a37565b845f819003610c415760405163c2e5347d60e01b815260040160405180910390fd5b808414610c70576040516381b5b20760e01b815260048101829052602481018590526044015b60405180910390fd5b5f5f5f610c808a8a8a8a8a612a79565b9250925092505f610c9084612cd5565b90505f610caa8c8c610ca2858a612eaa565b8b8b88612f14565b60408051808201825263ffffffff438116825289811660208084019182525f888152606b909152939093209151825493518216600160201b0267ffffffffffffffff199094169116179190911790559050610d04846130c3565b6040805187815263ffffffff8a16602082015283917f0820267312e6a5f019f92a38ecab830a53cbb00bb1f8569ce8ad57babc1b4a25910160405180910390a25f5b86811015610dd7575f610d5860405190565b9050610dc58e8e84818110610d6f57610d6f615035565b9050602002810190610d819190615049565b8d8d85818110610d9357610d93615035565b9050602002810190610da59190615068565b898581518110610db757610db7615035565b602002602001015186613153565b610dce81604052565b50600101610d46565b50505050505050505050505050565b335f908152606a602052604081205490819003610e1657604051630686827b60e51b815260040160405180910390fd5b335f818152606a602052604080822091909155517f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d590610e599084815260200190565b60405180910390a26040515f90339083908381818185875af1925050503d805f8114610ea0576040519150601f19603f3d011682016040523d82523d5f602084013e610ea5565b606091505b5050905080610ec757604051631d42c86760e21b815260040160405180910390fd5b5050565b5f546001600160a01b03163314610ef5576040516330cd747160e01b815260040160405180910390fd5b6002805460ff60a01b1916905560405133907f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa905f90a2565b5f546001600160a01b03163314610f58576040516330cd747160e01b815260040160405180910390fd5b610f61816131df565b50565b600254600160a01b900460ff1615610f8f57604051631309a56360e01b815260040160405180910390fd5b60405163f614b7ff60e01b815273__$471cae8fcc9a82a21c2b48d6c788af9f49$__9063f614b7ff90610fcb90606890869086906004016151f3565b5f6040518083038186803b158015610fe1575f5ffd5b505af4158015610ff3573d5f5f3e3d5ffd5b505050505050565b6110036144d9565b63ffffffff82165f90815260696020908152604091829020825160c081018452815481526001820154928101929092526002810154919290919083019060ff16600381111561105457611054614829565b600381111561106557611065614829565b815260029190910154610100810460ff16602083015262010000810463ffffffff166040830152600160301b90046001600160a01b031660609091015292915050565b604051632591583160e11b8152606860048201526001600160401b038216602482015273__$471cae8fcc9a82a21c2b48d6c788af9f49$__90634b22b062906044015f6040518083038186803b158015611100575f5ffd5b505af4158015611112573d5f5f3e3d5ffd5b5050505050565b5f546001600160a01b03163314611143576040516330cd747160e01b815260040160405180910390fd5b8060675f84600181111561115957611159614829565b600181111561116a5761116a614829565b815260208101919091526040015f205581600181111561118c5761118c614829565b6040518281527f8b9591d346906cd19ebf0158b53a0263537d9269330935100febb2637018905a9060200160405180910390a25050565b5f546001600160a01b031633146111ed576040516330cd747160e01b815260040160405180910390fd5b606454604080516001600160601b03600160a01b9093048316815291831660208301527fb524f2030f9c03f4f662b5015b391aee396f12a76ab1d9f2d04a14d27fc03f99910160405180910390a1606480546001600160601b03909216600160a01b026001600160a01b03909216919091179055565b600254606090600160a01b900460ff161561129157604051631309a56360e01b815260040160405180910390fd5b815f8190036112b35760405163c2e5347d60e01b815260040160405180910390fd5b5f6112be8234615377565b9050346112cb838361538a565b146112f257604051639d8924bd60e01b815234600482015260248101839052604401610c67565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316639aa1653d6040518163ffffffff1660e01b8152600401602060405180830381865afa15801561134f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611373919061501a565b9050826001600160401b0381111561138d5761138d6153a1565b6040519080825280602002602001820160405280156113b6578160200160208202803683370190505b5093505f5b8381101561143b575f6113cd60405190565b90506113fd8888848181106113e4576113e4615035565b90506020028101906113f691906153b5565b85856120b3565b86838151811061140f5761140f615035565b602002602001019063ffffffff16908163ffffffff168152505061143281604052565b506001016113bb565b5050505092915050565b6001546001600160a01b0316331461147057604051630614e5c760e21b815260040160405180910390fd5b5f805460405133926001600160a01b03909216917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e091a35f80546001600160a01b03199081163317909155600180549091169055565b6002546001600160a01b031633148015906114eb57505f546001600160a01b03163314155b156115095760405163492f678160e01b815260040160405180910390fd5b6002805460ff60a01b1916600160a01b17905560405133907f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258905f90a2565b5f858152606b6020526040812054600160201b900463ffffffff16801580159061157b575061157b878288888888613237565b979650505050505050565b5f6115918383613351565b5090506115a66101a08301610180840161480e565b63ffffffff1643116115e057826115c56101a08401610180850161480e565b604051637a1b099360e01b8152600401610c679291906153ca565b60028101805460ff191660031790555f61160261022084016102008501614905565b6001600160601b031611156116745761162361022083016102008401614905565b6001600160601b0316606a5f6116416101c086016101a08701614619565b6001600160a01b03166001600160a01b031681526020019081526020015f205f82825461166e91906153e1565b90915550505b60405163ffffffff8416907fec024f126fc5070b1c70b8836faae58ceb08d7a58b0601b80f38f8ca4c185bde905f90a2505050565b5f6116bc6116b684613462565b8361349c565b90505b92915050565b600254600160a01b900460ff16156116f057604051631309a56360e01b815260040160405180910390fd5b6116f8612a37565b5f611705848460016134b4565b90505f806117338361171b6101208901896153f4565b61172d6101808b016101608c0161480e565b8861351e565b90925090505f80611755846117506101608b016101408c01615436565b6136a7565b91509150816117fc5761176c6101208901896153f4565b8281811061177c5761177c615035565b9050013560f81c60f81b60f81c845f0151828151811061179e5761179e615035565b6020026020010151856020015183815181106117bc576117bc615035565b60209081029190910101516040516315ba38c760e31b815260ff90931660048401526001600160601b039182166024840152166044820152606401610c67565b61180e6118098989613761565b6130c3565b61181a88888786613153565b5050505050505050565b5f546001600160a01b0316331461184e576040516330cd747160e01b815260040160405180910390fd5b606c80546001600160a01b0385166001600160b01b03199091168117600160a01b61ffff86169081029190911763ffffffff60b01b1916600160b01b63ffffffff8616908102919091179093556040805192835260208301919091528101919091527f086c83c04d2815a06cba210c5e575c81d69f5a8b5cda6a9ac6a7ae6ee7c3bafa9060600160405180910390a1505050565b600254600160a01b900460ff161561190d57604051631309a56360e01b815260040160405180910390fd5b611915612a37565b845f8190036119375760405163c2e5347d60e01b815260040160405180910390fd5b808414611961576040516381b5b20760e01b81526004810182905260248101859052604401610c67565b5f5f5f5f6119738b8b8b8b8b8b613946565b93509350935093506001851115611a1a5760408051808201825263ffffffff438116825287811660208084019182525f888152606b9091528481209351845492518416600160201b0267ffffffffffffffff1990931693169290921717909155905184917f0820267312e6a5f019f92a38ecab830a53cbb00bb1f8569ce8ad57babc1b4a2591611a119189825263ffffffff16602082015260400190565b60405180910390a25b611a23826130c3565b5f5b85811015611aa057611a988c8c83818110611a4257611a42615035565b9050602002810190611a549190615049565b8b8b84818110611a6657611a66615035565b9050602002810190611a789190615068565b878481518110611a8a57611a8a615035565b602002602001015185613153565b600101611a25565b505050505050505050505050565b611ab661451c565b613bd5805f611ac88563ffffffff8416565b9050805160208201f35b5f6116bc8383612eaa565b600254600160a01b900460ff1615611b0857604051631309a56360e01b815260040160405180910390fd5b611b10612a37565b5f611b1e602085018561480e565b90505f5f611b2c8388613ca6565b60028201549193509150600160301b90046001600160a01b031680611b6c57604051632c2dd12760e01b815263ffffffff85166004820152602401610c67565b6040516306726e2160e41b815273__$d0a4d585c3b34d4c671830626c5d792137$__90636726e21090611bab90849086908c908c908c90600401615451565b5f6040518083038186803b158015611bc1575f5ffd5b505af4158015611bd3573d5f5f3e3d5ffd5b505050505f611be2838961349c565b9050611bef848983613d04565b611c12611c046102208b016102008c01614905565b6001600160601b03166130c3565b611c1e8989835f613153565b505050505050505050565b5f611c32613d6f565b805490915060ff600160401b82041615906001600160401b03165f81158015611c585750825b90505f826001600160401b03166001148015611c735750303b155b905081158015611c81575080155b15611c9f5760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff191660011785558315611cc957845460ff60401b1916600160401b1785555b611cd3898a613d97565b606480546001600160601b03191668010000000000000001179055611cf88787613e57565b606580546001600160a01b03808b166001600160a01b0319928316811790935560668054918d16919092161790556040515f907f130d4e632a6163e8dab92a952e84f85d90e06c320d7c56e3b942f6fc02b65558908290a36040516001600160a01b038a16905f907f0bc21fe5c3ab742ff1d15b5c4477ffbacf1167e618228078fa625edebe7f331d908290a38315611c1e57845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a1505050505050505050565b5f546001600160a01b03163314611dff576040516330cd747160e01b815260040160405180910390fd5b610ec78282613e57565b6002545f90600160a01b900460ff1615611e3657604051631309a56360e01b815260040160405180910390fd5b606480546001600160401b0316905f611e4e83615503565b91906101000a8154816001600160401b0302191690836001600160401b03160217905550905073__$471cae8fcc9a82a21c2b48d6c788af9f49$__634f752af8606883856040518463ffffffff1660e01b8152600401611eb0939291906151f3565b5f6040518083038186803b158015611ec6575f5ffd5b505af4158015611ed8573d5f5f3e3d5ffd5b50505050919050565b5f546001600160a01b03163314611f0b576040516330cd747160e01b815260040160405180910390fd5b6001600160a01b038116611f325760405163d92e233d60e01b815260040160405180910390fd5b6066546040516001600160a01b038084169216907f0bc21fe5c3ab742ff1d15b5c4477ffbacf1167e618228078fa625edebe7f331d905f90a3606680546001600160a01b0319166001600160a01b0392909216919091179055565b5f546001600160a01b03163314611fb7576040516330cd747160e01b815260040160405180910390fd5b6001600160a01b038116611fde5760405163d92e233d60e01b815260040160405180910390fd5b600180546001600160a01b0319166001600160a01b038381169182179092555f8054604051929316917f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227009190a350565b5f546001600160a01b03163314612058576040516330cd747160e01b815260040160405180910390fd5b6065546040516001600160a01b038084169216907f130d4e632a6163e8dab92a952e84f85d90e06c320d7c56e3b942f6fc02b65558905f90a3606580546001600160a01b0319166001600160a01b0392909216919091179055565b5f6001600160601b038311156120ec57604051630d67e66360e21b8152600481018490526001600160601b036024820152604401610c67565b5f6068816120fd60208801886148a1565b6001600160401b0316815260208101919091526040015f2080549091506001600160a01b03166121595761213460208601866148a1565b60405163af2c671160e01b81526001600160401b039091166004820152602401610c67565b8054600160a01b900460ff1661219b5761217660208601866148a1565b6040516319679ec760e21b81526001600160401b039091166004820152602401610c67565b60645460058201545f916001600160601b03600160a01b9091048116600160301b90920416116121dd57606454600160a01b90046001600160601b03166121f3565b6005820154600160301b90046001600160601b03165b600583015460038401546001600160601b0392831693505f9261222792600160901b900416906001600160401b031661538a565b61223190836153e1565b90508086101561225e576040516308d9f2ef60e41b81526004810187905260248101829052604401610c67565b60028301545f90606790829060ff16600181111561227e5761227e614829565b600181111561228f5761228f614829565b815260208101919091526040015f20549050806122c85760028401546040516318377c4560e01b8152610c679160ff169060040161552d565b5f806122d760208b018b6153f4565b9050111561238d57620100006122f060208b018b6153f4565b9050111561232d5761230560208a018a6153f4565b604051630693c11960e21b8152610c6792506201000090600401918252602082015260400190565b61233a60208a018a6153f4565b604051612348929190615540565b604080519182900390912091508901351580159061236a575080896040013514155b15612388576040516347c9d91760e11b815260040160405180910390fd5b6123cf565b604089013515806123aa57506123a660608a018a6153f4565b1590505b156123c857604051630eb02bfb60e01b815260040160405180910390fd5b5060408801355b6123dc60808a018a6153f4565b90505f036123fd57604051630d38300960e01b815260040160405180910390fd5b5f5b61240c60808b018b6153f4565b90508110156124b4575f61242360808c018c6153f4565b8381811061243357612433615035565b919091013560f81c91505060ff89168110158061248d57505f8211801561248d575061246260808c018c6153f4565b61246d60018561554f565b81811061247c5761247c615035565b919091013560f81c60ff8316111590505b156124ab57604051630d38300960e01b815260040160405180910390fd5b506001016123ff565b50600285015462010000900460ff16806124d460c08c0160a08d01615436565b60ff1610806124f5575060646124f060c08c0160a08d01615436565b60ff16115b156125315761250a60c08b0160a08c01615436565b60405163095f7c5f60e01b815260ff91821660048201529082166024820152604401610c67565b606454600160601b900463ffffffff1661255160e08c0160c08d0161480e565b63ffffffff1610806125865750606454600160801b900463ffffffff1661257e60e08c0160c08d0161480e565b63ffffffff16115b156125d15761259b60e08b0160c08c0161480e565b606454604051633fdfa8df60e11b8152610c67929163ffffffff600160601b8204811692600160801b9092041690600401615562565b621e84806125e76101208c016101008d0161480e565b63ffffffff161115612624576126056101208b016101008c0161480e565b621e84806040516302204a4b60e31b8152600401610c679291906153ca565b6040805161022081019091525f908061264060208e018e6148a1565b6001600160401b031681526001808a0154602083015260028a015460409092019160ff169081111561267457612674614829565b81526020808201879052604080516080808201835260038d01546001600160401b038082168452600160401b8204169483019490945263ffffffff600160801b8504811683850152600160a01b909404909316606080830191909152918401528201869052908101906126e9908e018e6153f4565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050509082525060200161273260c08e0160a08f01615436565b60ff16815263ffffffff4316602082015260400161275660e08e0160c08f0161480e565b6127609043615582565b63ffffffff1681523360208201526040016127826101008e0160e08f01614619565b6001600160a01b031681526020015f6001600160a01b03168d60e00160208101906127ad9190614619565b6001600160a01b0316146127d2576127cd6101208e016101008f0161480e565b6127d4565b5f5b63ffffffff1681526001600160601b038c1660208201525f6040820181905260608201819052608090910152600588015490915061ffff161561281f5761281f876001018c83613f16565b60648054600160401b900463ffffffff1690600861283c8361559e565b91906101000a81548163ffffffff021916908363ffffffff16021790555097506040518060c001604052808260405160200161287891906156fa565b60408051601f19818403018152918152815160209283012083525f9183019190915201600181525f602082018190526040820152606001600160028a0154610100900460ff1660018111156128cf576128cf614829565b146128da575f6128f0565b6002890154630100000090046001600160a01b03165b6001600160a01b031681525060695f8a63ffffffff1663ffffffff1681526020019081526020015f205f820151815f0155602082015181600101556040820151816002015f6101000a81548160ff0219169083600381111561295457612954614829565b0217905550606082015160029091018054608084015160a0909401516001600160a01b0316600160301b02600160301b600160d01b031963ffffffff958616620100000265ffffffff00001960ff909616610100029590951665ffffffffff001990931692909217939093171691909117905588167ff62631fa488beda588ea9541801bc1130c7c8d5cf695f5fb80f43cfdccb0874b826129f860208f018f6153f4565b8f8060600190612a0891906153f4565b8d600101600301604051612a219695949392919061570c565b60405180910390a2505050505050509392505050565b6065546001600160a01b03168015801590612a5b5750336001600160a01b03821614155b15610f61576040516312cf973160e01b815260040160405180910390fd5b60605f8086806001600160401b03811115612a9657612a966153a1565b604051908082528060200260200182016040528015612abf578160200160208202803683370190505b5093505f89895f818110612ad557612ad5615035565b9050602002810190612ae79190615049565b612af6906101208101906153f4565b604051612b04929190615540565b60405190819003902090505f5b82811015612cc7575f612b2360405190565b9050368c8c84818110612b3857612b38615035565b9050602002810190612b4a9190615049565b905083612b5b6101208301836153f4565b604051612b69929190615540565b604051809103902014612b9257604051630c6a41e960e31b815260048101849052602401610c67565b63ffffffff8916612bab6101808301610160840161480e565b63ffffffff161115612bfb5782612bca6101808301610160840161480e565b604051631adfe8e960e01b8152600481019290925263ffffffff90811660248301528a166044820152606401610c67565b612c29818c8c86818110612c1157612c11615035565b9050602002810190612c239190615068565b5f6134b4565b888481518110612c3b57612c3b615035565b602002602001018181525050612c74818c8c86818110612c5d57612c5d615035565b9050602002810190612c6f9190615068565b613761565b612c7e90886153e1565b965060ff8616612c9661016083016101408401615436565b60ff161115612cb457612cb161016082016101408301615436565b95505b612cbd82604052565b5050600101612b11565b505050955095509592505050565b80515f9081816001600160401b03811115612cf257612cf26153a1565b604051908082528060200260200182016040528015612d1b578160200160208202803683370190505b5090505f5b82811015612d6f57612d4a858281518110612d3d57612d3d615035565b6020026020010151614003565b828281518110612d5c57612d5c615035565b6020908102919091010152600101612d20565b505b6001821115612e87575f612d86600284615377565b90505f5b81811015612e1457612def83612da183600261538a565b81518110612db157612db1615035565b602002602001015184836002612dc7919061538a565b612dd29060016153e1565b81518110612de257612de2615035565b602002602001015161401a565b838281518110612e0157612e01615035565b6020908102919091010152600101612d8a565b50612e2060028461583f565b600103612e6a5781612e3360018561554f565b81518110612e4357612e43615035565b6020026020010151828281518110612e5d57612e5d615035565b6020026020010181815250505b612e7560028461583f565b612e7f90826153e1565b925050612d71565b805f81518110612e9957612e99615035565b602002602001015192505050919050565b604080517f641da3562b2f9afe9b4b6eb6978539b901c6af38a871fb4bdef46f93523b59bc602082015246918101919091523060608201526080810183905260a081018290525f9060c0015b60405160208183030381529060405280519060200120905092915050565b5f612f32604051806040016040528060608152602001606081525090565b612f708689895f818110612f4857612f48615035565b9050602002810190612f5a9190615049565b612f69906101208101906153f4565b888861351e565b925090505f612f7f82856136a7565b5090508015612f8f5750506130b9565b5f5b888110156130b5575f5f612fd6858d8d86818110612fb157612fb1615035565b9050602002810190612fc39190615049565b6117509061016081019061014001615436565b91509150816130ab57828c8c85818110612ff257612ff2615035565b90506020028101906130049190615049565b613013906101208101906153f4565b8381811061302357613023615035565b9050013560f81c60f81b60f81c865f0151838151811061304557613045615035565b60200260200101518760200151848151811061306357613063615035565b602090810291909101015160405163feffdcc760e01b8152600481019490945260ff90921660248401526001600160601b039081166044840152166064820152608401610c67565b5050600101612f91565b5050505b9695505050505050565b805f036130cd5750565b6066546001600160a01b03165f908152606a6020526040812080548392906130f69084906153e1565b90915550819050606d5f61313063ffffffff7f00000000000000000000000000000000000000000000000000000000000000001642615377565b81526020019081526020015f205f82825461314b91906153e1565b909155505050565b613160602084018461480e565b63ffffffff167f112e3c4bfb0d74842df248a1a31ccc9af52e6d6423adb72bf2d839288649e833848484604051613199939291906158d9565b60405180910390a25f6131b46101e086016101c08701614619565b6001600160a01b0316146131d9576131d96131d2602085018561480e565b8585614037565b50505050565b60658054821515600160a01b0260ff60a01b199091161790556040517f512552a88da47bab1d1fb1e361db2a4b32e41d2e5106b9ff864e6b2bd17670d79061322c90831515815260200190565b60405180910390a150565b5f85841061324657505f6130b9565b5f61325086614003565b90505f875b60018111156133355761326960028861583f565b6001036132b657848203613282575f93505050506130b9565b6132af868684613291816158fd565b95508181106132a2576132a2615035565b905060200201358461401a565b925061330a565b806132c28860016153e1565b101561330a578482036132da575f93505050506130b9565b613307838787856132ea816158fd565b96508181106132fb576132fb615035565b9050602002013561401a565b92505b613315600288615377565b965060026133248260016153e1565b61332e9190615377565b9050613255565b50808414801561334457508882145b9998505050505050505050565b63ffffffff82165f9081526069602052604081209061336f83613462565b90505f600283015460ff16600381111561338b5761338b614829565b036133b15760405163d10cfe7560e01b815263ffffffff85166004820152602401610c67565b815481146133da576040516373934be360e01b815263ffffffff85166004820152602401610c67565b60028083015460ff1660038111156133f4576133f4614829565b0361341a5760405163b800867160e01b815263ffffffff85166004820152602401610c67565b6003600283015460ff16600381111561343557613435614829565b0361345b5760405163063a996560e21b815263ffffffff85166004820152602401610c67565b9250929050565b5f806134726101208401846153f4565b90509050604051601f19601f8301166102a001602082528085602084013760200190209392505050565b5f46308484604051602001612ef69493929190615915565b5f806134c3602085018561480e565b90505f5f6134d18388613ca6565b90925090506134e861024088016102208901615941565b61ffff161561351257604051630f8d62bd60e01b815263ffffffff84166004820152602401610c67565b61157b8282888861419d565b60408051808201909152606080825260208201525f5f6040518060a001604052807f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316815260200161360f60655460ff600160a01b9091041690565b15159052604051630e2ded6f60e01b815290915073__$f67e1a8949bb391e6e7f6e05ec5faf70d5$__90630e2ded6f906136579084908c908c908c908c908c90600401615b84565b5f60405180830381865af4158015613671573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526136989190810190615cb1565b92509250509550959350505050565b5f80805b846020015151811015613754575f855f015182815181106136ce576136ce615035565b602002602001015190505f866020015183815181106136ef576136ef615035565b60200260200101519050806001600160601b03165f1480613737575061372160ff87166001600160601b03831661538a565b6137356001600160601b038416606461538a565b105b1561374a575f839450945050505061345b565b50506001016136ab565b506001945f945092505050565b5f8061377360a08501608086016148a1565b90505f61378660a08501608086016148a1565b9050816001600160401b0316816001600160401b031611156137e8576137af602085018561480e565b604051631923bef960e11b815263ffffffff90911660048201526001600160401b03808316602483015283166044820152606401610c67565b5f6068816137f960208901896148a1565b6001600160401b0316815260208101919091526040015f2060050154600160901b90046001600160601b031661382f8385615d6f565b6001600160401b0316613842919061538a565b9050805f036138705761385d61022087016102008801614905565b6001600160601b031693505050506116bf565b80606a5f6138866101c08a016101a08b01614619565b6001600160a01b03166001600160a01b031681526020019081526020015f205f8282546138b391906153e1565b909155506138cb90506101c087016101a08801614619565b6001600160a01b03166138e1602087018761480e565b63ffffffff167f310fe357cc6acd8477518319f136b9a0e9b455b898eb039b2eb81c28c2be0af68360405161391891815260200190565b60405180910390a38061393361022088016102008901614905565b6001600160601b03166130b9919061554f565b60605f808088806001600160401b03811115613964576139646153a1565b60405190808252806020026020018201604052801561398d578160200160208202803683370190505b5094505f816001600160401b038111156139a9576139a96153a1565b6040519080825280602002602001820160405280156139d2578160200160208202803683370190505b5090505f826001600160401b038111156139ee576139ee6153a1565b604051908082528060200260200182016040528015613a17578160200160208202803683370190505b5090505f5b83811015613b7957368e8e83818110613a3757613a37615035565b9050602002810190613a499190615049565b90508e8e5f818110613a5d57613a5d615035565b9050602002810190613a6f9190615049565b613a8290610280810190610260016148a1565b6001600160401b0316613a9d610280830161026084016148a1565b6001600160401b031614613ac7576040516309a9f4e760e31b815260048101839052602401610c67565b613af8818e8e85818110613add57613add615035565b9050602002810190613aef9190615068565b876001146142b6565b8b8581518110613b0a57613b0a615035565b60200260200101878681518110613b2357613b23615035565b60200260200101878781518110613b3c57613b3c615035565b602090810291909101019290925291905252613b64818e8e85818110612c5d57612c5d615035565b613b6e90886153e1565b965050600101613a1c565b50613bbe8d8d5f818110613b8f57613b8f615035565b9050602002810190613ba19190615049565b613bb490610280810190610260016148a1565b83838a8d8d6143bc565b979e909d50949b5095995092975050505050505050565b604080516068602482018190526001600160401b03841660448084019190915283518084039091018152606490920183526020820180516001600160e01b0316637c722e2360e11b1790529151606092915f9173__$471cae8fcc9a82a21c2b48d6c788af9f49$__6001600160a01b031691613c5091615d8e565b5f60405180830381855af49150503d805f8114613c88576040519150601f19603f3d011682016040523d82523d5f602084013e613c8d565b606091505b509350905080613c9f57825160208401fd5b5050919050565b5f5f613cb28484613351565b9092509050613cc96101a08401610180850161480e565b63ffffffff1643111561345b5783613ce96101a08501610180860161480e565b6040516345581d2360e01b8152600401610c679291906153ca565b6002838101805460ff19169091179055613d246040830160208401615436565b60028401805465ffffffffff00191661010060ff939093169290920265ffffffff0000191691909117620100004363ffffffff16021790558015613d6a57600183018190555b505050565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a006116bf565b613d9f614499565b6001600160a01b038216613dc65760405163d92e233d60e01b815260040160405180910390fd5b5f80546001600160a01b03199081166001600160a01b03858116918217845560028054909316908516179091556040519091907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a36040516001600160a01b038216905f907f95bb211a5a393c4d30c3edc9a745825fba4e6ad3e3bb949e6bf8ccdfe431a811908290a35050565b63ffffffff82161580613e7557508163ffffffff168163ffffffff16105b15613e9957808282604051633fdfa8df60e11b8152600401610c6793929190615562565b6064805463ffffffff838116600160801b0263ffffffff60801b19918616600160601b029190911667ffffffffffffffff60601b19909216919091171790556040517f91f2427424ad1adbffdb49baf280f6a98bf0ce59173be0956d90f98d4e9bbe4e90613f0a90849084906153ca565b60405180910390a15050565b73__$471cae8fcc9a82a21c2b48d6c788af9f49$__630dd47e7384613f3e60808601866153f4565b613f4e60e0880160c0890161480e565b606c5460405160e087901b6001600160e01b0319168152613f9a95949392916001600160a01b03811691600160a01b820461ffff1691600160b01b900463ffffffff1690600401615da4565b606060405180830381865af4158015613fb5573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613fd99190615dfb565b6001600160401b031661020084015263ffffffff166101e083015261ffff166101c0909101525050565b5f6040515f81536001810192909252506021902090565b5f6040516001815360018101939093525060218201526041902090565b5f61404a61020084016101e0850161480e565b63ffffffff169050613a98603f61406283604061538a565b61406c9190615377565b61407691906153e1565b5a10156140965760405163657989e960e01b815260040160405180910390fd5b5f846140a560208601866148a1565b6140b76101c087016101a08801614619565b86602001358660200160208101906140cf9190615436565b60408801356140e160608a018a6153f4565b6040516024016140f8989796959493929190615e3a565b60408051601f198184030181529190526020810180516001600160e01b0316634d63ee6960e11b17905290505f6141376101e086016101c08701614619565b90505f5f5f8451602086015f8689f19050816001600160a01b03168763ffffffff167f492dee2089147e802e0a151910b45782543df141b7285faf1bf4a0548317ff788360405161418c911515815260200190565b60405180910390a350505050505050565b60028401545f90600160301b90046001600160a01b0316156141e8576141c6602084018461480e565b604051632c2dd12760e01b815263ffffffff9091166004820152602401610c67565b6120006141f860608501856153f4565b9050111561422b5761420d60608401846153f4565b604051634095ed0160e01b8152610c67925060040190815260200190565b5f61423960608501856153f4565b905011801561426e5750604083013561425560608501856153f4565b604051614263929190615540565b604051809103902014155b1561428c57604051631d964d8f60e21b815260040160405180910390fd5b614296848461349c565b90506142ae8584846142a8575f613d04565b83613d04565b949350505050565b5f8080806142d06142ca602088018861480e565b88613ca6565b935090506142e661024088016102208901615941565b61ffff165f0361431f576142fd602087018761480e565b6040516304cca84b60e31b815263ffffffff9091166004820152602401610c67565b61432b8184888861419d565b93506143b061434261018089016101608a0161480e565b6143546102408a016102208b01615941565b6143666102608b016102408c0161480e565b6143786101608c016101408d01615436565b63ffffffff841665ffff00000000602085901b161763ffffffff60301b603084901b161760ff60501b605083901b1617949350505050565b91505093509350939050565b5f5f5f855f815181106143d1576143d1615035565b602002602001015190506001865111156143fe576143ee86612cd5565b92506143fb838751612eaa565b90505b606c54604051637d76062160e01b815273__$f67e1a8949bb391e6e7f6e05ec5faf70d5$__91637d7606219161444c916001600160a01b0316908d908d908d9088908d908d90600401615ec9565b602060405180830381865af4158015614467573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061448b9190615f53565b915050965096945050505050565b6144a16144c0565b6144be57604051631afcd79f60e31b815260040160405180910390fd5b565b5f6144c9613d6f565b54600160401b900460ff16919050565b6040518060c001604052805f81526020015f81526020015f600381111561450257614502614829565b81525f602082018190526040820181905260609091015290565b604080516060810182525f80825260208201529081016145b360408051610180810182525f8082526020808301829052828401829052606080840183905260808085018490528551908101865283815291820183905293810182905280840182905260a083015260c0820183905260e082018190526101008201819052610120820181905261014082015261016081019190915290565b905290565b6001600160a01b03169052565b5f602082840312156145d5575f5ffd5b81356001600160401b038111156145ea575f5ffd5b820161012081850312156145fc575f5ffd5b9392505050565b80356001600160a01b0381168114610b62575f5ffd5b5f60208284031215614629575f5ffd5b6116bc82614603565b5f5f83601f840112614642575f5ffd5b5081356001600160401b03811115614658575f5ffd5b6020830191508360208260051b850101111561345b575f5ffd5b63ffffffff81168114610f61575f5ffd5b8035610b6281614672565b5f610180828403121561469f575f5ffd5b50919050565b5f5f5f5f5f5f608087890312156146ba575f5ffd5b86356001600160401b038111156146cf575f5ffd5b6146db89828a01614632565b90975095505060208701356001600160401b038111156146f9575f5ffd5b61470589828a01614632565b909550935050604087013561471981614672565b915060608701356001600160401b03811115614733575f5ffd5b61473f89828a0161468e565b9150509295509295509295565b5f6020828403121561475c575f5ffd5b813580151581146145fc575f5ffd5b6001600160401b0381168114610f61575f5ffd5b5f6101e0828403121561469f575f5ffd5b5f5f604083850312156147a1575f5ffd5b82356147ac8161476b565b915060208301356001600160401b038111156147c6575f5ffd5b6147d28582860161477f565b9150509250929050565b60028110610f61575f5ffd5b8035610b62816147dc565b5f60208284031215614803575f5ffd5b81356145fc816147dc565b5f6020828403121561481e575f5ffd5b81356145fc81614672565b634e487b7160e01b5f52602160045260245ffd5b8151815260208083015190820152604082015160c08201906004811061486557614865614829565b604083015260608381015160ff169083015260808084015163ffffffff169083015260a0928301516001600160a01b0316929091019190915290565b5f602082840312156148b1575f5ffd5b81356145fc8161476b565b5f5f604083850312156148cd575f5ffd5b82356148d8816147dc565b946020939093013593505050565b6001600160601b0381168114610f61575f5ffd5b8035610b62816148e6565b5f60208284031215614915575f5ffd5b81356145fc816148e6565b5f5f60208385031215614931575f5ffd5b82356001600160401b03811115614946575f5ffd5b61495285828601614632565b90969095509350505050565b602080825282518282018190525f918401906040840190835b8181101561499b57835163ffffffff16835260209384019390920191600101614977565b509095945050505050565b5f5f5f5f5f608086880312156149ba575f5ffd5b85359450602086013593506040860135925060608601356001600160401b038111156149e4575f5ffd5b6149f088828901614632565b969995985093965092949392505050565b5f610280828403121561469f575f5ffd5b5f5f60408385031215614a23575f5ffd5b8235614a2e81614672565b915060208301356001600160401b03811115614a48575f5ffd5b6147d285828601614a01565b5f60c0828403121561469f575f5ffd5b5f5f60408385031215614a75575f5ffd5b82356001600160401b03811115614a8a575f5ffd5b614a9685828601614a01565b92505060208301356001600160401b03811115614ab1575f5ffd5b6147d285828601614a54565b5f5f5f60608486031215614acf575f5ffd5b83356001600160401b03811115614ae4575f5ffd5b614af086828701614a01565b93505060208401356001600160401b03811115614b0b575f5ffd5b614b1786828701614a54565b92505060408401356001600160401b03811115614b32575f5ffd5b614b3e8682870161468e565b9150509250925092565b5f60208284031215614b58575f5ffd5b5035919050565b61ffff81168114610f61575f5ffd5b8035610b6281614b5f565b5f5f5f60608486031215614b8b575f5ffd5b614b9484614603565b92506020840135614ba481614b5f565b91506040840135614bb481614672565b809150509250925092565b5f5f83601f840112614bcf575f5ffd5b5081356001600160401b03811115614be5575f5ffd5b60208301915083602082850101111561345b575f5ffd5b5f5f5f5f5f5f60608789031215614c11575f5ffd5b86356001600160401b03811115614c26575f5ffd5b614c3289828a01614632565b90975095505060208701356001600160401b03811115614c50575f5ffd5b614c5c89828a01614632565b90955093505060408701356001600160401b03811115614c7a575f5ffd5b614c8689828a01614bbf565b979a9699509497509295939492505050565b60028110610f6157610f61614829565b614cb181614c98565b9052565b6001600160401b0381511682526001600160401b03602082015116602083015263ffffffff604082015116604083015263ffffffff60608201511660608301525050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f82825180855260208501945060208160051b830101602085015f5b83811015614d7557601f19858403018852614d5f838351614cf9565b6020988901989093509190910190600101614d43565b50909695505050505050565b6020815260018060a01b0382511660208201526020820151151560408201525f6040830151606080840152805160808401526020810151614dc560a0850182614ca8565b506040810151614dd860c0850182614ca8565b50606081015160ff1660e08401526080810151614df96101008501826145b8565b5060a0810151614e0d610120850182614cb5565b5060c08101516101e06101a0850152614e2a610260850182614d27565b905060e0820151614e426101c086018261ffff169052565b5061010082015163ffffffff166101e08501526101208201516001600160601b039081166102008601526101408301511661022085015261016090910151838203607f190161024085015290614e988183614d27565b95945050505050565b5f5f60408385031215614eb2575f5ffd5b50508035926020909101359150565b5f5f5f5f60608587031215614ed4575f5ffd5b84356001600160401b03811115614ee9575f5ffd5b614ef587828801614a01565b94505060208501356001600160401b03811115614f10575f5ffd5b614f1c87828801614a54565b93505060408501356001600160401b03811115614f37575f5ffd5b614f4387828801614bbf565b95989497509550505050565b5f5f5f5f60808587031215614f62575f5ffd5b614f6b85614603565b9350614f7960208601614603565b92506040850135614f8981614672565b91506060850135614f9981614672565b939692955090935050565b5f5f60408385031215614fb5575f5ffd5b8235614fc081614672565b91506020830135614fd081614672565b809150509250929050565b5f60208284031215614feb575f5ffd5b81356001600160401b03811115615000575f5ffd5b6142ae8482850161477f565b60ff81168114610f61575f5ffd5b5f6020828403121561502a575f5ffd5b81516145fc8161500c565b634e487b7160e01b5f52603260045260245ffd5b5f823561027e1983360301811261505e575f5ffd5b9190910192915050565b5f823560be1983360301811261505e575f5ffd5b8035610b628161500c565b80356150928161476b565b6001600160401b0316825260208101356150ab8161476b565b6001600160401b0316602083015260408101356150c781614672565b63ffffffff16604083015260608101356150e081614672565b63ffffffff81166060840152505050565b5f5f8335601e19843603018112615106575f5ffd5b83016020810192503590506001600160401b03811115615124575f5ffd5b8060051b360382131561345b575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b5f5f8335601e19843603018112615172575f5ffd5b83016020810192503590506001600160401b03811115615190575f5ffd5b80360382131561345b575f5ffd5b5f8383855260208501945060208460051b820101835f5b86811015614d7557838303601f190188526151d0828761515d565b6151db858284615135565b60209a8b019a909550939093019250506001016151b5565b8381526001600160401b0383166020820152606060408201525f5f8335905080606084015250615225602084016147e8565b6152326080840182614ca8565b5061523f604084016147e8565b61524c60a0840182614ca8565b506152596060840161507c565b60ff1660c083015261526d60808401614603565b61527a60e08401826145b8565b5061528c610100830160a08501615087565b61529a6101208401846150f1565b6101e06101808501526152b26102408501828461519e565b9150506152c26101408501614b6e565b61ffff166101a08401526152d96101608501614683565b63ffffffff166101c08401526152f261018085016148fa565b6001600160601b03166101e084015261530e6101a085016148fa565b6001600160601b031661020084015261532b6101c08501856150f1565b848303605f190161022086015261534383828461519e565b98975050505050505050565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f826153855761538561534f565b500490565b80820281158282048414176116bf576116bf615363565b634e487b7160e01b5f52604160045260245ffd5b5f823561011e1983360301811261505e575f5ffd5b63ffffffff92831681529116602082015260400190565b808201808211156116bf576116bf615363565b5f5f8335601e19843603018112615409575f5ffd5b8301803591506001600160401b03821115615422575f5ffd5b60200191503681900382131561345b575f5ffd5b5f60208284031215615446575f5ffd5b81356145fc8161500c565b6001600160a01b038616815260208101859052608060408201525f843561547781614672565b63ffffffff16608083015260208501356154908161500c565b60ff1660a0830152604085013560c08301526154af606086018661515d565b60c060e08501526154c561014085018284615135565b91505060808601356154d68161476b565b6001600160401b031661010084015260a08601356101208401528281036060840152615343818587615135565b5f6001600160401b0382166001600160401b03810361552457615524615363565b60010192915050565b6020810161553a83614c98565b91905290565b818382375f9101908152919050565b818103818111156116bf576116bf615363565b63ffffffff93841681529183166020830152909116604082015260600190565b63ffffffff81811683821601908111156116bf576116bf615363565b5f63ffffffff821663ffffffff810361552457615524615363565b80516001600160401b03168252602081015160208301525f60408201516155e36040850182614ca8565b506060820151606084015260808201516156006080850182614cb5565b5060a082015161010084015260c0820151610280610120850152615628610280850182614cf9565b905060e083015161563f61014086018260ff169052565b5061010083015163ffffffff908116610160860152610120840151166101808501526101408301516156756101a08601826145b8565b5061016083015161568a6101c08601826145b8565b5061018083015163ffffffff81166101e0860152506101a08301516001600160601b038116610200860152506101c083015161ffff8116610220860152506101e083015163ffffffff8116610240860152506102008301516001600160401b038116610260860152509392505050565b602081525f6116bc60208301846155b9565b608081525f61571e60808301896155b9565b828103602084015261573181888a615135565b90508281036040840152615746818688615135565b9050828103606084015280845480835260208301915060208160051b840101865f5260205f205f5b8381101561582d57858303601f1901855281545f90600181811c9082168061579757607f821691505b6020821081036157b557634e487b7160e01b5f52602260045260245ffd5b818752602087018180156157d057600181146157e657615812565b60ff198516825283151560051b82019550615812565b5f888152602090205f5b8581101561580c578154848201526001909101906020016157f0565b83019650505b5050506020979097019650909350506001918201910161576e565b50909c9b505050505050505050505050565b5f8261584d5761584d61534f565b500690565b5f813561585e81614672565b63ffffffff16835260208201356158748161500c565b60ff16602084015260408281013590840152615893606083018361515d565b60c060608601526158a860c086018284615135565b91505060808301356158b98161476b565b6001600160401b0316608085015260a09283013592909301919091525090565b606081525f6158eb6060830186615852565b60208301949094525060400152919050565b5f6001820161590e5761590e615363565b5060010190565b84815260018060a01b0384166020820152826040820152608060608201525f6130b96080830184615852565b5f60208284031215615951575f5ffd5b81356145fc81614b5f565b8183526020830192505f815f5b8481101561599757813561597c81614672565b63ffffffff1686526020958601959190910190600101615969565b5093949350505050565b5f5f8335601e198436030181126159b6575f5ffd5b83016020810192503590506001600160401b038111156159d4575f5ffd5b8060061b360382131561345b575f5ffd5b8183526020830192505f815f5b84811015615997578135865260208083013590870152604095860195909101906001016159f2565b6040818337604080820160408401375050565b5f8383855260208501945060208460051b820101835f5b86811015614d7557838303601f19018852615a5f82876150f1565b615a6a85828461595c565b60209a8b019a90955093909301925050600101615a44565b5f615a8d82836150f1565b6101808552615aa16101808601828461595c565b915050615ab160208401846159a1565b8583036020870152615ac48382846159e5565b92505050615ad560408401846159a1565b8583036040870152615ae88382846159e5565b92505050615afc6060850160608501615a1a565b615b1660e0850160e0850180358252602090810135910152565b615b246101208401846150f1565b858303610120870152615b3883828461595c565b92505050615b4a6101408401846150f1565b858303610140870152615b5e83828461595c565b92505050615b706101608401846150f1565b8583036101608701526130b9838284615a2d565b86516001600160a01b0390811682526020808901518216908301526040808901518216908301526060808901519091169082015260808088015115159082015260a0810186905261012060c082018190525f90615be49083018688615135565b63ffffffff851660e08401528281036101008401526133448185615a82565b604051601f8201601f191681016001600160401b0381118282101715615c2b57615c2b6153a1565b604052919050565b5f82601f830112615c42575f5ffd5b81516001600160401b03811115615c5b57615c5b6153a1565b8060051b615c6b60208201615c03565b91825260208185018101929081019086841115615c86575f5ffd5b6020860192505b838310156130b9578251615ca0816148e6565b825260209283019290910190615c8d565b5f5f60408385031215615cc2575f5ffd5b82516001600160401b03811115615cd7575f5ffd5b830160408186031215615ce8575f5ffd5b604080519081016001600160401b0381118282101715615d0a57615d0a6153a1565b60405281516001600160401b03811115615d22575f5ffd5b615d2e87828501615c33565b82525060208201516001600160401b03811115615d49575f5ffd5b615d5587828501615c33565b602083810191909152959095015190969095509350505050565b6001600160401b0382811682821603908111156116bf576116bf615363565b5f82518060208501845e5f920191825250919050565b87815260c060208201525f615dbd60c08301888a615135565b63ffffffff96871660408401526001600160a01b039590951660608301525061ffff92909216608083015290921660a0909201919091529392505050565b5f5f5f60608486031215615e0d575f5ffd5b8351615e1881614b5f565b6020850151909350615e2981614672565b6040850151909250614bb48161476b565b63ffffffff891681526001600160401b038816602082015260018060a01b038716604082015285606082015260ff851660808201528360a082015260e060c08201525f615e8b60e083018486615135565b9a9950505050505050505050565b5f8151808452602084019350602083015f5b82811015615997578151865260209586019590910190600101615eab565b6001600160a01b03881681526001600160401b03871660208083019190915260c06040830181905287519083018190525f9188019060e0840190835b81811015615f23578351835260209384019390920191600101615f05565b50508381036060850152615f378189615e99565b91505085608084015282810360a0840152615e8b818587615135565b5f60208284031215615f63575f5ffd5b505191905056",
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
// Solidity: function getFunction(uint64 functionId) view returns((address,bool,(bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96,string[])))
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
// Solidity: function getFunction(uint64 functionId) view returns((address,bool,(bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96,string[])))
func (_TaskManager *TaskManagerSession) GetFunction(functionId uint64) (ITaskManagerFunctionRecord, error) {
	return _TaskManager.Contract.GetFunction(&_TaskManager.CallOpts, functionId)
}

// GetFunction is a free data retrieval call binding the contract method 0xb96ed13e.
//
// Solidity: function getFunction(uint64 functionId) view returns((address,bool,(bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96,string[])))
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

// ResponseDigest is a free data retrieval call binding the contract method 0xa4391e31.
//
// Solidity: function responseDigest((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task, (uint32,uint8,bytes32,bytes,uint64,bytes32) response) view returns(bytes32)
func (_TaskManager *TaskManagerCaller) ResponseDigest(opts *bind.CallOpts, task ITaskManagerTask, response ITaskManagerTaskResponse) ([32]byte, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "responseDigest", task, response)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ResponseDigest is a free data retrieval call binding the contract method 0xa4391e31.
//
// Solidity: function responseDigest((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task, (uint32,uint8,bytes32,bytes,uint64,bytes32) response) view returns(bytes32)
func (_TaskManager *TaskManagerSession) ResponseDigest(task ITaskManagerTask, response ITaskManagerTaskResponse) ([32]byte, error) {
	return _TaskManager.Contract.ResponseDigest(&_TaskManager.CallOpts, task, response)
}

// ResponseDigest is a free data retrieval call binding the contract method 0xa4391e31.
//
// Solidity: function responseDigest((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task, (uint32,uint8,bytes32,bytes,uint64,bytes32) response) view returns(bytes32)
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

// RegisterFunction is a paid mutator transaction binding the contract method 0xd9854575.
//
// Solidity: function registerFunction((bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96,string[]) spec) returns(uint64 functionId)
func (_TaskManager *TaskManagerTransactor) RegisterFunction(opts *bind.TransactOpts, spec ITaskManagerFunctionSpec) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "registerFunction", spec)
}

// RegisterFunction is a paid mutator transaction binding the contract method 0xd9854575.
//
// Solidity: function registerFunction((bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96,string[]) spec) returns(uint64 functionId)
func (_TaskManager *TaskManagerSession) RegisterFunction(spec ITaskManagerFunctionSpec) (*types.Transaction, error) {
	return _TaskManager.Contract.RegisterFunction(&_TaskManager.TransactOpts, spec)
}

// RegisterFunction is a paid mutator transaction binding the contract method 0xd9854575.
//
// Solidity: function registerFunction((bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96,string[]) spec) returns(uint64 functionId)
func (_TaskManager *TaskManagerTransactorSession) RegisterFunction(spec ITaskManagerFunctionSpec) (*types.Transaction, error) {
	return _TaskManager.Contract.RegisterFunction(&_TaskManager.TransactOpts, spec)
}

// RespondToTask is a paid mutator transaction binding the contract method 0xa768dfe7.
//
// Solidity: function respondToTask((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task, (uint32,uint8,bytes32,bytes,uint64,bytes32) response, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) certificate) returns()
func (_TaskManager *TaskManagerTransactor) RespondToTask(opts *bind.TransactOpts, task ITaskManagerTask, response ITaskManagerTaskResponse, certificate BLSSignatureCheckerNonSignerStakesAndSignature) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "respondToTask", task, response, certificate)
}

// RespondToTask is a paid mutator transaction binding the contract method 0xa768dfe7.
//
// Solidity: function respondToTask((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task, (uint32,uint8,bytes32,bytes,uint64,bytes32) response, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) certificate) returns()
func (_TaskManager *TaskManagerSession) RespondToTask(task ITaskManagerTask, response ITaskManagerTaskResponse, certificate BLSSignatureCheckerNonSignerStakesAndSignature) (*types.Transaction, error) {
	return _TaskManager.Contract.RespondToTask(&_TaskManager.TransactOpts, task, response, certificate)
}

// RespondToTask is a paid mutator transaction binding the contract method 0xa768dfe7.
//
// Solidity: function respondToTask((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task, (uint32,uint8,bytes32,bytes,uint64,bytes32) response, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) certificate) returns()
func (_TaskManager *TaskManagerTransactorSession) RespondToTask(task ITaskManagerTask, response ITaskManagerTaskResponse, certificate BLSSignatureCheckerNonSignerStakesAndSignature) (*types.Transaction, error) {
	return _TaskManager.Contract.RespondToTask(&_TaskManager.TransactOpts, task, response, certificate)
}

// RespondToTasks is a paid mutator transaction binding the contract method 0x2d925283.
//
// Solidity: function respondToTasks((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64)[] batchTasks, (uint32,uint8,bytes32,bytes,uint64,bytes32)[] responses, uint32 referenceBlock, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) certificate) returns()
func (_TaskManager *TaskManagerTransactor) RespondToTasks(opts *bind.TransactOpts, batchTasks []ITaskManagerTask, responses []ITaskManagerTaskResponse, referenceBlock uint32, certificate BLSSignatureCheckerNonSignerStakesAndSignature) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "respondToTasks", batchTasks, responses, referenceBlock, certificate)
}

// RespondToTasks is a paid mutator transaction binding the contract method 0x2d925283.
//
// Solidity: function respondToTasks((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64)[] batchTasks, (uint32,uint8,bytes32,bytes,uint64,bytes32)[] responses, uint32 referenceBlock, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) certificate) returns()
func (_TaskManager *TaskManagerSession) RespondToTasks(batchTasks []ITaskManagerTask, responses []ITaskManagerTaskResponse, referenceBlock uint32, certificate BLSSignatureCheckerNonSignerStakesAndSignature) (*types.Transaction, error) {
	return _TaskManager.Contract.RespondToTasks(&_TaskManager.TransactOpts, batchTasks, responses, referenceBlock, certificate)
}

// RespondToTasks is a paid mutator transaction binding the contract method 0x2d925283.
//
// Solidity: function respondToTasks((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64)[] batchTasks, (uint32,uint8,bytes32,bytes,uint64,bytes32)[] responses, uint32 referenceBlock, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) certificate) returns()
func (_TaskManager *TaskManagerTransactorSession) RespondToTasks(batchTasks []ITaskManagerTask, responses []ITaskManagerTaskResponse, referenceBlock uint32, certificate BLSSignatureCheckerNonSignerStakesAndSignature) (*types.Transaction, error) {
	return _TaskManager.Contract.RespondToTasks(&_TaskManager.TransactOpts, batchTasks, responses, referenceBlock, certificate)
}

// RespondToTasksByCommittee is a paid mutator transaction binding the contract method 0xb3f5ab53.
//
// Solidity: function respondToTasksByCommittee((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64)[] batchTasks, (uint32,uint8,bytes32,bytes,uint64,bytes32)[] responses, bytes certificate) returns()
func (_TaskManager *TaskManagerTransactor) RespondToTasksByCommittee(opts *bind.TransactOpts, batchTasks []ITaskManagerTask, responses []ITaskManagerTaskResponse, certificate []byte) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "respondToTasksByCommittee", batchTasks, responses, certificate)
}

// RespondToTasksByCommittee is a paid mutator transaction binding the contract method 0xb3f5ab53.
//
// Solidity: function respondToTasksByCommittee((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64)[] batchTasks, (uint32,uint8,bytes32,bytes,uint64,bytes32)[] responses, bytes certificate) returns()
func (_TaskManager *TaskManagerSession) RespondToTasksByCommittee(batchTasks []ITaskManagerTask, responses []ITaskManagerTaskResponse, certificate []byte) (*types.Transaction, error) {
	return _TaskManager.Contract.RespondToTasksByCommittee(&_TaskManager.TransactOpts, batchTasks, responses, certificate)
}

// RespondToTasksByCommittee is a paid mutator transaction binding the contract method 0xb3f5ab53.
//
// Solidity: function respondToTasksByCommittee((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64)[] batchTasks, (uint32,uint8,bytes32,bytes,uint64,bytes32)[] responses, bytes certificate) returns()
func (_TaskManager *TaskManagerTransactorSession) RespondToTasksByCommittee(batchTasks []ITaskManagerTask, responses []ITaskManagerTaskResponse, certificate []byte) (*types.Transaction, error) {
	return _TaskManager.Contract.RespondToTasksByCommittee(&_TaskManager.TransactOpts, batchTasks, responses, certificate)
}

// RespondWithProof is a paid mutator transaction binding the contract method 0xcdfa49f2.
//
// Solidity: function respondWithProof((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task, (uint32,uint8,bytes32,bytes,uint64,bytes32) response, bytes proof) returns()
func (_TaskManager *TaskManagerTransactor) RespondWithProof(opts *bind.TransactOpts, task ITaskManagerTask, response ITaskManagerTaskResponse, proof []byte) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "respondWithProof", task, response, proof)
}

// RespondWithProof is a paid mutator transaction binding the contract method 0xcdfa49f2.
//
// Solidity: function respondWithProof((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task, (uint32,uint8,bytes32,bytes,uint64,bytes32) response, bytes proof) returns()
func (_TaskManager *TaskManagerSession) RespondWithProof(task ITaskManagerTask, response ITaskManagerTaskResponse, proof []byte) (*types.Transaction, error) {
	return _TaskManager.Contract.RespondWithProof(&_TaskManager.TransactOpts, task, response, proof)
}

// RespondWithProof is a paid mutator transaction binding the contract method 0xcdfa49f2.
//
// Solidity: function respondWithProof((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task, (uint32,uint8,bytes32,bytes,uint64,bytes32) response, bytes proof) returns()
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

// UpdateFunction is a paid mutator transaction binding the contract method 0x4662df78.
//
// Solidity: function updateFunction(uint64 functionId, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96,string[]) spec) returns()
func (_TaskManager *TaskManagerTransactor) UpdateFunction(opts *bind.TransactOpts, functionId uint64, spec ITaskManagerFunctionSpec) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "updateFunction", functionId, spec)
}

// UpdateFunction is a paid mutator transaction binding the contract method 0x4662df78.
//
// Solidity: function updateFunction(uint64 functionId, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96,string[]) spec) returns()
func (_TaskManager *TaskManagerSession) UpdateFunction(functionId uint64, spec ITaskManagerFunctionSpec) (*types.Transaction, error) {
	return _TaskManager.Contract.UpdateFunction(&_TaskManager.TransactOpts, functionId, spec)
}

// UpdateFunction is a paid mutator transaction binding the contract method 0x4662df78.
//
// Solidity: function updateFunction(uint64 functionId, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96,string[]) spec) returns()
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

// FilterFunctionRegistered is a free log retrieval operation binding the contract event 0x1e15d9023e56ddbb24e595ee087319f4239e28117d98336ba1d2044f7c6b301e.
//
// Solidity: event FunctionRegistered(uint64 indexed functionId, address indexed owner, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96,string[]) spec)
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

// WatchFunctionRegistered is a free log subscription operation binding the contract event 0x1e15d9023e56ddbb24e595ee087319f4239e28117d98336ba1d2044f7c6b301e.
//
// Solidity: event FunctionRegistered(uint64 indexed functionId, address indexed owner, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96,string[]) spec)
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

// ParseFunctionRegistered is a log parse operation binding the contract event 0x1e15d9023e56ddbb24e595ee087319f4239e28117d98336ba1d2044f7c6b301e.
//
// Solidity: event FunctionRegistered(uint64 indexed functionId, address indexed owner, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96,string[]) spec)
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

// FilterFunctionUpdated is a free log retrieval operation binding the contract event 0x41473b07aa3777ae7b5adebdb52ca5d9037aeee4676bbf6503e7ef4fbb3b113d.
//
// Solidity: event FunctionUpdated(uint64 indexed functionId, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96,string[]) spec)
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

// WatchFunctionUpdated is a free log subscription operation binding the contract event 0x41473b07aa3777ae7b5adebdb52ca5d9037aeee4676bbf6503e7ef4fbb3b113d.
//
// Solidity: event FunctionUpdated(uint64 indexed functionId, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96,string[]) spec)
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

// ParseFunctionUpdated is a log parse operation binding the contract event 0x41473b07aa3777ae7b5adebdb52ca5d9037aeee4676bbf6503e7ef4fbb3b113d.
//
// Solidity: event FunctionUpdated(uint64 indexed functionId, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32,uint96,uint96,string[]) spec)
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

// FilterTaskResponded is a free log retrieval operation binding the contract event 0x112e3c4bfb0d74842df248a1a31ccc9af52e6d6423adb72bf2d839288649e833.
//
// Solidity: event TaskResponded(uint32 indexed taskId, (uint32,uint8,bytes32,bytes,uint64,bytes32) response, bytes32 responseDigest, bytes32 signatoryRecordHash)
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

// WatchTaskResponded is a free log subscription operation binding the contract event 0x112e3c4bfb0d74842df248a1a31ccc9af52e6d6423adb72bf2d839288649e833.
//
// Solidity: event TaskResponded(uint32 indexed taskId, (uint32,uint8,bytes32,bytes,uint64,bytes32) response, bytes32 responseDigest, bytes32 signatoryRecordHash)
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

// ParseTaskResponded is a log parse operation binding the contract event 0x112e3c4bfb0d74842df248a1a31ccc9af52e6d6423adb72bf2d839288649e833.
//
// Solidity: event TaskResponded(uint32 indexed taskId, (uint32,uint8,bytes32,bytes,uint64,bytes32) response, bytes32 responseDigest, bytes32 signatoryRecordHash)
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
	ABI: "[{\"type\":\"function\",\"name\":\"verify\",\"inputs\":[{\"name\":\"verifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"taskHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"response\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.TaskResponse\",\"components\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"outputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"fuelUsed\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"transcriptDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"name\":\"proof\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"view\"},{\"type\":\"error\",\"name\":\"OutputDigestMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"OutputTooLargeInline\",\"inputs\":[{\"name\":\"size\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ProofRejected\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"reason\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"type\":\"error\",\"name\":\"ZkOutputMalformed\",\"inputs\":[{\"name\":\"size\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ZkStatusNotOk\",\"inputs\":[{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"ZkTranscript\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZkVerifierMissing\",\"inputs\":[{\"name\":\"verifier\",\"type\":\"address\",\"internalType\":\"address\"}]}]",
	Bin: "0x61093f610034600b8282823980515f1a607314602857634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe7300000000000000000000000000000000000000003014608060405260043610610034575f3560e01c80636726e21014610038575b5f5ffd5b61004b610046366004610596565b61004d565b005b5f61005e604085016020860161065f565b60ff161461009a57610076604084016020850161065f565b604051638e838b6360e01b815260ff90911660048201526024015b60405180910390fd5b60a0830135156100bd576040516322d1bc5160e01b815260040160405180910390fd5b6100e8856100ce6020860186610686565b8660408701356100e160608901896106a9565b88886100ef565b5050505050565b61200083111561011557604051634095ed0160e01b815260048101849052602401610091565b610120602084610707565b1561014157604051631a62c5c160e21b815260048101849052602401610091565b84848460405161015292919061071a565b60405180910390201461017857604051631d964d8f60e21b815260040160405180910390fd5b876001600160a01b03163b5f036101ad57604051633f975e6160e21b81526001600160a01b0389166004820152602401610091565b5f6101b960208561073d565b90505f6101c7826004610750565b90505f8167ffffffffffffffff8111156101e3576101e3610769565b60405190808252806020026020018201604052801561020c578160200160208202803683370190505b5090506080895f1c901c815f815181106102285761022861077d565b602090810291909101015280516001600160801b038a1690829060019081106102535761025361077d565b6020026020010181815250506080885f1c901c816002815181106102795761027961077d565b602090810291909101015280516001600160801b03891690829060039081106102a4576102a461077d565b60209081029190910101525f5b838110156103225787876102c6836020610791565b906102d2846001610750565b6102dd906020610791565b926102ea939291906107a8565b6102f3916107cf565b826102ff836004610750565b8151811061030f5761030f61077d565b60209081029190910101526001016102b1565b505f61032d836104a8565b60405160200161033d9190610803565b6040516020818303038152906040528051906020012090505f818460016103649190610750565b61036f906020610791565b84888a81602061037f8183610707565b61038a906020610846565b6103949190610707565b67ffffffffffffffff8111156103ac576103ac610769565b6040519080825280601f01601f1916602001820160405280156103d6576020820181803683370190505b506040516020016103ed9796959493929190610859565b60408051601f1981840301815291905290505f806001600160a01b038f1661041761271088610791565b6104249062061a80610750565b8460405161043291906108c5565b5f604051808303818686fa925050503d805f811461046b576040519150601f19603f3d011682016040523d82523d5f602084013e610470565b606091505b509150915081610497578d8160405163510b4fd560e01b81526004016100919291906108d0565b505050505050505050505050505050565b60606001825b600a81106104d657816104c081610912565b92506104cf9050600a8261073d565b90506104ae565b508067ffffffffffffffff8111156104f0576104f0610769565b6040519080825280601f01601f19166020018201604052801561051a576020820181803683370190505b509150805b801561058f57610530600a85610707565b61053b906030610750565b60f81b8361054a600184610846565b8151811061055a5761055a61077d565b60200101906001600160f81b03191690815f1a90535061057b600a8561073d565b9350806105878161092a565b91505061051f565b5050919050565b5f5f5f5f5f608086880312156105aa575f5ffd5b85356001600160a01b03811681146105c0575f5ffd5b945060208601359350604086013567ffffffffffffffff8111156105e2575f5ffd5b860160c081890312156105f3575f5ffd5b9250606086013567ffffffffffffffff81111561060e575f5ffd5b86015f80601f83018a13610620575f5ffd5b50813567ffffffffffffffff811115610637575f5ffd5b60208301915089602082850101111561064e575f5ffd5b969995985093965092949392505050565b5f6020828403121561066f575f5ffd5b813560ff8116811461067f575f5ffd5b9392505050565b5f60208284031215610696575f5ffd5b813563ffffffff8116811461067f575f5ffd5b5f5f8335601e198436030181126106be575f5ffd5b83018035915067ffffffffffffffff8211156106d8575f5ffd5b6020019150368190038213156106ec575f5ffd5b9250929050565b634e487b7160e01b5f52601260045260245ffd5b5f82610715576107156106f3565b500690565b818382375f9101908152919050565b634e487b7160e01b5f52601160045260245ffd5b5f8261074b5761074b6106f3565b500490565b8082018082111561076357610763610729565b92915050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b808202811582820484141761076357610763610729565b5f5f858511156107b6575f5ffd5b838611156107c2575f5ffd5b5050820193919092039150565b80356020831015610763575f19602084900360031b1b1692915050565b5f81518060208401855e5f93019283525090919050565b7f76657269667950726f6f662862797465732c75696e743235365b00000000000081525f610834601a8301846107ec565b615d2960f01b81526002019392505050565b8181038181111561076357610763610729565b63ffffffff60e01b881681528660048201525f602482018751602089015f5b82811015610896578151845260209384019390910190600101610878565b505050868152848660208301375f9085016020019081526108b781856107ec565b9a9950505050505050505050565b5f61067f82846107ec565b63ffffffff83168152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b5f6001820161092357610923610729565b5060010190565b5f8161093857610938610729565b505f19019056",
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

// Verify is a free data retrieval call binding the contract method 0x4f6088d0.
//
// Solidity: function verify(address verifier, bytes32 taskHash, (uint32,uint8,bytes32,bytes,uint64,bytes32) response, bytes proof) view returns()
func (_ZkProofs *ZkProofsCaller) Verify(opts *bind.CallOpts, verifier common.Address, taskHash [32]byte, response ITaskManagerTaskResponse, proof []byte) error {
	var out []interface{}
	err := _ZkProofs.contract.Call(opts, &out, "verify", verifier, taskHash, response, proof)

	if err != nil {
		return err
	}

	return err

}

// Verify is a free data retrieval call binding the contract method 0x4f6088d0.
//
// Solidity: function verify(address verifier, bytes32 taskHash, (uint32,uint8,bytes32,bytes,uint64,bytes32) response, bytes proof) view returns()
func (_ZkProofs *ZkProofsSession) Verify(verifier common.Address, taskHash [32]byte, response ITaskManagerTaskResponse, proof []byte) error {
	return _ZkProofs.Contract.Verify(&_ZkProofs.CallOpts, verifier, taskHash, response, proof)
}

// Verify is a free data retrieval call binding the contract method 0x4f6088d0.
//
// Solidity: function verify(address verifier, bytes32 taskHash, (uint32,uint8,bytes32,bytes,uint64,bytes32) response, bytes proof) view returns()
func (_ZkProofs *ZkProofsCallerSession) Verify(verifier common.Address, taskHash [32]byte, response ITaskManagerTaskResponse, proof []byte) error {
	return _ZkProofs.Contract.Verify(&_ZkProofs.CallOpts, verifier, taskHash, response, proof)
}
