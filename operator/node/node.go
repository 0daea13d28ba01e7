// Package node is `operator run`: it follows tasks on chain, runs each task's function in the
// WASM engine under the task's deterministic limits, signs the response digest with the
// operator's BLS key and delivers it to the aggregator until acknowledged.
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
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/rs/zerolog"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/chain"
	"github.com/blockless/avs/engine"
	"github.com/blockless/avs/modstore"
	"github.com/blockless/avs/operator/keys"
	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/taskwatch"
)

// RuntimeWasm and RuntimeX86 are TaskManager.RuntimeKind values.
const (
	RuntimeWasm uint8 = 0
	RuntimeX86  uint8 = 1
)

// Node is a running operator.
type Node struct {
	cfg        Config
	log        zerolog.Logger
	client     *ethclient.Client
	chainID    *big.Int
	tm         *taskmanager.TaskManager
	codec      *protocol.Codec
	engine     *engine.Engine
	modules    *modstore.Store
	state      *state
	blsKey     *bls.KeyPair
	operatorID [32]byte
	sender     *sender
	metrics    *metrics
	inputs     *inputFetcher
	zk         *zkRuntime
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
	n := &Node{cfg: cfg, log: log, client: client, chainID: chainID, blsKey: k.BLS, operatorID: keys.OperatorID(k.BLS)}
	ok := false
	defer func() {
		if !ok {
			n.Close()
		}
	}()
	if n.tm, err = taskmanager.NewTaskManager(cfg.TaskManager, client); err != nil {
		return nil, fmt.Errorf("bind task manager: %w", err)
	}
	if n.codec, err = protocol.NewCodec(); err != nil {
		return nil, err
	}
	if n.modules, err = modstore.New(modstore.Config{Dir: filepath.Join(cfg.DataDir, "modules")}); err != nil {
		return nil, err
	}
	if n.engine, err = engine.New(engine.Config{
		CacheDir:          filepath.Join(cfg.DataDir, "compiled"),
		MaxConcurrent:     cfg.MaxConcurrent,
		MaxTotalMemory:    cfg.MaxMemoryBytes,
		MaxLimits:         engine.Limits{Fuel: cfg.MaxFuel, MemoryBytes: cfg.MaxTaskMemory},
		X86Emulator:       cfg.X86Emulator,
		X86EmulatorDigest: cfg.X86EmulatorDigest,
	}, nil); err != nil {
		return nil, fmt.Errorf("start engine: %w", err)
	}
	if n.state, err = loadState(cfg.DataDir); err != nil {
		return nil, err
	}
	n.metrics = newMetrics()
	n.sender = newSender(cfg.AggregatorURL, n.state, n.tm, n.metrics, log)
	n.inputs = newInputFetcher()
	if n.zk, err = newZkRuntime(n); err != nil {
		return nil, err
	}
	ok = true
	return n, nil
}

// OperatorID is this operator's id on chain.
func (n *Node) OperatorID() [32]byte { return n.operatorID }

