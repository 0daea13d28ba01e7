package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/blockless/avs/bindings/secretregistry"
	"github.com/blockless/avs/cmd/internal/chainflags"
	"github.com/blockless/avs/deployment"
	"github.com/blockless/avs/opkeys"
	"github.com/blockless/avs/sealed"
)

// secretFlags are chainFlags plus the registry's address (else from the addresses file).
func secretFlags(extra ...cli.Flag) []cli.Flag {
	return append(append(chainFlags(), chainflags.SecretRegistry()), extra...)
}

// secretConn is a connection to the secret registry.
type secretConn struct {
	*registryConn
	reg *secretregistry.SecretRegistry
}

func dialSecrets(ctx context.Context, c *cli.Context, needKey bool) (*secretConn, error) {
	rc, err := dialRegistry(ctx, c, chainflags.SecretRegistryName, "secret registry",
		func(d deployment.Deployment) common.Address { return d.SecretRegistry }, secretregistry.SecretRegistryMetaData, needKey)
	if err != nil {
		return nil, err
	}
	reg, err := secretregistry.NewSecretRegistry(rc.d.SecretRegistry, rc.client)
	if err != nil {
		rc.client.Close()
		return nil, fmt.Errorf("bind secret registry: %w", err)
	}
	return &secretConn{registryConn: rc, reg: reg}, nil
}

// sealToOperators seals plaintext to the operators with stake in quorum 0 at the latest block.
// threshold 0 takes a majority of them.
func sealToOperators(ctx context.Context, client *ethclient.Client, d deployment.Deployment, kind sealed.Kind, flags uint8,
	binding common.Hash, plaintext []byte, threshold int) (sealed.Envelope, sealed.Key, int, error) {
	r, err := opkeys.New(client, d.RegistryCoordinator, d.OperatorStateRetriever)
	if err != nil {
		return sealed.Envelope{}, sealed.Key{}, 0, err
	}
	head, err := client.BlockNumber(ctx)
	if err != nil {
		return sealed.Envelope{}, sealed.Key{}, 0, fmt.Errorf("read head: %w", err)
	}
	members, err := r.Members(ctx, 0, uint32(head))
	if err != nil {
		return sealed.Envelope{}, sealed.Key{}, 0, err
	}
	if len(members) == 0 {
		return sealed.Envelope{}, sealed.Key{}, 0, errors.New("no operator has stake in quorum 0: nobody to seal to")
	}
	holders := make([]sealed.Holder, len(members))
	for i, m := range members {
		holders[i] = sealed.Holder{ID: m.ID, Pub: m.Pub}
	}
	if threshold == 0 {
		threshold = len(holders)/2 + 1
	}
	if threshold > len(holders) {
		return sealed.Envelope{}, sealed.Key{}, 0, fmt.Errorf("--threshold %d exceeds the %d operators of quorum 0", threshold, len(holders))
	}
	env, key, err := sealed.Seal(rand.Reader, kind, flags, binding, plaintext, holders, threshold)
	return env, key, len(holders), err
}

// maxEnvelope is the SecretRegistry's MAX_ENVELOPE.
const maxEnvelope = 16384

// secretName is a registry name: an environment variable name, left-aligned in 32 bytes.
func secretName(s string) ([32]byte, error) {
	var b [32]byte
	ok := len(s) > 0 && len(s) <= 32 && !(s[0] >= '0' && s[0] <= '9') && !strings.HasPrefix(s, "BLOCKLESS_")
	for i := 0; ok && i < len(s); i++ {
		c := s[i]
		ok = c == '_' || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
	}
	if !ok {
		return b, fmt.Errorf("secret name %q: 1-32 characters of A-Z, 0-9 and _, not starting with a digit or BLOCKLESS_", s)
	}
	copy(b[:], s)
	return b, nil
}

