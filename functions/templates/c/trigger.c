/* {{.Name}}: an automation trigger. stdin: the source URL on the first line,
 * the condition OP NUMBER on the second (OP one of < <= > >= == !=). The
 * source answers JSON with an integer "price", fetched under the rule
 * median:price. stdout: "true\n" or "false\n". Exit 1 on malformed input,
 * 2 when the source gives no price. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bhttp.h"
#include "price.h"

int main(void) {
  char url[4096], cond[256], op[4];
  long long want;
  if (!fgets(url, sizeof url, stdin) || !fgets(cond, sizeof cond, stdin) ||
      sscanf(cond, "%3s %lld", op, &want) != 2) {
    fprintf(stderr, "{{.Name}}: want the URL and the condition OP NUMBER on two lines\n");
    return 1;
  }
  url[strcspn(url, "\r\n")] = 0;
  bhttp_response r;
  int e = bhttp_get(url, "median:price", &r);
  int64_t p;
  if (e || r.status != 200 || parse_price((const char *)r.body, &p) != 0) {
    fprintf(stderr, "{{.Name}}: %s: %s\n", url, e ? bhttp_strerror(e) : "no price");
    return 2;
  }
  bhttp_free(&r);
  int ok;
  if (!strcmp(op, "<")) ok = p < want;
  else if (!strcmp(op, "<=")) ok = p <= want;
  else if (!strcmp(op, ">")) ok = p > want;
  else if (!strcmp(op, ">=")) ok = p >= want;
  else if (!strcmp(op, "==")) ok = p == want;
  else if (!strcmp(op, "!=")) ok = p != want;
  else {
    fprintf(stderr, "{{.Name}}: unknown operator %s\n", op);
    return 1;
  }
  puts(ok ? "true" : "false");
  return 0;
}
