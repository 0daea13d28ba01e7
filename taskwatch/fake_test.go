package taskwatch

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// fakeChain is an in-memory chain of blocks carrying TaskCreated events. Blocks are
// numbered from 0; reorg replaces the blocks from a number on by a new branch, so that the
// headers of the replaced numbers get other hashes. It is safe for a Run goroutine and a
// test goroutine at once.
type fakeChain struct {
	mu     sync.Mutex
	blocks []fakeBlock
	branch byte
	// fail makes the next calls fail: calls is how many, method (empty: any) which ones.
	fail struct {
		method string
		calls  int
	}
	calls map[string]int // calls served or failed, per method
}

type fakeBlock struct {
	header *types.Header
	events []Event
}

var errFakeRPC = errors.New("fake RPC failure")

func newFakeChain() *fakeChain {
	c := &fakeChain{calls: map[string]int{}}
	c.add() // genesis
	return c
}

// add appends one block holding tasks with these ids; it returns the block's number.
func (c *fakeChain) add(ids ...uint32) uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := uint64(len(c.blocks))
	h := &types.Header{Number: new(big.Int).SetUint64(n), Extra: []byte{c.branch}}
	b := fakeBlock{header: h}
	for i, id := range ids {
		b.events = append(b.events, Event{TaskID: id, Block: n,
			TxHash: common.BigToHash(big.NewInt(int64(n)<<16 | int64(c.branch)<<8 | int64(i)))})
	}
	c.blocks = append(c.blocks, b)
	return n
}

// addEmpty appends n blocks without events.
func (c *fakeChain) addEmpty(n int) {
	for range n {
		c.add()
	}
}

// reorg drops the blocks from number on; the blocks added next belong to a new branch.
func (c *fakeChain) reorg(from uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.blocks = c.blocks[:from]
	c.branch++
}

// failNext makes the next n calls of method ("" for any) fail.
func (c *fakeChain) failNext(method string, n int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.fail.method, c.fail.calls = method, n
}

// call counts a call and reports whether it fails; c.mu is held.
func (c *fakeChain) call(method string) error {
	c.calls[method]++
	if c.fail.calls > 0 && (c.fail.method == "" || c.fail.method == method) {
		c.fail.calls--
		return fmt.Errorf("%s: %w", method, errFakeRPC)
	}
	return nil
}

func (c *fakeChain) BlockNumber(context.Context) (uint64, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.call("BlockNumber"); err != nil {
		return 0, err
	}
	return uint64(len(c.blocks) - 1), nil
}

func (c *fakeChain) HeaderByNumber(_ context.Context, number *big.Int) (*types.Header, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.call("HeaderByNumber"); err != nil {
		return nil, err
	}
	n := number.Uint64()
	if n >= uint64(len(c.blocks)) {
		return nil, ethereum.NotFound
	}
	return c.blocks[n].header, nil
}

func (c *fakeChain) TaskCreated(_ context.Context, from, to uint64) ([]Event, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.call("TaskCreated"); err != nil {
		return nil, err
	}
	var events []Event
	for n := from; n <= to && n < uint64(len(c.blocks)); n++ {
		events = append(events, c.blocks[n].events...)
	}
	return events, nil
}
