package aggregator

import (
	"bytes"
	"context"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	blsagg "github.com/Layr-Labs/eigensdk-go/services/bls_aggregation"
	eigentypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/blockless/avs/protocol"
)

// Batching (docs/batching.md, "Agreement and submission"): a task whose certificate is ready
// is handed to the batcher instead of being sent alone. The batcher groups such tasks by
// quorum numbers; proposes a group as a batch when it is full, its oldest task has waited
// BatchMaxWait, or no task that could join it is still being certified; asks the union of the
// tasks' agreeing operators to sign it (each checks every leaf against its own results);
// collects their signatures over the batch message with blsagg; and sends respondToTasks. A
// batch that is not signed in time, or that the TaskManager refuses, gives its tasks back to
// respondToTask with their own certificates. Operators that computed a leaf differently (or
// not at all) decline it (POST /v1/batches/{seq}/declines); once the operators left cannot meet
// the threshold, the declined tasks go alone and the rest are proposed again at once, so one
// failing task never holds the others back.
//
// Committee tasks batch the same way with their committees (committeebatch.go): a group holds
// tasks of one committee table, the operators asked are the entries' certifying members, and
// the aggregator checks each signature itself and counts seats instead of stake.
//
// Lock order: task.mu before batcher.mu; nothing takes a task's lock while holding batcher.mu.

// batchEntry is one certified task held by the batcher (in a group or a batch).
type batchEntry struct {
	t       *task
	leaf    common.Hash // the agreed response's single-task digest
	resp    protocol.Response
	cert    *protocol.Certificate // its own certificate; nil for a batch restored after a restart
	comm    *committeeLeaf        // committee tasks: round, seats and own certificate; nil otherwise
	signers []common.Hash         // sorted operator ids that signed leaf (committee: those certifying it)
	readyAt time.Time
}

// certified reports whether the entry carries its own certificate, to be answered alone.
func (e *batchEntry) certified() bool { return e.cert != nil || e.comm != nil }

// batchGroup is the certified tasks waiting to form a batch, all with the same quorum numbers.
type batchGroup struct {
	entries []*batchEntry
}

// liveBatch is a proposed batch: stored, published, collecting signatures or being sent.
type liveBatch struct {
	rec        BatchRecord
	entries    []*batchEntry
	message    [32]byte
	signers    map[common.Hash]bool
	signed     map[common.Hash]bool
	declined   map[common.Hash]bool // operators that declined some leaves
	refusedBy  map[uint32]bool      // task ids some operator declined
	aggID      uint32
	aggStarted bool
	closesAt   time.Time // no signature is forwarded after this (as for task rounds: doc.go)
	giveUpAt   time.Time // no certificate by then: the tasks fall back to respondToTask
	reached    bool      // the signatures forwarded meet the threshold
	submitting bool
	tallies    tallies
	set        *operatorSet
	sigs       map[common.Hash]*bls.G1Point // committee batches: verified signatures, summed here
}

// batcher is the Service's batching state, guarded by mu.
type batcher struct {
	mu      sync.Mutex
	groups  map[string]*batchGroup
	live    map[uint64]*liveBatch
	claimed map[uint32]uint64 // task id -> seq of the live batch holding it
	byAgg   map[uint32]uint64 // blsagg index -> seq
	// early holds certified tasks of a stored batch that is not restored yet (startup).
	early map[uint32]*batchEntry
	// withdrawn holds batches that declines left short of their threshold, for batchTick
	// (which runs under the service's context) to split up.
	withdrawn []*liveBatch
	nextSeq   uint64
}

func newBatcher() *batcher {
	return &batcher{groups: map[string]*batchGroup{}, live: map[uint64]*liveBatch{}, claimed: map[uint32]uint64{},
		byAgg: map[uint32]uint64{}, early: map[uint32]*batchEntry{}, nextSeq: 1}
}

