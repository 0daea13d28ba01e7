package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/blockless/avs/internal/progress"
)

// The aggregator's view of a waiting task shows as one line per change (not a terminal).
func TestWatchAggregatorReportsSignatures(t *testing.T) {
	views := []aggregatorView{
		{State: "pending", Signatures: 0},
		{State: "pending", Phase: "collecting", Signatures: 1},
		{State: "pending", Phase: "collecting", Signatures: 1},
		{State: "pending", Phase: "submitting", Signatures: 3},
		{State: "answered", Signatures: 3},
	}
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/v1/tasks/7" {
			http.NotFound(w, r)
			return
		}
		i := min(int(n.Add(1))-1, len(views)-1)
		_ = json.NewEncoder(w).Encode(views[i])
	}))
	defer srv.Close()
	var out bytes.Buffer
	line := progress.New(&out, "")
	stop := watchAggregator(context.Background(), srv.URL+"/", 7, line)
	deadline := time.Now().Add(10 * time.Second)
	for n.Load() < int32(len(views)) && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	stop()
	line.Done("")
	got := out.String()
	for _, want := range []string{
		"task 7: 0 signature(s) collected by the aggregator (collecting)",
		"task 7: 1 signature(s) collected by the aggregator (collecting)",
		"task 7: 3 signature(s) collected by the aggregator (submitting)",
	} {
		if strings.Count(got, want) != 1 {
			t.Errorf("want %q once in:\n%s", want, got)
		}
	}
	if strings.Contains(got, "\r") || strings.Contains(got, "answered") {
		t.Errorf("not a terminal: stage lines only, and no line for the answered state:\n%s", got)
	}
	// No aggregator configured: nothing runs.
	watchAggregator(context.Background(), "", 7, line)()
}
