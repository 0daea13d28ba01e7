package node

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strings"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/blockless/avs/internal/backoff"
	"github.com/blockless/avs/internal/pooled"
	"github.com/blockless/avs/protocol"
)

// maxBatchLeaves bounds a proposal this operator looks at; the aggregator proposes far fewer.
const maxBatchLeaves = 4096

// errRefused marks a proposal this operator will not sign (reason in the message), or an
// answer the aggregator refused.
var errRefused = errors.New("batch refused")

// errClosed marks an answer that came after the batch closed (certified without it, given up or
// withdrawn): routine, not a disagreement.
var errClosed = fmt.Errorf("%w: batch closed", errRefused)

// batchSigner signs the aggregator's batch proposals (docs/batching.md, "Agreement and
// submission"): it polls GET /v1/batches for those it is asked to sign, signs one only when
// every leaf is a response it signed itself (same task id, task hash and digest, from its
// store) and the root is the leaves' root, and posts the signature. Operators have no inbound
// port, so the aggregator is polled. In a committee batch a leaf names the failover round
// whose committee certifies it; the TaskManager counts a signer's seats for that task only if
// it holds one in that round's window, so a leaf of a task whose window this operator is not in
// (it recorded not being drawn, or being drawn only later) is neither checked nor vouched for.
type batchSigner struct {
	base        string
	http        *http.Client
	store       *store
	skipped     *skipLog
	firstRound  func(ctx context.Context, k taskKey) (round int, known bool) // Node.firstRound
	key         *bls.KeyPair
	operatorID  [32]byte
	chainID     *big.Int
	taskManager common.Address
	interval    time.Duration
	metrics     *metrics
	log         zerolog.Logger
	answered    map[uint64]common.Hash // seq -> root signed, declined or refused: not checked again
}

func newBatchSigner(n *Node) *batchSigner {
	return &batchSigner{base: strings.TrimRight(n.cfg.AggregatorURL, "/"), http: pooled.Client(10 * time.Second),
		store: n.store, skipped: n.skipped, firstRound: n.firstRound, key: n.blsKey, operatorID: n.operatorID, chainID: n.chainID, taskManager: n.cfg.TaskManager,
		interval: n.cfg.BatchPollInterval, metrics: n.metrics, log: n.log.With().Str("component", "batches").Logger(),
		answered: map[uint64]common.Hash{}}
}

// run polls until ctx ends, backing off while the aggregator fails.
func (b *batchSigner) run(ctx context.Context) {
	retry := backoff.New(b.interval, 30*time.Second)
	for {
		wait := b.interval
		if err := b.poll(ctx); err != nil && ctx.Err() == nil {
			wait = retry.Next()
			b.log.Debug().Err(err).Dur("retryIn", wait).Msg("batch proposals")
		} else {
			retry.Reset()
		}
		if !backoff.Sleep(ctx, wait) {
			return
		}
	}
}

// poll handles every proposal the aggregator asks this operator to sign.
func (b *batchSigner) poll(ctx context.Context) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, b.base+"/v1/batches?operator="+common.Hash(b.operatorID).Hex(), nil)
	if err != nil {
		return fmt.Errorf("batch list request: %w", err)
	}
	resp, err := b.http.Do(req)
	if err != nil {
		return fmt.Errorf("get batches: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotFound {
		return nil // an aggregator without batching
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("get batches: HTTP %d", resp.StatusCode)
	}
	var list protocol.BatchList
	if err := json.NewDecoder(io.LimitReader(resp.Body, protocol.MaxBatchListBytes)).Decode(&list); err != nil {
		return fmt.Errorf("decode batches: %w", err)
	}
	listed := map[uint64]bool{}
	for _, p := range list.Batches {
		listed[p.Seq] = true
	}
	for seq := range b.answered { // forget answers to batches no longer offered
		if !listed[seq] {
			delete(b.answered, seq)
		}
	}
	for _, p := range list.Batches {
		if root, done := b.answered[p.Seq]; done && root == p.Root {
			continue
		}
		if err := b.answer(ctx, p); err != nil {
			return err
		}
	}
	return nil
}

// answer signs proposal p, declines the leaves this operator computed differently, or waits
// (nothing posted) while a leaf is a task it has not finished yet.
func (b *batchSigner) answer(ctx context.Context, p protocol.BatchProposal) error {
	v, err := b.check(ctx, p)
	switch {
	case err != nil:
		b.answered[p.Seq] = p.Root
		b.metrics.batches.WithLabelValues("refused").Inc()
		b.log.Warn().Err(err).Uint64("batch", p.Seq).Msg("batch proposal not signed")
		return nil
	case len(v.differ) > 0:
		err = b.postDecline(ctx, p, v.differ)
		if err == nil || errors.Is(err, errRefused) {
			b.answered[p.Seq] = p.Root
			b.metrics.batches.WithLabelValues("declined").Inc()
			b.log.Info().Err(err).Uint64("batch", p.Seq).Uints32("tasks", v.differ).Msg("batch leaves declined: computed differently here")
			return nil
		}
		return err
	case v.pending > 0:
		return nil // asked again at the next poll
	}
	if err := b.post(ctx, fmt.Sprintf("%s/v1/batches/%d/signatures", b.base, p.Seq),
		protocol.BatchSignature{OperatorID: b.operatorID, Signature: protocol.G1JSONOf(b.key.SignMessage(v.message).G1Point)}); err != nil {
		if errors.Is(err, errRefused) {
			b.answered[p.Seq] = p.Root
			ev := b.log.Warn()
			if errors.Is(err, errClosed) {
				ev = b.log.Debug()
			}
			ev.Err(err).Uint64("batch", p.Seq).Msg("aggregator refused the batch signature")
			return nil
		}
		return err
	}
	b.answered[p.Seq] = p.Root
	b.metrics.batches.WithLabelValues("signed").Inc()
	b.log.Info().Uint64("batch", p.Seq).Int("tasks", p.Count).Msg("batch signed")
	return nil
}

