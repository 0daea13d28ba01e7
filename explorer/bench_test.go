package explorer

import (
	"math/big"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/rewards/plan"
)

// loaded is an explorer holding n tasks of 10 functions, nine in ten answered by two operators.
func loaded(b *testing.B, n int) *Explorer {
	x, err := New(nil, Config{}, zerolog.Nop())
	if err != nil {
		b.Fatal(err)
	}
	ix := x.x
	for i := 0; i < n; i++ {
		id, block := uint32(i+1), uint64(i/10+1)
		ix.created(&taskmanager.TaskManagerTaskCreated{TaskId: id, Task: taskmanager.ITaskManagerTask{FunctionId: uint64(i % 10),
			Requester: common.BigToAddress(big.NewInt(int64(i % 7))), QuorumNumbers: []byte{0}, Fee: big.NewInt(100)}},
			Step{Block: block, Time: block * 2})
		if i%10 != 9 {
			out := []byte("output")
			ix.responded(&taskmanager.TaskManagerTaskResponded{TaskId: id, Response: taskmanager.ITaskManagerTaskResponse{TaskId: id,
				Output: out, OutputDigest: crypto.Keccak256Hash(out)}}, Step{Block: block + uint64(i%5), Time: (block + 2) * 2}, 60_000,
				plan.Answer{Kind: plan.AnsweredByQuorum, Signers: []plan.Operator{opA, opB}, Fee: big.NewInt(100)}, "")
		}
	}
	ix.m.indexed = uint64(n/10 + 5)
	return x
}

// BenchmarkAPI is what one open explorer tab costs the server per second (it polls the page's
// JSON once a second), on 10,000 tasks.
func BenchmarkAPI(b *testing.B) {
	h := loaded(b, 10_000).Handler()
	for _, path := range []string{"/api/stats?buckets=1", "/api/stats?buckets=40", "/api/tasks?limit=200", "/api/tasks?function=3&state=answered&limit=200", "/api/tasks/5000", "/api/operators"} {
		b.Run(path, func(b *testing.B) {
			for b.Loop() {
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
				if rec.Code != http.StatusOK {
					b.Fatal(rec.Code)
				}
			}
		})
	}
}
