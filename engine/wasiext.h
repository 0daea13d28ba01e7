// Prototypes for the parts of the wasmtime C API (bundled and linked by
// wasmtime-go) that the Go binding does not expose: callback-based
// stdout/stderr, fuel charging and the epoch deadline callback. Declared here rather than included so the
// build does not need an -I into the Go module cache; the signatures match
// wasmtime 44's wasi.h / wasmtime/store.h.
#ifndef BLOCKLESS_WASIEXT_H
#define BLOCKLESS_WASIEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct wasi_config_t wasi_config_t;
typedef struct wasmtime_context wasmtime_context_t;
typedef struct wasmtime_store wasmtime_store_t;
typedef uint8_t wasmtime_update_deadline_kind_t;
typedef struct wasmtime_error wasmtime_error_t;

extern wasi_config_t *wasi_config_new(void);
extern void wasi_config_delete(wasi_config_t *);
extern bool wasi_config_set_argv(wasi_config_t *, size_t, const char *argv[]);
extern bool wasi_config_set_env(wasi_config_t *, size_t, const char *names[],
                                const char *values[]);
extern void wasi_config_set_stdout_custom(
    wasi_config_t *, ptrdiff_t (*cb)(void *, const unsigned char *, size_t),
    void *data, void (*finalizer)(void *));
extern void wasi_config_set_stderr_custom(
    wasi_config_t *, ptrdiff_t (*cb)(void *, const unsigned char *, size_t),
    void *data, void (*finalizer)(void *));
extern wasmtime_error_t *wasmtime_context_set_wasi(wasmtime_context_t *,
                                                   wasi_config_t *);
extern void wasmtime_error_delete(wasmtime_error_t *);
extern wasmtime_error_t *wasmtime_context_set_fuel(wasmtime_context_t *,
                                                   uint64_t);
extern wasmtime_error_t *wasmtime_context_get_fuel(const wasmtime_context_t *,
                                                   uint64_t *);
extern wasmtime_error_t *wasmtime_error_new(const char *);
extern void wasmtime_context_set_epoch_deadline(wasmtime_context_t *, uint64_t);
extern void wasmtime_store_epoch_deadline_callback(
    wasmtime_store_t *store,
    wasmtime_error_t *(*func)(wasmtime_context_t *context, void *data,
                              uint64_t *epoch_deadline_delta,
                              wasmtime_update_deadline_kind_t *update_kind),
    void *data, void (*finalizer)(void *));

// Defined in wasiext.c: route a stream to the Go writer behind handle h.
void blsext_set_stdout(wasi_config_t *c, uintptr_t h);
void blsext_set_stderr(wasi_config_t *c, uintptr_t h);
// Installs cfg on the store; returns 0 on success. Consumes cfg either way.
int blsext_set_wasi(wasmtime_context_t *ctx, wasi_config_t *cfg);

// Takes cost fuel from the store. Returns 1 when paid, 0 when the store had
// less (its fuel is then set to 0, so the guest traps at its next check).
int blsext_charge(wasmtime_context_t *ctx, uint64_t cost);

// The wall-clock watch of one store: the epoch deadline callback counts
// ticks down to the limit and stops the guest early once cancel is set.
// Allocated and freed by Go, which frees it only after the store is gone.
typedef struct blsext_watch blsext_watch_t;
blsext_watch_t *blsext_watch_new(uint64_t ticks);
void blsext_watch_free(blsext_watch_t *w);
// Installs w on the store and arms the first tick.
void blsext_watch_install(wasmtime_store_t *store, wasmtime_context_t *ctx,
                          blsext_watch_t *w);
// Asks the running guest to stop at its next epoch check (any thread).
void blsext_watch_cancel(blsext_watch_t *w);
// Why the callback stopped the guest: 0 it did not, 1 wall-clock limit,
// 2 cancelled.
int blsext_watch_reason(blsext_watch_t *w);

#endif
