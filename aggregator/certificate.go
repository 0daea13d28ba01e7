package aggregator

import (
	"errors"
	"fmt"

	blsagg "github.com/Layr-Labs/eigensdk-go/services/bls_aggregation"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/protocol"
)

// CertificateFromAggregation turns eigensdk-go's aggregation result into respondToTask's
// certificate. Non-signers arrive sorted by operator id, as the checker requires. It lives
// here, not in package protocol, so that only the aggregator links eigensdk-go's aggregation
// service.
func CertificateFromAggregation(r blsagg.BlsAggregationServiceResponse) (protocol.Certificate, error) {
	if r.Err != nil {
		return protocol.Certificate{}, fmt.Errorf("aggregation failed: %w", r.Err)
	}
	if r.SignersApkG2 == nil || r.SignersAggSigG1 == nil {
		return protocol.Certificate{}, errors.New("aggregation result has no signature")
	}
	c := protocol.Certificate{
		NonSignerQuorumBitmapIndices: r.NonSignerQuorumBitmapIndices,
		NonSignerPubkeys:             make([]taskmanager.BN254G1Point, len(r.NonSignersPubkeysG1)),
		QuorumApks:                   make([]taskmanager.BN254G1Point, len(r.QuorumApksG1)),
		ApkG2:                        protocol.G2(r.SignersApkG2),
		Sigma:                        protocol.G1(r.SignersAggSigG1.G1Point),
		QuorumApkIndices:             r.QuorumApkIndices,
		TotalStakeIndices:            r.TotalStakeIndices,
		NonSignerStakeIndices:        r.NonSignerStakeIndices,
	}
	for i, p := range r.NonSignersPubkeysG1 {
		c.NonSignerPubkeys[i] = protocol.G1(p)
	}
	for i, p := range r.QuorumApksG1 {
		c.QuorumApks[i] = protocol.G1(p)
	}
	return c, nil
}
