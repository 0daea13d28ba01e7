package aggregator

import (
	"context"
	"math/big"
	"sync"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	eigentypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"
)

// fakeRegistryLogs serves registrations at given blocks; down makes every call fail.
type fakeRegistryLogs struct {
	mu    sync.Mutex
	head  uint64
	down  bool
	regs  map[uint64]common.Address // block -> operator registered there
	keys  map[common.Address]eigentypes.OperatorPubkeys
	scans [][2]uint64
}

func (f *fakeRegistryLogs) BlockNumber(context.Context) (uint64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.down {
		return 0, errRPCDown
	}
	return f.head, nil
}

func (f *fakeRegistryLogs) QueryExistingRegisteredOperatorPubKeys(_ context.Context, start, stop, _ *big.Int) ([]eigentypes.OperatorAddr, []eigentypes.OperatorPubkeys, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.down {
		return nil, nil, errRPCDown
	}
	f.scans = append(f.scans, [2]uint64{start.Uint64(), stop.Uint64()})
	var addrs []eigentypes.OperatorAddr
	var keys []eigentypes.OperatorPubkeys
	for b, a := range f.regs {
		if b >= start.Uint64() && b <= stop.Uint64() {
			addrs, keys = append(addrs, a), append(keys, f.keys[a])
		}
	}
	return addrs, keys, nil
}

func testPubkeys(t *testing.T, seed string) eigentypes.OperatorPubkeys {
	kp, err := bls.NewKeyPairFromString(seed)
	if err != nil {
		t.Fatal(err)
	}
	return eigentypes.OperatorPubkeys{G1Pubkey: kp.GetPubKeyG1(), G2Pubkey: kp.GetPubKeyG2()}
}

// An RPC outage makes lookups miss (the caller retries); it never leaves them blocked, and
// the index catches up once the endpoint answers, reading only blocks it has not read.
func TestPubkeyIndexSurvivesOutage(t *testing.T) {
	a, b := common.Address{1}, common.Address{2}
	f := &fakeRegistryLogs{head: 10, regs: map[uint64]common.Address{5: a},
		keys: map[common.Address]eigentypes.OperatorPubkeys{a: testPubkeys(t, "11"), b: testPubkeys(t, "12")}}
	p := newPubkeyIndex(f, 1, zerolog.Nop())
	if err := p.refresh(context.Background()); err != nil {
		t.Fatal(err)
	}
	if info, ok := p.GetOperatorInfo(context.Background(), a); !ok || !info.Pubkeys.G1Pubkey.Equal(f.keys[a].G1Pubkey.G1Affine) {
		t.Fatalf("operator a: %v %+v", ok, info)
	}
	f.mu.Lock()
	f.down, f.head, f.regs[15] = true, 20, b
	f.mu.Unlock()
	for i := 0; i < 3; i++ {
		if _, ok := p.GetOperatorInfo(context.Background(), b); ok {
			t.Fatal("operator b found while the RPC is down")
		}
	}
	if _, ok := p.GetOperatorInfo(context.Background(), a); !ok {
		t.Fatal("known operator a lost during the outage")
	}
	f.mu.Lock()
	f.down = false
	f.mu.Unlock()
	if info, ok := p.GetOperatorInfo(context.Background(), b); !ok || !info.Pubkeys.G2Pubkey.Equal(f.keys[b].G2Pubkey.G2Affine) {
		t.Fatalf("operator b after the outage: %v %+v", ok, info)
	}
	if want := [][2]uint64{{1, 10}, {11, 20}}; len(f.scans) != 2 || f.scans[0] != want[0] || f.scans[1] != want[1] {
		t.Fatalf("scans %v, want %v", f.scans, want)
	}
}
