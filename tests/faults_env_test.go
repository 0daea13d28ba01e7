package tests

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/blockless/avs/aggregator"
	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/devnet"
	"github.com/blockless/avs/internal/backoff"
	"github.com/blockless/avs/modstore"
	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/protocol/onchain"
	"github.com/blockless/avs/requester"
)

// ----------------------------------------------------------------- anvil that can be killed

// restartableAnvil replaces the devnet's anvil by one this test controls, on the same port and
// with the same chain: the devnet's state (accounts, blocks, logs) is dumped over RPC, the
// devnet's process is killed and a new anvil loads the dump, persisting its state to a file
// every second (--state, --state-interval). kill is SIGKILL: whatever was mined after the
// last periodic dump is lost, as with a crashed node. (No --preserve-historical-states: it
// dumps about 1 MB per block of this devnet every second, which stalls anvil within minutes;
// so after a restart, eth_call at blocks before it fails, as on a non-archive node.)
type restartableAnvil struct {
	t     testing.TB
	bin   string
	port  int
	state string
	log   string
	cmd   *exec.Cmd
	done  chan struct{}
	// earlyExits counts starts that exited before answering (retried a few times).
	earlyExits int
}

func takeOverAnvil(t testing.TB, ctx context.Context, e *env) *restartableAnvil {
	t.Helper()
	c, err := rpc.DialContext(ctx, e.dn.Anvil.RPCURL)
	if err != nil {
		t.Fatal(err)
	}
	var blob string
	err = c.CallContext(ctx, &blob, "anvil_dumpState")
	c.Close()
	if err != nil {
		t.Fatalf("anvil_dumpState: %v", err)
	}
	// The devnet's Stop (a cleanup) sends SIGTERM and reads the exit status: both are harmless
	// after this kill.
	_ = syscall.Kill(-e.dn.Anvil.Pid(), syscall.SIGKILL)
	root, err := devnet.RepoRoot(".")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	a := &restartableAnvil{t: t, bin: devnet.AnvilPath(root), port: e.dn.Anvil.Port, state: filepath.Join(dir, "state.json"),
		log: filepath.Join(dir, "anvil.log")}
	t.Cleanup(a.kill)
	a.start(ctx)
	c, err = rpc.DialContext(ctx, e.dn.Anvil.RPCURL)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var ok bool
	if err := c.CallContext(ctx, &ok, "anvil_loadState", blob); err != nil || !ok {
		t.Fatalf("anvil_loadState: %v %v", ok, err)
	}
	// Wait for the first periodic dump, so that a kill from now on loses at most a second.
	a.waitDumped(ctx, time.Time{})
	return a
}

func (a *restartableAnvil) url() string { return "http://127.0.0.1:" + strconv.Itoa(a.port) }

func (a *restartableAnvil) start(ctx context.Context) {
	a.t.Helper()
	args := []string{"--host", "127.0.0.1", "--port", strconv.Itoa(a.port), "--base-fee", "0", "--gas-price", "0",
		"--gas-limit", "30000000", "--chain-id", "31337", "--state", a.state, "--state-interval", "1"}
	var err error
	for attempt := 0; attempt < 50; attempt++ { // the killed process's port may take a moment to free
		if !portFree(a.port) {
			time.Sleep(100 * time.Millisecond)
			continue
		}
		f, ferr := os.OpenFile(a.log, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
		if ferr != nil {
			a.t.Fatal(ferr)
		}
		cmd := exec.Command(a.bin, args...)
		cmd.Stdout, cmd.Stderr = f, f
		cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
		err = cmd.Start()
		f.Close()
		if err != nil {
			break
		}
		a.cmd, a.done = cmd, make(chan struct{})
		go func(done chan struct{}) { _ = cmd.Wait(); close(done) }(a.done)
		break
	}
	if err != nil || a.cmd == nil {
		a.t.Fatalf("start anvil on port %d: %v", a.port, err)
	}
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if c, err := rpc.DialContext(ctx, a.url()); err == nil {
			var bn string
			err = c.CallContext(ctx, &bn, "eth_blockNumber")
			c.Close()
			if err == nil {
				return
			}
		}
		select {
		case <-a.done:
			// Seen once on a loaded machine: the port freed by the killed anvil was taken again
			// between the check and the bind. A few fresh starts, then give up.
			if a.earlyExits++; a.earlyExits <= 3 {
				time.Sleep(500 * time.Millisecond)
				a.start(ctx)
				return
			}
			tail, _ := os.ReadFile(a.log)
			if len(tail) > 2000 {
				tail = tail[len(tail)-2000:]
			}
			a.t.Fatalf("anvil exited during start-up (log %s):\n%s", a.log, tail)
		case <-time.After(100 * time.Millisecond):
		}
	}
	a.t.Fatalf("anvil did not answer on port %d", a.port)
}

