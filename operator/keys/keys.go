// Package keys manages an operator's encrypted keystores: the ECDSA key that sends its
// transactions and the BN254 BLS key that signs task responses. Files are geth V3 keystores
// (ECDSA) and eigensdk-go's BLS keystore format, so EigenLayer tooling reads them too.
// Private keys exist in memory only; they are never logged or written unencrypted.
package keys

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	eigentypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"

	"github.com/blockless/avs/internal/jsonfile"
)

// ErrWrongPassword means a keystore did not decrypt with the given password.
var ErrWrongPassword = errors.New("wrong keystore password")

// ErrExists means a keystore of that name is already there; keys are never overwritten.
var ErrExists = errors.New("keystore already exists")

// KDF strength of new keystores.
type KDF int

const (
	// StandardKDF is geth's standard scrypt (256 MiB, ~1 s): for keys that guard real stake.
	StandardKDF KDF = iota
	// LightKDF is geth's light scrypt: for devnets and tests only.
	LightKDF
)

func (k KDF) params() (n, p int) {
	if k == LightKDF {
		return keystore.LightScryptN, keystore.LightScryptP
	}
	return keystore.StandardScryptN, keystore.StandardScryptP
}

// Store is a folder of named key pairs: NAME.ecdsa.json and NAME.bls.json.
type Store struct {
	Dir string
}

// ECDSAPath is the ECDSA keystore file of name.
func (s Store) ECDSAPath(name string) string { return filepath.Join(s.Dir, name+".ecdsa.json") }

// BLSPath is the BLS keystore file of name.
func (s Store) BLSPath(name string) string { return filepath.Join(s.Dir, name+".bls.json") }

// Info is what a keystore reveals without its password.
type Info struct {
	Name       string
	Address    common.Address // ECDSA
	BLSPubkey  string         // G1, as eigensdk prints it
	OperatorID string         // keccak256 of the G1 pubkey: the operator id on chain
	HasECDSA   bool
	HasBLS     bool
}

// CreateECDSA generates and stores a new ECDSA key.
func (s Store) CreateECDSA(name, password string, kdf KDF) (common.Address, error) {
	key, err := crypto.GenerateKey()
	if err != nil {
		return common.Address{}, fmt.Errorf("generate ecdsa key: %w", err)
	}
	return s.ImportECDSA(name, key, password, kdf)
}

// ImportECDSA stores an existing ECDSA key.
func (s Store) ImportECDSA(name string, key *ecdsa.PrivateKey, password string, kdf KDF) (common.Address, error) {
	if err := checkName(name); err != nil {
		return common.Address{}, err
	}
	if password == "" {
		return common.Address{}, errors.New("empty keystore password")
	}
	n, p := kdf.params()
	id, err := uuid.NewRandom()
	if err != nil {
		return common.Address{}, fmt.Errorf("key id: %w", err)
	}
	k := &keystore.Key{Id: id, Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: key}
	data, err := keystore.EncryptKey(k, password, n, p)
	if err != nil {
		return common.Address{}, fmt.Errorf("encrypt ecdsa key: %w", err)
	}
	if err := writeNew(s.ECDSAPath(name), data); err != nil {
		return common.Address{}, err
	}
	return k.Address, nil
}

// CreateBLS generates and stores a new BLS key.
func (s Store) CreateBLS(name, password string, kdf KDF) (*bls.KeyPair, error) {
	kp, err := bls.GenRandomBlsKeys()
	if err != nil {
		return nil, fmt.Errorf("generate bls key: %w", err)
	}
	return kp, s.ImportBLS(name, kp, password, kdf)
}

// ImportBLS stores an existing BLS key pair.
func (s Store) ImportBLS(name string, kp *bls.KeyPair, password string, kdf KDF) error {
	if err := checkName(name); err != nil {
		return err
	}
	if password == "" {
		return errors.New("empty keystore password")
	}
	n, p := kdf.params()
	sk := kp.PrivKey.Bytes()
	c, err := keystore.EncryptDataV3(sk[:], []byte(password), n, p)
	if err != nil {
		return fmt.Errorf("encrypt bls key: %w", err)
	}
	data, err := json.Marshal(struct {
		PubKey string              `json:"pubKey"`
		Crypto keystore.CryptoJSON `json:"crypto"`
	}{kp.PubKey.String(), c})
	if err != nil {
		return fmt.Errorf("encode bls keystore: %w", err)
	}
	return writeNew(s.BLSPath(name), data)
}

