package node

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/blockless/avs/internal/backoff"
	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/sealed"
	"github.com/blockless/avs/taskwatch"
)

// Sealed envelopes (package sealed, docs/secrets.md): a task's function may have secrets in
// the SecretRegistry, and its input may itself be sealed. Each is encrypted under a key split
// among the operators; no operator holds it alone. For a task that uses envelopes, every
// operator executing it opens its own share of each, wraps that share to every other operator
// of the task's first quorum at the reference block, and posts the bundle to the aggregator
// (POST /v1/shares), then reads the shares wrapped to it (GET /v1/shares/{id}) until it has a
// threshold of verified shares of every envelope. Values never reach a log, an error message
// or the operator's store: they live in memory for one run.

// sharePoll is how often the aggregator is asked for shares. shareWait bounds one attempt:
// a task still short of shares goes back to the queue (retried with backoff until its
// deadline) so that it does not hold a worker another task's shares may be waiting on; each
// attempt posts the bundle again (an aggregator restart forgets bundles).
const (
	sharePoll = 250 * time.Millisecond
	shareWait = 5 * time.Second
)

// secretRef is one secret a task receives: the SecretRegistry's record at the reference block.
type secretRef struct {
	ID       [32]byte
	Name     string
	Owner    common.Address // who set it: the envelope must be bound to it
	Digest   [32]byte       // keccak256 of the envelope
	SetBlock uint64         // the block whose SecretSet log carries the envelope
}

// member is an operator of a task's first quorum with its registered G1 key.
type member struct {
	ID  common.Hash
	Pub bn254.G1Affine
}

// unsealed is what a task's envelopes gave.
type unsealed struct {
	env         []string    // NAME=VALUE, function secrets then the requester's (a later name wins)
	input       []byte      // the plaintext input (the task's input when it was not sealed)
	responseKey *sealed.Key // set when the requester asked for an encrypted response
}

// openEnvelope is an envelope being opened for a task.
type openEnvelope struct {
	name   string // the secret's name; "" for the input
	env    sealed.Envelope
	digest common.Hash
	shares map[uint8]sealed.Share // verified, by index
}

// unseal opens the task's envelopes; a task with none gets its input back unchanged.
func (n *Node) unseal(ctx context.Context, ev taskwatch.Event, taskHash common.Hash, input []byte, log zerolog.Logger) (unsealed, error) {
	out := unsealed{input: input}
	refs, err := n.chain.Secrets(ctx, ev.Task.FunctionId, ev.Task.Requester, uint64(ev.Task.ReferenceBlock))
	if err != nil {
		return out, err
	}
	if len(refs) == 0 && !sealed.IsSealed(input) {
		return out, nil
	}
	if ev.Task.CommitteeSize > 0 {
		return out, skipErr("secrets", fmt.Errorf("task uses sealed envelopes, which are released to quorum-mode tasks only (committee of %d)", ev.Task.CommitteeSize))
	}
	var envs []*openEnvelope
	for _, ref := range refs {
		raw, err := n.chain.SecretEnvelope(ctx, ref)
		if err != nil {
			return out, err
		}
		e, err := parseEnvelope(raw, sealed.KindSecret, sealed.SecretBinding(n.chainID, n.cfg.SecretRegistry, ev.Task.FunctionId, ref.Owner))
		if err != nil {
			return out, skipErr("malformed", fmt.Errorf("secret %s: %w", ref.Name, err))
		}
		envs = append(envs, &openEnvelope{name: ref.Name, env: e, digest: ref.Digest})
	}
	var inputEnv *openEnvelope
	if sealed.IsSealed(input) {
		e, err := parseEnvelope(input, sealed.KindInput, sealed.InputBinding(n.chainID, n.cfg.TaskManager, ev.Task.FunctionId, ev.Task.Requester))
		if err != nil {
			return out, skipErr("malformed", fmt.Errorf("sealed input: %w", err))
		}
		inputEnv = &openEnvelope{env: e, digest: e.Digest()}
		envs = append(envs, inputEnv)
	}
	if len(envs) > protocol.MaxTaskEnvelopes {
		return out, skipErr("malformed", fmt.Errorf("%d envelopes, at most %d", len(envs), protocol.MaxTaskEnvelopes))
	}
	members, err := n.chain.QuorumMembers(ctx, ev.Task.QuorumNumbers[0], ev.Task.ReferenceBlock)
	if err != nil {
		return out, err
	}
	me := common.Hash(n.operatorID)
	bundle, err := n.ownShares(envs, members, ev.TaskID, taskHash)
	if err != nil {
		return out, err
	}
	if err := n.collectShares(ctx, ev, taskHash, envs, bundle, members); err != nil {
		return out, err
	}
	values := map[string]int{} // name -> index in out.env: a later secret of a name replaces it
	for _, oe := range envs {
		shares := make([]sealed.Share, 0, len(oe.shares))
		for _, s := range oe.shares {
			shares = append(shares, s)
		}
		plain, key, err := oe.env.Open(shares)
		if err != nil {
			return out, skipErr("secrets", fmt.Errorf("open envelope %x: %w", oe.digest[:4], err))
		}
		if oe == inputEnv {
			out.input = plain
			if oe.env.Flags&sealed.FlagEncryptResponse != 0 {
				out.responseKey = &key
			}
			continue
		}
		if bytes.IndexByte(plain, 0) >= 0 || !utf8.Valid(plain) {
			return out, skipErr("malformed", fmt.Errorf("secret %s: its value is not NUL-free UTF-8 (use hex or base64)", oe.name))
		}
		kv := oe.name + "=" + string(plain)
		if i, ok := values[oe.name]; ok {
			out.env[i] = kv
		} else {
			values[oe.name] = len(out.env)
			out.env = append(out.env, kv)
		}
	}
	log.Info().Int("secrets", len(refs)).Bool("sealedInput", inputEnv != nil).Str("operator", me.Hex()).Msg("envelopes opened")
	return out, nil
}

