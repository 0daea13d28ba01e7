package node

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/taskwatch"
)

// taskKey names one task: a reorg can give a task id to a different task, so the id alone is
// not enough. The hash is keccak256(abi.encode(task)), what the TaskManager stores.
type taskKey struct {
	ID   uint32
	Hash [32]byte
}

// bytes is the store key: id (big-endian, so keys sort by id) then hash.
func (k taskKey) bytes() []byte {
	b := make([]byte, 36)
	binary.BigEndian.PutUint32(b, k.ID)
	copy(b[4:], k.Hash[:])
	return b
}

// signedRecord is a response this operator signed. It is kept so that a restart resends the
// very same bytes instead of computing and signing again: an operator never signs two
// different responses to one task.
type signedRecord struct {
	Response protocol.SignedResponse `json:"response"`
	// TaskHash is the task the response was signed for. Zero only for records migrated from
	// state.json, which did not keep it; such a record stands for every task with its id.
	TaskHash      [32]byte `json:"taskHash"`
	DeadlineBlock uint32   `json:"deadlineBlock"`
	Acknowledged  bool     `json:"acknowledged"`
	// Digest is the response digest signed (a batch leaf is checked against it); zero in
	// records written before it was kept.
	Digest [32]byte `json:"digest"`
}

func (r signedRecord) key() taskKey { return taskKey{ID: r.Response.TaskID, Hash: r.TaskHash} }

// queueEntry is a task the watcher has seen and the workers have not finished: everything
// needed to execute it without reading the chain's logs again.
type queueEntry struct {
	Event    taskwatch.Event `json:"event"`
	TaskHash [32]byte        `json:"taskHash"`
}

func (e queueEntry) key() taskKey { return taskKey{ID: e.Event.TaskID, Hash: e.TaskHash} }

// Buckets of the operator's store. Every write is one bbolt transaction (fsynced on
// commit), touching only the keys it changes: the cost of recording a task does not grow
// with the number of tasks kept.
var (
	bucketMeta      = []byte("meta")      // "nextBlock" → uint64 big-endian: where the watcher resumes
	bucketSigned    = []byte("signed")    // taskKey → signedRecord (JSON)
	bucketDeadlines = []byte("deadlines") // deadline (uint32 BE) ‖ taskKey → nil: prune in deadline order
	bucketQueue     = []byte("queue")     // taskKey → queueEntry (JSON): seen, not finished
	keyNextBlock    = []byte("nextBlock")
)

// stateFileName is the JSON state of earlier versions, imported once by openStore.
const stateFileName = "state.json"

// storeFileName is the operator's bbolt file in data_dir.
const storeFileName = "operator.db"

// store is the operator's durable memory: the watcher's cursor, the queue of seen tasks and
// every response it signed.
type store struct {
	db *bolt.DB
}

// openStore opens data_dir/operator.db, importing a state.json left by an earlier version.
func openStore(dir string) (*store, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("operator store: %w", err)
	}
	path := filepath.Join(dir, storeFileName)
	// A second process on the same data_dir would wait forever for bbolt's file lock.
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 5 * time.Second})
	if err != nil {
		return nil, fmt.Errorf("open operator store %s (is another operator using this data_dir?): %w", path, err)
	}
	s := &store{db: db}
	if err := db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketMeta, bucketSigned, bucketDeadlines, bucketQueue} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		db.Close()
		return nil, fmt.Errorf("operator store buckets: %w", err)
	}
	if err := s.migrate(filepath.Join(dir, stateFileName)); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

func (s *store) close() error { return s.db.Close() }

// legacyState is state.json as earlier versions wrote it.
type legacyState struct {
	NextBlock uint64                   `json:"nextBlock"`
	Signed    map[uint32]*signedRecord `json:"signed"`
}

