package plan

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/blockless/avs/bindings/servicemanager"
	"github.com/blockless/avs/chain"
)

// ErrEmptyPlan is returned when asked to submit a plan that pays nobody.
var ErrEmptyPlan = errors.New("the epoch has no fees to pay out")

// Submit sends the plan to the ServiceManager (submitEpochRewards) with key, which must be its
// rewards initiator, and waits for it.
func Submit(ctx context.Context, client *ethclient.Client, key *ecdsa.PrivateKey, serviceManager common.Address, p Plan) (*types.Receipt, error) {
	if len(p.Operators) == 0 {
		return nil, fmt.Errorf("epoch %d: %w", p.Epoch, ErrEmptyPlan)
	}
	sm, err := servicemanager.NewServiceManager(serviceManager, client)
	if err != nil {
		return nil, fmt.Errorf("bind service manager: %w", err)
	}
	opts, err := chain.Signer(ctx, client, key)
	if err != nil {
		return nil, err
	}
	smABI, err := servicemanager.ServiceManagerMetaData.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("service manager abi: %w", err)
	}
	what := fmt.Sprintf("submit epoch %d rewards", p.Epoch)
	tx, err := sm.SubmitEpochRewards(opts, p.Epoch, p.Operators, p.Amounts)
	if err != nil {
		return nil, fmt.Errorf("%s: %s", what, chain.DescribeError(err, smABI))
	}
	return chain.WaitMined(ctx, client, tx, what, smABI)
}
