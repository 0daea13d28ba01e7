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

// ITaskManagerCommitteeCertificate is an auto generated low-level Go binding around an user-defined struct.
type ITaskManagerCommitteeCertificate struct {
	Round           uint8
	SignerPositions []uint32
	SignerPubkeys   []BN254G1Point
	ApkG2           BN254G2Point
	Sigma           BN254G1Point
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
}

// BLSCertificatesMetaData contains all meta data concerning the BLSCertificates contract.
var BLSCertificatesMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"function\",\"name\":\"check\",\"inputs\":[{\"name\":\"reg\",\"type\":\"tuple\",\"internalType\":\"structBLSCertificates.Registries\",\"components\":[{\"name\":\"registryCoordinator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"stakeRegistry\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"blsApkRegistry\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"delegation\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"staleStakesForbidden\",\"type\":\"bool\",\"internalType\":\"bool\"}]},{\"name\":\"msgHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"referenceBlockNumber\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"params\",\"type\":\"tuple\",\"internalType\":\"structBLSSignatureChecker.NonSignerStakesAndSignature\",\"components\":[{\"name\":\"nonSignerQuorumBitmapIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"nonSignerPubkeys\",\"type\":\"tuple[]\",\"internalType\":\"structBN254.G1Point[]\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"quorumApks\",\"type\":\"tuple[]\",\"internalType\":\"structBN254.G1Point[]\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"apkG2\",\"type\":\"tuple\",\"internalType\":\"structBN254.G2Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256[2]\",\"internalType\":\"uint256[2]\"},{\"name\":\"Y\",\"type\":\"uint256[2]\",\"internalType\":\"uint256[2]\"}]},{\"name\":\"sigma\",\"type\":\"tuple\",\"internalType\":\"structBN254.G1Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"quorumApkIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"totalStakeIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"nonSignerStakeIndices\",\"type\":\"uint32[][]\",\"internalType\":\"uint32[][]\"}]}],\"outputs\":[{\"name\":\"totals\",\"type\":\"tuple\",\"internalType\":\"structBLSSignatureChecker.QuorumStakeTotals\",\"components\":[{\"name\":\"signedStakeForQuorum\",\"type\":\"uint96[]\",\"internalType\":\"uint96[]\"},{\"name\":\"totalStakeForQuorum\",\"type\":\"uint96[]\",\"internalType\":\"uint96[]\"}]},{\"name\":\"signatoryRecordHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"checkCommittee\",\"inputs\":[{\"name\":\"registry\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"tableId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"seed\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"window\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"msgHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"cert\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.CommitteeCertificate\",\"components\":[{\"name\":\"round\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"signerPositions\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"signerPubkeys\",\"type\":\"tuple[]\",\"internalType\":\"structBN254.G1Point[]\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"apkG2\",\"type\":\"tuple\",\"internalType\":\"structBN254.G2Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256[2]\",\"internalType\":\"uint256[2]\"},{\"name\":\"Y\",\"type\":\"uint256[2]\",\"internalType\":\"uint256[2]\"}]},{\"name\":\"sigma\",\"type\":\"tuple\",\"internalType\":\"structBN254.G1Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}]}],\"outputs\":[{\"name\":\"seats\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"error\",\"name\":\"CommitteeSignersMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ECAddFailed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ECMulFailed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InputArrayLengthMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InputEmptyQuorumNumbers\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InputNonSignerLengthMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidBLSPairingKey\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidBLSSignature\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidQuorumApkHash\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidReferenceBlocknumber\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ModExpFailed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NonSignerPubkeysNotSorted\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"QuorumNumbersNotSortedOrUnknown\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"StaleStakes\",\"inputs\":[{\"name\":\"quorumNumber\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]}]",
	Bin: "0x611fe2610034600b8282823980515f1a607314602857634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe730000000000000000000000000000000000000000301460806040526004361061003f575f3560e01c80630e2ded6f1461004357806372b64ae81461006d575b5f5ffd5b61005661005136600461170b565b61008e565b604051610064929190611844565b60405180910390f35b61008061007b36600461188c565b6100fe565b604051908152602001610064565b60408051808201909152606080825260208201525f6100ef888888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a92506100ea9150899050611b46565b610360565b91509150965096945050505050565b5f8061010d6040840184611c82565b91505080158061012b57506101256020840184611cc7565b90508114155b156101495760405163f9e1f5c560e01b815260040160405180910390fd5b5f816001600160401b03811115610162576101626115ca565b60405190808252806020026020018201604052801561018b578160200160208202803683370190505b5090505f61019c6040860186611c82565b5f8181106101ac576101ac611d0c565b9050604002018036038101906101c29190611d20565b60408120909150825f815181106101db576101db611d0c565b602090810291909101015260015b8381101561025e575f6101ff6040880188611c82565b8381811061020f5761020f611d0c565b9050604002018036038101906102259190611d20565b6040812090915084838151811061023e5761023e611d0c565b602090810291909101015261025383826107fc565b9250506001016101e9565b506001600160a01b038a1663e678c0818a8a8a61027e60208b018b611cc7565b886040518763ffffffff1660e01b81526004016102a096959493929190611d41565b602060405180830381865afa1580156102bb573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102df9190611dea565b93505f8061031188846102fa368b90038b0160608c01611e01565b61030c368c90038c0160e08d01611d20565b610869565b9150915081610333576040516367988d3360e01b815260040160405180910390fd5b806103515760405163ab1b236b60e01b815260040160405180910390fd5b50505050509695505050505050565b604080518082019091526060808252602082015283515f908082036103975760405162f8202d60e51b815260040160405180910390fd5b808460400151511415806103b05750808460a001515114155b806103c05750808460c001515114155b806103d05750808460e001515114155b156103ee576040516343714afd60e01b815260040160405180910390fd5b8351516020850151511461041557604051635f832f4160e01b815260040160405180910390fd5b438563ffffffff161061043b57604051634b874f4560e01b815260040160405180910390fd5b5f6104a8878a5f01516001600160a01b0316639aa1653d6040518163ffffffff1660e01b8152600401602060405180830381865afa15801561047f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104a39190611e1b565b6109eb565b90508860800151156104bf576104bf898888610a90565b5f6104cc8a878985610bdb565b90505f6104dc8260400151610e9e565b9050836001600160401b038111156104f6576104f66115ca565b60405190808252806020026020018201604052801561051f578160200160208202803683370190505b508652836001600160401b0381111561053a5761053a6115ca565b604051908082528060200260200182016040528015610563578160200160208202803683370190505b5060208701525f5b8481101561076a575f8a828151811061058657610586611d0c565b602001015160f81c60f81b60f81c90505f8d604001516001600160a01b03166368bccaac838d8d60a0015187815181106105c2576105c2611d0c565b60209081029190910101516040516001600160e01b031960e086901b16815260ff909316600484015263ffffffff9182166024840152166044820152606401602060405180830381865afa15801561061c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106409190611e3b565b905061066a8a60400151848151811061065b5761065b611d0c565b60200260200101516040902090565b67ffffffffffffffff198281169116146106975760405163e1310aed60e01b815260040160405180910390fd5b6106c78a6040015184815181106106b0576106b0611d0c565b6020026020010151856107fc90919063ffffffff16565b93506107158e60200151838d8d60c0015187815181106106e9576106e9611d0c565b60200260200101518e60e00151888151811061070757610707611d0c565b60200260200101518a610f2f565b8a5180518690811061072957610729611d0c565b602002602001018b60200151868151811061074657610746611d0c565b6001600160601b03938416602091820292909201015291169052505060010161056b565b505f5f6107818c848b606001518c60800151610869565b91509150816107a3576040516367988d3360e01b815260040160405180910390fd5b806107c15760405163ab1b236b60e01b815260040160405180910390fd5b83516040516107d4918c91602001611e63565b6040516020818303038152906040528051906020012096505050505050509550959350505050565b604080518082019091525f808252602082015260408051608080820183528551825260208087015181840152855183850152850151606083015290915f9184908460065afa9050806108615760405163d4b68fd760e01b815260040160405180910390fd5b505092915050565b5f5f5f7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000187875f01518860200151885f01515f600281106108ac576108ac611d0c565b60200201518951600160200201518a602001515f600281106108d0576108d0611d0c565b60200201518b602001516001600281106108ec576108ec611d0c565b602090810291909101518c518d8301516040516109499a99989796959401988952602089019790975260408801959095526060870193909352608086019190915260a085015260c084015260e08301526101008201526101200190565b604051602081830303815290604052805190602001205f1c61096b9190611ebd565b90506109dd61098461097d8884611127565b86906107fc565b61098c611184565b6109d36109c4856109be6040805180820182525f80825260209182015281518083019092526001825260029082015290565b90611127565b6109cd8c611244565b906107fc565b886201d4c0611330565b909890975095505050505050565b5f805b8351811015610a89575f848281518110610a0a57610a0a611d0c565b016020015160f81c905060ff841681101580610a5657505f82118015610a56575084610a37600184611ee4565b81518110610a4757610a47611d0c565b016020015160f81c60ff821611155b15610a7457604051630bed095f60e41b815260040160405180910390fd5b600160ff90911681901b9290921791016109ee565b5092915050565b5f83606001516001600160a01b031663c448feb86040518163ffffffff1660e01b8152600401602060405180830381865afa158015610ad1573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610af59190611efd565b63ffffffff1690505f5b8351811015610bd4575f848281518110610b1b57610b1b611d0c565b0160200151865160405163124d062160e11b815260f89290921c60048301819052925063ffffffff86169185916001600160a01b03169063249a0c4290602401602060405180830381865afa158015610b76573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b9a9190611dea565b610ba49190611f18565b11610bcb5760405163998eddd560e01b815260ff8216600482015260240160405180910390fd5b50600101610aff565b5050505050565b610be3611535565b602084015151806001600160401b03811115610c0157610c016115ca565b604051908082528060200260200182016040528015610c2a578160200160208202803683370190505b508252806001600160401b03811115610c4557610c456115ca565b604051908082528060200260200182016040528015610c6e578160200160208202803683370190505b5060208301525f5b81811015610e94575f610c988760200151838151811061065b5761065b611d0c565b90505f82118015610cd157508351610cb1600184611ee4565b81518110610cc157610cc1611d0c565b60200260200101515f1c815f1c11155b15610cf257604051600162239afb60e21b0319815260040160405180910390fd5b80845f01518381518110610d0857610d08611d0c565b6020026020010181815250505f885f01516001600160a01b03166304ec635183898b5f01518781518110610d3e57610d3e611d0c565b60200260200101516040518463ffffffff1660e01b8152600401610d7b9392919092835263ffffffff918216602084015216604082015260600190565b602060405180830381865afa158015610d96573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610dba9190611f2b565b6001600160c01b031690508085602001518481518110610ddc57610ddc611d0c565b6020026020010181815250505f610df4878316611495565b905080600103610e3c57610e3289602001518581518110610e1757610e17611d0c565b602002602001015187604001516107fc90919063ffffffff16565b6040870152610e89565b6001811115610e8957610e83610e78828b602001518781518110610e6257610e62611d0c565b602002602001015161112790919063ffffffff16565b6040880151906107fc565b60408701525b505050600101610c76565b5050949350505050565b604080518082019091525f80825260208201528151158015610ec257506020820151155b15610edf575050604080518082019091525f808252602082015290565b6040518060400160405280835f015181526020015f516020611fc25f395f51905f528460200151610f109190611ebd565b610f27905f516020611fc25f395f51905f52611ee4565b905292915050565b604051636414a62b60e11b815260ff8616600482015263ffffffff8086166024830152841660448201525f9081906001600160a01b0389169063c8294c5690606401602060405180830381865afa158015610f8c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610fb09190611f51565b91508190505f805b8451518110156110f9578860ff1685602001518281518110610fdc57610fdc611d0c565b6020026020010151901c6001165f03156110f15785518210611011576040516343714afd60e01b815260040160405180910390fd5b896001600160a01b031663f2be94ae8a8a885f0151858151811061103757611037611d0c565b60200260200101518a878151811061105157611051611d0c565b60209081029190910101516040516001600160e01b031960e087901b16815260ff909416600485015263ffffffff92831660248501526044840191909152166064820152608401602060405180830381865afa1580156110b3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110d79190611f51565b6110e19085611f77565b9350816110ed81611f96565b9250505b600101610fb8565b508451811461111b576040516343714afd60e01b815260040160405180910390fd5b50965096945050505050565b604080518082019091525f80825260208201526040805160608082018352855182526020808701519083015281830185905290915f9184908460075afa90508061086157604051632319df1960e11b815260040160405180910390fd5b61118c61156e565b50604080516080810182527f198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c28183019081527f1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed6060830152815281518083019092527f275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec82527f1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d60208381019190915281019190915290565b604080518082019091525f80825260208201525f61126f5f516020611fc25f395f51905f5284611ebd565b90505b5f5f516020611fc25f395f51905f5260035f516020611fc25f395f51905f52845f516020611fc25f395f51905f52868709090890505f6112e38260046112c65f516020611fc25f395f51905f526001611f18565b6112d09190611fae565b5f516020611fc25f395f51905f526114c3565b9050815f516020611fc25f395f51905f5282830903611315576040805180820190915292835260208301525092915050565b5f516020611fc25f395f51905f526001840892505050611272565b5f5f5f604051806101800160405280895f0151815260200189602001518152602001885f01515f6002811061136757611367611d0c565b60200201518152602001885f015160016002811061138757611387611d0c565b6020020151815260200188602001515f600281106113a7576113a7611d0c565b6020020151815260200188602001516001600281106113c8576113c8611d0c565b60200201518152602001875f0151815260200187602001518152602001865f01515f600281106113fa576113fa611d0c565b60200201518152602001865f015160016002811061141a5761141a611d0c565b6020020151815260200186602001515f6002811061143a5761143a611d0c565b60200201518152602001866020015160016002811061145b5761145b611d0c565b60200201519052905061146c61158e565b60208161018084600889fa9350838015611487575080516001145b925050509550959350505050565b5f5b81156114be576114a8600183611ee4565b90911690806114b681611f96565b915050611497565b919050565b5f5f6040518060c001604052806020815260200160208152602001602081526020018681526020018581526020018481525090506114ff61158e565b5f60208260c08560055afa90508061152a576040516301f7ec5f60e41b815260040160405180910390fd5b505195945050505050565b6040518060600160405280606081526020016060815260200161156960405180604001604052805f81526020015f81525090565b905290565b60405180604001604052806115816115ac565b81526020016115696115ac565b60405180602001604052806001906020820280368337509192915050565b60405180604001604052806002906020820280368337509192915050565b634e487b7160e01b5f52604160045260245ffd5b60405160a081016001600160401b0381118282101715611600576116006115ca565b60405290565b604080519081016001600160401b0381118282101715611600576116006115ca565b60405161010081016001600160401b0381118282101715611600576116006115ca565b604051601f8201601f191681016001600160401b0381118282101715611673576116736115ca565b604052919050565b80356001600160a01b03811681146114be575f5ffd5b5f5f83601f8401126116a1575f5ffd5b5081356001600160401b038111156116b7575f5ffd5b6020830191508360208285010111156116ce575f5ffd5b9250929050565b63ffffffff811681146116e6575f5ffd5b50565b80356114be816116d5565b5f6101808284031215611705575f5ffd5b50919050565b5f5f5f5f5f5f868803610120811215611722575f5ffd5b60a081121561172f575f5ffd5b506117386115de565b6117418861167b565b815261174f6020890161167b565b60208201526117606040890161167b565b60408201526117716060890161167b565b606082015260808801358015158114611788575f5ffd5b6080820152955060a0870135945060c08701356001600160401b038111156117ae575f5ffd5b6117ba89828a01611691565b90955093506117cd905060e088016116e9565b91506101008701356001600160401b038111156117e8575f5ffd5b6117f489828a016116f4565b9150509295509295509295565b5f8151808452602084019350602083015f5b8281101561183a5781516001600160601b0316865260209586019590910190600101611813565b5093949350505050565b604081525f835160408084015261185e6080840182611801565b90506020850151603f1984830301606085015261187b8282611801565b925050508260208301529392505050565b5f5f5f5f5f5f60c087890312156118a1575f5ffd5b6118aa8761167b565b955060208701356001600160401b03811681146118c5575f5ffd5b945060408701359350606087013592506080870135915060a08701356001600160401b038111156118f4575f5ffd5b8701610120818a031215611906575f5ffd5b809150509295509295509295565b5f6001600160401b0382111561192c5761192c6115ca565b5060051b60200190565b5f82601f830112611945575f5ffd5b813561195861195382611914565b61164b565b8082825260208201915060208360051b860101925085831115611979575f5ffd5b602085015b8381101561199f578035611991816116d5565b83526020928301920161197e565b5095945050505050565b5f604082840312156119b9575f5ffd5b6119c1611606565b823581526020928301359281019290925250919050565b5f82601f8301126119e7575f5ffd5b81356119f561195382611914565b8082825260208201915060208360061b860101925085831115611a16575f5ffd5b602085015b8381101561199f57611a2d87826119a9565b8352602090920191604001611a1b565b5f82601f830112611a4c575f5ffd5b611a54611606565b806040840185811115611a65575f5ffd5b845b81811015611a7f578035845260209384019301611a67565b509095945050505050565b5f60808284031215611a9a575f5ffd5b611aa2611606565b9050611aae8383611a3d565b8152611abd8360408401611a3d565b602082015292915050565b5f82601f830112611ad7575f5ffd5b8135611ae561195382611914565b8082825260208201915060208360051b860101925085831115611b06575f5ffd5b602085015b8381101561199f5780356001600160401b03811115611b28575f5ffd5b611b37886020838a0101611936565b84525060209283019201611b0b565b5f6101808236031215611b57575f5ffd5b611b5f611628565b82356001600160401b03811115611b74575f5ffd5b611b8036828601611936565b82525060208301356001600160401b03811115611b9b575f5ffd5b611ba7368286016119d8565b60208301525060408301356001600160401b03811115611bc5575f5ffd5b611bd1368286016119d8565b604083015250611be43660608501611a8a565b6060820152611bf63660e085016119a9565b60808201526101208301356001600160401b03811115611c14575f5ffd5b611c2036828601611936565b60a0830152506101408301356001600160401b03811115611c3f575f5ffd5b611c4b36828601611936565b60c0830152506101608301356001600160401b03811115611c6a575f5ffd5b611c7636828601611ac8565b60e08301525092915050565b5f5f8335601e19843603018112611c97575f5ffd5b8301803591506001600160401b03821115611cb0575f5ffd5b6020019150600681901b36038213156116ce575f5ffd5b5f5f8335601e19843603018112611cdc575f5ffd5b8301803591506001600160401b03821115611cf5575f5ffd5b6020019150600581901b36038213156116ce575f5ffd5b634e487b7160e01b5f52603260045260245ffd5b5f60408284031215611d30575f5ffd5b611d3a83836119a9565b9392505050565b6001600160401b0387168152602081018690526040810185905260a06060820181905281018390525f8460c08301825b86811015611d9e578235611d84816116d5565b63ffffffff16825260209283019290910190600101611d71565b508381036080850152845180825260209182019250908501905f90815b81811015611dd9578351855260209485019490930192600101611dbb565b50929b9a5050505050505050505050565b5f60208284031215611dfa575f5ffd5b5051919050565b5f60808284031215611e11575f5ffd5b611d3a8383611a8a565b5f60208284031215611e2b575f5ffd5b815160ff81168114611d3a575f5ffd5b5f60208284031215611e4b575f5ffd5b815167ffffffffffffffff1981168114611d3a575f5ffd5b63ffffffff60e01b8360e01b1681525f600482018351602085015f5b82811015611e9d578151845260209384019390910190600101611e7f565b50919695505050505050565b634e487b7160e01b5f52601260045260245ffd5b5f82611ecb57611ecb611ea9565b500690565b634e487b7160e01b5f52601160045260245ffd5b81810381811115611ef757611ef7611ed0565b92915050565b5f60208284031215611f0d575f5ffd5b8151611d3a816116d5565b80820180821115611ef757611ef7611ed0565b5f60208284031215611f3b575f5ffd5b81516001600160c01b0381168114611d3a575f5ffd5b5f60208284031215611f61575f5ffd5b81516001600160601b0381168114611d3a575f5ffd5b6001600160601b038281168282160390811115611ef757611ef7611ed0565b5f60018201611fa757611fa7611ed0565b5060010190565b5f82611fbc57611fbc611ea9565b50049056fe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47",
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

