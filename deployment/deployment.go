// Package deployment is the AVS's address book and its deployer: where a deployment is (chain
// endpoints and contract addresses, as the addresses file records them) and how the contracts
// are deployed and upgraded (Deploy, Upgrade). It knows nothing of anvil: the devnet package
// starts a local chain and calls Deploy on it. The commands and the operator's config read the
// addresses file only through here, so its format is known in one place.
package deployment

import (
	"github.com/ethereum/go-ethereum/common"
)

// Deployment is where a service finds the chain and the AVS's contracts.
type Deployment struct {
	RPCURL, WSURL string
	ChainID       uint64
	DeployedAt    uint64 // block of the deployment: where a fresh reader of its events starts

	TaskManager            common.Address
	RegistryCoordinator    common.Address
	OperatorStateRetriever common.Address
	ServiceManager         common.Address
	Strategy               common.Address // the EigenLayer strategy the quorum counts
	CommitteeRegistry      common.Address // zero: the deployment has none
	Slasher                common.Address // zero: the deployment has none
	TriggerRegistry        common.Address // zero: the deployment has none
	SecretRegistry         common.Address // zero: the deployment has none
}

// ReadFile reads an addresses file.
func ReadFile(path string) (Deployment, error) {
	a, err := LoadAddresses(path)
	if err != nil {
		return Deployment{}, err
	}
	return Deployment{
		RPCURL: a.RPCURL, WSURL: a.WSURL, ChainID: a.ChainID, DeployedAt: a.DeployedAt,
		TaskManager: a.AVS.TaskManager, RegistryCoordinator: a.AVS.RegistryCoordinator,
		OperatorStateRetriever: a.AVS.OperatorStateRetriever, ServiceManager: a.AVS.ServiceManager,
		Strategy: a.EigenLayer.Strategy, CommitteeRegistry: a.AVS.CommitteeRegistry, Slasher: a.AVS.Slasher,
		TriggerRegistry: a.AVS.TriggerRegistry, SecretRegistry: a.AVS.SecretRegistry,
	}, nil
}
