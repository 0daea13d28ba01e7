package chainflags

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/blockless/avs/deployment"
)

// load runs a command with every flag of the package over args and returns what Load gives.
func load(t *testing.T, args ...string) (deployment.Deployment, error) {
	t.Helper()
	var d deployment.Deployment
	var lerr error
	app := &cli.App{
		Flags: []cli.Flag{Addresses(), RPCURL(), WSURL(), ChainID(), TaskManager(), RegistryCoordinator(),
			OperatorStateRetriever(), ServiceManager(), Strategy(), CommitteeRegistry()},
		Action:         func(c *cli.Context) error { d, lerr = Load(c); return nil },
		ExitErrHandler: func(*cli.Context, error) {},
	}
	if err := app.Run(append([]string{"cmd"}, args...)); err != nil {
		t.Fatal(err)
	}
	return d, lerr
}

func TestFileThenFlags(t *testing.T) {
	file := filepath.Join(t.TempDir(), "addresses.json")
	a := deployment.Addresses{ChainID: 31337, RPCURL: "http://file:8545", WSURL: "ws://file:8546", DeployedAt: 12,
		EigenLayer: deployment.EigenLayer{Strategy: common.HexToAddress("0x05")},
		AVS: deployment.AVS{TaskManager: common.HexToAddress("0x01"), RegistryCoordinator: common.HexToAddress("0x02"),
			OperatorStateRetriever: common.HexToAddress("0x03"), ServiceManager: common.HexToAddress("0x04"),
			CommitteeRegistry: common.HexToAddress("0x06")}}
	if err := a.Save(file); err != nil {
		t.Fatal(err)
	}
	d, err := load(t, "--addresses", file)
	if err != nil {
		t.Fatal(err)
	}
	want := deployment.Deployment{RPCURL: a.RPCURL, WSURL: a.WSURL, ChainID: 31337, DeployedAt: 12, TaskManager: a.AVS.TaskManager,
		RegistryCoordinator: a.AVS.RegistryCoordinator, OperatorStateRetriever: a.AVS.OperatorStateRetriever,
		ServiceManager: a.AVS.ServiceManager, Strategy: a.EigenLayer.Strategy, CommitteeRegistry: a.AVS.CommitteeRegistry}
	if d != want {
		t.Fatalf("from the file: %+v, want %+v", d, want)
	}
	d, err = load(t, "--addresses", file, "--rpc-url", "http://flag", "--chain-id", "0", "--task-manager", "0x0000000000000000000000000000000000000009",
		"--committee-registry", "0x000000000000000000000000000000000000000a")
	if err != nil {
		t.Fatal(err)
	}
	want.RPCURL, want.ChainID, want.TaskManager = "http://flag", 0, common.HexToAddress("0x09")
	want.CommitteeRegistry = common.HexToAddress("0x0a")
	if d != want {
		t.Fatalf("flags over the file: %+v, want %+v", d, want)
	}
	if _, err := load(t, "--service-manager", "nope"); err == nil || !strings.Contains(err.Error(), "--service-manager") {
		t.Fatalf("a bad address: %v", err)
	}
	if _, err := load(t, "--addresses", filepath.Join(t.TempDir(), "missing.json")); err == nil {
		t.Fatal("a missing addresses file is an error")
	}
	if d, err := load(t, "--rpc-url", "http://only"); err != nil || d != (deployment.Deployment{RPCURL: "http://only"}) {
		t.Fatalf("flags alone: %+v %v", d, err)
	}
}
