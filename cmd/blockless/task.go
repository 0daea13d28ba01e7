package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/chain"
	"github.com/blockless/avs/cmd/internal/chainflags"
	"github.com/blockless/avs/internal/backoff"
	"github.com/blockless/avs/internal/progress"
	"github.com/blockless/avs/protocol/onchain"
	"github.com/blockless/avs/requester"
	"github.com/blockless/avs/sealed"
)

func taskCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "task",
		Usage: "submit tasks and read their verified results",
		Subcommands: []*cli.Command{
			{
				Name:  "submit",
				Usage: "ask for a function to run on an input; with --wait, print the verified output",
				Flags: append(chainFlags(),
					&cli.Uint64Flag{Name: "function", Required: true, Usage: "function id"},
					&cli.StringFlag{Name: "input", Value: "-", Usage: "input file, - for stdin"},
					&cli.UintFlag{Name: "threshold", Value: 66, Usage: "stake percentage that must sign"},
					&cli.UintFlag{Name: "window", Value: 100, Usage: "response window, blocks"},
					&cli.StringFlag{Name: "fee", Value: "0", Usage: "deposit in wei; less than the quote (max(base fee, minTaskFee) + fuel limit × fuel price) pays the quote, unused fuel is refunded on the answer"},
					&cli.BoolFlag{Name: "wait", Usage: "wait for the verified result and print its output"},
					&cli.DurationFlag{Name: "wait-timeout", Value: 5 * time.Minute},
					&cli.BoolFlag{Name: "seal", Usage: "seal the input to the operators: only those running the task can read it (needs --key-file)"},
					&cli.BoolFlag{Name: "seal-response", Usage: "with --seal: the operators encrypt the output to the input's key"},
					&cli.StringFlag{Name: "key-file", Usage: "with --seal: where the input's key is written (0600); it opens a sealed response (task get --key-file)"},
					&cli.StringFlag{Name: "aggregator-url", EnvVars: []string{"BLOCKLESS_AGGREGATOR_URL"}, Usage: "with --wait: show the signatures the aggregator collects (its GET /v1/tasks/{id}; the result itself is read from the chain)"},
					&cli.IntFlag{Name: "seal-threshold", Usage: "with --seal: operators needed to open it (default: a majority of quorum 0)"},
				),
				Action: func(c *cli.Context) error {
					var input []byte
					var err error
					if c.String("input") == "-" {
						input, err = io.ReadAll(io.LimitReader(e.stdin, 64<<10+1))
					} else {
						input, err = os.ReadFile(c.String("input"))
					}
					if err != nil {
						return fmt.Errorf("read input: %w", err)
					}
					fee, ok := new(big.Int).SetString(c.String("fee"), 10)
					if !ok || fee.Sign() < 0 {
						return fmt.Errorf("--fee %q is not an amount of wei", c.String("fee"))
					}
					ctx, cancel := context.WithTimeout(c.Context, c.Duration("wait-timeout")+time.Minute)
					defer cancel()
					cl, err := dialRequester(ctx, c, true)
					if err != nil {
						return err
					}
					defer cl.Close()
					var key *sealed.Key
					if input, key, err = sealInput(ctx, c, input); err != nil {
						return err
					}
					// Stages on stderr (a live line on a terminal); stdout stays the task id or the output.
					line := progress.New(e.stderr, "")
					defer line.Done("")
					line.Stage("creating a task of function %d (%d bytes of input)", c.Uint64("function"), len(input))
					created, err := cl.CreateTask(ctx, taskmanager.ITaskManagerTaskRequest{
						FunctionId: c.Uint64("function"), Input: input, QuorumNumbers: []byte{0},
						QuorumThresholdPercentage: uint8(c.Uint("threshold")), ResponseWindowBlocks: uint32(c.Uint("window")),
					}, fee)
					if err != nil {
						return err
					}
					line.Stage("task %d created in tx %s (block %d), deposit %s wei, environment %x",
						created.ID, created.TxHash.Hex(), created.Block, created.Task.Fee, created.Task.Environment)
					if !c.Bool("wait") {
						line.Done("")
						fmt.Fprintf(e.stdout, "%d\n", created.ID)
						return nil
					}
					wctx, wcancel := context.WithTimeout(ctx, c.Duration("wait-timeout"))
					defer wcancel()
					line.Stage("task %d: waiting for the operators' signatures and the certificate (deadline block %d)", created.ID, created.Task.DeadlineBlock)
					stopHead := watchHead(wctx, cl, line, created.Block, uint64(created.Task.DeadlineBlock))
					stopAgg := watchAggregator(wctx, c.String("aggregator-url"), created.ID, line)
					res, err := cl.Wait(wctx, created.ID, 500*time.Millisecond)
					stopAgg()
					stopHead()
					if err != nil {
						return err
					}
					line.Done("")
					if key != nil && c.Bool("seal-response") {
						if err := openResponse(&res, *key); err != nil {
							return err
						}
					}
					return e.printResult(created.ID, res)
				},
			},
			{
				Name:      "get",
				Usage:     "print a task's state and, once answered, its verified output",
				ArgsUsage: "TASK_ID",
				Flags:     append(chainFlags(), &cli.StringFlag{Name: "key-file", Usage: "open a sealed response with this input key (task submit --seal-response)"}),
				Action: func(c *cli.Context) error {
					id, err := strconv.ParseUint(c.Args().First(), 10, 32)
					if err != nil {
						return cli.Exit("usage: blockless task get TASK_ID", 2)
					}
					cl, err := dialRequester(c.Context, c, false)
					if err != nil {
						return err
					}
					defer cl.Close()
					res, err := cl.Get(c.Context, uint32(id))
					if err != nil {
						return err
					}
					if f := c.String("key-file"); f != "" {
						key, err := readKeyFile(f)
						if err != nil {
							return err
						}
						if err := openResponse(&res, key); err != nil {
							return err
						}
					}
					return e.printResult(uint32(id), res)
				},
			},
		},
	}
}