// waitDumped waits until the state file was written after since and holds a whole state, and keeps
// a copy of it: a SIGKILL that lands while anvil rewrites the file leaves it truncated, and what
// these tests exercise is our nodes' recovery, not anvil's.
func (a *restartableAnvil) waitDumped(ctx context.Context, since time.Time) {
	a.t.Helper()
	for i := 0; i < 100; i++ {
		if st, err := os.Stat(a.state); err == nil && st.ModTime().After(since) && st.Size() > 0 {
			if b, err := os.ReadFile(a.state); err == nil && json.Valid(b) {
				if err := os.WriteFile(a.state+".good", b, 0o644); err != nil {
					a.t.Fatal(err)
				}
				return
			}
		}
		if !backoff.Sleep(ctx, 100*time.Millisecond) {
			break
		}
	}
	a.t.Fatalf("anvil never wrote its state to %s", a.state)
}

// kill sends SIGKILL and waits for the process to be gone.
func (a *restartableAnvil) kill() {
	if a.cmd == nil {
		return
	}
	_ = syscall.Kill(-a.cmd.Process.Pid, syscall.SIGKILL)
	<-a.done
	a.cmd = nil
	// Killed in the middle of a state dump: restart from the last whole one (waitDumped).
	if b, err := os.ReadFile(a.state); err != nil || !json.Valid(b) {
		if good, err := os.ReadFile(a.state + ".good"); err == nil {
			_ = os.WriteFile(a.state, good, 0o644)
		}
	}
}

func portFree(port int) bool {
	l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", port))
	if err != nil {
		return false
	}
	l.Close()
	return true
}

// ----------------------------------------------------------------- env helpers

// via is the env with operators and aggregator pointed at other RPC endpoints (a proxy);
// the test's own client keeps talking to anvil directly.
func (e *env) via(rpcURL, wsURL string) *env {
	c := *e
	dn := *e.dn
	a := *e.dn.Addresses
	a.RPCURL, a.WSURL = rpcURL, wsURL
	dn.Addresses = &a
	c.dn = &dn
	return &c
}

// oracleFunction serves the oracle module from a loopback HTTP server of the test's own (apart
// from every process the fault tests kill and restart) and registers it.
func (e *env) oracleFunction(t testing.TB, rq *requester.Client, module []byte) uint64 {
	t.Helper()
	digest := modstore.Sum(module)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	path := "/modules/" + digest.String()
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != path {
			http.NotFound(w, r)
			return
		}
		_, _ = w.Write(module)
	})}
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { _ = srv.Close() })
	fn, _, err := rq.RegisterFunction(e.ctx, taskmanager.ITaskManagerFunctionSpec{ModuleDigest: digest, MinQuorumThreshold: 50,
		Limits: taskmanager.ITaskManagerResourceLimits{Fuel: 1_000_000_000, MemoryBytes: 64 << 20, WallTimeMs: 10_000, MaxOutputBytes: 4096},
		Uris:   []string{"http://" + ln.Addr().String() + path}})
	if err != nil {
		t.Fatal(err)
	}
	return fn
}

// oracleInput is an input of the oracle (median of three prices) and its expected output.
func oracleInput(n int) (string, string) {
	return fmt.Sprintf("%d a\n%d b\n%d c\n", 1000+n, 1002+n, 1001+n), fmt.Sprintf("%d\n", 1001+n)
}

