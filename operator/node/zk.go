package node

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"time"

	indexreg "github.com/Layr-Labs/eigensdk-go/contracts/bindings/IndexRegistry"
	regcoord "github.com/Layr-Labs/eigensdk-go/contracts/bindings/SlashingRegistryCoordinator"
	"github.com/consensys/gnark/logger"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/rs/zerolog"

	"github.com/blockless/avs/engine"
	"github.com/blockless/avs/internal/backoff"
	"github.com/blockless/avs/modstore"
	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/taskwatch"
	"github.com/blockless/avs/zk/artifacts"
	"github.com/blockless/avs/zk/proving"
	"github.com/blockless/avs/zk/selection"
)

// DefaultZkFailoverBlocks is how many blocks a selected prover has before the next operator in
// the order takes over.
const DefaultZkFailoverBlocks = 5

// zkRuntime proves zk tasks: it fetches a function's artifacts by digest (manifest = the task's
// moduleDigest), keeps loaded provers, runs the witness module in the engine and sends the proof
// to the aggregator (POST /v1/proofs). Proving runs outside the queue's workers so that waiting
// for this operator's turn never holds up other tasks; the task stays in the durable queue until
// it is proven, skipped or dropped, and errors follow the queue's rules (outcome.go): a bad
// artifact or witness is a logged skip, host trouble is retried until the deadline.
type zkRuntime struct {
	n        *Node
	store    *modstore.Store // separate from modules: proving keys are far larger than modules
	http     *http.Client
	url      string
	failover uint64

	mu      sync.Mutex
	provers map[modstore.Digest]*proving.Prover
	wg      sync.WaitGroup
	// proving admits one proof at a time: gnark already uses every core, and a 2^18 circuit
	// needs ~1 GB, so parallel proofs would only add memory pressure.
	proving chan struct{}
}

func newZkRuntime(n *Node) (*zkRuntime, error) {
	// The operator's fetch policy (schemes, directories, addresses), with room for proving
	// keys of hundreds of MB.
	p := n.fetch
	p.PerURITimeout = max(p.PerURITimeout, 5*time.Minute)
	p.TotalTimeout = max(p.TotalTimeout, 10*time.Minute)
	st, err := modstore.New(modstore.Config{Dir: filepath.Join(n.cfg.DataDir, "zk"), MaxModuleSize: 512 << 20, MaxBytes: 4 << 30,
		Fetch: p})
	if err != nil {
		return nil, fmt.Errorf("zk artifact store: %w", err)
	}
	// gnark logs every proof to stdout by default; operators log through zerolog instead.
	logger.Disable()
	return &zkRuntime{n: n, store: st, http: &http.Client{Timeout: 60 * time.Second},
		url: strings.TrimRight(n.cfg.AggregatorURL, "/") + "/v1/proofs", failover: DefaultZkFailoverBlocks,
		provers: map[modstore.Digest]*proving.Prover{}, proving: make(chan struct{}, 1)}, nil
}

// start proves the job's task in the background and reports the outcome to done (the queue
// runs one attempt per task at a time). A finished task leaves the durable queue first.
func (z *zkRuntime) start(ctx context.Context, j *job, log zerolog.Logger, done func(error)) {
	z.wg.Add(1)
	go func() {
		defer z.wg.Done()
		err := z.run(ctx, j.entry, log)
		if err == nil {
			err = z.n.store.dequeue(j.entry.key())
		}
		done(err)
	}()
}

func (z *zkRuntime) wait() { z.wg.Wait() }

// run waits for this operator's turn, then proves and delivers, unless the task is answered first.
func (z *zkRuntime) run(ctx context.Context, e queueEntry, log zerolog.Logger) error {
	ev, taskHash := e.Event, e.TaskHash
	turn, rank, err := z.turn(ctx, ev, taskHash)
	if err != nil {
		return err
	}
	if turn > uint64(ev.Task.DeadlineBlock) {
		log.Debug().Int("rank", rank).Msg("zk task: this operator's turn would come after the deadline")
		return nil
	}
	for {
		if settled(ctx, z.n.chain, e.key(), ev.Task.DeadlineBlock) {
			return nil // proven by another operator, expired or replaced
		}
		head, err := z.n.chain.BlockNumber(ctx)
		if err != nil {
			return err
		}
		if head >= turn {
			break
		}
		if !backoff.Sleep(ctx, z.n.cfg.PollInterval) {
			return ctx.Err()
		}
	}
	log.Info().Int("rank", rank).Msg("zk task: this operator proves")
	start := time.Now()
	proof, err := z.prove(ctx, ev, taskHash)
	if err != nil {
		return err
	}
	log.Info().Dur("took", time.Since(start)).Int("outputBytes", len(proof.Output)).Msg("zk task proven")
	return z.deliver(ctx, e, protocol.ProofResponse{TaskID: ev.TaskID, Output: proof.Output, Proof: proof.Proof,
		OperatorID: z.n.operatorID}, log)
}

