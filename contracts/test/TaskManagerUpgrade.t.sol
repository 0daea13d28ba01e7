// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {ProxyAdmin} from "@openzeppelin/contracts/proxy/transparent/ProxyAdmin.sol";
import {ITransparentUpgradeableProxy} from "@openzeppelin/contracts/proxy/transparent/TransparentUpgradeableProxy.sol";
import {ERC1967Utils} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Utils.sol";
import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {TaskManager} from "../src/TaskManager.sol";
import {ITaskManager} from "../src/interfaces/ITaskManager.sol";
import {IRegistryCoordinatorViews} from "../src/interfaces/IMiddleware.sol";
import {TaskManagerBase} from "./TaskManagerBase.sol";
import {TaskManagerV2} from "./doubles/TaskManagerV2.sol";

/// @notice The TaskManager behind its TransparentUpgradeableProxy: initialised once, upgraded only
/// by the ProxyAdmin's owner, and its state (tasks, functions, balances, settings) survives an upgrade.
contract TaskManagerUpgradeTest is TaskManagerBase {
    uint64 internal fn;

    function setUp() public override {
        super.setUp();
        fn = _registerFunction(10);
    }

    function _proxyAdmin() internal view returns (ProxyAdmin) {
        return ProxyAdmin(address(uint160(uint256(vm.load(address(tm), ERC1967Utils.ADMIN_SLOT)))));
    }

    function _implementation() internal view returns (address) {
        return address(uint160(uint256(vm.load(address(tm), ERC1967Utils.IMPLEMENTATION_SLOT))));
    }

    function _upgrade() internal returns (TaskManagerV2 v2) {
        v2 = new TaskManagerV2(IRegistryCoordinatorViews(address(registry)));
        ProxyAdmin admin = _proxyAdmin();
        vm.prank(owner);
        admin.upgradeAndCall(ITransparentUpgradeableProxy(address(tm)), address(v2), "");
    }

    function test_initializedOnce() public {
        assertEq(tm.owner(), owner);
        assertEq(tm.feeRecipient(), owner);
        assertEq(tm.nextFunctionId(), 2);
        assertEq(tm.nextTaskId(), 1);
        assertEq(tm.minResponseWindow(), MIN_WINDOW);
        assertEq(tm.maxResponseWindow(), MAX_WINDOW);
        assertEq(_implementation(), address(tmImpl));
        assertEq(_proxyAdmin().owner(), owner);
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        tm.initialize(requester, requester, 1, 2);
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        tmImpl.initialize(requester, requester, 1, 2);
    }

    /// A task created before the upgrade is still pending after it, with the same hash, and is
    /// answered through the new implementation; functions, fees and settings are kept.
    function test_upgradeKeepsPendingTask() public {
        vm.prank(owner);
        tm.setMinTaskFee(1 gwei);
        (uint32 id, ITaskManager.Task memory task) = _createTask(_request(fn, "in", 50, 50), 1 ether);
        ITaskManager.TaskRecord memory before = tm.getTask(id);

        TaskManagerV2 v2 = _upgrade();
        assertEq(_implementation(), address(v2));
        TaskManagerV2(address(tm)).bump();
        TaskManagerV2(address(tm)).bump();
        // upgradeCounter is internal (no getter: the first version is at the code size limit); it is
        // the first slot after TaskManager's gap, slot 150.
        assertEq(uint256(vm.load(address(tm), bytes32(uint256(150)))), 2);

        ITaskManager.TaskRecord memory kept = tm.getTask(id);
        assertEq(kept.taskHash, before.taskHash);
        assertEq(uint8(kept.state), uint8(ITaskManager.TaskState.Pending));
        assertEq(tm.getFunction(fn).owner, address(this));
        assertEq(tm.owner(), owner);
        assertEq(tm.minTaskFee(), 1 gwei);
        assertEq(tm.runtimeEnvironment(ITaskManager.RuntimeKind.Wasm), WASM_ENV);
        assertEq(tm.nextTaskId(), id + 1);
        assertEq(address(tm).balance, 1 ether);

        vm.roll(block.number + 1);
        ITaskManager.TaskResponse memory resp = _response(id, "out");
        tm.respondToTask(task, resp, _certificate(0, tm.responseDigest(task, resp)));
        assertEq(uint8(tm.getTask(id).state), uint8(ITaskManager.TaskState.Responded));
        assertEq(tm.balances(owner), 1 ether);
        // New tasks continue the old counter.
        (uint32 next,) = _createTask(_request(fn, "in", 50, 50), 1 gwei);
        assertEq(next, id + 1);
    }

    function test_onlyProxyAdminOwnerUpgrades() public {
        TaskManagerV2 v2 = new TaskManagerV2(IRegistryCoordinatorViews(address(registry)));
        ProxyAdmin admin = _proxyAdmin();
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, requester));
        vm.prank(requester);
        admin.upgradeAndCall(ITransparentUpgradeableProxy(address(tm)), address(v2), "");
        // The TaskManager's owner calling the proxy directly reaches the implementation, which has no
        // upgrade function.
        vm.prank(owner);
        (bool ok,) = address(tm).call(abi.encodeCall(ITransparentUpgradeableProxy.upgradeToAndCall, (address(v2), "")));
        assertFalse(ok);
        assertEq(_implementation(), address(tmImpl));
    }

    /// The slots of the first variables of each contract in the chain: a version that moves them
    /// would read another version's data. OwnablePausable from slot 0, BLSSignatureChecker's gap
    /// from 50, TaskManager from 100 (counters, windows and minTaskFee packed; aggregator and the
    /// stale-stake switch packed), each followed by its gap.
    function test_storageLayout() public {
        vm.startPrank(owner);
        tm.setStaleStakesForbidden(true);
        tm.setMinTaskFee(7);
        tm.setAggregator(address(0xA66));
        tm.setFeeRecipient(address(0xFEE));
        vm.stopPrank();
        assertEq(address(uint160(uint256(vm.load(address(tm), bytes32(uint256(0)))))), owner);
        assertEq(uint256(vm.load(address(tm), bytes32(uint256(50)))), 0);
        uint256 packed = uint256(vm.load(address(tm), bytes32(uint256(100))));
        assertEq(packed & type(uint64).max, 2, "nextFunctionId");
        assertEq((packed >> 64) & type(uint32).max, 1, "nextTaskId");
        assertEq((packed >> 96) & type(uint32).max, MIN_WINDOW, "minResponseWindow");
        assertEq((packed >> 128) & type(uint32).max, MAX_WINDOW, "maxResponseWindow");
        assertEq(packed >> 160, 7, "minTaskFee");
        uint256 aggregatorSlot = uint256(vm.load(address(tm), bytes32(uint256(101))));
        assertEq(aggregatorSlot & type(uint160).max, uint160(address(0xA66)), "aggregator");
        assertEq(aggregatorSlot >> 160, 1, "staleStakesForbidden");
        assertEq(address(uint160(uint256(vm.load(address(tm), bytes32(uint256(102)))))), address(0xFEE));
    }
}
