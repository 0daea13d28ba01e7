package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/blockless/avs/devnet"
	"github.com/blockless/avs/operator/keys"
	"github.com/blockless/avs/requester"
)

// chainFlags name the deployment and the account that pays for transactions.
func chainFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "addresses", Value: ".devnet/addresses.json", EnvVars: []string{"BLOCKLESS_ADDRESSES"}, Usage: "addresses.json of the deployment"},
		&cli.StringFlag{Name: "rpc-url", EnvVars: []string{"BLOCKLESS_RPC_URL"}, Usage: "overrides the addresses file's RPC URL"},
		&cli.StringFlag{Name: "task-manager", EnvVars: []string{"BLOCKLESS_TASK_MANAGER"}, Usage: "overrides the addresses file's TaskManager"},
		&cli.Uint64Flag{Name: "chain-id", EnvVars: []string{"BLOCKLESS_CHAIN_ID"}, Usage: "expected chain id"},
		&cli.StringFlag{Name: "keystore", EnvVars: []string{"BLOCKLESS_KEYSTORE"}, Usage: "encrypted ECDSA keystore of the paying account (password: BLOCKLESS_KEYSTORE_PASSWORD or --password-file)"},
		&cli.StringFlag{Name: "password-file", EnvVars: []string{"BLOCKLESS_KEYSTORE_PASSWORD_FILE"}},
		&cli.StringFlag{Name: "private-key-file", EnvVars: []string{"BLOCKLESS_PRIVATE_KEY_FILE"}, Usage: "file holding a hex private key (devnets; else env BLOCKLESS_PRIVATE_KEY)"},
	}
}

// dialRequester builds a requester client from the flags; needKey asks for a signing key.
func dialRequester(ctx context.Context, c *cli.Context, needKey bool) (*requester.Client, error) {
	var rpcURL string
	var tm common.Address
	chainID := c.Uint64("chain-id")
	if f := c.String("addresses"); f != "" && !(c.IsSet("rpc-url") && c.IsSet("task-manager")) {
		a, err := devnet.LoadAddresses(f)
		if err != nil {
			return nil, fmt.Errorf("%w (start a devnet, or give --rpc-url and --task-manager)", err)
		}
		rpcURL, tm = a.RPCURL, a.AVS.TaskManager
		if chainID == 0 {
			chainID = a.ChainID
		}
	}
	if v := c.String("rpc-url"); v != "" {
		rpcURL = v
	}
	if v := c.String("task-manager"); v != "" {
		if !common.IsHexAddress(v) {
			return nil, fmt.Errorf("--task-manager %q is not an address", v)
		}
		tm = common.HexToAddress(v)
	}
	var key *ecdsa.PrivateKey
	if needKey {
		var err error
		if key, err = loadKey(c); err != nil {
			return nil, err
		}
	}
	return requester.Dial(ctx, rpcURL, chainID, tm, key)
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
