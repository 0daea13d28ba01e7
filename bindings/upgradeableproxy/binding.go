// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package upgradeableproxy

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

// UpgradeableProxyMetaData contains all meta data concerning the UpgradeableProxy contract.
var UpgradeableProxyMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"implementation\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"initData\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"fallback\",\"stateMutability\":\"payable\"},{\"type\":\"receive\",\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"upgradeToAndCall\",\"inputs\":[{\"name\":\"implementation\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"data\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"payable\"},{\"type\":\"event\",\"name\":\"AdminChanged\",\"inputs\":[{\"name\":\"previousAdmin\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"newAdmin\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Upgraded\",\"inputs\":[{\"name\":\"implementation\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"InitializationFailed\",\"inputs\":[{\"name\":\"reason\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"type\":\"error\",\"name\":\"NotAContract\",\"inputs\":[{\"name\":\"implementation\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ZeroAdmin\",\"inputs\":[]}]",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161062f38038061062f83398101604081905261002e91610218565b6001600160a01b03821661005557604051633944ed8760e11b815260040160405180910390fd5b61005e8361015a565b7fb53127684a568b3173ae13b9f8a6016e243e63b6e8ee1178d6a717850b5d6103829055604080515f81526001600160a01b03841660208201527f7e644d79422f17c01e4894b5f4f588d331ebfa28653d42ae832dc59e38c9798f910160405180910390a1805115610152575f5f846001600160a01b0316836040516100e491906102e9565b5f60405180830381855af49150503d805f811461011c576040519150601f19603f3d011682016040523d82523d5f602084013e610121565b606091505b50915091508161014f5780604051632361517160e01b815260040161014691906102ff565b60405180910390fd5b50505b505050610334565b806001600160a01b03163b5f0361018f576040516322a2d07b60e21b81526001600160a01b0382166004820152602401610146565b7f360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc8190556040516001600160a01b038216907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a250565b80516001600160a01b03811681146101ff575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f6060848603121561022a575f5ffd5b610233846101e9565b9250610241602085016101e9565b60408501519092506001600160401b0381111561025c575f5ffd5b8401601f8101861361026c575f5ffd5b80516001600160401b0381111561028557610285610204565b604051601f8201601f19908116603f011681016001600160401b03811182821017156102b3576102b3610204565b6040528181528282016020018810156102ca575f5ffd5b8160208401602083015e5f602083830101528093505050509250925092565b5f82518060208501845e5f920191825250919050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b6102ee806103415f395ff3fe608060405260043610610021575f3560e01c80634f1ef2861461005d57610045565b366100455761004361003e5f5160206102ce5f395f51905f525490565b610070565b005b61004361003e5f5160206102ce5f395f51905f525490565b61004361006b3660046101fe565b610093565b365f5f375f5f365f845af43d5f5f3e80801561008a573d5ff35b3d5ffd5b505050565b7fb53127684a568b3173ae13b9f8a6016e243e63b6e8ee1178d6a717850b5d6103546001600160a01b0316336001600160a01b0316146100e5576100e561003e5f5160206102ce5f395f51905f525490565b6100ee83610182565b801561008e575f5f846001600160a01b03168484604051610110929190610289565b5f60405180830381855af49150503d805f8114610148576040519150601f19603f3d011682016040523d82523d5f602084013e61014d565b606091505b50915091508161017b5780604051632361517160e01b81526004016101729190610298565b60405180910390fd5b5050505050565b806001600160a01b03163b5f036101b7576040516322a2d07b60e21b81526001600160a01b0382166004820152602401610172565b5f5160206102ce5f395f51905f528190556040516001600160a01b038216907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a250565b5f5f5f60408486031215610210575f5ffd5b83356001600160a01b0381168114610226575f5ffd5b9250602084013567ffffffffffffffff811115610241575f5ffd5b8401601f81018613610251575f5ffd5b803567ffffffffffffffff811115610267575f5ffd5b866020828401011115610278575f5ffd5b939660209190910195509293505050565b818382375f9101908152919050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f8301168401019150509291505056fe360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc",
}

// UpgradeableProxyABI is the input ABI used to generate the binding from.
// Deprecated: Use UpgradeableProxyMetaData.ABI instead.
var UpgradeableProxyABI = UpgradeableProxyMetaData.ABI

// UpgradeableProxyBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use UpgradeableProxyMetaData.Bin instead.
var UpgradeableProxyBin = UpgradeableProxyMetaData.Bin

// DeployUpgradeableProxy deploys a new Ethereum contract, binding an instance of UpgradeableProxy to it.
func DeployUpgradeableProxy(auth *bind.TransactOpts, backend bind.ContractBackend, implementation common.Address, admin common.Address, initData []byte) (common.Address, *types.Transaction, *UpgradeableProxy, error) {
	parsed, err := UpgradeableProxyMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(UpgradeableProxyBin), backend, implementation, admin, initData)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &UpgradeableProxy{UpgradeableProxyCaller: UpgradeableProxyCaller{contract: contract}, UpgradeableProxyTransactor: UpgradeableProxyTransactor{contract: contract}, UpgradeableProxyFilterer: UpgradeableProxyFilterer{contract: contract}}, nil
}

// UpgradeableProxy is an auto generated Go binding around an Ethereum contract.
type UpgradeableProxy struct {
	UpgradeableProxyCaller     // Read-only binding to the contract
	UpgradeableProxyTransactor // Write-only binding to the contract
	UpgradeableProxyFilterer   // Log filterer for contract events
}

// UpgradeableProxyCaller is an auto generated read-only Go binding around an Ethereum contract.
type UpgradeableProxyCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// UpgradeableProxyTransactor is an auto generated write-only Go binding around an Ethereum contract.
type UpgradeableProxyTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// UpgradeableProxyFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type UpgradeableProxyFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// UpgradeableProxySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type UpgradeableProxySession struct {
	Contract     *UpgradeableProxy // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// UpgradeableProxyCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type UpgradeableProxyCallerSession struct {
	Contract *UpgradeableProxyCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts           // Call options to use throughout this session
}

// UpgradeableProxyTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type UpgradeableProxyTransactorSession struct {
	Contract     *UpgradeableProxyTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts           // Transaction auth options to use throughout this session
}

// UpgradeableProxyRaw is an auto generated low-level Go binding around an Ethereum contract.
type UpgradeableProxyRaw struct {
	Contract *UpgradeableProxy // Generic contract binding to access the raw methods on
}

// UpgradeableProxyCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type UpgradeableProxyCallerRaw struct {
	Contract *UpgradeableProxyCaller // Generic read-only contract binding to access the raw methods on
}

// UpgradeableProxyTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type UpgradeableProxyTransactorRaw struct {
	Contract *UpgradeableProxyTransactor // Generic write-only contract binding to access the raw methods on
}

