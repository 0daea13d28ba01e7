/* CoreMark-like workload written for this project: linked-list find/sort,
 * matrix multiply-accumulate, a string state machine and CRC-16 over the
 * results; argv[1] = iterations. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
static uint16_t crc16(uint16_t crc, uint8_t d) { for (int i = 0; i < 8; i++) { int x = (d ^ crc) & 1; d >>= 1; crc >>= 1; if (x) crc ^= 0xA001; } return crc; }
static uint16_t crcu32(uint16_t c, uint32_t v) { for (int i = 0; i < 4; i++) c = crc16(c, v >> (8 * i)); return c; }
struct item { struct item *next; int16_t data; int16_t idx; };
static struct item pool[200];
static struct item *build(int n, uint32_t seed) { struct item *h = NULL; for (int i = 0; i < n; i++) { seed = seed * 1103515245u + 12345u; pool[i].data = (int16_t)(seed >> 16); pool[i].idx = i; pool[i].next = h; h = &pool[i]; } return h; }
static struct item *sort(struct item *l) { /* insertion sort by data */
  struct item *out = NULL; while (l) { struct item *n = l->next, **p = &out; while (*p && (*p)->data < l->data) p = &(*p)->next; l->next = *p; *p = l; l = n; } return out; }
static struct item *rev(struct item *l) { struct item *r = NULL; while (l) { struct item *n = l->next; l->next = r; r = l; l = n; } return r; }
static int state_machine(const char *s) { int st = 0, counts[4] = {0}; for (; *s; s++) { char c = *s;
  switch (st) { case 0: st = (c >= '0' && c <= '9') ? 1 : (c == '-' || c == '+') ? 2 : 3; break;
    case 1: st = (c >= '0' && c <= '9') ? 1 : c == '.' ? 2 : c == ',' ? 0 : 3; break;
    case 2: st = (c >= '0' && c <= '9') ? 2 : c == ',' ? 0 : 3; break; default: st = c == ',' ? 0 : 3; }
  counts[st]++; } return counts[0] * 1000 + counts[1] * 100 + counts[2] * 10 + counts[3]; }
#define MN 12
int main(int argc, char **argv) {
  int iters = argc > 1 ? atoi(argv[1]) : 20; if (iters <= 0) iters = 20;
  static int16_t A[MN*MN], B[MN*MN]; static int32_t C[MN*MN];
  const char *text = "123,-45.6,+7.,abc,99,1.5e3,--,0,42.42,x1,";
  uint16_t crc = 0;
  for (int it = 0; it < iters; it++) {
    struct item *l = build(200, it); l = sort(l); l = rev(l);
    int found = 0; for (struct item *p = l; p; p = p->next) if ((p->data & 0xff) == (it & 0xff)) found++;
    crc = crcu32(crc, (uint32_t)l->data ^ (uint32_t)found);
    for (int i = 0; i < MN*MN; i++) { A[i] = (int16_t)(i * (it + 1) - 70); B[i] = (int16_t)((i ^ it) & 0x3f); }
    for (int i = 0; i < MN; i++) for (int j = 0; j < MN; j++) { int32_t s = 0; for (int k = 0; k < MN; k++) s += A[i*MN+k] * B[k*MN+j]; C[i*MN+j] = s; }
    int32_t acc = 0; for (int i = 0; i < MN*MN; i++) acc += (C[i] >> 2) & 0xffff; crc = crcu32(crc, acc);
    crc = crcu32(crc, state_machine(text));
  }
  printf("iterations=%d crc=%04x\n", iters, crc);
  return 0;
}
