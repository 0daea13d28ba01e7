package tests

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/protocol/onchain"
	"github.com/blockless/avs/requester"
)

// lockedBuffer is a log sink shared by the services of a test.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) Bytes() []byte {
	b.mu.Lock()
	defer b.mu.Unlock()
	return bytes.Clone(b.buf.Bytes())
}

// buildCLI builds the blockless command into a temporary directory.
func buildCLI(t *testing.T) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "blockless")
	if b, err := exec.Command("go", "build", "-o", out, "../cmd/blockless").CombinedOutput(); err != nil {
		t.Fatalf("build blockless: %v\n%s", err, b)
	}
	return out
}

// TestSecrets runs sealed secrets and inputs on the devnet with three operators (any two open
// an envelope), every component real:
//   - a function owner stores a secp256k1 private key with `blockless secret set`; the signer
//     function receives it as SIGNING_KEY and signs its input; the signature is checked on
//     chain (the ecrecover precompile) against the key's address;
//   - a rotated key signs the next task; a revoked one reaches no later task (the function
//     fails for want of it);
//   - a requester seals an input with `task submit --seal --seal-response`: the chain holds
//     neither the input nor the output in the clear, and the requester opens the response;
//   - neither key nor the sealed input appears in any log line of the operators and the
//     aggregator (captured at debug level), in their data directories, or in the CLI's output.
func TestSecrets(t *testing.T) {
	skipShort(t)
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	e := startEnv(t, ctx)
	var logs lockedBuffer
	var sink io.Writer = &logs
	if os.Getenv("BLOCKLESS_TEST_LOG") != "" {
		sink = io.MultiWriter(&logs, os.Stderr)
	}
	e.log = zerolog.New(sink).Level(zerolog.DebugLevel).With().Timestamp().Logger()

	ops := e.registerOperators(10, 20, 30)
	storeURL := e.startStore()
	aggDir := t.TempDir()
	aggURL, stopAgg := e.startAggregator(aggDir)
	defer stopAgg()
	var dirs []string
	var stops []func()
	for _, op := range ops {
		dir := t.TempDir()
		dirs = append(dirs, dir)
		stop := e.startNode(op, aggURL, dir)
		stops = append(stops, stop)
		defer stop()
	}
	cli := buildCLI(t)
	work := t.TempDir()
	addrFile := filepath.Join(work, "addresses.json")
	if err := e.dn.Addresses.Save(addrFile); err != nil {
		t.Fatal(err)
	}
	ownerKeyFile := filepath.Join(work, "owner.key")
	if err := os.WriteFile(ownerKeyFile, []byte(hex.EncodeToString(crypto.FromECDSA(e.dn.Owner))), 0o600); err != nil {
		t.Fatal(err)
	}
	var cliOutput bytes.Buffer
	run := func(stdin []byte, args ...string) string {
		t.Helper()
		cmd := exec.CommandContext(ctx, cli, args...)
		cmd.Env = append(os.Environ(), "BLOCKLESS_ADDRESSES="+addrFile, "BLOCKLESS_PRIVATE_KEY_FILE="+ownerKeyFile)
		cmd.Stdin = bytes.NewReader(stdin)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		cliOutput.Write(stdout.Bytes())
		cliOutput.Write(stderr.Bytes())
		if err != nil {
			t.Fatalf("blockless %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
		}
		return stdout.String()
	}

	digest, uri, err := testStore(storeURL).Publish(ctx, buildGoFunction(t, "signer"))
	if err != nil {
		t.Fatal(err)
	}
	rq, err := requester.Dial(ctx, e.dn.Addresses.RPCURL, e.dn.Addresses.ChainID, e.dn.Addresses.AVS.TaskManager, e.dn.Owner)
	if err != nil {
		t.Fatal(err)
	}
	defer rq.Close()
	fn, _, err := rq.RegisterFunction(ctx, taskmanager.ITaskManagerFunctionSpec{ModuleDigest: digest, MinQuorumThreshold: 50,
		Limits: taskmanager.ITaskManagerResourceLimits{Fuel: 5_000_000_000, MemoryBytes: 64 << 20, WallTimeMs: 20_000, MaxOutputBytes: 4096},
		Uris:   []string{uri}})
	if err != nil {
		t.Fatal(err)
	}
	fnArg := strconv.FormatUint(fn, 10)

	setKey := func(k *ecdsa.PrivateKey) string {
		t.Helper()
		v := hex.EncodeToString(crypto.FromECDSA(k))
		run([]byte(v+"\n"), "secret", "set", "--function", fnArg, "--name", "SIGNING_KEY")
		return v
	}
	submit := func(msg []byte) requester.Result {
		t.Helper()
		created, err := rq.CreateTask(ctx, taskmanager.ITaskManagerTaskRequest{FunctionId: fn, Input: msg, QuorumNumbers: []byte{0},
			QuorumThresholdPercentage: 60, ResponseWindowBlocks: 200}, nil)
		if err != nil {
			t.Fatal(err)
		}
		wctx, wcancel := context.WithTimeout(ctx, 2*time.Minute)
		defer wcancel()
		res, err := rq.Wait(wctx, created.ID, 300*time.Millisecond)
		if err != nil {
			t.Fatalf("task %d: %v", created.ID, err)
		}
		if res.State != onchain.TaskResponded {
			t.Fatalf("task %d: %s, want answered", created.ID, res.State)
		}
		return res
	}
	// checkOnChain recovers the signer of keccak256(msg) with the ecrecover precompile.
	checkOnChain := func(msg, sig []byte, want common.Address) {
		t.Helper()
		if len(sig) != 65 {
			t.Fatalf("output of %d bytes, want a 65-byte signature", len(sig))
		}
		call := make([]byte, 128)
		copy(call[0:32], crypto.Keccak256(msg))
		call[63] = sig[64]
		copy(call[64:96], sig[0:32])
		copy(call[96:128], sig[32:64])
		precompile := common.BytesToAddress([]byte{1})
		out, err := e.dn.Client.CallContract(ctx, ethereum.CallMsg{To: &precompile, Data: call}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := common.BytesToAddress(out); got != want {
			t.Fatalf("ecrecover on chain gives %s, want the secret key's address %s", got.Hex(), want.Hex())
		}
	}

	key1, _ := crypto.GenerateKey()
	key1Hex := setKey(key1)
	list := run(nil, "secret", "list", "--function", fnArg)
	if !strings.Contains(list, "SIGNING_KEY") || !strings.Contains(list, "active") {
		t.Fatalf("secret list:\n%s", list)
	}
	msg := []byte("transfer 100 to 0xa11ce")
	res := submit(msg)
	if res.Response.Status != uint8(onchain.StatusOK) {
		t.Fatalf("status %d, want OK", res.Response.Status)
	}
	checkOnChain(msg, res.Response.Output, crypto.PubkeyToAddress(key1.PublicKey))

	// Rotation: the next task signs with the new key.
	key2, _ := crypto.GenerateKey()
	key2Hex := setKey(key2)
	res = submit(msg)
	checkOnChain(msg, res.Response.Output, crypto.PubkeyToAddress(key2.PublicKey))

	// A sealed input with a sealed response: the signer signs the plaintext the chain never sees.
	secretMsg := []byte("sealed input: pay 7 to 0xb0b")
	keyFile := filepath.Join(work, "task.key")
	out := run(secretMsg, "task", "submit", "--function", fnArg, "--seal", "--seal-response", "--key-file", keyFile,
		"--threshold", "60", "--wait", "--wait-timeout", "2m")
	checkOnChain(secretMsg, []byte(out), crypto.PubkeyToAddress(key2.PublicKey))

	// Revocation: later tasks do not receive the key; the function exits for want of it.
	run(nil, "secret", "rm", "--function", fnArg, "--name", "SIGNING_KEY")
	res = submit(msg)
	if res.Response.Status != uint8(onchain.StatusExitNonZero) || len(res.Response.Output) != 0 {
		t.Fatalf("after revocation: status %d, %d bytes of output; want a failed run without a signature", res.Response.Status, len(res.Response.Output))
	}

	for _, stop := range stops {
		stop()
	}
	stopAgg()
	// Nothing secret anywhere: logs, data directories, the CLI's output, the chain's inputs.
	needles := map[string][]byte{
		"key 1 (hex)": []byte(key1Hex), "key 2 (hex)": []byte(key2Hex),
		"key 1": crypto.FromECDSA(key1), "key 2": crypto.FromECDSA(key2), "sealed input": secretMsg,
	}
	haystacks := map[string][]byte{"service logs": logs.Bytes(), "CLI output": cliOutput.Bytes()}
	for _, dir := range append(dirs, aggDir) {
		_ = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err == nil && d.Type().IsRegular() {
				if b, err := os.ReadFile(path); err == nil {
					haystacks[path] = b
				}
			}
			return nil
		})
	}
	if len(logs.Bytes()) == 0 {
		t.Fatal("no service logs captured: the leak check would prove nothing")
	}
	for hn, h := range haystacks {
		for nn, n := range needles {
			if bytes.Contains(h, n) {
				t.Errorf("%s found in %s", nn, hn)
			}
		}
	}
	// The chain holds the sealed input only.
	logsOnChain, err := e.dn.Client.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{e.dn.Addresses.AVS.TaskManager}})
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range logsOnChain {
		if bytes.Contains(l.Data, secretMsg) {
			t.Errorf("the sealed input's plaintext is in a TaskManager log (tx %s)", l.TxHash.Hex())
		}
	}
}
