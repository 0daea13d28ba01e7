/* Shifts and rotates with variable counts at all widths. */
#include <stdio.h>
#include <stdint.h>
int main(void) {
  volatile uint64_t v = 0xF0E1D2C3B4A59687ULL; uint64_t h = 0;
  for (volatile int c = 0; c < 64; c++) {
    uint64_t x = v; int64_t s = (int64_t)v; uint32_t x32 = (uint32_t)v; int32_t s32 = (int32_t)v; uint16_t x16 = (uint16_t)v; int8_t s8 = (int8_t)v;
    h ^= (x << c) + (x >> c) + (uint64_t)(s >> c);
    h = h * 3 + (x32 << (c & 31)) + (x32 >> (c & 31)) + (uint32_t)(s32 >> (c & 31));
    h = h * 5 + (uint16_t)(x16 << (c & 15)) + (x16 >> (c & 15)) + (uint8_t)(s8 >> (c & 7));
    h += (x << (c & 63)) | (x >> ((64 - c) & 63));
    h += (uint32_t)((x32 >> (c & 31)) | (x32 << ((32 - c) & 31)));
  }
  printf("h=%016llx\n", (unsigned long long)h);
  return 0;
}
