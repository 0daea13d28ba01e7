/* libm: transcendental and rounding functions on a grid of inputs. */
#include <stdio.h>
#include <math.h>
int main(void) {
  double xs[] = {-10.5, -2.0, -1.0, -0.5, -0.0, 0.0, 1e-8, 0.3, 0.5, 1.0, 1.5, 2.0, 3.14159, 10.0, 100.25, 1e5};
  for (int i = 0; i < 16; i++) {
    double x = xs[i];
    printf("%g: sin=%.17g cos=%.17g tan=%.17g exp=%.17g\n", x, sin(x), cos(x), tan(x), exp(x));
    printf("  log=%.17g log10=%.17g sqrt=%.17g cbrt=%.17g atan=%.17g\n", log(fabs(x)+1), log10(fabs(x)+2), sqrt(fabs(x)), cbrt(x), atan(x));
    printf("  floor=%g ceil=%g round=%g trunc=%g rint=%g fmod=%.17g pow=%.17g\n", floor(x), ceil(x), round(x), trunc(x), rint(x), fmod(x, 0.7), pow(fabs(x), 1.7));
    printf("  atan2=%.17g hypot=%.17g tanh=%.17g asin=%.17g lrint=%ld\n", atan2(x, 1.5), hypot(x, 3), tanh(x), asin(fmod(x, 1.0)), lrint(x));
  }
  float f = 0.7f; printf("sinf=%.9g expf=%.9g sqrtf=%.9g\n", sinf(f), expf(f), sqrtf(f));
  return 0;
}
