package deployment

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	blsapk "github.com/Layr-Labs/eigensdk-go/contracts/bindings/BLSApkRegistry"
	indexreg "github.com/Layr-Labs/eigensdk-go/contracts/bindings/IndexRegistry"
	osr "github.com/Layr-Labs/eigensdk-go/contracts/bindings/OperatorStateRetriever"
	rewardscoord "github.com/Layr-Labs/eigensdk-go/contracts/bindings/RewardsCoordinator"
	regcoord "github.com/Layr-Labs/eigensdk-go/contracts/bindings/SlashingRegistryCoordinator"
	socketreg "github.com/Layr-Labs/eigensdk-go/contracts/bindings/SocketRegistry"
	stakereg "github.com/Layr-Labs/eigensdk-go/contracts/bindings/StakeRegistry"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/blockless/avs/bindings/committeeregistry"
	"github.com/blockless/avs/bindings/secretregistry"
	"github.com/blockless/avs/bindings/servicemanager"
	"github.com/blockless/avs/bindings/slasher"
	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/bindings/transparentupgradeableproxy"
	"github.com/blockless/avs/bindings/triggerregistry"
	"github.com/blockless/avs/bindings/wrappedether"
	"github.com/blockless/avs/chain"
	"github.com/blockless/avs/internal/progress"
)

// DeployOptions tunes the AVS deployment.
type DeployOptions struct {
	MetadataURI       string
	Aggregator        common.Address // allowed to respond; zero = anyone with a valid certificate
	MinResponseWindow uint32         // blocks
	MaxResponseWindow uint32         // blocks
	MaxOperatorCount  uint32
	// MinTaskFee is the TaskManager's minTaskFee in wei (nil or zero: free tasks allowed).
	MinTaskFee *big.Int
	// StaleStakesForbidden turns on EigenLayer's stale-stake rule in the TaskManager. The devnet
	// leaves it off: its operators' stakes are written at registration only and nobody calls
	// updateOperatorsForQuorum, so quorumUpdateBlockNumber stays 0 and every certificate would be
	// rejected once the chain is past the DelegationManager's minWithdrawalDelayBlocks (900 on the
	// devnet, which is at block ~520 after deployment: tasks would start failing minutes later).
	StaleStakesForbidden bool
	// WasmEnvironment and X86Environment are pinned as the TaskManager's runtimeEnvironment for
	// runtime kinds 0 (WASM) and 1 (x86) when non-zero: engine.WasmEnvironment() and
	// engine.X86Environment(sha256 of the emulator). A runtime left zero takes no tasks.
	WasmEnvironment [32]byte
	X86Environment  [32]byte

	// CommitteeEpochBlocks is how many blocks a committee table stays current (the
	// CommitteeRegistry's epochBlocks). 0: DefaultCommitteeEpochBlocks.
	CommitteeEpochBlocks uint32
	// CapacityCap is the largest capacity units (cores × fuel rate) an operator's committee
	// weight counts. 0: DefaultCapacityCap.
	CapacityCap uint64
	// MinCommitteeSize is the TaskManager's floor on committee size. 0: DefaultMinCommitteeSize
	// (a committee size of 0 would turn a committee function's tasks into quorum tasks).
	MinCommitteeSize uint16
	// DefaultFailoverBlocks is the failover period of committee functions that name none.
	// 0: DefaultFailoverBlocks.
	DefaultFailoverBlocks uint32

	// SlashWad is the fraction of an operator's allocated magnitude a proven fault slashes, in
	// wads (1e18 = all). 0: DefaultSlashWad.
	SlashWad uint64
	// VetoCommittee may cancel a queued slash during VetoWindowBlocks; a zero window (the
	// devnet's) slashes at once.
	VetoCommittee    common.Address
	VetoWindowBlocks uint32

	// Progress, when set, shows each transaction as it is sent (the status of its current
	// stage, on a terminal only); nil: silent.
	Progress *progress.Line
}

// SlashableQuorum is the quorum (and operator set) weighted by slashable stake: the magnitude
// operators allocate to it is what the Slasher slashes. Quorum 0 weighs delegated stake.
const SlashableQuorum = 1

