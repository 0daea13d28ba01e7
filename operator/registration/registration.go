// Package registration takes an operator from a bare key to a registered member of this AVS:
// EigenLayer operator, optional strategy deposit, AVS operator-set registration with its BLS
// key. Every step first checks whether it is already done, so running it again is safe.
package registration

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/Layr-Labs/eigensdk-go/chainio/clients"
	"github.com/Layr-Labs/eigensdk-go/chainio/clients/elcontracts"
	allocationmanager "github.com/Layr-Labs/eigensdk-go/contracts/bindings/AllocationManager"
	delegationmanager "github.com/Layr-Labs/eigensdk-go/contracts/bindings/DelegationManager"
	mockerc20 "github.com/Layr-Labs/eigensdk-go/contracts/bindings/MockERC20"
	regcoord "github.com/Layr-Labs/eigensdk-go/contracts/bindings/SlashingRegistryCoordinator"
	strategymanager "github.com/Layr-Labs/eigensdk-go/contracts/bindings/StrategyManager"
	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	eigentypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/blockless/avs/chain"
	"github.com/blockless/avs/logs"
)

// ErrUnfunded means the operator account has no ETH to pay for its transactions.
var ErrUnfunded = errors.New("operator account has no ETH for gas")

// ErrBLSKeyMismatch means the operator is registered with another BLS key than the one given.
var ErrBLSKeyMismatch = errors.New("operator is registered with a different BLS key")

// Config names the chain and the AVS contracts.
type Config struct {
	RPCURL                 string
	WSURL                  string
	ChainID                uint64 // expected chain id; 0 skips the check
	RegistryCoordinator    common.Address
	OperatorStateRetriever common.Address
	ServiceManager         common.Address
	Quorums                []uint8
	Socket                 string // where the aggregator and peers reach this operator
	MetadataURL            string
}

// DepositRequest asks for the operator's shares in Strategy to reach at least Amount.
type DepositRequest struct {
	Strategy common.Address
	Amount   *big.Int
	// Mint first mints the missing tokens with the underlying token's public mint: devnets only.
	Mint bool
}

// Step is one line of the report: what was checked and whether this run did it.
type Step struct {
	Name    string
	Already bool        // found done before this run
	Tx      common.Hash // the transaction this run sent, if any
	Detail  string
}

func (s Step) String() string {
	switch {
	case s.Already:
		return fmt.Sprintf("%s: already done%s", s.Name, suffix(s.Detail))
	case s.Tx != (common.Hash{}):
		return fmt.Sprintf("%s: done in tx %s%s", s.Name, s.Tx.Hex(), suffix(s.Detail))
	default:
		return fmt.Sprintf("%s: %s", s.Name, s.Detail)
	}
}

func suffix(d string) string {
	if d == "" {
		return ""
	}
	return " (" + d + ")"
}

// Client bundles eigensdk-go's clients for one operator key.
type Client struct {
	cfg      Config
	key      *ecdsa.PrivateKey
	address  common.Address
	clients  *clients.Clients
	chainID  *big.Int
	log      zerolog.Logger
	errorABI []*abi.ABI
}

// Dial checks the RPC and chain id, then builds eigensdk-go's clients for the operator key.
func Dial(ctx context.Context, cfg Config, key *ecdsa.PrivateKey, log zerolog.Logger) (*Client, error) {
	probe, chainID, err := chain.Dial(ctx, cfg.RPCURL, cfg.ChainID)
	if err != nil {
		return nil, err
	}
	probe.Close()
	ws := cfg.WSURL
	if ws == "" {
		ws = strings.Replace(strings.Replace(cfg.RPCURL, "https://", "wss://", 1), "http://", "ws://", 1)
	}
	c, err := clients.BuildAll(clients.BuildAllConfig{
		EthHttpUrl:                 cfg.RPCURL,
		EthWsUrl:                   ws,
		AvsName:                    "blockless",
		PromMetricsIpPortAddress:   "127.0.0.1:0", // required by the SDK; not started here
		RegistryCoordinatorAddr:    cfg.RegistryCoordinator.Hex(),
		OperatorStateRetrieverAddr: cfg.OperatorStateRetriever.Hex(),
		ServiceManagerAddress:      cfg.ServiceManager.Hex(),
	}, key, logs.Eigen(log.Level(zerolog.WarnLevel)))
	if err != nil {
		return nil, fmt.Errorf("connect eigenlayer contracts: %w", err)
	}
	var abis []*abi.ABI
	for _, md := range []*bind.MetaData{regcoord.ContractSlashingRegistryCoordinatorMetaData, delegationmanager.ContractDelegationManagerMetaData,
		allocationmanager.ContractAllocationManagerMetaData, strategymanager.ContractStrategyManagerMetaData} {
		if a, err := md.GetAbi(); err == nil {
			abis = append(abis, a)
		}
	}
	return &Client{cfg: cfg, key: key, address: crypto.PubkeyToAddress(key.PublicKey), clients: c, chainID: chainID,
		log: log, errorABI: abis}, nil
}

