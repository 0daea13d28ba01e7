package aggregator

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
)

// apiError is a refused request: an HTTP status, the message every /v1 endpoint returns as
// {"error": msg} (API.md), and the reason label its endpoint's rejection counter gets.
// Messages are fixed sentences or built from the request itself: never fetched data, paths,
// URLs or RPC addresses (the detail is logged).
type apiError struct {
	status int
	msg    string
	reason string // metrics label
}

func (e *apiError) Error() string { return e.msg }

// reject is the one constructor of refusals, for both POST endpoints and the GET ones.
func reject(status int, reason, format string, args ...any) *apiError {
	return &apiError{status: status, msg: fmt.Sprintf(format, args...), reason: reason}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// writeError writes the error body of every /v1 endpoint. 503 and 429 are transient by
// definition, so they tell the client when to come back.
func writeError(w http.ResponseWriter, e *apiError) {
	if e.status == http.StatusServiceUnavailable || e.status == http.StatusTooManyRequests {
		w.Header().Set("Retry-After", "1")
	}
	writeJSON(w, e.status, map[string]string{"error": e.msg})
}

// refuse counts a refused POST under its reason in the endpoint's counter
// (signatures_rejected_total or proofs_rejected_total) and answers it.
func refuse(w http.ResponseWriter, rejected *prometheus.CounterVec, e *apiError) {
	rejected.WithLabelValues(e.reason).Inc()
	writeError(w, e)
}

// decodeBody reads exactly one JSON object of at most limit bytes into v; strict refuses
// unknown fields. A body over the cap is the 413 both POST endpoints answer; any other
// failure is a 400 worded by the endpoint (wording is a prefix, the cause follows).
func decodeBody(w http.ResponseWriter, r *http.Request, limit int64, strict bool, v any, validate func() error, wording string) *apiError {
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, limit))
	if strict {
		dec.DisallowUnknownFields()
	}
	err := dec.Decode(v)
	if err == nil && dec.Decode(&struct{}{}) != io.EOF {
		err = errors.New("trailing data after the JSON object")
	}
	if err == nil && validate != nil {
		err = validate()
	}
	if err == nil {
		return nil
	}
	var tooLarge *http.MaxBytesError
	if errors.As(err, &tooLarge) {
		return reject(http.StatusRequestEntityTooLarge, rejectTooLarge, "body larger than %d bytes", limit)
	}
	return reject(http.StatusBadRequest, rejectMalformed, "%s: %v", wording, err)
}
