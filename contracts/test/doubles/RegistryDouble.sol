// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {BN254} from "../../src/libraries/BN254.sol";

/// @title RegistryDouble
/// @notice TEST DOUBLE of EigenLayer's middleware views (coordinator, stake and BLS APK
/// registries in one contract) for forge unit tests of the TaskManager in isolation. It keeps
/// only the current state, so any history index is accepted as long as it is the one it hands out.
/// It also stands in for the DelegationManager (delegation() is itself) for the stale-stake views.
/// The real registries, deployed from eigensdk-go's bytecode, are exercised by the Go integration
/// tests in tests/ against a devnet.
contract RegistryDouble {
    using BN254 for BN254.G1Point;

    uint8 public quorumCount = 1;
    mapping(bytes32 => uint192) public bitmapOf;
    mapping(bytes32 => uint96) public stakeOf;
    mapping(uint8 => BN254.G1Point) internal apk;
    mapping(uint8 => uint96) public totalStake;
    mapping(uint8 => uint256) public quorumUpdateBlockNumber;
    uint32 public minWithdrawalDelayBlocks = 50;

    function stakeRegistry() external view returns (address) {
        return address(this);
    }

    function blsApkRegistry() external view returns (address) {
        return address(this);
    }

    function delegation() external view returns (address) {
        return address(this);
    }

    function setQuorumCount(uint8 n) external {
        quorumCount = n;
    }

    /// @notice What updateOperatorsForQuorum would record: the quorum's stakes were all updated at `blockNumber`.
    function setQuorumUpdateBlockNumber(uint8 quorumNumber, uint256 blockNumber) external {
        quorumUpdateBlockNumber[quorumNumber] = blockNumber;
    }

    function setMinWithdrawalDelayBlocks(uint32 blocks) external {
        minWithdrawalDelayBlocks = blocks;
    }

    /// @notice Registers an operator in quorum 0 with a stake.
    function addOperator(BN254.G1Point memory pubkey, uint96 stake) external {
        bytes32 id = pubkey.hashG1Point();
        bitmapOf[id] = 1;
        stakeOf[id] = stake;
        apk[0] = apk[0].plus(pubkey);
        totalStake[0] += stake;
    }

    function getQuorumBitmapAtBlockNumberByIndex(bytes32 operatorId, uint32, uint256) external view returns (uint192) {
        return bitmapOf[operatorId];
    }

    function getApkHashAtBlockNumberAndIndex(uint8 quorumNumber, uint32, uint256) external view returns (bytes24) {
        return bytes24(apk[quorumNumber].hashG1Point());
    }

    function getTotalStakeAtBlockNumberFromIndex(uint8 quorumNumber, uint32, uint256) external view returns (uint96) {
        return totalStake[quorumNumber];
    }

    function getStakeAtBlockNumberAndIndex(uint8, uint32, bytes32 operatorId, uint256) external view returns (uint96) {
        return stakeOf[operatorId];
    }

    function quorumApk(uint8 q) external view returns (BN254.G1Point memory) {
        return apk[q];
    }
}