// CheckCommittee is a free data retrieval call binding the contract method 0xe1c0b230.
//
// Solidity: function checkCommittee(address registry, uint64 tableId, bytes32 seed, uint256 window, bytes32 msgHash, (uint8,uint32[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256)) cert) view returns(uint256 seats)
func (_BLSCertificates *BLSCertificatesCaller) CheckCommittee(opts *bind.CallOpts, registry common.Address, tableId uint64, seed [32]byte, window *big.Int, msgHash [32]byte, cert ITaskManagerCommitteeCertificate) (*big.Int, error) {
	var out []interface{}
	err := _BLSCertificates.contract.Call(opts, &out, "checkCommittee", registry, tableId, seed, window, msgHash, cert)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// CheckCommittee is a free data retrieval call binding the contract method 0xe1c0b230.
//
// Solidity: function checkCommittee(address registry, uint64 tableId, bytes32 seed, uint256 window, bytes32 msgHash, (uint8,uint32[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256)) cert) view returns(uint256 seats)
func (_BLSCertificates *BLSCertificatesSession) CheckCommittee(registry common.Address, tableId uint64, seed [32]byte, window *big.Int, msgHash [32]byte, cert ITaskManagerCommitteeCertificate) (*big.Int, error) {
	return _BLSCertificates.Contract.CheckCommittee(&_BLSCertificates.CallOpts, registry, tableId, seed, window, msgHash, cert)
}

// CheckCommittee is a free data retrieval call binding the contract method 0xe1c0b230.
//
// Solidity: function checkCommittee(address registry, uint64 tableId, bytes32 seed, uint256 window, bytes32 msgHash, (uint8,uint32[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256)) cert) view returns(uint256 seats)
func (_BLSCertificates *BLSCertificatesCallerSession) CheckCommittee(registry common.Address, tableId uint64, seed [32]byte, window *big.Int, msgHash [32]byte, cert ITaskManagerCommitteeCertificate) (*big.Int, error) {
	return _BLSCertificates.Contract.CheckCommittee(&_BLSCertificates.CallOpts, registry, tableId, seed, window, msgHash, cert)
}

// FunctionRegistryMetaData contains all meta data concerning the FunctionRegistry contract.
var FunctionRegistryMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"event\",\"name\":\"FunctionDeactivated\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FunctionRegistered\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"spec\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structITaskManager.FunctionSpec\",\"components\":[{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"mode\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.VerificationMode\"},{\"name\":\"minQuorumThreshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"zkVerifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"uris\",\"type\":\"string[]\",\"internalType\":\"string[]\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FunctionUpdated\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"spec\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structITaskManager.FunctionSpec\",\"components\":[{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"mode\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.VerificationMode\"},{\"name\":\"minQuorumThreshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"zkVerifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"uris\",\"type\":\"string[]\",\"internalType\":\"string[]\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"InactiveFunction\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InvalidFunctionSpec\",\"inputs\":[{\"name\":\"reason\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"NotFunctionOwner\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"UnknownFunction\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}]",
	Bin: "0x6114da610034600b8282823980515f1a607314602857634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe7300000000000000000000000000000000000000003014608060405260043610610055575f3560e01c80634b22b062146100595780634f752af81461007a578063f614b7ff14610099578063f8e45c46146100b8575b5f5ffd5b818015610064575f5ffd5b506100786100733660046109cf565b6100e1565b005b818015610085575f5ffd5b506100786100943660046109fd565b61013d565b8180156100a4575f5ffd5b506100786100b33660046109fd565b6101df565b6100cb6100c63660046109cf565b61024e565b6040516100d89190610b1d565b60405180910390f35b5f6100ec83836104d5565b8054911515600160a01b0260ff60a01b199092169190911790556040516001600160401b038216907fdbb20d1ec7b15598b1e2f4d880eafbb9f3718933ea418af3e03b40d48cb27e08905f90a25050565b61014681610588565b6001600160401b0382165f908152602084905260409020805460ff60a01b1933166001600160a81b031990911617600160a01b178155816001820161018b8282611071565b905050336001600160a01b0316836001600160401b03167ff39f565fee0c7e7650d79c9c724a9888efe71f1319af48b759285d8c3e7ca64b846040516101d19190611339565b60405180910390a350505050565b5f6101ea84846104d5565b90506101f582610588565b81600182016102048282611071565b905050826001600160401b03167f6aedb3e05f19b80ce34ffa5f67a99ccaf1aa7487b2547e0e53ec1e10e49c1862836040516102409190611339565b60405180910390a250505050565b610256610931565b6001600160401b0382165f9081526020848152604091829020825160608101845281546001600160a01b038116825260ff600160a01b909104811615158285015284516101208101865260018085018054835260028601549497959695880195929490939285019216908111156102cf576102cf610a58565b60018111156102e0576102e0610a58565b81526020016001820160019054906101000a900460ff16600181111561030857610308610a58565b600181111561031957610319610a58565b8152600182015462010000810460ff1660208084019190915263010000009091046001600160a01b031660408084019190915280516080808201835260028601546001600160401b038082168452600160401b82041683860152600160801b810463ffffffff90811684860152600160a01b90910416606080840191909152850191909152600385018054835181860281018601909452808452919094019391925f9084015b82821015610467578382905f5260205f200180546103dc90610e34565b80601f016020809104026020016040519081016040528092919081815260200182805461040890610e34565b80156104535780601f1061042a57610100808354040283529160200191610453565b820191905f5260205f20905b81548152906001019060200180831161043657829003601f168201915b5050505050815260200190600101906103bf565b505050908252506004919091015461ffff8116602083015262010000900463ffffffff1660409091015290525080519091506001600160a01b03166104cf5760405163af2c671160e01b81526001600160401b03831660048201526024015b60405180910390fd5b92915050565b6001600160401b0381165f90815260208390526040902080546001600160a01b031661051f5760405163af2c671160e01b81526001600160401b03831660048201526024016104c6565b80546001600160a01b031633146105545760405163065e2c3d60e11b81526001600160401b03831660048201526024016104c6565b8054600160a01b900460ff166104cf576040516319679ec760e21b81526001600160401b03831660048201526024016104c6565b606081356105c257506040805180820190915260158152746d6f64756c6520646967657374206973207a65726f60581b602082015261090b565b6105d0610120830183610d92565b90505f03610601575060408051808201909152600c81526b6e6f2066657463682055524960a01b602082015261090b565b61061160c0830160a0840161141f565b6001600160401b03165f0361064f57506040805180820190915260128152716675656c206c696d6974206973207a65726f60701b602082015261090b565b6201000061066360e0840160c0850161141f565b6001600160401b031610156106ac575060408051808201909152601a81527f6d656d6f72792062656c6f77206f6e65207761736d2070616765000000000000602082015261090b565b6106be61012083016101008401611441565b63ffffffff165f036106fb57506040805180820190915260148152736f7574707574206c696d6974206973207a65726f60601b602082015261090b565b61070c610100830160e08401611441565b63ffffffff165f03610746575060408051808201909152601181527077616c6c2074696d65206973207a65726f60781b602082015261090b565b604061075a6101608401610140850161145c565b61ffff16111561079e575060408051808201909152601781527f636f6d6d69747465652073697a652061626f7665203634000000000000000000602082015261090b565b6107b06101608301610140840161145c565b61ffff16158015906107df5750650100000000006107d460e0840160c0850161141f565b6001600160401b0316115b1561081e575060408051808201909152601c81527f636f6d6d6974746565206d656d6f72792061626f766520312054694200000000602082015261090b565b5f61082f6060840160408501611477565b600181111561084057610840610a58565b036108b6576108556080830160608401611492565b60ff161580610876575060646108716080840160608501611492565b60ff16115b156108b1575060408051808201909152601f81527f71756f72756d207468726573686f6c64206d75737420626520312e2e3130300060208201525b61090b565b5f6108c760a08401608085016114ad565b6001600160a01b03160361090b575060408051808201909152601881527f7a6b206d6f6465206e656564732061207665726966696572000000000000000060208201525b80511561092d5780604051630dd8ccfb60e11b81526004016104c691906114c8565b5050565b604080516060810182525f80825260208201529081016109b36040805161012081019091525f808252602082019081526020015f81525f602080830182905260408084018390528051608081018252838152918201839052810182905260608181019290925291019081526060602082018190525f6040830181905291015290565b905290565b6001600160401b03811681146109cc575f5ffd5b50565b5f5f604083850312156109e0575f5ffd5b8235915060208301356109f2816109b8565b809150509250929050565b5f5f5f60608486031215610a0f575f5ffd5b833592506020840135610a21816109b8565b915060408401356001600160401b03811115610a3b575f5ffd5b84016101808187031215610a4d575f5ffd5b809150509250925092565b634e487b7160e01b5f52602160045260245ffd5b600281106109cc57634e487b7160e01b5f52602160045260245ffd5b610a9181610a6c565b9052565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f82825180855260208501945060208160051b830101602085015f5b83811015610b1157601f19858403018852610afb838351610a95565b6020988901989093509190910190600101610adf565b50909695505050505050565b6020815260018060a01b0382511660208201526020820151151560408201525f6040830151606080840152805160808401526020810151610b6160a0850182610a88565b506040810151610b7460c0850182610a88565b50606081015160ff811660e08501525060808101516001600160a01b0381166101008501525060a081015180516001600160401b03908116610120860152602082015116610140850152604081015163ffffffff9081166101608601526060820151166101808501525060c08101516101806101a0850152610bfa610200850182610ac3565b905060e0820151610c126101c086018261ffff169052565b506101008201519150610c2e6101e085018363ffffffff169052565b949350505050565b600281106109cc575f5ffd5b5f81356104cf81610c36565b610c5782610a6c565b805461ff008360081b1661ff00198216178255505050565b60ff811681146109cc575f5ffd5b5f81356104cf81610c6f565b6001600160a01b03811681146109cc575f5ffd5b5f81356104cf81610c89565b63ffffffff811681146109cc575f5ffd5b5f81356104cf81610ca9565b8135610cd1816109b8565b6001600160401b03811690508154816001600160401b031982161783556020840135610cfc816109b8565b6fffffffffffffffff0000000000000000604091821b166fffffffffffffffffffffffffffffffff19831684178117855590850135610d3a81610ca9565b6001600160a01b0319929092169092179190911760809190911b63ffffffff60801b161781555f6060830135610d6f81610ca9565b825463ffffffff60a01b191660a09190911b63ffffffff60a01b16179091555050565b5f5f8335601e19843603018112610da7575f5ffd5b8301803591506001600160401b03821115610dc0575f5ffd5b6020019150600581901b3603821315610dd7575f5ffd5b9250929050565b5f5f8335601e19843603018112610df3575f5ffd5b8301803591506001600160401b03821115610e0c575f5ffd5b602001915036819003821315610dd7575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b600181811c90821680610e4857607f821691505b602082108103610e6657634e487b7160e01b5f52602260045260245ffd5b50919050565b5b8181101561092d575f8155600101610e6d565b601f821115610eba57805f5260205f20601f840160051c81016020851015610ea55750805b610eb7601f850160051c830182610e6c565b50505b505050565b6001600160401b03831115610ed657610ed6610e20565b610eea83610ee48354610e34565b83610e80565b5f601f841160018114610f1b575f8515610f045750838201355b5f19600387901b1c1916600186901b178355610eb7565b5f83815260208120601f198716915b82811015610f4a5786850135825560209485019460019092019101610f2a565b5086821015610f66575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b600160401b831115610f8c57610f8c610e20565b805483825580841015611010575f828152602090208481019082015b8082101561100d57610fba8254610e34565b801561100157601f811160018114610fd4575f8455610fff565b5f84815260209020610ff1601f840160051c820160018301610e6c565b505f84815260208120818655555b505b50600182019150610fa8565b50505b505f8181526020812083915b8581101561104e5761102e8386610dde565b611039818386610ebf565b5050602092909201916001918201910161101c565b505050505050565b61ffff811681146109cc575f5ffd5b5f81356104cf81611056565b81358155600181015f602084013561108881610c36565b80915061109481610a6c565b60ff19835416915060ff81168217835550506110bb6110b560408501610c42565b82610c4e565b6110e26110ca60608501610c7d565b825462ff0000191660109190911b62ff000016178255565b61111b6110f160808501610c9d565b8280546301000000600160b81b03191660189290921b6301000000600160b81b0316919091179055565b5061112c60a0830160028301610cc6565b61113a610120830183610d92565b611148818360038601610f78565b50506004810161117161115e6101408501611065565b825461ffff191661ffff91909116178255565b610eba6111816101608501610cba565b825465ffffffff0000191660109190911b65ffffffff000016178255565b80356111aa81610c36565b919050565b80356111aa81610c6f565b80356111aa81610c89565b80356111aa81610ca9565b80356111db816109b8565b6001600160401b0316825260208101356111f4816109b8565b6001600160401b03166020830152604081013561121081610ca9565b63ffffffff166040830152606081013561122981610ca9565b63ffffffff81166060840152505050565b5f5f8335601e1984360301811261124f575f5ffd5b83016020810192503590506001600160401b0381111561126d575f5ffd5b8060051b3603821315610dd7575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b5f8383855260208501945060208460051b820101835f5b86811015610b1157838303601f19018852813536879003601e190181126112e2575f5ffd5b86016020810190356001600160401b038111156112fd575f5ffd5b80360382131561130b575f5ffd5b61131685828461127e565b60209a8b019a909550939093019250506001016112bd565b80356111aa81611056565b60208082528235828201525f9061135190840161119f565b61135e6040840182610a88565b5061136b6040840161119f565b6113786060840182610a88565b50611385606084016111af565b60ff811660808401525061139b608084016111ba565b6001600160a01b03811660a0840152506113bb60c0830160a085016111d0565b6113c961012084018461123a565b6101806101408501526113e16101a0850182846112a6565b9150506113f1610140850161132e565b61ffff81166101608501525061140a61016085016111c5565b63ffffffff8116610180850152509392505050565b5f6020828403121561142f575f5ffd5b813561143a816109b8565b9392505050565b5f60208284031215611451575f5ffd5b813561143a81610ca9565b5f6020828403121561146c575f5ffd5b813561143a81611056565b5f60208284031215611487575f5ffd5b813561143a81610c36565b5f602082840312156114a2575f5ffd5b813561143a81610c6f565b5f602082840312156114bd575f5ffd5b813561143a81610c89565b602081525f61143a6020830184610a9556",
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

// FilterFunctionRegistered is a free log retrieval operation binding the contract event 0xf39f565fee0c7e7650d79c9c724a9888efe71f1319af48b759285d8c3e7ca64b.
//
// Solidity: event FunctionRegistered(uint64 indexed functionId, address indexed owner, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32) spec)
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

// WatchFunctionRegistered is a free log subscription operation binding the contract event 0xf39f565fee0c7e7650d79c9c724a9888efe71f1319af48b759285d8c3e7ca64b.
//
// Solidity: event FunctionRegistered(uint64 indexed functionId, address indexed owner, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32) spec)
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

// ParseFunctionRegistered is a log parse operation binding the contract event 0xf39f565fee0c7e7650d79c9c724a9888efe71f1319af48b759285d8c3e7ca64b.
//
// Solidity: event FunctionRegistered(uint64 indexed functionId, address indexed owner, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32) spec)
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

// FilterFunctionUpdated is a free log retrieval operation binding the contract event 0x6aedb3e05f19b80ce34ffa5f67a99ccaf1aa7487b2547e0e53ec1e10e49c1862.
//
// Solidity: event FunctionUpdated(uint64 indexed functionId, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32) spec)
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

// WatchFunctionUpdated is a free log subscription operation binding the contract event 0x6aedb3e05f19b80ce34ffa5f67a99ccaf1aa7487b2547e0e53ec1e10e49c1862.
//
// Solidity: event FunctionUpdated(uint64 indexed functionId, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32) spec)
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

// ParseFunctionUpdated is a log parse operation binding the contract event 0x6aedb3e05f19b80ce34ffa5f67a99ccaf1aa7487b2547e0e53ec1e10e49c1862.
//
// Solidity: event FunctionUpdated(uint64 indexed functionId, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32) spec)
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
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"coordinator\",\"type\":\"address\",\"internalType\":\"contractIRegistryCoordinatorViews\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"BATCH_TAG\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_CALLBACK_GAS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_COMMITTEE_WINDOW\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_INLINE_INPUT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_INLINE_OUTPUT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"aggregator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"balances\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"batchMessage\",\"inputs\":[{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"blsApkRegistry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIBLSApkRegistryViews\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"committeeRegistry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"committeeSeed\",\"inputs\":[{\"name\":\"task\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.Task\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"committeeTable\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"createTask\",\"inputs\":[{\"name\":\"req\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.TaskRequest\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"input\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"inputURI\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"responseWindowBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"outputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"createTasks\",\"inputs\":[{\"name\":\"requests\",\"type\":\"tuple[]\",\"internalType\":\"structITaskManager.TaskRequest[]\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"input\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"inputURI\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"responseWindowBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"outputs\":[{\"name\":\"taskIds\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"}],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"deactivateFunction\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"defaultFailoverBlocks\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"delegation\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIDelegationManagerViews\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"expireTask\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"task\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.Task\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"committeeTable\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"feeRecipient\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getBatch\",\"inputs\":[{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.BatchRecord\",\"components\":[{\"name\":\"respondedBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"count\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getFunction\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.FunctionRecord\",\"components\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"active\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"spec\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.FunctionSpec\",\"components\":[{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"mode\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.VerificationMode\"},{\"name\":\"minQuorumThreshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"zkVerifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"uris\",\"type\":\"string[]\",\"internalType\":\"string[]\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getTask\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.TaskRecord\",\"components\":[{\"name\":\"taskHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"responseDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"state\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.TaskState\"},{\"name\":\"resultStatus\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"respondedBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"zkVerifier\",\"type\":\"address\",\"internalType\":\"address\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"initialize\",\"inputs\":[{\"name\":\"initialOwner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"initialAggregator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"minWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"maxResponseWindow\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"minCommitteeSize\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"minResponseWindow\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"minTaskFee\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint96\",\"internalType\":\"uint96\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"nextFunctionId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"nextTaskId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"paused\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pauser\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"registerFunction\",\"inputs\":[{\"name\":\"spec\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.FunctionSpec\",\"components\":[{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"mode\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.VerificationMode\"},{\"name\":\"minQuorumThreshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"zkVerifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"uris\",\"type\":\"string[]\",\"internalType\":\"string[]\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"outputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"registryCoordinator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIRegistryCoordinatorViews\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"respondToTask\",\"inputs\":[{\"name\":\"task\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.Task\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"committeeTable\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"name\":\"response\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.TaskResponse\",\"components\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"outputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"name\":\"certificate\",\"type\":\"tuple\",\"internalType\":\"structBLSSignatureChecker.NonSignerStakesAndSignature\",\"components\":[{\"name\":\"nonSignerQuorumBitmapIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"nonSignerPubkeys\",\"type\":\"tuple[]\",\"internalType\":\"structBN254.G1Point[]\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"quorumApks\",\"type\":\"tuple[]\",\"internalType\":\"structBN254.G1Point[]\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"apkG2\",\"type\":\"tuple\",\"internalType\":\"structBN254.G2Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256[2]\",\"internalType\":\"uint256[2]\"},{\"name\":\"Y\",\"type\":\"uint256[2]\",\"internalType\":\"uint256[2]\"}]},{\"name\":\"sigma\",\"type\":\"tuple\",\"internalType\":\"structBN254.G1Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"quorumApkIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"totalStakeIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"nonSignerStakeIndices\",\"type\":\"uint32[][]\",\"internalType\":\"uint32[][]\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"respondToTaskByCommittee\",\"inputs\":[{\"name\":\"task\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.Task\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"committeeTable\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"name\":\"response\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.TaskResponse\",\"components\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"outputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"name\":\"certificate\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.CommitteeCertificate\",\"components\":[{\"name\":\"round\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"signerPositions\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"signerPubkeys\",\"type\":\"tuple[]\",\"internalType\":\"structBN254.G1Point[]\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"apkG2\",\"type\":\"tuple\",\"internalType\":\"structBN254.G2Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256[2]\",\"internalType\":\"uint256[2]\"},{\"name\":\"Y\",\"type\":\"uint256[2]\",\"internalType\":\"uint256[2]\"}]},{\"name\":\"sigma\",\"type\":\"tuple\",\"internalType\":\"structBN254.G1Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"respondToTasks\",\"inputs\":[{\"name\":\"batchTasks\",\"type\":\"tuple[]\",\"internalType\":\"structITaskManager.Task[]\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"committeeTable\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"name\":\"responses\",\"type\":\"tuple[]\",\"internalType\":\"structITaskManager.TaskResponse[]\",\"components\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"outputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"certificate\",\"type\":\"tuple\",\"internalType\":\"structBLSSignatureChecker.NonSignerStakesAndSignature\",\"components\":[{\"name\":\"nonSignerQuorumBitmapIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"nonSignerPubkeys\",\"type\":\"tuple[]\",\"internalType\":\"structBN254.G1Point[]\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"quorumApks\",\"type\":\"tuple[]\",\"internalType\":\"structBN254.G1Point[]\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"apkG2\",\"type\":\"tuple\",\"internalType\":\"structBN254.G2Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256[2]\",\"internalType\":\"uint256[2]\"},{\"name\":\"Y\",\"type\":\"uint256[2]\",\"internalType\":\"uint256[2]\"}]},{\"name\":\"sigma\",\"type\":\"tuple\",\"internalType\":\"structBN254.G1Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"quorumApkIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"totalStakeIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"nonSignerStakeIndices\",\"type\":\"uint32[][]\",\"internalType\":\"uint32[][]\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"respondWithProof\",\"inputs\":[{\"name\":\"task\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.Task\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"committeeTable\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"name\":\"response\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.TaskResponse\",\"components\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"outputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"name\":\"proof\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"responseDigest\",\"inputs\":[{\"name\":\"task\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.Task\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"committeeTable\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"name\":\"response\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.TaskResponse\",\"components\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"outputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"runtimeEnvironment\",\"inputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setAggregator\",\"inputs\":[{\"name\":\"newAggregator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setCommitteeConfig\",\"inputs\":[{\"name\":\"registry\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"minSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setFeeRecipient\",\"inputs\":[{\"name\":\"newRecipient\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMinTaskFee\",\"inputs\":[{\"name\":\"newMinimum\",\"type\":\"uint96\",\"internalType\":\"uint96\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setPauser\",\"inputs\":[{\"name\":\"newPauser\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setResponseWindow\",\"inputs\":[{\"name\":\"minBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setRuntimeEnvironment\",\"inputs\":[{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setStaleStakesForbidden\",\"inputs\":[{\"name\":\"forbidden\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"stakeRegistry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIStakeRegistryViews\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"staleStakesForbidden\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"unpause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"updateFunction\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"spec\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.FunctionSpec\",\"components\":[{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"mode\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.VerificationMode\"},{\"name\":\"minQuorumThreshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"zkVerifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"uris\",\"type\":\"string[]\",\"internalType\":\"string[]\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"verifyBatchLeaf\",\"inputs\":[{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"leaf\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"AggregatorChanged\",\"inputs\":[{\"name\":\"previous\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"current\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"BatchResponded\",\"inputs\":[{\"name\":\"root\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"count\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CallbackResult\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"callback\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"success\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CommitteeConfigChanged\",\"inputs\":[{\"name\":\"registry\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"minCommitteeSize\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"defaultFailoverBlocks\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FeeRecipientChanged\",\"inputs\":[{\"name\":\"previous\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"current\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FunctionDeactivated\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FunctionRegistered\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"spec\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structITaskManager.FunctionSpec\",\"components\":[{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"mode\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.VerificationMode\"},{\"name\":\"minQuorumThreshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"zkVerifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"uris\",\"type\":\"string[]\",\"internalType\":\"string[]\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FunctionUpdated\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"spec\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structITaskManager.FunctionSpec\",\"components\":[{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"mode\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.VerificationMode\"},{\"name\":\"minQuorumThreshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"zkVerifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"uris\",\"type\":\"string[]\",\"internalType\":\"string[]\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Initialized\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MinTaskFeeChanged\",\"inputs\":[{\"name\":\"previous\",\"type\":\"uint96\",\"indexed\":false,\"internalType\":\"uint96\"},{\"name\":\"current\",\"type\":\"uint96\",\"indexed\":false,\"internalType\":\"uint96\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferStarted\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Paused\",\"inputs\":[{\"name\":\"by\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PauserChanged\",\"inputs\":[{\"name\":\"previousPauser\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newPauser\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ResponseWindowChanged\",\"inputs\":[{\"name\":\"minBlocks\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"maxBlocks\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RuntimeEnvironmentSet\",\"inputs\":[{\"name\":\"runtime\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"StaleStakesForbiddenChanged\",\"inputs\":[{\"name\":\"forbidden\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TaskCreated\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"task\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structITaskManager.Task\",\"components\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"moduleDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"},{\"name\":\"environment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"limits\",\"type\":\"tuple\",\"internalType\":\"structITaskManager.ResourceLimits\",\"components\":[{\"name\":\"fuel\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"memoryBytes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"wallTimeMs\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxOutputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"inputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callback\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"committeeSize\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"failoverBlocks\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"committeeTable\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"name\":\"input\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"},{\"name\":\"inputURI\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"moduleURIs\",\"type\":\"string[]\",\"indexed\":false,\"internalType\":\"string[]\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TaskExpired\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TaskResponded\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"response\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structITaskManager.TaskResponse\",\"components\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"outputDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"name\":\"responseDigest\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"signatoryRecordHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unpaused\",\"inputs\":[{\"name\":\"by\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Withdrawn\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"BatchLengthMismatch\",\"inputs\":[{\"name\":\"tasks\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"responses\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"BatchQuorumMismatch\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"BatchReferenceBlockBeforeTask\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"taskReferenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"BatchThresholdNotMet\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"quorumNumber\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"signedStake\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"totalStake\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]},{\"type\":\"error\",\"name\":\"CallbackGasTooHigh\",\"inputs\":[{\"name\":\"requested\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maximum\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"CommitteeNeedsOneQuorum\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"CommitteeSeedUnavailable\",\"inputs\":[{\"name\":\"seedBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"CommitteeSignersMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"CommitteeTask\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"CommitteeThresholdNotMet\",\"inputs\":[{\"name\":\"seats\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"window\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"CommitteeWindowTooLong\",\"inputs\":[{\"name\":\"requested\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maximum\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"CommitteesNotEnabled\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"EmptyBatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"FailoverRoundNotReached\",\"inputs\":[{\"name\":\"round\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"current\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"FeeBelowMinimum\",\"inputs\":[{\"name\":\"paid\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minimum\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"FeeNotDivisible\",\"inputs\":[{\"name\":\"paid\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"FeeTooLarge\",\"inputs\":[{\"name\":\"paid\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maximum\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InactiveFunction\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InputArrayLengthMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InputDigestMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InputEmptyQuorumNumbers\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InputNonSignerLengthMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InputTooLarge\",\"inputs\":[{\"name\":\"size\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InsufficientGasForCallback\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidBLSPairingKey\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidBLSSignature\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidFunctionSpec\",\"inputs\":[{\"name\":\"reason\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"InvalidInitialization\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidQuorumApkHash\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidReferenceBlocknumber\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"IsPaused\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"MissingInput\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NonSignerPubkeysNotSorted\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotAggregator\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotCommitteeTask\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"NotFunctionOwner\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"NotInitializing\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotOwner\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotPauser\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotPendingOwner\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NothingToWithdraw\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"OutputDigestMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"OutputTooLargeInline\",\"inputs\":[{\"name\":\"size\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ProofRejected\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"reason\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"type\":\"error\",\"name\":\"QuorumNumbersNotSortedOrUnknown\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ResponseWindowOutOfRange\",\"inputs\":[{\"name\":\"requested\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"minimum\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maximum\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"RuntimeNotEnabled\",\"inputs\":[{\"name\":\"runtime\",\"type\":\"uint8\",\"internalType\":\"enumITaskManager.RuntimeKind\"}]},{\"type\":\"error\",\"name\":\"StaleStakes\",\"inputs\":[{\"name\":\"quorumNumber\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"TaskAlreadyExpired\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"TaskAlreadyResponded\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"TaskDeadlinePassed\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"TaskMismatch\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"TaskNotYetExpired\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deadlineBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"ThresholdNotMet\",\"inputs\":[{\"name\":\"quorumNumber\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"signedStake\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"totalStake\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]},{\"type\":\"error\",\"name\":\"ThresholdOutOfRange\",\"inputs\":[{\"name\":\"requested\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"minimum\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"UnknownFunction\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"UnknownTask\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"WithdrawFailed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"WrongQuorumSet\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"WrongVerificationMode\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZkOutputMalformed\",\"inputs\":[{\"name\":\"size\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ZkStatusNotOk\",\"inputs\":[{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"ZkVerifierMissing\",\"inputs\":[{\"name\":\"verifier\",\"type\":\"address\",\"internalType\":\"address\"}]}]",
	Bin: "0x610100604052348015610010575f5ffd5b5060405161624a38038061624a83398101604081905261002f9161027f565b80806001600160a01b03166080816001600160a01b031681525050806001600160a01b031663683048356040518163ffffffff1660e01b8152600401602060405180830381865afa158015610086573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100aa919061027f565b6001600160a01b031660a0816001600160a01b031681525050806001600160a01b0316635df459466040518163ffffffff1660e01b8152600401602060405180830381865afa1580156100ff573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610123919061027f565b6001600160a01b031660c0816001600160a01b03168152505060a0516001600160a01b031663df5cf7236040518163ffffffff1660e01b8152600401602060405180830381865afa15801561017a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061019e919061027f565b6001600160a01b031660e052506101b36101b9565b506102a1565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156102095760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146102685780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b6001600160a01b0381168114610268575f5ffd5b5f6020828403121561028f575f5ffd5b815161029a8161026b565b9392505050565b60805160a05160c05160e051615f4c6102fe5f395f8181610a2e015261389801525f8181610616015261386901525f81816106a6015261383a01525f81816106d901528181610dfb01528181611876015261380b0152615f4c5ff3fe608060405260043610610365575f3560e01c806379ba5097116101c8578063c476fe14116100fd578063e30c39781161009d578063ed42136f1161006d578063ed42136f14610ab7578063f2fde38b14610b3e578063f9120af614610b5d578063fdc3d8d714610b7c575f5ffd5b8063e30c397814610a50578063e4751f5e14610a6f578063e74b981b14610a84578063e878fcdd14610aa3575f5ffd5b8063ce8d8088116100d8578063ce8d8088146109ab578063d0f69579146109df578063d48ac5cf146109fe578063df5cf72314610a1d575f5ffd5b8063c476fe1414610946578063c53c459614610965578063c8e0f26f14610988575f5ffd5b806393bc459011610168578063acca8b6711610143578063acca8b67146108bc578063b96ed13e146108db578063b98d090814610907578063c328e5bd14610927575f5ffd5b806393bc45901461085b5780639e8827161461087a5780639fd0506d1461089d575f5ffd5b806384676a79116101a357806384676a79146107e95780638da5cb5b1461080857806391739e8c14610826578063930fb4541461083c575f5ffd5b806379ba50971461078e57806383e74c98146107a25780638456cb59146107d5575f5ffd5b80634e5b38441161029e578063683048351161023e5780637006cbef116102195780637006cbef14610711578063745e7a6b1461073057806374d2e22f1461074f57806379501aca1461076e575f5ffd5b806368304835146106955780636d14a987146106c85780636d9809a0146106fb575f5ffd5b80635df45946116102795780635df45946146106055780635fdcb1a314610638578063607c37771461065757806361e0fac114610676575f5ffd5b80634e5b38441461056b57806357342d74146105a95780635c975abb146105d5575f5ffd5b806327e235e3116103095780633f4ba83a116102e45780633f4ba83a146104ee578063416c7e5e1461050257806346904840146105215780634a95a39414610540575f5ffd5b806327e235e3146104905780632d88af4a146104bb5780633ccfd60b146104da575f5ffd5b80631adc605b116103445780631adc605b146103fd5780631b3fd6e21461041c5780631b9a1f0114610449578063245a7bfc14610471575f5ffd5b80629955601461036957806301e4b70b146103a557806302b9db7b146103c6575b5f5ffd5b348015610374575f5ffd5b50606c54610388906001600160a01b031681565b6040516001600160a01b0390911681526020015b60405180910390f35b3480156103b0575f5ffd5b506103c46103bf3660046143e4565b610b9f565b005b3480156103d1575f5ffd5b506064546103e5906001600160401b031681565b6040516001600160401b03909116815260200161039c565b348015610408575f5ffd5b506103e5610417366004614480565b610cd3565b348015610427575f5ffd5b5061043b6104363660046144b1565b610dab565b60405190815260200161039c565b61045c610457366004614514565b610dc7565b60405163ffffffff909116815260200161039c565b34801561047c575f5ffd5b50606554610388906001600160a01b031681565b34801561049b575f5ffd5b5061043b6104aa366004614564565b606a6020525f908152604090205481565b3480156104c6575f5ffd5b506103c46104d5366004614564565b610e86565b3480156104e5575f5ffd5b506103c4610f0b565b3480156104f9575f5ffd5b506103c4610ff0565b34801561050d575f5ffd5b506103c461051c366004614593565b611053565b34801561052c575f5ffd5b50606654610388906001600160a01b031681565b34801561054b575f5ffd5b5061043b61055a3660046145c5565b60676020525f908152604090205481565b348015610576575f5ffd5b5060645461059190600160a01b90046001600160601b031681565b6040516001600160601b03909116815260200161039c565b3480156105b4575f5ffd5b506105c86105c33660046145fc565b611089565b60405161039c919061462b565b3480156105e0575f5ffd5b506002546105f590600160a01b900460ff1681565b604051901515815260200161039c565b348015610610575f5ffd5b506103887f000000000000000000000000000000000000000000000000000000000000000081565b348015610643575f5ffd5b506103c461065236600461468f565b611136565b348015610662575f5ffd5b506103c461067136600461475d565b6113a4565b348015610681575f5ffd5b506103c4610690366004614778565b611415565b3480156106a0575f5ffd5b506103887f000000000000000000000000000000000000000000000000000000000000000081565b3480156106d3575f5ffd5b506103887f000000000000000000000000000000000000000000000000000000000000000081565b348015610706575f5ffd5b5061045c621e848081565b34801561071c575f5ffd5b506103c461072b3660046147ba565b6114a4565b34801561073b575f5ffd5b506103c461074a366004614824565b61154e565b34801561075a575f5ffd5b506103c46107693660046148df565b611744565b61078161077c3660046148fa565b6117e4565b60405161039c9190614938565b348015610799575f5ffd5b506103c46119c6565b3480156107ad575f5ffd5b5061043b7f641da3562b2f9afe9b4b6eb6978539b901c6af38a871fb4bdef46f93523b59bc81565b3480156107e0575f5ffd5b506103c4611a47565b3480156107f4575f5ffd5b506103c4610803366004614980565b611ac9565b348015610813575f5ffd5b505f54610388906001600160a01b031681565b348015610831575f5ffd5b5061043b6201000081565b348015610847575f5ffd5b506105f5610856366004614a01565b611c2b565b348015610866575f5ffd5b506103c4610875366004614a5c565b611c6a565b348015610885575f5ffd5b5060645461045c90600160601b900463ffffffff1681565b3480156108a8575f5ffd5b50600254610388906001600160a01b031681565b3480156108c7575f5ffd5b506103c46108d6366004614ab8565b611d9b565b3480156108e6575f5ffd5b506108fa6108f536600461475d565b611e59565b60405161039c9190614be9565b348015610912575f5ffd5b506065546105f590600160a01b900460ff1681565b348015610932575f5ffd5b5061043b610941366004614cc6565b611ee4565b348015610951575f5ffd5b5061043b610960366004614ce6565b611eef565b348015610970575f5ffd5b5060645461045c90600160801b900463ffffffff1681565b348015610993575f5ffd5b50606c5461045c90600160b01b900463ffffffff1681565b3480156109b6575f5ffd5b50606c546109cc90600160a01b900461ffff1681565b60405161ffff909116815260200161039c565b3480156109ea575f5ffd5b506103c46109f9366004614d17565b611f02565b348015610a09575f5ffd5b506103c4610a18366004614d70565b6120b3565b348015610a28575f5ffd5b506103887f000000000000000000000000000000000000000000000000000000000000000081565b348015610a5b575f5ffd5b50600154610388906001600160a01b031681565b348015610a7a575f5ffd5b5061043b61200081565b348015610a8f575f5ffd5b506103c4610a9e366004614564565b6120e7565b348015610aae575f5ffd5b5061045c60ff81565b348015610ac2575f5ffd5b50610b1a610ad1366004614da7565b604080518082019091525f8082526020820152505f908152606b602090815260409182902082518084019093525463ffffffff8082168452640100000000909104169082015290565b60408051825163ffffffff908116825260209384015116928101929092520161039c565b348015610b49575f5ffd5b506103c4610b58366004614564565b612193565b348015610b68575f5ffd5b506103c4610b77366004614564565b612234565b348015610b87575f5ffd5b5060645461045c90600160401b900463ffffffff1681565b600254600160a01b900460ff1615610bca57604051631309a56360e01b815260040160405180910390fd5b610bd26122b9565b5f80610bea610be460208601866145fc565b866122fb565b9092509050610c0161024086016102208701614dbe565b61ffff165f03610c3f57610c1860208501856145fc565b6040516304cca84b60e31b815263ffffffff90911660048201526024015b60405180910390fd5b5f610c4d838387600161236e565b9050610c5b86838387612469565b610c7e610c70610220880161020089016148df565b6001600160601b0316612653565b610ccb868683610c916020890189614df2565b610c9e60208a018a614e0d565b604051602001610cb093929190614e52565b6040516020818303038152906040528051906020012061268a565b505050505050565b6002545f90600160a01b900460ff1615610d0057604051631309a56360e01b815260040160405180910390fd5b606480546001600160401b0316905f610d1883614eba565b91906101000a8154816001600160401b0302191690836001600160401b03160217905550905073__$471cae8fcc9a82a21c2b48d6c788af9f49$__634f752af8606883856040518463ffffffff1660e01b8152600401610d7a93929190615050565b5f6040518083038186803b158015610d90575f5ffd5b505af4158015610da2573d5f5f3e3d5ffd5b50505050919050565b5f610dbe610db884612716565b83612750565b90505b92915050565b6002545f90600160a01b900460ff1615610df457604051631309a56360e01b815260040160405180910390fd5b610e7e82347f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316639aa1653d6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610e55573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e799190615157565b612786565b90505b919050565b5f546001600160a01b03163314610eb0576040516330cd747160e01b815260040160405180910390fd5b6002546040516001600160a01b038084169216907f95bb211a5a393c4d30c3edc9a745825fba4e6ad3e3bb949e6bf8ccdfe431a811905f90a3600280546001600160a01b0319166001600160a01b0392909216919091179055565b335f908152606a602052604081205490819003610f3b57604051630686827b60e51b815260040160405180910390fd5b335f818152606a602052604080822091909155517f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d590610f7e9084815260200190565b60405180910390a26040515f90339083908381818185875af1925050503d805f8114610fc5576040519150601f19603f3d011682016040523d82523d5f602084013e610fca565b606091505b5050905080610fec57604051631d42c86760e21b815260040160405180910390fd5b5050565b5f546001600160a01b0316331461101a576040516330cd747160e01b815260040160405180910390fd5b6002805460ff60a01b1916905560405133907f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa905f90a2565b5f546001600160a01b0316331461107d576040516330cd747160e01b815260040160405180910390fd5b6110868161309e565b50565b6110916142e2565b63ffffffff82165f90815260696020908152604091829020825160c081018452815481526001820154928101929092526002810154919290919083019060ff1660038111156110e2576110e2614617565b60038111156110f3576110f3614617565b815260029190910154610100810460ff16602083015262010000810463ffffffff166040830152600160301b90046001600160a01b031660609091015292915050565b600254600160a01b900460ff161561116157604051631309a56360e01b815260040160405180910390fd5b6111696122b9565b5f61117760208501856145fc565b90505f5f61118583886122fb565b60028201549193509150600160301b90046001600160a01b0316806111c557604051632c2dd12760e01b815263ffffffff85166004820152602401610c36565b5f6111d66040890160208a01614df2565b60ff161461120d576111ee6040880160208901614df2565b604051638e838b6360e01b815260ff9091166004820152602401610c36565b61200061121d6060890189615172565b90501115611250576112326060880188615172565b604051634095ed0160e01b8152610c36925060040190815260200190565b602061125f6060890189615172565b61126a9291506151c8565b1561129a5761127c6060880188615172565b604051631a62c5c160e21b8152610c36925060040190815260200190565b60408701356112ac6060890189615172565b6040516112ba9291906151db565b6040518091039020146112e057604051631d964d8f60e21b815260040160405180910390fd5b73__$d0a4d585c3b34d4c671830626c5d792137$__63240820c882868560408c013561130f60608e018e615172565b8d8d6040518963ffffffff1660e01b81526004016113349897969594939291906151ea565b5f6040518083038186803b15801561134a575f5ffd5b505af415801561135c573d5f5f3e3d5ffd5b505050505f61136b8389612750565b90506113788489836130f6565b61138d610c706102208b016102008c016148df565b6113998989835f61268a565b505050505050505050565b604051632591583160e11b8152606860048201526001600160401b038216602482015273__$471cae8fcc9a82a21c2b48d6c788af9f49$__90634b22b062906044015f6040518083038186803b1580156113fc575f5ffd5b505af415801561140e573d5f5f3e3d5ffd5b5050505050565b600254600160a01b900460ff161561144057604051631309a56360e01b815260040160405180910390fd5b60405163f614b7ff60e01b815273__$471cae8fcc9a82a21c2b48d6c788af9f49$__9063f614b7ff9061147c9060689086908690600401615050565b5f6040518083038186803b158015611492575f5ffd5b505af4158015610ccb573d5f5f3e3d5ffd5b5f546001600160a01b031633146114ce576040516330cd747160e01b815260040160405180910390fd5b8060675f8460018111156114e4576114e4614617565b60018111156114f5576114f5614617565b815260208101919091526040015f205581600181111561151757611517614617565b6040518281527f8b9591d346906cd19ebf0158b53a0263537d9269330935100febb2637018905a9060200160405180910390a25050565b600254600160a01b900460ff161561157957604051631309a56360e01b815260040160405180910390fd5b6115816122b9565b845f8190036115a35760405163c2e5347d60e01b815260040160405180910390fd5b8084146115cd576040516381b5b20760e01b81526004810182905260248101859052604401610c36565b5f5f5f6115dd8a8a8a8a8a613161565b9250925092505f6115ed846133aa565b90505f6116078c8c6115ff858a61357f565b8b8b886135cf565b60408051808201825263ffffffff438116825289811660208084019182525f888152606b9091529390932091518254935182166401000000000267ffffffffffffffff19909416911617919091179055905061166284612653565b6040805187815263ffffffff8a16602082015283917f0820267312e6a5f019f92a38ecab830a53cbb00bb1f8569ce8ad57babc1b4a25910160405180910390a25f5b86811015611735575f6116b660405190565b90506117238e8e848181106116cd576116cd615245565b90506020028101906116df9190615259565b8d8d858181106116f1576116f1615245565b90506020028101906117039190615278565b89858151811061171557611715615245565b60200260200101518661268a565b61172c81604052565b506001016116a4565b50505050505050505050505050565b5f546001600160a01b0316331461176e576040516330cd747160e01b815260040160405180910390fd5b606454604080516001600160601b03600160a01b9093048316815291831660208301527fb524f2030f9c03f4f662b5015b391aee396f12a76ab1d9f2d04a14d27fc03f99910160405180910390a1606480546001600160601b03909216600160a01b026001600160a01b03909216919091179055565b600254606090600160a01b900460ff161561181257604051631309a56360e01b815260040160405180910390fd5b815f8190036118345760405163c2e5347d60e01b815260040160405180910390fd5b5f61183f823461528c565b90503461184c838361529f565b1461187357604051639d8924bd60e01b815234600482015260248101839052604401610c36565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316639aa1653d6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156118d0573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118f49190615157565b9050826001600160401b0381111561190e5761190e6152b6565b604051908082528060200260200182016040528015611937578160200160208202803683370190505b5093505f5b838110156119bc575f61194e60405190565b905061197e88888481811061196557611965615245565b905060200281019061197791906152ca565b8585612786565b86838151811061199057611990615245565b602002602001019063ffffffff16908163ffffffff16815250506119b381604052565b5060010161193c565b5050505092915050565b6001546001600160a01b031633146119f157604051630614e5c760e21b815260040160405180910390fd5b5f805460405133926001600160a01b03909216917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e091a35f80546001600160a01b03199081163317909155600180549091169055565b6002546001600160a01b03163314801590611a6c57505f546001600160a01b03163314155b15611a8a5760405163492f678160e01b815260040160405180910390fd5b6002805460ff60a01b1916600160a01b17905560405133907f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258905f90a2565b600254600160a01b900460ff1615611af457604051631309a56360e01b815260040160405180910390fd5b611afc6122b9565b5f611b098484600161377e565b90505f80611b3783611b1f610120890189615172565b611b316101808b016101608c016145fc565b886137e8565b90925090505f80611b5984611b546101608b016101408c01614df2565b613971565b9150915081611c0057611b70610120890189615172565b82818110611b8057611b80615245565b9050013560f81c60f81b60f81c845f01518281518110611ba257611ba2615245565b602002602001015185602001518381518110611bc057611bc0615245565b60209081029190910101516040516315ba38c760e31b815260ff90931660048401526001600160601b039182166024840152166044820152606401610c36565b611c15610c706102208a016102008b016148df565b611c218888878661268a565b5050505050505050565b5f858152606b6020526040812054640100000000900463ffffffff168015801590611c5f5750611c5f878288888888613a2b565b979650505050505050565b5f611c758383613b45565b509050611c8a6101a0830161018084016145fc565b63ffffffff164311611cd25782611ca96101a0840161018085016145fc565b604051637a1b099360e01b815263ffffffff928316600482015291166024820152604401610c36565b60028101805460ff191660031790555f611cf4610220840161020085016148df565b6001600160601b03161115611d6657611d15610220830161020084016148df565b6001600160601b0316606a5f611d336101c086016101a08701614564565b6001600160a01b03166001600160a01b031681526020019081526020015f205f828254611d6091906152df565b90915550505b60405163ffffffff8416907fec024f126fc5070b1c70b8836faae58ceb08d7a58b0601b80f38f8ca4c185bde905f90a2505050565b5f546001600160a01b03163314611dc5576040516330cd747160e01b815260040160405180910390fd5b606c80546001600160a01b0385166001600160b01b03199091168117600160a01b61ffff86169081029190911763ffffffff60b01b1916600160b01b63ffffffff8616908102919091179093556040805192835260208301919091528101919091527f086c83c04d2815a06cba210c5e575c81d69f5a8b5cda6a9ac6a7ae6ee7c3bafa9060600160405180910390a1505050565b611e61614325565b604051637c722e2360e11b8152606860048201526001600160401b038316602482015273__$471cae8fcc9a82a21c2b48d6c788af9f49$__9063f8e45c46906044015f60405180830381865af4158015611ebd573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610e7e9190810190615524565b5f610dbe838361357f565b5f610e7e82611efd84612716565b613c4f565b5f611f0b613cee565b805490915060ff600160401b82041615906001600160401b03165f81158015611f315750825b90505f826001600160401b03166001148015611f4c5750303b155b905081158015611f5a575080155b15611f785760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff191660011785558315611fa257845460ff60401b1916600160401b1785555b611fac898a613d16565b606480546bffffffffffffffffffffffff191668010000000000000001179055611fd68787613dd6565b606580546001600160a01b03808b166001600160a01b0319928316811790935560668054918d16919092161790556040515f907f130d4e632a6163e8dab92a952e84f85d90e06c320d7c56e3b942f6fc02b65558908290a36040516001600160a01b038a16905f907f0bc21fe5c3ab742ff1d15b5c4477ffbacf1167e618228078fa625edebe7f331d908290a3831561139957845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a1505050505050505050565b5f546001600160a01b031633146120dd576040516330cd747160e01b815260040160405180910390fd5b610fec8282613dd6565b5f546001600160a01b03163314612111576040516330cd747160e01b815260040160405180910390fd5b6001600160a01b0381166121385760405163d92e233d60e01b815260040160405180910390fd5b6066546040516001600160a01b038084169216907f0bc21fe5c3ab742ff1d15b5c4477ffbacf1167e618228078fa625edebe7f331d905f90a3606680546001600160a01b0319166001600160a01b0392909216919091179055565b5f546001600160a01b031633146121bd576040516330cd747160e01b815260040160405180910390fd5b6001600160a01b0381166121e45760405163d92e233d60e01b815260040160405180910390fd5b600180546001600160a01b0319166001600160a01b038381169182179092555f8054604051929316917f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227009190a350565b5f546001600160a01b0316331461225e576040516330cd747160e01b815260040160405180910390fd5b6065546040516001600160a01b038084169216907f130d4e632a6163e8dab92a952e84f85d90e06c320d7c56e3b942f6fc02b65558905f90a3606580546001600160a01b0319166001600160a01b0392909216919091179055565b6065546001600160a01b031680158015906122dd5750336001600160a01b03821614155b15611086576040516312cf973160e01b815260040160405180910390fd5b5f5f6123078484613b45565b909250905061231e6101a0840161018085016145fc565b63ffffffff16431115612367578361233e6101a0850161018086016145fc565b6040516345581d2360e01b815263ffffffff928316600482015291166024820152604401610c36565b9250929050565b60028401545f90600160301b90046001600160a01b0316156123b95761239760208401846145fc565b604051632c2dd12760e01b815263ffffffff9091166004820152602401610c36565b6120006123c96060850185615172565b905011156123de576112326060840184615172565b5f6123ec6060850185615172565b9050118015612421575060408301356124086060850185615172565b6040516124169291906151db565b604051809103902014155b1561243f57604051631d964d8f60e21b815260040160405180910390fd5b6124498484612750565b905061246185848461245b575f6130f6565b836130f6565b949350505050565b5f6124776020830183614df2565b60ff1690505f61248f610260870161024088016145fc565b63ffffffff16156124e3576124ac610260870161024088016145fc565b63ffffffff166124c4610180880161016089016145fc565b6124d49063ffffffff164361566e565b6124de919061528c565b6124e5565b5f5b905080821115612522576124fc6020840184614df2565b60405163f6a2bdbb60e01b815260ff909116600482015260248101829052604401610c36565b5f61252e8360016152df565b61254061024089016102208a01614dbe565b61ffff1661254e919061529f565b90505f61255b8888613c4f565b606c549091505f9073__$f67e1a8949bb391e6e7f6e05ec5faf70d5$__906372b64ae8906001600160a01b031661259a6102808d016102608e0161475d565b85878c8c6040518763ffffffff1660e01b81526004016125bf96959493929190615752565b602060405180830381865af41580156125da573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906125fe9190615821565b90506126126101608a016101408b01614df2565b61261f9060ff168461529f565b61262a82606461529f565b101561139957604051634057badb60e01b81526004810182905260248101849052604401610c36565b8015611086576066546001600160a01b03165f908152606a6020526040812080548392906126829084906152df565b909155505050565b61269760208401846145fc565b63ffffffff167fea2798b10954cc4b857a1dbdd3e91266b9d61b591201031ed4a4cb275f40067d8484846040516126d093929190615897565b60405180910390a25f6126eb6101e086016101c08701614564565b6001600160a01b0316146127105761271061270960208501856145fc565b8585613ea7565b50505050565b5f80612726610120840184615172565b90509050604051601f19601f8301166102a001602082528085602084013760200190209392505050565b5f4630848460405160200161276894939291906158bb565b60405160208183030381529060405280519060200120905092915050565b5f6001600160601b038311156127bf57604051630d67e66360e21b8152600481018490526001600160601b036024820152604401610c36565b606454600160a01b90046001600160601b031683101561280e576064546040516308d9f2ef60e41b815260048101859052600160a01b9091046001600160601b03166024820152604401610c36565b5f60688161281f602088018861475d565b6001600160401b0316815260208101919091526040015f2080549091506001600160a01b031661287b57612856602086018661475d565b60405163af2c671160e01b81526001600160401b039091166004820152602401610c36565b8054600160a01b900460ff166128bd57612898602086018661475d565b6040516319679ec760e21b81526001600160401b039091166004820152602401610c36565b60028101545f90606790829060ff1660018111156128dd576128dd614617565b60018111156128ee576128ee614617565b815260208101919091526040015f20549050806129275760028201546040516318377c4560e01b8152610c369160ff16906004016158e7565b5f806129366020890189615172565b905011156129ec576201000061294f6020890189615172565b9050111561298c576129646020880188615172565b604051630693c11960e21b8152610c3692506201000090600401918252602082015260400190565b6129996020880188615172565b6040516129a79291906151db565b60408051918290039091209150870135158015906129c9575080876040013514155b156129e7576040516347c9d91760e11b815260040160405180910390fd5b612a2e565b60408701351580612a095750612a056060880188615172565b1590505b15612a2757604051630eb02bfb60e01b815260040160405180910390fd5b5060408601355b612a3b6080880188615172565b90505f03612a5c57604051630d38300960e01b815260040160405180910390fd5b5f5b612a6b6080890189615172565b9050811015612b13575f612a8260808a018a615172565b83818110612a9257612a92615245565b919091013560f81c91505060ff871681101580612aec57505f82118015612aec5750612ac160808a018a615172565b612acc60018561566e565b818110612adb57612adb615245565b919091013560f81c60ff8316111590505b15612b0a57604051630d38300960e01b815260040160405180910390fd5b50600101612a5e565b50600283015462010000900460ff1680612b3360c08a0160a08b01614df2565b60ff161080612b5457506064612b4f60c08a0160a08b01614df2565b60ff16115b15612b9057612b6960c0890160a08a01614df2565b60405163095f7c5f60e01b815260ff91821660048201529082166024820152604401610c36565b606454600160601b900463ffffffff16612bb060e08a0160c08b016145fc565b63ffffffff161080612be55750606454600160801b900463ffffffff16612bdd60e08a0160c08b016145fc565b63ffffffff16115b15612c3c57612bfa60e0890160c08a016145fc565b60648054604051633fdfa8df60e11b815263ffffffff9384166004820152600160601b820484166024820152600160801b909104909216604483015201610c36565b621e8480612c526101208a016101008b016145fc565b63ffffffff161115612c9b57612c7061012089016101008a016145fc565b6040516302204a4b60e31b815263ffffffff9091166004820152621e84806024820152604401610c36565b6040805161022081019091525f9080612cb760208c018c61475d565b6001600160401b031681526001808801546020830152600288015460409092019160ff1690811115612ceb57612ceb614617565b81526020808201879052604080516080808201835260038b01546001600160401b038082168452600160401b8204169483019490945263ffffffff600160801b8504811683850152600160a01b90940490931660608083019190915291840152820186905290810190612d60908c018c615172565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250505090825250602001612da960c08c0160a08d01614df2565b60ff16815263ffffffff43166020820152604001612dcd60e08c0160c08d016145fc565b612dd790436158fa565b63ffffffff168152336020820152604001612df96101008c0160e08d01614564565b6001600160a01b031681526020015f612e196101008d0160e08e01614564565b6001600160a01b031614612e3e57612e396101208c016101008d016145fc565b612e40565b5f5b63ffffffff1681526001600160601b038a1660208201525f6040820181905260608201819052608090910152600586015490915061ffff1615612e8b57612e8b856001018a8361400d565b60648054600160401b900463ffffffff16906008612ea883615916565b91906101000a81548163ffffffff021916908363ffffffff16021790555095506040518060c0016040528082604051602001612ee49190615a7d565b60408051601f19818403018152918152815160209283012083525f9183019190915201600181525f60208201819052604082015260600160016002880154610100900460ff166001811115612f3b57612f3b614617565b14612f46575f612f5c565b6002870154630100000090046001600160a01b03165b6001600160a01b031681525060695f8863ffffffff1663ffffffff1681526020019081526020015f205f820151815f0155602082015181600101556040820151816002015f6101000a81548160ff02191690836003811115612fc057612fc0614617565b0217905550606082015160029091018054608084015160a0909401516001600160a01b0316600160301b026601000000000000600160d01b031963ffffffff958616620100000265ffffffff00001960ff909616610100029590951665ffffffffff001990931692909217939093171691909117905586167ff62631fa488beda588ea9541801bc1130c7c8d5cf695f5fb80f43cfdccb0874b8261306760208d018d615172565b61307460608f018f615172565b60405161308a95949392919060048e0190615a8f565b60405180910390a250505050509392505050565b60658054821515600160a01b0260ff60a01b199091161790556040517f512552a88da47bab1d1fb1e361db2a4b32e41d2e5106b9ff864e6b2bd17670d7906130eb90831515815260200190565b60405180910390a150565b6002838101805460ff191690911790556131166040830160208401614df2565b60028401805465ffffffffff00191661010060ff939093169290920265ffffffff0000191691909117620100004363ffffffff1602179055801561315c57600183018190555b505050565b60605f8086806001600160401b0381111561317e5761317e6152b6565b6040519080825280602002602001820160405280156131a7578160200160208202803683370190505b5093505f89895f8181106131bd576131bd615245565b90506020028101906131cf9190615259565b6131de90610120810190615172565b6040516131ec9291906151db565b60405190819003902090505f5b8281101561339c575f61320b60405190565b9050368c8c8481811061322057613220615245565b90506020028101906132329190615259565b905083613243610120830183615172565b6040516132519291906151db565b60405180910390201461327a57604051630c6a41e960e31b815260048101849052602401610c36565b63ffffffff8916613293610180830161016084016145fc565b63ffffffff1611156132e357826132b2610180830161016084016145fc565b604051631adfe8e960e01b8152600481019290925263ffffffff90811660248301528a166044820152606401610c36565b613311818c8c868181106132f9576132f9615245565b905060200281019061330b9190615278565b5f61377e565b88848151811061332357613323615245565b6020908102919091010152613340610220820161020083016148df565b613353906001600160601b0316886152df565b965060ff861661336b61016083016101408401614df2565b60ff1611156133895761338661016082016101408301614df2565b95505b61339282604052565b50506001016131f9565b505050955095509592505050565b80515f9081816001600160401b038111156133c7576133c76152b6565b6040519080825280602002602001820160405280156133f0578160200160208202803683370190505b5090505f5b828110156134445761341f85828151811061341257613412615245565b602002602001015161426e565b82828151811061343157613431615245565b60209081029190910101526001016133f5565b505b600182111561355c575f61345b60028461528c565b90505f5b818110156134e9576134c48361347683600261529f565b8151811061348657613486615245565b60200260200101518483600261349c919061529f565b6134a79060016152df565b815181106134b7576134b7615245565b6020026020010151614285565b8382815181106134d6576134d6615245565b602090810291909101015260010161345f565b506134f56002846151c8565b60010361353f578161350860018561566e565b8151811061351857613518615245565b602002602001015182828151811061353257613532615245565b6020026020010181815250505b61354a6002846151c8565b61355490826152df565b925050613446565b805f8151811061356e5761356e615245565b602002602001015192505050919050565b604080517f641da3562b2f9afe9b4b6eb6978539b901c6af38a871fb4bdef46f93523b59bc602082015246918101919091523060608201526080810183905260a081018290525f9060c001612768565b5f6135ed604051806040016040528060608152602001606081525090565b61362b8689895f81811061360357613603615245565b90506020028101906136159190615259565b61362490610120810190615172565b88886137e8565b925090505f61363a8285613971565b509050801561364a575050613774565b5f5b88811015613770575f5f613691858d8d8681811061366c5761366c615245565b905060200281019061367e9190615259565b611b549061016081019061014001614df2565b915091508161376657828c8c858181106136ad576136ad615245565b90506020028101906136bf9190615259565b6136ce90610120810190615172565b838181106136de576136de615245565b9050013560f81c60f81b60f81c865f0151838151811061370057613700615245565b60200260200101518760200151848151811061371e5761371e615245565b602090810291909101015160405163feffdcc760e01b8152600481019490945260ff90921660248401526001600160601b039081166044840152166064820152608401610c36565b505060010161364c565b5050505b9695505050505050565b5f8061378d60208501856145fc565b90505f5f61379b83886122fb565b90925090506137b261024088016102208901614dbe565b61ffff16156137dc57604051630f8d62bd60e01b815263ffffffff84166004820152602401610c36565b611c5f8282888861236e565b60408051808201909152606080825260208201525f5f6040518060a001604052807f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020016138d960655460ff600160a01b9091041690565b15159052604051630e2ded6f60e01b815290915073__$f67e1a8949bb391e6e7f6e05ec5faf70d5$__90630e2ded6f906139219084908c908c908c908c908c90600401615d19565b5f60405180830381865af415801561393b573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526139629190810190615dfc565b92509250509550959350505050565b5f80805b846020015151811015613a1e575f855f0151828151811061399857613998615245565b602002602001015190505f866020015183815181106139b9576139b9615245565b60200260200101519050806001600160601b03165f1480613a0157506139eb60ff87166001600160601b03831661529f565b6139ff6001600160601b038416606461529f565b105b15613a14575f8394509450505050612367565b5050600101613975565b506001945f945092505050565b5f858410613a3a57505f613774565b5f613a448661426e565b90505f875b6001811115613b2957613a5d6002886151c8565b600103613aaa57848203613a76575f9350505050613774565b613aa3868684613a8581615eba565b9550818110613a9657613a96615245565b9050602002013584614285565b9250613afe565b80613ab68860016152df565b1015613afe57848203613ace575f9350505050613774565b613afb83878785613ade81615eba565b9650818110613aef57613aef615245565b90506020020135614285565b92505b613b0960028861528c565b96506002613b188260016152df565b613b22919061528c565b9050613a49565b508084148015613b3857508882145b9998505050505050505050565b63ffffffff82165f90815260696020526040812090613b6383612716565b90505f600283015460ff166003811115613b7f57613b7f614617565b03613ba55760405163d10cfe7560e01b815263ffffffff85166004820152602401610c36565b81548114613bce576040516373934be360e01b815263ffffffff85166004820152602401610c36565b60028083015460ff166003811115613be857613be8614617565b03613c0e5760405163b800867160e01b815263ffffffff85166004820152602401610c36565b6003600283015460ff166003811115613c2957613c29614617565b036123675760405163063a996560e21b815263ffffffff85166004820152602401610c36565b5f80613c63610180850161016086016145fc565b613c749063ffffffff1660016152df565b40905080613cbb57613c8e610180850161016086016145fc565b613c999060016158fa565b604051633f6c971b60e21b815263ffffffff9091166004820152602401610c36565b60408051602081018390529081018490526060016040516020818303038152906040528051906020012091505092915050565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610dc1565b613d1e6142a2565b6001600160a01b038216613d455760405163d92e233d60e01b815260040160405180910390fd5b5f80546001600160a01b03199081166001600160a01b03858116918217845560028054909316908516179091556040519091907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a36040516001600160a01b038216905f907f95bb211a5a393c4d30c3edc9a745825fba4e6ad3e3bb949e6bf8ccdfe431a811908290a35050565b63ffffffff82161580613df457508163ffffffff168163ffffffff16105b15613e2a57604051633fdfa8df60e11b815263ffffffff8083166004830181905290841660248301526044820152606401610c36565b6064805467ffffffffffffffff60601b1916600160601b63ffffffff85811691820263ffffffff60801b191692909217600160801b928516928302179092556040805192835260208301919091527f91f2427424ad1adbffdb49baf280f6a98bf0ce59173be0956d90f98d4e9bbe4e910160405180910390a15050565b5f613eba61020084016101e085016145fc565b63ffffffff169050613a98603f613ed283604061529f565b613edc919061528c565b613ee691906152df565b5a1015613f065760405163657989e960e01b815260040160405180910390fd5b5f84613f15602086018661475d565b613f276101c087016101a08801614564565b8660200135866020016020810190613f3f9190614df2565b6040880135613f5160608a018a615172565b604051602401613f68989796959493929190615ed2565b60408051601f198184030181529190526020810180516001600160e01b0316634d63ee6960e11b17905290505f613fa76101e086016101c08701614564565b90505f5f5f8451602086015f8689f19050816001600160a01b03168763ffffffff167f492dee2089147e802e0a151910b45782543df141b7285faf1bf4a0548317ff7883604051613ffc911515815260200190565b60405180910390a350505050505050565b606c546001600160a01b03168061403a5760405160016230af6560e11b0319815260040160405180910390fd5b6140476080840184615172565b905060011461406957604051637a95c38760e01b815260040160405180910390fd5b60ff61407b60e0850160c086016145fc565b63ffffffff1611156140c05761409760e0840160c085016145fc565b6040516317fd0e7760e21b815263ffffffff909116600482015260ff6024820152604401610c36565b606c54600485015461ffff600160a01b90920482169116106140ea57600484015461ffff166140f9565b606c54600160a01b900461ffff165b61ffff166101c0830152600484015462010000900463ffffffff161561412f57600484015462010000900463ffffffff16614140565b606c54600160b01b900463ffffffff165b63ffffffff166101e08301525f8060018087015460ff169081111561416757614167614617565b14614173576002614176565b60015b905060018086810154610100900460ff169081111561419757614197614617565b036141a0576004175b6001600160a01b03821663fb26f1066141bc6080870187615172565b5f8181106141cc576141cc615245565b60028a015460405160e086901b6001600160e01b0319168152919093013560f81c600482015260ff86166024820152600160401b9092046001600160401b03166044830152506064016020604051808303815f875af1158015614231573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906142559190615f31565b6001600160401b03166102009093019290925250505050565b5f6040515f81536001810192909252506021902090565b5f6040516001815360018101939093525060218201526041902090565b6142aa6142c9565b6142c757604051631afcd79f60e31b815260040160405180910390fd5b565b5f6142d2613cee565b54600160401b900460ff16919050565b6040518060c001604052805f81526020015f81526020015f600381111561430b5761430b614617565b81525f602082018190526040820181905260609091015290565b604080516060810182525f80825260208201529081016143a76040805161012081019091525f808252602082019081526020015f81525f602080830182905260408084018390528051608081018252838152918201839052810182905260608181019290925291019081526060602082018190525f6040830181905291015290565b905290565b5f61028082840312156143bd575f5ffd5b50919050565b5f608082840312156143bd575f5ffd5b5f61012082840312156143bd575f5ffd5b5f5f5f606084860312156143f6575f5ffd5b83356001600160401b0381111561440b575f5ffd5b614417868287016143ac565b93505060208401356001600160401b03811115614432575f5ffd5b61443e868287016143c3565b92505060408401356001600160401b03811115614459575f5ffd5b614465868287016143d3565b9150509250925092565b5f61018082840312156143bd575f5ffd5b5f60208284031215614490575f5ffd5b81356001600160401b038111156144a5575f5ffd5b6124618482850161446f565b5f5f604083850312156144c2575f5ffd5b82356001600160401b038111156144d7575f5ffd5b6144e3858286016143ac565b92505060208301356001600160401b038111156144fe575f5ffd5b61450a858286016143c3565b9150509250929050565b5f60208284031215614524575f5ffd5b81356001600160401b03811115614539575f5ffd5b612461848285016143d3565b6001600160a01b0381168114611086575f5ffd5b8035610e8181614545565b5f60208284031215614574575f5ffd5b813561457f81614545565b9392505050565b8015158114611086575f5ffd5b5f602082840312156145a3575f5ffd5b813561457f81614586565b60028110611086575f5ffd5b8035610e81816145ae565b5f602082840312156145d5575f5ffd5b813561457f816145ae565b63ffffffff81168114611086575f5ffd5b8035610e81816145e0565b5f6020828403121561460c575f5ffd5b813561457f816145e0565b634e487b7160e01b5f52602160045260245ffd5b8151815260208083015190820152604082015160c08201906004811061465357614653614617565b604083015260608381015160ff169083015260808084015163ffffffff169083015260a0928301516001600160a01b0316929091019190915290565b5f5f5f5f606085870312156146a2575f5ffd5b84356001600160401b038111156146b7575f5ffd5b6146c3878288016143ac565b94505060208501356001600160401b038111156146de575f5ffd5b6146ea878288016143c3565b93505060408501356001600160401b03811115614705575f5ffd5b8501601f81018713614715575f5ffd5b80356001600160401b0381111561472a575f5ffd5b87602082840101111561473b575f5ffd5b949793965060200194505050565b6001600160401b0381168114611086575f5ffd5b5f6020828403121561476d575f5ffd5b813561457f81614749565b5f5f60408385031215614789575f5ffd5b823561479481614749565b915060208301356001600160401b038111156147ae575f5ffd5b61450a8582860161446f565b5f5f604083850312156147cb575f5ffd5b82356147d6816145ae565b946020939093013593505050565b5f5f83601f8401126147f4575f5ffd5b5081356001600160401b0381111561480a575f5ffd5b6020830191508360208260051b8501011115612367575f5ffd5b5f5f5f5f5f5f60808789031215614839575f5ffd5b86356001600160401b0381111561484e575f5ffd5b61485a89828a016147e4565b90975095505060208701356001600160401b03811115614878575f5ffd5b61488489828a016147e4565b9095509350506040870135614898816145e0565b915060608701356001600160401b038111156148b2575f5ffd5b6148be89828a0161446f565b9150509295509295509295565b6001600160601b0381168114611086575f5ffd5b5f602082840312156148ef575f5ffd5b813561457f816148cb565b5f5f6020838503121561490b575f5ffd5b82356001600160401b03811115614920575f5ffd5b61492c858286016147e4565b90969095509350505050565b602080825282518282018190525f918401906040840190835b8181101561497557835163ffffffff16835260209384019390920191600101614951565b509095945050505050565b5f5f5f60608486031215614992575f5ffd5b83356001600160401b038111156149a7575f5ffd5b6149b3868287016143ac565b93505060208401356001600160401b038111156149ce575f5ffd5b6149da868287016143c3565b92505060408401356001600160401b038111156149f5575f5ffd5b6144658682870161446f565b5f5f5f5f5f60808688031215614a15575f5ffd5b85359450602086013593506040860135925060608601356001600160401b03811115614a3f575f5ffd5b614a4b888289016147e4565b969995985093965092949392505050565b5f5f60408385031215614a6d575f5ffd5b8235614a78816145e0565b915060208301356001600160401b03811115614a92575f5ffd5b61450a858286016143ac565b61ffff81168114611086575f5ffd5b8035610e8181614a9e565b5f5f5f60608486031215614aca575f5ffd5b8335614ad581614545565b92506020840135614ae581614a9e565b91506040840135614af5816145e0565b809150509250925092565b6002811061108657611086614617565b614b1981614b00565b9052565b6001600160401b0381511682526001600160401b03602082015116602083015263ffffffff604082015116604083015263ffffffff60608201511660608301525050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f82825180855260208501945060208160051b830101602085015f5b83811015614bdd57601f19858403018852614bc7838351614b61565b6020988901989093509190910190600101614bab565b50909695505050505050565b6020815260018060a01b0382511660208201526020820151151560408201525f6040830151606080840152805160808401526020810151614c2d60a0850182614b10565b506040810151614c4060c0850182614b10565b50606081015160ff1660e084015260808101516001600160a01b031661010084015260a0810151614c75610120850182614b1d565b5060c08101516101806101a0850152614c92610200850182614b8f565b905060e0820151614caa6101c086018261ffff169052565b5061010082015191506124616101e085018363ffffffff169052565b5f5f60408385031215614cd7575f5ffd5b50508035926020909101359150565b5f60208284031215614cf6575f5ffd5b81356001600160401b03811115614d0b575f5ffd5b612461848285016143ac565b5f5f5f5f60808587031215614d2a575f5ffd5b8435614d3581614545565b93506020850135614d4581614545565b92506040850135614d55816145e0565b91506060850135614d65816145e0565b939692955090935050565b5f5f60408385031215614d81575f5ffd5b8235614d8c816145e0565b91506020830135614d9c816145e0565b809150509250929050565b5f60208284031215614db7575f5ffd5b5035919050565b5f60208284031215614dce575f5ffd5b813561457f81614a9e565b60ff81168114611086575f5ffd5b8035610e8181614dd9565b5f60208284031215614e02575f5ffd5b813561457f81614dd9565b5f5f8335601e19843603018112614e22575f5ffd5b8301803591506001600160401b03821115614e3b575f5ffd5b6020019150600581901b3603821315612367575f5ffd5b60ff8416815260406020820181905281018290525f8360608301825b85811015614e9b578235614e81816145e0565b63ffffffff16825260209283019290910190600101614e6e565b509695505050505050565b634e487b7160e01b5f52601160045260245ffd5b5f6001600160401b0382166001600160401b038103614edb57614edb614ea6565b60010192915050565b8035614eef81614749565b6001600160401b031682526020810135614f0881614749565b6001600160401b031660208301526040810135614f24816145e0565b63ffffffff1660408301526060810135614f3d816145e0565b63ffffffff81166060840152505050565b5f5f8335601e19843603018112614f63575f5ffd5b83016020810192503590506001600160401b03811115614f81575f5ffd5b8060051b3603821315612367575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b5f5f8335601e19843603018112614fcf575f5ffd5b83016020810192503590506001600160401b03811115614fed575f5ffd5b803603821315612367575f5ffd5b5f8383855260208501945060208460051b820101835f5b86811015614bdd57838303601f1901885261502d8287614fba565b615038858284614f92565b60209a8b019a90955093909301925050600101615012565b8381526001600160401b0383166020820152606060408201525f5f8335905080606084015250615082602084016145ba565b61508f6080840182614b10565b5061509c604084016145ba565b6150a960a0840182614b10565b506150b660608401614de7565b60ff1660c08301526150ca60808401614559565b6001600160a01b031660e08301526150e9610100830160a08501614ee4565b6150f7610120840184614f4e565b6101808085015261510d6101e085018284614ffb565b91505061511d6101408501614aad565b61ffff166101a084015261513461016085016145f1565b63ffffffff81166101c08501525b5095945050505050565b8051610e8181614dd9565b5f60208284031215615167575f5ffd5b815161457f81614dd9565b5f5f8335601e19843603018112615187575f5ffd5b8301803591506001600160401b038211156151a0575f5ffd5b602001915036819003821315612367575f5ffd5b634e487b7160e01b5f52601260045260245ffd5b5f826151d6576151d66151b4565b500690565b818382375f9101908152919050565b60018060a01b038916815263ffffffff8816602082015286604082015285606082015260c060808201525f61522360c083018688614f92565b82810360a0840152615236818587614f92565b9b9a5050505050505050505050565b634e487b7160e01b5f52603260045260245ffd5b5f823561027e1983360301811261526e575f5ffd5b9190910192915050565b5f8235607e1983360301811261526e575f5ffd5b5f8261529a5761529a6151b4565b500490565b8082028115828204841417610dc157610dc1614ea6565b634e487b7160e01b5f52604160045260245ffd5b5f823561011e1983360301811261526e575f5ffd5b80820180821115610dc157610dc1614ea6565b604051606081016001600160401b0381118282101715615314576153146152b6565b60405290565b60405161012081016001600160401b0381118282101715615314576153146152b6565b604051601f8201601f191681016001600160401b0381118282101715615365576153656152b6565b604052919050565b8051610e8181614545565b8051610e81816145ae565b8051610e81816145e0565b5f6080828403121561539e575f5ffd5b604051608081016001600160401b03811182821017156153c0576153c06152b6565b806040525080915082516153d381614749565b815260208301516153e381614749565b602082015260408301516153f6816145e0565b60408201526060830151615409816145e0565b6060919091015292915050565b5f6001600160401b0382111561542e5761542e6152b6565b5060051b60200190565b5f82601f830112615447575f5ffd5b815161545a61545582615416565b61533d565b8082825260208201915060208360051b86010192508583111561547b575f5ffd5b602085015b838110156151425780516001600160401b0381111561549d575f5ffd5b8601603f810188136154ad575f5ffd5b60208101516001600160401b038111156154c9576154c96152b6565b6154dc601f8201601f191660200161533d565b8181526040838301018a10156154f0575f5ffd5b8160408401602083015e5f60208383010152808652505050602083019250602081019050615480565b8051610e8181614a9e565b5f60208284031215615534575f5ffd5b81516001600160401b03811115615549575f5ffd5b82016060818503121561555a575f5ffd5b6155626152f2565b815161556d81614545565b8152602082015161557d81614586565b602082015260408201516001600160401b0381111561559a575f5ffd5b919091019061018082860312156155af575f5ffd5b6155b761531a565b825181526155c760208401615378565b60208201526155d860408401615378565b60408201526155e96060840161514c565b60608201526155fa6080840161536d565b608082015261560c8660a0850161538e565b60a08201526101208301516001600160401b0381111561562a575f5ffd5b61563687828601615438565b60c0830152506156496101408401615519565b60e082015261565b6101608401615383565b6101008201526040820152949350505050565b81810381811115610dc157610dc1614ea6565b8183526020830192505f815f5b848110156156bc5781356156a1816145e0565b63ffffffff168652602095860195919091019060010161568e565b5093949350505050565b5f5f8335601e198436030181126156db575f5ffd5b83016020810192503590506001600160401b038111156156f9575f5ffd5b8060061b3603821315612367575f5ffd5b8183526020830192505f815f5b848110156156bc57813586526020808301359087015260409586019590910190600101615717565b6040818337604080820160408401375050565b6001600160a01b03871681526001600160401b038616602082015260408101859052606081018490526080810183905260c060a08201525f823561579581614dd9565b60ff1660c08301526157aa6020840184614f4e565b61012060e08501526157c16101e085018284615681565b9150506157d160408501856156c6565b84830360bf19016101008601526157e983828461570a565b925050506157fe61012084016060860161573f565b60e08401356101a08401526101008401356101c084015298975050505050505050565b5f60208284031215615831575f5ffd5b5051919050565b5f8135615844816145e0565b63ffffffff168352602082013561585a81614dd9565b60ff166020840152604082810135908401526158796060830183614fba565b6080606086015261588e608086018284614f92565b95945050505050565b606081525f6158a96060830186615838565b60208301949094525060400152919050565b84815260018060a01b0384166020820152826040820152608060608201525f6137746080830184615838565b602081016158f483614b00565b91905290565b63ffffffff8181168382160190811115610dc157610dc1614ea6565b5f63ffffffff821663ffffffff8103614edb57614edb614ea6565b80516001600160401b03168252602081015160208301525f604082015161595b6040850182614b10565b506060820151606084015260808201516159786080850182614b1d565b5060a082015161010084015260c08201516102806101208501526159a0610280850182614b61565b905060e08301516159b761014086018260ff169052565b5061010083015163ffffffff81166101608601525061012083015163ffffffff8116610180860152506101408301516001600160a01b0381166101a0860152506101608301516001600160a01b0381166101c08601525061018083015163ffffffff81166101e0860152506101a08301516001600160601b038116610200860152506101c083015161ffff8116610220860152506101e083015163ffffffff8116610240860152506102008301516001600160401b038116610260860152509392505050565b602081525f610dbe6020830184615931565b608081525f615aa16080830189615931565b8281036020840152615ab481888a614f92565b90508281036040840152615ac9818688614f92565b9050828103606084015280845480835260208301915060208160051b840101865f5260205f205f5b83811015615bb057858303601f1901855281545f90600181811c90821680615b1a57607f821691505b602082108103615b3857634e487b7160e01b5f52602260045260245ffd5b81875260208701818015615b535760018114615b6957615b95565b60ff198516825283151560051b82019550615b95565b5f888152602090205f5b85811015615b8f57815484820152600190910190602001615b73565b83019650505b50505060209790970196509093505060019182019101615af1565b50909c9b505050505050505050505050565b5f8383855260208501945060208460051b820101835f5b86811015614bdd57838303601f19018852615bf48287614f4e565b615bff858284615681565b60209a8b019a90955093909301925050600101615bd9565b5f615c228283614f4e565b6101808552615c3661018086018284615681565b915050615c4660208401846156c6565b8583036020870152615c5983828461570a565b92505050615c6a60408401846156c6565b8583036040870152615c7d83828461570a565b92505050615c91606085016060850161573f565b615cab60e0850160e0850180358252602090810135910152565b615cb9610120840184614f4e565b858303610120870152615ccd838284615681565b92505050615cdf610140840184614f4e565b858303610140870152615cf3838284615681565b92505050615d05610160840184614f4e565b858303610160870152613774838284615bc2565b86516001600160a01b0390811682526020808901518216908301526040808901518216908301526060808901519091169082015260808088015115159082015260a0810186905261012060c082018190525f90615d799083018688614f92565b63ffffffff851660e0840152828103610100840152613b388185615c17565b5f82601f830112615da7575f5ffd5b8151615db561545582615416565b8082825260208201915060208360051b860101925085831115615dd6575f5ffd5b602085015b83811015615142578051615dee816148cb565b835260209283019201615ddb565b5f5f60408385031215615e0d575f5ffd5b82516001600160401b03811115615e22575f5ffd5b830160408186031215615e33575f5ffd5b604080519081016001600160401b0381118282101715615e5557615e556152b6565b60405281516001600160401b03811115615e6d575f5ffd5b615e7987828501615d98565b82525060208201516001600160401b03811115615e94575f5ffd5b615ea087828501615d98565b602083810191909152959095015190969095509350505050565b5f60018201615ecb57615ecb614ea6565b5060010190565b63ffffffff891681526001600160401b038816602082015260018060a01b038716604082015285606082015260ff851660808201528360a082015260e060c08201525f615f2360e083018486614f92565b9a9950505050505050505050565b5f60208284031215615f41575f5ffd5b815161457f8161474956",
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

	functionRegistryAddr, _, _, _ := DeployFunctionRegistry(auth, backend)
	TaskManagerBin = strings.ReplaceAll(TaskManagerBin, "__$471cae8fcc9a82a21c2b48d6c788af9f49$__", functionRegistryAddr.String()[2:])

	zkProofsAddr, _, _, _ := DeployZkProofs(auth, backend)
	TaskManagerBin = strings.ReplaceAll(TaskManagerBin, "__$d0a4d585c3b34d4c671830626c5d792137$__", zkProofsAddr.String()[2:])

	bLSCertificatesAddr, _, _, _ := DeployBLSCertificates(auth, backend)
	TaskManagerBin = strings.ReplaceAll(TaskManagerBin, "__$f67e1a8949bb391e6e7f6e05ec5faf70d5$__", bLSCertificatesAddr.String()[2:])

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

// MAXCOMMITTEEWINDOW is a free data retrieval call binding the contract method 0xe878fcdd.
//
// Solidity: function MAX_COMMITTEE_WINDOW() view returns(uint32)
func (_TaskManager *TaskManagerCaller) MAXCOMMITTEEWINDOW(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "MAX_COMMITTEE_WINDOW")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// MAXCOMMITTEEWINDOW is a free data retrieval call binding the contract method 0xe878fcdd.
//
// Solidity: function MAX_COMMITTEE_WINDOW() view returns(uint32)
func (_TaskManager *TaskManagerSession) MAXCOMMITTEEWINDOW() (uint32, error) {
	return _TaskManager.Contract.MAXCOMMITTEEWINDOW(&_TaskManager.CallOpts)
}

// MAXCOMMITTEEWINDOW is a free data retrieval call binding the contract method 0xe878fcdd.
//
// Solidity: function MAX_COMMITTEE_WINDOW() view returns(uint32)
func (_TaskManager *TaskManagerCallerSession) MAXCOMMITTEEWINDOW() (uint32, error) {
	return _TaskManager.Contract.MAXCOMMITTEEWINDOW(&_TaskManager.CallOpts)
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

// CommitteeSeed is a free data retrieval call binding the contract method 0xc476fe14.
//
// Solidity: function committeeSeed((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task) view returns(bytes32)
func (_TaskManager *TaskManagerCaller) CommitteeSeed(opts *bind.CallOpts, task ITaskManagerTask) ([32]byte, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "committeeSeed", task)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// CommitteeSeed is a free data retrieval call binding the contract method 0xc476fe14.
//
// Solidity: function committeeSeed((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task) view returns(bytes32)
func (_TaskManager *TaskManagerSession) CommitteeSeed(task ITaskManagerTask) ([32]byte, error) {
	return _TaskManager.Contract.CommitteeSeed(&_TaskManager.CallOpts, task)
}

// CommitteeSeed is a free data retrieval call binding the contract method 0xc476fe14.
//
// Solidity: function committeeSeed((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task) view returns(bytes32)
func (_TaskManager *TaskManagerCallerSession) CommitteeSeed(task ITaskManagerTask) ([32]byte, error) {
	return _TaskManager.Contract.CommitteeSeed(&_TaskManager.CallOpts, task)
}

// DefaultFailoverBlocks is a free data retrieval call binding the contract method 0xc8e0f26f.
//
// Solidity: function defaultFailoverBlocks() view returns(uint32)
func (_TaskManager *TaskManagerCaller) DefaultFailoverBlocks(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "defaultFailoverBlocks")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// DefaultFailoverBlocks is a free data retrieval call binding the contract method 0xc8e0f26f.
//
// Solidity: function defaultFailoverBlocks() view returns(uint32)
func (_TaskManager *TaskManagerSession) DefaultFailoverBlocks() (uint32, error) {
	return _TaskManager.Contract.DefaultFailoverBlocks(&_TaskManager.CallOpts)
}

// DefaultFailoverBlocks is a free data retrieval call binding the contract method 0xc8e0f26f.
//
// Solidity: function defaultFailoverBlocks() view returns(uint32)
func (_TaskManager *TaskManagerCallerSession) DefaultFailoverBlocks() (uint32, error) {
	return _TaskManager.Contract.DefaultFailoverBlocks(&_TaskManager.CallOpts)
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
// Solidity: function getFunction(uint64 functionId) view returns((address,bool,(bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32)))
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
// Solidity: function getFunction(uint64 functionId) view returns((address,bool,(bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32)))
func (_TaskManager *TaskManagerSession) GetFunction(functionId uint64) (ITaskManagerFunctionRecord, error) {
	return _TaskManager.Contract.GetFunction(&_TaskManager.CallOpts, functionId)
}

// GetFunction is a free data retrieval call binding the contract method 0xb96ed13e.
//
// Solidity: function getFunction(uint64 functionId) view returns((address,bool,(bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32)))
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

// MinCommitteeSize is a free data retrieval call binding the contract method 0xce8d8088.
//
// Solidity: function minCommitteeSize() view returns(uint16)
func (_TaskManager *TaskManagerCaller) MinCommitteeSize(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "minCommitteeSize")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// MinCommitteeSize is a free data retrieval call binding the contract method 0xce8d8088.
//
// Solidity: function minCommitteeSize() view returns(uint16)
func (_TaskManager *TaskManagerSession) MinCommitteeSize() (uint16, error) {
	return _TaskManager.Contract.MinCommitteeSize(&_TaskManager.CallOpts)
}

// MinCommitteeSize is a free data retrieval call binding the contract method 0xce8d8088.
//
// Solidity: function minCommitteeSize() view returns(uint16)
func (_TaskManager *TaskManagerCallerSession) MinCommitteeSize() (uint16, error) {
	return _TaskManager.Contract.MinCommitteeSize(&_TaskManager.CallOpts)
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

// ResponseDigest is a free data retrieval call binding the contract method 0x1b3fd6e2.
//
// Solidity: function responseDigest((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task, (uint32,uint8,bytes32,bytes) response) view returns(bytes32)
func (_TaskManager *TaskManagerCaller) ResponseDigest(opts *bind.CallOpts, task ITaskManagerTask, response ITaskManagerTaskResponse) ([32]byte, error) {
	var out []interface{}
	err := _TaskManager.contract.Call(opts, &out, "responseDigest", task, response)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ResponseDigest is a free data retrieval call binding the contract method 0x1b3fd6e2.
//
// Solidity: function responseDigest((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task, (uint32,uint8,bytes32,bytes) response) view returns(bytes32)
func (_TaskManager *TaskManagerSession) ResponseDigest(task ITaskManagerTask, response ITaskManagerTaskResponse) ([32]byte, error) {
	return _TaskManager.Contract.ResponseDigest(&_TaskManager.CallOpts, task, response)
}

// ResponseDigest is a free data retrieval call binding the contract method 0x1b3fd6e2.
//
// Solidity: function responseDigest((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task, (uint32,uint8,bytes32,bytes) response) view returns(bytes32)
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

// RegisterFunction is a paid mutator transaction binding the contract method 0x1adc605b.
//
// Solidity: function registerFunction((bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32) spec) returns(uint64 functionId)
func (_TaskManager *TaskManagerTransactor) RegisterFunction(opts *bind.TransactOpts, spec ITaskManagerFunctionSpec) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "registerFunction", spec)
}

// RegisterFunction is a paid mutator transaction binding the contract method 0x1adc605b.
//
// Solidity: function registerFunction((bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32) spec) returns(uint64 functionId)
func (_TaskManager *TaskManagerSession) RegisterFunction(spec ITaskManagerFunctionSpec) (*types.Transaction, error) {
	return _TaskManager.Contract.RegisterFunction(&_TaskManager.TransactOpts, spec)
}

// RegisterFunction is a paid mutator transaction binding the contract method 0x1adc605b.
//
// Solidity: function registerFunction((bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32) spec) returns(uint64 functionId)
func (_TaskManager *TaskManagerTransactorSession) RegisterFunction(spec ITaskManagerFunctionSpec) (*types.Transaction, error) {
	return _TaskManager.Contract.RegisterFunction(&_TaskManager.TransactOpts, spec)
}

// RespondToTask is a paid mutator transaction binding the contract method 0x84676a79.
//
// Solidity: function respondToTask((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task, (uint32,uint8,bytes32,bytes) response, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) certificate) returns()
func (_TaskManager *TaskManagerTransactor) RespondToTask(opts *bind.TransactOpts, task ITaskManagerTask, response ITaskManagerTaskResponse, certificate BLSSignatureCheckerNonSignerStakesAndSignature) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "respondToTask", task, response, certificate)
}

// RespondToTask is a paid mutator transaction binding the contract method 0x84676a79.
//
// Solidity: function respondToTask((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task, (uint32,uint8,bytes32,bytes) response, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) certificate) returns()
func (_TaskManager *TaskManagerSession) RespondToTask(task ITaskManagerTask, response ITaskManagerTaskResponse, certificate BLSSignatureCheckerNonSignerStakesAndSignature) (*types.Transaction, error) {
	return _TaskManager.Contract.RespondToTask(&_TaskManager.TransactOpts, task, response, certificate)
}

// RespondToTask is a paid mutator transaction binding the contract method 0x84676a79.
//
// Solidity: function respondToTask((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task, (uint32,uint8,bytes32,bytes) response, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) certificate) returns()
func (_TaskManager *TaskManagerTransactorSession) RespondToTask(task ITaskManagerTask, response ITaskManagerTaskResponse, certificate BLSSignatureCheckerNonSignerStakesAndSignature) (*types.Transaction, error) {
	return _TaskManager.Contract.RespondToTask(&_TaskManager.TransactOpts, task, response, certificate)
}

// RespondToTaskByCommittee is a paid mutator transaction binding the contract method 0x01e4b70b.
//
// Solidity: function respondToTaskByCommittee((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task, (uint32,uint8,bytes32,bytes) response, (uint8,uint32[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256)) certificate) returns()
func (_TaskManager *TaskManagerTransactor) RespondToTaskByCommittee(opts *bind.TransactOpts, task ITaskManagerTask, response ITaskManagerTaskResponse, certificate ITaskManagerCommitteeCertificate) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "respondToTaskByCommittee", task, response, certificate)
}

