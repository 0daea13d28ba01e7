// Package node is `operator run`: it follows tasks on chain, runs each task's function in the
// WASM engine under the task's deterministic limits, signs the response digest with the
// operator's BLS key and delivers it to the aggregator until acknowledged.
//
// The watcher's cursor never waits on a task: reading a block range records each new task
// in the durable queue (data_dir/operator.db) and moves the cursor in one transaction. A pool
// of workers executes the queue, earliest deadline first. What a task's processing ends with
// decides what happens to it (see outcome.go): signed, skipped for a reason of its content,
// or retried with backoff for a host problem until its deadline. A restart resumes the queue
// and resends, byte for byte, what was signed and not yet acknowledged.
package node

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"path/filepath"
	"sync"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"
	"golang.org/x/sync/singleflight"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/chain"
	"github.com/blockless/avs/committee"
	"github.com/blockless/avs/engine"
	"github.com/blockless/avs/fetch"
	"github.com/blockless/avs/httpcall"
	"github.com/blockless/avs/modstore"
	"github.com/blockless/avs/operator/keys"
	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/protocol/onchain"
	"github.com/blockless/avs/sealed"
	"github.com/blockless/avs/taskwatch"
)

// pruneKeep is how many blocks past its deadline a signed response is kept.
const pruneKeep = 1000

// Node is a running operator.
type Node struct {
	cfg        Config
	log        zerolog.Logger
	client     *ethclient.Client        // nil in unit tests
	tm         *taskmanager.TaskManager // nil in unit tests
	chain      chainReader
	chainID    *big.Int
	codec      *protocol.Codec
	engine     *engine.Engine
	fetch      fetch.Policy
	modules    *modstore.Store
	store      *store
	blsKey     *bls.KeyPair
	operatorID [32]byte
	sender     *sender
	metrics    *metrics
	inputs     *inputFetcher
	zk         *zkRuntime
	queue      *scheduler
	skipped    *skipLog     // tasks dropped unsigned, declined when a batch holds them
	rounds     *roundLog    // committee tasks: this operator's first round (-1: not drawn)
	capacity   capacityGate // what this operator declared on chain

	moduleFetches  singleflight.Group
	mu             sync.Mutex
	moduleFailures map[modstore.Digest]time.Time // failed fetches: not retried before
}

// Keys are the operator's decrypted keys.
type Keys struct {
	ECDSA *ecdsa.PrivateKey // identifies the operator; unused for signing responses
	BLS   *bls.KeyPair
}

// LoadKeys decrypts the keystores named in cfg with passwords from files or the environment.
func LoadKeys(cfg Config, ecdsaPassword, blsPassword string) (Keys, error) {
	s := keys.Store{Dir: cfg.KeysDir}
	k, err := s.LoadBLS(cfg.KeyName, blsPassword)
	if err != nil {
		return Keys{}, err
	}
	e, err := s.LoadECDSA(cfg.KeyName, ecdsaPassword)
	if err != nil {
		return Keys{}, err
	}
	return Keys{ECDSA: e, BLS: k}, nil
}

// New connects to the chain and prepares the engine, module store and state.
func New(ctx context.Context, cfg Config, k Keys, log zerolog.Logger) (*Node, error) {
	client, chainID, err := chain.Dial(ctx, cfg.RPCURL, cfg.ChainID)
	if err != nil {
		return nil, err
	}
	tm, err := taskmanager.NewTaskManager(cfg.TaskManager, client)
	if err != nil {
		client.Close()
		return nil, fmt.Errorf("bind task manager: %w", err)
	}
	ec, err := newEthChain(ctx, client, tm)
	if err != nil {
		client.Close()
		return nil, err
	}
	ec.stateRetriever = cfg.OperatorStateRetriever
	if ec.secrets, err = newSecretReader(ctx, client, tm, cfg.SecretRegistry, cfg.OperatorStateRetriever); err != nil {
		client.Close()
		return nil, err
	}
	if cfg.SecretRegistry == (common.Address{}) {
		log.Warn().Msg("no secret registry configured (secret_registry): functions' secrets cannot be opened")
	}
	gate, err := readCapacity(ctx, ec, crypto.PubkeyToAddress(k.ECDSA.PublicKey))
	if err != nil {
		client.Close()
		return nil, fmt.Errorf("read declared capacity: %w", err)
	}
	gate.narrow(&cfg)
	n, err := build(cfg, ec, chainID, k, log)
	if err != nil {
		client.Close()
		return nil, err
	}
	n.client, n.tm, n.capacity = client, tm, gate
	if gate.declared {
		log.Info().Uint16("cores", gate.cap.Cores).Uint32("memoryMiB", gate.cap.MemoryMiB).Uint32("fuelRate", gate.cap.FuelRate).
			Uint8("runtimes", gate.cap.Runtimes).Msg("declared capacity: limits narrowed to it")
	} else {
		log.Info().Msg("no capacity declared on chain: this operator sits on no committee (operator capacity declare)")
	}
	return n, nil
}

