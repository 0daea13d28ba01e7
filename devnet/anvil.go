package devnet

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
)

// RepoRoot finds the project root (the folder with go.mod and package.json) from dir upwards.
func RepoRoot(dir string) (string, error) {
	d, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		if fileExists(filepath.Join(d, "go.mod")) && fileExists(filepath.Join(d, "package.json")) {
			return d, nil
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", fmt.Errorf("no project root (go.mod + package.json) above %s", dir)
		}
		d = parent
	}
}

// AnvilPath is where npm ci puts anvil.
func AnvilPath(root string) string {
	return filepath.Join(root, "node_modules", "@foundry-rs", "anvil-linux-amd64", "bin", "anvil")
}

// EigenSDKDir is the eigensdk-go module folder, whose contracts/anvil state holds EigenLayer core.
func EigenSDKDir(ctx context.Context, root string) (string, error) {
	cmd := exec.CommandContext(ctx, "go", "list", "-m", "-f", "{{.Dir}}", "github.com/Layr-Labs/eigensdk-go")
	cmd.Dir = root
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("locate eigensdk-go module (go mod download?): %w", err)
	}
	dir := strings.TrimSpace(string(out))
	if dir == "" {
		return "", errors.New("locate eigensdk-go module: not downloaded (run go mod download)")
	}
	return dir, nil
}

// PrepareState rewrites eigensdk-go's anvil state so anvil 1.x loads it: the old block and
// transaction lists are dropped and the chain restarts at block 0 (accounts and storage stay).
func PrepareState(src, dst string) error {
	raw, err := os.ReadFile(src)
	if err != nil {
		return fmt.Errorf("read anvil state: %w", err)
	}
	var state map[string]json.RawMessage
	if err := json.Unmarshal(raw, &state); err != nil {
		return fmt.Errorf("parse anvil state: %w", err)
	}
	delete(state, "blocks")
	delete(state, "transactions")
	state["best_block_number"] = json.RawMessage(`"0x0"`)
	var block map[string]json.RawMessage
	if err := json.Unmarshal(state["block"], &block); err != nil {
		return fmt.Errorf("parse anvil state block: %w", err)
	}
	block["number"] = json.RawMessage(`"0x0"`)
	if state["block"], err = json.Marshal(block); err != nil {
		return fmt.Errorf("encode block: %w", err)
	}
	out, err := json.Marshal(state)
	if err != nil {
		return fmt.Errorf("encode anvil state: %w", err)
	}
	if err := os.WriteFile(dst, out, 0o644); err != nil {
		return fmt.Errorf("write anvil state: %w", err)
	}
	return nil
}

// Anvil is a running anvil process.
type Anvil struct {
	Port   int
	RPCURL string
	WSURL  string
	cmd    *exec.Cmd
	done   chan error
}

// AnvilOptions configures StartAnvil.
type AnvilOptions struct {
	Binary    string
	StateFile string        // a prepared state to load
	Port      int           // 0 picks a free loopback port
	BlockTime time.Duration // 0 = automine
	LogFile   string        // anvil's output; empty discards it
}

// StartAnvil starts anvil on loopback and waits until it answers.
func StartAnvil(ctx context.Context, o AnvilOptions) (*Anvil, error) {
	if !fileExists(o.Binary) {
		return nil, fmt.Errorf("anvil not found at %s (run npm ci)", o.Binary)
	}
	port := o.Port
	if port == 0 {
		p, err := freePort()
		if err != nil {
			return nil, err
		}
		port = p
	}
	args := []string{"--host", "127.0.0.1", "--port", strconv.Itoa(port), "--base-fee", "0", "--gas-price", "0",
		"--gas-limit", "30000000", "--chain-id", "31337"}
	if o.StateFile != "" {
		args = append(args, "--load-state", o.StateFile)
	}
	if o.BlockTime > 0 {
		args = append(args, "--block-time", strconv.FormatFloat(o.BlockTime.Seconds(), 'f', -1, 64))
	}
	cmd := exec.Command(o.Binary, args...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if o.LogFile != "" {
		f, err := os.Create(o.LogFile)
		if err != nil {
			return nil, fmt.Errorf("anvil log: %w", err)
		}
		defer f.Close()
		cmd.Stdout, cmd.Stderr = f, f
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start anvil: %w", err)
	}
	a := &Anvil{Port: port, RPCURL: fmt.Sprintf("http://127.0.0.1:%d", port), WSURL: fmt.Sprintf("ws://127.0.0.1:%d", port),
		cmd: cmd, done: make(chan error, 1)}
	go func() { a.done <- cmd.Wait() }()
	if err := a.waitReady(ctx, 60*time.Second); err != nil {
		a.Stop()
		return nil, err
	}
	return a, nil
}

func (a *Anvil) waitReady(ctx context.Context, limit time.Duration) error {
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		select {
		case err := <-a.done:
			return fmt.Errorf("anvil exited during start-up: %v", err)
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
		c, err := rpc.DialContext(ctx, a.RPCURL)
		if err != nil {
			continue
		}
		var bn string
		err = c.CallContext(ctx, &bn, "eth_blockNumber")
		c.Close()
		if err == nil {
			return nil
		}
	}
	return fmt.Errorf("anvil did not answer on %s within %s", a.RPCURL, limit)
}

// Mine mines n blocks at once.
func (a *Anvil) Mine(ctx context.Context, n int) error {
	return Mine(ctx, a.RPCURL, n)
}

// Mine asks the anvil at url to mine n blocks.
func Mine(ctx context.Context, url string, n int) error {
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return fmt.Errorf("dial anvil: %w", err)
	}
	defer c.Close()
	if err := c.CallContext(ctx, nil, "anvil_mine", fmt.Sprintf("0x%x", n)); err != nil {
		return fmt.Errorf("anvil_mine %d: %w", n, err)
	}
	return nil
}

// Pid is the anvil process id.
func (a *Anvil) Pid() int { return a.cmd.Process.Pid }

// Stop terminates anvil and waits for it.
func (a *Anvil) Stop() {
	if a == nil || a.cmd.Process == nil {
		return
	}
	_ = syscall.Kill(-a.cmd.Process.Pid, syscall.SIGTERM)
	select {
	case <-a.done:
	case <-time.After(5 * time.Second):
		_ = syscall.Kill(-a.cmd.Process.Pid, syscall.SIGKILL)
		<-a.done
	}
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("find a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

func setIntervalMining(ctx context.Context, url string, every time.Duration) error {
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return fmt.Errorf("dial anvil: %w", err)
	}
	defer c.Close()
	secs := int(every / time.Second)
	if secs < 1 {
		secs = 1
	}
	if err := c.CallContext(ctx, nil, "evm_setIntervalMining", secs); err != nil {
		return fmt.Errorf("evm_setIntervalMining: %w", err)
	}
	return nil
}
