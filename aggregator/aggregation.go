package aggregator

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"sort"
	"sync"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	blsagg "github.com/Layr-Labs/eigensdk-go/services/bls_aggregation"
	eigentypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/internal/backoff"
	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/protocol/onchain"
)

// roundMargin is how long before eigensdk-go's wall-clock expiry of a round the aggregator
// stops forwarding signatures to it (see doc.go: a signature racing the expiry would wedge
// blsagg's dispatch loop).
const roundMargin = 5 * time.Second

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
	tallies   map[common.Hash]*tally      // per response digest, for the current round

	zkMode     int // 0 unknown, zkNo, zkYes (from getTask's zkVerifier, read once)
	proofBusy  bool
	proofFails failures

	aggID     uint32    // blsagg task index of the current round
	aggActive bool      // a round exists and has not reported back
	live      bool      // signatures may be forwarded to the round
	closesAt  time.Time // wall-clock end of forwarding for the round
	reached   bool      // a digest reached the threshold
	rounds    int       // rounds started

	submitting bool
	submitErr  string
	lateReason string // why a submission ended at the deadline (expiry reason)
	expiring   bool
	done       bool
}

const (
	zkNo  = 1
	zkYes = 2
)

type tally struct {
	stake   map[eigentypes.QuorumNum]*big.Int
	signers int
}

func newTask(rec TaskRecord) *task {
	t := &task{id: rec.ID, hash: rec.TaskHash, rec: rec, byOp: map[common.Hash]common.Hash{},
		verifying: map[common.Hash]bool{}, fails: map[common.Hash]*failures{}}
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
	t.done, t.live = true, false
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

// finishReplaced ends a task the chain no longer has: no expireTask (it would revert with
// TaskMismatch), no retries.
func (s *Service) finishReplaced(t *task) {
	_ = s.finishExpired(t, "replaced on chain by another task with the same id (reorg)", common.Hash{})
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
			case replacedOnChain(t, rec):
				s.finishReplaced(t)
				return
			case chainState(rec) == onchain.TaskResponded:
				s.finishAnsweredElsewhere(ctx, t)
				return
			case chainState(rec) == onchain.TaskExpired:
				s.finishExpired(t, "expired on chain", common.Hash{})
				return
			}
		}
		set, err := s.registry.fetch(ctx, t.quorums, t.rec.Task.ReferenceBlock)
		if err == nil {
			err = s.begin(t, set)
			if err == nil {
				return
			}
		}
		t.mu.Lock()
		t.setupErr = err.Error()
		done := t.done
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
// read under t.mu so none accepted meanwhile is missed.
func (s *Service) begin(t *task, set operatorSet) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.done {
		return nil
	}
	stored, err := s.store.Responses(t.id)
	if err != nil {
		return err
	}
	t.set, t.setupErr, t.responses = &set, "", stored
	for _, r := range stored {
		t.byOp[r.Response.OperatorID] = r.Digest
	}
	if !t.pinned {
		s.registry.pin(t.quorums, t.rec.Task.ReferenceBlock, set)
		t.pinned = true
	}
	if err := s.startRound(t); err != nil {
		return err
	}
	s.log.Debug().Uint32("task", t.id).Int("operators", len(set.ops)).Int("replayed", len(stored)).Msg("aggregation started")
	return nil
}

// startRound starts a blsagg round for t and forwards every stored response to it. t.mu held.
//
// A task may need several rounds: eigensdk-go expires a round on a wall-clock timer, while the
// task's deadline is in blocks; when a round ends without a certificate and the deadline block
// is still ahead, a new round (under a fresh blsagg index) replays what was received.
func (s *Service) startRound(t *task) error {
	ttl := s.roundTTL(t.rec.Task.DeadlineBlock)
	s.mu.Lock()
	id := t.id
	if _, used := s.aggTasks[id]; used {
		id = s.nextAgg
		s.nextAgg++
	}
	s.aggTasks[id] = t.id
	s.mu.Unlock()
	meta := blsagg.NewTaskMetadata(id, t.rec.Task.ReferenceBlock, t.quorums, t.thresholds, ttl)
	if err := s.bls.InitializeNewTask(meta); err != nil {
		return fmt.Errorf("initialize aggregation: %w", err)
	}
	t.aggID, t.aggActive, t.live, t.reached = id, true, true, false
	t.rounds++
	t.closesAt = time.Now().Add(ttl - roundMargin)
	t.tallies = map[common.Hash]*tally{}
	for _, r := range t.responses {
		s.forward(t, r)
	}
	return nil
}

