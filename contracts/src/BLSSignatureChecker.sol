// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {BN254} from "./libraries/BN254.sol";
import {
    IRegistryCoordinatorViews,
    IStakeRegistryViews,
    IBLSApkRegistryViews,
    IDelegationManagerViews
} from "./interfaces/IMiddleware.sol";

/// @title BLSSignatureChecker
/// @notice Verifies a stake-weighted BLS certificate against EigenLayer's middleware registries
/// at a reference block. Written for this project; its calldata layout is the middleware's
/// NonSignerStakesAndSignature so eigensdk-go's aggregation output can be submitted unchanged.
/// @dev The certificate names the non-signers; everybody else registered in the quorums at the
/// reference block signed. The aggregate key of the signers is the quorum APK minus the
/// non-signers' keys, and the signed stake is the total stake minus theirs.
///
/// Stale stakes (EigenLayer's rule): the registries' stakes change only when someone updates them,
/// so a quorum's stakes may lag the operators' real delegations. Once more than the DelegationManager's
/// minWithdrawalDelayBlocks have passed since a quorum's last full update (quorumUpdateBlockNumber),
/// stake that has since been withdrawn may still be counted and is no longer slashable. With
/// staleStakesForbidden on, such certificates are rejected: every quorum must satisfy
/// `quorumUpdateBlockNumber(q) + minWithdrawalDelayBlocks() > referenceBlockNumber`. Someone (the AVS
/// owner or a keeper) must then call the coordinator's updateOperatorsForQuorum at least once per
/// withdrawal delay, or no certificate passes.
abstract contract BLSSignatureChecker {
    using BN254 for BN254.G1Point;

    struct NonSignerStakesAndSignature {
        uint32[] nonSignerQuorumBitmapIndices;
        BN254.G1Point[] nonSignerPubkeys;
        BN254.G1Point[] quorumApks;
        BN254.G2Point apkG2;
        BN254.G1Point sigma;
        uint32[] quorumApkIndices;
        uint32[] totalStakeIndices;
        uint32[][] nonSignerStakeIndices;
    }

    struct QuorumStakeTotals {
        uint96[] signedStakeForQuorum;
        uint96[] totalStakeForQuorum;
    }

    /// @dev Gas handed to the pairing precompile: two pairings cost 113k on current forks.
    uint256 internal constant PAIRING_GAS_LIMIT = 120_000;

    error InputEmptyQuorumNumbers();
    error InputArrayLengthMismatch();
    error InputNonSignerLengthMismatch();
    error InvalidReferenceBlocknumber();
    error QuorumNumbersNotSortedOrUnknown();
    error NonSignerPubkeysNotSorted();
    error InvalidQuorumApkHash();
    error InvalidBLSPairingKey();
    error InvalidBLSSignature();
    error StaleStakes(uint8 quorumNumber);

    event StaleStakesForbiddenChanged(bool forbidden);

    IRegistryCoordinatorViews public immutable registryCoordinator;
    IStakeRegistryViews public immutable stakeRegistry;
    IBLSApkRegistryViews public immutable blsApkRegistry;
    /// @notice EigenLayer's DelegationManager (from the stake registry): source of the withdrawal delay.
    IDelegationManagerViews public immutable delegation;

    /// @dev Reserved for variables added in later versions (the inheriting TaskManager is upgradeable):
    /// shrink it by the slots they use. The stale-stake switch is the inheriting contract's (see
    /// _staleStakesForbidden), so it can share a slot the response path reads anyway.
    uint256[50] private __gap;

    constructor(IRegistryCoordinatorViews coordinator) {
        registryCoordinator = coordinator;
        stakeRegistry = IStakeRegistryViews(coordinator.stakeRegistry());
        blsApkRegistry = IBLSApkRegistryViews(coordinator.blsApkRegistry());
        delegation = IDelegationManagerViews(stakeRegistry.delegation());
    }

    /// @dev The inheriting contract exposes this behind its own access control.
    function _setStaleStakesForbidden(bool forbidden) internal virtual;

    /// @dev Whether certificates over quorums not fully updated within the withdrawal delay before
    /// the reference block are rejected (see the contract notice).
    function _staleStakesForbidden() internal view virtual returns (bool);

    /// @notice Checks a certificate over `msgHash` for `quorumNumbers` at `referenceBlockNumber`.
    /// @param msgHash the signed digest
    /// @param quorumNumbers strictly increasing quorum numbers, each below quorumCount()
    /// @param referenceBlockNumber the block whose registry state decides keys and stakes; must be in the past
    /// @param params non-signers, quorum APKs, signers' G2 APK, the aggregate signature and history indices
    /// @return totals signed and total stake per quorum, in quorumNumbers order
    /// @return signatoryRecordHash keccak256(referenceBlockNumber, non-signer ids): who did not sign
    function checkSignatures(
        bytes32 msgHash,
        bytes memory quorumNumbers,
        uint32 referenceBlockNumber,
        NonSignerStakesAndSignature memory params
    ) internal view returns (QuorumStakeTotals memory totals, bytes32 signatoryRecordHash) {
        uint256 quorumCount = quorumNumbers.length;
        if (quorumCount == 0) revert InputEmptyQuorumNumbers();
        if (
            params.quorumApks.length != quorumCount || params.quorumApkIndices.length != quorumCount
                || params.totalStakeIndices.length != quorumCount || params.nonSignerStakeIndices.length != quorumCount
        ) revert InputArrayLengthMismatch();
        if (params.nonSignerPubkeys.length != params.nonSignerQuorumBitmapIndices.length) {
            revert InputNonSignerLengthMismatch();
        }
        if (referenceBlockNumber >= block.number) revert InvalidReferenceBlocknumber();

        uint256 signingBitmap = quorumBitmap(quorumNumbers, registryCoordinator.quorumCount());
        if (_staleStakesForbidden()) _checkStakesFresh(quorumNumbers, referenceBlockNumber);

        NonSigners memory nonSigners = _loadNonSigners(params, referenceBlockNumber, signingBitmap);
        BN254.G1Point memory apk = nonSigners.apk.negate();

        totals.signedStakeForQuorum = new uint96[](quorumCount);
        totals.totalStakeForQuorum = new uint96[](quorumCount);
        for (uint256 i = 0; i < quorumCount; i++) {
            uint8 quorum = uint8(quorumNumbers[i]);
            bytes24 apkHash = blsApkRegistry.getApkHashAtBlockNumberAndIndex(
                quorum, referenceBlockNumber, params.quorumApkIndices[i]
            );
            if (apkHash != bytes24(params.quorumApks[i].hashG1Point())) revert InvalidQuorumApkHash();
            apk = apk.plus(params.quorumApks[i]);
            (totals.signedStakeForQuorum[i], totals.totalStakeForQuorum[i]) = _quorumStakes(
                quorum, referenceBlockNumber, params.totalStakeIndices[i], params.nonSignerStakeIndices[i], nonSigners
            );
        }

        (bool pairingOk, bool signatureOk) = trySignatureAndApkVerification(msgHash, apk, params.apkG2, params.sigma);
        if (!pairingOk) revert InvalidBLSPairingKey();
        if (!signatureOk) revert InvalidBLSSignature();

        signatoryRecordHash = keccak256(abi.encodePacked(referenceBlockNumber, nonSigners.ids));
    }

    /// @dev EigenLayer's stale-stake rule: each quorum was fully updated less than the withdrawal delay
    /// before the reference block.
    function _checkStakesFresh(bytes memory quorumNumbers, uint32 referenceBlockNumber) internal view {
        uint256 delay = delegation.minWithdrawalDelayBlocks();
        for (uint256 i = 0; i < quorumNumbers.length; i++) {
            uint8 quorum = uint8(quorumNumbers[i]);
            if (registryCoordinator.quorumUpdateBlockNumber(quorum) + delay <= referenceBlockNumber) {
                revert StaleStakes(quorum);
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
        NonSignerStakesAndSignature memory params,
        uint32 referenceBlockNumber,
        uint256 signingBitmap
    ) internal view returns (NonSigners memory ns) {
        uint256 count = params.nonSignerPubkeys.length;
        ns.ids = new bytes32[](count);
        ns.bitmaps = new uint256[](count);
        for (uint256 j = 0; j < count; j++) {
            bytes32 id = params.nonSignerPubkeys[j].hashG1Point();
            // Sorted ids make duplicates impossible without a set.
            if (j > 0 && uint256(id) <= uint256(ns.ids[j - 1])) revert NonSignerPubkeysNotSorted();
            ns.ids[j] = id;
            uint256 bitmap = uint256(
                registryCoordinator.getQuorumBitmapAtBlockNumberByIndex(
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
        uint8 quorum,
        uint32 referenceBlockNumber,
        uint32 totalStakeIndex,
        uint32[] memory stakeIndices,
        NonSigners memory ns
    ) internal view returns (uint96 signed, uint96 total) {
        total = stakeRegistry.getTotalStakeAtBlockNumberFromIndex(quorum, referenceBlockNumber, totalStakeIndex);
        signed = total;
        uint256 k = 0;
        for (uint256 j = 0; j < ns.ids.length; j++) {
            if ((ns.bitmaps[j] >> quorum) & 1 == 0) continue;
            if (k >= stakeIndices.length) revert InputArrayLengthMismatch();
            signed -= stakeRegistry.getStakeAtBlockNumberAndIndex(
                quorum, referenceBlockNumber, ns.ids[j], stakeIndices[k]
            );
            k++;
        }
        if (k != stakeIndices.length) revert InputArrayLengthMismatch();
    }

    /// @notice Checks that `sigma` signs `msgHash` under `apk` (G1) and `apkG2` (G2) being the same key.
    /// @dev One pairing check covers both, combined with a random-looking gamma derived from all inputs:
    /// e(sigma + gamma*apk, -G2) * e(H(m) + gamma*G1, apkG2) == 1.
    /// @return pairingSuccessful false when the precompile rejected the points
    /// @return signatureIsValid whether the equation holds
    function trySignatureAndApkVerification(
        bytes32 msgHash,
        BN254.G1Point memory apk,
        BN254.G2Point memory apkG2,
        BN254.G1Point memory sigma
    ) internal view returns (bool pairingSuccessful, bool signatureIsValid) {
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
    function quorumBitmap(bytes memory quorumNumbers, uint8 count) internal pure returns (uint256 bitmap) {
        for (uint256 i = 0; i < quorumNumbers.length; i++) {
            uint8 q = uint8(quorumNumbers[i]);
            if (q >= count || (i > 0 && q <= uint8(quorumNumbers[i - 1]))) revert QuorumNumbersNotSortedOrUnknown();
            // forge-lint: disable-next-line(incorrect-shift)
            bitmap |= 1 << q;
        }
    }

    function popCount(uint256 x) internal pure returns (uint256 n) {
        while (x != 0) {
            x &= x - 1;
            n++;
        }
    }
}