// build prepares everything but the chain connection, which c stands for.
func build(cfg Config, c chainReader, chainID *big.Int, k Keys, log zerolog.Logger) (n *Node, err error) {
	cfg.setDefaults()
	n = &Node{cfg: cfg, log: log, chain: c, chainID: chainID, blsKey: k.BLS, operatorID: keys.OperatorID(k.BLS),
		fetch: cfg.Fetch.Policy(), queue: newScheduler(), skipped: newSkipLog(), rounds: newRecent[int](),
		moduleFailures: map[modstore.Digest]time.Time{}}
	defer func() {
		if err != nil {
			n.Close()
		}
	}()
	if err := n.fetch.Validate(); err != nil {
		return nil, fmt.Errorf("fetch policy: %w", err)
	}
	if n.codec, err = protocol.NewCodec(); err != nil {
		return nil, err
	}
	if n.modules, err = modstore.New(modstore.Config{Dir: filepath.Join(cfg.DataDir, "modules"), Fetch: n.fetch}); err != nil {
		return nil, fmt.Errorf("module store: %w", err)
	}
	if n.engine, err = engine.New(engine.Config{
		CacheDir:       filepath.Join(cfg.DataDir, "compiled"),
		MaxConcurrent:  cfg.MaxConcurrent,
		MaxTotalMemory: cfg.MaxMemoryBytes,
		MaxLimits: engine.Limits{Fuel: cfg.MaxFuel, MemoryBytes: cfg.MaxTaskMemory, Timeout: cfg.MaxWallTime,
			MaxOutput: int(cfg.MaxOutputBytes)},
		X86Emulator:       cfg.X86Emulator,
		X86EmulatorDigest: cfg.X86EmulatorDigest,
		X86Translate:      !cfg.X86Interpret,
	}, nil); err != nil {
		return nil, fmt.Errorf("start engine: %w", err)
	}
	if n.store, err = openStore(cfg.DataDir); err != nil {
		return nil, err
	}
	n.metrics = newMetrics()
	n.metrics.reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{Namespace: "blockless", Subsystem: "operator",
		Name: "queued_tasks", Help: "Tasks seen and not finished (running, or waiting for a retry)."},
		func() float64 { return float64(n.queue.pending()) }))
	n.sender = newSender(cfg.AggregatorURL, n.store, c, n.metrics, log)
	n.inputs = newInputFetcher(n.fetch)
	if n.zk, err = newZkRuntime(n); err != nil {
		return nil, err
	}
	return n, nil
}

// OperatorID is this operator's id on chain.
func (n *Node) OperatorID() [32]byte { return n.operatorID }

// Close releases the engine, the store and the connection.
func (n *Node) Close() {
	if n.engine != nil {
		_ = n.engine.Close()
	}
	if n.store != nil {
		if err := n.store.close(); err != nil {
			n.log.Error().Err(err).Msg("close operator store")
		}
	}
	if n.client != nil {
		n.client.Close()
	}
}

