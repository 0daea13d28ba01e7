package aggregator

import (
	"context"
	"net/http"
	"strconv"

	eigentypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum/common"

	"github.com/blockless/avs/protocol"
)

// The decryption share relay (docs/secrets.md): operators executing a task that uses sealed
// envelopes (its function's secrets, an encrypted input) post their shares wrapped to each
// other (POST /v1/shares) and read the ones wrapped to them (GET /v1/shares/{id}?to=ID). The
// aggregator cannot unwrap a share and recipients check every share against its envelope's
// commitments, so nothing here is trusted; the signature only keeps the relay's memory
// bounded by the task's operator set. Shares live in memory with the open task: after a
// restart operators post again (they re-post while they wait).

// shareRelay is a task's relayed shares, by sender. Guarded by task.mu.
type shareRelay map[common.Hash]protocol.ShareBundle

func (s *Service) postShares(w http.ResponseWriter, r *http.Request) {
	var b protocol.ShareBundle
	if e := decodeBody(w, r, protocol.MaxShareBundleBytes, true, &b, nil, "malformed JSON"); e != nil {
		refuse(w, s.metrics.shareBundlesRejected, e)
		return
	}
	if e := s.acceptShares(r.Context(), b); e != nil {
		s.log.Debug().Uint32("task", b.TaskID).Str("operator", b.OperatorID.Hex()).Int("status", e.status).Str("error", e.msg).Msg("share bundle rejected")
		refuse(w, s.metrics.shareBundlesRejected, e)
		return
	}
	s.metrics.shareBundles.Inc()
	s.log.Debug().Uint32("task", b.TaskID).Str("operator", b.OperatorID.Hex()).Int("shares", len(b.Shares)).Msg("share bundle accepted")
	writeJSON(w, http.StatusAccepted, map[string]string{"status": "accepted"})
}

// acceptShares checks a bundle (shape, open task, sender and recipients registered at the
// reference block, registered key, signature) and keeps it in place of the sender's earlier one.
func (s *Service) acceptShares(ctx context.Context, b protocol.ShareBundle) *apiError {
	if err := b.Validate(); err != nil {
		return reject(http.StatusBadRequest, rejectMalformed, "invalid share bundle: %v", err)
	}
	t, e := s.openTask(b.TaskID)
	if e != nil {
		return e
	}
	if b.TaskHash != t.hash {
		return reject(http.StatusServiceUnavailable, rejectNotReady,
			"task %d: this aggregator holds other content under this id (a reorganisation not followed yet), retry shortly", t.id)
	}
	t.mu.Lock()
	info, e := s.checkSharer(t, b)
	t.mu.Unlock()
	if e != nil {
		return e
	}
	if !registeredG2(b.PubkeyG2, info.OperatorInfo.Pubkeys.G2Pubkey) {
		return reject(http.StatusUnauthorized, rejectBadSignature, "pubkeyG2 is not operator %s's registered key", b.OperatorID.Hex())
	}
	if !s.sigSem.acquire(ctx, queueWait) {
		return reject(http.StatusTooManyRequests, rejectBusy, "signature checks saturated, retry shortly")
	}
	err := b.Verify(s.chainID, s.cfg.TaskManager)
	s.sigSem.release()
	if err != nil {
		return reject(http.StatusUnauthorized, rejectBadSignature, "share bundle of operator %s does not verify for task %d: %v", b.OperatorID.Hex(), t.id, err)
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if _, e := s.checkSharer(t, b); e != nil {
		return e
	}
	if t.shares == nil {
		t.shares = shareRelay{}
	}
	t.shares[b.OperatorID] = b
	return nil
}

// checkSharer: the task is open, the sender and every recipient are operators of it. t.mu held.
func (s *Service) checkSharer(t *task, b protocol.ShareBundle) (eigentypes.OperatorAvsState, *apiError) {
	info, e := s.checkRegistered(t, b.OperatorID)
	if e != nil {
		return info, e
	}
	for _, sh := range b.Shares {
		if _, ok := t.set.ops[eigentypes.OperatorId(sh.To)]; !ok {
			return info, reject(http.StatusBadRequest, rejectUnknownOp, "share addressed to %s, not an operator of task %d", sh.To.Hex(), t.id)
		}
	}
	return info, nil
}

func (s *Service) getShares(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseUint(r.PathValue("id"), 10, 32)
	if err != nil {
		writeError(w, reject(http.StatusBadRequest, rejectMalformed, "task id %q is not a uint32", r.PathValue("id")))
		return
	}
	var to common.Hash
	if q := r.URL.Query().Get("to"); len(q) != 66 || to.UnmarshalText([]byte(q)) != nil {
		writeError(w, reject(http.StatusBadRequest, rejectMalformed, "query parameter to must be an operator id (0x and 64 hex digits)"))
		return
	}
	t, e := s.openTask(uint32(id))
	if e != nil {
		writeError(w, e)
		return
	}
	out := protocol.TaskShares{TaskID: t.id, TaskHash: t.hash, Shares: []protocol.RelayedShare{}}
	t.mu.Lock()
	for from, b := range t.shares {
		for _, sh := range b.Shares {
			if sh.To == to {
				out.Shares = append(out.Shares, protocol.RelayedShare{From: from, Envelope: sh.Envelope, Box: sh.Box})
			}
		}
	}
	t.mu.Unlock()
	writeJSON(w, http.StatusOK, out)
}