// RespondToTaskByCommittee is a paid mutator transaction binding the contract method 0x01e4b70b.
//
// Solidity: function respondToTaskByCommittee((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task, (uint32,uint8,bytes32,bytes) response, (uint8,uint32[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256)) certificate) returns()
func (_TaskManager *TaskManagerSession) RespondToTaskByCommittee(task ITaskManagerTask, response ITaskManagerTaskResponse, certificate ITaskManagerCommitteeCertificate) (*types.Transaction, error) {
	return _TaskManager.Contract.RespondToTaskByCommittee(&_TaskManager.TransactOpts, task, response, certificate)
}

// RespondToTaskByCommittee is a paid mutator transaction binding the contract method 0x01e4b70b.
//
// Solidity: function respondToTaskByCommittee((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task, (uint32,uint8,bytes32,bytes) response, (uint8,uint32[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256)) certificate) returns()
func (_TaskManager *TaskManagerTransactorSession) RespondToTaskByCommittee(task ITaskManagerTask, response ITaskManagerTaskResponse, certificate ITaskManagerCommitteeCertificate) (*types.Transaction, error) {
	return _TaskManager.Contract.RespondToTaskByCommittee(&_TaskManager.TransactOpts, task, response, certificate)
}

// RespondToTasks is a paid mutator transaction binding the contract method 0x745e7a6b.
//
// Solidity: function respondToTasks((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64)[] batchTasks, (uint32,uint8,bytes32,bytes)[] responses, uint32 referenceBlock, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) certificate) returns()
func (_TaskManager *TaskManagerTransactor) RespondToTasks(opts *bind.TransactOpts, batchTasks []ITaskManagerTask, responses []ITaskManagerTaskResponse, referenceBlock uint32, certificate BLSSignatureCheckerNonSignerStakesAndSignature) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "respondToTasks", batchTasks, responses, referenceBlock, certificate)
}

