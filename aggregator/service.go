package aggregator

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/Layr-Labs/eigensdk-go/chainio/clients/avsregistry"
	svcavsregistry "github.com/Layr-Labs/eigensdk-go/services/avsregistry"
	blsagg "github.com/Layr-Labs/eigensdk-go/services/bls_aggregation"
	eigentypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/rs/zerolog"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/chain"
	"github.com/blockless/avs/logs"
	"github.com/blockless/avs/modstore"
	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/taskwatch"
)

// Service is a running aggregator: task watcher, BLS aggregation, HTTP API, submitter.
// Create it with New, then call Run once.
type Service struct {
	cfg     Config
	log     zerolog.Logger
	store   *Store
	codec   *protocol.Codec
	chainID *big.Int
	chain   taskChain
	sub     txSender

	registry *pinnedRegistry
	bls      *blsagg.BlsAggregatorService
	metrics  *Metrics
	watcher  *taskwatch.Watcher // nil in unit tests, which deliver events themselves

	// cache holds bytes fetched from URIs in chain data; it is private and never served.
	// The public module store is its own service (cmd/modstore), reached through those URIs.
	cache   *modstore.Store
	fetcher artifactFetcher
	zkKeys  *vkCache

	sigSem, proofSem semaphore
	retryBase        time.Duration // first backoff step of chain retries (setup, submit, expire)

	ln, metricsLn net.Listener
	closers       []func()

	head atomic.Uint64 // latest chain head seen

	mu       sync.Mutex
	tasks    map[uint32]*task  // tasks still being worked on
	aggTasks map[uint32]uint32 // blsagg task index -> task id; never shrinks, since blsagg never forgets an index
	nextAgg  uint32

	settled settledWatch // recent outcomes, checked against reorganisations

	batcher *batcher // batch.go

	results fifo[blsagg.BlsAggregationServiceResponse]
	proofs  fifo[verifiedProof] // from POST /v1/proofs to proofLoop
	wg      sync.WaitGroup
	// runCtx is Run's context, for work started under a task's lock (committee submissions).
	runCtx context.Context
}

// signedTask is the TaskResponse handed to blsagg: the digest binds the task and the response.
type signedTask struct {
	task     protocol.Task
	response protocol.Response
}

// deps are the Service's connections to the outside world: New builds them over RPC, unit
// tests hand in fakes.
type deps struct {
	chainID  *big.Int
	chain    taskChain
	sub      txSender
	registry registryChain
	fetcher  artifactFetcher
}

// New connects to the chain, opens the store in cfg.DataDir, builds eigensdk-go's registry and
// aggregation services and binds the HTTP listener (so Addr is known before Run). It blocks
// while it reads the operators' public keys from the registry's logs (pubkeys.go).
func New(ctx context.Context, cfg Config, log zerolog.Logger) (s *Service, err error) {
	cfg.applyDefaults()
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	var closers []func()
	defer func() {
		if err != nil {
			for i := len(closers) - 1; i >= 0; i-- {
				closers[i]()
			}
		}
	}()
	tmABI, err := taskmanager.TaskManagerMetaData.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("task manager abi: %w", err)
	}
	client, chainID, err := chain.Dial(ctx, cfg.RPCURL, cfg.ChainID)
	if err != nil {
		return nil, err
	}
	closers = append(closers, client.Close)
	tm, err := taskmanager.NewTaskManager(cfg.TaskManager, client)
	if err != nil {
		return nil, fmt.Errorf("bind task manager: %w", err)
	}
	sub := newSubmitter(client, chainID, tm, tmABI, cfg.Key, cfg.ReceiptTimeout)
	// Fail fast when the TaskManager would refuse every response from this key.
	if only, err := tm.Aggregator(callOpts(ctx)); err != nil {
		return nil, fmt.Errorf("read TaskManager.aggregator at %s: %w", cfg.TaskManager.Hex(), err)
	} else if only != (common.Address{}) && only != sub.from {
		return nil, fmt.Errorf("TaskManager %s accepts responses only from %s, but the aggregator key is %s", cfg.TaskManager.Hex(), only.Hex(), sub.from.Hex())
	}

	elog := logs.Eigen(log.With().Str("component", "eigensdk").Logger())
	reader, err := avsregistry.NewReaderFromConfig(avsregistry.Config{RegistryCoordinatorAddress: cfg.RegistryCoordinator,
		OperatorStateRetrieverAddress: cfg.OperatorStateRetriever, ServiceManagerAddress: cfg.ServiceManager}, client, elog)
	if err != nil {
		return nil, fmt.Errorf("eigensdk registry reader: %w", err)
	}
	// Operator keys come from the registry's logs, polled over HTTP (see pubkeys.go).
	keys := newPubkeyIndex(registryLogs{reader, client}, cfg.RegistryStartBlock, log.With().Str("component", "pubkeys").Logger())
	if err := keys.refresh(ctx); err != nil {
		return nil, err
	}
	watcher, err := taskwatch.New(ctx, taskwatch.Config{RPCURL: cfg.RPCURL, WSURL: cfg.WSURL, TaskManager: cfg.TaskManager,
		Confirmations: cfg.Confirmations, PollInterval: cfg.PollInterval}, log.With().Str("component", "taskwatch").Logger())
	if err != nil {
		return nil, err
	}
	closers = append(closers, watcher.Close)
	committees, err := committeeReader(ctx, client, tm)
	if err != nil {
		return nil, err
	}
	s, err = newService(cfg, log, deps{chainID: chainID, chain: &rpcChain{client: client, tm: tm, committees: committees}, sub: sub,
		registry: svcavsregistry.NewAvsRegistryServiceChainCaller(reader, keys, elog), fetcher: cfg.Fetch})
	if err != nil {
		return nil, err
	}
	s.closers = append(closers, s.closers...)
	closers = nil
	s.watcher = watcher
	if s.ln, err = net.Listen("tcp", cfg.Listen); err != nil {
		s.close()
		return nil, fmt.Errorf("listen %s: %w", cfg.Listen, err)
	}
	s.closers = append(s.closers, func() { _ = s.ln.Close() })
	if cfg.MetricsAddr != "" {
		if s.metricsLn, err = net.Listen("tcp", cfg.MetricsAddr); err != nil {
			s.close()
			return nil, fmt.Errorf("listen %s (metrics): %w", cfg.MetricsAddr, err)
		}
		s.closers = append(s.closers, func() { _ = s.metricsLn.Close() })
	}
	return s, nil
}

