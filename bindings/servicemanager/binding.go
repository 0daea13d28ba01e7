// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package servicemanager

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

// IRewardsCoordinatorMinimalRewardsSubmission is an auto generated low-level Go binding around an user-defined struct.
type IRewardsCoordinatorMinimalRewardsSubmission struct {
	StrategiesAndMultipliers []IRewardsCoordinatorMinimalStrategyAndMultiplier
	Token                    common.Address
	Amount                   *big.Int
	StartTimestamp           uint32
	Duration                 uint32
}

// IRewardsCoordinatorMinimalStrategyAndMultiplier is an auto generated low-level Go binding around an user-defined struct.
type IRewardsCoordinatorMinimalStrategyAndMultiplier struct {
	Strategy   common.Address
	Multiplier *big.Int
}

// ServiceManagerMetaData contains all meta data concerning the ServiceManager contract.
var ServiceManagerMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"avsDirectory_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"allocationManager_\",\"type\":\"address\",\"internalType\":\"contractIAllocationManagerMinimal\"},{\"name\":\"permissionController_\",\"type\":\"address\",\"internalType\":\"contractIPermissionControllerMinimal\"},{\"name\":\"rewardsCoordinator_\",\"type\":\"address\",\"internalType\":\"contractIRewardsCoordinatorMinimal\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"allocationManager\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIAllocationManagerMinimal\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"avsDirectory\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"createAVSRewardsSubmission\",\"inputs\":[{\"name\":\"submissions\",\"type\":\"tuple[]\",\"internalType\":\"structIRewardsCoordinatorMinimal.RewardsSubmission[]\",\"components\":[{\"name\":\"strategiesAndMultipliers\",\"type\":\"tuple[]\",\"internalType\":\"structIRewardsCoordinatorMinimal.StrategyAndMultiplier[]\",\"components\":[{\"name\":\"strategy\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"multiplier\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]},{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"startTimestamp\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"duration\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"deregisterOperatorFromOperatorSets\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"operatorSetIds\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"getOperatorRestakedStrategies\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRestakeableStrategies\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"initialize\",\"inputs\":[{\"name\":\"initialOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"paused\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pauser\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"permissionController\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIPermissionControllerMinimal\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"registryCoordinator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIRegistryCoordinatorViews\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"removeAppointee\",\"inputs\":[{\"name\":\"appointee\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"target\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"selector\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rewardsCoordinator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIRewardsCoordinatorMinimal\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"rewardsInitiator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setAVSRegistrar\",\"inputs\":[{\"name\":\"registrar\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setAppointee\",\"inputs\":[{\"name\":\"appointee\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"target\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"selector\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setPauser\",\"inputs\":[{\"name\":\"newPauser\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setRegistryCoordinator\",\"inputs\":[{\"name\":\"coordinator\",\"type\":\"address\",\"internalType\":\"contractIRegistryCoordinatorViews\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setRewardsInitiator\",\"inputs\":[{\"name\":\"newInitiator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"stakeRegistry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIStakeRegistryViews\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"unpause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"updateAVSMetadataURI\",\"inputs\":[{\"name\":\"uri\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"AVSMetadataURIUpdated\",\"inputs\":[{\"name\":\"uri\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"AVSRegistrarSet\",\"inputs\":[{\"name\":\"registrar\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"AppointeeRemoved\",\"inputs\":[{\"name\":\"appointee\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"target\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"selector\",\"type\":\"bytes4\",\"indexed\":false,\"internalType\":\"bytes4\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"AppointeeSet\",\"inputs\":[{\"name\":\"appointee\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"target\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"selector\",\"type\":\"bytes4\",\"indexed\":false,\"internalType\":\"bytes4\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Initialized\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OperatorDeregistered\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"operatorSetIds\",\"type\":\"uint32[]\",\"indexed\":false,\"internalType\":\"uint32[]\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferStarted\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Paused\",\"inputs\":[{\"name\":\"by\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PauserChanged\",\"inputs\":[{\"name\":\"previousPauser\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newPauser\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RegistryCoordinatorSet\",\"inputs\":[{\"name\":\"coordinator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"stakeRegistry\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RewardsInitiatorChanged\",\"inputs\":[{\"name\":\"previous\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"current\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RewardsSubmitted\",\"inputs\":[{\"name\":\"submissions\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"totalAmount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unpaused\",\"inputs\":[{\"name\":\"by\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"InvalidInitialization\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"IsPaused\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotInitializing\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotOwner\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotPauser\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotPendingOwner\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotRewardsInitiator\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"RegistryCoordinatorAlreadySet\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"RegistryCoordinatorNotSet\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"TokenTransferFailed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]}]",
	Bin: "0x610100604052348015610010575f5ffd5b5060405161214338038061214383398101604081905261002f91610125565b6001600160a01b0380851660805283811660a05282811660c052811660e05261005661005f565b50505050610181565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100af5760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161461010e5780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b6001600160a01b038116811461010e575f5ffd5b5f5f5f5f60808587031215610138575f5ffd5b845161014381610111565b602086015190945061015481610111565b604086015190935061016581610111565b606086015190925061017681610111565b939692955090935050565b60805160a05160c05160e051611f5e6101e55f395f81816102d6015281816111d4015261125501525f81816102160152818161044b01526109be01525f8181610381015281816108da01528181610a9b0152610e7b01525f61028c0152611f5e5ff3fe608060405234801561000f575f5ffd5b50600436106101a1575f3560e01c80638da5cb5b116100f3578063ca8aa7c711610093578063f25f16101161006e578063f25f1610146103be578063f2fde38b146103d1578063fc299dee146103e4578063fce36c7d146103f7575f5ffd5b8063ca8aa7c71461037c578063e30c3978146103a3578063e481af9d146103b6575f5ffd5b8063ba550880116100ce578063ba55088014610330578063c1a8e2c514610343578063c4d66de814610356578063c6936b7814610369575f5ffd5b80638da5cb5b146102f85780639fd0506d1461030a578063a98fb3551461031d575f5ffd5b80635c975abb1161015e5780636d14a987116101395780636d14a987146102ae57806379ba5097146102c15780638456cb59146102c95780638a2fc4e3146102d1575f5ffd5b80635c975abb1461025057806368304835146102745780636b3aa72e14610287575f5ffd5b80631fdb0cfd146101a55780632d88af4a146101ba57806333cfb7b7146101cd5780633bc28c8c146101f65780633f4ba83a146102095780634657e26a14610211575b5f5ffd5b6101b86101b3366004611904565b61040a565b005b6101b86101c8366004611958565b610505565b6101e06101db366004611958565b61058a565b6040516101ed9190611973565b60405180910390f35b6101b8610204366004611958565b6106ae565b6101b8610733565b6102387f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101ed565b60025461026490600160a01b900460ff1681565b60405190151581526020016101ed565b603354610238906001600160a01b031681565b6102387f000000000000000000000000000000000000000000000000000000000000000081565b603254610238906001600160a01b031681565b6101b8610796565b6101b8610817565b6102387f000000000000000000000000000000000000000000000000000000000000000081565b5f54610238906001600160a01b031681565b600254610238906001600160a01b031681565b6101b861032b3660046119be565b610899565b6101b861033e366004611904565b61097d565b6101b8610351366004611a74565b610a6f565b6101b8610364366004611958565b610bbb565b6101b8610377366004611958565b610cfd565b6102387f000000000000000000000000000000000000000000000000000000000000000081565b600154610238906001600160a01b031681565b6101e0610e1b565b6101b86103cc366004611958565b610e2c565b6101b86103df366004611958565b610f08565b603454610238906001600160a01b031681565b6101b8610405366004611ac5565b610fa9565b5f546001600160a01b03163314610434576040516330cd747160e01b815260040160405180910390fd5b604051634a86c03760e11b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063950d806e90610486903090879087908790600401611b04565b5f604051808303815f87803b15801561049d575f5ffd5b505af11580156104af573d5f5f3e3d5ffd5b50506040516001600160e01b0319841681526001600160a01b038086169350861691507f1782a5b6e75901610987e6b182049c702ea9dbbe78c48dc92a4e6e08706eaeb3906020015b60405180910390a3505050565b5f546001600160a01b0316331461052f576040516330cd747160e01b815260040160405180910390fd5b6002546040516001600160a01b038084169216907f95bb211a5a393c4d30c3edc9a745825fba4e6ad3e3bb949e6bf8ccdfe431a811905f90a3600280546001600160a01b0319166001600160a01b0392909216919091179055565b6032546060906001600160a01b03166105b657604051630764c25760e11b815260040160405180910390fd5b6032546040516309aa152760e11b81526001600160a01b0384811660048301525f9216906313542a4e90602401602060405180830381865afa1580156105fe573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106229190611b37565b60325460405163871ef04960e01b8152600481018390529192505f916001600160a01b039091169063871ef04990602401602060405180830381865afa15801561066e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106929190611b4e565b6001600160c01b031690506106a6816112be565b949350505050565b5f546001600160a01b031633146106d8576040516330cd747160e01b815260040160405180910390fd5b6034546040516001600160a01b038084169216907fb76df846ea8d9dbcb84787b03ef1fe02bdce4f16b684cdcaccac2ff65fb510dd905f90a3603480546001600160a01b0319166001600160a01b0392909216919091179055565b5f546001600160a01b0316331461075d576040516330cd747160e01b815260040160405180910390fd5b6002805460ff60a01b1916905560405133907f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa905f90a2565b6001546001600160a01b031633146107c157604051630614e5c760e21b815260040160405180910390fd5b5f805460405133926001600160a01b03909216917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e091a35f80546001600160a01b03199081163317909155600180549091169055565b6002546001600160a01b0316331480159061083c57505f546001600160a01b03163314155b1561085a5760405163492f678160e01b815260040160405180910390fd5b6002805460ff60a01b1916600160a01b17905560405133907f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258905f90a2565b5f546001600160a01b031633146108c3576040516330cd747160e01b815260040160405180910390fd5b60405163a982182160e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063a98218219061091390309086908690600401611b9c565b5f604051808303815f87803b15801561092a575f5ffd5b505af115801561093c573d5f5f3e3d5ffd5b505050507f0e5534dee8d6bd3b3b5161202cd469a34cd0f55cf9b63c01c587db57de244b438282604051610971929190611bc0565b60405180910390a15050565b5f546001600160a01b031633146109a7576040516330cd747160e01b815260040160405180910390fd5b604051630664120160e01b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906306641201906109f9903090879087908790600401611b04565b5f604051808303815f87803b158015610a10575f5ffd5b505af1158015610a22573d5f5f3e3d5ffd5b50506040516001600160e01b0319841681526001600160a01b038086169350861691507fdba1611b97217f4b460c2ab9c2fcc8a4e1dc0c6359cc1b962287b78532b5b81d906020016104f8565b5f546001600160a01b03163314610a99576040516330cd747160e01b815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316636e3492b56040518060600160405280866001600160a01b03168152602001306001600160a01b031681526020018585808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525050509152506040516001600160e01b031960e084901b168152610b469190600401611bd3565b5f604051808303815f87803b158015610b5d575f5ffd5b505af1158015610b6f573d5f5f3e3d5ffd5b50505050826001600160a01b03167ff8aaad08ee23b49c9bb44e3bca6c7efa43442fc4281245a7f2475aa2632718d18383604051610bae929190611c5e565b60405180910390a2505050565b5f610bc461159f565b805490915060ff600160401b820416159067ffffffffffffffff165f81158015610beb5750825b90505f8267ffffffffffffffff166001148015610c075750303b155b905081158015610c15575080155b15610c335760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff191660011785558315610c5d57845460ff60401b1916600160401b1785555b610c6786876115c9565b603480546001600160a01b0319166001600160a01b0388169081179091556040515f907fb76df846ea8d9dbcb84787b03ef1fe02bdce4f16b684cdcaccac2ff65fb510dd908290a38315610cf557845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050565b5f546001600160a01b03163314610d27576040516330cd747160e01b815260040160405180910390fd5b6032546001600160a01b031615610d515760405163d2b5026960e01b815260040160405180910390fd5b603280546001600160a01b0319166001600160a01b03831690811790915560408051636830483560e01b815290516368304835916004808201926020929091908290030181865afa158015610da8573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610dcc9190611c9b565b603380546001600160a01b0319166001600160a01b0392831690811790915560405190918316907fb3493b0180c73c56d00072cda84917da7598886bc7e22fbece19ed96853a8e5e905f90a350565b6060610e275f196112be565b905090565b5f546001600160a01b03163314610e56576040516330cd747160e01b815260040160405180910390fd5b6040516334f65bfd60e21b81523060048201526001600160a01b0382811660248301527f0000000000000000000000000000000000000000000000000000000000000000169063d3d96ff4906044015f604051808303815f87803b158015610ebc575f5ffd5b505af1158015610ece573d5f5f3e3d5ffd5b50506040516001600160a01b03841692507f7686f9bc14beec3121ce05e325b68056ddf2345ad96b808354fd14851d6a66eb91505f90a250565b5f546001600160a01b03163314610f32576040516330cd747160e01b815260040160405180910390fd5b6001600160a01b038116610f595760405163d92e233d60e01b815260040160405180910390fd5b600180546001600160a01b0319166001600160a01b038381169182179092555f8054604051929316917f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227009190a350565b600254600160a01b900460ff1615610fd457604051631309a56360e01b815260040160405180910390fd5b6034546001600160a01b03163314610fff57604051631a363bbf60e31b815260040160405180910390fd5b5f805b828110156110d65783838281811061101c5761101c611cb6565b905060200281019061102e9190611cca565b61103c906040013583611cfc565b91506110b1333086868581811061105557611055611cb6565b90506020028101906110679190611cca565b6040013587878681811061107d5761107d611cb6565b905060200281019061108f9190611cca565b6110a0906040810190602001611958565b6001600160a01b0316929190611689565b6110ce5760405163022e258160e11b815260040160405180910390fd5b600101611002565b505f5b82811015611204575f8484838181106110f4576110f4611cb6565b90506020028101906111069190611cca565b611117906040810190602001611958565b90506111248585846116a0565b1561112f57506111fc565b5f825b858110156111c457826001600160a01b031687878381811061115657611156611cb6565b90506020028101906111689190611cca565b611179906040810190602001611958565b6001600160a01b0316036111bc5786868281811061119957611199611cb6565b90506020028101906111ab9190611cca565b6111b9906040013583611cfc565b91505b600101611132565b506111f96001600160a01b0383167f00000000000000000000000000000000000000000000000000000000000000008361174a565b50505b6001016110d9565b5060408051838152602081018390527fb6d94e6419560f5b19430e640113c0926ed3c399cb053a26a2324b5b29f18e81910160405180910390a160405163fce36c7d60e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063fce36c7d9061128c9086908690600401611d91565b5f604051808303815f87803b1580156112a3575f5ffd5b505af11580156112b5573d5f5f3e3d5ffd5b50505050505050565b6032546060906001600160a01b03166112ea57604051630764c25760e11b815260040160405180910390fd5b60325460408051639aa1653d60e01b815290515f926001600160a01b031691639aa1653d9160048083019260209291908290030181865afa158015611331573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113559190611ea7565b90505f805b8260ff168160ff1610156113fb578060ff1685901c6001166001036113f357603354604051633ca5a5f560e01b815260ff831660048201526001600160a01b0390911690633ca5a5f590602401602060405180830381865afa1580156113c2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113e69190611b37565b6113f09083611cfc565b91505b60010161135a565b508067ffffffffffffffff81111561141557611415611ec7565b60405190808252806020026020018201604052801561143e578160200160208202803683370190505b5092505f805b8360ff168160ff16101561159657600160ff821687901c161561158e57603354604051633ca5a5f560e01b815260ff831660048201525f916001600160a01b031690633ca5a5f590602401602060405180830381865afa1580156114aa573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114ce9190611b37565b90505f5b8181101561158b576033546040516356e4026d60e11b815260ff85166004820152602481018390526001600160a01b039091169063adc804da906044016040805180830381865afa158015611529573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061154d9190611edb565b51878561155981611f46565b96508151811061156b5761156b611cb6565b6001600160a01b03909216602092830291909101909101526001016114d2565b50505b600101611444565b50505050919050565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a005b92915050565b6115d16117ce565b6001600160a01b0382166115f85760405163d92e233d60e01b815260040160405180910390fd5b5f80546001600160a01b03199081166001600160a01b03858116918217845560028054909316908516179091556040519091907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a36040516001600160a01b038216905f907f95bb211a5a393c4d30c3edc9a745825fba4e6ad3e3bb949e6bf8ccdfe431a811908290a35050565b5f611697858585855f6117f5565b95945050505050565b5f805b8281101561173e578484848181106116bd576116bd611cb6565b90506020028101906116cf9190611cca565b6116e0906040810190602001611958565b6001600160a01b03168585838181106116fb576116fb611cb6565b905060200281019061170d9190611cca565b61171e906040810190602001611958565b6001600160a01b031603611736576001915050611743565b6001016116a3565b505f90505b9392505050565b6117568383835f611862565b6117c95761176783835f6001611862565b61179457604051635274afe760e01b81526001600160a01b03841660048201526024015b60405180910390fd5b6117a18383836001611862565b6117c957604051635274afe760e01b81526001600160a01b038416600482015260240161178b565b505050565b6117d66118c4565b6117f357604051631afcd79f60e31b815260040160405180910390fd5b565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316611851578383151615611845573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b60405163095ea7b360e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166118b85783831516156118ac573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f6118cd61159f565b54600160401b900460ff16919050565b6001600160a01b03811681146118f1575f5ffd5b50565b80356118ff816118dd565b919050565b5f5f5f60608486031215611916575f5ffd5b8335611921816118dd565b92506020840135611931816118dd565b915060408401356001600160e01b03198116811461194d575f5ffd5b809150509250925092565b5f60208284031215611968575f5ffd5b8135611743816118dd565b602080825282518282018190525f918401906040840190835b818110156119b35783516001600160a01b031683526020938401939092019160010161198c565b509095945050505050565b5f5f602083850312156119cf575f5ffd5b823567ffffffffffffffff8111156119e5575f5ffd5b8301601f810185136119f5575f5ffd5b803567ffffffffffffffff811115611a0b575f5ffd5b856020828401011115611a1c575f5ffd5b6020919091019590945092505050565b5f5f83601f840112611a3c575f5ffd5b50813567ffffffffffffffff811115611a53575f5ffd5b6020830191508360208260051b8501011115611a6d575f5ffd5b9250929050565b5f5f5f60408486031215611a86575f5ffd5b8335611a91816118dd565b9250602084013567ffffffffffffffff811115611aac575f5ffd5b611ab886828701611a2c565b9497909650939450505050565b5f5f60208385031215611ad6575f5ffd5b823567ffffffffffffffff811115611aec575f5ffd5b611af885828601611a2c565b90969095509350505050565b6001600160a01b0394851681529284166020840152921660408201526001600160e01b0319909116606082015260800190565b5f60208284031215611b47575f5ffd5b5051919050565b5f60208284031215611b5e575f5ffd5b81516001600160c01b0381168114611743575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b6001600160a01b03841681526040602082018190525f906116979083018486611b74565b602081525f6106a6602083018486611b74565b602080825282516001600160a01b039081168383015283820151166040808401919091528301516060808401528051608084018190525f929190910190829060a08501905b80831015611c415763ffffffff8451168252602082019150602084019350600183019250611c18565b5095945050505050565b803563ffffffff811681146118ff575f5ffd5b602080825281018290525f8360408301825b85811015611c415763ffffffff611c8684611c4b565b16825260209283019290910190600101611c70565b5f60208284031215611cab575f5ffd5b8151611743816118dd565b634e487b7160e01b5f52603260045260245ffd5b5f8235609e19833603018112611cde575f5ffd5b9190910192915050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156115c3576115c3611ce8565b6bffffffffffffffffffffffff811681146118f1575f5ffd5b8183526020830192505f815f5b84811015611d87578135611d48816118dd565b6001600160a01b031686526020820135611d6181611d0f565b6bffffffffffffffffffffffff1660208701526040958601959190910190600101611d35565b5093949350505050565b602080825281018290525f6040600584901b830181019083018583609e1936839003015b87821015611e9a57868503603f190184528235818112611dd3575f5ffd5b8901803536829003601e19018112611de9575f5ffd5b810160208101903567ffffffffffffffff811115611e05575f5ffd5b8060061b3603821315611e16575f5ffd5b60a08852611e2860a089018284611d28565b915050611e37602083016118f4565b6001600160a01b0316602088015260408281013590880152611e5b60608301611c4b565b63ffffffff166060880152611e7260808301611c4b565b63ffffffff811660808901529150955050602093840193929092019160019190910190611db5565b5092979650505050505050565b5f60208284031215611eb7575f5ffd5b815160ff81168114611743575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b5f6040828403128015611eec575f5ffd5b506040805190810167ffffffffffffffff81118282101715611f1c57634e487b7160e01b5f52604160045260245ffd5b6040528251611f2a816118dd565b81526020830151611f3a81611d0f565b60208201529392505050565b5f60018201611f5757611f57611ce8565b506001019056",
}

