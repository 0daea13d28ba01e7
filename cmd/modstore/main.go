// Command modstore runs the public module store: function authors upload modules with a bearer
// token, operators and the aggregator download them by sha256 digest. It is its own service,
// apart from the aggregator, so that a deployment can place, scale and restart it on its own.
// The HTTP routes are those of the modstore package doc, plus GET /healthz.
package main

import (
	"context"
	"errors"

	"github.com/urfave/cli/v2"

	"github.com/blockless/avs/cmd/internal/cliapp"
	"github.com/blockless/avs/modstore"
)

// defaultListen is next to the aggregator's default 127.0.0.1:8090.
const defaultListen = "127.0.0.1:8091"

func main() {
	app := &cli.App{
		Name:  "modstore",
		Usage: "Blockless AVS module store: content-addressed function modules over HTTP",
		Commands: []*cli.Command{{
			Name:   "serve",
			Usage:  "serve the module store until SIGINT or SIGTERM",
			Flags:  flags(),
			Action: cliapp.UntilSignal(serve),
		}},
	}
	cliapp.Main(app)
}

func flags() []cli.Flag {
	return append([]cli.Flag{
		&cli.StringFlag{Name: "listen", Value: defaultListen, EnvVars: []string{"BLOCKLESS_MODSTORE_LISTEN"}, Usage: "HTTP address"},
		&cli.StringFlag{Name: "dir", Value: "modstore-data", EnvVars: []string{"BLOCKLESS_MODSTORE_DIR"}, Usage: "directory of the published modules and their index"},
		&cli.StringFlag{Name: "tokens-file", EnvVars: []string{"BLOCKLESS_STORE_TOKENS_FILE"}, Usage: "file of name:token lines (tokens of 16+ characters) allowed to upload (default: uploads refused, read-only)"},
		&cli.Int64Flag{Name: "quota-bytes", Value: modstore.DefaultQuotaBytes, EnvVars: []string{"BLOCKLESS_MODSTORE_QUOTA_BYTES"}, Usage: "bytes one uploader may have published"},
		&cli.Int64Flag{Name: "max-bytes", Value: modstore.DefaultMaxBytes, EnvVars: []string{"BLOCKLESS_MODSTORE_MAX_BYTES"}, Usage: "bytes published in all (published modules are never evicted: a full store refuses uploads)"},
		&cli.Int64Flag{Name: "max-module-size", Value: modstore.DefaultMaxModuleSize, EnvVars: []string{"BLOCKLESS_MODSTORE_MAX_MODULE_SIZE"}, Usage: "largest upload, in bytes"},
		&cli.IntFlag{Name: "max-concurrent-uploads", Value: modstore.DefaultMaxConcurrentUploads, EnvVars: []string{"BLOCKLESS_MODSTORE_MAX_CONCURRENT_UPLOADS"}, Usage: "uploads in progress at once (beyond: 503)"},
		&cli.DurationFlag{Name: "upload-timeout", Value: modstore.DefaultUploadTimeout, EnvVars: []string{"BLOCKLESS_MODSTORE_UPLOAD_TIMEOUT"}, Usage: "time to receive one upload's body"},
	}, cliapp.LogFlags()...)
}

func serve(ctx context.Context, c *cli.Context) error {
	log, err := cliapp.Logger(c)
	if err != nil {
		return err
	}
	cfg, err := config(c)
	if err != nil {
		return err
	}
	srv, err := modstore.NewServer(c.String("listen"), cfg)
	if err != nil {
		return err
	}
	log.Info().Str("addr", srv.Addr()).Str("dir", cfg.Dir).Int("uploaders", len(cfg.Tokens)).Msg("module store serving")
	if len(cfg.Tokens) == 0 {
		log.Warn().Msg("no --tokens-file: uploads are refused, the store is read-only")
	}
	if err := srv.Run(ctx); err != nil {
		return err
	}
	log.Info().Msg("module store stopped")
	return nil
}

// config builds the publisher's configuration from the flags. The tokens are read here, once,
// and never logged.
func config(c *cli.Context) (modstore.PublisherConfig, error) {
	cfg := modstore.PublisherConfig{Dir: c.String("dir"), QuotaBytes: c.Int64("quota-bytes"), MaxBytes: c.Int64("max-bytes"),
		MaxModuleSize: c.Int64("max-module-size"), MaxConcurrentUploads: c.Int("max-concurrent-uploads"),
		UploadTimeout: c.Duration("upload-timeout")}
	if cfg.Dir == "" {
		return cfg, errors.New("--dir is required")
	}
	// Zero would silently mean "the default" to NewPublisher: refuse it, the user meant something.
	if cfg.QuotaBytes <= 0 || cfg.MaxBytes <= 0 || cfg.MaxModuleSize <= 0 || cfg.MaxConcurrentUploads <= 0 || cfg.UploadTimeout <= 0 {
		return cfg, errors.New("--quota-bytes, --max-bytes, --max-module-size, --max-concurrent-uploads and --upload-timeout must be positive")
	}
	if f := c.String("tokens-file"); f != "" {
		tokens, err := modstore.LoadTokens(f)
		if err != nil {
			return cfg, err
		}
		cfg.Tokens = tokens
	}
	return cfg, nil
}