// turn is the block from which this operator proves the task and its rank in the prover order.
// A committee task's provers are its committee, drafted by failover round like any committee
// (committee.go); other zk tasks use the quorum's prover order (zk/selection).
func (z *zkRuntime) turn(ctx context.Context, ev taskwatch.Event, taskHash [32]byte) (uint64, int, error) {
	if ev.Task.CommitteeSize > 0 {
		for {
			head, err := z.n.chain.BlockNumber(ctx)
			if err != nil {
				return 0, 0, err
			}
			round, turn, err := z.n.committeeRound(ctx, ev.TaskID, ev.Task, taskHash, head)
			var notYet *notYetError
			if !errors.As(err, &notYet) {
				return turn, round, err
			}
			if !backoff.Sleep(ctx, z.n.cfg.PollInterval) {
				return 0, 0, ctx.Err()
			}
		}
	}
	ops, err := z.operatorsAt(ctx, ev.Task.QuorumNumbers, ev.Task.ReferenceBlock)
	if err != nil {
		return 0, 0, err
	}
	order := selection.ProverOrder(ops, taskHash)
	turn, rank, ok := selection.ProverTurn(order, z.n.operatorID, uint64(ev.Task.ReferenceBlock), z.failover)
	if !ok {
		return 0, 0, skipErr("zk-not-in-quorum", fmt.Errorf("operator not in the task's quorums at block %d", ev.Task.ReferenceBlock))
	}
	return turn, rank, nil
}

// operatorsAt lists the operators of the quorums at a block from the IndexRegistry the
// TaskManager's registry coordinator names.
func (z *zkRuntime) operatorsAt(ctx context.Context, quorums []byte, block uint32) ([][32]byte, error) {
	opts := &bind.CallOpts{Context: ctx}
	rcAddr, err := z.n.tm.RegistryCoordinator(opts)
	if err != nil {
		return nil, fmt.Errorf("registry coordinator: %w", err)
	}
	rc, err := regcoord.NewContractSlashingRegistryCoordinatorCaller(rcAddr, z.n.client)
	if err != nil {
		return nil, fmt.Errorf("bind registry coordinator: %w", err)
	}
	irAddr, err := rc.IndexRegistry(opts)
	if err != nil {
		return nil, fmt.Errorf("index registry: %w", err)
	}
	ir, err := indexreg.NewContractIndexRegistryCaller(irAddr, z.n.client)
	if err != nil {
		return nil, fmt.Errorf("bind index registry: %w", err)
	}
	var ops [][32]byte
	for _, q := range quorums {
		ids, err := ir.GetOperatorListAtBlockNumber(opts, q, block)
		if err != nil {
			return nil, fmt.Errorf("operators of quorum %d at block %d: %w", q, block, err)
		}
		ops = append(ops, ids...)
	}
	return ops, nil
}

// prover loads (once) the prover of the function whose manifest digest the task carries.
func (z *zkRuntime) prover(ctx context.Context, ev taskwatch.Event) (*proving.Prover, []byte, error) {
	md := modstore.Digest(ev.Task.ModuleDigest)
	mb, err := z.n.modules.Fetch(ctx, md, ev.ModuleURIs...)
	if err != nil {
		return nil, nil, unavailable("module", fmt.Errorf("zk manifest: %w", err))
	}
	m, err := artifacts.ParseManifest(mb)
	if err != nil {
		return nil, nil, skipErr("zk-artifact", err)
	}
	witness, err := z.fetch(ctx, "witness module", m.WitnessModule)
	if err != nil {
		return nil, nil, err
	}
	z.mu.Lock()
	p := z.provers[md]
	z.mu.Unlock()
	if p != nil {
		return p, witness, nil
	}
	ccs, err := z.fetch(ctx, "constraint system", m.ConstraintSystem)
	if err != nil {
		return nil, nil, err
	}
	pk, err := z.fetch(ctx, "proving key", m.ProvingKey)
	if err != nil {
		return nil, nil, err
	}
	vk, err := z.fetch(ctx, "verifying key", m.VerifyingKey)
	if err != nil {
		return nil, nil, err
	}
	if p, err = proving.LoadProver(m, ccs, pk, vk); err != nil {
		return nil, nil, skipErr("zk-artifact", err)
	}
	z.mu.Lock()
	z.provers[md] = p
	z.mu.Unlock()
	return p, witness, nil
}

