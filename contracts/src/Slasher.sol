// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {Ownable, Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {BN254} from "./libraries/BN254.sol";
import {ITaskManager} from "./interfaces/ITaskManager.sol";

/// @notice The AllocationManager calls the slasher makes (EigenLayer's ABI as deployed on the devnet).
interface IAllocationManagerSlashing {
    struct OperatorSet {
        address avs;
        uint32 id;
    }

    struct SlashingParams {
        address operator;
        uint32 operatorSetId;
        address[] strategies;
        uint256[] wadsToSlash;
        string description;
    }

    function slashOperator(address avs, SlashingParams calldata params) external;
    function getStrategiesInOperatorSet(OperatorSet memory operatorSet) external view returns (address[] memory);
}

/// @notice The BLS key registry's view of an operator's G2 public key.
interface IBLSKeys {
    function getOperatorPubkeyG2(address operator) external view returns (BN254.G2Point memory);
}

/// @title Slasher
/// @notice Slashes an operator only for a fault anyone can prove on chain from the operator's own BLS
/// signatures over response digests (the messages operators sign for single tasks):
/// - equivocation: two valid signatures by the operator on two different responses to one task;
/// - contradiction: a valid signature on a response to a task whose certified or proven answer
///   (kept by the TaskManager, or a leaf of an answered batch) is a different response.
/// Timeouts, absence, declining a task or not signing leave no such evidence and are never slashed.
/// A proven fault slashes `slashWad` of the operator's magnitude allocated to this AVS's
/// slashable operator set (`operatorSetId`), once per operator and task, through the AllocationManager's slashOperator (this contract
/// is the AVS's appointee for it). With a veto window the slash is queued first: the veto
/// committee may cancel it within the window, after which anyone fulfils it (vetoable slashing); a
/// zero window slashes at once (instant slashing, the devnet's setting).
contract Slasher is Ownable2Step {
    enum Fault {
        Equivocation,
        Contradiction
    }

    enum RequestStatus {
        None,
        Pending,
        Cancelled,
        Fulfilled
    }

    struct SlashRequest {
        address operator;
        uint64 wad;
        uint32 fulfilAfterBlock;
        RequestStatus status;
        Fault fault;
        uint32 taskId;
    }

    /// @dev Gas for the pairing precompile (as the TaskManager's certificate check).
    uint256 internal constant PAIRING_GAS = 120_000;
    uint256 internal constant WAD = 1e18;

    ITaskManager public immutable taskManager;
    IAllocationManagerSlashing public immutable allocationManager;
    IBLSKeys public immutable blsKeys;
    /// @notice The AVS (ServiceManager) whose operator set is slashed.
    address public immutable avs;
    /// @notice The operator set whose allocations a proven fault slashes (the slashable-stake quorum).
    uint32 public immutable operatorSetId;

    /// @notice Fraction of the allocated magnitude a proven fault slashes, in wads (1e18 = all).
    uint64 public slashWad;
    /// @notice Who may cancel a queued slash within the veto window.
    address public vetoCommittee;
    /// @notice Blocks a slash waits for a veto (0: instant).
    uint32 public vetoWindowBlocks;
    /// @notice Faults already proven, by operator and task hash (one slash per operator and task).
    mapping(address => mapping(bytes32 => bool)) public faultProven;
    SlashRequest[] internal requests;

    event FaultProven(address indexed operator, Fault fault, uint32 indexed taskId, uint256 requestId);
    event SlashingRequested(uint256 indexed requestId, address indexed operator, uint64 wad, uint32 fulfilAfterBlock);
    event SlashingCancelled(uint256 indexed requestId);
    event OperatorSlashed(uint256 indexed requestId, address indexed operator, uint64 wad);
    event SlashWadChanged(uint64 previous, uint64 current);
    event VetoConfigChanged(address committee, uint32 windowBlocks);

    error SameResponse();
    error DifferentTasks();
    error TaskNotAnswered(uint32 taskId);
    error UnknownTask(uint32 taskId);
    error CertifiedAnswerUnproven();
    error NotAContradiction();
    error UnknownOperatorKey(address operator);
    error InvalidSignature();
    error FaultAlreadyProven(address operator, bytes32 taskHash);
    error InvalidSlashWad();
    error NotVetoCommittee();
    error RequestNotPending(uint256 requestId);
    error VetoWindowOpen(uint256 requestId, uint32 fulfilAfterBlock);
    error VetoWindowClosed(uint256 requestId);

    /// @param taskManager_ the TaskManager whose digests operators sign
    /// @param allocationManager_ EigenLayer's AllocationManager
    /// @param blsKeys_ the AVS's BLS APK registry (operators' G2 keys)
    /// @param avs_ the ServiceManager (the AVS id)
    /// @param operatorSetId_ the operator set slashed
    /// @param owner_ may change the slash fraction and the veto settings
    /// @param slashWad_ fraction slashed per fault, in wads
    constructor(
        ITaskManager taskManager_,
        IAllocationManagerSlashing allocationManager_,
        IBLSKeys blsKeys_,
        address avs_,
        uint32 operatorSetId_,
        address owner_,
        uint64 slashWad_
    ) Ownable(owner_) {
        if (slashWad_ == 0 || slashWad_ > WAD) revert InvalidSlashWad();
        taskManager = taskManager_;
        allocationManager = allocationManager_;
        blsKeys = blsKeys_;
        avs = avs_;
        operatorSetId = operatorSetId_;
        slashWad = slashWad_;
    }

    // ------------------------------------------------------------------ fault proofs

    /// @notice Proves that `operator` signed two different responses to one task.
    /// @param task the task both responses answer
    /// @param a one response
    /// @param sigA the operator's BLS signature over responseDigest(task, a)
    /// @param b another response to the same task
    /// @param sigB the operator's BLS signature over responseDigest(task, b)
    /// @param operator the operator who signed both
    /// @return requestId the slash (executed, or queued for the veto window)
    function proveEquivocation(
        ITaskManager.Task calldata task,
        ITaskManager.TaskResponse calldata a,
        BN254.G1Point calldata sigA,
        ITaskManager.TaskResponse calldata b,
        BN254.G1Point calldata sigB,
        address operator
    ) external returns (uint256 requestId) {
        if (a.taskId != b.taskId) revert DifferentTasks();
        bytes32 digestA = taskManager.responseDigest(task, a);
        bytes32 digestB = taskManager.responseDigest(task, b);
        if (digestA == digestB) revert SameResponse();
        BN254.G2Point memory key = _key(operator);
        _checkSignature(key, digestA, sigA);
        _checkSignature(key, digestB, sigB);
        return _slash(operator, Fault.Equivocation, a.taskId, keccak256(abi.encode(task)));
    }

    /// @notice Proves that `operator` signed a response contradicting a task's certified answer.
    /// @param task the answered task
    /// @param signed the response the operator signed
    /// @param sig the operator's BLS signature over responseDigest(task, signed)
    /// @param operator the signer
    /// @param certified the certified response; only read when the TaskManager kept no digest for
    /// the task (a batch answer), with the batch root, the leaf's index and its Merkle proof
    /// @param batchRoot root of the answered batch holding the certified response's digest
    /// @param leafIndex the leaf's index in that batch
    /// @param proof the leaf's Merkle proof
    /// @return requestId the slash (executed, or queued for the veto window)
    function proveContradiction(
        ITaskManager.Task calldata task,
        ITaskManager.TaskResponse calldata signed,
        BN254.G1Point calldata sig,
        address operator,
        ITaskManager.TaskResponse calldata certified,
        bytes32 batchRoot,
        uint256 leafIndex,
        bytes32[] calldata proof
    ) external returns (uint256 requestId) {
        ITaskManager.TaskRecord memory rec = taskManager.getTask(signed.taskId);
        if (rec.state != ITaskManager.TaskState.Responded) revert TaskNotAnswered(signed.taskId);
        bytes32 taskHash = keccak256(abi.encode(task));
        if (rec.taskHash != taskHash) revert UnknownTask(signed.taskId);
        bytes32 certifiedDigest = rec.responseDigest;
        if (certifiedDigest == bytes32(0)) {
            // Answered in a batch: the certified digest is a leaf under an answered root.
            if (certified.taskId != signed.taskId || taskManager.getBatch(batchRoot).respondedBlock == 0) {
                revert CertifiedAnswerUnproven();
            }
            certifiedDigest = taskManager.responseDigest(task, certified);
            if (!taskManager.verifyBatchLeaf(batchRoot, certifiedDigest, leafIndex, proof)) {
                revert CertifiedAnswerUnproven();
            }
        }
        bytes32 signedDigest = taskManager.responseDigest(task, signed);
        if (signedDigest == certifiedDigest) revert NotAContradiction();
        _checkSignature(_key(operator), signedDigest, sig);
        return _slash(operator, Fault.Contradiction, signed.taskId, taskHash);
    }

    // ------------------------------------------------------------------ vetoable slashing

    /// @notice Cancels a queued slash within its veto window.
    /// @param requestId the request
    function cancelSlashingRequest(uint256 requestId) external {
        if (msg.sender != vetoCommittee) revert NotVetoCommittee();
        SlashRequest storage r = _pending(requestId);
        if (block.number > r.fulfilAfterBlock) revert VetoWindowClosed(requestId);
        r.status = RequestStatus.Cancelled;
        emit SlashingCancelled(requestId);
    }

    /// @notice Executes a queued slash once its veto window has passed; anyone may call it.
    /// @param requestId the request
    function fulfilSlashingRequest(uint256 requestId) external {
        SlashRequest storage r = _pending(requestId);
        if (block.number <= r.fulfilAfterBlock) revert VetoWindowOpen(requestId, r.fulfilAfterBlock);
        _execute(requestId, r);
    }

    /// @notice A slash request.
    /// @param requestId the request
    function getRequest(uint256 requestId) external view returns (SlashRequest memory) {
        return requests[requestId];
    }

    /// @notice Number of slash requests made.
    function requestCount() external view returns (uint256) {
        return requests.length;
    }

    // ------------------------------------------------------------------ owner

    /// @notice Sets the fraction a proven fault slashes (in wads, above zero, at most 1e18).
    /// @param wad the new fraction
    function setSlashWad(uint64 wad) external onlyOwner {
        if (wad == 0 || wad > WAD) revert InvalidSlashWad();
        emit SlashWadChanged(slashWad, wad);
        slashWad = wad;
    }

    /// @notice Sets the veto committee and window (0 blocks: instant slashing).
    /// @param committee who may cancel queued slashes
    /// @param windowBlocks blocks a slash waits
    function setVetoConfig(address committee, uint32 windowBlocks) external onlyOwner {
        vetoCommittee = committee;
        vetoWindowBlocks = windowBlocks;
        emit VetoConfigChanged(committee, windowBlocks);
    }

    // ------------------------------------------------------------------ internals

    function _key(address operator) internal view returns (BN254.G2Point memory key) {
        key = blsKeys.getOperatorPubkeyG2(operator);
        if (key.X[0] == 0 && key.X[1] == 0 && key.Y[0] == 0 && key.Y[1] == 0) revert UnknownOperatorKey(operator);
    }

    /// @dev e(sig, -g2) * e(H(digest), key) == 1: the operator's key signed the digest.
    function _checkSignature(BN254.G2Point memory key, bytes32 digest, BN254.G1Point calldata sig) internal view {
        (bool ok, bool valid) = BN254.safePairing(
            BN254.G1Point(sig.X, sig.Y), BN254.negGeneratorG2(), BN254.hashToG1(digest), key, PAIRING_GAS
        );
        if (!ok || !valid) revert InvalidSignature();
    }

    function _slash(address operator, Fault fault, uint32 taskId, bytes32 taskHash) internal returns (uint256 id) {
        if (faultProven[operator][taskHash]) revert FaultAlreadyProven(operator, taskHash);
        faultProven[operator][taskHash] = true;
        id = requests.length;
        uint32 window = vetoWindowBlocks;
        requests.push(
            SlashRequest({
                operator: operator,
                wad: slashWad,
                fulfilAfterBlock: uint32(block.number) + window,
                status: RequestStatus.Pending,
                fault: fault,
                taskId: taskId
            })
        );
        emit FaultProven(operator, fault, taskId, id);
        if (window == 0) {
            _execute(id, requests[id]);
        } else {
            emit SlashingRequested(id, operator, slashWad, uint32(block.number) + window);
        }
    }

    function _pending(uint256 requestId) internal view returns (SlashRequest storage r) {
        if (requestId >= requests.length) revert RequestNotPending(requestId);
        r = requests[requestId];
        if (r.status != RequestStatus.Pending) revert RequestNotPending(requestId);
    }

    /// @dev Slashes the request's fraction in every strategy of the operator set (ascending, as the
    /// AllocationManager requires).
    function _execute(uint256 requestId, SlashRequest storage r) internal {
        r.status = RequestStatus.Fulfilled;
        emit OperatorSlashed(requestId, r.operator, r.wad);
        address[] memory strategies =
            allocationManager.getStrategiesInOperatorSet(IAllocationManagerSlashing.OperatorSet(avs, operatorSetId));
        for (uint256 i = 1; i < strategies.length; i++) {
            address s = strategies[i];
            uint256 j = i;
            while (j > 0 && strategies[j - 1] > s) {
                strategies[j] = strategies[j - 1];
                j--;
            }
            strategies[j] = s;
        }
        uint256[] memory wads = new uint256[](strategies.length);
        for (uint256 i = 0; i < wads.length; i++) {
            wads[i] = r.wad;
        }
        allocationManager.slashOperator(
            avs,
            IAllocationManagerSlashing.SlashingParams({
                operator: r.operator,
                operatorSetId: operatorSetId,
                strategies: strategies,
                wadsToSlash: wads,
                description: r.fault == Fault.Equivocation ? "equivocation" : "contradicted the certified answer"
            })
        );
    }
}