// printResult writes the output bytes to stdout and the facts about them to stderr, so
// `blockless task submit --wait > out.bin` captures exactly the function's output.
func (e *env) printResult(id uint32, r requester.Result) error {
	if r.Response != nil {
		fmt.Fprintf(e.stderr, "task %d: %s in block %d\n", id, r.State, r.Block)
	} else {
		fmt.Fprintf(e.stderr, "task %d: %s\n", id, r.State)
	}
	if r.Response == nil {
		if r.State == onchain.TaskExpired {
			e.exitCode = 3
		}
		return nil
	}
	fmt.Fprintf(e.stderr, "status %d, fuel used %d, output keccak256 %x, %d bytes inline\nverified in tx %s (block %d), certificate digest %s\n",
		r.Response.Status, r.Response.FuelUsed, r.Response.OutputDigest, len(r.Response.Output), r.TxHash.Hex(), r.Block, r.ResponseDigest.Hex())
	if r.Response.TranscriptDigest != ([32]byte{}) {
		fmt.Fprintf(e.stderr, "computed on the agreed HTTP transcript %x (blockless replay %d re-runs it)\n", r.Response.TranscriptDigest, id)
	}
	_, err := e.stdout.Write(r.Response.Output)
	return err
}

// watchHead shows, on a terminal, the chain's head against a waiting task's deadline: the
// aggregator's view of the signatures is not reachable from this command's flags, the chain is.
// Not on a terminal it does nothing (no per-tick output). The returned func stops it.
func watchHead(ctx context.Context, cl *requester.Client, line *progress.Line, created, deadline uint64) (stop func()) {
	if !line.Live() {
		return func() {}
	}
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			if head, err := cl.BlockNumber(ctx); err == nil {
				if head > deadline {
					line.Status("block %d, past the deadline: waiting for the task to be expired", head)
				} else {
					line.Status("block %d, %d to go", head, deadline-head)
				}
				if deadline > created {
					line.Update(int64(min(max(head, created), deadline)-created), int64(deadline-created))
				}
			}
			if !backoff.Sleep(ctx, time.Second) {
				return
			}
		}
	}()
	return func() { cancel(); <-done }
}

