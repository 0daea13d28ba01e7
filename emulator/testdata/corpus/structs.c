/* Struct copies, pass/return by value, arrays of structs, unions, bitfields. */
#include <stdio.h>
#include <string.h>
struct big { long a[20]; char name[33]; double d; };
struct pt { int x, y; };
struct bits { unsigned a : 3, b : 5, c : 7; signed d : 4; };
union u { double d; unsigned long long u; unsigned char b[8]; };
static struct big make(int k) { struct big b; for (int i = 0; i < 20; i++) b.a[i] = k * i; snprintf(b.name, sizeof b.name, "big-%d", k); b.d = k / 3.0; return b; }
static long sumbig(struct big b) { long s = 0; for (int i = 0; i < 20; i++) s += b.a[i]; b.a[0] = 999; return s; }
static struct pt add(struct pt p, struct pt q) { return (struct pt){p.x + q.x, p.y + q.y}; }
int main(void) {
  struct big x = make(7), y; y = x; y.a[3] = -1;
  printf("%s %ld %ld %ld %.6f\n", x.name, sumbig(x), sumbig(y), x.a[0], y.d);
  struct pt ps[100]; for (int i = 0; i < 100; i++) ps[i] = (struct pt){i, -2 * i};
  struct pt acc = {0, 0}; for (int i = 0; i < 100; i++) acc = add(acc, ps[i]); printf("pt %d %d\n", acc.x, acc.y);
  struct bits bf = {5, 17, 100, -3}; bf.b += 20; printf("bits %u %u %u %d size %zu\n", bf.a, bf.b, bf.c, bf.d, sizeof bf);
  union u un; un.d = -2.5; printf("union %016llx %02x\n", un.u, un.b[7]);
  struct big arr[4]; for (int i = 0; i < 4; i++) arr[i] = make(i + 1); memcpy(&arr[0], &arr[3], sizeof arr[0]);
  printf("%s %ld\n", arr[0].name, arr[0].a[19]);
  return 0;
}
