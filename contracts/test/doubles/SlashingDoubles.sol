// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {BN254} from "../../src/libraries/BN254.sol";
import {IAllocationManagerSlashing} from "../../src/Slasher.sol";

/// @notice TEST DOUBLE of EigenLayer's AllocationManager for the Slasher: records slashOperator
/// calls and lists operator set 0's strategies out of order. The real AllocationManager slashes on
/// the devnet (tests/slashing_test.go).
contract AllocationRecorder {
    uint256 public slashes;
    address public lastAvs;
    address public lastOperator;
    uint32 public lastOperatorSetId;
    address[] internal lastStrategies;
    uint256[] internal lastWads;

    function getStrategiesInOperatorSet(IAllocationManagerSlashing.OperatorSet memory)
        external
        pure
        returns (address[] memory s)
    {
        s = new address[](3);
        s[0] = address(0x5300);
        s[1] = address(0x5100);
        s[2] = address(0x5200);
    }

    function slashOperator(address avs, IAllocationManagerSlashing.SlashingParams calldata p) external {
        slashes++;
        lastAvs = avs;
        lastOperator = p.operator;
        lastOperatorSetId = p.operatorSetId;
        lastStrategies = p.strategies;
        lastWads = p.wadsToSlash;
    }

    function last() external view returns (address[] memory strategies, uint256[] memory wads) {
        return (lastStrategies, lastWads);
    }
}

/// @notice TEST DOUBLE of the BLS APK registry's G2 key view.
contract KeysDouble {
    mapping(address => BN254.G2Point) internal keys;

    function setKey(address operator, BN254.G2Point memory key) external {
        keys[operator] = key;
    }

    function getOperatorPubkeyG2(address operator) external view returns (BN254.G2Point memory) {
        return keys[operator];
    }
}
