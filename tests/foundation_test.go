package tests

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/chainio/clients/avsregistry"
	blsagg "github.com/Layr-Labs/eigensdk-go/services/bls_aggregation"
	eigentypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/blockless/avs/devnet"
	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/protocol/onchain"
)

// TestFoundation runs the on-chain path end to end on a real devnet: three operators registered
// with different stakes, tasks answered with certificates aggregated by eigensdk-go from their
// real BLS signatures, and the rejections the TaskManager must make.
func TestFoundation(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	e := startEnv(t, ctx)
	ops := e.registerOperators(10, 20, 30)

	// Ids and stakes read back through the OperatorStateRetriever.
	reader, err := avsregistry.NewReaderFromConfig(avsregistry.Config{
		RegistryCoordinatorAddress: e.dn.Addresses.AVS.RegistryCoordinator, OperatorStateRetrieverAddress: e.dn.Addresses.AVS.OperatorStateRetriever,
	}, e.dn.Client, e.eigLog)
	if err != nil {
		t.Fatal(err)
	}
	state, err := reader.GetOperatorsStakeInQuorumsAtCurrentBlock(&bind.CallOpts{Context: ctx}, eigentypes.QuorumNums{0})
	if err != nil {
		t.Fatalf("operator state: %v", err)
	}
	if len(state) != 1 || len(state[0]) != len(ops) {
		t.Fatalf("operator state has %v, want 3 operators in quorum 0", state)
	}
	byID := map[[32]byte]*big.Int{}
	for _, o := range state[0] {
		byID[o.OperatorId] = o.Stake
	}
	for _, op := range ops {
		stake, ok := byID[op.id]
		if !ok || stake.Cmp(op.deposit) != 0 {
			t.Fatalf("%s: stake on chain %v, want %v", op.name, stake, op.deposit)
		}
	}

	agg := e.newAggregator()
	fn := e.registerFunction(50)

	t.Run("digest matches the contract", func(t *testing.T) {
		id, task := e.createTask(fn, []byte("in"), 60, 50)
		resp := protocol.NewResponse(id, onchain.StatusOK, []byte("out"))
		goDigest, err := e.codec.ResponseDigest(e.dn.ChainID, e.dn.Addresses.AVS.TaskManager, task, resp)
		if err != nil {
			t.Fatal(err)
		}
		onChain, err := e.tm.ResponseDigest(&bind.CallOpts{Context: ctx}, task, resp)
		if err != nil || onChain != goDigest {
			t.Fatalf("on-chain digest %x (%v) != Go digest %x", onChain, err, goDigest)
		}
	})

	t.Run("batch message matches the contract", func(t *testing.T) {
		for _, n := range []int{1, 2, 7, 64} {
			leaves := make([][32]byte, n)
			for i := range leaves {
				leaves[i] = crypto.Keccak256Hash([]byte{byte(n), byte(i)})
			}
			root, err := protocol.BatchRoot(leaves)
			if err != nil {
				t.Fatal(err)
			}
			want := protocol.BatchMessage(e.dn.ChainID, e.dn.Addresses.AVS.TaskManager, root, uint64(n))
			onChain, err := e.tm.BatchMessage(&bind.CallOpts{Context: ctx}, root, big.NewInt(int64(n)))
			if err != nil || onChain != want {
				t.Fatalf("%d leaves: on-chain batch message %x (%v) != Go %x", n, onChain, err, want)
			}
		}
	})

	t.Run("all sign", func(t *testing.T) {
		id, task := e.createTask(fn, []byte("hello"), 60, 50)
		resp := protocol.NewResponse(id, onchain.StatusOK, []byte("HELLO"))
		cert := e.aggregate(agg, id, task, resp, 60, ops...)
		if len(cert.NonSignerPubkeys) != 0 {
			t.Fatalf("%d non-signers, want 0", len(cert.NonSignerPubkeys))
		}
		r, err := e.respond(task, resp, cert)
		if err != nil {
			t.Fatalf("respondToTask: %v", err)
		}
		t.Logf("respondToTask gas, 0 non-signers: %d", r.GasUsed)
		rec, err := e.tm.GetTask(&bind.CallOpts{Context: ctx}, id)
		if err != nil || onchain.TaskState(rec.State) != onchain.TaskResponded || rec.RespondedBlock == 0 {
			t.Fatalf("task record after response: %+v, %v", rec, err)
		}
		// A second response to an answered task is refused.
		if _, err := e.respond(task, resp, cert); err == nil || !strings.Contains(err.Error(), "TaskAlreadyResponded") {
			t.Fatalf("second response: %v, want TaskAlreadyResponded", err)
		}
	})

	t.Run("one non-signer", func(t *testing.T) {
		id, task := e.createTask(fn, []byte("x"), 60, 50)
		resp := protocol.NewResponse(id, onchain.StatusOK, []byte("y"))
		cert := e.aggregate(agg, id, task, resp, 60, ops[1], ops[2]) // 50 of 60 ether sign
		if len(cert.NonSignerPubkeys) != 1 {
			t.Fatalf("%d non-signers, want 1", len(cert.NonSignerPubkeys))
		}
		r, err := e.respond(task, resp, cert)
		if err != nil {
			t.Fatalf("respondToTask with one non-signer: %v", err)
		}
		t.Logf("respondToTask gas, 1 non-signer: %d", r.GasUsed)
	})

	t.Run("forged signature", func(t *testing.T) {
		id, task := e.createTask(fn, []byte("f"), 60, 50)
		resp := protocol.NewResponse(id, onchain.StatusOK, []byte("g"))
		digest, err := e.codec.ResponseDigest(e.dn.ChainID, e.dn.Addresses.AVS.TaskManager, task, resp)
		if err != nil {
			t.Fatal(err)
		}
		// The aggregator refuses a signature that does not verify under the claimed operator's key.
		probeID, probeTask := e.createTask(fn, []byte("probe"), 60, 50)
		probeResp := protocol.NewResponse(probeID, onchain.StatusOK, []byte("p"))
		if err := agg.svc.InitializeNewTask(blsagg.NewTaskMetadata(probeID, probeTask.ReferenceBlock, eigentypes.QuorumNums{0},
			eigentypes.QuorumThresholdPercentages{60}, 5*time.Second)); err != nil {
			t.Fatal(err)
		}
		probeDigest, _ := e.codec.ResponseDigest(e.dn.ChainID, e.dn.Addresses.AVS.TaskManager, probeTask, probeResp)
		wrongKeySig := ops[0].bls.SignMessage(probeDigest) // op1's signature claimed as op2's
		err = agg.svc.ProcessNewSignature(ctx, blsagg.NewTaskSignature(probeID, signedTask{probeTask, probeResp}, wrongKeySig, ops[1].id))
		if err == nil {
			t.Fatal("aggregator accepted a signature made with another operator's key")
		}
		// Drain the probe task's expiry notice so it does not reach the next aggregation.
		go func() { <-agg.svc.GetResponseChannel() }()
		time.Sleep(6 * time.Second)

		cert := e.aggregate(agg, id, task, resp, 60, ops...)
		// On chain: the certificate of this response does not certify another output.
		forgedResp := protocol.NewResponse(id, onchain.StatusOK, []byte("forged"))
		if _, err := e.respond(task, forgedResp, cert); err == nil || !strings.Contains(err.Error(), "InvalidBLSSignature") {
			t.Fatalf("response with another output: %v, want InvalidBLSSignature", err)
		}
		// A real signature over another message in place of the aggregate.
		forged := cert
		forged.Sigma = protocol.G1(ops[0].bls.SignMessage(crypto.Keccak256Hash(digest[:])).G1Point)
		if _, err := e.respond(task, resp, forged); err == nil || !strings.Contains(err.Error(), "InvalidBLSSignature") {
			t.Fatalf("forged aggregate signature: %v, want InvalidBLSSignature", err)
		}
		// The genuine certificate still lands afterwards: the rejections changed nothing.
		if _, err := e.respond(task, resp, cert); err != nil {
			t.Fatalf("genuine response after forged ones: %v", err)
		}
	})

	t.Run("below threshold", func(t *testing.T) {
		id, task := e.createTask(fn, []byte("b"), 60, 50)
		resp := protocol.NewResponse(id, onchain.StatusOK, []byte("c"))
		// Off chain we settle for 10%; the task demands 60% and only 10 of 60 ether signed.
		cert := e.aggregate(agg, id, task, resp, 10, ops[0])
		if _, err := e.respond(task, resp, cert); err == nil || !strings.Contains(err.Error(), "ThresholdNotMet") {
			t.Fatalf("below-threshold certificate: %v, want ThresholdNotMet", err)
		}
	})

	t.Run("after the deadline", func(t *testing.T) {
		id, task := e.createTask(fn, []byte("late"), 60, 5)
		resp := protocol.NewResponse(id, onchain.StatusOK, []byte("LATE"))
		cert := e.aggregate(agg, id, task, resp, 60, ops...)
		if err := devnet.Mine(ctx, e.dn.Addresses.RPCURL, 10); err != nil {
			t.Fatal(err)
		}
		if _, err := e.respond(task, resp, cert); err == nil || !strings.Contains(err.Error(), "TaskDeadlinePassed") {
			t.Fatalf("late response: %v, want TaskDeadlinePassed", err)
		}
		e.send("expireTask", func(o *bind.TransactOpts) (*types.Transaction, error) { return e.tm.ExpireTask(o, id, task) })
		rec, err := e.tm.GetTask(&bind.CallOpts{Context: ctx}, id)
		if err != nil || onchain.TaskState(rec.State) != onchain.TaskExpired {
			t.Fatalf("task after expiry: %+v, %v; want state Expired", rec, err)
		}
	})
}
