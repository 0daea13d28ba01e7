// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {BLSSignatureChecker} from "../BLSSignatureChecker.sol";
import {BN254} from "../libraries/BN254.sol";

/// @title ITaskManager
/// @notice What consumers, requesters and tools need of Blockless AVS's TaskManager: its types,
/// events, errors and external functions. TaskManager implements it; code that only talks to a
/// deployed TaskManager imports this file, not the implementation.
/// @dev A task is identified by the pair (taskId, taskHash), taskHash = keccak256(abi.encode(task)):
/// ids are a counter, so after a chain reorganisation the same id can name a task with other content.
interface ITaskManager {
    // ------------------------------------------------------------------ types

    /// @notice How a function's module runs.
    enum RuntimeKind {
        // WASM module on the operators' WASM engine.
        Wasm,
        // x86-64 program run by the emulator (itself a WASM module).
        X86
    }

    /// @notice How a function's results are accepted on chain.
    enum VerificationMode {
        // A stake-weighted BLS certificate of the operators (respondToTask).
        Quorum,
        // A Groth16 proof checked by the function's verifier (respondWithProof).
        Zk
    }

    /// @notice Where a task is in its lifecycle.
    enum TaskState {
        // No task under that id.
        None,
        // Created, not answered, deadline maybe passed.
        Pending,
        // A verified response is recorded.
        Responded,
        // Unanswered past its deadline; the fee went back to the requester.
        Expired
    }

    /// @notice Outcome class of one execution, as the operators' engine reports it. A failure is a
    /// result too: operators sign it like an output. The numbers are those of the engine's Status
    /// (protocol/onchain in the Go code) and never change; new statuses are only appended.
    /// @dev Responses carry the status as a uint8 (TaskResponse.status, TaskRecord.resultStatus,
    /// ITaskConsumer.onTaskResponse), ABI-encoded exactly like this enum, so a status the engine
    /// appends later is accepted without changing the contract. Compare with `uint8(ResultStatus.X)`.
    /// Values: 0 Ok, 1 Trap, 2 OutOfFuel, 3 OutOfMemory, 4 OutputTooLarge, 5 InvalidModule,
    /// 6 BadImports, 7 BadEntry, 8 ExitNonZero, 9 Timeout (never signed: wall-clock time is not deterministic).
    enum ResultStatus {
        // 0: the module returned normally (or exited with code 0); the output is its stdout.
        Ok,
        // 1: the module trapped (WASM trap, or a CPU fault or fatal signal under x86).
        Trap,
        // 2: the fuel limit was used up.
        OutOfFuel,
        // 3: the module needed more memory than the limit allows.
        OutOfMemory,
        // 4: the output exceeded the function's maxOutputBytes.
        OutputTooLarge,
        // 5: the module bytes are not a valid module for the engine.
        InvalidModule,
        // 6: the module imports something other than the allowed host functions.
        BadImports,
        // 7: the module has no valid entry point.
        BadEntry,
        // 8: the module exited with a non-zero code.
        ExitNonZero,
        // 9: the wall-clock limit was hit. Not deterministic: honest operators never sign it,
        // so no certified response carries it.
        Timeout
    }

    /// @notice Deterministic limits every operator enforces identically, plus an operator-protection wall time.
    struct ResourceLimits {
        uint64 fuel;
        uint64 memoryBytes;
        uint32 wallTimeMs;
        uint32 maxOutputBytes;
    }

