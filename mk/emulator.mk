# emulator: x86-64 corpus binaries for the emulator's differential tests.
# Every emulator/testdata/corpus/*.c is built with musl-gcc and gcc, static,
# at -O0/-O2/-Os into build/emulator/<libc>-<opt>/<name>; *.cc files with
# g++ (glibc only: musl-gcc has no C++ library) into build/emulator/gcc-<opt>/.
EMU_CORPUS_DIR := emulator/testdata/corpus
EMU_BUILD_DIR  := build/emulator
EMU_CORPUS_SRC := $(wildcard $(EMU_CORPUS_DIR)/*.c)
EMU_CORPUS_NAMES := $(notdir $(EMU_CORPUS_SRC:.c=))
EMU_VARIANTS   := musl-O0 musl-O2 musl-Os gcc-O0 gcc-O2 gcc-Os
EMU_CXX_SRC    := $(wildcard $(EMU_CORPUS_DIR)/*.cc)
EMU_CXX_NAMES  := $(notdir $(EMU_CXX_SRC:.cc=))
EMU_CORPUS_BINS := $(foreach v,$(EMU_VARIANTS),$(addprefix $(EMU_BUILD_DIR)/$(v)/,$(EMU_CORPUS_NAMES))) \
	$(foreach o,O0 O2 Os,$(addprefix $(EMU_BUILD_DIR)/gcc-$(o)/,$(EMU_CXX_NAMES)))
EMU_CFLAGS := -static -w

# One progress line per binary: how many of the corpus are built, and which one comes next.
EMU_PROGRESS = printf 'corpus [%d/%d] %s\n' "$$(( $$(find $(EMU_BUILD_DIR) -mindepth 2 -type f 2>/dev/null | wc -l) + 1 ))" $(words $(EMU_CORPUS_BINS)) "$@"

.PHONY: emulator-corpus emulator-toolchain emulator-wasm emulator-bench
emulator-corpus: $(EMU_CORPUS_BINS) ## build the emulator's C corpus (musl-gcc and gcc, -O0/-O2/-Os)

emulator-toolchain:
	@command -v musl-gcc >/dev/null || { echo "emulator: musl-gcc missing; run 'make deps' (deps/apt.txt: musl-tools)" >&2; exit 1; }
	@command -v gcc >/dev/null || { echo "emulator: gcc missing; run 'make deps'" >&2; exit 1; }
	@command -v g++ >/dev/null || { echo "emulator: g++ missing; run 'make deps' (deps/apt.txt: g++)" >&2; exit 1; }

define emu_variant_rule
$(EMU_BUILD_DIR)/$(1)-$(2)/%: $(EMU_CORPUS_DIR)/%.c | emulator-toolchain
	@mkdir -p $$(@D)
	@$$(EMU_PROGRESS)
	@$(if $(filter musl,$(1)),musl-gcc,gcc) $(EMU_CFLAGS) -$(2) -o $$@ $$< -lm
endef
$(foreach l,musl gcc,$(foreach o,O0 O2 Os,$(eval $(call emu_variant_rule,$(l),$(o)))))

define emu_cxx_rule
$(EMU_BUILD_DIR)/gcc-$(1)/%: $(EMU_CORPUS_DIR)/%.cc | emulator-toolchain
	@mkdir -p $$(@D)
	@$$(EMU_PROGRESS)
	@g++ $(EMU_CFLAGS) -$(1) -o $$@ $$<
endef
$(foreach o,O0 O2 Os,$(eval $(call emu_cxx_rule,$(o))))

# -trimpath and -buildvcs=false make the bytes depend only on the sources and
# the Go version, not on the checkout's path or commit: operators compare the
# module's sha256 (engine.X86Emulator, logged at start) and must all agree.
emulator-wasm: ## build the emulator command for wasip1 (build/emulator/x86emu.wasm), which runs x86 functions
	@mkdir -p $(EMU_BUILD_DIR)
	GOOS=wasip1 GOARCH=wasm $(GO) build -trimpath -buildvcs=false -o $(EMU_BUILD_DIR)/x86emu.wasm ./emulator/cmd/x86emu

emulator-bench: emulator-corpus emulator-wasm ## x86 speed: native vs qemu-user vs the emulator in wasmtime, interpreted and translated (ratios), and emulator MIPS
	bash script/install-apt.sh deps/apt-bench.txt
	$(GO) test ./engine -run '^$$' -bench X86Suite -benchtime 1x -v -timeout 60m | grep -v '^=== '
	$(GO) test ./emulator -run '^$$' -bench . -benchtime 1x

TEST_PREREQS += emulator-corpus emulator-wasm
# bin/operator and bin/blockless look for ../build/emulator/x86emu.wasm.
BUILD_TARGETS += emulator-wasm
