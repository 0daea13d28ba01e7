package tests

import (
	"bytes"
	"context"
	"math"
	"math/big"
	"reflect"
	"sort"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/blockless/avs/aggregator"
	"github.com/blockless/avs/bindings/committeeregistry"
	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/chain"
	"github.com/blockless/avs/committee"
	"github.com/blockless/avs/committee/chainio"
	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/requester"
)

// committeeFailover is the failover period of the test's committee functions, in blocks.
const committeeFailover = 4

// TestCommittees: six operators of different stakes and capacities on a devnet mining a block
// a second, real nodes and the aggregator. Committee tasks (k = 2) are answered by
// certificates whose signers are all in the committee computed from the chain's table and the
// task's seed; an operator with too little memory is in no table of a big function and signs
// none of its tasks; certificates by non-members or by too few members' seats revert; the seed
// is unknown in the block that creates a task; tasks of one function created together are
// answered as one committee batch (one respondToTasksByCommittee); with a committee member
// stopped, tasks it was drawn for are answered by failover within a round's opening + 2 blocks.
func TestCommittees(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	e := startEnv(t, ctx) // automine for the set-up; a block a second from the first task on
	a := e.dn.Addresses
	ops := e.registerOperators(10, 20, 30, 40, 50, 60)
	// ops[5] (the most stake) offers 128 MiB: never eligible for the 512 MiB function.
	caps := []committee.Capacity{
		{Cores: 2, MemoryMiB: 2048, FuelRate: 9000, Runtimes: committee.RuntimeWasm},
		{Cores: 4, MemoryMiB: 4096, FuelRate: 8000, Runtimes: committee.RuntimeWasm | committee.RuntimeX86},
		{Cores: 1, MemoryMiB: 1024, FuelRate: 12000, Runtimes: committee.RuntimeWasm},
		{Cores: 8, MemoryMiB: 8192, FuelRate: 6000, Runtimes: committee.RuntimeWasm},
		{Cores: 2, MemoryMiB: 1024, FuelRate: 15000, Runtimes: committee.RuntimeWasm},
		{Cores: 2, MemoryMiB: 128, FuelRate: 15000, Runtimes: committee.RuntimeWasm},
	}
	for i, op := range ops {
		w, err := chainio.NewWriter(e.dn.Client, a.AVS.CommitteeRegistry, op.key, e.dn.ChainID)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.DeclareCapacity(ctx, caps[i]); err != nil {
			t.Fatalf("%s: declare capacity: %v", op.name, err)
		}
	}
	reader, err := chainio.NewChain(e.dn.Client, a.AVS.CommitteeRegistry, chainio.ChainOptions{})
	if err != nil {
		t.Fatal(err)
	}
	storeURL := e.startStore()
	if err := e.dn.MineEvery(ctx, time.Second); err != nil {
		t.Fatal(err)
	}
	k2 := func(memory uint64) func(*taskmanager.ITaskManagerFunctionSpec) {
		return func(s *taskmanager.ITaskManagerFunctionSpec) {
			s.CommitteeSize, s.FailoverBlocks, s.Limits.MemoryBytes = 2, committeeFailover, memory
		}
	}
	rq, small := e.deployOracle(storeURL, k2(64<<20))
	_, bigFn := e.deployOracle(storeURL, k2(512<<20))

	// Before any node runs: what the chain refuses.
	input, _ := oracleInput(0)
	c0 := createCommitteeTask(t, ctx, rq, small, input)
	reg, err := committeeregistry.NewCommitteeRegistry(a.AVS.CommitteeRegistry, e.dn.Client)
	if err != nil {
		t.Fatal(err)
	}
	h0, err := e.codec.TaskHash(c0.Task)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := reg.CommitteeSeed(&bind.CallOpts{Context: ctx, BlockNumber: bigU(c0.Block)}, c0.Task.ReferenceBlock, h0); err == nil {
		t.Fatal("committeeSeed answered in the task's own block: the requester could know its committee")
	}
	seed, table := e.committeeOf(t, ctx, reader, c0.Task)
	resp := protocol.NewResponse(c0.ID, 0, []byte("forged\n"))
	digest := e.digest(c0.Task, resp)
	members := table.Committee(seed, committee.Window(2, 0))
	var outsider *testOperator
	for _, op := range ops {
		if pos, ok := table.Position(op.id); !ok || !contains(members, pos) {
			outsider = op
			break
		}
	}
	member := e.operatorAt(ops, table, members[0])
	// A non-member among the signers: NotCommitteeMember, whatever the members sign.
	signers := []*testOperator{member, outsider}
	if _, err := e.respondCommittee(c0.Task, resp, e.committeeCert(t, table, digest, 0, signers...)); !registryRevert(err, "NotCommitteeMember") {
		t.Fatalf("certificate with a non-member: %v, want NotCommitteeMember", err)
	}
	// One member alone where both seats must sign (60% of 2 seats): too little committee stake.
	if seats := table.Seats(seed, 2)[members[0]]; seats < 2 {
		_, err := e.respondCommittee(c0.Task, resp, e.committeeCert(t, table, digest, 0, member))
		e.wantRevert(t, err, "CommitteeThresholdNotMet", bigU(0), bigU(uint64(seats)), bigU(2))
	}

	// Batches wait for every task of their table still being certified (not for a timer).
	aggURL, stopAgg := e.startAggregator(t.TempDir(), func(c *aggregator.Config) { c.BatchMaxWait = time.Minute })
	defer stopAgg()
	stops := make([]func(), len(ops))
	for i, op := range ops {
		stops[i] = e.startNode(op, aggURL, t.TempDir())
		defer stops[i]()
	}

	// Tasks of both functions, created in one transaction: each answered by (a subset of) its
	// computed committee, and the tasks of each function (one committee table) in one batch.
	var reqs []taskmanager.ITaskManagerTaskRequest
	for i := 1; i <= 8; i++ {
		in, _ := oracleInput(i)
		fn := small
		if i%2 == 0 {
			fn = bigFn
		}
		reqs = append(reqs, taskmanager.ITaskManagerTaskRequest{FunctionId: fn, Input: []byte(in), QuorumNumbers: []byte{0},
			QuorumThresholdPercentage: 60, ResponseWindowBlocks: 60})
	}
	together, err := rq.CreateTasks(ctx, reqs, big.NewInt(0))
	if err != nil {
		t.Fatal(err)
	}
	created := append([]requester.Created{c0}, together...)
	executions := 0
	batchTx := map[uint64]map[common.Hash]int{} // function -> answering tx -> tasks of the 8 it answered
	for i, c := range created {
		res := waitAnswered(t, ctx, rq, c.ID, 3*time.Minute)
		ans := e.committeeAnswerOf(t, ctx, c.ID, res)
		seed, table := e.committeeOf(t, ctx, reader, c.Task)
		window := committee.Window(uint32(c.Task.CommitteeSize), uint32(ans.round()))
		seats := table.Seats(seed, window)
		var held uint32
		signed := 0
		for _, p := range ans.cert.SignerPositions {
			switch {
			case seats[int(p)] > 0:
				held += seats[int(p)]
				signed++
			case ans.tasks == 1:
				t.Fatalf("task %d: signer at position %d is not in its committee %v (round %d)", c.ID, p, table.Committee(seed, window), ans.round())
			}
		}
		if !committee.Meets(held, window, c.Task.QuorumThresholdPercentage) {
			t.Fatalf("task %d: its committee's signers hold %d of %d seats", c.ID, held, window)
		}
		if c.Task.FunctionId == bigFn {
			if _, ok := table.Position(ops[5].id); ok {
				t.Fatalf("task %d: the 128 MiB operator is in the 512 MiB table", c.ID)
			}
		}
		if i > 0 {
			if batchTx[c.Task.FunctionId] == nil {
				batchTx[c.Task.FunctionId] = map[common.Hash]int{}
			}
			batchTx[c.Task.FunctionId][res.TxHash]++
		}
		executions += signed
	}
	for fn, txs := range batchTx {
		if len(txs) != 1 {
			t.Fatalf("function %d: its 4 tasks created together were answered by %d transactions, want one committee batch", fn, len(txs))
		}
		for tx := range txs {
			gas, n, err := rq.ResponseGas(ctx, tx)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("function %d: committee batch of %d tasks, %d gas (%d per task)", fn, n, gas, gas/uint64(n))
		}
	}
	t.Logf("%d tasks answered with %d committee signatures (every operator would be %d)", len(created), executions, len(created)*len(ops))

	// Failover: stop an operator with a middling weight share (often drawn, rarely holding most
	// seats). Tasks it is drawn for in round 0 are answered in the first round whose window's
	// seats held by the live members reach the threshold, within 2 blocks of that round opening.
	_, table0 := e.committeeOf(t, ctx, reader, c0.Task)
	mid, best := 0, 2.0
	for p, share := range table0.WeightShares() {
		if d := math.Abs(share - 0.15); d < best {
			mid, best = p, d
		}
	}
	down := e.operatorAt(ops, table0, mid)
	for i, op := range ops {
		if op == down {
			stops[i]()
		}
	}
	drawn, firstRound := 0, 0
	for n := 100; firstRound == 0 && n < 160; n++ {
		in, _ := oracleInput(n)
		c := createCommitteeTask(t, ctx, rq, small, in)
		seed, table := e.committeeOf(t, ctx, reader, c.Task)
		downPos, _ := table.Position(down.id)
		if table.Seats(seed, 2)[downPos] == 0 {
			continue // the stopped operator is not drawn: nothing to fail over
		}
		drawn++
		want := liveRound(table, seed, 2, downPos, c.Task.QuorumThresholdPercentage)
		res := waitAnswered(t, ctx, rq, c.ID, 3*time.Minute)
		round := e.committeeAnswerOf(t, ctx, c.ID, res).round()
		opens := uint64(c.Task.ReferenceBlock) + uint64(want)*committeeFailover
		t.Logf("task %d: stopped member drawn; live members reach the threshold in round %d (opens at block %d); answered in round %d at block %d",
			c.ID, want, opens, round, res.Block)
		if int(round) != want {
			t.Fatalf("task %d answered in round %d, want failover round %d", c.ID, round, want)
		}
		if res.Block > opens+2 {
			t.Fatalf("task %d answered at block %d, more than 2 blocks after its failover round opened at %d", c.ID, res.Block, opens)
		}
		if want == 1 {
			firstRound++
		}
	}
	if firstRound == 0 {
		t.Fatalf("no task answered in failover round 1 (stopped operator drawn for %d tasks)", drawn)
	}
}