// RespondToTasks is a paid mutator transaction binding the contract method 0x745e7a6b.
//
// Solidity: function respondToTasks((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64)[] batchTasks, (uint32,uint8,bytes32,bytes)[] responses, uint32 referenceBlock, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) certificate) returns()
func (_TaskManager *TaskManagerSession) RespondToTasks(batchTasks []ITaskManagerTask, responses []ITaskManagerTaskResponse, referenceBlock uint32, certificate BLSSignatureCheckerNonSignerStakesAndSignature) (*types.Transaction, error) {
	return _TaskManager.Contract.RespondToTasks(&_TaskManager.TransactOpts, batchTasks, responses, referenceBlock, certificate)
}

// RespondToTasks is a paid mutator transaction binding the contract method 0x745e7a6b.
//
// Solidity: function respondToTasks((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64)[] batchTasks, (uint32,uint8,bytes32,bytes)[] responses, uint32 referenceBlock, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) certificate) returns()
func (_TaskManager *TaskManagerTransactorSession) RespondToTasks(batchTasks []ITaskManagerTask, responses []ITaskManagerTaskResponse, referenceBlock uint32, certificate BLSSignatureCheckerNonSignerStakesAndSignature) (*types.Transaction, error) {
	return _TaskManager.Contract.RespondToTasks(&_TaskManager.TransactOpts, batchTasks, responses, referenceBlock, certificate)
}

