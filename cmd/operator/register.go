package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/blockless/avs/chain"
	"github.com/blockless/avs/cmd/internal/chainflags"
	"github.com/blockless/avs/cmd/internal/cliapp"
	"github.com/blockless/avs/committee/chainio"
	"github.com/blockless/avs/logs"
	"github.com/blockless/avs/operator/registration"
)

// chainFlags name the deployment to register with. Built per command: a flag keeps the state
// of its parsing.
func chainFlags() []cli.Flag {
	return []cli.Flag{
		chainflags.Addresses(), chainflags.RPCURL(), chainflags.WSURL(), chainflags.ChainID(),
		chainflags.RegistryCoordinator(), chainflags.OperatorStateRetriever(), chainflags.ServiceManager(), chainflags.Strategy(),
		chainflags.CommitteeRegistry(),
		&cli.UintSliceFlag{Name: "quorums", Value: cli.NewUintSlice(0), Usage: "quorums (operator sets) to register for"},
	}
}

type target struct {
	cfg               registration.Config
	strategy          common.Address
	committeeRegistry common.Address // zero: the deployment has none
}

func loadTarget(c *cli.Context) (target, error) {
	d, err := chainflags.Load(c)
	if err != nil {
		return target{}, err
	}
	t := target{strategy: d.Strategy, committeeRegistry: d.CommitteeRegistry, cfg: registration.Config{RPCURL: d.RPCURL, WSURL: d.WSURL, ChainID: d.ChainID,
		RegistryCoordinator: d.RegistryCoordinator, OperatorStateRetriever: d.OperatorStateRetriever, ServiceManager: d.ServiceManager}}
	for _, q := range c.UintSlice("quorums") {
		if q > 191 {
			return t, fmt.Errorf("--quorums: %d is not a quorum number", q)
		}
		t.cfg.Quorums = append(t.cfg.Quorums, uint8(q))
	}
	switch {
	case t.cfg.RPCURL == "":
		return t, errors.New("no RPC endpoint: give --rpc-url or --addresses")
	case t.cfg.RegistryCoordinator == (common.Address{}) || t.cfg.OperatorStateRetriever == (common.Address{}) || t.cfg.ServiceManager == (common.Address{}):
		return t, errors.New("contract addresses missing: give --addresses or --registry-coordinator, --operator-state-retriever and --service-manager")
	}
	return t, nil
}

// parseTokens reads a decimal token amount with 18 decimals ("12.5" = 12.5e18 base units).
func parseTokens(s string) (*big.Int, error) {
	r, ok := new(big.Rat).SetString(s)
	if !ok || r.Sign() < 0 {
		return nil, fmt.Errorf("invalid token amount %q", s)
	}
	r.Mul(r, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)))
	if !r.IsInt() {
		return nil, fmt.Errorf("token amount %q has more than 18 decimals", s)
	}
	return r.Num(), nil
}

func registerCommand() *cli.Command {
	return &cli.Command{
		Name:  "register",
		Usage: "register as EigenLayer operator (if not yet), deposit (if asked), register with this AVS (if not yet)",
		Flags: append(append(keyFlags(), chainFlags()...),
			&cli.StringFlag{Name: "deposit", Usage: "make the operator's shares in --strategy at least this many tokens (18 decimals)"},
			&cli.BoolFlag{Name: "mint", Usage: "devnet only: mint the deposit with the token's public mint first"},
			&cli.StringFlag{Name: "socket", Value: "127.0.0.1:0", Usage: "address where this operator is reachable, recorded on chain"},
			&cli.StringFlag{Name: "metadata-url", Value: "https://blockless.network/operator.json", Usage: "operator metadata URL for EigenLayer"},
			&cli.DurationFlag{Name: "timeout", Value: 5 * time.Minute, Usage: "give up after this long"},
			allocateFlag(),
		),
		Action: func(c *cli.Context) error {
			if c.Uint("allocate") > 100 {
				return cli.Exit("--allocate: a percentage, at most 100", 2)
			}
			t, err := loadTarget(c)
			if err != nil {
				return err
			}
			t.cfg.Socket, t.cfg.MetadataURL = c.String("socket"), c.String("metadata-url")
			var dep *registration.DepositRequest
			if v := c.String("deposit"); v != "" {
				amount, err := parseTokens(v)
				if err != nil {
					return err
				}
				if t.strategy == (common.Address{}) {
					return errors.New("--deposit needs --strategy (or --addresses)")
				}
				dep = &registration.DepositRequest{Strategy: t.strategy, Amount: amount, Mint: c.Bool("mint")}
			}
			pe, err := password(c, "ecdsa")
			if err != nil {
				return err
			}
			pb, err := password(c, "bls")
			if err != nil {
				return err
			}
			s, name := store(c), c.String("key-name")
			key, err := s.LoadECDSA(name, pe)
			if err != nil {
				return err
			}
			blsKey, err := s.LoadBLS(name, pb)
			if err != nil {
				return err
			}
			ctx, cancel := cliapp.SignalContext(c)
			defer cancel()
			ctx, cancelT := context.WithTimeout(ctx, c.Duration("timeout"))
			defer cancelT()
			client, err := registration.Dial(ctx, t.cfg, key, logs.Stderr(c.String("log-level"), true))
			if err != nil {
				return err
			}
			defer client.Close()
			fmt.Printf("operator %s\n", client.Address().Hex())
			steps, err := client.Register(ctx, blsKey, dep)
			for _, st := range steps {
				fmt.Println("  " + st.String())
			}
			if err != nil || !c.IsSet("allocate") {
				return err
			}
			allocSteps, err := client.Allocate(ctx, uint8(c.Uint("allocate")), blsKey)
			if errors.Is(err, registration.ErrAllocationDelayPending) {
				fmt.Printf("  allocation: not yet (%v)\n", err)
				return nil
			}
			for _, st := range allocSteps {
				fmt.Println("  " + st.String())
			}
			return err
		},
	}
}

