/* UTF-8 encoding and decoding of code points. */
#include <stdio.h>
#include <stdint.h>
static int enc(uint32_t c, unsigned char *o) {
  if (c < 0x80) { o[0] = c; return 1; } if (c < 0x800) { o[0] = 0xC0 | c >> 6; o[1] = 0x80 | (c & 63); return 2; }
  if (c < 0x10000) { o[0] = 0xE0 | c >> 12; o[1] = 0x80 | (c >> 6 & 63); o[2] = 0x80 | (c & 63); return 3; }
  o[0] = 0xF0 | c >> 18; o[1] = 0x80 | (c >> 12 & 63); o[2] = 0x80 | (c >> 6 & 63); o[3] = 0x80 | (c & 63); return 4; }
static int dec(const unsigned char *s, uint32_t *c) {
  if (s[0] < 0x80) { *c = s[0]; return 1; } if (s[0] < 0xE0) { *c = (s[0] & 31) << 6 | (s[1] & 63); return 2; }
  if (s[0] < 0xF0) { *c = (s[0] & 15) << 12 | (s[1] & 63) << 6 | (s[2] & 63); return 3; }
  *c = (s[0] & 7) << 18 | (s[1] & 63) << 12 | (s[2] & 63) << 6 | (s[3] & 63); return 4; }
int main(void) {
  static unsigned char buf[400000]; int n = 0; uint64_t sum = 0;
  for (uint32_t c = 0; c < 0x110000; c += 17) { if (c >= 0xD800 && c < 0xE000) continue; n += enc(c, buf + n); }
  int cnt = 0; for (int i = 0; i < n;) { uint32_t c; i += dec(buf + i, &c); sum += c; cnt++; }
  printf("bytes=%d chars=%d sum=%llu\n", n, cnt, (unsigned long long)sum);
  unsigned char o[4]; int k = enc(0x1F600, o); printf("%d %02x%02x%02x%02x %s\n", k, o[0], o[1], o[2], o[3], "\xe2\x82\xac");
  return 0;
}