func createOracleTask(t testing.TB, ctx context.Context, rq *requester.Client, fn uint64, input string, threshold uint8, window uint32) requester.Created {
	t.Helper()
	var lastErr error
	for attempt := 0; attempt < 20; attempt++ {
		c, err := rq.CreateTask(ctx, taskmanager.ITaskManagerTaskRequest{FunctionId: fn, Input: []byte(input), QuorumNumbers: []byte{0},
			QuorumThresholdPercentage: threshold, ResponseWindowBlocks: window}, big.NewInt(0))
		if err == nil {
			return c
		}
		lastErr = err
		if !backoff.Sleep(ctx, 250*time.Millisecond) {
			break
		}
	}
	t.Fatalf("createTask: %v", lastErr)
	return requester.Created{}
}

// taskOnChain reads the TaskManager's record of a task, retrying while the RPC is unavailable.
func (e *env) taskOnChain(t testing.TB, id uint32) taskmanager.ITaskManagerTaskRecord {
	t.Helper()
	var lastErr error
	for i := 0; i < 100; i++ {
		rec, err := e.tm.GetTask(&bind.CallOpts{Context: e.ctx}, id)
		if err == nil {
			return rec
		}
		lastErr = err
		if !backoff.Sleep(e.ctx, 100*time.Millisecond) {
			break
		}
	}
	t.Fatalf("getTask %d: %v", id, lastErr)
	return taskmanager.ITaskManagerTaskRecord{}
}

// waitChainState waits until a task reaches one of the on-chain states
// and returns it; ok is false on timeout (the last record is returned).
func (e *env) waitChainState(t testing.TB, id uint32, timeout time.Duration, states ...onchain.TaskState) (taskmanager.ITaskManagerTaskRecord, bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		rec, err := e.tm.GetTask(&bind.CallOpts{Context: e.ctx}, id)
		if err == nil {
			for _, s := range states {
				if onchain.TaskState(rec.State) == s {
					return rec, true
				}
			}
		}
		if time.Now().After(deadline) || !backoff.Sleep(e.ctx, 150*time.Millisecond) {
			return rec, false
		}
	}
}