// DefaultSlashWad: a proven fault costs 10% of the operator's allocated magnitude. Both faults
// need the operator's own signature on a wrong answer, so honest operators are never exposed;
// 10% is far above what any task's fee could pay for lying, yet leaves delegators most of their
// stake when the fault is an operator's software bug rather than an attack (docs/slashing.md).
const DefaultSlashWad uint64 = 1e17

// Committee parameters of a deployment that does not set its own (see docs/committees.md).
const (
	// DefaultCommitteeEpochBlocks: a table is rebuilt at most every 50 blocks per class (10 minutes
	// at 12 s blocks), so stake and capacity changes reach committees within minutes while the
	// O(operators) build is paid rarely.
	DefaultCommitteeEpochBlocks uint32 = 50
	// DefaultCapacityCap bounds what self-declared capacity can multiply stake by. Capacity units
	// are cores × fuel rate in millions of fuel per second per core as `operator benchmark`
	// measures it (wasmtime fuel: about one unit per wasm instruction, so a current x86 core
	// measures thousands). The 2-vCPU devnet machine measured 15,000 alone and 9,000 to 15,000
	// per core with both busy, i.e. 18,000 to 30,000 units. The cap is 2^16 = 65,536, about 2×
	// to 3.6× that machine: docs/committees.md shows an adversary's weight share grows with
	// cap / (smallest honest units), so the ratio is kept small; machines beyond the cap count
	// as the cap.
	DefaultCapacityCap uint64 = 1 << 16
	// DefaultMinCommitteeSize is the devnet floor k = 2 (docs/committees.md: a devnet of a few
	// operators measures the cost of replication at k = 2; production sets k ≥ 23).
	DefaultMinCommitteeSize uint16 = 2
	// DefaultFailoverBlocks: an absent committee member is replaced after 5 blocks.
	DefaultFailoverBlocks uint32 = 5
)

// withCommitteeDefaults fills the zero committee parameters.
func (o DeployOptions) withCommitteeDefaults() DeployOptions {
	if o.CommitteeEpochBlocks == 0 {
		o.CommitteeEpochBlocks = DefaultCommitteeEpochBlocks
	}
	if o.CapacityCap == 0 {
		o.CapacityCap = DefaultCapacityCap
	}
	if o.MinCommitteeSize == 0 {
		o.MinCommitteeSize = DefaultMinCommitteeSize
	}
	if o.DefaultFailoverBlocks == 0 {
		o.DefaultFailoverBlocks = DefaultFailoverBlocks
	}
	return o
}

// DefaultMinTaskFee is the devnet's minTaskFee: 0.0001 ETH. A non-zero floor so free tasks cannot
// make the aggregator pay for work nobody pays for; it is in the order of what a respondToTask
// costs the aggregator on the devnet (200k-400k gas, more with a consumer callback, at anvil's
// sub-gwei to 1 gwei base fee). Requesters using the requester package (the CLI, the demo) pay it
// automatically. A production deployment sets it from measured response gas and gas prices.
var DefaultMinTaskFee = big.NewInt(100_000_000_000_000)

// Runtime kinds as the TaskManager numbers them.
const (
	runtimeWasm uint8 = 0
	runtimeX86  uint8 = 1
)

// selectors the AVS grants to its registries in the AllocationManager: the functions of the
// AllocationManager the registry coordinator calls on the AVS's behalf.
var (
	selCreateOperatorSets         = [4]byte{0x26, 0x1f, 0x84, 0xe0}
	selDeregisterFromOperatorSets = [4]byte{0x6e, 0x34, 0x92, 0xb5}
	selAddStrategies              = [4]byte{0x50, 0xfe, 0xea, 0x20}
	selRemoveStrategies           = [4]byte{0xb6, 0x6b, 0xd9, 0x89}
	// slashOperator(address,(address,uint32,address[],uint256[],string)), called by the Slasher.
	selSlashOperator = [4]byte{0x36, 0x35, 0x20, 0x57}
)

