/* 64-bit hashing: FNV-1a, a murmur-style finalizer, xorshift. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
static uint64_t fnv1a(const char *s, size_t n) {
  uint64_t h = 1469598103934665603ULL;
  for (size_t i = 0; i < n; i++) { h ^= (unsigned char)s[i]; h *= 1099511628211ULL; }
  return h;
}
static uint64_t fmix(uint64_t k) {
  k ^= k >> 33; k *= 0xff51afd7ed558ccdULL; k ^= k >> 33; k *= 0xc4ceb9fe1a85ec53ULL; k ^= k >> 33; return k;
}
int main(void) {
  const char *words[] = {"", "a", "hello", "blockless", "The quick brown fox jumps over the lazy dog"};
  for (int i = 0; i < 5; i++) printf("%-45s %016llx %016llx\n", words[i], (unsigned long long)fnv1a(words[i], strlen(words[i])), (unsigned long long)fmix(i));
  uint64_t s = 88172645463325252ULL, acc = 0;
  for (int i = 0; i < 100000; i++) { s ^= s << 13; s ^= s >> 7; s ^= s << 17; acc += fmix(s) >> (i & 31); }
  printf("%llu %llx\n", (unsigned long long)acc, (unsigned long long)s);
  return 0;
}
