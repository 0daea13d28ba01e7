// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

/// @title ITaskConsumer
/// @notice Implemented by contracts that want the verified result of a task they requested.
/// @dev Anyone can register a function that outputs anything and create a task naming any contract as
/// its callback, so `msg.sender == taskManager` only proves that the TaskManager verified the result of
/// *some* task. Safe pattern, all three checks:
///
///     function onTaskResponse(uint32 taskId, uint64 functionId, address requester, bytes32 moduleDigest,
///         uint8 status, bytes32 outputDigest, bytes calldata output) external {
///         if (msg.sender != address(taskManager)) revert NotTaskManager();
///         if (requester != address(this)) revert NotMyTask(taskId);          // someone else's task
///         if (functionId != trustedFunctionId) revert WrongFunction(functionId); // and/or moduleDigest
///         ... use output ...
///     }
///
/// Checking the function id trusts that function's owner, who can update its module; checking the
/// module digest pins the exact code. Reverting or silently returning are both fine: the TaskManager
/// has recorded the response already and reports the call's outcome in CallbackResult. See
/// examples/PriceConsumer.sol.
interface ITaskConsumer {
    /// @notice Called by the TaskManager once a task's response has been verified and recorded.
    /// @dev Runs with the gas cap the requester set; a revert here does not undo the response.
    /// @param taskId the task (with the task hash, its identity: ids can be reused after a reorg)
    /// @param functionId the function the task ran; check it against the one you trust
    /// @param requester who created the task; check it is you (or someone you trust)
    /// @param moduleDigest sha256 of the module that ran (fixed when the task was created)
    /// @param status the execution status, an ITaskManager.ResultStatus value (0 = Ok; other codes are
    /// deterministic failures)
    /// @param outputDigest keccak256 of the full output
    /// @param output the output when small enough to travel inline, else empty
    function onTaskResponse(
        uint32 taskId,
        uint64 functionId,
        address requester,
        bytes32 moduleDigest,
        uint8 status,
        bytes32 outputDigest,
        bytes calldata output
    ) external;
}
