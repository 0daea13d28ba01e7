package aggregator

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"

	"github.com/blockless/avs/protocol"
)

// RecordState is the aggregator's own bookkeeping state of a task record (the JSON "state" of
// GET /v1/tasks/{id}). It is not the on-chain TaskManager state (onchain.TaskState): a task the
// aggregator skips is still pending on chain.
type RecordState string

// Record states. A task is pending until a response is mined (answered) or its deadline block
// passes without one (expired).
const (
	StatePending  RecordState = "pending"
	StateAnswered RecordState = "answered"
	StateExpired  RecordState = "expired"
	// StateSkipped: the task pays less than this aggregator's minimum fee; it is not worked on.
	StateSkipped RecordState = "skipped"
)

// TaskRecord is everything the aggregator keeps about one task.
type TaskRecord struct {
	ID   uint32        `json:"taskId"`
	Task protocol.Task `json:"task"`
	// TaskHash is keccak256(abi.encode(Task)): with ID, the task's identity. A reorg can re-use
	// an id for other content; the chain then only accepts answers for the new hash.
	TaskHash     common.Hash `json:"taskHash"`
	CreatedBlock uint64      `json:"createdBlock"`
	CreatedTx    common.Hash `json:"createdTx"`
	State        RecordState `json:"state"`
	// Reason says why a task expired, or how it was answered when not by this aggregator.
	Reason         string      `json:"reason,omitempty"`
	ResponseDigest common.Hash `json:"responseDigest"`
	ResponseTx     common.Hash `json:"responseTx"`
	RespondedBlock uint64      `json:"respondedBlock"`
	ExpireTx       common.Hash `json:"expireTx"`
	SeenAt         time.Time   `json:"seenAt"`
	UpdatedAt      time.Time   `json:"updatedAt"`
}

// StoredResponse is one accepted signed response, kept so a restart can replay it.
type StoredResponse struct {
	Response   protocol.SignedResponse `json:"response"`
	Digest     common.Hash             `json:"digest"` // the digest the signature verified against
	ReceivedAt time.Time               `json:"receivedAt"`
}

// ErrDuplicateResponse means the operator already has a stored response for the task.
var ErrDuplicateResponse = errors.New("operator already sent a response for this task")

// ErrTaskReplaced means the stored task under this id has another task hash: a reorg replaced
// the task the caller is working on.
var ErrTaskReplaced = errors.New("task replaced by another task with the same id (reorg)")

// Store persists the aggregator's state in one bbolt file. Layout (all keys big-endian so
// bucket order is numeric order):
//
//	meta:      "cursor" -> uint64, the next block the task watcher reads
//	tasks:     taskId (4 bytes) -> TaskRecord JSON (with its task hash: a reorg replaces it)
//	pending:   taskId (4 bytes) -> empty; index of tasks whose state is pending
//	responses: taskId (4 bytes) ++ operatorId (32 bytes) -> StoredResponse JSON
type Store struct {
	db    *bolt.DB
	codec *protocol.Codec
}

var (
	bucketMeta      = []byte("meta")
	bucketTasks     = []byte("tasks")
	bucketPending   = []byte("pending")
	bucketResponses = []byte("responses")
	keyCursor       = []byte("cursor")
)

// StoreFile is the database file name inside the data directory.
const StoreFile = "aggregator.db"

// OpenStore opens (creating if needed) the store in dir. A second process on the same
// directory gets an error after a second instead of waiting on the file lock forever.
func OpenStore(dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("data dir: %w", err)
	}
	path := filepath.Join(dir, StoreFile)
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		return nil, fmt.Errorf("open store %s (is another aggregator using this data dir?): %w", path, err)
	}
	// Responses arrive concurrently and each must be durable before its 202: coalescing the
	// ones that arrive within 2 ms into one commit (one fsync) costs a lone response 2 ms.
	db.MaxBatchDelay = 2 * time.Millisecond
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketMeta, bucketTasks, bucketPending, bucketResponses} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("init store %s: %w", path, err)
	}
	codec, err := protocol.NewCodec()
	if err != nil {
		_ = db.Close()
		return nil, err
	}
	return &Store{db: db, codec: codec}, nil
}

