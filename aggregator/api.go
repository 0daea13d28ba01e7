package aggregator

import (
	"net/http"
	"regexp"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/blockless/avs/protocol"
)

// Handler is the aggregator's HTTP API (see API.md). The module store is not part of it: it is
// its own service (cmd/modstore).
func (s *Service) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/responses", s.postResponse)
	mux.HandleFunc("POST /v1/proofs", s.postProof) // zk tasks: zk.go
	mux.HandleFunc("GET /v1/tasks/{id}", s.getTask)
	mux.HandleFunc("POST /v1/observations", s.postObservations)               // fetch phase: fetchphase.go
	mux.HandleFunc("GET /v1/transcripts/{id}", s.getTranscript)               // fetch phase: fetchphase.go
	mux.HandleFunc("POST /v1/shares", s.postShares)                           // shares.go
	mux.HandleFunc("GET /v1/shares/{id}", s.getShares)                        // shares.go
	mux.HandleFunc("GET /v1/batches", s.getBatches)                           // batchapi.go
	mux.HandleFunc("POST /v1/batches/{seq}/signatures", s.postBatchSignature) // batchapi.go
	mux.HandleFunc("POST /v1/batches/{seq}/declines", s.postBatchDecline)     // batchapi.go
	mux.HandleFunc("GET /healthz", s.healthz)
	return s.recoverer(mux)
}

// recoverer turns a panic in a handler into a 500: nothing a client sends may take the
// aggregator down. It is the last resort; handlers validate their input first.
func (s *Service) recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error().Interface("panic", v).Str("path", r.URL.Path).Msg("handler panicked")
				writeError(w, reject(http.StatusInternalServerError, rejectInternalError, "internal error"))
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// urlPattern matches URLs and file paths in error text: RPC endpoints can carry API keys in
// their URL, and paths say how the host is laid out.
var urlPattern = regexp.MustCompile(`[a-zA-Z][a-zA-Z0-9+.-]*://[^\s"']+|(?:^|[\s"'(])/[^\s"')]+|\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b`)

// publicText removes URLs and absolute paths from a message shown to API clients (task
// reasons, proof replies); the full error is logged.
func publicText(msg string) string {
	return urlPattern.ReplaceAllStringFunc(msg, func(m string) string {
		switch {
		case strings.Contains(m, "://"):
			return "<url>"
		case m[0] == '/':
			return "<path>"
		case strings.ContainsAny(m[:1], " \t\n\"'("): // a path after its delimiter
			return m[:1] + "<path>"
		default:
			return "<address>"
		}
	})
}

func publicError(err error) string { return publicText(err.Error()) }

func (s *Service) postResponse(w http.ResponseWriter, r *http.Request) {
	var sr protocol.SignedResponse
	// The response's own checks (sr.Validate) run in accept, after decoding.
	if e := decodeBody(w, r, protocol.MaxSignedResponseBytes, false, &sr, nil, "malformed JSON"); e != nil {
		refuse(w, s.metrics.signaturesRejected, e)
		return
	}
	if e := s.accept(r.Context(), sr); e != nil {
		s.log.Debug().Uint32("task", sr.TaskID).Str("operator", sr.OperatorID.Hex()).Int("status", e.status).Str("error", e.msg).Msg("response rejected")
		refuse(w, s.metrics.signaturesRejected, e)
		return
	}
	s.metrics.signaturesAccepted.Inc()
	s.log.Debug().Uint32("task", sr.TaskID).Str("operator", sr.OperatorID.Hex()).Msg("response accepted")
	writeJSON(w, http.StatusAccepted, map[string]string{"status": "accepted"})
}

