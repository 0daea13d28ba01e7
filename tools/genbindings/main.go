// Command genbindings writes abigen Go bindings for forge artifacts.
//
// It calls go-ethereum's binding generator as a library (the abigen command pulls in most of
// geth's CLI dependencies) so the generator version is the one pinned in go.mod.
//
//	genbindings -out bindings -artifacts out TaskManager ServiceManager ...
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/crypto"
)

type artifact struct {
	ABI      json.RawMessage `json:"abi"`
	Bytecode struct {
		Object string `json:"object"`
		// source file -> library name -> placeholder positions
		LinkReferences map[string]map[string]json.RawMessage `json:"linkReferences"`
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

func readArtifact(artifactsDir, name string) (artifact, error) {
	var a artifact
	// A source compiled under several compiler profiles (foundry.toml builds TaskManager.sol
	// for size, its imports also for gas) gets one artifact per profile, suffixed with the
	// profile's name: the default profile's is the one deployed.
	raw, err := os.ReadFile(filepath.Join(artifactsDir, name+".sol", name+".json"))
	if errors.Is(err, os.ErrNotExist) {
		raw, err = os.ReadFile(filepath.Join(artifactsDir, name+".sol", name+".default.json"))
	}
	if err != nil {
		return a, fmt.Errorf("read artifact (run forge build first): %w", err)
	}
	if err := json.Unmarshal(raw, &a); err != nil {
		return a, fmt.Errorf("parse artifact %s: %w", name, err)
	}
	return a, nil
}

// generate writes the binding of one contract. The external libraries its bytecode links are bound
// into the same package: the generated Deploy function deploys them first and links their
// addresses (solc's placeholder is __$ + the first 34 hex digits of keccak256("source:Library") + $__).
func generate(artifactsDir, outDir, name string) error {
	a, err := readArtifact(artifactsDir, name)
	if err != nil {
		return err
	}
	types, abis, bins := []string{name}, []string{string(a.ABI)}, []string{a.Bytecode.Object}
	var libs map[string]string
	var linked []string // "source:Library", sorted so the output does not depend on map order
	for source, byName := range a.Bytecode.LinkReferences {
		for lib := range byName {
			linked = append(linked, source+":"+lib)
		}
	}
	sort.Strings(linked)
	for _, ref := range linked {
		lib := ref[strings.LastIndex(ref, ":")+1:]
		l, err := readArtifact(artifactsDir, lib)
		if err != nil {
			return fmt.Errorf("library %s: %w", lib, err)
		}
		if libs == nil {
			libs = map[string]string{}
		}
		libs[crypto.Keccak256Hash([]byte(ref)).Hex()[2:36]] = lib
		types, abis, bins = append(types, lib), append(abis, string(l.ABI)), append(bins, l.Bytecode.Object)
	}
	pkg := strings.ToLower(name)
	code, err := bind.Bind(types, abis, bins, make([]map[string]string, len(types)), pkg, bind.LangGo, libs, nil)
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
