/* Linked list and binary tree with malloc; reverse, insert, traverse. */
#include <stdio.h>
#include <stdlib.h>
struct node { int v; struct node *next; };
struct tree { int k; struct tree *l, *r; };
static struct tree *ins(struct tree *t, int k) { if (!t) { t = calloc(1, sizeof *t); t->k = k; return t; } if (k < t->k) t->l = ins(t->l, k); else if (k > t->k) t->r = ins(t->r, k); return t; }
static int depth(struct tree *t) { if (!t) return 0; int a = depth(t->l), b = depth(t->r); return 1 + (a > b ? a : b); }
static long sum(struct tree *t) { return t ? t->k + sum(t->l) + sum(t->r) : 0; }
static void freet(struct tree *t) { if (t) { freet(t->l); freet(t->r); free(t); } }
int main(void) {
  struct node *h = NULL;
  for (int i = 0; i < 10000; i++) { struct node *n = malloc(sizeof *n); n->v = i * i % 1000; n->next = h; h = n; }
  struct node *r = NULL; while (h) { struct node *n = h->next; h->next = r; r = h; h = n; }
  long s = 0; int c = 0; for (struct node *n = r; n; n = n->next) { s += n->v * (c++ % 7); }
  printf("list sum=%ld count=%d first=%d\n", s, c, r->v);
  while (r) { struct node *n = r->next; free(r); r = n; }
  struct tree *t = NULL; unsigned x = 1;
  for (int i = 0; i < 5000; i++) { x = x * 69069 + 1; t = ins(t, (int)(x >> 12) % 100000); }
  printf("tree depth=%d sum=%ld\n", depth(t), sum(t));
  freet(t);
  return 0;
}
