package aggregator

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"runtime"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/blockless/avs/deployment"
	"github.com/blockless/avs/faults"
	"github.com/blockless/avs/fetch"
)

// Config configures an aggregator. Zero durations take the defaults noted.
type Config struct {
	RPCURL  string
	WSURL   string // optional: new-head wake-ups for the task watcher (everything else polls over RPCURL)
	ChainID uint64 // expected chain id; 0 = accept what the node reports

	TaskManager            common.Address
	RegistryCoordinator    common.Address
	OperatorStateRetriever common.Address
	ServiceManager         common.Address

	// StartBlock is where the task watcher starts on a fresh data dir (afterwards it resumes
	// from the persisted cursor). ConfigFromAddresses sets the deployment block.
	StartBlock uint64
	// RegistryStartBlock is where eigensdk-go's operator pubkey service starts scanning the
	// BLS registry's logs (0 = genesis, fine on a devnet; on a public chain use the
	// registry's deployment block, or startup scans the whole chain).
	RegistryStartBlock uint64
	Confirmations      uint64 // TaskCreated events must be this deep before they are handled
	// ReorgDepth is how many blocks a response or expiry this aggregator recorded is watched
	// for a reorganisation removing it (the task is then worked on again); default 64.
	ReorgDepth   uint64
	PollInterval time.Duration // chain head / log polling; default 1 s

	// BlockTime is the estimated block interval used to turn a task's deadline (in blocks) into
	// eigensdk-go's wall-clock aggregation expiry; default 12 s. See doc.go.
	BlockTime time.Duration
	// MinAggregationTTL is the shortest wall-clock lifetime of one aggregation round; default 30 s.
	MinAggregationTTL time.Duration
	// ReceiptTimeout bounds the wait for a respondToTask receipt before the tx is re-sent
	// with a higher fee; default 2 min.
	ReceiptTimeout time.Duration

	// Key signs respondToTask and expireTask. Never logged.
	Key *ecdsa.PrivateKey
	// ExpireTasks makes the aggregator call expireTask for tasks that passed their deadline
	// unanswered, which refunds the requester's fee.
	ExpireTasks bool

	Listen      string // HTTP API, e.g. 127.0.0.1:8090 (":0"-style ports pick a free one)
	MetricsAddr string // Prometheus /metrics; empty = not served
	DataDir     string // bbolt store and the private fetch cache (DataDir/fetch-cache)

	// Fetch is the policy for URIs found in chain data (a zk function's manifest and verifying
	// key): which schemes, destinations and file directories may be read. The default refuses
	// file:// and private/loopback addresses.
	Fetch fetch.Policy

	// MinFee is the smallest task fee this aggregator works for; tasks paying less are recorded
	// as skipped (nil or 0: every task the TaskManager accepted).
	MinFee *big.Int
	// VerifyConcurrency bounds concurrent BLS signature checks; default 2 x GOMAXPROCS.
	VerifyConcurrency int
	// ProofConcurrency bounds concurrent Groth16 proof checks; default GOMAXPROCS.
	ProofConcurrency int

	// Batching (docs/batching.md, "Agreement and submission"). BatchMaxTasks is the largest
	// batch; 0 or 1 turns batching off (every task is answered alone with respondToTask).
	BatchMaxTasks int
	// BatchMaxWait is how long the oldest certified task of a group waits for more before the
	// group is proposed as a batch; default 500 ms.
	BatchMaxWait time.Duration
	// BatchDeadlineMargin: a task whose deadline is this many blocks away or closer is never
	// batched (or is taken out of its batch) and answered alone; default 5.
	BatchDeadlineMargin uint64
	// BatchHoldIdle keeps a group waiting its full BatchMaxWait (or until full) even when no
	// other task is being certified; by default such a group is proposed at once, so a task
	// at low load is not delayed waiting for company that is not coming.
	BatchHoldIdle bool
	// BatchSignTimeout is how long a proposed batch waits for its operators' signatures before
	// its tasks fall back to respondToTask one by one; default 10 s.
	BatchSignTimeout time.Duration

	// FetchGrace is how long the fetch phase of a function that makes HTTP calls waits, once
	// the reports of a round hold the task's fetch quorum, for the slower operators' reports
	// before it extends the transcript (at once when every operator with stake reported);
	// default 1 s. See fetchphase.go.
	FetchGrace time.Duration

	// Faults receives evidence of provable operator faults among the signatures this aggregator
	// verified: a stored response whose digest differs from the task's answer on chain
	// (faults.Reporter proves it to the Slasher). Nil: not reported.
	Faults FaultReporter
}

