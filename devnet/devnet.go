// Package devnet runs a local chain for tests and the main job: anvil from node_modules
// loaded with EigenLayer core from eigensdk-go's anvil state, and this AVS deployed on it.
package devnet

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/blockless/avs/chain"
	"github.com/blockless/avs/deployment"
	"github.com/blockless/avs/internal/progress"
)

// DevKeyHex is anvil's first default account, the devnet's deployer and owner. It is a public
// test key: it must never hold value outside a local devnet.
const DevKeyHex = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"

// Options configures Start.
type Options struct {
	Dir       string                   // run directory: prepared state, anvil log, addresses.json
	Port      int                      // 0 = a free loopback port
	BlockTime time.Duration            // 0 = automine
	Deploy    deployment.DeployOptions // zero value: DefaultDeployOptions
	// WasmEnvironment and X86Environment, when non-zero, override Deploy's: the execution
	// environments the TaskManager pins (engine.WasmEnvironment, engine.X86Environment). Without a
	// WASM environment the devnet takes no WASM tasks.
	WasmEnvironment [32]byte
	X86Environment  [32]byte
	// Progress, when set, shows Start's stages (and the deployment's transactions, unless
	// Deploy has its own); nil: silent.
	Progress *progress.Line
}

// Devnet is a running chain with this AVS deployed.
type Devnet struct {
	Anvil     *Anvil
	Client    *ethclient.Client
	Addresses *deployment.Addresses
	Owner     *ecdsa.PrivateKey
	ChainID   *big.Int
}

// AddressesFile is the file name Start writes in its run directory.
const AddressesFile = "addresses.json"

// DefaultDeployOptions are the devnet's AVS parameters.
func DefaultDeployOptions() deployment.DeployOptions {
	return deployment.DeployOptions{
		MetadataURI:       "https://blockless.network/avs/metadata.json",
		MinResponseWindow: 5,
		MaxResponseWindow: 7200,
		MaxOperatorCount:  200,
		MinTaskFee:        deployment.DefaultMinTaskFee,

		CommitteeEpochBlocks:  deployment.DefaultCommitteeEpochBlocks,
		CapacityCap:           deployment.DefaultCapacityCap,
		MinCommitteeSize:      deployment.DefaultMinCommitteeSize,
		DefaultFailoverBlocks: deployment.DefaultFailoverBlocks,
	}
}

// Start brings up anvil with EigenLayer core, mines past the state's historical block numbers,
// deploys the AVS and writes addresses.json into o.Dir.
func Start(ctx context.Context, o Options) (*Devnet, error) {
	cwd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	root, err := RepoRoot(cwd)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(o.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("run directory: %w", err)
	}
	line := o.Progress
	line.Stage("locating eigensdk-go's EigenLayer deployment (go list -m)")
	sdk, err := EigenSDKDir(ctx, root)
	if err != nil {
		return nil, err
	}
	line.Stage("preparing EigenLayer's anvil state for anvil 1.x")
	state := filepath.Join(o.Dir, "eigenlayer-state.json")
	if err := PrepareState(filepath.Join(sdk, "contracts", "anvil", "contracts-deployed-anvil-state.json"), state); err != nil {
		return nil, err
	}
	el, err := ReadEigenLayer(sdk)
	if err != nil {
		return nil, err
	}
	// Deploy on automine (fast), then switch to interval mining if asked.
	line.Stage("starting anvil with EigenLayer core (log %s)", filepath.Join(o.Dir, "anvil.log"))
	anvil, err := StartAnvil(ctx, AnvilOptions{Binary: AnvilPath(root), StateFile: state, Port: o.Port,
		LogFile: filepath.Join(o.Dir, "anvil.log")})
	if err != nil {
		return nil, err
	}
	dn := &Devnet{Anvil: anvil}
	ok := false
	defer func() {
		if !ok {
			dn.Stop()
		}
	}()
	// The state's middleware recorded block numbers up to ~450 before it was re-based to 0.
	line.Stage("mining 500 blocks past the state's history (%s)", anvil.RPCURL)
	if err := anvil.Mine(ctx, 500); err != nil {
		return nil, err
	}
	if dn.Client, dn.ChainID, err = chain.Dial(ctx, anvil.RPCURL, 0); err != nil {
		return nil, err
	}
	if dn.Owner, err = crypto.HexToECDSA(DevKeyHex); err != nil {
		return nil, fmt.Errorf("dev key: %w", err)
	}
	dopts := o.Deploy
	if dopts.MaxResponseWindow == 0 {
		dopts = DefaultDeployOptions()
	}
	if o.WasmEnvironment != ([32]byte{}) {
		dopts.WasmEnvironment = o.WasmEnvironment
	}
	if o.X86Environment != ([32]byte{}) {
		dopts.X86Environment = o.X86Environment
	}
	if dopts.Progress == nil {
		dopts.Progress = line
	}
	line.Stage("deploying the AVS (proxies, registries, TaskManager) and wiring it to EigenLayer")
	avs, err := deployment.Deploy(ctx, dn.Client, dn.Owner, el, dopts)
	if err != nil {
		return nil, fmt.Errorf("deploy AVS: %w", err)
	}
	// The devnet owner also owns EigenLayer core here: it plays EigenLayer's rewards updater.
	line.Stage("making the owner EigenLayer's rewards updater")
	if err := prepareRewardsUpdater(ctx, dn.Client, dn.Owner, el.RewardsCoordinator); err != nil {
		return nil, fmt.Errorf("rewards updater: %w", err)
	}
	head, err := dn.Client.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("block number: %w", err)
	}
	dn.Addresses = &deployment.Addresses{ChainID: dn.ChainID.Uint64(), RPCURL: anvil.RPCURL, WSURL: anvil.WSURL,
		Owner: crypto.PubkeyToAddress(dn.Owner.PublicKey), Quorums: []uint8{0}, DeployedAt: head, EigenLayer: el, AVS: *avs}
	if err := dn.Addresses.Save(filepath.Join(o.Dir, AddressesFile)); err != nil {
		return nil, err
	}
	if o.BlockTime > 0 {
		line.Stage("switching to a block every %s", o.BlockTime)
		if err := setIntervalMining(ctx, anvil.RPCURL, o.BlockTime); err != nil {
			return nil, err
		}
	}
	ok = true
	return dn, nil
}

