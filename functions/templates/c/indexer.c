/* {{.Name}}: an indexer. stdin: the text to match on the first line, then
 * one page URL per line, each fetched under the rule identical. stdout:
 * every line of every page containing the text, in order. Exit 3 when a
 * page cannot be fetched or is not a 200 (no data is skipped silently). */
#include <stdio.h>
#include <string.h>

#include "bhttp.h"

int main(void) {
  char match[1024], url[4096];
  if (!fgets(match, sizeof match, stdin)) {
    fprintf(stderr, "{{.Name}}: want the text to match on the first line\n");
    return 1;
  }
  match[strcspn(match, "\r\n")] = 0;
  if (!match[0]) {
    fprintf(stderr, "{{.Name}}: want the text to match on the first line\n");
    return 1;
  }
  while (fgets(url, sizeof url, stdin)) {
    url[strcspn(url, "\r\n")] = 0;
    if (!url[0]) continue;
    bhttp_response r;
    int e = bhttp_get(url, "identical", &r);
    if (e || r.status != 200) {
      fprintf(stderr, "{{.Name}}: %s: %s\n", url, e ? bhttp_strerror(e) : "not a 200");
      return 3;
    }
    char *line = (char *)r.body, *end = line + r.len;
    while (line < end) {
      char *nl = memchr(line, '\n', (size_t)(end - line));
      size_t len = nl ? (size_t)(nl - line) : (size_t)(end - line);
      char saved = line[len];
      line[len] = 0;
      if (strstr(line, match)) printf("%s\n", line);
      line[len] = saved;
      line += len + 1;
    }
    bhttp_free(&r);
  }
  return 0;
}
