// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {Test} from "forge-std/Test.sol";
import {TransparentUpgradeableProxy} from "@openzeppelin/contracts/proxy/transparent/TransparentUpgradeableProxy.sol";
import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {ServiceManager} from "../src/ServiceManager.sol";
import {OwnablePausable} from "../src/access/OwnablePausable.sol";
import {
    IAllocationManagerMinimal,
    IPermissionControllerMinimal,
    IRewardsCoordinatorMinimal,
    IRegistryCoordinatorViews,
    ITaskManagerFees
} from "../src/interfaces/IMiddleware.sol";
import {WrappedEther} from "../src/WrappedEther.sol";
import {CoreRecorder, FeesDouble, NoReturnToken, TestToken} from "./doubles/CoreDoubles.sol";
import {RegistryDouble} from "./doubles/RegistryDouble.sol";

/// @dev A ServiceManager proxy over `core` (every EigenLayer core role), owned by `owner`.
function deployServiceManager(CoreRecorder core, address owner) returns (ServiceManager) {
    ServiceManager impl = new ServiceManager(
        address(0xd1),
        IAllocationManagerMinimal(address(core)),
        IPermissionControllerMinimal(address(core)),
        IRewardsCoordinatorMinimal(address(core))
    );
    bytes memory init = abi.encodeCall(ServiceManager.initialize, (owner));
    return ServiceManager(payable(address(new TransparentUpgradeableProxy(address(impl), owner, init))));
}

contract ServiceManagerTest is Test {
    CoreRecorder internal core;
    ServiceManager internal sm;
    address internal owner = makeAddr("owner");

    function setUp() public {
        core = new CoreRecorder();
        sm = deployServiceManager(core, owner);
    }

    function test_initializedOnce() public {
        assertEq(sm.owner(), owner);
        assertEq(sm.pauser(), owner);
        assertEq(sm.rewardsInitiator(), owner);
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        sm.initialize(makeAddr("attacker"));
        ServiceManager impl = new ServiceManager(
            address(0xd1),
            IAllocationManagerMinimal(address(core)),
            IPermissionControllerMinimal(address(core)),
            IRewardsCoordinatorMinimal(address(core))
        );
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        impl.initialize(makeAddr("attacker"));
    }

    function test_actsAsTheAVSAccount() public {
        vm.startPrank(owner);
        sm.updateAVSMetadataURI("ipfs://meta");
        assertEq(core.lastAvs(), address(sm));
        assertEq(core.lastURI(), "ipfs://meta");
        sm.setAVSRegistrar(address(0xc0));
        assertEq(core.lastRegistrar(), address(0xc0));
        sm.setAppointee(address(0xa1), address(core), bytes4(0x261f84e0));
        assertEq(core.lastAppointee(), address(0xa1));
        assertEq(core.lastSelector(), bytes4(0x261f84e0));
        sm.removeAppointee(address(0xa1), address(core), bytes4(0x261f84e0));
        assertEq(core.lastAppointee(), address(0));
        vm.stopPrank();
        assertEq(sm.avsDirectory(), address(0xd1));
    }

    function test_onlyOwner() public {
        address stranger = makeAddr("stranger");
        vm.startPrank(stranger);
        vm.expectRevert(OwnablePausable.NotOwner.selector);
        sm.updateAVSMetadataURI("x");
        vm.expectRevert(OwnablePausable.NotOwner.selector);
        sm.setAVSRegistrar(stranger);
        vm.expectRevert(OwnablePausable.NotOwner.selector);
        sm.setAppointee(stranger, stranger, bytes4(0));
        vm.expectRevert(OwnablePausable.NotOwner.selector);
        sm.setRegistryCoordinator(IRegistryCoordinatorViews(stranger));
        vm.expectRevert(OwnablePausable.NotOwner.selector);
        sm.deregisterOperatorFromOperatorSets(stranger, new uint32[](0));
        vm.stopPrank();
    }

    function test_ownershipTwoStep() public {
        address next = makeAddr("next");
        vm.prank(owner);
        sm.transferOwnership(next);
        assertEq(sm.owner(), owner);
        vm.expectRevert(OwnablePausable.NotPendingOwner.selector);
        sm.acceptOwnership();
        vm.prank(next);
        sm.acceptOwnership();
        assertEq(sm.owner(), next);
    }

    function test_rewardsSubmission() public {
        TestToken token = new TestToken();
        token.mint(owner, 100);
        IRewardsCoordinatorMinimal.RewardsSubmission[] memory s = new IRewardsCoordinatorMinimal.RewardsSubmission[](1);
        s[0].token = address(token);
        s[0].amount = 60;
        s[0].duration = 86400;
        vm.prank(makeAddr("stranger"));
        vm.expectRevert(ServiceManager.NotRewardsInitiator.selector);
        sm.createAVSRewardsSubmission(s);
        vm.startPrank(owner);
        vm.expectRevert(ServiceManager.TokenTransferFailed.selector); // not approved yet
        sm.createAVSRewardsSubmission(s);
        token.approve(address(sm), 60);
        sm.createAVSRewardsSubmission(s);
        vm.stopPrank();
        assertEq(core.rewardsSubmissions(), 1);
        assertEq(token.balanceOf(address(core)), 60);
        assertEq(token.allowance(address(sm), address(core)), 0);
    }

    /// Two submissions of one token (e.g. two strategy sets) in one call: the coordinator must be
    /// allowed to pull both amounts, not only the last one approved.
    function test_rewardsSubmission_sameTokenTwice() public {
        TestToken token = new TestToken();
        TestToken other = new TestToken();
        token.mint(owner, 100);
        other.mint(owner, 5);
        IRewardsCoordinatorMinimal.RewardsSubmission[] memory s = new IRewardsCoordinatorMinimal.RewardsSubmission[](3);
        (s[0].token, s[0].amount, s[0].duration) = (address(token), 60, 86400);
        (s[1].token, s[1].amount, s[1].duration) = (address(other), 5, 86400);
        (s[2].token, s[2].amount, s[2].duration) = (address(token), 40, 86400);
        vm.startPrank(owner);
        token.approve(address(sm), 100);
        other.approve(address(sm), 5);
        vm.expectEmit(false, false, false, true, address(sm));
        emit ServiceManager.RewardsSubmitted(3, 105);
        sm.createAVSRewardsSubmission(s);
        vm.stopPrank();
        assertEq(core.rewardsSubmissions(), 3);
        assertEq(token.balanceOf(address(core)), 100);
        assertEq(other.balanceOf(address(core)), 5);
        assertEq(token.balanceOf(address(sm)), 0);
        assertEq(token.allowance(address(sm), address(core)), 0);
    }

    /// Tokens whose approve and transferFrom return nothing (USDT-style) work through SafeERC20 (raw
    /// calls expecting a bool revert on them); a pull such a token refuses by reverting is
    /// TokenTransferFailed, as for tokens returning false.
    function test_rewardsSubmission_tokenWithoutReturnValue() public {
        NoReturnToken token = new NoReturnToken();
        token.mint(owner, 100);
        IRewardsCoordinatorMinimal.RewardsSubmission[] memory s = new IRewardsCoordinatorMinimal.RewardsSubmission[](1);
        (s[0].token, s[0].amount, s[0].duration) = (address(token), 30, 86400);
        vm.startPrank(owner);
        vm.expectRevert(ServiceManager.TokenTransferFailed.selector); // not approved yet
        sm.createAVSRewardsSubmission(s);
        token.approve(address(sm), 100);
        sm.createAVSRewardsSubmission(s);
        s[0].amount = 70;
        sm.createAVSRewardsSubmission(s);
        vm.stopPrank();
        assertEq(core.rewardsSubmissions(), 2);
        assertEq(token.balanceOf(address(core)), 100);
        assertEq(token.allowance(address(sm), address(core)), 0);
    }

    function test_registryCoordinatorSetOnce() public {
        vm.expectRevert(ServiceManager.RegistryCoordinatorNotSet.selector);
        sm.getRestakeableStrategies();
    }
}

