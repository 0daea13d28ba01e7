package aggregator

import (
	"context"
	"fmt"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	blsagg "github.com/Layr-Labs/eigensdk-go/services/bls_aggregation"
	eigentypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum/common"

	"github.com/blockless/avs/internal/backoff"
)

// roundMargin is how long before eigensdk-go's wall-clock expiry of a round the aggregator
// stops forwarding signatures to it (see doc.go: a signature racing the expiry would wedge
// blsagg's dispatch loop).
const roundMargin = 5 * time.Second

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
	t.aggID, t.phase, t.reached = id, phaseCollecting, false
	t.rounds++
	t.closesAt = time.Now().Add(ttl - roundMargin)
	t.tallies = tallies{}
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
	if t.phase != phaseCollecting {
		return
	}
	if t.comm != nil {
		s.checkCommittee(t)
		return
	}
	if time.Now().After(t.closesAt) {
		t.phase = phaseClosing
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
	tl := t.tallies.add(r.Digest, t.set.ops[op].StakePerQuorum)
	if t.rule().met(tl) {
		// blsagg now sends this digest's certificate; any later signature (possibly for
		// another digest) would race its goroutine's exit, and is not needed.
		t.phase, t.reached = phaseClosing, true
		s.log.Info().Uint32("task", t.id).Str("digest", r.Digest.Hex()).Int("signers", tl.signers).Msg("threshold reached")
	}
}

// handleResult acts on what blsagg reports: a certificate to submit, or a round that ended
// without one.
func (s *Service) handleResult(ctx context.Context, r blsagg.BlsAggregationServiceResponse) {
	if s.handleBatchResult(ctx, r) {
		return
	}
	s.mu.Lock()
	id, ok := s.aggTasks[r.TaskIndex]
	t := s.tasks[id]
	s.mu.Unlock()
	if !ok || t == nil {
		return // the task finished meanwhile
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if !t.phase.roundOpen() || r.TaskIndex != t.aggID {
		return // a stale round (e.g. blsagg's expiry notice after its certificate)
	}
	log := s.log.With().Uint32("task", t.id).Logger()
	if r.Err != nil {
		if uint64(t.rec.Task.DeadlineBlock) <= s.head.Load() {
			t.phase = phaseStalled
			return // the head loop settles it
		}
		t.phase = phaseBetweenRounds
		log.Info().Err(r.Err).Msg("aggregation round ended without a certificate; starting another")
		s.wg.Go(func() {
			if !backoff.Sleep(ctx, time.Second) {
				return
			}
			t.mu.Lock()
			defer t.mu.Unlock()
			if t.phase != phaseBetweenRounds {
				return
			}
			if err := s.startRound(t); err != nil {
				t.phase = phaseStalled
				t.setupErr = err.Error()
				log.Error().Err(err).Msg("restart aggregation")
			}
		})
		return
	}
	cert, err := CertificateFromAggregation(r)
	st, ok := r.TaskResponse.(signedTask)
	if err != nil || !ok {
		t.phase = phaseStalled
		log.Error().Err(err).Msg("unusable aggregation result")
		return
	}
	digest := common.Hash(r.TaskResponseDigest)
	if s.offerBatch(ctx, t, st.response, digest, cert) {
		t.phase = phaseBatched
		log.Debug().Str("digest", digest.Hex()).Msg("certificate ready; task handed to the batcher")
		return
	}
	t.phase = phaseSubmitting
	log.Info().Str("digest", digest.Hex()).Int("nonSigners", len(cert.NonSignerPubkeys)).Msg("certificate ready")
	s.wg.Go(func() { s.submit(ctx, t, s.certificateSubmission(t, st.response, digest, cert)) })
}
