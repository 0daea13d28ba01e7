/* httpget: fetch one URL (the fetch template in C).
 *
 * Input (stdin): the URL on the first line. Args: the agreement rule
 * (default "identical"; "majority" or "median:PATH").
 * Output: the HTTP status, a newline, the agreed body. Exit 3 (with the
 * reason on stderr) when the call got no response; 1 on bad input.
 * The same formats as functions/rust/httpget.rs and functions/as/httpget.ts.
 */
#include <stdio.h>
#include <string.h>

#include "bhttp.h"

int main(int argc, char **argv) {
  char url[4096];
  if (!fgets(url, sizeof url, stdin)) {
    fprintf(stderr, "httpget: no URL on stdin\n");
    return 1;
  }
  url[strcspn(url, "\r\n")] = 0;
  bhttp_response r;
  int e = bhttp_get(url, argc > 1 ? argv[1] : NULL, &r);
  if (e) {
    fprintf(stderr, "httpget: %s: %s\n", url, bhttp_strerror(e));
    return 3;
  }
  printf("%d\n", r.status);
  fwrite(r.body, 1, r.len, stdout);
  bhttp_free(&r);
  return 0;
}
