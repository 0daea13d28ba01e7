/* Arbitrary precision: 300! and 2^1000 in base 10^9 limbs. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
static uint32_t d[400]; static int n;
static void mul(uint32_t m) { uint64_t c = 0; for (int i = 0; i < n; i++) { uint64_t v = (uint64_t)d[i] * m + c; d[i] = v % 1000000000u; c = v / 1000000000u; } while (c) { d[n++] = c % 1000000000u; c /= 1000000000u; } }
static void print(void) { printf("%u", d[n-1]); for (int i = n-2; i >= 0; i--) printf("%09u", d[i]); printf("\n"); }
int main(void) {
  d[0] = 1; n = 1; for (uint32_t i = 2; i <= 300; i++) mul(i); print();
  memset(d, 0, sizeof d); d[0] = 1; n = 1; for (int i = 0; i < 1000; i++) mul(2); print();
  int digits = 0; for (int i = 0; i < n; i++) digits += d[i] % 10; printf("digitsum-ish %d limbs %d\n", digits, n);
  return 0;
}
