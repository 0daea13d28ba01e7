/* long double (x87 80-bit) arithmetic and printing. */
#include <stdio.h>
int main(void) {
  long double a = 1.0L / 3, b = 2.0L, c = 0.1L;
  printf("%.20Lf %.20Lg %Le\n", a, a * b, c);
  long double s = 0; for (int i = 1; i <= 100; i++) s += 1.0L / ((long double)i * i);
  printf("%.21Lg\n", s);
  long double f = 1; for (int i = 1; i <= 25; i++) f *= i; printf("%.0Lf %Lg\n", f, f);
  printf("%Lg %Lg %d %d\n", (long double)1e300 * 1e300, -a / 0.5L, (int)(a * 1000), a > c);
  long long ll = (long long)(f / 1e10L); printf("%lld\n", ll);
  volatile double d = a; printf("%.17g\n", d);
  return 0;
}