func statusCommand() *cli.Command {
	return &cli.Command{
		Name:  "status",
		Usage: "print registration, operator id, stake per quorum, declared capacity and rewards",
		Flags: append(append(keyFlags(), chainFlags()...), distributionFlag()),
		Action: func(c *cli.Context) error {
			ctx, cancel := cliapp.SignalContext(c)
			defer cancel()
			t, client, err := dialOperator(ctx, c)
			if err != nil {
				return err
			}
			defer client.Close()
			st, err := client.Status(ctx, t.strategy)
			if err != nil {
				return err
			}
			fmt.Printf("operator            %s\n", st.Address.Hex())
			fmt.Printf("eigenlayer operator %v\n", st.EigenLayerOperator)
			if st.StrategyShares != nil {
				fmt.Printf("strategy shares     %s\n", st.StrategyShares)
			}
			fmt.Printf("avs registered      %v\n", st.Registered)
			if st.Registered {
				fmt.Printf("operator id         0x%x\n", st.OperatorID)
				for q, s := range st.StakeByQuorum {
					fmt.Printf("stake quorum %-6d %s\n", q, s)
				}
			}
			if st.Registered {
				allocs, err := client.Allocations(ctx)
				if err != nil {
					return err
				}
				for _, a := range allocs {
					fmt.Printf("slashable           %.2f%% of strategy %s (magnitude %d/1e18)\n", float64(a.Magnitude)/1e16, a.Strategy.Hex(), a.Magnitude)
				}
			}
			if err := printRewards(ctx, c, st.Address); err != nil {
				return err
			}
			if t.committeeRegistry == (common.Address{}) {
				fmt.Printf("capacity            (the deployment has no committee registry)\n")
				return nil
			}
			ec, _, err := chain.Dial(ctx, t.cfg.RPCURL, t.cfg.ChainID)
			if err != nil {
				return err
			}
			defer ec.Close()
			r, err := chainio.NewChain(ec, t.committeeRegistry, chainio.ChainOptions{})
			if err != nil {
				return err
			}
			capc, err := r.Capacity(ctx, st.Address)
			if err != nil {
				return err
			}
			fmt.Printf("capacity            %s\n", describeCapacity(capc))
			return nil
		},
	}
}

func allocateFlag() *cli.UintFlag {
	return &cli.UintFlag{Name: "allocate", Usage: "percent (0-100) of the operator's magnitude in each strategy to allocate to the AVS's slashable quorum (operator set 1), which it then joins: the stake a proven fault can slash"}
}

func allocateCommand() *cli.Command {
	return &cli.Command{
		Name:  "allocate",
		Usage: "allocate a percentage of the operator's stake to the AVS's slashable quorum and join it (slashable for proven faults only)",
		Flags: append(append(keyFlags(), chainFlags()...), allocateFlag()),
		Action: func(c *cli.Context) error {
			if !c.IsSet("allocate") || c.Uint("allocate") > 100 {
				return cli.Exit("operator allocate: give --allocate PERCENT (0-100)", 2)
			}
			ctx, cancel := cliapp.SignalContext(c)
			defer cancel()
			pb, err := password(c, "bls")
			if err != nil {
				return err
			}
			blsKey, err := store(c).LoadBLS(c.String("key-name"), pb)
			if err != nil {
				return err
			}
			_, client, err := dialOperator(ctx, c)
			if err != nil {
				return err
			}
			defer client.Close()
			steps, err := client.Allocate(ctx, uint8(c.Uint("allocate")), blsKey)
			for _, st := range steps {
				fmt.Println("  " + st.String())
			}
			return err
		},
	}
}

// dialOperator reads the deployment and the operator key from the flags and connects.
func dialOperator(ctx context.Context, c *cli.Context) (target, *registration.Client, error) {
	t, err := loadTarget(c)
	if err != nil {
		return t, nil, err
	}
	key, err := operatorKey(c)
	if err != nil {
		return t, nil, err
	}
	client, err := registration.Dial(ctx, t.cfg, key, logs.Stderr(c.String("log-level"), true))
	return t, client, err
}