// respondedEvents returns every TaskResponded event of the TaskManager by task id.
func (e *env) respondedEvents(t testing.TB) map[uint32][]*taskmanager.TaskManagerTaskResponded {
	t.Helper()
	it, err := e.tm.FilterTaskResponded(&bind.FilterOpts{Context: e.ctx, Start: e.dn.Addresses.DeployedAt}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	out := map[uint32][]*taskmanager.TaskManagerTaskResponded{}
	for it.Next() {
		ev := *it.Event
		out[ev.TaskId] = append(out[ev.TaskId], &ev)
	}
	if err := it.Error(); err != nil {
		t.Fatal(err)
	}
	return out
}

// aggView reads GET /v1/tasks/{id}; code 0 when the aggregator does not answer.
func aggView(aggURL string, id uint32) (aggregator.TaskView, int) {
	var v aggregator.TaskView
	c := &http.Client{Timeout: 5 * time.Second}
	r, err := c.Get(fmt.Sprintf("%s/v1/tasks/%d", aggURL, id))
	if err != nil {
		return v, 0
	}
	defer r.Body.Close()
	if r.StatusCode == http.StatusOK {
		if err := json.NewDecoder(r.Body).Decode(&v); err != nil {
			return v, 0
		}
	}
	return v, r.StatusCode
}

// checkEnded asserts one task ended properly: answered on chain with the expected output by
// exactly one TaskResponded and the aggregator agreeing, or expired on chain with the
// aggregator giving a reason. It returns the on-chain state.
func (e *env) checkEnded(t testing.TB, aggURL string, id uint32, wantOutput string, events map[uint32][]*taskmanager.TaskManagerTaskResponded) onchain.TaskState {
	t.Helper()
	rec := e.taskOnChain(t, id)
	state := onchain.TaskState(rec.State)
	var v aggregator.TaskView
	code := 0
	for i := 0; i < 50; i++ { // the aggregator may still be recording what the chain already shows
		v, code = aggView(aggURL, id)
		if code == http.StatusOK && ((state == onchain.TaskResponded && v.State == aggregator.StateAnswered) || (state == onchain.TaskExpired && v.State == aggregator.StateExpired)) {
			break
		}
		backoff.Sleep(e.ctx, 200*time.Millisecond)
	}
	switch state {
	case onchain.TaskResponded:
		evs := events[id]
		if len(evs) != 1 {
			t.Errorf("task %d: %d TaskResponded events, want exactly 1", id, len(evs))
		} else if got := string(evs[0].Response.Output); got != wantOutput {
			t.Errorf("task %d answered %q, want %q", id, got, wantOutput)
		}
		if code != http.StatusOK || v.State != aggregator.StateAnswered {
			t.Errorf("task %d answered on chain, but the aggregator says %d %+v", id, code, v)
		}
	case onchain.TaskExpired:
		if len(events[id]) != 0 {
			t.Errorf("task %d expired on chain after %d TaskResponded events", id, len(events[id]))
		}
		if code != http.StatusOK || v.State != aggregator.StateExpired || v.Reason == "" {
			t.Errorf("task %d expired on chain, but the aggregator says %d %+v (want expired with a reason)", id, code, v)
		}
	default:
		t.Errorf("task %d lost: on-chain state %d (%s), aggregator %d %+v", id, rec.State, state, code, v)
	}
	return state
}

// ----------------------------------------------------------------- recording relay

// sentResponse is one POST /v1/responses an operator made, as the relay saw it.
type sentResponse struct {
	sr   protocol.SignedResponse
	code int
}

// responseRelay sits between operators and the aggregator: it forwards everything and records
// every signed response operators send, whatever the aggregator answers (or if it is down).
type responseRelay struct {
	srv *http.Server
	url string

	mu   sync.Mutex
	sent []sentResponse
}

func startRelay(t testing.TB, target string) *responseRelay {
	t.Helper()
	u, err := url.Parse(target)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	r := &responseRelay{url: "http://" + ln.Addr().String()}
	proxy := httputil.NewSingleHostReverseProxy(u)
	proxy.ErrorHandler = func(w http.ResponseWriter, req *http.Request, err error) { w.WriteHeader(http.StatusBadGateway) }
	r.srv = &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		if req.Method != http.MethodPost || req.URL.Path != "/v1/responses" {
			proxy.ServeHTTP(w, req)
			return
		}
		body, _ := io.ReadAll(io.LimitReader(req.Body, 1<<20))
		req.Body = io.NopCloser(bytes.NewReader(body))
		req.ContentLength = int64(len(body))
		rec := &statusRecorder{ResponseWriter: w, code: http.StatusOK}
		proxy.ServeHTTP(rec, req)
		var sr protocol.SignedResponse
		if json.Unmarshal(body, &sr) == nil {
			r.mu.Lock()
			r.sent = append(r.sent, sentResponse{sr: sr, code: rec.code})
			r.mu.Unlock()
		}
	})}
	go func() { _ = r.srv.Serve(ln) }()
	t.Cleanup(func() { _ = r.srv.Close() })
	return r
}

type statusRecorder struct {
	http.ResponseWriter
	code int
}

func (s *statusRecorder) WriteHeader(c int) { s.code = c; s.ResponseWriter.WriteHeader(c) }

func (r *responseRelay) responses() []sentResponse {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]sentResponse(nil), r.sent...)
}

// conflictingSignatures lists (task, operator) pairs for which an operator sent two different
// signed responses.
func conflictingSignatures(sent []sentResponse) []string {
	type key struct {
		task uint32
		op   common.Hash
	}
	first := map[key]protocol.SignedResponse{}
	var out []string
	seen := map[key]bool{}
	for _, s := range sent {
		k := key{s.sr.TaskID, s.sr.OperatorID}
		f, ok := first[k]
		if !ok {
			first[k] = s.sr
			continue
		}
		if (f.Signature != s.sr.Signature || f.OutputDigest != s.sr.OutputDigest || f.Status != s.sr.Status) && !seen[k] {
			seen[k] = true
			out = append(out, fmt.Sprintf("task %d operator %s: %s/%x then %s/%x", k.task, k.op.Hex()[:10],
				f.Signature.X[:8], f.OutputDigest[:4], s.sr.Signature.X[:8], s.sr.OutputDigest[:4]))
		}
	}
	return out
}

