package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/blockless/avs/bindings/triggerregistry"
	"github.com/blockless/avs/cmd/internal/chainflags"
	"github.com/blockless/avs/deployment"
	"github.com/blockless/avs/trigger"
)

// triggerFlags are chainFlags plus the registry's address (else from the addresses file).
func triggerFlags(extra ...cli.Flag) []cli.Flag {
	return append(append(chainFlags(), chainflags.TriggerRegistry()), extra...)
}

// triggerConn is a connection to the trigger registry.
type triggerConn struct {
	*registryConn
	reg   *triggerregistry.TriggerRegistry
	chain *trigger.ChainRegistry
}

func dialTriggers(ctx context.Context, c *cli.Context, needKey bool) (*triggerConn, error) {
	rc, err := dialRegistry(ctx, c, chainflags.TriggerRegistryName, "trigger registry",
		func(d deployment.Deployment) common.Address { return d.TriggerRegistry }, triggerregistry.TriggerRegistryMetaData, needKey)
	if err != nil {
		return nil, err
	}
	conn := &triggerConn{registryConn: rc}
	if conn.reg, err = triggerregistry.NewTriggerRegistry(rc.d.TriggerRegistry, rc.client); err != nil {
		rc.client.Close()
		return nil, fmt.Errorf("bind trigger registry: %w", err)
	}
	if conn.chain, err = trigger.NewChainRegistry(rc.client, rc.d.TriggerRegistry, rc.key, rc.chainID); err != nil {
		rc.client.Close()
		return nil, err
	}
	return conn, nil
}

func triggerCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "trigger",
		Usage: "automation: tasks created on a schedule or on contract events, prepaid (docs/triggers.md)",
		Subcommands: []*cli.Command{
			triggerCreateCommand(e),
			{
				Name:  "list",
				Usage: "list triggers: schedule, balance, firings",
				Flags: triggerFlags(&cli.StringFlag{Name: "owner", Usage: "only this owner's triggers"}, &cli.BoolFlag{Name: "all", Usage: "include cancelled triggers"}),
				Action: func(c *cli.Context) error {
					conn, err := dialTriggers(c.Context, c, false)
					if err != nil {
						return err
					}
					defer conn.client.Close()
					ids, err := conn.chain.TriggerIDs(c.Context)
					if err != nil {
						return err
					}
					fmt.Fprintln(e.stdout, "ID\tOWNER\tSCHEDULE\tFUNCTION\tFEE\tBALANCE\tFIRINGS\tSTATE")
					for _, id := range ids {
						raw, err := conn.reg.GetTrigger(&bind.CallOpts{Context: c.Context}, id)
						if err != nil {
							return fmt.Errorf("trigger %d: %w", id, err)
						}
						t := trigger.FromBinding(id, raw)
						if o := c.String("owner"); o != "" && !strings.EqualFold(o, t.Owner.Hex()) {
							continue
						}
						if t.Cancelled && !c.Bool("all") {
							continue
						}
						fmt.Fprintf(e.stdout, "%d\t%s\t%s\t%d\t%s\t%s\t%s\t%s\n", id, t.Owner.Hex(), describeSchedule(t),
							raw.Spec.Task.FunctionId, t.Fee, t.Balance, firings(t), triggerState(t))
					}
					return nil
				},
			},
			{
				Name:      "fund",
				Usage:     "add wei to a trigger's balance (anyone may)",
				ArgsUsage: "ID",
				Flags:     triggerFlags(&cli.StringFlag{Name: "amount", Required: true, Usage: "wei to add"}),
				Action: func(c *cli.Context) error {
					id, err := strconv.ParseUint(c.Args().First(), 10, 64)
					if err != nil {
						return cli.Exit("usage: blockless trigger fund ID --amount WEI", 2)
					}
					amount, err := weiFlag(c, "amount")
					if err != nil {
						return err
					}
					conn, err := dialTriggers(c.Context, c, true)
					if err != nil {
						return err
					}
					defer conn.client.Close()
					if _, err := conn.send(c.Context, "fund trigger", amount, func(o *bind.TransactOpts) (*types.Transaction, error) {
						return conn.reg.Fund(o, id)
					}); err != nil {
						return err
					}
					fmt.Fprintf(e.stderr, "trigger %d funded with %s wei\n", id, amount)
					return nil
				},
			},
			{
				Name:      "cancel",
				Usage:     "stop a trigger for good; its balance is credited to the owner (then: blockless trigger withdraw)",
				ArgsUsage: "ID",
				Flags:     triggerFlags(&cli.BoolFlag{Name: "withdraw", Value: true, Usage: "also withdraw the owner's credit"}),
				Action: func(c *cli.Context) error {
					id, err := strconv.ParseUint(c.Args().First(), 10, 64)
					if err != nil {
						return cli.Exit("usage: blockless trigger cancel ID", 2)
					}
					conn, err := dialTriggers(c.Context, c, true)
					if err != nil {
						return err
					}
					defer conn.client.Close()
					if _, err := conn.send(c.Context, "cancel trigger", nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
						return conn.reg.Cancel(o, id)
					}); err != nil {
						return err
					}
					fmt.Fprintf(e.stderr, "trigger %d cancelled\n", id)
					if !c.Bool("withdraw") {
						return nil
					}
					return withdrawCredit(c.Context, e, conn)
				},
			},
			{
				Name:  "withdraw",
				Usage: "withdraw the wei the registry credits you (cancelled balances, refunds)",
				Flags: triggerFlags(),
				Action: func(c *cli.Context) error {
					conn, err := dialTriggers(c.Context, c, true)
					if err != nil {
						return err
					}
					defer conn.client.Close()
					return withdrawCredit(c.Context, e, conn)
				},
			},
			{
				Name: "serve",
				Usage: "fire due triggers until stopped: the aggregator runs this service; any operator may run it " +
					"too (failover): a firing happens at most once whoever sends it",
				Flags: triggerFlags(&cli.DurationFlag{Name: "interval", Value: 2 * time.Second, Usage: "time between checks"},
					&cli.Uint64Flag{Name: "confirmations", Value: 1, Usage: "blocks an event's log must be deep before it fires"}),
				Action: func(c *cli.Context) error {
					conn, err := dialTriggers(c.Context, c, true)
					if err != nil {
						return err
					}
					defer conn.client.Close()
					s := trigger.New(conn.chain, trigger.Config{Interval: c.Duration("interval"), Confirmations: c.Uint64("confirmations")}, e.log)
					e.log.Info().Str("registry", conn.d.TriggerRegistry.Hex()).Str("sender", conn.chain.Sender().Hex()).Msg("trigger service started")
					return s.Run(c.Context)
				},
			},
		},
	}
}

