package modstore

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Handler serves a fetch cache over HTTP, with anonymous uploads that are
// buffered in memory and subject to the cache's eviction.
//
// Deprecated: serve a Publisher instead (authenticated, streamed, quota'd
// uploads that are never evicted). Handler remains only until its last
// caller moves; a Store is a private cache and should not be served.
func Handler(s *Store) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /modules/{digest}", func(w http.ResponseWriter, r *http.Request) {
		d, err := ParseDigest(r.PathValue("digest"))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		b, err := s.Get(r.Context(), d)
		if errors.Is(err, ErrNotFound) {
			http.Error(w, err.Error(), http.StatusNotFound)
			return
		}
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/wasm")
		// Content addressed, so immutable: let caches keep it forever.
		w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
		w.Header().Set("ETag", `"`+d.String()+`"`)
		http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(b))
	})
	mux.HandleFunc("PUT /modules/{digest}", func(w http.ResponseWriter, r *http.Request) {
		d, err := ParseDigest(r.PathValue("digest"))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		b, ok := readBody(w, r, s)
		if !ok {
			return
		}
		if err := s.PutExpect(d, b); err != nil {
			code := http.StatusInternalServerError
			if errors.Is(err, ErrDigestMismatch) {
				code = http.StatusBadRequest
			}
			http.Error(w, err.Error(), code)
			return
		}
		w.WriteHeader(http.StatusCreated)
	})
	mux.HandleFunc("POST /modules", func(w http.ResponseWriter, r *http.Request) {
		b, ok := readBody(w, r, s)
		if !ok {
			return
		}
		d, err := s.Put(b)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Location", "/modules/"+d.String())
		w.WriteHeader(http.StatusCreated)
		_ = json.NewEncoder(w).Encode(map[string]string{"digest": d.String(), "cid": d.CIDv1()})
	})
	return mux
}

func readBody(w http.ResponseWriter, r *http.Request, s *Store) ([]byte, bool) {
	max := s.cfg.MaxModuleSize
	if r.ContentLength > max {
		http.Error(w, "module larger than "+strconv.FormatInt(max, 10)+" bytes", http.StatusRequestEntityTooLarge)
		return nil, false
	}
	b, err := readCapped(r.Context(), http.MaxBytesReader(w, r.Body, max+1), max)
	if err != nil {
		code := http.StatusBadRequest
		if errors.Is(err, ErrTooLarge) || strings.Contains(err.Error(), "too large") {
			code = http.StatusRequestEntityTooLarge
		}
		http.Error(w, err.Error(), code)
		return nil, false
	}
	return b, true
}
