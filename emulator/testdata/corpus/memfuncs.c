/* memcpy/memset/memmove at many sizes and alignments, checked by hash. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>
static unsigned char buf[70000], buf2[70000];
static uint32_t hash(const unsigned char *p, size_t n) { uint32_t h = 2166136261u; for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 16777619u; return h; }
int main(void) {
  for (size_t i = 0; i < sizeof buf; i++) buf[i] = (unsigned char)(i * 7 + (i >> 8));
  uint32_t acc = 0;
  size_t sizes[] = {0, 1, 2, 3, 7, 8, 15, 16, 17, 31, 32, 33, 63, 64, 100, 255, 256, 1000, 4095, 4096, 4097, 10000, 65536};
  for (int s = 0; s < 23; s++) for (size_t off = 0; off < 9; off += 3) for (size_t doff = 0; doff < 5; doff += 2) {
    memcpy(buf2 + doff, buf + off, sizes[s]); acc += hash(buf2, sizes[s] + 8);
    memset(buf2 + off, (int)(s + off), sizes[s]); acc ^= hash(buf2, sizes[s] + 16);
    memmove(buf2 + doff + 1, buf2 + doff, sizes[s]); acc += hash(buf2, sizes[s] + 4);
  }
  printf("acc=%08x\n", acc);
  printf("cmp %d %d\n", memcmp(buf, buf2, 100) != 0, memcmp(buf, buf, 70000));
  return 0;
}