// readSecretValue reads a value from a file, an environment variable or stdin: never from a
// flag, which would leave it in shell history and the process list.
func readSecretValue(c *cli.Context, stdin io.Reader) ([]byte, error) {
	var v []byte
	var err error
	switch {
	case c.String("value-file") != "" && c.String("value-env") != "":
		return nil, errors.New("give --value-file or --value-env, not both")
	case c.String("value-file") != "":
		v, err = os.ReadFile(c.String("value-file"))
		if err != nil {
			return nil, fmt.Errorf("read --value-file: %w", err)
		}
	case c.String("value-env") != "":
		s, ok := os.LookupEnv(c.String("value-env"))
		if !ok {
			return nil, fmt.Errorf("environment variable %s is not set", c.String("value-env"))
		}
		v = []byte(s)
	default:
		v, err = io.ReadAll(io.LimitReader(stdin, sealed.MaxPlaintext+1))
		if err != nil {
			return nil, fmt.Errorf("read value from stdin: %w", err)
		}
	}
	v = []byte(strings.TrimRight(string(v), "\r\n"))
	switch {
	case len(v) == 0:
		return nil, errors.New("empty secret value")
	case len(v) > sealed.MaxPlaintext:
		return nil, fmt.Errorf("secret value over %d bytes", sealed.MaxPlaintext)
	case strings.IndexByte(string(v), 0) >= 0:
		return nil, errors.New("secret value holds a NUL byte: functions receive it as an environment variable (encode it as hex or base64)")
	}
	return v, nil
}

