package keys

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

func TestCreateListLoadRoundTrip(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	addr, err := s.CreateECDSA("op1", "pw", LightKDF)
	if err != nil {
		t.Fatal(err)
	}
	kp, err := s.CreateBLS("op1", "pw2", LightKDF)
	if err != nil {
		t.Fatal(err)
	}
	infos, err := s.List()
	if err != nil || len(infos) != 1 {
		t.Fatalf("list = %v, %v", infos, err)
	}
	if !infos[0].HasECDSA || !infos[0].HasBLS || infos[0].Address != addr || infos[0].BLSPubkey != kp.PubKey.String() {
		t.Fatalf("list info %+v does not describe the created keys", infos[0])
	}
	k, err := s.LoadECDSA("op1", "pw")
	if err != nil || crypto.PubkeyToAddress(k.PublicKey) != addr {
		t.Fatalf("load ecdsa: %v", err)
	}
	kp2, err := s.LoadBLS("op1", "pw2")
	if err != nil || !kp2.PrivKey.Equal(kp.PrivKey) {
		t.Fatalf("load bls: %v", err)
	}
	if OperatorID(kp2) != OperatorID(kp) {
		t.Fatal("operator id changed across the round trip")
	}
}

func TestWrongPasswordAndNoOverwrite(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	if _, err := s.CreateECDSA("a", "right", LightKDF); err != nil {
		t.Fatal(err)
	}
	if _, err := s.CreateBLS("a", "right", LightKDF); err != nil {
		t.Fatal(err)
	}
	if _, err := s.LoadECDSA("a", "wrong"); !errors.Is(err, ErrWrongPassword) {
		t.Fatalf("ecdsa with wrong password: %v, want ErrWrongPassword", err)
	}
	if _, err := s.LoadBLS("a", "wrong"); !errors.Is(err, ErrWrongPassword) {
		t.Fatalf("bls with wrong password: %v, want ErrWrongPassword", err)
	}
	if _, err := s.CreateECDSA("a", "other", LightKDF); !errors.Is(err, ErrExists) {
		t.Fatalf("second create: %v, want ErrExists", err)
	}
	if _, err := s.LoadECDSA("a", "right"); err != nil {
		t.Fatalf("original key damaged: %v", err)
	}
	if _, err := s.CreateECDSA("../x", "pw", LightKDF); err == nil {
		t.Fatal("path-like key name accepted")
	}
}

func TestImportKnownKeys(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	k, err := ParseECDSAHex("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d")
	if err != nil {
		t.Fatal(err)
	}
	addr, err := s.ImportECDSA("b", k, "pw", LightKDF)
	if err != nil || addr.Hex() != "0x70997970C51812dc3A010C7d01b50e0d17dc79C8" {
		t.Fatalf("import ecdsa: %s %v", addr.Hex(), err)
	}
	kp, err := ParseBLS("0x1")
	if err != nil {
		t.Fatal(err)
	}
	if err := s.ImportBLS("b", kp, "pw", LightKDF); err != nil {
		t.Fatal(err)
	}
	if _, err := ParseECDSAHex("zz"); err == nil {
		t.Fatal("garbage ecdsa key accepted")
	}
	if _, err := ParseBLS("not a number"); err == nil {
		t.Fatal("garbage bls key accepted")
	}
}