// Close releases the engine and the connection.
func (n *Node) Close() {
	if n.engine != nil {
		_ = n.engine.Close()
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
	from := n.state.nextBlock()
	if from == 0 {
		from = n.cfg.StartBlock
	}
	// Deliver what a previous run signed but could not hand over.
	for _, r := range n.state.unacknowledged() {
		n.sender.deliver(ctx, r)
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
	err = w.Run(ctx, from, n.handleRange)
	n.sender.wait()
	n.zk.wait()
	if errors.Is(err, context.Canceled) {
		return nil
	}
	return err
}

// handleRange executes and signs every task of a block range before the cursor moves past it.
func (n *Node) handleRange(ctx context.Context, events []taskwatch.Event, to uint64) error {
	var wg sync.WaitGroup
	errs := make([]error, len(events))
	sem := make(chan struct{}, n.cfg.MaxConcurrent)
	for i, ev := range events {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			errs[i] = n.handleTask(ctx, ev)
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return err // retried: the range is read again, already-signed tasks are resent, not re-run
	}
	if err := n.state.prune(to, 1000); err != nil {
		return err
	}
	return n.state.setNextBlock(to + 1)
}

// handleTask returns an error only for conditions worth retrying (host problems). A task this
// operator cannot or must not sign is logged and skipped.
func (n *Node) handleTask(ctx context.Context, ev taskwatch.Event) error {
	log := n.log.With().Uint32("task", ev.TaskID).Uint64("function", ev.Task.FunctionId).Logger()
	if rec, ok := n.state.signed(ev.TaskID); ok {
		if !rec.Acknowledged {
			n.sender.deliver(ctx, rec)
		}
		return nil
	}
	head, err := n.client.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("head: %w", err)
	}
	if head > uint64(ev.Task.DeadlineBlock) {
		log.Debug().Msg("task deadline passed before it reached us: skipped")
		return nil
	}
	run := n.engine.Run
	if ev.Task.Runtime == RuntimeX86 {
		run = n.engine.RunX86
		if _, _, err := n.engine.X86Emulator(); err != nil {
			n.metrics.skipped.WithLabelValues("runtime").Inc()
			log.Warn().Err(err).Msg("x86 task but no x86 emulator: not signing")
			return nil
		}
	} else if ev.Task.Runtime != RuntimeWasm {
		n.metrics.skipped.WithLabelValues("runtime").Inc()
		log.Warn().Uint8("runtime", ev.Task.Runtime).Msg("runtime not supported by this operator: not signing")
		return nil
	}
	// zk functions are proven by one selected operator, not signed by all (see zk.go).
	if isZk, err := n.zk.isZkTask(ctx, ev.TaskID); err != nil {
		return err
	} else if isZk {
		n.zk.start(ctx, ev, log)
		return nil
	}
	input, err := n.inputs.get(ctx, ev)
	if err != nil {
		n.metrics.skipped.WithLabelValues("input").Inc()
		log.Warn().Err(err).Msg("task input unavailable: not signing")
		return nil
	}
	module, err := n.modules.Fetch(ctx, modstore.Digest(ev.Task.ModuleDigest), ev.ModuleURIs...)
	if err != nil {
		n.metrics.skipped.WithLabelValues("module").Inc()
		log.Warn().Err(err).Msg("module unavailable: not signing")
		return nil
	}
	hdr, err := n.client.HeaderByNumber(ctx, new(big.Int).SetUint64(uint64(ev.Task.ReferenceBlock)))
	if err != nil {
		return fmt.Errorf("reference block header: %w", err)
	}
	taskHash, err := n.codec.TaskHash(ev.Task)
	if err != nil {
		return err
	}
	lim := ev.Task.Limits
	res, err := run(ctx, engine.Request{
		Module: module, Digest: modstore.Digest(ev.Task.ModuleDigest), Input: input,
		Limits: engine.Limits{Fuel: lim.Fuel, MemoryBytes: lim.MemoryBytes,
			Timeout: time.Duration(lim.WallTimeMs) * time.Millisecond, MaxOutput: int(lim.MaxOutputBytes)},
		TaskID: taskHash, Timestamp: hdr.Time,
	})
	if errors.Is(err, engine.ErrLimitAboveCap) {
		n.metrics.skipped.WithLabelValues("caps").Inc()
		log.Warn().Err(err).Msg("task asks more than this operator's caps: not signing")
		return nil
	}
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return fmt.Errorf("execute: %w", err)
	}
	n.metrics.observe(res)
	if !res.Status.Signable() {
		log.Warn().Str("status", res.Status.String()).Msg("non-deterministic outcome: reported, not signed")
		return nil
	}
	resp := protocol.NewResponse(ev.TaskID, uint8(res.Status), res.Output)
	digest, err := n.codec.ResponseDigest(n.chainID, n.cfg.TaskManager, ev.Task, resp)
	if err != nil {
		return err
	}
	rec := signedRecord{Response: protocol.NewSignedResponse(resp, digest, n.blsKey, n.operatorID), DeadlineBlock: ev.Task.DeadlineBlock}
	if err := n.state.recordSigned(rec); err != nil {
		return err
	}
	log.Info().Str("status", res.Status.String()).Uint64("fuel", res.FuelUsed).Int("outputBytes", len(res.Output)).
		Hex("digest", digest[:]).Msg("task executed and signed")
	n.sender.deliver(ctx, rec)
	return nil
}

// answered reports whether the task is no longer pending on chain.
func answered(ctx context.Context, tm *taskmanager.TaskManager, id uint32) bool {
	rec, err := tm.GetTask(&bind.CallOpts{Context: ctx}, id)
	return err == nil && rec.State >= 2
}

// inputDigestOK checks fetched input against the digest the task committed to.
func inputDigestOK(input []byte, want [32]byte) bool { return crypto.Keccak256Hash(input) == want }
