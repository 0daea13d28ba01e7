package sealed

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Magic starts every envelope; a task input that starts with it is sealed.
const Magic = "BLSEAL1\x00"

// Kind says what an envelope carries.
type Kind uint8

const (
	KindSecret Kind = 1 // a function secret from the secret registry
	KindInput  Kind = 2 // a task's input
)

// FlagEncryptResponse asks the operators to encrypt the task's output to the envelope's key.
// Only input envelopes carry it.
const FlagEncryptResponse uint8 = 1

const (
	MaxHolders   = 64       // operators a value can be sealed to
	MaxPlaintext = 64 << 10 // bytes of value
)

const (
	pointSize  = 64 // uncompressed G1: X ‖ Y, big-endian
	boxSize    = 32 + 16
	holderSize = 32 + 1 + pointSize + boxSize
	headerSize = len(Magic) + 4 + 32
	nonceSize  = 12
	tagSize    = 16
	wrapSize   = pointSize + 1 + 32 + tagSize
)

// Errors callers can tell apart. None of them carries secret material.
var (
	ErrNotSealed      = errors.New("not a sealed envelope")
	ErrMalformed      = errors.New("malformed envelope")
	ErrNotHolder      = errors.New("not a holder of this envelope")
	ErrBadShare       = errors.New("share does not match the envelope's commitments")
	ErrTooFewShares   = errors.New("too few shares")
	ErrDecrypt        = errors.New("decryption failed")
	ErrInvalidRequest = errors.New("invalid seal request")
)

// Holder is an operator a value is sealed to: its EigenLayer operator ID and BLS G1 key.
type Holder struct {
	ID  common.Hash
	Pub bn254.G1Affine
}

// HolderID is the ID EigenLayer gives the operator registered with pub: keccak256(X ‖ Y).
func HolderID(pub bn254.G1Affine) common.Hash {
	b := encodePoint(nil, &pub)
	return crypto.Keccak256Hash(b)
}

// Share is one holder's share of an envelope's key.
type Share struct {
	Index uint8 // the holder's position + 1: the x at which the polynomial was evaluated
	Value fr.Element
}

// SealedShare is a share encrypted to its holder.
type SealedShare struct {
	ID        common.Hash
	Index     uint8
	Ephemeral bn254.G1Affine
	Box       [boxSize]byte
}

// Key is an envelope's content key. The requester keeps it to read an encrypted response.
type Key [32]byte

// Envelope is a sealed value.
type Envelope struct {
	Kind        Kind
	Flags       uint8
	Threshold   uint8
	Binding     common.Hash // what the envelope may be opened for (SecretBinding, InputBinding)
	Commitments []bn254.G1Affine
	Holders     []SealedShare
	Nonce       [nonceSize]byte
	Ciphertext  []byte
}

// SecretBinding is the binding of a secret that owner set for function functionID in the
// registry at registry on chain chainID.
func SecretBinding(chainID *big.Int, registry common.Address, functionID uint64, owner common.Address) common.Hash {
	return crypto.Keccak256Hash([]byte("blockless/sealed/v1/secret"), common.BigToHash(chainID).Bytes(),
		registry.Bytes(), new(big.Int).SetUint64(functionID).FillBytes(make([]byte, 8)), owner.Bytes())
}

// InputBinding is the binding of an input requester submits to function functionID of the
// task manager at taskManager on chain chainID.
func InputBinding(chainID *big.Int, taskManager common.Address, functionID uint64, requester common.Address) common.Hash {
	return crypto.Keccak256Hash([]byte("blockless/sealed/v1/input"), common.BigToHash(chainID).Bytes(),
		taskManager.Bytes(), new(big.Int).SetUint64(functionID).FillBytes(make([]byte, 8)), requester.Bytes())
}

// IsSealed reports whether b starts like an envelope.
func IsSealed(b []byte) bool { return bytes.HasPrefix(b, []byte(Magic)) }

