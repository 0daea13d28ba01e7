// Command witness is the threshold function's witness module (GOOS=wasip1): task input on stdin,
// field elements on stdout (see package threshold).
package main

import (
	"github.com/blockless/avs/zk/examples/threshold"
	"github.com/blockless/avs/zk/witness"
)

func main() { witness.Main(threshold.Witness) }
