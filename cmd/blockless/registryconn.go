package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/blockless/avs/chain"
	"github.com/blockless/avs/deployment"
)

// registryConn is a connection to one of the AVS's registries (secrets, triggers): the
// client, the sender's key when the command sends, and the registry's ABI for revert reasons.
type registryConn struct {
	client  *ethclient.Client
	abi     *abi.ABI
	key     *ecdsa.PrivateKey
	chainID *big.Int
	d       deployment.Deployment
}

// dialRegistry reads the deployment (the registry's address from addressFlag or the addresses
// file; what names it in errors), connects and, with needKey, loads the sender's key.
func dialRegistry(ctx context.Context, c *cli.Context, addressFlag, what string, address func(deployment.Deployment) common.Address,
	meta *bind.MetaData, needKey bool) (*registryConn, error) {
	d, err := readDeployment(c, addressFlag)
	if err != nil {
		return nil, err
	}
	if address(d) == (common.Address{}) {
		return nil, fmt.Errorf("this deployment has no %s (deployed before it existed); give --%s", what, addressFlag)
	}
	a, err := meta.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("%s ABI: %w", what, err)
	}
	var key *ecdsa.PrivateKey
	if needKey {
		if key, err = loadKey(c); err != nil {
			return nil, err
		}
	}
	client, chainID, err := chain.Dial(ctx, d.RPCURL, d.ChainID)
	if err != nil {
		return nil, err
	}
	return &registryConn{client: client, abi: a, key: key, chainID: chainID, d: d}, nil
}

// send signs and sends one registry transaction carrying value (nil: none) and waits for it.
func (r *registryConn) send(ctx context.Context, what string, value *big.Int, f func(*bind.TransactOpts) (*types.Transaction, error)) (*types.Receipt, error) {
	if r.key == nil {
		return nil, errors.New(what + ": no account loaded")
	}
	opts, err := chain.TransactOpts(ctx, r.key, r.chainID)
	if err != nil {
		return nil, err
	}
	opts.Value = value
	tx, err := f(opts)
	if err != nil {
		return nil, fmt.Errorf("%s: %s", what, chain.DescribeError(err, r.abi))
	}
	return chain.WaitMined(ctx, r.client, tx, what, r.abi)
}
