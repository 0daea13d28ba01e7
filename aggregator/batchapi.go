package aggregator

import (
	"context"
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
		if lb.submitting || lb.reached || (filter != "" && (!lb.signers[op] || lb.signed[op])) {
			continue
		}
		p := protocol.BatchProposal{Seq: seq, ReferenceBlock: lb.rec.ReferenceBlock, Root: lb.rec.Root, Count: len(lb.rec.Tasks),
			Signers: lb.rec.Signers}
		for _, q := range lb.rec.QuorumNumbers {
			p.QuorumNumbers = append(p.QuorumNumbers, int(q))
		}
		for _, t := range lb.rec.Tasks {
			p.Tasks = append(p.Tasks, protocol.BatchLeaf{TaskID: t.TaskID, TaskHash: t.TaskHash, Leaf: t.Leaf})
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

func (s *Service) postBatchSignature(w http.ResponseWriter, r *http.Request) {
	seq, err := strconv.ParseUint(r.PathValue("seq"), 10, 64)
	if err != nil {
		refuse(w, s.metrics.batchSigsRejected, reject(http.StatusBadRequest, rejectMalformed, "batch %q is not a uint64", r.PathValue("seq")))
		return
	}
	var bs protocol.BatchSignature
	validate := func() error {
		_, err := bs.Signature.Point()
		return err
	}
	if e := decodeBody(w, r, protocol.MaxBatchSignatureBytes, true, &bs, validate, "malformed batch signature"); e != nil {
		refuse(w, s.metrics.batchSigsRejected, e)
		return
	}
	if e := s.acceptBatchSignature(r.Context(), seq, bs); e != nil {
		s.log.Debug().Uint64("batch", seq).Str("operator", bs.OperatorID.Hex()).Int("status", e.status).Str("error", e.msg).Msg("batch signature rejected")
		refuse(w, s.metrics.batchSigsRejected, e)
		return
	}
	writeJSON(w, http.StatusAccepted, map[string]string{"status": "accepted"})
}

// acceptBatchSignature runs the checks of a batch signature, cheap ones first: batch live,
// operator asked to sign it (it signed every leaf), not signed yet, registered at the batch's
// reference block; then the pairing against its G2 key under the verification semaphore.
func (s *Service) acceptBatchSignature(ctx context.Context, seq uint64, bs protocol.BatchSignature) *apiError {
	b := s.batcher
	check := func() (*liveBatch, eigentypes.OperatorAvsState, *apiError) {
		lb := b.live[seq]
		switch {
		case lb == nil:
			if seq >= b.nextSeq {
				return nil, eigentypes.OperatorAvsState{}, reject(http.StatusNotFound, rejectUnknownTask, "unknown batch %d", seq)
			}
			return nil, eigentypes.OperatorAvsState{}, reject(http.StatusGone, rejectClosed, "batch %d is closed", seq)
		case lb.submitting || lb.reached:
			return nil, eigentypes.OperatorAvsState{}, reject(http.StatusGone, rejectClosed, "batch %d already has its signatures", seq)
		case !lb.signers[bs.OperatorID]:
			return nil, eigentypes.OperatorAvsState{}, reject(http.StatusForbidden, rejectUnknownOp, "operator %s is not a signer of every leaf of batch %d", bs.OperatorID.Hex(), seq)
		case lb.signed[bs.OperatorID]:
			return nil, eigentypes.OperatorAvsState{}, reject(http.StatusConflict, rejectDuplicate, "operator %s already signed batch %d", bs.OperatorID.Hex(), seq)
		}
		info, ok := lb.set.ops[eigentypes.OperatorId(bs.OperatorID)]
		if !ok || info.OperatorInfo.Pubkeys.G2Pubkey == nil {
			return nil, info, reject(http.StatusForbidden, rejectUnknownOp, "operator %s is not registered at the batch's reference block", bs.OperatorID.Hex())
		}
		return lb, info, nil
	}
	b.mu.Lock()
	lb, info, e := check()
	var msg [32]byte
	if lb != nil {
		msg = lb.message
	}
	b.mu.Unlock()
	if e != nil {
		return e
	}
	if !s.sigSem.acquire(ctx, queueWait) {
		return reject(http.StatusTooManyRequests, rejectBusy, "signature checks saturated, retry shortly")
	}
	s.metrics.signatureChecks.Inc()
	p, perr := bs.Signature.Point()
	valid := false
	var err error
	if perr == nil {
		valid, err = (&bls.Signature{G1Point: p}).Verify(info.OperatorInfo.Pubkeys.G2Pubkey, msg)
	}
	s.sigSem.release()
	if perr != nil || err != nil || !valid {
		return reject(http.StatusUnauthorized, rejectBadSignature, "signature does not verify under operator %s's registered key for batch %d", bs.OperatorID.Hex(), seq)
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if _, _, e := check(); e != nil { // the batch may have closed during the check
		return e
	}
	s.forwardBatchSignature(lb, bs.OperatorID, &bls.Signature{G1Point: p})
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
