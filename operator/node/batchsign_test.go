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
	posted    map[string][]byte // path -> body
}

func newBatchAggregator(t *testing.T, ps ...protocol.BatchProposal) *batchAggregator {
	a := &batchAggregator{proposals: ps, posted: map[string][]byte{}}
	a.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		a.mu.Lock()
		defer a.mu.Unlock()
		if r.Method == http.MethodGet {
			_ = json.NewEncoder(w).Encode(protocol.BatchList{Batches: a.proposals})
			return
		}
		b, _ := io.ReadAll(r.Body)
		if !json.Valid(b) {
			http.Error(w, "not JSON", http.StatusBadRequest)
			return
		}
		a.posted[r.URL.Path] = b
		w.WriteHeader(http.StatusAccepted)
	}))
	t.Cleanup(a.srv.Close)
	return a
}

func (a *batchAggregator) signature(seq int) (protocol.BatchSignature, bool) {
	var bs protocol.BatchSignature
	return bs, a.body("/v1/batches/"+itoa(seq)+"/signatures", &bs)
}

func (a *batchAggregator) decline(seq int) (protocol.BatchDecline, bool) {
	var d protocol.BatchDecline
	return d, a.body("/v1/batches/"+itoa(seq)+"/declines", &d)
}

func (a *batchAggregator) body(path string, v any) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	b, ok := a.posted[path]
	return ok && json.Unmarshal(b, v) == nil
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

