//go:build !wasip1

package bhttp

import "errors"

// call outside the engine: the package builds everywhere (go vet, editors,
// unit tests of a function's pure parts), but calls need the host module.
func call([]byte) (Response, error) {
	return Response{}, errors.New("blockless_http: only available in a function (GOOS=wasip1) run by the blockless engine")
}
