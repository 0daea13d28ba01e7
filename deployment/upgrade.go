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

// taskManagerLibrary is an external library the TaskManager's bytecode links: deployed first, its
// address replaces solc's link placeholder in the TaskManager's bytecode.
type taskManagerLibrary struct {
	// ref is solc's name of the library, "source:Library"; its placeholder derives from it.
	ref    string
	deploy func(*bind.TransactOpts, bind.ContractBackend) (common.Address, *types.Transaction, error)
}

// taskManagerLibraries are the libraries TaskManager links (the bindings' Deploy functions for them
// live in the taskmanager package; tools/genbindings writes one per linked library).
var taskManagerLibraries = []taskManagerLibrary{
	{"contracts/src/libraries/ZkProofs.sol:ZkProofs", func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
		a, tx, _, err := taskmanager.DeployZkProofs(o, b)
		return a, tx, err
	}},
	{"contracts/src/libraries/FunctionRegistry.sol:FunctionRegistry", func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
		a, tx, _, err := taskmanager.DeployFunctionRegistry(o, b)
		return a, tx, err
	}},
	{"contracts/src/libraries/BLSCertificates.sol:BLSCertificates", func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
		a, tx, _, err := taskmanager.DeployBLSCertificates(o, b)
		return a, tx, err
	}},
}

// libraryName is the short name of a library reference ("source:Library" -> "Library").
func libraryName(ref string) string {
	return ref[strings.LastIndex(ref, ":")+1:]
}

// linkPlaceholder is solc's link placeholder of a library in bytecode: __$ + the first 34 hex digits
// of keccak256("source:Library") + $__.
func linkPlaceholder(ref string) string {
	return "__$" + crypto.Keccak256Hash([]byte(ref)).Hex()[2:36] + "$__"
}

// linkBytecode replaces each library's placeholder in bin (hex) by its address. It fails when a
// library's placeholder is not in bin or when a placeholder is left unlinked (stale bindings or a
// library missing from taskManagerLibraries).
func linkBytecode(bin string, libs map[string]common.Address) (string, error) {
	for ref, addr := range libs {
		ph := linkPlaceholder(ref)
		if !strings.Contains(bin, ph) {
			return "", fmt.Errorf("bytecode has no link placeholder for %s (stale bindings?)", ref)
		}
		bin = strings.ReplaceAll(bin, ph, strings.ToLower(addr.Hex()[2:]))
	}
	if i := strings.Index(bin, "__$"); i >= 0 {
		return "", fmt.Errorf("bytecode still has an unlinked library placeholder %s", bin[i:min(len(bin), i+40)])
	}
	return bin, nil
}

// deployLinkedTaskManager sends the deployment of a TaskManager implementation linked against the
// libraries at libs (by reference, see taskManagerLibraries). (The binding's DeployTaskManager
// deploys the libraries itself with the same transact options, which breaks with an explicit nonce.)
func deployLinkedTaskManager(opts *bind.TransactOpts, client *ethclient.Client, libs map[string]common.Address, coordinator common.Address, rewardsEpochSeconds uint32) (common.Address, *types.Transaction, error) {
	bin, err := linkBytecode(taskmanager.TaskManagerMetaData.Bin, libs)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("link TaskManager: %w", err)
	}
	parsed, err := taskmanager.TaskManagerMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("task manager abi: %w", err)
	}
	addr, tx, _, err := bind.DeployContract(opts, *parsed, common.FromHex(bin), client, coordinator, rewardsEpochSeconds)
	if err != nil {
		return common.Address{}, nil, err
	}
	return addr, tx, nil
}

// DeployTaskManagerImplementation deploys a TaskManager implementation over the given registry
// coordinator (and the libraries it links, see taskManagerLibraries), to upgrade a TaskManager proxy to (see
// Upgrade). It is not initialised: its constructor disables that, and the proxy keeps its state.
// rewardsEpochSeconds must be the running implementation's REWARDS_EPOCH_SECONDS (an immutable):
// another length would regroup the fees counted per epoch.
func DeployTaskManagerImplementation(ctx context.Context, client *ethclient.Client, key *ecdsa.PrivateKey, coordinator common.Address, rewardsEpochSeconds uint32) (common.Address, error) {
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return common.Address{}, fmt.Errorf("chain id: %w", err)
	}
	opts, err := chain.TransactOpts(ctx, key, chainID)
	if err != nil {
		return common.Address{}, err
	}
	libs := make(map[string]common.Address, len(taskManagerLibraries))
	for _, lib := range taskManagerLibraries {
		what := "deploy " + libraryName(lib.ref) + " library"
		a, tx, err := lib.deploy(opts, client)
		if err != nil {
			return common.Address{}, fmt.Errorf("%s: %w", what, err)
		}
		if _, err := chain.WaitMined(ctx, client, tx, what); err != nil {
			return common.Address{}, err
		}
		libs[lib.ref] = a
	}
	addr, tx, err := deployLinkedTaskManager(opts, client, libs, coordinator, rewardsEpochSeconds)
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