    /// @notice A function: the module operators run and how its results are accepted.
    struct FunctionSpec {
        bytes32 moduleDigest; // sha256 of the module bytes: what operators trust, never the URI
        RuntimeKind runtime;
        VerificationMode mode;
        uint8 minQuorumThreshold; // percentage of stake per quorum a task must at least require
        address zkVerifier; // used when mode == Zk
        ResourceLimits limits;
        string[] uris;
        // Committee size k (replication factor): 0 = every operator of the task's quorums runs it;
        // otherwise max(k, the AVS floor) seats drawn from the committee table (docs/committees.md).
        uint16 committeeSize;
        // Blocks without an answer after which the next k seats are drafted (0: the AVS default).
        uint32 failoverBlocks;
        // Metered pricing (docs/fees.md): a task deposits at least max(baseFee, minTaskFee) +
        // limits.fuel * fuelPrice; fuel not used is refunded at the answer. fuelPrice (wei per
        // unit of fuel) is fixed at registration: pending tasks are settled with it.
        uint96 baseFee;
        uint96 fuelPrice;
        // Hosts the function may call over HTTP ("host", "host:port" or "*.domain"; at most 32).
        // Operators read them at a task's reference block; what they fetch is agreed on and signed
        // as the response's transcriptDigest (docs/http.md). Quorum-mode wasm functions only.
        string[] httpHosts;
    }

    /// @notice A registered function with its owner (who may update or deactivate it).
    struct FunctionRecord {
        address owner;
        bool active;
        FunctionSpec spec;
    }

    /// @notice What a requester asks for in createTask.
    struct TaskRequest {
        uint64 functionId;
        bytes input; // inline input; empty when the input is fetched from inputURI
        bytes32 inputDigest; // keccak256 of the input; required when input is empty, checked otherwise
        string inputURI;
        bytes quorumNumbers;
        uint8 quorumThresholdPercentage;
        uint32 responseWindowBlocks;
        address callback; // optional ITaskConsumer
        uint32 callbackGasLimit;
    }

    /// @notice Everything the result depends on, fixed at creation (a later function update cannot
    /// change what a pending task means).
    struct Task {
        uint64 functionId;
        bytes32 moduleDigest;
        RuntimeKind runtime;
        bytes32 environment; // runtimeEnvironment[runtime] at creation: the engine operators must run
        ResourceLimits limits;
        bytes32 inputDigest;
        bytes quorumNumbers;
        uint8 quorumThresholdPercentage;
        uint32 referenceBlock;
        uint32 deadlineBlock;
        address requester;
        address callback;
        uint32 callbackGasLimit;
        uint96 fee;
        uint16 committeeSize; // seats per failover round; 0: the whole quorum answers (respondToTask)
        uint32 failoverBlocks; // blocks per failover round (0: no failover)
        uint64 committeeTable; // CommitteeRegistry table the committee is drawn from (0: none)
    }

    /// @notice A committee certificate for one task or a batch of tasks of one committee table: who
    /// signed (by their place in the table and their BLS keys), the failover round claimed per
    /// task and the aggregate signature.
    struct CommitteeCertificate {
        uint8[] rounds; // per task: the committee is draws 0 .. committeeSize*(round+1)-1
        uint32[] signerPositions; // positions in the task's table, strictly increasing
        BN254.G1Point[] signerPubkeys; // the signers' G1 keys, same order
        BN254.G2Point apkG2; // sum of the signers' G2 keys
        BN254.G1Point sigma; // aggregate signature over the response digest
    }

    /// @notice A task's result as operators sign it.
    struct TaskResponse {
        uint32 taskId;
        uint8 status; // a ResultStatus value; failures are results too and are signed
        bytes32 outputDigest; // keccak256 of the full output
        bytes output; // the output when at most MAX_INLINE_OUTPUT bytes, else empty
        uint64 fuelUsed; // metered fuel (deterministic); at most the task's limits.fuel
        // keccak256 digest of the agreed transcript of the function's HTTP calls (request and agreed
        // response, in call order); zero when it made none. Signed with the rest of the response, so
        // anyone can replay the task offline from the transcript and check it (docs/http.md).
        bytes32 transcriptDigest;
    }

