/* Big Fibonacci numbers with 64-bit limbs and carry via __builtin_add_overflow. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#define L 40
static void add(uint64_t *r, const uint64_t *a, const uint64_t *b) {
  unsigned c = 0;
  for (int i = 0; i < L; i++) { uint64_t s; unsigned c1 = __builtin_add_overflow(a[i], b[i], &s); unsigned c2 = __builtin_add_overflow(s, (uint64_t)c, &s); r[i] = s; c = c1 | c2; }
}
int main(void) {
  static uint64_t a[L], b[L], t[L];
  a[0] = 0; b[0] = 1;
  for (int i = 0; i < 2000; i++) { add(t, a, b); memcpy(a, b, sizeof a); memcpy(b, t, sizeof b); }
  int top = L - 1; while (top > 0 && !a[top]) top--;
  printf("fib(2000) limbs=%d hex=", top + 1);
  for (int i = top; i >= 0; i--) printf(i == top ? "%llx" : "%016llx", (unsigned long long)a[i]);
  printf("\n");
  return 0;
}
