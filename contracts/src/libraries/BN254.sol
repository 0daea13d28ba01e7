// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

/// @title BN254
/// @notice Arithmetic on the BN254 (alt_bn128) curve through the EVM precompiles (0x06 add,
/// 0x07 mul, 0x08 pairing, 0x05 modexp). Point layouts match EigenLayer's middleware so that
/// registry data and eigensdk-go signatures can be used as they are: G2 coordinates are stored
/// as [imaginary, real], the order the pairing precompile expects.
library BN254 {
    /// @dev Base field modulus.
    uint256 internal constant FP_MODULUS =
        21888242871839275222246405745257275088696311157297823662689037894645226208583;
    /// @dev Scalar field modulus (group order).
    uint256 internal constant FR_MODULUS =
        21888242871839275222246405745257275088548364400416034343698204186575808495617;

    struct G1Point {
        uint256 X;
        uint256 Y;
    }

    /// @dev X = [imaginary, real], Y = [imaginary, real].
    struct G2Point {
        uint256[2] X;
        uint256[2] Y;
    }

    error ECAddFailed();
    error ECMulFailed();
    error ModExpFailed();

    // Negation of the standard G2 generator, used on the right side of the pairing check.
    uint256 internal constant NG2_X_IMAG =
        11559732032986387107991004021392285783925812861821192530917403151452391805634;
    uint256 internal constant NG2_X_REAL =
        10857046999023057135944570762232829481370756359578518086990519993285655852781;
    uint256 internal constant NG2_Y_IMAG =
        17805874995975841540914202342111839520379459829704422454583296818431106115052;
    uint256 internal constant NG2_Y_REAL =
        13392588948715843804641432497768002650278120570034223513918757245338268106653;

    function generatorG1() internal pure returns (G1Point memory) {
        return G1Point(1, 2);
    }

    function negGeneratorG2() internal pure returns (G2Point memory) {
        return G2Point([NG2_X_IMAG, NG2_X_REAL], [NG2_Y_IMAG, NG2_Y_REAL]);
    }

    function negate(G1Point memory p) internal pure returns (G1Point memory) {
        if (p.X == 0 && p.Y == 0) return G1Point(0, 0);
        return G1Point(p.X, FP_MODULUS - (p.Y % FP_MODULUS));
    }

    function plus(G1Point memory p1, G1Point memory p2) internal view returns (G1Point memory r) {
        uint256[4] memory input = [p1.X, p1.Y, p2.X, p2.Y];
        bool ok;
        assembly {
            ok := staticcall(gas(), 0x06, input, 0x80, r, 0x40)
        }
        if (!ok) revert ECAddFailed();
    }

    function scalarMul(G1Point memory p, uint256 s) internal view returns (G1Point memory r) {
        uint256[3] memory input = [p.X, p.Y, s];
        bool ok;
        assembly {
            ok := staticcall(gas(), 0x07, input, 0x60, r, 0x40)
        }
        if (!ok) revert ECMulFailed();
    }

    /// @notice e(a1, a2) * e(b1, b2) == 1, with the gas the precompile may use capped.
    /// @return success false when the precompile failed (bad points or out of gas)
    /// @return valid the pairing result, meaningful only when success is true
    function safePairing(G1Point memory a1, G2Point memory a2, G1Point memory b1, G2Point memory b2, uint256 gasLimit)
        internal
        view
        returns (bool success, bool valid)
    {
        uint256[12] memory input =
            [a1.X, a1.Y, a2.X[0], a2.X[1], a2.Y[0], a2.Y[1], b1.X, b1.Y, b2.X[0], b2.X[1], b2.Y[0], b2.Y[1]];
        uint256[1] memory out;
        assembly {
            success := staticcall(gasLimit, 0x08, input, 0x180, out, 0x20)
        }
        valid = success && out[0] == 1;
    }

    /// @notice keccak256 of the packed coordinates: EigenLayer's operator id for a pubkey.
    function hashG1Point(G1Point memory p) internal pure returns (bytes32 h) {
        assembly {
            h := keccak256(p, 0x40)
        }
    }

    /// @notice Try-and-increment hash to G1, identical to eigensdk-go's bn254.MapToCurve:
    /// x starts at the digest mod p and increases until x^3 + 3 is a square.
    function hashToG1(bytes32 digest) internal view returns (G1Point memory) {
        uint256 x = uint256(digest) % FP_MODULUS;
        while (true) {
            uint256 beta = addmod(mulmod(mulmod(x, x, FP_MODULUS), x, FP_MODULUS), 3, FP_MODULUS);
            uint256 y = expMod(beta, (FP_MODULUS + 1) / 4, FP_MODULUS);
            if (mulmod(y, y, FP_MODULUS) == beta) return G1Point(x, y);
            x = addmod(x, 1, FP_MODULUS);
        }
        revert(); // unreachable; keeps the compiler's return analysis happy
    }

    function expMod(uint256 base, uint256 exponent, uint256 modulus) internal view returns (uint256 result) {
        uint256[6] memory input = [uint256(32), 32, 32, base, exponent, modulus];
        uint256[1] memory out;
        bool ok;
        assembly {
            ok := staticcall(gas(), 0x05, input, 0xc0, out, 0x20)
        }
        if (!ok) revert ModExpFailed();
        result = out[0];
    }
}
