// Command witness is the merkle function's witness module (GOOS=wasip1): task input on stdin,
// field elements on stdout (see package merkle).
package main

import (
	"github.com/blockless/avs/zk/examples/merkle"
	"github.com/blockless/avs/zk/witness"
)

func main() { witness.Main(merkle.Witness) }