// hashOf is the record's task hash, computed for records written before TaskHash existed.
func (s *Store) hashOf(r TaskRecord) common.Hash {
	if r.TaskHash != (common.Hash{}) {
		return r.TaskHash
	}
	h, err := s.codec.TaskHash(r.Task)
	if err != nil {
		return common.Hash{}
	}
	return h
}

// Close closes the database file.
func (s *Store) Close() error { return s.db.Close() }

func taskKey(id uint32) []byte {
	k := make([]byte, 4)
	binary.BigEndian.PutUint32(k, id)
	return k
}

func responseKey(id uint32, operator common.Hash) []byte {
	return append(taskKey(id), operator[:]...)
}

// Cursor returns the next block to read; ok is false on a fresh store.
func (s *Store) Cursor() (next uint64, ok bool, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketMeta).Get(keyCursor)
		if len(v) == 8 {
			next, ok = binary.BigEndian.Uint64(v), true
		}
		return nil
	})
	return next, ok, err
}

// AddTasks stores the tasks not stored yet and moves the cursor to next, in one transaction:
// a crash leaves either both or neither, so a restart neither loses nor re-reads a range.
// A record whose id is stored with the same task hash is a re-delivered event and is skipped.
// With another hash a reorg re-used the id: the new record replaces the old one (whatever its
// state: the chain now only knows the new task) and the old one's responses are deleted, since
// they were signed over the old task and can never verify against the new digest.
// It returns the records that were new (replacements included) and the records they replaced.
func (s *Store) AddTasks(recs []TaskRecord, next uint64) (added, replaced []TaskRecord, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error {
		tasks, pending := tx.Bucket(bucketTasks), tx.Bucket(bucketPending)
		for _, r := range recs {
			r.TaskHash = s.hashOf(r)
			k := taskKey(r.ID)
			if v := tasks.Get(k); v != nil {
				var old TaskRecord
				if err := json.Unmarshal(v, &old); err != nil {
					return fmt.Errorf("decode task %d: %w", r.ID, err)
				}
				if s.hashOf(old) == r.TaskHash {
					continue
				}
				if err := deleteResponses(tx, r.ID); err != nil {
					return err
				}
				replaced = append(replaced, old)
			}
			if err := putTask(tasks, pending, r); err != nil {
				return err
			}
			added = append(added, r)
		}
		c := make([]byte, 8)
		binary.BigEndian.PutUint64(c, next)
		return tx.Bucket(bucketMeta).Put(keyCursor, c)
	})
	if err != nil {
		return nil, nil, fmt.Errorf("store tasks: %w", err)
	}
	return added, replaced, nil
}

func deleteResponses(tx *bolt.Tx, id uint32) error {
	prefix := taskKey(id)
	c := tx.Bucket(bucketResponses).Cursor()
	for k, _ := c.Seek(prefix); len(k) == 36 && string(k[:4]) == string(prefix); k, _ = c.Seek(prefix) {
		if err := c.Delete(); err != nil {
			return fmt.Errorf("delete responses of task %d: %w", id, err)
		}
	}
	return nil
}

// sameTask fails with ErrTaskReplaced unless the stored task id has task hash h (or is absent).
func (s *Store) sameTask(tx *bolt.Tx, id uint32, h common.Hash) error {
	v := tx.Bucket(bucketTasks).Get(taskKey(id))
	if v == nil {
		return nil
	}
	var cur TaskRecord
	if err := json.Unmarshal(v, &cur); err != nil {
		return fmt.Errorf("decode task %d: %w", id, err)
	}
	if s.hashOf(cur) != h {
		return ErrTaskReplaced
	}
	return nil
}

func putTask(tasks, pending *bolt.Bucket, r TaskRecord) error {
	b, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("encode task %d: %w", r.ID, err)
	}
	k := taskKey(r.ID)
	if err := tasks.Put(k, b); err != nil {
		return err
	}
	if r.State == StatePending {
		return pending.Put(k, []byte{})
	}
	return pending.Delete(k)
}

