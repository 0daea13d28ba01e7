/* Word frequency count of stdin text with a sorted report. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
struct w { char s[32]; int n; }; static struct w ws[2000]; static int nw;
static int cmp(const void *a, const void *b) { const struct w *x = a, *y = b; return y->n != x->n ? y->n - x->n : strcmp(x->s, y->s); }
int main(void) {
  char buf[32]; int len = 0, c;
  while ((c = getchar()) != EOF || len) {
    if (c != EOF && isalpha(c) && len < 31) { buf[len++] = tolower(c); continue; }
    if (len) { buf[len] = 0; int i; for (i = 0; i < nw && strcmp(ws[i].s, buf); i++); if (i == nw) { strcpy(ws[nw++].s, buf); } ws[i].n++; len = 0; }
    if (c == EOF) break;
  }
  qsort(ws, nw, sizeof ws[0], cmp);
  for (int i = 0; i < nw && i < 10; i++) printf("%3d %s\n", ws[i].n, ws[i].s);
  printf("distinct=%d\n", nw);
  return 0;
}
