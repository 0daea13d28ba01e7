// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package secretregistry

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

// SecretRegistrySecretInfo is an auto generated low-level Go binding around an user-defined struct.
type SecretRegistrySecretInfo struct {
	Id              [32]byte
	Owner           common.Address
	Name            [32]byte
	Requester       common.Address
	Version         uint64
	EnvelopeDigest  [32]byte
	SetBlock        uint64
	RequesterSecret bool
	Revoked         bool
}

// SecretRegistryMetaData contains all meta data concerning the SecretRegistry contract.
var SecretRegistryMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"taskManager_\",\"type\":\"address\",\"internalType\":\"contractITaskManager\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"MAX_ENVELOPE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_FUNCTION_SECRETS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_REQUESTER_SECRETS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"deleteSecret\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"name\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"functionSecretIds\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getSecret\",\"inputs\":[{\"name\":\"id\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structSecretRegistry.SecretInfo\",\"components\":[{\"name\":\"id\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"name\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"version\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"envelopeDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"setBlock\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"requesterSecret\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"revoked\",\"type\":\"bool\",\"internalType\":\"bool\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"requesterSecretIds\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"revokeSecret\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"name\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"secretId\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"name\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"secretsFor\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple[]\",\"internalType\":\"structSecretRegistry.SecretInfo[]\",\"components\":[{\"name\":\"id\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"name\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"version\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"envelopeDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"setBlock\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"requesterSecret\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"revoked\",\"type\":\"bool\",\"internalType\":\"bool\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setSecret\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"name\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"envelope\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"taskManager\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractITaskManager\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"SecretDeleted\",\"inputs\":[{\"name\":\"id\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"functionId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"name\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SecretRevoked\",\"inputs\":[{\"name\":\"id\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"functionId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"name\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"version\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SecretSet\",\"inputs\":[{\"name\":\"id\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"functionId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"name\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"requester\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"version\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"envelope\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"InvalidEnvelopeSize\",\"inputs\":[{\"name\":\"size\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidSecretName\",\"inputs\":[{\"name\":\"name\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"NotFunctionOwner\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SecretAlreadyRevoked\",\"inputs\":[{\"name\":\"id\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"TooManySecrets\",\"inputs\":[{\"name\":\"functionId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnknownSecret\",\"inputs\":[{\"name\":\"id\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}]",
	Bin: "0x60a0604052348015600e575f5ffd5b5060405161173c38038061173c833981016040819052602b91603b565b6001600160a01b03166080526066565b5f60208284031215604a575f5ffd5b81516001600160a01b0381168114605f575f5ffd5b9392505050565b6080516116b061008c5f395f81816101580152818161037e01526107b101526116b05ff3fe608060405234801561000f575f5ffd5b50600436106100b1575f3560e01c80638259436d1161006e5780638259436d14610133578063a50a640e14610153578063a8c320ee14610192578063b1038ea2146101a5578063bc3c1d42146101b8578063c4a31cf8146101c1575f5ffd5b80630f457f1f146100b5578063107c1dff146100d057806322209401146100e55780632dde4aa91461010557806348bcd589146101185780634bcc256e1461012b575b5f5ffd5b6100bd602081565b6040519081526020015b60405180910390f35b6100e36100de366004610ee4565b6101e1565b005b6100f86100f3366004610f22565b61027b565b6040516100c79190610f59565b6100e3610113366004610f9b565b6102f7565b6100bd610126366004611032565b6105bf565b6100bd600881565b610146610141366004611070565b61060e565b6040516100c79190611127565b61017a7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100c7565b6100f86101a0366004611136565b610628565b6100e36101b3366004610ee4565b610691565b6100bd61400081565b6101d46101cf366004610f22565b610786565b6040516100c79190611158565b5f6101ed3384846105bf565b90505f6101f982610a3d565b90506102058185610a7a565b5f8281526020818152604080832080546001600160f01b0319168155600181018490556002810184905560030192909255905184815233916001600160401b0387169185917fb99f675f4db37fd57a91da7d184ac91c0b6105e57342bbe0c8825dfb2a4497a6910160405180910390a450505050565b6001600160401b0382165f9081526002602090815260408083206001600160a01b03851684528252918290208054835181840281018401909452808452606093928301828280156102e957602002820191905f5260205f20905b8154815260200190600101908083116102d5575b505050505090505b92915050565b61030084610ba9565b6103255760405163a8cf4bb360e01b8152600481018590526024015b60405180910390fd5b801580610333575061400081115b15610354576040516328ef323560e21b81526004810182905260240161031c565b604051635cb7689f60e11b81526001600160401b03861660048201525f9033906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063b96ed13e906024015f60405180830381865afa1580156103c2573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526103e99190810190611412565b516001600160a01b03161480159150819061040d57506001600160a01b0384163314155b1561043c5760405163283a680d60e21b81526001600160401b038716600482015233602482015260440161031c565b5f6104483388886105bf565b5f8181526020819052604090208054919250906001600160a01b03166104905780546001600160a01b031916331781556002810187905561048b81838a86610d03565b6104bd565b805460ff600160e01b909104161515831515146104bd576104b18189610a7a565b6104bd81838a86610d03565b80545f906104dc90600160a01b90046001600160401b031660016115c6565b825468ffffffffffffffffff60a01b1916600160a01b6001600160401b03838116820260ff60e01b191692909217600160e01b881515021760ff60e81b191685556001850180546001600160a01b038c166001600160e01b0319909116174390931690910291909117905560405190915061055a90879087906115e5565b604051908190038120600384015533906001600160401b038b169085907fbe945091811d0a53b3c7f2b61472f59149dbc33ce9d5c141bf746dfefbe6ec3e906105ac908d908d9088908e908e906115f4565b60405180910390a4505050505050505050565b604080516001600160a01b03851660208201526001600160401b03841691810191909152606081018290525f906080016040516020818303038152906040528051906020012090509392505050565b610616610e82565b6102f18261062384610a3d565b610dec565b6001600160401b0381165f9081526001602090815260409182902080548351818402810184019094528084526060939283018282801561068557602002820191905f5260205f20905b815481526020019060010190808311610671575b50505050509050919050565b5f61069d3384846105bf565b90505f6106a982610a3d565b8054909150600160e81b900460ff16156106d95760405163d3fc188b60e01b81526004810183905260240161031c565b80545f906106f890600160a01b90046001600160401b031660016115c6565b825460ff60e81b196001600160401b03838116600160a01b81029290921669ff00ffffffffffffffff60a01b1990931692909217600160e81b1785555f600386015560408051888152602081019290925292935033929188169186917fc9b656ce9432ee710a272491beb0bbd3d41add93f0d9f2ad651a1653436f60eb910160405180910390a45050505050565b604051635cb7689f60e11b81526001600160401b03831660048201526060905f906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063b96ed13e906024015f60405180830381865afa1580156107f5573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261081c9190810190611412565b516001600160401b0385165f908152600160209081526040808320600283528184206001600160a01b038916855290925282208054825494955091939092916108649161164a565b6001600160401b0381111561087b5761087b61119b565b6040519080825280602002602001820160405280156108b457816020015b6108a1610e82565b8152602001906001900390816108995790505b5090505f805b845481101561099e575f8582815481106108d6576108d661165d565b5f9182526020808320909101548083529082905260409091208054919250906001600160a01b0390811690891614158061091857508054600160e81b900460ff165b15610924575050610996565b60018101546001600160a01b0316801580159061095357508a6001600160a01b0316816001600160a01b031614155b1561096057505050610996565b61096a8383610dec565b868661097581611671565b9750815181106109875761098761165d565b60200260200101819052505050505b6001016108ba565b505f5b8354811015610a30575f8482815481106109bd576109bd61165d565b5f91825260208083209091015480835290829052604090912080549192509060ff600160e81b90910416156109f3575050610a28565b6109fd8282610dec565b8585610a0881611671565b965081518110610a1a57610a1a61165d565b602002602001018190525050505b6001016109a1565b5081529695505050505050565b5f81815260208190526040902080546001600160a01b0316610a755760405163313c672760e21b81526004810183905260240161031c565b919050565b81545f90600160e01b900460ff16610aa8576001600160401b0382165f908152600160205260409020610ad5565b6001600160401b0382165f90815260026020908152604080832086546001600160a01b0316845290915290205b6001848101548254929350600160e01b900463ffffffff16915f91610af991611689565b9050808214610b6d575f838281548110610b1557610b1561165d565b905f5260205f200154905080848481548110610b3357610b3361165d565b5f918252602080832091909101929092559182528190526040902060010180546001600160e01b0316600160e01b63ffffffff8516021790555b82805480610b7d57610b7d61169c565b5f8281526020812082015f19908101919091550190555050505060010180546001600160e01b03169055565b5f81811a60f81b6001600160f81b031981161580610bee5750600360fc1b6001600160f81b0319821610801590610bee5750603960f81b6001600160f81b0319821611155b15610bfb57505f92915050565b69bdb3b0bcb4b3baacaca160b01b6001600160b01b0319841601610c2157505f92915050565b5f805b6020811015610cf8575f858260208110610c4057610c4061165d565b1a60f81b90506001600160f81b031981165f03610c605760019250610cef565b8280610cdf5750604160f81b6001600160f81b0319821610801590610c935750602d60f91b6001600160f81b0319821611155b80610cc55750600360fc1b6001600160f81b0319821610801590610cc55750603960f81b6001600160f81b0319821611155b80610cdd5750605f60f81b6001600160f81b03198216145b155b15610cef57505f95945050505050565b50600101610c24565b506001949350505050565b5f81610d25576001600160401b0383165f908152600160205260409020610d52565b6001600160401b0383165f90815260026020908152604080832088546001600160a01b0316845290915290205b90505f82610d61576020610d64565b60085b8254909150818110610d9b57604051632c999dc760e11b81526001600160401b03861660048201526024810183905260440161031c565b600187810180546001600160e01b0316600160e01b63ffffffff949094168402179055875460ff60e01b191694151590910293909317909555805491820181555f9081526020902001919091555050565b610df4610e82565b50604080516101208101825292835281546001600160a01b038082166020860152600284015492850192909252600183015491821660608501526001600160401b03600160a01b8083048216608087015260039094015460a08601529290910490911660c083015260ff600160e01b82048116151560e0840152600160e81b90910416151561010082015290565b60408051610120810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081019190915290565b6001600160401b0381168114610ee1575f5ffd5b50565b5f5f60408385031215610ef5575f5ffd5b8235610f0081610ecd565b946020939093013593505050565b6001600160a01b0381168114610ee1575f5ffd5b5f5f60408385031215610f33575f5ffd5b8235610f3e81610ecd565b91506020830135610f4e81610f0e565b809150509250929050565b602080825282518282018190525f918401906040840190835b81811015610f90578351835260209384019390920191600101610f72565b509095945050505050565b5f5f5f5f5f60808688031215610faf575f5ffd5b8535610fba81610ecd565b9450602086013593506040860135610fd181610f0e565b925060608601356001600160401b03811115610feb575f5ffd5b8601601f81018813610ffb575f5ffd5b80356001600160401b03811115611010575f5ffd5b886020828401011115611021575f5ffd5b959894975092955050506020019190565b5f5f5f60608486031215611044575f5ffd5b833561104f81610f0e565b9250602084013561105f81610ecd565b929592945050506040919091013590565b5f60208284031215611080575f5ffd5b5035919050565b8051825260018060a01b0360208201511660208301526040810151604083015260018060a01b03606082015116606083015260808101516110d360808401826001600160401b03169052565b5060a081015160a083015260c08101516110f860c08401826001600160401b03169052565b5060e081015161110c60e084018215159052565b5061010081015161112261010084018215159052565b505050565b61012081016102f18284611087565b5f60208284031215611146575f5ffd5b813561115181610ecd565b9392505050565b602080825282518282018190525f918401906040840190835b81811015610f9057611184838551611087565b602093909301926101209290920191600101611171565b634e487b7160e01b5f52604160045260245ffd5b604051606081016001600160401b03811182821017156111d1576111d161119b565b60405290565b60405161018081016001600160401b03811182821017156111d1576111d161119b565b604051601f8201601f191681016001600160401b03811182821017156112225761122261119b565b604052919050565b8051610a7581610f0e565b805160028110610a75575f5ffd5b805160ff81168114610a75575f5ffd5b805163ffffffff81168114610a75575f5ffd5b5f60808284031215611276575f5ffd5b604051608081016001600160401b03811182821017156112985761129861119b565b806040525080915082516112ab81610ecd565b815260208301516112bb81610ecd565b60208201526112cc60408401611253565b60408201526112dd60608401611253565b60608201525092915050565b5f82601f8301126112f8575f5ffd5b81516001600160401b038111156113115761131161119b565b8060051b611321602082016111fa565b9182526020818501810192908101908684111561133c575f5ffd5b6020860192505b838310156113dc5782516001600160401b03811115611360575f5ffd5b8601603f81018813611370575f5ffd5b60208101516001600160401b0381111561138c5761138c61119b565b61139f601f8201601f19166020016111fa565b8181526040838301018a10156113b3575f5ffd5b8160408401602083015e5f60208383010152808552505050602082019150602083019250611343565b9695505050505050565b805161ffff81168114610a75575f5ffd5b80516bffffffffffffffffffffffff81168114610a75575f5ffd5b5f60208284031215611422575f5ffd5b81516001600160401b03811115611437575f5ffd5b820160608185031215611448575f5ffd5b6114506111af565b815161145b81610f0e565b81526020820151801515811461146f575f5ffd5b602082015260408201516001600160401b0381111561148c575f5ffd5b91909101906101e082860312156114a1575f5ffd5b6114a96111d7565b825181526114b960208401611235565b60208201526114ca60408401611235565b60408201526114db60608401611243565b60608201526114ec6080840161122a565b60808201526114fe8660a08501611266565b60a08201526101208301516001600160401b0381111561151c575f5ffd5b611528878286016112e9565b60c08301525061153b61014084016113e6565b60e082015261154d6101608401611253565b61010082015261156061018084016113f7565b6101208201526115736101a084016113f7565b6101408201526101c08301516001600160401b03811115611592575f5ffd5b61159e878286016112e9565b610160830152506040820152949350505050565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b0381811683821601908111156102f1576102f16115b2565b818382375f9101908152919050565b8581526001600160a01b03851660208201526001600160401b03841660408201526080606082018190528101829052818360a08301375f81830160a090810191909152601f909201601f19160101949350505050565b808201808211156102f1576102f16115b2565b634e487b7160e01b5f52603260045260245ffd5b5f60018201611682576116826115b2565b5060010190565b818103818111156102f1576102f16115b2565b634e487b7160e01b5f52603160045260245ffd",
}

