// Package functions holds the example functions (templates) that run on
// Blockless AVS, in Go, C, AssemblyScript and Rust, together with the tests
// that run them through the engine exactly as operators do, and the engine
// benchmarks against native builds. The functions themselves live in the
// language directories and are built by `make functions` into
// build/functions; see README.md for their input and output formats.
package functions
