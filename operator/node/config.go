package node

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"gopkg.in/yaml.v3"

	"github.com/blockless/avs/devnet"
)

// Config is `operator run`'s configuration: a YAML file (see operator/config.example.yaml),
// overridden by flags and BLOCKLESS_* environment variables.
type Config struct {
	AddressesFile string `yaml:"addresses"` // addresses.json of a deployment; fills the chain fields below

	RPCURL      string         `yaml:"rpc_url"`
	WSURL       string         `yaml:"ws_url"`
	ChainID     uint64         `yaml:"chain_id"`
	TaskManager common.Address `yaml:"task_manager"`

	KeysDir           string `yaml:"keys_dir"`
	KeyName           string `yaml:"key_name"`
	ECDSAPasswordFile string `yaml:"ecdsa_password_file"` // else env BLOCKLESS_ECDSA_PASSWORD
	BLSPasswordFile   string `yaml:"bls_password_file"`   // else env BLOCKLESS_BLS_PASSWORD

	AggregatorURL string `yaml:"aggregator_url"`
	DataDir       string `yaml:"data_dir"` // state.json, module cache, compiled-module cache

	StartBlock    uint64        `yaml:"start_block"`   // first block to read when there is no state yet
	Confirmations uint64        `yaml:"confirmations"` // blocks behind head before acting on a task
	PollInterval  time.Duration `yaml:"poll_interval"`

	MaxConcurrent  int    `yaml:"max_concurrent"`   // simultaneous executions
	MaxMemoryBytes uint64 `yaml:"max_memory_bytes"` // sum of memory limits of running executions
	MaxFuel        uint64 `yaml:"max_fuel"`         // refuse tasks asking more (0 = no cap)
	MaxTaskMemory  uint64 `yaml:"max_task_memory"`  // refuse tasks asking more (0 = no cap)

	// X86Emulator is the emulator's wasip1 build that runs x86 functions
	// (default: x86emu.wasm next to the binary or build/emulator/x86emu.wasm);
	// X86EmulatorDigest pins its sha256: operators must all run the same one.
	X86Emulator       string `yaml:"x86_emulator"`
	X86EmulatorDigest string `yaml:"x86_emulator_digest"`

	MetricsAddr string `yaml:"metrics_addr"`  // Prometheus /metrics (EigenLayer spec + ours); empty = off
	NodeAPIAddr string `yaml:"node_api_addr"` // EigenLayer node API; empty = off
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
		a, err := devnet.LoadAddresses(c.AddressesFile)
		if err != nil {
			return err
		}
		if c.RPCURL == "" {
			c.RPCURL = a.RPCURL
		}
		if c.WSURL == "" {
			c.WSURL = a.WSURL
		}
		if c.ChainID == 0 {
			c.ChainID = a.ChainID
		}
		if c.TaskManager == (common.Address{}) {
			c.TaskManager = a.AVS.TaskManager
		}
		if c.StartBlock == 0 {
			c.StartBlock = a.DeployedAt
		}
	}
	if strings.HasPrefix(c.KeysDir, "~/") {
		if home, err := os.UserHomeDir(); err == nil {
			c.KeysDir = filepath.Join(home, c.KeysDir[2:])
		}
	}
	if c.PollInterval == 0 {
		c.PollInterval = time.Second
	}
	if c.MaxConcurrent == 0 {
		c.MaxConcurrent = 2
	}
	if c.KeyName == "" {
		c.KeyName = "operator"
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