// Seal encrypts plaintext so that any t of holders can open it together.
func Seal(rand io.Reader, kind Kind, flags uint8, binding common.Hash, plaintext []byte, holders []Holder, t int) (Envelope, Key, error) {
	switch {
	case kind != KindSecret && kind != KindInput:
		return Envelope{}, Key{}, fmt.Errorf("%w: unknown kind %d", ErrInvalidRequest, kind)
	case flags&^FlagEncryptResponse != 0 || (flags != 0 && kind != KindInput):
		return Envelope{}, Key{}, fmt.Errorf("%w: flags %#x for kind %d", ErrInvalidRequest, flags, kind)
	case len(holders) == 0 || len(holders) > MaxHolders:
		return Envelope{}, Key{}, fmt.Errorf("%w: %d holders, want 1 to %d", ErrInvalidRequest, len(holders), MaxHolders)
	case t < 1 || t > len(holders):
		return Envelope{}, Key{}, fmt.Errorf("%w: threshold %d of %d holders", ErrInvalidRequest, t, len(holders))
	case len(plaintext) > MaxPlaintext:
		return Envelope{}, Key{}, fmt.Errorf("%w: %d bytes of plaintext, at most %d", ErrInvalidRequest, len(plaintext), MaxPlaintext)
	}
	seen := map[common.Hash]bool{}
	for i, h := range holders {
		if seen[h.ID] {
			return Envelope{}, Key{}, fmt.Errorf("%w: holder %s listed twice", ErrInvalidRequest, h.ID.Hex())
		}
		seen[h.ID] = true
		if !validPoint(&h.Pub) {
			return Envelope{}, Key{}, fmt.Errorf("%w: holder %d's key is not a G1 point", ErrInvalidRequest, i)
		}
	}
	e := Envelope{Kind: kind, Flags: flags, Threshold: uint8(t), Binding: binding}
	coeffs := make([]fr.Element, t)
	e.Commitments = make([]bn254.G1Affine, t)
	for j := range coeffs {
		s, err := randomScalar(rand)
		if err != nil {
			return Envelope{}, Key{}, err
		}
		coeffs[j] = s
		e.Commitments[j] = mulBase(&s)
	}
	for i, h := range holders {
		x := fr.NewElement(uint64(i + 1))
		v := evaluate(coeffs, &x)
		r, err := randomScalar(rand)
		if err != nil {
			return Envelope{}, Key{}, err
		}
		ss := SealedShare{ID: h.ID, Index: uint8(i + 1), Ephemeral: mulBase(&r)}
		dh := mul(&h.Pub, &r)
		vb := v.Bytes()
		box := seal(shareKey(&dh, &ss.Ephemeral), nil, vb[:], e.shareAD(ss.ID, ss.Index))
		copy(ss.Box[:], box)
		e.Holders = append(e.Holders, ss)
	}
	key := contentKey(&coeffs[0])
	if _, err := io.ReadFull(rand, e.Nonce[:]); err != nil {
		return Envelope{}, Key{}, fmt.Errorf("read randomness: %w", err)
	}
	e.Ciphertext = seal(key[:], e.Nonce[:], plaintext, e.header())
	return e, key, nil
}

// MarshalBinary encodes e canonically: Parse(e.MarshalBinary()) gives e back.
func (e Envelope) MarshalBinary() ([]byte, error) {
	if len(e.Commitments) != int(e.Threshold) || len(e.Holders) > MaxHolders || len(e.Ciphertext) < tagSize {
		return nil, fmt.Errorf("%w: inconsistent envelope", ErrMalformed)
	}
	b := e.header()
	b = append(b, e.Nonce[:]...)
	return append(b, e.Ciphertext...), nil
}

// header is every byte before the nonce; the ciphertext authenticates all of them.
func (e Envelope) header() []byte {
	b := make([]byte, 0, headerSize+len(e.Commitments)*pointSize+len(e.Holders)*holderSize+nonceSize+len(e.Ciphertext))
	b = append(b, Magic...)
	b = append(b, byte(e.Kind), e.Flags, e.Threshold, byte(len(e.Holders)))
	b = append(b, e.Binding.Bytes()...)
	for i := range e.Commitments {
		b = encodePoint(b, &e.Commitments[i])
	}
	for _, h := range e.Holders {
		b = append(b, h.ID.Bytes()...)
		b = append(b, h.Index)
		b = encodePoint(b, &h.Ephemeral)
		b = append(b, h.Box[:]...)
	}
	return b
}

// Digest is keccak256 of the encoded envelope: the digest the secret registry records.
func (e Envelope) Digest() common.Hash {
	b, err := e.MarshalBinary()
	if err != nil {
		return common.Hash{}
	}
	return crypto.Keccak256Hash(b)
}

