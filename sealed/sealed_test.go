package sealed

import (
	"bytes"
	"crypto/rand"
	"errors"
	"math/big"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	eigentypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum/common"
)

type holderKey struct {
	Holder
	kp *bls.KeyPair
}

// operators makes n operators with real BLS keys, as EigenLayer registers them.
func operators(t testing.TB, n int) []holderKey {
	t.Helper()
	out := make([]holderKey, n)
	for i := range out {
		kp, err := bls.GenRandomBlsKeys()
		if err != nil {
			t.Fatal(err)
		}
		out[i] = holderKey{Holder: Holder{ID: HolderID(*kp.PubKey.G1Affine), Pub: *kp.PubKey.G1Affine}, kp: kp}
	}
	return out
}

func holdersOf(ops []holderKey) []Holder {
	hs := make([]Holder, len(ops))
	for i, o := range ops {
		hs[i] = o.Holder
	}
	return hs
}

var testBinding = SecretBinding(big.NewInt(31337), common.HexToAddress("0x1234"), 7, common.HexToAddress("0xabcd"))

func sealTo(t *testing.T, ops []holderKey, th int, plaintext []byte) (Envelope, Key) {
	t.Helper()
	e, k, err := Seal(rand.Reader, KindSecret, 0, testBinding, plaintext, holdersOf(ops), th)
	if err != nil {
		t.Fatal(err)
	}
	return e, k
}

func openShares(t *testing.T, e Envelope, ops []holderKey) []Share {
	t.Helper()
	var out []Share
	for _, o := range ops {
		s, err := e.OpenShare(*o.kp.PrivKey, o.ID)
		if err != nil {
			t.Fatalf("open share of %s: %v", o.ID.Hex(), err)
		}
		out = append(out, s)
	}
	return out
}

func TestHolderIDIsEigenLayerOperatorID(t *testing.T) {
	ops := operators(t, 1)
	if want := eigentypes.OperatorIdFromG1Pubkey(ops[0].kp.PubKey); ops[0].ID != common.Hash(want) {
		t.Fatalf("HolderID %s, EigenLayer operator ID %x", ops[0].ID.Hex(), want)
	}
}

func TestAnyThresholdOfSharesOpens(t *testing.T) {
	ops := operators(t, 5)
	secret := []byte("sk_live_0123456789")
	e, key := sealTo(t, ops, 3, secret)
	shares := openShares(t, e, ops)
	for _, pick := range [][]int{{0, 1, 2}, {2, 3, 4}, {0, 2, 4}, {4, 1, 3, 0}} {
		var sub []Share
		for _, i := range pick {
			sub = append(sub, shares[i])
		}
		got, k, err := e.Open(sub)
		if err != nil {
			t.Fatalf("open with shares %v: %v", pick, err)
		}
		if !bytes.Equal(got, secret) || k != key {
			t.Fatalf("shares %v opened %q with another key", pick, got)
		}
	}
	if _, _, err := e.Open(shares[:2]); !errors.Is(err, ErrTooFewShares) {
		t.Fatalf("2 of 3 shares: %v, want ErrTooFewShares", err)
	}
	// The same share twice counts once.
	if _, _, err := e.Open([]Share{shares[0], shares[0], shares[1]}); !errors.Is(err, ErrTooFewShares) {
		t.Fatalf("a share repeated: %v, want ErrTooFewShares", err)
	}
}

func TestShareOpensOnlyWithItsHoldersKey(t *testing.T) {
	ops := operators(t, 3)
	e, _ := sealTo(t, ops, 2, []byte("v"))
	if _, err := e.OpenShare(*ops[1].kp.PrivKey, ops[0].ID); err == nil {
		t.Fatal("operator 1's key opened operator 0's share")
	}
	stranger := operators(t, 1)[0]
	if _, err := e.OpenShare(*stranger.kp.PrivKey, stranger.ID); !errors.Is(err, ErrNotHolder) {
		t.Fatalf("a stranger's share: %v, want ErrNotHolder", err)
	}
}

