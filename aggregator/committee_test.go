package aggregator

import (
	"math/big"
	"net/http"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/committee"
	"github.com/blockless/avs/protocol"
)

// committeeTable adds a committee table over the env's operators (the first `inTable` of them,
// equal capacity, so weight follows stake) as table 7.
func (e *env) committeeTable(inTable int) *committee.Table {
	e.t.Helper()
	var ops []committee.Operator
	for i, op := range e.ops[:inTable] {
		stake := new(big.Int).Mul(big.NewInt(int64(10*(i+1))), big.NewInt(1e18)) // newEnv's stakes
		ops = append(ops, committee.Operator{ID: op.id, Stake: stake,
			Capacity: committee.Capacity{Cores: 4, MemoryMiB: 1024, FuelRate: 100, Runtimes: committee.RuntimeWasm}})
	}
	table, err := committee.BuildTable(ops, committee.Class{Runtimes: committee.RuntimeWasm, MemClass: 0}, 1<<20)
	if err != nil {
		e.t.Fatal(err)
	}
	e.chain.mu.Lock()
	if e.chain.tables == nil {
		e.chain.tables = map[uint64]*committee.Table{}
	}
	e.chain.tables[7] = table
	e.chain.mu.Unlock()
	return table
}

// committeeTask is testTask(salt) as a committee task of size k on table 7.
func committeeTask(salt byte, k uint16, failover uint32, threshold uint8) protocol.Task {
	task := testTask(salt)
	task.CommitteeSize, task.FailoverBlocks, task.CommitteeTable = k, failover, 7
	task.QuorumThresholdPercentage = threshold
	return task
}

// seedOf is the task's seed as the chain computes it (the fake chain's hash of the block after
// the reference block).
func (e *env) seedOf(task protocol.Task) [32]byte {
	e.t.Helper()
	h, err := e.s.codec.TaskHash(task)
	if err != nil {
		e.t.Fatal(err)
	}
	bh, err := e.chain.BlockHash(e.ctx, uint64(task.ReferenceBlock)+1)
	if err != nil {
		e.t.Fatal(err)
	}
	return committee.Seed(bh, h)
}

func (e *env) opIndex(id common.Hash) int {
	for i, op := range e.ops {
		if op.id == id {
			return i
		}
	}
	e.t.Fatalf("unknown operator %s", id.Hex())
	return -1
}

// Only the committee's member answers; the certificate names it by table position with its
// key, and its signature verifies under the certificate's G2 key.
func TestCommitteeMemberCertifiesAlone(t *testing.T) {
	e := newEnv(t)
	table := e.committeeTable(3)
	task := committeeTask(1, 1, 0, 100)
	e.create(1, task)
	seed := e.seedOf(task)
	member := table.Draw(seed, 0)
	i := e.opIndex(table.Entries[member].ID)

	// Another operator of the table, not drawn (no failover: round 0 only), is refused.
	for j := range e.ops {
		if j != i {
			wantStatus(t, e.postJSON("/v1/responses", e.signed(j, 1, task, "out")), http.StatusForbidden)
			break
		}
	}
	sr := e.signed(i, 1, task, "out")
	wantStatus(t, e.postJSON("/v1/responses", sr), http.StatusAccepted)
	e.waitFor(func() bool { return e.record(1).State == StateAnswered }, "task answered")
	e.sender.mu.Lock()
	certs := e.sender.committee
	e.sender.mu.Unlock()
	if len(certs) != 1 {
		t.Fatalf("%d committee certificates, want 1", len(certs))
	}
	c := certs[0]
	if len(c.Rounds) != 1 || c.Rounds[0] != 0 || len(c.SignerPositions) != 1 || c.SignerPositions[0] != uint32(member) {
		t.Fatalf("certificate rounds %v positions %v, want round 0 position %d", c.Rounds, c.SignerPositions, member)
	}
	if !sameG1(c.SignerPubkeys[0], protocol.G1(e.ops[i].kp.GetPubKeyG1())) || !sameG2(c.ApkG2, protocol.G2(e.ops[i].kp.GetPubKeyG2())) {
		t.Fatal("certificate keys are not the member's")
	}
	p, err := sr.Signature.Point()
	if err != nil || !sameG1(c.Sigma, protocol.G1(p)) {
		t.Fatalf("sigma is not the member's signature (%v)", err)
	}
	if r, _, _ := e.sender.counts(); r != 0 {
		t.Fatalf("%d respondToTask calls for a committee task, want 0", r)
	}
}