// roundTTL turns the blocks left until the deadline into a wall-clock lifetime for a round,
// using the configured block time estimate, never below MinAggregationTTL.
func (s *Service) roundTTL(deadline uint32) time.Duration {
	blocks := int64(deadline) - int64(s.head.Load()) + 1
	ttl := time.Duration(max(blocks, 1))*s.cfg.BlockTime + roundMargin
	return max(ttl, s.cfg.MinAggregationTTL, 3*roundMargin)
}

// forward hands a verified response to the current round and keeps our own stake tally, so
// we know exactly when blsagg reaches the threshold and stop feeding it. t.mu held.
func (s *Service) forward(t *task, r StoredResponse) {
	if !t.live {
		return
	}
	if time.Now().After(t.closesAt) {
		t.live = false
		return
	}
	p, err := r.Response.Signature.Point()
	if err != nil {
		return // validated on receipt; cannot happen for stored responses
	}
	st := signedTask{task: t.rec.Task, response: r.Response.Response()}
	op := eigentypes.OperatorId(r.Response.OperatorID)
	// Background, not a request context: blsagg answers on an unbuffered channel, and a caller
	// that stopped listening would leave the task's aggregation goroutine blocked for good.
	if err := s.bls.ProcessNewSignature(context.Background(), blsagg.NewTaskSignature(t.aggID, st, &bls.Signature{G1Point: p}, op)); err != nil {
		s.log.Warn().Err(err).Uint32("task", t.id).Str("operator", r.Response.OperatorID.Hex()).Msg("aggregation refused a verified signature")
		return
	}
	tl := t.tallies[r.Digest]
	if tl == nil {
		tl = &tally{stake: map[eigentypes.QuorumNum]*big.Int{}}
		t.tallies[r.Digest] = tl
	}
	tl.signers++
	for q, stake := range t.set.ops[op].StakePerQuorum {
		if tl.stake[q] == nil {
			tl.stake[q] = new(big.Int)
		}
		tl.stake[q].Add(tl.stake[q], stake)
	}
	if s.thresholdMet(t, tl) {
		// blsagg now sends this digest's certificate; any later signature (possibly for
		// another digest) would race its goroutine's exit, and is not needed.
		t.live, t.reached = false, true
		s.log.Info().Uint32("task", t.id).Str("digest", r.Digest.Hex()).Int("signers", tl.signers).Msg("threshold reached")
	}
}

// thresholdMet is blsagg's rule: signed*100 >= total*threshold in every quorum of the task.
func (s *Service) thresholdMet(t *task, tl *tally) bool {
	for i, q := range t.quorums {
		signed, total := tl.stake[q], t.set.totals[q]
		if signed == nil || total == nil {
			return false
		}
		lhs := new(big.Int).Mul(signed, big.NewInt(100))
		rhs := new(big.Int).Mul(total, big.NewInt(int64(t.thresholds[i])))
		if lhs.Cmp(rhs) < 0 {
			return false
		}
	}
	return true
}

