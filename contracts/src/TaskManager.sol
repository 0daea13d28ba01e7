// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {BLSSignatureChecker} from "./BLSSignatureChecker.sol";
import {OwnablePausable} from "./access/OwnablePausable.sol";
import {IRegistryCoordinatorViews} from "./interfaces/IMiddleware.sol";
import {ITaskConsumer} from "./interfaces/ITaskConsumer.sol";
import {ITaskManager} from "./interfaces/ITaskManager.sol";
import {ZkProofs} from "./libraries/ZkProofs.sol";
import {FunctionRegistry} from "./libraries/FunctionRegistry.sol";
import {BatchMerkle} from "./libraries/BatchMerkle.sol";
import {BLSCertificates} from "./libraries/BLSCertificates.sol";
import {ICommitteeRegistry} from "./interfaces/ICommitteeRegistry.sol";

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
/// registry coordinator and the order and types of all variables. The zk proof check and the
/// function registry live in the linked ZkProofs and FunctionRegistry libraries, which keep this
/// contract under EIP-170's code size limit.
///
/// Batches: respondToTasks answers many quorum tasks under one certificate over the Merkle root of
/// their response digests (see BatchMerkle and docs/batching.md); the root is kept in `batches`.
contract TaskManager is ITaskManager, OwnablePausable, BLSSignatureChecker {
    uint256 public constant MAX_INLINE_INPUT = 64 * 1024;
    uint256 public constant MAX_INLINE_OUTPUT = 8 * 1024;
    uint32 public constant MAX_CALLBACK_GAS = 2_000_000;
    /// @dev Gas kept back after the callback so the response can still finish.
    uint256 internal constant CALLBACK_RESERVE = 15_000;
    /// @notice First word of the message a batch certificate signs (batchMessage). A single-task
    /// digest starts with the chain id and has another length, so neither is ever the other.
    bytes32 public constant BATCH_TAG = keccak256("BlocklessAVS.TaskManager.respondToTasks.v1");

    // Slot layout (after OwnablePausable's 50 and BLSSignatureChecker's 50 slots): counters, window
    // and minTaskFee share one slot; aggregator and staleStakesForbidden the next; then feeRecipient,
    // the five mappings and the gap.
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
    /// @notice Batches answered by respondToTasks, by Merkle root (slot 107, taken from the gap).
    mapping(bytes32 => BatchRecord) internal batches;
    /// @notice Where committee tables live (zero: committee functions take no tasks). Packed with
    /// the AVS's floor on committee size and its default failover (slot 108, taken from the gap).
    address public committeeRegistry;
    /// @dev Smallest committee a committee task gets, whatever its function asks for. Internal (as
    /// is the next one) for code size: CommitteeConfigChanged reports both.
    uint16 internal minCommitteeSize;
    /// @dev Failover period for functions that name none (0: no failover).
    uint32 internal defaultFailoverBlocks;
    /// @notice Fees collected from answered tasks per rewards epoch (block.timestamp /
    /// REWARDS_EPOCH_SECONDS); what the ServiceManager may pay out as that epoch's operator rewards.
    mapping(uint256 => uint256) public epochFees;

    /// @dev Reserved for variables added in later versions: shrink it by the slots they use.
    /// 43 slots in the first version; `batches` took one, the committee settings one, epochFees one.
    uint256[40] private __gap;

    /// @notice Length of a rewards epoch in seconds: the RewardsCoordinator's calculation interval,
    /// since operator rewards are submitted per interval. An immutable of the implementation, so an
    /// upgrade could change it; the deployment never does.
    uint32 public immutable REWARDS_EPOCH_SECONDS;

    /// @notice Builds an implementation; a proxy in front of it calls initialize.
    /// @param coordinator this AVS's (slashing) registry coordinator (the registries are read from it)
    /// @param rewardsEpochSeconds the RewardsCoordinator's CALCULATION_INTERVAL_SECONDS (not zero)
    constructor(IRegistryCoordinatorViews coordinator, uint32 rewardsEpochSeconds) BLSSignatureChecker(coordinator) {
        if (rewardsEpochSeconds == 0) revert InvalidRewardsEpoch();
        REWARDS_EPOCH_SECONDS = rewardsEpochSeconds;
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
        functionId = nextFunctionId++;
        FunctionRegistry.register(functions, functionId, spec);
    }

    /// @notice Replaces a function's spec (new module version, limits or URIs). Pending tasks keep
    /// the module and limits they were created with.
    /// @param functionId the function
    /// @param spec the new spec
    function updateFunction(uint64 functionId, FunctionSpec calldata spec) external whenNotPaused {
        FunctionRegistry.update(functions, functionId, spec);
    }

    /// @notice Stops new tasks for a function. Pending tasks can still be answered.
    /// @param functionId the function
    function deactivateFunction(uint64 functionId) external {
        FunctionRegistry.deactivate(functions, functionId);
    }

    /// @notice A function's owner, state and spec.
    /// @param functionId the function
    function getFunction(uint64 functionId) external view returns (FunctionRecord memory) {
        // FunctionRegistry.get's answer is already this function's ABI encoding: its bytes are passed
        // through instead of being decoded and re-encoded here (which would cost this contract ~800
        // bytes of its code size limit). The library call is a delegatecall to a view function, so
        // the non-view helper is called through a view-typed pointer.
        function(uint64) internal view returns (bytes memory) raw;
        function(uint64) internal returns (bytes memory) impl = _getFunctionRaw;
        assembly ("memory-safe") {
            raw := impl
        }
        bytes memory ret = raw(functionId);
        assembly ("memory-safe") {
            return(add(ret, 0x20), mload(ret))
        }
    }

    /// @dev Delegatecalls FunctionRegistry.get and returns its return data (reverts with its error).
    function _getFunctionRaw(uint64 functionId) internal returns (bytes memory ret) {
        uint256 slot;
        assembly ("memory-safe") {
            slot := functions.slot
        }
        bool ok;
        (ok, ret) = address(FunctionRegistry)
            .delegatecall(abi.encodeWithSelector(FunctionRegistry.get.selector, slot, functionId));
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(ret, 0x20), mload(ret))
            }
        }
    }

    // ------------------------------------------------------------------ tasks

    /// @notice Asks for a function to run on an input. msg.value is the deposit (the task's fee): at
    /// least max(function's baseFee, minTaskFee) + limits.fuel * fuelPrice and within uint96
    /// (reverts rather than truncating). On a verified response the fuel not used is refunded to the
    /// requester, (limits.fuel - fuelUsed) * fuelPrice, and the rest paid to the AVS; an expired task
    /// refunds the whole deposit. See docs/fees.md.
    /// @dev The task's id is a counter: (taskId, taskHash) identifies it across reorgs (see the contract notice).
    /// @param req the request; see TaskRequest
    /// @return taskId the new task's id
    function createTask(TaskRequest calldata req) external payable whenNotPaused returns (uint32 taskId) {
        return _createTask(req, msg.value, registryCoordinator.quorumCount());
    }

    /// @notice Creates one task per request in one transaction. msg.value is split evenly: every task's
    /// fee is msg.value / requests.length, which must divide exactly (FeeNotDivisible otherwise) and
    /// pass createTask's fee rules for its function (at least its quote, fits uint96). Each request is checked and
    /// emitted exactly as createTask does; any failing request reverts the whole call.
    /// @param requests the requests, at least one
    /// @return taskIds the new tasks' ids, in request order (consecutive)
    function createTasks(TaskRequest[] calldata requests)
        external
        payable
        whenNotPaused
        returns (uint32[] memory taskIds)
    {
        uint256 count = requests.length;
        if (count == 0) revert EmptyBatch();
        uint256 fee = msg.value / count;
        if (fee * count != msg.value) revert FeeNotDivisible(msg.value, count);
        uint8 quorumCount = registryCoordinator.quorumCount();
        taskIds = new uint32[](count);
        for (uint256 i = 0; i < count; i++) {
            uint256 mark = _memoryMark();
            taskIds[i] = _createTask(requests[i], fee, quorumCount);
            _memoryRelease(mark);
        }
    }

    /// @dev createTask's checks, record and event for one request paying `fee`.
    function _createTask(TaskRequest calldata req, uint256 fee, uint8 quorumCount) internal returns (uint32 taskId) {
        if (fee > type(uint96).max) revert FeeTooLarge(fee, type(uint96).max);
        FunctionRecord storage rec = functions[req.functionId];
        if (rec.owner == address(0)) revert UnknownFunction(req.functionId);
        if (!rec.active) revert InactiveFunction(req.functionId);
        uint256 base = rec.spec.baseFee > minTaskFee ? rec.spec.baseFee : minTaskFee;
        uint256 required = base + uint256(rec.spec.limits.fuel) * rec.spec.fuelPrice;
        if (fee < required) revert FeeBelowMinimum(fee, required);
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
            fee: uint96(fee),
            committeeSize: 0,
            failoverBlocks: 0,
            committeeTable: 0
        });
        if (rec.spec.committeeSize != 0) _assignCommittee(rec.spec, req, task);
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
        return _responseDigest(_taskHash(task), response);
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
        _onlyAggregator();
        bytes32 digest = _acceptQuorumResponse(task, response, true);
        (QuorumStakeTotals memory totals, bytes32 signatoryRecordHash) =
            checkSignatures(digest, task.quorumNumbers, task.referenceBlock, certificate);
        (bool met, uint256 q) = _thresholdMet(totals, task.quorumThresholdPercentage);
        if (!met) {
            revert ThresholdNotMet(
                uint8(task.quorumNumbers[q]), totals.signedStakeForQuorum[q], totals.totalStakeForQuorum[q]
            );
        }
        _creditFee(_charge(task, response));
        _announce(task, response, digest, signatoryRecordHash);
    }

    /// @notice Records committee tasks' results, one task or a batch of one table, certified by their
    /// committees: see ITaskManager and docs/committees.md. Fees, records, events and callbacks as
    /// respondToTask (one task) or respondToTasks (a batch, whose root is kept in `batches`).
    /// @param batchTasks the tasks exactly as emitted in TaskCreated, all of one committee table
    /// @param responses the results, responses[i] answering batchTasks[i]
    /// @param certificate abi.encode(CommitteeCertificate): rounds, signers' table positions and keys,
    /// aggregate keys and signature (kept opaque here, decoded by BLSCertificates: the TaskManager
    /// is at its code size limit)
    function respondToTasksByCommittee(
        Task[] calldata batchTasks,
        TaskResponse[] calldata responses,
        bytes calldata certificate
    ) external whenNotPaused {
        _onlyAggregator();
        uint256 count = batchTasks.length;
        if (count == 0) revert EmptyBatch();
        if (count != responses.length) revert BatchLengthMismatch(count, responses.length);
        (bytes32[] memory leaves, bytes32 root, uint256 fees, bytes32 signatoryRecordHash) =
            _checkCommitteeBatch(batchTasks, responses, certificate);
        if (count > 1) {
            batches[root] = BatchRecord({respondedBlock: uint32(block.number), count: uint32(count)});
            emit BatchResponded(root, count, 0);
        }
        _creditFee(fees);
        for (uint256 i = 0; i < count; i++) {
            _announce(batchTasks[i], responses[i], leaves[i], signatoryRecordHash);
        }
    }

    /// @notice Records the results of many quorum tasks under one stake-weighted BLS certificate over
    /// the Merkle root of their response digests. See ITaskManager and docs/batching.md for the batch
    /// rule; every task is checked exactly as respondToTask checks it, and any failure (a task no
    /// longer Pending included) reverts the whole batch.
    /// @param batchTasks the tasks exactly as emitted in TaskCreated
    /// @param responses the results, responses[i] answering batchTasks[i]
    /// @param referenceBlock the block whose registry state the certificate is checked against
    /// @param certificate non-signers, APKs, aggregate signature and registry history indices
    function respondToTasks(
        Task[] calldata batchTasks,
        TaskResponse[] calldata responses,
        uint32 referenceBlock,
        NonSignerStakesAndSignature calldata certificate
    ) external whenNotPaused {
        _onlyAggregator();
        uint256 count = batchTasks.length;
        if (count == 0) revert EmptyBatch();
        if (count != responses.length) revert BatchLengthMismatch(count, responses.length);
        // Effects first (every task recorded as answered, so a task twice in one batch fails its
        // second Pending check); the whole call reverts if the certificate does not hold.
        (bytes32[] memory leaves, uint256 fees, uint8 maxThreshold) =
            _acceptBatch(batchTasks, responses, referenceBlock);
        bytes32 root = BatchMerkle.root(leaves);
        bytes32 signatoryRecordHash =
            _checkBatchCertificate(batchTasks, _batchMessage(root, count), referenceBlock, certificate, maxThreshold);

        batches[root] = BatchRecord({respondedBlock: uint32(block.number), count: uint32(count)});
        _creditFee(fees);
        emit BatchResponded(root, count, referenceBlock);
        // Events and callbacks last: every state change above is done before any consumer runs.
        for (uint256 i = 0; i < count; i++) {
            uint256 mark = _memoryMark();
            _announce(batchTasks[i], responses[i], leaves[i], signatoryRecordHash);
            _memoryRelease(mark);
        }
    }

    /// @notice The message a batch certificate signs.
    /// @param root Merkle root of the batch's leaves (see verifyBatchLeaf)
    /// @param count number of tasks in the batch
    /// @return keccak256(abi.encode(BATCH_TAG, chainid, this contract, root, count))
    function batchMessage(bytes32 root, uint256 count) external view returns (bytes32) {
        return _batchMessage(root, count);
    }

    /// @notice Whether `leaf` is the index-th leaf of a batch answered under `root`; true means the
    /// response it commits to was recorded. leaf = responseDigest(task, response); the tree is
    /// BatchMerkle's; the proof lists the siblings from the bottom up.
    /// @param root a root from BatchResponded
    /// @param leaf the task's leaf
    /// @param index the task's position in the batch
    /// @param proof sibling nodes from the bottom up
    /// @return whether the proof is valid for a stored root
    function verifyBatchLeaf(bytes32 root, bytes32 leaf, uint256 index, bytes32[] calldata proof)
        external
        view
        returns (bool)
    {
        uint256 count = batches[root].count;
        return count != 0 && BatchMerkle.verify(root, count, leaf, index, proof);
    }

    /// @notice The record of a batch answered under `root` (respondedBlock zero: none).
    /// @param root a batch's Merkle root
    /// @return the block it was answered in and its number of tasks
    function getBatch(bytes32 root) external view returns (BatchRecord memory) {
        return batches[root];
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
        _onlyAggregator();
        uint32 taskId = response.taskId;
        (TaskRecord storage rec, bytes32 taskHash) = _answerableTask(taskId, task);
        address verifier = rec.zkVerifier;
        if (verifier == address(0)) revert WrongVerificationMode(taskId);
        ZkProofs.verify(verifier, taskHash, response, proof);

        bytes32 digest = _responseDigest(taskHash, response);
        _markResponded(rec, response, digest);
        // Proving is not metered on chain: a zk task pays its whole quote (no fuel refund).
        _creditFee(task.fee);
        _announce(task, response, digest, bytes32(0));
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

    /// @notice Sets the committee registry (zero: committee functions take no tasks), the floor on
    /// committee size and the failover period of functions that name none. Pending tasks keep theirs.
    /// @param registry the CommitteeRegistry
    /// @param minSize smallest committee any committee task gets
    /// @param failoverBlocks default failover period in blocks (0: none)
    function setCommitteeConfig(address registry, uint16 minSize, uint32 failoverBlocks) external onlyOwner {
        committeeRegistry = registry;
        minCommitteeSize = minSize;
        defaultFailoverBlocks = failoverBlocks;
        emit CommitteeConfigChanged(registry, minSize, failoverBlocks);
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

    /// @dev Every response path starts here: only the aggregator submits (anyone when it is unset).
    function _onlyAggregator() internal view {
        address allowed = aggregator;
        if (allowed != address(0) && msg.sender != allowed) revert NotAggregator();
    }

    /// @dev The checks every response path shares: the task exists, is the one emitted, is still
    /// pending and its deadline has not passed.
    function _answerableTask(uint32 taskId, Task calldata task)
        internal
        view
        returns (TaskRecord storage rec, bytes32 taskHash)
    {
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
        taskHash = _taskHash(task);
        if (rec.state == TaskState.None) revert UnknownTask(taskId);
        if (rec.taskHash != taskHash) revert TaskMismatch(taskId);
        if (rec.state == TaskState.Responded) revert TaskAlreadyResponded(taskId);
        if (rec.state == TaskState.Expired) revert TaskAlreadyExpired(taskId);
    }

    /// @dev keccak256(abi.encode(task)) of a task in calldata, hashed from the calldata bytes as they
    /// are instead of decoding and re-encoding the struct (the batch path hashes every task). The hashed
    /// bytes are the struct's 20 head words, the quorumNumbers length word and its padded data, after a
    /// 0x20 offset word: exactly abi.encode(task) when the calldata is canonically encoded. A
    /// non-canonical encoding (other offset, dirty padding) hashes differently, so it never matches a
    /// stored hash (TaskMismatch); when it matches, the bytes every field is read from are the canonical
    /// encoding's, so the fields read are the stored task's.
    function _taskHash(Task calldata task) internal pure returns (bytes32 h) {
        uint256 quorumBytes = task.quorumNumbers.length; // the accessor checks offset and length are in calldata
        assembly ("memory-safe") {
            let p := mload(0x40)
            let size := add(0x2a0, and(add(quorumBytes, 31), not(31)))
            mstore(p, 0x20)
            calldatacopy(add(p, 0x20), task, size)
            h := keccak256(p, add(size, 0x20))
        }
    }

    /// @dev What operators sign: chain id, this contract, the task hash and the response.
    function _responseDigest(bytes32 taskHash, TaskResponse calldata response) internal view returns (bytes32) {
        return keccak256(abi.encode(block.chainid, address(this), taskHash, response));
    }

    /// @dev The per-task part of a certified response (respondToTask and respondToTasks): the task
    /// is answerable and in quorum mode, the inline output matches its digest; then the record is
    /// marked answered. Returns the response digest (the single certificate's message, a batch's leaf).
    /// The record keeps the digest only when `keepDigest` (single responses): a batch's leaves are
    /// committed to by its stored root instead, which saves a fresh storage slot per task.
    function _acceptQuorumResponse(Task calldata task, TaskResponse calldata response, bool keepDigest)
        internal
        returns (bytes32 digest)
    {
        uint32 taskId = response.taskId;
        (TaskRecord storage rec, bytes32 taskHash) = _answerableTask(taskId, task);
        // A committee task is answered by its committee (respondToTasksByCommittee), not the quorum.
        if (task.committeeSize != 0) revert CommitteeTask(taskId);
        digest = _acceptResponse(rec, taskHash, response, keepDigest);
    }

    /// @dev The response checks every certified path shares (not zk, inline output matches its
    /// digest), then the record is marked answered. Returns the response digest.
    function _acceptResponse(TaskRecord storage rec, bytes32 taskHash, TaskResponse calldata response, bool keepDigest)
        internal
        returns (bytes32 digest)
    {
        // A zk task is answered only by a proof: its function asked for no stake threshold.
        if (rec.zkVerifier != address(0)) revert WrongVerificationMode(response.taskId);
        if (response.output.length > MAX_INLINE_OUTPUT) revert OutputTooLargeInline(response.output.length);
        if (response.output.length > 0 && keccak256(response.output) != response.outputDigest) {
            revert OutputDigestMismatch();
        }
        digest = _responseDigest(taskHash, response);
        _markResponded(rec, response, keepDigest ? digest : bytes32(0));
    }

    /// @dev The certificate of respondToTasksByCommittee, over the response digest (one task) or
    /// the batch message of the leaves' root (returned; zero for one task).
    function _verifyCommittee(
        uint64 table,
        bytes32[] memory hashes,
        uint256[] memory params,
        bytes32[] memory leaves,
        bytes calldata certificate
    ) internal view returns (bytes32 root, bytes32 signatoryRecordHash) {
        bytes32 message = leaves[0];
        if (leaves.length > 1) {
            root = BatchMerkle.root(leaves);
            message = _batchMessage(root, leaves.length);
        }
        signatoryRecordHash =
            BLSCertificates.checkCommittee(committeeRegistry, table, hashes, params, message, certificate);
    }

    /// @dev One task of respondToTasksByCommittee: answerable, a committee task; marked answered.
    /// Returns its leaf (response digest), hash and BLSCertificates.committeeParams.
    function _acceptCommitteeTask(Task calldata task, TaskResponse calldata response, bool keepDigest)
        internal
        returns (bytes32 leaf, bytes32 taskHash, uint256 params)
    {
        TaskRecord storage rec;
        (rec, taskHash) = _answerableTask(response.taskId, task);
        if (task.committeeSize == 0) revert NotCommitteeTask(response.taskId);
        leaf = _acceptResponse(rec, taskHash, response, keepDigest);
        params = BLSCertificates.committeeParams(
            task.referenceBlock, task.committeeSize, task.failoverBlocks, task.quorumThresholdPercentage
        );
    }

    /// @dev Sets a committee function's committee size, failover and table in a new task. The table
    /// is the current one of the task's class (quorum, runtimes to serve, memory class), built now if
    /// the class has none this epoch.
    function _assignCommittee(FunctionSpec storage spec, TaskRequest calldata req, Task memory task) internal {
        (task.committeeSize, task.failoverBlocks, task.committeeTable) = FunctionRegistry.committeeFor(
            spec,
            req.quorumNumbers,
            req.responseWindowBlocks,
            committeeRegistry,
            minCommitteeSize,
            defaultFailoverBlocks
        );
    }

    /// @dev respondToTasksByCommittee's checks and effects: per task, the answerable checks, a
    /// committee task of the first task's table, marked answered; then BLSCertificates checks the
    /// rounds, seeds, seats and signature over the response digest (one task) or the batch message.
    /// Returns the leaves (response digests), the batch root (zero for one task), the fees and the
    /// signatory record: keccak256(abi.encode(rounds, signerPositions)).
    function _checkCommitteeBatch(
        Task[] calldata batchTasks,
        TaskResponse[] calldata responses,
        bytes calldata certificate
    ) internal returns (bytes32[] memory leaves, bytes32 root, uint256 fees, bytes32 signatoryRecordHash) {
        uint256 count = batchTasks.length;
        leaves = new bytes32[](count);
        bytes32[] memory hashes = new bytes32[](count);
        uint256[] memory params = new uint256[](count);
        for (uint256 i = 0; i < count; i++) {
            Task calldata task = batchTasks[i];
            if (task.committeeTable != batchTasks[0].committeeTable) revert BatchTableMismatch(i);
            (leaves[i], hashes[i], params[i]) = _acceptCommitteeTask(task, responses[i], count == 1);
            fees += _charge(task, responses[i]);
        }
        (root, signatoryRecordHash) =
            _verifyCommittee(batchTasks[0].committeeTable, hashes, params, leaves, certificate);
    }

    /// @dev respondToTasks' per-task pass: the batch rule (same quorums as the first task, reference
    /// block not before the task's) and _acceptQuorumResponse. Returns the leaves, the fee sum and the
    /// highest threshold asked for.
    function _acceptBatch(Task[] calldata batchTasks, TaskResponse[] calldata responses, uint32 referenceBlock)
        internal
        returns (bytes32[] memory leaves, uint256 fees, uint8 maxThreshold)
    {
        uint256 count = batchTasks.length;
        leaves = new bytes32[](count);
        bytes32 quorumHash = keccak256(batchTasks[0].quorumNumbers);
        for (uint256 i = 0; i < count; i++) {
            uint256 mark = _memoryMark();
            Task calldata task = batchTasks[i];
            if (keccak256(task.quorumNumbers) != quorumHash) revert BatchQuorumMismatch(i);
            if (task.referenceBlock > referenceBlock) {
                revert BatchReferenceBlockBeforeTask(i, task.referenceBlock, referenceBlock);
            }
            leaves[i] = _acceptQuorumResponse(task, responses[i], false);
            fees += _charge(task, responses[i]);
            if (task.quorumThresholdPercentage > maxThreshold) maxThreshold = task.quorumThresholdPercentage;
            _memoryRelease(mark);
        }
    }

    /// @dev Whether the signed stake reaches `threshold` percent of the total in every quorum; if not,
    /// the index of the first quorum that falls short.
    function _thresholdMet(QuorumStakeTotals memory totals, uint8 threshold)
        internal
        pure
        returns (bool met, uint256 failedQuorum)
    {
        for (uint256 i = 0; i < totals.totalStakeForQuorum.length; i++) {
            uint96 signed = totals.signedStakeForQuorum[i];
            uint96 total = totals.totalStakeForQuorum[i];
            if (total == 0 || uint256(signed) * 100 < uint256(total) * threshold) return (false, i);
        }
        return (true, 0);
    }

    /// @dev Checks a batch certificate over `message` against the batch's quorums (those of its first
    /// task, the same for all) at `referenceBlock`. When the highest threshold is missed, reverts with
    /// BatchThresholdNotMet for the first task whose own threshold the stakes miss.
    function _checkBatchCertificate(
        Task[] calldata batchTasks,
        bytes32 message,
        uint32 referenceBlock,
        NonSignerStakesAndSignature calldata certificate,
        uint8 maxThreshold
    ) internal view returns (bytes32 signatoryRecordHash) {
        QuorumStakeTotals memory totals;
        (totals, signatoryRecordHash) =
            checkSignatures(message, batchTasks[0].quorumNumbers, referenceBlock, certificate);
        (bool met,) = _thresholdMet(totals, maxThreshold);
        if (met) return signatoryRecordHash;
        for (uint256 i = 0; i < batchTasks.length; i++) {
            (bool met, uint256 q) = _thresholdMet(totals, batchTasks[i].quorumThresholdPercentage);
            if (!met) {
                revert BatchThresholdNotMet(
                    i,
                    uint8(batchTasks[i].quorumNumbers[q]),
                    totals.signedStakeForQuorum[q],
                    totals.totalStakeForQuorum[q]
                );
            }
        }
    }

    /// @dev What a batch certificate signs: a tagged, chain- and contract-bound commitment to the root.
    function _batchMessage(bytes32 root, uint256 count) internal view returns (bytes32) {
        return keccak256(abi.encode(BATCH_TAG, block.chainid, address(this), root, count));
    }

    /// @dev Marks a record answered (digest zero: not kept, see _acceptQuorumResponse).
    function _markResponded(TaskRecord storage rec, TaskResponse calldata response, bytes32 digest) internal {
        rec.state = TaskState.Responded;
        rec.resultStatus = response.status;
        rec.respondedBlock = uint32(block.number);
        if (digest != bytes32(0)) rec.responseDigest = digest;
    }

    /// @dev What an answered quorum or committee task pays: its deposit less the unused fuel
    /// reservation, (limits.fuel - fuelUsed) * fuelPrice, which goes back to the requester
    /// (FuelRefunded). Operators sign the metered fuel, which never exceeds the limit. The price is
    /// the function's, fixed at registration; the deposit covered the whole reservation.
    function _charge(Task calldata task, TaskResponse calldata response) internal returns (uint256) {
        uint64 limit = task.limits.fuel;
        uint64 used = response.fuelUsed;
        if (used > limit) revert FuelAboveLimit(response.taskId, used, limit);
        uint256 refund = uint256(limit - used) * functions[task.functionId].spec.fuelPrice;
        if (refund == 0) return task.fee;
        balances[task.requester] += refund;
        emit FuelRefunded(response.taskId, task.requester, refund);
        return task.fee - refund;
    }

    /// @dev Credits answered tasks' fees to the fee recipient and counts them in the current rewards
    /// epoch (one extra storage write per response transaction, not per task of a batch).
    function _creditFee(uint256 fee) internal {
        if (fee == 0) return;
        balances[feeRecipient] += fee;
        epochFees[block.timestamp / REWARDS_EPOCH_SECONDS] += fee;
    }

    /// @dev TaskResponded and the consumer call of a recorded response, after every state change.
    function _announce(Task calldata task, TaskResponse calldata response, bytes32 digest, bytes32 signatoryRecordHash)
        internal
    {
        emit TaskResponded(response.taskId, response, digest, signatoryRecordHash);
        if (task.callback != address(0)) _callback(response.taskId, task, response);
    }

    /// @dev The free memory pointer, to release what one loop iteration allocated (_memoryRelease).
    function _memoryMark() internal pure returns (uint256 mark) {
        assembly ("memory-safe") {
            mark := mload(0x40)
        }
    }

    /// @dev Frees memory allocated since `mark`; only when nothing allocated since is used again.
    function _memoryRelease(uint256 mark) internal pure {
        assembly ("memory-safe") {
            mstore(0x40, mark)
        }
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
