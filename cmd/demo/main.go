// Command demo is the main job: a local devnet doing real work end to end. It starts the
// devnet, registers three operators with different stakes, starts the module store, the
// aggregator and the three operator nodes as separate processes, deploys an example WASM
// function to the store, submits tasks
// and prints their verified results with transaction hashes; then it keeps everything
// running until Ctrl-C (or exits right away with --once) and tears it all down.
// Every process logs to a file under the run directory.
package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/chain"
	"github.com/blockless/avs/deployment"
	"github.com/blockless/avs/devnet"
	"github.com/blockless/avs/operator/keys"
)

const demoPassword = "blockless-demo" // devnet keystores only

func main() {
	app := &cli.App{
		Name:  "demo",
		Usage: "run the whole system on a local devnet",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "run-dir", Value: "run/demo", Usage: "logs, keys, data and addresses (recreated)"},
			&cli.StringFlag{Name: "bin", Value: "bin", Usage: "folder with devnet, operator, aggregator, modstore, blockless"},
			&cli.StringFlag{Name: "explorer-addr", Value: "127.0.0.1:8088", Usage: "where the explorer serves (a free port when taken)"},
			&cli.StringFlag{Name: "function", Value: "build/functions/go/oracle.wasm", Usage: "module to deploy"},
			&cli.IntFlag{Name: "tasks", Value: 3, Usage: "tasks to submit"},
			&cli.DurationFlag{Name: "block-time", Usage: "devnet block interval (default: automine)"},
			&cli.BoolFlag{Name: "once", Usage: "exit after the tasks are answered instead of waiting for Ctrl-C"},
		},
		Action:         run,
		ExitErrHandler: func(*cli.Context, error) {},
	}
	if err := app.Run(os.Args); err != nil {
		fmt.Fprintln(os.Stderr, "demo:", err)
		os.Exit(1)
	}
}

type demo struct {
	dir, bin string
	procs    []*exec.Cmd
	env      []string
}

