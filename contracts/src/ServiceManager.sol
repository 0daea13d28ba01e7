// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {OwnablePausable} from "./access/OwnablePausable.sol";
import {
    IAllocationManagerMinimal,
    IPermissionControllerMinimal,
    IRewardsCoordinatorMinimal,
    IRegistryCoordinatorViews,
    IStakeRegistryViews,
    ITaskManagerFees,
    IWrappedEther
} from "./interfaces/IMiddleware.sol";

/// @title ServiceManager
/// @notice This AVS's identity towards EigenLayer. Its address is the AVS id in the
/// AllocationManager; it acts as that account (metadata URI, registrar, appointees in the
/// PermissionController) and answers the views eigensdk-go and EigenLayer tooling read from a
/// service manager (avsDirectory, restakeable strategies, rewards submissions).
/// @dev With operator sets, registration flows AllocationManager -> registrar (the registry
/// coordinator); this contract is not on that path. Having no PermissionController admin of its
/// own, the contract is its own admin, so the owner acts through it.
///
/// Upgradeability: the AVS id must never change, so the contract lives behind an OpenZeppelin
/// TransparentUpgradeableProxy (the proxy's address is the AVS). The EigenLayer core addresses are
/// immutables of the implementation; the proxy's state is set once by initialize. OwnablePausable's
/// and this contract's variables are followed by storage gaps (50 slots each) so later versions can
/// append variables.
contract ServiceManager is OwnablePausable {
    using SafeERC20 for IERC20;

    address public immutable avsDirectory;
    IAllocationManagerMinimal public immutable allocationManager;
    IPermissionControllerMinimal public immutable permissionController;
    IRewardsCoordinatorMinimal public immutable rewardsCoordinator;

    IRegistryCoordinatorViews public registryCoordinator;
    IStakeRegistryViews public stakeRegistry;
    address public rewardsInitiator;
    /// @notice The TaskManager whose collected fees this contract pays out as operator rewards.
    ITaskManagerFees public taskManager;
    /// @notice The ERC-20 the fees are wrapped into for the RewardsCoordinator (WrappedEther).
    address public rewardToken;
    /// @notice Epochs whose fees were already submitted as rewards.
    mapping(uint64 => bool) public epochRewarded;

    /// @dev Reserved for variables added in later versions: shrink it by the slots they use.
    uint256[44] private __gap;

    event RegistryCoordinatorSet(address indexed coordinator, address indexed stakeRegistry);
    event RewardsInitiatorChanged(address indexed previous, address indexed current);
    event AVSMetadataURIUpdated(string uri);
    event AVSRegistrarSet(address indexed registrar);
    event AppointeeSet(address indexed appointee, address indexed target, bytes4 selector);
    event AppointeeRemoved(address indexed appointee, address indexed target, bytes4 selector);
    event OperatorDeregistered(address indexed operator, uint32[] operatorSetIds);
    event RewardsSubmitted(uint256 submissions, uint256 totalAmount);
    event FeeRewardsSet(address indexed taskManager, address indexed rewardToken);
    event EpochRewardsSubmitted(uint64 indexed epoch, uint256 operators, uint256 totalAmount);

    error RegistryCoordinatorAlreadySet();
    error RegistryCoordinatorNotSet();
    error NotRewardsInitiator();
    error TokenTransferFailed();
    error FeeRewardsAlreadySet();
    error FeeRewardsNotSet();
    error EpochLengthMismatch(uint32 taskManagerEpoch, uint32 rewardsInterval);
    error EpochAlreadyRewarded(uint64 epoch);
    error EpochNotOver(uint64 epoch, uint256 endTimestamp);
    error RewardsDoNotMatchFees(uint64 epoch, uint256 rewards, uint256 fees);
    error InvalidRewards();
    error UnexpectedEther();

    /// @param avsDirectory_ EigenLayer AVSDirectory (read by eigensdk-go)
    /// @param allocationManager_ EigenLayer AllocationManager
    /// @param permissionController_ EigenLayer PermissionController
    /// @param rewardsCoordinator_ EigenLayer RewardsCoordinator
    constructor(
        address avsDirectory_,
        IAllocationManagerMinimal allocationManager_,
        IPermissionControllerMinimal permissionController_,
        IRewardsCoordinatorMinimal rewardsCoordinator_
    ) {
        avsDirectory = avsDirectory_;
        allocationManager = allocationManager_;
        permissionController = permissionController_;
        rewardsCoordinator = rewardsCoordinator_;
        _disableInitializers();
    }

    /// @notice Sets up a proxy's state; callable once, through the proxy.
    /// @param initialOwner owner, also the first rewards initiator and pauser
    function initialize(address initialOwner) external initializer {
        __OwnablePausable_init(initialOwner, initialOwner);
        rewardsInitiator = initialOwner;
        emit RewardsInitiatorChanged(address(0), initialOwner);
    }

    /// @notice Binds the registry coordinator once it exists (it is deployed after this contract,
    /// because it is initialised with this contract's address as its AVS).
    /// @param coordinator the AVS's registry coordinator
    function setRegistryCoordinator(IRegistryCoordinatorViews coordinator) external onlyOwner {
        if (address(registryCoordinator) != address(0)) revert RegistryCoordinatorAlreadySet();
        registryCoordinator = coordinator;
        stakeRegistry = IStakeRegistryViews(coordinator.stakeRegistry());
        emit RegistryCoordinatorSet(address(coordinator), address(stakeRegistry));
    }

    /// @notice Publishes the AVS metadata URI in the AllocationManager.
    /// @param uri the metadata URI
    function updateAVSMetadataURI(string calldata uri) external onlyOwner {
        allocationManager.updateAVSMetadataURI(address(this), uri);
        emit AVSMetadataURIUpdated(uri);
    }

    /// @notice Sets the contract the AllocationManager forwards operator (de)registrations to.
    /// @param registrar normally the registry coordinator
    function setAVSRegistrar(address registrar) external onlyOwner {
        allocationManager.setAVSRegistrar(address(this), registrar);
        emit AVSRegistrarSet(registrar);
    }

    /// @notice Lets `appointee` call `selector` on `target` on behalf of this AVS.
    function setAppointee(address appointee, address target, bytes4 selector) external onlyOwner {
        permissionController.setAppointee(address(this), appointee, target, selector);
        emit AppointeeSet(appointee, target, selector);
    }

    /// @notice Revokes a permission granted with setAppointee.
    function removeAppointee(address appointee, address target, bytes4 selector) external onlyOwner {
        permissionController.removeAppointee(address(this), appointee, target, selector);
        emit AppointeeRemoved(appointee, target, selector);
    }

    /// @notice Removes an operator from operator sets of this AVS (ejection by the owner).
    function deregisterOperatorFromOperatorSets(address operator, uint32[] calldata operatorSetIds) external onlyOwner {
        allocationManager.deregisterFromOperatorSets(
            IAllocationManagerMinimal.DeregisterParams({
                operator: operator, avs: address(this), operatorSetIds: operatorSetIds
            })
        );
        emit OperatorDeregistered(operator, operatorSetIds);
    }

    /// @notice Sets who may submit rewards.
    function setRewardsInitiator(address newInitiator) external onlyOwner {
        emit RewardsInitiatorChanged(rewardsInitiator, newInitiator);
        rewardsInitiator = newInitiator;
    }

    /// @notice Pays operators and their stakers through the RewardsCoordinator. The tokens are
    /// pulled from the rewards initiator, who must have approved this contract (TokenTransferFailed
    /// otherwise). Transfers and approvals go through OpenZeppelin's SafeERC20.
    /// @dev Several submissions may use the same token: the RewardsCoordinator is approved once per
    /// token for the sum of that token's amounts (an approval per submission would overwrite the
    /// previous one and the coordinator's pull of the second submission would fail).
    /// @param submissions EigenLayer rewards submissions
    function createAVSRewardsSubmission(IRewardsCoordinatorMinimal.RewardsSubmission[] calldata submissions)
        external
        whenNotPaused
    {
        if (msg.sender != rewardsInitiator) revert NotRewardsInitiator();
        uint256 total;
        for (uint256 i = 0; i < submissions.length; i++) {
            total += submissions[i].amount;
            // SafeERC20: tokens that return nothing (USDT-style) work; false or a revert is a failure.
            if (!IERC20(submissions[i].token).trySafeTransferFrom(msg.sender, address(this), submissions[i].amount)) {
                revert TokenTransferFailed();
            }
        }
        for (uint256 i = 0; i < submissions.length; i++) {
            address token = submissions[i].token;
            if (_tokenSeenBefore(submissions, i)) continue;
            uint256 amount;
            for (uint256 j = i; j < submissions.length; j++) {
                if (submissions[j].token == token) amount += submissions[j].amount;
            }
            // forceApprove also works for tokens that refuse to change a non-zero allowance.
            IERC20(token).forceApprove(address(rewardsCoordinator), amount);
        }
        emit RewardsSubmitted(submissions.length, total);
        rewardsCoordinator.createAVSRewardsSubmission(submissions);
    }

    /// @notice Binds the TaskManager whose fees become operator rewards and the token they are wrapped
    /// into; callable once. The TaskManager's epoch must be the RewardsCoordinator's calculation
    /// interval, because a rewards submission must cover whole intervals.
    /// @param taskManager_ the TaskManager (its fee recipient must be this contract)
    /// @param rewardToken_ a WrappedEther
    function setFeeRewards(ITaskManagerFees taskManager_, address rewardToken_) external onlyOwner {
        if (address(taskManager) != address(0)) revert FeeRewardsAlreadySet();
        uint32 epochSeconds = taskManager_.REWARDS_EPOCH_SECONDS();
        uint32 interval = rewardsCoordinator.CALCULATION_INTERVAL_SECONDS();
        if (epochSeconds != interval) revert EpochLengthMismatch(epochSeconds, interval);
        taskManager = taskManager_;
        rewardToken = rewardToken_;
        emit FeeRewardsSet(address(taskManager_), rewardToken_);
    }

    /// @notice Accepts the TaskManager's fee payouts only; stray ETH would not belong to any epoch.
    receive() external payable {
        if (msg.sender != address(taskManager)) revert UnexpectedEther();
    }

    /// @notice Pays one finished epoch's fees to the operators who earned them, as an
    /// operator-directed rewards submission for this AVS's operator set 0, so each operator's
    /// stakers receive their share by EigenLayer's operator split. The amounts must add up to exactly
    /// the fees the TaskManager counted in that epoch, and an epoch is paid once. Who earned what is
    /// computed off chain from the chain's own records by the rule in docs/rewards.md; anyone can
    /// recompute it (`blockless rewards plan`).
    /// @param epoch the epoch (block.timestamp / REWARDS_EPOCH_SECONDS of its tasks' answers)
    /// @param operators operator addresses, strictly ascending
    /// @param amounts wei per operator, none zero
    function submitEpochRewards(uint64 epoch, address[] calldata operators, uint256[] calldata amounts)
        external
        whenNotPaused
    {
        if (msg.sender != rewardsInitiator) revert NotRewardsInitiator();
        ITaskManagerFees tm = taskManager;
        if (address(tm) == address(0)) revert FeeRewardsNotSet();
        if (operators.length == 0 || operators.length != amounts.length) revert InvalidRewards();
        if (epochRewarded[epoch]) revert EpochAlreadyRewarded(epoch);
        uint32 interval = tm.REWARDS_EPOCH_SECONDS();
        uint256 start = uint256(epoch) * interval;
        // The RewardsCoordinator takes only submissions that ended before the current block.
        if (start + interval >= block.timestamp) revert EpochNotOver(epoch, start + interval);
        IRewardsCoordinatorMinimal.OperatorReward[] memory rewards =
            new IRewardsCoordinatorMinimal.OperatorReward[](operators.length);
        uint256 total;
        for (uint256 i = 0; i < operators.length; i++) {
            if (amounts[i] == 0 || (i > 0 && operators[i] <= operators[i - 1])) revert InvalidRewards();
            total += amounts[i];
            rewards[i] = IRewardsCoordinatorMinimal.OperatorReward(operators[i], amounts[i]);
        }
        uint256 fees = tm.epochFees(epoch);
        if (total != fees) revert RewardsDoNotMatchFees(epoch, total, fees);

        epochRewarded[epoch] = true;
        emit EpochRewardsSubmitted(epoch, operators.length, total);

        if (address(this).balance < total) tm.withdraw();
        IWrappedEther(rewardToken).deposit{value: total}();
        IERC20(rewardToken).forceApprove(address(rewardsCoordinator), total);
        IRewardsCoordinatorMinimal.OperatorDirectedRewardsSubmission[] memory submissions =
            new IRewardsCoordinatorMinimal.OperatorDirectedRewardsSubmission[](1);
        submissions[0] = IRewardsCoordinatorMinimal.OperatorDirectedRewardsSubmission({
            strategiesAndMultipliers: _sortedStrategiesOfQuorum0(),
            token: rewardToken,
            operatorRewards: rewards,
            startTimestamp: uint32(start),
            duration: interval,
            description: "Blockless AVS task fees"
        });
        rewardsCoordinator.createOperatorDirectedOperatorSetRewardsSubmission(
            IRewardsCoordinatorMinimal.OperatorSet(address(this), 0), submissions
        );
    }

    /// @notice Every strategy any quorum of this AVS counts stake in (duplicates possible across quorums).
    function getRestakeableStrategies() external view returns (address[] memory) {
        return _strategiesOfQuorums(type(uint256).max);
    }

    /// @notice The strategies an operator's stake is counted in, from the quorums it is registered in.
    /// @param operator the operator
    function getOperatorRestakedStrategies(address operator) external view returns (address[] memory) {
        if (address(registryCoordinator) == address(0)) revert RegistryCoordinatorNotSet();
        bytes32 operatorId = registryCoordinator.getOperatorId(operator);
        uint256 bitmap = registryCoordinator.getCurrentQuorumBitmap(operatorId);
        return _strategiesOfQuorums(bitmap);
    }

    /// @dev Quorum 0's strategies and multipliers in ascending strategy order, as the
    /// RewardsCoordinator requires (insertion sort: a quorum has a handful of strategies).
    function _sortedStrategiesOfQuorum0()
        internal
        view
        returns (IRewardsCoordinatorMinimal.StrategyAndMultiplier[] memory list)
    {
        if (address(registryCoordinator) == address(0)) revert RegistryCoordinatorNotSet();
        uint256 len = stakeRegistry.strategyParamsLength(0);
        list = new IRewardsCoordinatorMinimal.StrategyAndMultiplier[](len);
        for (uint256 i = 0; i < len; i++) {
            IStakeRegistryViews.StrategyParams memory p = stakeRegistry.strategyParamsByIndex(0, i);
            uint256 j = i;
            while (j > 0 && list[j - 1].strategy > p.strategy) {
                list[j] = list[j - 1];
                j--;
            }
            list[j] = IRewardsCoordinatorMinimal.StrategyAndMultiplier(p.strategy, p.multiplier);
        }
    }

    function _tokenSeenBefore(IRewardsCoordinatorMinimal.RewardsSubmission[] calldata submissions, uint256 i)
        internal
        pure
        returns (bool)
    {
        for (uint256 j = 0; j < i; j++) {
            if (submissions[j].token == submissions[i].token) return true;
        }
        return false;
    }

    function _strategiesOfQuorums(uint256 bitmap) internal view returns (address[] memory strategies) {
        if (address(registryCoordinator) == address(0)) revert RegistryCoordinatorNotSet();
        uint8 quorumCount = registryCoordinator.quorumCount();
        uint256 n;
        for (uint8 q = 0; q < quorumCount; q++) {
            if ((bitmap >> q) & 1 == 1) n += stakeRegistry.strategyParamsLength(q);
        }
        strategies = new address[](n);
        uint256 k;
        for (uint8 q = 0; q < quorumCount; q++) {
            if ((bitmap >> q) & 1 == 0) continue;
            uint256 len = stakeRegistry.strategyParamsLength(q);
            for (uint256 i = 0; i < len; i++) {
                strategies[k++] = stakeRegistry.strategyParamsByIndex(q, i).strategy;
            }
        }
    }
}
