/* bhttp.h: HTTP calls from a C function through the blockless_http host
 * module (header only; see docs/http.md for the protocol).
 *
 *   int bhttp_get(const char *url, const char *rule, bhttp_response *r);
 *
 * rule is "identical" (NULL means that), "majority" or "median:PATH".
 * Returns 0 with r->status and r->body (malloc'd, r->len bytes, NUL
 * terminated for convenience) filled, or an errno of the host module
 * (BHTTP_E*), which bhttp_strerror names. Free the body with bhttp_free.
 */
#ifndef BHTTP_H
#define BHTTP_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define BHTTP_EINVALID 1     /* malformed request */
#define BHTTP_EHOST 2        /* host not declared by the function */
#define BHTTP_EREFUSED 3     /* destination refused (private address, bad redirect) */
#define BHTTP_EQUOTA 4       /* too many calls in this task */
#define BHTTP_ETOOLARGE 5    /* response body too large */
#define BHTTP_ETIMEOUT 6     /* no response in time */
#define BHTTP_ENETWORK 7     /* connection failed */
#define BHTTP_ENOAGREEMENT 8 /* operators saw different responses */

__attribute__((import_module("blockless_http"), import_name("request"))) int32_t
bhttp_request_raw(const char *req, uint32_t len, uint32_t out[2]);
__attribute__((import_module("blockless_http"), import_name("read_body"))) int32_t
bhttp_read_body_raw(uint8_t *buf, uint32_t len, uint32_t *n);

typedef struct {
  int status;
  uint8_t *body;
  size_t len;
} bhttp_response;

static inline const char *bhttp_strerror(int e) {
  switch (e) {
  case BHTTP_EINVALID: return "invalid request";
  case BHTTP_EHOST: return "host not declared by the function";
  case BHTTP_EREFUSED: return "destination refused";
  case BHTTP_EQUOTA: return "too many HTTP calls";
  case BHTTP_ETOOLARGE: return "response too large";
  case BHTTP_ETIMEOUT: return "timeout";
  case BHTTP_ENETWORK: return "network error";
  case BHTTP_ENOAGREEMENT: return "operators saw different responses";
  default: return "blockless_http error";
  }
}

/* bhttp_json_string appends s as a JSON string to out (which has room for
 * 6*strlen(s)+3 bytes) and returns the new end. */
static inline char *bhttp_json_string(char *out, const char *s) {
  static const char hex[] = "0123456789abcdef";
  *out++ = '"';
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == '"' || c == '\\') {
      *out++ = '\\';
      *out++ = (char)c;
    } else if (c < 0x20) {
      memcpy(out, "\\u00", 4);
      out[4] = hex[c >> 4];
      out[5] = hex[c & 15];
      out += 6;
    } else {
      *out++ = (char)c;
    }
  }
  *out++ = '"';
  return out;
}

static inline int bhttp_get(const char *url, const char *rule, bhttp_response *r) {
  if (!rule) rule = "identical";
  size_t cap = 6 * (strlen(url) + strlen(rule)) + 32;
  char *req = malloc(cap), *p = req;
  if (!req) return BHTTP_EINVALID;
  p = bhttp_json_string(p + sprintf(p, "{\"url\":"), url);
  p = bhttp_json_string(p + sprintf(p, ",\"rule\":"), rule);
  *p++ = '}';
  uint32_t out[2];
  int e = bhttp_request_raw(req, (uint32_t)(p - req), out);
  free(req);
  if (e) return e;
  r->status = (int)out[0];
  r->len = out[1];
  r->body = malloc(r->len + 1);
  if (!r->body) return BHTTP_ETOOLARGE;
  uint32_t n = 0;
  if (r->len && (e = bhttp_read_body_raw(r->body, out[1], &n)) != 0) {
    free(r->body);
    return e;
  }
  r->body[r->len] = 0;
  return 0;
}

static inline void bhttp_free(bhttp_response *r) {
  free(r->body);
  r->body = NULL;
}

#endif