// Parse decodes an envelope, refusing anything MarshalBinary would not have written.
func Parse(b []byte) (Envelope, error) {
	var e Envelope
	if !IsSealed(b) {
		return e, ErrNotSealed
	}
	if len(b) < headerSize {
		return e, fmt.Errorf("%w: %d bytes", ErrMalformed, len(b))
	}
	p := b[len(Magic):]
	e.Kind, e.Flags, e.Threshold = Kind(p[0]), p[1], p[2]
	n := int(p[3])
	copy(e.Binding[:], p[4:36])
	p = p[36:]
	switch {
	case e.Kind != KindSecret && e.Kind != KindInput:
		return e, fmt.Errorf("%w: unknown kind %d", ErrMalformed, e.Kind)
	case e.Flags&^FlagEncryptResponse != 0 || (e.Flags != 0 && e.Kind != KindInput):
		return e, fmt.Errorf("%w: flags %#x for kind %d", ErrMalformed, e.Flags, e.Kind)
	case n < 1 || n > MaxHolders:
		return e, fmt.Errorf("%w: %d holders", ErrMalformed, n)
	case e.Threshold < 1 || int(e.Threshold) > n:
		return e, fmt.Errorf("%w: threshold %d of %d holders", ErrMalformed, e.Threshold, n)
	}
	need := int(e.Threshold)*pointSize + n*holderSize + nonceSize + tagSize
	if len(p) < need {
		return e, fmt.Errorf("%w: truncated", ErrMalformed)
	}
	if len(p)-need > MaxPlaintext {
		return e, fmt.Errorf("%w: ciphertext over %d bytes", ErrMalformed, MaxPlaintext+tagSize)
	}
	e.Commitments = make([]bn254.G1Affine, e.Threshold)
	for j := range e.Commitments {
		if err := decodePoint(&e.Commitments[j], p[:pointSize]); err != nil {
			return e, fmt.Errorf("%w: commitment %d: %v", ErrMalformed, j, err)
		}
		p = p[pointSize:]
	}
	seen := map[common.Hash]bool{}
	e.Holders = make([]SealedShare, n)
	for i := range e.Holders {
		h := &e.Holders[i]
		copy(h.ID[:], p[:32])
		h.Index = p[32]
		if h.Index != uint8(i+1) {
			return e, fmt.Errorf("%w: holder %d has index %d", ErrMalformed, i, h.Index)
		}
		if seen[h.ID] {
			return e, fmt.Errorf("%w: holder %s listed twice", ErrMalformed, h.ID.Hex())
		}
		seen[h.ID] = true
		if err := decodePoint(&h.Ephemeral, p[33:33+pointSize]); err != nil {
			return e, fmt.Errorf("%w: holder %d's ephemeral key: %v", ErrMalformed, i, err)
		}
		copy(h.Box[:], p[33+pointSize:holderSize])
		p = p[holderSize:]
	}
	copy(e.Nonce[:], p[:nonceSize])
	e.Ciphertext = append([]byte(nil), p[nonceSize:]...)
	return e, nil
}

// Holds reports whether id holds a share of e.
func (e Envelope) Holds(id common.Hash) bool { return e.holder(id) != nil }

func (e Envelope) holder(id common.Hash) *SealedShare {
	for i := range e.Holders {
		if e.Holders[i].ID == id {
			return &e.Holders[i]
		}
	}
	return nil
}

// OpenShare decrypts and checks the share of the holder id whose BLS secret key is sk.
func (e Envelope) OpenShare(sk fr.Element, id common.Hash) (Share, error) {
	h := e.holder(id)
	if h == nil {
		return Share{}, ErrNotHolder
	}
	dh := mul(&h.Ephemeral, &sk)
	v, err := open(shareKey(&dh, &h.Ephemeral), nil, h.Box[:], e.shareAD(h.ID, h.Index))
	if err != nil {
		return Share{}, fmt.Errorf("open share: %w", err)
	}
	s := Share{Index: h.Index}
	if err := s.Value.SetBytesCanonical(v); err != nil {
		return Share{}, fmt.Errorf("%w: share is not a scalar", ErrBadShare)
	}
	if err := e.VerifyShare(s); err != nil {
		return Share{}, err
	}
	return s, nil
}

// shareAD binds a holder's box to its envelope's polynomial and binding.
func (e Envelope) shareAD(id common.Hash, index uint8) []byte {
	b := append([]byte("blockless/sealed/v1/share"), e.Binding.Bytes()...)
	for i := range e.Commitments {
		b = encodePoint(b, &e.Commitments[i])
	}
	b = append(b, id.Bytes()...)
	return append(b, index)
}

// msmFrom is the threshold above which a share is checked with a multi-exponentiation: below
// it the plain sum of scalar multiplications is faster (BenchmarkOperatorOpen).
const msmFrom = 8