// TaskView is the body of GET /v1/tasks/{id}.
type TaskView struct {
	TaskID uint32      `json:"taskId"`
	State  RecordState `json:"state"`
	Reason string      `json:"reason,omitempty"`
	// Phase and SubmitError describe a task this process is working on (phase.go): e.g. a
	// proof taken with 202 is "submitting" until mined; a refused one leaves "stalled" and why.
	Phase            string          `json:"phase,omitempty"`
	SubmitError      string          `json:"submitError,omitempty"`
	FunctionID       uint64          `json:"functionId"`
	QuorumNumbers    []int           `json:"quorumNumbers"`
	ThresholdPercent uint8           `json:"thresholdPercent"`
	ReferenceBlock   uint32          `json:"referenceBlock"`
	DeadlineBlock    uint32          `json:"deadlineBlock"`
	CreatedBlock     uint64          `json:"createdBlock"`
	CreatedTx        common.Hash     `json:"createdTx"`
	Signatures       int             `json:"signatures"`
	Rounds           int             `json:"aggregationRounds"` // blsagg rounds started by this process (0 once settled)
	Results          []resultSummary `json:"results"`
	ResponseTx       *common.Hash    `json:"responseTx,omitempty"`
	ResponseDigest   *common.Hash    `json:"responseDigest,omitempty"`
	RespondedBlock   uint64          `json:"respondedBlock,omitempty"`
	ExpireTx         *common.Hash    `json:"expireTx,omitempty"`
}

func nonZero(h common.Hash) *common.Hash {
	if h == (common.Hash{}) {
		return nil
	}
	return &h
}

// TaskView returns what the aggregator knows about a task; ok is false when it knows nothing.
func (s *Service) TaskView(id uint32) (TaskView, bool, error) {
	var rec TaskRecord
	rounds, ph, submitErr := 0, "", ""
	if t := s.task(id); t != nil {
		t.mu.Lock()
		rec, rounds, ph, submitErr = t.rec, t.rounds, t.phase.String(), t.submitErr
		t.mu.Unlock()
	} else {
		var ok bool
		var err error
		if rec, ok, err = s.store.Task(id); err != nil || !ok {
			return TaskView{}, false, err
		}
	}
	rs, err := s.store.Responses(id)
	if err != nil {
		return TaskView{}, false, err
	}
	quorums := make([]int, len(rec.Task.QuorumNumbers))
	for i, q := range rec.Task.QuorumNumbers {
		quorums[i] = int(q)
	}
	return TaskView{TaskID: rec.ID, State: rec.State, Reason: rec.Reason, Phase: ph, SubmitError: submitErr, FunctionID: rec.Task.FunctionId,
		QuorumNumbers: quorums, Rounds: rounds, ThresholdPercent: rec.Task.QuorumThresholdPercentage,
		ReferenceBlock: rec.Task.ReferenceBlock, DeadlineBlock: rec.Task.DeadlineBlock,
		CreatedBlock: rec.CreatedBlock, CreatedTx: rec.CreatedTx, Signatures: len(rs), Results: summarize(rs),
		ResponseTx: nonZero(rec.ResponseTx), ResponseDigest: nonZero(rec.ResponseDigest), RespondedBlock: rec.RespondedBlock,
		ExpireTx: nonZero(rec.ExpireTx)}, true, nil
}

func (s *Service) getTask(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseUint(r.PathValue("id"), 10, 32)
	if err != nil {
		writeError(w, reject(http.StatusBadRequest, rejectMalformed, "task id %q is not a uint32", r.PathValue("id")))
		return
	}
	v, ok, err := s.TaskView(uint32(id))
	switch {
	case err != nil:
		s.log.Error().Err(err).Uint64("task", id).Msg("task view")
		writeError(w, reject(http.StatusInternalServerError, rejectInternalError, "internal error"))
	case !ok:
		writeError(w, reject(http.StatusNotFound, rejectUnknownTask, "unknown task %d", id))
	default:
		writeJSON(w, http.StatusOK, v)
	}
}

func (s *Service) healthz(w http.ResponseWriter, _ *http.Request) {
	s.mu.Lock()
	n := len(s.tasks)
	s.mu.Unlock()
	next, _, _ := s.store.Cursor()
	writeJSON(w, http.StatusOK, map[string]any{"status": "ok", "head": s.head.Load(), "nextBlock": next, "pendingTasks": n,
		"submitter": s.sub.address()})
}
