package aggregator

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"slices"
	"strconv"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	eigentypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum/common"

	"github.com/blockless/avs/httpcall"
	"github.com/blockless/avs/internal/backoff"
	"github.com/blockless/avs/protocol"
)

// The fetch phase of a function that makes HTTP calls (package httpcall, docs/http.md): the
// aggregator's side. Operators post signed observations of what their run fetched beyond the
// task's agreed transcript (POST /v1/observations); once the reports of a round hold the
// task's fetch quorum of stake (protocol.FetchQuorum of the first quorum's total stake at the
// reference block) and a short grace has passed (Config.FetchGrace; none once every operator
// with stake reported), httpcall.Extend derives the calls to append, and the round (its
// prefix, what it added and exactly the reports it was derived from) is stored with the
// transcript. Operators read both (GET /v1/transcripts/{id}) and recompute every round with
// protocol.VerifyTaskTranscript before they run on it, so nothing here is trusted.
//
// Locking: reports are checked and stored under task.mu like responses (accept.go), the BLS
// pairings run outside it; an extension takes task.mu only to snapshot the round and to
// install its result, and runs httpcall.Extend and the store write in between, while new
// reports of that round are answered 503 (retry: the next attempt meets the new prefix).

// defaultFetchGrace is Config.FetchGrace's default.
const defaultFetchGrace = time.Second

// divergedReason is the expiry reason of a task whose operators all reported and whose next
// requests have no quorum of stake (API.md).
const divergedReason = "operators' HTTP requests diverge: every operator with stake reported and no request reached the fetch quorum"

// fetchState is a task's fetch phase. Guarded by task.mu.
type fetchState struct {
	loaded     bool                // read from the store (begin); until then GET reads the store
	transcript httpcall.Transcript // agreed so far; replaced, never changed in place
	digest     common.Hash         // transcript.Digest()
	rounds     []protocol.TranscriptRound
	reports    map[common.Hash]protocol.Observations // the current round's reports by operator id

	verifying map[common.Hash]bool      // operators whose report is being checked
	fails     map[common.Hash]*failures // failed report checks per operator id

	extending bool // an extension is being derived and stored: new reports wait (503)
	armed     int  // 1 + the prefix length a grace timer is pending for; 0: none
	diverged  bool // every operator with stake reported and no request had a quorum (logged once)

	version uint64 // bumped when transcript or rounds change
	encoded []byte // GET /v1/transcripts body of version; nil until asked for
}

func newFetchState() fetchState {
	return fetchState{reports: map[common.Hash]protocol.Observations{}, verifying: map[common.Hash]bool{},
		fails: map[common.Hash]*failures{}}
}

// restoreFetch installs the stored fetch phase (begin, after a restart or a reopen) and
// resumes a round whose stored reports already hold the quorum. t.mu held, t.set loaded.
func (s *Service) restoreFetch(t *task, st TranscriptState) {
	f := &t.fetch
	f.transcript, f.digest, f.rounds = st.Transcript, st.Digest, st.Rounds
	f.reports = map[common.Hash]protocol.Observations{}
	for _, o := range st.Pending {
		f.reports[o.OperatorID] = o
	}
	f.loaded, f.encoded = true, nil
	f.version++
	if len(f.reports) > 0 {
		s.log.Debug().Uint32("task", t.id).Int("calls", len(f.transcript)).Int("reports", len(f.reports)).Msg("fetch phase reloaded")
		s.afterReport(t)
	}
}

// fetchWeight is an operator's weight in the fetch phase: its stake in the task's first quorum
// at the reference block; nil when it has none. t.mu held, t.set loaded.
func (t *task) fetchWeight(op common.Hash) *big.Int {
	if len(t.quorums) == 0 {
		return nil
	}
	info, ok := t.set.ops[eigentypes.OperatorId(op)]
	if !ok {
		return nil
	}
	if w := info.StakePerQuorum[t.quorums[0]]; w != nil && w.Sign() > 0 {
		return w
	}
	return nil
}

// fetchQuorum is the stake a round's requests and agreed responses need. t.mu held, t.set loaded.
func (t *task) fetchQuorum() *big.Int {
	total := new(big.Int)
	if len(t.quorums) > 0 && t.set.totals[t.quorums[0]] != nil {
		total = t.set.totals[t.quorums[0]]
	}
	return protocol.FetchQuorum(total, t.rec.Task.QuorumThresholdPercentage)
}

