package faults

import (
	"context"
	"crypto/ecdsa"
	"fmt"

	"github.com/rs/zerolog"
)

// Reporter submits evidence in the background, once per (kind, operator, task): the aggregator
// hands it the faults it holds signatures for and goes on.
type Reporter struct {
	prover *Prover
	key    *ecdsa.PrivateKey
	log    zerolog.Logger
	queue  chan Evidence
	seen   map[string]bool
}

// NewReporter submits with key (pays the gas) through prover.
func NewReporter(prover *Prover, key *ecdsa.PrivateKey, log zerolog.Logger) *Reporter {
	return &Reporter{prover: prover, key: key, log: log, queue: make(chan Evidence, 256), seen: map[string]bool{}}
}

// ReportFault queues evidence; it never blocks (a full queue drops the evidence, logged).
func (r *Reporter) ReportFault(ev Evidence) {
	select {
	case r.queue <- ev:
	default:
		r.log.Warn().Str("kind", ev.Kind).Uint32("task", ev.Signed.TaskID).Msg("fault proof queue full: evidence dropped")
	}
}

// Run submits queued evidence until ctx ends.
func (r *Reporter) Run(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case ev := <-r.queue:
			key := fmt.Sprintf("%s/%s/%s/%d", ev.Kind, ev.Operator.Hex(), ev.Signed.OperatorID.Hex(), ev.Signed.TaskID)
			if r.seen[key] {
				continue
			}
			r.seen[key] = true
			rcpt, err := r.prover.Submit(ctx, r.key, ev)
			if err != nil {
				r.log.Warn().Err(err).Str("kind", ev.Kind).Uint32("task", ev.Signed.TaskID).
					Str("operatorId", ev.Signed.OperatorID.Hex()).Msg("fault proof not accepted")
				continue
			}
			r.log.Warn().Str("kind", ev.Kind).Uint32("task", ev.Signed.TaskID).Str("operatorId", ev.Signed.OperatorID.Hex()).
				Str("tx", rcpt.TxHash.Hex()).Msg("operator fault proven on chain: slashed")
		}
	}
}
