#include "_cgo_export.h"
#include "wasiext.h"

// Trampolines: wasmtime hands back the opaque data pointer; we carry a
// cgo.Handle in it, converted here so the Go side never turns an integer
// into an unsafe.Pointer.
static ptrdiff_t blsext_write(void *data, const unsigned char *buf, size_t n) {
  return blsWasiWrite((uintptr_t)data, (unsigned char *)buf, n);
}

static void blsext_finalize(void *data) { blsWasiFinalize((uintptr_t)data); }

void blsext_set_stdout(wasi_config_t *c, uintptr_t h) {
  wasi_config_set_stdout_custom(c, blsext_write, (void *)h, blsext_finalize);
}

void blsext_set_stderr(wasi_config_t *c, uintptr_t h) {
  wasi_config_set_stderr_custom(c, blsext_write, (void *)h, blsext_finalize);
}

void blsext_set_stdin(wasi_config_t *c, const char *p, size_t n) {
  wasm_byte_vec_t v;
  if (n == 0) {
    wasm_byte_vec_new_empty(&v);
  } else {
    wasm_byte_vec_new(&v, n, p);
  }
  wasi_config_set_stdin_bytes(c, &v);
}

int blsext_set_wasi(wasmtime_context_t *ctx, wasi_config_t *cfg) {
  wasmtime_error_t *err = wasmtime_context_set_wasi(ctx, cfg);
  if (err != NULL) {
    wasmtime_error_delete(err);
    return 1;
  }
  return 0;
}

int blsext_charge(wasmtime_context_t *ctx, uint64_t cost) {
  uint64_t left = 0;
  wasmtime_error_t *err = wasmtime_context_get_fuel(ctx, &left);
  if (err != NULL) { // fuel not enabled: nothing to charge
    wasmtime_error_delete(err);
    return 1;
  }
  int paid = left >= cost;
  err = wasmtime_context_set_fuel(ctx, paid ? left - cost : 0);
  if (err != NULL) {
    wasmtime_error_delete(err);
  }
  return paid;
}