// RespondWithProof is a paid mutator transaction binding the contract method 0x5fdcb1a3.
//
// Solidity: function respondWithProof((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task, (uint32,uint8,bytes32,bytes) response, bytes proof) returns()
func (_TaskManager *TaskManagerTransactor) RespondWithProof(opts *bind.TransactOpts, task ITaskManagerTask, response ITaskManagerTaskResponse, proof []byte) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "respondWithProof", task, response, proof)
}

// RespondWithProof is a paid mutator transaction binding the contract method 0x5fdcb1a3.
//
// Solidity: function respondWithProof((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task, (uint32,uint8,bytes32,bytes) response, bytes proof) returns()
func (_TaskManager *TaskManagerSession) RespondWithProof(task ITaskManagerTask, response ITaskManagerTaskResponse, proof []byte) (*types.Transaction, error) {
	return _TaskManager.Contract.RespondWithProof(&_TaskManager.TransactOpts, task, response, proof)
}

// RespondWithProof is a paid mutator transaction binding the contract method 0x5fdcb1a3.
//
// Solidity: function respondWithProof((uint64,bytes32,uint8,bytes32,(uint64,uint64,uint32,uint32),bytes32,bytes,uint8,uint32,uint32,address,address,uint32,uint96,uint16,uint32,uint64) task, (uint32,uint8,bytes32,bytes) response, bytes proof) returns()
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

