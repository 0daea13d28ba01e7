package committee

import "math"

// CaptureProbability returns P[Binomial(window, f) ≥ SeatsNeeded(window, threshold)]: the chance
// that an adversary holding fraction f of a table's weight holds enough seats of a window to
// certify alone. Draws are independent and with replacement, so its seat count is binomial.
func CaptureProbability(f float64, window uint32, threshold uint8) float64 {
	return binomialTail(window, f, SeatsNeeded(window, threshold))
}

// BlockProbability returns the chance that an adversary holding fraction f of the weight holds
// so many seats of a window that the other members cannot meet threshold without it:
// P[Binomial(window, f) > window − SeatsNeeded]. Failover then has to add draws.
func BlockProbability(f float64, window uint32, threshold uint8) float64 {
	return binomialTail(window, f, window-SeatsNeeded(window, threshold)+1)
}

// binomialTail returns P[Binomial(n, f) ≥ m], summing the terms in log space so that tiny
// probabilities keep their relative precision.
func binomialTail(n uint32, f float64, m uint32) float64 {
	switch {
	case m == 0:
		return 1
	case m > n || f <= 0:
		return 0
	case f >= 1:
		return 1
	}
	lf, lq := math.Log(f), math.Log1p(-f)
	ln, _ := math.Lgamma(float64(n) + 1)
	var sum float64
	for i := m; i <= n; i++ {
		li, _ := math.Lgamma(float64(i) + 1)
		lr, _ := math.Lgamma(float64(n-i) + 1)
		sum += math.Exp(ln - li - lr + float64(i)*lf + float64(n-i)*lq)
	}
	return min(sum, 1)
}

// MaxWeightShare bounds the weight share of an adversary with stake share g when every honest
// operator declares at least minUnits capacity units and the adversary declares the cap:
// g·cap / (g·cap + (1−g)·minUnits). Capacity is self-declared, so this, not g, is the f to use.
func MaxWeightShare(g float64, capacityCap, minUnits uint64) float64 {
	a := g * float64(capacityCap)
	return a / (a + (1-g)*float64(minUnits))
}

// ExpectedMembers returns the expected number of distinct members of a window of draws over a
// table with the given weight shares: Σ 1 − (1 − s)^window. It is below window because a heavy
// operator may hold several seats but executes a task once.
func ExpectedMembers(shares []float64, window uint32) float64 {
	if window == 0 {
		return 0
	}
	var sum float64
	for _, s := range shares {
		sum += -math.Expm1(float64(window) * math.Log1p(-s))
	}
	return sum
}