// handleResult acts on what blsagg reports: a certificate to submit, or a round that ended
// without one.
func (s *Service) handleResult(ctx context.Context, r blsagg.BlsAggregationServiceResponse) {
	s.mu.Lock()
	id, ok := s.aggTasks[r.TaskIndex]
	t := s.tasks[id]
	s.mu.Unlock()
	if !ok || t == nil {
		return // the task finished meanwhile
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.done || t.expiring || !t.aggActive || r.TaskIndex != t.aggID {
		return // a stale round (e.g. blsagg's expiry notice after its certificate)
	}
	t.aggActive, t.live = false, false
	log := s.log.With().Uint32("task", t.id).Logger()
	if r.Err != nil {
		if t.submitting || uint64(t.rec.Task.DeadlineBlock) <= s.head.Load() {
			return // the head loop settles it
		}
		log.Info().Err(r.Err).Msg("aggregation round ended without a certificate; starting another")
		s.wg.Go(func() {
			if !backoff.Sleep(ctx, time.Second) {
				return
			}
			t.mu.Lock()
			defer t.mu.Unlock()
			if t.done || t.aggActive || t.submitting {
				return
			}
			if err := s.startRound(t); err != nil {
				t.setupErr = err.Error()
				log.Error().Err(err).Msg("restart aggregation")
			}
		})
		return
	}
	cert, err := CertificateFromAggregation(r)
	st, ok := r.TaskResponse.(signedTask)
	if err != nil || !ok {
		log.Error().Err(err).Msg("unusable aggregation result")
		return
	}
	t.submitting = true
	digest := common.Hash(r.TaskResponseDigest)
	log.Info().Str("digest", digest.Hex()).Int("nonSigners", len(cert.NonSignerPubkeys)).Msg("certificate ready")
	s.wg.Go(func() { s.submit(ctx, t, st.response, digest, cert) })
}

// submit sends respondToTask until it lands, the task is settled some other way, the contract
// refuses the certificate for good, or the deadline passes (then the task goes to expire, which
// calls expireTask). RPC trouble is retried with backoff, logged once per step.
func (s *Service) submit(ctx context.Context, t *task, resp protocol.Response, digest common.Hash, cert protocol.Certificate) {
	log := s.log.With().Uint32("task", t.id).Logger()
	var prev *types.Transaction
	retry := backoff.New(s.retryBase, 15*time.Second)
	for ctx.Err() == nil {
		if t.isDone() {
			return
		}
		tx, receipt, err := s.sub.respond(ctx, t.rec.Task, resp, cert, prev)
		if tx != nil {
			prev = tx
			t.mu.Lock()
			t.rec.ResponseTx = tx.Hash()
			t.rec.UpdatedAt = time.Now().UTC()
			rec := t.rec
			t.mu.Unlock()
			if perr := s.store.UpdateTask(rec); perr != nil && !errors.Is(perr, ErrTaskReplaced) {
				log.Error().Err(perr).Msg("persist response tx")
			}
		}
		if err == nil {
			s.finishAnswered(ctx, t, receipt, digest)
			return
		}
		if ctx.Err() != nil {
			return // a restart finds the outcome on chain
		}
		switch outcomeOf(err) {
		case outcomeAlreadyDone:
			s.finishAnsweredElsewhere(ctx, t)
			return
		case outcomeTooLate:
			s.submitLate(ctx, t, "response not mined before the deadline: "+publicError(err))
			return
		case outcomeMismatch:
			// The chain holds other content under this id: retrying cannot help.
			log.Warn().Err(err).Msg("respondToTask: task replaced on chain (reorg)")
			s.finishReplaced(t)
			return
		case outcomePermanent:
			log.Error().Err(err).Msg("respondToTask refused")
			t.mu.Lock()
			t.submitting, t.submitErr = false, publicError(err)
			t.mu.Unlock()
			return
		}
		wait := retry.Next()
		log.Warn().Err(err).Dur("retryIn", wait).Msg("respondToTask")
		// A retry may follow a transaction that did land (e.g. "nonce too low" after a lost receipt).
		if rec, cerr := s.chain.GetTask(ctx, t.id); cerr == nil {
			switch {
			case replacedOnChain(t, rec):
				s.finishReplaced(t)
				return
			case chainState(rec) == onchain.TaskResponded:
				s.finishAnsweredElsewhere(ctx, t)
				return
			}
		}
		// Past the deadline no respondToTask can land any more, pending replacement or not.
		if uint64(t.rec.Task.DeadlineBlock) <= s.head.Load() {
			// The error text (RPC addresses and all) stays in the logs.
			s.submitLate(ctx, t, "deadline passed while submitting: the last attempt failed (see the aggregator's logs)")
			return
		}
		if !backoff.Sleep(ctx, wait) {
			return
		}
	}
}

// submitLate hands a task whose submission missed the deadline to expire (expireTask refunds
// the requester), unless the head loop already did.
func (s *Service) submitLate(ctx context.Context, t *task, reason string) {
	t.mu.Lock()
	if t.done || t.expiring {
		t.mu.Unlock()
		return
	}
	t.submitting, t.expiring, t.live, t.lateReason = false, true, false, reason
	t.mu.Unlock()
	s.expire(ctx, t)
}

func (t *task) isDone() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.done
}