func run(c *cli.Context) error {
	ctx, stop := signal.NotifyContext(c.Context, syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	d := &demo{dir: c.String("run-dir"), bin: c.String("bin")}
	defer d.teardown()
	if err := os.RemoveAll(d.dir); err != nil {
		return err
	}
	for _, sub := range []string{"logs", "keys"} {
		if err := os.MkdirAll(filepath.Join(d.dir, sub), 0o700); err != nil {
			return err
		}
	}
	pwFile := filepath.Join(d.dir, "keys", "password")
	if err := os.WriteFile(pwFile, []byte(demoPassword), 0o600); err != nil {
		return err
	}
	keysDir := filepath.Join(d.dir, "keys")
	d.env = append(os.Environ(), "BLOCKLESS_KEYS_DIR="+keysDir, "BLOCKLESS_ECDSA_PASSWORD_FILE="+pwFile,
		"BLOCKLESS_BLS_PASSWORD_FILE="+pwFile, "BLOCKLESS_AGGREGATOR_PASSWORD="+demoPassword)

	step("starting devnet (anvil + EigenLayer core + this AVS)")
	args := []string{"up", "--dir", filepath.Join(d.dir, "devnet"), "--port", "0"}
	if bt := c.Duration("block-time"); bt > 0 {
		args = append(args, "--block-time", bt.String())
	}
	if err := d.start("devnet", args...); err != nil {
		return err
	}
	addrFile := filepath.Join(d.dir, "devnet", devnet.AddressesFile)
	addrs, err := waitAddresses(ctx, addrFile)
	if err != nil {
		return err
	}
	fmt.Printf("   rpc %s, TaskManager %s\n", addrs.RPCURL, addrs.AVS.TaskManager.Hex())

	step("creating keys for three operators and the aggregator")
	names := []string{"op1", "op2", "op3", "aggregator"}
	for _, n := range names {
		if _, err := d.runOut(ctx, "operator", "keys", "create", "--name", n, "--light-kdf"); err != nil {
			return err
		}
	}
	infos, err := keys.Store{Dir: keysDir}.List()
	if err != nil {
		return err
	}
	client, _, err := chain.Dial(ctx, addrs.RPCURL, addrs.ChainID)
	if err != nil {
		return err
	}
	defer client.Close()
	owner, err := crypto.HexToECDSA(devnet.DevKeyHex)
	if err != nil {
		return err
	}
	for _, i := range infos {
		if err := devnet.Fund(ctx, client, owner, new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18)), i.Address); err != nil {
			return err
		}
	}

	step("registering operators with EigenLayer and the AVS (stakes 10, 20, 30)")
	for i, n := range names[:3] {
		out, err := d.runOut(ctx, "operator", "register", "--name", n, "--addresses", addrFile,
			"--deposit", strconv.Itoa(10*(i+1)), "--mint", "--socket", "127.0.0.1:0")
		if err != nil {
			return err
		}
		fmt.Print(indent(out))
	}

	step("starting the module store")
	storePort, err := freePort()
	if err != nil {
		return err
	}
	storeTokens, storeToken, err := writeStoreTokens(keysDir)
	if err != nil {
		return err
	}
	storeURL := fmt.Sprintf("http://127.0.0.1:%d", storePort)
	if err := d.start("modstore", "serve", "--listen", fmt.Sprintf("127.0.0.1:%d", storePort),
		"--dir", filepath.Join(d.dir, "modstore"), "--tokens-file", storeTokens); err != nil {
		return err
	}
	if err := waitHTTP(ctx, storeURL+"/healthz"); err != nil {
		return fmt.Errorf("module store did not come up (see %s): %w", filepath.Join(d.dir, "logs", "modstore.log"), err)
	}

	step("starting the aggregator")
	aggPort, err := freePort()
	if err != nil {
		return err
	}
	aggURL := fmt.Sprintf("http://127.0.0.1:%d", aggPort)
	// --fetch-allow-private: zk functions' artifacts come from the module store on 127.0.0.1.
	if err := d.start("aggregator", "--addresses", addrFile, "--listen", fmt.Sprintf("127.0.0.1:%d", aggPort),
		"--data-dir", filepath.Join(d.dir, "aggregator"), "--ecdsa-keystore", filepath.Join(keysDir, "aggregator.ecdsa.json"),
		"--block-time", "1s", "--poll-interval", "250ms", "--fetch-allow-private"); err != nil {
		return err
	}
	if err := waitHTTP(ctx, aggURL+"/healthz"); err != nil {
		return fmt.Errorf("aggregator did not come up (see %s): %w", filepath.Join(d.dir, "logs", "aggregator.log"), err)
	}

	step("starting three operator nodes")
	// Operators refuse loopback and private sources by default (URIs come from
	// chain data); on the devnet the module store is on 127.0.0.1.
	opConfig := filepath.Join(d.dir, "operator.yaml")
	if err := os.WriteFile(opConfig, []byte("# devnet only: the module store is on loopback\nfetch:\n  allow_private: true\n"), 0o644); err != nil {
		return err
	}
	for _, n := range names[:3] {
		mp, _ := freePort()
		np, _ := freePort()
		if err := d.startNamed("operator-"+n, "operator", "run", "--config", opConfig, "--name", n, "--addresses", addrFile, "--aggregator-url", aggURL,
			"--data-dir", filepath.Join(d.dir, n), "--metrics-addr", fmt.Sprintf("127.0.0.1:%d", mp),
			"--node-api-addr", fmt.Sprintf("127.0.0.1:%d", np)); err != nil {
			return err
		}
	}

	step("starting the explorer")
	explorerAddr := c.String("explorer-addr")
	if l, err := net.Listen("tcp", explorerAddr); err == nil {
		l.Close()
	} else { // taken (another demo?): any free port
		p, err := freePort()
		if err != nil {
			return err
		}
		explorerAddr = fmt.Sprintf("127.0.0.1:%d", p)
	}
	if err := d.start("blockless", "explorer", "--addresses", addrFile, "--listen", explorerAddr); err != nil {
		return err
	}
	if err := waitHTTP(ctx, "http://"+explorerAddr+"/api/stats"); err != nil {
		return fmt.Errorf("explorer did not come up (see %s): %w", filepath.Join(d.dir, "logs", "blockless.log"), err)
	}
	fmt.Printf("   explorer: http://%s/ (tasks appear there live)\n", explorerAddr)

	step("deploying the example function " + c.String("function"))
	d.env = append(d.env, "BLOCKLESS_PRIVATE_KEY="+devnet.DevKeyHex, "BLOCKLESS_ADDRESSES="+addrFile)
	out, err := d.runOut(ctx, "blockless", "function", "deploy", "--store-url", storeURL,
		"--store-token-file", storeToken, c.String("function"))
	if err != nil {
		return err
	}
	fields := strings.Fields(out)
	if len(fields) < 2 || fields[0] != "function" {
		return fmt.Errorf("unexpected deploy output %q", out)
	}
	fnID := fields[1]
	fmt.Printf("   function %s\n", fnID)

	inputs := []string{
		"100250 coinbase\n100300 kraken\n100190 binance\n",
		"4200 feedA\n4210 feedB\n4190 feedC\n9999999 broken-feed\n",
		"31337 only-one\n",
		"1 a\n2 b\n3 c\n4 d\n1000000 outlier\n",
	}
	for i := 0; i < c.Int("tasks"); i++ {
		in := inputs[i%len(inputs)]
		step(fmt.Sprintf("task %d: median of %q", i+1, strings.ReplaceAll(strings.TrimSpace(in), "\n", " | ")))
		stdout, stderr, err := d.runIO(ctx, in, "blockless", "task", "submit", "--function", fnID, "--input", "-", "--wait", "--window", "50",
			"--aggregator-url", aggURL)
		if err != nil {
			return fmt.Errorf("%w\n%s", err, stderr)
		}
		fmt.Print(indent(stderr))
		fmt.Printf("   verified output: %s", stdout)
	}

	if err := explorerShows(ctx, "http://"+explorerAddr, c.Int("tasks")); err != nil {
		return err
	}

	if err := d.payRewards(ctx, client, addrs, addrFile); err != nil {
		return err
	}

	fmt.Printf("\nall tasks answered on chain. logs: %s\n", filepath.Join(d.dir, "logs"))
	if c.Bool("once") {
		return nil
	}
	fmt.Println("running; Ctrl-C stops everything")
	<-ctx.Done()
	return nil
}

