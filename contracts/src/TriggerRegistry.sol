// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {ITaskManager} from "./interfaces/ITaskManager.sol";

/// @notice TaskManager constants that ITaskManager does not declare.
interface ITaskManagerLimits {
    function MAX_INLINE_INPUT() external view returns (uint256);
    function MAX_CALLBACK_GAS() external view returns (uint32);
}

/// @title TriggerRegistry
/// @notice Automation: a trigger is a task template plus a schedule. When a firing is due, anyone may
/// fire it and the registry creates the task on the TaskManager, paying the trigger's fee out of the
/// trigger's prepaid balance. Every firing has an id and happens at most once. See docs/triggers.md.
/// @dev Schedules:
/// - Time: firing k is due once block.timestamp >= start + k * period (period >= MIN_TIME_PERIOD s).
/// - Blocks: firing k is due once block.number >= start + k * period (period >= 1 block).
/// - Event: fired by the trigger's owner or the service it authorised (fireEvent), once per log
///   (block hash, log index), for a block among the last 256 (its hash is checked on chain) and not
///   before the block the trigger was created in (schedule.start, set at creation).
/// A due firing stays fireable until it is fired: nothing is skipped, however late. With maxFirings
/// = m > 0 a scheduled trigger has the firings 0 .. m-1 and an event trigger fires m times.
///
/// Task input (the template's input followed by a suffix, so a function can tell firings apart):
/// - Time and Blocks: input = template.input ‖ abi.encode(uint64 triggerId, uint64 index, uint64 scheduledAt),
///   i.e. always the last 96 bytes: three 32-byte big-endian words; scheduledAt = start + index * period
///   (unix seconds for Time, a block number for Blocks).
/// - Event: input = template.input ‖ abi.encode(uint64 triggerId, bytes32 blockHash, uint64 blockNumber,
///   uint32 logIndex, bytes logData), starting at byte template.input.length: words 0-3 the values,
///   word 4 = 0xa0 (logData's offset within the suffix), word 5 = logData's length, then logData
///   zero-padded to a multiple of 32 bytes.
///
/// Tasks are created with this contract as requester: a consumer called back for a trigger's task
/// must check `requester == this registry` and that taskLinks(taskId).triggerId is a trigger it trusts
/// (getTrigger(id).owner), since anyone can create a trigger naming any callback.
///
/// Refunds: the TaskManager credits unused fuel and expired deposits to the requester, this registry.
/// reclaim() moves that balance here (refundPool); claimExpiredRefund and claimFuelRefund attribute
/// one task's refund, proven from the TaskManager's records, back to its trigger's balance (to the
/// owner's withdrawable credit once the trigger is cancelled). Anyone may call them.
///
/// Not upgradeable and ownerless: the TaskManager (its proxy) is fixed at construction.
contract TriggerRegistry {
    // ------------------------------------------------------------------ types

    /// @notice When a trigger fires.
    enum ScheduleKind {
        // Every `period` seconds from `start` (a unix time).
        Time,
        // Every `period` blocks from block `start`.
        Blocks,
        // On a log of `emitter` with topic `topic0`, reported by the owner or its service.
        Event
    }

    /// @notice The task each firing creates: the fields of ITaskManager.TaskRequest (inline input only).
    struct TaskTemplate {
        uint64 functionId;
        bytes input; // the firing's suffix is appended (see the contract's notes)
        bytes quorumNumbers;
        uint8 quorumThresholdPercentage;
        uint32 responseWindowBlocks;
        address callback;
        uint32 callbackGasLimit;
    }

    /// @notice A trigger's schedule.
    struct Schedule {
        ScheduleKind kind;
        // Time: unix time of firing 0; Blocks: block of firing 0; 0 at creation means "now". Event: 0 at
        // creation, stored as the creation block (earlier logs never fire).
        uint64 start;
        // Time: seconds between firings (>= MIN_TIME_PERIOD); Blocks: blocks (>= 1). Event: 0.
        uint64 period;
        // Event only (zero otherwise): the contract whose logs fire the trigger and the logs' topic 0.
        // Not checked on chain (past logs are invisible to the EVM): operators check them.
        address emitter;
        bytes32 topic0;
    }

    /// @notice What createTrigger takes.
    struct TriggerSpec {
        TaskTemplate task;
        Schedule schedule;
        // Paid to the TaskManager per firing (the task's deposit): > 0 and at least the function's quote.
        uint96 feePerTask;
        // Most firings (0: unlimited).
        uint64 maxFirings;
    }

    /// @notice A stored trigger.
    struct Trigger {
        address owner;
        uint64 firings; // firings so far
        bool cancelled;
        address service; // may call fireEvent besides the owner (zero: nobody else)
        uint256 balance; // prepaid wei left for firings
        TriggerSpec spec; // schedule.start as resolved at creation
    }

    /// @notice A task this registry created: its trigger, the fee it paid and whether its refund
    /// (unused fuel or expired deposit) was attributed back.
    struct TaskLink {
        uint64 triggerId;
        uint96 fee;
        bool refunded;
    }

    // ------------------------------------------------------------------ constants and state

    /// @notice Shortest period of a Time trigger, in seconds.
    uint64 public constant MIN_TIME_PERIOD = 30;
    /// @notice Bytes a scheduled firing appends to the template input.
    uint256 public constant SCHEDULED_SUFFIX = 96;
    /// @notice Bytes an event firing appends at least (more with logData).
    uint256 public constant EVENT_SUFFIX = 192;
    /// @dev firedTask value while a firing's createTask call is under way.
    uint32 internal constant FIRING = type(uint32).max;

    /// @notice The TaskManager tasks are created on.
    ITaskManager public immutable taskManager;
    /// @notice The TaskManager's MAX_INLINE_INPUT, read at construction.
    uint256 public immutable maxInlineInput;
    /// @notice The TaskManager's MAX_CALLBACK_GAS, read at construction.
    uint32 public immutable maxCallbackGas;

    /// @notice Id the next trigger gets (ids start at 1).
    uint64 public nextTriggerId = 1;
    /// @notice Refunds taken from the TaskManager and not attributed to a trigger yet.
    uint256 public refundPool;
    mapping(uint64 => Trigger) internal triggers;
    /// @notice Firing id => the task it created (zero: not fired). See firingId and eventFiringId.
    mapping(bytes32 => uint32) public firedTask;
    /// @notice TaskManager task id => the trigger that created it (triggerId zero: not ours).
    mapping(uint32 => TaskLink) public taskLinks;
    /// @notice Withdrawable wei per account: cancelled triggers' balances and their later refunds.
    mapping(address => uint256) public credits;

    // ------------------------------------------------------------------ events

    /// @notice A trigger was created (spec as given; `start` is its schedule's resolved start).
    event TriggerCreated(uint64 indexed id, address indexed owner, TriggerSpec spec, uint64 start, uint256 balance);
    /// @notice A trigger's balance was topped up.
    event TriggerFunded(uint64 indexed id, address indexed from, uint256 amount, uint256 balance);
    /// @notice A trigger was cancelled; its balance was credited to its owner.
    event TriggerCancelled(uint64 indexed id, uint256 refund);
    /// @notice The account allowed to fire a trigger's events besides its owner changed.
    event ServiceChanged(uint64 indexed id, address service);
    /// @notice A scheduled firing created a task.
    event TriggerFired(uint64 indexed id, uint64 index, bytes32 indexed firingId, uint32 taskId);
    /// @notice An event firing created a task.
    event EventFired(
        uint64 indexed id,
        bytes32 indexed firingId,
        bytes32 blockHash,
        uint64 blockNumber,
        uint32 logIndex,
        uint32 taskId
    );
    /// @notice A firing left the balance below the fee: the trigger fires again only once funded.
    event TriggerOutOfFunds(uint64 indexed id, uint256 balance, uint96 feePerTask);
    /// @notice Wei was credited to an account's withdrawable balance.
    event Credited(address indexed account, uint256 amount);
    /// @notice An account withdrew its credit.
    event Withdrawn(address indexed account, uint256 amount);
    /// @notice The registry's TaskManager balance (refunds) moved into refundPool.
    event RefundsReclaimed(uint256 amount);
    /// @notice A task's refund moved from refundPool to its trigger (or its owner's credit).
    event RefundAttributed(uint64 indexed id, uint32 indexed taskId, uint256 amount);

    // ------------------------------------------------------------------ errors

    error InvalidTriggerSpec(string reason);
    error FunctionNotActive(uint64 functionId);
    error InputTooLarge(uint256 size, uint256 max);
    error FeeBelowQuote(uint256 fee, uint256 quote);
    error UnknownTrigger(uint64 id);
    error NotTriggerOwner(uint64 id);
    error NotOwnerOrService(uint64 id, address caller);
    error TriggerNotActive(uint64 id);
    error WrongScheduleKind(uint64 id, ScheduleKind kind);
    error NotDue(uint64 id, uint64 index, uint256 dueAt);
    error AlreadyFired(uint64 id, bytes32 firingId);
    error FiringLimitReached(uint64 id, uint64 maxFirings);
    error InsufficientBalance(uint64 id, uint256 balance, uint256 fee);
    error BlockHashUnavailable(uint64 blockNumber);
    /// @notice The log is in a block before the event trigger was created.
    error EventBeforeTrigger(uint64 id, uint64 blockNumber, uint64 createdBlock);
    error BlockHashMismatch(uint64 blockNumber, bytes32 expected, bytes32 given);
    error ZeroAmount();
    error NothingToWithdraw();
    error WithdrawFailed();
    error NotTaskManager(address sender);
    error NotTriggerTask(uint32 taskId);
    error RefundAlreadyClaimed(uint32 taskId);
    error RefundNotDue(uint32 taskId);
    error TaskMismatch(uint32 taskId);
    error ResponseNotRecorded(uint32 taskId);

    /// @param taskManager_ the TaskManager (its proxy)
    constructor(ITaskManager taskManager_) {
        taskManager = taskManager_;
        maxInlineInput = ITaskManagerLimits(address(taskManager_)).MAX_INLINE_INPUT();
        maxCallbackGas = ITaskManagerLimits(address(taskManager_)).MAX_CALLBACK_GAS();
    }

    /// @notice Takes ETH from the TaskManager only (withdrawn refunds); anything else is refused.
    receive() external payable {
        if (msg.sender != address(taskManager)) revert NotTaskManager(msg.sender);
    }

    // ------------------------------------------------------------------ triggers

    /// @notice Creates a trigger owned by the caller; msg.value is its starting balance.
    /// @dev Checks the function exists and is active, the fee covers its current quote, the input
    /// leaves room for the firing's suffix, threshold, window and callback gas are within the
    /// TaskManager's bounds, and the schedule is well formed. A start of 0 means now.
    /// @param spec task template, schedule, fee per firing and firing limit
    /// @return id the new trigger's id
    function createTrigger(TriggerSpec calldata spec) external payable returns (uint64 id) {
        uint64 start = _validate(spec);
        id = nextTriggerId++;
        Trigger storage t = triggers[id];
        t.owner = msg.sender;
        t.balance = msg.value;
        t.spec = spec;
        t.spec.schedule.start = start;
        emit TriggerCreated(id, msg.sender, spec, start, msg.value);
    }

    /// @notice Adds msg.value to an active trigger's balance. Anyone may fund any trigger.
    /// @param id the trigger
    function fund(uint64 id) external payable {
        Trigger storage t = _trigger(id);
        if (t.cancelled) revert TriggerNotActive(id);
        if (msg.value == 0) revert ZeroAmount();
        uint256 balance = t.balance + msg.value;
        t.balance = balance;
        emit TriggerFunded(id, msg.sender, msg.value, balance);
    }

    /// @notice Cancels a trigger for good and credits its balance to the owner (see withdraw).
    /// Later refunds of its tasks are credited to the owner too.
    /// @param id the trigger (caller must own it)
    function cancel(uint64 id) external {
        Trigger storage t = _owned(id);
        if (t.cancelled) revert TriggerNotActive(id);
        uint256 refund = t.balance;
        t.cancelled = true;
        t.balance = 0;
        emit TriggerCancelled(id, refund);
        _credit(t.owner, refund);
    }

    /// @notice Authorises `service` to call fireEvent for the trigger besides its owner.
    /// @param id the trigger (caller must own it)
    /// @param service the account (zero: the owner only)
    function setService(uint64 id, address service) external {
        _owned(id).service = service;
        emit ServiceChanged(id, service);
    }

    /// @notice Pays out the caller's credit.
    function withdraw() external {
        uint256 amount = credits[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        credits[msg.sender] = 0;
        emit Withdrawn(msg.sender, amount);
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert WithdrawFailed();
    }

    // ------------------------------------------------------------------ firing

    /// @notice Fires a due firing of a Time or Blocks trigger: creates its task, paying feePerTask
    /// from the trigger's balance. Anyone may call. Reverts unless the trigger is active and of a
    /// scheduled kind, the index is within maxFirings, due and not fired yet, and the balance covers
    /// the fee. The task's input is template.input ‖ abi.encode(uint64 id, uint64 index, uint64 scheduledAt).
    /// @param id the trigger
    /// @param index the firing (0 is due at the schedule's start)
    /// @return taskId the created task
    function fire(uint64 id, uint64 index) external returns (uint32 taskId) {
        return _fireScheduled(_trigger(id), id, index);
    }

    /// @notice Fires several due firings of one Time or Blocks trigger, as fire does each; any
    /// failing firing reverts the whole call.
    /// @param id the trigger
    /// @param indexes the firings
    /// @return taskIds the created tasks, in order
    function fireMany(uint64 id, uint64[] calldata indexes) external returns (uint32[] memory taskIds) {
        Trigger storage t = _trigger(id);
        taskIds = new uint32[](indexes.length);
        for (uint256 i = 0; i < indexes.length; i++) {
            taskIds[i] = _fireScheduled(t, id, indexes[i]);
        }
    }

    /// @notice Fires an Event trigger for one log: only its owner or its service. The log's block
    /// must be one of the last 256 and `blockHash` its hash on this chain. Each (blockHash, logIndex)
    /// fires at most once. The task's input is template.input ‖ abi.encode(uint64 id, bytes32
    /// blockHash, uint64 blockNumber, uint32 logIndex, bytes logData).
    /// @param id the trigger
    /// @param blockHash hash of the block holding the log
    /// @param blockNumber number of that block
    /// @param logIndex the log's index in the block
    /// @param logData what the function gets of the log (by convention abi.encode(bytes32[] topics, bytes data))
    /// @return taskId the created task
    function fireEvent(uint64 id, bytes32 blockHash, uint64 blockNumber, uint32 logIndex, bytes calldata logData)
        external
        returns (uint32 taskId)
    {
        Trigger storage t = _trigger(id);
        if (msg.sender != t.owner && msg.sender != t.service) revert NotOwnerOrService(id, msg.sender);
        if (t.cancelled) revert TriggerNotActive(id);
        ScheduleKind kind = t.spec.schedule.kind;
        if (kind != ScheduleKind.Event) revert WrongScheduleKind(id, kind);
        uint64 max = t.spec.maxFirings;
        if (max != 0 && t.firings >= max) revert FiringLimitReached(id, max);
        if (blockNumber < t.spec.schedule.start) revert EventBeforeTrigger(id, blockNumber, t.spec.schedule.start);
        bytes32 actual = blockhash(blockNumber);
        if (actual == bytes32(0)) revert BlockHashUnavailable(blockNumber);
        if (actual != blockHash) revert BlockHashMismatch(blockNumber, actual, blockHash);
        bytes32 fid = eventFiringId(id, blockHash, logIndex);
        taskId = _createTask(t, id, fid, abi.encode(id, blockHash, blockNumber, logIndex, logData));
        emit EventFired(id, fid, blockHash, blockNumber, logIndex, taskId);
        _checkFunds(t, id);
    }

    // ------------------------------------------------------------------ refunds

    /// @notice Moves the registry's TaskManager balance (refunds of its tasks) into refundPool.
    /// Anyone may call; the claim functions call it when the pool is short.
    /// @return amount the wei moved (0: nothing to reclaim)
    function reclaim() external returns (uint256 amount) {
        amount = taskManager.balances(address(this));
        if (amount == 0) return 0;
        refundPool += amount;
        emit RefundsReclaimed(amount);
        taskManager.withdraw();
    }

    /// @notice Attributes the deposit of an expired task back to its trigger (its balance, or the
    /// owner's credit once cancelled). Anyone may call; once per task.
    /// @param taskId a task this registry created, Expired on the TaskManager
    function claimExpiredRefund(uint32 taskId) external {
        TaskLink storage link = _unclaimed(taskId);
        if (taskManager.getTask(taskId).state != ITaskManager.TaskState.Expired) revert RefundNotDue(taskId);
        _attribute(link, taskId, link.fee);
    }

    /// @notice Attributes the unused-fuel refund of an answered task back to its trigger: (task's fuel
    /// limit - response.fuelUsed) * the function's fuel price, what the TaskManager credited. Anyone may
    /// call; once per task. The response must be the recorded one: equal to the stored response digest,
    /// or (batch answers, no digest stored) a leaf proven under an answered batch root.
    /// @param taskId a task this registry created, Responded on the TaskManager (quorum or committee)
    /// @param task the task exactly as emitted in TaskCreated
    /// @param response the response as emitted in TaskResponded
    /// @param batchRoot the batch root (batch answers only)
    /// @param leafIndex the response's index in the batch (batch answers only)
    /// @param proof the leaf's Merkle proof (batch answers only)
    function claimFuelRefund(
        uint32 taskId,
        ITaskManager.Task calldata task,
        ITaskManager.TaskResponse calldata response,
        bytes32 batchRoot,
        uint256 leafIndex,
        bytes32[] calldata proof
    ) external {
        TaskLink storage link = _unclaimed(taskId);
        ITaskManager.TaskRecord memory rec = taskManager.getTask(taskId);
        // zk answers pay the whole deposit: no refund.
        if (rec.state != ITaskManager.TaskState.Responded || rec.zkVerifier != address(0)) revert RefundNotDue(taskId);
        if (response.taskId != taskId || rec.taskHash != keccak256(abi.encode(task))) revert TaskMismatch(taskId);
        bytes32 digest = taskManager.responseDigest(task, response);
        bool recorded = rec.responseDigest != bytes32(0)
            ? rec.responseDigest == digest
            : taskManager.verifyBatchLeaf(batchRoot, digest, leafIndex, proof);
        if (!recorded) revert ResponseNotRecorded(taskId);
        uint256 amount =
            uint256(task.limits.fuel - response.fuelUsed) * taskManager.getFunction(task.functionId).spec.fuelPrice;
        if (amount == 0) revert RefundNotDue(taskId);
        _attribute(link, taskId, amount);
    }

    // ------------------------------------------------------------------ views

    /// @notice A trigger; reverts with UnknownTrigger for an unused id.
    /// @param id the trigger
    /// @return the trigger's owner, state, balance and spec
    function getTrigger(uint64 id) external view returns (Trigger memory) {
        return _trigger(id);
    }

    /// @notice Whether firing `index` of a scheduled trigger was fired.
    /// @param id the trigger
    /// @param index the firing
    /// @return whether it was fired
    function isFired(uint64 id, uint64 index) external view returns (bool) {
        return firedTask[firingId(id, index)] != 0;
    }

    /// @notice Whether an event trigger was fired for the log (blockHash, logIndex).
    /// @param id the trigger
    /// @param blockHash the log's block hash
    /// @param logIndex the log's index in the block
    /// @return whether it was fired
    function isEventFired(uint64 id, bytes32 blockHash, uint32 logIndex) external view returns (bool) {
        return firedTask[eventFiringId(id, blockHash, logIndex)] != 0;
    }

    /// @notice How many firings of a scheduled trigger are due now: indexes 0 .. dueCount-1 (capped
    /// by maxFirings; 0 for event triggers). A service fires those not yet fired (isFired).
    /// @param id the trigger
    /// @return the number of firings due so far
    function dueCount(uint64 id) external view returns (uint64) {
        Trigger storage t = _trigger(id);
        Schedule storage s = t.spec.schedule;
        if (s.kind == ScheduleKind.Event) return 0;
        uint256 clock = s.kind == ScheduleKind.Time ? block.timestamp : block.number;
        if (clock < s.start) return 0;
        uint256 count = (clock - s.start) / s.period + 1;
        uint64 max = t.spec.maxFirings;
        if (max != 0 && count > max) return max;
        // count <= clock - start + 1, and clocks fit uint64.
        // forge-lint: disable-next-line(unsafe-typecast)
        return uint64(count);
    }

    /// @notice The id of firing `index` of a scheduled trigger.
    /// @param id the trigger
    /// @param index the firing
    /// @return keccak256(abi.encode(block.chainid, address(this), id, index))
    function firingId(uint64 id, uint64 index) public view returns (bytes32) {
        return keccak256(abi.encode(block.chainid, address(this), id, index));
    }

    /// @notice The id of an event trigger's firing for one log.
    /// @param id the trigger
    /// @param blockHash the log's block hash
    /// @param logIndex the log's index in the block
    /// @return keccak256(abi.encode(block.chainid, address(this), id, blockHash, logIndex))
    function eventFiringId(uint64 id, bytes32 blockHash, uint32 logIndex) public view returns (bytes32) {
        return keccak256(abi.encode(block.chainid, address(this), id, blockHash, logIndex));
    }

    // ------------------------------------------------------------------ internals

    /// @dev createTrigger's checks; returns the schedule's start (0 resolved to now).
    function _validate(TriggerSpec calldata spec) internal view returns (uint64 start) {
        TaskTemplate calldata tpl = spec.task;
        ITaskManager.FunctionRecord memory fn = taskManager.getFunction(tpl.functionId); // reverts UnknownFunction
        if (!fn.active) revert FunctionNotActive(tpl.functionId);
        if (spec.feePerTask == 0) revert InvalidTriggerSpec("zero fee");
        uint256 base = fn.spec.baseFee;
        uint256 minFee = taskManager.minTaskFee();
        if (minFee > base) base = minFee;
        uint256 quote = base + uint256(fn.spec.limits.fuel) * fn.spec.fuelPrice;
        if (spec.feePerTask < quote) revert FeeBelowQuote(spec.feePerTask, quote);
        Schedule calldata s = spec.schedule;
        uint256 suffix = s.kind == ScheduleKind.Event ? EVENT_SUFFIX : SCHEDULED_SUFFIX;
        if (tpl.input.length + suffix > maxInlineInput) {
            revert InputTooLarge(tpl.input.length + suffix, maxInlineInput);
        }
        string memory reason = _templateReason(tpl, fn.spec.minQuorumThreshold);
        if (bytes(reason).length == 0) (reason, start) = _scheduleReason(s);
        if (bytes(reason).length != 0) revert InvalidTriggerSpec(reason);
    }

    /// @dev Why the template's threshold, window or callback gas would fail createTask, or "".
    function _templateReason(TaskTemplate calldata tpl, uint8 minThreshold) internal view returns (string memory) {
        if (tpl.quorumThresholdPercentage < minThreshold || tpl.quorumThresholdPercentage > 100) {
            return "threshold out of range";
        }
        uint32 window = tpl.responseWindowBlocks;
        if (window < taskManager.minResponseWindow() || window > taskManager.maxResponseWindow()) {
            return "response window out of range";
        }
        if (tpl.callbackGasLimit > maxCallbackGas) return "callback gas too high";
        return "";
    }

    /// @dev Why the schedule is malformed, or "" and its resolved start.
    function _scheduleReason(Schedule calldata s) internal view returns (string memory, uint64 start) {
        if (s.kind == ScheduleKind.Event) {
            if (s.emitter == address(0)) return ("zero emitter", 0);
            if (s.start != 0 || s.period != 0) return ("start or period on an event trigger", 0);
            // Logs from the creation block on: an event before the trigger existed never fires.
            // forge-lint: disable-next-line(unsafe-typecast)
            return ("", uint64(block.number));
        }
        if (s.emitter != address(0) || s.topic0 != bytes32(0)) return ("emitter or topic on a scheduled trigger", 0);
        bool time = s.kind == ScheduleKind.Time;
        if (time ? s.period < MIN_TIME_PERIOD : s.period == 0) return ("period too short", 0);
        uint256 clock = time ? block.timestamp : block.number;
        // block.timestamp and block.number fit uint64 for billions of years.
        // forge-lint: disable-next-line(unsafe-typecast)
        if (s.start == 0) return ("", uint64(clock));
        if (s.start < clock) return ("start in the past", 0);
        return ("", s.start);
    }

    /// @dev A scheduled firing: kind, limit and due checks, then the task.
    function _fireScheduled(Trigger storage t, uint64 id, uint64 index) internal returns (uint32 taskId) {
        if (t.cancelled) revert TriggerNotActive(id);
        Schedule storage s = t.spec.schedule;
        ScheduleKind kind = s.kind;
        if (kind == ScheduleKind.Event) revert WrongScheduleKind(id, kind);
        uint64 max = t.spec.maxFirings;
        if (max != 0 && index >= max) revert FiringLimitReached(id, max);
        uint256 dueAt = uint256(s.start) + uint256(index) * s.period;
        if ((kind == ScheduleKind.Time ? block.timestamp : block.number) < dueAt) revert NotDue(id, index, dueAt);
        bytes32 fid = firingId(id, index);
        // dueAt <= the clock here, so it fits uint64.
        // forge-lint: disable-next-line(unsafe-typecast)
        taskId = _createTask(t, id, fid, abi.encode(id, index, uint64(dueAt)));
        emit TriggerFired(id, index, fid, taskId);
        _checkFunds(t, id);
    }

    /// @dev Marks the firing, pays its fee out of the balance and creates the task (effects before the
    /// TaskManager call; the firing is marked FIRING until the task id is known).
    function _createTask(Trigger storage t, uint64 id, bytes32 fid, bytes memory suffix)
        internal
        returns (uint32 taskId)
    {
        if (firedTask[fid] != 0) revert AlreadyFired(id, fid);
        uint96 fee = t.spec.feePerTask;
        uint256 balance = t.balance;
        if (balance < fee) revert InsufficientBalance(id, balance, fee);
        firedTask[fid] = FIRING;
        t.balance = balance - fee;
        t.firings += 1;
        TaskTemplate storage tpl = t.spec.task;
        ITaskManager.TaskRequest memory req;
        req.functionId = tpl.functionId;
        req.input = bytes.concat(tpl.input, suffix);
        req.quorumNumbers = tpl.quorumNumbers;
        req.quorumThresholdPercentage = tpl.quorumThresholdPercentage;
        req.responseWindowBlocks = tpl.responseWindowBlocks;
        req.callback = tpl.callback;
        req.callbackGasLimit = tpl.callbackGasLimit;
        taskId = taskManager.createTask{value: fee}(req);
        firedTask[fid] = taskId;
        taskLinks[taskId] = TaskLink({triggerId: id, fee: fee, refunded: false});
    }

    /// @dev TriggerOutOfFunds when the firing just made left less than one fee.
    function _checkFunds(Trigger storage t, uint64 id) internal {
        uint96 fee = t.spec.feePerTask;
        if (t.balance < fee) emit TriggerOutOfFunds(id, t.balance, fee);
    }

    /// @dev A task of this registry whose refund was not attributed yet.
    function _unclaimed(uint32 taskId) internal view returns (TaskLink storage link) {
        link = taskLinks[taskId];
        if (link.triggerId == 0) revert NotTriggerTask(taskId);
        if (link.refunded) revert RefundAlreadyClaimed(taskId);
    }

    /// @dev Moves `amount` from refundPool (topped up from the TaskManager first when short) to the
    /// task's trigger, or to its owner's credit when the trigger is cancelled.
    function _attribute(TaskLink storage link, uint32 taskId, uint256 amount) internal {
        link.refunded = true;
        uint256 pool = refundPool;
        uint256 pull;
        if (pool < amount) {
            pull = taskManager.balances(address(this));
            pool += pull;
        }
        // The TaskManager credited this task's refund to the registry: pool + pull covers it.
        refundPool = pool - amount;
        uint64 id = link.triggerId;
        Trigger storage t = triggers[id];
        emit RefundAttributed(id, taskId, amount);
        if (t.cancelled) {
            _credit(t.owner, amount);
        } else {
            t.balance += amount;
        }
        if (pull != 0) {
            emit RefundsReclaimed(pull);
            taskManager.withdraw();
        }
    }

    function _credit(address account, uint256 amount) internal {
        if (amount == 0) return;
        credits[account] += amount;
        emit Credited(account, amount);
    }

    function _trigger(uint64 id) internal view returns (Trigger storage t) {
        t = triggers[id];
        if (t.owner == address(0)) revert UnknownTrigger(id);
    }

    function _owned(uint64 id) internal view returns (Trigger storage t) {
        t = _trigger(id);
        if (t.owner != msg.sender) revert NotTriggerOwner(id);
    }
}
