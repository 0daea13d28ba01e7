package tests

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/blockless/avs/deployment"
	"github.com/blockless/avs/protocol"
	"github.com/blockless/avs/protocol/onchain"
)

// TestUpgradeKeepsPendingTask upgrades the TaskManager of a running devnet to a new implementation
// while a task is pending: the task keeps its record under the proxy's address, is answered through
// the new implementation with a certificate aggregated from the operators' real signatures (the
// digest still names the proxy), and the deployment's settings are kept. Only the owner of the
// proxy's ProxyAdmin can upgrade.
func TestUpgradeKeepsPendingTask(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	e := startEnv(t, ctx)
	ops := e.registerOperators(10, 20)
	agg := e.newAggregator()
	fn := e.registerFunction(50)
	call := &bind.CallOpts{Context: ctx}
	client := e.dn.Client
	proxy := e.dn.Addresses.AVS.TaskManager

	id, task := e.createTask(fn, []byte("created before the upgrade"), 60, 200)
	before, err := e.tm.GetTask(call, id)
	if err != nil || onchain.TaskState(before.State) != onchain.TaskPending {
		t.Fatalf("task before the upgrade: %+v, %v; want pending", before, err)
	}
	feeBefore := e.minTaskFee()
	oldImpl, err := deployment.ProxyImplementation(ctx, client, proxy)
	if err != nil {
		t.Fatal(err)
	}
	epochSeconds, err := e.tm.REWARDSEPOCHSECONDS(call)
	if err != nil {
		t.Fatal(err)
	}
	newImpl, err := deployment.DeployTaskManagerImplementation(ctx, client, e.dn.Owner, e.dn.Addresses.AVS.RegistryCoordinator, epochSeconds)
	if err != nil {
		t.Fatal(err)
	}

	// Someone else than the ProxyAdmin's owner cannot upgrade.
	stranger, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	if err := e.dn.Fund(ctx, ether(1), crypto.PubkeyToAddress(stranger.PublicKey)); err != nil {
		t.Fatal(err)
	}
	if err := deployment.Upgrade(ctx, client, stranger, proxy, newImpl, nil); err == nil {
		t.Fatal("a stranger upgraded the TaskManager")
	}

	if err := deployment.Upgrade(ctx, client, e.dn.Owner, proxy, newImpl, nil); err != nil {
		t.Fatalf("upgrade: %v", err)
	}
	if impl, err := deployment.ProxyImplementation(ctx, client, proxy); err != nil || impl != newImpl || impl == oldImpl {
		t.Fatalf("implementation after upgrade = %s, %v; want %s (was %s)", impl.Hex(), err, newImpl.Hex(), oldImpl.Hex())
	}

	after, err := e.tm.GetTask(call, id)
	if err != nil || after != before {
		t.Fatalf("task after the upgrade: %+v, %v; want %+v", after, err, before)
	}
	if fee := e.minTaskFee(); fee.Cmp(feeBefore) != 0 {
		t.Fatalf("minTaskFee after the upgrade = %v, want %v", fee, feeBefore)
	}
	if owner, err := e.tm.Owner(call); err != nil || owner != e.dn.Addresses.Owner {
		t.Fatalf("owner after the upgrade = %s, %v", owner.Hex(), err)
	}

	resp := protocol.NewResponse(id, 0, []byte("answered after the upgrade"))
	cert := e.aggregate(agg, id, task, resp, 60, ops...)
	if _, err := e.respond(task, resp, cert); err != nil {
		t.Fatalf("respondToTask after the upgrade: %v", err)
	}
	rec, err := e.tm.GetTask(call, id)
	if err != nil || onchain.TaskState(rec.State) != onchain.TaskResponded || rec.TaskHash != before.TaskHash {
		t.Fatalf("task record after the response: %+v, %v; want responded", rec, err)
	}
	// New tasks continue the counter of the first implementation.
	if next, _ := e.createTask(fn, []byte("created after the upgrade"), 60, 200); next != id+1 {
		t.Fatalf("next task id = %d, want %d", next, id+1)
	}
}