// sealInput seals a task's input when --seal asks for it, writing its key to --key-file.
func sealInput(ctx context.Context, c *cli.Context, input []byte) ([]byte, *sealed.Key, error) {
	if !c.Bool("seal") {
		if c.Bool("seal-response") || c.IsSet("key-file") {
			return nil, nil, errors.New("--seal-response and --key-file need --seal")
		}
		return input, nil, nil
	}
	if c.String("key-file") == "" {
		return nil, nil, errors.New("--seal needs --key-file, where the input's key is kept")
	}
	d, err := readDeployment(c, chainflags.TaskManagerName)
	if err != nil {
		return nil, nil, err
	}
	account, err := loadKey(c)
	if err != nil {
		return nil, nil, err
	}
	client, chainID, err := chain.Dial(ctx, d.RPCURL, d.ChainID)
	if err != nil {
		return nil, nil, err
	}
	defer client.Close()
	// Bound to this function and this requester: resubmitted by anyone else, or to another
	// function, the operators refuse to open it.
	binding := sealed.InputBinding(chainID, d.TaskManager, c.Uint64("function"), crypto.PubkeyToAddress(account.PublicKey))
	var flags uint8
	if c.Bool("seal-response") {
		flags = sealed.FlagEncryptResponse
	}
	env, key, _, err := sealToOperators(ctx, client, d, sealed.KindInput, flags, binding, input, c.Int("seal-threshold"))
	if err != nil {
		return nil, nil, err
	}
	raw, err := env.MarshalBinary()
	if err != nil {
		return nil, nil, err
	}
	if err := writeKeyFile(c.String("key-file"), key); err != nil {
		return nil, nil, err
	}
	return raw, &key, nil
}

// openResponse replaces a sealed response's output with its plaintext.
func openResponse(res *requester.Result, key sealed.Key) error {
	if res.Response == nil {
		return nil
	}
	out, err := sealed.OpenResponse(key, res.TaskHash, res.Response.Output)
	if err != nil {
		return fmt.Errorf("open the sealed response: %w", err)
	}
	res.Response.Output = out
	return nil
}

// aggregatorView is the part of the aggregator's GET /v1/tasks/{id} the progress line shows.
type aggregatorView struct {
	State      string `json:"state"`
	Phase      string `json:"phase"`
	Signatures int    `json:"signatures"`
}

// watchAggregator reports, as stages, each change in the signatures the aggregator at base has
// collected for task id and its phase (collecting, submitting, ...). The aggregator is only
// informative here: the answer is read from the chain. base "" does nothing.
func watchAggregator(ctx context.Context, base string, id uint32, line *progress.Line) (stop func()) {
	if base == "" {
		return func() {}
	}
	url := strings.TrimRight(base, "/") + "/v1/tasks/" + strconv.FormatUint(uint64(id), 10)
	client := &http.Client{Timeout: 5 * time.Second}
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		var last aggregatorView
		for {
			if v, err := readAggregatorView(ctx, client, url); err == nil && v != last && v.State == "pending" {
				if v.Phase == "" {
					v.Phase = "collecting"
				}
				line.Stage("task %d: %d signature(s) collected by the aggregator (%s)", id, v.Signatures, v.Phase)
				last = v
			}
			if !backoff.Sleep(ctx, 500*time.Millisecond) {
				return
			}
		}
	}()
	return func() { cancel(); <-done }
}

func readAggregatorView(ctx context.Context, client *http.Client, url string) (aggregatorView, error) {
	var v aggregatorView
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return v, err
	}
	resp, err := client.Do(req)
	if err != nil {
		return v, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return v, fmt.Errorf("aggregator: %s", resp.Status)
	}
	err = json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&v)
	return v, err
}
