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
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/blockless/avs/engine"
	"github.com/blockless/avs/httpcall"
	"github.com/blockless/avs/internal/backoff"
	"github.com/blockless/avs/protocol"
)

// The fetch phase of a function that makes HTTP calls (package httpcall):
// run with the agreed prefix, report what was fetched beyond it, wait for
// the aggregator to extend the prefix, check the extension against the
// signed reports it came from, and run again, until a run makes no call
// beyond the prefix. That run's result is what this operator signs, with
// the digest of the prefix.

// transcriptPoll is how often the aggregator is asked for a longer transcript.
const transcriptPoll = 250 * time.Millisecond

// errRoundsExhausted: more rounds than a task can need (each adds a call).
var errRoundsExhausted = errors.New("fetch phase: more rounds than calls a task may make")

// fetchPhase runs req to its final result for a function with declared hosts.
func (n *Node) fetchPhase(ctx context.Context, ev taskEvent, run func(context.Context, engine.Request) (engine.Result, error),
	req engine.Request, hosts []httpcall.HostPattern, log zerolog.Logger) (engine.Result, httpcall.Transcript, error) {
	stakes, quorum, err := n.fetchStakes(ctx, ev)
	if err != nil {
		return engine.Result{}, nil, err
	}
	// A restart, or an operator joining late, starts from what is agreed already.
	tt, err := n.agreedTranscript(ctx, ev, stakes, quorum, 0)
	if err != nil {
		return engine.Result{}, nil, err
	}
	prefix := tt.Transcript
	for round := 0; round <= httpcall.MaxCalls; round++ {
		fetcher, err := httpcall.NewNetFetcher(n.fetch, hosts)
		if err != nil {
			return engine.Result{}, nil, err
		}
		session := httpcall.NewSession(hosts, prefix, fetcher)
		req.HTTP = session
		res, err := run(ctx, req)
		if err != nil {
			return res, nil, err
		}
		if session.Final() {
			return res, prefix, nil
		}
		obs := protocol.NewObservations(n.chainID, n.cfg.TaskManager, ev.id, ev.hash, prefix, session.Observations(), n.blsKey)
		log.Info().Int("agreed", len(prefix)).Int("fetched", len(obs.Calls)).Msg("fetch phase: reporting what was fetched")
		if err := n.postObservations(ctx, ev, obs); err != nil {
			return engine.Result{}, nil, err
		}
		if tt, err = n.agreedTranscript(ctx, ev, stakes, quorum, len(prefix)+1); err != nil {
			return engine.Result{}, nil, err
		}
		if len(tt.Transcript) < len(prefix) || tt.Transcript[:len(prefix)].Digest() != prefix.Digest() {
			return engine.Result{}, nil, fmt.Errorf("fetch phase: the aggregator's transcript does not extend the agreed one")
		}
		prefix = tt.Transcript
	}
	return engine.Result{}, nil, errRoundsExhausted
}

// taskEvent is what the fetch phase needs of a task.
type taskEvent struct {
	id            uint32
	hash          [32]byte
	quorum        uint8
	threshold     uint8
	referenceBlok uint32
	deadline      uint32
}

// fetchStakes are the weights reports are counted with: stakes in the
// task's first quorum at its reference block, as the aggregator counts them.
func (n *Node) fetchStakes(ctx context.Context, ev taskEvent) (map[common.Hash]*big.Int, *big.Int, error) {
	stakes, err := n.chain.QuorumStakes(ctx, ev.quorum, ev.referenceBlok)
	if err != nil {
		return nil, nil, err
	}
	total := new(big.Int)
	for _, s := range stakes {
		total.Add(total, s)
	}
	if total.Sign() == 0 {
		return nil, nil, fmt.Errorf("quorum %d has no stake at block %d", ev.quorum, ev.referenceBlok)
	}
	return stakes, protocol.FetchQuorum(total, ev.threshold), nil
}

