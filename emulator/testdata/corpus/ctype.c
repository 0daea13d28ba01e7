/* ctype classification and case mapping over all bytes. */
#include <stdio.h>
#include <ctype.h>
int main(void) {
  unsigned long h = 0;
  for (int c = 0; c < 256; c++) {
    int m = !!isalpha(c) | !!isdigit(c) << 1 | !!isspace(c) << 2 | !!ispunct(c) << 3 | !!isupper(c) << 4 | !!islower(c) << 5 | !!isxdigit(c) << 6 | !!isprint(c) << 7 | !!iscntrl(c) << 8;
    h = h * 131 + m * 7 + toupper(c) * 3 + tolower(c);
  }
  char s[] = "Hello, World! 123 MiXeD cAsE"; for (char *p = s; *p; p++) *p = islower((unsigned char)*p) ? toupper((unsigned char)*p) : tolower((unsigned char)*p);
  printf("%lx %s\n", h, s);
  return 0;
}
