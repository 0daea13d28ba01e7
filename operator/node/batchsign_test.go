package node

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	dto "github.com/prometheus/client_model/go"

	"github.com/blockless/avs/protocol"
)

// batchAggregator serves fixed proposals on GET /v1/batches and records posted signatures.
type batchAggregator struct {
	srv       *httptest.Server
	mu        sync.Mutex
	proposals []protocol.BatchProposal
	posted    map[string]protocol.BatchSignature // path -> body
}

func newBatchAggregator(t *testing.T, ps ...protocol.BatchProposal) *batchAggregator {
	a := &batchAggregator{proposals: ps, posted: map[string]protocol.BatchSignature{}}
	a.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		a.mu.Lock()
		defer a.mu.Unlock()
		if r.Method == http.MethodGet {
			_ = json.NewEncoder(w).Encode(protocol.BatchList{Batches: a.proposals})
			return
		}
		b, _ := io.ReadAll(r.Body)
		var bs protocol.BatchSignature
		if err := json.Unmarshal(b, &bs); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		a.posted[r.URL.Path] = bs
		w.WriteHeader(http.StatusAccepted)
	}))
	t.Cleanup(a.srv.Close)
	return a
}

func (a *batchAggregator) signature(seq int) (protocol.BatchSignature, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	bs, ok := a.posted["/v1/batches/"+itoa(seq)+"/signatures"]
	return bs, ok
}

func itoa(v int) string { b, _ := json.Marshal(v); return string(b) }

// record stores a signed response of task id with digest d, as process does.
func record(t *testing.T, n *Node, id uint32, hash, d common.Hash) {
	t.Helper()
	resp := protocol.NewResponse(id, 0, []byte("out"))
	sr := protocol.NewSignedResponse(resp, d, n.blsKey, n.operatorID)
	if err := n.store.recordSigned(signedRecord{Response: sr, TaskHash: hash, DeadlineBlock: 200, Digest: d}); err != nil {
		t.Fatal(err)
	}
}

func proposal(seq uint64, leaves ...protocol.BatchLeaf) protocol.BatchProposal {
	ls := make([][32]byte, len(leaves))
	for i, l := range leaves {
		ls[i] = l.Leaf
	}
	root, _ := protocol.BatchRoot(ls)
	return protocol.BatchProposal{Seq: seq, Root: root, Count: len(leaves), Tasks: leaves}
}

func counterValue(t *testing.T, n *Node, outcome string) float64 {
	var m dto.Metric
	if err := n.metrics.batches.WithLabelValues(outcome).Write(&m); err != nil {
		t.Fatal(err)
	}
	return m.GetCounter().GetValue()
}

// The node signs a batch whose every leaf is a response it signed, and refuses one with a leaf
// that differs from its record, a task it never signed, or a root that is not the leaves'.
func TestBatchSigning(t *testing.T) {
	f := newFixture(t)
	h1, h2 := crypto.Keccak256Hash([]byte("task 1")), crypto.Keccak256Hash([]byte("task 2"))
	d1, d2 := crypto.Keccak256Hash([]byte("digest 1")), crypto.Keccak256Hash([]byte("digest 2"))
	good := proposal(1, protocol.BatchLeaf{TaskID: 1, TaskHash: h1, Leaf: d1}, protocol.BatchLeaf{TaskID: 2, TaskHash: h2, Leaf: d2})
	otherLeaf := proposal(2, protocol.BatchLeaf{TaskID: 1, TaskHash: h1, Leaf: d1}, protocol.BatchLeaf{TaskID: 2, TaskHash: h2, Leaf: d1})
	otherHash := proposal(3, protocol.BatchLeaf{TaskID: 1, TaskHash: h2, Leaf: d1}, protocol.BatchLeaf{TaskID: 2, TaskHash: h2, Leaf: d2})
	unknown := proposal(4, protocol.BatchLeaf{TaskID: 1, TaskHash: h1, Leaf: d1}, protocol.BatchLeaf{TaskID: 9, TaskHash: h2, Leaf: d2})
	badRoot := proposal(5, protocol.BatchLeaf{TaskID: 1, TaskHash: h1, Leaf: d1}, protocol.BatchLeaf{TaskID: 2, TaskHash: h2, Leaf: d2})
	badRoot.Root = common.Hash{1}
	agg := newBatchAggregator(t, good, otherLeaf, otherHash, unknown, badRoot)
	n := f.node(t.TempDir(), func(c *Config) { c.AggregatorURL = agg.srv.URL; c.BatchPollInterval = 5 * time.Millisecond })
	defer n.Close()
	record(t, n, 1, h1, d1)
	record(t, n, 2, h2, d2)

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); newBatchSigner(n).run(ctx) }()
	eventually(t, "batch 1 signed", func() bool { _, ok := agg.signature(1); return ok })
	eventually(t, "4 batches refused", func() bool { return counterValue(t, n, "refused") == 4 })
	cancel()
	<-done

	bs, _ := agg.signature(1)
	p, err := bs.Signature.Point()
	if err != nil {
		t.Fatal(err)
	}
	msg := protocol.BatchMessage(n.chainID, testTaskManager, good.Root, 2)
	if ok, err := (&bls.Signature{G1Point: p}).Verify(n.blsKey.GetPubKeyG2(), msg); !ok || err != nil || bs.OperatorID != n.operatorID {
		t.Fatalf("posted signature does not verify over the batch message under this operator's key: %v", err)
	}
	for seq := 2; seq <= 5; seq++ {
		if _, ok := agg.signature(seq); ok {
			t.Fatalf("batch %d signed", seq)
		}
	}
	if counterValue(t, n, "signed") != 1 {
		t.Fatal("signed counter")
	}
}
