/* Sieve of Eratosthenes; argv[1] = limit. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 200000;
  if (n < 10) n = 200000;
  char *c = malloc(n + 1); memset(c, 1, n + 1); c[0] = c[1] = 0;
  for (long i = 2; i * i <= n; i++) if (c[i]) for (long j = i * i; j <= n; j += i) c[j] = 0;
  long count = 0, last = 0, sum = 0; for (long i = 0; i <= n; i++) if (c[i]) { count++; last = i; sum += i; }
  printf("primes<=%ld: %ld last=%ld sum=%ld\n", n, count, last, sum);
  free(c);
  return 0;
}