// payRewards closes the fee loop: the devnet clock jumps to the end of the rewards epoch the
// tasks were paid in (a week of EigenLayer's calculation interval), the epoch's fees go to the
// operators through the RewardsCoordinator, the devnet's rewards updater posts the root, and an
// operator claims.
func (d *demo) payRewards(ctx context.Context, client *ethclient.Client, addrs *deployment.Addresses, addrFile string) error {
	step("paying the epoch's fees to the operators who signed (EigenLayer RewardsCoordinator)")
	tm, err := taskmanager.NewTaskManager(addrs.AVS.TaskManager, client)
	if err != nil {
		return err
	}
	seconds, err := tm.REWARDSEPOCHSECONDS(&bind.CallOpts{Context: ctx})
	if err != nil {
		return fmt.Errorf("rewards epoch length: %w", err)
	}
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	end := (head.Time/uint64(seconds) + 1) * uint64(seconds)
	fmt.Printf("   devnet clock: jumping to the end of the epoch (%s)\n", time.Unix(int64(end), 0).UTC().Format(time.RFC3339))
	if err := client.Client().CallContext(ctx, nil, "evm_setNextBlockTimestamp", end+1); err != nil {
		return fmt.Errorf("set the devnet clock: %w", err)
	}
	if err := client.Client().CallContext(ctx, nil, "evm_mine"); err != nil {
		return fmt.Errorf("mine: %w", err)
	}
	distribution := filepath.Join(d.dir, "rewards-distribution.json")
	for _, args := range [][]string{
		{"blockless", "rewards", "submit"},
		{"blockless", "rewards", "post-root", "--out", distribution},
		{"operator", "rewards", "claim", "--name", "op3", "--addresses", addrFile, "--distribution", distribution},
		{"operator", "status", "--name", "op3", "--addresses", addrFile, "--distribution", distribution},
	} {
		out, err := d.runOut(ctx, args[0], args[1:]...)
		if err != nil {
			return err
		}
		fmt.Print(indent(out))
	}
	return nil
}

