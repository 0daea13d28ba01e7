/* runtime.c: a Python function as a WASI command. CPython 3.11 (built for
 * wasm32-wasi by mk/python.mk, with its standard library frozen into the
 * binary) runs the script compiled into the module (script.h, made from the
 * .py file) as __main__. A script uses Python as usual:
 *
 *   sys.stdin.read()      the task input (sys.stdin.buffer for bytes)
 *   sys.argv[1:]          the arguments
 *   print / sys.stdout    the output; sys.exit(code) the exit status
 *   import blockless      HTTP through blockless_http (docs/http.md):
 *     blockless.get(url, rule="identical")          -> Response
 *     blockless.request(url, method="GET", headers=None, body=None, rule="identical")
 *     blockless.median(path)                         -> the rule "median:" + path
 *     Response.status, .body (bytes), .text, .json()
 *     blockless.HTTPError (an OSError with .errno) when a call got no response
 *
 * The interpreter is configured for determinism and the sandbox: isolated
 * (no environment variables, no site, no user directories, no sys.path on
 * the filesystem: every import is a frozen module), UTF-8 mode, string
 * hashing with a fixed seed (set and dict order is the same on every
 * operator), no .pyc writes.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <stdlib.h>

#include "bhttp.h"
#include SCRIPT_H

/* _blockless.request(json: str) -> (status, body: bytes); raises
 * OSError(errno, message) when the call got no response. */
static PyObject *bl_request(PyObject *self, PyObject *arg) {
  Py_ssize_t len;
  const char *req = PyUnicode_AsUTF8AndSize(arg, &len);
  if (!req) return NULL;
  if (len > UINT32_MAX) return PyErr_Format(PyExc_ValueError, "request of %zd bytes is too large", len);
  uint32_t out[2];
  int e = bhttp_request_raw(req, (uint32_t)len, out);
  PyObject *body = NULL;
  if (!e) {
    body = PyBytes_FromStringAndSize(NULL, out[1]);
    if (!body) return NULL;
    uint32_t n = 0;
    if (out[1] > 0) e = bhttp_read_body_raw((uint8_t *)PyBytes_AS_STRING(body), out[1], &n);
    if (!e && n != out[1] && _PyBytes_Resize(&body, n) < 0) return NULL;
  }
  if (e) {
    Py_XDECREF(body);
    PyObject *err = Py_BuildValue("(is)", e, bhttp_strerror(e));
    if (err) PyErr_SetObject(PyExc_OSError, err);
    Py_XDECREF(err);
    return NULL;
  }
  return Py_BuildValue("(IN)", out[0], body);
}

static PyMethodDef bl_methods[] = {
    {"request", bl_request, METH_O, "request(json) -> (status, body): one call through blockless_http"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef bl_module = {PyModuleDef_HEAD_INIT, "_blockless", NULL, -1, bl_methods};

static PyObject *init_blockless(void) { return PyModule_Create(&bl_module); }

/* The `blockless` module a script imports, built on _blockless. */
static const char prelude[] =
    "import sys as _sys\n"
    "def _make():\n"
    "    # json and base64 are imported on first use: a script that makes no\n"
    "    # call does not pay for them at start-up.\n"
    "    m = type(_sys)('blockless')\n"
    "    class HTTPError(OSError):\n"
    "        pass\n"
    "    class Response:\n"
    "        def __init__(self, status, body):\n"
    "            self.status, self.body = status, body\n"
    "        @property\n"
    "        def text(self):\n"
    "            return self.body.decode('utf-8', 'replace')\n"
    "        def json(self):\n"
    "            import json\n"
    "            return json.loads(self.body)\n"
    "        def __repr__(self):\n"
    "            return f'<Response {self.status}, {len(self.body)} bytes>'\n"
    "    def request(url, method='GET', headers=None, body=None, rule='identical'):\n"
    "        import base64, json, _blockless\n"
    "        r = {'method': method, 'url': url, 'rule': rule}\n"
    "        if headers:\n"
    "            r['headers'] = dict(headers)\n"
    "        if isinstance(body, str):\n"
    "            r['body'] = body\n"
    "        elif body is not None:\n"
    "            r['body_base64'] = base64.b64encode(bytes(body)).decode()\n"
    "        try:\n"
    "            status, data = _blockless.request(json.dumps(r))\n"
    "        except OSError as e:\n"
    "            raise HTTPError(e.errno, e.strerror) from None\n"
    "        return Response(status, data)\n"
    "    m.HTTPError, m.Response, m.request = HTTPError, Response, request\n"
    "    m.get = lambda url, rule='identical': request(url, rule=rule)\n"
    "    m.median = lambda path: 'median:' + path\n"
    "    _sys.modules['blockless'] = m\n"
    "_make()\n"
    "del _make, _sys\n";

static int fail(PyStatus st) {
  if (PyStatus_IsExit(st)) return st.exitcode;
  fprintf(stderr, "python: %s%s%s\n", st.func ? st.func : "", st.func ? ": " : "", st.err_msg ? st.err_msg : "failed");
  return 1;
}

/* Runs src as __main__ code named name; returns 0, or prints the exception
 * (SystemExit exits with its code) and returns 1. */
static int run(const char *src, const char *name, PyObject *globals) {
  PyObject *code = Py_CompileString(src, name, Py_file_input);
  PyObject *r = code ? PyEval_EvalCode(code, globals, globals) : NULL;
  Py_XDECREF(code);
  if (!r) {
    PyErr_Print();
    return 1;
  }
  Py_DECREF(r);
  return 0;
}

int main(int argc, char **argv) {
  PyPreConfig pre;
  PyPreConfig_InitIsolatedConfig(&pre);
  pre.utf8_mode = 1;
  PyStatus st = Py_PreInitialize(&pre);
  if (PyStatus_Exception(st)) return fail(st);
  if (PyImport_AppendInittab("_blockless", init_blockless) < 0) return 1;

  PyConfig cfg;
  PyConfig_InitIsolatedConfig(&cfg);
  cfg.site_import = 0;
  cfg.write_bytecode = 0;
  cfg.pathconfig_warnings = 0;
  cfg.install_signal_handlers = 0;
  cfg.use_hash_seed = 1;
  cfg.hash_seed = 0;
  cfg.module_search_paths_set = 1; /* empty: frozen modules only */
  cfg.parse_argv = 0;
  st = PyConfig_SetBytesArgv(&cfg, argc, argv);
  if (!PyStatus_Exception(st)) st = Py_InitializeFromConfig(&cfg);
  PyConfig_Clear(&cfg);
  if (PyStatus_Exception(st)) return fail(st);

  PyObject *main_mod = PyImport_AddModule("__main__"); /* borrowed */
  PyObject *globals = main_mod ? PyModule_GetDict(main_mod) : NULL;
  int rc = !globals || run(prelude, "<blockless>", globals) || run((const char *)script, SCRIPT_NAME, globals);
  if (Py_FinalizeEx() < 0 && rc == 0) rc = 120; /* stdout could not be flushed, as python(1) does */
  return rc;
}