// batchMessage is the TaskResponse handed to blsagg for a batch: its digest is the message.
type batchMessage [32]byte

func (s *Service) batching() bool { return s.cfg.BatchMaxTasks > 1 }

// groupKey is the batcher's grouping key: the quorum numbers (respondToTasks takes one set), or
// for committee tasks the committee table (respondToTasksByCommittee takes one table).
// Signer sets are not part of it: an operator whose response came after a task was certified
// still computed it and signs the batch, so exact-set groups would split batches for nothing.
func groupKey(task protocol.Task) string {
	if task.CommitteeSize > 0 {
		return "c" + strconv.FormatUint(task.CommitteeTable, 10)
	}
	return "q" + string(task.QuorumNumbers)
}

// unionSigners is the sorted set of operators that signed at least one entry's leaf: the
// operators asked to sign a batch of entries.
func unionSigners(entries []*batchEntry) []common.Hash {
	seen := map[common.Hash]bool{}
	var out []common.Hash
	for _, e := range entries {
		for _, op := range e.signers {
			if !seen[op] {
				seen[op] = true
				out = append(out, op)
			}
		}
	}
	slices.SortFunc(out, func(a, b common.Hash) int { return bytes.Compare(a[:], b[:]) })
	return out
}

func newLiveBatch(rec BatchRecord, entries []*batchEntry) *liveBatch {
	lb := &liveBatch{rec: rec, entries: entries, signers: map[common.Hash]bool{}, signed: map[common.Hash]bool{},
		declined: map[common.Hash]bool{}, refusedBy: map[uint32]bool{}, tallies: tallies{}, sigs: map[common.Hash]*bls.G1Point{}}
	for _, op := range rec.Signers {
		lb.signers[op] = true
	}
	return lb
}

// nearDeadline reports whether a task must not wait in (or for) a batch any more.
func (s *Service) nearDeadline(t *task) bool {
	return uint64(t.rec.Task.DeadlineBlock) <= s.head.Load()+s.cfg.BatchDeadlineMargin
}

// offerBatch hands a certified task to the batcher; it reports false when the task must be
// sent alone (batching off, near its deadline, or its batch failed before). t.mu held.
func (s *Service) offerBatch(ctx context.Context, t *task, resp protocol.Response, leaf common.Hash, cert protocol.Certificate) bool {
	var signers []common.Hash
	for _, r := range t.responses {
		if r.Digest == leaf {
			signers = append(signers, r.Response.OperatorID)
		}
	}
	return s.offer(ctx, &batchEntry{t: t, leaf: leaf, resp: resp, cert: &cert, signers: signers, readyAt: time.Now()})
}

// offer puts a certified task's entry into its group, proposing the group when it is full; it
// reports false when the task must be sent alone. e.t.mu held.
func (s *Service) offer(ctx context.Context, e *batchEntry) bool {
	t := e.t
	if !s.batching() || t.noBatch || s.nearDeadline(t) {
		return false
	}
	b := s.batcher
	b.mu.Lock()
	defer b.mu.Unlock()
	if seq, ok := b.claimed[t.id]; ok {
		// A batch restored after a restart holds the task: keep its certificate for a fallback.
		lb := b.live[seq]
		if lb == nil { // its batch is being restored: it picks the certificate up
			b.early[t.id] = e
			return true
		}
		for _, le := range lb.entries {
			if le.t == t && le.leaf == e.leaf {
				le.cert, le.comm = e.cert, e.comm
				return true
			}
		}
		return false
	}
	slices.SortFunc(e.signers, func(a, b common.Hash) int { return bytes.Compare(a[:], b[:]) })
	key := groupKey(t.rec.Task)
	g := b.groups[key]
	if g == nil {
		g = &batchGroup{}
		b.groups[key] = g
	}
	g.entries = append(g.entries, e)
	if len(g.entries) >= s.cfg.BatchMaxTasks {
		entries := g.entries
		delete(b.groups, key)
		s.wg.Go(func() { s.propose(ctx, entries) })
	}
	return true
}