// The node signs a batch whose every leaf is a response it signed; declines (signed, naming
// the tasks) one with a leaf it computed differently or a task it dropped; waits on a task it has not signed yet and
// signs once it has; and refuses a root that is not the leaves'.
func TestBatchSigning(t *testing.T) {
	f := newFixture(t)
	h1, h2 := crypto.Keccak256Hash([]byte("task 1")), crypto.Keccak256Hash([]byte("task 2"))
	d1, d2 := crypto.Keccak256Hash([]byte("digest 1")), crypto.Keccak256Hash([]byte("digest 2"))
	good := proposal(1, protocol.BatchLeaf{TaskID: 1, TaskHash: h1, Leaf: d1}, protocol.BatchLeaf{TaskID: 2, TaskHash: h2, Leaf: d2})
	otherLeaf := proposal(2, protocol.BatchLeaf{TaskID: 1, TaskHash: h1, Leaf: d1}, protocol.BatchLeaf{TaskID: 2, TaskHash: h2, Leaf: d1})
	otherHash := proposal(3, protocol.BatchLeaf{TaskID: 1, TaskHash: h2, Leaf: d1}, protocol.BatchLeaf{TaskID: 2, TaskHash: h2, Leaf: d2})
	pending := proposal(4, protocol.BatchLeaf{TaskID: 1, TaskHash: h1, Leaf: d1}, protocol.BatchLeaf{TaskID: 9, TaskHash: h2, Leaf: d2})
	badRoot := proposal(5, protocol.BatchLeaf{TaskID: 1, TaskHash: h1, Leaf: d1}, protocol.BatchLeaf{TaskID: 2, TaskHash: h2, Leaf: d2})
	badRoot.Root = common.Hash{1}
	dropped := proposal(6, protocol.BatchLeaf{TaskID: 1, TaskHash: h1, Leaf: d1}, protocol.BatchLeaf{TaskID: 7, TaskHash: h1, Leaf: d2})
	agg := newBatchAggregator(t, good, otherLeaf, otherHash, pending, badRoot, dropped)
	n := f.node(t.TempDir(), func(c *Config) { c.AggregatorURL = agg.srv.URL; c.BatchPollInterval = 5 * time.Millisecond })
	defer n.Close()
	record(t, n, 1, h1, d1)
	record(t, n, 2, h2, d2)
	n.skipped.add(taskKey{ID: 7, Hash: h1}) // its module failed here: dropped unsigned

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); newBatchSigner(n).run(ctx) }()
	defer func() { cancel(); <-done }()
	eventually(t, "batch 1 signed", func() bool { _, ok := agg.signature(1); return ok })
	eventually(t, "batch 2 declined", func() bool { _, ok := agg.decline(2); return ok })
	eventually(t, "batch 5 refused", func() bool { return counterValue(t, n, "refused") == 1 })
	eventually(t, "batch 6 declined", func() bool { _, ok := agg.decline(6); return ok })

	verify := func(what string, sig protocol.G1JSON, msg [32]byte) {
		t.Helper()
		p, err := sig.Point()
		if err != nil {
			t.Fatal(err)
		}
		if ok, err := (&bls.Signature{G1Point: p}).Verify(n.blsKey.GetPubKeyG2(), msg); !ok || err != nil {
			t.Fatalf("%s does not verify under this operator's key: %v", what, err)
		}
	}
	bs, _ := agg.signature(1)
	verify("batch signature", bs.Signature, protocol.BatchMessage(n.chainID, testTaskManager, good.Root, 2))
	if bs.OperatorID != n.operatorID {
		t.Fatal("batch signature names another operator")
	}
	d, _ := agg.decline(2)
	if len(d.TaskIDs) != 1 || d.TaskIDs[0] != 2 || d.OperatorID != n.operatorID {
		t.Fatalf("decline names tasks %v, want [2]", d.TaskIDs)
	}
	verify("decline", d.Signature, protocol.BatchDeclineMessage(n.chainID, testTaskManager, otherLeaf.Root, []uint32{2}))
	if _, ok := agg.signature(2); ok {
		t.Fatal("declined batch also signed")
	}
	if d, _ := agg.decline(6); len(d.TaskIDs) != 1 || d.TaskIDs[0] != 7 {
		t.Fatalf("decline of the batch with a dropped task names %v, want [7]", d.TaskIDs)
	}
	for _, seq := range []int{3, 4, 5} {
		if _, ok := agg.signature(seq); ok {
			t.Fatalf("batch %d signed", seq)
		}
		if _, ok := agg.decline(seq); ok {
			t.Fatalf("batch %d declined: no leaf of it was computed differently here", seq)
		}
	}

	// Task 9 finishes here with the proposed result: the waiting batch is signed now.
	record(t, n, 9, h2, d2)
	eventually(t, "batch 4 signed once its task is done", func() bool { _, ok := agg.signature(4); return ok })
	if _, ok := agg.signature(3); ok {
		t.Fatal("batch 3 signed: its task 1 leaf names another task hash")
	}
	// The counters move after the aggregator has the signature: wait for them rather than race.
	eventually(t, "counters: 2 signed, 2 declined", func() bool {
		return counterValue(t, n, "signed") == 2 && counterValue(t, n, "declined") == 2
	})
}