func (z *zkRuntime) fetch(ctx context.Context, what string, a artifacts.Artifact) ([]byte, error) {
	d, err := a.Digest()
	if err != nil {
		return nil, skipErr("zk-artifact", fmt.Errorf("zk %s: %w", what, err))
	}
	b, err := z.store.Fetch(ctx, d, a.URIs...)
	if err != nil {
		return nil, unavailable("zk-artifact", fmt.Errorf("zk %s: %w", what, err))
	}
	return b, nil
}

// prove runs the witness module on the task input under the task's limits and proves.
func (z *zkRuntime) prove(ctx context.Context, ev taskwatch.Event, taskHash [32]byte) (proving.Proof, error) {
	p, witness, err := z.prover(ctx, ev)
	if err != nil {
		return proving.Proof{}, err
	}
	input, err := z.n.inputs.get(ctx, ev)
	if err != nil {
		return proving.Proof{}, err
	}
	ts, err := z.n.chain.BlockTime(ctx, uint64(ev.Task.ReferenceBlock))
	if err != nil {
		return proving.Proof{}, err
	}
	res, err := z.n.engine.Run(ctx, engine.Request{
		Module: witness, Digest: modstore.Sum(witness), Input: input,
		Limits: z.n.limits(ev.Task), TaskID: taskHash, Timestamp: ts,
	})
	if err != nil {
		return proving.Proof{}, z.n.engineError(ctx, fmt.Errorf("witness module: %w", err))
	}
	if res.Status != engine.StatusOK {
		// A failing witness module means there is nothing to prove (e.g. malformed input); the task
		// expires and the requester is refunded.
		return proving.Proof{}, skipErr("zk-witness", fmt.Errorf("witness module ended with %s", res.Status))
	}
	select {
	case z.proving <- struct{}{}:
	case <-ctx.Done():
		return proving.Proof{}, ctx.Err()
	}
	defer func() { <-z.proving }()
	proof, err := p.Prove(taskHash, res.Output)
	if err != nil {
		// Deterministic in the witness and the artifacts: proving again would fail again.
		return proving.Proof{}, skipErr("zk-prove", err)
	}
	return proof, nil
}

// deliver posts the proof until the aggregator takes it, refuses it for good, or the task is
// answered, past its deadline or replaced. Taken means 202: the aggregator has verified the
// proof and submits it itself, retrying through RPC trouble until the deadline, so this
// operator stops proving the task. Should the chain refuse the proof, the aggregator re-opens
// the task and the next operator in the prover order proves it when its turn comes.
func (z *zkRuntime) deliver(ctx context.Context, e queueEntry, pr protocol.ProofResponse, log zerolog.Logger) error {
	body, err := json.Marshal(pr)
	if err != nil {
		return fmt.Errorf("encode proof: %w", err)
	}
	retry := backoff.New(200*time.Millisecond, 5*time.Second)
	for {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, z.url, bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("Content-Type", "application/json")
		resp, err := z.http.Do(req)
		if err == nil {
			msg, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
			resp.Body.Close()
			switch {
			case resp.StatusCode == http.StatusAccepted:
				log.Info().Str("reply", strings.TrimSpace(string(msg))).Msg("zk proof taken by the aggregator; it submits it")
				return nil
			case resp.StatusCode == http.StatusOK: // aggregators that submitted inside the request
				log.Info().Str("reply", strings.TrimSpace(string(msg))).Msg("zk proof delivered and answered")
				return nil
			case resp.StatusCode == http.StatusGone || resp.StatusCode == http.StatusConflict:
				return nil // answered or expired already
			case resp.StatusCode != http.StatusNotFound && resp.StatusCode != http.StatusTooManyRequests && resp.StatusCode < 500:
				return skipErr("zk-refused", fmt.Errorf("aggregator refused the proof: HTTP %d: %s", resp.StatusCode, strings.TrimSpace(string(msg))))
			}
			err = fmt.Errorf("HTTP %d: %s", resp.StatusCode, strings.TrimSpace(string(msg)))
		}
		if settled(ctx, z.n.chain, e.key(), e.Event.Task.DeadlineBlock) {
			return nil
		}
		wait := retry.Next()
		log.Debug().Err(err).Dur("retryIn", wait).Msg("zk proof delivery")
		if !backoff.Sleep(ctx, wait) {
			return ctx.Err()
		}
	}
}
