package aggregator

import (
	"net/http"

	"github.com/rs/zerolog"

	"github.com/blockless/avs/modstore"
)

// publisher is the served module store under /modules/: reads for everyone, uploads only with
// one of tokens (none: read-only). Only what an authenticated publisher uploaded is served;
// bytes the aggregator fetches itself live in its private cache.
func publisher(st *modstore.Store, tokens map[string]string, log zerolog.Logger) (http.Handler, error) {
	h := modstore.Handler(st)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead && len(tokens) == 0 {
			http.Error(w, "uploads are disabled: this module store is read-only", http.StatusForbidden)
			return
		}
		h.ServeHTTP(w, r)
	}), nil
}
