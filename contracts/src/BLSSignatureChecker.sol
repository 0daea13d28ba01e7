// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {BN254} from "./libraries/BN254.sol";
import {BLSCertificates} from "./libraries/BLSCertificates.sol";
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

    /// @notice Checks a certificate over `msgHash` for `quorumNumbers` at `referenceBlockNumber`
    /// (BLSCertificates.check, a linked library, does the work).
    /// @param msgHash the signed digest
    /// @param quorumNumbers strictly increasing quorum numbers, each below quorumCount()
    /// @param referenceBlockNumber the block whose registry state decides keys and stakes; must be in the past
    /// @param params non-signers, quorum APKs, signers' G2 APK, the aggregate signature and history indices
    /// @return totals signed and total stake per quorum, in quorumNumbers order
    /// @return signatoryRecordHash keccak256(referenceBlockNumber, non-signer ids): who did not sign
    function checkSignatures(
        bytes32 msgHash,
        bytes calldata quorumNumbers,
        uint32 referenceBlockNumber,
        NonSignerStakesAndSignature calldata params
    ) internal view returns (QuorumStakeTotals memory totals, bytes32 signatoryRecordHash) {
        BLSCertificates.Registries memory reg = BLSCertificates.Registries({
            registryCoordinator: address(registryCoordinator),
            stakeRegistry: address(stakeRegistry),
            blsApkRegistry: address(blsApkRegistry),
            delegation: address(delegation),
            staleStakesForbidden: _staleStakesForbidden()
        });
        return BLSCertificates.check(reg, msgHash, quorumNumbers, referenceBlockNumber, params);
    }
}
