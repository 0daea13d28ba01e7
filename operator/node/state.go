package node

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/blockless/avs/protocol"
)

// signedRecord is a response this operator signed. It is kept so that a restart resends the
// very same bytes instead of computing and signing again: an operator never signs two
// different responses to one task.
type signedRecord struct {
	Response      protocol.SignedResponse `json:"response"`
	DeadlineBlock uint32                  `json:"deadlineBlock"`
	Acknowledged  bool                    `json:"acknowledged"`
}

type stateFile struct {
	NextBlock uint64                   `json:"nextBlock"`
	Signed    map[uint32]*signedRecord `json:"signed"`
}

// state is the operator's durable memory: where the watcher resumes and what it signed.
// It is a small JSON file replaced atomically on every change.
type state struct {
	mu   sync.Mutex
	path string
	f    stateFile
}

func loadState(dir string) (*state, error) {
	s := &state{path: filepath.Join(dir, "state.json"), f: stateFile{Signed: map[uint32]*signedRecord{}}}
	b, err := os.ReadFile(s.path)
	if errors.Is(err, os.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read operator state: %w", err)
	}
	if err := json.Unmarshal(b, &s.f); err != nil {
		return nil, fmt.Errorf("parse operator state %s: %w", s.path, err)
	}
	if s.f.Signed == nil {
		s.f.Signed = map[uint32]*signedRecord{}
	}
	return s, nil
}

// saveLocked writes the file atomically (temp file + rename).
func (s *state) saveLocked() error {
	b, err := json.Marshal(&s.f)
	if err != nil {
		return fmt.Errorf("encode operator state: %w", err)
	}
	tmp := s.path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o600); err != nil {
		return fmt.Errorf("write operator state: %w", err)
	}
	if err := os.Rename(tmp, s.path); err != nil {
		return fmt.Errorf("commit operator state: %w", err)
	}
	return nil
}

func (s *state) nextBlock() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.f.NextBlock
}

func (s *state) setNextBlock(b uint64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.f.NextBlock = b
	return s.saveLocked()
}

func (s *state) signed(taskID uint32) (signedRecord, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r, ok := s.f.Signed[taskID]
	if !ok {
		return signedRecord{}, false
	}
	return *r, true
}

// recordSigned persists a signature before it leaves the process.
func (s *state) recordSigned(r signedRecord) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.f.Signed[r.Response.TaskID]; ok {
		return fmt.Errorf("task %d already signed", r.Response.TaskID)
	}
	rec := r
	s.f.Signed[r.Response.TaskID] = &rec
	return s.saveLocked()
}

func (s *state) acknowledge(taskID uint32) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r, ok := s.f.Signed[taskID]; ok && !r.Acknowledged {
		r.Acknowledged = true
		return s.saveLocked()
	}
	return nil
}

// unacknowledged lists signed responses still to deliver.
func (s *state) unacknowledged() []signedRecord {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []signedRecord
	for _, r := range s.f.Signed {
		if !r.Acknowledged {
			out = append(out, *r)
		}
	}
	return out
}

// prune forgets tasks whose deadline is more than keep blocks behind head: they can no
// longer be answered, so nothing could be re-signed for them.
func (s *state) prune(head uint64, keep uint64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	changed := false
	for id, r := range s.f.Signed {
		if uint64(r.DeadlineBlock)+keep < head {
			delete(s.f.Signed, id)
			changed = true
		}
	}
	if !changed {
		return nil
	}
	return s.saveLocked()
}
