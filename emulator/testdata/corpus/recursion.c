/* Deep and branching recursion: ackermann, hanoi, fib, permutations. */
#include <stdio.h>
static int ack(int m, int n) { return m == 0 ? n + 1 : n == 0 ? ack(m - 1, 1) : ack(m - 1, ack(m, n - 1)); }
static long moves; static void hanoi(int n, int a, int b, int c) { if (!n) return; hanoi(n-1, a, c, b); moves++; hanoi(n-1, c, b, a); }
static long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
static int cnt; static void perm(int *a, int k, int n) { if (k == n) { if (a[0] < a[n-1]) cnt++; return; } for (int i = k; i < n; i++) { int t = a[k]; a[k] = a[i]; a[i] = t; perm(a, k + 1, n); t = a[k]; a[k] = a[i]; a[i] = t; } }
static int depth(int n) { volatile char pad[64]; pad[0] = n; return n ? depth(n - 1) + pad[0] % 2 : 0; }
int main(void) {
  printf("ack(2,300)=%d ack(3,5)=%d\n", ack(2, 300), ack(3, 5));
  hanoi(16, 1, 2, 3); printf("hanoi=%ld\n", moves);
  printf("fib(24)=%ld\n", fib(24));
  int a[8] = {1,2,3,4,5,6,7,8}; perm(a, 0, 8); printf("perm=%d\n", cnt);
  printf("depth=%d\n", depth(20000));
  return 0;
}
