package engine

import (
	"context"
	"encoding/binary"

	"github.com/blockless/avs/httpcall"
	"github.com/bytecodealliance/wasmtime-go/v44"
)

// Outgoing HTTP: the host module "blockless_http".
//
//	request(req_ptr, req_len, out_ptr i32) -> errno i32
//	    req is the call as JSON (httpcall.ParseGuestRequest); on errno 0,
//	    out receives two little-endian u32: the HTTP status and the body
//	    length. The body waits in the host until the next request.
//	read_body(buf_ptr, buf_len, n_ptr i32) -> errno i32
//	    copies the first min(buf_len, body length) bytes of the last
//	    response's body to buf and their count to n.
//
// Errno values are httpcall.Errno. Answers come from Request.HTTP, which
// replays the agreed transcript and fetches live beyond it; without a
// session every call is refused as an undeclared host, so a function that
// declares no hosts behaves the same on every operator.

const httpModule = "blockless_http"

// httpImports are the functions of httpModule with their wasm types
// (params, results): all i32.
var httpImports = map[string][2]int{
	"request":   {3, 1},
	"read_body": {3, 1},
}

// httpState is one execution's HTTP state.
type httpState struct {
	ctx     context.Context
	session *httpcall.Session
	body    []byte
	hasBody bool
}

// fuelPerCall is what a call costs beyond its bytes: as much as a small
// computation, so a function cannot spin on cheap refusals.
const fuelPerCall = 10_000

func defineHTTP(l *wasmtime.Linker) error {
	if err := l.FuncWrap(httpModule, "request", httpRequest); err != nil {
		return err
	}
	return l.FuncWrap(httpModule, "read_body", httpReadBody)
}

func httpRequest(c *wasmtime.Caller, reqPtr, reqLen, outPtr int32) (int32, *wasmtime.Trap) {
	s := stateOf(c)
	if s == nil {
		return int32(httpcall.ErrnoFault), nil
	}
	mem := guestMem(c)
	raw, out := span(mem, reqPtr, reqLen), span(mem, outPtr, 8)
	if raw == nil || out == nil {
		return int32(httpcall.ErrnoFault), nil
	}
	if !charge(c, fuelPerCall+uint64(len(raw))/fuelPerBytes) {
		return 0, nil // out of fuel: the guest traps next
	}
	s.http.body, s.http.hasBody = nil, false
	if s.http.session == nil {
		return int32(httpcall.ErrnoHost), nil
	}
	// raw aliases guest memory, which the call may not change meanwhile
	// (one thread per store), but the session keeps the request: copy.
	resp, errno, err := s.http.session.Call(s.http.ctx, append([]byte(nil), raw...))
	if err != nil {
		return 0, wasmtime.NewTrap(err.Error())
	}
	if errno != httpcall.ErrnoOK {
		return int32(errno), nil
	}
	if !charge(c, uint64(len(resp.Body))/fuelPerBytes) {
		return 0, nil
	}
	// Re-fetch memory: nothing grew it, but do not rely on that.
	if out = span(guestMem(c), outPtr, 8); out == nil {
		return int32(httpcall.ErrnoFault), nil
	}
	binary.LittleEndian.PutUint32(out[0:], uint32(resp.Status))
	binary.LittleEndian.PutUint32(out[4:], uint32(len(resp.Body)))
	s.http.body, s.http.hasBody = resp.Body, true
	return int32(httpcall.ErrnoOK), nil
}

func httpReadBody(c *wasmtime.Caller, bufPtr, bufLen, nPtr int32) int32 {
	s := stateOf(c)
	if s == nil {
		return int32(httpcall.ErrnoFault)
	}
	if !charge(c, fuelHostCall) {
		return 0
	}
	if !s.http.hasBody {
		return int32(httpcall.ErrnoNoResponse)
	}
	mem := guestMem(c)
	n := min(int(uint32(bufLen)), len(s.http.body))
	dst, np := span(mem, bufPtr, int32(n)), span(mem, nPtr, 4)
	if dst == nil || np == nil {
		return int32(httpcall.ErrnoFault)
	}
	if !charge(c, uint64(n)/fuelPerBytes) {
		return 0
	}
	copy(dst, s.http.body)
	binary.LittleEndian.PutUint32(np, uint32(n))
	return int32(httpcall.ErrnoOK)
}
