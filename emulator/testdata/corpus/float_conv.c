/* Conversions between float, double, and integers; float arithmetic. */
#include <stdio.h>
#include <stdint.h>
#include <math.h>
int main(void) {
  volatile double ds[] = {0.0, -0.0, 0.5, -0.5, 1.5, 2.5, -2.5, 1e9, -1e9, 3e9, 4.5e15, 9.2e18, -9.2e18, 123.999, 1e-310};
  for (int i = 0; i < 15; i++) {
    double d = ds[i];
    printf("%g -> i32 %d u32 %u i64 %lld u64 %llu f %.9g lrint %ld\n", d, (int)(d > 2e9 || d < -2e9 ? 0 : d), (unsigned)(d >= 0 && d < 4e9 ? d : 0), (long long)d, (unsigned long long)(d >= 0 ? d : 0), (float)d, lrint(d));
  }
  volatile long long ls[] = {0, 1, -1, 123456789, -987654321, 9007199254740993LL, -9007199254740993LL, 0x7fffffffffffffffLL};
  for (int i = 0; i < 8; i++) printf("%lld -> %.17g %.9g %.17g\n", ls[i], (double)ls[i], (float)ls[i], (double)(unsigned long long)ls[i]);
  volatile float f = 1.0f; float s = 0; for (int i = 0; i < 1000; i++) { s += f / (i + 1); f *= 1.001f; }
  printf("fsum=%.9g %a\n", s, s);
  volatile float a = 16777216.0f, b = 1.0f; printf("%.1f %.1f\n", a + b, (double)a + b);
  volatile double x = 0.1, y = 0.2; printf("%.17g %d\n", x + y, x + y == 0.3);
  printf("%d %d %d\n", (int)-3.7, (int)3.7, (int)(float)-0.999);
  volatile unsigned u = 4000000000u; printf("%.1f %.1f\n", (double)u, (float)u);
  return 0;
}
