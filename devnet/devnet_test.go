package devnet

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	regcoord "github.com/Layr-Labs/eigensdk-go/contracts/bindings/SlashingRegistryCoordinator"

	"github.com/blockless/avs/bindings/servicemanager"
	"github.com/blockless/avs/bindings/taskmanager"
)

func TestStartDeploysAVS(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	dir := t.TempDir()
	dn, err := Start(ctx, Options{Dir: dir})
	if err != nil {
		t.Fatalf("start devnet: %v", err)
	}
	defer dn.Stop()

	loaded, err := LoadAddresses(filepath.Join(dir, AddressesFile))
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
	if err != nil || n != 1 {
		t.Fatalf("quorum count = %d, %v; want 1", n, err)
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
	if err != nil || len(strategies) != 1 || strategies[0] != loaded.EigenLayer.Strategy {
		t.Fatalf("restakeable strategies = %v, %v; want [%s]", strategies, err, loaded.EigenLayer.Strategy.Hex())
	}
	tm, err := taskmanager.NewTaskManager(loaded.AVS.TaskManager, dn.Client)
	if err != nil {
		t.Fatal(err)
	}
	rc, err := tm.RegistryCoordinator(call)
	if err != nil || rc != loaded.AVS.RegistryCoordinator {
		t.Fatalf("task manager coordinator = %s, %v", rc.Hex(), err)
	}
}
