package deployment

import (
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/blockless/avs/bindings/taskmanager"
)

// TestLinkTaskManager checks that taskManagerLibraries names exactly the libraries the TaskManager
// bytecode in the bindings links: each library's address lands in the bytecode and no placeholder is left.
func TestLinkTaskManager(t *testing.T) {
	bin := taskmanager.TaskManagerMetaData.Bin
	libs := map[string]common.Address{}
	for i, lib := range taskManagerLibraries {
		libs[lib.ref] = common.HexToAddress("0x" + strings.Repeat("0", 38) + []string{"a1", "b2", "c3", "d4", "e5"}[i])
	}
	linked, err := linkBytecode(bin, libs)
	if err != nil {
		t.Fatalf("link: %v", err)
	}
	for ref, addr := range libs {
		if !strings.Contains(linked, strings.ToLower(addr.Hex()[2:])) {
			t.Errorf("%s: address %s not linked", ref, addr.Hex())
		}
	}
	// A library missing from the list leaves its placeholder: an error, not a broken deployment.
	delete(libs, taskManagerLibraries[0].ref)
	if _, err := linkBytecode(bin, libs); err == nil || !strings.Contains(err.Error(), "unlinked") {
		t.Fatalf("missing library: err = %v, want an unlinked placeholder error", err)
	}
	// A library the bytecode does not link is an error too (stale bindings).
	libs[taskManagerLibraries[0].ref] = common.HexToAddress("0xa1")
	libs["contracts/src/libraries/Nope.sol:Nope"] = common.HexToAddress("0xf6")
	if _, err := linkBytecode(bin, libs); err == nil || !strings.Contains(err.Error(), "no link placeholder") {
		t.Fatalf("unknown library: err = %v, want a missing placeholder error", err)
	}
}

// TestLibraryABIsParse checks that go-ethereum parses the ABI of TaskManager and every linked
// library: a library's ABI may name Solidity-only types (interfaces, storage references) that it
// rejects, which would only show when a deployment runs.
func TestLibraryABIsParse(t *testing.T) {
	for name, md := range map[string]*bind.MetaData{
		"TaskManager":      taskmanager.TaskManagerMetaData,
		"ZkProofs":         taskmanager.ZkProofsMetaData,
		"FunctionRegistry": taskmanager.FunctionRegistryMetaData,
		"BLSCertificates":  taskmanager.BLSCertificatesMetaData,
	} {
		if _, err := md.GetAbi(); err != nil {
			t.Errorf("%s ABI: %v", name, err)
		}
	}
}
