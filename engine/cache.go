package engine

import (
	"bytes"
	"container/list"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/blockless/avs/modstore"
)

// lru is a small least-recently-used map of compiled modules. Evicted
// modules are not closed: a running execution may still hold one, and
// wasmtime-go frees it by finalizer once unreferenced.
type lru struct {
	mu    sync.Mutex
	max   int
	order *list.List // front = most recent; values are *compiled
	items map[modstore.Digest]*list.Element
}

func newLRU(max int) *lru {
	return &lru{max: max, order: list.New(), items: map[modstore.Digest]*list.Element{}}
}

func (c *lru) get(d modstore.Digest) *compiled {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.items[d]; ok {
		c.order.MoveToFront(el)
		return el.Value.(*compiled)
	}
	return nil
}

func (c *lru) put(m *compiled) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.items[m.digest]; ok {
		el.Value = m
		c.order.MoveToFront(el)
		return
	}
	c.items[m.digest] = c.order.PushFront(m)
	for c.order.Len() > c.max {
		el := c.order.Back()
		c.order.Remove(el)
		delete(c.items, el.Value.(*compiled).digest)
	}
}

// diskCache stores serialized compiled modules. File layout:
//
//	magic "BLKSCWM1" | module digest (32) | engine fingerprint (32) | sha256(blob) (32) | blob
//
// Loading checks all three before handing the blob to wasmtime, because
// deserializing is only safe for trusted, intact artifacts: the checksum
// catches truncation and bit rot, the fingerprint catches artifacts from
// another wasmtime version or engine setting (wasmtime checks that too, but
// failing early is cheaper and clearer).
type diskCache struct {
	dir      string
	maxBytes int64
	fp       [32]byte
	mu       sync.Mutex // serialises eviction scans
	// known is the directory's size after this process's last scan plus
	// what it stored since (-1 before the first scan). A store that keeps
	// it under maxBytes skips the scan: an x86 program's first run stores
	// many small translations, and a scan per store walks the whole
	// directory each time. Other processes' writes are seen at the next
	// scan.
	known int64
}

const diskMagic = "BLKSCWM1"
const diskHeader = len(diskMagic) + 32*3

func newDiskCache(dir string, maxBytes int64, fingerprint string) (*diskCache, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("engine: cache dir: %w", err)
	}
	fp, err := hex.DecodeString(fingerprint)
	if err != nil || len(fp) != 32 {
		return nil, fmt.Errorf("engine: bad fingerprint %q", fingerprint)
	}
	dc := &diskCache{dir: dir, maxBytes: maxBytes, known: -1}
	copy(dc.fp[:], fp)
	return dc, nil
}

// path keys the file by module digest and fingerprint, so several engine
// configurations (e.g. fuel on and off) share one directory.
func (dc *diskCache) path(d modstore.Digest) string {
	return filepath.Join(dc.dir, d.String()+"-"+hex.EncodeToString(dc.fp[:8])+".cwasm")
}

// load returns the verified serialized blob, or nil when absent or invalid.
// Invalid files are removed so they are rebuilt.
func (dc *diskCache) load(d modstore.Digest) []byte {
	p := dc.path(d)
	b, err := os.ReadFile(p)
	if err != nil {
		return nil
	}
	if len(b) < diskHeader || string(b[:8]) != diskMagic ||
		!bytes.Equal(b[8:40], d[:]) || !bytes.Equal(b[40:72], dc.fp[:]) {
		_ = os.Remove(p)
		return nil
	}
	blob := b[diskHeader:]
	if sum := sha256.Sum256(blob); !bytes.Equal(sum[:], b[72:104]) {
		_ = os.Remove(p)
		return nil
	}
	now := time.Now()
	_ = os.Chtimes(p, now, now) // LRU order for eviction
	return blob
}

func (dc *diskCache) remove(d modstore.Digest) { _ = os.Remove(dc.path(d)) }

// store writes atomically (temp file + rename) so a crash or a concurrent
// process never leaves a half-written artifact under the final name.
func (dc *diskCache) store(d modstore.Digest, blob []byte) error {
	sum := sha256.Sum256(blob)
	f, err := os.CreateTemp(dc.dir, ".tmp-*")
	if err != nil {
		return fmt.Errorf("engine: cache write: %w", err)
	}
	tmp := f.Name()
	defer os.Remove(tmp)
	var hdr bytes.Buffer
	hdr.WriteString(diskMagic)
	hdr.Write(d[:])
	hdr.Write(dc.fp[:])
	hdr.Write(sum[:])
	if _, err := f.Write(hdr.Bytes()); err != nil {
		f.Close()
		return fmt.Errorf("engine: cache write: %w", err)
	}
	if _, err := f.Write(blob); err != nil {
		f.Close()
		return fmt.Errorf("engine: cache write: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("engine: cache write: %w", err)
	}
	if err := os.Rename(tmp, dc.path(d)); err != nil {
		return fmt.Errorf("engine: cache write: %w", err)
	}
	dc.mu.Lock()
	if dc.known >= 0 && dc.known+int64(diskHeader+len(blob)) <= dc.maxBytes {
		dc.known += int64(diskHeader + len(blob))
		dc.mu.Unlock()
		return nil
	}
	dc.mu.Unlock()
	return dc.evict()
}

// evict removes least recently used artifacts until the directory fits.
func (dc *diskCache) evict() error {
	dc.mu.Lock()
	defer dc.mu.Unlock()
	type ent struct {
		path string
		size int64
		mod  time.Time
	}
	var ents []ent
	var total int64
	err := filepath.WalkDir(dc.dir, func(p string, de fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil
			}
			return err
		}
		if de.IsDir() || !strings.HasSuffix(p, ".cwasm") {
			return nil
		}
		info, err := de.Info()
		if err != nil {
			return nil // raced with another evictor
		}
		ents = append(ents, ent{p, info.Size(), info.ModTime()})
		total += info.Size()
		return nil
	})
	if err != nil {
		return fmt.Errorf("engine: cache scan: %w", err)
	}
	defer func() { dc.known = total }()
	if total <= dc.maxBytes {
		return nil
	}
	sort.Slice(ents, func(i, j int) bool { return ents[i].mod.Before(ents[j].mod) })
	for _, e := range ents {
		if total <= dc.maxBytes {
			break
		}
		if err := os.Remove(e.path); err == nil || errors.Is(err, fs.ErrNotExist) {
			total -= e.size
		}
	}
	return nil
}