// newService builds the chain-independent part of a Service on d: store, fetch cache,
// blsagg over the pinned registry, limits. cfg has its defaults applied.
func newService(cfg Config, log zerolog.Logger, d deps) (s *Service, err error) {
	s = &Service{cfg: cfg, log: log, metrics: newMetrics(), tasks: map[uint32]*task{}, aggTasks: map[uint32]uint32{},
		nextAgg: 1 << 31, chainID: d.chainID, chain: d.chain, sub: d.sub, fetcher: d.fetcher, zkKeys: newVKCache(),
		sigSem: newSemaphore(cfg.VerifyConcurrency), proofSem: newSemaphore(cfg.ProofConcurrency), retryBase: time.Second,
		batcher: newBatcher(), runCtx: context.Background()}
	defer func() {
		if err != nil {
			s.close()
		}
	}()
	if s.codec, err = protocol.NewCodec(); err != nil {
		return nil, err
	}
	if s.store, err = OpenStore(cfg.DataDir); err != nil {
		return nil, err
	}
	s.closers = append(s.closers, func() { _ = s.store.Close() })
	// Bytes fetched from chain-data URIs stay in this private cache: serving them would turn the
	// aggregator into a proxy for whatever its fetch policy can reach.
	if s.cache, err = modstore.New(modstore.Config{Dir: filepath.Join(cfg.DataDir, "fetch-cache"), MaxModuleSize: maxVerifyingKeyBytes,
		MaxBytes: 64 << 20, Fetch: cfg.Fetch}); err != nil {
		return nil, fmt.Errorf("fetch cache: %w", err)
	}
	s.registry = newPinnedRegistry(d.registry)
	chainID, tmAddr, codec := s.chainID, cfg.TaskManager, s.codec
	hash := func(r eigentypes.TaskResponse) (eigentypes.TaskResponseDigest, error) {
		if m, ok := r.(batchMessage); ok {
			return eigentypes.TaskResponseDigest(m), nil // a batch: the message is the digest
		}
		st, ok := r.(signedTask)
		if !ok {
			return eigentypes.TaskResponseDigest{}, fmt.Errorf("unexpected task response type %T", r)
		}
		return codec.ResponseDigest(chainID, tmAddr, st.task, st.response)
	}
	s.bls = blsagg.NewBlsAggregatorService(s.registry, hash, logs.Eigen(log.With().Str("component", "eigensdk").Logger()))
	s.results.init()
	s.proofs.init()
	return s, nil
}

// Addr is the HTTP API's address (host:port), known as soon as New returns.
func (s *Service) Addr() string { return s.ln.Addr().String() }

