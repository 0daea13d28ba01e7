// Command committeesim simulates committee selection over a synthetic, heavy-tailed operator
// population and prints markdown tables: each weight-share decile's share of seats and of
// executions, and the capture probability of an adversary, by formula and by simulation.
//
// Everything derives from -seed, so a run is reproducible.
package main

import (
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"

	"github.com/blockless/avs/committee"
)

type config struct {
	operators, tasks, trials, sybils int
	k                                uint32
	threshold                        uint
	capacityCap                      uint64
	seed                             uint64
}

func main() {
	var c config
	flag.IntVar(&c.operators, "operators", 2000, "honest operators")
	flag.IntVar(&c.tasks, "tasks", 20000, "tasks for the share simulation")
	flag.IntVar(&c.trials, "trials", 20000, "tasks per adversary share for the capture simulation")
	flag.IntVar(&c.sybils, "sybils", 5, "operators the adversary splits its weight over")
	k := flag.Uint("k", 3, "committee size (draws per round)")
	flag.UintVar(&c.threshold, "threshold", 67, "threshold percentage of seats")
	flag.Uint64Var(&c.capacityCap, "cap", 4096, "capacity units cap")
	flag.Uint64Var(&c.seed, "seed", 1, "random seed")
	flag.Parse()
	c.k = uint32(*k)
	if err := run(os.Stdout, c); err != nil {
		fmt.Fprintln(os.Stderr, "committeesim:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, c config) error {
	if c.k == 0 || c.threshold == 0 || c.threshold > 100 {
		return fmt.Errorf("need k > 0 and threshold in 1..100, got k %d, threshold %d", c.k, c.threshold)
	}
	threshold := uint8(c.threshold)
	class := committee.Class{Runtimes: committee.RuntimeWasm, MemClass: committee.MemoryClass(64 << 20)}
	rng := rand.New(rand.NewPCG(c.seed, 0))
	honest := committee.SyntheticOperators(rng, c.operators)
	table, err := committee.BuildTable(honest, class, c.capacityCap)
	if err != nil {
		return err
	}

	s := committee.SimulateShares(table, c.k, c.tasks, rng)
	var execs uint64
	for _, n := range s.Executions {
		execs += n
	}
	fmt.Fprintf(w, "### Work share vs weight share\n\n%d operators, %d tasks, k = %d, capacity cap %d; %.4f executions per task (expected %.4f).\n\n",
		table.Len(), c.tasks, c.k, c.capacityCap, float64(execs)/float64(c.tasks), committee.ExpectedMembers(s.WeightShare, c.k))
	fmt.Fprintln(w, "| decile | weight share | seat share | work share | expected work share | expected seats per operator | weight within ±10% (seats) | weight within ±10% (work) |")
	fmt.Fprintln(w, "|---:|---:|---:|---:|---:|---:|---:|---:|")
	var seatsWithin, workWithin float64
	for _, r := range s.Deciles(0.1) {
		fmt.Fprintf(w, "| %d | %.4f | %.4f | %.4f | %.4f | %.1f | %.2f | %.2f |\n",
			r.Decile, r.WeightShare, r.SeatShare, r.WorkShare, r.MemberShare, r.MeanExpectedSeats, r.SeatsWithin, r.WorkWithin)
		seatsWithin += r.SeatsWithin * r.WeightShare
		workWithin += r.WorkWithin * r.WeightShare
	}
	fmt.Fprintf(w, "| all | 1.0000 | 1.0000 | 1.0000 | 1.0000 | %.1f | %.2f | %.2f |\n\n",
		float64(c.k)*float64(c.tasks)/float64(table.Len()), seatsWithin, workWithin)

	top := 0
	for p, share := range s.WeightShare {
		if share > s.WeightShare[top] {
			top = p
		}
	}
	member := s.MemberShares()
	fmt.Fprintf(w, "Largest operator: weight share %.4f, seat share %.4f, work share %.4f (saturated expectation %.4f).\n\n",
		s.WeightShare[top], float64(s.Seats[top])/float64(uint64(c.k)*uint64(c.tasks)), float64(s.Executions[top])/float64(execs), member[top])

	windows := []uint32{3, 10, 50}
	fmt.Fprintf(w, "### Capture probability, formula vs simulation\n\nThreshold %d%%, adversary split over %d operators at the capacity cap, %d tasks per share.\n\n", threshold, c.sybils, c.trials)
	fmt.Fprintln(w, "| f | window | seats needed | formula | simulated |")
	fmt.Fprintln(w, "|---:|---:|---:|---:|---:|")
	for _, f := range []float64{0.1, 0.2, 0.33} {
		ops, ids, err := committee.WithAdversary(honest, class, c.capacityCap, f, c.sybils)
		if err != nil {
			return err
		}
		t, err := committee.BuildTable(ops, class, c.capacityCap)
		if err != nil {
			return err
		}
		var bad []int
		for _, id := range ids {
			p, _ := t.Position(id)
			bad = append(bad, p)
		}
		share := t.ShareOf(ids)
		captured := committee.SimulateCapture(t, bad, windows, threshold, c.trials, rng)
		for i, win := range windows {
			fmt.Fprintf(w, "| %.2f | %d | %d | %.3g | %.4f (%d) |\n", share, win, committee.SeatsNeeded(win, threshold),
				committee.CaptureProbability(share, win, threshold), float64(captured[i])/float64(c.trials), captured[i])
		}
	}
	return nil
}