func TestForgedShareRefused(t *testing.T) {
	ops := operators(t, 3)
	e, _ := sealTo(t, ops, 2, []byte("value"))
	shares := openShares(t, e, ops)
	forged := shares[1]
	one := forged.Value
	one.SetOne()
	forged.Value.Add(&forged.Value, &one)
	if err := e.VerifyShare(forged); !errors.Is(err, ErrBadShare) {
		t.Fatalf("forged share verified: %v", err)
	}
	if _, _, err := e.Open([]Share{shares[0], forged}); !errors.Is(err, ErrBadShare) {
		t.Fatalf("open with a forged share: %v, want ErrBadShare", err)
	}
	moved := shares[1]
	moved.Index = 3 // a right value under another holder's index
	if err := e.VerifyShare(moved); !errors.Is(err, ErrBadShare) {
		t.Fatalf("share under another index verified: %v", err)
	}
	if err := e.VerifyShare(Share{Index: 9, Value: shares[0].Value}); !errors.Is(err, ErrBadShare) {
		t.Fatalf("out-of-range index verified: %v", err)
	}
}

func TestMarshalParseRoundTrip(t *testing.T) {
	ops := operators(t, 4)
	e, _, err := Seal(rand.Reader, KindInput, FlagEncryptResponse, testBinding, []byte("input"), holdersOf(ops), 3)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := e.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if !IsSealed(raw) || IsSealed([]byte("plain input")) {
		t.Fatal("IsSealed disagrees with the magic")
	}
	back, err := Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	raw2, _ := back.MarshalBinary()
	if !bytes.Equal(raw, raw2) || back.Digest() != e.Digest() || back.Flags != FlagEncryptResponse || back.Binding != testBinding {
		t.Fatal("parse did not give the envelope back")
	}
	shares := openShares(t, back, ops[:3])
	if got, _, err := back.Open(shares); err != nil || string(got) != "input" {
		t.Fatalf("parsed envelope opened %q, %v", got, err)
	}
}

// Any change to an envelope's bytes, its binding above all, makes it unopenable.
func TestTamperedEnvelopeDoesNotOpen(t *testing.T) {
	ops := operators(t, 3)
	e, _ := sealTo(t, ops, 2, []byte("value"))
	raw, _ := e.MarshalBinary()
	bindingAt := len(Magic) + 4
	for _, at := range []int{bindingAt, bindingAt + 31, len(raw) - 1, len(raw) - 20} {
		bad := bytes.Clone(raw)
		bad[at] ^= 1
		te, err := Parse(bad)
		if err != nil {
			continue // refused outright
		}
		var shares []Share
		for _, o := range ops[:2] {
			if s, err := te.OpenShare(*o.kp.PrivKey, o.ID); err == nil {
				shares = append(shares, s)
			}
		}
		if _, _, err := te.Open(shares); err == nil {
			t.Fatalf("envelope with byte %d flipped opened", at)
		}
	}
}

