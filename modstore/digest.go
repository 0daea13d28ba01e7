package modstore

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
)

// Digest is the identity of a module: sha256 over its raw bytes.
//
// Why sha256 of the raw bytes and not an IPFS CIDv1: the digest is stored
// on-chain and compared by contracts, and a bytes32 sha256 is what Solidity
// computes natively (the sha256 precompile) and what every language hashes
// without a multiformats library. A CIDv1 of the *raw* codec with a sha2-256
// multihash carries exactly the same 32 bytes behind a fixed 4-byte prefix
// (0x01 0x55 0x12 0x20), so authors can still pin a module on IPFS: add it
// with `ipfs add --cid-version=1 --raw-leaves` while it fits in one block (or
// use the CID helper below) and anyone can convert between the two forms.
// Chunked (UnixFS/dag-pb) CIDs are not the hash of the bytes, which is why
// the digest, not a CID, is the identity.
type Digest [32]byte

// Sum computes the digest of module bytes.
func Sum(b []byte) Digest { return sha256.Sum256(b) }

// String is the lower-case hex form, without 0x.
func (d Digest) String() string { return hex.EncodeToString(d[:]) }

// IsZero reports whether d is the zero digest (no module).
func (d Digest) IsZero() bool { return d == Digest{} }

// ParseDigest accepts 64 hex characters, optionally prefixed by "0x" or
// "sha256:".
func ParseDigest(s string) (Digest, error) {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "sha256:"), "0x")
	var d Digest
	if len(s) != 64 {
		return d, fmt.Errorf("modstore: digest %q: want 64 hex characters", s)
	}
	if _, err := hex.Decode(d[:], []byte(s)); err != nil {
		return d, fmt.Errorf("modstore: digest %q: %w", s, err)
	}
	return d, nil
}

// CIDv1 returns the IPFS CIDv1 (raw codec, sha2-256) of the module in
// multibase base32 ("b..."), which is the same content address as d.
func (d Digest) CIDv1() string {
	raw := append([]byte{0x01, 0x55, 0x12, 0x20}, d[:]...)
	const alphabet = "abcdefghijklmnopqrstuvwxyz234567"
	var sb strings.Builder
	sb.WriteByte('b')
	var acc uint32
	bits := 0
	for _, b := range raw {
		acc = acc<<8 | uint32(b)
		bits += 8
		for bits >= 5 {
			bits -= 5
			sb.WriteByte(alphabet[(acc>>uint(bits))&31])
		}
	}
	if bits > 0 {
		sb.WriteByte(alphabet[(acc<<uint(5-bits))&31])
	}
	return sb.String()
}
