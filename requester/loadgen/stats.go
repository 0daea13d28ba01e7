package loadgen

import (
	"math"
	"sort"
)

// Dist summarises a sample: its size, median, 95th percentile and maximum.
type Dist struct {
	N             int
	P50, P95, Max float64
}

// Percentile is the nearest-rank percentile of sorted (ascending): the smallest value with at
// least p% of the sample at or below it. Nearest rank, not interpolation, so that every figure
// reported is a latency that was actually observed. Zero for an empty sample.
func Percentile(sorted []float64, p float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	rank := int(math.Ceil(p / 100 * float64(len(sorted))))
	rank = min(max(rank, 1), len(sorted))
	return sorted[rank-1]
}

// Summarize computes the Dist of values (which it does not modify).
func Summarize(values []float64) Dist {
	if len(values) == 0 {
		return Dist{}
	}
	s := append([]float64(nil), values...)
	sort.Float64s(s)
	return Dist{N: len(s), P50: Percentile(s, 50), P95: Percentile(s, 95), Max: s[len(s)-1]}
}