func withdrawCredit(ctx context.Context, e *env, conn *triggerConn) error {
	owner := crypto.PubkeyToAddress(conn.key.PublicKey)
	credit, err := conn.reg.Credits(&bind.CallOpts{Context: ctx}, owner)
	if err != nil {
		return fmt.Errorf("read credit: %w", err)
	}
	if credit.Sign() == 0 {
		fmt.Fprintln(e.stderr, "nothing to withdraw")
		return nil
	}
	if _, err := conn.send(ctx, "withdraw", nil, conn.reg.Withdraw); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "withdrew %s wei to %s\n", credit, owner.Hex())
	return nil
}

func triggerCreateCommand(e *env) *cli.Command {
	return &cli.Command{
		Name: "create",
		Usage: "create a trigger: every --every (>= 30s) or --every-blocks N, or on each log of --on-event EMITTER:TOPIC0; " +
			"prints its id",
		Flags: triggerFlags(
			&cli.Uint64Flag{Name: "function", Required: true, Usage: "function id each firing runs"},
			&cli.StringFlag{Name: "input", Usage: "input file (- for stdin); each firing appends its id, index and time (docs/triggers.md)"},
			&cli.DurationFlag{Name: "every", Usage: "time schedule: the period (at least 30s)"},
			&cli.Uint64Flag{Name: "every-blocks", Usage: "block schedule: the period in blocks"},
			&cli.Uint64Flag{Name: "start", Usage: "first firing: unix time (--every) or block (--every-blocks); 0 = now"},
			&cli.StringFlag{Name: "on-event", Usage: "event trigger: EMITTER:TOPIC0 (addresses and 32-byte hex)"},
			&cli.StringFlag{Name: "service", Usage: "event triggers: the address that may fire besides the owner (the aggregator's)"},
			&cli.StringFlag{Name: "fund", Required: true, Usage: "prepaid wei; firings stop cleanly when it runs out (blockless trigger fund)"},
			&cli.StringFlag{Name: "fee", Value: "0", Usage: "wei per firing; below the function's quote pays the quote"},
			&cli.Uint64Flag{Name: "max-firings", Usage: "stop after this many firings (0: no limit)"},
			&cli.UintFlag{Name: "threshold", Value: 66, Usage: "stake percentage that must sign each task"},
			&cli.UintFlag{Name: "window", Value: 100, Usage: "response window of each task, blocks"},
			&cli.StringFlag{Name: "callback", Usage: "ITaskConsumer called with each result"},
			&cli.UintFlag{Name: "callback-gas", Value: 200_000, Usage: "gas for the callback"},
		),
		Action: func(c *cli.Context) error {
			spec, err := triggerSpecFromFlags(c, e.stdin)
			if err != nil {
				return err
			}
			fund, err := weiFlag(c, "fund")
			if err != nil {
				return err
			}
			feeFloor, err := weiFlag(c, "fee")
			if err != nil {
				return err
			}
			ctx := c.Context
			rq, err := dialRequester(ctx, c, false)
			if err != nil {
				return err
			}
			quote, err := rq.Quote(ctx, spec.Task.FunctionId)
			rq.Close()
			if err != nil {
				return err
			}
			spec.FeePerTask = quote
			if feeFloor.Cmp(quote) > 0 {
				spec.FeePerTask = feeFloor
			}
			conn, err := dialTriggers(ctx, c, true)
			if err != nil {
				return err
			}
			defer conn.client.Close()
			receipt, err := conn.send(ctx, "create trigger", fund, func(o *bind.TransactOpts) (*types.Transaction, error) {
				return conn.reg.CreateTrigger(o, spec)
			})
			if err != nil {
				return err
			}
			var id uint64
			for _, l := range receipt.Logs {
				if ev, err := conn.reg.ParseTriggerCreated(*l); err == nil {
					id = ev.Id
				}
			}
			if id == 0 {
				return errors.New("create trigger: no TriggerCreated event in the receipt")
			}
			if svc := c.String("service"); svc != "" {
				if _, err := conn.send(ctx, "set service", nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
					return conn.reg.SetService(o, id, common.HexToAddress(svc))
				}); err != nil {
					return err
				}
			}
			fmt.Fprintf(e.stderr, "trigger %d created in tx %s: %s wei per firing, %s wei prepaid\n", id,
				receipt.TxHash.Hex(), spec.FeePerTask, fund)
			fmt.Fprintf(e.stdout, "%d\n", id)
			return nil
		},
	}
}

