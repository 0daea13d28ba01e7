package aggregator

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/chain"
	"github.com/blockless/avs/protocol"
)

// submitOutcome classifies what a submission attempt means for the task.
type submitOutcome int

const (
	outcomeMined       submitOutcome = iota // our transaction landed
	outcomeAlreadyDone                      // TaskAlreadyResponded: someone answered it
	outcomeTooLate                          // deadline passed / already expired
	outcomePermanent                        // the contract refuses this certificate; retrying cannot help
	outcomeRetry                            // RPC, nonce or fee trouble: try again
	outcomeMismatch                         // TaskMismatch: the chain holds other content under this id (reorg)
)

// submitError carries the classification with the readable error.
type submitError struct {
	outcome submitOutcome
	err     error
}

func (e *submitError) Error() string { return e.err.Error() }
func (e *submitError) Unwrap() error { return e.err }

// submitter sends the aggregator's transactions with its ECDSA key. Sends are serialised
// (one nonce sequence per key); waiting for receipts is not, so tasks do not queue behind
// each other's mining.
type submitter struct {
	client  *ethclient.Client
	chainID *big.Int
	tm      *taskmanager.TaskManager
	tmABI   *abi.ABI
	key     *ecdsa.PrivateKey
	from    common.Address
	timeout time.Duration

	sendMu sync.Mutex
}

func (s *submitter) address() common.Address { return s.from }

func newSubmitter(client *ethclient.Client, chainID *big.Int, tm *taskmanager.TaskManager, tmABI *abi.ABI, key *ecdsa.PrivateKey, timeout time.Duration) *submitter {
	return &submitter{client: client, chainID: chainID, tm: tm, tmABI: tmABI, key: key,
		from: crypto.PubkeyToAddress(key.PublicKey), timeout: timeout}
}

// respond sends respondToTask once and waits for its receipt. prev, when set, is an earlier
// attempt that was never mined: it is replaced (same nonce, fees raised) rather than queued behind.
func (s *submitter) respond(ctx context.Context, task protocol.Task, resp protocol.Response, cert protocol.Certificate, prev *types.Transaction) (*types.Transaction, *types.Receipt, error) {
	tx, err := s.send(ctx, prev, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return s.tm.RespondToTask(o, task, resp, cert)
	})
	if err != nil {
		return nil, nil, err
	}
	r, err := s.wait(ctx, tx, "respondToTask")
	return tx, r, err
}

// respondTasks sends respondToTasks once and waits for its receipt (prev as in respond).
func (s *submitter) respondTasks(ctx context.Context, tasks []protocol.Task, resps []protocol.Response, referenceBlock uint32, cert protocol.Certificate, prev *types.Transaction) (*types.Transaction, *types.Receipt, error) {
	tx, err := s.send(ctx, prev, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return s.tm.RespondToTasks(o, tasks, resps, referenceBlock, cert)
	})
	if err != nil {
		return nil, nil, err
	}
	r, err := s.wait(ctx, tx, "respondToTasks")
	return tx, r, err
}

// respondCommittee sends respondToTasksByCommittee once and waits for its receipt (prev as in
// respond).
func (s *submitter) respondCommittee(ctx context.Context, tasks []protocol.Task, resps []protocol.Response, cert protocol.CommitteeCertificate, prev *types.Transaction) (*types.Transaction, *types.Receipt, error) {
	encoded, err := cert.Encode()
	if err != nil {
		return nil, nil, err
	}
	tx, err := s.send(ctx, prev, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return s.tm.RespondToTasksByCommittee(o, tasks, resps, encoded)
	})
	if err != nil {
		return nil, nil, err
	}
	r, err := s.wait(ctx, tx, "respondToTasksByCommittee")
	return tx, r, err
}

// expire sends expireTask and waits for its receipt.
func (s *submitter) expire(ctx context.Context, id uint32, task protocol.Task) (*types.Transaction, *types.Receipt, error) {
	tx, err := s.send(ctx, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return s.tm.ExpireTask(o, id, task)
	})
	if err != nil {
		return nil, nil, err
	}
	r, err := s.wait(ctx, tx, "expireTask")
	return tx, r, err
}

func (s *submitter) send(ctx context.Context, prev *types.Transaction, f func(*bind.TransactOpts) (*types.Transaction, error)) (*types.Transaction, error) {
	s.sendMu.Lock()
	defer s.sendMu.Unlock()
	opts, err := chain.TransactOpts(ctx, s.key, s.chainID)
	if err != nil {
		return nil, &submitError{outcomePermanent, err}
	}
	if prev != nil {
		opts.Nonce = new(big.Int).SetUint64(prev.Nonce())
		if prev.Type() == types.LegacyTxType {
			opts.GasPrice = bump(prev.GasPrice())
		} else {
			opts.GasTipCap = bump(prev.GasTipCap())
			opts.GasFeeCap = bump(prev.GasFeeCap())
		}
	} else {
		n, err := s.client.PendingNonceAt(ctx, s.from)
		if err != nil {
			return nil, &submitError{outcomeRetry, fmt.Errorf("pending nonce: %w", err)}
		}
		opts.Nonce = new(big.Int).SetUint64(n)
	}
	tx, err := f(opts)
	if err != nil {
		return nil, s.classify(err)
	}
	return tx, nil
}

// bump raises a fee by 25% (replacement needs at least +10%), keeping zero-fee devnets at 0+1.
func bump(v *big.Int) *big.Int {
	if v == nil {
		return nil
	}
	b := new(big.Int).Mul(v, big.NewInt(125))
	b.Div(b, big.NewInt(100))
	return b.Add(b, big.NewInt(1))
}

func (s *submitter) wait(ctx context.Context, tx *types.Transaction, what string) (*types.Receipt, error) {
	wctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	r, err := chain.WaitMined(wctx, s.client, tx, what, s.tmABI)
	if err == nil {
		return r, nil
	}
	if r != nil { // mined and reverted: the error carries the decoded reason
		return r, s.classify(err)
	}
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	return nil, &submitError{outcomeRetry, fmt.Errorf("%s %s not mined within %s: %w", what, tx.Hash().Hex(), s.timeout, err)}
}

// classify sorts an error by what the TaskManager said (when it said anything).
func (s *submitter) classify(err error) error {
	if err == nil {
		return nil
	}
	msg := chain.DescribeError(err, s.tmABI)
	_, reverted := chain.RevertData(err)
	out := outcomeRetry
	switch {
	case strings.Contains(msg, "TaskAlreadyResponded"):
		out = outcomeAlreadyDone
	case strings.Contains(msg, "TaskDeadlinePassed"), strings.Contains(msg, "TaskAlreadyExpired"):
		out = outcomeTooLate
	case strings.Contains(msg, "TaskMismatch"):
		out = outcomeMismatch
	case strings.Contains(msg, "TaskNotYetExpired"):
		out = outcomeRetry // our head ran ahead of the node that estimated the call
	case reverted, strings.Contains(msg, "reverted"):
		out = outcomePermanent
	}
	return &submitError{out, errors.New(msg)}
}

func outcomeOf(err error) submitOutcome {
	var se *submitError
	if errors.As(err, &se) {
		return se.outcome
	}
	return outcomeRetry
}