// In a committee batch the node vouches only for leaves of tasks in whose certifying round
// window it sits: it signs a batch whose other leaves are tasks it was not drawn for (or drawn
// for only in a later round), declines a task it was drawn for and dropped, waits on one it was
// drawn for and has not finished, and signs nothing when no leaf is its own.
func TestCommitteeBatchSigning(t *testing.T) {
	f := newFixture(t)
	h := func(s string) common.Hash { return crypto.Keccak256Hash([]byte(s)) }
	round := func(r uint8) *uint8 { return &r }
	leaf := func(id uint32, r *uint8) protocol.BatchLeaf {
		return protocol.BatchLeaf{TaskID: id, TaskHash: h(itoa(int(id))), Leaf: h("digest " + itoa(int(id))), CommitteeRound: r}
	}
	mixed := proposal(1, leaf(1, round(0)), leaf(2, round(0)), leaf(3, round(1)))
	dropped := proposal(2, leaf(1, round(0)), leaf(4, round(0)))
	waiting := proposal(3, leaf(1, round(0)), leaf(5, round(0)))
	notMine := proposal(4, leaf(2, round(0)), leaf(3, round(1)))
	quorum := proposal(5, leaf(1, nil), leaf(2, nil)) // no rounds: every leaf must be its own
	agg := newBatchAggregator(t, mixed, dropped, waiting, notMine, quorum)
	n := f.node(t.TempDir(), func(c *Config) { c.AggregatorURL = agg.srv.URL; c.BatchPollInterval = 5 * time.Millisecond })
	defer n.Close()
	key := func(id uint32) taskKey { return taskKey{ID: id, Hash: h(itoa(int(id)))} }
	record(t, n, 1, h("1"), h("digest 1"))
	n.rounds.put(key(1), 0)
	n.rounds.put(key(2), -1) // not drawn: skipped as "committee"
	n.skipped.add(key(2))
	n.rounds.put(key(3), 2) // drawn in round 2 only; the leaf claims round 1
	n.skipped.add(key(3))
	n.rounds.put(key(4), 0) // drawn, module failed here
	n.skipped.add(key(4))
	n.rounds.put(key(5), 0) // drawn, still running

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); newBatchSigner(n).run(ctx) }()
	defer func() { cancel(); <-done }()
	eventually(t, "mixed committee batch signed", func() bool { _, ok := agg.signature(1); return ok })
	eventually(t, "batch with a dropped member task declined", func() bool { _, ok := agg.decline(2); return ok })
	eventually(t, "quorum batch with a skipped task declined", func() bool { _, ok := agg.decline(5); return ok })
	eventually(t, "batch with no leaf of this operator refused", func() bool { return counterValue(t, n, "refused") == 1 })
	if d, _ := agg.decline(2); len(d.TaskIDs) != 1 || d.TaskIDs[0] != 4 {
		t.Fatalf("decline names %v, want [4]", d.TaskIDs)
	}
	for _, seq := range []int{3, 4} {
		if _, ok := agg.signature(seq); ok {
			t.Fatalf("batch %d signed", seq)
		}
		if _, ok := agg.decline(seq); ok {
			t.Fatalf("batch %d declined", seq)
		}
	}
	record(t, n, 5, h("5"), h("digest 5"))
	eventually(t, "waiting batch signed once its task is done", func() bool { _, ok := agg.signature(3); return ok })
}

// A committee leaf of a task still waiting in this node's queue (not reached yet) is drawn
// from the queued event: not drawn, the batch is signed without waiting for the queue.
func TestCommitteeBatchSigningQueuedTask(t *testing.T) {
	f := newFixture(t)
	table := f.committeeTable()
	other, in := f.committeeTask(table, -1, 0, "q")
	agg := newBatchAggregator(t)
	n := f.node(t.TempDir(), func(c *Config) { c.AggregatorURL = agg.srv.URL; c.BatchPollInterval = 5 * time.Millisecond })
	defer n.Close()
	h, err := n.codec.TaskHash(other)
	if err != nil {
		t.Fatal(err)
	}
	n.queue.add(queueEntry{Event: f.event(2, other, in), TaskHash: h}) // queued, never run here
	record(t, n, 1, common.Hash{1}, common.Hash{2})
	r0 := uint8(0)
	p := proposal(1, protocol.BatchLeaf{TaskID: 1, TaskHash: common.Hash{1}, Leaf: common.Hash{2}, CommitteeRound: &r0},
		protocol.BatchLeaf{TaskID: 2, TaskHash: h, Leaf: common.Hash{3}, CommitteeRound: &r0})
	agg.mu.Lock()
	agg.proposals = []protocol.BatchProposal{p}
	agg.mu.Unlock()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); newBatchSigner(n).run(ctx) }()
	defer func() { cancel(); <-done }()
	eventually(t, "batch signed", func() bool { _, ok := agg.signature(1); return ok })
	if r, ok := n.rounds.get(taskKey{ID: 2, Hash: h}); !ok || r != -1 {
		t.Fatalf("queued task's round %d (known %v), want -1", r, ok)
	}
}
