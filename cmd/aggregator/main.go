// Command aggregator runs the Blockless AVS aggregator: it follows tasks, collects operators'
// BLS-signed responses over HTTP, aggregates them with eigensdk-go and submits the certificate
// on chain. See aggregator/API.md. The module store is a separate binary, cmd/modstore.
package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/blockless/avs/aggregator"
	"github.com/blockless/avs/chain"
	"github.com/blockless/avs/cmd/internal/chainflags"
	"github.com/blockless/avs/cmd/internal/cliapp"
	"github.com/blockless/avs/faults"
	"github.com/blockless/avs/operator/keys"
)

// passwordEnv holds the keystore password when no --password-file is given.
const passwordEnv = "BLOCKLESS_AGGREGATOR_PASSWORD"

func main() {
	app := &cli.App{
		Name:   "aggregator",
		Usage:  "Blockless AVS aggregator: BLS aggregation of operator responses, submitted on chain",
		Flags:  flags(),
		Action: cliapp.UntilSignal(run),
	}
	cliapp.Main(app)
}

func flags() []cli.Flag {
	return append([]cli.Flag{
		chainflags.Addresses(), chainflags.RPCURL(), chainflags.WSURL(), chainflags.ChainID(), chainflags.TaskManager(),
		chainflags.RegistryCoordinator(), chainflags.OperatorStateRetriever(), chainflags.ServiceManager(),
		&cli.Uint64Flag{Name: "start-block", EnvVars: []string{"BLOCKLESS_START_BLOCK"}, Usage: "first block to read tasks from on a fresh data dir (default: the deployment block from --addresses)"},
		&cli.Uint64Flag{Name: "registry-start-block", EnvVars: []string{"BLOCKLESS_REGISTRY_START_BLOCK"}, Usage: "block to scan operator BLS key registrations from (default 0; set the registry deployment block on public chains)"},
		&cli.Uint64Flag{Name: "confirmations", EnvVars: []string{"BLOCKLESS_CONFIRMATIONS"}, Usage: "blocks a TaskCreated event must be buried under before it is handled"},
		&cli.DurationFlag{Name: "poll-interval", Value: time.Second, EnvVars: []string{"BLOCKLESS_POLL_INTERVAL"}, Usage: "chain polling interval"},
		&cli.DurationFlag{Name: "block-time", Value: 12 * time.Second, EnvVars: []string{"BLOCKLESS_BLOCK_TIME"}, Usage: "estimated block interval: turns task deadlines (blocks) into aggregation timeouts"},
		&cli.StringFlag{Name: "ecdsa-keystore", EnvVars: []string{"BLOCKLESS_AGGREGATOR_KEYSTORE"}, Usage: "encrypted keystore (geth V3) of the key that submits responses", Required: true},
		&cli.StringFlag{Name: "password-file", EnvVars: []string{"BLOCKLESS_AGGREGATOR_PASSWORD_FILE"}, Usage: "file holding the keystore password (default: $" + passwordEnv + ")"},
		&cli.BoolFlag{Name: "expire-tasks", Value: true, EnvVars: []string{"BLOCKLESS_EXPIRE_TASKS"}, Usage: "call expireTask for tasks that pass their deadline unanswered (refunds requesters)"},
		&cli.StringFlag{Name: "listen", Value: "127.0.0.1:8090", EnvVars: []string{"BLOCKLESS_AGGREGATOR_LISTEN"}, Usage: "HTTP API address"},
		&cli.StringFlag{Name: "metrics-addr", EnvVars: []string{"BLOCKLESS_METRICS_ADDR"}, Usage: "Prometheus /metrics address (empty: off)"},
		&cli.StringFlag{Name: "data-dir", Value: "aggregator-data", EnvVars: []string{"BLOCKLESS_DATA_DIR"}, Usage: "state directory (bbolt store, private fetch cache)"},
		&cli.BoolFlag{Name: "fetch-allow-private", EnvVars: []string{"BLOCKLESS_FETCH_ALLOW_PRIVATE"}, Usage: "let URIs from chain data (zk manifests, verifying keys) reach loopback and private addresses (devnets only)"},
		&cli.StringSliceFlag{Name: "fetch-file-dir", EnvVars: []string{"BLOCKLESS_FETCH_FILE_DIRS"}, Usage: "directory file:// URIs from chain data may read (repeatable; default: none, file:// refused)"},
		&cli.StringFlag{Name: "min-fee", EnvVars: []string{"BLOCKLESS_MIN_FEE"}, Value: "0", Usage: "smallest task fee (wei) worked on; tasks paying less are skipped (0: all the TaskManager accepts)"},
		&cli.IntFlag{Name: "batch-max-tasks", EnvVars: []string{"BLOCKLESS_BATCH_MAX_TASKS"}, Value: aggregator.DefaultBatchMaxTasks, Usage: "largest batch answered with one respondToTasks (0 or 1: batching off, every task answered alone)"},
		&cli.DurationFlag{Name: "batch-max-wait", Value: 500 * time.Millisecond, EnvVars: []string{"BLOCKLESS_BATCH_MAX_WAIT"}, Usage: "how long the oldest certified task waits for others before its group is proposed as a batch (a group is proposed at once when no other task is still being certified)"},
		&cli.Uint64Flag{Name: "batch-deadline-margin", Value: 5, EnvVars: []string{"BLOCKLESS_BATCH_DEADLINE_MARGIN"}, Usage: "blocks: a task this close to its deadline is never held for a batch and is answered alone"},
		&cli.BoolFlag{Name: "report-faults", Value: true, EnvVars: []string{"BLOCKLESS_REPORT_FAULTS"}, Usage: "prove to the Slasher (paying its gas) every operator signature that contradicts a task's answer on chain (needs a slasher in --addresses)"},
		&cli.DurationFlag{Name: "batch-sign-timeout", Value: 10 * time.Second, EnvVars: []string{"BLOCKLESS_BATCH_SIGN_TIMEOUT"}, Usage: "how long a proposed batch waits for operator signatures before its tasks are answered one by one"},
	}, cliapp.LogFlags()...)
}

