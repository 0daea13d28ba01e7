// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package wrappedether

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

// WrappedEtherMetaData contains all meta data concerning the WrappedEther contract.
var WrappedEtherMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"receive\",\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"allowance\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"approve\",\"inputs\":[{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"balanceOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"decimals\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"deposit\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"name\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"symbol\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalSupply\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transfer\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"transferFrom\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"Approval\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"spender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Deposit\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Transfer\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Withdrawal\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"ERC20InsufficientAllowance\",\"inputs\":[{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"allowance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"needed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC20InsufficientBalance\",\"inputs\":[{\"name\":\"sender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"balance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"needed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC20InvalidApprover\",\"inputs\":[{\"name\":\"approver\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC20InvalidReceiver\",\"inputs\":[{\"name\":\"receiver\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC20InvalidSender\",\"inputs\":[{\"name\":\"sender\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC20InvalidSpender\",\"inputs\":[{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EtherTransferFailed\",\"inputs\":[]}]",
	Bin: "0x608060405234801561000f575f5ffd5b506040518060400160405280601781526020017f426c6f636b6c6573732057726170706564204574686572000000000000000000815250604051806040016040528060058152602001640c4ae8aa8960db1b81525081600390816100739190610120565b5060046100808282610120565b5050506101da565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806100b057607f821691505b6020821081036100ce57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561011b57805f5260205f20601f840160051c810160208510156100f95750805b601f840160051c820191505b81811015610118575f8155600101610105565b50505b505050565b81516001600160401b0381111561013957610139610088565b61014d81610147845461009c565b846100d4565b6020601f82116001811461017f575f83156101685750848201515b5f19600385901b1c1916600184901b178455610118565b5f84815260208120601f198516915b828110156101ae578785015182556020948501946001909201910161018e565b50848210156101cb57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b6108ff806101e75f395ff3fe60806040526004361061009d575f3560e01c8063313ce56711610062578063313ce5671461019e57806370a08231146101b957806395d89b41146101ed578063a9059cbb14610201578063d0e30db014610220578063dd62ed3e14610228575f5ffd5b806306fdde03146100e7578063095ea7b31461011157806318160ddd1461014057806323b872dd1461015e5780632e1a7d4d1461017d575f5ffd5b366100e3576100ac333461026c565b60405134815233907fe1fffcc4923d04b559f4d29a8bfc6cda04eb5b0d3c460751c2402c5c5cc9109c9060200160405180910390a2005b5f5ffd5b3480156100f2575f5ffd5b506100fb6102a9565b604051610108919061078e565b60405180910390f35b34801561011c575f5ffd5b5061013061012b3660046107de565b610339565b6040519015158152602001610108565b34801561014b575f5ffd5b506002545b604051908152602001610108565b348015610169575f5ffd5b50610130610178366004610806565b610352565b348015610188575f5ffd5b5061019c610197366004610840565b610375565b005b3480156101a9575f5ffd5b5060405160128152602001610108565b3480156101c4575f5ffd5b506101506101d3366004610857565b6001600160a01b03165f9081526020819052604090205490565b3480156101f8575f5ffd5b506100fb61041a565b34801561020c575f5ffd5b5061013061021b3660046107de565b610429565b61019c610436565b348015610233575f5ffd5b50610150610242366004610877565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6001600160a01b03821661029a5760405163ec442f0560e01b81525f60048201526024015b60405180910390fd5b6102a55f8383610477565b5050565b6060600380546102b8906108a8565b80601f01602080910402602001604051908101604052809291908181526020018280546102e4906108a8565b801561032f5780601f106103065761010080835404028352916020019161032f565b820191905f5260205f20905b81548152906001019060200180831161031257829003601f168201915b5050505050905090565b5f3361034681858561059d565b60019150505b92915050565b5f3361035f8582856105af565b61036a85858561062b565b506001949350505050565b61037f3382610688565b60405181815233907f7fcf532c15f0a6db0bd6d0e038bea71d30d808c7d98cb3bf7268a95bf5081b659060200160405180910390a26040515f90339083908381818185875af1925050503d805f81146103f3576040519150601f19603f3d011682016040523d82523d5f602084013e6103f8565b606091505b50509050806102a557604051630ce8f45160e31b815260040160405180910390fd5b6060600480546102b8906108a8565b5f3361034681858561062b565b610440333461026c565b60405134815233907fe1fffcc4923d04b559f4d29a8bfc6cda04eb5b0d3c460751c2402c5c5cc9109c9060200160405180910390a2565b6001600160a01b0383166104a1578060025f82825461049691906108e0565b909155506105119050565b6001600160a01b0383165f90815260208190526040902054818110156104f35760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610291565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661052d5760028054829003905561054b565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161059091815260200190565b60405180910390a3505050565b6105aa83838360016106bc565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610625578181101561061757604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610291565b61062584848484035f6106bc565b50505050565b6001600160a01b03831661065457604051634b637e8f60e11b81525f6004820152602401610291565b6001600160a01b03821661067d5760405163ec442f0560e01b81525f6004820152602401610291565b6105aa838383610477565b6001600160a01b0382166106b157604051634b637e8f60e11b81525f6004820152602401610291565b6102a5825f83610477565b6001600160a01b0384166106e55760405163e602df0560e01b81525f6004820152602401610291565b6001600160a01b03831661070e57604051634a1406b160e11b81525f6004820152602401610291565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561062557826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161078091815260200190565b60405180910390a350505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b03811681146107d9575f5ffd5b919050565b5f5f604083850312156107ef575f5ffd5b6107f8836107c3565b946020939093013593505050565b5f5f5f60608486031215610818575f5ffd5b610821846107c3565b925061082f602085016107c3565b929592945050506040919091013590565b5f60208284031215610850575f5ffd5b5035919050565b5f60208284031215610867575f5ffd5b610870826107c3565b9392505050565b5f5f60408385031215610888575f5ffd5b610891836107c3565b915061089f602084016107c3565b90509250929050565b600181811c908216806108bc57607f821691505b6020821081036108da57634e487b7160e01b5f52602260045260245ffd5b50919050565b8082018082111561034c57634e487b7160e01b5f52601160045260245ffd",
}

