package aggregator

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/blockless/avs/committee"
	"github.com/blockless/avs/protocol"
)

// Committee tasks (Task.CommitteeSize > 0) are certified by their committee, not by the whole
// quorum, and without eigensdk-go's aggregation service: the TaskManager counts seats, not
// stake (respondToTasksByCommittee, docs/committees.md). The aggregator loads the task's table
// and seed, accepts responses only from operators drawn in one of the task's failover rounds,
// and as soon as the signers of one digest hold the threshold of a round's seats (the current
// round or an earlier one) it sums their keys and signatures itself and submits. A new round
// opening (head loop) re-checks what was received, so drafted operators' responses count.

// errSeedNotMined: the block after a committee task's reference block does not exist yet. Every
// committee task meets it once; setup waits a poll interval without logging it.
var errSeedNotMined = errors.New("committee seed block not mined yet")

// committeeDraw is a committee task's draw state, fixed once loaded.
type committeeDraw struct {
	table     *committee.Table
	seed      [32]byte
	k         uint32
	failover  uint32
	rounds    uint32 // failover rounds that open before the deadline
	threshold uint8
	checked   int // highest round already checked against the stored responses
}

// loadCommittee reads a committee task's table and seed. The seed block (the one after the
// reference block) may not be mined yet: the caller retries.
func (s *Service) loadCommittee(ctx context.Context, task protocol.Task, taskHash common.Hash) (*committeeDraw, error) {
	seedBlock := uint64(task.ReferenceBlock) + 1
	if head := s.head.Load(); head != 0 && head < seedBlock {
		return nil, fmt.Errorf("committee seed block %d (head %d): %w", seedBlock, head, errSeedNotMined)
	}
	bh, err := s.chain.BlockHash(ctx, seedBlock)
	if err != nil {
		return nil, fmt.Errorf("committee seed: %w", err)
	}
	table, err := s.chain.CommitteeTable(ctx, task.CommitteeTable)
	if err != nil {
		return nil, fmt.Errorf("committee table %d: %w", task.CommitteeTable, err)
	}
	rounds := committee.Rounds(task.ReferenceBlock, task.DeadlineBlock, task.FailoverBlocks)
	return &committeeDraw{table: table, seed: committee.Seed(bh, taskHash), k: uint32(task.CommitteeSize),
		failover: task.FailoverBlocks, rounds: rounds, threshold: task.QuorumThresholdPercentage, checked: -1}, nil
}

// openRound is the highest failover round a response mined after head may claim.
func (d *committeeDraw) openRound(reference uint32, head uint64) uint32 {
	if d.failover == 0 || head <= uint64(reference) {
		return 0
	}
	return min(uint32((head-uint64(reference))/uint64(d.failover)), d.rounds-1)
}

// member reports whether op is drawn in some round of the task. t.mu held.
func (d *committeeDraw) member(op common.Hash) bool {
	pos, ok := d.table.Position(op)
	return ok && d.table.FirstRoundWith(d.seed, d.k, pos, d.rounds) >= 0
}

// checkMember is checkOperator's committee rule: only operators drawn in one of the task's
// rounds may answer it. t.mu held.
func (t *task) checkMember(op common.Hash) *apiError {
	if t.comm == nil || t.comm.member(op) {
		return nil
	}
	return reject(http.StatusForbidden, rejectUnknownOp, "operator %s is not in the committee of task %d", op.Hex(), t.id)
}

// startCommittee opens a committee task for responses and checks those stored before. t.mu held.
func (s *Service) startCommittee(t *task) {
	t.phase, t.reached = phaseCollecting, false
	t.closesAt = time.Now().Add(100 * 365 * 24 * time.Hour) // no wall-clock rounds here
	s.checkCommittee(t)
}

// committeeTick re-checks collecting committee tasks whose next failover round opened.
func (s *Service) committeeTick(head uint64) {
	s.mu.Lock()
	ts := make([]*task, 0, len(s.tasks))
	for _, t := range s.tasks {
		ts = append(ts, t)
	}
	s.mu.Unlock()
	for _, t := range ts {
		t.mu.Lock()
		if t.comm != nil && t.phase == phaseCollecting && int(t.comm.openRound(t.rec.Task.ReferenceBlock, head)) > t.comm.checked {
			s.checkCommittee(t)
		}
		t.mu.Unlock()
	}
}

