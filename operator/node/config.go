package node

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"gopkg.in/yaml.v3"

	"github.com/blockless/avs/deployment"
	"github.com/blockless/avs/fetch"
)

// Config is `operator run`'s configuration: a YAML file (see operator/config.example.yaml),
// overridden by flags and BLOCKLESS_* environment variables.
type Config struct {
	AddressesFile string `yaml:"addresses"` // addresses.json of a deployment; fills the chain fields below

	RPCURL      string         `yaml:"rpc_url"`
	WSURL       string         `yaml:"ws_url"`
	ChainID     uint64         `yaml:"chain_id"`
	TaskManager common.Address `yaml:"task_manager"`
	// OperatorStateRetriever reads operator stakes, which the checks of a
	// fetch phase weigh reports by (functions that make HTTP calls).
	OperatorStateRetriever common.Address `yaml:"operator_state_retriever"`
	// SecretRegistry holds the sealed secrets functions receive (docs/secrets.md). Zero: this
	// operator cannot tell which tasks use secrets, so it signs none of a function that has some
	// only by luck; an operator of a deployment with a registry must set it (the addresses
	// file does).
	SecretRegistry common.Address `yaml:"secret_registry"`

	KeysDir           string `yaml:"keys_dir"`
	KeyName           string `yaml:"key_name"`
	ECDSAPasswordFile string `yaml:"ecdsa_password_file"` // else env BLOCKLESS_ECDSA_PASSWORD
	BLSPasswordFile   string `yaml:"bls_password_file"`   // else env BLOCKLESS_BLS_PASSWORD

	AggregatorURL string `yaml:"aggregator_url"`
	DataDir       string `yaml:"data_dir"` // operator.db (cursor, task queue, signed responses), module caches

	// BatchPollInterval is how often the aggregator is asked for batch proposals to sign
	// (default 250 ms).
	BatchPollInterval time.Duration `yaml:"batch_poll_interval"`

	StartBlock    uint64        `yaml:"start_block"`   // first block to read when there is no state yet
	Confirmations uint64        `yaml:"confirmations"` // blocks behind head before acting on a task
	PollInterval  time.Duration `yaml:"poll_interval"`

	// The operator's caps. A task asking more fuel, memory or output is not signed (this
	// operator cannot run it the way others do); a longer wall time is cut to MaxWallTime
	// (wall time only protects the operator, it is never part of a result). Zero fields take
	// the defaults below: a task's limits come from whoever registered the function, so the
	// operator always has caps.
	MaxConcurrent  int           `yaml:"max_concurrent"`   // simultaneous executions (default: one per CPU core)
	MaxMemoryBytes uint64        `yaml:"max_memory_bytes"` // sum of memory limits of running executions (default: half the machine's memory)
	MaxFuel        uint64        `yaml:"max_fuel"`         // default DefaultMaxFuel
	MaxTaskMemory  uint64        `yaml:"max_task_memory"`  // default DefaultMaxTaskMemory
	MaxWallTime    time.Duration `yaml:"max_wall_time"`    // default DefaultMaxWallTime
	MaxOutputBytes uint64        `yaml:"max_output_bytes"` // default DefaultMaxOutputBytes

	// Fetch is the policy for every URI a task names (modules, zk artifacts, inputs).
	Fetch FetchConfig `yaml:"fetch"`

	// X86Emulator is the emulator's wasip1 build that runs x86 functions
	// (default: x86emu.wasm next to the binary or build/emulator/x86emu.wasm);
	// X86EmulatorDigest pins its sha256: operators must all run the same one.
	X86Emulator       string `yaml:"x86_emulator"`
	X86EmulatorDigest string `yaml:"x86_emulator_digest"`
	// X86Interpret turns off the translation of hot x86 code to wasm
	// (results are identical either way; only speed differs).
	X86Interpret bool `yaml:"x86_interpret"`

	MetricsAddr string `yaml:"metrics_addr"`  // Prometheus /metrics (EigenLayer spec + ours); empty = off
	NodeAPIAddr string `yaml:"node_api_addr"` // EigenLayer node API; empty = off
}

// Defaults of the operator's caps.
const (
	DefaultMaxFuel        uint64 = 50_000_000_000
	DefaultMaxTaskMemory  uint64 = 1 << 30
	DefaultMaxWallTime           = 5 * time.Minute
	DefaultMaxOutputBytes uint64 = 16 << 20
	// fallbackMachineMemory stands in for the machine's memory where it cannot be read.
	fallbackMachineMemory uint64 = 4 << 30
)

