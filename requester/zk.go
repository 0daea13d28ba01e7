package requester

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// DeployContract deploys creation bytecode (a zk verifier) and returns its address.
func (c *Client) DeployContract(ctx context.Context, what string, bytecode []byte) (common.Address, common.Hash, error) {
	if len(bytecode) == 0 {
		return common.Address{}, common.Hash{}, errors.New("deploy: empty bytecode")
	}
	r, err := c.send(ctx, "deploy "+what, func(o *bind.TransactOpts) (*types.Transaction, error) {
		_, tx, _, err := bind.DeployContract(o, abi.ABI{}, bytecode, c.eth)
		return tx, err
	}, nil)
	if err != nil {
		return common.Address{}, common.Hash{}, err
	}
	if r.ContractAddress == (common.Address{}) {
		return common.Address{}, r.TxHash, fmt.Errorf("deploy %s: no contract address in receipt", what)
	}
	return r.ContractAddress, r.TxHash, nil
}
