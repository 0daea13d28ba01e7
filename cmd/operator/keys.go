package main

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/blockless/avs/operator/keys"
)

// keyFlags returns fresh flag values on each call: urfave/cli flags keep parse state, so
// commands must not share one instance.
func keyFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "keys-dir", Value: defaultKeysDir(), EnvVars: []string{"BLOCKLESS_KEYS_DIR"}, Usage: "folder of encrypted keystores"},
		&cli.StringFlag{Name: "key-name", Aliases: []string{"name"}, Value: "operator", EnvVars: []string{"BLOCKLESS_KEY_NAME"}, Usage: "key pair name in the keys folder"},
		&cli.StringFlag{Name: "ecdsa-password-file", EnvVars: []string{"BLOCKLESS_ECDSA_PASSWORD_FILE"}, Usage: "file holding the ECDSA keystore password (else env BLOCKLESS_ECDSA_PASSWORD)"},
		&cli.StringFlag{Name: "bls-password-file", EnvVars: []string{"BLOCKLESS_BLS_PASSWORD_FILE"}, Usage: "file holding the BLS keystore password (else env BLOCKLESS_BLS_PASSWORD)"},
	}
}

func defaultKeysDir() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return ".blockless/keys"
	}
	return filepath.Join(home, ".blockless", "keys")
}

// password reads a keystore password from a file the operator controls, or from the env.
// Passwords never come from flags: those end up in shell history and process lists.
func password(c *cli.Context, kind string) (string, error) {
	return passwordFrom(c.String(kind+"-password-file"), kind)
}

// passwordFrom reads the password from file, else from BLOCKLESS_<KIND>_PASSWORD.
func passwordFrom(file, kind string) (string, error) {
	if f := file; f != "" {
		b, err := os.ReadFile(f)
		if err != nil {
			return "", fmt.Errorf("read %s password file: %w", kind, err)
		}
		return strings.TrimRight(string(b), "\r\n"), nil
	}
	env := "BLOCKLESS_" + strings.ToUpper(kind) + "_PASSWORD"
	if p := os.Getenv(env); p != "" {
		return p, nil
	}
	return "", fmt.Errorf("no %s keystore password: set --%s-password-file or %s", kind, kind, env)
}

func store(c *cli.Context) keys.Store { return keys.Store{Dir: c.String("keys-dir")} }

func keysCommand() *cli.Command {
	kdfFlag := &cli.BoolFlag{Name: "light-kdf", Usage: "weak scrypt parameters: devnets and tests only"}
	return &cli.Command{
		Name:  "keys",
		Usage: "create, import and list encrypted ECDSA and BLS keystores",
		Subcommands: []*cli.Command{
			{
				Name:  "create",
				Usage: "create a new ECDSA + BLS key pair (skips a kind that already exists)",
				Flags: append(keyFlags(), kdfFlag),
				Action: func(c *cli.Context) error {
					s, name, kdf := store(c), c.String("key-name"), kdfOf(c)
					pe, err := password(c, "ecdsa")
					if err != nil {
						return err
					}
					pb, err := password(c, "bls")
					if err != nil {
						return err
					}
					addr, err := s.CreateECDSA(name, pe, kdf)
					switch {
					case errors.Is(err, keys.ErrExists):
						fmt.Printf("ecdsa key %q exists already: kept\n", name)
					case err != nil:
						return err
					default:
						fmt.Printf("ecdsa key %q: address %s\n", name, addr.Hex())
					}
					kp, err := s.CreateBLS(name, pb, kdf)
					switch {
					case errors.Is(err, keys.ErrExists):
						fmt.Printf("bls key %q exists already: kept\n", name)
					case err != nil:
						return err
					default:
						fmt.Printf("bls key %q: operator id 0x%x\n", name, keys.OperatorID(kp))
					}
					return nil
				},
			},
			{
				Name:  "import",
				Usage: "import existing private keys from files (hex ECDSA key; decimal or 0x-hex BLS key)",
				Flags: append(keyFlags(), kdfFlag,
					&cli.StringFlag{Name: "ecdsa-key-file", Usage: "file holding the ECDSA private key"},
					&cli.StringFlag{Name: "bls-key-file", Usage: "file holding the BLS private key"}),
				Action: func(c *cli.Context) error {
					s, name, kdf := store(c), c.String("key-name"), kdfOf(c)
					if c.String("ecdsa-key-file") == "" && c.String("bls-key-file") == "" {
						return errors.New("nothing to import: give --ecdsa-key-file and/or --bls-key-file")
					}
					if f := c.String("ecdsa-key-file"); f != "" {
						raw, err := os.ReadFile(f)
						if err != nil {
							return fmt.Errorf("read ecdsa key file: %w", err)
						}
						k, err := keys.ParseECDSAHex(string(raw))
						if err != nil {
							return err
						}
						p, err := password(c, "ecdsa")
						if err != nil {
							return err
						}
						addr, err := s.ImportECDSA(name, k, p, kdf)
						if err != nil {
							return err
						}
						fmt.Printf("ecdsa key %q imported: address %s\n", name, addr.Hex())
					}
					if f := c.String("bls-key-file"); f != "" {
						raw, err := os.ReadFile(f)
						if err != nil {
							return fmt.Errorf("read bls key file: %w", err)
						}
						kp, err := keys.ParseBLS(string(raw))
						if err != nil {
							return err
						}
						p, err := password(c, "bls")
						if err != nil {
							return err
						}
						if err := s.ImportBLS(name, kp, p, kdf); err != nil {
							return err
						}
						fmt.Printf("bls key %q imported: operator id 0x%x\n", name, keys.OperatorID(kp))
					}
					return nil
				},
			},
			{
				Name:  "list",
				Usage: "list key pairs (addresses and public keys only; nothing is decrypted)",
				Flags: keyFlags()[:1],
				Action: func(c *cli.Context) error {
					infos, err := store(c).List()
					if err != nil {
						return err
					}
					if len(infos) == 0 {
						fmt.Printf("no keys in %s\n", c.String("keys-dir"))
						return nil
					}
					for _, i := range infos {
						line := i.Name
						if i.HasECDSA {
							line += "  address " + i.Address.Hex()
						}
						if i.HasBLS {
							line += "  bls " + i.BLSPubkey
						}
						fmt.Println(line)
					}
					return nil
				},
			},
		},
	}
}

func kdfOf(c *cli.Context) keys.KDF {
	if c.Bool("light-kdf") {
		return keys.LightKDF
	}
	return keys.StandardKDF
}

// operatorKey loads the operator's ECDSA key named by the key flags.
func operatorKey(c *cli.Context) (*ecdsa.PrivateKey, error) {
	pe, err := password(c, "ecdsa")
	if err != nil {
		return nil, err
	}
	return store(c).LoadECDSA(c.String("key-name"), pe)
}