// FetchConfig is the YAML form of fetch.Policy. Every URI in a task comes from whoever created
// the task or registered the function, so by default only http(s) to public addresses is
// fetched; zero fields take fetch.Policy's defaults.
type FetchConfig struct {
	Schemes       []string      `yaml:"schemes"`         // default https, http
	FileDirs      []string      `yaml:"file_dirs"`       // file:// only under these (and only if "file" is in schemes)
	AllowPrivate  bool          `yaml:"allow_private"`   // loopback/private/link-local addresses (devnets only)
	AllowPrefixes []string      `yaml:"allow_prefixes"`  // CIDR ranges allowed although private, e.g. 127.0.0.0/8
	MaxRedirects  int           `yaml:"max_redirects"`   // per URI
	PerURITimeout time.Duration `yaml:"per_uri_timeout"` // one URI, connect to last byte
	TotalTimeout  time.Duration `yaml:"total_timeout"`   // all URIs of one fetch
}

// Policy is the fetch policy the config describes.
func (f FetchConfig) Policy() fetch.Policy {
	return fetch.Policy{Schemes: f.Schemes, FileDirs: f.FileDirs, AllowPrivate: f.AllowPrivate, AllowPrefixes: f.AllowPrefixes, MaxRedirects: f.MaxRedirects,
		PerURITimeout: f.PerURITimeout, TotalTimeout: f.TotalTimeout}.WithDefaults()
}

// LoadConfig reads a YAML file; an empty path gives the defaults.
func LoadConfig(path string) (Config, error) {
	var c Config
	if path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			return c, fmt.Errorf("read config: %w", err)
		}
		dec := yaml.NewDecoder(bytes.NewReader(b))
		dec.KnownFields(true) // a misspelt key is an error, not a silently ignored setting
		if err := dec.Decode(&c); err != nil {
			return c, fmt.Errorf("parse config %s: %w", path, err)
		}
	}
	return c, nil
}

// Resolve fills the chain fields from the addresses file and applies defaults.
func (c *Config) Resolve() error {
	if c.AddressesFile != "" {
		d, err := deployment.ReadFile(c.AddressesFile)
		if err != nil {
			return err
		}
		// The file fills only what the config file and the flags leave unset.
		if c.RPCURL == "" {
			c.RPCURL = d.RPCURL
		}
		if c.WSURL == "" {
			c.WSURL = d.WSURL
		}
		if c.ChainID == 0 {
			c.ChainID = d.ChainID
		}
		if c.TaskManager == (common.Address{}) {
			c.TaskManager = d.TaskManager
		}
		if c.StartBlock == 0 {
			c.StartBlock = d.DeployedAt
		}
		if c.OperatorStateRetriever == (common.Address{}) {
			c.OperatorStateRetriever = d.OperatorStateRetriever
		}
		if c.SecretRegistry == (common.Address{}) {
			c.SecretRegistry = d.SecretRegistry
		}
	}
	if strings.HasPrefix(c.KeysDir, "~/") {
		if home, err := os.UserHomeDir(); err == nil {
			c.KeysDir = filepath.Join(home, c.KeysDir[2:])
		}
	}
	c.setDefaults()
	if err := c.Fetch.Policy().Validate(); err != nil {
		return fmt.Errorf("config: fetch: %w", err)
	}
	switch {
	case c.RPCURL == "":
		return errors.New("config: no rpc_url (or addresses file)")
	case c.TaskManager == (common.Address{}):
		return errors.New("config: no task_manager address (or addresses file)")
	case c.AggregatorURL == "":
		return errors.New("config: no aggregator_url")
	case c.DataDir == "":
		return errors.New("config: no data_dir")
	case c.KeysDir == "":
		return errors.New("config: no keys_dir")
	}
	return nil
}

// setDefaults fills zero fields that have a default (idempotent).
func (c *Config) setDefaults() {
	if c.PollInterval == 0 {
		c.PollInterval = time.Second
	}
	if c.BatchPollInterval <= 0 {
		c.BatchPollInterval = 250 * time.Millisecond
	}
	if c.MaxConcurrent == 0 {
		// Executions are CPU-bound: one per core spreads the queue over the machine, and the
		// memory budget (MaxMemoryBytes) still bounds what runs at once.
		c.MaxConcurrent = runtime.NumCPU()
	}
	if c.KeyName == "" {
		c.KeyName = "operator"
	}
	if c.MaxFuel == 0 {
		c.MaxFuel = DefaultMaxFuel
	}
	if c.MaxTaskMemory == 0 {
		c.MaxTaskMemory = DefaultMaxTaskMemory
	}
	if c.MaxWallTime == 0 {
		c.MaxWallTime = DefaultMaxWallTime
	}
	if c.MaxOutputBytes == 0 {
		c.MaxOutputBytes = DefaultMaxOutputBytes
	}
	if c.MaxMemoryBytes == 0 {
		// Half the machine: the rest is for the OS, the compiled-module cache and the
		// node itself. Never below one task at the cap, or no task at the cap could run.
		c.MaxMemoryBytes = max(machineMemory()/2, c.MaxTaskMemory)
	}
}
