// Package chainflags defines, once, the flags that say which deployment a command works
// with, and reads them the same way everywhere: the --addresses file (the devnet writes one)
// first, explicit flags on top. The flags are built by functions, not shared variables: urfave/cli
// records parsing state in a flag, so each command gets its own.
package chainflags

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/blockless/avs/chain"
	"github.com/blockless/avs/deployment"
)

// Flag names, for commands that read a flag directly.
const (
	AddressesName              = "addresses"
	RPCURLName                 = "rpc-url"
	WSURLName                  = "ws-url"
	ChainIDName                = "chain-id"
	TaskManagerName            = "task-manager"
	RegistryCoordinatorName    = "registry-coordinator"
	OperatorStateRetrieverName = "operator-state-retriever"
	ServiceManagerName         = "service-manager"
	StrategyName               = "strategy"
	CommitteeRegistryName      = "committee-registry"
	TriggerRegistryName        = "trigger-registry"
	SecretRegistryName         = "secret-registry"
)

// Addresses names the deployment's addresses file.
func Addresses() *cli.StringFlag {
	return &cli.StringFlag{Name: AddressesName, EnvVars: []string{"BLOCKLESS_ADDRESSES"},
		Usage: "addresses.json of a deployment (the devnet writes one); explicit flags override it"}
}

// RPCURL is the Ethereum JSON-RPC endpoint.
func RPCURL() *cli.StringFlag {
	return &cli.StringFlag{Name: RPCURLName, EnvVars: []string{"BLOCKLESS_RPC_URL"}, Usage: "Ethereum JSON-RPC endpoint"}
}

// WSURL is the websocket endpoint.
func WSURL() *cli.StringFlag {
	return &cli.StringFlag{Name: WSURLName, EnvVars: []string{"BLOCKLESS_WS_URL"}, Usage: "websocket endpoint (default: derived from --rpc-url)"}
}

// ChainID is the chain the command must find at the endpoint.
func ChainID() *cli.Uint64Flag {
	return &cli.Uint64Flag{Name: ChainIDName, EnvVars: []string{"BLOCKLESS_CHAIN_ID"}, Usage: "expected chain id (refuses another chain)"}
}

// TaskManager is the TaskManager contract.
func TaskManager() *cli.StringFlag {
	return &cli.StringFlag{Name: TaskManagerName, EnvVars: []string{"BLOCKLESS_TASK_MANAGER"}, Usage: "TaskManager address"}
}

// RegistryCoordinator is the AVS's registry coordinator.
func RegistryCoordinator() *cli.StringFlag {
	return &cli.StringFlag{Name: RegistryCoordinatorName, EnvVars: []string{"BLOCKLESS_REGISTRY_COORDINATOR"}, Usage: "registry coordinator address"}
}

// OperatorStateRetriever is the AVS's operator state retriever.
func OperatorStateRetriever() *cli.StringFlag {
	return &cli.StringFlag{Name: OperatorStateRetrieverName, EnvVars: []string{"BLOCKLESS_OPERATOR_STATE_RETRIEVER"}, Usage: "operator state retriever address"}
}

// ServiceManager is the AVS's service manager.
func ServiceManager() *cli.StringFlag {
	return &cli.StringFlag{Name: ServiceManagerName, EnvVars: []string{"BLOCKLESS_SERVICE_MANAGER"}, Usage: "service manager (AVS) address"}
}

// CommitteeRegistry is the AVS's committee registry (declared capacities, committee tables).
func CommitteeRegistry() *cli.StringFlag {
	return &cli.StringFlag{Name: CommitteeRegistryName, EnvVars: []string{"BLOCKLESS_COMMITTEE_REGISTRY"}, Usage: "committee registry address"}
}

// TriggerRegistry is the AVS's registry of automation triggers.
func TriggerRegistry() *cli.StringFlag {
	return &cli.StringFlag{Name: TriggerRegistryName, EnvVars: []string{"BLOCKLESS_TRIGGER_REGISTRY"}, Usage: "trigger registry address"}
}

// SecretRegistry is the AVS's registry of sealed secrets.
func SecretRegistry() *cli.StringFlag {
	return &cli.StringFlag{Name: SecretRegistryName, EnvVars: []string{"BLOCKLESS_SECRET_REGISTRY"}, Usage: "secret registry address"}
}

// Strategy is the EigenLayer strategy an operator deposits into.
func Strategy() *cli.StringFlag {
	return &cli.StringFlag{Name: StrategyName, Usage: "strategy to deposit into / report shares of"}
}

// Load is the deployment the flags name: the --addresses file when given, the explicit flags
// on top of it.
func Load(c *cli.Context) (deployment.Deployment, error) {
	var d deployment.Deployment
	if f := c.String(AddressesName); f != "" {
		var err error
		if d, err = deployment.ReadFile(f); err != nil {
			return d, err
		}
	}
	return Override(c, d)
}

// Override sets on d what the flags give explicitly. Flags the command does not define read as
// unset, so each command takes only what it offers.
func Override(c *cli.Context, d deployment.Deployment) (deployment.Deployment, error) {
	if v := c.String(RPCURLName); v != "" {
		d.RPCURL = v
	}
	if v := c.String(WSURLName); v != "" {
		d.WSURL = v
	}
	// IsSet, not non-zero: an explicit --chain-id 0 turns the chain check off.
	if c.IsSet(ChainIDName) {
		d.ChainID = c.Uint64(ChainIDName)
	}
	for _, a := range []struct {
		flag string
		dst  *common.Address
	}{
		{TaskManagerName, &d.TaskManager},
		{RegistryCoordinatorName, &d.RegistryCoordinator},
		{OperatorStateRetrieverName, &d.OperatorStateRetriever},
		{ServiceManagerName, &d.ServiceManager},
		{StrategyName, &d.Strategy},
		{CommitteeRegistryName, &d.CommitteeRegistry},
		{TriggerRegistryName, &d.TriggerRegistry},
		{SecretRegistryName, &d.SecretRegistry},
	} {
		if v := c.String(a.flag); v != "" {
			if !common.IsHexAddress(v) {
				return d, fmt.Errorf("--%s: %q is not an address", a.flag, v)
			}
			*a.dst = common.HexToAddress(v)
		}
	}
	return d, nil
}

// DialAddresses reads the whole address book named by --addresses (for commands that need more
// than Load gives: rewards, fault proofs) and dials its RPC endpoint, --rpc-url overriding it,
// refusing another chain than the book's.
func DialAddresses(ctx context.Context, c *cli.Context) (*ethclient.Client, *big.Int, *deployment.Addresses, error) {
	addrs, err := deployment.LoadAddresses(c.String(AddressesName))
	if err != nil {
		return nil, nil, nil, fmt.Errorf("%w (this command needs the deployment's addresses file: --addresses)", err)
	}
	url := addrs.RPCURL
	if v := c.String(RPCURLName); v != "" {
		url = v
	}
	client, chainID, err := chain.Dial(ctx, url, addrs.ChainID)
	if err != nil {
		return nil, nil, nil, err
	}
	return client, chainID, addrs, nil
}
