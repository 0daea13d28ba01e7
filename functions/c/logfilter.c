/* logfilter: the event/log filter template (indexer style).
 *
 * Input (stdin): one log per line, whitespace-separated:
 *     BLOCK ADDRESS TOPIC0 [DATA...]
 * e.g. "19000000 0xa0b8...eb48 0xddf2...b3ef 0x00..64". Blank lines and lines
 * starting with # are skipped.
 *
 * Args (all optional, combined with AND):
 *     address=0x...   only logs from this contract (hex compared case-insensitively)
 *     topic=0x...     only logs whose TOPIC0 matches (repeatable: any of them)
 *     from=N to=N     only blocks in [from, to]
 *
 * Output: the matching lines, verbatim, in input order. The count goes to
 * stderr. Exit 1 on a malformed line (reported with its number) or bad args.
 */
#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_TOPICS 16
#define MAX_LINE 65536

static int parse_u64(const char *s, uint64_t *out) {
  char *end;
  if (!isdigit((unsigned char)*s)) return -1;
  errno = 0;
  unsigned long long v = strtoull(s, &end, 10);
  if (errno || *end) return -1;
  *out = v;
  return 0;
}

int main(int argc, char **argv) {
  const char *address = NULL;
  const char *topics[MAX_TOPICS];
  int ntopics = 0;
  uint64_t from = 0, to = UINT64_MAX;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strncmp(a, "address=", 8)) {
      address = a + 8;
    } else if (!strncmp(a, "topic=", 6) && ntopics < MAX_TOPICS) {
      topics[ntopics++] = a + 6;
    } else if (!strncmp(a, "from=", 5) && !parse_u64(a + 5, &from)) {
    } else if (!strncmp(a, "to=", 3) && !parse_u64(a + 3, &to)) {
    } else {
      fprintf(stderr, "logfilter: bad argument %s\n", a);
      return 1;
    }
  }

  static char line[MAX_LINE], copy[MAX_LINE];
  unsigned long lineno = 0, matched = 0;
  while (fgets(line, sizeof line, stdin)) {
    lineno++;
    size_t len = strlen(line);
    if (len == sizeof line - 1 && line[len - 1] != '\n') {
      fprintf(stderr, "logfilter: line %lu longer than %d bytes\n", lineno, MAX_LINE - 2);
      return 1;
    }
    memcpy(copy, line, len + 1);
    char *save = NULL;
    char *blk = strtok_r(copy, " \t\r\n", &save);
    if (!blk || blk[0] == '#') continue;
    char *addr = strtok_r(NULL, " \t\r\n", &save);
    char *topic = strtok_r(NULL, " \t\r\n", &save);
    uint64_t block;
    if (!addr || !topic || parse_u64(blk, &block)) {
      fprintf(stderr, "logfilter: line %lu: want BLOCK ADDRESS TOPIC0 [DATA]\n", lineno);
      return 1;
    }
    if (block < from || block > to) continue;
    if (address && strcasecmp(address, addr)) continue;
    if (ntopics) {
      int any = 0;
      for (int t = 0; t < ntopics && !any; t++) any = !strcasecmp(topics[t], topic);
      if (!any) continue;
    }
    fputs(line, stdout);
    if (line[len - 1] != '\n') putchar('\n');
    matched++;
  }
  fprintf(stderr, "logfilter: %lu of %lu lines matched\n", matched, lineno);
  return 0;
}