// ----------------------------------------------------------------- separate processes

// buildBinaries builds bin/operator and bin/aggregator from the current sources into dir.
func buildBinaries(t testing.TB, dir string) (operatorBin, aggregatorBin string) {
	t.Helper()
	operatorBin, aggregatorBin = filepath.Join(dir, "operator"), filepath.Join(dir, "aggregator")
	for bin, pkg := range map[string]string{operatorBin: "../cmd/operator", aggregatorBin: "../cmd/aggregator"} {
		cmd := exec.Command("go", "build", "-o", bin, pkg)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go build %s: %v\n%s", pkg, err, out)
		}
	}
	return operatorBin, aggregatorBin
}

// supportsFlag reports whether a command's --help mentions a flag (for flags that newer
// versions of the binaries add).
func supportsFlag(bin string, flag string, sub ...string) bool {
	out, _ := exec.Command(bin, append(sub, "--help")...).CombinedOutput()
	return strings.Contains(string(out), flag)
}

// proc is a restartable child process with its output appended to a log file.
type proc struct {
	t       testing.TB
	name    string
	bin     string
	args    []string
	env     []string
	logPath string

	mu       sync.Mutex
	cmd      *exec.Cmd
	done     chan struct{}
	starts   int
	kills    int
	exitedBy []string // unexpected exits
}

func (p *proc) start() {
	p.t.Helper()
	p.mu.Lock()
	defer p.mu.Unlock()
	f, err := os.OpenFile(p.logPath, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		p.t.Fatal(err)
	}
	fmt.Fprintf(f, "\n===== start %d at %s\n", p.starts+1, time.Now().Format(time.RFC3339Nano))
	cmd := exec.Command(p.bin, p.args...)
	cmd.Env = append(os.Environ(), p.env...)
	cmd.Stdout, cmd.Stderr = f, f
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		f.Close()
		p.t.Fatalf("start %s: %v", p.name, err)
	}
	f.Close()
	p.starts++
	done := make(chan struct{})
	p.cmd, p.done = cmd, done
	killedBefore := p.kills
	go func() {
		err := cmd.Wait()
		p.mu.Lock()
		if p.kills == killedBefore { // not killed by the test
			p.exitedBy = append(p.exitedBy, fmt.Sprintf("start %d: %v", p.starts, err))
		}
		p.mu.Unlock()
		close(done)
	}()
}

// kill sends SIGKILL to the process group and waits for it.
func (p *proc) kill() {
	p.mu.Lock()
	cmd, done := p.cmd, p.done
	if cmd != nil {
		p.kills++
		p.cmd = nil
	}
	p.mu.Unlock()
	if cmd == nil {
		return
	}
	_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	<-done
}

func (p *proc) running() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.cmd == nil {
		return false
	}
	select {
	case <-p.done:
		return false
	default:
		return true
	}
}

func (p *proc) unexpectedExits() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.exitedBy...)
}

// logTail is the end of the process's log, for failure messages.
func (p *proc) logTail(n int) string {
	b, _ := os.ReadFile(p.logPath)
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

func freeLoopbackPort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// waitHealthy waits for GET url/healthz to answer 200.
func waitHealthy(ctx context.Context, base string, timeout time.Duration) bool {
	deadline := time.Now().Add(timeout)
	c := &http.Client{Timeout: 2 * time.Second}
	for time.Now().Before(deadline) {
		if r, err := c.Get(base + "/healthz"); err == nil {
			r.Body.Close()
			if r.StatusCode == http.StatusOK {
				return true
			}
		}
		if !backoff.Sleep(ctx, 200*time.Millisecond) {
			return false
		}
	}
	return false
}
