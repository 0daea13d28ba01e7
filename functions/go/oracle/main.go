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
	"strconv"
	"strings"

	"github.com/blockless/avs/functions/go/robust"
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
	kept, rejected := robust.FilterOutliers(vals, *k)
	if len(kept) < *minN || len(kept) == 0 {
		fmt.Fprintf(os.Stderr, "oracle: %d reports accepted, need %d\n", len(kept), max(*minN, 1))
		os.Exit(2)
	}
	fmt.Fprintf(os.Stderr, "oracle: %d reports, %d rejected\n", len(vals), rejected)
	fmt.Println(robust.Median(kept))
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
