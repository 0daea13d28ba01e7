//go:build wasip1

package bhttp

import "unsafe"

//go:wasmimport blockless_http request
func request(req unsafe.Pointer, reqLen uint32, out unsafe.Pointer) int32

//go:wasmimport blockless_http read_body
func readBody(buf unsafe.Pointer, bufLen uint32, n unsafe.Pointer) int32

func call(req []byte) (Response, error) {
	var out [2]uint32 // status, body length
	if e := request(unsafe.Pointer(unsafe.SliceData(req)), uint32(len(req)), unsafe.Pointer(&out)); e != 0 {
		return Response{}, Errno(e)
	}
	body := make([]byte, out[1])
	var n uint32
	if len(body) > 0 {
		if e := readBody(unsafe.Pointer(&body[0]), uint32(len(body)), unsafe.Pointer(&n)); e != 0 {
			return Response{}, Errno(e)
		}
	}
	return Response{Status: int(out[0]), Body: body[:n]}, nil
}