func TestParseRefusesMalformed(t *testing.T) {
	ops := operators(t, 2)
	e, _ := sealTo(t, ops, 2, []byte("x"))
	raw, _ := e.MarshalBinary()
	commit := len(Magic) + 4 + 32
	holder0 := commit + 2*pointSize
	mut := func(f func(b []byte) []byte) []byte { return f(bytes.Clone(raw)) }
	cases := map[string][]byte{
		"not sealed":       []byte("hello"),
		"truncated header": raw[:20],
		"truncated":        raw[:len(raw)-17],
		"kind 0":           mut(func(b []byte) []byte { b[len(Magic)] = 0; return b }),
		"kind 3":           mut(func(b []byte) []byte { b[len(Magic)] = 3; return b }),
		"flag on secret":   mut(func(b []byte) []byte { b[len(Magic)+1] = FlagEncryptResponse; return b }),
		"unknown flag":     mut(func(b []byte) []byte { b[len(Magic)+1] = 2; return b }),
		"threshold 0":      mut(func(b []byte) []byte { b[len(Magic)+2] = 0; return b }),
		"threshold > n":    mut(func(b []byte) []byte { b[len(Magic)+2] = 3; return b }),
		"no holders":       mut(func(b []byte) []byte { b[len(Magic)+3] = 0; return b }),
		"65 holders":       mut(func(b []byte) []byte { b[len(Magic)+3] = 65; return b }),
		"x not canonical":  mut(func(b []byte) []byte { copy(b[commit:], bytes.Repeat([]byte{0xff}, 32)); return b }),
		"off curve":        mut(func(b []byte) []byte { b[commit+63] ^= 1; return b }),
		"infinity":         mut(func(b []byte) []byte { copy(b[commit:], make([]byte, 64)); return b }),
		"index mismatch":   mut(func(b []byte) []byte { b[holder0+32] = 2; return b }),
		"duplicate holder": mut(func(b []byte) []byte { copy(b[holder0+holderSize:], b[holder0:holder0+32]); return b }),
		"ephemeral off curve": mut(func(b []byte) []byte {
			b[holder0+33+63] ^= 1
			return b
		}),
		"oversized": append(bytes.Clone(raw), make([]byte, MaxPlaintext)...),
	}
	for name, b := range cases {
		if _, err := Parse(b); err == nil {
			t.Errorf("%s: parsed", name)
		} else if name == "not sealed" && !errors.Is(err, ErrNotSealed) {
			t.Errorf("%s: %v, want ErrNotSealed", name, err)
		} else if name != "not sealed" && !errors.Is(err, ErrMalformed) {
			t.Errorf("%s: %v, want ErrMalformed", name, err)
		}
	}
}

func TestSealRefusesBadRequests(t *testing.T) {
	ops := operators(t, 2)
	hs := holdersOf(ops)
	dup := []Holder{hs[0], hs[0]}
	badKey := []Holder{{ID: hs[0].ID}} // the point at infinity
	for name, f := range map[string]func() error{
		"threshold 0":        func() error { _, _, err := Seal(rand.Reader, KindSecret, 0, testBinding, nil, hs, 0); return err },
		"threshold > n":      func() error { _, _, err := Seal(rand.Reader, KindSecret, 0, testBinding, nil, hs, 3); return err },
		"no holders":         func() error { _, _, err := Seal(rand.Reader, KindSecret, 0, testBinding, nil, nil, 1); return err },
		"duplicate holder":   func() error { _, _, err := Seal(rand.Reader, KindSecret, 0, testBinding, nil, dup, 1); return err },
		"holder key invalid": func() error { _, _, err := Seal(rand.Reader, KindSecret, 0, testBinding, nil, badKey, 1); return err },
		"flag on a secret": func() error {
			_, _, err := Seal(rand.Reader, KindSecret, FlagEncryptResponse, testBinding, nil, hs, 1)
			return err
		},
		"unknown kind": func() error { _, _, err := Seal(rand.Reader, 9, 0, testBinding, nil, hs, 1); return err },
		"too large": func() error {
			_, _, err := Seal(rand.Reader, KindInput, 0, testBinding, make([]byte, MaxPlaintext+1), hs, 1)
			return err
		},
	} {
		if err := f(); !errors.Is(err, ErrInvalidRequest) {
			t.Errorf("%s: %v, want ErrInvalidRequest", name, err)
		}
	}
}

