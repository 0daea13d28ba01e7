/* printf integer conversions, widths, flags, precision. */
#include <stdio.h>
#include <stdint.h>
#include <limits.h>
#include <stddef.h>
int main(void) {
  int v[] = {0, 1, -1, 42, -42, 1000000, INT_MAX, INT_MIN, 255, -255};
  for (int i = 0; i < 10; i++)
    printf("[%d] [%5d] [%-5d] [%+d] [%05d] [%x] [%X] [%#x] [%o] [%#o] [%u] [%.3d] [% d]\n", v[i], v[i], v[i], v[i], v[i], v[i], v[i], v[i], v[i], v[i], (unsigned)v[i], v[i], v[i]);
  long long ll[] = {0, LLONG_MAX, LLONG_MIN, 1234567890123LL, -987654321098LL};
  for (int i = 0; i < 5; i++) printf("%lld %llx %llu %20lld|%-20lld|\n", ll[i], ll[i], (unsigned long long)ll[i], ll[i], ll[i]);
  printf("%hhd %hd %zu %td %jd %c%c%c %s %.2s %10.3s| %%\n", (char)300, (short)70000, sizeof(long), (ptrdiff_t)-5, (intmax_t)77, 'a', 'b', 'c', "str", "string", "abcdef");
  printf("%*d|%-*d|%.*d\n", 8, 12, 8, 12, 6, 12);
  char buf[64]; int n = snprintf(buf, 10, "%d-%d-%d", 12345, 67890, 11111);
  printf("snprintf n=%d buf=%s\n", n, buf);
  return 0;
}
