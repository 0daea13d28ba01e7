// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {BLSSignatureChecker} from "./BLSSignatureChecker.sol";
import {OwnablePausable} from "./access/OwnablePausable.sol";
import {IRegistryCoordinatorViews} from "./interfaces/IMiddleware.sol";
import {ITaskConsumer} from "./interfaces/ITaskConsumer.sol";
import {ITaskManager} from "./interfaces/ITaskManager.sol";
import {ZkProofs} from "./libraries/ZkProofs.sol";

/// @title TaskManager
/// @notice Function registry and task lifecycle of Blockless AVS. A requester asks for a registered
/// function to run on an input; restaked operators run it off-chain and the aggregator answers with
/// a stake-weighted BLS certificate, checked here against the middleware registries at the task's
/// reference block, or (for functions in zk mode) with a Groth16 proof checked by the function's
/// gnark-exported verifier.
/// @dev Tasks are stored as a hash; the full task travels in the TaskCreated event and comes back in
/// calldata on response. The signed digest binds chain id, this contract, the task and the response.
///
/// Identity of a task: task ids are a counter, so after a chain reorganisation the same id can name a
/// task with different content (another requester's, another input). A task is therefore identified
/// by the pair (taskId, taskHash), taskHash = keccak256(abi.encode(task)): off-chain code keys its
/// state by both, and every response path checks the stored hash, so a response signed for one
/// content of an id is never accepted for another.
///
/// Execution environment: operators only agree on a result if they run the same engine. The owner
/// pins, per runtime kind, a digest of that environment (runtimeEnvironment: the WASM engine and its
/// configuration; for x86 also the emulator module). createTask copies it into the task, so it is
/// part of the task hash every certificate signs over, and an operator whose own environment differs
/// does not sign. A runtime without a pinned environment takes no tasks.
///
/// Upgradeability: deployed behind an OpenZeppelin TransparentUpgradeableProxy whose ProxyAdmin the
/// owner controls. The implementation's constructor only fixes the registries (immutables, read from
/// the coordinator) and disables initializers; the proxy's state is set once by initialize. Every
/// contract in the inheritance chain keeps a storage gap (50 slots each: OwnablePausable,
/// BLSSignatureChecker, this one), so a new version appends variables by shrinking its own gap and
/// pending tasks, functions and balances stay where they are. A new implementation must keep the
/// registry coordinator and the order and types of all variables. The zk proof check lives in the
/// linked ZkProofs library, which keeps this contract under EIP-170's code size limit.
contract TaskManager is ITaskManager, OwnablePausable, BLSSignatureChecker {
    uint256 public constant MAX_INLINE_INPUT = 64 * 1024;
    uint256 public constant MAX_INLINE_OUTPUT = 8 * 1024;
    uint32 public constant MAX_CALLBACK_GAS = 2_000_000;
    /// @dev Gas kept back after the callback so the response can still finish.
    uint256 internal constant CALLBACK_RESERVE = 15_000;

    // Slot layout (after OwnablePausable's 50 and BLSSignatureChecker's 50 slots): counters, window
    // and minTaskFee share one slot; aggregator and staleStakesForbidden the next; then feeRecipient,
    // the four mappings and the gap.
    uint64 public nextFunctionId;
    uint32 public nextTaskId;
    uint32 public minResponseWindow;
    uint32 public maxResponseWindow;
    /// @notice Smallest fee createTask accepts, in wei. Answering a task costs the aggregator the
    /// respondToTask gas (BLS check, storage, up to MAX_CALLBACK_GAS for the consumer), far more than
    /// createTask costs the requester; without a floor, free tasks let anyone make the AVS pay for
    /// work nobody pays for. The owner sets it from the measured response cost and gas price; zero
    /// disables the floor. Packed with the counters createTask reads anyway.
    uint96 public minTaskFee;
    address public aggregator;
    /// @notice Whether certificates over quorums not fully updated within the withdrawal delay before
    /// the reference block are rejected (EigenLayer's stale-stake rule, see BLSSignatureChecker). Off at
    /// deployment. Packed with aggregator, which every response reads.
    bool public staleStakesForbidden;
    address public feeRecipient;

    /// @notice Digest of the execution environment operators must run per runtime kind (zero: the
    /// runtime takes no tasks). Copied into every task at creation.
    mapping(RuntimeKind => bytes32) public runtimeEnvironment;
    mapping(uint64 => FunctionRecord) internal functions;
    mapping(uint32 => TaskRecord) internal tasks;
    /// @notice Withdrawable balances: collected fees for the fee recipient, refunds of expired tasks.
    mapping(address => uint256) public balances;

    /// @dev Reserved for variables added in later versions: shrink it by the slots they use.
    uint256[43] private __gap;

    /// @notice Builds an implementation; a proxy in front of it calls initialize.
    /// @param coordinator this AVS's (slashing) registry coordinator (the registries are read from it)
    constructor(IRegistryCoordinatorViews coordinator) BLSSignatureChecker(coordinator) {
        _disableInitializers();
    }

    /// @notice Sets up a proxy's state; callable once, through the proxy.
    /// @param initialOwner owner of the contract, also the pauser and the first fee recipient
    /// @param initialAggregator the only account allowed to submit responses (address(0): anyone)
    /// @param minWindow minimum response window in blocks
    /// @param maxWindow maximum response window in blocks
    function initialize(address initialOwner, address initialAggregator, uint32 minWindow, uint32 maxWindow)
        external
        initializer
    {
        __OwnablePausable_init(initialOwner, initialOwner);
        nextFunctionId = 1;
        nextTaskId = 1;
        _setResponseWindow(minWindow, maxWindow);
        aggregator = initialAggregator;
        feeRecipient = initialOwner;
        emit AggregatorChanged(address(0), initialAggregator);
        emit FeeRecipientChanged(address(0), initialOwner);
    }

    // ------------------------------------------------------------------ function registry

    /// @notice Registers a function; the caller becomes its owner.
    /// @param spec module digest, runtime, verification mode, limits and fetch URIs
    /// @return functionId the new function's id
    function registerFunction(FunctionSpec calldata spec) external whenNotPaused returns (uint64 functionId) {
        _validateSpec(spec);
        functionId = nextFunctionId++;
        FunctionRecord storage rec = functions[functionId];
        rec.owner = msg.sender;
        rec.active = true;
        rec.spec = spec;
        emit FunctionRegistered(functionId, msg.sender, spec);
    }

    /// @notice Replaces a function's spec (new module version, limits or URIs). Pending tasks keep
    /// the module and limits they were created with.
    /// @param functionId the function
    /// @param spec the new spec
    function updateFunction(uint64 functionId, FunctionSpec calldata spec) external whenNotPaused {
        FunctionRecord storage rec = _ownedFunction(functionId);
        _validateSpec(spec);
        rec.spec = spec;
        emit FunctionUpdated(functionId, spec);
    }

    /// @notice Stops new tasks for a function. Pending tasks can still be answered.
    /// @param functionId the function
    function deactivateFunction(uint64 functionId) external {
        FunctionRecord storage rec = _ownedFunction(functionId);
        rec.active = false;
        emit FunctionDeactivated(functionId);
    }

    /// @notice A function's owner, state and spec.
    /// @param functionId the function
    function getFunction(uint64 functionId) external view returns (FunctionRecord memory) {
        FunctionRecord memory rec = functions[functionId];
        if (rec.owner == address(0)) revert UnknownFunction(functionId);
        return rec;
    }

    // ------------------------------------------------------------------ tasks

    /// @notice Asks for a function to run on an input. msg.value is the fee, paid to the AVS on a
    /// verified response and refunded when the task expires unanswered. It must be at least
    /// minTaskFee and fit the task's uint96 fee field (reverts rather than truncating).
    /// @dev The task's id is a counter: (taskId, taskHash) identifies it across reorgs (see the contract notice).
    /// @param req the request; see TaskRequest
    /// @return taskId the new task's id
    function createTask(TaskRequest calldata req) external payable whenNotPaused returns (uint32 taskId) {
        if (msg.value > type(uint96).max) revert FeeTooLarge(msg.value, type(uint96).max);
        if (msg.value < minTaskFee) revert FeeBelowMinimum(msg.value, minTaskFee);
        FunctionRecord storage rec = functions[req.functionId];
        if (rec.owner == address(0)) revert UnknownFunction(req.functionId);
        if (!rec.active) revert InactiveFunction(req.functionId);
        bytes32 environment = runtimeEnvironment[rec.spec.runtime];
        if (environment == bytes32(0)) revert RuntimeNotEnabled(rec.spec.runtime);

        bytes32 inputDigest;
        if (req.input.length > 0) {
            if (req.input.length > MAX_INLINE_INPUT) revert InputTooLarge(req.input.length, MAX_INLINE_INPUT);
            inputDigest = keccak256(req.input);
            if (req.inputDigest != bytes32(0) && req.inputDigest != inputDigest) revert InputDigestMismatch();
        } else {
            // Large inputs travel by URI; the digest is what operators verify.
            if (req.inputDigest == bytes32(0) || bytes(req.inputURI).length == 0) revert MissingInput();
            inputDigest = req.inputDigest;
        }
        if (req.quorumNumbers.length == 0) revert WrongQuorumSet();
        uint8 quorumCount = registryCoordinator.quorumCount();
        for (uint256 i = 0; i < req.quorumNumbers.length; i++) {
            uint8 q = uint8(req.quorumNumbers[i]);
            if (q >= quorumCount || (i > 0 && q <= uint8(req.quorumNumbers[i - 1]))) revert WrongQuorumSet();
        }
        uint8 minThreshold = rec.spec.minQuorumThreshold;
        if (req.quorumThresholdPercentage < minThreshold || req.quorumThresholdPercentage > 100) {
            revert ThresholdOutOfRange(req.quorumThresholdPercentage, minThreshold);
        }
        if (req.responseWindowBlocks < minResponseWindow || req.responseWindowBlocks > maxResponseWindow) {
            revert ResponseWindowOutOfRange(req.responseWindowBlocks, minResponseWindow, maxResponseWindow);
        }
        if (req.callbackGasLimit > MAX_CALLBACK_GAS) revert CallbackGasTooHigh(req.callbackGasLimit, MAX_CALLBACK_GAS);

        Task memory task = Task({
            functionId: req.functionId,
            moduleDigest: rec.spec.moduleDigest,
            runtime: rec.spec.runtime,
            environment: environment,
            limits: rec.spec.limits,
            inputDigest: inputDigest,
            quorumNumbers: req.quorumNumbers,
            quorumThresholdPercentage: req.quorumThresholdPercentage,
            referenceBlock: uint32(block.number),
            deadlineBlock: uint32(block.number) + req.responseWindowBlocks,
            requester: msg.sender,
            callback: req.callback,
            callbackGasLimit: req.callback == address(0) ? 0 : req.callbackGasLimit,
            fee: uint96(msg.value)
        });
        taskId = nextTaskId++;
        tasks[taskId] = TaskRecord({
            taskHash: keccak256(abi.encode(task)),
            responseDigest: bytes32(0),
            state: TaskState.Pending,
            resultStatus: 0,
            respondedBlock: 0,
            // Fixed now, like the module: a later updateFunction cannot change how a pending task is checked.
            zkVerifier: rec.spec.mode == VerificationMode.Zk ? rec.spec.zkVerifier : address(0)
        });
        emit TaskCreated(taskId, task, req.input, req.inputURI, rec.spec.uris);
    }

    /// @notice The digest operators BLS-sign for a response to `task`.
    /// @param task the task as emitted in TaskCreated
    /// @param response the response
    function responseDigest(Task calldata task, TaskResponse calldata response) external view returns (bytes32) {
        return _responseDigest(keccak256(abi.encode(task)), response);
    }

    /// @notice Records a task's result certified by a stake-weighted BLS signature of its operators.
    /// @param task the task exactly as emitted in TaskCreated
    /// @param response the result the certificate signs
    /// @param certificate non-signers, APKs, aggregate signature and registry history indices
    function respondToTask(
        Task calldata task,
        TaskResponse calldata response,
        NonSignerStakesAndSignature calldata certificate
    ) external whenNotPaused {
        uint32 taskId = response.taskId;
        (TaskRecord storage rec, bytes32 taskHash) = _answerableTask(taskId, task);
        // A zk task is answered only by a proof: its function asked for no stake threshold.
        if (rec.zkVerifier != address(0)) revert WrongVerificationMode(taskId);
        if (response.output.length > MAX_INLINE_OUTPUT) revert OutputTooLargeInline(response.output.length);
        if (response.output.length > 0 && keccak256(response.output) != response.outputDigest) {
            revert OutputDigestMismatch();
        }

        bytes32 digest = _responseDigest(taskHash, response);
        (QuorumStakeTotals memory totals, bytes32 signatoryRecordHash) =
            checkSignatures(digest, task.quorumNumbers, task.referenceBlock, certificate);
        for (uint256 i = 0; i < totals.totalStakeForQuorum.length; i++) {
            uint96 signed = totals.signedStakeForQuorum[i];
            uint96 total = totals.totalStakeForQuorum[i];
            if (total == 0 || uint256(signed) * 100 < uint256(total) * task.quorumThresholdPercentage) {
                revert ThresholdNotMet(uint8(task.quorumNumbers[i]), signed, total);
            }
        }

        _recordResponse(rec, task, response, digest, signatoryRecordHash);
    }

    /// @notice Records a zk task's result proven by a Groth16 proof, checked by the verifier the task's
    /// function named when the task was created. The proof's public inputs are rebuilt here, so a proof
    /// is valid for exactly one task and one output:
    /// `[taskHash >> 128, taskHash & (2^128-1), outputDigest >> 128, outputDigest & (2^128-1), w_0, ..., w_{k-1}]`
    /// where taskHash = keccak256(abi.encode(task)) and w_i is the i-th 32-byte big-endian word of the
    /// output (the circuit's own public inputs). The output must therefore be inline, a whole number of
    /// words each below the BN254 scalar field modulus (the verifier checks that), with status ResultStatus.Ok.
    /// The response is recorded like a certified one: TaskResponded with the same response digest and a
    /// zero signatoryRecordHash, the fee credited and the consumer called back.
    /// @param task the task exactly as emitted in TaskCreated
    /// @param response the result; output inline, outputDigest = keccak256(output)
    /// @param proof the proof as gnark's MarshalSolidity lays it out (the verifier's `bytes proof`)
    function respondWithProof(Task calldata task, TaskResponse calldata response, bytes calldata proof)
        external
        whenNotPaused
    {
        uint32 taskId = response.taskId;
        (TaskRecord storage rec, bytes32 taskHash) = _answerableTask(taskId, task);
        address verifier = rec.zkVerifier;
        if (verifier == address(0)) revert WrongVerificationMode(taskId);
        if (response.status != uint8(ResultStatus.Ok)) revert ZkStatusNotOk(response.status);
        if (response.output.length > MAX_INLINE_OUTPUT) revert OutputTooLargeInline(response.output.length);
        if (response.output.length % 32 != 0) revert ZkOutputMalformed(response.output.length);
        if (keccak256(response.output) != response.outputDigest) revert OutputDigestMismatch();

        ZkProofs.verify(verifier, taskId, taskHash, response.outputDigest, response.output, proof);

        _recordResponse(rec, task, response, _responseDigest(taskHash, response), bytes32(0));
    }

    /// @notice Marks an unanswered task whose deadline has passed as expired and credits the fee
    /// back to its requester. Anyone may call.
    /// @param taskId the task
    /// @param task the task exactly as emitted in TaskCreated
    function expireTask(uint32 taskId, Task calldata task) external {
        (TaskRecord storage rec,) = _pendingTask(taskId, task);
        if (block.number <= task.deadlineBlock) revert TaskNotYetExpired(taskId, task.deadlineBlock);
        rec.state = TaskState.Expired;
        if (task.fee > 0) balances[task.requester] += task.fee;
        emit TaskExpired(taskId);
    }

    /// @notice A task's record: hash, state, result status and the digest its certificate signed.
    /// @param taskId the task
    function getTask(uint32 taskId) external view returns (TaskRecord memory) {
        return tasks[taskId];
    }

    /// @notice Pays out the caller's balance (collected fees or refunds).
    function withdraw() external {
        uint256 amount = balances[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        balances[msg.sender] = 0;
        emit Withdrawn(msg.sender, amount);
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert WithdrawFailed();
    }

    // ------------------------------------------------------------------ admin

    /// @notice Sets the account allowed to submit responses (address(0) opens submission to anyone,
    /// which is safe: a response is accepted only with a valid certificate).
    function setAggregator(address newAggregator) external onlyOwner {
        emit AggregatorChanged(aggregator, newAggregator);
        aggregator = newAggregator;
    }

    /// @notice Sets where fees of answered tasks are credited.
    function setFeeRecipient(address newRecipient) external onlyOwner {
        if (newRecipient == address(0)) revert ZeroAddress();
        emit FeeRecipientChanged(feeRecipient, newRecipient);
        feeRecipient = newRecipient;
    }

    /// @notice Sets the allowed range of response windows, in blocks.
    function setResponseWindow(uint32 minBlocks, uint32 maxBlocks) external onlyOwner {
        _setResponseWindow(minBlocks, maxBlocks);
    }

    /// @notice Sets the smallest fee createTask accepts (see minTaskFee). Pending tasks keep their fee.
    /// @param newMinimum the minimum in wei; zero accepts free tasks
    function setMinTaskFee(uint96 newMinimum) external onlyOwner {
        emit MinTaskFeeChanged(minTaskFee, newMinimum);
        minTaskFee = newMinimum;
    }

    /// @notice Pins the execution environment operators must run for a runtime kind. New tasks of
    /// that kind carry it; pending tasks keep the one they were created with.
    /// @param runtime the runtime kind
    /// @param environment the environment digest operators compute for themselves; zero stops new
    /// tasks of that kind
    function setRuntimeEnvironment(RuntimeKind runtime, bytes32 environment) external onlyOwner {
        runtimeEnvironment[runtime] = environment;
        emit RuntimeEnvironmentSet(runtime, environment);
    }

    /// @notice Turns EigenLayer's stale-stake rule on or off (see BLSSignatureChecker). With it on,
    /// someone must update each quorum's stakes (updateOperatorsForQuorum) at least once per
    /// withdrawal delay, or responses revert with StaleStakes.
    /// @param forbidden whether certificates over stale stakes are rejected
    function setStaleStakesForbidden(bool forbidden) external onlyOwner {
        _setStaleStakesForbidden(forbidden);
    }

    // ------------------------------------------------------------------ internals

    function _setStaleStakesForbidden(bool forbidden) internal override {
        staleStakesForbidden = forbidden;
        emit StaleStakesForbiddenChanged(forbidden);
    }

    function _staleStakesForbidden() internal view override returns (bool) {
        return staleStakesForbidden;
    }

    function _setResponseWindow(uint32 minBlocks, uint32 maxBlocks) internal {
        if (minBlocks == 0 || maxBlocks < minBlocks) revert ResponseWindowOutOfRange(maxBlocks, minBlocks, maxBlocks);
        minResponseWindow = minBlocks;
        maxResponseWindow = maxBlocks;
        emit ResponseWindowChanged(minBlocks, maxBlocks);
    }

    function _ownedFunction(uint64 functionId) internal view returns (FunctionRecord storage rec) {
        rec = functions[functionId];
        if (rec.owner == address(0)) revert UnknownFunction(functionId);
        if (rec.owner != msg.sender) revert NotFunctionOwner(functionId);
        if (!rec.active) revert InactiveFunction(functionId);
    }

    /// @dev One revert site for every reason keeps the contract under the code size limit.
    function _validateSpec(FunctionSpec calldata spec) internal pure {
        string memory reason;
        if (spec.moduleDigest == bytes32(0)) {
            reason = "module digest is zero";
        } else if (spec.uris.length == 0) {
            reason = "no fetch URI";
        } else if (spec.limits.fuel == 0) {
            reason = "fuel limit is zero";
        } else if (spec.limits.memoryBytes < 64 * 1024) {
            reason = "memory below one wasm page";
        } else if (spec.limits.maxOutputBytes == 0) {
            reason = "output limit is zero";
        } else if (spec.limits.wallTimeMs == 0) {
            reason = "wall time is zero";
        } else if (spec.mode == VerificationMode.Quorum) {
            if (spec.minQuorumThreshold == 0 || spec.minQuorumThreshold > 100) {
                reason = "quorum threshold must be 1..100";
            }
        } else if (spec.zkVerifier == address(0)) {
            reason = "zk mode needs a verifier";
        }
        if (bytes(reason).length != 0) revert InvalidFunctionSpec(reason);
    }

    /// @dev The checks every response path shares: the caller may submit, the task exists, is the
    /// one emitted, is still pending and its deadline has not passed.
    function _answerableTask(uint32 taskId, Task calldata task)
        internal
        view
        returns (TaskRecord storage rec, bytes32 taskHash)
    {
        if (aggregator != address(0) && msg.sender != aggregator) revert NotAggregator();
        (rec, taskHash) = _pendingTask(taskId, task);
        if (block.number > task.deadlineBlock) revert TaskDeadlinePassed(taskId, task.deadlineBlock);
    }

    /// @dev The task exists, is the one emitted under that id (the stored hash: ids alone are not an
    /// identity across reorgs) and is still pending.
    function _pendingTask(uint32 taskId, Task calldata task)
        internal
        view
        returns (TaskRecord storage rec, bytes32 taskHash)
    {
        rec = tasks[taskId];
        taskHash = keccak256(abi.encode(task));
        if (rec.state == TaskState.None) revert UnknownTask(taskId);
        if (rec.taskHash != taskHash) revert TaskMismatch(taskId);
        if (rec.state == TaskState.Responded) revert TaskAlreadyResponded(taskId);
        if (rec.state == TaskState.Expired) revert TaskAlreadyExpired(taskId);
    }

    /// @dev What operators sign: chain id, this contract, the task hash and the response.
    function _responseDigest(bytes32 taskHash, TaskResponse calldata response) internal view returns (bytes32) {
        return keccak256(abi.encode(block.chainid, address(this), taskHash, response));
    }

    /// @dev Effects and the consumer call of an accepted response, in that order.
    function _recordResponse(
        TaskRecord storage rec,
        Task calldata task,
        TaskResponse calldata response,
        bytes32 digest,
        bytes32 signatoryRecordHash
    ) internal {
        rec.state = TaskState.Responded;
        rec.responseDigest = digest;
        rec.resultStatus = response.status;
        rec.respondedBlock = uint32(block.number);
        if (task.fee > 0) balances[feeRecipient] += task.fee;
        emit TaskResponded(response.taskId, response, digest, signatoryRecordHash);

        if (task.callback != address(0)) _callback(response.taskId, task, response);
    }

    /// @dev Calls the consumer with a hard gas cap and without copying its return data, so a
    /// reverting or gas-hungry consumer cannot undo or block the response. Anyone can name any
    /// contract as callback, so the call carries who asked (requester) and what ran (function id,
    /// module digest): a consumer must check those, not only that the caller is this contract.
    function _callback(uint32 taskId, Task calldata task, TaskResponse calldata response) internal {
        uint256 gasLimit = task.callbackGasLimit;
        // EIP-150 passes on at most 63/64 of what is left: make sure the consumer really gets its cap,
        // otherwise a submitter could starve it on purpose.
        if (gasleft() < (gasLimit * 64) / 63 + CALLBACK_RESERVE) revert InsufficientGasForCallback();
        bytes memory data = abi.encodeCall(
            ITaskConsumer.onTaskResponse,
            (
                taskId,
                task.functionId,
                task.requester,
                task.moduleDigest,
                response.status,
                response.outputDigest,
                response.output
            )
        );
        address target = task.callback;
        bool success;
        assembly {
            success := call(gasLimit, target, 0, add(data, 0x20), mload(data), 0, 0)
        }
        emit CallbackResult(taskId, target, success);
    }
}
