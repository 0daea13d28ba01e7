// Command signer signs its input with a private key it receives as a secret: the
// template of a function that holds a key nobody else sees (docs/secrets.md).
//
// Environment: SIGNING_KEY, the secp256k1 private key as 64 hex digits (a secret of the
// function, set with `blockless secret set`). Input (stdin): the message, any bytes.
//
// Output: 65 bytes r ‖ s ‖ v, an Ethereum signature of keccak256(message) (v is 27 or
// 28), so a contract checks it with ecrecover(keccak256(message), v, r, s).
//
// Exit 1 when SIGNING_KEY is missing or malformed (the message says which, never the
// value), 2 when the input cannot be read.
package main

import (
	"encoding/hex"
	"fmt"
	"io"
	"os"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/decred/dcrd/dcrec/secp256k1/v4/ecdsa"
	"golang.org/x/crypto/sha3"
)

func main() {
	raw, ok := os.LookupEnv("SIGNING_KEY")
	if !ok {
		fmt.Fprintln(os.Stderr, "signer: no SIGNING_KEY secret")
		os.Exit(1)
	}
	b, err := hex.DecodeString(raw)
	if err != nil || len(b) != 32 {
		fmt.Fprintln(os.Stderr, "signer: SIGNING_KEY is not 64 hex digits")
		os.Exit(1)
	}
	key := secp256k1.PrivKeyFromBytes(b)
	if key.Key.IsZero() {
		fmt.Fprintln(os.Stderr, "signer: SIGNING_KEY is zero")
		os.Exit(1)
	}
	msg, err := io.ReadAll(io.LimitReader(os.Stdin, 1<<20))
	if err != nil {
		fmt.Fprintln(os.Stderr, "signer: read input:", err)
		os.Exit(2)
	}
	h := sha3.NewLegacyKeccak256()
	h.Write(msg)
	digest := h.Sum(nil)
	compact := ecdsa.SignCompact(key, digest, false) // v ‖ r ‖ s, v = 27 + recovery id
	out := append(compact[1:65:65], compact[0])
	os.Stdout.Write(out)
}