// Run follows tasks until ctx ends, then waits for in-flight work.
func (n *Node) Run(ctx context.Context) error {
	if n.cfg.MetricsAddr != "" || n.cfg.NodeAPIAddr != "" {
		if err := n.serveObservability(ctx); err != nil {
			return err
		}
	}
	from, err := n.resume(ctx)
	if err != nil {
		return err
	}
	w, err := taskwatch.New(ctx, taskwatch.Config{RPCURL: n.cfg.RPCURL, WSURL: n.cfg.WSURL, TaskManager: n.cfg.TaskManager,
		Confirmations: n.cfg.Confirmations, PollInterval: n.cfg.PollInterval}, n.log)
	if err != nil {
		return err
	}
	defer w.Close()
	// x86 results agree only between operators running the same emulator
	// bytes, so its digest is part of what an operator announces.
	if path, digest, err := n.engine.X86Emulator(); err != nil {
		n.log.Warn().Err(err).Msg("x86 emulator unavailable: x86 tasks will not be signed")
	} else {
		n.log.Info().Str("path", path).Str("sha256", digest.String()).Msg("x86 emulator")
	}
	n.log.Info().Uint64("fromBlock", from).Hex("operatorId", n.operatorID[:]).Msg("operator running")
	var workers sync.WaitGroup
	workers.Add(1)
	go func() { defer workers.Done(); n.runQueue(ctx) }()
	workers.Add(1)
	go func() { defer workers.Done(); newBatchSigner(n).run(ctx) }()
	err = w.Run(ctx, from, n.handleRange)
	workers.Wait()
	n.sender.wait()
	n.zk.wait()
	if errors.Is(err, context.Canceled) {
		return nil
	}
	return err
}

// resume delivers what a previous run signed but could not hand over, reloads the queue and
// returns the block the watcher starts from.
func (n *Node) resume(ctx context.Context) (uint64, error) {
	from, err := n.store.nextBlock()
	if err != nil {
		return 0, fmt.Errorf("operator store: %w", err)
	}
	if from == 0 {
		from = n.cfg.StartBlock
	}
	unacked, err := n.store.unacknowledged()
	if err != nil {
		return 0, err
	}
	for _, r := range unacked {
		n.sender.deliver(ctx, r)
	}
	queued, err := n.store.queued()
	if err != nil {
		return 0, err
	}
	if len(queued) > 0 {
		n.log.Info().Int("tasks", len(queued)).Msg("resuming queued tasks")
	}
	n.queue.add(queued...)
	return from, nil
}

// handleRange records the tasks of a block range in the durable queue and moves the cursor
// past the range. It never waits for a task: an error here is the local store failing, and
// the watcher reads the range again.
func (n *Node) handleRange(ctx context.Context, events []taskwatch.Event, to uint64) error {
	entries := make([]queueEntry, 0, len(events))
	for _, ev := range events {
		h, err := n.codec.TaskHash(ev.Task)
		if err != nil {
			// Not encodable with the TaskManager's own ABI: no response to it could verify.
			n.metrics.skipped.WithLabelValues("malformed").Inc()
			n.log.Error().Err(err).Uint32("task", ev.TaskID).Msg("task hash: skipped")
			continue
		}
		entries = append(entries, queueEntry{Event: ev, TaskHash: h})
	}
	added, resend, err := n.store.commitRange(entries, to+1, pruneKeep)
	if err != nil {
		return err
	}
	for _, r := range resend {
		n.sender.deliver(ctx, r)
	}
	n.queue.add(added...)
	return nil
}

