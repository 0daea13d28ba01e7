// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title {{.Contract}}
/// @notice Receives the {{.Name}} oracle's price from the Blockless TaskManager: create a task for
/// the function with this contract as its callback, and the TaskManager calls onTaskResponse once
/// operators' certificate for the answer is verified.
contract {{.Contract}} {
    /// @notice The TaskManager allowed to call back.
    address public immutable taskManager;
    /// @notice The oracle function's id (from `blockless function deploy`).
    uint64 public immutable functionId;
    /// @notice The last price delivered, and the task it came from.
    uint256 public price;
    uint32 public priceTaskId;

    event PriceUpdated(uint32 indexed taskId, uint256 price);
    event PriceFailed(uint32 indexed taskId, uint8 status);

    error NotTaskManager(address caller);
    error WrongFunction(uint64 functionId);

    constructor(address taskManager_, uint64 functionId_) {
        taskManager = taskManager_;
        functionId = functionId_;
    }

    /// @notice The TaskManager's callback (ITaskConsumer.onTaskResponse). Anyone can name any
    /// contract as a callback, so the caller and the function are checked.
    /// @param taskId the answered task
    /// @param functionId_ the function that ran
    /// @param status the result status (0: ok)
    /// @param output the function's output: the price as a uint256
    function onTaskResponse(
        uint32 taskId,
        uint64 functionId_,
        address,
        bytes32,
        uint8 status,
        bytes32,
        bytes calldata output
    ) external {
        if (msg.sender != taskManager) revert NotTaskManager(msg.sender);
        if (functionId_ != functionId) revert WrongFunction(functionId_);
        if (status != 0 || output.length != 32) {
            emit PriceFailed(taskId, status);
            return;
        }
        price = uint256(bytes32(output));
        priceTaskId = taskId;
        emit PriceUpdated(taskId, price);
    }
}