// migrate imports state.json (cursor and signed responses) and renames it to
// state.json.migrated, so that it is imported once and kept for inspection.
func (s *store) migrate(path string) error {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	var old legacyState
	if err := json.Unmarshal(b, &old); err != nil {
		return fmt.Errorf("parse %s: %w", path, err)
	}
	err = s.db.Update(func(tx *bolt.Tx) error {
		if old.NextBlock > currentNextBlock(tx) {
			if err := putNextBlock(tx, old.NextBlock); err != nil {
				return err
			}
		}
		for _, r := range old.Signed {
			if r == nil {
				continue
			}
			// The old file kept no task hash: the zero hash makes the record answer for any
			// task with this id, so the migration never opens the door to a second signature.
			r.TaskHash = [32]byte{}
			if tx.Bucket(bucketSigned).Get(r.key().bytes()) != nil {
				continue
			}
			if err := putSigned(tx, *r); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("import %s: %w", path, err)
	}
	if err := os.Rename(path, path+".migrated"); err != nil {
		return fmt.Errorf("import %s: %w", path, err)
	}
	return nil
}

func currentNextBlock(tx *bolt.Tx) uint64 {
	v := tx.Bucket(bucketMeta).Get(keyNextBlock)
	if len(v) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(v)
}

func putNextBlock(tx *bolt.Tx, b uint64) error {
	v := make([]byte, 8)
	binary.BigEndian.PutUint64(v, b)
	return tx.Bucket(bucketMeta).Put(keyNextBlock, v)
}

func deadlineKey(deadline uint32, k taskKey) []byte {
	b := make([]byte, 4, 40)
	binary.BigEndian.PutUint32(b, deadline)
	return append(b, k.bytes()...)
}

func putSigned(tx *bolt.Tx, r signedRecord) error {
	v, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("encode signed response: %w", err)
	}
	k := r.key()
	if err := tx.Bucket(bucketSigned).Put(k.bytes(), v); err != nil {
		return err
	}
	return tx.Bucket(bucketDeadlines).Put(deadlineKey(r.DeadlineBlock, k), nil)
}

// getSigned finds the record for k, or a migrated record for its id (zero hash).
func getSigned(tx *bolt.Tx, k taskKey) (signedRecord, bool, error) {
	b := tx.Bucket(bucketSigned)
	v := b.Get(k.bytes())
	if v == nil {
		v = b.Get(taskKey{ID: k.ID}.bytes())
	}
	if v == nil {
		return signedRecord{}, false, nil
	}
	var r signedRecord
	if err := json.Unmarshal(v, &r); err != nil {
		return r, false, fmt.Errorf("decode signed response for task %d: %w", k.ID, err)
	}
	return r, true, nil
}

// nextBlock is where the watcher resumes (0: no state yet).
func (s *store) nextBlock() (uint64, error) {
	var n uint64
	err := s.db.View(func(tx *bolt.Tx) error { n = currentNextBlock(tx); return nil })
	return n, err
}

// commitRange records the tasks of a block range as seen and moves the cursor to next, in
// one transaction: a crash leaves either both or neither. Tasks already queued or signed are
// not queued again; it returns the entries it queued and the signed records of the range's
// tasks that still wait for the aggregator's acknowledgement. Signed records whose deadline
// is more than keep blocks before next are pruned in the same transaction.
func (s *store) commitRange(entries []queueEntry, next, keep uint64) (added []queueEntry, resend []signedRecord, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error {
		added, resend = added[:0], resend[:0]
		q := tx.Bucket(bucketQueue)
		for _, e := range entries {
			k := e.key()
			r, ok, err := getSigned(tx, k)
			if err != nil {
				return err
			}
			if ok {
				if !r.Acknowledged {
					resend = append(resend, r)
				}
				continue
			}
			if q.Get(k.bytes()) != nil {
				continue
			}
			v, err := json.Marshal(e)
			if err != nil {
				return fmt.Errorf("encode task %d: %w", k.ID, err)
			}
			if err := q.Put(k.bytes(), v); err != nil {
				return err
			}
			added = append(added, e)
		}
		if err := putNextBlock(tx, next); err != nil {
			return err
		}
		return pruneTx(tx, next, keep)
	})
	if err != nil {
		return nil, nil, fmt.Errorf("operator store: commit range before %d: %w", next, err)
	}
	return added, resend, nil
}

// pruneTx forgets signed responses whose deadline is more than keep blocks before head: they
// can no longer be answered, so nothing could be re-signed for them. It walks the deadline
// index from its oldest end and stops at the first record to keep.
func pruneTx(tx *bolt.Tx, head, keep uint64) error {
	signed := tx.Bucket(bucketSigned)
	c := tx.Bucket(bucketDeadlines).Cursor()
	for k, _ := c.First(); k != nil; k, _ = c.First() {
		if len(k) != 40 || uint64(binary.BigEndian.Uint32(k))+keep >= head {
			return nil
		}
		if err := signed.Delete(k[4:]); err != nil {
			return err
		}
		if err := c.Delete(); err != nil {
			return err
		}
	}
	return nil
}

