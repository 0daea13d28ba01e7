// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {Vm} from "forge-std/Test.sol";
import {ITaskManager} from "../src/interfaces/ITaskManager.sol";
import {TriggerRegistry} from "../src/TriggerRegistry.sol";
import {BatchHelpers} from "./BatchHelpers.sol";

/// @notice An account that refuses ETH (a trigger owner whose withdrawal fails).
contract EthRefuser {}

/// @notice A zk verifier that accepts every proof (the TaskManager only needs the call to succeed).
contract AcceptingVerifier {
    fallback() external {}
}

/// @notice Triggers: creation rules, scheduled and event firings (exactly once, nothing skipped),
/// prepaid balances, refunds attributed back from the TaskManager, and the task input layout.
contract TriggerRegistryTest is BatchHelpers {
    uint96 internal constant BASE = 0.001 ether;
    uint96 internal constant PRICE = 1000; // wei per unit of fuel
    uint96 internal constant FLAT_FEE = 1 gwei;
    uint64 internal constant T0 = 1_000_000;

    TriggerRegistry internal reg;
    uint64 internal flat; // unpriced function: any fee > 0 covers it
    uint64 internal priced;
    address internal alice = makeAddr("alice");
    address internal svc = makeAddr("service");
    address internal stranger = makeAddr("stranger");
    address internal emitter = makeAddr("emitter");
    bytes32 internal constant TOPIC = keccak256("Ping(uint256)");

    function setUp() public override {
        super.setUp();
        flat = _registerFunction(10);
        ITaskManager.FunctionSpec memory s = _spec(10);
        s.baseFee = BASE;
        s.fuelPrice = PRICE;
        priced = tm.registerFunction(s);
        reg = new TriggerRegistry(ITaskManager(address(tm)));
        vm.deal(alice, 100 ether);
        vm.deal(stranger, 100 ether);
        vm.warp(T0);
    }

    // ------------------------------------------------------------ helpers

    function _quote() internal pure returns (uint96) {
        return uint96(BASE + uint256(_limits().fuel) * PRICE);
    }

    function _tpl(uint64 fn, bytes memory input) internal pure returns (TriggerRegistry.TaskTemplate memory t) {
        t.functionId = fn;
        t.input = input;
        t.quorumNumbers = hex"00";
        t.quorumThresholdPercentage = 66;
        t.responseWindowBlocks = 50;
    }

    function _timeSpec(uint64 start, uint64 period, uint64 maxFirings)
        internal
        view
        returns (TriggerRegistry.TriggerSpec memory s)
    {
        s.task = _tpl(flat, "tick");
        s.schedule.kind = TriggerRegistry.ScheduleKind.Time;
        s.schedule.start = start;
        s.schedule.period = period;
        s.feePerTask = FLAT_FEE;
        s.maxFirings = maxFirings;
    }

    function _blockSpec(uint64 start, uint64 period) internal view returns (TriggerRegistry.TriggerSpec memory s) {
        s = _timeSpec(start, period, 0);
        s.schedule.kind = TriggerRegistry.ScheduleKind.Blocks;
    }

    function _eventSpec() internal view returns (TriggerRegistry.TriggerSpec memory s) {
        s = _timeSpec(0, 0, 0);
        s.task.input = "on ping";
        s.schedule.kind = TriggerRegistry.ScheduleKind.Event;
        s.schedule.emitter = emitter;
        s.schedule.topic0 = TOPIC;
    }

    function _create(TriggerRegistry.TriggerSpec memory s, uint256 value) internal returns (uint64 id) {
        vm.prank(alice);
        id = reg.createTrigger{value: value}(s);
    }

    /// @dev The task a firing created, from its TaskCreated event (the last one recorded).
    function _lastTaskCreated() internal returns (ITaskManager.Task memory task, bytes memory input) {
        Vm.Log[] memory logs = vm.getRecordedLogs();
        bool found;
        for (uint256 i = 0; i < logs.length; i++) {
            if (logs[i].topics[0] == ITaskManager.TaskCreated.selector) {
                (task, input,,) = abi.decode(logs[i].data, (ITaskManager.Task, bytes, string, string[]));
                found = true;
            }
        }
        require(found, "no TaskCreated");
    }

    function _fire(uint64 id, uint64 index)
        internal
        returns (uint32 taskId, ITaskManager.Task memory task, bytes memory input)
    {
        vm.recordLogs();
        vm.prank(stranger);
        taskId = reg.fire(id, index);
        (task, input) = _lastTaskCreated();
    }

    /// @dev Sets the hash of block `n` (mined, within the last 256) and returns it.
    function _minedBlock(uint64 n) internal returns (bytes32 h) {
        h = keccak256(abi.encode("block", n));
        vm.setBlockhash(n, h);
    }

    function _slice(bytes memory b, uint256 from, uint256 to) internal pure returns (bytes memory out) {
        out = new bytes(to - from);
        for (uint256 i = from; i < to; i++) {
            out[i - from] = b[i];
        }
    }

    // ------------------------------------------------------------ create, fund, cancel

    function test_create_storesTrigger() public {
        TriggerRegistry.TriggerSpec memory s = _timeSpec(0, 60, 5);
        vm.expectEmit(address(reg));
        emit TriggerRegistry.TriggerCreated(1, alice, s, T0, 1 ether);
        uint64 id = _create(s, 1 ether);
        assertEq(id, 1);
        assertEq(reg.nextTriggerId(), 2);
        TriggerRegistry.Trigger memory t = reg.getTrigger(id);
        assertEq(t.owner, alice);
        assertEq(t.balance, 1 ether);
        assertEq(t.firings, 0);
        assertFalse(t.cancelled);
        assertEq(t.spec.schedule.start, T0, "start 0 means now");
        assertEq(t.spec.schedule.period, 60);
        assertEq(t.spec.task.input, "tick");
        assertEq(t.spec.task.quorumNumbers, hex"00");
        assertEq(t.spec.feePerTask, FLAT_FEE);
        assertEq(t.spec.maxFirings, 5);
        assertEq(address(reg).balance, 1 ether);
        // A future start is kept as given.
        s.schedule.start = T0 + 100;
        assertEq(reg.getTrigger(_create(s, 0)).spec.schedule.start, T0 + 100);
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.UnknownTrigger.selector, uint64(9)));
        reg.getTrigger(9);
    }

    function _expectInvalid(TriggerRegistry.TriggerSpec memory s, string memory reason) internal {
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.InvalidTriggerSpec.selector, reason));
        vm.prank(alice);
        reg.createTrigger(s);
    }

    function test_create_rejectsBadSpecs() public {
        TriggerRegistry.TriggerSpec memory s = _timeSpec(0, 29, 0);
        _expectInvalid(s, "period too short");
        s = _blockSpec(0, 0);
        _expectInvalid(s, "period too short");
        s = _timeSpec(T0 - 1, 30, 0);
        _expectInvalid(s, "start in the past");
        s = _blockSpec(uint64(block.number - 1), 1);
        _expectInvalid(s, "start in the past");
        s = _timeSpec(0, 30, 0);
        s.schedule.topic0 = TOPIC;
        _expectInvalid(s, "emitter or topic on a scheduled trigger");
        s = _timeSpec(0, 30, 0);
        s.schedule.emitter = emitter;
        _expectInvalid(s, "emitter or topic on a scheduled trigger");
        s = _eventSpec();
        s.schedule.emitter = address(0);
        _expectInvalid(s, "zero emitter");
        s = _eventSpec();
        s.schedule.period = 30;
        _expectInvalid(s, "start or period on an event trigger");
        s = _timeSpec(0, 30, 0);
        s.feePerTask = 0;
        _expectInvalid(s, "zero fee");
        s = _timeSpec(0, 30, 0);
        s.task.quorumThresholdPercentage = 9; // the function's minimum is 10
        _expectInvalid(s, "threshold out of range");
        s.task.quorumThresholdPercentage = 101;
        _expectInvalid(s, "threshold out of range");
        s = _timeSpec(0, 30, 0);
        s.task.responseWindowBlocks = MIN_WINDOW - 1;
        _expectInvalid(s, "response window out of range");
        s.task.responseWindowBlocks = MAX_WINDOW + 1;
        _expectInvalid(s, "response window out of range");
        s = _timeSpec(0, 30, 0);
        s.task.callbackGasLimit = tm.MAX_CALLBACK_GAS() + 1;
        _expectInvalid(s, "callback gas too high");
        // The boundaries themselves are accepted.
        s = _timeSpec(T0, 30, 0);
        s.task.responseWindowBlocks = MAX_WINDOW;
        s.task.callbackGasLimit = tm.MAX_CALLBACK_GAS();
        _create(s, 0);
        _create(_blockSpec(uint64(block.number), 1), 0);
    }

    function test_create_checksTheFunction() public {
        TriggerRegistry.TriggerSpec memory s = _timeSpec(0, 30, 0);
        s.task.functionId = 99;
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.UnknownFunction.selector, uint64(99)));
        reg.createTrigger(s);
        tm.deactivateFunction(flat);
        s.task.functionId = flat;
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.FunctionNotActive.selector, flat));
        reg.createTrigger(s);
    }

    function test_create_feeMustCoverTheQuote() public {
        TriggerRegistry.TriggerSpec memory s = _timeSpec(0, 30, 0);
        s.task.functionId = priced;
        s.feePerTask = _quote() - 1;
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.FeeBelowQuote.selector, _quote() - 1, _quote()));
        reg.createTrigger(s);
        // The AVS floor counts too.
        vm.prank(owner);
        tm.setMinTaskFee(2 gwei);
        s = _timeSpec(0, 30, 0);
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.FeeBelowQuote.selector, FLAT_FEE, 2 gwei));
        reg.createTrigger(s);
    }

    function test_create_inputLeavesRoomForTheSuffix() public {
        uint256 max = tm.MAX_INLINE_INPUT();
        assertEq(reg.maxInlineInput(), max);
        TriggerRegistry.TriggerSpec memory s = _timeSpec(0, 30, 0);
        s.task.input = new bytes(max - 95);
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.InputTooLarge.selector, max + 1, max));
        reg.createTrigger(s);
        s.task.input = new bytes(max - 96);
        uint64 id = _create(s, 1 ether);
        _fire(id, 0); // the TaskManager takes the full-size input
        TriggerRegistry.TriggerSpec memory e = _eventSpec();
        e.task.input = new bytes(max - 191);
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.InputTooLarge.selector, max + 1, max));
        reg.createTrigger(e);
    }

    function test_fund() public {
        uint64 id = _create(_timeSpec(0, 30, 0), 1 gwei);
        vm.expectEmit(address(reg));
        emit TriggerRegistry.TriggerFunded(id, stranger, 2 gwei, 3 gwei);
        vm.prank(stranger);
        reg.fund{value: 2 gwei}(id);
        assertEq(reg.getTrigger(id).balance, 3 gwei);
        vm.expectRevert(TriggerRegistry.ZeroAmount.selector);
        reg.fund(id);
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.UnknownTrigger.selector, uint64(7)));
        reg.fund{value: 1}(7);
        vm.prank(alice);
        reg.cancel(id);
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.TriggerNotActive.selector, id));
        reg.fund{value: 1}(id);
    }

    function test_cancel_creditsTheOwner() public {
        uint64 id = _create(_timeSpec(0, 30, 0), 1 ether);
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.NotTriggerOwner.selector, id));
        vm.prank(stranger);
        reg.cancel(id);
        vm.expectEmit(address(reg));
        emit TriggerRegistry.TriggerCancelled(id, 1 ether);
        vm.expectEmit(address(reg));
        emit TriggerRegistry.Credited(alice, 1 ether);
        vm.prank(alice);
        reg.cancel(id);
        assertTrue(reg.getTrigger(id).cancelled);
        assertEq(reg.getTrigger(id).balance, 0);
        assertEq(reg.credits(alice), 1 ether);
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.TriggerNotActive.selector, id));
        vm.prank(alice);
        reg.cancel(id);
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.TriggerNotActive.selector, id));
        reg.fire(id, 0);

        uint256 before = alice.balance;
        vm.expectEmit(address(reg));
        emit TriggerRegistry.Withdrawn(alice, 1 ether);
        vm.prank(alice);
        reg.withdraw();
        assertEq(alice.balance - before, 1 ether);
        assertEq(reg.credits(alice), 0);
        vm.expectRevert(TriggerRegistry.NothingToWithdraw.selector);
        vm.prank(alice);
        reg.withdraw();
    }

    /// An owner that refuses ETH locks nothing: its credit stays, and nobody else's is affected.
    function test_withdraw_refusedKeepsTheCredit() public {
        address refuser = address(new EthRefuser());
        vm.deal(refuser, 1 ether);
        vm.startPrank(refuser);
        uint64 id = reg.createTrigger{value: 1 ether}(_timeSpec(0, 30, 0));
        reg.cancel(id);
        vm.expectRevert(TriggerRegistry.WithdrawFailed.selector);
        reg.withdraw();
        vm.stopPrank();
        assertEq(reg.credits(refuser), 1 ether);
        uint64 other = _create(_timeSpec(0, 30, 0), 1 ether);
        _fire(other, 0);
    }

    function test_receive_onlyFromTheTaskManager() public {
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.NotTaskManager.selector, stranger));
        vm.prank(stranger);
        (bool ok,) = address(reg).call{value: 1}("");
        assertTrue(ok, "expectRevert reports the reverted call as ok");
        assertEq(address(reg).balance, 0);
    }

    // ------------------------------------------------------------ scheduled firings

    function test_time_dueAndNotDue() public {
        uint64 id = _create(_timeSpec(T0 + 100, 60, 0), 1 ether);
        assertEq(reg.dueCount(id), 0);
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.NotDue.selector, id, uint64(0), uint256(T0 + 100)));
        reg.fire(id, 0);
        vm.warp(T0 + 100);
        assertEq(reg.dueCount(id), 1);
        bytes32 fid = reg.firingId(id, 0);
        assertEq(fid, keccak256(abi.encode(block.chainid, address(reg), id, uint64(0))));
        uint32 next = tm.nextTaskId();
        vm.expectEmit(address(reg));
        emit TriggerRegistry.TriggerFired(id, 0, fid, next);
        vm.prank(stranger);
        uint32 taskId = reg.fire(id, 0);
        assertTrue(reg.isFired(id, 0));
        assertEq(reg.firedTask(fid), taskId);
        (uint64 trig, uint96 fee, bool refunded) = reg.taskLinks(taskId);
        assertEq(trig, id);
        assertEq(fee, FLAT_FEE);
        assertFalse(refunded);
        assertEq(reg.getTrigger(id).balance, 1 ether - FLAT_FEE);
        assertEq(reg.getTrigger(id).firings, 1);
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.NotDue.selector, id, uint64(1), uint256(T0 + 160)));
        reg.fire(id, 1);
        vm.warp(T0 + 159);
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.NotDue.selector, id, uint64(1), uint256(T0 + 160)));
        reg.fire(id, 1);
        vm.warp(T0 + 160);
        assertEq(reg.dueCount(id), 2);
        reg.fire(id, 1);
    }

    function test_fire_twiceReverts() public {
        uint64 id = _create(_timeSpec(0, 30, 0), 1 ether);
        reg.fire(id, 0);
        bytes32 fid = reg.firingId(id, 0);
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.AlreadyFired.selector, id, fid));
        vm.prank(stranger);
        reg.fire(id, 0);
        // Much later, still once.
        vm.warp(T0 + 1 days);
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.AlreadyFired.selector, id, fid));
        reg.fire(id, 0);
        assertEq(reg.getTrigger(id).firings, 1);
    }

    /// A firing nobody fired in time stays fireable, by anyone, in any order.
    function test_skippedFiringIsFiredLater() public {
        uint64 id = _create(_timeSpec(0, 30, 0), 1 ether);
        vm.warp(T0 + 300);
        assertEq(reg.dueCount(id), 11);
        (, ITaskManager.Task memory t3, bytes memory in3) = _fire(id, 3);
        (,, bytes memory in1) = _fire(id, 1);
        assertFalse(reg.isFired(id, 0));
        assertFalse(reg.isFired(id, 2));
        vm.warp(T0 + 10 days);
        (,, bytes memory in0) = _fire(id, 0);
        (,, uint64 at3) = abi.decode(_slice(in3, 4, in3.length), (uint64, uint64, uint64));
        (,, uint64 at1) = abi.decode(_slice(in1, 4, in1.length), (uint64, uint64, uint64));
        (,, uint64 at0) = abi.decode(_slice(in0, 4, in0.length), (uint64, uint64, uint64));
        // The scheduled time is the slot's, not the time it was fired.
        assertEq(at3, T0 + 90);
        assertEq(at1, T0 + 30);
        assertEq(at0, T0);
        assertEq(t3.requester, address(reg));
        assertEq(reg.getTrigger(id).firings, 3);
    }

    function test_blocks_kind() public {
        uint64 start = uint64(block.number) + 10;
        uint64 id = _create(_blockSpec(start, 5), 1 ether);
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.NotDue.selector, id, uint64(0), uint256(start)));
        reg.fire(id, 0);
        vm.warp(T0 + 365 days); // time does not matter
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.NotDue.selector, id, uint64(0), uint256(start)));
        reg.fire(id, 0);
        vm.roll(start + 9);
        assertEq(reg.dueCount(id), 2);
        (,, bytes memory input) = _fire(id, 1);
        (uint64 tid, uint64 index, uint64 at) = abi.decode(_slice(input, 4, input.length), (uint64, uint64, uint64));
        assertEq(tid, id);
        assertEq(index, 1);
        assertEq(at, start + 5);
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.NotDue.selector, id, uint64(2), uint256(start + 10)));
        reg.fire(id, 2);
        vm.roll(start + 10);
        reg.fire(id, 2);
        reg.fire(id, 0);
    }

    function test_maxFirings() public {
        uint64 id = _create(_timeSpec(0, 30, 3), 1 ether);
        vm.warp(T0 + 1000);
        assertEq(reg.dueCount(id), 3, "capped by maxFirings");
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.FiringLimitReached.selector, id, uint64(3)));
        reg.fire(id, 3);
        uint64[] memory idx = new uint64[](3);
        (idx[0], idx[1], idx[2]) = (2, 0, 1);
        reg.fireMany(id, idx);
        assertEq(reg.getTrigger(id).firings, 3);
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.FiringLimitReached.selector, id, uint64(3)));
        reg.fire(id, 4);
    }

    function test_fireMany() public {
        uint64 id = _create(_timeSpec(0, 30, 0), 1 ether);
        vm.warp(T0 + 60);
        uint64[] memory idx = new uint64[](3);
        (idx[0], idx[1], idx[2]) = (0, 2, 1);
        uint32 next = tm.nextTaskId();
        uint32[] memory ids = reg.fireMany(id, idx);
        assertEq(ids.length, 3);
        for (uint256 i = 0; i < 3; i++) {
            assertEq(ids[i], next + i);
            assertEq(reg.firedTask(reg.firingId(id, idx[i])), ids[i]);
        }
        // One failing firing reverts the whole batch.
        vm.warp(T0 + 120);
        (idx[0], idx[1], idx[2]) = (3, 4, 2);
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.AlreadyFired.selector, id, reg.firingId(id, 2)));
        reg.fireMany(id, idx);
        assertFalse(reg.isFired(id, 3));
        assertEq(reg.fireMany(id, new uint64[](0)).length, 0);
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.UnknownTrigger.selector, uint64(9)));
        reg.fireMany(9, idx);
    }

    /// The balance runs out cleanly: the firing that leaves less than one fee says so, the next
    /// reverts with InsufficientBalance, and funding resumes it where it stopped.
    function test_outOfFunds_cleanStop() public {
        uint64 id = _create(_timeSpec(0, 30, 0), 2 * FLAT_FEE + 1);
        vm.warp(T0 + 120);
        reg.fire(id, 0);
        vm.expectEmit(address(reg));
        emit TriggerRegistry.TriggerOutOfFunds(id, 1, FLAT_FEE);
        reg.fire(id, 1);
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.InsufficientBalance.selector, id, 1, FLAT_FEE));
        reg.fire(id, 2);
        assertFalse(reg.isFired(id, 2));
        reg.fund{value: FLAT_FEE}(id);
        reg.fire(id, 2);
        assertEq(reg.getTrigger(id).balance, 1);
    }

    function test_taskManagerRefusalRevertsTheFiring() public {
        uint64 id = _create(_timeSpec(0, 30, 0), 1 ether);
        vm.prank(owner);
        tm.setMinTaskFee(FLAT_FEE + 1);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.FeeBelowMinimum.selector, FLAT_FEE, FLAT_FEE + 1));
        reg.fire(id, 0);
        assertFalse(reg.isFired(id, 0));
        assertEq(reg.getTrigger(id).balance, 1 ether);
        vm.prank(owner);
        tm.setMinTaskFee(0);
        reg.fire(id, 0);
    }

    /// What TaskManager stored (the task hash over the input digest) and emitted is the documented
    /// layout: template input, then abi.encode(id, index, scheduledAt).
    function test_inputLayout_scheduled() public {
        TriggerRegistry.TriggerSpec memory s = _timeSpec(0, 45, 0);
        s.task.input = "price of ETH in USD, a template input of odd length";
        uint64 id = _create(s, 1 ether);
        vm.warp(T0 + 100);
        (uint32 taskId, ITaskManager.Task memory task, bytes memory input) = _fire(id, 2);
        uint256 n = s.task.input.length;
        assertEq(input.length, n + 96);
        assertEq(_slice(input, 0, n), s.task.input);
        assertEq(_slice(input, n, input.length), abi.encode(id, uint64(2), uint64(T0 + 90)));
        assertEq(task.inputDigest, keccak256(input));
        assertEq(tm.getTask(taskId).taskHash, keccak256(abi.encode(task)));
        assertEq(task.functionId, flat);
        assertEq(task.fee, FLAT_FEE);
        assertEq(task.requester, address(reg));
        assertEq(task.quorumNumbers, hex"00");
        assertEq(task.quorumThresholdPercentage, 66);
        assertEq(task.deadlineBlock, block.number + 50);
    }

    // ------------------------------------------------------------ event firings

    function test_event_onlyOwnerOrService() public {
        uint64 id = _create(_eventSpec(), 1 ether);
        vm.roll(block.number + 10);
        uint64 n = uint64(block.number - 3);
        bytes32 h = _minedBlock(n);
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.NotOwnerOrService.selector, id, stranger));
        vm.prank(stranger);
        reg.fireEvent(id, h, n, 0, "");
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.NotOwnerOrService.selector, id, svc));
        vm.prank(svc);
        reg.fireEvent(id, h, n, 0, "");

        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.NotTriggerOwner.selector, id));
        vm.prank(stranger);
        reg.setService(id, stranger);
        vm.expectEmit(address(reg));
        emit TriggerRegistry.ServiceChanged(id, svc);
        vm.prank(alice);
        reg.setService(id, svc);
        assertEq(reg.getTrigger(id).service, svc);

        bytes32 fid = reg.eventFiringId(id, h, 0);
        assertEq(fid, keccak256(abi.encode(block.chainid, address(reg), id, h, uint32(0))));
        uint32 next = tm.nextTaskId();
        vm.expectEmit(address(reg));
        emit TriggerRegistry.EventFired(id, fid, h, n, 0, next);
        vm.prank(svc);
        reg.fireEvent(id, h, n, 0, "");
        vm.prank(alice);
        reg.fireEvent(id, h, n, 1, "");
        assertTrue(reg.isEventFired(id, h, 0));
        assertTrue(reg.isEventFired(id, h, 1));
        assertFalse(reg.isEventFired(id, h, 2));
        assertEq(reg.getTrigger(id).firings, 2);
        assertEq(reg.dueCount(id), 0);

        // A revoked service can no longer fire.
        vm.prank(alice);
        reg.setService(id, address(0));
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.NotOwnerOrService.selector, id, svc));
        vm.prank(svc);
        reg.fireEvent(id, h, n, 2, "");
    }

    function test_event_firesOncePerLog() public {
        uint64 id = _create(_eventSpec(), 1 ether);
        vm.roll(block.number + 5);
        uint64 n = uint64(block.number - 1);
        bytes32 h = _minedBlock(n);
        vm.prank(alice);
        reg.fireEvent(id, h, n, 7, "data");
        bytes32 fid = reg.eventFiringId(id, h, 7);
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.AlreadyFired.selector, id, fid));
        vm.prank(alice);
        reg.fireEvent(id, h, n, 7, "other data");
        // The same log index in another block is another log.
        bytes32 h2 = _minedBlock(n - 1);
        vm.prank(alice);
        reg.fireEvent(id, h2, n - 1, 7, "data");
    }

    function test_event_notBeforeCreation() public {
        vm.roll(block.number + 20);
        uint64 created = uint64(block.number);
        uint64 id = _create(_eventSpec(), 1 ether);
        assertEq(reg.getTrigger(id).spec.schedule.start, created);
        vm.roll(block.number + 5);
        bytes32 before = _minedBlock(created - 1);
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.EventBeforeTrigger.selector, id, created - 1, created));
        vm.prank(alice);
        reg.fireEvent(id, before, created - 1, 0, "");
        bytes32 atCreation = _minedBlock(created);
        vm.prank(alice);
        reg.fireEvent(id, atCreation, created, 0, "");
        assertTrue(reg.isEventFired(id, atCreation, 0));
    }

    function test_event_blockHashPinsTheChain() public {
        uint64 id = _create(_eventSpec(), 1 ether);
        vm.roll(1000);
        uint64 n = 990;
        bytes32 h = _minedBlock(n);
        bytes32 wrong = keccak256("a reorged-out block");
        vm.startPrank(alice);
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.BlockHashMismatch.selector, n, h, wrong));
        reg.fireEvent(id, wrong, n, 0, "");
        // Not mined yet: the current block and later.
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.BlockHashUnavailable.selector, uint64(1000)));
        reg.fireEvent(id, h, 1000, 0, "");
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.BlockHashUnavailable.selector, uint64(1001)));
        reg.fireEvent(id, h, 1001, 0, "");
        // Older than 256 blocks.
        bytes32 old = _minedBlock(743);
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.BlockHashUnavailable.selector, uint64(743)));
        reg.fireEvent(id, old, 743, 0, "");
        bytes32 oldest = _minedBlock(744);
        reg.fireEvent(id, oldest, 744, 0, "");
        reg.fireEvent(id, h, n, 0, "");
        vm.stopPrank();
    }

    function test_event_limitsAndKinds() public {
        TriggerRegistry.TriggerSpec memory s = _eventSpec();
        s.maxFirings = 2;
        uint64 id = _create(s, 1 ether);
        uint64 timed = _create(_timeSpec(0, 30, 0), 1 ether);
        vm.roll(block.number + 5);
        uint64 n = uint64(block.number - 1);
        bytes32 h = _minedBlock(n);
        vm.expectRevert(
            abi.encodeWithSelector(TriggerRegistry.WrongScheduleKind.selector, id, TriggerRegistry.ScheduleKind.Event)
        );
        reg.fire(id, 0);
        vm.expectRevert(
            abi.encodeWithSelector(TriggerRegistry.WrongScheduleKind.selector, timed, TriggerRegistry.ScheduleKind.Time)
        );
        vm.prank(alice);
        reg.fireEvent(timed, h, n, 0, "");
        vm.startPrank(alice);
        reg.fireEvent(id, h, n, 0, "");
        reg.fireEvent(id, h, n, 1, "");
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.FiringLimitReached.selector, id, uint64(2)));
        reg.fireEvent(id, h, n, 2, "");
        reg.cancel(timed);
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.TriggerNotActive.selector, timed));
        reg.fireEvent(timed, h, n, 0, "");
        vm.stopPrank();
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.UnknownTrigger.selector, uint64(9)));
        reg.fireEvent(9, h, n, 0, "");
    }

    function test_event_insufficientBalance() public {
        uint64 id = _create(_eventSpec(), FLAT_FEE);
        vm.roll(block.number + 5);
        uint64 n = uint64(block.number - 1);
        bytes32 h = _minedBlock(n);
        vm.startPrank(alice);
        vm.expectEmit(address(reg));
        emit TriggerRegistry.TriggerOutOfFunds(id, 0, FLAT_FEE);
        reg.fireEvent(id, h, n, 0, "");
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.InsufficientBalance.selector, id, 0, FLAT_FEE));
        reg.fireEvent(id, h, n, 1, "");
        vm.stopPrank();
    }

    function test_inputLayout_event() public {
        uint64 id = _create(_eventSpec(), 1 ether);
        vm.roll(block.number + 5);
        uint64 n = uint64(block.number - 2);
        bytes32 h = _minedBlock(n);
        bytes32[] memory topics = new bytes32[](2);
        (topics[0], topics[1]) = (TOPIC, bytes32(uint256(42)));
        bytes memory logData = abi.encode(topics, bytes("non-indexed data, 35 bytes long..."));
        vm.recordLogs();
        vm.prank(alice);
        uint32 taskId = reg.fireEvent(id, h, n, 3, logData);
        (ITaskManager.Task memory task, bytes memory input) = _lastTaskCreated();
        uint256 L = 7; // "on ping"
        assertEq(_slice(input, 0, L), bytes("on ping"));
        bytes memory suffix = _slice(input, L, input.length);
        assertEq(suffix, abi.encode(id, h, n, uint32(3), logData));
        // logData is zero-padded to whole words.
        // forge-lint: disable-next-line(divide-before-multiply)
        assertEq(suffix.length, 192 + ((logData.length + 31) / 32) * 32);
        assertEq(uint256(bytes32(_slice(suffix, 128, 160))), 0xa0, "logData offset word");
        _checkEventSuffix(suffix, id, h, n, logData);
        assertEq(task.inputDigest, keccak256(input));
        assertEq(tm.getTask(taskId).taskHash, keccak256(abi.encode(task)));
    }

    function _checkEventSuffix(bytes memory suffix, uint64 id, bytes32 h, uint64 n, bytes memory logData)
        internal
        pure
    {
        (uint64 tid, bytes32 bh, uint64 bn, uint32 li, bytes memory data) =
            abi.decode(suffix, (uint64, bytes32, uint64, uint32, bytes));
        assertEq(tid, id);
        assertEq(bh, h);
        assertEq(bn, n);
        assertEq(li, 3);
        assertEq(data, logData);
    }

    // ------------------------------------------------------------ refunds

    function _expire(ITaskManager.Task memory task, uint32 taskId) internal {
        if (block.number <= task.deadlineBlock) vm.roll(task.deadlineBlock + 1);
        tm.expireTask(taskId, task);
    }

    function test_refund_expiredDepositBackToTheTrigger() public {
        uint64 id = _create(_timeSpec(0, 30, 0), 1 ether);
        (uint32 taskId, ITaskManager.Task memory task,) = _fire(id, 0);
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.RefundNotDue.selector, taskId));
        reg.claimExpiredRefund(taskId);
        _expire(task, taskId);
        assertEq(tm.balances(address(reg)), FLAT_FEE);
        vm.expectEmit(address(reg));
        emit TriggerRegistry.RefundAttributed(id, taskId, FLAT_FEE);
        vm.expectEmit(address(reg));
        emit TriggerRegistry.RefundsReclaimed(FLAT_FEE);
        vm.prank(stranger);
        reg.claimExpiredRefund(taskId);
        assertEq(reg.getTrigger(id).balance, 1 ether);
        assertEq(tm.balances(address(reg)), 0);
        assertEq(reg.refundPool(), 0);
        assertEq(address(reg).balance, 1 ether);
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.RefundAlreadyClaimed.selector, taskId));
        reg.claimExpiredRefund(taskId);
        (,, bool refunded) = reg.taskLinks(taskId);
        assertTrue(refunded);
    }

    function test_refund_reclaimThenAttribute() public {
        uint64 id = _create(_timeSpec(0, 30, 0), 1 ether);
        vm.warp(T0 + 30);
        (uint32 t0, ITaskManager.Task memory task0,) = _fire(id, 0);
        (uint32 t1, ITaskManager.Task memory task1,) = _fire(id, 1);
        assertEq(reg.reclaim(), 0, "nothing to reclaim yet");
        vm.roll(task1.deadlineBlock + 1);
        tm.expireTask(t0, task0);
        tm.expireTask(t1, task1);
        vm.expectEmit(address(reg));
        emit TriggerRegistry.RefundsReclaimed(2 * FLAT_FEE);
        assertEq(reg.reclaim(), 2 * FLAT_FEE);
        assertEq(reg.refundPool(), 2 * FLAT_FEE);
        reg.claimExpiredRefund(t1);
        assertEq(reg.refundPool(), FLAT_FEE);
        // Cancelled: the refund goes to the owner's credit.
        vm.prank(alice);
        reg.cancel(id);
        vm.expectEmit(address(reg));
        emit TriggerRegistry.Credited(alice, FLAT_FEE);
        reg.claimExpiredRefund(t0);
        assertEq(reg.refundPool(), 0);
        assertEq(reg.credits(alice), 1 ether);
        assertEq(address(reg).balance, 1 ether);
    }

    function test_refund_onlyTheRegistrysTasks() public {
        (uint32 taskId,) = _createTask(_request(flat, "x", 66, 5), 1 gwei);
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.NotTriggerTask.selector, taskId));
        reg.claimExpiredRefund(taskId);
        ITaskManager.Task memory none;
        ITaskManager.TaskResponse memory resp;
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.NotTriggerTask.selector, taskId));
        reg.claimFuelRefund(taskId, none, resp, 0, 0, new bytes32[](0));
    }

    function _pricedTrigger() internal returns (uint64 id) {
        TriggerRegistry.TriggerSpec memory s = _timeSpec(0, 30, 0);
        s.task.functionId = priced;
        s.feePerTask = _quote();
        id = _create(s, 10 ether);
    }

    function test_refund_unusedFuelOfASingleAnswer() public {
        uint64 id = _pricedTrigger();
        (uint32 taskId, ITaskManager.Task memory task,) = _fire(id, 0);
        ITaskManager.TaskResponse memory resp = _response(taskId, "out");
        resp.fuelUsed = 4e8;
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.RefundNotDue.selector, taskId));
        reg.claimFuelRefund(taskId, task, resp, 0, 0, new bytes32[](0)); // still pending
        vm.roll(block.number + 1);
        tm.respondToTask(task, resp, _certificate(0, tm.responseDigest(task, resp)));
        uint256 refund = uint256(6e8) * PRICE;
        assertEq(tm.balances(address(reg)), refund);

        ITaskManager.TaskResponse memory other = _response(taskId, "out");
        other.fuelUsed = 1;
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.ResponseNotRecorded.selector, taskId));
        reg.claimFuelRefund(taskId, task, other, 0, 0, new bytes32[](0));
        other = _response(taskId + 1, "out");
        other.fuelUsed = 4e8;
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.TaskMismatch.selector, taskId));
        reg.claimFuelRefund(taskId, task, other, 0, 0, new bytes32[](0));
        ITaskManager.Task memory forged = abi.decode(abi.encode(task), (ITaskManager.Task));
        forged.limits.fuel = 2e9;
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.TaskMismatch.selector, taskId));
        reg.claimFuelRefund(taskId, forged, resp, 0, 0, new bytes32[](0));
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.RefundNotDue.selector, taskId));
        reg.claimExpiredRefund(taskId); // answered, not expired

        uint256 before = reg.getTrigger(id).balance;
        vm.expectEmit(address(reg));
        emit TriggerRegistry.RefundAttributed(id, taskId, refund);
        vm.prank(stranger);
        reg.claimFuelRefund(taskId, task, resp, 0, 0, new bytes32[](0));
        assertEq(reg.getTrigger(id).balance - before, refund);
        assertEq(tm.balances(address(reg)), 0);
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.RefundAlreadyClaimed.selector, taskId));
        reg.claimFuelRefund(taskId, task, resp, 0, 0, new bytes32[](0));
    }

    function test_refund_unusedFuelOfABatchAnswer() public {
        uint64 id = _pricedTrigger();
        vm.warp(T0 + 60);
        uint64[] memory idx = new uint64[](3);
        (idx[0], idx[1], idx[2]) = (0, 1, 2);
        vm.recordLogs();
        uint32[] memory ids = reg.fireMany(id, idx);
        ITaskManager.Task[] memory ts = _tasksFromLogs(3);
        vm.roll(block.number + 1);
        ITaskManager.TaskResponse[] memory rs = _responses(ids);
        (rs[0].fuelUsed, rs[1].fuelUsed, rs[2].fuelUsed) = (1e9, 5e8, 0);
        tm.respondToTasks(ts, rs, _maxReferenceBlock(ts), _batchCertificate(0, ts, rs));
        bytes32[] memory leaves = _leaves(ts, rs);
        bytes32 root = _root(leaves);

        // The whole reservation used: nothing to refund.
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.RefundNotDue.selector, ids[0]));
        reg.claimFuelRefund(ids[0], ts[0], rs[0], root, 0, _proof(leaves, 0));
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.ResponseNotRecorded.selector, ids[1]));
        reg.claimFuelRefund(ids[1], ts[1], rs[1], root, 1, _proof(leaves, 2));

        uint256 before = reg.getTrigger(id).balance;
        reg.claimFuelRefund(ids[1], ts[1], rs[1], root, 1, _proof(leaves, 1));
        reg.claimFuelRefund(ids[2], ts[2], rs[2], root, 2, _proof(leaves, 2));
        assertEq(reg.getTrigger(id).balance - before, uint256(5e8 + 1e9) * PRICE);
        assertEq(address(reg).balance, reg.getTrigger(id).balance);
    }

    /// A proven (zk) answer pays the whole deposit: its recorded response, whatever fuel it names,
    /// gives no refund to claim.
    function test_refund_noneForAProvenAnswer() public {
        ITaskManager.FunctionSpec memory zs = _spec(0);
        zs.mode = ITaskManager.VerificationMode.Zk;
        zs.zkVerifier = address(new AcceptingVerifier());
        zs.baseFee = BASE;
        zs.fuelPrice = PRICE;
        TriggerRegistry.TriggerSpec memory s = _timeSpec(0, 30, 0);
        s.task.functionId = tm.registerFunction(zs);
        s.feePerTask = _quote();
        uint64 id = _create(s, 1 ether);
        (uint32 taskId, ITaskManager.Task memory task,) = _fire(id, 0);
        ITaskManager.TaskResponse memory resp = _response(taskId, "");
        resp.fuelUsed = 1;
        vm.roll(block.number + 1);
        tm.respondWithProof(task, resp, hex"00");
        assertEq(tm.balances(address(reg)), 0);
        vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.RefundNotDue.selector, taskId));
        reg.claimFuelRefund(taskId, task, resp, 0, 0, new bytes32[](0));
    }

    // ------------------------------------------------------------ fuzz

    ITaskManager.Task[] internal fuzzTasks;
    uint32[] internal fuzzTaskIds;
    mapping(uint64 => bool) internal ghostFired;
    uint64 internal fuzzId;
    uint64 internal ghostFirings;
    uint256 internal ghostDeposits;
    uint256 internal ghostFeesPaid;
    uint256 internal ghostReclaimed;
    uint256 internal ghostWithdrawn;

    /// Any sequence of firings (repeated, early, out of order), fundings, expiries with refund
    /// claims, reclaims and a cancellation: no firing happens twice, every successful firing made
    /// exactly one task, and every wei is accounted for: deposits + refunds reclaimed from the
    /// TaskManager == fees paid + trigger balance + credits + withdrawn + refund pool.
    function testFuzz_exactlyOnceAndConservation(uint256 seed, uint96 initial) public {
        ghostDeposits = bound(initial, 0, 20 * uint256(FLAT_FEE));
        fuzzId = _create(_timeSpec(0, 30, 0), ghostDeposits);
        for (uint256 step = 0; step < 40; step++) {
            uint256 r = uint256(keccak256(abi.encode(seed, step)));
            uint256 op = r % 7;
            r >>= 8;
            // forge-lint: disable-next-line(unsafe-typecast)
            uint64 index = uint64(r % 12); // below 12
            if (op == 0) vm.warp(block.timestamp + r % 50);
            else if (op <= 2) _fuzzFire(index);
            else if (op == 3) _fuzzFund(1 + r % (3 * uint256(FLAT_FEE)));
            else if (op == 4) _fuzzExpireAndClaim(r);
            else if (op == 5) ghostReclaimed += reg.reclaim();
            else if (r % 4 == 0) _fuzzCancel();
        }
        TriggerRegistry.Trigger memory end = reg.getTrigger(fuzzId);
        assertEq(end.firings, ghostFirings, "one task per successful firing");
        uint256 credits = reg.credits(alice);
        assertEq(address(reg).balance, end.balance + credits + reg.refundPool(), "registry holds what it owes");
        assertEq(
            ghostDeposits + ghostReclaimed,
            ghostFeesPaid + end.balance + credits + ghostWithdrawn + reg.refundPool(),
            "every wei accounted for"
        );
        // Every firing made its own task, linked to the trigger.
        for (uint256 i = 0; i < fuzzTaskIds.length; i++) {
            (uint64 trig,,) = reg.taskLinks(fuzzTaskIds[i]);
            assertEq(trig, fuzzId);
            for (uint256 j = 0; j < i; j++) {
                assertTrue(fuzzTaskIds[i] != fuzzTaskIds[j]);
            }
        }
    }

    /// @dev Fires `index`, expecting exactly the revert the model predicts, else a new task.
    function _fuzzFire(uint64 index) internal {
        uint64 id = fuzzId;
        TriggerRegistry.Trigger memory t = reg.getTrigger(id);
        uint256 dueAt = T0 + uint256(index) * 30;
        // forge-lint: disable-next-line(block-timestamp)
        bool due = block.timestamp >= dueAt;
        bytes memory err;
        if (t.cancelled) {
            err = abi.encodeWithSelector(TriggerRegistry.TriggerNotActive.selector, id);
        } else if (!due) {
            err = abi.encodeWithSelector(TriggerRegistry.NotDue.selector, id, index, dueAt);
        } else if (ghostFired[index]) {
            err = abi.encodeWithSelector(TriggerRegistry.AlreadyFired.selector, id, reg.firingId(id, index));
        } else if (t.balance < FLAT_FEE) {
            err = abi.encodeWithSelector(TriggerRegistry.InsufficientBalance.selector, id, t.balance, FLAT_FEE);
        }
        if (err.length > 0) {
            vm.expectRevert(err);
            reg.fire(id, index);
            return;
        }
        vm.recordLogs();
        uint32 taskId = reg.fire(id, index);
        (ITaskManager.Task memory task,) = _lastTaskCreated();
        fuzzTasks.push(task);
        fuzzTaskIds.push(taskId);
        ghostFired[index] = true;
        ghostFirings++;
        ghostFeesPaid += FLAT_FEE;
        assertEq(reg.firedTask(reg.firingId(id, index)), taskId);
    }

    function _fuzzFund(uint256 amount) internal {
        if (reg.getTrigger(fuzzId).cancelled) return;
        vm.prank(stranger);
        reg.fund{value: amount}(fuzzId);
        ghostDeposits += amount;
    }

    function _fuzzExpireAndClaim(uint256 r) internal {
        if (fuzzTasks.length == 0) return;
        uint256 k = r % fuzzTasks.length;
        uint32 taskId = fuzzTaskIds[k];
        if (tm.getTask(taskId).state == ITaskManager.TaskState.Pending) _expire(fuzzTasks[k], taskId);
        (,, bool refunded) = reg.taskLinks(taskId);
        if (refunded) {
            vm.expectRevert(abi.encodeWithSelector(TriggerRegistry.RefundAlreadyClaimed.selector, taskId));
            reg.claimExpiredRefund(taskId);
            return;
        }
        uint256 pool = reg.refundPool();
        uint256 owed = tm.balances(address(reg));
        reg.claimExpiredRefund(taskId);
        if (pool < FLAT_FEE) ghostReclaimed += owed;
    }

    function _fuzzCancel() internal {
        if (reg.getTrigger(fuzzId).cancelled) return;
        vm.prank(alice);
        reg.cancel(fuzzId);
        uint256 credit = reg.credits(alice);
        if (credit == 0) return;
        vm.prank(alice);
        reg.withdraw();
        ghostWithdrawn += credit;
    }

    // ------------------------------------------------------------ gas

    function test_gas_createTrigger() public {
        vm.prank(alice);
        reg.createTrigger{value: 1 ether}(_timeSpec(0, 60, 0));
        vm.snapshotGasLastCall("TriggerRegistry", "createTrigger");
    }

    /// A steady-state firing: the trigger and the TaskManager's counters already written once.
    function test_gas_fire() public {
        uint64 id = _create(_timeSpec(0, 30, 0), 1 ether);
        vm.warp(T0 + 30);
        reg.fire(id, 0);
        reg.fire(id, 1);
        vm.snapshotGasLastCall("TriggerRegistry", "fire");
    }

    function test_gas_fireEvent() public {
        uint64 id = _create(_eventSpec(), 1 ether);
        vm.roll(block.number + 5);
        uint64 n = uint64(block.number - 1);
        bytes32 h = _minedBlock(n);
        vm.startPrank(alice);
        reg.fireEvent(id, h, n, 0, "");
        reg.fireEvent(id, h, n, 1, abi.encode(uint256(1)));
        vm.snapshotGasLastCall("TriggerRegistry", "fireEvent");
        vm.stopPrank();
    }
}
