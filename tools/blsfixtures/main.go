// Command blsfixtures writes the BLS key fixtures the forge tests verify real signatures with.
//
// Keys are derived deterministically (so the file is reproducible and checked for staleness);
// operators are sorted by operator id so "the first k are non-signers" is a valid certificate
// order. For each case the signers' aggregate G2 key is given, because the EVM has no G2
// arithmetic; the tests compute G1 signatures themselves with the BN254 precompiles.
//
// "committeeOperators" is a second, independent key list (another derivation label, kept in
// derivation order) with each key's G2 point too: committee certificates sum the signers' G2
// keys, which the committee tests do in Solidity for any signer set.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math/big"
	"os"
	"sort"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	eigentypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/crypto"
)

type g1 struct {
	X string `json:"x"`
	Y string `json:"y"`
}

type g2 struct {
	X [2]string `json:"x"` // [imaginary, real], the contract layout
	Y [2]string `json:"y"`
}

type operator struct {
	SK string `json:"sk"`
	G1 g1     `json:"g1"`
}

type fixtureCase struct {
	NonSigners uint64 `json:"nonSigners"`
	ApkG2      g2     `json:"apkG2"`
}

type committeeOperator struct {
	SK string `json:"sk"`
	G1 g1     `json:"g1"`
	G2 g2     `json:"g2"`
}

type fixture struct {
	Operators          []operator          `json:"operators"`
	Cases              []fixtureCase       `json:"cases"`
	CommitteeOperators []committeeOperator `json:"committeeOperators"`
}

func main() {
	out := flag.String("out", "contracts/test/fixtures/bls.json", "output file")
	n := flag.Int("operators", 25, "number of operators")
	m := flag.Int("committee-operators", 64, "number of committee operators (keys with G2 points)")
	flag.Parse()
	if err := run(*out, *n, *m, []int{0, 1, 5, 20}); err != nil {
		fmt.Fprintln(os.Stderr, "blsfixtures:", err)
		os.Exit(1)
	}
}

func g2Of(p *bls.G2Point) g2 {
	return g2{
		X: [2]string{p.X.A1.String(), p.X.A0.String()},
		Y: [2]string{p.Y.A1.String(), p.Y.A0.String()},
	}
}

func run(out string, n, m int, nonSignerCases []int) error {
	kps := make([]*bls.KeyPair, n)
	for i := range kps {
		var sk fr.Element
		sk.SetBytes(crypto.Keccak256([]byte(fmt.Sprintf("blockless-bls-fixture-%d", i))))
		kps[i] = bls.NewKeyPair(&sk)
	}
	sort.Slice(kps, func(a, b int) bool {
		ia, ib := eigentypes.OperatorIdFromKeyPair(kps[a]), eigentypes.OperatorIdFromKeyPair(kps[b])
		return new(big.Int).SetBytes(ia[:]).Cmp(new(big.Int).SetBytes(ib[:])) < 0
	})
	var f fixture
	for _, kp := range kps {
		f.Operators = append(f.Operators, operator{SK: kp.PrivKey.String(), G1: g1{kp.PubKey.X.String(), kp.PubKey.Y.String()}})
	}
	for _, k := range nonSignerCases {
		if k >= n {
			return fmt.Errorf("case with %d non-signers needs more than %d operators", k, n)
		}
		apk := bls.NewZeroG2Point()
		for _, kp := range kps[k:] {
			apk = apk.Add(kp.GetPubKeyG2())
		}
		f.Cases = append(f.Cases, fixtureCase{NonSigners: uint64(k), ApkG2: g2Of(apk)})
	}
	for i := 0; i < m; i++ {
		var sk fr.Element
		sk.SetBytes(crypto.Keccak256([]byte(fmt.Sprintf("blockless-bls-committee-fixture-%d", i))))
		kp := bls.NewKeyPair(&sk)
		f.CommitteeOperators = append(f.CommitteeOperators, committeeOperator{
			SK: kp.PrivKey.String(),
			G1: g1{kp.PubKey.X.String(), kp.PubKey.Y.String()},
			G2: g2Of(kp.GetPubKeyG2()),
		})
	}
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return fmt.Errorf("encode: %w", err)
	}
	if err := os.WriteFile(out, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	return nil
}
