// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {ITaskManager} from "../interfaces/ITaskManager.sol";

/// @title ZkProofs
/// @notice Checks the Groth16 proof of a zk task's result with the verifier its function named
/// (TaskManager.respondWithProof).
/// @dev An external library linked into TaskManager, which calls it by DELEGATECALL: it keeps the
/// TaskManager under EIP-170's code size limit, off the hot paths (createTask, respondToTask). Its
/// reverts are the TaskManager's ITaskManager errors.
library ZkProofs {
    /// @dev Public inputs every zk circuit starts with: task hash and output digest, two 128-bit limbs each.
    uint256 internal constant BINDING_INPUTS = 4;
    /// @dev TaskManager.MAX_INLINE_OUTPUT.
    uint256 internal constant MAX_INLINE_OUTPUT = 8 * 1024;
    uint256 internal constant LOW_128 = type(uint128).max;
    /// @dev Gas cap of one verifier call: base plus per public input.
    uint256 internal constant VERIFY_GAS = 400_000;
    uint256 internal constant VERIFY_GAS_PER_INPUT = 10_000;

    /// @notice Calls gnark's `verifyProof(bytes, uint256[n])`, which reverts on a bad proof, with the public
    /// inputs `[taskHash >> 128, taskHash & (2^128-1), outputDigest >> 128, outputDigest & (2^128-1), w_0, ...]`
    /// (w_i: the i-th 32-byte word of the output). Reverts with ZkVerifierMissing or ProofRejected.
    /// @dev The verifier's selector depends on n, so the call is encoded by hand: selector, offset of
    /// `proof`, the n inputs inline (a static array), then `proof` as length-prefixed, zero-padded bytes.
    /// @param verifier the function's verifier, fixed when the task was created
    /// @param taskHash keccak256(abi.encode(task))
    /// @param response the proven response: status Ok, no transcript, outputDigest = keccak256(output),
    /// output a whole number of 32-byte words
    /// @param proof the proof as gnark's MarshalSolidity lays it out
    function verify(
        address verifier,
        bytes32 taskHash,
        ITaskManager.TaskResponse calldata response,
        bytes calldata proof
    ) external view {
        // The response rules of a proven answer (checked here: the TaskManager is at its size limit).
        // A proof cannot attest to what was fetched, so a proven answer has no transcript.
        if (response.status != uint8(ITaskManager.ResultStatus.Ok)) revert ITaskManager.ZkStatusNotOk(response.status);
        if (response.transcriptDigest != bytes32(0)) revert ITaskManager.ZkTranscript();
        _verify(verifier, response.taskId, taskHash, response.outputDigest, response.output, proof);
    }

    function _verify(
        address verifier,
        uint32 taskId,
        bytes32 taskHash,
        bytes32 outputDigest,
        bytes calldata output,
        bytes calldata proof
    ) private view {
        if (output.length > MAX_INLINE_OUTPUT) {
            revert ITaskManager.OutputTooLargeInline(output.length);
        }
        if (output.length % 32 != 0) revert ITaskManager.ZkOutputMalformed(output.length);
        if (keccak256(output) != outputDigest) revert ITaskManager.OutputDigestMismatch();
        // A call to an address without code succeeds: that must not count as a valid proof.
        if (verifier.code.length == 0) revert ITaskManager.ZkVerifierMissing(verifier);
        uint256 words = output.length / 32;
        uint256 n = BINDING_INPUTS + words;
        uint256[] memory inputs = new uint256[](n);
        inputs[0] = uint256(taskHash) >> 128;
        inputs[1] = uint256(taskHash) & LOW_128;
        inputs[2] = uint256(outputDigest) >> 128;
        inputs[3] = uint256(outputDigest) & LOW_128;
        for (uint256 i = 0; i < words; i++) {
            inputs[BINDING_INPUTS + i] = uint256(bytes32(output[i * 32:(i + 1) * 32]));
        }
        bytes4 selector = bytes4(keccak256(abi.encodePacked("verifyProof(bytes,uint256[", _decimal(n), "])")));
        bytes memory data = abi.encodePacked(
            selector, (n + 1) * 32, inputs, proof.length, proof, new bytes((32 - (proof.length % 32)) % 32)
        );
        // Capped: an invalid curve point makes the pairing precompile burn all gas it is given, and a bad
        // proof must not cost the submitter a whole block. gnark verifiers need ~190k + ~6.2k per input
        // (+~120k with a Pedersen commitment).
        (bool ok, bytes memory reason) = verifier.staticcall{gas: VERIFY_GAS + n * VERIFY_GAS_PER_INPUT}(data);
        if (!ok) revert ITaskManager.ProofRejected(taskId, reason);
    }

    function _decimal(uint256 v) private pure returns (bytes memory out) {
        uint256 len = 1;
        for (uint256 t = v; t >= 10; t /= 10) {
            len++;
        }
        out = new bytes(len);
        for (uint256 i = len; i > 0; i--) {
            out[i - 1] = bytes1(uint8(48 + (v % 10)));
            v /= 10;
        }
    }
}
