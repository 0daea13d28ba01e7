package modstore

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// PublisherConfig configures a Publisher. Zero fields take the defaults noted.
type PublisherConfig struct {
	Dir string // required: published modules, one file per digest, and index.json
	// Tokens maps upload token to uploader name (see LoadTokens). Empty: every
	// upload is refused and the publisher only serves what it already holds.
	Tokens               map[string]string
	QuotaBytes           int64         // bytes one uploader may have published; default DefaultQuotaBytes
	MaxBytes             int64         // bytes published in all; default DefaultMaxBytes
	MaxModuleSize        int64         // largest upload; default DefaultMaxModuleSize
	MaxConcurrentUploads int           // uploads in progress at once, beyond: 503; default DefaultMaxConcurrentUploads
	UploadTimeout        time.Duration // to receive one upload's body; default DefaultUploadTimeout
}

// Defaults of PublisherConfig, exported so command-line flags can show them.
const (
	DefaultQuotaBytes           = 1 << 30
	DefaultMaxBytes             = 4 << 30
	DefaultMaxModuleSize        = 64 << 20
	DefaultMaxConcurrentUploads = 4
	DefaultUploadTimeout        = 10 * time.Minute
)

// Publisher is the module store's public face: it serves, anonymously, the
// modules that authenticated uploaders published through it, and nothing
// else. Published modules are never evicted (a live function may need them):
// when a quota or the total cap is reached new uploads are refused (507)
// and only their uploader can remove them (DELETE). Which uploader published
// what is kept in index.json, so quotas survive restarts.
type Publisher struct {
	cfg    PublisherConfig
	tokens tokenSet
	slots  chan struct{}
	mux    *http.ServeMux

	mu    sync.Mutex // guards idx, used, total and index.json
	idx   map[Digest]published
	used  map[string]int64
	total int64
}

type published struct {
	Uploader  string    `json:"uploader"`
	Size      int64     `json:"size"`
	Published time.Time `json:"published"`
}

const indexFile = "index.json"

// Errors of uploads.
var (
	ErrQuota = errors.New("modstore: upload quota or store capacity exceeded")
)

// NewPublisher opens (creating if needed) a publisher in cfg.Dir and reloads its index.
func NewPublisher(cfg PublisherConfig) (*Publisher, error) {
	if cfg.Dir == "" {
		return nil, errors.New("modstore: PublisherConfig.Dir is required")
	}
	// Limits come from flags too: a negative one is a mistake, not "no limit".
	if cfg.QuotaBytes < 0 || cfg.MaxBytes < 0 || cfg.MaxModuleSize < 0 || cfg.MaxConcurrentUploads < 0 || cfg.UploadTimeout < 0 {
		return nil, errors.New("modstore: publisher limits must not be negative")
	}
	if cfg.QuotaBytes == 0 {
		cfg.QuotaBytes = DefaultQuotaBytes
	}
	if cfg.MaxBytes == 0 {
		cfg.MaxBytes = DefaultMaxBytes
	}
	if cfg.MaxModuleSize == 0 {
		cfg.MaxModuleSize = DefaultMaxModuleSize
	}
	if cfg.MaxConcurrentUploads == 0 {
		cfg.MaxConcurrentUploads = DefaultMaxConcurrentUploads
	}
	if cfg.UploadTimeout == 0 {
		cfg.UploadTimeout = DefaultUploadTimeout
	}
	ts, err := newTokenSet(cfg.Tokens)
	if err != nil {
		return nil, fmt.Errorf("modstore: %w", err)
	}
	if err := os.MkdirAll(cfg.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("modstore: publisher: %w", err)
	}
	p := &Publisher{cfg: cfg, tokens: ts, slots: make(chan struct{}, cfg.MaxConcurrentUploads),
		idx: map[Digest]published{}, used: map[string]int64{}}
	if err := p.load(); err != nil {
		return nil, err
	}
	p.mux = http.NewServeMux()
	p.mux.HandleFunc("GET /modules/{digest}", p.serve)
	p.mux.HandleFunc("PUT /modules/{digest}", p.upload)
	p.mux.HandleFunc("POST /modules", p.upload)
	p.mux.HandleFunc("DELETE /modules/{digest}", p.remove)
	return p, nil
}

// ServeHTTP serves the routes of the package doc under /modules.
func (p *Publisher) ServeHTTP(w http.ResponseWriter, r *http.Request) { p.mux.ServeHTTP(w, r) }

func (p *Publisher) path(d Digest) string { return filepath.Join(p.cfg.Dir, d.String()+".wasm") }

// Has reports whether d is published.
func (p *Publisher) Has(d Digest) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	_, ok := p.idx[d]
	return ok
}

