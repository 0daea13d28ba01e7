package aggregator

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"

	"github.com/blockless/avs/protocol"
)

// BatchTask is one leaf of a proposed batch: the task, its agreed response and the response's
// single-task digest (the leaf).
type BatchTask struct {
	TaskID   uint32            `json:"taskId"`
	TaskHash common.Hash       `json:"taskHash"`
	Leaf     common.Hash       `json:"leaf"`
	Response protocol.Response `json:"response"`
	Round    *uint8            `json:"round,omitempty"` // committee batches: the certifying round
}

// BatchRecord is a proposed batch. It is stored before it is published to operators, so a
// restart publishes it again instead of losing the tasks it holds.
type BatchRecord struct {
	Seq            uint64        `json:"seq"`
	ReferenceBlock uint32        `json:"referenceBlock"`
	QuorumNumbers  []byte        `json:"quorumNumbers"`
	Threshold      uint8         `json:"threshold"` // the strictest of its tasks
	Tasks          []BatchTask   `json:"tasks"`
	Signers        []common.Hash `json:"signers"` // operators that signed every leaf
	Root           common.Hash   `json:"root"`
	CreatedAt      time.Time     `json:"createdAt"`
	// Committee batches go to respondToTasksByCommittee; all their tasks use CommitteeTable.
	Committee      bool   `json:"committee,omitempty"`
	CommitteeTable uint64 `json:"committeeTable,omitempty"`
}

var (
	bucketBatches = []byte("batches") // seq (8 bytes) -> BatchRecord JSON, batches not yet settled
	keyBatchSeq   = []byte("batchSeq")
)

func batchKey(seq uint64) []byte { return binary.BigEndian.AppendUint64(nil, seq) }

// NextBatchSeq is the sequence number the next batch gets (sequence numbers are never reused,
// so a signature for an old batch cannot land on a new one with the same number).
func (s *Store) NextBatchSeq() (uint64, error) {
	var next uint64 = 1
	err := s.db.View(func(tx *bolt.Tx) error {
		if v := tx.Bucket(bucketMeta).Get(keyBatchSeq); len(v) == 8 {
			next = binary.BigEndian.Uint64(v)
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("read batch sequence: %w", err)
	}
	return next, nil
}

// PutBatch stores a proposed batch and moves the sequence past it, in one transaction.
func (s *Store) PutBatch(b BatchRecord) error {
	v, err := json.Marshal(b)
	if err != nil {
		return fmt.Errorf("encode batch %d: %w", b.Seq, err)
	}
	err = s.db.Update(func(tx *bolt.Tx) error {
		bk, err := tx.CreateBucketIfNotExists(bucketBatches)
		if err != nil {
			return err
		}
		if err := bk.Put(batchKey(b.Seq), v); err != nil {
			return err
		}
		meta := tx.Bucket(bucketMeta)
		if cur := meta.Get(keyBatchSeq); len(cur) == 8 && binary.BigEndian.Uint64(cur) > b.Seq {
			return nil
		}
		return meta.Put(keyBatchSeq, batchKey(b.Seq+1))
	})
	if err != nil {
		return fmt.Errorf("store batch %d: %w", b.Seq, err)
	}
	return nil
}

// DeleteBatch forgets a batch that was submitted, fell back to single responses, or was
// replaced by a smaller one.
func (s *Store) DeleteBatch(seq uint64) error {
	err := s.db.Update(func(tx *bolt.Tx) error {
		if bk := tx.Bucket(bucketBatches); bk != nil {
			return bk.Delete(batchKey(seq))
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("delete batch %d: %w", seq, err)
	}
	return nil
}

// Batches returns the stored batches in sequence order.
func (s *Store) Batches() ([]BatchRecord, error) {
	var out []BatchRecord
	err := s.db.View(func(tx *bolt.Tx) error {
		bk := tx.Bucket(bucketBatches)
		if bk == nil {
			return nil
		}
		return bk.ForEach(func(_, v []byte) error {
			var b BatchRecord
			if err := json.Unmarshal(v, &b); err != nil {
				return err
			}
			out = append(out, b)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("read batches: %w", err)
	}
	return out, nil
}