// fetchEligible is the stake of every operator that may report: all of the first quorum, or
// a committee task's members. t.mu held, t.set loaded.
func (t *task) fetchEligible() *big.Int {
	sum := new(big.Int)
	for id := range t.set.ops {
		op := common.Hash(id)
		if w := t.fetchWeight(op); w != nil && (t.comm == nil || t.comm.member(op)) {
			sum.Add(sum, w)
		}
	}
	return sum
}

// reportedWeight is the stake behind the current round's reports. t.mu held, t.set loaded.
func (t *task) reportedWeight() *big.Int {
	sum := new(big.Int)
	for op := range t.fetch.reports {
		if w := t.fetchWeight(op); w != nil {
			sum.Add(sum, w)
		}
	}
	return sum
}

func (s *Service) postObservations(w http.ResponseWriter, r *http.Request) {
	var o protocol.Observations
	if e := decodeBody(w, r, protocol.MaxObservationsBytes, true, &o, nil, "malformed JSON"); e != nil {
		refuse(w, s.metrics.observationsRejected, e)
		return
	}
	if e := s.acceptObservations(r.Context(), o); e != nil {
		s.log.Debug().Uint32("task", o.TaskID).Str("operator", o.OperatorID.Hex()).Int("status", e.status).Str("error", e.msg).Msg("observations rejected")
		refuse(w, s.metrics.observationsRejected, e)
		return
	}
	s.metrics.observationsAccepted.Inc()
	s.log.Debug().Uint32("task", o.TaskID).Str("operator", o.OperatorID.Hex()).Uint32("prefix", o.PrefixLen).Int("calls", len(o.Calls)).Msg("observations accepted")
	writeJSON(w, http.StatusAccepted, map[string]string{"status": "accepted"})
}

// acceptObservations runs the checks of POST /v1/observations after decoding, in the
// documented order (API.md), cheapest first; the pairings run last, outside task.mu, behind
// the verification semaphore, one at a time per (task, operator) and rate limited after
// failures. A report is stored (durably) before it counts; then the round may extend.
func (s *Service) acceptObservations(ctx context.Context, o protocol.Observations) *apiError {
	if err := o.Validate(); err != nil {
		return reject(http.StatusBadRequest, rejectMalformed, "invalid observations: %v", err)
	}
	if o.TaskHash == (common.Hash{}) {
		return reject(http.StatusBadRequest, rejectMalformed, "invalid observations: missing taskHash")
	}
	t, e := s.openTask(o.TaskID)
	if e != nil {
		return e
	}
	if o.TaskHash != t.hash {
		// As for responses (accept.go): a reorganisation one of us has not followed yet.
		return reject(http.StatusServiceUnavailable, rejectNotReady,
			"task %d: this aggregator holds other content under this id (a reorganisation not followed yet), retry shortly", t.id)
	}
	op := o.OperatorID
	t.mu.Lock()
	f := &t.fetch
	info, e := s.checkObserver(t, o)
	if e == nil {
		if f.verifying[op] {
			e = reject(http.StatusTooManyRequests, rejectBusy, "observations of operator %s for task %d are being checked", op.Hex(), t.id)
		} else if wait := f.fails[op].wait(time.Now()); wait > 0 {
			e = reject(http.StatusTooManyRequests, rejectRateLimited, "too many failed observation checks for operator %s on task %d", op.Hex(), t.id)
		}
	}
	if e != nil {
		t.mu.Unlock()
		return e
	}
	f.verifying[op] = true
	t.mu.Unlock()
	defer func() {
		t.mu.Lock()
		delete(f.verifying, op)
		t.mu.Unlock()
	}()
	failed := func(format string, args ...any) *apiError {
		t.mu.Lock()
		fl := f.fails[op]
		if fl == nil {
			fl = &failures{}
			f.fails[op] = fl
		}
		fl.fail(time.Now())
		t.mu.Unlock()
		return reject(http.StatusUnauthorized, rejectBadSignature, format, args...)
	}

	// The registered key first: no pairing for a report carrying another operator's keys.
	if !registeredG2(o.PubkeyG2, info.OperatorInfo.Pubkeys.G2Pubkey) {
		return failed("pubkeyG2 is not operator %s's registered key", op.Hex())
	}
	if !s.sigSem.acquire(ctx, queueWait) {
		return reject(http.StatusTooManyRequests, rejectBusy, "signature checks saturated, retry shortly")
	}
	s.metrics.observationChecks.Inc()
	err := o.Verify(s.chainID, s.cfg.TaskManager)
	s.sigSem.release()
	if err != nil {
		// Verify's errors are fixed sentences about the request itself.
		return failed("observations of operator %s do not verify for this task and prefix: %v", op.Hex(), err)
	}

	t.mu.Lock()
	defer t.mu.Unlock()
	// The task may have closed, been replaced or extended during the check.
	if _, e := s.checkObserver(t, o); e != nil {
		return e
	}
	switch err := s.store.AddObservations(t.id, t.hash, o); {
	case errors.Is(err, ErrDuplicateObservations):
		return reject(http.StatusConflict, rejectDuplicate, "duplicate: operator %s already reported on task %d at prefix %d", op.Hex(), t.id, o.PrefixLen)
	case errors.Is(err, ErrStalePrefix):
		return staleError(t.id, o, uint32(len(f.transcript)))
	case errors.Is(err, ErrTaskReplaced):
		return reject(http.StatusGone, rejectClosed, "task %d was replaced on chain (reorg)", t.id)
	case err != nil:
		s.log.Error().Err(err).Uint32("task", t.id).Msg("store observations")
		return reject(http.StatusInternalServerError, rejectInternalError, "internal error")
	}
	f.reports[op] = o
	s.afterReport(t)
	return nil
}