// finishAnswered records our mined response.
func (s *Service) finishAnswered(ctx context.Context, t *task, r *types.Receipt, digest common.Hash) {
	t.mu.Lock()
	if t.done {
		t.mu.Unlock()
		return
	}
	t.rec.State, t.rec.Reason = StateAnswered, ""
	t.rec.ResponseTx, t.rec.ResponseDigest = r.TxHash, digest
	t.rec.RespondedBlock = r.BlockNumber.Uint64()
	created := t.rec.CreatedBlock
	t.mu.Unlock()
	if !s.settle(t) {
		return
	}
	s.watchOutcome(ctx, t, r.BlockNumber.Uint64(), r.BlockHash)
	s.metrics.tasksAnswered.Inc()
	s.metrics.respondGas.Observe(float64(r.GasUsed))
	s.observeLatency(ctx, created, r.BlockNumber.Uint64())
	s.log.Info().Uint32("task", t.id).Str("tx", r.TxHash.Hex()).Uint64("block", r.BlockNumber.Uint64()).Uint64("gas", r.GasUsed).Msg("task answered")
}

// finishAnsweredElsewhere records a response found on chain (sent by another submitter, or
// by this aggregator before a restart).
func (s *Service) finishAnsweredElsewhere(ctx context.Context, t *task) {
	t.mu.Lock()
	created, ours := t.rec.CreatedBlock, t.rec.ResponseTx
	t.mu.Unlock()
	txh, block, digest, err := s.chain.FindResponse(ctx, t.id, created)
	t.mu.Lock()
	if t.done {
		t.mu.Unlock()
		return
	}
	t.rec.State = StateAnswered
	switch {
	case err != nil:
		s.log.Warn().Err(err).Uint32("task", t.id).Msg("TaskResponded event")
		t.rec.Reason = "answered on chain (response transaction not found)"
	case txh == ours:
		t.rec.Reason = ""
	default:
		t.rec.Reason = "answered on chain by another transaction"
	}
	if err == nil {
		t.rec.ResponseTx, t.rec.RespondedBlock, t.rec.ResponseDigest = txh, block, digest
	}
	t.mu.Unlock()
	if !s.settle(t) {
		return
	}
	s.metrics.tasksAnswered.Inc()
	if err == nil {
		s.watchOutcome(ctx, t, block, common.Hash{})
		s.observeLatency(ctx, created, block)
	}
	s.log.Info().Uint32("task", t.id).Str("tx", txh.Hex()).Msg("task found answered on chain")
}

// finishExpired records an expiry; it reports whether this call settled the task.
func (s *Service) finishExpired(t *task, reason string, expireTx common.Hash) bool {
	t.mu.Lock()
	if t.done {
		t.mu.Unlock()
		return false
	}
	t.rec.State, t.rec.Reason, t.rec.ExpireTx = StateExpired, reason, expireTx
	t.mu.Unlock()
	if !s.settle(t) {
		return false
	}
	s.metrics.tasksExpired.Inc()
	s.log.Info().Uint32("task", t.id).Str("reason", reason).Msg("task expired")
	return true
}