// UpdateFunction is a paid mutator transaction binding the contract method 0x61e0fac1.
//
// Solidity: function updateFunction(uint64 functionId, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32) spec) returns()
func (_TaskManager *TaskManagerTransactor) UpdateFunction(opts *bind.TransactOpts, functionId uint64, spec ITaskManagerFunctionSpec) (*types.Transaction, error) {
	return _TaskManager.contract.Transact(opts, "updateFunction", functionId, spec)
}

// UpdateFunction is a paid mutator transaction binding the contract method 0x61e0fac1.
//
// Solidity: function updateFunction(uint64 functionId, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32) spec) returns()
func (_TaskManager *TaskManagerSession) UpdateFunction(functionId uint64, spec ITaskManagerFunctionSpec) (*types.Transaction, error) {
	return _TaskManager.Contract.UpdateFunction(&_TaskManager.TransactOpts, functionId, spec)
}

// UpdateFunction is a paid mutator transaction binding the contract method 0x61e0fac1.
//
// Solidity: function updateFunction(uint64 functionId, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32) spec) returns()
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

// FilterFunctionRegistered is a free log retrieval operation binding the contract event 0xf39f565fee0c7e7650d79c9c724a9888efe71f1319af48b759285d8c3e7ca64b.
//
// Solidity: event FunctionRegistered(uint64 indexed functionId, address indexed owner, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32) spec)
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

