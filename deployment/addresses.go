package deployment

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/common"
)

// EigenLayer holds the core contracts found in eigensdk-go's anvil state.
type EigenLayer struct {
	DelegationManager    common.Address `json:"delegationManager"`
	StrategyManager      common.Address `json:"strategyManager"`
	AVSDirectory         common.Address `json:"avsDirectory"`
	AllocationManager    common.Address `json:"allocationManager"`
	PermissionController common.Address `json:"permissionController"`
	RewardsCoordinator   common.Address `json:"rewardsCoordinator"`
	PauserRegistry       common.Address `json:"pauserRegistry"`
	Strategy             common.Address `json:"strategy"`      // the devnet strategy our quorum counts
	StrategyToken        common.Address `json:"strategyToken"` // its underlying MockERC20 (public mint)
}

// AVS holds this AVS's contracts, deployed by Deploy.
type AVS struct {
	ServiceManager         common.Address `json:"serviceManager"`
	RegistryCoordinator    common.Address `json:"registryCoordinator"`
	StakeRegistry          common.Address `json:"stakeRegistry"`
	BLSApkRegistry         common.Address `json:"blsApkRegistry"`
	IndexRegistry          common.Address `json:"indexRegistry"`
	SocketRegistry         common.Address `json:"socketRegistry"`
	OperatorStateRetriever common.Address `json:"operatorStateRetriever"`
	TaskManager            common.Address `json:"taskManager"`
	// CommitteeRegistry holds declared capacities and committee tables (zero in deployments
	// made before it existed).
	CommitteeRegistry common.Address `json:"committeeRegistry"`
	// RewardToken is the WrappedEther the ServiceManager pays task fees out in as EigenLayer
	// operator rewards (zero in deployments made before it existed).
	RewardToken common.Address `json:"rewardToken"`
	// Slasher verifies fault proofs and slashes through the AllocationManager (zero in
	// deployments made before it existed).
	Slasher common.Address `json:"slasher"`
	// TriggerRegistry holds automation triggers that create tasks (zero in deployments made
	// before it existed).
	TriggerRegistry common.Address `json:"triggerRegistry"`
	// SecretRegistry records the sealed secrets functions receive (zero in deployments made
	// before it existed: no function has secrets).
	SecretRegistry common.Address `json:"secretRegistry"`
}

// ErrNoRewardToken means the deployment predates operator rewards.
var ErrNoRewardToken = errors.New("this deployment has no reward token (deployed before rewards existed)")

// RequireRewardToken fails with ErrNoRewardToken when the deployment has no reward token.
func (a *Addresses) RequireRewardToken() error {
	if a.AVS.RewardToken == (common.Address{}) {
		return ErrNoRewardToken
	}
	return nil
}

// Addresses is the one JSON file the Go side reads to find every contract of a devnet.
type Addresses struct {
	ChainID    uint64         `json:"chainId"`
	RPCURL     string         `json:"rpcUrl"`
	WSURL      string         `json:"wsUrl"`
	Owner      common.Address `json:"owner"`
	Quorums    []uint8        `json:"quorums"`
	DeployedAt uint64         `json:"deployedAtBlock"`
	EigenLayer EigenLayer     `json:"eigenLayer"`
	AVS        AVS            `json:"avs"`
}

// Save writes the addresses as indented JSON.
func (a *Addresses) Save(path string) error {
	b, err := json.MarshalIndent(a, "", "  ")
	if err != nil {
		return fmt.Errorf("encode addresses: %w", err)
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("write addresses: %w", err)
	}
	return nil
}

// LoadAddresses reads a file written by Save.
func LoadAddresses(path string) (*Addresses, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read addresses: %w", err)
	}
	var a Addresses
	if err := json.Unmarshal(b, &a); err != nil {
		return nil, fmt.Errorf("parse addresses %s: %w", path, err)
	}
	if a.AVS.TaskManager == (common.Address{}) || a.AVS.RegistryCoordinator == (common.Address{}) {
		return nil, fmt.Errorf("addresses %s: incomplete deployment (no task manager or coordinator)", path)
	}
	return &a, nil
}
