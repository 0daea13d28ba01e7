// Package solc compiles a zk function's exported Solidity verifier into creation bytecode by
// running a solc (a native one, or the repository's solc-js adapter tools/solc/solc). It is a
// package of its own because it starts processes: nothing that proves or verifies needs it.
package solc

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// CompileSolidity compiles a verifier with solc's standard-JSON interface and returns its
// creation bytecode. The settings match foundry.toml (optimizer 200 runs, prague) so gas figures
// agree with the forge tests.
func CompileSolidity(solc string, source []byte, contractName string) ([]byte, error) {
	in := map[string]any{
		"language": "Solidity",
		"sources":  map[string]any{"Verifier.sol": map[string]any{"content": string(source)}},
		"settings": map[string]any{
			"optimizer":       map[string]any{"enabled": true, "runs": 200},
			"evmVersion":      "prague",
			"metadata":        map[string]any{"bytecodeHash": "none", "appendCBOR": false},
			"outputSelection": map[string]any{"*": map[string]any{"*": []string{"evm.bytecode.object"}}},
		},
	}
	inb, err := json.Marshal(in)
	if err != nil {
		return nil, fmt.Errorf("zk: solc input: %w", err)
	}
	cmd := exec.Command(solc, "--standard-json")
	cmd.Stdin = bytes.NewReader(inb)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("zk: run %s: %w: %s", solc, err, strings.TrimSpace(stderr.String()))
	}
	var res struct {
		Errors []struct {
			Severity         string `json:"severity"`
			FormattedMessage string `json:"formattedMessage"`
		} `json:"errors"`
		Contracts map[string]map[string]struct {
			EVM struct {
				Bytecode struct {
					Object string `json:"object"`
				} `json:"bytecode"`
			} `json:"evm"`
		} `json:"contracts"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		return nil, fmt.Errorf("zk: solc output: %w", err)
	}
	var errs []error
	for _, e := range res.Errors {
		if e.Severity == "error" {
			errs = append(errs, errors.New(e.FormattedMessage))
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("zk: solc: %w", errors.Join(errs...))
	}
	obj := res.Contracts["Verifier.sol"][contractName].EVM.Bytecode.Object
	if obj == "" {
		return nil, fmt.Errorf("zk: solc produced no bytecode for %s", contractName)
	}
	code, err := hex.DecodeString(obj)
	if err != nil {
		return nil, fmt.Errorf("zk: solc bytecode: %w", err)
	}
	return code, nil
}

// Find returns the solc `blockless zk build` uses when none is given: the repository's solc-js
// adapter in moduleDir (the compiler the forge tests use, so the bytecode is the one they
// measure), else a solc on PATH, else "" (the verifier is then left uncompiled).
func Find(moduleDir string) string {
	if p := filepath.Join(moduleDir, "tools", "solc", "solc"); fileExists(p) {
		return p
	}
	if p, err := exec.LookPath("solc"); err == nil {
		return p
	}
	return ""
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }
