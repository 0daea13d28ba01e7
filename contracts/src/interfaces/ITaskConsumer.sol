// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

/// @title ITaskConsumer
/// @notice Implemented by contracts that want the verified result of a task they requested.
interface ITaskConsumer {
    /// @notice Called by the TaskManager once a task's response has been verified and recorded.
    /// @dev Runs with the gas cap the requester set; a revert here does not undo the response.
    /// @param taskId the task
    /// @param status the execution status (0 = ok; other codes are deterministic failures)
    /// @param outputDigest keccak256 of the full output
    /// @param output the output when small enough to travel inline, else empty
    function onTaskResponse(uint32 taskId, uint8 status, bytes32 outputDigest, bytes calldata output) external;
}
