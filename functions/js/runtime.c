/* runtime.c: a JavaScript function as a WASI command. QuickJS runs the
 * script compiled into the module (script.h, made from the .js file by
 * mk/js.mk) with these globals:
 *
 *   stdin           all of the task input, as a string
 *   args            the arguments after argv[0], an array of strings
 *   print(...)      writes its arguments, space-separated, and a newline to stdout
 *   console.log     the same; console.error writes to stderr
 *   write(s)        writes s to stdout as is (UTF-8)
 *   writeBytes(a)   writes the bytes of a Uint8Array (or ArrayBuffer) to stdout
 *   exit(code)      ends the function with that exit status
 *   http.request({method, url, headers, body, rule})
 *   http.get(url, rule)   -> {status, body}: an HTTP call through
 *                   blockless_http (docs/http.md), body as text; throws an
 *                   Error with .errno when the call got no response
 *   http.median(path)     -> the rule "median:" + path
 *
 * An uncaught exception prints it to stderr and exits 1.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bhttp.h"
#include "quickjs.h"
#include SCRIPT_H

static JSValue write_values(JSContext *ctx, FILE *f, int argc, JSValueConst *argv, int newline) {
  for (int i = 0; i < argc; i++) {
    size_t len;
    const char *s = JS_ToCStringLen(ctx, &len, argv[i]);
    if (!s) return JS_EXCEPTION;
    if (i) fputc(' ', f);
    fwrite(s, 1, len, f);
    JS_FreeCString(ctx, s);
  }
  if (newline) fputc('\n', f);
  return JS_UNDEFINED;
}

static JSValue js_print(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv) {
  return write_values(ctx, stdout, argc, argv, 1);
}

static JSValue js_error(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv) {
  return write_values(ctx, stderr, argc, argv, 1);
}

static JSValue js_write(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv) {
  return write_values(ctx, stdout, argc > 0 ? 1 : 0, argv, 0);
}

static JSValue js_write_bytes(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv) {
  if (argc < 1) return JS_ThrowTypeError(ctx, "writeBytes needs a Uint8Array");
  size_t off = 0, len = 0, bpe = 1, size = 0;
  JSValue ab = JS_GetTypedArrayBuffer(ctx, argv[0], &off, &len, &bpe);
  uint8_t *p;
  if (JS_IsException(ab)) {
    JS_FreeValue(ctx, JS_GetException(ctx)); /* not a typed array: an ArrayBuffer? */
    p = JS_GetArrayBuffer(ctx, &size, argv[0]);
    if (!p) return JS_EXCEPTION;
    off = 0;
    len = size;
  } else {
    p = JS_GetArrayBuffer(ctx, &size, ab);
    JS_FreeValue(ctx, ab);
    if (!p) return JS_EXCEPTION;
  }
  fwrite(p + off, 1, len, stdout);
  return JS_UNDEFINED;
}

static JSValue js_exit(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv) {
  int code = 0;
  if (argc > 0) JS_ToInt32(ctx, &code, argv[0]);
  fflush(stdout);
  fflush(stderr);
  exit(code);
}

/* http.request(obj): the request is the object as JSON, which is the
 * host module's format. */
static JSValue js_http_request(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv) {
  if (argc < 1) return JS_ThrowTypeError(ctx, "http.request needs a request object");
  JSValue json = JS_JSONStringify(ctx, argv[0], JS_UNDEFINED, JS_UNDEFINED);
  if (JS_IsException(json)) return json;
  size_t len;
  const char *req = JS_ToCStringLen(ctx, &len, json);
  JS_FreeValue(ctx, json);
  if (!req) return JS_EXCEPTION;
  uint32_t out[2];
  int e = bhttp_request_raw(req, (uint32_t)len, out);
  JS_FreeCString(ctx, req);
  uint8_t *body = NULL;
  uint32_t n = 0;
  if (!e && out[1] > 0) {
    body = malloc(out[1]);
    if (!body) return JS_ThrowOutOfMemory(ctx);
    e = bhttp_read_body_raw(body, out[1], &n);
  }
  if (e) {
    free(body);
    JSValue err = JS_NewError(ctx);
    JS_SetPropertyStr(ctx, err, "message", JS_NewString(ctx, bhttp_strerror(e)));
    JS_SetPropertyStr(ctx, err, "errno", JS_NewInt32(ctx, e));
    return JS_Throw(ctx, err);
  }
  JSValue res = JS_NewObject(ctx);
  JS_SetPropertyStr(ctx, res, "status", JS_NewInt32(ctx, (int32_t)out[0]));
  JS_SetPropertyStr(ctx, res, "body", JS_NewStringLen(ctx, (const char *)body, n));
  free(body);
  return res;
}

