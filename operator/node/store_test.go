package node

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	bolt "go.etcd.io/bbolt"

	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/protocol/onchain"
)

func testRecord(t testing.TB, kp *bls.KeyPair, id uint32, hash [32]byte, deadline uint32) signedRecord {
	resp := protocol.NewResponse(id, onchain.StatusOK, []byte(fmt.Sprintf("out %d", id)))
	return signedRecord{Response: protocol.NewSignedResponse(resp, hash, kp, [32]byte{7}), TaskHash: hash, DeadlineBlock: deadline}
}

// An earlier version's state.json is imported once: cursor and signed responses, which
// then answer for their task ids whatever the hash.
func TestMigrateStateJSON(t *testing.T) {
	kp, err := bls.GenRandomBlsKeys()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	old := testRecord(t, kp, 3, [32]byte{}, 900)
	b, err := json.Marshal(map[string]any{"nextBlock": 42, "signed": map[string]any{"3": map[string]any{
		"response": old.Response, "deadlineBlock": 900, "acknowledged": false}}})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "state.json"), b, 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := openStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	if next, _ := s.nextBlock(); next != 42 {
		t.Fatalf("next block %d, want 42", next)
	}
	r, ok, err := s.signed(taskKey{ID: 3, Hash: [32]byte{9}})
	if err != nil || !ok || r.Response.Signature != old.Response.Signature {
		t.Fatalf("migrated record for task 3: %v %v", ok, err)
	}
	if err := s.recordSigned(testRecord(t, kp, 3, [32]byte{9}, 900)); err == nil {
		t.Fatal("a task covered by a migrated record was signed again")
	}
	if un, _ := s.unacknowledged(); len(un) != 1 {
		t.Fatalf("%d unacknowledged records, want 1", len(un))
	}
	if _, err := os.Stat(filepath.Join(dir, "state.json")); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("state.json still there: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "state.json.migrated")); err != nil {
		t.Fatal(err)
	}
	s.close()
	sum, err := ReadState(dir)
	if err != nil || sum.NextBlock != 42 || len(sum.Signed) != 1 {
		t.Fatalf("ReadState: %+v %v", sum, err)
	}
}

// Records are keyed by (task id, task hash); pruning walks deadlines, oldest first.
func TestStoreKeysAndPrune(t *testing.T) {
	kp, err := bls.GenRandomBlsKeys()
	if err != nil {
		t.Fatal(err)
	}
	s, err := openStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.close()
	for i, d := range []uint32{10, 3000, 20} {
		if err := s.recordSigned(testRecord(t, kp, uint32(i+1), [32]byte{byte(i + 1)}, d)); err != nil {
			t.Fatal(err)
		}
	}
	if _, ok, _ := s.signed(taskKey{ID: 1, Hash: [32]byte{0xee}}); ok {
		t.Fatal("task 1 with another hash found the record signed for the first")
	}
	if _, _, err := s.commitRange(nil, 1500, 1000); err != nil {
		t.Fatal(err)
	}
	for id, want := range map[uint32]bool{1: false, 2: true, 3: false} {
		if _, ok, _ := s.signed(taskKey{ID: id, Hash: [32]byte{byte(id)}}); ok != want {
			t.Fatalf("task %d kept=%v, want %v", id, ok, want)
		}
	}
}

// recordSigned's cost must not grow with the number of live records (the JSON state file
// was rewritten whole on every signature). Compare live=10 and live=10000.
func BenchmarkRecordSigned(b *testing.B) {
	kp, err := bls.GenRandomBlsKeys()
	if err != nil {
		b.Fatal(err)
	}
	for _, live := range []int{10, 10_000} {
		b.Run(fmt.Sprintf("live=%d", live), func(b *testing.B) {
			s, err := openStore(b.TempDir())
			if err != nil {
				b.Fatal(err)
			}
			defer s.close()
			rec := testRecord(b, kp, 0, [32]byte{}, 1_000_000)
			// Bulk-load the live records in one transaction.
			recs := make([]signedRecord, live)
			for i := range recs {
				recs[i] = rec
				recs[i].Response.TaskID = uint32(i + 1)
				recs[i].TaskHash = [32]byte{1, byte(i), byte(i >> 8)}
			}
			if err := s.putAll(recs); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				r := rec
				r.Response.TaskID = uint32(live + 1 + i)
				r.TaskHash = [32]byte{2, byte(i), byte(i >> 8), byte(i >> 16)}
				if err := s.recordSigned(r); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// putAll records many signed responses in one transaction (benchmark setup).
func (s *store) putAll(recs []signedRecord) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		for _, r := range recs {
			if err := putSigned(tx, r); err != nil {
				return err
			}
		}
		return nil
	})
}