// agreedTranscript asks the aggregator for the task's transcript until it
// holds at least min calls, and checks it against the signed reports. It
// gives up at the task's deadline.
func (n *Node) agreedTranscript(ctx context.Context, ev taskEvent, stakes map[common.Hash]*big.Int, quorum *big.Int, min int) (protocol.TaskTranscript, error) {
	url := strings.TrimRight(n.cfg.AggregatorURL, "/") + "/v1/transcripts/" + strconv.FormatUint(uint64(ev.id), 10)
	for {
		tt, err := n.getTranscript(ctx, url)
		switch {
		case err == nil && tt.TaskHash != ev.hash && tt.TaskHash != (common.Hash{}):
			err = errors.New("the aggregator holds another task under this id (a reorganisation)")
		case err == nil && len(tt.Transcript) >= min:
			if verr := protocol.VerifyTaskTranscript(tt, n.chainID, n.cfg.TaskManager, ev.hash, stakes, quorum); verr != nil {
				// Not derived from honest reports: never run on it. Waiting
				// will not fix it; the task is left to others.
				return tt, skipErr("transcript", fmt.Errorf("the aggregator's transcript does not follow from the signed reports: %w", verr))
			}
			return tt, nil
		case err == nil && min == 0:
			return tt, nil
		}
		if err != nil {
			n.log.Debug().Err(err).Uint32("task", ev.id).Msg("fetch phase: transcript not available yet")
		}
		if head, herr := n.chain.BlockNumber(ctx); herr == nil && head > uint64(ev.deadline) {
			return tt, skipErr("deadline", fmt.Errorf("fetch phase: no agreed transcript before the deadline block %d", ev.deadline))
		}
		if !backoff.Sleep(ctx, transcriptPoll) {
			return tt, ctx.Err()
		}
	}
}

func (n *Node) getTranscript(ctx context.Context, url string) (protocol.TaskTranscript, error) {
	var tt protocol.TaskTranscript
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return tt, err
	}
	resp, err := n.sender.http.Do(req)
	if err != nil {
		return tt, err
	}
	defer resp.Body.Close()
	// Every round carries its signed reports: a transcript of many rounds
	// from many operators is large, but bounded by the task's calls.
	body, err := io.ReadAll(io.LimitReader(resp.Body, 512<<20))
	if err != nil {
		return tt, err
	}
	if resp.StatusCode == http.StatusNotFound {
		return tt, nil // the aggregator has not seen the task yet: nothing agreed
	}
	if resp.StatusCode != http.StatusOK {
		return tt, fmt.Errorf("GET transcript: HTTP %d", resp.StatusCode)
	}
	if err := json.Unmarshal(body, &tt); err != nil {
		return tt, fmt.Errorf("GET transcript: %w", err)
	}
	return tt, nil
}

// postObservations delivers a report, retrying while the aggregator is
// busy or behind. 409 (stale prefix, or a report already taken) needs no
// retry: the next transcript shows where the task stands.
func (n *Node) postObservations(ctx context.Context, ev taskEvent, o protocol.Observations) error {
	body, err := json.Marshal(o)
	if err != nil {
		return err
	}
	url := strings.TrimRight(n.cfg.AggregatorURL, "/") + "/v1/observations"
	retry := backoff.New(100*time.Millisecond, 2*time.Second)
	for {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("Content-Type", "application/json")
		resp, err := n.sender.http.Do(req)
		code := 0
		if err == nil {
			code = resp.StatusCode
			msg, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
			resp.Body.Close()
			switch {
			case code == http.StatusAccepted || code == http.StatusConflict:
				return nil
			case code == http.StatusGone:
				return skipErr("settled", fmt.Errorf("observations refused: %s", strings.TrimSpace(string(msg))))
			case code >= 400 && code < 500 && code != http.StatusNotFound && code != http.StatusTooManyRequests:
				return skipErr("refused", fmt.Errorf("observations refused: HTTP %d: %s", code, strings.TrimSpace(string(msg))))
			}
			err = fmt.Errorf("HTTP %d: %s", code, strings.TrimSpace(string(msg)))
		}
		if head, herr := n.chain.BlockNumber(ctx); herr == nil && head > uint64(ev.deadline) {
			return skipErr("deadline", fmt.Errorf("fetch phase: observations not delivered before the deadline: %w", err))
		}
		if !backoff.Sleep(ctx, retry.Next()) {
			return ctx.Err()
		}
	}
}
