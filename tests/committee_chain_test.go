package tests

import (
	"context"
	"crypto/rand"
	"math/big"
	"sort"
	"strings"
	"testing"
	"time"

	indexreg "github.com/Layr-Labs/eigensdk-go/contracts/bindings/IndexRegistry"
	regcoord "github.com/Layr-Labs/eigensdk-go/contracts/bindings/SlashingRegistryCoordinator"
	stakereg "github.com/Layr-Labs/eigensdk-go/contracts/bindings/StakeRegistry"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/blockless/avs/bindings/committeeregistry"
	"github.com/blockless/avs/chain"
	"github.com/blockless/avs/committee"
	"github.com/blockless/avs/committee/chainio"
	"github.com/blockless/avs/deployment"
)

// TestCommitteeChain checks that the CommitteeRegistry and package committee agree bit for bit
// on a devnet: operators with different stakes declare different capacities through
// chainio.Writer, tables are built by the contract, and the table chainio.Chain reads equals
// committee.BuildTable over the chain's operator list, stakes and declarations; draws and seat
// counts agree, and the contract and CheckSigners reject the same non-member.
func TestCommitteeChain(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	e := startEnv(t, ctx)
	a := e.dn.Addresses
	if a.AVS.CommitteeRegistry == ([20]byte{}) {
		t.Fatal("the deployment has no committee registry")
	}
	// The deployment enabled committees in the TaskManager.
	if got, err := e.tm.CommitteeRegistry(&bind.CallOpts{Context: ctx}); err != nil || got != a.AVS.CommitteeRegistry {
		t.Fatalf("TaskManager.committeeRegistry = %s, %v", got.Hex(), err)
	}
	// The floor and default failover have no getters (code size): the deployment's event says them.
	cfgs, err := e.tm.FilterCommitteeConfigChanged(&bind.FilterOpts{Context: ctx})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for cfgs.Next() {
		ev := cfgs.Event
		found = ev.Registry == a.AVS.CommitteeRegistry && ev.MinCommitteeSize == deployment.DefaultMinCommitteeSize &&
			ev.DefaultFailoverBlocks == deployment.DefaultFailoverBlocks
	}
	cfgs.Close()
	if !found {
		t.Fatal("no CommitteeConfigChanged with the deployment's registry, floor and failover")
	}

	ops := e.registerOperators(10, 25, 40, 15, 60, 30)
	caps := []committee.Capacity{
		{Cores: 2, MemoryMiB: 8192, FuelRate: 1000, Runtimes: committee.RuntimeWasm | committee.RuntimeX86},
		{Cores: 4, MemoryMiB: 256, FuelRate: 1500, Runtimes: committee.RuntimeWasm},                                                 // too little memory for the big class
		{Cores: 8, MemoryMiB: 16384, FuelRate: 20000, Runtimes: committee.RuntimeWasm | committee.RuntimeX86 | committee.RuntimeZK}, // above the cap
		{Cores: 1, MemoryMiB: 4096, FuelRate: 3000, Runtimes: committee.RuntimeWasm},
		{Cores: 16, MemoryMiB: 65536, FuelRate: 900, Runtimes: committee.RuntimeX86},
		{Cores: 2, MemoryMiB: 2048, FuelRate: 5000, Runtimes: committee.RuntimeWasm | committee.RuntimeX86},
	}
	reader, err := chainio.NewChain(e.dn.Client, a.AVS.CommitteeRegistry, chainio.ChainOptions{PageSize: 2})
	if err != nil {
		t.Fatal(err)
	}
	for i, op := range ops {
		w, err := chainio.NewWriter(e.dn.Client, a.AVS.CommitteeRegistry, op.key, e.dn.ChainID)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.DeclareCapacity(ctx, committee.Capacity{Cores: 0, MemoryMiB: 1, FuelRate: 1, Runtimes: 1}); err == nil {
			t.Fatalf("%s: declaring 0 cores succeeded", op.name)
		}
		if _, err := w.DeclareCapacity(ctx, caps[i]); err != nil {
			t.Fatalf("%s: declare: %v", op.name, err)
		}
		if got, err := reader.Capacity(ctx, w.Address()); err != nil || got != caps[i] {
			t.Fatalf("%s: capacity read back %+v, %v; want %+v", op.name, got, err, caps[i])
		}
	}
	// Clearing removes a declaration; declaring again restores it.
	w0, err := chainio.NewWriter(e.dn.Client, a.AVS.CommitteeRegistry, ops[0].key, e.dn.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w0.ClearCapacity(ctx); err != nil {
		t.Fatal(err)
	}
	if got, _ := reader.Capacity(ctx, w0.Address()); got != (committee.Capacity{}) {
		t.Fatalf("after clear: %+v", got)
	}
	if _, err := w0.DeclareCapacity(ctx, caps[0]); err != nil {
		t.Fatal(err)
	}

	small := committee.Class{Runtimes: committee.RuntimeWasm, MemClass: committee.MemoryClass(256 << 20)}
	big2g := committee.Class{Runtimes: committee.RuntimeWasm | committee.RuntimeX86, MemClass: committee.MemoryClass(2048 << 20)}
	ids := map[committee.Class]uint64{}
	for _, class := range []committee.Class{small, big2g} {
		if ids[class], err = w0.BuildTable(ctx, 0, class); err != nil {
			t.Fatalf("build %v: %v", class, err)
		}
	}

	// The Go side: the chain's operator list, stakes and declarations, through the same reads
	// the contract makes.
	call := &bind.CallOpts{Context: ctx}
	reg, err := committeeregistry.NewCommitteeRegistry(a.AVS.CommitteeRegistry, e.dn.Client)
	if err != nil {
		t.Fatal(err)
	}
	capCap, err := reg.CapacityCap(call)
	if err != nil || capCap != deployment.DefaultCapacityCap {
		t.Fatalf("capacityCap = %d, %v", capCap, err)
	}
	idx, err := indexreg.NewContractIndexRegistry(a.AVS.IndexRegistry, e.dn.Client)
	if err != nil {
		t.Fatal(err)
	}
	stakes, err := stakereg.NewContractStakeRegistry(a.AVS.StakeRegistry, e.dn.Client)
	if err != nil {
		t.Fatal(err)
	}
	coord, err := regcoord.NewContractSlashingRegistryCoordinator(a.AVS.RegistryCoordinator, e.dn.Client)
	if err != nil {
		t.Fatal(err)
	}
	head, err := e.dn.Client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	list, err := idx.GetOperatorListAtBlockNumber(call, 0, uint32(head))
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != len(ops) {
		t.Fatalf("operator list has %d operators, want %d", len(list), len(ops))
	}
	var goOps []committee.Operator
	for _, id := range list {
		stake, err := stakes.GetCurrentStake(call, id, 0)
		if err != nil {
			t.Fatal(err)
		}
		addr, err := coord.GetOperatorFromId(call, id)
		if err != nil {
			t.Fatal(err)
		}
		c, err := reader.Capacity(ctx, addr)
		if err != nil {
			t.Fatal(err)
		}
		goOps = append(goOps, committee.Operator{ID: id, Stake: stake, Capacity: c})
	}

	tables := map[committee.Class]*committee.Table{}
	for _, class := range []committee.Class{small, big2g} {
		want, err := committee.BuildTable(goOps, class, capCap)
		if err != nil {
			t.Fatal(err)
		}
		got, err := reader.Table(ctx, ids[class])
		if err != nil {
			t.Fatal(err)
		}
		if got.Class != class || got.Len() != want.Len() || got.Total.Cmp(want.Total) != 0 {
			t.Fatalf("%v: chain table class %v, %d entries, total %s; Go %d entries, total %s", class, got.Class, got.Len(), got.Total, want.Len(), want.Total)
		}
		for p := range got.Entries {
			g, w := got.Entries[p], want.Entries[p]
			if g.ID != w.ID || g.Weight.Cmp(w.Weight) != 0 || g.Start.Cmp(w.Start) != 0 || g.End.Cmp(w.End) != 0 {
				t.Fatalf("%v: entry %d: chain %x [%s, %s) weight %s; Go %x [%s, %s) weight %s", class, p,
					g.ID, g.Start, g.End, g.Weight, w.ID, w.Start, w.End, w.Weight)
			}
		}
		tables[class] = got
		t.Logf("%v: table %d, %d operators, total weight %s", class, ids[class], got.Len(), got.Total)
	}
	if n := tables[small].Len(); n != 5 {
		t.Errorf("wasm 256 MiB table has %d operators, want 5 (all but the x86-only one)", n)
	}
	if _, in := tables[big2g].Position(ops[1].id); in {
		t.Errorf("%s (256 MiB) is in the 2 GiB table", ops[1].name)
	}
	if _, in := tables[small].Position(ops[1].id); !in {
		t.Errorf("%s is missing from the 256 MiB table", ops[1].name)
	}
	// The capped operator's weight is stake × cap.
	if p, ok := tables[small].Position(ops[2].id); !ok {
		t.Errorf("%s is missing from the 256 MiB table", ops[2].name)
	} else {
		var stake *big.Int
		for _, o := range goOps {
			if o.ID == ops[2].id {
				stake = o.Stake
			}
		}
		w := new(big.Int).Mul(stake, new(big.Int).SetUint64(capCap))
		if tables[small].Entries[p].Weight.Cmp(w) != 0 {
			t.Errorf("capped operator weight %s, want %s", tables[small].Entries[p].Weight, w)
		}
	}

	for _, class := range []committee.Class{small, big2g} {
		tb, id := tables[class], ids[class]
		var seed [32]byte
		if _, err := rand.Read(seed[:]); err != nil {
			t.Fatal(err)
		}
		for j := uint32(0); j < 200; j++ {
			p, err := reg.DrawHolder(call, id, seed, big.NewInt(int64(j)))
			if err != nil {
				t.Fatal(err)
			}
			if int(p) != tb.Draw(seed, j) {
				t.Fatalf("%v seed %x draw %d: chain %d, Go %d", class, seed, j, p, tb.Draw(seed, j))
			}
		}
		for _, window := range []uint32{3, 6, 10} {
			members := tb.Committee(seed, window)
			sort.Ints(members)
			positions, opIDs, signers := signerArgs(tb, members)
			seats, err := reg.CountSeats(call, id, seed, big.NewInt(int64(window)), positions, opIDs)
			if err != nil {
				t.Fatalf("%v window %d: countSeats: %s", class, window, chain.DescribeError(err, registryABI(t)))
			}
			goSeats, err := tb.CheckSigners(seed, window, 67, signers)
			if err != nil || uint64(goSeats) != seats.Uint64() || goSeats != window {
				t.Fatalf("%v window %d: chain %s seats, Go %d (%v); the whole committee holds all %d", class, window, seats, goSeats, err, window)
			}
			// Part of the committee: fewer seats, the same on both sides.
			if len(members) > 1 {
				positions, opIDs, signers := signerArgs(tb, members[1:])
				seats, err := reg.CountSeats(call, id, seed, big.NewInt(int64(window)), positions, opIDs)
				goSeats, _ := tb.CheckSigners(seed, window, 0, signers)
				if err != nil || uint64(goSeats) != seats.Uint64() {
					t.Fatalf("%v window %d, part: chain %v (%v), Go %d", class, window, seats, err, goSeats)
				}
			}
			// A non-member added: the contract reverts, Go refuses.
			outsider := -1
			for p := range tb.Entries {
				if !contains(members, p) {
					outsider = p
					break
				}
			}
			if outsider < 0 {
				continue
			}
			with := append(append([]int{}, members...), outsider)
			sort.Ints(with)
			positions, opIDs, signers = signerArgs(tb, with)
			_, err = reg.CountSeats(call, id, seed, big.NewInt(int64(window)), positions, opIDs)
			if msg := chain.DescribeError(err, registryABI(t)); err == nil || !strings.Contains(msg, "NotCommitteeMember") {
				t.Fatalf("%v window %d: countSeats with a non-member: %v", class, window, msg)
			}
			if _, err := tb.CheckSigners(seed, window, 67, signers); err == nil || !strings.Contains(err.Error(), "holds no seat") {
				t.Fatalf("%v window %d: CheckSigners with a non-member: %v", class, window, err)
			}
		}
	}
	// Unknown tables fail on both readers.
	if _, err := reader.Table(ctx, 999); err == nil || !strings.Contains(err.Error(), "UnknownTable") {
		t.Errorf("table 999: %v", err)
	}
}

// signerArgs returns countSeats' positions and operator ids and CheckSigners' ids for the
// table positions given (increasing).
func signerArgs(tb *committee.Table, positions []int) ([]uint32, [][32]byte, [][32]byte) {
	var ps []uint32
	var ids [][32]byte
	for _, p := range positions {
		ps = append(ps, uint32(p))
		ids = append(ids, tb.Entries[p].ID)
	}
	return ps, ids, ids
}

func contains(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

func registryABI(t *testing.T) *abi.ABI {
	t.Helper()
	a, err := committeeregistry.CommitteeRegistryMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	return a
}
