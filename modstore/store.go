package modstore

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/blockless/avs/fetch"
)

// Errors.
var (
	ErrNotFound       = errors.New("modstore: module not found")
	ErrTooLarge       = errors.New("modstore: module larger than the size cap")
	ErrDigestMismatch = errors.New("modstore: content does not match digest")
	ErrNoSource       = errors.New("modstore: no URI yielded the module")
)

// Config configures a Store. Zero fields take the defaults noted.
type Config struct {
	Dir           string // required: local cache directory
	MaxBytes      int64  // total size of Dir before eviction; default 1 GiB
	MaxModuleSize int64  // largest module accepted; default 64 MiB
	// Fetch is the policy for the URIs Fetch is given (they come from chain
	// data, so from anyone). Zero value: http and https to public addresses
	// only, 30 s per URI, 60 s in all (see fetch.Policy).
	Fetch fetch.Policy
}

// Store is a local, verified, size-capped module cache with fetching.
// Safe for concurrent use, including by several processes sharing Dir
// (files are written atomically under their digest).
type Store struct {
	cfg Config
	mu  sync.Mutex // serialises eviction within this process
}

// New opens (creating if needed) a store in cfg.Dir.
func New(cfg Config) (*Store, error) {
	if cfg.Dir == "" {
		return nil, errors.New("modstore: Config.Dir is required")
	}
	if cfg.MaxBytes == 0 {
		cfg.MaxBytes = 1 << 30
	}
	if cfg.MaxModuleSize == 0 {
		cfg.MaxModuleSize = 64 << 20
	}
	cfg.Fetch = cfg.Fetch.WithDefaults()
	if err := cfg.Fetch.Validate(); err != nil {
		return nil, fmt.Errorf("modstore: %w", err)
	}
	if err := os.MkdirAll(cfg.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("modstore: %w", err)
	}
	return &Store{cfg: cfg}, nil
}

func (s *Store) path(d Digest) string { return filepath.Join(s.cfg.Dir, d.String()+".wasm") }

// Has reports whether d is stored locally.
func (s *Store) Has(d Digest) bool {
	_, err := os.Stat(s.path(d))
	return err == nil
}

// Get returns the locally stored module d, re-verifying its digest (a
// corrupted file is removed and reported as not found).
func (s *Store) Get(_ context.Context, d Digest) ([]byte, error) {
	p := s.path(d)
	b, err := os.ReadFile(p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w: %s", ErrNotFound, d)
	}
	if err != nil {
		return nil, fmt.Errorf("modstore: read %s: %w", d, err)
	}
	if Sum(b) != d {
		_ = os.Remove(p)
		return nil, fmt.Errorf("%w: %s (corrupt local copy removed)", ErrNotFound, d)
	}
	now := time.Now()
	_ = os.Chtimes(p, now, now) // recency for eviction
	return b, nil
}

// Put stores module bytes and returns their digest.
func (s *Store) Put(b []byte) (Digest, error) {
	if int64(len(b)) > s.cfg.MaxModuleSize {
		return Digest{}, fmt.Errorf("%w: %d > %d bytes", ErrTooLarge, len(b), s.cfg.MaxModuleSize)
	}
	d := Sum(b)
	if s.Has(d) {
		return d, nil
	}
	f, err := os.CreateTemp(s.cfg.Dir, ".put-*")
	if err != nil {
		return d, fmt.Errorf("modstore: put: %w", err)
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(b); err != nil {
		f.Close()
		return d, fmt.Errorf("modstore: put: %w", err)
	}
	if err := f.Close(); err != nil {
		return d, fmt.Errorf("modstore: put: %w", err)
	}
	if err := os.Rename(f.Name(), s.path(d)); err != nil {
		return d, fmt.Errorf("modstore: put: %w", err)
	}
	return d, s.evict(d)
}

// PutExpect stores b only if it hashes to want.
func (s *Store) PutExpect(want Digest, b []byte) error {
	if got := Sum(b); got != want {
		return fmt.Errorf("%w: got %s, want %s", ErrDigestMismatch, got, want)
	}
	_, err := s.Put(b)
	return err
}

// Fetch returns module d, from the local directory or else from the first
// of uris that yields bytes hashing to d, under the store's fetch policy
// (schemes, destinations, redirects, file directories) with MaxModuleSize as
// the cap and one overall deadline for all URIs. Failures of all attempts are
// joined in the error.
func (s *Store) Fetch(ctx context.Context, d Digest, uris ...string) ([]byte, error) {
	if b, err := s.Get(ctx, d); err == nil {
		return b, nil
	}
	b, err := s.cfg.Fetch.First(ctx, uris, s.cfg.MaxModuleSize, func(b []byte) error {
		if Sum(b) != d {
			// The served bytes' digest is left out: it could describe a file
			// that was never meant to be read.
			return ErrDigestMismatch
		}
		return nil
	})
	if err != nil {
		if errors.Is(err, fetch.ErrTooLarge) {
			err = fmt.Errorf("%w: %w", ErrTooLarge, err)
		}
		return nil, fmt.Errorf("%w %s: %w", ErrNoSource, d, err)
	}
	if _, err := s.Put(b); err != nil {
		return nil, err
	}
	return b, nil
}

// evict deletes least recently used modules until Dir fits MaxBytes,
// never the one just stored (keep).
func (s *Store) evict(keep Digest) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	type ent struct {
		path string
		size int64
		mod  time.Time
	}
	des, err := os.ReadDir(s.cfg.Dir)
	if err != nil {
		return fmt.Errorf("modstore: scan: %w", err)
	}
	var ents []ent
	var total int64
	for _, de := range des {
		if de.IsDir() || !strings.HasSuffix(de.Name(), ".wasm") {
			continue
		}
		info, err := de.Info()
		if err != nil {
			continue
		}
		ents = append(ents, ent{filepath.Join(s.cfg.Dir, de.Name()), info.Size(), info.ModTime()})
		total += info.Size()
	}
	sort.Slice(ents, func(i, j int) bool { return ents[i].mod.Before(ents[j].mod) })
	keepPath := s.path(keep)
	for _, e := range ents {
		if total <= s.cfg.MaxBytes {
			break
		}
		if e.path == keepPath {
			continue
		}
		if err := os.Remove(e.path); err == nil || errors.Is(err, fs.ErrNotExist) {
			total -= e.size
		}
	}
	return nil
}
