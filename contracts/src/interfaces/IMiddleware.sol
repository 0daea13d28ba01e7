// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {BN254} from "../libraries/BN254.sol";

// Minimal views of EigenLayer's middleware registries, as deployed from eigensdk-go's bytecode.
// Only what this project calls is declared; selectors match the deployed contracts.

interface IRegistryCoordinatorViews {
    function quorumCount() external view returns (uint8);
    function stakeRegistry() external view returns (address);
    function blsApkRegistry() external view returns (address);
    function getQuorumBitmapAtBlockNumberByIndex(bytes32 operatorId, uint32 blockNumber, uint256 index)
        external
        view
        returns (uint192);
    function getOperatorId(address operator) external view returns (bytes32);
    function getCurrentQuorumBitmap(bytes32 operatorId) external view returns (uint192);
    function indexRegistry() external view returns (address);
    function getOperatorFromId(bytes32 operatorId) external view returns (address);
    /// @notice The block at which all operators' stakes in a quorum were last updated together
    /// (updateOperatorsForQuorum); registration alone does not move it.
    function quorumUpdateBlockNumber(uint8 quorumNumber) external view returns (uint256);
}

interface IStakeRegistryViews {
    struct StrategyParams {
        address strategy;
        uint96 multiplier;
    }

    function getTotalStakeAtBlockNumberFromIndex(uint8 quorumNumber, uint32 blockNumber, uint256 index)
        external
        view
        returns (uint96);
    function getStakeAtBlockNumberAndIndex(uint8 quorumNumber, uint32 blockNumber, bytes32 operatorId, uint256 index)
        external
        view
        returns (uint96);
    function getCurrentStake(bytes32 operatorId, uint8 quorumNumber) external view returns (uint96);
    function strategyParamsLength(uint8 quorumNumber) external view returns (uint256);
    function strategyParamsByIndex(uint8 quorumNumber, uint256 index) external view returns (StrategyParams memory);
    /// @notice EigenLayer's DelegationManager the stakes are read from.
    function delegation() external view returns (address);
}

interface IIndexRegistryViews {
    /// @notice The ids of the operators registered in a quorum at a block, in index order.
    function getOperatorListAtBlockNumber(uint8 quorumNumber, uint32 blockNumber)
        external
        view
        returns (bytes32[] memory);
}

interface IBLSApkRegistryViews {
    function getApkHashAtBlockNumberAndIndex(uint8 quorumNumber, uint32 blockNumber, uint256 index)
        external
        view
        returns (bytes24);
}

// Minimal EigenLayer core interfaces.

interface IDelegationManagerViews {
    /// @notice Blocks a withdrawal waits before completion: how long a stake snapshot stays slashable.
    function minWithdrawalDelayBlocks() external view returns (uint32);
}

interface IAllocationManagerMinimal {
    function updateAVSMetadataURI(address avs, string calldata metadataURI) external;
    function setAVSRegistrar(address avs, address registrar) external;
    function deregisterFromOperatorSets(DeregisterParams calldata params) external;

    struct DeregisterParams {
        address operator;
        address avs;
        uint32[] operatorSetIds;
    }
}

interface IPermissionControllerMinimal {
    function setAppointee(address account, address appointee, address target, bytes4 selector) external;
    function removeAppointee(address account, address appointee, address target, bytes4 selector) external;
}

interface IRewardsCoordinatorMinimal {
    struct StrategyAndMultiplier {
        address strategy;
        uint96 multiplier;
    }

    struct RewardsSubmission {
        StrategyAndMultiplier[] strategiesAndMultipliers;
        address token;
        uint256 amount;
        uint32 startTimestamp;
        uint32 duration;
    }

    struct OperatorReward {
        address operator;
        uint256 amount;
    }

    struct OperatorDirectedRewardsSubmission {
        StrategyAndMultiplier[] strategiesAndMultipliers;
        address token;
        OperatorReward[] operatorRewards;
        uint32 startTimestamp;
        uint32 duration;
        string description;
    }

    struct OperatorSet {
        address avs;
        uint32 id;
    }

    function createAVSRewardsSubmission(RewardsSubmission[] calldata rewardsSubmissions) external;
    function createOperatorDirectedOperatorSetRewardsSubmission(
        OperatorSet calldata operatorSet,
        OperatorDirectedRewardsSubmission[] calldata submissions
    ) external;
    // forge-lint: disable-next-line(mixed-case-function)
    function CALCULATION_INTERVAL_SECONDS() external view returns (uint32);
}

/// @notice What the ServiceManager reads from the TaskManager to pay an epoch's fees out as rewards.
interface ITaskManagerFees {
    // forge-lint: disable-next-line(mixed-case-function)
    function REWARDS_EPOCH_SECONDS() external view returns (uint32);
    function epochFees(uint256 epoch) external view returns (uint256);
    function withdraw() external;
}

/// @notice The ERC-20 the ServiceManager wraps ETH fees into (WrappedEther).
interface IWrappedEther {
    function deposit() external payable;
}