// checkObserver runs the cheap checks of a report that need the task's state: those of a
// response (checkRegistered: open, before its deadline, operator registered, drawn for a
// committee task), then stake in the first quorum, the prefix, one report per round, and no
// extension running. t.mu held.
func (s *Service) checkObserver(t *task, o protocol.Observations) (eigentypes.OperatorAvsState, *apiError) {
	op := o.OperatorID
	info, e := s.checkRegistered(t, op)
	if e != nil {
		return info, e
	}
	f := &t.fetch
	switch {
	case !f.loaded:
		return info, reject(http.StatusServiceUnavailable, rejectNotReady, "task %d: transcript not loaded yet, retry shortly", t.id)
	case t.fetchWeight(op) == nil:
		return info, reject(http.StatusForbidden, rejectUnknownOp, "operator %s has no stake in the first quorum of task %d, which weighs its fetch phase",
			op.Hex(), t.id)
	case o.PrefixLen != uint32(len(f.transcript)) || o.PrefixDigest != f.digest:
		return info, staleError(t.id, o, uint32(len(f.transcript)))
	}
	if prev, dup := f.reports[op]; dup {
		if prev.Signature == o.Signature {
			return info, reject(http.StatusConflict, rejectDuplicate, "duplicate: operator %s already reported on task %d at prefix %d", op.Hex(), t.id, o.PrefixLen)
		}
		return info, reject(http.StatusConflict, rejectDuplicate, "operator %s already sent different observations for task %d at prefix %d (the first one stands)",
			op.Hex(), t.id, o.PrefixLen)
	}
	if f.extending {
		return info, reject(http.StatusServiceUnavailable, rejectBusy, "task %d: the transcript is being extended, retry shortly", t.id)
	}
	return info, nil
}

func staleError(id uint32, o protocol.Observations, agreed uint32) *apiError {
	return reject(http.StatusConflict, rejectStalePrefix,
		"observations of task %d extend a prefix of %d calls that is not its agreed transcript (%d calls): GET /v1/transcripts/%d and run again from it",
		id, o.PrefixLen, agreed, id)
}

// registeredG2 reports whether j encodes p, the operator's registered key.
func registeredG2(j protocol.G2JSON, p *bls.G2Point) bool {
	if p == nil {
		return false
	}
	want := protocol.G2JSONOf(p)
	got := [4]string{j.X[0], j.X[1], j.Y[0], j.Y[1]}
	for i, w := range [4]string{want.X[0], want.X[1], want.Y[0], want.Y[1]} {
		if len(got[i]) > 100 { // a field element has at most 77 digits
			return false
		}
		a, ok := new(big.Int).SetString(got[i], 10)
		b, _ := new(big.Int).SetString(w, 10)
		if !ok || a.Cmp(b) != 0 {
			return false
		}
	}
	return true
}

