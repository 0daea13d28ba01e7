package aggregator

import (
	"encoding/json"
	"fmt"
	"net/http"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"

	"github.com/blockless/avs/protocol"
)

// bundle is operator i's signed bundle for task id, one share to each operator in to.
func (e *env) bundle(i int, id uint32, task protocol.Task, envelope common.Hash, to ...int) protocol.ShareBundle {
	e.t.Helper()
	h, err := e.s.codec.TaskHash(task)
	if err != nil {
		e.t.Fatal(err)
	}
	var shares []protocol.WrappedShare
	for _, j := range to {
		shares = append(shares, protocol.WrappedShare{Envelope: envelope, To: e.ops[j].id, Box: []byte{byte(i), byte(j)}})
	}
	return protocol.NewShareBundle(e.s.chainID, e.s.cfg.TaskManager, id, h, shares, e.ops[i].kp)
}

func (e *env) sharesFor(id uint32, to int) protocol.TaskShares {
	e.t.Helper()
	rec := e.get(fmt.Sprintf("/v1/shares/%d?to=%s", id, e.ops[to].id.Hex()))
	wantStatus(e.t.(*testing.T), rec, http.StatusOK)
	var ts protocol.TaskShares
	if err := json.Unmarshal(rec.Body.Bytes(), &ts); err != nil {
		e.t.Fatal(err)
	}
	return ts
}

func TestSharesRelayedToTheirRecipients(t *testing.T) {
	e := newEnv(t)
	task := testTask(1)
	e.create(1, task)
	env := common.Hash{0xe1}
	wantStatus(t, e.postJSON("/v1/shares", e.bundle(0, 1, task, env, 1, 2)), http.StatusAccepted)
	wantStatus(t, e.postJSON("/v1/shares", e.bundle(1, 1, task, env, 0, 2)), http.StatusAccepted)

	got := e.sharesFor(1, 2)
	if len(got.Shares) != 2 {
		t.Fatalf("operator 2 got %d shares, want 2: %+v", len(got.Shares), got.Shares)
	}
	from := map[common.Hash][]byte{}
	for _, s := range got.Shares {
		from[s.From] = s.Box
		if s.Envelope != env {
			t.Fatalf("share of envelope %s", s.Envelope.Hex())
		}
	}
	if string(from[e.ops[0].id]) != "\x00\x02" || string(from[e.ops[1].id]) != "\x01\x02" {
		t.Fatalf("operator 2 got another operator's boxes: %x", from)
	}
	if got := e.sharesFor(1, 0); len(got.Shares) != 1 || got.Shares[0].From != e.ops[1].id {
		t.Fatalf("operator 0 got %+v", got.Shares)
	}
	// A repost replaces the sender's bundle rather than adding to it.
	wantStatus(t, e.postJSON("/v1/shares", e.bundle(0, 1, task, env, 2)), http.StatusAccepted)
	if got := e.sharesFor(1, 1); len(got.Shares) != 0 {
		t.Fatalf("operator 1 still gets a share its sender withdrew: %+v", got.Shares)
	}
}

// Every refusal leaves the relay as it was.
func TestSharesRejected(t *testing.T) {
	e := newEnv(t)
	task := testTask(1)
	e.create(1, task)
	env := common.Hash{0xe1}

	forged := e.bundle(0, 1, task, env, 1)
	forged.Shares[0].Box = []byte("swapped after signing")
	wantStatus(t, e.postJSON("/v1/shares", forged), http.StatusUnauthorized)

	stranger, err := bls.NewKeyPairFromString("4242")
	if err != nil {
		t.Fatal(err)
	}
	h, _ := e.s.codec.TaskHash(task)
	fromStranger := protocol.NewShareBundle(e.s.chainID, e.s.cfg.TaskManager, 1, h,
		[]protocol.WrappedShare{{Envelope: env, To: e.ops[1].id, Box: []byte{1}}}, stranger)
	if rec := e.postJSON("/v1/shares", fromStranger); rec.Code < 400 {
		t.Fatalf("a non-operator's bundle: %d", rec.Code)
	}

	toStranger := e.bundle(0, 1, task, env)
	toStranger.Shares = []protocol.WrappedShare{{Envelope: env, To: protocol.OperatorIDOf(stranger.PubKey), Box: []byte{1}}}
	toStranger = protocol.NewShareBundle(e.s.chainID, e.s.cfg.TaskManager, 1, h, toStranger.Shares, e.ops[0].kp)
	wantStatus(t, e.postJSON("/v1/shares", toStranger), http.StatusBadRequest)

	otherChain := protocol.NewShareBundle(common.Big1, e.s.cfg.TaskManager, 1, h,
		[]protocol.WrappedShare{{Envelope: env, To: e.ops[1].id, Box: []byte{1}}}, e.ops[0].kp)
	wantStatus(t, e.postJSON("/v1/shares", otherChain), http.StatusUnauthorized)

	toSelf := protocol.NewShareBundle(e.s.chainID, e.s.cfg.TaskManager, 1, h,
		[]protocol.WrappedShare{{Envelope: env, To: e.ops[0].id, Box: []byte{1}}}, e.ops[0].kp)
	wantStatus(t, e.postJSON("/v1/shares", toSelf), http.StatusBadRequest)

	oversized := protocol.NewShareBundle(e.s.chainID, e.s.cfg.TaskManager, 1, h,
		[]protocol.WrappedShare{{Envelope: env, To: e.ops[1].id, Box: make([]byte, protocol.MaxShareBox+1)}}, e.ops[0].kp)
	wantStatus(t, e.postJSON("/v1/shares", oversized), http.StatusBadRequest)

	if rec := e.postJSON("/v1/shares", e.bundle(0, 9, task, env, 1)); rec.Code < 400 {
		t.Fatalf("bundle for an unknown task: %d", rec.Code)
	}
	wantStatus(t, e.post("/v1/shares", []byte("{not json")), http.StatusBadRequest)
	wantStatus(t, e.get("/v1/shares/1?to=0x12"), http.StatusBadRequest)
	wantStatus(t, e.get("/v1/shares/x?to="+e.ops[0].id.Hex()), http.StatusBadRequest)

	for i := range e.ops {
		if got := e.sharesFor(1, i); len(got.Shares) != 0 {
			t.Fatalf("a refused bundle was relayed to operator %d: %+v", i, got.Shares)
		}
	}
	if got := metricValue(e.s.metrics.shareBundlesRejected.WithLabelValues(rejectBadSignature)); got != 2 {
		t.Fatalf("%v bad-signature rejections counted, want 2", got)
	}
	if got := metricValue(e.s.metrics.shareBundlesRejected.WithLabelValues(rejectMalformed)); got < 3 {
		t.Fatalf("%v malformed rejections counted, want at least 3", got)
	}
}
