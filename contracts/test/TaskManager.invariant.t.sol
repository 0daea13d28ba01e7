// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {TaskManager} from "../src/TaskManager.sol";
import {ITaskManager} from "../src/interfaces/ITaskManager.sol";
import {TaskManagerBase} from "./TaskManagerBase.sol";
import {BatchHelpers} from "./BatchHelpers.sol";

/// @notice Drives the TaskManager through random sequences of create / createTasks / respond /
/// respondToTasks / expire / withdraw and records what should be true in ghost variables.
contract TaskHandler is BatchHelpers {
    ITaskManager.Task[] internal tasks;
    uint32[] internal ids;
    uint256 public ghostPendingFees;
    uint256 public ghostCreated;
    uint256 public ghostFinished;
    uint256 public ghostBatches;
    uint256 public ghostOwnerWithdrawn;
    uint256 public firstEpoch;
    uint64 internal fn;
    uint64 internal priced; // metered: base fee + fuel price, unused fuel refunded
    uint256 internal quote;

    constructor() {
        setUp();
        fn = _registerFunction(10);
        ITaskManager.FunctionSpec memory s = _spec(10);
        s.baseFee = 0.01 ether;
        s.fuelPrice = 1e6; // the 1e9 fuel limit reserves 0.001 ether
        priced = tm.registerFunction(s);
        quote = s.baseFee + uint256(s.limits.fuel) * s.fuelPrice;
        firstEpoch = block.timestamp / REWARDS_EPOCH;
    }

    /// The function and deposit of a new task: the flat function with `fee`, or the metered one
    /// with its quote plus up to 1 ether more.
    function _terms(uint96 fee, bool metered) internal view returns (uint64, uint256) {
        if (metered) return (priced, quote + bound(fee, 0, 1 ether));
        return (fn, bound(fee, 0, 1 ether));
    }

    /// A response with a fuel figure anywhere in [0, limit], from `seed`.
    function _metered(uint32 id, uint256 seed) internal pure returns (ITaskManager.TaskResponse memory r) {
        r = _response(id, "out");
        r.fuelUsed = uint64(bound(seed, 0, _limits().fuel));
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

    function create(uint96 amount, uint32 window, bool metered) external {
        (uint64 f, uint256 fee) = _terms(amount, metered);
        window = uint32(bound(window, MIN_WINDOW, 20));
        vm.deal(requester, requester.balance + fee);
        (uint32 id, ITaskManager.Task memory task) = _createTask(_request(f, "in", 50, window), fee);
        ids.push(id);
        tasks.push(task);
        ghostPendingFees += fee;
        ghostCreated++;
    }

    function createMany(uint96 amount, uint8 count, uint32 window, bool metered) external {
        (uint64 f, uint256 fee) = _terms(amount, metered);
        uint256 n = bound(count, 1, 6);
        window = uint32(bound(window, MIN_WINDOW, 20));
        ITaskManager.TaskRequest[] memory reqs = new ITaskManager.TaskRequest[](n);
        for (uint256 i = 0; i < n; i++) {
            reqs[i] = _request(f, abi.encodePacked("in", i), 50, window);
        }
        vm.deal(requester, requester.balance + fee * n);
        (uint32[] memory newIds, ITaskManager.Task[] memory newTasks) = _createBatch(reqs, fee * n);
        for (uint256 i = 0; i < n; i++) {
            ids.push(newIds[i]);
            tasks.push(newTasks[i]);
        }
        ghostPendingFees += fee * n;
        ghostCreated += n;
    }

    /// Answers up to `size` answerable tasks, starting at a random one, in one batch.
    function respondBatch(uint256 start, uint8 size, uint256 fuelSeed) external {
        if (ids.length == 0) return;
        vm.roll(block.number + 1); // every task created so far has its reference block in the past
        uint256 max = bound(size, 1, 8);
        uint256 first = bound(start, 0, ids.length - 1);
        ITaskManager.Task[] memory picked = new ITaskManager.Task[](max);
        uint32[] memory pickedIds = new uint32[](max);
        uint256 n;
        for (uint256 k = 0; k < ids.length && n < max; k++) {
            uint256 i = (first + k) % ids.length;
            if (tm.getTask(ids[i]).state != ITaskManager.TaskState.Pending || block.number > tasks[i].deadlineBlock) {
                continue;
            }
            picked[n] = tasks[i];
            pickedIds[n++] = ids[i];
        }
        if (n == 0) return;
        ITaskManager.Task[] memory ts = new ITaskManager.Task[](n);
        uint32[] memory batchIds = new uint32[](n);
        uint256 fees;
        for (uint256 i = 0; i < n; i++) {
            ts[i] = picked[i];
            batchIds[i] = pickedIds[i];
            fees += picked[i].fee;
        }
        ITaskManager.TaskResponse[] memory rs = _responses(batchIds);
        for (uint256 i = 0; i < n; i++) {
            rs[i].fuelUsed = uint64(bound(uint256(keccak256(abi.encode(fuelSeed, i))), 0, _limits().fuel));
        }
        tm.respondToTasks(ts, rs, _maxReferenceBlock(ts), _batchCertificate(0, ts, rs));
        ghostPendingFees -= fees;
        ghostFinished += n;
        ghostBatches++;
    }

    function respond(uint256 which, uint256 fuelSeed) external {
        if (ids.length == 0) return;
        uint256 i = bound(which, 0, ids.length - 1);
        ITaskManager.Task memory task = tasks[i];
        if (tm.getTask(ids[i]).state != ITaskManager.TaskState.Pending || block.number > task.deadlineBlock) return;
        if (block.number <= task.referenceBlock) vm.roll(task.referenceBlock + 1);
        ITaskManager.TaskResponse memory resp = _metered(ids[i], fuelSeed);
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
        if (asOwner) ghostOwnerWithdrawn += tm.balances(who);
        vm.prank(who);
        tm.withdraw();
    }

    /// Moves blocks and time on: ten blocks can cross a rewards epoch.
    function advance(uint8 blocks) external {
        uint256 n = bound(blocks, 1, 10);
        vm.roll(block.number + n);
        vm.warp(block.timestamp + n * (REWARDS_EPOCH / 8));
    }
}

contract TaskManagerInvariantTest is TaskManagerBase {
    TaskHandler internal handler;

    function setUp() public override {
        handler = new TaskHandler();
        targetContract(address(handler));
        // Only the lifecycle actions: the handler's own set-up and views are not actions.
        bytes4[] memory selectors = new bytes4[](7);
        selectors[0] = TaskHandler.create.selector;
        selectors[1] = TaskHandler.respond.selector;
        selectors[2] = TaskHandler.expire.selector;
        selectors[3] = TaskHandler.withdraw.selector;
        selectors[4] = TaskHandler.advance.selector;
        selectors[5] = TaskHandler.createMany.selector;
        selectors[6] = TaskHandler.respondBatch.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    /// Every wei the contract holds is owed to someone: a withdrawable balance or a pending fee
    /// (fees in = credited to the fee recipient + refunded to the requester, unused fuel or expired
    /// deposits + held for pending tasks), whatever mix of flat and metered tasks, single and batch
    /// creations, single and batch responses with any fuel figures, and expiries ran.
    function invariant_feesAccountedFor() public {
        TaskManager m = handler.manager();
        uint256 owed = m.balances(makeAddr("owner")) + m.balances(makeAddr("requester")) + handler.ghostPendingFees();
        assertEq(address(m).balance, owed);
    }

    /// The fees counted per rewards epoch add up to exactly what the fee recipient was credited
    /// (still held plus withdrawn): what the ServiceManager may pay out is what was collected.
    function invariant_epochFeesAreTheCollectedFees() public {
        TaskManager m = handler.manager();
        uint256 counted;
        for (uint256 e = handler.firstEpoch(); e <= block.timestamp / REWARDS_EPOCH; e++) {
            counted += m.epochFees(e);
        }
        assertEq(counted, m.balances(makeAddr("owner")) + handler.ghostOwnerWithdrawn());
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
