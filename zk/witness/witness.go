// Package witness is the entry point of a zk function's witness module (GOOS=wasip1): the task
// input arrives on stdin, the circuit's words go to stdout, and a non-zero exit status with the
// reason on stderr tells the operator there is nothing to prove (the task is skipped, not
// retried). Every witness module's main is one call to Main, so that this contract with the
// engine is written once. It imports nothing of gnark: a module's size is what its circuit
// package links.
package witness

import (
	"fmt"
	"io"
	"os"
)

// Compute turns a task input into witness words: the circuit's public inputs after the binding,
// then its secret inputs, each zk.WordSize bytes (see package zk).
type Compute func(input []byte) ([]byte, error)

// Main runs compute on stdin and writes its result to stdout; on error it prints the error to
// stderr and exits with status 1.
func Main(compute Compute) {
	if code := Run(os.Stdin, os.Stdout, os.Stderr, compute); code != 0 {
		os.Exit(code)
	}
}

// Run is Main with explicit streams, returning the exit status instead of exiting (tests).
func Run(stdin io.Reader, stdout, stderr io.Writer, compute Compute) int {
	in, err := io.ReadAll(stdin)
	if err == nil {
		var out []byte
		if out, err = compute(in); err == nil {
			_, err = stdout.Write(out)
		}
	}
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	return 0
}
