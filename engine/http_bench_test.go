package engine

import (
	"context"
	"fmt"
	"testing"

	"github.com/blockless/avs/httpcall"
)

// BenchmarkHTTPReplay is the cost of a function's HTTP calls answered from
// an agreed transcript (what every operator's final run does): 40 calls of
// which 32 are answered (1 KiB bodies) and 8 refused by the quota, against
// the same module whose calls are all refused without a session (the host
// call alone). Reported per call; the ratio is the transcript's share.
func BenchmarkHTTPReplay(b *testing.B) {
	e := newEngine(b, Config{})
	mod := watBytes(b, httpRepeat)
	call := []byte(`{"url":"https://api.example/p","rule":"median:price"}`)
	req, err := httpcall.ParseGuestRequest(call)
	if err != nil {
		b.Fatal(err)
	}
	body := make([]byte, 1024)
	var tr httpcall.Transcript
	for range httpcall.MaxCalls {
		tr = append(tr, httpcall.Entry{Request: req, Response: httpcall.Response{Status: 200, Body: body}})
	}
	hosts, _ := httpcall.ParseHosts([]string{"api.example"})
	run := func(b *testing.B, session func() *httpcall.Session) float64 {
		b.Helper()
		b.ResetTimer()
		for range b.N {
			res, err := e.Run(context.Background(), Request{Module: mod, Input: call, HTTP: session()})
			if err != nil || res.Status != StatusOK {
				b.Fatalf("%v %v %s", err, res.Status, res.Message)
			}
		}
		return float64(b.Elapsed().Nanoseconds()) / float64(b.N) / 40
	}
	var refused, replayed float64
	b.Run("refused", func(b *testing.B) {
		refused = run(b, func() *httpcall.Session { return nil })
		b.ReportMetric(refused, "ns/call")
	})
	b.Run("replayed", func(b *testing.B) {
		replayed = run(b, func() *httpcall.Session { return httpcall.NewSession(hosts, tr, nil) })
		b.ReportMetric(replayed, "ns/call")
	})
	if refused > 0 {
		fmt.Printf("BenchmarkHTTPReplay: replayed/refused per call = %.2f\n", replayed/refused)
	}
}
