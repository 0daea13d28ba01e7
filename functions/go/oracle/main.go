// Command oracle is the oracle-aggregation template: it reads price reports
// and prints their median after rejecting outliers.
//
// Input (stdin): one report per line; the first whitespace-separated field
// is an integer price in the feed's smallest unit (e.g. 8-decimal fixed
// point); anything after it (a source name) is ignored. Blank lines and
// lines starting with # are skipped. |price| must be at most 2^56.
//
// Args: -k K (outlier threshold in MADs, 1..100, default 3),
// -min N (fewer accepted reports is an error, default 1).
//
// Output (stdout): the median of the accepted reports and a newline.
// A report is accepted when |price - median| <= K * MAD, MAD being the
// median absolute deviation of all reports. Medians of an even count take
// the lower-biased midpoint a + (b-a)/2. Exit 1 on malformed input, 2 when
// fewer than -min reports remain. The Rust template implements the same
// rule byte for byte.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
)

const maxAbs = 1 << 56

func main() {
	fs := flag.NewFlagSet("oracle", flag.ContinueOnError)
	k := fs.Int64("k", 3, "outlier threshold in median absolute deviations (1..100)")
	minN := fs.Int("min", 1, "minimum number of accepted reports")
	if err := fs.Parse(os.Args[1:]); err != nil {
		os.Exit(1)
	}
	if *k < 1 || *k > 100 {
		fmt.Fprintln(os.Stderr, "oracle: -k must be in 1..100")
		os.Exit(1)
	}
	vals, err := readReports(bufio.NewScanner(os.Stdin))
	if err != nil {
		fmt.Fprintln(os.Stderr, "oracle:", err)
		os.Exit(1)
	}
	kept, rejected := filterOutliers(vals, *k)
	if len(kept) < *minN || len(kept) == 0 {
		fmt.Fprintf(os.Stderr, "oracle: %d reports accepted, need %d\n", len(kept), max(*minN, 1))
		os.Exit(2)
	}
	fmt.Fprintf(os.Stderr, "oracle: %d reports, %d rejected\n", len(vals), rejected)
	fmt.Println(median(kept))
}

func readReports(sc *bufio.Scanner) ([]int64, error) {
	var vals []int64
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		v, err := strconv.ParseInt(f[0], 10, 64)
		if err != nil || v > maxAbs || v < -maxAbs {
			return nil, fmt.Errorf("line %d: bad price %q", line, f[0])
		}
		vals = append(vals, v)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(vals) == 0 {
		return nil, errors.New("no reports")
	}
	return vals, nil
}

// median of a non-empty slice (sorted in place).
func median(v []int64) int64 {
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

func filterOutliers(vals []int64, k int64) (kept []int64, rejected int) {
	m := median(slices.Clone(vals))
	dev := make([]int64, len(vals))
	for i, v := range vals {
		dev[i] = abs(v - m)
	}
	mad := median(dev)
	for _, v := range vals {
		if abs(v-m) <= k*mad {
			kept = append(kept, v)
		} else {
			rejected++
		}
	}
	return kept, rejected
}