// WatchFunctionRegistered is a free log subscription operation binding the contract event 0xf39f565fee0c7e7650d79c9c724a9888efe71f1319af48b759285d8c3e7ca64b.
//
// Solidity: event FunctionRegistered(uint64 indexed functionId, address indexed owner, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32) spec)
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

// ParseFunctionRegistered is a log parse operation binding the contract event 0xf39f565fee0c7e7650d79c9c724a9888efe71f1319af48b759285d8c3e7ca64b.
//
// Solidity: event FunctionRegistered(uint64 indexed functionId, address indexed owner, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32) spec)
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

// FilterFunctionUpdated is a free log retrieval operation binding the contract event 0x6aedb3e05f19b80ce34ffa5f67a99ccaf1aa7487b2547e0e53ec1e10e49c1862.
//
// Solidity: event FunctionUpdated(uint64 indexed functionId, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32) spec)
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

// WatchFunctionUpdated is a free log subscription operation binding the contract event 0x6aedb3e05f19b80ce34ffa5f67a99ccaf1aa7487b2547e0e53ec1e10e49c1862.
//
// Solidity: event FunctionUpdated(uint64 indexed functionId, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32) spec)
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

// ParseFunctionUpdated is a log parse operation binding the contract event 0x6aedb3e05f19b80ce34ffa5f67a99ccaf1aa7487b2547e0e53ec1e10e49c1862.
//
// Solidity: event FunctionUpdated(uint64 indexed functionId, (bytes32,uint8,uint8,uint8,address,(uint64,uint64,uint32,uint32),string[],uint16,uint32) spec)
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
