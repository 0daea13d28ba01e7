/* Number parsing: strtol, strtoul, strtoll, strtod, atoi, sscanf. */
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
int main(void) {
  const char *s[] = {"0", "42", "-17", "0x1f", "0777", "  +99abc", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "zz", "1010"};
  for (int i = 0; i < 11; i++) { char *end; errno = 0; long v = strtol(s[i], &end, 0); int e = errno;
    printf("%-22s l=%ld end=%td errno=%d ul16=%lu b2=%ld\n", s[i], v, end - s[i], e != 0, strtoul(s[i], NULL, 16), strtol(s[i], NULL, 2)); }
  const char *d[] = {"3.14", "-0.0", "1e400", "2.2250738585072014e-308", "0x1p-3", "inf", "nan", ".5e1x", "1234567890123456789012345"};
  for (int i = 0; i < 9; i++) { char *end; double v = strtod(d[i], &end); printf("%-25s %.17g end=%td\n", d[i], v, end - d[i]); }
  int a, b; char w[10]; float f; int n = sscanf("12 0x1A word 2.5", "%d %i %9s %f", &a, &b, w, &f);
  printf("n=%d %d %d %s %g atoi=%d atol=%ld\n", n, a, b, w, f, atoi("-123x"), atol("77777777777"));
  return 0;
}
