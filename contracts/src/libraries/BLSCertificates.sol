// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {BN254} from "./BN254.sol";
import {BLSSignatureChecker} from "../BLSSignatureChecker.sol";
import {
    IRegistryCoordinatorViews,
    IStakeRegistryViews,
    IBLSApkRegistryViews,
    IDelegationManagerViews
} from "../interfaces/IMiddleware.sol";
import {ICommitteeRegistry} from "../interfaces/ICommitteeRegistry.sol";
import {ITaskManager} from "../interfaces/ITaskManager.sol";

/// @title BLSCertificates
/// @notice The certificate check of BLSSignatureChecker: stake-weighted BLS signature over a digest
/// against the middleware registries at a reference block (see BLSSignatureChecker for the rules).
/// @dev An external library linked into TaskManager, which calls it by DELEGATECALL once per
/// certificate (respondToTask, respondToTasks): it keeps TaskManager under EIP-170's code size
/// limit. Its reverts are BLSSignatureChecker's errors.
library BLSCertificates {
    using BN254 for BN254.G1Point;

    /// @dev Gas handed to the pairing precompile: two pairings cost 113k on current forks.
    uint256 internal constant PAIRING_GAS_LIMIT = 120_000;

    /// @notice The registries a certificate is checked against and the stale-stake switch.
    /// @dev Plain addresses: a library's ABI names interface types by their Solidity name, which
    /// ABI parsers (go-ethereum's) do not accept.
    struct Registries {
        address registryCoordinator;
        address stakeRegistry;
        address blsApkRegistry;
        address delegation;
        bool staleStakesForbidden;
    }

    /// @notice Checks a certificate over `msgHash` for `quorumNumbers` at `referenceBlockNumber`.
    /// @param reg the registries and the stale-stake switch
    /// @param msgHash the signed digest
    /// @param quorumNumbers strictly increasing quorum numbers, each below quorumCount()
    /// @param referenceBlockNumber the block whose registry state decides keys and stakes; must be in the past
    /// @param params non-signers, quorum APKs, signers' G2 APK, the aggregate signature and history indices
    /// @return totals signed and total stake per quorum, in quorumNumbers order
    /// @return signatoryRecordHash keccak256(referenceBlockNumber, non-signer ids): who did not sign
    function check(
        Registries memory reg,
        bytes32 msgHash,
        bytes calldata quorumNumbers,
        uint32 referenceBlockNumber,
        BLSSignatureChecker.NonSignerStakesAndSignature calldata params
    ) external view returns (BLSSignatureChecker.QuorumStakeTotals memory totals, bytes32 signatoryRecordHash) {
        // Calldata parameters: the caller's calldata is re-encoded once, not copied to memory first.
        return _check(reg, msgHash, quorumNumbers, referenceBlockNumber, params);
    }

    /// @notice Packs what checkCommittee needs of a task into one word.
    function committeeParams(uint32 referenceBlock, uint16 committeeSize, uint32 failoverBlocks, uint8 threshold)
        internal
        pure
        returns (uint256)
    {
        return uint256(referenceBlock) | (uint256(committeeSize) << 32) | (uint256(failoverBlocks) << 48)
            | (uint256(threshold) << 80);
    }

    /// @notice Checks a committee certificate over `msgHash` for tasks of one table: each claimed
    /// round is open (round*failoverBlocks blocks since the task's reference block), every signer's
    /// key hashes to the operator id at its table position and holds a seat in some task's window
    /// (the committee registry counts them), each task's seats reach its threshold of its window,
    /// and the aggregate signature verifies under the signers' summed keys.
    /// The key-to-operator binding is the BLS APK registry's (which checked each key's proof of
    /// possession at registration), so summing the given keys admits no rogue key.
    /// @param registry the committee registry
    /// @param tableId the tasks' committee table
    /// @param taskHashes the tasks' hashes
    /// @param params per task, committeeParams(referenceBlock, committeeSize, failoverBlocks, threshold)
    /// @param msgHash the signed digest
    /// @param encoded abi.encode(CommitteeCertificate): the rounds, signers and signature
    /// @return signatoryRecordHash keccak256(abi.encode(rounds, signerPositions)): who signed what
    function checkCommittee(
        address registry,
        uint64 tableId,
        bytes32[] memory taskHashes,
        uint256[] memory params,
        bytes32 msgHash,
        bytes calldata encoded
    ) external view returns (bytes32 signatoryRecordHash) {
        ITaskManager.CommitteeCertificate memory cert = abi.decode(encoded, (ITaskManager.CommitteeCertificate));
        (bytes32[] memory seeds, uint256[] memory windows) = _committeeWindows(taskHashes, params, cert.rounds);
        (bytes32[] memory ids, BN254.G1Point memory apk) = _signerKeys(cert);
        uint256[] memory seats =
            ICommitteeRegistry(registry).countSeatsMany(tableId, seeds, windows, cert.signerPositions, ids);
        for (uint256 t = 0; t < seats.length; t++) {
            if (seats[t] * 100 < windows[t] * uint8(params[t] >> 80)) {
                revert ITaskManager.CommitteeThresholdNotMet(t, seats[t], windows[t]);
            }
        }
        (bool pairingSuccessful, bool signatureIsValid) =
            trySignatureAndApkVerification(msgHash, apk, cert.apkG2, cert.sigma);
        if (!pairingSuccessful) revert BLSSignatureChecker.InvalidBLSPairingKey();
        if (!signatureIsValid) revert BLSSignatureChecker.InvalidBLSSignature();
        signatoryRecordHash = keccak256(abi.encode(cert.rounds, cert.signerPositions));
    }

    /// @notice A committee task's seed: keccak256(abi.encode(blockhash(referenceBlock + 1), taskHash)).
    /// The block after the task's is unknown when the task is created, so its requester cannot choose
    /// the committee. Reverts with CommitteeSeedUnavailable while that block does not exist (and
    /// after 256 blocks, which the response window rules out).
    function committeeSeed(uint32 referenceBlock, bytes32 taskHash) internal view returns (bytes32) {
        bytes32 h = blockhash(uint256(referenceBlock) + 1);
        if (h == bytes32(0)) revert ITaskManager.CommitteeSeedUnavailable(referenceBlock + 1);
        return keccak256(abi.encode(h, taskHash));
    }

    /// @dev Seeds and windows of the claimed rounds; reverts for a round not open yet.
    function _committeeWindows(bytes32[] memory taskHashes, uint256[] memory params, uint8[] memory rounds)
        private
        view
        returns (bytes32[] memory seeds, uint256[] memory windows)
    {
        uint256 n = params.length;
        if (rounds.length != n) revert ITaskManager.BatchLengthMismatch(n, rounds.length);
        seeds = new bytes32[](n);
        windows = new uint256[](n);
        for (uint256 t = 0; t < n; t++) {
            uint32 refBlock = uint32(params[t]);
            uint256 failover = uint32(params[t] >> 48);
            uint256 current = failover == 0 ? 0 : (block.number - refBlock) / failover;
            if (rounds[t] > current) revert ITaskManager.FailoverRoundNotReached(rounds[t], current);
            windows[t] = uint256(uint16(params[t] >> 32)) * (uint256(rounds[t]) + 1);
            seeds[t] = committeeSeed(refBlock, taskHashes[t]);
        }
    }

    /// @dev The signers' operator ids (hashes of their G1 keys) and the sum of their keys.
    function _signerKeys(ITaskManager.CommitteeCertificate memory cert)
        private
        view
        returns (bytes32[] memory ids, BN254.G1Point memory apk)
    {
        uint256 n = cert.signerPubkeys.length;
        if (n == 0 || n != cert.signerPositions.length) revert ITaskManager.CommitteeSignersMismatch();
        ids = new bytes32[](n);
        apk = cert.signerPubkeys[0];
        ids[0] = apk.hashG1Point();
        for (uint256 i = 1; i < n; i++) {
            BN254.G1Point memory pk = cert.signerPubkeys[i];
            ids[i] = pk.hashG1Point();
            apk = apk.plus(pk);
        }
    }

    function _check(
        Registries memory reg,
        bytes32 msgHash,
        bytes memory quorumNumbers,
        uint32 referenceBlockNumber,
        BLSSignatureChecker.NonSignerStakesAndSignature memory params
    ) private view returns (BLSSignatureChecker.QuorumStakeTotals memory totals, bytes32 signatoryRecordHash) {
        uint256 quorumCount = quorumNumbers.length;
        if (quorumCount == 0) revert BLSSignatureChecker.InputEmptyQuorumNumbers();
        if (
            params.quorumApks.length != quorumCount || params.quorumApkIndices.length != quorumCount
                || params.totalStakeIndices.length != quorumCount || params.nonSignerStakeIndices.length != quorumCount
        ) revert BLSSignatureChecker.InputArrayLengthMismatch();
        if (params.nonSignerPubkeys.length != params.nonSignerQuorumBitmapIndices.length) {
            revert BLSSignatureChecker.InputNonSignerLengthMismatch();
        }
        if (referenceBlockNumber >= block.number) revert BLSSignatureChecker.InvalidReferenceBlocknumber();

        uint256 signingBitmap =
            quorumBitmap(quorumNumbers, IRegistryCoordinatorViews(reg.registryCoordinator).quorumCount());
        if (reg.staleStakesForbidden) _checkStakesFresh(reg, quorumNumbers, referenceBlockNumber);

        NonSigners memory nonSigners = _loadNonSigners(reg, params, referenceBlockNumber, signingBitmap);
        BN254.G1Point memory apk = nonSigners.apk.negate();

        totals.signedStakeForQuorum = new uint96[](quorumCount);
        totals.totalStakeForQuorum = new uint96[](quorumCount);
        for (uint256 i = 0; i < quorumCount; i++) {
            uint8 quorum = uint8(quorumNumbers[i]);
            bytes24 apkHash = IBLSApkRegistryViews(reg.blsApkRegistry)
                .getApkHashAtBlockNumberAndIndex(quorum, referenceBlockNumber, params.quorumApkIndices[i]);
            if (apkHash != bytes24(params.quorumApks[i].hashG1Point())) {
                revert BLSSignatureChecker.InvalidQuorumApkHash();
            }
            apk = apk.plus(params.quorumApks[i]);
            (totals.signedStakeForQuorum[i], totals.totalStakeForQuorum[i]) = _quorumStakes(
                IStakeRegistryViews(reg.stakeRegistry),
                quorum,
                referenceBlockNumber,
                params.totalStakeIndices[i],
                params.nonSignerStakeIndices[i],
                nonSigners
            );
        }

        (bool pairingOk, bool signatureOk) = trySignatureAndApkVerification(msgHash, apk, params.apkG2, params.sigma);
        if (!pairingOk) revert BLSSignatureChecker.InvalidBLSPairingKey();
        if (!signatureOk) revert BLSSignatureChecker.InvalidBLSSignature();

        signatoryRecordHash = keccak256(abi.encodePacked(referenceBlockNumber, nonSigners.ids));
    }

    /// @dev EigenLayer's stale-stake rule: each quorum was fully updated less than the withdrawal delay
    /// before the reference block.
    function _checkStakesFresh(Registries memory reg, bytes memory quorumNumbers, uint32 referenceBlockNumber)
        private
        view
    {
        uint256 delay = IDelegationManagerViews(reg.delegation).minWithdrawalDelayBlocks();
        for (uint256 i = 0; i < quorumNumbers.length; i++) {
            uint8 quorum = uint8(quorumNumbers[i]);
            if (
                IRegistryCoordinatorViews(reg.registryCoordinator).quorumUpdateBlockNumber(quorum) + delay
                    <= referenceBlockNumber
            ) {
                revert BLSSignatureChecker.StaleStakes(quorum);
            }
        }
    }

    /// @dev What the certificate says about its non-signers, read once and used per quorum.
    struct NonSigners {
        bytes32[] ids;
        uint256[] bitmaps;
        BN254.G1Point apk; // sum of non-signer keys, each counted once per signing quorum it is in
    }

    function _loadNonSigners(
        Registries memory reg,
        BLSSignatureChecker.NonSignerStakesAndSignature memory params,
        uint32 referenceBlockNumber,
        uint256 signingBitmap
    ) private view returns (NonSigners memory ns) {
        uint256 count = params.nonSignerPubkeys.length;
        ns.ids = new bytes32[](count);
        ns.bitmaps = new uint256[](count);
        for (uint256 j = 0; j < count; j++) {
            bytes32 id = params.nonSignerPubkeys[j].hashG1Point();
            // Sorted ids make duplicates impossible without a set.
            if (j > 0 && uint256(id) <= uint256(ns.ids[j - 1])) revert BLSSignatureChecker.NonSignerPubkeysNotSorted();
            ns.ids[j] = id;
            uint256 bitmap = uint256(
                IRegistryCoordinatorViews(reg.registryCoordinator)
                    .getQuorumBitmapAtBlockNumberByIndex(
                        id, referenceBlockNumber, params.nonSignerQuorumBitmapIndices[j]
                    )
            );
            ns.bitmaps[j] = bitmap;
            uint256 times = popCount(bitmap & signingBitmap);
            if (times == 1) {
                ns.apk = ns.apk.plus(params.nonSignerPubkeys[j]);
            } else if (times > 1) {
                ns.apk = ns.apk.plus(params.nonSignerPubkeys[j].scalarMul(times));
            }
        }
    }

    /// @dev Total stake of a quorum and the part of it that signed. `stakeIndices` has one entry
    /// per non-signer that is in this quorum, in non-signer order.
    function _quorumStakes(
        IStakeRegistryViews stakeRegistry,
        uint8 quorum,
        uint32 referenceBlockNumber,
        uint32 totalStakeIndex,
        uint32[] memory stakeIndices,
        NonSigners memory ns
    ) private view returns (uint96 signed, uint96 total) {
        total = stakeRegistry.getTotalStakeAtBlockNumberFromIndex(quorum, referenceBlockNumber, totalStakeIndex);
        signed = total;
        uint256 k = 0;
        for (uint256 j = 0; j < ns.ids.length; j++) {
            if ((ns.bitmaps[j] >> quorum) & 1 == 0) continue;
            if (k >= stakeIndices.length) revert BLSSignatureChecker.InputArrayLengthMismatch();
            signed -= stakeRegistry.getStakeAtBlockNumberAndIndex(
                quorum, referenceBlockNumber, ns.ids[j], stakeIndices[k]
            );
            k++;
        }
        if (k != stakeIndices.length) revert BLSSignatureChecker.InputArrayLengthMismatch();
    }

    /// @dev Checks that `sigma` signs `msgHash` under `apk` (G1) and `apkG2` (G2) being the same key.
    /// @dev One pairing check covers both, combined with a random-looking gamma derived from all inputs:
    /// e(sigma + gamma*apk, -G2) * e(H(m) + gamma*G1, apkG2) == 1.
    /// @return pairingSuccessful false when the precompile rejected the points
    /// @return signatureIsValid whether the equation holds
    function trySignatureAndApkVerification(
        bytes32 msgHash,
        BN254.G1Point memory apk,
        BN254.G2Point memory apkG2,
        BN254.G1Point memory sigma
    ) private view returns (bool pairingSuccessful, bool signatureIsValid) {
        uint256 gamma = uint256(
            keccak256(
                abi.encodePacked(
                    msgHash, apk.X, apk.Y, apkG2.X[0], apkG2.X[1], apkG2.Y[0], apkG2.Y[1], sigma.X, sigma.Y
                )
            )
        ) % BN254.FR_MODULUS;
        (pairingSuccessful, signatureIsValid) = BN254.safePairing(
            sigma.plus(apk.scalarMul(gamma)),
            BN254.negGeneratorG2(),
            BN254.hashToG1(msgHash).plus(BN254.generatorG1().scalarMul(gamma)),
            apkG2,
            PAIRING_GAS_LIMIT
        );
    }

    /// @dev Bitmap of strictly increasing quorum numbers, each below `count`.
    function quorumBitmap(bytes memory quorumNumbers, uint8 count) private pure returns (uint256 bitmap) {
        for (uint256 i = 0; i < quorumNumbers.length; i++) {
            uint8 q = uint8(quorumNumbers[i]);
            if (q >= count || (i > 0 && q <= uint8(quorumNumbers[i - 1]))) {
                revert BLSSignatureChecker.QuorumNumbersNotSortedOrUnknown();
            }
            // forge-lint: disable-next-line(incorrect-shift)
            bitmap |= 1 << q;
        }
    }

    function popCount(uint256 x) private pure returns (uint256 n) {
        while (x != 0) {
            x &= x - 1;
            n++;
        }
    }
}