// queued lists the tasks seen and not finished (a restart resumes them).
func (s *store) queued() ([]queueEntry, error) {
	var out []queueEntry
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketQueue).ForEach(func(k, v []byte) error {
			var e queueEntry
			if err := json.Unmarshal(v, &e); err != nil {
				return fmt.Errorf("decode queued task %x: %w", k, err)
			}
			out = append(out, e)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("operator store: read queue: %w", err)
	}
	return out, nil
}

// dequeue removes a finished (skipped, dropped or proven) task from the queue.
func (s *store) dequeue(k taskKey) error {
	err := s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketQueue).Delete(k.bytes()) })
	if err != nil {
		return fmt.Errorf("operator store: dequeue task %d: %w", k.ID, err)
	}
	return nil
}

// signed returns the response signed for k, if any.
func (s *store) signed(k taskKey) (signedRecord, bool, error) {
	var (
		r  signedRecord
		ok bool
	)
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		r, ok, err = getSigned(tx, k)
		return err
	})
	return r, ok, err
}

// recordSigned persists a signature, and takes its task off the queue, before the signature
// leaves the process. A second record for the same task is refused: the caller must resend
// the first one instead.
func (s *store) recordSigned(r signedRecord) error {
	err := s.db.Update(func(tx *bolt.Tx) error {
		k := r.key()
		if _, ok, err := getSigned(tx, k); err != nil {
			return err
		} else if ok {
			return fmt.Errorf("task %d (%x) already signed", k.ID, k.Hash[:4])
		}
		if err := putSigned(tx, r); err != nil {
			return err
		}
		return tx.Bucket(bucketQueue).Delete(k.bytes())
	})
	if err != nil {
		return fmt.Errorf("operator store: record signature for task %d: %w", r.Response.TaskID, err)
	}
	return nil
}

// acknowledge marks a signed response delivered (or no longer needed). Acknowledgements of
// concurrent deliveries share a commit (bbolt's Batch): the function is idempotent, and a lost
// acknowledgement only means the response is sent again after a restart (the aggregator
// answers 409, which counts as delivered).
func (s *store) acknowledge(k taskKey) error {
	err := s.db.Batch(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSigned)
		v := b.Get(k.bytes())
		if v == nil {
			return nil
		}
		var r signedRecord
		if err := json.Unmarshal(v, &r); err != nil {
			return err
		}
		if r.Acknowledged {
			return nil
		}
		r.Acknowledged = true
		nv, err := json.Marshal(r)
		if err != nil {
			return err
		}
		return b.Put(k.bytes(), nv)
	})
	if err != nil {
		return fmt.Errorf("operator store: acknowledge task %d: %w", k.ID, err)
	}
	return nil
}

// unacknowledged lists signed responses still to deliver.
func (s *store) unacknowledged() ([]signedRecord, error) {
	var out []signedRecord
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketSigned).ForEach(func(_, v []byte) error {
			var r signedRecord
			if err := json.Unmarshal(v, &r); err != nil {
				return err
			}
			if !r.Acknowledged {
				out = append(out, r)
			}
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("operator store: read signed responses: %w", err)
	}
	return out, nil
}

// StateSummary is what an operator's data_dir records, for tests and tools (the node must
// not be running: the store is locked while it is).
type StateSummary struct {
	NextBlock uint64
	// Signed holds the signed responses by task id (for a task id reused by a reorg, any one).
	Signed map[uint32]protocol.SignedResponse
	Queued int
}

// ReadState reads an operator's data_dir.
func ReadState(dir string) (StateSummary, error) {
	sum := StateSummary{Signed: map[uint32]protocol.SignedResponse{}}
	db, err := bolt.Open(filepath.Join(dir, storeFileName), 0o600, &bolt.Options{ReadOnly: true, Timeout: 5 * time.Second})
	if err != nil {
		return sum, fmt.Errorf("open operator store: %w", err)
	}
	defer db.Close()
	err = db.View(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketMeta) == nil {
			return nil
		}
		sum.NextBlock = currentNextBlock(tx)
		sum.Queued = tx.Bucket(bucketQueue).Stats().KeyN
		return tx.Bucket(bucketSigned).ForEach(func(_, v []byte) error {
			var r signedRecord
			if err := json.Unmarshal(v, &r); err != nil {
				return err
			}
			sum.Signed[r.Response.TaskID] = r.Response
			return nil
		})
	})
	if err != nil {
		return sum, fmt.Errorf("read operator store: %w", err)
	}
	return sum, nil
}
