package devnet

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	delegationmanager "github.com/Layr-Labs/eigensdk-go/contracts/bindings/DelegationManager"
	regcoord "github.com/Layr-Labs/eigensdk-go/contracts/bindings/SlashingRegistryCoordinator"

	"github.com/blockless/avs/bindings/proxyadmin"
	"github.com/blockless/avs/bindings/servicemanager"
	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/deployment"
)

func TestStartDeploysAVS(t *testing.T) {
	// A devnet takes anvil and seconds to start; `make check` runs -short.
	if testing.Short() {
		t.Skip("starts a devnet (anvil): skipped under -short; `make test` runs it")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	dir := t.TempDir()
	dn, err := Start(ctx, Options{Dir: dir})
	if err != nil {
		t.Fatalf("start devnet: %v", err)
	}
	defer dn.Stop()

	loaded, err := deployment.LoadAddresses(filepath.Join(dir, AddressesFile))
	if err != nil {
		t.Fatalf("load addresses: %v", err)
	}
	if loaded.AVS != dn.Addresses.AVS {
		t.Fatalf("addresses file differs from the deployment")
	}
	call := &bind.CallOpts{Context: ctx}
	coord, err := regcoord.NewContractSlashingRegistryCoordinator(loaded.AVS.RegistryCoordinator, dn.Client)
	if err != nil {
		t.Fatal(err)
	}
	n, err := coord.QuorumCount(call)
	if err != nil || n != 2 {
		t.Fatalf("quorum count = %d, %v; want 2 (delegated stake, slashable stake)", n, err)
	}
	avsID, err := coord.Avs(call)
	if err != nil || avsID != loaded.AVS.ServiceManager {
		t.Fatalf("coordinator avs() = %s, %v; want service manager %s", avsID.Hex(), err, loaded.AVS.ServiceManager.Hex())
	}
	sm, err := servicemanager.NewServiceManager(loaded.AVS.ServiceManager, dn.Client)
	if err != nil {
		t.Fatal(err)
	}
	strategies, err := sm.GetRestakeableStrategies(call)
	// Both quorums count the devnet strategy (listed once per quorum).
	if err != nil || len(strategies) != 2 || strategies[0] != loaded.EigenLayer.Strategy || strategies[1] != loaded.EigenLayer.Strategy {
		t.Fatalf("restakeable strategies = %v, %v; want [%s] per quorum", strategies, err, loaded.EigenLayer.Strategy.Hex())
	}
	tm, err := taskmanager.NewTaskManager(loaded.AVS.TaskManager, dn.Client)
	if err != nil {
		t.Fatal(err)
	}
	rc, err := tm.RegistryCoordinator(call)
	if err != nil || rc != loaded.AVS.RegistryCoordinator {
		t.Fatalf("task manager coordinator = %s, %v", rc.Hex(), err)
	}
	if fee, err := tm.MinTaskFee(call); err != nil || fee.Cmp(deployment.DefaultMinTaskFee) != 0 {
		t.Fatalf("minTaskFee = %v, %v; want %v", fee, err, deployment.DefaultMinTaskFee)
	}
	// The stale-stake rule reads these views of the real contracts: the DelegationManager the
	// stake registry names, its withdrawal delay and the coordinator's quorumUpdateBlockNumber.
	if del, err := tm.Delegation(call); err != nil || del != loaded.EigenLayer.DelegationManager {
		t.Fatalf("task manager delegation = %s, %v; want %s", del.Hex(), err, loaded.EigenLayer.DelegationManager.Hex())
	}
	dm, err := delegationmanager.NewContractDelegationManager(loaded.EigenLayer.DelegationManager, dn.Client)
	if err != nil {
		t.Fatal(err)
	}
	delay, err := dm.MinWithdrawalDelayBlocks(call)
	if err != nil {
		t.Fatalf("minWithdrawalDelayBlocks: %v", err)
	}
	updated, err := coord.QuorumUpdateBlockNumber(call, 0)
	if err != nil {
		t.Fatalf("quorumUpdateBlockNumber: %v", err)
	}
	t.Logf("quorum 0 updated at block %v, withdrawal delay %d blocks, head %d", updated, delay, loaded.DeployedAt)
	if on, err := tm.StaleStakesForbidden(call); err != nil || on {
		t.Fatalf("staleStakesForbidden = %v, %v; want off on the devnet", on, err)
	}
	// ServiceManager, coordinator and TaskManager are proxies, each upgradeable by its own
	// ProxyAdmin, which the devnet's owner owns.
	for name, proxy := range map[string]common.Address{"ServiceManager": loaded.AVS.ServiceManager,
		"RegistryCoordinator": loaded.AVS.RegistryCoordinator, "TaskManager": loaded.AVS.TaskManager} {
		impl, err := deployment.ProxyImplementation(ctx, dn.Client, proxy)
		if err != nil || impl == proxy {
			t.Fatalf("%s implementation = %s, %v", name, impl.Hex(), err)
		}
		adminAddr, err := deployment.ProxyAdmin(ctx, dn.Client, proxy)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		admin, err := proxyadmin.NewProxyAdmin(adminAddr, dn.Client)
		if err != nil {
			t.Fatal(err)
		}
		if o, err := admin.Owner(call); err != nil || o != loaded.Owner {
			t.Fatalf("%s ProxyAdmin owner = %s, %v; want %s", name, o.Hex(), err, loaded.Owner.Hex())
		}
	}
}
