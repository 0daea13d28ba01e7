// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

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
    /// @dev Largest memory a committee function may ask for (CommitteeRegistry.MAX_MEM_CLASS).
    uint64 internal constant MAX_COMMITTEE_MEMORY = 1 << 40;

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

    /// @notice Replaces an active function's spec; only its owner. Emits FunctionUpdated.
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
        if (bytes(reason).length != 0) revert ITaskManager.InvalidFunctionSpec(reason);
    }
}