// Close releases the connections.
func (c *Client) Close() {
	c.clients.EthHttpClient.(interface{ Close() }).Close()
}

// Address is the operator's address.
func (c *Client) Address() common.Address { return c.address }

// Register does whatever is missing of: EigenLayer operator registration, the deposit,
// and AVS registration with blsKey. It returns what it found and did, step by step.
func (c *Client) Register(ctx context.Context, blsKey *bls.KeyPair, deposit *DepositRequest) ([]Step, error) {
	var steps []Step
	call := &bind.CallOpts{Context: ctx}

	isOperator, err := c.clients.ElChainReader.IsOperatorRegistered(ctx, eigentypes.Operator{Address: c.address.Hex()})
	if err != nil {
		return steps, fmt.Errorf("check eigenlayer operator: %w", err)
	}
	if isOperator {
		steps = append(steps, Step{Name: "eigenlayer operator", Already: true})
	} else {
		if err := c.requireFunds(ctx); err != nil {
			return steps, err
		}
		r, err := c.clients.ElChainWriter.RegisterAsOperator(ctx, eigentypes.Operator{
			Address: c.address.Hex(), DelegationApproverAddress: eigentypes.ZeroAddress, MetadataUrl: c.cfg.MetadataURL,
		}, true)
		if err := c.txResult("register as eigenlayer operator", r, err); err != nil {
			return steps, err
		}
		steps = append(steps, Step{Name: "eigenlayer operator", Tx: r.TxHash})
	}

	if deposit != nil && deposit.Amount != nil && deposit.Amount.Sign() > 0 {
		s, err := c.deposit(ctx, deposit)
		steps = append(steps, s...)
		if err != nil {
			return steps, err
		}
	}

	registered, err := c.clients.AvsRegistryChainReader.IsOperatorRegistered(call, c.address)
	if err != nil {
		return steps, fmt.Errorf("check avs registration: %w", err)
	}
	wantID := eigentypes.OperatorIdFromKeyPair(blsKey)
	if registered {
		id, err := c.clients.AvsRegistryChainReader.GetOperatorId(call, c.address)
		if err != nil {
			return steps, fmt.Errorf("read operator id: %w", err)
		}
		if id != wantID {
			return steps, fmt.Errorf("%w: on chain 0x%x, key file 0x%x", ErrBLSKeyMismatch, id, wantID)
		}
		steps = append(steps, Step{Name: "avs registration", Already: true, Detail: fmt.Sprintf("operator id 0x%x", id)})
		return steps, nil
	}
	if err := c.requireFunds(ctx); err != nil {
		return steps, err
	}
	setIDs := make([]uint32, len(c.cfg.Quorums))
	for i, q := range c.cfg.Quorums {
		setIDs[i] = uint32(q)
	}
	r, err := c.clients.ElChainWriter.RegisterForOperatorSets(ctx, c.cfg.RegistryCoordinator, elcontracts.RegistrationRequest{
		OperatorAddress: c.address, AVSAddress: c.cfg.ServiceManager, OperatorSetIds: setIDs,
		WaitForReceipt: true, BlsKeyPair: blsKey, Socket: c.cfg.Socket,
	})
	if err := c.txResult("register with the avs", r, err); err != nil {
		return steps, err
	}
	steps = append(steps, Step{Name: "avs registration", Tx: r.TxHash, Detail: fmt.Sprintf("operator id 0x%x", wantID)})
	return steps, nil
}

func (c *Client) deposit(ctx context.Context, d *DepositRequest) ([]Step, error) {
	shares, err := c.clients.ElChainReader.GetOperatorSharesInStrategy(ctx, c.address, d.Strategy)
	if err != nil {
		return nil, fmt.Errorf("read shares in strategy %s: %w", d.Strategy.Hex(), err)
	}
	if shares.Cmp(d.Amount) >= 0 {
		return []Step{{Name: "deposit", Already: true, Detail: fmt.Sprintf("%s shares", shares)}}, nil
	}
	missing := new(big.Int).Sub(d.Amount, shares)
	if err := c.requireFunds(ctx); err != nil {
		return nil, err
	}
	var steps []Step
	if d.Mint {
		tokenAddr, err := c.underlying(ctx, d.Strategy)
		if err != nil {
			return nil, err
		}
		mock, err := mockerc20.NewContractMockERC20(tokenAddr, c.clients.EthHttpClient)
		if err != nil {
			return nil, fmt.Errorf("bind token: %w", err)
		}
		opts, err := chain.TransactOpts(ctx, c.key, c.chainID)
		if err != nil {
			return nil, err
		}
		tx, err := mock.Mint(opts, c.address, missing)
		if err != nil {
			return nil, fmt.Errorf("mint %s devnet tokens: %s", missing, chain.DescribeError(err))
		}
		if _, err := chain.WaitMined(ctx, c.clients.EthHttpClient.(chain.Backend), tx, "mint devnet tokens"); err != nil {
			return nil, err
		}
		steps = append(steps, Step{Name: "mint devnet tokens", Tx: tx.Hash(), Detail: missing.String()})
	}
	r, err := c.clients.ElChainWriter.DepositERC20IntoStrategy(ctx, d.Strategy, missing, true)
	if err := c.txResult("deposit into strategy", r, err); err != nil {
		return steps, err
	}
	return append(steps, Step{Name: "deposit", Tx: r.TxHash, Detail: fmt.Sprintf("%s more, target %s", missing, d.Amount)}), nil
}