    /// @notice What the contract keeps of a task.
    struct TaskRecord {
        bytes32 taskHash;
        bytes32 responseDigest; // the digest the certificate signed; zero until responded
        TaskState state;
        uint8 resultStatus; // a ResultStatus value once responded
        uint32 respondedBlock;
        address zkVerifier; // the function's verifier when the task was created; zero for quorum tasks
    }

    /// @notice What the contract keeps of a batch answered by respondToTasks, under its Merkle root.
    struct BatchRecord {
        uint32 respondedBlock; // zero: no batch with that root was answered
        uint32 count; // number of tasks (leaves); fixes the tree's shape for verifyBatchLeaf
    }

    // ------------------------------------------------------------------ events

    /// @notice A function was registered.
    event FunctionRegistered(uint64 indexed functionId, address indexed owner, FunctionSpec spec);
    /// @notice A function's spec was replaced; pending tasks keep the one they were created with.
    event FunctionUpdated(uint64 indexed functionId, FunctionSpec spec);
    /// @notice A function takes no new tasks.
    event FunctionDeactivated(uint64 indexed functionId);
    /// @notice A task was created: the full task, its inline input and where to fetch input and module.
    event TaskCreated(uint32 indexed taskId, Task task, bytes input, string inputURI, string[] moduleURIs);
    /// @notice A task's response was verified and recorded (signatoryRecordHash is zero for proofs).
    event TaskResponded(
        uint32 indexed taskId, TaskResponse response, bytes32 responseDigest, bytes32 signatoryRecordHash
    );
    /// @notice A batch of tasks was answered under one certificate (respondToTasks). Each task also
    /// gets its own TaskResponded, whose responseDigest is the task's leaf in the batch tree.
    event BatchResponded(bytes32 indexed root, uint256 count, uint32 referenceBlock);
    /// @notice An unanswered task passed its deadline; its fee was credited back to the requester.
    event TaskExpired(uint32 indexed taskId);
    /// @notice The unused fuel reservation of an answered task was credited back to its requester.
    event FuelRefunded(uint32 indexed taskId, address indexed requester, uint256 amount);
    /// @notice Outcome of the consumer callback of an answered task.
    event CallbackResult(uint32 indexed taskId, address indexed callback, bool success);
    /// @notice The account allowed to submit responses changed.
    event AggregatorChanged(address indexed previous, address indexed current);
    /// @notice Where fees of answered tasks are credited changed.
    event FeeRecipientChanged(address indexed previous, address indexed current);
    /// @notice The allowed range of response windows changed.
    event ResponseWindowChanged(uint32 minBlocks, uint32 maxBlocks);
    /// @notice An account withdrew its balance.
    event Withdrawn(address indexed account, uint256 amount);
    /// @notice The smallest fee createTask accepts changed.
    event MinTaskFeeChanged(uint96 previous, uint96 current);
    /// @notice The execution environment pinned for a runtime kind changed.
    event RuntimeEnvironmentSet(RuntimeKind indexed runtime, bytes32 environment);
    /// @notice The committee registry, the AVS's floor on committee size or the default failover changed.
    event CommitteeConfigChanged(address registry, uint16 minCommitteeSize, uint32 defaultFailoverBlocks);

    // ------------------------------------------------------------------ errors