// verdict is what this operator makes of a proposal's leaves.
type verdict struct {
	message [32]byte // BatchMessage, when every leaf is one this operator signed
	differ  []uint32 // tasks this operator signed with another response, or dropped unsigned
	pending int      // leaves of tasks this operator has not signed (yet)
	mine    int      // leaves this operator vouches for (not outside its committee window)
}

// check reads p's leaves against this operator's signed records; err (errRefused) means the
// proposal itself is malformed and is never signed.
func (b *batchSigner) check(ctx context.Context, p protocol.BatchProposal) (verdict, error) {
	var v verdict
	if p.Count != len(p.Tasks) || p.Count == 0 || p.Count > maxBatchLeaves {
		return v, fmt.Errorf("%w: count %d with %d leaves", errRefused, p.Count, len(p.Tasks))
	}
	leaves := make([][32]byte, len(p.Tasks))
	seen := map[uint32]bool{}
	for i, l := range p.Tasks {
		if seen[l.TaskID] {
			return v, fmt.Errorf("%w: task %d listed twice", errRefused, l.TaskID)
		}
		seen[l.TaskID] = true
		st, err := b.signedLeaf(ctx, l)
		if err != nil {
			return v, err
		}
		switch st {
		case leafOther:
			v.differ = append(v.differ, l.TaskID)
		case leafUnknown:
			v.pending++
		}
		if st != leafOutside {
			v.mine++
		}
		leaves[i] = l.Leaf
	}
	if v.mine == 0 {
		return v, fmt.Errorf("%w: no leaf is of a task this operator certifies", errRefused)
	}
	root, err := protocol.BatchRoot(leaves)
	if err != nil || common.Hash(root) != p.Root {
		return v, fmt.Errorf("%w: root is not the root of the leaves", errRefused)
	}
	v.message = protocol.BatchMessage(b.chainID, b.taskManager, root, uint64(p.Count))
	return v, nil
}

// leafState is how a proposed leaf compares with this operator's signed record of its task.
type leafState int

const (
	leafUnknown leafState = iota // no signed record (not computed yet, or never)
	leafSame                     // this operator signed exactly this leaf
	leafOther                    // this operator signed another response, or dropped the task
	leafOutside                  // a committee leaf whose round window this operator is not in
)

// signedLeaf compares leaf l.Leaf with what this operator signed for task (l.TaskID, l.TaskHash).
func (b *batchSigner) signedLeaf(ctx context.Context, l protocol.BatchLeaf) (leafState, error) {
	rec, ok, err := b.store.signed(taskKey{ID: l.TaskID, Hash: l.TaskHash})
	if err != nil {
		return leafUnknown, fmt.Errorf("read signed record of task %d: %w", l.TaskID, err)
	}
	if !ok || (rec.TaskHash != [32]byte{} && rec.TaskHash != l.TaskHash) {
		if l.CommitteeRound != nil {
			// Before the skip log: not being drawn is itself a skip ("committee").
			if first, known := b.firstRound(ctx, taskKey{ID: l.TaskID, Hash: l.TaskHash}); known && (first < 0 || first > int(*l.CommitteeRound)) {
				return leafOutside, nil
			}
		}
		if b.skipped.has(taskKey{ID: l.TaskID, Hash: l.TaskHash}) {
			return leafOther, nil // dropped here: this operator will never sign it
		}
		return leafUnknown, nil
	}
	same := false
	if rec.Digest != ([32]byte{}) {
		same = rec.Digest == l.Leaf
	} else if p, err := rec.Response.Signature.Point(); err == nil {
		// A record from before digests were kept: our own signature tells what we signed.
		valid, err := (&bls.Signature{G1Point: p}).Verify(b.key.GetPubKeyG2(), l.Leaf)
		same = err == nil && valid
	}
	if same {
		return leafSame, nil
	}
	return leafOther, nil
}

// postDecline sends this operator's signed refusal of the leaves of tasks ids.
func (b *batchSigner) postDecline(ctx context.Context, p protocol.BatchProposal, ids []uint32) error {
	msg := protocol.BatchDeclineMessage(b.chainID, b.taskManager, p.Root, ids)
	return b.post(ctx, fmt.Sprintf("%s/v1/batches/%d/declines", b.base, p.Seq),
		protocol.BatchDecline{OperatorID: b.operatorID, TaskIDs: ids, Signature: protocol.G1JSONOf(b.key.SignMessage(msg).G1Point)})
}

// post sends a batch signature or decline to url. A 4xx other than 429 is errRefused (the
// batch closed, or the aggregator disagrees); 202 and 409 (already have it) are success.
func (b *batchSigner) post(ctx context.Context, url string, v any) error {
	body, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode batch answer: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("batch answer request: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := b.http.Do(req)
	if err != nil {
		return fmt.Errorf("post batch answer: %w", err)
	}
	defer resp.Body.Close()
	text, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	switch c := resp.StatusCode; {
	case c == http.StatusAccepted || c == http.StatusConflict:
		return nil
	case c == http.StatusTooManyRequests || c >= 500:
		return fmt.Errorf("post batch answer: HTTP %d", c)
	case c == http.StatusGone:
		return fmt.Errorf("%w: HTTP %d: %s", errClosed, c, strings.TrimSpace(string(text)))
	default:
		return fmt.Errorf("%w: HTTP %d: %s", errRefused, c, strings.TrimSpace(string(text)))
	}
}
