/* Exact long double (x87) operations: fmodl/remainderl (fprem/fprem1),
 * rounding under all four rounding modes (frndint, fistp via fldcw),
 * sqrtl, scalbnl/frexpl, conversions, comparisons and classification. */
#include <stdio.h>
#include <math.h>
#include <fenv.h>
#include <string.h>
#include <stdint.h>
static void bits(const char *name, long double v) {
  unsigned char b[16] = {0}; memcpy(b, &v, 10);
  printf("%-10s %02x%02x %02x%02x%02x%02x%02x%02x%02x%02x %.21Lg\n", name, b[9], b[8], b[7], b[6], b[5], b[4], b[3], b[2], b[1], b[0], v);
}
int main(void) {
  long double xs[] = {0.0L, -0.0L, 1.0L, -1.5L, 2.5L, 3.5L, 1e30L, -7.25e-3L, 1.0L / 3, 12345678901234567890.0L, 0x1p-16400L, 1e4000L, 5.5L};
  int n = sizeof xs / sizeof xs[0];
  int modes[] = {FE_TONEAREST, FE_DOWNWARD, FE_UPWARD, FE_TOWARDZERO};
  for (int i = 0; i < n; i++) {
    long double x = xs[i];
    bits("x", x);
    bits(" sqrt", sqrtl(fabsl(x)));
    bits(" fmod", fmodl(x, 0.7L));
    bits(" rem", remainderl(x, 0.7L));
    int e; long double f = frexpl(x, &e); bits(" frexp", f); printf(" exp %d\n", e);
    bits(" scalbn", scalbnl(x, -3));
    bits(" mul", x * 1.1L);
    bits(" div", x / 3.0L);
    bits(" add", x + 1e-10L);
    printf(" double %.17g float %.9g\n", (double)x, (float)x);
    for (int m = 0; m < 4; m++) {
      fesetround(modes[m]);
      printf(" mode %d rint %.0Lf lrint %ld nearbyint %.0Lf sum %.25Lg\n", m, rintl(x * 1.25L), (fabsl(x) < 1e18L) ? lrintl(x * 1.25L) : 0L, nearbyintl(x), x / 7 + 1.0L / 3);
      fesetround(FE_TONEAREST);
    }
    printf(" floor %.0Lf ceil %.0Lf trunc %.0Lf round %.0Lf\n", floorl(x), ceill(x), truncl(x), roundl(x));
    printf(" class %d %d %d lt %d\n", fpclassify(x), isnormal(x), signbit(x) != 0, x < 1.0L);
  }
  long double a = 1.0L; for (int i = 0; i < 200; i++) a = a * 1.0001L + 1e-20L; bits("accum", a);
  volatile long double z = 0.0L; bits("inf", 1.0L / z); bits("nan", z / z);
  return 0;
}
