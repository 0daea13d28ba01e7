// Command witness is the merkle function's witness module (GOOS=wasip1): task input on stdin,
// field elements on stdout (see package merkle).
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/blockless/avs/zk/examples/merkle"
)

func main() {
	in, err := io.ReadAll(os.Stdin)
	if err == nil {
		var out []byte
		if out, err = merkle.Witness(in); err == nil {
			_, err = os.Stdout.Write(out)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
