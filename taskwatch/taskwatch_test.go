package taskwatch

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"
)

// fakeHeaders is a chain of headers; fork rewrites it from a block on.
type fakeHeaders map[uint64]*types.Header

func newFakeHeaders(head uint64) fakeHeaders {
	f := fakeHeaders{}
	f.fork(0, head, 0)
	return f
}

// fork replaces blocks [from, to] by another branch (and drops those above to).
func (f fakeHeaders) fork(from, to uint64, branch byte) {
	for n := range f {
		if n >= from {
			delete(f, n)
		}
	}
	for n := from; n <= to; n++ {
		f[n] = &types.Header{Number: new(big.Int).SetUint64(n), Extra: []byte{branch}}
	}
}

func (f fakeHeaders) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	h, ok := f[n.Uint64()]
	if !ok {
		return nil, ethereum.NotFound
	}
	return h, nil
}

// headersOnly serves rewind, which reads nothing but headers.
type headersOnly struct{ fakeHeaders }

func (headersOnly) BlockNumber(context.Context) (uint64, error) {
	return 0, errors.New("not served")
}

func (headersOnly) TaskCreated(context.Context, uint64, uint64) ([]Event, error) {
	return nil, errors.New("not served")
}

func watcherOn(f fakeHeaders, marks ...uint64) *Watcher {
	w := newWatcher(Config{ReorgDepth: 64}, headersOnly{f}, zerolog.Nop())
	for _, m := range marks {
		w.remember(m, f[m].Hash())
	}
	return w
}

func TestRewind(t *testing.T) {
	ctx := context.Background()
	cases := []struct {
		name   string
		change func(fakeHeaders)
		head   uint64
		want   uint64
	}{
		{"no reorg", func(fakeHeaders) {}, 12, 11},
		{"reorg below the cursor", func(f fakeHeaders) { f.fork(8, 12, 1) }, 12, 6},
		{"rollback below the cursor (head behind the last range read)", func(f fakeHeaders) { f.fork(7, 6, 1) }, 6, 6},
		{"rollback and a new branch shorter than before", func(f fakeHeaders) { f.fork(9, 9, 1) }, 9, 9},
		{"deeper than every mark", func(f fakeHeaders) { f.fork(100, 112, 1) }, 112, 105 - 64},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			base := uint64(0)
			if c.name == "deeper than every mark" {
				base = 100
			}
			f := newFakeHeaders(base + 12)
			w := watcherOn(f, base+5, base+8, base+10)
			c.change(f)
			got, err := w.rewind(ctx, base+11, c.head)
			if err != nil {
				t.Fatal(err)
			}
			if got != c.want {
				t.Fatalf("read again from %d, want %d", got, c.want)
			}
			// Once caught up, the same chain does not rewind again.
			if len(w.marks) > 0 {
				last := w.marks[len(w.marks)-1]
				if again, _ := w.rewind(ctx, last.num+1, c.head); again != last.num+1 {
					t.Fatalf("second rewind to %d, want none (%d)", again, last.num+1)
				}
			}
		})
	}
}
