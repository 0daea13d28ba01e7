/* setjmp/longjmp across frames, error-handling style. */
#include <stdio.h>
#include <setjmp.h>
static jmp_buf env; static int calls;
static void deep(int n) { calls++; if (n == 0) longjmp(env, 42); deep(n - 1); }
static int try_div(int a, int b, jmp_buf *e) { if (b == 0) longjmp(*e, 7); return a / b; }
int main(void) {
  volatile int stage = 0;
  int r = setjmp(env);
  if (r == 0) { stage = 1; deep(50); printf("unreachable\n"); }
  printf("returned %d stage %d calls %d\n", r, stage, calls);
  jmp_buf e2; int total = 0;
  for (volatile int i = -3; i <= 3; i++) {
    int rr = setjmp(e2);
    if (rr) { printf("caught %d at i=%d\n", rr, i); continue; }
    total += try_div(100, i, &e2);
  }
  printf("total=%d\n", total);
  return 0;
}
