// Package robust is the outlier-resistant aggregation the oracle templates
// share: a median after dropping values far from it.
package robust

import "slices"

// Median of a non-empty slice (sorted in place). Even counts take the
// lower-biased midpoint a + (b-a)/2, which cannot overflow.
func Median(v []int64) int64 {
	slices.Sort(v)
	n := len(v)
	if n%2 == 1 {
		return v[n/2]
	}
	a, b := v[n/2-1], v[n/2]
	return a + (b-a)/2
}

func abs(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// FilterOutliers keeps the values within k median absolute deviations of
// the median. Callers bound |v| (2^56) so k*MAD cannot overflow.
func FilterOutliers(vals []int64, k int64) (kept []int64, rejected int) {
	m := Median(slices.Clone(vals))
	dev := make([]int64, len(vals))
	for i, v := range vals {
		dev[i] = abs(v - m)
	}
	mad := Median(dev)
	for _, v := range vals {
		if abs(v-m) <= k*mad {
			kept = append(kept, v)
		} else {
			rejected++
		}
	}
	return kept, rejected
}