func (c *Client) underlying(ctx context.Context, strategy common.Address) (common.Address, error) {
	_, _, addr, err := c.clients.ElChainReader.GetStrategyAndUnderlyingERC20Token(ctx, strategy)
	if err != nil {
		return common.Address{}, fmt.Errorf("strategy %s underlying token: %w", strategy.Hex(), err)
	}
	return addr, nil
}

func (c *Client) requireFunds(ctx context.Context) error {
	bal, err := c.clients.EthHttpClient.(interface {
		BalanceAt(context.Context, common.Address, *big.Int) (*big.Int, error)
	}).BalanceAt(ctx, c.address, nil)
	if err != nil {
		return fmt.Errorf("read balance: %w", err)
	}
	gasPrice, err := c.clients.EthHttpClient.SuggestGasPrice(ctx)
	if err != nil {
		return fmt.Errorf("read gas price: %w", err)
	}
	// Only a chain with free gas (a devnet with base fee 0) accepts an empty account.
	if bal.Sign() == 0 && gasPrice.Sign() > 0 {
		return fmt.Errorf("%w: fund %s first", ErrUnfunded, c.address.Hex())
	}
	return nil
}

// txResult checks both the send error and the receipt status (the SDK's tx manager does not).
func (c *Client) txResult(what string, r *types.Receipt, err error) error {
	if err != nil {
		msg := chain.DescribeError(err, c.errorABI...)
		if strings.Contains(msg, "insufficient funds") {
			return fmt.Errorf("%s: %w (%s)", what, ErrUnfunded, c.address.Hex())
		}
		return fmt.Errorf("%s: %s", what, msg)
	}
	if r == nil {
		return fmt.Errorf("%s: no receipt", what)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("%s: tx %s reverted", what, r.TxHash.Hex())
	}
	return nil
}

// Status is an operator's standing with EigenLayer and this AVS.
type Status struct {
	Address            common.Address
	EigenLayerOperator bool
	Registered         bool
	OperatorID         [32]byte
	StakeByQuorum      map[uint8]*big.Int
	StrategyShares     *big.Int
}

// Status reads the operator's registration, id and stake per quorum.
func (c *Client) Status(ctx context.Context, strategy common.Address) (*Status, error) {
	call := &bind.CallOpts{Context: ctx}
	s := &Status{Address: c.address, StakeByQuorum: map[uint8]*big.Int{}}
	var err error
	if s.EigenLayerOperator, err = c.clients.ElChainReader.IsOperatorRegistered(ctx, eigentypes.Operator{Address: c.address.Hex()}); err != nil {
		return nil, fmt.Errorf("check eigenlayer operator: %w", err)
	}
	if strategy != (common.Address{}) {
		if s.StrategyShares, err = c.clients.ElChainReader.GetOperatorSharesInStrategy(ctx, c.address, strategy); err != nil {
			return nil, fmt.Errorf("read strategy shares: %w", err)
		}
	}
	if s.Registered, err = c.clients.AvsRegistryChainReader.IsOperatorRegistered(call, c.address); err != nil {
		return nil, fmt.Errorf("check avs registration: %w", err)
	}
	if !s.Registered {
		return s, nil
	}
	if s.OperatorID, err = c.clients.AvsRegistryChainReader.GetOperatorId(call, c.address); err != nil {
		return nil, fmt.Errorf("read operator id: %w", err)
	}
	stakes, err := c.clients.AvsRegistryChainReader.GetOperatorStakeInQuorumsOfOperatorAtCurrentBlock(call, s.OperatorID)
	if err != nil {
		return nil, fmt.Errorf("read stake: %w", err)
	}
	for q, v := range stakes {
		s.StakeByQuorum[uint8(q)] = v
	}
	return s, nil
}
