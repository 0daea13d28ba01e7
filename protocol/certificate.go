package protocol

import (
	"math/big"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"

	"github.com/blockless/avs/bindings/taskmanager"
)

// G1 converts an eigensdk G1 point to the contract layout.
func G1(p *bls.G1Point) taskmanager.BN254G1Point {
	return taskmanager.BN254G1Point{X: p.X.BigInt(new(big.Int)), Y: p.Y.BigInt(new(big.Int))}
}

// G2 converts an eigensdk G2 point to the contract layout: X = [imaginary, real].
func G2(p *bls.G2Point) taskmanager.BN254G2Point {
	return taskmanager.BN254G2Point{
		X: [2]*big.Int{p.X.A1.BigInt(new(big.Int)), p.X.A0.BigInt(new(big.Int))},
		Y: [2]*big.Int{p.Y.A1.BigInt(new(big.Int)), p.Y.A0.BigInt(new(big.Int))},
	}
}