// Deploy deploys this AVS against the EigenLayer core: ServiceManager (the AVS id), the
// middleware registries from eigensdk-go's bytecode, the OperatorStateRetriever, TaskManager and
// CommitteeRegistry (a plain contract owned by the deployer, enabled in the TaskManager with
// setCommitteeConfig); then wires permissions, the registrar and metadata, and creates quorum 0 over the devnet
// strategy. ServiceManager, the registry coordinator and TaskManager are each an implementation
// behind an OpenZeppelin TransparentUpgradeableProxy, initialised in the proxy's constructor (the
// TaskManager implementation links the libraries in taskManagerLibraries); the addresses returned are the
// proxies'. The deployer becomes the owner of everything, including
// each proxy's ProxyAdmin (see Upgrade).
func Deploy(ctx context.Context, client *ethclient.Client, deployer *ecdsa.PrivateKey, el EigenLayer, o DeployOptions) (*AVS, error) {
	o = o.withCommitteeDefaults()
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain id: %w", err)
	}
	owner := crypto.PubkeyToAddress(deployer.PublicKey)
	nonce, err := client.PendingNonceAt(ctx, owner)
	if err != nil {
		return nil, fmt.Errorf("deployer nonce: %w", err)
	}
	d := &deployRun{ctx: ctx, client: client, key: deployer, chainID: chainID, nonce: nonce, progress: o.Progress}

	// The registries take the coordinator's address in their constructors and the coordinator
	// takes theirs: the proxy's address is computed from the deployer's nonce first (service
	// manager implementation and proxy, four registries, coordinator implementation, then it).
	coordProxy := crypto.CreateAddress(owner, nonce+7)
	var avs AVS
	avs.RegistryCoordinator = coordProxy

	smImpl, err := d.deploy("ServiceManager implementation", func(opts *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := servicemanager.DeployServiceManager(opts, client, el.AVSDirectory, el.AllocationManager,
			el.PermissionController, el.RewardsCoordinator)
		return a, tx, err
	})
	if err != nil {
		return nil, err
	}
	smABI, err := servicemanager.ServiceManagerMetaData.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("service manager abi: %w", err)
	}
	smInit, err := smABI.Pack("initialize", owner)
	if err != nil {
		return nil, fmt.Errorf("encode service manager initialize: %w", err)
	}
	if avs.ServiceManager, err = d.deployProxy("ServiceManager", smImpl, owner, smInit); err != nil {
		return nil, err
	}
	if avs.StakeRegistry, err = d.deploy("StakeRegistry", func(opts *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := stakereg.DeployContractStakeRegistry(opts, client, coordProxy, el.DelegationManager, el.AVSDirectory, el.AllocationManager)
		return a, tx, err
	}); err != nil {
		return nil, err
	}
	if avs.BLSApkRegistry, err = d.deploy("BLSApkRegistry", func(opts *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := blsapk.DeployContractBLSApkRegistry(opts, client, coordProxy)
		return a, tx, err
	}); err != nil {
		return nil, err
	}
	if avs.IndexRegistry, err = d.deploy("IndexRegistry", func(opts *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := indexreg.DeployContractIndexRegistry(opts, client, coordProxy)
		return a, tx, err
	}); err != nil {
		return nil, err
	}
	if avs.SocketRegistry, err = d.deploy("SocketRegistry", func(opts *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := socketreg.DeployContractSocketRegistry(opts, client, coordProxy)
		return a, tx, err
	}); err != nil {
		return nil, err
	}
	coordImpl, err := d.deploy("SlashingRegistryCoordinator", func(opts *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := regcoord.DeployContractSlashingRegistryCoordinator(opts, client, avs.StakeRegistry, avs.BLSApkRegistry,
			avs.IndexRegistry, avs.SocketRegistry, el.AllocationManager, el.PauserRegistry, "v1.3.0-rc.0")
		return a, tx, err
	})
	if err != nil {
		return nil, err
	}
	coordABI, err := regcoord.ContractSlashingRegistryCoordinatorMetaData.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("coordinator abi: %w", err)
	}
	initData, err := coordABI.Pack("initialize", owner, owner, owner, big.NewInt(0), avs.ServiceManager)
	if err != nil {
		return nil, fmt.Errorf("encode coordinator initialize: %w", err)
	}
	proxyAddr, err := d.deployProxy("coordinator", coordImpl, owner, initData)
	if err != nil {
		return nil, err
	}
	if proxyAddr != coordProxy {
		return nil, fmt.Errorf("coordinator proxy landed at %s, expected %s (deployer nonce moved during deployment)", proxyAddr.Hex(), coordProxy.Hex())
	}
	if avs.OperatorStateRetriever, err = d.deploy("OperatorStateRetriever", func(opts *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := osr.DeployContractOperatorStateRetriever(opts, client)
		return a, tx, err
	}); err != nil {
		return nil, err
	}
	libs := make(map[string]common.Address, len(taskManagerLibraries))
	for _, lib := range taskManagerLibraries {
		a, err := d.deploy(libraryName(lib.ref)+" library", func(opts *bind.TransactOpts) (common.Address, *types.Transaction, error) {
			return lib.deploy(opts, client)
		})
		if err != nil {
			return nil, err
		}
		libs[lib.ref] = a
	}
	// Fees are counted per rewards epoch = the RewardsCoordinator's calculation interval, since
	// operator rewards are submitted per interval.
	rc, err := rewardscoord.NewContractRewardsCoordinator(el.RewardsCoordinator, client)
	if err != nil {
		return nil, fmt.Errorf("bind rewards coordinator: %w", err)
	}
	epochSeconds, err := rc.CALCULATIONINTERVALSECONDS(&bind.CallOpts{Context: ctx})
	if err != nil {
		return nil, fmt.Errorf("rewards coordinator calculation interval: %w", err)
	}
	tmImpl, err := d.deploy("TaskManager implementation", func(opts *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		return deployLinkedTaskManager(opts, client, libs, coordProxy, epochSeconds)
	})
	if err != nil {
		return nil, err
	}
	tmABI, err := taskmanager.TaskManagerMetaData.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("task manager abi: %w", err)
	}
	tmInit, err := tmABI.Pack("initialize", owner, o.Aggregator, o.MinResponseWindow, o.MaxResponseWindow)
	if err != nil {
		return nil, fmt.Errorf("encode task manager initialize: %w", err)
	}
	if avs.TaskManager, err = d.deployProxy("TaskManager", tmImpl, owner, tmInit); err != nil {
		return nil, err
	}

	// The committee registry reads the stake and index registries from the coordinator in its
	// constructor: the coordinator proxy is initialised by now.
	if avs.CommitteeRegistry, err = d.deploy("CommitteeRegistry", func(opts *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := committeeregistry.DeployCommitteeRegistry(opts, client, coordProxy, owner, o.CommitteeEpochBlocks, o.CapacityCap)
		return a, tx, err
	}); err != nil {
		return nil, err
	}

	// Triggers create tasks on the TaskManager (its proxy), fixed for the registry's life.
	if avs.TriggerRegistry, err = d.deploy("TriggerRegistry", func(opts *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := triggerregistry.DeployTriggerRegistry(opts, client, avs.TaskManager)
		return a, tx, err
	}); err != nil {
		return nil, err
	}

	// Secrets are recorded for the TaskManager's functions (their owners, read on every set).
	if avs.SecretRegistry, err = d.deploy("SecretRegistry", func(opts *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := secretregistry.DeploySecretRegistry(opts, client, avs.TaskManager)
		return a, tx, err
	}); err != nil {
		return nil, err
	}

	if avs.RewardToken, err = d.deploy("WrappedEther", func(opts *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := wrappedether.DeployWrappedEther(opts, client)
		return a, tx, err
	}); err != nil {
		return nil, err
	}

	slashWad := o.SlashWad
	if slashWad == 0 {
		slashWad = DefaultSlashWad
	}
	if avs.Slasher, err = d.deploy("Slasher", func(opts *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := slasher.DeploySlasher(opts, client, avs.TaskManager, el.AllocationManager, avs.BLSApkRegistry,
			avs.ServiceManager, SlashableQuorum, owner, slashWad)
		return a, tx, err
	}); err != nil {
		return nil, err
	}
	sl, err := slasher.NewSlasher(avs.Slasher, client)
	if err != nil {
		return nil, fmt.Errorf("bind slasher: %w", err)
	}

	sm, err := servicemanager.NewServiceManager(avs.ServiceManager, client)
	if err != nil {
		return nil, fmt.Errorf("bind service manager: %w", err)
	}
	coord, err := regcoord.NewContractSlashingRegistryCoordinator(coordProxy, client)
	if err != nil {
		return nil, fmt.Errorf("bind coordinator: %w", err)
	}
	steps := []step{
		{"bind coordinator", func(t *bind.TransactOpts) (*types.Transaction, error) {
			return sm.SetRegistryCoordinator(t, coordProxy)
		}},
		{"appoint createOperatorSets", func(t *bind.TransactOpts) (*types.Transaction, error) {
			return sm.SetAppointee(t, coordProxy, el.AllocationManager, selCreateOperatorSets)
		}},
		{"appoint deregisterFromOperatorSets", func(t *bind.TransactOpts) (*types.Transaction, error) {
			return sm.SetAppointee(t, coordProxy, el.AllocationManager, selDeregisterFromOperatorSets)
		}},
		{"appoint addStrategiesToOperatorSet", func(t *bind.TransactOpts) (*types.Transaction, error) {
			return sm.SetAppointee(t, avs.StakeRegistry, el.AllocationManager, selAddStrategies)
		}},
		{"appoint removeStrategiesFromOperatorSet", func(t *bind.TransactOpts) (*types.Transaction, error) {
			return sm.SetAppointee(t, avs.StakeRegistry, el.AllocationManager, selRemoveStrategies)
		}},
		{"metadata URI", func(t *bind.TransactOpts) (*types.Transaction, error) {
			return sm.UpdateAVSMetadataURI(t, o.MetadataURI)
		}},
		{"registrar", func(t *bind.TransactOpts) (*types.Transaction, error) { return sm.SetAVSRegistrar(t, coordProxy) }},
		{"create quorum 0", func(t *bind.TransactOpts) (*types.Transaction, error) {
			return coord.CreateTotalDelegatedStakeQuorum(t,
				regcoord.ISlashingRegistryCoordinatorTypesOperatorSetParam{MaxOperatorCount: o.MaxOperatorCount, KickBIPsOfOperatorStake: 15000, KickBIPsOfTotalStake: 100},
				big.NewInt(0),
				[]regcoord.IStakeRegistryTypesStrategyParams{{Strategy: el.Strategy, Multiplier: big.NewInt(1e18)}})
		}},
		// Quorum 1 weighs operators by slashable stake: what they allocated to operator set 1,
		// which is what a proven fault slashes (docs/slashing.md).
		{"create quorum 1 (slashable stake)", func(t *bind.TransactOpts) (*types.Transaction, error) {
			return coord.CreateSlashableStakeQuorum(t,
				regcoord.ISlashingRegistryCoordinatorTypesOperatorSetParam{MaxOperatorCount: o.MaxOperatorCount, KickBIPsOfOperatorStake: 15000, KickBIPsOfTotalStake: 100},
				big.NewInt(0),
				[]regcoord.IStakeRegistryTypesStrategyParams{{Strategy: el.Strategy, Multiplier: big.NewInt(1e18)}}, 0)
		}},
	}
	tm, err := taskmanager.NewTaskManager(avs.TaskManager, client)
	if err != nil {
		return nil, fmt.Errorf("bind task manager: %w", err)
	}
	steps = append(steps, step{"committee config", func(t *bind.TransactOpts) (*types.Transaction, error) {
		return tm.SetCommitteeConfig(t, avs.CommitteeRegistry, o.MinCommitteeSize, o.DefaultFailoverBlocks)
	}}, step{"fees to the service manager", func(t *bind.TransactOpts) (*types.Transaction, error) {
		return tm.SetFeeRecipient(t, avs.ServiceManager)
	}}, step{"fee rewards", func(t *bind.TransactOpts) (*types.Transaction, error) {
		return sm.SetFeeRewards(t, avs.TaskManager, avs.RewardToken)
	}}, step{"appoint slashOperator", func(t *bind.TransactOpts) (*types.Transaction, error) {
		return sm.SetAppointee(t, avs.Slasher, el.AllocationManager, selSlashOperator)
	}})
	if o.VetoWindowBlocks > 0 || o.VetoCommittee != (common.Address{}) {
		steps = append(steps, step{"slasher veto", func(t *bind.TransactOpts) (*types.Transaction, error) {
			return sl.SetVetoConfig(t, o.VetoCommittee, o.VetoWindowBlocks)
		}})
	}
	if o.MinTaskFee != nil && o.MinTaskFee.Sign() > 0 {
		steps = append(steps, step{"minimum task fee", func(t *bind.TransactOpts) (*types.Transaction, error) {
			return tm.SetMinTaskFee(t, o.MinTaskFee)
		}})
	}
	if o.StaleStakesForbidden {
		steps = append(steps, step{"forbid stale stakes", func(t *bind.TransactOpts) (*types.Transaction, error) {
			return tm.SetStaleStakesForbidden(t, true)
		}})
	}
	for kind, env := range [...][32]byte{runtimeWasm: o.WasmEnvironment, runtimeX86: o.X86Environment} {
		if env == ([32]byte{}) {
			continue
		}
		kind := uint8(kind)
		steps = append(steps, step{fmt.Sprintf("runtime %d environment", kind), func(t *bind.TransactOpts) (*types.Transaction, error) {
			return tm.SetRuntimeEnvironment(t, kind, env)
		}})
	}
	for _, s := range steps {
		if err := d.call(s.what, s.send); err != nil {
			return nil, err
		}
	}
	return &avs, nil
}