static const char prelude[] =
    "http.get = (url, rule) => http.request({url: url, rule: rule || 'identical'});\n"
    "http.median = (path) => 'median:' + path;\n";

static int report(JSContext *ctx) {
  fflush(stdout);
  JSValue e = JS_GetException(ctx);
  const char *s = JS_ToCString(ctx, e);
  fprintf(stderr, "%s\n", s ? s : "exception");
  if (s) JS_FreeCString(ctx, s);
  JSValue st = JS_GetPropertyStr(ctx, e, "stack");
  if (!JS_IsUndefined(st)) {
    const char *t = JS_ToCString(ctx, st);
    if (t) {
      fputs(t, stderr);
      JS_FreeCString(ctx, t);
    }
  }
  JS_FreeValue(ctx, st);
  JS_FreeValue(ctx, e);
  return 1;
}

int main(int argc, char **argv) {
  size_t cap = 1 << 16, len = 0, n;
  char *buf = malloc(cap);
  while (buf && (n = fread(buf + len, 1, cap - len, stdin)) > 0) {
    len += n;
    if (len == cap) buf = realloc(buf, cap *= 2);
  }
  if (!buf) {
    fputs("out of memory reading stdin\n", stderr);
    return 1;
  }
  JSRuntime *rt = JS_NewRuntime();
  /* Below the 1 MiB wasm stack the module is linked with: deep recursion
     throws a catchable InternalError instead of trapping. */
  JS_SetMaxStackSize(rt, 256 * 1024);
  JSContext *ctx = JS_NewContext(rt);
  JSValue g = JS_GetGlobalObject(ctx);
  JS_SetPropertyStr(ctx, g, "stdin", JS_NewStringLen(ctx, buf, len));
  free(buf);
  JSValue a = JS_NewArray(ctx);
  for (int i = 1; i < argc; i++) JS_SetPropertyUint32(ctx, a, (uint32_t)(i - 1), JS_NewString(ctx, argv[i]));
  JS_SetPropertyStr(ctx, g, "args", a);
  JS_SetPropertyStr(ctx, g, "print", JS_NewCFunction(ctx, js_print, "print", 1));
  JSValue console = JS_NewObject(ctx);
  JS_SetPropertyStr(ctx, console, "log", JS_NewCFunction(ctx, js_print, "log", 1));
  JS_SetPropertyStr(ctx, console, "error", JS_NewCFunction(ctx, js_error, "error", 1));
  JS_SetPropertyStr(ctx, g, "console", console);
  JS_SetPropertyStr(ctx, g, "write", JS_NewCFunction(ctx, js_write, "write", 1));
  JS_SetPropertyStr(ctx, g, "writeBytes", JS_NewCFunction(ctx, js_write_bytes, "writeBytes", 1));
  JS_SetPropertyStr(ctx, g, "exit", JS_NewCFunction(ctx, js_exit, "exit", 1));
  JSValue http = JS_NewObject(ctx);
  JS_SetPropertyStr(ctx, http, "request", JS_NewCFunction(ctx, js_http_request, "request", 1));
  JS_SetPropertyStr(ctx, g, "http", http);
  JS_FreeValue(ctx, g);
  JSValue r = JS_Eval(ctx, prelude, sizeof prelude - 1, "<prelude>", JS_EVAL_TYPE_GLOBAL);
  if (JS_IsException(r)) return report(ctx);
  JS_FreeValue(ctx, r);
  r = JS_Eval(ctx, (const char *)script, sizeof script - 1, SCRIPT_NAME, JS_EVAL_TYPE_GLOBAL);
  if (JS_IsException(r)) return report(ctx);
  JS_FreeValue(ctx, r);
  /* Promise jobs: async functions run to completion. */
  JSContext *job;
  int ok;
  while ((ok = JS_ExecutePendingJob(rt, &job)) > 0) {
  }
  if (ok < 0) return report(job);
  fflush(stdout);
  return 0;
}