// FaultReporter takes evidence of an operator fault; it must not block.
type FaultReporter interface {
	ReportFault(ev faults.Evidence)
}

// Batching defaults; DefaultBatchMaxTasks is what cmd/aggregator's flag defaults to.
const (
	DefaultBatchMaxTasks       = 64
	defaultBatchMaxWait        = 500 * time.Millisecond
	defaultBatchDeadlineMargin = 5
	defaultBatchSignTimeout    = 10 * time.Second
)

// ConfigFromAddresses fills the chain fields from a devnet addresses.json.
func ConfigFromAddresses(a *deployment.Addresses) Config {
	return Config{
		RPCURL: a.RPCURL, WSURL: a.WSURL, ChainID: a.ChainID,
		TaskManager: a.AVS.TaskManager, RegistryCoordinator: a.AVS.RegistryCoordinator,
		OperatorStateRetriever: a.AVS.OperatorStateRetriever, ServiceManager: a.AVS.ServiceManager,
		StartBlock: a.DeployedAt, ExpireTasks: true, Listen: "127.0.0.1:8090", BatchMaxTasks: DefaultBatchMaxTasks,
	}
}

func (c *Config) applyDefaults() {
	if c.PollInterval <= 0 {
		c.PollInterval = time.Second
	}
	if c.ReorgDepth == 0 {
		c.ReorgDepth = defaultReorgDepth
	}
	if c.BlockTime <= 0 {
		c.BlockTime = 12 * time.Second
	}
	if c.MinAggregationTTL <= 0 {
		c.MinAggregationTTL = 30 * time.Second
	}
	if c.ReceiptTimeout <= 0 {
		c.ReceiptTimeout = 2 * time.Minute
	}
	if c.Listen == "" {
		c.Listen = "127.0.0.1:8090"
	}
	c.Fetch = c.Fetch.WithDefaults()
	if c.VerifyConcurrency <= 0 {
		c.VerifyConcurrency = 2 * runtime.GOMAXPROCS(0)
	}
	if c.ProofConcurrency <= 0 {
		c.ProofConcurrency = runtime.GOMAXPROCS(0)
	}
	if c.BatchMaxWait <= 0 {
		c.BatchMaxWait = defaultBatchMaxWait
	}
	if c.BatchDeadlineMargin == 0 {
		c.BatchDeadlineMargin = defaultBatchDeadlineMargin
	}
	if c.BatchSignTimeout <= 0 {
		c.BatchSignTimeout = defaultBatchSignTimeout
	}
	if c.FetchGrace <= 0 {
		c.FetchGrace = defaultFetchGrace
	}
}

func (c *Config) validate() error {
	var zero common.Address
	switch {
	case c.RPCURL == "":
		return errors.New("aggregator: no RPC endpoint")
	case c.TaskManager == zero || c.RegistryCoordinator == zero || c.OperatorStateRetriever == zero || c.ServiceManager == zero:
		return errors.New("aggregator: task manager, registry coordinator, operator state retriever and service manager addresses are required")
	case c.Key == nil:
		return errors.New("aggregator: no ECDSA key to submit responses with")
	case c.DataDir == "":
		return errors.New("aggregator: no data dir")
	case c.MinFee != nil && c.MinFee.Sign() < 0:
		return errors.New("aggregator: negative minimum fee")
	case c.BatchMaxTasks < 0:
		return errors.New("aggregator: negative batch size")
	}
	if err := c.Fetch.Validate(); err != nil {
		return fmt.Errorf("aggregator: %w", err)
	}
	return nil
}