// VerifyShare checks s against the envelope's Feldman commitments: s·G = Σ C_j·x^j.
func (e Envelope) VerifyShare(s Share) error {
	if s.Index < 1 || int(s.Index) > len(e.Holders) || len(e.Commitments) == 0 {
		return fmt.Errorf("%w: index %d", ErrBadShare, s.Index)
	}
	x := fr.NewElement(uint64(s.Index))
	powers := make([]fr.Element, len(e.Commitments))
	powers[0] = fr.One()
	for j := 1; j < len(powers); j++ {
		powers[j].Mul(&powers[j-1], &x)
	}
	var want bn254.G1Affine
	if len(powers) > msmFrom {
		// One multi-exponentiation instead of t scalar multiplications.
		if _, err := want.MultiExp(e.Commitments, powers, ecc.MultiExpConfig{NbTasks: 1}); err != nil {
			return fmt.Errorf("%w: %v", ErrBadShare, err)
		}
	} else {
		var acc bn254.G1Jac
		for j := range e.Commitments {
			t := mul(&e.Commitments[j], &powers[j])
			acc.AddMixed(&t)
		}
		want.FromJacobian(&acc)
	}
	got := mulBase(&s.Value)
	if !got.Equal(&want) {
		return fmt.Errorf("%w: index %d", ErrBadShare, s.Index)
	}
	return nil
}

// Open combines at least Threshold verified shares and decrypts the envelope.
func (e Envelope) Open(shares []Share) ([]byte, Key, error) {
	byIndex := map[uint8]fr.Element{}
	for _, s := range shares {
		if err := e.VerifyShare(s); err != nil {
			return nil, Key{}, err
		}
		byIndex[s.Index] = s.Value
		if len(byIndex) == int(e.Threshold) {
			break
		}
	}
	if len(byIndex) < int(e.Threshold) || e.Threshold == 0 {
		return nil, Key{}, fmt.Errorf("%w: %d distinct of %d", ErrTooFewShares, len(byIndex), e.Threshold)
	}
	// Lagrange interpolation at 0: K = Σ v_i · Π_{j≠i} x_j / (x_j - x_i).
	var k fr.Element
	for i, vi := range byIndex {
		xi := fr.NewElement(uint64(i))
		num, den := fr.One(), fr.One()
		for j := range byIndex {
			if j == i {
				continue
			}
			xj := fr.NewElement(uint64(j))
			var d fr.Element
			d.Sub(&xj, &xi)
			num.Mul(&num, &xj)
			den.Mul(&den, &d)
		}
		den.Inverse(&den)
		num.Mul(&num, &den)
		num.Mul(&num, &vi)
		k.Add(&k, &num)
	}
	if c := mulBase(&k); !c.Equal(&e.Commitments[0]) {
		return nil, Key{}, fmt.Errorf("%w: combined key does not match", ErrBadShare)
	}
	key := contentKey(&k)
	plain, err := open(key[:], e.Nonce[:], e.Ciphertext, e.header())
	if err != nil {
		return nil, Key{}, err
	}
	return plain, key, nil
}

// WrapShare encrypts s to the operator whose G1 key is to, bound to context (the task, the
// envelope, sender and recipient), for relaying through an untrusted party.
func WrapShare(rand io.Reader, s Share, to bn254.G1Affine, context []byte) ([]byte, error) {
	if !validPoint(&to) {
		return nil, fmt.Errorf("%w: recipient key is not a G1 point", ErrInvalidRequest)
	}
	r, err := randomScalar(rand)
	if err != nil {
		return nil, err
	}
	eph := mulBase(&r)
	dh := mul(&to, &r)
	v := s.Value.Bytes()
	out := encodePoint(make([]byte, 0, wrapSize), &eph)
	return append(out, seal(wrapKey(&dh, &eph), nil, append([]byte{s.Index}, v[:]...), context)...), nil
}

// UnwrapShare decrypts a share WrapShare encrypted to the holder of sk under context. The
// caller still checks it with VerifyShare.
func UnwrapShare(b []byte, sk fr.Element, context []byte) (Share, error) {
	if len(b) != wrapSize {
		return Share{}, fmt.Errorf("%w: wrapped share of %d bytes, want %d", ErrMalformed, len(b), wrapSize)
	}
	var eph bn254.G1Affine
	if err := decodePoint(&eph, b[:pointSize]); err != nil {
		return Share{}, fmt.Errorf("%w: ephemeral key: %v", ErrMalformed, err)
	}
	dh := mul(&eph, &sk)
	p, err := open(wrapKey(&dh, &eph), nil, b[pointSize:], context)
	if err != nil {
		return Share{}, err
	}
	s := Share{Index: p[0]}
	if err := s.Value.SetBytesCanonical(p[1:]); err != nil {
		return Share{}, fmt.Errorf("%w: share is not a scalar", ErrBadShare)
	}
	return s, nil
}