// process executes, signs and delivers one queued task. Its error decides what the queue
// does next (see outcome.go).
func (n *Node) process(ctx context.Context, j *job) error {
	ev, k := j.entry.Event, j.entry.key()
	log := n.taskLog(j.entry)
	if rec, ok, err := n.store.signed(k); err != nil {
		return err
	} else if ok {
		// Signed before (a migrated record, or a task seen twice): resend, never re-sign.
		if !rec.Acknowledged {
			n.sender.deliver(ctx, rec)
		}
		return n.store.dequeue(k)
	}
	head, err := n.chain.BlockNumber(ctx)
	if err != nil {
		return err
	}
	if head > uint64(ev.Task.DeadlineBlock) {
		return skipErr("deadline", deadlineError(j, head))
	}
	run := n.engine.Run
	runtimeBit := committee.RuntimeWasm
	switch rt := onchain.Runtime(ev.Task.Runtime); rt {
	case onchain.RuntimeWasm:
	case onchain.RuntimeX86:
		run, runtimeBit = n.engine.RunX86, committee.RuntimeX86
		if _, _, err := n.engine.X86Emulator(); err != nil {
			return skipErr("runtime", fmt.Errorf("x86 task but no x86 emulator: %w", err))
		}
	default:
		return skipErr("runtime", fmt.Errorf("%s not supported by this operator", rt))
	}
	if err := n.capacity.admits(runtimeBit, ev.Task.Limits.MemoryBytes); err != nil {
		// Declining what exceeds the declaration is never penalised; committees skip it anyway.
		return skipErr("capacity", err)
	}
	if err := n.checkEnvironment(ev.Task); err != nil {
		return err
	}
	rec, err := n.chain.Task(ctx, ev.TaskID)
	if err != nil {
		return err
	}
	switch state := onchain.TaskState(rec.State); {
	case state == onchain.TaskNone:
		// Not on chain (yet, or any more): a reorg in progress. Retried until the deadline.
		return fmt.Errorf("task %d not found on chain", ev.TaskID)
	case rec.TaskHash != k.Hash:
		return skipErr("replaced", fmt.Errorf("the chain holds another task under id %d (%x, this one %x): reorged",
			ev.TaskID, rec.TaskHash[:8], k.Hash[:8]))
	case state.Settled():
		return skipErr("settled", errors.New("task already answered or expired on chain"))
	}
	// zk functions are proven by one selected operator, not signed by all (see zk.go).
	if rec.ZkVerifier != ([20]byte{}) {
		n.zk.start(ctx, j, log, func(err error) { n.finish(ctx, j, err) })
		return errHandedOff
	}
	if ev.Task.CommitteeSize > 0 {
		round, turn, err := n.committeeRound(ctx, ev.TaskID, ev.Task, k.Hash, head)
		if err != nil {
			return err
		}
		if head < turn {
			return &notYetError{until: turn}
		}
		if round > 0 {
			log.Info().Int("round", round).Msg("failover: drafted into the task's committee")
		}
	}
	input, err := n.inputs.get(ctx, ev)
	if err != nil {
		return err
	}
	module, err := n.fetchModule(ctx, ev)
	if err != nil {
		return err
	}
	ts, err := n.chain.BlockTime(ctx, uint64(ev.Task.ReferenceBlock))
	if err != nil {
		return err
	}
	// Secrets and a sealed input are opened with the other operators' shares (secrets.go).
	opened, err := n.unseal(ctx, ev, k.Hash, input, log)
	if err != nil {
		return err
	}
	req := engine.Request{
		Module: module, Digest: modstore.Digest(ev.Task.ModuleDigest), Input: opened.input, Env: opened.env,
		Limits: n.limits(ev.Task), TaskID: k.Hash, Timestamp: ts, Environment: ev.Task.Environment,
	}
	// A function that declared hosts may make HTTP calls: its result is
	// signed only on a transcript its calls were agreed on (fetchphase.go).
	declared, err := n.chain.FunctionHosts(ctx, ev.Task.FunctionId, uint64(ev.Task.ReferenceBlock))
	if err != nil {
		return err
	}
	var transcript httpcall.Transcript
	var res engine.Result
	if len(declared) == 0 {
		res, err = run(ctx, req)
	} else {
		hosts, herr := httpcall.ParseHosts(declared)
		if herr != nil {
			return skipErr("malformed", fmt.Errorf("function's hosts: %w", herr))
		}
		te := taskEvent{id: ev.TaskID, hash: k.Hash, quorum: ev.Task.QuorumNumbers[0], threshold: ev.Task.QuorumThresholdPercentage,
			referenceBlok: ev.Task.ReferenceBlock, deadline: ev.Task.DeadlineBlock}
		res, transcript, err = n.fetchPhase(ctx, te, run, req, hosts, log)
	}
	if err != nil {
		if isSkip(err) {
			return err
		}
		return n.engineError(ctx, err)
	}
	n.metrics.observe(res)
	if !res.Status.Signable() {
		return skipErr("status", fmt.Errorf("non-deterministic outcome %s: reported, not signed", res.Status))
	}
	if opened.responseKey != nil {
		// Deterministic: every operator signs the same ciphertext.
		res.Output = sealed.SealResponse(*opened.responseKey, k.Hash, res.Output)
	}
	resp := protocol.NewResponse(ev.TaskID, res.Status, res.Output)
	// The metered fuel settles the task's fee (unused fuel is refunded on chain); the engine never
	// reports more than the limit, and the chain refuses more.
	resp.FuelUsed = min(res.FuelUsed, ev.Task.Limits.Fuel)
	resp.TranscriptDigest = transcript.Digest()
	digest, err := n.codec.ResponseDigest(n.chainID, n.cfg.TaskManager, ev.Task, resp)
	if err != nil {
		return skipErr("malformed", err)
	}
	signed := protocol.NewSignedResponse(resp, digest, n.blsKey, n.operatorID)
	signed.TaskHash = k.Hash
	sr := signedRecord{Response: signed, TaskHash: k.Hash,
		DeadlineBlock: ev.Task.DeadlineBlock, Digest: digest}
	// Durable before it leaves the process: a restart resends these bytes.
	if err := n.store.recordSigned(sr); err != nil {
		return err
	}
	log.Info().Str("status", res.Status.String()).Uint64("fuel", res.FuelUsed).Int("outputBytes", len(res.Output)).
		Hex("digest", digest[:]).Msg("task executed and signed")
	n.sender.deliver(ctx, sr)
	return nil
}

