/* string.h functions. */
#include <stdio.h>
#include <string.h>
#include <strings.h>
int main(void) {
  char a[128] = "Hello", b[128];
  strcpy(b, a); strcat(b, ", World"); strncat(b, "!!!!", 2);
  printf("%s %zu %d %d %d\n", b, strlen(b), strcmp(a, b), strncmp(a, b, 5), strcasecmp("ABC", "abd"));
  printf("%s|%s|%s\n", strchr(b, 'o'), strrchr(b, 'o'), strstr(b, "World"));
  printf("%zu %zu %s\n", strspn("aaabbbccc", "ab"), strcspn("hello world", " "), strpbrk("hello", "ol"));
  char t[] = "a,b;;c,d e", *p = strtok(t, ",; ");
  while (p) { printf("[%s]", p); p = strtok(NULL, ",; "); }
  printf("\n");
  char *d = strdup("duplicate"); printf("%s %zu\n", d, strnlen(d, 4));
  char m[32] = "0123456789abcdef"; memmove(m + 2, m, 10); printf("%s\n", m);
  memmove(m, m + 5, 8); printf("%s %d\n", m, memcmp("abc", "abd", 3) < 0);
  printf("%s\n", (char*)memchr("findme", 'd', 6));
  char big[1000]; memset(big, 'z', 999); big[999] = 0; printf("%zu %c\n", strlen(big), big[500]);
  return 0;
}