// MetricsAddr is the metrics listener's address, or "" when metrics are not served.
func (s *Service) MetricsAddr() string {
	if s.metricsLn == nil {
		return ""
	}
	return s.metricsLn.Addr().String()
}

// Metrics exposes the Prometheus registry (for tests and embedding).
func (s *Service) Metrics() *Metrics { return s.metrics }

// close releases everything New opened, in reverse order.
func (s *Service) close() {
	for i := len(s.closers) - 1; i >= 0; i-- {
		s.closers[i]()
	}
	s.closers = nil
}

// Close releases a Service that was created but never Run.
func (s *Service) Close() { s.close() }

// Run serves until ctx ends, then shuts down and closes the store. It returns nil after a
// clean shutdown, or the error that stopped it (e.g. the listener failing).
func (s *Service) Run(ctx context.Context) error {
	defer s.close()
	pending, err := s.store.PendingTasks()
	if err != nil {
		return err
	}
	from, ok, err := s.store.Cursor()
	if err != nil {
		return fmt.Errorf("read cursor: %w", err)
	}
	if !ok {
		from = s.cfg.StartBlock
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	s.runCtx = ctx

	errc := make(chan error, 2)
	srv := &http.Server{Handler: s.Handler(), ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
		WriteTimeout: 60 * time.Second, IdleTimeout: 2 * time.Minute}
	go func() {
		if err := srv.Serve(s.ln); !errors.Is(err, http.ErrServerClosed) {
			errc <- fmt.Errorf("http api: %w", err)
		}
	}()
	var msrv *http.Server
	if s.metricsLn != nil {
		mux := http.NewServeMux()
		mux.Handle("/metrics", promhttp.HandlerFor(s.metrics.Registry, promhttp.HandlerOpts{}))
		msrv = &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
		go func() {
			if err := msrv.Serve(s.metricsLn); !errors.Is(err, http.ErrServerClosed) {
				errc <- fmt.Errorf("metrics: %w", err)
			}
		}()
	}

	// blsagg's response channel is unbuffered and shared by every task: this goroutine only
	// moves responses into an unbounded queue, so aggregation never waits on our locks.
	drainDone := make(chan struct{})
	go s.drain(drainDone)
	s.wg.Go(func() { s.resultLoop(ctx) })
	s.wg.Go(func() { s.proofLoop(ctx) })

	if head, err := s.chain.BlockNumber(ctx); err == nil {
		s.head.Store(head)
	}
	stored, err := s.claimStoredBatches()
	if err != nil {
		return err
	}
	for _, rec := range pending {
		s.track(ctx, rec)
	}
	s.restoreBatches(ctx, stored)
	if s.batching() {
		s.wg.Go(func() { s.batchLoop(ctx) })
	}
	s.log.Info().Str("api", s.Addr()).Str("metrics", s.MetricsAddr()).Uint64("fromBlock", from).Int("pendingTasks", len(pending)).
		Str("submitter", s.sub.address().Hex()).Msg("aggregator started")
	s.wg.Go(func() { s.headLoop(ctx) })
	if s.watcher != nil {
		s.wg.Go(func() { _ = s.watcher.Run(ctx, from, s.handleEvents) })
	}

	var runErr error
	select {
	case <-ctx.Done():
	case runErr = <-errc:
		s.log.Error().Err(runErr).Msg("aggregator stopping")
	}
	cancel()
	sctx, scancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer scancel()
	_ = srv.Shutdown(sctx)
	if msrv != nil {
		_ = msrv.Shutdown(sctx)
	}
	s.wg.Wait()
	// Only now stop draining: nothing forwards signatures any more. Aggregation goroutines
	// still running inside eigensdk-go stay parked until the process exits.
	close(drainDone)
	s.log.Info().Msg("aggregator stopped")
	return runErr
}

// handleEvents stores new tasks and the watcher cursor atomically, then starts work on them.
// Tasks are identified by (id, task hash): a TaskCreated seen again with the same id and another
// hash (a reorg) replaces the old task. Tasks paying less than MinFee are recorded as skipped.
func (s *Service) handleEvents(ctx context.Context, events []taskwatch.Event, to uint64) error {
	now := time.Now().UTC()
	recs := make([]TaskRecord, 0, len(events))
	for _, ev := range events {
		h, err := s.codec.TaskHash(ev.Task)
		if err != nil {
			s.log.Error().Err(err).Uint32("task", ev.TaskID).Msg("task hash; event ignored")
			continue
		}
		rec := TaskRecord{ID: ev.TaskID, Task: ev.Task, TaskHash: h, CreatedBlock: ev.Block, CreatedTx: ev.TxHash,
			State: StatePending, SeenAt: now, UpdatedAt: now}
		if s.cfg.MinFee != nil && (ev.Task.Fee == nil || ev.Task.Fee.Cmp(s.cfg.MinFee) < 0) {
			rec.State = StateSkipped
			rec.Reason = fmt.Sprintf("fee %s below this aggregator's minimum %s", feeString(ev.Task.Fee), s.cfg.MinFee)
		}
		recs = append(recs, rec)
	}
	added, replaced, err := s.store.AddTasks(recs, to+1)
	if err != nil {
		return err
	}
	for _, old := range replaced {
		s.log.Warn().Uint32("task", old.ID).Str("oldHash", old.TaskHash.Hex()).Str("oldState", string(old.State)).
			Msg("TaskCreated with a known id and new content (reorg): the new task replaces the old one")
	}
	for _, rec := range added {
		s.metrics.tasksSeen.Inc()
		if rec.State == StateSkipped {
			s.log.Info().Uint32("task", rec.ID).Str("reason", rec.Reason).Msg("task skipped")
			s.mu.Lock()
			old := s.tasks[rec.ID] // a reorg replaced a tracked task by a skipped one
			delete(s.tasks, rec.ID)
			s.mu.Unlock()
			if old != nil {
				s.retire(old)
				s.metrics.pending.Dec()
			}
			continue
		}
		s.log.Info().Uint32("task", rec.ID).Uint64("block", rec.CreatedBlock).Uint32("deadline", rec.Task.DeadlineBlock).
			Uint8("threshold", rec.Task.QuorumThresholdPercentage).Msg("task created")
		s.track(ctx, rec)
	}
	return nil
}

func feeString(f *big.Int) string {
	if f == nil {
		return "0"
	}
	return f.String()
}

// headLoop follows the chain head and expires tasks whose deadline block has been reached:
// a response mined after head can no longer be on time. While the RPC fails it logs once per
// backoff step, not once per poll.
func (s *Service) headLoop(ctx context.Context) {
	t := time.NewTicker(s.cfg.PollInterval)
	defer t.Stop()
	bl := newBackoffLog(s.cfg.PollInterval, time.Minute)
	for {
		if head, err := s.chain.BlockNumber(ctx); err == nil {
			bl.ok(s.log, "chain head readable again")
			s.head.Store(head)
			s.committeeTick(head)
			s.expireDue(ctx, head)
			s.checkSettled(ctx, head)
		} else if ctx.Err() == nil {
			bl.failed(s.log, time.Now(), err, "chain head")
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (s *Service) drain(done <-chan struct{}) {
	ch := s.bls.GetResponseChannel()
	for {
		select {
		case r, ok := <-ch:
			if !ok {
				return
			}
			s.results.push(r)
		case <-done:
			return
		}
	}
}

func (s *Service) resultLoop(ctx context.Context) {
	for {
		r, ok := s.results.pop(ctx)
		if !ok {
			return
		}
		s.handleResult(ctx, r)
	}
}

// fifo is an unbounded queue between a producer that must never block (blsagg's channel, an
// HTTP handler) and the loop that consumes it.
type fifo[T any] struct {
	mu     sync.Mutex
	items  []T
	closed bool
	wake   chan struct{}
}

func (q *fifo[T]) init() { q.wake = make(chan struct{}, 1) }

// push queues v; it reports false once the queue is closed (v is then dropped).
func (q *fifo[T]) push(v T) bool {
	q.mu.Lock()
	if q.closed {
		q.mu.Unlock()
		return false
	}
	q.items = append(q.items, v)
	q.mu.Unlock()
	select {
	case q.wake <- struct{}{}:
	default:
	}
	return true
}

func (q *fifo[T]) pop(ctx context.Context) (T, bool) {
	for {
		q.mu.Lock()
		if len(q.items) > 0 {
			v := q.items[0]
			q.items = q.items[1:]
			q.mu.Unlock()
			return v, true
		}
		q.mu.Unlock()
		select {
		case <-ctx.Done():
			var zero T
			return zero, false
		case <-q.wake:
		}
	}
}

// close refuses later pushes and returns what was never popped.
func (q *fifo[T]) close() []T {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.closed = true
	left := q.items
	q.items = nil
	return left
}

// callOpts binds a read to ctx.
func callOpts(ctx context.Context) *bind.CallOpts { return &bind.CallOpts{Context: ctx} }
