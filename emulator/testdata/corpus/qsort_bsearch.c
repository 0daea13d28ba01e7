/* qsort and bsearch over ints, strings and structs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static int cmpint(const void *a, const void *b) { int x = *(const int*)a, y = *(const int*)b; return (x > y) - (x < y); }
static int cmpstr(const void *a, const void *b) { return strcmp(*(char *const*)a, *(char *const*)b); }
struct rec { int key; double val; char name[12]; };
static int cmprec(const void *a, const void *b) {
  const struct rec *x = a, *y = b;
  if (x->val != y->val) return x->val < y->val ? -1 : 1;
  return x->key - y->key;
}
int main(void) {
  int a[5000]; unsigned s = 1;
  for (int i = 0; i < 5000; i++) { s = s * 1664525u + 1013904223u; a[i] = (int)(s >> 8) % 100000 - 50000; }
  qsort(a, 5000, sizeof a[0], cmpint);
  long sum = 0; for (int i = 0; i < 5000; i += 97) sum += a[i] * (long)i;
  printf("min=%d max=%d sum=%ld\n", a[0], a[4999], sum);
  int found = 0;
  for (int k = -50000; k < 50000; k += 37) found += bsearch(&k, a, 5000, sizeof a[0], cmpint) != NULL;
  printf("found=%d\n", found);
  char *w[] = {"pear", "apple", "fig", "banana", "cherry", "date", "elderberry", "grape"};
  qsort(w, 8, sizeof w[0], cmpstr);
  for (int i = 0; i < 8; i++) printf("%s ", w[i]);
  printf("\n");
  struct rec r[300];
  for (int i = 0; i < 300; i++) { s = s * 1664525u + 1013904223u; r[i].key = i; r[i].val = (s % 1000) / 7.0; snprintf(r[i].name, sizeof r[i].name, "n%d", i); }
  qsort(r, 300, sizeof r[0], cmprec);
  for (int i = 0; i < 300; i += 50) printf("%s %d %.3f\n", r[i].name, r[i].key, r[i].val);
  return 0;
}