func TestWrapShareBoundToRecipientAndContext(t *testing.T) {
	ops := operators(t, 3)
	e, _ := sealTo(t, ops, 2, []byte("v"))
	s, err := e.OpenShare(*ops[0].kp.PrivKey, ops[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	ctx := []byte("task 1, envelope, from 0 to 1")
	box, err := WrapShare(rand.Reader, s, ops[1].Pub, ctx)
	if err != nil {
		t.Fatal(err)
	}
	got, err := UnwrapShare(box, *ops[1].kp.PrivKey, ctx)
	if err != nil || got != s {
		t.Fatalf("unwrap: %v", err)
	}
	if err := e.VerifyShare(got); err != nil {
		t.Fatal(err)
	}
	if _, err := UnwrapShare(box, *ops[2].kp.PrivKey, ctx); err == nil {
		t.Fatal("another operator unwrapped the share")
	}
	if _, err := UnwrapShare(box, *ops[1].kp.PrivKey, []byte("task 2, envelope, from 0 to 1")); err == nil {
		t.Fatal("share unwrapped under another task's context")
	}
	if _, err := UnwrapShare(box[:len(box)-1], *ops[1].kp.PrivKey, ctx); !errors.Is(err, ErrMalformed) {
		t.Fatalf("short box: %v", err)
	}
}

func TestResponseSealedToTheKey(t *testing.T) {
	ops := operators(t, 2)
	e, key, err := Seal(rand.Reader, KindInput, FlagEncryptResponse, testBinding, []byte("in"), holdersOf(ops), 2)
	if err != nil {
		t.Fatal(err)
	}
	_, opened, err := e.Open(openShares(t, e, ops))
	if err != nil || opened != key {
		t.Fatalf("operators derived another key: %v", err)
	}
	task := common.HexToHash("0x01")
	out := SealResponse(opened, task, []byte("result"))
	if bytes.Contains(out, []byte("result")) {
		t.Fatal("sealed response holds the plaintext")
	}
	if !bytes.Equal(out, SealResponse(opened, task, []byte("result"))) {
		t.Fatal("SealResponse is not deterministic: operators would disagree")
	}
	if got, err := OpenResponse(key, task, out); err != nil || string(got) != "result" {
		t.Fatalf("open response: %q %v", got, err)
	}
	if _, err := OpenResponse(key, common.HexToHash("0x02"), out); !errors.Is(err, ErrDecrypt) {
		t.Fatalf("response opened under another task: %v", err)
	}
}

func TestBindingsDiffer(t *testing.T) {
	c, a, b := big.NewInt(1), common.HexToAddress("0x1"), common.HexToAddress("0x2")
	set := map[common.Hash]bool{
		SecretBinding(c, a, 1, b): true, SecretBinding(c, a, 2, b): true, SecretBinding(c, a, 1, a): true,
		SecretBinding(big.NewInt(2), a, 1, b): true, InputBinding(c, a, 1, b): true, InputBinding(c, a, 1, a): true,
	}
	if len(set) != 6 {
		t.Fatal("two different purposes share a binding")
	}
}

func FuzzParse(f *testing.F) {
	kp, _ := bls.GenRandomBlsKeys()
	h := Holder{ID: HolderID(*kp.PubKey.G1Affine), Pub: *kp.PubKey.G1Affine}
	e, _, _ := Seal(rand.Reader, KindInput, FlagEncryptResponse, testBinding, []byte("seed"), []Holder{h}, 1)
	raw, _ := e.MarshalBinary()
	f.Add(raw)
	f.Add([]byte(Magic))
	f.Fuzz(func(t *testing.T, b []byte) {
		e, err := Parse(b)
		if err != nil {
			return
		}
		back, err := e.MarshalBinary()
		if err != nil || !bytes.Equal(back, b) {
			t.Fatalf("parsed envelope does not re-encode to its bytes: %v", err)
		}
	})
}

// Thresholds above msmFrom check shares with a multi-exponentiation: same verdicts.
func TestLargeThreshold(t *testing.T) {
	ops := operators(t, 12)
	e, _ := sealTo(t, ops, msmFrom+2, []byte("many"))
	shares := openShares(t, e, ops)
	got, _, err := e.Open(shares[2:])
	if err != nil || string(got) != "many" {
		t.Fatalf("open with 10 of 12: %q %v", got, err)
	}
	forged := shares[5]
	one := forged.Value
	one.SetOne()
	forged.Value.Add(&forged.Value, &one)
	if err := e.VerifyShare(forged); !errors.Is(err, ErrBadShare) {
		t.Fatalf("forged share verified: %v", err)
	}
}
