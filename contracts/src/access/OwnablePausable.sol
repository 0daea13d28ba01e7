// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";

/// @title OwnablePausable
/// @notice Owner with two-step transfer, plus a pauser who can stop new work in an emergency.
/// Only the owner unpauses, so a compromised pauser key can halt but not resume the system.
/// @dev For contracts behind a proxy: state is set by __OwnablePausable_init from the inheriting
/// contract's initializer, and a gap keeps the slots of inheriting contracts in place when this one
/// gains variables (its variables and the gap fill 50 slots).
abstract contract OwnablePausable is Initializable {
    address public owner;
    address public pendingOwner;
    address public pauser;
    bool public paused;

    /// @dev Reserved for variables added in later versions: shrink it by the slots they use.
    uint256[47] private __gap;

    event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner);
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);
    event PauserChanged(address indexed previousPauser, address indexed newPauser);
    event Paused(address indexed by);
    event Unpaused(address indexed by);

    error NotOwner();
    error NotPendingOwner();
    error NotPauser();
    error IsPaused();
    error ZeroAddress();

    // solhint-disable-next-line func-name-mixedcase
    function __OwnablePausable_init(address initialOwner, address initialPauser) internal onlyInitializing {
        if (initialOwner == address(0)) revert ZeroAddress();
        owner = initialOwner;
        pauser = initialPauser;
        emit OwnershipTransferred(address(0), initialOwner);
        emit PauserChanged(address(0), initialPauser);
    }

    modifier onlyOwner() {
        if (msg.sender != owner) revert NotOwner();
        _;
    }

    modifier whenNotPaused() {
        if (paused) revert IsPaused();
        _;
    }

    /// @notice Starts handing ownership to `newOwner`, who must accept.
    function transferOwnership(address newOwner) external onlyOwner {
        if (newOwner == address(0)) revert ZeroAddress();
        pendingOwner = newOwner;
        emit OwnershipTransferStarted(owner, newOwner);
    }

    /// @notice Completes an ownership transfer; callable only by the pending owner.
    function acceptOwnership() external {
        if (msg.sender != pendingOwner) revert NotPendingOwner();
        emit OwnershipTransferred(owner, msg.sender);
        owner = msg.sender;
        pendingOwner = address(0);
    }

    /// @notice Sets who may pause (address(0) leaves pausing to the owner alone).
    function setPauser(address newPauser) external onlyOwner {
        emit PauserChanged(pauser, newPauser);
        pauser = newPauser;
    }

    /// @notice Stops state-changing entry points guarded by whenNotPaused. Owner or pauser.
    function pause() external {
        if (msg.sender != pauser && msg.sender != owner) revert NotPauser();
        paused = true;
        emit Paused(msg.sender);
    }

    /// @notice Resumes after a pause. Owner only.
    function unpause() external onlyOwner {
        paused = false;
        emit Unpaused(msg.sender);
    }
}
