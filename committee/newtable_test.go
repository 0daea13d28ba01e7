package committee

import (
	"errors"
	"math/big"
	"strings"
	"testing"
)

func TestNewTableMatchesBuildTable(t *testing.T) {
	ops := []Operator{
		{ID: [32]byte{1}, Stake: big.NewInt(5), Capacity: Capacity{Cores: 2, MemoryMiB: 512, FuelRate: 100, Runtimes: RuntimeWasm}},
		{ID: [32]byte{2}, Stake: big.NewInt(7), Capacity: Capacity{Cores: 1, MemoryMiB: 64, FuelRate: 300, Runtimes: RuntimeWasm | RuntimeX86}},
		{ID: [32]byte{3}, Stake: big.NewInt(3), Capacity: Capacity{Cores: 8, MemoryMiB: 4096, FuelRate: 900, Runtimes: RuntimeWasm}},
	}
	class := Class{Runtimes: RuntimeWasm, MemClass: 6}
	built, err := BuildTable(ops, class, 4096)
	if err != nil {
		t.Fatal(err)
	}
	read := make([]Entry, built.Len())
	for i, e := range built.Entries {
		read[i] = Entry{ID: e.ID, Start: e.Start, End: e.End}
	}
	got, err := NewTable(class, read)
	if err != nil {
		t.Fatal(err)
	}
	if got.Total.Cmp(built.Total) != 0 || got.Len() != built.Len() || got.Class != class {
		t.Fatalf("total %s len %d, want %s %d", got.Total, got.Len(), built.Total, built.Len())
	}
	for p, e := range got.Entries {
		w := built.Entries[p]
		if e.ID != w.ID || e.Weight.Cmp(w.Weight) != 0 || e.Start.Cmp(w.Start) != 0 || e.End.Cmp(w.End) != 0 || e.Index != -1 {
			t.Errorf("entry %d: %+v, want %+v", p, e, w)
		}
		if q, ok := got.Position(e.ID); !ok || q != p {
			t.Errorf("Position(%x) = %d %v", e.ID, q, ok)
		}
	}
	seed := Seed([32]byte{9}, [32]byte{8})
	for j := uint32(0); j < 100; j++ {
		if got.Draw(seed, j) != built.Draw(seed, j) {
			t.Fatalf("draw %d differs", j)
		}
	}
	// The copy is independent of the caller's entries.
	want := new(big.Int).Set(got.Entries[0].End)
	read[0].End = new(big.Int).Set(read[0].End)
	read[0].End.Add(read[0].End, big.NewInt(1))
	read[0].Start.SetInt64(0) // shared with built: unchanged value, only checks aliasing below
	if got.Entries[0].End.Cmp(want) != 0 || got.Entries[0].End == read[0].End || got.Entries[0].Start == read[0].Start {
		t.Error("NewTable kept a reference to the caller's End")
	}
}

func TestNewTableRejects(t *testing.T) {
	e := func(id byte, s, en int64) Entry {
		return Entry{ID: [32]byte{id}, Start: big.NewInt(s), End: big.NewInt(en)}
	}
	for _, tc := range []struct {
		name    string
		entries []Entry
		want    string
	}{
		{"not from zero", []Entry{e(1, 1, 5)}, "contiguous"},
		{"gap", []Entry{e(1, 0, 5), e(2, 6, 9)}, "contiguous"},
		{"overlap", []Entry{e(1, 0, 5), e(2, 4, 9)}, "contiguous"},
		{"empty interval", []Entry{e(1, 0, 5), e(2, 5, 5)}, "empty interval"},
		{"reversed", []Entry{e(1, 0, 5), e(2, 5, 3)}, "empty interval"},
		{"duplicate", []Entry{e(1, 0, 5), e(1, 5, 9)}, "duplicate"},
		{"nil bound", []Entry{{ID: [32]byte{1}, Start: big.NewInt(0)}}, "missing"},
	} {
		if _, err := NewTable(Class{Runtimes: RuntimeWasm}, tc.entries); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err %v, want %q", tc.name, err, tc.want)
		}
	}
	if _, err := NewTable(Class{Runtimes: RuntimeWasm}, nil); !errors.Is(err, ErrNoEligible) {
		t.Errorf("empty: err %v, want ErrNoEligible", err)
	}
}
