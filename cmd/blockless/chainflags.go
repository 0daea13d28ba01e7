package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/blockless/avs/cmd/internal/chainflags"
	"github.com/blockless/avs/deployment"
	"github.com/blockless/avs/operator/keys"
	"github.com/blockless/avs/requester"
)

// chainFlags name the deployment and the account that pays for transactions.
func chainFlags() []cli.Flag {
	addresses := chainflags.Addresses()
	addresses.Value = ".devnet/addresses.json" // where `devnet` writes it
	return []cli.Flag{
		addresses, chainflags.RPCURL(), chainflags.TaskManager(), chainflags.ChainID(),
		&cli.StringFlag{Name: "keystore", EnvVars: []string{"BLOCKLESS_KEYSTORE"}, Usage: "encrypted ECDSA keystore of the paying account (password: BLOCKLESS_KEYSTORE_PASSWORD or --password-file)"},
		&cli.StringFlag{Name: "password-file", EnvVars: []string{"BLOCKLESS_KEYSTORE_PASSWORD_FILE"}},
		&cli.StringFlag{Name: "private-key-file", EnvVars: []string{"BLOCKLESS_PRIVATE_KEY_FILE"}, Usage: "file holding a hex private key (devnets; else env BLOCKLESS_PRIVATE_KEY)"},
	}
}

// dialRequester builds a requester client from the flags; needKey asks for a signing key.
func dialRequester(ctx context.Context, c *cli.Context, needKey bool) (*requester.Client, error) {
	d, err := readDeployment(c, chainflags.TaskManagerName)
	if err != nil {
		return nil, err
	}
	var key *ecdsa.PrivateKey
	if needKey {
		if key, err = loadKey(c); err != nil {
			return nil, err
		}
	}
	return requester.Dial(ctx, d.RPCURL, d.ChainID, d.TaskManager, key)
}

// readDeployment is the deployment the flags name. The addresses file has a default that need
// not exist: with --rpc-url and the address flag the command needs both given, it is not read.
func readDeployment(c *cli.Context, addressFlag string) (deployment.Deployment, error) {
	var d deployment.Deployment
	if f := c.String(chainflags.AddressesName); f != "" && !(c.IsSet(chainflags.RPCURLName) && c.IsSet(addressFlag)) {
		var err error
		if d, err = deployment.ReadFile(f); err != nil {
			return d, fmt.Errorf("%w (start a devnet, or give --rpc-url and --%s)", err, addressFlag)
		}
	}
	return chainflags.Override(c, d)
}

func loadKey(c *cli.Context) (*ecdsa.PrivateKey, error) {
	if ks := c.String("keystore"); ks != "" {
		pw := os.Getenv("BLOCKLESS_KEYSTORE_PASSWORD")
		if f := c.String("password-file"); f != "" {
			b, err := os.ReadFile(f)
			if err != nil {
				return nil, fmt.Errorf("read password file: %w", err)
			}
			pw = strings.TrimRight(string(b), "\r\n")
		}
		return keys.ReadECDSA(ks, pw)
	}
	if f := c.String("private-key-file"); f != "" {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("read private key file: %w", err)
		}
		return keys.ParseECDSAHex(string(b))
	}
	if k := os.Getenv("BLOCKLESS_PRIVATE_KEY"); k != "" {
		return keys.ParseECDSAHex(k)
	}
	return nil, errors.New("no account: give --keystore, --private-key-file or BLOCKLESS_PRIVATE_KEY")
}
