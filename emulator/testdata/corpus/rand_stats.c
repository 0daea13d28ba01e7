/* rand()/srand() sequences and simple statistics. */
#include <stdio.h>
#include <stdlib.h>
int main(void) {
  srand(12345); long hist[10] = {0}; double mean = 0;
  for (int i = 0; i < 50000; i++) { int r = rand(); hist[r % 10]++; mean += r / (double)RAND_MAX; }
  for (int i = 0; i < 10; i++) printf("%ld ", hist[i]);
  printf("\nmean=%.6f first=%d\n", mean / 50000, (srand(1), rand()));
  return 0;
}