// WrappedEtherABI is the input ABI used to generate the binding from.
// Deprecated: Use WrappedEtherMetaData.ABI instead.
var WrappedEtherABI = WrappedEtherMetaData.ABI

// WrappedEtherBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use WrappedEtherMetaData.Bin instead.
var WrappedEtherBin = WrappedEtherMetaData.Bin

// DeployWrappedEther deploys a new Ethereum contract, binding an instance of WrappedEther to it.
func DeployWrappedEther(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *WrappedEther, error) {
	parsed, err := WrappedEtherMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(WrappedEtherBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &WrappedEther{WrappedEtherCaller: WrappedEtherCaller{contract: contract}, WrappedEtherTransactor: WrappedEtherTransactor{contract: contract}, WrappedEtherFilterer: WrappedEtherFilterer{contract: contract}}, nil
}

// WrappedEther is an auto generated Go binding around an Ethereum contract.
type WrappedEther struct {
	WrappedEtherCaller     // Read-only binding to the contract
	WrappedEtherTransactor // Write-only binding to the contract
	WrappedEtherFilterer   // Log filterer for contract events
}

// WrappedEtherCaller is an auto generated read-only Go binding around an Ethereum contract.
type WrappedEtherCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// WrappedEtherTransactor is an auto generated write-only Go binding around an Ethereum contract.
type WrappedEtherTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// WrappedEtherFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type WrappedEtherFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// WrappedEtherSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type WrappedEtherSession struct {
	Contract     *WrappedEther     // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// WrappedEtherCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type WrappedEtherCallerSession struct {
	Contract *WrappedEtherCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts       // Call options to use throughout this session
}

// WrappedEtherTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type WrappedEtherTransactorSession struct {
	Contract     *WrappedEtherTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts       // Transaction auth options to use throughout this session
}

// WrappedEtherRaw is an auto generated low-level Go binding around an Ethereum contract.
type WrappedEtherRaw struct {
	Contract *WrappedEther // Generic contract binding to access the raw methods on
}

// WrappedEtherCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type WrappedEtherCallerRaw struct {
	Contract *WrappedEtherCaller // Generic read-only contract binding to access the raw methods on
}

// WrappedEtherTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type WrappedEtherTransactorRaw struct {
	Contract *WrappedEtherTransactor // Generic write-only contract binding to access the raw methods on
}

// NewWrappedEther creates a new instance of WrappedEther, bound to a specific deployed contract.
func NewWrappedEther(address common.Address, backend bind.ContractBackend) (*WrappedEther, error) {
	contract, err := bindWrappedEther(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &WrappedEther{WrappedEtherCaller: WrappedEtherCaller{contract: contract}, WrappedEtherTransactor: WrappedEtherTransactor{contract: contract}, WrappedEtherFilterer: WrappedEtherFilterer{contract: contract}}, nil
}

// NewWrappedEtherCaller creates a new read-only instance of WrappedEther, bound to a specific deployed contract.
func NewWrappedEtherCaller(address common.Address, caller bind.ContractCaller) (*WrappedEtherCaller, error) {
	contract, err := bindWrappedEther(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &WrappedEtherCaller{contract: contract}, nil
}

// NewWrappedEtherTransactor creates a new write-only instance of WrappedEther, bound to a specific deployed contract.
func NewWrappedEtherTransactor(address common.Address, transactor bind.ContractTransactor) (*WrappedEtherTransactor, error) {
	contract, err := bindWrappedEther(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &WrappedEtherTransactor{contract: contract}, nil
}

// NewWrappedEtherFilterer creates a new log filterer instance of WrappedEther, bound to a specific deployed contract.
func NewWrappedEtherFilterer(address common.Address, filterer bind.ContractFilterer) (*WrappedEtherFilterer, error) {
	contract, err := bindWrappedEther(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &WrappedEtherFilterer{contract: contract}, nil
}

// bindWrappedEther binds a generic wrapper to an already deployed contract.
func bindWrappedEther(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := WrappedEtherMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_WrappedEther *WrappedEtherRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _WrappedEther.Contract.WrappedEtherCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_WrappedEther *WrappedEtherRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _WrappedEther.Contract.WrappedEtherTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_WrappedEther *WrappedEtherRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _WrappedEther.Contract.WrappedEtherTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_WrappedEther *WrappedEtherCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _WrappedEther.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_WrappedEther *WrappedEtherTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _WrappedEther.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_WrappedEther *WrappedEtherTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _WrappedEther.Contract.contract.Transact(opts, method, params...)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_WrappedEther *WrappedEtherCaller) Allowance(opts *bind.CallOpts, owner common.Address, spender common.Address) (*big.Int, error) {
	var out []interface{}
	err := _WrappedEther.contract.Call(opts, &out, "allowance", owner, spender)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_WrappedEther *WrappedEtherSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _WrappedEther.Contract.Allowance(&_WrappedEther.CallOpts, owner, spender)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_WrappedEther *WrappedEtherCallerSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _WrappedEther.Contract.Allowance(&_WrappedEther.CallOpts, owner, spender)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_WrappedEther *WrappedEtherCaller) BalanceOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _WrappedEther.contract.Call(opts, &out, "balanceOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_WrappedEther *WrappedEtherSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _WrappedEther.Contract.BalanceOf(&_WrappedEther.CallOpts, account)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_WrappedEther *WrappedEtherCallerSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _WrappedEther.Contract.BalanceOf(&_WrappedEther.CallOpts, account)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_WrappedEther *WrappedEtherCaller) Decimals(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _WrappedEther.contract.Call(opts, &out, "decimals")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_WrappedEther *WrappedEtherSession) Decimals() (uint8, error) {
	return _WrappedEther.Contract.Decimals(&_WrappedEther.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_WrappedEther *WrappedEtherCallerSession) Decimals() (uint8, error) {
	return _WrappedEther.Contract.Decimals(&_WrappedEther.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_WrappedEther *WrappedEtherCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _WrappedEther.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_WrappedEther *WrappedEtherSession) Name() (string, error) {
	return _WrappedEther.Contract.Name(&_WrappedEther.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_WrappedEther *WrappedEtherCallerSession) Name() (string, error) {
	return _WrappedEther.Contract.Name(&_WrappedEther.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_WrappedEther *WrappedEtherCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _WrappedEther.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_WrappedEther *WrappedEtherSession) Symbol() (string, error) {
	return _WrappedEther.Contract.Symbol(&_WrappedEther.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_WrappedEther *WrappedEtherCallerSession) Symbol() (string, error) {
	return _WrappedEther.Contract.Symbol(&_WrappedEther.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_WrappedEther *WrappedEtherCaller) TotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _WrappedEther.contract.Call(opts, &out, "totalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_WrappedEther *WrappedEtherSession) TotalSupply() (*big.Int, error) {
	return _WrappedEther.Contract.TotalSupply(&_WrappedEther.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_WrappedEther *WrappedEtherCallerSession) TotalSupply() (*big.Int, error) {
	return _WrappedEther.Contract.TotalSupply(&_WrappedEther.CallOpts)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_WrappedEther *WrappedEtherTransactor) Approve(opts *bind.TransactOpts, spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _WrappedEther.contract.Transact(opts, "approve", spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_WrappedEther *WrappedEtherSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _WrappedEther.Contract.Approve(&_WrappedEther.TransactOpts, spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_WrappedEther *WrappedEtherTransactorSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _WrappedEther.Contract.Approve(&_WrappedEther.TransactOpts, spender, value)
}

// Deposit is a paid mutator transaction binding the contract method 0xd0e30db0.
//
// Solidity: function deposit() payable returns()
func (_WrappedEther *WrappedEtherTransactor) Deposit(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _WrappedEther.contract.Transact(opts, "deposit")
}

// Deposit is a paid mutator transaction binding the contract method 0xd0e30db0.
//
// Solidity: function deposit() payable returns()
func (_WrappedEther *WrappedEtherSession) Deposit() (*types.Transaction, error) {
	return _WrappedEther.Contract.Deposit(&_WrappedEther.TransactOpts)
}

// Deposit is a paid mutator transaction binding the contract method 0xd0e30db0.
//
// Solidity: function deposit() payable returns()
func (_WrappedEther *WrappedEtherTransactorSession) Deposit() (*types.Transaction, error) {
	return _WrappedEther.Contract.Deposit(&_WrappedEther.TransactOpts)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_WrappedEther *WrappedEtherTransactor) Transfer(opts *bind.TransactOpts, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _WrappedEther.contract.Transact(opts, "transfer", to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_WrappedEther *WrappedEtherSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _WrappedEther.Contract.Transfer(&_WrappedEther.TransactOpts, to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_WrappedEther *WrappedEtherTransactorSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _WrappedEther.Contract.Transfer(&_WrappedEther.TransactOpts, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_WrappedEther *WrappedEtherTransactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _WrappedEther.contract.Transact(opts, "transferFrom", from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_WrappedEther *WrappedEtherSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _WrappedEther.Contract.TransferFrom(&_WrappedEther.TransactOpts, from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_WrappedEther *WrappedEtherTransactorSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _WrappedEther.Contract.TransferFrom(&_WrappedEther.TransactOpts, from, to, value)
}

// Withdraw is a paid mutator transaction binding the contract method 0x2e1a7d4d.
//
// Solidity: function withdraw(uint256 amount) returns()
func (_WrappedEther *WrappedEtherTransactor) Withdraw(opts *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
	return _WrappedEther.contract.Transact(opts, "withdraw", amount)
}

// Withdraw is a paid mutator transaction binding the contract method 0x2e1a7d4d.
//
// Solidity: function withdraw(uint256 amount) returns()
func (_WrappedEther *WrappedEtherSession) Withdraw(amount *big.Int) (*types.Transaction, error) {
	return _WrappedEther.Contract.Withdraw(&_WrappedEther.TransactOpts, amount)
}

// Withdraw is a paid mutator transaction binding the contract method 0x2e1a7d4d.
//
// Solidity: function withdraw(uint256 amount) returns()
func (_WrappedEther *WrappedEtherTransactorSession) Withdraw(amount *big.Int) (*types.Transaction, error) {
	return _WrappedEther.Contract.Withdraw(&_WrappedEther.TransactOpts, amount)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_WrappedEther *WrappedEtherTransactor) Receive(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _WrappedEther.contract.RawTransact(opts, nil) // calldata is disallowed for receive function
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_WrappedEther *WrappedEtherSession) Receive() (*types.Transaction, error) {
	return _WrappedEther.Contract.Receive(&_WrappedEther.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_WrappedEther *WrappedEtherTransactorSession) Receive() (*types.Transaction, error) {
	return _WrappedEther.Contract.Receive(&_WrappedEther.TransactOpts)
}

// WrappedEtherApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the WrappedEther contract.
type WrappedEtherApprovalIterator struct {
	Event *WrappedEtherApproval // Event containing the contract specifics and raw log

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
func (it *WrappedEtherApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(WrappedEtherApproval)
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
		it.Event = new(WrappedEtherApproval)
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
func (it *WrappedEtherApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *WrappedEtherApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// WrappedEtherApproval represents a Approval event raised by the WrappedEther contract.
type WrappedEtherApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_WrappedEther *WrappedEtherFilterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, spender []common.Address) (*WrappedEtherApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _WrappedEther.contract.FilterLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return &WrappedEtherApprovalIterator{contract: _WrappedEther.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_WrappedEther *WrappedEtherFilterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *WrappedEtherApproval, owner []common.Address, spender []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _WrappedEther.contract.WatchLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(WrappedEtherApproval)
				if err := _WrappedEther.contract.UnpackLog(event, "Approval", log); err != nil {
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

// ParseApproval is a log parse operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_WrappedEther *WrappedEtherFilterer) ParseApproval(log types.Log) (*WrappedEtherApproval, error) {
	event := new(WrappedEtherApproval)
	if err := _WrappedEther.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// WrappedEtherDepositIterator is returned from FilterDeposit and is used to iterate over the raw logs and unpacked data for Deposit events raised by the WrappedEther contract.
type WrappedEtherDepositIterator struct {
	Event *WrappedEtherDeposit // Event containing the contract specifics and raw log

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
func (it *WrappedEtherDepositIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(WrappedEtherDeposit)
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
		it.Event = new(WrappedEtherDeposit)
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
func (it *WrappedEtherDepositIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *WrappedEtherDepositIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// WrappedEtherDeposit represents a Deposit event raised by the WrappedEther contract.
type WrappedEtherDeposit struct {
	Account common.Address
	Amount  *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterDeposit is a free log retrieval operation binding the contract event 0xe1fffcc4923d04b559f4d29a8bfc6cda04eb5b0d3c460751c2402c5c5cc9109c.
//
// Solidity: event Deposit(address indexed account, uint256 amount)
func (_WrappedEther *WrappedEtherFilterer) FilterDeposit(opts *bind.FilterOpts, account []common.Address) (*WrappedEtherDepositIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _WrappedEther.contract.FilterLogs(opts, "Deposit", accountRule)
	if err != nil {
		return nil, err
	}
	return &WrappedEtherDepositIterator{contract: _WrappedEther.contract, event: "Deposit", logs: logs, sub: sub}, nil
}

// WatchDeposit is a free log subscription operation binding the contract event 0xe1fffcc4923d04b559f4d29a8bfc6cda04eb5b0d3c460751c2402c5c5cc9109c.
//
// Solidity: event Deposit(address indexed account, uint256 amount)
func (_WrappedEther *WrappedEtherFilterer) WatchDeposit(opts *bind.WatchOpts, sink chan<- *WrappedEtherDeposit, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _WrappedEther.contract.WatchLogs(opts, "Deposit", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(WrappedEtherDeposit)
				if err := _WrappedEther.contract.UnpackLog(event, "Deposit", log); err != nil {
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

// ParseDeposit is a log parse operation binding the contract event 0xe1fffcc4923d04b559f4d29a8bfc6cda04eb5b0d3c460751c2402c5c5cc9109c.
//
// Solidity: event Deposit(address indexed account, uint256 amount)
func (_WrappedEther *WrappedEtherFilterer) ParseDeposit(log types.Log) (*WrappedEtherDeposit, error) {
	event := new(WrappedEtherDeposit)
	if err := _WrappedEther.contract.UnpackLog(event, "Deposit", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// WrappedEtherTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the WrappedEther contract.
type WrappedEtherTransferIterator struct {
	Event *WrappedEtherTransfer // Event containing the contract specifics and raw log

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
func (it *WrappedEtherTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(WrappedEtherTransfer)
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
		it.Event = new(WrappedEtherTransfer)
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
func (it *WrappedEtherTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *WrappedEtherTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// WrappedEtherTransfer represents a Transfer event raised by the WrappedEther contract.
type WrappedEtherTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_WrappedEther *WrappedEtherFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*WrappedEtherTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _WrappedEther.contract.FilterLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &WrappedEtherTransferIterator{contract: _WrappedEther.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_WrappedEther *WrappedEtherFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *WrappedEtherTransfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _WrappedEther.contract.WatchLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(WrappedEtherTransfer)
				if err := _WrappedEther.contract.UnpackLog(event, "Transfer", log); err != nil {
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

// ParseTransfer is a log parse operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_WrappedEther *WrappedEtherFilterer) ParseTransfer(log types.Log) (*WrappedEtherTransfer, error) {
	event := new(WrappedEtherTransfer)
	if err := _WrappedEther.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// WrappedEtherWithdrawalIterator is returned from FilterWithdrawal and is used to iterate over the raw logs and unpacked data for Withdrawal events raised by the WrappedEther contract.
type WrappedEtherWithdrawalIterator struct {
	Event *WrappedEtherWithdrawal // Event containing the contract specifics and raw log

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
func (it *WrappedEtherWithdrawalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(WrappedEtherWithdrawal)
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
		it.Event = new(WrappedEtherWithdrawal)
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
func (it *WrappedEtherWithdrawalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *WrappedEtherWithdrawalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// WrappedEtherWithdrawal represents a Withdrawal event raised by the WrappedEther contract.
type WrappedEtherWithdrawal struct {
	Account common.Address
	Amount  *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterWithdrawal is a free log retrieval operation binding the contract event 0x7fcf532c15f0a6db0bd6d0e038bea71d30d808c7d98cb3bf7268a95bf5081b65.
//
// Solidity: event Withdrawal(address indexed account, uint256 amount)
func (_WrappedEther *WrappedEtherFilterer) FilterWithdrawal(opts *bind.FilterOpts, account []common.Address) (*WrappedEtherWithdrawalIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _WrappedEther.contract.FilterLogs(opts, "Withdrawal", accountRule)
	if err != nil {
		return nil, err
	}
	return &WrappedEtherWithdrawalIterator{contract: _WrappedEther.contract, event: "Withdrawal", logs: logs, sub: sub}, nil
}

// WatchWithdrawal is a free log subscription operation binding the contract event 0x7fcf532c15f0a6db0bd6d0e038bea71d30d808c7d98cb3bf7268a95bf5081b65.
//
// Solidity: event Withdrawal(address indexed account, uint256 amount)
func (_WrappedEther *WrappedEtherFilterer) WatchWithdrawal(opts *bind.WatchOpts, sink chan<- *WrappedEtherWithdrawal, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _WrappedEther.contract.WatchLogs(opts, "Withdrawal", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(WrappedEtherWithdrawal)
				if err := _WrappedEther.contract.UnpackLog(event, "Withdrawal", log); err != nil {
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

// ParseWithdrawal is a log parse operation binding the contract event 0x7fcf532c15f0a6db0bd6d0e038bea71d30d808c7d98cb3bf7268a95bf5081b65.
//
// Solidity: event Withdrawal(address indexed account, uint256 amount)
func (_WrappedEther *WrappedEtherFilterer) ParseWithdrawal(log types.Log) (*WrappedEtherWithdrawal, error) {
	event := new(WrappedEtherWithdrawal)
	if err := _WrappedEther.contract.UnpackLog(event, "Withdrawal", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
