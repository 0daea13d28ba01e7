// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {BN254} from "../src/libraries/BN254.sol";

/// @notice TEST HELPER: affine G2 arithmetic over Fp2 = Fp[i]/(i^2 + 1), so tests can build the
/// aggregate G2 key of any signer set (the EVM has no G2 precompile). Points use BN254's layout:
/// X = [imaginary, real], Y = [imaginary, real]; (0, 0, 0, 0) is the point at infinity. Inverses go
/// through the modexp precompile (Fermat). Slow and not constant-time: for tests only.
library G2Arith {
    uint256 internal constant P = BN254.FP_MODULUS;

    /// @dev An Fp2 element re + im*i.
    struct F2 {
        uint256 re;
        uint256 im;
    }

    function generator() internal pure returns (BN254.G2Point memory g) {
        g = BN254.negGeneratorG2();
        g.Y[0] = P - g.Y[0];
        g.Y[1] = P - g.Y[1];
    }

    function isZero(BN254.G2Point memory p) internal pure returns (bool) {
        return p.X[0] == 0 && p.X[1] == 0 && p.Y[0] == 0 && p.Y[1] == 0;
    }

    function eq(BN254.G2Point memory a, BN254.G2Point memory b) internal pure returns (bool) {
        return a.X[0] == b.X[0] && a.X[1] == b.X[1] && a.Y[0] == b.Y[0] && a.Y[1] == b.Y[1];
    }

    function negate(BN254.G2Point memory p) internal pure returns (BN254.G2Point memory) {
        if (isZero(p)) return p;
        return BN254.G2Point(p.X, [(P - p.Y[0]) % P, (P - p.Y[1]) % P]);
    }

    function plus(BN254.G2Point memory p, BN254.G2Point memory q) internal view returns (BN254.G2Point memory) {
        if (isZero(p)) return q;
        if (isZero(q)) return p;
        F2 memory x1 = F2(p.X[1], p.X[0]);
        F2 memory y1 = F2(p.Y[1], p.Y[0]);
        F2 memory x2 = F2(q.X[1], q.X[0]);
        F2 memory y2 = F2(q.Y[1], q.Y[0]);
        F2 memory lambda;
        if (x1.re == x2.re && x1.im == x2.im) {
            // Same x: either the same point (double) or its negation (sum is infinity).
            if (y1.re != y2.re || y1.im != y2.im || (y1.re == 0 && y1.im == 0)) {
                return BN254.G2Point([uint256(0), 0], [uint256(0), 0]);
            }
            F2 memory x1sq = _mul(x1, x1);
            lambda = _mul(_add(_add(x1sq, x1sq), x1sq), _inv(_add(y1, y1)));
        } else {
            lambda = _mul(_sub(y2, y1), _inv(_sub(x2, x1)));
        }
        F2 memory x3 = _sub(_sub(_mul(lambda, lambda), x1), x2);
        F2 memory y3 = _sub(_mul(lambda, _sub(x1, x3)), y1);
        return BN254.G2Point([x3.im, x3.re], [y3.im, y3.re]);
    }

    /// @dev Double-and-add from the top bit.
    function scalarMul(BN254.G2Point memory p, uint256 s) internal view returns (BN254.G2Point memory r) {
        for (uint256 b = 256; b > 0; b--) {
            r = plus(r, r);
            if ((s >> (b - 1)) & 1 == 1) r = plus(r, p);
        }
    }

    function _add(F2 memory a, F2 memory b) private pure returns (F2 memory) {
        return F2(addmod(a.re, b.re, P), addmod(a.im, b.im, P));
    }

    function _sub(F2 memory a, F2 memory b) private pure returns (F2 memory) {
        return F2(addmod(a.re, P - b.re, P), addmod(a.im, P - b.im, P));
    }

    function _mul(F2 memory a, F2 memory b) private pure returns (F2 memory) {
        // (a.re + a.im i)(b.re + b.im i) = a.re b.re - a.im b.im + (a.re b.im + a.im b.re) i
        return F2(
            addmod(mulmod(a.re, b.re, P), P - mulmod(a.im, b.im, P), P),
            addmod(mulmod(a.re, b.im, P), mulmod(a.im, b.re, P), P)
        );
    }

    /// @dev 1/(re + im i) = (re - im i)/(re^2 + im^2); the norm is inverted with modexp (p - 2).
    function _inv(F2 memory a) private view returns (F2 memory) {
        uint256 norm = addmod(mulmod(a.re, a.re, P), mulmod(a.im, a.im, P), P);
        require(norm != 0, "G2Arith: inverse of zero");
        uint256 t = BN254.expMod(norm, P - 2, P);
        return F2(mulmod(a.re, t, P), mulmod((P - a.im) % P, t, P));
    }
}
