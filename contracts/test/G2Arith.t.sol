// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {BN254} from "../src/libraries/BN254.sol";
import {G2Arith} from "./G2Arith.sol";
import {CommitteeFixtures} from "./CommitteeFixtures.sol";

/// @notice The test-only G2 arithmetic against independent facts: the fixture's G2 keys (computed
/// by gnark-crypto) and pairing checks through the precompile.
contract G2ArithTest is CommitteeFixtures {
    using BN254 for BN254.G1Point;

    CommitteeKey[3] internal keys;

    function setUp() public {
        string memory json = vm.readFile("contracts/test/fixtures/bls.json");
        for (uint256 i = 0; i < 3; i++) {
            keys[i] = _readCommitteeKey(json, i);
        }
    }

    /// @dev e(a1, -G2) * e(G1, a2) == 1, i.e. a1 = s*G1 and a2 = s*G2 for the same s.
    function _sameScalar(BN254.G1Point memory a1, BN254.G2Point memory a2) internal view returns (bool) {
        (bool ok, bool valid) = BN254.safePairing(a1, BN254.negGeneratorG2(), BN254.generatorG1(), a2, 200_000);
        assertTrue(ok, "pairing precompile rejected the points");
        return valid;
    }

    function test_generatorIsNegatedNegGenerator() public view {
        assertTrue(_sameScalar(BN254.generatorG1(), G2Arith.generator()));
    }

    function test_sumOfTwoKeys_pairing() public view {
        BN254.G2Point memory sum = G2Arith.plus(keys[0].g2, keys[1].g2);
        assertTrue(_sameScalar(keys[0].g1.plus(keys[1].g1), sum));
        // A wrong sum fails the same check.
        assertFalse(_sameScalar(keys[0].g1.plus(keys[2].g1), sum));
    }

    function test_sumOfThreeKeys_associativeCommutative() public view {
        BN254.G2Point memory a = G2Arith.plus(G2Arith.plus(keys[0].g2, keys[1].g2), keys[2].g2);
        BN254.G2Point memory b = G2Arith.plus(keys[2].g2, G2Arith.plus(keys[1].g2, keys[0].g2));
        assertTrue(G2Arith.eq(a, b));
        assertTrue(_sameScalar(keys[0].g1.plus(keys[1].g1).plus(keys[2].g1), a));
    }

    function test_scalarMulMatchesFixture() public view {
        // gnark-crypto computed g2 = sk * G2; double-and-add must land on the same affine point.
        for (uint256 i = 0; i < 2; i++) {
            assertTrue(G2Arith.eq(G2Arith.scalarMul(G2Arith.generator(), keys[i].sk), keys[i].g2));
        }
    }

    function test_doublingAndSumMatchScalars() public view {
        BN254.G2Point memory doubled = G2Arith.plus(keys[0].g2, keys[0].g2);
        assertTrue(_sameScalar(keys[0].g1.scalarMul(2), doubled));
        uint256 sk = addmod(keys[0].sk, keys[1].sk, BN254.FR_MODULUS);
        assertTrue(G2Arith.eq(G2Arith.plus(keys[0].g2, keys[1].g2), G2Arith.scalarMul(G2Arith.generator(), sk)));
    }

    function test_identityAndInverse() public view {
        BN254.G2Point memory zero;
        assertTrue(G2Arith.eq(G2Arith.plus(keys[0].g2, zero), keys[0].g2));
        assertTrue(G2Arith.eq(G2Arith.plus(zero, keys[0].g2), keys[0].g2));
        assertTrue(G2Arith.isZero(G2Arith.plus(keys[0].g2, G2Arith.negate(keys[0].g2))));
        assertTrue(G2Arith.isZero(G2Arith.scalarMul(keys[0].g2, BN254.FR_MODULUS)));
    }
}
