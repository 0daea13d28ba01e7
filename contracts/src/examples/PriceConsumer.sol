// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {ITaskManager} from "../interfaces/ITaskManager.sol";
import {ITaskConsumer} from "../interfaces/ITaskConsumer.sol";

/// @title PriceConsumer
/// @notice Example consumer: keeps a price computed off-chain by one trusted function (for instance the
/// oracle example, a median of feeds) and accepts a result only for a task it created itself for that
/// function. The function's output is the price as one 32-byte big-endian word.
/// @dev Shows the checks every ITaskConsumer needs. The TaskManager calls any contract a requester
/// names as callback, for any function, so a result from the TaskManager alone proves nothing about
/// who asked for what. This contract checks, in order: the caller is the TaskManager, the requester
/// is this contract, the function is the configured one, and the task is one it is waiting for (so a
/// task is used once). A failing check reverts: the response stays recorded on the TaskManager, which
/// emits CallbackResult(success = false), and this contract's state is unchanged.
contract PriceConsumer is ITaskConsumer {
    /// @notice The TaskManager trusted to deliver verified results.
    ITaskManager public immutable taskManager;
    /// @notice The only function whose results are accepted.
    uint64 public immutable functionId;
    /// @notice Who may request price updates.
    address public immutable owner;

    /// @notice The latest accepted price.
    uint256 public price;
    /// @notice The task that produced `price`.
    uint32 public priceTaskId;
    /// @notice Tasks this contract created and has not received a result for.
    mapping(uint32 => bool) public pending;

    event PriceRequested(uint32 indexed taskId);
    event PriceUpdated(uint32 indexed taskId, uint256 price);
    event PriceFailed(uint32 indexed taskId, uint8 status);

    error NotOwner();
    error NotTaskManager(address caller);
    error NotMyTask(uint32 taskId, address requester);
    error WrongFunction(uint32 taskId, uint64 functionId);
    error NotPending(uint32 taskId);

    /// @param taskManager_ the TaskManager
    /// @param functionId_ the function whose output is the price
    /// @param owner_ who may request updates
    constructor(ITaskManager taskManager_, uint64 functionId_, address owner_) {
        taskManager = taskManager_;
        functionId = functionId_;
        owner = owner_;
    }

    /// @notice Asks the AVS for a new price, paying msg.value as the task fee (at least the
    /// TaskManager's minTaskFee). Refunds of expired tasks are credited to this contract on the TaskManager.
    /// @param input the function's input (e.g. the feeds to aggregate)
    /// @param quorumThresholdPercentage stake percentage that must sign
    /// @param responseWindowBlocks blocks the AVS has to answer
    /// @param callbackGasLimit gas for onTaskResponse (about 60k suffices)
    /// @return taskId the created task
    function requestPrice(
        bytes calldata input,
        uint8 quorumThresholdPercentage,
        uint32 responseWindowBlocks,
        uint32 callbackGasLimit
    ) external payable returns (uint32 taskId) {
        if (msg.sender != owner) revert NotOwner();
        ITaskManager.TaskRequest memory req;
        req.functionId = functionId;
        req.input = input;
        req.quorumNumbers = hex"00";
        req.quorumThresholdPercentage = quorumThresholdPercentage;
        req.responseWindowBlocks = responseWindowBlocks;
        req.callback = address(this);
        req.callbackGasLimit = callbackGasLimit;
        // The id is only known after the call; the TaskManager is trusted and never calls back
        // from createTask, so recording it afterwards is safe.
        taskId = taskManager.createTask{value: msg.value}(req);
        pending[taskId] = true;
        emit PriceRequested(taskId);
    }

    /// @inheritdoc ITaskConsumer
    function onTaskResponse(
        uint32 taskId,
        uint64 functionId_,
        address requester,
        bytes32,
        uint8 status,
        bytes32,
        bytes calldata output
    ) external {
        if (msg.sender != address(taskManager)) revert NotTaskManager(msg.sender);
        if (requester != address(this)) revert NotMyTask(taskId, requester);
        if (functionId_ != functionId) revert WrongFunction(taskId, functionId_);
        if (!pending[taskId]) revert NotPending(taskId);
        delete pending[taskId];
        if (status != uint8(ITaskManager.ResultStatus.Ok) || output.length != 32) {
            emit PriceFailed(taskId, status);
            return;
        }
        uint256 p = uint256(bytes32(output));
        price = p;
        priceTaskId = taskId;
        emit PriceUpdated(taskId, p);
    }
}
