// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {ICommitteeRegistry} from "../interfaces/ICommitteeRegistry.sol";
import {ITaskManager} from "../interfaces/ITaskManager.sol";

/// @title FunctionRegistry
/// @notice The function registry of TaskManager: register, update, deactivate and read functions.
/// @dev An external library linked into TaskManager, which calls it by DELEGATECALL with its own
/// `functions` mapping: the storage, msg.sender and emitted events are the TaskManager's. Off the
/// hot paths (createTask, respondToTask, respondToTasks), it keeps TaskManager under EIP-170's code
/// size limit. Its reverts and events are ITaskManager's.
library FunctionRegistry {
    /// @dev Largest committee a function may ask for: the certificate check grows with it.
    uint16 internal constant MAX_COMMITTEE_SIZE = 64;
    /// @dev Longest response window of a committee task: its seed is the hash of the block after its
    /// reference block, which the EVM serves for 256 blocks.
    uint32 internal constant MAX_COMMITTEE_WINDOW = 255;
    /// @dev Largest memory a committee function may ask for (CommitteeRegistry.MAX_MEM_CLASS).
    uint64 internal constant MAX_COMMITTEE_MEMORY = 1 << 40;
    /// @dev Most hosts a function may declare, and the longest one ("*." + a 253-byte name + ":65535").
    uint256 internal constant MAX_HTTP_HOSTS = 32;
    uint256 internal constant MAX_HTTP_HOST_BYTES = 261;

    /// @notice Stores a new function owned by the caller and emits FunctionRegistered.
    /// @param functions TaskManager's function records
    /// @param functionId the id the function gets (TaskManager's counter)
    /// @param spec the function's spec
    function register(
        mapping(uint64 => ITaskManager.FunctionRecord) storage functions,
        uint64 functionId,
        ITaskManager.FunctionSpec calldata spec
    ) external {
        _validate(spec);
        ITaskManager.FunctionRecord storage rec = functions[functionId];
        rec.owner = msg.sender;
        rec.active = true;
        rec.spec = spec;
        emit ITaskManager.FunctionRegistered(functionId, msg.sender, spec);
    }

    /// @notice Replaces an active function's spec; only its owner. Emits FunctionUpdated. The fuel
    /// price cannot change (FuelPriceImmutable): pending tasks are settled with it.
    /// @param functions TaskManager's function records
    /// @param functionId the function
    /// @param spec the new spec
    function update(
        mapping(uint64 => ITaskManager.FunctionRecord) storage functions,
        uint64 functionId,
        ITaskManager.FunctionSpec calldata spec
    ) external {
        ITaskManager.FunctionRecord storage rec = _owned(functions, functionId);
        _validate(spec);
        if (spec.fuelPrice != rec.spec.fuelPrice) revert ITaskManager.FuelPriceImmutable(functionId);
        rec.spec = spec;
        emit ITaskManager.FunctionUpdated(functionId, spec);
    }

    /// @notice Stops new tasks for an active function; only its owner. Emits FunctionDeactivated.
    /// @param functions TaskManager's function records
    /// @param functionId the function
    function deactivate(mapping(uint64 => ITaskManager.FunctionRecord) storage functions, uint64 functionId) external {
        _owned(functions, functionId).active = false;
        emit ITaskManager.FunctionDeactivated(functionId);
    }

    /// @notice A function's record; reverts with UnknownFunction for an unused id.
    /// @param functions TaskManager's function records
    /// @param functionId the function
    /// @return rec the record
    function get(mapping(uint64 => ITaskManager.FunctionRecord) storage functions, uint64 functionId)
        external
        view
        returns (ITaskManager.FunctionRecord memory rec)
    {
        rec = functions[functionId];
        if (rec.owner == address(0)) revert ITaskManager.UnknownFunction(functionId);
    }

    function _owned(mapping(uint64 => ITaskManager.FunctionRecord) storage functions, uint64 functionId)
        private
        view
        returns (ITaskManager.FunctionRecord storage rec)
    {
        rec = functions[functionId];
        if (rec.owner == address(0)) revert ITaskManager.UnknownFunction(functionId);
        if (rec.owner != msg.sender) revert ITaskManager.NotFunctionOwner(functionId);
        if (!rec.active) revert ITaskManager.InactiveFunction(functionId);
    }

    /// @notice A committee function's committee for a new task: size max(function's k, the AVS
    /// floor), failover (the function's, else the AVS default) and the current table of the task's
    /// class (quorum, runtime bits: 1 wasm or 2 x86, plus 4 for zk; memory), built now if the class
    /// has none this epoch. Committee tasks name one quorum and a response window of at most
    /// MAX_COMMITTEE_WINDOW blocks: the seed block's hash must still be readable when they are answered.
    /// @param spec the function's spec
    /// @param quorumNumbers the request's quorums
    /// @param window the request's response window in blocks
    /// @param registry the CommitteeRegistry (zero: committees are not enabled)
    /// @param minSize the AVS floor on committee size
    /// @param defaultFailover the AVS default failover period
    function committeeFor(
        ITaskManager.FunctionSpec storage spec,
        bytes calldata quorumNumbers,
        uint32 window,
        address registry,
        uint16 minSize,
        uint32 defaultFailover
    ) external returns (uint16 size, uint32 failover, uint64 table) {
        if (registry == address(0)) revert ITaskManager.CommitteesNotEnabled();
        if (quorumNumbers.length != 1) revert ITaskManager.CommitteeNeedsOneQuorum();
        if (window > MAX_COMMITTEE_WINDOW) revert ITaskManager.CommitteeWindowTooLong(window, MAX_COMMITTEE_WINDOW);
        size = spec.committeeSize < minSize ? minSize : spec.committeeSize;
        failover = spec.failoverBlocks == 0 ? defaultFailover : spec.failoverBlocks;
        uint8 runtimes = spec.runtime == ITaskManager.RuntimeKind.Wasm ? 1 : 2;
        if (spec.mode == ITaskManager.VerificationMode.Zk) runtimes |= 4;
        table = ICommitteeRegistry(registry).useTable(uint8(quorumNumbers[0]), runtimes, spec.limits.memoryBytes);
    }

    /// @dev Why a function's HTTP hosts are refused, or "": few enough, each 1..MAX_HTTP_HOST_BYTES
    /// bytes, for a quorum-mode wasm function without a committee (a zk proof cannot attest to a fetch;
    /// x86 programs have no HTTP module). The host syntax is checked by operators, which refuse calls to malformed hosts.
    function _hostsReason(ITaskManager.FunctionSpec calldata spec) private pure returns (string memory) {
        if (spec.httpHosts.length > MAX_HTTP_HOSTS) return "more than 32 HTTP hosts";
        if (spec.mode != ITaskManager.VerificationMode.Quorum) return "HTTP hosts need quorum mode";
        if (spec.runtime != ITaskManager.RuntimeKind.Wasm) return "HTTP hosts need the wasm runtime";
        // The fetch phase weighs reports by quorum stake; a committee answers by seats.
        if (spec.committeeSize != 0) return "HTTP hosts need a non-committee function";
        for (uint256 i; i < spec.httpHosts.length; ++i) {
            uint256 n = bytes(spec.httpHosts[i]).length;
            if (n == 0 || n > MAX_HTTP_HOST_BYTES) return "HTTP host empty or too long";
        }
        return "";
    }

    /// @dev One revert site for every reason keeps the code small.
    function _validate(ITaskManager.FunctionSpec calldata spec) private pure {
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
        } else if (uint256(spec.baseFee) + uint256(spec.limits.fuel) * spec.fuelPrice > type(uint96).max) {
            reason = "price above the uint96 fee field";
        } else if (spec.committeeSize > MAX_COMMITTEE_SIZE) {
            reason = "committee size above 64";
        } else if (spec.committeeSize != 0 && spec.limits.memoryBytes > MAX_COMMITTEE_MEMORY) {
            // CommitteeRegistry's largest memory class: no table could ever serve the function.
            reason = "committee memory above 1 TiB";
        } else if (spec.mode == ITaskManager.VerificationMode.Quorum) {
            if (spec.minQuorumThreshold == 0 || spec.minQuorumThreshold > 100) {
                reason = "quorum threshold must be 1..100";
            }
        } else if (spec.zkVerifier == address(0)) {
            reason = "zk mode needs a verifier";
        }
        if (bytes(reason).length == 0 && spec.httpHosts.length > 0) reason = _hostsReason(spec);
        if (bytes(reason).length != 0) revert ITaskManager.InvalidFunctionSpec(reason);
    }
}
