// Package built lets tests use what make builds under build/ (the emulator's corpus and its
// wasip1 build, the zk witness modules, ...) without making `go test ./...` depend on make.
//
// A test that needs such an artifact calls Require: when the artifact is missing, the test
// skips and names the make target that builds it, so that a fresh clone passes `go test ./...`.
// `make test` builds every artifact first (TEST_PREREQS) and sets RequireEnv, under which a
// missing artifact fails the test instead: the CI gate cannot pass by skipping.
package built

import (
	"errors"
	"io/fs"
	"os"
	"testing"
)

// RequireEnv is the environment variable `make test` sets: when it is not empty, a missing
// artifact is a failure rather than a skip.
const RequireEnv = "BLOCKLESS_REQUIRE_BUILT"

// Require skips tb, or fails it under RequireEnv, unless every path exists. target is the make
// target that builds the paths; the message names it.
func Require(tb testing.TB, target string, paths ...string) {
	tb.Helper()
	for _, p := range paths {
		_, err := os.Stat(p)
		switch {
		case err == nil:
		case !errors.Is(err, fs.ErrNotExist):
			tb.Fatalf("built artifact %s: %v", p, err)
		case os.Getenv(RequireEnv) != "":
			tb.Fatalf("%s is missing although %s is set: `make %s` should have built it", p, RequireEnv, target)
		default:
			tb.Skipf("%s is missing: run `make %s` first", p, target)
		}
	}
}
