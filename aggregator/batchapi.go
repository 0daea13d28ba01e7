package aggregator

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"strconv"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	eigentypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum/common"

	"github.com/blockless/avs/protocol"
)

// maxListedBatches bounds one GET /v1/batches answer.
const maxListedBatches = 16

// getBatches lists the batches collecting signatures, oldest first; with ?operator=ID only
// those that operator is asked to sign and has not signed yet.
func (s *Service) getBatches(w http.ResponseWriter, r *http.Request) {
	var op common.Hash
	filter := r.URL.Query().Get("operator")
	if filter != "" {
		b, err := parseHash(filter)
		if err != nil {
			writeError(w, reject(http.StatusBadRequest, rejectMalformed, "operator is not a 32-byte hex id"))
			return
		}
		op = b
	}
	out := protocol.BatchList{Batches: []protocol.BatchProposal{}}
	b := s.batcher
	b.mu.Lock()
	for _, seq := range sortedSeqs(b.live) {
		lb := b.live[seq]
		if lb.submitting || lb.reached || (filter != "" && (!lb.signers[op] || lb.signed[op] || lb.declined[op])) {
			continue
		}
		p := protocol.BatchProposal{Seq: seq, ReferenceBlock: lb.rec.ReferenceBlock, Root: lb.rec.Root, Count: len(lb.rec.Tasks),
			Signers: lb.rec.Signers}
		for _, q := range lb.rec.QuorumNumbers {
			p.QuorumNumbers = append(p.QuorumNumbers, int(q))
		}
		for _, t := range lb.rec.Tasks {
			p.Tasks = append(p.Tasks, protocol.BatchLeaf{TaskID: t.TaskID, TaskHash: t.TaskHash, Leaf: t.Leaf, CommitteeRound: t.Round})
		}
		out.Batches = append(out.Batches, p)
		if len(out.Batches) == maxListedBatches {
			break
		}
	}
	b.mu.Unlock()
	writeJSON(w, http.StatusOK, out)
}

func parseHash(s string) (common.Hash, error) {
	var h common.Hash
	err := h.UnmarshalText([]byte(s))
	return h, err
}

// batchPost is the shape of POST /v1/batches/{seq}/signatures and /declines: parse seq,
// decode the body (at most max bytes, into v, checked by validate), accept it, answer 202.
func (s *Service) batchPost(w http.ResponseWriter, r *http.Request, what string, max int64, v any, validate func() error,
	operator func() common.Hash, accept func(ctx context.Context, seq uint64) *apiError) {
	seq, err := strconv.ParseUint(r.PathValue("seq"), 10, 64)
	if err != nil {
		refuse(w, s.metrics.batchSigsRejected, reject(http.StatusBadRequest, rejectMalformed, "batch %q is not a uint64", r.PathValue("seq")))
		return
	}
	if e := decodeBody(w, r, max, true, v, validate, "malformed "+what); e != nil {
		refuse(w, s.metrics.batchSigsRejected, e)
		return
	}
	if e := accept(r.Context(), seq); e != nil {
		s.log.Debug().Uint64("batch", seq).Str("operator", operator().Hex()).Int("status", e.status).Str("error", e.msg).Msg(what + " rejected")
		refuse(w, s.metrics.batchSigsRejected, e)
		return
	}
	writeJSON(w, http.StatusAccepted, map[string]string{"status": "accepted"})
}

func (s *Service) postBatchSignature(w http.ResponseWriter, r *http.Request) {
	var bs protocol.BatchSignature
	validate := func() error {
		_, err := bs.Signature.Point()
		return err
	}
	s.batchPost(w, r, "batch signature", protocol.MaxBatchSignatureBytes, &bs, validate, func() common.Hash { return bs.OperatorID },
		func(ctx context.Context, seq uint64) *apiError { return s.acceptBatchSignature(ctx, seq, bs) })
}

