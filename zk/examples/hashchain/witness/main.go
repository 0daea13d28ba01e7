// Command witness is the hashchain function's witness module (GOOS=wasip1): task input on stdin,
// field elements on stdout (see package hashchain).
package main

import (
	"github.com/blockless/avs/zk/examples/hashchain"
	"github.com/blockless/avs/zk/witness"
)

func main() { witness.Main(hashchain.Witness) }
