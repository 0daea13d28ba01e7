package distribution

import (
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func addr(n int) common.Address { return common.BigToAddress(big.NewInt(int64(n))) }

func TestSetAddRejectInvalid(t *testing.T) {
	d := New()
	huge := new(big.Int).Lsh(big.NewInt(1), 256)
	cases := []struct {
		name          string
		earner, token common.Address
		amount        *big.Int
		want          error
	}{
		{"zero earner", common.Address{}, addr(1), big.NewInt(1), ErrZeroAddress},
		{"zero token", addr(1), common.Address{}, big.NewInt(1), ErrZeroAddress},
		{"nil amount", addr(1), addr(2), nil, ErrInvalidAmount},
		{"negative amount", addr(1), addr(2), big.NewInt(-1), ErrInvalidAmount},
		{"above uint256", addr(1), addr(2), huge, ErrInvalidAmount},
	}
	for _, c := range cases {
		if err := d.Set(c.earner, c.token, c.amount); !errors.Is(err, c.want) {
			t.Errorf("Set %s: err = %v, want %v", c.name, err, c.want)
		}
		if err := d.Add(c.earner, c.token, c.amount); !errors.Is(err, c.want) {
			t.Errorf("Add %s: err = %v, want %v", c.name, err, c.want)
		}
	}
	if d.Len() != 0 {
		t.Fatalf("rejected entries were stored: %d", d.Len())
	}
	if err := d.Set(addr(1), addr(2), maxUint256); err != nil {
		t.Fatal(err)
	}
	if err := d.Add(addr(1), addr(2), big.NewInt(1)); !errors.Is(err, ErrInvalidAmount) {
		t.Fatalf("Add past uint256: err = %v", err)
	}
	if d.Get(addr(1), addr(2)).Cmp(maxUint256) != 0 {
		t.Fatalf("failed Add changed the amount")
	}
}

func TestAddMergeCumulative(t *testing.T) {
	var d Distribution // the zero value is usable
	amount := big.NewInt(5)
	if err := d.Add(addr(1), addr(10), amount); err != nil {
		t.Fatal(err)
	}
	amount.SetInt64(1000) // the distribution keeps its own copy
	if err := d.Add(addr(1), addr(10), big.NewInt(7)); err != nil {
		t.Fatal(err)
	}
	if got := d.Get(addr(1), addr(10)); got.Int64() != 12 {
		t.Fatalf("after two adds = %s, want 12", got)
	}
	d.Get(addr(1), addr(10)).SetInt64(99) // Get returns a copy
	if got := d.Get(addr(1), addr(10)); got.Int64() != 12 {
		t.Fatalf("Get leaked its value: %s", got)
	}

	other := New()
	mustSet(t, other, addr(1), addr(10), 3)
	mustSet(t, other, addr(2), addr(10), 4)
	prev := d.Clone()
	if err := d.Merge(other); err != nil {
		t.Fatal(err)
	}
	if d.Get(addr(1), addr(10)).Int64() != 15 || d.Get(addr(2), addr(10)).Int64() != 4 {
		t.Fatalf("merge: got %s and %s", d.Get(addr(1), addr(10)), d.Get(addr(2), addr(10)))
	}
	if err := CheckCumulative(prev, &d); err != nil {
		t.Fatalf("merge result not cumulative: %v", err)
	}
	if err := CheckCumulative(&d, prev); !errors.Is(err, ErrNotCumulative) {
		t.Fatalf("CheckCumulative going down: err = %v", err)
	}

	// A merge that overflows changes nothing.
	bad := New()
	mustSet(t, bad, addr(3), addr(10), 1)
	if err := bad.Set(addr(1), addr(10), maxUint256); err != nil {
		t.Fatal(err)
	}
	before := d.Clone()
	if err := d.Merge(bad); !errors.Is(err, ErrInvalidAmount) {
		t.Fatalf("overflowing merge: err = %v", err)
	}
	if !d.Equal(before) {
		t.Fatalf("failed merge changed the distribution")
	}
}

func mustSet(t *testing.T, d *Distribution, earner, token common.Address, v int64) {
	t.Helper()
	if err := d.Set(earner, token, big.NewInt(v)); err != nil {
		t.Fatal(err)
	}
}

func TestJSONRoundTrip(t *testing.T) {
	d := New()
	big1, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	earnerA := common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")
	earnerB := common.HexToAddress("0x70997970C51812dc3A010C7d01B50e0d17dc79C8")
	tokenX := common.HexToAddress("0x51A1ceB83B83F1985a81C295d1fF28Afef186E02")
	if err := d.Set(earnerA, tokenX, big1); err != nil {
		t.Fatal(err)
	}
	mustSet(t, d, earnerB, tokenX, 0)
	mustSet(t, d, earnerB, addr(7), 42)

	raw, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"earners":[` +
		`{"earner":"0x70997970C51812dc3A010C7d01b50e0d17dc79C8","tokens":[` +
		`{"token":"0x0000000000000000000000000000000000000007","cumulativeEarnings":"42"},` +
		`{"token":"0x51A1ceB83B83F1985a81C295d1fF28Afef186E02","cumulativeEarnings":"0"}]},` +
		`{"earner":"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266","tokens":[` +
		`{"token":"0x51A1ceB83B83F1985a81C295d1fF28Afef186E02","cumulativeEarnings":"123456789012345678901234567890"}]}]}`
	if string(raw) != want {
		t.Fatalf("JSON:\n got %s\nwant %s", raw, want)
	}
	var back Distribution
	if err := json.Unmarshal(raw, &back); err != nil {
		t.Fatal(err)
	}
	if !back.Equal(d) || back.Len() != d.Len() {
		t.Fatalf("round trip differs: %d entries", back.Len())
	}

	path := filepath.Join(t.TempDir(), "distribution.json")
	if err := d.WriteFile(path); err != nil {
		t.Fatal(err)
	}
	fromFile, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !fromFile.Equal(d) {
		t.Fatalf("file round trip differs")
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Fatalf("WriteFile left %d files behind", len(entries))
	}
}

func TestJSONRejects(t *testing.T) {
	const a, b = "0x70997970C51812dc3A010C7d01B50e0d17dc79C8", "0x51A1ceB83B83F1985a81C295d1fF28Afef186E02"
	entry := func(amount string) string {
		return `{"earners":[{"earner":"` + a + `","tokens":[{"token":"` + b + `","cumulativeEarnings":` + amount + `}]}]}`
	}
	cases := map[string]string{
		"negative":        entry(`"-1"`),
		"plus sign":       entry(`"+1"`),
		"hex amount":      entry(`"0x10"`),
		"empty amount":    entry(`""`),
		"number amount":   entry(`1`),
		"exponent":        entry(`"1e18"`),
		"too large":       entry(`"` + new(big.Int).Lsh(big.NewInt(1), 256).String() + `"`),
		"unknown field":   `{"earners":[],"root":"0x00"}`,
		"short address":   `{"earners":[{"earner":"0x1234","tokens":[]}]}`,
		"zero earner":     `{"earners":[{"earner":"0x0000000000000000000000000000000000000000","tokens":[{"token":"` + b + `","cumulativeEarnings":"1"}]}]}`,
		"repeated earner": `{"earners":[{"earner":"` + a + `","tokens":[]},{"earner":"` + a + `","tokens":[]}]}`,
		"repeated token": `{"earners":[{"earner":"` + a + `","tokens":[{"token":"` + b + `","cumulativeEarnings":"1"},` +
			`{"token":"` + b + `","cumulativeEarnings":"2"}]}]}`,
	}
	for name, in := range cases {
		var d Distribution
		if err := json.Unmarshal([]byte(in), &d); err == nil {
			t.Errorf("%s: accepted %s", name, in)
		} else if !strings.Contains(err.Error(), "distribution") {
			t.Errorf("%s: error lacks context: %v", name, err)
		}
	}
	var d Distribution
	if err := json.Unmarshal([]byte(entry(`"007"`)), &d); err != nil || d.Get(common.HexToAddress(a), common.HexToAddress(b)).Int64() != 7 {
		t.Fatalf("leading zeros: %v", err)
	}
}
