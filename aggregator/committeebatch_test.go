package aggregator

import (
	"net/http"
	"slices"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"

	"github.com/blockless/avs/protocol"
)

// committeeBatchEnv is a batching env with a committee table over all three operators and
// `n` committee tasks of size 1 (ids 1..n, threshold 100, no failover), each certified by its
// one member, such that at least two different operators certify them. It returns the member
// (env index) of each task.
func committeeBatchEnv(t *testing.T, n int, mutate ...func(*Config)) (*env, []int) {
	e := batchEnv(t, n, time.Hour, mutate...)
	table := e.committeeTable(3)
	var tasks []protocol.Task
	var members []int
	for salt := byte(60); len(tasks) < n; salt++ {
		task := committeeTask(salt, 1, 0, 100)
		m := e.opIndex(table.Entries[table.Draw(e.seedOf(task), 0)].ID)
		if len(tasks) == n-1 && !slices.ContainsFunc(members, func(o int) bool { return o != m }) {
			continue // the last task goes to another member than all the others
		}
		tasks, members = append(tasks, task), append(members, m)
	}
	for i, task := range tasks {
		id := uint32(i + 1)
		e.create(id, task)
		wantStatus(t, e.postJSON("/v1/responses", e.signed(members[i], id, task, "out")), http.StatusAccepted)
	}
	return e, members
}

func (e *env) committeeCalls() [][]uint32 {
	e.sender.mu.Lock()
	defer e.sender.mu.Unlock()
	return append([][]uint32(nil), e.sender.committeeTasks...)
}

// Certified committee tasks of one table are proposed as one batch with their certifying
// rounds, offered only to their members; the batch is sent only once every task's own members
// signed it (one member's signature does not certify another member's task), as one
// respondToTasksByCommittee whose certificate verifies over the batch message.
func TestCommitteeBatch(t *testing.T) {
	e, members := committeeBatchEnv(t, 3)
	p := e.waitProposal()
	if p.Count != 3 {
		t.Fatalf("proposal of %d tasks, want 3", p.Count)
	}
	for _, l := range p.Tasks {
		if l.CommitteeRound == nil || *l.CommitteeRound != 0 {
			t.Fatalf("leaf of task %d has committee round %v, want 0", l.TaskID, l.CommitteeRound)
		}
	}
	signers := map[int]bool{}
	for _, m := range members {
		signers[m] = true
	}
	if len(p.Signers) != len(signers) {
		t.Fatalf("%d operators asked to sign, want the %d members", len(p.Signers), len(signers))
	}
	for i := range e.ops {
		if !signers[i] {
			wantStatus(t, e.batchSig(p.Seq, i, e.message(p)), http.StatusForbidden)
		}
	}
	msg := e.message(p)
	apk, sigma := bls.NewZeroG2Point(), bls.NewZeroG1Point()
	order := slices.Sorted(func(yield func(int) bool) {
		for m := range signers {
			if !yield(m) {
				return
			}
		}
	})
	for k, m := range order {
		wantStatus(t, e.batchSig(p.Seq, m, msg), http.StatusAccepted)
		apk, sigma = apk.Add(e.ops[m].kp.GetPubKeyG2()), sigma.Add(e.ops[m].kp.SignMessage(msg).G1Point)
		if k < len(order)-1 {
			time.Sleep(20 * time.Millisecond)
			if calls := e.committeeCalls(); len(calls) != 0 {
				t.Fatalf("batch sent with %d of %d members' signatures: %v", k+1, len(order), calls)
			}
		}
	}
	e.waitAnswered(1, 2, 3)
	calls := e.committeeCalls()
	if len(calls) != 1 || !slices.Equal(calls[0], []uint32{1, 2, 3}) {
		t.Fatalf("respondToTasksByCommittee calls %v, want [[1 2 3]]", calls)
	}
	e.sender.mu.Lock()
	c := e.sender.committee[0]
	e.sender.mu.Unlock()
	if !slices.Equal(c.Rounds, []uint8{0, 0, 0}) || len(c.SignerPositions) != len(order) {
		t.Fatalf("certificate rounds %v positions %v", c.Rounds, c.SignerPositions)
	}
	for k := 1; k < len(c.SignerPositions); k++ {
		if c.SignerPositions[k] <= c.SignerPositions[k-1] {
			t.Fatalf("positions %v not increasing", c.SignerPositions)
		}
	}
	if !sameG2(c.ApkG2, protocol.G2(apk)) || !sameG1(c.Sigma, protocol.G1(sigma)) {
		t.Fatal("certificate is not the sum of the members' keys and batch signatures")
	}
	if ok, err := (&bls.Signature{G1Point: sigma}).Verify(apk, msg); err != nil || !ok {
		t.Fatalf("batch signature does not verify: %v", err)
	}
	if r, _, _ := e.sender.counts(); r != 0 || len(e.sender.batchCalls()) != 0 {
		t.Fatal("committee tasks went to a quorum path")
	}
}

// A member declining its task's leaf leaves that task short of its seats: the batch is
// withdrawn, the task answered alone with its own committee certificate, the others batched
// again without it.
func TestCommitteeBatchDecline(t *testing.T) {
	e, members := committeeBatchEnv(t, 3)
	p := e.waitProposal()
	if code := e.batchDecline(p, members[1], 2); code != http.StatusAccepted {
		t.Fatalf("decline: %d", code)
	}
	p2 := e.waitReproposed(p)
	if !slices.Equal(taskIDs(p2), []uint32{1, 3}) {
		t.Fatalf("new batch holds %v, want [1 3]", taskIDs(p2))
	}
	e.waitAnswered(2)
	for _, m := range []int{members[0], members[2]} {
		if rec := e.batchSig(p2.Seq, m, e.message(p2)); rec.Code != http.StatusAccepted && rec.Code != http.StatusConflict {
			t.Fatalf("member %d: %d %s", m, rec.Code, rec.Body)
		}
	}
	e.waitAnswered(1, 3)
	calls := e.committeeCalls()
	slices.SortFunc(calls, func(a, b []uint32) int { return len(a) - len(b) })
	if len(calls) != 2 || !slices.Equal(calls[0], []uint32{2}) || !slices.Equal(calls[1], []uint32{1, 3}) {
		t.Fatalf("respondToTasksByCommittee calls %v, want [2] and [1 3]", calls)
	}
}

// A committee batch nobody signs in time gives its tasks back to single committee answers
// with their own certificates.
func TestCommitteeBatchTimeout(t *testing.T) {
	e, members := committeeBatchEnv(t, 2, func(c *Config) { c.BatchSignTimeout = 50 * time.Millisecond })
	e.waitAnswered(1, 2)
	calls := e.committeeCalls()
	if len(calls) != 2 || len(calls[0]) != 1 || len(calls[1]) != 1 {
		t.Fatalf("respondToTasksByCommittee calls %v, want two single tasks", calls)
	}
	e.sender.mu.Lock()
	defer e.sender.mu.Unlock()
	for i, c := range e.sender.committee {
		task := calls[i][0]
		pos, _ := e.committeeTable(3).Position(common.Hash(e.ops[members[task-1]].id))
		if len(c.SignerPositions) != 1 || c.SignerPositions[0] != uint32(pos) {
			t.Fatalf("task %d: certificate positions %v, want its member at %d", task, c.SignerPositions, pos)
		}
	}
}
