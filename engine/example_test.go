package engine_test

import (
	"context"
	"fmt"
	"time"

	"github.com/bytecodealliance/wasmtime-go/v44"

	"github.com/blockless/avs/engine"
)

// An operator creates one Engine per process and runs each task with the
// function's limits, the task id and the block timestamp.
func ExampleEngine_Run() {
	eng, err := engine.New(engine.Config{MaxConcurrent: 2}, nil)
	if err != nil {
		panic(err)
	}
	defer eng.Close()

	// A WASI command that writes "hi\n" to stdout.
	mod, _ := wasmtime.Wat2Wasm(`(module
	  (import "wasi_snapshot_preview1" "fd_write" (func $w (param i32 i32 i32 i32) (result i32)))
	  (memory (export "memory") 1)
	  (data (i32.const 16) "hi\n")
	  (func (export "_start")
	    (i32.store (i32.const 0) (i32.const 16)) (i32.store (i32.const 4) (i32.const 3))
	    (drop (call $w (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))`)

	res, err := eng.Run(context.Background(), engine.Request{
		Module:    mod,
		Limits:    engine.Limits{Fuel: 1_000_000, MemoryBytes: 1 << 20, Timeout: time.Second, MaxOutput: 1024},
		TaskID:    [32]byte{1},
		Timestamp: 1_700_000_000,
	})
	if err != nil {
		panic(err) // host problem: do not sign
	}
	fmt.Printf("%s signable=%t output=%q\n", res.Status, res.Status.Signable(), res.Output)
	// Output: ok signable=true output="hi\n"
}