// settle persists a final record and forgets the task. It returns false when the task was
// already settled or retired (a reorg replaced it): then nothing is written, so an outcome of
// the old task never overwrites the new one.
func (s *Service) settle(t *task) bool {
	t.mu.Lock()
	if t.done {
		t.mu.Unlock()
		return false
	}
	t.done, t.live = true, false
	t.rec.UpdatedAt = time.Now().UTC()
	rec := t.rec
	if t.pinned {
		s.registry.unpin(t.quorums, t.rec.Task.ReferenceBlock)
		t.pinned = false
	}
	t.mu.Unlock()
	if err := s.store.UpdateTask(rec); errors.Is(err, ErrTaskReplaced) {
		s.log.Info().Uint32("task", t.id).Msg("outcome of a task replaced by a reorg not recorded")
	} else if err != nil {
		s.log.Error().Err(err).Uint32("task", t.id).Msg("persist final task state")
	}
	s.mu.Lock()
	current := s.tasks[t.id] == t
	if current {
		delete(s.tasks, t.id)
	}
	s.mu.Unlock()
	if current {
		s.metrics.pending.Dec()
	}
	return true
}

func (s *Service) observeLatency(ctx context.Context, created, mined uint64) {
	if mined < created {
		return
	}
	s.metrics.latencyBlocks.Observe(float64(mined - created))
	t1, err1 := s.chain.BlockTime(ctx, created)
	t2, err2 := s.chain.BlockTime(ctx, mined)
	if err1 == nil && err2 == nil && t2 >= t1 {
		s.metrics.latencySeconds.Observe(float64(t2 - t1))
	}
}

// expireDue starts expiry of every task whose deadline block the head has reached.
func (s *Service) expireDue(ctx context.Context, head uint64) {
	s.mu.Lock()
	var due []*task
	for _, t := range s.tasks {
		due = append(due, t)
	}
	s.mu.Unlock()
	for _, t := range due {
		t.mu.Lock()
		ok := !t.done && !t.submitting && !t.expiring && uint64(t.rec.Task.DeadlineBlock) <= head
		if ok {
			t.expiring = true
			t.live = false
		}
		t.mu.Unlock()
		if ok {
			s.wg.Go(func() { s.expire(ctx, t) })
		}
	}
}

// expire settles a task past its deadline: answered if the chain says so, otherwise expired
// with the reason, calling expireTask when configured (it refunds the requester). RPC trouble
// is retried with backoff until the chain answers (or the service stops: the task is still
// pending in the store, so a restart expires it); only a definite refusal expires it locally.
func (s *Service) expire(ctx context.Context, t *task) {
	log := s.log.With().Uint32("task", t.id).Logger()
	retry := backoff.New(s.retryBase, time.Minute)
	for {
		onChain, err := s.chain.GetTask(ctx, t.id)
		if err == nil {
			switch {
			case replacedOnChain(t, onChain):
				s.finishReplaced(t)
				return
			case chainState(onChain) == onchain.TaskResponded:
				s.finishAnsweredElsewhere(ctx, t)
				return
			}
		}
		t.mu.Lock()
		reason := t.expiryReason()
		t.mu.Unlock()
		if err == nil && chainState(onChain) == onchain.TaskExpired {
			s.finishExpired(t, reason+" (expired on chain by another account)", common.Hash{})
			return
		}
		if !s.cfg.ExpireTasks {
			s.finishExpired(t, reason, common.Hash{})
			return
		}
		tx, receipt, xerr := s.sub.expire(ctx, t.id, t.rec.Task)
		if xerr == nil {
			if s.finishExpired(t, reason, tx.Hash()) && receipt != nil {
				s.watchOutcome(ctx, t, receipt.BlockNumber.Uint64(), receipt.BlockHash)
			}
			return
		}
		if ctx.Err() != nil {
			t.mu.Lock()
			t.expiring = false // retried after a restart
			t.mu.Unlock()
			return
		}
		switch outcomeOf(xerr) {
		case outcomeAlreadyDone:
			s.finishAnsweredElsewhere(ctx, t)
			return
		case outcomeTooLate: // TaskAlreadyExpired: someone else expired it
			s.finishExpired(t, reason+" (expired on chain by another account)", common.Hash{})
			return
		case outcomeMismatch:
			s.finishReplaced(t)
			return
		case outcomePermanent:
			log.Warn().Err(xerr).Msg("expireTask refused; expiring locally")
			s.finishExpired(t, reason, common.Hash{})
			return
		}
		wait := retry.Next()
		log.Warn().Err(xerr).Dur("retryIn", wait).Msg("expireTask")
		if !backoff.Sleep(ctx, wait) {
			t.mu.Lock()
			t.expiring = false
			t.mu.Unlock()
			return
		}
	}
}

