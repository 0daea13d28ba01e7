// Package chain holds the Ethereum plumbing the operator, aggregator, CLI and devnet share:
// dialing with a chain-id check, transaction options, waiting for receipts with their status
// checked, and turning reverts into readable errors.
package chain

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/blockless/avs/internal/pooled"
)

// ErrRPCUnavailable means the node could not be reached at all.
var ErrRPCUnavailable = errors.New("RPC endpoint unreachable")

// ErrWrongChain means the node serves another chain than the configuration expects.
var ErrWrongChain = errors.New("wrong chain id")

// DialClient connects to url (HTTP or websocket) without checks; over HTTP, concurrent calls
// share a pool of kept-alive connections.
func DialClient(ctx context.Context, url string) (*ethclient.Client, error) {
	rc, err := rpc.DialOptions(ctx, url, rpc.WithHTTPClient(pooled.Client(0)))
	if err != nil {
		return nil, err
	}
	return ethclient.NewClient(rc), nil
}

// Dial connects to url and, when wantChainID is non-zero, checks the node's chain id.
func Dial(ctx context.Context, url string, wantChainID uint64) (*ethclient.Client, *big.Int, error) {
	dctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	client, err := DialClient(dctx, url)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %s: %v", ErrRPCUnavailable, url, err)
	}
	id, err := client.ChainID(dctx)
	if err != nil {
		client.Close()
		return nil, nil, fmt.Errorf("%w: %s: %v", ErrRPCUnavailable, url, err)
	}
	if wantChainID != 0 && id.Uint64() != wantChainID {
		client.Close()
		return nil, nil, fmt.Errorf("%w: %s serves chain %s, expected %d", ErrWrongChain, url, id, wantChainID)
	}
	return client, id, nil
}

// TransactOpts returns signing options for key on chainID bound to ctx.
func TransactOpts(ctx context.Context, key *ecdsa.PrivateKey, chainID *big.Int) (*bind.TransactOpts, error) {
	opts, err := bind.NewKeyedTransactorWithChainID(key, chainID)
	if err != nil {
		return nil, fmt.Errorf("transactor: %w", err)
	}
	opts.Context = ctx
	return opts, nil
}

// ChainIDReader is a client that reports its chain id.
type ChainIDReader interface {
	ChainID(ctx context.Context) (*big.Int, error)
}

// Signer returns signing options for key on the chain client is connected to.
func Signer(ctx context.Context, client ChainIDReader, key *ecdsa.PrivateKey) (*bind.TransactOpts, error) {
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain id: %w", err)
	}
	return TransactOpts(ctx, key, chainID)
}

// Backend is what WaitMined needs from a client.
type Backend interface {
	bind.DeployBackend
	ethereum.ContractCaller
	TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error)
}

// WaitMined waits for tx and fails when it reverted, with the revert decoded against abis.
func WaitMined(ctx context.Context, client Backend, tx *types.Transaction, what string, abis ...*abi.ABI) (*types.Receipt, error) {
	receipt, err := bind.WaitMined(ctx, client, tx)
	if err != nil {
		return nil, fmt.Errorf("%s: waiting for tx %s: %w", what, tx.Hash().Hex(), err)
	}
	if receipt.Status != types.ReceiptStatusSuccessful {
		return receipt, fmt.Errorf("%s: tx %s reverted%s", what, tx.Hash().Hex(), replayRevert(ctx, client, tx, receipt, abis))
	}
	return receipt, nil
}

// replayRevert re-runs a failed transaction at its block to recover the revert reason.
func replayRevert(ctx context.Context, client Backend, tx *types.Transaction, receipt *types.Receipt, abis []*abi.ABI) string {
	signer := types.LatestSignerForChainID(tx.ChainId())
	from, err := types.Sender(signer, tx)
	if err != nil {
		return ""
	}
	msg := ethereum.CallMsg{From: from, To: tx.To(), Gas: tx.Gas(), Value: tx.Value(), Data: tx.Data()}
	_, err = client.CallContract(ctx, msg, receipt.BlockNumber)
	if err == nil {
		return " (out of gas?)"
	}
	return ": " + DescribeError(err, abis...)
}

// DescribeError turns an RPC error carrying revert data into "ErrorName(args)" using the
// custom errors of the given ABIs; other errors are returned as they are.
func DescribeError(err error, abis ...*abi.ABI) string {
	if err == nil {
		return ""
	}
	data, ok := RevertData(err)
	if !ok || len(data) < 4 {
		return err.Error()
	}
	if name, ok := DecodeCustomError(data, abis...); ok {
		return name
	}
	if reason, uerr := abi.UnpackRevert(data); uerr == nil {
		return reason
	}
	return fmt.Sprintf("%v (revert data %s)", err, hexutil.Encode(data))
}

// RevertData extracts revert bytes from a JSON-RPC error.
func RevertData(err error) ([]byte, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil, false
	}
	b, derr := hexutil.Decode(s)
	if derr != nil {
		return nil, false
	}
	return b, true
}

// DecodeCustomError names a custom error by selector and decodes its arguments.
func DecodeCustomError(data []byte, abis ...*abi.ABI) (string, bool) {
	for _, a := range abis {
		if a == nil {
			continue
		}
		for name, e := range a.Errors {
			if !bytes.Equal(e.ID[:4], data[:4]) {
				continue
			}
			vals, err := e.Inputs.Unpack(data[4:])
			if err != nil || len(vals) == 0 {
				return name + "()", true
			}
			parts := make([]string, len(vals))
			for i, v := range vals {
				parts[i] = fmt.Sprint(v)
			}
			return name + "(" + strings.Join(parts, ", ") + ")", true
		}
	}
	return "", false
}
