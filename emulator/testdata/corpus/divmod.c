/* Signed and unsigned division and modulo at 8/16/32/64 bits with edge values. */
#include <stdio.h>
#include <stdint.h>
int main(void) {
  volatile int64_t a64[] = {0, 1, -1, 7, -7, 1000000007, INT64_MIN + 1, INT64_MAX, -123456789012345LL};
  volatile int64_t b64[] = {1, -1, 2, -2, 3, 10, 1000003, -65536, INT64_MAX};
  uint64_t h = 0;
  for (int i = 0; i < 9; i++) for (int j = 0; j < 9; j++) {
    int64_t a = a64[i], b = b64[j];
    h = h * 31 + (uint64_t)(a / b) + (uint64_t)(a % b) * 7;
    h = h * 31 + (uint64_t)a / (uint64_t)b + (uint64_t)a % (uint64_t)b;
    int32_t a32 = (int32_t)a, b32 = (int32_t)b ? (int32_t)b : 3; if (a32 == INT32_MIN && b32 == -1) b32 = 1;
    h = h * 31 + (uint32_t)(a32 / b32) + (uint32_t)(a32 % b32) + (uint32_t)a32 / (uint32_t)b32;
    int16_t a16 = (int16_t)a, b16 = (int16_t)b ? (int16_t)b : 5; h = h * 31 + (uint16_t)(a16 / b16) + (uint16_t)(a16 % b16) + (uint16_t)((uint16_t)a16 / (uint16_t)b16);
    int8_t a8 = (int8_t)a, b8 = (int8_t)b ? (int8_t)b : 9; h = h * 31 + (uint8_t)(a8 / b8) + (uint8_t)(a8 % b8) + (uint8_t)((uint8_t)a8 / (uint8_t)b8);
  }
  printf("h=%016llx\n", (unsigned long long)h);
  return 0;
}
