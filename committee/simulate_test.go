package committee

import (
	"math"
	"math/rand/v2"
	"testing"
)

func TestCaptureProbabilityExact(t *testing.T) {
	cases := []struct {
		f         float64
		window    uint32
		threshold uint8
		want      float64
	}{
		{0.1, 3, 67, 0.001}, // needs all 3
		{0.2, 2, 67, 0.04},  // needs both
		{0.2, 5, 67, 5*math.Pow(0.2, 4)*0.8 + math.Pow(0.2, 5)}, // needs 4
		{0.5, 1, 50, 0.5},
		{0, 10, 67, 0},
		{1, 10, 67, 1},
	}
	for _, c := range cases {
		if got := CaptureProbability(c.f, c.window, c.threshold); math.Abs(got-c.want) > 1e-12*max(1, c.want) {
			t.Errorf("CaptureProbability(%v, %d, %d) = %v, want %v", c.f, c.window, c.threshold, got, c.want)
		}
	}
	// Blocking with k = 3 at 67%: one adversary seat of three leaves 2 < 3 needed.
	if got, want := BlockProbability(0.1, 3, 67), 1-math.Pow(0.9, 3); math.Abs(got-want) > 1e-12 {
		t.Errorf("BlockProbability(0.1, 3, 67) = %v, want %v", got, want)
	}
	if got, want := MaxWeightShare(0.1, 4096, 256), 0.1*4096/(0.1*4096+0.9*256); math.Abs(got-want) > 1e-15 {
		t.Errorf("MaxWeightShare = %v, want %v", got, want)
	}
	if got := ExpectedMembers([]float64{0.5, 0.5}, 2); math.Abs(got-1.5) > 1e-15 {
		t.Errorf("ExpectedMembers(½, ½; 2) = %v, want 1.5", got)
	}
}

// TestShares simulates 20,000 tasks with k = 3 over 2,000 heavy-tailed operators: seats follow
// weight, executions follow the saturated membership probability 1 − (1 − s)^k.
func TestShares(t *testing.T) {
	const k, tasks = 3, 20000
	rng := rand.New(rand.NewPCG(2024, 1))
	tab, err := BuildTable(SyntheticOperators(rng, 2000), wasm64, testCap)
	if err != nil {
		t.Fatal(err)
	}
	s := SimulateShares(tab, k, tasks, rng)

	draws := float64(k * tasks)
	var seats, execs uint64
	for p := range tab.Len() {
		seats += s.Seats[p]
		execs += s.Executions[p]
	}
	if seats != k*tasks {
		t.Fatalf("%d seats, want %d", seats, k*tasks)
	}
	member := s.MemberShares()
	checked := 0
	for p, w := range s.WeightShare {
		if w*draws < 1000 {
			continue
		}
		checked++
		seatShare := float64(s.Seats[p]) / draws
		if math.Abs(seatShare-w) > 0.1*w {
			t.Errorf("position %d: seat share %.5f, weight share %.5f", p, seatShare, w)
		}
		workShare := float64(s.Executions[p]) / float64(execs)
		if math.Abs(workShare-member[p]) > 0.1*member[p] {
			t.Errorf("position %d: work share %.5f, expected membership share %.5f", p, workShare, member[p])
		}
	}
	if checked < 3 {
		t.Fatalf("only %d operators expect ≥ 1000 seats; the stake tail is too thin to test", checked)
	}
	t.Logf("%d operators expect ≥ 1000 seats", checked)

	// Executions per task: the expected distinct count, within 5σ (each task's count is at
	// most k, so σ ≤ k / √tasks).
	perTask := float64(execs) / tasks
	want := ExpectedMembers(s.WeightShare, k)
	if math.Abs(perTask-want) > 5*k/math.Sqrt(tasks) || perTask >= k {
		t.Errorf("%.4f executions per task, expected %.4f", perTask, want)
	}

	rows := s.Deciles(0.1)
	var sum float64
	for _, r := range rows {
		sum += r.WeightShare
		t.Logf("decile %2d: weight %.4f seats %.4f work %.4f member %.4f; expected seats/op %8.1f; within ±10%%: seats %.2f work %.2f",
			r.Decile, r.WeightShare, r.SeatShare, r.WorkShare, r.MemberShare, r.MeanExpectedSeats, r.SeatsWithin, r.WorkWithin)
	}
	if math.Abs(sum-1) > 1e-9 {
		t.Errorf("decile weight shares sum to %v", sum)
	}
	// The top decile holds most of the weight and enough seats for seat share to track it.
	top := rows[9]
	if top.WeightShare < 0.3 || math.Abs(top.SeatShare-top.WeightShare) > 0.02 {
		t.Errorf("top decile: weight %.4f, seats %.4f", top.WeightShare, top.SeatShare)
	}
	t.Logf("%.4f executions per task (expected %.4f of %d seats)", perTask, want, k)
}

// TestCapture compares the Monte-Carlo capture rate with the binomial formula.
func TestCapture(t *testing.T) {
	const trials, threshold = 20000, 67
	windows := []uint32{3, 10, 50}
	rng := rand.New(rand.NewPCG(7, 7))
	honest := SyntheticOperators(rng, 2000)
	for _, f := range []float64{0.1, 0.2, 0.33} {
		ops, ids, err := WithAdversary(honest, wasm64, testCap, f, 5)
		if err != nil {
			t.Fatal(err)
		}
		tab, err := BuildTable(ops, wasm64, testCap)
		if err != nil {
			t.Fatal(err)
		}
		share := tab.ShareOf(ids)
		if math.Abs(share-f) > 1e-6 {
			t.Fatalf("adversary holds %v of the weight, asked %v", share, f)
		}
		var bad []int
		for _, id := range ids {
			p, _ := tab.Position(id)
			bad = append(bad, p)
		}
		captured := SimulateCapture(tab, bad, windows, threshold, trials, rng)
		for i, w := range windows {
			p := CaptureProbability(share, w, threshold)
			got := float64(captured[i]) / trials
			tol := 4*math.Sqrt(p*(1-p)/trials) + 1e-3
			if math.Abs(got-p) > tol {
				t.Errorf("f = %v, window %d: captured %v, formula %v (tolerance %v)", f, w, got, p, tol)
			}
			t.Logf("f = %.2f, window %2d: simulated %.4f, formula %.3g", f, w, got, p)
		}
	}
}
