package main

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/blockless/avs/requester"
)

// storeTokenFlag names the file holding the module store upload token. The
// token itself is never a flag (it would show in ps and shell history):
// BLOCKLESS_STORE_TOKEN is the alternative.
func storeTokenFlag() cli.Flag {
	return &cli.StringFlag{Name: "store-token-file", EnvVars: []string{"BLOCKLESS_STORE_TOKEN_FILE"},
		Usage: "file holding the module store's upload token (or set BLOCKLESS_STORE_TOKEN)"}
}

// moduleStore is the store given by --store-url, with the upload token from
// --store-token-file or else BLOCKLESS_STORE_TOKEN.
func moduleStore(c *cli.Context) (requester.ModuleStore, error) {
	s := requester.ModuleStore{URL: c.String("store-url")}
	tok, err := storeToken(c.String("store-token-file"), os.Getenv("BLOCKLESS_STORE_TOKEN"))
	if err != nil {
		return s, err
	}
	s.Token = tok
	return s, nil
}

// storeToken reads the token file (its only content, surrounding whitespace
// ignored) or falls back to env. Errors never show the token.
func storeToken(file, env string) (string, error) {
	if file == "" {
		return strings.TrimSpace(env), nil
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return "", fmt.Errorf("store token: %w", err)
	}
	tok := strings.TrimSpace(string(b))
	if tok == "" {
		return "", fmt.Errorf("store token file %s is empty", file)
	}
	if strings.ContainsAny(tok, " \t\r\n") {
		return "", errors.New("store token file " + file + " must hold only the token (not a name:token list)")
	}
	return tok, nil
}