// Get returns published module d, re-verifying its digest, so a process
// that publishes can read its own modules without going through HTTP. It
// implements the engine's module source.
func (p *Publisher) Get(_ context.Context, d Digest) ([]byte, error) {
	if !p.Has(d) {
		return nil, fmt.Errorf("%w: %s", ErrNotFound, d)
	}
	b, err := os.ReadFile(p.path(d))
	if err != nil {
		return nil, fmt.Errorf("modstore: read published %s: %w", d, err)
	}
	if Sum(b) != d {
		return nil, fmt.Errorf("%w: %s (published copy corrupt)", ErrNotFound, d)
	}
	return b, nil
}

// Usage reports the bytes published by uploader and in all.
func (p *Publisher) Usage(uploader string) (mine, total int64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.used[uploader], p.total
}

func (p *Publisher) serve(w http.ResponseWriter, r *http.Request) {
	d, err := ParseDigest(r.PathValue("digest"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if !p.Has(d) {
		http.Error(w, "module not found", http.StatusNotFound)
		return
	}
	f, err := os.Open(p.path(d))
	if err != nil {
		http.Error(w, "module unavailable", http.StatusInternalServerError)
		return
	}
	defer f.Close()
	w.Header().Set("Content-Type", "application/wasm")
	// Content addressed, so immutable: let caches keep it forever.
	w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	w.Header().Set("ETag", `"`+d.String()+`"`)
	http.ServeContent(w, r, "", time.Time{}, f) // streams from disk, ranges and HEAD included
}

// upload handles PUT /modules/{digest} (body must hash to digest) and POST
// /modules (digest computed). The body is streamed to a temporary file while
// hashed, never held in memory.
func (p *Publisher) upload(w http.ResponseWriter, r *http.Request) {
	var want *Digest
	if s := r.PathValue("digest"); s != "" {
		d, err := ParseDigest(s)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		want = &d
	}
	who, ok := p.tokens.uploader(r)
	if !ok {
		w.Header().Set("WWW-Authenticate", `Bearer realm="modules"`)
		http.Error(w, "upload requires Authorization: Bearer <token>", http.StatusUnauthorized)
		return
	}
	select {
	case p.slots <- struct{}{}:
		defer func() { <-p.slots }()
	default:
		w.Header().Set("Retry-After", "5")
		http.Error(w, "too many uploads in progress", http.StatusServiceUnavailable)
		return
	}
	max := p.cfg.MaxModuleSize
	if r.ContentLength > max {
		http.Error(w, "module larger than "+strconv.FormatInt(max, 10)+" bytes", http.StatusRequestEntityTooLarge)
		return
	}
	if want != nil && p.Has(*want) {
		p.created(w, *want, http.StatusOK) // already published: idempotent, nothing read or charged
		return
	}
	if r.ContentLength > 0 {
		if err := p.fits(who, r.ContentLength); err != nil { // refuse before reading a byte
			http.Error(w, err.Error(), http.StatusInsufficientStorage)
			return
		}
	}
	_ = http.NewResponseController(w).SetReadDeadline(time.Now().Add(p.cfg.UploadTimeout))

	tmp, err := os.CreateTemp(p.cfg.Dir, ".upload-*")
	if err != nil {
		http.Error(w, "cannot store upload", http.StatusInternalServerError)
		return
	}
	defer os.Remove(tmp.Name()) // no-op once renamed
	defer tmp.Close()
	h := sha256.New()
	n, err := io.Copy(io.MultiWriter(tmp, h), http.MaxBytesReader(w, r.Body, max))
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			http.Error(w, "module larger than "+strconv.FormatInt(max, 10)+" bytes", http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(w, "reading upload: "+err.Error(), http.StatusBadRequest)
		return
	}
	d := Digest(h.Sum(nil))
	if want != nil && d != *want {
		http.Error(w, fmt.Sprintf("%v: body hashes to %s, not %s", ErrDigestMismatch, d, *want), http.StatusBadRequest)
		return
	}
	if err := tmp.Sync(); err != nil {
		http.Error(w, "cannot store upload", http.StatusInternalServerError)
		return
	}
	if err := tmp.Close(); err != nil {
		http.Error(w, "cannot store upload", http.StatusInternalServerError)
		return
	}
	code, err := p.commit(who, d, n, tmp.Name())
	if err != nil {
		http.Error(w, err.Error(), code)
		return
	}
	p.created(w, d, code)
}

// commit publishes a verified temporary file as d, charging who, if the
// quota and the total cap allow it. Checked and applied under one lock, so
// concurrent uploads cannot together overshoot either.
func (p *Publisher) commit(who string, d Digest, size int64, tmp string) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if _, ok := p.idx[d]; ok {
		return http.StatusOK, nil
	}
	if err := p.fitsLocked(who, size); err != nil {
		return http.StatusInsufficientStorage, err
	}
	if err := os.Rename(tmp, p.path(d)); err != nil {
		return http.StatusInternalServerError, errors.New("cannot store upload")
	}
	p.idx[d] = published{Uploader: who, Size: size, Published: time.Now().UTC()}
	p.used[who] += size
	p.total += size
	if err := p.saveLocked(); err != nil {
		delete(p.idx, d)
		p.used[who] -= size
		p.total -= size
		_ = os.Remove(p.path(d))
		return http.StatusInternalServerError, errors.New("cannot record upload")
	}
	return http.StatusCreated, nil
}

func (p *Publisher) created(w http.ResponseWriter, d Digest, code int) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Location", "/modules/"+d.String())
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(map[string]string{"digest": d.String(), "cid": d.CIDv1()})
}

