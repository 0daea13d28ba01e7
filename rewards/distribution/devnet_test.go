package distribution

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	rewardscoordinator "github.com/Layr-Labs/eigensdk-go/contracts/bindings/RewardsCoordinator"

	"github.com/blockless/avs/chain"
	"github.com/blockless/avs/devnet"
)

// Anvil's default accounts 1 and 2 (public test keys), the earners that claim.
const (
	account1Key = "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"
	account2Key = "5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a"
)

// rcEnv is anvil loaded with eigensdk-go's EigenLayer state, and what the test needs of it.
type rcEnv struct {
	t       *testing.T
	ctx     context.Context
	client  *ethclient.Client
	chainID *big.Int
	rcAddr  common.Address
	token   common.Address // eigensdk-go's ERC-20 mock
	rc      *rewardscoordinator.ContractRewardsCoordinator
	owner   *ecdsa.PrivateKey
	updater *ecdsa.PrivateKey
}

// startRewardsDevnet starts anvil on loopback with the prepared state; it skips the test when
// `make deps` has not installed anvil or downloaded eigensdk-go.
func startRewardsDevnet(t *testing.T, ctx context.Context) *rcEnv {
	t.Helper()
	cwd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	root, err := devnet.RepoRoot(cwd)
	if err != nil {
		t.Fatal(err)
	}
	bin := devnet.AnvilPath(root)
	if _, err := os.Stat(bin); err != nil {
		t.Skipf("anvil not installed at %s: run `make deps` (npm ci) to run this devnet test", bin)
	}
	sdk, err := devnet.EigenSDKDir(ctx, root)
	if err != nil {
		t.Skipf("eigensdk-go module unavailable (%v): run `make deps` (go mod download) to run this devnet test", err)
	}
	src := filepath.Join(sdk, "contracts", "anvil", "contracts-deployed-anvil-state.json")
	if _, err := os.Stat(src); err != nil {
		t.Skipf("eigensdk-go anvil state missing (%v): run `make deps`", err)
	}
	dir := t.TempDir()
	state := filepath.Join(dir, "eigenlayer-state.json")
	if err := devnet.PrepareState(src, state); err != nil {
		t.Fatal(err)
	}
	el, err := devnet.ReadEigenLayer(sdk)
	if err != nil {
		t.Fatal(err)
	}
	anvil, err := devnet.StartAnvil(ctx, devnet.AnvilOptions{Binary: bin, StateFile: state, LogFile: filepath.Join(dir, "anvil.log")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(anvil.Stop)
	client, chainID, err := chain.Dial(ctx, anvil.RPCURL, 31337)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	rc, err := rewardscoordinator.NewContractRewardsCoordinator(el.RewardsCoordinator, client)
	if err != nil {
		t.Fatal(err)
	}
	e := &rcEnv{t: t, ctx: ctx, client: client, chainID: chainID, rcAddr: el.RewardsCoordinator, token: el.StrategyToken, rc: rc,
		owner: mustKey(t, devnet.DevKeyHex), updater: mustNewKey(t)}
	if err := devnet.Fund(ctx, client, e.owner, ether(10), e.address(e.updater)); err != nil {
		t.Fatal(err)
	}
	// The owner hands the updater role to a key of the test's own and lets roots activate at once.
	if owner, err := rc.Owner(e.call()); err != nil || owner != e.address(e.owner) {
		t.Fatalf("RewardsCoordinator owner = %s, %v; want anvil account 0", owner.Hex(), err)
	}
	e.mined("setRewardsUpdater")(rc.SetRewardsUpdater(e.opts(e.owner), e.address(e.updater)))
	e.mined("setActivationDelay")(rc.SetActivationDelay(e.opts(e.owner), 0))
	return e
}

func mustKey(t *testing.T, hex string) *ecdsa.PrivateKey {
	k, err := crypto.HexToECDSA(hex)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func mustNewKey(t *testing.T) *ecdsa.PrivateKey {
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

func (e *rcEnv) address(k *ecdsa.PrivateKey) common.Address {
	return crypto.PubkeyToAddress(k.PublicKey)
}

func (e *rcEnv) call() *bind.CallOpts { return &bind.CallOpts{Context: e.ctx} }

func (e *rcEnv) opts(k *ecdsa.PrivateKey) *bind.TransactOpts {
	o, err := chain.TransactOpts(e.ctx, k, e.chainID)
	if err != nil {
		e.t.Fatal(err)
	}
	return o
}

// mined returns a function that takes a binding's (tx, err) and waits for the tx to succeed.
func (e *rcEnv) mined(what string) func(*types.Transaction, error) *types.Receipt {
	return func(tx *types.Transaction, err error) *types.Receipt {
		e.t.Helper()
		if err != nil {
			e.t.Fatalf("%s: %v", what, describe(err))
		}
		r, err := chain.WaitMined(e.ctx, e.client, tx, what, rcABI())
		if err != nil {
			e.t.Fatal(err)
		}
		return r
	}
}

func (e *rcEnv) rpc(method string, args ...any) {
	e.t.Helper()
	if err := e.client.Client().CallContext(e.ctx, nil, method, args...); err != nil {
		e.t.Fatalf("%s: %v", method, err)
	}
}

func (e *rcEnv) headTime() uint32 {
	e.t.Helper()
	h, err := e.client.HeaderByNumber(e.ctx, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return uint32(h.Time)
}
