/* Function pointers, callbacks, dispatch tables, indirect calls. */
#include <stdio.h>
typedef long (*op)(long, long);
static long add(long a, long b) { return a + b; } static long sub(long a, long b) { return a - b; }
static long mul(long a, long b) { return a * b; } static long dv(long a, long b) { return b ? a / b : 0; }
static long md(long a, long b) { return b ? a % b : 0; }
static void each(const long *v, int n, void (*f)(long, void*), void *ctx) { for (int i = 0; i < n; i++) f(v[i], ctx); }
static void acc(long x, void *c) { *(long*)c += x * x; }
int main(void) {
  op ops[] = {add, sub, mul, dv, md}; long r = 1;
  for (int i = 0; i < 10000; i++) r = ops[i % 5](r, i + 3) & 0xffffffff;
  printf("r=%ld\n", r);
  long v[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, s = 0; each(v, 10, acc, &s); printf("s=%ld\n", s);
  return 0;
}