// parseEnvelope parses an envelope and checks it was sealed for this use: an envelope copied
// from another function's secret or another requester's task is refused before any share of
// it leaves this operator.
func parseEnvelope(raw []byte, kind sealed.Kind, binding common.Hash) (sealed.Envelope, error) {
	e, err := sealed.Parse(raw)
	if err != nil {
		return e, err
	}
	if e.Kind != kind {
		return e, fmt.Errorf("envelope of kind %d where kind %d is expected", e.Kind, kind)
	}
	if e.Binding != binding {
		return e, errors.New("envelope was sealed for another function, owner or requester")
	}
	return e, nil
}

// ownShares opens this operator's share of every envelope it holds one of and wraps it to
// every other member of the task's quorum.
func (n *Node) ownShares(envs []*openEnvelope, members []member, taskID uint32, taskHash common.Hash) (protocol.ShareBundle, error) {
	me := common.Hash(n.operatorID)
	isMember := false
	for _, m := range members {
		isMember = isMember || m.ID == me
	}
	if !isMember {
		return protocol.ShareBundle{}, skipErr("secrets", fmt.Errorf("operator %s has no stake in the task's first quorum, whose members receive its shares", me.Hex()))
	}
	if len(members) > protocol.MaxShareRecipients {
		return protocol.ShareBundle{}, skipErr("secrets", fmt.Errorf("%d operators in the quorum, shares go to at most %d", len(members), protocol.MaxShareRecipients))
	}
	var wrapped []protocol.WrappedShare
	sk := *n.blsKey.PrivKey
	for _, oe := range envs {
		oe.shares = map[uint8]sealed.Share{}
		if !oe.env.Holds(me) {
			continue
		}
		s, err := oe.env.OpenShare(sk, me)
		if err != nil {
			return protocol.ShareBundle{}, skipErr("secrets", fmt.Errorf("own share of envelope %x: %w", oe.digest[:4], err))
		}
		oe.shares[s.Index] = s
		for _, m := range members {
			if m.ID == me {
				continue
			}
			box, err := sealed.WrapShare(rand.Reader, s, m.Pub, shareContext(n.chainID, taskHash, oe.digest, me, m.ID))
			if err != nil {
				return protocol.ShareBundle{}, fmt.Errorf("wrap share for %s: %w", m.ID.Hex(), err)
			}
			wrapped = append(wrapped, protocol.WrappedShare{Envelope: oe.digest, To: m.ID, Box: box})
		}
	}
	return protocol.NewShareBundle(n.chainID, n.cfg.TaskManager, taskID, taskHash, wrapped, n.blsKey), nil
}

// shareContext binds a wrapped share to its chain, task, envelope, sender and recipient, so
// a share relayed for one task cannot be replayed into another.
func shareContext(chainID *big.Int, taskHash, envelope, from, to common.Hash) []byte {
	return crypto.Keccak256([]byte("blockless-share-v1"), common.BigToHash(chainID).Bytes(),
		taskHash.Bytes(), envelope.Bytes(), from.Bytes(), to.Bytes())
}

