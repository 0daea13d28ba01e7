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
    IRegistryCoordinatorViews
} from "../src/interfaces/IMiddleware.sol";
import {CoreRecorder, NoReturnToken, TestToken} from "./doubles/CoreDoubles.sol";

contract ServiceManagerTest is Test {
    CoreRecorder internal core;
    ServiceManager internal sm;
    address internal owner = makeAddr("owner");

    function setUp() public {
        core = new CoreRecorder();
        ServiceManager impl = new ServiceManager(
            address(0xd1),
            IAllocationManagerMinimal(address(core)),
            IPermissionControllerMinimal(address(core)),
            IRewardsCoordinatorMinimal(address(core))
        );
        bytes memory init = abi.encodeCall(ServiceManager.initialize, (owner));
        sm = ServiceManager(address(new TransparentUpgradeableProxy(address(impl), owner, init)));
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
