package node

import (
	"context"
	"crypto/rand"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/blockless/avs/sealed"
)

var (
	testRegistry  = common.HexToAddress("0x00000000000000000000000000000000000000bb")
	functionOwner = common.HexToAddress("0x0000000000000000000000000000000000000f0f")
	taskRequester = common.HexToAddress("0x000000000000000000000000000000000000a11c")
)

// sealedFixture is a one-operator quorum (threshold 1: the node's own share opens every
// envelope, no relay needed) with the registry configured.
func sealedFixture(t *testing.T) (*fixture, *Node) {
	f := newFixture(t)
	n := f.node(t.TempDir(), func(c *Config) { c.SecretRegistry = testRegistry })
	f.chain.members = []member{{ID: sealed.HolderID(*f.key.PubKey.G1Affine), Pub: *f.key.PubKey.G1Affine}}
	return f, n
}

func (f *fixture) seal(kind sealed.Kind, flags uint8, binding common.Hash, value string) []byte {
	f.t.Helper()
	h := sealed.Holder{ID: sealed.HolderID(*f.key.PubKey.G1Affine), Pub: *f.key.PubKey.G1Affine}
	e, _, err := sealed.Seal(rand.Reader, kind, flags, binding, []byte(value), []sealed.Holder{h}, 1)
	if err != nil {
		f.t.Fatal(err)
	}
	raw, err := e.MarshalBinary()
	if err != nil {
		f.t.Fatal(err)
	}
	return raw
}

func (f *fixture) addSecret(name string, owner common.Address, raw []byte) {
	id := crypto.Keccak256Hash([]byte(name), owner.Bytes())
	f.chain.mu.Lock()
	defer f.chain.mu.Unlock()
	if f.chain.envelopes == nil {
		f.chain.envelopes = map[[32]byte][]byte{}
	}
	f.chain.envelopes[id] = raw
	f.chain.secretRefs = append(f.chain.secretRefs, secretRef{ID: id, Name: name, Owner: owner, Digest: crypto.Keccak256Hash(raw)})
}

func TestUnsealOpensSecretsAndInput(t *testing.T) {
	f, n := sealedFixture(t)
	task := f.task("", 200)
	task.Requester = taskRequester
	chainID := big.NewInt(31337)
	f.addSecret("API_KEY", functionOwner, f.seal(sealed.KindSecret, 0, sealed.SecretBinding(chainID, testRegistry, task.FunctionId, functionOwner), "k-1"))
	f.addSecret("API_KEY", taskRequester, f.seal(sealed.KindSecret, 0, sealed.SecretBinding(chainID, testRegistry, task.FunctionId, taskRequester), "mine"))
	input := f.seal(sealed.KindInput, sealed.FlagEncryptResponse, sealed.InputBinding(chainID, testTaskManager, task.FunctionId, taskRequester), "hello")
	ev := f.event(1, task, string(input))

	got, err := n.unseal(context.Background(), ev, common.Hash{1}, ev.Input, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	if string(got.input) != "hello" || got.responseKey == nil {
		t.Fatalf("input %q, response key set %v", got.input, got.responseKey != nil)
	}
	// The requester's own secret of a name replaces the owner's.
	if !slices.Equal(got.env, []string{"API_KEY=mine"}) {
		t.Fatalf("environment %q", got.env)
	}
}

// Envelopes are public: one copied into another owner's secret, or a sealed input resubmitted
// by someone else (say, to a function that echoes its input), must not be opened.
func TestUnsealRefusesCopiedEnvelopes(t *testing.T) {
	chainID := big.NewInt(31337)
	t.Run("secret", func(t *testing.T) {
		f, n := sealedFixture(t)
		task := f.task("", 200)
		victim := common.HexToAddress("0x0000000000000000000000000000000000000bad")
		// The victim's envelope, bound to the victim, listed as a secret of functionOwner.
		f.addSecret("API_KEY", functionOwner, f.seal(sealed.KindSecret, 0, sealed.SecretBinding(chainID, testRegistry, task.FunctionId, victim), "victim's key"))
		ev := f.event(1, task, "")
		_, err := n.unseal(context.Background(), ev, common.Hash{1}, ev.Input, zerolog.Nop())
		if !isSkip(err) {
			t.Fatalf("copied secret envelope: %v, want the task skipped", err)
		}
	})
	t.Run("input", func(t *testing.T) {
		f, n := sealedFixture(t)
		task := f.task("", 200)
		task.Requester = taskRequester
		for name, b := range map[string]common.Hash{
			"another requester": sealed.InputBinding(chainID, testTaskManager, task.FunctionId, functionOwner),
			"another function":  sealed.InputBinding(chainID, testTaskManager, task.FunctionId+1, taskRequester),
			"another chain":     sealed.InputBinding(big.NewInt(1), testTaskManager, task.FunctionId, taskRequester),
		} {
			ev := f.event(1, task, string(f.seal(sealed.KindInput, 0, b, "victim's input")))
			if _, err := n.unseal(context.Background(), ev, common.Hash{1}, ev.Input, zerolog.Nop()); !isSkip(err) {
				t.Fatalf("input sealed for %s: %v, want the task skipped", name, err)
			}
		}
		// A secret's envelope is not an input, even with the right binding bytes.
		ev := f.event(1, task, string(f.seal(sealed.KindSecret, 0, sealed.InputBinding(chainID, testTaskManager, task.FunctionId, taskRequester), "x")))
		if _, err := n.unseal(context.Background(), ev, common.Hash{1}, ev.Input, zerolog.Nop()); !isSkip(err) {
			t.Fatalf("secret envelope as input: %v, want the task skipped", err)
		}
	})
}

func TestUnsealPlainTaskUntouched(t *testing.T) {
	f, n := sealedFixture(t)
	task := f.task("plain", 200)
	ev := f.event(1, task, "plain")
	got, err := n.unseal(context.Background(), ev, common.Hash{1}, ev.Input, zerolog.Nop())
	if err != nil || string(got.input) != "plain" || got.env != nil || got.responseKey != nil {
		t.Fatalf("plain task: %+v %v", got, err)
	}
}
