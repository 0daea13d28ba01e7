/* printf of doubles and floats: %f %e %g %a, rounding, special values. */
#include <stdio.h>
#include <math.h>
#include <float.h>
int main(void) {
  double v[] = {0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 3.14159265358979, 1e10, 1e-10, 123456789.987654321,
                1e300, 1e-300, 5e-324, DBL_MAX, DBL_MIN, 0.5, 0.125, 1.0/3, 2.0/3, 999.9995, 1e21, 1e22};
  int n = sizeof v / sizeof v[0];
  for (int i = 0; i < n; i++)
    printf("%f|%.0f|%.3f|%e|%.10e|%g|%.17g|%a|%12.4f|%-12.2e|%+g\n", v[i], v[i], v[i], v[i], v[i], v[i], v[i], v[i], v[i], v[i], v[i]);
  printf("%f %f %f %e %g\n", INFINITY, -INFINITY, NAN, -INFINITY, NAN);
  float f = 1.1f; printf("%f %.10f %g\n", f, f, f * 3);
  double s = 0; for (int i = 1; i <= 1000; i++) s += 1.0 / i; printf("harmonic %.15f\n", s);
  printf("%.50f\n", 0.1);
  printf("%.30e\n", 1.0/7);
  return 0;
}