func run(ctx context.Context, c *cli.Context) error {
	log, err := cliapp.Logger(c)
	if err != nil {
		return err
	}
	cfg, err := config(c)
	if err != nil {
		return err
	}
	password, err := readPassword(c.String("password-file"))
	if err != nil {
		return err
	}
	if cfg.Key, err = keys.ReadECDSA(c.String("ecdsa-keystore"), password); err != nil {
		return err
	}
	log.Info().Str("submitter", crypto.PubkeyToAddress(cfg.Key.PublicKey).Hex()).Str("taskManager", cfg.TaskManager.Hex()).
		Str("dataDir", cfg.DataDir).Msg("starting aggregator")
	if c.Bool("report-faults") {
		d, err := chainflags.Load(c)
		if err != nil {
			return err
		}
		if d.Slasher == (common.Address{}) {
			log.Warn().Msg("no slasher in the deployment: operator faults are not reported")
		} else {
			client, _, err := chain.Dial(ctx, cfg.RPCURL, cfg.ChainID)
			if err != nil {
				return err
			}
			defer client.Close()
			prover, err := faults.NewProver(client, cfg.TaskManager, d.Slasher, cfg.RegistryCoordinator, cfg.StartBlock)
			if err != nil {
				return err
			}
			reporter := faults.NewReporter(prover, cfg.Key, log.With().Str("component", "faults").Logger())
			go reporter.Run(ctx)
			cfg.Faults = reporter
		}
	}
	svc, err := aggregator.New(ctx, cfg, log)
	if err != nil {
		return err
	}
	return svc.Run(ctx)
}

// config builds the service configuration: --addresses first, explicit flags on top.
func config(c *cli.Context) (aggregator.Config, error) {
	d, err := chainflags.Load(c)
	if err != nil {
		return aggregator.Config{}, err
	}
	cfg := aggregator.Config{RPCURL: d.RPCURL, WSURL: d.WSURL, ChainID: d.ChainID,
		TaskManager: d.TaskManager, RegistryCoordinator: d.RegistryCoordinator,
		OperatorStateRetriever: d.OperatorStateRetriever, ServiceManager: d.ServiceManager, StartBlock: d.DeployedAt}
	// Without an addresses file or --ws-url, the websocket endpoint is the RPC endpoint's.
	if c.String(chainflags.RPCURLName) != "" && c.String(chainflags.WSURLName) == "" && c.String(chainflags.AddressesName) == "" {
		cfg.WSURL = wsFromHTTP(cfg.RPCURL)
	}
	if c.IsSet("start-block") {
		cfg.StartBlock = c.Uint64("start-block")
	}
	cfg.RegistryStartBlock = c.Uint64("registry-start-block")
	cfg.Confirmations = c.Uint64("confirmations")
	cfg.PollInterval = c.Duration("poll-interval")
	cfg.BlockTime = c.Duration("block-time")
	cfg.ExpireTasks = c.Bool("expire-tasks")
	cfg.Listen = c.String("listen")
	cfg.MetricsAddr = c.String("metrics-addr")
	cfg.DataDir = c.String("data-dir")
	cfg.BatchMaxTasks = c.Int("batch-max-tasks")
	if cfg.BatchMaxTasks < 0 {
		return cfg, fmt.Errorf("--batch-max-tasks %d: want 0 (off) or more", cfg.BatchMaxTasks)
	}
	cfg.BatchMaxWait = c.Duration("batch-max-wait")
	cfg.BatchDeadlineMargin = c.Uint64("batch-deadline-margin")
	cfg.BatchSignTimeout = c.Duration("batch-sign-timeout")
	cfg.Fetch.AllowPrivate = c.Bool("fetch-allow-private")
	for _, d := range c.StringSlice("fetch-file-dir") {
		abs, err := filepath.Abs(d)
		if err != nil {
			return cfg, fmt.Errorf("--fetch-file-dir %q: %w", d, err)
		}
		cfg.Fetch.FileDirs = append(cfg.Fetch.FileDirs, abs)
	}
	if err := cfg.Fetch.Validate(); err != nil {
		return cfg, err
	}
	fee, ok := new(big.Int).SetString(c.String("min-fee"), 10)
	if !ok || fee.Sign() < 0 {
		return cfg, fmt.Errorf("--min-fee %q: want a non-negative integer (wei)", c.String("min-fee"))
	}
	if fee.Sign() > 0 {
		cfg.MinFee = fee
	}
	if cfg.RPCURL == "" {
		return cfg, errors.New("no RPC endpoint: give --rpc-url or --addresses")
	}
	return cfg, nil
}

func wsFromHTTP(u string) string {
	switch {
	case strings.HasPrefix(u, "https://"):
		return "wss://" + strings.TrimPrefix(u, "https://")
	case strings.HasPrefix(u, "http://"):
		return "ws://" + strings.TrimPrefix(u, "http://")
	}
	return u
}

// readPassword reads the keystore password from a file (trailing newline trimmed) or the
// environment. It is never logged.
func readPassword(file string) (string, error) {
	if file != "" {
		b, err := os.ReadFile(file)
		if err != nil {
			return "", fmt.Errorf("password file: %w", err)
		}
		return strings.TrimRight(string(b), "\r\n"), nil
	}
	if p, ok := os.LookupEnv(passwordEnv); ok {
		return p, nil
	}
	return "", fmt.Errorf("no keystore password: give --password-file or set %s", passwordEnv)
}
