package aggregator

import (
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/blockless/avs/protocol"
)

func testRecord(id uint32) TaskRecord {
	return TaskRecord{ID: id, State: StatePending, CreatedBlock: 100 + uint64(id),
		Task: protocol.Task{FunctionId: 7, QuorumNumbers: []byte{0}, QuorumThresholdPercentage: 60, ReferenceBlock: 100,
			DeadlineBlock: 150, ModuleDigest: common.HexToHash("0xabc"), Fee: big.NewInt(5)}}
}

func testResponse(op byte, at time.Time) StoredResponse {
	return StoredResponse{Digest: common.Hash{op}, ReceivedAt: at,
		Response: protocol.SignedResponse{TaskID: 1, OutputDigest: common.Hash{9}, Output: protocol.HexBytes("out"),
			OperatorID: common.Hash{op}, Signature: protocol.G1JSON{X: "1", Y: "2"}}}
}

func TestStoreTasksCursorAndReopen(t *testing.T) {
	dir := t.TempDir()
	s, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok, err := s.Cursor(); ok || err != nil {
		t.Fatalf("fresh store has a cursor (%v, %v)", ok, err)
	}
	added, _, err := s.AddTasks([]TaskRecord{testRecord(1), testRecord(2)}, 120)
	if err != nil || len(added) != 2 {
		t.Fatalf("add: %v, %d added", err, len(added))
	}
	// Re-delivered events are not stored twice and do not overwrite progress.
	r1 := testRecord(1)
	r1.State = StateAnswered
	if err := s.UpdateTask(r1); err != nil {
		t.Fatal(err)
	}
	added, _, err = s.AddTasks([]TaskRecord{testRecord(1), testRecord(3)}, 130)
	if err != nil || len(added) != 1 || added[0].ID != 3 {
		t.Fatalf("re-add: %v, %+v", err, added)
	}
	if got, _, _ := s.Task(1); got.State != StateAnswered {
		t.Fatalf("task 1 overwritten by a re-delivered event: %s", got.State)
	}
	// The same operator answers once per task.
	now := time.Now().UTC()
	h2, h3 := s.hashOf(testRecord(2)), s.hashOf(testRecord(3))
	if h3 != added[0].TaskHash {
		t.Fatal("added record carries no task hash")
	}
	if _, err := s.AddResponse(2, h2, testResponse(2, now.Add(time.Second))); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddResponse(2, h2, testResponse(1, now)); err != nil {
		t.Fatal(err)
	}
	dup := testResponse(1, now.Add(time.Minute))
	dup.Digest = common.Hash{0xff}
	existing, err := s.AddResponse(2, h2, dup)
	if !errors.Is(err, ErrDuplicateResponse) || existing == nil || existing.Digest != (common.Hash{1}) {
		t.Fatalf("duplicate: %v, %+v", err, existing)
	}
	if _, err := s.AddResponse(3, h3, testResponse(1, now)); err != nil {
		t.Fatalf("same operator, other task: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	// Everything survives a reopen.
	s, err = OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if c, ok, err := s.Cursor(); !ok || err != nil || c != 130 {
		t.Fatalf("cursor after reopen: %d %v %v", c, ok, err)
	}
	pending, err := s.PendingTasks()
	if err != nil || len(pending) != 2 || pending[0].ID != 2 || pending[1].ID != 3 {
		t.Fatalf("pending after reopen: %v %+v", err, pending)
	}
	got := pending[0]
	if got.Task.Fee.Cmp(big.NewInt(5)) != 0 || got.Task.ModuleDigest != common.HexToHash("0xabc") || got.Task.DeadlineBlock != 150 {
		t.Fatalf("task did not round-trip: %+v", got.Task)
	}
	rs, err := s.Responses(2)
	if err != nil || len(rs) != 2 {
		t.Fatalf("responses: %v %d", err, len(rs))
	}
	if rs[0].Response.OperatorID != (common.Hash{1}) || string(rs[0].Response.Output) != "out" || rs[0].Response.Signature.X != "1" {
		t.Fatalf("responses not in receipt order or not round-tripped: %+v", rs)
	}
	if rs, _ := s.Responses(3); len(rs) != 1 {
		t.Fatalf("task 3 has %d responses, want 1", len(rs))
	}
	if _, ok, err := s.Task(99); ok || err != nil {
		t.Fatalf("unknown task: %v %v", ok, err)
	}
}

func TestStoreSecondOpenFails(t *testing.T) {
	dir := t.TempDir()
	s, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s2, err := OpenStore(dir); err == nil {
		s2.Close()
		t.Fatal("a second store on the same data dir opened")
	}
}

// A reorg can re-use a task id for other content: the new TaskCreated replaces the old task
// (whatever its state) and drops the responses signed over the old one; writes made for the
// old task no longer land.
func TestStoreReorgReplacesTask(t *testing.T) {
	s, err := OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	old := testRecord(1)
	if _, _, err := s.AddTasks([]TaskRecord{old}, 10); err != nil {
		t.Fatal(err)
	}
	oldHash := s.hashOf(old)
	if _, err := s.AddResponse(1, oldHash, testResponse(1, time.Now())); err != nil {
		t.Fatal(err)
	}
	neu := testRecord(1)
	neu.Task.InputDigest = [32]byte{7}
	added, replaced, err := s.AddTasks([]TaskRecord{neu}, 11)
	if err != nil || len(added) != 1 || len(replaced) != 1 || replaced[0].TaskHash != oldHash {
		t.Fatalf("replace: %v added=%d replaced=%+v", err, len(added), replaced)
	}
	if added[0].TaskHash == oldHash {
		t.Fatal("new task has the old hash")
	}
	if rs, _ := s.Responses(1); len(rs) != 0 {
		t.Fatalf("%d responses of the old task survived", len(rs))
	}
	if _, err := s.AddResponse(1, oldHash, testResponse(2, time.Now())); !errors.Is(err, ErrTaskReplaced) {
		t.Fatalf("response for the old task: %v", err)
	}
	old.State = StateExpired
	if err := s.UpdateTask(old); !errors.Is(err, ErrTaskReplaced) {
		t.Fatalf("update of the old task: %v", err)
	}
	if got, _, _ := s.Task(1); got.State != StatePending || got.TaskHash != added[0].TaskHash {
		t.Fatalf("stored task: %+v", got)
	}
	// The same event delivered again is not a replacement.
	if added, replaced, err := s.AddTasks([]TaskRecord{neu}, 12); err != nil || len(added)+len(replaced) != 0 {
		t.Fatalf("re-delivery: %v %d %d", err, len(added), len(replaced))
	}
}