/// @notice Epoch fees paid out as operator-directed rewards.
contract ServiceManagerEpochRewardsTest is Test {
    CoreRecorder internal core;
    ServiceManager internal sm;
    FeesDouble internal fees;
    WrappedEther internal weth;
    RegistryDouble internal registry;
    address internal owner = makeAddr("owner");
    address internal opA = address(0xA1);
    address internal opB = address(0xB2);

    function setUp() public {
        core = new CoreRecorder();
        sm = deployServiceManager(core, owner);
        registry = new RegistryDouble();
        registry.addStrategy(address(0x5300), 2);
        registry.addStrategy(address(0x5100), 1);
        fees = new FeesDouble();
        weth = new WrappedEther();
        vm.startPrank(owner);
        sm.setRegistryCoordinator(IRegistryCoordinatorViews(address(registry)));
        sm.setFeeRewards(ITaskManagerFees(address(fees)), address(weth));
        vm.stopPrank();
        vm.deal(address(this), 100 ether);
        fees.credit{value: 3 ether}(address(sm), 5, 3 ether);
        vm.warp(6 days + 1);
    }

    function _pair(uint256 a, uint256 b) internal view returns (address[] memory ops, uint256[] memory amounts) {
        ops = new address[](2);
        ops[0] = opA;
        ops[1] = opB;
        amounts = new uint256[](2);
        amounts[0] = a;
        amounts[1] = b;
    }

    function test_paysTheEpochFeesAsWrappedEther() public {
        (address[] memory ops, uint256[] memory amounts) = _pair(1 ether, 2 ether);
        vm.expectEmit(address(sm));
        emit ServiceManager.EpochRewardsSubmitted(5, 2, 3 ether);
        vm.prank(owner);
        sm.submitEpochRewards(5, ops, amounts);
        assertTrue(sm.epochRewarded(5));
        assertEq(weth.balanceOf(address(core)), 3 ether);
        assertEq(address(weth).balance, 3 ether);
        assertEq(address(sm).balance, 0);
        (address avs, uint32 setId) = core.lastOperatorSet();
        assertEq(avs, address(sm));
        assertEq(setId, 0);
        assertEq(core.lastToken(), address(weth));
        assertEq(core.lastStart(), 5 days);
        assertEq(core.lastDuration(), 1 days);
        (address[] memory gotOps, uint256[] memory gotAmounts, address[] memory strategies) = core.lastDirectedRewards();
        assertEq(gotOps[1], opB);
        assertEq(gotAmounts[1], 2 ether);
        // The RewardsCoordinator wants strategies in ascending order, whatever the registry's order.
        assertEq(strategies[0], address(0x5100));
        assertEq(strategies[1], address(0x5300));
    }

    function test_anEpochIsPaidOnce() public {
        (address[] memory ops, uint256[] memory amounts) = _pair(1 ether, 2 ether);
        vm.startPrank(owner);
        sm.submitEpochRewards(5, ops, amounts);
        vm.expectRevert(abi.encodeWithSelector(ServiceManager.EpochAlreadyRewarded.selector, uint64(5)));
        sm.submitEpochRewards(5, ops, amounts);
        vm.stopPrank();
    }

    function test_amountsMustMatchTheEpochFees() public {
        (address[] memory ops, uint256[] memory amounts) = _pair(1 ether, 2 ether + 1);
        vm.prank(owner);
        vm.expectRevert(
            abi.encodeWithSelector(ServiceManager.RewardsDoNotMatchFees.selector, uint64(5), 3 ether + 1, 3 ether)
        );
        sm.submitEpochRewards(5, ops, amounts);
        // Another epoch's fees are not this one's.
        (ops, amounts) = _pair(1 ether, 2 ether);
        vm.prank(owner);
        vm.expectRevert(abi.encodeWithSelector(ServiceManager.RewardsDoNotMatchFees.selector, uint64(4), 3 ether, 0));
        sm.submitEpochRewards(4, ops, amounts);
        assertFalse(sm.epochRewarded(5));
    }

    function test_onlyFinishedEpochs() public {
        fees.credit{value: 1 ether}(address(sm), 6, 1 ether);
        (address[] memory ops, uint256[] memory amounts) = _pair(0.5 ether, 0.5 ether);
        vm.prank(owner);
        vm.expectRevert(abi.encodeWithSelector(ServiceManager.EpochNotOver.selector, uint64(6), 7 days));
        sm.submitEpochRewards(6, ops, amounts);
    }

    function test_refusesBadLists() public {
        (address[] memory ops, uint256[] memory amounts) = _pair(2 ether, 1 ether);
        ops[1] = opA; // not ascending
        vm.startPrank(owner);
        vm.expectRevert(ServiceManager.InvalidRewards.selector);
        sm.submitEpochRewards(5, ops, amounts);
        (ops, amounts) = _pair(3 ether, 0); // a zero amount
        vm.expectRevert(ServiceManager.InvalidRewards.selector);
        sm.submitEpochRewards(5, ops, amounts);
        vm.expectRevert(ServiceManager.InvalidRewards.selector);
        sm.submitEpochRewards(5, new address[](0), new uint256[](0));
        vm.stopPrank();
        vm.prank(makeAddr("stranger"));
        vm.expectRevert(ServiceManager.NotRewardsInitiator.selector);
        sm.submitEpochRewards(5, ops, amounts);
    }

    function test_strayEtherIsRefused() public {
        (bool ok,) = address(sm).call{value: 1}("");
        assertFalse(ok);
    }

    function test_feeRewardsSetOnceWithTheRewardsInterval() public {
        vm.prank(owner);
        vm.expectRevert(ServiceManager.FeeRewardsAlreadySet.selector);
        sm.setFeeRewards(ITaskManagerFees(address(fees)), address(weth));
    }

    function test_gas_submitEpochRewards() public {
        uint256 n = 16;
        address[] memory ops = new address[](n);
        uint256[] memory amounts = new uint256[](n);
        for (uint256 i = 0; i < n; i++) {
            ops[i] = address(uint160(0x1000 + i));
            amounts[i] = 3 ether / n;
        }
        amounts[0] += 3 ether - (3 ether / n) * n;
        vm.prank(owner);
        sm.submitEpochRewards(5, ops, amounts);
        vm.snapshotGasLastCall("ServiceManager", "submitEpochRewards_16operators");
    }
}
