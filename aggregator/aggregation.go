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

	"github.com/blockless/avs/protocol"
)

// roundMargin is how long before eigensdk-go's wall-clock expiry of a round the aggregator
// stops forwarding signatures to it (see doc.go: a signature racing the expiry would wedge
// blsagg's dispatch loop).
const roundMargin = 5 * time.Second

// task is the in-memory state of a task being worked on. All fields are guarded by mu.
type task struct {
	id         uint32
	quorums    eigentypes.QuorumNums
	thresholds eigentypes.QuorumThresholdPercentages

	mu        sync.Mutex
	rec       TaskRecord
	set       *operatorSet // operators at the reference block; nil until loaded
	pinned    bool
	setupErr  string
	responses []StoredResponse
	tallies   map[common.Hash]*tally // per response digest, for the current round

	aggID     uint32    // blsagg task index of the current round
	aggActive bool      // a round exists and has not reported back
	live      bool      // signatures may be forwarded to the round
	closesAt  time.Time // wall-clock end of forwarding for the round
	reached   bool      // a digest reached the threshold
	rounds    int       // rounds started

	submitting bool
	submitErr  string
	expiring   bool
	done       bool
}

type tally struct {
	stake   map[eigentypes.QuorumNum]*big.Int
	signers int
}

func newTask(rec TaskRecord) *task {
	t := &task{id: rec.ID, rec: rec}
	for _, q := range rec.Task.QuorumNumbers {
		t.quorums = append(t.quorums, eigentypes.QuorumNum(q))
		// TaskManager applies one threshold to every quorum of a task.
		t.thresholds = append(t.thresholds, eigentypes.QuorumThresholdPercentage(rec.Task.QuorumThresholdPercentage))
	}
	return t
}

// track starts working on a pending task.
func (s *Service) track(ctx context.Context, rec TaskRecord) {
	t := newTask(rec)
	s.mu.Lock()
	if _, dup := s.tasks[rec.ID]; dup {
		s.mu.Unlock()
		return
	}
	s.tasks[rec.ID] = t
	s.mu.Unlock()
	s.metrics.pending.Inc()
	s.wg.Go(func() { s.setup(ctx, t) })
}

func (s *Service) task(id uint32) *task {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.tasks[id]
}