// SecretRegistryABI is the input ABI used to generate the binding from.
// Deprecated: Use SecretRegistryMetaData.ABI instead.
var SecretRegistryABI = SecretRegistryMetaData.ABI

// SecretRegistryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use SecretRegistryMetaData.Bin instead.
var SecretRegistryBin = SecretRegistryMetaData.Bin

// DeploySecretRegistry deploys a new Ethereum contract, binding an instance of SecretRegistry to it.
func DeploySecretRegistry(auth *bind.TransactOpts, backend bind.ContractBackend, taskManager_ common.Address) (common.Address, *types.Transaction, *SecretRegistry, error) {
	parsed, err := SecretRegistryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(SecretRegistryBin), backend, taskManager_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &SecretRegistry{SecretRegistryCaller: SecretRegistryCaller{contract: contract}, SecretRegistryTransactor: SecretRegistryTransactor{contract: contract}, SecretRegistryFilterer: SecretRegistryFilterer{contract: contract}}, nil
}

// SecretRegistry is an auto generated Go binding around an Ethereum contract.
type SecretRegistry struct {
	SecretRegistryCaller     // Read-only binding to the contract
	SecretRegistryTransactor // Write-only binding to the contract
	SecretRegistryFilterer   // Log filterer for contract events
}

// SecretRegistryCaller is an auto generated read-only Go binding around an Ethereum contract.
type SecretRegistryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SecretRegistryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type SecretRegistryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SecretRegistryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type SecretRegistryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SecretRegistrySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type SecretRegistrySession struct {
	Contract     *SecretRegistry   // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// SecretRegistryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type SecretRegistryCallerSession struct {
	Contract *SecretRegistryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts         // Call options to use throughout this session
}

// SecretRegistryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type SecretRegistryTransactorSession struct {
	Contract     *SecretRegistryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts         // Transaction auth options to use throughout this session
}

// SecretRegistryRaw is an auto generated low-level Go binding around an Ethereum contract.
type SecretRegistryRaw struct {
	Contract *SecretRegistry // Generic contract binding to access the raw methods on
}

// SecretRegistryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type SecretRegistryCallerRaw struct {
	Contract *SecretRegistryCaller // Generic read-only contract binding to access the raw methods on
}

// SecretRegistryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type SecretRegistryTransactorRaw struct {
	Contract *SecretRegistryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewSecretRegistry creates a new instance of SecretRegistry, bound to a specific deployed contract.
func NewSecretRegistry(address common.Address, backend bind.ContractBackend) (*SecretRegistry, error) {
	contract, err := bindSecretRegistry(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &SecretRegistry{SecretRegistryCaller: SecretRegistryCaller{contract: contract}, SecretRegistryTransactor: SecretRegistryTransactor{contract: contract}, SecretRegistryFilterer: SecretRegistryFilterer{contract: contract}}, nil
}

// NewSecretRegistryCaller creates a new read-only instance of SecretRegistry, bound to a specific deployed contract.
func NewSecretRegistryCaller(address common.Address, caller bind.ContractCaller) (*SecretRegistryCaller, error) {
	contract, err := bindSecretRegistry(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &SecretRegistryCaller{contract: contract}, nil
}

// NewSecretRegistryTransactor creates a new write-only instance of SecretRegistry, bound to a specific deployed contract.
func NewSecretRegistryTransactor(address common.Address, transactor bind.ContractTransactor) (*SecretRegistryTransactor, error) {
	contract, err := bindSecretRegistry(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &SecretRegistryTransactor{contract: contract}, nil
}

// NewSecretRegistryFilterer creates a new log filterer instance of SecretRegistry, bound to a specific deployed contract.
func NewSecretRegistryFilterer(address common.Address, filterer bind.ContractFilterer) (*SecretRegistryFilterer, error) {
	contract, err := bindSecretRegistry(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &SecretRegistryFilterer{contract: contract}, nil
}

// bindSecretRegistry binds a generic wrapper to an already deployed contract.
func bindSecretRegistry(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := SecretRegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SecretRegistry *SecretRegistryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SecretRegistry.Contract.SecretRegistryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SecretRegistry *SecretRegistryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SecretRegistry.Contract.SecretRegistryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SecretRegistry *SecretRegistryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SecretRegistry.Contract.SecretRegistryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SecretRegistry *SecretRegistryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SecretRegistry.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SecretRegistry *SecretRegistryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SecretRegistry.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SecretRegistry *SecretRegistryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SecretRegistry.Contract.contract.Transact(opts, method, params...)
}

// MAXENVELOPE is a free data retrieval call binding the contract method 0xbc3c1d42.
//
// Solidity: function MAX_ENVELOPE() view returns(uint256)
func (_SecretRegistry *SecretRegistryCaller) MAXENVELOPE(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SecretRegistry.contract.Call(opts, &out, "MAX_ENVELOPE")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXENVELOPE is a free data retrieval call binding the contract method 0xbc3c1d42.
//
// Solidity: function MAX_ENVELOPE() view returns(uint256)
func (_SecretRegistry *SecretRegistrySession) MAXENVELOPE() (*big.Int, error) {
	return _SecretRegistry.Contract.MAXENVELOPE(&_SecretRegistry.CallOpts)
}

// MAXENVELOPE is a free data retrieval call binding the contract method 0xbc3c1d42.
//
// Solidity: function MAX_ENVELOPE() view returns(uint256)
func (_SecretRegistry *SecretRegistryCallerSession) MAXENVELOPE() (*big.Int, error) {
	return _SecretRegistry.Contract.MAXENVELOPE(&_SecretRegistry.CallOpts)
}

// MAXFUNCTIONSECRETS is a free data retrieval call binding the contract method 0x0f457f1f.
//
// Solidity: function MAX_FUNCTION_SECRETS() view returns(uint256)
func (_SecretRegistry *SecretRegistryCaller) MAXFUNCTIONSECRETS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SecretRegistry.contract.Call(opts, &out, "MAX_FUNCTION_SECRETS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXFUNCTIONSECRETS is a free data retrieval call binding the contract method 0x0f457f1f.
//
// Solidity: function MAX_FUNCTION_SECRETS() view returns(uint256)
func (_SecretRegistry *SecretRegistrySession) MAXFUNCTIONSECRETS() (*big.Int, error) {
	return _SecretRegistry.Contract.MAXFUNCTIONSECRETS(&_SecretRegistry.CallOpts)
}

// MAXFUNCTIONSECRETS is a free data retrieval call binding the contract method 0x0f457f1f.
//
// Solidity: function MAX_FUNCTION_SECRETS() view returns(uint256)
func (_SecretRegistry *SecretRegistryCallerSession) MAXFUNCTIONSECRETS() (*big.Int, error) {
	return _SecretRegistry.Contract.MAXFUNCTIONSECRETS(&_SecretRegistry.CallOpts)
}

// MAXREQUESTERSECRETS is a free data retrieval call binding the contract method 0x4bcc256e.
//
// Solidity: function MAX_REQUESTER_SECRETS() view returns(uint256)
func (_SecretRegistry *SecretRegistryCaller) MAXREQUESTERSECRETS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SecretRegistry.contract.Call(opts, &out, "MAX_REQUESTER_SECRETS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXREQUESTERSECRETS is a free data retrieval call binding the contract method 0x4bcc256e.
//
// Solidity: function MAX_REQUESTER_SECRETS() view returns(uint256)
func (_SecretRegistry *SecretRegistrySession) MAXREQUESTERSECRETS() (*big.Int, error) {
	return _SecretRegistry.Contract.MAXREQUESTERSECRETS(&_SecretRegistry.CallOpts)
}

// MAXREQUESTERSECRETS is a free data retrieval call binding the contract method 0x4bcc256e.
//
// Solidity: function MAX_REQUESTER_SECRETS() view returns(uint256)
func (_SecretRegistry *SecretRegistryCallerSession) MAXREQUESTERSECRETS() (*big.Int, error) {
	return _SecretRegistry.Contract.MAXREQUESTERSECRETS(&_SecretRegistry.CallOpts)
}

// FunctionSecretIds is a free data retrieval call binding the contract method 0xa8c320ee.
//
// Solidity: function functionSecretIds(uint64 functionId) view returns(bytes32[])
func (_SecretRegistry *SecretRegistryCaller) FunctionSecretIds(opts *bind.CallOpts, functionId uint64) ([][32]byte, error) {
	var out []interface{}
	err := _SecretRegistry.contract.Call(opts, &out, "functionSecretIds", functionId)

	if err != nil {
		return *new([][32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([][32]byte)).(*[][32]byte)

	return out0, err

}

// FunctionSecretIds is a free data retrieval call binding the contract method 0xa8c320ee.
//
// Solidity: function functionSecretIds(uint64 functionId) view returns(bytes32[])
func (_SecretRegistry *SecretRegistrySession) FunctionSecretIds(functionId uint64) ([][32]byte, error) {
	return _SecretRegistry.Contract.FunctionSecretIds(&_SecretRegistry.CallOpts, functionId)
}

// FunctionSecretIds is a free data retrieval call binding the contract method 0xa8c320ee.
//
// Solidity: function functionSecretIds(uint64 functionId) view returns(bytes32[])
func (_SecretRegistry *SecretRegistryCallerSession) FunctionSecretIds(functionId uint64) ([][32]byte, error) {
	return _SecretRegistry.Contract.FunctionSecretIds(&_SecretRegistry.CallOpts, functionId)
}

// GetSecret is a free data retrieval call binding the contract method 0x8259436d.
//
// Solidity: function getSecret(bytes32 id) view returns((bytes32,address,bytes32,address,uint64,bytes32,uint64,bool,bool))
func (_SecretRegistry *SecretRegistryCaller) GetSecret(opts *bind.CallOpts, id [32]byte) (SecretRegistrySecretInfo, error) {
	var out []interface{}
	err := _SecretRegistry.contract.Call(opts, &out, "getSecret", id)

	if err != nil {
		return *new(SecretRegistrySecretInfo), err
	}

	out0 := *abi.ConvertType(out[0], new(SecretRegistrySecretInfo)).(*SecretRegistrySecretInfo)

	return out0, err

}

// GetSecret is a free data retrieval call binding the contract method 0x8259436d.
//
// Solidity: function getSecret(bytes32 id) view returns((bytes32,address,bytes32,address,uint64,bytes32,uint64,bool,bool))
func (_SecretRegistry *SecretRegistrySession) GetSecret(id [32]byte) (SecretRegistrySecretInfo, error) {
	return _SecretRegistry.Contract.GetSecret(&_SecretRegistry.CallOpts, id)
}

// GetSecret is a free data retrieval call binding the contract method 0x8259436d.
//
// Solidity: function getSecret(bytes32 id) view returns((bytes32,address,bytes32,address,uint64,bytes32,uint64,bool,bool))
func (_SecretRegistry *SecretRegistryCallerSession) GetSecret(id [32]byte) (SecretRegistrySecretInfo, error) {
	return _SecretRegistry.Contract.GetSecret(&_SecretRegistry.CallOpts, id)
}

// RequesterSecretIds is a free data retrieval call binding the contract method 0x22209401.
//
// Solidity: function requesterSecretIds(uint64 functionId, address requester) view returns(bytes32[])
func (_SecretRegistry *SecretRegistryCaller) RequesterSecretIds(opts *bind.CallOpts, functionId uint64, requester common.Address) ([][32]byte, error) {
	var out []interface{}
	err := _SecretRegistry.contract.Call(opts, &out, "requesterSecretIds", functionId, requester)

	if err != nil {
		return *new([][32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([][32]byte)).(*[][32]byte)

	return out0, err

}

// RequesterSecretIds is a free data retrieval call binding the contract method 0x22209401.
//
// Solidity: function requesterSecretIds(uint64 functionId, address requester) view returns(bytes32[])
func (_SecretRegistry *SecretRegistrySession) RequesterSecretIds(functionId uint64, requester common.Address) ([][32]byte, error) {
	return _SecretRegistry.Contract.RequesterSecretIds(&_SecretRegistry.CallOpts, functionId, requester)
}

// RequesterSecretIds is a free data retrieval call binding the contract method 0x22209401.
//
// Solidity: function requesterSecretIds(uint64 functionId, address requester) view returns(bytes32[])
func (_SecretRegistry *SecretRegistryCallerSession) RequesterSecretIds(functionId uint64, requester common.Address) ([][32]byte, error) {
	return _SecretRegistry.Contract.RequesterSecretIds(&_SecretRegistry.CallOpts, functionId, requester)
}

// SecretId is a free data retrieval call binding the contract method 0x48bcd589.
//
// Solidity: function secretId(address owner, uint64 functionId, bytes32 name) pure returns(bytes32)
func (_SecretRegistry *SecretRegistryCaller) SecretId(opts *bind.CallOpts, owner common.Address, functionId uint64, name [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _SecretRegistry.contract.Call(opts, &out, "secretId", owner, functionId, name)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// SecretId is a free data retrieval call binding the contract method 0x48bcd589.
//
// Solidity: function secretId(address owner, uint64 functionId, bytes32 name) pure returns(bytes32)
func (_SecretRegistry *SecretRegistrySession) SecretId(owner common.Address, functionId uint64, name [32]byte) ([32]byte, error) {
	return _SecretRegistry.Contract.SecretId(&_SecretRegistry.CallOpts, owner, functionId, name)
}

// SecretId is a free data retrieval call binding the contract method 0x48bcd589.
//
// Solidity: function secretId(address owner, uint64 functionId, bytes32 name) pure returns(bytes32)
func (_SecretRegistry *SecretRegistryCallerSession) SecretId(owner common.Address, functionId uint64, name [32]byte) ([32]byte, error) {
	return _SecretRegistry.Contract.SecretId(&_SecretRegistry.CallOpts, owner, functionId, name)
}

// SecretsFor is a free data retrieval call binding the contract method 0xc4a31cf8.
//
// Solidity: function secretsFor(uint64 functionId, address requester) view returns((bytes32,address,bytes32,address,uint64,bytes32,uint64,bool,bool)[])
func (_SecretRegistry *SecretRegistryCaller) SecretsFor(opts *bind.CallOpts, functionId uint64, requester common.Address) ([]SecretRegistrySecretInfo, error) {
	var out []interface{}
	err := _SecretRegistry.contract.Call(opts, &out, "secretsFor", functionId, requester)

	if err != nil {
		return *new([]SecretRegistrySecretInfo), err
	}

	out0 := *abi.ConvertType(out[0], new([]SecretRegistrySecretInfo)).(*[]SecretRegistrySecretInfo)

	return out0, err

}

// SecretsFor is a free data retrieval call binding the contract method 0xc4a31cf8.
//
// Solidity: function secretsFor(uint64 functionId, address requester) view returns((bytes32,address,bytes32,address,uint64,bytes32,uint64,bool,bool)[])
func (_SecretRegistry *SecretRegistrySession) SecretsFor(functionId uint64, requester common.Address) ([]SecretRegistrySecretInfo, error) {
	return _SecretRegistry.Contract.SecretsFor(&_SecretRegistry.CallOpts, functionId, requester)
}

// SecretsFor is a free data retrieval call binding the contract method 0xc4a31cf8.
//
// Solidity: function secretsFor(uint64 functionId, address requester) view returns((bytes32,address,bytes32,address,uint64,bytes32,uint64,bool,bool)[])
func (_SecretRegistry *SecretRegistryCallerSession) SecretsFor(functionId uint64, requester common.Address) ([]SecretRegistrySecretInfo, error) {
	return _SecretRegistry.Contract.SecretsFor(&_SecretRegistry.CallOpts, functionId, requester)
}

// TaskManager is a free data retrieval call binding the contract method 0xa50a640e.
//
// Solidity: function taskManager() view returns(address)
func (_SecretRegistry *SecretRegistryCaller) TaskManager(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _SecretRegistry.contract.Call(opts, &out, "taskManager")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// TaskManager is a free data retrieval call binding the contract method 0xa50a640e.
//
// Solidity: function taskManager() view returns(address)
func (_SecretRegistry *SecretRegistrySession) TaskManager() (common.Address, error) {
	return _SecretRegistry.Contract.TaskManager(&_SecretRegistry.CallOpts)
}

// TaskManager is a free data retrieval call binding the contract method 0xa50a640e.
//
// Solidity: function taskManager() view returns(address)
func (_SecretRegistry *SecretRegistryCallerSession) TaskManager() (common.Address, error) {
	return _SecretRegistry.Contract.TaskManager(&_SecretRegistry.CallOpts)
}

// DeleteSecret is a paid mutator transaction binding the contract method 0x107c1dff.
//
// Solidity: function deleteSecret(uint64 functionId, bytes32 name) returns()
func (_SecretRegistry *SecretRegistryTransactor) DeleteSecret(opts *bind.TransactOpts, functionId uint64, name [32]byte) (*types.Transaction, error) {
	return _SecretRegistry.contract.Transact(opts, "deleteSecret", functionId, name)
}

// DeleteSecret is a paid mutator transaction binding the contract method 0x107c1dff.
//
// Solidity: function deleteSecret(uint64 functionId, bytes32 name) returns()
func (_SecretRegistry *SecretRegistrySession) DeleteSecret(functionId uint64, name [32]byte) (*types.Transaction, error) {
	return _SecretRegistry.Contract.DeleteSecret(&_SecretRegistry.TransactOpts, functionId, name)
}

// DeleteSecret is a paid mutator transaction binding the contract method 0x107c1dff.
//
// Solidity: function deleteSecret(uint64 functionId, bytes32 name) returns()
func (_SecretRegistry *SecretRegistryTransactorSession) DeleteSecret(functionId uint64, name [32]byte) (*types.Transaction, error) {
	return _SecretRegistry.Contract.DeleteSecret(&_SecretRegistry.TransactOpts, functionId, name)
}

// RevokeSecret is a paid mutator transaction binding the contract method 0xb1038ea2.
//
// Solidity: function revokeSecret(uint64 functionId, bytes32 name) returns()
func (_SecretRegistry *SecretRegistryTransactor) RevokeSecret(opts *bind.TransactOpts, functionId uint64, name [32]byte) (*types.Transaction, error) {
	return _SecretRegistry.contract.Transact(opts, "revokeSecret", functionId, name)
}

// RevokeSecret is a paid mutator transaction binding the contract method 0xb1038ea2.
//
// Solidity: function revokeSecret(uint64 functionId, bytes32 name) returns()
func (_SecretRegistry *SecretRegistrySession) RevokeSecret(functionId uint64, name [32]byte) (*types.Transaction, error) {
	return _SecretRegistry.Contract.RevokeSecret(&_SecretRegistry.TransactOpts, functionId, name)
}

// RevokeSecret is a paid mutator transaction binding the contract method 0xb1038ea2.
//
// Solidity: function revokeSecret(uint64 functionId, bytes32 name) returns()
func (_SecretRegistry *SecretRegistryTransactorSession) RevokeSecret(functionId uint64, name [32]byte) (*types.Transaction, error) {
	return _SecretRegistry.Contract.RevokeSecret(&_SecretRegistry.TransactOpts, functionId, name)
}

// SetSecret is a paid mutator transaction binding the contract method 0x2dde4aa9.
//
// Solidity: function setSecret(uint64 functionId, bytes32 name, address requester, bytes envelope) returns()
func (_SecretRegistry *SecretRegistryTransactor) SetSecret(opts *bind.TransactOpts, functionId uint64, name [32]byte, requester common.Address, envelope []byte) (*types.Transaction, error) {
	return _SecretRegistry.contract.Transact(opts, "setSecret", functionId, name, requester, envelope)
}

// SetSecret is a paid mutator transaction binding the contract method 0x2dde4aa9.
//
// Solidity: function setSecret(uint64 functionId, bytes32 name, address requester, bytes envelope) returns()
func (_SecretRegistry *SecretRegistrySession) SetSecret(functionId uint64, name [32]byte, requester common.Address, envelope []byte) (*types.Transaction, error) {
	return _SecretRegistry.Contract.SetSecret(&_SecretRegistry.TransactOpts, functionId, name, requester, envelope)
}

// SetSecret is a paid mutator transaction binding the contract method 0x2dde4aa9.
//
// Solidity: function setSecret(uint64 functionId, bytes32 name, address requester, bytes envelope) returns()
func (_SecretRegistry *SecretRegistryTransactorSession) SetSecret(functionId uint64, name [32]byte, requester common.Address, envelope []byte) (*types.Transaction, error) {
	return _SecretRegistry.Contract.SetSecret(&_SecretRegistry.TransactOpts, functionId, name, requester, envelope)
}

// SecretRegistrySecretDeletedIterator is returned from FilterSecretDeleted and is used to iterate over the raw logs and unpacked data for SecretDeleted events raised by the SecretRegistry contract.
type SecretRegistrySecretDeletedIterator struct {
	Event *SecretRegistrySecretDeleted // Event containing the contract specifics and raw log

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
func (it *SecretRegistrySecretDeletedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SecretRegistrySecretDeleted)
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
		it.Event = new(SecretRegistrySecretDeleted)
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
func (it *SecretRegistrySecretDeletedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SecretRegistrySecretDeletedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SecretRegistrySecretDeleted represents a SecretDeleted event raised by the SecretRegistry contract.
type SecretRegistrySecretDeleted struct {
	Id         [32]byte
	FunctionId uint64
	Owner      common.Address
	Name       [32]byte
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterSecretDeleted is a free log retrieval operation binding the contract event 0xb99f675f4db37fd57a91da7d184ac91c0b6105e57342bbe0c8825dfb2a4497a6.
//
// Solidity: event SecretDeleted(bytes32 indexed id, uint64 indexed functionId, address indexed owner, bytes32 name)
func (_SecretRegistry *SecretRegistryFilterer) FilterSecretDeleted(opts *bind.FilterOpts, id [][32]byte, functionId []uint64, owner []common.Address) (*SecretRegistrySecretDeletedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var functionIdRule []interface{}
	for _, functionIdItem := range functionId {
		functionIdRule = append(functionIdRule, functionIdItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _SecretRegistry.contract.FilterLogs(opts, "SecretDeleted", idRule, functionIdRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return &SecretRegistrySecretDeletedIterator{contract: _SecretRegistry.contract, event: "SecretDeleted", logs: logs, sub: sub}, nil
}

// WatchSecretDeleted is a free log subscription operation binding the contract event 0xb99f675f4db37fd57a91da7d184ac91c0b6105e57342bbe0c8825dfb2a4497a6.
//
// Solidity: event SecretDeleted(bytes32 indexed id, uint64 indexed functionId, address indexed owner, bytes32 name)
func (_SecretRegistry *SecretRegistryFilterer) WatchSecretDeleted(opts *bind.WatchOpts, sink chan<- *SecretRegistrySecretDeleted, id [][32]byte, functionId []uint64, owner []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var functionIdRule []interface{}
	for _, functionIdItem := range functionId {
		functionIdRule = append(functionIdRule, functionIdItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _SecretRegistry.contract.WatchLogs(opts, "SecretDeleted", idRule, functionIdRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SecretRegistrySecretDeleted)
				if err := _SecretRegistry.contract.UnpackLog(event, "SecretDeleted", log); err != nil {
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

// ParseSecretDeleted is a log parse operation binding the contract event 0xb99f675f4db37fd57a91da7d184ac91c0b6105e57342bbe0c8825dfb2a4497a6.
//
// Solidity: event SecretDeleted(bytes32 indexed id, uint64 indexed functionId, address indexed owner, bytes32 name)
func (_SecretRegistry *SecretRegistryFilterer) ParseSecretDeleted(log types.Log) (*SecretRegistrySecretDeleted, error) {
	event := new(SecretRegistrySecretDeleted)
	if err := _SecretRegistry.contract.UnpackLog(event, "SecretDeleted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SecretRegistrySecretRevokedIterator is returned from FilterSecretRevoked and is used to iterate over the raw logs and unpacked data for SecretRevoked events raised by the SecretRegistry contract.
type SecretRegistrySecretRevokedIterator struct {
	Event *SecretRegistrySecretRevoked // Event containing the contract specifics and raw log

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
func (it *SecretRegistrySecretRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SecretRegistrySecretRevoked)
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
		it.Event = new(SecretRegistrySecretRevoked)
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
func (it *SecretRegistrySecretRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SecretRegistrySecretRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SecretRegistrySecretRevoked represents a SecretRevoked event raised by the SecretRegistry contract.
type SecretRegistrySecretRevoked struct {
	Id         [32]byte
	FunctionId uint64
	Owner      common.Address
	Name       [32]byte
	Version    uint64
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterSecretRevoked is a free log retrieval operation binding the contract event 0xc9b656ce9432ee710a272491beb0bbd3d41add93f0d9f2ad651a1653436f60eb.
//
// Solidity: event SecretRevoked(bytes32 indexed id, uint64 indexed functionId, address indexed owner, bytes32 name, uint64 version)
func (_SecretRegistry *SecretRegistryFilterer) FilterSecretRevoked(opts *bind.FilterOpts, id [][32]byte, functionId []uint64, owner []common.Address) (*SecretRegistrySecretRevokedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var functionIdRule []interface{}
	for _, functionIdItem := range functionId {
		functionIdRule = append(functionIdRule, functionIdItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _SecretRegistry.contract.FilterLogs(opts, "SecretRevoked", idRule, functionIdRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return &SecretRegistrySecretRevokedIterator{contract: _SecretRegistry.contract, event: "SecretRevoked", logs: logs, sub: sub}, nil
}

// WatchSecretRevoked is a free log subscription operation binding the contract event 0xc9b656ce9432ee710a272491beb0bbd3d41add93f0d9f2ad651a1653436f60eb.
//
// Solidity: event SecretRevoked(bytes32 indexed id, uint64 indexed functionId, address indexed owner, bytes32 name, uint64 version)
func (_SecretRegistry *SecretRegistryFilterer) WatchSecretRevoked(opts *bind.WatchOpts, sink chan<- *SecretRegistrySecretRevoked, id [][32]byte, functionId []uint64, owner []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var functionIdRule []interface{}
	for _, functionIdItem := range functionId {
		functionIdRule = append(functionIdRule, functionIdItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _SecretRegistry.contract.WatchLogs(opts, "SecretRevoked", idRule, functionIdRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SecretRegistrySecretRevoked)
				if err := _SecretRegistry.contract.UnpackLog(event, "SecretRevoked", log); err != nil {
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

// ParseSecretRevoked is a log parse operation binding the contract event 0xc9b656ce9432ee710a272491beb0bbd3d41add93f0d9f2ad651a1653436f60eb.
//
// Solidity: event SecretRevoked(bytes32 indexed id, uint64 indexed functionId, address indexed owner, bytes32 name, uint64 version)
func (_SecretRegistry *SecretRegistryFilterer) ParseSecretRevoked(log types.Log) (*SecretRegistrySecretRevoked, error) {
	event := new(SecretRegistrySecretRevoked)
	if err := _SecretRegistry.contract.UnpackLog(event, "SecretRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SecretRegistrySecretSetIterator is returned from FilterSecretSet and is used to iterate over the raw logs and unpacked data for SecretSet events raised by the SecretRegistry contract.
type SecretRegistrySecretSetIterator struct {
	Event *SecretRegistrySecretSet // Event containing the contract specifics and raw log

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
func (it *SecretRegistrySecretSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SecretRegistrySecretSet)
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
		it.Event = new(SecretRegistrySecretSet)
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
func (it *SecretRegistrySecretSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SecretRegistrySecretSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SecretRegistrySecretSet represents a SecretSet event raised by the SecretRegistry contract.
type SecretRegistrySecretSet struct {
	Id         [32]byte
	FunctionId uint64
	Owner      common.Address
	Name       [32]byte
	Requester  common.Address
	Version    uint64
	Envelope   []byte
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterSecretSet is a free log retrieval operation binding the contract event 0xbe945091811d0a53b3c7f2b61472f59149dbc33ce9d5c141bf746dfefbe6ec3e.
//
// Solidity: event SecretSet(bytes32 indexed id, uint64 indexed functionId, address indexed owner, bytes32 name, address requester, uint64 version, bytes envelope)
func (_SecretRegistry *SecretRegistryFilterer) FilterSecretSet(opts *bind.FilterOpts, id [][32]byte, functionId []uint64, owner []common.Address) (*SecretRegistrySecretSetIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var functionIdRule []interface{}
	for _, functionIdItem := range functionId {
		functionIdRule = append(functionIdRule, functionIdItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _SecretRegistry.contract.FilterLogs(opts, "SecretSet", idRule, functionIdRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return &SecretRegistrySecretSetIterator{contract: _SecretRegistry.contract, event: "SecretSet", logs: logs, sub: sub}, nil
}

// WatchSecretSet is a free log subscription operation binding the contract event 0xbe945091811d0a53b3c7f2b61472f59149dbc33ce9d5c141bf746dfefbe6ec3e.
//
// Solidity: event SecretSet(bytes32 indexed id, uint64 indexed functionId, address indexed owner, bytes32 name, address requester, uint64 version, bytes envelope)
func (_SecretRegistry *SecretRegistryFilterer) WatchSecretSet(opts *bind.WatchOpts, sink chan<- *SecretRegistrySecretSet, id [][32]byte, functionId []uint64, owner []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var functionIdRule []interface{}
	for _, functionIdItem := range functionId {
		functionIdRule = append(functionIdRule, functionIdItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _SecretRegistry.contract.WatchLogs(opts, "SecretSet", idRule, functionIdRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SecretRegistrySecretSet)
				if err := _SecretRegistry.contract.UnpackLog(event, "SecretSet", log); err != nil {
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

// ParseSecretSet is a log parse operation binding the contract event 0xbe945091811d0a53b3c7f2b61472f59149dbc33ce9d5c141bf746dfefbe6ec3e.
//
// Solidity: event SecretSet(bytes32 indexed id, uint64 indexed functionId, address indexed owner, bytes32 name, address requester, uint64 version, bytes envelope)
func (_SecretRegistry *SecretRegistryFilterer) ParseSecretSet(log types.Log) (*SecretRegistrySecretSet, error) {
	event := new(SecretRegistrySecretSet)
	if err := _SecretRegistry.contract.UnpackLog(event, "SecretSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
