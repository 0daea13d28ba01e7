// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

/// @title UpgradeableProxy
/// @notice A transparent EIP-1967 proxy. The middleware implementations disable their
/// initializers in their constructors, so the registry coordinator must live behind a proxy.
/// Only the admin can upgrade; every other call is forwarded to the implementation.
contract UpgradeableProxy {
    // EIP-1967 slots: bytes32(uint256(keccak256("eip1967.proxy.implementation")) - 1) and "...admin".
    bytes32 internal constant IMPLEMENTATION_SLOT = 0x360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc;
    bytes32 internal constant ADMIN_SLOT = 0xb53127684a568b3173ae13b9f8a6016e243e63b6e8ee1178d6a717850b5d6103;

    event Upgraded(address indexed implementation);
    event AdminChanged(address previousAdmin, address newAdmin);

    error InitializationFailed(bytes reason);
    error NotAContract(address implementation);
    error ZeroAdmin();

    /// @param implementation first implementation
    /// @param admin the account allowed to upgrade
    /// @param initData calldata delegated to the implementation once (empty for none)
    constructor(address implementation, address admin, bytes memory initData) {
        if (admin == address(0)) revert ZeroAdmin();
        _setImplementation(implementation);
        assembly {
            sstore(ADMIN_SLOT, admin)
        }
        emit AdminChanged(address(0), admin);
        if (initData.length > 0) {
            (bool ok, bytes memory reason) = implementation.delegatecall(initData);
            if (!ok) revert InitializationFailed(reason);
        }
    }

    /// @notice Points the proxy at a new implementation, optionally calling it. Admin only; for
    /// any other caller this selector is forwarded like everything else.
    function upgradeToAndCall(address implementation, bytes calldata data) external payable {
        if (msg.sender != _admin()) {
            _delegate(_implementation());
        }
        _setImplementation(implementation);
        if (data.length > 0) {
            (bool ok, bytes memory reason) = implementation.delegatecall(data);
            if (!ok) revert InitializationFailed(reason);
        }
    }

    fallback() external payable {
        _delegate(_implementation());
    }

    receive() external payable {
        _delegate(_implementation());
    }

    function _admin() internal view returns (address a) {
        assembly {
            a := sload(ADMIN_SLOT)
        }
    }

    function _implementation() internal view returns (address impl) {
        assembly {
            impl := sload(IMPLEMENTATION_SLOT)
        }
    }

    function _setImplementation(address implementation) internal {
        if (implementation.code.length == 0) revert NotAContract(implementation);
        assembly {
            sstore(IMPLEMENTATION_SLOT, implementation)
        }
        emit Upgraded(implementation);
    }

    function _delegate(address impl) internal {
        assembly {
            calldatacopy(0, 0, calldatasize())
            let ok := delegatecall(gas(), impl, 0, calldatasize(), 0, 0)
            returndatacopy(0, 0, returndatasize())
            switch ok
            case 0 { revert(0, returndatasize()) }
            default { return(0, returndatasize()) }
        }
    }
}
