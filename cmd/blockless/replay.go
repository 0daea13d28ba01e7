package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/blockless/avs/fetch"
	"github.com/blockless/avs/httpcall"
	"github.com/blockless/avs/requester"
)

func replayCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "replay",
		Usage:     "re-run an answered task offline and check it against the certified response",
		ArgsUsage: "TASK_ID",
		Description: `Fetches the task's module and input (checked against their digests), and
runs it as operators did: the task's limits, clock and seed, and every HTTP
call answered from the task's transcript, whose digest must equal the
certified transcriptDigest. The transcript comes from --transcript FILE, or
from the aggregator (--aggregator-url). Exits 0 when the replayed status,
output and fuel equal the certified ones, 1 otherwise.`,
		Flags: append(chainFlags(),
			&cli.StringFlag{Name: "transcript", Usage: "the task's transcript (JSON, as `blockless run --transcript` writes it)"},
			&cli.StringFlag{Name: "aggregator-url", Value: "http://127.0.0.1:8090", EnvVars: []string{"BLOCKLESS_AGGREGATOR_URL"}, Usage: "aggregator to read the transcript from (untrusted: its digest is checked)"},
			&cli.Uint64Flag{Name: "from-block", Usage: "first block to search for the task's creation"},
			&cli.BoolFlag{Name: "allow-private", Usage: "fetch the module and input from loopback/private addresses (devnets)"},
			&cli.StringFlag{Name: "save-transcript", Usage: "write the transcript used to this file"},
		),
		Action: func(c *cli.Context) error {
			id, err := strconv.ParseUint(c.Args().First(), 10, 32)
			if err != nil {
				return cli.Exit("usage: blockless replay TASK_ID", 2)
			}
			o := requester.ReplayOptions{Fetch: fetch.Policy{AllowPrivate: c.Bool("allow-private")}.WithDefaults(),
				AggregatorURL: c.String("aggregator-url"), FromBlock: c.Uint64("from-block")}
			if f := c.String("transcript"); f != "" {
				b, err := os.ReadFile(f)
				if err != nil {
					return err
				}
				if err := json.Unmarshal(b, &o.Transcript); err != nil {
					return fmt.Errorf("--transcript %s: %w", f, err)
				}
				if o.Transcript == nil {
					o.Transcript = httpcall.Transcript{}
				}
			}
			ctx, cancel := context.WithTimeout(c.Context, 5*time.Minute)
			defer cancel()
			cl, err := dialRequester(ctx, c, false)
			if err != nil {
				return err
			}
			defer cl.Close()
			r, err := cl.Replay(ctx, uint32(id), o)
			if err != nil {
				return err
			}
			if f := c.String("save-transcript"); f != "" {
				b, _ := json.MarshalIndent(r.Transcript, "", "  ")
				if err := os.WriteFile(f, append(b, '\n'), 0o644); err != nil {
					return err
				}
			}
			fmt.Fprintf(e.stderr, "task %d: %d HTTP calls replayed from transcript %x\n", id, len(r.Transcript), r.Certified.TranscriptDigest)
			fmt.Fprintf(e.stderr, "certified: status %d, fuel %d, output %x\nreplayed:  status %d, fuel %d, output %x\n",
				r.Certified.Status, r.Certified.FuelUsed, r.Certified.OutputDigest, r.Replayed.Status, r.Replayed.FuelUsed, r.Replayed.OutputDigest)
			if !r.Match {
				fmt.Fprintln(e.stderr, "MISMATCH: the replay does not reproduce the certified response")
				e.exitCode = 1
				return nil
			}
			fmt.Fprintln(e.stderr, "match: the replay reproduces the certified response")
			return nil
		},
	}
}
