// Command genbindings writes abigen Go bindings for forge artifacts.
//
// It calls go-ethereum's binding generator as a library (the abigen command pulls in most of
// geth's CLI dependencies) so the generator version is the one pinned in go.mod.
//
//	genbindings -out bindings -artifacts out TaskManager ServiceManager ...
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
)

type artifact struct {
	ABI      json.RawMessage `json:"abi"`
	Bytecode struct {
		Object string `json:"object"`
	} `json:"bytecode"`
}

func main() {
	out := flag.String("out", "bindings", "destination folder; one package per contract")
	artifacts := flag.String("artifacts", "out", "forge artifacts folder")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: genbindings [-out DIR] [-artifacts DIR] Contract...")
		os.Exit(2)
	}
	for _, name := range flag.Args() {
		if err := generate(*artifacts, *out, name); err != nil {
			fmt.Fprintf(os.Stderr, "genbindings: %s: %v\n", name, err)
			os.Exit(1)
		}
	}
}

func generate(artifactsDir, outDir, name string) error {
	raw, err := os.ReadFile(filepath.Join(artifactsDir, name+".sol", name+".json"))
	if err != nil {
		return fmt.Errorf("read artifact (run forge build first): %w", err)
	}
	var a artifact
	if err := json.Unmarshal(raw, &a); err != nil {
		return fmt.Errorf("parse artifact: %w", err)
	}
	pkg := strings.ToLower(name)
	code, err := bind.Bind([]string{name}, []string{string(a.ABI)}, []string{a.Bytecode.Object},
		[]map[string]string{nil}, pkg, bind.LangGo, nil, nil)
	if err != nil {
		return fmt.Errorf("generate: %w", err)
	}
	dir := filepath.Join(outDir, pkg)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create %s: %w", dir, err)
	}
	if err := os.WriteFile(filepath.Join(dir, "binding.go"), []byte(code), 0o644); err != nil {
		return fmt.Errorf("write binding: %w", err)
	}
	return nil
}
