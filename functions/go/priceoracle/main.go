// Command priceoracle is the fetching oracle template: it reads a price
// from each of several HTTP sources and prints their robust median.
//
// Input (stdin): one source URL per line (blank lines and # lines skipped,
// at most 16). Every URL's host must be among the function's declared hosts.
//
// Args: -path P (the JSON field holding the price, dot-separated, default
// "price"; an integer in the feed's smallest unit, as a number or a string),
// -k K (outlier threshold in MADs, 1..100, default 3), -min N (fewer usable
// sources is an error, default 2), -abi (print a 32-byte big-endian
// uint256 for a contract instead of decimal text).
//
// Each source is fetched with the median rule on the price field: operators
// each fetch it and agree on the response whose price is their
// stake-weighted median, so one source answering operators differently
// still gives every operator the same input. A source that fails (an error,
// a non-200 status, no price) is skipped, and a source far from the others
// (a liar) is rejected as an outlier, as in the oracle template.
//
// Exit 1 on malformed input or arguments, 2 when fewer than -min sources
// give a price.
package main

import (
	"bufio"
	"encoding/binary"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/blockless/avs/functions/go/bhttp"
	"github.com/blockless/avs/functions/go/robust"
)

const (
	maxSources = 16
	maxAbs     = 1 << 56
)

func main() {
	fs := flag.NewFlagSet("priceoracle", flag.ContinueOnError)
	path := fs.String("path", "price", "JSON field holding the price (dot-separated)")
	k := fs.Int64("k", 3, "outlier threshold in median absolute deviations (1..100)")
	minN := fs.Int("min", 2, "minimum number of sources that give a price")
	asABI := fs.Bool("abi", false, "print a 32-byte uint256 instead of decimal text")
	if err := fs.Parse(os.Args[1:]); err != nil {
		os.Exit(1)
	}
	if *k < 1 || *k > 100 || *path == "" {
		fmt.Fprintln(os.Stderr, "priceoracle: -k must be in 1..100 and -path non-empty")
		os.Exit(1)
	}
	urls, err := readSources(bufio.NewScanner(os.Stdin))
	if err != nil {
		fmt.Fprintln(os.Stderr, "priceoracle:", err)
		os.Exit(1)
	}
	var prices []int64
	for _, u := range urls {
		resp, err := bhttp.Get(u, bhttp.Median(*path))
		if err == nil && resp.Status != 200 {
			err = fmt.Errorf("HTTP %d", resp.Status)
		}
		var p int64
		if err == nil {
			p, err = field(resp.Body, *path)
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "priceoracle: %s: %v (skipped)\n", u, err)
			continue
		}
		prices = append(prices, p)
	}
	kept, rejected := robust.FilterOutliers(prices, *k)
	if len(prices) == 0 || len(kept) < *minN {
		fmt.Fprintf(os.Stderr, "priceoracle: %d of %d sources usable, need %d\n", len(kept), len(urls), *minN)
		os.Exit(2)
	}
	m := robust.Median(kept)
	fmt.Fprintf(os.Stderr, "priceoracle: %d sources, %d rejected as outliers\n", len(prices), rejected)
	if *asABI {
		if m < 0 {
			fmt.Fprintln(os.Stderr, "priceoracle: negative price has no uint256")
			os.Exit(2)
		}
		var out [32]byte
		binary.BigEndian.PutUint64(out[24:], uint64(m))
		os.Stdout.Write(out[:])
		return
	}
	fmt.Println(m)
}

func readSources(sc *bufio.Scanner) ([]string, error) {
	var urls []string
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		if len(urls) == maxSources {
			return nil, fmt.Errorf("more than %d sources", maxSources)
		}
		urls = append(urls, l)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(urls) == 0 {
		return nil, fmt.Errorf("no sources on stdin")
	}
	return urls, nil
}

// field reads the integer at a dot-separated path of a JSON body.
func field(body []byte, path string) (int64, error) {
	var v any
	d := json.NewDecoder(strings.NewReader(string(body)))
	d.UseNumber()
	if err := d.Decode(&v); err != nil {
		return 0, fmt.Errorf("body is not JSON")
	}
	for _, seg := range strings.Split(path, ".") {
		switch x := v.(type) {
		case map[string]any:
			v = x[seg]
		case []any:
			i, err := strconv.Atoi(seg)
			if err != nil || i < 0 || i >= len(x) {
				return 0, fmt.Errorf("no element %q", seg)
			}
			v = x[i]
		default:
			return 0, fmt.Errorf("no field %q", seg)
		}
	}
	var s string
	switch x := v.(type) {
	case json.Number:
		s = string(x)
	case string:
		s = x
	default:
		return 0, fmt.Errorf("%s is not a number", path)
	}
	p, err := strconv.ParseInt(s, 10, 64)
	if err != nil || p > maxAbs || p < -maxAbs {
		return 0, fmt.Errorf("%s = %q is not an integer price", path, s)
	}
	return p, nil
}
