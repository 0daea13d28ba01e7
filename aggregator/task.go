package aggregator

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"

	eigentypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum/common"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/internal/backoff"
	"github.com/blockless/avs/protocol/onchain"
)

// task is the in-memory state of a task being worked on. All fields are guarded by mu.
type task struct {
	id         uint32
	hash       common.Hash // with id, the task's identity (a reorg can re-use an id)
	quorums    eigentypes.QuorumNums
	thresholds eigentypes.QuorumThresholdPercentages

	mu        sync.Mutex
	rec       TaskRecord
	set       *operatorSet // operators at the reference block; nil until loaded
	pinned    bool
	setupErr  string
	responses []StoredResponse
	byOp      map[common.Hash]common.Hash // operator id -> digest of its stored response
	verifying map[common.Hash]bool        // operator ids whose signature is being checked
	fails     map[common.Hash]*failures   // failed signature checks per operator id
	tallies   tallies                     // per response digest, for the current round
	comm      *committeeDraw              // committee tasks: table and seed (committee.go); nil otherwise

	zkMode        int // 0 unknown, zkNo, zkYes (from getTask's zkVerifier, read once)
	proofBusy     bool
	proofFails    failures
	refusedProofs map[[32]byte]bool // proofs (proofKey) the TaskManager reverted

	phase    phase     // where the task is in its life (phase.go)
	aggID    uint32    // blsagg task index of the current round
	closesAt time.Time // wall-clock end of forwarding for the round
	reached  bool      // a digest reached the threshold in the current round
	rounds   int       // rounds started

	submitErr  string
	lateReason string // why a submission ended at the deadline, or why the fetch phase stopped (expiry reason)
	noBatch    bool   // a batch holding it failed: its next certificate goes alone

	fetch  fetchState // fetch phase of a function that makes HTTP calls (fetchphase.go)
	shares shareRelay // decryption shares operators relay to each other (shares.go)
}

const (
	zkNo  = 1
	zkYes = 2
)

func newTask(rec TaskRecord) *task {
	t := &task{id: rec.ID, hash: rec.TaskHash, rec: rec, byOp: map[common.Hash]common.Hash{},
		verifying: map[common.Hash]bool{}, fails: map[common.Hash]*failures{}, fetch: newFetchState()}
	for _, q := range rec.Task.QuorumNumbers {
		t.quorums = append(t.quorums, eigentypes.QuorumNum(q))
		// TaskManager applies one threshold to every quorum of a task.
		t.thresholds = append(t.thresholds, eigentypes.QuorumThresholdPercentage(rec.Task.QuorumThresholdPercentage))
	}
	return t
}

// track starts working on a pending task. A tracked task with the same id and another hash
// was replaced on chain by a reorg: it is retired first (see retire).
func (s *Service) track(ctx context.Context, rec TaskRecord) {
	if rec.TaskHash == (common.Hash{}) { // stored before records carried their hash
		if h, err := s.codec.TaskHash(rec.Task); err == nil {
			rec.TaskHash = h
		}
	}
	t := newTask(rec)
	s.mu.Lock()
	old := s.tasks[rec.ID]
	if old != nil && old.hash == rec.TaskHash {
		s.mu.Unlock()
		return
	}
	s.tasks[rec.ID] = t
	s.mu.Unlock()
	if old != nil {
		s.retire(old)
	} else {
		s.metrics.pending.Inc()
	}
	s.wg.Go(func() { s.setup(ctx, t) })
}

// retire forgets a task that a reorg replaced: its signatures can never verify against the
// new task's digest and it can no longer be answered or expired on chain. Whatever is still
// running for it (a blsagg round, a submission) finds it done; its round's result is ignored
// because the task index no longer maps to it.
func (s *Service) retire(t *task) {
	t.mu.Lock()
	t.phase = phaseDone
	// In memory only (the store holds the new task): requests still holding t are told why.
	t.rec.State, t.rec.Reason = StateExpired, "replaced on chain by another task with the same id (reorg)"
	if t.pinned {
		s.registry.unpin(t.quorums, t.rec.Task.ReferenceBlock)
		t.pinned = false
	}
	t.mu.Unlock()
	s.log.Warn().Uint32("task", t.id).Str("oldHash", t.hash.Hex()).Msg("task replaced on chain by another task with the same id (reorg); its responses are dropped")
}

func (s *Service) task(id uint32) *task {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.tasks[id]
}

// replacedOnChain reports whether the chain holds another task under t's id: a reorg replaced
// it (the new TaskCreated replaces it here too once it is confirmed).
func replacedOnChain(t *task, rec taskmanager.ITaskManagerTaskRecord) bool {
	return chainState(rec) != onchain.TaskNone && t.hash != (common.Hash{}) && common.Hash(rec.TaskHash) != t.hash
}