// step is one owner transaction of the deployment's wiring.
type step struct {
	what string
	send func(*bind.TransactOpts) (*types.Transaction, error)
}

type deployRun struct {
	ctx     context.Context
	client  *ethclient.Client
	key     *ecdsa.PrivateKey
	chainID *big.Int
	nonce   uint64

	progress *progress.Line
	sent     int // transactions sent, for progress
}

func (d *deployRun) opts() (*bind.TransactOpts, error) {
	opts, err := chain.TransactOpts(d.ctx, d.key, d.chainID)
	if err != nil {
		return nil, err
	}
	opts.Nonce = new(big.Int).SetUint64(d.nonce)
	opts.GasLimit = 15_000_000 // skip estimation: it would run against not-yet-mined predecessors
	return opts, nil
}

// shown tells d.progress about the next transaction.
func (d *deployRun) shown(what string) {
	d.sent++
	d.progress.Status("transaction %d: %s", d.sent, what)
}

func (d *deployRun) deploy(what string, f func(*bind.TransactOpts) (common.Address, *types.Transaction, error)) (common.Address, error) {
	d.shown("deploy " + what)
	opts, err := d.opts()
	if err != nil {
		return common.Address{}, err
	}
	addr, tx, err := f(opts)
	if err != nil {
		return common.Address{}, fmt.Errorf("deploy %s: %w", what, err)
	}
	d.nonce++
	if _, err := chain.WaitMined(d.ctx, d.client, tx, "deploy "+what); err != nil {
		return common.Address{}, err
	}
	return addr, nil
}

// deployProxy deploys a TransparentUpgradeableProxy in front of impl that calls initData on it
// from its constructor; the proxy creates its own ProxyAdmin, owned by admin.
func (d *deployRun) deployProxy(what string, impl, admin common.Address, initData []byte) (common.Address, error) {
	return d.deploy(what+" proxy", func(opts *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := transparentupgradeableproxy.DeployTransparentUpgradeableProxy(opts, d.client, impl, admin, initData)
		return a, tx, err
	})
}

func (d *deployRun) call(what string, f func(*bind.TransactOpts) (*types.Transaction, error)) error {
	d.shown(what)
	opts, err := d.opts()
	if err != nil {
		return err
	}
	tx, err := f(opts)
	if err != nil {
		return fmt.Errorf("%s: %s", what, chain.DescribeError(err, abis()...))
	}
	d.nonce++
	_, err = chain.WaitMined(d.ctx, d.client, tx, what, abis()...)
	return err
}