// batchLoop flushes groups whose oldest task waited long enough, takes tasks near their
// deadline out of groups, and gives up on batches not signed in time.
func (s *Service) batchLoop(ctx context.Context) {
	// Often enough for the wait, the signing timeout and the head (deadline margins).
	every := min(s.cfg.BatchMaxWait, s.cfg.BatchSignTimeout) / 5
	tick := time.NewTicker(min(max(every, 5*time.Millisecond), 25*time.Millisecond))
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		s.batchTick(ctx, time.Now())
	}
}

func (s *Service) batchTick(ctx context.Context, now time.Time) {
	inflight := s.inflightByGroup() // before batcher.mu: it takes task locks
	b := s.batcher
	var flush [][]*batchEntry
	var alone []*batchEntry
	var failed []*liveBatch
	b.mu.Lock()
	withdrawn := b.withdrawn
	b.withdrawn = nil
	for key, g := range b.groups {
		keep := g.entries[:0]
		for _, e := range g.entries {
			if s.nearDeadline(e.t) {
				alone = append(alone, e)
			} else {
				keep = append(keep, e)
			}
		}
		g.entries = keep
		switch {
		case len(keep) == 0:
			delete(b.groups, key)
		case now.Sub(keep[0].readyAt) >= s.cfg.BatchMaxWait || (!s.cfg.BatchHoldIdle && inflight[key] == 0):
			// Waited long enough, or no task that could join is still being certified: at
			// low load a task goes at once (alone), under load batches fill up.
			flush = append(flush, keep)
			delete(b.groups, key)
		}
	}
	for seq, lb := range b.live {
		if lb.submitting {
			continue
		}
		near := false
		for _, e := range lb.entries {
			near = near || s.nearDeadline(e.t)
		}
		if near || now.After(lb.giveUpAt) {
			failed = append(failed, lb)
			s.dropLive(seq)
		}
	}
	b.mu.Unlock()
	for _, lb := range withdrawn {
		s.withdraw(ctx, lb)
	}
	for _, e := range alone {
		s.sendAlone(ctx, e)
	}
	for _, lb := range failed {
		s.log.Warn().Uint64("batch", lb.rec.Seq).Int("tasks", len(lb.entries)).Int("signatures", len(lb.signed)).
			Msg("batch not signed in time (or a task neared its deadline): its tasks are answered one by one")
		s.metrics.batches.WithLabelValues("fallback").Inc()
		s.forgetBatch(lb)
		for _, e := range lb.entries {
			s.sendAlone(ctx, e)
		}
	}
	for _, entries := range flush {
		s.wg.Go(func() { s.propose(ctx, entries) })
	}
}

// inflightByGroup counts, by group key, the tasks still collecting signatures: the tasks that
// may soon join a waiting group.
func (s *Service) inflightByGroup() map[string]int {
	s.mu.Lock()
	tasks := make([]*task, 0, len(s.tasks))
	for _, t := range s.tasks {
		tasks = append(tasks, t)
	}
	s.mu.Unlock()
	out := map[string]int{}
	for _, t := range tasks {
		t.mu.Lock()
		switch t.phase {
		case phaseLoading, phaseCollecting, phaseClosing, phaseBetweenRounds:
			out[groupKey(t.rec.Task)]++
		}
		t.mu.Unlock()
	}
	return out
}

// withdraw ends a batch whose declines left too little stake to certify it (already dropped
// from the live set): the declined tasks are answered alone with their own certificates, the
// others proposed again without them.
func (s *Service) withdraw(ctx context.Context, lb *liveBatch) {
	s.forgetBatch(lb)
	s.metrics.batches.WithLabelValues("withdrawn").Inc()
	var rest []*batchEntry
	for _, e := range lb.entries {
		if lb.refusedBy[e.t.id] || !e.certified() {
			s.sendAlone(ctx, e)
		} else {
			rest = append(rest, e)
		}
	}
	if len(rest) > 0 {
		s.wg.Go(func() { s.propose(ctx, rest) })
	}
}