    error UnknownFunction(uint64 functionId);
    /// @notice A TaskManager built with a zero rewards epoch.
    error InvalidRewardsEpoch();
    error InactiveFunction(uint64 functionId);
    error NotFunctionOwner(uint64 functionId);
    error InvalidFunctionSpec(string reason);
    error WrongVerificationMode(uint32 taskId);
    error ZkVerifierMissing(address verifier);
    error ZkOutputMalformed(uint256 size);
    error ZkStatusNotOk(uint8 status);
    error ZkTranscript();
    error ProofRejected(uint32 taskId, bytes reason);
    error InputTooLarge(uint256 size, uint256 max);
    error InputDigestMismatch();
    error MissingInput();
    error WrongQuorumSet();
    error ThresholdOutOfRange(uint8 requested, uint8 minimum);
    error ResponseWindowOutOfRange(uint32 requested, uint32 minimum, uint32 maximum);
    error CallbackGasTooHigh(uint32 requested, uint32 maximum);
    error UnknownTask(uint32 taskId);
    error TaskMismatch(uint32 taskId);
    error TaskAlreadyResponded(uint32 taskId);
    error TaskAlreadyExpired(uint32 taskId);
    error TaskDeadlinePassed(uint32 taskId, uint32 deadlineBlock);
    error TaskNotYetExpired(uint32 taskId, uint32 deadlineBlock);
    error NotAggregator();
    error OutputTooLargeInline(uint256 size);
    error OutputDigestMismatch();
    error ThresholdNotMet(uint8 quorumNumber, uint96 signedStake, uint96 totalStake);
    error InsufficientGasForCallback();
    error NothingToWithdraw();
    error WithdrawFailed();
    error FeeTooLarge(uint256 paid, uint256 maximum);
    error FeeBelowMinimum(uint256 paid, uint256 minimum);
    error FuelAboveLimit(uint32 taskId, uint64 fuelUsed, uint64 limit);
    error FuelPriceImmutable(uint64 functionId);
    error RuntimeNotEnabled(RuntimeKind runtime);
    error EmptyBatch();
    error BatchLengthMismatch(uint256 tasks, uint256 responses);
    error BatchQuorumMismatch(uint256 index);
    error BatchReferenceBlockBeforeTask(uint256 index, uint32 taskReferenceBlock, uint32 referenceBlock);
    error BatchThresholdNotMet(uint256 index, uint8 quorumNumber, uint96 signedStake, uint96 totalStake);
    error FeeNotDivisible(uint256 paid, uint256 count);
    error CommitteesNotEnabled();
    error CommitteeNeedsOneQuorum();
    error CommitteeWindowTooLong(uint32 requested, uint32 maximum);
    error CommitteeTask(uint32 taskId);
    error NotCommitteeTask(uint32 taskId);
    error CommitteeSeedUnavailable(uint32 seedBlock);
    error FailoverRoundNotReached(uint8 round, uint256 current);
    error CommitteeThresholdNotMet(uint256 index, uint256 seats, uint256 window);
    error BatchTableMismatch(uint256 index);
    error CommitteeSignersMismatch();

    // ------------------------------------------------------------------ function registry

    /// @notice Registers a function; the caller becomes its owner.
    /// @param spec module digest, runtime, verification mode, limits and fetch URIs
    /// @return functionId the new function's id
    function registerFunction(FunctionSpec calldata spec) external returns (uint64 functionId);

    /// @notice Replaces a function's spec. Pending tasks keep the module and limits they were created with.
    /// @param functionId the function
    /// @param spec the new spec
    function updateFunction(uint64 functionId, FunctionSpec calldata spec) external;

    /// @notice Stops new tasks for a function. Pending tasks can still be answered.
    /// @param functionId the function
    function deactivateFunction(uint64 functionId) external;

    /// @notice A function's owner, state and spec; reverts with UnknownFunction for an unused id.
    /// @param functionId the function
    /// @return the function's record
    function getFunction(uint64 functionId) external view returns (FunctionRecord memory);

    // ------------------------------------------------------------------ tasks

    /// @notice Asks for a function to run on an input. msg.value is the fee, paid to the AVS on a
    /// verified response and refunded when the task expires unanswered.
    /// @param req the request
    /// @return taskId the new task's id
    function createTask(TaskRequest calldata req) external payable returns (uint32 taskId);

    /// @notice Creates one task per request in one transaction. msg.value is split evenly: every task's
    /// fee is msg.value / requests.length, which must divide exactly (FeeNotDivisible otherwise) and
    /// pass createTask's fee rules for its function (at least its quote, fits uint96). Each request is checked and
    /// emitted exactly as createTask does; any failing request reverts the whole call.
    /// @param requests the requests, at least one
    /// @return taskIds the new tasks' ids, in request order (consecutive)
    function createTasks(TaskRequest[] calldata requests) external payable returns (uint32[] memory taskIds);

