#!/usr/bin/env bash
# Builds CPython for wasm32-wasi into DIR (DIR/build/libpython3.11.a and the
# libraries it needs), for Python functions (mk/python.mk). The sources come
# from Debian's python3.11 source package (script/debian-source.sh: the
# mirror this machine installs from, a pinned sha256). The standard library
# a function can import is frozen into the binary: a function's sandbox has
# no files to import from. Takes about six minutes on two cores; done once
# per machine.
set -euo pipefail
dir=${1:?usage: build-cpython.sh DIR}
version=3.11.2
sha256=2411c74bda5bbcfcddaf4531f66d1adc73f247f529aee981b029513aefdbf849
tarball=python3.11_${version}.orig.tar.gz
# The Python that runs the build's code generators must be the same minor version.
build_python=$(command -v /usr/bin/python3.11 || command -v python3.11) || { echo "build-cpython: python3.11 is needed to build CPython 3.11 for WASI" >&2; exit 1; }
cc=${WASI_CC:-clang}

src=$dir/src
rm -rf "$dir"
bash "$(dirname "$0")/debian-source.sh" python3.11 bookworm "$tarball" "$sha256" "$src"
# Freeze the codecs and a useful part of the standard library (CPython
# freezes only what its own startup needs), then regenerate the frozen
# module tables from the changed list.
"$build_python" - "$src/Tools/scripts/freeze_modules.py" <<'PY'
import sys
p = sys.argv[1]
s = open(p).read()
old = "        #'<encodings.*>',"
assert old in s, "freeze_modules.py: encodings line not found"
s = s.replace(old, "        '<encodings.*>',")
extra = ["<json.*>", "<re.*>", "<collections.*>", "<urllib.*>", "<html.*>", "functools", "keyword",
         "operator", "reprlib", "heapq", "copyreg", "enum", "types", "weakref", "linecache", "tokenize",
         "token", "traceback", "warnings", "contextlib", "string", "bisect", "random", "statistics",
         "fractions", "decimal", "_pydecimal", "numbers", "datetime", "calendar", "copy", "dataclasses",
         "inspect", "dis", "opcode", "ast", "textwrap", "hashlib", "hmac", "secrets", "base64", "struct",
         "locale", "typing", "csv", "pprint", "difflib", "shlex", "fnmatch", "ipaddress"]
anchor = "    (TESTS_SECTION, ["
assert anchor in s, "freeze_modules.py: test section not found"
s = s.replace(anchor, "    ('blockless functions', %r),\n" % extra + anchor, 1)
open(p, "w").write(s)
PY
# CPython 3.11.2's deepfreeze reads the interpreter's static-string table
# from C source without unescaping it: a string holding a backslash, such as
# re's r"\n", matches the entry of the escaped character and is frozen as a
# real newline (re breaks). Such strings are emitted as literals instead.
sed -i 's/^        if s in strings:$/        if s in strings and "\\\\" not in s:/' "$src/Tools/scripts/deepfreeze.py"
grep -q 'if s in strings and "\\\\" not in s:' "$src/Tools/scripts/deepfreeze.py"
(cd "$src" && "$build_python" Tools/scripts/freeze_modules.py)

# clang's own headers and wasi-libc's only: configure must not find the host's.
wasi_cc="$cc --target=wasm32-wasi -nostdinc -isystem $("$cc" -print-resource-dir)/include -isystem /usr/include/wasm32-wasi"
mkdir -p "$dir/build"
cd "$dir/build"
# No debug info (-g): a function links in seconds and its module is smaller.
OPT="-DNDEBUG -fwrapv -O3 -Wall" CC="$wasi_cc" CPP="$wasi_cc -E" AR=llvm-ar RANLIB=llvm-ranlib LDSHARED=wasm-ld PKG_CONFIG_PATH= PKG_CONFIG_LIBDIR=/nonexistent \
  CONFIG_SITE="$src/Tools/wasm/config.site-wasm32-wasi" \
  "$src/configure" -q -C --host=wasm32-unknown-wasi --build=x86_64-pc-linux-gnu --with-build-python="$build_python" \
  --disable-ipv6 --disable-test-modules > configure.log 2>&1 || { tail -30 configure.log >&2; echo "build-cpython: configure failed ($dir/build/configure.log)" >&2; exit 1; }
make -j"$(nproc)" libpython3.11.a Modules/_decimal/libmpdec/libmpdec.a Modules/expat/libexpat.a > make.log 2>&1 \
  || { grep -E 'error' make.log | head -20 >&2; echo "build-cpython: make failed ($dir/build/make.log)" >&2; exit 1; }
echo "CPython $version for wasm32-wasi in $dir/build"