// NewUpgradeableProxy creates a new instance of UpgradeableProxy, bound to a specific deployed contract.
func NewUpgradeableProxy(address common.Address, backend bind.ContractBackend) (*UpgradeableProxy, error) {
	contract, err := bindUpgradeableProxy(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &UpgradeableProxy{UpgradeableProxyCaller: UpgradeableProxyCaller{contract: contract}, UpgradeableProxyTransactor: UpgradeableProxyTransactor{contract: contract}, UpgradeableProxyFilterer: UpgradeableProxyFilterer{contract: contract}}, nil
}

// NewUpgradeableProxyCaller creates a new read-only instance of UpgradeableProxy, bound to a specific deployed contract.
func NewUpgradeableProxyCaller(address common.Address, caller bind.ContractCaller) (*UpgradeableProxyCaller, error) {
	contract, err := bindUpgradeableProxy(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &UpgradeableProxyCaller{contract: contract}, nil
}

// NewUpgradeableProxyTransactor creates a new write-only instance of UpgradeableProxy, bound to a specific deployed contract.
func NewUpgradeableProxyTransactor(address common.Address, transactor bind.ContractTransactor) (*UpgradeableProxyTransactor, error) {
	contract, err := bindUpgradeableProxy(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &UpgradeableProxyTransactor{contract: contract}, nil
}

// NewUpgradeableProxyFilterer creates a new log filterer instance of UpgradeableProxy, bound to a specific deployed contract.
func NewUpgradeableProxyFilterer(address common.Address, filterer bind.ContractFilterer) (*UpgradeableProxyFilterer, error) {
	contract, err := bindUpgradeableProxy(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &UpgradeableProxyFilterer{contract: contract}, nil
}

// bindUpgradeableProxy binds a generic wrapper to an already deployed contract.
func bindUpgradeableProxy(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := UpgradeableProxyMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_UpgradeableProxy *UpgradeableProxyRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _UpgradeableProxy.Contract.UpgradeableProxyCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_UpgradeableProxy *UpgradeableProxyRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _UpgradeableProxy.Contract.UpgradeableProxyTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_UpgradeableProxy *UpgradeableProxyRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _UpgradeableProxy.Contract.UpgradeableProxyTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_UpgradeableProxy *UpgradeableProxyCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _UpgradeableProxy.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_UpgradeableProxy *UpgradeableProxyTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _UpgradeableProxy.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_UpgradeableProxy *UpgradeableProxyTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _UpgradeableProxy.Contract.contract.Transact(opts, method, params...)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address implementation, bytes data) payable returns()
func (_UpgradeableProxy *UpgradeableProxyTransactor) UpgradeToAndCall(opts *bind.TransactOpts, implementation common.Address, data []byte) (*types.Transaction, error) {
	return _UpgradeableProxy.contract.Transact(opts, "upgradeToAndCall", implementation, data)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address implementation, bytes data) payable returns()
func (_UpgradeableProxy *UpgradeableProxySession) UpgradeToAndCall(implementation common.Address, data []byte) (*types.Transaction, error) {
	return _UpgradeableProxy.Contract.UpgradeToAndCall(&_UpgradeableProxy.TransactOpts, implementation, data)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address implementation, bytes data) payable returns()
func (_UpgradeableProxy *UpgradeableProxyTransactorSession) UpgradeToAndCall(implementation common.Address, data []byte) (*types.Transaction, error) {
	return _UpgradeableProxy.Contract.UpgradeToAndCall(&_UpgradeableProxy.TransactOpts, implementation, data)
}

// Fallback is a paid mutator transaction binding the contract fallback function.
//
// Solidity: fallback() payable returns()
func (_UpgradeableProxy *UpgradeableProxyTransactor) Fallback(opts *bind.TransactOpts, calldata []byte) (*types.Transaction, error) {
	return _UpgradeableProxy.contract.RawTransact(opts, calldata)
}

// Fallback is a paid mutator transaction binding the contract fallback function.
//
// Solidity: fallback() payable returns()
func (_UpgradeableProxy *UpgradeableProxySession) Fallback(calldata []byte) (*types.Transaction, error) {
	return _UpgradeableProxy.Contract.Fallback(&_UpgradeableProxy.TransactOpts, calldata)
}

// Fallback is a paid mutator transaction binding the contract fallback function.
//
// Solidity: fallback() payable returns()
func (_UpgradeableProxy *UpgradeableProxyTransactorSession) Fallback(calldata []byte) (*types.Transaction, error) {
	return _UpgradeableProxy.Contract.Fallback(&_UpgradeableProxy.TransactOpts, calldata)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_UpgradeableProxy *UpgradeableProxyTransactor) Receive(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _UpgradeableProxy.contract.RawTransact(opts, nil) // calldata is disallowed for receive function
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_UpgradeableProxy *UpgradeableProxySession) Receive() (*types.Transaction, error) {
	return _UpgradeableProxy.Contract.Receive(&_UpgradeableProxy.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_UpgradeableProxy *UpgradeableProxyTransactorSession) Receive() (*types.Transaction, error) {
	return _UpgradeableProxy.Contract.Receive(&_UpgradeableProxy.TransactOpts)
}

// UpgradeableProxyAdminChangedIterator is returned from FilterAdminChanged and is used to iterate over the raw logs and unpacked data for AdminChanged events raised by the UpgradeableProxy contract.
type UpgradeableProxyAdminChangedIterator struct {
	Event *UpgradeableProxyAdminChanged // Event containing the contract specifics and raw log

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
func (it *UpgradeableProxyAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpgradeableProxyAdminChanged)
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
		it.Event = new(UpgradeableProxyAdminChanged)
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
func (it *UpgradeableProxyAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpgradeableProxyAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpgradeableProxyAdminChanged represents a AdminChanged event raised by the UpgradeableProxy contract.
type UpgradeableProxyAdminChanged struct {
	PreviousAdmin common.Address
	NewAdmin      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterAdminChanged is a free log retrieval operation binding the contract event 0x7e644d79422f17c01e4894b5f4f588d331ebfa28653d42ae832dc59e38c9798f.
//
// Solidity: event AdminChanged(address previousAdmin, address newAdmin)
func (_UpgradeableProxy *UpgradeableProxyFilterer) FilterAdminChanged(opts *bind.FilterOpts) (*UpgradeableProxyAdminChangedIterator, error) {

	logs, sub, err := _UpgradeableProxy.contract.FilterLogs(opts, "AdminChanged")
	if err != nil {
		return nil, err
	}
	return &UpgradeableProxyAdminChangedIterator{contract: _UpgradeableProxy.contract, event: "AdminChanged", logs: logs, sub: sub}, nil
}

// WatchAdminChanged is a free log subscription operation binding the contract event 0x7e644d79422f17c01e4894b5f4f588d331ebfa28653d42ae832dc59e38c9798f.
//
// Solidity: event AdminChanged(address previousAdmin, address newAdmin)
func (_UpgradeableProxy *UpgradeableProxyFilterer) WatchAdminChanged(opts *bind.WatchOpts, sink chan<- *UpgradeableProxyAdminChanged) (event.Subscription, error) {

	logs, sub, err := _UpgradeableProxy.contract.WatchLogs(opts, "AdminChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpgradeableProxyAdminChanged)
				if err := _UpgradeableProxy.contract.UnpackLog(event, "AdminChanged", log); err != nil {
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

// ParseAdminChanged is a log parse operation binding the contract event 0x7e644d79422f17c01e4894b5f4f588d331ebfa28653d42ae832dc59e38c9798f.
//
// Solidity: event AdminChanged(address previousAdmin, address newAdmin)
func (_UpgradeableProxy *UpgradeableProxyFilterer) ParseAdminChanged(log types.Log) (*UpgradeableProxyAdminChanged, error) {
	event := new(UpgradeableProxyAdminChanged)
	if err := _UpgradeableProxy.contract.UnpackLog(event, "AdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// UpgradeableProxyUpgradedIterator is returned from FilterUpgraded and is used to iterate over the raw logs and unpacked data for Upgraded events raised by the UpgradeableProxy contract.
type UpgradeableProxyUpgradedIterator struct {
	Event *UpgradeableProxyUpgraded // Event containing the contract specifics and raw log

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
func (it *UpgradeableProxyUpgradedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpgradeableProxyUpgraded)
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
		it.Event = new(UpgradeableProxyUpgraded)
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
func (it *UpgradeableProxyUpgradedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpgradeableProxyUpgradedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpgradeableProxyUpgraded represents a Upgraded event raised by the UpgradeableProxy contract.
type UpgradeableProxyUpgraded struct {
	Implementation common.Address
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterUpgraded is a free log retrieval operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_UpgradeableProxy *UpgradeableProxyFilterer) FilterUpgraded(opts *bind.FilterOpts, implementation []common.Address) (*UpgradeableProxyUpgradedIterator, error) {

	var implementationRule []interface{}
	for _, implementationItem := range implementation {
		implementationRule = append(implementationRule, implementationItem)
	}

	logs, sub, err := _UpgradeableProxy.contract.FilterLogs(opts, "Upgraded", implementationRule)
	if err != nil {
		return nil, err
	}
	return &UpgradeableProxyUpgradedIterator{contract: _UpgradeableProxy.contract, event: "Upgraded", logs: logs, sub: sub}, nil
}

// WatchUpgraded is a free log subscription operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_UpgradeableProxy *UpgradeableProxyFilterer) WatchUpgraded(opts *bind.WatchOpts, sink chan<- *UpgradeableProxyUpgraded, implementation []common.Address) (event.Subscription, error) {

	var implementationRule []interface{}
	for _, implementationItem := range implementation {
		implementationRule = append(implementationRule, implementationItem)
	}

	logs, sub, err := _UpgradeableProxy.contract.WatchLogs(opts, "Upgraded", implementationRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpgradeableProxyUpgraded)
				if err := _UpgradeableProxy.contract.UnpackLog(event, "Upgraded", log); err != nil {
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

// ParseUpgraded is a log parse operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_UpgradeableProxy *UpgradeableProxyFilterer) ParseUpgraded(log types.Log) (*UpgradeableProxyUpgraded, error) {
	event := new(UpgradeableProxyUpgraded)
	if err := _UpgradeableProxy.contract.UnpackLog(event, "Upgraded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
