package main

import (
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/blockless/avs/cmd/internal/chainflags"
	"github.com/blockless/avs/cmd/internal/cliapp"
	"github.com/blockless/avs/logs"
	"github.com/blockless/avs/operator/node"
)

func runCommand() *cli.Command {
	return &cli.Command{
		Name:  "run",
		Usage: "follow tasks, run them in the WASM engine, sign and deliver responses (config: operator/config.example.yaml)",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "config", EnvVars: []string{"BLOCKLESS_OPERATOR_CONFIG"}, Usage: "YAML config file"},
			chainflags.Addresses(), chainflags.RPCURL(), chainflags.WSURL(),
			&cli.StringFlag{Name: "aggregator-url", EnvVars: []string{"BLOCKLESS_AGGREGATOR_URL"}},
			&cli.StringFlag{Name: "data-dir", EnvVars: []string{"BLOCKLESS_DATA_DIR"}},
			&cli.StringFlag{Name: "keys-dir", EnvVars: []string{"BLOCKLESS_KEYS_DIR"}},
			&cli.StringFlag{Name: "key-name", Aliases: []string{"name"}, EnvVars: []string{"BLOCKLESS_KEY_NAME"}},
			&cli.StringFlag{Name: "ecdsa-password-file", EnvVars: []string{"BLOCKLESS_ECDSA_PASSWORD_FILE"}},
			&cli.StringFlag{Name: "bls-password-file", EnvVars: []string{"BLOCKLESS_BLS_PASSWORD_FILE"}},
			&cli.StringFlag{Name: "metrics-addr", EnvVars: []string{"BLOCKLESS_METRICS_ADDR"}},
			&cli.StringFlag{Name: "node-api-addr", EnvVars: []string{"BLOCKLESS_NODE_API_ADDR"}},
			&cli.IntFlag{Name: "max-concurrent", EnvVars: []string{"BLOCKLESS_MAX_CONCURRENT"}},
			&cli.Uint64Flag{Name: "confirmations", EnvVars: []string{"BLOCKLESS_CONFIRMATIONS"}},
			&cli.BoolFlag{Name: "fetch-allow-private", EnvVars: []string{"BLOCKLESS_FETCH_ALLOW_PRIVATE"},
				Usage: "fetch modules and inputs from loopback/private addresses too (devnets only; config: fetch.allow_private)"},
			&cli.BoolFlag{Name: "json-logs", Usage: "JSON log lines instead of the console format"},
		},
		Action: func(c *cli.Context) error {
			cfg, err := node.LoadConfig(c.String("config"))
			if err != nil {
				return err
			}
			override := func(flag string, dst *string) {
				if c.IsSet(flag) {
					*dst = c.String(flag)
				}
			}
			// The addresses file is read by cfg.Resolve: it fills only what neither the
			// config file nor a flag sets.
			override(chainflags.AddressesName, &cfg.AddressesFile)
			override(chainflags.RPCURLName, &cfg.RPCURL)
			override(chainflags.WSURLName, &cfg.WSURL)
			override("aggregator-url", &cfg.AggregatorURL)
			override("data-dir", &cfg.DataDir)
			override("keys-dir", &cfg.KeysDir)
			override("key-name", &cfg.KeyName)
			override("ecdsa-password-file", &cfg.ECDSAPasswordFile)
			override("bls-password-file", &cfg.BLSPasswordFile)
			override("metrics-addr", &cfg.MetricsAddr)
			override("node-api-addr", &cfg.NodeAPIAddr)
			if c.IsSet("max-concurrent") {
				cfg.MaxConcurrent = c.Int("max-concurrent")
			}
			if c.IsSet("confirmations") {
				cfg.Confirmations = c.Uint64("confirmations")
			}
			if c.IsSet("fetch-allow-private") {
				cfg.Fetch.AllowPrivate = c.Bool("fetch-allow-private")
			}
			if cfg.KeysDir == "" {
				cfg.KeysDir = defaultKeysDir()
			}
			if err := cfg.Resolve(); err != nil {
				return err
			}
			pe, err := passwordFrom(cfg.ECDSAPasswordFile, "ecdsa")
			if err != nil {
				return err
			}
			pb, err := passwordFrom(cfg.BLSPasswordFile, "bls")
			if err != nil {
				return err
			}
			k, err := node.LoadKeys(cfg, pe, pb)
			if err != nil {
				return err
			}
			log := logs.Stderr(c.String("log-level"), !c.Bool("json-logs")).With().Str("key", cfg.KeyName).Logger()
			ctx, cancel := cliapp.SignalContext(c)
			defer cancel()
			n, err := node.New(ctx, cfg, k, log)
			if err != nil {
				return fmt.Errorf("start operator: %w", err)
			}
			defer n.Close()
			return n.Run(ctx)
		},
	}
}
