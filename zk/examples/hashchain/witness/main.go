// Command witness is the hashchain function's witness module (GOOS=wasip1): task input on stdin,
// field elements on stdout (see package hashchain).
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/blockless/avs/zk/examples/hashchain"
)

func main() {
	in, err := io.ReadAll(os.Stdin)
	if err == nil {
		var out []byte
		if out, err = hashchain.Witness(in); err == nil {
			_, err = os.Stdout.Write(out)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
