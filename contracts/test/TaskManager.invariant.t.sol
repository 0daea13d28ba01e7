// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {TaskManager} from "../src/TaskManager.sol";
import {ITaskManager} from "../src/interfaces/ITaskManager.sol";
import {TaskManagerBase} from "./TaskManagerBase.sol";

/// @notice Drives the TaskManager through random sequences of create / respond / expire /
/// withdraw and records what should be true in ghost variables.
contract TaskHandler is TaskManagerBase {
    ITaskManager.Task[] internal tasks;
    uint32[] internal ids;
    uint256 public ghostPendingFees;
    uint256 public ghostCreated;
    uint256 public ghostFinished;
    uint64 internal fn;

    constructor() {
        setUp();
        fn = _registerFunction(10);
    }

    function manager() external view returns (TaskManager) {
        return tm;
    }

    function taskCount() external view returns (uint256) {
        return ids.length;
    }

    function taskAt(uint256 i) external view returns (uint32, ITaskManager.Task memory) {
        return (ids[i], tasks[i]);
    }

    function create(uint96 fee, uint32 window) external {
        fee = uint96(bound(fee, 0, 1 ether));
        window = uint32(bound(window, MIN_WINDOW, 20));
        vm.deal(requester, requester.balance + fee);
        (uint32 id, ITaskManager.Task memory task) = _createTask(_request(fn, "in", 50, window), fee);
        ids.push(id);
        tasks.push(task);
        ghostPendingFees += fee;
        ghostCreated++;
    }

    function respond(uint256 which) external {
        if (ids.length == 0) return;
        uint256 i = bound(which, 0, ids.length - 1);
        ITaskManager.Task memory task = tasks[i];
        if (tm.getTask(ids[i]).state != ITaskManager.TaskState.Pending || block.number > task.deadlineBlock) return;
        if (block.number <= task.referenceBlock) vm.roll(task.referenceBlock + 1);
        ITaskManager.TaskResponse memory resp = _response(ids[i], "out");
        tm.respondToTask(task, resp, _certificate(0, tm.responseDigest(task, resp)));
        ghostPendingFees -= task.fee;
        ghostFinished++;
    }

    function expire(uint256 which) external {
        if (ids.length == 0) return;
        uint256 i = bound(which, 0, ids.length - 1);
        ITaskManager.Task memory task = tasks[i];
        if (tm.getTask(ids[i]).state != ITaskManager.TaskState.Pending) return;
        if (block.number <= task.deadlineBlock) vm.roll(task.deadlineBlock + 1);
        tm.expireTask(ids[i], task);
        ghostPendingFees -= task.fee;
        ghostFinished++;
    }

    function withdraw(bool asOwner) external {
        address who = asOwner ? owner : requester;
        if (tm.balances(who) == 0) return;
        vm.prank(who);
        tm.withdraw();
    }

    function advance(uint8 blocks) external {
        vm.roll(block.number + bound(blocks, 1, 10));
    }
}

contract TaskManagerInvariantTest is TaskManagerBase {
    TaskHandler internal handler;

    function setUp() public override {
        handler = new TaskHandler();
        targetContract(address(handler));
        // Only the lifecycle actions: the handler's own set-up and views are not actions.
        bytes4[] memory selectors = new bytes4[](5);
        selectors[0] = TaskHandler.create.selector;
        selectors[1] = TaskHandler.respond.selector;
        selectors[2] = TaskHandler.expire.selector;
        selectors[3] = TaskHandler.withdraw.selector;
        selectors[4] = TaskHandler.advance.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    /// Every wei the contract holds is owed to someone: a withdrawable balance or a pending fee.
    function invariant_feesAccountedFor() public {
        TaskManager m = handler.manager();
        uint256 owed = m.balances(makeAddr("owner")) + m.balances(makeAddr("requester")) + handler.ghostPendingFees();
        assertEq(address(m).balance, owed);
    }

    /// Task ids are dense and every created task is in exactly one lifecycle state.
    function invariant_taskStates() public view {
        TaskManager m = handler.manager();
        assertEq(uint256(m.nextTaskId()) - 1, handler.ghostCreated());
        uint256 finished;
        for (uint256 i = 0; i < handler.taskCount(); i++) {
            (uint32 id,) = handler.taskAt(i);
            ITaskManager.TaskState s = m.getTask(id).state;
            assertTrue(s != ITaskManager.TaskState.None);
            if (s != ITaskManager.TaskState.Pending) finished++;
        }
        assertEq(finished, handler.ghostFinished());
    }
}
