package zk_test

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestWitnessModuleDeps keeps the circuit API small: witness modules are compiled to wasip1 from
// circuit packages, and every operator downloads and compiles them, so neither this package nor
// a witness module may link a proving backend, the R1CS builder, go-ethereum or process
// execution (those belong to zk/proving, zk/solc and zk/builder).
func TestWitnessModuleDeps(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", ".", "./witness", "./examples/.../witness")
	cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm", "CGO_ENABLED=0")
	out, err := cmd.Output()
	if err != nil {
		var stderr []byte
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = ee.Stderr
		}
		t.Fatalf("go list: %v\n%s", err, stderr)
	}
	forbidden := []string{
		"github.com/consensys/gnark/backend/groth16",
		"github.com/consensys/gnark/backend/plonk",
		"github.com/consensys/gnark/backend/solidity",
		"github.com/consensys/gnark/frontend/cs/r1cs",
		"github.com/ethereum/go-ethereum",
		"os/exec",
	}
	for _, dep := range strings.Fields(string(out)) {
		for _, f := range forbidden {
			if dep == f || strings.HasPrefix(dep, f+"/") {
				t.Errorf("witness modules link %s", dep)
			}
		}
	}
}
