package requester

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/blockless/avs/engine"
	"github.com/blockless/avs/fetch"
	"github.com/blockless/avs/httpcall"
	"github.com/blockless/avs/modstore"
	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/protocol/onchain"
)

// Replay caps: a module and an input as large as an operator accepts.
const (
	maxReplayModule = 64 << 20
	maxReplayInput  = 64 << 20
)

// ReplayResult is an answered task re-run offline next to what the chain certified.
type ReplayResult struct {
	TaskID     uint32
	Certified  protocol.Response
	Replayed   protocol.Response
	Transcript httpcall.Transcript
	Match      bool
}

// ReplayOptions say where the parts of a task come from.
type ReplayOptions struct {
	// Fetch is the policy for the module and input URIs the task names.
	Fetch fetch.Policy
	// Transcript, if not nil, is the task's transcript; else it is read
	// from AggregatorURL (GET /v1/transcripts/{id}) when the certified
	// response has a transcript digest.
	Transcript    httpcall.Transcript
	AggregatorURL string
	// FromBlock is where the search for the task's TaskCreated starts.
	FromBlock uint64
	// Engine runs the function; nil: one is started for the replay.
	Engine *engine.Engine
}

// Replay re-runs answered task id offline, exactly as operators ran it:
// the module and input the task names (checked against their digests),
// the task's limits, clock and seed, and the HTTP calls answered from the
// transcript, whose digest must be the certified one. It compares the
// replayed response with the certified response.
func (c *Client) Replay(ctx context.Context, id uint32, o ReplayOptions) (ReplayResult, error) {
	res := ReplayResult{TaskID: id}
	got, err := c.Get(ctx, id)
	if err != nil {
		return res, err
	}
	if got.State != onchain.TaskResponded || got.Response == nil {
		return res, fmt.Errorf("task %d is %s: only answered tasks can be replayed", id, got.State)
	}
	res.Certified = *got.Response
	if c.tm == nil || c.eth == nil {
		return res, errors.New("replay needs a chain connection")
	}
	it, err := c.tm.FilterTaskCreated(&bind.FilterOpts{Start: o.FromBlock, Context: ctx}, []uint32{id})
	if err != nil {
		return res, fmt.Errorf("find task %d: %w", id, err)
	}
	var ev struct {
		found    bool
		task     protocol.Task
		input    []byte
		inputURI string
		uris     []string
	}
	for it.Next() {
		ev.found, ev.task, ev.input, ev.inputURI, ev.uris = true, it.Event.Task, it.Event.Input, it.Event.InputURI, it.Event.ModuleURIs
	}
	it.Close()
	if !ev.found {
		return res, fmt.Errorf("no TaskCreated for task %d since block %d", id, o.FromBlock)
	}
	codec, err := protocol.NewCodec()
	if err != nil {
		return res, err
	}
	taskHash, err := codec.TaskHash(ev.task)
	if err != nil {
		return res, err
	}
	if rec, err := c.chain.GetTask(ctx, id); err != nil {
		return res, err
	} else if rec.TaskHash != taskHash {
		return res, fmt.Errorf("task %d: the TaskCreated found is not the answered task (reorged)", id)
	}

	// The transcript: given, or the aggregator's; either way its digest
	// must be the certified one.
	tr := o.Transcript
	if tr == nil && res.Certified.TranscriptDigest != ([32]byte{}) {
		if tr, err = aggregatorTranscript(ctx, o.AggregatorURL, id, taskHash); err != nil {
			return res, err
		}
	}
	if err := tr.Validate(); err != nil {
		return res, fmt.Errorf("transcript: %w", err)
	}
	if tr.Digest() != res.Certified.TranscriptDigest {
		return res, fmt.Errorf("the transcript's digest %x is not the certified %x", tr.Digest(), res.Certified.TranscriptDigest)
	}
	res.Transcript = tr

	module, err := o.Fetch.First(ctx, ev.uris, maxReplayModule, func(b []byte) error {
		if sha256.Sum256(b) != ev.task.ModuleDigest {
			return errors.New("content does not match the module digest")
		}
		return nil
	})
	if err != nil {
		return res, fmt.Errorf("fetch module: %w", err)
	}
	input := ev.input
	if len(input) == 0 && ev.inputURI != "" {
		if input, err = o.Fetch.Get(ctx, ev.inputURI, maxReplayInput); err != nil {
			return res, fmt.Errorf("fetch input: %w", err)
		}
	}
	if crypto.Keccak256Hash(input) != common.Hash(ev.task.InputDigest) && ev.task.InputDigest != ([32]byte{}) {
		return res, errors.New("input does not match the task's input digest")
	}
	at := &bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(uint64(ev.task.ReferenceBlock))}
	fn, err := c.tm.GetFunction(at, ev.task.FunctionId)
	if err != nil {
		return res, fmt.Errorf("read function %d: %w", ev.task.FunctionId, err)
	}
	hosts, err := httpcall.ParseHosts(fn.Spec.HttpHosts)
	if err != nil {
		return res, fmt.Errorf("function's hosts: %w", err)
	}
	ts, err := c.blockTime(ctx, uint64(ev.task.ReferenceBlock))
	if err != nil {
		return res, err
	}

	eng := o.Engine
	if eng == nil {
		if eng, err = engine.New(engine.Config{MaxConcurrent: 1}, nil); err != nil {
			return res, err
		}
		defer eng.Close()
	}
	run := eng.Run
	if onchain.Runtime(ev.task.Runtime) == onchain.RuntimeX86 {
		run = eng.RunX86
	}
	l := ev.task.Limits
	out, err := run(ctx, engine.Request{
		Module: module, Digest: modstore.Digest(ev.task.ModuleDigest), Input: input,
		Limits: engine.Limits{Fuel: l.Fuel, MemoryBytes: l.MemoryBytes, Timeout: time.Duration(l.WallTimeMs) * time.Millisecond,
			MaxOutput: int(l.MaxOutputBytes)},
		TaskID: taskHash, Timestamp: ts, Environment: ev.task.Environment,
		HTTP: httpcall.NewSession(hosts, tr, nil),
	})
	if err != nil {
		return res, fmt.Errorf("replay: %w", err)
	}
	res.Replayed = protocol.NewResponse(id, out.Status, out.Output)
	res.Replayed.FuelUsed = min(out.FuelUsed, l.Fuel)
	res.Replayed.TranscriptDigest = tr.Digest()
	cd, err := codec.ResponseDigest(big.NewInt(0), common.Address{}, ev.task, res.Certified)
	if err != nil {
		return res, err
	}
	rd, err := codec.ResponseDigest(big.NewInt(0), common.Address{}, ev.task, res.Replayed)
	if err != nil {
		return res, err
	}
	res.Match = cd == rd
	return res, nil
}

func (c *Client) blockTime(ctx context.Context, block uint64) (uint64, error) {
	h, err := c.eth.HeaderByNumber(ctx, new(big.Int).SetUint64(block))
	if err != nil {
		return 0, fmt.Errorf("header of block %d: %w", block, err)
	}
	return h.Time, nil
}

// aggregatorTranscript reads a task's transcript from an aggregator. It is
// not trusted: the caller checks its digest against the certified one.
func aggregatorTranscript(ctx context.Context, base string, id uint32, taskHash [32]byte) (httpcall.Transcript, error) {
	if base == "" {
		return nil, errors.New("the task made HTTP calls: give its transcript (a file, or the aggregator's URL)")
	}
	url := strings.TrimRight(base, "/") + "/v1/transcripts/" + strconv.FormatUint(uint64(id), 10)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("read the transcript from the aggregator: %w", err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("aggregator: HTTP %d: %s", resp.StatusCode, bytes.TrimSpace(body[:min(len(body), 300)]))
	}
	var tt protocol.TaskTranscript
	if err := json.Unmarshal(body, &tt); err != nil {
		return nil, fmt.Errorf("aggregator transcript: %w", err)
	}
	if tt.TaskHash != taskHash {
		return nil, errors.New("the aggregator's transcript is for another task under this id")
	}
	return tt.Transcript, nil
}
