// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IAllocationManagerMinimal, IRewardsCoordinatorMinimal} from "../../src/interfaces/IMiddleware.sol";

/// @notice TEST DOUBLE recording what the ServiceManager asks of EigenLayer's AllocationManager,
/// PermissionController and RewardsCoordinator. The real contracts are exercised on the devnet
/// (tests/ and devnet/): quorum creation there only works because these calls took effect.
contract CoreRecorder {
    using SafeERC20 for IERC20;

    address public lastAvs;
    string public lastURI;
    address public lastRegistrar;
    address public lastAppointee;
    bytes4 public lastSelector;
    uint256 public rewardsSubmissions;
    /// @dev The last operator-directed submission, as received.
    IRewardsCoordinatorMinimal.OperatorSet public lastOperatorSet;
    address public lastToken;
    uint32 public lastStart;
    uint32 public lastDuration;
    address[] internal lastOperators;
    uint256[] internal lastAmounts;
    address[] internal lastStrategies;
    uint32 public constant CALCULATION_INTERVAL_SECONDS = 1 days;

    function updateAVSMetadataURI(address avs, string calldata uri) external {
        lastAvs = avs;
        lastURI = uri;
    }

    function setAVSRegistrar(address avs, address registrar) external {
        lastAvs = avs;
        lastRegistrar = registrar;
    }

    function deregisterFromOperatorSets(IAllocationManagerMinimal.DeregisterParams calldata p) external {
        lastAvs = p.avs;
    }

    function setAppointee(address account, address appointee, address, bytes4 selector) external {
        lastAvs = account;
        lastAppointee = appointee;
        lastSelector = selector;
    }

    function removeAppointee(address account, address, address, bytes4) external {
        lastAvs = account;
        lastAppointee = address(0);
    }

    /// @notice Pulls each submission's tokens from the caller, as the RewardsCoordinator does.
    function createAVSRewardsSubmission(IRewardsCoordinatorMinimal.RewardsSubmission[] calldata s) external {
        for (uint256 i = 0; i < s.length; i++) {
            IERC20(s[i].token).safeTransferFrom(msg.sender, address(this), s[i].amount);
        }
        rewardsSubmissions += s.length;
    }

    /// @notice Pulls each submission's total from the caller and keeps the last one.
    function createOperatorDirectedOperatorSetRewardsSubmission(
        IRewardsCoordinatorMinimal.OperatorSet calldata set,
        IRewardsCoordinatorMinimal.OperatorDirectedRewardsSubmission[] calldata s
    ) external {
        lastOperatorSet = set;
        for (uint256 i = 0; i < s.length; i++) {
            uint256 total;
            for (uint256 j = 0; j < s[i].operatorRewards.length; j++) {
                total += s[i].operatorRewards[j].amount;
            }
            IERC20(s[i].token).safeTransferFrom(msg.sender, address(this), total);
            lastToken = s[i].token;
            lastStart = s[i].startTimestamp;
            lastDuration = s[i].duration;
            delete lastOperators;
            delete lastAmounts;
            delete lastStrategies;
            for (uint256 j = 0; j < s[i].operatorRewards.length; j++) {
                lastOperators.push(s[i].operatorRewards[j].operator);
                lastAmounts.push(s[i].operatorRewards[j].amount);
            }
            for (uint256 j = 0; j < s[i].strategiesAndMultipliers.length; j++) {
                lastStrategies.push(s[i].strategiesAndMultipliers[j].strategy);
            }
        }
        rewardsSubmissions += s.length;
    }

    function lastDirectedRewards()
        external
        view
        returns (address[] memory operators, uint256[] memory amounts, address[] memory strategies)
    {
        return (lastOperators, lastAmounts, lastStrategies);
    }
}

/// @notice TEST DOUBLE of the TaskManager's fee views: settable epoch fees, and a withdraw that
/// pays the caller its balance in ETH, like the TaskManager's. The real TaskManager's counting is
/// tested in TaskManagerFees.t.sol and the whole loop on the devnet.
contract FeesDouble {
    uint32 public constant REWARDS_EPOCH_SECONDS = 1 days;
    mapping(uint256 => uint256) public epochFees;
    mapping(address => uint256) public balances;

    function credit(address recipient, uint256 epoch, uint256 amount) external payable {
        require(msg.value == amount, "fund it");
        epochFees[epoch] += amount;
        balances[recipient] += amount;
    }

    function withdraw() external {
        uint256 amount = balances[msg.sender];
        balances[msg.sender] = 0;
        (bool ok,) = msg.sender.call{value: amount}("");
        require(ok, "withdraw failed");
    }
}

/// @notice Minimal ERC20 for rewards submissions in tests.
contract TestToken {
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;

    function mint(address to, uint256 amount) external {
        balanceOf[to] += amount;
    }

    function approve(address spender, uint256 amount) external returns (bool) {
        allowance[msg.sender][spender] = amount;
        return true;
    }

    function transferFrom(address from, address to, uint256 amount) external returns (bool) {
        if (allowance[from][msg.sender] < amount || balanceOf[from] < amount) return false;
        allowance[from][msg.sender] -= amount;
        balanceOf[from] -= amount;
        balanceOf[to] += amount;
        return true;
    }
}

/// @notice ERC20 in the style of USDT: approve and transferFrom return nothing, transferFrom reverts
/// on failure, and a non-zero allowance can only be set from zero.
contract NoReturnToken {
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;

    function mint(address to, uint256 amount) external {
        balanceOf[to] += amount;
    }

    function approve(address spender, uint256 amount) external {
        require(amount == 0 || allowance[msg.sender][spender] == 0, "allowance not zero");
        allowance[msg.sender][spender] = amount;
    }

    function transferFrom(address from, address to, uint256 amount) external {
        require(allowance[from][msg.sender] >= amount && balanceOf[from] >= amount, "transfer refused");
        allowance[from][msg.sender] -= amount;
        balanceOf[from] -= amount;
        balanceOf[to] += amount;
    }
}
