/* Open-addressing hash table keyed by strings. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define CAP 8192
struct ent { char *key; int val; };
static struct ent tab[CAP];
static unsigned hash(const char *s) { unsigned h = 5381; while (*s) h = h * 33 ^ (unsigned char)*s++; return h; }
static int *get(const char *k, int create) { unsigned i = hash(k) & (CAP - 1);
  while (tab[i].key) { if (!strcmp(tab[i].key, k)) return &tab[i].val; i = (i + 1) & (CAP - 1); }
  if (!create) return NULL; tab[i].key = strdup(k); tab[i].val = 0; return &tab[i].val; }
int main(void) {
  char buf[32]; unsigned x = 3;
  for (int i = 0; i < 30000; i++) { x = x * 1664525 + 1013904223; snprintf(buf, sizeof buf, "k%u", (x >> 10) % 3000); (*get(buf, 1))++; }
  int distinct = 0, maxv = 0; for (int i = 0; i < CAP; i++) if (tab[i].key) { distinct++; if (tab[i].val > maxv) maxv = tab[i].val; }
  printf("distinct=%d max=%d k42=%d missing=%p\n", distinct, maxv, *get("k42", 0), (void*)get("nokey", 0));
  return 0;
}