// afterReport starts an extension when the current round's reports hold the fetch quorum: at
// once if every operator that may report did, else after the grace. t.mu held.
func (s *Service) afterReport(t *task) {
	f := &t.fetch
	if t.set == nil || len(f.reports) == 0 || f.extending {
		return
	}
	reported := t.reportedWeight()
	if reported.Cmp(t.fetchQuorum()) < 0 {
		return
	}
	n := len(f.transcript)
	if reported.Cmp(t.fetchEligible()) >= 0 {
		s.goExtend(t, n, 0)
		return
	}
	if f.armed != n+1 {
		f.armed = n + 1
		s.goExtend(t, n, s.cfg.FetchGrace)
	}
}

// goExtend extends t's transcript from prefix after a delay, in a goroutine of the Service:
// it ends with the Service, and does nothing for a task that closed, was replaced or moved on
// meanwhile. t.mu held (for t.hash only).
func (s *Service) goExtend(t *task, prefix int, after time.Duration) {
	ctx, hash := s.runCtx, t.hash
	s.wg.Go(func() {
		if after > 0 && !backoff.Sleep(ctx, after) {
			return
		}
		if ctx.Err() == nil {
			s.extend(ctx, t, hash, prefix)
		}
	})
}

// errCaps marks an extension that would break the transcript's caps.
var errCaps = errors.New("the extended transcript would exceed its caps")

// extend derives the next calls of t's transcript from the reports of the round at prefix and
// stores the round. Reports are passed to Extend (and stored in the round) sorted by operator id,
// so the round is canonical.
func (s *Service) extend(ctx context.Context, t *task, hash common.Hash, prefix int) {
	// Settled tasks leave s.tasks; a reorg puts another task object there.
	if s.task(t.id) != t || t.hash != hash {
		return
	}
	t.mu.Lock()
	f := &t.fetch
	if f.armed == prefix+1 {
		f.armed = 0
	}
	if t.phase.settling() || t.reached || t.set == nil || !f.loaded || f.extending || len(f.transcript) != prefix || len(f.reports) == 0 {
		t.mu.Unlock()
		return
	}
	ops := make([]common.Hash, 0, len(f.reports))
	for op := range f.reports {
		ops = append(ops, op)
	}
	slices.SortFunc(ops, func(a, b common.Hash) int { return bytes.Compare(a[:], b[:]) })
	used := make([]protocol.Observations, 0, len(ops))
	reports := make([]httpcall.Report, 0, len(ops))
	for _, op := range ops {
		w := t.fetchWeight(op)
		if w == nil {
			continue // checked on receipt; cannot happen
		}
		used = append(used, f.reports[op])
		reports = append(reports, httpcall.Report{Weight: new(big.Int).Set(w), Calls: f.reports[op].Calls})
	}
	quorum, everyone := t.fetchQuorum(), t.reportedWeight().Cmp(t.fetchEligible()) >= 0
	base, baseDigest := f.transcript, f.digest
	f.extending = true
	t.mu.Unlock()

	// Outside the lock: Extend hashes every reported body, and the round is written to disk.
	var full httpcall.Transcript
	var digest common.Hash
	round := protocol.TranscriptRound{PrefixLen: uint32(prefix), Reports: used}
	added, err := httpcall.Extend(reports, quorum)
	if err == nil {
		full = slices.Concat(base, added)
		if verr := full.Validate(); verr != nil {
			err = fmt.Errorf("%w: %v", errCaps, verr)
		}
	}
	if err == nil {
		round.Added, digest = uint32(len(added)), common.Hash(full.Digest())
		err = s.store.AppendTranscriptRound(t.id, hash, baseDigest, added, digest, round)
	}

	t.mu.Lock()
	defer t.mu.Unlock()
	f.extending = false
	log := s.log.With().Uint32("task", t.id).Int("prefix", prefix).Int("reports", len(used)).Logger()
	switch {
	case err == nil:
		f.transcript, f.digest, f.rounds = full, digest, append(f.rounds, round)
		f.reports = map[common.Hash]protocol.Observations{}
		f.version++
		f.encoded = nil
		s.metrics.transcriptRounds.Inc()
		log.Info().Int("added", len(added)).Int("calls", len(full)).Str("digest", digest.Hex()).Msg("fetch phase: transcript extended")
	case errors.Is(err, httpcall.ErrNoQuorum):
		if !everyone {
			log.Debug().Msg("fetch phase: no quorum behind the next request yet; waiting for more reports")
			return
		}
		if !f.diverged {
			f.diverged = true
			log.Warn().Msg("fetch phase: every operator with stake reported and their next requests diverge; the task will expire")
			if t.lateReason == "" {
				t.lateReason = divergedReason
			}
		}
	case errors.Is(err, errCaps):
		log.Error().Err(err).Msg("fetch phase: extension refused")
	case errors.Is(err, ErrTaskReplaced) || errors.Is(err, ErrStalePrefix):
		log.Info().Err(err).Msg("fetch phase: extension dropped")
	default:
		// A store failure: the reports are still held (and stored); try again later.
		log.Error().Err(err).Msg("fetch phase: store transcript round")
		if f.armed != prefix+1 && ctx.Err() == nil {
			f.armed = prefix + 1
			s.goExtend(t, prefix, max(s.cfg.FetchGrace, time.Second))
		}
	}
}