// SealResponse encrypts a task's output to the requester's key. It is deterministic (the
// key is unique to the task), so every honest operator reports the same bytes.
func SealResponse(k Key, taskHash common.Hash, output []byte) []byte {
	var zero [nonceSize]byte
	return seal(responseKey(k, taskHash), zero[:], output, taskHash.Bytes())
}

// OpenResponse decrypts an output SealResponse encrypted.
func OpenResponse(k Key, taskHash common.Hash, sealedOutput []byte) ([]byte, error) {
	var zero [nonceSize]byte
	return open(responseKey(k, taskHash), zero[:], sealedOutput, taskHash.Bytes())
}

func responseKey(k Key, taskHash common.Hash) []byte {
	h := sha256.New()
	h.Write([]byte("blockless/sealed/v1/response"))
	h.Write(k[:])
	h.Write(taskHash.Bytes())
	return h.Sum(nil)
}

func contentKey(k *fr.Element) Key {
	b := k.Bytes()
	return sha256.Sum256(append([]byte("blockless/sealed/v1/key"), b[:]...))
}

func shareKey(dh, eph *bn254.G1Affine) []byte {
	return kdf("blockless/sealed/v1/share-key", dh, eph)
}

func wrapKey(dh, eph *bn254.G1Affine) []byte {
	return kdf("blockless/sealed/v1/wrap-key", dh, eph)
}

func kdf(domain string, dh, eph *bn254.G1Affine) []byte {
	b := encodePoint([]byte(domain), dh)
	b = encodePoint(b, eph)
	k := sha256.Sum256(b)
	return k[:]
}

// seal is AES-256-GCM; a nil nonce means zero, for keys used once.
func seal(key, nonce, plaintext, ad []byte) []byte {
	g := gcm(key)
	if nonce == nil {
		nonce = make([]byte, nonceSize)
	}
	return g.Seal(nil, nonce, plaintext, ad)
}

func open(key, nonce, ciphertext, ad []byte) ([]byte, error) {
	g := gcm(key)
	if nonce == nil {
		nonce = make([]byte, nonceSize)
	}
	p, err := g.Open(nil, nonce, ciphertext, ad)
	if err != nil {
		return nil, ErrDecrypt
	}
	return p, nil
}

func gcm(key []byte) cipher.AEAD {
	b, err := aes.NewCipher(key)
	if err != nil {
		panic(fmt.Sprintf("sealed: %d-byte AES key", len(key))) // keys are sha256 outputs
	}
	g, err := cipher.NewGCM(b)
	if err != nil {
		panic(err)
	}
	return g
}

// randomScalar draws a non-zero scalar.
func randomScalar(rand io.Reader) (fr.Element, error) {
	var buf [48]byte // 128 extra bits make the reduction's bias negligible
	for {
		if _, err := io.ReadFull(rand, buf[:]); err != nil {
			return fr.Element{}, fmt.Errorf("read randomness: %w", err)
		}
		var s fr.Element
		s.SetBigInt(new(big.Int).SetBytes(buf[:]))
		if !s.IsZero() {
			return s, nil
		}
	}
}

func evaluate(coeffs []fr.Element, x *fr.Element) fr.Element {
	var v fr.Element
	for j := len(coeffs) - 1; j >= 0; j-- {
		v.Mul(&v, x)
		v.Add(&v, &coeffs[j])
	}
	return v
}

func mulBase(s *fr.Element) bn254.G1Affine {
	var p bn254.G1Affine
	p.ScalarMultiplicationBase(s.BigInt(new(big.Int)))
	return p
}

func mul(p *bn254.G1Affine, s *fr.Element) bn254.G1Affine {
	var q bn254.G1Affine
	q.ScalarMultiplication(p, s.BigInt(new(big.Int)))
	return q
}

func validPoint(p *bn254.G1Affine) bool {
	// BN254's G1 has cofactor 1: every point on the curve is in the group.
	return !p.IsInfinity() && p.IsOnCurve()
}

func encodePoint(b []byte, p *bn254.G1Affine) []byte {
	x, y := p.X.Bytes(), p.Y.Bytes()
	return append(append(b, x[:]...), y[:]...)
}

func decodePoint(p *bn254.G1Affine, b []byte) error {
	if err := p.X.SetBytesCanonical(b[:fp.Bytes]); err != nil {
		return errors.New("x is not a field element")
	}
	if err := p.Y.SetBytesCanonical(b[fp.Bytes:pointSize]); err != nil {
		return errors.New("y is not a field element")
	}
	if !validPoint(p) {
		return errors.New("not a point of G1")
	}
	return nil
}
