package aggregator

import (
	"context"
	"fmt"
	"math/big"
	"sync"

	"github.com/Layr-Labs/eigensdk-go/chainio/clients/avsregistry"
	eigentypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/rs/zerolog"
)

// pubkeyLogReader reads NewPubkeyRegistration events of the BLSApkRegistry over JSON-RPC
// (eigensdk-go's avsregistry ChainReader implements it).
type pubkeyLogReader interface {
	BlockNumber(ctx context.Context) (uint64, error)
	QueryExistingRegisteredOperatorPubKeys(ctx context.Context, start, stop, blockRange *big.Int) ([]eigentypes.OperatorAddr, []eigentypes.OperatorPubkeys, error)
}

// registryLogs joins eigensdk-go's registry reader with the head of the chain.
type registryLogs struct {
	*avsregistry.ChainReader
	client *ethclient.Client
}

func (r registryLogs) BlockNumber(ctx context.Context) (uint64, error) {
	return r.client.BlockNumber(ctx)
}

// pubkeyIndex is the operators' BLS public keys, read from the registry's logs by polling.
// It replaces eigensdk-go v0.3.0's in-memory service, which follows registrations over a
// websocket subscription: when a resubscription fails (an RPC outage) its loop returns and
// every later lookup blocks forever on an unbuffered channel, wedging the aggregator. Here a
// lookup that misses scans the blocks not yet read; an RPC error is a miss that the caller
// retries (task setup backs off), and nothing is left waiting.
//
// Registrations are permanent (the registry refuses a second key for an operator), so a key
// once read stays right; a reorg could only remove a registration, and an operator without one
// is not in any operator set the aggregator loads.
type pubkeyIndex struct {
	logs       pubkeyLogReader
	blockRange *big.Int
	log        zerolog.Logger

	mu   sync.Mutex // held across a scan: concurrent misses share it
	next uint64     // first block not scanned
	keys map[common.Address]eigentypes.OperatorPubkeys
}

func newPubkeyIndex(logs pubkeyLogReader, startBlock uint64, log zerolog.Logger) *pubkeyIndex {
	return &pubkeyIndex{logs: logs, blockRange: big.NewInt(10_000), log: log, next: startBlock,
		keys: map[common.Address]eigentypes.OperatorPubkeys{}}
}

// refresh scans the blocks from the last scan to the head.
func (p *pubkeyIndex) refresh(ctx context.Context) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.refreshLocked(ctx)
}

func (p *pubkeyIndex) refreshLocked(ctx context.Context) error {
	head, err := p.logs.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("operator keys: %w", err)
	}
	if head < p.next {
		return nil
	}
	addrs, keys, err := p.logs.QueryExistingRegisteredOperatorPubKeys(ctx, new(big.Int).SetUint64(p.next),
		new(big.Int).SetUint64(head), p.blockRange)
	if err != nil {
		return fmt.Errorf("operator keys, blocks %d-%d: %w", p.next, head, err)
	}
	if len(addrs) != len(keys) {
		return fmt.Errorf("operator keys, blocks %d-%d: %d addresses but %d keys", p.next, head, len(addrs), len(keys))
	}
	for i, a := range addrs {
		p.keys[a] = keys[i]
	}
	p.next = head + 1
	return nil
}

// GetOperatorInfo implements eigensdk-go's operatorsinfo.OperatorsInfoService.
func (p *pubkeyIndex) GetOperatorInfo(ctx context.Context, operator common.Address) (eigentypes.OperatorInfo, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if k, ok := p.keys[operator]; ok {
		return eigentypes.OperatorInfo{Pubkeys: k}, true
	}
	if err := p.refreshLocked(ctx); err != nil {
		p.log.Warn().Err(err).Str("operator", operator.Hex()).Msg("operator public key lookup")
		return eigentypes.OperatorInfo{}, false
	}
	k, ok := p.keys[operator]
	return eigentypes.OperatorInfo{Pubkeys: k}, ok
}
