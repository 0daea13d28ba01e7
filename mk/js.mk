# JavaScript functions: QuickJS (from Debian's source package, fetched and
# pinned by script/fetch-quickjs.sh) compiled to wasm32-wasi once, linked
# with functions/js/runtime.c and the script as bytes (see runtime.c for
# the globals a script gets). Included by the root Makefile.

# Built once per machine, outside the tree (like Go's build cache): every
# `make functions FN_OUT=...` (the tests use temporary ones) shares it.
# Keyed by the fetch scripts' digest, so changed patches build anew.
QJS_DIR   ?= $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/blockless/quickjs-2025.04.26-$(shell cat script/fetch-quickjs.sh script/debian-source.sh | sha256sum | cut -c1-12)
QJS_SRC   := $(QJS_DIR)/src
QJS_UNITS := quickjs libregexp libunicode cutils dtoa
QJS_OBJ   := $(QJS_UNITS:%=$(QJS_DIR)/%.o)
JS_CFLAGS := --target=wasm32-wasi -O2
# A 1 MiB stack: QuickJS's parser recurses deeply (the wasm default, 64 KiB, fails any script).
JS_LDFLAGS := -lm -Wl,--strip-all -Wl,-z,stack-size=1048576

$(QJS_SRC)/quickjs.c:
	bash script/fetch-quickjs.sh $(QJS_SRC)

$(QJS_DIR)/%.o: $(QJS_SRC)/quickjs.c | engine-toolchain-check
	$(WASI_CC) $(JS_CFLAGS) -D_GNU_SOURCE -DCONFIG_VERSION='"2025-04-26"' -I$(QJS_SRC) -c $(QJS_SRC)/$*.c -o $@

# The script as a C array, NUL-terminated (QuickJS and CPython parse a C
# string); also used by mk/python.mk. $(1): the script, $(2): the header.
define script_header
	{ echo 'static const unsigned char script[] = {'; { cat $(1); printf '\0'; } | xxd -i; echo '};'; } > $(2)
endef

# $(1): the .js file, $(2): the module, $(3): the name errors show.
define js_link
	$(call script_header,$(1),$(2).h)
	$(WASI_CC) $(JS_CFLAGS) -Wall -Werror -I$(QJS_SRC) -Ifunctions/c -DSCRIPT_H='"$(abspath $(2)).h"' \
		-DSCRIPT_NAME='"$(notdir $(3))"' -o $(2) functions/js/runtime.c $(QJS_OBJ) $(JS_LDFLAGS)
	@rm -f $(2).h
endef

# TypeScript: esbuild (npm) strips the types and bundles the file's imports
# into one script; it does not type-check (functions/js/blockless.d.ts
# declares the globals for editors and tsc).
ESBUILD := node_modules/.bin/esbuild
define ts_to_js
	$(ESBUILD) $(abspath $(1)) --bundle --format=iife --target=es2023 --platform=neutral --log-level=warning --outfile=$(abspath $(2))
endef

$(FN_OUT)/js/%.wasm: functions/js/%.js functions/js/runtime.c functions/c/bhttp.h $(QJS_OBJ)
	@mkdir -p $(@D)
	$(call js_link,$<,$@,$<)

$(FN_OUT)/ts/%.wasm: functions/ts/%.ts functions/js/runtime.c functions/c/bhttp.h $(QJS_OBJ) .stamps/npm
	@mkdir -p $(@D)
	$(call ts_to_js,$<,$@.js)
	$(call js_link,$@.js,$@,$<)
	@rm -f $@.js

# Any script, e.g. from `blockless function new --lang js|ts`:
# make js-function JS=app.js OUT=app.wasm (or JS=app.ts)
.PHONY: js-function
js-function: $(QJS_OBJ) .stamps/npm
	@test -n "$(JS)" -a -n "$(OUT)" || { echo "usage: make js-function JS=FILE.js|FILE.ts OUT=FILE.wasm" >&2; exit 2; }
ifneq ($(filter %.ts,$(JS)),)
	$(call ts_to_js,$(JS),$(OUT).js)
	$(call js_link,$(OUT).js,$(OUT),$(JS))
	@rm -f $(OUT).js
else
	$(call js_link,$(JS),$(OUT),$(JS))
endif
