// Package bench measures the zk verification mode: for each example circuit and for synthetic
// MiMC hash chains just under 2^16 and 2^18 constraints, the constraint count, setup, prove and
// verify time and the proving-key size. Run once: `make zk-bench` (minutes; 2^18 needs ~1.5 GB).
package bench

import (
	"crypto/sha256"
	"testing"
	"time"

	"github.com/consensys/gnark/logger"

	"github.com/blockless/avs/zk"
	"github.com/blockless/avs/zk/artifacts"
	"github.com/blockless/avs/zk/examples"
	"github.com/blockless/avs/zk/examples/hashchain"
	"github.com/blockless/avs/zk/proving"
)

type bcase struct {
	name    string
	circuit zk.Circuit
	witness func() ([]byte, error)
	maxCons int
}

func cases() []bcase {
	var out []bcase
	for _, e := range examples.All() {
		if e.Name == "hashchain" {
			continue // the 2^16 synthetic case below
		}
		out = append(out, bcase{e.Name, e.Circuit(), func() ([]byte, error) { return e.Witness(e.Sample) }, 0})
	}
	chain := func(steps int) func() ([]byte, error) {
		return func() ([]byte, error) { return hashchain.WitnessSteps([]byte(`{"seed":"42"}`), steps) }
	}
	return append(out,
		bcase{"chain2^16", &hashchain.Chain{Steps: hashchain.Steps16}, chain(hashchain.Steps16), 1 << 16},
		bcase{"chain2^18", &hashchain.Chain{Steps: hashchain.Steps18}, chain(hashchain.Steps18), 1 << 18},
	)
}

func BenchmarkZk(b *testing.B) {
	logger.Disable()
	for _, c := range cases() {
		b.Run(c.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				t0 := time.Now()
				ccs, err := proving.Compile(c.circuit)
				if err != nil {
					b.Fatal(err)
				}
				compile := time.Since(t0)
				if c.maxCons > 0 && ccs.GetNbConstraints()+ccs.GetNbPublicVariables() > c.maxCons {
					b.Fatalf("%d constraints do not fit 2^k=%d", ccs.GetNbConstraints(), c.maxCons)
				}
				t0 = time.Now()
				keys, err := proving.Setup(ccs, "V")
				if err != nil {
					b.Fatal(err)
				}
				setup := time.Since(t0)
				m := artifacts.NewManifest(c.name, ccs, keys, nil, proving.SetupSingleParty)
				t0 = time.Now()
				p, err := proving.LoadProver(m, keys.ConstraintSystem, keys.ProvingKey, keys.VerifyingKey)
				if err != nil {
					b.Fatal(err)
				}
				load := time.Since(t0)
				wit, err := c.witness()
				if err != nil {
					b.Fatal(err)
				}
				task := sha256.Sum256([]byte(c.name))
				t0 = time.Now()
				pr, err := p.Prove(task, wit)
				if err != nil {
					b.Fatal(err)
				}
				prove := time.Since(t0)
				t0 = time.Now()
				if _, err := proving.Verify(p.VerifyingKey(), task, pr.Output, pr.Proof); err != nil {
					b.Fatal(err)
				}
				verify := time.Since(t0)
				b.ReportMetric(float64(ccs.GetNbConstraints()), "constraints")
				b.ReportMetric(compile.Seconds(), "compile-s")
				b.ReportMetric(setup.Seconds(), "setup-s")
				b.ReportMetric(load.Seconds(), "load-s")
				b.ReportMetric(prove.Seconds(), "prove-s")
				b.ReportMetric(float64(verify.Microseconds())/1000, "verify-ms")
				b.ReportMetric(float64(len(keys.ProvingKey))/1e6, "pk-raw-MB")
				b.ReportMetric(float64(len(keys.ConstraintSystem))/1e6, "ccs-MB")
				b.ReportMetric(float64(len(keys.VerifyingKey)), "vk-B")
			}
		})
	}
}
