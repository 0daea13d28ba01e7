/* Bit manipulation: popcount, clz, ctz, parity, rotates, bswap, bit tests. */
#include <stdio.h>
#include <stdint.h>
static uint32_t rotl32(uint32_t x, int r) { return (x << r) | (x >> (32 - r)); }
static uint64_t rotr64(uint64_t x, int r) { return (x >> r) | (x << (64 - r)); }
int main(void) {
  uint64_t v = 0x0123456789abcdefULL; unsigned long acc = 0;
  for (int i = 0; i < 2000; i++) {
    v = v * 6364136223846793005ULL + 1442695040888963407ULL;
    uint32_t w = (uint32_t)(v >> 17);
    acc += __builtin_popcountll(v) + __builtin_clzll(v | 1) * 3 + __builtin_ctzll(v | (1ULL << 63)) * 5;
    acc += __builtin_popcount(w) + (w ? __builtin_clz(w) + __builtin_ctz(w) : 0) + __builtin_parityll(v);
    acc ^= rotl32(w, i & 31 ? i & 31 : 1) + rotr64(v, (i % 63) + 1);
    acc += __builtin_bswap32(w) ^ __builtin_bswap64(v) ^ __builtin_bswap16((uint16_t)w);
    acc += ((v >> (i & 63)) & 1) + ((w & (1u << (i & 31))) != 0);
    uint16_t h = (uint16_t)w; int8_t b = (int8_t)v; acc += (uint16_t)(h << (i & 7)) + (b >> 3);
  }
  printf("acc=%lx\n", acc);
  uint32_t bits[8] = {0}; for (int i = 0; i < 256; i += 3) bits[i / 32] |= 1u << (i % 32);
  int c = 0; for (int i = 0; i < 256; i++) c += (bits[i / 32] >> (i % 32)) & 1; printf("set=%d\n", c);
  return 0;
}