// checkCommittee looks for a digest whose signers hold the threshold of some open round's
// seats and submits its certificate. t.mu held, phase collecting.
func (s *Service) checkCommittee(t *task) {
	if t.phase != phaseCollecting || t.set == nil {
		return
	}
	d := t.comm
	open := d.openRound(t.rec.Task.ReferenceBlock, s.head.Load())
	d.checked = int(open)
	byDigest := map[common.Hash][]StoredResponse{}
	for _, r := range t.responses {
		byDigest[r.Digest] = append(byDigest[r.Digest], r)
	}
	for round := uint32(0); round <= open; round++ {
		window := committee.Window(d.k, round)
		seats := d.table.Seats(d.seed, window)
		for digest, rs := range byDigest {
			var held uint32
			var signers []StoredResponse
			for _, r := range rs {
				pos, ok := d.table.Position(r.Response.OperatorID)
				if !ok || seats[pos] == 0 {
					continue
				}
				held += seats[pos]
				signers = append(signers, r)
			}
			if !committee.Meets(held, window, d.threshold) {
				continue
			}
			sigs := make(map[common.Hash]*bls.G1Point, len(signers))
			for _, r := range signers {
				p, err := r.Response.Signature.Point()
				if err != nil {
					s.log.Error().Err(err).Uint32("task", t.id).Msg("stored committee signature")
					return
				}
				sigs[r.Response.OperatorID] = p
			}
			cert, err := committeeCertificate(d.table, t.set, []uint8{uint8(round)}, sigs)
			if err != nil {
				s.log.Error().Err(err).Uint32("task", t.id).Msg("committee certificate")
				return
			}
			s.metrics.committeeSeats.Observe(float64(held))
			s.log.Info().Uint32("task", t.id).Str("digest", digest.Hex()).Uint32("round", round).Uint32("seats", held).
				Uint32("window", window).Int("signers", len(signers)).Msg("committee threshold reached")
			resp := signers[0].Response.Response()
			if s.offerCommittee(t, resp, digest, uint8(round), window, seats, signers, cert) {
				t.phase = phaseBatched
				return
			}
			t.phase, t.reached = phaseSubmitting, true
			ctx := s.runCtx
			s.wg.Go(func() { s.submit(ctx, t, s.committeeSubmission(t, resp, digest, cert)) })
			return
		}
	}
}

// committeeSubmission is respondToTasksByCommittee for one task.
func (s *Service) committeeSubmission(t *task, resp protocol.Response, digest common.Hash, cert protocol.CommitteeCertificate) submission {
	task := t.rec.Task
	return submission{what: "respondToTasksByCommittee", digest: digest,
		send: func(ctx context.Context, prev *types.Transaction) (*types.Transaction, *types.Receipt, error) {
			return s.sub.respondCommittee(ctx, []protocol.Task{task}, []protocol.Response{resp}, cert, prev)
		}}
}

// committeeExpiryReason says why a committee task ends unanswered. t.mu held.
func (t *task) committeeExpiryReason() string {
	d := t.comm
	window := committee.Window(d.k, d.rounds-1)
	seats := d.table.Seats(d.seed, window)
	var best uint32
	digests := map[common.Hash]uint32{}
	for _, r := range t.responses {
		if pos, ok := d.table.Position(r.Response.OperatorID); ok {
			digests[r.Digest] += seats[pos]
			best = max(best, digests[r.Digest])
		}
	}
	msg := fmt.Sprintf("committee threshold not met: the best result holds %d of %d seats (needs %d%%) after %d failover round(s); %d response(s)",
		best, window, d.threshold, d.rounds, len(t.responses))
	if len(digests) > 1 {
		msg += fmt.Sprintf("; members disagreed: %d different results", len(digests))
	}
	return msg
}
