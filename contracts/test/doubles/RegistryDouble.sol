// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {BN254} from "../../src/libraries/BN254.sol";
import {IStakeRegistryViews} from "../../src/interfaces/IMiddleware.sol";

/// @title RegistryDouble
/// @notice TEST DOUBLE of EigenLayer's middleware views (coordinator, stake and BLS APK
/// registries in one contract) for forge unit tests of the TaskManager in isolation. It keeps
/// only the current state, so any history index is accepted as long as it is the one it hands out.
/// It also stands in for the DelegationManager (delegation() is itself) for the stale-stake views,
/// and for the index registry and the coordinator's id-to-address view CommitteeRegistry reads
/// (indexRegistry() is itself; operators keep their registration order; each operator has an
/// address derived from its id unless one is set).
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
    /// @dev Registration order, as the index registry lists operators.
    bytes32[] internal operatorIds;
    mapping(bytes32 => address) internal operatorAddress;

    function stakeRegistry() external view returns (address) {
        return address(this);
    }

    function blsApkRegistry() external view returns (address) {
        return address(this);
    }

    function delegation() external view returns (address) {
        return address(this);
    }

    function indexRegistry() external view returns (address) {
        return address(this);
    }

    /// @dev Quorum 0's strategies (stake registry view), in the order added.
    IStakeRegistryViews.StrategyParams[] internal strategies;

    function addStrategy(address strategy, uint96 multiplier) external {
        strategies.push(IStakeRegistryViews.StrategyParams(strategy, multiplier));
    }

    function strategyParamsLength(uint8) external view returns (uint256) {
        return strategies.length;
    }

    function strategyParamsByIndex(uint8, uint256 index)
        external
        view
        returns (IStakeRegistryViews.StrategyParams memory)
    {
        return strategies[index];
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

    /// @notice Registers an operator in quorum 0 with a stake (any number of operators).
    function addOperator(BN254.G1Point memory pubkey, uint96 stake) external returns (bytes32 id) {
        id = pubkey.hashG1Point();
        require(bitmapOf[id] == 0, "operator already registered");
        operatorIds.push(id);
        bitmapOf[id] = 1;
        stakeOf[id] = stake;
        apk[0] = apk[0].plus(pubkey);
        totalStake[0] += stake;
    }

    /// @notice Sets an operator's stake in quorum 0 (zero keeps it registered with no stake).
    function setStake(bytes32 operatorId, uint96 stake) external {
        totalStake[0] = totalStake[0] - stakeOf[operatorId] + stake;
        stakeOf[operatorId] = stake;
    }

    /// @notice Gives an operator another address than the derived one.
    function setOperatorAddress(bytes32 operatorId, address operator) external {
        operatorAddress[operatorId] = operator;
    }

    function operatorCount() external view returns (uint256) {
        return operatorIds.length;
    }

    /// @notice The registered operators of a quorum, in registration order (current state only).
    function getOperatorListAtBlockNumber(uint8 quorumNumber, uint32) external view returns (bytes32[] memory list) {
        uint256 n;
        list = new bytes32[](operatorIds.length);
        for (uint256 i = 0; i < operatorIds.length; i++) {
            if ((bitmapOf[operatorIds[i]] >> quorumNumber) & 1 == 1) list[n++] = operatorIds[i];
        }
        assembly ("memory-safe") {
            mstore(list, n)
        }
    }

    /// @notice The operator's address: the one set, else one derived from its id (zero for unknown ids).
    function getOperatorFromId(bytes32 operatorId) public view returns (address) {
        address a = operatorAddress[operatorId];
        if (a != address(0) || bitmapOf[operatorId] == 0) return a;
        return address(uint160(uint256(keccak256(abi.encode("blockless operator", operatorId)))));
    }

    function getCurrentStake(bytes32 operatorId, uint8 quorumNumber) external view returns (uint96) {
        return (bitmapOf[operatorId] >> quorumNumber) & 1 == 1 ? stakeOf[operatorId] : 0;
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
