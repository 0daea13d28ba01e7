/* Many malloc/realloc/free of mixed sizes; contents verified. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define SLOTS 512
int main(void) {
  static unsigned char *p[SLOTS]; static size_t sz[SLOTS];
  unsigned s = 99; unsigned long check = 0;
  for (int it = 0; it < 3000; it++) {
    s = s * 1103515245u + 12345u; int i = (s >> 8) % SLOTS;
    s = s * 1103515245u + 12345u; size_t n = (s >> 4) % ((s & 1024) ? 12000 : 300) + 1;
    if (p[i]) {
      for (size_t k = 0; k < sz[i]; k += 97) if (p[i][k] != (unsigned char)(i + k)) { printf("corrupt\n"); return 1; }
      if (s & 2) { free(p[i]); p[i] = NULL; continue; }
      p[i] = realloc(p[i], n); size_t old = sz[i]; sz[i] = n;
      for (size_t k = old; k < n; k++) p[i][k] = (unsigned char)(i + k);
      if (n < old) check += n;
    } else {
      p[i] = (s & 4) ? calloc(n, 1) : malloc(n); sz[i] = n;
      for (size_t k = 0; k < n; k++) p[i][k] = (unsigned char)(i + k);
    }
    check += n;
  }
  for (int i = 0; i < SLOTS; i++) free(p[i]);
  printf("check=%lu\n", check);
  void *big = malloc(8 << 20); memset(big, 1, 8 << 20); printf("big %d\n", ((char*)big)[1234567]); free(big);
  return 0;
}