// ServiceManagerABI is the input ABI used to generate the binding from.
// Deprecated: Use ServiceManagerMetaData.ABI instead.
var ServiceManagerABI = ServiceManagerMetaData.ABI

// ServiceManagerBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ServiceManagerMetaData.Bin instead.
var ServiceManagerBin = ServiceManagerMetaData.Bin

// DeployServiceManager deploys a new Ethereum contract, binding an instance of ServiceManager to it.
func DeployServiceManager(auth *bind.TransactOpts, backend bind.ContractBackend, avsDirectory_ common.Address, allocationManager_ common.Address, permissionController_ common.Address, rewardsCoordinator_ common.Address) (common.Address, *types.Transaction, *ServiceManager, error) {
	parsed, err := ServiceManagerMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ServiceManagerBin), backend, avsDirectory_, allocationManager_, permissionController_, rewardsCoordinator_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ServiceManager{ServiceManagerCaller: ServiceManagerCaller{contract: contract}, ServiceManagerTransactor: ServiceManagerTransactor{contract: contract}, ServiceManagerFilterer: ServiceManagerFilterer{contract: contract}}, nil
}

// ServiceManager is an auto generated Go binding around an Ethereum contract.
type ServiceManager struct {
	ServiceManagerCaller     // Read-only binding to the contract
	ServiceManagerTransactor // Write-only binding to the contract
	ServiceManagerFilterer   // Log filterer for contract events
}

// ServiceManagerCaller is an auto generated read-only Go binding around an Ethereum contract.
type ServiceManagerCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ServiceManagerTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ServiceManagerTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ServiceManagerFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ServiceManagerFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ServiceManagerSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ServiceManagerSession struct {
	Contract     *ServiceManager   // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ServiceManagerCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ServiceManagerCallerSession struct {
	Contract *ServiceManagerCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts         // Call options to use throughout this session
}

// ServiceManagerTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ServiceManagerTransactorSession struct {
	Contract     *ServiceManagerTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts         // Transaction auth options to use throughout this session
}

// ServiceManagerRaw is an auto generated low-level Go binding around an Ethereum contract.
type ServiceManagerRaw struct {
	Contract *ServiceManager // Generic contract binding to access the raw methods on
}

// ServiceManagerCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ServiceManagerCallerRaw struct {
	Contract *ServiceManagerCaller // Generic read-only contract binding to access the raw methods on
}

// ServiceManagerTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ServiceManagerTransactorRaw struct {
	Contract *ServiceManagerTransactor // Generic write-only contract binding to access the raw methods on
}

// NewServiceManager creates a new instance of ServiceManager, bound to a specific deployed contract.
func NewServiceManager(address common.Address, backend bind.ContractBackend) (*ServiceManager, error) {
	contract, err := bindServiceManager(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ServiceManager{ServiceManagerCaller: ServiceManagerCaller{contract: contract}, ServiceManagerTransactor: ServiceManagerTransactor{contract: contract}, ServiceManagerFilterer: ServiceManagerFilterer{contract: contract}}, nil
}

// NewServiceManagerCaller creates a new read-only instance of ServiceManager, bound to a specific deployed contract.
func NewServiceManagerCaller(address common.Address, caller bind.ContractCaller) (*ServiceManagerCaller, error) {
	contract, err := bindServiceManager(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ServiceManagerCaller{contract: contract}, nil
}

// NewServiceManagerTransactor creates a new write-only instance of ServiceManager, bound to a specific deployed contract.
func NewServiceManagerTransactor(address common.Address, transactor bind.ContractTransactor) (*ServiceManagerTransactor, error) {
	contract, err := bindServiceManager(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ServiceManagerTransactor{contract: contract}, nil
}

// NewServiceManagerFilterer creates a new log filterer instance of ServiceManager, bound to a specific deployed contract.
func NewServiceManagerFilterer(address common.Address, filterer bind.ContractFilterer) (*ServiceManagerFilterer, error) {
	contract, err := bindServiceManager(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ServiceManagerFilterer{contract: contract}, nil
}

// bindServiceManager binds a generic wrapper to an already deployed contract.
func bindServiceManager(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ServiceManagerMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ServiceManager *ServiceManagerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ServiceManager.Contract.ServiceManagerCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ServiceManager *ServiceManagerRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ServiceManager.Contract.ServiceManagerTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ServiceManager *ServiceManagerRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ServiceManager.Contract.ServiceManagerTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ServiceManager *ServiceManagerCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ServiceManager.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ServiceManager *ServiceManagerTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ServiceManager.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ServiceManager *ServiceManagerTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ServiceManager.Contract.contract.Transact(opts, method, params...)
}

// AllocationManager is a free data retrieval call binding the contract method 0xca8aa7c7.
//
// Solidity: function allocationManager() view returns(address)
func (_ServiceManager *ServiceManagerCaller) AllocationManager(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ServiceManager.contract.Call(opts, &out, "allocationManager")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// AllocationManager is a free data retrieval call binding the contract method 0xca8aa7c7.
//
// Solidity: function allocationManager() view returns(address)
func (_ServiceManager *ServiceManagerSession) AllocationManager() (common.Address, error) {
	return _ServiceManager.Contract.AllocationManager(&_ServiceManager.CallOpts)
}

// AllocationManager is a free data retrieval call binding the contract method 0xca8aa7c7.
//
// Solidity: function allocationManager() view returns(address)
func (_ServiceManager *ServiceManagerCallerSession) AllocationManager() (common.Address, error) {
	return _ServiceManager.Contract.AllocationManager(&_ServiceManager.CallOpts)
}

// AvsDirectory is a free data retrieval call binding the contract method 0x6b3aa72e.
//
// Solidity: function avsDirectory() view returns(address)
func (_ServiceManager *ServiceManagerCaller) AvsDirectory(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ServiceManager.contract.Call(opts, &out, "avsDirectory")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// AvsDirectory is a free data retrieval call binding the contract method 0x6b3aa72e.
//
// Solidity: function avsDirectory() view returns(address)
func (_ServiceManager *ServiceManagerSession) AvsDirectory() (common.Address, error) {
	return _ServiceManager.Contract.AvsDirectory(&_ServiceManager.CallOpts)
}

// AvsDirectory is a free data retrieval call binding the contract method 0x6b3aa72e.
//
// Solidity: function avsDirectory() view returns(address)
func (_ServiceManager *ServiceManagerCallerSession) AvsDirectory() (common.Address, error) {
	return _ServiceManager.Contract.AvsDirectory(&_ServiceManager.CallOpts)
}

// GetOperatorRestakedStrategies is a free data retrieval call binding the contract method 0x33cfb7b7.
//
// Solidity: function getOperatorRestakedStrategies(address operator) view returns(address[])
func (_ServiceManager *ServiceManagerCaller) GetOperatorRestakedStrategies(opts *bind.CallOpts, operator common.Address) ([]common.Address, error) {
	var out []interface{}
	err := _ServiceManager.contract.Call(opts, &out, "getOperatorRestakedStrategies", operator)

	if err != nil {
		return *new([]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)

	return out0, err

}

// GetOperatorRestakedStrategies is a free data retrieval call binding the contract method 0x33cfb7b7.
//
// Solidity: function getOperatorRestakedStrategies(address operator) view returns(address[])
func (_ServiceManager *ServiceManagerSession) GetOperatorRestakedStrategies(operator common.Address) ([]common.Address, error) {
	return _ServiceManager.Contract.GetOperatorRestakedStrategies(&_ServiceManager.CallOpts, operator)
}

// GetOperatorRestakedStrategies is a free data retrieval call binding the contract method 0x33cfb7b7.
//
// Solidity: function getOperatorRestakedStrategies(address operator) view returns(address[])
func (_ServiceManager *ServiceManagerCallerSession) GetOperatorRestakedStrategies(operator common.Address) ([]common.Address, error) {
	return _ServiceManager.Contract.GetOperatorRestakedStrategies(&_ServiceManager.CallOpts, operator)
}

// GetRestakeableStrategies is a free data retrieval call binding the contract method 0xe481af9d.
//
// Solidity: function getRestakeableStrategies() view returns(address[])
func (_ServiceManager *ServiceManagerCaller) GetRestakeableStrategies(opts *bind.CallOpts) ([]common.Address, error) {
	var out []interface{}
	err := _ServiceManager.contract.Call(opts, &out, "getRestakeableStrategies")

	if err != nil {
		return *new([]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)

	return out0, err

}

// GetRestakeableStrategies is a free data retrieval call binding the contract method 0xe481af9d.
//
// Solidity: function getRestakeableStrategies() view returns(address[])
func (_ServiceManager *ServiceManagerSession) GetRestakeableStrategies() ([]common.Address, error) {
	return _ServiceManager.Contract.GetRestakeableStrategies(&_ServiceManager.CallOpts)
}

// GetRestakeableStrategies is a free data retrieval call binding the contract method 0xe481af9d.
//
// Solidity: function getRestakeableStrategies() view returns(address[])
func (_ServiceManager *ServiceManagerCallerSession) GetRestakeableStrategies() ([]common.Address, error) {
	return _ServiceManager.Contract.GetRestakeableStrategies(&_ServiceManager.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ServiceManager *ServiceManagerCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ServiceManager.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ServiceManager *ServiceManagerSession) Owner() (common.Address, error) {
	return _ServiceManager.Contract.Owner(&_ServiceManager.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ServiceManager *ServiceManagerCallerSession) Owner() (common.Address, error) {
	return _ServiceManager.Contract.Owner(&_ServiceManager.CallOpts)
}

// Paused is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (_ServiceManager *ServiceManagerCaller) Paused(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _ServiceManager.contract.Call(opts, &out, "paused")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Paused is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (_ServiceManager *ServiceManagerSession) Paused() (bool, error) {
	return _ServiceManager.Contract.Paused(&_ServiceManager.CallOpts)
}

// Paused is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (_ServiceManager *ServiceManagerCallerSession) Paused() (bool, error) {
	return _ServiceManager.Contract.Paused(&_ServiceManager.CallOpts)
}

// Pauser is a free data retrieval call binding the contract method 0x9fd0506d.
//
// Solidity: function pauser() view returns(address)
func (_ServiceManager *ServiceManagerCaller) Pauser(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ServiceManager.contract.Call(opts, &out, "pauser")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Pauser is a free data retrieval call binding the contract method 0x9fd0506d.
//
// Solidity: function pauser() view returns(address)
func (_ServiceManager *ServiceManagerSession) Pauser() (common.Address, error) {
	return _ServiceManager.Contract.Pauser(&_ServiceManager.CallOpts)
}

// Pauser is a free data retrieval call binding the contract method 0x9fd0506d.
//
// Solidity: function pauser() view returns(address)
func (_ServiceManager *ServiceManagerCallerSession) Pauser() (common.Address, error) {
	return _ServiceManager.Contract.Pauser(&_ServiceManager.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_ServiceManager *ServiceManagerCaller) PendingOwner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ServiceManager.contract.Call(opts, &out, "pendingOwner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_ServiceManager *ServiceManagerSession) PendingOwner() (common.Address, error) {
	return _ServiceManager.Contract.PendingOwner(&_ServiceManager.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_ServiceManager *ServiceManagerCallerSession) PendingOwner() (common.Address, error) {
	return _ServiceManager.Contract.PendingOwner(&_ServiceManager.CallOpts)
}

// PermissionController is a free data retrieval call binding the contract method 0x4657e26a.
//
// Solidity: function permissionController() view returns(address)
func (_ServiceManager *ServiceManagerCaller) PermissionController(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ServiceManager.contract.Call(opts, &out, "permissionController")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// PermissionController is a free data retrieval call binding the contract method 0x4657e26a.
//
// Solidity: function permissionController() view returns(address)
func (_ServiceManager *ServiceManagerSession) PermissionController() (common.Address, error) {
	return _ServiceManager.Contract.PermissionController(&_ServiceManager.CallOpts)
}

// PermissionController is a free data retrieval call binding the contract method 0x4657e26a.
//
// Solidity: function permissionController() view returns(address)
func (_ServiceManager *ServiceManagerCallerSession) PermissionController() (common.Address, error) {
	return _ServiceManager.Contract.PermissionController(&_ServiceManager.CallOpts)
}

// RegistryCoordinator is a free data retrieval call binding the contract method 0x6d14a987.
//
// Solidity: function registryCoordinator() view returns(address)
func (_ServiceManager *ServiceManagerCaller) RegistryCoordinator(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ServiceManager.contract.Call(opts, &out, "registryCoordinator")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// RegistryCoordinator is a free data retrieval call binding the contract method 0x6d14a987.
//
// Solidity: function registryCoordinator() view returns(address)
func (_ServiceManager *ServiceManagerSession) RegistryCoordinator() (common.Address, error) {
	return _ServiceManager.Contract.RegistryCoordinator(&_ServiceManager.CallOpts)
}

// RegistryCoordinator is a free data retrieval call binding the contract method 0x6d14a987.
//
// Solidity: function registryCoordinator() view returns(address)
func (_ServiceManager *ServiceManagerCallerSession) RegistryCoordinator() (common.Address, error) {
	return _ServiceManager.Contract.RegistryCoordinator(&_ServiceManager.CallOpts)
}

// RewardsCoordinator is a free data retrieval call binding the contract method 0x8a2fc4e3.
//
// Solidity: function rewardsCoordinator() view returns(address)
func (_ServiceManager *ServiceManagerCaller) RewardsCoordinator(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ServiceManager.contract.Call(opts, &out, "rewardsCoordinator")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// RewardsCoordinator is a free data retrieval call binding the contract method 0x8a2fc4e3.
//
// Solidity: function rewardsCoordinator() view returns(address)
func (_ServiceManager *ServiceManagerSession) RewardsCoordinator() (common.Address, error) {
	return _ServiceManager.Contract.RewardsCoordinator(&_ServiceManager.CallOpts)
}

// RewardsCoordinator is a free data retrieval call binding the contract method 0x8a2fc4e3.
//
// Solidity: function rewardsCoordinator() view returns(address)
func (_ServiceManager *ServiceManagerCallerSession) RewardsCoordinator() (common.Address, error) {
	return _ServiceManager.Contract.RewardsCoordinator(&_ServiceManager.CallOpts)
}

// RewardsInitiator is a free data retrieval call binding the contract method 0xfc299dee.
//
// Solidity: function rewardsInitiator() view returns(address)
func (_ServiceManager *ServiceManagerCaller) RewardsInitiator(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ServiceManager.contract.Call(opts, &out, "rewardsInitiator")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// RewardsInitiator is a free data retrieval call binding the contract method 0xfc299dee.
//
// Solidity: function rewardsInitiator() view returns(address)
func (_ServiceManager *ServiceManagerSession) RewardsInitiator() (common.Address, error) {
	return _ServiceManager.Contract.RewardsInitiator(&_ServiceManager.CallOpts)
}

// RewardsInitiator is a free data retrieval call binding the contract method 0xfc299dee.
//
// Solidity: function rewardsInitiator() view returns(address)
func (_ServiceManager *ServiceManagerCallerSession) RewardsInitiator() (common.Address, error) {
	return _ServiceManager.Contract.RewardsInitiator(&_ServiceManager.CallOpts)
}

// StakeRegistry is a free data retrieval call binding the contract method 0x68304835.
//
// Solidity: function stakeRegistry() view returns(address)
func (_ServiceManager *ServiceManagerCaller) StakeRegistry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ServiceManager.contract.Call(opts, &out, "stakeRegistry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// StakeRegistry is a free data retrieval call binding the contract method 0x68304835.
//
// Solidity: function stakeRegistry() view returns(address)
func (_ServiceManager *ServiceManagerSession) StakeRegistry() (common.Address, error) {
	return _ServiceManager.Contract.StakeRegistry(&_ServiceManager.CallOpts)
}

// StakeRegistry is a free data retrieval call binding the contract method 0x68304835.
//
// Solidity: function stakeRegistry() view returns(address)
func (_ServiceManager *ServiceManagerCallerSession) StakeRegistry() (common.Address, error) {
	return _ServiceManager.Contract.StakeRegistry(&_ServiceManager.CallOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_ServiceManager *ServiceManagerTransactor) AcceptOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ServiceManager.contract.Transact(opts, "acceptOwnership")
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_ServiceManager *ServiceManagerSession) AcceptOwnership() (*types.Transaction, error) {
	return _ServiceManager.Contract.AcceptOwnership(&_ServiceManager.TransactOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_ServiceManager *ServiceManagerTransactorSession) AcceptOwnership() (*types.Transaction, error) {
	return _ServiceManager.Contract.AcceptOwnership(&_ServiceManager.TransactOpts)
}

// CreateAVSRewardsSubmission is a paid mutator transaction binding the contract method 0xfce36c7d.
//
// Solidity: function createAVSRewardsSubmission(((address,uint96)[],address,uint256,uint32,uint32)[] submissions) returns()
func (_ServiceManager *ServiceManagerTransactor) CreateAVSRewardsSubmission(opts *bind.TransactOpts, submissions []IRewardsCoordinatorMinimalRewardsSubmission) (*types.Transaction, error) {
	return _ServiceManager.contract.Transact(opts, "createAVSRewardsSubmission", submissions)
}

// CreateAVSRewardsSubmission is a paid mutator transaction binding the contract method 0xfce36c7d.
//
// Solidity: function createAVSRewardsSubmission(((address,uint96)[],address,uint256,uint32,uint32)[] submissions) returns()
func (_ServiceManager *ServiceManagerSession) CreateAVSRewardsSubmission(submissions []IRewardsCoordinatorMinimalRewardsSubmission) (*types.Transaction, error) {
	return _ServiceManager.Contract.CreateAVSRewardsSubmission(&_ServiceManager.TransactOpts, submissions)
}

// CreateAVSRewardsSubmission is a paid mutator transaction binding the contract method 0xfce36c7d.
//
// Solidity: function createAVSRewardsSubmission(((address,uint96)[],address,uint256,uint32,uint32)[] submissions) returns()
func (_ServiceManager *ServiceManagerTransactorSession) CreateAVSRewardsSubmission(submissions []IRewardsCoordinatorMinimalRewardsSubmission) (*types.Transaction, error) {
	return _ServiceManager.Contract.CreateAVSRewardsSubmission(&_ServiceManager.TransactOpts, submissions)
}

// DeregisterOperatorFromOperatorSets is a paid mutator transaction binding the contract method 0xc1a8e2c5.
//
// Solidity: function deregisterOperatorFromOperatorSets(address operator, uint32[] operatorSetIds) returns()
func (_ServiceManager *ServiceManagerTransactor) DeregisterOperatorFromOperatorSets(opts *bind.TransactOpts, operator common.Address, operatorSetIds []uint32) (*types.Transaction, error) {
	return _ServiceManager.contract.Transact(opts, "deregisterOperatorFromOperatorSets", operator, operatorSetIds)
}

// DeregisterOperatorFromOperatorSets is a paid mutator transaction binding the contract method 0xc1a8e2c5.
//
// Solidity: function deregisterOperatorFromOperatorSets(address operator, uint32[] operatorSetIds) returns()
func (_ServiceManager *ServiceManagerSession) DeregisterOperatorFromOperatorSets(operator common.Address, operatorSetIds []uint32) (*types.Transaction, error) {
	return _ServiceManager.Contract.DeregisterOperatorFromOperatorSets(&_ServiceManager.TransactOpts, operator, operatorSetIds)
}

// DeregisterOperatorFromOperatorSets is a paid mutator transaction binding the contract method 0xc1a8e2c5.
//
// Solidity: function deregisterOperatorFromOperatorSets(address operator, uint32[] operatorSetIds) returns()
func (_ServiceManager *ServiceManagerTransactorSession) DeregisterOperatorFromOperatorSets(operator common.Address, operatorSetIds []uint32) (*types.Transaction, error) {
	return _ServiceManager.Contract.DeregisterOperatorFromOperatorSets(&_ServiceManager.TransactOpts, operator, operatorSetIds)
}

// Initialize is a paid mutator transaction binding the contract method 0xc4d66de8.
//
// Solidity: function initialize(address initialOwner) returns()
func (_ServiceManager *ServiceManagerTransactor) Initialize(opts *bind.TransactOpts, initialOwner common.Address) (*types.Transaction, error) {
	return _ServiceManager.contract.Transact(opts, "initialize", initialOwner)
}

// Initialize is a paid mutator transaction binding the contract method 0xc4d66de8.
//
// Solidity: function initialize(address initialOwner) returns()
func (_ServiceManager *ServiceManagerSession) Initialize(initialOwner common.Address) (*types.Transaction, error) {
	return _ServiceManager.Contract.Initialize(&_ServiceManager.TransactOpts, initialOwner)
}

// Initialize is a paid mutator transaction binding the contract method 0xc4d66de8.
//
// Solidity: function initialize(address initialOwner) returns()
func (_ServiceManager *ServiceManagerTransactorSession) Initialize(initialOwner common.Address) (*types.Transaction, error) {
	return _ServiceManager.Contract.Initialize(&_ServiceManager.TransactOpts, initialOwner)
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_ServiceManager *ServiceManagerTransactor) Pause(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ServiceManager.contract.Transact(opts, "pause")
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_ServiceManager *ServiceManagerSession) Pause() (*types.Transaction, error) {
	return _ServiceManager.Contract.Pause(&_ServiceManager.TransactOpts)
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_ServiceManager *ServiceManagerTransactorSession) Pause() (*types.Transaction, error) {
	return _ServiceManager.Contract.Pause(&_ServiceManager.TransactOpts)
}

// RemoveAppointee is a paid mutator transaction binding the contract method 0xba550880.
//
// Solidity: function removeAppointee(address appointee, address target, bytes4 selector) returns()
func (_ServiceManager *ServiceManagerTransactor) RemoveAppointee(opts *bind.TransactOpts, appointee common.Address, target common.Address, selector [4]byte) (*types.Transaction, error) {
	return _ServiceManager.contract.Transact(opts, "removeAppointee", appointee, target, selector)
}

// RemoveAppointee is a paid mutator transaction binding the contract method 0xba550880.
//
// Solidity: function removeAppointee(address appointee, address target, bytes4 selector) returns()
func (_ServiceManager *ServiceManagerSession) RemoveAppointee(appointee common.Address, target common.Address, selector [4]byte) (*types.Transaction, error) {
	return _ServiceManager.Contract.RemoveAppointee(&_ServiceManager.TransactOpts, appointee, target, selector)
}

// RemoveAppointee is a paid mutator transaction binding the contract method 0xba550880.
//
// Solidity: function removeAppointee(address appointee, address target, bytes4 selector) returns()
func (_ServiceManager *ServiceManagerTransactorSession) RemoveAppointee(appointee common.Address, target common.Address, selector [4]byte) (*types.Transaction, error) {
	return _ServiceManager.Contract.RemoveAppointee(&_ServiceManager.TransactOpts, appointee, target, selector)
}

// SetAVSRegistrar is a paid mutator transaction binding the contract method 0xf25f1610.
//
// Solidity: function setAVSRegistrar(address registrar) returns()
func (_ServiceManager *ServiceManagerTransactor) SetAVSRegistrar(opts *bind.TransactOpts, registrar common.Address) (*types.Transaction, error) {
	return _ServiceManager.contract.Transact(opts, "setAVSRegistrar", registrar)
}

// SetAVSRegistrar is a paid mutator transaction binding the contract method 0xf25f1610.
//
// Solidity: function setAVSRegistrar(address registrar) returns()
func (_ServiceManager *ServiceManagerSession) SetAVSRegistrar(registrar common.Address) (*types.Transaction, error) {
	return _ServiceManager.Contract.SetAVSRegistrar(&_ServiceManager.TransactOpts, registrar)
}

// SetAVSRegistrar is a paid mutator transaction binding the contract method 0xf25f1610.
//
// Solidity: function setAVSRegistrar(address registrar) returns()
func (_ServiceManager *ServiceManagerTransactorSession) SetAVSRegistrar(registrar common.Address) (*types.Transaction, error) {
	return _ServiceManager.Contract.SetAVSRegistrar(&_ServiceManager.TransactOpts, registrar)
}

// SetAppointee is a paid mutator transaction binding the contract method 0x1fdb0cfd.
//
// Solidity: function setAppointee(address appointee, address target, bytes4 selector) returns()
func (_ServiceManager *ServiceManagerTransactor) SetAppointee(opts *bind.TransactOpts, appointee common.Address, target common.Address, selector [4]byte) (*types.Transaction, error) {
	return _ServiceManager.contract.Transact(opts, "setAppointee", appointee, target, selector)
}

// SetAppointee is a paid mutator transaction binding the contract method 0x1fdb0cfd.
//
// Solidity: function setAppointee(address appointee, address target, bytes4 selector) returns()
func (_ServiceManager *ServiceManagerSession) SetAppointee(appointee common.Address, target common.Address, selector [4]byte) (*types.Transaction, error) {
	return _ServiceManager.Contract.SetAppointee(&_ServiceManager.TransactOpts, appointee, target, selector)
}

// SetAppointee is a paid mutator transaction binding the contract method 0x1fdb0cfd.
//
// Solidity: function setAppointee(address appointee, address target, bytes4 selector) returns()
func (_ServiceManager *ServiceManagerTransactorSession) SetAppointee(appointee common.Address, target common.Address, selector [4]byte) (*types.Transaction, error) {
	return _ServiceManager.Contract.SetAppointee(&_ServiceManager.TransactOpts, appointee, target, selector)
}

// SetPauser is a paid mutator transaction binding the contract method 0x2d88af4a.
//
// Solidity: function setPauser(address newPauser) returns()
func (_ServiceManager *ServiceManagerTransactor) SetPauser(opts *bind.TransactOpts, newPauser common.Address) (*types.Transaction, error) {
	return _ServiceManager.contract.Transact(opts, "setPauser", newPauser)
}

// SetPauser is a paid mutator transaction binding the contract method 0x2d88af4a.
//
// Solidity: function setPauser(address newPauser) returns()
func (_ServiceManager *ServiceManagerSession) SetPauser(newPauser common.Address) (*types.Transaction, error) {
	return _ServiceManager.Contract.SetPauser(&_ServiceManager.TransactOpts, newPauser)
}

// SetPauser is a paid mutator transaction binding the contract method 0x2d88af4a.
//
// Solidity: function setPauser(address newPauser) returns()
func (_ServiceManager *ServiceManagerTransactorSession) SetPauser(newPauser common.Address) (*types.Transaction, error) {
	return _ServiceManager.Contract.SetPauser(&_ServiceManager.TransactOpts, newPauser)
}

// SetRegistryCoordinator is a paid mutator transaction binding the contract method 0xc6936b78.
//
// Solidity: function setRegistryCoordinator(address coordinator) returns()
func (_ServiceManager *ServiceManagerTransactor) SetRegistryCoordinator(opts *bind.TransactOpts, coordinator common.Address) (*types.Transaction, error) {
	return _ServiceManager.contract.Transact(opts, "setRegistryCoordinator", coordinator)
}

// SetRegistryCoordinator is a paid mutator transaction binding the contract method 0xc6936b78.
//
// Solidity: function setRegistryCoordinator(address coordinator) returns()
func (_ServiceManager *ServiceManagerSession) SetRegistryCoordinator(coordinator common.Address) (*types.Transaction, error) {
	return _ServiceManager.Contract.SetRegistryCoordinator(&_ServiceManager.TransactOpts, coordinator)
}

// SetRegistryCoordinator is a paid mutator transaction binding the contract method 0xc6936b78.
//
// Solidity: function setRegistryCoordinator(address coordinator) returns()
func (_ServiceManager *ServiceManagerTransactorSession) SetRegistryCoordinator(coordinator common.Address) (*types.Transaction, error) {
	return _ServiceManager.Contract.SetRegistryCoordinator(&_ServiceManager.TransactOpts, coordinator)
}

// SetRewardsInitiator is a paid mutator transaction binding the contract method 0x3bc28c8c.
//
// Solidity: function setRewardsInitiator(address newInitiator) returns()
func (_ServiceManager *ServiceManagerTransactor) SetRewardsInitiator(opts *bind.TransactOpts, newInitiator common.Address) (*types.Transaction, error) {
	return _ServiceManager.contract.Transact(opts, "setRewardsInitiator", newInitiator)
}

// SetRewardsInitiator is a paid mutator transaction binding the contract method 0x3bc28c8c.
//
// Solidity: function setRewardsInitiator(address newInitiator) returns()
func (_ServiceManager *ServiceManagerSession) SetRewardsInitiator(newInitiator common.Address) (*types.Transaction, error) {
	return _ServiceManager.Contract.SetRewardsInitiator(&_ServiceManager.TransactOpts, newInitiator)
}

// SetRewardsInitiator is a paid mutator transaction binding the contract method 0x3bc28c8c.
//
// Solidity: function setRewardsInitiator(address newInitiator) returns()
func (_ServiceManager *ServiceManagerTransactorSession) SetRewardsInitiator(newInitiator common.Address) (*types.Transaction, error) {
	return _ServiceManager.Contract.SetRewardsInitiator(&_ServiceManager.TransactOpts, newInitiator)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_ServiceManager *ServiceManagerTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _ServiceManager.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_ServiceManager *ServiceManagerSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _ServiceManager.Contract.TransferOwnership(&_ServiceManager.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_ServiceManager *ServiceManagerTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _ServiceManager.Contract.TransferOwnership(&_ServiceManager.TransactOpts, newOwner)
}

// Unpause is a paid mutator transaction binding the contract method 0x3f4ba83a.
//
// Solidity: function unpause() returns()
func (_ServiceManager *ServiceManagerTransactor) Unpause(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ServiceManager.contract.Transact(opts, "unpause")
}

// Unpause is a paid mutator transaction binding the contract method 0x3f4ba83a.
//
// Solidity: function unpause() returns()
func (_ServiceManager *ServiceManagerSession) Unpause() (*types.Transaction, error) {
	return _ServiceManager.Contract.Unpause(&_ServiceManager.TransactOpts)
}

// Unpause is a paid mutator transaction binding the contract method 0x3f4ba83a.
//
// Solidity: function unpause() returns()
func (_ServiceManager *ServiceManagerTransactorSession) Unpause() (*types.Transaction, error) {
	return _ServiceManager.Contract.Unpause(&_ServiceManager.TransactOpts)
}

// UpdateAVSMetadataURI is a paid mutator transaction binding the contract method 0xa98fb355.
//
// Solidity: function updateAVSMetadataURI(string uri) returns()
func (_ServiceManager *ServiceManagerTransactor) UpdateAVSMetadataURI(opts *bind.TransactOpts, uri string) (*types.Transaction, error) {
	return _ServiceManager.contract.Transact(opts, "updateAVSMetadataURI", uri)
}

// UpdateAVSMetadataURI is a paid mutator transaction binding the contract method 0xa98fb355.
//
// Solidity: function updateAVSMetadataURI(string uri) returns()
func (_ServiceManager *ServiceManagerSession) UpdateAVSMetadataURI(uri string) (*types.Transaction, error) {
	return _ServiceManager.Contract.UpdateAVSMetadataURI(&_ServiceManager.TransactOpts, uri)
}

// UpdateAVSMetadataURI is a paid mutator transaction binding the contract method 0xa98fb355.
//
// Solidity: function updateAVSMetadataURI(string uri) returns()
func (_ServiceManager *ServiceManagerTransactorSession) UpdateAVSMetadataURI(uri string) (*types.Transaction, error) {
	return _ServiceManager.Contract.UpdateAVSMetadataURI(&_ServiceManager.TransactOpts, uri)
}

// ServiceManagerAVSMetadataURIUpdatedIterator is returned from FilterAVSMetadataURIUpdated and is used to iterate over the raw logs and unpacked data for AVSMetadataURIUpdated events raised by the ServiceManager contract.
type ServiceManagerAVSMetadataURIUpdatedIterator struct {
	Event *ServiceManagerAVSMetadataURIUpdated // Event containing the contract specifics and raw log

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
func (it *ServiceManagerAVSMetadataURIUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceManagerAVSMetadataURIUpdated)
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
		it.Event = new(ServiceManagerAVSMetadataURIUpdated)
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
func (it *ServiceManagerAVSMetadataURIUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceManagerAVSMetadataURIUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceManagerAVSMetadataURIUpdated represents a AVSMetadataURIUpdated event raised by the ServiceManager contract.
type ServiceManagerAVSMetadataURIUpdated struct {
	Uri string
	Raw types.Log // Blockchain specific contextual infos
}

// FilterAVSMetadataURIUpdated is a free log retrieval operation binding the contract event 0x0e5534dee8d6bd3b3b5161202cd469a34cd0f55cf9b63c01c587db57de244b43.
//
// Solidity: event AVSMetadataURIUpdated(string uri)
func (_ServiceManager *ServiceManagerFilterer) FilterAVSMetadataURIUpdated(opts *bind.FilterOpts) (*ServiceManagerAVSMetadataURIUpdatedIterator, error) {

	logs, sub, err := _ServiceManager.contract.FilterLogs(opts, "AVSMetadataURIUpdated")
	if err != nil {
		return nil, err
	}
	return &ServiceManagerAVSMetadataURIUpdatedIterator{contract: _ServiceManager.contract, event: "AVSMetadataURIUpdated", logs: logs, sub: sub}, nil
}

// WatchAVSMetadataURIUpdated is a free log subscription operation binding the contract event 0x0e5534dee8d6bd3b3b5161202cd469a34cd0f55cf9b63c01c587db57de244b43.
//
// Solidity: event AVSMetadataURIUpdated(string uri)
func (_ServiceManager *ServiceManagerFilterer) WatchAVSMetadataURIUpdated(opts *bind.WatchOpts, sink chan<- *ServiceManagerAVSMetadataURIUpdated) (event.Subscription, error) {

	logs, sub, err := _ServiceManager.contract.WatchLogs(opts, "AVSMetadataURIUpdated")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceManagerAVSMetadataURIUpdated)
				if err := _ServiceManager.contract.UnpackLog(event, "AVSMetadataURIUpdated", log); err != nil {
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

// ParseAVSMetadataURIUpdated is a log parse operation binding the contract event 0x0e5534dee8d6bd3b3b5161202cd469a34cd0f55cf9b63c01c587db57de244b43.
//
// Solidity: event AVSMetadataURIUpdated(string uri)
func (_ServiceManager *ServiceManagerFilterer) ParseAVSMetadataURIUpdated(log types.Log) (*ServiceManagerAVSMetadataURIUpdated, error) {
	event := new(ServiceManagerAVSMetadataURIUpdated)
	if err := _ServiceManager.contract.UnpackLog(event, "AVSMetadataURIUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceManagerAVSRegistrarSetIterator is returned from FilterAVSRegistrarSet and is used to iterate over the raw logs and unpacked data for AVSRegistrarSet events raised by the ServiceManager contract.
type ServiceManagerAVSRegistrarSetIterator struct {
	Event *ServiceManagerAVSRegistrarSet // Event containing the contract specifics and raw log

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
func (it *ServiceManagerAVSRegistrarSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceManagerAVSRegistrarSet)
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
		it.Event = new(ServiceManagerAVSRegistrarSet)
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
func (it *ServiceManagerAVSRegistrarSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceManagerAVSRegistrarSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceManagerAVSRegistrarSet represents a AVSRegistrarSet event raised by the ServiceManager contract.
type ServiceManagerAVSRegistrarSet struct {
	Registrar common.Address
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterAVSRegistrarSet is a free log retrieval operation binding the contract event 0x7686f9bc14beec3121ce05e325b68056ddf2345ad96b808354fd14851d6a66eb.
//
// Solidity: event AVSRegistrarSet(address indexed registrar)
func (_ServiceManager *ServiceManagerFilterer) FilterAVSRegistrarSet(opts *bind.FilterOpts, registrar []common.Address) (*ServiceManagerAVSRegistrarSetIterator, error) {

	var registrarRule []interface{}
	for _, registrarItem := range registrar {
		registrarRule = append(registrarRule, registrarItem)
	}

	logs, sub, err := _ServiceManager.contract.FilterLogs(opts, "AVSRegistrarSet", registrarRule)
	if err != nil {
		return nil, err
	}
	return &ServiceManagerAVSRegistrarSetIterator{contract: _ServiceManager.contract, event: "AVSRegistrarSet", logs: logs, sub: sub}, nil
}

// WatchAVSRegistrarSet is a free log subscription operation binding the contract event 0x7686f9bc14beec3121ce05e325b68056ddf2345ad96b808354fd14851d6a66eb.
//
// Solidity: event AVSRegistrarSet(address indexed registrar)
func (_ServiceManager *ServiceManagerFilterer) WatchAVSRegistrarSet(opts *bind.WatchOpts, sink chan<- *ServiceManagerAVSRegistrarSet, registrar []common.Address) (event.Subscription, error) {

	var registrarRule []interface{}
	for _, registrarItem := range registrar {
		registrarRule = append(registrarRule, registrarItem)
	}

	logs, sub, err := _ServiceManager.contract.WatchLogs(opts, "AVSRegistrarSet", registrarRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceManagerAVSRegistrarSet)
				if err := _ServiceManager.contract.UnpackLog(event, "AVSRegistrarSet", log); err != nil {
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

// ParseAVSRegistrarSet is a log parse operation binding the contract event 0x7686f9bc14beec3121ce05e325b68056ddf2345ad96b808354fd14851d6a66eb.
//
// Solidity: event AVSRegistrarSet(address indexed registrar)
func (_ServiceManager *ServiceManagerFilterer) ParseAVSRegistrarSet(log types.Log) (*ServiceManagerAVSRegistrarSet, error) {
	event := new(ServiceManagerAVSRegistrarSet)
	if err := _ServiceManager.contract.UnpackLog(event, "AVSRegistrarSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceManagerAppointeeRemovedIterator is returned from FilterAppointeeRemoved and is used to iterate over the raw logs and unpacked data for AppointeeRemoved events raised by the ServiceManager contract.
type ServiceManagerAppointeeRemovedIterator struct {
	Event *ServiceManagerAppointeeRemoved // Event containing the contract specifics and raw log

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
func (it *ServiceManagerAppointeeRemovedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceManagerAppointeeRemoved)
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
		it.Event = new(ServiceManagerAppointeeRemoved)
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
func (it *ServiceManagerAppointeeRemovedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceManagerAppointeeRemovedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceManagerAppointeeRemoved represents a AppointeeRemoved event raised by the ServiceManager contract.
type ServiceManagerAppointeeRemoved struct {
	Appointee common.Address
	Target    common.Address
	Selector  [4]byte
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterAppointeeRemoved is a free log retrieval operation binding the contract event 0xdba1611b97217f4b460c2ab9c2fcc8a4e1dc0c6359cc1b962287b78532b5b81d.
//
// Solidity: event AppointeeRemoved(address indexed appointee, address indexed target, bytes4 selector)
func (_ServiceManager *ServiceManagerFilterer) FilterAppointeeRemoved(opts *bind.FilterOpts, appointee []common.Address, target []common.Address) (*ServiceManagerAppointeeRemovedIterator, error) {

	var appointeeRule []interface{}
	for _, appointeeItem := range appointee {
		appointeeRule = append(appointeeRule, appointeeItem)
	}
	var targetRule []interface{}
	for _, targetItem := range target {
		targetRule = append(targetRule, targetItem)
	}

	logs, sub, err := _ServiceManager.contract.FilterLogs(opts, "AppointeeRemoved", appointeeRule, targetRule)
	if err != nil {
		return nil, err
	}
	return &ServiceManagerAppointeeRemovedIterator{contract: _ServiceManager.contract, event: "AppointeeRemoved", logs: logs, sub: sub}, nil
}

// WatchAppointeeRemoved is a free log subscription operation binding the contract event 0xdba1611b97217f4b460c2ab9c2fcc8a4e1dc0c6359cc1b962287b78532b5b81d.
//
// Solidity: event AppointeeRemoved(address indexed appointee, address indexed target, bytes4 selector)
func (_ServiceManager *ServiceManagerFilterer) WatchAppointeeRemoved(opts *bind.WatchOpts, sink chan<- *ServiceManagerAppointeeRemoved, appointee []common.Address, target []common.Address) (event.Subscription, error) {

	var appointeeRule []interface{}
	for _, appointeeItem := range appointee {
		appointeeRule = append(appointeeRule, appointeeItem)
	}
	var targetRule []interface{}
	for _, targetItem := range target {
		targetRule = append(targetRule, targetItem)
	}

	logs, sub, err := _ServiceManager.contract.WatchLogs(opts, "AppointeeRemoved", appointeeRule, targetRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceManagerAppointeeRemoved)
				if err := _ServiceManager.contract.UnpackLog(event, "AppointeeRemoved", log); err != nil {
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

// ParseAppointeeRemoved is a log parse operation binding the contract event 0xdba1611b97217f4b460c2ab9c2fcc8a4e1dc0c6359cc1b962287b78532b5b81d.
//
// Solidity: event AppointeeRemoved(address indexed appointee, address indexed target, bytes4 selector)
func (_ServiceManager *ServiceManagerFilterer) ParseAppointeeRemoved(log types.Log) (*ServiceManagerAppointeeRemoved, error) {
	event := new(ServiceManagerAppointeeRemoved)
	if err := _ServiceManager.contract.UnpackLog(event, "AppointeeRemoved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceManagerAppointeeSetIterator is returned from FilterAppointeeSet and is used to iterate over the raw logs and unpacked data for AppointeeSet events raised by the ServiceManager contract.
type ServiceManagerAppointeeSetIterator struct {
	Event *ServiceManagerAppointeeSet // Event containing the contract specifics and raw log

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
func (it *ServiceManagerAppointeeSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceManagerAppointeeSet)
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
		it.Event = new(ServiceManagerAppointeeSet)
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
func (it *ServiceManagerAppointeeSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceManagerAppointeeSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceManagerAppointeeSet represents a AppointeeSet event raised by the ServiceManager contract.
type ServiceManagerAppointeeSet struct {
	Appointee common.Address
	Target    common.Address
	Selector  [4]byte
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterAppointeeSet is a free log retrieval operation binding the contract event 0x1782a5b6e75901610987e6b182049c702ea9dbbe78c48dc92a4e6e08706eaeb3.
//
// Solidity: event AppointeeSet(address indexed appointee, address indexed target, bytes4 selector)
func (_ServiceManager *ServiceManagerFilterer) FilterAppointeeSet(opts *bind.FilterOpts, appointee []common.Address, target []common.Address) (*ServiceManagerAppointeeSetIterator, error) {

	var appointeeRule []interface{}
	for _, appointeeItem := range appointee {
		appointeeRule = append(appointeeRule, appointeeItem)
	}
	var targetRule []interface{}
	for _, targetItem := range target {
		targetRule = append(targetRule, targetItem)
	}

	logs, sub, err := _ServiceManager.contract.FilterLogs(opts, "AppointeeSet", appointeeRule, targetRule)
	if err != nil {
		return nil, err
	}
	return &ServiceManagerAppointeeSetIterator{contract: _ServiceManager.contract, event: "AppointeeSet", logs: logs, sub: sub}, nil
}

// WatchAppointeeSet is a free log subscription operation binding the contract event 0x1782a5b6e75901610987e6b182049c702ea9dbbe78c48dc92a4e6e08706eaeb3.
//
// Solidity: event AppointeeSet(address indexed appointee, address indexed target, bytes4 selector)
func (_ServiceManager *ServiceManagerFilterer) WatchAppointeeSet(opts *bind.WatchOpts, sink chan<- *ServiceManagerAppointeeSet, appointee []common.Address, target []common.Address) (event.Subscription, error) {

	var appointeeRule []interface{}
	for _, appointeeItem := range appointee {
		appointeeRule = append(appointeeRule, appointeeItem)
	}
	var targetRule []interface{}
	for _, targetItem := range target {
		targetRule = append(targetRule, targetItem)
	}

	logs, sub, err := _ServiceManager.contract.WatchLogs(opts, "AppointeeSet", appointeeRule, targetRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceManagerAppointeeSet)
				if err := _ServiceManager.contract.UnpackLog(event, "AppointeeSet", log); err != nil {
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

// ParseAppointeeSet is a log parse operation binding the contract event 0x1782a5b6e75901610987e6b182049c702ea9dbbe78c48dc92a4e6e08706eaeb3.
//
// Solidity: event AppointeeSet(address indexed appointee, address indexed target, bytes4 selector)
func (_ServiceManager *ServiceManagerFilterer) ParseAppointeeSet(log types.Log) (*ServiceManagerAppointeeSet, error) {
	event := new(ServiceManagerAppointeeSet)
	if err := _ServiceManager.contract.UnpackLog(event, "AppointeeSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceManagerInitializedIterator is returned from FilterInitialized and is used to iterate over the raw logs and unpacked data for Initialized events raised by the ServiceManager contract.
type ServiceManagerInitializedIterator struct {
	Event *ServiceManagerInitialized // Event containing the contract specifics and raw log

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
func (it *ServiceManagerInitializedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceManagerInitialized)
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
		it.Event = new(ServiceManagerInitialized)
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
func (it *ServiceManagerInitializedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceManagerInitializedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceManagerInitialized represents a Initialized event raised by the ServiceManager contract.
type ServiceManagerInitialized struct {
	Version uint64
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterInitialized is a free log retrieval operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_ServiceManager *ServiceManagerFilterer) FilterInitialized(opts *bind.FilterOpts) (*ServiceManagerInitializedIterator, error) {

	logs, sub, err := _ServiceManager.contract.FilterLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return &ServiceManagerInitializedIterator{contract: _ServiceManager.contract, event: "Initialized", logs: logs, sub: sub}, nil
}

// WatchInitialized is a free log subscription operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_ServiceManager *ServiceManagerFilterer) WatchInitialized(opts *bind.WatchOpts, sink chan<- *ServiceManagerInitialized) (event.Subscription, error) {

	logs, sub, err := _ServiceManager.contract.WatchLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceManagerInitialized)
				if err := _ServiceManager.contract.UnpackLog(event, "Initialized", log); err != nil {
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
func (_ServiceManager *ServiceManagerFilterer) ParseInitialized(log types.Log) (*ServiceManagerInitialized, error) {
	event := new(ServiceManagerInitialized)
	if err := _ServiceManager.contract.UnpackLog(event, "Initialized", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceManagerOperatorDeregisteredIterator is returned from FilterOperatorDeregistered and is used to iterate over the raw logs and unpacked data for OperatorDeregistered events raised by the ServiceManager contract.
type ServiceManagerOperatorDeregisteredIterator struct {
	Event *ServiceManagerOperatorDeregistered // Event containing the contract specifics and raw log

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
func (it *ServiceManagerOperatorDeregisteredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceManagerOperatorDeregistered)
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
		it.Event = new(ServiceManagerOperatorDeregistered)
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
func (it *ServiceManagerOperatorDeregisteredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceManagerOperatorDeregisteredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceManagerOperatorDeregistered represents a OperatorDeregistered event raised by the ServiceManager contract.
type ServiceManagerOperatorDeregistered struct {
	Operator       common.Address
	OperatorSetIds []uint32
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterOperatorDeregistered is a free log retrieval operation binding the contract event 0xf8aaad08ee23b49c9bb44e3bca6c7efa43442fc4281245a7f2475aa2632718d1.
//
// Solidity: event OperatorDeregistered(address indexed operator, uint32[] operatorSetIds)
func (_ServiceManager *ServiceManagerFilterer) FilterOperatorDeregistered(opts *bind.FilterOpts, operator []common.Address) (*ServiceManagerOperatorDeregisteredIterator, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _ServiceManager.contract.FilterLogs(opts, "OperatorDeregistered", operatorRule)
	if err != nil {
		return nil, err
	}
	return &ServiceManagerOperatorDeregisteredIterator{contract: _ServiceManager.contract, event: "OperatorDeregistered", logs: logs, sub: sub}, nil
}

// WatchOperatorDeregistered is a free log subscription operation binding the contract event 0xf8aaad08ee23b49c9bb44e3bca6c7efa43442fc4281245a7f2475aa2632718d1.
//
// Solidity: event OperatorDeregistered(address indexed operator, uint32[] operatorSetIds)
func (_ServiceManager *ServiceManagerFilterer) WatchOperatorDeregistered(opts *bind.WatchOpts, sink chan<- *ServiceManagerOperatorDeregistered, operator []common.Address) (event.Subscription, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _ServiceManager.contract.WatchLogs(opts, "OperatorDeregistered", operatorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceManagerOperatorDeregistered)
				if err := _ServiceManager.contract.UnpackLog(event, "OperatorDeregistered", log); err != nil {
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

// ParseOperatorDeregistered is a log parse operation binding the contract event 0xf8aaad08ee23b49c9bb44e3bca6c7efa43442fc4281245a7f2475aa2632718d1.
//
// Solidity: event OperatorDeregistered(address indexed operator, uint32[] operatorSetIds)
func (_ServiceManager *ServiceManagerFilterer) ParseOperatorDeregistered(log types.Log) (*ServiceManagerOperatorDeregistered, error) {
	event := new(ServiceManagerOperatorDeregistered)
	if err := _ServiceManager.contract.UnpackLog(event, "OperatorDeregistered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceManagerOwnershipTransferStartedIterator is returned from FilterOwnershipTransferStarted and is used to iterate over the raw logs and unpacked data for OwnershipTransferStarted events raised by the ServiceManager contract.
type ServiceManagerOwnershipTransferStartedIterator struct {
	Event *ServiceManagerOwnershipTransferStarted // Event containing the contract specifics and raw log

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
func (it *ServiceManagerOwnershipTransferStartedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceManagerOwnershipTransferStarted)
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
		it.Event = new(ServiceManagerOwnershipTransferStarted)
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
func (it *ServiceManagerOwnershipTransferStartedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceManagerOwnershipTransferStartedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceManagerOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the ServiceManager contract.
type ServiceManagerOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferStarted is a free log retrieval operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_ServiceManager *ServiceManagerFilterer) FilterOwnershipTransferStarted(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*ServiceManagerOwnershipTransferStartedIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ServiceManager.contract.FilterLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &ServiceManagerOwnershipTransferStartedIterator{contract: _ServiceManager.contract, event: "OwnershipTransferStarted", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferStarted is a free log subscription operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_ServiceManager *ServiceManagerFilterer) WatchOwnershipTransferStarted(opts *bind.WatchOpts, sink chan<- *ServiceManagerOwnershipTransferStarted, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ServiceManager.contract.WatchLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceManagerOwnershipTransferStarted)
				if err := _ServiceManager.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
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
func (_ServiceManager *ServiceManagerFilterer) ParseOwnershipTransferStarted(log types.Log) (*ServiceManagerOwnershipTransferStarted, error) {
	event := new(ServiceManagerOwnershipTransferStarted)
	if err := _ServiceManager.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceManagerOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the ServiceManager contract.
type ServiceManagerOwnershipTransferredIterator struct {
	Event *ServiceManagerOwnershipTransferred // Event containing the contract specifics and raw log

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
func (it *ServiceManagerOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceManagerOwnershipTransferred)
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
		it.Event = new(ServiceManagerOwnershipTransferred)
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
func (it *ServiceManagerOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceManagerOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceManagerOwnershipTransferred represents a OwnershipTransferred event raised by the ServiceManager contract.
type ServiceManagerOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_ServiceManager *ServiceManagerFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*ServiceManagerOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ServiceManager.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &ServiceManagerOwnershipTransferredIterator{contract: _ServiceManager.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_ServiceManager *ServiceManagerFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *ServiceManagerOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ServiceManager.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceManagerOwnershipTransferred)
				if err := _ServiceManager.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
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
func (_ServiceManager *ServiceManagerFilterer) ParseOwnershipTransferred(log types.Log) (*ServiceManagerOwnershipTransferred, error) {
	event := new(ServiceManagerOwnershipTransferred)
	if err := _ServiceManager.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceManagerPausedIterator is returned from FilterPaused and is used to iterate over the raw logs and unpacked data for Paused events raised by the ServiceManager contract.
type ServiceManagerPausedIterator struct {
	Event *ServiceManagerPaused // Event containing the contract specifics and raw log

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
func (it *ServiceManagerPausedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceManagerPaused)
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
		it.Event = new(ServiceManagerPaused)
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
func (it *ServiceManagerPausedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceManagerPausedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceManagerPaused represents a Paused event raised by the ServiceManager contract.
type ServiceManagerPaused struct {
	By  common.Address
	Raw types.Log // Blockchain specific contextual infos
}

// FilterPaused is a free log retrieval operation binding the contract event 0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258.
//
// Solidity: event Paused(address indexed by)
func (_ServiceManager *ServiceManagerFilterer) FilterPaused(opts *bind.FilterOpts, by []common.Address) (*ServiceManagerPausedIterator, error) {

	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _ServiceManager.contract.FilterLogs(opts, "Paused", byRule)
	if err != nil {
		return nil, err
	}
	return &ServiceManagerPausedIterator{contract: _ServiceManager.contract, event: "Paused", logs: logs, sub: sub}, nil
}

// WatchPaused is a free log subscription operation binding the contract event 0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258.
//
// Solidity: event Paused(address indexed by)
func (_ServiceManager *ServiceManagerFilterer) WatchPaused(opts *bind.WatchOpts, sink chan<- *ServiceManagerPaused, by []common.Address) (event.Subscription, error) {

	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _ServiceManager.contract.WatchLogs(opts, "Paused", byRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceManagerPaused)
				if err := _ServiceManager.contract.UnpackLog(event, "Paused", log); err != nil {
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
func (_ServiceManager *ServiceManagerFilterer) ParsePaused(log types.Log) (*ServiceManagerPaused, error) {
	event := new(ServiceManagerPaused)
	if err := _ServiceManager.contract.UnpackLog(event, "Paused", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceManagerPauserChangedIterator is returned from FilterPauserChanged and is used to iterate over the raw logs and unpacked data for PauserChanged events raised by the ServiceManager contract.
type ServiceManagerPauserChangedIterator struct {
	Event *ServiceManagerPauserChanged // Event containing the contract specifics and raw log

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
func (it *ServiceManagerPauserChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceManagerPauserChanged)
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
		it.Event = new(ServiceManagerPauserChanged)
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
func (it *ServiceManagerPauserChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceManagerPauserChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceManagerPauserChanged represents a PauserChanged event raised by the ServiceManager contract.
type ServiceManagerPauserChanged struct {
	PreviousPauser common.Address
	NewPauser      common.Address
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterPauserChanged is a free log retrieval operation binding the contract event 0x95bb211a5a393c4d30c3edc9a745825fba4e6ad3e3bb949e6bf8ccdfe431a811.
//
// Solidity: event PauserChanged(address indexed previousPauser, address indexed newPauser)
func (_ServiceManager *ServiceManagerFilterer) FilterPauserChanged(opts *bind.FilterOpts, previousPauser []common.Address, newPauser []common.Address) (*ServiceManagerPauserChangedIterator, error) {

	var previousPauserRule []interface{}
	for _, previousPauserItem := range previousPauser {
		previousPauserRule = append(previousPauserRule, previousPauserItem)
	}
	var newPauserRule []interface{}
	for _, newPauserItem := range newPauser {
		newPauserRule = append(newPauserRule, newPauserItem)
	}

	logs, sub, err := _ServiceManager.contract.FilterLogs(opts, "PauserChanged", previousPauserRule, newPauserRule)
	if err != nil {
		return nil, err
	}
	return &ServiceManagerPauserChangedIterator{contract: _ServiceManager.contract, event: "PauserChanged", logs: logs, sub: sub}, nil
}

// WatchPauserChanged is a free log subscription operation binding the contract event 0x95bb211a5a393c4d30c3edc9a745825fba4e6ad3e3bb949e6bf8ccdfe431a811.
//
// Solidity: event PauserChanged(address indexed previousPauser, address indexed newPauser)
func (_ServiceManager *ServiceManagerFilterer) WatchPauserChanged(opts *bind.WatchOpts, sink chan<- *ServiceManagerPauserChanged, previousPauser []common.Address, newPauser []common.Address) (event.Subscription, error) {

	var previousPauserRule []interface{}
	for _, previousPauserItem := range previousPauser {
		previousPauserRule = append(previousPauserRule, previousPauserItem)
	}
	var newPauserRule []interface{}
	for _, newPauserItem := range newPauser {
		newPauserRule = append(newPauserRule, newPauserItem)
	}

	logs, sub, err := _ServiceManager.contract.WatchLogs(opts, "PauserChanged", previousPauserRule, newPauserRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceManagerPauserChanged)
				if err := _ServiceManager.contract.UnpackLog(event, "PauserChanged", log); err != nil {
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
func (_ServiceManager *ServiceManagerFilterer) ParsePauserChanged(log types.Log) (*ServiceManagerPauserChanged, error) {
	event := new(ServiceManagerPauserChanged)
	if err := _ServiceManager.contract.UnpackLog(event, "PauserChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceManagerRegistryCoordinatorSetIterator is returned from FilterRegistryCoordinatorSet and is used to iterate over the raw logs and unpacked data for RegistryCoordinatorSet events raised by the ServiceManager contract.
type ServiceManagerRegistryCoordinatorSetIterator struct {
	Event *ServiceManagerRegistryCoordinatorSet // Event containing the contract specifics and raw log

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
func (it *ServiceManagerRegistryCoordinatorSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceManagerRegistryCoordinatorSet)
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
		it.Event = new(ServiceManagerRegistryCoordinatorSet)
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
func (it *ServiceManagerRegistryCoordinatorSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceManagerRegistryCoordinatorSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceManagerRegistryCoordinatorSet represents a RegistryCoordinatorSet event raised by the ServiceManager contract.
type ServiceManagerRegistryCoordinatorSet struct {
	Coordinator   common.Address
	StakeRegistry common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterRegistryCoordinatorSet is a free log retrieval operation binding the contract event 0xb3493b0180c73c56d00072cda84917da7598886bc7e22fbece19ed96853a8e5e.
//
// Solidity: event RegistryCoordinatorSet(address indexed coordinator, address indexed stakeRegistry)
func (_ServiceManager *ServiceManagerFilterer) FilterRegistryCoordinatorSet(opts *bind.FilterOpts, coordinator []common.Address, stakeRegistry []common.Address) (*ServiceManagerRegistryCoordinatorSetIterator, error) {

	var coordinatorRule []interface{}
	for _, coordinatorItem := range coordinator {
		coordinatorRule = append(coordinatorRule, coordinatorItem)
	}
	var stakeRegistryRule []interface{}
	for _, stakeRegistryItem := range stakeRegistry {
		stakeRegistryRule = append(stakeRegistryRule, stakeRegistryItem)
	}

	logs, sub, err := _ServiceManager.contract.FilterLogs(opts, "RegistryCoordinatorSet", coordinatorRule, stakeRegistryRule)
	if err != nil {
		return nil, err
	}
	return &ServiceManagerRegistryCoordinatorSetIterator{contract: _ServiceManager.contract, event: "RegistryCoordinatorSet", logs: logs, sub: sub}, nil
}

// WatchRegistryCoordinatorSet is a free log subscription operation binding the contract event 0xb3493b0180c73c56d00072cda84917da7598886bc7e22fbece19ed96853a8e5e.
//
// Solidity: event RegistryCoordinatorSet(address indexed coordinator, address indexed stakeRegistry)
func (_ServiceManager *ServiceManagerFilterer) WatchRegistryCoordinatorSet(opts *bind.WatchOpts, sink chan<- *ServiceManagerRegistryCoordinatorSet, coordinator []common.Address, stakeRegistry []common.Address) (event.Subscription, error) {

	var coordinatorRule []interface{}
	for _, coordinatorItem := range coordinator {
		coordinatorRule = append(coordinatorRule, coordinatorItem)
	}
	var stakeRegistryRule []interface{}
	for _, stakeRegistryItem := range stakeRegistry {
		stakeRegistryRule = append(stakeRegistryRule, stakeRegistryItem)
	}

	logs, sub, err := _ServiceManager.contract.WatchLogs(opts, "RegistryCoordinatorSet", coordinatorRule, stakeRegistryRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceManagerRegistryCoordinatorSet)
				if err := _ServiceManager.contract.UnpackLog(event, "RegistryCoordinatorSet", log); err != nil {
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

// ParseRegistryCoordinatorSet is a log parse operation binding the contract event 0xb3493b0180c73c56d00072cda84917da7598886bc7e22fbece19ed96853a8e5e.
//
// Solidity: event RegistryCoordinatorSet(address indexed coordinator, address indexed stakeRegistry)
func (_ServiceManager *ServiceManagerFilterer) ParseRegistryCoordinatorSet(log types.Log) (*ServiceManagerRegistryCoordinatorSet, error) {
	event := new(ServiceManagerRegistryCoordinatorSet)
	if err := _ServiceManager.contract.UnpackLog(event, "RegistryCoordinatorSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceManagerRewardsInitiatorChangedIterator is returned from FilterRewardsInitiatorChanged and is used to iterate over the raw logs and unpacked data for RewardsInitiatorChanged events raised by the ServiceManager contract.
type ServiceManagerRewardsInitiatorChangedIterator struct {
	Event *ServiceManagerRewardsInitiatorChanged // Event containing the contract specifics and raw log

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
func (it *ServiceManagerRewardsInitiatorChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceManagerRewardsInitiatorChanged)
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
		it.Event = new(ServiceManagerRewardsInitiatorChanged)
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
func (it *ServiceManagerRewardsInitiatorChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceManagerRewardsInitiatorChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceManagerRewardsInitiatorChanged represents a RewardsInitiatorChanged event raised by the ServiceManager contract.
type ServiceManagerRewardsInitiatorChanged struct {
	Previous common.Address
	Current  common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterRewardsInitiatorChanged is a free log retrieval operation binding the contract event 0xb76df846ea8d9dbcb84787b03ef1fe02bdce4f16b684cdcaccac2ff65fb510dd.
//
// Solidity: event RewardsInitiatorChanged(address indexed previous, address indexed current)
func (_ServiceManager *ServiceManagerFilterer) FilterRewardsInitiatorChanged(opts *bind.FilterOpts, previous []common.Address, current []common.Address) (*ServiceManagerRewardsInitiatorChangedIterator, error) {

	var previousRule []interface{}
	for _, previousItem := range previous {
		previousRule = append(previousRule, previousItem)
	}
	var currentRule []interface{}
	for _, currentItem := range current {
		currentRule = append(currentRule, currentItem)
	}

	logs, sub, err := _ServiceManager.contract.FilterLogs(opts, "RewardsInitiatorChanged", previousRule, currentRule)
	if err != nil {
		return nil, err
	}
	return &ServiceManagerRewardsInitiatorChangedIterator{contract: _ServiceManager.contract, event: "RewardsInitiatorChanged", logs: logs, sub: sub}, nil
}

// WatchRewardsInitiatorChanged is a free log subscription operation binding the contract event 0xb76df846ea8d9dbcb84787b03ef1fe02bdce4f16b684cdcaccac2ff65fb510dd.
//
// Solidity: event RewardsInitiatorChanged(address indexed previous, address indexed current)
func (_ServiceManager *ServiceManagerFilterer) WatchRewardsInitiatorChanged(opts *bind.WatchOpts, sink chan<- *ServiceManagerRewardsInitiatorChanged, previous []common.Address, current []common.Address) (event.Subscription, error) {

	var previousRule []interface{}
	for _, previousItem := range previous {
		previousRule = append(previousRule, previousItem)
	}
	var currentRule []interface{}
	for _, currentItem := range current {
		currentRule = append(currentRule, currentItem)
	}

	logs, sub, err := _ServiceManager.contract.WatchLogs(opts, "RewardsInitiatorChanged", previousRule, currentRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceManagerRewardsInitiatorChanged)
				if err := _ServiceManager.contract.UnpackLog(event, "RewardsInitiatorChanged", log); err != nil {
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

// ParseRewardsInitiatorChanged is a log parse operation binding the contract event 0xb76df846ea8d9dbcb84787b03ef1fe02bdce4f16b684cdcaccac2ff65fb510dd.
//
// Solidity: event RewardsInitiatorChanged(address indexed previous, address indexed current)
func (_ServiceManager *ServiceManagerFilterer) ParseRewardsInitiatorChanged(log types.Log) (*ServiceManagerRewardsInitiatorChanged, error) {
	event := new(ServiceManagerRewardsInitiatorChanged)
	if err := _ServiceManager.contract.UnpackLog(event, "RewardsInitiatorChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceManagerRewardsSubmittedIterator is returned from FilterRewardsSubmitted and is used to iterate over the raw logs and unpacked data for RewardsSubmitted events raised by the ServiceManager contract.
type ServiceManagerRewardsSubmittedIterator struct {
	Event *ServiceManagerRewardsSubmitted // Event containing the contract specifics and raw log

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
func (it *ServiceManagerRewardsSubmittedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceManagerRewardsSubmitted)
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
		it.Event = new(ServiceManagerRewardsSubmitted)
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
func (it *ServiceManagerRewardsSubmittedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceManagerRewardsSubmittedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceManagerRewardsSubmitted represents a RewardsSubmitted event raised by the ServiceManager contract.
type ServiceManagerRewardsSubmitted struct {
	Submissions *big.Int
	TotalAmount *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterRewardsSubmitted is a free log retrieval operation binding the contract event 0xb6d94e6419560f5b19430e640113c0926ed3c399cb053a26a2324b5b29f18e81.
//
// Solidity: event RewardsSubmitted(uint256 submissions, uint256 totalAmount)
func (_ServiceManager *ServiceManagerFilterer) FilterRewardsSubmitted(opts *bind.FilterOpts) (*ServiceManagerRewardsSubmittedIterator, error) {

	logs, sub, err := _ServiceManager.contract.FilterLogs(opts, "RewardsSubmitted")
	if err != nil {
		return nil, err
	}
	return &ServiceManagerRewardsSubmittedIterator{contract: _ServiceManager.contract, event: "RewardsSubmitted", logs: logs, sub: sub}, nil
}

// WatchRewardsSubmitted is a free log subscription operation binding the contract event 0xb6d94e6419560f5b19430e640113c0926ed3c399cb053a26a2324b5b29f18e81.
//
// Solidity: event RewardsSubmitted(uint256 submissions, uint256 totalAmount)
func (_ServiceManager *ServiceManagerFilterer) WatchRewardsSubmitted(opts *bind.WatchOpts, sink chan<- *ServiceManagerRewardsSubmitted) (event.Subscription, error) {

	logs, sub, err := _ServiceManager.contract.WatchLogs(opts, "RewardsSubmitted")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceManagerRewardsSubmitted)
				if err := _ServiceManager.contract.UnpackLog(event, "RewardsSubmitted", log); err != nil {
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

// ParseRewardsSubmitted is a log parse operation binding the contract event 0xb6d94e6419560f5b19430e640113c0926ed3c399cb053a26a2324b5b29f18e81.
//
// Solidity: event RewardsSubmitted(uint256 submissions, uint256 totalAmount)
func (_ServiceManager *ServiceManagerFilterer) ParseRewardsSubmitted(log types.Log) (*ServiceManagerRewardsSubmitted, error) {
	event := new(ServiceManagerRewardsSubmitted)
	if err := _ServiceManager.contract.UnpackLog(event, "RewardsSubmitted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceManagerUnpausedIterator is returned from FilterUnpaused and is used to iterate over the raw logs and unpacked data for Unpaused events raised by the ServiceManager contract.
type ServiceManagerUnpausedIterator struct {
	Event *ServiceManagerUnpaused // Event containing the contract specifics and raw log

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
func (it *ServiceManagerUnpausedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceManagerUnpaused)
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
		it.Event = new(ServiceManagerUnpaused)
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
func (it *ServiceManagerUnpausedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceManagerUnpausedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceManagerUnpaused represents a Unpaused event raised by the ServiceManager contract.
type ServiceManagerUnpaused struct {
	By  common.Address
	Raw types.Log // Blockchain specific contextual infos
}

// FilterUnpaused is a free log retrieval operation binding the contract event 0x5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa.
//
// Solidity: event Unpaused(address indexed by)
func (_ServiceManager *ServiceManagerFilterer) FilterUnpaused(opts *bind.FilterOpts, by []common.Address) (*ServiceManagerUnpausedIterator, error) {

	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _ServiceManager.contract.FilterLogs(opts, "Unpaused", byRule)
	if err != nil {
		return nil, err
	}
	return &ServiceManagerUnpausedIterator{contract: _ServiceManager.contract, event: "Unpaused", logs: logs, sub: sub}, nil
}

// WatchUnpaused is a free log subscription operation binding the contract event 0x5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa.
//
// Solidity: event Unpaused(address indexed by)
func (_ServiceManager *ServiceManagerFilterer) WatchUnpaused(opts *bind.WatchOpts, sink chan<- *ServiceManagerUnpaused, by []common.Address) (event.Subscription, error) {

	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _ServiceManager.contract.WatchLogs(opts, "Unpaused", byRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceManagerUnpaused)
				if err := _ServiceManager.contract.UnpackLog(event, "Unpaused", log); err != nil {
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
func (_ServiceManager *ServiceManagerFilterer) ParseUnpaused(log types.Log) (*ServiceManagerUnpaused, error) {
	event := new(ServiceManagerUnpaused)
	if err := _ServiceManager.contract.UnpackLog(event, "Unpaused", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
