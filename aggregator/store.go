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

	"github.com/blockless/avs/httpcall"
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
//	transcripts:      taskId (4 bytes) -> transcriptMeta JSON: the fetch phase's agreed
//	                  transcript so far (fetchphase.go), kept after the task closes (replay)
//	transcriptRounds: taskId (4 bytes) ++ round (4 bytes) -> storedRound JSON
//	observations:     taskId (4 bytes) ++ operatorId (32 bytes) -> protocol.Observations JSON,
//	                  the reports of the current fetch round (deleted when the round extends)
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

	bucketTranscripts      = []byte("transcripts")
	bucketTranscriptRounds = []byte("transcriptRounds")
	bucketObservations     = []byte("observations")
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
		for _, b := range [][]byte{bucketMeta, bucketTasks, bucketPending, bucketResponses,
			bucketTranscripts, bucketTranscriptRounds, bucketObservations} {
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
// state: the chain now only knows the new task) and the old one's responses and fetch-phase
// state (transcript, rounds, pending observations) are deleted, since they were signed over the
// old task and can never verify against the new digest.
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
				if err := deleteTranscript(tx, r.ID); err != nil {
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

// The fetch phase of tasks of functions that make HTTP calls (fetchphase.go).

// ErrDuplicateObservations means the operator already reported on the current round of a task.
var ErrDuplicateObservations = errors.New("operator already reported observations for this round")

// ErrStalePrefix means observations (or a round) name another prefix than the task's stored
// agreed transcript: the transcript moved on.
var ErrStalePrefix = errors.New("observations of a prefix that is not the agreed transcript")

// transcriptMeta is the head of a task's fetch-phase state: the agreed transcript's length and
// digest, so a report is checked against it without reading the entries.
type transcriptMeta struct {
	TaskHash common.Hash `json:"taskHash"`
	Calls    uint32      `json:"calls"`
	Digest   common.Hash `json:"digest"`
	Rounds   uint32      `json:"rounds"`
}

// storedRound is one extension: the round as served and the entries it appended.
type storedRound struct {
	Round   protocol.TranscriptRound `json:"round"`
	Entries []httpcall.Entry         `json:"entries"`
}

// TranscriptState is a task's stored fetch phase: the agreed transcript with its digest, the
// rounds that justify it, and the reports of the current round (by operator id).
type TranscriptState struct {
	TaskHash   common.Hash
	Transcript httpcall.Transcript
	Digest     common.Hash
	Rounds     []protocol.TranscriptRound
	Pending    []protocol.Observations
}

func roundKey(id uint32, round uint32) []byte {
	return binary.BigEndian.AppendUint32(taskKey(id), round)
}

// readMeta returns the task's transcript head, zero (an empty transcript) when none is stored.
func readMeta(tx *bolt.Tx, id uint32) (transcriptMeta, error) {
	var m transcriptMeta
	v := tx.Bucket(bucketTranscripts).Get(taskKey(id))
	if v == nil {
		return m, nil
	}
	if err := json.Unmarshal(v, &m); err != nil {
		return m, fmt.Errorf("decode transcript head of task %d: %w", id, err)
	}
	return m, nil
}

// deletePrefixed deletes every key of bucket b that starts with task id's key and has length n.
func deletePrefixed(tx *bolt.Tx, b []byte, id uint32, n int) error {
	prefix := taskKey(id)
	c := tx.Bucket(b).Cursor()
	for k, _ := c.Seek(prefix); len(k) == n && string(k[:4]) == string(prefix); k, _ = c.Seek(prefix) {
		if err := c.Delete(); err != nil {
			return fmt.Errorf("delete %s of task %d: %w", b, id, err)
		}
	}
	return nil
}

// deleteTranscript forgets a task's fetch phase (a reorg replaced the task).
func deleteTranscript(tx *bolt.Tx, id uint32) error {
	if err := tx.Bucket(bucketTranscripts).Delete(taskKey(id)); err != nil {
		return err
	}
	if err := deletePrefixed(tx, bucketTranscriptRounds, id, 8); err != nil {
		return err
	}
	return deletePrefixed(tx, bucketObservations, id, 36)
}

// AddObservations stores an operator's verified report on the current round of task
// (taskID, taskHash). It fails with ErrTaskReplaced after a reorg, ErrStalePrefix when the
// stored transcript is not the report's prefix, ErrDuplicateObservations when the operator
// already reported on this round.
func (s *Store) AddObservations(taskID uint32, taskHash common.Hash, o protocol.Observations) error {
	v, err := json.Marshal(o)
	if err != nil {
		return fmt.Errorf("encode observations: %w", err)
	}
	// Batch: idempotent, like AddResponse.
	err = s.db.Batch(func(tx *bolt.Tx) error {
		if err := s.sameTask(tx, taskID, taskHash); err != nil {
			return err
		}
		m, err := readMeta(tx, taskID)
		if err != nil {
			return err
		}
		if m.Calls != o.PrefixLen || m.Digest != o.PrefixDigest {
			return ErrStalePrefix
		}
		b := tx.Bucket(bucketObservations)
		k := responseKey(taskID, o.OperatorID)
		if b.Get(k) != nil {
			return ErrDuplicateObservations
		}
		return b.Put(k, v)
	})
	if errors.Is(err, ErrTaskReplaced) || errors.Is(err, ErrStalePrefix) || errors.Is(err, ErrDuplicateObservations) {
		return err
	}
	if err != nil {
		return fmt.Errorf("store observations for task %d: %w", taskID, err)
	}
	return nil
}

// AppendTranscriptRound records an extension of task (taskID, taskHash)'s transcript, in one
// transaction: the round and the entries it added, the new head (digest: of the whole new
// transcript), and the deletion of the round's reports. The stored transcript must still be
// the round's prefix (prefixDigest), else ErrStalePrefix.
func (s *Store) AppendTranscriptRound(taskID uint32, taskHash, prefixDigest common.Hash, added []httpcall.Entry,
	digest common.Hash, round protocol.TranscriptRound) error {
	v, err := json.Marshal(storedRound{Round: round, Entries: added})
	if err != nil {
		return fmt.Errorf("encode transcript round: %w", err)
	}
	err = s.db.Update(func(tx *bolt.Tx) error {
		if err := s.sameTask(tx, taskID, taskHash); err != nil {
			return err
		}
		m, err := readMeta(tx, taskID)
		if err != nil {
			return err
		}
		if m.Calls != round.PrefixLen || m.Digest != prefixDigest {
			return ErrStalePrefix
		}
		if err := tx.Bucket(bucketTranscriptRounds).Put(roundKey(taskID, m.Rounds), v); err != nil {
			return err
		}
		m = transcriptMeta{TaskHash: taskHash, Calls: m.Calls + uint32(len(added)), Digest: digest, Rounds: m.Rounds + 1}
		mv, err := json.Marshal(m)
		if err != nil {
			return err
		}
		if err := tx.Bucket(bucketTranscripts).Put(taskKey(taskID), mv); err != nil {
			return err
		}
		return deletePrefixed(tx, bucketObservations, taskID, 36)
	})
	if errors.Is(err, ErrTaskReplaced) || errors.Is(err, ErrStalePrefix) {
		return err
	}
	if err != nil {
		return fmt.Errorf("store transcript round of task %d: %w", taskID, err)
	}
	return nil
}

// Transcript returns a task's stored fetch phase; a task that made no call has an empty one.
// Pending reports are those of the current round, ordered by operator id.
func (s *Store) Transcript(taskID uint32) (TranscriptState, error) {
	var st TranscriptState
	err := s.db.View(func(tx *bolt.Tx) error {
		m, err := readMeta(tx, taskID)
		if err != nil {
			return err
		}
		st.TaskHash = m.TaskHash
		prefix := taskKey(taskID)
		c := tx.Bucket(bucketTranscriptRounds).Cursor()
		for k, v := c.Seek(prefix); len(k) == 8 && string(k[:4]) == string(prefix); k, v = c.Next() {
			var r storedRound
			if err := json.Unmarshal(v, &r); err != nil {
				return fmt.Errorf("decode transcript round %x: %w", k, err)
			}
			st.Rounds = append(st.Rounds, r.Round)
			st.Transcript = append(st.Transcript, r.Entries...)
		}
		if uint32(len(st.Transcript)) != m.Calls || uint32(len(st.Rounds)) != m.Rounds {
			return fmt.Errorf("%d calls in %d rounds stored, the head says %d in %d",
				len(st.Transcript), len(st.Rounds), m.Calls, m.Rounds)
		}
		st.Digest = common.Hash(st.Transcript.Digest())
		if st.Digest != m.Digest {
			return errors.New("the digest of the stored entries is not the head's")
		}
		c = tx.Bucket(bucketObservations).Cursor()
		for k, v := c.Seek(prefix); len(k) == 36 && string(k[:4]) == string(prefix); k, v = c.Next() {
			var o protocol.Observations
			if err := json.Unmarshal(v, &o); err != nil {
				return fmt.Errorf("decode observations %x: %w", k, err)
			}
			st.Pending = append(st.Pending, o)
		}
		return nil
	})
	if err != nil {
		return TranscriptState{}, fmt.Errorf("transcript of task %d: %w", taskID, err)
	}
	return st, nil
}