// dropLive forgets a live batch and its claims. batcher.mu held.
func (s *Service) dropLive(seq uint64) {
	b := s.batcher
	lb := b.live[seq]
	if lb == nil {
		return
	}
	delete(b.live, seq)
	for _, e := range lb.entries {
		if b.claimed[e.t.id] == seq {
			delete(b.claimed, e.t.id)
		}
	}
}

// forgetBatch removes a batch that will not be sent from the store.
func (s *Service) forgetBatch(lb *liveBatch) {
	if err := s.store.DeleteBatch(lb.rec.Seq); err != nil {
		s.log.Error().Err(err).Uint64("batch", lb.rec.Seq).Msg("forget batch")
	}
}

// sendAlone answers a task of a failed or refused batch with respondToTask. A task without
// its own certificate (restored after a restart) gets a new aggregation round, whose
// certificate then goes alone.
func (s *Service) sendAlone(ctx context.Context, e *batchEntry) {
	t := e.t
	t.mu.Lock()
	defer t.mu.Unlock()
	t.noBatch = true
	if t.phase != phaseBatched && t.phase != phaseSubmitting {
		return // still aggregating (restored batch): noBatch sends its certificate alone
	}
	if e.comm != nil {
		t.phase = phaseSubmitting
		s.log.Debug().Uint32("task", t.id).Msg("answering alone by committee")
		sub := s.committeeSubmission(t, e.resp, e.leaf, e.comm.cert)
		s.wg.Go(func() { s.submit(ctx, t, sub) })
		return
	}
	if e.cert == nil {
		if err := s.startRound(t); err != nil {
			t.phase, t.setupErr = phaseStalled, err.Error()
			s.log.Error().Err(err).Uint32("task", t.id).Msg("restart aggregation after a failed batch")
		}
		return
	}
	t.phase = phaseSubmitting
	s.log.Debug().Uint32("task", t.id).Msg("answering alone")
	sub := s.certificateSubmission(t, e.resp, e.leaf, *e.cert)
	s.wg.Go(func() { s.submit(ctx, t, sub) })
}

