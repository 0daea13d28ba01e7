/* Hand-written merge sort, heap sort, insertion sort, quicksort; checked. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define N 3000
static void msort(int *a, int *t, int n) {
  if (n < 2) return;
  int m = n / 2; msort(a, t, m); msort(a + m, t, n - m);
  int i = 0, j = m, k = 0;
  while (i < m && j < n) t[k++] = a[i] <= a[j] ? a[i++] : a[j++];
  while (i < m) t[k++] = a[i++];
  while (j < n) t[k++] = a[j++];
  memcpy(a, t, n * sizeof *a);
}
static void sift(int *a, int i, int n) {
  for (;;) { int l = 2*i+1, r = l+1, m = i;
    if (l < n && a[l] > a[m]) m = l; if (r < n && a[r] > a[m]) m = r;
    if (m == i) return; int t = a[i]; a[i] = a[m]; a[m] = t; i = m; }
}
static void hsort(int *a, int n) {
  for (int i = n/2-1; i >= 0; i--) sift(a, i, n);
  for (int e = n-1; e > 0; e--) { int t = a[0]; a[0] = a[e]; a[e] = t; sift(a, 0, e); }
}
static void isort(int *a, int n) { for (int i = 1; i < n; i++) { int v = a[i], j = i; while (j > 0 && a[j-1] > v) { a[j] = a[j-1]; j--; } a[j] = v; } }
static void qs(int *a, int lo, int hi) {
  if (lo >= hi) return; int p = a[(lo+hi)/2], i = lo, j = hi;
  while (i <= j) { while (a[i] < p) i++; while (a[j] > p) j--; if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; } }
  qs(a, lo, j); qs(a, i, hi);
}
static unsigned long check(int *a, int n) { unsigned long h = 0; for (int i = 0; i < n; i++) { if (i && a[i-1] > a[i]) return 0; h = h * 31 + (unsigned)a[i]; } return h; }
int main(void) {
  static int src[N], a[N], t[N]; unsigned s = 7;
  for (int i = 0; i < N; i++) { s ^= s << 13; s ^= s >> 17; s ^= s << 5; src[i] = (int)(s % 20011) - 10000; }
  memcpy(a, src, sizeof a); msort(a, t, N); printf("merge %lx\n", check(a, N));
  memcpy(a, src, sizeof a); hsort(a, N); printf("heap %lx\n", check(a, N));
  memcpy(a, src, sizeof a); isort(a, N); printf("insertion %lx\n", check(a, N));
  memcpy(a, src, sizeof a); qs(a, 0, N-1); printf("quick %lx\n", check(a, N));
  return 0;
}