// fetchModule fetches the task's module. A module whose fetch failed is not fetched again
// for the fetch window: tasks of one function share it, and each would otherwise hold a worker
// for a whole fetch timeout on a server that does not answer.
func (n *Node) fetchModule(ctx context.Context, ev taskwatch.Event) ([]byte, error) {
	d := modstore.Digest(ev.Task.ModuleDigest)
	if !n.modules.Has(d) {
		n.mu.Lock()
		until, failing := n.moduleFailures[d]
		n.mu.Unlock()
		if failing && time.Now().Before(until) {
			return nil, unavailable("module", fmt.Errorf("module %s: its last fetch failed, not retried before %s", d, until.Format(time.TimeOnly)))
		}
	}
	// Tasks of one function arriving together share one fetch.
	v, err, _ := n.moduleFetches.Do(d.String(), func() (any, error) {
		b, err := n.modules.Fetch(ctx, d, ev.ModuleURIs...)
		n.mu.Lock()
		defer n.mu.Unlock()
		if err != nil {
			if ctx.Err() == nil {
				now := time.Now()
				if len(n.moduleFailures) >= maxModuleFailures {
					for k, until := range n.moduleFailures {
						if now.After(until) {
							delete(n.moduleFailures, k)
						}
					}
				}
				// Twice the fetch window: tasks that shared this fetch give up within one
				// window, without a second fetch racing their last retries.
				n.moduleFailures[d] = now.Add(2 * n.fetch.TotalTimeout)
			}
			return nil, err
		}
		delete(n.moduleFailures, d)
		return b, nil
	})
	if err != nil {
		return nil, unavailable("module", err)
	}
	return v.([]byte), nil
}

// maxModuleFailures is the size past which expired failed-fetch entries are cleared.
const maxModuleFailures = 1024

// limits are the engine limits of a task. The wall time is cut to the operator's cap rather
// than refused: it only protects the operator and is never part of a result.
func (n *Node) limits(t protocol.Task) engine.Limits {
	l := t.Limits
	timeout := time.Duration(l.WallTimeMs) * time.Millisecond
	if n.cfg.MaxWallTime > 0 && timeout > n.cfg.MaxWallTime {
		timeout = n.cfg.MaxWallTime
	}
	return engine.Limits{Fuel: l.Fuel, MemoryBytes: l.MemoryBytes, Timeout: timeout, MaxOutput: int(l.MaxOutputBytes)}
}

// engineError classifies an engine error: a refusal is about the task, anything else is the host.
func (n *Node) engineError(ctx context.Context, err error) error {
	switch {
	case errors.Is(err, engine.ErrLimitAboveCap) || errors.Is(err, engine.ErrMemoryAboveBudget):
		return skipErr("caps", err)
	case isRefusal(err):
		return skipErr("refused", err)
	case ctx.Err() != nil:
		return ctx.Err()
	}
	return fmt.Errorf("execute: %w", err)
}

func deadlineError(j *job, head uint64) error {
	err := fmt.Errorf("deadline block %d passed (head %d)", j.entry.Event.Task.DeadlineBlock, head)
	if j.lastErr != nil {
		err = fmt.Errorf("%w after %d attempts, last: %w", err, j.attempts, j.lastErr)
	}
	return err
}

func (n *Node) taskLog(e queueEntry) zerolog.Logger {
	return n.log.With().Uint32("task", e.Event.TaskID).Hex("taskHash", e.TaskHash[:8]).
		Uint64("function", e.Event.Task.FunctionId).Logger()
}

// inputDigestOK checks fetched input against the digest the task committed to.
func inputDigestOK(input []byte, want [32]byte) bool { return crypto.Keccak256Hash(input) == want }