func secretCommand(e *env) *cli.Command {
	fnFlag := &cli.Uint64Flag{Name: "function", Required: true, Usage: "function id"}
	nameFlag := &cli.StringFlag{Name: "name", Required: true, Usage: "the environment variable the function reads it from (A-Z, 0-9, _)"}
	return &cli.Command{
		Name:  "secret",
		Usage: "secrets functions receive as environment variables, sealed so that only the operators running a task can open them (docs/secrets.md)",
		Subcommands: []*cli.Command{
			{
				Name: "set",
				Usage: "seal a value to the operators and record it for a function (again: rotate). The value is read from " +
					"--value-file, --value-env or stdin, never from a flag",
				Flags: secretFlags(fnFlag, nameFlag,
					&cli.StringFlag{Name: "value-file", Usage: "file holding the value (a trailing newline is dropped)"},
					&cli.StringFlag{Name: "value-env", Usage: "environment variable holding the value"},
					&cli.StringFlag{Name: "requester", Usage: "function owner: only this requester's tasks receive it (default: every task)"},
					&cli.BoolFlag{Name: "mine", Usage: "a requester's secret: only your own tasks of the function receive it"},
					&cli.IntFlag{Name: "threshold", Usage: "operators needed to open it (default: a majority of quorum 0)"}),
				Action: func(c *cli.Context) error {
					name, err := secretName(c.String("name"))
					if err != nil {
						return err
					}
					var requester common.Address
					switch {
					case c.Bool("mine") && c.IsSet("requester"):
						return errors.New("give --mine or --requester, not both")
					case c.IsSet("requester"):
						if !common.IsHexAddress(c.String("requester")) {
							return fmt.Errorf("--requester %q is not an address", c.String("requester"))
						}
						requester = common.HexToAddress(c.String("requester"))
					}
					value, err := readSecretValue(c, e.stdin)
					if err != nil {
						return err
					}
					conn, err := dialSecrets(c.Context, c, true)
					if err != nil {
						return err
					}
					defer conn.client.Close()
					if c.Bool("mine") {
						requester = crypto.PubkeyToAddress(conn.key.PublicKey)
					}
					fn := c.Uint64("function")
					// Bound to this function and this account: copied into another secret, it does not open.
					binding := sealed.SecretBinding(conn.chainID, conn.d.SecretRegistry, fn, crypto.PubkeyToAddress(conn.key.PublicKey))
					env, _, n, err := sealToOperators(c.Context, conn.client, conn.d, sealed.KindSecret, 0, binding, value, c.Int("threshold"))
					if err != nil {
						return err
					}
					raw, err := env.MarshalBinary()
					if err != nil {
						return err
					}
					if len(raw) > maxEnvelope {
						return fmt.Errorf("sealed secret of %d bytes exceeds the registry's %d: use a shorter value", len(raw), maxEnvelope)
					}
					rcpt, err := conn.send(c.Context, "setSecret", nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
						return conn.reg.SetSecret(o, fn, name, requester, raw)
					})
					if err != nil {
						return err
					}
					version := uint64(0)
					for _, l := range rcpt.Logs {
						if ev, err := conn.reg.ParseSecretSet(*l); err == nil {
							version = ev.Version
						}
					}
					fmt.Fprintf(e.stderr, "secret %s v%d of function %d sealed to %d operators (any %d open it), envelope %x, tx %s\n",
						c.String("name"), version, fn, n, env.Threshold, env.Digest(), rcpt.TxHash.Hex())
					return nil
				},
			},
			{
				Name:  "list",
				Usage: "list the secrets of a function (names and versions; values are sealed)",
				Flags: secretFlags(fnFlag, &cli.StringFlag{Name: "requester", Usage: "also this requester's own secrets"}),
				Action: func(c *cli.Context) error {
					conn, err := dialSecrets(c.Context, c, false)
					if err != nil {
						return err
					}
					defer conn.client.Close()
					opts := &bind.CallOpts{Context: c.Context}
					fn := c.Uint64("function")
					ids, err := conn.reg.FunctionSecretIds(opts, fn)
					if err != nil {
						return fmt.Errorf("read function secrets: %w", err)
					}
					if r := c.String("requester"); r != "" {
						if !common.IsHexAddress(r) {
							return fmt.Errorf("--requester %q is not an address", r)
						}
						more, err := conn.reg.RequesterSecretIds(opts, fn, common.HexToAddress(r))
						if err != nil {
							return fmt.Errorf("read requester secrets: %w", err)
						}
						ids = append(ids, more...)
					}
					fmt.Fprintln(e.stdout, "NAME\tOWNER\tFOR\tVERSION\tSTATE\tSET AT\tENVELOPE")
					for _, id := range ids {
						s, err := conn.reg.GetSecret(opts, id)
						if err != nil {
							return fmt.Errorf("secret %x: %w", id, err)
						}
						state, who := "active", "every requester"
						if s.Revoked {
							state = "revoked"
						}
						if s.Requester != (common.Address{}) {
							who = s.Requester.Hex()
						}
						fmt.Fprintf(e.stdout, "%s\t%s\t%s\t%d\t%s\t%d\t%x\n", nameText(s.Name), s.Owner.Hex(), who, s.Version, state, s.SetBlock, s.EnvelopeDigest[:8])
					}
					return nil
				},
			},
			{
				Name:  "rm",
				Usage: "revoke a secret: tasks whose reference block is later do not receive it; --delete also frees its slot",
				Flags: secretFlags(fnFlag, nameFlag, &cli.BoolFlag{Name: "delete", Usage: "also delete the record"}),
				Action: func(c *cli.Context) error {
					name, err := secretName(c.String("name"))
					if err != nil {
						return err
					}
					conn, err := dialSecrets(c.Context, c, true)
					if err != nil {
						return err
					}
					defer conn.client.Close()
					fn := c.Uint64("function")
					rcpt, err := conn.send(c.Context, "revokeSecret", nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
						return conn.reg.RevokeSecret(o, fn, name)
					})
					if err != nil {
						return err
					}
					fmt.Fprintf(e.stderr, "secret %s of function %d revoked in tx %s (block %d)\n", c.String("name"), fn, rcpt.TxHash.Hex(), rcpt.BlockNumber)
					if !c.Bool("delete") {
						return nil
					}
					rcpt, err = conn.send(c.Context, "deleteSecret", nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
						return conn.reg.DeleteSecret(o, fn, name)
					})
					if err != nil {
						return err
					}
					fmt.Fprintf(e.stderr, "secret %s of function %d deleted in tx %s\n", c.String("name"), fn, rcpt.TxHash.Hex())
					return nil
				},
			},
		},
	}
}

// nameText is a registry name as text.
func nameText(b [32]byte) string {
	n := 0
	for n < len(b) && b[n] != 0 {
		n++
	}
	return string(b[:n])
}

// writeKeyFile stores a sealed input's data key for the requester (0600; the key opens the
// input and, when asked for, the response).
func writeKeyFile(path string, k sealed.Key) error {
	if err := os.WriteFile(path, []byte(hex.EncodeToString(k[:])+"\n"), 0o600); err != nil {
		return fmt.Errorf("write key file: %w", err)
	}
	return nil
}

func readKeyFile(path string) (sealed.Key, error) {
	var k sealed.Key
	b, err := os.ReadFile(path)
	if err != nil {
		return k, fmt.Errorf("read key file: %w", err)
	}
	raw, err := hex.DecodeString(strings.TrimSpace(string(b)))
	if err != nil || len(raw) != len(k) {
		return k, fmt.Errorf("key file %s does not hold %d hex bytes", path, len(k))
	}
	copy(k[:], raw)
	return k, nil
}
