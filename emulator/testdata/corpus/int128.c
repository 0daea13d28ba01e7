/* 128-bit integer arithmetic: mul, div, mod, shifts, printing. */
#include <stdio.h>
#include <stdint.h>
typedef unsigned __int128 u128; typedef __int128 i128;
static void pr(u128 v) { char b[50]; int i = 49; b[i] = 0; do { b[--i] = '0' + (int)(v % 10); v /= 10; } while (v); printf("%s", b + i); }
static void prs(i128 v) { if (v < 0) { printf("-"); pr(-(u128)v); } else pr(v); }
int main(void) {
  u128 f = 1; for (int i = 1; i <= 34; i++) f *= i; pr(f); printf("\n");
  u128 x = ((u128)0x123456789abcdefULL << 64) | 0xfedcba9876543210ULL;
  pr(x / 1000000007u); printf(" "); pr(x % 1000000007u); printf(" "); pr(x / ((u128)1 << 70 | 12345)); printf("\n");
  i128 y = -(i128)x / 3; prs(y); printf(" "); prs(y % 1000); printf(" "); prs(y >> 7); printf("\n");
  uint64_t a = 0xffffffffffffffffULL, b = 0xfffffffffffffffeULL; u128 p = (u128)a * b;
  printf("%016llx%016llx\n", (unsigned long long)(p >> 64), (unsigned long long)p);
  int64_t sa = -123456789012345LL, sb = 98765432109LL; i128 sp = (i128)sa * sb; prs(sp); printf("\n");
  u128 h = 0; for (int i = 0; i < 1000; i++) { h = h * 0x100000001b3ULL + i; h ^= h >> 67; } pr(h); printf("\n");
  return 0;
}
