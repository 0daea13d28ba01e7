#include "_cgo_export.h"
#include "wasiext.h"

#include <stdatomic.h>
#include <stdlib.h>

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

struct blsext_watch {
  atomic_int cancel; // set from any thread
  uint64_t left;     // ticks before the wall-clock limit; store thread only
  int reason;        // store thread only, read by Go after the call returns
};

blsext_watch_t *blsext_watch_new(uint64_t ticks) {
  blsext_watch_t *w = calloc(1, sizeof *w);
  if (w != NULL) {
    atomic_init(&w->cancel, 0);
    w->left = ticks;
  }
  return w;
}

void blsext_watch_free(blsext_watch_t *w) { free(w); }

// Runs on the guest's thread each time the engine's epoch passes the store's
// deadline, which is always one tick ahead: so a cancel is seen within one
// epoch interval, and the limit costs one cheap call per tick.
static wasmtime_error_t *blsext_watch_tick(wasmtime_context_t *ctx, void *data,
                                           uint64_t *delta,
                                           wasmtime_update_deadline_kind_t *kind) {
  (void)ctx;
  blsext_watch_t *w = data;
  *kind = 0; // WASMTIME_UPDATE_DEADLINE_CONTINUE
  if (atomic_load(&w->cancel)) {
    w->reason = 2;
    return wasmtime_error_new("blockless: execution cancelled by the host");
  }
  if (w->left <= 1) {
    w->reason = 1;
    return wasmtime_error_new("blockless: wall-clock limit reached");
  }
  w->left--;
  *delta = 1;
  return NULL;
}

void blsext_watch_install(wasmtime_store_t *store, wasmtime_context_t *ctx,
                          blsext_watch_t *w) {
  wasmtime_store_epoch_deadline_callback(store, blsext_watch_tick, w, NULL);
  wasmtime_context_set_epoch_deadline(ctx, 1);
}

void blsext_watch_cancel(blsext_watch_t *w) { atomic_store(&w->cancel, 1); }

int blsext_watch_reason(blsext_watch_t *w) { return w->reason; }