// expiryReason says why a task ends unanswered. t.mu held.
func (t *task) expiryReason() string {
	switch {
	case t.lateReason != "":
		return t.lateReason
	case t.submitErr != "":
		return "respondToTask refused: " + t.submitErr
	case t.set == nil:
		if t.setupErr != "" {
			return "operator set at the reference block unavailable: the chain could not be read (see the aggregator's logs)"
		}
		return "aggregation never started"
	case len(t.responses) == 0:
		return "no responses"
	case t.reached:
		return "threshold reached but the response was not mined before the deadline"
	}
	// Tally every stored response by digest (not just the current round's forwards).
	tallies := map[common.Hash]*tally{}
	for _, r := range t.responses {
		tl := tallies[r.Digest]
		if tl == nil {
			tl = &tally{stake: map[eigentypes.QuorumNum]*big.Int{}}
			tallies[r.Digest] = tl
		}
		tl.signers++
		for q, stake := range t.set.ops[eigentypes.OperatorId(r.Response.OperatorID)].StakePerQuorum {
			if tl.stake[q] == nil {
				tl.stake[q] = new(big.Int)
			}
			tl.stake[q].Add(tl.stake[q], stake)
		}
	}
	// Report the best-supported result in the first quorum it falls short in.
	var best *tally
	for _, tl := range tallies {
		if best == nil || stakeOf(tl, t.quorums[0]).Cmp(stakeOf(best, t.quorums[0])) > 0 {
			best = tl
		}
	}
	q, i := t.quorums[0], 0
	for j, qq := range t.quorums {
		signed, total := stakeOf(best, qq), t.set.totals[qq]
		if new(big.Int).Mul(signed, big.NewInt(100)).Cmp(new(big.Int).Mul(total, big.NewInt(int64(t.thresholds[j])))) < 0 {
			q, i = qq, j
			break
		}
	}
	signed, total := stakeOf(best, q), t.set.totals[q]
	msg := fmt.Sprintf("threshold not met: signed %s/%s in quorum %d (%s%%, needs %d%%) by %d of %d operators",
		fmtStake(signed), fmtStake(total), q, percent(signed, total), t.thresholds[i], best.signers, len(t.set.ops))
	if len(tallies) > 1 {
		msg += fmt.Sprintf("; operators disagreed: %d different results", len(tallies))
	}
	return msg
}

func stakeOf(tl *tally, q eigentypes.QuorumNum) *big.Int {
	if v := tl.stake[q]; v != nil {
		return v
	}
	return new(big.Int)
}

// fmtStake prints whole multiples of 1e18 (a stake of n ether-equivalent shares) as n.
func fmtStake(v *big.Int) string {
	e18 := big.NewInt(1e18)
	if v.Sign() != 0 && new(big.Int).Mod(v, e18).Sign() == 0 {
		return new(big.Int).Div(v, e18).String()
	}
	if v.Sign() == 0 {
		return "0"
	}
	return v.String() + "wei"
}

func percent(a, b *big.Int) string {
	if b.Sign() == 0 {
		return "0"
	}
	p := new(big.Int).Mul(a, big.NewInt(100))
	return p.Div(p, b).String()
}

// apiError is an HTTP status with a message for {"error": ...}.
type apiError struct {
	status int
	msg    string
	reason string // metrics label
}

func (e *apiError) Error() string { return e.msg }