// propose turns certified tasks of one group into a batch: it checks the rule of
// respondToTasks it can check off chain, stores the batch, then publishes it (GET /v1/batches)
// and starts collecting signatures. Tasks that cannot be batched go alone.
func (s *Service) propose(ctx context.Context, entries []*batchEntry) {
	var keep []*batchEntry
	for _, e := range entries {
		e.t.mu.Lock()
		ok := e.t.phase == phaseBatched
		e.t.mu.Unlock()
		switch {
		case !ok: // settled or replaced meanwhile
		case s.nearDeadline(e.t):
			s.sendAlone(ctx, e)
		default:
			keep = append(keep, e)
		}
	}
	if len(keep) == 0 {
		return
	}
	if len(keep) == 1 {
		s.sendAlone(ctx, keep[0]) // one task: respondToTask is cheaper and needs no new signatures
		return
	}
	first := keep[0].t.rec.Task
	rec := BatchRecord{QuorumNumbers: first.QuorumNumbers, Signers: unionSigners(keep), CreatedAt: time.Now().UTC()}
	if keep[0].comm != nil {
		rec.Committee, rec.CommitteeTable = true, first.CommitteeTable
	}
	leaves := make([][32]byte, len(keep))
	for i, e := range keep {
		task := e.t.rec.Task
		rec.ReferenceBlock = max(rec.ReferenceBlock, task.ReferenceBlock)
		rec.Threshold = max(rec.Threshold, task.QuorumThresholdPercentage)
		bt := BatchTask{TaskID: e.t.id, TaskHash: e.t.hash, Leaf: e.leaf, Response: e.resp}
		if e.comm != nil {
			bt.Round = &e.comm.round
		}
		rec.Tasks = append(rec.Tasks, bt)
		leaves[i] = e.leaf
	}
	// Committee batches have no reference block on chain (each task's seed decides its seats).
	if !rec.Committee && uint64(rec.ReferenceBlock) > s.head.Load() {
		// respondToTasks needs referenceBlock < block.number of the block that includes it,
		// which is above the head we saw: a reference block at the head is fine (a devnet that
		// mines on demand has the tasks' creation block as its head).
		s.log.Info().Uint32("referenceBlock", rec.ReferenceBlock).Msg("batch reference block above the head; answering alone")
		for _, e := range keep {
			s.sendAlone(ctx, e)
		}
		return
	}
	root, err := protocol.BatchRoot(leaves)
	if err != nil {
		return // keep is not empty
	}
	rec.Root = root
	lb := newLiveBatch(rec, keep)
	if !s.batchCanMeet(ctx, lb, rec) {
		s.log.Info().Int("tasks", len(keep)).Msg("signers of a group do not meet the threshold at the batch's reference block; answering alone")
		for _, e := range keep {
			s.sendAlone(ctx, e)
		}
		return
	}
	s.batcher.mu.Lock()
	rec.Seq = s.batcher.nextSeq
	s.batcher.nextSeq++
	s.batcher.mu.Unlock()
	lb.rec = rec
	// Stored before anyone can see it, so a restart republishes it rather than losing its tasks.
	if err := s.store.PutBatch(rec); err != nil {
		s.log.Error().Err(err).Msg("store batch; answering its tasks alone")
		for _, e := range keep {
			s.sendAlone(ctx, e)
		}
		return
	}
	if !s.publish(ctx, lb) {
		s.forgetBatch(lb)
		for _, e := range keep {
			s.sendAlone(ctx, e)
		}
	}
}

// batchCanMeet loads the operator set at the batch's reference block into lb and reports
// whether the batch's signers can meet its strictest threshold there.
func (s *Service) batchCanMeet(ctx context.Context, lb *liveBatch, rec BatchRecord) bool {
	if rec.Committee {
		lb.set = committeeSet(lb.entries)
		return lb.reachable()
	}
	set, err := s.registry.fetch(ctx, lb.rule().quorums, rec.ReferenceBlock)
	if err != nil {
		s.log.Warn().Err(err).Uint32("referenceBlock", rec.ReferenceBlock).Msg("operator set for a batch")
		return false
	}
	lb.set = &set
	return lb.reachable()
}

// rule is the batch's threshold rule: its strictest task threshold on each of its quorums,
// against the stake totals of its operator set (once loaded).
func (lb *liveBatch) rule() thresholdRule {
	r := thresholdRule{quorums: make(eigentypes.QuorumNums, len(lb.rec.QuorumNumbers)),
		percentages: make(eigentypes.QuorumThresholdPercentages, len(lb.rec.QuorumNumbers))}
	for i, q := range lb.rec.QuorumNumbers {
		r.quorums[i], r.percentages[i] = eigentypes.QuorumNum(q), eigentypes.QuorumThresholdPercentage(lb.rec.Threshold)
	}
	if lb.set != nil {
		r.totals = lb.set.totals
	}
	return r
}

// reachable reports whether the operators asked to sign, less those that declined, hold
// enough stake to meet the threshold. lb.set loaded; batcher.mu held (or lb not shared yet).
func (lb *liveBatch) reachable() bool {
	if lb.rec.Committee {
		var left []common.Hash
		for _, op := range lb.rec.Signers {
			if !lb.declined[op] {
				left = append(left, op)
			}
		}
		return lb.committeeMet(left)
	}
	all := tallies{}
	var tl *tally
	for _, op := range lb.rec.Signers {
		info, ok := lb.set.ops[eigentypes.OperatorId(op)]
		if !ok || lb.declined[op] {
			continue
		}
		tl = all.add(common.Hash{}, info.StakePerQuorum)
	}
	return tl != nil && lb.rule().met(tl)
}

