package deployment

import (
	"github.com/ethereum/go-ethereum/accounts/abi"

	regcoord "github.com/Layr-Labs/eigensdk-go/contracts/bindings/SlashingRegistryCoordinator"

	"github.com/blockless/avs/bindings/committeeregistry"
	"github.com/blockless/avs/bindings/servicemanager"
	"github.com/blockless/avs/bindings/taskmanager"
)

// abis lists the ABIs whose custom errors deployment failures are decoded against.
func abis() []*abi.ABI {
	var out []*abi.ABI
	for _, md := range []interface{ GetAbi() (*abi.ABI, error) }{
		servicemanager.ServiceManagerMetaData, taskmanager.TaskManagerMetaData, regcoord.ContractSlashingRegistryCoordinatorMetaData,
		committeeregistry.CommitteeRegistryMetaData,
	} {
		if a, err := md.GetAbi(); err == nil {
			out = append(out, a)
		}
	}
	return out
}
