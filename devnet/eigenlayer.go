package devnet

import (
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"

	"github.com/blockless/avs/deployment"
	"github.com/blockless/avs/internal/jsonfile"
)

// ReadEigenLayer reads the EigenLayer core addresses that eigensdk-go's deployment scripts
// wrote beside the anvil state.
func ReadEigenLayer(sdkDir string) (deployment.EigenLayer, error) {
	dir := filepath.Join(sdkDir, "contracts", "script", "output", "31337")
	var core struct {
		Addresses struct {
			DelegationManager    common.Address `json:"delegationManager"`
			StrategyManager      common.Address `json:"strategyManager"`
			AVSDirectory         common.Address `json:"avsDirectory"`
			AllocationManager    common.Address `json:"allocationManager"`
			PermissionController common.Address `json:"permissionController"`
			RewardsCoordinator   common.Address `json:"rewardsCoordinator"`
			PauserRegistry       common.Address `json:"eigenLayerPauserReg"`
		} `json:"addresses"`
	}
	var tokens struct {
		Addresses struct {
			Token    common.Address `json:"erc20mock"`
			Strategy common.Address `json:"erc20mockstrategy"`
		} `json:"addresses"`
	}
	if err := jsonfile.Read(filepath.Join(dir, "eigenlayer_deployment_output.json"), &core); err != nil {
		return deployment.EigenLayer{}, err
	}
	if err := jsonfile.Read(filepath.Join(dir, "token_and_strategy_deployment_output.json"), &tokens); err != nil {
		return deployment.EigenLayer{}, err
	}
	a := core.Addresses
	return deployment.EigenLayer{
		DelegationManager: a.DelegationManager, StrategyManager: a.StrategyManager, AVSDirectory: a.AVSDirectory,
		AllocationManager: a.AllocationManager, PermissionController: a.PermissionController,
		RewardsCoordinator: a.RewardsCoordinator, PauserRegistry: a.PauserRegistry,
		Strategy: tokens.Addresses.Strategy, StrategyToken: tokens.Addresses.Token,
	}, nil
}