func reject(status int, reason, format string, args ...any) *apiError {
	return &apiError{status: status, msg: fmt.Sprintf(format, args...), reason: reason}
}

// accept runs the checks of POST /v1/responses after decoding, in the documented order:
// everything cheap first (shape, task known and open, operator registered, not a duplicate),
// the BLS pairing last, behind the verification semaphore, at most one at a time per
// (task, operator) and rate limited after repeated failures. Nothing is stored or forwarded
// unless every check passed.
func (s *Service) accept(ctx context.Context, sr protocol.SignedResponse) *apiError {
	if err := sr.Validate(); err != nil {
		return reject(http.StatusBadRequest, rejectMalformed, "invalid response: %v", err)
	}
	t, e := s.openTask(sr.TaskID)
	if e != nil {
		return e
	}
	if sr.TaskHash != (common.Hash{}) && sr.TaskHash != t.hash {
		// The operator executed other content under this id: a reorganisation that one of us
		// has not followed yet. Its signature cannot verify against this task, and a 409 would
		// end its delivery for good; once this aggregator reads the new task it is accepted.
		return reject(http.StatusServiceUnavailable, rejectNotReady,
			"task %d: this aggregator holds other content under this id (a reorganisation not followed yet), retry shortly", t.id)
	}
	op := sr.OperatorID
	digest, err := s.codec.ResponseDigest(s.chainID, s.cfg.TaskManager, t.rec.Task, sr.Response())
	if err != nil {
		return reject(http.StatusBadRequest, rejectMalformed, "response cannot be encoded")
	}
	t.mu.Lock()
	info, e := s.checkOperator(t, op, digest)
	if e == nil {
		if t.verifying[op] {
			e = reject(http.StatusTooManyRequests, rejectBusy, "a response of operator %s for task %d is being checked", op.Hex(), t.id)
		} else if wait := t.fails[op].wait(time.Now()); wait > 0 {
			e = reject(http.StatusTooManyRequests, rejectRateLimited, "too many failed signature checks for operator %s on task %d", op.Hex(), t.id)
		}
	}
	if e != nil {
		t.mu.Unlock()
		return e
	}
	t.verifying[op] = true
	t.mu.Unlock()
	defer func() {
		t.mu.Lock()
		delete(t.verifying, op)
		t.mu.Unlock()
	}()

	if !s.sigSem.acquire(ctx, queueWait) {
		return reject(http.StatusTooManyRequests, rejectBusy, "signature checks saturated, retry shortly")
	}
	s.metrics.signatureChecks.Inc()
	p, perr := sr.Signature.Point()
	valid := false
	if perr == nil {
		valid, err = (&bls.Signature{G1Point: p}).Verify(info.OperatorInfo.Pubkeys.G2Pubkey, digest)
	}
	s.sigSem.release()
	if perr != nil || err != nil || !valid {
		t.mu.Lock()
		f := t.fails[op]
		if f == nil {
			f = &failures{}
			t.fails[op] = f
		}
		f.fail(time.Now())
		t.mu.Unlock()
		return reject(http.StatusUnauthorized, rejectBadSignature,
			"signature does not verify under operator %s's registered key for this task and response", op.Hex())
	}

	t.mu.Lock()
	defer t.mu.Unlock()
	// The task may have closed (or been replaced by a reorg) during the check.
	if _, e := s.checkOperator(t, op, digest); e != nil {
		return e
	}
	stored := StoredResponse{Response: sr, Digest: digest, ReceivedAt: time.Now().UTC()}
	existing, err := s.store.AddResponse(t.id, t.hash, stored)
	switch {
	case errors.Is(err, ErrDuplicateResponse):
		return duplicateError(t.id, op, existing != nil && existing.Digest != digest)
	case errors.Is(err, ErrTaskReplaced):
		return reject(http.StatusGone, rejectClosed, "task %d was replaced on chain (reorg)", t.id)
	case err != nil:
		s.log.Error().Err(err).Uint32("task", t.id).Msg("store response")
		return reject(http.StatusInternalServerError, rejectInternalError, "internal error")
	}
	t.responses = append(t.responses, stored)
	t.byOp[op] = digest
	s.forward(t, stored)
	return nil
}

