// Package deployment says where a deployment is: its chain endpoints and the AVS's contract
// addresses, as the addresses file the devnet writes records them. The commands and the
// operator's config read the file only through here, so its format is known in one place.
package deployment

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/blockless/avs/devnet"
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
}

// ReadFile reads an addresses file.
func ReadFile(path string) (Deployment, error) {
	a, err := devnet.LoadAddresses(path)
	if err != nil {
		return Deployment{}, err
	}
	return Deployment{
		RPCURL: a.RPCURL, WSURL: a.WSURL, ChainID: a.ChainID, DeployedAt: a.DeployedAt,
		TaskManager: a.AVS.TaskManager, RegistryCoordinator: a.AVS.RegistryCoordinator,
		OperatorStateRetriever: a.AVS.OperatorStateRetriever, ServiceManager: a.AVS.ServiceManager,
		Strategy: a.EigenLayer.Strategy,
	}, nil
}
