package aggregator

import (
	"context"
	"fmt"
	"math/big"
	"time"

	eigentypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum/common"

	"github.com/blockless/avs/internal/backoff"
	"github.com/blockless/avs/protocol/onchain"
)

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
		ok := !t.phase.settling() && uint64(t.rec.Task.DeadlineBlock) <= head
		if ok {
			t.phase = phaseExpiring
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
		if err == nil && s.settleIfDecided(ctx, t, onChain) {
			return
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
			t.unexpire() // retried after a restart
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
			t.unexpire()
			return
		}
	}
}

// unexpire gives up an expiry the service stopped in the middle of: the task is still pending
// in the store, so a restart expires it.
func (t *task) unexpire() {
	t.mu.Lock()
	if t.phase == phaseExpiring {
		t.phase = phaseStalled
	}
	t.mu.Unlock()
}

// expiryReason says why a task ends unanswered. t.mu held.
func (t *task) expiryReason() string {
	switch {
	case t.lateReason != "":
		return t.lateReason
	case t.submitErr != "":
		return t.submitErr
	case t.set == nil:
		if t.setupErr != "" {
			return "operator set at the reference block unavailable: the chain could not be read (see the aggregator's logs)"
		}
		return "aggregation never started"
	case len(t.responses) == 0:
		return "no responses"
	case t.reached:
		return "threshold reached but the response was not mined before the deadline"
	case t.comm != nil:
		return t.committeeExpiryReason()
	}
	// Tally every stored response by digest (not just the current round's forwards), under
	// the rule used when accepting them.
	all := tallies{}
	for _, r := range t.responses {
		all.add(r.Digest, t.set.ops[eigentypes.OperatorId(r.Response.OperatorID)].StakePerQuorum)
	}
	// Report the best-supported result in the first quorum it falls short in.
	best := all.best(t.quorums[0])
	i := max(t.rule().shortIn(best), 0)
	q := t.quorums[i]
	signed, total := best.stakeIn(q), t.set.totals[q]
	if total == nil { // a quorum the registry reported no total for: nothing could be signed
		total = new(big.Int)
	}
	msg := fmt.Sprintf("threshold not met: signed %s/%s in quorum %d (%s%%, needs %d%%) by %d of %d operators",
		fmtStake(signed), fmtStake(total), q, percent(signed, total), t.thresholds[i], best.signers, len(t.set.ops))
	if len(all) > 1 {
		msg += fmt.Sprintf("; operators disagreed: %d different results", len(all))
	}
	return msg
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
