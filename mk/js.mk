# JavaScript functions: QuickJS (from Debian's source package, fetched and
# pinned by script/fetch-quickjs.sh) compiled to wasm32-wasi once, linked
# with functions/js/runtime.c and the script as bytes (see runtime.c for
# the globals a script gets). Included by the root Makefile.

# Built once per machine, outside the tree (like Go's build cache): every
# `make functions FN_OUT=...` (the tests use temporary ones) shares it.
QJS_DIR   ?= $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/blockless/quickjs-2025.04.26
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

# The script as a C array (NUL-terminated: QuickJS parses a C string).
$(FN_OUT)/js/%.wasm: functions/js/%.js functions/js/runtime.c functions/c/bhttp.h $(QJS_OBJ)
	@mkdir -p $(@D)
	{ echo 'static const unsigned char script[] = {'; { cat $<; printf '\0'; } | xxd -i; echo '};'; } > $@.h
	$(WASI_CC) $(JS_CFLAGS) -Wall -Werror -I$(QJS_SRC) -Ifunctions/c -DSCRIPT_H='"$(abspath $@.h)"' \
		-DSCRIPT_NAME='"$(notdir $<)"' -o $@ functions/js/runtime.c $(QJS_OBJ) $(JS_LDFLAGS)
	@rm -f $@.h

# Any script, e.g. from `blockless function new --lang js`: make js-function JS=app.js OUT=app.wasm
.PHONY: js-function
js-function: $(QJS_OBJ)
	@test -n "$(JS)" -a -n "$(OUT)" || { echo "usage: make js-function JS=FILE.js OUT=FILE.wasm" >&2; exit 2; }
	{ echo 'static const unsigned char script[] = {'; { cat $(JS); printf '\0'; } | xxd -i; echo '};'; } > $(OUT).h
	$(WASI_CC) $(JS_CFLAGS) -Wall -Werror -I$(QJS_SRC) -Ifunctions/c -DSCRIPT_H='"$(abspath $(OUT)).h"' \
		-DSCRIPT_NAME='"$(notdir $(JS))"' -o $(OUT) functions/js/runtime.c $(QJS_OBJ) $(JS_LDFLAGS)
	@rm -f $(OUT).h
