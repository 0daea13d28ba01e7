package main

import (
	"path/filepath"
	"testing"

	"github.com/consensys/gnark/logger"

	"github.com/blockless/avs/protocol"
)

// TestCommittedFixturesUpToDate is `make check-zk-fixtures` under `go test ./...`, so CI notices a
// circuit or Task encoding change that left the forge fixtures and verifiers behind.
func TestCommittedFixturesUpToDate(t *testing.T) {
	logger.Disable()
	codec, err := protocol.NewCodec()
	if err != nil {
		t.Fatal(err)
	}
	root := filepath.Join("..", "..")
	for _, e := range exampleList() {
		if err := checkOne(codec, e, filepath.Join(root, "contracts/src/zk"), filepath.Join(root, "contracts/test/fixtures/zk")); err != nil {
			t.Error(err)
		}
	}
}