// An operator outside the committee table is refused, whatever it signs.
func TestCommitteeRefusesOperatorOutsideTable(t *testing.T) {
	e := newEnv(t)
	e.committeeTable(2)
	task := committeeTask(2, 2, 5, 50)
	e.create(1, task)
	wantStatus(t, e.postJSON("/v1/responses", e.signed(2, 1, task, "out")), http.StatusForbidden)
}

// Two members' certificate sums their keys and signatures, ordered by table position, and the
// sum verifies.
func TestCommitteeCertificateAggregates(t *testing.T) {
	e := newEnv(t)
	table := e.committeeTable(3)
	// Find a task whose window of 3 draws holds at least two distinct operators.
	var task protocol.Task
	var members []int
	for salt := byte(10); ; salt++ {
		task = committeeTask(salt, 3, 0, 100)
		members = table.Committee(e.seedOf(task), 3)
		if len(members) >= 2 {
			break
		}
	}
	e.create(1, task)
	resp := protocol.NewResponse(1, 0, []byte("out"))
	digest, err := e.s.codec.ResponseDigest(e.s.chainID, e.s.cfg.TaskManager, task, resp)
	if err != nil {
		t.Fatal(err)
	}
	apk, sigma := bls.NewZeroG2Point(), bls.NewZeroG1Point()
	for _, pos := range members {
		i := e.opIndex(table.Entries[pos].ID)
		sr := e.signed(i, 1, task, "out")
		wantStatus(t, e.postJSON("/v1/responses", sr), http.StatusAccepted)
		p, _ := sr.Signature.Point()
		apk, sigma = apk.Add(e.ops[i].kp.GetPubKeyG2()), sigma.Add(p)
	}
	e.waitFor(func() bool { return e.record(1).State == StateAnswered }, "task answered")
	e.sender.mu.Lock()
	c := e.sender.committee[0]
	e.sender.mu.Unlock()
	for k := 1; k < len(c.SignerPositions); k++ {
		if c.SignerPositions[k] <= c.SignerPositions[k-1] {
			t.Fatalf("positions %v not increasing", c.SignerPositions)
		}
	}
	if len(c.SignerPositions) != len(members) || !sameG2(c.ApkG2, protocol.G2(apk)) || !sameG1(c.Sigma, protocol.G1(sigma)) {
		t.Fatal("certificate is not the sum of the members' keys and signatures")
	}
	if ok, err := (&bls.Signature{G1Point: sigma}).Verify(apk, digest); err != nil || !ok {
		t.Fatalf("aggregate signature does not verify: %v", err)
	}
}

// A drafted operator (first drawn in round 1) is accepted at once but counts only once its
// round opens; then the certificate claims round 1.
func TestCommitteeFailoverRound(t *testing.T) {
	e := newEnv(t)
	table := e.committeeTable(3)
	var task protocol.Task
	drafted := -1
	for salt := byte(40); drafted < 0; salt++ {
		task = committeeTask(salt, 1, 10, 50)
		seed := e.seedOf(task)
		for pos := range table.Entries {
			if table.FirstRoundWith(seed, 1, pos, 1) < 0 && table.FirstRoundWith(seed, 1, pos, 2) == 1 {
				drafted = pos
			}
		}
	}
	e.create(1, task)
	i := e.opIndex(table.Entries[drafted].ID)
	wantStatus(t, e.postJSON("/v1/responses", e.signed(i, 1, task, "out")), http.StatusAccepted)
	e.s.committeeTick(e.chain.head) // round 1 opens at block 99+10
	if e.record(1).State == StateAnswered || len(e.sender.committee) != 0 {
		t.Fatal("a drafted member certified before its round opened")
	}
	e.chain.mu.Lock()
	e.chain.head = 109
	e.chain.mu.Unlock()
	e.s.head.Store(109)
	e.s.committeeTick(109)
	e.waitFor(func() bool { return e.record(1).State == StateAnswered }, "task answered after failover")
	e.sender.mu.Lock()
	c := e.sender.committee[0]
	e.sender.mu.Unlock()
	if len(c.Rounds) != 1 || c.Rounds[0] != 1 || len(c.SignerPositions) != 1 || c.SignerPositions[0] != uint32(drafted) {
		t.Fatalf("certificate rounds %v positions %v, want round 1 position %d", c.Rounds, c.SignerPositions, drafted)
	}
}

func sameG1(a, b taskmanager.BN254G1Point) bool { return a.X.Cmp(b.X) == 0 && a.Y.Cmp(b.Y) == 0 }

func sameG2(a, b taskmanager.BN254G2Point) bool {
	for i := range 2 {
		if a.X[i].Cmp(b.X[i]) != 0 || a.Y[i].Cmp(b.Y[i]) != 0 {
			return false
		}
	}
	return true
}
