/* price.h: reads the integer "price" of a JSON body: a number or a string,
 * at the top level (a plain scan, enough for the flat answers of price
 * APIs). Returns 0 and sets *out, or -1. */
#ifndef PRICE_H
#define PRICE_H

#include <stdint.h>
#include <string.h>

static int parse_price(const char *body, int64_t *out) {
  const char *p = strstr(body, "\"price\"");
  if (!p) return -1;
  p += 7;
  while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') p++;
  if (*p++ != ':') return -1;
  while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') p++;
  int quoted = *p == '"';
  if (quoted) p++;
  int neg = *p == '-';
  if (neg) p++;
  if (*p < '0' || *p > '9') return -1;
  int64_t v = 0;
  for (; *p >= '0' && *p <= '9'; p++) {
    if (v > (INT64_MAX - 9) / 10) return -1;
    v = v * 10 + (*p - '0');
  }
  if (quoted && *p != '"') return -1;
  *out = neg ? -v : v;
  return 0;
}

#endif