func (s *Service) getTranscript(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseUint(r.PathValue("id"), 10, 32)
	if err != nil {
		writeError(w, reject(http.StatusBadRequest, rejectMalformed, "task id %q is not a uint32", r.PathValue("id")))
		return
	}
	body, ok, err := s.transcriptBody(uint32(id))
	switch {
	case err != nil:
		s.log.Error().Err(err).Uint64("task", id).Msg("task transcript")
		writeError(w, reject(http.StatusInternalServerError, rejectInternalError, "internal error"))
	case !ok:
		writeError(w, reject(http.StatusNotFound, rejectUnknownTask, "unknown task %d", id))
	default:
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write(body)
	}
}

// transcriptBody is the JSON of GET /v1/transcripts/{id}: from memory for a task being worked
// on (encoded once per extension: operators poll it), from the store otherwise.
func (s *Service) transcriptBody(id uint32) ([]byte, bool, error) {
	if t := s.task(id); t != nil {
		t.mu.Lock()
		f := &t.fetch
		if f.loaded {
			if b := f.encoded; b != nil {
				t.mu.Unlock()
				return b, true, nil
			}
			// Slices are replaced or appended to, never changed in place: encoding a
			// snapshot outside the lock is safe.
			tt := protocol.TaskTranscript{TaskID: t.id, TaskHash: t.hash, Transcript: f.transcript, Digest: f.digest, Rounds: f.rounds}
			version := f.version
			t.mu.Unlock()
			b, err := encodeTranscript(tt)
			if err != nil {
				return nil, false, err
			}
			t.mu.Lock()
			if f.version == version {
				f.encoded = b
			}
			t.mu.Unlock()
			return b, true, nil
		}
		t.mu.Unlock()
	}
	rec, ok, err := s.store.Task(id)
	if err != nil || !ok {
		return nil, false, err
	}
	st, err := s.store.Transcript(id)
	if err != nil {
		return nil, false, err
	}
	b, err := encodeTranscript(protocol.TaskTranscript{TaskID: id, TaskHash: s.store.hashOf(rec), Transcript: st.Transcript,
		Digest: st.Digest, Rounds: st.Rounds})
	return b, err == nil, err
}

// encodeTranscript writes empty lists as [] rather than null.
func encodeTranscript(tt protocol.TaskTranscript) ([]byte, error) {
	if tt.Transcript == nil {
		tt.Transcript = httpcall.Transcript{}
	}
	if tt.Rounds == nil {
		tt.Rounds = []protocol.TranscriptRound{}
	}
	b, err := json.Marshal(tt)
	if err != nil {
		return nil, fmt.Errorf("encode transcript of task %d: %w", tt.TaskID, err)
	}
	return append(b, '\n'), nil
}
