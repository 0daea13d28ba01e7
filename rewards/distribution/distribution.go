package distribution

import (
	"errors"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
)

// Errors returned by Distribution's methods, wrapped with the earner, token and amount concerned.
var (
	ErrZeroAddress   = errors.New("zero address")
	ErrInvalidAmount = errors.New("invalid amount")
	ErrNotCumulative = errors.New("cumulative earnings went down")
)

// maxUint256 is the largest amount a token leaf can hold.
var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// Distribution is the cumulative amount each earner has earned of each token. The zero value is
// an empty distribution ready to use. It is not safe for concurrent writes.
type Distribution struct {
	earnings map[common.Address]map[common.Address]*big.Int
}

// New returns an empty distribution.
func New() *Distribution { return &Distribution{} }

// checkEntry validates one (earner, token, amount) triple.
func checkEntry(earner, token common.Address, amount *big.Int) error {
	switch {
	case earner == (common.Address{}):
		return fmt.Errorf("%w: earner", ErrZeroAddress)
	case token == (common.Address{}):
		return fmt.Errorf("%w: token for earner %s", ErrZeroAddress, earner.Hex())
	case amount == nil:
		return fmt.Errorf("%w: earner %s token %s: nil", ErrInvalidAmount, earner.Hex(), token.Hex())
	case amount.Sign() < 0:
		return fmt.Errorf("%w: earner %s token %s: negative (%s)", ErrInvalidAmount, earner.Hex(), token.Hex(), amount)
	case amount.Cmp(maxUint256) > 0:
		return fmt.Errorf("%w: earner %s token %s: %s exceeds uint256", ErrInvalidAmount, earner.Hex(), token.Hex(), amount)
	}
	return nil
}

func (d *Distribution) put(earner, token common.Address, amount *big.Int) {
	if d.earnings == nil {
		d.earnings = make(map[common.Address]map[common.Address]*big.Int)
	}
	tokens := d.earnings[earner]
	if tokens == nil {
		tokens = make(map[common.Address]*big.Int)
		d.earnings[earner] = tokens
	}
	tokens[token] = new(big.Int).Set(amount)
}

// Set records earner's cumulative earnings of token, replacing what was there.
func (d *Distribution) Set(earner, token common.Address, cumulative *big.Int) error {
	if err := checkEntry(earner, token, cumulative); err != nil {
		return fmt.Errorf("set: %w", err)
	}
	d.put(earner, token, cumulative)
	return nil
}

// Add adds amount to earner's cumulative earnings of token.
func (d *Distribution) Add(earner, token common.Address, amount *big.Int) error {
	if err := checkEntry(earner, token, amount); err != nil {
		return fmt.Errorf("add: %w", err)
	}
	sum := new(big.Int).Add(d.Get(earner, token), amount)
	if sum.Cmp(maxUint256) > 0 {
		return fmt.Errorf("add: %w: earner %s token %s: total %s exceeds uint256", ErrInvalidAmount, earner.Hex(), token.Hex(), sum)
	}
	d.put(earner, token, sum)
	return nil
}

// Merge adds every amount of other to d (other is left as it is). Either d is changed in full or,
// on an error, not at all.
func (d *Distribution) Merge(other *Distribution) error {
	sum := d.Clone()
	for _, earner := range other.Earners() {
		for _, token := range other.Tokens(earner) {
			if err := sum.Add(earner, token, other.earnings[earner][token]); err != nil {
				return fmt.Errorf("merge: %w", err)
			}
		}
	}
	d.earnings = sum.earnings
	return nil
}

// Get returns a copy of earner's cumulative earnings of token: zero when there are none.
func (d *Distribution) Get(earner, token common.Address) *big.Int {
	if v, ok := d.earnings[earner][token]; ok {
		return new(big.Int).Set(v)
	}
	return new(big.Int)
}

// Earners lists the earners in ascending address order.
func (d *Distribution) Earners() []common.Address {
	out := make([]common.Address, 0, len(d.earnings))
	for e := range d.earnings {
		out = append(out, e)
	}
	sortAddresses(out)
	return out
}

// Tokens lists earner's tokens in ascending address order.
func (d *Distribution) Tokens(earner common.Address) []common.Address {
	tokens := d.earnings[earner]
	out := make([]common.Address, 0, len(tokens))
	for t := range tokens {
		out = append(out, t)
	}
	sortAddresses(out)
	return out
}

// Len is the number of (earner, token) entries, zero amounts included.
func (d *Distribution) Len() int {
	n := 0
	for _, tokens := range d.earnings {
		n += len(tokens)
	}
	return n
}

// Clone returns a deep copy.
func (d *Distribution) Clone() *Distribution {
	c := New()
	for earner, tokens := range d.earnings {
		for token, v := range tokens {
			c.put(earner, token, v)
		}
	}
	return c
}

// Equal reports whether d and other hold the same amounts, treating a missing entry as zero.
func (d *Distribution) Equal(other *Distribution) bool {
	return covers(d, other) && covers(other, d)
}

// covers reports whether every amount of b is at most the same amount in a.
func covers(a, b *Distribution) bool {
	for earner, tokens := range b.earnings {
		for token, v := range tokens {
			if a.Get(earner, token).Cmp(v) < 0 {
				return false
			}
		}
	}
	return true
}

// CheckCumulative checks that next can follow prev: no earner's total of any token is lower in
// next than in prev (a root with a lower total would not claw anything back, it would only
// leave the earner unable to claim until the total caught up again).
func CheckCumulative(prev, next *Distribution) error {
	for _, earner := range prev.Earners() {
		for _, token := range prev.Tokens(earner) {
			was, now := prev.earnings[earner][token], next.Get(earner, token)
			if now.Cmp(was) < 0 {
				return fmt.Errorf("%w: earner %s token %s: %s -> %s", ErrNotCumulative, earner.Hex(), token.Hex(), was, now)
			}
		}
	}
	return nil
}

func sortAddresses(a []common.Address) {
	sort.Slice(a, func(i, j int) bool { return a[i].Cmp(a[j]) < 0 })
}
