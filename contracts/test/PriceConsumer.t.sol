// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {Vm} from "forge-std/Test.sol";
import {TaskManager} from "../src/TaskManager.sol";
import {ITaskManager} from "../src/interfaces/ITaskManager.sol";
import {PriceConsumer} from "../src/examples/PriceConsumer.sol";
import {TaskManagerBase} from "./TaskManagerBase.sol";

/// @notice The consumer callback carries who asked and what ran, so a consumer can refuse results
/// it did not ask for: anyone can register a function printing anything and name any consumer as
/// the callback of their own task.
contract PriceConsumerTest is TaskManagerBase {
    uint64 internal oracleFn;
    PriceConsumer internal consumer;
    address internal attacker = makeAddr("attacker");

    function setUp() public override {
        super.setUp();
        oracleFn = _registerFunction(10);
        consumer = new PriceConsumer(tm, oracleFn, address(this));
        vm.deal(attacker, 1 ether);
    }

    /// @dev Answers a task with an all-signers certificate and returns the CallbackResult success flag.
    function _answer(uint32 id, ITaskManager.Task memory task, bytes memory output) internal returns (bool success) {
        vm.roll(block.number + 1);
        ITaskManager.TaskResponse memory resp = _response(id, output);
        vm.recordLogs();
        tm.respondToTask(task, resp, _certificate(0, tm.responseDigest(task, resp)));
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i = 0; i < logs.length; i++) {
            if (logs[i].topics[0] == ITaskManager.CallbackResult.selector) return abi.decode(logs[i].data, (bool));
        }
        revert("no CallbackResult");
    }

    /// @dev The task the consumer's requestPrice created, from its TaskCreated event.
    function _requested(bytes memory input) internal returns (uint32 id, ITaskManager.Task memory task) {
        vm.recordLogs();
        id = consumer.requestPrice(input, 50, 50, 100_000);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i = 0; i < logs.length; i++) {
            if (logs[i].topics[0] == ITaskManager.TaskCreated.selector) {
                (task,,,) = abi.decode(logs[i].data, (ITaskManager.Task, bytes, string, string[]));
                return (id, task);
            }
        }
        revert("no TaskCreated");
    }

    function test_acceptsItsOwnTask() public {
        (uint32 id, ITaskManager.Task memory task) = _requested("feeds");
        assertEq(task.requester, address(consumer));
        assertTrue(consumer.pending(id));
        assertTrue(_answer(id, task, abi.encode(uint256(4200))));
        assertEq(consumer.price(), 4200);
        assertEq(consumer.priceTaskId(), id);
        assertFalse(consumer.pending(id));
    }

    /// The attack: own function, own task, the consumer as callback. Without the function id and
    /// requester in the callback, the consumer could not tell this from its own result.
    function test_rejectsForeignFunction() public {
        vm.startPrank(attacker);
        uint64 evilFn = tm.registerFunction(_spec(1));
        ITaskManager.TaskRequest memory r = _request(evilFn, "anything", 1, 50);
        r.callback = address(consumer);
        r.callbackGasLimit = 100_000;
        vm.recordLogs();
        uint32 id = tm.createTask(r);
        vm.stopPrank();
        ITaskManager.Task memory task = _taskFromLogs();
        assertFalse(_answer(id, task, abi.encode(uint256(1))));
        assertEq(consumer.price(), 0);
        assertEq(consumer.priceTaskId(), 0);
        // The response itself is recorded: only the consumer refused it.
        assertEq(uint8(tm.getTask(id).state), uint8(ITaskManager.TaskState.Responded));
    }

    /// The trusted function, but a task the attacker created (attacker's input).
    function test_rejectsTrustedFunctionRequestedBySomeoneElse() public {
        ITaskManager.TaskRequest memory r = _request(oracleFn, "attacker feeds", 50, 50);
        r.callback = address(consumer);
        r.callbackGasLimit = 100_000;
        vm.recordLogs();
        vm.prank(attacker);
        uint32 id = tm.createTask(r);
        ITaskManager.Task memory task = _taskFromLogs();
        assertFalse(_answer(id, task, abi.encode(uint256(1))));
        assertEq(consumer.price(), 0);
    }

    function test_rejectsDirectCalls() public {
        vm.expectRevert(abi.encodeWithSelector(PriceConsumer.NotTaskManager.selector, attacker));
        vm.prank(attacker);
        consumer.onTaskResponse(1, oracleFn, address(consumer), bytes32(0), 0, bytes32(0), abi.encode(uint256(1)));
        vm.expectRevert(PriceConsumer.NotOwner.selector);
        vm.prank(attacker);
        consumer.requestPrice("x", 50, 50, 100_000);
    }

    function test_failedExecutionLeavesPrice() public {
        (uint32 id, ITaskManager.Task memory task) = _requested("feeds");
        assertTrue(_answer(id, task, "not a word"));
        assertEq(consumer.price(), 0);
        assertFalse(consumer.pending(id));
    }

    function _taskFromLogs() internal returns (ITaskManager.Task memory task) {
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i = 0; i < logs.length; i++) {
            if (logs[i].topics[0] == ITaskManager.TaskCreated.selector) {
                (task,,,) = abi.decode(logs[i].data, (ITaskManager.Task, bytes, string, string[]));
                return task;
            }
        }
        revert("no TaskCreated");
    }
}
