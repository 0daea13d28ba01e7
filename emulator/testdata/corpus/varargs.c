/* stdarg: variadic functions with ints, doubles, pointers; vsnprintf. */
#include <stdio.h>
#include <stdarg.h>
static double sum(int n, ...) { va_list ap; va_start(ap, n); double s = 0; for (int i = 0; i < n; i++) s += (i & 1) ? va_arg(ap, double) : va_arg(ap, int); va_end(ap); return s; }
static void logf_(const char *fmt, ...) { char buf[200]; va_list ap; va_start(ap, fmt); int n = vsnprintf(buf, sizeof buf, fmt, ap); va_end(ap); printf("(%d) %s\n", n, buf); }
int main(void) {
  printf("%.6f\n", sum(8, 1, 2.5, 3, 4.25, 5, 6.125, 7, 8.0625));
  printf("%.6f\n", sum(12, 1, 1.0, 2, 2.0, 3, 3.0, 4, 4.0, 5, 5.0, 6, 6.0));
  logf_("%s=%d %5.2f %c %lu %p", "x", 12, 3.14159, 'z', 123456789UL, (void*)0);
  return 0;
}
