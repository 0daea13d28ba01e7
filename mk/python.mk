# Python functions: CPython 3.11 (from Debian's source package, fetched,
# pinned and built for wasm32-wasi with its standard library frozen in by
# script/build-cpython.sh) linked with functions/python/runtime.c and the
# script as bytes (see runtime.c for what a script gets). Included by the
# root Makefile.

# Built once per machine, outside the tree (like Go's build cache): every
# `make functions FN_OUT=...` (the tests use temporary ones) shares it.
# Keyed by the build scripts' digest: a changed recipe (say, more frozen
# modules) builds anew instead of reusing a stale cache.
PY_DIR    ?= $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/blockless/cpython-3.11.2-$(shell cat script/build-cpython.sh script/debian-source.sh | sha256sum | cut -c1-12)
PY_BUILD  := $(PY_DIR)/build
PY_LIBS   := $(PY_BUILD)/libpython3.11.a $(PY_BUILD)/Modules/_decimal/libmpdec/libmpdec.a $(PY_BUILD)/Modules/expat/libexpat.a
PY_CFLAGS := --target=wasm32-wasi -O2 -I$(PY_DIR)/src/Include -I$(PY_BUILD)
# CPython's own link flags for WASI: a 512 KiB stack first in memory (an
# overflow traps instead of corrupting data) and its emulated POSIX parts.
PY_LDFLAGS := -lwasi-emulated-signal -lwasi-emulated-getpid -lwasi-emulated-process-clocks -lm \
	-Wl,-z,stack-size=524288 -Wl,--stack-first -Wl,--initial-memory=10485760 -Wl,--strip-all

$(PY_BUILD)/libpython3.11.a: | engine-toolchain-check
	WASI_CC=$(WASI_CC) bash script/build-cpython.sh $(PY_DIR)

# The script as a C array (script_header, mk/js.mk), linked with the runtime.
define py_link
	$(call script_header,$(1),$(2).h)
	$(WASI_CC) $(PY_CFLAGS) -Wall -Werror -Ifunctions/c -DSCRIPT_H='"$(abspath $(2)).h"' \
		-DSCRIPT_NAME='"$(notdir $(1))"' -o $(2) functions/python/runtime.c $(PY_LIBS) $(PY_LDFLAGS)
	@rm -f $(2).h
endef

$(FN_OUT)/python/%.wasm: functions/python/%.py functions/python/runtime.c functions/c/bhttp.h $(PY_BUILD)/libpython3.11.a
	@mkdir -p $(@D)
	$(call py_link,$<,$@)

# Any script, e.g. from `blockless function new --lang python`: make py-function PY=app.py OUT=app.wasm
.PHONY: py-function
py-function: $(PY_BUILD)/libpython3.11.a
	@test -n "$(PY)" -a -n "$(OUT)" || { echo "usage: make py-function PY=FILE.py OUT=FILE.wasm" >&2; exit 2; }
	$(call py_link,$(PY),$(OUT))
