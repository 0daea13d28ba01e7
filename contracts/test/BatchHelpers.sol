// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {Vm} from "forge-std/Test.sol";
import {ITaskManager} from "../src/interfaces/ITaskManager.sol";
import {BLSSignatureChecker} from "../src/BLSSignatureChecker.sol";
import {TaskManagerBase} from "./TaskManagerBase.sol";

/// @notice Helpers shared by the batch tests and the invariant handler: batch leaves, an independent
/// reference of the tree (plain Solidity hashing, not the contract's assembly), proofs and certificates.
abstract contract BatchHelpers is TaskManagerBase {
    function _leaves(ITaskManager.Task[] memory ts, ITaskManager.TaskResponse[] memory rs)
        internal
        view
        returns (bytes32[] memory leaves)
    {
        leaves = new bytes32[](ts.length);
        for (uint256 i = 0; i < ts.length; i++) {
            leaves[i] = tm.responseDigest(ts[i], rs[i]);
        }
    }

    /// @dev All levels of the tree, bottom (leaf nodes) first.
    function _levels(bytes32[] memory leaves) internal pure returns (bytes32[][] memory levels) {
        uint256 depth = 1;
        for (uint256 w = leaves.length; w > 1; w = (w + 1) / 2) {
            depth++;
        }
        levels = new bytes32[][](depth);
        levels[0] = new bytes32[](leaves.length);
        for (uint256 i = 0; i < leaves.length; i++) {
            levels[0][i] = keccak256(abi.encodePacked(bytes1(0x00), leaves[i]));
        }
        for (uint256 d = 1; d < depth; d++) {
            bytes32[] memory below = levels[d - 1];
            bytes32[] memory level = new bytes32[]((below.length + 1) / 2);
            for (uint256 i = 0; i < level.length; i++) {
                level[i] = 2 * i + 1 < below.length
                    ? keccak256(abi.encodePacked(bytes1(0x01), below[2 * i], below[2 * i + 1]))
                    : below[2 * i];
            }
            levels[d] = level;
        }
    }

    function _root(bytes32[] memory leaves) internal pure returns (bytes32) {
        bytes32[][] memory levels = _levels(leaves);
        return levels[levels.length - 1][0];
    }

    function _proof(bytes32[] memory leaves, uint256 index) internal pure returns (bytes32[] memory proof) {
        bytes32[][] memory levels = _levels(leaves);
        bytes32[] memory buf = new bytes32[](levels.length);
        uint256 n;
        for (uint256 d = 0; d + 1 < levels.length; d++) {
            uint256 sibling = index ^ 1;
            if (sibling < levels[d].length) buf[n++] = levels[d][sibling];
            index /= 2;
        }
        proof = new bytes32[](n);
        for (uint256 i = 0; i < n; i++) {
            proof[i] = buf[i];
        }
    }

    function _batchCertificate(uint256 nonSigners, ITaskManager.Task[] memory ts, ITaskManager.TaskResponse[] memory rs)
        internal
        view
        returns (BLSSignatureChecker.NonSignerStakesAndSignature memory)
    {
        return _certificate(nonSigners, tm.batchMessage(_root(_leaves(ts, rs)), ts.length));
    }

    function _maxReferenceBlock(ITaskManager.Task[] memory ts) internal pure returns (uint32 ref) {
        for (uint256 i = 0; i < ts.length; i++) {
            if (ts[i].referenceBlock > ref) ref = ts[i].referenceBlock;
        }
    }

    /// @dev Creates `n` tasks with createTasks and rebuilds them from their TaskCreated events.
    function _createBatch(ITaskManager.TaskRequest[] memory reqs, uint256 totalFee)
        internal
        returns (uint32[] memory ids, ITaskManager.Task[] memory ts)
    {
        vm.recordLogs();
        vm.prank(requester);
        ids = tm.createTasks{value: totalFee}(reqs);
        ts = _tasksFromLogs(ids.length);
    }

    function _tasksFromLogs(uint256 n) internal returns (ITaskManager.Task[] memory ts) {
        Vm.Log[] memory logs = vm.getRecordedLogs();
        ts = new ITaskManager.Task[](n);
        uint256 k;
        for (uint256 i = 0; i < logs.length; i++) {
            if (logs[i].topics[0] == ITaskManager.TaskCreated.selector) {
                (ts[k++],,,) = abi.decode(logs[i].data, (ITaskManager.Task, bytes, string, string[]));
            }
        }
        require(k == n, "TaskCreated count");
    }

    function _responses(uint32[] memory ids) internal pure returns (ITaskManager.TaskResponse[] memory rs) {
        rs = new ITaskManager.TaskResponse[](ids.length);
        for (uint256 i = 0; i < ids.length; i++) {
            rs[i] = _response(ids[i], abi.encodePacked("output ", ids[i]));
        }
    }
}

