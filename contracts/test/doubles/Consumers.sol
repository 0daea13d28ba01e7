// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {ITaskConsumer} from "../../src/interfaces/ITaskConsumer.sol";

/// @notice Consumer that records what it was told.
contract RecordingConsumer is ITaskConsumer {
    uint32 public lastTaskId;
    uint64 public lastFunctionId;
    address public lastRequester;
    bytes32 public lastModuleDigest;
    uint8 public lastStatus;
    bytes32 public lastDigest;
    bytes public lastOutput;

    function onTaskResponse(
        uint32 taskId,
        uint64 functionId,
        address requester,
        bytes32 moduleDigest,
        uint8 status,
        bytes32 outputDigest,
        bytes calldata output
    ) external {
        lastTaskId = taskId;
        lastFunctionId = functionId;
        lastRequester = requester;
        lastModuleDigest = moduleDigest;
        lastStatus = status;
        lastDigest = outputDigest;
        lastOutput = output;
    }
}

/// @notice Consumer that always reverts.
contract RevertingConsumer is ITaskConsumer {
    function onTaskResponse(uint32, uint64, address, bytes32, uint8, bytes32, bytes calldata) external pure {
        revert("consumer says no");
    }
}

/// @notice Consumer that burns all gas it gets.
contract GasBurningConsumer is ITaskConsumer {
    function onTaskResponse(uint32, uint64, address, bytes32, uint8, bytes32, bytes calldata) external pure {
        while (true) {}
    }
}