// collectShares posts this operator's bundle and reads the shares wrapped to it until every
// envelope has its threshold of verified shares, or the task's deadline passes.
func (n *Node) collectShares(ctx context.Context, ev taskwatch.Event, taskHash common.Hash, envs []*openEnvelope, bundle protocol.ShareBundle, members []member) error {
	me := common.Hash(n.operatorID)
	byDigest := map[common.Hash]*openEnvelope{}
	for _, oe := range envs {
		byDigest[oe.digest] = oe
	}
	complete := func() bool {
		for _, oe := range envs {
			if len(oe.shares) < int(oe.env.Threshold) {
				return false
			}
		}
		return true
	}
	isMember := make(map[common.Hash]bool, len(members))
	for _, m := range members {
		isMember[m.ID] = true
	}
	tried := map[relayedKey]bool{}
	base := strings.TrimRight(n.cfg.AggregatorURL, "/")
	getURL := base + "/v1/shares/" + strconv.FormatUint(uint64(ev.TaskID), 10) + "?to=" + me.Hex()
	sk := *n.blsKey.PrivKey
	if len(bundle.Shares) > 0 {
		if err := n.postShares(ctx, bundle); err != nil {
			return fmt.Errorf("post decryption shares: %w", err)
		}
	}
	until := time.Now().Add(shareWait)
	for !complete() {
		ts, err := n.getShares(ctx, getURL)
		if err != nil {
			if isSkip(err) {
				return err
			}
			n.log.Debug().Err(err).Uint32("task", ev.TaskID).Msg("read decryption shares (retrying)")
		}
		for _, rs := range ts.Shares {
			oe := byDigest[rs.Envelope]
			if oe == nil || rs.From == me || !isMember[rs.From] || len(oe.shares) >= int(oe.env.Threshold) {
				continue
			}
			// The relay is untrusted and answers the same shares on every poll: each distinct
			// share is unwrapped (a scalar multiplication) once.
			k := relayedKey{rs.From, rs.Envelope, crypto.Keccak256Hash(rs.Box)}
			if tried[k] {
				continue
			}
			tried[k] = true
			s, err := sealed.UnwrapShare(rs.Box, sk, shareContext(n.chainID, taskHash, rs.Envelope, rs.From, me))
			if err == nil {
				err = oe.env.VerifyShare(s)
			}
			if err != nil {
				// A forged or misdirected share: ignored, the honest ones suffice.
				n.log.Warn().Err(err).Uint32("task", ev.TaskID).Str("from", rs.From.Hex()).Msg("decryption share refused")
				continue
			}
			oe.shares[s.Index] = s
		}
		if complete() {
			break
		}
		if head, herr := n.chain.BlockNumber(ctx); herr == nil && head > uint64(ev.Task.DeadlineBlock) {
			return skipErr("deadline", fmt.Errorf("too few decryption shares before the deadline"))
		}
		if time.Now().After(until) {
			return fmt.Errorf("waiting for decryption shares: %s", missingShares(envs))
		}
		if !backoff.Sleep(ctx, sharePoll) {
			return ctx.Err()
		}
	}
	return nil
}

// relayedKey identifies a relayed share: sender, envelope and the wrapped bytes.
type relayedKey struct{ from, envelope, box common.Hash }

// postShares delivers a bundle once; the caller retries.
func (n *Node) postShares(ctx context.Context, b protocol.ShareBundle) error {
	body, err := json.Marshal(b)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, strings.TrimRight(n.cfg.AggregatorURL, "/")+"/v1/shares", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := n.sender.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	msg, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	switch code := resp.StatusCode; {
	case code == http.StatusAccepted:
		return nil
	case code == http.StatusGone:
		return skipErr("settled", fmt.Errorf("shares refused: %s", strings.TrimSpace(string(msg))))
	default:
		return fmt.Errorf("post shares: HTTP %d: %s", code, strings.TrimSpace(string(msg)))
	}
}

// getShares reads the shares wrapped to this operator.
func (n *Node) getShares(ctx context.Context, url string) (protocol.TaskShares, error) {
	var ts protocol.TaskShares
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return ts, err
	}
	resp, err := n.sender.http.Do(req)
	if err != nil {
		return ts, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, protocol.MaxShareBundleBytes*2))
	if err != nil {
		return ts, err
	}
	switch resp.StatusCode {
	case http.StatusOK:
	case http.StatusGone:
		return ts, skipErr("settled", fmt.Errorf("shares: %s", strings.TrimSpace(string(body[:min(len(body), 512)]))))
	default:
		return ts, fmt.Errorf("GET shares: HTTP %d", resp.StatusCode)
	}
	if err := json.Unmarshal(body, &ts); err != nil {
		return ts, fmt.Errorf("GET shares: %w", err)
	}
	return ts, nil
}

// missingShares says which envelopes lack shares (digests and counts only).
func missingShares(envs []*openEnvelope) string {
	var parts []string
	for _, oe := range envs {
		if len(oe.shares) < int(oe.env.Threshold) {
			parts = append(parts, fmt.Sprintf("envelope %x has %d of %d", oe.digest[:4], len(oe.shares), oe.env.Threshold))
		}
	}
	return strings.Join(parts, ", ")
}
