package deployment

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/blockless/avs/bindings/proxyadmin"
	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/chain"
)

// EIP-1967 slots where a TransparentUpgradeableProxy keeps its implementation and its ProxyAdmin.
var (
	implementationSlot = common.HexToHash("0x360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc")
	adminSlot          = common.HexToHash("0xb53127684a568b3173ae13b9f8a6016e243e63b6e8ee1178d6a717850b5d6103")
)

// ProxyImplementation returns the implementation a proxy deployed by Deploy delegates to.
func ProxyImplementation(ctx context.Context, client *ethclient.Client, proxy common.Address) (common.Address, error) {
	return readAddressSlot(ctx, client, proxy, implementationSlot, "implementation")
}

// ProxyAdmin returns the ProxyAdmin contract that upgrades a proxy deployed by Deploy. Its owner
// (the devnet's owner) is the only account that can upgrade.
func ProxyAdmin(ctx context.Context, client *ethclient.Client, proxy common.Address) (common.Address, error) {
	return readAddressSlot(ctx, client, proxy, adminSlot, "admin")
}

func readAddressSlot(ctx context.Context, client *ethclient.Client, proxy common.Address, slot common.Hash, what string) (common.Address, error) {
	b, err := client.StorageAt(ctx, proxy, slot, nil)
	if err != nil {
		return common.Address{}, fmt.Errorf("read %s slot of proxy %s: %w", what, proxy.Hex(), err)
	}
	a := common.BytesToAddress(b)
	if a == (common.Address{}) {
		return common.Address{}, fmt.Errorf("proxy %s has no %s: not a proxy deployed by Deploy", proxy.Hex(), what)
	}
	return a, nil
}

// zkProofsPlaceholder is solc's link placeholder of the ZkProofs library in the TaskManager's
// bytecode: __$ + the first 34 hex digits of keccak256("source:Library") + $__.
var zkProofsPlaceholder = "__$" + crypto.Keccak256Hash([]byte("contracts/src/libraries/ZkProofs.sol:ZkProofs")).Hex()[2:36] + "$__"

// deployLinkedTaskManager sends the deployment of a TaskManager implementation linked against
// the ZkProofs library at lib. (The binding's DeployTaskManager deploys a library itself with the
// same transact options, which breaks with an explicit nonce.)
func deployLinkedTaskManager(opts *bind.TransactOpts, client *ethclient.Client, lib, coordinator common.Address) (common.Address, *types.Transaction, error) {
	bin := taskmanager.TaskManagerMetaData.Bin
	if !strings.Contains(bin, zkProofsPlaceholder) {
		return common.Address{}, nil, fmt.Errorf("TaskManager bytecode has no ZkProofs link placeholder (stale bindings?)")
	}
	parsed, err := taskmanager.TaskManagerMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("task manager abi: %w", err)
	}
	code := common.FromHex(strings.ReplaceAll(bin, zkProofsPlaceholder, strings.ToLower(lib.Hex()[2:])))
	addr, tx, _, err := bind.DeployContract(opts, *parsed, code, client, coordinator)
	if err != nil {
		return common.Address{}, nil, err
	}
	return addr, tx, nil
}

// DeployTaskManagerImplementation deploys a TaskManager implementation over the given registry
// coordinator (and the ZkProofs library it links), to upgrade a TaskManager proxy to (see
// Upgrade). It is not initialised: its constructor disables that, and the proxy keeps its state.
func DeployTaskManagerImplementation(ctx context.Context, client *ethclient.Client, key *ecdsa.PrivateKey, coordinator common.Address) (common.Address, error) {
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return common.Address{}, fmt.Errorf("chain id: %w", err)
	}
	opts, err := chain.TransactOpts(ctx, key, chainID)
	if err != nil {
		return common.Address{}, err
	}
	lib, tx, _, err := taskmanager.DeployZkProofs(opts, client)
	if err != nil {
		return common.Address{}, fmt.Errorf("deploy ZkProofs library: %w", err)
	}
	if _, err := chain.WaitMined(ctx, client, tx, "deploy ZkProofs library"); err != nil {
		return common.Address{}, err
	}
	addr, tx, err := deployLinkedTaskManager(opts, client, lib, coordinator)
	if err != nil {
		return common.Address{}, fmt.Errorf("deploy TaskManager implementation: %w", err)
	}
	if _, err := chain.WaitMined(ctx, client, tx, "deploy TaskManager implementation"); err != nil {
		return common.Address{}, err
	}
	return addr, nil
}

// Upgrade points a proxy deployed by Deploy at a new implementation through the proxy's
// ProxyAdmin, calling data on it in the same transaction when data is not empty (a reinitializer
// of the new version, for example). key must own the ProxyAdmin. The proxy's storage, and so every
// pending task, function and balance of a TaskManager, is kept.
func Upgrade(ctx context.Context, client *ethclient.Client, key *ecdsa.PrivateKey, proxy, impl common.Address, data []byte) error {
	adminAddr, err := ProxyAdmin(ctx, client, proxy)
	if err != nil {
		return err
	}
	admin, err := proxyadmin.NewProxyAdmin(adminAddr, client)
	if err != nil {
		return fmt.Errorf("bind proxy admin: %w", err)
	}
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("chain id: %w", err)
	}
	opts, err := chain.TransactOpts(ctx, key, chainID)
	if err != nil {
		return err
	}
	adminABI, err := proxyadmin.ProxyAdminMetaData.GetAbi()
	if err != nil {
		return fmt.Errorf("proxy admin abi: %w", err)
	}
	errABIs := append(abis(), adminABI)
	tx, err := admin.UpgradeAndCall(opts, proxy, impl, data)
	if err != nil {
		return fmt.Errorf("upgrade %s to %s: %s", proxy.Hex(), impl.Hex(), chain.DescribeError(err, errABIs...))
	}
	if _, err := chain.WaitMined(ctx, client, tx, "upgrade "+proxy.Hex(), errABIs...); err != nil {
		return err
	}
	return nil
}