// publish registers a stored batch as live and opens its blsagg round under a fresh index.
func (s *Service) publish(ctx context.Context, lb *liveBatch) bool {
	rec := lb.rec
	if lb.set == nil && !s.batchCanMeet(ctx, lb, rec) {
		return false
	}
	lb.message = protocol.BatchMessage(s.chainID, s.cfg.TaskManager, rec.Root, uint64(len(rec.Tasks)))
	now := time.Now()
	lb.closesAt, lb.giveUpAt = now.Add(s.cfg.BatchSignTimeout), now.Add(s.cfg.BatchSignTimeout)
	if !rec.Committee { // committee batches are summed here (committeebatch.go), not by blsagg
		rule := lb.rule()
		s.mu.Lock()
		lb.aggID = s.nextAgg
		s.nextAgg++
		s.mu.Unlock()
		// The round outlives our own give-up time, so its expiry never races a forwarded signature.
		meta := blsagg.NewTaskMetadata(lb.aggID, rec.ReferenceBlock, rule.quorums, rule.percentages, s.cfg.BatchSignTimeout+roundMargin)
		if err := s.bls.InitializeNewTask(meta); err != nil {
			s.log.Error().Err(err).Uint64("batch", rec.Seq).Msg("initialize batch aggregation")
			return false
		}
	}
	b := s.batcher
	b.mu.Lock()
	for _, e := range lb.entries {
		if seq, taken := b.claimed[e.t.id]; taken && seq != rec.Seq {
			b.mu.Unlock()
			return false // cannot happen: a task is in one group or batch at a time
		}
	}
	b.live[rec.Seq] = lb
	if !rec.Committee {
		lb.aggStarted = true
		b.byAgg[lb.aggID] = rec.Seq
	}
	for _, e := range lb.entries {
		b.claimed[e.t.id] = rec.Seq
	}
	b.mu.Unlock()
	s.metrics.batches.WithLabelValues("proposed").Inc()
	s.log.Info().Uint64("batch", rec.Seq).Int("tasks", len(rec.Tasks)).Str("root", rec.Root.Hex()).
		Uint32("referenceBlock", rec.ReferenceBlock).Int("signers", len(rec.Signers)).Msg("batch proposed")
	return true
}

// forwardBatchSignature hands a verified batch signature to the batch's round and reports
// whether the batch now has enough. batcher.mu held.
func (s *Service) forwardBatchSignature(lb *liveBatch, op common.Hash, sig *bls.Signature) {
	if lb.reached || time.Now().After(lb.closesAt) {
		return
	}
	if lb.rec.Committee {
		s.forwardCommitteeSignature(lb, op, sig)
		return
	}
	// Background: see forward in round.go.
	if err := s.bls.ProcessNewSignature(context.Background(), blsagg.NewTaskSignature(lb.aggID, batchMessage(lb.message), sig, eigentypes.OperatorId(op))); err != nil {
		s.log.Warn().Err(err).Uint64("batch", lb.rec.Seq).Str("operator", op.Hex()).Msg("aggregation refused a verified batch signature")
		return
	}
	lb.signed[op] = true
	tl := lb.tallies.add(common.Hash(lb.message), lb.set.ops[eigentypes.OperatorId(op)].StakePerQuorum)
	if lb.rule().met(tl) {
		lb.reached = true
	}
}

