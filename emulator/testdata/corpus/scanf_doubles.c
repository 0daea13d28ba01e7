/* scanf/strtod of doubles from stdin; arithmetic on them. */
#include <stdio.h>
#include <stdlib.h>
int main(void) {
  double x, sum = 0, prod = 1; int n = 0; char word[32];
  while (scanf("%lf", &x) == 1) { sum += x; prod *= x; n++; printf("read %.17g\n", x); }
  if (scanf("%31s", word) == 1) printf("word=%s\n", word);
  printf("n=%d sum=%.17g prod=%.17g mean=%.6f\n", n, sum, prod, n ? sum / n : 0.0);
  printf("%.17g %.17g\n", strtod("0x1.8p3", 0), strtod("1e-5", 0));
  return 0;
}
