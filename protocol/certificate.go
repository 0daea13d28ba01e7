package protocol

import (
	"fmt"
	"math/big"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	blsagg "github.com/Layr-Labs/eigensdk-go/services/bls_aggregation"

	"github.com/blockless/avs/bindings/taskmanager"
)

// CertificateFromAggregation turns eigensdk-go's aggregation result into respondToTask's
// certificate. Non-signers arrive sorted by operator id, as the checker requires.
func CertificateFromAggregation(r blsagg.BlsAggregationServiceResponse) (Certificate, error) {
	if r.Err != nil {
		return Certificate{}, fmt.Errorf("aggregation failed: %w", r.Err)
	}
	if r.SignersApkG2 == nil || r.SignersAggSigG1 == nil {
		return Certificate{}, fmt.Errorf("aggregation result has no signature")
	}
	c := Certificate{
		NonSignerQuorumBitmapIndices: r.NonSignerQuorumBitmapIndices,
		NonSignerPubkeys:             make([]taskmanager.BN254G1Point, len(r.NonSignersPubkeysG1)),
		QuorumApks:                   make([]taskmanager.BN254G1Point, len(r.QuorumApksG1)),
		ApkG2:                        G2(r.SignersApkG2),
		Sigma:                        G1(r.SignersAggSigG1.G1Point),
		QuorumApkIndices:             r.QuorumApkIndices,
		TotalStakeIndices:            r.TotalStakeIndices,
		NonSignerStakeIndices:        r.NonSignerStakeIndices,
	}
	for i, p := range r.NonSignersPubkeysG1 {
		c.NonSignerPubkeys[i] = G1(p)
	}
	for i, p := range r.QuorumApksG1 {
		c.QuorumApks[i] = G1(p)
	}
	return c, nil
}

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