    /// @notice The digest operators BLS-sign for a response to `task`.
    /// @param task the task as emitted in TaskCreated
    /// @param response the response
    /// @return the digest: keccak256(abi.encode(chainid, this contract, taskHash, response))
    function responseDigest(Task calldata task, TaskResponse calldata response) external view returns (bytes32);

    /// @notice Records a task's result certified by a stake-weighted BLS signature of its operators.
    /// @param task the task exactly as emitted in TaskCreated
    /// @param response the result the certificate signs
    /// @param certificate non-signers, APKs, aggregate signature and registry history indices
    function respondToTask(
        Task calldata task,
        TaskResponse calldata response,
        BLSSignatureChecker.NonSignerStakesAndSignature calldata certificate
    ) external;

    /// @notice Records the results of committee tasks certified by their committees: one task, or a
    /// batch of tasks drawn from one committee table under one signature (see docs/committees.md).
    /// @dev Task i's committee in failover round r = rounds[i] is the holders of draws 0 .. k*(r+1)-1
    /// of the table under seed keccak256(abi.encode(blockhash(referenceBlock + 1), taskHash)): a block
    /// the requester cannot know when creating the task. Round r may be claimed once r*failoverBlocks
    /// blocks have passed since the task's reference block. The signers sign responseDigest(task,
    /// response) for one task, batchMessage(root, count) for a batch (root over the response digests
    /// as in respondToTasks). Each signer must hold a seat in at least one task's window
    /// (NotCommitteeMember), counts only in the windows where it holds seats, and every task needs
    /// seats*100 >= quorumThresholdPercentage * window (CommitteeThresholdNotMet names the task).
    /// Every task is checked as respondToTask checks it, and any failure reverts the whole call.
    /// @param tasks the tasks exactly as emitted in TaskCreated, all with the same committeeTable
    /// @param responses the results, responses[i] answering tasks[i]
    /// @param certificate abi.encode(CommitteeCertificate): rounds (one per task), signers' table
    /// positions and keys, aggregate keys and signature
    function respondToTasksByCommittee(
        Task[] calldata tasks,
        TaskResponse[] calldata responses,
        bytes calldata certificate
    ) external;

    /// @notice Records the results of many quorum tasks under one stake-weighted BLS certificate.
    /// @dev The certificate signs batchMessage(root, count), where root is the Merkle root (see
    /// verifyBatchLeaf) over the leaves `responseDigest(tasks[i], responses[i])` in batch order.
    /// Batch rule: every task has the same quorumNumbers (byte-equal, else BatchQuorumMismatch);
    /// referenceBlock is at least every task's referenceBlock (BatchReferenceBlockBeforeTask), below
    /// block.number and passes the stale-stake rule; each task's own quorumThresholdPercentage must be
    /// met by the certificate's signed/total stake in every quorum (BatchThresholdNotMet names the
    /// first failing index). Every task is checked exactly as respondToTask checks it (stored hash,
    /// Pending, deadline, inline output digest, quorum mode) and any failure reverts the whole batch,
    /// including a task already answered or expired: every leaf under a stored root is then a recorded
    /// response, and the aggregator re-proposes the rest. Each task is recorded (state, status, block;
    /// its record's responseDigest stays zero, the leaf is in its TaskResponded event) and its fee
    /// credited; then BatchResponded is emitted and, per task in batch order, TaskResponded (the leaf as
    /// digest) and its consumer callback, each with its own gas cap and isolated from the others.
    /// @param tasks the tasks exactly as emitted in TaskCreated
    /// @param responses the results, responses[i] answering tasks[i]
    /// @param referenceBlock the block whose registry state the certificate is checked against
    /// @param certificate non-signers, APKs, aggregate signature and registry history indices
    function respondToTasks(
        Task[] calldata tasks,
        TaskResponse[] calldata responses,
        uint32 referenceBlock,
        BLSSignatureChecker.NonSignerStakesAndSignature calldata certificate
    ) external;