// handleBatchResult acts on blsagg's report for a batch round; it reports false when the
// index is not a batch's.
func (s *Service) handleBatchResult(ctx context.Context, r blsagg.BlsAggregationServiceResponse) bool {
	b := s.batcher
	b.mu.Lock()
	seq, isBatch := b.byAgg[r.TaskIndex]
	lb := b.live[seq]
	if !isBatch || lb == nil || lb.submitting || lb.aggID != r.TaskIndex {
		b.mu.Unlock()
		return isBatch
	}
	if r.Err != nil {
		b.mu.Unlock()
		return true // the batch loop gives up on it at giveUpAt
	}
	cert, err := CertificateFromAggregation(r)
	if err != nil {
		b.mu.Unlock()
		s.log.Error().Err(err).Uint64("batch", seq).Msg("unusable batch aggregation result")
		return true
	}
	lb.submitting = true
	b.mu.Unlock()
	s.log.Info().Uint64("batch", seq).Int("nonSigners", len(cert.NonSignerPubkeys)).Msg("batch certificate ready")
	send := func(ctx context.Context, tasks []protocol.Task, resps []protocol.Response, prev *types.Transaction) (*types.Transaction, *types.Receipt, error) {
		return s.sub.respondTasks(ctx, tasks, resps, lb.rec.ReferenceBlock, cert, prev)
	}
	s.wg.Go(func() { s.submitBatch(ctx, lb, send) })
	return true
}

// claimStoredBatches marks the tasks of the batches a previous run stored and did not
// settle as held by them, before those tasks are tracked again (Run), so none of them joins
// another batch or goes alone meanwhile.
func (s *Service) claimStoredBatches() ([]BatchRecord, error) {
	next, err := s.store.NextBatchSeq()
	if err != nil {
		return nil, err
	}
	recs, err := s.store.Batches()
	if err != nil {
		return nil, err
	}
	b := s.batcher
	b.mu.Lock()
	defer b.mu.Unlock()
	b.nextSeq = next
	var keep []BatchRecord
	for _, rec := range recs {
		if rec.Committee {
			// Not republished: its tasks certify again from their stored responses and batch
			// anew (a committee certificate is cheap to rebuild; no aggregation round to replay).
			if err := s.store.DeleteBatch(rec.Seq); err != nil {
				return nil, err
			}
			continue
		}
		keep = append(keep, rec)
		for _, bt := range rec.Tasks {
			b.claimed[bt.TaskID] = rec.Seq
		}
	}
	return keep, nil
}

// restoreBatches republishes stored batches once their tasks are tracked. Each task's
// certificate, rebuilt by its replayed round, joins the batch (offerBatch) as a fallback.
func (s *Service) restoreBatches(ctx context.Context, recs []BatchRecord) {
	for _, rec := range recs {
		lb := newLiveBatch(rec, nil)
		ok := s.batching()
		for _, bt := range rec.Tasks {
			t := s.task(bt.TaskID)
			if t == nil || t.hash != bt.TaskHash {
				ok = false
				continue
			}
			lb.entries = append(lb.entries, &batchEntry{t: t, leaf: bt.Leaf, resp: bt.Response, signers: rec.Signers, readyAt: rec.CreatedAt})
		}
		b := s.batcher
		b.mu.Lock()
		for _, e := range lb.entries {
			if early := b.early[e.t.id]; early != nil && early.leaf == e.leaf {
				e.cert = early.cert
			}
			delete(b.early, e.t.id)
		}
		b.mu.Unlock()
		if ok && s.publish(ctx, lb) {
			s.log.Info().Uint64("batch", rec.Seq).Int("tasks", len(rec.Tasks)).Msg("stored batch restored")
			continue
		}
		// A settled task (or batching now off): the batch is dropped and its other tasks are
		// answered alone.
		s.forgetBatch(lb)
		b.mu.Lock()
		for _, bt := range rec.Tasks {
			if b.claimed[bt.TaskID] == rec.Seq {
				delete(b.claimed, bt.TaskID)
			}
		}
		b.mu.Unlock()
		for _, e := range lb.entries {
			s.sendAlone(ctx, e)
		}
	}
}
