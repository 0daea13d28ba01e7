# Engine, module store, `blockless` CLI and example functions (see engine/doc.go,
# functions/README.md). Included by the root Makefile, which defines GO and
# collects TEST_PREREQS / BUILD_TARGETS.

FN_OUT      := build/functions
WASI_CC     ?= clang
NATIVE_CC   ?= clang
WASM_CFLAGS ?= --target=wasm32-wasi -O2 -Wall -Werror
NATIVE_CFLAGS ?= -O2 -Wall -Werror
# Debian's rustc carries the wasm32-wasi std; a rustup toolchain on PATH
# usually has only the host target, so name Debian's explicitly.
WASM_RUSTC  ?= /usr/bin/rustc
RUSTFLAGS_WASM ?= --edition 2021 --target wasm32-wasi -C opt-level=3 -C debuginfo=0 -C strip=symbols
ASC         := node_modules/.bin/asc
ASC_CONFIG  := node_modules/@assemblyscript/wasi-shim/asconfig.json

FUNCTIONS_WASM := \
	$(FN_OUT)/go/oracle.wasm \
	$(FN_OUT)/go/priceoracle.wasm \
	$(FN_OUT)/go/signer.wasm \
	$(FN_OUT)/go/hashutil.wasm \
	$(FN_OUT)/c/sha256sum.wasm \
	$(FN_OUT)/c/logfilter.wasm \
	$(FN_OUT)/as/trigger.wasm \
	$(FN_OUT)/rust/oracle.wasm \
	$(FN_OUT)/c/httpget.wasm \
	$(FN_OUT)/rust/httpget.wasm \
	$(FN_OUT)/as/httpget.wasm \
	$(FN_OUT)/js/httpget.wasm \
	$(FN_OUT)/ts/httpget.wasm \
	$(FN_OUT)/python/httpget.wasm \
	$(FN_OUT)/python/stats.wasm
# Native builds of the same sources: the baselines of the benchmarks.
FUNCTIONS_NATIVE := \
	$(FN_OUT)/native/sha256sum \
	$(FN_OUT)/native/hashutil \
	$(FN_OUT)/native/hashutil-purego

TEST_PREREQS  += functions
BUILD_TARGETS += bin/blockless

.PHONY: functions engine-test engine-bench engine-toolchain-check
functions: $(FUNCTIONS_WASM) $(FUNCTIONS_NATIVE) ## build the example functions (wasm + native baselines)

# bin/blockless is built by the root Makefile's bin/% rule (go build decides
# what is stale: the CLI links packages from all over the tree).

# The shared helper packages (bhttp, robust) are prerequisites of every Go
# function: over-approximate, they are small.
FN_GO_LIBS := $(wildcard functions/go/bhttp/*.go functions/go/robust/*.go)

$(FN_OUT)/go/%.wasm: functions/go/%/main.go $(FN_GO_LIBS) go.mod
	@mkdir -p $(@D)
	GOOS=wasip1 GOARCH=wasm CGO_ENABLED=0 $(GO) build -trimpath -o $@ ./functions/go/$*

$(FN_OUT)/native/hashutil: functions/go/hashutil/main.go go.mod
	@mkdir -p $(@D)
	CGO_ENABLED=0 $(GO) build -trimpath -o $@ ./functions/go/hashutil

# purego: Go's portable sha256, the code the wasm build runs (wasm has no
# SHA-NI assembly), so the ratio isolates the cost of wasm itself.
$(FN_OUT)/native/hashutil-purego: functions/go/hashutil/main.go go.mod
	@mkdir -p $(@D)
	CGO_ENABLED=0 $(GO) build -trimpath -tags purego -o $@ ./functions/go/hashutil

# The HTTP helpers are included by the functions that call out.
$(FN_OUT)/c/httpget.wasm: functions/c/bhttp.h
$(FN_OUT)/rust/httpget.wasm: functions/rust/bhttp.rs
$(FN_OUT)/as/httpget.wasm: functions/as/bhttp.ts

$(FN_OUT)/c/%.wasm: functions/c/%.c | engine-toolchain-check
	@mkdir -p $(@D)
	$(WASI_CC) $(WASM_CFLAGS) -o $@ $<

$(FN_OUT)/native/%: functions/c/%.c | engine-toolchain-check
	@mkdir -p $(@D)
	$(NATIVE_CC) $(NATIVE_CFLAGS) -o $@ $<

$(FN_OUT)/as/%.wasm: functions/as/%.ts | engine-toolchain-check
	@mkdir -p $(@D)
	$(ASC) $< --config $(ASC_CONFIG) -O3 --runtime incremental -o $@

$(FN_OUT)/rust/%.wasm: functions/rust/%.rs | engine-toolchain-check
	@mkdir -p $(@D)
	$(WASM_RUSTC) $(RUSTFLAGS_WASM) -o $@ $<

# Fails with a clear message instead of a cryptic compiler error when a
# toolchain is missing. Cheap: only checks that files exist.
engine-toolchain-check:
	@command -v $(WASI_CC) >/dev/null || { echo "engine.mk: $(WASI_CC) not found: run 'make deps' (deps/apt.txt: clang lld wasi-libc libclang-rt-14-dev-wasm32)"; exit 1; }
	@ls /usr/lib/llvm-*/lib/clang/*/lib/wasi/libclang_rt.builtins-wasm32.a >/dev/null 2>&1 || { echo "engine.mk: wasm32 compiler-rt missing: run 'make deps' (libclang-rt-14-dev-wasm32)"; exit 1; }
	@test -d /usr/include/wasm32-wasi || { echo "engine.mk: wasi-libc missing: run 'make deps' (wasi-libc)"; exit 1; }
	@test -x $(WASM_RUSTC) || { echo "engine.mk: $(WASM_RUSTC) not found: run 'make deps' (rustc libstd-rust-dev-wasm32)"; exit 1; }
	@test -d /usr/lib/rustlib/wasm32-wasi || { echo "engine.mk: Rust wasm32-wasi std missing: run 'make deps' (libstd-rust-dev-wasm32)"; exit 1; }
	@test -x $(ASC) || { echo "engine.mk: $(ASC) missing: run 'make deps' (npm ci installs assemblyscript)"; exit 1; }

engine-test: functions ## run the engine/modstore/CLI/functions tests
	$(GO) test ./engine/... ./modstore/... ./cmd/blockless/... ./functions/...

engine-bench: functions ## run the engine benchmarks once (see functions/README.md)
	$(GO) test -run '^$$' -bench . -benchtime 5x -count 1 ./functions/
