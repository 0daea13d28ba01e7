package aggregator

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	eigentypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/blockless/avs/committee"
	"github.com/blockless/avs/protocol"
)

// Committee batches: certified committee tasks of one committee table are batched like quorum
// tasks (batch.go), with three differences. The operators asked to sign are, per task, the
// members that certified it (they hold seats in the task's certifying round). Each signature
// over the batch message is checked here by pairing under the operator's registered key and
// kept; no blsagg round, no stake. The batch is certified once, for every task, the signers'
// seats in that task's round window meet its threshold, exactly what respondToTasksByCommittee
// counts; the certificate lists the signers by table position with their summed keys and
// signatures. An operator signs only if every leaf of a task in whose window it sits is its own
// response, so a signature never counts for a task its signer did not compute.

// committeeLeaf is what a committee task brings to a batch entry.
type committeeLeaf struct {
	table     *committee.Table
	round     uint8          // the failover round whose window certifies the task
	window    uint32         // committee.Window(k, round)
	threshold uint8          // percent of the window's seats
	seats     map[int]uint32 // seats held in the window, by table position
	cert      protocol.CommitteeCertificate
}

// seatsOf is op's seats in the leaf's window.
func (c *committeeLeaf) seatsOf(op common.Hash) uint32 {
	pos, ok := c.table.Position(op)
	if !ok {
		return 0
	}
	return c.seats[pos]
}

// offerCommittee hands a committee-certified task to the batcher (false: send it alone).
// signers are the responses that certified it; t.mu held.
func (s *Service) offerCommittee(t *task, resp protocol.Response, digest common.Hash, round uint8, window uint32,
	seats map[int]uint32, signers []StoredResponse, cert protocol.CommitteeCertificate) bool {
	e := &batchEntry{t: t, leaf: digest, resp: resp, readyAt: time.Now(),
		comm: &committeeLeaf{table: t.comm.table, round: round, window: window, threshold: t.comm.threshold, seats: seats, cert: cert}}
	for _, r := range signers {
		e.signers = append(e.signers, r.Response.OperatorID)
	}
	return s.offer(s.runCtx, e)
}

// committeeSet is the operators (with keys) of a committee batch's tasks: the union of the
// tasks' operator sets at their reference blocks. Keys cannot change once registered, so any
// task's entry for an operator serves.
func committeeSet(entries []*batchEntry) *operatorSet {
	set := &operatorSet{ops: map[eigentypes.OperatorId]eigentypes.OperatorAvsState{}}
	for _, e := range entries {
		e.t.mu.Lock()
		if e.t.set != nil {
			for id, info := range e.t.set.ops {
				if _, ok := set.ops[id]; !ok {
					set.ops[id] = info
				}
			}
		}
		e.t.mu.Unlock()
	}
	return set
}

// committeeMet reports whether ops hold the threshold of every task's window.
func (lb *liveBatch) committeeMet(ops []common.Hash) bool {
	for _, e := range lb.entries {
		var held uint32
		for _, op := range ops {
			held += e.comm.seatsOf(op)
		}
		if !committee.Meets(held, e.comm.window, e.comm.threshold) {
			return false
		}
	}
	return true
}

// forwardCommitteeSignature keeps a verified signature of a committee batch and, once the
// signers meet every task's threshold, sends the batch. batcher.mu held.
func (s *Service) forwardCommitteeSignature(lb *liveBatch, op common.Hash, sig *bls.Signature) {
	lb.signed[op] = true
	lb.sigs[op] = sig.G1Point
	ops := make([]common.Hash, 0, len(lb.sigs))
	for o := range lb.sigs {
		ops = append(ops, o)
	}
	if !lb.committeeMet(ops) {
		return
	}
	rounds := make([]uint8, len(lb.entries))
	for i, e := range lb.entries {
		rounds[i] = e.comm.round
	}
	cert, err := committeeCertificate(lb.entries[0].comm.table, lb.set, rounds, lb.sigs)
	if err != nil {
		s.log.Error().Err(err).Uint64("batch", lb.rec.Seq).Msg("committee batch certificate")
		return
	}
	lb.reached, lb.submitting = true, true
	s.log.Info().Uint64("batch", lb.rec.Seq).Int("tasks", len(lb.entries)).Int("signers", len(ops)).Msg("committee batch certificate ready")
	send := func(ctx context.Context, tasks []protocol.Task, resps []protocol.Response, prev *types.Transaction) (*types.Transaction, *types.Receipt, error) {
		return s.sub.respondCommittee(ctx, tasks, resps, cert, prev)
	}
	ctx := s.runCtx
	s.wg.Go(func() { s.submitBatch(ctx, lb, send) })
}

// committeeCertificate sums the signers' keys and signatures into a CommitteeCertificate,
// signers ordered by table position as the TaskManager requires.
func committeeCertificate(table *committee.Table, set *operatorSet, rounds []uint8, sigs map[common.Hash]*bls.G1Point) (protocol.CommitteeCertificate, error) {
	type signer struct {
		pos  int
		info eigentypes.OperatorAvsState
		sig  *bls.G1Point
	}
	list := make([]signer, 0, len(sigs))
	for op, sig := range sigs {
		pos, ok := table.Position(op)
		if !ok {
			return protocol.CommitteeCertificate{}, fmt.Errorf("operator %s is not in the committee table", op.Hex())
		}
		info, ok := set.ops[eigentypes.OperatorId(op)]
		if !ok || info.OperatorInfo.Pubkeys.G1Pubkey == nil || info.OperatorInfo.Pubkeys.G2Pubkey == nil {
			return protocol.CommitteeCertificate{}, fmt.Errorf("operator %s has no registered keys at the reference block", op.Hex())
		}
		list = append(list, signer{pos: pos, info: info, sig: sig})
	}
	sort.Slice(list, func(i, j int) bool { return list[i].pos < list[j].pos })
	cert := protocol.CommitteeCertificate{Rounds: rounds}
	apk := bls.NewZeroG2Point()
	sigma := bls.NewZeroG1Point()
	for _, sg := range list {
		cert.SignerPositions = append(cert.SignerPositions, uint32(sg.pos))
		cert.SignerPubkeys = append(cert.SignerPubkeys, protocol.G1(sg.info.OperatorInfo.Pubkeys.G1Pubkey))
		apk = apk.Add(sg.info.OperatorInfo.Pubkeys.G2Pubkey)
		sigma = sigma.Add(sg.sig)
	}
	cert.ApkG2, cert.Sigma = protocol.G2(apk), protocol.G1(sigma)
	return cert, nil
}
