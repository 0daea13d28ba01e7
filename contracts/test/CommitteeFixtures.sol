// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {Test} from "forge-std/Test.sol";
import {BN254} from "../src/libraries/BN254.sol";

/// @notice `pos` (strictly increasing table positions, e.g. a window's holders) with the first
/// position none of them holds inserted in order: a signer list with one non-member.
function withOutsider(uint32[] memory pos) pure returns (uint32[] memory signers, uint32 outsider) {
    for (uint256 i = 0; i < pos.length && pos[i] == outsider; i++) {
        outsider++;
    }
    signers = new uint32[](pos.length + 1);
    uint256 k;
    bool placed;
    for (uint256 i = 0; i < pos.length; i++) {
        if (!placed && outsider < pos[i]) (signers[k++], placed) = (outsider, true);
        signers[k++] = pos[i];
    }
    if (!placed) signers[k] = outsider;
}

/// @notice Reads fixtures/bls.json's "committeeOperators" (written by tools/blsfixtures): keys
/// with their G1 and G2 points, G2 as [imaginary, real].
abstract contract CommitteeFixtures is Test {
    struct CommitteeKey {
        uint256 sk;
        BN254.G1Point g1;
        BN254.G2Point g2;
    }

    uint256 internal constant COMMITTEE_KEYS = 64;

    function _readCommitteeKey(string memory json, uint256 i) internal pure returns (CommitteeKey memory k) {
        string memory p = string.concat(".committeeOperators[", vm.toString(i), "]");
        k.sk = vm.parseUint(vm.parseJsonString(json, string.concat(p, ".sk")));
        k.g1 = BN254.G1Point(
            vm.parseUint(vm.parseJsonString(json, string.concat(p, ".g1.x"))),
            vm.parseUint(vm.parseJsonString(json, string.concat(p, ".g1.y")))
        );
        k.g2 = BN254.G2Point(
            [
                vm.parseUint(vm.parseJsonString(json, string.concat(p, ".g2.x[0]"))),
                vm.parseUint(vm.parseJsonString(json, string.concat(p, ".g2.x[1]")))
            ],
            [
                vm.parseUint(vm.parseJsonString(json, string.concat(p, ".g2.y[0]"))),
                vm.parseUint(vm.parseJsonString(json, string.concat(p, ".g2.y[1]")))
            ]
        );
    }
}