    /// @notice The message a batch certificate signs.
    /// @param root Merkle root of the batch's leaves
    /// @param count number of tasks in the batch
    /// @return keccak256(abi.encode(BATCH_TAG, chainid, this contract, root, count))
    function batchMessage(bytes32 root, uint256 count) external view returns (bytes32);

    /// @notice Whether `leaf` is the index-th leaf of a batch answered under `root`; true means the
    /// response it commits to was recorded.
    /// @dev leaf = responseDigest(task, response). Tree: node_i = keccak256(0x00 ‖ leaf_i); a level's
    /// pairs are hashed as keccak256(0x01 ‖ left ‖ right); an odd last node moves up unchanged; the
    /// root is the single node left. The proof lists the siblings from the bottom level up, skipping
    /// levels where the node had none; its length must match exactly.
    /// @param root a root from BatchResponded
    /// @param leaf the task's leaf
    /// @param index the task's position in the batch
    /// @param proof sibling nodes from the bottom up
    /// @return whether the proof is valid for a stored root
    function verifyBatchLeaf(bytes32 root, bytes32 leaf, uint256 index, bytes32[] calldata proof)
        external
        view
        returns (bool);

    /// @notice The record of a batch answered under `root` (respondedBlock zero: none).
    /// @param root a batch's Merkle root
    /// @return the block it was answered in and its number of tasks
    function getBatch(bytes32 root) external view returns (BatchRecord memory);

    /// @notice Records a zk task's result proven by a Groth16 proof (status must be ResultStatus.Ok).
    /// @param task the task exactly as emitted in TaskCreated
    /// @param response the result; output inline, outputDigest = keccak256(output)
    /// @param proof the proof as gnark's MarshalSolidity lays it out
    function respondWithProof(Task calldata task, TaskResponse calldata response, bytes calldata proof) external;

    /// @notice Marks an unanswered task whose deadline has passed as expired and credits the fee
    /// back to its requester. Anyone may call.
    /// @param taskId the task
    /// @param task the task exactly as emitted in TaskCreated
    function expireTask(uint32 taskId, Task calldata task) external;

    /// @notice A task's record: hash, state, result status and the digest its certificate signed.
    /// @param taskId the task
    /// @return the record (state None for an unused id)
    function getTask(uint32 taskId) external view returns (TaskRecord memory);

    /// @notice Pays out the caller's balance (collected fees or refunds).
    function withdraw() external;

    // ------------------------------------------------------------------ parameters

    /// @notice Id the next registered function gets.
    function nextFunctionId() external view returns (uint64);

    /// @notice Id the next created task gets.
    function nextTaskId() external view returns (uint32);

    /// @notice Smallest response window createTask accepts, in blocks.
    function minResponseWindow() external view returns (uint32);

    /// @notice Largest response window createTask accepts, in blocks.
    function maxResponseWindow() external view returns (uint32);

    /// @notice Smallest fee createTask accepts, in wei.
    function minTaskFee() external view returns (uint96);

    /// @notice The only account allowed to submit responses (zero: anyone with a valid certificate).
    function aggregator() external view returns (address);

    /// @notice Where fees of answered tasks are credited.
    function feeRecipient() external view returns (address);

    /// @notice Digest of the execution environment operators must run for a runtime kind (zero: no tasks).
    /// @param runtime the runtime kind
    function runtimeEnvironment(RuntimeKind runtime) external view returns (bytes32);

    /// @notice Withdrawable balance of an account.
    /// @param account the account
    function balances(address account) external view returns (uint256);
}