// UpdateTask overwrites a task's record (its state, reason and transaction hashes). It fails
// with ErrTaskReplaced when a reorg stored another task under the id meanwhile: the outcome of
// the old task must not overwrite the new one.
func (s *Store) UpdateTask(r TaskRecord) error {
	r.TaskHash = s.hashOf(r)
	err := s.db.Update(func(tx *bolt.Tx) error {
		if err := s.sameTask(tx, r.ID, r.TaskHash); err != nil {
			return err
		}
		return putTask(tx.Bucket(bucketTasks), tx.Bucket(bucketPending), r)
	})
	if errors.Is(err, ErrTaskReplaced) {
		return err
	}
	if err != nil {
		return fmt.Errorf("update task %d: %w", r.ID, err)
	}
	return nil
}

// Task returns a task's record; ok is false when the task is unknown.
func (s *Store) Task(id uint32) (rec TaskRecord, ok bool, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketTasks).Get(taskKey(id))
		if v == nil {
			return nil
		}
		ok = true
		return json.Unmarshal(v, &rec)
	})
	if err != nil {
		return TaskRecord{}, false, fmt.Errorf("read task %d: %w", id, err)
	}
	return rec, ok, nil
}

// PendingTasks returns the records of all pending tasks in id order.
func (s *Store) PendingTasks() ([]TaskRecord, error) {
	var out []TaskRecord
	err := s.db.View(func(tx *bolt.Tx) error {
		tasks := tx.Bucket(bucketTasks)
		return tx.Bucket(bucketPending).ForEach(func(k, _ []byte) error {
			v := tasks.Get(k)
			if v == nil {
				return fmt.Errorf("pending index names missing task %x", k)
			}
			var r TaskRecord
			if err := json.Unmarshal(v, &r); err != nil {
				return fmt.Errorf("decode task %x: %w", k, err)
			}
			out = append(out, r)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("pending tasks: %w", err)
	}
	return out, nil
}

// AddResponse stores an accepted response to the task (taskID, taskHash). An operator gets one
// response per task: a second one returns ErrDuplicateResponse together with the stored one.
// ErrTaskReplaced means a reorg replaced the task meanwhile.
func (s *Store) AddResponse(taskID uint32, taskHash common.Hash, r StoredResponse) (*StoredResponse, error) {
	var existing *StoredResponse
	// Batch: the function may run again (alone) when another of its batch fails; it is
	// idempotent, and existing is set on every run that finds one.
	err := s.db.Batch(func(tx *bolt.Tx) error {
		existing = nil
		if err := s.sameTask(tx, taskID, taskHash); err != nil {
			return err
		}
		b := tx.Bucket(bucketResponses)
		k := responseKey(taskID, r.Response.OperatorID)
		if v := b.Get(k); v != nil {
			var old StoredResponse
			if err := json.Unmarshal(v, &old); err != nil {
				return fmt.Errorf("decode stored response: %w", err)
			}
			existing = &old
			return ErrDuplicateResponse
		}
		v, err := json.Marshal(r)
		if err != nil {
			return fmt.Errorf("encode response: %w", err)
		}
		return b.Put(k, v)
	})
	if errors.Is(err, ErrDuplicateResponse) {
		return existing, err
	}
	if errors.Is(err, ErrTaskReplaced) {
		return nil, err
	}
	if err != nil {
		return nil, fmt.Errorf("store response for task %d: %w", taskID, err)
	}
	return nil, nil
}

// Responses returns a task's stored responses, ordered by receipt time.
func (s *Store) Responses(taskID uint32) ([]StoredResponse, error) {
	var out []StoredResponse
	prefix := taskKey(taskID)
	err := s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketResponses).Cursor()
		for k, v := c.Seek(prefix); len(k) == 36 && string(k[:4]) == string(prefix); k, v = c.Next() {
			var r StoredResponse
			if err := json.Unmarshal(v, &r); err != nil {
				return fmt.Errorf("decode response %x: %w", k, err)
			}
			out = append(out, r)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("responses of task %d: %w", taskID, err)
	}
	sortByReceipt(out)
	return out, nil
}

func sortByReceipt(rs []StoredResponse) {
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].ReceivedAt.Before(rs[j].ReceivedAt) })
}
