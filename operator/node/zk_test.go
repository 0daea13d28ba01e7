package node

import (
	"context"
	"errors"
	"testing"

	"github.com/blockless/avs/modstore"
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