// setup settles tasks that a restart finds already decided on chain, loads the operator set
// at the task's reference block (retrying), then starts the first aggregation round and
// replays the responses stored before a restart.
func (s *Service) setup(ctx context.Context, t *task) {
	log := s.log.With().Uint32("task", t.id).Logger()
	backoff := 500 * time.Millisecond
	for ctx.Err() == nil {
		if rec, err := s.tm.GetTask(callOpts(ctx), t.id); err == nil {
			switch rec.State {
			case 2:
				s.finishAnsweredElsewhere(ctx, t)
				return
			case 3:
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
		t.mu.Unlock()
		log.Warn().Err(err).Dur("retryIn", backoff).Msg("task setup")
		if !sleepCtx(ctx, backoff) {
			return
		}
		backoff = min(2*backoff, 15*time.Second)
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
			if !sleepCtx(ctx, time.Second) {
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
	cert, err := protocol.CertificateFromAggregation(r)
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

// submit sends respondToTask until it lands, the task is settled some other way, or the
// contract refuses the certificate for good.
func (s *Service) submit(ctx context.Context, t *task, resp protocol.Response, digest common.Hash, cert protocol.Certificate) {
	log := s.log.With().Uint32("task", t.id).Logger()
	var prev *types.Transaction
	backoff := time.Second
	for ctx.Err() == nil {
		tx, receipt, err := s.sub.respond(ctx, t.rec.Task, resp, cert, prev)
		if tx != nil {
			prev = tx
			t.mu.Lock()
			t.rec.ResponseTx = tx.Hash()
			t.rec.UpdatedAt = time.Now().UTC()
			rec := t.rec
			t.mu.Unlock()
			if perr := s.store.UpdateTask(rec); perr != nil {
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
			s.finishExpired(t, "response not mined before the deadline: "+err.Error(), common.Hash{})
			return
		case outcomePermanent:
			log.Error().Err(err).Msg("respondToTask refused")
			t.mu.Lock()
			t.submitting, t.submitErr = false, err.Error()
			t.mu.Unlock()
			return
		}
		log.Warn().Err(err).Dur("retryIn", backoff).Msg("respondToTask")
		// A retry may follow a transaction that did land (e.g. "nonce too low" after a lost receipt).
		if rec, cerr := s.tm.GetTask(callOpts(ctx), t.id); cerr == nil && rec.State == 2 {
			s.finishAnsweredElsewhere(ctx, t)
			return
		}
		if prev == nil && uint64(t.rec.Task.DeadlineBlock) <= s.head.Load() {
			s.finishExpired(t, "deadline passed while submitting: "+err.Error(), common.Hash{})
			return
		}
		if !sleepCtx(ctx, backoff) {
			return
		}
		backoff = min(2*backoff, 15*time.Second)
	}
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
	s.settle(t)
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
	txh, block, digest, err := findResponse(ctx, s.tm, t.id, created)
	t.mu.Lock()
	if t.done {
		t.mu.Unlock()
		return
	}
	t.rec.State = StateAnswered
	switch {
	case err != nil:
		t.rec.Reason = "answered on chain (" + err.Error() + ")"
	case txh == ours:
		t.rec.Reason = ""
	default:
		t.rec.Reason = "answered on chain by another transaction"
	}
	if err == nil {
		t.rec.ResponseTx, t.rec.RespondedBlock, t.rec.ResponseDigest = txh, block, digest
	}
	t.mu.Unlock()
	s.settle(t)
	s.metrics.tasksAnswered.Inc()
	if err == nil {
		s.observeLatency(ctx, created, block)
	}
	s.log.Info().Uint32("task", t.id).Str("tx", txh.Hex()).Msg("task found answered on chain")
}

func (s *Service) finishExpired(t *task, reason string, expireTx common.Hash) {
	t.mu.Lock()
	if t.done {
		t.mu.Unlock()
		return
	}
	t.rec.State, t.rec.Reason, t.rec.ExpireTx = StateExpired, reason, expireTx
	t.mu.Unlock()
	s.settle(t)
	s.metrics.tasksExpired.Inc()
	s.log.Info().Uint32("task", t.id).Str("reason", reason).Msg("task expired")
}

// settle persists a final record and forgets the task.
func (s *Service) settle(t *task) {
	t.mu.Lock()
	t.done, t.live = true, false
	t.rec.UpdatedAt = time.Now().UTC()
	rec := t.rec
	if t.pinned {
		s.registry.unpin(t.quorums, t.rec.Task.ReferenceBlock)
		t.pinned = false
	}
	t.mu.Unlock()
	if err := s.store.UpdateTask(rec); err != nil {
		s.log.Error().Err(err).Uint32("task", t.id).Msg("persist final task state")
	}
	s.mu.Lock()
	delete(s.tasks, t.id)
	s.mu.Unlock()
	s.metrics.pending.Dec()
}

func (s *Service) observeLatency(ctx context.Context, created, mined uint64) {
	if mined < created {
		return
	}
	s.metrics.latencyBlocks.Observe(float64(mined - created))
	h1, err1 := s.client.HeaderByNumber(ctx, new(big.Int).SetUint64(created))
	h2, err2 := s.client.HeaderByNumber(ctx, new(big.Int).SetUint64(mined))
	if err1 == nil && err2 == nil && h2.Time >= h1.Time {
		s.metrics.latencySeconds.Observe(float64(h2.Time - h1.Time))
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
// with the reason, calling expireTask when configured (it refunds the requester).
func (s *Service) expire(ctx context.Context, t *task) {
	onChain, err := s.tm.GetTask(callOpts(ctx), t.id)
	if err == nil && onChain.State == 2 {
		s.finishAnsweredElsewhere(ctx, t)
		return
	}
	t.mu.Lock()
	reason := t.expiryReason()
	t.mu.Unlock()
	var txh common.Hash
	if err == nil && onChain.State == 3 {
		reason += " (expired on chain by another account)"
	} else if s.cfg.ExpireTasks {
		tx, xerr := s.sub.expire(ctx, t.id, t.rec.Task)
		if tx != nil {
			txh = tx.Hash()
		}
		if xerr != nil {
			if ctx.Err() != nil {
				t.mu.Lock()
				t.expiring = false // retried after a restart
				t.mu.Unlock()
				return
			}
			if outcomeOf(xerr) == outcomeAlreadyDone {
				s.finishAnsweredElsewhere(ctx, t)
				return
			}
			s.log.Warn().Err(xerr).Uint32("task", t.id).Msg("expireTask failed; expiring locally")
		}
	}
	s.finishExpired(t, reason, txh)
}

// expiryReason says why a task ends unanswered. t.mu held.
func (t *task) expiryReason() string {
	switch {
	case t.submitErr != "":
		return "respondToTask refused: " + t.submitErr
	case t.set == nil:
		if t.setupErr != "" {
			return "operator set at the reference block unavailable: " + t.setupErr
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

// accept runs the checks of POST /v1/responses after decoding, in the documented order.
func (s *Service) accept(sr protocol.SignedResponse) *apiError {
	if err := sr.Validate(); err != nil {
		return reject(http.StatusBadRequest, rejectMalformed, "invalid response: %v", err)
	}
	t := s.task(sr.TaskID)
	if t == nil {
		rec, ok, err := s.store.Task(sr.TaskID)
		switch {
		case err != nil:
			return reject(http.StatusInternalServerError, rejectInternalError, "read task: %v", err)
		case !ok:
			return reject(http.StatusNotFound, rejectUnknownTask, "unknown task %d (not created, or not seen by the aggregator yet)", sr.TaskID)
		case rec.State == StatePending:
			// Stored but not loaded: the service is starting up.
			return reject(http.StatusServiceUnavailable, rejectNotReady, "task %d is being loaded, retry shortly", sr.TaskID)
		}
		return closedError(rec)
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	switch head := s.head.Load(); {
	case t.done:
		return closedError(t.rec)
	case t.submitting || t.reached:
		return reject(http.StatusGone, rejectClosed, "task %d already has a certificate (threshold reached); no more signatures needed", t.id)
	case uint64(t.rec.Task.DeadlineBlock) <= head:
		return reject(http.StatusGone, rejectClosed, "task %d is past its deadline block %d (head %d)", t.id, t.rec.Task.DeadlineBlock, head)
	case t.set == nil:
		return reject(http.StatusServiceUnavailable, rejectNotReady, "task %d: operator set not loaded yet, retry shortly", t.id)
	}
	op, ok := t.set.ops[eigentypes.OperatorId(sr.OperatorID)]
	if !ok || op.OperatorInfo.Pubkeys.G2Pubkey == nil {
		return reject(http.StatusForbidden, rejectUnknownOp, "operator %s is not registered in quorums %v of task %d at reference block %d",
			sr.OperatorID.Hex(), t.quorums, t.id, t.rec.Task.ReferenceBlock)
	}
	digest, err := s.codec.ResponseDigest(s.chainID, s.cfg.TaskManager, t.rec.Task, sr.Response())
	if err != nil {
		return reject(http.StatusBadRequest, rejectMalformed, "response cannot be encoded: %v", err)
	}
	p, err := sr.Signature.Point()
	if err != nil {
		return reject(http.StatusBadRequest, rejectMalformed, "signature: %v", err)
	}
	valid, err := (&bls.Signature{G1Point: p}).Verify(op.OperatorInfo.Pubkeys.G2Pubkey, digest)
	if err != nil || !valid {
		return reject(http.StatusUnauthorized, rejectBadSignature,
			"signature does not verify under operator %s's registered key for this task and response", sr.OperatorID.Hex())
	}
	stored := StoredResponse{Response: sr, Digest: digest, ReceivedAt: time.Now().UTC()}
	existing, err := s.store.AddResponse(t.id, stored)
	if errors.Is(err, ErrDuplicateResponse) {
		if existing != nil && existing.Digest != digest {
			return reject(http.StatusConflict, rejectDuplicate, "operator %s already sent a different response for task %d", sr.OperatorID.Hex(), t.id)
		}
		return reject(http.StatusConflict, rejectDuplicate, "duplicate: response of operator %s for task %d already received", sr.OperatorID.Hex(), t.id)
	}
	if err != nil {
		return reject(http.StatusInternalServerError, rejectInternalError, "%v", err)
	}
	t.responses = append(t.responses, stored)
	s.forward(t, stored)
	return nil
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