// settleIfDecided finishes t when the chain already decided it without us: another task under
// its id (a reorganisation) or an answer sent by someone else. It reports whether t finished.
func (s *Service) settleIfDecided(ctx context.Context, t *task, rec taskmanager.ITaskManagerTaskRecord) bool {
	switch {
	case replacedOnChain(t, rec):
		s.finishReplaced(t)
	case chainState(rec) == onchain.TaskResponded:
		s.finishAnsweredElsewhere(ctx, t)
	default:
		return false
	}
	return true
}

// setup settles tasks that a restart finds already decided on chain, loads the operator set
// at the task's reference block (retrying), then starts the first aggregation round and
// replays the responses stored before a restart.
func (s *Service) setup(ctx context.Context, t *task) {
	log := s.log.With().Uint32("task", t.id).Logger()
	retry := backoff.New(s.retryBase/2, 15*time.Second)
	for ctx.Err() == nil {
		if rec, err := s.chain.GetTask(ctx, t.id); err == nil {
			switch {
			case s.settleIfDecided(ctx, t, rec):
				return
			case chainState(rec) == onchain.TaskExpired:
				s.finishExpired(t, "expired on chain", common.Hash{})
				return
			}
		}
		var err error
		if t.rec.Task.CommitteeSize > 0 && t.comm == nil {
			var d *committeeDraw
			if d, err = s.loadCommittee(ctx, t.rec.Task, t.hash); err == nil {
				t.mu.Lock()
				t.comm = d
				t.mu.Unlock()
			}
		}
		var set operatorSet
		if err == nil {
			set, err = s.registry.fetch(ctx, t.quorums, t.rec.Task.ReferenceBlock)
		}
		if err == nil {
			err = s.begin(t, set)
			if err == nil {
				return
			}
		}
		if errors.Is(err, errSeedNotMined) {
			if !backoff.Sleep(ctx, s.cfg.PollInterval) {
				return
			}
			continue
		}
		t.mu.Lock()
		t.setupErr = err.Error()
		done := t.phase == phaseDone
		t.mu.Unlock()
		if done {
			return
		}
		wait := retry.Next()
		log.Warn().Err(err).Dur("retryIn", wait).Msg("task setup")
		if !backoff.Sleep(ctx, wait) {
			return
		}
	}
}

// begin installs the operator set and starts the first round with the stored responses,
// read under t.mu so none accepted meanwhile is missed; the fetch phase's transcript and
// pending reports are reloaded with them.
func (s *Service) begin(t *task, set operatorSet) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.phase == phaseDone {
		return nil
	}
	stored, err := s.store.Responses(t.id)
	if err != nil {
		return fmt.Errorf("read stored responses: %w", err)
	}
	transcript, err := s.store.Transcript(t.id)
	if err != nil {
		return fmt.Errorf("read stored transcript: %w", err)
	}
	t.set, t.setupErr, t.responses = &set, "", stored
	for _, r := range stored {
		t.byOp[r.Response.OperatorID] = r.Digest
	}
	s.restoreFetch(t, transcript)
	if !t.pinned {
		s.registry.pin(t.quorums, t.rec.Task.ReferenceBlock, set)
		t.pinned = true
	}
	if t.phase != phaseLoading {
		// An expiry or a proof submission started while the set was loading: a round could
		// only race it (and a second expiry would start once the round reported back).
		return nil
	}
	if t.comm != nil {
		s.startCommittee(t)
		return nil
	}
	if err := s.startRound(t); err != nil {
		return err
	}
	s.log.Debug().Uint32("task", t.id).Int("operators", len(set.ops)).Int("replayed", len(stored)).Msg("aggregation started")
	return nil
}

// rule is the task's certification rule over its operator set. t.mu held, t.set loaded.
func (t *task) rule() thresholdRule {
	return thresholdRule{quorums: t.quorums, percentages: t.thresholds, totals: t.set.totals}
}

func (t *task) isDone() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.phase == phaseDone
}

// resultSummary groups a task's responses by digest, most signers first.
type resultSummary struct {
	Digest       common.Hash `json:"digest"`
	Status       uint8       `json:"status"`
	OutputDigest common.Hash `json:"outputDigest"`
	// TranscriptDigest: the agreed HTTP transcript the result was computed on (zero: none).
	TranscriptDigest common.Hash   `json:"transcriptDigest,omitempty"`
	Signers          int           `json:"signers"`
	Operators        []common.Hash `json:"operators"`
}

func summarize(rs []StoredResponse) []resultSummary {
	by := map[common.Hash]*resultSummary{}
	var order []common.Hash
	for _, r := range rs {
		g := by[r.Digest]
		if g == nil {
			g = &resultSummary{Digest: r.Digest, Status: r.Response.Status, OutputDigest: r.Response.OutputDigest,
				TranscriptDigest: r.Response.TranscriptDigest}
			by[r.Digest] = g
			order = append(order, r.Digest)
		}
		g.Signers++
		g.Operators = append(g.Operators, r.Response.OperatorID)
	}
	out := make([]resultSummary, 0, len(order))
	for _, d := range order {
		out = append(out, *by[d])
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Signers > out[j].Signers })
	return out
}