// MineEvery switches the devnet from mining on every transaction to mining a block every interval
// (at least a second): set-up (registrations) runs at transaction speed, then the chain makes
// blocks on its own as committees need.
func (d *Devnet) MineEvery(ctx context.Context, every time.Duration) error {
	return setIntervalMining(ctx, d.Addresses.RPCURL, every)
}

// Stop shuts anvil down.
func (d *Devnet) Stop() {
	if d.Client != nil {
		d.Client.Close()
	}
	d.Anvil.Stop()
}

// Fund sends wei from the owner to each address and waits for the transfers.
func (d *Devnet) Fund(ctx context.Context, wei *big.Int, to ...common.Address) error {
	return Fund(ctx, d.Client, d.Owner, wei, to...)
}

// Fund sends wei from key's account to each address and waits for the transfers.
func Fund(ctx context.Context, client *ethclient.Client, key *ecdsa.PrivateKey, wei *big.Int, to ...common.Address) error {
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("fund: chain id: %w", err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := client.PendingNonceAt(ctx, from)
	if err != nil {
		return fmt.Errorf("fund: nonce: %w", err)
	}
	gasPrice, err := client.SuggestGasPrice(ctx)
	if err != nil {
		return fmt.Errorf("fund: gas price: %w", err)
	}
	signer := types.LatestSignerForChainID(chainID)
	for _, addr := range to {
		tx, err := types.SignNewTx(key, signer, &types.LegacyTx{Nonce: nonce, To: &addr, Value: wei, Gas: 21000, GasPrice: gasPrice})
		if err != nil {
			return fmt.Errorf("fund %s: sign: %w", addr.Hex(), err)
		}
		if err := client.SendTransaction(ctx, tx); err != nil {
			return fmt.Errorf("fund %s: %w", addr.Hex(), err)
		}
		if _, err := chain.WaitMined(ctx, client, tx, "fund "+addr.Hex()); err != nil {
			return err
		}
		nonce++
	}
	return nil
}

// Alive reports whether a devnet described by a is answering with its TaskManager deployed.
func Alive(ctx context.Context, a *deployment.Addresses) bool {
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	c, err := ethclient.DialContext(ctx, a.RPCURL)
	if err != nil {
		return false
	}
	defer c.Close()
	code, err := c.CodeAt(ctx, a.AVS.TaskManager, nil)
	return err == nil && len(code) > 0
}