func (p *Publisher) fits(who string, size int64) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.fitsLocked(who, size)
}

func (p *Publisher) fitsLocked(who string, size int64) error {
	if p.used[who]+size > p.cfg.QuotaBytes {
		return fmt.Errorf("%w: uploader %s has %d of %d bytes published", ErrQuota, who, p.used[who], p.cfg.QuotaBytes)
	}
	if p.total+size > p.cfg.MaxBytes {
		return fmt.Errorf("%w: store holds %d of %d bytes (published modules are never evicted)", ErrQuota, p.total, p.cfg.MaxBytes)
	}
	return nil
}

// remove handles DELETE /modules/{digest}: only the uploader that published
// a module may remove it (the explicit, and only, way modules go away).
func (p *Publisher) remove(w http.ResponseWriter, r *http.Request) {
	d, err := ParseDigest(r.PathValue("digest"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	who, ok := p.tokens.uploader(r)
	if !ok {
		w.Header().Set("WWW-Authenticate", `Bearer realm="modules"`)
		http.Error(w, "delete requires Authorization: Bearer <token>", http.StatusUnauthorized)
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	e, ok := p.idx[d]
	if !ok {
		http.Error(w, "module not found", http.StatusNotFound)
		return
	}
	if e.Uploader != who {
		http.Error(w, "module published by another uploader", http.StatusForbidden)
		return
	}
	delete(p.idx, d)
	if err := p.saveLocked(); err != nil {
		p.idx[d] = e
		http.Error(w, "cannot record removal", http.StatusInternalServerError)
		return
	}
	p.used[who] -= e.Size
	p.total -= e.Size
	_ = os.Remove(p.path(d))
	w.WriteHeader(http.StatusNoContent)
}

// load reads index.json, keeping only entries whose file is present, and
// clears temporary files of interrupted uploads.
func (p *Publisher) load() error {
	des, err := os.ReadDir(p.cfg.Dir)
	if err != nil {
		return fmt.Errorf("modstore: publisher: %w", err)
	}
	for _, de := range des {
		if strings.HasPrefix(de.Name(), ".upload-") || strings.HasPrefix(de.Name(), ".index-") {
			_ = os.Remove(filepath.Join(p.cfg.Dir, de.Name()))
		}
	}
	b, err := os.ReadFile(filepath.Join(p.cfg.Dir, indexFile))
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("modstore: publisher index: %w", err)
	}
	var raw map[string]published
	if err := json.Unmarshal(b, &raw); err != nil {
		return fmt.Errorf("modstore: publisher index %s: %w", filepath.Join(p.cfg.Dir, indexFile), err)
	}
	for k, e := range raw {
		d, err := ParseDigest(k)
		if err != nil {
			return fmt.Errorf("modstore: publisher index: %w", err)
		}
		st, err := os.Stat(p.path(d))
		if err != nil || !st.Mode().IsRegular() {
			continue // file gone: not served, not charged
		}
		e.Size = st.Size()
		p.idx[d] = e
		p.used[e.Uploader] += e.Size
		p.total += e.Size
	}
	return nil
}

// saveLocked writes index.json atomically: temporary file, fsync, rename,
// fsync of the directory.
func (p *Publisher) saveLocked() error {
	raw := make(map[string]published, len(p.idx))
	for d, e := range p.idx {
		raw[d.String()] = e
	}
	b, err := json.MarshalIndent(raw, "", "  ")
	if err != nil {
		return fmt.Errorf("modstore: publisher index: %w", err)
	}
	f, err := os.CreateTemp(p.cfg.Dir, ".index-*")
	if err != nil {
		return fmt.Errorf("modstore: publisher index: %w", err)
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(b); err != nil {
		f.Close()
		return fmt.Errorf("modstore: publisher index: %w", err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("modstore: publisher index: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("modstore: publisher index: %w", err)
	}
	if err := os.Rename(f.Name(), filepath.Join(p.cfg.Dir, indexFile)); err != nil {
		return fmt.Errorf("modstore: publisher index: %w", err)
	}
	if dir, err := os.Open(p.cfg.Dir); err == nil {
		_ = dir.Sync()
		dir.Close()
	}
	return nil
}
