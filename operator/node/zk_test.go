package node

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/rs/zerolog"

	"github.com/blockless/avs/modstore"
	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/zk/artifacts"
)

// zk artifacts follow the queue's rules: a malformed manifest is a skip, an artifact its
// URIs cannot yield (here a tty the fetch policy refuses) is "unavailable", retried within
// the fetch window and then skipped, never retried for ever.
func TestZkArtifactErrorsAreClassified(t *testing.T) {
	f := newFixture(t)
	n := f.node(t.TempDir(), nil)
	defer n.Close()
	ctx := context.Background()

	bad := []byte("not a manifest")
	d, err := n.modules.Put(bad)
	if err != nil {
		t.Fatal(err)
	}
	task := f.task("z", 5000)
	task.ModuleDigest = d
	ev := f.event(1, task, "z")
	var skip *skipError
	if _, _, err := n.zk.prover(ctx, ev); !errors.As(err, &skip) || skip.reason != "zk-artifact" {
		t.Fatalf("malformed manifest: %v, want a zk-artifact skip", err)
	}

	art := artifacts.Artifact{SHA256: modstore.Digest{0xab}.String(), URIs: []string{"file:///dev/ptmx"}}
	var unav *unavailableError
	if _, err := n.zk.fetch(ctx, "proving key", art); !errors.As(err, &unav) || unav.reason != "zk-artifact" {
		t.Fatalf("artifact behind a refused URI: %v, want zk-artifact unavailable", err)
	}
	if _, err := n.zk.fetch(ctx, "proving key", artifacts.Artifact{SHA256: "xyz"}); !errors.As(err, &skip) {
		t.Fatalf("artifact with a malformed digest: %v, want a skip", err)
	}
}

// A proof is posted until the aggregator takes it: 202 means the aggregator submits it
// itself, so the operator posts no more; a 5xx is retried, a definite refusal is a skip.
func TestZkDeliverStopsOnceTaken(t *testing.T) {
	f := newFixture(t)
	n := f.node(t.TempDir(), nil)
	defer n.Close()
	var mu sync.Mutex
	var posts int
	codes := []int{http.StatusServiceUnavailable, http.StatusBadGateway, http.StatusAccepted}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		code := codes[min(posts, len(codes)-1)]
		posts++
		mu.Unlock()
		w.WriteHeader(code)
	}))
	defer srv.Close()
	n.zk.url = srv.URL + "/v1/proofs"

	task := f.task("z", 5000)
	e := queueEntry{Event: f.event(1, task, "z")}
	pr := protocol.ProofResponse{TaskID: 1, Output: make([]byte, 32), Proof: []byte{1}}
	if err := n.zk.deliver(context.Background(), e, pr, zerolog.Nop()); err != nil {
		t.Fatalf("deliver: %v", err)
	}
	mu.Lock()
	got := posts
	mu.Unlock()
	if got != 3 {
		t.Fatalf("%d posts, want 3 (two retried failures, then taken)", got)
	}

	mu.Lock()
	codes, posts = []int{http.StatusUnprocessableEntity}, 0
	mu.Unlock()
	var skip *skipError
	if err := n.zk.deliver(context.Background(), e, pr, zerolog.Nop()); !errors.As(err, &skip) || skip.reason != "zk-refused" {
		t.Fatalf("refused proof: %v, want a zk-refused skip", err)
	}
}