// triggerSpecFromFlags checks the schedule flags (exactly one kind) and reads the input.
func triggerSpecFromFlags(c *cli.Context, stdin io.Reader) (triggerregistry.TriggerRegistryTriggerSpec, error) {
	var spec triggerregistry.TriggerRegistryTriggerSpec
	kinds := 0
	for _, f := range []string{"every", "every-blocks", "on-event"} {
		if c.IsSet(f) {
			kinds++
		}
	}
	if kinds != 1 {
		return spec, cli.Exit("give exactly one of --every, --every-blocks and --on-event", 2)
	}
	s := &spec.Schedule
	switch {
	case c.IsSet("every"):
		p := c.Duration("every")
		if p < 30*time.Second || p%time.Second != 0 {
			return spec, cli.Exit("--every: whole seconds, at least 30s", 2)
		}
		s.Kind, s.Period, s.Start = uint8(trigger.KindTime), uint64(p/time.Second), c.Uint64("start")
	case c.IsSet("every-blocks"):
		if c.Uint64("every-blocks") == 0 {
			return spec, cli.Exit("--every-blocks: at least 1", 2)
		}
		s.Kind, s.Period, s.Start = uint8(trigger.KindBlocks), c.Uint64("every-blocks"), c.Uint64("start")
	default:
		emitter, topic, ok := strings.Cut(c.String("on-event"), ":")
		if !ok || !common.IsHexAddress(emitter) || len(strings.TrimPrefix(topic, "0x")) != 64 {
			return spec, cli.Exit("--on-event: EMITTER:TOPIC0, an address and a 32-byte hex topic", 2)
		}
		if c.IsSet("start") {
			return spec, cli.Exit("--start applies to --every and --every-blocks", 2)
		}
		s.Kind, s.Emitter, s.Topic0 = uint8(trigger.KindEvent), common.HexToAddress(emitter), common.HexToHash(topic)
	}
	if svc := c.String("service"); svc != "" && (!common.IsHexAddress(svc) || s.Kind != uint8(trigger.KindEvent)) {
		return spec, cli.Exit("--service: an address, for --on-event triggers", 2)
	}
	var input []byte
	var err error
	switch f := c.String("input"); f {
	case "":
	case "-":
		input, err = io.ReadAll(io.LimitReader(stdin, 64<<10+1))
	default:
		input, err = os.ReadFile(f)
	}
	if err != nil {
		return spec, fmt.Errorf("read input: %w", err)
	}
	spec.Task = triggerregistry.TriggerRegistryTaskTemplate{FunctionId: c.Uint64("function"), Input: input, QuorumNumbers: []byte{0},
		QuorumThresholdPercentage: uint8(c.Uint("threshold")), ResponseWindowBlocks: uint32(c.Uint("window"))}
	if cb := c.String("callback"); cb != "" {
		if !common.IsHexAddress(cb) {
			return spec, cli.Exit("--callback: not an address", 2)
		}
		spec.Task.Callback, spec.Task.CallbackGasLimit = common.HexToAddress(cb), uint32(c.Uint("callback-gas"))
	}
	spec.MaxFirings = c.Uint64("max-firings")
	return spec, nil
}

func describeSchedule(t trigger.Trigger) string {
	switch t.Kind {
	case trigger.KindTime:
		return fmt.Sprintf("every %ds from %s", t.Period, time.Unix(int64(t.Start), 0).UTC().Format(time.RFC3339))
	case trigger.KindBlocks:
		return fmt.Sprintf("every %d blocks from %d", t.Period, t.Start)
	}
	return fmt.Sprintf("on %s topic %s", t.Emitter.Hex(), t.Topic0.Hex())
}

func firings(t trigger.Trigger) string {
	if t.MaxFirings == 0 {
		return strconv.FormatUint(t.Firings, 10)
	}
	return fmt.Sprintf("%d/%d", t.Firings, t.MaxFirings)
}

func triggerState(t trigger.Trigger) string {
	switch {
	case t.Cancelled:
		return "cancelled"
	case t.MaxFirings != 0 && t.Firings >= t.MaxFirings:
		return "done"
	case t.Balance.Cmp(t.Fee) < 0:
		return "out-of-funds"
	}
	return "active"
}