// writeStoreTokens creates a fresh upload token for the module store: the
// store's token list (name:token, its --tokens-file) and the uploader's own
// token file.
func writeStoreTokens(dir string) (tokensFile, tokenFile string, err error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", "", fmt.Errorf("store token: %w", err)
	}
	tok := hex.EncodeToString(b)
	tokensFile, tokenFile = filepath.Join(dir, "store-tokens"), filepath.Join(dir, "store-token")
	if err := os.WriteFile(tokensFile, []byte("# module store uploaders (name:token)\ndemo:"+tok+"\n"), 0o600); err != nil {
		return "", "", fmt.Errorf("store tokens: %w", err)
	}
	if err := os.WriteFile(tokenFile, []byte(tok+"\n"), 0o600); err != nil {
		return "", "", fmt.Errorf("store token: %w", err)
	}
	return tokensFile, tokenFile, nil
}

func step(s string) { fmt.Printf("==> %s\n", s) }

func indent(s string) string {
	var b strings.Builder
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		b.WriteString("   " + sc.Text() + "\n")
	}
	return b.String()
}

func (d *demo) start(name string, args ...string) error { return d.startNamed(name, name, args...) }

// startNamed starts bin/<binary> in the background with its output in logs/<name>.log.
func (d *demo) startNamed(name, binary string, args ...string) error {
	logf, err := os.Create(filepath.Join(d.dir, "logs", name+".log"))
	if err != nil {
		return err
	}
	cmd := exec.Command(filepath.Join(d.bin, binary), args...)
	cmd.Env = d.env
	cmd.Stdout, cmd.Stderr = logf, logf
	// Children die with the demo even if it is killed without a chance to clean up.
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGTERM, Setpgid: true}
	if err := cmd.Start(); err != nil {
		logf.Close()
		return fmt.Errorf("start %s: %w", name, err)
	}
	logf.Close()
	d.procs = append(d.procs, cmd)
	return nil
}

// runOut runs a command to completion and returns its stdout.
func (d *demo) runOut(ctx context.Context, binary string, args ...string) (string, error) {
	out, errOut, err := d.runIO(ctx, "", binary, args...)
	if err != nil {
		return out, fmt.Errorf("%s %s: %w\n%s", binary, strings.Join(args, " "), err, errOut)
	}
	return out, nil
}

func (d *demo) runIO(ctx context.Context, stdin, binary string, args ...string) (string, string, error) {
	cmd := exec.CommandContext(ctx, filepath.Join(d.bin, binary), args...)
	cmd.Env = d.env
	var out, errOut bytes.Buffer
	cmd.Stdin = strings.NewReader(stdin)
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	return out.String(), errOut.String(), err
}

// teardown stops the background processes, newest first, and waits for them.
func (d *demo) teardown() {
	for i := len(d.procs) - 1; i >= 0; i-- {
		p := d.procs[i]
		_ = syscall.Kill(-p.Process.Pid, syscall.SIGTERM)
		done := make(chan struct{})
		go func() { _ = p.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			_ = syscall.Kill(-p.Process.Pid, syscall.SIGKILL)
			<-done
		}
	}
}

func waitAddresses(ctx context.Context, file string) (*deployment.Addresses, error) {
	deadline := time.Now().Add(5 * time.Minute)
	for time.Now().Before(deadline) {
		if a, err := deployment.LoadAddresses(file); err == nil && devnet.Alive(ctx, a) {
			return a, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
	return nil, errors.New("devnet did not come up within 5 minutes (see logs/devnet.log)")
}

func waitHTTP(ctx context.Context, url string) error {
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		if resp, err := http.DefaultClient.Do(req); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(300 * time.Millisecond):
		}
	}
	return fmt.Errorf("%s not ready", url)
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// explorerShows waits until the explorer lists n answered tasks: the page a user opens shows
// what the chain holds.
func explorerShows(ctx context.Context, base string, n int) error {
	deadline := time.Now().Add(30 * time.Second)
	answered := -1
	for time.Now().Before(deadline) {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+"/api/stats", nil)
		if resp, err := http.DefaultClient.Do(req); err == nil {
			var st struct {
				Answered int `json:"answered"`
			}
			err = json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&st)
			resp.Body.Close()
			if err == nil {
				answered = st.Answered
				if answered >= n {
					fmt.Printf("   explorer lists %d answered tasks: %s/\n", answered, base)
					return nil
				}
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
	return fmt.Errorf("explorer at %s lists %d answered tasks after 30 s, want %d", base, answered, n)
}
