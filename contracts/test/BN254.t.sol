// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {Test} from "forge-std/Test.sol";
import {BN254} from "../src/libraries/BN254.sol";

contract BN254Test is Test {
    using BN254 for BN254.G1Point;

    /// hashToG1 always lands on y^2 = x^3 + 3 with reduced coordinates.
    function testFuzz_hashToG1OnCurve(bytes32 digest) public view {
        BN254.G1Point memory p = BN254.hashToG1(digest);
        uint256 q = BN254.FP_MODULUS;
        assertLt(p.X, q);
        assertLt(p.Y, q);
        assertEq(mulmod(p.Y, p.Y, q), addmod(mulmod(mulmod(p.X, p.X, q), p.X, q), 3, q));
    }

    /// p + (-p) is the point at infinity; scalar multiplication distributes over addition.
    function testFuzz_groupLaws(uint256 a, uint256 b) public view {
        a = bound(a, 1, BN254.FR_MODULUS - 1);
        b = bound(b, 1, BN254.FR_MODULUS - 1);
        BN254.G1Point memory g = BN254.generatorG1();
        BN254.G1Point memory pa = g.scalarMul(a);
        BN254.G1Point memory zero = pa.plus(pa.negate());
        assertEq(zero.X, 0);
        assertEq(zero.Y, 0);
        BN254.G1Point memory lhs = g.scalarMul(addmod(a, b, BN254.FR_MODULUS));
        BN254.G1Point memory rhs = pa.plus(g.scalarMul(b));
        assertEq(lhs.X, rhs.X);
        assertEq(lhs.Y, rhs.Y);
    }

    /// Matches eigensdk-go's MapToCurve on a known vector (digest 0 maps to x = 1 after no square at 0).
    function test_hashToG1_knownVector() public view {
        BN254.G1Point memory p = BN254.hashToG1(bytes32(0));
        // x = 0: 3 is not a square mod p; x = 1: 4 = 2^2.
        assertEq(p.X, 1);
        assertEq(p.Y, 2);
    }
}
