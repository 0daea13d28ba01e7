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
	"github.com/blockless/avs/protocol"
)

// maxBatchLeaves bounds a proposal this operator looks at; the aggregator proposes far fewer.
const maxBatchLeaves = 4096

// errRefused marks a proposal this operator will not sign (reason in the message).
var errRefused = errors.New("batch refused")

// batchSigner signs the aggregator's batch proposals (docs/batching.md, "Agreement and
// submission"): it polls GET /v1/batches for those it is asked to sign, signs one only when
// every leaf is a response it signed itself (same task id, task hash and digest, from its
// store) and the root is the leaves' root, and posts the signature. Operators have no inbound
// port, so the aggregator is polled.
type batchSigner struct {
	base        string
	http        *http.Client
	store       *store
	key         *bls.KeyPair
	operatorID  [32]byte
	chainID     *big.Int
	taskManager common.Address
	interval    time.Duration
	metrics     *metrics
	log         zerolog.Logger
	refused     map[uint64]common.Hash // seq -> root refused: not checked again
}

func newBatchSigner(n *Node) *batchSigner {
	return &batchSigner{base: strings.TrimRight(n.cfg.AggregatorURL, "/"), http: &http.Client{Timeout: 10 * time.Second},
		store: n.store, key: n.blsKey, operatorID: n.operatorID, chainID: n.chainID, taskManager: n.cfg.TaskManager,
		interval: n.cfg.BatchPollInterval, metrics: n.metrics, log: n.log.With().Str("component", "batches").Logger(),
		refused: map[uint64]common.Hash{}}
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
	for seq := range b.refused { // forget refusals of batches no longer offered
		if !listed[seq] {
			delete(b.refused, seq)
		}
	}
	for _, p := range list.Batches {
		if root, done := b.refused[p.Seq]; done && root == p.Root {
			continue
		}
		msg, err := b.check(p)
		if err != nil {
			b.refused[p.Seq] = p.Root
			b.metrics.batches.WithLabelValues("refused").Inc()
			b.log.Warn().Err(err).Uint64("batch", p.Seq).Msg("batch proposal not signed")
			continue
		}
		if err := b.post(ctx, p.Seq, msg); err != nil {
			if errors.Is(err, errRefused) {
				b.refused[p.Seq] = p.Root
				b.log.Warn().Err(err).Uint64("batch", p.Seq).Msg("aggregator refused the batch signature")
				continue
			}
			return err
		}
		b.metrics.batches.WithLabelValues("signed").Inc()
		b.log.Info().Uint64("batch", p.Seq).Int("tasks", p.Count).Msg("batch signed")
	}
	return nil
}

// check returns the message to sign for p, or why it must not be signed.
func (b *batchSigner) check(p protocol.BatchProposal) ([32]byte, error) {
	if p.Count != len(p.Tasks) || p.Count == 0 || p.Count > maxBatchLeaves {
		return [32]byte{}, fmt.Errorf("%w: count %d with %d leaves", errRefused, p.Count, len(p.Tasks))
	}
	leaves := make([][32]byte, len(p.Tasks))
	seen := map[uint32]bool{}
	for i, l := range p.Tasks {
		if seen[l.TaskID] {
			return [32]byte{}, fmt.Errorf("%w: task %d listed twice", errRefused, l.TaskID)
		}
		seen[l.TaskID] = true
		ok, err := b.signedLeaf(l)
		if err != nil {
			return [32]byte{}, err
		}
		if !ok {
			return [32]byte{}, fmt.Errorf("%w: leaf %d (task %d) is not a response this operator signed", errRefused, i, l.TaskID)
		}
		leaves[i] = l.Leaf
	}
	root, err := protocol.BatchRoot(leaves)
	if err != nil || common.Hash(root) != p.Root {
		return [32]byte{}, fmt.Errorf("%w: root is not the root of the leaves", errRefused)
	}
	return protocol.BatchMessage(b.chainID, b.taskManager, root, uint64(p.Count)), nil
}

// signedLeaf reports whether this operator signed leaf l.Leaf for task (l.TaskID, l.TaskHash).
func (b *batchSigner) signedLeaf(l protocol.BatchLeaf) (bool, error) {
	rec, ok, err := b.store.signed(taskKey{ID: l.TaskID, Hash: l.TaskHash})
	if err != nil {
		return false, fmt.Errorf("read signed record of task %d: %w", l.TaskID, err)
	}
	if !ok || (rec.TaskHash != [32]byte{} && rec.TaskHash != l.TaskHash) {
		return false, nil
	}
	if rec.Digest != ([32]byte{}) {
		return rec.Digest == l.Leaf, nil
	}
	// A record from before digests were kept: our own signature tells what we signed.
	p, err := rec.Response.Signature.Point()
	if err != nil {
		return false, nil
	}
	valid, err := (&bls.Signature{G1Point: p}).Verify(b.key.GetPubKeyG2(), l.Leaf)
	return err == nil && valid, nil
}

// post sends the signature of msg for batch seq. A 4xx other than 429 is errRefused (the
// batch closed, or the aggregator disagrees); 202 and 409 (already have it) are success.
func (b *batchSigner) post(ctx context.Context, seq uint64, msg [32]byte) error {
	sig := b.key.SignMessage(msg)
	body, err := json.Marshal(protocol.BatchSignature{OperatorID: b.operatorID, Signature: protocol.G1JSONOf(sig.G1Point)})
	if err != nil {
		return fmt.Errorf("encode batch signature: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, fmt.Sprintf("%s/v1/batches/%d/signatures", b.base, seq), bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("batch signature request: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := b.http.Do(req)
	if err != nil {
		return fmt.Errorf("post batch signature: %w", err)
	}
	defer resp.Body.Close()
	text, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	switch c := resp.StatusCode; {
	case c == http.StatusAccepted || c == http.StatusConflict:
		return nil
	case c == http.StatusTooManyRequests || c >= 500:
		return fmt.Errorf("post batch signature: HTTP %d", c)
	default:
		return fmt.Errorf("%w: HTTP %d: %s", errRefused, c, strings.TrimSpace(string(text)))
	}
}