// LoadECDSA decrypts the ECDSA key of name.
func (s Store) LoadECDSA(name, password string) (*ecdsa.PrivateKey, error) {
	return ReadECDSA(s.ECDSAPath(name), password)
}

// LoadBLS decrypts the BLS key of name.
func (s Store) LoadBLS(name, password string) (*bls.KeyPair, error) {
	return ReadBLS(s.BLSPath(name), password)
}

// ReadECDSA decrypts a geth V3 keystore file.
func ReadECDSA(path, password string) (*ecdsa.PrivateKey, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read ecdsa keystore: %w", err)
	}
	k, err := keystore.DecryptKey(data, password)
	if errors.Is(err, keystore.ErrDecrypt) {
		return nil, fmt.Errorf("%s: %w", path, ErrWrongPassword)
	}
	if err != nil {
		return nil, fmt.Errorf("decrypt ecdsa keystore %s: %w", path, err)
	}
	return k.PrivateKey, nil
}

// ReadBLS decrypts a BLS keystore file (eigensdk-go format).
func ReadBLS(path, password string) (*bls.KeyPair, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("read bls keystore: %w", err)
	}
	kp, err := bls.ReadPrivateKeyFromFile(path, password)
	if errors.Is(err, keystore.ErrDecrypt) {
		return nil, fmt.Errorf("%s: %w", path, ErrWrongPassword)
	}
	if err != nil {
		return nil, fmt.Errorf("decrypt bls keystore %s: %w", path, err)
	}
	return kp, nil
}

// List describes every key pair in the store, without decrypting anything.
func (s Store) List() ([]Info, error) {
	entries, err := os.ReadDir(s.Dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("list keystores: %w", err)
	}
	byName := map[string]*Info{}
	get := func(n string) *Info {
		if byName[n] == nil {
			byName[n] = &Info{Name: n}
		}
		return byName[n]
	}
	for _, e := range entries {
		name := e.Name()
		switch {
		case strings.HasSuffix(name, ".ecdsa.json"):
			var f struct {
				Address string `json:"address"`
			}
			if err := jsonfile.Read(filepath.Join(s.Dir, name), &f); err != nil {
				return nil, err
			}
			info := get(strings.TrimSuffix(name, ".ecdsa.json"))
			info.HasECDSA = true
			info.Address = common.HexToAddress(f.Address)
		case strings.HasSuffix(name, ".bls.json"):
			var f struct {
				PubKey string `json:"pubKey"`
			}
			if err := jsonfile.Read(filepath.Join(s.Dir, name), &f); err != nil {
				return nil, err
			}
			info := get(strings.TrimSuffix(name, ".bls.json"))
			info.HasBLS = true
			info.BLSPubkey = f.PubKey
		}
	}
	out := make([]Info, 0, len(byName))
	for _, i := range byName {
		out = append(out, *i)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Name < out[b].Name })
	return out, nil
}

// OperatorID is the on-chain operator id of a BLS key pair.
func OperatorID(kp *bls.KeyPair) [32]byte {
	return eigentypes.OperatorIdFromKeyPair(kp)
}

// ParseECDSAHex parses a hex private key (with or without 0x).
func ParseECDSAHex(s string) (*ecdsa.PrivateKey, error) {
	k, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(s), "0x"))
	if err != nil {
		return nil, errors.New("invalid ecdsa private key (want 32 bytes hex)")
	}
	return k, nil
}

// ParseBLS parses a BLS private key given as decimal or 0x-hex.
func ParseBLS(s string) (*bls.KeyPair, error) {
	kp, err := bls.NewKeyPairFromString(strings.TrimSpace(s))
	if err != nil {
		return nil, errors.New("invalid bls private key (want a field element, decimal or 0x-hex)")
	}
	return kp, nil
}

func checkName(name string) error {
	if name == "" || strings.ContainsAny(name, `/\`) || strings.HasPrefix(name, ".") {
		return fmt.Errorf("invalid key name %q", name)
	}
	return nil
}

func writeNew(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("create keystore folder: %w", err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, os.ErrExist) {
		return fmt.Errorf("%s: %w", path, ErrExists)
	}
	if err != nil {
		return fmt.Errorf("create keystore: %w", err)
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return fmt.Errorf("write keystore: %w", err)
	}
	return f.Close()
}
