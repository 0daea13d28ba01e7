/* Table-driven CRC-32 and Adler-32 over pseudo-random data. */
#include <stdio.h>
#include <stdint.h>
static uint32_t table[256];
int main(void) {
  for (uint32_t i = 0; i < 256; i++) {
    uint32_t c = i;
    for (int k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    table[i] = c;
  }
  uint32_t crc = 0xFFFFFFFF, a = 1, b = 0, x = 12345;
  for (int i = 0; i < 200000; i++) {
    x = x * 1103515245u + 12345u;
    uint8_t byte = x >> 16;
    crc = table[(crc ^ byte) & 0xff] ^ (crc >> 8);
    a = (a + byte) % 65521; b = (b + a) % 65521;
  }
  printf("crc32=%08x adler32=%08x\n", crc ^ 0xFFFFFFFF, (b << 16) | a);
  return 0;
}