// createCommitteeTask creates a task of fn (threshold 60%, window 60 blocks).
func createCommitteeTask(t *testing.T, ctx context.Context, rq *requester.Client, fn uint64, input string) requester.Created {
	t.Helper()
	return createOracleTask(t, ctx, rq, fn, input, 60, 60)
}

// committeeOf waits for a task's seed block and returns its seed and table.
func (e *env) committeeOf(t *testing.T, ctx context.Context, r *chainio.Chain, task protocol.Task) ([32]byte, *committee.Table) {
	t.Helper()
	var seed [32]byte
	var err error
	for i := 0; i < 100; i++ {
		if seed, err = chainio.Seed(ctx, r, e.codec, task); err == nil {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	if err != nil {
		t.Fatalf("seed: %v", err)
	}
	table, err := r.Table(ctx, task.CommitteeTable)
	if err != nil {
		t.Fatal(err)
	}
	return seed, table
}

// liveRound is the first round whose window's seats held by everyone but position down reach
// the threshold.
func liveRound(table *committee.Table, seed [32]byte, k uint32, down int, threshold uint8) int {
	for r := uint32(0); r < 16; r++ {
		w := committee.Window(k, r)
		var live uint32
		for p, s := range table.Seats(seed, w) {
			if p != down {
				live += s
			}
		}
		if committee.Meets(live, w, threshold) {
			return int(r)
		}
	}
	return -1
}

func (e *env) operatorAt(ops []*testOperator, table *committee.Table, pos int) *testOperator {
	e.t.Helper()
	for _, op := range ops {
		if p, ok := table.Position(op.id); ok && p == pos {
			return op
		}
	}
	e.t.Fatalf("no operator at table position %d", pos)
	return nil
}

// committeeCert signs digest with the signers' BLS keys and lays the certificate out as the
// TaskManager expects (positions increasing).
func (e *env) committeeCert(t *testing.T, table *committee.Table, digest [32]byte, round uint8, signers ...*testOperator) protocol.CommitteeCertificate {
	t.Helper()
	sort.Slice(signers, func(i, j int) bool {
		pi, _ := table.Position(signers[i].id)
		pj, _ := table.Position(signers[j].id)
		return pi < pj
	})
	cert := protocol.CommitteeCertificate{Rounds: []uint8{round}}
	apk, sigma := bls.NewZeroG2Point(), bls.NewZeroG1Point()
	for _, op := range signers {
		pos, ok := table.Position(op.id)
		if !ok {
			t.Fatalf("%s is not in the table", op.name)
		}
		cert.SignerPositions = append(cert.SignerPositions, uint32(pos))
		cert.SignerPubkeys = append(cert.SignerPubkeys, protocol.G1(op.bls.GetPubKeyG1()))
		apk = apk.Add(op.bls.GetPubKeyG2())
		sigma = sigma.Add(op.bls.SignMessage(digest).G1Point)
	}
	cert.ApkG2, cert.Sigma = protocol.G2(apk), protocol.G1(sigma)
	return cert
}

// respondCommittee sends respondToTasksByCommittee from the owner (the devnet TaskManager takes
// responses from anyone); a revert comes back as the estimate's error.
func (e *env) respondCommittee(task protocol.Task, resp protocol.Response, cert protocol.CommitteeCertificate) (common.Hash, error) {
	opts, err := chain.TransactOpts(e.ctx, e.dn.Owner, e.dn.ChainID)
	if err != nil {
		return common.Hash{}, err
	}
	encoded, err := cert.Encode()
	if err != nil {
		return common.Hash{}, err
	}
	tx, err := e.tm.RespondToTasksByCommittee(opts, []protocol.Task{task}, []protocol.Response{resp}, encoded)
	if err != nil {
		return common.Hash{}, err
	}
	return tx.Hash(), nil
}

// committeeAnswer is how a committee task was answered: the certificate of its
// respondToTasksByCommittee transaction, the task's index among the tasks it answered, and
// how many it answered (more than one: a committee batch).
type committeeAnswer struct {
	cert  protocol.CommitteeCertificate
	index int
	tasks int
}

// round is the failover round whose committee certified the task.
func (a committeeAnswer) round() uint8 { return a.cert.Rounds[a.index] }

// committeeAnswerOf decodes the answer of a task from its transaction.
func (e *env) committeeAnswerOf(t *testing.T, ctx context.Context, id uint32, res requester.Result) committeeAnswer {
	t.Helper()
	tx, _, err := e.dn.Client.TransactionByHash(ctx, res.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	m, err := e.tmABI.MethodById(tx.Data()[:4])
	if err != nil || m.Name != "respondToTasksByCommittee" {
		t.Fatalf("task answered by %v (%v), want respondToTasksByCommittee", m, err)
	}
	args, err := m.Inputs.Unpack(tx.Data()[4:])
	if err != nil {
		t.Fatal(err)
	}
	encoded, ok := args[2].([]byte)
	if !ok {
		t.Fatalf("certificate argument is %T", args[2])
	}
	cert, err := protocol.DecodeCommitteeCertificate(encoded)
	if err != nil {
		t.Fatal(err)
	}
	resps := reflect.ValueOf(args[1])
	ans := committeeAnswer{cert: cert, index: -1, tasks: resps.Len()}
	for i := range ans.tasks {
		if uint32(resps.Index(i).FieldByName("TaskId").Uint()) == id {
			ans.index = i
		}
	}
	if ans.index < 0 || len(cert.Rounds) != ans.tasks {
		t.Fatalf("task %d: index %d among %d tasks, %d rounds in the certificate", id, ans.index, ans.tasks, len(cert.Rounds))
	}
	return ans
}

// registryRevert reports whether err carries the CommitteeRegistry error `name`.
func registryRevert(err error, name string) bool {
	parsed, perr := committeeregistry.CommitteeRegistryMetaData.GetAbi()
	data, ok := chain.RevertData(err)
	if perr != nil || !ok || len(data) < 4 {
		return false
	}
	ce, ok := parsed.Errors[name]
	return ok && bytes.Equal(data[:4], ce.ID[:4])
}

func bigU(v uint64) *big.Int { return new(big.Int).SetUint64(v) }