// acceptBatchSignature runs the checks of a batch signature, cheap ones first: batch live,
// operator asked to sign it (it signed every leaf), not signed yet, registered at the batch's
// reference block; then the pairing against its G2 key under the verification semaphore.
func (s *Service) acceptBatchSignature(ctx context.Context, seq uint64, bs protocol.BatchSignature) *apiError {
	b := s.batcher
	b.mu.Lock()
	lb, info, e := s.batchOpen(seq, bs.OperatorID)
	var msg [32]byte
	if lb != nil {
		msg = lb.message
	}
	b.mu.Unlock()
	if e != nil {
		return e
	}
	sig, e := s.verifyBatchSig(ctx, info, bs.Signature, msg)
	if e != nil {
		return e
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	// The batch may have closed, or been withdrawn and replaced, during the check.
	if lb2, _, e := s.batchOpen(seq, bs.OperatorID); e != nil || lb2 != lb {
		if e == nil {
			e = reject(http.StatusGone, rejectClosed, "batch %d is closed", seq)
		}
		return e
	}
	s.forwardBatchSignature(lb, bs.OperatorID, sig)
	return nil
}

// batchOpen finds live batch seq that operator op may still sign or decline, and op's entry
// in its operator set. batcher.mu held.
func (s *Service) batchOpen(seq uint64, op common.Hash) (*liveBatch, eigentypes.OperatorAvsState, *apiError) {
	b := s.batcher
	lb := b.live[seq]
	switch {
	case lb == nil:
		if seq >= b.nextSeq {
			return nil, eigentypes.OperatorAvsState{}, reject(http.StatusNotFound, rejectUnknownTask, "unknown batch %d", seq)
		}
		return nil, eigentypes.OperatorAvsState{}, reject(http.StatusGone, rejectClosed, "batch %d is closed", seq)
	case lb.submitting || lb.reached:
		return nil, eigentypes.OperatorAvsState{}, reject(http.StatusGone, rejectClosed, "batch %d already has its signatures", seq)
	case !lb.signers[op]:
		return nil, eigentypes.OperatorAvsState{}, reject(http.StatusForbidden, rejectUnknownOp, "operator %s is not asked to sign batch %d", op.Hex(), seq)
	case lb.signed[op]:
		return nil, eigentypes.OperatorAvsState{}, reject(http.StatusConflict, rejectDuplicate, "operator %s already signed batch %d", op.Hex(), seq)
	case lb.declined[op]:
		return nil, eigentypes.OperatorAvsState{}, reject(http.StatusConflict, rejectDuplicate, "operator %s already declined leaves of batch %d", op.Hex(), seq)
	}
	info, ok := lb.set.ops[eigentypes.OperatorId(op)]
	if !ok || info.OperatorInfo.Pubkeys.G2Pubkey == nil {
		return nil, info, reject(http.StatusForbidden, rejectUnknownOp, "operator %s is not registered at the batch's reference block", op.Hex())
	}
	return lb, info, nil
}

// verifyBatchSig checks sig over msg under the operator's registered G2 key, under the
// verification semaphore.
func (s *Service) verifyBatchSig(ctx context.Context, info eigentypes.OperatorAvsState, sig protocol.G1JSON, msg [32]byte) (*bls.Signature, *apiError) {
	if !s.sigSem.acquire(ctx, queueWait) {
		return nil, reject(http.StatusTooManyRequests, rejectBusy, "signature checks saturated, retry shortly")
	}
	defer s.sigSem.release()
	s.metrics.signatureChecks.Inc()
	p, err := sig.Point()
	if err != nil {
		return nil, reject(http.StatusBadRequest, rejectMalformed, "signature is not a G1 point")
	}
	valid, err := (&bls.Signature{G1Point: p}).Verify(info.OperatorInfo.Pubkeys.G2Pubkey, msg)
	if err != nil || !valid {
		return nil, reject(http.StatusUnauthorized, rejectBadSignature, "signature does not verify under the operator's registered key")
	}
	return &bls.Signature{G1Point: p}, nil
}

func (s *Service) postBatchDecline(w http.ResponseWriter, r *http.Request) {
	var d protocol.BatchDecline
	validate := func() error {
		if len(d.TaskIDs) == 0 {
			return fmt.Errorf("no task ids")
		}
		_, err := d.Signature.Point()
		return err
	}
	s.batchPost(w, r, "batch decline", protocol.MaxBatchDeclineBytes, &d, validate, func() common.Hash { return d.OperatorID },
		func(ctx context.Context, seq uint64) *apiError { return s.acceptBatchDecline(ctx, seq, d) })
}

// acceptBatchDecline records an operator's signed refusal of some leaves of a live batch. When
// the operators that have not declined can no longer meet the threshold, the batch is
// withdrawn: the declined tasks are answered alone and the others proposed again.
func (s *Service) acceptBatchDecline(ctx context.Context, seq uint64, d protocol.BatchDecline) *apiError {
	b := s.batcher
	b.mu.Lock()
	lb, info, e := s.batchOpen(seq, d.OperatorID)
	var root [32]byte
	if lb != nil {
		root = lb.rec.Root
		inBatch := map[uint32]bool{}
		for _, t := range lb.rec.Tasks {
			inBatch[t.TaskID] = true
		}
		for _, id := range d.TaskIDs {
			if !inBatch[id] {
				e = reject(http.StatusBadRequest, rejectMalformed, "task %d is not in batch %d", id, seq)
				break
			}
			inBatch[id] = false // a second mention is refused too
		}
	}
	b.mu.Unlock()
	if e != nil {
		return e
	}
	msg := protocol.BatchDeclineMessage(s.chainID, s.cfg.TaskManager, root, d.TaskIDs)
	if _, e := s.verifyBatchSig(ctx, info, d.Signature, msg); e != nil {
		return e
	}
	b.mu.Lock()
	if lb2, _, e := s.batchOpen(seq, d.OperatorID); e != nil || lb2 != lb {
		b.mu.Unlock()
		if e == nil {
			e = reject(http.StatusGone, rejectClosed, "batch %d is closed", seq)
		}
		return e
	}
	lb.declined[d.OperatorID] = true
	for _, id := range d.TaskIDs {
		lb.refusedBy[id] = true
	}
	withdraw := !lb.reachable()
	if withdraw {
		s.dropLive(seq)
		b.withdrawn = append(b.withdrawn, lb)
	}
	b.mu.Unlock()
	s.metrics.batches.WithLabelValues("declined").Inc()
	s.log.Info().Uint64("batch", seq).Str("operator", d.OperatorID.Hex()).Int("tasks", len(d.TaskIDs)).Bool("withdrawn", withdraw).Msg("batch leaves declined")
	return nil
}

func sortedSeqs(m map[uint64]*liveBatch) []uint64 {
	out := make([]uint64, 0, len(m))
	for seq := range m {
		out = append(out, seq)
	}
	slices.Sort(out)
	return out
}
