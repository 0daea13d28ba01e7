//go:build !wasip1

package bhttp

import "errors"

// errOutsideEngine is what a call gets outside the engine: the package
// builds everywhere (go vet, editors, unit tests of a function's pure
// parts), but calls need the host module.
var errOutsideEngine = errors.New("blockless_http: only available in a function (GOOS=wasip1) run by the blockless engine")

func call([]byte) (Response, error) { return Response{}, errOutsideEngine }
