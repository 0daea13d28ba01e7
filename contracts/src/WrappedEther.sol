// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title WrappedEther
/// @notice ETH as an ERC-20, one token per wei. Requesters pay task fees in ETH, but EigenLayer's
/// RewardsCoordinator only moves ERC-20 tokens: the ServiceManager wraps each epoch's fees into this
/// token before it submits them as operator rewards, and operators unwrap what they claim.
contract WrappedEther is ERC20 {
    event Deposit(address indexed account, uint256 amount);
    event Withdrawal(address indexed account, uint256 amount);

    error EtherTransferFailed();

    constructor() ERC20("Blockless Wrapped Ether", "bWETH") {}

    /// @notice Wraps msg.value into tokens for the caller.
    function deposit() external payable {
        _mint(msg.sender, msg.value);
        emit Deposit(msg.sender, msg.value);
    }

    /// @notice Burns `amount` of the caller's tokens and sends as much ETH back.
    /// @param amount wei to unwrap
    function withdraw(uint256 amount) external {
        _burn(msg.sender, amount);
        emit Withdrawal(msg.sender, amount);
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert EtherTransferFailed();
    }

    receive() external payable {
        _mint(msg.sender, msg.value);
        emit Deposit(msg.sender, msg.value);
    }
}