// openTask finds the tracked task for id, or the answer for a task that is not tracked.
func (s *Service) openTask(id uint32) (*task, *apiError) {
	if t := s.task(id); t != nil {
		return t, nil
	}
	rec, ok, err := s.store.Task(id)
	switch {
	case err != nil:
		s.log.Error().Err(err).Uint32("task", id).Msg("read task")
		return nil, reject(http.StatusInternalServerError, rejectInternalError, "internal error")
	case !ok:
		return nil, reject(http.StatusNotFound, rejectUnknownTask, "unknown task %d (not created, or not seen by the aggregator yet)", id)
	case rec.State == StatePending:
		// Stored but not loaded: the service is starting up.
		return nil, reject(http.StatusServiceUnavailable, rejectNotReady, "task %d is being loaded, retry shortly", id)
	}
	return nil, closedError(rec)
}

// checkOperator runs the cheap checks that need the task's state: open, before its deadline,
// operator set loaded, operator registered, no response of this operator stored. t.mu held.
func (s *Service) checkOperator(t *task, op common.Hash, digest common.Hash) (eigentypes.OperatorAvsState, *apiError) {
	switch head := s.head.Load(); {
	case t.done:
		return eigentypes.OperatorAvsState{}, closedError(t.rec)
	case t.submitting || t.reached:
		return eigentypes.OperatorAvsState{}, reject(http.StatusGone, rejectClosed, "task %d already has a certificate (threshold reached); no more signatures needed", t.id)
	case t.expiring || uint64(t.rec.Task.DeadlineBlock) <= head:
		return eigentypes.OperatorAvsState{}, reject(http.StatusGone, rejectClosed, "task %d is past its deadline block %d", t.id, t.rec.Task.DeadlineBlock)
	case t.set == nil:
		return eigentypes.OperatorAvsState{}, reject(http.StatusServiceUnavailable, rejectNotReady, "task %d: operator set not loaded yet, retry shortly", t.id)
	}
	info, ok := t.set.ops[eigentypes.OperatorId(op)]
	if !ok || info.OperatorInfo.Pubkeys.G2Pubkey == nil {
		return info, reject(http.StatusForbidden, rejectUnknownOp, "operator %s is not registered in quorums %v of task %d at reference block %d",
			op.Hex(), t.quorums, t.id, t.rec.Task.ReferenceBlock)
	}
	if prev, dup := t.byOp[op]; dup {
		return info, duplicateError(t.id, op, prev != digest)
	}
	return info, nil
}

func duplicateError(id uint32, op common.Hash, different bool) *apiError {
	if different {
		return reject(http.StatusConflict, rejectDuplicate, "operator %s already sent a different response for task %d", op.Hex(), id)
	}
	return reject(http.StatusConflict, rejectDuplicate, "duplicate: response of operator %s for task %d already received", op.Hex(), id)
}

func closedError(rec TaskRecord) *apiError {
	msg := fmt.Sprintf("task %d is %s", rec.ID, rec.State)
	if rec.Reason != "" {
		msg += ": " + rec.Reason
	}
	return reject(http.StatusGone, rejectClosed, "%s", msg)
}

// resultSummary groups a task's responses by digest, most signers first.
type resultSummary struct {
	Digest       common.Hash   `json:"digest"`
	Status       uint8         `json:"status"`
	OutputDigest common.Hash   `json:"outputDigest"`
	Signers      int           `json:"signers"`
	Operators    []common.Hash `json:"operators"`
}

func summarize(rs []StoredResponse) []resultSummary {
	by := map[common.Hash]*resultSummary{}
	var order []common.Hash
	for _, r := range rs {
		g := by[r.Digest]
		if g == nil {
			g = &resultSummary{Digest: r.Digest, Status: r.Response.Status, OutputDigest: r.Response.OutputDigest}
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
