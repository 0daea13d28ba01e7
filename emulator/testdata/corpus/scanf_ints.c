/* scanf of integers from stdin; prints sum, min, max. */
#include <stdio.h>
int main(void) {
  long x, sum = 0, mn = 0, mx = 0; int n = 0;
  while (scanf("%ld", &x) == 1) { if (!n || x < mn) mn = x; if (!n || x > mx) mx = x; sum += x; n++; }
  printf("n=%d sum=%ld min=%ld max=%ld\n", n, sum, mn, mx);
  return n == 0;
}
